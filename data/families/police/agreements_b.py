"""Agreements 4-6 of the police family (cross-border county lines, Essex HFSV, Met SVD)."""

from common import P, H, N, UL, T, BR, SP, TOC, TB, COLSTART, sig_table, statute, party


# =========================================================================== 04
# Multi-force county lines agreement, 2021.  Title in a Word text box on the cover.
# No lead: parties only.  Lancashire IMU "prepared" it on behalf of the parties.  No review
# date and no commencement date.  No individuals' rights and no complaints section.
# "Regulation of Investigatory Power Act 2000" slip.

def a04():
    title = "County Lines Cross-Border Tasking and Intelligence Sharing"
    purpose = (
        "The purpose of this agreement is to allow the parties to share personal data, "
        "intelligence and operational information about people and networks involved in county "
        "lines drug supply, and about the children and vulnerable adults they exploit, so that "
        "offenders can be identified and pursued across force boundaries and victims safeguarded."
    )
    parties_rows = [
        ["Lancashire Constabulary", "Police force", "Saunders Lane, Hutton, Preston, PR4 5SB"],
        ["Metropolitan Police Service", "Police force", "New Scotland Yard, Victoria Embankment, London, SW1A 2JL"],
        ["Merseyside Police", "Police force", "Rose Hill Avenue, Liverpool, L3 6BA"],
        ["West Midlands Police", "Police force", "Lloyd House, Colmore Circus, Birmingham, B4 6NQ"],
        ["British Transport Police", "Police force (railways)", "25 Camden Road, London, NW1 9LN"],
        ["Essex Police", "Police force", "PO Box 2, Springfield, Chelmsford, CM2 6DA"],
        ["National Crime Agency", "Law enforcement agency", "Units 1-6 Citadel Place, Tinworth Street, London, SE11 5EF"],
    ]
    blocks = [
        SP(20),
        P("OFFICIAL", align="center", bold=True, size=12),
        SP(40),
        TB([
            ("INFORMATION SHARING AGREEMENT", 12, False),
            (title, 20, True),
            ("between police forces in England and the National Crime Agency", 11, False),
        ]),
        SP(40),
        T([
            ["Agreement reference", "NW-ISA-CL-2021-07"],
            ["Version", "1.0"],
            ["Date of issue", "15 February 2021"],
            ["Prepared by", "Information Management Unit, Lancashire Constabulary, on behalf of the parties"],
            ["Protective marking", "OFFICIAL"],
            ["Handling", "Not for publication outside the parties without the agreement of all parties"],
        ], header=False, shade_first_col=True, widths=[5, 10]),
        BR(),
        H("DOCUMENT CONTROL", 1),
        T([
            ["Version", "Date", "Author", "Change"],
            ["0.1", "20/10/2020", "Lancashire IMU", "Initial draft following regional tasking meeting"],
            ["0.2", "30/11/2020", "Lancashire IMU", "MPS and BTP comments"],
            ["0.3", "12/01/2021", "Lancashire IMU", "NCA legal gateway text added; Essex Police joined"],
            ["1.0", "15/02/2021", "Lancashire IMU", "Issued for signature"],
        ], widths=[2.0, 2.6, 3.4, 7.0]),
        TOC([
            "1  Introduction",
            "2  Purpose",
            "3  Parties",
            "4  Legal gateways",
            "5  Information to be shared",
            "6  Means and frequency of sharing",
            "7  Data quality and grading",
            "8  Security",
            "9  Retention and review of records",
            "10 Security incidents",
            "11 Status, variation and withdrawal",
            "12 Signatures",
        ]),
        BR(),
        H("1 INTRODUCTION", 1),
        N("1.1", "County lines is the term for gangs and organised criminal networks that supply drugs "
                 "from urban hubs into other areas, using dedicated mobile phone lines and exploiting "
                 "children and vulnerable adults to move and store drugs and cash. A single line will "
                 "often cross the boundaries of several forces."),
        N("1.2", "The National County Lines Coordination Centre (NCLCC), jointly staffed by the National "
                 "Crime Agency and police officers and supported by Home Office funding, co-ordinates the "
                 "national response. This agreement sits alongside the national arrangements and "
                 "the regional organised crime unit tasking process."),
        H("2 PURPOSE", 1),
        N("2.1", purpose),
        N("2.2", "In particular the agreement supports:"),
        UL([
            "the exchange of line-holder, runner and address information between exporting and importing forces;",
            "joint intensification weeks and co-ordinated arrests;",
            "safeguarding referrals for children and adults found in cuckooed addresses or on trains;",
            "the identification of victims of modern slavery and referral to the National Referral Mechanism;",
            "the preparation of evidence for prosecution, including under the Modern Slavery Act 2015.",
        ]),
        H("3 PARTIES", 1),
        N("3.1", "This agreement is made between the following parties. Each party is a competent "
                 "authority and a separate controller. No single party is the lead; decisions about the "
                 "agreement are taken jointly at the quarterly cross-border tasking meeting."),
        T([["Party", "Type", "Address"]] + parties_rows, widths=[4.8, 3.4, 7.3]),
        H("4 LEGAL GATEWAYS", 1),
        N("4.1", "All processing under this agreement is for the law enforcement purposes and is "
                 "governed by Part 3 of the Data Protection Act 2018. Sensitive processing of information "
                 "such as health or sexual life is permitted only where strictly necessary and where a "
                 "Schedule 8 condition is met."),
        N("4.2", "Police forces share information under their common law powers for policing purposes. "
                 "The Code of Practice on the Management of Police Information, issued under section 39A "
                 "of the Police Act 1996, and the associated APP require information to be shared where "
                 "this is necessary for a policing purpose."),
        N("4.3", "Disclosure to and by the National Crime Agency is permitted by section 7 of the Crime "
                 "and Courts Act 2013."),
        N("4.4", "The offences under investigation will usually include supply and possession with "
                 "intent to supply controlled drugs under the Misuse of Drugs Act 1971, offences under "
                 "the Modern Slavery Act 2015, and applications for gang-related injunctions under Part "
                 "4 of the Policing and Crime Act 2009."),
        N("4.5", "Information obtained by covert means remains subject to the Regulation of "
                 "Investigatory Power Act 2000 and to any handling conditions attached by the originating "
                 "force. Material that may be relevant to a prosecution must be recorded and retained in "
                 "accordance with the Criminal Procedure and Investigations Act 1996."),
        N("4.6", "Each disclosure must be necessary and proportionate, having regard to the Human Rights "
                 "Act 1998 and in particular Article 8."),
        H("5 INFORMATION TO BE SHARED", 1),
        T([
            ["Category", "Examples"],
            ["Nominals", "Name, date of birth, PNC ID, aliases, addresses, descriptions, photographs"],
            ["Lines", "Line names, handset and SIM identifiers, attribution, deal line messages"],
            ["Locations", "Cuckooed addresses, trap houses, transport routes, stations used"],
            ["Vehicles", "VRMs, hire vehicles, ANPR hits"],
            ["Victims", "Children and adults exploited, missing episodes, safeguarding referrals made"],
            ["Operational", "Warrants, arrests, seizures, charges, bail conditions, court results"],
        ], widths=[3.5, 12]),
        N("5.1", "Intelligence will be shared using the 3x5x2 grading and handling codes. Information "
                 "that identifies a covert human intelligence source must not be shared under this "
                 "agreement."),
        H("6 MEANS AND FREQUENCY OF SHARING", 1),
        N("6.1", "Routine intelligence is exchanged between Force Intelligence Bureaux by secure email "
                 "between pnn.police.uk and nca.gov.uk domains, or through the Police National Database "
                 "where the information is already held there."),
        N("6.2", "A joint tasking meeting is held every quarter, with weekly conference calls during "
                 "intensification periods. Live operational information may be passed by telephone or "
                 "Airwave between control rooms and must be recorded on the receiving force's systems "
                 "within 24 hours."),
        H("7 DATA QUALITY AND GRADING", 1),
        N("7.1", "The disclosing party is responsible for the accuracy of what it shares and for "
                 "grading it correctly. If a receiving party finds that information is wrong or has been "
                 "superseded, it will tell the disclosing party's Force Intelligence Bureau, which will "
                 "correct the record and notify any other party to whom the information was passed."),
        H("8 SECURITY", 1),
        N("8.1", "Information is shared at OFFICIAL or OFFICIAL-SENSITIVE under the Government Security "
                 "Classifications. Material classified SECRET or above is out of scope and must be "
                 "exchanged through the appropriate secure channels."),
        N("8.2", "Only vetted staff with a policing purpose may access information received. Parties will "
                 "audit access to shared records in line with their own information security policies."),
        H("9 RETENTION AND REVIEW OF RECORDS", 1),
        N("9.1", "Each receiving party becomes the controller of the copy it holds and will retain, "
                 "review and dispose of it in line with MoPI and its own retention schedule. The NCA "
                 "will apply its own retention policy. Material relevant to criminal proceedings is "
                 "retained for at least the periods set by the CPIA Code of Practice."),
        H("10 SECURITY INCIDENTS", 1),
        N("10.1", "A party that loses information or discloses it without authority must tell the "
                  "disclosing party's Information Security Officer within 24 hours. The parties will "
                  "co-operate on any investigation and on any notification to the Information "
                  "Commissioner's Office."),
        H("11 STATUS, VARIATION AND WITHDRAWAL", 1),
        N("11.1", "This agreement is not a legally binding contract. It may be varied by written "
                  "agreement of all parties. A party may withdraw on one month's written notice to the "
                  "other parties; information already shared remains subject to this agreement."),
        N("11.2", "Further forces may join the agreement by signing it with the consent of the "
                  "existing parties."),
        H("12 SIGNATURES", 1),
        sig_table([
            ["Det Ch Supt Andrew Hollis", "Lancashire Constabulary", "Head of Crime", "22/02/2021"],
            ["Cdr Julia Ferris", "Metropolitan Police Service", "Commander, Frontline Policing", "01/03/2021"],
            ["Det Supt Gary Mold", "Merseyside Police", "Head of Serious and Organised Crime", "24/02/2021"],
            ["Det Ch Supt Imran Qureshi", "West Midlands Police", "Head of Force CID", "03/03/2021"],
            ["Det Supt Claire Ormond", "British Transport Police", "County Lines Taskforce lead", "26/02/2021"],
            ["Det Supt Neil Barrow", "Essex Police", "Head of Serious Crime Directorate", "05/03/2021"],
            ["Rebecca Quinn", "National Crime Agency", "Director, Investigations", "09/03/2021"],
        ]),
    ]
    return {
        "key": "police_04_county_lines_crossborder",
        "outputs": ["docx", "pdf_lo"],
        "meta": {
            "marking": "OFFICIAL",
            "heading_mode": "styled",
            "docx_font": "Arial",
            "docx_size": 10.5,
            "docx_header_lines": [{"text": "Ref: NW-ISA-CL-2021-07", "align": "right"}],
            "footer_text": "County lines ISA v1.0",
            "docx_author": "Lancashire Constabulary IMU",
            "docx_title": "",
            "toc_title": "Contents",
        },
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": None,
            "partners": [party(r[0], "Essex Police" if r[0] == "Essex Police" else None) for r in parties_rows],
            "statutes": [
                statute("Modern Slavery Act 2015", "Modern Slavery Act", 2015, None),
                statute("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
                statute("section 39A of the Police Act 1996", "Police Act", 1996, "section 39A"),
                statute("section 7 of the Crime and Courts Act 2013", "Crime and Courts Act", 2013, "section 7"),
                statute("Misuse of Drugs Act 1971", "Misuse of Drugs Act", 1971, None),
                statute("Part 4 of the Policing and Crime Act 2009", "Policing and Crime Act", 2009, "Part 4"),
                statute("Regulation of Investigatory Power Act 2000", "Regulation of Investigatory Powers Act", 2000, None),
                statute("Criminal Procedure and Investigations Act 1996", "Criminal Procedure and Investigations Act", 1996, None),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
            ],
            "review_date": None,
            "review_basis": "none",
            "commencement_date": None,
            "sections_present": ["purpose", "information_shared", "legal_basis", "security",
                                 "format_frequency", "retention", "accuracy", "breach", "agreement"],
        },
    }


# =========================================================================== 05
# Essex Police to Essex County Fire and Rescue Service, home fire safety referrals, 2021.
# Drawn with reportlab in two columns; PDF only.  "Agreement owner".  Review date in
# prose.  Information and method merged under one heading.  No breach section.  Cites the
# repealed DPA 1998 (as history) and a statutory instrument (the Fire Safety Order).

def a05():
    title = "Referral of Vulnerable Persons for Home Fire Safety Visits"
    purpose = (
        "This agreement allows Essex Police officers and staff, and East of England Ambulance "
        "Service crews, to refer people they meet who are at increased risk of fire in the home "
        "to Essex County Fire and Rescue Service, so that the Service can offer and carry out a "
        "Safe and Well visit and reduce the risk of injury or death from fire."
    )
    blocks = [
        P("ESSEX POLICE  |  ESSEX COUNTY FIRE AND RESCUE SERVICE", align="left", bold=True, size=9, color="8B0000"),
        P("INFORMATION SHARING AGREEMENT", align="left", bold=True, size=13),
        P(title, align="left", bold=True, size=18, color="1F3864"),
        T([
            ["ISA ref.", "EP/ISA/2021/0063", "Version", "1.0"],
            ["Agreement owner", "Essex Police", "Owner's contact", "Information Sharing Team"],
            ["Author", "R. Petrou, Information Sharing Officer", "Approved", "Essex Emergency Services Collaboration Board, 10/11/2021"],
            ["Marking", "OFFICIAL", "DPIA", "ECFRS DPIA 21-014"],
        ], header=False, widths=[2.6, 5, 2.6, 5]),
        COLSTART(),
        H("1. WHY WE ARE SHARING", 1),
        N("1.1", "People who die in house fires are very often known to other services before the "
                 "fire. Police officers and ambulance crews visit homes every day and are well placed "
                 "to spot risks such as hoarding, smoking in bed, evidence of previous fires, or a "
                 "person with limited mobility living alone."),
        N("1.2", purpose),
        N("1.3", "It also allows the Service to tell the referring organisation that a visit has been "
                 "completed or declined, and to raise a safeguarding concern where the visit finds one."),
        H("2. WHO IS SIGNED UP", 1),
        T([
            ["Organisation", "Role"],
            ["Essex Police", "Refers; receives outcome"],
            ["Essex County Fire and Rescue Service", "Receives referral; carries out visit"],
            ["East of England Ambulance Service NHS Trust", "Refers; receives outcome"],
        ], widths=[5, 3]),
        N("2.1", "Each organisation is a separate controller. Neither the Police, Fire and Crime "
                 "Commissioner for Essex nor Essex County Council is a party, although both are kept "
                 "informed through the Collaboration Board."),
        H("3. THE LAW", 1),
        N("3.1", "Section 6 of the Fire and Rescue Services Act 2004 requires a fire and rescue "
                 "authority to make provision for promoting fire safety in its area, including giving "
                 "advice on how to prevent fires and on means of escape."),
        N("3.2", "Section 2 of the Policing and Crime Act 2017 places a duty on police, fire and "
                 "ambulance services to keep collaboration opportunities under review where "
                 "collaboration would be in the interests of efficiency or effectiveness."),
        N("3.3", "Essex Police collects information about the people it refers for the law "
                 "enforcement purposes defined in section 31 of the Data Protection Act 2018. Passing it "
                 "to ECFRS is processing for a different purpose and is permitted because the "
                 "Service's processing is authorised by law."),
        N("3.4", "ECFRS and EEAST rely on Article 6(1)(e) UK GDPR (public task). Where health "
                 "information is included, Article 9(2)(g) applies together with the safeguarding "
                 "condition in Schedule 1 to the 2018 Act. Consent is sought in every case, but it is "
                 "not the lawful basis."),
        N("3.5", "Sharing also supports the duty of both organisations, as responsible authorities, "
                 "under section 17 of the Crime & Disorder Act 1998, and is consistent with the "
                 "Human Rights Act 1998."),
        N("3.6", "Visits to premises that are not private dwellings (for example houses in multiple "
                 "occupation) may lead to enforcement under the Regulatory Reform (Fire Safety) Order "
                 "2005. Referrals under this agreement are not used for enforcement."),
        H("4. WHAT WILL BE SHARED AND HOW", 1),
        N("4.1", "The referrer completes the Safe and Well referral form, which asks for:"),
        UL([
            "name, address, telephone number and date of birth;",
            "the reason for referral and the risks seen (from a tick list);",
            "whether the person has consented to the referral;",
            "any risk to visiting staff (for example dogs, aggression, weapons);",
            "the referrer's name, collar or staff number and contact details.",
        ]),
        N("4.2", "Police officers submit the form through the Essex Police intranet, which sends it "
                 "to the ECFRS Community Safety hub mailbox by secure email. EEAST crews use the "
                 "electronic patient care record referral option. Referrals are sent as they arise, "
                 "and ECFRS aims to contact the person within 10 working days."),
        N("4.3", "ECFRS sends a monthly outcome report to each referring organisation listing the "
                 "referral reference, the date of the visit or the reason it did not take place. It does "
                 "not contain health details found at the visit."),
        H("5. TELLING PEOPLE", 1),
        N("5.1", "The referrer explains the referral to the person and records whether they agreed. "
                 "If the person does not have capacity to agree, the referral may still be made in "
                 "their best interests. The organisations' privacy notices describe the sharing, and "
                 "people can ask any of them for a copy of the information held about them or for it "
                 "to be corrected."),
        H("6. ACCURACY", 1),
        N("6.1", "Referrers must check the address with the person before submitting the form. "
                 "ECFRS will tell the referrer if the details are wrong and will correct its own "
                 "records after the visit."),
        H("7. SECURITY", 1),
        N("7.1", "Referral forms are marked OFFICIAL. They must only be sent by the secure routes "
                 "above and held in the ECFRS Community Safety system, to which access is limited to "
                 "Community Safety staff."),
        H("8. HOW LONG WE KEEP IT", 1),
        N("8.1", "ECFRS keeps referral forms and visit records for six years from the date of the "
                 "visit. Essex Police keeps a record of the referral on the incident log under MoPI. "
                 "EEAST holds the referral within the patient record."),
        H("9. COMPLAINTS", 1),
        N("9.1", "Complaints about a referral or visit should be made to the organisation concerned "
                 "using its own complaints procedure. Where the complaint concerns more than one "
                 "organisation, the one receiving it will co-ordinate the response."),
        H("10. START, REVIEW AND ENDING", 1),
        N("10.1", "This agreement comes into force on 1 December 2021. It replaces the 2016 referral "
                  "protocol between Essex Police and ECFRS, which was written under the Data Protection "
                  "Act 1998 and is withdrawn."),
        N("10.2", "This agreement will be reviewed no later than 30 November 2023 by the Essex Police "
                  "Information Sharing Team with ECFRS and EEAST. Any party may end its participation "
                  "by giving one month's notice in writing."),
        H("11. SIGNED FOR THE PARTIES", 1),
        sig_table([
            ["ACC Jane Orford", "Essex Police", "Assistant Chief Constable", "16/11/2021"],
            ["DCFO Nick Hadley", "Essex County Fire and Rescue Service", "Director of Prevention", "19/11/2021"],
            ["Tom Aspin", "East of England Ambulance Service NHS Trust", "Head of Information Governance", "24/11/2021"],
        ], widths=(3, 3.6, 3, 2)),
        BR(),
        H("APPENDIX A – WHEN TO REFER", 1),
        N("A.1", "Refer anyone who agrees to a visit (or who lacks capacity and for whom a visit is in "
                 "their best interests) where one or more of the following is seen or reported:"),
        UL([
            "no working smoke alarm on each floor of the home;",
            "signs of previous fires, scorch marks or melted items;",
            "smoking materials near bedding or chairs, or smoking while using home oxygen;",
            "hoarding that blocks exits or surrounds heaters;",
            "a person with limited mobility, sight or hearing who lives alone;",
            "heavy alcohol or drug use affecting the person's ability to respond to a fire;",
            "overloaded sockets, candles left burning or portable heaters used to dry clothes;",
            "arson threats made against the address (refer also to the local policing team);",
            "a person receiving care at home who cannot leave the building unaided.",
        ]),
        N("A.2", "Do not refer if the only concern is a crime in progress or a risk to life that needs "
                 "an immediate emergency response. In that case call for the emergency response first "
                 "and refer afterwards."),
        N("A.3", "Where the home is rented from a social landlord, the referrer may tell the person that "
                 "the landlord can also be asked to fit alarms, but the landlord must not be sent the "
                 "referral form under this agreement."),
        H("APPENDIX B – THE REFERRAL FORM", 1),
        T([
            ["Field", "Mandatory", "Notes"],
            ["Referral reference", "Auto", "Generated by the intranet form or ePCR"],
            ["Name and date of birth", "Yes", "As given by the person"],
            ["Address and postcode", "Yes", "Checked with the person"],
            ["Telephone number", "Yes", "Best time to call, if known"],
            ["Risks seen", "Yes", "Tick list from Appendix A"],
            ["Consent recorded", "Yes", "Yes / No / Best interests"],
            ["Risk to staff", "Yes", "Dogs, aggression, weapons, infection control"],
            ["Other agencies involved", "No", "Only if the person agrees it can be shared"],
            ["Referrer details", "Yes", "Name, collar or staff number, station, e-mail"],
        ], widths=[4, 2, 5]),
        H("APPENDIX C – CONTACTS", 1),
        T([
            ["Organisation", "Contact point", "Route"],
            ["Essex Police", "Information Sharing Team", "Force intranet / secure e-mail"],
            ["Essex County Fire and Rescue Service", "Community Safety Hub", "Secure hub mailbox"],
            ["East of England Ambulance Service NHS Trust", "Safeguarding Team", "ePCR referral; secure e-mail"],
        ], widths=[4.2, 3.4, 3.6]),
        H("APPENDIX D – GLOSSARY", 1),
        T([
            ["Term", "Meaning"],
            ["ECFRS", "Essex County Fire and Rescue Service"],
            ["EEAST", "East of England Ambulance Service NHS Trust"],
            ["ePCR", "Electronic patient care record used by ambulance crews"],
            ["MoPI", "Management of Police Information – APP and Code of Practice"],
            ["Safe and Well visit", "A home visit by ECFRS covering fire safety, falls, health and wellbeing, and crime prevention advice"],
        ], widths=[3, 8]),
    ]
    return {
        "key": "police_05_essex_fire_safety_referrals",
        "outputs": ["pdf_rl"],
        "meta": {
            "marking": "OFFICIAL",
            "docx_author": "Essex Police Information Sharing Team",
            "docx_title": "EP ISA 2021-0063",
            "rl": {
                "layout": "twocol",
                "font": "Helvetica", "bold_font": "Helvetica-Bold", "italic_font": "Helvetica-Oblique",
                "size": 9.2, "accent": "#1F3864", "pale": "#E8E8E8",
                "running_left": "Essex Police ISA EP/ISA/2021/0063",
                "running_right": "Home Fire Safety referrals",
                "footer_left": "Uncontrolled when printed",
                "first_top_h": 7.4,
                "margin": 1.7,
                "creator": "Essex Police Publishing",
            },
        },
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": party("Essex Police", "Essex Police"),
            "partners": [
                party("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service"),
                party("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
            ],
            "statutes": [
                statute("Section 6 of the Fire and Rescue Services Act 2004", "Fire and Rescue Services Act", 2004, "section 6"),
                statute("Section 2 of the Policing and Crime Act 2017", "Policing and Crime Act", 2017, "section 2"),
                statute("section 31 of the Data Protection Act 2018", "Data Protection Act", 2018, "section 31"),
                statute("Article 6(1)(e) UK GDPR", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                statute("section 17 of the Crime & Disorder Act 1998", "Crime and Disorder Act", 1998, "section 17"),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
                statute("Regulatory Reform (Fire Safety) Order 2005", "Regulatory Reform (Fire Safety) Order", 2005, None),
                statute("Data Protection Act 1998", "Data Protection Act", 1998, None),
            ],
            "review_date": "2023-11-30",
            "review_basis": "explicit",
            "commencement_date": "2021-12-01",
            "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                                 "security", "format_frequency", "retention", "accuracy",
                                 "complaints", "agreement"],
        },
    }


# =========================================================================== 06
# Metropolitan Police Service, Serious Violence Duty partnership, 2024.  Drawn with
# reportlab (boxed) and also DOCX.  Title over two lines.  The lead is the controller that
# publishes it.  Numeric review date.  All sections, in a different order, with security
# and breach merged.  "Equalities Act 2010" slip; a statutory instrument.

def a06():
    t1 = "Tower Hamlets and Newham Serious Violence Duty"
    t2 = "Partnership Information Sharing Agreement"
    purpose = (
        "This agreement enables the specified authorities in Tower Hamlets and Newham to share "
        "the information they need to prepare and keep under review a strategic needs assessment "
        "and a strategy for preventing and reducing serious violence, and to share personal data "
        "about individuals at risk of involvement in serious violence through the partnership's "
        "Violence Reduction Case Panel."
    )
    partners = [
        ("London Borough of Tower Hamlets", "Local authority; Youth Justice Service", "Specified authority"),
        ("London Borough of Newham", "Local authority; Youth Justice Service", "Specified authority"),
        ("London Fire Brigade", "Fire and rescue", "Specified authority"),
        ("NHS North East London Integrated Care Board", "Health commissioning", "Specified authority"),
        ("East London NHS Foundation Trust", "Mental health and community health", "Relevant health provider"),
        ("Barts Health NHS Trust", "Acute hospitals (Royal London, Newham)", "Relevant health provider"),
        ("The Probation Service – London Region", "Probation", "Specified authority"),
    ]
    blocks = [
        SP(40),
        P("METROPOLITAN POLICE SERVICE", align="center", bold=True, size=11, color="0B3D6E"),
        P("Central East Basic Command Unit", align="center", size=9),
        SP(40),
        P(t1, align="center", bold=True, size=19, color="0B3D6E", space=0),
        P(t2, align="center", bold=True, size=19, color="0B3D6E"),
        SP(30),
        T([
            ["Published by", "Metropolitan Police Service"],
            ["ISA reference", "MPS-ISA-24-0031"],
            ["Version", "1.1"],
            ["Effective date", "01/02/2024"],
            ["Next review", "31/01/2025"],
            ["Document owner", "Superintendent, Partnerships and Prevention, Central East BCU"],
            ["Author", "MPS Data Office – Information Sharing Unit"],
            ["Government Security Classification", "OFFICIAL"],
        ], header=False, shade_first_col=True, widths=[5.5, 9.5]),
        SP(20),
        P("This agreement is published by the Metropolitan Police Service on behalf of the Tower "
          "Hamlets and Newham serious violence partnerships. The MPS holds the master version; "
          "printed copies are uncontrolled.", align="center", italic=True, size=9),
        BR(),
        H("Version history", 2),
        T([
            ["Version", "Date", "Summary", "Approved by"],
            ["0.4", "06/11/2023", "Draft for partner comment", "—"],
            ["1.0", "12/01/2024", "Final; agreed by both Community Safety Partnerships", "CSP Boards"],
            ["1.1", "25/01/2024", "Barts Health added as signatory; Appendix B contacts", "Information Sharing Unit"],
        ], widths=[2.0, 2.4, 7.6, 3]),
        H("Contents", 2),
        TOC([
            "Part A – Introduction and purpose",
            "Part B – Parties and roles",
            "Part C – Legal basis",
            "Part D – Information to be shared",
            "Part E – Method and frequency",
            "Part F – Rights of individuals",
            "Part G – Data quality",
            "Part H – Retention",
            "Part I – Security and incident management",
            "Part J – Complaints",
            "Part K – Term, review and signatures",
        ]),
        H("PART A – INTRODUCTION AND PURPOSE", 1),
        N("A1", "The Serious Violence Duty came into force on 31 January 2023. It requires specified "
                "authorities to work together to prevent and reduce serious violence in their area."),
        N("A2", purpose),
        N("A3", "Two tiers of sharing are covered. Tier 1 is depersonalised and aggregated data for "
                "the strategic needs assessment. Tier 2 is personal data about named individuals "
                "referred to the Violence Reduction Case Panel. Tier 2 sharing is limited to panel "
                "members and to the purposes in paragraph A2."),
        H("PART B – PARTIES AND ROLES", 1),
        N("B1", "The Metropolitan Police Service is a specified authority and the publishing "
                "controller. The other parties are:"),
        T([["Party", "Function", "Status under the Duty"]] + [list(p) for p in partners],
          widths=[5.5, 5.5, 4]),
        N("B2", "Each party is an independent controller. The parties are not joint controllers and "
                "no party processes data on behalf of another."),
        H("PART C – LEGAL BASIS", 1),
        N("C1", "The Serious Violence Duty is set out in Part 2 of the Police, Crime, Sentencing and "
                "Courts Act 2022, which also enables specified authorities to disclose information to "
                "each other for the purposes of the Duty."),
        N("C2", "Further powers to share are provided by section 115 of the Crime and Disorder Act "
                "1998; section 17A of that Act requires relevant authorities to share depersonalised "
                "information for the purpose of formulating community safety strategies, as set out in "
                "the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007."),
        N("C3", "For Tier 2 sharing by the MPS and the Probation Service the processing is for law "
                "enforcement purposes under Part 3 of the Data Protection Act 2018. For other parties, "
                "the lawful basis is public task, and criminal offence data and special category data "
                "are processed under the conditions in Schedule 1 to that Act."),
        N("C4", "NHS parties share under the duty in section 251B of the Health and Social Care Act 2012 "
                "where sharing is for the individual's direct care, and otherwise in the public interest "
                "in accordance with the common law duty of confidentiality and the Caldicott Principles."),
        N("C5", "Sharing must be necessary and proportionate in accordance with the Human Rights Act "
                "1998. The parties will have regard to the public sector equality duty under the "
                "Equalities Act 2010 when using the data, in particular to avoid disproportionate "
                "targeting of young Black men."),
        H("PART D – INFORMATION TO BE SHARED", 1),
        T([
            ["Tier", "Information", "From"],
            ["1", "Counts of violence with injury, knife crime, robbery and homicide by ward and month", "MPS"],
            ["1", "Emergency department assault attendances (ISTV dataset, ISB1594)", "Barts Health"],
            ["1", "School exclusions, children in need and care counts by ward", "Local authorities"],
            ["1", "Deliberate fires and attacks on crews by ward", "London Fire Brigade"],
            ["2", "Name, date of birth, address, school or college, known associates", "All panel members"],
            ["2", "Offending, victimisation and intelligence summary", "MPS; Probation"],
            ["2", "Social care, youth justice and education status", "Local authorities"],
            ["2", "Whether known to mental health services and named contact", "ELFT (with consent or where risk of serious harm)"],
        ], widths=[1.2, 10, 4]),
        H("PART E – METHOD AND FREQUENCY", 1),
        N("E1", "Tier 1 data is provided quarterly to the MPS analyst in the Central East BCU through "
                "the London Datastore secure transfer area. The strategic needs assessment is refreshed "
                "every year."),
        N("E2", "The Violence Reduction Case Panel meets every two weeks in each borough. Referrals and "
                "panel papers are circulated by Egress or between secure government and NHS domains at "
                "least three working days before each meeting."),
        H("PART F – RIGHTS OF INDIVIDUALS", 1),
        N("F1", "Individuals referred to the panel will normally be told about the referral by the "
                "referring agency, unless this would put them or others at risk or prejudice an "
                "investigation. Requests to exercise data protection rights are dealt with by the party "
                "that receives them, after consulting any party whose information is involved."),
        H("PART G – DATA QUALITY", 1),
        N("G1", "Parties must ensure data is accurate and up to date when shared and will correct "
                "errors promptly. Tier 1 data will be checked against published figures before use."),
        H("PART H – RETENTION", 1),
        N("H1", "Tier 1 data is retained for five years for trend analysis. Tier 2 panel records are "
                "retained for two years after the individual's case is closed by the panel and then "
                "destroyed, except where they form part of a party's own statutory record."),
        H("PART I – SECURITY AND INCIDENT MANAGEMENT", 1),
        N("I1", "Information is handled at OFFICIAL, with Tier 2 papers marked OFFICIAL-SENSITIVE. "
                "Panel members must access papers only on organisation-managed devices."),
        N("I2", "A security incident or data breach must be reported to the MPS Information Sharing "
                "Unit and to the Data Protection Officer of the party responsible within 24 hours. The "
                "responsible party decides whether to notify the Information Commissioner within 72 "
                "hours, after consulting the party whose data was involved."),
        H("PART J – COMPLAINTS", 1),
        N("J1", "Complaints are handled under the procedure of the party complained about. The MPS "
                "Directorate of Professional Standards handles complaints about the MPS."),
        H("PART K – TERM, REVIEW AND SIGNATURES", 1),
        N("K1", "This agreement takes effect on 1 February 2024 and will be reviewed by 31 January "
                "2025, or sooner if the Duty or its guidance changes. A party may withdraw by giving 28 "
                "days' written notice to the MPS Information Sharing Unit."),
        sig_table([
            ["Ch Supt Marcus Eley", "Metropolitan Police Service", "BCU Commander, Central East", "29/01/2024"],
            ["Dr Kiran Sethi", "London Borough of Tower Hamlets", "Director of Public Health", "30/01/2024"],
            ["Olu Adebayo", "London Borough of Newham", "Director of Community Safety", "30/01/2024"],
            ["AC Leanne Burrows", "London Fire Brigade", "Assistant Commissioner, Prevention", "31/01/2024"],
            ["Hannah Greig", "NHS North East London Integrated Care Board", "Chief Nurse", "31/01/2024"],
            ["Dr Rajiv Mehta", "East London NHS Foundation Trust", "Caldicott Guardian", "01/02/2024"],
            ["Simon Falk", "Barts Health NHS Trust", "Director of Safeguarding", "01/02/2024"],
            ["Lorraine Mensah", "The Probation Service – London Region", "Head of Probation Delivery Unit, Tower Hamlets and Newham", "02/02/2024"],
        ]),
    ]
    return {
        "key": "police_06_met_serious_violence_duty",
        "outputs": ["pdf_rl", "docx"],
        "meta": {
            "marking": "OFFICIAL",
            "heading_mode": "styled",
            "docx_font": "Arial",
            "docx_size": 10,
            "docx_header_lines": [{"text": "MPS-ISA-24-0031", "align": "right"}],
            "footer_text": "Metropolitan Police Service",
            "docx_author": "MPS Data Office",
            "docx_title": "SVD ISA",
            "toc_title": "Contents",
            "rl": {
                "layout": "boxed",
                "font": "Times-Roman", "bold_font": "Times-Bold", "italic_font": "Times-Italic",
                "size": 10, "accent": "#0B3D6E", "pale": "#DDE5EE",
                "running_left": "Serious Violence Duty – Partnership ISA",
                "running_right": "MPS-ISA-24-0031  v1.1",
                "footer_left": "Metropolitan Police Service – Data Office",
                "header_on_first": False,
                "align": "justify",
            },
        },
        "blocks": blocks,
        "truth": {
            "title": f"{t1} {t2}",
            "purpose": purpose,
            "lead": party("Metropolitan Police Service", None),
            "partners": [party(p[0], None) for p in partners],
            "statutes": [
                statute("Part 2 of the Police, Crime, Sentencing and Courts Act 2022",
                        "Police, Crime, Sentencing and Courts Act", 2022, "Part 2"),
                statute("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                statute("Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007",
                        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations", 2007, None),
                statute("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
                statute("section 251B of the Health and Social Care Act 2012", "Health and Social Care Act", 2012, "section 251B"),
                statute("Human Rights Act 1998", "Human Rights Act", 1998, None),
                statute("Equalities Act 2010", "Equality Act", 2010, None),
            ],
            "review_date": "2025-01-31",
            "review_basis": "explicit",
            "commencement_date": "2024-02-01",
            "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                                 "security", "format_frequency", "retention", "accuracy",
                                 "complaints", "breach", "agreement"],
        },
    }
