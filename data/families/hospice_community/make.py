#!/usr/bin/env python
"""Generator for the hospice_community family: community health, hospices, ICBs,
community pharmacy and social care agreements in Essex and neighbouring systems.
Deterministic: fixed content, fixed dates, no randomness."""
import json, os, shutil, subprocess, sys
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from reportlab.lib.pagesizes import A4 as PAGE_A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, FrameBreak)
from reportlab.platypus.flowables import KeepTogether

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
LO_PROFILE = "file:///tmp/lo_hospice_community"

# ---------------------------------------------------------------- content
# blocks: ("title", text, size) ("h", text) ("h2", text) ("p", text) ("ul", [..])
#         ("table", rows, opts) ("break",) ("space",)

def sig_rows(rows):
    return [["Organisation", "Name", "Post", "Signature", "Date"]] + rows


AGREEMENTS = []

# ---------------------------------------------------------------- A1 St Helena EPaCCS
A1_TITLE_L1 = "North East Essex End of Life Care Register"
A1_TITLE_L2 = "(EPaCCS) Sharing Agreement"
A1_PURPOSE = ("We are sharing information so that people in north east Essex who are in the last "
              "year of life have their wishes and care plans recorded once, in a shared end of "
              "life care register (EPaCCS), and so that every service caring for them - the "
              "hospice, community nurses, GPs, the hospital, the ambulance service and adult "
              "social care - can see those wishes at any time of day or night.")
A1 = dict(
    key="A1", base="nee_epaccs_sharing_agreement_v2-1", formats=["docx", "pdf", "doc"],
    pdf_from="docx", header_text="St Helena Hospice | Information Governance",
    footer_text="Version 2.1 | OFFICIAL", heading_mode="caps_bold",
    blocks=[
        ("table", [["INFORMATION SHARING AGREEMENT"], [A1_TITLE_L1 + "\n" + A1_TITLE_L2],
                   ["Prepared by the Data Protection Officer, St Helena Hospice, Myland Hall, Colchester"]],
         {"cover": True}),
        ("space",),
        ("table", [["Version", "2.1"], ["Owner", "St Helena Hospice (Data Protection Officer)"],
                   ["Approved by", "Information Governance Steering Group, 12 March 2024"],
                   ["Review due", "March 2025"], ["Status", "Final"]], {"widths": [4, 11]}),
        ("space",),
        ("p", "Version history"),
        ("table", [["Version", "Date", "Author", "Changes"],
                   ["1.0", "04/01/2022", "Ruth Okafor", "First agreement for the register"],
                   ["2.0", "15/11/2023", "Ruth Okafor", "Ambulance service and social care added"],
                   ["2.1", "12/03/2024", "Daniel Whitlock", "Plain English rewrite"]],
         {"widths": [2, 3, 4, 6]}),
        ("break",),
        ("h", "About this agreement"),
        ("p", "This agreement is written in plain English so that staff, patients and families "
              "can understand it. Where we say \u2018we\u2019 we mean all of the organisations "
              "that have signed it. St Helena Hospice looks after the agreement on behalf of the others."),
        ("h", "WHY WE ARE SHARING"),
        ("p", A1_PURPOSE),
        ("p", "Without a shared register, people are asked the same questions many times, and "
              "an ambulance crew called at 3am may not know that someone wished to die at home."),
        ("h", "WHO IS SIGNING"),
        ("table", [["Organisation", "Role"],
                   ["St Helena Hospice", "Owner of this agreement; hospice in-patient and community services"],
                   ["Anglian Community Enterprise CIC", "Community nursing and rapid response"],
                   ["East Suffolk and North Essex NHS Foundation Trust", "Colchester Hospital wards and specialist palliative care"],
                   ["NHS Suffolk and North East Essex Integrated Care Board", "Commissioner; GP practices through the primary care contract"],
                   ["East of England Ambulance Service NHS Trust", "999 and 111 clinicians"],
                   ["Essex County Council", "Adult social care"]], {"widths": [7, 8]}),
        ("h", "WHAT WE SHARE"),
        ("p", "Only what is needed to plan and give end of life care:"),
        ("ul", ["name, NHS number, date of birth and address",
                "GP practice and key worker",
                "diagnosis and the person\u2019s understanding of it",
                "preferred place of care and preferred place of death",
                "ReSPECT or DNACPR decisions and where the form is kept",
                "anticipatory medicines in the home",
                "the names of a lasting power of attorney for health and welfare, if there is one",
                "who the person wants told, and who they do not"]),
        ("p", "We do not share counselling notes or information about family members beyond contact details."),
        ("h", "OUR LAWFUL REASONS"),
        ("p", "Each of us relies on Article 6(1)(e) (a public task) of the UK General Data "
              "Protection Regulation (UK GDPR), or for the hospice Article 6(1)(f), and on Article "
              "9(2)(h) for health information, with the conditions in Schedule 1 of the Data "
              "Protection Act 2018."),
        ("p", "The duty to share information for direct care in the Heath and Social Care Act "
              "2012 (section 251B) applies to the NHS bodies. Adult social care also relies on the "
              "Care Act 2014. Decisions about people who lack capacity are made under the Mental "
              "Capacity Act 2005."),
        ("p", "We also follow the common law duty of confidentiality and the eight Caldicott "
              "Principles. These are not laws, but they guide how we behave. Information is "
              "added to the register with the person\u2019s agreement wherever they are able to give it."),
        ("h", "YOUR RIGHTS AND RAISING A CONCERN"),
        ("p", "You can ask any of us for a copy of what the register says about you, ask us to "
              "correct it, or tell us you no longer want it shared. Contact the Data Protection "
              "Officer of the organisation you are in touch with. If you are unhappy with how we "
              "have handled your information you can complain to that organisation first, and "
              "then to the Information Commissioner\u2019s Office (ICO)."),
        ("h", "KEEPING IT SAFE"),
        ("p", "The register sits inside the SystmOne clinical system and the shared care record "
              "viewer. Only staff with a smartcard and a legitimate relationship with the person can "
              "open a record. Every view is logged and audits are run every quarter. All staff "
              "complete annual data security training, and each organisation keeps its Data "
              "Security and Protection Toolkit assessment at \u2018Standards Met\u2019."),
        ("h", "HOW AND WHEN WE SHARE"),
        ("p", "Records are shared live through the clinical system, so updates are seen straight "
              "away. Where a service cannot see the system, the hospice sends a summary by NHSmail "
              "on the same working day. No information is sent by fax or on paper."),
        ("h", "HOW LONG WE KEEP IT"),
        ("p", "Each organisation keeps its records for as long as the NHS Records Management "
              "Code of Practice 2021 says. A person\u2019s register entry is closed when they die "
              "and kept for eight years."),
        ("h", "GETTING IT RIGHT"),
        ("p", "The clinician who adds or changes an entry is responsible for making sure it is "
              "accurate. Every entry is checked at the weekly multidisciplinary meeting. If you "
              "spot an error, correct it or tell the author the same day."),
        ("h", "WHEN THINGS GO WRONG"),
        ("p", "If information is seen by someone who should not see it, or is lost, report it "
              "through your own incident system within 24 hours and tell the hospice Data "
              "Protection Officer. Serious breaches are reported to the ICO within 72 hours by "
              "the organisation responsible."),
        ("h", "SIGNING UP AND LEAVING"),
        ("p", "This agreement starts on 1 April 2024. An organisation can leave by giving 30 "
              "days\u2019 notice in writing to St Helena Hospice. Information already shared "
              "stays part of the care record of the organisation that received it."),
        ("table", sig_rows([
            ["St Helena Hospice", "Mark Jarman-Howe", "Chief Executive", "", "18/03/2024"],
            ["Anglian Community Enterprise CIC", "Jane Gardiner", "Caldicott Guardian", "", "20/03/2024"],
            ["East Suffolk and North Essex NHS Foundation Trust", "Dr Angela Tillett", "Caldicott Guardian", "", "21/03/2024"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Lisa Nobes", "Chief Nursing Officer", "", "22/03/2024"],
            ["East of England Ambulance Service NHS Trust", "Simon Chase", "Senior Information Risk Owner", "", "25/03/2024"],
            ["Essex County Council", "Nick Presmeg", "Executive Director, Adult Social Care", "", "27/03/2024"]]),
         {"widths": [4.5, 3, 3.5, 2, 2], "small": True}),
    ],
    truth=dict(
        title=A1_TITLE_L1 + " " + A1_TITLE_L2, purpose=A1_PURPOSE,
        lead={"name": "St Helena Hospice", "org": None},
        partners=[{"name": "Anglian Community Enterprise CIC", "org": "Anglian Community Enterprise"},
                  {"name": "East Suffolk and North Essex NHS Foundation Trust", "org": None},
                  {"name": "NHS Suffolk and North East Essex Integrated Care Board", "org": None},
                  {"name": "East of England Ambulance Service NHS Trust", "org": "East of England Ambulance Service NHS Trust"},
                  {"name": "Essex County Council", "org": "Essex County Council"}],
        statutes=[{"citation": "UK General Data Protection Regulation (UK GDPR)", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
                  {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
                  {"citation": "Heath and Social Care Act 2012 (section 251B)", "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
                  {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
                  {"citation": "Mental Capacity Act 2005", "title": "Mental Capacity Act", "year": 2005, "provision": None}],
        review_date="2025-03-31", review_basis="explicit", commencement_date="2024-04-01",
        sections_present=["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                          "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        missing_sections=[]),
)
AGREEMENTS.append(A1)

# ---------------------------------------------------------------- A2 EPUT virtual ward
A2_TITLE = "Mid and South Essex Virtual Ward Information Sharing Agreement"
A2_PURPOSE = ("1.2 The purpose of this agreement is to allow the partner organisations to share "
              "the personal and health information of adults admitted to the Mid and South Essex "
              "virtual ward (hospital at home) so that clinicians in the acute trust, the community "
              "trust, the ambulance service and social care can monitor patients remotely, respond "
              "to deterioration and plan safe discharge from the ward.")
A2 = dict(
    key="A2", base="MSE_VirtualWard_ISA_v1.3", formats=["pdf", "docx"], pdf_from="reportlab",
    rl_layout="running", header_text=A2_TITLE,
    footer_text="EPUT Information Governance and Caldicott Team  |  v1.3  |  OFFICIAL-SENSITIVE",
    heading_mode="numbered",
    blocks=[
        ("title", "Essex Partnership University NHS Foundation Trust", 13),
        ("title", A2_TITLE, 20),
        ("p", "Information Governance and Caldicott Team"),
        ("space",),
        ("h2", "Document control"),
        ("table", [["Document reference", "IG-ISA-0217"], ["Version", "1.3"],
                   ["Lead organisation", "Essex Partnership University NHS Foundation Trust (EPUT)"],
                   ["Author", "Priya Ramanathan, Information Governance Manager"],
                   ["Approved by", "EPUT Caldicott Guardian and Information Governance Group"],
                   ["Date approved", "17/10/2024"], ["Date of commencement", "01/11/2024"],
                   ["Date of next review", "31/10/2025"],
                   ["DPIA reference", "DPIA-2024-088 (virtual ward remote monitoring)"]],
         {"widths": [5, 10]}),
        ("space",),
        ("h2", "Version history"),
        ("table", [["Version", "Date", "Summary of change", "By"],
                   ["0.1", "05/06/2024", "Initial draft for partner comment", "P Ramanathan"],
                   ["1.0", "02/08/2024", "Approved by IG Group", "P Ramanathan"],
                   ["1.2", "23/09/2024", "Ambulance service added as partner", "T Adeyemi"],
                   ["1.3", "17/10/2024", "Remote monitoring supplier clause added", "T Adeyemi"]],
         {"widths": [2, 2.5, 8, 2.5]}),
        ("break",),
        ("h", "1 Introduction and Purpose"),
        ("p", "1.1 Virtual wards allow patients who would otherwise be in hospital to receive "
              "acute care, monitoring and treatment in their own home, including care homes."),
        ("p", A2_PURPOSE),
        ("p", "1.3 This agreement supports the Mid and South Essex Integrated Care System "
              "frailty and respiratory virtual ward pathways."),
        ("h", "2 Partner Organisations"),
        ("table", [["Organisation", "Role in the virtual ward", "Controller status"],
                   ["Essex Partnership University NHS Foundation Trust (EPUT)", "Host provider; community clinical team", "Joint controller"],
                   ["Mid and South Essex NHS Foundation Trust", "Acute consultant oversight; step-down admissions", "Joint controller"],
                   ["NHS Mid and South Essex Integrated Care Board", "Commissioner", "Controller (aggregate reporting only)"],
                   ["East of England Ambulance Service NHS Trust", "Response to escalations", "Independent controller"],
                   ["Southend-on-Sea City Council", "Adult social care discharge support", "Independent controller"],
                   ["Thurrock Council", "Adult social care discharge support", "Independent controller"],
                   ["Essex County Council", "Adult social care discharge support", "Independent controller"]],
         {"widths": [6, 5.5, 3.5], "small": True}),
        ("p", "2.2 The remote monitoring platform supplier acts as a processor for EPUT under a "
              "separate contract and is not a party to this agreement."),
        ("h", "3 Information to be Shared"),
        ("p", "3.1 The following data items will be shared for each patient on the ward:"),
        ("ul", ["NHS number, name, date of birth, address and telephone number",
                "referral source, admitting diagnosis and NEWS2 baseline",
                "vital signs readings from the monitoring device (pulse oximetry, blood pressure, temperature)",
                "medication changes and treatment escalation plan",
                "next of kin and main carer contact details",
                "discharge summary and onward care package"]),
        ("p", "3.2 Full data items are set out in Appendix B."),
        ("h", "4 Legal Basis"),
        ("p", "4.1 Each partner processes the information for direct care. The lawful basis is "
              "UK GDPR Article 6(1)(e) and the special category condition is Article 9(2)(h), "
              "supported by paragraph 2 of Schedule 1 to the Data Protection Act 2018."),
        ("p", "4.2 The NHS partners have a duty to share information for direct care under "
              "section 251B of the Health and Social Care Act 2012, inserted by the Health and "
              "Social Care Act 2015. NHS bodies also have a duty to co-operate under section 82 "
              "of the National Health Service Act 2006, and the councils share under section 3 of "
              "the Care Act 2014 (integration with health provision)."),
        ("p", "4.3 The common law duty of confidence is satisfied by implied consent for direct care. "
              "Patients are told about the sharing when they are admitted to the ward."),
        ("h", "5 Data Subject Rights"),
        ("p", "5.1 Requests for access, rectification or objection will be handled by the partner "
              "that receives them, which will notify the other joint controller within five "
              "working days. EPUT is the contact point for data subjects under the joint controller arrangement."),
        ("h", "6 Information Security"),
        ("p", "6.1 Partners must hold a Data Security and Protection Toolkit assessment at "
              "\u2018Standards Met\u2019 or above. Access to the platform uses role-based accounts "
              "with two-factor authentication. Devices in patients\u2019 homes hold no identifiable data."),
        ("h", "7 Transfer Method and Frequency"),
        ("p", "7.1 Monitoring readings are transmitted continuously to the platform and reviewed "
              "by the virtual ward hub at least twice daily. Referrals and discharge summaries are "
              "sent by NHSmail (secure) or through the SystmOne shared record. Daily ward lists are "
              "shared with the ICB as counts only, with no patient identifiers."),
        ("h", "8 Retention and Disposal"),
        ("p", "8.1 Records are kept in line with the NHS Records Management Code of Practice 2021. "
              "Platform data is transferred to the EPUT clinical record on discharge and deleted from "
              "the platform within 90 days."),
        ("h", "9 Data Quality"),
        ("p", "9.1 The partner that creates a record is responsible for its accuracy. NHS numbers "
              "are verified against the Personal Demographics Service at referral."),
        ("h", "10 Incident Management"),
        ("p", "10.1 Any personal data breach involving shared information must be reported to the "
              "EPUT Information Governance Team within 24 hours and recorded on each partner\u2019s "
              "incident system. The controller responsible will decide whether to notify the ICO "
              "within 72 hours."),
        ("h", "11 Commencement, Review and Termination"),
        ("p", "11.1 This agreement commences on 01/11/2024 and will be reviewed by the Lead "
              "organisation on or before the date of next review in the document control table, "
              "or sooner if the pathway changes."),
        ("p", "11.2 A partner may withdraw by giving three months\u2019 written notice to EPUT."),
        ("h", "Appendix A Signatories"),
        ("table", sig_rows([
            ["Essex Partnership University NHS Foundation Trust", "Dr Milind Karale", "Caldicott Guardian", "", "21/10/2024"],
            ["Mid and South Essex NHS Foundation Trust", "Dr Peter Mitchell", "Caldicott Guardian", "", "24/10/2024"],
            ["NHS Mid and South Essex Integrated Care Board", "Dr Matt Sweeting", "Medical Director", "", "25/10/2024"],
            ["East of England Ambulance Service NHS Trust", "Kevin Smith", "Head of Information Governance", "", "28/10/2024"],
            ["Southend-on-Sea City Council", "Michael Marks", "Director of Adult Social Care", "", "29/10/2024"],
            ["Thurrock Council", "Les Billingham", "Director of Adults, Housing and Health", "", "29/10/2024"],
            ["Essex County Council", "Peter Fairley", "Director, Strategy, Policy and Integration", "", "30/10/2024"]]),
         {"widths": [4.5, 3, 3.5, 2, 2], "small": True}),
        ("h", "Appendix B Data Items"),
        ("table", [["Data item", "Source", "Recipient"],
                   ["NHS number", "Referrer", "All partners"],
                   ["Vital signs readings", "Monitoring platform", "EPUT, MSEFT"],
                   ["Treatment escalation plan", "EPUT", "EEAST, MSEFT"],
                   ["Care package request", "EPUT", "Councils"],
                   ["Ward counts (no identifiers)", "EPUT", "ICB"]], {"widths": [5, 5, 5]}),
    ],
    truth=dict(
        title=A2_TITLE, purpose=A2_PURPOSE,
        lead={"name": "Essex Partnership University NHS Foundation Trust (EPUT)", "org": None},
        partners=[{"name": "Mid and South Essex NHS Foundation Trust", "org": None},
                  {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
                  {"name": "East of England Ambulance Service NHS Trust", "org": "East of England Ambulance Service NHS Trust"},
                  {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
                  {"name": "Thurrock Council", "org": "Thurrock Council"},
                  {"name": "Essex County Council", "org": "Essex County Council"}],
        statutes=[{"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
                  {"citation": "Schedule 1 to the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
                  {"citation": "section 251B of the Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
                  {"citation": "Health and Social Care Act 2015", "title": "Health and Social Care (Safety and Quality) Act", "year": 2015, "provision": None},
                  {"citation": "section 82 of the National Health Service Act 2006", "title": "National Health Service Act", "year": 2006, "provision": "section 82"},
                  {"citation": "section 3 of the Care Act 2014", "title": "Care Act", "year": 2014, "provision": "section 3"}],
        review_date="2025-10-31", review_basis="explicit", commencement_date="2024-11-01",
        sections_present=["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                          "format_frequency", "retention", "accuracy", "breach", "agreement"],
        missing_sections=["complaints"]),
)
AGREEMENTS.append(A2)

# ---------------------------------------------------------------- A3 HWE ICB shared care record framework
A3_T1 = "Hertfordshire and West Essex Shared Care Record"
A3_T2 = "Framework Data Sharing Agreement"
A3_TITLE = A3_T1 + " " + A3_T2
A3_PURPOSE = ("2.1 This Framework Agreement sets out how the Parties will make health and social "
              "care information available to one another through the Hertfordshire and West Essex "
              "Shared Care Record, so that professionals directly involved in an individual\u2019s "
              "care can view an up to date summary of the care and treatment that individual has "
              "received from other organisations.")
A3 = dict(
    key="A3", base="HWE_ShCR_Framework_DSA_2024", formats=["docx", "pdf", "doc"], pdf_from="docx",
    header_text=A3_TITLE, footer_text="HWE ICS Shared Care Record Programme", heading_mode="styled",
    blocks=[
        ("p", "Hertfordshire and West Essex Integrated Care System"),
        ("p", "Shared Care Record Programme"),
        ("space",),
        ("table", [[A3_T1 + "\n" + A3_T2]], {"cover": True}),
        ("space",),
        ("table", [["Responsible organisation", "NHS Hertfordshire and West Essex Integrated Care Board"],
                   ["Programme SRO", "Avni Shah, Director of Digital Transformation"],
                   ["Document version", "3.0 (Final)"], ["Approved by", "ICS Information Governance Steering Group, 14 March 2024"],
                   ["Review due", "see clause 11.3"], ["Related documents", "ShCR DPIA v4; Joint Controller Arrangement; Privacy notice"]],
         {"widths": [5, 10]}),
        ("space",),
        ("p", "Contents"),
        ("ul", ["1. Definitions", "2. Purpose", "3. Roles of the Parties", "4. Legal basis",
                "5. Data made available", "6. Access and individuals\u2019 rights", "7. Security",
                "8. Data quality", "9. Retention", "10. Complaints and incidents",
                "11. Commencement, review and termination", "Schedules 1 to 4"]),
        ("break",),
        ("h", "1. Definitions"),
        ("p", "In this Framework Agreement \u2018ShCR\u2019 means the Hertfordshire and West Essex "
              "Shared Care Record; \u2018Parties\u2019 means the organisations listed in Schedule 1; "
              "\u2018Commencement Date\u2019 has the meaning in clause 11.1."),
        ("h", "2. Purpose"),
        ("p", A3_PURPOSE),
        ("p", "2.2 The ShCR is used for direct care only. Any use for planning or research needs a "
              "separate agreement and is outside this Framework Agreement."),
        ("h", "3. Roles of the Parties"),
        ("p", "3.1 Each Party is a controller of the records it contributes and of any record it "
              "creates after viewing the ShCR. The Parties are joint controllers of the ShCR index. "
              "The platform supplier acts as processor for the Responsible organisation."),
        ("h", "4. Legal basis"),
        ("p", "4.1 The Parties rely on Article 6(1)(e) of the UK GDPR and Article 9(2)(h), with "
              "Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018."),
        ("p", "4.2 The NHS Parties act under the National Health Service Act 2006 and the Health "
              "and Care Act 2022, and have the duty to share under section 251B of the Health and "
              "Social Care Act 2012. No reliance is placed on section 251 of the National Health "
              "Service Act 2006, as no information is used without the common law duty of "
              "confidence being met by implied consent."),
        ("p", "4.3 The councils act under the Care Act 2014. All Parties must act compatibly with "
              "the Human Right Act 1998 and respond to requests under the Freedom of Information "
              "Act 2000 about this agreement."),
        ("h", "5. Data made available"),
        ("p", "5.1 Each Party makes available the data sets in Schedule 2, including demographics, "
              "encounters, diagnoses, medications, allergies, care plans and social care "
              "involvement. Sensitive categories (sexual health, gender reassignment, IVF) are "
              "excluded at source."),
        ("p", "5.2 Data flows from each Party\u2019s system to the ShCR every 15 minutes by "
              "HL7 FHIR messaging over the Health and Social Care Network; users view it in "
              "context from their own system."),
        ("h", "6. Access and individuals\u2019 rights"),
        ("p", "6.1 Individuals may object to their record being viewed through the ShCR. "
              "Objections are recorded by the Responsible organisation within five working days. "
              "Subject access requests are answered by the Party holding the source record."),
        ("h", "7. Security"),
        ("p", "7.1 The security requirements are set out in Schedule 3. Each Party must maintain "
              "its Data Security and Protection Toolkit submission."),
        ("h", "8. Data quality"),
        ("p", "8.1 Each Party is responsible for the accuracy of the data it contributes and will "
              "correct errors in its source system, from which the ShCR is refreshed."),
        ("h", "9. Retention"),
        ("p", "9.1 The ShCR holds no copy beyond the cache needed for display, which is cleared "
              "after 24 hours. Source records are kept by each Party under the Records Management "
              "Code of Practice."),
        ("h", "10. Complaints and incidents"),
        ("p", "10.1 Complaints from individuals are handled by the Party that receives them, "
              "under its own complaints procedure, with the Responsible organisation kept informed."),
        ("p", "10.2 Any breach of confidentiality or security incident involving the ShCR is "
              "reported to the ShCR Programme within one working day and logged on the Data "
              "Security and Protection Toolkit where it meets the threshold."),
        ("h", "11. Commencement, review and termination"),
        ("p", "11.1 The Commencement Date is 1 April 2024."),
        ("p", "11.2 A new organisation joins by signing the accession form in Schedule 4."),
        ("p", "11.3 This Framework Agreement will be reviewed 12 months after the Commencement "
              "Date, and then every year, by the Responsible organisation."),
        ("p", "11.4 A Party may terminate its participation on six months\u2019 notice."),
        ("break",),
        ("h", "Schedule 1 \u2013 The Parties"),
        ("table", [["Party", "Type", "ICO registration"],
                   ["NHS Hertfordshire and West Essex Integrated Care Board", "Integrated care board", "ZB341245"],
                   ["Hertfordshire Community NHS Trust", "Community health services", "Z2704962"],
                   ["Hertfordshire Partnership University NHS Foundation Trust", "Mental health and learning disability", "Z1377585"],
                   ["The Princess Alexandra Hospital NHS Trust", "Acute", "Z5740451"],
                   ["West Hertfordshire Teaching Hospitals NHS Trust", "Acute", "Z5863139"],
                   ["East and North Hertfordshire Teaching NHS Trust", "Acute", "Z5966823"],
                   ["Hertfordshire County Council", "Adult and children\u2019s social care", "Z6019376"],
                   ["Essex County Council", "Adult social care (west Essex)", "Z2120726"]],
         {"widths": [8, 4.5, 2.5], "small": True}),
        ("h", "Schedule 2 \u2013 Data sets"),
        ("table", [["Data set", "Contributing Parties"],
                   ["GP summary (demographics, problems, medications, allergies)", "Via ICB (GP practices)"],
                   ["Encounters, discharge letters, results", "Acute trusts"],
                   ["Community care plans and visits", "Hertfordshire Community NHS Trust"],
                   ["Mental health care co-ordinator and crisis plan", "HPFT"],
                   ["Social care involvement and key worker", "Councils"]], {"widths": [9, 6]}),
        ("h", "Schedule 3 \u2013 Security requirements"),
        ("ul", ["Role-based access through each Party\u2019s own system login or NHS smartcard",
                "Audit trail of every access, reviewed monthly by each Party",
                "Encryption in transit (TLS 1.2 or above) and at rest",
                "No downloading or printing of the ShCR except into the Party\u2019s own record"]),
        ("h", "Schedule 4 \u2013 Signatures"),
        ("table", sig_rows([
            ["NHS Hertfordshire and West Essex Integrated Care Board", "Avni Shah", "SRO, Shared Care Record", "", "20 March 2024"],
            ["Hertfordshire Community NHS Trust", "Dr Sarah Bradbury", "Caldicott Guardian", "", "22 March 2024"],
            ["Hertfordshire Partnership University NHS Foundation Trust", "Dr Asif Zia", "Caldicott Guardian", "", "22 March 2024"],
            ["The Princess Alexandra Hospital NHS Trust", "Phil Holland", "SIRO", "", "25 March 2024"],
            ["West Hertfordshire Teaching Hospitals NHS Trust", "Dr Mike van der Watt", "Caldicott Guardian", "", "26 March 2024"],
            ["East and North Hertfordshire Teaching NHS Trust", "Martin Armstrong", "SIRO", "", "26 March 2024"],
            ["Hertfordshire County Council", "Chris Badger", "Director of Adult Care Services", "", "27 March 2024"],
            ["Essex County Council", "Nick Presmeg", "Executive Director, Adult Social Care", "", "28 March 2024"]]),
         {"widths": [4.5, 3, 3.5, 2, 2], "small": True}),
    ],
    truth=dict(
        title=A3_TITLE, purpose=A3_PURPOSE,
        lead={"name": "NHS Hertfordshire and West Essex Integrated Care Board", "org": None},
        partners=[{"name": "Hertfordshire Community NHS Trust", "org": None},
                  {"name": "Hertfordshire Partnership University NHS Foundation Trust", "org": "Hertfordshire Partnership University NHS Foundation Trust"},
                  {"name": "The Princess Alexandra Hospital NHS Trust", "org": "Princess Alexandra Hospital NHS Trust"},
                  {"name": "West Hertfordshire Teaching Hospitals NHS Trust", "org": None},
                  {"name": "East and North Hertfordshire Teaching NHS Trust", "org": None},
                  {"name": "Hertfordshire County Council", "org": None},
                  {"name": "Essex County Council", "org": "Essex County Council"}],
        statutes=[{"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
                  {"citation": "Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
                  {"citation": "National Health Service Act 2006", "title": "National Health Service Act", "year": 2006, "provision": "section 251"},
                  {"citation": "Health and Care Act 2022", "title": "Health and Care Act", "year": 2022, "provision": None},
                  {"citation": "section 251B of the Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
                  {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
                  {"citation": "Human Right Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
                  {"citation": "Freedom of Information Act 2000", "title": "Freedom of Information Act", "year": 2000, "provision": None}],
        review_date="2025-04-01", review_basis="relative", commencement_date="2024-04-01",
        sections_present=["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                          "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        missing_sections=[]),
)
AGREEMENTS.append(A3)

# ---------------------------------------------------------------- A4 Mid Essex CHC protocol (no lead)
A4_TITLE = "Continuing Healthcare and Care Home Placement Information Sharing Protocol"
A4_PURPOSE = ("The aim of this protocol is to enable the organisations listed below to share the "
              "information needed to screen, assess and decide eligibility for NHS Continuing "
              "Healthcare and Funded Nursing Care, including fast track assessments at the end of "
              "life, and to arrange care home placements for people in mid Essex without delay.")
A4 = dict(
    key="A4", base="mid_essex_CHC_care_home_protocol_2019", formats=["pdf", "docx"], pdf_from="reportlab",
    rl_layout="twocol", header_text="Mid Essex Health and Social Care \u2013 Information Sharing Protocol",
    footer_text="Mid Essex CHC Protocol | September 2019", heading_mode="numbered",
    blocks=[
        ("title", "MID ESSEX HEALTH AND SOCIAL CARE", 12),
        ("title", A4_TITLE, 18),
        ("p", "Agreed by the Mid Essex Continuing Healthcare Operational Group, September 2019."),
        ("table", [["Organisations party to this protocol"],
                   ["Mid Essex Clinical Commissioning Group"], ["Essex County Council"],
                   ["Mid Essex Hospital Services NHS Trust (MEHT)"],
                   ["Essex Partnership University NHS Foundation Trust"],
                   ["Provide Community Interest Company"], ["Farleigh Hospice"]],
         {"widths": [15]}),
        ("colbreak",),
        ("h", "1. INTRODUCTION"),
        ("p", "NHS Continuing Healthcare (CHC) is a package of ongoing care arranged and funded "
              "solely by the NHS where an individual has a primary health need. Assessments depend "
              "on information from hospital wards, community nurses, hospice teams and social "
              "workers being brought together quickly."),
        ("h", "2. AIMS OF THE PROTOCOL"),
        ("p", A4_PURPOSE),
        ("h", "3. INFORMATION COVERED"),
        ("p", "The following may be shared between the parties:"),
        ("ul", ["CHC Checklist, Decision Support Tool and Fast Track Pathway Tool",
                "nursing and therapy assessments and care plans",
                "social care assessments under the Care Act 2014 and financial assessment outcome (not detailed finances)",
                "mental capacity assessments and best interests decisions",
                "hospice specialist palliative care summaries",
                "preferred care home and family contact details"]),
        ("h", "4. LEGAL FRAMEWORK"),
        ("p", "Information is shared under the Data Protection Act 1998, meeting a condition in "
              "Schedule 2 and, for health information, Schedule 3. The CCG\u2019s duties arise under "
              "the National Health Act 2006, and assessments follow the National Framework for NHS "
              "Continuing Healthcare. Essex County Council\u2019s duties to assess arise under section 9 of the "
              "Care Act 2014 and the National Health Service and Community Care Act 1990. Where a "
              "person may lack capacity to agree, the Mental Capacity Act 2005 applies."),
        ("p", "Staff must also respect the common law duty of confidentiality and the Caldicott "
              "principles. Consent to share is sought at the start of every CHC screening and recorded."),
        ("h", "5. SECURITY"),
        ("p", "Each party will store shared information on its own secure systems, restrict access "
              "to staff involved in the assessment, and ensure staff have completed information "
              "governance training in the last 12 months. Paper Decision Support Tools are kept in "
              "locked cabinets and never left in cars."),
        ("h", "6. METHOD OF EXCHANGE"),
        ("p", "Referrals and assessment documents are exchanged by secure email (nhs.net to nhs.net "
              "or to an Egress-encrypted council address) as each assessment is completed. Fast track "
              "referrals are sent the same day. Multidisciplinary team meetings may be held by "
              "telephone conference. Information is not sent by fax."),
        ("h", "7. RETENTION"),
        ("p", "The CCG keeps CHC records for eight years after the care package ends, in line with "
              "the Records Management Code of Practice for Health and Social Care 2016. Other parties "
              "keep copies only for as long as they need them and then destroy them securely."),
        ("h", "8. ACCURACY"),
        ("p", "The author of each assessment is responsible for checking it is accurate and complete "
              "before it is sent. The CHC team will return incomplete Checklists to the referrer."),
        ("h", "9. COMPLAINTS"),
        ("p", "Complaints about CHC decisions follow the CCG\u2019s local resolution and review "
              "process. Complaints about how information was handled are dealt with by the party "
              "concerned through its own complaints procedure."),
        ("h", "10. SIGNATORIES"),
        ("p", "This protocol comes into effect on 1 October 2019 and will be looked at again by the "
              "Operational Group as required. Any party may withdraw by writing to the other parties."),
        ("table", [["Organisation", "Name and post", "Date"],
                   ["Mid Essex Clinical Commissioning Group", "Dan Doherty, Accountable Officer", "16/09/2019"],
                   ["Essex County Council", "Moira McGrath, Director of Commissioning", "17/09/2019"],
                   ["Mid Essex Hospital Services NHS Trust (MEHT)", "Diane Sarkar, Chief Nurse", "18/09/2019"],
                   ["Essex Partnership University NHS Foundation Trust", "Natalie Hammond, Director of Nursing", "20/09/2019"],
                   ["Provide Community Interest Company", "Tom Davey, Chief Executive", "20/09/2019"],
                   ["Farleigh Hospice", "Tanya Chick, Director of Care", "23/09/2019"]],
         {"widths": [5.5, 6.5, 3], "small": True}),
        ("break",),
        ("h", "APPENDIX A \u2013 OPERATIONAL CONTACTS"),
        ("table", [["Organisation", "Team", "Telephone"],
                   ["Mid Essex Clinical Commissioning Group", "Continuing Healthcare Team, Wren House", "01245 398 750"],
                   ["Essex County Council", "Mid Essex Adult Social Care Locality Team", "0345 603 7630"],
                   ["Mid Essex Hospital Services NHS Trust (MEHT)", "Integrated Discharge Team, Broomfield Hospital", "01245 362 000"],
                   ["Essex Partnership University NHS Foundation Trust", "Mid Essex Community Mental Health Team", "01245 546 400"],
                   ["Provide Community Interest Company", "Community Nursing Single Point of Referral", "0300 303 9988"],
                   ["Farleigh Hospice", "Hospice at Home and Specialist Palliative Care", "01245 457 300"]],
         {"widths": [5, 6.5, 3.5], "small": True}),
        ("h", "APPENDIX B \u2013 GLOSSARY"),
        ("table", [["Term", "Meaning"],
                   ["CHC", "NHS Continuing Healthcare: care funded solely by the NHS for people with a primary health need"],
                   ["FNC", "NHS-funded Nursing Care: a contribution towards registered nursing care in a care home with nursing"],
                   ["Checklist", "The screening tool used to decide whether a full assessment is needed"],
                   ["DST", "Decision Support Tool, completed by a multidisciplinary team to record the evidence of need across twelve care domains"],
                   ["Fast Track", "The route for people with a rapidly deteriorating condition who may be entering a terminal phase; completed by an appropriate clinician"],
                   ["MDT", "Multidisciplinary team: at least two professionals from different health and social care disciplines"],
                   ["Best interests", "A decision made on behalf of a person who lacks capacity, following the checklist in the Mental Capacity Act Code of Practice"],
                   ["Care home placement", "A move to a residential or nursing home arranged by the CCG or the Council after assessment"]],
         {"widths": [3.5, 11.5], "small": True}),
        ("h", "APPENDIX C \u2013 FAST TRACK TIMESCALES"),
        ("p", "The Operational Group has agreed local standards: a Fast Track Pathway Tool is "
              "reviewed by the CHC team within one working day; a care package or placement is "
              "in place within two working days of agreement; hospice and community teams are told "
              "of the outcome on the same day. Standard assessments are completed within 28 days of "
              "the positive Checklist."),
    ],
    truth=dict(
        title=A4_TITLE, purpose=A4_PURPOSE, lead=None,
        partners=[{"name": "Mid Essex Clinical Commissioning Group", "org": "Mid Essex Clinical Commissioning Group"},
                  {"name": "Essex County Council", "org": "Essex County Council"},
                  {"name": "Mid Essex Hospital Services NHS Trust (MEHT)", "org": "Mid Essex Hospital Services NHS Trust"},
                  {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
                  {"name": "Provide Community Interest Company", "org": "Provide"},
                  {"name": "Farleigh Hospice", "org": None}],
        statutes=[{"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": "Schedule 2"},
                  {"citation": "National Health Act 2006", "title": "National Health Service Act", "year": 2006, "provision": None},
                  {"citation": "section 9 of the Care Act 2014", "title": "Care Act", "year": 2014, "provision": "section 9"},
                  {"citation": "National Health Service and Community Care Act 1990", "title": "National Health Service and Community Care Act", "year": 1990, "provision": None},
                  {"citation": "Mental Capacity Act 2005", "title": "Mental Capacity Act", "year": 2005, "provision": None}],
        review_date=None, review_basis="none", commencement_date="2019-10-01",
        sections_present=["purpose", "information_shared", "legal_basis", "security", "format_frequency",
                          "retention", "accuracy", "complaints", "agreement"],
        missing_sections=["individual_rights", "breach"]),
)
AGREEMENTS.append(A4)

# ---------------------------------------------------------------- A5 ESNEFT DMS community pharmacy
A5_TITLE = "Discharge Medicines Service: Hospital to Community Pharmacy Referral Agreement"
A5_PURPOSE = ("This agreement allows East Suffolk and North Essex NHS Foundation Trust to refer "
              "patients, with their discharge medicines information, to their chosen community "
              "pharmacy under the NHS Discharge Medicines Service, so that the pharmacy can "
              "reconcile the patient\u2019s medicines against the hospital discharge list, support "
              "them to take their medicines safely and reduce avoidable readmissions.")
A5 = dict(
    key="A5", base="ESNEFT_DMS_community_pharmacy_DSA", formats=["docx", "pdf", "doc"], pdf_from="docx",
    header_text="Data Sharing Agreement", footer_text="ESNEFT Pharmacy and Medicines Optimisation | Uncontrolled when printed",
    heading_mode="bold_plain",
    blocks=[
        ("p", "Data Sharing Agreement"),
        ("title", A5_TITLE, 17),
        ("p", "Colchester Hospital and Ipswich Hospital pharmacy departments"),
        ("space",),
        ("table", [["Reference", "ESNEFT-DSA-PH-014"], ["Version", "1.1"],
                   ["Start date", "01/10/2022"], ["Review date", "30/09/2024"],
                   ["Approved by", "ESNEFT Information Governance Committee"],
                   ["Contact", "Pharmacy IG lead, esneft.pharmacyig@nhs.net"]], {"widths": [4, 11]}),
        ("space",),
        ("p", "This agreement is led by East Suffolk and North Essex NHS Foundation Trust, which "
              "sends the referrals and maintains this document."),
        ("h", "Background"),
        ("p", "The Discharge Medicines Service (DMS) became an essential service in the Community "
              "Pharmacy Contractual Framework in February 2021. Around one in five patients are "
              "readmitted within 30 days of discharge, often because of problems with medicines."),
        ("h", "Why information is shared"),
        ("p", A5_PURPOSE),
        ("h", "Organisations involved"),
        ("ul", ["East Suffolk and North Essex NHS Foundation Trust (referring trust)",
                "NHS Suffolk and North East Essex Integrated Care Board (commissioner of the referral platform)",
                "Community Pharmacy Essex (local pharmaceutical committee, on behalf of contractors in north east Essex)",
                "Community Pharmacy Suffolk (local pharmaceutical committee, on behalf of contractors in east Suffolk)",
                "Anglian Community Enterprise CIC (community nursing teams who receive copies for housebound patients)"]),
        ("p", "Each community pharmacy contractor accepts the terms of this agreement when it "
              "registers on the referral platform."),
        ("h", "What will be shared"),
        ("table", [["Item", "Detail"],
                   ["Patient identifiers", "Name, NHS number, date of birth, address, telephone"],
                   ["Admission details", "Ward, dates of admission and discharge, reason for admission"],
                   ["Medicines", "Medicines on discharge, changes made and the reason, stopped medicines"],
                   ["Monitoring", "Blood tests due, anticoagulation or high-risk drug plans"],
                   ["Support needs", "Compliance aids, carer involvement, swallowing difficulties"]],
         {"widths": [4.5, 10.5]}),
        ("h", "Legal basis"),
        ("p", "Under the UK GDPR, ESNEFT and the pharmacies rely on Article 6(1)(e) (and for "
              "contractors Article 6(1)(c), as the service is required by the NHS (Pharmaceutical "
              "and Local Pharmaceutical Services) Regulations 2013), and Article 9(2)(h). The DPA "
              "2018 Schedule 1 condition is paragraph 2 (health or social care purposes)."),
        ("p", "The sharing is also supported by the NHS Act 2006, by section 251B of the Health "
              "and Social Care Act 2012, and by the Medicine Act 1968 and the Human Medicines "
              "Regulations 2012 for the supply of medicines. Patients are told about the referral "
              "before discharge and may decline it; this meets the common law duty of confidentiality."),
        ("h", "Patients\u2019 rights"),
        ("p", "Patients may ask ESNEFT or the pharmacy for a copy of the information held about "
              "them, and may object to the referral at any time before it is sent. Requests are "
              "passed to the relevant Data Protection Officer within two working days."),
        ("h", "How information is sent"),
        ("p", "Referrals are sent electronically through the PharmOutcomes platform on the day of "
              "discharge, or within one working day for weekend discharges. Email is used only where "
              "the platform is unavailable, and then only NHSmail to an NHSmail shared pharmacy "
              "mailbox."),
        ("h", "Security"),
        ("p", "Pharmacy staff use individual log-ins to the platform. Each contractor must complete "
              "the Data Security and Protection Toolkit every year. Printed referrals must be stored "
              "in the pharmacy\u2019s consultation room or shredded after use."),
        ("h", "Retention"),
        ("p", "The referral stays on the platform for 12 months and is then archived. Pharmacies keep "
              "their DMS records for the period set in the NHS Records Management Code of Practice."),
        ("h", "Incidents"),
        ("p", "A referral sent to the wrong pharmacy, or any other breach of confidentiality, must be "
              "reported to the ESNEFT pharmacy IG lead the same day and through the contractor\u2019s "
              "own incident procedure. ESNEFT will assess whether it must be reported to the ICO."),
        ("h", "Ending the agreement"),
        ("p", "Any party may withdraw by giving one month\u2019s notice in writing to ESNEFT. The "
              "agreement ends automatically if the Discharge Medicines Service is decommissioned."),
        ("h", "Signatures"),
        ("table", sig_rows([
            ["East Suffolk and North Essex NHS Foundation Trust", "Dr Shane Gordon", "Director of Strategy, Research and Innovation (SIRO)", "", "19/09/2022"],
            ["NHS Suffolk and North East Essex Integrated Care Board", "Dr Ed Garratt", "Chief Executive", "", "23/09/2022"],
            ["Community Pharmacy Essex", "Karen Samuel-Smith", "Chief Executive Officer", "", "26/09/2022"],
            ["Community Pharmacy Suffolk", "Anil Sharma", "Chief Officer", "", "26/09/2022"],
            ["Anglian Community Enterprise CIC", "Jane Gardiner", "Caldicott Guardian", "", "28/09/2022"]]),
         {"widths": [4.5, 3, 3.5, 2, 2], "small": True}),
    ],
    truth=dict(
        title=A5_TITLE, purpose=A5_PURPOSE,
        lead={"name": "East Suffolk and North Essex NHS Foundation Trust", "org": None},
        partners=[{"name": "NHS Suffolk and North East Essex Integrated Care Board", "org": None},
                  {"name": "Community Pharmacy Essex", "org": None},
                  {"name": "Community Pharmacy Suffolk", "org": None},
                  {"name": "Anglian Community Enterprise CIC", "org": "Anglian Community Enterprise"}],
        statutes=[{"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
                  {"citation": "NHS (Pharmaceutical and Local Pharmaceutical Services) Regulations 2013", "title": "National Health Service (Pharmaceutical and Local Pharmaceutical Services) Regulations", "year": 2013, "provision": None},
                  {"citation": "DPA 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
                  {"citation": "NHS Act 2006", "title": "National Health Service Act", "year": 2006, "provision": None},
                  {"citation": "section 251B of the Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
                  {"citation": "Medicine Act 1968", "title": "Medicines Act", "year": 1968, "provision": None},
                  {"citation": "Human Medicines Regulations 2012", "title": "Human Medicines Regulations", "year": 2012, "provision": None}],
        review_date="2024-09-30", review_basis="explicit", commencement_date="2022-10-01",
        sections_present=["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                          "format_frequency", "retention", "breach", "agreement"],
        missing_sections=["accuracy", "complaints"]),
)
AGREEMENTS.append(A5)

# ---------------------------------------------------------------- A6 Thurrock carers register
A6_TITLE = "Thurrock Carers\u2019 Register and Carers\u2019 Emergency Card Information Sharing Agreement"
A6_PURPOSE = ("Thurrock Council and its health partners will share information about unpaid carers "
              "who have registered with the Thurrock Carers\u2019 Register, so that when a carer "
              "holding an emergency card is taken ill or has an accident, the out-of-hours and "
              "community services called to help can identify the person they care for and put "
              "the carer\u2019s emergency plan into action.")
A6 = dict(
    key="A6", base="Thurrock_carers_register_ISA_Feb2024", formats=["pdf", "docx"], pdf_from="reportlab",
    rl_layout="boxed", header_text="Thurrock Council \u2013 Adults, Housing and Health",
    footer_text="Information Sharing Agreement | Carers\u2019 Register | Version 1.0", heading_mode="caps_bold",
    blocks=[
        ("table", [["Owner", "Thurrock Council"],
                   ["Agreement", A6_TITLE],
                   ["Version", "1.0 \u2013 agreed at the Carers\u2019 Partnership Board"],
                   ["Start date", "1 February 2024"],
                   ["Information governance contact", "Information Governance Team, Civic Offices, Grays"]],
         {"widths": [4.5, 10.5]}),
        ("space",),
        ("h", "1. WHAT THIS AGREEMENT IS FOR"),
        ("p", A6_PURPOSE),
        ("p", "Around 17,000 people in Thurrock provide unpaid care. The emergency card scheme gives "
              "them peace of mind that the person they look after will not be left alone."),
        ("h", "2. PARTIES"),
        ("table", [["Party", "Why it is involved"],
                   ["Thurrock Council", "Owner; holds the Carers\u2019 Register and the emergency plans"],
                   ["NHS Mid and South Essex Integrated Care Board", "Commissions out-of-hours and NHS 111 services"],
                   ["Integrated Care 24 Limited (IC24)", "NHS 111 and GP out-of-hours provider"],
                   ["Essex Partnership University NHS Foundation Trust", "Community health services in Thurrock"],
                   ["North East London NHS Foundation Trust (NELFT)", "Community mental health and learning disability services for Thurrock residents"],
                   ["Mid and South Essex NHS Foundation Trust", "Basildon Hospital emergency department"]],
         {"widths": [6.5, 8.5], "small": True}),
        ("h", "3. INFORMATION TO BE SHARED"),
        ("ul", ["the carer\u2019s name, address, date of birth, NHS number (if known) and emergency card number",
                "the cared-for person\u2019s name, address, NHS number and main needs",
                "named emergency contacts who have agreed to be contacted",
                "the emergency plan: who to call, keys, medicines and routines",
                "a flag on the carer\u2019s and cared-for person\u2019s GP record that an emergency plan exists"]),
        ("h", "4. LEGAL BASIS"),
        ("p", "The Council has a duty to assess carers and to meet their eligible needs under section "
              "10 of the Care Act 2014, which replaced most of the Carers (Recognition and Services) "
              "Act 1995 in England. The lawful basis under the UK GDPR is Article 6(1)(e); health "
              "information is processed under Article 9(2)(h) and the Data Protection Act 2018, "
              "Schedule 1. Because carers join the register voluntarily, each carer also gives "
              "explicit consent to the sharing, which meets the common law duty of confidentiality."),
        ("p", "Partners must also have regard to their duties under the Equalities Act 2010, so "
              "that no carer is excluded from the scheme."),
        ("h", "5. YOUR RIGHTS AS A CARER"),
        ("p", "You can withdraw your consent at any time by contacting the Council. You can ask for "
              "a copy of your information, ask for it to be corrected or deleted, and complain to the "
              "Council\u2019s Information Governance Team or to the Information Commissioner\u2019s "
              "Office if you are unhappy with how your information is used."),
        ("h", "6. KEEPING INFORMATION SECURE"),
        ("p", "Emergency plans are held in the Council\u2019s case management system with role-based "
              "access, limited to staff who need them to help a carer or the person they look after. "
              "Staff are trained annually and all partners comply with the "
              "Data Security and Protection Toolkit or the Council\u2019s equivalent assurance."),
        ("h", "7. HOW LONG INFORMATION IS KEPT"),
        ("p", "The Council keeps a carer\u2019s record for six years after they leave the register. "
              "Health partners keep the GP flag and any notes as part of their clinical records."),
        ("h", "8. KEEPING INFORMATION ACCURATE"),
        ("p", "Carers are asked to update their plan every six months. The Council contacts each "
              "carer annually to check their details; the clinician who adds a flag checks that it "
              "relates to the right person."),
        ("h", "9. IF SOMETHING GOES WRONG"),
        ("p", "Any loss or wrongful disclosure of a carer\u2019s information must be reported to the "
              "Council\u2019s Information Governance Team within one working day and handled under "
              "the reporting partner\u2019s own breach procedure."),
        ("h", "10. SIGNING, REVIEW AND LEAVING"),
        ("p", "The Owner will review this agreement by 31 January 2026. A party can leave the "
              "agreement by telling the Council in writing; information already shared remains in "
              "the receiving party\u2019s records."),
        ("table", sig_rows([
            ["Thurrock Council", "Les Billingham", "Director of Adults, Housing and Health", "", "29 January 2024"],
            ["NHS Mid and South Essex Integrated Care Board", "Aleksandra Mecan", "Alliance Director, Thurrock", "", "30 January 2024"],
            ["Integrated Care 24 Limited (IC24)", "Dr Fiona Hallam", "Caldicott Guardian", "", "30 January 2024"],
            ["Essex Partnership University NHS Foundation Trust", "Paul Scott", "Chief Executive", "", "31 January 2024"],
            ["North East London NHS Foundation Trust (NELFT)", "Jacqui Van Rossum", "Executive Director, Integrated Care", "", "31 January 2024"],
            ["Mid and South Essex NHS Foundation Trust", "Dr Hasan Chowhan", "Chief Medical Officer", "", "1 February 2024"]]),
         {"widths": [4.5, 3, 3.5, 2, 2], "small": True}),
        ("break",),
        ("h", "APPENDIX 1 \u2013 CONTACTS"),
        ("table", [["Party", "Contact", "ICO registration"],
                   ["Thurrock Council", "Information Governance Team, Civic Offices, New Road, Grays RM17 6SL", "Z8228055"],
                   ["NHS Mid and South Essex Integrated Care Board", "Data Protection Officer, Phoenix Court, Basildon", "ZB337575"],
                   ["Integrated Care 24 Limited (IC24)", "Information Governance Lead, Ashford, Kent", "Z1858420"],
                   ["Essex Partnership University NHS Foundation Trust", "Information Governance Team, Runwell Chase, Wickford", "Z9616496"],
                   ["North East London NHS Foundation Trust (NELFT)", "Data Protection Officer, CEME Centre, Rainham", "Z9096541"],
                   ["Mid and South Essex NHS Foundation Trust", "Information Governance, Basildon Hospital", "ZA754839"]],
         {"widths": [5.5, 7, 2.5], "small": True}),
        ("h", "APPENDIX 2 \u2013 WORDING OF THE CARER\u2019S CONSENT"),
        ("p", "\u201cI want to join the Thurrock Carers\u2019 Register and receive a Carers\u2019 "
              "Emergency Card. I agree that my information, the information about the person I care "
              "for (who has agreed, or for whom a best interests decision has been recorded) and my "
              "emergency plan can be shared with the organisations named in this agreement, so that "
              "my emergency plan can be used if I am unable to care. I understand that I can change "
              "my mind at any time.\u201d"),
        ("h", "APPENDIX 3 \u2013 TERMS USED"),
        ("table", [["Term", "Meaning"],
                   ["Carer", "Anyone who looks after a family member, partner or friend who needs help because of illness, frailty, disability, a mental health condition or an addiction, and who is not paid to do so"],
                   ["Emergency card", "A wallet-sized card with a unique number and the Council\u2019s 24-hour telephone line"],
                   ["Emergency plan", "The carer\u2019s written plan for who should step in, and what they need to know, if the carer cannot provide care"],
                   ["Cared-for person", "The person who receives support from the carer"],
                   ["Out-of-hours", "GP and urgent care services available in the evening, at night and at weekends"]],
         {"widths": [3.5, 11.5], "small": True}),
    ],
    truth=dict(
        title=A6_TITLE, purpose=A6_PURPOSE,
        lead={"name": "Thurrock Council", "org": "Thurrock Council"},
        partners=[{"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
                  {"name": "Integrated Care 24 Limited (IC24)", "org": None},
                  {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
                  {"name": "North East London NHS Foundation Trust (NELFT)", "org": "North East London NHS Foundation Trust"},
                  {"name": "Mid and South Essex NHS Foundation Trust", "org": None}],
        statutes=[{"citation": "section 10 of the Care Act 2014", "title": "Care Act", "year": 2014, "provision": "section 10"},
                  {"citation": "Carers (Recognition and Services) Act 1995", "title": "Carers (Recognition and Services) Act", "year": 1995, "provision": None},
                  {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
                  {"citation": "Data Protection Act 2018, Schedule 1", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
                  {"citation": "Equalities Act 2010", "title": "Equality Act", "year": 2010, "provision": None}],
        review_date="2026-01-31", review_basis="explicit", commencement_date="2024-02-01",
        sections_present=["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                          "retention", "accuracy", "complaints", "breach", "agreement"],
        missing_sections=["format_frequency"]),
)
AGREEMENTS.append(A6)

# ---------------------------------------------------------------- A7 Havens Hospices bereavement
A7_TITLE = "Bereavement Support Referral Agreement"
A7_PURPOSE = ("This agreement lets the hospital, GP practices and the council tell Havens Hospices "
              "when a person has died and their family or carers may need bereavement support, so "
              "that our bereavement team can contact the people who have asked to be contacted and "
              "offer them counselling, support groups or help with practical matters.")
A7 = dict(
    key="A7", base="Havens_bereavement_referral_agreement_2023", formats=["docx", "pdf", "doc"], pdf_from="docx",
    header_text="Havens Hospices \u2013 Fair Havens | Little Havens | Family Support",
    footer_text="Bereavement Support Referral Agreement \u2013 July 2023", heading_mode="styled",
    blocks=[
        ("title", "Havens Hospices", 14),
        ("title", A7_TITLE, 22),
        ("p", "Southend, Castle Point, Rochford and south east Essex"),
        ("p", "A plain-language agreement between the organisations named in Part 2."),
        ("space",),
        ("p", "Havens Hospices publishes this agreement as the controller responsible for it and "
              "keeps the signed copy. Questions should go to our Data Protection Officer, "
              "dpo@havenshospices.org.uk."),
        ("break",),
        ("h", "Part 1: What this agreement is for"),
        ("p", A7_PURPOSE),
        ("p", "It replaces our 2017 referral agreement, which was written under the Data Protection Act 1998."),
        ("h", "Part 2: Who is involved"),
        ("ul", ["Havens Hospices (registered charity 1022119)",
                "Mid and South Essex NHS Foundation Trust (Southend Hospital bereavement office)",
                "NHS Mid and South Essex Integrated Care Board (on behalf of GP practices in south east Essex)",
                "Southend-on-Sea City Council (adult social care)",
                "Southend West Central Primary Care Network"]),
        ("h", "Part 3: What we will share"),
        ("p", "A referral contains only: the name and date of death of the person who died; the "
              "name, relationship, telephone number and address of each family member or carer who "
              "has agreed to be contacted; any language or access needs; and whether the death was "
              "expected. We do not ask for medical records."),
        ("p", "Referrals are sent to bereavement@havenshospices.org.uk from an NHSmail or Egress "
              "account, normally within a week of the death. We contact families no sooner than "
              "two weeks after the death unless they ask us to."),
        ("h", "Part 4: The law we rely on"),
        ("p", "Family members agree to be referred, so the lawful basis under the UK GDPR is consent "
              "(Article 6(1)(a)). Where the referral says whether the death was expected, this is "
              "health information about the person who has died; the Data Protection Act 2018 does "
              "not apply to people who have died, but the common law duty of confidentiality "
              "continues, and staff follow the Caldicott Principles."),
        ("p", "Where a death has been reported to the coroner, no referral is made until the family "
              "agrees, and nothing is shared that could affect an investigation under the Coroners "
              "and Justice Act 2009."),
        ("h", "Part 5: People\u2019s rights"),
        ("p", "Anyone who has been referred can ask us what we hold, ask us to delete it, or "
              "withdraw their consent at any time by telephoning 01702 220 350. Withdrawing consent "
              "does not affect any support already given."),
        ("h", "Part 6: Keeping information safe"),
        ("p", "Referrals are stored in our case system, Crosscare, which only the bereavement team "
              "can open. Staff and volunteers sign a confidentiality agreement and complete data "
              "protection training every year."),
        ("h", "Part 7: How long we keep it"),
        ("p", "If a family does not take up support we delete the referral after three months. "
              "Counselling records are kept for seven years after the last contact and then destroyed."),
        ("h", "Part 8: Concerns and complaints"),
        ("p", "Anyone unhappy with how we handled their referral can contact our Head of Family "
              "Support or use the Havens Hospices complaints procedure. They can also contact the "
              "Information Commissioner\u2019s Office."),
        ("h", "Part 9: Starting, reviewing and ending this agreement"),
        ("p", "This agreement starts on the date of the last signature below. We will review it two "
              "years after that date, or earlier if the law or the service changes. Any organisation "
              "may stop making referrals at any time by letting us know in writing."),
        ("table", sig_rows([
            ["Havens Hospices", "Steve Brown", "Chief Executive", "", "14/06/2023"],
            ["Mid and South Essex NHS Foundation Trust", "Sarah Bright", "Bereavement Services Manager", "", "20/06/2023"],
            ["NHS Mid and South Essex Integrated Care Board", "Dr Emily Hughes", "Clinical Director, South East Essex", "", "28/06/2023"],
            ["Southend-on-Sea City Council", "Michael Marks", "Director of Adult Social Care", "", "03/07/2023"],
            ["Southend West Central Primary Care Network", "Dr Kofi Mensah", "Clinical Director", "", "22/06/2023"]]),
         {"widths": [4.5, 3, 3.5, 2, 2], "small": True}),
    ],
    truth=dict(
        title=A7_TITLE, purpose=A7_PURPOSE,
        lead={"name": "Havens Hospices", "org": None},
        partners=[{"name": "Mid and South Essex NHS Foundation Trust", "org": None},
                  {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
                  {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
                  {"name": "Southend West Central Primary Care Network", "org": None}],
        statutes=[{"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
                  {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(a)"},
                  {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
                  {"citation": "Coroners and Justice Act 2009", "title": "Coroners and Justice Act", "year": 2009, "provision": None}],
        review_date="2025-07-03", review_basis="relative", commencement_date="2023-07-03",
        sections_present=["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                          "format_frequency", "retention", "complaints", "agreement"],
        missing_sections=["accuracy", "breach"]),
)
AGREEMENTS.append(A7)

# ---------------------------------------------------------------- DOCX renderer

def _add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor); tcPr.append(shd)


def render_docx(ag, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial" if ag["key"] in ("A2", "A3", "A5") else "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]; hp.text = ag["header_text"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs: r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; r = fp.add_run(ag["footer_text"] + "    Page "); r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8); _add_field(r2, "PAGE")
    mode = ag["heading_mode"]
    for b in ag["blocks"]:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b[1]); run.bold = True; run.font.size = Pt(b[2])
        elif kind == "h" or kind == "h2":
            text = b[1]
            if mode == "styled" or mode == "numbered":
                doc.add_heading(text, level=1 if kind == "h" else 2)
            else:
                p = doc.add_paragraph(); run = p.add_run(text); run.bold = True
                run.font.size = Pt(12 if kind == "h" else 11)
                if mode == "caps_bold": run.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    lines = val.split("\n")
                    par = c.paragraphs[0]
                    for k, ln in enumerate(lines):
                        if k: par = c.add_paragraph()
                        rr = par.add_run(ln)
                        if opts.get("cover"):
                            rr.bold = True; rr.font.size = Pt(20 if i == 1 or len(rows) == 1 else 11)
                            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        elif opts.get("small"):
                            rr.font.size = Pt(8.5)
                        if i == 0 and not opts.get("cover") and len(rows) > 1 and ncol > 2:
                            rr.bold = True
                    if i == 0 and not opts.get("cover") and ncol > 2:
                        _shade(c, "D9E2F3")
            if "widths" in opts:
                for j, w in enumerate(opts["widths"][:ncol]):
                    for row in t.rows:
                        row.cells[j].width = Cm(w)
            doc.add_paragraph()
        elif kind == "break":
            doc.add_page_break()
        elif kind == "colbreak":
            pass
        elif kind == "space":
            doc.add_paragraph()
    doc.core_properties.title = ""  # titles not leaked through metadata
    doc.core_properties.author = "Information Governance"
    doc.save(path)

# ---------------------------------------------------------------- reportlab renderer

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf_rl(ag, path):
    layout = ag["rl_layout"]
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5 if layout != "twocol" else 8.8,
                          leading=12.5 if layout != "twocol" else 11, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=7.8, leading=9.5, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15,
                        spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor("#005EB8") if layout == "running" else colors.black)
    h2 = ParagraphStyle("h2", parent=h1, fontSize=10.5)
    bullet = ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=3, spaceAfter=2)
    W, H = PAGE_A4
    lm = 2 * cm

    def onpage(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(lm, H - 1.2 * cm, ag["header_text"])
        c.line(lm, H - 1.35 * cm, W - lm, H - 1.35 * cm)
        c.line(lm, 1.45 * cm, W - lm, 1.45 * cm)
        c.drawString(lm, 1.05 * cm, ag["footer_text"])
        c.drawRightString(W - lm, 1.05 * cm, "Page %d" % d.page)
        if layout == "boxed":
            c.setStrokeColor(colors.HexColor("#7A1F5C")); c.setLineWidth(1.2)
            c.rect(1.3 * cm, 1.3 * cm, W - 2.6 * cm, H - 2.8 * cm)
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=PAGE_A4, leftMargin=lm, rightMargin=lm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title="", author="")
    fw = W - 2 * lm; fh = H - 4 * cm
    if layout == "twocol":
        gap = 0.6 * cm; cw = (fw - gap) / 2
        frames = [Frame(lm, 2 * cm, cw, fh, id="c1"), Frame(lm + cw + gap, 2 * cm, cw, fh, id="c2")]
        colw = cw
    else:
        frames = [Frame(lm, 2 * cm, fw, fh, id="f")]
        colw = fw
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=onpage)])
    story = []
    for b in ag["blocks"]:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(_esc(b[1]), ParagraphStyle("t", parent=base, fontName="Helvetica-Bold",
                         fontSize=b[2] * (0.8 if layout == "twocol" else 1), leading=b[2] * 1.25,
                         alignment=1 if layout != "twocol" else 0, spaceAfter=8)))
        elif kind == "h":
            story.append(Paragraph(_esc(b[1]), h1))
        elif kind == "h2":
            story.append(Paragraph(_esc(b[1]), h2))
        elif kind == "p":
            story.append(Paragraph(_esc(b[1]), base))
        elif kind == "ul":
            for it in b[1]:
                story.append(Paragraph(_esc(it), bullet, bulletText="\u2022"))
        elif kind == "table":
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            st = small if (opts.get("small") or layout == "twocol") else base
            data = [[Paragraph(_esc(v).replace("\n", "<br/>"), st) for v in r] for r in rows]
            ws = opts.get("widths", [15.0 / ncol] * ncol)
            tot = sum(ws); widths = [colw * w / tot for w in ws]
            t = Table(data, colWidths=widths, repeatRows=1 if ncol > 2 else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if ncol > 2 or len(rows[0]) == 1:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E1EF" if layout == "boxed" else "#DCE6F2")))
            if ncol == 2:
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")))
            t.setStyle(TableStyle(style))
            story.append(t); story.append(Spacer(1, 8))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "colbreak":
            story.append(FrameBreak())
        elif kind == "space":
            story.append(Spacer(1, 10))
    doc.build(story)

# ---------------------------------------------------------------- main

def soffice(fmt, paths, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
           "--outdir", str(outdir)] + [str(p) for p in paths]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    tmp = HERE / "_tmp_docx"
    if tmp.exists(): shutil.rmtree(tmp)
    tmp.mkdir()
    to_pdf, to_doc = [], []
    for ag in AGREEMENTS:
        fm = ag["formats"]
        if "docx" in fm:
            render_docx(ag, OUT / (ag["base"] + ".docx"))
            if ag["pdf_from"] == "docx": to_pdf.append(OUT / (ag["base"] + ".docx"))
            if "doc" in fm: to_doc.append(OUT / (ag["base"] + ".docx"))
        if ag["pdf_from"] == "reportlab":
            render_pdf_rl(ag, OUT / (ag["base"] + ".pdf"))
    if to_pdf: soffice("pdf", to_pdf, OUT)
    if to_doc: soffice("doc", to_doc, OUT)
    shutil.rmtree(tmp)
    truth = []
    for ag in AGREEMENTS:
        for f in ag["formats"]:
            rec = {"file": ag["base"] + "." + f, "format": f}
            rec.update(json.loads(json.dumps(ag["truth"])))
            truth.append(rec)
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    print("wrote %d files" % len(truth))


if __name__ == "__main__":
    main()
