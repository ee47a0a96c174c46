"""A8. Norfolk Safeguarding Adults Board ISA for Safeguarding Adults Reviews, 2021 (UK GDPR; lead is the
publishing controller; no section on method/frequency of sharing)."""
import datetime as dt

from render import Bullets, Clause, Doc, H, P, PageBreak, Spacer, Table

TITLE = "Norfolk Safeguarding Adults Board Information Sharing Agreement for Safeguarding Adults Reviews"

PURPOSE = ("This agreement sets out how the members of the Norfolk Safeguarding Adults Board will share personal "
           "data, including special category data, when the Board carries out Safeguarding Adults Reviews under "
           "section 44 of the Care Act 2014 and related multi-agency learning reviews and audits, so that lessons are "
           "learned and practice improves to protect adults with care and support needs from abuse and neglect.")

LEAD = {"name": "Norfolk County Council", "org": None}

PARTNERS = [
    ("Norfolk Constabulary", None, "Statutory member"),
    ("NHS Norfolk and Waveney Clinical Commissioning Group", None, "Statutory member"),
    ("Norfolk and Norwich University Hospitals NHS Foundation Trust", None, "Health provider"),
    ("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust", None, "Health provider"),
    ("James Paget University Hospitals NHS Foundation Trust", None, "Health provider"),
    ("Norfolk and Suffolk NHS Foundation Trust", None, "Health provider (mental health)"),
    ("Norfolk Community Health and Care NHS Trust", None, "Health provider (community)"),
    ("East Coast Community Healthcare CIC", None, "Health provider (community)"),
    ("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust", "Health provider"),
    ("Hertfordshire Partnership University NHS Foundation Trust", "Hertfordshire Partnership University NHS Foundation Trust",
     "Health provider (learning disability services in Norfolk)"),
    ("The Probation Service \u2013 East of England Region", None, "Member"),
    ("Norfolk Fire and Rescue Service", None, "Member"),
    ("Breckland Council", None, "District council"),
    ("Broadland District Council", None, "District council"),
    ("Great Yarmouth Borough Council", None, "District council"),
    ("Borough Council of King's Lynn and West Norfolk", None, "District council"),
    ("North Norfolk District Council", None, "District council"),
    ("Norwich City Council", None, "District council"),
    ("South Norfolk Council", None, "District council"),
    ("Healthwatch Norfolk", None, "Member"),
]

SIGN = [("Norfolk County Council", "Fiona Fenwick", "Executive Director, Adult Social Services", "15/03/2021"),
        ("Norfolk Constabulary", "ACC Howard Oddie", "Assistant Chief Constable", "16/03/2021"),
        ("NHS Norfolk and Waveney Clinical Commissioning Group", "Rhiannon Lanyon", "Director of Patients and Communities",
         "18/03/2021"),
        ("Norfolk and Norwich University Hospitals NHS Foundation Trust", "Prof Dorothy Boddington", "Chief Nurse", "22/03/2021"),
        ("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust", "Yvonne Yeadon", "Director of Nursing",
         "23/03/2021"),
        ("James Paget University Hospitals NHS Foundation Trust", "Eleanor Dorling", "Director of Nursing", "19/03/2021"),
        ("Norfolk and Suffolk NHS Foundation Trust", "Nadia Jephcott", "Chief Nurse", "24/03/2021"),
        ("Norfolk Community Health and Care NHS Trust", "Edmund Tindall", "Chief Nurse", "22/03/2021"),
        ("East Coast Community Healthcare CIC", "Petra Ivens", "Chief Executive", "25/03/2021"),
        ("East of England Ambulance Service NHS Trust", "Perry Yeadon", "Director of Nursing", "29/03/2021"),
        ("Hertfordshire Partnership University NHS Foundation Trust", "Philippa Abbiss", "Executive Director of Quality",
         "30/03/2021"),
        ("The Probation Service \u2013 East of England Region", "Malcolm Maddison", "Head of Norfolk and Suffolk PDU",
         "26/03/2021"),
        ("Norfolk Fire and Rescue Service", "Tamsin Northcott", "Chief Fire Officer", "17/03/2021"),
        ("Breckland Council", "Esther Utley", "Executive Director", "18/03/2021"),
        ("Broadland District Council", "Alison Jarrold", "Managing Director", "19/03/2021"),
        ("Great Yarmouth Borough Council", "Graham Hepplewhite", "Chief Executive", "22/03/2021"),
        ("Borough Council of King's Lynn and West Norfolk", "Lionel Bracegirdle", "Chief Executive", "23/03/2021"),
        ("North Norfolk District Council", "Nadia Ivens", "Chief Executive", "24/03/2021"),
        ("Norwich City Council", "Gwen Leatherbarrow", "Chief Executive", "25/03/2021"),
        ("South Norfolk Council", "Alison Jarrold", "Managing Director", "19/03/2021"),
        ("Healthwatch Norfolk", "Perry Scattergood", "Chief Executive", "31/03/2021")]

STATUTES = [
    ("Care Act 2014", "Care Act", 2014, None),
    ("UK GDPR", "UK General Data Protection Regulation", 2016, None),
    ("Data Protection Act 2018", "Data Protection Act", 2018, None),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
    ("Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
    ("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act", 2015, None),
    ("Domestic Abuse Act 2021", "Domestic Abuse Act", 2021, None),
    ("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
    ("Coroners and Justice Act 2009", "Coroners and Justice Act", 2009, "Schedule 5"),
]


def build():
    b = [
        P("NORFOLK SAFEGUARDING ADULTS BOARD", size=11, bold=True, color="00558C", after=2),
        P("Safeguarding is everybody's business", size=9, italic=True, color="00558C", after=100),
        P("Information Sharing Agreement", size=13, color="333333", after=10),
        P("Norfolk Safeguarding Adults Board Information Sharing", size=22, bold=True, color="00558C", after=0),
        P("Agreement for Safeguarding Adults Reviews", size=22, bold=True, color="00558C", after=30),
        P("Including multi-agency learning reviews, rapid reviews and case file audits", size=11, after=60),
        Table([["Controller publishing this agreement",
                "Norfolk County Council, which hosts the Norfolk Safeguarding Adults Board (NSAB), County Hall, Martineau "
                "Lane, Norwich NR1 2DH"],
               ["Version", "3.0"], ["Date", "1 April 2021"], ["Review due", "31/03/2023"],
               ["DPIA", "NCC DPIA 2020/187 \u2013 completed 9 December 2020"],
               ["Approved", "NSAB Executive Group, 10 February 2021"]],
              header_rows=0, widths=[2, 4], bold_first_col=True, shade=None, size=9.5),
        PageBreak(),
        H(1, "Document history"),
        Table([["Version", "Date", "Comment"],
               ["1.0", "April 2015", "First agreement following the Care Act 2014 (DPA 1998)"],
               ["2.0", "May 2018", "Updated for GDPR; reviews renamed; CCGs listed separately"],
               ["2.2", "April 2020", "Single Norfolk and Waveney CCG; Probation changes noted"],
               ["3.0", "April 2021", "UK GDPR from 1 January 2021; ICO Data Sharing Code; Domestic Abuse Act 2021; "
                                     "Probation Service unified June 2021 (name updated)"]],
              widths=[0.8, 1.2, 5], size=9),
        H(1, "1. Introduction"),
        Clause("1.1", "The Norfolk Safeguarding Adults Board (NSAB) is the statutory Safeguarding Adults Board for Norfolk "
               "established under section 43 of the Care Act 2014. Its three statutory members are Norfolk County Council, "
               "Norfolk Constabulary and NHS Norfolk and Waveney Clinical Commissioning Group. The other organisations in "
               "section 3 are members by agreement."),
        Clause("1.2", "Norfolk County Council hosts the Board, employs its business unit and publishes this agreement. The "
               "Council is the controller for the review records held by the NSAB business unit."),
        Clause("1.3", "This agreement follows the structure recommended in the Information Commissioner's Data Sharing Code "
               "of Practice (2021). It does not cover sharing for individual safeguarding enquiries under section 42 of the "
               "Care Act 2014, which is covered by the Norfolk Multi-Agency Safeguarding Adults Policy."),
        H(1, "2. Purpose"),
        Clause("2.1", PURPOSE),
        Clause("2.2", "The specific purposes are:"),
        Bullets(["deciding whether the criteria for a Safeguarding Adults Review (SAR) are met;",
                 "gathering chronologies and agency reports, and interviewing practitioners and family members;",
                 "writing, agreeing and publishing the review report in anonymised form;",
                 "monitoring the action plans that follow a review;",
                 "carrying out thematic multi-agency case file audits commissioned by the Board's Quality and Effectiveness "
                 "subgroup."], indent=30),
        H(1, "3. Parties and their roles"),
        Clause("3.1", "Each party below is an independent controller for the personal data it holds and discloses. Once data "
               "is supplied to the NSAB business unit, Norfolk County Council is controller for the review record. Where a "
               "review is carried out by an independent reviewer, the reviewer acts as processor for Norfolk County Council "
               "under a written contract that meets Article 28 UK GDPR."),
    ]
    rows = [["Organisation", "Membership"], ["Norfolk County Council", "Statutory member; host and publishing controller"]]
    rows += [[n, m] for n, _, m in PARTNERS]
    b += [
        Table(rows, widths=[4.2, 2.6], size=8.5),
        Clause("3.2", "Other organisations (for example GP practices, care providers and housing associations) may be asked "
               "to contribute to a particular review. They will be asked to sign the single-review addendum and are not "
               "parties to this agreement."),
        H(1, "4. Data to be shared"),
        Clause("4.1", "Only the data necessary for the review will be requested. This may include:"),
        Bullets(["the adult's name, date of birth, date of death (where relevant), address and NHS number;",
                 "the names and relationships of family members, carers and others involved;",
                 "chronologies of agency contact and the decisions made;",
                 "health and care records, including diagnosis, capacity assessments and care plans (special category data);",
                 "information about offences, arrests and court orders (criminal offence data);",
                 "names and roles of practitioners involved."], indent=30),
        Clause("4.2", "Published reports are anonymised. The adult's family will be asked whether they wish the adult to be "
               "named."),
        H(1, "5. Lawful basis"),
        Clause("5.1", "**UK GDPR Article 6.** Article 6(1)(c) \u2013 legal obligation \u2013 applies to the duty of "
               "members to supply information requested by the Board under section 45 of the Care Act 2014. Article "
               "6(1)(e) \u2013 public task \u2013 applies to other sharing for the purposes in section 2."),
        Clause("5.2", "**UK GDPR Article 9.** Special category data is processed under Article 9(2)(g) (substantial public "
               "interest) with the conditions in Schedule 1, Part 2 of the Data Protection Act 2018: paragraph 6 (statutory "
               "and government purposes) and paragraph 18 (safeguarding of children and of individuals at risk). Health "
               "bodies may also rely on Article 9(2)(h) with Schedule 1, Part 1, paragraph 2."),
        Clause("5.3", "**Criminal offence data (Article 10).** Processed under section 10(5) of the Data Protection Act 2018 "
               "with Schedule 1, Part 2, paragraphs 6 and 18."),
        Clause("5.4", "**Other law.** Sharing is also supported by:"),
        Bullets(["sections 43 to 45 and Schedule 2 of the Care Act 2014;",
                 "the Human Rights Act 1998 (Articles 2, 3 and 8);",
                 "the Mental Capacity Act 2005;",
                 "section 115 of the Crime and Disorder Act 1998;",
                 "the duty to share information for the individual's direct care introduced by the Health and Social Care "
                 "Act 2015;",
                 "the Domestic Abuse Act 2021, where a review is also a Domestic Homicide Review;",
                 "Schedule 5 of the Coroners and Justice Act 2009, where a Coroner's investigation runs in parallel."],
                indent=30),
        Clause("5.5", "**Confidentiality.** Deceased persons' records are not covered by data protection law but remain "
               "subject to the common law duty of confidence; access to health records of deceased persons is considered "
               "under the Access to Health Records Act 1990. The Caldicott Principles (2020) apply to all health and social "
               "care parties."),
        H(1, "6. Data protection impact assessment"),
        Clause("6.1", "Norfolk County Council completed a DPIA (reference NCC DPIA 2020/187) in December 2020. The DPIA "
               "identified the main risks as over-collection of records, identification of the adult from published "
               "reports, and disclosure of family members' information. The controls in sections 4, 8 and 10 address those "
               "risks."),
        H(1, "7. Transparency and individuals' rights"),
        Clause("7.1", "Each party's privacy notice explains that information may be shared with the NSAB for reviews. The "
               "NSAB privacy notice is published on the NSAB website."),
        Clause("7.2", "Requests to exercise rights under Articles 15 to 21 UK GDPR in relation to the review record are "
               "handled by Norfolk County Council's Information Compliance Team. Requests to other parties about their own "
               "records are handled by them. Parties will consult each other before releasing information supplied by "
               "another party."),
        Clause("7.3", "Family members will be told how their information will be used when they are invited to contribute "
               "to a review."),
        H(1, "8. Security"),
        Clause("8.1", "Review records are held on the NSAB's restricted area of the Council's document management system, "
               "accessible only to the business unit, the review panel chair and the commissioned reviewer. Panel members "
               "must not download, print or keep copies of draft reports."),
        Clause("8.2", "All parties will maintain Cyber Essentials (or equivalent) and, for health parties, meet the NHS Data "
               "Security and Protection Toolkit standards."),
        H(1, "9. Accuracy"),
        Clause("9.1", "Each party is responsible for ensuring that chronologies and reports it provides are accurate and "
               "complete. The review panel will check factual accuracy with contributing agencies before a report is "
               "finalised."),
        H(1, "10. Retention and deletion"),
        Clause("10.1", "Agency submissions and working papers are kept by the NSAB business unit for 7 years after the "
               "report is published (or after the Board decides not to publish). The final report and action plan are "
               "kept permanently. Panel members must delete any copies they hold when the report is signed off."),
        H(1, "11. Personal data breaches"),
        Clause("11.1", "Any party that becomes aware of a personal data breach involving review information must tell the "
               "NSAB business manager and the Council's Data Protection Officer within 24 hours. Norfolk County Council, "
               "as controller of the review record, will decide whether to notify the ICO within 72 hours and whether "
               "individuals must be told. Where the breach concerns a party's own data, that party will make those "
               "decisions in consultation with the Council."),
        H(1, "12. Complaints and requests"),
        Clause("12.1", "Complaints about how information has been used in a review will be dealt with under Norfolk County "
               "Council's complaints procedure, in consultation with the NSAB Independent Chair. Individuals may complain "
               "to the Information Commissioner's Office."),
        Clause("12.2", "Freedom of Information Act 2000 requests for review material are handled by the Council; published "
               "reports are available on the NSAB website."),
        H(1, "13. International transfers"),
        Clause("13.1", "No personal data will be transferred outside the United Kingdom under this agreement."),
        H(1, "14. Review, variation and termination"),
        Clause("14.1", "This agreement takes effect on 1 April 2021 and will be reviewed by 31/03/2023, or sooner if there "
               "is a significant change in legislation, in the Board's membership or following the Integrated Care System "
               "changes expected in 2022."),
        Clause("14.2", "A party may withdraw by giving 3 months' written notice to the NSAB Business Manager, but remains "
               "bound by its statutory duties under section 45 of the Care Act 2014."),
        H(1, "15. Signatures"),
        P("Signed on behalf of each party by a senior officer with authority to do so (SIRO, Caldicott Guardian, Director "
          "or Chief Executive)."),
    ]
    b += [Table([["Organisation", "Name", "Role", "Date"]] + [list(s) for s in SIGN], widths=[3.1, 1.6, 2.2, 0.9],
                size=8),
          PageBreak(),
          H(1, "Appendix 1 \u2013 Criteria for a Safeguarding Adults Review"),
          P("Under section 44 of the Care Act 2014 the Board **must** arrange a SAR when an adult in its area with needs "
            "for care and support (whether or not those needs are being met by the local authority) has died as a result "
            "of abuse or neglect, whether known or suspected, or is still alive and has experienced serious abuse or "
            "neglect, and there is reasonable cause for concern about how the Board, its members or others worked "
            "together to safeguard the adult. The Board **may** arrange a review in any other case involving an adult "
            "with care and support needs."),
          H(1, "Appendix 2 \u2013 Stages of a review and the information requested"),
          Table([["Stage", "Information requested from parties"],
                 ["Referral", "Referral form: adult's details, summary of concerns, agencies involved"],
                 ["Scoping", "Confirmation of involvement; brief summary of contact in the scoping period"],
                 ["Information gathering", "Chronology of contact; agency report or IMR; practitioner contact details"],
                 ["Learning events", "Attendance of practitioners and managers; no new records unless asked"],
                 ["Draft report", "Factual accuracy comments"],
                 ["Action plan", "Agency actions and progress updates"]],
                widths=[1.6, 5.2], size=8.5),
          H(1, "Appendix 3 \u2013 Contacts"),
          Table([["Role", "Contact"],
                 ["NSAB Business Manager", "Norfolk Safeguarding Adults Board, County Hall, Martineau Lane, Norwich NR1 2DH"],
                 ["Data Protection Officer, Norfolk County Council", "Information Compliance Team, County Hall"],
                 ["NSAB Independent Chair", "Via the NSAB Business Unit"]], widths=[2.6, 4.4], size=9)]
    return Doc(stem="norfolk_sab_sar_isa_v3_2021", blocks=b, font="Arial", size=10.5, heading_styled=True,
               heading_sizes=(12.5, 11, 10.5), heading_color="00558C",
               header_left="NSAB Information Sharing Agreement \u2013 Safeguarding Adults Reviews",
               header_right="OFFICIAL", footer_left="Version 3.0 \u2013 1 April 2021", footer_center="",
               footer_pages="{page} / {pages}", rl_font="DejaVuCond", rl_rule_color="00558C",
               core_title="NSAB ISA SARs v3.0", core_author="NSAB Business Unit",
               core_created=dt.datetime(2021, 3, 31, 10, 0, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, o, _) in PARTNERS],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES] + [
            {"citation": "DPA 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
            {"citation": "GDPR", "title": "General Data Protection Regulation (EU)", "year": 2016, "provision": None},
            {"citation": "Access to Health Records Act 1990", "title": "Access to Health Records Act", "year": 1990,
             "provision": None}],
        "review_date": "2023-03-31",
        "review_basis": "explicit",
        "commencement_date": "2021-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": ["format_frequency"],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "pdf"], "pdf_from": "rl"}
