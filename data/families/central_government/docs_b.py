"""Agreements 6-10 of the central_government family."""
from docs_a import S, party


# =========================================================================== 6. VOA (2016, legacy)
def voa_protocol():
    title = "Information Sharing Protocol: Council Tax and Business Rates Valuation Data"
    purpose = ("Information is shared under this protocol so that the VOA can keep the council tax valuation list and "
               "the non-domestic rating list accurate and up to date, and so that billing authorities can bill and "
               "collect council tax and business rates on the basis of those lists.")
    bas = [("Braintree District Council", "Revenues Manager", "Z5103738"),
           ("Chelmsford City Council", "Revenues and Benefits Services Manager", "Z7829039"),
           ("Maldon District Council", "Revenues and Benefits Manager", "Z6616948")]
    blocks = [
        ("sp", 50),
        ("big", "VALUATION OFFICE AGENCY", 18, True, "c"),
        ("big", "An executive agency of HM Revenue & Customs", 10, False, "c"),
        ("sp", 60),
        ("big", title, 20, True, "c"),
        ("sp", 50),
        ("big", "Protocol reference VOA/ISP/BA/2016/03", 11, False, "c"),
        ("big", "Version 1.2  -  March 2016", 11, False, "c"),
        ("big", "Protective marking: OFFICIAL", 11, False, "c"),
        ("pb",),
        ("h", 1, "DOCUMENT CONTROL"),
        ("t", [["Document owner", "VOA Information Assurance and Data Sharing Team"],
               ["Approved by", "VOA Information Assurance Board"],
               ["Date approved", "24 February 2016"],
               ["Review date", "Feb 2018"],
               ["Distribution", "Signatory billing authorities; VOA Council Tax and Rating operational teams"]],
         [0.3, 0.7], False),
        ("t", [["Version", "Date", "Author", "Status"],
               ["1.0", "Nov 2013", "VOA Data Sharing Team", "Superseded"],
               ["1.1", "Jun 2014", "VOA Data Sharing Team", "Superseded"],
               ["1.2", "Mar 2016", "VOA Data Sharing Team", "Current"]], [0.15, 0.2, 0.4, 0.25], True),
        ("h", 1, "1. INTRODUCTION"),
        ("n", "1.1", "The Valuation Office Agency (VOA) is an executive agency of HM Revenue & Customs. It compiles "
                     "and maintains the council tax valuation lists and the non-domestic rating lists for England "
                     "and Wales."),
        ("n", "1.2", "The VOA is the lead organisation for this protocol and is responsible for keeping it up to date."),
        ("h", 1, "2. PURPOSE"),
        ("n", "2.1", purpose),
        ("n", "2.2", "The protocol sets the standards both sides will follow when exchanging information about "
                     "properties, occupiers and list entries. Detailed procedures are in the VOA Billing Authority "
                     "Liaison Manual."),
        ("h", 1, "3. PARTIES"),
        ("n", "3.1", "This protocol is made between the Valuation Office Agency and the billing authorities below."),
        ("t", [["Billing authority", "Liaison contact (post)", "Data Protection Register number"]] +
         [[a, b, c] for a, b, c in bas], [0.4, 0.35, 0.25], True),
        ("h", 1, "4. INFORMATION TO BE SHARED"),
        ("n", "4.1", "From billing authorities to the VOA:"),
        ("b", ["building control completion certificates and planning consents;",
               "notices of new, altered, merged and demolished properties;",
               "occupier and ratepayer names and addresses for non-domestic properties;",
               "reports of properties that may be wrongly banded or assessed."]),
        ("n", "4.2", "From the VOA to billing authorities:"),
        ("b", ["schedules of alterations to the valuation and rating lists;",
               "list entries, report numbers and effective dates;",
               "the reasons for banding and rating decisions where needed for a billing enquiry."]),
        ("h", 1, "5. LEGAL BASIS"),
        ("n", "5.1", "Section 18 of the Commissioners for Revenue & Customs Act 2005 prohibits HMRC officials, "
                     "including VOA staff, from disclosing information except in specified circumstances. "
                     "Disclosure to billing authorities is made under section 18(2)(a) of that Act, as a disclosure "
                     "made for the purposes of a function of the Revenue and Customs."),
        ("n", "5.2", "Billing authorities supply information to the VOA under section 27 of the Local Government "
                     "Finance Act 1992 for council tax and under Schedule 9 to the Local Government Finance Act 1988 "
                     "for non-domestic rating."),
        ("n", "5.3", "All parties must process personal data in accordance with the eight data protection principles "
                     "in Schedule 1 to the Data Protection Act 1998. The exchange meets condition 5 of Schedule 2 "
                     "(functions conferred by an enactment). No sensitive personal data are exchanged."),
        ("n", "5.4", "The parties must also act compatibly with Article 8 of the European Convention on Human Rights, "
                     "given effect by the Human Rights Act 1998."),
        ("h", 1, "6. INDIVIDUALS' ACCESS TO INFORMATION"),
        ("n", "6.1", "Subject access requests under section 7 of the Data Protection Act 1998 will be handled by the "
                     "party holding the information within the 40 day statutory period. Where the information came "
                     "from the other party it will be consulted before release."),
        ("n", "6.2", "Requests under the Freedom of Information Act 2000 will be handled by the party receiving them. "
                     "Information received from the VOA is likely to be exempt under section 44 where its "
                     "disclosure is prohibited by the 2005 Act."),
        ("h", 1, "7. SECURITY OF INFORMATION"),
        ("n", "7.1", "Personal information will only be sent between GSi and GCSx secure email addresses or through "
                     "the VOA's secure data portal. Paper documents must be sent by recorded delivery in a sealed "
                     "envelope marked OFFICIAL."),
        ("n", "7.2", "Each party will restrict access to the information to staff who need it and will store it on "
                     "systems protected to the standards of the HMG Security Policy Framework."),
        ("h", 1, "8. METHOD AND FREQUENCY OF EXCHANGE"),
        ("n", "8.1", "The VOA issues schedules of alterations to each billing authority weekly. Billing authorities "
                     "send building control and planning information at least monthly and report new properties as "
                     "soon as they become aware of them."),
        ("h", 1, "9. RETENTION OF INFORMATION"),
        ("n", "9.1", "Information will be kept only for as long as it is needed for valuation and billing and then "
                     "destroyed securely, in line with each party's retention policy. Schedules of alterations are "
                     "kept for six years after the end of the financial year to which they relate."),
        ("h", 1, "10. ACCURACY OF INFORMATION"),
        ("n", "10.1", "Each party is responsible for the accuracy of the information it supplies. Where either party "
                      "finds an error it will tell the other within 10 working days so that both sets of records "
                      "can be corrected."),
        ("h", 1, "11. COMMENCEMENT, REVIEW AND WITHDRAWAL"),
        ("n", "11.1", "This protocol commences on 1 March 2016 and replaces version 1.1."),
        ("n", "11.2", "It will be reviewed by the review date shown in the document control table."),
        ("n", "11.3", "A party may withdraw from the protocol by giving three months' notice in writing to the VOA."),
        ("h", 1, "12. SIGNATORIES"),
        ("sig", [("the Valuation Office Agency", "Penny Ciniewicz", "Chief Executive", "01/03/2016"),
                 ("Braintree District Council", "Trevor Wilson", "Head of Finance", "07/03/2016"),
                 ("Chelmsford City Council", "Dave Ayres", "Director of Financial Services", "09/03/2016"),
                 ("Maldon District Council", "Emma Foy", "Director of Resources", "14/03/2016")]),
    ]
    opts = dict(font="Times New Roman", size=11,
                header=[("OFFICIAL", "c", True)],
                footer="VOA/ISP/BA/2016/03   Page {PAGE}", footer2=["OFFICIAL"],
                hstyle="bold", bold_first_col=True, colour="000000")
    meta = dict(
        stem="VOA_BillingAuthority_ISP_2016", title=title, purpose=purpose,
        lead=party("Valuation Office Agency"),
        partners=[party(a, a) for a, _, _ in bas],
        statutes=[
            S("Section 18 of the Commissioners for Revenue & Customs Act 2005", "Commissioners for Revenue and Customs Act",
              2005, "section 18"),
            S("section 27 of the Local Government Finance Act 1992", "Local Government Finance Act", 1992, "section 27"),
            S("Schedule 9 to the Local Government Finance Act 1988", "Local Government Finance Act", 1988, "Schedule 9"),
            S("Schedule 1 to the Data Protection Act 1998", "Data Protection Act", 1998, "Schedule 1"),
            S("the Human Rights Act 1998", "Human Rights Act", 1998),
            S("the Freedom of Information Act 2000", "Freedom of Information Act", 2000),
        ],
        review_date="2018-02-28", review_basis="explicit", commencement_date="2016-03-01",
        missing=["complaints", "breach"], formats={"doc": "lo", "pdf": "lo"})
    return blocks, opts, meta


# =========================================================================== 7. DVLA KADOE
def dvla_kadoe():
    title_lines = ["Keeper at Date of Event (KADOE) Agreement:",
                   "Release of Vehicle Keeper Information for Civil Parking Enforcement"]
    title = " ".join(title_lines)
    purpose = ("DVLA releases the name and address of the registered keeper of a vehicle on the date of a "
               "contravention to the local authorities named in this agreement so that they can serve penalty charge "
               "notices and recover unpaid penalty charges for parking and bus lane contraventions.")
    las = [("Colchester City Council", "Colchester Borough Council", "On behalf of the North Essex Parking Partnership", "Parking Partnership Manager"),
           ("Chelmsford City Council", "Chelmsford City Council", "On behalf of the South Essex Parking Partnership", "Parking Services Manager"),
           ("Hertfordshire County Council", None, "Bus lane enforcement", "Network Regulation Manager"),
           ("Medway Council", None, "Parking and bus lane enforcement", "Head of Parking Services")]
    blocks = [
        ("big", "Driver and Vehicle Licensing Agency", 14, True, "l"),
        ("big", "Longview Road, Morriston, Swansea SA6 7JL", 9, False, "l"),
        ("sp", 30),
        ("box", title_lines, 15),
        ("sp", 10),
        ("t", [["Responsible organisation", "Driver and Vehicle Licensing Agency"],
               ["Agreement reference", "DVLA/KADOE/LA/2023/118"],
               ["Version", "4.0"],
               ["Approved by", "Head of Data Sharing, DVLA"],
               ["Next review date", "31/10/2025"],
               ["Security classification", "OFFICIAL"]], [0.35, 0.65], False),
        ("h", 2, "Revision history"),
        ("t", [["Version", "Issued", "Summary"],
               ["3.0", "01/04/2019", "Updated for data protection reform"],
               ["3.1", "01/11/2021", "Bus lane enforcement authorities added"],
               ["4.0", "01/11/2023", "Audit regime and fees revised"]], [0.15, 0.2, 0.65], True),
        ("pb",),
        ("h", 1, "1. Purpose"),
        ("p", purpose),
        ("p", "Keeper data released under this agreement may not be used for any other purpose, including council "
              "tax, debt recovery or the enforcement of private parking charges."),
        ("h", 1, "2. Parties"),
        ("p", "This agreement is between the Secretary of State for Transport, acting through DVLA, and the "
              "following local authorities (the customers)."),
        ("t", [["Local authority", "Scope", "Contact (post)"]] + [[a, c, d] for a, _, c, d in las],
         [0.35, 0.4, 0.25], True),
        ("h", 1, "3. Information released"),
        ("b", ["registered keeper name and address at the date of the contravention;",
               "vehicle registration mark, make, model and colour;",
               "date the keeper acquired the vehicle and, where relevant, date of disposal;",
               "keeper type (private or company)."]),
        ("h", 1, "4. Legal basis"),
        ("p", "Regulation 27(1)(e) of the Road Vehicles (Registration and Licensing) Regulations 2002 allows the "
              "Secretary of State to make vehicle keeper information available to a local authority for purposes "
              "connected with the investigation of an offence or of a decriminalised parking contravention."),
        ("p", "The authorities carry out civil enforcement under Part 6 of the Traffic Management Act 2004 and the "
              "Civil Enforcement of Parking Contraventions (England) General Regulations 2007. DVLA maintains the "
              "vehicle register under the Vehicle Excise and Registration Act 1994."),
        ("p", "The lawful basis for processing is UK GDPR Article 6(1)(e), read with the Data Protection Act 2018."),
        ("h", 1, "5. Conditions of use"),
        ("b", ["Each enquiry must relate to a contravention recorded by a civil enforcement officer or an approved "
               "device, and the case reference must be kept with the enquiry.",
               "Keeper data must not be passed to any third party other than an enforcement agent instructed to "
               "recover a registered penalty charge.",
               "The authority must not use the data to contact keepers about anything other than the penalty charge."]),
        ("h", 1, "6. Security and audit"),
        ("p", "Only authorised users named to DVLA may make enquiries. Users must be security vetted to BPSS and "
              "trained in the conditions of this agreement before they are given access."),
        ("p", "DVLA will audit each authority at least once every three years, and may carry out a risk-based audit "
              "at any time. The authority must provide evidence for a sample of enquiries within 10 working days."),
        ("h", 1, "7. Data quality"),
        ("p", "Keepers are required by law to tell DVLA of changes. DVLA does not guarantee that the register is "
              "accurate for any particular date. Where a keeper shows that the information released was wrong, the "
              "authority must cancel the penalty charge notice and tell DVLA so that the record can be investigated."),
        ("h", 1, "8. Retention"),
        ("p", "The authority may keep keeper data for as long as the penalty charge remains open and for two years "
              "after it is paid, cancelled or written off, and must then delete it."),
        ("h", 1, "9. Enquiries from keepers and individuals' rights"),
        ("p", "A keeper who asks why their details were released should be told by the authority that they were "
              "obtained from DVLA under regulation 27. Keepers may make a subject access request to DVLA to find out "
              "which organisations have received their details."),
        ("h", 1, "10. Complaints"),
        ("p", "Complaints about the conduct of an authority are handled under that authority's complaints procedure. "
              "Complaints about DVLA's release of information are handled by the DVLA Customer Complaints Team."),
        ("h", 1, "11. Misuse and data breaches"),
        ("p", "The authority must report any misuse of keeper data, or any loss or unauthorised disclosure, to DVLA "
              "within 24 hours. DVLA may suspend or end the supply of keeper data where it finds misuse."),
        ("h", 1, "12. Fees"),
        ("p", "Fees are charged per enquiry at the rate set by the Secretary of State and are invoiced in "
              "arrears."),
        ("h", 1, "13. Term"),
        ("p", "This agreement commences on 1 November 2023 and remains in force until terminated, subject to review "
              "by the date shown in the table on the front page. Either party may terminate it on three months' "
              "notice."),
        ("h", 1, "14. Signatures"),
        ("sig", [("the Driver and Vehicle Licensing Agency", "Gareth Lewis", "Head of Data Sharing", "18/10/2023"),
                 ("Colchester City Council", "Richard Walker", "Parking Partnership Manager", "24/10/2023"),
                 ("Chelmsford City Council", "Jeff Bagley", "Parking Services Manager", "25/10/2023"),
                 ("Hertfordshire County Council", "Mike Younghusband", "Head of Highways Operations", "26/10/2023"),
                 ("Medway Council", "Ruth Du-Lieu", "Assistant Director, Front Line Services", "30/10/2023")]),
    ]
    opts = dict(font="Arial", size=10.5, rl_font="Helvetica", rl_size=10, columns=1,
                header=[("OFFICIAL", "c", True), ("DVLA/KADOE/LA/2023/118", "r", False)],
                footer="Page {PAGE}", footer2=["OFFICIAL"], hstyle="heading", bold_first_col=True,
                colour="C00000")
    meta = dict(
        stem="DVLA_KADOE_LocalAuthorities_v4", title=title, purpose=purpose,
        lead=party("Driver and Vehicle Licensing Agency"),
        partners=[party(a, o) for a, o, _, _ in las],
        statutes=[
            S("Regulation 27(1)(e) of the Road Vehicles (Registration and Licensing) Regulations 2002",
              "Road Vehicles (Registration and Licensing) Regulations", 2002, "regulation 27(1)(e)"),
            S("Part 6 of the Traffic Management Act 2004", "Traffic Management Act", 2004, "Part 6"),
            S("the Civil Enforcement of Parking Contraventions (England) General Regulations 2007",
              "Civil Enforcement of Parking Contraventions (England) General Regulations", 2007),
            S("the Vehicle Excise and Registration Act 1994", "Vehicle Excise and Registration Act", 1994),
            S("the Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        review_date="2025-10-31", review_basis="explicit", commencement_date="2023-11-01",
        missing=["format_frequency"], formats={"docx": "docx", "pdf": "rl"})
    return blocks, opts, meta


# =========================================================================== 8. HMPPS prison leavers
def hmpps_duty_to_refer():
    title = "Referral of Prison Leavers at Risk of Homelessness to Essex Housing Authorities"
    purpose = ("This agreement allows prison and probation staff to tell the housing authority for the area a "
               "prisoner intends to live in, before release, that the prisoner is likely to be homeless or threatened "
               "with homelessness, and allows the housing authority to share back the outcome of its assessment, so "
               "that suitable accommodation can be found by the day of release.")
    parties_ = [
        ("HM Prison and Probation Service", None, "Prison and probation staff making referrals; includes the Probation Service in the East of England region", "Regional Accommodation Lead, East of England"),
        ("HMP Chelmsford", "HMP Chelmsford", "Resettlement and pre-release team", "Head of Reducing Reoffending"),
        ("Basildon Borough Council", "Basildon Borough Council", "Housing authority", "Housing Options Manager"),
        ("Colchester City Council", "Colchester Borough Council", "Housing authority", "Housing Solutions Manager"),
        ("Tendring District Council", "Tendring District Council", "Housing authority", "Housing Options Manager"),
        ("Southend-on-Sea City Council", "Southend Borough Council", "Housing authority", "Group Manager, Housing Solutions"),
        ("Essex Partnership University NHS Foundation Trust", None, "Mental health in-reach in HMP Chelmsford", "Head of Information Governance"),
    ]
    blocks = [
        ("sp", 30),
        ("big", "INFORMATION SHARING AGREEMENT", 20, True, "l"),
        ("sp", 20),
        ("t", [["Agreement reference", "ISA-EoE-HOU-031"],
               ["Version", "1.0"],
               ["Date agreed", "1 March 2023"],
               ["Classification", "OFFICIAL-SENSITIVE"],
               ["Prepared by", "Regional Accommodation Lead, East of England, with the Essex Housing Officers Group"],
               ["Review", "See section 12"]], [0.3, 0.7], False),
        ("sp", 10),
        ("t", [["Version", "Date", "Changes"],
               ["0.4", "January 2023", "Comments from housing authorities incorporated"],
               ["1.0", "March 2023", "Agreed by all parties"]], [0.15, 0.25, 0.6], True),
        ("pb",),
        ("h", 1, "1. PURPOSE"),
        ("n", "1.1", purpose),
        ("n", "1.2", "Early referral gives housing authorities the 56 days they need to prevent homelessness and "
                     "reduces the number of people released with nowhere to stay, which is strongly linked to "
                     "reoffending."),
        ("h", 1, "2. PARTIES"),
        ("n", "2.1", "This agreement is made between the following parties, each of which has signed it at section 13."),
        ("t", [["Party", "Role", "Contact (post)"]] + [[a, c, d] for a, _, c, d in parties_], [0.34, 0.4, 0.26], True),
        ("n", "2.2", "Each party is a controller for the information it holds. HM Prison and Probation Service "
                     "processes information for law enforcement purposes under Part 3 of the Data Protection Act 2018; "
                     "the housing authorities and the NHS trust process it under the UK GDPR."),
        ("h", 1, "3. INFORMATION TO BE SHARED"),
        ("n", "3.1", "The referral (Annex A) contains the prisoner's name, date of birth, prison number, expected "
                     "release date, the area they wish to live in, contact details while in custody, the name of the "
                     "prison offender manager and, with consent, relevant support needs."),
        ("n", "3.2", "Where the person is subject to MAPPA or presents a risk to others, the referral includes a "
                     "summary of risk sufficient for the housing authority to find safe accommodation."),
        ("n", "3.3", "The housing authority shares back the outcome of its assessment, the duty owed and any offer of "
                     "accommodation."),
        ("h", 1, "4. LEGAL BASIS"),
        ("n", "4.1", "Section 213B of the Housing Act 1996 places a duty on specified public authorities, including "
                     "prisons and probation providers, to refer people they think may be homeless or threatened with "
                     "homelessness to a housing authority of the person's choice, with their consent. The duty was "
                     "inserted by the Homelessness Reduction Act 2017."),
        ("n", "4.2", "Section 14 of the Offender Management Act 2007 permits disclosure of information for offender "
                     "management purposes, and section 325 of the Criminal Justice Act 2003 requires co-operation "
                     "under MAPPA."),
        ("n", "4.3", "The parties must act compatibly with Article 8 of the European Convention on Human Rights under "
                     "the Human Rights Act 1998."),
        ("n", "4.4", "Health information held by the NHS trust is subject to the common law duty of confidence and "
                     "the Caldicott principles; it is shared only with the person's explicit consent or where there "
                     "is a risk of serious harm."),
        ("h", 1, "5. CONSENT AND INDIVIDUALS' RIGHTS"),
        ("n", "5.1", "A referral under section 213B may only be made with the person's consent, which is recorded on "
                     "the referral form. The person is told what will be shared and with whom."),
        ("n", "5.2", "Subject access requests are handled by the party that receives them. HMPPS requests are "
                     "handled by the MoJ Offender Subject Access Request team."),
        ("h", 1, "6. METHOD AND TIMING OF REFERRALS"),
        ("n", "6.1", "Referrals are made through the housing authority's duty to refer online form or, where that is "
                     "not possible, by secure email, at least 56 days before the expected release date or as soon as "
                     "possible for people on short sentences or remand."),
        ("n", "6.2", "Housing authorities acknowledge each referral within two working days and share the outcome of "
                     "their assessment no later than 10 working days before release."),
        ("h", 1, "7. SECURITY"),
        ("n", "7.1", "Information is sent only between secure government, council and NHS email domains or through "
                     "the councils' online forms. It is stored on systems accredited for OFFICIAL-SENSITIVE "
                     "information and accessed only by staff dealing with the case."),
        ("h", 1, "8. ACCURACY AND UPDATING"),
        ("n", "8.1", "The referring party checks the release date and address details before making the referral, and "
                     "tells the housing authority straight away if the release date changes."),
        ("h", 1, "9. RETENTION"),
        ("n", "9.1", "Housing authorities keep referral and assessment records in line with their homelessness case "
                     "record retention period. HMPPS keeps copies on the prisoner's record under the MoJ records "
                     "retention and disposition schedule."),
        ("h", 1, "10. COMPLAINTS"),
        ("n", "10.1", "Complaints from people in prison are dealt with through the prisoner complaints procedure; "
                      "complaints about a housing authority or the NHS trust through its own procedure."),
        ("h", 1, "11. INFORMATION SECURITY INCIDENTS"),
        ("n", "11.1", "A party that loses information or sends it to the wrong recipient must tell the other party "
                      "involved within one working day and report it to its own Data Protection Officer, who decides "
                      "whether it must be reported to the Information Commissioner."),
        ("h", 1, "12. COMMENCEMENT, REVIEW AND WITHDRAWAL"),
        ("n", "12.1", "This agreement commences on 1 April 2023."),
        ("n", "12.2", "It will be reviewed two years from the commencement date, or earlier if the law or the "
                      "prison and probation operating model changes."),
        ("n", "12.3", "A party may withdraw by giving one month's written notice to the other parties."),
        ("h", 1, "13. SIGNATURES"),
        ("sig", [("HM Prison and Probation Service", "Claire Fernandes", "Regional Probation Director, East of England", "10/03/2023"),
                 ("HMP Chelmsford", "Sonia Richards", "Governor", "13/03/2023"),
                 ("Basildon Borough Council", "Paul Burkinshaw", "Director of Housing", "15/03/2023"),
                 ("Colchester City Council", "Karen Paton", "Head of Housing", "16/03/2023"),
                 ("Tendring District Council", "Tim Clarke", "Assistant Director, Housing and Environment", "20/03/2023"),
                 ("Southend-on-Sea City Council", "Ruth Hawkins", "Group Manager, Housing Solutions", "21/03/2023"),
                 ("Essex Partnership University NHS Foundation Trust", "Zephan Trent", "Executive Director of Strategy and Transformation", "24/03/2023")]),
        ("h", 1, "ANNEX A  REFERRAL FIELDS"),
        ("t", [["Field", "Notes"],
               ["Name, date of birth, prison number", "Mandatory"],
               ["Expected release date and type of release", "Mandatory; update if it changes"],
               ["Preferred area and any local connection", "Mandatory"],
               ["Support needs", "Only with consent"],
               ["Risk summary", "Where MAPPA or other risk concerns apply"],
               ["Prison offender manager / community offender manager", "Name and secure email"]], [0.5, 0.5], True),
    ]
    opts = dict(font="Arial", size=10.5,
                header=[("OFFICIAL-SENSITIVE", "l", True), (title, "l", False)],
                footer="ISA-EoE-HOU-031  |  {PAGE}", footer2=["OFFICIAL-SENSITIVE"],
                hstyle="bold", bold_first_col=True, colour="2F5496")
    meta = dict(
        stem="HMPPS_PrisonLeavers_DutyToRefer_ISA_Essex", title=title, purpose=purpose,
        lead=None,
        partners=[party(a, o) for a, o, _, _ in parties_],
        statutes=[
            S("Section 213B of the Housing Act 1996", "Housing Act", 1996, "section 213B"),
            S("the Homelessness Reduction Act 2017", "Homelessness Reduction Act", 2017),
            S("Section 14 of the Offender Management Act 2007", "Offender Management Act", 2007, "section 14"),
            S("section 325 of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
            S("the Human Rights Act 1998", "Human Rights Act", 1998),
            S("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
        ],
        review_date="2025-04-01", review_basis="relative", commencement_date="2023-04-01",
        missing=[], formats={"docx": "docx", "pdf": "lo"})
    return blocks, opts, meta


# =========================================================================== 9. Electoral registration data matching
def electoral_matching():
    title = "Electoral Registration Data Matching for the Annual Canvass"
    purpose = ("This memorandum sets out how Electoral Registration Officers (EROs) in the participating councils "
               "send the names and addresses on their registers to the Cabinet Office, so that they can be matched "
               "against DWP Customer Information System records and the results used to decide which properties can "
               "be sent a canvass communication that needs no response unless details have changed.")
    councils = [("Brentwood Borough Council", "Brentwood Borough Council"),
                ("Epping Forest District Council", "Epping Forest District Council"),
                ("Rochford District Council", "Rochford District Council"),
                ("Uttlesford District Council", "Uttlesford District Council")]
    blocks = [
        ("sp", 30),
        ("big", "Memorandum of Understanding", 14, False, "l"),
        ("big", title, 20, True, "l"),
        ("sp", 10),
        ("big", "Reference IER-DM-MoU-2020-11   |   Version 1.0   |   June 2020", 10, False, "l"),
        ("sp", 16),
        ("t", [["Version", "Date", "Summary"],
               ["0.2", "March 2020", "Draft following the canvass reform consultation"],
               ["1.0", "June 2020", "Final, for the 2020 canvass and subsequent canvasses"]],
         [0.15, 0.2, 0.65], True),
        ("h", 1, "1. Purpose of this memorandum"),
        ("n", "1.1", purpose),
        ("n", "1.2", "Properties where every elector is matched can be canvassed by the lighter 'Route 1' process. "
                     "Properties with unmatched electors follow 'Route 2', which requires a response."),
        ("h", 1, "2. Parties"),
        ("n", "2.1", "The parties to this memorandum are:"),
        ("b", ["the Cabinet Office;", "the Department for Work and Pensions;"] +
              ["%s, acting through its Electoral Registration Officer;" % c for c, _ in councils]),
        ("n", "2.2", "Each ERO is the controller of the electoral register for their area. The Cabinet Office operates "
                     "the Individual Electoral Registration Digital Service (IER DS) through which data pass, and DWP "
                     "carries out the match against its records."),
        ("h", 1, "3. Data flows"),
        ("t", [["Step", "From", "To", "Data"],
               ["1", "ERO (through the electoral management software)", "Cabinet Office (IER DS)",
                "Elector names and addresses, with unique property reference numbers"],
               ["2", "Cabinet Office", "DWP", "The same data, for matching"],
               ["3", "DWP", "Cabinet Office", "Match result (matched / not matched) for each elector"],
               ["4", "Cabinet Office", "ERO", "Match results and a property-level summary"]],
         [0.08, 0.32, 0.22, 0.38], True),
        ("n", "3.1", "DWP does not return any information about benefits, income or other people at the address."),
        ("h", 1, "4. Legal basis"),
        ("n", "4.1", "EROs have a duty under section 9A of the Representation of People Act 1983 to take all necessary "
                     "steps to maintain the register, and must conduct an annual canvass."),
        ("n", "4.2", "The Representation of the People (England and Wales) Regulations 2001, as amended by the "
                     "Representation of the People (Annual Canvass) (Amendment) Regulations 2019, provide for "
                     "the data matching step and for the disclosure of the results to EROs."),
        ("n", "4.3", "Processing by the EROs is necessary to comply with a legal obligation (UK GDPR Article 6(1)(c)) "
                     "and is carried out in accordance with the Data Protection Act 2018."),
        ("n", "4.4", "EROs should also follow the Electoral Commission's guidance for Electoral Registration Officers "
                     "on the canvass."),
        ("h", 1, "5. Transfer method and timing"),
        ("n", "5.1", "Each ERO uploads the register data from the electoral management software to the IER DS in the "
                     "window set by the Cabinet Office, normally between late June and early July. Match results are "
                     "returned through the same software, normally within two working days of upload."),
        ("n", "5.2", "EROs may also use the service for a local data match against council records, which is outside "
                     "this memorandum."),
        ("h", 1, "6. Security"),
        ("n", "6.1", "All transfers take place over encrypted connections between accredited systems. No register "
                     "data are sent by email or on removable media."),
        ("n", "6.2", "The Cabinet Office and DWP restrict access to the data to staff who operate the service, and the "
                     "IER DS is accredited to handle OFFICIAL information."),
        ("h", 1, "7. Rights of electors"),
        ("n", "7.1", "EROs will explain in their privacy notices that register data are matched against DWP records "
                     "for the canvass. An elector who asks for their match result will be given it by the ERO, "
                     "which handles all subject access requests about the register."),
        ("h", 1, "8. Personal data breaches"),
        ("n", "8.1", "Any party that becomes aware of a personal data breach affecting data passing through the IER DS "
                     "will tell the other parties within 24 hours. The ERO concerned decides whether the breach must "
                     "be reported to the Information Commissioner and to the electors affected."),
        ("h", 1, "9. Commencement and termination"),
        ("n", "9.1", "This memorandum comes into effect on 1 July 2020 and remains in place until it is replaced or all "
                     "parties agree to end it."),
        ("n", "9.2", "A council may withdraw by giving written notice to the Cabinet Office, in which case its ERO "
                     "must use another method to decide how properties are canvassed."),
        ("h", 1, "10. Signatures"),
        ("sig", [("the Cabinet Office", "Andrew Scallan", "Head of Elections Data", "15/06/2020"),
                 ("the Department for Work and Pensions", "Fiona Dalgleish", "Head of Data Sharing Policy", "17/06/2020"),
                 ("Brentwood Borough Council", "Jonathan Stephenson", "Electoral Registration Officer", "22/06/2020"),
                 ("Epping Forest District Council", "Georgina Blakemore", "Electoral Registration Officer", "23/06/2020"),
                 ("Rochford District Council", "Angela Hutchings", "Electoral Registration Officer", "23/06/2020"),
                 ("Uttlesford District Council", "Dawn French", "Electoral Registration Officer", "25/06/2020")]),
    ]
    opts = dict(rl_font="Times-Roman", rl_size=10.5, columns=1,
                header=[("OFFICIAL", "l", True), ("IER-DM-MoU-2020-11", "r", False)],
                footer="- {PAGE} -", footer2=["OFFICIAL"], colour="404040")
    meta = dict(
        stem="Electoral_Registration_DataMatching_MoU_2020", title=title, purpose=purpose,
        lead=None,
        partners=[party("Cabinet Office"), party("Department for Work and Pensions")] +
                 [party(c, o) for c, o in councils],
        statutes=[
            S("section 9A of the Representation of People Act 1983", "Representation of the People Act", 1983, "section 9A"),
            S("The Representation of the People (England and Wales) Regulations 2001",
              "Representation of the People (England and Wales) Regulations", 2001),
            S("the Representation of the People (Annual Canvass) (Amendment) Regulations 2019",
              "Representation of the People (Annual Canvass) (Amendment) Regulations", 2019),
            S("the Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        review_date=None, review_basis="none", commencement_date="2020-07-01",
        missing=["accuracy", "retention", "complaints"], formats={"pdf": "rl"})
    return blocks, opts, meta


# =========================================================================== 10. ONS admin data
def ons_admin_data():
    title_lines = ["Supply of Council Tax and Housing Benefit Extracts", "to the Office for National Statistics for Population Statistics"]
    title = " ".join(title_lines)
    purpose = ("Participating councils will send ONS regular extracts of their council tax and Housing Benefit records "
               "so that ONS can produce admin-based population and housing statistics for local areas and, in time, "
               "reduce the reliance on a ten-yearly census.")
    councils = [("Castle Point Borough Council", "Castle Point Borough Council", "Revenues and Benefits Manager"),
                ("Southend-on-Sea City Council", "Southend Borough Council", "Head of Revenues and Benefits"),
                ("Peterborough City Council", None, "Service Director, Customer and Digital"),
                ("Luton Borough Council", None, "Service Director, Revenues and Benefits")]
    blocks = [
        ("sp", 50),
        ("big", "Office for National Statistics", 14, True, "r"),
        ("sp", 70),
        ("big", "DATA SHARING AGREEMENT", 12, False, "l"),
        ("big", title_lines[0], 19, True, "l"),
        ("big", title_lines[1], 19, True, "l"),
        ("sp", 60),
        ("t", [["ONS agreement number", "ONS-DSA-LA-2024-0187"],
               ["Version", "2.1"],
               ["Status", "Final"],
               ["Protective marking", "OFFICIAL-SENSITIVE"]], [0.35, 0.65], False),
        ("pb",),
        ("h", 1, "Document control"),
        ("t", [["Item", "Detail"],
               ["Senior Responsible Owner", "Deputy Director, Population Statistics Transformation"],
               ["Information Asset Owner", "Head of Administrative Data Acquisition"],
               ["Approved by", "ONS Data Governance Committee"],
               ["Effective from", "1 April 2024"],
               ["Review due", "March 2026"]], [0.35, 0.65], True),
        ("t", [["Version", "Date", "Change"],
               ["1.0", "February 2022", "First agreement (council tax only)"],
               ["2.0", "January 2024", "Housing Benefit extracts added"],
               ["2.1", "March 2024", "Luton and Peterborough added"]], [0.15, 0.25, 0.6], True),
        ("p", "The Office for National Statistics (ONS) is the controller publishing this agreement. The agreement "
              "is listed in the ONS register of data acquisitions on its website."),
        ("h", 1, "1. Purpose"),
        ("p", purpose),
        ("p", "ONS will use the data only for statistical and research purposes. No decision about any individual "
              "or household will be taken on the basis of the data."),
        ("h", 1, "2. Parties"),
        ("t", [["Council", "Contact (post)"]] + [[c, p] for c, _, p in councils], [0.55, 0.45], True),
        ("p", "Each council is the controller of the data it supplies until it is received by ONS, after which ONS "
              "is controller of its copy."),
        ("h", 1, "3. Data"),
        ("p", "The data items are listed in Annex A. They include property reference, address, band, liable party "
              "names, discounts and exemptions, and for Housing Benefit claimant and partner names, dates of birth and "
              "household composition. Bank details and payment histories are excluded."),
        ("h", 1, "4. Legal gateway"),
        ("p", "Councils disclose the data in response to a notice under section 45B of the Statistics and Registration "
              "Services Act 2007, inserted by the Digital Economy Act 2017. Information held by ONS is protected by "
              "section 39 of that Act, which prohibits disclosure of personal information except in limited "
              "circumstances."),
        ("p", "Council tax records are held by the councils as billing authorities under the Local Government Finance "
              "Act 1992. The lawful basis for ONS's processing is UK GDPR Article 6(1)(e) and section 8 of the Data "
              "Protection Act 2018; processing for statistical purposes is subject to the safeguards in Article 89."),
        ("h", 1, "5. Supply method and schedule"),
        ("p", "Councils send full extracts as at 31 March and 30 September each year through the ONS secure file "
              "transfer service (MOVEit), in the CSV layout agreed with their software supplier, within one month of "
              "the extract date."),
        ("h", 1, "6. Security and access controls"),
        ("p", "Data are held in the ONS Integrated Data Service, accredited to OFFICIAL-SENSITIVE. Names are removed "
              "and replaced with a matching key on arrival. Only approved ONS staff can see identifiable data, and "
              "all access follows the Five Safes framework."),
        ("h", 1, "7. Data quality"),
        ("p", "Councils provide the extracts as held on their systems and are not expected to carry out extra checks. "
              "ONS will tell a council if it finds systematic problems, such as missing bands or duplicate records, "
              "and the council will correct the next extract where it can."),
        ("h", 1, "8. Retention and destruction"),
        ("p", "ONS keeps the de-identified data for as long as they are needed for the production of population "
              "statistics and reviews this every five years. The identifiable extract is destroyed within three months "
              "of receipt, once the matching key has been created."),
        ("h", 1, "9. Rights of data subjects"),
        ("p", "Because the data are processed only for statistics, some rights are restricted under Schedule 2 to the "
              "Data Protection Act 2018. Requests received by a council about the supply should be passed to the ONS "
              "Data Protection Officer."),
        ("h", 1, "10. Complaints"),
        ("p", "Complaints about ONS's use of the data should be made to ONS and may be escalated to the Information "
              "Commissioner. Councils will refer any complaint they receive about the supply to ONS."),
        ("h", 1, "11. Duration and termination"),
        ("p", "This agreement commences on 1 April 2024 and continues until terminated. A council may stop supplying "
              "data only if the section 45B notice is withdrawn or varied by ONS."),
        ("h", 1, "12. Signatures"),
        ("sig", [("the Office for National Statistics", "Emma Rourke", "Director, Population Statistics", "21/03/2024")] +
         [(c, nm, p, d) for (c, _, _), (nm, p, d) in zip(councils, [
             ("Chris Mills", "Strategic Director, Resources", "25/03/2024"),
             ("Joe Chesterton", "Executive Director (Finance and Resources)", "26/03/2024"),
             ("Cecilie Booth", "Executive Director, Corporate Services", "27/03/2024"),
             ("Dev Gopal", "Service Director, Finance", "28/03/2024")])]),
        ("h", 1, "Annex A  Data items"),
        ("t", [["Extract", "Items"],
               ["Council tax", "UPRN, property address, band, liable party names, start and end of liability, "
                               "discounts, disregards and exemptions"],
               ["Housing Benefit", "Claimant and partner names and dates of birth, address, UPRN, number of "
                                   "dependants and non-dependants, tenure type"]], [0.3, 0.7], True),
    ]
    opts = dict(font="Arial", size=10.5,
                header=[("OFFICIAL-SENSITIVE", "c", True)],
                footer="ONS-DSA-LA-2024-0187  Page {PAGE}", footer2=["OFFICIAL-SENSITIVE"],
                hstyle="heading", bold_first_col=False, colour="206095")
    meta = dict(
        stem="ONS_AdminData_CouncilTax_HB_DSA", title=title, purpose=purpose,
        lead=party("Office for National Statistics"),
        partners=[party(c, o) for c, o, _ in councils],
        statutes=[
            S("section 45B of the Statistics and Registration Services Act 2007", "Statistics and Registration Service Act",
              2007, "section 45B"),
            S("the Digital Economy Act 2017", "Digital Economy Act", 2017),
            S("the Local Government Finance Act 1992", "Local Government Finance Act", 1992),
            S("section 8 of the Data Protection Act 2018", "Data Protection Act", 2018, "section 8"),
        ],
        review_date="2026-03-31", review_basis="explicit", commencement_date="2024-04-01",
        missing=["breach"], formats={"docx": "docx", "pdf": "lo"})
    return blocks, opts, meta
