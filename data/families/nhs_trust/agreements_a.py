"""Agreements 1-5 of the nhs_trust family: text and truth side by side."""

SIG_HEAD = ["Organisation", "Name", "Job title", "Signature", "Date"]
SIG_W = [4.3, 2.9, 3.6, 2.3, 2.5]


# ---------------------------------------------------------------------------
# A1  Mid and South Essex NHS Foundation Trust - Transfer of Care Hub
# ---------------------------------------------------------------------------

A1_PURPOSE = (
    "The purpose of this agreement is to allow the Parties to share the personal and health "
    "information of adult patients who are medically optimised for discharge from the Trust's "
    "hospitals at Basildon, Broomfield and Southend, so that the Transfer of Care Hub can agree "
    "the right discharge pathway, arrange care and support in the community, and avoid delays "
    "in patients leaving hospital.")

A1 = {
    "slug": "mseft_dsa_transfer_of_care_hub_v2-1",
    "formats": ["docx", "pdf", "doc"],
    "pdf_mode": "lo",
    "meta_author": "Priya Raman",
    "meta_title": "DSA Transfer of Care Hub",
    "meta_date": (2024, 3, 14),
    "heading_mode": "style",
    "cover_without_header": True,
    "first_footer": ["Mid and South Essex NHS Foundation Trust\tOFFICIAL – SENSITIVE"],
    "header": ["OFFICIAL – SENSITIVE\t\tMSE-IG-DSA-0147  Version 2.1"],
    "footer": ["Mid and South Essex NHS Foundation Trust – Information Governance\t\t"
               "Page {PAGE} of {NUMPAGES}"],
    "blocks": [
        ("orgline", "Mid and South Essex NHS Foundation Trust"),
        ("spacer", 70),
        ("banner", "DATA SHARING AGREEMENT"),
        ("title", "Transfer of Care Hub: Hospital Discharge Information Sharing"),
        ("subtitle", "Sharing of personal and special category data between acute, community, "
                     "social care and hospice partners to support timely and safe discharge "
                     "from hospital"),
        ("spacer", 30),
        ("table", [
            ["Document ID", "MSE-IG-DSA-0147"],
            ["Version", "2.1"],
            ["Status", "Approved"],
            ["Lead organisation", "Mid and South Essex NHS Foundation Trust"],
            ["Author", "Priya Raman, Information Governance Manager"],
            ["Approved by", "Dr Helen Okafor, Caldicott Guardian, on behalf of the Information "
                            "Governance and Data Security Group"],
            ["Date approved", "14/03/2024"],
            ["Date of next review", "31/03/2025"],
            ["DPIA reference", "DPIA-2022-088 (reviewed February 2024)"],
            ["Related documents", "Transfer of Care Hub Standard Operating Procedure v4.0; "
                                  "Discharge to Assess pathway guidance"],
        ], {"header": False, "kv": True, "widths": [4.5, 11.5]}),
        ("pagebreak",),
        ("h1", "Version history"),
        ("table", [
            ["Version", "Date", "Author", "Summary of changes"],
            ["0.1", "08/08/2022", "P. Raman", "Initial draft for partner comment"],
            ["1.0", "30/09/2022", "P. Raman", "Approved. Replaces the 2020 Discharge Hub ISA "
                                              "following the establishment of the ICB"],
            ["2.0", "11/01/2024", "T. Adeyemi", "St Luke's Hospice added as a Party; data items "
                                                "table revised; retention wording updated"],
            ["2.1", "14/03/2024", "P. Raman", "Minor amendments following Caldicott Guardian "
                                              "review"],
        ], {"widths": [2.1, 2.4, 2.6, 8.9]}),
        ("h1", "Contents"),
        ("table", [
            ["1", "Introduction"], ["2", "Purpose"], ["3", "Parties and their roles"],
            ["4", "Scope"], ["5", "Data to be shared"], ["6", "Lawful basis"],
            ["7", "Data flows"], ["8", "Data subject rights"], ["9", "Information security"],
            ["10", "Data quality"], ["11", "Retention and disposal"],
            ["12", "Incident management"], ["13", "Complaints and Freedom of Information requests"],
            ["14", "Term, review and termination"], ["15", "Signatories"],
            ["Appendix A", "Legislation and guidance"], ["Appendix B", "Contacts"],
        ], {"header": False, "widths": [2.5, 13.5]}),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        ("p", "Mid and South Essex NHS Foundation Trust (\"the Trust\") provides acute hospital "
              "services to a population of around 1.2 million people from Basildon University "
              "Hospital, Broomfield Hospital and Southend University Hospital. The Transfer of "
              "Care Hub is a multi-disciplinary team hosted by the Trust which brings together "
              "hospital discharge co-ordinators, social workers, community health staff, "
              "continuing healthcare nurses and hospice clinicians."),
        ("p", "This agreement records what the Parties have agreed about the information they "
              "exchange through the Hub. It does not replace each Party's own policies, and it "
              "does not create a joint controller arrangement."),
        ("h1", "2. Purpose"),
        ("p", A1_PURPOSE),
        ("p", "In particular the sharing supports:"),
        ("bullets", [
            "early identification of patients who are likely to need support on discharge;",
            "assessment of care and support needs by the relevant local authority;",
            "referral to community health, reablement and intermediate care services;",
            "fast-track referral for continuing healthcare and to specialist palliative care "
            "for patients at the end of life;",
            "daily reporting of discharge activity and delays to the ICB and system partners."]),
        ("h1", "3. Parties and their roles"),
        ("p", "The following organisations are Parties to this agreement. Each Party is an "
              "independent controller for the personal data it holds and for the data it "
              "receives under this agreement."),
        ("table", [
            ["Party", "Role in the Hub", "Controller status"],
            ["Mid and South Essex NHS Foundation Trust (Lead organisation)",
             "Hosts the Transfer of Care Hub; discloses referral and clinical summary data",
             "Independent controller"],
            ["Essex County Council", "Adult Social Care assessment and brokerage (mid and "
             "south Essex)", "Independent controller"],
            ["Southend-on-Sea City Council", "Adult Social Care assessment and brokerage",
             "Independent controller"],
            ["Thurrock Council", "Adult Social Care assessment and brokerage",
             "Independent controller"],
            ["NHS Mid and South Essex Integrated Care Board", "Commissioner of discharge "
             "pathways; continuing healthcare", "Independent controller"],
            ["Essex Partnership University NHS Foundation Trust", "Community health services "
             "and mental health liaison", "Independent controller"],
            ["Provide Community Interest Company", "Community health services in mid Essex",
             "Independent controller"],
            ["North East London NHS Foundation Trust", "Community health services in Basildon, "
             "Brentwood and Thurrock", "Independent controller"],
            ["St Luke's Hospice", "Specialist palliative care and hospice at home",
             "Independent controller"],
        ], {"widths": [5.5, 6.5, 4.0]}),
        ("h1", "4. Scope"),
        ("p", "This agreement covers adults (aged 18 and over) who are inpatients of the Trust "
              "and who are referred to the Transfer of Care Hub. It covers information shared "
              "from the point of referral until the patient has been discharged and the "
              "receiving service has accepted the referral."),
        ("p", "It does not cover children, patients discharged directly home without support, "
              "or the sharing of information for research or commissioning analysis, which are "
              "covered by separate agreements."),
        ("h1", "5. Data to be shared"),
        ("p", "Only the minimum information needed for each referral will be shared. The data "
              "items are:"),
        ("table", [
            ["Category", "Data items", "Special category?"],
            ["Identifiers", "Name, NHS number, date of birth, address, telephone number, "
             "GP practice", "No"],
            ["Next of kin and carers", "Name, relationship, contact details, whether a carer "
             "needs support", "No"],
            ["Admission details", "Ward, date of admission, expected date of discharge, "
             "medically optimised date", "No"],
            ["Clinical summary", "Diagnosis, functional and mobility assessment, cognition, "
             "nursing needs, medication on discharge", "Yes – health"],
            ["Social circumstances", "Living arrangements, existing package of care, "
             "safeguarding concerns", "Yes – where it reveals health"],
            ["End of life", "ReSPECT form status, preferred place of care, fast-track status",
             "Yes – health"],
        ], {"widths": [3.5, 9.5, 3.0]}),
        ("h1", "6. Lawful basis"),
        ("p", "Each Party relies on the following conditions for the processing of personal "
              "data under this agreement."),
        ("h2", "6.1 UK GDPR"),
        ("p", "For the purposes of UK GDPR Article 6(1)(e), the sharing is necessary for the "
              "performance of a task carried out in the public interest or in the exercise of "
              "official authority vested in the Parties. For health data, the condition is "
              "Article 9(2)(h): processing necessary for the provision of health or social "
              "care or treatment or the management of health or social care systems."),
        ("p", "Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018 (health or "
              "social care purposes) meets the requirement for a basis in law."),
        ("h2", "6.2 Statutory powers and duties"),
        ("bullets", [
            "section 82 of the National Health Service Act 2006 – the duty of NHS bodies and "
            "local authorities to co-operate with one another;",
            "section 6 of the Care Act 2014 – the duty of local authorities and their relevant "
            "partners to co-operate in the provision of care and support;",
            "section 251B of the Health and Social Care Act 2012 – the duty to share "
            "information for the direct care of an individual;",
            "the hospital discharge provisions introduced by the Health and Care Act 2022;",
            "the Mental Capacity Act 2005, where a patient lacks capacity to take part in "
            "decisions about their discharge."]),
        ("h2", "6.3 Confidentiality"),
        ("p", "The information is shared for the patient's direct care and the Parties rely on "
              "implied consent under the common law duty of confidentiality. Patients are told "
              "about the Hub when they are admitted and their wishes are recorded. The Parties "
              "apply the eight Caldicott Principles and each Party's Caldicott Guardian may be "
              "consulted where there is doubt. Article 8 of the European Convention on Human "
              "Rights, given effect by the Human Rights Act 1998, has been considered in the "
              "DPIA."),
        ("h1", "7. Data flows"),
        ("table", [
            ["Flow", "From", "To", "Method", "Frequency"],
            ["Referral to Hub", "Trust wards", "Transfer of Care Hub", "Electronic referral "
             "in the Trust's patient administration system", "As required"],
            ["Assessment request", "Hub", "Local authority adult social care", "Secure shared "
             "mailbox (nhs.net to gov.uk, TLS enforced)", "Daily, 7 days a week"],
            ["Community referral", "Hub", "EPUT, Provide or NELFT", "SystmOne task or "
             "NHSmail", "As required"],
            ["Hospice referral", "Hub", "St Luke's Hospice", "NHSmail", "As required"],
            ["Discharge situation report", "Trust", "ICB", "Aggregate figures only, via the "
             "ICB reporting portal", "Daily"],
        ], {"widths": [3.0, 2.4, 3.2, 5.0, 2.4]}),
        ("p", "Information will not be sent by fax, by unencrypted email or on removable media. "
              "Telephone discussions at the daily Hub huddle are recorded in the patient's "
              "electronic record."),
        ("h1", "8. Data subject rights"),
        ("p", "Each Party will publish a privacy notice that describes this sharing. Requests "
              "from individuals to exercise their rights of access, rectification, restriction "
              "or objection will be handled by the Party that receives the request, which will "
              "inform the other Parties where their records are affected. Subject access "
              "requests will be answered within one calendar month."),
        ("p", "The right to object under Article 21 applies. Where a patient objects to "
              "information being shared with a particular Party, the Hub will discuss the "
              "consequences with the patient and record the decision."),
        ("h1", "9. Information security"),
        ("p", "Each NHS Party will maintain a Data Security and Protection Toolkit (DSPT) "
              "assessment of \"Standards Met\" or better. The local authority and hospice Parties "
              "will either complete the DSPT or demonstrate equivalent assurance through Cyber "
              "Essentials Plus and their own information security policies."),
        ("bullets", [
            "access to Hub information is restricted to staff who need it for their role;",
            "all staff complete annual data security awareness training;",
            "devices are encrypted and protected by multi-factor authentication;",
            "paper records are not created except where a patient has no electronic record."]),
        ("h1", "10. Data quality"),
        ("p", "The disclosing Party is responsible for the accuracy of the information it "
              "shares. NHS numbers will be verified against the Personal Demographics Service "
              "before referral. Where a receiving Party finds an error it will tell the Hub "
              "on the same working day so that the source record can be corrected."),
        ("h1", "11. Retention and disposal"),
        ("p", "Each Party will retain information received under this agreement in line with "
              "the Records Management Code of Practice 2021 and its own retention schedule. "
              "Copies held in the shared mailbox will be deleted 30 days after the patient's "
              "discharge once they have been filed in the receiving Party's case record."),
        ("h1", "12. Incident management"),
        ("p", "Any actual or suspected information incident involving data shared under this "
              "agreement must be reported to the Trust's Information Governance Team within 24 "
              "hours of discovery, as well as through the Party's own incident process. Where "
              "the incident is reportable, the Party in whose custody the data was at the time "
              "will report it to the Information Commissioner's Office within 72 hours, using "
              "the DSPT incident reporting tool where applicable."),
        ("h1", "13. Complaints and Freedom of Information requests"),
        ("p", "Complaints from patients or their representatives about the way their "
              "information has been shared will be handled under the complaints procedure of "
              "the Party that receives the complaint, with the co-operation of the other "
              "Parties. Individuals may also complain to the Information Commissioner."),
        ("p", "This agreement may be published. Requests made under the Freedom of Information "
              "Act 2000 for information relating to the agreement will be handled by the Party "
              "that receives the request, which will consult the Lead organisation before "
              "disclosure."),
        ("h1", "14. Term, review and termination"),
        ("p", "This agreement comes into effect on 1 April 2024 and replaces version 1.0. It "
              "will be reviewed annually by the Lead organisation, or earlier if there is a "
              "change in legislation, a significant incident, or a change to the services in "
              "scope."),
        ("p", "A Party may withdraw from this agreement by giving 30 days' notice in writing to "
              "the Lead organisation. Information shared before withdrawal will continue to be "
              "protected in accordance with this agreement."),
        ("h1", "15. Signatories"),
        ("p", "By signing below each Party agrees to the terms of this agreement."),
        ("table", [
            SIG_HEAD,
            ["Mid and South Essex NHS Foundation Trust", "Dr Helen Okafor",
             "Caldicott Guardian", "H. Okafor", "14/03/2024"],
            ["Essex County Council", "Mark Pettigrew", "Director, Adult Social Care "
             "Operations", "M. Pettigrew", "19/03/2024"],
            ["Southend-on-Sea City Council", "Joanne Creasey", "Head of Adult Social Care",
             "J. Creasey", "21/03/2024"],
            ["Thurrock Council", "Sanjay Mistry", "Strategic Lead, Hospital and Community "
             "Social Work", "S. Mistry", "25/03/2024"],
            ["NHS Mid and South Essex Integrated Care Board", "Claire Whitby", "Director of "
             "Nursing and Caldicott Guardian", "C. Whitby", "20/03/2024"],
            ["Essex Partnership University NHS Foundation Trust", "Dr Ayodele Bankole",
             "Caldicott Guardian", "A. Bankole", "22/03/2024"],
            ["Provide Community Interest Company", "Rachel Hosking", "Head of Information "
             "Governance and DPO", "R. Hosking", "18/03/2024"],
            ["North East London NHS Foundation Trust", "Owen Dlamini", "Associate Director "
             "of Information Governance", "O. Dlamini", "27/03/2024"],
            ["St Luke's Hospice", "Fiona Marchetti", "Director of Patient Care",
             "F. Marchetti", "26/03/2024"],
        ], {"widths": SIG_W, "size": 8.5}),
        ("pagebreak",),
        ("h1", "Appendix A – Legislation and guidance"),
        ("table", [
            ["Instrument", "Relevance"],
            ["UK GDPR Articles 6 and 9", "Lawful basis and special category condition"],
            ["Data Protection Act 2018", "Schedule 1 condition; rights; offences"],
            ["National Health Service Act 2006", "Co-operation between NHS bodies and local "
             "authorities"],
            ["Care Act 2014", "Co-operation; assessment of care and support needs"],
            ["Health and Social Care Act 2012", "Duty to share for direct care"],
            ["Health and Care Act 2022", "Discharge to assess"],
            ["Mental Capacity Act 2005", "Best interests decisions about discharge"],
            ["Human Rights Act 1998", "Article 8 – respect for private and family life"],
            ["Common law duty of confidentiality", "Implied consent for direct care "
             "(guidance and case law, not statute)"],
            ["Caldicott Principles (2020)", "Guidance from the National Data Guardian"],
            ["Records Management Code of Practice 2021", "Retention periods"],
        ], {"widths": [6.5, 9.5]}),
        ("h1", "Appendix B – Contacts"),
        ("table", [
            ["Party", "Contact", "Email"],
            ["Mid and South Essex NHS Foundation Trust", "Information Governance Team",
             "mse.infogov@nhs.net"],
            ["Essex County Council", "Information Governance Team",
             "Informationgovernanceteam@essex.gov.uk"],
            ["Southend-on-Sea City Council", "Data Protection Officer", "dpo@southend.gov.uk"],
            ["Thurrock Council", "Information Management", "inform@thurrock.gov.uk"],
            ["NHS Mid and South Essex Integrated Care Board", "IG Lead",
             "mseicb.ig@nhs.net"],
            ["Essex Partnership University NHS Foundation Trust", "IG Team",
             "epunft.infogov@nhs.net"],
            ["Provide Community Interest Company", "IG Team", "provide.ig@nhs.net"],
            ["North East London NHS Foundation Trust", "IG Team", "ig@nelft.nhs.uk"],
            ["St Luke's Hospice", "Data Protection Lead", "dpo@stlukeshospice.org.uk"],
        ], {"widths": [6.0, 4.5, 5.5]}),
    ],
    "truth": {
        "title": "Transfer of Care Hub: Hospital Discharge Information Sharing",
        "purpose": A1_PURPOSE,
        "lead": {"name": "Mid and South Essex NHS Foundation Trust", "org": None},
        "partners": [
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Provide Community Interest Company", "org": "Provide"},
            {"name": "North East London NHS Foundation Trust",
             "org": "North East London NHS Foundation Trust"},
            {"name": "St Luke's Hospice", "org": None},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018",
             "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraph 2"},
            {"citation": "section 82 of the National Health Service Act 2006",
             "title": "National Health Service Act", "year": 2006, "provision": "section 82"},
            {"citation": "section 6 of the Care Act 2014", "title": "Care Act", "year": 2014,
             "provision": "section 6"},
            {"citation": "section 251B of the Health and Social Care Act 2012",
             "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
            {"citation": "Health and Care Act 2022", "title": "Health and Care Act", "year": 2022,
             "provision": None},
            {"citation": "Mental Capacity Act 2005", "title": "Mental Capacity Act", "year": 2005,
             "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998,
             "provision": None},
            {"citation": "Freedom of Information Act 2000", "title": "Freedom of Information Act",
             "year": 2000, "provision": None},
        ],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": "2024-04-01",
        "missing_sections": [],
    },
}


# ---------------------------------------------------------------------------
# A2  EPUT - SMI physical health checks (title only in the Word header)
# ---------------------------------------------------------------------------

A2_TITLE = "SMI Physical Health Checks Information Sharing Agreement"
A2_PURPOSE = (
    "This agreement allows EPUT and the GP practices named in Schedule 1 to share the "
    "information needed to offer every adult on a practice's severe mental illness (SMI) "
    "register an annual physical health check, to follow up abnormal results, and to record "
    "completed checks in both the practice record and the EPUT clinical record.")

A2 = {
    "slug": "EPUT_ISA-2023-031_v1.2_final",
    "formats": ["docx", "pdf", "doc"],
    "pdf_mode": "lo",
    "meta_author": "mlindqvist",
    "meta_title": "ISA template (Tier 2) v5",
    "meta_date": (2023, 10, 27),
    "heading_mode": "style",
    "header_bold_first": True,
    "header_size": 9,
    "header": [A2_TITLE,
               "Essex Partnership University NHS Foundation Trust\t\tOFFICIAL – SENSITIVE"],
    "footer": ["ISA/2023/031  v1.2  Final\t\tPage {PAGE}"],
    "blocks": [
        ("h1", "Document control"),
        ("table", [
            ["Reference", "ISA/2023/031"],
            ["Document type", "Information Sharing Agreement (Tier 2 – service level)"],
            ["Version", "1.2"],
            ["Status", "Final"],
            ["Owner", "Essex Partnership University NHS Foundation Trust (EPUT)"],
            ["Author", "Marcus Lindqvist, Information Governance Lead"],
            ["Approved by", "EPUT Information Governance Steering Group"],
            ["Date approved", "27/10/2023"],
            ["Date of next review", "October 2024"],
            ["DPIA", "Completed – DPIA 0412, approved by the Data Protection Officer"],
        ], {"header": False, "kv": True, "widths": [4.5, 11.5]}),
        ("h2", "Version history"),
        ("table", [
            ["Version", "Date", "Author", "Changes"],
            ["1.0", "14/06/2023", "M. Lindqvist", "First issue"],
            ["1.1", "02/08/2023", "M. Lindqvist", "Hertfordshire and West Essex practices "
             "added to Schedule 1"],
            ["1.2", "27/10/2023", "K. Osei", "ICB reporting flow amended to aggregate data only"],
        ], {"widths": [2.1, 2.4, 2.8, 8.7]}),
        ("h2", "Distribution"),
        ("p", "Signatories listed in section 11; EPUT Caldicott Guardian; practice managers of "
              "the practices in Schedule 1; ICB primary care contracting teams."),
        ("pagebreak",),
        ("h1", "1. Introduction and purpose"),
        ("p", "People living with severe mental illness die on average 15 to 20 years earlier "
              "than the general population, largely from preventable physical conditions. The "
              "NHS Long Term Plan sets a target for 390,000 people with SMI to receive a full "
              "annual physical health check in primary care."),
        ("p", A2_PURPOSE),
        ("p", "EPUT's Physical Health Check Team will contact patients, carry out checks in "
              "community clinics or at home where the practice asks it to, and return results "
              "to the practice. The practice remains responsible for clinical follow-up."),
        ("h1", "2. Parties and scope"),
        ("p", "The parties to this agreement are EPUT, the GP practices listed in Schedule 1 "
              "and the three integrated care boards whose populations are served. Each party is "
              "a controller in its own right."),
        ("table", [
            ["Party", "Role", "ODS code"],
            ["Essex Partnership University NHS Foundation Trust", "Provider of the Physical "
             "Health Check Team; owner of this agreement", "R1L"],
            ["NHS Hertfordshire and West Essex Integrated Care Board", "Commissioner; receives "
             "aggregate uptake figures only", "QM7"],
            ["NHS Mid and South Essex Integrated Care Board", "Commissioner; receives aggregate "
             "uptake figures only", "QH8"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Commissioner; receives "
             "aggregate uptake figures only", "QJG"],
            ["GP practices in Schedule 1", "Hold the SMI register; clinical follow-up", "—"],
        ], {"widths": [6.5, 7.5, 2.0]}),
        ("p", "The agreement covers adults aged 18 and over who are on a practice SMI register "
              "(schizophrenia, bipolar affective disorder and other psychoses) and who are, or "
              "have been in the last five years, open to EPUT secondary mental health services."),
        ("h1", "3. Information to be shared"),
        ("table", [
            ["From", "To", "Items"],
            ["Practice", "EPUT", "Name, NHS number, date of birth, address, telephone, SMI "
             "register code and date, last recorded check components, relevant long-term "
             "conditions, current medication"],
            ["EPUT", "Practice", "Results of each of the six check components (BMI, blood "
             "pressure, lipids, glucose or HbA1c, alcohol, smoking status), interventions "
             "offered, referrals made, did-not-attend notifications"],
            ["EPUT", "ICBs", "Counts of checks offered and completed, by practice and month. "
             "No personal data"],
        ], {"widths": [2.5, 2.5, 11.0]}),
        ("h1", "4. Legal basis"),
        ("p", "The processing is lawful under UK GDPR Article 6(1)(e) (public task) and "
              "Article 9(2)(h) (provision of health care). The Data Protection Act 2018, which "
              "superseded the Data Protection Act 1998, supplies the Schedule 1 condition for "
              "health or social care purposes."),
        ("p", "The relevant statutory functions are those of EPUT and the practices under the "
              "NHS Act 2006 and, for patients entitled to after-care, section 117 of the Mental "
              "Heath Act 1983. Section 251B of the Health and Social Care Act 2012 places a duty "
              "on both EPUT and the practices to share information where it facilitates care "
              "for the individual and the individual does not object."),
        ("p", "The sharing is for direct care. Implied consent satisfies the common law duty of "
              "confidence, and the sharing is consistent with the Caldicott Principles. A "
              "patient who does not want EPUT to contact them may tell their practice, and the "
              "practice will not include them in the list sent to EPUT."),
        ("h1", "5. Data subject rights"),
        ("p", "Both EPUT and each practice will make patients aware of the sharing through "
              "their privacy notices, and EPUT will give each patient an information leaflet at "
              "their first appointment. A request for access to records will be dealt with by "
              "the party that holds the record requested. Requests to rectify inaccurate data "
              "will be passed to the party that created the record."),
        ("h1", "6. Information security"),
        ("p", "Every party will hold a current DSPT submission at \"Standards Met\". EPUT will "
              "hold practice data only within its SystmOne unit and the Physical Health Check "
              "Team's restricted network folder. Access is limited to named members of the team "
              "and is audited quarterly. Staff have completed annual data security training."),
        ("h1", "7. Data flows"),
        ("p", "Practices will send an encrypted list of eligible patients to the team's "
              "NHSmail shared mailbox at the start of each quarter. EPUT will return results "
              "to the practice within five working days of each check, either as a SystmOne "
              "task or by NHSmail to the practice's generic mailbox. Aggregate reports go to "
              "the ICBs monthly."),
        ("h1", "8. Data quality"),
        ("p", "Practices are responsible for the accuracy of their SMI registers and will "
              "remove patients who have died or moved away before sending the quarterly list. "
              "EPUT will use NHS number as the primary identifier and will query any record "
              "where the name, date of birth and NHS number do not agree."),
        ("h1", "9. Retention and disposal"),
        ("p", "Quarterly lists will be deleted by EPUT when the quarter's checks are complete "
              "and no later than six months after receipt. Results recorded in clinical records "
              "are kept for the periods in the Records Management Code of Practice 2021 (20 "
              "years after last contact for mental health records; 10 years after death for GP "
              "records)."),
        ("h1", "10. Incident management"),
        ("p", "A party that becomes aware of a data security incident affecting this sharing "
              "must tell the other affected parties and the EPUT Information Governance Team "
              "(epunft.infogov@nhs.net) within one working day. Each party is responsible for "
              "reporting incidents to the ICO through the DSPT where the reporting threshold is "
              "met."),
        ("h1", "11. Term and termination"),
        ("p", "This agreement takes effect from 1 November 2023 and remains in force until it "
              "is replaced or terminated. A party may end its participation by giving one "
              "month's notice to EPUT. EPUT will review the agreement by the date shown in the "
              "document control table, or earlier if the national specification for SMI health "
              "checks changes."),
        ("p", "Signed on behalf of the parties:"),
        ("table", [
            SIG_HEAD,
            ["Essex Partnership University NHS Foundation Trust", "Dr Ayodele Bankole",
             "Caldicott Guardian", "", "30/10/2023"],
            ["NHS Hertfordshire and West Essex Integrated Care Board", "Eleanor Vance",
             "Head of Information Governance", "", "01/11/2023"],
            ["NHS Mid and South Essex Integrated Care Board", "Claire Whitby",
             "Director of Nursing", "", "31/10/2023"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Tom Ashdown",
             "Data Protection Officer", "", "06/11/2023"],
            ["For the practices", "See Schedule 1", "", "", ""],
        ], {"widths": SIG_W, "size": 8.5}),
        ("h1", "Schedule 1 – Participating GP practices"),
        ("p", "Each practice signs this schedule through its practice manager or a GP partner."),
        ("table", [
            ["Practice", "ODS code", "ICB", "Signed by", "Date"],
            ["Blackwater Valley Medical Practice", "F81714", "Mid and South Essex",
             "Dr R. Chaudhry, GP Partner", "03/11/2023"],
            ["Colne Bank Surgery", "F81652", "Suffolk and North East Essex",
             "L. Turnbull, Practice Manager", "08/11/2023"],
            ["Harlow Common Health Centre", "F81733", "Hertfordshire and West Essex",
             "Dr S. Afolabi, GP Partner", "02/11/2023"],
            ["Crouch Estuary Surgery", "F81690", "Mid and South Essex",
             "P. Whiteley, Practice Manager", "09/11/2023"],
        ], {"widths": [4.6, 1.9, 3.6, 3.7, 2.5]}),
    ],
    "truth": {
        "title": A2_TITLE,
        "purpose": A2_PURPOSE,
        "lead": {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
        "partners": [
            {"name": "NHS Hertfordshire and West Essex Integrated Care Board", "org": None},
            {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
            {"name": "NHS Suffolk and North East Essex Integrated Care Board", "org": None},
            {"name": "Blackwater Valley Medical Practice", "org": None},
            {"name": "Colne Bank Surgery", "org": None},
            {"name": "Harlow Common Health Centre", "org": None},
            {"name": "Crouch Estuary Surgery", "org": None},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1"},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998,
             "provision": None},
            {"citation": "NHS Act 2006", "title": "National Health Service Act", "year": 2006,
             "provision": None},
            {"citation": "section 117 of the Mental Heath Act 1983", "title": "Mental Health Act",
             "year": 1983, "provision": "section 117"},
            {"citation": "Section 251B of the Health and Social Care Act 2012",
             "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
        ],
        "review_date": "2024-10-31",
        "review_basis": "explicit",
        "commencement_date": "2023-11-01",
        "missing_sections": ["complaints"],
    },
}


# ---------------------------------------------------------------------------
# A3  ESNEFT - EPaCCS with hospices (two-line title; reportlab boxed PDF)
# ---------------------------------------------------------------------------

A3_TITLE = ("Electronic Palliative Care Co-ordination: Sharing Records with Hospices in North "
            "East Essex and Suffolk")
A3_PURPOSE = (
    "This agreement enables the Parties to share the end of life care plans, preferences and "
    "key clinical information of people who are approaching the end of their lives, so that "
    "whichever service is caring for the person, at any time of day or night, can see and "
    "respect what matters to them and avoid unwanted admissions to hospital.")

A3 = {
    "slug": "ESNEFT-ISA-EPaCCS-hospices-2023",
    "formats": ["docx", "pdf"],
    "pdf_mode": "rl",
    "rl_layout": "ruled",
    "meta_author": "ESNEFT Information Governance",
    "meta_title": "ISA EPaCCS hospices v1.0",
    "meta_date": (2023, 5, 19),
    "heading_mode": "bold",
    "cover_without_header": True,
    "first_footer": ["East Suffolk and North Essex NHS Foundation Trust\tOFFICIAL – SENSITIVE"],
    "header": ["OFFICIAL – SENSITIVE\tEPaCCS Information Sharing Agreement"],
    "footer": ["ESNEFT Information Governance  |  IG-ISA-2023-009  |  Version 1.0"
               "\tPage {PAGE} of {NUMPAGES}"],
    "blocks": [
        ("orgline", "East Suffolk and North Essex NHS Foundation Trust"),
        ("spacer", 60),
        ("banner", "INFORMATION SHARING AGREEMENT"),
        ("title", "Electronic Palliative Care Co-ordination:\nSharing Records with Hospices in "
                  "North East Essex and Suffolk"),
        ("spacer", 24),
        ("table", [
            ["Document ID", "IG-ISA-2023-009"],
            ["Version", "1.0"],
            ["Status", "Approved"],
            ["Author", "Bethany Clarke, Information Governance Officer"],
            ["Approved by", "ESNEFT Caldicott Guardian (Dr Nikhil Joshi)"],
            ["Date approved", "19/05/2023"],
            ["Date of next review", "12 months from commencement"],
        ], {"header": False, "kv": True, "widths": [4.5, 11.5]}),
        ("spacer", 12),
        ("small", "This agreement is led by East Suffolk and North Essex NHS Foundation Trust "
                  "(ESNEFT) on behalf of the Suffolk and North East Essex end of life care "
                  "partnership."),
        ("pagebreak",),
        ("h1", "VERSION HISTORY"),
        ("table", [
            ["Version", "Date", "Author", "Description"],
            ["0.1", "21/02/2023", "B. Clarke", "First draft"],
            ["0.2", "30/03/2023", "B. Clarke", "Comments from hospice DPOs incorporated"],
            ["0.3", "28/04/2023", "B. Clarke", "Ambulance service added"],
            ["1.0", "19/05/2023", "B. Clarke", "Approved by Caldicott Guardian"],
        ], {"widths": [2.1, 2.4, 2.6, 8.9]}),
        ("h1", "1. INTRODUCTION"),
        ("p", "Electronic Palliative Care Co-ordination Systems (EPaCCS) hold the end of life "
              "care plans of people in their last year of life. In Suffolk and north east "
              "Essex the EPaCCS is a shared care plan template held within SystmOne, and made "
              "visible to services that do not use SystmOne through the shared care record."),
        ("h1", "2. PURPOSE"),
        ("p", A3_PURPOSE),
        ("p", "The information will be used only for the direct care of the individual and for "
              "the co-ordination of their care. It will not be used for research, for "
              "commissioning or for any other purpose without a further agreement."),
        ("h1", "3. THE PARTIES"),
        ("p", "This agreement is between the following organisations:"),
        ("table", [
            ["Organisation", "Services", "Controller"],
            ["East Suffolk and North Essex NHS Foundation Trust", "Acute hospitals (Colchester, "
             "Ipswich) and community services in east Suffolk", "Independent"],
            ["St Helena Hospice", "Hospice inpatient unit, community palliative care, "
             "24-hour advice line (north east Essex)", "Independent"],
            ["St Elizabeth Hospice", "Hospice and community palliative care (east Suffolk)",
             "Independent"],
            ["Anglian Community Enterprise CIC", "Community nursing in north east Essex",
             "Independent"],
            ["East of England Ambulance Service NHS Trust", "Emergency and urgent care",
             "Independent"],
            ["Norfolk and Suffolk NHS Foundation Trust", "Mental health services in Suffolk",
             "Independent"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Commissioner; hosts the "
             "shared care record", "Independent"],
            ["Suffolk County Council", "Adult social care (Suffolk)", "Independent"],
            ["Essex County Council", "Adult social care (north east Essex)", "Independent"],
        ], {"widths": [6.0, 7.5, 2.5]}),
        ("h1", "4. INFORMATION TO BE SHARED"),
        ("bullets", [
            "demographic details: name, NHS number, date of birth, address, GP practice;",
            "key contacts, lasting power of attorney (health and welfare) and next of kin;",
            "diagnosis and prognosis, including any 'last days of life' flag;",
            "preferred and actual place of care and of death;",
            "ReSPECT and DNACPR decisions;",
            "anticipatory medicines prescribed and where they are kept;",
            "the person's wishes about what matters to them, as recorded by them or with them."]),
        ("h1", "5. LEGAL BASIS"),
        ("p", "The Parties rely on UK GDPR Article 6(1)(e) and Article 9(2)(h). The Data "
              "Protection Act 2018 provides the condition in Schedule 1, Part 1, paragraph 2. "
              "The hospices, which are charities, rely on Article 6(1)(e) because they provide "
              "NHS-commissioned services."),
        ("p", "Section 251B of the Health and Social Care Act 2012 (duty to share information "
              "for direct care) applies to the NHS bodies and the local authorities, and the "
              "local authorities also act under the Care Act 2014."),
        ("p", "Where the person lacks capacity to consent to their care plan being shared, the "
              "decision is taken in their best interests under the Mental Capacity Act 2005, "
              "and any attorney or deputy is involved. After a person's death the duty of "
              "confidence continues. Requests from relatives or personal representatives for "
              "access to the records of a deceased person are dealt with under the Access to "
              "Health Record Act 1990."),
        ("p", "The sharing respects the common law duty of confidentiality: the person (or "
              "their representative) is asked to agree to an EPaCCS record and the agreement is "
              "recorded. The Caldicott Principles apply."),
        ("h1", "6. ACCESS AND INDIVIDUALS' RIGHTS"),
        ("p", "Each Party's privacy notice refers to EPaCCS. A person may ask for their EPaCCS "
              "record to be withdrawn or limited at any time and the record will be updated the "
              "same day. Subject access requests are handled by the Party that receives them; "
              "where the request relates to the EPaCCS record as a whole, ESNEFT will co-ordinate "
              "the response."),
        ("h1", "7. HOW INFORMATION WILL BE SHARED"),
        ("p", "Information is not transmitted as files. Parties view and update the EPaCCS "
              "template in real time, either in SystmOne or through the shared care record "
              "viewer. The ambulance service views the record via its clinical system "
              "integration. Hospice advice line staff have read and write access 24 hours a "
              "day."),
        ("h1", "8. SECURITY"),
        ("p", "Access is role-based and requires an NHS smartcard or an authenticated account "
              "on the shared care record. Each Party completes the DSPT annually. Access is "
              "audited monthly and inappropriate access will be investigated as a disciplinary "
              "matter."),
        ("h1", "9. RETENTION"),
        ("p", "The EPaCCS record forms part of the health record and is kept for the periods "
              "in the Records Management Code of Practice 2021. Copies must not be made outside "
              "the clinical system."),
        ("h1", "10. COMPLAINTS"),
        ("p", "A complaint about the sharing of EPaCCS information will be dealt with by the "
              "Party that receives it under its complaints policy. Where more than one Party is "
              "involved, ESNEFT's Patient Advice and Liaison Service will co-ordinate a single "
              "response."),
        ("h1", "11. BREACHES AND INCIDENTS"),
        ("p", "Any incident must be reported to ESNEFT's Information Governance Team "
              "(infogov@esneft.nhs.uk) within 24 hours and managed under each Party's "
              "incident policy. Reportable incidents are notified to the ICO within 72 hours."),
        ("h1", "12. COMMENCEMENT, REVIEW AND TERMINATION"),
        ("p", "This agreement commences on 1 June 2023. It will be reviewed 12 months after "
              "the commencement date, and every year after that, by ESNEFT with the Parties. "
              "Any Party may withdraw on 60 days' written notice."),
        ("h1", "13. SIGNATURES"),
        ("table", [
            SIG_HEAD,
            ["East Suffolk and North Essex NHS Foundation Trust", "Dr Nikhil Joshi",
             "Caldicott Guardian", "N Joshi", "22/05/2023"],
            ["St Helena Hospice", "Amanda Kerridge", "Director of Clinical Services",
             "A Kerridge", "24/05/2023"],
            ["St Elizabeth Hospice", "Graham Pyke", "Chief Executive", "G Pyke", "25/05/2023"],
            ["Anglian Community Enterprise CIC", "Louise Farrant", "Head of Governance",
             "L Farrant", "24/05/2023"],
            ["East of England Ambulance Service NHS Trust", "Dr Simon Roe",
             "Caldicott Guardian", "S Roe", "30/05/2023"],
            ["Norfolk and Suffolk NHS Foundation Trust", "Imogen Hale",
             "Head of Information Governance", "I Hale", "26/05/2023"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Patrick Oyelaran",
             "Senior Information Risk Owner", "P Oyelaran", "23/05/2023"],
            ["Suffolk County Council", "Rebecca Lyle", "Head of Adult Social Care "
             "Operations", "R Lyle", "31/05/2023"],
            ["Essex County Council", "Dean Forsyth", "Head of Service, North East Quadrant",
             "D Forsyth", "31/05/2023"],
        ], {"widths": SIG_W, "size": 8.5}),
        ("h1", "APPENDIX – CONTACTS"),
        ("table", [
            ["Organisation", "IG contact"],
            ["East Suffolk and North Essex NHS Foundation Trust", "infogov@esneft.nhs.uk"],
            ["St Helena Hospice", "dataprotection@sthelena.org.uk"],
            ["St Elizabeth Hospice", "dpo@stelizabethhospice.org.uk"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "sneeicb.ig@nhs.net"],
        ], {"widths": [8.0, 8.0]}),
    ],
    "truth": {
        "title": A3_TITLE,
        "purpose": A3_PURPOSE,
        "lead": {"name": "East Suffolk and North Essex NHS Foundation Trust", "org": None},
        "partners": [
            {"name": "St Helena Hospice", "org": None},
            {"name": "St Elizabeth Hospice", "org": None},
            {"name": "Anglian Community Enterprise CIC", "org": "Anglian Community Enterprise"},
            {"name": "East of England Ambulance Service NHS Trust",
             "org": "East of England Ambulance Service NHS Trust"},
            {"name": "Norfolk and Suffolk NHS Foundation Trust", "org": None},
            {"name": "NHS Suffolk and North East Essex Integrated Care Board", "org": None},
            {"name": "Suffolk County Council", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraph 2"},
            {"citation": "Section 251B of the Health and Social Care Act 2012",
             "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
            {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
            {"citation": "Mental Capacity Act 2005", "title": "Mental Capacity Act", "year": 2005,
             "provision": None},
            {"citation": "Access to Health Record Act 1990", "title": "Access to Health Records Act",
             "year": 1990, "provision": None},
        ],
        "review_date": "2024-06-01",
        "review_basis": "relative",
        "commencement_date": "2023-06-01",
        "missing_sections": ["accuracy"],
    },
}


# ---------------------------------------------------------------------------
# A4  PAH - maternity to health visiting, cross border (title in a cover table)
# ---------------------------------------------------------------------------

A4_TITLE = "Maternity to Health Visiting Notification of Births and Transfer of Care"
A4_PURPOSE = (
    "This agreement sets out how The Princess Alexandra Hospital NHS Trust will notify the "
    "health visiting services in Hertfordshire and west Essex of every birth and every "
    "transfer of care from midwifery, so that each family receives a new birth visit between "
    "10 and 14 days after the birth and any vulnerability identified in pregnancy is followed "
    "up without delay.")

A4 = {
    "slug": "PAH_Maternity_HV_ISA_2023_signed",
    "formats": ["docx", "pdf"],
    "pdf_mode": "lo",
    "meta_author": "PAH IG",
    "meta_title": "",
    "meta_date": (2023, 9, 22),
    "heading_mode": "style",
    "header": ["The Princess Alexandra Hospital NHS Trust\t\tOFFICIAL – SENSITIVE"],
    "footer": ["Maternity to HV ISA  v1.0\t\tPage {PAGE} of {NUMPAGES}"],
    "blocks": [
        ("spacer", 40),
        ("banner", "Information Sharing Agreement"),
        ("spacer", 12),
        ("table", [
            ["Agreement title", A4_TITLE],
            ["Lead organisation", "The Princess Alexandra Hospital NHS Trust"],
            ["Service", "Women's and Children's Health – Maternity"],
            ["Reference", "PAH-IG-ISA-063"],
            ["Version", "1.0 (signed)"],
            ["Author", "Gemma Whitlock, Information Governance and Data Protection Officer"],
            ["Approved by", "Information Governance Steering Group, 05/09/2023"],
            ["Review", "See section 13"],
        ], {"header": False, "kv": True, "widths": [4.5, 11.5]}),
        ("spacer", 20),
        ("h2", "Amendment history"),
        ("table", [
            ["Version", "Date", "Amended by", "Details"],
            ["0.1", "03/04/2023", "G. Whitlock", "Draft"],
            ["0.2", "12/06/2023", "G. Whitlock", "Hertfordshire partners' comments; perinatal "
             "mental health added"],
            ["1.0", "05/09/2023", "G. Whitlock", "Approved"],
        ], {"widths": [2.1, 2.4, 2.8, 8.7]}),
        ("pagebreak",),
        ("h1", "1. Background"),
        ("p", "The Princess Alexandra Hospital in Harlow delivers around 4,000 babies a year. "
              "Its catchment area crosses the county boundary: roughly half of the women booked "
              "at the hospital live in east Hertfordshire and half in west Essex. Health visiting "
              "is commissioned by the two county councils as part of their public health "
              "responsibilities and is provided by different organisations on each side of the "
              "border."),
        ("h1", "2. Purpose"),
        ("p", A4_PURPOSE),
        ("p", "The agreement also covers the onward notification of births to the child health "
              "information services, and referrals to perinatal mental health services where a "
              "woman has consented."),
        ("h1", "3. Partner organisations"),
        ("bullets", [
            "The Princess Alexandra Hospital NHS Trust (Lead organisation)",
            "Hertfordshire Community NHS Trust – 0-19 health visiting service (Hertfordshire)",
            "Hertfordshire County Council – commissioner of public health nursing services",
            "Essex County Council – commissioner of the Essex Child and Family Wellbeing "
            "Service",
            "Essex Partnership University NHS Foundation Trust – community and perinatal mental "
            "health services (west Essex)",
            "Hertfordshire Partnership University NHS Foundation Trust – perinatal mental "
            "health services (Hertfordshire)",
            "NHS Hertfordshire and West Essex Integrated Care Board – commissioner of maternity "
            "services"]),
        ("h1", "4. Information to be shared"),
        ("table", [
            ["Data set", "Content", "Recipient"],
            ["Birth notification", "Baby's name, NHS number, date and time of birth, sex, birth "
             "weight, gestation, mother's name, NHS number, address and GP, place of birth",
             "Health visiting service for the mother's address; child health information "
             "service"],
            ["Transfer of care summary", "Mode of delivery, feeding, newborn examination "
             "outcome, safeguarding or vulnerability flags, social care involvement, date of "
             "discharge from midwifery", "Health visiting service"],
            ["Antenatal contact notification", "Mother's details and expected date of "
             "delivery, for the antenatal health visitor contact after 28 weeks",
             "Health visiting service"],
            ["Perinatal mental health referral", "Referral form and relevant history (only "
             "with consent)", "EPUT or HPFT perinatal team"],
        ], {"widths": [3.6, 8.4, 4.0]}),
        ("h1", "5. Legal basis"),
        ("p", "Each Party processes the data under UK GDPR Article 6(1)(e), in the exercise of "
              "its official functions, and under Article 9(2)(h) for the provision of health "
              "care. The Data Protection Act 2018 applies alongside the UK GDPR."),
        ("p", "Local authorities' duty to provide the mandated health visitor reviews comes "
              "from section 2B of the NHS Act 2006 and the Local Authorities (Public Health "
              "Functions and Entry to Premises by Local Healthwatch Representatives) "
              "Regulations 2013. Safeguarding and early help duties arise under the Children "
              "Acts 1989 and 2004. NHS bodies have a duty to share information for direct care "
              "under the Health and Social Care Act 2012."),
        ("p", "Birth notification is a long-established part of maternity care. Information "
              "will be shared in line with the common law duty of confidentiality and the "
              "Caldicott Principles, and women are told about it at booking."),
        ("h1", "6. How information will be shared"),
        ("p", "Birth notifications are sent electronically from the hospital's maternity "
              "information system to the Personal Demographics Service within 36 hours of "
              "birth, and in parallel as a daily encrypted CSV file to each health visiting "
              "service via NHSmail. Transfer of care summaries are sent by NHSmail on the day "
              "of discharge from midwifery. Antenatal notifications are sent weekly."),
        ("h1", "7. Information security"),
        ("p", "All Parties use NHSmail or an accredited secure email service, and hold a DSPT "
              "assessment of \"Standards Met\". Access to the shared mailboxes is limited to "
              "administrative and clinical staff in the receiving teams."),
        ("h1", "8. Data accuracy"),
        ("p", "The hospital is responsible for the accuracy of the information it sends. Where "
              "a health visiting service cannot trace a family at the address given, it will "
              "contact the hospital's maternity records team and the child health information "
              "service within two working days."),
        ("h1", "9. Retention"),
        ("p", "Notifications are filed in the child's record and kept until the child's 25th "
              "birthday (or 26th if the child was 17 at the end of treatment), in line with the "
              "Records Management Code of Practice 2021. Copies in shared mailboxes are deleted "
              "after 30 days."),
        ("h1", "10. Individuals' rights and transparency"),
        ("p", "The hospital's maternity privacy notice and the booking information leaflet "
              "explain the sharing. A parent may request access to their own or their child's "
              "records from the Party that holds them. Women who do not want their details "
              "passed to perinatal mental health services will not be referred."),
        ("h1", "11. Complaints"),
        ("p", "Complaints will be dealt with under the complaints procedure of the Party "
              "concerned. The Parties will co-operate to provide a joint response where a "
              "complaint concerns more than one of them."),
        ("h1", "12. Roles and responsibilities"),
        ("p", "Each Party will nominate an operational lead and an information governance "
              "contact. The hospital's Maternity Digital Lead is responsible for the daily birth "
              "notification files."),
        ("h1", "13. Review, commencement and termination"),
        ("p", "This agreement comes into force on the date of the last signature below. It will "
              "be reviewed no later than 30 September 2025, or sooner if the services or "
              "commissioning arrangements change. A Party may withdraw by giving three months' "
              "notice in writing to the Lead organisation."),
        ("h1", "14. Signatures"),
        ("table", [
            SIG_HEAD,
            ["The Princess Alexandra Hospital NHS Trust", "Dr Felicity Amos",
             "Medical Director and Caldicott Guardian", "F Amos", "07/09/2023"],
            ["Hertfordshire Community NHS Trust", "Anil Rajput", "Director of Children's "
             "Services", "A Rajput", "13/09/2023"],
            ["Hertfordshire County Council", "Susan Holloway", "Deputy Director of Public "
             "Health", "S Holloway", "18/09/2023"],
            ["Essex County Council", "Paul Dearing", "Head of Commissioning, Children and "
             "Families", "P Dearing", "15/09/2023"],
            ["Essex Partnership University NHS Foundation Trust", "Dr Ayodele Bankole",
             "Caldicott Guardian", "A Bankole", "20/09/2023"],
            ["Hertfordshire Partnership University NHS Foundation Trust", "Niamh Gallagher",
             "Head of Information Governance", "N Gallagher", "22/09/2023"],
            ["NHS Hertfordshire and West Essex Integrated Care Board", "Eleanor Vance",
             "Head of Information Governance", "E Vance", "12/09/2023"],
        ], {"widths": SIG_W, "size": 8.5}),
    ],
    "truth": {
        "title": A4_TITLE,
        "purpose": A4_PURPOSE,
        "lead": {"name": "The Princess Alexandra Hospital NHS Trust",
                 "org": "Princess Alexandra Hospital NHS Trust"},
        "partners": [
            {"name": "Hertfordshire Community NHS Trust", "org": None},
            {"name": "Hertfordshire County Council", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Hertfordshire Partnership University NHS Foundation Trust",
             "org": "Hertfordshire Partnership University NHS Foundation Trust"},
            {"name": "NHS Hertfordshire and West Essex Integrated Care Board", "org": None},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": None},
            {"citation": "section 2B of the NHS Act 2006", "title": "National Health Service Act",
             "year": 2006, "provision": "section 2B"},
            {"citation": "Local Authorities (Public Health Functions and Entry to Premises by "
                         "Local Healthwatch Representatives) Regulations 2013",
             "title": "Local Authorities (Public Health Functions and Entry to Premises by Local "
                      "Healthwatch Representatives) Regulations",
             "year": 2013, "provision": None},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 1989,
             "provision": None},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 2004,
             "provision": None},
            {"citation": "Health and Social Care Act 2012", "title": "Health and Social Care Act",
             "year": 2012, "provision": None},
        ],
        "review_date": "2025-09-30",
        "review_basis": "explicit",
        "commencement_date": "2023-09-22",
        "missing_sections": ["breach"],
    },
}


# ---------------------------------------------------------------------------
# A5  NELFT + councils - no lead, "the Parties" (reportlab two columns)
# ---------------------------------------------------------------------------

A5_TITLE = ("Integrated Community Nursing and Social Care Record Access – Barking and "
            "Dagenham, Havering, Redbridge and South West Essex")
A5_PURPOSE = (
    "The Parties share information under this agreement so that community nurses, therapists "
    "and social care practitioners working in the integrated locality teams can see each "
    "other's current assessments, care plans and visit records for the people they jointly "
    "support, and can plan and co-ordinate visits without asking people to repeat their "
    "story.")

A5 = {
    "slug": "dsa_integrated_locality_teams_record_access",
    "formats": ["docx", "pdf"],
    "pdf_mode": "rl",
    "rl_layout": "bars",
    "rl_body_size": 8.8,
    "meta_author": "Information Governance",
    "meta_title": "Data Sharing Agreement",
    "meta_date": (2024, 6, 3),
    "heading_mode": "style",
    "cover_without_header": True,
    "first_footer": ["Data Sharing Agreement – Integrated Locality Teams\tPage {PAGE} of "
                     "{NUMPAGES}"],
    "header": ["OFFICIAL – SENSITIVE\tIntegrated Locality Teams Record Access DSA v1.3"],
    "footer": ["Integrated Locality Teams DSA  |  Version 1.3  |  June 2024\tPage {PAGE} of "
               "{NUMPAGES}"],
    "blocks": [
        ("spacer", 50),
        ("banner", "DATA SHARING AGREEMENT"),
        ("title", A5_TITLE),
        ("spacer", 16),
        ("table", [
            ["Document ID", "ILT-DSA-004"],
            ["Version", "1.3"],
            ["Status", "Final for signature"],
            ["Author", "Integrated Care Information Governance Working Group"],
            ["Approved by", "Caldicott Guardians and Data Protection Officers of the Parties"],
            ["Date approved", "03/06/2024"],
        ], {"header": False, "kv": True, "widths": [4.5, 11.5]}),
        ("spacer", 10),
        ("h2", "Version history"),
        ("table", [
            ["Version", "Date", "Author", "Changes"],
            ["1.0", "11/2021", "ILT IG Working Group", "First version (London boroughs only)"],
            ["1.1", "04/2022", "ILT IG Working Group", "Thurrock and Essex localities added"],
            ["1.2", "07/2022", "ILT IG Working Group", "CCG references replaced by ICB"],
            ["1.3", "06/2024", "ILT IG Working Group", "Security section updated; shared "
             "record viewer replaces direct SystmOne access for council staff"],
        ], {"widths": [2.1, 1.8, 3.6, 8.5]}),
        ("template", "two"),
        ("pagebreak",),
        ("h1", "1 Introduction"),
        ("p", "Community health services in Barking and Dagenham, Havering, Redbridge and the "
              "Basildon, Brentwood and Thurrock area are delivered by North East London NHS "
              "Foundation Trust. The councils' adult social care teams work alongside them in "
              "integrated locality teams, which share bases and hold joint caseload meetings."),
        ("p", "This agreement is made between the Parties listed in section 2. It is not led by "
              "any one of them: each Party is an independent controller, and decisions about "
              "the agreement are taken jointly through the Integrated Care Information "
              "Governance Working Group."),
        ("h1", "2 The Parties"),
        ("table", [
            ["Party", "Represented by"],
            ["North East London NHS Foundation Trust", "Community Health Services"],
            ["London Borough of Barking and Dagenham", "Adults' Care and Support"],
            ["London Borough of Havering", "Adult Social Care"],
            ["London Borough of Redbridge", "Adult Social Services"],
            ["Thurrock Council", "Adult Social Care and Community Development"],
            ["Essex County Council", "Adult Social Care (South Quadrant)"],
            ["NHS North East London Integrated Care Board", "Digital and Shared Care Record "
             "team"],
        ], {"widths": [5.0, 3.5]}),
        ("h1", "3 Purpose"),
        ("p", A5_PURPOSE),
        ("p", "Better co-ordinated care reduces missed and duplicated visits, supports hospital "
              "avoidance and helps practitioners recognise deterioration and safeguarding "
              "concerns early."),
        ("h1", "4 Data to be shared"),
        ("p", "Practitioners will be able to view, for people on a shared caseload:"),
        ("bullets", [
            "identifiers: name, NHS number, council client number, date of birth, address;",
            "contacts, carers and key safe arrangements;",
            "current health and social care assessments and care plans;",
            "visit schedules and the notes of the last 30 days' visits;",
            "risk assessments, including falls, pressure ulcer and safeguarding alerts;",
            "equipment and telecare provided."]),
        ("p", "Historic records, mental health records and information about third parties are "
              "excluded."),
        ("h1", "5 Lawful basis"),
        ("p", "The Parties rely on UK GDPR Article 6(1)(e) and, for health and social care data, "
              "Article 9(2)(h), with the associated condition in Schedule 1 of the Data "
              "Protection Act 2018."),
        ("p", "The relevant powers are section 82 of the National Health Service Act 2006, "
              "section 3 of the Care Act 2014 (integration of care and support with health "
              "provision) and the duty to share in section 251B of the Health and Social Care "
              "Act 2012. The councils also rely on their well-being power in section 2 of the "
              "Local Government Act 2000."),
        ("p", "The common law duty of confidentiality is met through implied consent for direct "
              "care. People are told at the first joint visit that their records can be seen by "
              "both health and social care staff, and any objection is recorded and respected."),
        ("h1", "6 Access method"),
        ("p", "NELFT staff view council records through the shared care record viewer. Council "
              "staff view NELFT community records through the same viewer. There are no bulk "
              "extracts: records are viewed at the point of care. Viewer access is available "
              "24 hours a day."),
        ("h1", "7 Data subject rights"),
        ("p", "Each Party's privacy notice describes the shared record. Requests for access, "
              "rectification or restriction are handled by the Party whose record is the "
              "subject of the request. Audit trails showing who has viewed a record are "
              "available to the individual on request."),
        ("h1", "8 Information security"),
        ("p", "Access requires an individual account with multi-factor authentication and is "
              "granted only to staff working in the integrated locality teams. Each Party "
              "maintains its DSPT at \"Standards Met\" and holds Cyber Essentials Plus. "
              "Role-based access profiles are agreed by the Working Group. Audit reports of "
              "viewer activity are reviewed each month."),
        ("h1", "9 Data quality"),
        ("p", "Each Party is responsible for the accuracy and timeliness of its own records. "
              "Records must be updated within one working day of a visit. NHS number is used "
              "to match records; mismatches are referred to the owning Party's data quality "
              "team."),
        ("h1", "10 Information incidents"),
        ("p", "Incidents, including inappropriate access found by audit, are reported to the "
              "owning Party's IG team within 24 hours and to the Working Group. The owning Party "
              "decides whether to notify the ICO and the individuals affected."),
        ("h1", "11 Termination"),
        ("p", "A Party may leave this agreement by giving 3 months' notice to the other Parties. "
              "Access for its staff will be removed on the date it leaves. The Working Group "
              "will revisit this agreement when there is a material change to the locality "
              "model or to the shared care record."),
        ("template", "one"),
        ("pagebreak",),
        ("h1", "12 Signatories"),
        ("p", "Signed for and on behalf of each Party:"),
        ("table", [
            SIG_HEAD,
            ["North East London NHS Foundation Trust", "Owen Dlamini", "Associate Director of "
             "Information Governance", "O Dlamini", "10/06/2024"],
            ["London Borough of Barking and Dagenham", "Tariq Haddad", "Data Protection "
             "Officer", "T Haddad", "12/06/2024"],
            ["London Borough of Havering", "Jill Ferreira", "Director of Adult Social Care",
             "J Ferreira", "17/06/2024"],
            ["London Borough of Redbridge", "Colin Mbeki", "Information Governance Manager",
             "C Mbeki", "14/06/2024"],
            ["Thurrock Council", "Sanjay Mistry", "Strategic Lead, Hospital and Community "
             "Social Work", "S Mistry", "19/06/2024"],
            ["Essex County Council", "Mark Pettigrew", "Director, Adult Social Care "
             "Operations", "M Pettigrew", "18/06/2024"],
            ["NHS North East London Integrated Care Board", "Ruth Adebayo", "Chief Digital "
             "and Information Officer", "R Adebayo", "21/06/2024"],
        ], {"widths": SIG_W, "size": 8}),
    ],
    "truth": {
        "title": A5_TITLE,
        "purpose": A5_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "North East London NHS Foundation Trust",
             "org": "North East London NHS Foundation Trust"},
            {"name": "London Borough of Barking and Dagenham", "org": None},
            {"name": "London Borough of Havering", "org": None},
            {"name": "London Borough of Redbridge", "org": None},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "NHS North East London Integrated Care Board", "org": None},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Schedule 1 of the Data Protection Act 2018",
             "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
            {"citation": "section 82 of the National Health Service Act 2006",
             "title": "National Health Service Act", "year": 2006, "provision": "section 82"},
            {"citation": "section 3 of the Care Act 2014", "title": "Care Act", "year": 2014,
             "provision": "section 3"},
            {"citation": "section 251B of the Health and Social Care Act 2012",
             "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
            {"citation": "section 2 of the Local Government Act 2000",
             "title": "Local Government Act", "year": 2000, "provision": "section 2"},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": None,
        "missing_sections": ["retention", "complaints"],
    },
}

AGREEMENTS = [A1, A2, A3, A4, A5]
