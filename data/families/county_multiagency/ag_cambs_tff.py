"""A3. Cambridgeshire Together for Families (expanded Troubled Families programme), tier 2, 2015."""
import datetime as dt

from render import Bullets, Clause, Doc, H, P, PageBreak, Spacer, Table

TITLE = ("Together for Families: Information Sharing Agreement for the Cambridgeshire Troubled Families Programme")

PURPOSE = ("This agreement allows the partners to identify families in Cambridgeshire who meet the criteria of the "
           "expanded Troubled Families programme, to share information about those families so that one lead "
           "professional can co-ordinate the support they receive, and to measure the outcomes achieved so that "
           "results can be claimed under the national Financial Framework.")

LEAD = {"name": "Cambridgeshire County Council", "org": None}

PARTNERS = [
    ("Cambridge City Council", None, "Wendy Haddow", "Chief Executive"),
    ("East Cambridgeshire District Council", None, "Nerys Maddison", "Chief Executive"),
    ("Fenland District Council", None, "Wendy Sayers", "Chief Executive"),
    ("Huntingdonshire District Council", None, "Kathryn Utley", "Managing Director"),
    ("South Cambridgeshire District Council", None, "Ursula Gethin", "Interim Chief Executive"),
    ("Cambridgeshire Constabulary", None, "Lionel Fretwell", "Deputy Chief Constable"),
    ("Cambridgeshire Fire and Rescue Service", None, "Bernard Chilvers", "Chief Fire Officer"),
    ("Department for Work and Pensions", None, "Olwen Wragg", "Jobcentre Plus District Manager, Cambridgeshire and Suffolk"),
    ("Cambridgeshire and Peterborough NHS Foundation Trust", None, "Dr Imogen Jolliffe", "Caldicott Guardian"),
    ("Cambridgeshire Community Services NHS Trust", None, "Kathryn Fairlie", "Chief Executive"),
    ("Cambridgeshire and Peterborough Clinical Commissioning Group", None, "Howard Venables", "Chief Strategy Officer"),
    ("Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire Community Rehabilitation Company", None,
     "Alison Birtwhistle", "Chief Executive"),
    ("Sanctuary Housing Association", "Sanctuary Housing", "Edmund Daintith", "Regional Director, East"),
    ("Luminus Group", None, "Keith Brereton", "Director of Neighbourhoods"),
    ("Cambridgeshire Sport and Leisure Trust", None, "Oliver Chilvers", "Director"),
]

STATUTES = [
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("Local Goverment Act 2000 (section 2)", "Local Government Act", 2000, "section 2"),
    ("Localism Act 2011 (section 1)", "Localism Act", 2011, "section 1"),
    ("Children Act 2004 (section 10)", "Children Act", 2004, "section 10"),
    ("Children Act 1989 (section 17)", "Children Act", 1989, "section 17"),
    ("Crime and Disorder Act 1998 (sections 17 and 115)", "Crime and Disorder Act", 1998, None),
    ("Welfare Reform Act 2012 (section 131)", "Welfare Reform Act", 2012, "section 131"),
    ("Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
     "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations", 2012, None),
    ("Education Act 1996", "Education Act", 1996, None),
    ("Education (Pupil Information) (England) Regulations 2005", "Education (Pupil Information) (England) Regulations",
     2005, None),
    ("National Health Service Act 2006", "National Health Service Act", 2006, None),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Anti-social Behaviour, Crime and Policing Act 2014", "Anti-social Behaviour, Crime and Policing Act", 2014, None),
    ("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
]


def build():
    b = [
        P("CAMBRIDGESHIRE AND PETERBOROUGH INFORMATION SHARING FRAMEWORK", size=10, bold=True, color="2E5597", after=2),
        P("Tier 2 Agreement", size=10, color="2E5597", after=80),
        P("Together for Families:", size=22, bold=True, color="2E5597", after=4),
        P("Information Sharing Agreement for the Cambridgeshire Troubled Families Programme", size=18, bold=True,
          color="2E5597", after=40),
        Table([["Responsible organisation", "Cambridgeshire County Council"],
               ["Service", "Together for Families, Children, Families and Adults Services"],
               ["Agreement number", "CCC/ISA/2015/041"],
               ["Version", "2.0"],
               ["Start date", "1 May 2015"],
               ["Next review", "30/04/2016"],
               ["Information asset owner", "Head of Service, Together for Families"]],
              header_rows=0, widths=[1.6, 3], bold_first_col=True, shade=None, size=10),
        Spacer(60),
        P("Part of the Cambridgeshire and Peterborough Information Sharing Framework. This agreement sits beneath the "
          "Cambridgeshire and Peterborough Overarching Information Sharing Protocol (Tier 1), which all the parties "
          "have signed.", size=9, italic=True),
        PageBreak(),
        P("VERSION CONTROL", bold=True, size=11, after=6),
        Table([["Version", "Date", "Author", "Notes"],
               ["1.0", "12/09/2012", "T4F Programme Manager", "Phase 1 (2012\u20132015) agreement"],
               ["1.4", "20/01/2015", "Information Governance, CCC", "Redrafted for the expanded programme; health partners added"],
               ["1.6", "18/03/2015", "Information Governance, CCC", "DWP data items and Regulations 2012 gateway added"],
               ["2.0", "21/04/2015", "Information Governance, CCC", "Approved by Together for Families Board"]],
              widths=[0.8, 1.1, 2, 3.3], size=9),
        P("CONTENTS", bold=True, size=11, before=12, after=6),
        Table([["PART 1", "PURPOSE AND SCOPE"], ["PART 2", "THE PARTIES"], ["PART 3", "LEGAL POWERS"],
               ["PART 4", "INFORMATION TO BE SHARED"], ["PART 5", "HOW AND WHEN INFORMATION WILL BE SHARED"],
               ["PART 6", "KEEPING INFORMATION SECURE"], ["PART 7", "DATA QUALITY"],
               ["PART 8", "RETENTION AND DESTRUCTION"], ["PART 9", "RIGHTS OF INDIVIDUALS"],
               ["PART 10", "PROBLEMS, BREACHES AND COMPLAINTS"], ["PART 11", "SIGN-OFF"],
               ["APPENDIX 1", "Programme criteria"], ["APPENDIX 2", "Data flow"], ["APPENDIX 3", "Signatures"]],
              header_rows=0, widths=[1.3, 5], grid=False, shade=None, size=10),
        PageBreak(),
        H(1, "PART 1 \u2013 PURPOSE AND SCOPE"),
        Clause("1.1", "Background. The Troubled Families programme was launched by the Department for Communities and Local "
               "Government (DCLG) in 2012. In Cambridgeshire it is delivered as Together for Families (T4F). From April "
               "2015 the programme has been expanded to reach up to 400,000 more families nationally, with a wider set of "
               "criteria that include health problems, domestic abuse and children who need help."),
        Clause("1.2", PURPOSE),
        Clause("1.3", "Information will be shared for the following specific purposes:"),
        Bullets(["**Identification** \u2013 matching data held by the parties to identify families who meet two or more of "
                 "the six headline criteria set out in Appendix 1;",
                 "**Allocation and support** \u2013 enabling a lead professional or family worker to understand a family's "
                 "needs and to draw together a single family plan;",
                 "**Tracking and results** \u2013 recording the progress of each family against its outcomes plan, so that "
                 "the County Council can submit payment-by-results claims to DCLG and the results can be validated by "
                 "internal audit;",
                 "**Evaluation** \u2013 providing de-identified data to the national evaluation through the Family "
                 "Progress Data return, and locally to the Cambridgeshire Research Group."], kind="alpha", indent=36),
        Clause("1.4", "This agreement does not cover the wider case work undertaken with families by any single agency, "
               "which is governed by that agency's own policies and by the Tier 1 protocol."),
        Clause("1.5", "Peterborough City Council runs its own Connecting Families programme under a separate agreement and "
               "is not a party to this agreement."),
        H(1, "PART 2 \u2013 THE PARTIES"),
        Clause("2.1", "Cambridgeshire County Council (\u2018the County Council\u2019 or \u2018CCC\u2019) is the responsible "
               "organisation for this agreement. It receives the programme grant from DCLG, holds the Together for "
               "Families database, and is the data controller for the programme data held on it."),
        Clause("2.2", "The other parties supply data to the County Council and, where a family is being worked with, receive "
               "information from it. Each is a data controller in its own right for the data it holds. The parties are "
               "listed in Appendix 3 with the names and posts of those who signed on their behalf."),
        Clause("2.3", "Schools and academies provide attendance and exclusion data through the County Council's Education "
               "Management System under the Education (Pupil Information) (England) Regulations 2005 and are not separate "
               "signatories."),
        H(1, "PART 3 \u2013 LEGAL POWERS"),
        Clause("3.1", "The parties rely on the following powers. A party may only share where it is satisfied that a power "
               "applies to it."),
        Table([["Legislation", "Power", "Used by"],
               ["Local Goverment Act 2000 (section 2)", "Well-being power: anything likely to promote the economic, "
                "social or environmental well-being of the area", "County and district councils"],
               ["Localism Act 2011 (section 1)", "General power of competence (replacing s.2 for English councils)",
                "County and district councils"],
               ["Children Act 2004 (section 10)", "Co-operation arrangements to improve the well-being of children",
                "All \u2018relevant partners\u2019"],
               ["Children Act 1989 (section 17)", "Services for children in need and their families", "County Council"],
               ["Crime and Disorder Act 1998 (sections 17 and 115)", "Duty to consider crime and disorder; power to "
                "disclose to relevant authorities", "Police, councils, probation, health"],
               ["Welfare Reform Act 2012 (section 131)", "Sharing of social security information with local "
                "authorities", "DWP"],
               ["Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
                "Specifies the Troubled Families programme as a purpose for which DWP may share", "DWP"],
               ["Education Act 1996", "Attendance and exclusions; children missing education", "County Council, schools"],
               ["National Health Service Act 2006", "Co-operation between NHS bodies and local authorities", "NHS parties"],
               ["Anti-social Behaviour, Crime and Policing Act 2014", "Anti-social behaviour powers and injunctions",
                "Police, councils, housing providers"]],
              widths=[2.4, 3, 1.6], size=8.5),
        Clause("3.2", "**Data Protection Act 1998.** Personal data will be processed under Schedule 2, paragraph 5(b) "
               "(the exercise of functions conferred on any person by or under an enactment). Sensitive personal data "
               "(for example about offending, health or domestic abuse) will be processed under Schedule 3, paragraph "
               "7(1)(b), or, where that is not available, paragraph 10 together with the Data Protection (Processing of "
               "Sensitive Personal Data) Order 2000."),
        Clause("3.3", "**Human Rights Act 1998.** The parties consider that identification and the sharing of information "
               "to offer support is a proportionate interference with Article 8 rights, because it is limited to the data "
               "needed, is held securely, and is used to offer services that families may accept or refuse."),
        Clause("3.4", "**Consent.** Identification of families is carried out without consent, under the powers above. Once a "
               "family is allocated, the family worker will explain the programme and seek the family's agreement to work "
               "with them and to share information with the agencies involved in the family plan. A family that does not "
               "engage will continue to be tracked for results purposes only."),
        Clause("3.5", "The common law duty of confidence will be respected. Health information will be shared only with "
               "explicit consent, or where the Caldicott Guardian of the health party has agreed that there is an "
               "overriding public interest."),
        H(1, "PART 4 \u2013 INFORMATION TO BE SHARED"),
        Clause("4.1", "Only the data items below will be shared for identification. Further information about allocated "
               "families is shared case by case, on a need-to-know basis."),
        Table([["Source", "Data items", "Headline criterion"],
               ["Cambridgeshire Constabulary", "Name, DoB, address; proven offences in last 12 months (under 18); "
                "ASB incidents; domestic abuse incidents (victim/perpetrator flag)", "1, 5"],
               ["District councils / housing providers", "ASB complaints and interventions; tenancy at risk; homelessness "
                "applications", "1, 6"],
               ["County Council (education)", "UPN; persistent absence; fixed-term and permanent exclusions; alternative "
                "provision; children missing education", "2"],
               ["County Council (social care)", "Child in need, child protection plan, early help (CAF) status", "3"],
               ["Department for Work and Pensions", "National Insurance number; adults claiming out-of-work benefits "
                "(ESA, JSA, IS); young people not in education, employment or training where held", "4"],
               ["CCG / NHS trusts", "Flag only: family known to mental health, substance misuse or health visiting "
                "services (no clinical detail)", "6"],
               ["Community Rehabilitation Company", "Adults under supervision; current order type", "1"]],
              widths=[2, 4, 1], size=8.5),
        H(1, "PART 5 \u2013 HOW AND WHEN INFORMATION WILL BE SHARED"),
        Clause("5.1", "Identification data is provided to the Together for Families data team **monthly**, by the tenth "
               "working day of the month, using the County Council's secure file transfer service (Egress Switch) or "
               "GCSx email. Files must be password-protected Excel or CSV files in the agreed template."),
        Clause("5.2", "DWP data is returned **quarterly** through the DWP secure data matching process: the County Council "
               "sends a list of adults in identified families and DWP returns benefit flags only."),
        Clause("5.3", "Case information about allocated families is exchanged as needed between named workers by secure "
               "email, by telephone, or at team around the family (TAF) meetings."),
        Clause("5.4", "Results claims are submitted to DCLG **three times a year** in the windows set by DCLG. Claims contain "
               "no personal data."),
        H(1, "PART 6 \u2013 KEEPING INFORMATION SECURE"),
        Clause("6.1", "The Together for Families database is held on the County Council's network, with access limited to "
               "named members of the data team and lead professionals, and is audited. Each party will keep any data it "
               "receives secure and will not use it for any other purpose."),
        Clause("6.2", "Information will be marked and handled as OFFICIAL \u2013 SENSITIVE under the Government Security "
               "Classifications (April 2014). It must not be stored on personal devices or sent by ordinary email."),
        Clause("6.3", "All staff with access have completed the data protection e-learning of their own organisation in the "
               "last 12 months."),
        H(1, "PART 7 \u2013 DATA QUALITY"),
        Clause("7.1", "Each party is responsible for the accuracy of the data it supplies. The data team will validate files "
               "on receipt and will return records that cannot be matched to the supplying party for checking."),
        Clause("7.2", "Where a family disputes information, the lead professional will refer the dispute to the supplying "
               "party, which will check and correct its own records and inform the data team."),
        H(1, "PART 8 \u2013 RETENTION AND DESTRUCTION"),
        Clause("8.1", "Identification files are deleted within three months of receipt once matching is complete. Records "
               "of families identified but not taken on are deleted after 12 months."),
        Clause("8.2", "Records of families worked with are kept until the end of the programme (March 2020) and for "
               "6 years after that for audit purposes, or longer where they form part of a social care record."),
        H(1, "PART 9 \u2013 RIGHTS OF INDIVIDUALS"),
        Clause("9.1", "The County Council publishes a privacy notice explaining the programme on its website and in the "
               "leaflet given to every family at the first visit."),
        Clause("9.2", "Subject access requests for the Together for Families record are handled by the County Council's "
               "Information Governance Team, which will consult the supplying party before releasing its information. "
               "Requests made to another party for that party's own records are handled by that party."),
        Clause("9.3", "Freedom of Information Act 2000 requests are handled by the party that receives them."),
        H(1, "PART 10 \u2013 PROBLEMS, BREACHES AND COMPLAINTS"),
        Clause("10.1", "Any party that becomes aware of a breach of this agreement, including loss or unauthorised "
               "disclosure of data, must tell the Together for Families Programme Manager and its own information "
               "governance lead on the same working day. The party responsible will investigate and, where appropriate, "
               "report the incident to the Information Commissioner."),
        Clause("10.2", "Complaints from members of the public about the programme's use of their information should be made "
               "through the County Council's corporate complaints procedure. A complaint about a particular party's "
               "handling of information will be passed to that party. Complainants may also contact the Information "
               "Commissioner's Office."),
        Clause("10.3", "Disputes between the parties are referred to the Together for Families Board."),
        H(1, "PART 11 \u2013 SIGN-OFF"),
        Clause("11.1", "This agreement starts on 1 May 2015 and continues until the end of the expanded programme unless it "
               "is ended earlier. It will be reviewed by 30/04/2016 and every year after that."),
        Clause("11.2", "A party may withdraw by giving one month's written notice to the County Council; data already shared "
               "will continue to be protected under this agreement."),
        Clause("11.3", "The signatures in Appendix 3 are given by officers authorised to sign on behalf of their "
               "organisation."),
        PageBreak(),
        H(1, "APPENDIX 1 \u2013 PROGRAMME CRITERIA"),
        P("To be eligible, a family must have at least two of the following six problems:"),
        Bullets(["Parents and children involved in crime or anti-social behaviour.",
                 "Children who have not been attending school regularly.",
                 "Children who need help: children of all ages who need help, identified as in need or subject to a child "
                 "protection plan.",
                 "Adults out of work or at risk of financial exclusion, and young people at risk of worklessness.",
                 "Families affected by domestic violence and abuse.",
                 "Parents and children with a range of health problems."], kind="num", indent=18),
        H(1, "APPENDIX 2 \u2013 DATA FLOW"),
        Table([["Step", "From", "To", "What", "When"],
               ["1", "Parties", "T4F data team (CCC)", "Identification extracts", "Monthly"],
               ["2", "T4F data team", "DWP", "List of adults (name, DoB, NINO where known)", "Quarterly"],
               ["3", "DWP", "T4F data team", "Benefit flags", "Quarterly"],
               ["4", "T4F data team", "Lead professionals", "Family profile for allocation", "On allocation"],
               ["5", "Lead professionals", "T4F database", "Progress and outcomes", "Monthly"],
               ["6", "CCC", "DCLG", "Results claim (no personal data)", "Three times a year"],
               ["7", "CCC", "DCLG / Ecorys", "Family Progress Data (pseudonymised)", "Twice a year"]],
              widths=[0.5, 1.6, 1.6, 2.6, 1.2], size=8.5),
        PageBreak(),
        H(1, "APPENDIX 3 \u2013 SIGNATURES"),
        P("Signed on behalf of the responsible organisation:"),
        Table([["Organisation", "Name", "Post", "Signature", "Date"],
               ["Cambridgeshire County Council", "Alistair Kettleby", "Executive Director: Children, Families and Adults",
                "signed", "21/04/2015"]], widths=[2.3, 1.5, 2.4, 0.9, 1], size=8.5),
        P("Signed on behalf of the partner organisations:"),
    ]
    sig = [["Organisation", "Name", "Post", "Signature", "Date"]]
    dates = ["23/04/2015", "24/04/2015", "27/04/2015", "23/04/2015", "29/04/2015", "22/04/2015", "28/04/2015",
             "05/05/2015", "30/04/2015", "28/04/2015", "06/05/2015", "11/05/2015", "07/05/2015", "30/04/2015",
             "12/05/2015"]
    for (n, _, who, post), d in zip(PARTNERS, dates):
        sig.append([n, who, post, "signed", d])
    b += [Table(sig, widths=[2.3, 1.5, 2.4, 0.9, 1], size=8.5)]
    return Doc(stem="cambs_together_for_families_isa_v2_2015", blocks=b, font="Arial", size=10.5,
               heading_styled=False, heading_sizes=(12, 11, 10.5), heading_color="2E5597",
               header_left="Together for Families \u2013 Information Sharing Agreement",
               header_right="CCC/ISA/2015/041  v2.0", footer_left="Cambridgeshire County Council",
               footer_center="OFFICIAL \u2013 SENSITIVE (when completed)", footer_pages="Page {page} of {pages}",
               rl_font="Helvetica", rl_rule_color="2E5597", core_title="T4F ISA v2.0",
               core_author="Cambridgeshire County Council", core_created=dt.datetime(2015, 4, 21, 11, 5, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, o, _, _) in PARTNERS],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES] + [
            {"citation": "Data Protection (Processing of Sensitive Personal Data) Order 2000",
             "title": "Data Protection (Processing of Sensitive Personal Data) Order", "year": 2000, "provision": None}],
        "review_date": "2016-04-30",
        "review_basis": "explicit",
        "commencement_date": "2015-05-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "doc", "pdf"], "pdf_from": "rl"}
