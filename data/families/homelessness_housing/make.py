"""Deterministic generator: homelessness_housing family (UK housing / homelessness ISAs)."""
import json, os, shutil, subprocess, re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.lib.pagesizes import A4 as PAGE_A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate)
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo_homelessness_housing"

def H(text, keys=(), level=1):
    return ("h", text, tuple(keys), level)
def P(text):
    return ("p", text)
def B(*items):
    return ("b", list(items))
def T(rows, widths=None):
    return ("t", rows, widths)
PB = ("pb",)
def TITLE(lines, generic=None):
    return ("title", lines, generic)
def SMALL(text):
    return ("small", text)

def ugdpr(c="the UK General Data Protection Regulation (UK GDPR)"):
    return c

# --------------------------------------------------------------------------------------
# A1  Chelmsford City Council: Duty to Refer (district council hand)
# --------------------------------------------------------------------------------------
A1_PURPOSE = ("This agreement sets out how the partner organisations will share personal information "
              "about people who are homeless or threatened with homelessness within 56 days, so that a "
              "referral under the duty to refer reaches Chelmsford City Council's Housing Options team "
              "quickly and the person can be offered advice and prevention help before they lose their home.")
A1 = dict(
    id="A1", stem="ccc_duty_to_refer_isa_v2-1", formats=["docx", "pdf_lo", "doc"],
    header="Chelmsford City Council | Information Sharing Agreement | Duty to Refer and Homelessness Prevention Pathway",
    footer="OFFICIAL | Housing Services | CCC-HSG-ISA-014",
    heading_style="word", font="Arial",
    title="Duty to Refer and Homelessness Prevention Pathway",
    lead={"name": "Chelmsford City Council", "org": "Chelmsford City Council"},
    partners=[
        {"name": "Essex County Council", "org": "Essex County Council"},
        {"name": "Department for Work and Pensions (Jobcentre Plus)", "org": None},
        {"name": "National Probation Service (Essex)", "org": "National Probation Service (Essex)"},
        {"name": "Essex Partnership University NHS Foundation Trust (EPUT)", "org": None},
        {"name": "Mid and South Essex NHS Foundation Trust", "org": None},
        {"name": "Chelmsford Housing Partnership (CHP)", "org": "CHP"},
        {"name": "Essex Police", "org": "Essex Police"},
    ],
    statutes=[
        {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017, "provision": None},
        {"citation": "section 213B of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "section 213B"},
        {"citation": "Homelessness (Review Procedure etc.) Regulations 2018", "title": "Homelessness (Review Procedure etc.) Regulations", "year": 2018, "provision": None},
        {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
        {"citation": "UK General Data Protection Regulation (UK GDPR)", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
        {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
        {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
    ],
    review_date="2025-03-31", review_basis="explicit", commencement_date="2023-04-01",
    blocks=[
        TITLE(["Duty to Refer and Homelessness Prevention Pathway"], "INFORMATION SHARING AGREEMENT"),
        P("Chelmsford City Council - Housing Services"),
        T([["Document reference", "CCC-HSG-ISA-014"],
           ["Version", "2.1 (final)"],
           ["Lead organisation", "Chelmsford City Council"],
           ["Author", "Information Governance Officer, Housing Services"],
           ["Approved by", "Director of Housing and Public Protection"],
           ["Date approved", "14/03/2023"],
           ["Review due", "31/03/2025"],
           ["Protective marking", "OFFICIAL"]], [5, 10]),
        P("Version history"),
        T([["Version", "Date", "Author", "Summary of changes"],
           ["1.0", "02/10/2018", "Housing Options Manager", "First issue following commencement of the duty to refer"],
           ["1.1", "19/11/2019", "IG Officer", "Added Chelmsford Housing Partnership as a party"],
           ["2.0", "06/02/2023", "IG Officer", "Full rewrite; referral portal replaces email forms"],
           ["2.1", "14/03/2023", "IG Officer", "Comments from EPUT and Essex Police incorporated"]], [2, 3, 4, 7]),
        PB,
        P("Contents"),
        B("1. Introduction and purpose", "2. Parties to this agreement", "3. Legal basis", "4. What information will be shared",
          "5. How and when information is shared", "6. Data quality", "7. Information security and retention",
          "8. Rights of individuals", "9. Security incidents and breaches", "10. Complaints and Freedom of Information requests",
          "11. Commencement, review and termination", "12. Signatures", "Appendix A - Legislation and guidance", "Appendix B - Referral data items"),
        H("1. Introduction and purpose", ["purpose"]),
        P(A1_PURPOSE),
        P("Since the Homelessness Reduction Act 2017 came into force, specified public authorities in England must refer, "
          "with consent, service users they think may be homeless or threatened with homelessness to a housing authority of "
          "the person's choice. Several partners are not specified public authorities but have agreed to refer on the same "
          "basis. This agreement gives all of them one set of rules to follow."),
        P("The agreement does not cover the assessment of a homeless application itself, which is recorded on the Council's "
          "housing case management system and governed by the Council's own privacy notices."),
        H("2. Parties to this agreement"),
        P("The following organisations are parties to this agreement. Chelmsford City Council is the lead organisation and "
          "maintains the master copy."),
        T([["Organisation", "Service / contact post", "ICO registration"],
           ["Chelmsford City Council", "Housing Options Manager", "Z6390738"],
           ["Essex County Council", "Adult Social Care - Head of Service, Mid Essex", "Z2120726"],
           ["Department for Work and Pensions (Jobcentre Plus)", "Partnership Manager, Essex District", "Z5791920"],
           ["National Probation Service (Essex)", "Head of Chelmsford Probation Delivery Unit", "Z5926063"],
           ["Essex Partnership University NHS Foundation Trust (EPUT)", "Information Governance Manager", "Z1145339"],
           ["Mid and South Essex NHS Foundation Trust", "Head of Discharge and Flow, Broomfield Hospital", "ZA656325"],
           ["Chelmsford Housing Partnership (CHP)", "Data Protection Officer", "Z7178216"],
           ["Essex Police", "Partnership Hub Inspector, Chelmsford", "Z4877218"]], [6, 6, 3]),
        H("3. Legal basis", ["legal_basis"]),
        P("The duty to refer is set out at section 213B of the Housing Act 1996, which was inserted by the 2017 Act. Reviews "
          "of housing decisions that follow a referral are governed by the Homelessness (Review Procedure etc.) Regulations 2018."),
        P("Partners process personal data under the Data Protection Act 2018 and the UK General Data Protection Regulation "
          "(UK GDPR). For the Council and the NHS partners the lawful basis is Article 6(1)(e), a task carried out in the "
          "public interest. Where health information is included, Article 9(2)(h) and (g) apply together with the conditions "
          "in Schedule 1 to the 2018 Act. Essex County Council also relies on its safeguarding and wellbeing duties under "
          "the Care Act 2014."),
        P("Consent is still sought for each referral, because the duty to refer requires it, but partners do not treat consent "
          "as the lawful basis for processing. Partners will respect the right to private and family life under Article 8 of the "
          "Convention rights given effect by the Human Rights Act 1998 and the common law duty of confidentiality."),
        H("4. What information will be shared", ["information_shared"]),
        P("Only the information needed to make and act on a referral will be shared. The standard data items are listed in "
          "Appendix B and include:"),
        B("name, date of birth, current address and contact details;",
          "household members, including children;",
          "the reason the person is homeless or at risk, and the date they may lose their accommodation;",
          "support needs relevant to housing, such as mental health, substance misuse or an offending history;",
          "any risks to staff or others that the receiving officer needs to know about."),
        H("5. How and when information is shared", ["format_frequency"]),
        P("Referrals are made through the Council's online referral portal or, where the portal is unavailable, by secure email "
          "from a gov.uk, nhs.net or pnn.police.uk account. The Housing Options team will acknowledge each referral within two "
          "working days and will tell the referring partner the outcome (accepted for assessment, no contact, or closed). "
          "Case discussions between partners take place at the fortnightly Homelessness Prevention Panel."),
        H("6. Data quality", ["accuracy"]),
        P("The referring officer is responsible for checking that what they send is accurate and up to date when it is sent. "
          "If a partner later finds that information it has shared was wrong, it will tell the recipients within five working "
          "days so that records can be corrected."),
        H("7. Information security and retention", ["security", "retention"]),
        P("Each partner will hold referral information on systems that meet its own information security policy, with access "
          "limited to staff who need it. Information must not be stored on personal devices or printed unless necessary."),
        P("The Council retains homelessness case records for six years after the case is closed, in line with its retention "
          "schedule. Partners will keep copies of referrals only as long as their own retention schedules require and will then "
          "destroy them securely."),
        H("8. Rights of individuals", ["individual_rights"]),
        P("People referred have the rights set out in the UK GDPR, including the right of access, the right to rectification "
          "and the right to object. A subject access request received by one partner about information that came from another "
          "will be handled by the partner that received it, after consulting the originating partner."),
        H("9. Security incidents and breaches", ["breach"]),
        P("Any partner that becomes aware of a personal data breach involving referral information will inform the lead "
          "organisation's Information Governance Officer within 24 hours. The partner whose systems were involved will assess "
          "whether the breach must be reported to the Information Commissioner within 72 hours."),
        H("10. Complaints and Freedom of Information requests", ["complaints"]),
        P("Complaints about the handling of information under this agreement will be dealt with through the complaints "
          "procedure of the partner concerned. Requests under the Freedom of Information regime for this agreement will be "
          "handled by Chelmsford City Council, which publishes it."),
        H("11. Commencement, review and termination", ["agreement"]),
        P("This version of the agreement commences on 1 April 2023. It will be reviewed by 31 March 2025, or earlier if the law "
          "or the referral process changes. A partner may withdraw by giving one month's notice in writing to the lead "
          "organisation; information already shared remains subject to this agreement."),
        H("12. Signatures", ["agreement"]),
        T([["Organisation", "Name", "Post", "Date"],
           ["Chelmsford City Council", "Paul Brennan", "Director of Housing and Public Protection", "14/03/2023"],
           ["Essex County Council", "Rebecca Adeyemi", "Head of Adult Social Care, Mid Essex", "16/03/2023"],
           ["Department for Work and Pensions (Jobcentre Plus)", "Gary Whitlock", "Partnership Manager", "20/03/2023"],
           ["National Probation Service (Essex)", "Shona MacRae", "Head of Probation Delivery Unit", "17/03/2023"],
           ["Essex Partnership University NHS Foundation Trust (EPUT)", "Dr Priya Nair", "Caldicott Guardian", "22/03/2023"],
           ["Mid and South Essex NHS Foundation Trust", "Helen Corcoran", "Director of Operations", "24/03/2023"],
           ["Chelmsford Housing Partnership (CHP)", "Martin Oduya", "Data Protection Officer", "15/03/2023"],
           ["Essex Police", "Chief Inspector Daniel Frost", "Community Policing, Chelmsford", "28/03/2023"]], [5, 3.5, 5, 2.5]),
        PB,
        H("Appendix A - Legislation and guidance"),
        T([["Source", "Relevance"],
           ["Housing Act 1996, section 213B", "Duty of specified public authorities to refer"],
           ["Homelessness Reduction Act 2017", "Prevention and relief duties; duty to refer"],
           ["Homelessness (Review Procedure etc.) Regulations 2018", "Review of decisions"],
           ["Data Protection Act 2018 and UK GDPR", "Processing of personal data"],
           ["Care Act 2014", "Wellbeing and safeguarding of adults"],
           ["Human Rights Act 1998", "Article 8 rights"],
           ["Homelessness Code of Guidance for Local Authorities (guidance)", "Good practice on referrals"],
           ["Common law duty of confidentiality (not statute)", "Information given in confidence"]], [7, 8]),
        H("Appendix B - Referral data items"),
        T([["Data item", "Mandatory?"],
           ["Full name and any previous names", "Yes"], ["Date of birth", "Yes"], ["Current address", "Yes"],
           ["Telephone / email", "Yes"], ["Household composition", "Yes"], ["Reason for referral", "Yes"],
           ["Date accommodation will be lost", "If known"], ["Support needs", "If consented"],
           ["Risk information", "If relevant"], ["Consent confirmed (Y/N)", "Yes"]], [10, 5]),
    ])

# --------------------------------------------------------------------------------------
# A2  London Borough of Havering: hospital discharge (reportlab two-column)
# --------------------------------------------------------------------------------------
A2_PURPOSE = ("This protocol allows hospital ward staff, discharge coordinators and housing officers to share information "
              "about adult in-patients who have no safe home to return to, so that housing need is identified early in the "
              "admission and no patient is discharged to the street.")
A2_TITLE_LINES = ["Safe Hospital Discharge for Patients who are", "Homeless or at Risk of Homelessness"]
A2 = dict(
    id="A2", stem="lbh_hospital_discharge_homeless_patients", formats=["pdf_rl", "docx"],
    header="Safe Hospital Discharge - Homeless Patients | Joint Information Sharing Protocol",
    footer="London Borough of Havering - Housing Demand Service",
    heading_style="bold", font="Calibri", two_col=True,
    title="Safe Hospital Discharge for Patients who are Homeless or at Risk of Homelessness",
    lead={"name": "London Borough of Havering", "org": None},
    partners=[
        {"name": "Barking, Havering and Redbridge University Hospitals NHS Trust (BHRUT)", "org": None},
        {"name": "North East London NHS Foundation Trust (NELFT)", "org": "North East London NHS Foundation Trust"},
        {"name": "London Borough of Redbridge", "org": None},
        {"name": "London Borough of Barking and Dagenham", "org": None},
        {"name": "NHS North East London Integrated Care Board", "org": None},
    ],
    statutes=[
        {"citation": "section 213B of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "section 213B"},
        {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017, "provision": None},
        {"citation": "Schedule 3 to the Care Act 2014", "title": "Care Act", "year": 2014, "provision": "Schedule 3"},
        {"citation": "section 117 of the Mental Health Act 1983", "title": "Mental Health Act", "year": 1983, "provision": "section 117"},
        {"citation": "section 251B of the Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
        {"citation": "Health and Social Care Act 2015", "title": "Health and Social Care (Safety and Quality) Act", "year": 2015, "provision": None},
        {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
        {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
    ],
    review_date="2025-09-30", review_basis="explicit", commencement_date="2023-09-04",
    blocks=[
        TITLE(A2_TITLE_LINES, "Joint Information Sharing Protocol"),
        P("Housing, acute and community health partners in Barking and Dagenham, Havering and Redbridge"),
        T([["Owner", "London Borough of Havering (Housing Demand Service)"],
           ["Version", "1.3"],
           ["Approved by", "Havering Information Governance Board, 21 August 2023"],
           ["Next review", "September 2025"],
           ["Classification", "OFFICIAL"]], [4, 11]),
        T([["Version", "Date", "Change"],
           ["1.0", "March 2022", "Pilot at Queen's Hospital"],
           ["1.2", "June 2023", "Redbridge and Barking and Dagenham join"],
           ["1.3", "August 2023", "NELFT mental health wards added"]], [2, 4, 9]),
        PB,
        H("About this protocol", ["purpose"]),
        P(A2_PURPOSE),
        P("Homeless patients stay longer in hospital, are readmitted more often and die younger. The three boroughs and the NHS "
          "partners have agreed a single pathway: a ward identifies the patient, the hospital housing link worker screens them, "
          "and a referral is made to the borough the patient chooses."),
        H("The partners"),
        P("The London Borough of Havering owns this protocol and keeps the signed copies. The other signatory organisations are:"),
        B("Barking, Havering and Redbridge University Hospitals NHS Trust (BHRUT)",
          "North East London NHS Foundation Trust (NELFT)",
          "London Borough of Redbridge",
          "London Borough of Barking and Dagenham",
          "NHS North East London Integrated Care Board"),
        H("Information we will share", ["information_shared"]),
        P("Identity and contact details; NHS number; ward and expected date of discharge; the patient's housing history and "
          "current accommodation; health and care needs that affect what accommodation is suitable (mobility, medication, "
          "mental health, substance use); any care and support plan; risk information; and the housing outcome."),
        H("Why we are allowed to share", ["legal_basis"]),
        P("NHS trusts are specified public authorities for the duty to refer in section 213B of the Housing Act 1996, introduced "
          "by the Homelessness Reduction Act 2017. Discharge planning with social care is covered by Schedule 3 to the Care Act "
          "2014, and after-care for patients who have been detained is provided under section 117 of the Mental Health Act 1983."),
        P("Health and care bodies must share information for direct care under section 251B of the Health and Social Care Act "
          "2012, which was added by the Health and Social Care Act 2015. Personal data are processed under the Data Protection "
          "Act 2018 and the UK GDPR, Articles 6(1)(e) and 9(2)(h). The Caldicott Principles and the common law duty of "
          "confidentiality also apply; patients are told about the referral and can decline it."),
        H("Referral routes and timescales", ["format_frequency"]),
        P("The hospital housing link worker completes the shared referral form within 24 hours of a patient being identified and "
          "sends it by nhs.net or Egress secure email to the borough's hospital discharge mailbox. The borough replies within "
          "one working day. A weekly call between the link workers and the three housing teams reviews every open case."),
        H("Keeping information safe", ["security"]),
        P("Information is sent only by the secure routes above. Paper notes are not taken off the ward. Each partner keeps the "
          "referral on its own case system with role-based access and audit trails."),
        H("How long records are kept", ["retention"]),
        P("Hospital records follow the NHS Records Management Code of Practice. Borough housing records are kept for six years "
          "after the housing case closes and then securely destroyed."),
        H("Getting it right", ["accuracy"]),
        P("The person sending a referral checks it against the patient record so that it is accurate at the time of sending. "
          "Changes to the discharge date are notified the same day."),
        H("Your rights", ["individual_rights"]),
        P("Patients can ask any partner for a copy of the information it holds about them, ask for it to be rectified, and "
          "object to the referral. Each partner's privacy notice explains these rights."),
        H("If something goes wrong", ["breach"]),
        P("A lost or misdirected referral is a personal data breach. Tell your own information governance team straight away and "
          "tell the owner of this protocol within 24 hours. The organisation responsible decides whether to report to the ICO."),
        H("Signing up", ["agreement"]),
        P("This protocol takes effect on 4 September 2023 and will be reviewed in September 2025. Partners may leave by "
          "giving 30 days' notice to the owner."),
        T([["Organisation", "Signed by", "Role", "Date"],
           ["London Borough of Havering", "Darren Alleyne", "Head of Housing Demand", "29/08/2023"],
           ["Barking, Havering and Redbridge University Hospitals NHS Trust (BHRUT)", "Olufunke Bello", "Caldicott Guardian", "31/08/2023"],
           ["North East London NHS Foundation Trust (NELFT)", "James Ritter", "Senior Information Risk Owner", "01/09/2023"],
           ["London Borough of Redbridge", "Karen Lilley", "Housing Needs Manager", "30/08/2023"],
           ["London Borough of Barking and Dagenham", "Sunil Mistry", "Head of Homelessness", "01/09/2023"],
           ["NHS North East London Integrated Care Board", "Alison Tate", "Director of Place, Havering", "04/09/2023"]],
          [5, 3, 4, 2.5]),
    ])

# --------------------------------------------------------------------------------------
# A3  Safer Places: domestic abuse safe accommodation (charity hand; reportlab boxed)
# --------------------------------------------------------------------------------------
A3_PURPOSE = ("We share information so that survivors of domestic abuse, and their children, can move quickly and safely "
              "into refuge or other safe accommodation, and then on into a settled home, without having to tell their story "
              "again to every organisation they meet.")
A3 = dict(
    id="A3", stem="safer_places_safe_accommodation_dsa", formats=["pdf_rl", "docx", "doc"],
    header="Safer Places  -  Data Sharing Agreement  -  CONFIDENTIAL WHEN COMPLETED",
    footer="Safer Places is a registered charity. This agreement is reviewed by our Data Protection Lead.",
    heading_style="bold", font="Verdana",
    title="Domestic Abuse Safe Accommodation and Move-On Data Sharing Agreement",
    lead={"name": "Safer Places", "org": "Safer Places"},
    partners=[
        {"name": "Essex County Council", "org": "Essex County Council"},
        {"name": "Colchester City Council", "org": "Colchester Borough Council"},
        {"name": "Tendring District Council", "org": "Tendring District Council"},
        {"name": "Essex Police", "org": "Essex Police"},
        {"name": "Colne Housing Society", "org": "Colne Housing"},
        {"name": "Colchester and Tendring Women's Refuge", "org": "Colchester and Tendring Women's Refuge"},
    ],
    statutes=[
        {"citation": "Part 4 of the Domestic Abuse Act 2021", "title": "Domestic Abuse Act", "year": 2021, "provision": "Part 4"},
        {"citation": "Part 7 of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "Part 7"},
        {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
        {"citation": "section 9 of the Domestic Violence Crime and Victims Act 2004", "title": "Domestic Violence, Crime and Victims Act", "year": 2004, "provision": "section 9"},
        {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
        {"citation": "Schedule 1 to the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
        {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
        {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
    ],
    review_date="2024-10-01", review_basis="relative", commencement_date="2023-10-01",
    blocks=[
        SMALL("Safer Places  |  North East Essex Safe Accommodation Partnership"),
        TITLE(["Domestic Abuse Safe Accommodation and Move-On", "Data Sharing Agreement"]),
        P("This agreement is led by Safer Places on behalf of the North East Essex Safe Accommodation Partnership."),
        T([["Agreement owner", "Data Protection Lead, Safer Places"],
           ["Version", "3.0"],
           ["Signed off by", "Chief Executive, Safer Places"],
           ["Replaces", "Refuge Referrals Protocol (2017)"]], [5, 10]),
        H("Why we are sharing", ["purpose"]),
        P(A3_PURPOSE),
        P("Tier one local authorities must assess the need for support in safe accommodation and commission it. Housing "
          "authorities must help survivors who are homeless. Refuges and outreach services see survivors first. Sharing "
          "between us means a survivor's housing options can be worked out while she or he is safe in refuge, rather than "
          "after a crisis."),
        H("Who is involved"),
        P("The organisations signing this agreement are:"),
        T([["Organisation", "Role in the pathway", "Named contact"],
           ["Safer Places", "Refuge and community support provider; leads the agreement", "Head of Services (North East)"],
           ["Essex County Council", "Tier one authority for safe accommodation", "Domestic Abuse Commissioning Lead"],
           ["Colchester City Council", "Housing authority", "Housing Solutions Team Leader"],
           ["Tendring District Council", "Housing authority", "Housing Options Manager"],
           ["Essex Police", "Risk information and MARAC", "Domestic Abuse Problem Solving Team"],
           ["Colne Housing Society", "Move-on homes (registered provider)", "Tenancy Sustainment Manager"],
           ["Colchester and Tendring Women's Refuge", "Refuge provider", "Refuge Manager"]], [5, 6, 5]),
        H("What we will share", ["information_shared"]),
        B("the survivor's name, any alias, date of birth and safe contact method;",
          "children's names and dates of birth, and their schools where a move is planned;",
          "the DASH risk level and MARAC status;",
          "the areas the survivor must avoid and the perpetrator's name where known;",
          "housing history, current tenancy and any rent arrears;",
          "support needs, including immigration status where it affects access to public funds."),
        P("We never share the address of a refuge. Refuge locations are described only by district."),
        H("Our lawful basis", ["legal_basis"]),
        P("Essex County Council's duties come from Part 4 of the Domestic Abuse Act 2021. The housing authorities act under "
          "Part 7 of the Housing Act 1996. Essex Police and the councils may share to prevent crime under section 115 of the "
          "Crime and Disorder Act 1998, and information may also be shared for a domestic homicide review under section 9 of "
          "the Domestic Violence Crime and Victims Act 2004."),
        P("For all of us the UK GDPR lawful basis is Article 6(1)(e) (public task) or, for the charities, Article 6(1)(f) "
          "(legitimate interests). Information about health, ethnicity or sexual life is special category data and is shared "
          "under Article 9(2)(g) and the safeguarding condition in Schedule 1 to the Data Protection Act 2018."),
        P("Our old protocol, signed in 2017, was written under the Data Protection Act 1998; that Act has been repealed and "
          "this agreement replaces it. We also respect survivors' rights under the Human Rights Act 1998 and the common law "
          "duty of confidence."),
        H("How we share and how often", ["format_frequency"]),
        P("Referrals into refuge come through the national refuge vacancy service or by phone and are confirmed by secure "
          "email. Move-on referrals are made to the housing authority by its online form, flagged 'domestic abuse'. A "
          "fortnightly move-on meeting, chaired by Safer Places, reviews everyone who has been in refuge for more than eight weeks."),
        H("Keeping survivors' information safe", ["security"]),
        P("Information about survivors is only ever sent encrypted. Phone calls start with a check that the survivor is safe "
          "to talk. Case files are restricted so that staff who know the perpetrator cannot open them. Partners' housing "
          "systems mark the address as confidential."),
        H("How long we keep it", ["retention"]),
        P("Safer Places keeps case records for six years after support ends, or until the youngest child is 25 where there "
          "were safeguarding concerns. Partners follow their own retention schedules and destroy paper copies by shredding."),
        H("Survivors' rights", ["individual_rights"]),
        P("Survivors can ask any of us for a copy of their information, ask for it to be rectified or, in some cases, erased, "
          "and object to sharing. We will always check that releasing information cannot put anyone at risk."),
        H("Concerns and complaints", ["complaints"]),
        P("If a survivor is unhappy about how their information has been handled they can complain to the organisation "
          "concerned using its complaints policy, and then to the Information Commissioner's Office."),
        H("When things go wrong", ["breach"]),
        P("If information is sent to the wrong person, or a refuge location is disclosed, the partner must tell Safer Places' "
          "Data Protection Lead immediately so that the survivor's safety can be reviewed, and must report the breach to the "
          "ICO within 72 hours where the law requires."),
        H("Starting, reviewing and leaving this agreement", ["agreement"]),
        P("This agreement takes effect from 1 October 2023. It will be reviewed twelve months after it takes effect, and "
          "sooner if a serious incident shows it needs to change. Any partner can leave by writing to Safer Places with one "
          "month's notice."),
        H("Signatures", ["agreement"]),
        T([["Organisation", "Name and post", "Signature", "Date"],
           ["Safer Places", "Samantha Kirby, Chief Executive", "S. Kirby", "25 September 2023"],
           ["Essex County Council", "Mark Ellison, Head of Community Safety", "M. Ellison", "26 September 2023"],
           ["Colchester City Council", "Joanne Patel, Housing Solutions Manager", "J. Patel", "27 September 2023"],
           ["Tendring District Council", "Ian Wrigley, Head of Housing", "I. Wrigley", "27 September 2023"],
           ["Essex Police", "Detective Superintendent Lucy Barnes", "L. Barnes", "28 September 2023"],
           ["Colne Housing Society", "Raj Chauhan, Director of Housing", "R. Chauhan", "29 September 2023"],
           ["Colchester and Tendring Women's Refuge", "Elaine Moss, Refuge Manager", "E. Moss", "29 September 2023"]],
          [5, 6, 3, 3]),
    ])

# --------------------------------------------------------------------------------------
# A4  Estuary Housing Association: ASB (housing association hand; capital headings)
# --------------------------------------------------------------------------------------
A4_PURPOSE = ("The purpose of this agreement is to allow Estuary Housing Association and its partners to exchange "
              "information about anti-social behaviour by or against our residents, so that cases are investigated "
              "promptly, victims are supported and the right tools (warnings, acceptable behaviour contracts, injunctions "
              "or possession proceedings) are used at the right time.")
A4 = dict(
    id="A4", stem="estuary_ha_asb_information_sharing_agreement", formats=["docx", "pdf_lo"],
    header="Estuary Housing Association - Data Protection",
    footer="Uncontrolled when printed. Check the intranet for the current version.",
    heading_style="word", font="Tahoma",
    title="Anti-Social Behaviour Case Management Information Sharing Agreement",
    lead={"name": "Estuary Housing Association", "org": "Estuary Housing"},
    partners=[
        {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
        {"name": "Rochford District Council", "org": "Rochford District Council"},
        {"name": "Castle Point Borough Council", "org": "Castle Point Borough Council"},
        {"name": "Essex Police", "org": "Essex Police"},
        {"name": "Essex County Fire and Rescue Service", "org": "Essex County Fire and Rescue Service"},
    ],
    statutes=[
        {"citation": "Part 1 of the Anti-social Behaviour, Crime and Policing Act 2014", "title": "Anti-social Behaviour, Crime and Policing Act", "year": 2014, "provision": "Part 1"},
        {"citation": "Anti Social Behaviour Act 2003", "title": "Anti-social Behaviour Act", "year": 2003, "provision": None},
        {"citation": "Ground 14 of Schedule 2 to the Housing Act 1988", "title": "Housing Act", "year": 1988, "provision": "Schedule 2"},
        {"citation": "Section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
        {"citation": "Data Protection Act 2018, section 10", "title": "Data Protection Act", "year": 2018, "provision": "section 10"},
        {"citation": "General Data Protection Regulation (GDPR)", "title": "General Data Protection Regulation", "year": None, "provision": None},
    ],
    review_date="2022-06-30", review_basis="explicit", commencement_date="2019-07-01",
    blocks=[
        P("ESTUARY HOUSING ASSOCIATION"),
        T([["Document title", "Anti-Social Behaviour Case Management Information Sharing Agreement"],
           ["Document type", "Information Sharing Agreement (multi-agency)"],
           ["Responsible organisation", "Estuary Housing Association"],
           ["Document owner", "Data Protection Lead"],
           ["Version / status", "v1.0 - Approved"],
           ["Approved by", "Executive Director of Housing Services"],
           ["Equality impact assessment", "Completed May 2019"]], [5, 10]),
        P(""),
        T([["Version", "Date", "Details"],
           ["0.1", "April 2019", "Draft for partner consultation"],
           ["0.2", "May 2019", "Fire service added at request of Community Safety Partnership"],
           ["1.0", "June 2019", "Approved"]], [2, 3, 10]),
        PB,
        H("1. PURPOSE OF THIS AGREEMENT", ["purpose"]),
        P(A4_PURPOSE),
        P("It supports the work of the Community Safety Partnerships for Southend, Rochford and Castle Point and the "
          "Anti-Social Behaviour Risk Assessment Conference (ASBRAC)."),
        H("2. PARTIES"),
        P("This agreement is between Estuary Housing Association (the responsible organisation) and:"),
        B("Southend-on-Sea City Council (Community Safety and Housing)",
          "Rochford District Council",
          "Castle Point Borough Council",
          "Essex Police",
          "Essex County Fire and Rescue Service"),
        H("3. SCOPE AND INFORMATION TO BE SHARED", ["information_shared"]),
        P("The agreement covers residents of Estuary homes in the three districts, people who visit them, and anyone "
          "reported as causing or experiencing anti-social behaviour in or near those homes. Information that may be shared:"),
        B("names, addresses, dates of birth and contact details of perpetrators, victims and witnesses;",
          "details of incidents: date, time, location, nature of behaviour;",
          "police incident numbers, arrests, charges and convictions relevant to the case;",
          "vulnerabilities of victims or perpetrators, including mental health and safeguarding concerns;",
          "fire risk information (hoarding, arson, fire-setting);",
          "tenancy actions taken and their outcome."),
        H("4. LEGAL BASIS", ["legal_basis"]),
        P("Injunctions, community protection notices and closure orders are available under Part 1 of the Anti-social "
          "Behaviour, Crime and Policing Act 2014. Social landlords must publish their policies on anti-social behaviour "
          "under the Anti Social Behaviour Act 2003. Possession on the anti-social behaviour ground is sought under "
          "Ground 14 of Schedule 2 to the Housing Act 1988."),
        P("Section 115 of the Crime and Disorder Act 1998 allows any person to disclose information to a relevant authority "
          "(which includes a registered social landlord, the police and the councils) where it is necessary for the purposes "
          "of the Act."),
        P("Processing is lawful under the General Data Protection Regulation (GDPR), Article 6(1)(e) for the public "
          "bodies and Article 6(1)(f) for the Association, and under the Data Protection Act 2018, section 10 and Schedule 1 "
          "for criminal offence data."),
        H("5. ROLES AND RESPONSIBILITIES", ["accuracy"]),
        P("Each partner is a separate controller for the information it holds. Each partner is responsible for the accuracy "
          "of the information it discloses and for correcting it with recipients if it is found to be wrong. Named single "
          "points of contact in each partner make and receive disclosures."),
        H("6. METHOD AND FREQUENCY OF SHARING", ["format_frequency"]),
        P("Routine disclosures are made using the ASB disclosure request form sent by secure email. Urgent disclosures may be "
          "made by phone and confirmed in writing the same day. Cases are discussed at the monthly ASBRAC for each district."),
        H("7. SECURITY", ["security"]),
        P("Information must be sent encrypted and stored on each partner's case management system. Minutes of ASBRAC "
          "meetings are marked OFFICIAL-SENSITIVE and must not be forwarded outside the meeting membership."),
        H("8. RETENTION AND DISPOSAL", ["retention"]),
        P("The Association retains ASB case files for six years from closure, or for the length of any injunction or order "
          "if longer. Partners apply their own retention schedules and dispose of information securely."),
        H("9. SUBJECT ACCESS AND INDIVIDUALS' RIGHTS", ["individual_rights"]),
        P("A request for access to information received by one partner will be answered by that partner, after consulting the "
          "partner that supplied the information about any exemption, for example where disclosure would prejudice the "
          "prevention or detection of crime or identify a witness."),
        H("10. DATA BREACHES", ["breach"]),
        P("Partners will notify each other's single point of contact within 24 hours of discovering a breach involving "
          "shared information. Witness details are treated as high risk."),
        H("11. TERMINATION AND REVIEW", ["agreement"]),
        P("This agreement is effective from 1 July 2019 and will be reviewed by 30/06/2022 or sooner if legislation changes. "
          "A partner may end its participation by giving 28 days' notice to the Data Protection Lead."),
        H("12. SIGNATORIES", ["agreement"]),
        T([["Organisation", "Name", "Job title", "Date"],
           ["Estuary Housing Association", "Clare Dunmore", "Executive Director of Housing Services", "18 June 2019"],
           ["Southend-on-Sea City Council", "Peter Gallagher", "Head of Community Safety", "24 June 2019"],
           ["Rochford District Council", "Fiona Hale", "Community Safety Manager", "21 June 2019"],
           ["Castle Point Borough Council", "Tom Walsh", "Head of Housing", "25 June 2019"],
           ["Essex Police", "Inspector Nadia Khan", "District Commander, Southend", "27 June 2019"],
           ["Essex County Fire and Rescue Service", "Steve Rowe", "Prevention Manager, South", "28 June 2019"]],
          [5, 3.5, 5, 2.5]),
    ])

# --------------------------------------------------------------------------------------
# A5  Epping Forest District Council: tenancy fraud (reportlab, running header)
# --------------------------------------------------------------------------------------
A5_PURPOSE = ("Epping Forest District Council and the registered providers named in this agreement share data to prevent, "
              "detect and investigate social housing tenancy fraud: unlawful subletting, abandonment, false applications for "
              "housing, and fraudulent Right to Buy applications.")
A5 = dict(
    id="A5", stem="efdc_tenancy_fraud_data_sharing", formats=["pdf_rl", "docx", "doc"],
    header="EPPING FOREST DISTRICT COUNCIL  -  Social Housing Tenancy Fraud Data Matching and Investigation Agreement",
    footer="Counter Fraud and Housing Services  |  OFFICIAL-SENSITIVE",
    heading_style="word", font="Arial",
    title="Social Housing Tenancy Fraud Data Matching and Investigation Agreement",
    lead={"name": "Epping Forest District Council", "org": "Epping Forest District Council"},
    partners=[
        {"name": "Harlow Council", "org": "Harlow District Council"},
        {"name": "Uttlesford District Council", "org": "Uttlesford District Council"},
        {"name": "East Hertfordshire District Council", "org": None},
        {"name": "Moat Homes", "org": "Moat Housing"},
        {"name": "London and Quadrant Housing Trust (L&Q)", "org": "London and Quadrant"},
    ],
    statutes=[
        {"citation": "Prevention of Social Housing Fraud Act 2013", "title": "Prevention of Social Housing Fraud Act", "year": 2013, "provision": None},
        {"citation": "Fraud Act 2006", "title": "Fraud Act", "year": 2006, "provision": None},
        {"citation": "section 93 of the Housing Act 1985", "title": "Housing Act", "year": 1985, "provision": "section 93"},
        {"citation": "Schedule 9 to the Local Audit and Accountability Act 2014", "title": "Local Audit and Accountability Act", "year": 2014, "provision": "Schedule 9"},
        {"citation": "Schedule 2 to the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 2"},
        {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
    ],
    review_date=None, review_basis="none", commencement_date=None,
    blocks=[
        TITLE(["Social Housing Tenancy Fraud", "Data Matching and Investigation Agreement"], "DATA SHARING AGREEMENT"),
        P("Published by Epping Forest District Council, Counter Fraud Team, Civic Offices, Epping"),
        T([["Reference", "EFDC/CF/DSA/07"], ["Version", "1.2"], ["Status", "Signed"],
           ["Approved by", "Section 151 Officer; Data Protection Officer"],
           ["Classification", "OFFICIAL-SENSITIVE"]], [5, 10]),
        PB,
        H("Part A - Background and purpose", ["purpose"]),
        P(A5_PURPOSE),
        P("Every social home occupied fraudulently is a home denied to a household on the housing register or in temporary "
          "accommodation. The partners own or allocate homes across west Essex and east Hertfordshire, and fraudsters move "
          "between areas and landlords; matching data across organisations finds cases no single landlord would see."),
        H("Part B - The organisations"),
        P("Epping Forest District Council publishes this agreement and acts as the controller for the matching exercise. "
          "It is entered into with the following organisations:"),
        T([["Organisation", "Type", "Single point of contact"],
           ["Harlow Council", "Local housing authority and landlord", "Tenancy Fraud Investigator"],
           ["Uttlesford District Council", "Local housing authority and landlord", "Housing Investigations Officer"],
           ["East Hertfordshire District Council", "Local housing authority", "Housing Options Manager"],
           ["Moat Homes", "Registered provider", "Head of Tenancy Services"],
           ["London and Quadrant Housing Trust (L&Q)", "Registered provider", "Counter Fraud Manager"]], [6, 5, 5]),
        H("Part C - Legal powers", ["legal_basis"]),
        P("Unlawful subletting of a secure or assured tenancy is an offence under the Prevention of Social Housing Fraud Act "
          "2013, which also gives local authorities powers to require information from banks, utilities and others. False "
          "housing applications may be prosecuted under the Fraud Act 2006. A secure tenant who sublets the whole of the "
          "dwelling loses security of tenure under section 93 of the Housing Act 1985."),
        P("Data matching for the National Fraud Initiative is carried out under Schedule 9 to the Local Audit and "
          "Accountability Act 2014. Disclosures for the prevention or detection of crime are made under Schedule 2 to the "
          "Data Protection Act 2018 where the crime and taxation exemption applies, and otherwise under Article 6(1)(e) of "
          "the UK GDPR (public task) and, for the registered providers, Article 6(1)(f)."),
        H("Part D - Data to be matched and shared", ["information_shared"]),
        T([["Data set", "Provided by", "Fields"],
           ["Tenancy records", "All landlords", "Tenant names, DOB, NI number, address, tenancy start date"],
           ["Housing register", "Councils", "Applicant names, DOB, current address, household"],
           ["Right to Buy applications", "Councils", "Applicant details, length of residence claimed"],
           ["Investigation referrals", "Any partner", "Allegation, evidence summary, officer contact"]], [4, 3, 8]),
        H("Part E - How data are exchanged", ["format_frequency"]),
        P("Each landlord uploads an extract of its current tenancies to the Council's secure file transfer site twice a "
          "year, in April and October, in the agreed CSV layout. Matches are returned to the landlord concerned within "
          "six weeks. Individual investigation referrals can be made at any time by secure email."),
        H("Part F - Data quality", ["accuracy"]),
        P("Each partner checks its extract before upload and makes sure it is accurate and complete. A match is not evidence "
          "of fraud: every match is verified by the landlord before any action is taken against a tenant."),
        H("Part G - Security and retention", ["security", "retention"]),
        P("Extracts are encrypted in transit and at rest and are accessible only to named counter fraud staff. The matching "
          "files are deleted 3 months after the results are returned. Investigation files are retained for six years after "
          "the case concludes, or longer if proceedings are ongoing."),
        H("Part H - Incidents", ["breach"]),
        P("Any loss or unauthorised disclosure of shared data is a breach of this agreement and must be reported to the "
          "Council's Data Protection Officer within one working day."),
        H("Part I - Questions and concerns", ["complaints"]),
        P("A tenant or applicant who is unhappy with how their data has been used may complain to the partner concerned under "
          "its complaints procedure, and then to the Information Commissioner."),
        H("Part J - Signatures and duration", ["agreement"]),
        P("This agreement continues until it is replaced or terminated and will be kept under review by the Counter Fraud Team. "
          "Any partner may withdraw on three months' notice."),
        T([["For", "Signed", "Name", "Position", "Date"],
           ["Epping Forest District Council", "[signed]", "Andrew Simcox", "Section 151 Officer", "03/05/2022"],
           ["Harlow Council", "[signed]", "Lisa Okafor", "Head of Housing", "09/05/2022"],
           ["Uttlesford District Council", "[signed]", "Gavin Price", "Director of Housing", "12/05/2022"],
           ["East Hertfordshire District Council", "[signed]", "Helen Marsh", "Head of Housing and Health", "10/05/2022"],
           ["Moat Homes", "[signed]", "Colin Ward", "Director of Customer Services", "17/05/2022"],
           ["London and Quadrant Housing Trust (L&Q)", "[signed]", "Anita Desai", "Head of Counter Fraud", "19/05/2022"]],
          [5, 2, 3, 4, 2.5]),
    ])

# --------------------------------------------------------------------------------------
# A6  South Essex rough sleeping outreach (no lead; missing breach + accuracy)
# --------------------------------------------------------------------------------------
A6_PURPOSE = ("To enable outreach workers, council housing officers and health staff to share information about people "
              "found sleeping rough in Basildon, Brentwood, Castle Point and Thurrock, so that each person is verified, "
              "offered a bed or somewhere safe to stay the same night where possible, and supported off the street for good.")
A6 = dict(
    id="A6", stem="south_essex_rough_sleeping_outreach_isp", formats=["docx", "pdf_lo"],
    header="South Essex Rough Sleeping Partnership",
    footer="Information Sharing Protocol - Rough Sleeping Outreach",
    heading_style="bold", font="Calibri",
    title="Rough Sleeping Outreach, Street Referral and Somewhere Safe to Stay Protocol",
    lead=None,
    partners=[
        {"name": "Basildon Borough Council", "org": "Basildon Borough Council"},
        {"name": "Brentwood Borough Council", "org": "Brentwood Borough Council"},
        {"name": "Castle Point Borough Council", "org": "Castle Point Borough Council"},
        {"name": "Thurrock Council", "org": "Thurrock Council"},
        {"name": "One Support", "org": "One Support"},
        {"name": "Family Mosaic", "org": "Family Mosaic"},
        {"name": "St Mungo's", "org": None},
        {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
    ],
    statutes=[
        {"citation": "Part 7 of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "Part 7"},
        {"citation": "Homelessness Act 2002", "title": "Homelessness Act", "year": 2002, "provision": None},
        {"citation": "s.42 Care Act 2014", "title": "Care Act", "year": 2014, "provision": "section 42"},
        {"citation": "s.115 Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
        {"citation": "DPA 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
    ],
    review_date="2026-03-31", review_basis="explicit", commencement_date=None,
    blocks=[
        TITLE(["Rough Sleeping Outreach, Street Referral and", "Somewhere Safe to Stay Protocol"], "Information Sharing Protocol"),
        T([["Item", "Detail", "Responsible"],
           ["Privacy Impact Assessment", "RSP-DPIA-02 (2021)", "Partnership Coordinator"],
           ["Supporting procedure", "Outreach Verification Procedure v4", "Outreach Team Manager"],
           ["Associated contract", "Rough Sleeping Initiative grant agreement", "Partnership Coordinator"],
           ["Review date", "Mar-2026", "Partnership Board"]], [5, 6, 4]),
        P("Prepared by the Partnership Coordinator for the South Essex Rough Sleeping Partnership Board."),
        PB,
        H("1. Purpose", ["purpose"]),
        P(A6_PURPOSE),
        P("Outreach teams often meet the same person in different districts. A shared picture of who is on the street, what "
          "has been offered and what has worked stops people falling between services."),
        H("2. Parties"),
        P("The parties to this protocol are listed below. Each is an independent controller."),
        B("Basildon Borough Council", "Brentwood Borough Council", "Castle Point Borough Council", "Thurrock Council",
          "One Support", "Family Mosaic", "St Mungo's", "Essex Partnership University NHS Foundation Trust"),
        H("3. What may be shared", ["information_shared"]),
        P("Name or street name, description, date of birth if known, where the person was seen, how long they have been "
          "rough sleeping, local connection, nationality and immigration status, health and substance use needs, offers made "
          "and accepted, and any risks to workers."),
        H("4. Legal basis", ["legal_basis"]),
        P("The councils act under Part 7 of the Housing Act 1996 and their homelessness strategies under the Homelessness "
          "Act 2002. Where an adult at risk of abuse or neglect is identified, information is shared with the local "
          "authority under s.42 Care Act 2014 enquiries. Information about crime or disorder may be shared under s.115 Crime "
          "and Disorder Act 1998."),
        P("Personal data will be processed fairly and lawfully in accordance with the DPA 1998 and the conditions in "
          "Schedules 2 and 3, and the common law duty of confidentiality. Where possible the person's agreement is obtained "
          "when they are verified."),
        H("5. Individuals' access", ["individual_rights"]),
        P("Anyone can ask a party for the information it holds about them. The party that receives the request will respond "
          "and will consult the other parties before releasing information they supplied."),
        H("6. Security", ["security"]),
        P("The shared rough sleeper list is kept on the partnership's secure case system. It is never emailed as an "
          "attachment. Outreach workers use encrypted phones and must lock them when not in use."),
        H("7. How and when information is shared", ["format_frequency"]),
        P("Street contacts are recorded on the case system within 24 hours. A by-name list is reviewed at a weekly "
          "multi-agency case meeting for each district. Referrals from the public via StreetLink are passed to the "
          "outreach team for the district the same day."),
        H("8. Retention", ["retention"]),
        P("Records of people no longer rough sleeping are archived after 12 months without contact and deleted after six "
          "years."),
        H("9. Complaints", ["complaints"]),
        P("Complaints are handled by the party concerned under its own complaints policy."),
        H("10. Agreement", ["agreement"]),
        P("By signing, each party agrees to follow this protocol. A party can withdraw by telling the Partnership Board in "
          "writing."),
        T([["Organisation", "Name", "Position", "Date signed"],
           ["Basildon Borough Council", "Kerry Mahon", "Head of Housing", "11/03/2024"],
           ["Brentwood Borough Council", "Owen Lacey", "Housing Needs Manager", "14/03/2024"],
           ["Castle Point Borough Council", "Simone Grant", "Strategic Housing Manager", "12/03/2024"],
           ["Thurrock Council", "Ravi Bhandari", "Assistant Director, Housing", "19/03/2024"],
           ["One Support", "Debbie Fuller", "Operations Director", "13/03/2024"],
           ["Family Mosaic", "Neil Harker", "Head of Supported Housing", "15/03/2024"],
           ["St Mungo's", "Amara Obi", "Regional Head of Outreach", "18/03/2024"],
           ["Essex Partnership University NHS Foundation Trust", "Dr Sean Tully", "Clinical Director, Inclusion Health", "20/03/2024"]],
          [5.5, 3, 5, 2.5]),
    ])

# --------------------------------------------------------------------------------------
# A7  Thurrock Council: prison release accommodation (relative review; missing retention, complaints)
# --------------------------------------------------------------------------------------
A7_PURPOSE = ("This agreement enables prisons, probation and Thurrock Council's housing service to share information "
              "about people due for release from custody who have no settled accommodation, so that a housing plan is "
              "in place before the day of release and the risk of reoffending through homelessness is reduced.")
A7 = dict(
    id="A7", stem="thurrock_prison_release_accommodation_isa", formats=["docx", "pdf_lo", "doc"],
    header="Information Sharing Agreement: Accommodation on Release from Custody (Thurrock and South Essex)",
    footer="Thurrock Council Housing - Information Governance",
    heading_style="word", font="Cambria", title_only_in_header_and_table=True,
    title="Accommodation on Release from Custody (Thurrock and South Essex)",
    lead={"name": "Thurrock Council", "org": "Thurrock Council"},
    partners=[
        {"name": "HMP Chelmsford", "org": "HMP Chelmsford"},
        {"name": "HM Prison and Probation Service (HMPPS)", "org": None},
        {"name": "Department for Work and Pensions", "org": None},
        {"name": "Essex Police", "org": "Essex Police"},
        {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
        {"name": "South Essex Homes", "org": "South Essex Homes"},
        {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
    ],
    statutes=[
        {"citation": "section 213B of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "section 213B"},
        {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017, "provision": None},
        {"citation": "Offender Rehabilitation Act 2014", "title": "Offender Rehabilitation Act", "year": 2014, "provision": None},
        {"citation": "section 325 of the Criminal Justice Act 2003", "title": "Criminal Justice Act", "year": 2003, "provision": "section 325"},
        {"citation": "Criminal Justice and Courts Services Act 2000", "title": "Criminal Justice and Court Services Act", "year": 2000, "provision": None},
        {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
        {"citation": "Schedule 1 to the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
    ],
    review_date="2026-02-01", review_basis="relative", commencement_date="2024-02-01",
    blocks=[
        P("Thurrock Council"),
        P("Housing Solutions - Information Governance"),
        T([["Agreement", "Accommodation on Release from Custody (Thurrock and South Essex)"],
           ["Lead Authority", "Thurrock Council"],
           ["Prepared by", "Information Governance Lead (Housing)"],
           ["Approved by", "Corporate Director of Housing; Senior Information Risk Owner"],
           ["Version", "1.0 FINAL"],
           ["Date of next review", "24 months from the commencement date"]], [5, 10]),
        P("Document history"),
        T([["Ver.", "Date", "By", "Notes"],
           ["0.3", "Nov 2023", "IG Lead", "Consultation draft to HMPPS and DWP"],
           ["0.4", "Dec 2023", "IG Lead", "Police and ICB comments"],
           ["1.0", "Jan 2024", "IG Lead", "Signed"]], [2, 3, 3, 8]),
        PB,
        H("Section 1 - Overview", ["purpose"]),
        P(A7_PURPOSE),
        P("Around a third of people leaving prison in the region have nowhere settled to go. A place to live on the day of "
          "release is one of the strongest protective factors against reoffending."),
        H("Section 2 - Partner organisations"),
        P("Thurrock Council leads this agreement. The partner organisations are:"),
        T([["Partner", "Contact"],
           ["HMP Chelmsford", "Head of Reducing Reoffending"],
           ["HM Prison and Probation Service (HMPPS)", "Head of Commissioned Rehabilitative Services, East of England"],
           ["Department for Work and Pensions", "Prison Work Coach Lead, Essex"],
           ["Essex Police", "Integrated Offender Management Inspector"],
           ["Southend-on-Sea City Council", "Housing Options Manager"],
           ["South Essex Homes", "Tenancy Services Manager"],
           ["NHS Mid and South Essex Integrated Care Board", "Health and Justice Commissioning Lead"]], [7, 8]),
        H("Section 3 - Legal framework", ["legal_basis"]),
        P("Prisons and probation are specified public authorities for the duty to refer under section 213B of the Housing "
          "Act 1996, inserted by the Homelessness Reduction Act 2017. Supervision and resettlement duties arise under the "
          "Offender Rehabilitation Act 2014. Where a person is managed under MAPPA, information is shared under section 325 "
          "of the Criminal Justice Act 2003 (the arrangements were first set up by the Criminal Justice and Courts Services "
          "Act 2000)."),
        P("The council and NHS partners process under the UK GDPR, Article 6(1)(e) and Article 10, with the conditions in "
          "Schedule 1 to the Data Protection Act 2018. HMPPS and Essex Police process for law enforcement purposes under "
          "Part 3 of that Act."),
        H("Section 4 - Information covered", ["information_shared"]),
        B("name, prison number, PNC number, date of birth;", "release date and type (licence, end of sentence, HDC);",
          "index offence and MAPPA level where relevant; exclusion zones and licence conditions;",
          "local connection and accommodation history;", "health, disability and substance misuse needs;",
          "benefit claim status and Universal Credit advance arrangements."),
        H("Section 5 - Method and timing", ["format_frequency"]),
        P("The prison or probation practitioner makes a duty to refer referral at least 56 days before release wherever the "
          "sentence allows. Referrals are sent by secure email (cjsm.net or gov.uk). Thurrock Council replies within five "
          "working days. A monthly release-planning panel reviews everyone due for release in the next eight weeks."),
        H("Section 6 - Data quality", ["accuracy"]),
        P("The referring practitioner makes sure release dates and licence conditions are accurate and tells the council at "
          "once if a release date changes."),
        H("Section 7 - Information security", ["security"]),
        P("Partners use only the secure routes in section 5. Risk information is held in restricted areas of the council's "
          "housing system. Information is not copied onto removable media."),
        H("Section 8 - Rights of the people whose data is shared", ["individual_rights"]),
        P("A person may request a copy of their information from any partner. Partners will consult each other on exemptions "
          "relating to crime and risk before responding."),
        H("Section 9 - Security incidents", ["breach"]),
        P("A breach involving shared information must be reported to the Information Governance Lead (Housing) at Thurrock "
          "Council within 24 hours of discovery, and to the ICO by the responsible partner where required."),
        H("Section 10 - Commencement, review and sign-off", ["agreement"]),
        P("This agreement commences on 1 February 2024. It will be reviewed 24 months from that date, or earlier if the "
          "duty to refer or probation commissioning arrangements change. Partners may withdraw with one month's notice."),
        T([["Organisation", "Authorised signatory", "Position", "Date"],
           ["Thurrock Council", "Michelle Ogunleye", "Corporate Director of Housing", "22/01/2024"],
           ["HMP Chelmsford", "Governor Anthony Reeve", "Governing Governor", "24/01/2024"],
           ["HM Prison and Probation Service (HMPPS)", "Claire Whitfield", "Regional Probation Director, East of England", "25/01/2024"],
           ["Department for Work and Pensions", "Bernard Cole", "Service Leader, Essex", "26/01/2024"],
           ["Essex Police", "Superintendent Kate Lyons", "Head of Offender Management", "29/01/2024"],
           ["Southend-on-Sea City Council", "Angela Price", "Head of Housing Needs", "26/01/2024"],
           ["South Essex Homes", "Derek Amos", "Chief Executive", "30/01/2024"],
           ["NHS Mid and South Essex Integrated Care Board", "Dr Fatima Rahman", "Director of Health and Justice", "31/01/2024"]],
          [5.5, 4, 5, 2.5]),
        H("Appendix 1 - Abbreviations"),
        T([["Term", "Meaning"], ["HDC", "Home Detention Curfew"], ["MAPPA", "Multi-Agency Public Protection Arrangements"],
           ["PNC", "Police National Computer"], ["CJSM", "Criminal Justice Secure eMail"]], [4, 11]),
    ])

AGREEMENTS = [A1, A2, A3, A4, A5, A6, A7]

# --------------------------------------------------------------------------------------
# DOCX renderer
# --------------------------------------------------------------------------------------
def _add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def render_docx(ag, path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = ag["font"]; st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        hp = s.header.paragraphs[0]; hp.text = ag["header"]; hp.runs[0].font.size = Pt(8)
        fp = s.footer.paragraphs[0]; fp.text = ag["footer"] + "    Page "
        _add_field(fp, "PAGE")
        for r in fp.runs: r.font.size = Pt(8)
    for blk in ag["blocks"]:
        k = blk[0]
        if k == "title":
            _, lines, generic = blk
            if generic:
                p = d.add_paragraph(); r = p.add_run(generic); r.font.size = Pt(13); r.bold = True
                r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
            for ln in lines:
                p = d.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(20); r.bold = True
        elif k == "small":
            p = d.add_paragraph(); r = p.add_run(blk[1]); r.font.size = Pt(8); r.italic = True
        elif k == "h":
            _, text, keys, level = blk
            if ag["heading_style"] == "word":
                d.add_heading(text, level=level)
            else:
                p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(12)
        elif k == "p":
            d.add_paragraph(blk[1])
        elif k == "b":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "t":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j); c.text = val
                    if (len(rows[0]) == 2 and j == 0) or (len(rows[0]) > 2 and i == 0):
                        for r in c.paragraphs[0].runs: r.bold = True
                        _shade(c, "D9E2F3")
            if blk[2]:
                for j, w in enumerate(blk[2]):
                    for row in t.rows:
                        row.cells[j].width = Cm(w)
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    d.core_properties.author = "Information Governance"
    d.core_properties.title = ""
    import datetime as _dt
    d.core_properties.created = _dt.datetime(2024, 1, 15, 9, 0, 0)
    d.core_properties.modified = _dt.datetime(2024, 1, 15, 9, 0, 0)
    d.core_properties.last_modified_by = "Information Governance"
    d.core_properties.revision = 1
    d.save(path)
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# --------------------------------------------------------------------------------------
# reportlab renderer (own layouts: running headers, boxed tables, optional two columns)
# --------------------------------------------------------------------------------------
def render_rl(ag, path):
    W, Hh = PAGE_A4
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=6)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    hst = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=4,
                         textColor=colors.HexColor("#1F3864"))
    tst = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=25, textColor=colors.HexColor("#1F3864"))
    gst = ParagraphStyle("g", fontName="Helvetica", fontSize=12, leading=16, textColor=colors.grey, spaceAfter=8)
    sst = ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=8, leading=10, textColor=colors.grey)
    bst = ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2)
    two = ag.get("two_col")
    M = 2 * cm
    def on_page(c, doc):
        c.saveState()
        if doc.page > 1:
            c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#1F3864"))
            c.drawString(M, Hh - 1.2 * cm, ag["header"])
            c.setStrokeColor(colors.HexColor("#1F3864")); c.line(M, Hh - 1.35 * cm, W - M, Hh - 1.35 * cm)
        c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey)
        c.drawString(M, 1.1 * cm, ag["footer"])
        c.drawRightString(W - M, 1.1 * cm, "Page %d" % doc.page)
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=PAGE_A4, leftMargin=M, rightMargin=M, topMargin=2 * cm, bottomMargin=2 * cm,
                          title="", author="", invariant=1)
    full = Frame(M, 2 * cm, W - 2 * M, Hh - 4 * cm, id="full")
    gap = 0.7 * cm
    colw = (W - 2 * M - gap) / 2
    if two:
        body_frames = [Frame(M, 2 * cm, colw, Hh - 4 * cm, id="L"), Frame(M + colw + gap, 2 * cm, colw, Hh - 4 * cm, id="R")]
        bw = colw
    else:
        body_frames = [Frame(M, 2 * cm, W - 2 * M, Hh - 4 * cm, id="B")]
        bw = W - 2 * M
    doc.addPageTemplates([PageTemplate("cover", [full], onPage=on_page), PageTemplate("body", body_frames, onPage=on_page)])
    story = []
    in_body = False
    def table(rows, widths, avail):
        n = len(rows[0])
        ws = widths or [1] * n
        tot = sum(ws); cw = [avail * w / tot for w in ws]
        data = []
        for i, row in enumerate(rows):
            data.append([Paragraph(escape(v), cellb if ((n == 2 and j == 0) or (n > 2 and i == 0)) else cell)
                         for j, v in enumerate(row)])
        t = Table(data, colWidths=cw, repeatRows=1 if n > 2 else 0)
        sty = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#1F3864")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("BOX", (0, 0), (-1, -1), 1.4, colors.HexColor("#1F3864"))]
        if n > 2: sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")))
        else: sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#D9E2F3")))
        t.setStyle(TableStyle(sty))
        return t
    if not any(b[0] == "pb" for b in ag["blocks"]):
        story.append(NextPageTemplate("body")); in_body = True
    for blk in ag["blocks"]:
        k = blk[0]
        avail = bw if in_body else W - 2 * M
        if k == "title":
            _, lines, generic = blk
            story.append(Spacer(1, 3 * cm if not in_body else 0.3 * cm))
            if generic: story.append(Paragraph(escape(generic), gst))
            for ln in lines: story.append(Paragraph(escape(ln), tst))
            story.append(Spacer(1, 0.6 * cm))
        elif k == "small":
            story.append(Paragraph(escape(blk[1]), sst))
        elif k == "h":
            story.append(Paragraph(escape(blk[1]), hst))
        elif k == "p":
            if blk[1]: story.append(Paragraph(escape(blk[1]), base))
        elif k == "b":
            for it in blk[1]: story.append(Paragraph(escape(it), bst, bulletText="\u2022"))
        elif k == "t":
            story.append(table(blk[1], blk[2], avail)); story.append(Spacer(1, 8))
        elif k == "pb":
            story.append(NextPageTemplate("body")); story.append(PageBreak()); in_body = True
    doc.build(story)

# --------------------------------------------------------------------------------------
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def sections_of(ag):
    keys = []
    for b in ag["blocks"]:
        if b[0] == "h":
            for k in b[2]:
                if k not in keys: keys.append(k)
    return keys

ALL_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security", "format_frequency",
            "retention", "accuracy", "complaints", "breach", "agreement"]

def purpose_of(ag):
    seen = False
    for b in ag["blocks"]:
        if b[0] == "h" and "purpose" in b[2]: seen = True; continue
        if seen and b[0] == "p": return b[1]
    return None

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = "/tmp/homelessness_housing_build"
    if os.path.isdir(tmp): shutil.rmtree(tmp)
    os.makedirs(tmp)
    truth = []
    for ag in AGREEMENTS:
        stem = ag["stem"]
        made = []
        docx_path = os.path.join(OUT, stem + ".docx")
        need_docx_src = any(f in ("docx", "pdf_lo", "doc") for f in ag["formats"])
        if need_docx_src:
            src = docx_path if "docx" in ag["formats"] else os.path.join(tmp, stem + ".docx")
            render_docx(ag, src)
            if "docx" in ag["formats"]: made.append((stem + ".docx", "docx"))
            if "pdf_lo" in ag["formats"]:
                soffice(src, "pdf", OUT); made.append((stem + ".pdf", "pdf"))
            if "doc" in ag["formats"]:
                soffice(src, "doc", OUT); made.append((stem + ".doc", "doc"))
        if "pdf_rl" in ag["formats"]:
            render_rl(ag, os.path.join(OUT, stem + ".pdf")); made.append((stem + ".pdf", "pdf"))
        present = sections_of(ag)
        missing = [k for k in ALL_KEYS if k not in present]
        for fn, fmt in sorted(made):
            truth.append({
                "file": fn, "format": fmt, "title": ag["title"], "purpose": purpose_of(ag),
                "lead": ag["lead"], "partners": ag["partners"], "statutes": ag["statutes"],
                "review_date": ag["review_date"], "review_basis": ag["review_basis"],
                "commencement_date": ag["commencement_date"],
                "sections_present": [k for k in ALL_KEYS if k in present], "missing_sections": missing,
            })
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
    shutil.rmtree(tmp, ignore_errors=True)

if __name__ == "__main__":
    main()
