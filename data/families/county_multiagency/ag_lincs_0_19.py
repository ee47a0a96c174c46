"""A10. Lincolnshire 0-19 children's health services ISA, May 2018 (written across the GDPR changeover;
relative review; no complaints section; parties section before purpose)."""
import datetime as dt

from render import Bullets, Clause, Doc, H, Layout, P, PageBreak, Spacer, Table

TITLE = "Lincolnshire 0-19 Children's Health Services Information Sharing Agreement"

PURPOSE = ("The purpose of this agreement is to allow the parties to share information about pregnant women, babies, "
           "children and young people aged 0 to 19 (up to 25 for young people with special educational needs or "
           "disabilities) living in Lincolnshire, so that every family is offered the Healthy Child Programme, including "
           "the five mandated health visitor reviews, and children who need additional or specialist support are "
           "identified and referred promptly.")

LEAD = {"name": "Lincolnshire County Council", "org": None}

PARTNERS = [
    ("United Lincolnshire Hospitals NHS Trust", None, "Maternity services (birth notifications; antenatal "
     "information); paediatric A&E attendances", "Keith Pinnock", "Director of Nursing", "10/05/2018"),
    ("Lincolnshire Community Health Services NHS Trust", None, "Community paediatrics; children's therapies; "
     "GP-attached community nursing", "Graham Ackroyd", "Chief Executive", "14/05/2018"),
    ("Lincolnshire Partnership NHS Foundation Trust", None, "Perinatal mental health; CAMHS", "Thea Hepplewhite",
     "Director of Nursing, AHPs and Quality", "11/05/2018"),
    ("Northern Lincolnshire and Goole NHS Foundation Trust", None, "Maternity (births at Scunthorpe and Grimsby to "
     "Lincolnshire residents)", "Nadia Yeadon", "Chief Nurse", "16/05/2018"),
    ("North West Anglia NHS Foundation Trust", None, "Maternity (births at Peterborough City Hospital to south "
     "Lincolnshire residents)", "Julian Kinsella", "Chief Nurse", "17/05/2018"),
    ("NHS Lincolnshire East Clinical Commissioning Group", None, "Commissioner; safeguarding designated nurse",
     "Miriam Hepplewhite", "Accountable Officer", "15/05/2018"),
    ("NHS Lincolnshire West Clinical Commissioning Group", None, "Commissioner", "Adele Jarrold",
     "Chief Operating Officer", "15/05/2018"),
    ("NHS South Lincolnshire Clinical Commissioning Group", None, "Commissioner", "Miriam Hepplewhite",
     "Accountable Officer", "15/05/2018"),
    ("NHS South West Lincolnshire Clinical Commissioning Group", None, "Commissioner", "Miriam Hepplewhite",
     "Accountable Officer", "15/05/2018"),
]

STATUTES = [
    ("Health and Social Act 2012", "Health and Social Care Act", 2012, "section 12"),
    ("National Health Service Act 2006", "National Health Service Act", 2006, "section 2B"),
    ("Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) "
     "Regulations 2013",
     "Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations",
     2013, None),
    ("Children Act 2004", "Children Act", 2004, None),
    ("Children Act 1989", "Children Act", 1989, None),
    ("Childcare Act 2006", "Childcare Act", 2006, None),
    ("Children and Families Act 2014", "Children and Families Act", 2014, None),
    ("Health and Social Care (Safety and Quality) Act 2015", "Health and Social Care (Safety and Quality) Act", 2015,
     None),
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("General Data Protection Regulation (EU) 2016/679", "General Data Protection Regulation (EU)", 2016, None),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
]


def build():
    b = [
        P("LINCOLNSHIRE COUNTY COUNCIL", size=12, bold=True, color="00653A", after=2),
        P("Public Health  |  Children's Services", size=9, color="00653A", after=110),
        P("INFORMATION GOVERNANCE \u2013 DATA SHARING", size=10, bold=True, color="777777", after=16),
        P("Lincolnshire 0-19 Children's Health Services", size=24, bold=True, color="00653A", after=0),
        P("Information Sharing Agreement", size=24, bold=True, color="00653A", after=16),
        P("Health Visiting and School Nursing: the Healthy Child Programme in Lincolnshire", size=12, italic=True,
          after=80),
        Table([["Lead partner", "Lincolnshire County Council (commissioner and, from 1 October 2017, provider of the "
                                "0\u201319 service)"],
               ["Version", "1.0"], ["Approved", "Lincolnshire 0\u201319 Partnership Group, 26 April 2018"],
               ["Comes into effect", "25 May 2018"], ["Review", "18 months after it comes into effect"]],
              header_rows=0, widths=[1.4, 4.4], bold_first_col=True, shade=None, size=9.5),
        PageBreak(),
        H(1, "Version control"),
        Table([["Version", "Date", "Author", "Changes"],
               ["0.1", "February 2018", "Children's Health Commissioning", "First draft after service brought in-house"],
               ["0.3", "March 2018", "Information Assurance Team", "GDPR wording; Article 6 and 9 conditions"],
               ["1.0", "April 2018", "Information Assurance Team", "Approved; out-of-county maternity units added"]],
              widths=[0.8, 1.2, 2.2, 3], size=9),
        H(1, "1. Parties"),
        Clause("1.1", "This agreement is between Lincolnshire County Council (\u2018the Council\u2019, \u2018LCC\u2019) and "
               "the organisations listed below. The Council leads the agreement as the commissioner of public health "
               "services for children aged 0 to 19 and, since 1 October 2017, as the provider of the Lincolnshire 0\u201319 "
               "Children's Health Service, which was previously provided by Lincolnshire Community Health Services NHS "
               "Trust."),
    ]
    rows = [["Party", "Role in this agreement"]]
    rows.append(["Lincolnshire County Council", "Lead partner; provider of health visiting, school nursing and the "
                 "Family Nurse Partnership; children's social care; early help"])
    rows += [[n, r] for n, _, r, _, _, _ in PARTNERS]
    b += [
        Table(rows, widths=[2.7, 4], size=8.5),
        Clause("1.2", "GP practices in Lincolnshire share information with the 0\u201319 service under the GP practice "
               "agreement (Appendix D) and are not individually listed."),
        H(1, "2. Purpose"),
        Clause("2.1", PURPOSE),
        Clause("2.2", "Information will be shared to:"),
        Bullets(["notify the 0\u201319 service of pregnancies (antenatal contact at 28 weeks) and births (new birth visit "
                 "at 10\u201314 days);",
                 "transfer care from midwifery to health visiting, and from health visiting to school nursing at school "
                 "entry;",
                 "deliver the 6\u20138 week, 1 year and 2\u20132\u00bd year reviews and the National Child Measurement "
                 "Programme;",
                 "refer children to community paediatrics, therapies, CAMHS and early help;",
                 "share safeguarding concerns, including A&E attendances of children under 5;",
                 "report mandated performance data to Public Health England (aggregated, no personal data)."], indent=36),
        Clause("2.3", "**Safeguarding.** Nothing in this agreement prevents or delays the sharing of information where a "
               "practitioner is concerned that a child is suffering, or is likely to suffer, significant harm. Such "
               "concerns are referred to Lincolnshire Children's Services through the Customer Service Centre in line with "
               "the Lincolnshire Safeguarding Children Board procedures."),
        Clause("2.4", "**Family Nurse Partnership.** Information about first-time mothers aged 19 and under who are eligible "
               "for the Family Nurse Partnership is shared by maternity units with the FNP team in the same way as other "
               "antenatal notifications. FNP data returned to the national FNP unit is covered by a separate agreement."),
        Clause("2.5", "**What this agreement does not cover.** It does not cover research, the sharing of data for "
               "commissioning that identifies individuals, or the National Child Measurement Programme return to NHS "
               "Digital, each of which has its own arrangements."),
        H(1, "3. Legal basis"),
        Clause("3.1", "**Public health duties.** The Council's duty to take steps to improve the health of people in its area "
               "comes from section 2B of the National Health Service Act 2006, inserted by section 12 of the Health and "
               "Social Act 2012. The five mandated health visitor reviews are required by the Local Authorities (Public "
               "Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations 2013, as amended "
               "in 2015."),
        Clause("3.2", "**Children's legislation.** Sections 10 and 11 of the Children Act 2004 (co-operation and safeguarding); "
               "sections 17 and 47 of the Children Act 1989; the Childcare Act 2006 (early childhood services); and Part 3 "
               "of the Children and Families Act 2014 (SEND, including the section 23 duty to notify)."),
        Clause("3.3", "**Direct care.** The duty to share information for direct care in the Health and Social Care (Safety "
               "and Quality) Act 2015 applies to all parties."),
        Clause("3.4", "**Data protection \u2013 until 24 May 2018.** Sharing is carried out under the Data Protection Act "
               "1998, Schedule 2 paragraph 5 and Schedule 3 paragraph 7 (functions conferred by enactment) and Schedule 3 "
               "paragraph 8 (medical purposes)."),
        Clause("3.5", "**Data protection \u2013 from 25 May 2018.** The General Data Protection Regulation (EU) 2016/679 "
               "(\u2018GDPR\u2019) applies. The parties rely on Article 6(1)(e) (public task) and Article 9(2)(h) "
               "(health and social care) and, for safeguarding, Article 9(2)(g). The Data Protection Bill, currently before "
               "Parliament, will set out the UK conditions for these Articles; this agreement will be updated when it "
               "becomes law."),
        Clause("3.6", "**Confidentiality and human rights.** Sharing under this agreement is for direct care and is within "
               "the reasonable expectations of families, who are told about it by their midwife and health visitor. The "
               "common law duty of confidence, the Caldicott principles and Article 8 of the Human Rights Act 1998 have "
               "been considered. A parent may object to their information being shared for purposes other than direct "
               "care or safeguarding and the objection will be respected."),
        H(1, "4. Information to be shared"),
        Table([["Flow", "From", "To", "Information"],
               ["Antenatal notification", "Maternity units", "0\u201319 service", "Mother's name, DoB, NHS number, address, "
                "GP, EDD, parity, vulnerability factors (e.g. mental health, substance misuse, domestic abuse)"],
               ["Birth notification", "Maternity units", "0\u201319 service; Child Health Information Service", "Baby's "
                "name, NHS number, DoB, sex, birth weight, gestation, feeding, discharge address, newborn screening"],
               ["Health visiting record", "0\u201319 service", "GP; community paediatrics", "Review outcomes, growth, "
                "development (ASQ-3), concerns, referrals"],
               ["A&E attendance", "ULHT; NLAG; NWAFT", "0\u201319 service", "Attendances of children under 5 and of "
                "pregnant women"],
               ["Specialist referral", "0\u201319 service", "LCHS; LPFT", "Referral information and relevant history"],
               ["School entry", "0\u201319 service", "School nursing team", "Health summary for transfer"]],
              widths=[1.4, 1.3, 1.6, 3.6], size=8.5),
        H(1, "5. Methods and frequency"),
        Clause("5.1", "Birth notifications are sent **daily** from each maternity unit's system to the Child Health "
               "Information Service and the 0\u201319 single point of access by nhs.net secure email, or through SystmOne "
               "where the unit has access to it."),
        Clause("5.2", "Antenatal notifications are sent **weekly** by secure email."),
        Clause("5.3", "A&E attendance notifications are sent **each working day** by the hospital liaison health visitor."),
        Clause("5.4", "Health visiting records are held on SystmOne and shared with GP practices through the shared record, "
               "subject to the sharing settings agreed by each practice."),
        H(1, "6. Security"),
        Clause("6.1", "All parties will meet the standards of the Information Governance Toolkit (to be replaced by the Data "
               "Security and Protection Toolkit from April 2018) and will use nhs.net or GCSx secure email for personal "
               "data. Council staff in the 0\u201319 service have nhs.net accounts and smartcards."),
        Clause("6.2", "Personal data will be held only on approved systems and encrypted devices. Paper records are "
               "transported in locked bags."),
        H(1, "7. Accuracy"),
        Clause("7.1", "The party that records information is responsible for its accuracy. Discrepancies in demographic data "
               "(for example a change of address) will be corrected through the NHS Spine and notified to the other "
               "parties that hold the record."),
        H(1, "8. Retention"),
        Clause("8.1", "Children's health records are retained until the child's 25th birthday (or 26th if the young person "
               "was 17 at the conclusion of treatment), in line with the Records Management Code of Practice for Health "
               "and Social Care 2016. Notifications received by email are deleted once added to the record."),
        H(1, "9. Individuals' rights"),
        Clause("9.1", "Each party will update its privacy notice to describe this sharing before 25 May 2018. Requests for "
               "access to health visiting or school nursing records are dealt with by the Council's Information Assurance "
               "Team within one month (from 25 May 2018; 40 days before then). Other parties deal with requests for their "
               "own records."),
        Clause("9.2", "Young people with sufficient understanding may make their own requests and may ask for information not "
               "to be shared with their parents."),
        H(1, "10. Incidents and breaches"),
        Clause("10.1", "Incidents will be reported to the Information Governance lead of each party whose information is "
               "involved within 24 hours, logged on the party's incident system and, for health parties, the IG Toolkit "
               "incident reporting tool. From 25 May 2018 notifiable breaches will be reported to the ICO within 72 hours."),
        H(1, "11. Review and termination"),
        Clause("11.1", "This agreement comes into effect on 25 May 2018. It will be reviewed 18 months after it comes into "
               "effect by the Lincolnshire 0\u201319 Partnership Group, or earlier if the Data Protection Bill is enacted "
               "with provisions that require changes."),
        Clause("11.2", "Any party may withdraw on 3 months' notice in writing to the Council."),
        H(1, "12. Signatures"),
    ]
    sig = [["Organisation", "Name", "Post", "Date"],
           ["Lincolnshire County Council", "Nerys Inchbald", "Executive Director of Children's Services", "04/05/2018"],
           ["Lincolnshire County Council", "Adele Wragg", "Director of Public Health", "04/05/2018"]]
    sig += [[n, who, post, d] for n, _, _, who, post, d in PARTNERS]
    b += [Table(sig, widths=[3, 1.6, 2.4, 1], size=8.5),
          PageBreak(),
          H(1, "Appendix A \u2013 Healthy Child Programme contacts"),
          Table([["Service", "Contact"],
                 ["0\u201319 Single Point of Access", "Lincolnshire County Council, Orchard House, Lincoln"],
                 ["Child Health Information Service", "Hosted by Lincolnshire Community Health Services NHS Trust"],
                 ["Information Assurance Team", "Lincolnshire County Council, County Offices, Newland, Lincoln LN1 1YL"]],
                widths=[2.5, 4], size=9),
          H(1, "Appendix B \u2013 Mandated reviews"),
          Table([["Review", "Timing", "Delivered by"],
                 ["Antenatal health promoting visit", "From 28 weeks of pregnancy", "Health visitor"],
                 ["New birth visit", "10\u201314 days", "Health visitor"],
                 ["6\u20138 week assessment", "6\u20138 weeks", "Health visitor"],
                 ["1 year assessment", "By 12 months", "Health visitor / nursery nurse"],
                 ["2\u20132\u00bd year review", "2\u20132\u00bd years (ASQ-3)", "Health visitor / nursery nurse"]],
                widths=[2.5, 2, 2], size=9),
          H(1, "Appendix C \u2013 Named leads"),
          Table([["Role", "Responsibility"],
                 ["Senior Information Risk Owner (each party)", "Accountable for information risk and for approving "
                  "this agreement"],
                 ["Caldicott Guardian (each party)", "Decisions on sharing confidential information without consent"],
                 ["0\u201319 Service Manager (LCC)", "Day-to-day operation of the flows in section 4; first point of "
                  "contact for the other parties"],
                 ["Named nurse for safeguarding (each NHS party)", "Advice on sharing for safeguarding purposes"],
                 ["Information Assurance Team (LCC)", "Maintaining this agreement, the list of GP practices and the "
                  "review"]], widths=[2.6, 4.2], size=9),
          H(1, "Appendix D \u2013 GP practice agreement"),
          P("Each GP practice signs a short agreement to confirm that it will share information with the 0\u201319 service "
            "for the purposes in section 2, using the SystmOne sharing settings agreed with the Council. The list of "
            "practices that have signed is held by the Information Assurance Team.")]
    return Doc(stem="lincs_0_19_health_isa_v1_2018", blocks=b, font="Arial", size=10.5, heading_styled=False,
               heading_sizes=(12, 11, 10.5), heading_color="00653A",
               header_left="Lincolnshire 0-19 Children's Health Services ISA", header_right="Version 1.0",
               footer_left="Lincolnshire County Council", footer_center="OFFICIAL", footer_pages="Page {page} of {pages}",
               rl_font="Times", rl_rule_color="00653A", core_title="Data Sharing Agreement template v4",
               core_author="LCC Information Assurance", core_created=dt.datetime(2018, 5, 3, 9, 45, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, o, _, _, _, _) in PARTNERS],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES],
        "review_date": "2019-11-25",
        "review_basis": "relative",
        "commencement_date": "2018-05-25",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "breach", "agreement"],
        "missing_sections": ["complaints"],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["doc", "pdf"], "pdf_from": "rl"}
