# -*- coding: utf-8 -*-
"""Content of the adult_social_care agreements (text, layout options and truth)."""
import render as R

SECTION_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def P(name, org=None):
    return {"name": name, "org": org}


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


UKGDPR = "UK General Data Protection Regulation"

AGREEMENTS = []

# =============================================================================================
# 1. Essex SAB: SARs and section 42 enquiries (Word -> PDF, DOCX, DOC)
# =============================================================================================
A1_PURPOSE = ("This agreement allows the partners of the Essex Safeguarding Adults Board to share personal "
              "and special category information about adults with care and support needs when a concern is "
              "raised under section 42 of the Care Act 2014, and when the Board commissions a Safeguarding "
              "Adults Review, so that risks are identified early, enquiries are completed promptly and lessons "
              "are learned across agencies.")

A1_SIGN = [
    ["Organisation", "Name", "Post", "Signature", "Date"],
    ["Essex County Council", "Dr Miriam Okafor", "Executive Director, Adult Social Care and Health", "M. Okafor", "14/03/2023"],
    ["Essex Police", "Det Supt Gareth Lyle", "Head of Public Protection", "G. Lyle", "16/03/2023"],
    ["Essex Partnership University NHS Foundation Trust", "Joanne Pettit", "Executive Chief Nurse", "J. Pettit", "20/03/2023"],
    ["Mid and South Essex NHS Foundation Trust", "Colin Adebayo", "Director of Nursing (Safeguarding)", "C. Adebayo", "21/03/2023"],
    ["NHS Mid and South Essex Integrated Care Board", "Rachel Bramwell", "Chief Nursing Officer", "R. Bramwell", "22/03/2023"],
    ["East of England Ambulance Service NHS Trust", "Simon Eddery", "Head of Safeguarding", "S. Eddery", "22/03/2023"],
    ["Essex County Fire and Rescue Service", "Karen Doughty", "Director of Prevention, Protection and Response", "K. Doughty", "23/03/2023"],
    ["Healthwatch Essex", "Paul Stannard", "Chief Executive Officer", "P. Stannard", "27/03/2023"],
]

A1 = {
    "base": "ESAB_SAR_and_S42_Information_Sharing_Agreement_v2.1",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "word",
    "docx": {
        "font": "Arial", "size": 10.5, "heading_colour": "00594F", "h1size": 13,
        "header": R.header_two_cells([("ESSEX COUNTY COUNCIL", 11, True), ("Adult Social Care and Health", 8, False)],
                                     [("OFFICIAL - SENSITIVE", 8, True), ("Ref: ASC-IG-ISA-017", 8, False)]),
        "footer_text": "ESAB information sharing agreement - version 2.1", "page_of": True,
        "core": {"title": "ESAB ISA", "date": (2023, 3, 14)},
    },
    "cover": [
        ("space", 60),
        ("title", "[ Essex County Council crest ]", 9, {"bold": False, "colour": "7F7F7F"}),
        ("space", 24),
        ("title", "INFORMATION SHARING AGREEMENT", 22, {"colour": "00594F"}),
        ("space", 10),
        ("title", "Safeguarding Adults Reviews and Section 42 Enquiries", 17),
        ("space", 16),
        ("title", "For the partners of the Essex Safeguarding Adults Board (ESAB)", 11, {"bold": False}),
        ("title", "Version 2.1 - Final", 11, {"bold": False}),
        ("space", 120),
        ("p", "Produced by the Adult Social Care Information Governance Team, County Hall, Chelmsford. "
              "This document is available in other formats on request."),
        ("break",),
        ("h1", "DOCUMENT CONTROL"),
        ("table", [
            ["Item", "Detail"],
            ["Document reference", "ASC-IG-ISA-017"],
            ["Version", "2.1"],
            ["Status", "Final"],
            ["Lead organisation", "Essex County Council"],
            ["Author", "Adult Social Care Information Governance Team"],
            ["Approved by", "ESAB Executive Group, 14 March 2023"],
            ["Effective from", "1 April 2023"],
            ["Date of next review", "31/03/2025"],
            ["Equality Impact", "Equality Impact Assessment screening completed 02/02/2023 - no adverse impact identified"],
            ["Protective marking", "OFFICIAL"],
        ], {"widths": [5, 11], "boldfirstcol": True}),
        ("pb", "Version history"),
        ("table", [
            ["Version", "Date", "Author", "Summary of change"],
            ["1.0", "12/09/2019", "L. Hendry", "First issue approved by the Board"],
            ["2.0", "05/11/2021", "L. Hendry", "Rewritten for UK GDPR; Healthwatch added as observer"],
            ["2.1", "14/03/2023", "A. Whitlock", "Ambulance and fire partners added; Appendix A data flows revised"],
        ], {"widths": [2, 3, 3, 8]}),
        ("pb", "Contents"),
        ("table", [
            ["1", "PURPOSE OF THIS AGREEMENT"], ["2", "PARTIES TO THIS AGREEMENT"], ["3", "INFORMATION TO BE SHARED"],
            ["4", "LAWFUL BASIS FOR SHARING"], ["5", "CONSENT, CAPACITY AND INDIVIDUALS' RIGHTS"],
            ["6", "SECURITY OF INFORMATION"], ["7", "HOW AND WHEN INFORMATION IS SHARED"],
            ["8", "RETENTION AND DISPOSAL"], ["9", "DATA QUALITY"], ["10", "COMPLAINTS AND CONCERNS"],
            ["11", "DATA BREACHES"], ["12", "COMMENCEMENT, REVIEW AND WITHDRAWAL"],
            ["", "SIGNATURES"], ["A", "APPENDIX A - DATA FLOWS"], ["B", "APPENDIX B - CONTACTS"],
        ], {"header": False, "style": "Table Grid", "widths": [1.2, 14.8]}),
        ("break",),
    ],
    "body": [
        ("h1", "1. PURPOSE OF THIS AGREEMENT"),
        ("p", A1_PURPOSE),
        ("p", "It sits beneath the Southend, Essex and Thurrock (SET) Safeguarding Adults Guidelines and does not "
              "replace the professional judgement of practitioners. Where a practitioner is unsure whether to share, "
              "they should speak to their organisation's safeguarding lead before deciding, and record the decision."),
        ("p", "The agreement covers two activities: (a) enquiries into whether action is needed to protect an adult "
              "who is experiencing, or is at risk of, abuse or neglect; and (b) reviews commissioned by the Board "
              "where an adult has died or been seriously harmed and there is concern that agencies could have "
              "worked together more effectively."),
        ("h1", "2. PARTIES TO THIS AGREEMENT"),
        ("table", [
            ["Organisation", "Role under this agreement", "Known as"],
            ["Essex County Council", "Lead organisation; statutory lead for adult safeguarding and host of the Board business unit", "ECC"],
            ["Essex Police", "Partner; statutory Board member", "-"],
            ["Essex Partnership University NHS Foundation Trust", "Partner; mental health and community services", "EPUT"],
            ["Mid and South Essex NHS Foundation Trust", "Partner; acute hospital services", "MSEFT"],
            ["NHS Mid and South Essex Integrated Care Board", "Partner; statutory Board member", "MSE ICB"],
            ["East of England Ambulance Service NHS Trust", "Partner", "EEAST"],
            ["Essex County Fire and Rescue Service", "Partner", "ECFRS"],
            ["Healthwatch Essex", "Partner; observer at the Board", "-"],
        ], {"widths": [6, 7.5, 2.5]}),
        ("p", "Each party is an independent controller for the information it holds and for the information it "
              "receives under this agreement. No party processes information on behalf of another."),
        ("h1", "3. INFORMATION TO BE SHARED"),
        ("p", "Only the minimum information needed for the enquiry or review will be shared. Typically this will be:"),
        ("ul", [
            "the adult's name, date of birth, address, NHS number and Mosaic or other case reference;",
            "the nature of the concern, who raised it, and the category of abuse or neglect;",
            "relevant health, care, mental capacity and risk information, including diagnoses and medication where they bear on the concern;",
            "information about the person alleged to have caused harm, including any relevant offending history held by Essex Police;",
            "chronologies, case records and agency reports requested by a Safeguarding Adults Review panel;",
            "the outcome of the enquiry and the safeguarding plan agreed with the adult or their representative.",
        ]),
        ("p", "Anonymised summaries of reviews are published by the Board. Names of individuals are never published."),
        ("h1", "4. LAWFUL BASIS FOR SHARING"),
        ("p", "The Care Act 2014 places the Board on a statutory footing and requires the local authority to make, or "
              "cause others to make, enquiries where an adult with care and support needs may be at risk. The Board "
              "may also require a person or body to supply information to it so that it can carry out its functions; "
              "partners are expected to comply with such requests without delay."),
        ("p", "Under the UK General Data Protection Regulation (UK GDPR) the partners rely on the performance of a "
              "task carried out in the public interest or in the exercise of official authority. For health and "
              "social care data they rely on the condition for the provision of health or social care and, where "
              "the adult is at risk, the safeguarding of individuals at risk condition in the Data Protection Act "
              "2018."),
        ("p", "Other legislation relevant to this agreement:"),
        ("ul", [
            "the Human Right Act 1998 - any interference with private and family life must be lawful, necessary and proportionate;",
            "the Mental Capacity Act 2005 - decisions about sharing are made with the adult where they have capacity, and in their best interests where they do not;",
            "section 115 of the Crime and Disorder Act 1998 - disclosure to or from Essex Police for the prevention and detection of crime.",
        ]),
        ("p", "The partners also observe the common law duty of confidentiality, the Caldicott Principles and the "
              "Care and Support Statutory Guidance issued by the Department of Health and Social Care. These are "
              "guidance and professional standards rather than a legal gateway."),
        ("h1", "5. CONSENT, CAPACITY AND INDIVIDUALS' RIGHTS"),
        ("p", "Practitioners should talk to the adult about the concern and, wherever it is safe to do so, seek "
              "their views before information is shared. Consent is not, however, the lawful basis for this "
              "sharing, and information may be shared without it where others are at risk, a crime may have been "
              "committed, or the adult lacks capacity to decide."),
        ("p", "Adults keep their rights under data protection law, including the right of access to their records, "
              "the right to rectification and the right to object. A request received by one partner that relates "
              "to information supplied by another will be answered by the receiving partner after consulting the "
              "supplying partner about any exemptions, within one calendar month."),
        ("h1", "6. SECURITY OF INFORMATION"),
        ("ul", [
            "Partners hold shared information on systems that meet the Data Security and Protection Toolkit standard or equivalent.",
            "Access is limited to staff who need the information for the enquiry or review, and is removed when they no longer need it.",
            "Staff handling shared information complete annual data protection training.",
            "Paper records are marked OFFICIAL - SENSITIVE and kept in locked storage.",
        ]),
        ("h1", "7. HOW AND WHEN INFORMATION IS SHARED"),
        ("p", "Safeguarding concerns are sent to the Essex Adult Social Care front door by the online referral form "
              "or by secure email (nhs.net, pnn or Egress). Information for an enquiry is exchanged as and when "
              "requested by the enquiry officer, normally within five working days. Information for a Safeguarding "
              "Adults Review is provided on the Board's template within the timescale set by the review panel. "
              "Telephone discussion is acceptable where a record is made afterwards. The data flows are set out in "
              "Appendix A."),
        ("h1", "8. RETENTION AND DISPOSAL"),
        ("p", "Each partner retains shared information in line with its own retention schedule. Safeguarding "
              "enquiry records held by Essex County Council are kept for 10 years after the case is closed. Review "
              "panel working papers are destroyed securely by the Board business unit six months after the final "
              "report is published."),
        ("h1", "9. DATA QUALITY"),
        ("p", "Partners will check that information is accurate and up to date before sharing it, and will make clear "
              "what is fact, what is opinion and what is allegation. A partner that discovers an error will tell the "
              "partner that supplied the information, who will correct its source records and notify any other "
              "recipient."),
        ("h1", "10. COMPLAINTS AND CONCERNS"),
        ("p", "A complaint from an adult, a family member or an advocate about the sharing of information will be "
              "handled under the complaints procedure of the partner that receives it. Where the complaint concerns "
              "more than one partner, the complaints managers will agree a single response."),
        ("h1", "11. DATA BREACHES"),
        ("p", "Any loss, unauthorised disclosure or misuse of shared information must be reported to the partner's "
              "Data Protection Officer on the day it is discovered and to the partner that supplied the information. "
              "The controller responsible will decide whether the incident must be notified to the Information "
              "Commissioner's Office within 72 hours."),
        ("h1", "12. COMMENCEMENT, REVIEW AND WITHDRAWAL"),
        ("p", "This agreement takes effect from 1 April 2023 and replaces version 2.0. It will be reviewed by the "
              "Information Governance Team on behalf of the Board by the date of next review shown in the Document "
              "Control table, or earlier if the law or the Board's arrangements change."),
        ("p", "A partner may withdraw by giving three months' written notice to the Board Manager. Information "
              "already shared remains subject to this agreement."),
        ("break",),
        ("h1", "SIGNATURES"),
        ("p", "By signing, each organisation agrees to follow this agreement."),
        ("table", A1_SIGN, {"widths": [4.2, 3, 4.3, 2.2, 2.3], "size": 8.5}),
        ("break",),
        ("h1", "APPENDIX A - DATA FLOWS"),
        ("table", [
            ["Flow", "From", "To", "Information", "Route", "Frequency"],
            ["1", "Any partner", "ECC Adult Social Care front door", "Safeguarding concern", "Online form / secure email", "As arises"],
            ["2", "ECC enquiry officer", "Partner safeguarding lead", "Request for information", "Secure email", "Per enquiry"],
            ["3", "Partner safeguarding lead", "ECC enquiry officer", "Agency information and chronology", "Secure email / Egress", "Within 5 working days"],
            ["4", "ESAB business unit", "All partners", "SAR scoping request", "Egress", "Per review"],
            ["5", "All partners", "SAR reviewer", "Individual management review", "Egress", "Per review"],
        ], {"widths": [1, 3, 3, 3.6, 3, 2.4], "size": 8.5}),
        ("h1", "APPENDIX B - CONTACTS"),
        ("table", [
            ["Organisation", "Contact", "Email"],
            ["Essex County Council", "Information Governance Team", "informationgovernanceteam@essex.gov.uk"],
            ["Essex Safeguarding Adults Board", "Board Manager", "esab@essex.gov.uk"],
            ["Essex Police", "Public Protection Unit", "ppu.referrals@essex.police.uk"],
        ], {"widths": [5, 5, 6]}),
    ],
    "truth": {
        "title": "Safeguarding Adults Reviews and Section 42 Enquiries",
        "purpose": A1_PURPOSE,
        "lead": P("Essex County Council", "Essex County Council"),
        "partners": [
            P("Essex Police", "Essex Police"),
            P("Essex Partnership University NHS Foundation Trust"),
            P("Mid and South Essex NHS Foundation Trust"),
            P("NHS Mid and South Essex Integrated Care Board"),
            P("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
            P("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service"),
            P("Healthwatch Essex"),
        ],
        "statutes": [
            S("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
            S("UK General Data Protection Regulation (UK GDPR)", UKGDPR, None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
            S("Human Right Act 1998", "Human Rights Act", 1998),
            S("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
            S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
        ],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": "2023-04-01",
        "missing_sections": [],
    },
}
AGREEMENTS.append(A1)

# =============================================================================================
# 2. Southend: Discharge to Assess DSP (reportlab two-column PDF, DOCX)
# =============================================================================================
A2_PURPOSE = ("Southend-on-Sea City Council and its NHS partners share information so that people who are "
              "medically fit to leave hospital can go home, or to a short-term bed, on the day they are ready, "
              "with their longer-term care needs assessed once they are settled rather than while they wait on "
              "a ward.")

A2_COVER = [
    ("space", 30),
    ("title", "SOUTHEND-ON-SEA CITY COUNCIL", 15, {"colour": "#6A1B4D"}),
    ("title", "Adult Social Care and Health", 10, {"bold": False}),
    ("space", 30),
    ("title", "Data Sharing Protocol", 12, {"bold": False}),
    ("title", "Discharge to Assess:", 18),
    ("title", "Hospital Discharge and Intermediate Care Pathways", 18),
    ("space", 24),
    ("table", [
        ["Protocol control", ""],
        ["Owner", "Southend-on-Sea City Council"],
        ["Service area", "Adult Social Care and Health - Hospital and Reablement Services"],
        ["Version", "1.3 (final)"],
        ["Approved by", "Director of Adult Social Care, 27 November 2023"],
        ["Commences", "4 December 2023"],
        ["Review due", "September 2024"],
        ["Equality Impact", "Screening not required - no change to who receives a service"],
        ["Related documents", "Mid and South Essex discharge SOP v4; DPIA ref SCC-DPIA-0231"],
    ], {"widths": [4, 12], "boldfirstcol": True, "header": True}),
    ("space", 10),
    ("table", [
        ["Version", "Date", "Change"],
        ["1.0", "03/03/2022", "First protocol for the discharge hub"],
        ["1.2", "14/06/2023", "Pathway 3 (care home) flows added"],
        ["1.3", "27/11/2023", "Provide and EPUT added as parties; new hub location"],
    ], {"widths": [2, 3, 11]}),
]

A2_BODY = [
    ("h1", "1  Why we share"),
    ("p", A2_PURPOSE),
    ("p", "The protocol supports the Mid and South Essex integrated discharge hub, the transfer of care hub at "
          "Southend Hospital site, and the reablement and intermediate care teams that receive people after "
          "discharge."),
    ("h1", "2  Who takes part"),
    ("ul", [
        "Southend-on-Sea City Council (adult social care, reablement and brokerage)",
        "Mid and South Essex NHS Foundation Trust (acute wards and discharge teams)",
        "NHS Mid and South Essex Integrated Care Board (commissioner of pathway beds)",
        "Essex Partnership University NHS Foundation Trust (community health and mental health liaison)",
        "Provide Community Interest Company (community nursing and therapy)",
    ]),
    ("p", "Each organisation is a controller in its own right. The hub co-ordinator role is staffed by the Council "
          "and the hospital together."),
    ("h1", "3  What we share"),
    ("ul", [
        "name, address, date of birth, NHS number and next of kin;",
        "expected and actual date of discharge, discharge pathway (0 to 3) and transport needs;",
        "functional and therapy assessments, equipment needs and falls risk;",
        "relevant diagnoses, medication and cognitive or mental health needs;",
        "existing care package, provider details and any safeguarding flags;",
        "funding decisions and Continuing Healthcare checklist outcomes.",
    ]),
    ("h1", "4  Our legal basis"),
    ("p", "The Council shares and receives information in carrying out its duties under the Care Act 2014 to assess "
          "needs and to meet eligible needs. The discharge to assess model is now set in law by the Health and "
          "Care Act 2022, which removed the older discharge notice process."),
    ("p", "NHS bodies and local authorities must co-operate with one another under section 82 of the National "
          "Health Service Act 2006. The Health and Social Care Act 2015 introduced a duty to share information "
          "for a person's direct care and to use the NHS number as the consistent identifier."),
    ("p", "For data protection purposes each party relies on public task under the UK GDPR and, for health data, "
          "on the health or social care condition in the Data Protection Act 2018. The Caldicott Principles and "
          "national hospital discharge guidance are followed but are not themselves a legal basis."),
    ("h1", "5  Your rights"),
    ("p", "People can ask any party for a copy of their information, ask for mistakes to be put right, or object to "
          "the use of their information. The party receiving the request will deal with it and will tell the other "
          "parties if their information is involved. The Council's privacy notice explains these rights in plain "
          "English and is given to people when they are referred."),
    ("h1", "6  Keeping it safe"),
    ("ul", [
        "Hub staff use named accounts on the shared care co-ordination system; shared logins are not allowed.",
        "Laptops and phones are encrypted and screen-locked.",
        "Whiteboards on wards show initials and bed numbers only.",
        "Each party completes the Data Security and Protection Toolkit every year.",
    ]),
    ("h1", "7  How and when"),
    ("p", "Referrals are made on the single discharge referral form through the care co-ordination system. Where the "
          "system is unavailable, the form is sent by secure email between nhs.net and southend.gov.uk accounts. "
          "The hub holds a daily huddle at 09:30, seven days a week, and a situation report of people waiting is "
          "produced twice daily. Provider start dates are confirmed by the brokerage team by telephone and recorded "
          "on the system the same day."),
    ("h1", "8  Keeping records"),
    ("p", "Information is kept under each party's records retention schedule. Adult social care records are kept "
          "for eight years after the last contact. Hub situation reports are deleted after 30 days."),
    ("h1", "9  Getting it right"),
    ("p", "The person sending information makes sure it is accurate and up to date. If a receiving team finds an "
          "error, it tells the sender, who corrects the record on the care co-ordination system."),
    ("h1", "10  If something goes wrong"),
    ("p", "A data breach, such as a referral sent to the wrong address, is reported straight away to the sending "
          "party's information governance team and recorded on its incident system. The party that is controller "
          "for the information decides whether to report it to the Information Commissioner's Office."),
    ("h1", "11  Signing up"),
    ("p", "This protocol commences on 4 December 2023. Any party may leave it by giving three months' notice in "
          "writing to the Owner. It will be reviewed by September 2024, and sooner if the discharge model changes."),
    ("wide", [
        ("h1", "Signatures"),
        ("table", [
            ["Organisation", "Signed by", "Post", "Date"],
            ["Southend-on-Sea City Council", "Michael Tyrell", "Director of Adult Social Care", "27/11/2023"],
            ["Mid and South Essex NHS Foundation Trust", "Dr Aisha Rahman", "Chief Medical Information Officer", "29/11/2023"],
            ["NHS Mid and South Essex Integrated Care Board", "Owen Fairclough", "Director of Urgent and Emergency Care", "30/11/2023"],
            ["Essex Partnership University NHS Foundation Trust", "Hannah Wilde", "Senior Information Risk Owner", "30/11/2023"],
            ["Provide Community Interest Company", "Daniel Morcom", "Caldicott Guardian", "01/12/2023"],
        ], {"widths": [5.5, 3.5, 5, 2]}),
        ("h1", "Appendix 1 - Data flows"),
        ("table", [
            ["From", "To", "Data", "Route", "When"],
            ["Ward discharge team", "Integrated discharge hub", "Discharge referral (pathway 1-3)", "Care co-ordination system", "When medically optimised"],
            ["Hub", "Council brokerage", "Care needs and start date", "Care co-ordination system", "Daily"],
            ["Hub", "Provide / EPUT community teams", "Therapy and nursing needs", "Care co-ordination system / nhs.net", "Daily"],
            ["Council reablement", "ICB", "Bed and pathway activity", "Aggregated report", "Weekly"],
        ], {"widths": [3, 3.5, 3.5, 3.5, 2.5]}),
    ]),
]

A2 = {
    "base": "SCC_ASC_Discharge_to_Assess_Data_Sharing_Protocol_v1.3",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "rl": {"layout": "twocol", "header_left": "Southend-on-Sea City Council  |  Adult Social Care",
           "header_right": "Data Sharing Protocol - OFFICIAL", "footer": "D2A DSP v1.3",
           "accent": "#6A1B4D", "meta_title": "D2A DSP"},
    "docx": {"font": "Calibri", "size": 10.5, "heading_colour": "6A1B4D",
             "header": R.header_line("Southend-on-Sea City Council - Adult Social Care", right="OFFICIAL"),
             "footer_text": "D2A DSP v1.3", "core": {"title": "D2A DSP", "date": (2023, 11, 27)}},
    "cover": A2_COVER + [("break",)],
    "body": A2_BODY,
    "truth": {
        "title": "Discharge to Assess: Hospital Discharge and Intermediate Care Pathways",
        "purpose": A2_PURPOSE,
        "lead": P("Southend-on-Sea City Council", "Southend Borough Council"),
        "partners": [
            P("Mid and South Essex NHS Foundation Trust"),
            P("NHS Mid and South Essex Integrated Care Board"),
            P("Essex Partnership University NHS Foundation Trust"),
            P("Provide Community Interest Company", "Provide"),
        ],
        "statutes": [
            S("Care Act 2014", "Care Act", 2014),
            S("Health and Care Act 2022", "Health and Care Act", 2022),
            S("section 82 of the National Health Service Act 2006", "National Health Service Act", 2006, "section 82"),
            S("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act", 2015),
            S("UK GDPR", UKGDPR, None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        "review_date": "2024-09-30",
        "review_basis": "explicit",
        "commencement_date": "2023-12-04",
        "missing_sections": ["complaints"],
    },
}
AGREEMENTS.append(A2)

# =============================================================================================
# 3. Suffolk: CHC joint working agreement; title only in the Word header (Word -> PDF, DOCX, DOC)
# =============================================================================================
A3_TITLE = "NHS Continuing Healthcare and Joint Funding: Joint Working Agreement"
A3_PURPOSE = ("The partners share information so that adults in Suffolk and north east Essex who may be eligible "
              "for NHS Continuing Healthcare, NHS-funded Nursing Care or a jointly funded package of health and "
              "social care are screened, assessed and funded without delay, and so that nobody's care is "
              "interrupted while responsibility is settled between the NHS and the local authority.")

A3 = {
    "base": "CHC_Joint_Working_Agreement_SNEE_2023",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "word",
    "docx": {
        "font": "Times New Roman", "size": 11.5, "heading_font": "Arial", "heading_colour": "000000",
        "h1size": 12.5,
        "header": R.header_line(A3_TITLE, size=9),
        "footer_text": "Suffolk County Council - Adult and Community Services", "page_of": False,
        "core": {"title": "JWA", "date": (2023, 3, 20)},
    },
    "cover": [
        ("space", 40),
        ("box", [("SUFFOLK COUNTY COUNCIL", 16, True), ("Adult and Community Services", 10, False)],
         {"fill": "E7E6E6"}),
        ("space", 50),
        ("title", "JOINT WORKING AGREEMENT", 24),
        ("space", 8),
        ("title", "between Suffolk County Council, Essex County Council and their NHS partners in Suffolk and north east Essex", 12, {"bold": False}),
        ("space", 150),
        ("title", "Version 1.0 - March 2023", 10, {"bold": False}),
        ("break",),
        ("h1", "Document Control"),
        ("table", [
            ["Responsible organisation", "Suffolk County Council"],
            ["Prepared by", "Continuing Healthcare and Joint Funding Team, Adult and Community Services"],
            ["Version", "1.0"],
            ["Date approved", "20 March 2023"],
            ["Approved by", "Suffolk and North East Essex Joint Commissioning Board"],
            ["Commencement", "1 April 2023"],
            ["Review", "24 months after commencement"],
            ["Equality Impact", "EqIA reference ACS-EIA-2023-04 completed; no negative impact"],
            ["Security classification", "OFFICIAL"],
        ], {"header": False, "widths": [5, 11], "boldfirstcol": True, "firstcolshade": "F2F2F2"}),
        ("p", "Version 1.0 replaces the separate CHC protocols previously held by each council."),
        ("break",),
    ],
    "body": [
        ("h2", "Background and aims"),
        ("p", A3_PURPOSE),
        ("p", "It applies to the checklist, the multidisciplinary assessment, fast-track referrals for people "
              "approaching the end of life, joint funding decisions and the review of packages already in place."),
        ("h2", "The partners"),
        ("table", [
            ["Partner", "Main contact", "Function"],
            ["Suffolk County Council", "Head of Joint Funding", "Adult social care assessment and funding"],
            ["Essex County Council", "Head of Service, Health Integration (North East)", "Adult social care assessment and funding for north east Essex residents"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Associate Director, All Age Continuing Care", "NHS Continuing Healthcare eligibility and commissioning"],
            ["East Suffolk and North Essex NHS Foundation Trust", "Discharge and Transfer of Care Lead", "Acute and community hospital services"],
            ["Norfolk and Suffolk NHS Foundation Trust", "Head of Mental Health Social Work", "Mental health assessment and care co-ordination"],
        ], {"widths": [5.5, 4.5, 6]}),
        ("h2", "Information covered"),
        ("ul", [
            "personal details: name, address, date of birth, NHS number and social care reference;",
            "the Continuing Healthcare checklist, the decision support tool and supporting evidence;",
            "nursing, therapy and social care assessments and care plans;",
            "the person's financial assessment outcome where it affects a joint package;",
            "the details of care providers and the costs of packages;",
            "mental capacity assessments and best interests decisions relating to the assessment.",
        ]),
        ("h2", "Legal framework"),
        ("p", "The partners exercise their functions jointly under arrangements made under section 75 of the "
              "National Heath Service Act 2006. The local authorities may not provide services that the NHS is "
              "required to provide, a limit set by section 22 of the Care Act 2014, which is why the boundary "
              "between health and social care must be settled on the evidence."),
        ("p", "The Integrated Care Board's duties to assess eligibility are set by the National Health Service "
              "Commissioning Board and Clinical Commissioning Groups (Responsibilities and Standing Rules) "
              "Regulations 2012. The National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care "
              "is followed as guidance."),
        ("p", "Where a person lacks capacity to take part in the assessment, the Mental Capacity Act 2005 applies. "
              "The processing of personal data complies with the UK GDPR and the Data Protection Act 2018, which "
              "replaced the Data Protection Act 1998; the earlier protocols relied on that Act and are withdrawn."),
        ("h2", "Security and access"),
        ("p", "Partners will only allow staff involved in the assessment, funding or review of the person's care to "
              "see shared information. All systems used are protected by role-based access and audit trails, and all "
              "staff complete annual information governance training."),
        ("h2", "Exchanging information"),
        ("p", "Checklists and referrals are sent to the ICB's All Age Continuing Care team through the Broadcare "
              "system. Assessment evidence is exchanged by secure email between suffolk.gov.uk, essex.gov.uk and "
              "nhs.net accounts. Multidisciplinary assessments are held in person or by Microsoft Teams. Joint "
              "funding panels meet fortnightly and the panel papers are circulated two days beforehand."),
        ("h2", "Records management"),
        ("p", "Each partner keeps the records it creates or receives in accordance with its own retention schedule "
              "and the Records Management Code of Practice for Health and Social Care. Panel papers are deleted from "
              "personal mailboxes once the decision has been recorded."),
        ("h2", "Quality of information"),
        ("p", "The partner supplying evidence is responsible for making sure that it is accurate, current and "
              "complete. Any disagreement about the evidence is raised with the assessor before the panel."),
        ("h2", "Disputes and complaints"),
        ("p", "Disputes between partners about eligibility or funding follow the local disputes resolution procedure. "
              "Complaints from individuals or their families about how their information has been used are handled "
              "by the organisation complained about, which will liaise with the other partners where needed."),
        ("h2", "Commencement, review and ending the agreement"),
        ("p", "This agreement commences on 1 April 2023 and will be reviewed 24 months after it commences, or "
              "earlier if national policy changes. A partner may end its participation by giving six months' notice "
              "in writing to the Responsible organisation."),
        ("break",),
        ("h2", "Signatories"),
        ("table", [
            ["For", "Name", "Position", "Signed", "Date"],
            ["Suffolk County Council", "Georgina Ashby", "Corporate Director, Adult and Community Services", "G. Ashby", "20/03/2023"],
            ["Essex County Council", "Peter Lund", "Director, Local Delivery (North East)", "P. Lund", "22/03/2023"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Dr Fiona Carrow", "Chief Nursing Officer", "F. Carrow", "23/03/2023"],
            ["East Suffolk and North Essex NHS Foundation Trust", "Martin Greave", "Chief Operating Officer", "M. Greave", "24/03/2023"],
            ["Norfolk and Suffolk NHS Foundation Trust", "Ruth Ingram", "Director of Social Care", "R. Ingram", "28/03/2023"],
        ], {"widths": [4.5, 2.8, 4.5, 2, 2.2], "size": 9}),
        ("break",),
        ("h2", "Appendix 1 - Data items by stage"),
        ("table", [
            ["Stage", "Items", "Sent by", "Received by"],
            ["Checklist", "Personal details, checklist, consent or best interests record", "Council or Trust assessor", "ICB"],
            ["Full assessment", "Decision support tool, care records, assessments", "All partners", "ICB"],
            ["Joint funding", "Care plan, package costs, financial assessment outcome", "Council", "ICB panel"],
            ["Review", "Updated care plan and provider reports", "ICB / Council", "ICB / Council"],
        ], {"widths": [3, 6.5, 3.5, 3]}),
        ("h2", "Appendix 2 - Contacts"),
        ("table", [
            ["Partner", "Team", "Telephone"],
            ["Suffolk County Council", "Joint Funding Team", "0345 606 1234"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "All Age Continuing Care", "01473 770 000"],
        ], {"widths": [7, 5, 4]}),
    ],
    "truth": {
        "title": A3_TITLE,
        "purpose": A3_PURPOSE,
        "lead": P("Suffolk County Council"),
        "partners": [
            P("Essex County Council", "Essex County Council"),
            P("NHS Suffolk and North East Essex Integrated Care Board"),
            P("East Suffolk and North Essex NHS Foundation Trust"),
            P("Norfolk and Suffolk NHS Foundation Trust"),
        ],
        "statutes": [
            S("section 75 of the National Heath Service Act 2006", "National Health Service Act", 2006, "section 75"),
            S("section 22 of the Care Act 2014", "Care Act", 2014, "section 22"),
            S("National Health Service Commissioning Board and Clinical Commissioning Groups (Responsibilities and "
              "Standing Rules) Regulations 2012",
              "National Health Service Commissioning Board and Clinical Commissioning Groups (Responsibilities and "
              "Standing Rules) Regulations", 2012),
            S("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
            S("UK GDPR", UKGDPR, None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
            S("Data Protection Act 1998", "Data Protection Act", 1998),
        ],
        "review_date": "2025-04-01",
        "review_basis": "relative",
        "commencement_date": "2023-04-01",
        "missing_sections": ["individual_rights", "breach"],
    },
}
AGREEMENTS.append(A3)

# =============================================================================================
# 4. Thurrock: AMHP service and s117 aftercare (reportlab boxed PDF, DOCX)
# =============================================================================================
A4_TITLE = "Approved Mental Health Professional (AMHP) Service and Section 117 Aftercare"
A4_PURPOSE = ("Information is shared under this agreement so that Thurrock's Approved Mental Health Professionals "
              "can co-ordinate Mental Health Act assessments safely and quickly with doctors, police and ambulance "
              "crews, and so that people discharged from detention receive the aftercare they are entitled to, "
              "planned jointly by the Council and the NHS.")

A4_COVER = [
    ("space", 20),
    ("title", "THURROCK COUNCIL", 18, {"colour": "#00467F"}),
    ("title", "Adults, Housing and Health Directorate", 10, {"bold": False}),
    ("space", 40),
    ("box", [("Information Sharing Agreement", 12, False),
             ("Approved Mental Health Professional (AMHP) Service", 17, True),
             ("and Section 117 Aftercare", 17, True)], {"fill": "E4ECF5"}),
    ("space", 20),
    ("h2", "About this document"),
    ("p", "This agreement is led by Thurrock Council, which employs the borough's AMHPs and, with the NHS, "
          "commissions aftercare. Questions about it should go to the Council's Information Governance Officer."),
    ("table", [
        ["Document control", ""],
        ["Version", "3.0"],
        ["Status", "Approved"],
        ["Approved by", "Thurrock Council Caldicott Guardian and the Mental Health Partnership Board"],
        ["Date approved", "21/11/2022"],
        ["Equality Impact", "Screened - full assessment not required"],
        ["Replaces", "AMHP protocol version 2.4 (2019)"],
    ], {"widths": [4, 12], "boldfirstcol": True}),
    ("break",),
]

A4_BODY = [
    ("h1", "Part 1 - Purpose"),
    ("p", A4_PURPOSE),
    ("p", "It covers requests for assessment, the arrangements on the day of an assessment, conveyance to "
          "hospital, and the planning and review of aftercare."),
    ("h1", "Part 2 - Parties"),
    ("table", [
        ["Party", "Role", "Lead contact (post)"],
        ["Thurrock Council", "AMHP service; social care aftercare", "AMHP Service Manager"],
        ["Essex Partnership University NHS Foundation Trust", "Section 12 doctors, inpatient and community mental health services", "Associate Director, Mental Health Act Administration"],
        ["Essex Police", "Attendance at assessments; place of safety", "Mental Health Liaison Inspector"],
        ["East of England Ambulance Service NHS Trust", "Conveyance to hospital", "Mental Health Lead Paramedic"],
        ["NHS Mid and South Essex Integrated Care Board", "Joint commissioner of aftercare", "Head of Mental Health Commissioning"],
    ], {"widths": [5.5, 6, 4.5]}),
    ("h1", "Part 3 - Information to be shared"),
    ("ul", [
        "identity and contact details of the person, the nearest relative and any carers;",
        "the reason for the request, the risks identified and any history of violence or weapons;",
        "current and previous diagnoses, treatment, medication and contact with services;",
        "relevant police information, such as warning markers at the address;",
        "outcome of the assessment, the application made and the hospital to which the person is admitted;",
        "aftercare needs, the care plan, accommodation and the split of funding between the Council and the ICB.",
    ]),
    ("h1", "Part 4 - Legal basis"),
    ("p", "AMHPs carry out their functions under the Mental Health Act 1983, as amended by the Mental Health Act "
          "2007. The duty to provide aftercare falls jointly on the Council and the Integrated Care Board under "
          "section 117 of the Mental Health Act 1983. The Council's wider duties to assess and meet needs arise under "
          "the Care Act 2014."),
    ("p", "Rights to private and family life are protected under the Human Rights Act 1998: sharing must be necessary and "
          "proportionate to the risk. Partners follow the Mental Health Act Code of Practice, which is statutory "
          "guidance, and the common law duty of confidentiality."),
    ("p", "Personal data are processed under Article 6(1)(e) of the UK GDPR (public task), with special category "
          "data processed for health and social care purposes under the conditions in the Data Protection Act 2018."),
    ("h1", "Part 5 - Access and individuals' rights"),
    ("p", "People assessed under the Act, and their nearest relatives, are told what information has been shared and "
          "why, unless doing so would put someone at risk. Requests for access to records are handled by the party "
          "that holds them within one month. Where records contain information from another party, that party is "
          "consulted first. Freedom of Information requests that touch on this agreement are handled the same way."),
    ("h1", "Part 6 - Keeping information secure"),
    ("ul", [
        "AMHPs record assessments on the Council's case management system; EPUT staff record on the Trust's clinical system.",
        "Assessment paperwork taken to a person's home is carried in a locked bag and returned to the office the same day.",
        "Police and ambulance staff receive only what they need to keep people safe at the assessment.",
        "Mobile devices are encrypted and protected by PIN.",
    ]),
    ("h1", "Part 7 - How information moves"),
    ("table", [
        ["Exchange", "Method", "Timing"],
        ["Request for assessment", "Telephone to AMHP duty line, followed by referral form via secure email", "As needed, 24 hours a day"],
        ["Arranging police and ambulance attendance", "Telephone, then confirmation email to pnn and nhs.net addresses", "On the day"],
        ["Outcome of assessment", "AMHP report uploaded to both case systems", "Within 24 hours"],
        ["Aftercare planning", "Care programme approach meeting; minutes by secure email", "Before discharge and at each review"],
        ["Aftercare funding report", "Spreadsheet via Egress to the ICB", "Quarterly"],
    ], {"widths": [4.5, 7.5, 4]}),
    ("h1", "Part 8 - Data retention"),
    ("p", "Mental Health Act records are kept for 20 years after the last entry, or eight years after death. Other "
          "records are kept under each party's retention schedule and destroyed securely at the end of the period."),
    ("h1", "Part 9 - Accuracy and responsibility"),
    ("p", "The AMHP is responsible for the accuracy of the assessment report. Each party is responsible for the "
          "information it supplies and must correct and re-send information that proves to be wrong."),
    ("h1", "Part 10 - Complaints"),
    ("p", "Complaints about the sharing of information are handled under the complaints procedure of the party "
          "concerned. The Council's statutory adult social care complaints procedure applies where the complaint "
          "is about the AMHP service."),
    ("h1", "Part 11 - Breach of confidentiality"),
    ("p", "A breach must be reported to the party's Data Protection Officer within one working day and to any party "
          "whose information is involved. Serious breaches are reported to the Information Commissioner's Office "
          "within 72 hours by the party responsible."),
    ("h1", "Part 12 - Agreement"),
    ("p", "This agreement has effect from 1 December 2022. It will be reviewed no later than 30 November 2024, or "
          "sooner if the Mental Health Act is reformed. A party may withdraw on three months' written notice to "
          "Thurrock Council."),
    ("break",),
    ("h1", "Signed on behalf of the parties"),
    ("table", [
        ["Party", "Name", "Post", "Signature", "Date"],
        ["Thurrock Council", "Lorraine Bisset", "Director of Adult Social Care and Community Development", "L. Bisset", "21/11/2022"],
        ["Essex Partnership University NHS Foundation Trust", "Dr Tomasz Wilk", "Executive Medical Director", "T. Wilk", "24/11/2022"],
        ["Essex Police", "Supt Adele Crane", "Head of Partnerships", "A. Crane", "25/11/2022"],
        ["East of England Ambulance Service NHS Trust", "Neil Harcourt", "Deputy Director of Clinical Quality", "N. Harcourt", "28/11/2022"],
        ["NHS Mid and South Essex Integrated Care Board", "Imogen Salt", "Director of Mental Health Commissioning", "I. Salt", "29/11/2022"],
    ], {"widths": [4.2, 3, 4.3, 2.2, 2.3]}),
    ("h1", "Appendix - Legislation and guidance"),
    ("table", [
        ["Source", "Relevance"],
        ["Mental Health Act 1983", "AMHP functions, applications and aftercare"],
        ["Care Act 2014", "Assessment of needs and care planning after discharge"],
        ["Human Rights Act 1998", "Proportionality of sharing"],
        ["Data Protection Act 2018 / UK GDPR", "Conditions for processing"],
        ["Mental Health Act Code of Practice (guidance)", "Good practice in assessment and aftercare"],
    ], {"widths": [6, 10]}),
]

A4 = {
    "base": "Thurrock_AMHP_and_S117_Aftercare_ISA_v3.0",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "rl": {"layout": "boxed", "header_left": "THURROCK COUNCIL - ADULT SOCIAL CARE",
           "header_right": "AMHP and s117 ISA v3.0 - OFFICIAL-SENSITIVE", "footer": "Thurrock Council",
           "font": "Times-Roman", "size": 10.5, "accent": "#00467F", "meta_title": "AMHP ISA"},
    "docx": {"font": "Cambria", "size": 11, "heading_colour": "00467F",
             "header": R.header_line("THURROCK COUNCIL - ADULT SOCIAL CARE", right="OFFICIAL-SENSITIVE"),
             "footer_text": "AMHP and s117 ISA v3.0", "core": {"title": "AMHP ISA", "date": (2022, 11, 21)}},
    "cover": A4_COVER,
    "body": A4_BODY,
    "truth": {
        "title": A4_TITLE,
        "purpose": A4_PURPOSE,
        "lead": P("Thurrock Council", "Thurrock Council"),
        "partners": [
            P("Essex Partnership University NHS Foundation Trust"),
            P("Essex Police", "Essex Police"),
            P("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
            P("NHS Mid and South Essex Integrated Care Board"),
        ],
        "statutes": [
            S("section 117 of the Mental Health Act 1983", "Mental Health Act", 1983, "section 117"),
            S("Mental Health Act 2007", "Mental Health Act", 2007),
            S("Care Act 2014", "Care Act", 2014),
            S("Human Rights Act 1998", "Human Rights Act", 1998),
            S("Article 6(1)(e) of the UK GDPR", UKGDPR, None, "Article 6(1)(e)"),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        "review_date": "2024-11-30",
        "review_basis": "explicit",
        "commencement_date": "2022-12-01",
        "missing_sections": [],
    },
}
AGREEMENTS.append(A4)

# =============================================================================================
# 5. Hertfordshire / CQC: provider quality MoU, no lead; title in a cover table over two lines
# =============================================================================================
A5_PURPOSE = ("This memorandum sets out how the signatories share intelligence about the quality and safety of "
              "regulated adult social care services - care homes, domiciliary care agencies and supported living "
              "providers - so that emerging risks to people using those services are spotted early and acted on "
              "in a co-ordinated way.")

A5 = {
    "base": "HCC_CQC_Provider_Quality_Memorandum_of_Understanding_v1.2",
    "formats": ["pdf", "docx"],
    "pdf_via": "word",
    "docx": {
        "font": "Verdana", "size": 9.5, "heading_colour": "2E4A1F", "h1size": 12,
        "header": R.header_line("Memorandum of Understanding - Provider Quality", size=8, right="Not protectively marked"),
        "footer_text": "MoU v1.2", "page_of": True,
        "core": {"title": "MoU", "date": (2022, 7, 6)},
    },
    "cover": [
        ("space", 70),
        ("title", "MEMORANDUM OF UNDERSTANDING", 20, {"colour": "2E4A1F"}),
        ("space", 20),
        ("table", [
            ["Provider Quality and Market Oversight:\nSharing Intelligence on Regulated Care Services"],
        ], {"header": True, "shade": "E2EFD9", "size": 16}),
        ("space", 30),
        ("table", [
            ["Signatory organisations"],
            ["Hertfordshire County Council"],
            ["Essex County Council"],
            ["Care Quality Commission"],
            ["NHS Hertfordshire and West Essex Integrated Care Board"],
            ["Hertfordshire Partnership University NHS Foundation Trust"],
        ], {"shade": "F2F2F2", "size": 10.5}),
        ("space", 60),
        ("title", "Version 1.2 - July 2022", 10, {"bold": False}),
        ("break",),
        ("h1", "Document control"),
        ("table", [
            ["Version", "Date", "Agreed by", "Notes"],
            ["1.0", "October 2020", "Provider Quality Group", "First version (Hertfordshire only)"],
            ["1.1", "March 2021", "Provider Quality Group", "West Essex providers added"],
            ["1.2", "July 2022", "Provider Quality Group", "ICB replaces the CCGs; market oversight added"],
        ], {"widths": [1.8, 3, 4.5, 6.7]}),
        ("p", "Equality Impact: this memorandum does not change services and no Equality Impact Assessment is needed."),
        ("p", "Secretariat: Provider Quality Group."),
        ("break",),
    ],
    "body": [
        ("h1", "1. Introduction and purpose"),
        ("p", A5_PURPOSE),
        ("p", "The memorandum is not a contract and creates no legal obligations between the signatories. It records "
              "a shared understanding of good practice."),
        ("h1", "2. The organisations"),
        ("p", "Hertfordshire County Council and Essex County Council commission and contract with care providers in "
              "their areas, including providers close to the county boundary used by both councils. The Care "
              "Quality Commission registers and inspects those providers. NHS Hertfordshire and West Essex "
              "Integrated Care Board commissions NHS-funded care in the same homes, and Hertfordshire Partnership "
              "University NHS Foundation Trust provides specialist learning disability and mental health support "
              "to them."),
        ("h1", "3. Intelligence to be shared"),
        ("ul", [
            "contract monitoring visit reports, quality ratings and improvement plans;",
            "patterns of safeguarding enquiries and their outcomes, by provider;",
            "inspection findings and enforcement activity, once the CQC has made them public or where early notice is appropriate;",
            "information about provider finances or staffing that suggests a risk of service failure;",
            "where needed to protect a person, the identity of individuals using or working in a service.",
        ]),
        ("p", "Intelligence is shared about providers wherever possible; personal data about residents or staff is "
              "shared only where it is needed to act on a specific risk."),
        ("h1", "4. Legal powers"),
        ("p", "The Care Quality Commission exercises its registration and inspection functions under the Health and "
              "Care Act 2008. The councils have a duty to promote an efficient and effective market in care and "
              "support under section 5 of the Care Act 2014, and to act when a provider fails. The ICB's functions "
              "arise under the Health and Social Care Act 2012 as amended."),
        ("p", "Any personal data shared are processed under the UK GDPR and the Data Protection Act 2018, relying on "
              "each organisation's public tasks."),
        ("h1", "5. Handling and security"),
        ("p", "Intelligence is marked OFFICIAL or OFFICIAL-SENSITIVE and stored in restricted areas of each "
              "organisation's systems. It is only discussed in the Provider Quality Group or by the named "
              "relationship managers."),
        ("h1", "6. Exchanging intelligence"),
        ("p", "The Provider Quality Group meets monthly and shares a provider risk register before each meeting by "
              "secure email. Urgent risks are raised by telephone with the CQC inspection manager and followed up "
              "in writing within one working day. The CQC shares inspection schedules quarterly."),
        ("h1", "7. Accuracy and challenge"),
        ("p", "Each organisation checks intelligence before sharing it and marks whether it has been verified. A "
              "provider may challenge factual accuracy through the organisation that holds the information."),
        ("h1", "8. Complaints about the use of information"),
        ("p", "Complaints from the public about how information was used under this memorandum are handled by the "
              "organisation complained about under its own procedure."),
        ("h1", "9. Security incidents"),
        ("p", "If intelligence is lost or sent to the wrong person, the organisation responsible informs the other "
              "signatories within two working days and follows its own breach procedure."),
        ("h1", "10. Status of this memorandum and signatures"),
        ("p", "The memorandum takes effect for each organisation when it is signed on its behalf. A signatory may "
              "withdraw at any time by writing to the other signatories."),
        ("table", [
            ["Organisation", "Signed by", "Role", "Date"],
            ["Hertfordshire County Council", "Alan Pryce", "Director of Integrated Care Commissioning", "06/07/2022"],
            ["Essex County Council", "Sunita Varma", "Director, Commissioning - Adults", "11/07/2022"],
            ["Care Quality Commission", "Bernadette Cole", "Deputy Director of Operations, East", "14/07/2022"],
            ["NHS Hertfordshire and West Essex Integrated Care Board", "Jonathan Reeve", "Director of Nursing and Quality", "15/07/2022"],
            ["Hertfordshire Partnership University NHS Foundation Trust", "Claire Osei", "Director of Quality and Safety", "19/07/2022"],
        ], {"widths": [5.5, 3, 5.5, 2]}),
        ("h1", "Annex - Meeting and contact details"),
        ("table", [
            ["Forum", "Chair", "Frequency"],
            ["Provider Quality Group", "Head of Quality Assurance (rotating)", "Monthly"],
            ["Provider failure call", "Director of the affected council", "When convened"],
        ], {"widths": [6, 6, 4]}),
    ],
    "truth": {
        "title": "Provider Quality and Market Oversight: Sharing Intelligence on Regulated Care Services",
        "purpose": A5_PURPOSE,
        "lead": None,
        "partners": [
            P("Hertfordshire County Council"),
            P("Essex County Council", "Essex County Council"),
            P("Care Quality Commission"),
            P("NHS Hertfordshire and West Essex Integrated Care Board"),
            P("Hertfordshire Partnership University NHS Foundation Trust",
              "Hertfordshire Partnership University NHS Foundation Trust"),
        ],
        "statutes": [
            S("Health and Care Act 2008", "Health and Social Care Act", 2008),
            S("section 5 of the Care Act 2014", "Care Act", 2014, "section 5"),
            S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
            S("UK GDPR", UKGDPR, None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": None,
        "missing_sections": ["individual_rights", "retention"],
    },
}
AGREEMENTS.append(A5)

# =============================================================================================
# 6. ECC carers' referral data processing schedule (reportlab side-bar PDF, DOCX, DOC)
# =============================================================================================
A6_TITLE = "Carers' Assessment and Support Referral Pathway"
A6_PURPOSE = ("Carers First processes personal data on behalf of Essex County Council to receive referrals of "
              "unpaid carers, contact them, carry out carer's assessments delegated by the Council and arrange "
              "support, so that carers in Essex get help early and the Council can meet its duties to carers.")

A6_COVER = [
    ("title", "ESSEX COUNTY COUNCIL", 14, {"center": False, "colour": "#7A2048"}),
    ("p", "Adult Social Care - Commissioning (Carers)"),
    ("space", 30),
    ("title", "Schedule 4 to Contract ECC-ASC-2022-118", 10, {"bold": False, "center": False}),
    ("title", "DATA PROCESSING SCHEDULE", 20, {"center": False}),
    ("title", A6_TITLE, 16, {"center": False, "colour": "#7A2048"}),
    ("space", 20),
    ("p", "Essex County Council is the controller for the personal data described in this schedule and publishes "
          "it so that carers can see how their information is handled. Carers First acts as the Council's processor."),
    ("space", 10),
    ("table", [
        ["Schedule details", ""],
        ["Controller", "Essex County Council, County Hall, Market Road, Chelmsford CM1 1QH"],
        ["Processor", "Carers First"],
        ["Contract start", "1 October 2022"],
        ["Schedule version", "1.1"],
        ["Approved by", "Head of Commissioning, Carers and Prevention"],
        ["Review", "Annually - first review one year after the contract start"],
        ["Equality Impact", "Covered by the carers' strategy EqIA (2022)"],
    ], {"widths": [4, 12], "boldfirstcol": True}),
    ("space", 10),
    ("table", [
        ["Version", "Date", "Change"],
        ["1.0", "16/09/2022", "Agreed at contract award"],
        ["1.1", "19/01/2023", "Young adult carers (18-25) added; sub-processor list updated"],
    ], {"widths": [2, 3, 11]}),
    ("break",),
]

A6_BODY = [
    ("h1", "1. Subject matter, nature and purpose of processing"),
    ("p", A6_PURPOSE),
    ("p", "Processing includes recording, storing, consulting, sharing with the Council and erasing personal data. "
          "The processor may not use the data for any other purpose, including fundraising."),
    ("h1", "2. Categories of data subject and personal data"),
    ("table", [
        ["Data subjects", "Personal data", "Special category data"],
        ["Unpaid carers aged 18 and over", "Name, address, telephone, email, date of birth, employment status, caring role", "Health of the carer, where relevant to the assessment"],
        ["People cared for", "Name, relationship to the carer, care and support arrangements", "Health conditions and disabilities"],
        ["Referrers", "Name, organisation and contact details", "None"],
    ], {"widths": [3.5, 7, 5.5]}),
    ("h1", "3. Lawful basis"),
    ("p", "The Council's duty to assess a carer's needs for support arises under section 10 of the Care Act 2014; "
          "the Council may delegate the assessment under the contract. This replaces the arrangements under the "
          "Carers (Recognition and Services) Act 1995 that applied to the Council's former carers' service."),
    ("p", "The Council relies on public task as its lawful basis, and on the health or social care condition for "
          "special category data, under the UK GDPR and the Data Protection Act 2018. Carers First processes the "
          "data only on the Council's documented instructions, as Article 28 of the UK GDPR requires."),
    ("h1", "4. Assisting with data subject rights"),
    ("p", "If a carer asks Carers First for a copy of their information, or to restrict or object to its use, "
          "Carers First will pass the request to the Council's Information Governance Team within two working days "
          "and provide the information the Council needs to respond. Carers First will not answer the request itself."),
    ("h1", "5. Security measures"),
    ("ul", [
        "Carers First holds Cyber Essentials Plus certification and completes the Data Security and Protection Toolkit.",
        "Case records are held on a UK-hosted case management system with multi-factor authentication.",
        "Staff and volunteers are vetted, sign a confidentiality undertaking and complete data protection training before access is given.",
        "Sub-processors may be used only with the Council's prior written approval.",
    ]),
    ("h1", "6. Transfer arrangements and frequency"),
    ("p", "The Council sends referrals to Carers First daily through the Mosaic provider portal. Completed carer's "
          "assessments are returned through the portal within 28 days. A monthly performance return containing "
          "pseudonymised data is sent by Egress. No personal data are transferred outside the UK."),
    ("h1", "7. Return and deletion"),
    ("p", "Carers First keeps case records for two years after the last contact with the carer and then deletes "
          "them. When the contract ends, Carers First will return all personal data to the Council in an agreed "
          "format and delete its copies within 30 days, confirming deletion in writing."),
    ("h1", "8. Complaints"),
    ("p", "Complaints from carers about how their data have been handled are forwarded to the Council's complaints "
          "team, which responds under the adult social care complaints procedure. Carers First will co-operate with "
          "any investigation."),
    ("h1", "9. Personal data breaches"),
    ("p", "Carers First will notify the Council's Information Governance Team without undue delay and in any event "
          "within 24 hours of becoming aware of a personal data breach, giving the details the Council needs to "
          "decide whether to notify the Information Commissioner's Office."),
    ("h1", "10. Term and signature"),
    ("p", "This schedule has effect from the contract start and lasts for the term of the contract. It is "
          "reviewed annually by the Council's contract manager. Either party may propose changes in writing; the "
          "Council may withdraw its instructions at any time."),
    ("table", [
        ["Signed for", "Name", "Position", "Date"],
        ["Essex County Council", "Deborah Flint", "Head of Commissioning, Carers and Prevention", "16/09/2022"],
        ["Carers First", "Amir Kazemi", "Director of Operations", "20/09/2022"],
    ], {"widths": [4, 3.5, 6, 2.5]}),
    ("h1", "Annex A - Contacts"),
    ("table", [
        ["Party", "Contact", "Email"],
        ["Essex County Council", "Information Governance Team", "informationgovernanceteam@essex.gov.uk"],
        ["Essex County Council", "Carers contract manager", "carers.commissioning@essex.gov.uk"],
        ["Carers First", "Data Protection Officer", "dpo@carersfirst.org.uk"],
    ], {"widths": [4, 5, 7]}),
]

A6 = {
    "base": "ECC_Carers_Referral_Pathway_Data_Processing_Schedule_v1.1",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "rl",
    "rl": {"layout": "bar", "header_left": "Essex County Council - Data Processing Schedule",
           "header_right": "Contract ECC-ASC-2022-118", "footer": "OFFICIAL", "accent": "#7A2048",
           "size": 9.5, "meta_title": "DPS"},
    "docx": {"font": "Arial", "size": 10, "heading_colour": "7A2048",
             "header": R.header_two_cells([("Essex County Council", 10, True)],
                                          [("Contract ECC-ASC-2022-118 - Schedule 4", 8, False)]),
             "footer_text": "OFFICIAL", "core": {"title": "DPS", "date": (2023, 1, 19)}},
    "cover": A6_COVER,
    "body": A6_BODY,
    "truth": {
        "title": A6_TITLE,
        "purpose": A6_PURPOSE,
        "lead": P("Essex County Council", "Essex County Council"),
        "partners": [P("Carers First")],
        "statutes": [
            S("section 10 of the Care Act 2014", "Care Act", 2014, "section 10"),
            S("Carers (Recognition and Services) Act 1995", "Carers (Recognition and Services) Act", 1995),
            S("Article 28 of the UK GDPR", UKGDPR, None, "Article 28"),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        "review_date": "2023-10-01",
        "review_basis": "relative",
        "commencement_date": "2022-10-01",
        "missing_sections": ["accuracy"],
    },
}
AGREEMENTS.append(A6)

# =============================================================================================
# 7. Norfolk 2017: police adult protection referrals (Word -> PDF, DOC only)
# =============================================================================================
A7_TITLE = "Adult Protection Referrals between Police and Adult Social Care"
A7_PURPOSE = ("The aim of this agreement is to make sure that when Norfolk Constabulary comes into contact with an "
              "adult who may have care and support needs and may be at risk of abuse or neglect, the right "
              "information reaches Norfolk County Council's adult social care teams quickly enough for them to "
              "decide whether a safeguarding enquiry is needed.")

A7 = {
    "base": "NCC_Police_Adult_Protection_Referrals_ISA_2017",
    "formats": ["pdf", "doc"],
    "pdf_via": "word",
    "docx": {
        "font": "Arial", "size": 11, "heading_colour": "000000", "h1size": 12,
        "header": R.header_line("Norfolk County Council - Information Sharing Agreement: " + A7_TITLE, size=8),
        "footer_text": "Version 1.0 - February 2017", "page_of": True,
        "core": {"title": "ISA", "date": (2017, 2, 13)},
    },
    "cover": [
        ("title", "Norfolk County Council", 14, {"bold": True}),
        ("title", "Adult Social Services", 10, {"bold": False}),
        ("space", 20),
        ("title", "Information Sharing Agreement", 18),
        ("title", A7_TITLE, 15),
        ("space", 12),
        ("table", [
            ["Lead agency", "Norfolk County Council"],
            ["Agreement reference", "NCC-ASS-ISA-09"],
            ["Version", "1.0"],
            ["Date agreed", "13 February 2017"],
            ["Review date", "Feb-2019"],
            ["Author", "Information Management Team, Adult Social Services"],
        ], {"header": False, "widths": [5, 11], "boldfirstcol": True}),
        ("space", 10),
    ],
    "body": [
        ("h1", "1. PURPOSE OF THE AGREEMENT"),
        ("p", A7_PURPOSE),
        ("p", "It supports the Norfolk Safeguarding Adults Board's multi-agency policy and procedures."),
        ("h1", "2. AGENCIES SIGNED UP TO THIS AGREEMENT"),
        ("table", [
            ["Agency", "Representative"],
            ["Norfolk County Council", "Assistant Director, Safeguarding"],
            ["Norfolk Constabulary", "Detective Chief Inspector, Safeguarding Adults"],
            ["Norfolk and Suffolk NHS Foundation Trust", "Head of Safeguarding"],
            ["Norfolk and Norwich University Hospitals NHS Foundation Trust", "Named Nurse, Adult Safeguarding"],
            ["East of England Ambulance NHS Trust", "Safeguarding Lead, Norfolk and Waveney"],
        ], {"widths": [9, 7]}),
        ("h1", "3. WHAT WILL BE SHARED"),
        ("ul", [
            "the adult's name, date of birth, address and any known communication needs;",
            "the circumstances in which the police came into contact with the adult;",
            "the officer's view of the adult's needs and of the risk of abuse or neglect;",
            "details of any alleged perpetrator and of any offences reported;",
            "feedback from adult social care on the action taken.",
        ]),
        ("h1", "4. LEGAL BASIS"),
        ("p", "Sharing under this agreement must comply with the Data Protection Act 1998. Information will be "
              "processed fairly and lawfully and only where a condition for processing, and for sensitive personal "
              "data a further condition, can be met."),
        ("p", "The Care Act 2014 requires the local authority to make enquiries where it has reasonable cause to "
              "suspect that an adult is at risk; this is the duty in section 42 of the Care Act 2014. Disclosures "
              "by the police for the prevention or detection of crime may be made under Section 115 of the Crime and "
              "Disorder Act 1998."),
        ("p", "Officers and social workers must also consider the Mental Capcity Act 2005 when deciding whether the "
              "adult can agree to information being shared, and the Human Rights Act 1998 when any sharing would "
              "interfere with private life."),
        ("p", "The guidance in No Secrets (Department of Health, 2000), now withdrawn, has been replaced by the Care "
              "Act statutory guidance. The common law duty of confidence and the Caldicott principles also apply."),
        ("h1", "5. RIGHTS OF THE INDIVIDUAL"),
        ("p", "Adults may request access to information held about them under section 7 of the Data Protection Act 1998. Each agency "
              "will deal with requests in line with its own procedure and will consult the originating agency before "
              "disclosing information that it supplied."),
        ("h1", "6. SECURITY"),
        ("p", "Each agency will protect shared information to the standard expected for personal and sensitive "
              "personal data. Access will be limited to staff with a need to know, and all staff will be made aware "
              "of their responsibilities for confidentiality. Printed copies will be stored in locked cabinets."),
        ("h1", "7. RETENTION AND DISPOSAL"),
        ("p", "Information will be retained no longer than necessary and in line with each agency's retention "
              "schedule. It will be disposed of securely by shredding or secure deletion."),
        ("h1", "8. ACCURACY"),
        ("p", "Officers and staff will take reasonable steps to ensure information is accurate and will distinguish "
              "fact from opinion. Errors will be corrected by the agency that supplied the information."),
        ("h1", "9. COMPLAINTS"),
        ("p", "Complaints will be dealt with through the complaints procedure of the agency concerned."),
        ("h1", "10. BREACHES"),
        ("p", "Any breach of this agreement or of confidentiality will be reported to the agency's information "
              "management lead and to the agency that supplied the information, and investigated."),
        ("h1", "11. COMMENCEMENT AND WITHDRAWAL"),
        ("p", "This agreement came into effect on 13 February 2017. An agency may withdraw by giving 28 days' notice "
              "in writing to the lead agency."),
        ("break",),
        ("h1", "SIGNATURES"),
        ("table", [
            ["Agency", "Name and post", "Signature", "Date"],
            ["Norfolk County Council", "Catherine Blyth, Executive Director of Adult Social Services", "C. Blyth", "13/02/2017"],
            ["Norfolk Constabulary", "ACC Robert Tennant", "R. Tennant", "13/02/2017"],
            ["Norfolk and Suffolk NHS Foundation Trust", "Diane Marr, Director of Nursing", "D. Marr", "15/02/2017"],
            ["Norfolk and Norwich University Hospitals NHS Foundation Trust", "Philip Oake, Chief Nurse", "P. Oake", "17/02/2017"],
            ["East of England Ambulance NHS Trust", "Joy Kendall, Head of Safeguarding", "J. Kendall", "20/02/2017"],
        ], {"widths": [5.5, 6, 2.3, 2.2]}),
        ("h1", "APPENDIX - CONTACTS"),
        ("table", [
            ["Agency", "Team", "Contact number"],
            ["Norfolk County Council", "Social Care Community Engagement", "0344 800 8020"],
            ["Norfolk Constabulary", "Multi-Agency Safeguarding Hub", "01953 424242"],
        ], {"widths": [6, 6, 4]}),
    ],
    "truth": {
        "title": A7_TITLE,
        "purpose": A7_PURPOSE,
        "lead": P("Norfolk County Council"),
        "partners": [
            P("Norfolk Constabulary"),
            P("Norfolk and Suffolk NHS Foundation Trust"),
            P("Norfolk and Norwich University Hospitals NHS Foundation Trust"),
            P("East of England Ambulance NHS Trust", "East of England Ambulance Service NHS Trust"),
        ],
        "statutes": [
            S("section 7 of the Data Protection Act 1998", "Data Protection Act", 1998, "section 7"),
            S("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
            S("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
            S("Mental Capcity Act 2005", "Mental Capacity Act", 2005),
            S("Human Rights Act 1998", "Human Rights Act", 1998),
        ],
        "review_date": "2019-02-28",
        "review_basis": "explicit",
        "commencement_date": "2017-02-13",
        "missing_sections": ["format_frequency"],
    },
}
AGREEMENTS.append(A7)

# =============================================================================================
# 8. ECC north east Essex intermediate care JWA; title in a text box (Word -> PDF, DOCX)
# =============================================================================================
A8_TITLE = "Intermediate Care and Reablement in North East Essex"
A8_PURPOSE = ("Essex County Council and its partners will share information about people referred for "
              "intermediate care, reablement or a short stay in a community bed in north east Essex, so that each "
              "person has one joined-up plan to regain independence after illness or a hospital stay and is not "
              "assessed separately by every service.")

A8 = {
    "base": "ECC_NEE_Intermediate_Care_Reablement_Joint_Working_Agreement_v1.0",
    "formats": ["pdf", "docx"],
    "pdf_via": "word",
    "docx": {
        "font": "Arial", "size": 10.5, "heading_colour": "00594F",
        "header": R.header_two_cells([("Essex County Council", 9, True), ("Adult Social Care - North East Quadrant", 8, False)],
                                     [("Joint Working Agreement", 8, False), ("OFFICIAL", 8, True)], shade="E2F0EE"),
        "footer_text": "JWA-NEE-IC v1.0", "page_of": True,
        "core": {"title": "JWA", "date": (2024, 1, 24)},
    },
    "cover": [
        ("space", 50),
        ("title", "ESSEX COUNTY COUNCIL", 16, {"colour": "00594F"}),
        ("title", "in partnership with the Suffolk and North East Essex health and care system", 10, {"bold": False}),
        ("space", 40),
        ("box", [("Intermediate Care and Reablement", 20, True), ("in North East Essex", 20, True)],
         {"textbox": True, "width": 15.0, "height": 3.2, "fill": "E2F0EE"}),
        ("space", 10),
        ("title", "Joint Working Agreement (information sharing schedule)", 12, {"bold": False}),
        ("space", 160),
        ("title", "Version 1.0   |   January 2024", 10, {"bold": False}),
        ("break",),
        ("h1", "Document Control"),
        ("table", [
            ["Field", "Entry"],
            ["Lead Partner", "Essex County Council"],
            ["Document number", "JWA-NEE-IC"],
            ["Version", "1.0"],
            ["Approved by", "North East Essex Alliance Board, 24 January 2024"],
            ["Commencement", "1 February 2024"],
            ["Review Date", "31 January 2026"],
            ["Equality Impact", "Equality and Health Inequalities Impact Assessment completed December 2023"],
            ["DPIA", "ECC DPIA 2023-77 (approved by ECC Data Protection Officer)"],
        ], {"widths": [5, 11], "boldfirstcol": True}),
        ("pb", "Change record"),
        ("table", [
            ["Version", "Date", "By", "Change"],
            ["0.3", "11/10/2023", "IG Business Partner", "Draft for Alliance IG group"],
            ["0.6", "30/11/2023", "IG Business Partner", "Essex Cares Limited added"],
            ["1.0", "24/01/2024", "Alliance Board", "Approved"],
        ], {"widths": [2, 3, 4, 7]}),
        ("break",),
    ],
    "body": [
        ("h1", "1  Why this agreement exists"),
        ("p", A8_PURPOSE),
        ("p", "The partners are:"),
        ("table", [
            ["Partner", "Service in scope"],
            ["Essex County Council", "Adult social care, reablement commissioning and equipment"],
            ["East Suffolk and North Essex NHS Foundation Trust", "Acute services at Colchester and Clacton community beds"],
            ["Anglian Community Enterprise CIC", "Community nursing, therapy and the urgent community response team"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Commissioner of intermediate care beds"],
            ["Essex Cares Limited", "Reablement at home"],
        ], {"widths": [6.5, 9.5]}),
        ("h1", "2  Legal gateway"),
        ("p", "The Council provides reablement and intermediate care as services that prevent, reduce or delay needs "
              "under section 2 of the Care Act 2014. Under the Care and Support (Preventing Needs for Care and "
              "Support) Regulations 2014, intermediate care and reablement must be free of charge for up to six "
              "weeks."),
        ("p", "Section 251B of the Health and Social Care Act 2012 requires the health and adult social care "
              "partners to share information where it will facilitate care for the individual and is in their "
              "interests. The NHS Act 2006 governs the NHS partners' functions."),
        ("p", "Each partner processes personal data under the UK GDPR (public task and the provision of health and "
              "social care) and the DPA 2018. The Caldicott principles, including the seventh principle that the "
              "duty to share can be as important as the duty to protect confidentiality, are followed."),
        ("h1", "3  Information in scope"),
        ("ul", [
            "referral details, NHS number and the reason for the referral;",
            "goals agreed with the person and their progress against them;",
            "therapy, nursing and reablement notes needed by the next service;",
            "equipment issued and home environment risks;",
            "discharge summary and any ongoing care and support needs.",
        ]),
        ("h1", "4  Security, transfer and frequency"),
        ("p", "Partners record their contact on their own systems and share the single intermediate care plan "
              "through the Shared Care Record. Referrals are made through the Care Co-ordination Centre by telephone "
              "and confirmed on the Shared Care Record within two hours. A daily capacity call is held at 10:00. "
              "Where email is needed, only nhs.net and essex.gov.uk accounts are used. Access to the Shared Care "
              "Record is role-based and audited monthly."),
        ("h1", "5  People's rights, concerns and complaints"),
        ("p", "People using the service are given a leaflet explaining how their information is shared and who to "
              "contact. Requests to see records, correct them or object are handled by the partner that receives "
              "them. Complaints are handled under the joint health and social care complaints arrangements, with one "
              "partner taking the lead and replying on behalf of all."),
        ("h1", "6  Data quality and retention"),
        ("p", "The partner that records information is responsible for its accuracy. Records are kept according to "
              "each partner's retention schedule; the intermediate care plan stays on the Shared Care Record for "
              "eight years after the episode ends."),
        ("h1", "7  Incidents and breaches"),
        ("p", "Partners report incidents involving shared information to the partner whose information is involved "
              "within 24 hours and work together on the investigation. Reportable breaches are notified to the "
              "Information Commissioner's Office by the responsible controller."),
        ("h1", "8  Agreement and sign-off"),
        ("p", "This agreement commences on 1 February 2024. A partner may withdraw on three months' notice to the "
              "Lead Partner, who will inform the North East Essex Alliance Board."),
        ("table", [
            ["Partner", "Signatory", "Designation", "Date"],
            ["Essex County Council", "Rebecca Thorne", "Director, Local Delivery (North East)", "24/01/2024"],
            ["East Suffolk and North Essex NHS Foundation Trust", "Andrew Pell", "Chief Information Officer", "25/01/2024"],
            ["Anglian Community Enterprise CIC", "Louise Hart", "Director of Clinical Services", "26/01/2024"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Dr Ravi Mehta", "Director of Integrated Care", "29/01/2024"],
            ["Essex Cares Limited", "Sarah Quinlan", "Managing Director", "30/01/2024"],
        ], {"widths": [5.5, 3, 5.3, 2.2]}),
        ("h1", "Appendix A - Data flow table"),
        ("table", [
            ["Step", "Sender", "Receiver", "Data", "System"],
            ["Referral", "Ward / GP / community team", "Care Co-ordination Centre", "Referral details", "Telephone, then Shared Care Record"],
            ["Allocation", "Care Co-ordination Centre", "ACE or Essex Cares Limited", "Intermediate care plan", "Shared Care Record"],
            ["Bed request", "Care Co-ordination Centre", "ESNEFT community beds", "Referral and therapy notes", "Shared Care Record"],
            ["Closure", "Lead practitioner", "ECC social care team", "Outcome and ongoing needs", "Shared Care Record / Mosaic"],
        ], {"widths": [2.2, 3.6, 3.6, 3.3, 3.3], "size": 8.5}),
    ],
    "truth": {
        "title": A8_TITLE,
        "purpose": A8_PURPOSE,
        "lead": P("Essex County Council", "Essex County Council"),
        "partners": [
            P("East Suffolk and North Essex NHS Foundation Trust"),
            P("Anglian Community Enterprise CIC", "Anglian Community Enterprise"),
            P("NHS Suffolk and North East Essex Integrated Care Board"),
            P("Essex Cares Limited"),
        ],
        "statutes": [
            S("section 2 of the Care Act 2014", "Care Act", 2014, "section 2"),
            S("Care and Support (Preventing Needs for Care and Support) Regulations 2014",
              "Care and Support (Preventing Needs for Care and Support) Regulations", 2014),
            S("Section 251B of the Health and Social Care Act 2012", "Health and Social Care Act", 2012, "section 251B"),
            S("NHS Act 2006", "National Health Service Act", 2006),
            S("UK GDPR", UKGDPR, None),
            S("DPA 2018", "Data Protection Act", 2018),
        ],
        "review_date": "2026-01-31",
        "review_basis": "explicit",
        "commencement_date": "2024-02-01",
        "missing_sections": [],
    },
}
AGREEMENTS.append(A8)

# =============================================================================================
# 9. Healthwatch Essex: Enter and View intelligence protocol, no lead (reportlab two-column, DOCX, DOC)
# =============================================================================================
A9_TITLE = "Enter and View and Care Provider Intelligence Sharing"
A9_PURPOSE = ("The signatories share information so that what Healthwatch Essex hears from residents, and sees "
              "during Enter and View visits to care homes and other adult social care services, reaches the "
              "commissioners and the regulator in time to improve those services.")

A9_COVER = [
    ("space", 10),
    ("title", "Healthwatch Essex  |  Essex County Council  |  Southend-on-Sea City Council  |  Thurrock Council  |  CQC", 9, {"bold": False}),
    ("space", 40),
    ("title", "Information Sharing Protocol", 13, {"bold": False}),
    ("box", [("Enter and View and Care Provider", 19, True), ("Intelligence Sharing", 19, True)], {"fill": "FFF2CC"}),
    ("space", 20),
    ("table", [
        ["Protocol record", ""],
        ["Version", "2.0"],
        ["Date agreed", "22 June 2023"],
        ["Review", "12 months after the date agreed"],
        ["Approved by", "Signatories listed in Section 9"],
        ["Equality Impact", "Considered - the protocol supports people whose voices are seldom heard"],
        ["Previous version", "1.0, November 2020"],
    ], {"widths": [4, 12], "boldfirstcol": True}),
    ("space", 20),
    ("pi", "Healthwatch Essex is the independent voice of people who use health and social care services in Essex. "
           "This protocol applies across Essex, Southend and Thurrock."),
    ("break",),
]

A9_BODY = [
    ("h1", "1. What this protocol is for"),
    ("p", A9_PURPOSE),
    ("p", "Most of what is shared is about services rather than people. Information about an identifiable person is "
          "shared only with their agreement, or without it where a person is at risk of harm."),
    ("h1", "2. Signatories"),
    ("ul", [
        "Healthwatch Essex",
        "Essex County Council",
        "Southend-on-Sea City Council",
        "Thurrock Council",
        "Care Quality Commission",
    ]),
    ("p", "Each signatory decides for itself what it does with information it receives."),
    ("h1", "3. Information shared"),
    ("ul", [
        "Enter and View reports, before publication, so that the provider and the commissioner can check facts;",
        "themes from residents' experiences of adult social care services, by provider and by area;",
        "in urgent cases, the name of a person and the service they use, where they may be at risk of harm;",
        "from the councils and the CQC: lists of services and planned quality visits, so that Healthwatch can avoid duplication.",
    ]),
    ("h1", "4. Legal basis"),
    ("p", "Healthwatch Essex carries out Enter and View visits under section 221 of the Local Government and "
          "Public Involvement in Health Act 2007, as amended by the Health and Social Care Act 2012, which "
          "established local Healthwatch."),
    ("p", "The signatories process personal data under the UK GDPR, using legitimate interests (Healthwatch Essex) "
          "or public task (the councils and the CQC), with the conditions for special category data in the Data "
          "Protection Act 2018. The common law duty of confidence is respected: information given in confidence is "
          "passed on only with consent or where there is an overriding public interest."),
    ("h1", "5. People's rights"),
    ("p", "Residents can ask Healthwatch Essex what it holds about them and can ask for it to be corrected or "
          "removed from a report. Each signatory handles requests for access to its own records."),
    ("h1", "6. Security"),
    ("p", "Enter and View authorised representatives are trained volunteers who sign a confidentiality agreement. "
          "Draft reports and resident stories are stored on Healthwatch Essex's secure case system, to which only "
          "named staff have access. The councils and the CQC keep the material on restricted team sites."),
    ("h1", "7. Format and frequency"),
    ("p", "Draft Enter and View reports are sent to the provider and commissioner by secure email within 10 working "
          "days of a visit. A quarterly intelligence report is shared with all signatories. Urgent information "
          "about a person at risk is telephoned to the relevant council's adult social care front door the same "
          "day and confirmed in writing."),
    ("h1", "8. Accuracy"),
    ("p", "Healthwatch Essex reports what people say and what visitors observe, and makes clear which is which. "
          "Providers and commissioners have 10 working days to point out factual errors in a draft report."),
    ("h1", "9. Signing and review"),
    ("p", "This protocol applies from the date agreed. It will be looked at again 12 months after the date agreed, "
          "or sooner if a signatory asks. A signatory can leave by writing to the others; it will still treat "
          "information already received in line with this protocol."),
    ("wide", [
        ("h1", "Signatures"),
        ("table", [
            ["Signatory", "Signed by", "Title", "Date"],
            ["Healthwatch Essex", "Nadia Coombes", "Chief Executive", "22/06/2023"],
            ["Essex County Council", "Stephen Harrow", "Director, Quality and Market Shaping", "22/06/2023"],
            ["Southend-on-Sea City Council", "Priya Lal", "Head of Commissioning, Adult Social Care", "22/06/2023"],
            ["Thurrock Council", "Mark Dunne", "Strategic Lead, Commissioning and Quality", "22/06/2023"],
            ["Care Quality Commission", "Elaine Forsyth", "Inspection Manager, Adult Social Care (East)", "22/06/2023"],
        ], {"widths": [5, 3.5, 5.5, 2]}),
        ("h1", "Appendix - Information flows"),
        ("table", [
            ["Information", "From", "To", "How", "When"],
            ["Draft Enter and View report", "Healthwatch Essex", "Provider and commissioning council", "Secure email", "Within 10 working days of visit"],
            ["Quarterly intelligence report", "Healthwatch Essex", "All signatories", "Secure email", "Quarterly"],
            ["Planned quality visits", "Councils and CQC", "Healthwatch Essex", "Secure email", "Monthly"],
            ["Person at risk", "Healthwatch Essex", "Council front door", "Telephone then online form", "Same day"],
        ], {"widths": [4, 3, 3.5, 3, 2.5]}),
    ]),
]

A9 = {
    "base": "Healthwatch_Essex_Enter_and_View_Intelligence_Protocol_v2.0",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "rl",
    "rl": {"layout": "twocol", "header_left": "Information Sharing Protocol",
           "header_right": "Enter and View and Care Provider Intelligence Sharing - v2.0", "footer": "Essex, Southend and Thurrock",
           "accent": "#8A5A00", "size": 9, "font": "Helvetica", "meta_title": "ISP"},
    "docx": {"font": "Calibri", "size": 11, "heading_colour": "8A5A00",
             "header": R.header_line("Information Sharing Protocol - Enter and View", right="v2.0"),
             "footer_text": "Protocol v2.0", "core": {"title": "ISP", "date": (2023, 6, 22)}},
    "cover": A9_COVER,
    "body": A9_BODY,
    "truth": {
        "title": A9_TITLE,
        "purpose": A9_PURPOSE,
        "lead": None,
        "partners": [
            P("Healthwatch Essex"),
            P("Essex County Council", "Essex County Council"),
            P("Southend-on-Sea City Council", "Southend Borough Council"),
            P("Thurrock Council", "Thurrock Council"),
            P("Care Quality Commission"),
        ],
        "statutes": [
            S("section 221 of the Local Government and Public Involvement in Health Act 2007",
              "Local Government and Public Involvement in Health Act", 2007, "section 221"),
            S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
            S("UK GDPR", UKGDPR, None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        "review_date": "2024-06-22",
        "review_basis": "relative",
        "commencement_date": "2023-06-22",
        "missing_sections": ["retention", "complaints", "breach"],
    },
}
AGREEMENTS.append(A9)
