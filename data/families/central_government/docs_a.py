"""Agreements 1-5 of the central_government family."""

ALL = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
       "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def party(name, org=None):
    return {"name": name, "org": org}


# =========================================================================== 1. DWP Searchlight
def dwp_searchlight():
    title = ("Access to the Customer Information System (Searchlight) by Local Authorities in Essex "
             "for Housing Benefit and Council Tax Reduction Administration")
    purpose = ("This Memorandum of Understanding (MoU) allows named staff in the local authorities listed at "
               "paragraph 2.2 to view DWP customer information through the Searchlight portal of the Customer "
               "Information System (CIS) so that they can assess, award, review and correct claims to Housing "
               "Benefit and Council Tax Reduction, and prevent and detect fraud and error in those claims.")
    las = [
        ("Basildon Borough Council", "Z5361180", "Revenues and Benefits Manager"),
        ("Braintree District Council", "Z5103738", "Benefits Manager"),
        ("Castle Point Borough Council", "Z588703X", "Head of Resources"),
        ("Rochford District Council", "Z6617133", "Revenues and Benefits Lead"),
        ("Tendring District Council", "Z577148X", "Head of Revenues and Benefits"),
        ("Uttlesford District Council", "Z5060641", "Benefits and Welfare Manager"),
    ]
    blocks = [
        ("sp", 60),
        ("big", "Department for Work and Pensions", 16, True, "l"),
        ("sp", 30),
        ("big", "MEMORANDUM OF UNDERSTANDING", 13, False, "l"),
        ("sp", 6),
        ("big", title, 20, True, "l"),
        ("sp", 30),
        ("big", "Version 3.1  |  March 2022", 12, False, "l"),
        ("big", "DWP reference: LADS/MOU/0417", 12, False, "l"),
        ("sp", 120),
        ("p", "This document is marked OFFICIAL. It may be shared with staff in the signatory local "
              "authorities who need it for their work. It must not be published without the agreement of DWP."),
        ("pb",),
        ("h", 1, "Document information"),
        ("t", [["Owner", "Department for Work and Pensions"],
               ["Owning team", "Local Authority Data Sharing Team, Data Sharing and Integration Directorate"],
               ["Senior Responsible Owner", "Deputy Director, Local Authority Partnership, Engagement and Delivery"],
               ["Information Asset Owner", "Head of Customer Information System Service"],
               ["Protective marking", "OFFICIAL"],
               ["Date of issue", "18 March 2022"],
               ["Approved by", "DWP Data Sharing Board, 9 March 2022"],
               ["Date of next review", "31/03/2024"]], [0.35, 0.65], False),
        ("h", 1, "Version control"),
        ("t", [["Version", "Date", "Author", "Summary of changes"],
               ["1.0", "12/07/2012", "LA Data Sharing Team", "First issue for the national roll-out of Searchlight"],
               ["2.0", "21/05/2018", "LA Data Sharing Team", "Updated for the UK GDPR and the Data Protection Act 2018"],
               ["3.0", "01/04/2020", "LA Data Sharing Team", "Council Tax Reduction added; Annex A refreshed"],
               ["3.1", "18/03/2022", "LA Data Sharing Team", "Contacts, signatories and security standards updated"]],
         [0.12, 0.16, 0.25, 0.47], True),
        ("h", 1, "Contents"),
        ("p", "1. Introduction and purpose\n2. Parties\n3. Information to be shared\n4. Legal gateway\n"
              "5. Roles and responsibilities\n6. Access method and frequency\n7. Security\n8. Data quality\n"
              "9. Retention and disposal\n10. Individuals' rights and Freedom of Information\n"
              "11. Security incidents\n12. Complaints and disputes\n13. Commencement, review and termination\n"
              "14. Signatures\nAnnex A  Searchlight data items\nAnnex B  Legislation and guidance\n"
              "Annex C  Contacts"),
        ("pb",),
        ("h", 1, "1. Introduction and purpose"),
        ("n", "1.1", purpose),
        ("n", "1.2", "The MoU is not legally binding. It records the commitments each party makes so that the "
                     "access is lawful, secure and proportionate, and it should be read alongside the Searchlight "
                     "Local Authority User Guide and the DWP Memorandum of Understanding on Security (the Security MoU)."),
        ("n", "1.3", "In this document 'DWP' means the Department for Work and Pensions and 'the local authority' "
                     "means each council listed at paragraph 2.2, acting as a Housing Benefit authority and as a "
                     "billing authority."),
        ("h", 1, "2. Parties"),
        ("n", "2.1", "This MoU is between the Department for Work and Pensions and each of the local authorities "
                     "below."),
        ("n", "2.2", "Participating local authorities:"),
        ("t", [["Local authority", "ICO registration", "Searchlight single point of contact (post)"]] +
         [list(x) for x in las], [0.42, 0.2, 0.38], True),
        ("n", "2.3", "DWP and each local authority are separate controllers. DWP remains the controller of "
                     "information held on CIS; the local authority becomes the controller of any information it "
                     "records on its own systems after viewing Searchlight."),
        ("h", 1, "3. Information to be shared"),
        ("n", "3.1", "Local authority users may view the DWP data items listed in Annex A. In summary these are:"),
        ("b", ["identity details: name, National Insurance number, date of birth and address history;",
               "award details for DWP benefits, including Universal Credit and the housing element indicator;",
               "State Pension and Pension Credit amounts and payment dates;",
               "appointee and corporate appointee details;",
               "date of death, where recorded."]),
        ("n", "3.2", "Users must only search on a person who has made, or is in receipt of, a claim that the user "
                     "is working on. Browsing, or looking up friends, relatives, colleagues or people in the news, "
                     "is not permitted. All searches are logged and monitored."),
        ("n", "3.3", "No information flows from the local authority to DWP under this MoU. The return of "
                     "information about changes of circumstances is covered by the separate Verify Earnings and "
                     "Pensions (VEP) and Housing Benefit Matching Service arrangements."),
        ("h", 1, "4. Legal gateway"),
        ("n", "4.1", "DWP discloses information to local authorities for Housing Benefit purposes under section 122C "
                     "of the Social Security Administration Act 1992. For Council Tax Reduction, disclosure is made "
                     "under section 131 of the Welfare Reform Act 2012 and the Social Security (Information-sharing "
                     "in relation to Welfare Services etc.) Regulations 2012."),
        ("n", "4.2", "Council Tax Reduction schemes are made by billing authorities under section 13A of the Local "
                     "Government Finance Act 1992."),
        ("n", "4.3", "The processing is necessary for a task carried out in the public interest or in the exercise "
                     "of official authority (UK GDPR Article 6(1)(e)). Where special category data are viewed, for "
                     "example information that indicates a disability, the parties rely on Article 9(2)(g) and the "
                     "conditions in Schedule 1 to the Data Protection Act 2018."),
        ("n", "4.4", "Unauthorised disclosure of information obtained through Searchlight may be an offence under "
                     "section 123 of the 1992 Act. Deliberate misuse of the system may also be an offence under the "
                     "Computer Misuse Act 1990."),
        ("h", 1, "5. Roles and responsibilities"),
        ("n", "5.1", "DWP will:"),
        ("b", ["make Searchlight available between 07:00 and 20:00, Monday to Saturday, except for planned outages;",
               "maintain the Searchlight Local Authority User Guide and tell local authorities of changes;",
               "monitor use and share the results of its monthly audit sample with each local authority."]),
        ("n", "5.2", "The local authority will:"),
        ("b", ["appoint a Searchlight single point of contact (SPOC) and an Information Asset Owner;",
               "make sure every user has been cleared to the Baseline Personnel Security Standard (BPSS);",
               "ensure every user signs the annual Searchlight user declaration;",
               "review its list of users every quarter and remove leavers within five working days."]),
        ("h", 1, "6. Access method and frequency"),
        ("n", "6.1", "Access is online and in real time, through the Searchlight web portal over the Public "
                     "Services Network (PSN) or its successor. There is no bulk or scheduled transfer of data."),
        ("n", "6.2", "Each user logs on with an individual account. Screens may only be printed where a copy is "
                     "needed on the claim file to support a decision, and the print must be marked OFFICIAL."),
        ("h", 1, "7. Security"),
        ("n", "7.1", "The local authority must meet the standards in the Security MoU, including:"),
        ("b", ["holding a current PSN compliance certificate;",
               "locking screens when unattended and not allowing access from personal devices;",
               "giving every user security awareness training each year;",
               "keeping printed screens in locked storage."]),
        ("n", "7.2", "DWP audits a sample of Searchlight transactions each month. The local authority must answer "
                     "an audit query within 10 working days and explain the business reason for the search."),
        ("h", 1, "8. Data quality"),
        ("n", "8.1", "DWP is responsible for the accuracy of information held on CIS. A user who believes that "
                     "information shown on Searchlight is wrong must not amend local records on that basis alone "
                     "and should tell the DWP Local Authority Service Desk so that the source record can be checked."),
        ("n", "8.2", "The local authority is responsible for basing its decisions on verified information and for "
                     "keeping its own records up to date."),
        ("h", 1, "9. Retention and disposal"),
        ("n", "9.1", "Searchlight information must not be copied into local systems except for the minimum needed "
                     "to support a decision. Anything placed on the claim file is kept in line with the local "
                     "authority's retention schedule for benefit records, normally six years after the end of the "
                     "financial year in which the claim ends, and then securely destroyed."),
        ("h", 1, "10. Individuals' rights and Freedom of Information"),
        ("n", "10.1", "Each party handles subject access and other rights requests for the information it holds as "
                      "controller. Where a request to a local authority covers Searchlight screen prints held on "
                      "the claim file, the local authority will consult the DWP Data Protection Officer before "
                      "release."),
        ("n", "10.2", "Requests under the Freedom of Information Act 2000 for this MoU, or for information about the "
                      "arrangement, are answered by the party that receives them after consulting the other where "
                      "practicable."),
        ("h", 1, "11. Security incidents"),
        ("n", "11.1", "Any actual or suspected loss, unauthorised access or misuse of Searchlight information must be "
                      "reported to the DWP Local Authority Service Desk within 24 hours of discovery and to the "
                      "local authority's Data Protection Officer. DWP may suspend access for individual users, or "
                      "for the whole authority, while an incident is investigated."),
        ("n", "11.2", "Each controller decides whether an incident involving information it controls must be "
                      "notified to the Information Commissioner within 72 hours."),
        ("h", 1, "12. Complaints and disputes"),
        ("n", "12.1", "Complaints from members of the public about the use of their information are handled under "
                      "the complaints procedure of the party whose actions are complained about. Unresolved DWP "
                      "complaints may be referred to the Independent Case Examiner."),
        ("n", "12.2", "Disputes between the parties are escalated first to the local authority SPOC and the DWP "
                      "Local Authority Data Sharing Team, and then to the Senior Responsible Owner."),
        ("h", 1, "13. Commencement, review and termination"),
        ("n", "13.1", "This MoU takes effect from 1 April 2022 and replaces version 3.0."),
        ("n", "13.2", "DWP will review the MoU by the date of next review shown in the Document information table, "
                      "or sooner if the legislation changes."),
        ("n", "13.3", "A local authority may withdraw by giving DWP one month's notice in writing. DWP may withdraw "
                      "access immediately where it has reasonable grounds to believe that the conditions of this "
                      "MoU have not been met."),
        ("h", 1, "14. Signatures"),
        ("sig", [("the Department for Work and Pensions", "Helen Marsh",
                  "Deputy Director, Local Authority Partnership, Engagement and Delivery", "18/03/2022")] +
         [(n, nm, post, d) for (n, _, _), (nm, post, d) in zip(las, [
             ("Gareth Pryce", "Director of Resources (Section 151 Officer)", "24/03/2022"),
             ("Angela Whitfield", "Head of Finance", "25/03/2022"),
             ("Chris Mabey", "Strategic Director, Resources", "28/03/2022"),
             ("Naomi Lester", "Assistant Director, Customer and Revenue Services", "24/03/2022"),
             ("Richard Barrett", "Director of Finance and IT", "29/03/2022"),
             ("Adrian Webb", "Director of Finance and Corporate Services", "30/03/2022")])]),
        ("pb",),
        ("h", 1, "Annex A  Searchlight data items"),
        ("t", [["Screen", "Data items"],
               ["Customer details", "Surname, forenames, title, date of birth, National Insurance number, gender, "
                                    "current and previous addresses with dates, date of death"],
               ["Benefit summary", "Benefit type, award start and end dates, weekly or monthly amount, "
                                   "suspension indicator"],
               ["Universal Credit", "Claim status, assessment period dates, housing element indicator"],
               ["Pensions", "State Pension and Pension Credit amounts, payment frequency"],
               ["Appointee", "Appointee name, address and appointment date"]], [0.28, 0.72], True),
        ("h", 1, "Annex B  Legislation and guidance"),
        ("b", ["Social Security Administration Act 1992, sections 122C and 123",
               "Welfare Reform Act 2012, section 131",
               "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
               "Local Government Finance Act 1992, section 13A",
               "Data Protection Act 2018 and the UK GDPR",
               "Freedom of Information Act 2000",
               "Computer Misuse Act 1990",
               "Data Protection Act 1998: repealed on 25 May 2018. Versions 1.0 and 1.1 of this MoU were written "
               "under it; it is listed here for the record only.",
               "HMG Security Policy Framework and the Government Security Classifications (guidance)"]),
        ("h", 1, "Annex C  Contacts"),
        ("t", [["Role", "Contact"],
               ["DWP Local Authority Service Desk", "la.servicedesk@dwp.gov.uk (fictitious address for this document)"],
               ["DWP Data Protection Officer", "DWP Data Protection Officer, Caxton House, London"],
               ["Local authority SPOCs", "As listed at paragraph 2.2"]], [0.4, 0.6], True),
    ]
    opts = dict(font="Arial", size=10.5,
                header=[("OFFICIAL", "c", True)],
                footer="LADS/MOU/0417  |  Version 3.1  |  Page {PAGE}",
                footer2=["OFFICIAL"], hstyle="heading", bold_first_col=True,
                core_title="", author="DWP")
    meta = dict(
        stem="DWP_Searchlight_LA_MoU_v3-1", title=title, purpose=purpose,
        lead=party("Department for Work and Pensions"),
        partners=[party(n, n) for n, _, _ in las],
        statutes=[
            S("section 122C of the Social Security Administration Act 1992", "Social Security Administration Act",
              1992, "section 122C"),
            S("section 131 of the Welfare Reform Act 2012", "Welfare Reform Act", 2012, "section 131"),
            S("the Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
              "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations", 2012),
            S("section 13A of the Local Government Finance Act 1992", "Local Government Finance Act", 1992,
              "section 13A"),
            S("Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
            S("the Computer Misuse Act 1990", "Computer Misuse Act", 1990),
            S("the Freedom of Information Act 2000", "Freedom of Information Act", 2000),
            S("Data Protection Act 1998", "Data Protection Act", 1998),
        ],
        review_date="2024-03-31", review_basis="explicit", commencement_date="2022-04-01",
        missing=[], formats={"docx": "docx", "doc": "lo", "pdf": "lo"})
    return blocks, opts, meta


# =========================================================================== 2. HMRC council tax debt
def hmrc_debt():
    title = ("Disclosure of Taxpayer Address and Employer Information to Local Authorities for the Recovery "
             "of Council Tax Arrears")
    purpose = ("The purpose of this agreement is to allow HMRC to tell a participating local authority the current "
               "address, and the name and address of the current employer, of a person who owes council tax "
               "arrears that are the subject of a liability order, so that the authority can contact the debtor and, "
               "where appropriate, make an attachment of earnings order instead of using enforcement agents.")
    blocks = [
        ("big", "HM Revenue and Customs", 15, True, "l"),
        ("sp", 8),
        ("t", [["Agreement title", title],
               ["HMRC reference", "DSA-LA-0093"],
               ["Version", "1.2"],
               ["Protective marking", "OFFICIAL-SENSITIVE when completed"],
               ["Date", "September 2023"],
               ["Next review", "To be agreed by the parties"]], [0.3, 0.7], False),
        ("sp", 6),
        ("p", "HM Revenue and Customs (HMRC) publishes this agreement as the controller of the information it "
              "discloses. A copy of the signed agreement is placed in the Register of information sharing "
              "agreements under Part 5 of the Digital Economy Act 2017 on GOV.UK."),
        ("h", 2, "DOCUMENT CONTROL"),
        ("t", [["Version", "Date", "Status", "Comment"],
               ["1.0", "March 2021", "Pilot", "Three pilot billing authorities"],
               ["1.1", "April 2022", "Final", "Pilot extended; results file layout changed"],
               ["1.2", "September 2023", "Final", "Offered to further authorities; Annex C contacts"]],
         [0.15, 0.25, 0.15, 0.45], True),
        ("body",),
        ("pb",),
        ("h", 1, "1. PURPOSE OF THIS AGREEMENT"),
        ("n", "1.1", purpose),
        ("n", "1.2", "The arrangement was tested in a pilot with a small number of billing authorities from 2021 and "
                     "is now offered to further authorities that sign this agreement."),
        ("n", "1.3", "Using earnings attachment earlier in the recovery process reduces the costs added to the "
                     "debtor's account and the number of cases passed to enforcement agents."),
        ("h", 1, "2. PARTIES"),
        ("n", "2.1", "The parties to this agreement are:"),
        ("b", ["HM Revenue and Customs (HMRC), 100 Parliament Street, London SW1A 2BQ",
               "Southend-on-Sea City Council, Civic Centre, Victoria Avenue, Southend-on-Sea",
               "Thurrock Council, Civic Offices, New Road, Grays",
               "Medway Council, Gun Wharf, Dock Road, Chatham"]),
        ("n", "2.2", "HMRC and each local authority are independent controllers. No party acts as processor for "
                     "another."),
        ("h", 1, "3. INFORMATION TO BE SHARED"),
        ("n", "3.1", "The local authority sends HMRC, for each debtor: full name, date of birth where held, last "
                     "known address, the liability order reference and the National Insurance number where held."),
        ("n", "3.2", "HMRC returns, where it finds a confident match: the current or most recent address it holds; "
                     "the name, address and PAYE reference of the current employer; and a match indicator."),
        ("n", "3.3", "HMRC will not disclose income, tax liabilities or information about any other member of "
                     "the household. Only cases where a liability order has been made and the authority has tried "
                     "and failed to contact the debtor at the last known address may be submitted."),
        ("h", 1, "4. LEGAL BASIS"),
        ("n", "4.1", "HMRC officials may only disclose information where a statutory gateway permits it. The gateway "
                     "relied on is section 48 of the Digital Economy Act 2017 (disclosure to reduce debt owed to the "
                     "public sector), read with the Digital Government (Disclosure of Information) Regulations 2018, "
                     "which list local authorities as specified persons."),
        ("n", "4.2", "A disclosure under that gateway is a disclosure permitted by section 18(3) of the "
                     "Commissioners for Revenue and Custom Act 2005."),
        ("n", "4.3", "Local authorities recover council tax under the Local Government Finance Act 1992. Attachment "
                     "of earnings orders are provided for by regulation 37 of the Council Tax (Administration and "
                     "Enforcement) Regulations 1992."),
        ("n", "4.4", "Information received from HMRC remains subject to section 19 of the 2005 Act: a person who "
                     "wrongfully discloses it commits a criminal offence. The local authority may not use it for "
                     "any purpose other than the recovery of the council tax debt in question."),
        ("n", "4.5", "The lawful basis for processing is UK GDPR Article 6(1)(e) and section 8 of the Data "
                     "Protection Act 2018. No special category data are shared."),
        ("n", "4.6", "The parties have had regard to the Code of Practice for the debt and fraud provisions of the "
                     "2017 Act."),
        ("h", 1, "5. ACCESS REQUESTS AND INDIVIDUALS' RIGHTS"),
        ("n", "5.1", "Each party deals with requests from individuals for the information it holds, including "
                     "subject access requests, under its own procedures."),
        ("n", "5.2", "The local authority will tell debtors, in its privacy notice and in the first letter sent to "
                     "the new address, that the address or employer details were obtained from HMRC."),
        ("n", "5.3", "Where a request relates to information supplied by HMRC, the authority will consult HMRC's "
                     "Data Protection Officer before responding."),
        ("h", 1, "6. SECURITY"),
        ("b", ["Results must be held only on systems that meet the Cyber Essentials Plus standard.",
               "Access is limited to named recovery officers cleared to BPSS.",
               "Results must not be printed, forwarded by email or passed to enforcement agents.",
               "HMRC may carry out an assurance visit, or ask for a self-assessment, at any time."]),
        ("h", 1, "7. TRANSFER AND FREQUENCY"),
        ("n", "7.1", "The local authority uploads a request file in the layout at Annex B through HMRC's Secure "
                     "Data Exchange Service (SDES) no more than once a month, with no more than 2,000 cases in a "
                     "file."),
        ("n", "7.2", "HMRC returns a results file through SDES within 15 working days."),
        ("h", 1, "8. RETENTION AND DESTRUCTION"),
        ("n", "8.1", "HMRC deletes the authority's request file within 30 days of returning the results."),
        ("n", "8.2", "The authority keeps the results only for as long as needed to recover the debt and for six "
                     "months after the debt is cleared or written off, and then deletes them."),
        ("h", 1, "9. DATA QUALITY"),
        ("n", "9.1", "The authority is responsible for the accuracy of the request data. HMRC gives no warranty "
                     "that the address or employer information is current, and the authority must confirm it before "
                     "applying for or making an attachment of earnings order."),
        ("h", 1, "10. SECURITY INCIDENTS AND UNAUTHORISED DISCLOSURE"),
        ("n", "10.1", "Any loss or unauthorised disclosure of HMRC information must be reported to HMRC's Data "
                      "Security Incident Team within 24 hours of discovery. HMRC may suspend disclosures to the "
                      "authority while the incident is investigated."),
        ("n", "10.2", "Each party remains responsible for notifying the Information Commissioner where required."),
        ("h", 1, "11. COMMENCEMENT, VARIATION AND TERMINATION"),
        ("n", "11.1", "This agreement commences on 1 October 2023 and continues until terminated."),
        ("n", "11.2", "It will be kept under review by the parties and revised when the law or HMRC systems change. "
                      "Variations must be agreed in writing."),
        ("n", "11.3", "Any party may terminate its participation on 30 days' written notice."),
        ("h", 1, "12. SIGNATURES"),
        ("sig", [("HM Revenue and Customs", "Richard Okafor", "Deputy Director, Debt Management", "19/09/2023"),
                 ("Southend-on-Sea City Council", "Joanna Ruffle", "Executive Director (Finance and Resources)",
                  "26/09/2023"),
                 ("Thurrock Council", "Jonathan Wilson", "Assistant Director, Revenues and Benefits", "27/09/2023"),
                 ("Medway Council", "Phil Watts", "Chief Finance Officer", "29/09/2023")]),
        ("h", 1, "ANNEX A  LEGISLATION"),
        ("b", ["Digital Economy Act 2017, Part 5, Chapter 3 (section 48)",
               "Digital Government (Disclosure of Information) Regulations 2018",
               "Commissioners for Revenue and Customs Act 2005, sections 18 and 19",
               "Local Government Finance Act 1992",
               "Council Tax (Administration and Enforcement) Regulations 1992, regulation 37",
               "Data Protection Act 2018 and UK GDPR"]),
        ("h", 1, "ANNEX B  REQUEST AND RESULTS FILE LAYOUT"),
        ("t", [["Field", "Request", "Results"],
               ["Case reference", "Yes", "Yes"], ["Surname / forenames", "Yes", "No"],
               ["Date of birth", "If held", "No"], ["Last known address", "Yes", "No"],
               ["National Insurance number", "If held", "No"], ["Current address", "No", "Yes"],
               ["Employer name, address, PAYE reference", "No", "Yes"], ["Match indicator", "No", "Yes"]],
         [0.5, 0.25, 0.25], True),
        ("h", 1, "ANNEX C  CONTACTS"),
        ("t", [["Party", "Contact (post)"],
               ["HMRC", "Debt Data Sharing Policy Lead"],
               ["Southend-on-Sea City Council", "Revenues Manager"],
               ["Thurrock Council", "Council Tax Recovery Team Leader"],
               ["Medway Council", "Head of Revenues and Benefits"]], [0.45, 0.55], True),
    ]
    opts = dict(font="Calibri", size=10.5, rl_font="Helvetica", rl_size=9, columns=2,
                header=[("OFFICIAL-SENSITIVE", "c", True), ("HMRC  DSA-LA-0093  v1.2", "r", False)],
                footer="HMRC DSA-LA-0093  -  page {PAGE}", footer2=["OFFICIAL-SENSITIVE"],
                hstyle="bold", bold_first_col=False, colour="006B6B", author="HMRC")
    meta = dict(
        stem="HMRC_DSA-LA-0093_CouncilTax_Debt", title=title, purpose=purpose,
        lead=party("HM Revenue and Customs"),
        partners=[party("Southend-on-Sea City Council", "Southend Borough Council"),
                  party("Thurrock Council", "Thurrock Council"),
                  party("Medway Council")],
        statutes=[
            S("section 48 of the Digital Economy Act 2017", "Digital Economy Act", 2017, "section 48"),
            S("the Digital Government (Disclosure of Information) Regulations 2018",
              "Digital Government (Disclosure of Information) Regulations", 2018),
            S("section 18(3) of the Commissioners for Revenue and Custom Act 2005",
              "Commissioners for Revenue and Customs Act", 2005, "section 18(3)"),
            S("the Local Government Finance Act 1992", "Local Government Finance Act", 1992),
            S("regulation 37 of the Council Tax (Administration and Enforcement) Regulations 1992",
              "Council Tax (Administration and Enforcement) Regulations", 1992, "regulation 37"),
            S("section 8 of the Data Protection Act 2018", "Data Protection Act", 2018, "section 8"),
        ],
        review_date=None, review_basis="none", commencement_date="2023-10-01",
        missing=["complaints"], formats={"docx": "docx", "pdf": "rl"})
    return blocks, opts, meta


# =========================================================================== 3. Home Office Homes for Ukraine
def homes_for_ukraine():
    title = "Homes for Ukraine Scheme: Sharing of Sponsor, Guest and Safeguarding Information with Essex Councils"
    purpose = ("This agreement governs the sharing of personal data about sponsors, their households and Ukrainian "
               "guests arriving under the Homes for Ukraine scheme, so that councils can carry out accommodation and "
               "safeguarding checks, make 'thank you' payments and provide tariff-funded support, and help guests to "
               "move on into settled accommodation.")
    councils = [
        ("Essex County Council", "Essex County Council", "Upper-tier authority: safeguarding, school places, tariff funding", "Director, Local Delivery"),
        ("Chelmsford City Council", "Chelmsford City Council", "Accommodation checks and thank you payments", "Housing Services Manager"),
        ("Colchester City Council", "Colchester Borough Council", "Accommodation checks and thank you payments", "Head of Housing"),
        ("Epping Forest District Council", "Epping Forest District Council", "Accommodation checks and thank you payments", "Housing Strategy Manager"),
        ("Harlow Council", "Harlow District Council", "Accommodation checks and thank you payments", "Head of Housing"),
        ("Southend-on-Sea City Council", "Southend Borough Council", "Unitary authority: all council functions under the scheme", "Director of Housing"),
        ("Thurrock Council", "Thurrock Council", "Unitary authority: all council functions under the scheme", "Strategic Lead, Housing Solutions"),
        ("Essex Police", "Essex Police", "Police National Computer checks on sponsors when asked by a council", "Head of Public Protection"),
    ]
    blocks = [
        ("sp", 40),
        ("big", "INFORMATION SHARING AGREEMENT", 22, True, "c"),
        ("sp", 10),
        ("big", "between the Home Office, the Department for Levelling Up, Housing and Communities and the "
                "councils in Essex", 13, False, "c"),
        ("sp", 30),
        ("big", "Version 2.0  -  June 2023", 11, False, "c"),
        ("big", "Home Office reference: HO-UKR-ISA-014", 11, False, "c"),
        ("sp", 40),
        ("t", [["Lead organisation", "Home Office"],
               ["Co-ordinating department", "Department for Levelling Up, Housing and Communities (DLUHC)"],
               ["Senior Responsible Owner", "Director, Ukraine Humanitarian Response, Home Office"],
               ["Information Asset Owner", "Head of Homes for Ukraine Casework"],
               ["Approved by", "Home Office Data Board, 14 June 2023"],
               ["Protective marking", "OFFICIAL-SENSITIVE"]], [0.35, 0.65], False),
        ("h", 2, "Version history"),
        ("t", [["Version", "Date", "Change"],
               ["0.1", "March 2022", "Interim arrangements agreed by email at scheme launch"],
               ["1.0", "September 2022", "First signed version"],
               ["2.0", "June 2023", "Move-on support and Foundry data flows added; Essex Police added as a party"]],
         [0.15, 0.25, 0.6], True),
        ("pb",),
        ("h", 1, "1. Purpose and scope"),
        ("n", "1.1", purpose),
        ("n", "1.2", "It covers data passed from the Home Office visa casework system to councils through the DLUHC "
                     "Foundry platform, and data passed back from councils about the outcome of their checks and "
                     "payments."),
        ("n", "1.3", "It does not cover the Ukraine Family Scheme, or data shared with councils outside Essex, "
                     "which are covered by separate agreements."),
        ("h", 1, "2. The parties"),
        ("n", "2.1", "The parties and their roles are set out below."),
        ("t", [["Party", "Role under this agreement", "Contact (post)"],
               ["Home Office", "Controller for visa application and sponsor data", "Head of Homes for Ukraine Casework"],
               ["Department for Levelling Up, Housing and Communities", "Controller for Foundry records and funding data",
                "Deputy Director, Homes for Ukraine Delivery"]] +
         [[n, role, post] for n, _, role, post in councils], [0.33, 0.42, 0.25], True),
        ("n", "2.2", "Each party is a controller for the data it holds. No party processes data on behalf of "
                     "another under this agreement."),
        ("h", 1, "3. Data to be shared"),
        ("t", [["Dataset", "From", "To", "Main items"],
               ["Visa application", "Home Office", "Councils (via Foundry)", "Guest and sponsor names, dates of birth, "
                "sponsor address, passport nationality, visa decision and arrival date"],
               ["Check outcomes", "Councils", "Home Office, DLUHC", "Outcome of property and safeguarding checks, "
                "DBS check status, date of first visit"],
               ["Payments", "Councils", "DLUHC", "Thank you payment dates and amounts, tariff claims"],
               ["Police checks", "Essex Police", "Requesting council", "Relevant information about sponsor household members"],
               ["Safeguarding referrals", "Any party", "Relevant council and Home Office", "Concern details, people involved"]],
         [0.2, 0.17, 0.2, 0.43], True),
        ("h", 1, "4. Legal basis"),
        ("n", "4.1", "The Home Office administers the scheme under the Immigration Act 1971 and the Immigration Rules. "
                     "Information held for immigration purposes may be supplied and received under section 20 of the "
                     "Immigration and Asylum Act 1999. The residential tenancy provisions of the Immigration Acts "
                     "2014 and 2016 do not apply to sponsors who host guests free of charge."),
        ("n", "4.2", "Councils act under the general power of competence in section 1 of the Localism Act 2011, their "
                     "duties to safeguard and promote the welfare of children under the Children Acts 1989 and 2004, "
                     "their functions on housing conditions under Part 1 of the Housing Act 2004 and their "
                     "homelessness duties under Part 7 of the Housing Act 1996."),
        ("n", "4.3", "The lawful basis for processing is UK GDPR Article 6(1)(e). Special category data and criminal "
                     "offence data are processed under Article 9(2)(g) and Article 10, with the conditions in Part 2 "
                     "of Schedule 1 to the Data Protection Act 2018 (safeguarding of children and of individuals at "
                     "risk)."),
        ("n", "4.4", "Essex Police discloses information for policing purposes, having regard to the Code of Practice "
                     "on the Management of Police Information."),
        ("h", 1, "5. How information will be shared"),
        ("n", "5.1", "Visa and sponsor data are made available to each council on the Foundry platform and refreshed "
                     "daily. Councils record check outcomes and payments on Foundry within five working days."),
        ("n", "5.2", "Urgent safeguarding information is shared by telephone and confirmed by secure email (gov.uk, "
                     "pnn.police.uk or Egress) on the same day."),
        ("h", 1, "6. Keeping information secure"),
        ("n", "6.1", "Foundry access is granted to named council officers only, with two-factor authentication, and "
                     "is removed when they leave the role."),
        ("n", "6.2", "Downloads from Foundry must be stored on council systems accredited for OFFICIAL-SENSITIVE "
                     "information and must not be shared with sponsors or guests."),
        ("h", 1, "7. Data quality and accuracy"),
        ("n", "7.1", "Visa data are supplied by applicants and the Home Office does not guarantee their accuracy. "
                     "Councils will update the sponsor address and guest contact details on Foundry when they find "
                     "them to be wrong, so that all parties work from the same record."),
        ("h", 1, "8. Retention"),
        ("n", "8.1", "The Home Office keeps visa records in line with its Borders, Immigration and Citizenship "
                     "retention schedule. Councils keep scheme records for six years after the last payment to the "
                     "sponsor. DLUHC will delete Foundry data when the scheme closes, once funding has been reconciled."),
        ("h", 1, "9. Data subjects' rights, enquiries and complaints"),
        ("n", "9.1", "The parties publish privacy notices describing this sharing. Each party responds to subject "
                     "access and other rights requests for the data it holds, and passes on requests that are for "
                     "another party within two working days."),
        ("n", "9.2", "Complaints about the handling of personal data are dealt with under the complaints procedure of "
                     "the party concerned. Complainants may also contact the Information Commissioner's Office."),
        ("h", 1, "10. Personal data breaches"),
        ("n", "10.1", "A party that discovers a personal data breach affecting data shared under this agreement must "
                      "tell the Home Office Data Protection Officer and the DLUHC Data Protection Officer within 24 "
                      "hours, and co-operate in the investigation. The party in control of the data decides whether "
                      "to notify the ICO and the people affected."),
        ("h", 1, "11. Commencement, review and exit"),
        ("n", "11.1", "This agreement has effect from 1 July 2023 and replaces the interim arrangements of March 2022 "
                      "and version 1.0."),
        ("n", "11.2", "The parties will review this agreement no later than September 2025, or earlier if the scheme "
                      "rules change."),
        ("n", "11.3", "A party may leave the agreement by giving one month's notice to the Home Office; data already "
                      "shared remain subject to its terms."),
        ("h", 1, "12. Signatures"),
        ("sig", [("the Home Office", "Daniel Greaves", "Director, Ukraine Humanitarian Response", "21/06/2023"),
                 ("the Department for Levelling Up, Housing and Communities", "Priya Raman",
                  "Deputy Director, Homes for Ukraine Delivery", "22/06/2023"),
                 ("Essex County Council", "Louise Hartley", "Director, Local Delivery", "26/06/2023"),
                 ("Chelmsford City Council", "Paul Brookes", "Director of Public Places", "27/06/2023"),
                 ("Colchester City Council", "Simon Collins", "Head of Housing", "27/06/2023"),
                 ("Epping Forest District Council", "Rachel Dunn", "Strategic Director", "28/06/2023"),
                 ("Harlow Council", "Andrew Bramidge", "Director of Strategic Growth", "28/06/2023"),
                 ("Southend-on-Sea City Council", "Glyn Halksworth", "Director of Housing", "29/06/2023"),
                 ("Thurrock Council", "Ewelina Sorbjan", "Strategic Lead, Housing Solutions", "29/06/2023"),
                 ("Essex Police", "Det Supt Mark Gardiner", "Head of Public Protection", "30/06/2023")]),
        ("h", 1, "Annex A  Contacts"),
        ("t", [["Party", "Contact"],
               ["Home Office", "Homes for Ukraine Casework Team (secure mailbox)"],
               ["DLUHC", "Homes for Ukraine Delivery Team"],
               ["Councils", "Homes for Ukraine lead officer in each council"],
               ["Essex Police", "Public Protection Unit"]], [0.35, 0.65], True),
    ]
    opts = dict(font="Arial", size=10.5,
                header=[("OFFICIAL-SENSITIVE", "r", True), (title, "l", False)],
                footer="HO-UKR-ISA-014  v2.0  Page {PAGE}", footer2=["OFFICIAL-SENSITIVE"],
                hstyle="heading", bold_first_col=True, colour="5B2C6F")
    meta = dict(
        stem="HO_HomesForUkraine_ISA_Essex_v2", title=title, purpose=purpose,
        lead=party("Home Office"),
        partners=[party("Department for Levelling Up, Housing and Communities")] +
                 [party(n, o) for n, o, _, _ in councils],
        statutes=[
            S("the Immigration Act 1971", "Immigration Act", 1971),
            S("section 20 of the Immigration and Asylum Act 1999", "Immigration and Asylum Act", 1999, "section 20"),
            S("the Immigration Acts 2014 and 2016", "Immigration Act", 2014),
            S("the Immigration Acts 2014 and 2016", "Immigration Act", 2016),
            S("section 1 of the Localism Act 2011", "Localism Act", 2011, "section 1"),
            S("the Children Acts 1989 and 2004", "Children Act", 1989),
            S("the Children Acts 1989 and 2004", "Children Act", 2004),
            S("Part 1 of the Housing Act 2004", "Housing Act", 2004, "Part 1"),
            S("Part 7 of the Housing Act 1996", "Housing Act", 1996, "Part 7"),
            S("Part 2 of Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1, Part 2"),
        ],
        review_date="2025-09-30", review_basis="explicit", commencement_date="2023-07-01",
        missing=[], formats={"docx": "docx", "doc": "lo", "pdf": "lo"})
    return blocks, opts, meta


# =========================================================================== 4. Cabinet Office NFI
def nfi():
    title_lines = ["National Fraud Initiative:", "Data Sharing Agreement for Voluntary Participants in the East of England"]
    title = " ".join(title_lines)
    purpose = ("This agreement enables the voluntary participants named in section 2 to provide data to the Cabinet "
               "Office for matching in the National Fraud Initiative (NFI), so that matches indicating possible "
               "fraud, overpayment or error can be returned to them for investigation.")
    parts = [
        ("Colchester Borough Homes", "Colchester Borough Homes", "Arm's length housing management organisation", "Head of Tenancy Services"),
        ("Estuary Housing Association", "Estuary Housing", "Housing association", "Head of Governance"),
        ("Greenfields Community Housing", "Greenfields Community Housing", "Housing association", "Data Protection Officer"),
        ("Sanctuary Housing Association", "Sanctuary Housing", "Housing association", "Group Counter Fraud Manager"),
        ("East Suffolk and North Essex NHS Foundation Trust", None, "NHS foundation trust", "Local Counter Fraud Specialist"),
        ("Mid and South Essex NHS Foundation Trust", None, "NHS foundation trust", "Local Counter Fraud Specialist"),
        ("Cambridge University Hospitals NHS Foundation Trust", None, "NHS foundation trust", "Head of Information Governance"),
    ]
    blocks = [
        ("big", "Cabinet Office", 16, True, "l"),
        ("sp", 20),
        ("t", [["\n".join(title_lines), ""],
               ["Lead department", "Cabinet Office"],
               ["Delivered by", "NFI team, Public Sector Fraud Authority"],
               ["Reference", "CO-NFI-DSA-EoE-07"],
               ["Version", "1.0 (final)"],
               ["Classification", "OFFICIAL-SENSITIVE"],
               ["Approved by", "NFI Programme Board, 12 June 2024"],
               ["Review due", "30 June 2025"]], [0.3, 0.7], False, True),
        ("sp", 14),
        ("h", 2, "Change history"),
        ("t", [["Version", "Date", "Author", "Notes"],
               ["0.3", "April 2024", "NFI Data Protection Lead", "Draft for participant comment"],
               ["1.0", "June 2024", "NFI Data Protection Lead", "Final for the 2024/25 exercise"]],
         [0.12, 0.18, 0.3, 0.4], True),
        ("body",),
        ("pb",),
        ("h", 1, "1. Purpose"),
        ("p", purpose),
        ("p", "The NFI compares electronic data within and between public bodies to find inconsistencies that may "
              "indicate fraud, such as a tenancy held by a person who has died or an employee paid by two bodies. A "
              "match is not in itself evidence of fraud; each match must be reviewed by the participant."),
        ("h", 1, "2. Parties"),
        ("p", "The Cabinet Office and the following voluntary participants are parties to this agreement."),
        ("t", [["Participant", "Type of body", "Contact (post)"]] + [[n, k, c] for n, _, k, c in parts],
         [0.42, 0.3, 0.28], True),
        ("p", "Each participant is a controller for the data it provides and for the matches returned to it. The "
              "Cabinet Office is a controller for the data while it is held in the NFI system."),
        ("h", 1, "3. Data to be provided"),
        ("t", [["Dataset", "Provided by", "Main data items"],
               ["Payroll", "All participants", "Employee name, address, date of birth, NI number, bank account, pay"],
               ["Housing tenants", "Housing participants", "Tenant names, dates of birth, tenancy address and start date"],
               ["Right to buy", "Housing participants", "Applicant names, property, application date"],
               ["Trade creditors", "All participants", "Supplier name, address, bank details, VAT number, payments"]],
         [0.22, 0.25, 0.53], True),
        ("p", "The full specifications, including mandatory and optional fields, are in the NFI Data Specifications "
              "2024/25 referred to in Annex A."),
        ("h", 1, "4. Legal powers"),
        ("p", "The Cabinet Office conducts data matching exercises under Part 6 of the Local Audit Accountability Act "
              "2014. Bodies that are not required to take part may provide data voluntarily; the Act provides that "
              "a voluntary disclosure for the purposes of data matching does not breach any obligation of "
              "confidence owed by the participant."),
        ("p", "Data matching is carried out in accordance with the Code of Data Matching Practice issued under the "
              "2014 Act. No patient information is provided by NHS participants, so the common law duty of "
              "confidentiality owed to patients is not engaged."),
        ("p", "Processing is lawful under UK GDPR Article 6(1)(c) and (e). Where matches are investigated, criminal "
              "offence data are processed in line with Schedule 1 to the Data Protection Act 2018. Offences that "
              "may be identified include those under the Fraud Act 2006."),
        ("h", 1, "5. Data submission"),
        ("p", "Data are extracted as at 30 September 2024 and uploaded by each participant to the NFI secure web "
              "application by 2 December 2024. Files must be in the formats set out in the specifications (CSV or "
              "fixed width). Matches are released to participants on the web application from January 2025."),
        ("h", 1, "6. Security"),
        ("p", "The NFI web application is hosted in the UK by a supplier certified to ISO/IEC 27001 and accredited "
              "for OFFICIAL-SENSITIVE information. Users are nominated by the participant's key contact, use "
              "two-factor authentication and see only their own body's matches."),
        ("p", "Data must not be sent to the Cabinet Office by email or on removable media."),
        ("h", 1, "7. Responsibilities for the data"),
        ("p", "Participants are responsible for the accuracy and completeness of the data they submit. The Cabinet "
              "Office checks file formats and field completion and will reject a file that fails validation, but "
              "it does not check the content against the participant's own records."),
        ("h", 1, "8. Retention"),
        ("p", "The Cabinet Office deletes participant data from the NFI system within three months of the end of "
              "the exercise, except where data are needed for an investigation in progress. Participants keep "
              "match reports and investigation records in line with their own retention policies."),
        ("h", 1, "9. Security incidents"),
        ("p", "A participant that becomes aware of any loss or unauthorised disclosure of NFI data or matches must "
              "tell the NFI team within 24 hours. The Cabinet Office will tell affected participants of any incident "
              "in the NFI system without undue delay."),
        ("h", 1, "10. Fees"),
        ("p", "Voluntary participants pay the fee published in the NFI work programme and scale of fees for 2024/25. "
              "Invoices are raised after data have been received."),
        ("h", 1, "11. Term and withdrawal"),
        ("p", "This agreement applies from 1 July 2024 and covers the 2024/25 exercise. A participant may withdraw "
              "before submitting data by notifying the NFI team in writing; after data have been submitted they "
              "will be matched and the matches released."),
        ("h", 1, "12. Signatures"),
        ("sig", [("the Cabinet Office", "Mark Cheeseman", "Chief Executive, Public Sector Fraud Authority",
                  "01/07/2024")] +
         [(n, nm, p, d) for (n, _, _, _), (nm, p, d) in zip(parts, [
             ("Mandy Jones", "Chief Executive", "08/07/2024"),
             ("Karen Hughes", "Director of Resources", "10/07/2024"),
             ("Jenny Upton", "Director of Corporate Services", "09/07/2024"),
             ("Ed Lunt", "Group Director of Finance", "15/07/2024"),
             ("Nick Hulme", "Chief Executive", "12/07/2024"),
             ("Matthew Hopkins", "Chief Executive", "16/07/2024"),
             ("Roland Sinker", "Chief Executive", "18/07/2024")])]),
        ("h", 1, "Annex A  Related documents"),
        ("b", ["NFI Data Specifications 2024/25",
               "Code of Data Matching Practice",
               "NFI work programme and scale of fees 2024/25"]),
    ]
    opts = dict(font="Arial", size=10, rl_font="Helvetica", rl_size=9.5, columns=1, boxed_headings=True,
                header=[("OFFICIAL-SENSITIVE", "l", True), ("Cabinet Office  |  National Fraud Initiative  |  CO-NFI-DSA-EoE-07", "r", False)],
                footer="Page {PAGE}", footer2=["OFFICIAL-SENSITIVE"], hstyle="heading", bold_first_col=True,
                colour="1D5B79")
    meta = dict(
        stem="CabinetOffice_NFI_DSA_EastOfEngland", title=title, purpose=purpose,
        lead=party("Cabinet Office"),
        partners=[party(n, o) for n, o, _, _ in parts],
        statutes=[
            S("Part 6 of the Local Audit Accountability Act 2014", "Local Audit and Accountability Act", 2014, "Part 6"),
            S("Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
            S("the Fraud Act 2006", "Fraud Act", 2006),
        ],
        review_date="2025-06-30", review_basis="explicit", commencement_date="2024-07-01",
        missing=["individual_rights", "complaints"], formats={"docx": "docx", "pdf": "rl"})
    return blocks, opts, meta


# =========================================================================== 5. DLUHC Supporting Families
def supporting_families():
    title_lines = ["Supporting Families Programme:", "Sharing of Family Outcomes Data with Local Authorities"]
    title = " ".join(title_lines)
    purpose = ("This Arrangement allows the Department for Work and Pensions, the Ministry of Justice and the "
               "Department for Education to share information with the participating local authorities, through "
               "the Supporting Families data service, about families facing multiple disadvantages, so that the "
               "authorities can identify families who need early help and show whether their outcomes improve.")
    sigs = [
        ("the Department for Levelling Up, Housing and Communities", "Catherine Frances", "Director General, Local Government", "29/02/2024"),
        ("the Department for Work and Pensions", "Alan Bray", "Director, Data Sharing and Integration", "04/03/2024"),
        ("the Ministry of Justice", "Sarah Whitehead", "Chief Data Officer", "07/03/2024"),
        ("the Department for Education", "Tom Bewick", "Director, Children's Social Care Data", "08/03/2024"),
        ("Essex County Council", "Helen Lincoln", "Executive Director, Children, Families and Education", "12/03/2024"),
        ("Suffolk County Council", "Andrew Hurst", "Director of Children and Young People's Services", "14/03/2024"),
        ("Thurrock Council", "Sheila Murphy", "Corporate Director, Children's Services", "13/03/2024"),
    ]
    blocks = [
        ("big", "Department for Levelling Up, Housing and Communities", 14, True, "l"),
        ("sp", 40),
        ("big", "Data Sharing Arrangement under Part 5 of the Digital Economy Act 2017", 13, False, "c"),
        ("sp", 10),
        ("box", title_lines, 18),
        ("sp", 20),
        ("t", [["Arrangement reference", "DEA-PSD-SF-022"],
               ["Version", "1.0"],
               ["Objective", "Multiple disadvantages (public service delivery)"],
               ["Senior Responsible Owner", "Deputy Director, Supporting Families"],
               ["Information Asset Owner", "Head of Supporting Families Data and Analysis"],
               ["Review", "See paragraph 13.2"]], [0.35, 0.65], False),
        ("pb",),
        ("h", 1, "1. Introduction"),
        ("n", "1.1", purpose),
        ("n", "1.2", "The Arrangement is led by the Department for Levelling Up, Housing and Communities (DLUHC), which "
                     "runs the Supporting Families programme and operates the data service on behalf of the parties."),
        ("n", "1.3", "It is an information sharing arrangement for the purposes of the Code of Practice for public "
                     "authorities disclosing information under Chapters 1, 3 and 4 of Part 5 of the 2017 Act, and "
                     "will be entered in the public register of such arrangements."),
        ("h", 1, "2. Parties"),
        ("n", "2.1", "The parties to this Arrangement are:"),
        ("b", ["the Department for Levelling Up, Housing and Communities (DLUHC);",
               "the Department for Work and Pensions (DWP);",
               "the Ministry of Justice (MoJ);",
               "the Department for Education (DfE);",
               "Essex County Council;",
               "Suffolk County Council;",
               "Thurrock Council."]),
        ("n", "2.2", "Each party is a separate controller for the data it discloses and receives. DLUHC acts as "
                     "processor for the local authorities when it performs the matching in the data service."),
        ("h", 1, "3. The objective and its benefits"),
        ("n", "3.1", "The specified objective is the multiple disadvantages objective set out in Schedule 4 to the "
                     "Digital Government (Disclosure of Information) Regulations 2018: identifying individuals or "
                     "households who face multiple disadvantages and enabling the improvement or targeting of "
                     "public services provided to them."),
        ("n", "3.2", "Expected benefits are earlier identification of families who need support, fewer assessments "
                     "repeated by different services, and better evidence of what helps families."),
        ("h", 1, "4. Data to be shared"),
        ("t", [["Source", "Data items", "Recipient"],
               ["DWP", "Out-of-work benefit and Universal Credit indicators for adults in the family, with dates",
                "Local authority (via data service)"],
               ["MoJ", "Proven offending indicators and dates for family members aged 10 and over",
                "Local authority (via data service)"],
               ["DfE", "Persistent absence, exclusions, children in need and child protection flags",
                "Local authority (via data service)"],
               ["Local authority", "Names, dates of birth and addresses of family members in the programme",
                "DLUHC data service (for matching only)"]], [0.17, 0.55, 0.28], True),
        ("h", 1, "5. Legal power"),
        ("n", "5.1", "Disclosures are made under section 35 of the Digital Economy Act 2017 (disclosure of information "
                     "to improve public service delivery). All parties are specified persons listed in Schedule 4 "
                     "to the Act."),
        ("n", "5.2", "Local authorities also rely on their duty under section 10 of the Children Act 2004 to make "
                     "arrangements to co-operate to improve the well-being of children, and on their functions under "
                     "Part 3 of the Children and Families Act 2014."),
        ("n", "5.3", "Information disclosed by DWP may not be further disclosed except as this Arrangement allows. "
                     "Unauthorised disclosure is an offence under section 123 of the Social Security Adminstration "
                     "Act 1992."),
        ("n", "5.4", "The lawful basis for processing is UK GDPR Article 6(1)(e) with section 8 of the Data Protection "
                     "Act 2018. Special category and criminal offence data are processed under the conditions in "
                     "Schedule 1 to that Act."),
        ("h", 1, "6. Transfer and frequency"),
        ("n", "6.1", "Each local authority uploads its family list to the data service by secure file transfer once a "
                     "quarter. DLUHC matches the list against the DWP, MoJ and DfE extracts, which are supplied "
                     "quarterly, and returns the matched indicators to the local authority within 20 working days."),
        ("h", 1, "7. Security"),
        ("n", "7.1", "The data service is hosted on DLUHC infrastructure accredited to OFFICIAL. Local authority "
                     "users access results through named accounts with multi-factor authentication."),
        ("n", "7.2", "Source extracts are held in a separate area of the service that local authority users cannot "
                     "see."),
        ("h", 1, "8. Data accuracy"),
        ("n", "8.1", "Each source department is responsible for the accuracy of its extract. Where a local authority "
                     "finds that a returned indicator is wrong, it tells DLUHC, which passes the query to the source "
                     "department and records the outcome."),
        ("h", 1, "9. Retention"),
        ("n", "9.1", "DLUHC deletes each set of source extracts when the next quarter's extracts are loaded. Local "
                     "authorities keep returned indicators on the family's early help record for as long as the "
                     "record is kept under their retention schedule."),
        ("h", 1, "10. Transparency and individuals' rights"),
        ("n", "10.1", "Each party publishes a privacy notice that describes this Arrangement. Requests from "
                      "individuals to exercise their rights are handled by the party that receives them, which will "
                      "consult the source department where needed."),
        ("h", 1, "11. Complaints"),
        ("n", "11.1", "Complaints from the public are dealt with under each party's own complaints procedure. A party "
                      "that receives a complaint about another party's processing will pass it on within five "
                      "working days."),
        ("h", 1, "12. Data breaches"),
        ("n", "12.1", "Any personal data breach involving data shared under this Arrangement must be reported to "
                      "DLUHC and to the source department within 24 hours. The controller concerned decides whether "
                      "to notify the Information Commissioner."),
        ("h", 1, "13. Term, review and termination"),
        ("n", "13.1", "This Arrangement comes into effect on the date on which it has been signed by all the parties."),
        ("n", "13.2", "It will be reviewed 12 months after the date on which it is signed by the last party, and "
                      "annually after that."),
        ("n", "13.3", "A party may withdraw by giving three months' notice to DLUHC."),
        ("h", 1, "14. Signatures"),
        ("sig", sigs),
    ]
    opts = dict(font="Arial", size=10.5,
                header=[("OFFICIAL", "c", True)],
                footer="DEA-PSD-SF-022  |  Page {PAGE}", footer2=["OFFICIAL"],
                hstyle="heading", bold_first_col=True, colour="00625E")
    meta = dict(
        stem="DLUHC_SupportingFamilies_DEA_Arrangement", title=title, purpose=purpose,
        lead=party("Department for Levelling Up, Housing and Communities"),
        partners=[party("Department for Work and Pensions"), party("Ministry of Justice"),
                  party("Department for Education"), party("Essex County Council", "Essex County Council"),
                  party("Suffolk County Council"), party("Thurrock Council", "Thurrock Council")],
        statutes=[
            S("section 35 of the Digital Economy Act 2017", "Digital Economy Act", 2017, "section 35"),
            S("Schedule 4 to the Digital Government (Disclosure of Information) Regulations 2018",
              "Digital Government (Disclosure of Information) Regulations", 2018, "Schedule 4"),
            S("section 10 of the Children Act 2004", "Children Act", 2004, "section 10"),
            S("Part 3 of the Children and Families Act 2014", "Children and Families Act", 2014, "Part 3"),
            S("section 123 of the Social Security Adminstration Act 1992", "Social Security Administration Act",
              1992, "section 123"),
            S("section 8 of the Data Protection Act 2018", "Data Protection Act", 2018, "section 8"),
        ],
        review_date="2025-03-14", review_basis="relative", commencement_date="2024-03-14",
        missing=[], formats={"docx": "docx", "doc": "lo", "pdf": "lo"})
    return blocks, opts, meta
