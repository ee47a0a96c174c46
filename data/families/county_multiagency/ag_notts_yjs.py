"""A6. Nottinghamshire Youth Justice Service ISA, 2017 ("led by"; month-only review Apr-2018; no breach section)."""
import datetime as dt

from render import Bullets, Clause, Doc, H, P, PageBreak, Spacer, Table

TITLE = "Nottinghamshire Youth Justice Service: Prevention, Out of Court Disposals and Statutory Orders"

PURPOSE = ("This agreement sets out how the partners will share personal information about children and young people "
           "aged 10 to 17 who have offended, or who are at risk of offending, so that the Youth Justice Service can "
           "assess them, supervise them and reduce the likelihood of further offending, as required by section 37 of the "
           "Crime and Disorder Act 1998.")

LEAD = {"name": "Nottinghamshire County Council", "org": None}

PARTNERS = [
    ("Nottinghamshire Police", None, "Supt Dorothy Cheverton", "Head of Public Protection"),
    ("National Probation Service (Nottinghamshire)", None, "Ursula Northcott", "Head of Nottinghamshire NPS"),
    ("Derbyshire, Leicestershire, Nottinghamshire and Rutland Community Rehabilitation Company", None, "Dorothy Rudd",
     "Director of Operations"),
    ("Nottinghamshire Healthcare NHS Foundation Trust", None, "Dr Miriam Scattergood", "Caldicott Guardian"),
    ("NHS Mansfield and Ashfield Clinical Commissioning Group", None, "Jeremy Bracegirdle", "Chief Nurse"),
    ("NHS Newark and Sherwood Clinical Commissioning Group", None, "Jeremy Bracegirdle", "Chief Nurse"),
    ("NHS Nottingham North and East Clinical Commissioning Group", None, "Nerys Boddington", "Director of Nursing and Quality"),
    ("NHS Nottingham West Clinical Commissioning Group", None, "Nerys Boddington", "Director of Nursing and Quality"),
    ("NHS Rushcliffe Clinical Commissioning Group", None, "Nerys Boddington", "Director of Nursing and Quality"),
    ("NHS Bassetlaw Clinical Commissioning Group", None, "Lorna Oddie", "Deputy Chief Nurse"),
    ("Ashfield District Council", None, "Gordon Illingworth", "Chief Executive"),
    ("Bassetlaw District Council", None, "Petra Sayers", "Chief Executive"),
    ("Broxtowe Borough Council", None, "Nadia Rawnsley", "Chief Executive"),
    ("Gedling Borough Council", None, "Eleanor Leatherbarrow", "Chief Executive"),
    ("Mansfield District Council", None, "Tamsin Ivens", "Chief Executive"),
    ("Newark and Sherwood District Council", None, "Lydia Outhwaite", "Chief Executive"),
    ("Rushcliffe Borough Council", None, "Fiona Kershaw", "Chief Executive"),
    ("Nottinghamshire Fire and Rescue Service", None, "Rosalind Utley", "Chief Fire Officer"),
]

STATUTES = [
    ("section 39 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 39"),
    ("Children Act 2004", "Children Act", 2004, None),
    ("Children Act 1989", "Children Act", 1989, None),
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Legal Aid, Sentencing and Punishment of Offenders Act 2012", "Legal Aid, Sentencing and Punishment of Offenders Act",
     2012, None),
    ("Criminal Justice and Immigation Act 2008", "Criminal Justice and Immigration Act", 2008, None),
    ("Powers of Criminal Courts (Sentencing) Act 2000", "Powers of Criminal Courts (Sentencing) Act", 2000, None),
    ("Offender Management Act 2007 (section 14)", "Offender Management Act", 2007, "section 14"),
    ("Education Act 1996 (section 19)", "Education Act", 1996, "section 19"),
    ("Rehabilitation of Offenders Act 1974", "Rehabilitation of Offenders Act", 1974, None),
    ("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
]


def build():
    b = [
        P("Nottinghamshire County Council", size=11, bold=True, color="1D4F91", after=2),
        P("Children, Families and Cultural Services", size=9, color="1D4F91", after=90),
        P("INFORMATION SHARING AGREEMENT", size=13, bold=True, color="555555", after=14),
        P("Nottinghamshire Youth Justice Service:", size=22, bold=True, color="1D4F91", after=2),
        P("Prevention, Out of Court Disposals and Statutory Orders", size=18, bold=True, color="1D4F91", after=50),
        Table([["Agreement reference", "NCC-ISA-0288"],
               ["Led by", "Nottinghamshire County Council (Youth Justice Service)"],
               ["Effective date", "1 May 2017"],
               ["Date of next review", "Apr-2018"],
               ["Version", "4.1"],
               ["Classification", "OFFICIAL"]], header_rows=0, widths=[1.6, 3.4], bold_first_col=True, shade="E7EEF8",
              size=10),
        PageBreak(),
        H(1, "Version history"),
        Table([["Version", "Date", "Summary", "Author"],
               ["3.0", "June 2013", "Youth Offending Team protocol, post-LASPO", "YOT Manager"],
               ["4.0", "February 2017", "Rewritten after YOT became the Youth Justice Service; new CCG and CRC parties",
                "Information Governance, NCC"],
               ["4.1", "April 2017", "Health comments; Bassetlaw CCG added", "Information Governance, NCC"]],
              widths=[0.8, 1.2, 4, 1.8], size=9),
        H(1, "Contents"),
        Table([["1", "Introduction"], ["2", "Purpose"], ["3", "Parties"], ["4", "Legal basis"],
               ["5", "Information to be shared"], ["6", "Consent and fair processing"], ["7", "Method and frequency"],
               ["8", "Security"], ["9", "Accuracy"], ["10", "Retention"], ["11", "Subject access and other rights"],
               ["12", "Complaints"], ["13", "Review and termination"], ["14", "Signatures"],
               ["Annex 1", "Data items by process"]], header_rows=0, widths=[0.8, 6], grid=False, shade=None, size=10),
        PageBreak(),
        H(1, "1. Introduction"),
        Clause("1.1", "Under section 39 of the Crime and Disorder Act 1998 every local authority with social services and "
               "education responsibilities must, acting with the police, probation and health, establish a youth "
               "offending team for its area. In Nottinghamshire this is the Youth Justice Service (YJS), hosted by "
               "Nottinghamshire County Council within Children, Families and Cultural Services. Nottingham City has its "
               "own youth offending team and is not covered by this agreement."),
        Clause("1.2", "This agreement is led by Nottinghamshire County Council, which employs the YJS staff and is the data "
               "controller for the YJS case management system (ChildView). Seconded staff from the police, probation and "
               "health remain employees of their own organisations but work to YJS procedures while in the service."),
        Clause("1.3", "The agreement replaces the Nottinghamshire Youth Offending Team Information Sharing Protocol (version "
               "3.0, 2013)."),
        H(1, "2. Purpose"),
        Clause("2.1", PURPOSE),
        Clause("2.2", "The processes covered are:"),
        Bullets(["**Prevention** \u2013 voluntary support for young people referred because of behaviour that puts them at "
                 "risk of entering the criminal justice system;",
                 "**Out of court disposals** \u2013 joint decision-making with the police on community resolutions, youth "
                 "cautions and youth conditional cautions, and the assessment and interventions that follow;",
                 "**Court work** \u2013 bail and remand, pre-sentence reports, referral orders, youth rehabilitation orders "
                 "and detention and training orders, including resettlement from custody;",
                 "**Transitions** \u2013 transfer of young people reaching 18 to the National Probation Service or the CRC;",
                 "**Performance** \u2013 returns to the Youth Justice Board (which contain no names) and the local "
                 "management board."], indent=30),
        H(1, "3. Parties"),
        Clause("3.1", "The parties to this agreement are Nottinghamshire County Council and the organisations that have "
               "signed section 14. Each is a data controller for the information it holds."),
        Clause("3.2", "Schools, alternative provision and training providers receive and give information about individual "
               "young people through YJS education workers under section 7 of this agreement; they are not signatories."),
        H(1, "4. Legal basis"),
        Clause("4.1", "The statutory functions of the YJS and its partners give the legal basis for sharing:"),
        Table([["Legislation", "Provision", "Relevance"],
               ["Crime and Disorder Act 1998", "s.37 aim of youth justice system; s.38 youth justice services; s.39 youth "
                "offending teams; s.115 power to disclose", "Core statutory basis for all YJS work"],
               ["Children Act 2004", "s.10 co-operation; s.11 safeguarding duty", "All parties"],
               ["Children Act 1989", "s.17 children in need; Sch 2 para 7 (reducing offending by children)",
                "County Council"],
               ["Legal Aid, Sentencing and Punishment of Offenders Act 2012", "ss.135\u2013138 youth cautions and "
                "conditional cautions; remand to youth detention", "Police, YJS"],
               ["Criminal Justice and Immigation Act 2008", "Part 1: youth rehabilitation orders", "YJS, courts"],
               ["Powers of Criminal Courts (Sentencing) Act 2000", "Referral orders and detention and training orders",
                "YJS"],
               ["Offender Management Act 2007 (section 14)", "Disclosure for offender management purposes",
                "NPS, CRC"],
               ["Education Act 1996 (section 19)", "Suitable education for children out of school", "County Council"],
               ["Rehabilitation of Offenders Act 1974", "Spent convictions; limits on further disclosure", "All"]],
              widths=[2.2, 3, 1.6], size=8.5),
        Clause("4.2", "**Data Protection Act 1998.** Personal data is processed under Schedule 2, paragraph 5 (functions "
               "under an enactment). Information about offending and health is sensitive personal data, processed under "
               "Schedule 3, paragraph 7 (functions under an enactment) and, for health information, paragraph 8 (medical "
               "purposes). The section 29 exemption may apply to disclosures made for the prevention or detection of "
               "crime or the apprehension or prosecution of offenders."),
        Clause("4.3", "**Human Rights Act 1998.** Sharing under this agreement pursues the legitimate aims of preventing "
               "crime and protecting the rights of others, and will be proportionate: only the information needed for the "
               "process in question will be shared."),
        Clause("4.4", "The YJS follows the Youth Justice Board's National Standards for Youth Justice Services and the "
               "\u2018AssetPlus\u2019 guidance, and health staff follow the Caldicott principles. These are guidance."),
        Clause("4.5", "From 25 May 2018 the General Data Protection Regulation will apply; this agreement will be reviewed "
               "before that date to take account of it."),
        H(1, "5. Information to be shared"),
        Clause("5.1", "Annex 1 lists the data items for each process. In summary:"),
        Bullets(["identifying information about the young person, parents or carers;",
                 "details of offences, arrests, charges, outcomes and orders;",
                 "AssetPlus assessments, risk of serious harm and vulnerability assessments, intervention plans;",
                 "education, training and employment status;",
                 "physical, mental and emotional health, speech, language and communication needs, substance misuse;",
                 "victim details, only where needed for restorative justice and with the victim's consent."], indent=30),
        H(1, "6. Consent and fair processing"),
        Clause("6.1", "Young people on statutory orders are told at their first appointment what information the YJS "
               "holds and who it will be shared with. Prevention work is voluntary and is based on the consent of the "
               "young person and, for those under 16, a parent or carer."),
        Clause("6.2", "Health information held by Nottinghamshire Healthcare NHS Foundation Trust is shared with the consent "
               "of the young person (or parent where the young person is not competent) unless there is a risk of serious "
               "harm."),
        H(1, "7. Method and frequency"),
        Table([["Information", "From \u2192 To", "Method", "Frequency / timescale"],
               ["Arrest and charge notifications", "Police \u2192 YJS", "Daily custody list by secure email (pnn to gcsx)",
                "Daily (Mon\u2013Fri)"],
               ["Out of court disposal referrals", "Police \u2192 YJS", "Joint Decision Making Panel papers by secure email",
                "Weekly panel"],
               ["Court results", "YJS court officer", "Entered on ChildView", "Same day"],
               ["Health screening", "YJS health worker \u2192 CAMHS", "Referral form via nhs.net", "Within 5 working days"],
               ["Transition to adult services", "YJS \u2192 NPS / CRC", "Y2A transfer portal / secure email",
                "3 months before 18th birthday"],
               ["School information", "Schools \u2194 YJS education worker", "Egress secure email or telephone",
                "As needed"],
               ["Performance returns", "YJS \u2192 Youth Justice Board", "YJB secure extranet (no names)", "Quarterly"]],
              widths=[2, 1.8, 2.4, 1.5], size=8.5),
        H(1, "8. Security"),
        Clause("8.1", "ChildView is accessed through the County Council network with role-based access controls. Seconded "
               "police officers access police systems only on police terminals. All parties will use only secure email "
               "routes for personal information and will mark documents OFFICIAL\u2013SENSITIVE."),
        Clause("8.2", "Paper records (for example court papers) are stored in locked cabinets in YJS offices at Mansfield, "
               "Worksop, Newark and West Bridgford, and are not removed except for court."),
        H(1, "9. Accuracy"),
        Clause("9.1", "Each party is responsible for making sure the information it supplies is accurate and up to date. "
               "YJS case managers will check offence and outcome details against court records. Errors will be reported "
               "to the originating party, which will correct its own records."),
        H(1, "10. Retention"),
        Clause("10.1", "YJS records are kept until the young person's 25th birthday, or for 6 years after the last contact if "
               "later, in line with the County Council's retention schedule and YJB guidance. Records of young people who "
               "received custodial sentences for serious offences may be kept longer, as set out in the schedule."),
        H(1, "11. Subject access and other rights"),
        Clause("11.1", "Subject access requests for YJS records are handled by the County Council's Complaints and "
               "Information Team, which will consult other parties whose information is included. Exemptions, including "
               "section 29 of the Data Protection Act 1998, will be considered case by case."),
        Clause("11.2", "Freedom of Information Act 2000 requests relating to the YJS are answered by the County Council."),
        H(1, "12. Complaints"),
        Clause("12.1", "Complaints about the way the YJS has used or shared information are handled under the County "
               "Council's complaints procedure; complaints about another party are referred to that party. Anyone may "
               "complain to the Information Commissioner's Office."),
        H(1, "13. Review and termination"),
        Clause("13.1", "This agreement is effective from 1 May 2017. The date of next review is April 2018, and it will be "
               "reviewed at least annually by the Youth Justice Management Board."),
        Clause("13.2", "A party may withdraw by giving 3 months' notice in writing to the Head of the Youth Justice Service."),
        H(1, "14. Signatures"),
        P("Signed on behalf of Nottinghamshire County Council (lead):"),
        Table([["Name", "Post", "Date"],
               ["Rosalind Ormerod", "Corporate Director, Children, Families and Cultural Services", "24/04/2017"]],
              widths=[2, 4, 1.2], size=9),
        P("Signed on behalf of the partner organisations:"),
    ]
    sig = [["Organisation", "Name", "Post", "Date"]]
    dates = ["26/04/2017", "28/04/2017", "02/05/2017", "27/04/2017", "03/05/2017", "03/05/2017", "04/05/2017",
             "04/05/2017", "04/05/2017", "09/05/2017", "26/04/2017", "27/04/2017", "28/04/2017", "02/05/2017",
             "27/04/2017", "05/05/2017", "03/05/2017", "26/04/2017"]
    for (n, _, who, post), d in zip(PARTNERS, dates):
        sig.append([n, who, post, d])
    b += [
        Table(sig, widths=[3, 1.6, 2.2, 1], size=8.5),
        PageBreak(),
        H(1, "Annex 1 \u2013 Data items by process"),
        Table([["Process", "Data items", "Source"],
               ["Prevention referral", "Name, DoB, address, school, reason for referral, family members, consent record",
                "Any partner"],
               ["Out of court disposal", "Offence details, admission, previous disposals, victim views, police "
                "recommendation", "Police"],
               ["Assessment (AssetPlus)", "Family and environment, learning and ETE, health, substance misuse, "
                "speech and language, risk and vulnerability", "YJS, health, schools, social care"],
               ["Court", "Charge sheets, previous convictions (PNC), bail conditions, pre-sentence report, sentence",
                "Police, CPS, courts, YJS"],
               ["Custody and resettlement", "Placement, release date, licence conditions, accommodation plan",
                "YJS, Youth Custody Service, district councils"],
               ["Transition", "Assessment summary, risk, current order and progress", "YJS to NPS/CRC"]],
              widths=[1.8, 4, 1.8], size=8.5),
    ]
    return Doc(stem="notts_yjs_isa_v4_1_2017", blocks=b, font="Arial", size=10.5, heading_styled=True,
               heading_sizes=(13, 11, 10.5), heading_color="1D4F91",
               header_left="Nottinghamshire YJS Information Sharing Agreement", header_right="OFFICIAL",
               footer_left="NCC-ISA-0288 v4.1", footer_center="", footer_pages="Page {page} of {pages}",
               rl_font="DejaVu", rl_rule_color="1D4F91", core_title="Youth Justice ISA",
               core_author="Nottinghamshire County Council", core_created=dt.datetime(2017, 4, 24, 15, 0, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, o, _, _) in PARTNERS],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES] + [
            {"citation": "General Data Protection Regulation", "title": "General Data Protection Regulation (EU)",
             "year": 2016, "provision": None}],
        "review_date": "2018-04-30",
        "review_basis": "explicit",
        "commencement_date": "2017-05-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "agreement"],
        "missing_sections": ["breach"],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "pdf"], "pdf_from": "rl"}
