"""A5. Cumbria MARAC information sharing protocol, 2012: no lead, title only in the running header,
no review date, no retention or complaints section, commencement only on signature."""
import datetime as dt

from render import Bullets, Clause, Doc, H, Layout, P, PageBreak, Spacer, Table

TITLE = "Cumbria MARAC Information Sharing Protocol"

PURPOSE = ("The aim of this protocol is to allow the agencies that take part in Multi-Agency Risk Assessment "
           "Conferences in Cumbria to share information about victims of domestic abuse who are at high risk of serious "
           "harm or homicide, about their children and about the alleged perpetrators, so that a co-ordinated safety plan "
           "can be put in place to protect them.")

SIGNATORIES = [
    ("Cumbria Constabulary", "Det Supt Carol Jarrold", "Head of Public Protection", "12/03/2012"),
    ("Cumbria County Council", "Tamsin Underwood", "Corporate Director, Children's Services", "14/03/2012"),
    ("Cumbria County Council", "Keith Lutterworth", "Corporate Director, Adult and Local Services", "14/03/2012"),
    ("Allerdale Borough Council", "Petra Fairlie", "Head of Housing and Community Services", "20/03/2012"),
    ("Barrow Borough Council", "Joanna Utley", "Town Clerk and Chief Executive", "22/03/2012"),
    ("Carlisle City Council", "Stuart Ormerod", "Deputy Chief Executive", "19/03/2012"),
    ("Copeland Borough Council", "Owen Tindall", "Head of Community Services", "21/03/2012"),
    ("Eden District Council", "Vaughan Eldridge", "Director of Services", "23/03/2012"),
    ("South Lakeland District Council", "Kerry Whitlock", "Chief Executive", "26/03/2012"),
    ("NHS Cumbria", "Isla Illingworth", "Chief Executive", "16/03/2012"),
    ("Cumbria Partnership NHS Foundation Trust", "Rhiannon Boddington", "Director of Nursing and Quality", "28/03/2012"),
    ("North Cumbria University Hospitals NHS Trust", "Ursula Drinkwater", "Chief Executive", "02/04/2012"),
    ("University Hospitals of Morecambe Bay NHS Foundation Trust", "Rosalind Emsley", "Director of Nursing", "04/04/2012"),
    ("Cumbria Probation Trust", "Barry Dorling", "Chief Executive", "13/03/2012"),
    ("Cumbria Fire and Rescue Service", "Miriam Cheverton", "Chief Fire Officer", "27/03/2012"),
    ("Impact Housing Association", "Lionel Yelland", "Chief Executive", "10/04/2012"),
    ("Home Group", "Fiona Bracegirdle", "Regional Operations Manager", "11/04/2012"),
    ("Eden Housing Association", "Lydia Wethered", "Chief Executive", "05/04/2012"),
    ("Riverside Carlisle", "Wendy Pinnock", "Head of Housing Services", "12/04/2012"),
    ("Victim Support Cumbria", "Nerys Illingworth", "Divisional Manager", "30/03/2012"),
    ("Barnardo's", "Victor Chilvers", "Children's Services Manager, North West", "18/04/2012"),
    ("Women's Community Matters", "Graham Dorling", "Chief Executive", "24/04/2012"),
]

REGISTRY = {"Barnardo's": "Barnardo's"}

STATUTES = [
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Children Act 1989", "Children Act", 1989, "section 47"),
    ("Children Act 2004", "Children Act", 2004, "section 11"),
    ("Domestic Violence, Crime and Victim Act 2004", "Domestic Violence, Crime and Victims Act", 2004, None),
    ("Protection from Harassment Act 1997", "Protection from Harassment Act", 1997, None),
    ("Family Law Act 1996", "Family Law Act", 1996, None),
    ("NHS Act 1977", "National Health Service Act", 1977, None),
    ("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
    ("Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
]


def build():
    b = [
        Spacer(40),
        P("CUMBRIA DOMESTIC ABUSE PARTNERSHIP", size=12, bold=True, align="center", color="5B2C6F", after=120),
        P("Information Sharing Protocol", size=26, bold=True, align="center", after=16),
        P("Multi-Agency Risk Assessment Conferences (MARACs) in Cumbria", size=14, align="center", after=110),
        Table([["Version", "3.0"], ["Date of issue", "March 2012"], ["Supersedes", "MARAC Protocol v2.1 (June 2009)"],
               ["Agreed by", "Cumbria MARAC Steering Group"], ["Contact", "MARAC Co-ordinators, Carlisle, Workington and "
                                                               "Barrow"]],
              header_rows=0, widths=[1.5, 3], bold_first_col=True, shade=None, size=10),
        Spacer(30),
        P("RESTRICTED when completed with personal information", size=9, align="center", italic=True),
        PageBreak(),
        P("1. Introduction", bold=True, size=12, after=6, keep=True),
        Clause("1.1", "Domestic abuse accounts for around a quarter of violent crime reported in Cumbria. A small number of "
               "victims are at very high risk of serious harm or of being killed. Research by CAADA and others has shown "
               "that when agencies share what they know about these victims and act together, repeat victimisation is "
               "reduced."),
        Clause("1.2", "A Multi-Agency Risk Assessment Conference (MARAC) is a regular local meeting at which information "
               "about high risk domestic abuse victims is shared between representatives of local police, health, child "
               "protection, housing practitioners, Independent Domestic Violence Advisors (IDVAs), probation and other "
               "specialists from the statutory and voluntary sectors."),
        Clause("1.3", "There are three MARACs in Cumbria: North (Carlisle and Eden), West (Allerdale and Copeland) and South "
               "(Barrow and South Lakeland). This protocol applies to all three."),
        Clause("1.4", "This protocol is agreed by the agencies listed in Appendix 2. It is owned jointly by those agencies "
               "through the Cumbria MARAC Steering Group, which reports to the Cumbria Domestic Abuse Partnership. No single "
               "agency leads the MARAC; each agency remains responsible for its own actions and its own information."),
        P("2. Aims of this protocol", bold=True, size=12, before=6, after=6, keep=True),
        Clause("2.1", PURPOSE),
        Clause("2.2", "The protocol also aims to:"),
        Bullets(["give MARAC representatives confidence that information can be shared lawfully in the MARAC setting;",
                 "make sure information is shared only for the purposes of the MARAC and is not used for anything else;",
                 "set out how agendas, minutes and actions will be circulated and kept secure."], indent=12),
        P("3. What happens at a MARAC", bold=True, size=12, before=6, after=6, keep=True),
        Clause("3.1", "Referrals are made to the MARAC by any agency that has identified a victim as high risk, using the "
               "CAADA Domestic Abuse, Stalking and Harassment and Honour Based Violence (DASH 2009) risk identification "
               "checklist. The referral criteria are:"),
        Bullets(["visible high risk: 14 or more \u2018yes\u2019 answers on the checklist;",
                 "professional judgement that the victim is at high risk;",
                 "potential escalation: three or more police call-outs in 12 months;",
                 "repeat: a further incident within 12 months of a previous MARAC."], kind="alpha", indent=12),
        Clause("3.2", "The MARAC meets every two weeks in each area. Each case is discussed for about 10 to 15 minutes. The "
               "IDVA represents the views of the victim, who does not attend."),
        Clause("3.3", "At the end of the discussion the MARAC agrees actions to increase the safety of the victim and any "
               "children, which are recorded against named agencies."),
        Clause("3.4", "**The chair.** Each MARAC is chaired by a Detective Inspector from Cumbria Constabulary's Public "
               "Protection Unit, or a deputy agreed by the Steering Group. The chair makes sure that the discussion stays "
               "focused on risk and safety, that information shared is relevant and proportionate, and that every "
               "action has an owner and a date."),
        Clause("3.5", "**The MARAC co-ordinator.** The co-ordinator receives referrals, checks that they meet the "
               "criteria, prepares the list of cases, records the actions and follows them up. The co-ordinators are "
               "the single point of contact for representatives in each area."),
        Clause("3.6", "**Agency representatives.** Each agency nominates a representative and a deputy who are senior "
               "enough to commit their agency to actions and who can research their agency's records before the meeting. "
               "Representatives are expected to attend every meeting, or send their deputy, and to report back to their "
               "agency on actions agreed."),
        Clause("3.7", "**The IDVA.** The Independent Domestic Violence Advisor is the victim's voice at the MARAC. The IDVA "
               "will contact the victim before the meeting, where it is safe to do so, to find out their views and any "
               "new information, and will tell the victim afterwards about the safety plan, as far as it is safe to do so."),
        P("4. The law", bold=True, size=12, before=6, after=6, keep=True),
        Clause("4.1", "Agencies sharing information at a MARAC must have a lawful basis to do so. The main legislation is:"),
        Bullets([
            "**Data Protection Act 1998** \u2013 in particular the first principle (fair and lawful processing), the "
            "Schedule 2 and Schedule 3 conditions, and the exemptions in section 29 (prevention or detection of crime) "
            "and section 35 (disclosure required by law or in connection with legal proceedings);",
            "**Section 115 of the Crime and Disorder Act 1998** \u2013 gives any person the power to disclose information "
            "to a chief officer of police, a police authority, a local authority, a probation trust or a health authority "
            "where it is necessary or expedient for the purposes of the Act (including the reduction of crime);",
            "**Human Rights Act 1998** \u2013 Article 2 (right to life), Article 3 (freedom from inhuman or degrading "
            "treatment) and Article 8 (respect for private and family life). Article 8 is a qualified right and may be "
            "interfered with to protect the rights of others and to prevent crime;",
            "**Children Act 1989** \u2013 section 47 enquiries where children in the household may be suffering "
            "significant harm;",
            "**Children Act 2004** \u2013 section 11, duty on agencies to safeguard and promote the welfare of children;",
            "**Domestic Violence, Crime and Victim Act 2004** \u2013 offences and protective orders, including the "
            "offence of causing or allowing the death of a child or vulnerable adult;",
            "**Protection from Harassment Act 1997** and **Family Law Act 1996** (Part IV, non-molestation and "
            "occupation orders);",
            "**NHS Act 1977** \u2013 duties of health bodies, together with the NHS Confidentiality Code of Practice "
            "(2003);",
            "**Mental Capacity Act 2005**, where the victim may lack capacity;",
            "**Criminal Justice Act 2003** \u2013 section 325 (MAPPA) where the perpetrator is also a MAPPA offender.",
        ], indent=12),
        Clause("4.2", "The common law duty of confidence applies to information given in confidence, for example to a doctor "
               "or a support worker. Confidential information may be disclosed without consent where it is in the public "
               "interest to do so, for example to prevent serious harm to the victim or to a child. The decision must be "
               "proportionate and recorded."),
        Clause("4.3", "Health representatives will follow the Caldicott principles and the Department of Health guidance on "
               "information sharing and domestic abuse."),
        P("5. Consent", bold=True, size=12, before=6, after=6, keep=True),
        Clause("5.1", "Victims should be told that their case is being referred to the MARAC, unless doing so would increase "
               "the risk to them or to others. The MARAC does not require the victim's consent for a case to be heard, "
               "because the threshold for referral means that there is a risk of serious harm."),
        Clause("5.2", "Perpetrators are not told that a case is being heard and are not asked for consent."),
        P("6. Information to be shared", bold=True, size=12, before=6, after=6, keep=True),
        Clause("6.1", "Each agency will research its records before the meeting and bring only information that is relevant "
               "and proportionate to the risk. Relevant information includes:"),
        Bullets(["details of the victim, perpetrator and children in the household (names, dates of birth, addresses, "
                 "schools);",
                 "incidents of domestic abuse and other relevant offending;",
                 "current involvement with the family, including child protection plans and care packages;",
                 "health information relevant to risk, such as pregnancy, mental health or substance misuse;",
                 "information about risks to staff visiting the address;",
                 "any existing safety measures (injunctions, bail conditions, sanctuary schemes)."], indent=12),
        Clause("6.2", "Information that is not relevant to the safety of the victim or children must not be shared, however "
               "interesting it may be."),
        P("7. Circulation of agendas, minutes and actions", bold=True, size=12, before=6, after=6, keep=True),
        Clause("7.1", "The MARAC co-ordinator will circulate the list of cases (victim, perpetrator and children's names, "
               "dates of birth and address only) to representatives by secure email (GCSx, nhs.net, pnn or cjsm) at least "
               "**eight working days** before the meeting."),
        Clause("7.2", "Minutes and action plans are circulated by secure email within **five working days** of the meeting. "
               "Representatives who do not have secure email will collect them by hand from the co-ordinator's office."),
        Clause("7.3", "Information shared at the meeting is not recorded in full in the minutes; the minutes record the risks "
               "identified and the actions agreed."),
        Clause("7.4", "Representatives may record in their own agency's files that the case has been heard at MARAC and the "
               "actions for their agency, but must not copy the full minutes into case files."),
        P("8. Confidentiality and security", bold=True, size=12, before=6, after=6, keep=True),
        Clause("8.1", "At the start of each meeting the chair will read the confidentiality statement and every person "
               "attending will sign the attendance sheet, confirming that they agree to keep the information confidential."),
        Clause("8.2", "MARAC documents are RESTRICTED under the Government Protective Marking Scheme. They must be stored in "
               "locked cabinets or on secure systems with restricted access. They must not be taken home or left in cars."),
        Clause("8.3", "Information shared at a MARAC must not be disclosed outside the meeting, except to take forward the "
               "agreed actions, without the agreement of the agency that provided it."),
        P("9. Accuracy of information", bold=True, size=12, before=6, after=6, keep=True),
        Clause("9.1", "Each agency is responsible for the accuracy of the information it brings. Representatives should "
               "make clear whether information is fact, allegation or opinion, and how recent it is."),
        P("10. Subject access", bold=True, size=12, before=6, after=6, keep=True),
        Clause("10.1", "Where a victim or perpetrator makes a subject access request to any agency for MARAC information, the "
               "agency must contact the MARAC co-ordinator and every agency whose information is included, before any "
               "disclosure is made. Perpetrators will not normally be given any MARAC information, under section 29 of the "
               "Data Protection Act 1998."),
        P("11. Breach of this protocol", bold=True, size=12, before=6, after=6, keep=True),
        Clause("11.1", "Any breach of confidentiality must be reported to the MARAC chair and the co-ordinator at once. The "
               "co-ordinator will inform the agency whose information has been disclosed and the agency of the person "
               "responsible, who will deal with it under their own disciplinary and incident procedures."),
        Clause("11.2", "The Steering Group will consider any breach and may ask an agency to change its representative, or "
               "in serious cases may exclude an agency from the MARAC."),
        P("12. Links with other processes", bold=True, size=12, before=6, after=6, keep=True),
        Clause("12.1", "**Child protection.** Where there are children in the household, Children's Services will check "
               "whether they are known and whether a referral is needed. The MARAC does not replace a child protection "
               "referral or a strategy discussion, and any representative who is concerned that a child is suffering, or "
               "likely to suffer, significant harm must make a referral without waiting for the meeting."),
        Clause("12.2", "**Adults at risk.** Where the victim may be an adult at risk, Adult Social Care will consider "
               "whether a safeguarding alert should be raised under the Cumbria multi-agency safeguarding adults policy."),
        Clause("12.3", "**MAPPA.** Where the perpetrator is managed under MAPPA, the police or probation representative "
               "will tell the MARAC, and the MAPPA and MARAC actions will be co-ordinated. MAPPA information is shared "
               "under the MAPPA Guidance and not under this protocol."),
        Clause("12.4", "**Domestic Homicide Reviews.** If a victim discussed at a MARAC is killed, the MARAC co-ordinator "
               "will make the MARAC records available to the Community Safety Partnership's Domestic Homicide Review panel."),
        P("13. Cases moving into or out of Cumbria", bold=True, size=12, before=6, after=6, keep=True),
        Clause("13.1", "When a high-risk victim moves to another area, the co-ordinator will send a MARAC-to-MARAC referral "
               "to the co-ordinator in the receiving area by secure email within five working days of becoming aware of "
               "the move, using the national MARAC-to-MARAC form. This includes moves to Lancashire, North Yorkshire, "
               "Northumberland and to Dumfries and Galloway."),
        Clause("13.2", "Cases moving into Cumbria will be heard at the next MARAC in the area where the victim now lives."),
        P("14. Review", bold=True, size=12, before=6, after=6, keep=True),
        Clause("14.1", "The MARAC Steering Group will review this protocol as and when required, for example following "
               "changes in legislation or national MARAC guidance."),
        P("15. Agreement", bold=True, size=12, before=6, after=6, keep=True),
        Clause("15.1", "This protocol comes into force for each agency on the date it is signed by that agency's "
               "representative. By signing, agencies agree to follow it and to make sure their MARAC representatives and "
               "deputies do so."),
        Clause("15.2", "An agency may withdraw by writing to the Chair of the MARAC Steering Group."),
        Layout("wide"),
        PageBreak(),
        P("Appendix 1 \u2013 MARAC confidentiality statement (read at the start of every meeting)", bold=True, size=11,
          after=6),
        P("\u201cThe information discussed by the agencies at this meeting is confidential and must not be shared with "
          "anyone other than for the purpose of the actions agreed at this meeting. It is shared under the Cumbria MARAC "
          "Information Sharing Protocol. Everyone present must sign the attendance sheet to confirm that they will keep "
          "this information confidential, and that they have the authority of their agency to share and receive "
          "information.\u201d", italic=True),
        P("Appendix 2 \u2013 Signatories", bold=True, size=11, before=10, after=6, keep=True),
    ]
    rows = [["Agency", "Name", "Position", "Date signed"]] + [list(s) for s in SIGNATORIES]
    b.append(Table(rows, widths=[3, 2, 2.6, 1], size=8.5))
    b += [
        P("Appendix 3 \u2013 Research before the meeting: what each agency should check", bold=True, size=11, before=10,
          after=6),
        Table([["Agency", "Records to check", "Bring to the meeting"],
               ["Cumbria Constabulary", "Incident logs, crime reports, custody records, intelligence, bail conditions",
                "Previous incidents, offending history of perpetrator, firearms and weapons, warning markers"],
               ["Children's Services", "Integrated Children's System", "Whether children are known, on a plan or looked after"],
               ["Adult Social Care", "Care records", "Care packages, capacity concerns, previous safeguarding alerts"],
               ["Health (PCT, hospital trusts, mental health trust)", "A&E and maternity records, mental health records",
                "Relevant attendances, pregnancy, mental health and substance misuse relevant to risk"],
               ["Probation", "Case management system", "Current orders and licence conditions, risk assessments"],
               ["Housing providers and district councils", "Tenancy, homelessness and anti-social behaviour records",
                "Tenancy status, options for moving the victim, sanctuary scheme, repairs to secure the property"],
               ["IDVA / Victim Support / voluntary sector", "Case notes", "Victim's views, wishes and current safety measures"]],
              widths=[2, 2.6, 3.2], size=8.5),
        P("Appendix 4 \u2013 Checklist for representatives", bold=True, size=11, before=10, after=6, keep=True),
        Bullets(["Have I researched my agency's records for every case on the list?",
                 "Is the information I intend to share relevant to the risk, and proportionate?",
                 "Do I know what my agency can offer to make the victim and children safer?",
                 "Have I signed the attendance sheet and heard the confidentiality statement?",
                 "Have I recorded on my agency's file that the case was heard, and the actions for my agency?",
                 "Have I completed my actions by the date agreed, and told the co-ordinator?"], indent=12),
        P("Appendix 5 \u2013 MARAC co-ordinators", bold=True, size=11, before=10, after=6, keep=True),
        Table([["Area", "Covers", "Based at"],
               ["North", "Carlisle and Eden", "Carlisle Police Station, Durranhill"],
               ["West", "Allerdale and Copeland", "Workington Police Station"],
               ["South", "Barrow and South Lakeland", "Barrow Police Station"]], widths=[1, 2, 3], size=9),
    ]
    return Doc(stem="cumbria_marac_isp_v3_2012", blocks=b, font="Times New Roman", size=11.5, heading_styled=False,
               heading_sizes=(12, 11.5, 11.5), header_left=TITLE, header_right="v3.0 March 2012",
               footer_left="RESTRICTED when completed", footer_center="", footer_pages="Page {page}",
               rl_font="Times", rl_columns=2, rl_rule_color="5B2C6F",
               core_title="MARAC ISP", core_author="MARAC Co-ordinator", core_created=dt.datetime(2012, 3, 5, 9, 15, 0))


def truth():
    partners, seen = [], set()
    for n, _, _, _ in SIGNATORIES:
        if n not in seen:
            seen.add(n)
            partners.append({"name": n, "org": REGISTRY.get(n)})
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": None,
        "partners": partners,
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": None,
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "accuracy", "breach", "agreement"],
        "missing_sections": ["retention", "complaints"],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "doc", "pdf"], "pdf_from": "rl"}
