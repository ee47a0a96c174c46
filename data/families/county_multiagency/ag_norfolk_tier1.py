"""A1. Norfolk overarching (tier 1) multi-agency protocol, 2011, legacy Word."""
import datetime as dt

from render import Bullets, Clause, Doc, H, P, PageBreak, Spacer, Table

TITLE = "Norfolk Multi-Agency Overarching Information Sharing Protocol"

PURPOSE = ("The purpose of this Protocol is to set out the principles and standards that every signatory "
           "organisation will follow when sharing personal information about children, young people, adults and "
           "their families in Norfolk, so that services are co-ordinated around the individual, people are "
           "protected from harm, and information is shared lawfully, securely and only when it is needed.")

PARTIES = [
    # (name as written, signatory, post, registry org)
    ("Norfolk County Council", "Joanna Dunmore", "Director of Children's Services", None),
    ("Breckland District Council", "Alison Jarrold", "Chief Executive", None),
    ("Broadland District Council", "Kathryn Tregarthen", "Chief Executive", None),
    ("Great Yarmouth Borough Council", "Thea Ackroyd", "Chief Executive", None),
    ("Borough Council of King's Lynn and West Norfolk", "Bernard Northcott", "Chief Executive", None),
    ("North Norfolk District Council", "Graham Hepplewhite", "Chief Executive", None),
    ("Norwich City Council", "Tamsin Kitching", "Chief Executive", None),
    ("South Norfolk Council", "Owen Calloway", "Chief Executive", None),
    ("Norfolk Constabulary", "Graham Cheverton", "Chief Constable", None),
    ("Norfolk Fire and Rescue Service", "Petra Nutbrown", "Chief Fire Officer", None),
    ("NHS Norfolk", "Graham Ackroyd", "Chief Executive", None),
    ("NHS Great Yarmouth and Waveney", "Carol Quarrie", "Chief Executive", None),
    ("Norfolk and Norwich University Hospitals NHS Foundation Trust", "Tamsin Gascoigne", "Chief Executive", None),
    ("James Paget University Hospitals NHS Foundation Trust", "Miriam Rendall", "Chief Executive", None),
    ("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust", "Kathryn Upjohn", "Chief Executive", None),
    ("Norfolk and Suffolk NHS Foundation Trust", "Alison Outhwaite", "Chief Executive", None),
    ("Norfolk Community Health and Care NHS Trust", "Eleanor Underwood", "Chief Executive", None),
    ("East of England Ambulance Service NHS Trust", "Rosalind Loveday", "Chief Executive",
     "East of England Ambulance Service NHS Trust"),
    ("Hertfordshire Partnership NHS Foundation Trust", "Declan Utley", "Deputy Chief Executive",
     "Hertfordshire Partnership University NHS Foundation Trust"),
    ("Norfolk Probation Trust", "Miriam Jarrold", "Chief Executive", None),
    ("Barnardo's", "Philippa Medlicott", "Assistant Director, Eastern Region", "Barnardo's"),
    ("Action for Children", "Jeremy Rudd", "Operational Director", None),
    ("Broadland Housing Association", "Duncan Boddington", "Group Chief Executive", None),
    ("Saffron Housing Trust", "Joanna Hollingsworth", "Chief Executive", None),
    ("City College Norwich", "Philippa Hollingsworth", "Principal", None),
]

LEAD = {"name": "Norfolk County Council", "org": None}

STATUTES = [
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("Human Right Act 1998", "Human Rights Act", 1998, None),
    ("Children Act 1989", "Children Act", 1989, None),
    ("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
    ("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
    ("section 2 of the Local Government Act 2000", "Local Government Act", 2000, "section 2"),
    ("section 175 of the Education Act 2002", "Education Act", 2002, "section 175"),
    ("National Health Service Act 2006", "National Health Service Act", 2006, "section 82"),
    ("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
    ("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
    ("Criminal Justice Act 2003", "Criminal Justice Act", 2003, None),
    ("Education Act 1996", "Education Act", 1996, None),
    ("Childcare Act 2006", "Childcare Act", 2006, None),
    ("Data Protection (Processing of Sensitive Personal Data) Order 2000",
     "Data Protection (Processing of Sensitive Personal Data) Order", 2000, None),
]


def build():
    b = []
    # ------------------------------------------------------------------ cover
    b += [
        Spacer(30),
        P("NORFOLK SAFEGUARDING CHILDREN BOARD", size=13, bold=True, align="center", after=2),
        P("NORFOLK INFORMATION SHARING FRAMEWORK", size=11, align="center", after=60),
        P("Tier 1 Protocol", size=14, italic=True, align="center", after=14),
        P("Norfolk Multi-Agency Overarching", size=24, bold=True, align="center", after=0),
        P("Information Sharing Protocol", size=24, bold=True, align="center", after=40),
        P("for the sharing of personal information between agencies working with children, young people, "
          "adults and families in Norfolk", size=12, align="center", after=80),
        P("Version 2.1", size=12, align="center", after=2),
        P("June 2011", size=12, align="center", after=2),
        P("PROTECT \u2013 when completed", size=10, align="center", after=120),
        P("Lead organisation: Norfolk County Council (Children's Services) on behalf of the Norfolk Safeguarding "
          "Children Board and the Norfolk Information Governance Group", size=9, align="center"),
        PageBreak(),
    ]
    # ------------------------------------------------------------------ document control
    b += [
        P("DOCUMENT CONTROL", size=12, bold=True, after=8),
        Table([
            ["Document title", TITLE],
            ["Framework tier", "Tier 1 \u2013 overarching protocol (see section 3)"],
            ["Version", "2.1 (final)"],
            ["Status", "Approved"],
            ["Author", "Information Management Team, Norfolk County Council, County Hall, Martineau Lane, Norwich NR1 2DH"],
            ["Lead organisation", "Norfolk County Council"],
            ["Approved by", "Norfolk Safeguarding Children Board, 14 June 2011\nNorfolk Information Governance Group, 26 May 2011"],
            ["Date of issue", "June 2011"],
            ["Date of next review", "March 2013"],
            ["Protective marking", "NOT PROTECTIVELY MARKED (the protocol); PROTECT (completed schedules)"],
            ["File reference", "IM/ISP/T1/02"],
        ], header_rows=0, widths=[1.3, 3], bold_first_col=True, shade=None),
        P("Version history", bold=True, before=10, after=4),
        Table([
            ["Version", "Date", "Author", "Summary of changes"],
            ["0.1\u20130.4", "Mar\u2013Jun 2008", "J. Aldous", "Drafts for consultation with the Information Sharing Task Group"],
            ["1.0", "September 2008", "J. Aldous", "First issue, adopted by the Norfolk Children's Trust and the LSCB"],
            ["1.1", "February 2009", "J. Aldous", "Schedule 1 updated; ContactPoint references added"],
            ["2.0", "April 2011", "K. Bellamy", "Extended to adults' services; ContactPoint removed (decommissioned August 2010); "
                                               "Tier 2 register moved to Schedule 3"],
            ["2.1", "June 2011", "K. Bellamy", "Comments from NSCB and the Norfolk Information Governance Group; signatory list refreshed"],
        ], widths=[0.8, 1.2, 1, 3.2], size=9),
        P("Distribution", bold=True, before=10, after=4),
        P("This protocol is published on the Norfolk Safeguarding Children Board website and on the County Council's "
          "intranet. Signatory organisations are asked to place it on their own intranets and to make their staff aware of it. "
          "Printed copies are uncontrolled: the version on the NSCB website is the current version."),
        PageBreak(),
        P("CONTENTS", size=12, bold=True, after=8),
        Table([
            ["1", "INTRODUCTION"], ["2", "PURPOSE OF THE PROTOCOL"], ["3", "SCOPE AND THE THREE-TIER FRAMEWORK"],
            ["4", "THE LEGAL FRAMEWORK"], ["5", "PRINCIPLES FOR SHARING INFORMATION"], ["6", "CONSENT"],
            ["7", "INFORMATION TO BE SHARED"], ["8", "ACCESS TO INFORMATION BY INDIVIDUALS"],
            ["9", "METHODS AND FREQUENCY OF EXCHANGE"], ["10", "INFORMATION SECURITY"],
            ["11", "DATA QUALITY"], ["12", "RETENTION AND DISPOSAL"], ["13", "COMPLAINTS"],
            ["14", "BREACHES OF THIS PROTOCOL"], ["15", "RESPONSIBILITIES OF SIGNATORY ORGANISATIONS"],
            ["16", "MONITORING AND REVIEW"], ["17", "ADOPTION, COMMENCEMENT AND WITHDRAWAL"],
            ["Schedule 1", "Signatory organisations"], ["Schedule 2", "Summary of relevant legislation"],
            ["Schedule 3", "Register of Tier 2 information sharing agreements"],
            ["Schedule 4", "Conditions for processing \u2013 Data Protection Act 1998 Schedules 2 and 3"],
            ["Schedule 5", "Information governance contacts"],
        ], header_rows=0, widths=[1, 5], grid=False, shade=None, size=10),
        PageBreak(),
    ]
    # ------------------------------------------------------------------ body
    b += [
        H(1, "1. INTRODUCTION"),
        Clause("1.1", "Organisations in Norfolk that provide services to children, young people, adults and families hold a "
               "great deal of personal information about the people they work with. Serious case reviews, both in Norfolk "
               "and nationally, have repeatedly found that harm could have been prevented, or reduced, if the information "
               "held by different agencies had been brought together at an earlier stage."),
        Clause("1.2", "At the same time, the people who use our services are entitled to expect that information about them "
               "will be treated with respect, kept confidential where that is appropriate and shared only where there is a "
               "good reason and a lawful basis for doing so."),
        Clause("1.3", "This Protocol replaces the Norfolk Children's Services Information Sharing Protocol (version 1.1, "
               "February 2009). It has been extended so that it covers adults' services and the work of the Norfolk "
               "Safeguarding Adults Board, as well as the Norfolk Safeguarding Children Board (NSCB) and the Norfolk "
               "Children's Trust."),
        Clause("1.4", "The Protocol has been developed by the Norfolk Information Governance Group, which includes "
               "representatives of the County Council, the district councils, the NHS, Norfolk Constabulary and the "
               "voluntary sector. Norfolk County Council (\u2018the County Council\u2019 or \u2018NCC\u2019) leads the "
               "Protocol, maintains the register of signatories and co-ordinates its review."),
        Clause("1.5", "Nothing in this Protocol overrides the statutory duties of any signatory organisation, or any "
               "professional code of conduct that applies to its staff."),

        H(1, "2. PURPOSE OF THE PROTOCOL"),
        Clause("2.1", PURPOSE),
        Clause("2.2", "In particular the Protocol aims to:"),
        Bullets([
            "give staff in every signatory organisation the confidence to share information when it is right to do so, "
            "and to understand when it is not;",
            "set common standards for the way personal information is requested, disclosed, transferred, stored and "
            "disposed of between organisations;",
            "provide a framework under which more detailed Tier 2 agreements can be written for particular services "
            "(see section 3 and Schedule 3), so that each of those agreements does not have to repeat the same material;",
            "support the five Every Child Matters outcomes and the safeguarding responsibilities of every agency under "
            "section 11 of the Children Act 2004;",
            "make clear to the public how and why their information may be shared.",
        ], kind="alpha", indent=36),

        H(1, "3. SCOPE AND THE THREE-TIER FRAMEWORK"),
        Clause("3.1", "This Protocol applies to all personal information and sensitive personal information (as defined in "
               "the Data Protection Act 1998) that is shared between the signatory organisations listed in Schedule 1. "
               "It also applies to depersonalised information where there is a risk that individuals could be identified."),
        Clause("3.2", "It applies to all staff of the signatory organisations, including temporary and agency staff, "
               "volunteers and students on placement, and to contractors acting on their behalf."),
        Clause("3.3", "The Norfolk Information Sharing Framework has three tiers:"),
        Table([
            ["Tier", "Document", "What it covers", "Signed by"],
            ["1", "This Protocol", "Principles, legal framework and standards common to all sharing", "Chief officers"],
            ["2", "Information sharing agreements", "A particular service, process or project: the purpose, the data "
                  "items, the specific legal powers, methods and frequency of exchange", "Service heads / Caldicott "
                  "Guardians / SIROs"],
            ["3", "Operational procedures and forms", "Request and disclosure forms, consent forms, local guidance", "Team managers"],
        ], widths=[0.5, 1.6, 3, 1.6], size=9),
        Clause("3.4", "Where a Tier 2 agreement conflicts with this Protocol, this Protocol prevails unless the Tier 2 "
               "agreement records why a different approach is needed and has been approved by the Norfolk Information "
               "Governance Group."),
        Clause("3.5", "The Protocol does not cover the sharing of information about staff for employment purposes, or "
               "disclosures to the media."),

        H(1, "4. THE LEGAL FRAMEWORK"),
        Clause("4.1", "The sharing of personal information is governed by a combination of statute and common law. Before "
               "sharing, staff must be satisfied that the organisation has the power to share (or is under a duty to do "
               "so), that the sharing is compatible with the Human Right Act 1998, that the common law duty of "
               "confidentiality is respected and that the sharing complies with the Data Protection Act 1998."),
        Clause("4.2", "**Data Protection Act 1998.** Personal information must be processed in accordance with the eight "
               "data protection principles. In particular the first principle requires that processing is fair and "
               "lawful and that at least one condition in Schedule 2 (and, for sensitive personal data, at least one "
               "condition in Schedule 3) is met. The conditions most often relied on are summarised in Schedule 4."),
        Clause("4.3", "**Human Rights Act 1998.** Article 8 of the European Convention on Human Rights gives everyone the "
               "right to respect for their private and family life. Sharing information is an interference with that "
               "right and is lawful only if it is in accordance with the law, pursues a legitimate aim (such as the "
               "protection of health or the prevention of crime) and is proportionate to that aim."),
        Clause("4.4", "**Common law duty of confidentiality.** Information given in confidence should not be disclosed "
               "without the consent of the person who gave it, unless there is an overriding public interest or a legal "
               "requirement to disclose. The common law is not set out in statute; it is guidance built up through the "
               "courts, and staff should seek advice if in doubt."),
        Clause("4.5", "**Statutory powers and duties.** The statutory gateways that most often apply to partners in "
               "Norfolk include:"),
        Bullets([
            "Children Act 1989 \u2013 section 17 (children in need), section 27 (co-operation between authorities) and "
            "section 47 (enquiries where a child is suffering, or likely to suffer, significant harm);",
            "Children Act 2004 \u2013 section 10 (co-operation to improve well-being), section 11 (arrangements to "
            "safeguard and promote welfare) and section 12 (information databases);",
            "section 115 of the Crime and Disorder Act 1998 \u2013 the power of any person to disclose information to "
            "a relevant authority where necessary or expedient for the purposes of the Act;",
            "section 2 of the Local Government Act 2000 \u2013 the power of a local authority to do anything it "
            "considers likely to promote the economic, social or environmental well-being of its area;",
            "section 175 of the Education Act 2002 \u2013 the duty of local authorities and governing bodies to "
            "safeguard and promote the welfare of children;",
            "the National Health Service Act 2006 \u2013 the duty of NHS bodies and local authorities to co-operate "
            "with one another (section 82);",
            "the Mental Capacity Act 2005, where a person may lack capacity to consent to the sharing.",
        ], indent=36),
        Clause("4.6", "Schedule 2 lists these and other statutes that signatories may need to consider. Tier 2 agreements "
               "must identify the specific powers relied on for the sharing they describe."),
        Clause("4.7", "The Caldicott principles (1997) apply to the NHS and to councils with social services "
               "responsibilities. They are guidance rather than law, but all partners agree to observe them when "
               "sharing patient-identifiable or client-identifiable information."),

        H(1, "5. PRINCIPLES FOR SHARING INFORMATION"),
        Clause("5.1", "All signatories agree that:"),
        Bullets([
            "information will be shared only for a specific, lawful purpose;",
            "only the minimum information necessary for that purpose will be shared;",
            "information will be shared only with those who need to know it;",
            "the person's wishes will be taken into account and consent sought wherever it is appropriate and safe to do so;",
            "a record will be kept of what was shared, with whom, when and why, including decisions not to share;",
            "where there are concerns about the safety of a child or adult at risk, those concerns will always come first.",
        ], indent=36),
        Clause("5.2", "Staff must never assume that because information can be shared, it must be shared. Equally, "
               "fears about sharing information must not be allowed to stand in the way of the need to protect children "
               "and adults at risk from harm."),
        Clause("5.3", "The seven golden rules for information sharing published by HM Government in 2008 are adopted as "
               "practice guidance for this Protocol and are reproduced in the NSCB practice guidance."),

        H(1, "6. CONSENT"),
        Clause("6.1", "Where information is to be shared with consent, the consent must be informed: the person must "
               "understand what information will be shared, with whom and why, and what may happen as a result. "
               "Consent should be recorded, preferably in writing."),
        Clause("6.2", "A young person aged 16 or 17, or a child under 16 who has sufficient understanding (Gillick "
               "competence), may give or withhold consent in their own right."),
        Clause("6.3", "Consent is not required, and should not be sought, where doing so would place a child or adult at "
               "increased risk of significant harm, prejudice the prevention or detection of crime, or lead to "
               "unjustified delay. The reasons for sharing without consent must be recorded."),
        Clause("6.4", "A person may withdraw consent at any time. Withdrawal does not affect information already shared "
               "lawfully."),

        H(1, "7. INFORMATION TO BE SHARED"),
        Clause("7.1", "The information that may be shared under this Protocol is the personal information reasonably "
               "required for the purposes in section 2. It may include:"),
        Bullets([
            "identifying details: name, any previous names, date of birth, gender, address and contact details, NHS "
            "number and Unique Pupil Number where relevant;",
            "family composition and details of parents, carers and other significant adults;",
            "details of services involved and named workers;",
            "assessments, plans and reviews (including the Common Assessment Framework);",
            "sensitive personal data, including physical or mental health, ethnicity and religion, and the commission "
            "or alleged commission of offences, where this is relevant and a Schedule 3 condition applies.",
        ], indent=36),
        Clause("7.2", "The specific data items to be shared for each service are set out in the relevant Tier 2 agreement."),

        H(1, "8. ACCESS TO INFORMATION BY INDIVIDUALS"),
        Clause("8.1", "Individuals have the right under section 7 of the Data Protection Act 1998 to request access to "
               "the personal information an organisation holds about them. Each signatory will deal with subject access "
               "requests made to it in accordance with its own procedures and within the 40-day limit."),
        Clause("8.2", "Where a request covers information that was provided by another signatory, the organisation "
               "receiving the request will consult that signatory before disclosing it, so that any exemption (for "
               "example under section 29 for crime, or the health and social work orders) can be considered."),
        Clause("8.3", "Requests under the Freedom of Information Act 2000 for information about the operation of this "
               "Protocol will be dealt with by the organisation that receives them. Requests for the Protocol itself "
               "should be referred to the County Council."),
        Clause("8.4", "Each signatory will make sure that its fair processing notices tell people that their information "
               "may be shared with partner organisations for the purposes described in this Protocol."),

        H(1, "9. METHODS AND FREQUENCY OF EXCHANGE"),
        Clause("9.1", "The method and frequency of any regular exchange must be set out in the Tier 2 agreement. Ad hoc "
               "requests and disclosures are made as the need arises. In all cases one of the following secure methods "
               "must be used:"),
        Bullets([
            "secure email between government secure networks (GCSx, nhs.net, pnn, CJSM) \u2013 ordinary internet email "
            "must not be used for personal information;",
            "encrypted removable media, only where approved by the sending organisation's information security officer;",
            "hand delivery or recorded delivery in sealed envelopes marked \u2018Private and Confidential \u2013 to be "
            "opened by addressee only\u2019;",
            "secure fax to a \u2018safe haven\u2019 machine, confirmed by telephone before and after sending;",
            "verbal exchange by telephone, after confirming the identity of the caller (for example by calling back "
            "through a main switchboard).",
        ], indent=36),
        Clause("9.2", "Bulk or routine transfers (for example monthly extracts) must be agreed in advance by the "
               "information governance leads of both organisations."),

        H(1, "10. INFORMATION SECURITY"),
        Clause("10.1", "Each signatory will have in place, and will maintain, appropriate technical and organisational "
               "measures to protect personal information against unauthorised or unlawful processing and against "
               "accidental loss, destruction or damage, in line with the seventh data protection principle."),
        Clause("10.2", "As a minimum, signatories will:"),
        Bullets([
            "hold information received from partners on secure systems with access controls and audit trails;",
            "encrypt laptops and removable media that hold personal information;",
            "ensure that staff who handle shared information have received information governance training;",
            "apply the Government Protective Marking Scheme (or the NHS equivalent) to documents containing shared "
            "information and handle them at PROTECT or RESTRICTED as appropriate;",
            "not pass shared information to any third party without the agreement of the organisation that provided it, "
            "unless required by law.",
        ], indent=36),
        Clause("10.3", "NHS signatories will continue to meet the requirements of the NHS Information Governance Toolkit; "
               "the councils will meet the Government Connect Code of Connection."),

        H(1, "11. DATA QUALITY"),
        Clause("11.1", "The organisation disclosing information is responsible for making sure that it is accurate and up "
               "to date at the time it is shared, and for making clear what is fact and what is opinion."),
        Clause("11.2", "If a receiving organisation finds that information is inaccurate, it will tell the organisation "
               "that provided it as soon as possible, and the provider will correct its records and notify any other "
               "recipients."),

        H(1, "12. RETENTION AND DISPOSAL"),
        Clause("12.1", "Information received under this Protocol will be kept no longer than is necessary for the purpose "
               "for which it was shared, in line with the receiving organisation's retention schedule (for example the "
               "Records Management Society's Retention Guidelines for Local Authorities, or the Records Management: NHS "
               "Code of Practice)."),
        Clause("12.2", "When it is no longer needed the information will be destroyed securely: paper by cross-cut "
               "shredding or confidential waste contract; electronic records by secure deletion or destruction of media."),

        H(1, "13. COMPLAINTS"),
        Clause("13.1", "Each signatory will have a complaints procedure that people can use if they are unhappy about the "
               "way their information has been shared. Complaints will be dealt with by the organisation that receives "
               "them; where a complaint concerns more than one signatory, the organisations will co-operate to respond."),
        Clause("13.2", "People may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
               "Wilmslow, Cheshire SK9 5AF."),

        H(1, "14. BREACHES OF THIS PROTOCOL"),
        Clause("14.1", "Any loss, theft or inappropriate disclosure of shared information must be reported immediately to "
               "the information governance lead of the organisation that provided it (Schedule 5) and dealt with under the "
               "receiving organisation's incident procedure."),
        Clause("14.2", "Serious incidents will be reported to the Information Commissioner where the organisation's "
               "procedures require it, and in the NHS as a Serious Untoward Incident."),
        Clause("14.3", "Deliberate or reckless breach of this Protocol by a member of staff may lead to disciplinary "
               "action, and may be an offence under section 55 of the Data Protection Act 1998."),
        Clause("14.4", "If a signatory repeatedly fails to meet the standards of this Protocol, the Norfolk Information "
               "Governance Group may recommend to the other signatories that sharing with that organisation is suspended."),

        H(1, "15. RESPONSIBILITIES OF SIGNATORY ORGANISATIONS"),
        Clause("15.1", "Each signatory will nominate an information governance lead (Schedule 5) who is responsible for "
               "promoting the Protocol within the organisation, advising staff, and acting as the first point of contact "
               "for other signatories."),
        Clause("15.2", "Each signatory will ensure its staff are aware of this Protocol and have access to training on "
               "information sharing appropriate to their role."),

        H(1, "16. MONITORING AND REVIEW"),
        Clause("16.1", "The Norfolk Information Governance Group will monitor the operation of this Protocol and report "
               "annually to the Norfolk Safeguarding Children Board."),
        Clause("16.2", "This Protocol will be reviewed every two years, or earlier if there are changes in legislation or "
               "national guidance. The next review is due in March 2013. Until a revised version is adopted, this version "
               "remains in force."),

        H(1, "17. ADOPTION, COMMENCEMENT AND WITHDRAWAL"),
        Clause("17.1", "This Protocol comes into effect on 1 July 2011 for each organisation that has signed it by that "
               "date, and from the date of signature for any organisation that signs later."),
        Clause("17.2", "Organisations are asked to sign the Protocol at chief officer level. Signed copies should be "
               "returned to the Information Management Team, Norfolk County Council, who will keep Schedule 1 up to date."),
        Clause("17.3", "A signatory may withdraw from the Protocol by giving three months' notice in writing to the County "
               "Council. Information already shared must continue to be handled in accordance with this Protocol."),
        Clause("17.4", "New organisations may join the Protocol with the agreement of the Norfolk Information Governance Group."),
        PageBreak(),
    ]
    # ------------------------------------------------------------------ schedules
    rows = [["Organisation", "Signed on behalf of the organisation by", "Post", "Date"]]
    dates = ["21/06/2011", "23/06/2011", "27/06/2011", "24/06/2011", "30/06/2011", "28/06/2011", "22/06/2011",
             "29/06/2011", "20/06/2011", "21/06/2011", "24/06/2011", "01/07/2011", "27/06/2011", "05/07/2011",
             "29/06/2011", "30/06/2011", "04/07/2011", "11/07/2011", "15/07/2011", "23/06/2011", "06/07/2011",
             "12/07/2011", "08/07/2011", "19/07/2011", "14/07/2011"]
    for (name, who, post, _), d in zip(PARTIES, dates):
        rows.append([name, who, post, d])
    b += [
        H(1, "SCHEDULE 1 \u2013 SIGNATORY ORGANISATIONS"),
        P("By signing, each organisation below agrees to adopt the Norfolk Multi-Agency Overarching Information Sharing "
          "Protocol and to apply its standards to all sharing of personal information with the other signatories."),
        Table(rows, widths=[3.2, 2, 2, 1.1], size=8.5),
        P("Signed originals are held by the Information Management Team, Norfolk County Council.", size=9, italic=True),
        PageBreak(),
        H(1, "SCHEDULE 2 \u2013 SUMMARY OF RELEVANT LEGISLATION"),
        P("The table below is a summary for guidance only. It is not a complete statement of the law and staff should "
          "take advice from their information governance lead or legal services where necessary."),
        Table([
            ["Legislation", "Relevant provisions", "Notes"],
            ["Data Protection Act 1998", "Principles 1\u20138; Schedules 2 and 3; ss.7, 29, 35", "Applies to all personal data"],
            ["Human Rights Act 1998", "Article 8 ECHR", "Public authorities must act compatibly"],
            ["Children Act 1989", "ss.17, 27, 47", "Children in need; co-operation; child protection enquiries"],
            ["Children Act 2004", "ss.10, 11, 12", "Co-operation; safeguarding duty; databases"],
            ["Crime and Disorder Act 1998", "ss.17, 37, 115", "Community safety; youth offending; power to disclose"],
            ["Local Government Act 2000", "s.2", "Well-being power"],
            ["Education Act 1996", "ss.436A, 437\u2013444", "Children missing education; attendance"],
            ["Education Act 2002", "s.175", "Safeguarding in schools"],
            ["Childcare Act 2006", "ss.1\u20133", "Early childhood services; children's centres"],
            ["National Health Service Act 2006", "s.82", "Co-operation between NHS bodies and local authorities"],
            ["Mental Capacity Act 2005", "ss.1\u20134", "Capacity and best interests"],
            ["Criminal Justice Act 2003", "ss.325\u2013327", "MAPPA: duty to co-operate"],
            ["Freedom of Information Act 2000", "Part I; ss.40, 41", "Personal information and confidences exempt"],
        ], widths=[2.2, 2, 2.6], size=8.5),
        P("Common law duty of confidentiality; Caldicott principles; \u2018Working Together to Safeguard Children\u2019 "
          "(2010); \u2018No Secrets\u2019 (Department of Health, 2000); \u2018Information Sharing: Guidance for "
          "practitioners and managers\u2019 (HM Government, 2008).", size=9, italic=True),
        H(1, "SCHEDULE 3 \u2013 REGISTER OF TIER 2 INFORMATION SHARING AGREEMENTS"),
        P("Tier 2 agreements in force, or in preparation, under this Protocol at the date of issue:"),
        Table([
            ["Ref", "Agreement", "Lead", "Status"],
            ["T2/01", "Norfolk Multi-Agency Public Protection Arrangements (MAPPA)", "Norfolk Constabulary / Norfolk Probation Trust", "In force"],
            ["T2/02", "Norfolk Multi-Agency Risk Assessment Conferences (MARAC)", "Norfolk Constabulary", "In force"],
            ["T2/03", "Children Missing Education", "Norfolk County Council", "In force"],
            ["T2/04", "Family Intervention Projects", "Norfolk County Council", "Under review"],
            ["T2/05", "Youth Offending Team information exchange", "Norfolk Youth Offending Team", "In force"],
            ["T2/06", "Health visiting and children's centres \u2013 new birth notifications", "NHS Norfolk", "Draft"],
        ], widths=[0.7, 3.2, 2.2, 0.9], size=8.5),
        PageBreak(),
        H(1, "SCHEDULE 4 \u2013 CONDITIONS FOR PROCESSING"),
        P("**Schedule 2 \u2013 at least one of the following must apply to any sharing of personal data:**"),
        Bullets([
            "the data subject has given consent to the processing;",
            "the processing is necessary for the performance of a contract with the data subject;",
            "the processing is necessary to comply with a legal obligation (other than a contractual one);",
            "the processing is necessary to protect the vital interests of the data subject;",
            "the processing is necessary for the administration of justice, for the exercise of functions conferred by "
            "or under any enactment, or for the exercise of other functions of a public nature exercised in the public "
            "interest;",
            "the processing is necessary for legitimate interests pursued by the data controller or the third party to "
            "whom the data are disclosed, except where unwarranted by prejudice to the data subject.",
        ], kind="num", indent=18),
        P("**Schedule 3 \u2013 for sensitive personal data, at least one of the following must also apply:**"),
        Bullets([
            "the data subject has given explicit consent;",
            "the processing is necessary to exercise a right or obligation imposed by law in connection with employment;",
            "the processing is necessary to protect the vital interests of the data subject or another person where "
            "consent cannot be given or reasonably obtained, or has been unreasonably withheld;",
            "the processing is necessary for the purpose of legal proceedings, obtaining legal advice or establishing, "
            "exercising or defending legal rights;",
            "the processing is necessary for the administration of justice or the exercise of functions conferred by "
            "or under an enactment;",
            "the processing is necessary for medical purposes and is undertaken by a health professional or a person "
            "owing an equivalent duty of confidentiality;",
            "the processing is in the substantial public interest, is necessary for the prevention or detection of any "
            "unlawful act and must be carried out without explicit consent so as not to prejudice that purpose "
            "(Data Protection (Processing of Sensitive Personal Data) Order 2000).",
        ], kind="num", indent=18),
        H(1, "SCHEDULE 5 \u2013 INFORMATION GOVERNANCE CONTACTS"),
        Table([
            ["Organisation", "Contact", "Telephone"],
            ["Norfolk County Council", "Information Management Team", "0344 800 8020"],
            ["Norfolk Constabulary", "Information Management Unit, Jubilee House, Wymondham", "0845 456 4567"],
            ["NHS Norfolk", "Head of Information Governance", "01603 307000"],
            ["Norfolk and Suffolk NHS Foundation Trust", "Caldicott Guardian's office, Hellesdon Hospital", "01603 421421"],
            ["District councils", "Each council's Data Protection Officer (see council websites)", "\u2013"],
            ["Voluntary sector signatories", "Nominated information governance lead (on the signature form)", "\u2013"],
        ], widths=[2.5, 3.2, 1.2], size=8.5),
    ]
    return Doc(
        stem="norfolk_tier1_overarching_isp_v2_1_2011",
        blocks=b, font="Arial", size=11, heading_styled=False, heading_sizes=(12, 11, 11),
        header_left=TITLE, header_right="Version 2.1",
        footer_left="NSCB / Norfolk Information Governance Group", footer_center="PROTECT when completed",
        footer_pages="Page {page} of {pages}",
        core_title="Information Sharing Protocol Tier 1", core_author="kbellamy",
        core_created=dt.datetime(2011, 6, 17, 10, 12, 0),
    )


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, _, _, o) in PARTIES if n != LEAD["name"]],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES],
        "review_date": "2013-03-31",
        "review_basis": "explicit",
        "commencement_date": "2011-07-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["doc", "pdf"], "pdf_from": "doc"}
