"""A7. Southend, Essex and Thurrock domestic abuse ISA, 2019 (post-GDPR; review relative to last signature)."""
import datetime as dt

from render import Bullets, Clause, Doc, H, P, PageBreak, Spacer, Table

TITLE = "Southend, Essex and Thurrock (SET) Domestic Abuse Information Sharing Agreement"

PURPOSE = ("This agreement enables the SET Domestic Abuse Board partners to share personal data about victims, "
           "perpetrators and children affected by domestic abuse in Southend, Essex and Thurrock, so that risk is "
           "identified early, victims and their children are kept safe, perpetrators are held to account and supported "
           "to change, and the learning from Domestic Homicide Reviews is acted on.")

LEAD = {"name": "Essex County Council", "org": "Essex County Council"}

# (name as written, registry org, sector, signatory, post, date)
PARTNERS = [
    ("Southend-on-Sea Borough Council", "Southend Borough Council", "Local authority (unitary)", "Esther Yelland",
     "Chief Executive", "12/06/2019"),
    ("Thurrock Council", "Thurrock Council", "Local authority (unitary)", "Thea Dorling",
     "Corporate Director of Adults, Housing and Health", "14/06/2019"),
    ("Basildon Borough Council", "Basildon Borough Council", "District / borough council", "Kathryn Fothergill",
     "Managing Director", "10/06/2019"),
    ("Braintree District Council", "Braintree District Council", "District / borough council", "Kathryn Calloway",
     "Chief Executive", "11/06/2019"),
    ("Brentwood Borough Council", "Brentwood Borough Council", "District / borough council", "Edmund Tregarthen",
     "Chief Executive", "13/06/2019"),
    ("Castle Point Borough Council", "Castle Point Borough Council", "District / borough council", "Rhiannon Fothergill",
     "Chief Executive", "17/06/2019"),
    ("Chelmsford City Council", "Chelmsford City Council", "District / borough council", "Neville Utley",
     "Chief Executive", "10/06/2019"),
    ("Colchester Borough Council", "Colchester Borough Council", "District / borough council", "Frances Partridge",
     "Chief Executive", "18/06/2019"),
    ("Epping Forest District Council", "Epping Forest District Council", "District / borough council", "Bernard Scattergood",
     "Chief Executive", "19/06/2019"),
    ("Harlow Council", "Harlow District Council", "District / borough council", "Keith Tindall", "Chief Executive",
     "14/06/2019"),
    ("Maldon District Council", "Maldon District Council", "District / borough council", "Fiona Northcott",
     "Director of Service Delivery", "20/06/2019"),
    ("Rochford District Council", "Rochford District Council", "District / borough council", "Alison Mallender",
     "Strategic Director", "20/06/2019"),
    ("Tendring District Council", "Tendring District Council", "District / borough council", "Howard Thistlethwaite",
     "Chief Executive", "21/06/2019"),
    ("Uttlesford District Council", "Uttlesford District Council", "District / borough council", "Kathryn Birtwhistle",
     "Chief Executive", "24/06/2019"),
    ("Essex Police", "Essex Police", "Police", "D/Supt Bryony Illingworth", "Head of Public Protection", "07/06/2019"),
    ("Office of the Police, Fire and Crime Commissioner for Essex", None, "Commissioner", "Petra Scattergood",
     "Chief Executive", "25/06/2019"),
    ("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service", "Fire", "Neville Partridge",
     "Deputy Chief Fire Officer", "19/06/2019"),
    ("National Probation Service (Essex)", "National Probation Service (Essex)", "Justice", "Bernard Vosper",
     "Head of Essex NPS", "11/06/2019"),
    ("Essex Community Rehabilitation Company", "Essex Community Rehabilitation Company", "Justice", "Lionel Illingworth",
     "Director", "13/06/2019"),
    ("Essex Partnership University NHS Foundation Trust", None, "Health (mental health and community)", "Rhiannon Tregarthen",
     "Executive Director of Corporate Governance", "26/06/2019"),
    ("North East London NHS Foundation Trust", "North East London NHS Foundation Trust", "Health (community)",
     "Dr Lionel Kershaw", "Caldicott Guardian", "27/06/2019"),
    ("Basildon and Thurrock University Hospitals NHS Foundation Trust",
     "Basildon and Thurrock University Hospitals NHS Foundation Trust", "Health (acute)", "Edmund Hollingsworth",
     "Chief Nursing Officer", "18/06/2019"),
    ("Mid Essex Hospital Services NHS Trust", "Mid Essex Hospital Services NHS Trust", "Health (acute)", "Edmund Hollingsworth",
     "Chief Nursing Officer", "18/06/2019"),
    ("Southend University Hospital NHS Foundation Trust", "Southend University Hospital NHS Foundation Trust",
     "Health (acute)", "Edmund Hollingsworth", "Chief Nursing Officer", "18/06/2019"),
    ("East Suffolk and North Essex NHS Foundation Trust", None, "Health (acute)", "Dorothy Varley",
     "Chief Nurse", "24/06/2019"),
    ("The Princess Alexandra Hospital NHS Trust", "Princess Alexandra Hospital NHS Trust", "Health (acute)",
     "Ursula Kettleby", "Director of Nursing and Midwifery", "21/06/2019"),
    ("NHS Basildon and Brentwood Clinical Commissioning Group", "Basildon and Brentwood Clinical Commissioning Group",
     "Health (commissioner)", "Bryony Lanyon", "Chief Nurse", "20/06/2019"),
    ("NHS Castle Point and Rochford Clinical Commissioning Group", "Castle Point and Rochford Clinical Commissioning Group",
     "Health (commissioner)", "Bryony Lanyon", "Chief Nurse", "20/06/2019"),
    ("NHS Mid Essex Clinical Commissioning Group", "Mid Essex Clinical Commissioning Group", "Health (commissioner)",
     "Bryony Lanyon", "Chief Nurse", "20/06/2019"),
    ("NHS Southend Clinical Commissioning Group", "Southend Clinical Commissioning Group", "Health (commissioner)",
     "Bryony Lanyon", "Chief Nurse", "20/06/2019"),
    ("NHS Thurrock Clinical Commissioning Group", "Thurrock Clinical Commissioning Group", "Health (commissioner)",
     "Bryony Lanyon", "Chief Nurse", "20/06/2019"),
    ("NHS North East Essex Clinical Commissioning Group", "North East Essex Clinical Commissioning Group",
     "Health (commissioner)", "Esther Loveday", "Director of Nursing and Clinical Quality", "21/06/2019"),
    ("NHS West Essex Clinical Commissioning Group", "West Essex Clinical Commissioning Group", "Health (commissioner)",
     "Dr Dorothy Bracegirdle", "Chief Executive Officer", "28/06/2019"),
    ("Changing Pathways", "Changing Pathways", "Voluntary sector", "Petra Dorling", "Chief Executive", "12/06/2019"),
    ("Safer Places", "Safer Places", "Voluntary sector", "Olwen Dunmore", "Chief Executive", "13/06/2019"),
    ("Colchester & Tendring Women's Refuge", "Colchester and Tendring Women's Refuge", "Voluntary sector",
     "Felix Underwood", "Manager", "17/06/2019"),
    ("Next Chapter", None, "Voluntary sector", "Frances Emsley", "Chief Executive", "14/06/2019"),
]

STATUTES = [
    ("General Data Protection Regulation (GDPR) (EU) 2016/679", "General Data Protection Regulation (EU)", 2016, None),
    ("Data Protection Act 2018", "Data Protection Act", 2018, None),
    ("Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
    ("Domestic Violence, Crime and Victims Act 2004", "Domestic Violence, Crime and Victims Act", 2004, "section 9"),
    ("Care Act 2014", "Care Act", 2014, None),
    ("Children Act 1989", "Children Act", 1989, "section 47"),
    ("Children Act 2004", "Children Act", 2004, "section 11"),
    ("Crime and Security Act 2010", "Crime and Security Act", 2010, None),
    ("Serious Crime Act 2015", "Serious Crime Act", 2015, "section 76"),
    ("Protection from Harassment 1997", "Protection from Harassment Act", 1997, None),
    ("Housing Act 1996", "Housing Act", 1996, None),
    ("Homelessness Reduction Act 2017", "Homelessness Reduction Act", 2017, None),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
]


def build():
    b = [
        P("Southend, Essex and Thurrock Domestic Abuse Board", size=11, bold=True, color="7B2D8E", after=0),
        P("Hosted by Essex County Council", size=9, color="7B2D8E", after=90),
        P("Information Sharing Agreement", size=14, color="444444", after=10),
        P("Southend, Essex and Thurrock (SET) Domestic Abuse", size=24, bold=True, color="7B2D8E", after=0),
        P("Information Sharing Agreement", size=24, bold=True, color="7B2D8E", after=60),
        Table([["Item", "Reference", "Responsible authority"],
               ["Data Protection Impact Assessment", "DPIA-2019-0112 (SET DA information sharing)", "Essex County Council"],
               ["Standard operating procedures", "SET MARAC Operating Protocol v4; DHR Procedures (2018)",
                "Essex Police / SETDAB"],
               ["Associated contracts", "Essex Domestic Abuse Service (Safer Places/Changing Pathways consortium)",
                "Essex County Council"],
               ["Other documents", "SET Domestic Abuse Strategy 2015\u20132020", "SETDAB"]],
              widths=[2, 3, 1.8], size=9),
        PageBreak(),
        H(1, "Document control"),
        Table([["Lead organisation", "Essex County Council"],
               ["Document owner", "Head of Domestic Abuse and Sexual Violence, ECC"],
               ["Version", "2.0 (final)"],
               ["Approved by", "SET Domestic Abuse Board, 22 May 2019"],
               ["Commencement", "1 July 2019"],
               ["Review", "One year from the date of the last signature (see section 13)"],
               ["Published", "WEISF portal and SETDAB website"]], header_rows=0, widths=[1.6, 4], bold_first_col=True,
              shade=None, size=9.5),
        P("Revision history", bold=True, before=8),
        Table([["Version", "Date", "Description"],
               ["1.0", "March 2016", "SET Domestic Abuse Information Sharing Protocol (DPA 1998)"],
               ["1.9", "February 2019", "Full redraft for GDPR and the Data Protection Act 2018; joint controller "
                                        "arrangements; DPIA completed"],
               ["2.0", "May 2019", "Approved for signature"]], widths=[0.8, 1.3, 5], size=9),
        H(1, "Contents"),
        Table([[str(i), t] for i, t in enumerate(["Purpose", "Background and scope", "Parties and roles",
                                                   "Information to be shared", "Lawful basis", "Rights of data subjects",
                                                   "Security", "Methods and frequency of sharing", "Retention",
                                                   "Data quality", "Complaints and requests for information",
                                                   "Security incidents and personal data breaches",
                                                   "Review, variation and termination", "Signatures"], start=1)] +
              [["App. 1", "Parties and signatories"], ["App. 2", "Legislation"]],
              header_rows=0, widths=[0.8, 6], grid=False, shade=None, size=10),
        PageBreak(),
        H(1, "1. Purpose"),
        Clause("1.1", PURPOSE),
        Clause("1.2", "Specifically, the agreement covers sharing for:"),
        Bullets(["Multi-Agency Risk Assessment Conferences (MARAC) for high-risk victims;",
                 "referrals to and from commissioned domestic abuse services, including Independent Domestic Violence "
                 "Advisers (IDVAs) and refuges;",
                 "the Domestic Violence Disclosure Scheme (\u2018Clare's Law\u2019) and Domestic Violence Protection "
                 "Notices and Orders;",
                 "perpetrator programmes and the Multi-Agency Tasking and Co-ordination (MATAC) process;",
                 "Domestic Homicide Reviews (DHRs) commissioned by the Community Safety Partnerships;",
                 "Operation Encompass notifications to schools."], indent=36),
        H(1, "2. Background and scope"),
        Clause("2.1", "The SET Domestic Abuse Board (SETDAB) brings together the three upper-tier councils, the police, "
               "health, probation and the specialist voluntary sector. Essex County Council (ECC) hosts the Board and its "
               "support team and leads this agreement on the Board's behalf."),
        Clause("2.2", "This agreement replaces the SET Domestic Abuse Information Sharing Protocol (2016), which was written "
               "under the Data Protection Act 1998. It should be read with the Whole Essex Information Sharing Framework "
               "(WEISF), which all the parties have signed."),
        Clause("2.3", "The agreement applies to personal data about adult victims, children in the household, alleged "
               "perpetrators and, for DHRs, deceased persons' families and associates."),
        H(1, "3. Parties and roles"),
        Clause("3.1", "The parties are listed in Appendix 1. Each party is a separate controller for the personal data it "
               "holds and discloses. For MARAC minutes and DHR records the parties that attend act as joint controllers; "
               "the arrangement under Article 26 GDPR is that Essex Police (for MARAC) and the commissioning Community "
               "Safety Partnership (for DHRs) respond to data subjects on behalf of all joint controllers."),
        Clause("3.2", "No party acts as processor for another under this agreement. Where a party uses a processor (for "
               "example a case management system supplier), it remains responsible for that processor."),
        H(1, "4. Information to be shared"),
        Table([["Category", "Data items", "Special category / criminal offence data?"],
               ["Victim", "Name, aliases, DoB, address and safe contact details, gender, ethnicity, disability, DASH risk "
                "score, safety plan", "Yes \u2013 health, ethnicity, sex life"],
               ["Children", "Name, DoB, school, child protection status", "Sometimes \u2013 health"],
               ["Alleged perpetrator", "Name, DoB, address, offending history, bail and court conditions, MAPPA status, "
                "programme attendance", "Yes \u2013 criminal offence data"],
               ["DHR", "Chronologies, IMRs, agency records of contact with the deceased and perpetrator", "Yes"]],
              widths=[1.3, 4, 2], size=8.5),
        H(1, "5. Lawful basis"),
        Clause("5.1", "**Article 6 GDPR.** The parties rely on Article 6(1)(e) \u2013 the task is carried out in the public "
               "interest or in the exercise of official authority \u2013 and, in emergencies, Article 6(1)(d), vital "
               "interests. Voluntary sector parties delivering commissioned services rely on Article 6(1)(e) through "
               "their contract, or on Article 6(1)(f) legitimate interests."),
        Clause("5.2", "**Article 9 and Article 10 GDPR.** Special category data is processed under Article 9(2)(g) "
               "(substantial public interest) with the conditions in Schedule 1, Part 2 of the Data Protection Act 2018, "
               "in particular paragraph 18 (safeguarding of children and of individuals at risk) and paragraph 10 "
               "(preventing or detecting unlawful acts). Criminal offence data is processed under Article 10 with the "
               "same Schedule 1 conditions."),
        Clause("5.3", "The official authority for the sharing comes from:"),
        Bullets(["section 115 of the Crime and Disorder Act 1998 (power to disclose for crime reduction) and section 17 "
                 "(duty to consider crime and disorder);",
                 "section 9 of the Domestic Violence, Crime and Victims Act 2004 (Domestic Homicide Reviews);",
                 "sections 42 and 45 of the Care Act 2014 (safeguarding enquiries; supply of information to "
                 "Safeguarding Adults Boards);",
                 "section 47 of the Children Act 1989 and section 11 of the Children Act 2004;",
                 "sections 24 to 33 of the Crime and Security Act 2010 (DVPNs and DVPOs);",
                 "section 76 of the Serious Crime Act 2015 (controlling or coercive behaviour);",
                 "the Protection from Harassment 1997;",
                 "Part 7 of the Housing Act 1996, as amended by the Homelessness Reduction Act 2017 (duty to refer).",
                 ], indent=36),
        Clause("5.4", "Sharing must also satisfy the common law duty of confidentiality and be compatible with Article 8 of "
               "the Human Rights Act 1998. Consent is sought where it is safe to do so but is not the lawful basis for "
               "processing under this agreement."),
        H(1, "6. Rights of data subjects"),
        Clause("6.1", "Each party will provide privacy information about this sharing in its own privacy notice (Articles "
               "13 and 14 GDPR), except where an exemption applies, such as Schedule 2, paragraph 2 of the Data "
               "Protection Act 2018 (crime and taxation)."),
        Clause("6.2", "Requests to exercise rights (access, rectification, erasure, restriction, objection) will be dealt "
               "with by the party that receives them within one calendar month. Where a request covers information "
               "supplied by another party, the receiving party will consult that party within five working days. "
               "Information will not be disclosed to an alleged perpetrator where that could put a victim at risk."),
        H(1, "7. Security"),
        Clause("7.1", "Each party will apply appropriate technical and organisational measures (Article 32 GDPR), including "
               "Cyber Essentials or equivalent, the NHS Data Security and Protection Toolkit for health parties, role-based "
               "access and annual data protection training."),
        Clause("7.2", "Information is classified OFFICIAL\u2013SENSITIVE. It must not be held on personal devices or "
               "forwarded to personal email accounts."),
        H(1, "8. Methods and frequency of sharing"),
        Table([["Process", "Method", "Frequency"],
               ["MARAC", "Agenda and minutes by secure email (Egress / nhs.net / pnn); research via MARAC portal",
                "Weekly (Essex), fortnightly (Southend, Thurrock)"],
               ["Referrals to DA services", "Online referral portal (Compass) or secure email", "As needed"],
               ["Clare's Law / DVPN", "Police to partners by secure email; verbal disclosure to applicant",
                "Within 35 days of application"],
               ["Operation Encompass", "Police to school Key Adult by secure email", "Before 9am next school day"],
               ["DHR", "IMRs and chronologies to DHR Chair via secure email", "To timetable set by the CSP"]],
              widths=[1.7, 3.7, 1.8], size=8.5),
        H(1, "9. Retention"),
        Clause("9.1", "Each party retains information in line with its own retention schedule. MARAC minutes held by Essex "
               "Police are kept for 6 years from the last MARAC at which the victim was discussed. DHR records are kept by "
               "the commissioning CSP for 15 years after publication of the review."),
        H(1, "10. Data quality"),
        Clause("10.1", "Each party is responsible for the accuracy of the data it shares, and will clearly distinguish "
               "fact, allegation and opinion. Inaccuracies will be notified to the originating party, which will correct "
               "them and inform any other recipients."),
        H(1, "11. Complaints and requests for information"),
        Clause("11.1", "Complaints about the handling of personal data under this agreement will be dealt with through the "
               "complaints procedure of the party concerned. Where a complaint involves more than one party, ECC will "
               "co-ordinate the response. Complainants may contact the Information Commissioner's Office."),
        Clause("11.2", "Freedom of Information Act 2000 requests are dealt with by the party receiving them, which will "
               "consult other parties where their information is involved."),
        H(1, "12. Security incidents and personal data breaches"),
        Clause("12.1", "A party that discovers a personal data breach involving information shared under this agreement "
               "must notify the originating party's Data Protection Officer within 24 hours. The controller responsible "
               "will assess whether the breach must be reported to the ICO within 72 hours (Article 33) and whether data "
               "subjects must be told (Article 34)."),
        Clause("12.2", "Breaches will be reported to the SETDAB business meeting in anonymised form so that lessons can be "
               "shared."),
        H(1, "13. Review, variation and termination"),
        Clause("13.1", "This agreement commences on 1 July 2019. It will be reviewed one year from the date of the last "
               "signature below, or earlier if legislation or the SETDAB structure changes."),
        Clause("13.2", "Variations must be agreed in writing by all parties. A party may withdraw on 3 months' written notice "
               "to ECC; information already shared remains subject to this agreement."),
        H(1, "14. Signatures"),
        P("Signed for and on behalf of the lead organisation:"),
        Table([["Organisation", "Name", "Post", "Date"],
               ["Essex County Council", "Stuart Illingworth", "Executive Director, Adult Social Care", "05/06/2019"]],
              widths=[2.6, 1.6, 2.8, 1], size=8.5),
        P("Signed for and on behalf of the parties: see Appendix 1."),
        PageBreak(),
        H(1, "Appendix 1 \u2013 Parties and signatories"),
    ]
    rows = [["Organisation", "Sector", "Signed by", "Post", "Date"]]
    for n, _, sector, who, post, d in PARTNERS:
        rows.append([n, sector, who, post, d])
    b += [Table(rows, widths=[2.8, 1.5, 1.4, 1.8, 0.9], size=8),
          H(1, "Appendix 2 \u2013 Legislation"),
          Table([["Legislation", "Relevance"],
                 ["General Data Protection Regulation (GDPR) (EU) 2016/679", "Articles 5, 6, 9, 10, 13\u201314, 26, 32\u201334"],
                 ["Data Protection Act 2018", "Schedule 1 Part 2 conditions; Schedule 2 exemptions"],
                 ["Crime and Disorder Act 1998", "ss.17, 115"],
                 ["Domestic Violence, Crime and Victims Act 2004", "s.9 Domestic Homicide Reviews"],
                 ["Care Act 2014", "ss.42, 45"],
                 ["Children Act 1989 / Children Act 2004", "s.47 / s.11"],
                 ["Crime and Security Act 2010", "ss.24\u201333"],
                 ["Serious Crime Act 2015", "s.76"],
                 ["Housing Act 1996", "Part 7 (as amended)"],
                 ["Human Rights Act 1998", "Article 8"],
                 ["Freedom of Information Act 2000", "Requests for information"]],
                widths=[3.5, 3.5], size=8.5),
          P("Guidance (not legislation): Domestic Violence Disclosure Scheme guidance (Home Office, 2016); Multi-agency "
            "Statutory Guidance for the Conduct of Domestic Homicide Reviews (2016); Working Together to Safeguard "
            "Children (2018); SafeLives MARAC guidance.", size=9, italic=True)]
    return Doc(stem="set_domestic_abuse_isa_v2_2019", blocks=b, font="Arial", size=10.5, heading_styled=True,
               heading_sizes=(13, 11, 10.5), heading_color="7B2D8E", header_left="SET Domestic Abuse ISA",
               header_right="OFFICIAL \u2013 v2.0", footer_left="Essex County Council on behalf of SETDAB",
               footer_center="", footer_pages="Page {page} of {pages}", rl_rule_color="7B2D8E",
               core_title="SET DA ISA final v2.0", core_author="ECC Information Governance",
               core_created=dt.datetime(2019, 5, 28, 12, 0, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, o, _, _, _, _) in PARTNERS],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES] + [
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None}],
        "review_date": "2020-06-28",
        "review_basis": "relative",
        "commencement_date": "2019-07-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "doc", "pdf"], "pdf_from": "docx"}
