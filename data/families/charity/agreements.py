"""Text and truth of the `charity` family's agreements.

Every agreement is a dict:
  slug      file stem
  outputs   which files to write: docx, pdf_lo (Word -> PDF by LibreOffice),
            doc (Word -> .doc by LibreOffice), pdf_rl (PDF drawn with reportlab)
  docx / rl layout options for the two renderers in make.py
  blocks    the document, in order
  truth     the truth record (without file/format), written by hand from the text
"""

# block helpers -------------------------------------------------------------

def T(*lines, **opt):
    return ("title", list(lines), opt)


def K(text, **opt):
    return ("kicker", text, opt)


def H(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def P(text):
    return ("p", text)


def SM(text):
    return ("small", text)


def B(*items):
    return ("bullets", list(items))


def N(*items):
    return ("numbered", list(items))


def TAB(rows, **opt):
    return ("table", rows, opt)


def KV(rows, **opt):
    return ("kv", rows, opt)


def SIG(sigs, **opt):
    return ("sig", sigs, opt)


def TOC(*entries):
    return ("toc", list(entries))


PB = ("pagebreak",)
FULL = ("fullpage",)
CB = ("colbreak",)


def SP(n=1):
    return ("spacer", n)


def s(signed, name, role, org, date):
    return {"signed": signed, "name": name, "role": role, "org": org, "date": date}


def st(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def org(name, reg=None):
    return {"name": name, "org": reg}


ALL_SECTIONS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def sections(missing=()):
    missing = list(missing)
    return [k for k in ALL_SECTIONS if k not in missing], [k for k in ALL_SECTIONS if k in missing]


UKGDPR = "UK General Data Protection Regulation"

AGREEMENTS = []

# ===========================================================================
# 1. Tendring Young Carers - young carers and schools
# ===========================================================================
A1_TITLE1 = "Sharing information about young carers:"
A1_TITLE2 = "an agreement between Tendring Young Carers, Essex County Council and schools in Tendring"
A1_PURPOSE = ("We are sharing information so that young carers in Tendring are noticed early and get "
              "the right support at school and at home. A young carer is someone under 18 who helps to "
              "look after a family member who is ill, disabled, has a mental health condition or misuses "
              "drugs or alcohol. Many young carers are hidden: their teachers do not know, and they miss "
              "out on help they are entitled to.")
_p1, _m1 = sections()
AGREEMENTS.append({
    "slug": "tendring_young_carers_sharing",
    "outputs": ["docx", "pdf_lo", "doc"],
    "docx": {
        "font": "Verdana", "size": 10.5, "heading_mode": "style", "heading_color": "7B2C83",
        "h1_size": 14, "first_page_different": True,
        "header": "Young carers information sharing agreement  |  version 1.2",
        "footer": ("Tendring Young Carers, The Old Library, 12 Station Road, Clacton-on-Sea CO15 1SE\n"
                   "Registered charity no. 1127764  ·  Company no. 06712093  ·  ICO registration Z2713390"),
        "author": "Sam Okafor",
    },
    "blocks": [
        K("Tendring Young Carers", size=16, bold=True, color="7B2C83"),
        SP(3),
        T(A1_TITLE1, A1_TITLE2, size=22, color="7B2C83"),
        SP(1),
        K("Version 1.2  –  April 2024"),
        SP(2),
        KV([
            ["Host organisation", "Tendring Young Carers (registered charity no. 1127764)"],
            ["Written by", "Sam Okafor, Operations Manager, with the Young Carers’ Forum"],
            ["Approved by", "Board of Trustees, 16 April 2024"],
            ["Next look at it", "April 2025"],
            ["Questions", "info@tendringyoungcarers.org.uk  ·  01255 470 112"],
        ]),
        PB,
        H("About this agreement"),
        P("This agreement was written by Tendring Young Carers with help from the young carers who "
          "meet at our Thursday forum. We have tried to keep it short and in plain English. If anything "
          "in it is unclear, please ask us and we will explain it or change it."),
        P("It replaces the informal arrangement we have had with schools since 2019, which relied on "
          "phone calls and goodwill. That worked for some schools and not for others."),
        H("Who is this agreement between?"),
        B("**Tendring Young Carers** (host organisation) – registered charity no. 1127764, ICO registration Z2713390",
          "**Essex County Council** – ICO registration Z2120726",
          "**Tendring District Council** – ICO registration Z577148X",
          "**Clacton County High School**",
          "**Harwich and Dovercourt High School**",
          "**Tendring Technology College**"),
        P("Other schools in Tendring can join by signing the form at the end of this agreement. Each "
          "school is its own data controller, and so is each of the other organisations above."),
        H("Why are we sharing information?"),
        P(A1_PURPOSE),
        P("By sharing a small amount of information with each other we can:"),
        B("make sure a young carer’s school knows, so that staff can be flexible about things like "
          "homework deadlines, lateness and phone use at break time;",
          "refer young carers for a young carer’s needs assessment without the family having to ask "
          "several times;",
          "invite young carers to our clubs, trips and one-to-one support;",
          "count how many young carers there are in Tendring, so that services can be planned."),
        H("What will we share?"),
        P("We will only share what is needed. That is usually:"),
        B("the young person’s name, date of birth, address and school, and their year group;",
          "the name and contact details of a parent or carer;",
          "who the young person cares for, and the illness or disability in general terms "
          "(for example “mum has a long-term illness”), not medical details;",
          "how caring affects them at school – attendance, tiredness, worries;",
          "the outcome of any young carer’s needs assessment and the support agreed;",
          "whether the young person and their family agree to the sharing."),
        P("We will not share medical records, social care case files or anything the young person has "
          "asked us to keep private, unless there is a safeguarding concern (see below)."),
        P("Numbers we send to Essex County Council for planning are counts only, with no names."),
        H("Is it legal?"),
        P("Yes. Councils must assess a young carer’s needs when asked, or when it appears that the "
          "young carer may need support, under section 17ZA of the Children Act 1989, which was added "
          "by the Children and Family Act 2014. Councils, schools and other bodies also have to work "
          "together to improve the wellbeing of children under section 10 of the Children Act 2004."),
        P("When a young carer is getting close to 18, the Care Act 2014 applies as well, because the "
          "council must think about the needs of young carers who will become adult carers."),
        P("Under the UK GDPR, the council and the schools share information because it is part of "
          "their public tasks. Tendring Young Carers relies on its legitimate interests as a charity "
          "supporting young carers, and on the consent of the family where we ask for it. Information "
          "about a family member’s health is special category data, and we rely on the conditions in "
          "Schedule 1 of the Data Protection Act 2018 for it."),
        P("We also respect the common law duty of confidentiality: if a young person tells us something "
          "in confidence we will not pass it on without their agreement, unless we have to in order to "
          "keep them or someone else safe. We follow the Equality Act 2010 in the way we offer support, "
          "so that no young carer is left out because of their background or disability."),
        H2("Asking for agreement"),
        P("We will always talk to the young person and, where it is right, their parent or carer "
          "before we share. Most families are happy for the school to know. If a young person does not "
          "want their school told, we will respect that unless there is a safeguarding concern, in which "
          "case we will follow Essex safeguarding procedures and the school’s Designated Safeguarding Lead "
          "will be told."),
        H("Can young people see what we hold about them?"),
        P("Yes. Anyone can ask any of the organisations for a copy of the information held about them. "
          "Young people aged 12 or over can usually ask for themselves. Parents can ask on behalf of "
          "younger children. Each organisation will answer within one month."),
        P("People can also ask us to correct something that is wrong, or to stop sharing their "
          "information where the sharing is based on consent. If a request is about information that came "
          "from another partner, we will tell that partner before we reply."),
        H("How will we keep it safe?"),
        B("Only staff who work with young carers, and each school’s young carers lead and Designated "
          "Safeguarding Lead, will see the information.",
          "Information is kept on password-protected systems. Our own case records are on Charitylog.",
          "Paper notes are kept in locked cabinets and shredded when they are no longer needed.",
          "Staff and volunteers who see personal information have data protection training every year.",
          "Laptops and phones used for this work are encrypted."),
        H("How and when will we share?"),
        P("Referrals to Tendring Young Carers come through our online referral form or by secure email "
          "(Egress or another encrypted service). We never send names by ordinary email."),
        P("At the start of each school term we send each school a list of the young carers on our books "
          "who attend it. The list goes to the school’s named young carers lead only. Schools tell us "
          "within two weeks if a young carer has left."),
        P("If something urgent comes up, staff may phone each other. Anything discussed by phone is "
          "written up on the organisation’s own record the same day."),
        P("Every six months we send Essex County Council the number of young carers supported in each "
          "school and ward. These figures have no names in them."),
        H("Making sure information is right"),
        P("Whoever shares a piece of information is responsible for checking that it is correct and up "
          "to date before sending it. If anyone finds that something is wrong, they tell the organisation "
          "that sent it, and that organisation corrects it and lets everyone else who has it know."),
        P("We try to keep facts separate from opinions. For example, “Jamie has been late four times "
          "this half term” is a fact; “Jamie seems tired” is an opinion, and we will say so."),
        H("How long will we keep it?"),
        P("Tendring Young Carers keeps a young carer’s record until they turn 21 and then deletes it, "
          "unless there has been a safeguarding concern, in which case we keep it for longer in line with "
          "our retention policy. Schools keep information in line with their own records policy, and the "
          "council follows its retention schedule. The termly lists are deleted when the next one arrives."),
        H("What if something goes wrong?"),
        P("If information is lost, sent to the wrong person or seen by someone who should not see it, "
          "the person who notices must tell their manager straight away, and the organisation must tell "
          "the host organisation within 24 hours. Each organisation will look into what happened and "
          "decide, with its data protection officer, whether it needs to be reported to the Information "
          "Commissioner’s Office. Serious breaches must be reported to the ICO within 72 hours."),
        H("Who can people complain to?"),
        P("If a young person or family is unhappy with the way their information has been shared, they "
          "can complain to the organisation involved using its complaints procedure. If they are still "
          "not happy, they can complain to the Information Commissioner’s Office (ico.org.uk, 0303 123 1113)."),
        H("When does this agreement start, and how can someone leave?"),
        P("This agreement starts on 1 May 2024. Any partner can leave it by writing to the host "
          "organisation and giving one month’s notice. Information already shared must still be looked "
          "after in the way this agreement describes."),
        P("We will look at this agreement again in April 2025, or sooner if the law changes or a partner "
          "asks us to."),
        PB,
        H("Signatures"),
        P("By signing, each organisation agrees to follow this agreement."),
        SIG([
            s("(signed)", "Helen Brightwell", "Chief Executive", "Tendring Young Carers", "24 April 2024"),
            s("(signed)", "Marcus Delaney", "Head of Service, Children and Families (North East)",
              "Essex County Council", "26 April 2024"),
            s("(signed)", "Priya Natt", "Data Protection Officer", "Tendring District Council", "29 April 2024"),
            s("(signed)", "Andrew Pike", "Headteacher", "Clacton County High School", "25 April 2024"),
            s("(signed)", "Claire Voss", "Deputy Headteacher", "Harwich and Dovercourt High School", "30 April 2024"),
            s("(signed)", "Rob Ellison", "Principal", "Tendring Technology College", "30 April 2024"),
        ]),
        PB,
        H("Form for schools joining later"),
        P("Schools that want to join this agreement should fill in this form and send it to the host "
          "organisation. We will add the school to the list of partners the next time we look at the "
          "agreement."),
        SIG([s("", "", "", "", "")], labels=[("School", "org"), ("Young carers lead", "name"),
                                             ("Signed", "signed"), ("Role", "role"), ("Date", "date")]),
    ],
    "truth": {
        "title": A1_TITLE1 + " " + A1_TITLE2,
        "purpose": A1_PURPOSE,
        "lead": org("Tendring Young Carers"),
        "partners": [
            org("Essex County Council", "Essex County Council"),
            org("Tendring District Council", "Tendring District Council"),
            org("Clacton County High School"),
            org("Harwich and Dovercourt High School"),
            org("Tendring Technology College"),
        ],
        "statutes": [
            st("section 17ZA of the Children Act 1989", "Children Act", 1989, "section 17ZA"),
            st("Children and Family Act 2014", "Children and Families Act", 2014),
            st("section 10 of the Children Act 2004", "Children Act", 2004, "section 10"),
            st("Care Act 2014", "Care Act", 2014),
            st("UK GDPR", UKGDPR, None),
            st("Schedule 1 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
            st("Equality Act 2010", "Equality Act", 2010),
        ],
        "review_date": "2025-04-30",
        "review_basis": "explicit",
        "commencement_date": "2024-05-01",
        "sections_present": _p1,
        "missing_sections": _m1,
    },
})

# ===========================================================================
# 2. Changing Pathways - IDVA referrals and Southend MARAC
# ===========================================================================
A2_TITLE = "Referrals to the Independent Domestic Violence Advisor (IDVA) Service and the Southend MARAC"
A2_PURPOSE = ("This agreement sets out how partners will share information about adults at risk of "
              "serious harm from domestic abuse, so that they can be referred quickly to an Independent "
              "Domestic Violence Advisor (IDVA) and, where the risk is high, discussed at the Southend "
              "Multi-Agency Risk Assessment Conference (MARAC). The aim is to keep victims and their "
              "children safe and to hold perpetrators to account.")
_p2, _m2 = sections(["complaints"])
AGREEMENTS.append({
    "slug": "changing_pathways_idva_marac",
    "outputs": ["docx", "pdf_lo", "doc"],
    "docx": {
        "font": "Calibri", "size": 11, "heading_mode": "style", "heading_color": "C00000",
        "first_page_different": True,
        "header": "IDVA & MARAC ISA v2.0   OFFICIAL-SENSITIVE when completed",
        "footer": ("Changing Pathways · PO Box 5437 · Basildon SS14 0HZ · Registered charity 1071645 · "
                   "Company 03559140 · ICO Z6636508\nHelpline 0300 777 8888"),
        "author": "D. Mensah",
        "core_title": "Information Sharing Agreement template",
        "table_fill": "F2DCDB",
    },
    "blocks": [
        K("Changing Pathways", size=18, bold=True, color="C00000"),
        K("Supporting people affected by domestic abuse across south Essex", size=11),
        SP(3),
        T("INFORMATION SHARING AGREEMENT", size=26, color="404040"),
        SP(1),
        T(A2_TITLE, size=16, color="C00000"),
        SP(1),
        K("Coordinated by Changing Pathways"),
        K("Version 2.0 – DRAFT for partner sign-off", size=11),
        SP(2),
        TAB([["Version", "Date", "Author", "Changes"],
             ["1.0", "01/06/2021", "R. Hale", "First version, Southend only"],
             ["1.1", "14/02/2023", "R. Hale", "Thurrock Council added as a partner"],
             ["2.0", "05/03/2024", "D. Mensah", "Rewritten after the Domestic Abuse Act 2021; Safer Places added"]]),
        KV([["Approved by", "Changing Pathways Board of Trustees"],
            ["Date approved", "19/03/2024"],
            ["Review due", "31/03/2026"],
            ["Classification", "OFFICIAL (this document); OFFICIAL-SENSITIVE once case details are added"]]),
        PB,
        H("Contents"),
        TOC("1. What this agreement is for\t3", "2. Who is signed up\t3", "3. What we share\t4",
            "4. The law we rely on\t4", "5. People’s rights\t5",
            "6. Keeping information safe – and what to do if it goes wrong\t5",
            "7. How information moves between us\t6", "8. Accuracy and who is responsible\t6",
            "9. Keeping and deleting records\t7", "10. Signing up, leaving and reviewing\t7",
            "Appendix A – Laws referred to in this agreement\t8", "Appendix B – MARAC referral data items\t8"),
        PB,
        H("1. What this agreement is for"),
        P(A2_PURPOSE),
        P("Domestic abuse thrives on silence. Victims often tell one professional part of their story – "
          "a midwife, a GP, a housing officer, a police officer – and no one sees the whole picture. "
          "Sharing the right information, at the right time, with the right people, is how we see the risk "
          "and act on it."),
        P("This agreement covers two things: (a) referrals into the Changing Pathways IDVA service, and "
          "(b) the sharing of information before, during and after the fortnightly Southend MARAC. It does "
          "not cover the refuge service, which has its own agreement."),
        H("2. Who is signed up"),
        TAB([["Organisation", "Charity / ICO number", "Main contact"],
             ["Changing Pathways (coordinator)", "Charity 1071645 / ICO Z6636508", "IDVA Service Manager"],
             ["Southend-on-Sea City Council", "ICO Z6029331", "Community Safety Team"],
             ["Essex Police", "ICO Z4883472", "Public Protection Unit, Southend"],
             ["Mid and South Essex NHS Foundation Trust", "ICO ZA764961", "Safeguarding Adults Team"],
             ["Essex Partnership University NHS Foundation Trust", "ICO Z2980123", "Safeguarding Lead"],
             ["Thurrock Council", "ICO Z8228055", "Domestic Abuse Coordinator"],
             ["Safer Places", "Charity 1088834 / ICO Z6584606", "Head of Services"]],
            rl_widths=[0.42, 0.3, 0.28]),
        P("SafeLives provides the national MARAC model and training, but is not a party to this agreement "
          "and receives no personal information under it."),
        H("3. What we share"),
        P("For an IDVA referral:"),
        B("the victim’s name, date of birth, address, safe contact number and whether it is safe to "
          "leave a message;",
          "the completed SafeLives DASH risk checklist and the referrer’s view of the risk;",
          "names and dates of birth of any children in the household, and their school or nursery;",
          "the alleged perpetrator’s name, date of birth and address if known;",
          "any disability, language or interpreting needs, and immigration status where it affects "
          "access to support."),
        P("For MARAC, each agency researches its own records and shares only information that is "
          "relevant to the risk: previous incidents, injuries seen, missed appointments, housing history, "
          "mental health and substance use where it bears on risk, and any current court orders."),
        P("Minutes and action plans record actions, not the full discussion."),
        H("4. The law we rely on"),
        P("The definition of domestic abuse used by all partners is the one in section 1 of the Domestic "
          "Abuse Act 2021. Information may be disclosed to the police, the council and health bodies for "
          "the purpose of reducing crime and disorder under Section 115 of the Crime and Disorder Act 1998."),
        P("Where there is a risk to an adult with care and support needs, partners will also follow "
          "the safeguarding duty in section 42 of the Care Act 2014. Where there are children in the "
          "household, section 11 of the Children Act 2004 requires the council, police and NHS bodies to "
          "make sure their functions are carried out with regard to the need to safeguard and promote the "
          "welfare of children."),
        P("Domestic Homicide Reviews are held under the Domestic Violence Crime and Victims Act 2004, and "
          "partners may be asked to share information about a case with a review panel."),
        P("Under the UK GDPR, the public bodies rely on public task, and Changing Pathways and Safer "
          "Places rely on legitimate interests. Health information and information about crimes are "
          "sensitive; partners rely on the safeguarding of individuals at risk condition in the Data "
          "Protection Act 2018. Each partner must be able to show why sharing was necessary and "
          "proportionate, in line with the Human Rights Act 1998."),
        P("The common law duty of confidence is not a bar: it can be set aside where there is a risk of "
          "serious harm, and MARAC referrals are made at that level of risk."),
        H2("Consent"),
        P("IDVAs will always try to get the victim’s agreement before making a MARAC referral. A referral "
          "can still be made without agreement where the risk is high, and the reason must be recorded. "
          "Perpetrators are never told about a referral or about MARAC."),
        H("5. People’s rights"),
        P("Victims and others have the right to ask for a copy of the information held about them. Each "
          "partner deals with these requests itself. Because MARAC information could put someone in danger "
          "if it reached the wrong person, partners must talk to the MARAC coordinator before releasing "
          "anything that came from MARAC, so that the exemptions in the data protection law can be "
          "considered. Requests under freedom of information law for MARAC papers will normally be refused."),
        H("6. Keeping information safe – and what to do if it goes wrong"),
        P("MARAC papers are sent only by secure email (Egress, nhs.net, pnn or gcsx addresses). Meetings "
          "held on Microsoft Teams are not recorded, and attendees must join from a private space. Printed "
          "papers are collected at the end of each meeting and shredded."),
        P("Each partner keeps its records on its own systems with access limited to staff who need it. "
          "Changing Pathways uses Modus, with two-factor login."),
        P("If anything goes wrong – papers left on a train, an email to the wrong address, a perpetrator "
          "learning about a referral – the partner who finds out must tell the MARAC coordinator and their "
          "own data protection officer on the same day. The partner responsible decides whether to report to "
          "the Information Commissioner’s Office within 72 hours, and the MARAC steering group reviews every "
          "incident at its next meeting. Where a victim’s safety is at risk, the police are told immediately."),
        H("7. How information moves between us"),
        P("IDVA referrals are sent on the referral form by secure email to the Changing Pathways hub, "
          "within 24 hours of the referrer identifying the risk."),
        P("The MARAC list is circulated five working days before each fortnightly meeting. Agencies send "
          "their research to the coordinator two working days before the meeting. Actions are sent out "
          "within three working days afterwards."),
        P("In an emergency, information is shared by phone and then confirmed in writing."),
        H("8. Accuracy and who is responsible"),
        P("Each agency is responsible for the accuracy of what it brings to MARAC and must say where "
          "information is an allegation or third-hand. If information turns out to be wrong, the agency that "
          "provided it tells the coordinator, who corrects the minutes and lets the other agencies know."),
        P("Each partner is a separate controller of the information it holds. Changing Pathways, as "
          "coordinator, is responsible for the MARAC minutes."),
        H("9. Keeping and deleting records"),
        P("MARAC minutes and action plans are kept by the coordinator for six years after the last "
          "discussion of a case. IDVA case records are kept for six years after the case is closed, or "
          "until the youngest child named reaches 25, whichever is later. Each partner keeps the records it "
          "creates in line with its own retention schedule."),
        H("10. Signing up, leaving and reviewing"),
        P("This agreement comes into force on 1 April 2024 for every partner that has signed it. A partner "
          "may leave by giving one month’s notice in writing to Changing Pathways, but must go on protecting "
          "the information it already has."),
        P("It will be reviewed by the date in the document control table, or earlier after any Domestic "
          "Homicide Review that makes recommendations about information sharing."),
        SIG([
            s("", "Joanne Whitlock", "Chief Executive", "Changing Pathways", "20/03/2024"),
            s("", "Tom Aldous", "Director of Public Protection", "Southend-on-Sea City Council", "22/03/2024"),
            s("", "Det Supt Karen Lyle", "Head of Public Protection", "Essex Police", "25/03/2024"),
            s("", "Dr Ruth Adeyemi", "Director of Nursing (Safeguarding)",
              "Mid and South Essex NHS Foundation Trust", "27/03/2024"),
            s("", "Nikhil Rao", "Caldicott Guardian", "Essex Partnership University NHS Foundation Trust",
              "27/03/2024"),
            s("", "Gemma Clarke", "Strategic Lead, Community Safety", "Thurrock Council", "28/03/2024"),
            s("", "Allison Gardner", "Head of Services", "Safer Places", "28/03/2024"),
        ], mode="table"),
        PB,
        H("Appendix A – Laws referred to in this agreement"),
        B("Domestic Abuse Act 2021", "Crime and Disorder Act 1998 (section 115)", "Care Act 2014",
          "Children Act 2004", "Domestic Violence Crime and Victims Act 2004",
          "Protection from Harassment Act 1997", "Serious Crime Act 2015 (controlling or coercive behaviour)",
          "Data Protection Act 2018 and UK GDPR", "Human Rights Act 1998"),
        P("Guidance: SafeLives MARAC guidance; Working Together to Safeguard Children (2023); "
          "Multi-agency statutory guidance for the conduct of Domestic Homicide Reviews."),
        H("Appendix B – MARAC referral data items"),
        TAB([["Item", "Required?", "Notes"],
             ["Victim name, date of birth, address", "Yes", "Include any previous names"],
             ["Safe contact details", "Yes", "Say if it is not safe to call"],
             ["DASH score and referrer’s view", "Yes", "Professional judgement referrals are accepted"],
             ["Children in household", "Yes", "Names, dates of birth, school or nursery"],
             ["Perpetrator details", "If known", "Never contact the perpetrator"],
             ["Diversity and access needs", "If known", "Interpreter, disability, immigration status"]]),
    ],
    "truth": {
        "title": A2_TITLE,
        "purpose": A2_PURPOSE,
        "lead": org("Changing Pathways", "Changing Pathways"),
        "partners": [
            org("Southend-on-Sea City Council", "Southend Borough Council"),
            org("Essex Police", "Essex Police"),
            org("Mid and South Essex NHS Foundation Trust"),
            org("Essex Partnership University NHS Foundation Trust"),
            org("Thurrock Council", "Thurrock Council"),
            org("Safer Places", "Safer Places"),
        ],
        "statutes": [
            st("section 1 of the Domestic Abuse Act 2021", "Domestic Abuse Act", 2021, "section 1"),
            st("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
            st("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
            st("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
            st("Domestic Violence Crime and Victims Act 2004", "Domestic Violence, Crime and Victims Act", 2004),
            st("UK GDPR", UKGDPR, None),
            st("Data Protection Act 2018", "Data Protection Act", 2018),
            st("Human Rights Act 1998", "Human Rights Act", 1998),
            st("Protection from Harassment Act 1997", "Protection from Harassment Act", 1997),
            st("Serious Crime Act 2015", "Serious Crime Act", 2015),
        ],
        "review_date": "2026-03-31",
        "review_basis": "explicit",
        "commencement_date": "2024-04-01",
        "sections_present": _p2,
        "missing_sections": _m2,
    },
})

# ===========================================================================
# 3. Colchester Foodbank - referrals leaflet (two columns, reportlab)
# ===========================================================================
A3_TITLE = "Referring people to Colchester Foodbank"
A3_PURPOSE = ("Partners refer people who cannot afford food to Colchester Foodbank using an e-referral. "
              "This agreement explains what information travels with that referral, why the foodbank "
              "needs it, and how everyone keeps it safe. Sharing the right details means people get food "
              "quickly, without having to tell their story again at the foodbank door.")
_p3, _m3 = sections(["accuracy", "breach"])
AGREEMENTS.append({
    "slug": "colchester_foodbank_referrals",
    "outputs": ["pdf_rl"],
    "rl": {
        "layout": "leaflet", "font": "DejaVuSans", "size": 9.5, "accent": "#2E7D32",
        "table_fill": "#E8F5E9", "title_size": 21, "banner_cm": 5.0,
        "banner_org": "Colchester Foodbank  ·  part of the Trussell Trust network",
        "banner_sub": "How we share information with our referral partners",
        "header": "Colchester Foodbank – information sharing with referral partners",
        "no_header_first": True,
        "footer": ("Colchester Foodbank, Unit 4, Moorside Business Park, Colchester CO1 2ZF  ·  "
                   "Registered charity no. 1142876  ·  ICO Z3019842"),
        "author": "Colchester Foodbank",
    },
    "blocks": [
        T("Referring people to", "Colchester Foodbank"),
        H("Why are we sharing information?"),
        P(A3_PURPOSE),
        P("Colchester Foodbank is part of the Trussell Trust network of food banks. We are a local "
          "charity, run mostly by volunteers, with five distribution centres across Colchester and one "
          "in Brightlingsea."),
        H("Who has signed up to this agreement?"),
        B("Colchester Foodbank (registered charity no. 1142876, ICO Z3019842)",
          "Citizens Advice Colchester (registered charity no. 1090372)",
          "Colchester City Council",
          "Colchester Borough Homes",
          "Provide Community Interest Company",
          "Tendring District Council"),
        P("Each of us is responsible, on our own, for the information we hold. Nobody is in charge of "
          "the others. Schools, GP surgeries and churches that refer to us use the same e-referral system "
          "and accept these rules when they register, but they have not signed this agreement."),
        H("What will we share?"),
        P("When a partner refers someone, the e-referral holds:"),
        B("name, address and phone number of the person being referred;",
          "how many adults and children are in the household, and the children’s ages;",
          "the main reason for the crisis (for example benefit delay, low income, debt, sickness);",
          "any dietary needs, and whether the household has a way to cook;",
          "the name and organisation of the person who made the referral."),
        P("We do not need, and do not ask for, National Insurance numbers, bank details or medical "
          "information. If a partner thinks a household needs extra help, such as a debt appointment, "
          "the referral can say so, but only with the person’s agreement."),
        P("The foodbank sends back to the referring partner only a note that the food parcel was "
          "collected, or that it was not collected within two weeks."),
        H("What gives us the right to share?"),
        P("Under the UK GDPR we share mainly with the agreement of the person being referred: the "
          "referrer reads them the short privacy statement on the e-referral and ticks the box. The "
          "councils also rely on their public tasks, including the general power in section 1 of the "
          "Localism Act 2011 that Colchester City Council uses to fund emergency food support. The "
          "Data Protection Act 2018 sets out the rest of the rules we follow."),
        P("We collect some equality information (for example age and disability), which we only ever "
          "report as totals, to show that we are meeting our duties under the Equalities Act 2010 and to "
          "plan where we open. Information that people share with us in confidence is also protected by "
          "the common law duty of confidentiality."),
        H("How is it passed on?"),
        P("All referrals go through the Trussell Trust’s secure online referral system. Partners log in "
          "with their own account; passwords must not be shared between staff. Paper vouchers are no "
          "longer used except at the Brightlingsea centre, where they are handed straight to the person, "
          "not posted or emailed."),
        P("Referrals can be made at any time. Food parcels are handed out on weekdays between 10am and "
          "2pm. Each month the foodbank sends partners a short report of how many parcels were given out, "
          "by ward, with no names."),
        H("How do we keep it safe?"),
        B("Only named staff at each partner can make referrals or see them.",
          "Volunteers at distribution centres see only the name, household size and dietary needs.",
          "Nothing is printed at distribution centres.",
          "Everyone who uses the system completes the foodbank’s data protection training "
          "(20 minutes, online) before they start, and again every two years."),
        H("How long do we keep it?"),
        P("The foodbank keeps each referral for three years after the last parcel was collected, and "
          "then deletes it automatically. Totals with no names are kept for longer so that we can show "
          "trends. Partners keep any copy of a referral in line with their own retention rules."),
        H("Your rights"),
        P("Anyone who has been referred can ask to see what we hold about them, ask us to correct it, "
          "or ask us to delete it. They can also withdraw their agreement to future referrals. Just speak "
          "to a volunteer, call us on 01206 548 190 or email info@colchesterfoodbank.org.uk. We will "
          "answer within one month."),
        H("Who can people complain to?"),
        P("Complaints about the foodbank go to our Trustees, at the address below. Complaints about a "
          "partner go to that partner. Anyone who is not happy with the answer can go to the Information "
          "Commissioner’s Office."),
        H("Signing up"),
        P("This agreement started on 3 June 2024, when the last of the six partners signed it. We will "
          "look at it again one year after it started, and sooner if the e-referral system changes. A "
          "partner can leave by telling the foodbank in writing; its staff accounts on the e-referral "
          "system will then be closed."),
        H("Questions partners often ask"),
        H2("Can I refer someone who lives outside Colchester?"),
        P("Yes, if they can get to one of our centres. For people living in Tendring away from "
          "Brightlingsea, it is usually better to refer them to their nearest food bank, and we can give "
          "you the details."),
        H2("Does the person have to show ID at the foodbank?"),
        P("No. They give their name, and the volunteer checks it against the referral. Nobody is asked "
          "to prove they are poor."),
        H2("The person has no phone. What do I put?"),
        P("Leave the phone number blank and tick “no phone”. We will not try to contact them; they can "
          "simply turn up at the centre they chose."),
        H2("Can I see what other partners have said about someone?"),
        P("No. Each partner sees only the referrals its own staff have made. The foodbank can tell you "
          "whether your referral was collected, but not about referrals from anyone else."),
        H2("How many times can someone be referred?"),
        P("There is no fixed limit. After three referrals in six months, the foodbank will ask whether the "
          "person would like a conversation with Citizens Advice Colchester about money and benefits, and "
          "will only pass on their details if they say yes."),
        H2("Who do I ask if I am not sure?"),
        P("Call the foodbank office on 01206 548 190 (Monday to Friday, 9am to 3pm) and ask for the "
          "Partnerships Coordinator."),
        FULL,
        H("Signatures of the six partners"),
        P("Each partner below has agreed to this agreement. A copy of each signed page is kept at the "
          "foodbank office."),
        SIG([
            s("(signed)", "Rev. Ian Hollis", "Chair of Trustees", "Colchester Foodbank", "20 May 2024"),
            s("(signed)", "Farah Qureshi", "Chief Officer", "Citizens Advice Colchester", "22 May 2024"),
            s("(signed)", "Lucy Mortimer", "Head of Communities", "Colchester City Council", "24 May 2024"),
            s("(signed)", "Dean Tyler", "Director of Housing Services", "Colchester Borough Homes", "28 May 2024"),
            s("(signed)", "Stephen Woodford", "Information Governance Manager",
              "Provide Community Interest Company", "30 May 2024"),
            s("(signed)", "Anita Shah", "Head of Housing", "Tendring District Council", "3 June 2024"),
        ], rl_mode="table", cols=["Signed", "Name", "Role", "Organisation", "Date"],
            keys=["signed", "name", "role", "org", "date"]),
    ],
    "truth": {
        "title": A3_TITLE,
        "purpose": A3_PURPOSE,
        "lead": None,
        "partners": [
            org("Colchester Foodbank"),
            org("Citizens Advice Colchester"),
            org("Colchester City Council", "Colchester Borough Council"),
            org("Colchester Borough Homes", "Colchester Borough Homes"),
            org("Provide Community Interest Company", "Provide"),
            org("Tendring District Council", "Tendring District Council"),
        ],
        "statutes": [
            st("UK GDPR", UKGDPR, None),
            st("section 1 of the Localism Act 2011", "Localism Act", 2011, "section 1"),
            st("Data Protection Act 2018", "Data Protection Act", 2018),
            st("Equalities Act 2010", "Equality Act", 2010),
        ],
        "review_date": "2025-06-03",
        "review_basis": "relative",
        "commencement_date": "2024-06-03",
        "sections_present": _p3,
        "missing_sections": _m3,
    },
})

# ===========================================================================
# 4. St Helena Hospice - My Care Choices Register (reportlab report + DOCX)
# ===========================================================================
A4_TITLE = "My Care Choices Register: Sharing End of Life Care Information"
A4_PURPOSE = ("The My Care Choices Register lets people in north east Essex record how and where they "
              "would like to be cared for at the end of their life, and lets the professionals who care "
              "for them see those wishes at any time of day or night. This agreement covers the sharing "
              "of register records between St Helena Hospice and the NHS and social care organisations "
              "listed in section 2, so that a person’s choices are known and respected wherever they are seen.")
_p4, _m4 = sections()
AGREEMENTS.append({
    "slug": "st_helena_my_care_choices",
    "outputs": ["pdf_rl", "docx"],
    "rl": {
        "layout": "report", "font": "Helvetica", "size": 10, "accent": "#005EB8",
        "table_fill": "#E3EEF9",
        "header": "My Care Choices Register – ISA v3.1 – OFFICIAL",
        "header_left": "St Helena Hospice",
        "no_header_first": True,
        "footer": ("St Helena Hospice, Myland Hall, Barncroft Close, Highwoods, Colchester CO4 9JU\n"
                   "Registered charity no. 280919  ·  Company limited by guarantee no. 01500612"),
        "author": "St Helena Information Governance",
    },
    "docx": {
        "font": "Arial", "size": 10.5, "heading_mode": "style", "heading_color": "005EB8",
        "header": "St Helena Hospice  |  My Care Choices Register – ISA v3.1  |  OFFICIAL",
        "footer": ("St Helena Hospice, Myland Hall, Barncroft Close, Highwoods, Colchester CO4 9JU  ·  "
                   "Registered charity no. 280919"),
        "first_page_different": True,
        "author": "IG Lead",
        "table_fill": "E3EEF9",
    },
    "blocks": [
        K("St Helena Hospice", size=16, bold=True, color="005EB8"),
        K("Information Sharing Agreement", size=12),
        SP(1),
        KV([["Title", A4_TITLE],
            ["Responsible organisation", "St Helena Hospice (registered charity no. 280919)"],
            ["Document owner", "Head of Information Governance and Data Protection Officer"],
            ["Version", "3.1"],
            ["Status", "Approved"],
            ["Approved by", "Caldicott Guardian and Clinical Governance Committee"],
            ["Date approved", "12/03/2024"],
            ["Date of next review", "March 2025"]], rl_widths=[0.3, 0.7]),
        H2("Version history"),
        TAB([["Version", "Date", "Summary of changes"],
             ["1.0", "09/2016", "Register launched with CCG and GP practices"],
             ["2.0", "05/2018", "Updated for the Data Protection Act 2018"],
             ["3.0", "11/2022", "ICB replaces CCGs; ambulance service view access added"],
             ["3.1", "03/2024", "Essex County Council adult social care added; minor wording"]],
            rl_widths=[0.14, 0.16, 0.7]),
        PB,
        H("1. Introduction and purpose"),
        P(A4_PURPOSE),
        P("People who have planned ahead are more likely to die in the place they chose and less likely "
          "to have an emergency admission in their last weeks. The register only works if the people "
          "who might be called – a district nurse at 3am, a paramedic, a 111 clinician, a social worker – "
          "can see the plan."),
        H("2. Parties to this agreement"),
        TAB([["Organisation", "Role in the register", "ICO registration"],
             ["St Helena Hospice", "Responsible organisation; hosts and maintains the register", "Z5871204"],
             ["NHS Suffolk and North East Essex Integrated Care Board", "Commissioner of the register", "ZB345119"],
             ["East Suffolk and North Essex NHS Foundation Trust", "Hospital and community nursing", "ZA534872"],
             ["East of England Ambulance Service NHS Trust", "999 and NHS 111 clinical assessment", "Z955129X"],
             ["Essex Partnership University NHS Foundation Trust", "Community mental health services", "Z2980123"],
             ["Essex County Council", "Adult social care", "Z2120726"]],
            rl_widths=[0.42, 0.4, 0.18]),
        P("GP practices in north east Essex view and update the register through their clinical system "
          "under a separate practice agreement and are not parties to this document."),
        H("3. Information to be shared"),
        P("A register record contains:"),
        B("NHS number, name, date of birth, address and GP practice;",
          "diagnosis or diagnoses relevant to end of life care;",
          "preferred place of care and preferred place of death;",
          "ReSPECT or DNACPR decision and where the form is kept;",
          "whether the person has a Lasting Power of Attorney for health and welfare, and the attorney’s "
          "name and contact details;",
          "anticipatory medicines prescribed and where they are kept;",
          "key contacts: next of kin, main carer and lead professional;",
          "any wishes about religion, culture or what matters most to the person."),
        P("Nothing is added to the register without the person’s knowledge. Free-text notes are limited "
          "to 500 characters and must not contain third-party information."),
        H("4. Legal basis"),
        P("The register supports individual care, so partners rely on the UK GDPR public task basis (for "
          "the NHS bodies and the council) and legitimate interests (for St Helena), together with the "
          "health or social care condition for special category data in the Data Protection Act 2018. "
          "The duty to share information for direct care in the Health and Social Care Act 2015 applies to "
          "all the NHS parties."),
        P("Where a person lacks capacity to agree to a record, a best interests decision is made and "
          "recorded under the Mental Capacity Act 2005. We do not rely on section 251 of the National Health "
          "Service Act 2006, because no information is used for purposes beyond the person’s own care."),
        P("After a person has died, requests from relatives for their record are dealt with under the "
          "Access to Health Records Act 1990."),
        P("The common law duty of confidentiality is met because the person is told about the register and "
          "can say no (implied consent for direct care). All parties apply the eight Caldicott Principles."),
        H("5. Rights of the individual"),
        P("People on the register, or their attorney, can see their own record, ask for it to be changed "
          "and ask to be taken off the register at any time. Requests for a copy can be made to any party; "
          "the party that receives the request deals with it and tells St Helena. The right to object is "
          "explained in the leaflet given when the record is created, and in the St Helena privacy notice."),
        H("6. Keeping records secure"),
        P("Every party must meet the standards of the NHS Data Security and Protection Toolkit, or, for "
          "Essex County Council, equivalent standards with an up-to-date toolkit submission."),
        B("Access is role-based and uses an NHS smartcard or two-factor login.",
          "Every view and change is recorded in an audit trail; St Helena audits a sample monthly.",
          "Records are never downloaded in bulk or printed, except a single patient summary for a home "
          "visit, which is returned or destroyed after use.",
          "Staff with access complete annual data security training."),
        H("7. How records are viewed and updated"),
        P("The register is a shared electronic record. It is viewed live, not sent: GP practices and "
          "community nurses see it in SystmOne or EMIS; the ambulance service and NHS 111 see it through "
          "a direct look-up when a call is received; the hospital sees it through the shared care record. "
          "Changes made by one party are visible to all within minutes."),
        P("St Helena sends the ICB a quarterly report of the number of people on the register and the "
          "proportion who died in their preferred place. This report contains no names or NHS numbers."),
        H("8. Data quality"),
        P("The professional who creates or changes a record is responsible for its accuracy. Records are "
          "reviewed at least every three months by the lead professional. If anyone sees something that "
          "looks wrong – for example an out-of-date DNACPR decision – they must not rely on it and must "
          "tell the St Helena register team the same day, who will contact the record’s author."),
        H("9. How long records are kept"),
        P("When a person dies, their register record is closed and kept for eight years, then deleted, "
          "in line with the NHS Records Management Code of Practice. Records of people who ask to leave "
          "the register are closed at once and deleted after eight years. Each party keeps its own clinical "
          "records to its own schedule."),
        H("10. Incidents"),
        P("Any actual or suspected breach of confidentiality or security involving register data must be "
          "reported to St Helena within 24 hours, and logged on the reporting party’s own incident system. "
          "The party where the incident happened leads the investigation, assesses it using the Data "
          "Security and Protection Toolkit incident tool and, if required, reports it to the Information "
          "Commissioner within 72 hours."),
        H("11. Concerns and complaints"),
        P("Patients and families can raise concerns with the party involved, through its complaints or "
          "Patient Advice and Liaison Service. If they remain unhappy they can contact the Parliamentary and "
          "Health Service Ombudsman, or the Information Commissioner about data protection matters."),
        H("12. Sign-off"),
        P("This version comes into effect on 1 April 2024 and replaces version 3.0. A party may withdraw "
          "by giving three months’ notice to St Helena; its access will then be removed."),
        SIG([
            s("", "Dr Anne-Marie Cole", "Medical Director and Caldicott Guardian", "St Helena Hospice", "12/03/2024"),
            s("", "Owen Price", "Director of Digital", "NHS Suffolk and North East Essex Integrated Care Board", "18/03/2024"),
            s("", "Julia Barnes", "Chief Nursing Information Officer",
              "East Suffolk and North Essex NHS Foundation Trust", "19/03/2024"),
            s("", "Emma Sears", "Head of Information Governance", "East of England Ambulance Service NHS Trust", "21/03/2024"),
            s("", "Nikhil Rao", "Caldicott Guardian", "Essex Partnership University NHS Foundation Trust", "21/03/2024"),
            s("", "Laura Finch", "Director, Adult Social Care (North East)", "Essex County Council", "26/03/2024"),
        ], mode="table"),
        PB,
        H("Appendix A – Legislation and guidance"),
        TAB([["Law or guidance", "Why it matters here"],
             ["UK GDPR and Data Protection Act 2018", "Lawful basis and conditions for health data"],
             ["Health and Social Care Act 2015", "Duty to share for direct care"],
             ["Mental Capacity Act 2005", "Best interests, Lasting Powers of Attorney"],
             ["Access to Health Records Act 1990", "Records of people who have died"],
             ["Caldicott Principles (guidance)", "Confidentiality in health and care"],
             ["Records Management Code of Practice 2023 (guidance)", "How long records are kept"]],
            rl_widths=[0.45, 0.55]),
        H("Appendix B – Contacts"),
        KV([["Register team", "mycarechoices@sthelena.org.uk  ·  01206 931 468"],
            ["Data Protection Officer", "dpo@sthelena.org.uk"],
            ["ICB IG team", "snee.ig@nhs.net"]], rl_widths=[0.3, 0.7]),
    ],
    "truth": {
        "title": A4_TITLE,
        "purpose": A4_PURPOSE,
        "lead": org("St Helena Hospice"),
        "partners": [
            org("NHS Suffolk and North East Essex Integrated Care Board"),
            org("East Suffolk and North Essex NHS Foundation Trust"),
            org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
            org("Essex Partnership University NHS Foundation Trust"),
            org("Essex County Council", "Essex County Council"),
        ],
        "statutes": [
            st("Data Protection Act 2018", "Data Protection Act", 2018),
            st("UK GDPR", UKGDPR, None),
            st("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act", 2015),
            st("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
            st("section 251 of the National Health Service Act 2006", "National Health Service Act", 2006,
               "section 251"),
            st("Access to Health Records Act 1990", "Access to Health Records Act", 1990),
        ],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": "2024-04-01",
        "sections_present": _p4,
        "missing_sections": _m4,
    },
})

# ===========================================================================
# 5. Mind in Mid Herts - Crisis Cafe referrals (Hertfordshire)
# ===========================================================================
A5_TITLE = "Crisis Café Referrals and Follow-Up"
A5_PURPOSE = ("Partners share information so that people in a mental health crisis can be referred to a "
              "Crisis Café as a safe alternative to A&E or a police cell, and so that the café team can "
              "let the person’s care team know about the visit. Sharing means the person does not have to "
              "repeat their story and is more likely to get follow-up support.")
_p5, _m5 = sections(["format_frequency", "accuracy"])
AGREEMENTS.append({
    "slug": "mind_mid_herts_crisis_cafe",
    "outputs": ["docx", "pdf_lo", "doc"],
    "docx": {
        "font": "Arial", "size": 11, "heading_mode": "bold", "bold_heading_color": "1D4F91",
        "h1_size": 13, "header": "Mind in Mid Herts", "header_align": "left", "header_bold": True,
        "header_color": "1D4F91",
        "footer": ("Mind in Mid Herts, Wellbeing Centre, 3 Queensway, Hatfield AL10 0LW  ·  Registered charity "
                   "1097392  ·  Company 4649350"),
        "author": "Mind in Mid Herts",
        "table_fill": "DCE6F2",
    },
    "blocks": [
        SP(2),
        K("Mind in Mid Herts", size=20, bold=True, color="1D4F91"),
        SP(2),
        KV([["Name of agreement", A5_TITLE],
            ["Type", "Information sharing agreement (multi-agency)"],
            ["Owner", "Mind in Mid Herts (registered charity no. 1097392, ICO Z7396104)"],
            ["Version", "1.0 final"],
            ["Date signed", "14 October 2024"],
            ["Review", "12 months after signing"],
            ["Contact", "Clare Dunmore, Head of Crisis Services, crisis@mindinmidherts.org.uk"]]),
        PB,
        H("Background"),
        P("Mind in Mid Herts has run out-of-hours Crisis Cafés in Hatfield, St Albans and Hemel "
          "Hempstead since 2017. The cafés are open every evening from 6pm to 11pm and are staffed by "
          "trained wellbeing practitioners and peer support workers, many of whom have their own lived "
          "experience of crisis."),
        H("What the sharing is for"),
        P(A5_PURPOSE),
        P("The sharing also helps partners to understand who uses the cafés and whether they reduce "
          "the number of people taken to A&E or detained by the police."),
        H("Organisations taking part"),
        B("Mind in Mid Herts – owner of this agreement",
          "Hertfordshire County Council – Adult Care Services",
          "Hertfordshire Partnership University NHS Foundation Trust",
          "Hertfordshire Constabulary",
          "East of England Ambulance Service NHS Trust",
          "NHS Hertfordshire and West Essex Integrated Care Board"),
        P("In this agreement we call Hertfordshire Partnership University NHS Foundation Trust “HPFT”, "
          "and the ambulance service “EEAST”."),
        H("Information we will share"),
        P("When a partner refers someone to a café:"),
        B("first name and surname, or a first name only if the person prefers;",
          "date of birth and the first half of the postcode;",
          "a short description of the crisis and any immediate risks (for example to self or others);",
          "whether the person is known to HPFT mental health services, and if so the team;",
          "the referrer’s name and phone number."),
        P("After a visit, with the person’s agreement, the café tells their care team (or their GP "
          "if they do not have one):"),
        B("the date and time of the visit and which café;",
          "a summary of what was discussed and any safety plan agreed;",
          "anything the person has asked to be passed on."),
        P("The commissioning ICB and the council receive numbers only: visits, referral sources, "
          "age bands and outcomes."),
        H("Why the law allows it"),
        P("The cafés do not take people detained by the police: a café is not a place of safety under "
          "section 136 of the Mental Health Act 1983, and officers who have detained someone must take "
          "them to the health-based place of safety. Police officers may refer people they meet who are "
          "not detained."),
        P("Hertfordshire County Council takes part as part of its duty under the Care Act 2014 to prevent "
          "and delay the need for care and support. The NHS partners share for the person’s care."),
        P("Mind in Mid Herts relies on consent and legitimate interests under the UK GDPR, and on the "
          "conditions for health data in the Data Protection Act 2018. The public bodies rely on public task. "
          "Where someone lacks capacity to agree at the time of a crisis, staff follow the Mental Capacity "
          "Act 2005 and share only what is needed in their best interests."),
        P("All partners respect the common law duty of confidentiality and the right to a private life "
          "in the Human Right Act 1998. Information will be shared without agreement only where there is a "
          "serious risk to the person or someone else."),
        H("Telling people, and their rights"),
        P("Every visitor is told, in plain words and in the café leaflet, what will be passed on and to "
          "whom. They can say no to the follow-up message. Visitors can ask any partner for a copy of the "
          "information it holds about them, ask for mistakes to be put right and, where sharing is based "
          "on consent, withdraw it. Mind in Mid Herts will deal with requests about café records within "
          "one month."),
        H("Keeping information secure"),
        P("Café records are kept on the Mind in Mid Herts case management system, which is hosted in the "
          "UK and needs two-factor login. Only café staff and their managers can see café records. Staff "
          "do not keep personal details on their own phones. Paper notes made during a visit are typed up "
          "before the end of the shift and shredded. Each partner keeps what it receives on its own secure "
          "systems, with access limited to the people who need it."),
        H("Keeping records"),
        P("Mind in Mid Herts keeps café records for six years after the last visit and then deletes them. "
          "Each partner keeps information it receives in line with its own retention schedule. Figures "
          "without names may be kept for longer."),
        H("Incidents"),
        P("Any loss of information, or information sent to the wrong place, must be reported to the "
          "organisation it came from on the same day. The organisation where it happened investigates and "
          "decides whether to report to the Information Commissioner’s Office, which must be done within "
          "72 hours if the incident is likely to put people at risk."),
        H("Concerns and complaints"),
        P("Anyone unhappy with how their information has been used can complain to the partner concerned. "
          "Mind in Mid Herts complaints go to the Chief Executive. People can also contact the Information "
          "Commissioner’s Office."),
        H("Signing and review"),
        P("This agreement takes effect from the date on the front page, when the last partner signed it. "
          "We will review it 12 months after signing, or sooner if the café model changes. A partner may "
          "leave by giving Mind in Mid Herts two months’ notice."),
        SIG([
            s("……………………", "Clare Dunmore", "Head of Crisis Services", "Mind in Mid Herts", "02/10/2024"),
            s("……………………", "Ian Woodward", "Assistant Director, Prevention and Wellbeing",
              "Hertfordshire County Council", "07/10/2024"),
            s("……………………", "Dr Sunita Rahman", "Caldicott Guardian",
              "Hertfordshire Partnership University NHS Foundation Trust", "08/10/2024"),
            s("……………………", "Chief Inspector Paul Rees", "Mental Health Lead", "Hertfordshire Constabulary",
              "10/10/2024"),
            s("……………………", "Emma Sears", "Head of Information Governance",
              "East of England Ambulance Service NHS Trust", "11/10/2024"),
            s("……………………", "Rachel Hurst", "Director of Mental Health Commissioning",
              "NHS Hertfordshire and West Essex Integrated Care Board", "14/10/2024"),
        ]),
    ],
    "truth": {
        "title": A5_TITLE,
        "purpose": A5_PURPOSE,
        "lead": org("Mind in Mid Herts"),
        "partners": [
            org("Hertfordshire County Council"),
            org("Hertfordshire Partnership University NHS Foundation Trust",
                "Hertfordshire Partnership University NHS Foundation Trust"),
            org("Hertfordshire Constabulary"),
            org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
            org("NHS Hertfordshire and West Essex Integrated Care Board"),
        ],
        "statutes": [
            st("section 136 of the Mental Health Act 1983", "Mental Health Act", 1983, "section 136"),
            st("Care Act 2014", "Care Act", 2014),
            st("UK GDPR", UKGDPR, None),
            st("Data Protection Act 2018", "Data Protection Act", 2018),
            st("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
            st("Human Right Act 1998", "Human Rights Act", 1998),
        ],
        "review_date": "2025-10-14",
        "review_basis": "relative",
        "commencement_date": "2024-10-14",
        "sections_present": _p5,
        "missing_sections": _m5,
    },
})

# ===========================================================================
# 6. Age UK Essex - Home from Hospital (2019/20, CCGs, DPA 1998 legacy)
# ===========================================================================
A6_TITLE = "Home from Hospital Service (Mid and South Essex)"
A6_PURPOSE = ("The Home from Hospital service helps older people return home safely after a stay in "
              "hospital. Age UK Essex staff and volunteers visit within 48 hours of discharge, check that "
              "the person has food, heating and medication, and provide up to six weeks of practical "
              "support. To do this Age UK Essex needs to receive a small amount of information from the "
              "hospital discharge teams and to report back to Essex County Council on the support given.")
_p6, _m6 = sections()
AGREEMENTS.append({
    "slug": "age_uk_essex_home_from_hospital",
    "outputs": ["docx", "pdf_lo"],
    "docx": {
        "font": "Tahoma", "size": 10.5, "heading_mode": "style", "heading_color": "00548F",
        "h1_size": 13,
        "header": "Essex County Council  –  Data Sharing Agreement  –  OFFICIAL",
        "footer": ("Age UK Essex, Moulsham Mill, Parkway, Chelmsford CM2 7PX  ·  Registered charity 1087840  ·  "
                   "Company 4132914"),
        "author": "Age UK Essex",
        "textbox_height": 150, "textbox_fill": "E6F0F8", "textbox_color": "00548F",
        "table_fill": "E6F0F8",
    },
    "blocks": [
        SP(2),
        K("DATA SHARING AGREEMENT", size=24, bold=True, color="00548F"),
        SP(1),
        ("textbox", [(A6_TITLE, 20, True),
                     ("between Essex County Council, Age UK Essex and NHS partners", 12, False)]),
        SP(2),
        KV([["Document reference", "ECC-DSA-2019-114"],
            ["Version", "1.3 (final)"],
            ["Prepared by", "Information Governance, Age UK Essex, for Essex County Council"],
            ["Approved by", "ECC Adult Social Care Information Governance Board"],
            ["Approval date", "21 November 2019"],
            ["Review due", "Jan-2021"]]),
        PB,
        H("Part 1  Purpose of sharing"),
        P(A6_PURPOSE),
        P("The service is commissioned by Essex County Council with funding from the Better Care Fund. "
          "This agreement is led by Essex County Council, which commissions the Home from Hospital service "
          "and is the controller of the monitoring information."),
        H("Part 2  Parties"),
        TAB([["Party", "Registered office", "ICO registration"],
             ["Essex County Council", "County Hall, Market Road, Chelmsford CM1 1QH", "Z2120726"],
             ["Age UK Essex (registered charity 1087840)", "Moulsham Mill, Parkway, Chelmsford CM2 7PX", "Z8732011"],
             ["Mid Essex Hospital Services NHS Trust", "Broomfield Hospital, Chelmsford CM1 7ET", "Z9751505"],
             ["Basildon and Thurrock University Hospitals NHS Foundation Trust",
              "Basildon Hospital, Nethermayne, Basildon SS16 5NL", "Z6288182"],
             ["Southend University Hospital NHS Foundation Trust",
              "Prittlewell Chase, Westcliff-on-Sea SS0 0RY", "Z1972899"],
             ["NHS Mid Essex CCG", "Wren House, Hedgerows Business Park, Chelmsford CM2 5PF", "ZA007619"],
             ["NHS Basildon and Brentwood CCG", "Phoenix Court, Christopher Martin Road, Basildon SS14 3HG",
              "ZA007615"]]),
        H("Part 3  Legal basis"),
        P("Essex County Council commissions the service as part of its duty under section 2 of the Care "
          "Act 2014 to prevent, reduce or delay the need for care and support. The hospital trusts share "
          "discharge information as part of the person’s care. The CCGs take part under their duties in the "
          "National Health Service Act 1977 to commission services that meet the needs of their population, "
          "and under the Health and Social Care Act 2012."),
        P("Since 25 May 2018 the sharing has been governed by the General Data Protection Regulation (EU) "
          "2016/679 (GDPR) and the Data Protection Act 2018. The public bodies rely on the public task "
          "basis. Age UK Essex processes on the council’s behalf for the monitoring returns and as "
          "a controller for its own support records, relying on legitimate interests. Health data is "
          "processed under the health and social care condition. This agreement replaces the 2016 Home "
          "from Hospital protocol, which was written under the Data Protection Act 1998."),
        P("Article 8 of the European Convention on Human Rights, given effect by the Human Rights Act 1998, "
          "is respected by sharing only what is needed. The common law duty of confidence is met by telling "
          "the patient about the referral and asking their agreement on the ward."),
        H("Part 4  Data to be shared"),
        TAB([["From", "To", "Data items"],
             ["Hospital discharge team", "Age UK Essex",
              "Name, address, phone, date of birth, NHS number, discharge date, next of kin, brief summary of "
              "mobility and support needs, key safe code if the patient agrees"],
             ["Age UK Essex", "Essex County Council",
              "Monthly: number of referrals, visits, outcomes, readmissions within 30 days (no names); "
              "named alerts only for safeguarding concerns"],
             ["Age UK Essex", "GP practice (via the patient)",
              "Summary letter at the end of support, given to the patient to pass on if they wish"]]),
        H("Part 5  How data will be exchanged"),
        P("Referrals are sent from the hospital discharge hub to Age UK Essex by nhs.net email to a "
          "shared mailbox that only the Home from Hospital coordinators can open, seven days a week. "
          "Monitoring returns go to the council’s contract manager on the 10th working day of each month, "
          "by the council’s secure file transfer. Safeguarding concerns are reported by phone to the Essex "
          "Social Care Direct line and followed up in writing the same day."),
        H("Part 6  Data quality and responsibility"),
        P("Each party is responsible for the quality of the data it sends. Discharge teams confirm the "
          "discharge address with the patient before referral. Where Age UK Essex finds that details are "
          "wrong (for example a patient not at the address given), it tells the discharge hub, which "
          "corrects the hospital record."),
        H("Part 7  Security and incidents"),
        P("Age UK Essex holds referrals on its Charitylog system and has completed the NHS Data Security "
          "and Protection Toolkit to “Standards Met”. Volunteers receive only the name, address and visit "
          "time and return any paper visit sheets to the office within a week."),
        P("A security incident involving data shared under this agreement must be reported to the party "
          "that supplied the data within one working day. Each party handles its own incidents under its "
          "own policy and decides whether to notify the Information Commissioner’s Office."),
        H("Part 8  Retention and disposal"),
        P("Age UK Essex keeps referral and support records for three years after support ends. Paper visit "
          "sheets are scanned and shredded. Monitoring returns are kept by the council for the length of "
          "the contract plus six years."),
        H("Part 9  Subject access, FOI and complaints"),
        P("Individuals may ask any party for a copy of their personal data. Requests that involve another "
          "party’s data will be shared with that party before a reply is sent, within the one-month time "
          "limit. Requests made to the council under the Freedom of Information Act 2000 for information "
          "about the service will be answered by the council after talking to Age UK Essex."),
        P("Complaints about how personal data has been handled go to the party concerned. Complaints about "
          "the service itself go to Age UK Essex, and then to the council if not resolved."),
        H("Part 10  Commencement, termination and review"),
        P("This agreement starts on 1 February 2020 and continues for as long as the Home from Hospital "
          "contract runs. A party may end its involvement with three months’ written notice. The agreement "
          "will be reviewed by the date shown on the cover, and at any change of contract."),
        H("Signatures"),
        SIG([
            s("", "Nick Presmeg", "Director, Adult Social Care", "Essex County Council", "04/12/2019"),
            s("", "Kate Trowbridge", "Chief Executive", "Age UK Essex", "27/11/2019"),
            s("", "Bhavesh Khetia", "Head of Information Governance", "Mid Essex Hospital Services NHS Trust",
              "10/12/2019"),
            s("", "Matthew Barker", "Information Governance Manager",
              "Basildon and Thurrock University Hospitals NHS Foundation Trust", "10/12/2019"),
            s("", "Tracey Kalp", "Information Governance Manager", "Southend University Hospital NHS Foundation Trust",
              "12/12/2019"),
            s("", "Jane Marley", "Head of Information Governance", "NHS Mid Essex CCG", "16/12/2019"),
            s("", "Jane Marley", "Head of Information Governance", "NHS Basildon and Brentwood CCG", "16/12/2019"),
        ], mode="table", cols=["Party", "Name", "Position", "Signature", "Date"]),
    ],
    "truth": {
        "title": A6_TITLE,
        "purpose": A6_PURPOSE,
        "lead": org("Essex County Council", "Essex County Council"),
        "partners": [
            org("Age UK Essex"),
            org("Mid Essex Hospital Services NHS Trust", "Mid Essex Hospital Services NHS Trust"),
            org("Basildon and Thurrock University Hospitals NHS Foundation Trust",
                "Basildon and Thurrock University Hospitals NHS Foundation Trust"),
            org("Southend University Hospital NHS Foundation Trust", "Southend University Hospital NHS Foundation Trust"),
            org("NHS Mid Essex CCG", "Mid Essex Clinical Commissioning Group"),
            org("NHS Basildon and Brentwood CCG", "Basildon and Brentwood Clinical Commissioning Group"),
        ],
        "statutes": [
            st("section 2 of the Care Act 2014", "Care Act", 2014, "section 2"),
            st("National Health Service Act 1977", "National Health Service Act", 1977),
            st("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
            st("General Data Protection Regulation (EU) 2016/679", "General Data Protection Regulation", 2016),
            st("Data Protection Act 2018", "Data Protection Act", 2018),
            st("Data Protection Act 1998", "Data Protection Act", 1998),
            st("Human Rights Act 1998", "Human Rights Act", 1998),
            st("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
        ],
        "review_date": "2021-01-31",
        "review_basis": "explicit",
        "commencement_date": "2020-02-01",
        "sections_present": _p6,
        "missing_sections": _m6,
    },
})

# ===========================================================================
# 7. Citizens Advice Southend - council tax referrals (title in running header only)
# ===========================================================================
A7_TITLE = "Council Tax Support and Debt Advice Referral Pathway"
A7_PURPOSE = ("The purpose of this pathway is to get residents who are falling behind with their council "
              "tax to free, independent debt advice before enforcement action starts. With the resident’s "
              "agreement, the council’s Revenues team and South Essex Homes refer them to Citizens Advice "
              "Southend, and Citizens Advice tells the council when an advice case is open so that recovery "
              "can be put on hold while a repayment plan is worked out.")
_p7, _m7 = sections(["individual_rights", "retention", "complaints"])
AGREEMENTS.append({
    "slug": "citizens_advice_southend_council_tax",
    "outputs": ["pdf_rl", "docx"],
    "rl": {
        "layout": "report", "font": "Helvetica", "size": 10, "accent": "#004B88",
        "table_fill": "#FFF4CC", "boxed_tables": True,
        "header": A7_TITLE,
        "header_left": "Citizens Advice Southend",
        "footer": ("Citizens Advice Southend, Centre for Independent Living, 5 Alexandra Street, Southend-on-Sea "
                   "SS1 1BX\nRegistered charity no. 1081205  ·  Authorised and regulated by the Financial "
                   "Conduct Authority FRN 617591"),
        "author": "Citizens Advice Southend",
    },
    "docx": {
        "font": "Open Sans", "size": 10.5, "heading_mode": "style", "heading_color": "004B88",
        "header": A7_TITLE, "header_align": "center", "header_size": 9,
        "footer": ("Citizens Advice Southend, Centre for Independent Living, 5 Alexandra Street, Southend-on-Sea "
                   "SS1 1BX  ·  Registered charity no. 1081205"),
        "author": "CAS Operations",
        "table_fill": "FFF4CC",
    },
    "blocks": [
        T("Information sharing agreement", size=20, center=False),
        K("October 2021  ·  Version 1", center=False, size=11),
        SP(1),
        H("1. Who this agreement is between"),
        P("This agreement is between the following organisations, who are equal partners in the "
          "pathway. No single organisation leads it."),
        B("Citizens Advice Southend (registered charity no. 1081205, ICO Z5690182)",
          "Southend-on-Sea Borough Council – Revenues and Benefits (ICO Z6029331)",
          "South Essex Homes (ICO Z9210005)"),
        H("2. What the pathway is for"),
        P(A7_PURPOSE),
        P("Council tax arrears are now the most common debt that people bring to Citizens Advice "
          "Southend. Once a case reaches enforcement agents the costs rise quickly, and many of the people "
          "affected are entitled to Council Tax Support or a discount that they have not claimed."),
        H("3. What is shared"),
        TAB([["Direction", "Information", "When"],
             ["Council or South Essex Homes → Citizens Advice",
              "Name, address, phone or email, council tax account number, arrears amount and stage of "
              "recovery, whether Council Tax Support is in payment, the resident’s preferred contact time",
              "When the resident agrees to a referral"],
             ["Citizens Advice → Council",
              "Account number, date advice case opened, whether a repayment offer or a Council Tax Support "
              "claim is being made, date case closed",
              "Within 5 working days of each event"],
             ["Citizens Advice → South Essex Homes",
              "Whether the tenant took up the referral (yes / no)",
              "Monthly"]],
            rl_widths=[0.28, 0.5, 0.22]),
        P("Citizens Advice does not share the content of the advice, the resident’s other debts or their "
          "budget with the council or South Essex Homes unless the resident asks us to, for example as part "
          "of a repayment offer."),
        H("4. The legal basis"),
        P("The council collects council tax under the Local Government Finance Act 1992 and the Council "
          "Tax (Administration and Enforcement) Regulations 1992, and can agree to hold recovery while a "
          "resident gets advice. The council may also share debt information to help residents in "
          "financial difficulty under Part 5 of the Digital Economy Act 2017 (debt owed to the public "
          "sector), although this pathway normally relies on the resident’s agreement."),
        P("Council Tax Support information is held by the council under its own scheme; housing benefit "
          "information that came from the Department for Work and Pensions under section 131 of the Welfare "
          "Reform Act 2012 is not shared through this pathway."),
        P("Under the UK GDPR, the council relies on public task, South Essex Homes on legitimate interests, "
          "and Citizens Advice Southend on consent and legitimate interests. The Data Protection At 2018 "
          "applies to all three partners."),
        P("Where a resident enters a breathing space under the Debt Respite Scheme (Breathing Space "
          "Moratorium and Mental Health Crisis Moratorium) (England and Wales) Regulations 2020, Citizens "
          "Advice will tell the council the start date so that enforcement stops as the regulations require."),
        H("5. How referrals are made"),
        P("Referrals are made through the Citizens Advice Southend online partner referral form, which "
          "sends an encrypted notification to the advice team. The council and South Essex Homes must not "
          "send referrals by ordinary email. Updates from Citizens Advice to the council are sent by "
          "secure email to the Revenues team’s shared mailbox only."),
        P("Citizens Advice will try to contact the resident within three working days of a referral, "
          "making up to three attempts at different times of day."),
        H("6. Keeping information secure"),
        P("Citizens Advice Southend records all advice on Casebook, the national Citizens Advice case "
          "management system, which is accredited to Cyber Essentials Plus. The council and South Essex "
          "Homes keep referral records on their own case management systems. All three partners limit "
          "access to staff who are working on the pathway and train their staff in data protection every "
          "year."),
        H("7. Getting the details right"),
        P("Each partner checks the details it sends before sending them. The council’s account number and "
          "arrears amount are taken from the live council tax system on the day of referral. If Citizens "
          "Advice finds that an arrears figure is wrong, it tells the Revenues team, who check and confirm "
          "the correct figure."),
        H("8. If data goes astray"),
        P("If information shared under this pathway is lost or sent to the wrong person, the partner who "
          "discovers it will tell the other partners within one working day. The partner responsible will "
          "investigate, tell the resident where appropriate and decide whether the incident must be "
          "reported to the Information Commissioner’s Office."),
        H("9. Starting and leaving"),
        P("This pathway begins on 1 November 2021. Any partner may leave the pathway by giving one "
          "month’s notice in writing to the other two."),
        SIG([
            s("", "Kevin Hurley", "Chief Executive", "Citizens Advice Southend", "18/10/2021"),
            s("", "Joe Chesterton", "Head of Revenues and Benefits", "Southend-on-Sea Borough Council", "22/10/2021"),
            s("", "Sarah Ruddock", "Director of Housing Operations", "South Essex Homes", "25/10/2021"),
        ], mode="table", cols=["Organisation", "Name", "Job title", "Signature", "Date"]),
        PB,
        H("Appendix A – Fields on the partner referral form"),
        TAB([["Field", "Required", "Notes"],
             ["Resident’s full name", "Yes", "As on the council tax account"],
             ["Address and postcode", "Yes", ""],
             ["Phone and / or email", "Yes", "Tick if it is not safe to leave a message"],
             ["Council tax account number", "Yes", "Ten digits, from the bill"],
             ["Arrears and recovery stage", "Yes", "Reminder, summons, liability order, enforcement agent"],
             ["Council Tax Support in payment?", "Yes", "Yes / no / claim pending"],
             ["Other issues the resident mentioned", "No", "Only with the resident’s agreement"],
             ["Referrer name, team and phone", "Yes", ""],
             ["Resident has agreed to the referral", "Yes", "Referral cannot be sent without this box ticked"]],
            rl_widths=[0.34, 0.14, 0.52]),
        H("Appendix B – What “recovery on hold” means"),
        P("When Citizens Advice tells the council that an advice case is open, the Revenues team will put "
          "a 30-day hold on the account. During the hold no new reminder or summons is issued, and a case "
          "that has already gone to enforcement agents is recalled where the council’s policy allows. The "
          "hold can be extended by a further 30 days if a repayment offer or a Council Tax Support claim is "
          "being prepared."),
        P("If the resident does not engage with Citizens Advice within 30 days, Citizens Advice tells the "
          "council that the case is closed and normal recovery starts again. Citizens Advice does not tell "
          "the council why the resident did not engage."),
        H("Appendix C – Contacts"),
        KV([["Citizens Advice Southend", "Money Advice Team Leader  ·  partners@southendcab.org.uk"],
            ["Southend-on-Sea Borough Council", "Revenues Recovery Manager  ·  council.tax@southend.gov.uk"],
            ["South Essex Homes", "Financial Inclusion Officer  ·  income@southessexhomes.co.uk"]],
           rl_widths=[0.35, 0.65]),
    ],
    "truth": {
        "title": A7_TITLE,
        "purpose": A7_PURPOSE,
        "lead": None,
        "partners": [
            org("Citizens Advice Southend"),
            org("Southend-on-Sea Borough Council", "Southend Borough Council"),
            org("South Essex Homes", "South Essex Homes"),
        ],
        "statutes": [
            st("Local Government Finance Act 1992", "Local Government Finance Act", 1992),
            st("Council Tax (Administration and Enforcement) Regulations 1992",
               "Council Tax (Administration and Enforcement) Regulations", 1992),
            st("Part 5 of the Digital Economy Act 2017", "Digital Economy Act", 2017, "Part 5"),
            st("section 131 of the Welfare Reform Act 2012", "Welfare Reform Act", 2012, "section 131"),
            st("Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) "
               "(England and Wales) Regulations 2020",
               "Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) "
               "(England and Wales) Regulations", 2020),
            st("UK GDPR", UKGDPR, None),
            st("Data Protection At 2018", "Data Protection Act", 2018),
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2021-11-01",
        "sections_present": _p7,
        "missing_sections": _m7,
    },
})

# ===========================================================================
# 8. Barnardo's - Return Home Interviews, Suffolk and Norfolk (title in Word header only)
# ===========================================================================
A8_TITLE = "Return Home Interviews for Children Missing from Home or Care"
A8_PURPOSE = ("This agreement allows the police, the two county councils, the NHS and Barnardo’s to share "
              "information about children who go missing from home or care in Suffolk and Norfolk, so that "
              "every child is offered an independent Return Home Interview within 72 hours of coming back, "
              "and so that what the child tells us is used to keep them and other children safe.")
_p8, _m8 = sections()
AGREEMENTS.append({
    "slug": "barnardos_return_home_interviews",
    "outputs": ["docx", "pdf_lo", "doc"],
    "docx": {
        "font": "Arial", "size": 10.5, "heading_mode": "style", "heading_color": "00703C", "h1_size": 12,
        "header": A8_TITLE, "header_align": "left", "header_size": 9, "header_color": "00703C",
        "header_extra": ["Suffolk and Norfolk  ·  OFFICIAL-SENSITIVE"],
        "footer": ("Barnardo’s, Barnardo House, Tanners Lane, Barkingside, Ilford, Essex IG6 1QG  ·  "
                   "Registered charity no. 216250 (England and Wales) and SC037605 (Scotland)"),
        "author": "Barnardo’s Information Governance",
        "table_fill": "E2F0D9",
    },
    "blocks": [
        K("Barnardo’s", size=28, bold=True, color="00703C", center=False),
        K("Believe in children", size=12, center=False),
        SP(4),
        T("INFORMATION SHARING AGREEMENT", size=24, center=False, color="00703C"),
        K("Suffolk and Norfolk Missing Children Service", size=14, center=False),
        SP(3),
        KV([["Lead organisation", "Suffolk County Council"],
            ["Service provider", "Barnardo’s"],
            ["Version", "4.0"],
            ["Author", "Service Manager, Suffolk and Norfolk Missing Children Service"],
            ["Approved by", "Suffolk and Norfolk Missing Children Steering Group, 6 March 2025"],
            ["Next review", "March 2026"]]),
        SP(1),
        TAB([["Version", "Date", "What changed"],
             ["1.0", "July 2016", "First agreement (Suffolk only)"],
             ["2.0", "June 2018", "Updated from the Data Protection Act 1998 to the 2018 Act"],
             ["3.0", "April 2021", "Norfolk joined; CCGs listed"],
             ["4.0", "March 2025", "ICBs replace CCGs; exploitation screening added"]]),
        PB,
        H("CONTENTS"),
        TOC("1. WHY WE SHARE\t3", "2. WHO IS INVOLVED\t3", "3. WHAT WE SHARE\t4", "4. THE LAW\t4",
            "5. CHILDREN’S AND PARENTS’ RIGHTS\t5", "6. KEEPING INFORMATION SAFE AND DEALING WITH BREACHES\t5",
            "7. SENDING AND RECEIVING INFORMATION\t6", "8. GETTING IT RIGHT\t6", "9. HOW LONG WE KEEP THINGS\t6",
            "10. CONCERNS AND COMPLAINTS\t7", "11. STARTING, LEAVING AND REVIEWING\t7",
            "APPENDIX – THE LAW IN MORE DETAIL\t8"),
        PB,
        H("1. WHY WE SHARE"),
        P(A8_PURPOSE),
        P("Children who go missing are at risk of harm, including sexual and criminal exploitation, and "
          "a child who goes missing once is likely to go missing again. A Return Home Interview is a "
          "conversation with someone independent of the police and social care, in which the child can "
          "say why they left, where they went and who they were with."),
        H("2. WHO IS INVOLVED"),
        TAB([["Organisation", "Part played", "ICO number"],
             ["Suffolk County Council", "Lead organisation; commissions the service; children’s social care",
              "Z6835471"],
             ["Barnardo’s (registered charity 216250)", "Carries out Return Home Interviews", "Z5951768"],
             ["Suffolk Constabulary", "Records missing episodes; sends notifications", "Z4894116"],
             ["Norfolk County Council", "Children’s social care; co-commissions the service", "Z5679102"],
             ["Norfolk Constabulary", "Records missing episodes; sends notifications", "Z4878355"],
             ["NHS Suffolk and North East Essex Integrated Care Board", "Health safeguarding", "ZB345119"],
             ["NHS Norfolk and Waveney Integrated Care Board", "Health safeguarding", "ZB344960"]],
            rl_widths=[0.4, 0.45, 0.15]),
        H("3. WHAT WE SHARE"),
        P("The police send Barnardo’s a notification for each missing episode, containing:"),
        B("the child’s name, date of birth, address and, for children in care, the placement and the "
          "responsible local authority;",
          "dates and times the child was reported missing and found, and where they were found;",
          "any known risk factors recorded by the police, including concerns about exploitation;",
          "the police reference number."),
        P("Barnardo’s sends back to the child’s social worker or early help worker, and to the police "
          "missing person coordinator, a Return Home Interview report covering what the child said, risks "
          "identified, the child’s wishes and any follow-up agreed. Names of adults or places the child "
          "mentions are passed to the police as intelligence."),
        P("Each quarter Barnardo’s sends the councils and ICBs anonymous figures and themes."),
        H("4. THE LAW"),
        P("The councils have duties to children in need and to children they look after under the "
          "Children Act 1989, and must arrange for their functions to be discharged having regard to the "
          "need to safeguard children under section 11 of the Children Act 2004, as do the police and "
          "ICBs. The safeguarding partners work together under the Children and Social Work Act 2017."),
        P("Information about possible sexual exploitation is shared because of the offences in the Sexual "
          "Offences Act 2003, and about trafficking and criminal exploitation because of the Modern Slavery "
          "Act 2015."),
        P("Under the UK GDPR the public bodies rely on public task and Barnardo’s relies on legitimate "
          "interests. Special category and criminal offence information is shared under the safeguarding of "
          "children condition in the Data Protection Act 2018. Sharing must be necessary and proportionate "
          "under the Human Rights Act 1998."),
        P("Statutory guidance on children who run away or go missing from home or care (2014) says that a "
          "Return Home Interview should be offered to every child. Working Together to Safeguard Children "
          "(2023) is also followed. These are guidance, not law."),
        H("5. CHILDREN’S AND PARENTS’ RIGHTS"),
        P("Children are told at the start of the interview what will be passed on and why. A child can "
          "choose not to have an interview, and can choose what to talk about; they are told that anything "
          "suggesting they or another child are at risk of harm will be shared."),
        P("Children and parents can ask any partner for a copy of the information it holds about them. "
          "Because interview reports often contain information about other people and police intelligence, "
          "the partner receiving a request will consult the others before deciding what can be released."),
        H("6. KEEPING INFORMATION SAFE AND DEALING WITH BREACHES"),
        P("Notifications and reports are held on Barnardo’s case recording system and on each partner’s own "
          "systems, with access only for staff working with the child. Reports are marked "
          "OFFICIAL-SENSITIVE. Staff are trained every year."),
        P("A breach – for example a report sent to the wrong social worker or a child’s address disclosed "
          "to someone they are hiding from – must be reported to the partner the information came from within "
          "24 hours, and to Barnardo’s Information Governance team. Where a child may be put at risk by the "
          "breach, the child’s social worker and the police are told at once. Each partner decides whether it "
          "must report to the Information Commissioner’s Office."),
        H("7. SENDING AND RECEIVING INFORMATION"),
        P("Police notifications are sent to Barnardo’s daily, by 10am, through the secure portal for each "
          "force area. Barnardo’s sends Return Home Interview reports within 72 hours of the interview to "
          "the councils’ secure email addresses (suffolk.gov.uk and norfolk.gov.uk) and to the police by "
          "pnn email. Urgent risks are phoned through to the council’s front door or, out of hours, to the "
          "police on 101 or 999."),
        H("8. GETTING IT RIGHT"),
        P("Each partner makes sure the information it sends is accurate and tells the others quickly if "
          "something changes, such as a new placement address. Barnardo’s workers write down what the child "
          "said in the child’s own words where they can, and keep it separate from the worker’s own view."),
        H("9. HOW LONG WE KEEP THINGS"),
        P("Barnardo’s keeps Return Home Interview records until the child’s 25th birthday, or for 75 years "
          "for children in care, in line with its retention schedule. The councils and police keep what they "
          "receive on the child’s record under their own schedules."),
        H("10. CONCERNS AND COMPLAINTS"),
        P("A child, parent or carer who is unhappy about the way their information has been handled can "
          "complain to the partner concerned. Barnardo’s has a child-friendly complaints leaflet, and "
          "children can be helped to complain by an advocate. Anyone can contact the Information Commissioner."),
        H("11. STARTING, LEAVING AND REVIEWING"),
        P("This version starts on 1 April 2025 and replaces version 3.0. A partner may leave by giving three "
          "months’ notice in writing to the lead organisation. We will look at this agreement again in "
          "March 2026, or earlier if the service is recommissioned."),
        SIG([
            s("", "Allan Cadzow", "Director of Children’s Services", "Suffolk County Council", "10/03/2025"),
            s("", "Michelle Greene", "Assistant Director, Children’s Services East", "Barnardo’s", "07/03/2025"),
            s("", "Detective Superintendent Mark Elliott", "Head of Safeguarding", "Suffolk Constabulary", "12/03/2025"),
            s("", "Sara Tough", "Executive Director, Children’s Services", "Norfolk County Council", "13/03/2025"),
            s("", "Detective Chief Inspector Lisa Ray", "Public Protection", "Norfolk Constabulary", "14/03/2025"),
            s("", "Dr Kerry Evans", "Designated Nurse, Safeguarding Children",
              "NHS Suffolk and North East Essex Integrated Care Board", "17/03/2025"),
            s("", "Paul Hayes", "Director of Safeguarding", "NHS Norfolk and Waveney Integrated Care Board", "18/03/2025"),
        ], mode="table", cols=["Organisation", "Name", "Post", "Signature", "Date"]),
        PB,
        H("APPENDIX – THE LAW IN MORE DETAIL"),
        TAB([["Law", "How it applies"],
             ["Children Act 1989", "Children in need and looked-after children"],
             ["Children Act 2004, section 11", "Duty to safeguard and promote welfare"],
             ["Children and Social Work Act 2017", "Safeguarding partners and local arrangements"],
             ["Sexual Offences Act 2003", "Child sexual exploitation offences"],
             ["Modern Slavery Act 2015", "Trafficking and criminal exploitation"],
             ["UK GDPR / Data Protection Act 2018", "Lawful basis and conditions"],
             ["Human Rights Act 1998", "Article 8 right to private and family life"]],
            rl_widths=[0.4, 0.6]),
    ],
    "truth": {
        "title": A8_TITLE,
        "purpose": A8_PURPOSE,
        "lead": org("Suffolk County Council"),
        "partners": [
            org("Barnardo’s", "Barnardo's"),
            org("Suffolk Constabulary"),
            org("Norfolk County Council"),
            org("Norfolk Constabulary"),
            org("NHS Suffolk and North East Essex Integrated Care Board"),
            org("NHS Norfolk and Waveney Integrated Care Board"),
        ],
        "statutes": [
            st("Data Protection Act 1998", "Data Protection Act", 1998),
            st("Children Act 1989", "Children Act", 1989),
            st("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
            st("Children and Social Work Act 2017", "Children and Social Work Act", 2017),
            st("Sexual Offences Act 2003", "Sexual Offences Act", 2003),
            st("Modern Slavery Act 2015", "Modern Slavery Act", 2015),
            st("UK GDPR", UKGDPR, None),
            st("Data Protection Act 2018", "Data Protection Act", 2018),
            st("Human Rights Act 1998", "Human Rights Act", 1998),
        ],
        "review_date": "2026-03-31",
        "review_basis": "explicit",
        "commencement_date": "2025-04-01",
        "sections_present": _p8,
        "missing_sections": _m8,
    },
})

# ===========================================================================
# 9. Colchester & Tendring Women's Refuge - move-on housing (reportlab + .doc)
# ===========================================================================
A9_TITLE1 = "Refuge Move-On and Safe Housing:"
A9_TITLE2 = "Sharing Information with Housing Partners"
A9_PURPOSE = ("Women and children leave refuge safely only when there is somewhere safe to go. This "
              "agreement lets the refuge, the two councils’ housing teams, housing associations, the police "
              "and the local hospital trust share what they need to know to plan each family’s move out of "
              "refuge, to keep the new address secret from the abuser, and to make sure the support "
              "continues after the move.")
_p9, _m9 = sections(["breach"])
AGREEMENTS.append({
    "slug": "ctwr_refuge_move_on_housing",
    "outputs": ["pdf_rl", "doc"],
    "rl": {
        "layout": "report", "font": "DejaVuSerif", "size": 10, "accent": "#6A1B4D",
        "table_fill": "#F3E5EE", "boxed_headings": True, "h1_size": 12,
        "header": "Refuge move-on ISA  ·  OFFICIAL-SENSITIVE",
        "header_left": "Colchester & Tendring Women’s Refuge",
        "footer": ("Colchester & Tendring Women’s Refuge, PO Box 1043, Colchester CO1 9QZ  ·  "
                   "Registered charity no. 1047521  ·  ICO Z5395485\n"
                   "24-hour helpline 01206 500 585  ·  The refuge address is never published"),
        "author": "CTWR",
    },
    "docx": {
        "font": "Georgia", "size": 10.5, "heading_mode": "style", "heading_color": "6A1B4D", "h1_size": 12,
        "header": "Colchester & Tendring Women’s Refuge  ·  Refuge move-on ISA  ·  OFFICIAL-SENSITIVE",
        "footer": ("Colchester & Tendring Women’s Refuge, PO Box 1043, Colchester CO1 9QZ  ·  "
                   "Registered charity no. 1047521  ·  ICO Z5395485"),
        "author": "CTWR",
        "table_fill": "F3E5EE",
    },
    "blocks": [
        SP(2),
        T(A9_TITLE1, A9_TITLE2, size=20, boxed=True, color="6A1B4D"),
        SP(1),
        KV([["Host organisation", "Colchester & Tendring Women’s Refuge (charity 1047521)"],
            ["Version", "2.0, January 2025"],
            ["Prepared by", "Refuge Manager and Housing Pathways Worker"],
            ["Agreed at", "North Essex Domestic Abuse Housing Forum, 15 January 2025"]],
            rl_widths=[0.3, 0.7]),
        H("1. Why we share"),
        P(A9_PURPOSE),
        P("Most families stay in refuge for between three and nine months. Delays in move-on keep refuge "
          "spaces full and mean other women are turned away."),
        H("2. Who is part of this agreement"),
        TAB([["Organisation", "Contact point"],
             ["Colchester & Tendring Women’s Refuge (host)", "Refuge Manager"],
             ["Colchester City Council", "Housing Options – domestic abuse lead"],
             ["Tendring District Council", "Housing Solutions – domestic abuse lead"],
             ["Colne Housing Society", "Tenancy Sustainment Manager"],
             ["Sanctuary Housing", "Lettings Manager, East"],
             ["Essex Police", "Domestic Abuse Problem Solving Team, North"],
             ["East Suffolk and North Essex NHS Foundation Trust", "Named Nurse, Adult Safeguarding"]],
            rl_widths=[0.5, 0.5]),
        H("3. What we share"),
        B("the woman’s name, date of birth and, with her agreement, her current situation in refuge "
          "(never the refuge address);",
          "the names and ages of children moving with her and the schools they will need;",
          "the areas where it is and is not safe for her to live, and why in general terms;",
          "housing need: size of property, accessibility, pets, support needs;",
          "the abuser’s name, and areas they are known to go to, so that housing offers avoid them;",
          "current risk level (from the DASH assessment) and any MARAC involvement;",
          "health needs that affect housing (for example, a ground floor property)."),
        P("Once a family has moved, the new address is shared only with the landlord, the council housing "
          "team that made the offer and, if she agrees, her GP and the children’s schools. It is never "
          "written in any document that goes to the police incident system without a marker."),
        H("4. The law behind it"),
        P("Councils have duties to people who are homeless or threatened with homelessness under Part 7 "
          "of the Housing Act 1996, as strengthened by the Homelessness Reduction Act 2017. People made "
          "homeless because of domestic abuse have priority need, and Part 4 of the Domestic Abuse Act "
          "2021 requires councils to provide support in safe accommodation."),
        P("The police may share information under the Crime and Disorder Act 1998 (s.115) where it helps "
          "to prevent further offences. Under the UK GDPR the councils and police rely on public task, and "
          "the refuge, Colne Housing Society and Sanctuary Housing rely on consent and legitimate interests. "
          "Information about a woman’s health and about crimes against her is shared under the conditions "
          "in the Data Protection Act 2018. Partners make reasonable adjustments and avoid discrimination "
          "under the Equality Act 2010."),
        P("We follow the common law duty of confidentiality. We share with the woman’s agreement wherever "
          "we can; without it only where a child or adult is at serious risk."),
        H("5. The woman’s rights"),
        P("Each woman is told, before she signs the refuge’s consent form, who her information will go to. "
          "She can see her refuge file, ask for mistakes to be corrected and change her mind about "
          "sharing with any partner except where the law requires it. Requests to see information held by "
          "a partner go to that partner, which will check with the refuge before releasing anything that "
          "could reveal where she is."),
        H("6. Keeping it safe"),
        B("Refuge addresses and new addresses are treated as the most sensitive information we hold.",
          "Councils and landlords put an address-suppression marker on their systems for each family.",
          "Files are kept on secure systems with access limited to named workers.",
          "Information is never discussed in open-plan reception areas."),
        H("7. How and when we share"),
        P("The refuge sends a move-on referral to the council housing team by secure email (Egress) when "
          "a woman is ready to start looking for a home, normally within four weeks of arrival. Partners "
          "meet every month at the move-on panel, held online, to discuss families waiting for offers. Panel "
          "notes are kept by the refuge and circulated by Egress within five working days."),
        H("8. Making sure information is right"),
        P("Each partner checks what it shares and corrects it quickly. Changes to risk – for example if "
          "the abuser is released from prison or moves – are passed on the same day."),
        H("9. How long we keep it"),
        P("The refuge keeps files for six years after a family leaves, or until the youngest child is 25 "
          "if there were safeguarding concerns. Panel notes are deleted after two years. Each partner keeps "
          "its own records to its own schedule."),
        H("10. If someone is unhappy"),
        P("Anyone can complain about the way their information has been handled to the partner concerned, "
          "and then to the Information Commissioner’s Office. The refuge will help a woman to do this if she "
          "wants."),
        H("11. Start, review and leaving"),
        P("This agreement starts on 1 February 2025. It will be reviewed every year from the date it starts, "
          "at the Housing Forum. A partner can leave by telling the host organisation in writing, giving "
          "one month’s notice."),
        SIG([
            s("(signed)", "Maureen Oakley", "Refuge Manager", "Colchester & Tendring Women’s Refuge", "16/01/2025"),
            s("(signed)", "Karen Hollins", "Head of Housing Options", "Colchester City Council", "20/01/2025"),
            s("(signed)", "Tim Clarke", "Housing Solutions Manager", "Tendring District Council", "21/01/2025"),
            s("(signed)", "Michelle Leek", "Director of Customer Services", "Colne Housing Society", "22/01/2025"),
            s("(signed)", "Darren Smith", "Regional Lettings Manager", "Sanctuary Housing", "24/01/2025"),
            s("(signed)", "Inspector Jo Neville", "Domestic Abuse Problem Solving Team", "Essex Police", "27/01/2025"),
            s("(signed)", "Sophie Marsh", "Named Nurse, Adult Safeguarding",
              "East Suffolk and North Essex NHS Foundation Trust", "29/01/2025"),
        ]),
    ],
    "truth": {
        "title": A9_TITLE1 + " " + A9_TITLE2,
        "purpose": A9_PURPOSE,
        "lead": org("Colchester & Tendring Women’s Refuge", "Colchester and Tendring Women's Refuge"),
        "partners": [
            org("Colchester City Council", "Colchester Borough Council"),
            org("Tendring District Council", "Tendring District Council"),
            org("Colne Housing Society", "Colne Housing"),
            org("Sanctuary Housing", "Sanctuary Housing"),
            org("Essex Police", "Essex Police"),
            org("East Suffolk and North Essex NHS Foundation Trust"),
        ],
        "statutes": [
            st("Part 7 of the Housing Act 1996", "Housing Act", 1996, "Part 7"),
            st("Homelessness Reduction Act 2017", "Homelessness Reduction Act", 2017),
            st("Part 4 of the Domestic Abuse Act 2021", "Domestic Abuse Act", 2021, "Part 4"),
            st("Crime and Disorder Act 1998 (s.115)", "Crime and Disorder Act", 1998, "section 115"),
            st("UK GDPR", UKGDPR, None),
            st("Data Protection Act 2018", "Data Protection Act", 2018),
            st("Equality Act 2010", "Equality Act", 2010),
        ],
        "review_date": "2026-02-01",
        "review_basis": "relative",
        "commencement_date": "2025-02-01",
        "sections_present": _p9,
        "missing_sections": _m9,
    },
})
