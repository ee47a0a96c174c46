"""Agreements 6 to 9: NPS resettlement (all tables), GMFRS Oldham form, Estuary ASB (title in
header only), Suffolk/Essex cross-border referrals."""
from __future__ import annotations

from docx.shared import Cm, Pt

from common import (bullets, dash_list, footer_text, header_text, new_doc, page_break, para,
                    save_docx, set_cell_text, set_widths, shade, table)

# --------------------------------------------------------------------------------------- 6

A6_TITLE = "Resettlement and Duty to Refer Information Sharing Agreement – North Essex"
A6_PURPOSE = ("To make sure that people leaving HMP Chelmsford, and people on probation in north "
              "Essex who are homeless or at risk of homelessness, are referred to the right local "
              "housing authority in good time, so that a housing plan is in place on the day of "
              "release and fewer people sleep rough or return to custody.")


def build_a6(out):
    d = new_doc(font="Arial", size=10, author="NPS Essex", meta_title="")
    header_text(d, "National Probation Service – Essex", "OFFICIAL")
    footer_text(d, "Resettlement ISA  –  NPS Essex  –  v1.1", of_total=False)
    t1 = d.add_table(rows=1, cols=2)
    t1.style = "Table Grid"
    top = t1.rows[0].cells
    merged = top[0].merge(top[1])
    set_cell_text(merged, "INFORMATION SHARING AGREEMENT", bold=True, size=13)
    shade(merged, "BFBFBF")
    rows = [("Title", A6_TITLE),
            ("Version", "1.1 (final)"),
            ("Responsible organisation", "National Probation Service (Essex)"),
            ("Other organisations",
             "HMP Chelmsford\nEssex Community Rehabilitation Company\nColchester Borough Council\n"
             "Tendring District Council\nBraintree District Council\nColne Housing Society\n"
             "Department for Work and Pensions (Jobcentre Plus)\nHome Office Immigration "
             "Enforcement"),
            ("Start date", "4 November 2019"),
            ("Review date", "31 October 2020"),
            ("Contact", "Head of Resettlement, NPS Essex (via the NPS Essex functional mailbox)")]
    for label, val in rows:
        c = t1.add_row().cells
        set_cell_text(c[0], label, bold=True, size=9.5)
        shade(c[0], "E7E6E6")
        set_cell_text(c[1], val, size=9.5)
    set_widths(t1, [4.6, 11.8])
    para(d, "")
    body = [
        ("Section", "Detail"),
        ("1. Purpose",
         A6_PURPOSE + "\n"
         "The agreement also covers the public protection information that councils and Colne "
         "Housing Society need in order to place people safely, including risks to children, "
         "partners and neighbours."),
        ("2. Background",
         "Since 1 October 2018 prisons and probation providers in England have been under a duty "
         "to refer people they think may be homeless or threatened with homelessness to a local "
         "housing authority of the person's choice, under section 213B of the Housing Act 1996 "
         "(inserted by the Homeless Reduction Act 2017). The duty only works if the referral "
         "arrives early and contains enough information for the council to act.\n"
         "Around a third of people released from HMP Chelmsford to north Essex had no settled "
         "address on release in 2018/19."),
        ("3. Information to be shared",
         "Referral (prison or probation to council): name, date of birth, prison number / CRN, "
         "release date and type, address history, the council chosen, consent to the referral, "
         "support needs (mental health, substance misuse, disability), and a summary of risk "
         "including MAPPA level and any restrictions on where the person may live.\n"
         "Council to prison / probation: receipt of referral, the duty owed, the officer "
         "dealing, offers of accommodation and the address on release.\n"
         "Colne Housing Society: the risk summary and licence conditions relevant to a tenancy "
         "offer, only after a council nomination.\n"
         "DWP (Jobcentre Plus prison work coaches): release date and address so that a "
         "Universal Credit claim can be started before release.\n"
         "Home Office Immigration Enforcement: confirmation of immigration status where it "
         "affects eligibility for housing assistance, on request from the council."),
        ("4. Legal basis",
         "First condition: Article 6(1)(e) of the General Data Protection Regulation (GDPR), "
         "performance of a public task. Where information is processed by prison or probation "
         "for a law enforcement purpose, Part 3 of the Data Protection Act 2018 applies.\n"
         "Powers and duties:\n"
         "–  section 213B of the Housing Act 1996 (duty to refer)\n"
         "–  section 14 of the Offender Management Act 2007 (disclosure for offender management "
         "purposes)\n"
         "–  section 325 of the Criminal Justice Act 2003 (MAPPA duty to co-operate)\n"
         "–  section 115 of the Crime and Disorder Act 1998\n"
         "–  Offender Rehabilitation Act 2014 (supervision after release for short sentences)\n"
         "–  section 20 of the Immigration and Asylum Act 1999 (supply of information to the "
         "Secretary of State)\n"
         "Special category and criminal offence data are processed under Article 9(2)(g) and "
         "Article 10, with Schedule 1 conditions."),
        ("5. How and how often",
         "Prison referrals are made by the Offender Management Unit at least 56 days before "
         "release, or as soon as possible for short sentences. Probation referrals are made "
         "when the need is identified.\n"
         "Referrals go to each council's duty to refer e-mail address or online form "
         "(listed in the annex held by NPS Essex). Councils acknowledge within 2 working days.\n"
         "A monthly resettlement meeting at HMP Chelmsford reviews everyone due for release "
         "to north Essex in the next 12 weeks."),
        ("6. Security",
         "Information is sent by secure e-mail (cjsm.net, gcsx or equivalent). Risk summaries "
         "are marked OFFICIAL-SENSITIVE. Paper referral forms must not leave the prison. "
         "Partners limit access to staff dealing with the case."),
        ("7. Accuracy",
         "The referring officer checks release dates with the prison's custody office before "
         "sending. Changes to a release date or address are sent to the council the same day."),
        ("8. Individuals' rights",
         "People are told about the referral and asked to choose the council, and their consent "
         "to the referral is recorded. Requests for personal information are handled by the "
         "organisation that receives them, which will consult the organisation that supplied "
         "the information. People can complain to the Information Commissioner's Office."),
        ("9. Complaints",
         "Complaints about the sharing are dealt with through each organisation's complaints "
         "procedure. NPS Essex will co-ordinate where more than one organisation is involved."),
        ("10. Breaches",
         "Any breach must be reported to the organisation's data protection officer within 24 "
         "hours and to NPS Essex. The organisation responsible decides whether to report to the "
         "ICO."),
        ("11. Agreement",
         "This agreement starts on the start date above. Organisations may withdraw by giving "
         "one month's notice to NPS Essex. Signatures are in the table below."),
    ]
    table(d, body, widths_cm=[3.6, 12.8], size=9.5, first_col_fill="F2F2F2", bold_first_col=True)
    para(d, "")
    sig = [("Organisation", "Signatory", "Role", "Date"),
           ("National Probation Service (Essex)", "Sharon Coote", "Head of Essex NPS",
            "28/10/2019"),
           ("HMP Chelmsford", "Nigel Parfitt", "Governing Governor", "29/10/2019"),
           ("Essex Community Rehabilitation Company", "Claire Bellamy", "Director of Operations",
            "30/10/2019"),
           ("Colchester Borough Council", "Ian Kerridge", "Housing Options Manager", "31/10/2019"),
           ("Tendring District Council", "Jo Lister", "Head of Housing", "01/11/2019"),
           ("Braintree District Council", "Mark Haddow", "Housing Needs Manager", "01/11/2019"),
           ("Colne Housing Society", "Denise Wray", "Director of Customer Services",
            "01/11/2019"),
           ("Department for Work and Pensions", "Andrew Kenyon",
            "Jobcentre Plus Partnership Manager, Essex", "04/11/2019"),
           ("Home Office Immigration Enforcement", "R. Dhillon", "HM Inspector, East of England",
            "04/11/2019")]
    table(d, sig, widths_cm=[5.6, 3.2, 5.2, 2.4], size=9)
    page_break(d)
    gl = [("Annex A – Terms used", ""),
          ("CRN", "Case reference number on nDelius"),
          ("OMU", "Offender Management Unit at HMP Chelmsford"),
          ("DTR", "Duty to refer (section 213B referral)"),
          ("MAPPA", "Multi-Agency Public Protection Arrangements"),
          ("NFA", "No fixed abode on release"),
          ("CJSM", "Criminal Justice Secure eMail service"),
          ("Housing plan", "The agreed accommodation arrangement for the day of release, "
                           "including who will meet the person")]
    at = table(d, gl, widths_cm=[4.0, 12.4], size=9.5, bold_first_col=True)
    at.cell(0, 0).merge(at.cell(0, 1))
    para(d, "")
    route = [("Annex B – Referral route", ""),
             ("Step 1", "12 weeks before release: OMU identifies that the person has no "
                        "settled address (resettlement screening)."),
             ("Step 2", "Person chooses the council and agrees to the referral. If they refuse, "
                        "record it; a referral can still be made to Colne Housing only with "
                        "their agreement."),
             ("Step 3", "OMU or probation practitioner sends the DTR referral with the risk "
                        "summary by secure e-mail."),
             ("Step 4", "Council acknowledges within 2 working days and names the officer."),
             ("Step 5", "Person discussed at the monthly resettlement meeting; housing plan "
                        "agreed or escalated to the Head of Resettlement if none 4 weeks "
                        "before release."),
             ("Step 6", "Jobcentre Plus prison work coach books the Universal Credit claim "
                        "appointment for the day of release."),
             ("Step 7", "On release the probation practitioner confirms the address to the "
                        "council and closes the referral, or re-refers if the placement "
                        "fails.")]
    rt = table(d, route, widths_cm=[2.4, 14.0], size=9.5, bold_first_col=True)
    rt.cell(0, 0).merge(rt.cell(0, 1))
    para(d, "")
    contacts = [("Annex C – Council referral points", "How to refer", "Acknowledgement"),
                ("Colchester Borough Council", "Duty to refer online form (Housing Options)",
                 "2 working days"),
                ("Tendring District Council", "Secure e-mail to Housing Options", "2 working days"),
                ("Braintree District Council", "Duty to refer online form", "2 working days"),
                ("Other councils", "National duty to refer finder on GOV.UK",
                 "As set by the council")]
    table(d, contacts, widths_cm=[5.6, 7.4, 3.4], size=9.5)
    path = out / "fh06_nps_resettlement_duty_to_refer.docx"
    save_docx(d, path)
    truth = {
        "title": A6_TITLE,
        "purpose": A6_PURPOSE,
        "lead": {"name": "National Probation Service (Essex)",
                 "org": "National Probation Service (Essex)"},
        "partners": [
            {"name": "HMP Chelmsford", "org": "HMP Chelmsford"},
            {"name": "Essex Community Rehabilitation Company",
             "org": "Essex Community Rehabilitation Company"},
            {"name": "Colchester Borough Council", "org": "Colchester Borough Council"},
            {"name": "Tendring District Council", "org": "Tendring District Council"},
            {"name": "Braintree District Council", "org": "Braintree District Council"},
            {"name": "Colne Housing Society", "org": "Colne Housing"},
            {"name": "Department for Work and Pensions", "org": None},
            {"name": "Home Office Immigration Enforcement", "org": None},
        ],
        "statutes": [
            {"citation": "section 213B of the Housing Act 1996", "title": "Housing Act",
             "year": 1996, "provision": "section 213B"},
            {"citation": "Homeless Reduction Act 2017", "title": "Homelessness Reduction Act",
             "year": 2017, "provision": None},
            {"citation": "Article 6(1)(e) of the General Data Protection Regulation (GDPR)",
             "title": "General Data Protection Regulation (EU)", "year": 2016,
             "provision": "Article 6(1)(e)"},
            {"citation": "Part 3 of the Data Protection Act 2018", "title": "Data Protection Act",
             "year": 2018, "provision": "Part 3"},
            {"citation": "section 14 of the Offender Management Act 2007",
             "title": "Offender Management Act", "year": 2007, "provision": "section 14"},
            {"citation": "section 325 of the Criminal Justice Act 2003",
             "title": "Criminal Justice Act", "year": 2003, "provision": "section 325"},
            {"citation": "section 115 of the Crime and Disorder Act 1998",
             "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Offender Rehabilitation Act 2014", "title": "Offender Rehabilitation Act",
             "year": 2014, "provision": None},
            {"citation": "section 20 of the Immigration and Asylum Act 1999",
             "title": "Immigration and Asylum Act", "year": 1999, "provision": "section 20"},
        ],
        "review_date": "2020-10-31",
        "review_basis": "explicit",
        "commencement_date": "2019-11-04",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "accuracy", "complaints", "breach",
                             "agreement"],
        "missing_sections": ["retention"],
    }
    return path, truth


# --------------------------------------------------------------------------------------- 7

A7_TITLE = "Safe and Well Visit Referrals – Oldham Partnership"
A7_PURPOSE = ("To let partners in Oldham refer adults who are at increased risk of fire to GMFRS "
              "for a Safe and Well visit, and to let GMFRS pass back to the referring partner any "
              "concerns found during the visit about the person's health, safety or care.")


def build_a7(out):
    d = new_doc(font="Arial", size=10, author="GMFRS Prevention", meta_title="DSA summary form")
    header_text(d, "GREATER MANCHESTER FIRE AND RESCUE SERVICE", "Prevention – Oldham Borough")
    footer_text(d, "Data Sharing Agreement – Safe and Well Referrals (Oldham)   |   Review: June 2025")
    para(d, "DATA SHARING AGREEMENT – SUMMARY FORM", bold=True, size=14, space_after=8)
    rows = [
        ("Name of agreement", A7_TITLE),
        ("Lead organisation", "Greater Manchester Fire and Rescue Service (GMFRS)"),
        ("Organisations",
         "•  Greater Manchester Fire and Rescue Service\n"
         "•  Oldham Metropolitan Borough Council (Adult Social Care; Community Safety)\n"
         "•  Greater Manchester Police (Oldham District)\n"
         "•  Northern Care Alliance NHS Foundation Trust (The Royal Oldham Hospital and Oldham "
         "community services)\n"
         "•  Pennine Care NHS Foundation Trust\n"
         "•  First Choice Homes Oldham"),
        ("Start date", "1 July 2024"),
        ("Purpose",
         A7_PURPOSE + "\n"
         "GMFRS is run by the Greater Manchester Combined Authority as fire and rescue authority. "
         "The Combined Authority itself does not receive any personal data under this agreement."),
        ("What information",
         "Referral: name, address, date of birth, phone, main language, why the person is at "
         "risk (smoking, mobility, living alone, memory problems, hoarding, oxygen, alcohol or "
         "drug use), key safe or access details, and whether the person has agreed.\n"
         "Feedback: visit date, equipment fitted, fire risks remaining, and any safeguarding or "
         "health concern found, sent to the referrer.\n"
         "GMP share information about threats of arson against a person only where needed to "
         "protect them."),
        ("Legal basis",
         "UK GDPR: Article 6(1)(e) public task for all partners; Article 9(2)(h) for health "
         "information, with Data Protection Act 2018, Schedule 1 conditions.\n"
         "GMFRS: section 6 of the Fire and Rescue Services Act 2004.\n"
         "Council: Care Act 2014.\n"
         "NHS partners: the duty to share information for direct care in the Health and Social "
         "Care Act 2015.\n"
         "The common law duty of confidentiality is met by consent in most cases."),
        ("How it will be shared",
         "Referrals through the GMFRS online partner referral form or by secure e-mail to the "
         "GMFRS Prevention Hub. Feedback to the referrer by secure e-mail within 28 days of the "
         "referral. Urgent concerns found on a visit are phoned through on the day."),
        ("Keeping it safe",
         "Secure e-mail only (NHSmail, gov.uk or Egress). Referral data is held on the GMFRS "
         "prevention system with role-based access. No personal data in meeting invites or "
         "subject lines."),
        ("Telling people",
         "Referrers explain what will be shared and why, and record consent. Each partner's "
         "privacy notice covers Safe and Well referrals."),
        ("Retention",
         "GMFRS keeps Safe and Well records for 6 years from the last contact. Partners keep "
         "feedback on the person's record under their own schedules."),
        ("Incidents",
         "Report any data incident to your own organisation's Information Governance team "
         "within 24 hours and tell the GMFRS Information Governance Officer."),
        ("Review date", "This agreement will be reviewed by the end of June 2025, or earlier if "
                        "a partner joins or leaves."),
    ]
    table(d, rows, widths_cm=[3.6, 12.8], header=False, first_col_fill="FFE699",
          bold_first_col=True, size=9.5)
    page_break(d)
    para(d, "Signed", bold=True, size=11)
    sig = [("Organisation", "Name and job title", "Date"),
           ("Greater Manchester Fire and Rescue Service", "Gary Hollins, Area Manager – Prevention",
            "03/06/2024"),
           ("Oldham Metropolitan Borough Council", "Rebecca Ashworth, Assistant Director, Adult "
                                                   "Social Care", "10/06/2024"),
           ("Greater Manchester Police", "Supt Imran Qadir, Oldham District", "12/06/2024"),
           ("Northern Care Alliance NHS Foundation Trust", "Diane Whitworth, Director of "
                                                            "Safeguarding", "17/06/2024"),
           ("Pennine Care NHS Foundation Trust", "Dr Simon Pickup, Caldicott Guardian",
            "18/06/2024"),
           ("First Choice Homes Oldham", "Carla Nuttall, Head of Neighbourhoods", "24/06/2024")]
    table(d, sig, widths_cm=[6.2, 7.6, 2.6], size=9)
    para(d, "")
    para(d, "Appendix – who to refer", bold=True, size=11)
    para(d, "Partners should refer anyone who has one or more of the following. GMFRS will "
            "prioritise visits using its own risk scoring.", size=9.5)
    crit = [("Risk factor", "Examples", "Priority"),
            ("Smoking", "Smokes in bed or chair; burn marks; uses paraffin-based creams",
             "High"),
            ("Mobility or sensory loss", "Cannot escape quickly; hearing loss; bed-bound",
             "High"),
            ("Memory and mental health", "Dementia, confusion, low mood, self-neglect", "High"),
            ("Home oxygen or medical equipment", "Oxygen cylinders, airflow mattress", "High"),
            ("Hoarding", "Clutter blocking exits or around heaters", "High"),
            ("Alcohol or drugs", "Cooking while intoxicated", "Medium"),
            ("Living alone, no support", "No family or carer calling regularly", "Medium"),
            ("Previous fire or near miss", "Pan fire, candle fire, fire brigade called before",
             "High"),
            ("Threat of arson", "Domestic abuse, hate crime, neighbour dispute (via GMP)",
             "High")]
    table(d, crit, widths_cm=[4.6, 9.2, 2.6], size=9)
    path = out / "fh07_gmfrs_oldham_safe_and_well.docx"
    save_docx(d, path)
    truth = {
        "title": A7_TITLE,
        "purpose": A7_PURPOSE,
        "lead": {"name": "Greater Manchester Fire and Rescue Service", "org": None},
        "partners": [
            {"name": "Oldham Metropolitan Borough Council", "org": None},
            {"name": "Greater Manchester Police", "org": None},
            {"name": "Northern Care Alliance NHS Foundation Trust", "org": None},
            {"name": "Pennine Care NHS Foundation Trust", "org": None},
            {"name": "First Choice Homes Oldham", "org": None},
        ],
        "statutes": [
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation",
             "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018, Schedule 1", "title": "Data Protection Act",
             "year": 2018, "provision": "Schedule 1"},
            {"citation": "section 6 of the Fire and Rescue Services Act 2004",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
            {"citation": "Health and Social Care Act 2015",
             "title": "Health and Social Care (Safety and Quality) Act", "year": 2015,
             "provision": None},
        ],
        "review_date": "2025-06-30",
        "review_basis": "explicit",
        "commencement_date": "2024-07-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "breach", "agreement"],
        "missing_sections": ["accuracy", "complaints"],
    }
    return path, truth


# --------------------------------------------------------------------------------------- 8

A8_TITLE = "Estate Anti-Social Behaviour Information Sharing Agreement"
A8_PURPOSE = ("This agreement allows the partners to share information about incidents of "
              "anti-social behaviour (ASB), criminal damage and deliberate fire-setting on and "
              "around the estates managed by Estuary Housing Association and Sanctuary Housing in "
              "Castle Point and Rochford, and about the people involved, so that cases can be "
              "assessed jointly and the right tools used early: support, warnings, Acceptable "
              "Behaviour Contracts, injunctions and, as a last resort, possession proceedings.")


def build_a8(out):
    d = new_doc(font="Times New Roman", size=11.5, author="Community Safety Team",
                meta_title="ASB ISA")
    h = header_text(d, "Estuary Housing Association", "", bold_left=True, size=8.5, rule=False)
    hp = h.add_paragraph()
    r = hp.add_run(A8_TITLE)
    r.font.size = Pt(9)
    r.italic = True
    from common import _bottom_border
    _bottom_border(hp)
    footer_text(d, "Estuary HA – Community Safety – OFFICIAL", of_total=False)
    for _ in range(5):
        para(d, "")
    para(d, "INFORMATION SHARING AGREEMENT", bold=True, size=26, align="center", space_after=18)
    para(d, "between the partners listed below", align="center", size=13, space_after=60)
    para(d, "Issue 1  •  April 2022", align="center", size=11)
    page_break(d)

    def H(t):
        para(d, t, bold=True, size=12, space_after=4)

    H("WHAT THIS AGREEMENT IS FOR")
    para(d, A8_PURPOSE, align="justify")
    para(d, "Deliberate fires in bin stores, stairwells and garages have been a particular "
            "problem on some estates, and are often linked to wider ASB by the same small group "
            "of people. Fire and police information is therefore included alongside housing "
            "information.", align="justify")
    H("WHO IS INVOLVED")
    dash_list(d, ["Estuary Housing Association",
                  "Sanctuary Housing Association (former Rochford Housing stock)",
                  "Castle Point Borough Council (Housing and Community Safety)",
                  "Rochford District Council (Community Safety)",
                  "Essex Police (Castle Point and Rochford Community Policing Team)",
                  "Essex County Fire and Rescue Service (Arson Reduction and Prevention)"],
              mark="•")
    para(d, "The Castle Point and Rochford Community Safety Partnership provides the meeting "
            "framework for this work but is not itself a party to this agreement.",
         align="justify")
    H("WHAT WE WILL SHARE")
    para(d, "Information will be shared about individual cases discussed at the fortnightly "
            "Estates ASB Case Conference and, between meetings, when a new incident needs a "
            "joint response. It may include:", align="justify")
    dash_list(d, ["names, dates of birth and addresses of perpetrators, victims and witnesses;",
                  "tenancy details, warnings, Acceptable Behaviour Contracts and legal action;",
                  "police incident numbers, crime references, arrests and charges where "
                  "relevant to the case;",
                  "fire incident details, including location, time and whether the fire was "
                  "started deliberately;",
                  "vulnerabilities of victims and perpetrators (age, disability, mental health, "
                  "substance misuse) where these affect the plan;",
                  "CCTV stills from estate cameras."], mark="•")
    H("THE LAW WE RELY ON")
    para(d, "Section 115 of the Crime and Disorder Act 1998 gives any person the power to "
            "disclose information to the police, councils and fire and rescue authorities "
            "where this is necessary for the purposes of the Act. Housing associations and "
            "councils have powers to tackle ASB under the Anti-social Behaviour, Crime and "
            "Policing Act 2014 (civil injunctions, closure orders and the absolute ground for "
            "possession) and Ground 14 of Schedule 2 to the Housing Act 1988. Castle Point "
            "Borough Council also acts as a landlord under the Housing Act 1985 and may bring "
            "proceedings under section 222 of the Local Government Act 1972.", align="justify")
    para(d, "Other relevant law: the Protection from Harassment Act 1997; the Criminal Damage "
            "Act 1971 (arson); and the Human Rights Act 1998, which means sharing must be "
            "necessary and proportionate.", align="justify")
    para(d, "Under the UK GDPR the councils, police and fire service rely on Article 6(1)(e) "
            "(public task) and the housing associations on Article 6(1)(f) (legitimate "
            "interests). Information about offences is processed in line with Article 10 and "
            "Schedule 1 of the DPA 2018.", align="justify")
    H("RIGHTS OF THE PEOPLE CONCERNED")
    para(d, "Each partner's privacy notice tells tenants and residents that information about "
            "ASB may be shared with the other partners. Consent will not usually be sought from "
            "alleged perpetrators, as this could prejudice the prevention of crime. Any person "
            "may ask a partner for the information it holds about them; the partner will check "
            "with the others before releasing anything that came from them.", align="justify")
    H("HOW INFORMATION WILL BE EXCHANGED")
    para(d, "The case conference meets every other Thursday at Castle Point Council offices or "
            "on Teams. Estuary Housing circulates the case list by secure e-mail two working "
            "days before. Between meetings, partners contact each other by phone or secure "
            "e-mail through the named single points of contact.", align="justify")
    H("KEEPING INFORMATION SECURE")
    para(d, "Case lists and minutes are sent only by secure e-mail and are password protected. "
            "They must not be forwarded outside the named contacts. CCTV stills are shown at "
            "the meeting but not sent out.", align="justify")
    H("HOW LONG INFORMATION IS KEPT")
    para(d, "Minutes are kept by Estuary Housing for three years after the last case on them is "
            "closed. Each partner keeps information it receives only for as long as it needs "
            "it for the case, and in line with its own retention schedule.", align="justify")
    H("IF INFORMATION IS LOST OR MISUSED")
    para(d, "Any partner that loses information or finds it has been misused must tell its own "
            "data protection officer and the other partners straight away. Serious breaches "
            "will be reported to the ICO by the partner responsible.", align="justify")
    H("START OF THIS AGREEMENT AND SIGNATURES")
    para(d, "This agreement comes into force on 2 May 2022. The partners will keep this "
            "agreement under review. A partner may withdraw by writing to the others.",
         align="justify")
    sig = [("Partner", "Signed by", "Position", "Date"),
           ("Estuary Housing Association", "Natalie Kerr", "Head of Neighbourhoods", "12/04/2022"),
           ("Sanctuary Housing Association", "Owen Pryce", "Area Manager, Essex", "14/04/2022"),
           ("Castle Point Borough Council", "Diane Morley", "Head of Housing and Communities",
            "19/04/2022"),
           ("Rochford District Council", "Steve Rudd", "Community Safety Manager", "20/04/2022"),
           ("Essex Police", "Insp. Laura Nkemdirim", "District Inspector, Castle Point & Rochford",
            "25/04/2022"),
           ("Essex County Fire and Rescue Service", "Mark Dennison",
            "Station Manager, Arson Reduction", "27/04/2022")]
    table(d, sig, widths_cm=[5.2, 3.4, 5.4, 2.4], size=9.5)
    path = out / "fh08_estuary_estate_asb.docx"
    save_docx(d, path)
    truth = {
        "title": A8_TITLE,
        "purpose": A8_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "Estuary Housing Association", "org": "Estuary Housing"},
            {"name": "Sanctuary Housing Association", "org": "Sanctuary Housing"},
            {"name": "Castle Point Borough Council", "org": "Castle Point Borough Council"},
            {"name": "Rochford District Council", "org": "Rochford District Council"},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Essex County Fire and Rescue Service",
             "org": "Essex County Fire and Rescue Service"},
        ],
        "statutes": [
            {"citation": "Section 115 of the Crime and Disorder Act 1998",
             "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Anti-social Behaviour, Crime and Policing Act 2014",
             "title": "Anti-social Behaviour, Crime and Policing Act", "year": 2014,
             "provision": None},
            {"citation": "Ground 14 of Schedule 2 to the Housing Act 1988", "title": "Housing Act",
             "year": 1988, "provision": "Schedule 2, Ground 14"},
            {"citation": "Housing Act 1985", "title": "Housing Act", "year": 1985,
             "provision": None},
            {"citation": "section 222 of the Local Government Act 1972",
             "title": "Local Government Act", "year": 1972, "provision": "section 222"},
            {"citation": "Protection from Harassment Act 1997",
             "title": "Protection from Harassment Act", "year": 1997, "provision": None},
            {"citation": "Criminal Damage Act 1971", "title": "Criminal Damage Act", "year": 1971,
             "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998,
             "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation",
             "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "Schedule 1 of the DPA 2018", "title": "Data Protection Act",
             "year": 2018, "provision": "Schedule 1"},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2022-05-02",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "breach", "agreement"],
        "missing_sections": ["accuracy", "complaints"],
    }
    return path, truth


# --------------------------------------------------------------------------------------- 9

A9_TITLE = "Essex and Suffolk Cross-Border Home Fire Safety Referrals"
A9_PURPOSE = ("This agreement allows the two fire and rescue services and their partners to pass "
              "referrals for home fire safety and Safe and Well visits to the service that covers "
              "the person's address, and to send back the outcome, so that nobody at risk of fire "
              "is missed because they live on the other side of the county boundary.")


def build_a9(out):
    d = new_doc(font="Verdana", size=9.5, author="SFRS Prevention", meta_title="")
    header_text(d, "SUFFOLK FIRE AND RESCUE SERVICE  –  part of Suffolk County Council", "OFFICIAL")
    footer_text(d, "Cross-border referrals DSA  v1.0")
    for _ in range(4):
        para(d, "")
    para(d, "SUFFOLK", bold=True, size=28, colour=(0x8B, 0x00, 0x00), space_after=0)
    para(d, "FIRE AND RESCUE SERVICE", bold=True, size=14, colour=(0x8B, 0x00, 0x00),
         space_after=60)
    para(d, "Data Sharing Agreement", size=14, space_after=4)
    para(d, A9_TITLE, bold=True, size=20, space_after=30)
    para(d, "Suffolk Fire and Rescue Service  •  Essex County Fire and Rescue Service  •  "
            "partner councils and health bodies in north Essex and south Suffolk", size=10,
         italic=True, space_after=80)
    para(d, "Version 1.0  –  March 2024", size=10)
    page_break(d)
    para(d, "Document control", bold=True, size=11)
    dc = [("Agreement", A9_TITLE),
          ("Owner", "Suffolk Fire and Rescue Service"),
          ("Author", "Prevention and Partnerships Manager"),
          ("Version", "1.0"),
          ("Date in force", "1 April 2024"),
          ("Review", "Annual – see section 10")]
    table(d, dc, widths_cm=[4.0, 12.4], header=False, first_col_fill="F8E5E5", size=9)
    para(d, "")
    vh = [("Version", "Date", "Notes"),
          ("0.1", "October 2023", "Draft following the Stour valley referral review"),
          ("0.2", "January 2024", "ECFRS and ESNEFT comments"),
          ("1.0", "March 2024", "Agreed by all parties")]
    table(d, vh, widths_cm=[2.0, 3.4, 11.0], size=8.5)

    def H(t):
        d.add_heading(t, level=2)

    H("1. Background and purpose")
    para(d, "Suffolk and Essex share a long boundary along the Stour valley. Health, care and "
            "housing staff often work on both sides of it, and referrals were being sent to the "
            "wrong fire service and then lost or delayed.")
    para(d, A9_PURPOSE)
    H("2. Parties")
    parties = [("Organisation", "Role in this agreement"),
               ("Suffolk Fire and Rescue Service", "Owner; makes and receives referrals"),
               ("Essex County Fire and Rescue Service", "Makes and receives referrals"),
               ("Suffolk County Council – Adult and Community Services", "Referrer"),
               ("Essex County Council – Adult Social Care (North East)", "Referrer"),
               ("Tendring District Council", "Referrer (housing and private sector housing)"),
               ("Colchester City Council", "Referrer (housing options)"),
               ("Babergh District Council", "Referrer (housing)"),
               ("Mid Suffolk District Council", "Referrer (housing)"),
               ("East Suffolk and North Essex NHS Foundation Trust", "Referrer (community "
                                                                     "nursing and hospital "
                                                                     "discharge)"),
               ("NHS Suffolk and North East Essex Integrated Care Board",
                "Receives anonymised figures only")]
    table(d, parties, widths_cm=[8.2, 8.2], size=9)
    H("3. Information shared")
    para(d, "Referral: name, address, telephone, date of birth, reason for referral, access "
            "arrangements and consent. Outcome: whether the visit happened, equipment fitted "
            "and any safeguarding concern passed on. Quarterly: counts of cross-border "
            "referrals by district for the ICB, with no personal data.")
    H("4. Lawful basis")
    para(d, "All parties rely on UK GDPR Article 6(1)(e) and, for health details, Article 9(2)(h) "
            "with the conditions in the Data Protection Act 2018. The powers used are:")
    dash_list(d, ["Fire and Rescue Services Act 2004 – section 6 (fire safety) and arrangements "
                  "between authorities under the same Act;",
                  "Care Act 2014, section 6 (co-operating generally);",
                  "section 2 of the Local Government Act 2000 (well-being power) for the district "
                  "councils;",
                  "Localism Act 2011 (general power of competence)."])
    H("5. Method and frequency")
    para(d, "Referrals are sent as they arise through each fire service's online referral "
            "form, or by secure e-mail where the form cannot be used. A referral received for "
            "an address in the other county is forwarded the same working day. Outcomes go "
            "back to the original referrer within 20 working days.")
    H("6. Security")
    para(d, "Secure e-mail (gov.uk, nhs.net) only. The two fire services' prevention hubs keep "
            "a shared log of forwarded referrals on a SharePoint site hosted by Suffolk County "
            "Council, with access for named hub staff only.")
    H("7. Accuracy and keeping up to date")
    para(d, "Referrers check addresses against the postcode finder on the form. The receiving "
            "fire service corrects obvious errors and tells the referrer.")
    H("8. Retention")
    para(d, "Each fire service keeps visit records under its own retention schedule (currently "
            "six years from last contact in both services). The forwarding log is cleared after "
            "12 months.")
    H("9. Rights of individuals and complaints")
    para(d, "People are told about the sharing at the point of referral and in each party's "
            "privacy notice. Requests for information and complaints are handled by the party "
            "that receives them, under its own procedures, and the other fire service is "
            "consulted if the request concerns a cross-border referral. People can also "
            "complain to the Information Commissioner.")
    H("10. Review, variation and signature")
    para(d, "This agreement will be reviewed annually from the date it comes into force. Changes "
            "may be agreed by e-mail between the two fire services and notified to the other "
            "parties.")
    sig = [("Party", "Name", "Post", "Date"),
           ("Suffolk Fire and Rescue Service", "Andrew Farrow", "Head of Prevention", "04/03/2024"),
           ("Essex County Fire and Rescue Service", "Jane Tibbles", "Area Manager, Prevention",
            "06/03/2024"),
           ("Suffolk County Council", "Martin Gooch", "Head of Adult Safeguarding", "08/03/2024"),
           ("Essex County Council", "Sonia Lyle", "Director, Adult Social Care North East",
            "11/03/2024"),
           ("Tendring District Council", "Tim Chaplin", "Head of Housing", "12/03/2024"),
           ("Colchester City Council", "Alex Wainwright", "Housing Options Manager", "13/03/2024"),
           ("Babergh District Council", "Lucy Fenn", "Housing Solutions Manager", "14/03/2024"),
           ("Mid Suffolk District Council", "Lucy Fenn", "Housing Solutions Manager (shared "
                                                         "service)", "14/03/2024"),
           ("East Suffolk and North Essex NHS Foundation Trust", "Dr Rajan Mehta",
            "Caldicott Guardian", "18/03/2024"),
           ("NHS Suffolk and North East Essex Integrated Care Board", "Clare Hollis",
            "Head of Information Governance", "19/03/2024")]
    table(d, sig, widths_cm=[6.0, 3.0, 5.0, 2.4], size=8.5)
    page_break(d)
    H("Appendix A – How a cross-border referral moves")
    para(d, "The flowchart agreed at the Stour valley workshop, written out:", italic=True)
    for stp in ["1. A referrer completes the online form of the fire service they normally use.",
                "2. The form's postcode check shows whether the address is in Essex or Suffolk.",
                "3. If the address is in the other county, the receiving hub forwards the "
                "referral to the other hub's mailbox the same working day and enters it on the "
                "forwarding log.",
                "4. The hub covering the address contacts the person and books the visit.",
                "5. After the visit, the outcome goes back to the original referrer (not to the "
                "forwarding hub).",
                "6. Each quarter, Suffolk prepares the count of forwarded referrals by district "
                "for the ICB."]:
        para(d, stp, space_after=3)
    H("Appendix B – Hub contacts")
    table(d, [("Service", "Team", "Hours"),
              ("Suffolk Fire and Rescue Service", "Prevention Hub, Ipswich", "Mon–Fri 08:30–17:00"),
              ("Essex County Fire and Rescue Service", "Community Safety Hub, Kelvedon Park",
               "Mon–Fri 08:00–16:30")], widths_cm=[6.0, 6.4, 4.0], size=9)
    para(d, "")
    para(d, "Mailbox addresses are kept on the partners' intranet pages and are not printed in "
            "this agreement.", size=9)
    path = out / "fh09_suffolk_essex_cross_border.docx"
    save_docx(d, path)
    truth = {
        "title": A9_TITLE,
        "purpose": A9_PURPOSE,
        "lead": {"name": "Suffolk Fire and Rescue Service", "org": None},
        "partners": [
            {"name": "Essex County Fire and Rescue Service",
             "org": "Essex County Fire and Rescue Service"},
            {"name": "Suffolk County Council", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Tendring District Council", "org": "Tendring District Council"},
            {"name": "Colchester City Council", "org": "Colchester Borough Council"},
            {"name": "Babergh District Council", "org": None},
            {"name": "Mid Suffolk District Council", "org": None},
            {"name": "East Suffolk and North Essex NHS Foundation Trust", "org": None},
            {"name": "NHS Suffolk and North East Essex Integrated Care Board", "org": None},
        ],
        "statutes": [
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": None},
            {"citation": "Fire and Rescue Services Act 2004 – section 6",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "Care Act 2014, section 6", "title": "Care Act", "year": 2014,
             "provision": "section 6"},
            {"citation": "section 2 of the Local Government Act 2000",
             "title": "Local Government Act", "year": 2000, "provision": "section 2"},
            {"citation": "Localism Act 2011", "title": "Localism Act", "year": 2011,
             "provision": None},
        ],
        "review_date": "2025-04-01",
        "review_basis": "relative",
        "commencement_date": "2024-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "accuracy",
                             "complaints", "agreement"],
        "missing_sections": ["breach"],
    }
    return path, truth
