"""The agreements of the bundled sample corpus, drawn from the WEISF register (seed 000).

Titles, purposes, leads, partners and review months follow the register entries; the
section wording adapts the Overarching Safeguarding Agreement (seed 001). Each agreement
varies what an extractor finds hard: layout, how parties and dates are written, how
legislation is cited, and which sections are left out. ``org`` is the registry name a party
means (``pipeline/resources/registry.csv``), None for bodies outside the registry.
"""

from __future__ import annotations

from datetime import date

from corpus_text import Agreement as A
from corpus_text import B, Cite, EveryYears, P, Party, Written

ECC = "Essex County Council"

# Citations, each in the form one document writes it.
CARE = Cite("Care Act 2014", (("Care Act", 2014),))
# Written in 2018, before the UK GDPR existed: the EU Regulation, as the project names it.
GDPR = Cite("General Data Protection Regulation",
            (("General Data Protection Regulation (EU)", 2016),))
CHILDREN_ACTS = Cite("Children Acts 1989 and 2004",
                     (("Children Act", 1989), ("Children Act", 2004)))
CA1989_S17 = Cite("section 17 of the Children Act 1989", (("Children Act", 1989),), "section 17")
CA2004_S10 = Cite("Section 10 of the Children Act 2004", (("Children Act", 2004),), "section 10")
CA2004_S10_11 = Cite("sections 10 and 11 of the Children Act 2004", (("Children Act", 2004),),
                     "sections 10 and 11")
HRA = Cite("Human Rights Act 1998", (("Human Rights Act", 1998),))
HRA_ART8 = Cite("Human Rights Act 1998 (Article 8)", (("Human Rights Act", 1998),), "article 8")
CDA_S115 = Cite("Section 115 of the Crime and Disorder Act 1998",
                (("Crime and Disorder Act", 1998),), "section 115")
CDA_S115_SHORT = Cite("s.115 Crime and Disorder Act 1998", (("Crime and Disorder Act", 1998),),
                      "section 115")
MCA = Cite("Mental Capacity Act 2005", (("Mental Capacity Act", 2005),))
DPA98 = Cite("Data Protection Act 1998", (("Data Protection Act", 1998),))
DPA98_SHORT = Cite("DPA 1998", (("Data Protection Act", 1998),))
DPA18 = Cite("Data Protection Act 2018", (("Data Protection Act", 2018),))
FOI = Cite("Freedom of Information Act 2000", (("Freedom of Information Act", 2000),))
FOI_ABBR = Cite("Freedom of Information (FOI) Act 2000", (("Freedom of Information Act", 2000),))
LOCALISM = Cite("Localism Act 2011", (("Localism Act", 2011),))
ESA_S68 = Cite("sections 68 to 72 of the Education and Skills Act 2008",
               (("Education and Skills Act", 2008),), "sections 68 to 72")
CFA = Cite("Children and Families Act 2014", (("Children and Families Act", 2014),))
SSFA = Cite("School Standards and Framework Act 1998",
            (("School Standards and Framework Act", 1998),))
EDUCATION_S444 = Cite("section 444 of the Education Act 1996", (("Education Act", 1996),),
                      "section 444")
ASBA_S23 = Cite("s.23 Anti-social Behaviour Act 2003", (("Anti-social Behaviour Act", 2003),),
                "section 23")
CRCA_S18 = Cite("section 18 of the Commissioners for Revenue and Customs Act 2005",
                (("Commissioners for Revenue and Customs Act", 2005),), "section 18")
LGFA = Cite("Local Government Finance Act 1988", (("Local Government Finance Act", 1988),))
CHILDCARE = Cite("Childcare Act 2006", (("Childcare Act", 2006),))

_CONSENT = P("The consent of those involved to share information should be obtained unless it "
             "would place someone at risk or be likely to prejudice the prevention or detection "
             "of crime or the apprehension or prosecution of offenders.")

OVERARCHING_SAFEGUARDING = A(
    title="Overarching Safeguarding Agreement",
    theme="Safer Community",
    layout="weisf_template",
    lead=Party("Essex County Council", ECC),
    partners=(
        Party("Southend Borough Council", "Southend Borough Council"),
        Party("Thurrock Council", "Thurrock Council"),
        Party("Essex Police", "Essex Police"),
        Party("Community Rehabilitation Company", "Essex Community Rehabilitation Company"),
        Party("North East London Foundation Trust (NELFT)",
              "North East London NHS Foundation Trust"),
        Party("Mid Essex CCG", "Mid Essex Clinical Commissioning Group"),
        Party("Barnardo’s", "Barnardo's"),
        Party("Essex Fire & Rescue Service", "Essex County Fire and Rescue Service"),
    ),
    purpose="The purpose of this agreement is to facilitate the exchange of personal and "
            "sensitive information in the interests of protecting children, young people and "
            "adults from actual or potential harm and to ensure that when information is shared "
            "the legal means to do so exists.",
    purpose_more=(
        P("Living a life that is free from harm and abuse is a fundamental right of every "
          "person. All the signatories to this agreement are at the forefront of preventing harm "
          "or abuse and taking action where necessary."),
        P("Information sharing under this protocol will also:"),
        B("Provide early and effective multi-agency intervention to safeguard children and "
          "adults with care and support needs;",
          "Encourage effective information sharing between different services and professional "
          "groups, based upon trust and mutual understanding;",
          "Support the prevention and reduction of crime and the identification and "
          "apprehension of offenders."),
        _CONSENT,
    ),
    information=(
        "Service user’s name, address, age, details of racial or ethnic origin, physical and/or "
        "mental health;",
        "Information exchanged in the course of safeguarding procedures about alleged victims "
        "and alleged perpetrators;",
        "Data relating to an offence – nature of the offence, time, date and location;",
        "Information exchanged for risk management via Multi-agency Public Protection "
        "Arrangements (MAPPA);",
        "Information required for Serious Case Reviews, Safeguarding Adult Reviews and the Child "
        "Death Overview Panel;",
        "Data required for Multi-agency Risk Assessment Conferences (MARAC).",
    ),
    legal_basis=(
        P("Local authority responsibilities for sharing information are set out in the ", CARE,
          ". Under that Act a local authority must set up a Safeguarding Adults Board and "
          "co-operate with each of its relevant partners, and each relevant partner must "
          "co-operate with the local authority."),
        P("The ", CHILDREN_ACTS, " provide a comprehensive framework for the care and protection "
          "of children and require local authorities and other bodies to work together to "
          "improve the well-being of children in their area. The HM Government guidance Working "
          "Together to Safeguard Children sets these duties out in detail."),
        P("Under the ", HRA_ART8, " individuals have a right to respect for their private and "
          "family life. This is not an absolute right and can be overridden if necessary and in "
          "accordance with the law, for example for the protection of health or the prevention "
          "of crime."),
        P("Any person may disclose information to a relevant authority under ", CDA_S115,
          " where disclosure is necessary or expedient for the purposes of the reduction and "
          "prevention of crime and disorder."),
        P("The ", MCA, " will apply if there is any doubt that the person concerned has the "
          "mental capacity to make specific decisions about sharing information."),
        P("The ", DPA98, " sets out the parameters for sharing information appropriately and "
          "safely: information should be necessary for the purpose, shared only with those who "
          "need it, accurate, shared securely and not kept for longer than necessary."),
        P("The sharing of information in health and social care is also guided by the Caldicott "
          "principles and by the common law duty of confidence, neither of which prevents "
          "sharing where it is in the best interests of the person or where the public interest "
          "outweighs the duty of confidence."),
    ),
    method="using secure methods approved by partners, including verbal exchanges by telephone "
           "or face-to-face, secure email and shared electronic records",
    frequency="Data will be shared as required for the purposes specified, including the "
              "meetings of the Essex Safeguarding Children Board and the Essex Safeguarding "
              "Adults Board.",
    retention="Information will be retained in accordance with each partner’s data retention "
              "policy and in any event no longer than is necessary.",
    review=EveryYears(1),
    signed=Written(date(2017, 5, 15), "dd/mm/yyyy"),
    foi=FOI_ABBR,
    front=(("Safeguarding DPIA v2.0", ECC), ("Essex MARAT operating protocol v10.0", ECC),
           ("", ""), ("SET Safeguarding Adult Guidelines; SET Child Protection Procedures", "")),
)

PRE_BIRTH_TO_19 = A(
    title="Integrated Pre-Birth to 19 Health, Well-being and Family Support Services",
    theme="Health and Wellbeing",
    layout="weisf_template",
    lead=Party("Essex County Council", ECC),
    partners=(
        Party("Virgin Care", "Virgin Care Limited"),
        Party("Barnardos", "Barnardo's"),
        Party("Basildon and Thurrock University Hospitals NHS Foundation Trust",
              "Basildon and Thurrock University Hospitals NHS Foundation Trust"),
        Party("CHUFT", "Colchester Hospital University NHS Foundation Trust"),
        Party("MEHT", "Mid Essex Hospital Services NHS Trust"),
        Party("Princess Alexandra Hospital NHS Trust", "Princess Alexandra Hospital NHS Trust"),
        Party("Southend University Hospital NHS Foundation Trust",
              "Southend University Hospital NHS Foundation Trust"),
        Party("Provide", "Provide"),
    ),
    purpose="Supporting children, young people and their families from conception through birth, "
            "the early years and growing up will give all children the best opportunity to "
            "succeed.",
    purpose_more=(
        P("We want children and young people to thrive, be healthy, to have fun at school and "
          "while learning and make a positive contribution throughout their lives."),
        P("This protocol supports the integrated Healthy Child Programme from pre-birth to 19, "
          "which brings together health visiting, school nursing and family support. Maternity "
          "units notify the service of births and antenatal contacts so that every family is "
          "offered the mandated reviews."),
    ),
    information=(
        "Notification of births: child’s name, date of birth, NHS number, address and GP "
        "practice;",
        "Antenatal contacts and maternity risk factors relevant to the health visiting service;",
        "Health visiting and school nursing contacts, including the mandated reviews at 6–8 "
        "weeks, 1 year and 2–2½ years;",
        "Child protection plan, child in need and looked after status;",
        "Family support needs and referrals to Family Solutions;",
        "Aggregated performance data for commissioning and contract monitoring.",
    ),
    legal_basis=(
        P("Essex County Council is required by ", CA2004_S10, " to make arrangements to promote "
          "co-operation between relevant partners with a view to improving the well-being of "
          "children in its area, and relevant partners must co-operate with it."),
        P("The public health functions transferred to local authorities in 2013 include the "
          "commissioning of health visiting and school nursing. The ", LOCALISM, " also gives "
          "the Council a general power of competence."),
        P("Personal data will be processed in accordance with the ", DPA98, ". Information "
          "about physical or mental health is sensitive personal data and will be shared only "
          "where a condition for processing sensitive data is met, usually the provision of "
          "care and treatment."),
        P("Sharing is compatible with the ", HRA, " because it pursues the legitimate aim of "
          "protecting health and is proportionate to that aim."),
        P("Health professionals will also follow Confidentiality: NHS Code of Practice and the "
          "common law duty of confidence. Working Together to Safeguard Children applies "
          "wherever there are safeguarding concerns."),
    ),
    method="through the shared SystmOne clinical record and, between other partners, by secure "
           "email (nhs.net or GCSx)",
    frequency="Birth notifications are sent daily; caseload and performance extracts are shared "
              "monthly.",
    retention="Health visiting and school nursing records are children’s health records and will "
              "be kept until the young person’s 25th birthday, in line with the Records "
              "Management Code of Practice for Health and Social Care.",
    review=Written(date(2018, 3, 1), "mon-yyyy"),
    commencement=Written(date(2017, 4, 1), "d month yyyy"),
    missing=frozenset({"complaints"}),
    front=(("PIA – Pre-Birth to 19 (v1.2)", ECC), ("", ""),
           ("ECC/HCP/0-19/2017", ECC), ("Service specification, Schedule 2", "")),
)

CCIS = A(
    title="Client Caseload Information System (CCIS) Information Sharing Framework",
    theme="Learning and Education",
    layout="weisf_template",
    lead=Party("Essex County Council", ECC),
    partners=(
        Party("Thurrock Unitary Authority", "Thurrock Council"),
        Party("Southend Borough Council", "Southend Borough Council"),
        Party("Kent County Council", None),
        Party("Medway Council", None),
    ),
    purpose="To effectively share information relating to young people with learning "
            "difficulties and disabilities.",
    purpose_more=(
        P("Local authorities must track the participation in education, employment and "
          "training of young people up to the age of 18, and up to 25 for those with an "
          "Education, Health and Care plan. Young people often study or train outside the area "
          "in which they live, so their caseload records must follow them."),
    ),
    information=(
        "Name, date of birth, gender, address and unique learner number;",
        "Current activity (education, employment or training) and the provider attended;",
        "Special educational needs and disability status, including whether the young person "
        "has an Education, Health and Care plan;",
        "The date the young person moved into or out of the area;",
        "Destination data at the end of Year 11 and Year 13.",
    ),
    legal_basis=(
        P("Local authorities have duties under ", ESA_S68, " to encourage, enable or assist "
          "young people to participate in education or training, and to track their "
          "participation."),
        P("The ", CFA, " extends these duties to young people with special educational needs "
          "and disabilities up to the age of 25."),
        P("Sharing complies with the ", DPA98, ". Each partner is a data controller in its own "
          "right for the records it holds in its caseload system."),
    ),
    method="by secure file transfer through the CCIS exchange portal",
    frequency="Movers-in and movers-out files are exchanged monthly, with a full reconciliation "
              "each September.",
    retention="",
    review=Written(date(2019, 1, 31), "d month yyyy"),
    review_sentence="Review date: {date}",
    commencement=Written(date(2017, 2, 1), "d month yyyy"),
    missing=frozenset({"retention", "accuracy"}),
    foi=FOI,
    front=(("", ""), ("CCIS monthly exchange procedure v2", ECC), ("None", ""),
           ("CCIS management information requirements", ECC)),
)

BEST_GROWTH_HUB = A(
    title="BEST Growth Hub Data Sharing Protocol",
    theme="Growing Essex Economy",
    layout="cover_table",
    lead=Party("Southend on Sea Borough Council", "Southend Borough Council"),
    partners=(
        Party("Essex CC", ECC),
        Party("Thurrock Council", "Thurrock Council"),
        Party("South East Local Enterprise Partnership", None),
    ),
    purpose="This ISP is to facilitate the delivery and management of business support services "
            "to SMEs in the Essex, Southend and Thurrock area provided by South East Local "
            "Enterprise Partnership under the auspices of the BEST Growth Hub, supported by the "
            "Delivery Partners.",
    purpose_more=(
        P("Sharing contact and enquiry details allows the Growth Hub to refer businesses to the "
          "right adviser, avoid duplicate contact and report the impact of publicly funded "
          "support."),
    ),
    information=(
        "Business name, address, sector and number of employees;",
        "Name, job title, telephone number and email address of the business contact;",
        "Details of the enquiry, the support requested and any referral made;",
        "Outcomes of support, such as jobs created or safeguarded.",
    ),
    legal_basis=(
        P("The partners rely on the general power of competence in the ", LOCALISM, " to "
          "provide business support services and to work with the Local Enterprise "
          "Partnership."),
        P("Contact details of sole traders and employees are personal data and are processed in "
          "accordance with the ", DPA98, ". Businesses are told at first contact that their "
          "details will be shared with the Delivery Partners, and may opt out of marketing at "
          "any time."),
    ),
    method="through the Growth Hub customer relationship management system, to which each "
           "Delivery Partner has role-based access",
    frequency="Enquiries are shared as they arise; a quarterly monitoring return is provided to "
              "the Local Enterprise Partnership.",
    retention="Business contact records will be kept for six years after the last support "
              "provided, to meet European Regional Development Fund audit requirements, and then "
              "securely deleted.",
    review=Written(date(2019, 5, 1), "mon-yyyy"),
    commencement=Written(date(2017, 6, 1), "dd/mm/yyyy"),
    missing=frozenset({"individual_rights", "complaints"}),
)

EMOTIONAL_WELLBEING = A(
    title="Emotional Well-being And Mental Health Service",
    theme="Health and Wellbeing",
    layout="cover_table",
    lead=Party("Essex County Council", ECC),
    partners=(
        Party("NELFT", "North East London NHS Foundation Trust"),
        Party("Southend Borough Council", "Southend Borough Council"),
        Party("Thurrock Council", "Thurrock Council"),
    ),
    purpose="To improve the emotional wellbeing and mental health of children and young people, "
            "aged 0-18, and 0-25 for Special Educational Needs children.",
    purpose_more=(
        P("The new service will be delivered as per the service specification. The three "
          "commissioning authorities and the provider need to share referral, caseload and "
          "outcome information so that young people receive a seamless service wherever they "
          "live in Essex, Southend or Thurrock."),
        _CONSENT,
    ),
    information=(
        "Referral details: name, date of birth, NHS number, address, GP and referrer;",
        "Presenting needs, risk assessment and any safeguarding concerns;",
        "Appointments offered and attended, and waiting times;",
        "Outcome measures and discharge summaries;",
        "Looked after and special educational needs status, where relevant to the care offered.",
    ),
    legal_basis=(
        P("Local authorities have a duty under ", CA1989_S17, " to safeguard and promote the "
          "welfare of children in need in their area."),
        P("Information will be processed fairly and lawfully in accordance with the ",
          DPA98_SHORT, ", and information about physical or mental health will be shared only "
          "where a condition for processing sensitive personal data is met."),
        P("Any interference with privacy must be justified and proportionate under the ",
          HRA_ART8, "."),
        P("Where a young person aged 16 or over may lack capacity to consent, the ", MCA,
          " applies."),
        P("The common law duty of confidence and the Caldicott principles continue to apply to "
          "clinical information held by NELFT."),
    ),
    method="by secure email between nhs.net and GCSx accounts, and through read-only access to "
           "the provider’s electronic patient record for named commissioning leads",
    frequency="Referrals are passed on the day they are received; a monthly contract monitoring "
              "report containing pseudonymised data is sent to each commissioner.",
    retention="Clinical records will be retained by the provider in line with the Records "
              "Management Code of Practice for Health and Social Care. Commissioners will keep "
              "monitoring reports for three years.",
    review=Written(date(2018, 7, 31), "dd/mm/yyyy"),
    commencement=Written(date(2016, 8, 1), "d month yyyy"),
)

HERTFORDSHIRE_ADMISSIONS = A(
    title="Hertfordshire School Admissions",
    theme="Learning and Education",
    layout="cover_table",
    lead=Party("Essex County Council (ECC)", ECC),
    partners=(Party("Hertfordshire County Council", None),),
    purpose="Hertfordshire County Council (HCC) require data for a transfer from primary school "
            "to secondary school mail out.",
    purpose_more=(
        P("They require the information of current year 5 students who live in Hertfordshire "
          "but who attend a school in Essex. Once received, the data will be used to distribute "
          "information about Hertfordshire secondary schools open events."),
    ),
    information=(
        "Pupil name, date of birth and gender;",
        "Home address and postcode (Hertfordshire addresses only);",
        "Name of the Essex primary school attended;",
        "Parent or carer name, for addressing the mail out.",
    ),
    legal_basis=(
        P("Hertfordshire County Council has duties under the ", SSFA, " to publish admissions "
          "information and to co-ordinate admissions for children resident in its area."),
        P("The sharing is lawful under the ", DPA18, " because it is necessary for the "
          "performance of a task carried out in the public interest. Only the minimum data "
          "needed for the mail out will be shared, and no special category data is included."),
    ),
    method="as a password-protected spreadsheet sent by secure email (Egress)",
    frequency="The data is sent once a year, in the spring term.",
    retention="Hertfordshire County Council will delete the data once the mail out has been "
              "completed, and in any event by 31 December of the year in which it was received.",
    review=Written(date(2019, 8, 1), "month yyyy"),
    commencement=Written(date(2018, 9, 1), "dd/mm/yyyy"),
    missing=frozenset({"security", "complaints", "breach"}),
    sar_period="one calendar month",
)

AQUINAS_PENALTY_NOTICES = A(
    title="School Penalty Notice for Non-Attendance (Aquinas)",
    theme="Learning and Education",
    layout="cover_table",
    lead=Party("Essex County Council", ECC),
    partners=(Party("Aquinas", None),),
    purpose="To enable Aquinas to manage no-school attendance matters on behalf of the schools "
            "within Essex who commission their services.",
    purpose_more=(
        P("Aquinas will prepare and issue penalty notices for unauthorised absence on behalf of "
          "the commissioning schools. Essex County Council remains responsible for the Essex "
          "penalty notice code of conduct and for any prosecution."),
    ),
    information=(
        "Pupil name, date of birth, school and year group;",
        "Attendance records and the sessions of unauthorised absence;",
        "Names and addresses of parents or carers with parental responsibility;",
        "Previous warnings, penalty notices issued and payment status;",
        "Outcome of referrals for prosecution.",
    ),
    legal_basis=(
        P("Parents must secure their child’s regular attendance at school, and an offence is "
          "committed under ", EDUCATION_S444, " where a registered pupil fails to attend "
          "regularly."),
        P("Penalty notices may be issued as an alternative to prosecution under ", ASBA_S23,
          ", in accordance with the local code of conduct."),
        P("Personal data will be processed in accordance with the ", DPA98, ". Where attendance "
          "concerns suggest a child may be at risk, staff will follow Working Together to "
          "Safeguard Children and make a referral to the Children and Families Hub."),
    ),
    method="through the Council’s secure attendance portal, or by secure email (GCSx or Egress)",
    frequency="Referrals from schools are passed on within five school days; payment and "
              "prosecution outcomes are reported to the Council monthly.",
    retention="Penalty notice case files will be kept for six years from the date the case is "
              "closed and then securely destroyed.",
    review=EveryYears(1),
    signed=Written(date(2017, 2, 1), "dd/mm/yyyy"),
)

VOA_HMRC = A(
    title="VOA HMRC Information Sharing Protocol",
    theme="Growing Essex Economy",
    layout="prose",
    lead=Party("Valuation Office Agency", None),
    partners=(Party("Braintree District Council", "Braintree District Council"),),
    party_style="between",  # the sentence reads "between the Valuation Office Agency"
    purpose="This ISP sets out the overarching arrangements for all information that is shared "
            "by the Valuation Office Agency (VOA) with the Billing Authority.",
    purpose_more=(
        P("The VOA compiles and maintains the rating lists for non-domestic rates and the "
          "valuation lists for council tax. The Billing Authority needs accurate and timely "
          "information about list entries, and the VOA needs information from the Billing "
          "Authority about new and altered properties."),
    ),
    information=(
        "Rating list and valuation list entries, including the billing authority reference, "
        "address, description and rateable value or council tax band;",
        "Schedules of alterations and the reason for each alteration;",
        "Building control completions, planning consents and other property particulars "
        "supplied by the Billing Authority;",
        "Names and contact details of ratepayers and agents, where needed to resolve a "
        "particular case.",
    ),
    legal_basis=(
        P("HMRC and VOA officers may disclose information only where permitted by ", CRCA_S18,
          ". Disclosures to the Billing Authority are made for the purposes of its functions "
          "in relation to non-domestic rating and council tax."),
        P("The Billing Authority’s functions in relation to non-domestic rates arise under the ",
          LGFA, ", and its discretionary rate relief powers were extended by the ", LOCALISM,
          "."),
        P("Information about individual ratepayers is personal data, and both parties will "
          "process it in accordance with the ", DPA98, ". Information received from the VOA "
          "must not be further disclosed without the VOA’s consent."),
    ),
    method="through the VOA’s secure data transfer service, or by secure email where a single "
           "case is involved",
    frequency="Schedules of alterations are sent weekly; full list extracts are provided on "
              "request and at each revaluation.",
    retention="Each party will keep information for no longer than is needed for its rating and "
              "council tax functions, and in any event for no more than six years after the end "
              "of the financial year to which it relates.",
    review=Written(date(2018, 2, 28), "dd/mm/yyyy"),
    review_sentence="This protocol will be reviewed by {date}.",
    commencement=Written(date(2017, 3, 1), "d month yyyy"),
    missing=frozenset({"complaints"}),
)

NEW_BORN_DATA = A(
    title="New Born Data",
    theme="Health and Wellbeing",
    layout="prose",
    lead=Party("Provide", "Provide"),
    partners=(Party("Norfolk County Council", None),),
    purpose="To regulate specific information sharing between Provide and Norfolk County "
            "Council (NCC) and its Children Centres to enable these organisations to perform "
            "their statutory duty to improve the well-being of children and to safeguard and "
            "promote the welfare of children.",
    purpose_more=(
        P("The information will be in relation to children within Norfolk, and will be used:"),
        B("to facilitate access for contact and notification of universal and targeted "
          "services available;",
          "to support partnership working between health practitioners and Children’s Centre "
          "staff;",
          "to forecast school places by matching live birth data to catchment areas;",
          "to evaluate the impact of children’s centres on educational and health and "
          "wellbeing outcomes."),
    ),
    information=(
        "Child’s name, date of birth, gender and NHS number;",
        "Home address and postcode;",
        "Name of the mother or main carer and a contact telephone number;",
        "Name of the health visitor and GP practice;",
        "Date of the new birth visit.",
    ),
    legal_basis=(
        P("Local authorities and their relevant partners must co-operate to improve the "
          "well-being of children, and must make arrangements to safeguard and promote their "
          "welfare, under ", CA2004_S10_11, "."),
        P("The ", CHILDCARE, " requires local authorities to improve the well-being of young "
          "children and to reduce inequalities between them, and the Government’s Children’s "
          "Centre statutory guidance expects health services to share live birth data with "
          "children’s centres."),
        P("Provide will disclose birth data in accordance with the ", DPA98, " and "
          "Confidentiality: NHS Code of Practice. Parents are told about the sharing at the new "
          "birth visit and may object. The common law duty of confidence and the Caldicott "
          "principles apply to all health information shared."),
    ),
    method="as an encrypted file sent from Provide’s nhs.net account to a named officer’s GCSx "
           "account",
    frequency="Live birth data is sent monthly.",
    retention="",
    review=None,
    missing=frozenset({"retention", "agreement"}),
)

BASILDON_CSP = A(
    title="Basildon Community Safety Partnership ISP",
    theme="Safer Community",
    layout="prose",
    lead=Party("Basildon Borough Council", "Basildon Borough Council"),
    partners=(
        Party("Essex Police", "Essex Police"),
        Party("Essex Community Rehabilitation Co", "Essex Community Rehabilitation Company"),
        Party("National Probation Service", "National Probation Service (Essex)"),
        Party("Essex CC", ECC),
        Party("Essex Fire & Rescue Service", "Essex County Fire and Rescue Service"),
        Party("Basildon & Brentwood Clinical Commissioning Group (CCG)",
              "Basildon and Brentwood Clinical Commissioning Group"),
    ),
    party_style="bullets",
    purpose="This information sharing protocol aims to facilitate the transparent exchange of "
            "crime and disorder data that is necessary, relevant, and proportionate and within "
            "the existing legislative information sharing framework between all signatory "
            "partners within the Basildon Community Safety Partnership.",
    purpose_more=(
        P("The Partnership carries out an annual strategic assessment, agrees local priorities "
          "and manages individual cases of anti-social behaviour and domestic abuse through its "
          "multi-agency problem-solving groups."),
    ),
    information=(
        "Depersonalised crime and incident data by ward and location;",
        "Anti-social behaviour case details: names, addresses and dates of birth of victims and "
        "alleged perpetrators;",
        "Fire service incident data, including deliberate fires;",
        "Offender management information for persons subject to supervision;",
        "Aggregated data on referrals to alcohol and substance misuse services.",
    ),
    legal_basis=(
        P("Any person may lawfully disclose information to a relevant authority under ",
          CDA_S115_SHORT, " where disclosure is necessary or expedient for the purposes of any "
          "provision of that Act, including the Partnership’s strategy for the reduction of "
          "crime and disorder."),
        P("The ", DPA98, " is not a barrier to sharing where the conditions for processing are "
          "met, and exemptions apply where personal data is processed for the prevention or "
          "detection of crime."),
        P("Partners will act compatibly with the ", HRA, " and will share only what is "
          "proportionate to the aim pursued. Where there is no statutory gateway, the common "
          "law duty of confidence will be considered and information will be shared only with "
          "consent or where there is an overriding public interest."),
    ),
    method="",
    frequency="",
    retention="Case information will be kept for two years after a case is closed; aggregated "
              "data may be kept for up to six years for strategic assessments.",
    review=EveryYears(2),
    commencement=Written(date(2016, 11, 30), "d month yyyy"),
    signed=Written(date(2016, 11, 30), "dd/mm/yyyy"),
    missing=frozenset({"format_frequency"}),
    foi=FOI_ABBR,
)

# --- the second batch: the document_control layout, and one more of each of two others ---

CHILDREN_ACTS_SLASH = Cite("Children Act 1989 / 2004",
                           (("Children Act", 1989), ("Children Act", 2004)))
CA1989_S47 = Cite("s.47 Children Act 1989", (("Children Act", 1989),), "section 47")
SEXUAL_OFFENCES = Cite("Sexual Offences Act 1956 / 1967 / 2003",
                       (("Sexual Offences Act", 1956), ("Sexual Offences Act", 1967),
                        ("Sexual Offences Act", 2003)))
FGM_S5B = Cite("section 5B of the Female Genital Mutilation Act 2003",
               (("Female Genital Mutilation Act", 2003),), "section 5B")
DEA_PART5 = Cite("Part 5 of the Digital Economy Act 2017", (("Digital Economy Act", 2017),),
                 "part 5")

DPARS = A(
    title="DPaRS ISP: School Readiness in Vange",
    theme="Learning and Education",
    layout="document_control",
    short_title="DPaRS ISP",
    lead=Party("Essex County Council", ECC),
    partners=(
        Party("Basildon Borough Council", "Basildon Borough Council"),
        Party("Essex Police", "Essex Police"),
        Party("University of Essex", None),
    ),
    purpose="By sharing, matching and modelling pseudonymised data, we expect to gain "
            "additional insight into the issue of school readiness in Vange that will inform "
            "commissioning interventions to support the community in improving outcomes in "
            "early years.",
    purpose_more=(
        P("Fewer children in Vange reach a good level of development at the end of the "
          "Early Years Foundation Stage than elsewhere in the district. The partners each hold "
          "part of the picture: early years outcomes, housing and benefits, and incidents "
          "involving households with young children."),
        P("Each partner will replace names and addresses with a pseudonymous key before the "
          "data leaves its systems. The analysts will match the records on that key only and "
          "will never receive the key itself. Findings will be published in aggregate form."),
    ),
    information=(
        "A pseudonymous key generated from the child’s name, date of birth and postcode;",
        "Early Years Foundation Stage Profile results and take-up of funded early education "
        "for two-year-olds;",
        "Housing tenure, temporary accommodation and council tax support status of the "
        "household;",
        "Counts of police incidents at the household, by category (domestic abuse, "
        "anti-social behaviour), over the previous three years;",
        "Output area of the home address (not the address itself).",
    ),
    legal_basis=(
        P("Essex County Council relies on the general power of competence in the ", LOCALISM,
          " to commission this research, together with its duties to improve the well-being "
          "of young children in its area."),
        P("Disclosures of police information are made under ", CDA_S115_SHORT, ", as the "
          "analysis supports the reduction of crime and disorder affecting families in the "
          "ward."),
        P("Pseudonymised data is still personal data, and the partners will process it in "
          "accordance with the ", DPA98, ". Because no partner can re-identify another "
          "partner’s records, the privacy risk to individuals is low; the Privacy Impact "
          "Assessment is held by the owner of this document."),
    ),
    method="by uploading pseudonymised files to the research partner’s secure data "
           "environment, to which only named analysts have access",
    frequency="There will be a single extract from each partner, with one refresh after six "
              "months if the first analysis shows it to be worthwhile.",
    retention="The matched dataset will be destroyed twelve months after the final report is "
              "accepted; the partners’ pseudonymisation keys will be destroyed at the same time.",
    review=Written(date(2018, 2, 1), "mon-yyyy"),
    review_sentence="This agreement will be reviewed by {date}, when the project closes.",
    approved=Written(date(2017, 3, 14), "d month yyyy"),
    commencement=Written(date(2017, 4, 3), "d month yyyy"),
    signed=Written(date(2017, 3, 14), "dd/mm/yyyy"),
    missing=frozenset({"accuracy", "complaints"}),
    signatories=(("R. Ashworth", "Director, Commissioning"),
                 ("M. Okafor", "Head of Community Safety"),
                 ("D. Leckie", "Chief Superintendent"),
                 ("Prof. H. Lindqvist", "Director of Research")),
)

FGM = A(
    title="FGM Information Sharing Protocol",
    theme="Safer Community",
    layout="document_control",
    short_title="FGM ISP",
    lead=Party("Essex CC", ECC),
    partners=(Party("Barnardos", "Barnardo's"),),
    purpose="To improve outcomes for children, young people and their families by ensuring they "
            "get the services they require.",
    purpose_more=(
        P("To protect children and young people from suffering harm from abuse or neglect, "
          "including female genital mutilation (FGM), and to prevent them from offending."),
        P("The Council commissions a specialist FGM service to work with girls at risk and "
          "with affected women and communities. Referrals, risk assessments and the outcome "
          "of any enquiry must pass between children’s social care and the service quickly "
          "and safely so that each girl at risk is protected."),
    ),
    information=(
        "Name, date of birth, address and school of the child or young person;",
        "Names of parents, carers and siblings, and the family’s country of origin;",
        "The concern raised, the FGM risk assessment and any mandatory report made to the "
        "police;",
        "Health information relevant to the risk, such as a mother’s FGM status recorded "
        "during pregnancy;",
        "Details of any strategy discussion, child protection enquiry or plan, and its "
        "outcome.",
    ),
    legal_basis=(
        P("The ", CHILDREN_ACTS_SLASH, " place duties on the Council and its partners to "
          "safeguard and promote the welfare of children. Where there is reasonable cause to "
          "suspect that a child is suffering, or likely to suffer, significant harm, the "
          "Council must make enquiries under ", CA1989_S47, "."),
        P("FGM is child abuse and a serious crime. Regulated health and social care "
          "professionals and teachers must report known cases in girls under 18 to the police "
          "under ", FGM_S5B, "."),
        P("Where a case involves other sexual abuse, including historic abuse, offences under "
          "the ", SEXUAL_OFFENCES, " may be disclosed to the police for the prevention or "
          "detection of crime."),
        P("Personal data will be processed in accordance with the ", DPA98, ". Health "
          "information will be shared in line with the Caldicott principles and the common "
          "law duty of confidence, which allow disclosure where a child is at risk of "
          "significant harm."),
    ),
    method="by secure email (GCSx or Egress) between named practitioners, and by telephone "
           "where a child is at immediate risk, followed by written confirmation",
    frequency="Information is shared case by case as concerns arise; anonymised activity data "
              "is reported to the Council each quarter.",
    retention="Case records will be kept until the child’s 25th birthday, or for six years "
              "after the case closes if that is later, and then securely destroyed.",
    review=Written(date(2018, 2, 28), "dd/mm/yyyy"),
    review_sentence="This agreement will be reviewed by {date}.",
    approved=Written(date(2017, 2, 20), "d month yyyy"),
    signed=Written(date(2017, 2, 28), "dd/mm/yyyy"),
    foi=FOI,
    signatories=(("S. Marchetti", "Director for Local Delivery"),
                 ("A. Fenwick", "Assistant Director, Children’s Services")),
)

THIRD_PARTY_ACCESS = A(
    title="3rd Party Access ISP",
    theme="Safer Community",
    layout="document_control",
    short_title="3rd Party Access to Mosaic",
    lead=Party("Essex County Council (ECC)", ECC),
    partners=(
        Party("Essex Partnership University NHS Foundation Trust (EPUT)", None),
        Party("Department for Work and Pensions", None),
        Party("Essex Police", "Essex Police"),
        Party("Action for Children", None),
    ),
    purpose="This supports 3rd party access to the Essex County Council (ECC) Mosaic social "
            "care system to facilitate partnership working and delivery of commissioned "
            "services to ensure that any access to the system is lawful, necessary and "
            "appropriate.",
    purpose_more=(
        P("Staff of partner organisations who work in integrated teams, or who deliver "
          "services commissioned by the Council, need to read and record information in "
          "Mosaic. This agreement sets out who may be given access, to what, and on what "
          "conditions."),
        P("Access is granted to named individuals, not to organisations, and only for as long "
          "as their role requires it."),
    ),
    information=(
        "Mosaic records of the adults and children open to the integrated team or "
        "commissioned service, as determined by the user’s role profile;",
        "Case notes, assessments, plans and reviews that the user records in the course of "
        "their work;",
        "Audit data showing which records each user has viewed or changed;",
        "Names, job titles and line managers of partner staff given access.",
    ),
    legal_basis=(
        P("The Council’s duties to co-operate with relevant partners in adult social care "
          "arise under the ", CARE, ", and in children’s services under ", CA2004_S10_11, "."),
        P("Personal data will be processed in accordance with the ", DPA18, " and the ", GDPR,
          ". The Council remains the data controller for Mosaic; "
          "partner staff act on its behalf when they use the system."),
        P("Where access relates to safeguarding, staff will follow Working Together to "
          "Safeguard Children 2018 and the SET Safeguarding Adults Guidelines. The common law "
          "duty of confidence applies to all information viewed in Mosaic."),
    ),
    method="by direct, role-based access to Mosaic over the Council’s secure network or an "
           "approved remote connection; no bulk extracts are provided",
    frequency="Access is continuous while the user’s account is active. Accounts are reviewed "
              "every six months and disabled after 90 days without use.",
    retention="Records remain in Mosaic and are retained under the Council’s retention "
              "schedule; partners must not keep copies outside the system except where needed "
              "for a court or statutory process.",
    review=EveryYears(2),
    approved=Written(date(2018, 9, 20), "d month yyyy"),
    signed=Written(date(2018, 10, 1), "dd/mm/yyyy"),
    sar_period="one calendar month",
    signatories=(("K. Brennan", "Senior Information Risk Owner"),
                 ("L. Adeyemi", "Head of Information Governance"),
                 ("P. Garside", "Data Protection Officer"),
                 ("T. Mallory", "Detective Superintendent, Public Protection"),
                 ("N. Huxley", "Operations Director, East")),
)

TROUBLED_FAMILIES = A(
    title="Troubled Families Programme",
    theme="Safer Community",
    layout="cover_table",
    lead=Party("Ministry of Housing, Communities and Local Government (formerly DCLG)", None),
    partners=(Party("Essex County Council", ECC),),
    purpose="The Expanded Troubled Families Programme aims to turn around the lives of families "
            "with multiple problems including crime, poor school attendance, anti-social "
            "behaviour, unemployment and domestic violence and abuse. Data sharing for the "
            "purpose of the evaluation of the Programme will significantly improve the "
            "evidence base, and improve understanding of whether this type of programme is "
            "effective in intervening with families.",
    purpose_more=(
        P("The national evaluation links information about families worked with by the "
          "Council to national datasets held by other government departments, and compares "
          "their outcomes with those of similar families who were not supported."),
    ),
    information=(
        "Names, dates of birth, gender and addresses of family members, for matching only;",
        "The date the family was identified and the date of attachment to the programme;",
        "The headline problems that made the family eligible;",
        "Whether and when the family achieved significant and sustained progress or "
        "continuous employment;",
        "The Family Progress Data collected twice a year.",
    ),
    legal_basis=(
        P("Local authorities and government departments may disclose information for the "
          "purpose of improving the well-being of families with multiple disadvantages under ",
          DEA_PART5, " and the regulations made under it."),
        P("The Council participates in the programme using the general power of competence in "
          "the ", LOCALISM, "."),
        P("Personal data will be processed in accordance with the ", DPA18, ". Identifiers are "
          "removed once matching is complete, and the evaluation receives de-identified data "
          "only."),
    ),
    method="through the Ministry’s secure data transfer portal, using the agreed file "
           "specification",
    frequency="Family data is submitted twice a year, in January and July.",
    retention="Identifiable data will be destroyed within three months of matching; the "
              "de-identified research dataset will be kept until the end of the evaluation and "
              "no later than 31 March 2023.",
    review=Written(date(2022, 12, 1), "month yyyy"),
    commencement=Written(date(2019, 4, 1), "dd/mm/yyyy"),
    signed=Written(date(2019, 3, 18), "dd/mm/yyyy"),
    sar_period="one calendar month",
)

SOCIAL_WORKER_PRODUCTIVITY = A(
    title="Social Worker Productivity Project",
    theme="Health and Wellbeing",
    layout="prose",
    lead=Party("PA Consulting Services Limited", None),
    partners=(Party("Essex County Council", ECC),),
    purpose="We will form a joint team of Essex CC colleagues and PA consultants to work for 10 "
            "consecutive days to deliver substantial insights about social worker "
            "productivity.",
    purpose_more=(
        P("We will focus the activities of the team on exploratory analytics using our many "
          "times tried and tested framework we call the Value Pyramid."),
        P("The analysis uses activity data from the case management system to understand how "
          "social workers spend their time. It does not assess individual social workers, and "
          "no decisions about service users will be made from it."),
    ),
    information=(
        "Case management activity records: activity type, date, duration and team;",
        "Social worker staff number, grade and team (staff names removed);",
        "Case type and the stage of the case, with service user identifiers replaced by a "
        "project reference;",
        "Caseload counts by team and month.",
    ),
    legal_basis=(
        P("PA Consulting Services Limited acts as a data processor for Essex County Council, "
          "under a written contract, and will process the data only on the Council’s "
          "instructions. Processing complies with the ", DPA98, "."),
        P("The Council is satisfied that the processing is necessary for the exercise of its "
          "functions and, because the data is pseudonymised and the analysis is about "
          "workloads rather than people, that it is proportionate and compatible with the ",
          HRA, "."),
    ),
    method="on encrypted Council laptops used on Council premises; data will not be copied to "
           "PA systems",
    frequency="One extract will be taken at the start of the project.",
    retention="All project data will be deleted at the end of the ten-day project, and PA will "
              "confirm its deletion in writing.",
    review=Written(date(2017, 11, 30), "d month yyyy"),
    commencement=Written(date(2017, 5, 2), "d month yyyy"),
    signed=Written(date(2017, 4, 24), "dd/mm/yyyy"),
    missing=frozenset({"individual_rights", "breach"}),
)

AGREEMENTS: tuple[A, ...] = (
    OVERARCHING_SAFEGUARDING, PRE_BIRTH_TO_19, CCIS,
    BEST_GROWTH_HUB, EMOTIONAL_WELLBEING, HERTFORDSHIRE_ADMISSIONS, AQUINAS_PENALTY_NOTICES,
    VOA_HMRC, NEW_BORN_DATA, BASILDON_CSP,
    DPARS, FGM, THIRD_PARTY_ACCESS, TROUBLED_FAMILIES, SOCIAL_WORKER_PRODUCTIVITY,
)
