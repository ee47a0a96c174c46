"""A2. Suffolk MASH information sharing agreement, 2014 (relative review, no complaints section)."""
import datetime as dt

from render import Bullets, Clause, Doc, H, P, PageBreak, Spacer, Table

TITLE = "Suffolk Multi-Agency Safeguarding Hub (MASH) Information Sharing Agreement"

PURPOSE = ("The purpose of this agreement is to enable the agencies working in and with the Suffolk Multi-Agency "
           "Safeguarding Hub to share information about children, young people and adults at risk quickly, securely "
           "and lawfully, so that risks are identified at the earliest opportunity and the right response is agreed "
           "within the MASH timescales.")

LEAD = {"name": "Suffolk County Council", "org": None}

PARTNERS = [
    ("Suffolk Constabulary", None, "Police MASH team; Police Protection Investigation Unit", ""),
    ("Ipswich Borough Council", None, "Housing; anti-social behaviour; environmental health", ""),
    ("Babergh District Council", None, "Housing options; tenancy services", ""),
    ("Mid Suffolk District Council", None, "Housing options; tenancy services", ""),
    ("Forest Heath District Council", None, "Housing; community safety", ""),
    ("St Edmundsbury Borough Council", None, "Housing; community safety", ""),
    ("Suffolk Coastal District Council", None, "Housing; community safety", ""),
    ("Waveney District Council", None, "Housing; community safety", ""),
    ("NHS Ipswich and East Suffolk Clinical Commissioning Group", None, "Designated nurse and doctor for safeguarding", ""),
    ("NHS West Suffolk Clinical Commissioning Group", None, "Designated nurse for safeguarding", ""),
    ("NHS Great Yarmouth and Waveney Clinical Commissioning Group", None, "Designated nurse for safeguarding", ""),
    ("Norfolk and Suffolk NHS Foundation Trust", None, "Adult and child and adolescent mental health services", ""),
    ("The Ipswich Hospital NHS Trust", None, "Acute hospital; emergency department; maternity", ""),
    ("West Suffolk NHS Foundation Trust", None, "Acute hospital; emergency department; maternity", ""),
    ("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust",
     "Safeguarding referrals from crews", "Z955129X"),
    ("Suffolk Fire and Rescue Service", None, "Home fire safety visits (through Suffolk County Council)", "(covered by SCC)"),
    ("Norfolk and Suffolk Community Rehabilitation Company", None, "Offender management (low and medium risk)", ""),
    ("The Children's Society", "The Children's Society", "Child sexual exploitation and missing children service", "Z9480097"),
    ("Orwell Housing Association", None, "Registered social landlord", ""),
]

STATUTES = [
    ("Data Protection Act 1998", "Data Protection Act", 1998, None),
    ("Children Act 1989", "Children Act", 1989, None),
    ("Children Act 2004", "Children Act", 2004, None),
    ("Crime and Disorder 1998 (section 115)", "Crime and Disorder Act", 1998, "section 115"),
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
    ("Police Act 1996", "Police Act", 1996, None),
    ("National Health Service Act 2006", "National Health Service Act", 2006, None),
    ("Local Government Act 2000, section 2", "Local Government Act", 2000, "section 2"),
    ("Education Act 2002, section 175", "Education Act", 2002, "section 175"),
    ("Care Act 2014", "Care Act", 2014, None),
    ("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
    ("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
]


def build():
    b = []
    b += [
        P("Suffolk County Council", size=11, bold=True, color="00703C", align="right", after=0),
        P("Suffolk Safeguarding Children Board  |  Suffolk Safeguarding Adults Board", size=9, align="right", after=70),
        P("INFORMATION SHARING AGREEMENT", size=20, bold=True, color="00703C", after=30),
        Table([
            ["Agreement", TITLE],
            ["Reference", "SCC-ISA-2014-017"],
            ["Lead organisation", "Suffolk County Council (host of the MASH)"],
            ["Other parties", "See section 3 and the signature schedule"],
            ["Version", "1.3 FINAL"],
            ["Date agreed", "MASH Governance Board, 19 March 2014"],
            ["Effective from", "1 April 2014"],
            ["Review", "See section 14"],
            ["Classification", "NOT PROTECTIVELY MARKED"],
        ], header_rows=0, widths=[1.2, 3.5], bold_first_col=True, shade=None, size=10),
        Spacer(40),
        P("This agreement is a Tier 2 agreement made under the Suffolk Information Sharing Framework. It should be read "
          "with the Suffolk Overarching Information Sharing Protocol (2012), which sets out the principles that all "
          "partners have already adopted.", size=9, italic=True),
        PageBreak(),
        H(1, "Document history"),
        Table([
            ["Version", "Date", "Changes", "By"],
            ["0.1", "04/11/2013", "First draft from MASH project group", "R. Okafor"],
            ["0.4", "13/12/2013", "Health partners' comments; data items table", "R. Okafor"],
            ["0.7", "24/01/2014", "Legal Services review (SCC); RAG timescales aligned with MASH operating model", "D. Finch"],
            ["1.0", "19/02/2014", "Issued for signature", "D. Finch"],
            ["1.3", "19/03/2014", "Final; CRC added after transfer of probation services", "D. Finch"],
        ], widths=[0.8, 1.2, 4, 1], size=9),
        P("Approvals", bold=True, before=8),
        Table([
            ["Name", "Role", "Date"],
            ["Tamsin Jephcott", "Director of Children and Young People's Services, Suffolk County Council", "19/03/2014"],
            ["Det Supt Owen Chilvers", "Head of Protecting Vulnerable People, Suffolk Constabulary", "19/03/2014"],
            ["Corinne Bracegirdle", "SIRO, Suffolk County Council", "17/03/2014"],
        ], widths=[2, 4, 1.2], size=9),
        H(1, "Contents"),
        Table([["1", "Introduction"], ["2", "Purpose"], ["3", "Parties to this agreement"], ["4", "Legal basis for sharing"],
               ["5", "Information to be shared"], ["6", "How information will be shared"], ["7", "Security"],
               ["8", "Data quality"], ["9", "Retention"], ["10", "Individuals' rights and requests for information"],
               ["11", "Security incidents and breaches"], ["12", "Roles and responsibilities"], ["13", "Resolving disagreements"],
               ["14", "Review"], ["15", "Signatures"], ["A", "Appendix A \u2013 MASH contacts"],
               ["B", "Appendix B \u2013 Information each agency will provide"]],
              header_rows=0, widths=[0.6, 6], grid=False, shade=None, size=10),
        PageBreak(),
        H(1, "1. Introduction"),
        Clause("1.1", "The Suffolk Multi-Agency Safeguarding Hub (MASH) brings together staff from Suffolk County Council "
               "Children and Young People's Services and Adult and Community Services, Suffolk Constabulary, health "
               "and other agencies in a single co-located team at Landmark House, Ipswich. The MASH is the single point "
               "of entry for all safeguarding concerns about children and adults in Suffolk that are received through "
               "Customer First."),
        Clause("1.2", "The MASH model depends on each partner being able to share what it knows about an individual and "
               "their family, in confidence, within the hub, so that a decision can be made on the best information "
               "available. Information is researched and shared inside the MASH; only the information that is needed is "
               "passed outside it, to the service that will act."),
        Clause("1.3", "This agreement was developed by the MASH project group and is based on the national MASH "
               "information sharing model and the experience of MASHs in Devon and London."),
        H(1, "2. Purpose"),
        Clause("2.1", PURPOSE),
        Clause("2.2", "Information will be shared in order to:"),
        Bullets(["identify children and adults at risk of significant harm;",
                 "determine whether a referral meets the threshold for statutory intervention under section 17 or "
                 "section 47 of the Children Act 1989, or for a safeguarding enquiry;",
                 "decide the most appropriate and proportionate response, including early help;",
                 "identify patterns of risk, such as repeat victims or perpetrators of domestic abuse, or emerging child "
                 "sexual exploitation."], kind="alpha", indent=36),
        Clause("2.3", "This agreement does not cover the sharing of information once a case has left the MASH; that "
               "sharing is covered by the Suffolk Overarching Information Sharing Protocol and by each service's own "
               "agreements."),
        H(1, "3. Parties to this agreement"),
        Clause("3.1", "Suffolk County Council hosts the MASH, employs the MASH manager and leads this agreement. The other "
               "parties are set out below. Each party is a data controller in its own right for the information it holds "
               "and discloses."),
    ]
    rows = [["Organisation", "Main contribution to the MASH", "ICO registration no."]]
    rows.append(["Suffolk County Council", "Children's and adults' social care; education; early help; Customer First", ""])
    for name, _, role, ico in PARTNERS:
        rows.append([name, role, ico])
    b += [
        Table(rows, widths=[2.6, 3, 1.2], size=8.5),
        Clause("3.2", "Schools and academies are not parties to this agreement in their own right; information from schools "
               "is obtained by the SCC education practitioner in the MASH through the designated safeguarding lead."),
        H(1, "4. Legal basis for sharing"),
        Clause("4.1", "Each party must have a lawful basis for disclosing information to the MASH. The main powers and "
               "duties are:"),
        Bullets([
            "**Children Act 1989** \u2013 sections 17 and 47 (children in need; enquiries into significant harm), and "
            "section 27 (duty to assist a local authority);",
            "**Children Act 2004** \u2013 section 10 (co-operation to improve well-being) and section 11 (duty on named "
            "bodies to safeguard and promote the welfare of children);",
            "**Crime and Disorder 1998 (section 115)** \u2013 power to disclose to the police, local authorities, "
            "probation and health bodies for the purposes of the Act;",
            "**Police Act 1996** and the common law powers of the police to prevent and detect crime and to protect life;",
            "**National Health Service Act 2006** \u2013 duty of co-operation between NHS bodies and local authorities;",
            "**Local Government Act 2000, section 2** \u2013 the well-being power;",
            "**Education Act 2002, section 175** \u2013 safeguarding duties of local authorities and schools;",
            "**Mental Capacity Act 2005** \u2013 best interests decisions where an adult lacks capacity.",
        ], indent=36),
        Clause("4.2", "In all cases the disclosure must also satisfy the Data Protection Act 1998. For personal data the "
               "Schedule 2 condition is normally paragraph 5(b) (functions conferred by or under an enactment) and, for "
               "sensitive personal data, the Schedule 3 condition is normally paragraph 7 (functions conferred by or under "
               "an enactment) or paragraph 3 (vital interests)."),
        Clause("4.3", "Sharing must be compatible with Article 8 of the Human Rights Act 1998 and with the common law duty of "
               "confidentiality. The MASH operates on the basis that information shared in the hub is shared in confidence "
               "between professionals and that the threshold of necessity and proportionality is assessed for each case."),
        Clause("4.4", "Consent. The MASH will seek consent where it is safe and practicable to do so. Where a referral "
               "suggests that a child or adult is at risk of significant harm, or where seeking consent would prejudice an "
               "investigation, information may be shared without consent. Every decision to share without consent is "
               "recorded with the reasons on the MASH record."),
        Clause("4.5", "Adults. Until Part 1 of the Care Act 2014 comes into force in April 2015, sharing about adults at risk "
               "relies on the \u2018No Secrets\u2019 guidance (Department of Health, 2000) and the Suffolk multi-agency "
               "safeguarding adults policy. This agreement will be revised when the Act is in force."),
        H(1, "5. Information to be shared"),
        Clause("5.1", "Each agency will research its own systems and share what is relevant and proportionate to the "
               "concern. The information each agency is expected to provide is set out in Appendix B. In general it will "
               "include:"),
        Bullets(["names, dates of birth, addresses and other identifiers of the subject and members of the household;",
                 "current and previous involvement of the agency with the subject and family;",
                 "relevant history, including offending, domestic abuse, mental health and substance misuse;",
                 "known risks to staff or others (for example warning markers);",
                 "the agency's own view of the level of risk."], indent=36),
        Clause("5.2", "Agencies will not share information that is not relevant to the concern, and will not upload whole "
               "case files into the MASH record."),
        H(1, "6. How information will be shared"),
        Clause("6.1", "Every contact that comes into the MASH is given a RAG rating by the MASH manager or team leader, "
               "which sets the time by which partners must complete their research and share their findings:"),
        Table([["Rating", "Meaning", "Partner research to be completed within"],
               ["RED", "Child or adult may be at immediate risk of significant harm", "4 hours"],
               ["AMBER", "Risk of significant harm, not immediate", "24 hours"],
               ["GREEN", "Lower level of concern; early help may be appropriate", "72 hours"]],
              widths=[1, 3.5, 2.2], size=9),
        Clause("6.2", "Within the hub, information is recorded directly on the MASH module of the County Council's case "
               "management system by the agency's MASH practitioner, or passed verbally and recorded by them. Partners "
               "who are not co-located send information by secure email (GCSx, nhs.net or pnn addresses only) to the MASH "
               "generic mailbox."),
        Clause("6.3", "The MASH decision, and the information needed to act on it, is passed to the receiving team "
               "(for example the Assessment and Intervention Team or the Adult Safeguarding Team) through the case "
               "management system. Police information that is graded as not disclosable outside the MASH is marked as "
               "such and must not be passed on."),
        Clause("6.4", "The MASH operates from 8.30am to 5.00pm Monday to Thursday and 8.30am to 4.30pm on Friday. Out of "
               "hours, the Emergency Duty Service deals with urgent referrals."),
        H(1, "7. Security"),
        Clause("7.1", "All MASH staff will be vetted to at least the level required by Suffolk Constabulary for access to "
               "police information (Non Police Personnel Vetting level 2) and will sign a confidentiality undertaking "
               "before starting work in the hub."),
        Clause("7.2", "The MASH office is a secure area with controlled access. Clear desk and clear screen rules apply. "
               "Police systems are accessed only on police terminals; health systems only on health terminals."),
        Clause("7.3", "Information will be handled in line with the Government Protective Marking Scheme; from 2 April 2014 "
               "the Government Security Classifications apply and most MASH information will be OFFICIAL \u2013 SENSITIVE."),
        H(1, "8. Data quality"),
        Clause("8.1", "The agency providing information is responsible for its accuracy. MASH practitioners will say where "
               "information is unverified, historical or third-party information, and will distinguish fact from "
               "professional opinion."),
        Clause("8.2", "If a MASH practitioner finds an error in another agency's information, they will notify that "
               "agency's MASH practitioner so that the source record can be corrected."),
        H(1, "9. Retention"),
        Clause("9.1", "The MASH record forms part of the County Council's social care record and is kept in line with the "
               "County Council's retention schedule (for children, until the 25th birthday or for 6 years after the case "
               "is closed if longer; for adults, 6 years after the case is closed)."),
        Clause("9.2", "Partner agencies will keep any MASH information they record on their own systems in line with their "
               "own retention schedules."),
        H(1, "10. Individuals' rights and requests for information"),
        Clause("10.1", "A subject access request for the MASH record will be dealt with by Suffolk County Council, which "
               "will consult any partner whose information is included before it is released, so that exemptions under "
               "sections 29 and 31 of the Data Protection Act 1998, or the Data Protection (Social Work) Order 2000, can be "
               "considered."),
        Clause("10.2", "Freedom of Information Act 2000 requests about the MASH will be answered by the organisation that "
               "receives them, after consultation with the MASH Governance Board where the request concerns the joint "
               "operation of the hub."),
        H(1, "11. Security incidents and breaches"),
        Clause("11.1", "Any actual or suspected loss or inappropriate disclosure of MASH information must be reported to the "
               "MASH manager immediately and to the information governance lead of the agency whose information is "
               "involved within one working day."),
        Clause("11.2", "The agency whose member of staff caused the incident will investigate under its own procedures and "
               "will keep the MASH Governance Board informed. Decisions about reporting to the Information Commissioner "
               "will be made by the data controller whose information was involved."),
        H(1, "12. Roles and responsibilities"),
        Bullets(["The **MASH Governance Board** (chaired by the Assistant Director, Safeguarding, SCC) oversees this "
                 "agreement and receives quarterly reports on timeliness and incidents.",
                 "The **MASH manager** is responsible for day-to-day compliance within the hub.",
                 "Each party's **MASH lead** is responsible for ensuring its staff understand this agreement."], indent=18),
        H(1, "13. Resolving disagreements"),
        Clause("13.1", "Disagreements about whether information should be shared are resolved first between the MASH "
               "practitioners and the MASH team leader, and if necessary escalated to the MASH manager and the agency's "
               "MASH lead. The escalation must not delay action to protect a child or adult."),
        H(1, "14. Review"),
        Clause("14.1", "This agreement will be reviewed twelve months after it takes effect, and annually after that, by "
               "the MASH Governance Board. It will also be reviewed if the law changes, in particular on the "
               "commencement of the Care Act 2014."),
        Clause("14.2", "Any party may request an earlier review by writing to the MASH manager."),
        H(1, "15. Signatures"),
        P("By signing this agreement each party confirms that it accepts the agreement and will ensure that its staff "
          "comply with it. The agreement takes effect from 1 April 2014."),
    ]
    sig = [["Organisation", "Name", "Position", "Date"]]
    people = [("Suffolk County Council", "Tamsin Jephcott", "Director of Children and Young People's Services", "19/03/2014"),
              ("Suffolk Constabulary", "Adele Fenwick", "Deputy Chief Constable", "24/03/2014"),
              ("Ipswich Borough Council", "Gwen Greatorex", "Chief Executive", "25/03/2014"),
              ("Babergh District Council", "Gordon Upjohn", "Strategic Director", "26/03/2014"),
              ("Mid Suffolk District Council", "Gordon Upjohn", "Strategic Director", "26/03/2014"),
              ("Forest Heath District Council", "Harriet Partridge", "Chief Executive", "27/03/2014"),
              ("St Edmundsbury Borough Council", "Harriet Partridge", "Chief Executive", "27/03/2014"),
              ("Suffolk Coastal District Council", "Duncan Ivens", "Chief Executive", "28/03/2014"),
              ("Waveney District Council", "Duncan Ivens", "Chief Executive", "28/03/2014"),
              ("NHS Ipswich and East Suffolk Clinical Commissioning Group", "Frances Gethin", "Chief Nursing Officer", "21/03/2014"),
              ("NHS West Suffolk Clinical Commissioning Group", "Frances Gethin", "Chief Nursing Officer", "21/03/2014"),
              ("NHS Great Yarmouth and Waveney Clinical Commissioning Group", "Carol Quarrie", "Chief Officer", "01/04/2014"),
              ("Norfolk and Suffolk NHS Foundation Trust", "Dr Hilary Upjohn", "Caldicott Guardian", "31/03/2014"),
              ("The Ipswich Hospital NHS Trust", "Adele Jephcott", "Chief Executive", "02/04/2014"),
              ("West Suffolk NHS Foundation Trust", "Howard Drinkwater", "Chief Nurse", "31/03/2014"),
              ("East of England Ambulance Service NHS Trust", "Graham Ackroyd", "Interim Chief Executive", "07/04/2014"),
              ("Suffolk Fire and Rescue Service", "Jeremy Brereton", "Chief Fire Officer", "25/03/2014"),
              ("Norfolk and Suffolk Community Rehabilitation Company", "Miriam Jarrold", "Chief Executive", "10/04/2014"),
              ("The Children's Society", "Lionel Utley", "Head of Operations, East", "03/04/2014"),
              ("Orwell Housing Association", "Frances Drinkwater", "Chief Executive", "08/04/2014")]
    for r in people:
        sig.append(list(r))
    b += [Table(sig, widths=[2.7, 1.6, 2.4, 1], size=8.5), PageBreak(),
          H(1, "Appendix A \u2013 MASH contacts"),
          Table([["Role", "Contact"],
                 ["MASH manager", "MASH Manager, Landmark House, 4 Egerton Road, Ipswich IP1 5PF"],
                 ["Police MASH", "Detective Inspector, MASH, Suffolk Constabulary"],
                 ["Health MASH", "Named nurse, MASH (hosted by NHS Ipswich and East Suffolk CCG)"],
                 ["Information governance (SCC)", "Information Governance Team, Endeavour House, Russell Road, Ipswich IP1 2BX"],
                 ["Customer First", "0808 800 4005"]], widths=[2, 5], size=9),
          H(1, "Appendix B \u2013 Information each agency will provide"),
          Table([["Agency", "Systems researched", "Typical information"],
                 ["Suffolk County Council (CYP)", "Care First; ONE (education)", "Previous referrals, child protection plans, "
                  "looked-after status, school attendance and exclusions"],
                 ["Suffolk County Council (ACS)", "Care First", "Adult care packages, safeguarding history, capacity issues"],
                 ["Suffolk Constabulary", "Athena; PNC; PND", "Domestic abuse incidents, arrests, intelligence graded for disclosure"],
                 ["Health (CCG named nurse)", "GP records (via practices), SystmOne, hospital systems", "Registered GP, health "
                  "visitor/school nurse, A&E attendances, maternity, relevant diagnoses"],
                 ["Norfolk and Suffolk NHS Foundation Trust", "Lorenzo", "Mental health involvement and risk"],
                 ["District councils", "Housing and ASB systems", "Tenancy, homelessness applications, ASB complaints"],
                 ["Norfolk and Suffolk Community Rehabilitation Company", "nDelius", "Current orders, offender manager, risk level"],
                 ["The Children's Society", "Own case records", "Missing episodes, CSE risk assessments"]],
                widths=[2.2, 2, 3.4], size=8.5)]
    return Doc(stem="suffolk_mash_isa_v1_3_2014", blocks=b, font="Verdana", size=10, heading_styled=True,
               heading_sizes=(13, 11, 10), heading_color="00703C", header_left="Suffolk MASH Information Sharing Agreement",
               header_right="v1.3 FINAL", footer_left="SCC-ISA-2014-017", footer_center="NOT PROTECTIVELY MARKED",
               footer_pages="{page}", rl_rule_color="00703C", core_title="MASH ISA v1.3 FINAL",
               core_author="Finch, David", core_created=dt.datetime(2014, 3, 19, 16, 40, 0))


def truth():
    return {
        "title": TITLE,
        "purpose": PURPOSE,
        "lead": LEAD,
        "partners": [{"name": n, "org": o} for (n, o, _, _) in PARTNERS],
        "statutes": [{"citation": c, "title": t, "year": y, "provision": p} for (c, t, y, p) in STATUTES] + [
            {"citation": "Data Protection (Social Work) Order 2000", "title": "Data Protection (Social Work) Order",
             "year": 2000, "provision": None}],
        "review_date": "2015-04-01",
        "review_basis": "relative",
        "commencement_date": "2014-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "breach", "agreement"],
        "missing_sections": ["complaints"],
    }


AGREEMENT = {"build": build, "truth": truth, "formats": ["docx", "doc", "pdf"], "pdf_from": "docx"}
