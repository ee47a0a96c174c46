"""Content of the borough_icb agreements (used by make.py)."""

UKGDPR = "UK General Data Protection Regulation"
EUGDPR = "General Data Protection Regulation (EU)"


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def P(name, org=None):
    return {"name": name, "org": org}


def doc_control(rows):
    return ("t", ["Item", "Detail"], rows)


# =========================================================================================
# 1. Camden / NCL ICB - population health management (full, DOCX + PDF + DOC)
# =========================================================================================
A1_PURPOSE = ("This agreement allows the parties to link primary care, acute hospital and adult "
              "social care records for residents of Camden so that the Camden Integrated Care "
              "Partnership can identify people at rising risk of hospital admission, plan "
              "proactive care for them and commission services that reduce health inequalities "
              "across the borough.")
A1 = {
    "id": "bic01_camden_phm_dsa",
    "formats": ["docx", "doc"], "pdf": "word",
    "title": "Camden Population Health Management Data Sharing Agreement",
    "purpose": A1_PURPOSE,
    "lead": P("NHS North Central London Integrated Care Board"),
    "partners": [P("London Borough of Camden"),
                 P("Royal Free London NHS Foundation Trust"),
                 P("University College London Hospitals NHS Foundation Trust"),
                 P("Camden Primary Care Federation Ltd"),
                 P("NHS North of England Commissioning Support Unit")],
    "statutes": [
        S("Article 6(1)(e) of the UK GDPR", UKGDPR, 2016, "Article 6(1)(e)"),
        S("Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
        S("section 2B of the National Health Service Act 2006", "National Health Service Act", 2006, "section 2B"),
        S("section 251B of the Health and Social Care Act 2012", "Health and Social Care Act", 2012, "section 251B"),
        S("section 3 of the Care Act 2014", "Care Act", 2014, "section 3"),
        S("Health and Care Act 2022", "Health and Care Act", 2022, None),
        S("Health Service (Control of Patient Information) Regulations 2002",
          "Health Service (Control of Patient Information) Regulations", 2002, None),
        S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8"),
        S("Freedom of Information At 2000", "Freedom of Information Act", 2000, None),
    ],
    "review_date": "2026-03-31", "review_basis": "explicit", "commencement_date": "2024-04-01",
    "style": {"header": "Camden Population Health Management Data Sharing Agreement | OFFICIAL",
              "footer": "NCL ICB ref. NCL-IG-DSA-0142 | Version 2.1 | Uncontrolled when printed",
              "colour": "00614F", "author": "NCL ICB Information Governance"},
    "cover": [
        ("logo", "NHS North Central London   |   Camden Council"),
        ("p", "Reference: NCL-IG-DSA-0142"),
        ("cover_title", [("Information Sharing Agreement", 14),
                         ("Camden Population Health Management Data Sharing Agreement", 20)]),
        ("p", "Version 2.1 - FINAL - Classification: OFFICIAL"),
        ("box", "Summary", [
            ("Type of sharing", "Systematic, routine sharing of pseudonymised and identifiable data"),
            ("Data subjects", "Adults registered with a Camden GP practice or resident in Camden"),
            ("Lawful basis", "Public task; health and social care (see section 3)"),
            ("DPIA reference", "DPIA-NCL-2023-088 (approved 19 February 2024)"),
            ("Method", "Secure transfer to the Camden PHM data platform hosted by the CSU"),
        ]),
        ("br",),
        ("h2", "Document control"),
        doc_control([
            ("Document owner", "Head of Information Governance, NHS North Central London ICB"),
            ("Lead organisation", "NHS North Central London Integrated Care Board"),
            ("Author", "Priya Raman, Senior IG Manager"),
            ("Approved by", "Camden Health and Care Board, 21 March 2024"),
            ("Date approved", "21/03/2024"),
            ("Date of next review", "31/03/2026"),
            ("Related documents", "DPIA-NCL-2023-088; PHM Platform System Level Security Policy"),
        ]),
        ("h2", "Version history"),
        ("t", ["Version", "Date", "Change", "By"], [
            ("1.0", "14/03/2022", "First issue (Camden CCG-era pilot)", "P. Raman"),
            ("2.0", "30/01/2024", "Rewritten for ICB; CSU added as processor", "P. Raman"),
            ("2.1", "21/03/2024", "Schedule 1 data items updated after DPIA", "J. Osei"),
        ]),
        ("h2", "Contents"),
        ("p", "1 Why we are sharing | 2 The parties and their roles | 3 Our lawful basis | "
              "4 What will be shared | 5 How and how often | 6 Keeping data accurate | "
              "7 Security | 8 How long we keep it | 9 Residents' rights | 10 Incidents | "
              "11 Questions and complaints | 12 Term, review and exit | 13 Approvals | "
              "Schedule 1 Data items"),
        ("br",),
    ],
    "body": [
        ("h", "1. Why we are sharing", ["purpose"]),
        ("p", "Population health management (PHM) means using joined-up data to understand the "
              "current and future health and care needs of a population."),
        ("p", A1_PURPOSE),
        ("p", "The outputs are used for planning, case-finding by the patient's own care team and "
              "evaluation. They are never used to make automated decisions about an individual."),
        ("b", ["Identify residents with two or more long-term conditions who are at rising risk.",
               "Support multidisciplinary team meetings in each Camden neighbourhood.",
               "Measure the effect of proactive care on unplanned admissions."]),
        ("h", "2. The parties and their roles", []),
        ("p", "NHS North Central London Integrated Care Board leads this agreement and keeps the "
              "master copy. The parties are listed below with their role for the PHM platform."),
        ("t", ["Party", "Role", "ICO registration", "IG contact"], [
            ("NHS North Central London Integrated Care Board", "Joint controller (lead)", "ZB344530", "nclicb.ig@nhs.net"),
            ("London Borough of Camden", "Joint controller", "Z6956418", "dpo@camden.gov.uk"),
            ("Royal Free London NHS Foundation Trust", "Joint controller", "Z6961213", "rf.dpo@nhs.net"),
            ("University College London Hospitals NHS Foundation Trust", "Joint controller", "Z7141005", "uclh.dpo@nhs.net"),
            ("Camden Primary Care Federation Ltd", "Joint controller (on behalf of member practices)", "ZA398811", "ig@camdenpcf.nhs.uk"),
            ("NHS North of England Commissioning Support Unit", "Processor", "Z2950066", "necsu.ig@nhs.net"),
        ]),
        ("p", "The Commissioning Support Unit processes data only on the documented instructions "
              "of the joint controllers under the processing contract NCL-PC-2024-07."),
        ("h", "3. Our lawful basis", ["legal_basis"]),
        ("p", "Each controller relies on Article 6(1)(e) of the UK GDPR (performance of a task "
              "carried out in the public interest). For health and social care data the condition "
              "is Article 9(2)(h), read with Schedule 1 to the Data Protection Act 2018, Part 1, "
              "paragraph 2."),
        ("p", "The statutory functions behind the task are: section 2B of the National Health "
              "Service Act 2006 (the council's duty to improve public health); the ICB's duties "
              "under the Health and Care Act 2022 to reduce inequalities and integrate services; "
              "section 251B of the Health and Social Care Act 2012 (duty to share for direct care); "
              "and section 3 of the Care Act 2014 (integration of care and support with health)."),
        ("p", "Where identifiable data are used for purposes other than direct care, the parties "
              "rely on support under the Health Service (Control of Patient Information) "
              "Regulations 2002 or on pseudonymisation at source. The common law duty of "
              "confidentiality and the Caldicott Principles are respected throughout, and the "
              "national data opt-out is applied to planning outputs."),
        ("p", "Sharing is also necessary and proportionate for the purposes of Article 8 of the "
              "Human Rights Act 1998. Requests for information about this agreement will be handled "
              "under the Freedom of Information At 2000."),
        ("h", "4. What will be shared", ["information_shared"]),
        ("p", "Only the minimum data needed are shared. The full list of fields is in Schedule 1. "
              "In outline: demographic details, GP registration, coded diagnoses, medications, "
              "hospital activity (admissions, A&E, outpatients) and adult social care services "
              "received. Free-text clinical notes are not shared."),
        ("h", "5. How and how often", ["format_frequency"]),
        ("p", "GP data flow nightly from the practice systems by an accredited extraction tool. "
              "Trust data are sent monthly as SUS-derived extracts. Council data are sent monthly "
              "from the adult social care case management system as CSV over SFTP."),
        ("p", "NHS number is pseudonymised at source by the CSU's pseudonymisation service before "
              "linkage. Re-identification is possible only for the patient's own care team through "
              "role-based access in the platform."),
        ("h", "6. Keeping data accurate", ["accuracy"]),
        ("p", "Each party remains responsible for the accuracy of the data it sends. Data quality "
              "reports are circulated monthly; errors are corrected at source and re-sent in the "
              "next scheduled extract. Each party names a data quality lead in its IG contact list."),
        ("h", "7. Security", ["security"]),
        ("p", "All parties hold a Data Security and Protection Toolkit assessment of 'Standards Met' "
              "or, for the council, equivalent assurance under its PSN certification. The platform "
              "is hosted in UK data centres, encrypted at rest (AES-256) and in transit (TLS 1.2 or "
              "higher). Access is by named NHS smartcard or council single sign-on account, with "
              "role-based permissions and audit logs reviewed quarterly."),
        ("p", "No data are transferred outside the United Kingdom."),
        ("h", "8. How long we keep it", ["retention"]),
        ("p", "Linked data on the platform are kept for a rolling seven years and then deleted. "
              "Records held by each party in its own systems are kept under that party's retention "
              "schedule and, for NHS bodies, the Records Management Code of Practice 2023."),
        ("h", "9. Residents' rights", ["individual_rights"]),
        ("p", "Residents are told about PHM through the parties' privacy notices and the Camden "
              "'Your data' webpage. Subject access requests are handled by the party that holds "
              "the record; requests received about the platform are passed to the ICB within two "
              "working days. Objections are considered by the controller that receives them, and "
              "the national data opt-out is honoured for planning."),
        ("h", "10. Incidents", ["breach"]),
        ("p", "Any suspected personal data breach involving shared data must be reported to the "
              "ICB Information Governance team within 24 hours of discovery. The controller whose "
              "data are affected decides whether to notify the ICO within 72 hours and whether "
              "residents need to be told. NHS bodies also report through the DSPT incident tool."),
        ("h", "11. Questions and complaints", ["complaints"]),
        ("p", "Complaints from residents are handled under the complaints procedure of the party "
              "that receives them, which will involve the other parties where needed. Residents may "
              "also complain to the Information Commissioner's Office."),
        ("h", "12. Term, review and exit", ["agreement"]),
        ("p", "This agreement comes into effect on 1 April 2024 and continues until terminated. "
              "It will be reviewed every two years, or sooner if the law, the platform or the "
              "parties change. A party may withdraw on three months' written notice to the ICB; "
              "data already shared remain subject to this agreement."),
        ("h", "13. Approvals", []),
        ("t", ["Organisation", "Name", "Post", "Signature", "Date"], [
            ("NHS North Central London Integrated Care Board", "Dr Helen Marsh", "Caldicott Guardian", "H. Marsh", "21/03/2024"),
            ("London Borough of Camden", "Tom Adeyemi", "Senior Information Risk Owner", "T. Adeyemi", "22/03/2024"),
            ("Royal Free London NHS Foundation Trust", "Sarah Lind", "Data Protection Officer", "S. Lind", "25/03/2024"),
            ("University College London Hospitals NHS Foundation Trust", "Mark O'Neill", "SIRO", "M. O'Neill", "26/03/2024"),
            ("Camden Primary Care Federation Ltd", "Dr Aisha Khan", "Clinical Director", "A. Khan", "26/03/2024"),
            ("NHS North of England Commissioning Support Unit", "Gary Pratt", "Head of IG Services", "G. Pratt", "27/03/2024"),
        ]),
        ("br",),
        ("h2", "Schedule 1 - Data items"),
        ("t", ["Data item", "Source", "Identifiable / pseudonymised"], [
            ("NHS number", "All", "Pseudonymised at source"),
            ("Date of birth (month and year)", "GP", "Pseudonymised"),
            ("Postcode (LSOA derived)", "GP / Council", "Pseudonymised"),
            ("Ethnicity, sex", "GP", "Pseudonymised"),
            ("Coded diagnoses (SNOMED CT)", "GP", "Pseudonymised"),
            ("Current medications", "GP", "Pseudonymised"),
            ("Admissions, A&E attendances, outpatient appointments", "Trusts", "Pseudonymised"),
            ("Adult social care package type and start date", "Council", "Pseudonymised"),
            ("Carer flag", "GP / Council", "Pseudonymised"),
        ]),
        ("h2", "Schedule 2 - Legislation and guidance"),
        ("b", ["UK GDPR and the Data Protection Act 2018", "National Health Service Act 2006",
               "Health and Social Care Act 2012", "Care Act 2014", "Health and Care Act 2022",
               "Caldicott Principles (2020)", "ICO Data Sharing Code of Practice"]),
    ],
}

# =========================================================================================
# 2. Hackney social prescribing - two-page summary, reportlab two columns, NO LEAD,
#    relative review, missing accuracy + complaints
# =========================================================================================
A2_PURPOSE = ("Link workers need a short referral record so that a person referred by their GP "
              "practice, a hospital team or their housing officer can be contacted, offered a "
              "'what matters to me' conversation and connected to community activities, advice "
              "and support in Hackney.")
A2 = {
    "id": "bic02_hackney_social_prescribing_summary",
    "formats": [], "pdf": "reportlab",
    "title": "Social Prescribing Referral Pathway Information Sharing Agreement",
    "purpose": A2_PURPOSE,
    "lead": None,
    "partners": [P("London Borough of Hackney"), P("City and Hackney GP Confederation"),
                 P("Homerton Healthcare NHS Foundation Trust"),
                 P("NHS North East London Integrated Care Board"),
                 P("London & Quadrant Housing Trust", "London and Quadrant"),
                 P("Hackney Council for Voluntary Service")],
    "statutes": [
        S("UK GDPR Article 6(1)(e)", UKGDPR, 2016, "Article 6(1)(e)"),
        S("Data Protection Act 2018", "Data Protection Act", 2018, None),
        S("section 1 of the Care Act 2014", "Care Act", 2014, "section 1"),
        S("Localism Act 2011", "Localism Act", 2011, None),
    ],
    "review_date": "2025-09-02", "review_basis": "relative", "commencement_date": "2024-09-02",
    "style": {"header": "Hackney Council  |  City & Hackney Place-based Partnership  -  SUMMARY AGREEMENT",
              "footer": "Ref HIG/ISA/2024/031  v1.0  OFFICIAL", "colour": "7A1F5C",
              "columns": 2, "fs": 8.6, "author": "Hackney IG"},
    "cover": [
        ("logo", "Hackney  |  City & Hackney GP Confederation"),
        ("p", "Reference: HIG/ISA/2024/031"),
        ("cover_title", [("Summary agreement", 9),
                         ("Social Prescribing Referral Pathway Information Sharing Agreement", 13)]),
        ("box", "Summary", [
            ("Commencement date", "2 September 2024"),
            ("DPIA", "DPIA-HK-0219"),
            ("Data subjects", "Adults referred to the social prescribing service"),
            ("Consent", "Referral made with the person's agreement"),
        ]),
    ],
    "body": [
        ("h", "What this is for", ["purpose"]),
        ("p", A2_PURPOSE),
        ("p", "This two-page summary sits beside the partnership's overarching agreement and "
              "replaces the referral form guidance issued in 2022."),
        ("h", "Who takes part", []),
        ("b", ["London Borough of Hackney (adult social care and housing needs)",
               "City and Hackney GP Confederation (employer of the link workers)",
               "Homerton Healthcare NHS Foundation Trust",
               "NHS North East London Integrated Care Board",
               "London & Quadrant Housing Trust",
               "Hackney Council for Voluntary Service"]),
        ("p", "Each organisation is a separate controller for the records it makes. The "
              "Confederation acts as controller for the social prescribing case record."),
        ("h", "Information we share", ["information_shared"]),
        ("p", "Name, address, telephone number, NHS number, date of birth, preferred language, "
              "reason for referral, any risk to lone workers, and the name of the referrer. "
              "Health information is limited to what the link worker needs (for example, "
              "mobility or hearing needs)."),
        ("h", "Why it is lawful", ["legal_basis"]),
        ("p", "UK GDPR Article 6(1)(e) and Article 9(2)(h), with the Data Protection Act 2018. "
              "The council's wellbeing duty under section 1 of the Care Act 2014 and its general "
              "power in the Localism Act 2011 support the activity. The person agrees to the "
              "referral, but consent is not the lawful basis."),
        ("h", "How and when", ["format_frequency"]),
        ("p", "Referrals are sent as they arise, through the e-Referral form in EMIS or the "
              "Hackney secure referral portal. No referral is sent by ordinary email. The link "
              "worker sends a short outcome note back to the referrer after 12 weeks."),
        ("h", "Security and retention", ["security", "retention"]),
        ("p", "Records are held in the Confederation's case system (UK hosted, DSPT Standards "
              "Met). Referral records are kept for 8 years after the last contact and then "
              "securely destroyed."),
        ("h", "People's rights", ["individual_rights"]),
        ("p", "People can ask any party for a copy of what it holds about them. The "
              "Confederation's privacy notice explains social prescribing and how to object."),
        ("h", "If something goes wrong", ["breach"]),
        ("p", "Report any incident to your own Data Protection Officer the same day and tell the "
              "Confederation IG lead within 24 hours."),
        ("h", "Useful terms", []),
        ("t", ["Term", "Meaning"], [
            ("Link worker", "A member of the Confederation's social prescribing team who meets the person and agrees a plan"),
            ("Referrer", "The GP practice, hospital team, housing officer or council worker who makes the referral"),
            ("Outcome note", "A short message telling the referrer whether the person took up the offer"),
            ("Overarching agreement", "The City and Hackney place-based partnership information sharing framework"),
        ]),
        ("pb",),
        ("h", "Start, review and leaving", ["agreement"]),
        ("p", "This summary takes effect on the commencement date shown above and will be "
              "reviewed 12 months after the commencement date. Any party may leave by giving "
              "one month's notice in writing."),
        ("t", ["Signed for", "Name and post", "Date"], [
            ("London Borough of Hackney", "Ruth Abbey, Head of Information Management", "20/08/2024"),
            ("City and Hackney GP Confederation", "Dr Leon Baptiste, Medical Director", "21/08/2024"),
            ("Homerton Healthcare NHS Foundation Trust", "Nadia Iqbal, DPO", "22/08/2024"),
            ("NHS North East London Integrated Care Board", "Colin Reddy, Deputy SIRO", "27/08/2024"),
            ("London & Quadrant Housing Trust", "Emma Hollis, Data Protection Manager", "28/08/2024"),
            ("Hackney Council for Voluntary Service", "Jay Mensah, Chief Executive", "29/08/2024"),
        ]),
        ("h2", "Contacts"),
        ("t", ["Organisation", "IG contact"], [
            ("London Borough of Hackney", "information.governance@hackney.gov.uk"),
            ("City and Hackney GP Confederation", "confed.ig@nhs.net"),
            ("Homerton Healthcare NHS Foundation Trust", "huh-tr.dpo@nhs.net"),
            ("London & Quadrant Housing Trust", "dataprotection@lqgroup.org.uk"),
        ]),
        ("p", "Questions about this summary should go to the IG contact of your own organisation in the first instance."),
    ],
}

# =========================================================================================
# 3. Manchester discharge to assess - full, DOCX + PDF + DOC, month-only review in prose,
#    "Responsible organisation", slip "Health and Social Care Act 2015"
# =========================================================================================
A3_PURPOSE = ("The purpose of this agreement is to let ward staff, the Manchester discharge hub "
              "and adult social care share the information needed to move patients who are "
              "medically fit for discharge out of Manchester hospitals safely and without delay, "
              "and to assess their longer-term care needs at home or in a short-term bed.")
A3 = {
    "id": "bic03_manchester_discharge_to_assess",
    "formats": ["docx", "doc"], "pdf": "word",
    "title": "Hospital Discharge and Discharge to Assess Information Sharing Agreement",
    "purpose": A3_PURPOSE,
    "lead": P("Manchester City Council"),
    "partners": [P("Manchester University NHS Foundation Trust"),
                 P("NHS Greater Manchester Integrated Care Board"),
                 P("Greater Manchester Mental Health NHS Foundation Trust"),
                 P("Age UK Manchester")],
    "statutes": [
        S("Article 6(1)(e) UK GDPR", UKGDPR, 2016, "Article 6(1)(e)"),
        S("Data Protection Act 2018", "Data Protection Act", 2018, None),
        S("section 9 of the Care Act 2014", "Care Act", 2014, "section 9"),
        S("Health and Care Act 2022", "Health and Care Act", 2022, None),
        S("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act", 2015, None),
        S("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
        S("National Health Service Act 2006", "National Health Service Act", 2006, None),
    ],
    "review_date": "2025-10-31", "review_basis": "explicit", "commencement_date": "2024-02-05",
    "style": {"header": "Manchester City Council - Adult Social Care - Information Governance",
              "footer": "MCC-ASC-ISA-017 | OFFICIAL-SENSITIVE when completed",
              "colour": "9E1B32", "heading_style": "bold", "author": "MCC IG"},
    "cover": [
        ("logo", "MANCHESTER CITY COUNCIL"),
        ("p", "Document reference: MCC-ASC-ISA-017"),
        ("cover_table", [
            ("Title", "Hospital Discharge and Discharge to Assess\nInformation Sharing Agreement"),
            ("Responsible organisation", "Manchester City Council"),
            ("Service", "Adult Social Care - Integrated Discharge"),
            ("Version", "3.0"),
            ("DPIA", "MCC-DPIA-2023-144"),
            ("Review", "See section 13"),
        ]),
        ("box", "Summary", [
            ("Flow", "Hospital to council and community providers, daily"),
            ("Data subjects", "Adult in-patients of Manchester hospitals with a Manchester GP"),
            ("Special category data", "Yes - health"),
        ]),
        ("br",),
        ("h2", "Document control"),
        ("t", ["Version", "Date", "Author", "Approved by", "Notes"], [
            ("1.0", "01/09/2020", "J. Kerr", "ASC DMT", "COVID-19 hospital discharge service requirements"),
            ("2.0", "12/07/2022", "J. Kerr", "ASC DMT", "CCG replaced by ICB"),
            ("3.0", "29/01/2024", "L. Ahmed", "Corporate Information Governance Group", "Full rewrite; Age UK added"),
        ]),
        ("br",),
    ],
    "body": [
        ("h", "1  Introduction", ["purpose"]),
        ("p", A3_PURPOSE),
        ("p", "It covers the Manchester Royal Infirmary, Wythenshawe Hospital and North Manchester "
              "General Hospital, and the mental health wards run in the city."),
        ("h", "2  Partners and responsibilities", []),
        ("p", "Manchester City Council is the responsible organisation for this agreement and "
              "maintains it on behalf of the partners."),
        ("t", ["Organisation", "Controller / processor", "Responsibility"], [
            ("Manchester City Council", "Controller", "Adult social care assessment and commissioning of packages"),
            ("Manchester University NHS Foundation Trust", "Controller", "Acute wards and the discharge hub"),
            ("NHS Greater Manchester Integrated Care Board", "Controller", "Funding of pathway 1-3 placements and continuing healthcare"),
            ("Greater Manchester Mental Health NHS Foundation Trust", "Controller", "Mental health in-patient discharges"),
            ("Age UK Manchester", "Processor for the council", "Home from hospital settling-in service"),
        ]),
        ("h", "3  Information to be shared", ["information_shared"]),
        ("p", "The discharge referral (Transfer of Care form) holds: name, NHS number, date of "
              "birth, address, next of kin, GP, admitting reason, expected date of discharge, "
              "functional ability, cognition and capacity notes, equipment needs, pathway "
              "(0 to 3) and any safeguarding concerns."),
        ("p", "The council sends back the name of the allocated worker, package start date and "
              "provider."),
        ("h", "4  Legal basis", ["legal_basis"]),
        ("p", "Controllers rely on Article 6(1)(e) UK GDPR and Article 9(2)(h), with Schedule 1 "
              "Part 1 of the Data Protection Act 2018. The relevant duties are the assessment duty "
              "in section 9 of the Care Act 2014, the discharge provisions of the Health and Care "
              "Act 2022 which replaced Schedule 3 of the Care Act, and the duty to share information "
              "for direct care introduced by the Health and Social Care Act 2015. NHS bodies act "
              "under the National Health Service Act 2006."),
        ("p", "Where a person may lack capacity to agree to a discharge plan, staff follow the "
              "Mental Capacity Act 2005 and record best-interests decisions. The common law duty "
              "of confidentiality is met because the sharing is for the person's direct care."),
        ("h", "5  Method and frequency", ["format_frequency"]),
        ("p", "Referrals are sent through the Transfer of Care module in the hospital EPR, which "
              "posts directly into the council's Liquidlogic system. The discharge hub holds a "
              "daily 09:30 call. Where the module is unavailable, the form is sent from one "
              "nhs.net account to a manchester.gov.uk secure mailbox."),
        ("h", "6  Quality of information", ["accuracy"]),
        ("p", "The referring ward is responsible for the accuracy of the referral. The hub "
              "checks the NHS number against the Spine before sending. Errors are corrected by "
              "the party that made them, who tells the others on the same day."),
        ("h", "7  Keeping information safe", ["security"]),
        ("p", "Staff may access the shared records only for patients they are working with. "
              "All partners complete annual data security training and the DSPT. Age UK "
              "Manchester uses council-issued laptops and accounts."),
        ("h", "8  Retention and destruction", ["retention"]),
        ("p", "Each partner keeps the referral as part of its own record: the council for 8 "
              "years after the end of involvement; NHS partners under the NHS Records Management "
              "Code. Age UK Manchester deletes its copy 3 months after the service ends."),
        ("h", "9  Rights of individuals", ["individual_rights"]),
        ("p", "Patients are given the 'Leaving hospital' leaflet on admission, which explains "
              "that information will be shared with the council. Requests to see records are "
              "made to the organisation that holds them."),
        ("h", "10  Complaints", ["complaints"]),
        ("p", "Complaints about the sharing are dealt with by the partner that receives them "
              "under its own procedure. If the complaint concerns more than one partner the "
              "council's Customer Care team will coordinate a single response."),
        ("h", "11  Data breaches", ["breach"]),
        ("p", "A breach or near miss must be reported to the partner's DPO without delay and to "
              "the council's Information Governance Team within one working day."),
        ("h", "12  Commencement and withdrawal", ["agreement"]),
        ("p", "This agreement takes effect from 5 February 2024. A partner may withdraw by giving "
              "28 days' notice to the council."),
        ("h", "13  Review", []),
        ("p", "This agreement will next be reviewed in October 2025, or earlier if national "
              "discharge guidance changes."),
        ("h", "14  Signatures", []),
        ("t", ["Organisation", "Signatory", "Position", "Date"], [
            ("Manchester City Council", "Bernadette Enright", "Executive Director of Adult Social Services", "30/01/2024"),
            ("Manchester University NHS Foundation Trust", "Dr Peter Blythin", "Caldicott Guardian", "01/02/2024"),
            ("NHS Greater Manchester Integrated Care Board", "Claire Connor", "Associate Director IG", "01/02/2024"),
            ("Greater Manchester Mental Health NHS Foundation Trust", "Ian Moston", "DPO", "02/02/2024"),
            ("Age UK Manchester", "Paul McGarry", "Chief Officer", "02/02/2024"),
        ]),
    ],
}

# =========================================================================================
# 4. Leeds / DWP council tax support - reportlab single column, running header, boxed tables,
#    "led by", relative review from commencement, DPA 1998 reference, letter slip
# =========================================================================================
A4_PURPOSE = ("Leeds City Council and the Department for Work and Pensions share information so "
              "that council tax support and housing benefit claims in Leeds can be assessed, "
              "changed and checked using up-to-date details of the claimant's Universal Credit "
              "and other DWP benefits, without asking residents for the same evidence twice.")
A4 = {
    "id": "bic04_leeds_dwp_council_tax_support",
    "formats": [], "pdf": "reportlab",
    "title": "Council Tax Support and Housing Benefit Data Sharing Agreement",
    "purpose": A4_PURPOSE,
    "lead": P("Leeds City Council"),
    "partners": [P("Department for Work and Pensions")],
    "statutes": [
        S("section 131 of the Welfare Reform Act 2012", "Welfare Reform Act", 2012, "section 131"),
        S("section 122C of the Social Security Administation Act 1992",
          "Social Security Administration Act", 1992, "section 122C"),
        S("Schedule 1A to the Local Government Finance Act 1992", "Local Government Finance Act", 1992, "Schedule 1A"),
        S("Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012",
          "Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations", 2012, None),
        S("Article 6(1)(e) UK GDPR", UKGDPR, 2016, "Article 6(1)(e)"),
        S("Data Protection Act 2018", "Data Protection Act", 2018, None),
        S("Data Protection Act 1998", "Data Protection Act", 1998, None),
        S("Computer Misuse Act 1990", "Computer Misuse Act", 1990, None),
    ],
    "review_date": "2026-04-01", "review_basis": "relative", "commencement_date": "2024-04-01",
    "style": {"header": "LEEDS CITY COUNCIL  -  Welfare and Benefits  -  OFFICIAL",
              "footer": "LCC/WB/DSA/09 version 4 - Council Tax Support and Housing Benefit DSA",
              "colour": "005EB8", "columns": 1, "author": "LCC Welfare and Benefits"},
    "cover": [
        ("logo", "Leeds City Council"),
        ("p", "Reference LCC/WB/DSA/09   |   DPIA reference LCC-DPIA-0456"),
        ("cover_title", [("Council Tax Support and Housing Benefit", 17),
                         ("Data Sharing Agreement", 17)]),
        ("p", "between Leeds City Council and the Department for Work and Pensions"),
        ("box", "Summary", [
            ("Parties", "Leeds City Council; Department for Work and Pensions"),
            ("Data subjects", "Claimants, partners and non-dependants in Leeds"),
            ("Channel", "DWP Searchlight, ATLAS and VEP notifications"),
            ("Classification", "OFFICIAL-SENSITIVE"),
        ]),
        ("h2", "Document control"),
        ("t", ["Field", "Entry"], [
            ("Owner", "Head of Welfare and Benefits, Leeds City Council"),
            ("Version", "4.0"),
            ("Approved by", "Chief Officer Financial Services, 18 March 2024"),
            ("Review", "See clause 11.2"),
            ("Supersedes", "Version 3 (2021) and the 2016 memorandum of understanding"),
        ]),
        ("br",),
    ],
    "body": [
        ("h", "1. Background and purpose", ["purpose"]),
        ("p", A4_PURPOSE),
        ("p", "This agreement is led by Leeds City Council, which maintains it and acts as the "
              "single point of contact for the Department for Work and Pensions."),
        ("p", "This agreement replaces the memorandum of understanding of 2016, which was made "
              "under the Data Protection Act 1998 and no longer reflects the law."),
        ("h", "2. Roles", []),
        ("t", ["Party", "Role"], [
            ("Leeds City Council", "Controller in its own right for council tax support and housing benefit"),
            ("Department for Work and Pensions", "Controller in its own right for DWP benefit records"),
        ]),
        ("h", "3. Legal gateway", ["legal_basis"]),
        ("p", "DWP supplies information under section 131 of the Welfare Reform Act 2012 and the "
              "regulations made under it. The council supplies information to DWP under section "
              "122C of the Social Security Administation Act 1992. Council tax support is a "
              "scheme under Schedule 1A to the Local Government Finance Act 1992 and the Council "
              "Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012."),
        ("p", "Both parties process under Article 6(1)(e) UK GDPR and, for any health data "
              "disclosed in support of a claim, Article 9(2)(g) with the substantial public "
              "interest conditions in Schedule 1 of the Data Protection Act 2018."),
        ("h", "4. Data to be shared", ["information_shared"]),
        ("t", ["From", "Data items"], [
            ("DWP to council", "National Insurance number; name; address; Universal Credit "
             "award, assessment period and amounts; housing element; pension credit; ESA; "
             "earnings and capital held by DWP; change of circumstances notifications"),
            ("Council to DWP", "Housing benefit award and end date; council tax support award; "
             "rent; household composition; suspected fraud referrals"),
        ]),
        ("h", "5. How information is exchanged", ["format_frequency"]),
        ("p", "Council staff view DWP data in Searchlight on a case-by-case basis. ATLAS and "
              "Verify Earnings and Pensions (VEP) notifications are received daily through the "
              "DWP secure file transfer service and loaded overnight into the council's benefits "
              "system. Nothing is sent by email."),
        ("h", "6. Accuracy", ["accuracy"]),
        ("p", "Each party is responsible for the data it supplies. Discrepancies found by the "
              "council are reported to DWP through the Local Authority Liaison Officer within "
              "five working days."),
        ("h", "7. Security", ["security"]),
        ("p", "Access to Searchlight is restricted to named council officers who have passed "
              "BPSS checks and signed the DWP Employee Declaration. Misuse may be an offence "
              "under the Computer Misuse Act 1990 and will be treated as gross misconduct. The "
              "council complies with the DWP Memorandum of Understanding security standards and "
              "annual self-assessment."),
        ("h", "8. Retention", ["retention"]),
        ("p", "Data are kept with the claim for six years after the claim ends, plus the current "
              "year, then deleted. Printed Searchlight screens must not be retained."),
        ("h", "9. Residents' rights", ["individual_rights"]),
        ("p", "Claimants are told on the claim form and in the council's benefits privacy "
              "notice that their information is checked with DWP. Subject access requests are "
              "answered by each party for the records it holds."),
        ("h", "10. Security incidents and complaints", ["breach", "complaints"]),
        ("p", "Any loss or misuse of DWP data must be reported to the DWP Security Incident "
              "team and the council's DPO within 24 hours. Complaints from claimants about the "
              "use of their information are handled under the council's corporate complaints "
              "procedure, and claimants may go on to the Information Commissioner."),
        ("h", "11. Commencement, review and termination", ["agreement"]),
        ("p", "11.1 This agreement comes into force on 1 April 2024."),
        ("p", "11.2 This agreement will be reviewed two years from the date on which it comes "
              "into force, or earlier if either party asks."),
        ("p", "11.3 Either party may end the agreement on three months' notice."),
        ("h", "12. Signatures", []),
        ("t", ["For", "Name", "Post", "Date"], [
            ("Leeds City Council", "Victoria Bradshaw", "Chief Officer Financial Services", "18/03/2024"),
            ("Department for Work and Pensions", "Alan Whitworth", "Head of Local Authority Partnership", "22/03/2024"),
        ]),
    ],
}

# =========================================================================================
# 5. Birmingham safeguarding adults - DOCX + PDF, NO LEAD, capital headings,
#    month-only review in doc control, slip "Human Right Act 1998"
# =========================================================================================
A5_PURPOSE = ("Partners share information under this agreement so that concerns about an adult "
              "with care and support needs who is experiencing, or is at risk of, abuse or neglect "
              "in Birmingham can be raised, triaged and enquired into, and so that a safeguarding "
              "plan can be agreed with the adult.")
A5 = {
    "id": "bic05_birmingham_safeguarding_adults",
    "formats": ["docx"], "pdf": "word",
    "title": "Safeguarding Adults Multi-Agency Information Sharing Agreement",
    "purpose": A5_PURPOSE,
    "lead": None,
    "partners": [P("Birmingham City Council"), P("West Midlands Police"),
                 P("NHS Birmingham and Solihull Integrated Care Board"),
                 P("University Hospitals Birmingham NHS Foundation Trust"),
                 P("Birmingham and Solihull Mental Health NHS Foundation Trust"),
                 P("Birmingham Community Healthcare NHS Foundation Trust")],
    "statutes": [
        S("Section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
        S("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
        S("Article 8 of the Human Right Act 1998", "Human Rights Act", 1998, "Article 8"),
        S("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
        S("Articles 6(1)(e) and 9(2)(b) of the UK GDPR", UKGDPR, 2016, "Article 6(1)(e)"),
        S("paragraph 18 of Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018,
          "Schedule 1, paragraph 18"),
    ],
    "review_date": "2025-03-31", "review_basis": "explicit", "commencement_date": "2023-04-01",
    "style": {"header": "SAFEGUARDING ADULTS MULTI-AGENCY INFORMATION SHARING AGREEMENT - OFFICIAL",
              "footer": "Ref BSA-ISA-2023-01 | v1.2", "colour": "3B3B8F",
              "heading_style": "bold", "author": "Adult Safeguarding IG Group"},
    "cover": [
        ("logo", "Birmingham City Council  |  West Midlands Police  |  NHS Birmingham and Solihull"),
        ("p", "Ref: BSA-ISA-2023-01"),
        ("cover_title", [("Safeguarding Adults Multi-Agency", 18),
                         ("Information Sharing Agreement", 18)]),
        ("box", "Summary", [
            ("Scope", "Section 42 enquiries, safeguarding concerns and strategy meetings"),
            ("DPIA", "Screening completed 02/2023 - full DPIA not required (ref BSA-DPIA-SCR-07)"),
            ("Special category / criminal offence data", "Yes"),
        ]),
        ("h2", "Document control"),
        ("t", ["", ""], [
            ("Version", "1.2"),
            ("Status", "Approved"),
            ("Prepared by", "Adult Safeguarding Information Governance Group"),
            ("Effective from", "1 April 2023"),
            ("Review due", "March 2025"),
            ("Distribution", "All signatory organisations; published on partners' websites"),
        ]),
        ("br",),
    ],
    "body": [
        ("h", "1. PURPOSE OF THE AGREEMENT", ["purpose"]),
        ("p", A5_PURPOSE),
        ("p", "It also supports Safeguarding Adults Reviews and the work of the multi-agency "
              "safeguarding hub. It does not replace professional judgement: staff must still "
              "decide in each case whether sharing is necessary and proportionate."),
        ("h", "2. PARTIES AND ROLES", []),
        ("t", ["Organisation", "Role in relation to shared data"], [
            ("Birmingham City Council", "Controller; statutory lead for section 42 enquiries"),
            ("West Midlands Police", "Controller (law enforcement processing under Part 3 DPA 2018)"),
            ("NHS Birmingham and Solihull Integrated Care Board", "Controller"),
            ("University Hospitals Birmingham NHS Foundation Trust", "Controller"),
            ("Birmingham and Solihull Mental Health NHS Foundation Trust", "Controller"),
            ("Birmingham Community Healthcare NHS Foundation Trust", "Controller"),
        ]),
        ("p", "No party acts as processor for another under this agreement."),
        ("h", "3. LEGAL BASIS", ["legal_basis"]),
        ("p", "The council's duty to make enquiries is in Section 42 of the Care Act 2014; "
              "partners must co-operate under sections 6 and 45 of the same Act. Police may "
              "disclose to the council under Section 115 of the Crime and Disorder Act 1998."),
        ("p", "Processing is lawful under Articles 6(1)(e) and 9(2)(b) of the UK GDPR. Where "
              "consent is not sought or is refused, partners may rely on paragraph 18 of "
              "Schedule 1 to the Data Protection Act 2018 (safeguarding of individuals at risk). "
              "Any interference with private life must be justified under Article 8 of the Human "
              "Right Act 1998."),
        ("p", "Where the adult may lack capacity, decisions are made under the Mental Capacity "
              "Act 2005. Partners also follow the Caldicott Principles and the six safeguarding "
              "principles in the Care and Support Statutory Guidance."),
        ("h", "4. INFORMATION THAT MAY BE SHARED", ["information_shared"]),
        ("p", "Identity and contact details of the adult, carers and the person alleged to be "
              "causing harm; the nature of the concern; relevant health, care and police "
              "information; risk assessments; the adult's views and desired outcomes "
              "(Making Safeguarding Personal); and the outcome of the enquiry."),
        ("h", "5. HOW INFORMATION WILL BE SHARED AND KEPT SECURE", ["format_frequency", "security"]),
        ("p", "Concerns are raised through the council's online safeguarding referral form or "
              "by telephone to the Adult Social Care contact centre, followed by written "
              "confirmation. Partners exchange information by secure email (nhs.net, "
              "pnn.police.uk, gcsx or TLS-enforced domains) or within strategy meetings. "
              "Minutes are marked OFFICIAL-SENSITIVE and sent only to attendees."),
        ("p", "Each party applies its own security policies, restricts access to staff who need "
              "it and keeps an audit trail of disclosures."),
        ("h", "6. ACCURACY OF INFORMATION", ["accuracy"]),
        ("p", "The disclosing party must make sure information is accurate and distinguish fact "
              "from opinion. Corrections are passed to every recipient."),
        ("h", "7. RETENTION", ["retention"]),
        ("p", "Safeguarding records are kept by the council for 10 years after the case is "
              "closed. Other parties keep shared information in line with their own retention "
              "schedules."),
        ("h", "8. RIGHTS OF THE ADULT", ["individual_rights"]),
        ("p", "The adult should normally be told what will be shared and why. Rights of access, "
              "rectification and objection are exercised with the party holding the record; "
              "exemptions may apply where disclosure would put someone at risk."),
        ("h", "9. COMPLAINTS AND DISPUTES", ["complaints"]),
        ("p", "Complaints from the public are dealt with under each party's own procedure. "
              "Disputes between partners are escalated to the Safeguarding Adults Board "
              "business manager."),
        ("h", "10. INCIDENTS", ["breach"]),
        ("p", "Inappropriate disclosure or loss of shared information must be reported to the "
              "originating party within 24 hours and managed under each party's incident "
              "procedure, including ICO notification where required."),
        ("h", "11. SIGN-UP, WITHDRAWAL AND REVIEW", ["agreement"]),
        ("p", "Organisations join by signing below. A party may withdraw by written notice to "
              "the other signatories; information already shared continues to be protected. "
              "The agreement is reviewed on the date in the document control table."),
        ("t", ["Organisation", "Name", "Title", "Signature", "Date"], [
            ("Birmingham City Council", "Louise Collett", "Strategic Director Adult Social Care", "L Collett", "14/03/2023"),
            ("West Midlands Police", "Det Supt Anna Dale", "Head of Public Protection", "A Dale", "15/03/2023"),
            ("NHS Birmingham and Solihull Integrated Care Board", "Sharon Rees", "Chief Nursing Officer", "S Rees", "16/03/2023"),
            ("University Hospitals Birmingham NHS Foundation Trust", "Dr Ravi Sidhu", "Caldicott Guardian", "R Sidhu", "20/03/2023"),
            ("Birmingham and Solihull Mental Health NHS Foundation Trust", "Joy Fisher", "Head of IG", "J Fisher", "21/03/2023"),
            ("Birmingham Community Healthcare NHS Foundation Trust", "Owen Clarke", "SIRO", "O Clarke", "24/03/2023"),
        ]),
        ("br",),
        ("h2", "APPENDIX A - KEY CONTACTS"),
        ("t", ["Organisation", "Contact"], [
            ("Birmingham City Council", "information.governance@birmingham.gov.uk"),
            ("West Midlands Police", "dataprotection@westmidlands.police.uk"),
            ("NHS Birmingham and Solihull ICB", "bsol.ig@nhs.net"),
        ]),
    ],
}

# =========================================================================================
# 6. North East London risk stratification with CSU - DOCX + PDF + DOC, "Owner",
#    title over two lines in a table, relative review from last signature, no complaints
# =========================================================================================
A6_PURPOSE = ("This agreement sets out how the parties will share and process data so that "
              "people in Tower Hamlets, Newham and Barking and Dagenham living with frailty or "
              "long-term conditions can be identified through risk stratification and offered "
              "anticipatory care by their GP practice and community teams.")
A6 = {
    "id": "bic06_nel_risk_stratification",
    "formats": ["docx", "doc"], "pdf": "word",
    "title": "Frailty and Long-Term Conditions Risk Stratification Data Sharing Agreement",
    "purpose": A6_PURPOSE,
    "lead": P("NHS North East London Integrated Care Board"),
    "partners": [P("London Borough of Tower Hamlets"), P("London Borough of Newham"),
                 P("London Borough of Barking and Dagenham"),
                 P("North East London NHS Foundation Trust", "North East London NHS Foundation Trust"),
                 P("East London NHS Foundation Trust"), P("Barts Health NHS Trust"),
                 P("NHS Arden and Greater East Midlands Commissioning Support Unit")],
    "statutes": [
        S("section 251 of the National Health Service Act 2006", "National Health Service Act", 2006, "section 251"),
        S("Regulation 5 of the Health Service (Control of Patient Information) Regulations 2002",
          "Health Service (Control of Patient Information) Regulations", 2002, "regulation 5"),
        S("Article 6(1)(e) of the UK GDPR", UKGDPR, 2016, "Article 6(1)(e)"),
        S("Data Protection Act 2018", "Data Protection Act", 2018, None),
        S("Article 45 of the EU GDPR", EUGDPR, 2016, "Article 45"),
        S("Care Act 2014", "Care Act", 2014, None),
        S("Equalities Act 2010", "Equality Act", 2010, None),
    ],
    "review_date": "2024-11-14", "review_basis": "relative", "commencement_date": "2023-11-14",
    "style": {"header": "NHS North East London - Information Governance - DSA-NEL-0077",
              "footer": "OFFICIAL | Frailty and LTC Risk Stratification DSA | v1.0",
              "colour": "005EB8", "author": "NEL ICB IG"},
    "cover": [
        ("logo", "NHS North East London"),
        ("cover_table", [
            ("Agreement", "Frailty and Long-Term Conditions\nRisk Stratification Data Sharing Agreement"),
            ("Reference", "DSA-NEL-0077"),
            ("Owner", "NHS North East London Integrated Care Board"),
            ("DPIA reference", "NEL-DPIA-RS-2023-12"),
            ("Version / status", "1.0 / Approved"),
        ]),
        ("box", "Summary", [
            ("Nature of processing", "Pseudonymised linkage and risk scoring by a processor; "
             "re-identification only by the registered GP practice"),
            ("Data subjects", "Registered patients aged 18+ in three boroughs"),
            ("Section 251 support", "CAG 7-04(a) risk stratification (commissioning)"),
        ]),
        ("h2", "Document control"),
        ("t", ["Version", "Date", "Description", "Approved by"], [
            ("0.1", "11/08/2023", "First draft for partners", "-"),
            ("0.4", "03/10/2023", "Comments from council DPOs", "-"),
            ("1.0", "06/11/2023", "Approved for signature", "NEL ICB IG Steering Group"),
        ]),
        ("p", "Date of next review: see section 13."),
        ("br",),
    ],
    "body": [
        ("h", "1. Introduction", ["purpose"]),
        ("p", A6_PURPOSE),
        ("p", "The model uses the NHS England-approved risk stratification tool and the "
              "Electronic Frailty Index. Outputs go back only to the practice with which a "
              "patient is registered, and to the borough's integrated community team at the "
              "practice's request."),
        ("h", "2. Organisations and their roles", []),
        ("p", "NHS North East London Integrated Care Board owns this agreement."),
        ("t", ["Organisation", "Role"], [
            ("NHS North East London Integrated Care Board", "Controller (commissioning purposes)"),
            ("London Borough of Tower Hamlets", "Controller (adult social care data)"),
            ("London Borough of Newham", "Controller (adult social care data)"),
            ("London Borough of Barking and Dagenham", "Controller (adult social care data)"),
            ("North East London NHS Foundation Trust", "Controller (community health services in Barking and Dagenham)"),
            ("East London NHS Foundation Trust", "Controller (community health services in Tower Hamlets and Newham)"),
            ("Barts Health NHS Trust", "Controller (acute activity)"),
            ("NHS Arden and Greater East Midlands Commissioning Support Unit", "Processor to the ICB"),
        ]),
        ("p", "GP practices are controllers for the data they provide and join by signing the "
              "practice addendum held by the ICB; they are not individual signatories to this "
              "document."),
        ("h", "3. Legal basis for the processing", ["legal_basis"]),
        ("p", "Identifiable data flow to the processor under section 251 of the National Health "
              "Service Act 2006 and Regulation 5 of the Health Service (Control of Patient "
              "Information) Regulations 2002, as approved by the Confidentiality Advisory Group."),
        ("p", "The UK GDPR bases are Article 6(1)(e) of the UK GDPR and Article 9(2)(h), with the "
              "Data Protection Act 2018. Council participation supports the councils' duties "
              "under the Care Act 2014. Partners have had regard to the Equalities Act 2010 in "
              "choosing the cohorts."),
        ("h", "4. Data flows and data items", ["information_shared", "format_frequency"]),
        ("p", "Data items are listed in Appendix 1. GP data are extracted monthly; acute and "
              "community data monthly via the Data Services for Commissioners Regional Office; "
              "council data quarterly by SFTP to the processor. Each flow is pseudonymised on "
              "receipt and the key held separately."),
        ("h", "5. Data quality", ["accuracy"]),
        ("p", "Each controller is responsible for the accuracy and completeness of its own "
              "submissions. The processor returns validation reports within 10 working days."),
        ("h", "6. Security arrangements", ["security"]),
        ("p", "The processor is ISO 27001 certified and holds DSPT 'Standards Exceeded'. Data "
              "are stored in the UK. Access by ICB analysts is to pseudonymised data only."),
        ("h", "7. International transfers", []),
        ("p", "No transfers outside the UK are intended. Should a sub-processor in the EEA be "
              "used, the transfer would rely on UK adequacy regulations, and return flows on the "
              "European Commission's decision under Article 45 of the EU GDPR."),
        ("h", "8. Retention", ["retention"]),
        ("p", "Pseudonymised linked data are kept for 3 years for trend analysis. Identifiable "
              "source files are deleted by the processor within 30 days of pseudonymisation."),
        ("h", "9. Data subject rights and transparency", ["individual_rights"]),
        ("p", "Privacy notices of each party describe risk stratification. Patients can object "
              "through their GP practice; type 1 objections and the national data opt-out are "
              "applied before extraction."),
        ("h", "10. Personal data breaches", ["breach"]),
        ("p", "The processor notifies the ICB without undue delay and within 24 hours. The ICB "
              "informs affected controllers, who decide on ICO reporting."),
        ("h", "11. Processor obligations", []),
        ("p", "The processor acts only on the ICB's documented instructions under the NHS "
              "standard contract schedule 6 and may not appoint sub-processors without prior "
              "written approval."),
        ("h", "12. Commencement and termination", ["agreement"]),
        ("p", "This agreement takes effect on the date of the last signature in section 14. A "
              "party may withdraw on 90 days' notice to the ICB."),
        ("h", "13. Review", []),
        ("p", "The agreement will be reviewed annually, the first review falling 12 months after "
              "the date of the last signature in section 14."),
        ("h", "14. Signatories", []),
        ("t", ["Organisation", "Name", "Role", "Date signed"], [
            ("NHS North East London Integrated Care Board", "Jonathan Webb", "SIRO", "06/11/2023"),
            ("London Borough of Tower Hamlets", "Denise Radley", "Corporate Director Health and Adults", "07/11/2023"),
            ("London Borough of Newham", "Grace Okafor", "DPO", "08/11/2023"),
            ("London Borough of Barking and Dagenham", "Elaine Tucker", "Head of Information Governance", "09/11/2023"),
            ("North East London NHS Foundation Trust", "Mike Ahern", "Caldicott Guardian", "10/11/2023"),
            ("East London NHS Foundation Trust", "Dr Paul Gilluley", "Caldicott Guardian", "13/11/2023"),
            ("Barts Health NHS Trust", "Rashid Hussain", "Data Protection Officer", "14/11/2023"),
            ("NHS Arden and Greater East Midlands Commissioning Support Unit", "Karen Shaw", "IG Lead", "09/11/2023"),
        ]),
        ("br",),
        ("h2", "Appendix 1 - Data items"),
        ("t", ["Item", "Source", "Purpose"], [
            ("NHS number (pseudonymised)", "All", "Linkage"),
            ("Age band, sex, LSOA", "GP", "Stratification and inequalities"),
            ("eFI deficits, LTC codes", "GP", "Risk score"),
            ("Emergency admissions (24 months)", "Barts Health", "Risk score"),
            ("Community contacts", "NELFT / ELFT", "Cohort description"),
            ("Care package type", "Councils", "Cohort description"),
        ]),
    ],
}

# =========================================================================================
# 7. Islington High Intensity Use summary - reportlab, boxed layout, "Owner" in table,
#    numeric review date, missing retention + complaints
# =========================================================================================
A7_PURPOSE = ("The High Intensity Use (HIU) service works with Islington residents who have "
              "attended the Whittington Hospital emergency department or called 999 many times "
              "in a year; partners share a small amount of information so that a coach can "
              "contact the person, understand what lies behind the calls and attendances and "
              "agree a plan with them.")
A7 = {
    "id": "bic07_islington_high_intensity_use_summary",
    "formats": [], "pdf": "reportlab",
    "title": "High Intensity Use Service Information Sharing Agreement",
    "purpose": A7_PURPOSE,
    "lead": P("Whittington Health NHS Trust"),
    "partners": [P("Islington Council"),
                 P("NHS North Central London Integrated Care Board"),
                 P("London Ambulance Service NHS Trust"),
                 P("Metropolitan Police Service"),
                 P("Age UK Islington")],
    "statutes": [
        S("UK GDPR", UKGDPR, 2016, None),
        S("Data Protection Act 2018", "Data Protection Act", 2018, None),
        S("Care Act 2014", "Care Act", 2014, None),
        S("s.115 Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
        S("National Health Service Act 1977", "National Health Service Act", 1977, None),
    ],
    "review_date": "2025-06-30", "review_basis": "explicit", "commencement_date": None,
    "style": {"header": "Whittington Health NHS Trust  /  Islington Council   -   HIU summary ISA",
              "footer": "WH-IG-ISA-2024-05  |  OFFICIAL", "colour": "5B2C83",
              "columns": 1, "fs": 9, "author": "Whittington Health IG"},
    "cover": [
        ("logo", "Whittington Health NHS Trust   |   Islington"),
        ("t", ["Information Sharing Agreement (summary)", ""], [
            ("Title", "High Intensity Use Service Information Sharing Agreement"),
            ("Owner", "Whittington Health NHS Trust"),
            ("Reference", "WH-IG-ISA-2024-05"),
            ("DPIA", "WH-DPIA-311"),
            ("Review date", "30/06/2025"),
        ]),
        ("box", "Summary", [
            ("Who", "Adults with 5+ ED attendances or 999 calls in 12 months"),
            ("Basis", "Public task / direct care; consent to join the service"),
        ]),
    ],
    "body": [
        ("h", "1  Purpose", ["purpose"]),
        ("p", A7_PURPOSE),
        ("h", "2  Partners", []),
        ("t", ["Partner", "Role"], [
            ("Whittington Health NHS Trust", "Controller; hosts the HIU coaches"),
            ("Islington Council", "Controller (adult social care, housing)"),
            ("NHS North Central London Integrated Care Board", "Controller (commissioner)"),
            ("London Ambulance Service NHS Trust", "Controller (999 and 111 data)"),
            ("Metropolitan Police Service", "Controller (repeat calls to police)"),
            ("Age UK Islington", "Processor to the Trust (befriending)"),
        ]),
        ("h", "3  Information and how it moves", ["information_shared", "format_frequency"]),
        ("p", "A monthly list of people meeting the threshold (name, NHS number, date of birth, "
              "address, number of attendances and calls) is sent by LAS and the ED to the HIU "
              "team over nhs.net. After the person agrees to work with a coach, relevant "
              "social care, housing and police contact information is shared case by case."),
        ("h", "4  Legal basis", ["legal_basis"]),
        ("p", "UK GDPR Article 6(1)(e) and Article 9(2)(h), with the Data Protection Act 2018. "
              "The council acts under the Care Act 2014; police disclosures rely on "
              "s.115 Crime and Disorder Act 1998. The Trust's powers come from the National "
              "Health Service Act 1977."),
        ("h", "5  Security, accuracy and rights", ["security", "accuracy", "individual_rights"]),
        ("p", "Information is kept in the Trust's EPR in a restricted HIU module. Senders check "
              "details before sending. People can ask for a copy of their record or stop "
              "working with the service at any time."),
        ("h", "6  Incidents", ["breach"]),
        ("p", "Any incident is reported to the Trust's IG team via Datix within 24 hours."),
        ("h", "7  Sign-off", ["agreement"]),
        ("t", ["Organisation", "Name / role", "Date"], [
            ("Whittington Health NHS Trust", "Dr Clare Dollery, Caldicott Guardian", "12/07/2024"),
            ("Islington Council", "Hannah Bowman, Information Governance Manager", "15/07/2024"),
            ("NHS North Central London Integrated Care Board", "Priya Raman, Senior IG Manager", "16/07/2024"),
            ("London Ambulance Service NHS Trust", "Fionnuala Byrne, DPO", "18/07/2024"),
            ("Metropolitan Police Service", "Insp. Dean Walsh, Partnerships", "19/07/2024"),
            ("Age UK Islington", "Tom Kelly, Chief Executive", "22/07/2024"),
        ]),
        ("p", "Partners may withdraw at any time by writing to the Trust's IG team."),
    ],
}

AGREEMENTS = [A1, A2, A3, A4, A5, A6, A7]
