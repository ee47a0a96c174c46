"""Agreements 3, 5 and 10, drawn directly with reportlab in layouts of their own:
a two-column arson protocol, a boxed HMPPS agreement with the review date in the running
footer, and a form-style youth firesetter agreement."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

_FONTS = False


def fonts():
    global _FONTS
    if _FONTS:
        return
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DV-I", base + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", base + "DejaVuSerif-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-B")
    addMapping("DVS", 0, 0, "DVS")
    addMapping("DVS", 1, 0, "DVS-B")
    addMapping("DVS", 0, 1, "DVS")
    addMapping("DVS", 1, 1, "DVS-B")
    _FONTS = True


def P(text, style):
    """Paragraph with escaping; '**x**' becomes bold."""
    t = escape(text)
    parts = t.split("**")
    t = "".join(f"<b>{x}</b>" if i % 2 else x for i, x in enumerate(parts))
    return Paragraph(t, style)


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the page count, for 'Page n of N' footers."""
    footer_fn = None

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if self.footer_fn:
                self.footer_fn(self, n)
            super().showPage()
        super().save()


# ===================================================================================== 3

A3_TITLE = "Deliberate Fires and Arson Reduction Information Sharing Protocol"
A3_PURPOSE = ("The aim of this protocol is to allow the partner agencies to exchange information "
              "about deliberate fires, the places where they happen and, where necessary, the "
              "people believed to be setting them, so that arson can be prevented, offenders "
              "identified and diverted, and the risk to the public and to firefighters reduced.")


def build_a3(out):
    fonts()
    path = out / "fh03_ecfrs_arson_reduction_protocol.pdf"
    W, Hh = A4
    lm = rm = 1.7 * cm
    top, bottom = 2.3 * cm, 1.8 * cm
    gap = 0.7 * cm
    colw = (W - lm - rm - gap) / 2
    body_h = Hh - top - bottom

    def on_cover(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#B01010"))
        c.rect(0, Hh - 1.2 * cm, W, 1.2 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 10)
        c.drawString(lm, Hh - 0.8 * cm, "ESSEX COUNTY FIRE & RESCUE SERVICE")
        c.setFont("DV", 8)
        c.drawRightString(W - rm, Hh - 0.8 * cm, "Safer, stronger, healthier communities")
        c.setFillColor(colors.black)
        c.setFont("DV", 7.5)
        c.drawString(lm, 1.0 * cm, "OFFICIAL")
        c.drawRightString(W - rm, 1.0 * cm, f"{doc.page}")
        c.restoreState()

    def on_body(c, doc):
        c.saveState()
        c.setFont("DV-B", 7.5)
        c.drawString(lm, Hh - 1.3 * cm, "Essex County Fire & Rescue Service · Arson Reduction Team")
        c.setFont("DV", 7.5)
        c.drawRightString(W - rm, Hh - 1.3 * cm, "ISP ART/03 v1.4")
        c.setStrokeColor(colors.HexColor("#B01010"))
        c.setLineWidth(1.2)
        c.line(lm, Hh - 1.45 * cm, W - rm, Hh - 1.45 * cm)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.3)
        if doc.pageTemplate.id == "body":
            c.line(lm + colw + gap / 2, bottom, lm + colw + gap / 2, Hh - top)
        c.setFont("DV", 7.5)
        c.drawString(lm, 1.0 * cm, "OFFICIAL – do not copy outside partner agencies")
        c.drawRightString(W - rm, 1.0 * cm, f"Page {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title="ISP ART03", author="ECFRS ART",
                          invariant=1, leftMargin=lm, rightMargin=rm, topMargin=top,
                          bottomMargin=bottom)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(lm, bottom, W - lm - rm, body_h, id="c")], onPage=on_cover),
        PageTemplate("body", [Frame(lm, bottom, colw, body_h, id="l"),
                              Frame(lm + colw + gap, bottom, colw, body_h, id="r")],
                     onPage=on_body),
        PageTemplate("full", [Frame(lm, bottom, W - lm - rm, body_h, id="f")], onPage=on_body),
    ])
    s_title = ParagraphStyle("t", fontName="DV-B", fontSize=21, leading=26, spaceAfter=2)
    s_sub = ParagraphStyle("s", fontName="DV", fontSize=11, leading=14, spaceAfter=14,
                           textColor=colors.HexColor("#B01010"))
    s_cell = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    s_cellb = ParagraphStyle("cb", parent=s_cell, fontName="DV-B")
    s_h = ParagraphStyle("h", fontName="DV-B", fontSize=9.5, leading=12, spaceBefore=8,
                         spaceAfter=3, textColor=colors.HexColor("#7A0000"))
    s_b = ParagraphStyle("b", fontName="DV", fontSize=8.6, leading=11.2, spaceAfter=4,
                         alignment=TA_JUSTIFY)
    st = []
    st.append(Spacer(1, 1.4 * cm))
    st.append(P("Arson Reduction Team", s_sub))
    st.append(Spacer(1, 0.8 * cm))
    st.append(P("Deliberate Fires and Arson Reduction", s_title))
    st.append(P("Information Sharing Protocol", s_title))
    st.append(Spacer(1, 0.9 * cm))
    front = [
        ("Lead agency", "Essex County Fire & Rescue Service"),
        ("Partner agencies", "Essex Police<br/>Essex County Council (Youth Offending Service)<br/>"
                             "Basildon Borough Council<br/>Castle Point Borough Council<br/>"
                             "Thurrock Council<br/>Essex Community Rehabilitation Company "
                             "(Essex CRC)<br/>National Probation Service – Essex"),
        ("Protocol ref", "ART/ISP/03"),
        ("Version", "1.4 FINAL"),
        ("Agreed at Arson Task Group", "18 November 2016"),
        ("Start date", "1 December 2016"),
        ("Review", "Nov-2018"),
        ("Privacy Impact Assessment", "Completed October 2016 – held by ECFRS Information "
                                      "Governance"),
    ]
    rows = [[Paragraph(escape(a), s_cellb), Paragraph(b if "<br/>" in b else escape(b), s_cell)]
            for a, b in front]
    t = Table(rows, colWidths=[5.2 * cm, W - lm - rm - 5.2 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A0000")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F6DEDE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    st.append(t)
    st.append(Spacer(1, 0.6 * cm))
    st.append(P("This protocol sits under the Whole Essex Information Sharing Framework (WEISF) "
                "and should be read with it.", ParagraphStyle("n", parent=s_cell, fontSize=8,
                                                             textColor=colors.grey)))
    st.append(NextPageTemplate("body"))
    st.append(PageBreak())

    def sec(head, paras):
        st.append(P(head, s_h))
        for x in paras:
            st.append(P(x, s_b))

    sec("1. AIM OF THIS PROTOCOL", [
        A3_PURPOSE,
        "It replaces the 2012 South Essex Arson Task Force protocol, which is withdrawn from the "
        "start date of this protocol."])
    sec("2. BACKGROUND", [
        "Deliberate fires account for around half of all fires attended by ECFRS in Basildon, "
        "Castle Point and Thurrock. Most are secondary fires – rubbish, grass, wheelie bins and "
        "abandoned or stolen vehicles – but each one ties up a crew, and some spread to homes "
        "and businesses. A small number are targeted attacks on homes, often linked to domestic "
        "abuse, hate crime or disputes between neighbours.",
        "Analysis by the Arson Reduction Team shows that a handful of streets, open spaces and "
        "garage blocks account for a large share of incidents, and that there is often a pattern "
        "of repeat fire-setting by the same young people. No single agency can tackle this "
        "alone."])
    sec("3. INFORMATION COVERED", [
        "3.1 **Depersonalised incident data.** ECFRS will share monthly extracts from the "
        "Incident Recording System (IRS): date, time, location to street level, property type, "
        "cause and whether the fire was deliberate. These contain no personal data.",
        "3.2 **Hotspot and premises information.** Addresses of empty or derelict buildings, "
        "garage blocks and land subject to repeated fires, and owner or landlord details held "
        "by the councils.",
        "3.3 **Information about individuals.** Where there is reasonable suspicion that a named "
        "person is setting fires, agencies may share name, date of birth, address, school, "
        "details of the incidents and any relevant vulnerability. For children and young "
        "people aged 5 to 17 this includes referral to the ECFRS Firesetters Intervention "
        "Scheme, with the agreement of a parent or carer.",
        "3.4 **Vehicles.** Registration mark and location of abandoned or burnt-out vehicles. "
        "Councils and police will share keeper details only where needed to arrange removal "
        "under the Refuse Disposal (Amenity) Act 1978.",
        "3.5 **Victims.** Details of people whose homes have been targeted, so that ECFRS can "
        "fit arson-proof letter boxes and carry out a home fire safety check."])
    sec("4. LEGAL POWERS", [
        "4.1 Section 115 of the Crime and Disorder Act 1998 gives any person the power to "
        "disclose information to a relevant authority (police, councils, fire and rescue "
        "authorities, probation) where it is necessary or expedient for the purposes of the "
        "Act. The Act also requires each authority to consider crime and disorder reduction in "
        "everything it does.",
        "4.2 ECFRS has a duty under the Fire & Rescue Services Act 2004, section 6, to promote "
        "fire safety, which includes arson reduction.",
        "4.3 Arson is an offence under section 1(3) of the Criminal Damage Act 1971. Essex "
        "Police investigates; ECFRS fire investigators provide evidence of cause.",
        "4.4 Agencies dealing with anti-social behaviour may also use the powers in the Anti "
        "Social Behaviour Crime and Policing Act 2014, including Community Protection Notices "
        "for land that is repeatedly set alight.",
        "4.5 All sharing of personal data must comply with the Data Protection Act 1998, in "
        "particular the first principle (fair and lawful processing), and must be necessary and "
        "proportionate under Article 8 of the Human Rights Act 1998.",
        "4.6 Where personal information is shared without consent, the reason must be recorded. "
        "The common law duty of confidentiality continues to apply."])
    sec("5. HOW AND WHEN INFORMATION IS EXCHANGED", [
        "5.1 The Arson Task Group, chaired by ECFRS, meets monthly to review hotspot data and "
        "agree joint actions.",
        "5.2 The IRS extract is sent by the Arson Reduction Team by the 10th working day of each "
        "month.",
        "5.3 Individual cases are discussed by phone or secure e-mail between the named single "
        "points of contact listed in Annex 1 (not published).",
        "5.4 Police requests to ECFRS for fire investigation reports use request form ART4."])
    sec("6. SECURITY OF INFORMATION", [
        "6.1 Personal information is sent only by GCSx, PNN or CJSM secure e-mail.",
        "6.2 Meeting papers containing personal data are marked OFFICIAL-SENSITIVE, numbered, "
        "and collected at the end of the meeting.",
        "6.3 Each agency makes sure that its staff who see the information are trained and "
        "vetted to the right level.",
        "6.4 A Privacy Impact Assessment was completed by ECFRS in October 2016."])
    sec("7. RETENTION AND DISPOSAL", [
        "7.1 Agencies keep personal information only as long as it is needed for the purpose it "
        "was shared for. Task Group minutes are kept by ECFRS for 3 years. Information about an "
        "individual is destroyed when the case is closed, unless it is needed for a "
        "prosecution.",
        "7.2 Paper is destroyed by cross-cut shredding or through a confidential waste "
        "contract."])
    sec("8. COMPLAINTS", [
        "8.1 Complaints from members of the public about the sharing of their information are "
        "dealt with under the complaints procedure of the agency concerned, which will inform "
        "the ECFRS Arson Reduction Team Manager."])
    sec("9. BREACHES OF THIS PROTOCOL", [
        "9.1 Any agency that believes this protocol has been breached must tell the ECFRS Arson "
        "Reduction Team Manager and its own Data Protection Officer as soon as possible.",
        "9.2 A serious breach may lead to the agency being suspended from the Task Group and may "
        "be reported to the Information Commissioner."])
    st.append(NextPageTemplate("full"))
    st.append(PageBreak())
    st.append(P("10. SIGNATURES", s_h))
    st.append(P("The agencies below agree to share information in line with this protocol.", s_b))
    sig = [("Agency", "Name", "Position", "Signature", "Date"),
           ("Essex County Fire & Rescue Service", "Paul Hendry", "Area Manager, Community Safety",
            "P Hendry", "17/11/2016"),
           ("Essex Police", "Supt Clare Mortimer", "South LPA Commander", "C Mortimer",
            "21/11/2016"),
           ("Essex County Council (YOS)", "Jess Amerson", "Head of Youth Offending Service",
            "J Amerson", "22/11/2016"),
           ("Basildon Borough Council", "Alan Raine", "Community Safety Manager", "A Raine",
            "18/11/2016"),
           ("Castle Point Borough Council", "Ruth Cole", "Head of Environment", "R Cole",
            "23/11/2016"),
           ("Thurrock Council", "Michelle Cunningham", "Community Safety Partnership Manager",
            "M Cunningham", "24/11/2016"),
           ("Essex CRC", "Stuart Wrenn", "Director, South Essex", "S Wrenn", "28/11/2016"),
           ("National Probation Service – Essex", "Helen Sawyer", "Head of Essex LDU Cluster",
            "H Sawyer", "29/11/2016")]
    rows = [[Paragraph(escape(x), s_cellb if i == 0 else s_cell) for x in r]
            for i, r in enumerate(sig)]
    t = Table(rows, colWidths=[4.6 * cm, 3.2 * cm, 4.4 * cm, 2.4 * cm, 2.6 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E0E0E0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    st.append(t)
    doc.build(st)
    truth = {
        "title": A3_TITLE,
        "purpose": A3_PURPOSE,
        "lead": {"name": "Essex County Fire & Rescue Service",
                 "org": "Essex County Fire and Rescue Service"},
        "partners": [
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Basildon Borough Council", "org": "Basildon Borough Council"},
            {"name": "Castle Point Borough Council", "org": "Castle Point Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Essex Community Rehabilitation Company",
             "org": "Essex Community Rehabilitation Company"},
            {"name": "National Probation Service – Essex",
             "org": "National Probation Service (Essex)"},
        ],
        "statutes": [
            {"citation": "Refuse Disposal (Amenity) Act 1978",
             "title": "Refuse Disposal (Amenity) Act", "year": 1978, "provision": None},
            {"citation": "Section 115 of the Crime and Disorder Act 1998",
             "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Fire & Rescue Services Act 2004, section 6",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "section 1(3) of the Criminal Damage Act 1971",
             "title": "Criminal Damage Act", "year": 1971, "provision": "section 1(3)"},
            {"citation": "Anti Social Behaviour Crime and Policing Act 2014",
             "title": "Anti-social Behaviour, Crime and Policing Act", "year": 2014,
             "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998,
             "provision": None},
            {"citation": "Article 8 of the Human Rights Act 1998", "title": "Human Rights Act",
             "year": 1998, "provision": "Article 8"},
        ],
        "review_date": "2018-11-30",
        "review_basis": "explicit",
        "commencement_date": "2016-12-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "security",
                             "format_frequency", "retention", "complaints", "breach",
                             "agreement"],
        "missing_sections": ["individual_rights", "accuracy"],
    }
    return path, truth


# ===================================================================================== 5

A5_TITLE = "Approved Premises Fire Safety and Resident Risk Information Sharing Agreement"
A5_PURPOSE = ("This agreement sets out how Approved Premises (AP) staff, the Probation Service, "
              "Essex County Fire and Rescue Service and Essex Police will share information about "
              "AP residents who present a fire risk – through deliberate fire-setting, a history "
              "of arson, or behaviour such as smoking in rooms and tampering with detectors – so "
              "that each AP has an up-to-date fire risk assessment and evacuation plans, and "
              "firefighters attending an incident know about the risks on the premises.")


def build_a5(out):
    fonts()
    path = out / "fh05_hmpps_approved_premises_fire.pdf"
    W, Hh = A4
    lm = rm = 2.0 * cm
    navy = colors.HexColor("#1D2A4D")

    def footer(c, total):
        c.saveState()
        c.setFont("DV-B", 8.5)
        c.setFillColor(navy)
        c.drawString(lm, Hh - 1.25 * cm, "HM Prison & Probation Service")
        c.setFont("DV", 8)
        c.drawRightString(W - rm, Hh - 1.25 * cm, "Approved Premises Group  |  East of England")
        c.setStrokeColor(navy)
        c.setLineWidth(0.8)
        c.line(lm, Hh - 1.45 * cm, W - rm, Hh - 1.45 * cm)
        c.line(lm, 1.45 * cm, W - rm, 1.45 * cm)
        c.setFont("DV", 7.2)
        c.setFillColor(colors.black)
        c.drawString(lm, 1.0 * cm, "OFFICIAL  |  AP Fire Safety Information Sharing Agreement "
                                   "v1.0  |  Review due: 31/07/2025")
        c.drawRightString(W - rm, 1.0 * cm, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    class Canvas(NumberedCanvas):
        footer_fn = staticmethod(footer)

    doc = BaseDocTemplate(str(path), pagesize=A4, title="AP fire ISA", author="HMPPS APG",
                          invariant=1, leftMargin=lm, rightMargin=rm, topMargin=2.2 * cm,
                          bottomMargin=2.0 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(lm, 2.0 * cm, W - lm - rm,
                                                   Hh - 4.2 * cm, id="f")])])
    fw = W - lm - rm
    s_t = ParagraphStyle("t", fontName="DV-B", fontSize=17, leading=21, textColor=navy)
    s_st = ParagraphStyle("st", fontName="DV", fontSize=11, leading=14, spaceBefore=4,
                          spaceAfter=10)
    s_c = ParagraphStyle("c", fontName="DV", fontSize=8.8, leading=11.6)
    s_cb = ParagraphStyle("cb", parent=s_c, fontName="DV-B")
    s_hd = ParagraphStyle("hd", fontName="DV-B", fontSize=9.8, leading=12, textColor=colors.white)
    st = [Spacer(1, 0.3 * cm),
          P("Approved Premises Fire Safety and Resident Risk", s_t),
          P("Information Sharing Agreement", s_t),
          P("Essex Approved Premises – East of England", s_st)]

    def kv_box(rows, w1=5.0 * cm):
        data = [[P(a, s_cb), P(b, s_c)] for a, b in rows]
        t = Table(data, colWidths=[w1, fw - w1])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, navy),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E4E8F2")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    st.append(kv_box([
        ("Sponsor", "HM Prison and Probation Service (Approved Premises Group)"),
        ("Operational contact", "Area Manager, Approved Premises, East of England"),
        ("Parties", "See Box B"),
        ("Effective from", "1 August 2024"),
        ("Version", "1.0"),
        ("DPIA reference", "HMPPS DPIA 2024-117"),
        ("Classification", "OFFICIAL")]))
    st.append(Spacer(1, 0.4 * cm))
    vh = [["Version", "Date", "Change"],
          ["0.1", "April 2024", "First draft following a serious fire at an AP in another region"],
          ["0.2", "June 2024", "Comments from ECFRS Protection and Essex Police"],
          ["1.0", "July 2024", "Signed off by all parties"]]
    t = Table([[P(x, s_cb if i == 0 else s_c) for x in r] for i, r in enumerate(vh)],
              colWidths=[2.0 * cm, 3.0 * cm, fw - 5.0 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, navy),
                           ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E8F2"))]))
    st.append(P("Version history", ParagraphStyle("vh", parent=s_cb, spaceAfter=3)))
    st.append(t)
    st.append(Spacer(1, 0.5 * cm))

    def box(letter, head, items):
        data = [[P(f"{letter}.  {head}", s_hd)]]
        for it in items:
            if isinstance(it, Table):
                data.append([it])
            else:
                data.append([P(it, s_c)])
        t = Table(data, colWidths=[fw], splitByRow=1, repeatRows=1)
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, navy),
                               ("BACKGROUND", (0, 0), (-1, 0), navy),
                               ("LEFTPADDING", (0, 0), (-1, -1), 7),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                               ("TOPPADDING", (0, 1), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
        st.append(t)
        st.append(Spacer(1, 0.35 * cm))

    box("A", "Purpose of sharing", [
        A5_PURPOSE,
        "Approved Premises provide supervised accommodation for people released from custody on "
        "licence, most of whom are assessed as presenting a high or very high risk of serious "
        "harm. Residents live in shared buildings with staff on site 24 hours a day. A deliberate "
        "fire in an AP endangers residents, staff and neighbours, and at any one time several "
        "residents may have convictions for arson."])
    roles = [["Party", "Role", "Controller status"],
             ["HM Prison and Probation Service", "Sponsor; runs the APs and is the responsible "
                                                 "person for fire safety", "Controller (through "
                                                                          "the Ministry of "
                                                                          "Justice)"],
             ["The Probation Service – East of England Region", "Community offender managers; "
                                                               "shares risk information on "
                                                               "residents", "Part of HMPPS; "
                                                                            "controller as "
                                                                            "above"],
             ["Essex County Fire and Rescue Service", "Fire safety audits, advice, operational "
                                                      "risk information for crews",
              "Independent controller"],
             ["Essex Police", "MAPPA partner; intelligence on fire-setting and threats",
              "Independent controller (law enforcement)"]]
    rt = Table([[P(x, s_cb if i == 0 else s_c) for x in r] for i, r in enumerate(roles)],
               colWidths=[5.0 * cm, 6.4 * cm, fw - 11.4 * cm - 14])
    rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E8F2")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    box("B", "Parties and roles", [
        "The parties to this agreement are:", rt,
        "Other APs in the East of England may join by signing Box K."])
    box("C", "Information to be shared", [
        "• From the AP and the Probation Service to ECFRS: the number of residents and their "
        "room numbers for operational risk information; the names and room numbers only of "
        "residents with a fire-setting history or an assessed fire risk, and the nature of the "
        "risk; personal emergency evacuation plans for residents with mobility needs.",
        "• From ECFRS to the AP: findings of fire safety audits; the outcome of any fire "
        "investigation at the premises; advice on individual residents' fire risk.",
        "• From Essex Police to the AP and the Probation Service: intelligence about threats of "
        "arson to an AP or a resident; MAPPA information relevant to fire risk.",
        "• Not shared: full OASys assessments, victim details, or information about residents "
        "with no fire risk."])
    box("D", "Lawful basis", [
        "HMPPS and the Probation Service process this information under Part 3 of the Data "
        "Protection Act 2018 where it is for a law enforcement purpose (managing the risk posed "
        "by offenders), and otherwise under the UK GDPR (Article 6(1)(e), and Article 9(2)(g) "
        "for health information) to protect residents, staff and the public.",
        "The powers relied on are:",
        "• section 14 of the Offender Management Act 2007 (disclosure for offender management "
        "purposes);",
        "• section 325 of the Criminal Justice Act 2003 (MAPPA). ECFRS is not a duty-to-co-operate "
        "agency, so sharing with ECFRS relies on the other powers listed here;",
        "• Fire and Rescue Services Act 2004, section 7 (firefighting, including obtaining the "
        "information needed to plan for it);",
        "• the Regulatory Reform (Fire Safety) Order 2005 – HMPPS is the responsible person for "
        "each AP and ECFRS is the enforcing authority;",
        "• Fire Safety Act 2021, which confirms the scope of the Order for residential buildings;",
        "• Human Rights Act 1998 – the right to life of residents, staff and firefighters, "
        "balanced against residents' right to respect for private life.",
        "The MAPPA Guidance and the Approved Premises Manual are guidance rather than law, but "
        "staff must follow them."])
    box("E", "Method and frequency", [
        "• Operational risk information for each AP is updated quarterly by the AP manager and "
        "sent to ECFRS Protection by secure e-mail.",
        "• When a resident with an arson history arrives, the AP manager tells the ECFRS "
        "Protection Officer within 2 working days.",
        "• ECFRS carries out an annual fire safety audit and sends the report to the AP manager "
        "and HMPPS Estates.",
        "• After any fire, the ECFRS fire investigation report goes to the AP manager and the "
        "probation practitioner within 10 working days.",
        "• Essex Police information is shared through MAPPA meetings and minutes."])
    box("F", "Security and handling", [
        "Information is sent only by cjsm.net or gov.uk secure e-mail and marked "
        "OFFICIAL-SENSITIVE. Resident names must never appear in the premises information box "
        "or on the fire alarm panel – room numbers and a risk symbol only. The premises "
        "information box is locked and can be opened only by firefighters."])
    box("G", "Retention", [
        "ECFRS keeps operational risk records until they are replaced, plus one year, and audit "
        "reports for six years. AP and probation records are kept in line with the HMPPS Records, "
        "Information Management and Retention Policy."])
    box("H", "Rights of residents", [
        "Residents are told about this sharing at AP induction and through the HMPPS Personal "
        "Information Charter. They can ask for their information through the HMPPS subject "
        "access process; some information may be withheld where release would prejudice the "
        "management of offenders or put others at risk."])
    box("I", "Data quality", [
        "The AP manager checks fire risk flags against the residents list every week. Flags for "
        "residents who have left are removed within 2 working days and ECFRS is told."])
    box("J", "Incidents and breaches", [
        "Any security incident involving information under this agreement is reported within 24 "
        "hours to the HMPPS Data Protection Officer through the HMPPS incident reporting process "
        "and to the ECFRS Information Governance team. The controller concerned decides whether "
        "the Information Commissioner must be notified."])
    sig = [["Party", "Name", "Post", "Date"],
           ["HM Prison and Probation Service", "Dr Joseph Okafor",
            "Head of Approved Premises Group", "22/07/2024"],
           ["The Probation Service – East of England Region", "Lesley Grint",
            "Regional Probation Director", "24/07/2024"],
           ["Essex County Fire and Rescue Service", "Craig Stannard", "Area Manager, Protection",
            "25/07/2024"],
           ["Essex Police", "Det Supt Mark Halloran", "Head of Public Protection", "29/07/2024"]]
    sgt = Table([[P(x, s_cb if i == 0 else s_c) for x in r] for i, r in enumerate(sig)],
                colWidths=[5.6 * cm, 3.6 * cm, 4.4 * cm, fw - 13.6 * cm - 14])
    sgt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E8F2")),
                             ("TOPPADDING", (0, 1), (-1, -1), 9),
                             ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]))
    box("K", "Sign-off", [
        "This agreement takes effect from 1 August 2024. It will be reviewed by the date shown "
        "in the footer, or earlier after any serious fire in an Approved Premises.",
        "A party may withdraw by giving one month's notice to the Approved Premises Group.",
        sgt])
    doc.build(st, canvasmaker=Canvas)
    truth = {
        "title": A5_TITLE,
        "purpose": A5_PURPOSE,
        "lead": {"name": "HM Prison and Probation Service", "org": None},
        "partners": [
            {"name": "The Probation Service – East of England Region", "org": None},
            {"name": "Essex County Fire and Rescue Service",
             "org": "Essex County Fire and Rescue Service"},
            {"name": "Essex Police", "org": "Essex Police"},
        ],
        "statutes": [
            {"citation": "Part 3 of the Data Protection Act 2018", "title": "Data Protection Act",
             "year": 2018, "provision": "Part 3"},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation",
             "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "section 14 of the Offender Management Act 2007",
             "title": "Offender Management Act", "year": 2007, "provision": "section 14"},
            {"citation": "section 325 of the Criminal Justice Act 2003",
             "title": "Criminal Justice Act", "year": 2003, "provision": "section 325"},
            {"citation": "Fire and Rescue Services Act 2004, section 7",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 7"},
            {"citation": "Regulatory Reform (Fire Safety) Order 2005",
             "title": "Regulatory Reform (Fire Safety) Order", "year": 2005, "provision": None},
            {"citation": "Fire Safety Act 2021", "title": "Fire Safety Act", "year": 2021,
             "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998,
             "provision": None},
        ],
        "review_date": "2025-07-31",
        "review_basis": "explicit",
        "commencement_date": "2024-08-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "accuracy", "breach",
                             "agreement"],
        "missing_sections": ["complaints"],
    }
    return path, truth


# ===================================================================================== 10

A10_TITLE = "Firesetter Intervention Scheme – Referrals for Children and Young People"
A10_PURPOSE = ("To allow professionals working with a child or young person who has shown an "
               "unhealthy interest in fire, or has started fires, to refer them to the ECFRS "
               "Firesetter Intervention Scheme, and to allow ECFRS to share the outcome of the "
               "intervention and any continuing concerns with the referrer and, where needed, "
               "with children's social care.")


def build_a10(out):
    fonts()
    path = out / "fh10_ecfrs_youth_firesetter_form.pdf"
    W, Hh = A4
    lm = rm = 1.6 * cm
    fw = W - lm - rm
    red = colors.HexColor("#A00000")

    def deco(c, doc):
        c.saveState()
        c.setFillColor(red)
        c.rect(lm, Hh - 1.55 * cm, 0.35 * cm, 0.75 * cm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("DV-B", 10)
        c.drawString(lm + 0.55 * cm, Hh - 1.1 * cm, "ECFRS")
        c.setFont("DV", 8)
        c.drawString(lm + 0.55 * cm, Hh - 1.45 * cm, "Firesetter Intervention Scheme")
        c.drawRightString(W - rm, Hh - 1.1 * cm, "Information Sharing Agreement")
        c.drawRightString(W - rm, Hh - 1.45 * cm, "Form FIS-ISA-02")
        c.setFont("DV", 7)
        c.drawString(lm, 0.9 * cm, "OFFICIAL-SENSITIVE when completed")
        c.drawRightString(W - rm, 0.9 * cm, f"{doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title="FIS ISA form", author="ECFRS CYP",
                          invariant=1, leftMargin=lm, rightMargin=rm, topMargin=2.0 * cm,
                          bottomMargin=1.6 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(lm, 1.6 * cm, fw, Hh - 3.6 * cm, id="f")],
                                       onPage=deco)])
    s_big = ParagraphStyle("big", fontName="DV-B", fontSize=14, leading=17, alignment=TA_CENTER,
                           spaceAfter=8)
    s_l = ParagraphStyle("l", fontName="DV-B", fontSize=8.6, leading=10.5)
    s_v = ParagraphStyle("v", fontName="DV", fontSize=8.6, leading=11)
    st = [P("INFORMATION SHARING AGREEMENT – REFERRALS", s_big)]

    def grid(rows, w1=4.0 * cm):
        data = []
        for a, b in rows:
            if isinstance(b, list):
                cell = [P(x, s_v) for x in b]
            elif isinstance(b, Table):
                cell = b
            else:
                cell = P(b, s_v)
            data.append([P(a, s_l), cell])
        t = Table(data, colWidths=[w1, fw - w1], splitByRow=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F3E0E0")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t

    st.append(grid([
        ("Name of agreement", A10_TITLE),
        ("Agreement reference", "FIS-ISA-02"),
        ("Organisations", [
            "☒  Essex County Fire and Rescue Service",
            "☒  Essex County Council (Children and Families; Youth Justice Service)",
            "☒  Southend-on-Sea City Council (Children's Services)",
            "☒  Thurrock Council (Children's Social Care)",
            "☒  Essex Police",
            "☒  London Fire Brigade (for children who move between Essex and London)"]),
        ("Agreement start date", "9 September 2024"),
        ("Purpose", [A10_PURPOSE,
                     "The scheme is educational, not a punishment. It is delivered by trained "
                     "ECFRS advocates in the child's home or school over two to six sessions."]),
        ("What information", [
            "Referrer to ECFRS: child's name, date of birth, address, school, parent or carer "
            "details, what fire-setting or fire interest has been seen, any diagnosis or "
            "learning need that affects how the sessions are delivered, social care or youth "
            "justice involvement, and any risk to visiting staff.",
            "ECFRS to referrer: number of sessions attended, outcome, and any continuing "
            "concern. Where ECFRS believes a child is at risk of significant harm it will "
            "contact children's social care directly."]),
        ("Legal basis", [
            "ECFRS: duty to promote fire safety, Fire and Rescue Services Act 2004 (section 6).",
            "Children's social care: section 47 of the Children's Act 1989 where there are "
            "safeguarding concerns.",
            "Police and youth justice: section 115 of the Crime and Disorder Act 1998.",
            "UK GDPR Article 6(1)(e); Article 9(2)(g) and Article 10 for health and offence "
            "information, with Data Protection Act 2018, Schedule 1."]),
        ("How it will be shared", [
            "Referral form FIS1 by secure e-mail to the ECFRS Children and Young People team. "
            "ECFRS contacts the family within 10 working days. Outcome report to the referrer "
            "within 20 working days of the last session. London Fire Brigade referrals are "
            "passed between the two services' children and young people teams by secure "
            "e-mail."]),
        ("Keeping it safe", [
            "Secure e-mail only. Forms are saved to the ECFRS case system, which only the "
            "Children and Young People team can open. Advocates do not carry paper records on "
            "visits."]),
        ("Keeping records right", [
            "Referrers check names, dates of birth and addresses against their own system. "
            "ECFRS tells the referrer of any correction."]),
        ("If information goes astray", [
            "Tell your line manager and your organisation's data protection officer the same "
            "day, and tell the ECFRS Information Governance team."]),
    ]))
    st.append(Spacer(1, 0.4 * cm))
    st.append(KeepTogether([
        P("Checklist for referrers (tick before sending)", ParagraphStyle("ck", parent=s_l,
                                                                          fontSize=9.5,
                                                                          spaceAfter=4)),
        grid([("1", "☐  Parent or carer told about the referral"),
              ("2", "☐  Young person's views recorded"),
              ("3", "☐  Social worker or youth justice worker told (if the case is open)"),
              ("4", "☐  Police crime reference added (if there is one)")], w1=1.0 * cm)]))
    st.append(Spacer(1, 0.4 * cm))
    st.append(grid([("Review date", "To be agreed at the first review meeting")]))
    st.append(Spacer(1, 0.4 * cm))
    sig = [["Organisation", "Name", "Job title", "Date"],
           ["Essex County Fire and Rescue Service", "Abigail Renshaw",
            "Station Manager, Children and Young People", "02/09/2024"],
           ["Essex County Council", "Tony Bracknell", "Head of Youth Justice Service",
            "03/09/2024"],
           ["Southend-on-Sea City Council", "Leanne Ruddock", "Service Manager, Early Help",
            "04/09/2024"],
           ["Thurrock Council", "Omari Baptiste", "Strategic Lead, Children's Social Care",
            "04/09/2024"],
           ["Essex Police", "Insp. Carl Whitmore", "Children and Young Persons Team",
            "05/09/2024"],
           ["London Fire Brigade", "Jasmine Okoro", "Head of Prevention (Children and Young "
                                                   "People)", "06/09/2024"]]
    sgt = Table([[P(x, s_l if i == 0 else s_v) for x in r] for i, r in enumerate(sig)],
                colWidths=[5.4 * cm, 3.4 * cm, fw - 11.2 * cm, 2.4 * cm])
    sgt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E0E0")),
                             ("TOPPADDING", (0, 1), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 1), (-1, -1), 8)]))
    st.append(KeepTogether([P("Signed", ParagraphStyle("sg", parent=s_l, fontSize=10,
                                                       spaceAfter=4)), sgt]))
    st.append(PageBreak())
    st.append(P("GUIDANCE FOR REFERRERS", ParagraphStyle("g", parent=s_big, alignment=0)))
    st.append(grid([
        ("Who can be referred", "Children and young people aged 3 to 17 who live, go to "
                                "school or are placed in Essex, Southend or Thurrock."),
        ("Behaviour to look for", [
            "• playing with matches or lighters, or collecting them;",
            "• burn marks on clothes, carpets, books or toys;",
            "• small fires in bins, bedrooms, parks or at school;",
            "• talking about fire a lot, or watching fire videos obsessively;",
            "• threats to set fire to people or property."]),
        ("What the scheme is not", "It is not a criminal justice disposal and it does not "
                                   "replace a referral to children's social care where a child "
                                   "is at risk of harm."),
        ("Before you refer", "Talk to the parent or carer and, where appropriate, the young "
                             "person. The sessions work best when the family is willing to "
                             "take part."),
        ("After the sessions", "The advocate sends you a short outcome report. If the "
                               "behaviour continues, contact the Children and Young People "
                               "team to discuss a second referral."),
    ], w1=4.4 * cm))
    doc.build(st)
    truth = {
        "title": A10_TITLE,
        "purpose": A10_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "Essex County Fire and Rescue Service",
             "org": "Essex County Fire and Rescue Service"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "London Fire Brigade", "org": None},
        ],
        "statutes": [
            {"citation": "Fire and Rescue Services Act 2004 (section 6)",
             "title": "Fire and Rescue Services Act", "year": 2004, "provision": "section 6"},
            {"citation": "section 47 of the Children's Act 1989", "title": "Children Act",
             "year": 1989, "provision": "section 47"},
            {"citation": "section 115 of the Crime and Disorder Act 1998",
             "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation",
             "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018, Schedule 1", "title": "Data Protection Act",
             "year": 2018, "provision": "Schedule 1"},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2024-09-09",
        "sections_present": ["purpose", "information_shared", "legal_basis", "security",
                             "format_frequency", "accuracy", "breach", "agreement"],
        "missing_sections": ["individual_rights", "retention", "complaints"],
    }
    return path, truth
