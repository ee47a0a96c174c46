"""Agreements 6-9 of the wales_waspi family."""
from content_a import H, P, PURPOSE, B, T, PB


# =============================================================================
# 6. Cardiff and Vale Integrated Autism Service - reportlab running header + DOCX
#    lead = the controller who publishes it; no review date; no format/retention
# =============================================================================
A6_TITLE = 'Cardiff and Vale Integrated Autism Service Information Sharing Protocol'
A6_PURPOSE = ('The Integrated Autism Service (IAS) partners share information so that autistic adults, '
              'and the families of autistic children, who are referred to the service receive a single '
              'diagnostic assessment and a joined-up offer of advice and support, without having to tell '
              'their story again to each organisation involved.')

A6 = {
    'id': 'wales_waspi_06_cardiff_vale_ias',
    'header': A6_TITLE + '\nCardiff and Vale Regional Partnership Board',
    'footer': 'CAVUHB IG ref. ISP-0388  |  Version 1.1  |  Approved 14 June 2022',
    'pdf': {'layout': 'plain', 'accent': '#00594F', 'size': 9.5},
    'docx': {'headings': 'styled', 'colour': '00594F', 'font': 'Arial', 'author': 'CAVUHB'},
    'formats': [('pdf', 'reportlab'), ('docx', 'word')],
    'blocks': [
        ('cover', [
            ('Cardiff and Vale Regional Partnership Board', 13, True, 'l'),
            ("Bwrdd Partneriaeth Rhanbarthol Caerdydd a'r Fro", 11, False, 'l'),
            ('', 30, False, 'l'),
            ('INTEGRATED AUTISM SERVICE', 24, True, 'l'),
            ('Gwasanaeth Awtistiaeth Integredig', 14, False, 'l'),
            ('', 12, False, 'l'),
            ('Information sharing between health, social services and the third sector', 12, False, 'l'),
            ('', 40, False, 'l'),
            ('Hosted by Cardiff and Vale University Health Board', 10, False, 'l'),
        ]),
        PB,
        H(1, 'Information Sharing Protocol'),
        T([
            ['Service', 'Integrated Autism Service (IAS), Cardiff and the Vale of Glamorgan'],
            ['Document', A6_TITLE],
            ['Version / status', '1.1 Approved'],
            ['Approved by', 'IAS Management Board and Information Governance Sub-Committee'],
            ['Date approved', '14 June 2022'],
            ['Author', 'Information Governance Manager'],
        ], bold_first_col=True, widths=[4, 12]),
        H(1, '1 Introduction and publication'),
        P('This protocol is published by Cardiff and Vale University Health Board, which hosts the '
          'Integrated Autism Service on behalf of the Regional Partnership Board and is the controller '
          'for the IAS clinical record. The other signatories are controllers for the information they '
          'hold in their own systems.'),
        P('The IAS was established under the Welsh Government\'s Refreshed Autistic Spectrum Disorder '
          'Strategic Action Plan and operates in line with the Code of Practice on the Delivery of Autism '
          'Services.'),
        H(1, '2 Purpose', 'purpose'),
        PURPOSE(A6_PURPOSE),
        P('Sharing also allows the partners to plan services using anonymised information about demand, '
          'waiting times and outcomes, and to report to the Regional Partnership Board.'),
        H(1, '3 Partners'),
        T([
            ['Organisation', 'Role'],
            ['Cardiff and Vale University Health Board', 'Host of the IAS; adult diagnostic service; controller for IAS record'],
            ['City of Cardiff Council', 'Adult social services; children\'s services; housing'],
            ['Vale of Glamorgan Council', 'Adult social services; children\'s services'],
            ['National Autistic Society Cymru', 'Commissioned post-diagnostic support and peer groups'],
        ], header=True, widths=[6, 10]),
        H(1, '4 Information we will share', 'information_shared'),
        P('With the agreement of the individual (or, for a child, the person with parental responsibility) '
          'the following may be shared: contact and identifying details; referral information and reason '
          'for referral; developmental history; relevant health, mental health and social care history; '
          'the outcome of the diagnostic assessment and the recommendations made; and the support the '
          'person wishes to receive. Information about co-occurring conditions will be shared only where '
          'it affects the support offered.'),
        H(1, '5 Legal basis and consent', 'legal_basis'),
        P('The partners rely on UK GDPR Article 6(1)(e) and, for health and social care data, Article 9(2)(h). '
          'The Health Board acts under the National Health Service (Wales) Act 2006 and the Mental Health '
          '(Wales) Measure 2010 where a person is also receiving secondary mental health services. The councils '
          'act under the Social Services and Well-being (Wales) Act 2014, including the duty to provide '
          'information, advice and assistance. The Data Protection Act 2018 and the duties in the Equalities '
          'Act 2010 to make reasonable adjustments also apply.'),
        P('Although consent is not the lawful basis for processing, the IAS will only refer a person on to a '
          'partner with their explicit agreement, which is recorded on the IAS referral form. This respects the '
          'common law duty of confidentiality. The five ways of working in the Well-being of Future Generations '
          '(Wales) Act 2015 - long-term, prevention, integration, collaboration and involvement - underpin the '
          'approach.'),
        H(1, '6 Quality of information', 'accuracy'),
        P('Practitioners must ensure that information shared is accurate, relevant and up to date, and must '
          'distinguish clearly between a confirmed diagnosis and a reported concern. Errors must be corrected '
          'by the originating partner, who will notify any partner to whom the information was passed.'),
        H(1, '7 Security', 'security'),
        P('Information shared under this protocol must be handled in accordance with each partner\'s information '
          'security policy. Access to the IAS record is limited to IAS staff; partner staff do not have direct '
          'access.'),
        H(1, '8 Individuals\' rights', 'individual_rights'),
        P('The IAS privacy notice explains how information is used and is given to everyone at referral in '
          'Welsh and English, with an easy read version. Individuals may ask any partner for a copy of the '
          'information it holds, and may ask for inaccurate information to be corrected. Requests for the IAS '
          'record are handled by the Health Board\'s Access to Records team.'),
        H(1, '9 Concerns and complaints', 'complaints'),
        P('Concerns about the IAS, including about the use of information, are dealt with under Putting Things '
          'Right for the Health Board and the social services complaints procedure for the councils. The '
          'National Autistic Society Cymru will handle complaints about its own services under its complaints '
          'policy.'),
        H(1, '10 Information incidents', 'breach'),
        P('Any incident in which information shared under this protocol is lost, disclosed in error or accessed '
          'without authority must be reported through the partner\'s incident reporting system (Datix for the '
          'Health Board) and notified to the other partners affected within one working day.'),
        H(1, '11 Monitoring'),
        P('The IAS Management Board will keep this protocol under review and agree any changes with the partners.'),
        H(1, '12 Agreement', 'agreement'),
        P('The partners below agree to the terms of this protocol. A partner wishing to end its participation '
          'should write to the Health Board\'s Head of Information Governance.'),
        T([
            ['Organisation', 'Name', 'Title', 'Date'],
            ['Cardiff and Vale University Health Board', 'Dr Eleri Price', 'Executive Medical Director and Caldicott Guardian', '14/06/2022'],
            ['City of Cardiff Council', 'Geraint Parry', 'Director of Adults, Housing and Communities', '20/06/2022'],
            ['Vale of Glamorgan Council', 'Nia Jenkins', 'Director of Social Services', '23/06/2022'],
            ['National Autistic Society Cymru', 'Aled Griffiths', 'Director, NAS Cymru', '01/07/2022'],
        ], header=True, widths=[5.2, 3.0, 5.2, 2.6]),
        PB,
        H(1, 'Appendix A - Glossary'),
        T([
            ['Term', 'Meaning'],
            ['IAS', 'Integrated Autism Service - the regional service providing diagnosis for adults and support for autistic people and their families'],
            ['RPB', 'Regional Partnership Board - the statutory partnership board for Cardiff and the Vale of Glamorgan'],
            ['Caldicott Guardian', 'Senior person in the Health Board responsible for protecting the confidentiality of patient information'],
            ['Controller', 'The organisation that decides the purposes and means of processing personal data'],
            ['Special category data', 'Personal data about health, ethnic origin, religion, sexual orientation and other matters listed in Article 9 of the UK GDPR'],
            ['Putting Things Right', 'The arrangements for raising concerns about NHS services in Wales'],
        ], header=True, widths=[4, 12]),
        H(1, 'Appendix B - Contacts'),
        T([
            ['Organisation', 'Contact point', 'Email'],
            ['Cardiff and Vale University Health Board', 'Head of Information Governance', 'ig.cav@wales.nhs.uk'],
            ['Cardiff and Vale University Health Board', 'IAS Service Manager', 'ias.cav@wales.nhs.uk'],
            ['City of Cardiff Council', 'Data Protection Officer', 'dataprotection@cardiff.gov.uk'],
            ['Vale of Glamorgan Council', 'Data Protection Officer', 'dpo@valeofglamorgan.gov.uk'],
            ['National Autistic Society Cymru', 'Data Protection Lead', 'dataprotection@nas.org.uk'],
        ], header=True, widths=[5.5, 4.5, 6]),
        H(2, 'Versions'),
        T([
            ['Version', 'Date', 'Change'],
            ['1.0', 'March 2022', 'First version for consultation with partners'],
            ['1.1', 'June 2022', 'Approved; NAS Cymru added as a signatory'],
        ], header=True, widths=[2, 3, 11]),
    ],
}
A6_TRUTH = {
    'title': A6_TITLE,
    'purpose': A6_PURPOSE,
    'lead': {'name': 'Cardiff and Vale University Health Board', 'org': None},
    'partners': [
        {'name': 'City of Cardiff Council', 'org': None},
        {'name': 'Vale of Glamorgan Council', 'org': None},
        {'name': 'National Autistic Society Cymru', 'org': None},
    ],
    'statutes': [
        {'citation': 'UK GDPR Article 6(1)(e)', 'title': 'UK General Data Protection Regulation', 'year': None, 'provision': 'Article 6(1)(e)'},
        {'citation': 'National Health Service (Wales) Act 2006', 'title': 'National Health Service (Wales) Act', 'year': 2006, 'provision': None},
        {'citation': 'Mental Health (Wales) Measure 2010', 'title': 'Mental Health (Wales) Measure', 'year': 2010, 'provision': None},
        {'citation': 'Social Services and Well-being (Wales) Act 2014', 'title': 'Social Services and Well-being (Wales) Act', 'year': 2014, 'provision': None},
        {'citation': 'Data Protection Act 2018', 'title': 'Data Protection Act', 'year': 2018, 'provision': None},
        {'citation': 'Equalities Act 2010', 'title': 'Equality Act', 'year': 2010, 'provision': None},
        {'citation': 'Well-being of Future Generations (Wales) Act 2015', 'title': 'Well-being of Future Generations (Wales) Act', 'year': 2015, 'provision': None},
    ],
    'review_date': None,
    'review_basis': 'none',
    'commencement_date': None,
}


# =============================================================================
# 7. Swansea / NPT Safe and Well visits (2019) - title in a text box over two lines,
#    no lead, no review date, DPA 1998 + GDPR; lacks complaints, accuracy, breach
# =============================================================================
A7_TITLE = 'Safe and Well Visits Information Sharing Agreement for Swansea and Neath Port Talbot'
A7_PURPOSE = ('This agreement allows the partners to refer vulnerable residents of Swansea and Neath Port '
              'Talbot to Mid and West Wales Fire and Rescue Service for a Safe and Well visit, and allows the '
              'Service to refer people it visits back to the partners for help with falls prevention, '
              'housing adaptations, social care and crime prevention.')

A7 = {
    'id': 'wales_waspi_07_swansea_npt_safe_well',
    'header': 'Western Bay Safe and Well Partnership',
    'footer': 'ISA v1.0 - November 2019 - UNCONTROLLED WHEN PRINTED',
    'docx': {'headings': 'bold', 'font': 'Verdana', 'size': 9.5, 'author': 'MAWWFRS', 'page_of': False,
             'header_align': 'l'},
    'formats': [('pdf', 'word'), ('doc', 'word')],
    'blocks': [
        P(''),
        ('textbox', ['Safe and Well Visits Information Sharing Agreement',
                     'for Swansea and Neath Port Talbot']),
        P(''),
        T([
            ['Version', 'Status', 'Date'],
            ['0.3', 'Draft for partner comment', 'August 2019'],
            ['1.0', 'Final', 'November 2019'],
        ], header=True, widths=[3, 8, 5]),
        P('Prepared by the Community Safety Department, Mid and West Wales Fire and Rescue Service, with the '
          'Western Bay Safe and Well Partnership.'),
        PB,
        H(1, 'Section 1 - Background'),
        P('Home fire safety checks have been extended into Safe and Well visits, in which fire service staff also '
          'look for risks of falls, cold homes, loneliness and scams. The Western Bay area partners wish to make '
          'referrals in both directions simple and lawful.'),
        H(1, 'Section 2 - Aim of the sharing', 'purpose'),
        PURPOSE(A7_PURPOSE),
        H(1, 'Section 3 - Organisations involved'),
        B('Mid and West Wales Fire and Rescue Service',
          'Swansea Bay University Health Board',
          'City and County of Swansea Council',
          'Neath Port Talbot County Borough Council',
          'South Wales Police',
          'Age Cymru West Glamorgan',
          'Care & Repair Western Bay'),
        H(1, 'Section 4 - What will be shared', 'information_shared'),
        P('Referral: name, address, telephone number, date of birth, preferred language, the reason for referral '
          'and any known risk to visiting staff. Return referral: the same identifying details, the issue found '
          'during the visit and what help the person has agreed to. Smoking, use of medical oxygen and mobility '
          'problems may be noted where relevant to fire risk.'),
        H(1, 'Section 5 - Legal basis', 'legal_basis'),
        P('The sharing meets the first data protection principle of the Data Protection Act 1998 and the Schedule 2 '
          'and Schedule 3 conditions are satisfied by the explicit consent of the person referred. From 25 May 2018 '
          'the partners also rely on Article 6(1)(a) and Article 9(2)(a) of the General Data Protection Regulation '
          '(EU) 2016/679.'),
        P('The Service promotes fire safety under section 6 of the Fire and Rescue Services Act 2004. All partners '
          'must consider crime and disorder in their work under section 17 of the Crime and Disorder Act 1998, and '
          'share the well-being goals of the Well-being of Future Generations (Wales) Act 2015.'),
        P('Consent to the referral must be obtained and recorded by the referrer. If a person lacks capacity to '
          'consent, a referral may be made in their best interests and the decision recorded.'),
        H(1, 'Section 6 - How referrals are made', 'format_frequency'),
        P('Referrals to the Service are made on the Safe and Well referral form, by secure email to the Community '
          'Safety mailbox, or by telephone to 0800 169 1234. Return referrals are sent by secure email to each '
          'partner\'s single point of contact within 5 working days of the visit. A quarterly report of referral '
          'numbers is produced for the partnership.'),
        H(1, 'Section 7 - Security and storage', 'security'),
        P('Referrals are recorded on the Service\'s Community Safety database, which is accessible only to '
          'authorised staff. Paper referral forms are scanned and shredded. Partners will store return '
          'referrals in their own case management systems.'),
        H(1, 'Section 8 - Retention', 'retention'),
        P('Referral records are kept for 3 years after the visit and then deleted. Partners apply their own '
          'retention schedules to the return referrals they receive.'),
        H(1, 'Section 9 - Access to records', 'individual_rights'),
        P('Anyone may ask for a copy of the information held about them by writing to the partner concerned. '
          'Each partner will deal with the request under its own subject access procedure.'),
        H(1, 'Section 10 - Agreement', 'agreement'),
        P('This agreement takes effect from 1 December 2019. It will be reviewed as and when legislation or '
          'practice changes. Partners may withdraw by informing the other signatories in writing.'),
        T([
            ['Organisation', 'Signatory', 'Job title', 'Date'],
            ['Mid and West Wales Fire and Rescue Service', 'Huw Davies', 'Head of Community Safety', '11/11/2019'],
            ['Swansea Bay University Health Board', 'Bethan Williams', 'Head of Information Governance', '13/11/2019'],
            ['City and County of Swansea Council', 'Rhodri Bowen', 'Head of Adult Services', '14/11/2019'],
            ['Neath Port Talbot County Borough Council', 'Lowri Harries', 'Head of Adult Services', '18/11/2019'],
            ['South Wales Police', 'Emyr Pugh', 'Chief Inspector, Neighbourhood Policing', '19/11/2019'],
            ['Age Cymru West Glamorgan', 'Ffion Rees', 'Chief Officer', '21/11/2019'],
            ['Care & Repair Western Bay', 'Iwan Thomas', 'Chief Executive', '22/11/2019'],
        ], header=True, widths=[5.4, 3, 5, 2.6]),
    ],
}
A7_TRUTH = {
    'title': A7_TITLE,
    'purpose': A7_PURPOSE,
    'lead': None,
    'partners': [
        {'name': 'Mid and West Wales Fire and Rescue Service', 'org': None},
        {'name': 'Swansea Bay University Health Board', 'org': None},
        {'name': 'City and County of Swansea Council', 'org': None},
        {'name': 'Neath Port Talbot County Borough Council', 'org': None},
        {'name': 'South Wales Police', 'org': None},
        {'name': 'Age Cymru West Glamorgan', 'org': None},
        {'name': 'Care & Repair Western Bay', 'org': None},
    ],
    'statutes': [
        {'citation': 'Data Protection Act 1998', 'title': 'Data Protection Act', 'year': 1998, 'provision': None},
        {'citation': 'General Data Protection Regulation (EU) 2016/679', 'title': 'General Data Protection Regulation', 'year': 2016, 'provision': 'Article 6(1)(a)'},
        {'citation': 'section 6 of the Fire and Rescue Services Act 2004', 'title': 'Fire and Rescue Services Act', 'year': 2004, 'provision': 'section 6'},
        {'citation': 'section 17 of the Crime and Disorder Act 1998', 'title': 'Crime and Disorder Act', 'year': 1998, 'provision': 'section 17'},
        {'citation': 'Well-being of Future Generations (Wales) Act 2015', 'title': 'Well-being of Future Generations (Wales) Act', 'year': 2015, 'provision': None},
    ],
    'review_date': None,
    'review_basis': 'none',
    'commencement_date': '2019-12-01',
}


# =============================================================================
# 8. Monmouthshire cross-border pupil information - boxed title over two lines,
#    "Document owner", review two years after owner's signature; lacks breach, rights
# =============================================================================
A8_TITLE = 'Cross-Border Pupil Information and Children Missing Education Information Sharing Agreement'
A8_PURPOSE = ('The councils share information about children who move between schools, or who live on one '
              'side of the border and attend school on the other, so that each child\'s school place and '
              'educational record follow them, and so that any child who cannot be found on a school roll is '
              'identified and traced quickly as a child missing education.')

A8 = {
    'id': 'wales_waspi_08_monmouthshire_cross_border_pupils',
    'header': 'Monmouthshire County Council  |  Cyngor Sir Fynwy  -  Children and Young People Directorate',
    'footer': 'MCC-CYP-ISA-04   v1.0   OFFICIAL',
    'pdf': {'layout': 'boxed', 'accent': '#4B2E83', 'size': 9.5},
    'docx': {'headings': 'bold', 'font': 'Arial', 'author': 'Monmouthshire CC'},
    'formats': [('pdf', 'reportlab'), ('docx', 'word'), ('doc', 'word')],
    'blocks': [
        ('cover', [
            ('Monmouthshire County Council', 14, True, 'c'),
            ('Children and Young People Directorate', 11, False, 'c'),
            ('', 20, False, 'c'),
        ]),
        ('textbox', ['Cross-Border Pupil Information and Children Missing Education',
                     'Information Sharing Agreement']),
        P(''),
        T([
            ['Document owner', 'Monmouthshire County Council'],
            ['Prepared by', 'Education Welfare Service and Information Governance'],
            ['Version', '1.0'],
            ['Status', 'Signed'],
            ['Review', 'Two years after signature by the document owner (see section 10)'],
        ], bold_first_col=True, widths=[4.5, 11.5]),
        PB,
        H(1, '1. Introduction'),
        P('Monmouthshire borders Gloucestershire and Herefordshire, and a significant number of families live on '
          'one side of the border and use schools on the other. Each council keeps its own admissions and '
          'education welfare records and is subject to different regulations in England and Wales.'),
        H(1, '2. Purpose', 'purpose'),
        PURPOSE(A8_PURPOSE),
        P('The agreement also supports elective home education enquiries, school transport eligibility checks '
          'and the transfer of statutory records when a pupil moves school.'),
        H(1, '3. Parties'),
        T([
            ['Party', 'Service', 'Single point of contact'],
            ['Monmouthshire County Council (document owner)', 'Education Welfare Service; Admissions', 'Principal Education Welfare Officer'],
            ['Gloucestershire County Council', 'Children Missing Education; Admissions', 'CME Officer'],
            ['Herefordshire Council', 'Education Welfare; Admissions', 'Education Welfare Team Leader'],
            ['Newport City Council', 'Education Welfare Service', 'Lead EWO'],
            ['Torfaen County Borough Council', 'Education Welfare Service', 'Lead EWO'],
        ], header=True, widths=[6, 5, 5]),
        H(1, '4. Information to be shared', 'information_shared'),
        B('Child\'s name, any previous names, date of birth, gender and Unique Pupil Number',
          'Home address and previous address; names and contact details of parents or carers',
          'Current and previous school, date of leaving and destination school if known',
          'Attendance summary and any current attendance action',
          'Whether the child has a statement, an EHC plan or an individual development plan',
          'Any safeguarding flag (yes/no only; details are shared through safeguarding routes)'),
        H(1, '5. Legal basis', 'legal_basis'),
        P('In England the duty to identify children missing education is in section 436A of the Education Act '
          '1996, and the removal of pupils from the admission register is governed by the Education (Pupil '
          'Registration) (England) Regulations 2006. In Wales the councils exercise their functions under '
          'section 175 of the Education Act 2002 and section 25 of the Children Act 2004, and the transfer of '
          'records is governed by the Education (Pupil Information) (Wales) Regulations 2011.'),
        P('The parties process the information under Article 6(1)(e) of the UK GDPR, and the Data Protection Act '
          '2018 applies. Special category data is not routinely shared.'),
        H(1, '6. How information is shared', 'format_frequency'),
        P('Enquiries about a child are made by secure email between the single points of contact, using the '
          'cross-border CME notification form. Responses are expected within 5 school days, or 1 school day where '
          'there is a safeguarding concern. Common Transfer Files are sent through the school-to-school system or '
          'the DfE secure access portal. Each council sends the others a termly list of pupils on roll who live '
          'across the border.'),
        H(1, '7. Accuracy', 'accuracy'),
        P('The council providing information will ensure it is taken from its current records on the day of '
          'sending. Where a recipient identifies an inconsistency it will raise it with the sender, who will '
          'confirm or correct the record.'),
        H(1, '8. Security', 'security'),
        P('Notification forms and termly lists must be sent only by secure email and stored on the recipient\'s '
          'education management system (Capita ONE or equivalent). Access is limited to admissions and education '
          'welfare staff. Printed copies must not be taken out of council offices.'),
        H(1, '9. Retention', 'retention'),
        P('CME case records are retained until the child\'s 25th birthday. Termly lists are deleted once the '
          'records have been reconciled and in any event at the end of the following term.'),
        H(1, '10. Review and signature', 'agreement'),
        P('This agreement will be reviewed two years after the date on which it is signed on behalf of the '
          'document owner. Any party may withdraw by giving one term\'s written notice to the document owner.'),
        T([
            ['Organisation', 'Name', 'Post', 'Date'],
            ['Monmouthshire County Council', 'Rhian Evans', 'Chief Officer, Children and Young People', '07/03/2022'],
            ['Gloucestershire County Council', 'Philippa Grant', 'Head of Education Inclusion', '15/03/2022'],
            ['Herefordshire Council', 'David Marsh', 'Service Director, Education, Skills and Learning', '21/03/2022'],
            ['Newport City Council', 'Gareth Jones', 'Chief Education Officer', '24/03/2022'],
            ['Torfaen County Borough Council', 'Catrin Powell', 'Head of Inclusion', '28/03/2022'],
        ], header=True, widths=[5.0, 3, 5.4, 2.6]),
        PB,
        H(1, 'Annex A - Cross-border CME notification form'),
        P('The form is completed by the council that has lost contact with the child and sent to the single point '
          'of contact in the council where the child is believed to be living.'),
        T([
            ['Field', 'Completed by', 'Notes'],
            ['Child details', 'Sending council', 'Name, date of birth, UPN, last known address'],
            ['Last school attended', 'Sending council', 'Name, DfE or Welsh school number, date of last attendance'],
            ['Reason for enquiry', 'Sending council', 'Removed from roll; not taken up place; family moved without notice'],
            ['Checks made', 'Sending council', 'Home visit, school enquiries, health visitor/school nurse, housing'],
            ['Outcome of checks', 'Receiving council', 'Found on roll / found not on roll / not known'],
            ['Date of response', 'Receiving council', 'Within 5 school days, or 1 school day if safeguarding'],
        ], header=True, widths=[4, 3.5, 8.5]),
        H(1, 'Annex B - Contacts'),
        T([
            ['Council', 'Mailbox'],
            ['Monmouthshire County Council', 'ews@monmouthshire.gov.uk'],
            ['Gloucestershire County Council', 'cme@gloucestershire.gov.uk'],
            ['Herefordshire Council', 'educationwelfare@herefordshire.gov.uk'],
            ['Newport City Council', 'ews@newport.gov.uk'],
            ['Torfaen County Borough Council', 'ews@torfaen.gov.uk'],
        ], header=True, widths=[7, 9]),
    ],
}
A8_TRUTH = {
    'title': A8_TITLE,
    'purpose': A8_PURPOSE,
    'lead': {'name': 'Monmouthshire County Council', 'org': None},
    'partners': [
        {'name': 'Gloucestershire County Council', 'org': None},
        {'name': 'Herefordshire Council', 'org': None},
        {'name': 'Newport City Council', 'org': None},
        {'name': 'Torfaen County Borough Council', 'org': None},
    ],
    'statutes': [
        {'citation': 'section 436A of the Education Act 1996', 'title': 'Education Act', 'year': 1996, 'provision': 'section 436A'},
        {'citation': 'Education (Pupil Registration) (England) Regulations 2006', 'title': 'Education (Pupil Registration) (England) Regulations', 'year': 2006, 'provision': None},
        {'citation': 'section 175 of the Education Act 2002', 'title': 'Education Act', 'year': 2002, 'provision': 'section 175'},
        {'citation': 'section 25 of the Children Act 2004', 'title': 'Children Act', 'year': 2004, 'provision': 'section 25'},
        {'citation': 'Education (Pupil Information) (Wales) Regulations 2011', 'title': 'Education (Pupil Information) (Wales) Regulations', 'year': 2011, 'provision': None},
        {'citation': 'Article 6(1)(e) of the UK GDPR', 'title': 'UK General Data Protection Regulation', 'year': None, 'provision': 'Article 6(1)(e)'},
        {'citation': 'Data Protection Act 2018', 'title': 'Data Protection Act', 'year': 2018, 'provision': None},
    ],
    'review_date': '2024-03-07',
    'review_basis': 'relative',
    'commencement_date': None,
}


# =============================================================================
# 9. Welsh Government Housing Support Grant outcomes DSA - bilingual headings
# =============================================================================
A9_TITLE = 'Housing Support Grant Outcomes Data Sharing Agreement'
A9_PURPOSE = ('Welsh Government and the participating local authorities share personal data about people '
              'supported through Housing Support Grant funded services so that the outcomes of that support - '
              'whether homelessness was prevented, whether tenancies were sustained and whether people went on '
              'to need other public services - can be measured and used to improve the services commissioned.')

A9 = {
    'id': 'wales_waspi_09_welsh_government_hsg_outcomes',
    'header': 'Llywodraeth Cymru / Welsh Government\nCytundeb Rhannu Data / Data Sharing Agreement',
    'footer': 'Housing and Regeneration Directorate - DSA/HR/2024/07',
    'docx': {'headings': 'styled', 'colour': 'C8102E', 'font': 'Arial', 'size': 10.5,
             'author': 'Welsh Government', 'first_page_blank_header': True},
    'formats': [('docx', 'word'), ('pdf', 'word')],
    'blocks': [
        ('cover', [
            ('Llywodraeth Cymru', 14, True, 'l'),
            ('Welsh Government', 14, True, 'l'),
            ('', 24, False, 'l'),
            ('Cytundeb Rhannu Data', 16, False, 'l'),
            ('Data Sharing Agreement', 16, False, 'l'),
            ('', 10, False, 'l'),
            (A9_TITLE, 22, True, 'l'),
            ('Canlyniadau y Grant Cymorth Tai', 14, False, 'l'),
            ('', 10, False, 'l'),
        ]),
        T([
            ['Lead organisation / Sefydliad arweiniol', 'Welsh Government'],
            ['Version / Fersiwn', '1.0'],
            ['Start date / Dyddiad cychwyn', '6 January 2025'],
            ['Review due / Adolygiad', 'December 2026'],
            ['Approved by / Cymeradwywyd gan', 'Deputy Director, Housing Policy'],
            ['DPIA reference', 'WG-DPIA-2024-112'],
        ], bold_first_col=True, widths=[6.5, 9.5]),
        P('This document is also available in Welsh. Mae\'r ddogfen hon ar gael yn Gymraeg hefyd.'),
        PB,
        H(1, '1. Diben / Purpose', 'purpose'),
        PURPOSE(A9_PURPOSE),
        P('The analysis will be carried out on pseudonymised, linked data only. No decision about any individual '
          'will be taken on the basis of the analysis.'),
        H(1, '2. Partïon / Parties'),
        P('This agreement is between Welsh Government and the following:'),
        T([
            ['Party', 'Role'],
            ['Rhondda Cynon Taf County Borough Council', 'Controller for HSG case data; supplier'],
            ['Merthyr Tydfil County Borough Council', 'Controller for HSG case data; supplier'],
            ['Bridgend County Borough Council', 'Controller for HSG case data; supplier'],
            ['Vale of Glamorgan Council', 'Controller for HSG case data; supplier'],
            ['Swansea University', 'Processor for Welsh Government (SAIL Databank trusted research environment)'],
        ], header=True, widths=[6.5, 9.5]),
        P('Welsh Government is the controller for the linked analytical dataset.'),
        H(1, '3. Y wybodaeth a rennir / Information to be shared', 'information_shared'),
        P('Each local authority will provide, for each person supported in the period: name, date of birth, '
          'gender, address and postcode at start and end of support, dates support started and ended, the support '
          'need categories recorded, the outcome recorded at case closure, and the reason for closure. Names and '
          'addresses are sent to the NHS Wales split-file process and replaced by an Anonymised Linking Field '
          'before the data reach the research environment.'),
        H(1, '4. Sail gyfreithiol / Legal basis', 'legal_basis'),
        P('Welsh Government processes the data under Article 6(1)(e) of the UK GDPR, in exercise of its functions '
          'under the Government of Wales Act 2006 and the Housing (Wales) Act 2014, including the homelessness '
          'functions of local authorities in section 60 of that Act which the grant supports. Special category '
          'data (health-related support needs) is processed under Article 9(2)(j) and the research condition in '
          'the Data Protection Act 2018.'),
        P('The local authorities disclose under the same functions and with regard to their duties under the '
          'Renting Homes (Wales) Act 2016 and the Well-being of Future Generations (Wales) Act 2015. Disclosure to '
          'the research environment also satisfies the conditions of the Digital Economy Act 2017 and the '
          'Statistics and Registration Service Act 2007 for the use of the linked data for statistics and research.'),
        H(1, '5. Dull ac amlder / Method and frequency', 'format_frequency'),
        P('Data extracts are provided twice a year, in April and October, through the SAIL secure upload service. '
          'Extracts are produced to the data specification in Annex 1 and sent as encrypted CSV files.'),
        H(1, '6. Cywirdeb / Data quality', 'accuracy'),
        P('Local authorities are responsible for the quality of the data they supply and will run the validation '
          'checks in Annex 1 before upload. Welsh Government will report linkage rates and data quality issues '
          'back to each authority after each upload.'),
        H(1, '7. Diogelwch / Security', 'security'),
        P('The linked data are held only within the SAIL Databank, which is accredited under ISO 27001 and operates '
          'the Five Safes model. Welsh Government analysts access the data by remote desktop; no record-level data '
          'may be removed. Outputs are checked for disclosure risk before release.'),
        H(1, '8. Cadw data / Retention', 'retention'),
        P('Linked data are kept for the life of the evaluation programme and destroyed by 31 March 2030 unless a '
          'further agreement is made. Local authorities keep their source records under their own schedules.'),
        H(1, '9. Hawliau unigolion / Individuals\' rights', 'individual_rights'),
        P('People supported are told about the analysis in the local authority HSG privacy notice and in Welsh '
          'Government\'s housing research privacy notice. Because the analytical data are pseudonymised, some rights '
          'may be limited under Article 11 of the UK GDPR; requests will be considered case by case by the Welsh '
          'Government Data Protection Officer.'),
        H(1, '10. Cwynion / Complaints', 'complaints'),
        P('Complaints about the processing should be made to the Welsh Government Data Protection Officer, or to '
          'the local authority concerned. Anyone unhappy with the response may complain to the Information '
          'Commissioner.'),
        H(1, '11. Torri data / Personal data breaches', 'breach'),
        P('Each party will notify Welsh Government within 24 hours of becoming aware of a personal data breach '
          'involving data covered by this agreement. The controller concerned will decide whether the breach must be '
          'reported to the ICO.'),
        H(1, '12. Cytundeb / Agreement and signatures', 'agreement'),
        P('The agreement runs from the start date shown on the cover until the review, unless ended earlier by any '
          'party on three months\' notice.'),
        T([
            ['Organisation', 'Name', 'Role', 'Date'],
            ['Welsh Government', 'Emyr Pugh', 'Deputy Director, Housing Policy', '16/12/2024'],
            ['Rhondda Cynon Taf County Borough Council', 'Lowri Harries', 'Head of Housing Solutions', '17/12/2024'],
            ['Merthyr Tydfil County Borough Council', 'Owain Lloyd', 'Head of Housing', '18/12/2024'],
            ['Bridgend County Borough Council', 'Sian Morgan', 'Group Manager, Housing', '19/12/2024'],
            ['Vale of Glamorgan Council', 'Dafydd Hughes', 'Head of Housing and Building Services', '20/12/2024'],
            ['Swansea University', 'Meinir Roberts', 'Director, SAIL Databank', '20/12/2024'],
        ], header=True, widths=[5.2, 3, 5.2, 2.6]),
    ],
}
A9_TRUTH = {
    'title': A9_TITLE,
    'purpose': A9_PURPOSE,
    'lead': {'name': 'Welsh Government', 'org': None},
    'partners': [
        {'name': 'Rhondda Cynon Taf County Borough Council', 'org': None},
        {'name': 'Merthyr Tydfil County Borough Council', 'org': None},
        {'name': 'Bridgend County Borough Council', 'org': None},
        {'name': 'Vale of Glamorgan Council', 'org': None},
        {'name': 'Swansea University', 'org': None},
    ],
    'statutes': [
        {'citation': 'Article 6(1)(e) of the UK GDPR', 'title': 'UK General Data Protection Regulation', 'year': None, 'provision': 'Article 6(1)(e)'},
        {'citation': 'Government of Wales Act 2006', 'title': 'Government of Wales Act', 'year': 2006, 'provision': None},
        {'citation': 'Housing (Wales) Act 2014', 'title': 'Housing (Wales) Act', 'year': 2014, 'provision': 'section 60'},
        {'citation': 'Data Protection Act 2018', 'title': 'Data Protection Act', 'year': 2018, 'provision': None},
        {'citation': 'Renting Homes (Wales) Act 2016', 'title': 'Renting Homes (Wales) Act', 'year': 2016, 'provision': None},
        {'citation': 'Well-being of Future Generations (Wales) Act 2015', 'title': 'Well-being of Future Generations (Wales) Act', 'year': 2015, 'provision': None},
        {'citation': 'Digital Economy Act 2017', 'title': 'Digital Economy Act', 'year': 2017, 'provision': None},
        {'citation': 'Statistics and Registration Service Act 2007', 'title': 'Statistics and Registration Service Act', 'year': 2007, 'provision': None},
    ],
    'review_date': '2026-12-31',
    'review_basis': 'explicit',
    'commencement_date': '2025-01-06',
}

AGREEMENTS_B = [(A6, A6_TRUTH), (A7, A7_TRUTH), (A8, A8_TRUTH), (A9, A9_TRUTH)]
