"""Agreements 1, 2 and 4: ECFRS short form, ECFRS hoarding panel, CHP tenancy sustainment."""
from __future__ import annotations

from docx.shared import Cm, Pt

from common import (bullets, dash_list, footer_text, header_text, new_doc, page_break, para,
                    save_docx, set_cell_text, shade, table, text_box)

RED = (0xB0, 0x10, 0x10)

# --------------------------------------------------------------------------------------- 1


A1_TITLE = "Home Fire Safety Visit Referrals – Colchester Borough Homes Tenants"
A1_PURPOSE = ("Colchester Borough Homes tenancy and estate officers will refer tenants they think "
              "are at higher risk from fire to ECFRS, so that a free Home Fire Safety Visit can be "
              "offered. ECFRS will let CBH know when a visit has been carried out and about any "
              "serious fire risk found in the home, so that CBH can put it right as the landlord.")


def build_a1(out):
    d = new_doc(font="Arial", size=10, author="L Marchant", meta_title="Short form ISA")
    header_text(d, "ESSEX COUNTY FIRE & RESCUE SERVICE", "Prevention  |  Community Safety")
    footer_text(d, "OFFICIAL   |   CS-ISA-014  v1.2")
    para(d, "INFORMATION SHARING AGREEMENT (SHORT FORM)", bold=True, size=14, space_after=2)
    para(d, "Use this form for simple referral arrangements between ECFRS and one partner. "
            "For sharing between three or more organisations use the full ISA template.",
         italic=True, size=8.5)
    rows = [
        ("Name of agreement", A1_TITLE),
        ("Reference / version", "CS-ISA-014   /   Version 1.2"),
        ("Organisations",
         "1.  Essex County Fire and Rescue Service (ECFRS), Kelvedon Park, London Road, Rivenhall, "
         "Witham, Essex CM8 3HB\n"
         "2.  Colchester Borough Homes (CBH), Rowan House, 33 Sheepen Road, Colchester CO3 3WG. "
         "CBH manages the council housing stock on behalf of Colchester City Council."),
        ("Purpose",
         A1_PURPOSE + "\n"
         "This supports the ECFRS Prevention Strategy aim of reaching the people most at risk "
         "first, and CBH's responsibilities as a landlord, including for communal areas under the "
         "Regulatory Reform (Fire Safety) Order 2005."),
        ("What information",
         "CBH to ECFRS (referral form FS1):\n"
         "•  tenant's name, address, telephone number and date of birth\n"
         "•  why the referral is being made (for example smoker, limited mobility, lives alone, "
         "hoarding, home oxygen, previous fire, no working smoke alarm)\n"
         "•  any risk to visiting staff (dogs, aggression, needles)\n"
         "•  whether the tenant agreed to the referral\n"
         "ECFRS to CBH (feedback e-mail):\n"
         "•  date of visit or reason it did not happen\n"
         "•  alarms or equipment fitted\n"
         "•  landlord issues found: faulty fire doors, missing door closers, damaged alarms, "
         "storage in communal areas, serious clutter\n"
         "We will not pass on medical details beyond what is written on the referral form."),
        ("Legal basis",
         "ECFRS has a duty to promote fire safety under section 6 of the Fire and Rescue Service "
         "Act 2004. CBH manages the homes for the council under the Housing Act 1985.\n"
         "The lawful basis for both organisations is public task (UK GDPR Article 6(1)(e)). "
         "Health details are special category data; both organisations rely on the substantial "
         "public interest conditions in the Data Protection Act 2018.\n"
         "We ask the tenant's agreement before referring, as good practice."),
        ("How it will be shared",
         "CBH officers send form FS1 by e-mail to the ECFRS Community Safety Hub mailbox. "
         "Referrals are sent as they arise, usually two to five a week.\n"
         "ECFRS e-mails feedback to the referring officer within 10 working days of the visit, "
         "and phones CBH the same day if there is a serious risk to life."),
        ("Keeping it safe",
         "E-mail only between cbhomes.org.uk and essex-fire.gov.uk addresses, which are encrypted "
         "in transit (TLS). No lists or spreadsheets of tenants are to be sent. Printed forms "
         "are not to be taken on visits; crews use the ECFRS tablet record."),
        ("People's rights",
         "Both organisations tell tenants about the sharing in their privacy notices. A tenant "
         "who asks for a copy of their information (subject access) should be helped by "
         "whichever organisation they ask; that organisation will contact the other if the "
         "request covers both. A tenant can refuse a visit or ask for the referral to be "
         "withdrawn at any time."),
        ("Retention",
         "ECFRS keeps referral and visit records for 6 years after the last visit. CBH keeps "
         "feedback on the tenancy file for the length of the tenancy plus 6 years. Feedback "
         "e-mails are deleted from personal mailboxes once saved to the file."),
        ("Review date", "March 2025"),
    ]
    t = table(d, rows, widths_cm=[3.8, 12.6], header=False, first_col_fill="F2DCDB",
              bold_first_col=True, size=9.5)
    t.autofit = False
    para(d, "")
    para(d, "Signed", bold=True, size=11)
    sig = [("Organisation", "Name", "Job title", "Signature", "Date"),
           ("Essex County Fire and Rescue Service", "Lisa Marchant",
            "Community Safety Manager (North)", "L. Marchant", "06/03/2023"),
           ("Colchester Borough Homes", "Darren Hollis", "Head of Tenancy Services",
            "D Hollis", "09/03/2023")]
    table(d, sig, widths_cm=[4.4, 2.8, 4.0, 2.4, 2.4], size=9)
    para(d, "")
    para(d, "Form history", bold=True, size=9.5)
    table(d, [("Version", "Date", "Change"),
              ("1.0", "Feb 2019", "First agreement with CBH"),
              ("1.1", "Jun 2020", "Feedback e-mail replaced paper return slip"),
              ("1.2", "Feb 2023", "Referral reasons updated; home oxygen added")],
          widths_cm=[2.0, 2.6, 11.8], size=8.5)
    page_break(d)
    para(d, "Notes for CBH officers making a referral", bold=True, size=12)
    para(d, "These notes are for guidance and do not form part of the agreement.", italic=True,
         size=9)
    para(d, "Refer a tenant if any two of the following apply, or if any one applies and you "
            "are worried:", size=10)
    bullets(d, ["aged 65 or over and living alone;",
                "smokes, especially in bed or in an armchair;",
                "has limited mobility, poor sight or hearing, or memory problems;",
                "uses home oxygen, an airflow mattress or emollient creams;",
                "has a lot of clutter or is known to hoard;",
                "has had a fire, or signs of burns on carpets or furniture;",
                "drinks heavily or uses drugs;",
                "has no working smoke alarm."])
    para(d, "Completing form FS1", bold=True, size=10.5)
    dash_list(d, ["Tick every reason that applies – crews plan the visit from this.",
                  "Say how the tenant prefers to be contacted and whether an interpreter or a "
                  "family member should be present.",
                  "Put 'consent given' only if you have actually asked the tenant.",
                  "If the tenant is in immediate danger, do not use the form – dial 999."])
    para(d, "What happens next", bold=True, size=10.5)
    para(d, "The Community Safety Hub books the visit with the tenant, usually within three "
            "weeks. Crews or a Community Safety Officer carry out the visit, fit any equipment "
            "needed, and the Hub sends the feedback e-mail to you. If the tenant cannot be "
            "reached after three attempts the referral is closed and you will be told.",
         size=10)
    path = out / "fh01_cbh_hfsv_short_form.docx"
    save_docx(d, path)
    truth = {
        "title": A1_TITLE,
        "purpose": A1_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "Essex County Fire and Rescue Service",
             "org": "Essex County Fire and Rescue Service"},
            {"name": "Colchester Borough Homes", "org": "Colchester Borough Homes"},
        ],
        "statutes": [
            {"citation": "section 6 of the Fire and Rescue Service Act 2004",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "Regulatory Reform (Fire Safety) Order 2005",
             "title": "Regulatory Reform (Fire Safety) Order", "year": 2005, "provision": None},
            {"citation": "Housing Act 1985", "title": "Housing Act", "year": 1985,
             "provision": None},
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": None},
        ],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": None,
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "agreement"],
        "missing_sections": ["accuracy", "complaints", "breach"],
    }
    return path, truth


# --------------------------------------------------------------------------------------- 2

A2_TITLE = "Southend Multi-Agency Hoarding Panel Information Sharing Agreement"
A2_PURPOSE = ("This agreement lets the organisations on the Southend Multi-Agency Hoarding Panel "
              "share enough information about a person who hoards, and about the state of their "
              "home, to lower the risk of fire, protect the person's health and tenancy, and agree "
              "one joined-up support plan instead of several separate ones.")


def build_a2(out):
    d = new_doc(font="Arial", size=10.5, author="IG Officer ECFRS", meta_title="Hoarding ISA")
    header_text(d, "ECFRS  ▌ Safe and Secure Communities", "Southend Hoarding Panel ISA  v2.1")
    footer_text(d, "OFFICIAL  –  uncontrolled when printed")
    # cover
    para(d, "")
    para(d, "ESSEX COUNTY FIRE & RESCUE SERVICE", bold=True, size=18, colour=RED, space_after=0)
    para(d, "Protection and Prevention Directorate", size=11, space_after=40)
    para(d, "")
    para(d, "Southend Multi-Agency Hoarding Panel", bold=True, size=24, space_after=0)
    para(d, "Information Sharing Agreement", bold=True, size=24, space_after=12)
    para(d, "Version 2.1  –  September 2023", size=12)
    para(d, "Classification: OFFICIAL", size=10, space_after=24)
    para(d, "Document control", bold=True, size=11)
    dc = [("Document reference", "PP-ISA-009"),
          ("Version", "2.1"),
          ("Status", "Final"),
          ("Author", "Station Manager, Prevention (South Area)"),
          ("Data controller responsible for this agreement",
           "Essex County Fire and Rescue Service"),
          ("Approved by", "ECFRS Information Governance Board, 14/09/2023"),
          ("Date of next review", "30/09/2025")]
    table(d, dc, widths_cm=[6.0, 10.4], header=False, first_col_fill="EDEDED", size=9.5)
    para(d, "")
    para(d, "Version history", bold=True, size=11)
    vh = [("Version", "Date", "What changed", "By"),
          ("1.0", "11/01/2021", "First issue after the panel pilot in Shoeburyness and Westcliff",
           "SM Prevention"),
          ("1.1", "22/04/2022", "EPUT community mental health team added as a partner",
           "SM Prevention"),
          ("2.0", "03/07/2023", "CCG references replaced with the Integrated Care Board; RSPCA "
                                "added; retention periods updated", "IG Officer"),
          ("2.1", "14/09/2023", "Minor wording changes after partner comments", "IG Officer")]
    table(d, vh, widths_cm=[1.6, 2.4, 9.4, 3.0], size=9)
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=14)
    contents = [("1.", "Why we are sharing", "3"), ("2.", "Who is signed up", "3"),
                ("3.", "Words we use", "4"), ("4.", "What we will share", "4"),
                ("5.", "Our legal grounds", "5"),
                ("6.", "How the panel works and how information moves", "5"),
                ("7.", "Keeping it safe", "6"), ("8.", "Getting the facts right", "6"),
                ("9.", "How long we keep things", "6"), ("10.", "People's rights and requests", "7"),
                ("11.", "When things go wrong", "7"), ("12.", "Who does what", "7"),
                ("13.", "Signing up, leaving and reviewing", "8"),
                ("", "Appendix A – Referral route (flowchart in words)", "9"),
                ("", "Appendix B – Clutter Image Rating", "9"),
                ("", "Signatures", "10")]
    for num, head, pg in contents:
        p = para(d, f"{num}\t{head}\t{pg}", space_after=3)
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(1.0))
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    page_break(d)

    H = lambda text: d.add_heading(text, level=1)  # noqa: E731
    H("1. Why we are sharing")
    para(d, A2_PURPOSE)
    para(d, "Hoarding is a factor in a disproportionate number of the fatal and serious house "
            "fires that ECFRS attends. Fires in hoarded homes spread quickly, block escape routes "
            "and put firefighters at risk from collapse. Most of the people concerned are already "
            "known to at least one partner, but no single organisation holds the whole picture.")
    para(d, "The panel meets monthly. It does not replace safeguarding procedures: where a person "
            "is at risk of abuse or neglect, including self-neglect, a concern must still be "
            "raised with Southend Adult Social Care under section 42 of the Care Act 2014.")
    H("2. Who is signed up")
    para(d, "The following organisations have signed this agreement (signatures at the end):")
    parties = [("Organisation", "Represented on the panel by"),
               ("Essex County Fire and Rescue Service",
                "Prevention Manager (South); Fire Investigation Officer when needed"),
               ("Southend-on-Sea City Council (Adult Social Care; Environmental Health; Housing "
                "Solutions)", "Principal Social Worker; Senior Environmental Health Officer"),
               ("South Essex Homes", "Tenancy Sustainment Manager"),
               ("Essex Police", "Neighbourhood Inspector, Southend"),
               ("Essex Partnership University NHS Foundation Trust (EPUT)",
                "Community Mental Health Team Manager, Southend"),
               ("Mid and South Essex NHS Foundation Trust",
                "Adult Safeguarding Lead, Southend Hospital site"),
               ("NHS Mid and South Essex Integrated Care Board",
                "Designated Professional for Safeguarding Adults"),
               ("Royal Society for the Prevention of Cruelty to Animals (RSPCA)",
                "Inspector, Essex South (cases where animals are kept)")]
    table(d, parties, widths_cm=[8.2, 8.2], size=9.5)
    para(d, "")
    para(d, "Private landlords and other housing associations are not signatories. Where the "
            "person rents from another landlord, the panel will decide case by case whether the "
            "landlord needs to know, and will normally share only with the person's consent "
            "unless the fire risk to neighbours is serious.")
    H("3. Words we use")
    gl = [("Term", "Meaning in this agreement"),
          ("Hoarding", "Collecting and keeping a large amount of items to the point that living "
                       "space cannot be used as intended and there is a risk to health or safety."),
          ("Clutter Image Rating (CIR)", "A 1 to 9 picture scale used to score how cluttered "
                                         "each room is (Appendix B)."),
          ("Panel", "The Southend Multi-Agency Hoarding Panel."),
          ("Panel coordinator", "The ECFRS Prevention administrator who keeps the referral log, "
                                "agenda and action log."),
          ("Lead professional", "The panel member agreed to be the person's main contact."),
          ("Self-neglect", "Not caring for one's own personal hygiene, health or surroundings, "
                           "including hoarding."),
          ("HFSV / Safe and Well visit", "A free ECFRS visit to check smoke alarms, escape "
                                         "routes and fire risks, and to give advice."),
          ("Special category data", "Information about health, ethnicity, religion, sexual "
                                    "life and similar, which needs extra protection."),
          ("Data controller", "An organisation that decides why and how personal information is "
                              "used. Every partner is a controller in its own right.")]
    table(d, gl, widths_cm=[4.6, 11.8], size=9)
    H("4. What we will share")
    para(d, "Only what the panel needs for the case in front of it. In most cases that will be:")
    bullets(d, [
        "name, date of birth, address, tenure and landlord;",
        "who else lives at the address, including children, and any animals;",
        "the Clutter Image Rating for each room, and photographs where the person agreed to them;",
        "fire risks: blocked exits, smoking, candles, portable heaters, home oxygen, whether smoke "
        "alarms work;",
        "relevant physical and mental health information, including any capacity assessment;",
        "risks to visiting staff (dogs, needles, structural damage, aggression);",
        "what has already been tried and how it went;",
        "police information where it is relevant to risk (for example arson, threats, warning "
        "markers). This is given verbally at the panel and minuted only as \u2018police "
        "information shared\u2019."])
    para(d, "We will not share full clinical records, whole criminal histories, or information "
            "about neighbours.")
    H("5. Our legal grounds")
    para(d, "Each partner is a separate data controller for the information it holds and for "
            "what it receives through the panel. Under the UK GDPR the lawful basis for the "
            "public-sector partners is Article 6(1)(e), a task carried out in the public interest "
            "or in the exercise of official authority. The RSPCA relies on Article 6(1)(f), "
            "legitimate interests.")
    para(d, "Health and other special category information is shared under Article 9(2)(h) "
            "(health and social care) or Article 9(2)(g) (substantial public interest), with the "
            "conditions in Schedule 1 of the Data Protection Act 2018, in particular paragraph 18 "
            "(safeguarding of children and of individuals at risk).")
    para(d, "The powers and duties that make the sharing necessary are:")
    dash_list(d, [
        "Fire and Rescue Services Act 2004, section 6 – duty to promote fire safety",
        "Care Act 2014 – wellbeing, co-operation and safeguarding duties",
        "Mental Capacity Act 2005 – where there is doubt about a person's capacity to accept "
        "help or agree to sharing",
        "Housing Act 2004, Part 1 – Housing Health and Safety Rating System (Environmental Health "
        "and South Essex Homes)",
        "Public Health Act 1936, section 83 – cleansing of filthy or verminous premises",
        "Prevention of Damage by Pest Act 1949 – infestations",
        "Crime and Disorder Act 1998, section 115 – disclosure to and from Essex Police",
        "Human Rights Act 1998 – any sharing must respect private and family life (Article 8) and "
        "be proportionate"])
    para(d, "Staff must also respect the common law duty of confidence and, for health partners, "
            "the Caldicott principles. Consent is always sought first (see section 10), but it is "
            "not our lawful basis under the UK GDPR, and the panel can share without consent "
            "where the risk of fire to the person or to others is serious.")
    H("6. How the panel works and how information moves")
    para(d, "Referrals are made on the panel referral form and e-mailed to the panel "
            "coordinator's mailbox. The coordinator checks the form, asks ECFRS crews to offer a "
            "Safe and Well visit within five working days, and adds the case to the next agenda.")
    para(d, "The panel meets on the first Tuesday of each month, in person at the Civic Centre or "
            "on Microsoft Teams. The agenda is sent five working days before the meeting and the "
            "action log within five working days after it. Both go only to named panel members.")
    para(d, "Urgent cases (immediate risk to life) are not held for the panel: the referrer "
            "phones ECFRS Control or 999 and the relevant partner the same day.")
    H("7. Keeping it safe")
    bullets(d, [
        "Agenda and action logs are sent by secure e-mail. Where a partner's address is not on "
        "a secure government or NHS domain, Egress encryption is used.",
        "Teams meetings are not recorded. Cameras in home offices must not show papers.",
        "Paper copies brought to the panel are collected by the coordinator and shredded.",
        "Only staff who need to know may see panel information; each partner keeps an "
        "access-controlled folder for it.",
        "Photographs are stored on the partner's case system, never on personal phones."])
    H("8. Getting the facts right")
    para(d, "Whoever provides information is responsible for it being accurate and up to date "
            "when it is shared, and for saying where it is an opinion rather than a fact. If a "
            "partner finds that information it shared was wrong, it tells the coordinator, who "
            "corrects the action log and informs the other panel members.")
    H("9. How long we keep things")
    para(d, "The coordinator deletes referral forms from the shared mailbox after three months, "
            "once they are saved to the ECFRS case record. ECFRS keeps panel action logs for six "
            "years after a case is closed. Other partners keep what they receive in line with "
            "their own retention schedules and then destroy it securely.")
    H("10. People's rights and requests")
    para(d, "Each partner's privacy notice explains this sharing. The referrer should explain "
            "the panel to the person, ask for their agreement and record the answer. If the "
            "person refuses, the referrer can still bring the case to the panel where the risk "
            "is serious, and must record why.")
    para(d, "Requests from a person for their own information are handled by the partner that "
            "receives them, which will consult the others before releasing panel information. "
            "Panel papers are exempt from public release under section 40 of the Freedom of "
            "Information Act 2000, because they are personal information.")
    H("11. When things go wrong")
    para(d, "Any loss or wrong disclosure of panel information is reported straight away to the "
            "partner's own data protection officer and, within 24 hours, to the ECFRS Information "
            "Governance Manager, who will tell any other partner affected. The partner whose "
            "information was involved decides whether the Information Commissioner must be told "
            "(within 72 hours) and whether the person should be told.")
    H("12. Who does what")
    para(d, "R = responsible, A = accountable, C = consulted, I = informed.", italic=True, size=9)
    raci = [("Activity", "ECFRS", "SCC", "SEH", "EP", "EPUT", "MSEFT", "ICB", "RSPCA"),
            ("Keeping this agreement up to date", "A/R", "C", "C", "C", "C", "C", "C", "I"),
            ("Chairing the panel", "A/R", "C", "I", "I", "I", "I", "I", "I"),
            ("Referral log, agenda and action log", "R", "I", "I", "I", "I", "I", "I", "I"),
            ("Safe and Well visit and fire risk advice", "A/R", "I", "I", "I", "I", "I", "", ""),
            ("Safeguarding enquiry (section 42)", "C", "A/R", "C", "C", "C", "C", "I", "C"),
            ("Capacity assessment", "C", "R", "C", "", "R", "R", "", ""),
            ("Environmental health enforcement", "C", "A/R", "C", "", "", "", "", "C"),
            ("Reporting breaches", "R", "R", "R", "R", "R", "R", "R", "R")]
    table(d, raci, widths_cm=[5.2, 1.4, 1.2, 1.2, 1.1, 1.4, 1.6, 1.2, 1.6], size=8.5)
    H("13. Signing up, leaving and reviewing")
    para(d, "This version of the agreement takes effect from 1 October 2023 and replaces version "
            "2.0.")
    para(d, "ECFRS will review it by the date shown in the document control table, or sooner if "
            "the law changes, a partner leaves, or a serious breach happens.")
    para(d, "A partner can leave by giving one month's notice in writing to the ECFRS "
            "Information Governance Manager. Information already shared must still be handled "
            "in line with this agreement after a partner leaves.")
    page_break(d)
    para(d, "Appendix A – Referral route (flowchart in words)", bold=True, size=13)
    para(d, "The flowchart used at panel training is described here box by box.", italic=True)
    steps = [
        "Box 1 – A worker visits the home and sees serious clutter (CIR 5 or above in any room).",
        "Box 2 – Is there an immediate risk to life, for example exits blocked, a smell of gas or "
        "signs of fire? YES: call 999 and stop here. NO: go to Box 3.",
        "Box 3 – Talk to the person and ask if they agree to a referral. Record the answer.",
        "Box 4 – Complete the panel referral form and e-mail it to the coordinator.",
        "Box 5 – Coordinator checks the form and asks ECFRS to offer a Safe and Well visit within "
        "five working days.",
        "Box 6 – Case goes on the next panel agenda.",
        "Box 7 – Panel agrees a lead professional and an action plan.",
        "Box 8 – Case reviewed at each panel until the CIR is 3 or below at two panels in a row.",
        "Box 9 – Case closed and referrer told. Arrow back to Box 1 if concerns return."]
    for s in steps:
        para(d, s, space_after=3)
    para(d, "")
    para(d, "Appendix B – Clutter Image Rating", bold=True, size=13)
    para(d, "The CIR uses three sets of nine photographs (living room, kitchen, bedroom). Ratings "
            "1 to 3 need no action from the panel; 4 to 6 mean the person should be offered "
            "support and a Safe and Well visit; 7 to 9 mean the home is a serious fire risk and "
            "the case should be referred to the panel straight away.")
    page_break(d)
    para(d, "Signatures", bold=True, size=13)
    para(d, "By signing, each organisation agrees to share and handle information as set out "
            "above.")
    sig = [("Organisation", "Name", "Post", "Signature", "Date"),
           ("Essex County Fire and Rescue Service", "Karen Blythe", "Area Manager, Prevention",
            "K Blythe", "18/09/2023"),
           ("Southend-on-Sea City Council", "Marcus Adeyemi", "Director of Adult Social Care",
            "M Adeyemi", "20/09/2023"),
           ("South Essex Homes", "Julie Fensome", "Director of Housing Operations", "J Fensome",
            "21/09/2023"),
           ("Essex Police", "Ch Insp Rob Garnham", "District Commander, Southend", "R Garnham",
            "25/09/2023"),
           ("Essex Partnership University NHS Foundation Trust", "Dr Alison Pryke",
            "Caldicott Guardian", "A Pryke", "26/09/2023"),
           ("Mid and South Essex NHS Foundation Trust", "Sandra Oyelaran", "Head of Safeguarding",
            "S Oyelaran", "27/09/2023"),
           ("NHS Mid and South Essex Integrated Care Board", "Peter Whitlow",
            "Deputy Director of Nursing (Safeguarding)", "P Whitlow", "28/09/2023"),
           ("RSPCA", "Insp. Gemma Ford", "Inspector, Essex South", "G Ford", "29/09/2023")]
    table(d, sig, widths_cm=[5.0, 3.0, 4.2, 2.2, 2.0], size=9)
    path = out / "fh02_southend_hoarding_panel.docx"
    save_docx(d, path)
    truth = {
        "title": A2_TITLE,
        "purpose": A2_PURPOSE,
        "lead": {"name": "Essex County Fire and Rescue Service",
                 "org": "Essex County Fire and Rescue Service"},
        "partners": [
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "South Essex Homes", "org": "South Essex Homes"},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Mid and South Essex NHS Foundation Trust", "org": None},
            {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
            {"name": "Royal Society for the Prevention of Cruelty to Animals", "org": None},
        ],
        "statutes": [
            {"citation": "section 42 of the Care Act 2014", "title": "Care Act", "year": 2014,
             "provision": "section 42"},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation",
             "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "Schedule 1 of the Data Protection Act 2018",
             "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
            {"citation": "Fire and Rescue Services Act 2004, section 6",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "Mental Capacity Act 2005", "title": "Mental Capacity Act", "year": 2005,
             "provision": None},
            {"citation": "Housing Act 2004, Part 1", "title": "Housing Act", "year": 2004,
             "provision": "Part 1"},
            {"citation": "Public Health Act 1936, section 83", "title": "Public Health Act",
             "year": 1936, "provision": "section 83"},
            {"citation": "Prevention of Damage by Pest Act 1949",
             "title": "Prevention of Damage by Pests Act", "year": 1949, "provision": None},
            {"citation": "Crime and Disorder Act 1998, section 115",
             "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998,
             "provision": None},
            {"citation": "section 40 of the Freedom of Information Act 2000",
             "title": "Freedom of Information Act", "year": 2000, "provision": "section 40"},
        ],
        "review_date": "2025-09-30",
        "review_basis": "explicit",
        "commencement_date": "2023-10-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "accuracy", "breach",
                             "agreement"],
        "missing_sections": ["complaints"],
    }
    return path, truth


# --------------------------------------------------------------------------------------- 4

A4_TITLE = "Tenancy Sustainment and Fire Risk Referral Pathway"
A4_PURPOSE = ("The purpose of this agreement is to set up a single referral pathway so that CHP, "
              "Essex County Fire and Rescue Service and the other partners can share information "
              "about tenants whose tenancy is at risk and whose home or behaviour also presents a "
              "fire risk, so that the right support is put in place early and evictions and fire "
              "deaths are avoided.")


def build_a4(out):
    d = new_doc(font="Calibri", size=11, author="Tenancy Sustainment", meta_title="ISA template 2022 v4")
    header_text(d, "CHP  |  Tenancy Sustainment", "Information Sharing Agreement  v1.0")
    footer_text(d, "CHP ISA-TS-03   |   OFFICIAL")
    para(d, "CHP", bold=True, size=30, colour=(0x00, 0x5A, 0x8C), space_after=0)
    para(d, "Chelmsford Housing Partnership", size=12, colour=(0x00, 0x5A, 0x8C), space_after=30)
    para(d, "INFORMATION SHARING AGREEMENT", bold=True, size=22, align="center", space_after=14)
    text_box(d, ["Tenancy Sustainment and", "Fire Risk Referral Pathway"], width_pt=400,
             height_pt=86, size=20)
    para(d, "")
    para(d, "Between CHP and partner organisations in Chelmsford", align="center", size=12)
    para(d, "Version 1.0 Final – February 2024", align="center", size=11, space_after=24)
    para(d, "Document information", bold=True)
    info = [("Reference", "ISA-TS-03"), ("Version", "1.0"),
            ("Prepared by", "Tenancy Sustainment Team Leader"),
            ("Checked by", "Data Protection Officer, CHP"),
            ("Approved by", "Executive Director of Housing, CHP"),
            ("Date approved", "16/02/2024"),
            ("Next review", "12 months after the last signature (see section 14)")]
    table(d, info, widths_cm=[4.5, 11.9], header=False, first_col_fill="DEEAF6", size=10)
    para(d, "")
    para(d, "Version history", bold=True)
    vh = [("Version", "Date", "Summary", "Author"),
          ("0.1", "Nov 2023", "First draft", "TS Team Leader"),
          ("0.2", "Dec 2023", "Comments from ECFRS and EPUT included", "TS Team Leader"),
          ("0.3", "Jan 2024", "DWP section added; RACI table added", "DPO"),
          ("1.0", "Feb 2024", "Final version for signature", "DPO")]
    table(d, vh, widths_cm=[1.8, 2.4, 8.6, 3.6], size=9.5)
    page_break(d)
    para(d, "Contents", bold=True, size=14)
    for line in ["1  Introduction and purpose", "2  Partners", "3  Definitions",
                 "4  Information we will share", "5  Why the law allows us to share",
                 "6  Consent, telling people and their rights", "7  How we share and how often",
                 "8  Security", "9  Keeping information accurate", "10  How long we keep it",
                 "11  Complaints and concerns", "12  If something goes wrong",
                 "13  Responsibilities", "14  Review, start date and leaving",
                 "Appendix A  The pathway in words", "15  Signatures"]:
        para(d, line, space_after=2)
    page_break(d)

    def H(t):
        para(d, t, bold=True, size=13, colour=(0x00, 0x5A, 0x8C), space_after=4)

    H("1  Introduction and purpose")
    para(d, "CHP is a housing association with around 9,500 homes, most of them in the Chelmsford "
            "area. Many of our tenants are older, disabled or living with mental ill health, and "
            "some are at risk of losing their home.")
    para(d, A4_PURPOSE)
    para(d, "Typical situations are rent arrears alongside hoarding; a tenant with dementia who "
            "leaves cooking unattended; heavy smoking with limited mobility; repeated small fires "
            "reported by neighbours; or a tenant leaving a mental health ward to a flat that is "
            "not safe for them.")
    para(d, "This agreement is led by Chelmsford Housing Partnership (CHP), which will keep the "
            "master copy, circulate changes and arrange reviews.")
    H("2  Partners")
    bullets(d, ["Chelmsford Housing Partnership (CHP) – lead",
                "Essex County Fire and Rescue Service (ECFRS)",
                "Chelmsford City Council – Housing Options and Community Safety",
                "Essex County Council – Adult Social Care, Mid Essex",
                "Essex Partnership University NHS Foundation Trust (EPUT) – Mid Essex community "
                "mental health teams",
                "Department for Work and Pensions (DWP) – Universal Credit Partnership Manager, "
                "Essex"])
    para(d, "Each partner is an independent controller. No partner processes information on "
            "behalf of another under this agreement.")
    H("3  Definitions")
    gl = [("Word", "What we mean"),
          ("Tenancy sustainment", "Practical help to keep a tenant in their home: budgeting, "
                                  "benefits, repairs, support referrals."),
          ("Pathway", "The referral route set out in section 7 and Appendix A."),
          ("Referrer", "The member of staff who starts a referral."),
          ("Receiving partner", "The partner the referral is sent to."),
          ("APA", "Alternative Payment Arrangement – Universal Credit housing costs paid "
                  "straight to the landlord."),
          ("HFSV", "Home Fire Safety Visit carried out by ECFRS."),
          ("ASC", "Adult Social Care at Essex County Council."),
          ("CMHT", "Community Mental Health Team (EPUT)."),
          ("Special category data", "Health, disability and similar information that needs "
                                    "extra care.")]
    table(d, gl, widths_cm=[4.4, 12.0], size=9.5)
    H("4  Information we will share")
    flows = [("From", "To", "Information", "When"),
             ("CHP", "ECFRS", "Name, address, phone, date of birth, access needs, the fire risk "
                              "seen, whether the tenant agreed", "At referral"),
             ("ECFRS", "CHP", "Whether the HFSV happened, risks found, equipment fitted, "
                              "recommendations for the landlord", "Within 10 working days of "
                                                                    "the visit"),
             ("CHP / ASC", "ASC / CHP", "Whether known to ASC, care and support needs, "
                                        "safeguarding concerns", "At referral and case review"),
             ("CHP / EPUT", "EPUT / CHP", "Whether open to a CMHT, care coordinator, planned "
                                          "discharge date, agreed relapse signs",
              "At referral and before discharge"),
             ("CHP", "DWP", "UC claim reference, rent arrears, request for an APA",
              "When arrears reach 8 weeks"),
             ("DWP", "CHP", "The APA decision only", "Within 10 working days"),
             ("CHP / City Council", "City Council / CHP", "Homelessness prevention referrals, "
                                                         "community safety incidents", "As needed")]
    table(d, flows, widths_cm=[2.4, 2.4, 8.2, 3.4], size=9)
    para(d, "")
    para(d, "We share the minimum needed. Full medical records, benefit histories and criminal "
            "records are not shared under this agreement.")
    H("5  Why the law allows us to share")
    para(d, "The partners rely on different lawful bases under the UK General Data Protection "
            "Regulation (UK GDPR):")
    dash_list(d, [
        "CHP – Article 6(1)(f) legitimate interests, and Article 6(1)(c) where it relates to a "
        "legal duty to refer for homelessness help;",
        "ECFRS – Article 6(1)(e), with its duty under section 6 of the Fire and Rescue Services "
        "Act 2004;",
        "Chelmsford City Council – Article 6(1)(e), with the Housing Act 1996 (Parts 6 and 7) as "
        "amended by the Homelessness Reduction Act 2017;",
        "Essex County Council – Article 6(1)(e), with the Care Act 2014;",
        "EPUT – Article 6(1)(e) and, for health information, Article 9(2)(h) (direct care);",
        "DWP – section 131 of the Welfare Reform Act 2012 and the Social Security "
        "(Information-sharing in relation to Welfare Services etc.) Regulations 2012."])
    para(d, "Health information is special category data. It is shared under Article 9(2)(h) or "
            "9(2)(g) and the conditions in Schedule 1 to the Data Protection Act 2018. Partners "
            "must also meet the common law duty of confidentiality, so consent is asked for "
            "wherever it is safe and practical.")
    para(d, "CHP will also have regard to its duties under the Equalities Act 2010, including "
            "reasonable adjustments for disabled tenants when contacting them about a referral.")
    H("6  Consent, telling people and their rights")
    para(d, "The referrer explains the referral to the tenant and asks if they agree. The answer "
            "is recorded on the form. Where a tenant refuses but there is a serious risk of fire "
            "to them or to neighbours, the referrer's manager may decide to refer anyway and "
            "must record why.")
    para(d, "Every partner's privacy notice covers this sharing. Tenants can ask any partner for "
            "a copy of their information, ask for it to be corrected, or object. The partner who "
            "receives the request deals with it within one month and contacts the others if "
            "their information is involved.")
    H("7  How we share and how often")
    para(d, "Referrals are made on the pathway form and sent by secure e-mail to the receiving "
            "partner's team mailbox (listed in Appendix A). ECFRS referrals can also be made "
            "through the ECFRS online partner referral portal.")
    para(d, "A Tenancy Sustainment case review meeting is held on the second Wednesday of each "
            "month for cases that need more than one partner. APA requests go to DWP through "
            "the Universal Credit landlord portal, not by e-mail.")
    H("8  Security")
    para(d, "Partners use encrypted e-mail (NHSmail, gov.uk TLS, or Egress for CHP). Papers for "
            "the case review are not printed. Access to referral records is limited to the "
            "teams named in section 2. Staff must have completed their organisation's data "
            "protection training in the last 12 months.")
    H("9  Keeping information accurate")
    para(d, "The sender checks the name, address and date of birth against its own system "
            "before sending. If a partner learns that information it sent was wrong, it tells "
            "the receiving partner within two working days so that records can be corrected.")
    H("10  How long we keep it")
    para(d, "CHP keeps referral forms and feedback on the tenancy file for six years after the "
            "tenancy ends. Other partners keep information they receive in line with their own "
            "retention schedules. Case review notes are kept by CHP for two years after the "
            "case is closed, then deleted.")
    H("11  Complaints and concerns")
    para(d, "A tenant who is unhappy with how their information was shared can use the "
            "complaints procedure of any partner. The partner receiving the complaint will tell "
            "the CHP Data Protection Officer, who will co-ordinate a joint reply where more than "
            "one partner is involved. Tenants can also complain to the Information "
            "Commissioner's Office.")
    H("12  If something goes wrong")
    para(d, "A lost e-mail, a referral sent to the wrong person or any other breach must be "
            "reported to the sender's data protection officer on the day it is found, and to "
            "the CHP Data Protection Officer within one working day. The controller concerned "
            "decides whether to notify the ICO within 72 hours and whether to tell the tenant.")
    H("13  Responsibilities")
    para(d, "R = does the work, A = answerable, C = asked for views, I = kept informed.",
         italic=True, size=9)
    raci = [("Task", "CHP", "ECFRS", "CCC", "ECC", "EPUT", "DWP"),
            ("Maintain and review this agreement", "A/R", "C", "C", "C", "C", "C"),
            ("Make referrals on the pathway", "R", "R", "R", "R", "R", "I"),
            ("Home Fire Safety Visit", "I", "A/R", "", "I", "I", ""),
            ("Chair case review meeting", "A/R", "C", "C", "C", "C", ""),
            ("APA decision", "I", "", "", "", "", "A/R"),
            ("Report breaches", "R", "R", "R", "R", "R", "R"),
            ("Keep privacy notice current", "R", "R", "R", "R", "R", "R")]
    table(d, raci, widths_cm=[6.4, 1.6, 1.7, 1.6, 1.6, 1.7, 1.6], size=9)
    H("14  Review, start date and leaving")
    para(d, "The agreement starts on the date of the last signature below.")
    para(d, "This agreement will be reviewed 12 months after the date of the last signature "
            "below, and also after any serious incident or a change in the law.")
    para(d, "Any partner may leave by giving 30 days' notice in writing to CHP. Information "
            "already shared stays protected by this agreement.")
    page_break(d)
    para(d, "Appendix A  The pathway in words", bold=True, size=13)
    para(d, "(This replaces the flowchart in the draft, which did not print clearly.)",
         italic=True, size=9)
    for s in [
        "Start: a CHP officer, ECFRS crew or partner worker notices both a tenancy risk (arrears, "
        "neglect of the property, complaints) and a fire risk.",
        "Step 1: Is someone in immediate danger? If yes, dial 999. If no, continue.",
        "Step 2: Ask the tenant for agreement and complete the pathway form.",
        "Step 3: Send to CHP Tenancy Sustainment (tenancysustainment@chp.org.uk). CHP logs it "
        "within one working day.",
        "Step 4: CHP sends the fire part to ECFRS and, where relevant, asks ASC and EPUT what "
        "support is already in place.",
        "Step 5: ECFRS offers an HFSV within 10 working days and reports back.",
        "Step 6: If arrears are 8 weeks or more, CHP asks DWP for an APA.",
        "Step 7: If two or more partners still have actions, the case goes to the monthly "
        "case review; otherwise CHP closes it and tells the referrer.",
        "End: case closed when the tenancy and the fire risk are both stable for three months."]:
        para(d, s, space_after=3)
    page_break(d)
    H("15  Signatures")
    para(d, "Signed on behalf of each partner by an officer with authority to do so.")
    sig = [("Organisation", "Name", "Job title", "Signature", "Date signed"),
           ("Chelmsford Housing Partnership", "Helen Carrick", "Executive Director of Housing",
            "H. Carrick", "21/02/2024"),
           ("Essex County Fire and Rescue Service", "Tom Sealey", "Group Manager, Prevention "
                                                                  "(Mid)", "T Sealey",
            "28/02/2024"),
           ("Chelmsford City Council", "Priya Nandra", "Head of Housing Services", "P Nandra",
            "04/03/2024"),
           ("Essex County Council", "Graham Leese", "Head of Adult Social Care, Mid Essex",
            "G Leese", "14/03/2024"),
           ("Essex Partnership University NHS Foundation Trust", "Dr Fiona Ashdown",
            "Associate Director, Mid Essex Mental Health", "F Ashdown", "07/03/2024"),
           ("Department for Work and Pensions", "Kevin Ormerod",
            "Partnership Manager, Essex District", "K Ormerod", "11/03/2024")]
    table(d, sig, widths_cm=[4.6, 2.8, 4.4, 2.2, 2.4], size=9.5)
    path = out / "fh04_chp_tenancy_fire_pathway.docx"
    save_docx(d, path)
    truth = {
        "title": A4_TITLE,
        "purpose": A4_PURPOSE,
        "lead": {"name": "Chelmsford Housing Partnership", "org": "CHP"},
        "partners": [
            {"name": "Essex County Fire and Rescue Service",
             "org": "Essex County Fire and Rescue Service"},
            {"name": "Chelmsford City Council", "org": "Chelmsford City Council"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Department for Work and Pensions", "org": None},
        ],
        "statutes": [
            {"citation": "UK General Data Protection Regulation (UK GDPR)",
             "title": "UK General Data Protection Regulation", "year": 2016,
             "provision": "Article 6(1)(f)"},
            {"citation": "section 6 of the Fire and Rescue Services Act 2004",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "Housing Act 1996 (Parts 6 and 7)", "title": "Housing Act", "year": 1996,
             "provision": "Parts 6 and 7"},
            {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act",
             "year": 2017, "provision": None},
            {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
            {"citation": "section 131 of the Welfare Reform Act 2012",
             "title": "Welfare Reform Act", "year": 2012, "provision": "section 131"},
            {"citation": "Social Security (Information-sharing in relation to Welfare Services "
                         "etc.) Regulations 2012",
             "title": "Social Security (Information-sharing in relation to Welfare Services etc.) "
                      "Regulations", "year": 2012, "provision": None},
            {"citation": "Schedule 1 to the Data Protection Act 2018",
             "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
            {"citation": "Equalities Act 2010", "title": "Equality Act", "year": 2010,
             "provision": None},
        ],
        "review_date": "2025-03-14",
        "review_basis": "relative",
        "commencement_date": "2024-03-14",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "accuracy",
                             "complaints", "breach", "agreement"],
        "missing_sections": [],
    }
    return path, truth
