"""The agreements of the `district_council` family, with the truth for each.

Block kinds (rendered by make.py):
  ("big", text, size[, align])       large bold line (cover)
  ("center"|"left", text, size, bold)
  ("spacer", n) / ("pb",)             vertical space / page break
  ("boxtitle", [(text, size, bold)])  title in a bordered one-cell table
  ("textbox", [(text, size, bold)], width_pt, height_pt)   DOCX text box
  ("h", text, keys)                   heading; keys = canonical section key(s)
  ("clause", letter, text, keys)      lettered clause heading
  ("h2", text)  ("p", text)  ("pi", text)  ("bul", [..])  ("small", text)
  ("table", rows, opts)  ("kv", rows)  ("toc", heading, [lines])
  ("template", "single"|"two")        reportlab page template switch
Text may contain **bold** spans.
"""


def S(citation, title, year, provision=None, kind="act", cat=True):
    return {"citation": citation, "title": title, "year": year,
            "provision": provision, "kind": kind, "in_catalogue": cat}


def P(name, org=None):
    return {"name": name, "org": org}


UKGDPR = "UK General Data Protection Regulation"

AGREEMENTS = []

# ==========================================================================
# 1. Uttlesford DC  <->  DWP : Universal Credit data share for CTR
#    docx + pdf (LibreOffice) + doc.  Title only on the cover, in a bordered
#    one-cell table.  Lettered clauses.  Review relative to last signature.
# ==========================================================================

U_PURPOSE = (
    "The purpose of this agreement is to set out the terms on which DWP will supply the "
    "Council with Universal Credit claim and award information through the UCDS, so that "
    "the Council can assess, award and review Council Tax Reduction for residents of the "
    "Uttlesford district who claim Universal Credit without asking them to provide the same "
    "information twice.")

AGREEMENTS.append(dict(
    id="uttlesford_ctr",
    base="UDC_DWP_Council_Tax_Reduction_DSA_v2.1",
    renderer="docx",
    outputs=["docx", "pdf", "doc"],
    core=dict(author="jwhitlock", title="DSA - DWP UCDS", created="2023-02-20T10:14:00",
              modified="2023-03-09T16:40:00", revision=14),
    docx_style=dict(headings="bold", body_indent_mm=10, heading_size=11.5),
    header=None,
    footer=("UDC-LDS-DSA-014  |  Version 2.1  |  Page {PAGE} of {NUMPAGES}", "center"),
    first_page_different=True,
    cover=[
        ("spacer", 3),
        ("big", "UTTLESFORD DISTRICT COUNCIL", 28),
        ("spacer", 3),
        ("boxtitle", [("Council Tax Reduction: Universal Credit Data Sharing Agreement", 20, True)]),
        ("spacer", 1),
        ("center", "between", 12, False),
        ("center", "Uttlesford District Council", 14, True),
        ("center", "and", 12, False),
        ("center", "the Department for Work and Pensions", 14, True),
        ("spacer", 4),
        ("center", "Version 2.1 (Final) \u2013 March 2023", 11, False),
        ("spacer", 6),
        ("center", "Legal and Democratic Services\nCouncil Offices, London Road, Saffron Walden, Essex CB11 4ER", 9, False),
        ("pb",),
    ],
    blocks=[
        ("h", "Document control", None),
        ("kv", [
            ["Document reference", "UDC-LDS-DSA-014"],
            ["Version", "2.1"],
            ["Status", "Final \u2013 for signature"],
            ["Responsible organisation", "Uttlesford District Council"],
            ["Prepared by", "Solicitor, Legal and Democratic Services"],
            ["Approved by", "Director of Finance and Corporate Services (Section 151 Officer)"],
            ["Data Protection Officer consulted", "Yes \u2013 20 February 2023"],
            ["Data protection impact assessment", "DPIA-2023-03 (Revenues and Benefits)"],
            ["Review", "See clause M"],
        ]),
        ("h2", "Version history"),
        ("table", [
            ["Version", "Date", "Summary of change", "Author"],
            ["0.1", "November 2018", "First draft following the Council\u2019s move to the UCDS", "J. Whitlock"],
            ["1.0", "January 2019", "Signed by both parties", "J. Whitlock"],
            ["2.0", "February 2023", "Rewritten for the UK GDPR and DWP\u2019s revised terms", "J. Whitlock"],
            ["2.1", "March 2023", "DWP comments on clauses G and K incorporated", "J. Whitlock"],
        ], dict(widths=[0.12, 0.2, 0.48, 0.2])),
        ("pb",),
        ("toc", "Contents", [
            "A.  Parties", "B.  Definitions and interpretation", "C.  Purpose",
            "D.  Information to be shared", "E.  Legal basis",
            "F.  Individuals\u2019 rights and requests for information", "G.  Security",
            "H.  Method and frequency of transfer", "I.  Retention and disposal",
            "J.  Accuracy", "K.  Security incidents", "L.  Costs and liability", "M.  Review",
            "N.  Commencement and termination", "Signatures",
            "Schedule 1 \u2013 Data items", "Schedule 2 \u2013 Contacts"]),
        ("spacer", 1),
        ("clause", "A", "PARTIES", None),
        ("p", "This agreement is made between:"),
        ("pi", "(1)\tUTTLESFORD DISTRICT COUNCIL of Council Offices, London Road, Saffron Walden, "
               "Essex CB11 4ER (\u201cthe Council\u201d); and"),
        ("pi", "(2)\tTHE SECRETARY OF STATE FOR WORK AND PENSIONS, acting through the Department for "
               "Work and Pensions, of Caxton House, Tothill Street, London SW1H 9NA (\u201cDWP\u201d),"),
        ("p", "together \u201cthe Parties\u201d."),
        ("clause", "B", "DEFINITIONS AND INTERPRETATION", None),
        ("p", "In this agreement:"),
        ("pi", "**\u201cAgreement\u201d** means this data sharing agreement and its Schedules;"),
        ("pi", "**\u201cCouncil Tax Reduction\u201d** or **\u201cCTR\u201d** means a reduction in council tax "
               "under the Council\u2019s council tax reduction scheme made under section 13A of the "
               "Local Goverment Finance Act 1992;"),
        ("pi", "**\u201cData Protection Legislation\u201d** means the UK GDPR, the Data Protection Act 2018 "
               "and any other law about the processing of personal data that applies to either Party;"),
        ("pi", "**\u201cUK GDPR\u201d** means the United Kingdom General Data Protection Regulation;"),
        ("pi", "**\u201cUC\u201d** means Universal Credit;"),
        ("pi", "**\u201cUCDS\u201d** means the Universal Credit Data Share, the electronic service through "
               "which DWP makes UC information available to local authorities; and"),
        ("pi", "**\u201cWorking Day\u201d** means a day other than a Saturday, Sunday or public holiday in England."),
        ("p", "Headings are for convenience only. A reference to an Act or regulation includes any "
              "amendment or re-enactment of it."),
        ("clause", "C", "PURPOSE", "purpose"),
        ("p", U_PURPOSE),
        ("p", "Since the introduction of UC the Council no longer receives information about a "
              "working-age resident\u2019s income through the housing benefit system. Without the UCDS "
              "the Council would have to ask each claimant to provide evidence of their UC award, which "
              "delays awards of CTR and increases the risk of error."),
        ("p", "The Council will use the information only to assess, award, review and recover CTR, to "
              "administer any remaining housing benefit claims, and to prevent and detect fraud and error "
              "in those schemes. It will not use the information for any other purpose without DWP\u2019s "
              "prior written agreement."),
        ("clause", "D", "INFORMATION TO BE SHARED", "information_shared"),
        ("p", "DWP will make available to the Council, for each person who has claimed UC and whose "
              "address is in the Uttlesford district, the information listed in Schedule 1. In summary:"),
        ("bul", [
            "identity details: name, date of birth, National Insurance number and address;",
            "the UC assessment period, the award amount and the elements included in it (housing "
            "costs, child, carer and limited capability for work elements);",
            "earned and unearned income taken into account in the UC calculation;",
            "household composition: partner, children and non-dependants; and",
            "notifications of new claims, changes of circumstances, suspensions and terminations.",
        ]),
        ("p", "The Council will return to DWP only the information DWP needs to investigate a suspected "
              "fraud or error, using the referral process in clause H. No information about a claimant\u2019s "
              "health will be shared beyond the fact that a limited capability for work element is "
              "included in the award."),
        ("clause", "E", "LEGAL BASIS", "legal_basis"),
        ("p", "DWP supplies UC information to the Council under section 131 of the Welfare Reform Act "
              "2012 and the Social Security (Information-sharing in relation to Welfare Services etc.) "
              "Regulations 2012, which allow DWP to share social security information with a local "
              "authority for purposes connected with a council tax reduction scheme."),
        ("p", "The Council administers CTR under its scheme made in accordance with the Council Tax "
              "Reduction Schemes (Prescribed Requirements) (England) Regulations 2012, and has power under "
              "section 111 of the Local Government Act 1972 to do anything calculated to facilitate, or "
              "conducive or incidental to, the discharge of that function."),
        ("p", "Information received from DWP remains social security information. Section 123 of the "
              "Social Security Administration Act 1992 makes it a criminal offence for a person employed "
              "by a local authority to disclose such information without lawful authority. The Council will "
              "make sure that every member of staff with access to the UCDS is told about this before "
              "access is granted."),
        ("p", "For the purposes of the Data Protection Legislation each Party is a separate controller of "
              "the personal data it holds. The processing is necessary for the performance of a task carried "
              "out in the public interest and in the exercise of official authority vested in the controller "
              "(Article 6(1)(e) of the UK GDPR). The Parties do not intend to share special category data; "
              "if that becomes necessary they will first agree the condition relied on and record it in a "
              "variation to this Agreement."),
        ("clause", "F", "INDIVIDUALS\u2019 RIGHTS AND REQUESTS FOR INFORMATION", "individual_rights"),
        ("p", "The Council\u2019s Revenues and Benefits privacy notice tells CTR claimants that information "
              "will be obtained from DWP. DWP\u2019s privacy notice for UC tells claimants that their "
              "information may be shared with local authorities."),
        ("p", "Each Party will deal with requests made to it under the Data Protection Legislation, "
              "including subject access requests, under its own procedures. Where a request relates to "
              "information the Council has received from DWP, the Council will tell DWP\u2019s Local "
              "Authority Partnership team within two Working Days so that DWP can say whether an exemption "
              "should be considered."),
        ("p", "Requests under the Freedom of Information Act 2000 will be handled by the Party that "
              "receives them. The Council will consult DWP before disclosing this Agreement or any "
              "information supplied under it."),
        ("clause", "G", "SECURITY", "security"),
        ("p", "The Council will:"),
        ("bul", [
            "access the UCDS only through DWP\u2019s Searchlight portal, from Council-managed devices "
            "connected to the Council\u2019s network;",
            "allow access only to officers named on its employee authorisation list, which it will "
            "review every quarter and send to DWP;",
            "make sure that each authorised officer has completed DWP\u2019s security awareness training "
            "and the Council\u2019s data protection training within the previous 12 months;",
            "not print UC information except where a paper claim file is unavoidable, and keep any printed "
            "copy in locked storage;",
            "comply with DWP\u2019s Security Standards for Local Authorities and the HMG Security Policy "
            "Framework; and",
            "provide DWP each year with a compliance statement signed by its Section 151 Officer.",
        ]),
        ("clause", "H", "METHOD AND FREQUENCY OF TRANSFER", "format_frequency"),
        ("p", "UC information is made available through the UCDS every Working Day. The Council\u2019s "
              "revenues and benefits system collects the daily files by automated secure file transfer "
              "and matches them to CTR claims overnight."),
        ("p", "Referrals of suspected fraud or error from the Council to DWP are made on DWP\u2019s standard "
              "referral form through the Single Fraud Investigation Service referral portal. Neither Party "
              "will send personal data to the other by ordinary email or by post."),
        ("clause", "I", "RETENTION AND DISPOSAL", "retention"),
        ("p", "The Council will keep information received from DWP for as long as it is needed for the CTR "
              "claim to which it relates and then for six years after the end of the financial year in "
              "which the claim ends, in line with its retention schedule for revenues and benefits "
              "records. Electronic records are removed by the annual purge routine in the revenues and "
              "benefits system; paper records are cross-cut shredded on site."),
        ("clause", "J", "ACCURACY", "accuracy"),
        ("p", "DWP is responsible for the accuracy of the information at the time it is supplied. If the "
              "Council finds that UCDS information appears to be wrong, it will tell DWP through the UCDS "
              "discrepancy process and will not change a CTR decision on the strength of it until DWP has "
              "confirmed the position, unless the claimant provides satisfactory evidence."),
        ("clause", "K", "SECURITY INCIDENTS", "breach"),
        ("p", "If the Council becomes aware of any loss of, unauthorised access to or unauthorised "
              "disclosure of information supplied by DWP, it will tell DWP\u2019s Local Authority Security "
              "team within 24 hours and its own Data Protection Officer immediately. The Council will "
              "contain the incident, investigate it and give DWP a written report. The Party that is the "
              "controller of the information concerned will decide, after consulting the other, whether "
              "the Information Commissioner and the individuals affected must be told."),
        ("clause", "L", "COSTS AND LIABILITY", None),
        ("p", "Each Party will bear its own costs of complying with this Agreement. Nothing in this "
              "Agreement makes either Party liable to the other for any loss arising from the use of "
              "information supplied in good faith."),
        ("clause", "M", "REVIEW", None),
        ("p", "This agreement will be reviewed two years from the date of the last signature, or earlier "
              "if there is a change in the law, a serious security incident or a change to the UCDS. Any "
              "change must be agreed in writing and signed on behalf of both Parties."),
        ("clause", "N", "COMMENCEMENT AND TERMINATION", "agreement"),
        ("p", "This agreement takes effect on the date of the last signature below and replaces the "
              "agreement between the Parties signed in January 2019."),
        ("p", "Either Party may end this Agreement by giving three months\u2019 notice in writing. DWP may "
              "suspend the Council\u2019s access to the UCDS at once if it reasonably believes the Council "
              "is in breach of clause G. After termination the Council will continue to apply clauses G, I "
              "and K to information it already holds."),
        ("h", "SIGNATURES", None),
        ("sig", "Signed for and on behalf of **Uttlesford District Council**",
         [["Signature", "A. Webb"], ["Name", "Adrian Webb"],
          ["Position", "Director of Finance and Corporate Services"], ["Date", "14 March 2023"]]),
        ("sig", "Signed for and on behalf of **the Department for Work and Pensions**",
         [["Signature", "H. Marsh"], ["Name", "Helen Marsh"],
          ["Position", "Head of Local Authority Data Sharing"], ["Date", "3 April 2023"]]),
        ("pb",),
        ("h", "SCHEDULE 1 \u2013 DATA ITEMS", None),
        ("table", [
            ["Item", "Description", "From", "To"],
            ["Claimant identity", "Surname, forenames, date of birth, NINO", "DWP", "Council"],
            ["Address", "Current address and date moved in", "DWP", "Council"],
            ["Partner", "Name, date of birth and NINO of any partner", "DWP", "Council"],
            ["Assessment period", "Start and end dates", "DWP", "Council"],
            ["Award", "Total award and each element included", "DWP", "Council"],
            ["Income", "Earnings (RTI) and unearned income used in the award", "DWP", "Council"],
            ["Household", "Number and ages of children; non-dependants", "DWP", "Council"],
            ["Status changes", "Suspension, termination, nil award, date", "DWP", "Council"],
            ["Fraud/error referral", "Reference, reason for referral, supporting facts", "Council", "DWP"],
        ], dict(widths=[0.22, 0.48, 0.15, 0.15])),
        ("h", "SCHEDULE 2 \u2013 CONTACTS", None),
        ("table", [
            ["Role", "Name", "Contact"],
            ["Council single point of contact", "Rebecca Hale, Revenues and Benefits Manager",
             "revenues@uttlesford.gov.uk"],
            ["Council Data Protection Officer", "Data Protection Officer", "dataprotection@uttlesford.gov.uk"],
            ["DWP Local Authority Partnership team", "Partnership Manager (East of England)",
             "la.partnership.east@dwp.gov.uk"],
            ["DWP Local Authority Security team", "Security Lead", "la.security@dwp.gov.uk"],
        ], dict(widths=[0.34, 0.36, 0.30])),
    ],
    truth=dict(
        title="Council Tax Reduction: Universal Credit Data Sharing Agreement",
        purpose=U_PURPOSE,
        lead=P("Uttlesford District Council", "Uttlesford District Council"),
        partners=[P("Department for Work and Pensions")],
        statutes=[
            S("section 13A of the Local Goverment Finance Act 1992", "Local Government Finance Act", 1992, "section 13A"),
            S("Article 6(1)(e) of the UK GDPR", UKGDPR, 2016, "Article 6(1)(e)", kind="retained", cat=False),
            S("Data Protection Act 2018", "Data Protection Act", 2018, None, cat=False),
            S("section 131 of the Welfare Reform Act 2012", "Welfare Reform Act", 2012, "section 131"),
            S("Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
              "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations", 2012,
              None, kind="si"),
            S("Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012",
              "Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations", 2012, None,
              kind="si"),
            S("section 111 of the Local Government Act 1972", "Local Government Act", 1972, "section 111"),
            S("Section 123 of the Social Security Administration Act 1992", "Social Security Administration Act",
              1992, "section 123"),
            S("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None),
        ],
        review_date="2025-04-03",
        review_basis="relative",
        commencement_date="2023-04-03",
    ),
))

# ==========================================================================
# 2. Maldon DC with registered providers: housing register and nominations
#    docx + pdf + doc.  Headings in CAPITALS.  "Owned by".  Review date only
#    in the footer, month only.  No complaints or breach section.
# ==========================================================================

M_PURPOSE = (
    "This agreement allows the Council and the Providers to exchange the personal information of "
    "housing applicants and tenants that is needed to let social rented homes in the Maldon District "
    "through the Council\u2019s housing register and nominations arrangements, so that homes go to the "
    "households in the greatest housing need in line with the Council\u2019s Allocations Policy.")

AGREEMENTS.append(dict(
    id="maldon_housing",
    base="MDC_Housing_Register_Nominations_ISA_2023",
    renderer="docx",
    outputs=["docx", "pdf", "doc"],
    core=dict(author="Legal Services", title="ISA template v3", subject="Housing",
              created="2023-01-16T11:02:00", modified="2023-03-02T15:25:00", revision=9),
    docx_style=dict(headings="bold", heading_size=11, body_align="justify"),
    header=None,
    footer=("Housing Register and Nominations ISA \u2013 Version 1.3 \u2013 Review date: March 2025"
            "\t\tPage {PAGE}", "left"),
    first_page_different=False,
    cover=[
        ("spacer", 5),
        ("big", "MALDON DISTRICT COUNCIL", 30),
        ("spacer", 4),
        ("center", "Housing Register and Nominations Information Sharing Agreement", 18, True),
        ("spacer", 1),
        ("center", "between Maldon District Council and the registered providers of social housing "
                   "named in this agreement", 12, False),
        ("spacer", 6),
        ("center", "Version 1.3\nFebruary 2023", 11, False),
        ("spacer", 5),
        ("center", "Legal Services, Council Offices, Princes Road, Maldon, Essex CM9 5DL", 9, False),
        ("pb",),
    ],
    blocks=[
        ("toc", "CONTENTS", [
            "PARTIES", "OWNERSHIP OF THIS AGREEMENT", "DEFINITIONS", "PURPOSE",
            "INFORMATION TO BE SHARED", "LEGAL BASIS", "RIGHTS OF APPLICANTS AND TENANTS",
            "KEEPING INFORMATION SAFE", "HOW INFORMATION WILL BE EXCHANGED",
            "HOW LONG INFORMATION WILL BE KEPT", "ACCURACY OF INFORMATION",
            "DURATION AND TERMINATION", "SIGNATURES",
            "SCHEDULE 1 \u2013 INFORMATION ITEMS", "SCHEDULE 2 \u2013 CONTACTS"]),
        ("h", "PARTIES", None),
        ("p", "This agreement is made between (1) Maldon District Council (\u201cthe Council\u201d) and "
              "(2) the following registered providers of social housing (each a \u201cProvider\u201d and "
              "together \u201cthe Providers\u201d):"),
        ("bul", ["Moat Homes Limited;", "Sanctuary Housing Association;",
                 "Eastlight Community Homes Limited;", "Chelmsford Housing Partnership Limited; and",
                 "Hastoe Housing Association Limited."]),
        ("p", "A registered provider that lets homes in the Maldon District may join this agreement by "
              "signing a copy of it; it then becomes a Provider for all purposes."),
        ("h", "OWNERSHIP OF THIS AGREEMENT", None),
        ("p", "This agreement is owned by Maldon District Council, which keeps the housing register and "
              "is responsible for keeping this agreement up to date and for circulating any revised "
              "version to the Providers."),
        ("h", "DEFINITIONS", None),
        ("p", "**Allocations Policy** means the Council\u2019s policy for allocating social housing, as "
              "revised from time to time."),
        ("p", "**Applicant** means a person who has applied to join, or is on, the Housing Register, "
              "and includes members of the Applicant\u2019s household."),
        ("p", "**Choice Based Lettings** means the Gateway to HomeChoice scheme through which vacancies "
              "are advertised and Applicants express interest in them."),
        ("p", "**Housing Register** means the register of Applicants kept by the Council."),
        ("p", "**Nomination** means the Council putting forward an Applicant to a Provider for a "
              "particular vacancy."),
        ("p", "**Data Protection Law** means the Data Protection Act 2018 and the UK GDPR."),
        ("h", "PURPOSE", "purpose"),
        ("p", M_PURPOSE),
        ("p", "Sharing information under this agreement also helps the parties to check that Applicants "
              "are eligible and qualify for an allocation, to support new tenants to keep their "
              "tenancies, and to prevent and detect tenancy fraud."),
        ("h", "INFORMATION TO BE SHARED", "information_shared"),
        ("p", "When the Council makes a Nomination it will give the Provider the information listed in "
              "Part A of Schedule 1. This will usually include the Applicant\u2019s name, contact details, "
              "household make-up, priority band, any support needs and any medical or disability "
              "information relevant to the property offered."),
        ("p", "Each Provider will tell the Council the outcome of each Nomination and will give the "
              "Council the information listed in Part B of Schedule 1, including the reason for any "
              "refusal, the start date of any tenancy and information about former tenant arrears or "
              "anti-social behaviour where it is relevant to the Applicant\u2019s application."),
        ("p", "No party will share more information than is needed for the purpose set out above. "
              "Information about criminal convictions will only be shared where it is directly relevant "
              "to the risk presented to staff, neighbours or the Applicant."),
        ("h", "LEGAL BASIS", "legal_basis"),
        ("p", "The Council allocates social housing under Part 6 of the Housing Act 1996, as amended by "
              "the Localism Act 2011 and the Homelessness Reduction Act 2017, and under the Allocation of "
              "Housing (England) Regulations 2002. Providers co-operate with the Council in offering "
              "accommodation to people with priority on the Housing Register under the nominations "
              "agreements made with each of them."),
        ("p", "Each party shares personal information as a separate controller. The lawful basis is that "
              "the processing is necessary for the performance of a task carried out in the public "
              "interest (Article 6(1)(e) UK GDPR). Where health or disability information is shared, the "
              "parties rely on the substantial public interest condition for statutory and government "
              "purposes in the Data Protection Act 2018."),
        ("p", "Information about suspected unlawful subletting or obtaining a tenancy by deception may "
              "also be shared for the purposes of the Prevention of Social Housing Fraud Act 2013. "
              "The Council\u2019s Allocations Policy has been assessed for its effect on people with "
              "protected characteristics under the Equality Act 2010."),
        ("p", "In applying this agreement the parties will have regard to the statutory guidance "
              "\u201cAllocation of accommodation: guidance for local housing authorities in England\u201d and "
              "the Homelessness Code of Guidance for Local Authorities."),
        ("h", "RIGHTS OF APPLICANTS AND TENANTS", "individual_rights"),
        ("p", "The Council\u2019s housing application form and privacy notice tell Applicants that their "
              "information will be shared with Providers when they are nominated, and each Provider\u2019s "
              "tenancy privacy notice tells tenants that information may be shared with the Council."),
        ("p", "An Applicant or tenant may ask any party for a copy of the personal information it holds. "
              "The party receiving the request will answer it within one month. If the request covers "
              "information that came from another party, the receiving party will consult that party "
              "before releasing it. Requests to correct or erase information will be dealt with in the "
              "same way."),
        ("h", "KEEPING INFORMATION SAFE", "security"),
        ("p", "Each party will keep the information it receives secure and will only allow its staff to "
              "see it where they need to for their work. In particular each party will:"),
        ("bul", ["use the Gateway to HomeChoice system or secure email (such as Egress) for all "
                 "transfers of personal information;",
                 "use passwords and role-based access for its housing management systems;",
                 "train its staff in data protection at least every two years; and",
                 "not take personal information off site on paper except where an officer is visiting "
                 "an Applicant."]),
        ("h", "HOW INFORMATION WILL BE EXCHANGED", "format_frequency"),
        ("p", "Vacancies are advertised on Gateway to HomeChoice in a weekly cycle which closes on Monday "
              "at midnight. The Council will send shortlists and Nominations to Providers through the "
              "system by the following Wednesday. Providers will record the outcome of each Nomination on "
              "the system within ten working days. Any information that cannot be sent through the system "
              "will be sent by secure email to the contacts in Schedule 2."),
        ("h", "HOW LONG INFORMATION WILL BE KEPT", "retention"),
        ("p", "The Council will keep Housing Register records for six years after an application is "
              "closed. Providers will keep Nomination information about Applicants who do not become "
              "their tenants for no longer than twelve months, and information about tenants in line "
              "with their own retention schedules."),
        ("h", "ACCURACY OF INFORMATION", "accuracy"),
        ("p", "Each party will take reasonable steps to make sure that information it shares is accurate "
              "and up to date. Applicants are asked to confirm their circumstances each year. If a "
              "Provider finds that information given with a Nomination is wrong, it will tell the Council "
              "so that the Housing Register can be corrected."),
        ("h", "DURATION AND TERMINATION", "agreement"),
        ("p", "This agreement shall commence on 1 April 2023 and will continue until it is ended by the "
              "parties. A Provider may withdraw by giving the Council three months\u2019 written notice; "
              "it must continue to protect information it received while it was a party."),
        ("h", "SIGNATURES", None),
        ("p", "Signed on behalf of each party by a person authorised to do so:"),
        ("table", [
            ["Organisation", "Name", "Position", "Signature", "Date"],
            ["Maldon District Council", "Claire Dunmore", "Director of Resources", "C Dunmore", "2 March 2023"],
            ["Moat Homes Limited", "Peter Okafor", "Director of Lettings", "P Okafor", "27 February 2023"],
            ["Sanctuary Housing Association", "Jane Tilley", "Regional Operations Manager", "J Tilley", "22 February 2023"],
            ["Eastlight Community Homes Limited", "Martin Lowe", "Head of Housing Services", "M Lowe", "14 February 2023"],
            ["CHP", "Sarah Quinlan", "Lettings Manager", "S Quinlan", "9 February 2023"],
            ["Hastoe Housing Association Limited", "David Price", "Area Housing Manager", "D Price", "28 February 2023"],
        ], dict(widths=[0.27, 0.17, 0.24, 0.14, 0.18], keep=True)),
        ("pb",),
        ("h", "SCHEDULE 1 \u2013 INFORMATION ITEMS", None),
        ("h2", "Part A \u2013 from the Council to a Provider"),
        ("table", [
            ["Item", "Notes"],
            ["Applicant name, date of birth and contact details", "All household members"],
            ["Housing Register number and priority band", "Band A to D and effective date"],
            ["Household composition", "Ages and relationship to Applicant"],
            ["Medical and disability information", "Only where relevant to the property offered"],
            ["Support needs and support provider", "With the Applicant\u2019s knowledge"],
            ["Homelessness duty owed", "Where the Nomination is a homelessness discharge"],
        ], dict(widths=[0.5, 0.5])),
        ("h2", "Part B \u2013 from a Provider to the Council"),
        ("table", [
            ["Item", "Notes"],
            ["Outcome of Nomination", "Accepted, refused (with reason) or withdrawn"],
            ["Tenancy start date and tenancy type", ""],
            ["Former tenant arrears", "Where relevant to the Applicant\u2019s application"],
            ["Anti-social behaviour", "Confirmed incidents only"],
        ], dict(widths=[0.5, 0.5])),
        ("h", "SCHEDULE 2 \u2013 CONTACTS", None),
        ("table", [
            ["Organisation", "Contact", "Email"],
            ["Maldon District Council", "Housing Options and Allocations Manager", "housing@maldon.gov.uk"],
            ["Moat Homes Limited", "Lettings Team", "lettings@moat.co.uk"],
            ["Sanctuary Housing Association", "Lettings Hub (East)", "lettings.east@sanctuary-housing.co.uk"],
            ["Eastlight Community Homes Limited", "Allocations Team", "allocations@eastlighthomes.co.uk"],
            ["CHP", "Lettings Manager", "lettings@chp.org.uk"],
            ["Hastoe Housing Association Limited", "Area Housing Manager", "housing@hastoe.com"],
        ], dict(widths=[0.36, 0.3, 0.34])),
    ],
    truth=dict(
        title="Housing Register and Nominations Information Sharing Agreement",
        purpose=M_PURPOSE,
        lead=P("Maldon District Council", "Maldon District Council"),
        partners=[P("Moat Homes Limited", "Moat Housing"),
                  P("Sanctuary Housing Association", "Sanctuary Housing"),
                  P("Eastlight Community Homes Limited"),
                  P("Chelmsford Housing Partnership Limited", "CHP"),
                  P("Hastoe Housing Association Limited")],
        statutes=[
            S("Data Protection Act 2018", "Data Protection Act", 2018, None, cat=False),
            S("Article 6(1)(e) UK GDPR", UKGDPR, 2016, "Article 6(1)(e)", kind="retained", cat=False),
            S("Part 6 of the Housing Act 1996", "Housing Act", 1996, "Part 6"),
            S("Localism Act 2011", "Localism Act", 2011),
            S("Homelessness Reduction Act 2017", "Homelessness Reduction Act", 2017, cat=False),
            S("Allocation of Housing (England) Regulations 2002", "Allocation of Housing (England) Regulations",
              2002, kind="si"),
            S("Prevention of Social Housing Fraud Act 2013", "Prevention of Social Housing Fraud Act", 2013),
            S("Equality Act 2010", "Equality Act", 2010),
        ],
        review_date="2025-03-31",
        review_basis="explicit",
        commencement_date="2023-04-01",
    ),
))

# ==========================================================================
# 3. Rochford DC: Community Safety Partnership protocol
#    reportlab PDF only: running header, boxed tables, numeric review date in
#    the document-control table, "led by", merged data quality + retention.
# ==========================================================================

R_PURPOSE = (
    "This protocol enables the partners to share information about crime, disorder, anti-social "
    "behaviour and the misuse of drugs in the Rochford District, including information about "
    "individuals and locations, so that the Partnership can identify problems early, agree joint "
    "action at the Community Safety Hub and meet the duties placed on responsible authorities by the "
    "Crime and Disorder Act 1998.")

AGREEMENTS.append(dict(
    id="rochford_csp",
    base="Rochford_CSP_Information_Sharing_Protocol_v3",
    renderer="reportlab",
    outputs=["pdf"],
    core=dict(author="Community Safety Team", title="Rochford CSP ISP v3.0"),
    rl_layout=dict(size=10, justify=False, margin_mm=20,
                   header=("Rochford District Council  |  Rochford Community Safety Partnership",
                           "OFFICIAL"),
                   footer="Information Sharing Protocol v3.0  \u2013  Page {PAGE}",
                   header_on_cover=False, footer_on_cover=False, body_template="single",
                   head_color="#003366", cover_color="#003366"),
    cover=[
        ("spacer", 6),
        ("big", "ROCHFORD DISTRICT COUNCIL", 28),
        ("spacer", 3),
        ("center", "Rochford Community Safety Partnership Information Sharing Protocol", 18, True),
        ("spacer", 1),
        ("center", "Crime, disorder and anti-social behaviour", 12, False),
        ("spacer", 3),
        ("kv", [
            ["Version", "3.0"],
            ["Status", "Approved"],
            ["Author", "Community Safety Officer, Rochford District Council"],
            ["Approved by", "Rochford Community Safety Partnership Strategic Board"],
            ["Date approved", "12/03/2024"],
            ["Effective from", "01/04/2024"],
            ["Date of next review", "31/03/2026"],
            ["Protective marking", "OFFICIAL"],
        ]),
        ("spacer", 1),
        ("table", [
            ["Version", "Date", "Change"],
            ["1.0", "06/2016", "First protocol for the Partnership"],
            ["2.0", "05/2018", "Updated for the Data Protection Act 2018"],
            ["3.0", "03/2024", "Partners updated; Community Safety Hub; E-CINS case management"],
        ], dict(widths=[0.15, 0.2, 0.65])),
    ],
    blocks=[
        ("h", "Introduction", None),
        ("p", "This protocol is led by Rochford District Council on behalf of the Rochford Community "
              "Safety Partnership (\u201cthe Partnership\u201d). The Council\u2019s Community Safety Team "
              "administers the protocol, keeps the list of signatories and arranges its review."),
        ("p", "The protocol sits beneath the Whole Essex Information Sharing Framework and should be read "
              "with it. It does not replace the specific agreements partners hold for Multi-Agency Risk "
              "Assessment Conferences or Integrated Offender Management."),
        ("h", "The partners", None),
        ("p", "The organisations that have signed this protocol are:"),
        ("table", [
            ["Organisation", "ICO registration", "Lead contact (post)"],
            ["Rochford District Council", "Z6617133", "Community Safety Manager"],
            ["Essex Police", "Z4883472", "District Commander, Castle Point and Rochford"],
            ["Essex County Fire and Rescue Service", "", "Station Manager, Rayleigh Weir"],
            ["Essex County Council", "Z2120726", "Head of Community Safety"],
            ["Essex Police, Fire and Crime Commissioner", "", "Head of Partnerships"],
            ["NHS Mid and South Essex Integrated Care Board", "", "Head of Safeguarding"],
            ["Sanctuary Housing", "", "Neighbourhood Services Manager"],
        ], dict(widths=[0.45, 0.2, 0.35])),
        ("h", "Purpose", "purpose"),
        ("p", R_PURPOSE),
        ("p", "In particular the protocol supports the weekly Community Safety Hub, where officers from "
              "the partners discuss named individuals causing or at risk from anti-social behaviour, "
              "problem locations and vulnerable victims, and agree who will do what."),
        ("h", "Information to be shared", "information_shared"),
        ("p", "Partners may share the following, but only as much as is needed for the case or problem "
              "being discussed:"),
        ("bul", [
            "names, dates of birth, addresses and contact details of victims, witnesses, perpetrators "
            "and alleged perpetrators;",
            "details of incidents: date, time, location, nature and outcome;",
            "tenancy information, including warnings, injunctions and possession action;",
            "information about vulnerability, including health and substance misuse, where this is "
            "relevant to the risk;",
            "details of orders and notices issued, such as Community Protection Notices, Civil "
            "Injunctions and Criminal Behaviour Orders; and",
            "depersonalised crime and incident data for problem-solving and for the Partnership\u2019s "
            "annual strategic assessment.",
        ]),
        ("h", "Legal basis", "legal_basis"),
        ("p", "Under section 115 of the Crime and Disorder Act 1998 any person may disclose information "
              "to a relevant authority, or a person acting on its behalf, where disclosure is necessary "
              "or expedient for the purposes of any provision of that Act. The relevant authorities "
              "include the Council, the County Council, the Police, the fire and rescue authority and "
              "the Integrated Care Board."),
        ("p", "The Anti-social Behaviour and Policing Act 2014 gives the Council, the Police and "
              "registered housing providers the powers used to tackle anti-social behaviour, and requires "
              "consultation between them before certain powers are used. The Police Reform and Social "
              "Responsibility Act 2011 sets out the role of the Police, Fire and Crime Commissioner."),
        ("p", "Partners will process personal data in line with the Data Protection Act 2018. The lawful "
              "basis for sharing is Article 6(1)(e) of the UK GDPR (public task). Information about "
              "offences is processed under the law enforcement provisions of the Act where a partner is a "
              "competent authority, and otherwise under the conditions for criminal offence data set "
              "out in the Act."),
        ("p", "Partners must also take account of the Human Rights Act 1998, in particular the right to "
              "respect for private and family life, and of the common law duty of confidence. Health "
              "partners will apply the Caldicott principles before sharing patient information."),
        ("h", "Individuals\u2019 rights and requests for information", "individual_rights"),
        ("p", "Each partner\u2019s privacy notice explains that information may be shared with community "
              "safety partners. A person may ask any partner for the information it holds about them. "
              "Before releasing information that came from another partner, the partner dealing with the "
              "request will consult the originating partner, who may advise that an exemption applies, "
              "for example where disclosure would prejudice the prevention or detection of crime."),
        ("p", "Requests under the Freedom of Information Act 2000 for information about the Partnership "
              "will be handled by the partner that receives them, after consulting the Community Safety "
              "Manager."),
        ("h", "Keeping information secure", "security"),
        ("bul", [
            "Information is marked OFFICIAL or OFFICIAL-SENSITIVE and handled in line with the "
            "Government Security Classifications.",
            "Case information is recorded on the E-CINS case management system; partners\u2019 users have "
            "individual log-ins and can see only the cases they have been given access to.",
            "Hub minutes and action lists are circulated only through E-CINS and are not printed.",
            "Each partner will make sure its staff have had data protection training and understand "
            "this protocol before they are given access."]),
        ("h", "How and when information is shared", "format_frequency"),
        ("p", "Information is shared at the weekly Community Safety Hub (in person at the Council Offices "
              "in Rochford or online), through E-CINS at any time when a case is open, and by secure email "
              "(Egress, .gov.uk, .police.uk or nhs.net) where a partner does not have E-CINS access. "
              "Depersonalised crime data is provided by Essex Police each month and for the annual "
              "strategic assessment."),
        ("h", "Data quality and retention", ("accuracy", "retention")),
        ("p", "Partners are responsible for the accuracy of the information they share and should make "
              "clear whether it is fact, opinion or allegation. Inaccurate information must be corrected "
              "on E-CINS by the partner that entered it and the other partners told."),
        ("p", "Cases are closed on E-CINS when the Hub agrees no further action is required. Closed "
              "cases are kept for six years from closure and then deleted by the system administrator. "
              "Information a partner downloads into its own systems is kept under that partner\u2019s "
              "retention schedule."),
        ("h", "Complaints", "complaints"),
        ("p", "Complaints from the public about the sharing of their information will be handled under "
              "the complaints procedure of the partner complained about. Where a complaint concerns more "
              "than one partner, the Community Safety Manager will agree with them which will lead the "
              "response."),
        ("h", "Breaches of this protocol", "breach"),
        ("p", "Any partner that discovers a loss or unauthorised disclosure of information shared under "
              "this protocol must tell the originating partner and the Community Safety Manager within "
              "24 hours, and follow its own incident procedure. The partner responsible will decide "
              "whether to report the breach to the Information Commissioner within 72 hours. Serious or "
              "repeated breaches may lead to a partner\u2019s access to E-CINS being withdrawn."),
        ("h", "Commencement, withdrawal and review", "agreement"),
        ("p", "This protocol comes into effect on 1 April 2024 and replaces version 2.0. A partner may "
              "withdraw by giving one month\u2019s written notice to the Community Safety Manager; "
              "information already shared must continue to be protected in line with this protocol. "
              "The protocol will be reviewed by the date of next review shown on the front page, or "
              "sooner if the law or the Partnership\u2019s arrangements change."),
        ("h", "Signatures", None),
        ("p", "By signing below each partner agrees to follow this protocol."),
        ("table", [
            ["Organisation", "Name", "Post", "Date"],
            ["Rochford District Council", "Marcus Flint", "Assistant Director, Place and Environment", "12/03/2024"],
            ["Essex Police", "Ch Insp Laura Beck", "District Commander", "14/03/2024"],
            ["Essex County Fire and Rescue Service", "Tom Ashdown", "Group Manager, Prevention", "19/03/2024"],
            ["Essex County Council", "Priya Raman", "Head of Community Safety", "21/03/2024"],
            ["Essex Police, Fire and Crime Commissioner", "Gemma Hart", "Head of Partnerships", "15/03/2024"],
            ["NHS Mid and South Essex Integrated Care Board", "Dr Neil Shah", "Director of Nursing (Safeguarding)", "26/03/2024"],
            ["Sanctuary Housing", "Ruth Kemble", "Neighbourhood Services Manager", "13/03/2024"],
        ], dict(widths=[0.34, 0.2, 0.31, 0.15])),
        ("h", "Schedule 1 \u2013 Legislation and guidance referred to", None),
        ("table", [
            ["Legislation", "Guidance (not legislation)"],
            ["Crime and Disorder Act 1998\n\nAnti-social Behaviour and Policing Act 2014\n\nPolice Reform "
             "and Social Responsibility Act 2011\n\nData Protection Act 2018\n\nUK GDPR\n\nHuman Rights "
             "Act 1998\n\nFreedom of Information Act 2000",
             "Whole Essex Information Sharing Framework\n\nICO Data Sharing Code of Practice\n\nAnti-social "
             "Behaviour, Crime and Policing Act 2014: statutory guidance for frontline professionals\n\n"
             "Caldicott principles\n\nCommon law duty of confidence"],
        ], dict(widths=[0.5, 0.5])),
    ],
    truth=dict(
        title="Rochford Community Safety Partnership Information Sharing Protocol",
        purpose=R_PURPOSE,
        lead=P("Rochford District Council", "Rochford District Council"),
        partners=[P("Essex Police", "Essex Police"),
                  P("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service"),
                  P("Essex County Council", "Essex County Council"),
                  P("Essex Police, Fire and Crime Commissioner"),
                  P("NHS Mid and South Essex Integrated Care Board"),
                  P("Sanctuary Housing", "Sanctuary Housing")],
        statutes=[
            S("Data Protection Act 2018", "Data Protection Act", 2018, cat=False),
            S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
            S("Anti-social Behaviour and Policing Act 2014", "Anti-social Behaviour, Crime and Policing Act", 2014),
            S("Police Reform and Social Responsibility Act 2011", "Police Reform and Social Responsibility Act", 2011),
            S("Article 6(1)(e) of the UK GDPR", UKGDPR, 2016, "Article 6(1)(e)", kind="retained", cat=False),
            S("Human Rights Act 1998", "Human Rights Act", 1998),
            S("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
        ],
        review_date="2026-03-31",
        review_basis="explicit",
        commencement_date="2024-04-01",
    ),
))

# ==========================================================================
# 4. Tendring DC / Essex CC: local records for the Electoral Registration Officer
#    docx + pdf + doc.  No lead; no review date; lacks individual rights,
#    complaints and breach.  Slip: "Representation of People Act 1983".
# ==========================================================================

T_PURPOSE = (
    "This agreement sets out how the County Council will give the ERO information from its "
    "registration service and its school admissions records, so that the ERO can keep the electoral "
    "register for the Tendring District accurate and complete, remove deceased electors promptly and "
    "invite young people approaching voting age to register.")

AGREEMENTS.append(dict(
    id="tendring_ero",
    base="TDC_ERO_Local_Records_Agreement_2022",
    renderer="docx",
    outputs=["docx", "pdf", "doc"],
    core=dict(author="Democratic Services", title="", created="2022-04-28T09:30:00",
              modified="2022-06-06T12:10:00", revision=6),
    docx_style=dict(headings="bold", heading_size=12, size=11),
    header=None,
    footer=("Tendring District Council \u2013 Democratic Services\t\t{PAGE}", "left"),
    first_page_different=True,
    cover=[
        ("spacer", 4),
        ("big", "TENDRING DISTRICT COUNCIL", 30, "left"),
        ("spacer", 2),
        ("left", "Electoral Registration: Supply of Local Records to the Electoral Registration Officer", 20, True),
        ("spacer", 1),
        ("left", "Agreement between Tendring District Council and Essex County Council", 13, False),
        ("spacer", 10),
        ("left", "Democratic Services\nTown Hall, Station Road, Clacton-on-Sea, Essex CO15 1SE\nJune 2022", 10, False),
        ("pb",),
    ],
    blocks=[
        ("h", "Parties", None),
        ("p", "This agreement is made between (1) Tendring District Council, acting by its Electoral "
              "Registration Officer (\u201cthe ERO\u201d), and (2) Essex County Council (\u201cthe County "
              "Council\u201d)."),
        ("h", "Background", None),
        ("p", "The ERO is appointed by Tendring District Council and must keep a register of "
              "parliamentary and local government electors for the Tendring District. Since the "
              "Electoral Registration and Administration Act 2013 introduced individual electoral "
              "registration, each elector must apply individually, and the ERO must take all necessary "
              "steps to maintain the register."),
        ("p", "The County Council registers births, deaths and marriages in Essex under the Births and "
              "Deaths Registration Act 1953 and co-ordinates school admissions for maintained schools and "
              "academies in the District."),
        ("h", "Purpose", "purpose"),
        ("p", T_PURPOSE),
        ("p", "The information will be used only for electoral registration purposes. It will not be used "
              "to create or amend any other record held by Tendring District Council."),
        ("h", "Definitions", None),
        ("p", "\u201cAttainer\u201d means a person who will reach voting age during the life of the register "
              "and who may be entered on it in advance."),
        ("p", "\u201cCanvass\u201d means the annual canvass of households carried out by the ERO."),
        ("p", "\u201cDeaths Data\u201d means the information listed in Part 1 of the Schedule."),
        ("p", "\u201cSchools Data\u201d means the information listed in Part 2 of the Schedule."),
        ("h", "Information to be supplied", "information_shared"),
        ("p", "The County Council will supply to the ERO:"),
        ("bul", [
            "Deaths Data: the name, address, date of birth and date of death of each person whose death "
            "is registered in Essex and whose usual address was in the Tendring District; and",
            "Schools Data: the name, date of birth and home address of each pupil in Years 11 and 12 at "
            "a school in the Tendring District whose home address is in the District.",
        ]),
        ("p", "The County Council will not supply information about a pupil whose records are flagged "
              "as being at risk, including children looked after or children whose address is "
              "confidential for their safety."),
        ("h", "Legal basis", "legal_basis"),
        ("p", "The ERO has a duty under section 9A of the Representation of People Act 1983 to take "
              "all steps necessary to maintain the register, including inspecting records kept by any "
              "person. Under regulation 35 of the Representation of the People (England and Wales) "
              "Regulations 2001 the ERO may require any person to give information needed for that "
              "purpose, and the County Council is required to supply it."),
        ("p", "The processing is necessary for compliance with a legal obligation to which the parties "
              "are subject (Article 6(1)(c) of the UK GDPR) and is carried out in accordance with the "
              "Data Protection Act 2018."),
        ("h", "Security", "security"),
        ("p", "Information will be sent only by Egress secure email to the electoral services mailbox in "
              "the Schedule and will be opened only by electoral services staff. It will be held within "
              "the electoral management system, which is accessible only to electoral services staff "
              "using individual log-ins. Paper copies will not be made."),
        ("h", "How and when information will be supplied", "format_frequency"),
        ("p", "Deaths Data will be sent every Monday covering deaths registered in the previous week. "
              "Schools Data will be sent once a year by 30 June, in time for the Canvass, as a "
              "spreadsheet in the format agreed between the parties\u2019 officers."),
        ("h", "Retention", "retention"),
        ("p", "The ERO will delete each Deaths Data file once the register has been updated and in any "
              "case within one month of receipt. Schools Data will be deleted when the Canvass has been "
              "concluded and the revised register published. Entries on the register itself are kept "
              "under electoral law."),
        ("h", "Accuracy", "accuracy"),
        ("p", "The County Council will supply information as held on its systems at the date of "
              "extraction. The ERO will not remove a person from the register on the strength of Deaths "
              "Data alone where the details do not match an entry exactly, and will instead make further "
              "enquiries. Each party will tell the other promptly of any error found in information "
              "supplied."),
        ("h", "Variation and termination", "agreement"),
        ("p", "This agreement takes effect on 1 July 2022. It may be varied only in writing signed on "
              "behalf of both parties. Either party may end it by giving 28 days\u2019 notice in writing, "
              "except that the County Council will continue to comply with any requirement made by the "
              "ERO under regulation 35."),
        ("h", "Signed", None),
        ("sig", "For Tendring District Council (the Electoral Registration Officer)",
         [["Name", "Karen Hollis"], ["Position", "Electoral Registration Officer"],
          ["Signature", "K. Hollis"], ["Date", "17 May 2022"]]),
        ("sig", "For Essex County Council",
         [["Name", "Matthew Doyle"], ["Position", "Head of Registration and Celebratory Services"],
          ["Signature", "M. Doyle"], ["Date", "6 June 2022"]]),
        ("sig", "For Essex County Council",
         [["Name", "Nadia Ferris"], ["Position", "Head of Admissions"],
          ["Signature", "N. Ferris"], ["Date", "1 June 2022"]]),
        ("pb",),
        ("h", "SCHEDULE", None),
        ("h2", "Part 1 \u2013 Deaths Data"),
        ("table", [
            ["Field", "Format"],
            ["Surname and forenames of deceased", "Text"],
            ["Usual address including postcode", "Text"],
            ["Date of birth", "DD/MM/YYYY"],
            ["Date of death", "DD/MM/YYYY"],
            ["Date of registration", "DD/MM/YYYY"],
        ], dict(widths=[0.6, 0.4])),
        ("h2", "Part 2 \u2013 Schools Data"),
        ("table", [
            ["Field", "Format"],
            ["Surname and forenames of pupil", "Text"],
            ["Date of birth", "DD/MM/YYYY"],
            ["Home address including postcode", "Text"],
            ["School and year group", "Text"],
        ], dict(widths=[0.6, 0.4])),
        ("h2", "Part 3 \u2013 Contacts"),
        ("table", [
            ["Party", "Contact", "Mailbox"],
            ["ERO", "Electoral Services Manager", "elections@tendringdc.gov.uk"],
            ["County Council \u2013 Registration", "Registration Service Manager (North East)",
             "registration.ne@essex.gov.uk"],
            ["County Council \u2013 Admissions", "Admissions Data Officer", "admissions.data@essex.gov.uk"],
        ], dict(widths=[0.3, 0.35, 0.35])),
    ],
    truth=dict(
        title="Electoral Registration: Supply of Local Records to the Electoral Registration Officer",
        purpose=T_PURPOSE,
        lead=None,
        partners=[P("Tendring District Council", "Tendring District Council"),
                  P("Essex County Council", "Essex County Council")],
        statutes=[
            S("Electoral Registration and Administration Act 2013", "Electoral Registration and Administration Act", 2013),
            S("Births and Deaths Registration Act 1953", "Births and Deaths Registration Act", 1953),
            S("section 9A of the Representation of People Act 1983", "Representation of the People Act", 1983, "section 9A"),
            S("regulation 35 of the Representation of the People (England and Wales) Regulations 2001",
              "Representation of the People (England and Wales) Regulations", 2001, "regulation 35", kind="si"),
            S("Article 6(1)(c) of the UK GDPR", UKGDPR, 2016, "Article 6(1)(c)", kind="retained", cat=False),
            S("Data Protection Act 2018", "Data Protection Act", 2018, cat=False),
        ],
        review_date=None,
        review_basis="none",
        commencement_date="2022-07-01",
    ),
))

# ==========================================================================
# 5. Chelmsford City Council: DFG occupational therapy referrals
#    docx + pdf.  Title over two lines on the cover.  Word heading styles.
#    "Lead organisation".  Review due as a full date.  No retention section.
# ==========================================================================

C_TITLE_1 = "Disabled Facilities Grants and Home Adaptations:"
C_TITLE_2 = "Information Sharing Agreement for Occupational Therapy Referrals"
C_PURPOSE = (
    "This agreement allows occupational therapists employed by Essex County Council and the NHS "
    "partners to refer disabled residents of Chelmsford to the City Council for a Disabled Facilities "
    "Grant, and allows the parties to share the assessment, financial and property information needed "
    "to decide, approve and deliver adaptations to those residents\u2019 homes quickly and safely.")

AGREEMENTS.append(dict(
    id="chelmsford_dfg",
    base="CCC_DFG_OT_Referrals_ISA_v1.4",
    renderer="docx",
    outputs=["docx", "pdf"],
    core=dict(author="Private Sector Housing", title="DFG ISA", created="2022-08-03T14:00:00",
              modified="2022-09-27T10:45:00", revision=11),
    docx_style=dict(headings="style", size=11),
    header=("Chelmsford City Council \u2013 DFG Information Sharing Agreement v1.4", "right"),
    footer=("Page {PAGE}", "center"),
    first_page_different=True,
    cover=[
        ("spacer", 4),
        ("big", "CHELMSFORD CITY COUNCIL", 28),
        ("spacer", 4),
        ("center", C_TITLE_1 + "\n" + C_TITLE_2, 15.5, True),
        ("spacer", 4),
        ("kv", [
            ["Lead organisation", "Chelmsford City Council"],
            ["Service", "Private Sector Housing \u2013 Disabled Facilities Grants"],
            ["Version", "1.4 (final)"],
            ["Effective from", "1 October 2022"],
            ["Review due", "30 September 2024"],
            ["Approved by", "Legal and Democratic Services Manager"],
            ["DPIA reference", "CCC-DPIA-031"],
        ]),
        ("pb",),
    ],
    blocks=[
        ("h", "Introduction", None),
        ("p", "Disabled Facilities Grants (DFGs) are mandatory grants, administered by the City Council as "
              "housing authority, towards the cost of adapting the home of a disabled person. Most "
              "applications start with an assessment by an occupational therapist (OT) who recommends the "
              "adaptations needed. Delays in passing that assessment to the City Council, and in the City "
              "Council asking for the same information again, have been a cause of long waits for "
              "residents."),
        ("h", "Parties", None),
        ("p", "This agreement is made between (1) Chelmsford City Council (\u201cthe City Council\u201d), "
              "(2) Essex County Council (ECC), (3) Essex Partnership University NHS Foundation Trust "
              "(EPUT), (4) Mid and South Essex NHS Foundation Trust and (5) CHP."),
        ("p", "ECC, EPUT and Mid and South Essex NHS Foundation Trust are referred to together as "
              "\u201cthe referring organisations\u201d. CHP is a party because it owns many of the homes in "
              "which adaptations are carried out and must give landlord\u2019s consent."),
        ("h", "Purpose", "purpose"),
        ("p", C_PURPOSE),
        ("p", "The agreement covers referrals for adults and for children. It does not cover minor "
              "adaptations under \u00a31,000, which ECC arranges directly."),
        ("h", "Information to be shared", "information_shared"),
        ("p", "The referring organisations will send the City Council a completed DFG referral form "
              "(see the Schedule) containing:"),
        ("bul", ["the disabled person\u2019s name, date of birth, address, telephone number and NHS number;",
                 "the OT\u2019s assessment of need and recommended adaptations, including any drawings;",
                 "relevant details of the person\u2019s condition, prognosis and mobility;",
                 "details of the household and of any carer; and",
                 "whether the person receives a means-tested benefit."]),
        ("p", "The City Council will share with CHP the name and address of the tenant and the schedule of "
              "proposed works, but not medical information. The City Council will keep the referring OT "
              "informed of the progress of the grant and of any change to the works."),
        ("h", "Legal basis", "legal_basis"),
        ("p", "The City Council must approve a DFG application for works that are necessary and "
              "appropriate and reasonable and practicable under section 24 of the Housing Grants, "
              "Construction and Regeneration Act 1996, and must consult the social services authority "
              "about whether works are necessary and appropriate. Discretionary assistance is given under "
              "the City Council\u2019s Housing Assistance Policy made under the Regulatory Reform (Housing "
              "Assistance) (England and Wales) Order 2002."),
        ("p", "ECC\u2019s duties to assess and meet needs for care and support arise under the Care Act "
              "2014 and, for disabled children, the Chronically Sick and Disabled Persons Act 1970. The "
              "NHS partners share information with local authorities under section 82 of the National "
              "Health Service Act 2006, which requires NHS bodies and local authorities to co-operate. The "
              "City Council also relies on its power under section 2 of the Local Government Act 2000 to "
              "promote the well-being of its area."),
        ("p", "Personal data is shared in line with the Data Protection Act 2018. Health information is "
              "special category data, and is shared under Article 9(2)(h) of the UK GDPR for the "
              "provision of social care. The parties will also act in accordance with the Equalities Act "
              "2010, the Caldicott principles and the common law duty of confidentiality, and with the "
              "Government\u2019s guidance \u201cDisabled Facilities Grant (DFG) delivery: guidance for "
              "local authorities in England\u201d."),
        ("h", "Individuals\u2019 rights", "individual_rights"),
        ("p", "The OT will explain to the person, or their representative, that a referral will be made "
              "to the City Council and what information will be sent, and will record this on the "
              "referral form. Each party\u2019s privacy notice describes the sharing."),
        ("p", "Requests for access to personal data, or to have it corrected, will be dealt with by the "
              "party receiving them, which will consult the party that supplied the information before "
              "responding."),
        ("h", "Security", "security"),
        ("p", "Referrals will be sent only by secure email between .gov.uk, nhs.net and Egress accounts, "
              "or through ECC\u2019s Mosaic provider portal. Each party will make sure that only staff "
              "working on DFGs or adaptations can see the information, that its systems are protected by "
              "individual passwords, and that staff are trained in information governance."),
        ("h", "Referral process and frequency", "format_frequency"),
        ("p", "Referrals are sent as they are completed, using the referral form in the Schedule, to "
              "dfg@chelmsford.gov.uk. The City Council will acknowledge each referral within five working "
              "days and will give the referring OT a monthly progress report on open cases. Referrals "
              "needing urgent works, for example for a hospital discharge, will be flagged and followed up "
              "by telephone."),
        ("h", "Accuracy of information", "accuracy"),
        ("p", "The referring OT is responsible for the accuracy of the assessment. If the City Council\u2019s "
              "surveyor finds that the recommended works cannot be carried out, or the person\u2019s needs "
              "appear to have changed, the City Council will ask the OT to review the assessment before "
              "the grant is approved."),
        ("h", "Complaints", "complaints"),
        ("p", "A complaint about the handling of information under this agreement will be dealt with "
              "under the complaints procedure of the party concerned. Where the complaint concerns more "
              "than one party, they will agree between them which will respond."),
        ("h", "Breaches", "breach"),
        ("p", "Any party that becomes aware of a loss or misdirection of information shared under this "
              "agreement will tell the party that supplied it within one working day, and will follow its "
              "own procedure for reporting data breaches, including notifying the Information "
              "Commissioner\u2019s Office where required."),
        ("h", "Commencement, variation and withdrawal", "agreement"),
        ("p", "This agreement takes effect on the date shown on the front page and will be reviewed by "
              "the date given there. It may be varied by agreement of all the parties in writing. A party "
              "may withdraw on one month\u2019s notice to the City Council."),
        ("h", "Signatures", None),
        ("table", [
            ["Organisation", "Name", "Job title", "Date"],
            ["Chelmsford City Council", "Louise Graham", "Public Health and Protection Services Manager", "21 September 2022"],
            ["Essex County Council", "Owen Pritchard", "Head of Service, Occupational Therapy", "26 September 2022"],
            ["Essex Partnership University NHS Foundation Trust", "Dr Fiona Kerr", "Caldicott Guardian", "28 September 2022"],
            ["Mid and South Essex NHS Foundation Trust", "Anthony Bell", "Head of Therapies (Broomfield Hospital)", "29 September 2022"],
            ["CHP", "Gareth Nolan", "Director of Property Services", "23 September 2022"],
        ], dict(widths=[0.32, 0.18, 0.32, 0.18], keep=True)),
        ("pb",),
        ("h", "Schedule \u2013 DFG referral form (summary of fields)", None),
        ("table", [
            ["Section", "Fields"],
            ["1. Person", "Name; date of birth; NHS number; address; telephone; preferred contact"],
            ["2. Household", "Other occupants; carer name and contact; tenure; landlord"],
            ["3. Assessment", "Date of assessment; diagnosis and prognosis (relevant only); mobility; "
                              "current difficulties"],
            ["4. Recommendation", "Adaptations recommended; urgency; drawings or measurements attached"],
            ["5. Finance", "Means-tested benefit in payment (yes/no and type)"],
            ["6. Consent", "Person informed of referral (yes/no); representative details"],
            ["7. Referrer", "OT name, organisation, team and secure email"],
        ], dict(widths=[0.25, 0.75])),
    ],
    truth=dict(
        title=C_TITLE_1 + " " + C_TITLE_2,
        purpose=C_PURPOSE,
        lead=P("Chelmsford City Council", "Chelmsford City Council"),
        partners=[P("Essex County Council", "Essex County Council"),
                  P("Essex Partnership University NHS Foundation Trust"),
                  P("Mid and South Essex NHS Foundation Trust"),
                  P("CHP", "CHP")],
        statutes=[
            S("section 24 of the Housing Grants, Construction and Regeneration Act 1996",
              "Housing Grants, Construction and Regeneration Act", 1996, "section 24"),
            S("Regulatory Reform (Housing Assistance) (England and Wales) Order 2002",
              "Regulatory Reform (Housing Assistance) (England and Wales) Order", 2002, kind="si"),
            S("Care Act 2014", "Care Act", 2014),
            S("Chronically Sick and Disabled Persons Act 1970", "Chronically Sick and Disabled Persons Act", 1970),
            S("section 82 of the National Health Service Act 2006", "National Health Service Act", 2006, "section 82"),
            S("section 2 of the Local Government Act 2000", "Local Government Act", 2000, "section 2"),
            S("Data Protection Act 2018", "Data Protection Act", 2018, cat=False),
            S("Article 9(2)(h) of the UK GDPR", UKGDPR, 2016, "Article 9(2)(h)", kind="retained", cat=False),
            S("Equalities Act 2010", "Equality Act", 2010),
        ],
        review_date="2024-09-30",
        review_basis="explicit",
        commencement_date="2022-10-01",
    ),
))

# ==========================================================================
# 6. Babergh and Mid Suffolk District Councils / Valuation Office Agency (2016)
#    reportlab PDF + an image-only scan of it.  "Lead authority".  DPA 1998.
#    Review month only, in prose.  No accuracy or complaints section.
# ==========================================================================

B_PURPOSE = (
    "The purpose of this Agreement is to allow the Councils, as billing authorities, and the VOA to "
    "exchange information about domestic and non-domestic properties so that the VOA can compile and "
    "maintain accurate council tax valuation lists and non-domestic rating lists for the Babergh and "
    "Mid Suffolk districts, and the Councils can bill and collect council tax and business rates "
    "correctly.")

AGREEMENTS.append(dict(
    id="babergh_voa",
    base="BMSDC_VOA_Information_Sharing_Agreement_2016",
    scan="BMSDC_VOA_ISA_2016_signed_scan",
    renderer="reportlab",
    outputs=["pdf"],
    core=dict(author="Shared Revenues Partnership", title="VOA ISA final"),
    rl_layout=dict(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic",
                   size=11, justify=True, margin_mm=24,
                   header=("Babergh District Council and Mid Suffolk District Council",
                           "Information Sharing Agreement \u2013 VOA"),
                   footer="Page {PAGE}", header_on_cover=False, footer_on_cover=False,
                   body_template="single"),
    cover=[
        ("spacer", 5),
        ("big", "BABERGH DISTRICT COUNCIL", 24),
        ("big", "MID SUFFOLK DISTRICT COUNCIL", 24),
        ("spacer", 4),
        ("center", "INFORMATION SHARING AGREEMENT", 13, True),
        ("boxtitle", [("Council Tax and Business Rates: Exchange of Property Information with the "
                       "Valuation Office Agency", 17, True)]),
        ("spacer", 3),
        ("kv", [
            ["Lead authority", "Babergh District Council (for both Councils)"],
            ["Other parties", "Mid Suffolk District Council; Valuation Office Agency"],
            ["Version", "1.0 \u2013 Final"],
            ["Date", "February 2016"],
            ["Prepared by", "Corporate Manager \u2013 Revenues, Shared Revenues Partnership"],
        ]),
    ],
    blocks=[
        ("h", "1.  Parties", None),
        ("p", "This Agreement is made between (1) Babergh District Council and (2) Mid Suffolk District "
              "Council (together \u201cthe Councils\u201d and each a \u201cCouncil\u201d), each a billing "
              "authority, and (3) the Commissioners for Her Majesty\u2019s Revenue and Customs acting through "
              "the Valuation Office Agency (\u201cthe VOA\u201d)."),
        ("p", "The Councils discharge their revenues functions jointly through a shared service under "
              "arrangements made under section 101 of the Local Government Act 1972. Babergh District "
              "Council acts as lead authority for this Agreement on behalf of both Councils."),
        ("h", "2.  Purpose", "purpose"),
        ("p", B_PURPOSE),
        ("p", "Both the Councils and the VOA rely on the other for information they cannot readily obtain "
              "themselves: the Councils learn of new and altered properties through building control, "
              "planning and their own inspections, and the VOA holds the valuation and banding decisions "
              "on which bills are based."),
        ("h", "3.  Information to be exchanged", "information_shared"),
        ("p", "The Councils will send the VOA reports (\u201cBA reports\u201d) of new, altered, demolished "
              "and merged properties, with the supporting information listed below. The VOA will send the "
              "Councils schedules of alterations to the valuation lists and the reasons for them."),
        ("table", [
            ["From the Councils to the VOA", "From the VOA to the Councils"],
            ["Address and UPRN of the property\n\nDate of completion or alteration\n\nBuilding control "
             "and planning references\n\nName of the owner or occupier and contact details\n\nInspection "
             "notes and photographs",
             "Council tax band or rateable value and effective date\n\nSchedules of alterations to the "
             "lists\n\nOutcome of proposals and appeals\n\nRequests for further information about a "
             "property"],
        ], dict(widths=[0.5, 0.5])),
        ("p", "Information about individuals will be limited to what is needed to identify the property and "
              "the person liable or able to give access to it."),
        ("h", "4.  Legal basis", "legal_basis"),
        ("p", "The VOA may disclose information to the Councils under section 18 of the Commissioners for "
              "Revenue and Customs Act 2005, which permits disclosure for the purposes of a function of "
              "Her Majesty\u2019s Revenue and Customs and where it is made for the purposes of civil "
              "proceedings relating to a matter in respect of which HMRC have functions. The VOA\u2019s "
              "duties in compiling and maintaining the lists arise under the Local Government Finance Act "
              "1988 (non-domestic rating) and the Local Government Finance Act 1992 (council tax)."),
        ("p", "The Councils supply information to the VOA in the exercise of their functions as billing "
              "authorities under those Acts and the Council Tax (Administration and Enforcement) "
              "Regulations 1992."),
        ("p", "All parties will process personal data in accordance with the Data Protection Act 1998 and "
              "will have regard to the Human Rights Act 1998. Information held by HMRC is also subject to "
              "the duty of confidentiality imposed on HMRC officials."),
        ("h", "5.  Method and frequency of exchange", "format_frequency"),
        ("p", "BA reports will be sent through the VOA\u2019s secure electronic reporting service at least "
              "once a week. Schedules of alterations will be sent by the VOA each week by secure email. "
              "Ad hoc requests will be made between named officers by secure email (GCSx) or telephone."),
        ("h", "6.  Security", "security"),
        ("p", "Each party will keep the information secure, protectively marked where appropriate, and "
              "accessible only to staff who need it for the purposes of this Agreement. Information will "
              "not be sent by unsecured email or by fax, and portable media will not be used."),
        ("h", "7.  Requests for information", "individual_rights"),
        ("p", "Requests from individuals for their own personal data, and requests made under the "
              "Freedom of Information Act 2000, will be dealt with by the party that receives them. Where "
              "the information came from another party, that party will be consulted before any "
              "disclosure is made."),
        ("h", "8.  Retention", "retention"),
        ("p", "Information received under this Agreement will be kept only as long as is necessary for "
              "the purposes described above, in line with each party\u2019s retention schedule, and then "
              "securely destroyed."),
        ("h", "9.  Security incidents", "breach"),
        ("p", "A party that becomes aware of the loss or unauthorised disclosure of information supplied "
              "under this Agreement will inform the supplying party immediately, and in any event within "
              "one working day, and will co-operate in any investigation."),
        ("h", "10.  Commencement, review and termination", "agreement"),
        ("p", "This Agreement comes into force on 1 March 2016. It will be reviewed in February 2018, or "
              "earlier if the legislation or the parties\u2019 arrangements change. Any party may terminate "
              "it on three months\u2019 written notice to the others."),
        ("h", "11.  Signatures", None),
        ("table", [
            ["For", "Name and position", "Signature", "Date"],
            ["Babergh District Council", "Andrew Nuttall\nCorporate Manager \u2013 Revenues", "", "24 February 2016"],
            ["Mid Suffolk District Council", "Carol Bennington\nAssistant Director \u2013 Finance", "", "26 February 2016"],
            ["Valuation Office Agency", "Richard Moss\nGroup Valuer, Council Tax (East)", "", "29 February 2016"],
        ], dict(widths=[0.28, 0.34, 0.18, 0.2])),
        ("pb",),
        ("h", "Schedule A \u2013 Types of report", None),
        ("table", [
            ["Report", "Sent by", "Content"],
            ["BA report (new property)", "Councils", "Address, UPRN, completion date, description, plans where held"],
            ["BA report (alteration)", "Councils", "Nature of the works, date completed, building control reference"],
            ["BA report (deletion or merger)", "Councils", "Properties affected and date, with evidence of demolition or merger"],
            ["Schedule of alterations", "VOA", "Changes to bands and rateable values with effective dates"],
            ["Proposal and appeal outcomes", "VOA", "Reference, decision and effective date"],
            ["Request for information", "VOA", "Property, question asked and the officer to reply to"],
        ], dict(widths=[0.3, 0.15, 0.55])),
        ("h", "Schedule B \u2013 Contacts", None),
        ("table", [
            ["Party", "Contact", "Email"],
            ["Babergh District Council and Mid Suffolk District Council", "Revenues Team Leader (Council Tax)",
             "council.tax@baberghmidsuffolk.gov.uk"],
            ["Babergh District Council and Mid Suffolk District Council", "Revenues Team Leader (Business Rates)",
             "business.rates@baberghmidsuffolk.gov.uk"],
            ["Valuation Office Agency", "Council Tax Team, Ipswich", "ctipswich@voa.gsi.gov.uk"],
            ["Valuation Office Agency", "Rating Team, Ipswich", "ratingipswich@voa.gsi.gov.uk"],
        ], dict(widths=[0.4, 0.3, 0.3])),
        ("small", "Where this Agreement refers to an Act, it refers to that Act as amended. This Agreement "
                  "does not create legally binding obligations between the parties, all of which are "
                  "public bodies acting under statute."),
    ],
    truth=dict(
        title="Council Tax and Business Rates: Exchange of Property Information with the Valuation Office Agency",
        purpose=B_PURPOSE,
        lead=P("Babergh District Council"),
        partners=[P("Mid Suffolk District Council"), P("Valuation Office Agency")],
        statutes=[
            S("section 101 of the Local Government Act 1972", "Local Government Act", 1972, "section 101"),
            S("section 18 of the Commissioners for Revenue and Customs Act 2005",
              "Commissioners for Revenue and Customs Act", 2005, "section 18"),
            S("Local Government Finance Act 1988", "Local Government Finance Act", 1988),
            S("Local Government Finance Act 1992", "Local Government Finance Act", 1992),
            S("Council Tax (Administration and Enforcement) Regulations 1992",
              "Council Tax (Administration and Enforcement) Regulations", 1992, kind="si"),
            S("Data Protection Act 1998", "Data Protection Act", 1998),
            S("Human Rights Act 1998", "Human Rights Act", 1998),
            S("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
        ],
        review_date="2018-02-28",
        review_basis="explicit",
        commencement_date="2016-03-01",
    ),
))

# ==========================================================================
# 7. East Hertfordshire DC: taxi and private hire licensing (Herts + West Essex)
#    docx + pdf + doc.  Title in a text box on the cover.  Lettered clauses.
#    "Owner".  Review 12 months after coming into force (date given elsewhere).
# ==========================================================================

E_PURPOSE = (
    "This agreement enables the Licensing Authorities and the Police to share information about "
    "applicants for and holders of hackney carriage and private hire driver, vehicle and operator "
    "licences, including information about convictions, complaints and safeguarding concerns, so "
    "that each Licensing Authority can decide whether a person is fit and proper to hold a licence "
    "and can act quickly where a licensed driver poses a risk to the public.")

AGREEMENTS.append(dict(
    id="eastherts_licensing",
    base="EHDC_Taxi_PHV_Licensing_ISA_v2",
    renderer="docx",
    outputs=["docx", "pdf", "doc"],
    core=dict(author="Licensing", title="Licensing ISA", created="2024-01-22T09:00:00",
              modified="2024-03-14T17:05:00", revision=21),
    docx_style=dict(headings="bold", body_indent_mm=10, heading_size=11, size=10.5),
    header=("East Hertfordshire District Council \u2013 Licensing", "left"),
    footer=("OFFICIAL\t\tPage {PAGE}", "left"),
    first_page_different=True,
    cover=[
        ("spacer", 2),
        ("big", "EAST HERTFORDSHIRE DISTRICT COUNCIL", 24),
        ("spacer", 2),
        ("textbox", [("Taxi and Private Hire Licensing Information Sharing Agreement", 20, True),
                     ("Hertfordshire Constabulary, Essex Police and the Licensing Authorities of East "
                      "Hertfordshire, North Hertfordshire, Stevenage, Broxbourne, Harlow and Uttlesford",
                      11, False)], 420, 130),
        ("spacer", 1),
        ("kv", [
            ["Owner", "East Hertfordshire District Council"],
            ["Document reference", "EHDC/LIC/ISA/02"],
            ["Version", "2.0"],
            ["Approved by", "Head of Legal and Democratic Services"],
            ["Date approved", "14 March 2024"],
        ]),
        ("spacer", 1),
        ("table", [
            ["Version", "Date", "Notes"],
            ["1.0", "September 2019", "Hertfordshire licensing authorities and Hertfordshire Constabulary"],
            ["1.1", "July 2021", "Updated for Statutory Taxi and Private Hire Vehicle Standards"],
            ["2.0", "March 2024", "Harlow, Uttlesford and Essex Police join; 2022 Act duties added"],
        ], dict(widths=[0.14, 0.24, 0.62])),
        ("pb",),
    ],
    blocks=[
        ("clause", "A", "PARTIES", None),
        ("p", "This agreement is made between (1) East Hertfordshire District Council, (2) North "
              "Hertfordshire District Council, (3) Stevenage Borough Council, (4) Broxbourne Borough "
              "Council, (5) Harlow Council and (6) Uttlesford District Council (together \u201cthe "
              "Licensing Authorities\u201d), and (7) the Chief Constable of Hertfordshire Constabulary and "
              "(8) the Chief Constable of Essex Police (together \u201cthe Police\u201d)."),
        ("clause", "B", "DEFINITIONS", None),
        ("p", "**\u201cLicence\u201d** means a hackney carriage or private hire driver\u2019s licence, a "
              "vehicle licence or a private hire operator\u2019s licence."),
        ("p", "**\u201cLicensee\u201d** means a person who holds or has applied for a Licence."),
        ("p", "**\u201cNR3S\u201d** means the National Register of Taxi and Private Hire Licence "
              "Revocations, Refusals and Suspensions."),
        ("p", "**\u201cRelevant Information\u201d** means information that may be relevant to whether a "
              "Licensee is a fit and proper person, including arrests, charges, convictions, cautions, "
              "complaints and safeguarding concerns."),
        ("clause", "C", "PURPOSE", "purpose"),
        ("p", E_PURPOSE),
        ("p", "Drivers licensed by one authority often work in another authority\u2019s area. This agreement "
              "therefore also provides for the Licensing Authorities to tell each other about concerns "
              "about drivers licensed elsewhere but working in their area."),
        ("clause", "D", "INFORMATION TO BE SHARED", "information_shared"),
        ("p", "The following may be shared, to the extent it is relevant to a particular Licensee:"),
        ("bul", ["identity details: name, date of birth, address and licence numbers;",
                 "Relevant Information held by the Police, including information disclosed under the "
                 "Common Law Police Disclosure provisions;",
                 "decisions to refuse, suspend or revoke a Licence and the reasons for them, including "
                 "entries made on NR3S;",
                 "complaints from passengers and the public and the outcome of investigations; and",
                 "vehicle information: registration, licence plate number and proprietor."]),
        ("clause", "E", "LEGAL BASIS", "legal_basis"),
        ("p", "Each Licensing Authority must not grant a driver\u2019s licence unless satisfied that the "
              "applicant is a fit and proper person: section 51 of the Local Government (Miscellaneous "
              "Provisions) Act 1976 and, for hackney carriages, the Town Police Clauses Act 1847. The "
              "Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022 requires a "
              "licensing authority that has safeguarding or road safety information about a driver "
              "licensed by another authority to pass it to that authority."),
        ("p", "Enhanced criminal record certificates are obtained under Part V of the Police Act 1997. "
              "Spent convictions may be taken into account because taxi and private hire licensing is "
              "excepted under the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975, made "
              "under the Rehabilitation of Offenders Act 1974."),
        ("p", "The Police may also disclose information to the Licensing Authorities under section 115 of "
              "the Crime and Disorder Act 1998 where this is necessary or expedient for the prevention "
              "of crime and disorder."),
        ("p", "The parties process personal data in accordance with the Data Protection Act 2018. "
              "Information about criminal convictions and offences is processed under Article 10 of the "
              "UK GDPR. The parties have regard to the Department for Transport\u2019s Statutory Taxi and "
              "Private Hire Vehicle Standards, which recommend this kind of sharing."),
        ("clause", "F", "RIGHTS OF LICENSEES", "individual_rights"),
        ("p", "Licensees are told on the application form and in each authority\u2019s licensing privacy "
              "notice that information about them will be shared with the Police and other licensing "
              "authorities. A Licensee may ask any party for a copy of the information it holds about "
              "them; the party receiving the request will consult the party the information came from "
              "before disclosing it. The Police will say whether disclosure would prejudice an "
              "investigation."),
        ("clause", "G", "SECURITY", "security"),
        ("p", "Relevant Information will be marked OFFICIAL-SENSITIVE. Each party will restrict access to "
              "licensing and police officers who need it, store information only on its licensing or "
              "police systems, and make sure that its officers have had data protection training."),
        ("clause", "H", "HOW AND WHEN INFORMATION IS SHARED", "format_frequency"),
        ("p", "Information will be shared by secure email between the licensing mailboxes and the "
              "Police licensing liaison officers listed in Schedule 1. Urgent safeguarding information "
              "will be shared by telephone the same day and confirmed by email. The Police will tell the "
              "relevant Licensing Authority within 48 hours of the arrest or charge of a person they know "
              "to be a Licensee. NR3S is checked for every new application."),
        ("clause", "I", "ACCURACY", "accuracy"),
        ("p", "Each party is responsible for the accuracy of the information it provides. Information "
              "that has not been tested, such as an allegation, will be described as such. A party that "
              "finds an error will tell the others who received the information."),
        ("clause", "J", "RETENTION", "retention"),
        ("p", "Licensing records will be kept for the life of the Licence and for six years after it "
              "ends, or for twelve years where a Licence was refused or revoked on safeguarding grounds. "
              "Police information will be kept by the Police in line with the Authorised Professional "
              "Practice on information management."),
        ("clause", "K", "COMPLAINTS", "complaints"),
        ("p", "Complaints about the sharing of information under this agreement will be dealt with "
              "through the complaints procedure of the party concerned."),
        ("clause", "L", "DATA SECURITY INCIDENTS", "breach"),
        ("p", "A party that becomes aware of a breach of security involving information shared under "
              "this agreement will inform the party that provided it within 24 hours. That party\u2019s Data "
              "Protection Officer will decide whether the breach must be reported to the Information "
              "Commissioner."),
        ("clause", "M", "COMMENCEMENT", "agreement"),
        ("p", "This Agreement comes into force on 1 April 2024 and replaces version 1.1."),
        ("clause", "N", "REVIEW", None),
        ("p", "This agreement will be reviewed 12 months after it comes into force and every two years "
              "after that, or sooner if the law or statutory guidance changes."),
        ("clause", "O", "WITHDRAWAL", "agreement"),
        ("p", "A party may withdraw from this agreement on three months\u2019 notice to the Owner. Information "
              "already shared will continue to be protected in accordance with this agreement."),
        ("clause", "P", "SIGNATURES", None),
        ("table", [
            ["Party", "Name", "Post", "Date"],
            ["East Hertfordshire District Council", "Oliver Reyes", "Licensing Manager", "14 March 2024"],
            ["North Hertfordshire District Council", "Kate Moorcroft", "Licensing Manager", "18 March 2024"],
            ["Stevenage Borough Council", "Daniel Ibe", "Licensing Team Leader", "20 March 2024"],
            ["Broxbourne Borough Council", "Siobhan Grey", "Head of Environmental Health and Licensing", "19 March 2024"],
            ["Harlow Council", "Imran Qureshi", "Licensing Manager", "22 March 2024"],
            ["Uttlesford District Council", "Beth Collins", "Licensing and Compliance Manager", "21 March 2024"],
            ["Hertfordshire Constabulary", "Supt Mark Davey", "Head of Safeguarding", "25 March 2024"],
            ["Essex Police", "DCI Hannah Roe", "Licensing and Safeguarding Liaison", "27 March 2024"],
        ], dict(widths=[0.34, 0.2, 0.3, 0.16], keep=True)),
        ("pb",),
        ("h", "SCHEDULE 1 \u2013 CONTACTS", None),
        ("table", [
            ["Party", "Mailbox"],
            ["East Hertfordshire District Council", "licensing@eastherts.gov.uk"],
            ["North Hertfordshire District Council", "licensing@north-herts.gov.uk"],
            ["Stevenage Borough Council", "licensing@stevenage.gov.uk"],
            ["Broxbourne Borough Council", "licensing@broxbourne.gov.uk"],
            ["Harlow Council", "licensing@harlow.gov.uk"],
            ["Uttlesford District Council", "licensing@uttlesford.gov.uk"],
            ["Hertfordshire Constabulary", "licensing.liaison@herts.police.uk"],
            ["Essex Police", "licensing.west@essex.police.uk"],
        ], dict(widths=[0.5, 0.5])),
        ("h", "SCHEDULE 2 \u2013 INFORMATION ITEMS", None),
        ("table", [
            ["Item", "Provided by", "When"],
            ["Arrest, charge or conviction of a Licensee", "Police", "Within 48 hours"],
            ["Intelligence indicating risk to passengers", "Police", "Same day if urgent"],
            ["Refusal, suspension or revocation", "Licensing Authority", "Within 5 working days"],
            ["Complaint about a driver licensed elsewhere", "Licensing Authority", "Within 5 working days"],
            ["Vehicle details", "Licensing Authority", "On request"],
        ], dict(widths=[0.46, 0.27, 0.27])),
    ],
    truth=dict(
        title="Taxi and Private Hire Licensing Information Sharing Agreement",
        purpose=E_PURPOSE,
        lead=P("East Hertfordshire District Council"),
        partners=[P("North Hertfordshire District Council"), P("Stevenage Borough Council"),
                  P("Broxbourne Borough Council"), P("Harlow Council", "Harlow District Council"),
                  P("Uttlesford District Council", "Uttlesford District Council"),
                  P("Hertfordshire Constabulary"), P("Essex Police", "Essex Police")],
        statutes=[
            S("section 51 of the Local Government (Miscellaneous Provisions) Act 1976",
              "Local Government (Miscellaneous Provisions) Act", 1976, "section 51"),
            S("Town Police Clauses Act 1847", "Town Police Clauses Act", 1847),
            S("Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022",
              "Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act", 2022, cat=False),
            S("Part V of the Police Act 1997", "Police Act", 1997, "Part V"),
            S("Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975",
              "Rehabilitation of Offenders Act 1974 (Exceptions) Order", 1975, kind="si"),
            S("Rehabilitation of Offenders Act 1974", "Rehabilitation of Offenders Act", 1974),
            S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
            S("Data Protection Act 2018", "Data Protection Act", 2018, cat=False),
            S("Article 10 of the UK GDPR", UKGDPR, 2016, "Article 10", kind="retained", cat=False),
        ],
        review_date="2025-04-01",
        review_basis="relative",
        commencement_date="2024-04-01",
    ),
))

# ==========================================================================
# 8. Dover DC: East Kent council tax sharing (Kent bodies, none in registry)
#    reportlab PDF only, two-column body.  "the controller who publishes it".
#    Review relative to the last signature, but signatures undated -> null.
#    No individual-rights section.  DPA 1998 named as the Act replaced.
# ==========================================================================

D_PURPOSE = (
    "This agreement allows Dover District Council to share council tax account information with the "
    "major preceptors and with its neighbouring East Kent councils so that discounts, exemptions and "
    "reductions can be checked, fraud and error can be detected and the council tax base can be "
    "forecast accurately, protecting the income on which all of the parties depend.")

AGREEMENTS.append(dict(
    id="dover_ct",
    base="DDC_East_Kent_Council_Tax_Data_Sharing_Agreement",
    renderer="reportlab",
    outputs=["pdf"],
    core=dict(author="Revenues", title="Data Sharing Agreement"),
    rl_layout=dict(size=9.5, justify=True, margin_mm=18,
                   header=("Dover District Council", "East Kent Council Tax Information Sharing Agreement"),
                   footer="Page {PAGE}", header_on_cover=False, footer_on_cover=False,
                   body_template="two", head_color="#5B1F4F", cover_color="#5B1F4F"),
    cover=[
        ("spacer", 8),
        ("big", "DOVER DISTRICT COUNCIL", 30),
        ("spacer", 2),
        ("center", "East Kent Council Tax Information Sharing Agreement", 20, True),
        ("spacer", 1),
        ("center", "Kent County Council \u2022 Kent and Medway Fire and Rescue Authority \u2022 Police and "
                   "Crime Commissioner for Kent \u2022 Canterbury City Council \u2022 Folkestone and Hythe "
                   "District Council \u2022 Thanet District Council", 11, False),
        ("spacer", 8),
        ("center", "Version 1.2  |  Revenues and Benefits Service, White Cliffs Business Park, Dover CT16 3PJ", 9, False),
    ],
    blocks=[
        ("h", "Purpose", "purpose"),
        ("p", D_PURPOSE),
        ("p", "Council tax is billed and collected by the district councils, but most of it is paid over "
              "to the major preceptors. Every pound of discount wrongly claimed is a loss to all of the "
              "parties, and the preceptors fund part of the cost of the work done to find it."),
        ("h", "Parties", None),
        ("p", "This agreement is made between:"),
        ("bul", ["Dover District Council;", "Kent County Council;",
                 "Kent and Medway Fire and Rescue Authority;",
                 "the Police and Crime Commissioner for Kent;", "Canterbury City Council;",
                 "Folkestone and Hythe District Council; and", "Thanet District Council."]),
        ("p", "In this agreement \u201cthe preceptors\u201d means Kent County Council, Kent and Medway Fire "
              "and Rescue Authority and the Police and Crime Commissioner for Kent, and \u201cthe East Kent "
              "councils\u201d means Canterbury City Council, Folkestone and Hythe District Council and Thanet "
              "District Council."),
        ("p", "This agreement is published by Dover District Council, which holds the council tax records "
              "concerned and is the controller responsible for maintaining this agreement and keeping it "
              "under review. Each other party is a separate controller of the information it receives."),
        ("h", "Information to be shared", "information_shared"),
        ("p", "Dover District Council will share:"),
        ("bul", ["with the preceptors: account-level data on single person discounts, exemptions, "
                 "empty homes premiums and council tax reduction, for the purposes of the review "
                 "programme they fund and of tax base forecasting;",
                 "with Canterbury, Folkestone and Hythe and Thanet: names, addresses and account dates "
                 "of council tax payers who move between the districts, to identify undeclared "
                 "occupiers and absconded debtors; and",
                 "with the Police and Crime Commissioner and Kent County Council: summary results of "
                 "fraud investigations, without personal data, for performance reporting."]),
        ("h", "Legal basis", "legal_basis"),
        ("p", "Billing authorities administer council tax, including discounts and exemptions, under "
              "Schedule 2 to the Local Government Finance Act 1992 and the Council Tax (Administration and "
              "Enforcement) Regulations 1992. Sharing for the detection of fraud is supported by the "
              "Fraud Act 2006 and by section 56 of the Digital Economy Act 2017, which permits "
              "specified public authorities to share information to combat fraud against the public "
              "sector."),
        ("p", "The parties also take part in the National Fraud Initiative under Schedule 9 to the Local "
              "Audit and Accountability Act 2014; this agreement does not change that exercise."),
        ("p", "The lawful basis for processing is Article 6(1)(e) UK GDPR. The parties will comply with the "
              "Data Protection Act 2018, which replaced the Data Protection Act 1998 under which the "
              "first East Kent agreement was made."),
        ("h", "Roles and funding", None),
        ("p", "Dover District Council will extract and send the data, act on any matches relating to its "
              "own accounts and report results to the Kent Council Tax Review Group. The preceptors will "
              "use the data only for the purposes in this agreement and will not contact council tax payers "
              "directly. The East Kent councils will act on movers data relating to their own accounts."),
        ("p", "The preceptors contribute to the cost of the review programme in proportion to their share "
              "of the council tax requirement, under the separate funding agreement between the Kent "
              "billing authorities and the preceptors. Each party otherwise bears its own costs."),
        ("h", "Security", "security"),
        ("p", "Files will be encrypted and transferred only through the Kent Connects secure file "
              "exchange. Access will be limited to named officers in each party\u2019s revenues, finance or "
              "counter-fraud team. Information will not be copied to removable media, and paper copies will "
              "not be produced."),
        ("h", "Transfers and frequency", "format_frequency"),
        ("p", "Account-level data for the preceptors will be provided quarterly, by the tenth working day "
              "after the quarter end, as a CSV file in the agreed layout. Movers data for the East Kent "
              "councils will be exchanged monthly. Fraud summaries will be provided twice a year."),
        ("h", "Retention", "retention"),
        ("p", "Receiving parties will delete account-level data within twelve months of receipt unless it "
              "forms part of an open investigation, in which case it will be kept until the case is "
              "closed and any proceedings concluded."),
        ("h", "Data quality", "accuracy"),
        ("p", "Data is supplied as it stands on Dover District Council\u2019s council tax system at the "
              "date of extraction. Matches are leads for enquiry, not proof: no party will change an "
              "account or take action against a person until the match has been checked."),
        ("h", "Complaints", "complaints"),
        ("p", "Complaints will be handled under the complaints procedure of the party that receives them. "
              "A complaint about a decision on a council tax account will be referred to Dover District "
              "Council."),
        ("h", "Breach", "breach"),
        ("p", "Any suspected breach of security or of this agreement must be reported to Dover District "
              "Council\u2019s Data Protection Officer without delay and in any case within 24 hours. The "
              "party responsible will decide with Dover District Council whether the Information "
              "Commissioner must be notified."),
        ("h", "Review and termination", "agreement"),
        ("p", "This agreement takes effect when it has been signed by all of the parties. This agreement "
              "will be reviewed two years from the date of the last signature. A party may end its "
              "participation on three months\u2019 notice to Dover District Council."),
        ("template", "single"),
        ("pb",),
        ("h", "Signatures", None),
        ("p", "Signed for and on behalf of each party:"),
        ("table", [
            ["Party", "Name", "Position", "Signature", "Date"],
            ["Dover District Council", "Helen Lamb", "Strategic Director (Corporate Resources)", "", ""],
            ["Kent County Council", "James Whitfield", "Head of Revenue and Tax Strategy", "", ""],
            ["Kent and Medway Fire and Rescue Authority", "Alison Grant", "Director of Finance", "", ""],
            ["Police and Crime Commissioner for Kent", "Rob Pryor", "Chief Finance Officer", "", ""],
            ["Canterbury City Council", "Nina Cole", "Head of Revenues", "", ""],
            ["Folkestone and Hythe District Council", "Stephen Hale", "Revenues Manager", "", ""],
            ["Thanet District Council", "Pauline Marr", "Head of Customer Services and Revenues", "", ""],
        ], dict(widths=[0.3, 0.16, 0.3, 0.12, 0.12])),
        ("h", "Schedule \u2013 Data fields", None),
        ("table", [
            ["Dataset", "Fields", "Recipients"],
            ["Discounts and exemptions", "Account reference; property reference; band; discount or exemption "
             "type; start and end dates; liable party name", "Kent County Council; Kent and Medway Fire and "
             "Rescue Authority; Police and Crime Commissioner for Kent"],
            ["Council tax reduction", "Account reference; award amount; start and end dates", "As above"],
            ["Movers", "Name; forwarding address; account open and close dates", "Canterbury, Folkestone "
             "and Hythe, Thanet"],
            ["Fraud summaries", "Numbers of cases, outcomes and values (no personal data)", "All parties"],
        ], dict(widths=[0.22, 0.48, 0.3])),
    ],
    truth=dict(
        title="East Kent Council Tax Information Sharing Agreement",
        purpose=D_PURPOSE,
        lead=P("Dover District Council"),
        partners=[P("Kent County Council"), P("Kent and Medway Fire and Rescue Authority"),
                  P("Police and Crime Commissioner for Kent"), P("Canterbury City Council"),
                  P("Folkestone and Hythe District Council"), P("Thanet District Council")],
        statutes=[
            S("Schedule 2 to the Local Government Finance Act 1992", "Local Government Finance Act", 1992,
              "Schedule 2"),
            S("Council Tax (Administration and Enforcement) Regulations 1992",
              "Council Tax (Administration and Enforcement) Regulations", 1992, kind="si"),
            S("Fraud Act 2006", "Fraud Act", 2006),
            S("section 56 of the Digital Economy Act 2017", "Digital Economy Act", 2017, "section 56", cat=False),
            S("Schedule 9 to the Local Audit and Accountability Act 2014", "Local Audit and Accountability Act",
              2014, "Schedule 9"),
            S("Article 6(1)(e) UK GDPR", UKGDPR, 2016, "Article 6(1)(e)", kind="retained", cat=False),
            S("Data Protection Act 2018", "Data Protection Act", 2018, cat=False),
            S("Data Protection Act 1998", "Data Protection Act", 1998),
        ],
        review_date=None,
        review_basis="relative",
        commencement_date=None,
    ),
))

# ==========================================================================
# 9. Epping Forest DC / Essex CC: Household Support Fund
#    docx + pdf.  Generic phrase above the title on the cover; the title also
#    in the Word header.  No lead.  Footer "Review date: March 2025".
#    No format/frequency or complaints section.  Slip: "Administation".
#    Provide CIC named as ECC's processor (not a party).
# ==========================================================================

F_PURPOSE = (
    "This agreement sets out how EFDC will share with ECC the names, addresses and council tax "
    "support details of low-income households in the Epping Forest District, so that ECC can make "
    "direct awards from the Household Support Fund to households who are struggling with the cost of "
    "food, energy and water, without those households having to apply.")

AGREEMENTS.append(dict(
    id="epping_hsf",
    base="EFDC_ECC_Household_Support_Fund_DSA",
    renderer="docx",
    outputs=["docx", "pdf"],
    core=dict(author="EFDC Legal", title="Information Sharing Agreement", created="2024-03-11T08:50:00",
              modified="2024-03-28T13:20:00", revision=5),
    docx_style=dict(headings="style", size=11),
    header=("Household Support Fund: Sharing of Council Tax Support Data with Essex County Council", "center"),
    footer=("OFFICIAL  |  Review date: March 2025  |  Page {PAGE}", "center"),
    first_page_different=True,
    cover=[
        ("spacer", 3),
        ("big", "EPPING FOREST DISTRICT COUNCIL", 26),
        ("spacer", 5),
        ("center", "Information Sharing Agreement", 16, False),
        ("center", "Household Support Fund: Sharing of Council Tax Support Data with Essex County Council", 18, True),
        ("spacer", 5),
        ("kv", [
            ["Version", "1.0"],
            ["Date", "28 March 2024"],
            ["Author", "Revenues and Benefits / Legal Services"],
            ["Approved by", "Section 151 Officer"],
            ["Classification", "OFFICIAL"],
        ]),
        ("pb",),
    ],
    blocks=[
        ("h", "Parties", None),
        ("p", "This agreement is made between (1) Epping Forest District Council (\u201cEFDC\u201d) of the "
              "Civic Offices, High Street, Epping CM16 4BZ and (2) Essex County Council (\u201cECC\u201d) of "
              "County Hall, Market Road, Chelmsford CM1 1QH."),
        ("h", "Purpose", "purpose"),
        ("p", F_PURPOSE),
        ("p", "ECC receives the Household Support Fund grant from the Department for Work and Pensions and "
              "has agreed with the Essex district councils that part of it will be paid directly to "
              "households receiving council tax support. EFDC holds the information needed to identify "
              "those households."),
        ("h", "Information to be shared", "information_shared"),
        ("p", "For each household in receipt of council tax support on the qualifying date set by ECC, "
              "EFDC will share:"),
        ("bul", ["the name of the council tax support claimant and any partner;",
                 "the property address and UPRN;",
                 "the number of dependent children in the household;",
                 "whether the claimant is of pension age; and",
                 "whether the claimant receives Universal Credit, a legacy benefit or no passported benefit."]),
        ("p", "EFDC will not share income details, bank details or information about health or "
              "disability."),
        ("h", "Lawful basis", "legal_basis"),
        ("p", "ECC administers the Household Support Fund under the grant determination made by the "
              "Secretary of State under section 31 of the Local Government Act 2003, and relies on the "
              "general power of competence in section 1 of the Localism Act 2011. Both parties are "
              "specified persons for the purposes of section 35 of the Digital Economy Act 2017, and the "
              "sharing meets the objective set out in the Digital Government (Disclosure of Information) "
              "Regulations 2018 of identifying and supporting individuals or households who face multiple "
              "disadvantages."),
        ("p", "Part of the information EFDC holds about council tax support claimants was derived from "
              "DWP data supplied under the Welfare Reform Act 2012. EFDC will share only the fact of "
              "receipt of a benefit and will not pass on DWP data itself; staff are reminded that "
              "unauthorised disclosure of social security information is an offence under section 123 "
              "of the Social Security Administation Act 1992."),
        ("p", "The lawful basis under data protection law is Article 6(1)(e) of the UK GDPR (public task), "
              "and the sharing complies with the Data Protection Act 2018."),
        ("h", "Transparency and individuals\u2019 rights", "individual_rights"),
        ("p", "EFDC\u2019s council tax support privacy notice has been updated to say that information is "
              "shared with ECC for the Household Support Fund, and ECC publishes a privacy notice for the "
              "Fund. Any household may ask not to receive an award; EFDC will then exclude it from future "
              "shares. Subject access and other requests will be dealt with by the party that receives "
              "them, after consulting the other party."),
        ("h", "Security", "security"),
        ("p", "ECC will hold the information in its grants system, accessible only to the Household "
              "Support Fund team. ECC may use its processor, Provide CIC, to contact households and "
              "arrange payment by voucher; ECC remains responsible for the processor\u2019s compliance. "
              "Neither party will use the information for marketing or pass it to any other person. "
              "Households who need further help may be signposted to Citizens Advice Epping Forest "
              "District, but their information will not be passed on without their agreement."),
        ("h", "Retention and deletion", "retention"),
        ("p", "ECC will delete the information received from EFDC within six months of the end of the "
              "Household Support Fund period to which it relates, keeping only the payment records it must "
              "retain for audit."),
        ("h", "Accuracy", "accuracy"),
        ("p", "EFDC will extract the information as at the qualifying date and will not update it after "
              "sending. Where ECC cannot trace a household at the address given, it will tell EFDC so "
              "that EFDC can check its records."),
        ("h", "Personal data breaches", "breach"),
        ("p", "Each party will tell the other within 24 hours of becoming aware of a personal data breach "
              "affecting the information shared, and will co-operate in containing it. The controller of "
              "the affected information will decide whether to notify the Information Commissioner."),
        ("h", "Term and termination", "agreement"),
        ("p", "This agreement starts on 1 April 2024 and will end when the Household Support Fund ends, "
              "unless ended earlier by either party on one month\u2019s notice."),
        ("h", "Signed", None),
        ("sig", "For **Epping Forest District Council**",
         [["Name", "Rachel Emmett"], ["Position", "Strategic Director and Section 151 Officer"],
          ["Signature", "R Emmett"], ["Date", "28 March 2024"]]),
        ("sig", "For **Essex County Council**",
         [["Name", "Simon Ashworth"], ["Position", "Director, Adult Social Care Commissioning"],
          ["Signature", "S Ashworth"], ["Date", "2 April 2024"]]),
        ("h", "Schedule \u2013 Data items", None),
        ("table", [
            ["Field", "Description", "Notes"],
            ["HSF_REF", "Unique reference created by EFDC", "Not the council tax account number"],
            ["CLAIMANT_NAME", "Title, forename and surname", ""],
            ["PARTNER_NAME", "Title, forename and surname", "Blank if none"],
            ["ADDRESS_1 to ADDRESS_4, POSTCODE", "Property address", ""],
            ["UPRN", "Unique property reference number", ""],
            ["CHILDREN", "Number of dependent children", "0 if none"],
            ["PENSION_AGE", "Y or N", ""],
            ["BENEFIT_GROUP", "UC, LEGACY or NONE", "No amounts"],
        ], dict(widths=[0.34, 0.38, 0.28])),
        ("h2", "Contacts"),
        ("table", [
            ["Party", "Contact", "Email"],
            ["Epping Forest District Council", "Benefits Manager", "benefits@eppingforestdc.gov.uk"],
            ["Epping Forest District Council", "Data Protection Officer", "dpo@eppingforestdc.gov.uk"],
            ["Essex County Council", "Household Support Fund Team", "hsf@essex.gov.uk"],
            ["Essex County Council", "Data Protection Officer", "dpo@essex.gov.uk"],
        ], dict(widths=[0.34, 0.3, 0.36])),
    ],
    truth=dict(
        title="Household Support Fund: Sharing of Council Tax Support Data with Essex County Council",
        purpose=F_PURPOSE,
        lead=None,
        partners=[P("Epping Forest District Council", "Epping Forest District Council"),
                  P("Essex County Council", "Essex County Council")],
        statutes=[
            S("section 31 of the Local Government Act 2003", "Local Government Act", 2003, "section 31"),
            S("section 1 of the Localism Act 2011", "Localism Act", 2011, "section 1"),
            S("section 35 of the Digital Economy Act 2017", "Digital Economy Act", 2017, "section 35", cat=False),
            S("Digital Government (Disclosure of Information) Regulations 2018",
              "Digital Government (Disclosure of Information) Regulations", 2018, kind="si"),
            S("Welfare Reform Act 2012", "Welfare Reform Act", 2012),
            S("section 123 of the Social Security Administation Act 1992", "Social Security Administration Act",
              1992, "section 123"),
            S("Article 6(1)(e) of the UK GDPR", UKGDPR, 2016, "Article 6(1)(e)", kind="retained", cat=False),
            S("Data Protection Act 2018", "Data Protection Act", 2018, cat=False),
        ],
        review_date="2025-03-31",
        review_basis="explicit",
        commencement_date="2024-04-01",
    ),
))
