"""A9. Hertfordshire CSE information sharing protocol, 2016: no lead, title in a cover table, headings in
capitals, review date only in prose, three template sections missing."""
import datetime as dt

from render import Bullets, Doc, H, P, PageBreak, Spacer, Table

TITLE = "Hertfordshire Child Sexual Exploitation (CSE) Information Sharing Protocol"

PURPOSE = ("This protocol is intended to help practitioners in Hertfordshire share information about children and young "
           "people who are being, or are at risk of being, sexually exploited, and about the people and places "
           "associated with that exploitation, so that children can be protected, disruption activity can be targeted "
           "and offenders can be brought to justice.")

PARTIES = [
    ("Hertfordshire County Council", None, "Kerry Kitching", "Director of Children's Services"),
    ("Hertfordshire Constabulary", None, "Det Ch Supt Yvonne Dorling", "Head of Protective Services"),
    ("Broxbourne Borough Council", None, "Barry Jephcott", "Chief Executive"),
    ("Dacorum Borough Council", None, "Joanna Bracegirdle", "Chief Executive"),
    ("East Hertfordshire District Council", None, "Imogen Goodliffe", "Chief Executive"),
    ("Hertsmere Borough Council", None, "Kathryn Varley", "Chief Executive"),
    ("North Hertfordshire District Council", None, "Edmund Fairlie", "Chief Executive"),
    ("St Albans City and District Council", None, "Rhiannon Mallender", "Chief Executive"),
    ("Stevenage Borough Council", None, "Lydia Hepplewhite", "Chief Executive"),
    ("Three Rivers District Council", None, "Lorna Wragg", "Chief Executive"),
    ("Watford Borough Council", None, "Philippa Emsley", "Managing Director"),
    ("Welwyn Hatfield Borough Council", None, "Carol Tindall", "Chief Executive"),
    ("Hertfordshire Partnership University NHS Foundation Trust", "Hertfordshire Partnership University NHS Foundation Trust",
     "Declan Utley", "Director of Quality and Safety"),
    ("Hertfordshire Community NHS Trust", None, "Julian Jarrold", "Director of Nursing and Quality"),
    ("East and North Hertfordshire NHS Trust", None, "Howard Rendall", "Director of Nursing"),
    ("West Hertfordshire Hospitals NHS Trust", None, "Gordon Chilvers", "Chief Nurse"),
    ("NHS Herts Valleys Clinical Commissioning Group", None, "Oliver Gascoigne", "Director of Nursing and Quality"),
    ("NHS East and North Hertfordshire Clinical Commissioning Group", None, "Vaughan Nettleton",
     "Director of Nursing and Quality"),
    ("Hertfordshire Fire and Rescue Service", None, "Keith Boddington", "Chief Fire Officer"),
    ("Barnardos", "Barnardo's", "Frances Kitching", "Assistant Director, Children's Services East"),
    ("The Children's Society", "The Children's Society", "Julian Goodliffe", "Regional Director"),
    ("Herts Young Homeless", None, "Howard Greatorex", "Chief Executive"),
]

STATUTES = [
    ("Children Act 1989", "Children Act", 1989, None),
    ("Children Act 2004", "Children Act", 2004, None),
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("Section 115 Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
    ("Sexual Offences Act 2003", "Sexual Offences Act", 2003, None),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Education Act 2002 section 175", "Education Act", 2002, "section 175"),
    ("Section 2 Child Abduction Act 1984", "Child Abduction Act", 1984, "section 2"),
    ("Anti-social Behaviour, Crime and Policing 2014", "Anti-social Behaviour, Crime and Policing Act", 2014, None),
    ("Modern Slavery Act 2015", "Modern Slavery Act", 2015, None),
    ("Children and Young Persons Act 1933", "Children and Young Persons Act", 1933, None),
]


def build():
    b = [
        P("HERTFORDSHIRE SAFEGUARDING CHILDREN BOARD", size=13, bold=True, align="center", color="C00000", after=6),
        P("CSE and Missing Sub-Group", size=10, align="center", after=100),
        Table([["INFORMATION SHARING PROTOCOL"],
               [TITLE],
               ["Date of issue: 3 October 2016          Version: 1.0"]], header_rows=1, widths=[1], shade="F2DCDB",
              size=14),
        Spacer(120),
        P("This protocol sits alongside the HSCB inter-agency child protection procedures and the Hertfordshire "
          "Information Sharing Protocol for children's services. Practitioners should refer to both.", size=9,
          italic=True, align="center"),
        PageBreak(),
        P("DOCUMENT CONTROL", bold=True, size=11, after=6),
        Table([["Author", "HSCB CSE and Missing Sub-Group"],
               ["Agreed by", "Hertfordshire Safeguarding Children Board, 21 September 2016"],
               ["Date of issue", "3 October 2016"],
               ["Version", "1.0"],
               ["Distribution", "All HSCB member agencies; published on the HSCB website"]],
              header_rows=0, widths=[1.3, 4.5], bold_first_col=True, shade=None, size=9.5),
        H(1, "INTRODUCTION"),
        P("Child sexual exploitation (CSE) is a form of child sexual abuse. It occurs where an individual or group takes "
          "advantage of an imbalance of power to coerce, manipulate or deceive a child or young person under the age of "
          "18 into sexual activity. The reports into Rotherham, Oxfordshire and elsewhere have shown that agencies often "
          "held pieces of information that, put together, would have shown what was happening to children much earlier."),
        P("In Hertfordshire the response to CSE is co-ordinated through the Multi-Agency CSE (MACSE) panels, one for each "
          "of the four Hertfordshire Constabulary areas, and through the CSE and Missing Sub-Group of the HSCB. This "
          "protocol has been agreed by the organisations that sit on those panels."),
        H(1, "PURPOSE"),
        P(PURPOSE),
        P("The protocol is not intended to replace the normal child protection referral process. If a child is at "
          "immediate risk, call the police on 999; if there are concerns that a child is suffering, or likely to suffer, "
          "significant harm, make a referral to Children's Services through the Customer Service Centre."),
        H(1, "SCOPE"),
        P("This protocol covers three kinds of information:"),
        Bullets(["information about individual children and young people who may be at risk of CSE (\u2018victim "
                 "information\u2019);",
                 "information about adults or young people who may be exploiting children (\u2018perpetrator "
                 "information\u2019);",
                 "information about locations, vehicles, hotels, takeaways, taxi firms and online spaces that may be linked "
                 "to CSE (\u2018intelligence\u2019), which may not identify a particular child."], kind="num", indent=18),
        P("It applies to all staff and volunteers of the signatory organisations, including those in commissioned "
          "services."),
        H(1, "ROLES AND RESPONSIBILITIES"),
        P("**All practitioners** should be alert to the warning signs of CSE (Appendix 1), use the Hertfordshire CSE "
          "screening tool where they have concerns, share information as described in this protocol, and discuss "
          "concerns with their agency's safeguarding lead."),
        P("**Agency CSE champions.** Each signatory organisation nominates a CSE champion who promotes this protocol within "
          "the organisation, attends the MACSE panel for its area (or makes sure the organisation is represented), and is "
          "the contact for the panel co-ordinator."),
        P("**MACSE panel chairs** are senior managers from Children's Services or Hertfordshire Constabulary. They make sure "
          "that the panel considers every child referred, that information is shared only for the purposes of the panel, "
          "and that every action is allocated to a named agency."),
        P("**The Constabulary's Child Sexual Exploitation Team** receives intelligence, develops it into investigations and "
          "disruption plans, and provides the monthly problem profile."),
        P("**The HSCB CSE and Missing Sub-Group** oversees the MACSE panels, receives the problem profile and reports to the "
          "Board on the effectiveness of the multi-agency response."),
        H(1, "LEGISLATION"),
        P("There is no single piece of law that governs information sharing about CSE. Practitioners can share information "
          "where the law allows it and where it is necessary and proportionate. The relevant legislation includes:"),
        Table([["Legislation", "Why it is relevant"],
               ["Children Act 1989", "Section 17 (children in need) and section 47 (duty to investigate where a child is "
                "suffering, or likely to suffer, significant harm)"],
               ["Children Act 2004", "Section 10 (co-operation) and section 11 (duty on agencies to safeguard and promote "
                "the welfare of children)"],
               ["Data Protection Act 1998", "Allows sharing where a Schedule 2 and Schedule 3 condition is met; section 29 "
                "(crime and taxation) and section 35 exemptions"],
               ["Section 115 Crime and Disorder Act 1998", "Power to disclose information to the police, local authorities "
                "and health bodies to prevent crime and disorder"],
               ["Sexual Offences Act 2003", "Offences against children; Sexual Harm Prevention Orders and Sexual Risk Orders "
                "(as amended in 2014)"],
               ["Human Rights Act 1998", "Article 8 rights may be interfered with where necessary to protect others or "
                "to prevent crime"],
               ["Education Act 2002 section 175", "Duty of schools and local authorities to safeguard pupils"],
               ["Section 2 Child Abduction Act 1984", "Basis for Child Abduction Warning Notices issued by the police"],
               ["Anti-social Behaviour, Crime and Policing 2014", "Closure notices and orders for premises used for CSE; "
                "powers to require hotels to provide information"],
               ["Modern Slavery Act 2015", "Trafficking of children for sexual exploitation"],
               ["Children and Young Persons Act 1933", "Section 1 \u2013 child cruelty"]],
              widths=[2.2, 4.5], size=9),
        P("Practitioners should also follow Working Together to Safeguard Children (2015), the HM Government guidance "
          "Information Sharing: Advice for practitioners (March 2015), and the Caldicott principles for health and social "
          "care. These are guidance and not law, but they are expected to be followed."),
        H(1, "CONSENT AND CONFIDENTIALITY"),
        P("Wherever possible, the child or young person, and their parents or carers where appropriate, should be told "
          "that information is going to be shared and why. However, consent is not needed, and should not be sought, "
          "where doing so would place the child at greater risk, alert a perpetrator, or compromise a police "
          "investigation."),
        P("Young people being exploited often do not see themselves as victims and may refuse consent. A refusal does not "
          "stop practitioners sharing information where there is a risk of significant harm. The reason for sharing "
          "without consent must always be recorded."),
        P("Information given in confidence, including by health professionals, may be shared where the public interest in "
          "protecting the child outweighs the duty of confidence."),
        H(1, "WHAT INFORMATION CAN BE SHARED"),
        Table([["Type", "Examples"],
               ["About the child", "Name, date of birth, address and placement, school, missing episodes, CSE screening tool "
                "score, sexual health attendances, substance misuse, changes in behaviour, associates"],
               ["About perpetrators", "Names and nicknames, descriptions, vehicles and registration numbers, phone numbers, "
                "social media accounts, addresses"],
               ["About places", "Addresses where children are taken, hotels, parks, takeaways, taxi companies, parties"],
               ["Outcomes", "Disruption actions taken, Child Abduction Warning Notices issued, prosecutions"]],
              widths=[1.6, 5], size=9),
        P("Only the information that is relevant and necessary should be shared. Do not share whole case records."),
        H(1, "HOW INFORMATION WILL BE SHARED"),
        P("**Intelligence.** Any practitioner with information about possible CSE should complete the Hertfordshire CSE "
          "Intelligence Sharing Form and send it within 24 hours to the Constabulary's Child Sexual Exploitation Team "
          "(Operation Makesafe) by secure email. The form can be submitted without the child's consent and the source "
          "will be protected."),
        P("**MACSE panels.** Each area MACSE panel meets monthly. The panel co-ordinator circulates the list of children "
          "and the intelligence summary by secure email (gcsx, nhs.net or pnn addresses only) five working days before "
          "the meeting. Agencies bring their own information to the meeting. Action notes are circulated by secure email "
          "within five working days."),
        P("**Strategy discussions.** Where a child is thought to be at risk of significant harm, a strategy discussion is "
          "held under the HSCB child protection procedures and information is shared at that discussion."),
        P("**Monthly profile.** The Constabulary's analyst produces a monthly CSE problem profile for the Sub-Group, which "
          "is anonymised."),
        H(1, "SECURITY"),
        P("Information shared under this protocol is sensitive and must be handled as OFFICIAL\u2013SENSITIVE. It must be "
          "sent only by secure email, stored on secure systems with access limited to those who need it, and never left "
          "unattended or discussed in public places. MACSE papers must not be taken out of the meeting room."),
        H(1, "BREACHES"),
        P("Any loss or unauthorised disclosure of information shared under this protocol must be reported straight away "
          "to the organisation that provided it and to the chair of the relevant MACSE panel. Each organisation will "
          "investigate breaches under its own procedures. Serious breaches, or any breach that may have put a child at "
          "risk, will be reported to the HSCB CSE and Missing Sub-Group."),
        H(1, "COMPLAINTS"),
        P("A child, young person or parent who is unhappy about the way information has been shared can complain to the "
          "organisation concerned using its complaints procedure. Where the complaint concerns the MACSE panel, it will "
          "be passed to the chair of the CSE and Missing Sub-Group, who will co-ordinate a response with the agencies "
          "involved."),
        H(1, "REVIEW"),
        P("This protocol will be reviewed by the CSE and Missing Sub-Group by 1st October 2017, or earlier if national "
          "guidance changes."),
        H(1, "SIGNATORIES"),
        P("This protocol takes effect from its date of issue. The organisations below have agreed to it through their "
          "representative on the Hertfordshire Safeguarding Children Board."),
    ]
    rows = [["Organisation", "Name", "Position"]] + [[n, who, post] for n, _, who, post in PARTIES]
    b += [Table(rows, widths=[3.2, 1.8, 2.6], size=8.5),
          PageBreak(),
          H(1, "APPENDIX 1 \u2013 WARNING SIGNS OF CHILD SEXUAL EXPLOITATION"),
          P("None of these signs on its own proves that a child is being exploited, but any of them should prompt a "
            "practitioner to think about CSE and to use the screening tool:"),
          Bullets(["going missing from home, care or school, or being found in areas away from home;",
                   "unexplained gifts, money, mobile phones or new clothes;",
                   "older boyfriends or girlfriends, or associating with older adults or groups;",
                   "getting into unknown cars or being picked up from school or home by unknown adults;",
                   "repeat sexually transmitted infections, pregnancy or termination;",
                   "misuse of drugs or alcohol;",
                   "changes in behaviour, mood, dress or friendships; self-harm;",
                   "secretive use of the internet, social media or mobile phones;",
                   "being involved in, or reporting, sexual assault or rape;",
                   "disengagement from education or a sudden drop in attendance."], indent=18),
          H(1, "APPENDIX 2 \u2013 MACSE PANEL TERMS OF REFERENCE (SUMMARY)"),
          Table([["Item", "Arrangement"],
                 ["Areas", "North (North Herts, Stevenage, East Herts); East (Broxbourne, Welwyn Hatfield); "
                  "West (Dacorum, Three Rivers, Watford); South (Hertsmere, St Albans)"],
                 ["Frequency", "Monthly, and extraordinary meetings called by the chair where needed"],
                 ["Chair", "Head of Service, Children's Services, or Detective Inspector, CSE Team"],
                 ["Core membership", "Children's Services; Constabulary; health (named nurse); education (Hertfordshire "
                  "County Council Education Support); district council community safety; Barnardos; The Children's "
                  "Society; Youth Connexions; Herts Young Homeless"],
                 ["Quorum", "Chair plus Children's Services, police and health"],
                 ["Outputs", "Action plan for each child; disruption plan for perpetrators and locations; report to the "
                  "CSE and Missing Sub-Group"]], widths=[1.4, 5.2], size=9),
          H(1, "APPENDIX 3 \u2013 CSE INTELLIGENCE SHARING FORM: INFORMATION REQUESTED"),
          Table([["Section", "Information"],
                 ["A. About you", "Name, agency, role, contact details (kept confidential by the police)"],
                 ["B. About the child (if known)", "Name, date of birth, address, school, placement"],
                 ["C. About the concern", "What was seen or heard, when and where; names, nicknames and descriptions of "
                  "adults involved; vehicles; phone numbers; social media"],
                 ["D. Action already taken", "Referral to Children's Services, strategy discussion, other agencies told"]],
                widths=[1.8, 4.8], size=9),
          H(1, "APPENDIX 4 \u2013 CONTACTS"),
          Table([["Service", "Contact"],
                 ["Emergency", "999"],
                 ["Children's Services Customer Service Centre", "0300 123 4043"],
                 ["Hertfordshire Constabulary (non-emergency)", "101"],
                 ["CSE Team (Operation Makesafe)", "Secure email address published on the HSCB website"],
                 ["HSCB Business Unit", "Hertfordshire Safeguarding Children Board, County Hall, Pegs Lane, Hertford "
                  "SG13 8DF"]], widths=[3, 3.6], size=9)]
    return Doc(stem="herts_cse_isp_2016", blocks=b, font="Century Gothic", size=10.5, heading_styled=False,
               heading_sizes=(12, 11, 10.5), heading_color="C00000", header_left="Hertfordshire Safeguarding Children Board",
               header_right="CSE Information Sharing Protocol", footer_left="Version 1.0 October 2016", footer_center="",
               footer_pages="{page}", rl_rule_color="C00000", core_title="CSE ISP final", core_author="HSCB",
               core_created=dt.datetime(2016, 9, 29, 13, 20, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": None,
        "partners": [{"name": n, "org": o} for (n, o, _, _) in PARTIES],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES],
        "review_date": "2017-10-01",
        "review_basis": "explicit",
        "commencement_date": "2016-10-03",
        "sections_present": ["purpose", "information_shared", "legal_basis", "security", "format_frequency",
                             "complaints", "breach", "agreement"],
        "missing_sections": ["individual_rights", "accuracy", "retention"],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "doc", "pdf"], "pdf_from": "docx"}
