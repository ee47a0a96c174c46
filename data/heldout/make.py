#!/usr/bin/env python
"""Held-out test set: 12 invented UK information sharing agreements (.docx + .pdf)
and truth.json.  Run with the project venv (needs LibreOffice and pdftotext). Writes files/ and truth.json beside itself."""
import json
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
PROFILE = os.path.join(BASE, ".lo_profile")

SECTION_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights",
                "security", "format_frequency", "retention", "accuracy", "complaints",
                "breach", "agreement"]


# ----------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------
def _field(run, instr):
    for kind in ("begin",):
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._r.append(fc)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    run._r.append(it)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); run._r.append(fc)
    t = OxmlElement("w:t"); t.text = "1"; run._r.append(t)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); run._r.append(fc)


def new_doc(header=None, footer_text=None, page_of=False, page_only=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_text or page_of or page_only:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer_text:
            fp.add_run(footer_text + ("   " if (page_of or page_only) else ""))
        if page_of:
            fp.add_run("Page ")
            _field(fp.add_run(), "PAGE")
            fp.add_run(" of ")
            _field(fp.add_run(), "NUMPAGES")
        elif page_only:
            fp.add_run("Page ")
            _field(fp.add_run(), "PAGE")
    return d


def P(d, text, bold=False, italic=False, underline=False, size=None, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def H(d, text, level=1):
    return d.add_heading(text, level=level)


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def table(d, rows, header=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(cell)
            if header and i == 0:
                run.bold = True
    d.add_paragraph()
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def org(name, canon):
    return {"name": name, "org": canon}


# canonical registry names used below
ECC = "Essex County Council"
POLICE = "Essex Police"
SBC = "Southend Borough Council"
THURROCK = "Thurrock Council"
NELFT = "North East London NHS Foundation Trust"
BARNARDOS = "Barnardo's"


# ----------------------------------------------------------------------------------
# 1. MASH: cover page + contents, Word headings "1.", header/footer, signature table
# ----------------------------------------------------------------------------------
def doc_mash():
    d = new_doc(header="OFFICIAL – SENSITIVE", page_of=True)
    title = "Information Sharing Agreement for the Multi-Agency Safeguarding Hub"
    H(d, title, 0)
    P(d, "Version 1.0 (final)")
    P(d, "Parties to this agreement:", bold=True)
    parties = ["Essex County Council (the lead organisation)", "Essex Police",
               "Southend Borough Council", "Thurrock Unitary Authority", "NELFT", "EPUT",
               "Barnardos"]
    for x in parties:
        P(d, x)
    P(d, "")
    P(d, "Date of commencement: 01/03/2017")
    P(d, "Review date: Feb-2019")
    page_break(d)
    heads = ["1. Why we are sharing", "2. What will be shared", "3. Lawful basis",
             "4. Subject access and other rights", "5. Information security",
             "6. How and how often", "7. Retention and disposal", "8. Data quality",
             "9. Complaints procedure", "10. Security incidents and breaches",
             "11. Signatures", "Appendix A – MASH contact points"]
    P(d, "Contents", bold=True, size=14)
    for h in heads:
        P(d, h)
    page_break(d)

    purpose = ("This agreement allows the partners in the Multi-Agency Safeguarding Hub "
               "(MASH) to share personal information quickly and safely so that concerns "
               "about a child's welfare are assessed by the right agency at the right time.")
    H(d, heads[0], 1)
    P(d, purpose)
    H(d, "1.1 What the MASH is for", 2)
    P(d, "The MASH brings staff from children's social care, the police, health and the "
         "voluntary sector into one co-located team. Each contact that reaches the front "
         "door is researched by every agency before a decision about next steps is made.")
    bullets(d, ["to reduce the number of repeat contacts about the same family;",
                "to make sure that decisions about thresholds are informed by everything "
                "the partners already know;",
                "to identify children who need early help before their needs escalate."])
    H(d, heads[1], 1)
    P(d, "Only the information needed to understand the concern will be exchanged. "
         "Depending on the case this may include:")
    bullets(d, ["names, dates of birth, addresses and household composition;",
                "previous referrals, child protection plans and looked after status;",
                "police attendance at the address, including domestic incidents;",
                "health information such as registration with a GP, missed appointments "
                "and relevant mental health history of parents or carers;",
                "school attendance and any known exclusions."])
    H(d, heads[2], 1)
    P(d, "Section 47 of the Children Act 1989 places a duty on the local authority to make "
         "enquiries where it has reasonable cause to suspect that a child is suffering, or "
         "is likely to suffer, significant harm. Partners co-operate with those enquiries "
         "and, under section 11 of the Children Act 2004, each must ensure that its "
         "functions are discharged having regard to the need to safeguard and promote the "
         "welfare of children.")
    P(d, "Information about offending or anti-social behaviour may also be disclosed under "
         "s.115 Crime and Disorder Act 1998 where disclosure is necessary or expedient for "
         "the reduction of crime and disorder.")
    P(d, "All processing must comply with the Data Protection Act 1998, and any interference "
         "with private and family life must be lawful and proportionate as required by the "
         "Human Rights Act 1998.")
    P(d, "In reaching decisions practitioners will also have regard to the Caldicott "
         "principles and to the statutory guidance issued by the Department for Education; "
         "these are guidance and do not in themselves create a power to share.")
    H(d, heads[3], 1)
    P(d, "Anyone may ask an organisation for a copy of the information it holds about them. "
         "Where a request covers information that came from another partner, the receiving "
         "organisation will consult that partner before anything is released, so that any "
         "exemption can be considered. Requests will be answered within the statutory 40 "
         "day period.")
    H(d, heads[4], 1)
    P(d, "Information will be held on the MASH secure drive and in each partner's own case "
         "management system. Access is limited to staff working in the MASH. Paper notes "
         "are locked away at the end of each day and portable devices are encrypted.")
    H(d, heads[5], 1)
    P(d, "Research requests are made through the MASH task list and answered within 24 hours "
         "(within four hours where a child may be at immediate risk). Information is "
         "exchanged by secure email (GCSx, pnn or nhs.net) or verbally within the hub. No "
         "bulk data extracts are made under this agreement.")
    H(d, heads[6], 1)
    P(d, "The MASH record is kept for as long as the child's social care record, after which "
         "it is securely destroyed. Partners keep anything they receive in line with their "
         "own retention schedules.")
    H(d, heads[7], 1)
    P(d, "Each partner is responsible for the accuracy of the information it supplies. "
         "Opinion must be clearly distinguished from fact. If a partner finds that "
         "information it has shared is wrong it will tell the MASH manager on the same day.")
    H(d, heads[8], 1)
    P(d, "Complaints from members of the public about the way their information has been "
         "shared will be handled under the complaints procedure of the organisation "
         "concerned. Where a complaint involves more than one partner the MASH manager will "
         "co-ordinate the response.")
    H(d, heads[9], 1)
    P(d, "Any loss or inappropriate disclosure of shared information must be reported to the "
         "MASH manager and to the Data Protection Officer of the organisation that supplied "
         "it within 24 hours. The partner responsible for the incident will investigate and "
         "decide, with the others, whether it must be reported to the Information "
         "Commissioner.")
    H(d, heads[10], 1)
    P(d, "This agreement commences on the date shown on the front page. A partner may "
         "withdraw by giving 28 days' notice in writing to the lead organisation; information "
         "already received must continue to be handled in line with this agreement.")
    table(d, [["Organisation", "Name", "Position", "Signature", "Date"],
              ["Essex County Council", "", "Director for Children and Families", "", ""],
              ["Essex Police", "", "Detective Superintendent, Public Protection", "", ""],
              ["Southend Borough Council", "", "Director of Children's Services", "", ""],
              ["Thurrock Unitary Authority", "", "Corporate Director, Children's Services", "", ""],
              ["NELFT", "", "Caldicott Guardian", "", ""],
              ["EPUT", "", "Caldicott Guardian", "", ""],
              ["Barnardos", "", "Assistant Director, East Region", "", ""]])
    H(d, heads[11], 1)
    P(d, "Contact points for each partner are held by the MASH manager and are updated "
         "quarterly.")
    truth = {
        "layout": "cover page + contents, Word-styled numbered headings, header/footer, signature table",
        "title": title,
        "purpose": purpose,
        "lead": org("Essex County Council", ECC),
        "partners": [org("Essex Police", POLICE), org("Southend Borough Council", SBC),
                     org("Thurrock Unitary Authority", THURROCK), org("NELFT", NELFT),
                     org("EPUT", None), org("Barnardos", BARNARDOS)],
        "statutes": [S("Section 47 of the Children Act 1989", "Children Act", 1989, "section 47"),
                     S("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
                     S("s.115 Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                     S("the Data Protection Act 1998", "Data Protection Act", 1998, None),
                     S("Human Rights Act 1998", "Human Rights Act", 1998, None)],
        "review_date": "2019-02-28", "review_basis": "explicit",
        "commencement_date": "2017-03-01",
        "missing_sections": [],
        "_checks": ["Review date: Feb-2019", "Date of commencement: 01/03/2017"],
    }
    return "mash_isa_2017", d, truth


# ----------------------------------------------------------------------------------
# 2. Letter-like prose protocol, no tables, no headings
# ----------------------------------------------------------------------------------
def doc_letter():
    d = new_doc()
    for line in ["Community Safety Team", "Southend-on-Sea Borough Council",
                 "Civic Centre, Victoria Avenue", "Southend-on-Sea SS2 6ER"]:
        P(d, line, align="right")
    P(d, "Our ref: CS/ISP/0412")
    P(d, "To: The District Commander, Southend Police Station, Victoria Avenue")
    P(d, "")
    title = ("Protocol for sharing data between Southend-on-Sea Borough Council and "
             "Essex Police")
    P(d, title, bold=True)
    P(d, "Dear Chief Inspector,")
    P(d, "Following our meeting last month I am writing to set down the arrangements we "
         "agreed for exchanging information about anti-social behaviour in the borough. "
         "Southend-on-Sea Borough Council is the responsible organisation for this protocol "
         "and my team will keep the master copy.")
    purpose = ("The purpose of the sharing is to allow the Council's anti-social behaviour "
               "officers and the Police to identify repeat victims, vulnerable people and "
               "persistent perpetrators early, and to agree a joint response to them.")
    P(d, purpose)
    P(d, "The information we will exchange is limited to the names, dates of birth and "
         "addresses of the people concerned, a summary of the incidents reported to either "
         "of us, any warnings, acceptable behaviour contracts or injunctions already in "
         "place, and the name of the officer leading on the case. We will not exchange "
         "medical information under this protocol.")
    P(d, "We have both satisfied ourselves that we have the power to do this. Disclosure to "
         "a relevant authority is permitted by section 115 of the Crime and Disorder Act "
         "1998 where it is necessary or expedient for the purposes of that Act, and both "
         "organisations have powers to act against anti-social behaviour under the "
         "Anti-social Behaviour, Crime and Policing Act 2014. All of the processing will "
         "comply with the Data Protection Act 1998. Material that the Police obtained under "
         "the Police and Criminal Evidence Act 1970 will only be passed on where the "
         "investigating officer agrees that doing so will not prejudice a prosecution.")
    P(d, "Case lists will be sent by secure email, from our GCSx accounts to your pnn "
         "accounts, every Monday morning, and the cases will then be discussed at the "
         "fortnightly problem-solving meeting at the Community Safety Hub. Urgent cases can "
         "be discussed by telephone at any time.")
    P(d, "Both of us will keep what we receive on systems that are password protected and "
         "available only to the officers who need it. Printed case lists will be collected "
         "at the end of each meeting and shredded, and nothing will be forwarded to anyone "
         "outside our two organisations without the agreement of the other.")
    P(d, "Once a case is closed the shared information will be kept for two years, in case "
         "the behaviour recurs, and then deleted.")
    P(d, "This protocol takes effect on the date it is signed by both parties. It will be "
         "reviewed annually from the date of signing. Either party may bring it to an end by "
         "giving one month's notice in writing.")
    P(d, "I should be grateful if you would sign below to confirm that Essex Police agrees "
         "to these arrangements and return a copy to me.")
    P(d, "Yours sincerely,")
    P(d, "")
    P(d, "Signed on behalf of Southend-on-Sea Borough Council")
    P(d, "Name: ............................   Position: Group Manager, Community Safety")
    P(d, "Signature: ............................")
    P(d, "Date: 15/06/2015")
    P(d, "")
    P(d, "Signed on behalf of Essex Police")
    P(d, "Name: ............................   Position: Chief Inspector, Southend District")
    P(d, "Signature: ............................")
    P(d, "Date: 15/06/2015")
    P(d, "")
    P(d, "cc: the Information Governance Manager")
    truth = {
        "layout": "plain-prose letter, no tables, no headings",
        "title": title,
        "purpose": purpose,
        "lead": org("Southend-on-Sea Borough Council", SBC),
        "partners": [org("Essex Police", POLICE)],
        "statutes": [S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                     S("Anti-social Behaviour, Crime and Policing Act 2014", "Anti-social Behaviour, Crime and Policing Act", 2014, None),
                     S("the Data Protection Act 1998", "Data Protection Act", 1998, None),
                     S("the Police and Criminal Evidence Act 1970", "Police and Criminal Evidence Act", 1970, None)],
        "review_date": "2016-06-15", "review_basis": "relative",
        "commencement_date": "2015-06-15",
        "missing_sections": ["individual_rights", "accuracy", "complaints", "breach"],
        "_checks": ["reviewed annually from the date of signing", "Date: 15/06/2015",
                    "takes effect on the date it is signed"],
    }
    return "southend_police_asb_protocol_2015", d, truth


# ----------------------------------------------------------------------------------
# 3. Troubled Families: document control table, bold (unstyled) headings, bullets
# ----------------------------------------------------------------------------------
def doc_troubled():
    d = new_doc(footer_text="Troubled Families DSA v2.1", page_only=True)
    title = "Troubled Families Data Sharing Agreement"
    P(d, "DOCUMENT CONTROL", bold=True)
    table(d, [["Document title", title],
              ["Document owner", "Essex CC"],
              ["Author", "the Information Governance Manager, Family Solutions"],
              ["Version", "2.1"],
              ["Status", "Approved"]], header=False)
    P(d, "Version history", bold=True)
    table(d, [["Version", "Date", "Author", "Changes"],
              ["1.0", "14/07/2014", "IG Team", "First issue for phase one of the programme"],
              ["2.0", "02/02/2016", "IG Team", "Updated for the expanded programme"],
              ["2.1", "21/03/2016", "IG Team", "Partner list amended"]])
    page_break(d)
    P(d, title, bold=True, size=16, align="center")
    P(d, "")
    P(d, "Purpose of the agreement", bold=True)
    purpose = ("The purpose of this agreement is to allow the partners to identify families "
               "who meet the criteria for the expanded Troubled Families Programme in Essex, "
               "and to measure the progress those families make once they are receiving "
               "support.")
    P(d, purpose)
    P(d, "Identifying families depends on bringing together information that is currently "
         "held separately by councils, the police, probation and Jobcentre Plus. Without "
         "sharing, families with multiple problems are seen by many services but are "
         "understood by none of them.")
    P(d, "Partner organisations", bold=True)
    P(d, "Essex CC co-ordinates the programme on behalf of the following partners:")
    partners = ["Basildon Council", "Colchester Borough Council", "Tendring District Council",
                "Essex Police", "Essex Community Rehabilitation Company",
                "Department for Work and Pensions (Jobcentre Plus)", "Kent County Council"]
    bullets(d, partners)
    P(d, "Kent County Council is included only so that families who move across the county "
         "boundary can continue to be supported without a break.")
    P(d, "Information to be shared", bold=True)
    bullets(d, ["names, dates of birth and addresses of family members;",
                "school attendance, exclusions and alternative provision;",
                "offending and anti-social behaviour by any family member in the last 12 months;",
                "domestic abuse incidents attended by the police;",
                "whether any adult in the household is claiming out-of-work benefits;",
                "outcomes achieved, for the purposes of payment by results claims."])
    P(d, "Legal basis for sharing", bold=True)
    P(d, "Councils rely on the general power of competence in section 1 of the Localism Act "
         "2011 and on their duties to children under the Children Acts 1989 and 2004. "
         "Benefit information is supplied by the Department for Work and Pensions under "
         "regulations made under the Welfare Reform Act 2012.")
    P(d, "All partners must process the information fairly and lawfully in accordance with "
         "the Data Protection Act 1998 and must respect the common law duty of "
         "confidentiality. Partners will have due regard to the public sector equality duty "
         "in the Equalities Act 2010 when deciding which families to prioritise.")
    P(d, "Keeping the information secure", bold=True)
    P(d, "Matched data will be held only on the Family Solutions secure server. Access is "
         "restricted by role, and every user must have completed data protection training in "
         "the last year. No data will be held on laptops or removable media.")
    P(d, "Format, method and frequency", bold=True)
    P(d, "Partners will upload a CSV extract to the secure file transfer site on the first "
         "working day of each quarter. Essex CC will return a list of matched families to "
         "each district within ten working days.")
    P(d, "Retention and destruction", bold=True)
    P(d, "Extracts will be deleted once matching has been completed. The matched list will "
         "be kept until the programme's final evaluation has been published and then "
         "destroyed.")
    P(d, "Accuracy of data", bold=True)
    P(d, "Partners will check their extracts before upload. Where a match is disputed the "
         "lead worker will check the details with the family before any action is taken.")
    P(d, "Breach of confidentiality", bold=True)
    P(d, "Commencement, review and withdrawal", bold=True)
    P(d, "This agreement commences on 1 April 2016. Review date: 31/03/2020. A partner may "
         "withdraw by giving three months' written notice to Essex CC.")
    P(d, "Signatories", bold=True)
    rows = [["Organisation", "Name", "Signature", "Date"]] + [[p, "", "", ""] for p in
                                                            ["Essex CC"] + partners]
    table(d, rows)
    truth = {
        "layout": "document control + version history tables, bold unstyled headings, bulleted partner list",
        "title": title,
        "purpose": purpose,
        "lead": org("Essex CC", ECC),
        "partners": [org("Basildon Council", "Basildon Borough Council"),
                     org("Colchester Borough Council", "Colchester Borough Council"),
                     org("Tendring District Council", "Tendring District Council"),
                     org("Essex Police", POLICE),
                     org("Essex Community Rehabilitation Company", "Essex Community Rehabilitation Company"),
                     org("Department for Work and Pensions (Jobcentre Plus)", None),
                     org("Kent County Council", None)],
        "statutes": [S("section 1 of the Localism Act 2011", "Localism Act", 2011, "section 1"),
                     S("the Children Acts 1989 and 2004", "Children Act", 1989, None),
                     S("the Children Acts 1989 and 2004", "Children Act", 2004, None),
                     S("the Welfare Reform Act 2012", "Welfare Reform Act", 2012, None),
                     S("the Data Protection Act 1998", "Data Protection Act", 1998, None),
                     S("the Equalities Act 2010", "Equalities Act", 2010, None)],
        "review_date": "2020-03-31", "review_basis": "explicit",
        "commencement_date": "2016-04-01",
        "missing_sections": ["individual_rights", "complaints", "breach"],
        "_checks": ["Review date: 31/03/2020", "commences on 1 April 2016", "Document owner"],
    }
    return "troubled_families_dsa_2016", d, truth


# ----------------------------------------------------------------------------------
# 4. WEISF-style template: front table, "Title – prefix", appendix D with ICO numbers
# ----------------------------------------------------------------------------------
def doc_domestic_abuse():
    d = new_doc(header="OFFICIAL", page_of=True)
    P(d, "Whole Essex Information Sharing Framework", bold=True, size=14)
    P(d, "Please complete every section of this protocol. Protocols that have been signed by "
         "all partners are published on the WEISF portal.")
    table(d, [["Item", "Name/Link/Reference", "Responsible Authority"],
              ["Data Protection Impact Assessment", "DPIA-DA-2019-03", "Essex Police"],
              ["Supporting Standard Operating Procedure", "DA Referral SOP v2", "Essex Police"],
              ["Associated contract", "", ""],
              ["Other associated supporting documentation", "", ""]])
    full_title = "Information Sharing Protocol – Domestic Abuse Referrals"
    H(d, full_title, 1)
    P(d, "Lead organisation: Essex Police")
    P(d, "Review date: 1st April 2021")
    P(d, "The partners to this protocol are all partners listed in Appendix D.")
    H(d, "1. Purpose", 2)
    purpose = ("This protocol enables partners to refer victims of domestic abuse, and the "
               "children in their households, to specialist support services promptly after "
               "a police call-out, and to share the risk information needed to keep them safe.")
    P(d, purpose)
    P(d, "It also supports the preparation of cases for the Multi-Agency Risk Assessment "
         "Conference (MARAC), which is covered by a separate operating procedure.")
    H(d, "2. Information to be shared", 2)
    bullets(d, ["victim's name, date of birth, address and safe contact details;",
                "names and ages of children in the household;",
                "the risk assessment completed at the scene (SafeLives Dash risk checklist) "
                "and the officer's narrative;",
                "details of the alleged perpetrator, including bail conditions;",
                "outcome of the referral and services offered."])
    H(d, "3. Legal basis for sharing", 2)
    P(d, "Police disclosure to the specialist services relies on the policing purpose and on "
         "Article 6(1)(e) of the General Data Protection Regulation (EU) 2016/679, with the "
         "conditions for special category and criminal offence data set out in the "
         "DPA 2018. Where a perpetrator is subject to the Multi-Agency Public Protection "
         "Arrangements, Section 325 of the Criminal Justice Act 2003 imposes a duty on the "
         "partners to co-operate.")
    P(d, "Partners must be able to show that each disclosure is necessary and proportionate "
         "in line with the Human Rights Act 1998. The ICO Data Sharing Code of Practice has "
         "been followed in preparing this protocol.")
    H(d, "4. Access and individuals' rights", 2)
    P(d, "Each partner handles subject access requests under its own procedure. A partner "
         "that receives a request covering information supplied by Essex Police will consult "
         "the Police before disclosure, so that exemptions relating to the prevention and "
         "detection of crime can be considered.")
    P(d, "Requests made under the Freedom of Information (FOI) Act 2000 or the Environmental "
         "Information Regulations 2004 for information shared under this protocol will be "
         "discussed with the originating partner before any release.")
    H(d, "5. Keeping information secure", 2)
    P(d, "Referrals are sent only through the secure referral portal or by secure email. "
         "Recipients must hold the information on access-controlled systems and must not "
         "print it unless this is essential for a meeting.")
    H(d, "6. Information format, method(s) and frequency of sharing", 2)
    P(d, "Referrals are made electronically within 24 hours of the incident (within one "
         "working day at weekends). A monthly anonymised summary of referral numbers is "
         "sent to the Community Safety Partnerships.")
    H(d, "7. Data retention", 2)
    P(d, "Support services keep referral records for six years after the case is closed. "
         "Essex Police retains its records in accordance with the Management of Police "
         "Information guidance.")
    H(d, "8. Responsibility for exchanging data and ensuring accuracy", 2)
    P(d, "The referring officer is responsible for the accuracy of the referral. Recipients "
         "will report any error to the Police referral desk, which will correct its record "
         "and notify every partner that received the original.")
    H(d, "9. Complaints", 2)
    P(d, "Complaints will be dealt with under the complaints procedure of the partner that "
         "received the complaint, involving other partners where necessary.")
    H(d, "10. Breach of confidentiality", 2)
    P(d, "A breach involving shared information must be reported to the originating partner "
         "within one working day. Serious breaches will be reported to the Information "
         "Commissioner's Office within 72 hours of discovery.")
    H(d, "11. Agreement", 2)
    P(d, "We undertake to implement and adhere to this protocol. The protocol shall commence "
         "on the date it is signed by the signatory partners. A partner may withdraw by "
         "giving four weeks' written notice to the lead organisation.")
    for _ in range(2):
        P(d, "Signed by Authorised Person")
        P(d, "Print: ..........................................................")
        P(d, "Signed: ..........................................................")
        P(d, "On behalf of (Organisation): ...................................")
        P(d, "Date: ..........................................................")
        P(d, "")
    page_break(d)
    H(d, "Appendix D – Signatories", 2)
    rows = [["Organisation", "ICO registration number", "Sector"],
            ["Essex Police", "Z4883472", "Police"],
            ["Southend-on-Sea Borough Council", "Z6029331", "Local authority"],
            ["Thurrock Council", "Z8228055", "Local authority"],
            ["SafeLives", "Z2719216", "Voluntary sector"],
            ["Changing Pathways", "Z6636508", "Voluntary sector"],
            ["Thurrock Women's Aid", "Z7141773", "Voluntary sector"],
            ["Colchester and Tendring Women's Refuge", "Z5395485", "Voluntary sector"],
            ["Hertfordshire Constabulary", "Z4869210", "Police"],
            ["Next Chapter", "ZA216540", "Voluntary sector"]]
    table(d, rows)
    truth = {
        "layout": "WEISF template: front reference table, Word-styled numbered headings, blank signature blocks, appendix D signatories with ICO numbers",
        "title": "Domestic Abuse Referrals",
        "purpose": purpose,
        "lead": org("Essex Police", POLICE),
        "partners": [org("Southend-on-Sea Borough Council", SBC),
                     org("Thurrock Council", THURROCK),
                     org("SafeLives", "SafeLives"),
                     org("Changing Pathways", "Changing Pathways"),
                     org("Thurrock Women's Aid", "Thurrock Women's Aid"),
                     org("Colchester and Tendring Women's Refuge", "Colchester and Tendring Women's Refuge"),
                     org("Hertfordshire Constabulary", None),
                     org("Next Chapter", None)],
        "statutes": [S("Article 6(1)(e) of the General Data Protection Regulation (EU) 2016/679",
                       "General Data Protection Regulation (EU)", 2016, "article 6(1)(e)"),
                     S("DPA 2018", "Data Protection Act", 2018, None),
                     S("Section 325 of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
                     S("the Human Rights Act 1998", "Human Rights Act", 1998, None),
                     S("Freedom of Information (FOI) Act 2000", "Freedom of Information Act", 2000, None),
                     S("the Environmental Information Regulations 2004", "Environmental Information Regulations", 2004, None)],
        "review_date": "2021-04-01", "review_basis": "explicit",
        "commencement_date": None,
        "missing_sections": [],
        "_checks": ["Review date: 1st April 2021", full_title, "Z4869210"],
    }
    return "isp_domestic_abuse_referrals_2019", d, truth


# ----------------------------------------------------------------------------------
# 5. ALL CAPS plain headings, "Organisation | Role" table, colon title prefix
# ----------------------------------------------------------------------------------
def doc_discharge():
    d = new_doc(header="OFFICIAL – SENSITIVE [PERSONAL]")
    full_title = "Data Sharing Agreement: Hospital Discharge and Reablement"
    P(d, full_title, bold=True, size=16)
    P(d, "Date of commencement: 01/04/2019")
    P(d, "Review date: March 2022")
    P(d, "")
    P(d, "PARTIES AND ROLES")
    table(d, [["Organisation", "Role"],
              ["Essex CC", "Lead organisation; commissioner of the reablement service"],
              ["MEHT", "Data controller (acute hospital discharge teams)"],
              ["Mid Essex CCG", "Data controller (continuing healthcare assessments)"],
              ["Provide CIC", "Data processor (community nursing and therapy)"],
              ["Essex Cares Ltd", "Provider of reablement; data processor for Essex CC"]])
    P(d, "1. WHY WE ARE SHARING INFORMATION")
    purpose = ("This agreement supports the safe and timely discharge of patients from "
               "hospital by allowing ward staff, the integrated discharge team and reablement "
               "providers to share the information needed to plan care before the patient "
               "leaves hospital.")
    P(d, "1.1 " + purpose)
    P(d, "1.2 Delayed transfers of care harm patients and cost the system money. Sharing "
         "information early means a package of care can be ready on the day the patient is "
         "medically fit to leave.")
    P(d, "2. WHAT WILL BE SHARED")
    P(d, "2.1 Patient demographics and NHS number; expected date of discharge; functional "
         "and cognitive assessments; medication on discharge; details of the home "
         "environment and next of kin; any safeguarding concerns identified on the ward.")
    P(d, "3. LAWFUL BASIS")
    P(d, "3.1 The local authority has duties to assess and meet needs for care and support "
         "under the Care Act 2014. NHS bodies and the local authority have a duty to share "
         "information for the purposes of direct care under section 251B of the Health and "
         "Social Care Act 2012.")
    P(d, "3.2 Health data is special category data; the condition relied upon is Article "
         "9(2)(h) GDPR, together with the relevant conditions in the Data Protection Act "
         "2018. Where information is used for purposes other than direct care, approval "
         "will be needed under the Health Service (Control of Patient Information) "
         "Regulations 2002.")
    P(d, "3.3 Staff must also observe the common law duty of confidentiality and the "
         "Caldicott principles, and records will be managed in line with the Records "
         "Management Code of Practice for Health and Social Care 2016.")
    P(d, "4. YOUR RIGHTS")
    P(d, "4.1 Patients are told about the sharing in the hospital's privacy notice and in "
         "the discharge leaflet. Requests for access, correction or objection will be "
         "handled by the organisation that holds the record, consulting the others where "
         "their information is involved.")
    P(d, "5. INFORMATION SECURITY")
    P(d, "5.1 Information is exchanged only through the shared discharge tracker hosted on "
         "the NHS network, or by nhs.net email. Each organisation must meet the standards of "
         "the Data Security and Protection Toolkit.")
    P(d, "6. HOW AND HOW OFTEN")
    P(d, "6.1 The discharge tracker is updated continuously by ward staff. Referrals to "
         "reablement are sent as soon as an expected date of discharge is set, and a daily "
         "list of patients awaiting reablement is reviewed at the 10am system call.")
    P(d, "7. RETENTION AND DISPOSAL")
    P(d, "7.1 Entries on the tracker are archived 30 days after discharge. Each organisation "
         "keeps the information it has received in its own records for the period required "
         "by its retention schedule.")
    P(d, "8. SECURITY INCIDENTS AND BREACHES")
    P(d, "8.1 Incidents are reported through each organisation's incident system and to the "
         "other parties within 24 hours. Reportable incidents will be notified to the ICO by "
         "the organisation responsible within 72 hours.")
    P(d, "9. AGREEMENT AND SIGNATURES")
    P(d, "9.1 By signing, each party agrees to follow this agreement from the date of "
         "commencement. A party may withdraw on three months' notice.")
    table(d, [["Organisation", "Name", "Signature", "Date"],
              ["Essex CC", "", "", ""], ["MEHT", "", "", ""], ["Mid Essex CCG", "", "", ""],
              ["Provide CIC", "", "", ""], ["Essex Cares Ltd", "", "", ""]])
    truth = {
        "layout": "ALL CAPS plain-paragraph headings with 1.1 clause numbers, Organisation|Role table",
        "title": "Hospital Discharge and Reablement",
        "purpose": purpose,
        "lead": org("Essex CC", ECC),
        "partners": [org("MEHT", "Mid Essex Hospital Services NHS Trust"),
                     org("Mid Essex CCG", "Mid Essex Clinical Commissioning Group"),
                     org("Provide CIC", "Provide"),
                     org("Essex Cares Ltd", None)],
        "statutes": [S("the Care Act 2014", "Care Act", 2014, None),
                     S("section 251B of the Health and Social Care Act 2012", "Health and Social Care Act", 2012, "section 251B"),
                     S("Article 9(2)(h) GDPR", "General Data Protection Regulation (EU)", 2016, "article 9(2)(h)"),
                     S("the Data Protection Act 2018", "Data Protection Act", 2018, None),
                     S("the Health Service (Control of Patient Information) Regulations 2002",
                       "Health Service (Control of Patient Information) Regulations", 2002, None)],
        "review_date": "2022-03-31", "review_basis": "explicit",
        "commencement_date": "2019-04-01",
        "missing_sections": ["accuracy", "complaints"],
        "_checks": ["Review date: March 2022", "Date of commencement: 01/04/2019", full_title],
    }
    return "dsa_hospital_discharge_reablement_2019", d, truth


# ----------------------------------------------------------------------------------
# 6. Deed-style with (1)/(2)/(3) parties, "Data controller:" trap, empty Complaints heading
# ----------------------------------------------------------------------------------
def doc_youth():
    d = new_doc(footer_text="Youth Justice ISA – OFFICIAL", page_of=True)
    title = "Youth Justice Information Sharing Agreement"
    H(d, title, 0)
    P(d, "THIS AGREEMENT is made on 3 October 2022")
    P(d, "BETWEEN:", bold=True)
    P(d, "(1) Southend City Council of Civic Centre, Victoria Avenue, Southend-on-Sea SS2 6ER;")
    P(d, "(2) Essex Police of PO Box 2, Springfield, Chelmsford CM2 6DA;")
    P(d, "(3) National Probation Service;")
    P(d, "(4) Essex Partnership University NHS Foundation Trust (\"EPUT\"); and")
    P(d, "(5) NHS Mid and South Essex Integrated Care Board")
    P(d, "(together \"the Parties\").")
    P(d, "Data controller: Southend City Council (for the Youth Offending Service case "
         "management system). Each other Party is a controller of the information it "
         "discloses.")
    P(d, "Contents", bold=True)
    heads = ["1. Definitions", "2. Purpose", "3. Information to be shared", "4. Legal basis",
             "5. Data subject rights", "6. Security", "7. Method and frequency of sharing",
             "8. Retention", "9. Accuracy", "10. Complaints", "11. Personal data breaches",
             "12. Term, review and termination", "13. Signatures"]
    for h in heads:
        P(d, h)
    page_break(d)
    H(d, heads[0], 1)
    P(d, "1.1 \"Data Protection Legislation\" means the UK GDPR and the Data Protection Act "
         "2018. \"YOS\" means the Southend Youth Offending Service. \"Child\" means a person "
         "under 18.")
    H(d, heads[1], 1)
    purpose = ("The Parties share information under this Agreement so that children who "
               "offend, or who are at risk of offending, receive a co-ordinated assessment "
               "and intervention plan from the Southend Youth Offending Service.")
    P(d, "2.1 " + purpose)
    P(d, "2.2 Sharing also enables the YOS to report on national indicators and to contribute "
         "to local safeguarding arrangements.")
    H(d, heads[2], 1)
    P(d, "3.1 Personal details of the child and parents or carers; offence and court "
         "outcome details; assessments of risk and need; health and emotional wellbeing "
         "information relevant to the intervention plan; education, training and "
         "employment status.")
    H(d, heads[3], 1)
    P(d, "4.1 The YOS is established under section 39 of the Crime and Disorder Act 1998, "
         "and the Parties co-operate to improve the wellbeing of children under section 10 "
         "of the Children Act 2004. The Probation Service may disclose information under "
         "section 14 of the Offender Management Act 2007. The courts must have regard to "
         "the welfare of the child under section 44 of the Children and Young Persons Act "
         "1933.")
    P(d, "4.2 The lawful basis for processing is UK GDPR Article 6(1)(e) (public task). "
         "Criminal offence data is processed under the conditions set out in the Data "
         "Protection Act 2018.")
    P(d, "4.3 The Parties have had regard to Working Together to Safeguard Children 2018, "
         "the Standards for children in the youth justice system 2019 and the ICO Data "
         "Sharing Code of Practice. None of these is a legal gateway in itself.")
    H(d, heads[4], 1)
    P(d, "5.1 Each Party will respond to requests from data subjects about information it "
         "holds and will consult any Party that supplied the information before responding. "
         "Children and their parents will be given the YOS privacy notice at the first "
         "appointment.")
    H(d, heads[5], 1)
    P(d, "6.1 Each Party will keep shared information on secure systems with role-based "
         "access and audit trails, and will ensure that staff are trained in data protection "
         "every year.")
    H(d, heads[6], 1)
    P(d, "7.1 Information is exchanged through the YOS case management system, by secure "
         "email or at the weekly case planning meeting. Police provide a daily list of "
         "children arrested in the previous 24 hours.")
    H(d, heads[7], 1)
    P(d, "8.1 YOS records are kept until the child's 25th birthday or for six years after "
         "the last contact, whichever is later, and are then securely destroyed.")
    H(d, heads[8], 1)
    P(d, "9.1 Each Party will take reasonable steps to ensure that information it supplies "
         "is accurate and up to date, and will correct errors promptly, informing the other "
         "Parties.")
    H(d, heads[9], 1)
    H(d, heads[10], 1)
    P(d, "11.1 A Party that becomes aware of a personal data breach affecting shared "
         "information will notify the other Parties within 24 hours and will co-operate in "
         "any investigation and in deciding whether the breach must be reported to the "
         "Information Commissioner.")
    H(d, heads[11], 1)
    P(d, "12.1 This Agreement commences on 3 October 2022.")
    P(d, "12.2 It will be reviewed every two years from commencement, or sooner if the law "
         "or the structure of the YOS changes.")
    P(d, "12.3 A Party may terminate its participation by giving three months' written "
         "notice to the other Parties.")
    H(d, heads[12], 1)
    table(d, [["Party", "Name", "Position", "Signature", "Date"],
              ["Southend City Council", "", "", "", ""],
              ["Essex Police", "", "", "", ""],
              ["National Probation Service", "", "", "", ""],
              ["Essex Partnership University NHS Foundation Trust", "", "", "", ""],
              ["NHS Mid and South Essex Integrated Care Board", "", "", "", ""]])
    truth = {
        "layout": "deed-style (1)-(5) parties, contents list, Word-styled numbered headings, empty heading, signature table",
        "title": title,
        "purpose": purpose,
        "lead": None,
        "partners": [org("Southend City Council", SBC), org("Essex Police", POLICE),
                     org("National Probation Service", "National Probation Service (Essex)"),
                     org("Essex Partnership University NHS Foundation Trust", None),
                     org("NHS Mid and South Essex Integrated Care Board", None)],
        "statutes": [S("section 39 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 39"),
                     S("section 10 of the Children Act 2004", "Children Act", 2004, "section 10"),
                     S("section 14 of the Offender Management Act 2007", "Offender Management Act", 2007, "section 14"),
                     S("section 44 of the Children and Young Persons Act 1933", "Children and Young Persons Act", 1933, "section 44"),
                     S("UK GDPR Article 6(1)(e)", "UK General Data Protection Regulation", 2016, "article 6(1)(e)"),
                     S("the Data Protection Act 2018", "Data Protection Act", 2018, None)],
        "review_date": "2024-10-03", "review_basis": "relative",
        "commencement_date": "2022-10-03",
        "missing_sections": ["complaints"],
        "_checks": ["every two years from commencement", "commences on 3 October 2022",
                    "Data controller: Southend City Council"],
    }
    return "youth_justice_isa_2022", d, truth


# ----------------------------------------------------------------------------------
# 7. "This agreement is between A, B and C", bold numbered headings, no review date
# ----------------------------------------------------------------------------------
def doc_hoarding():
    d = new_doc(header="OFFICIAL", page_of=True)
    title = "Hoarding and Fire Risk Referrals Information Sharing Protocol"
    P(d, title, bold=True, size=15, align="center")
    P(d, "Responsible organisation: ECFRS", align="center")
    P(d, "Version 1.2", align="center")
    P(d, "")
    P(d, "This agreement is between ECFRS, Braintree District Council, Chelmsford City "
         "Council, Greenfields, CHP and Age UK Essex.")
    P(d, "1. Why we are sharing", bold=True)
    purpose = ("Partners will share information about residents whose hoarding or living "
               "conditions place them at high risk of fire, so that a joint home safety visit "
               "can be arranged and the risk reduced.")
    P(d, purpose)
    P(d, "Fire deaths in Essex are concentrated among older people living alone in "
         "cluttered homes, many of whom are already known to housing officers or care "
         "workers but not to the fire service.")
    P(d, "2. What will be shared", bold=True)
    P(d, "Name, address and date of birth of the resident; a clutter image rating; known "
         "health or mobility problems that affect escape; smoking, use of oxygen or open "
         "fires; the name of the referring worker; the outcome of the home safety visit.")
    P(d, "3. Lawful basis", bold=True)
    P(d, "ECFRS has a duty to promote fire safety under the Fire and Rescue Services Act "
         "2004, and landlords and councils have duties in relation to common parts under the "
         "Regulatory Reform (Fire Safety) Order 2005. Where a resident may be experiencing "
         "self-neglect a referral may lead to enquiries under the Care Act 2014 (s.42).")
    P(d, "Where there is doubt about a resident's capacity to agree to the referral, staff "
         "will follow the Mental Capacity Act 2005. Processing is lawful under the UK GDPR "
         "and DPA 2018 as necessary for a task carried out in the public interest.")
    P(d, "4. Information security", bold=True)
    P(d, "Referrals are made through the ECFRS online partner referral form. Partners must "
         "not send referrals by ordinary email or leave details on voicemail.")
    P(d, "5. How and how often", bold=True)
    P(d, "Referrals are made as cases arise. ECFRS will send the referrer the outcome of the "
         "visit within 14 days, and a quarterly summary will go to the Hoarding Panel.")
    P(d, "6. Data quality", bold=True)
    P(d, "Referrers must check the address and contact details with the resident where "
         "possible. ECFRS will tell the referrer if any details prove to be wrong.")
    P(d, "7. Complaints procedure", bold=True)
    P(d, "A resident who is unhappy with the way their information has been shared may "
         "complain to any partner, whose own complaints procedure will apply.")
    P(d, "8. Security incidents and breaches", bold=True)
    P(d, "Any incident must be reported to the ECFRS Information Governance team and to the "
         "partner concerned on the day it is discovered.")
    P(d, "9. Signatures", bold=True)
    P(d, "This protocol takes effect from 1 November 2020 and continues until replaced. A "
         "partner may withdraw on one month's notice.")
    table(d, [["Signed on behalf of", "Name", "Signature", "Date"],
              ["ECFRS", "", "", ""],
              ["Braintree District Council", "", "", ""],
              ["Chelmsford City Council", "", "", ""],
              ["Greenfields", "", "", ""],
              ["CHP", "", "", ""],
              ["Age UK Essex", "", "", ""]])
    truth = {
        "layout": "numbered bold (unstyled) headings, header/footer, 'this agreement is between' list, signature table, no review date",
        "title": title,
        "purpose": purpose,
        "lead": org("ECFRS", "Essex County Fire and Rescue Service"),
        "partners": [org("Braintree District Council", "Braintree District Council"),
                     org("Chelmsford City Council", "Chelmsford City Council"),
                     org("Greenfields", "Greenfields Community Housing"),
                     org("CHP", "CHP"),
                     org("Age UK Essex", None)],
        "statutes": [S("the Fire and Rescue Services Act 2004", "Fire and Rescue Services Act", 2004, None),
                     S("the Regulatory Reform (Fire Safety) Order 2005", "Regulatory Reform (Fire Safety) Order", 2005, None),
                     S("the Care Act 2014 (s.42)", "Care Act", 2014, "section 42"),
                     S("the Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
                     S("the UK GDPR", "UK General Data Protection Regulation", 2016, None),
                     S("DPA 2018", "Data Protection Act", 2018, None)],
        "review_date": None, "review_basis": "none",
        "commencement_date": "2020-11-01",
        "missing_sections": ["individual_rights", "retention"],
        "_checks": ["takes effect from 1 November 2020", "Responsible organisation: ECFRS"],
    }
    return "hoarding_fire_risk_isp_2020", d, truth


# ----------------------------------------------------------------------------------
# 8. Register-style summary table, Heading 2 unnumbered, no agreement/signatures
# ----------------------------------------------------------------------------------
def doc_channel():
    d = new_doc()
    title = "Channel Panel and Prevent Information Sharing Agreement"
    purpose = ("To enable partners to identify, assess and support people who are "
               "vulnerable to being drawn into terrorism, through the Channel Panel chaired "
               "by Thurrock Council.")
    others = ("Essex Police, Thurrock CCG, Basildon and Thurrock University Hospitals NHS "
              "Foundation Trust, SEPT, Home Office")
    table(d, [["Title", title],
              ["Purpose", purpose],
              ["Lead Organisation", "Thurrock Council"],
              ["Other Organisations Involved", others],
              ["Review date", "Sept 2018"]], header=False)
    H(d, "Purpose", 2)
    P(d, purpose)
    P(d, "Channel is voluntary. Sharing under this agreement happens before and during the "
         "Panel so that the right support can be offered; it is not used to gather "
         "intelligence.")
    H(d, "Information to be shared", 2)
    P(d, "The referral and its grounds; the individual's name, date of birth and address; "
         "any known vulnerabilities, including mental health and substance misuse; contact "
         "with services; the support plan and its review.")
    H(d, "Legal basis", 2)
    P(d, "Partners of a Channel panel must co-operate with the panel under section 36 of "
         "the Counter-Terrorism and Security Act 2015. Sharing must comply with the Data "
         "Protection Act 1998 and with the Human Rights Act 1998.")
    P(d, "Where the person is detained or assessed, the Mental Health Act 1983 may be "
         "relevant. Partners must avoid discrimination and have regard to the Equality Act "
         "2010. The Channel Duty Guidance and the Prevent Duty Guidance describe how the "
         "panel should operate but are not themselves a legal basis.")
    H(d, "Rights of individuals", 2)
    P(d, "People referred to Channel are told about the referral and what is held about "
         "them unless doing so would prejudice the prevention of crime. Subject access "
         "requests are co-ordinated by the Channel Panel chair.")
    H(d, "Security", 2)
    P(d, "Panel papers are marked OFFICIAL-SENSITIVE, circulated only by secure email and "
         "collected in at the end of each meeting.")
    H(d, "Retention", 2)
    P(d, "Panel records are kept by Thurrock Council for six years after the case is closed. "
         "Other partners keep only their own notes of the meeting.")
    H(d, "Accuracy", 2)
    P(d, "Each partner checks what it brings to the panel. Corrections are recorded in the "
         "minutes and circulated to all members.")
    H(d, "Complaints", 2)
    P(d, "Complaints about the handling of information are dealt with by the partner "
         "concerned under its own procedure.")
    H(d, "Breaches", 2)
    P(d, "Breaches must be reported to the Channel Panel chair and to the Home Office "
         "Prevent lead as soon as they are discovered.")
    truth = {
        "layout": "register-style summary table (title/purpose/lead/others/review), unnumbered Heading 2 sections, no signatures",
        "title": title,
        "purpose": purpose,
        "lead": org("Thurrock Council", THURROCK),
        "partners": [org("Essex Police", POLICE),
                     org("Thurrock CCG", "Thurrock Clinical Commissioning Group"),
                     org("Basildon and Thurrock University Hospitals NHS Foundation Trust",
                         "Basildon and Thurrock University Hospitals NHS Foundation Trust"),
                     org("SEPT", "South Essex Partnership University NHS Foundation Trust"),
                     org("Home Office", None)],
        "statutes": [S("section 36 of the Counter-Terrorism and Security Act 2015", "Counter-Terrorism and Security Act", 2015, "section 36"),
                     S("Data Protection Act 1998", "Data Protection Act", 1998, None),
                     S("the Human Rights Act 1998", "Human Rights Act", 1998, None),
                     S("the Mental Health Act 1983", "Mental Health Act", 1983, None),
                     S("the Equality Act 2010", "Equality Act", 2010, None)],
        "review_date": "2018-09-30", "review_basis": "explicit",
        "commencement_date": None,
        "missing_sections": ["format_frequency", "agreement"],
        "_checks": ["Sept 2018", "Lead Organisation"],
    }
    return "channel_prevent_isa_2016", d, truth


# ----------------------------------------------------------------------------------
# 9. Version-history table, Word headings, "Data controller:" line (no lead)
# ----------------------------------------------------------------------------------
def doc_lac():
    d = new_doc(footer_text="LAC Health Assessments ISA v1.0")
    P(d, "Version history", bold=True)
    table(d, [["Version", "Date", "Summary of changes"],
              ["0.1", "05/11/2020", "First draft"],
              ["0.2", "11/12/2020", "Comments from partners incorporated"],
              ["1.0", "20/01/2021", "Approved by the Corporate Parenting IG group"]])
    title = "Information Sharing Agreement for Looked After Children Health Assessments"
    H(d, title, 0)
    P(d, "Effective from: 1 February 2021")
    P(d, "Next review due: 31/01/2023")
    H(d, "1 Purpose", 1)
    purpose = ("This agreement allows health and social care partners to share the "
               "information needed to arrange and complete statutory health assessments for "
               "children looked after by Essex County Council, including children placed "
               "outside Essex.")
    P(d, purpose)
    H(d, "1.1 Parties", 2)
    P(d, "This agreement is between Essex County Council, NELFT, West Essex CCG, PAH, "
         "Hertfordshire County Council and West Sussex CCG.")
    H(d, "1.2 Roles", 2)
    P(d, "Data controller: Essex County Council")
    P(d, "Each health organisation is a controller of the health assessment it completes. "
         "Hertfordshire County Council and West Sussex CCG take part only for children "
         "placed in their areas.")
    H(d, "2 Information to be shared", 1)
    bullets(d, ["notification that a child has become looked after, with placement address;",
                "consent to health assessment and the name of the social worker;",
                "initial and review health assessment reports and health plans;",
                "immunisation status, dental registration and outstanding referrals."])
    H(d, "3 Lawful basis", 1)
    P(d, "The local authority must safeguard and promote the welfare of looked after "
         "children under section 22 of the Children Act 1989, and the Care Planning, "
         "Placement and Case Review (England) Regulations 2010 require a health assessment "
         "to be carried out. The corporate parenting principles are set out in the Children "
         "and Social Work Act 2017.")
    P(d, "Health data is processed under Article 9(2)(h) of the UK GDPR and the associated "
         "condition in DPA 2018. Health and care bodies have a duty to share information for "
         "direct care introduced by the Health and Social Care Act 2015.")
    P(d, "Partners will also follow the statutory guidance 'Promoting the health and "
         "well-being of looked-after children'.")
    H(d, "4 Subject access", 1)
    P(d, "Young people, and those with parental responsibility, may ask for a copy of their "
         "health assessment from the health provider that completed it. Requests for the "
         "social care record are made to Essex County Council.")
    H(d, "5 Information security", 1)
    P(d, "Notifications and reports are exchanged through secure email (nhs.net and "
         "Egress). Reports are stored on the child's health record and on Mosaic, with "
         "access limited to the child's professional network.")
    H(d, "6 How and how often", 1)
    P(d, "Essex County Council notifies the health provider within five working days of a "
         "child becoming looked after. Completed assessments are returned within 20 working "
         "days. A monthly performance report is produced from the anonymised data.")
    H(d, "7 Retention and disposal", 1)
    P(d, "Health records are retained until the young person's 25th birthday (or 26th if "
         "they were 17 at the end of treatment). Social care records of looked after "
         "children are kept for 75 years from the child's date of birth.")
    H(d, "8 Complaints procedure", 1)
    P(d, "Complaints are handled under the procedure of the organisation that holds the "
         "information concerned.")
    H(d, "9 Signatures", 1)
    for o in ["Essex County Council", "NELFT", "West Essex CCG", "PAH",
              "Hertfordshire County Council", "West Sussex CCG"]:
        P(d, "Signed on behalf of " + o)
        P(d, "Name: ......................  Role: ......................  Date: ..........")
    truth = {
        "layout": "version history table, Title + Word Heading 1/2 numbered without dots, 'Data controller:' line (no lead), signature paragraphs",
        "title": title,
        "purpose": purpose,
        "lead": None,
        "partners": [org("Essex County Council", ECC), org("NELFT", NELFT),
                     org("West Essex CCG", "West Essex Clinical Commissioning Group"),
                     org("PAH", "Princess Alexandra Hospital NHS Trust"),
                     org("Hertfordshire County Council", None),
                     org("West Sussex CCG", None)],
        "statutes": [S("section 22 of the Children Act 1989", "Children Act", 1989, "section 22"),
                     S("the Care Planning, Placement and Case Review (England) Regulations 2010",
                       "Care Planning, Placement and Case Review (England) Regulations", 2010, None),
                     S("Children and Social Work Act 2017", "Children and Social Work Act", 2017, None),
                     S("Article 9(2)(h) of the UK GDPR", "UK General Data Protection Regulation", 2016, "article 9(2)(h)"),
                     S("DPA 2018", "Data Protection Act", 2018, None),
                     S("the Health and Social Care Act 2015", "Health and Social Care Act", 2015, None)],
        "review_date": "2023-01-31", "review_basis": "explicit",
        "commencement_date": "2021-02-01",
        "missing_sections": ["accuracy", "breach"],
        "_checks": ["Next review due: 31/01/2023", "Effective from: 1 February 2021",
                    "Data controller: Essex County Council"],
    }
    return "lac_health_assessments_isa_2021", d, truth


# ----------------------------------------------------------------------------------
# 10. Short protocol, underlined headings, "owner", no dates at all
# ----------------------------------------------------------------------------------
def doc_admissions():
    d = new_doc(header="OFFICIAL")
    title = "Protocol for sharing data between Essex County Council and Kent County Council"
    P(d, title, bold=True, underline=True, size=14)
    P(d, "Co-ordinated secondary school admissions", italic=True)
    P(d, "ECC is the owner of this protocol. Queries should be directed to the Information "
         "Governance Manager at either council.")
    P(d, "Purpose", underline=True)
    purpose = ("The purpose of this protocol is to allow each council to include applications "
               "from children resident in the other council's area in its co-ordinated "
               "admissions scheme for secondary schools.")
    P(d, purpose)
    P(d, "Data to be shared", underline=True)
    P(d, "For each applicant: name, date of birth, home address, the preferences expressed "
         "for schools in the other council's area and their rank, sibling links, and any "
         "supporting information relevant to the oversubscription criteria. The outcome of "
         "each application is returned.")
    P(d, "Legal basis", underline=True)
    P(d, "Both councils are required to operate a co-ordinated admission scheme by the School "
         "Standards and Framework Act 1998 and the School Admissions (Admission Arrangements "
         "and Co-ordination of Admission Arrangements) (England) Regulations 2012, and to "
         "exchange applications with neighbouring authorities. The councils' duties as local "
         "education authorities are set out in the Education Act 1996. The processing is "
         "necessary for the performance of a public task under the Data Protection Act 2018. "
         "The School Admissions Code is statutory guidance and is followed by both councils.")
    P(d, "Transfer and frequency", underline=True)
    P(d, "Applications are exchanged through the secure admissions transfer hub (S2S) at the "
         "fixed exchange points in the national admissions timetable: after the closing "
         "date in November, and before national offer day in March. Late applications are "
         "exchanged weekly.")
    P(d, "Security", underline=True)
    P(d, "Only admissions team staff have access to the exchanged files, which are stored on "
         "each council's admissions system and not copied elsewhere.")
    P(d, "Retention", underline=True)
    P(d, "Application data is kept for one year after the end of the admissions round, or "
         "until any appeal has been decided, and then deleted.")
    P(d, "Agreement", underline=True)
    P(d, "This protocol remains in force until either council withdraws from it by giving "
         "three months' notice in writing.")
    P(d, "For and on behalf of Essex County Council: ..............................")
    P(d, "For and on behalf of Kent County Council: ..............................")
    truth = {
        "layout": "short protocol, underlined plain headings, header only, no tables, no dates",
        "title": title,
        "purpose": purpose,
        "lead": org("ECC", ECC),
        "partners": [org("Kent County Council", None)],
        "statutes": [S("the School Standards and Framework Act 1998", "School Standards and Framework Act", 1998, None),
                     S("the School Admissions (Admission Arrangements and Co-ordination of Admission Arrangements) (England) Regulations 2012",
                       "School Admissions (Admission Arrangements and Co-ordination of Admission Arrangements) (England) Regulations", 2012, None),
                     S("the Education Act 1996", "Education Act", 1996, None),
                     S("the Data Protection Act 2018", "Data Protection Act", 2018, None)],
        "review_date": None, "review_basis": "none",
        "commencement_date": None,
        "missing_sections": ["individual_rights", "accuracy", "complaints", "breach"],
        "_checks": ["ECC is the owner of this protocol", "remains in force until"],
    }
    return "ecc_kent_admissions_protocol", d, truth


# ----------------------------------------------------------------------------------
# 11. CSP protocol: "Sponsor:", bullet partner list, lettered Heading 2 sections
# ----------------------------------------------------------------------------------
def doc_csp():
    d = new_doc(footer_text="Basildon CSP ISP v3.0 – OFFICIAL", page_of=True)
    title = "Basildon Community Safety Partnership Information Sharing Protocol"
    H(d, title, 1)
    P(d, "Sponsor: Basildon Borough Council")
    P(d, "Review date: Nov-2018")
    H(d, "Partner organisations", 2)
    partners = ["Essex Police", "Essex CC", "Basildon & Brentwood CCG",
                "Essex Fire & Rescue Service", "Essex Community Rehabilitation Co",
                "National Probation Service", "BTUH", "Sanctuary Housing", "Peabody"]
    bullets(d, partners)
    H(d, "Section A: Purpose", 2)
    purpose = ("This protocol aims to support the transparent exchange of crime and disorder "
               "information that is necessary, relevant and proportionate between the "
               "signatory partners of the Basildon Community Safety Partnership.")
    P(d, purpose)
    P(d, "It covers the weekly tasking meeting, the community MARAC, the Anti-Social "
         "Behaviour Risk Assessment Conference and the production of the annual strategic "
         "assessment.")
    H(d, "Section B: Information covered", 2)
    P(d, "Personal information about victims, witnesses, perpetrators and people at risk "
         "discussed at partnership meetings; depersonalised crime, incident and hospital "
         "admission data used for the strategic assessment.")
    H(d, "Section C: Legal basis", 2)
    P(d, "Section 115 of the Crime and Disorder Act 1998 gives any person the power to "
         "disclose information to a relevant authority where it is necessary or expedient "
         "for the purposes of the Act. The Crime and Disorder (Formulation and "
         "Implementation of Strategy) Regulations 2007 require the partners to share "
         "depersonalised information for the strategic assessment, and the Police and "
         "Justice Act 2006 extended the responsible authorities' duties.")
    P(d, "The partners will also use the powers in the Anti-social Behaviour, Crime and "
         "Policing Act 2014. All sharing of personal data must comply with the Data "
         "Protection Act 1998 and respect the common law duty of confidentiality.")
    H(d, "Section D: Access and individuals' rights", 2)
    P(d, "Subject access requests are handled by the partner that receives them. Partners "
         "will consult one another before releasing information supplied by another "
         "partner.")
    H(d, "Section E: Security", 2)
    P(d, "Meeting papers are sent only by secure email and are destroyed at the end of each "
         "meeting. Partners' systems must meet the Public Services Network code of connection "
         "or the NHS equivalent.")
    H(d, "Section F: Format, method and frequency", 2)
    P(d, "The tasking meeting is held weekly and the community MARAC monthly. Data for the "
         "strategic assessment is supplied annually in September in the agreed spreadsheet "
         "format.")
    H(d, "Section G: Retention", 2)
    P(d, "Minutes containing personal data are kept by Basildon Borough Council for three "
         "years. Partners must not keep copies of meeting papers.")
    H(d, "Section H: Data accuracy", 2)
    P(d, "Partners are responsible for the accuracy of what they share and must distinguish "
         "fact from opinion and allegation.")
    H(d, "Section I: Complaints", 2)
    P(d, "Complaints will be considered under the procedure of the partner that received the "
         "complaint; the CSP manager will co-ordinate where more than one partner is involved.")
    H(d, "Section J: Breach of confidentiality", 2)
    P(d, "Breaches must be reported to the CSP manager and to the partner that supplied the "
         "information within 24 hours.")
    H(d, "Section K: Agreement", 2)
    P(d, "This protocol commences on 1 December 2015. Any partner may withdraw by giving one "
         "month's notice to the sponsor.")
    table(d, [["Organisation", "Authorised signatory", "Date"],
              ["Basildon Borough Council", "", ""]] + [[p, "", ""] for p in partners])
    truth = {
        "layout": "Heading 1 title, 'Sponsor:' line, bulleted partner organisations, lettered Heading 2 sections, footer with page x of y, signature table",
        "title": title,
        "purpose": purpose,
        "lead": org("Basildon Borough Council", "Basildon Borough Council"),
        "partners": [org("Essex Police", POLICE), org("Essex CC", ECC),
                     org("Basildon & Brentwood CCG", "Basildon and Brentwood Clinical Commissioning Group"),
                     org("Essex Fire & Rescue Service", "Essex County Fire and Rescue Service"),
                     org("Essex Community Rehabilitation Co", "Essex Community Rehabilitation Company"),
                     org("National Probation Service", "National Probation Service (Essex)"),
                     org("BTUH", "Basildon and Thurrock University Hospitals NHS Foundation Trust"),
                     org("Sanctuary Housing", "Sanctuary Housing"),
                     org("Peabody", None)],
        "statutes": [S("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                     S("The Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007",
                       "Crime and Disorder (Formulation and Implementation of Strategy) Regulations", 2007, None),
                     S("the Police and Justice Act 2006", "Police and Justice Act", 2006, None),
                     S("the Anti-social Behaviour, Crime and Policing Act 2014", "Anti-social Behaviour, Crime and Policing Act", 2014, None),
                     S("the Data Protection Act 1998", "Data Protection Act", 1998, None)],
        "review_date": "2018-11-30", "review_basis": "explicit",
        "commencement_date": "2015-12-01",
        "missing_sections": [],
        "_checks": ["Review date: Nov-2018", "commences on 1 December 2015", "Sponsor: Basildon Borough Council"],
    }
    return "basildon_csp_isp_2015", d, truth


# ----------------------------------------------------------------------------------
# 12. Cover + contents (lists a section that is empty in the body), "Lead agency:"
# ----------------------------------------------------------------------------------
def doc_homeless():
    d = new_doc(header="OFFICIAL – SENSITIVE", footer_text="Colchester Homelessness ISP v1.0",
                page_only=True)
    full_title = "Information Sharing Protocol: Homelessness Prevention and Duty to Refer"
    H(d, full_title, 0)
    P(d, "Lead agency: Colchester Borough Council")
    P(d, "Partner organisations:", bold=True)
    partners = ["Colchester Borough Homes", "Tendring District Council", "CHUFT", "Essex Police",
                "L&Q", "Peabody", "Department for Work and Pensions", "Open Road"]
    bullets(d, partners)
    P(d, "Commencement: 1 October 2021")
    P(d, "Review date: 30 September 2023")
    page_break(d)
    heads = ["1. Purpose of sharing", "2. What will be shared", "3. Lawful basis",
             "4. Individuals' rights", "5. Information security", "6. How and how often",
             "7. Retention and disposal", "8. Data quality",
             "9. Security incidents and breaches", "10. Signatures"]
    P(d, "CONTENTS", bold=True)
    for h in heads:
        P(d, h)
    page_break(d)
    H(d, heads[0], 1)
    purpose = ("This protocol allows public authorities and housing partners in Colchester "
               "and Tendring to refer people who are homeless or threatened with homelessness "
               "to the council, and to share the information needed to prevent or relieve "
               "their homelessness.")
    H(d, "1.1 Aims", 2)
    P(d, purpose)
    P(d, "Early referral gives the housing options team 56 days in which to work with the "
         "household before a crisis occurs.")
    H(d, heads[1], 1)
    P(d, "Name, contact details and household members; the reason the person is at risk of "
         "losing their accommodation; support needs, including health and offending where "
         "relevant to the housing plan; consent to the referral; the outcome of the "
         "council's assessment.")
    H(d, heads[2], 1)
    P(d, "Specified public authorities must refer service users who may be homeless under "
         "section 213B of the Housing Act 1996, which was inserted by the Homelessness "
         "Reduction Act 2017. Referrals are made with the person's consent.")
    P(d, "The lawful basis for the council's processing is Article 6(1)(e) UK GDPR, with "
         "special category data processed under the substantial public interest conditions "
         "in DPA 2018. Partners have followed the Homelessness Code of Guidance for Local "
         "Authorities and the ICO Data Sharing Code of Practice.")
    H(d, heads[3], 1)
    P(d, "People referred will be given the council's housing privacy notice. Requests to "
         "see, correct or delete information are handled by the organisation holding it. "
         "Requests under the Freedom of Information Act 2000 for aggregate referral data "
         "are answered by the council.")
    H(d, heads[4], 1)
    P(d, "Referrals are made through the council's online duty to refer form, which uses an "
         "encrypted connection. Partners must not send referrals by unsecured email.")
    H(d, heads[5], 1)
    P(d, "Referrals are made whenever a partner identifies a person at risk. The council "
         "acknowledges each referral within two working days, and partners receive a "
         "quarterly report of referral outcomes.")
    H(d, heads[6], 1)
    H(d, heads[7], 1)
    P(d, "Referrers must check details with the person before submitting. The council will "
         "tell the referrer if the details supplied are incomplete or incorrect.")
    H(d, heads[8], 1)
    P(d, "Incidents involving referral information must be reported to the Data Protection "
         "Officer of the lead agency within 24 hours.")
    H(d, heads[9], 1)
    P(d, "Partners agree to follow this protocol from the commencement date shown on the "
         "front page. A partner may withdraw on one month's notice.")
    for o in ["Colchester Borough Council"] + partners:
        P(d, "Signed on behalf of " + o + ": ..........................  Date: ..........")
    truth = {
        "layout": "cover with colon-prefixed title + bulleted partners, contents list naming an empty section, Word-styled numbered headings, signature lines",
        "title": "Homelessness Prevention and Duty to Refer",
        "purpose": purpose,
        "lead": org("Colchester Borough Council", "Colchester Borough Council"),
        "partners": [org("Colchester Borough Homes", "Colchester Borough Homes"),
                     org("Tendring District Council", "Tendring District Council"),
                     org("CHUFT", "Colchester Hospital University NHS Foundation Trust"),
                     org("Essex Police", POLICE),
                     org("L&Q", "London and Quadrant"),
                     org("Peabody", None),
                     org("Department for Work and Pensions", None),
                     org("Open Road", None)],
        "statutes": [S("section 213B of the Housing Act 1996", "Housing Act", 1996, "section 213B"),
                     S("the Homelessness Reduction Act 2017", "Homelessness Reduction Act", 2017, None),
                     S("Article 6(1)(e) UK GDPR", "UK General Data Protection Regulation", 2016, "article 6(1)(e)"),
                     S("DPA 2018", "Data Protection Act", 2018, None),
                     S("the Freedom of Information Act 2000", "Freedom of Information Act", 2000, None)],
        "review_date": "2023-09-30", "review_basis": "explicit",
        "commencement_date": "2021-10-01",
        "missing_sections": ["retention", "complaints"],
        "_checks": ["Review date: 30 September 2023", "Commencement: 1 October 2021", full_title,
                    "Lead agency: Colchester Borough Council"],
    }
    return "isp_homelessness_duty_to_refer_2021", d, truth


BUILDERS = [doc_mash, doc_letter, doc_troubled, doc_domestic_abuse, doc_discharge, doc_youth,
            doc_hoarding, doc_channel, doc_lac, doc_admissions, doc_csp, doc_homeless]


# ----------------------------------------------------------------------------------
def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    records = []
    problems = []
    for build in BUILDERS:
        stem, d, t = build()
        assert not set(t["missing_sections"]) - set(SECTION_KEYS)
        t["sections_present"] = [k for k in SECTION_KEYS if k not in t["missing_sections"]]
        checks = t.pop("_checks")
        docx_path = os.path.join(OUT, stem + ".docx")
        d.save(docx_path)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + PROFILE, "--headless",
                        "--convert-to", "pdf", "--outdir", OUT, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf_path = os.path.join(OUT, stem + ".pdf")
        text = norm(subprocess.run(["pdftotext", "-layout", pdf_path, "-"], capture_output=True,
                                   text=True, check=True).stdout)
        text_raw = norm(subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True,
                                       text=True, check=True).stdout)
        want = [t["title"], t["purpose"]] + checks
        if t["lead"]:
            want.append(t["lead"]["name"])
        want += [p["name"] for p in t["partners"]]
        want += [s["citation"] for s in t["statutes"]]
        for w in want:
            if norm(w) not in text_raw and norm(w) not in text:
                problems.append((stem, w))
        for fmt in ("pdf", "docx"):
            rec = {"file": stem + "." + fmt, "format": fmt}
            for k in ["layout", "title", "purpose", "lead", "partners", "statutes",
                      "review_date", "review_basis", "commencement_date", "sections_present",
                      "missing_sections"]:
                rec[k] = t[k]
            records.append(rec)
    with open(os.path.join(BASE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, indent=2, ensure_ascii=False)
    shutil.rmtree(PROFILE, ignore_errors=True)
    if problems:
        for p in problems:
            print("NOT FOUND IN PDF TEXT:", p)
        sys.exit(1)
    print("ok:", len(records), "records,", len(os.listdir(OUT)), "files")


if __name__ == "__main__":
    main()
