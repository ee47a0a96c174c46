"""Agreements 7-9 of the police family (Essex PPO 2012, Essex MAPPA, street triage)."""

from common import P, H, N, UL, T, BR, SP, TOC, TB, sig_table, statute, party


# =========================================================================== 07
# Essex Police, Prolific and other Priority Offenders, 2012.  Legacy: .doc, a Word-made
# PDF and a scanned (image-only) PDF; no DOCX.  NOT PROTECTIVELY MARKED.  Title in a
# table.  "Lead Agency".  Month-only review date.  Stale law (DPA 1998, Sex Offenders Act
# 1997).  No rights, complaints or breach section.  Old names (Southend on Sea Borough
# Council, Thurrock Unitary Authority, SEPT, NEPT, Essex Probation Trust).

def a07():
    title = "Prolific and other Priority Offender (PPO) Scheme – Essex"
    purpose = (
        "The purpose of this protocol is to set out how the partner agencies will exchange "
        "information about offenders who have been identified as Prolific and other Priority "
        "Offenders, so that each offender can be caught and convicted, resettled and "
        "rehabilitated, and young people at risk of becoming prolific offenders can be prevented "
        "and deterred."
    )
    partners = [
        "Essex Probation Trust",
        "Essex County Council",
        "Southend on Sea Borough Council",
        "Thurrock Unitary Authority",
        "Basildon Borough Council",
        "Colchester Borough Council",
        "HMP Chelmsford",
        "South Essex Partnership Trust (SEPT)",
        "North Essex Partnership Foundation Trust",
    ]
    blocks = [
        P("ESSEX POLICE", align="center", bold=True, size=16),
        P("INFORMATION SHARING PROTOCOL", align="center", bold=True, size=14),
        SP(10),
        T([
            ["Title of Protocol", title],
            ["Protocol Reference", "ISP/PPO/012"],
            ["Lead Agency", "Essex Police"],
            ["Author", "Information Security and Sharing Manager, Information Management Department"],
            ["Version", "2.1"],
            ["Date", "26 March 2012"],
            ["Review Date", "March 2013"],
            ["Protective Marking", "NOT PROTECTIVELY MARKED"],
        ], header=False, shade_first_col=True, widths=[4.5, 10.5], fill="E7E6E6"),
        H("Version History", 2),
        T([
            ["Version", "Date", "Details"],
            ["1.0", "June 2008", "Protocol agreed by Essex PPO Steering Group"],
            ["2.0", "January 2012", "Revised for IOM alignment and new partners"],
            ["2.1", "March 2012", "Minor amendments following legal review"],
        ], widths=[2, 3, 10], fill="E7E6E6"),
        H("1.  INTRODUCTION", 1),
        N("1.1", "The Prolific and other Priority Offender (PPO) programme was launched by the Home "
                 "Office in 2004. It has three strands: Prevent and Deter; Catch and Convict; and "
                 "Rehabilitate and Resettle. Each Community Safety Partnership in Essex operates a PPO "
                 "scheme and each scheme is managed by a multi-agency team."),
        N("1.2", "This protocol replaces the 2008 protocol. It is an Information Sharing Protocol "
                 "made under the Essex Information Sharing Framework."),
        H("2.  PURPOSE", 1),
        N("2.1", purpose),
        N("2.2", "Information will be exchanged only for the purposes set out above. It will not "
                 "be used for any other purpose without the agreement of the agency that supplied it."),
        H("3.  PARTNER AGENCIES", 1),
        N("3.1", "The lead agency for this protocol is Essex Police. The other signatory agencies are:"),
        UL(partners),
        H("4.  LEGISLATION AND GUIDANCE", 1),
        N("4.1", "The Data Protection Act 1998 applies to all personal information exchanged under "
                 "this protocol. Partners must meet at least one Schedule 2 condition and, for "
                 "sensitive personal data such as information about criminal offences or health, at "
                 "least one Schedule 3 condition."),
        N("4.2", "Section 115 of the Crime and Disorder Act 1998 gives any person power to disclose "
                 "information to a relevant authority where it is necessary or expedient for the "
                 "purposes of the Act."),
        N("4.3", "Where a PPO is also managed under MAPPA the provisions of section 67 of the Criminal "
                 "Justice and Court Services Act 2000 and section 325 of the Criminal Justice Act 2003 "
                 "also apply. Registered sex offenders are managed under the Sex Offenders Act 1997 "
                 "and are not normally PPOs."),
        N("4.4", "Section 14 of the Offender Management Act 2007 allows disclosure to providers of "
                 "probation services for offender management purposes."),
        N("4.5", "The Human Rights Act 1998 (Article 8) and the common law duty of confidence must "
                 "be considered before information is disclosed. Health partners will apply the "
                 "Caldicott principles."),
        N("4.6", "Police information is managed in line with the Code of Practice on the Management "
                 "of Police Information 2005. The taking and use of fingerprints, DNA and custody "
                 "records remains governed by the Police and Criminal Evidence Act 1984."),
        N("4.7", "This protocol will be published by each partner in accordance with its publication "
                 "scheme under the Freedom of Information Act 2000."),
        H("5.  INFORMATION TO BE EXCHANGED", 1),
        UL([
            "Personal details of the PPO (name, date of birth, address, PNC number).",
            "Current and previous offending, sentence and licence details.",
            "Intelligence held by Essex Police about current offending.",
            "Probation assessments (OASys), sentence plans and breach information.",
            "Prison release dates and resettlement plans.",
            "Housing, education, training, employment and benefit information.",
            "Drug and alcohol treatment information (with the offender's consent only).",
            "Mental health information where relevant to risk (with consent, or where there is a risk to others).",
        ]),
        H("6.  EXCHANGE OF INFORMATION", 1),
        N("6.1", "Information will be exchanged at the monthly PPO case management meeting held in each "
                 "district, and between meetings by telephone or secure email (gsi, gcsx, pnn or cjsm). "
                 "Information will not be sent by fax unless the receiving agency is waiting at the fax "
                 "machine."),
        N("6.2", "Each agency will nominate a Designated Officer who will be responsible for "
                 "exchanging information under this protocol."),
        H("7.  ACCURACY", 1),
        N("7.1", "The agency providing information is responsible for its accuracy. Information will be "
                 "identified as either fact or opinion. Any inaccuracy must be reported to the Designated "
                 "Officer of the agency that provided it."),
        H("8.  SECURITY", 1),
        N("8.1", "Partners will store information securely, with access limited to staff who need it. "
                 "Paper records will be locked away and disposed of as confidential waste. Information "
                 "held by Essex Police is protectively marked under the Government Protective Marking "
                 "Scheme."),
        H("9.  RETENTION", 1),
        N("9.1", "Information will be retained only for as long as the person remains a PPO, plus two "
                 "years, unless it forms part of an agency's case record, in which case that agency's "
                 "retention policy applies."),
        H("10.  COMMENCEMENT AND REVIEW", 1),
        N("10.1", "This protocol takes effect from 1 April 2012. It will be reviewed by the Essex PPO "
                  "Steering Group in March 2013."),
        N("10.2", "Any agency may withdraw from this protocol by giving one month's notice in writing to "
                  "the Information Management Department, Essex Police."),
        H("11.  SIGNATURES", 1),
        sig_table([
            ["ACC Derek Benson", "Essex Police", "Assistant Chief Constable (Crime)", "28/03/2012"],
            ["Helen Fairbrother", "Essex Probation Trust", "Chief Executive", "29/03/2012"],
            ["Graham Ruddock", "Essex County Council", "Executive Director for Adults, Health and Community Wellbeing", "30/03/2012"],
            ["Paul Amesbury", "Southend on Sea Borough Council", "Group Manager, Community Safety", "30/03/2012"],
            ["Sandra Kent", "Thurrock Unitary Authority", "Head of Community Safety", "02/04/2012"],
            ["Neil Radcliffe", "Basildon Borough Council", "Community Safety Manager", "02/04/2012"],
            ["Joanne Pryke", "Colchester Borough Council", "Head of Community Services", "03/04/2012"],
            ["Ian Tovey", "HMP Chelmsford", "Governing Governor", "03/04/2012"],
            ["Dr Marion Cole", "South Essex Partnership Trust (SEPT)", "Caldicott Guardian", "04/04/2012"],
            ["Dr Philip Osei", "North Essex Partnership Foundation Trust", "Caldicott Guardian", "05/04/2012"],
        ], header=("Name", "Agency", "Post", "Date")),
    ]
    return {
        "key": "police_07_essex_ppo_2012",
        "outputs": ["doc", "pdf_lo", "pdf_scan"],
        "meta": {
            "marking": "NOT PROTECTIVELY MARKED",
            "heading_mode": "bold",
            "docx_font": "Times New Roman",
            "docx_size": 12,
            "docx_header_lines": [],
            "footer_text": "ISP/PPO/012  Version 2.1",
            "docx_author": "ISSM",
            "docx_title": "PPO ISP",
        },
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": party("Essex Police", "Essex Police"),
            "partners": [
                party("Essex Probation Trust", None),
                party("Essex County Council", "Essex County Council"),
                party("Southend on Sea Borough Council", "Southend Borough Council"),
                party("Thurrock Unitary Authority", "Thurrock Council"),
                party("Basildon Borough Council", "Basildon Borough Council"),
                party("Colchester Borough Council", "Colchester Borough Council"),
                party("HMP Chelmsford", "HMP Chelmsford"),
                party("South Essex Partnership Trust (SEPT)", "South Essex Partnership University NHS Foundation Trust"),
                party("North Essex Partnership Foundation Trust", "North Essex Partnership University NHS Foundation Trust"),
            ],
            "statutes": [
                statute("Data Protection Act 1998", "Data Protection Act", 1998, None),
                statute("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                statute("section 67 of the Criminal Justice and Court Services Act 2000",
                        "Criminal Justice and Court Services Act", 2000, "section 67"),
                statute("section 325 of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
                statute("Sex Offenders Act 1997", "Sex Offenders Act", 1997, None),
                statute("Section 14 of the Offender Management Act 2007", "Offender Management Act", 2007, "section 14"),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
                statute("Police and Criminal Evidence Act 1984", "Police and Criminal Evidence Act", 1984, None),
                statute("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
            ],
            "review_date": "2013-03-31",
            "review_basis": "explicit",
            "commencement_date": "2012-04-01",
            "sections_present": ["purpose", "information_shared", "legal_basis", "security",
                                 "format_frequency", "retention", "accuracy", "agreement"],
        },
    }


# =========================================================================== 08
# Essex MAPPA with duty to co-operate agencies, 2023.  Title in the front-sheet table.
# "Owner" is Essex Police "on behalf of the Responsible Authority" (the Responsible
# Authority is not a lead).  Review relative to the SMB Chair's signature date in the
# signature table.  No data quality section.  "Crime Disorder Act 1998" slip.  Alias names
# (Southend-on-Sea City Council, Colchester City Council) and look-alikes (EPUT, MSEFT,
# ICB) that are not in the registry.

def a08():
    title = "Essex Multi-Agency Public Protection Arrangements (MAPPA) – Sharing with Duty to Co-operate Agencies"
    purpose = (
        "This agreement enables the MAPPA Responsible Authority in Essex and the agencies under a "
        "duty to co-operate with it to share information about MAPPA offenders, so that the risk "
        "of serious harm they pose can be assessed and managed and the public, including known "
        "and potential victims, protected."
    )
    sig_rows = [
        ["ACC Rachel Moorcroft", "Essex Police", "Assistant Chief Constable; Chair, Essex MAPPA Strategic Management Board", "14/02/2023"],
        ["Dawn Achebe", "The Probation Service – East of England Region", "Head of Public Protection", "20/02/2023"],
        ["Steven Lyle", "HM Prison and Probation Service", "Prison Group Director", "22/02/2023"],
        ["Karen Quill", "HMP Chelmsford", "Governor", "22/02/2023"],
        ["Nadia Fenn", "Essex County Council", "Director, Adult Social Care", "24/02/2023"],
        ["Oliver Grant", "Southend-on-Sea City Council", "Director of Children's Services", "27/02/2023"],
        ["Bianca Morris", "Thurrock Council", "Assistant Director, Housing", "27/02/2023"],
        ["Peter Hale", "Chelmsford City Council", "Director of Public Places", "01/03/2023"],
        ["Yasmin Cole", "Colchester City Council", "Head of Housing", "01/03/2023"],
        ["Dr Simon Wragg", "Essex Partnership University NHS Foundation Trust (EPUT)", "Executive Medical Director", "03/03/2023"],
        ["Joanne Ince", "Mid and South Essex NHS Foundation Trust", "Director of Safeguarding", "06/03/2023"],
        ["Mark Tolley", "NHS Mid and South Essex Integrated Care Board", "Director of Nursing", "06/03/2023"],
        ["Leon Baptiste", "Department for Work and Pensions", "Jobcentre Plus District Manager, Essex", "08/03/2023"],
    ]
    blocks = [
        P("OFFICIAL – MAPPA", align="right", size=8),
        P("INFORMATION SHARING AGREEMENT", align="left", bold=True, size=16, color="1F3864"),
        SP(6),
        T([
            ["Title of agreement", title],
            ["ISA reference", "EP/ISA/2023/0011"],
            ["Owner", "Essex Police (Public Protection Command), on behalf of the MAPPA Responsible Authority"],
            ["Author", "MAPPA Co-ordinator, Essex MAPPA Unit"],
            ["Version", "3.0"],
            ["Approved by", "Essex MAPPA Strategic Management Board (SMB), 09/02/2023"],
            ["Next review", "12 months after signature by the SMB Chair (see section 12)"],
            ["Protective marking", "OFFICIAL"],
        ], header=False, shade_first_col=True, widths=[4.2, 10.8]),
        H("Version control", 2),
        T([
            ["Version", "Date", "Author", "Change"],
            ["1.0", "08/2016", "MAPPA Co-ordinator", "First agreement"],
            ["2.0", "06/2019", "MAPPA Co-ordinator", "Updated for new data protection law; probation split (NPS/CRC)"],
            ["2.1", "09/2021", "MAPPA Co-ordinator", "Probation unification; CRC removed"],
            ["3.0", "01/2023", "MAPPA Co-ordinator", "ICB replaces CCGs; new district council signatories; ViSOR access rules"],
        ], widths=[2.0, 2.1, 3.6, 7.3]),
        H("1. INTRODUCTION", 1),
        N("1.1", "Multi-Agency Public Protection Arrangements (MAPPA) are the statutory arrangements "
                 "for managing sexual and violent offenders. Under section 325 of the Criminal Justice "
                 "Act 2003 the police, probation and prison services in each area act jointly as the "
                 "MAPPA Responsible Authority."),
        N("1.2", "The same section imposes a duty to co-operate with the Responsible Authority on a "
                 "range of other agencies, including local authorities, health bodies, Jobcentre Plus, "
                 "youth offending teams and registered providers of social housing. Co-operation "
                 "includes the exchange of information."),
        N("1.3", "This agreement is owned by Essex Police on behalf of the Responsible Authority. The "
                 "Essex MAPPA Unit, which is hosted by Essex Police, administers it."),
        H("2. PURPOSE", 1),
        N("2.1", purpose),
        N("2.2", "It covers MAPPA offenders in all three categories and at all three levels of "
                 "management, and the information shared at and between MAPPA level 2 and level 3 "
                 "meetings."),
        H("3. THE AGENCIES", 1),
        N("3.1", "The agencies bound by this agreement are those listed in the signature table in "
                 "section 13. Other duty to co-operate agencies (for example registered providers of "
                 "social housing and electronic monitoring providers) are asked to sign the MAPPA "
                 "confidentiality statement at each meeting they attend and are listed at Appendix B."),
        H("4. LEGAL FRAMEWORK", 1),
        N("4.1", "Section 325 of the 2003 Act (above) provides the statutory gateway for sharing. "
                 "Section 327 requires the Responsible Authority to consider disclosing information about "
                 "child sex offenders to members of the public."),
        N("4.2", "Registered sexual offenders are subject to the notification requirements in Part 2 "
                 "of the Sexual Offences Act 2003."),
        N("4.3", "The Responsible Authority agencies are competent authorities processing for the law "
                 "enforcement purposes under Part 3 of the Data Protection Act 2018. Duty to co-operate "
                 "agencies that are not competent authorities process information under Article 6(1)(c) "
                 "of the UK GDPR (legal obligation), with criminal offence data processed under Schedule "
                 "1 to the 2018 Act."),
        N("4.4", "Agencies may also rely on section 115 of the Crime Disorder Act 1998 and, for housing "
                 "authorities, their functions under Part 7 of the Housing Act 1996 (homelessness)."),
        N("4.5", "Each disclosure must be necessary and proportionate, in line with Article 8 of the "
                 "European Convention on Human Rights as set out in Schedule 1 to the Human Rights Act "
                 "1998. The MAPPA Guidance issued by the Ministry of Justice is statutory guidance under "
                 "section 325(8) and must be followed."),
        H("5. INFORMATION THAT MAY BE SHARED", 1),
        UL([
            "identifying details of the offender, including aliases and photographs;",
            "index offence, previous convictions, sentence and licence conditions or notification requirements;",
            "risk assessments (OASys, ARMS, Risk Matrix 2000) and the MAPPA level and category;",
            "details of known and potential victims and of children in contact with the offender;",
            "accommodation, employment, health and treatment information relevant to risk;",
            "minutes and risk management plans from MAPPA meetings;",
            "information held on ViSOR, the national database owned by the Home Office, which may only be entered or viewed by vetted users in Responsible Authority agencies.",
        ]),
        H("6. HOW INFORMATION WILL BE SHARED", 1),
        N("6.1", "Level 2 meetings take place monthly in each of the three Essex MAPPA areas; level 3 "
                 "meetings are convened within five working days of referral. Agencies receive the "
                 "meeting list by secure email five working days before the meeting."),
        N("6.2", "Minutes are distributed only by the MAPPA Unit, by secure email, within 10 working "
                 "days, and are marked OFFICIAL-SENSITIVE. Minutes must not be forwarded beyond the named "
                 "recipient without the MAPPA Co-ordinator's permission."),
        H("7. CONFIDENTIALITY AND SECURITY", 1),
        N("7.1", "MAPPA documents must be kept on secure systems or in locked storage. Each agency will "
                 "nominate a single point of contact to receive MAPPA documents and will make sure only "
                 "staff who need them can see them."),
        H("8. RETENTION", 1),
        N("8.1", "MAPPA minutes are retained by the MAPPA Unit until the offender's 100th birthday, in "
                 "line with the MAPPA Guidance. Other agencies keep extracts on their own case records "
                 "and must destroy full copies of minutes once the relevant action is complete."),
        H("9. RIGHTS OF INDIVIDUALS", 1),
        N("9.1", "Offenders are told that they are subject to MAPPA and that information about them "
                 "will be shared. Subject access requests for MAPPA minutes must be referred to the "
                 "MAPPA Co-ordinator; the Responsible Authority agency that chaired the meeting will "
                 "decide what may be released and will apply the restrictions in the 2018 Act where "
                 "disclosure could put a victim or the public at risk."),
        H("10. COMPLAINTS", 1),
        N("10.1", "Complaints about MAPPA information sharing will be handled by the agency complained "
                  "about. Complaints about the MAPPA process as a whole will be referred to the SMB."),
        H("11. BREACHES", 1),
        N("11.1", "Any loss or unauthorised disclosure of MAPPA information is reported to the MAPPA "
                  "Co-ordinator and the agency's Data Protection Officer on the day it is discovered. "
                  "Serious breaches are reported to the SMB and may be reported to the Information "
                  "Commissioner."),
        H("12. COMMENCEMENT AND REVIEW", 1),
        N("12.1", "This agreement takes effect on the date it is signed by the Chair of the Essex MAPPA "
                  "Strategic Management Board and will be reviewed 12 months after that date. Agencies "
                  "that sign after that date are bound from the date of their own signature."),
        N("12.2", "The duty to co-operate is statutory: an agency cannot withdraw from it, but an agency "
                  "may ask the SMB to vary this agreement."),
        H("13. SIGNATURES", 1),
        sig_table(sig_rows),
        BR(),
        H("APPENDIX A – MAPPA CATEGORIES AND LEVELS", 1),
        T([
            ["Category", "Description"],
            ["1", "Registered sexual offenders"],
            ["2", "Violent offenders sentenced to 12 months or more, and some sexual offenders not required to register"],
            ["3", "Other dangerous offenders with a conviction indicating they may cause serious harm"],
        ], widths=[2.5, 12.5]),
        T([
            ["Level", "Management"],
            ["1", "Ordinary agency management"],
            ["2", "Active multi-agency management at monthly level 2 meetings"],
            ["3", "Level 2 plus senior management oversight and resources"],
        ], widths=[2.5, 12.5]),
        H("APPENDIX B – OTHER DUTY TO CO-OPERATE AGENCIES", 1),
        UL([
            "Youth offending teams in Essex, Southend and Thurrock",
            "Registered providers of social housing with stock in Essex",
            "Electronic monitoring providers",
            "Local housing authorities outside Essex where an offender is relocated",
        ]),
    ]
    partners = [r[1] for r in sig_rows[1:]]
    org_map = {
        "HMP Chelmsford": "HMP Chelmsford",
        "Essex County Council": "Essex County Council",
        "Southend-on-Sea City Council": "Southend Borough Council",
        "Thurrock Council": "Thurrock Council",
        "Chelmsford City Council": "Chelmsford City Council",
        "Colchester City Council": "Colchester Borough Council",
    }
    return {
        "key": "police_08_essex_mappa_dtc",
        "outputs": ["docx", "pdf_lo", "doc"],
        "meta": {
            "marking": "OFFICIAL",
            "heading_mode": "styled",
            "docx_font": "Calibri",
            "docx_size": 11,
            "docx_header_lines": [{"text": "Essex MAPPA  •  EP/ISA/2023/0011", "align": "left"}],
            "footer_text": "Essex MAPPA Unit",
            "docx_author": "Essex MAPPA Unit",
            "docx_title": "MAPPA DTC ISA v3.0",
        },
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": party("Essex Police", "Essex Police"),
            "partners": [party(n, org_map.get(n)) for n in partners],
            "statutes": [
                statute("section 325 of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
                statute("Part 2 of the Sexual Offences Act 2003", "Sexual Offences Act", 2003, "Part 2"),
                statute("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
                statute("Article 6(1)(c) of the UK GDPR", "UK General Data Protection Regulation", None, "Article 6(1)(c)"),
                statute("section 115 of the Crime Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                statute("Part 7 of the Housing Act 1996", "Housing Act", 1996, "Part 7"),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
            ],
            "review_date": "2024-02-14",
            "review_basis": "relative",
            "commencement_date": "2023-02-14",
            "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                                 "security", "format_frequency", "retention", "complaints",
                                 "breach", "agreement"],
        },
    }


# =========================================================================== 09
# Mental health street triage, 2022.  Drawn with reportlab (plain layout), also DOCX and
# .doc.  No lead: jointly owned by the signatories.  "Date of next review: TBC" (none).
# No retention section.  "Health and Social Care Act 2015" slip.

def a09():
    title = "Mental Health Street Triage and Section 136 Pathway"
    purpose = (
        "This agreement allows Essex Police and the mental health, ambulance and social care "
        "partners to share information about a person in a mental health crisis at the time of "
        "a police or ambulance contact, so that a mental health professional can advise on the "
        "safest and least restrictive response and, where the power in section 136 of the Mental "
        "Health Act 1983 is used, the person can be taken to a place of safety and assessed "
        "without delay."
    )
    parties_rows = [
        ["Essex Police", "Police; street triage car crew; custody", "Z4883472"],
        ["Essex Partnership University NHS Foundation Trust (EPUT)", "Mental health triage nurses; health-based places of safety", "—"],
        ["North East London NHS Foundation Trust (NELFT)", "Mental health services in west Essex", "Z9096541"],
        ["East of England Ambulance Service NHS Trust", "Ambulance conveyance; mental health joint response car", "Z955129X"],
        ["Essex County Council", "Approved Mental Health Professional (AMHP) service", "Z2120726"],
    ]
    blocks = [
        P("Information Sharing Agreement", align="left", size=12, color="444444"),
        P(title, align="left", bold=True, size=18),
        SP(4),
        T([
            ["Document control", ""],
            ["Reference", "EP/ISA/2022/0088"],
            ["Version", "1.3"],
            ["Status", "Final – signed"],
            ["Prepared by", "Essex Police Information Sharing Team with EPUT Information Governance"],
            ["Ownership", "Jointly owned by the signatory organisations"],
            ["Date of next review", "TBC"],
            ["Security classification", "OFFICIAL"],
        ], header=True, widths=[5, 10]),
        T([
            ["Version", "Date", "Notes"],
            ["1.0", "04/07/2022", "Agreed at Essex Crisis Care Partnership"],
            ["1.1", "25/07/2022", "NELFT added for west Essex"],
            ["1.2", "12/08/2022", "AMHP service added; joint response car"],
            ["1.3", "30/08/2022", "Signatures complete"],
        ], widths=[2, 3, 10]),
        H("1  Background", 1),
        N("1.1", "Police officers are often the first service to attend when a person is in a mental "
                 "health crisis in a public place or at home. Since 2014 Essex has run a street triage "
                 "service in which a mental health nurse works alongside police officers, in person or "
                 "by telephone, to advise on the person's needs."),
        N("1.2", "Changes to sections 135 and 136 made by the Policing and Crime Act 2017 require a "
                 "police officer, where practicable, to consult a registered medical practitioner, "
                 "nurse, AMHP or other specified professional before using section 136."),
        H("2  Purpose", 1),
        N("2.1", purpose),
        N("2.2", "The information shared is used only to decide on and deliver the immediate "
                 "response, to hand over care safely, and to produce anonymised monthly figures for "
                 "the Essex Crisis Care Partnership."),
        H("3  Parties", 1),
        T([["Party", "Function under this agreement", "ICO registration"]] + parties_rows,
          widths=[6, 6.5, 2.5]),
        N("3.1", "No party is the lead organisation; each is responsible for its own compliance with "
                 "this agreement."),
        H("4  Lawful basis", 1),
        N("4.1", "Essex Police shares and receives information for the law enforcement purposes and "
                 "for the protection of life under Part 3 of the Data Protection Act 2018, and under "
                 "common law policing powers."),
        N("4.2", "Health and social care parties rely on Article 6(1)(e) and Article 9(2)(h) of the UK "
                 "GDPR (provision of health or social care). Where a person lacks capacity to make a "
                 "decision about sharing, the Mental Capacity Act 2005 applies and information may be "
                 "shared in their best interests."),
        N("4.3", "Health partners also have regard to the duty to share information for direct care "
                 "introduced by the Health and Social Care Act 2015, to the common law duty of "
                 "confidentiality and to the Caldicott Principles, including Principle 7 (the duty to "
                 "share information can be as important as the duty to protect confidentiality)."),
        N("4.4", "All parties must act compatibly with the Human Rights Act 1998. The Mental Health Act "
                 "Code of Practice (2015) and the Crisis Care Concordat are guidance that the parties "
                 "will follow."),
        H("5  Information shared", 1),
        T([
            ["From", "To", "Information"],
            ["Essex Police", "Triage nurse / AMHP", "Name, DOB, location, circumstances of the incident, risk markers, any warning signals on police systems"],
            ["EPUT / NELFT", "Essex Police / EEAST", "Whether the person is known to services, care co-ordinator, crisis plan, current risk information, recommended response"],
            ["EEAST", "EPUT / NELFT", "Physical health observations and conveyance decision"],
            ["AMHP service", "Essex Police / EPUT", "Outcome of Mental Health Act assessment where relevant to the handover"],
        ], widths=[3.5, 3.5, 8]),
        N("5.1", "Information about family members or third parties is shared only where it is "
                 "relevant to risk."),
        H("6  Format, method and frequency", 1),
        N("6.1", "Sharing happens in real time, by telephone or face to face, at the point of contact. "
                 "The triage nurse records the call on the EPUT record (or NELFT record for west Essex) "
                 "and the police officer records the advice on the incident log. No lists or bulk data "
                 "are exchanged."),
        N("6.2", "Anonymised monthly activity data is sent by EPUT to the Essex Police Mental Health "
                 "Lead by secure email by the 10th working day of each month."),
        H("7  Accuracy of information", 1),
        N("7.1", "Each party records what it was told and by whom. Where information is found to be "
                 "wrong, the party that recorded it will correct its record and tell the other party "
                 "involved."),
        H("8  Informing people and their rights", 1),
        N("8.1", "Wherever it is safe and practicable, the person will be told that the officer is "
                 "speaking to a mental health professional and why. Each party's privacy notice "
                 "explains street triage. Requests for access to records will be handled by each party "
                 "for its own records."),
        H("9  Security", 1),
        N("9.1", "Calls between officers and triage nurses use the dedicated triage line, not personal "
                 "mobiles. Records are held on each party's secure systems. Staff must not record "
                 "triage information in personal notebooks beyond what is needed for the incident log."),
        H("10  Complaints", 1),
        N("10.1", "A complaint about information sharing under this agreement will be handled by the "
                  "party whose staff are complained about, through its complaints procedure. Complaints "
                  "about Essex Police are dealt with by the Professional Standards Department; complaints "
                  "about NHS parties may also be raised with their Patient Advice and Liaison Service."),
        H("11  Breaches of confidentiality", 1),
        N("11.1", "Any breach must be reported to the other parties involved within one working day "
                  "and managed under the reporting party's incident procedure."),
        H("12  Commencement, withdrawal and signatures", 1),
        N("12.1", "This agreement commences on 5 September 2022. A party may withdraw by giving "
                  "one month's written notice to the other parties."),
        sig_table([
            ["Ch Insp Emma Rutter", "Essex Police", "Force Mental Health Lead", "22/08/2022"],
            ["Dr Anand Bhide", "Essex Partnership University NHS Foundation Trust (EPUT)", "Caldicott Guardian", "24/08/2022"],
            ["Lucy Harrow", "North East London NHS Foundation Trust (NELFT)", "Integrated Care Director, West Essex", "26/08/2022"],
            ["Kevin Ashdown", "East of England Ambulance Service NHS Trust", "Head of Mental Health", "29/08/2022"],
            ["Sunita Rao", "Essex County Council", "Head of AMHP Service", "30/08/2022"],
        ]),
    ]
    return {
        "key": "police_09_essex_street_triage",
        "outputs": ["pdf_rl", "docx", "doc"],
        "meta": {
            "marking": "OFFICIAL",
            "heading_mode": "bold",
            "docx_font": "Verdana",
            "docx_size": 9.5,
            "docx_header_lines": [{"text": title, "align": "left", "size": 8}],
            "footer_text": "EP/ISA/2022/0088 v1.3",
            "docx_author": "Essex Police Information Sharing Team",
            "docx_title": "Street Triage ISA",
            "rl": {
                "layout": "plain",
                "font": "Helvetica", "bold_font": "Helvetica-Bold", "italic_font": "Helvetica-Oblique",
                "size": 9.5, "accent": "#333333", "pale": "#F0F0F0",
                "running_left": title,
                "running_right": "EP/ISA/2022/0088",
                "footer_left": "Essex Police / EPUT / NELFT / EEAST / ECC",
                "header_on_first": True,
                "margin": 2.4,
            },
        },
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": None,
            "partners": [
                party("Essex Police", "Essex Police"),
                party("Essex Partnership University NHS Foundation Trust (EPUT)", None),
                party("North East London NHS Foundation Trust (NELFT)", "North East London NHS Foundation Trust"),
                party("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
                party("Essex County Council", "Essex County Council"),
            ],
            "statutes": [
                statute("Policing and Crime Act 2017", "Policing and Crime Act", 2017, None),
                statute("section 136 of the Mental Health Act 1983", "Mental Health Act", 1983, "section 136"),
                statute("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
                statute("Article 6(1)(e) and Article 9(2)(h) of the UK GDPR", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                statute("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
                statute("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act", 2015, None),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
            ],
            "review_date": None,
            "review_basis": "none",
            "commencement_date": "2022-09-05",
            "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                                 "security", "format_frequency", "accuracy", "complaints",
                                 "breach", "agreement"],
        },
    }
