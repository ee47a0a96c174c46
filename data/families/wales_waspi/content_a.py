"""Agreements 1-5 of the wales_waspi family."""


def H(level, text, *keys):
    return ('h', level, text, list(keys))


def P(text):
    return ('p', text)


def PURPOSE(text):
    return ('purpose', text)


def B(*items):
    return ('bullets', list(items))


def T(rows, **opts):
    return ('table', rows, opts)


PB = ('pb',)


# =============================================================================
# 1. West Wales MASH (Carmarthenshire lead) - WASPI ISP, bilingual cover
# =============================================================================
A1_TITLE = 'West Wales Regional Multi-Agency Safeguarding Hub Information Sharing Protocol'
A1_PURPOSE = ('This protocol supports the exchange of personal information between the partner '
              'organisations working in, or referring to, the West Wales Regional Multi-Agency '
              'Safeguarding Hub (MASH), so that concerns about children and adults at risk in '
              'Carmarthenshire, Ceredigion and Pembrokeshire can be assessed jointly, decisions '
              'about strategy discussions and enquiries can be made quickly, and proportionate '
              'action can be taken to prevent harm.')

A1 = {
    'id': 'wales_waspi_01_west_wales_mash',
    'header': 'WASPI Information Sharing Protocol  |  West Wales MASH  |  Version 3.1',
    'footer': 'Carmarthenshire County Council - Information Governance - OFFICIAL',
    'docx': {'headings': 'styled', 'colour': '8B1A1A', 'font': 'Arial', 'author': 'Cyngor Sir Gar IG',
             'first_page_blank_header': True},
    'formats': [('docx', 'word'), ('pdf', 'word'), ('doc', 'word')],
    'blocks': [
        ('cover', [
            ('Wales Accord on the Sharing of Personal Information', 12, False, 'c'),
            ('Cytundeb Cymru ar gyfer Rhannu Gwybodaeth Bersonol', 12, False, 'c'),
            ('', 20, False, 'c'),
            ('INFORMATION SHARING PROTOCOL', 22, True, 'c'),
            ('PROTOCOL RHANNU GWYBODAETH', 18, True, 'c'),
            ('', 12, False, 'c'),
        ]),
        T([
            ['Protocol title', A1_TITLE],
            ['WASPI reference', 'WASPI/ISP/CCC/0147'],
            ['Version', '3.1 (Final)'],
            ['Lead organisation', 'Carmarthenshire County Council'],
            ['Author', 'Information Governance Manager, Chief Executive\'s Department'],
            ['Approved by', 'West Wales Safeguarding Board, 12/03/2024'],
            ['Quality assured by WASPI', '20/02/2024'],
            ['Date of implementation', '01/04/2024'],
            ['Date of next review', '31/03/2025'],
        ], bold_first_col=True, widths=[5, 11]),
        P('This document is available in Welsh. Mae\'r ddogfen hon ar gael yn Gymraeg.'),
        PB,
        H(1, 'Document Control'),
        T([
            ['Version', 'Date', 'Summary of change', 'Author'],
            ['1.0', '14/07/2019', 'First protocol for the Carmarthenshire MASH', 'R. Evans'],
            ['2.0', '02/11/2021', 'Extended to Ceredigion and Pembrokeshire; regional hub', 'R. Evans'],
            ['3.0', '08/01/2024', 'Updated for the Wales Safeguarding Procedures and UK GDPR', 'S. Morgan'],
            ['3.1', '20/02/2024', 'Amendments following WASPI quality assurance', 'S. Morgan'],
        ], header=True, widths=[1.6, 2.4, 9, 3]),
        H(1, 'Contents'),
        P('1. Introduction\n2. Purpose of the Protocol\n3. Partner Organisations\n'
          '4. Information to be Shared\n5. Legal Basis for Sharing\n6. Consent and Sharing Without Consent\n'
          '7. How Information will be Exchanged\n8. Data Quality\n9. Security of Information\n'
          '10. Retention and Disposal\n11. Rights of Individuals\n12. Complaints and Concerns\n'
          '13. Security Incidents and Breaches\n14. Review of this Protocol\n15. Declaration of Acceptance\n'
          'Appendix A - Legislation\nAppendix B - Designated Contacts'),
        PB,
        H(1, '1. Introduction'),
        P('The Wales Accord on the Sharing of Personal Information (WASPI) is the framework adopted '
          'by public service organisations in Wales, and by those third sector and private '
          'organisations that deliver services with them. Each organisation that signs the Accord '
          'commits to developing Information Sharing Protocols (ISPs) for specific sharing '
          'activities, using the WASPI template and quality assurance process.'),
        P('This ISP has been developed by the partners of the regional hub and quality assured by '
          'the WASPI team at Digital Health and Care Wales. It should be read together with the '
          'MASH operating procedures, which describe the day-to-day process in more detail.'),
        H(1, '2. Purpose of the Protocol', 'purpose'),
        PURPOSE(A1_PURPOSE),
        P('In particular the protocol aims to:'),
        B('give practitioners confidence about what may be shared, with whom, and on what basis;',
          'support the timely screening of reports about children and adults at risk received by '
          'the three local authorities;',
          'ensure that information held by each partner is brought together only to the extent '
          'necessary to decide the right response;',
          'record decisions about sharing so that they can be explained to the individual, the '
          'partners and the Information Commissioner.'),
        H(1, '3. Partner Organisations'),
        P('The organisations listed below are party to this protocol. Carmarthenshire County '
          'Council hosts the hub at its Llanelli offices and co-ordinates the protocol on behalf '
          'of the partners.'),
        T([
            ['Partner organisation', 'Role in the MASH', 'Designated person (post)'],
            ['Carmarthenshire County Council', 'Host authority; children\'s and adult social care',
             'Head of Safeguarding'],
            ['Ceredigion County Council', 'Children\'s and adult social care (Porth Cymorth Cynnar)',
             'Corporate Lead Officer, Porth Gofal'],
            ['Pembrokeshire County Council', 'Children\'s and adult social care', 'Head of Safeguarding'],
            ['Hywel Dda University Health Board', 'Health visiting, school nursing, acute and mental health services',
             'Head of Safeguarding'],
            ['Dyfed-Powys Police', 'Public Protection Unit', 'Detective Inspector, Central Referral Unit'],
            ['Mid and West Wales Fire and Rescue Service', 'Safeguarding referrals from home safety visits',
             'Safeguarding Lead'],
            ['HM Prison and Probation Service (Probation Service in Wales)', 'Offender management, MAPPA',
             'Head of Probation Delivery Unit, Dyfed-Powys'],
            ['Barnardo\'s', 'Commissioned early help and CSE services', 'Assistant Director, Wales'],
        ], header=True, widths=[5.2, 6.3, 4.5]),
        H(1, '4. Information to be Shared', 'information_shared'),
        P('Only the minimum information necessary to assess the concern and decide the response '
          'will be shared. The following items may be shared for the individual who is the subject '
          'of the report, for other members of the household and for any person alleged to pose a risk.'),
        T([
            ['Category', 'Data items'],
            ['Identifiers', 'Name, previous names, date of birth, gender, address, NHS number, WCCIS '
             'or Paris number, police PNC/Niche reference'],
            ['Household', 'Names and relationships of household members, parental responsibility, '
             'school or setting, GP practice'],
            ['Concern', 'Nature of the concern, date and source of the report, previous referrals and outcomes'],
            ['Special category', 'Physical and mental health, disability, ethnic origin, religion, '
             'sexual life where relevant to the risk'],
            ['Criminal offence data', 'Convictions, cautions, bail conditions, MAPPA level, domestic '
             'abuse incidents and intelligence assessed as relevant and proportionate'],
        ], header=True, widths=[4, 12]),
        H(1, '5. Legal Basis for Sharing', 'legal_basis'),
        P('Each partner has identified the functions that allow it to share. The lawful basis for '
          'processing under the UK General Data Protection Regulation (UK GDPR) is Article 6(1)(e), '
          'the performance of a task carried out in the public interest or in the exercise of '
          'official authority, and for special category data Article 9(2)(g) and (h), with the '
          'relevant conditions in the Data Protection Act 2018. Criminal offence data is processed '
          'under the law enforcement provisions of that Act by Dyfed-Powys Police and under Article 10 '
          'by the other partners.'),
        P('The statutory functions relied upon include the duty to report children at risk in '
          'section 130 of the Social Services and Well-being (Wales) Act 2014, the duty to make '
          'enquiries under section 47 of the Children Act 1989, the arrangements to safeguard and '
          'promote welfare under section 28 of the Children Act 2004, and the power to disclose '
          'information to a relevant authority under section 115 of the Crime and Disorder Act 1998. '
          'Partners will act compatibly with Article 8 of the European Convention on Human Rights as '
          'given effect by the Human Rights Act 1998. Appendix A lists the legislation in full.'),
        P('The common law duty of confidentiality continues to apply. Where the duty is engaged, '
          'information will be shared with consent or where there is an overriding public interest.'),
        H(2, '6. Consent and Sharing Without Consent', 'legal_basis'),
        P('Practitioners should normally seek the agreement of the individual, or of a person with '
          'parental responsibility, before making a referral, unless doing so would place a child or '
          'adult at increased risk, prejudice a criminal investigation or cause undue delay. Where an '
          'adult may lack capacity to decide about the sharing, the practitioner will follow the Mental '
          'Capacity Act 2005 and record the best interests decision.'),
        H(1, '7. How Information will be Exchanged', 'format_frequency'),
        P('Referrals are received by the hub through the regional safeguarding referral form, sent by '
          'secure email (gov.wales, nhs.wales and police.uk domains) or entered directly on the Welsh '
          'Community Care Information System. Research by each agency is recorded on the MASH screening '
          'record. Daily screening meetings are held each weekday at 10:00 and strategy discussions are '
          'convened as required, normally within 24 hours of a decision that one is needed.'),
        P('Information will not be sent by fax, by unencrypted removable media or to personal email accounts.'),
        H(1, '8. Data Quality', 'accuracy'),
        P('Each partner is responsible for the accuracy of the information it contributes and will '
          'make clear what is fact, what is opinion and what is third-party information. Where a '
          'partner discovers that information it has shared is inaccurate it will inform the hub '
          'manager within one working day so that the record can be corrected.'),
        H(1, '9. Security of Information', 'security'),
        P('Partners will hold information received under this protocol in accordance with their own '
          'information security policies, which meet or exceed the standards of ISO/IEC 27001 and, for '
          'NHS Wales partners, the Welsh Information Governance Toolkit. Access to MASH records is '
          'restricted to named staff with a need to know, and is audited monthly by the host authority.'),
        H(1, '10. Retention and Disposal', 'retention'),
        P('MASH screening records are retained by the host authority for 7 years after the closure of '
          'the referral, or until the child\'s 25th birthday if later, and are then destroyed securely. '
          'Information received by a partner and placed on its own record is retained according to that '
          'partner\'s retention schedule.'),
        H(1, '11. Rights of Individuals', 'individual_rights'),
        P('Individuals are told about the hub in the privacy notices of each partner. Requests to see '
          'personal information, or to have it corrected or restricted, should be made to the partner '
          'that holds it; where a request covers the MASH screening record the host authority will '
          'co-ordinate the response and consult the partners whose information is included before '
          'anything is disclosed.'),
        H(1, '12. Complaints and Concerns', 'complaints'),
        P('Complaints about the way information has been shared will be dealt with under the complaints '
          'procedure of the partner receiving the complaint, which will involve the other partners as '
          'needed. Individuals may also complain to the Information Commissioner\'s Office (Wales office, '
          'Cardiff) or to the Public Services Ombudsman for Wales.'),
        H(1, '13. Security Incidents and Breaches', 'breach'),
        P('Any actual or suspected loss or inappropriate disclosure of information shared under this '
          'protocol must be reported to the partner\'s Data Protection Officer immediately and to the hub '
          'manager within 24 hours. The partner responsible will assess whether the incident must be '
          'reported to the Information Commissioner within 72 hours and will inform the affected partners.'),
        H(1, '14. Review of this Protocol'),
        P('The protocol will be reviewed by the lead organisation at least annually, or sooner where '
          'legislation, guidance or the operation of the hub changes significantly.'),
        PB,
        H(1, '15. Declaration of Acceptance', 'agreement'),
        P('By signing this protocol each partner agrees to share information in accordance with it and '
          'to ensure that its staff are aware of and follow it. A partner may withdraw by giving 28 days\' '
          'written notice to the lead organisation; information already shared will continue to be '
          'handled in line with this protocol.'),
        T([
            ['Organisation', 'Name', 'Post', 'Date'],
            ['Carmarthenshire County Council', 'Rhian Evans', 'Director of Social Services', '14/03/2024'],
            ['Ceredigion County Council', 'Dafydd Hughes', 'Statutory Director of Social Services', '15/03/2024'],
            ['Pembrokeshire County Council', 'Eleri Price', 'Director of Social Care and Housing', '18/03/2024'],
            ['Hywel Dda University Health Board', 'Owain Lloyd', 'Director of Nursing, Quality and Patient Experience', '19/03/2024'],
            ['Dyfed-Powys Police', 'Catrin Powell', 'Detective Superintendent, Public Protection', '19/03/2024'],
            ['Mid and West Wales Fire and Rescue Service', 'Huw Davies', 'Assistant Chief Fire Officer', '21/03/2024'],
            ['HM Prison and Probation Service (Probation Service in Wales)', 'Meinir Roberts', 'Head of Public Protection, Wales', '22/03/2024'],
            ['Barnardo\'s', 'Iwan Thomas', 'Assistant Director, Children\'s Services Wales', '25/03/2024'],
        ], header=True, widths=[5.0, 3.0, 5.4, 2.6]),
        H(1, 'Appendix A - Legislation'),
        T([
            ['Legislation', 'Relevance'],
            ['UK General Data Protection Regulation', 'Articles 6, 9 and 10 - lawful basis and conditions'],
            ['Data Protection Act 2018', 'Conditions for special category and criminal offence data; Part 3 for the police'],
            ['Social Services and Well-being (Wales) Act 2014', 'Duty to report children and adults at risk; enquiries'],
            ['Children Act 1989', 'Section 47 enquiries'],
            ['Children Act 2004', 'Section 28 arrangements to safeguard'],
            ['Crime and Disorder Act 1998', 'Section 115 disclosure to relevant authorities'],
            ['Human Rights Act 1998', 'Article 8 - respect for private and family life'],
            ['Mental Capacity Act 2005', 'Decisions for adults who may lack capacity'],
        ], header=True, widths=[6, 10]),
        H(1, 'Appendix B - Designated Contacts'),
        T([
            ['Organisation', 'Contact', 'Email'],
            ['Carmarthenshire County Council', 'MASH Manager', 'mash@carmarthenshire.gov.uk'],
            ['Hywel Dda University Health Board', 'Safeguarding Team', 'safeguarding.hdd@wales.nhs.uk'],
            ['Dyfed-Powys Police', 'Central Referral Unit', 'cru@dyfed-powys.police.uk'],
        ], header=True, widths=[5.5, 4, 6.5]),
    ],
}
A1_TRUTH = {
    'title': A1_TITLE,
    'purpose': A1_PURPOSE,
    'lead': {'name': 'Carmarthenshire County Council', 'org': None},
    'partners': [
        {'name': 'Ceredigion County Council', 'org': None},
        {'name': 'Pembrokeshire County Council', 'org': None},
        {'name': 'Hywel Dda University Health Board', 'org': None},
        {'name': 'Dyfed-Powys Police', 'org': None},
        {'name': 'Mid and West Wales Fire and Rescue Service', 'org': None},
        {'name': 'HM Prison and Probation Service (Probation Service in Wales)', 'org': None},
        {'name': "Barnardo's", 'org': "Barnardo's"},
    ],
    'statutes': [
        {'citation': 'UK General Data Protection Regulation (UK GDPR)', 'title': 'UK General Data Protection Regulation', 'year': None, 'provision': 'Article 6(1)(e)'},
        {'citation': 'Data Protection Act 2018', 'title': 'Data Protection Act', 'year': 2018, 'provision': None},
        {'citation': 'section 130 of the Social Services and Well-being (Wales) Act 2014', 'title': 'Social Services and Well-being (Wales) Act', 'year': 2014, 'provision': 'section 130'},
        {'citation': 'section 47 of the Children Act 1989', 'title': 'Children Act', 'year': 1989, 'provision': 'section 47'},
        {'citation': 'section 28 of the Children Act 2004', 'title': 'Children Act', 'year': 2004, 'provision': 'section 28'},
        {'citation': 'section 115 of the Crime and Disorder Act 1998', 'title': 'Crime and Disorder Act', 'year': 1998, 'provision': 'section 115'},
        {'citation': 'Human Rights Act 1998', 'title': 'Human Rights Act', 'year': 1998, 'provision': None},
        {'citation': 'Mental Capacity Act 2005', 'title': 'Mental Capacity Act', 'year': 2005, 'provision': None},
    ],
    'review_date': '2025-03-31',
    'review_basis': 'explicit',
    'commencement_date': '2024-04-01',
}


# =============================================================================
# 2. Gwent IOM - two-column reportlab PDF + DOCX; "led by"; relative review
# =============================================================================
A2_TITLE = 'Gwent Integrated Offender Management Information Sharing Protocol'
A2_PURPOSE = ('Partners share information under this protocol so that adults who commit the most '
              'harm in Gwent can be identified, jointly assessed and managed by a single IOM team, '
              'with each agency contributing what it knows about the person\'s offending, risks and '
              'needs so that the right mix of enforcement, rehabilitation and support can be put in '
              'place and further victims prevented.')

A2 = {
    'id': 'wales_waspi_02_gwent_iom',
    'header': A2_TITLE + '   |   OFFICIAL-SENSITIVE when completed',
    'footer': 'IOM Cymru - Gwent   ISP ref. GWP/ISP/2023/011   v2.0',
    'pdf': {'layout': 'twocol', 'accent': '#1B3A5C', 'size': 9},
    'docx': {'headings': 'bold', 'font': 'Calibri', 'size': 10.5, 'author': 'Gwent Police Information Management'},
    'formats': [('pdf', 'reportlab'), ('docx', 'word')],
    'blocks': [
        ('cover', [
            ('IOM Cymru', 14, True, 'l'),
            ('Gwent Integrated Offender Management', 24, True, 'l'),
            ('Information Sharing Protocol', 24, True, 'l'),
            ('', 10, False, 'l'),
            ('Version 2.0  -  September 2023', 11, False, 'l'),
            ('Protective marking: OFFICIAL', 10, False, 'l'),
            ('Developed under the Wales Accord on the Sharing of Personal Information (WASPI)', 10, False, 'l'),
        ]),
        T([
            ['Version', 'Date', 'Author', 'Changes'],
            ['1.0', 'June 2018', 'IOM Co-ordinator', 'First issue'],
            ['1.3', 'March 2021', 'IOM Co-ordinator', 'Probation unification; CRC removed'],
            ['2.0', 'September 2023', 'Information Management, Gwent Police', 'Full rewrite on WASPI template 2022'],
        ], header=True, widths=[1.2, 2.2, 3.3, 4.3]),
        PB,
        H(1, '1 Background'),
        P('Integrated Offender Management (IOM) brings police, probation, local authorities, health and '
          'voluntary partners together to manage a cohort of people whose offending causes most harm to '
          'local communities. The IOM Cymru partnership in Gwent is led by Gwent Police, which also holds '
          'this protocol on behalf of the partners and arranges its quality assurance with WASPI.'),
        P('The arrangements contribute to the well-being goals for a safer and more cohesive Wales under '
          'the Well-being of Future Generations (Wales) Act 2015 and to the duties of the Safer Gwent '
          'community safety partnerships.'),
        H(1, '2 What this protocol is for', 'purpose'),
        PURPOSE(A2_PURPOSE),
        P('The protocol covers selection of the cohort, the monthly tasking meetings, the sharing of '
          'intelligence and case updates between IOM officers and probation practitioners, and the '
          'performance information reported to the Gwent Reducing Reoffending Board.'),
        H(1, '3 Who is signed up'),
        P('The partners to this protocol are:'),
        B('Gwent Police',
          "His Majesty's Prison and Probation Service (Probation Service in Wales)",
          'Newport City Council',
          'Torfaen County Borough Council',
          'Blaenau Gwent County Borough Council',
          'Caerphilly County Borough Council',
          'Monmouthshire County Council',
          'Aneurin Bevan University Health Board',
          'Office of the Police and Crime Commissioner for Gwent',
          'Barod Project'),
        H(1, '4 What we will share', 'information_shared'),
        P('For each person selected for the cohort, partners may share: name, aliases, date of birth and '
          'address; PNC and nDelius identifiers; current and previous convictions and licence or order '
          'conditions; police intelligence graded as suitable for partner disclosure; risk assessments '
          '(OASys, RM2000) and MAPPA category; housing status; substance misuse treatment engagement; '
          'mental and physical health needs relevant to managing risk; and details of known victims '
          'where needed to protect them.'),
        P('Anonymised cohort data (numbers, offence types, reoffending rates) is shared with the '
          'Reducing Reoffending Board. No personal data is included in board papers.'),
        H(1, '5 Our lawful basis', 'legal_basis'),
        P('All partners are public authorities or are commissioned to deliver public functions, and rely '
          'on UK GDPR Article 6(1)(e) (public task). Sensitive and criminal offence data are processed '
          'under the substantial public interest conditions of the Data Protection Act 2018; Gwent Police '
          'processes for law enforcement purposes under Part 3 of that Act.'),
        P('The powers relied on are s.115 Crime and Disorder Act 1998 (disclosure to relevant authorities '
          'to prevent crime), section 14 of the Offender Managment Act 2007 (disclosure for offender '
          'management purposes) and the duty to co-operate in section 325 of the Criminal Justice Act 2003. '
          'Partners must also act compatibly with the Human Rights Act 1998.'),
        P('Consent is not the basis for sharing within IOM. The person is told at induction that '
          'information about them will be shared between the IOM partners, except where telling them '
          'would prejudice the prevention or detection of crime.'),
        H(1, '6 How and when we share', 'format_frequency'),
        P('Cohort selection takes place quarterly using the IOM matrix. Case information is exchanged at '
          'the monthly tasking meeting chaired by the IOM Inspector, and between meetings by secure email '
          'or by telephone followed by a written record. Partners with access to the co-located IOM '
          'office in Newport may view the IOM case record; no partner other than Gwent Police has direct '
          'access to Niche RMS.'),
        H(1, '7 Getting it right: accuracy', 'accuracy'),
        P('The agency that provides a piece of information is responsible for its accuracy and for '
          'telling the IOM co-ordinator promptly if it changes. Intelligence is shared with its grading and '
          'handling code, and must not be treated as fact.'),
        H(1, '8 Keeping it safe', 'security'),
        P('Information is marked OFFICIAL or OFFICIAL-SENSITIVE and handled under the Government Security '
          'Classifications. Meeting minutes are stored only on the IOM shared drive, which is restricted to '
          'named staff. Printed papers are collected at the end of each meeting and shredded.'),
        H(1, '9 How long we keep it', 'retention'),
        P('Tasking minutes and case records are kept for six years after the person leaves the cohort, '
          'then deleted. Information that a partner adds to its own system is kept according to that '
          'partner\'s retention schedule.'),
        H(1, '10 People\'s rights', 'individual_rights'),
        P('A person who asks for a copy of their information, or asks for it to be corrected, should '
          'contact the partner holding it. Requests that cover IOM meeting records are co-ordinated by '
          'the Gwent Police Data Protection Office, which will consult the partner that supplied each '
          'item and consider the exemptions for crime and taxation before releasing anything.'),
        H(1, '11 When things go wrong', 'breach'),
        P('A partner that discovers a breach of this protocol, a loss of data or an unauthorised disclosure '
          'must tell its Data Protection Officer and the IOM co-ordinator on the same day. The partner '
          'responsible decides, with its DPO, whether to notify the ICO and the people affected.'),
        H(1, '12 Review'),
        P('This protocol comes into effect on 1 October 2023. It will be reviewed twelve months after it '
          'comes into effect, or sooner if the IOM model, the partners or the law change.'),
        ('wide',),
        H(1, '13 Signing up', 'agreement'),
        P('Each partner signs to confirm that it will share information in line with this protocol. A '
          'partner may leave the protocol by writing to Gwent Police with one month\'s notice.'),
        T([
            ['Partner', 'Signed by', 'Position', 'Date'],
            ['Gwent Police', 'Geraint Parry', 'Assistant Chief Constable', '26/09/2023'],
            ["His Majesty's Prison and Probation Service (Probation Service in Wales)", 'Nia Jenkins', 'Head of PDU, Gwent', '27/09/2023'],
            ['Newport City Council', 'Aled Griffiths', 'Head of Law and Standards', '27/09/2023'],
            ['Torfaen County Borough Council', 'Ffion Rees', 'Head of Public Protection', '28/09/2023'],
            ['Blaenau Gwent County Borough Council', 'Emyr Pugh', 'Community Safety Manager', '28/09/2023'],
            ['Caerphilly County Borough Council', 'Lowri Harries', 'Head of Housing', '29/09/2023'],
            ['Monmouthshire County Council', 'Rhodri Bowen', 'Community Safety Lead', '29/09/2023'],
            ['Aneurin Bevan University Health Board', 'Bethan Williams', 'Head of Information Governance', '29/09/2023'],
            ['Office of the Police and Crime Commissioner for Gwent', 'Gareth Jones', 'Chief Executive', '29/09/2023'],
            ['Barod Project', 'Sian Morgan', 'Regional Manager, Gwent', '30/09/2023'],
        ], header=True, widths=[5.6, 3.0, 4.8, 2.6]),
    ],
}
A2_TRUTH = {
    'title': A2_TITLE,
    'purpose': A2_PURPOSE,
    'lead': {'name': 'Gwent Police', 'org': None},
    'partners': [
        {'name': "His Majesty's Prison and Probation Service (Probation Service in Wales)", 'org': None},
        {'name': 'Newport City Council', 'org': None},
        {'name': 'Torfaen County Borough Council', 'org': None},
        {'name': 'Blaenau Gwent County Borough Council', 'org': None},
        {'name': 'Caerphilly County Borough Council', 'org': None},
        {'name': 'Monmouthshire County Council', 'org': None},
        {'name': 'Aneurin Bevan University Health Board', 'org': None},
        {'name': 'Office of the Police and Crime Commissioner for Gwent', 'org': None},
        {'name': 'Barod Project', 'org': None},
    ],
    'statutes': [
        {'citation': 'Well-being of Future Generations (Wales) Act 2015', 'title': 'Well-being of Future Generations (Wales) Act', 'year': 2015, 'provision': None},
        {'citation': 'UK GDPR Article 6(1)(e)', 'title': 'UK General Data Protection Regulation', 'year': None, 'provision': 'Article 6(1)(e)'},
        {'citation': 'Data Protection Act 2018', 'title': 'Data Protection Act', 'year': 2018, 'provision': None},
        {'citation': 's.115 Crime and Disorder Act 1998', 'title': 'Crime and Disorder Act', 'year': 1998, 'provision': 'section 115'},
        {'citation': 'section 14 of the Offender Managment Act 2007', 'title': 'Offender Management Act', 'year': 2007, 'provision': 'section 14'},
        {'citation': 'section 325 of the Criminal Justice Act 2003', 'title': 'Criminal Justice Act', 'year': 2003, 'provision': 'section 325'},
        {'citation': 'Human Rights Act 1998', 'title': 'Human Rights Act', 'year': 1998, 'provision': None},
    ],
    'review_date': '2024-10-01',
    'review_basis': 'relative',
    'commencement_date': '2023-10-01',
}


# =============================================================================
# 3. Powys -> MAWWFRS Data Disclosure Agreement - boxed reportlab + DOC; "Owner"
# =============================================================================
A3_TITLE = 'Disclosure of Care and Support Client Data for Home Fire Safety Checks'
A3_PURPOSE = ('Powys County Council will disclose to Mid and West Wales Fire and Rescue Service the '
              'names and addresses of people receiving domiciliary care or telecare who have agreed to '
              'a referral, so that the Service can offer each of them a free Safe and Well home fire '
              'safety visit and fit smoke alarms where needed.')

A3 = {
    'id': 'wales_waspi_03_powys_fire_dda',
    'header': 'Data Disclosure Agreement  -  Powys County Council / MAWWFRS',
    'footer': 'DDA ref. PCC-DDA-2023-06   Version 1.0   Review due: September 2024',
    'pdf': {'layout': 'boxed', 'accent': '#2E5E3A', 'size': 9.5},
    'docx': {'headings': 'bold_underline', 'font': 'Arial', 'author': 'Powys County Council'},
    'formats': [('pdf', 'reportlab'), ('doc', 'word')],
    'blocks': [
        ('cover', [
            ('Cyngor Sir Powys  |  Powys County Council', 12, True, 'c'),
            ('', 12, False, 'c'),
            ('DATA DISCLOSURE AGREEMENT', 20, True, 'c'),
            ('Cytundeb Datgelu Data', 14, False, 'c'),
            ('', 14, False, 'c'),
            ('Disclosure of Care and Support Client Data', 18, True, 'c'),
            ('for Home Fire Safety Checks', 18, True, 'c'),
            ('', 12, False, 'c'),
            ('A one-way disclosure agreed under the WASPI framework', 10, False, 'c'),
        ]),
        T([
            ['Owner', 'Powys County Council (Adult Services)'],
            ['Receiving organisation', 'Mid and West Wales Fire and Rescue Service'],
            ['Version', '1.0'],
            ['Approved by', 'Senior Information Risk Owner, Powys County Council'],
            ['Disclosure start date', '2 October 2023'],
            ['Review due', 'September 2024'],
        ], bold_first_col=True, widths=[5, 11]),
        PB,
        H(1, '1. About this agreement'),
        P('A Data Disclosure Agreement (DDA) is used under WASPI where one organisation provides personal '
          'information to another for a defined purpose and no information is returned. This DDA '
          'records the terms on which the Owner discloses, and on which the receiving organisation may '
          'use, the information described below.'),
        H(1, '2. Purpose of the disclosure', 'purpose'),
        PURPOSE(A3_PURPOSE),
        P('People who receive care at home are among those at highest risk of death or injury from fire. '
          'The disclosure supports the Council\'s preventative duties and the Service\'s duty to promote fire '
          'safety, and contributes to the goal of a healthier Wales.'),
        H(1, '3. Parties'),
        T([
            ['Role', 'Organisation', 'Contact'],
            ['Disclosing party (Owner)', 'Powys County Council', 'Head of Adult Services Commissioning'],
            ['Receiving party', 'Mid and West Wales Fire and Rescue Service', 'Community Safety Manager, Powys'],
        ], header=True, widths=[4, 6, 6]),
        H(1, '4. Information to be disclosed', 'information_shared'),
        T([
            ['Data item', 'Notes'],
            ['Name and title', 'Of the care recipient only'],
            ['Address and postcode', 'Including any access information (key safe code is NOT disclosed)'],
            ['Telephone number', 'Preferred contact number'],
            ['Age band', '65-74, 75-84, 85+'],
            ['Risk indicators', 'Lives alone; smokes; uses oxygen or an airflow mattress; limited mobility (yes/no only)'],
            ['Language preference', 'Welsh or English'],
        ], header=True, widths=[5, 11]),
        P('No diagnosis, care plan or financial information is disclosed.'),
        H(1, '5. Legal basis', 'legal_basis'),
        P('The Council discloses under its general functions under the Social Services and Well-being '
          '(Wales) Act 2014, in particular the duty to provide or arrange preventative services, and '
          'under section 2 of the Local Government Act 2000. The Service receives and uses the information '
          'under section 6 of the Fire and Rescue Services Act 2004. Both parties rely on Article 6(1)(e) '
          'of the UK GDPR; the risk indicators are health data and are processed under Article 9(2)(h) '
          'and the Data Protection Act 2018. The disclosure also supports the sustainable development '
          'principle in the Well-being of Future Generations (Wales) Act 2015.'),
        P('Only people who have agreed to a referral at their care review are included. Agreement is '
          'recorded on WCCIS.'),
        H(1, '6. Method and frequency of disclosure', 'format_frequency'),
        P('An encrypted spreadsheet is sent monthly, on the first working day, from the Council\'s '
          'commissioning team to the Service\'s community safety mailbox by secure email. The password '
          'is sent separately by telephone. Urgent referrals may be made by telephone to the Service\'s '
          'Home Safety Team.'),
        H(1, '7. Accuracy', 'accuracy'),
        P('The Council extracts the data from WCCIS on the day it is sent. The Service will tell the Council '
          'of any address that cannot be found or any person who has died or moved, so that the Council '
          'can update its records.'),
        H(1, '8. Security and use of the data', 'security'),
        P('The Service will store the spreadsheet only on its Community Safety system, restrict access to '
          'the home safety team, and use the information only for the purpose in section 2. It will not '
          'pass the information to any other organisation.'),
        H(1, '9. Retention', 'retention'),
        P('The spreadsheet is deleted once the visit details have been transferred to the Community Safety '
          'system and in any event within 3 months of receipt. Visit records are kept by the Service for '
          '6 years.'),
        H(1, '10. Incidents', 'breach'),
        P('The Service will report any loss, theft or misuse of the data to the Council\'s Information '
          'Governance team within 24 hours of becoming aware of it, and will co-operate with any '
          'investigation.'),
        H(1, '11. Signatures', 'agreement'),
        P('This agreement may be ended by either party giving one month\'s notice in writing.'),
        T([
            ['For the Owner: Powys County Council', 'For Mid and West Wales Fire and Rescue Service'],
            ['Name: Meinir Roberts', 'Name: Huw Davies'],
            ['Post: Director of Social Services and Housing', 'Post: Head of Prevention and Protection'],
            ['Date: 21/09/2023', 'Date: 25/09/2023'],
        ], header=True, widths=[8, 8]),
    ],
}
A3_TRUTH = {
    'title': A3_TITLE,
    'purpose': A3_PURPOSE,
    'lead': {'name': 'Powys County Council', 'org': None},
    'partners': [
        {'name': 'Mid and West Wales Fire and Rescue Service', 'org': None},
    ],
    'statutes': [
        {'citation': 'Social Services and Well-being (Wales) Act 2014', 'title': 'Social Services and Well-being (Wales) Act', 'year': 2014, 'provision': None},
        {'citation': 'section 2 of the Local Government Act 2000', 'title': 'Local Government Act', 'year': 2000, 'provision': 'section 2'},
        {'citation': 'section 6 of the Fire and Rescue Services Act 2004', 'title': 'Fire and Rescue Services Act', 'year': 2004, 'provision': 'section 6'},
        {'citation': 'Article 6(1)(e) of the UK GDPR', 'title': 'UK General Data Protection Regulation', 'year': None, 'provision': 'Article 6(1)(e)'},
        {'citation': 'Data Protection Act 2018', 'title': 'Data Protection Act', 'year': 2018, 'provision': None},
        {'citation': 'Well-being of Future Generations (Wales) Act 2015', 'title': 'Well-being of Future Generations (Wales) Act', 'year': 2015, 'provision': None},
    ],
    'review_date': '2024-09-30',
    'review_basis': 'explicit',
    'commencement_date': '2023-10-02',
}


# =============================================================================
# 4. North Wales MARAC ISP (2017) - capitals, Welsh title line, DPA 1998, NPS/CRC traps
# =============================================================================
A4_TITLE = 'North Wales Multi-Agency Risk Assessment Conference (MARAC) Information Sharing Protocol'
A4_PURPOSE = ('Information is shared under this protocol to enable the agencies attending the four North '
              'Wales MARACs to share information about high risk victims of domestic abuse, their children '
              'and the perpetrators, so that a co-ordinated safety plan can be agreed to reduce the risk of '
              'serious harm or homicide.')

A4 = {
    'id': 'wales_waspi_04_north_wales_marac',
    'header': 'NORTH WALES MARAC ISP  -  VERSION 2  -  DECEMBER 2017',
    'footer': 'North Wales Police - Public Protection - NOT PROTECTIVELY MARKED',
    'docx': {'headings': 'bold', 'font': 'Arial', 'size': 10.5, 'author': 'NWP Information Compliance',
             'header_align': 'c'},
    'formats': [('docx', 'word'), ('pdf', 'word'), ('doc', 'word')],
    'blocks': [
        ('cover', [
            ('HEDDLU GOGLEDD CYMRU  /  NORTH WALES POLICE', 12, True, 'c'),
            ('', 16, False, 'c'),
            ('Protocol Rhannu Gwybodaeth: Cynadleddau Asesu Risg Amlasiantaethol (MARAC) Gogledd Cymru', 13, False, 'c'),
            ('', 8, False, 'c'),
        ]),
        T([
            ['TITLE', A4_TITLE],
            ['RESPONSIBLE ORGANISATION', 'North Wales Police'],
            ['DOCUMENT STATUS', 'Approved - WASPI quality assured'],
            ['VERSION', '2.0'],
            ['EFFECTIVE FROM', '01/12/2017'],
            ['DATE OF NEXT REVIEW', '30/11/2019'],
            ['APPROVED BY', 'North Wales Safer Communities Board'],
        ], bold_first_col=True, widths=[5.5, 10.5]),
        PB,
        H(1, 'CONTENTS'),
        P('1  INTRODUCTION\n2  PURPOSE\n3  ORGANISATIONS COVERED BY THIS PROTOCOL\n4  INFORMATION TO BE SHARED\n'
          '5  LEGAL CONSIDERATIONS\n6  THE MARAC PROCESS AND FREQUENCY\n7  STORAGE, SECURITY AND DESTRUCTION\n'
          '8  SUBJECT ACCESS\n9  COMPLAINTS AND BREACHES\n10  REVIEW\n11  SIGNATORIES\n'
          'APPENDIX 1  LEGISLATION\nAPPENDIX 2  MARAC REPRESENTATIVES'),
        H(1, '1  INTRODUCTION'),
        P('A Multi-Agency Risk Assessment Conference (MARAC) is a regular local meeting at which '
          'information about domestic abuse victims assessed as being at high risk is discussed by '
          'representatives of statutory and voluntary agencies. MARACs are held in North Wales for '
          'the Central, East and West areas and a fourth meeting covers Wrexham.'),
        P('This protocol replaces the North Wales MARAC Information Sharing Agreement of 2011. It has '
          'been produced using the WASPI template and follows the SafeLives guidance for MARAC '
          'representatives.'),
        H(1, '2  PURPOSE', 'purpose'),
        PURPOSE(A4_PURPOSE),
        P('The MARAC also seeks to protect children in the household, to identify and manage '
          'perpetrator behaviour and to safeguard agency staff.'),
        H(1, '3  ORGANISATIONS COVERED BY THIS PROTOCOL'),
        T([
            ['ORGANISATION', 'SECTOR'],
            ['North Wales Police', 'Police'],
            ['Betsi Cadwaladr University Health Board', 'Health'],
            ['Welsh Ambulance Services NHS Trust', 'Health'],
            ['Isle of Anglesey County Council', 'Local authority'],
            ['Gwynedd Council', 'Local authority'],
            ['Conwy County Borough Council', 'Local authority'],
            ['Denbighshire County Council', 'Local authority'],
            ['Flintshire County Council', 'Local authority'],
            ['Wrexham County Borough Council', 'Local authority'],
            ['North Wales Fire and Rescue Service', 'Fire'],
            ['National Probation Service - Wales Division', 'Criminal justice'],
            ['Wales Community Rehabilitation Company', 'Criminal justice'],
            ['Cheshire Constabulary', 'Police (cross-border transfers)'],
            ['Cheshire West and Chester Council', 'Local authority (cross-border transfers)'],
            ['SafeLives', 'Voluntary sector (MARAC development)'],
            ['Welsh Women\'s Aid', 'Voluntary sector (IDVA provision)'],
        ], header=True, widths=[10, 6]),
        P('Cheshire Constabulary and Cheshire West and Chester Council are party to this protocol only '
          'for the transfer of MARAC cases where a victim moves across the border between Flintshire or '
          'Wrexham and Cheshire.'),
        H(1, '4  INFORMATION TO BE SHARED', 'information_shared'),
        P('Agencies will share: the name, date of birth and address of the victim, the perpetrator and '
          'any children; the completed SafeLives DASH risk identification checklist; a summary of recent '
          'incidents; agency involvement and any relevant history, including health, housing, child '
          'protection and criminal history; and the actions agreed at the meeting.'),
        H(1, '5  LEGAL CONSIDERATIONS', 'legal_basis'),
        P('Disclosure of personal data at MARAC must comply with the Data Protection Act 1998. Sensitive '
          'personal data will be shared where a condition in Schedule 3 is met, and police disclosures may '
          'rely on the exemption in section 29 for the prevention or detection of crime.'),
        P('Further powers and duties that support sharing include section 115 of the Crime and Disorder '
          'Act 1998, the Domestic Violence, Crime and Victim Act 2004, the Violence against Women, Domestic '
          'Abuse and Sexual Violence (Wales) Act 2015, the Social Services and Well-being (Wales) Act 2014 '
          'and the Children Acts 1989 and 2004. Sharing must be necessary and proportionate for the purposes '
          'of Article 8 under the Human Rights Act 1998.'),
        P('Victims will be told about the referral unless this would increase the risk to them. Where '
          'consent is refused, a referral will still be made if the risk meets the MARAC threshold, and the '
          'reasons recorded. Health representatives will apply the Caldicott principles.'),
        H(1, '6  THE MARAC PROCESS AND FREQUENCY', 'format_frequency'),
        P('Referrals are sent to the MARAC co-ordinator on the regional referral form by secure email '
          '(GCSx, PNN or NHS Wales accounts). The co-ordinator circulates the agenda five working days before '
          'each meeting. MARACs are held every two weeks in each area. Representatives bring research from '
          'their own systems and verbally share relevant information at the meeting; minutes and action '
          'plans are circulated within three working days.'),
        H(1, '7  STORAGE, SECURITY AND DESTRUCTION', 'security', 'retention'),
        P('MARAC documents must be stored securely, with access limited to those who need it. Agendas and '
          'minutes must not be attached to an individual client file in full; only the information relevant '
          'to that agency\'s involvement and the actions allocated to it should be recorded. Paper copies are '
          'collected at the end of each meeting for confidential destruction.'),
        P('The MARAC co-ordinator keeps the minutes for six years from the date of the meeting, after which '
          'they are destroyed. Agencies will hold any information recorded on their own systems in line with '
          'their own retention policies.'),
        H(1, '8  SUBJECT ACCESS', 'individual_rights'),
        P('Requests by individuals for information about them held as a result of MARAC should be passed to '
          'the data protection officer of the agency receiving the request, who will consult the MARAC '
          'co-ordinator and the agency that provided the information before a decision is made.'),
        H(1, '9  COMPLAINTS AND BREACHES', 'complaints', 'breach'),
        P('Complaints from victims, perpetrators or others about MARAC information sharing will be handled '
          'through the complaints procedure of the agency concerned. Any breach of this protocol must be '
          'reported immediately to the MARAC chair and the agency\'s data protection officer, who will decide '
          'whether the Information Commissioner should be informed.'),
        H(1, '10  REVIEW'),
        P('This protocol will be reviewed every two years by North Wales Police on behalf of the partners.'),
        PB,
        H(1, '11  SIGNATORIES', 'agreement'),
        P('The signatories below accept this protocol on behalf of their organisations. Any partner wishing to '
          'withdraw must give written notice to North Wales Police.'),
        T([
            ['ORGANISATION', 'NAME', 'POSITION', 'DATE'],
            ['North Wales Police', 'Gareth Jones', 'Detective Chief Superintendent', '20/11/2017'],
            ['Betsi Cadwaladr University Health Board', 'Bethan Williams', 'Executive Director of Nursing', '21/11/2017'],
            ['Welsh Ambulance Services NHS Trust', 'Rhodri Bowen', 'Head of Safeguarding', '22/11/2017'],
            ['Isle of Anglesey County Council', 'Nia Jenkins', 'Head of Children\'s Services', '22/11/2017'],
            ['Gwynedd Council', 'Iwan Thomas', 'Head of Adults, Health and Well-being', '23/11/2017'],
            ['Conwy County Borough Council', 'Eleri Price', 'Community Safety Manager', '23/11/2017'],
            ['Denbighshire County Council', 'Aled Griffiths', 'Head of Community Support Services', '24/11/2017'],
            ['Flintshire County Council', 'Ffion Rees', 'Chief Officer, Social Services', '24/11/2017'],
            ['Wrexham County Borough Council', 'Emyr Pugh', 'Head of Housing', '27/11/2017'],
            ['North Wales Fire and Rescue Service', 'Lowri Harries', 'Head of Prevention', '27/11/2017'],
            ['National Probation Service - Wales Division', 'Catrin Powell', 'Head of North Wales LDU Cluster', '28/11/2017'],
            ['Wales Community Rehabilitation Company', 'Owain Lloyd', 'Director of Operations', '28/11/2017'],
            ['Cheshire Constabulary', 'Mark Holden', 'Detective Superintendent, Public Protection', '29/11/2017'],
            ['Cheshire West and Chester Council', 'Karen Lowe', 'Senior Manager, Safeguarding', '29/11/2017'],
            ['SafeLives', 'Dafydd Hughes', 'Head of MARAC Development, Wales', '30/11/2017'],
            ['Welsh Women\'s Aid', 'Sian Morgan', 'Regional Manager', '30/11/2017'],
        ], header=True, widths=[5.2, 3, 5.2, 2.6]),
        H(1, 'APPENDIX 1  LEGISLATION'),
        B('Data Protection Act 1998',
          'Crime and Disorder Act 1998 - section 115',
          'Domestic Violence, Crime and Victim Act 2004',
          'Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015',
          'Social Services and Well-being (Wales) Act 2014',
          'Children Acts 1989 and 2004',
          'Human Rights Act 1998 - Article 8'),
        H(1, 'APPENDIX 2  MARAC REPRESENTATIVES'),
        P('Each signatory organisation will nominate a MARAC representative and a deputy for each area in '
          'which it operates. The names are held by the MARAC co-ordinator and updated each quarter.'),
    ],
}
A4_TRUTH = {
    'title': A4_TITLE,
    'purpose': A4_PURPOSE,
    'lead': {'name': 'North Wales Police', 'org': None},
    'partners': [
        {'name': 'Betsi Cadwaladr University Health Board', 'org': None},
        {'name': 'Welsh Ambulance Services NHS Trust', 'org': None},
        {'name': 'Isle of Anglesey County Council', 'org': None},
        {'name': 'Gwynedd Council', 'org': None},
        {'name': 'Conwy County Borough Council', 'org': None},
        {'name': 'Denbighshire County Council', 'org': None},
        {'name': 'Flintshire County Council', 'org': None},
        {'name': 'Wrexham County Borough Council', 'org': None},
        {'name': 'North Wales Fire and Rescue Service', 'org': None},
        {'name': 'National Probation Service - Wales Division', 'org': None},
        {'name': 'Wales Community Rehabilitation Company', 'org': None},
        {'name': 'Cheshire Constabulary', 'org': None},
        {'name': 'Cheshire West and Chester Council', 'org': None},
        {'name': 'SafeLives', 'org': 'SafeLives'},
        {'name': "Welsh Women's Aid", 'org': None},
    ],
    'statutes': [
        {'citation': 'Data Protection Act 1998', 'title': 'Data Protection Act', 'year': 1998, 'provision': 'section 29'},
        {'citation': 'section 115 of the Crime and Disorder Act 1998', 'title': 'Crime and Disorder Act', 'year': 1998, 'provision': 'section 115'},
        {'citation': 'Domestic Violence, Crime and Victim Act 2004', 'title': 'Domestic Violence, Crime and Victims Act', 'year': 2004, 'provision': None},
        {'citation': 'Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015', 'title': 'Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act', 'year': 2015, 'provision': None},
        {'citation': 'Social Services and Well-being (Wales) Act 2014', 'title': 'Social Services and Well-being (Wales) Act', 'year': 2014, 'provision': None},
        {'citation': 'Children Acts 1989 and 2004', 'title': 'Children Act', 'year': 1989, 'provision': None},
        {'citation': 'Children Acts 1989 and 2004', 'title': 'Children Act', 'year': 2004, 'provision': None},
        {'citation': 'Human Rights Act 1998', 'title': 'Human Rights Act', 'year': 1998, 'provision': None},
    ],
    'review_date': '2019-11-30',
    'review_basis': 'explicit',
    'commencement_date': '2017-12-01',
}


# =============================================================================
# 5. Shropshire / Powys cross-border discharge - title only in Word header; no lead
# =============================================================================
A5_TITLE = 'Shropshire and Powys Cross-Border Hospital Discharge Information Sharing Agreement'
A5_PURPOSE = ('The parties share information about Powys residents who are admitted to hospitals in '
              'Shropshire, and about Shropshire residents receiving care in Powys community hospitals, so '
              'that discharge can be planned from the day of admission, assessments for care and support '
              'are started in time, and people return home or to the right place of care without '
              'avoidable delay.')

A5 = {
    'id': 'wales_waspi_05_shropshire_powys_discharge',
    'header': A5_TITLE,
    'footer': 'Version 1.2 Final  -  June 2023',
    'docx': {'headings': 'styled', 'colour': '005EB8', 'font': 'Arial', 'size': 10.5,
             'author': 'SaTH Information Governance', 'header_align': 'l'},
    'formats': [('docx', 'word'), ('pdf', 'word')],
    'blocks': [
        ('cover', [
            ('', 24, False, 'l'),
            ('INFORMATION SHARING AGREEMENT', 26, True, 'l'),
            ('between health and social care organisations in Shropshire, Telford and Wrekin and Powys', 12, False, 'l'),
            ('', 12, False, 'l'),
            ('Version 1.2 - Final', 11, False, 'l'),
            ('June 2023', 11, False, 'l'),
        ]),
        T([
            ['Document history', '', ''],
            ['Version', 'Date', 'Comment'],
            ['0.1', '03/02/2023', 'Draft for discussion at the Cross-Border Discharge Group'],
            ['1.0', '14/04/2023', 'Approved by IG leads of all parties'],
            ['1.1', '22/05/2023', 'Powys Teaching Health Board comments on WCCIS access'],
            ['1.2', '19/06/2023', 'Final for signature'],
        ], header=True, widths=[2, 3, 11]),
        PB,
        H(1, '1. Parties to this agreement'),
        P('This agreement is entered into by the following parties:'),
        B('The Shrewsbury and Telford Hospital NHS Trust',
          'The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust',
          'Shropshire Community Health NHS Trust',
          'NHS Shropshire, Telford and Wrekin Integrated Care Board',
          'Shropshire Council',
          'Telford & Wrekin Council',
          'Powys County Council',
          'Powys Teaching Health Board'),
        P('Each party is a controller in its own right for the information it holds. None of the parties acts '
          'as a processor for another under this agreement.'),
        H(1, '2. Why we are sharing information', 'purpose'),
        PURPOSE(A5_PURPOSE),
        P('Around a quarter of the people admitted to the Royal Shrewsbury Hospital from the north and east of '
          'Powys need some support on discharge. Delays in passing information across the border have been a '
          'recurring cause of delayed transfers of care.'),
        H(1, '3. What information will be shared', 'information_shared'),
        P('The following information about the patient will be shared between ward and discharge teams, the '
          'integrated discharge hubs and the Powys hospital discharge social work team:'),
        B('name, date of birth, address, NHS number and GP practice;',
          'date of admission, ward, expected date of discharge and medical fitness for discharge;',
          'summary of current needs, mobility, cognition and continence, and any equipment required;',
          'existing care and support package and named care co-ordinator;',
          'next of kin and any lasting power of attorney;',
          'language preference, including whether the person wishes to be assessed in Welsh.'),
        H(1, '4. Legal basis', 'legal_basis'),
        P('The parties process personal data under UK GDPR Article 6(1)(e) and special category health and '
          'social care data under Article 9(2)(h), with the relevant condition in Schedule 1 to the Data '
          'Protection Act 2018.'),
        P('The English parties rely on section 6 of the Care Act 2014 (co-operation) and the National Health '
          'Service Act 2006. The Welsh parties rely on section 164 of the Social Services and Well-being (Wales) '
          'Act 2014 and the National Health Service (Wales) Act 2006. The duty to share information for direct '
          'care in section 251B of the Health and Social Care Act 2012, inserted by the Health and Social Care '
          'Act 2015, applies to the English health parties.'),
        P('Information is shared for direct care and the common law duty of confidentiality is satisfied by '
          'implied consent; patients are told on admission that their information will be shared to plan their '
          'discharge. Staff will follow the Caldicott principles and respect any objection raised by the patient.'),
        H(1, '5. How and when information will be shared', 'format_frequency'),
        P('Discharge referrals are sent from the ward to the relevant hub on the agreed cross-border discharge '
          'form by NHSmail or by secure email to a gov.uk or gov.wales address. The Powys team joins the daily '
          'board round at the Royal Shrewsbury Hospital by video call. Updates are exchanged daily while the '
          'person remains in hospital.'),
        H(1, '6. Accuracy of information', 'accuracy'),
        P('The party sending the referral is responsible for checking that the information is complete and '
          'current. Discrepancies in demographic details should be corrected at source and the receiving party '
          'informed.'),
        H(1, '7. Security, retention and disposal', 'security', 'retention'),
        P('Each party will protect information received under this agreement to the standard of the Data '
          'Security and Protection Toolkit (English parties) or the Welsh IG Toolkit (Welsh parties). Information '
          'will be held on the receiving party\'s case record system and kept in line with the Records Management '
          'Code of Practice for Health and Social Care or the Welsh equivalent. Referral forms held in email are '
          'deleted once uploaded and in any event within 30 days.'),
        H(1, '8. Individuals\' rights', 'individual_rights'),
        P('Patients and service users can exercise their rights of access, rectification and objection with the '
          'party that holds the record. Where a request concerns information received from another party, the '
          'receiving party will consult the originating party before disclosure.'),
        H(1, '9. Complaints, incidents and breaches', 'complaints', 'breach'),
        P('Complaints are handled under the NHS complaints arrangements in England, Putting Things Right in '
          'Wales, or the relevant council\'s complaints procedure. Information incidents involving shared data '
          'must be reported to the originating party within 24 hours and managed under the reporting party\'s '
          'incident procedure, including notification to the ICO where required.'),
        H(1, '10. Commencement, review and termination', 'agreement'),
        P('This agreement commences on 1 July 2023. The parties will review this agreement no later than the end '
          'of June 2025, or earlier if there is a material change to the discharge pathway. A party may withdraw '
          'by giving three months\' notice to the other parties.'),
        PB,
        H(1, '11. Signatures'),
        T([
            ['Organisation', 'Name and post', 'Signature', 'Date'],
            ['The Shrewsbury and Telford Hospital NHS Trust', 'Julia Clarke, Director of Public Participation and SIRO', '(signed)', '26/06/2023'],
            ['The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust', 'Simon Blake, Caldicott Guardian', '(signed)', '27/06/2023'],
            ['Shropshire Community Health NHS Trust', 'Claire Hughes, Director of Nursing', '(signed)', '27/06/2023'],
            ['NHS Shropshire, Telford and Wrekin Integrated Care Board', 'Andrew Pike, Director of Delivery', '(signed)', '28/06/2023'],
            ['Shropshire Council', 'Tanya Miles, Executive Director of People', '(signed)', '28/06/2023'],
            ['Telford & Wrekin Council', 'Paul Downing, Director: Adult Social Care', '(signed)', '29/06/2023'],
            ['Powys County Council', 'Rhian Evans, Head of Adult Services', '(signed)', '29/06/2023'],
            ['Powys Teaching Health Board', 'Owain Lloyd, Director of Primary, Community Care and Mental Health', '(signed)', '30/06/2023'],
        ], header=True, widths=[5.0, 5.8, 2.6, 2.6]),
    ],
}
A5_TRUTH = {
    'title': A5_TITLE,
    'purpose': A5_PURPOSE,
    'lead': None,
    'partners': [
        {'name': 'The Shrewsbury and Telford Hospital NHS Trust', 'org': None},
        {'name': 'The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust', 'org': None},
        {'name': 'Shropshire Community Health NHS Trust', 'org': None},
        {'name': 'NHS Shropshire, Telford and Wrekin Integrated Care Board', 'org': None},
        {'name': 'Shropshire Council', 'org': None},
        {'name': 'Telford & Wrekin Council', 'org': None},
        {'name': 'Powys County Council', 'org': None},
        {'name': 'Powys Teaching Health Board', 'org': None},
    ],
    'statutes': [
        {'citation': 'UK GDPR Article 6(1)(e)', 'title': 'UK General Data Protection Regulation', 'year': None, 'provision': 'Article 6(1)(e)'},
        {'citation': 'Schedule 1 to the Data Protection Act 2018', 'title': 'Data Protection Act', 'year': 2018, 'provision': 'Schedule 1'},
        {'citation': 'section 6 of the Care Act 2014', 'title': 'Care Act', 'year': 2014, 'provision': 'section 6'},
        {'citation': 'National Health Service Act 2006', 'title': 'National Health Service Act', 'year': 2006, 'provision': None},
        {'citation': 'section 164 of the Social Services and Well-being (Wales) Act 2014', 'title': 'Social Services and Well-being (Wales) Act', 'year': 2014, 'provision': 'section 164'},
        {'citation': 'National Health Service (Wales) Act 2006', 'title': 'National Health Service (Wales) Act', 'year': 2006, 'provision': None},
        {'citation': 'section 251B of the Health and Social Care Act 2012', 'title': 'Health and Social Care Act', 'year': 2012, 'provision': 'section 251B'},
        {'citation': 'Health and Social Care Act 2015', 'title': 'Health and Social Care (Safety and Quality) Act', 'year': 2015, 'provision': None},
    ],
    'review_date': '2025-06-30',
    'review_basis': 'explicit',
    'commencement_date': '2023-07-01',
}

AGREEMENTS_A = [(A1, A1_TRUTH), (A2, A2_TRUTH), (A3, A3_TRUTH), (A4, A4_TRUTH), (A5, A5_TRUTH)]
