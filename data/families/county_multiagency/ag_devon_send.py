"""A4. Devon SEND information sharing agreement, 2016 (title in a text box; no accuracy or complaints section)."""
import datetime as dt

from render import Bullets, Clause, Doc, H, P, PageBreak, Spacer, Table, TextBox

TITLE = "Devon Special Educational Needs and Disability (SEND) Information Sharing Agreement"

PURPOSE = ("We need to share information so that children and young people aged 0 to 25 in Devon who have, or may "
           "have, special educational needs or a disability are identified early, assessed once, and receive joined-up "
           "education, health and care support through an Education, Health and Care (EHC) plan where they need one.")

LEAD = {"name": "Devon County Council", "org": None}

PARTNERS = [
    ("Virgin Care Limited", "Virgin Care Limited", "Integrated Children's Services (community health, therapies, "
     "health visiting and school nursing)"),
    ("Northern Devon Healthcare NHS Trust", None, "Community paediatrics (North Devon); acute services"),
    ("Royal Devon and Exeter NHS Foundation Trust", None, "Acute paediatrics; child development centre (Exeter)"),
    ("Torbay and South Devon NHS Foundation Trust", None, "Community paediatrics (South Devon); acute services"),
    ("Plymouth Hospitals NHS Trust", None, "Acute and specialist paediatrics for West Devon"),
    ("Devon Partnership NHS Trust", None, "Adult mental health and learning disability services (transition 14\u201325)"),
    ("NHS Northern, Eastern and Western Devon Clinical Commissioning Group", None, "Designated Clinical Officer for SEND"),
    ("NHS South Devon and Torbay Clinical Commissioning Group", None, "Designated Clinical Officer for SEND"),
    ("Babcock Learning and Development Partnership LLP", None, "Educational psychology; SEND advisory services "
     "(commissioned by the Council)"),
    ("Petroc", None, "Further education provider"),
    ("Exeter College", None, "Further education provider"),
]

STATUTES = [
    ("Children and Family Act 2014", "Children and Families Act", 2014, None),
    ("Special Educational Needs and Disability Regulations 2014", "Special Educational Needs and Disability Regulations",
     2014, None),
    ("Education Act 1996", "Education Act", 1996, None),
    ("Children Act 1989", "Children Act", 1989, "section 17"),
    ("Children Act 2004", "Children Act", 2004, "section 10"),
    ("Equalities Act 2010", "Equality Act", 2010, None),
    ("Care Act 2014", "Care Act", 2014, None),
    ("National Health Service Act 2006", "National Health Service Act", 2006, "section 82"),
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Health and Social Care Act 2012", "Health and Social Care Act", 2012, None),
]


def build():
    b = [
        P("Devon County Council", size=12, bold=True, color="006B54", after=0),
        P("Education and Learning  \u2022  Children's Social Care  \u2022  Adult Care and Health", size=9, color="006B54",
          after=80),
        TextBox([P("Information Sharing Agreement", size=12, align="center", after=8, color="006B54"),
                 P("Devon Special Educational Needs and Disability (SEND)", size=19, bold=True, align="center", after=2),
                 P("Information Sharing Agreement", size=19, bold=True, align="center", after=10),
                 P("for the 0\u201325 SEND system in Devon", size=11, italic=True, align="center", after=0)],
                border="006B54", fill="E8F3EF", height=150),
        Spacer(80),
        Table([["Owner", "Devon County Council (SEND Strategic Lead, Education and Learning)"],
               ["Version", "1.2"],
               ["Status", "Final \u2013 signed"],
               ["Effective from", "1 September 2016"],
               ["Review due", "September 2017"],
               ["Approved by", "Devon SEND Strategic Partnership Board, 12 July 2016"]],
              header_rows=0, widths=[1.3, 4], bold_first_col=True, shade=None, size=10),
        PageBreak(),
        H(1, "Document control"),
        Table([["Version", "Date", "Author", "Change"],
               ["0.1", "14 March 2016", "SEND 0\u201325 Team", "First draft, replacing the 2012 Statementing protocol"],
               ["0.5", "26 April 2016", "Information Governance, DCC", "Legal basis rewritten for Part 3 of the 2014 Act"],
               ["1.0", "12 July 2016", "SEND 0\u201325 Team", "Approved by the SEND Strategic Partnership Board"],
               ["1.2", "2 September 2016", "Information Governance, DCC", "Signatures added; FE colleges added as parties"]],
              widths=[0.8, 1.4, 2, 3.2], size=9),
        P("This agreement is owned by Devon County Council, which will keep the signed copy, arrange the annual review "
          "and publish the agreement on the Devon Local Offer website. Questions about it should be sent to the "
          "Information Governance Team, County Hall, Topsham Road, Exeter EX2 4QD.", size=9.5),
        H(1, "Contents"),
        Table([["Section 1", "About this agreement"], ["Section 2", "Why we need to share information"],
               ["Section 3", "Who this agreement covers"], ["Section 4", "What information will be shared"],
               ["Section 5", "Our legal basis"], ["Section 6", "How and when we will share"],
               ["Section 7", "Looking after the information"], ["Section 8", "How long we keep information"],
               ["Section 9", "Your rights"], ["Section 10", "When things go wrong"], ["Section 11", "Signing up"],
               ["Appendix A", "Key contacts"], ["Appendix B", "Health notification form (section 23 notices)"],
               ["Appendix C", "Schools' addendum"]],
              header_rows=0, widths=[1.3, 5], grid=False, shade=None, size=10),
        PageBreak(),
        H(1, "Section 1: About this agreement"),
        Clause("1.1", "Part 3 of the Children and Family Act 2014 came into force on 1 September 2014. It replaced "
               "statements of special educational needs and learning difficulty assessments with Education, Health and "
               "Care (EHC) plans, extended support to young people up to the age of 25, and placed new duties on local "
               "authorities and health bodies to work together."),
        Clause("1.2", "This agreement sets out how Devon County Council (\u2018the Council\u2019) and its health and "
               "education partners will share information about individual children and young people in the Devon SEND "
               "system. It has been written in plain English because it will be published on the Local Offer, and "
               "parents and young people have told us they want to understand what happens to their information."),
        Clause("1.3", "Throughout this agreement \u2018we\u2019 means the Council and all the organisations that have signed "
               "it. \u2018You\u2019 means a child or young person, or their parent or carer."),
        H(1, "Section 2: Why we need to share information"),
        Clause("2.1", PURPOSE),
        Clause("2.2", "In particular, information will be shared to:"),
        Bullets(["tell the Council about a child under compulsory school age who a health body thinks has, or probably has, "
                 "SEN or a disability (section 23 notices);",
                 "request and gather advice for an EHC needs assessment within the statutory 6-week deadline;",
                 "draft, issue and review EHC plans within the 20-week timescale;",
                 "plan the move from children's to adult services (preparing for adulthood) from Year 9 onwards;",
                 "plan and commission services jointly, using anonymised and aggregated information (section 25)."],
                indent=36),
        H(1, "Section 3: Who this agreement covers"),
        Clause("3.1", "The organisations that have signed this agreement are:"),
    ]
    rows = [["Organisation", "Role in the SEND system"],
            ["Devon County Council", "Local authority: SEND 0\u201325 Team, social care, Devon Information Advice and "
             "Support (DIAS)"]]
    for n, _, role in PARTNERS:
        rows.append([n, role])
    b += [
        Table(rows, widths=[2.8, 4], size=9),
        Clause("3.2", "All maintained schools, academies and free schools in Devon that have signed the schools' addendum "
               "(Appendix C) also share information under this agreement. The list of schools that have signed is kept by "
               "the SEND 0\u201325 Team and is not reproduced here."),
        Clause("3.3", "Independent and non-maintained special schools named in an EHC plan share information under their "
               "contract with the Council, not under this agreement."),
        H(1, "Section 4: What information will be shared"),
        Clause("4.1", "We will only share what is needed for the purpose. This will usually be:"),
        Table([["Type of information", "Examples", "Shared by"],
               ["Identifying details", "Name, date of birth, address, NHS number, UPN, parents/carers and contact details",
                "All"],
               ["Educational information", "Attainment, progress, attendance, SEN support plans, exclusions",
                "Schools, colleges, Council"],
               ["Health information", "Diagnosis, health needs, therapy reports, medication relevant to education",
                "Virgin Care, NHS trusts, CCGs"],
               ["Social care information", "Child in need or child protection status, looked-after status, short breaks",
                "Council"],
               ["Professional advice", "Educational psychology, health and social care advice for EHC needs assessment",
                "Babcock LDP, health, Council"],
               ["Views and aspirations", "What the child or young person and their family want to achieve (\u2018All "
                "about me\u2019)", "Family, via the Council"]],
              widths=[1.7, 3.6, 1.7], size=8.5),
        Clause("4.2", "Health information is special because it is sensitive personal data. Health professionals will share "
               "only what is relevant to the child's special educational needs, and the Caldicott Guardian of each health "
               "organisation is responsible for deciding whether other information should be shared."),
        H(1, "Section 5: Our legal basis"),
        Clause("5.1", "We rely on these laws when we share information:"),
        Bullets([
            "**Children and Family Act 2014** \u2013 section 19 (the views of children, young people and parents); "
            "section 23 (duty of health bodies to tell the local authority about children under school age who may have "
            "SEN or a disability); section 25 (promoting integration); section 28 (co-operation); section 31 (duty to "
            "comply with a request for help); and sections 36 to 44 (assessment and EHC plans);",
            "**Special Educational Needs and Disability Regulations 2014** \u2013 regulations 6 (advice and information "
            "for EHC needs assessments) and 8 (duty to co-operate), and the time limits in Part 2;",
            "**Education Act 1996** \u2013 the continuing general duties of local authorities towards pupils with SEN;",
            "**Children Act 1989** \u2013 section 17 (services for children in need, including disabled children);",
            "**Children Act 2004** \u2013 section 10 (co-operation to improve well-being);",
            "**Equalities Act 2010** \u2013 duties to make reasonable adjustments and to promote equality of opportunity;",
            "**Care Act 2014** \u2013 sections 58 to 66 (transition to adult care and support);",
            "**National Health Service Act 2006** \u2013 section 82 (co-operation between NHS bodies and local "
            "authorities); and the Health and Social Care Act 2012, which gives CCGs their commissioning duties.",
        ], indent=36),
        Clause("5.2", "**Data Protection Act 1998.** We process personal data because it is necessary for functions given to "
               "us by law (Schedule 2, paragraph 5). We process health information under Schedule 3, paragraph 7 "
               "(functions conferred by law) or paragraph 8 (medical purposes, by a health professional). We will always "
               "tell you what we are doing, unless that would put a child at risk."),
        Clause("5.3", "**Consent.** A request for an EHC needs assessment is made by or with the agreement of the parent or "
               "young person, and the request form explains what information will be gathered and from whom. If a young "
               "person over 16 has capacity, it is their decision, not their parents'. Section 23 notices are sent "
               "without consent, but the health body must tell the parent first."),
        Clause("5.4", "**Human Rights Act 1998 and confidentiality.** We respect your right to privacy. Information you give "
               "to a doctor or nurse in confidence will only be shared with your agreement, or where the law requires it, "
               "or where there is a serious risk of harm."),
        Clause("5.5", "We also follow the SEND Code of Practice: 0 to 25 years (January 2015), which is statutory guidance, "
               "and the Caldicott principles. These are not laws in themselves."),
        H(1, "Section 6: How and when we will share"),
        Clause("6.1", "Requests for advice for an EHC needs assessment are sent by the SEND 0\u201325 Team within one week of "
               "the decision to assess. Advice must be returned within **6 weeks** of the request."),
        Clause("6.2", "We share information using:"),
        Bullets(["secure email (Devon County Council to nhs.net or GCSx addresses, or Egress encrypted email to schools and "
                 "colleges);",
                 "the EHC Hub online portal, when it is introduced in 2017;",
                 "post marked \u2018Private and Confidential\u2019 where email cannot be used;",
                 "EHC plan review meetings, where information is shared in person with the family present."], indent=36),
        Clause("6.3", "Section 23 notices are sent on the form at Appendix B to the SEND 0\u201325 Team within 10 working days "
               "of the health body forming its opinion."),
        Clause("6.4", "Aggregated data for joint commissioning is shared each term with the SEND Strategic Partnership "
               "Board and never contains names."),
        H(1, "Section 7: Looking after the information"),
        Clause("7.1", "Every organisation that signs this agreement has policies for keeping information secure and trains "
               "its staff. Information about children with SEND must be kept on secure systems, locked away if it is on "
               "paper, and only seen by people who need it for their work."),
        Clause("7.2", "NHS organisations and Virgin Care will meet the NHS Information Governance Toolkit at level 2 or "
               "above. The Council and Babcock LDP are accredited to the Public Services Network (PSN) code of connection."),
        Clause("7.3", "Laptops, memory sticks and phones that hold information about children must be encrypted."),
        H(1, "Section 8: How long we keep information"),
        Clause("8.1", "The Council keeps SEND records, including EHC plans and the advice used to write them, until the young "
               "person's 31st birthday, in line with the Information and Records Management Society retention "
               "guidelines. Health records are kept in line with the Records Management Code of Practice for Health and "
               "Social Care 2016. Schools and colleges keep pupil files as set out in the IRMS toolkit for schools."),
        Clause("8.2", "When information is no longer needed it is destroyed securely."),
        H(1, "Section 9: Your rights"),
        Clause("9.1", "You have the right to see the information we hold about you (a subject access request). You can ask "
               "any of the organisations that signed this agreement; each will answer within 40 calendar days. The Council "
               "will check with the organisation that gave the information before it shows you health or other advice."),
        Clause("9.2", "You can ask any of us to explain what information we hold about you and why. If you disagree with "
               "what an EHC plan says about your child's needs or provision, that is a separate matter: DIAS can explain "
               "your options, including mediation and appeal to the First-tier Tribunal (SEND)."),
        Clause("9.3", "Devon Information Advice and Support (DIAS) can help you understand your rights. It is impartial and "
               "confidential."),
        H(1, "Section 10: When things go wrong"),
        Clause("10.1", "If information is lost, sent to the wrong person or seen by someone who should not see it, the "
               "organisation that discovers it must tell the organisation whose information it is straight away, and no "
               "later than the next working day."),
        Clause("10.2", "The organisation responsible will investigate, take action to recover the information and stop it "
               "happening again, and decide whether the incident must be reported to the Information Commissioner's Office. "
               "Where a family has been affected they will be told what happened."),
        Clause("10.3", "Deliberate misuse of information may lead to disciplinary action and may be a criminal offence."),
        H(1, "Section 11: Signing up"),
        Clause("11.1", "This agreement is effective from 1 September 2016. It will be reviewed in September 2017 by the SEND "
               "Strategic Partnership Board, and then every year."),
        Clause("11.2", "An organisation can leave the agreement by writing to the Council with three months' notice. "
               "Information already shared will still be protected."),
        Clause("11.3", "By signing, each organisation agrees to follow this agreement and to make sure its staff do too."),
    ]
    sig = [["Organisation", "Signed by", "Job title", "Date"],
           ["Devon County Council", "Thea Rudd", "Chief Officer for Children's Services", "2 September 2016"],
           ["Virgin Care Limited", "Victor Partridge", "Managing Director, Devon Integrated Children's Services",
            "5 September 2016"],
           ["Northern Devon Healthcare NHS Trust", "Lionel Jephcott", "Chief Nurse", "7 September 2016"],
           ["Royal Devon and Exeter NHS Foundation Trust", "Nerys Rendall", "Chief Nurse", "6 September 2016"],
           ["Torbay and South Devon NHS Foundation Trust", "Quentin Leatherbarrow", "Chief Executive", "12 September 2016"],
           ["Plymouth Hospitals NHS Trust", "Carol Upjohn", "Chief Executive", "14 September 2016"],
           ["Devon Partnership NHS Trust", "Lydia Thistlethwaite", "Chief Executive", "8 September 2016"],
           ["NHS Northern, Eastern and Western Devon Clinical Commissioning Group", "Graham Maddison",
            "Chief Nursing Officer", "5 September 2016"],
           ["NHS South Devon and Torbay Clinical Commissioning Group", "Graham Maddison",
            "Chief Nursing Officer", "5 September 2016"],
           ["Babcock Learning and Development Partnership LLP", "Philippa Fenwick", "Managing Director", "9 September 2016"],
           ["Petroc", "Wendy Jephcott", "Principal", "19 September 2016"],
           ["Exeter College", "Adele Tregarthen", "Principal", "21 September 2016"]]
    b += [
        Table(sig, widths=[3, 1.8, 2.4, 1.3], size=8.5),
        PageBreak(),
        H(1, "Appendix A: Key contacts"),
        Table([["Contact", "Details"],
               ["SEND 0\u201325 Team (North, East, South)", "Devon County Council, County Hall, Topsham Road, Exeter EX2 4QD"],
               ["Designated Clinical Officer", "NHS Northern, Eastern and Western Devon CCG"],
               ["Devon Information Advice and Support (DIAS)", "01392 383080"],
               ["Information Governance Team", "Devon County Council"]], widths=[2.5, 4], size=9),
        H(1, "Appendix B: Health notification form (section 23 notices)"),
        Table([["Field", "To be completed by the health professional"],
               ["Child's name and date of birth", ""], ["NHS number", ""], ["Address", ""],
               ["Parent/carer name(s)", ""], ["Nature of the SEN or disability (as known)", ""],
               ["Has the parent been told of this notice? (Yes/No and date)", ""],
               ["Voluntary organisations that may help, given to the parent", ""],
               ["Name, job title and organisation of the professional", ""], ["Date", ""]],
              widths=[3, 3.5], size=9),
        H(1, "Appendix C: Schools' addendum"),
        P("The headteacher or principal of a school or academy signs this addendum to confirm that the school will share "
          "information under the Devon SEND Information Sharing Agreement and will follow sections 4 to 10 of it. The "
          "school's SENCo is the contact for the SEND 0\u201325 Team."),
        Table([["School / academy", "DfE number", "Headteacher", "Signature", "Date"], ["", "", "", "", ""],
               ["", "", "", "", ""]], widths=[2.5, 1, 1.7, 1.3, 1], size=9),
    ]
    return Doc(stem="devon_send_isa_2016_v1_2", blocks=b, font="Tahoma", size=10.5, heading_styled=True,
               heading_sizes=(13, 11, 10.5), heading_color="006B54", header_left="Devon SEND ISA",
               header_right="Version 1.2 \u2013 September 2016", footer_left="Devon County Council",
               footer_center="", footer_pages="Page {page} of {pages}", rl_rule_color="006B54",
               core_title="Information Sharing Agreement", core_author="DCC Information Governance",
               core_created=dt.datetime(2016, 9, 2, 14, 30, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, o, _) in PARTNERS],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES],
        "review_date": "2017-09-30",
        "review_basis": "explicit",
        "commencement_date": "2016-09-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "breach", "agreement"],
        "missing_sections": ["accuracy", "complaints"],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "doc", "pdf"], "pdf_from": "docx"}
