"""Agreements 6-10 of the nhs_trust family: text and truth side by side."""

from agreements_a import SIG_HEAD, SIG_W

# ---------------------------------------------------------------------------
# A6  Southend University Hospital (2016) - high intensity users; DPA 1998 era
# ---------------------------------------------------------------------------

A6_TITLE = "High Intensity User Service Information Sharing Protocol"
A6_PURPOSE = (
    "The purpose of this protocol is to allow the partner agencies to share information about "
    "people who attend the Emergency Department at Southend Hospital very frequently, so that a "
    "named case manager can understand the reasons behind their attendances, agree a "
    "co-ordinated support plan with the person and reduce avoidable attendances and ambulance "
    "call-outs.")

A6 = {
    "slug": "SUHFT_HIU_ISP_v1.1",
    "formats": ["doc", "pdf", "docx"],
    "pdf_mode": "lo",
    "meta_author": "SUHFT",
    "meta_title": "Information Sharing Protocol",
    "meta_date": (2016, 11, 18),
    "heading_mode": "bold",
    "font": "Times New Roman",
    "font_size": 11,
    "header": ["Southend University Hospital NHS Foundation Trust\t\tRESTRICTED"],
    "footer": ["HIU ISP Version 1.1 – November 2016\t\tPage {PAGE} of {NUMPAGES}"],
    "blocks": [
        ("orgline", "Southend University Hospital NHS Foundation Trust"),
        ("spacer", 40),
        ("title", A6_TITLE),
        ("subtitle", "between the health, local authority and emergency service partners in "
                     "Southend-on-Sea and Castle Point and Rochford"),
        ("spacer", 30),
        ("table", [
            ["Responsible organisation", "Southend University Hospital NHS Foundation Trust"],
            ["Protocol owner", "Head of Information Governance"],
            ["Version", "1.1"],
            ["Status", "Agreed"],
            ["Author", "Karen Loughlin, Information Governance Manager"],
            ["Approved by", "Information Governance Committee"],
            ["Date approved", "18/11/2016"],
            ["Review date", "November 2018"],
        ], {"header": False, "kv": True, "widths": [5.0, 11.0]}),
        ("spacer", 20),
        ("pb", "Version control"),
        ("table", [
            ["Version", "Date", "Author", "Comment"],
            ["0.1", "July 2016", "K Loughlin", "Draft following pilot"],
            ["1.0", "September 2016", "K Loughlin", "Agreed by partners"],
            ["1.1", "November 2016", "K Loughlin", "Essex Police added as a partner"],
        ], {"widths": [2.1, 3.0, 2.6, 8.3]}),
        ("pagebreak",),
        ("h1", "1. INTRODUCTION"),
        ("p", "A small number of people account for a large share of attendances at the "
              "Emergency Department (ED). Many of them have complex, unmet needs: loneliness, "
              "mental ill health, alcohol misuse, housing problems or long-term conditions that "
              "are not well controlled. The High Intensity User (HIU) service, hosted by the "
              "Trust and funded by the two clinical commissioning groups, offers these people "
              "a case manager."),
        ("h1", "2. PURPOSE"),
        ("p", A6_PURPOSE),
        ("p", "A person is identified as a high intensity user when they have attended the ED "
              "five or more times in the previous three months, or ten or more times in the "
              "previous twelve months."),
        ("h1", "3. PARTNER AGENCIES"),
        ("p", "The partner agencies to this protocol are:"),
        ("table", [
            ["Partner agency", "Function"],
            ["Southend University Hospital NHS Foundation Trust", "Host of the HIU service; "
             "Emergency Department"],
            ["NHS Southend Clinical Commissioning Group", "Commissioner; GP practice liaison"],
            ["NHS Castle Point and Rochford Clinical Commissioning Group", "Commissioner; GP "
             "practice liaison"],
            ["Southend Borough Council", "Adult social care; housing options; community "
             "safety"],
            ["South Essex Partnership University NHS Foundation Trust", "Mental health and "
             "community services"],
            ["East of England Ambulance Service NHS Trust", "Emergency ambulance service"],
            ["Essex Police", "Southend District"],
        ], {"widths": [8.0, 8.0]}),
        ("h1", "4. INFORMATION TO BE SHARED"),
        ("p", "The following information may be shared about a person accepted by the HIU "
              "service, and only to the extent relevant to their support plan:"),
        ("bullets", [
            "name, address, date of birth, NHS number, GP;",
            "dates, times and reasons for ED attendances and ambulance call-outs;",
            "relevant diagnoses, mental health history and current treatment;",
            "social care and housing involvement;",
            "police contacts where the person has been taken to the ED by the police, or where "
            "there is a risk to staff;",
            "the agreed support plan and progress against it."]),
        ("h1", "5. LEGAL BASIS FOR SHARING"),
        ("p", "All partners must comply with the Data Protection Act 1998. Personal data will be "
              "processed fairly and lawfully, which means that a condition in Schedule 2 of the "
              "Data Protection Act 1998 must be met and, for sensitive personal data such as "
              "health information, a condition in Schedule 3 as well. Where the person consents, "
              "consent will be the condition relied on; otherwise the partners rely on the "
              "exercise of functions conferred by statute (Schedule 2, condition 5) and medical "
              "purposes (Schedule 3, condition 8)."),
        ("p", "The NHS partners act under the National Health Service Act 1977 and the Health & "
              "Social Care Act 2012. Where information is shared with Essex Police to prevent "
              "crime or disorder, s.115 Crime and Disorder Act 1998 provides the power to "
              "disclose. Article 8 of the Human Rights Act 1998 (respect for private and family "
              "life) will be considered in every decision to share without consent."),
        ("p", "Health information is confidential. The partners will follow the common law duty "
              "of confidentiality and the Caldicott principles (1997, revised 2013), and will "
              "seek explicit consent to share wherever possible."),
        ("h1", "6. CONSENT"),
        ("p", "The case manager will explain the service and ask the person to sign the HIU "
              "consent form. If the person refuses, information will only be shared where there "
              "is an overriding public interest or a risk of serious harm, and the decision will "
              "be recorded and approved by the Trust's Caldicott Guardian."),
        ("h1", "7. INDIVIDUALS' RIGHTS OF ACCESS"),
        ("p", "People have a right to see the information held about them. Subject access "
              "requests must be made to the partner that holds the record and will be answered "
              "within 40 calendar days, as required by the Act."),
        ("h1", "8. SECURITY"),
        ("p", "Partners will hold information securely and comply with the NHS Information "
              "Governance Toolkit (level 2) or an equivalent standard. Paper records will be "
              "locked away when not in use. Access will be limited to the HIU case managers and "
              "the practitioners involved in the person's care."),
        ("h1", "9. METHOD AND FREQUENCY OF SHARING"),
        ("p", "Information will be exchanged by secure email (nhs.net, gcsx or pnn) or by "
              "telephone followed by an email confirmation. A monthly multi-agency HIU meeting "
              "reviews the caseload; minutes will not include more personal information than "
              "needed. ED attendance lists are produced weekly by the Trust's information "
              "team."),
        ("h1", "10. RETENTION OF INFORMATION"),
        ("p", "Information will be kept no longer than necessary, in line with the Records "
              "Management: NHS Code of Practice and each partner's own retention schedule. HIU "
              "case files will be closed 12 months after the person's discharge from the "
              "service and destroyed securely six years after closure."),
        ("h1", "11. BREACH OF CONFIDENTIALITY"),
        ("p", "Any breach of this protocol must be reported to the partner's information "
              "governance lead and to the Trust. Serious incidents will be reported through the "
              "IG Toolkit incident reporting tool and, where required, to the Information "
              "Commissioner."),
        ("h1", "12. COMMENCEMENT, REVIEW AND WITHDRAWAL"),
        ("p", "This protocol will take effect from 1 December 2016. It will be reviewed by the "
              "responsible organisation by the review date on the front sheet. Any partner may "
              "withdraw by giving one month's notice in writing."),
        ("h1", "13. SIGNATURES"),
        ("table", [
            ["Partner agency", "Name", "Position", "Signature", "Date"],
            ["Southend University Hospital NHS Foundation Trust", "Dr Colin Hartley",
             "Caldicott Guardian", "", "21/11/2016"],
            ["NHS Southend Clinical Commissioning Group", "Margaret Shaw", "Caldicott Guardian",
             "", "24/11/2016"],
            ["NHS Castle Point and Rochford Clinical Commissioning Group", "Margaret Shaw",
             "Caldicott Guardian", "", "24/11/2016"],
            ["Southend Borough Council", "Peter Gould", "Director of Adult Services", "",
             "29/11/2016"],
            ["South Essex Partnership University NHS Foundation Trust", "Dr Hilary Brand",
             "Caldicott Guardian", "", "25/11/2016"],
            ["East of England Ambulance Service NHS Trust", "Jonathan Keay", "Head of "
             "Information Governance", "", "30/11/2016"],
            ["Essex Police", "Supt. Gavin Reece", "District Commander, Southend", "",
             "28/11/2016"],
        ], {"widths": SIG_W, "size": 9}),
    ],
    "truth": {
        "title": A6_TITLE,
        "purpose": A6_PURPOSE,
        "lead": {"name": "Southend University Hospital NHS Foundation Trust",
                 "org": "Southend University Hospital NHS Foundation Trust"},
        "partners": [
            {"name": "NHS Southend Clinical Commissioning Group",
             "org": "Southend Clinical Commissioning Group"},
            {"name": "NHS Castle Point and Rochford Clinical Commissioning Group",
             "org": "Castle Point and Rochford Clinical Commissioning Group"},
            {"name": "Southend Borough Council", "org": "Southend Borough Council"},
            {"name": "South Essex Partnership University NHS Foundation Trust",
             "org": "South Essex Partnership University NHS Foundation Trust"},
            {"name": "East of England Ambulance Service NHS Trust",
             "org": "East of England Ambulance Service NHS Trust"},
            {"name": "Essex Police", "org": "Essex Police"},
        ],
        "statutes": [
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998,
             "provision": "Schedule 2"},
            {"citation": "National Health Service Act 1977",
             "title": "National Health Service Act", "year": 1977, "provision": None},
            {"citation": "Health & Social Care Act 2012", "title": "Health and Social Care Act",
             "year": 2012, "provision": None},
            {"citation": "s.115 Crime and Disorder Act 1998", "title": "Crime and Disorder Act",
             "year": 1998, "provision": "section 115"},
            {"citation": "Article 8 of the Human Rights Act 1998", "title": "Human Rights Act",
             "year": 1998, "provision": "Article 8"},
        ],
        "review_date": "2018-11-30",
        "review_basis": "explicit",
        "commencement_date": "2016-12-01",
        "missing_sections": ["accuracy", "complaints"],
    },
}


# ---------------------------------------------------------------------------
# A7  NHS Mid and South Essex ICB - population health management (publishing controller)
# ---------------------------------------------------------------------------

A7_TITLE = "Population Health Management Linked Dataset"
A7_PURPOSE = (
    "This agreement governs the flow of pseudonymised patient-level data from the Parties into "
    "a single linked dataset, held by the ICB, which is used to understand the health needs of "
    "the Mid and South Essex population, to identify groups of people who would benefit from "
    "proactive care, and to plan and evaluate services.")

A7 = {
    "slug": "MSE_ICB_DSA_PHM_linked_dataset_v3.0",
    "formats": ["pdf", "docx"],
    "pdf_mode": "rl",
    "rl_layout": "bars",
    "meta_author": "MSE ICB Information Governance",
    "meta_title": "PHM DSA v3.0",
    "meta_date": (2024, 3, 28),
    "heading_mode": "style",
    "header": ["NHS Mid and South Essex Integrated Care Board\tPopulation Health Management "
               "Linked Dataset – DSA v3.0"],
    "footer": ["OFFICIAL – SENSITIVE\tMSEICB-DSA-PHM-01\tPage {PAGE} of {NUMPAGES}"],
    "cover_without_header": True,
    "first_footer": ["OFFICIAL – SENSITIVE\tMSEICB-DSA-PHM-01\tPage {PAGE} of {NUMPAGES}"],
    "blocks": [
        ("orgline", "NHS Mid and South Essex Integrated Care Board"),
        ("spacer", 50),
        ("banner", "Data Sharing Agreement"),
        ("title", A7_TITLE),
        ("subtitle", "Tier 1 agreement for secondary use of pseudonymised data"),
        ("spacer", 20),
        ("table", [
            ["Document ID", "MSEICB-DSA-PHM-01"],
            ["Version", "3.0"],
            ["Status", "Approved"],
            ["Publishing controller", "NHS Mid and South Essex Integrated Care Board"],
            ["Author", "Daniel Fairweather, Head of Information Governance"],
            ["Approved by", "ICB Senior Information Risk Owner and Caldicott Guardian"],
            ["Date approved", "28/03/2024"],
            ["Review", "Annually from commencement (see section 15)"],
            ["DPIA", "MSEICB-DPIA-031 v2"],
        ], {"header": False, "kv": True, "widths": [4.5, 11.5]}),
        ("spacer", 10),
        ("h2", "Version history"),
        ("table", [
            ["Version", "Date", "Author", "Summary"],
            ["1.0", "02/2021", "Mid and South Essex Health and Care Partnership", "Original "
             "agreement between CCGs and providers"],
            ["2.0", "09/2022", "D. Fairweather", "Transferred to the ICB on its establishment"],
            ["2.1", "06/2023", "D. Fairweather", "Ambulance data added"],
            ["3.0", "03/2024", "D. Fairweather", "Social care data; new processor arrangements"],
        ], {"widths": [2.1, 1.8, 4.8, 7.3]}),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        ("p", "This agreement is published by NHS Mid and South Essex Integrated Care Board (the "
              "ICB), which acts as the co-ordinating controller for the linked dataset and "
              "maintains this agreement on behalf of the Parties."),
        ("p", "The ICB's population health management (PHM) programme began in 2021 under the "
              "Mid and South Essex Health and Care Partnership, when the first linked dataset "
              "covered acute and primary care activity only."),
        ("h1", "2. Purpose and benefits"),
        ("p", A7_PURPOSE),
        ("p", "The benefits expected are: earlier identification of people with rising risk of "
              "frailty, falls or unplanned admission; better targeting of the ICB's health "
              "inequalities funding; and evidence to support service redesign."),
        ("h1", "3. Parties"),
        ("p", "The Parties to this agreement are:"),
        ("table", [
            ["Party", "Data contributed", "Role"],
            ["NHS Mid and South Essex Integrated Care Board", "Primary care data (on behalf of "
             "GP practices that have signed the Data Sharing Register); continuing healthcare",
             "Co-ordinating controller; joint controller of the linked dataset"],
            ["Mid and South Essex NHS Foundation Trust", "Inpatient, outpatient and ED "
             "activity", "Joint controller"],
            ["Essex Partnership University NHS Foundation Trust", "Mental health and community "
             "activity", "Joint controller"],
            ["Provide CIC", "Community health activity (mid Essex)", "Joint controller"],
            ["North East London NHS Foundation Trust", "Community health activity (south west "
             "Essex)", "Joint controller"],
            ["East of England Ambulance Service NHS Trust", "Ambulance incidents and "
             "conveyances", "Joint controller"],
            ["Essex County Council", "Adult social care services received", "Joint controller"],
            ["Southend-on-Sea City Council", "Adult social care services received",
             "Joint controller"],
            ["Thurrock Council", "Adult social care services received", "Joint controller"],
        ], {"widths": [5.5, 6.0, 4.5]}),
        ("p", "GP practices contribute primary care data through the ICB under the Data Sharing "
              "Register and are not separate signatories to this agreement. Arden and Greater "
              "East Midlands Commissioning Support Unit processes the data on the ICB's behalf "
              "under a data processing contract; it is a processor and not a Party."),
        ("h1", "4. Controller arrangements"),
        ("p", "The Parties are joint controllers of the linked dataset under UK GDPR Article 26. "
              "The ICB is the point of contact for individuals, maintains the record of "
              "processing and instructs the processor. Each Party remains the sole controller "
              "of the identifiable data in its own systems."),
        ("h1", "5. Data to be shared"),
        ("p", "Each Party sends a monthly extract of the data items in Appendix 1, in which "
              "the NHS number has been replaced by a pseudonym at source using the pseudonymisation "
              "key held by the processor. No names, addresses or dates of birth are sent; age "
              "band, sex, ethnicity, LSOA of residence and GP practice code are included."),
        ("h1", "6. Legal basis"),
        ("h2", "6.1 Data protection"),
        ("p", "The Parties rely on UK GDPR Article 6(1)(e) (public task) and Article 9(2)(h) "
              "(management of health and social care systems), with Schedule 1, Part 1, "
              "paragraph 2 of the Data Protection Act 2018."),
        ("h2", "6.2 Confidentiality"),
        ("p", "The data is pseudonymised at source and is not confidential patient information "
              "in the hands of the ICB. The re-identification of individuals for proactive care "
              "is carried out only by the GP practice or provider that holds the identifiable "
              "record. Where any identifiable data is required, the Parties will rely on "
              "support under section 251 of the NHS Act 2006 and the Health Service (Control of "
              "Patient Information) Regulations 2002, regulation 5, or on consent."),
        ("h2", "6.3 Functions"),
        ("p", "The ICB's functions under the National Health Service Act 2006, as amended by the "
              "Health and Care Act 2022, include arranging services to meet the reasonable "
              "needs of its population. The councils act under the Care Act 2014. The Health and "
              "Social Care Act 2015 introduced the requirement to use a consistent identifier "
              "(the NHS number). Mortality data from the Office for National Statistics is "
              "received under section 42(4) of the Statistics and Registration Service Act "
              "2007."),
        ("h1", "7. National data opt-out and transparency"),
        ("p", "The national data opt-out is applied by the processor before linkage to any data "
              "used for planning. Each Party will describe PHM in its privacy notice, and the "
              "ICB publishes a PHM transparency page listing the data flows."),
        ("h1", "8. Individuals' rights"),
        ("p", "Because the dataset is pseudonymised, most rights requests will be passed to the "
              "Party that holds the identifiable record. The ICB will respond to any request it "
              "receives within one month and will tell the individual which Party holds their "
              "record. The right to object is respected through the national data opt-out."),
        ("h1", "9. Data flows, format and frequency"),
        ("table", [
            ["Source", "Format", "Frequency", "Transfer"],
            ["Provider trusts", "CSV extract to agreed specification", "Monthly, by working "
             "day 10", "Secure file transfer to the processor"],
            ["Councils", "CSV extract", "Monthly", "Secure file transfer to the processor"],
            ["Primary care", "Extract via GP system supplier", "Weekly", "Direct from GP "
             "system to the processor"],
            ["Linked dataset", "Pseudonymised tables", "Refreshed monthly", "Accessed in the "
             "processor's secure data environment"],
        ], {"widths": [3.5, 4.5, 3.5, 4.5]}),
        ("h1", "10. Information security, retention and disposal"),
        ("p", "The linked dataset is held in the processor's secure data environment, which is "
              "ISO 27001 certified and hosted in the UK. Analysts access it through a remote "
              "desktop; data cannot be downloaded except as aggregate outputs with small numbers "
              "suppressed. Each Party maintains DSPT \"Standards Met\"."),
        ("p", "Monthly extracts are deleted once loaded. The linked dataset keeps a rolling "
              "five years of activity; older records are deleted at each annual refresh and "
              "the processor certifies deletion to the ICB. All data will be returned or "
              "destroyed within 30 days of this agreement ending."),
        ("h1", "11. Data quality and accuracy"),
        ("p", "Each Party is responsible for the completeness and accuracy of its extract and "
              "will correct and resubmit any extract that fails the processor's validation "
              "checks. The ICB publishes a monthly data quality dashboard to the Parties."),
        ("h1", "12. Information incidents"),
        ("p", "Incidents affecting the linked dataset are reported to the ICB within 24 hours. "
              "The ICB will co-ordinate the response, including notification to the ICO where "
              "required, and will inform all Parties."),
        ("h1", "13. Complaints and queries"),
        ("p", "Complaints about the use of data for PHM should be made to the ICB's Patient "
              "Experience Team, which will involve the other Parties as needed. Complainants "
              "may also contact the Information Commissioner's Office."),
        ("h1", "14. Freedom of Information"),
        ("p", "Each Party is subject to the Freedom of Information Act 2000 and will consult "
              "the ICB before releasing information about the linked dataset."),
        ("h1", "15. Term and review"),
        ("p", "This agreement commences on 1 April 2024 and supersedes version 2.1. It will be "
              "reviewed annually on the anniversary of its commencement, and after any change "
              "in law or national policy that affects it. A Party may leave the agreement on "
              "three months' notice; its data will then be removed from the linked dataset at "
              "the next refresh."),
        ("h1", "16. Signatures"),
        ("table", [
            SIG_HEAD,
            ["NHS Mid and South Essex Integrated Care Board", "Daniel Fairweather",
             "Head of Information Governance (for the SIRO)", "signed", "28/03/2024"],
            ["Mid and South Essex NHS Foundation Trust", "Priya Raman", "Information "
             "Governance Manager", "signed", "02/04/2024"],
            ["Essex Partnership University NHS Foundation Trust", "Marcus Lindqvist",
             "Information Governance Lead", "signed", "04/04/2024"],
            ["Provide CIC", "Rachel Hosking", "Head of Information Governance and DPO",
             "signed", "03/04/2024"],
            ["North East London NHS Foundation Trust", "Owen Dlamini", "Associate Director "
             "of Information Governance", "signed", "08/04/2024"],
            ["East of England Ambulance Service NHS Trust", "Dr Simon Roe",
             "Caldicott Guardian", "signed", "05/04/2024"],
            ["Essex County Council", "Nadia Chowdhury", "Data Protection Officer", "signed",
             "10/04/2024"],
            ["Southend-on-Sea City Council", "Joanne Creasey", "Head of Adult Social Care",
             "signed", "09/04/2024"],
            ["Thurrock Council", "Lee Grantham", "Information Manager", "signed",
             "12/04/2024"],
        ], {"widths": SIG_W, "size": 8}),
        ("h1", "Appendix 1 – Data items"),
        ("table", [
            ["Source", "Items"],
            ["All", "Pseudonym, age band (5-year), sex, ethnic category, LSOA, GP practice code"],
            ["Acute", "Admission and discharge dates, method, primary and secondary diagnoses "
             "(ICD-10), procedures (OPCS-4), ED attendances and outcome"],
            ["Community and mental health", "Referrals, contacts, service type, care cluster"],
            ["Ambulance", "Incident date, category, conveyed or not"],
            ["Social care", "Service type, start and end dates, setting, reablement outcome"],
            ["Primary care", "Long-term condition registers, frailty index, selected "
             "observations and medications"],
        ], {"widths": [4.0, 12.0]}),
    ],
    "truth": {
        "title": A7_TITLE,
        "purpose": A7_PURPOSE,
        "lead": {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
        "partners": [
            {"name": "Mid and South Essex NHS Foundation Trust", "org": None},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Provide CIC", "org": "Provide"},
            {"name": "North East London NHS Foundation Trust",
             "org": "North East London NHS Foundation Trust"},
            {"name": "East of England Ambulance Service NHS Trust",
             "org": "East of England Ambulance Service NHS Trust"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 26", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 26"},
            {"citation": "Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018",
             "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraph 2"},
            {"citation": "section 251 of the NHS Act 2006", "title": "National Health Service Act",
             "year": 2006, "provision": "section 251"},
            {"citation": "Health Service (Control of Patient Information) Regulations 2002, "
                         "regulation 5",
             "title": "Health Service (Control of Patient Information) Regulations",
             "year": 2002, "provision": "regulation 5"},
            {"citation": "Health and Care Act 2022", "title": "Health and Care Act", "year": 2022,
             "provision": None},
            {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
            {"citation": "Health and Social Care Act 2015",
             "title": "Health and Social Care (Safety and Quality) Act", "year": 2015,
             "provision": None},
            {"citation": "section 42(4) of the Statistics and Registration Service Act 2007",
             "title": "Statistics and Registration Service Act", "year": 2007,
             "provision": "section 42(4)"},
            {"citation": "Freedom of Information Act 2000", "title": "Freedom of Information Act",
             "year": 2000, "provision": None},
        ],
        "review_date": "2025-04-01",
        "review_basis": "relative",
        "commencement_date": "2024-04-01",
        "missing_sections": [],
    },
}


# ---------------------------------------------------------------------------
# A8  Hertfordshire Community NHS Trust - children's continuing care (title in a text box)
# ---------------------------------------------------------------------------

A8_TITLE = "Children's Continuing Care – Hertfordshire and West Essex"
A8_PURPOSE = (
    "The purpose of this agreement is to enable the Parties to share information about "
    "children and young people aged 0 to 18 who have complex health needs, so that their "
    "eligibility for children's continuing care can be assessed, their packages of care can "
    "be agreed and funded across the Hertfordshire and Essex border, and the nurses, carers "
    "and hospices supporting them have the information they need to care for them safely.")

A8 = {
    "slug": "HCT-ISA-CCC-cross-border-2025",
    "formats": ["docx", "pdf", "doc"],
    "pdf_mode": "lo",
    "meta_author": "HCT Information Governance",
    "meta_title": "",
    "meta_date": (2025, 1, 20),
    "heading_mode": "style",
    "header": ["Hertfordshire Community NHS Trust\t\tOFFICIAL – SENSITIVE"],
    "footer": ["HCT-IG-ISA-118  Version 1.0\t\t{PAGE}"],
    "blocks": [
        ("orgline", "Hertfordshire Community NHS Trust"),
        ("spacer", 60),
        ("textbox", ["Information Sharing Agreement", A8_TITLE]),
        ("spacer", 40),
        ("table", [
            ["Document ID", "HCT-IG-ISA-118"],
            ["Version", "1.0"],
            ["Status", "Approved"],
            ["Lead organisation", "Hertfordshire Community NHS Trust"],
            ["Author", "Yasmin Farouk, Information Governance Manager"],
            ["Approved by", "HCT Caldicott Guardian"],
            ["Date approved", "20/01/2025"],
            ["Effective date", "01/02/2025"],
            ["Review due", "31/01/2026"],
        ], {"header": False, "kv": True, "widths": [4.5, 11.5]}),
        ("pagebreak",),
        ("h1", "Version history"),
        ("table", [
            ["Version", "Date", "Author", "Notes"],
            ["0.1", "16/09/2024", "Y. Farouk", "First draft for the Children's Continuing Care "
             "Panel"],
            ["0.2", "05/11/2024", "Y. Farouk", "Hospices and EPUT added"],
            ["1.0", "20/01/2025", "Y. Farouk", "Approved"],
        ], {"widths": [2.1, 2.4, 2.6, 8.9]}),
        ("h1", "1. Introduction"),
        ("p", "Hertfordshire Community NHS Trust (HCT) provides the children's community "
              "nursing service and the continuing care assessment service for children living "
              "in Hertfordshire, and, under a subcontract with the ICB, for children in west "
              "Essex who are registered with a Harlow, Epping or Uttlesford GP practice. HCT "
              "is the lead organisation for this agreement."),
        ("h1", "2. Purpose"),
        ("p", A8_PURPOSE),
        ("p", "The agreement also supports joint planning with education and social care for "
              "children who have an education, health and care (EHC) plan."),
        ("h1", "3. Parties"),
        ("table", [
            ["Organisation", "Role"],
            ["Hertfordshire Community NHS Trust", "Lead organisation; assessment and "
             "children's community nursing"],
            ["NHS Hertfordshire and West Essex Integrated Care Board", "Decision-maker and "
             "funder for continuing care"],
            ["Hertfordshire County Council", "Children's social care; SEND"],
            ["Essex County Council", "Children's social care; SEND (west Essex)"],
            ["The Princess Alexandra Hospital NHS Trust", "Paediatric inpatient and outpatient "
             "care"],
            ["Essex Partnership University NHS Foundation Trust", "Children's community "
             "services in west Essex"],
            ["Isabel Hospice", "Children's palliative care support (east Hertfordshire)"],
            ["Keech Hospice Care", "Children's hospice (Luton, serving Hertfordshire and west "
             "Essex)"],
        ], {"widths": [7.0, 9.0]}),
        ("h1", "4. Information to be shared"),
        ("bullets", [
            "child's name, NHS number, date of birth, address, GP, school;",
            "parents' or carers' names and contact details, and who holds parental "
            "responsibility;",
            "diagnoses, clinical history and current treatment;",
            "the Decision Support Tool and the continuing care assessment and recommendation;",
            "care package details, including the names of carers and agencies;",
            "social care status (child in need, child protection, looked after) where relevant;",
            "EHC plan and relevant educational information;",
            "advance care plan and end of life wishes, where in place."]),
        ("h1", "5. Legal basis"),
        ("p", "The Parties rely on UK GDPR Article 6(1)(e) (public task) and Article 9(2)(h) "
              "(health or social care), with the Schedule 1 condition in the Data Protection Act "
              "2018. The hospices, as charities providing commissioned care, rely on the same "
              "conditions for the NHS-funded element of their services."),
        ("p", "The ICB's duty to arrange continuing care is part of its functions under the NHS "
              "Act 2006, as amended by the Health and Care Act 2022. The councils act under "
              "section 17 of the Children Act 1989 and Part 3 of the Children and Families Act "
              "2014. All Parties have duties under the Equalities Act 2010 to make reasonable "
              "adjustments for disabled children."),
        ("p", "Information is shared with the knowledge of the child's parents, and of the child "
              "where they are old enough to understand, in line with the common law duty of "
              "confidentiality and the Caldicott Principles."),
        ("h1", "6. Sharing the information"),
        ("p", "Referrals, assessments and panel papers are sent by NHSmail or an accredited "
              "secure email service. Continuing Care Panel meets monthly; papers are circulated "
              "five working days before the panel and deleted by recipients after the meeting. "
              "Care plans are shared with providers when a package starts and whenever it "
              "changes."),
        ("h1", "7. Keeping information secure"),
        ("p", "Each Party will hold DSPT \"Standards Met\" status. Panel papers will be "
              "password-protected and marked OFFICIAL – SENSITIVE. Information must not be "
              "stored on personal devices. Staff accessing the information will have completed "
              "data security training in the last 12 months."),
        ("h1", "8. Accuracy"),
        ("p", "The referrer is responsible for the accuracy of referral information. HCT will "
              "check the child's demographic details against the Personal Demographics Service "
              "before each panel. Any Party that finds an error must tell HCT within five "
              "working days."),
        ("h1", "9. Retention"),
        ("p", "Continuing care records form part of the child's health record and will be kept "
              "until the young person's 25th birthday, or for eight years after death, in line "
              "with the Records Management Code of Practice 2021."),
        ("h1", "10. Complaints"),
        ("p", "Complaints about the sharing of information, or about a continuing care decision, "
              "are handled through the ICB's complaints procedure, with the involvement of the "
              "other Parties where needed."),
        ("h1", "11. Information incidents"),
        ("p", "Incidents must be reported to HCT's Information Governance Team within one "
              "working day and recorded on the reporting Party's incident system. Reportable "
              "incidents are notified to the ICO within 72 hours by the Party responsible."),
        ("h1", "12. Term and termination"),
        ("p", "This agreement takes effect on the effective date in the document control table "
              "and will be reviewed by HCT before the review due date. A Party may withdraw by "
              "giving two months' notice to HCT."),
        ("h1", "13. Signatories"),
        ("table", [
            SIG_HEAD,
            ["Hertfordshire Community NHS Trust", "Dr Leonie Marsh", "Caldicott Guardian",
             "L Marsh", "20/01/2025"],
            ["NHS Hertfordshire and West Essex Integrated Care Board", "Eleanor Vance",
             "Head of Information Governance", "E Vance", "23/01/2025"],
            ["Hertfordshire County Council", "Martin Oduya", "Head of Information "
             "Governance", "M Oduya", "27/01/2025"],
            ["Essex County Council", "Nadia Chowdhury", "Data Protection Officer",
             "N Chowdhury", "24/01/2025"],
            ["The Princess Alexandra Hospital NHS Trust", "Gemma Whitlock", "Information "
             "Governance and Data Protection Officer", "G Whitlock", "22/01/2025"],
            ["Essex Partnership University NHS Foundation Trust", "Marcus Lindqvist",
             "Information Governance Lead", "M Lindqvist", "28/01/2025"],
            ["Isabel Hospice", "Sarah Penrose", "Director of Care", "S Penrose", "29/01/2025"],
            ["Keech Hospice Care", "David Okonjo", "Director of Clinical Services",
             "D Okonjo", "30/01/2025"],
        ], {"widths": SIG_W, "size": 8.5}),
    ],
    "truth": {
        "title": A8_TITLE,
        "purpose": A8_PURPOSE,
        "lead": {"name": "Hertfordshire Community NHS Trust", "org": None},
        "partners": [
            {"name": "NHS Hertfordshire and West Essex Integrated Care Board", "org": None},
            {"name": "Hertfordshire County Council", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "The Princess Alexandra Hospital NHS Trust",
             "org": "Princess Alexandra Hospital NHS Trust"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Isabel Hospice", "org": None},
            {"name": "Keech Hospice Care", "org": None},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1"},
            {"citation": "NHS Act 2006", "title": "National Health Service Act", "year": 2006,
             "provision": None},
            {"citation": "Health and Care Act 2022", "title": "Health and Care Act", "year": 2022,
             "provision": None},
            {"citation": "section 17 of the Children Act 1989", "title": "Children Act",
             "year": 1989, "provision": "section 17"},
            {"citation": "Part 3 of the Children and Families Act 2014",
             "title": "Children and Families Act", "year": 2014, "provision": "Part 3"},
            {"citation": "Equalities Act 2010", "title": "Equality Act", "year": 2010,
             "provision": None},
        ],
        "review_date": "2026-01-31",
        "review_basis": "explicit",
        "commencement_date": "2025-02-01",
        "missing_sections": ["individual_rights"],
    },
}


# ---------------------------------------------------------------------------
# A9  BTUH (2019) - falls and fracture liaison; relative review; PDF + DOC only
# ---------------------------------------------------------------------------

A9_TITLE = "Falls Prevention and Fracture Liaison Referral Pathway"
A9_PURPOSE = (
    "The aim of this agreement is to make sure that older people who are seen by the hospital "
    "after a fall, or who are found to have a fragility fracture, are referred quickly to the "
    "community falls service, the fracture liaison service and, where appropriate, for a home "
    "fire and safety visit, so that the risk of further falls and injuries can be reduced.")

A9 = {
    "slug": "BTUH ISA Falls and FLS pathway v1.0",
    "formats": ["pdf", "doc"],
    "pdf_mode": "lo",
    "meta_author": "BTUH Information Governance",
    "meta_title": "Information Sharing Agreement",
    "meta_date": (2019, 8, 30),
    "heading_mode": "bold_underline",
    "font": "Arial",
    "font_size": 10.5,
    "header": ["Basildon and Thurrock University Hospitals NHS Foundation Trust"],
    "footer": ["OFFICIAL – SENSITIVE\t\tPage {PAGE} of {NUMPAGES}"],
    "blocks": [
        ("orgline", "Basildon and Thurrock University Hospitals NHS Foundation Trust"),
        ("spacer", 60),
        ("subtitle", "Information Sharing Agreement"),
        ("title", A9_TITLE),
        ("spacer", 30),
        ("table", [
            ["Version", "1.0"],
            ["Date", "30 August 2019"],
            ["Prepared by", "Andrew Kettle, Information Governance Manager"],
            ["Agreed by", "Information Governance Group, 29 August 2019"],
            ["Trust reference", "BTUH/IG/ISA/2019/14"],
        ], {"header": False, "kv": True, "widths": [4.0, 12.0]}),
        ("pagebreak",),
        ("h1", "Introduction"),
        ("p", "This agreement is led by Basildon and Thurrock University Hospitals NHS "
              "Foundation Trust, working with the commissioners, community services, councils "
              "and fire and rescue service listed in this document."),
        ("p", "Falls are the most common reason for older people to attend the Emergency "
              "Department at Basildon University Hospital and Orsett Hospital's minor injuries "
              "unit. Around a third of people over 65 fall each year, and hip fractures are "
              "among the most serious consequences."),
        ("h1", "Aims"),
        ("p", A9_PURPOSE),
        ("h1", "Who is involved"),
        ("p", "The organisations signing this agreement are:"),
        ("bullets", [
            "Basildon and Thurrock University Hospitals NHS Foundation Trust",
            "NHS Thurrock CCG",
            "NHS Basildon and Brentwood CCG",
            "North East London NHS Foundation Trust (community falls service, Thurrock and "
            "Basildon)",
            "Thurrock Council",
            "Essex County Council",
            "East of England Ambulance Service NHS Trust",
            "Essex County Fire and Rescue Service"]),
        ("h1", "What information will be shared"),
        ("table", [
            ["Referral", "Information"],
            ["Community falls service", "Name, address, date of birth, NHS number, GP, date "
             "and circumstances of the fall, injuries, relevant medical history, current "
             "medicines, mobility and cognition, contact details of next of kin"],
            ["Fracture liaison service", "As above, plus fracture site, imaging results and "
             "bone health assessment"],
            ["Home fire and safety visit", "Name, address, telephone number, and a brief "
             "description of any mobility or sensory needs relevant to the visit. Clinical "
             "information is not shared with the fire and rescue service"],
            ["Social care", "Where the person already receives care or appears to need an "
             "assessment: the referral summary above"],
        ], {"widths": [4.0, 12.0]}),
        ("h1", "Legal basis"),
        ("p", "Under the General Data Protection Regulation (GDPR), the organisations rely on "
              "Article 6(1)(e), performance of a public task, and Article 9(2)(h), the "
              "provision of health or social care. The Data Protection Act 2018 provides the "
              "supporting conditions."),
        ("p", "Referral for a home fire and safety visit is made only with the person's "
              "agreement. Essex County Fire and Rescue Service has a duty to promote fire safety "
              "under section 6 of the Fire and Rescue Services Act 2004. The councils have a "
              "duty under section 2 of the Care Act 2014 to prevent and delay the need for care "
              "and support. The NHS organisations act under the Health & Social Care Act 2012."),
        ("p", "The Human Right Act 1998 and the common law duty of confidentiality have been "
              "considered: referral for falls prevention is part of the person's direct care "
              "and people are told about the referral before it is made."),
        ("h1", "Privacy and individuals' rights"),
        ("p", "Each organisation's privacy notice covers these referrals. Anyone who wants to "
              "see the information held about them can ask the organisation that holds it. "
              "People may decline any of the referrals, and this will be recorded."),
        ("h1", "How the information will be sent"),
        ("p", "Referrals are sent on the day of the ED attendance or discharge using the "
              "electronic referral form, by nhs.net email to each service's secure referral "
              "mailbox. Referrals to the fire and rescue service are sent by secure email to "
              "the Home Safety team."),
        ("h1", "Security"),
        ("p", "All organisations will keep information secure in line with the Data Security "
              "and Protection Toolkit, will restrict access to staff who need it, and will not "
              "keep referral information on unencrypted devices."),
        ("h1", "Accuracy of information"),
        ("p", "The referrer will check the person's details with them before sending the "
              "referral. The receiving service will tell the referrer if any information is "
              "incorrect."),
        ("h1", "Review and termination"),
        ("p", "This agreement comes into force on the date of the final signature below. It "
              "will be reviewed two years from the date on which it is signed by the last "
              "organisation, or sooner if services change. An organisation may withdraw by "
              "giving one month's notice to the Trust's Information Governance Manager."),
        ("h1", "Signatures"),
        ("table", [
            SIG_HEAD,
            ["Basildon and Thurrock University Hospitals NHS Foundation Trust",
             "Dr Rajesh Kumar", "Caldicott Guardian", "R Kumar", "02/09/2019"],
            ["NHS Thurrock CCG", "Elaine Booth", "Head of Quality and Caldicott Guardian",
             "E Booth", "10/09/2019"],
            ["NHS Basildon and Brentwood CCG", "Elaine Booth", "Head of Quality and Caldicott "
             "Guardian", "E Booth", "10/09/2019"],
            ["North East London NHS Foundation Trust", "Peter Nwosu", "Head of Information "
             "Governance", "P Nwosu", "17/09/2019"],
            ["Thurrock Council", "Grace Whitmore", "Assistant Director, Adult Social Care",
             "G Whitmore", "24/09/2019"],
            ["Essex County Council", "Dean Forsyth", "Head of Service", "D Forsyth",
             "14/10/2019"],
            ["East of England Ambulance Service NHS Trust", "Jonathan Keay",
             "Head of Information Governance", "J Keay", "19/09/2019"],
            ["Essex County Fire and Rescue Service", "Tracy Kingsley", "Head of Prevention",
             "T Kingsley", "26/09/2019"],
        ], {"widths": SIG_W, "size": 8.5}),
    ],
    "truth": {
        "title": A9_TITLE,
        "purpose": A9_PURPOSE,
        "lead": {"name": "Basildon and Thurrock University Hospitals NHS Foundation Trust",
                 "org": "Basildon and Thurrock University Hospitals NHS Foundation Trust"},
        "partners": [
            {"name": "NHS Thurrock CCG", "org": "Thurrock Clinical Commissioning Group"},
            {"name": "NHS Basildon and Brentwood CCG",
             "org": "Basildon and Brentwood Clinical Commissioning Group"},
            {"name": "North East London NHS Foundation Trust",
             "org": "North East London NHS Foundation Trust"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "East of England Ambulance Service NHS Trust",
             "org": "East of England Ambulance Service NHS Trust"},
            {"name": "Essex County Fire and Rescue Service",
             "org": "Essex County Fire and Rescue Service"},
        ],
        "statutes": [
            {"citation": "General Data Protection Regulation (GDPR)",
             "title": "General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": None},
            {"citation": "section 6 of the Fire and Rescue Services Act 2004",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "section 2 of the Care Act 2014", "title": "Care Act", "year": 2014,
             "provision": "section 2"},
            {"citation": "Health & Social Care Act 2012", "title": "Health and Social Care Act",
             "year": 2012, "provision": None},
            {"citation": "Human Right Act 1998", "title": "Human Rights Act", "year": 1998,
             "provision": None},
        ],
        "review_date": "2021-10-14",
        "review_basis": "relative",
        "commencement_date": "2019-10-14",
        "missing_sections": ["retention", "complaints", "breach"],
    },
}


# ---------------------------------------------------------------------------
# A10 EPUT - AMHP and section 136 (reportlab, sidebar document control, PDF only)
# ---------------------------------------------------------------------------

A10_TITLE = "Section 136 and AMHP Service Information Sharing Agreement"
A10_PURPOSE = (
    "This agreement exists so that the Trust, the police, the ambulance service and the "
    "councils' Approved Mental Health Professional (AMHP) services can share, quickly and "
    "safely, the information needed to respond to a person in mental health crisis who has "
    "been detained by the police under section 136 of the Mental Health Act 1983, or who is "
    "being assessed for admission under the Act.")

A10 = {
    "slug": "eput_s136_amhp_isa",
    "formats": ["pdf"],
    "pdf_mode": "rl",
    "rl_layout": "ruled",
    "rl_first_template": "side",
    "rl_sidebar": [
        ("Document reference", "ISA/2022/017"),
        ("Version", "2.0"),
        ("Status", "Approved"),
        ("Lead organisation", "Essex Partnership\nUniversity NHS\nFoundation Trust"),
        ("Author", "Kwame Osei\nInformation Governance\nOfficer"),
        ("Approved by", "EPUT Caldicott Guardian\nand the Pan-Essex s136\nPartnership Group"),
        ("Date approved", "09/12/2022"),
        ("Classification", "OFFICIAL – SENSITIVE"),
    ],
    "meta_author": "EPUT",
    "meta_title": "",
    "header": ["Essex Partnership University NHS Foundation Trust\tISA/2022/017 v2.0"],
    "footer": ["OFFICIAL – SENSITIVE\tPage {PAGE} of {NUMPAGES}"],
    "blocks": [
        ("template", "one"),
        ("banner", "INFORMATION SHARING AGREEMENT"),
        ("title", A10_TITLE),
        ("subtitle", "Essex Partnership University NHS Foundation Trust with Essex Police, the "
                     "East of England Ambulance Service and the Essex, Southend and Thurrock "
                     "AMHP services"),
        ("h1", "1. Purpose"),
        ("p", A10_PURPOSE),
        ("p", "It covers the pan-Essex section 136 suites at Basildon, Colchester and Harlow, "
              "the mental health street triage service, and requests for Mental Health Act "
              "assessments in the community."),
        ("h1", "2. Parties"),
        ("bullets", [
            "Essex Partnership University NHS Foundation Trust (lead organisation)",
            "Essex Police",
            "East of England Ambulance Service NHS Trust",
            "Essex County Council (AMHP Service)",
            "Southend-on-Sea City Council (AMHP Service)",
            "Thurrock Council (AMHP Service)"]),
        ("h1", "3. Information shared"),
        ("p", "Information is limited to what is needed for the immediate situation:"),
        ("bullets", [
            "the person's name, date of birth, address and NHS number (if known);",
            "the circumstances of the detention or referral, including any risk to the person "
            "or others;",
            "whether the person is known to mental health services, their care co-ordinator, "
            "current care plan, crisis plan and relevant risk history;",
            "any physical health needs and medication relevant to their safety;",
            "the outcome of the assessment and any onward plan."]),
        ("h1", "4. Lawful basis"),
        ("p", "The Parties rely on UK GDPR Article 6(1)(e) and Article 9(2)(h); for Essex Police, "
              "processing for law enforcement purposes falls under Part 3 of the DPA 2018. "
              "Information about offences is processed under Schedule 1 of the same Act."),
        ("p", "The powers and duties relied on are section 136 of the Mental Health Act 1983 "
              "(and sections 13 and 135), the Mental Capacity Act 2005, section 42 of the Care "
              "Act 2014 for adult safeguarding enquiries and, where sharing is needed to prevent "
              "crime or disorder, section 115 of the Crime and Disorder Act 1998. The Mental "
              "Health Units (Use of Force) Act 2018 applies to the section 136 suites."),
        ("p", "The common law duty of confidentiality may be set aside where sharing is in the "
              "person's vital interests or there is an overriding public interest. The Mental "
              "Health Act Code of Practice (2015) and the Caldicott Principles guide these "
              "decisions; they are guidance, not law."),
        ("h1", "5. Rights of individuals"),
        ("p", "People detained under section 136 are given information about their rights, "
              "including how their information will be used, by the staff of the section 136 "
              "suite. Requests for access to records are handled by the Party that holds the "
              "record. The Parties' privacy notices describe this sharing."),
        ("h1", "6. How and when information is shared"),
        ("p", "Information is shared by telephone through the 24-hour EPUT Mental Health "
              "Crisis Line and the AMHP duty desks, and confirmed by secure email when the "
              "situation allows. Police officers may consult the street triage clinician in "
              "real time. Monthly anonymised activity data is shared through the Pan-Essex "
              "s136 Partnership Group."),
        ("h1", "7. Security"),
        ("p", "Each Party applies its own information security policy and, for the NHS Parties, "
              "the DSPT. Police information is handled under the Government Security "
              "Classifications. Personal information must not be discussed on open radio "
              "channels."),
        ("h1", "8. Complaints"),
        ("p", "Complaints are handled by the Party whose staff are involved. Complaints about "
              "police conduct are handled by Essex Police Professional Standards Department."),
        ("h1", "9. Breaches of this agreement"),
        ("p", "A Party that discovers a breach must inform the other Parties affected within "
              "one working day and follow its own incident procedure, including reporting to "
              "the ICO where required."),
        ("h1", "10. Agreement"),
        ("p", "This agreement supersedes version 1.4 (2019) and takes effect when signed by "
              "all Parties. It remains in force until withdrawn by the Parties."),
        ("table", [
            SIG_HEAD,
            ["Essex Partnership University NHS Foundation Trust", "Dr Ayodele Bankole",
             "Caldicott Guardian", "A Bankole", "12/12/2022"],
            ["Essex Police", "Ch Supt Laura Pennington", "Head of Local Policing", "L Pennington",
             "15/12/2022"],
            ["East of England Ambulance Service NHS Trust", "Dr Simon Roe",
             "Caldicott Guardian", "S Roe", "14/12/2022"],
            ["Essex County Council", "Hannah Cole", "Head of Mental Health Social Care",
             "H Cole", "19/12/2022"],
            ["Southend-on-Sea City Council", "Ibrahim Sesay", "AMHP Service Manager", "I Sesay",
             "20/12/2022"],
            ["Thurrock Council", "Sanjay Mistry", "Strategic Lead, Hospital and Community "
             "Social Work", "S Mistry", "21/12/2022"],
        ], {"widths": [4.2, 3.0, 3.4, 2.2, 2.6], "size": 7.5}),
    ],
    "truth": {
        "title": A10_TITLE,
        "purpose": A10_PURPOSE,
        "lead": {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
        "partners": [
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "East of England Ambulance Service NHS Trust",
             "org": "East of England Ambulance Service NHS Trust"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
        ],
        "statutes": [
            {"citation": "section 136 of the Mental Health Act 1983", "title": "Mental Health Act",
             "year": 1983, "provision": "section 136"},
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Part 3 of the DPA 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Part 3"},
            {"citation": "Mental Capacity Act 2005", "title": "Mental Capacity Act", "year": 2005,
             "provision": None},
            {"citation": "section 42 of the Care Act 2014", "title": "Care Act", "year": 2014,
             "provision": "section 42"},
            {"citation": "section 115 of the Crime and Disorder Act 1998",
             "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Mental Health Units (Use of Force) Act 2018",
             "title": "Mental Health Units (Use of Force) Act", "year": 2018, "provision": None},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2022-12-21",
        "missing_sections": ["accuracy", "retention"],
    },
}

AGREEMENTS = [A6, A7, A8, A9, A10]
