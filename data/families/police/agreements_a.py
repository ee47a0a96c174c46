"""Agreements 1-3 of the police family (Essex IOM, Kent MARAC, Hertfordshire youth OoCD)."""

from common import P, H, N, UL, T, BR, SP, TOC, TB, sig_table, statute, party


# =========================================================================== 01
# Essex Police, Integrated Offender Management, 2019.  Title only on the cover, over two
# lines, under the generic phrase.  Capitals headings, numbered paragraphs.

def a01():
    title_l1 = "Essex Integrated Offender Management"
    title_l2 = "Partnership Scheme"
    purpose = (
        "The purpose of this agreement is to enable the partner agencies to share personal "
        "and special category information about adult offenders selected for management "
        "under the Essex Integrated Offender Management (IOM) scheme, so that their risks "
        "and needs can be jointly assessed, their offending disrupted and their reoffending "
        "reduced."
    )
    parties = [
        ("Essex Police", "Competent authority; controller for police information", "Z4883472"),
        ("National Probation Service (Essex)", "Competent authority; controller", "Held by Ministry of Justice"),
        ("Essex Community Rehabilitation Company", "Competent authority; controller", "ZA058886"),
        ("HMP Chelmsford", "Competent authority (HM Prison and Probation Service establishment)", "Held by Ministry of Justice"),
        ("Essex County Council", "Controller", "Z2120726"),
        ("Southend-on-Sea Borough Council", "Controller", "Z6029331"),
        ("Thurrock Council", "Controller", "Z8228055"),
    ]
    blocks = [
        SP(30),
        P("ESSEX POLICE", align="center", bold=True, size=20, color="1F3864"),
        P("Information Management Department – Information Sharing Team", align="center", size=10),
        SP(60),
        P("INFORMATION SHARING AGREEMENT", align="center", bold=True, size=16),
        SP(10),
        P(title_l1, align="center", bold=True, size=22, color="1F3864", space=0),
        P(title_l2, align="center", bold=True, size=22, color="1F3864"),
        SP(50),
        T([
            ["ISA reference", "EP/ISA/2019/0147"],
            ["Lead organisation", "Essex Police"],
            ["Agreement owner", "Head of Information Management, Essex Police"],
            ["Author", "K. Ashworth, Information Sharing Officer"],
            ["Protective marking", "OFFICIAL"],
            ["Version", "1.2 FINAL"],
            ["Date of commencement", "01/04/2019"],
            ["Review due", "31/03/2020"],
        ], header=False, shade_first_col=True, widths=[5, 10]),
        BR(),
        H("VERSION CONTROL", 1),
        T([
            ["Version", "Date", "Author", "Summary of changes"],
            ["0.1", "11/12/2018", "K. Ashworth", "First draft following IOM Strategic Board of 04/12/2018"],
            ["0.2", "14/01/2019", "K. Ashworth", "Comments from NPS and Essex CRC incorporated"],
            ["0.3", "06/02/2019", "K. Ashworth", "Local authority partners added; legal basis wording revised"],
            ["1.0", "21/03/2019", "K. Ashworth", "Approved by Information Sharing Governance Board"],
            ["1.1", "25/03/2019", "K. Ashworth", "Contacts in Appendix B updated"],
            ["1.2", "28/03/2019", "K. Ashworth", "Signatory table completed; issued as FINAL"],
        ], widths=[2.0, 2.4, 2.8, 7.8]),
        T([
            ["Approved by", "Information Sharing Governance Board, 21/03/2019"],
            ["Distribution", "Signatory partners; IOM Single Points of Contact; published on the WEISF portal"],
            ["Related DPIA", "DPIA-2018-062 (IOM cohort management)"],
            ["Supersedes", "Essex PPO / IOM Protocol v3 (2014)"],
        ], header=False, shade_first_col=True, widths=[4, 11]),
        TOC([
            "1.  INTRODUCTION",
            "2.  PURPOSE OF THE AGREEMENT",
            "3.  PARTIES TO THE AGREEMENT",
            "4.  LEGAL BASIS FOR SHARING",
            "5.  INFORMATION TO BE SHARED",
            "6.  HOW AND WHEN INFORMATION WILL BE SHARED",
            "7.  DATA QUALITY",
            "8.  SECURITY OF INFORMATION",
            "9.  RETENTION AND DISPOSAL",
            "10. SUBJECT ACCESS AND OTHER RIGHTS",
            "11. COMPLAINTS",
            "12. SECURITY INCIDENTS AND BREACHES",
            "13. COMMENCEMENT, REVIEW AND TERMINATION",
            "14. SIGNATORIES",
            "APPENDIX A – GLOSSARY",
            "APPENDIX B – SINGLE POINTS OF CONTACT",
        ]),
        BR(),
        H("1. INTRODUCTION", 1),
        N("1.1", "Integrated Offender Management (IOM) brings a cross-agency response to the crime "
                 "and reoffending threats faced by local communities. The most persistent and "
                 "problematic offenders are identified and managed jointly by partner agencies "
                 "working together."),
        N("1.2", "In Essex the IOM scheme operates from three hubs (North, South and West) co-located "
                 "with Essex Police District Policing teams. Each hub holds a fixed cohort of "
                 "offenders, selected through the Essex IOM cohort selection matrix, who are subject "
                 "to a combination of supervision, support and, where necessary, enforcement."),
        N("1.3", "This document is an Information Sharing Agreement (ISA) as described in the Code of "
                 "Practice on the Management of Police Information (MoPI) and the College of Policing "
                 "Authorised Professional Practice on Information Management. It sits beneath the "
                 "Whole Essex Information Sharing Framework (WEISF)."),
        H("2. PURPOSE OF THE AGREEMENT", 1),
        N("2.1", purpose),
        N("2.2", "Information shared under this agreement will be used to:"),
        UL([
            "identify and select offenders for the IOM cohort and review their continued inclusion;",
            "agree a single multi-agency plan for each cohort member at the monthly IOM panel;",
            "share information on risk to the public, to known adults and children, and to staff;",
            "enable enforcement action where an offender breaches licence or order conditions;",
            "monitor the performance of the scheme using anonymised or aggregate data only.",
        ]),
        N("2.3", "This agreement does not cover the management of offenders who are subject to "
                 "Multi-Agency Public Protection Arrangements (MAPPA) at Level 2 or 3. Those cases are "
                 "governed by the Essex MAPPA information sharing arrangements, although an offender "
                 "may be managed under both."),
        H("3. PARTIES TO THE AGREEMENT", 1),
        N("3.1", "The following organisations are parties to this agreement. Each is a separate "
                 "controller for the information it holds and for the information it receives."),
        T([["Organisation", "Role under this agreement", "ICO registration"]] + [list(p) for p in parties],
          widths=[5.5, 6.5, 3.5]),
        N("3.2", "Essex Police is the lead organisation for this agreement and will hold the master "
                 "copy, co-ordinate its review and maintain the list of Single Points of Contact (SPOCs) "
                 "at Appendix B."),
        H("4. LEGAL BASIS FOR SHARING", 1),
        N("4.1", "Essex Police, the National Probation Service, the Community Rehabilitation Company "
                 "and HM Prison and Probation Service are competent authorities. Their processing of "
                 "offender information is for the law enforcement purposes and falls under Part 3 of "
                 "the Data Protection Act 2018. Sensitive processing relies on section 35(5) and "
                 "Schedule 8 (statutory purposes; administration of justice)."),
        N("4.2", "Section 115 of the Crime and Disorder Act 1998 gives any person the power to disclose "
                 "information to a relevant authority (which includes the police, probation providers "
                 "and local authorities) where disclosure is necessary or expedient for the purposes of "
                 "any provision of that Act, including the duty in section 17 to do all that the "
                 "authority reasonably can to prevent crime and disorder in its area. Section 115 is a "
                 "power, not a duty, and each disclosure must still be lawful, necessary and proportionate."),
        N("4.3", "Section 14 of the Offender Management Act 2007 allows information to be disclosed to "
                 "and by providers of probation services for the purposes of the management of "
                 "offenders."),
        N("4.4", "Where an IOM cohort member is also a MAPPA offender, section 325 of the Criminal "
                 "Justice Act 2003 requires the agencies with a duty to co-operate to share information "
                 "with the Responsible Authority."),
        N("4.5", "Local authority partners process information as controllers under the UK General "
                 "Data Protection Regulation (UK GDPR), relying on Article 6(1)(e) (public task) and, "
                 "for criminal offence data, Article 10 together with Schedule 1, Part 2, paragraph 10 "
                 "of the 2018 Act (preventing or detecting unlawful acts)."),
        N("4.6", "All sharing must be compatible with Article 8 of the European Convention on Human "
                 "Rights as given effect by the Human Rights Act 1998. An interference with private life "
                 "is justified here because it is in accordance with the law, pursues the legitimate aim "
                 "of preventing crime and protecting the rights of others, and is proportionate."),
        N("4.7", "Police information is also shared under the common law power of the police to "
                 "disclose information for a policing purpose, exercised in accordance with the MoPI "
                 "Code of Practice."),
        H("5. INFORMATION TO BE SHARED", 1),
        N("5.1", "Only the minimum information necessary for the purposes in Section 2 may be shared. "
                 "The following categories are agreed:"),
        T([
            ["Category", "Typical items", "Provided by"],
            ["Identity", "Name, aliases, date of birth, PNC ID, CRO number, NPS/CRC case reference, address", "All"],
            ["Offending", "Convictions, cautions, current orders and licences, breach history", "Police / NPS / CRC"],
            ["Intelligence", "Graded intelligence (3x5x2) relevant to current offending and risk", "Police"],
            ["Risk", "OASys summary, RoSH level, risk to children, risk to staff markers", "NPS / CRC"],
            ["Custody", "Release dates, licence conditions, prison intelligence, discharge address", "HMP Chelmsford"],
            ["Needs", "Accommodation status, substance misuse treatment status, education and employment", "Councils / CRC"],
        ], widths=[3, 9, 3.5]),
        N("5.2", "Spent convictions will be handled in accordance with the Rehabilitation of Offenders "
                 "Act 1974 and will not be disclosed outside the purposes of this agreement."),
        N("5.3", "Health information about a cohort member will only be shared with that person's "
                 "explicit consent, unless there is a risk of serious harm to others."),
        H("6. HOW AND WHEN INFORMATION WILL BE SHARED", 1),
        N("6.1", "The cohort list is produced by the Essex Police IOM analyst every Monday and sent to "
                 "partner SPOCs by secure email (pnn.police.uk, cjsm.net or gcsx-equivalent secure "
                 "domains, or Egress Switch). It must not be sent to an unsecured personal address."),
        N("6.2", "Each hub holds a monthly IOM panel. Panel minutes and action plans are recorded on "
                 "the Essex Police Athena system and circulated to attendees in redacted form within "
                 "five working days."),
        N("6.3", "Ad hoc sharing between meetings may take place by telephone where risk requires it; "
                 "the disclosure and the reason for it must be recorded by the disclosing officer the "
                 "same day."),
        H("7. DATA QUALITY", 1),
        N("7.1", "Each party is responsible for the accuracy of the information it provides. Information "
                 "should be clearly marked as fact, opinion or intelligence, with the date it was "
                 "recorded and its source."),
        N("7.2", "Where a recipient finds that information is inaccurate or out of date it must tell "
                 "the SPOC of the providing party within two working days, and the providing party will "
                 "correct its records and notify any other recipient."),
        H("8. SECURITY OF INFORMATION", 1),
        N("8.1", "Information shared under this agreement is marked OFFICIAL and some items may be "
                 "marked OFFICIAL-SENSITIVE. Parties will handle it in line with the Government Security "
                 "Classifications."),
        N("8.2", "Staff in partner agencies who have access to police information must hold Non Police "
                 "Personnel Vetting (NPPV) at level 2 or above, arranged through the Essex Police Vetting "
                 "Unit."),
        N("8.3", "Information must be stored on secure, access-controlled systems. Printed material "
                 "must be kept locked away when not in use and destroyed by cross-cut shredding or a "
                 "confidential waste contract."),
        H("9. RETENTION AND DISPOSAL", 1),
        N("9.1", "Police information is retained and reviewed under MoPI review periods. Partner "
                 "agencies will retain information received under this agreement only while the "
                 "individual remains in the IOM cohort and for 12 months after de-selection, after "
                 "which it will be securely destroyed unless it has become part of that agency's own "
                 "case record."),
        H("10. SUBJECT ACCESS AND OTHER RIGHTS", 1),
        N("10.1", "Individuals may request access to information held about them. A request received "
                  "by one party that includes information provided by another party must be referred to "
                  "the providing party before any disclosure is made, so that restrictions (for example "
                  "under section 45(4) of the 2018 Act, to avoid prejudicing the prevention or detection "
                  "of crime) can be considered."),
        N("10.2", "Cohort members are told at the point of selection that they are being managed under "
                  "IOM and that information about them will be shared between the partners, except where "
                  "telling them would prejudice an investigation."),
        H("11. COMPLAINTS", 1),
        N("11.1", "Complaints about the sharing of information will be dealt with under the complaints "
                  "procedure of the party complained about. Complaints about Essex Police are handled by "
                  "the Professional Standards Department. Parties will co-operate in investigating any "
                  "complaint that involves more than one of them."),
        H("12. SECURITY INCIDENTS AND BREACHES", 1),
        N("12.1", "Any loss, unauthorised disclosure or misuse of information shared under this "
                  "agreement must be reported to the providing party's SPOC and to the receiving party's "
                  "Data Protection Officer within 24 hours of discovery."),
        N("12.2", "The party whose staff caused the breach will lead the investigation and decide, with "
                  "the providing party, whether the breach must be reported to the Information "
                  "Commissioner's Office within 72 hours."),
        H("13. COMMENCEMENT, REVIEW AND TERMINATION", 1),
        N("13.1", "This agreement commences on 1 April 2019 and will be reviewed by the IOM Strategic "
                  "Board no later than 31 March 2020, or earlier if there is a change in the law or in "
                  "the operation of the scheme."),
        N("13.2", "A party may withdraw from this agreement by giving 30 days' notice in writing to the "
                  "Essex Police Information Sharing Team. Information already shared will continue to be "
                  "protected in accordance with this agreement."),
        H("14. SIGNATORIES", 1),
        N("14.1", "By signing, each party confirms that it accepts the terms of this agreement and will "
                  "ensure that its staff comply with them."),
        sig_table([
            ["T/Det Ch Supt Paul Whitfield", "Essex Police", "Head of Crime and Public Protection Command", "18/03/2019"],
            ["Sarah Okonjo", "National Probation Service (Essex)", "Head of Essex Probation Delivery Unit Cluster", "20/03/2019"],
            ["Martin Greaves", "Essex Community Rehabilitation Company", "Director of Operations", "20/03/2019"],
            ["Ruth Haines", "HMP Chelmsford", "Governor", "22/03/2019"],
            ["Lesley Carmody", "Essex County Council", "Director, Community Safety and Wellbeing", "25/03/2019"],
            ["Anthony Drew", "Southend-on-Sea Borough Council", "Head of Community Safety", "26/03/2019"],
            ["Priya Nandra", "Thurrock Council", "Strategic Lead, Community Protection", "27/03/2019"],
        ]),
        BR(),
        H("APPENDIX A – GLOSSARY", 1),
        T([
            ["Term", "Meaning"],
            ["IOM", "Integrated Offender Management"],
            ["MAPPA", "Multi-Agency Public Protection Arrangements"],
            ["MoPI", "Management of Police Information (Code of Practice and APP)"],
            ["NPPV", "Non Police Personnel Vetting"],
            ["OASys", "Offender Assessment System used by probation services"],
            ["PNC", "Police National Computer"],
            ["RoSH", "Risk of Serious Harm"],
            ["SPOC", "Single Point of Contact"],
        ], widths=[3, 12]),
        H("APPENDIX B – SINGLE POINTS OF CONTACT", 1),
        T([
            ["Organisation", "SPOC (post)", "Contact"],
            ["Essex Police", "IOM Manager, Crime and Public Protection Command", "iom.essex@essex.police.uk"],
            ["National Probation Service (Essex)", "Senior Probation Officer, IOM", "iom.essex@justice.gov.uk"],
            ["Essex Community Rehabilitation Company", "IOM Team Manager", "iom@essexcrc.co.uk"],
            ["HMP Chelmsford", "Head of Reducing Reoffending", "omu.chelmsford@justice.gov.uk"],
            ["Essex County Council", "Community Safety Manager", "community.safety@essex.gov.uk"],
            ["Southend-on-Sea Borough Council", "Community Safety Team Leader", "communitysafety@southend.gov.uk"],
            ["Thurrock Council", "Community Safety Partnership Manager", "csp@thurrock.gov.uk"],
        ], widths=[5, 5.5, 5]),
    ]
    return {
        "key": "police_01_essex_iom",
        "outputs": ["docx", "pdf_lo", "doc"],
        "meta": {
            "marking": "OFFICIAL",
            "heading_mode": "styled",
            "docx_font": "Arial",
            "docx_header_lines": [{"text": "Essex Police   |   ISA Ref: EP/ISA/2019/0147", "align": "right"}],
            "footer_text": "Essex Police Information Sharing Agreement v1.2",
            "docx_author": "Essex Police Information Sharing Team",
            "docx_title": "ISA EP-ISA-2019-0147",
            "toc_title": "CONTENTS",
        },
        "blocks": blocks,
        "truth": {
            "title": f"{title_l1} {title_l2}",
            "purpose": purpose,
            "lead": party("Essex Police", "Essex Police"),
            "partners": [
                party("National Probation Service (Essex)", "National Probation Service (Essex)"),
                party("Essex Community Rehabilitation Company", "Essex Community Rehabilitation Company"),
                party("HMP Chelmsford", "HMP Chelmsford"),
                party("Essex County Council", "Essex County Council"),
                party("Southend-on-Sea Borough Council", "Southend Borough Council"),
                party("Thurrock Council", "Thurrock Council"),
            ],
            "statutes": [
                statute("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
                statute("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                statute("Section 14 of the Offender Management Act 2007", "Offender Management Act", 2007, "section 14"),
                statute("section 325 of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
                statute("UK General Data Protection Regulation (UK GDPR)", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
                statute("Rehabilitation of Offenders Act 1974", "Rehabilitation of Offenders Act", 1974, None),
            ],
            "review_date": "2020-03-31",
            "review_basis": "explicit",
            "commencement_date": "2019-04-01",
            "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                                 "security", "format_frequency", "retention", "accuracy",
                                 "complaints", "breach", "agreement"],
        },
    }


# =========================================================================== 02
# Kent Police, Kent and Medway MARAC, 2023.  Drawn directly with reportlab (boxed layout,
# running header), and also as DOCX.  "Responsible organisation".  Month-only review date.
# No complaints section.  "Data Protecton Act 2018" slip.  SafeLives named but not a party.

def a02():
    title = "Multi-Agency Risk Assessment Conferences (MARAC) – Kent and Medway"
    purpose = (
        "This agreement sets out how the partner agencies will share information about victims "
        "of domestic abuse who are assessed as being at high risk of serious harm or homicide, "
        "their children, and the alleged perpetrators, so that a co-ordinated safety plan can be "
        "agreed at a MARAC and the risk to the victim and their family reduced."
    )
    P_ = [
        ("Kent Police", "Chair of each MARAC; MARAC co-ordination"),
        ("Kent County Council", "Adult Social Care; Integrated Children's Services; commissioned IDVA services"),
        ("Medway Council", "Adult Social Care; Children's Services; Housing"),
        ("NHS Kent and Medway Integrated Care Board", "Health safeguarding leads; primary care liaison"),
        ("Kent Community Health NHS Foundation Trust", "Health visiting, school nursing, community services"),
        ("Kent and Medway Mental Health NHS Trust", "Adult and older adult mental health services"),
        ("East Kent Hospitals University NHS Foundation Trust", "Emergency departments and maternity"),
        ("Medway NHS Foundation Trust", "Emergency department and maternity"),
        ("Kent Fire and Rescue Service", "Home safety and fire risk reduction"),
        ("The Probation Service – Kent, Surrey and Sussex Region", "Offender management"),
        ("Dartford Borough Council", "Housing options and community safety"),
        ("Maidstone Borough Council", "Housing options and community safety"),
    ]
    blocks = [
        P("Kent Police  •  Information Management Unit", align="right", size=9, color="1F3864"),
        SP(50),
        P("INFORMATION SHARING AGREEMENT", align="left", bold=True, size=14),
        P(title, align="left", bold=True, size=20, color="1F3864"),
        SP(16),
        T([
            ["Reference", "KP/ISA/2023/0218"],
            ["Responsible organisation", "Kent Police"],
            ["Agreement owner", "Detective Superintendent, Public Protection Command"],
            ["Author", "Information Sharing Team, Information Management Unit"],
            ["Version", "2.0"],
            ["Status", "Approved"],
            ["Approved by", "Kent and Medway Domestic Abuse Strategic Board, 14/09/2023"],
            ["Effective from", "2 October 2023"],
            ["Next review", "September 2024"],
            ["Protective marking", "OFFICIAL"],
        ], header=False, shade_first_col=True, widths=[4.5, 11]),
        SP(10),
        H("Document history", 2),
        T([
            ["Version", "Date", "Changes", "By"],
            ["1.0", "March 2019", "Original agreement, signed by partners", "IMU"],
            ["1.1", "May 2021", "Statutory definition of domestic abuse added", "IMU"],
            ["1.9", "July 2023", "Redrafted for ICB; Probation region updated; secure e-mail section rewritten", "IMU"],
            ["2.0", "September 2023", "Approved by Strategic Board", "IMU"],
        ], widths=[1.9, 2.6, 8.6, 1.5]),
        BR(),
        H("1  INTRODUCTION AND PURPOSE", 1),
        N("1.1", "Kent Police, working with the agencies listed in section 3, convenes Multi-Agency "
                 "Risk Assessment Conferences (MARACs) covering the twelve Kent districts and Medway."),
        N("1.2", purpose),
        N("1.3", "MARAC operates alongside, and does not replace, each agency's own safeguarding "
                 "procedures. A referral to MARAC does not remove the need to make a safeguarding "
                 "referral to children's or adult social care where the threshold for that is met."),
        N("1.4", "The MARAC process follows the SafeLives ten principles of an effective MARAC. The "
                 "SafeLives Dash risk identification checklist is used by all agencies to identify "
                 "high-risk cases."),
        H("2  INFORMATION TO BE SHARED", 1),
        N("2.1", "Information shared must be relevant to the risk in the case being discussed and "
                 "limited to what is needed to build the safety plan. Agencies should share:"),
        UL([
            "the victim's name, date of birth, address, and contact arrangements that are safe to use;",
            "names and dates of birth of children in the household and any other children at risk;",
            "the alleged perpetrator's name, date of birth, address and known associates;",
            "the history and pattern of abuse, including incidents reported to police;",
            "the completed Dash risk checklist and the professional judgement of the referrer;",
            "relevant health, housing, substance misuse and mental health information;",
            "current court orders, bail conditions, Domestic Violence Protection Notices and Orders;",
            "actions agreed at the conference and the agency responsible for each.",
        ]),
        N("2.2", "Information that does not relate to the risk posed, such as unrelated medical "
                 "history, must not be shared."),
        H("3  THE PARTNERS", 1),
        N("3.1", "The following organisations are partners to this agreement:"),
        T([["Partner organisation", "Services represented at MARAC"]] + [list(p[:2]) for p in P_],
          widths=[6.5, 9]),
        N("3.2", "Independent Domestic Violence Advisor (IDVA) services commissioned by Kent County "
                 "Council and Medway Council attend MARAC on behalf of the commissioning authority and "
                 "are bound by this agreement through their contracts."),
        H("4  LAWFUL BASIS", 1),
        N("4.1", "Domestic abuse is defined by section 1 of the Domestic Abuse Act 2021. The definition "
                 "includes controlling or coercive behaviour, which is also an offence under section 76 "
                 "of the Serious Crime Act 2015."),
        N("4.2", "s.115 Crime and Disorder Act 1998 provides a power for any person to share information "
                 "with a relevant authority where it is necessary or expedient for the prevention of "
                 "crime and disorder."),
        N("4.3", "Where children are involved, partners have duties under the Children Acts 1989 and "
                 "2004, including the duty of key agencies under section 11 of the 2004 Act to make "
                 "arrangements to safeguard and promote the welfare of children. For adults with care and "
                 "support needs, section 42 of the Care Act 2014 applies."),
        N("4.4", "Kent Police and the Probation Service process MARAC information for law enforcement "
                 "purposes under Part 3 of the Data Protecton Act 2018. Other partners rely on the public "
                 "task lawful basis and on the substantial public interest conditions for "
                 "safeguarding of children and individuals at risk in Schedule 1 of that Act."),
        N("4.5", "Sharing is an interference with the right to respect for private and family life "
                 "protected by the Human Rights Act 1998. It is justified by the need to protect the "
                 "victim's right to life and freedom from inhuman or degrading treatment."),
        N("4.6", "Health partners must also consider the common law duty of confidence and the "
                 "Caldicott Principles. A disclosure without consent is justified in the public interest "
                 "where there is a risk of serious harm."),
        H("5  CONSENT AND INFORMING INDIVIDUALS", 1),
        N("5.1", "Victims should be told by the referring agency that their case is being referred to "
                 "MARAC and why. Their consent is not required for the referral where the risk is high, "
                 "but their views must be recorded and passed to the MARAC co-ordinator."),
        N("5.2", "Alleged perpetrators are not told of the referral or of the information discussed, "
                 "as this could increase the risk to the victim. Requests by any individual for access "
                 "to MARAC records will be dealt with by the agency that receives them, after "
                 "consultation with the MARAC co-ordinator and Kent Police, and exemptions or "
                 "restrictions will be applied where disclosure would put someone at risk."),
        H("6  HOW INFORMATION IS EXCHANGED", 1),
        N("6.1", "MARAC meetings are held every two weeks in each area. The MARAC co-ordinator will "
                 "circulate the agenda and the referral forms to named representatives by secure email "
                 "(Egress, or between government secure domains) seven working days before the meeting."),
        N("6.2", "Agencies research each case on their own systems before the meeting and bring "
                 "relevant information to it. Minutes and action plans are issued by secure email within "
                 "five working days. Urgent cases can be discussed at an extraordinary MARAC convened "
                 "within 48 hours."),
        N("6.3", "Meetings held on Microsoft Teams must use a meeting link issued by Kent Police; "
                 "attendees must join from a private location and must not record the meeting."),
        H("7  ACCURACY", 1),
        N("7.1", "Each agency is responsible for the accuracy of what it shares and must say where "
                 "information is unverified. Corrections will be sent to the MARAC co-ordinator, who will "
                 "circulate them to all attendees and amend the minutes."),
        H("8  KEEPING INFORMATION SAFE", 1),
        N("8.1", "MARAC documents are marked OFFICIAL-SENSITIVE. They must be stored in restricted "
                 "folders or case management systems with access limited to staff who need it, and must "
                 "not be printed unless necessary."),
        N("8.2", "Everyone attending a MARAC will sign the confidentiality statement at the start of "
                 "each meeting."),
        H("9  RETENTION", 1),
        N("9.1", "MARAC minutes are held by Kent Police as the master record and retained in line with "
                 "MoPI. Partner agencies should record on their own case file only the information and "
                 "actions relevant to their agency, and retain it under their own retention schedules. "
                 "Agenda papers held by attendees must be destroyed once the minutes are received."),
        H("10  BREACHES OF THIS AGREEMENT", 1),
        N("10.1", "Any breach of confidentiality or loss of MARAC information must be reported "
                  "immediately to the MARAC co-ordinator and to the Data Protection Officer of the "
                  "agency responsible. The co-ordinator will inform the MARAC chair and Kent Police "
                  "Information Management Unit."),
        N("10.2", "Repeated or serious breaches may lead to an agency being excluded from MARAC until "
                  "the Kent and Medway Domestic Abuse Strategic Board is satisfied that it has taken "
                  "corrective action."),
        H("11  COMMENCEMENT AND SIGNATURE", 1),
        N("11.1", "This agreement comes into effect on 2 October 2023 and replaces version 1.1. It will "
                  "be reviewed in September 2024 by the Information Management Unit on behalf of the "
                  "Strategic Board."),
        N("11.2", "A partner may leave this agreement by written notice to Kent Police, but remains "
                  "bound by its terms for any information already received."),
        sig_table([
            ["Det Supt Helen Marsh", "Kent Police", "Head of Public Protection", "19/09/2023"],
            ["Jonathan Pike", "Kent County Council", "Director of Adult Social Care", "21/09/2023"],
            ["Carol Ndlovu", "Medway Council", "Assistant Director, Children's Social Care", "22/09/2023"],
            ["Dr Amir Bhatt", "NHS Kent and Medway Integrated Care Board", "Director of Safeguarding", "25/09/2023"],
            ["Fiona Lester", "Kent Community Health NHS Foundation Trust", "Chief Nurse", "25/09/2023"],
            ["Greg Tanner", "Kent and Medway Mental Health NHS Trust", "Director of Nursing", "26/09/2023"],
            ["Ruth Olawale", "East Kent Hospitals University NHS Foundation Trust", "Head of Safeguarding", "26/09/2023"],
            ["Sian Porter", "Medway NHS Foundation Trust", "Named Nurse, Adult Safeguarding", "27/09/2023"],
            ["AC Derek Lowe", "Kent Fire and Rescue Service", "Assistant Director, Prevention", "27/09/2023"],
            ["Anita Shah", "The Probation Service – Kent, Surrey and Sussex Region", "Head of Public Protection", "28/09/2023"],
            ["Mark Colley", "Dartford Borough Council", "Head of Housing", "29/09/2023"],
            ["Elaine Fuller", "Maidstone Borough Council", "Community Protection Manager", "29/09/2023"],
        ]),
        H("APPENDIX 1 – MARAC REFERRAL CRITERIA", 1),
        UL([
            "Professional judgement: the referrer has serious concerns about the victim's safety.",
            "Visible high risk: 14 or more 'yes' answers on the Dash risk checklist.",
            "Escalation: three or more police call-outs in 12 months.",
            "Repeat: any new incident within 12 months of a previous MARAC.",
        ]),
    ]
    return {
        "key": "police_02_kent_marac",
        "outputs": ["pdf_rl", "docx"],
        "meta": {
            "marking": "OFFICIAL",
            "heading_mode": "bold",
            "docx_font": "Calibri",
            "docx_header_lines": [{"text": "Kent Police – ISA KP/ISA/2023/0218 – MARAC", "align": "left"}],
            "footer_text": "Kent Police IMU",
            "docx_author": "Kent Police Information Management Unit",
            "docx_title": "MARAC ISA v2.0",
            "rl": {
                "layout": "boxed",
                "font": "Helvetica", "bold_font": "Helvetica-Bold", "italic_font": "Helvetica-Oblique",
                "size": 9.5, "accent": "#0B3D6E", "pale": "#D6E4F0",
                "running_left": "Kent Police – Information Sharing Agreement – MARAC",
                "running_right": "Ref. KP/ISA/2023/0218 v2.0",
                "footer_left": "Kent Police Information Management Unit",
                "header_on_first": True,
            },
        },
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": party("Kent Police", None),
            "partners": [party(p[0], None) for p in P_[1:]],
            "statutes": [
                statute("section 1 of the Domestic Abuse Act 2021", "Domestic Abuse Act", 2021, "section 1"),
                statute("section 76 of the Serious Crime Act 2015", "Serious Crime Act", 2015, "section 76"),
                statute("s.115 Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                statute("Children Acts 1989 and 2004", "Children Act", 1989, None),
                statute("Children Acts 1989 and 2004", "Children Act", 2004, "section 11"),
                statute("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
                statute("Part 3 of the Data Protecton Act 2018", "Data Protection Act", 2018, "Part 3"),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
            ],
            "review_date": "2024-09-30",
            "review_basis": "explicit",
            "commencement_date": "2023-10-02",
            "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                                 "security", "format_frequency", "retention", "accuracy",
                                 "breach", "agreement"],
        },
    }


# =========================================================================== 03
# Hertfordshire Constabulary, youth out of court disposals, 2022.  Title only in the Word
# header (and so on every page of the PDF).  "led by" in prose.  Review relative to the
# commencement date.  No accuracy and no complaints section.  "Rehabilitation of Offender
# Act" slip.  Hertfordshire Partnership University NHS Foundation Trust is in the registry;
# Hertfordshire County Council is not Essex County Council.

def a03():
    title = "Out of Court Disposals for Children and Young People (Joint Decision Making Panel)"
    purpose = (
        "This agreement allows Hertfordshire Constabulary and its partners to share information "
        "about children aged 10 to 17 who have admitted an offence, so that the Joint Decision "
        "Making Panel can decide on the most appropriate out of court disposal and the Youth "
        "Justice Service can deliver any intervention attached to it."
    )
    blocks = [
        P("INFORMATION SHARING AGREEMENT", align="center", bold=True, size=18),
        P("Hertfordshire Constabulary – Information Management Unit", align="center", size=10),
        SP(8),
        T([
            ["ISA number", "HC/IMU/ISA/2022/031"],
            ["Version", "1.0 (Final)"],
            ["Date issued", "16 May 2022"],
            ["Author", "D. Fenwick, Information Sharing Adviser"],
            ["Information Asset Owner", "Chief Inspector, Youth Justice and Prevention"],
            ["Review", "See section 9"],
            ["DPIA reference", "HC-DPIA-0412"],
            ["Classification", "OFFICIAL"],
        ], header=False, shade_first_col=True, widths=[5, 10]),
        H("Version history", 2),
        T([
            ["Version", "Date", "Comment"],
            ["0.1", "02/02/2022", "Initial draft for the Youth Justice Management Board"],
            ["0.2", "08/03/2022", "Health partners' comments; data items table revised"],
            ["0.3", "19/04/2022", "Legal Services review"],
            ["1.0", "16/05/2022", "Final for signature"],
        ], widths=[2, 3, 10]),
        H("1. BACKGROUND", 1),
        N("1.1", "Section 37 of the Crime and Disorder Act 1998 sets the principal aim of the youth "
                 "justice system: to prevent offending by children and young persons. Out of court "
                 "disposals (Community Resolutions, Youth Cautions and Youth Conditional Cautions) allow "
                 "a child who admits a low or medium level offence to be dealt with without prosecution."),
        N("1.2", "Since 2013 youth cautions have been available under the framework introduced by "
                 "section 135 of the Legal Aid, Sentencing and Punishment of Offenders Act 2012. In "
                 "Hertfordshire, decisions on disposals for children are made jointly by the police and "
                 "the Youth Justice Service at a weekly Joint Decision Making Panel (JDMP)."),
        N("1.3", "The panel is led by Hertfordshire Constabulary, which chairs each meeting, holds the "
                 "record of decisions and is responsible for this agreement. The Youth Justice Service "
                 "assesses each child and advises the panel."),
        H("2. PURPOSE", 1),
        N("2.1", purpose),
        N("2.2", "The information will also be used, in anonymised form, to monitor the panel's "
                 "decisions for disproportionality, including by ethnicity, gender and looked after "
                 "status, and to report to the Youth Justice Management Board."),
        H("3. PARTIES", 1),
        N("3.1", "The parties to this agreement are:"),
        T([
            ["Party", "Service", "Role"],
            ["Hertfordshire Constabulary", "Youth Justice and Prevention; Out of Court Disposals Team", "Chair of JDMP; competent authority"],
            ["Hertfordshire County Council", "Youth Justice Service (YJS)", "Assessment and interventions; controller"],
            ["Hertfordshire Partnership University NHS Foundation Trust", "Liaison and Diversion; CAMHS", "Health screening advice; controller"],
            ["Hertfordshire Community NHS Trust", "School nursing; looked after children's health", "Health information on request; controller"],
        ], widths=[5, 5.5, 5]),
        N("3.2", "Schools, colleges and voluntary sector providers are not parties. Where a child's "
                 "intervention involves them, the Youth Justice Service will share only what is needed "
                 "and under its own arrangements."),
        H("4. INFORMATION TO BE SHARED", 1),
        T([
            ["From", "Information"],
            ["Hertfordshire Constabulary", "Offence details and MG forms; the child's admission; previous disposals and convictions; intelligence relevant to exploitation risk; victim's views on the outcome"],
            ["Youth Justice Service", "Asset+ or screening assessment; children's social care status (child in need, child protection, looked after); education status; recommended disposal"],
            ["Hertfordshire Partnership University NHS Foundation Trust", "Outcome of Liaison and Diversion screening; whether the child is known to CAMHS; speech, language and communication needs"],
            ["Hertfordshire Community NHS Trust", "Health needs relevant to the choice of disposal, on request only"],
        ], widths=[5, 10.5]),
        N("4.1", "Victims' details are shared with the Youth Justice Service only for the purpose of "
                 "offering restorative justice and recording the victim's views, and only with the "
                 "victim's agreement."),
        H("5. LEGISLATION", 1),
        N("5.1", "The police may share information with the Youth Justice Service under section 115 of "
                 "the Crime and Disorder Act 1998 and under common law policing powers. Section 39 of that "
                 "Act establishes youth offending teams and requires the police to be represented in them."),
        N("5.2", "The local authority has duties under section 17 of the Children Act 1989 (children in "
                 "need) and all parties are subject to the duty under section 11 of the Children Act 2004 "
                 "to safeguard and promote the welfare of children."),
        N("5.3", "Police processing is for law enforcement purposes under Part 3 of the DPA 2018. The "
                 "council and NHS parties process under the UK GDPR, Article 6(1)(e), with Article 9(2)(g) "
                 "and Article 10 conditions met through Schedule 1 of the DPA 2018."),
        N("5.4", "The interview of a child suspect and the recording of an admission are governed by "
                 "the Police and Criminal Evidence Act 1984 and its Codes of Practice."),
        N("5.5", "Youth Cautions and Youth Conditional Cautions become spent immediately or after three "
                 "months under the Rehabilitation of Offender Act 1974. Community Resolutions are not "
                 "convictions or cautions and must not be described as such."),
        N("5.6", "The parties will act in accordance with the Human Rights Act 1998, the Youth Justice "
                 "Board's Child First principle and the Case Management Guidance."),
        H("6. HOW INFORMATION IS SHARED", 1),
        N("6.1", "The Out of Court Disposals Team sends the list of referred children to the JDMP "
                 "members every Wednesday by secure email. The panel meets every Friday by Microsoft "
                 "Teams. Decisions are recorded by the police on the Athena record and by the YJS on "
                 "ChildView on the same day."),
        N("6.2", "Health partners reply to specific questions from the panel by secure email within "
                 "three working days. They do not receive the full referral list."),
        H("7. SECURITY", 1),
        N("7.1", "Information will be transferred only between secure email domains (for example "
                 "herts.police.uk, hertfordshire.gov.uk, nhs.net) or by Egress. Panel papers must not be "
                 "printed. Each party will ensure its staff are trained in data protection and that "
                 "access to panel records is restricted to the staff involved."),
        H("8. RETENTION, INDIVIDUALS' RIGHTS AND TRANSPARENCY", 1),
        N("8.1", "Police records of out of court disposals are retained in accordance with MoPI. YJS "
                 "records are retained until the child's 25th birthday or for six years after the case "
                 "closes, whichever is later. Health partners retain information in line with the NHS "
                 "Records Management Code of Practice."),
        N("8.2", "The child and their parent or carer are told at the point of the admission that "
                 "information will be shared with the Youth Justice Service and health partners. The "
                 "parties' privacy notices describe the sharing. Requests for access, rectification or "
                 "erasure will be handled by the party that receives them, which will consult the other "
                 "parties before releasing information that they provided."),
        H("9. REVIEW", 1),
        N("9.1", "This agreement will be reviewed 12 months after its commencement date, and at any "
                 "time if there are significant changes to the out of court disposal framework."),
        H("10. BREACH", 1),
        N("10.1", "Any actual or suspected data breach involving information shared under this "
                  "agreement must be reported to the other parties within 24 hours. Each party will "
                  "assess whether the breach must be notified to the Information Commissioner."),
        H("11. SIGNATURES", 1),
        N("11.1", "This agreement commences on 1 June 2022. Any party may terminate its participation "
                  "on three months' written notice to Hertfordshire Constabulary."),
        sig_table([
            ["Supt Laura Beckett", "Hertfordshire Constabulary", "Head of Community Safety and Partnerships", "23/05/2022"],
            ["Colin Abara", "Hertfordshire County Council", "Head of Youth Justice Service", "25/05/2022"],
            ["Dr Helen Sowerby", "Hertfordshire Partnership University NHS Foundation Trust", "Caldicott Guardian", "27/05/2022"],
            ["Mary Kinsella", "Hertfordshire Community NHS Trust", "Data Protection Officer", "30/05/2022"],
        ]),
    ]
    return {
        "key": "police_03_herts_youth_oocd",
        "outputs": ["docx", "pdf_lo", "doc"],
        "meta": {
            "marking": "OFFICIAL",
            "heading_mode": "bold",
            "docx_font": "Arial",
            "docx_size": 10.5,
            "docx_header_lines": [
                {"text": "Hertfordshire Constabulary", "align": "left", "size": 8, "bold": True},
                {"text": title, "align": "left", "size": 9},
            ],
            "footer_text": "HC/IMU/ISA/2022/031 v1.0",
            "docx_author": "Hertfordshire Constabulary IMU",
            "docx_title": "",
        },
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": party("Hertfordshire Constabulary", None),
            "partners": [
                party("Hertfordshire County Council", None),
                party("Hertfordshire Partnership University NHS Foundation Trust",
                      "Hertfordshire Partnership University NHS Foundation Trust"),
                party("Hertfordshire Community NHS Trust", None),
            ],
            "statutes": [
                statute("Section 37 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 37"),
                statute("section 135 of the Legal Aid, Sentencing and Punishment of Offenders Act 2012",
                        "Legal Aid, Sentencing and Punishment of Offenders Act", 2012, "section 135"),
                statute("section 17 of the Children Act 1989", "Children Act", 1989, "section 17"),
                statute("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
                statute("Part 3 of the DPA 2018", "Data Protection Act", 2018, "Part 3"),
                statute("UK GDPR", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                statute("Police and Criminal Evidence Act 1984", "Police and Criminal Evidence Act", 1984, None),
                statute("Rehabilitation of Offender Act 1974", "Rehabilitation of Offenders Act", 1974, None),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
            ],
            "review_date": "2023-06-01",
            "review_basis": "relative",
            "commencement_date": "2022-06-01",
            "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                                 "security", "format_frequency", "retention", "breach", "agreement"],
        },
    }
