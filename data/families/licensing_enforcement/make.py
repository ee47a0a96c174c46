#!/usr/bin/env python3
"""Generator for the licensing_enforcement blind corpus family: councils' regulatory services
(licensing, trading standards, environmental health, enforcement) and their enforcement partners.
Run: .venv/bin/python data/families/licensing_enforcement/make.py  (writes files/ and truth.json).

Blocks: ("title"|"subtitle"|"center"|"bold"|"small"|"h1"|"h2"|"p", text), ("ul", [items]),
("table", rows, opts), ("textbox", [lines]), ("page",), ("space", n)."""
import datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from xml.sax.saxutils import escape

FIXED = datetime.datetime(2024, 1, 1, 9, 0, 0)


# ----------------------------------------------------------------- DOCX
def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


def _footer_text(par, text):
    """text may contain {page} and {pages}."""
    parts = text.replace("{pages}", "\x01").replace("{page}", "\x00")
    buf = ""
    for ch in parts:
        if ch in "\x00\x01":
            if buf:
                par.add_run(buf); buf = ""
            _field(par, "PAGE" if ch == "\x00" else "NUMPAGES")
        else:
            buf += ch
    if buf:
        par.add_run(buf)


def _textbox_xml(lines, width_pt=430, height_pt=90):
    paras = ""
    for i, ln in enumerate(lines):
        sz = 36 if i == 0 else 24
        paras += ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="%d"/></w:rPr>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (sz, escape(ln)))
    return ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            '<v:shape id="TitleBox" type="#_x0000_t202" style="width:%dpt;height:%dpt" '
            'strokecolor="#1F3864" strokeweight="1.5pt"><v:textbox><w:txbxContent>%s'
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % (width_pt, height_pt, paras))


def to_docx(doc, path):
    st = doc.get("style", {})
    font = st.get("font", "Arial")
    size = st.get("size", 11)
    hmode = st.get("headings", "styled")     # styled | bold
    colour = RGBColor.from_string(st.get("colour", "1F3864"))
    d = Document()
    cp = d.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.author = st.get("author", "Information Governance"); cp.title = ""
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = font; normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for lvl, sz in ((1, size + 4), (2, size + 1)):
        hs = d.styles["Heading %d" % lvl]
        hs.font.name = font; hs.font.size = Pt(sz); hs.font.color.rgb = colour; hs.font.bold = True
    sec = d.sections[0]
    m = st.get("margin_cm", 2.3)
    sec.left_margin = sec.right_margin = Cm(m); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = st.get("first_page_plain", True)
    # header
    hdr = doc.get("header")
    if hdr:
        if isinstance(hdr, list):     # header as a table row of cells
            t = sec.header.add_table(1, len(hdr), Cm(16))
            t.style = "Table Grid"
            for i, txt in enumerate(hdr):
                c = t.rows[0].cells[i]
                c.text = ""
                p = c.paragraphs[0]
                for j, ln in enumerate(txt.split("\n")):
                    if j:
                        p.add_run().add_break()
                    run = p.add_run(ln); run.font.size = Pt(8.5); run.bold = (i == 0)
            sec.header.paragraphs[0].text = ""
        else:
            p = sec.header.paragraphs[0]
            p.text = hdr
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in p.runs:
                r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    ftr = doc.get("footer")
    if ftr:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _footer_text(p, ftr)
        for r in p.runs:
            r.font.size = Pt(8)
    first = doc.get("first_footer")
    if first and sec.different_first_page_header_footer:
        p = sec.first_page_footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(first).font.size = Pt(8)

    def heading(text, lvl):
        if hmode == "styled":
            d.add_heading(text, level=lvl)
        else:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10 if lvl == 1 else 6)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(text); r.bold = True
            r.font.size = Pt(size + (2 if lvl == 1 else 0))
            if lvl == 2 and st.get("h2_underline"):
                r.underline = True

    def table(rows, opts):
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = opts.get("widths")
        for i, row in enumerate(rows):
            for j in range(ncol):
                txt = row[j] if j < len(row) else ""
                c = t.rows[i].cells[j]
                if widths:
                    c.width = Cm(widths[j])
                c.text = ""
                p = c.paragraphs[0]
                for k, ln in enumerate(str(txt).split("\n")):
                    if k:
                        p = c.add_paragraph()
                    r = p.add_run(ln)
                    r.font.size = Pt(opts.get("size", size - 1))
                    if (opts.get("header", True) and i == 0) or (opts.get("bold_first_col") and j == 0):
                        r.bold = True
                if opts.get("header", True) and i == 0 and opts.get("shade", "D9E2F3"):
                    _shade(c, opts.get("shade", "D9E2F3"))
                if opts.get("bold_first_col") and j == 0 and opts.get("col_shade"):
                    _shade(c, opts["col_shade"])
        d.add_paragraph()

    for part in ("cover", "front", "body"):
        if part not in doc:
            continue
        if part != "cover":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for b in doc[part]:
            k = b[0]
            if k == "title":
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for j, ln in enumerate(b[1].split("\n")):
                    if j:
                        p.add_run().add_break()
                    r = p.add_run(ln); r.bold = True; r.font.size = Pt(st.get("title_size", 22)); r.font.color.rgb = colour
            elif k == "subtitle":
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(b[1]); r.font.size = Pt(size + 3); r.bold = st.get("subtitle_bold", False)
            elif k == "center":
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(b[1])
            elif k == "bold":
                p = d.add_paragraph(); p.add_run(b[1]).bold = True
            elif k == "small":
                p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(size - 2); r.italic = True
            elif k == "h1":
                heading(b[1], 1)
            elif k == "h2":
                heading(b[1], 2)
            elif k == "p":
                p = d.add_paragraph(b[1])
                p.paragraph_format.space_after = Pt(6)
            elif k == "ul":
                for it in b[1]:
                    d.add_paragraph(it, style="List Bullet")
            elif k == "table":
                table(b[1], b[2] if len(b) > 2 else {})
            elif k == "textbox":
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p._p.append(parse_xml(_textbox_xml(b[1])))
            elif k == "page":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif k == "space":
                for _ in range(b[1] if len(b) > 1 else 1):
                    d.add_paragraph()
            else:
                raise ValueError(k)
    d.save(path)
    _fix_zip(path)


def _fix_zip(path):
    """Rewrite the .docx with fixed zip timestamps so that runs are byte-identical."""
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# ----------------------------------------------------------------- REPORTLAB
from reportlab.lib.pagesizes import A4 as PAGE_A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, ListFlowable, ListItem,
                                KeepTogether, FrameBreak)


def _e(s):
    return escape(s).replace("\n", "<br/>")


def to_pdf(doc, path):
    st = doc.get("style", {})
    base = st.get("rl_font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    size = st.get("rl_size", 9.5)
    colour = colors.HexColor("#" + st.get("colour", "1F3864"))
    layout = st.get("layout", "single")      # single | twocol
    W, H = PAGE_A4
    lm = rm = 2.0 * cm
    S = {
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=size * 1.32, spaceAfter=5,
                            alignment=TA_JUSTIFY if st.get("justify") else 0),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3,
                             textColor=colour, spaceBefore=9, spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 0.5, leading=(size + 1) * 1.3,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "title": ParagraphStyle("title", fontName=bold, fontSize=st.get("title_size", 22),
                                leading=st.get("title_size", 22) * 1.25, alignment=TA_CENTER,
                                textColor=colour, spaceAfter=12),
        "subtitle": ParagraphStyle("subtitle", fontName=base, fontSize=size + 4, leading=(size + 4) * 1.3,
                                   alignment=TA_CENTER, spaceAfter=8),
        "center": ParagraphStyle("center", fontName=base, fontSize=size, leading=size * 1.3,
                                 alignment=TA_CENTER, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "small": ParagraphStyle("small", fontName=base + ("" if base != "Helvetica" else ""), fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3, textColor=colors.HexColor("#444444")),
        "box": ParagraphStyle("box", fontName=bold, fontSize=size + 7, leading=(size + 7) * 1.3,
                              alignment=TA_CENTER, textColor=colour),
        "box2": ParagraphStyle("box2", fontName=base, fontSize=size + 2, leading=(size + 2) * 1.3,
                               alignment=TA_CENTER),
    }
    S["bold"] = ParagraphStyle("bold", parent=S["p"], fontName=bold)

    def flow(blocks, colw):
        out = []
        for b in blocks:
            k = b[0]
            if k in ("title", "subtitle", "center", "h1", "h2", "p", "bold", "small"):
                out.append(Paragraph(_e(b[1]), S[k]))
            elif k == "ul":
                out.append(ListFlowable([ListItem(Paragraph(_e(i), S["p"]), leftIndent=12) for i in b[1]],
                                        bulletType="bullet", start="\u2022", leftIndent=12,
                                        bulletFontSize=size - 1))
            elif k == "table":
                rows, opts = b[1], (b[2] if len(b) > 2 else {})
                ncol = max(len(r) for r in rows)
                data = []
                for i, r in enumerate(rows):
                    row = []
                    for j in range(ncol):
                        txt = r[j] if j < len(r) else ""
                        isb = (opts.get("header", True) and i == 0) or (opts.get("bold_first_col") and j == 0)
                        row.append(Paragraph(_e(str(txt)), S["cellb" if isb else "cell"]))
                    data.append(row)
                if opts.get("widths"):
                    tot = sum(opts["widths"])
                    cw = [colw * w / tot for w in opts["widths"]]
                else:
                    cw = [colw / ncol] * ncol
                t = Table(data, colWidths=cw, repeatRows=1 if opts.get("header", True) else 0)
                ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("BOX", (0, 0), (-1, -1), 1.2 if st.get("boxed") else 0.5, colors.black)]
                if opts.get("header", True):
                    ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + opts.get("shade", "D9E2F3"))))
                if opts.get("bold_first_col") and opts.get("col_shade"):
                    ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#" + opts["col_shade"])))
                t.setStyle(TableStyle(ts))
                out.append(t); out.append(Spacer(1, 8))
            elif k == "textbox":
                ps = [Paragraph(_e(b[1][0]), S["box"])] + [Paragraph(_e(x), S["box2"]) for x in b[1][1:]]
                t = Table([[ps]], colWidths=[colw * 0.9])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colour),
                                       ("TOPPADDING", (0, 0), (-1, -1), 10),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
                out.append(t); out.append(Spacer(1, 10))
            elif k == "page":
                out.append(PageBreak())
            elif k == "space":
                out.append(Spacer(1, 14 * (b[1] if len(b) > 1 else 1)))
            else:
                raise ValueError(k)
        return out

    hdr = doc.get("header") or ""
    if isinstance(hdr, list):
        hdr = "  |  ".join(h.replace("\n", " ") for h in hdr)
    ftr = doc.get("footer") or ""

    def decorate(c, d_):
        c.saveState()
        c.setFont(base, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        if hdr:
            c.drawString(lm, H - 1.3 * cm, hdr)
            c.setStrokeColor(colour); c.setLineWidth(0.8)
            c.line(lm, H - 1.45 * cm, W - rm, H - 1.45 * cm)
        pg = c.getPageNumber()
        if ftr:
            c.drawCentredString(W / 2, 1.1 * cm, ftr.replace("{page}", str(pg)).replace(" of {pages}", ""))
        c.restoreState()

    def cover_deco(c, d_):
        c.saveState()
        c.setFillColor(colour)
        c.rect(0, H - 1.0 * cm, W, 1.0 * cm, fill=1, stroke=0)
        if doc.get("first_footer"):
            c.setFont(base, 7.5); c.setFillColor(colors.HexColor("#444444"))
            c.drawCentredString(W / 2, 1.1 * cm, doc["first_footer"])
        c.restoreState()

    bd = BaseDocTemplate(path, pagesize=PAGE_A4, leftMargin=lm, rightMargin=rm, topMargin=2.0 * cm,
                         bottomMargin=1.8 * cm, invariant=1, title="", author="")
    fw = W - lm - rm
    fh = H - 2.0 * cm - 1.8 * cm
    cover_f = Frame(lm, 1.8 * cm, fw, fh, id="cover")
    single_f = Frame(lm, 1.8 * cm, fw, fh, id="single")
    gap = 0.6 * cm
    cw = (fw - gap) / 2
    left = Frame(lm, 1.8 * cm, cw, fh, id="l")
    right = Frame(lm + cw + gap, 1.8 * cm, cw, fh, id="r")
    templates = [PageTemplate(id="cover", frames=[cover_f], onPage=cover_deco),
                 PageTemplate(id="single", frames=[single_f], onPage=decorate),
                 PageTemplate(id="twocol", frames=[left, right], onPage=decorate)]
    bd.addPageTemplates(templates)
    story = flow(doc["cover"], fw)
    body_tpl = "twocol" if layout == "twocol" else "single"
    if doc.get("front"):
        story.append(NextPageTemplate("single"))
        story.append(PageBreak())
        story += flow(doc["front"], fw)
    story.append(NextPageTemplate(body_tpl))
    story.append(PageBreak())
    story += flow(doc["body"], cw if layout == "twocol" else fw)
    bd.build(story)
# ============================================================ AGREEMENTS
AGREEMENTS = []


def sigtable(rows, cols=("Organisation", "Name", "Post", "Signature", "Date")):
    return ("table", [list(cols)] + [list(r) for r in rows], {"widths": [4.5, 3.2, 4.2, 2.3, 2.2]})


# ------------------------------------------------------------------ A1
A1_TITLE = ("Taxi and Private Hire Licensing: Safeguarding Checks and the National Register of "
            "Refusals, Revocations and Suspensions")
A1_PURPOSE = ("This agreement sets out how the partner licensing authorities, Essex Police and the other "
              "signatories will share information about applicants for, and holders of, hackney carriage and "
              "private hire driver, vehicle and operator licences, so that each licensing authority can decide "
              "whether a person is a fit and proper person to hold a licence and can act quickly where new "
              "information suggests a risk to passengers, including children and vulnerable adults.")
A1 = {
    "stem": "nelp_taxi_phv_safeguarding_nr3s_isa_v2-1",
    "formats": ["docx", "pdf_word"],
    "doc": {
        "style": {"font": "Arial", "size": 10.5, "headings": "styled", "colour": "00594F", "title_size": 20},
        "header": "North Essex Licensing Partnership  |  Information Sharing Agreement NELP-ISA-007  |  OFFICIAL",
        "footer": "NELP-ISA-007 version 2.1  -  Page {page} of {pages}",
        "first_footer": "OFFICIAL",
        "cover": [
            ("space", 2),
            ("center", "North Essex Licensing Partnership"),
            ("center", "Colchester  |  Braintree  |  Tendring"),
            ("space", 3),
            ("subtitle", "INFORMATION SHARING AGREEMENT"),
            ("space",),
            ("title", "Taxi and Private Hire Licensing:\nSafeguarding Checks and the National Register of "
                      "Refusals, Revocations and Suspensions"),
            ("space", 2),
            ("center", "Version 2.1 (Final)  -  March 2023"),
            ("space", 4),
            ("table", [["Lead organisation", "Colchester City Council, on behalf of the North Essex Licensing Partnership"],
                       ["Agreement reference", "NELP-ISA-007"],
                       ["Protective marking", "OFFICIAL"]],
             {"header": False, "bold_first_col": True, "col_shade": "E2EFDA", "widths": [5, 11]}),
        ],
        "front": [
            ("h1", "Document control"),
            ("table", [["Item", "Detail"],
                       ["Reference", "NELP-ISA-007"],
                       ["Version", "2.1"],
                       ["Status", "Final - approved for signature"],
                       ["Author", "Licensing Manager, North Essex Licensing Partnership"],
                       ["Information governance review", "Data Protection Officer, Colchester City Council"],
                       ["Approved by", "North Essex Licensing Partnership Board, 14/03/2023"],
                       ["Date of issue", "20/03/2023"],
                       ["Date of next review", "31 March 2025"],
                       ["Distribution", "Signatories; published on each partner council's website"]],
             {"widths": [6, 10]}),
            ("h2", "Version history"),
            ("table", [["Version", "Date", "Summary of changes", "By"],
                       ["1.0", "January 2019", "First agreement between the three licensing authorities and Essex Police", "M. Okafor"],
                       ["1.1", "June 2020", "Contacts updated; Suffolk Constabulary added for cross-border checks", "M. Okafor"],
                       ["2.0", "November 2022", "Rewritten to cover the national register and the statutory standards; legal basis revised", "J. Pennington"],
                       ["2.1", "March 2023", "Comments from Essex Police Information Sharing team; Appendix B data items revised", "J. Pennington"]],
             {"widths": [1.6, 2.6, 9.2, 2.6]}),
            ("h2", "Contents"),
            ("table", [["1", "Introduction and purpose"], ["2", "Parties to this agreement"],
                       ["3", "Roles of the parties"], ["4", "The information we will share"],
                       ["5", "Our lawful basis"], ["6", "How and when information is exchanged"],
                       ["7", "Quality of the information"], ["8", "Keeping the information secure"],
                       ["9", "How long information is kept"], ["10", "Rights of licence holders and applicants"],
                       ["11", "Complaints and queries"], ["12", "Security incidents and data breaches"],
                       ["13", "Commencement, review, variation and termination"], ["14", "Signatures"],
                       ["A", "Appendix A - Legislation and guidance"], ["B", "Appendix B - Data items"],
                       ["C", "Appendix C - Single points of contact"]],
             {"header": False, "widths": [1.5, 14.5]}),
        ],
        "body": [
            ("h1", "1. Introduction and purpose"),
            ("p", A1_PURPOSE),
            ("p", "Licensing authorities are responsible for ensuring that the public travel in safe, well maintained "
                  "vehicles driven by competent drivers, and that operators are suitable to take bookings. Serious "
                  "case reviews into child sexual exploitation have shown what can happen when information held by "
                  "one body is not made available to another. The Department for Transport's Statutory Taxi and "
                  "Private Hire Vehicle Standards (July 2020) expect licensing authorities to seek and share relevant "
                  "information, including through the national register of taxi and private hire licence refusals, "
                  "revocations and suspensions (NR3S) hosted by the National Anti Fraud Network."),
            ("p", "This agreement does not replace the professional judgement of licensing officers or of the police "
                  "officers who decide what to disclose. It records what has been agreed so that sharing is lawful, "
                  "consistent and proportionate, and so that licence holders can be told how their information is used."),
            ("h1", "2. Parties to this agreement"),
            ("p", "The following organisations are parties to this agreement. Each has nominated a single point of "
                  "contact, listed in Appendix C."),
            ("table", [["Party", "Function under this agreement", "Responsible post"],
                       ["Colchester City Council", "Licensing authority; lead organisation and host of the shared licensing team", "Head of Licensing and Community Safety"],
                       ["Braintree District Council", "Licensing authority", "Licensing Manager"],
                       ["Tendring District Council", "Licensing authority", "Licensing Manager"],
                       ["Essex Police", "Disclosure of police information (Common Law Police Disclosure and notifiable occupations)", "Force Licensing Co-ordinator"],
                       ["Suffolk Constabulary", "Disclosures about licence holders resident in Suffolk", "Licensing and Disclosure Manager"],
                       ["National Anti Fraud Network (NAFN)", "Host and processor of the NR3S register", "Head of Data and Intelligence Services"]],
             {"widths": [4.4, 7.4, 4.2]}),
            ("h1", "3. Roles of the parties"),
            ("p", "Each licensing authority is a controller for the licensing records it holds and for the decisions it "
                  "makes. Essex Police and Suffolk Constabulary are each controllers for the information they decide to "
                  "disclose, and remain so until it is received by the licensing authority, which then becomes controller "
                  "for the copy it holds. The National Anti Fraud Network acts as processor for the NR3S register on "
                  "behalf of the licensing authorities that use it, under the NR3S terms of use."),
            ("p", "The parties are not joint controllers. No party may use information received under this agreement "
                  "for any purpose other than the licensing purposes in section 1 without first consulting the party "
                  "that supplied it."),
            ("h1", "4. The information we will share"),
            ("p", "Only the minimum information needed for the licensing decision will be shared. The detailed data "
                  "items are listed in Appendix B. In summary:"),
            ("ul", ["identity details of applicants and licence holders: full name, any previous names, date of birth, "
                    "address, licence number and the licensing authority that issued it;",
                    "for NR3S: the fact and date of a refusal, revocation or suspension of a driver licence, and the "
                    "reason category (not the full reasons);",
                    "from the police: information about arrests, charges, convictions, cautions and relevant "
                    "non-conviction intelligence, where the disclosing officer considers it relevant to whether a person "
                    "is fit and proper;",
                    "from licensing authorities to the police: the outcome of licensing decisions and any information "
                    "suggesting that a licence holder poses a risk to passengers;",
                    "details of complaints from passengers where these raise safeguarding concerns."]),
            ("p", "Special category data and criminal offence data will be shared only where strictly necessary. "
                  "Health information given by a driver for the Group 2 medical standard is not shared under this agreement."),
            ("h1", "5. Our lawful basis"),
            ("h2", "5.1 Licensing functions"),
            ("p", "The licensing authorities license hackney carriage drivers and vehicles under the Town Police Clauses "
                  "Act 1847 and the Local Government (Miscellaneous Provisions) Act 1976, and private hire drivers, "
                  "vehicles and operators under Part II of the 1976 Act. Under section 51 of the Local Government "
                  "(Miscellaneous Provisions) Act 1976 an authority must not grant a private hire driver's licence unless "
                  "it is satisfied that the applicant is a fit and proper person; sections 59 and 61 make the same "
                  "provision for hackney carriage drivers and allow a licence to be suspended or revoked."),
            ("p", "The Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022 requires a licensing "
                  "authority that has information about a safeguarding or road safety concern relating to a driver "
                  "licensed by another authority to share it with that authority, and to have regard to information it "
                  "receives. Use of NR3S is the way the parties meet that duty for refusals, revocations and suspensions."),
            ("h2", "5.2 Police disclosures"),
            ("p", "Enhanced criminal record certificates are obtained from the Disclosure and Barring Service under "
                  "Part V of the Police Act 1997; taxi and private hire drivers are not protected by the Rehabilitation "
                  "of Offenders Act 1974 in respect of spent convictions for licensing purposes. Information outside "
                  "the certificate process is disclosed by the police under their common law powers and, where it "
                  "relates to crime and disorder, under section 115 of the Crime and Disorder Act 1998."),
            ("h2", "5.3 Data protection"),
            ("p", "The licensing authorities process personal data under Article 6(1)(e) of the UK General Data "
                  "Protection Regulation (UK GDPR), as the processing is necessary for tasks carried out in the public "
                  "interest and in the exercise of official authority. Criminal offence data is processed under "
                  "Article 10 and section 10(5) of, and paragraph 6 of Schedule 1 to, the Data Protection Act 2018 "
                  "(statutory and government purposes). Each party holds an appropriate policy document."),
            ("p", "Each party will consider the right to respect for private and family life under the Human Rights Act "
                  "1998 and will share only where this is necessary and proportionate to the aim of protecting passengers."),
            ("h1", "6. How and when information is exchanged"),
            ("ul", ["NR3S searches are made by authorised licensing officers through the NAFN portal for every new "
                    "driver application and every renewal. Entries are made within five working days of a decision to "
                    "refuse, revoke or suspend a driver licence.",
                    "Requests for further detail following an NR3S match are made by secure email to the single point "
                    "of contact at the authority that made the entry, using the NR3S request form. A reply is expected "
                    "within 21 days.",
                    "Police disclosures are sent by secure email from the Force Licensing Co-ordinator to the shared "
                    "licensing mailbox. Urgent disclosures (where there is an immediate risk to the public) are telephoned "
                    "to the duty licensing manager and confirmed in writing the same day.",
                    "Each licensing authority sends Essex Police a monthly list of revocations and suspensions by "
                    "secure email."]),
            ("h1", "7. Quality of the information"),
            ("p", "The party supplying information is responsible for making sure it is accurate and up to date when "
                  "it is sent, and for telling the recipient promptly if it later finds that it was wrong. Entries on "
                  "NR3S are checked by a second officer before they are submitted. A recipient that believes information "
                  "to be inaccurate will raise this with the supplier rather than amend it itself."),
            ("h1", "8. Keeping the information secure"),
            ("p", "Each party will apply security measures appropriate to OFFICIAL and OFFICIAL-SENSITIVE information. "
                  "In particular:"),
            ("ul", ["email is sent only between secure government and police domains, or encrypted where this is not "
                    "possible;",
                    "access to NR3S is limited to named officers authorised by each licensing authority and reviewed "
                    "quarterly;",
                    "police disclosures are stored in a restricted area of the licensing case management system, not on "
                    "the general licence file;",
                    "paper copies are not made unless needed for a hearing, and are shredded afterwards;",
                    "staff who handle the information have completed data protection training within the last year."]),
            ("h1", "9. How long information is kept"),
            ("p", "NR3S entries are kept for 25 years from the date of the decision, in line with the register's terms "
                  "of use, unless the decision is overturned on appeal, in which case the entry is removed within five "
                  "working days of the appeal outcome being known. Police disclosures are kept for the life of the licence "
                  "and for six years after it ends. Information received about an applicant who is refused a licence is "
                  "kept for six years after the refusal or the conclusion of any appeal."),
            ("h1", "10. Rights of licence holders and applicants"),
            ("p", "Each licensing authority's privacy notice for taxi and private hire licensing explains that checks "
                  "are made with the police and with NR3S. Applicants are reminded of this on the application form."),
            ("p", "Requests from individuals to exercise their rights (access, rectification, restriction or objection) "
                  "are handled by the party that receives them, which will consult any party that supplied the "
                  "information before disclosing it. Police information will not be disclosed to the data subject by a "
                  "licensing authority without the agreement of the police force concerned."),
            ("h1", "11. Complaints and queries"),
            ("p", "Complaints about the way information has been shared under this agreement will be dealt with under "
                  "the complaints procedure of the party that receives the complaint. Where the complaint concerns "
                  "another party, it will be passed to that party's single point of contact within five working days. "
                  "A complainant who remains dissatisfied may contact the Information Commissioner's Office."),
            ("h1", "12. Security incidents and data breaches"),
            ("p", "Any party that becomes aware of a loss, unauthorised disclosure or misuse of information shared under "
                  "this agreement will tell the supplying party's single point of contact and its own Data Protection "
                  "Officer within 24 hours. The party in whose care the information was at the time is responsible for "
                  "assessing the incident and, where required, reporting it to the Information Commissioner within 72 "
                  "hours of becoming aware of it."),
            ("h1", "13. Commencement, review, variation and termination"),
            ("p", "This version of the agreement comes into effect on 1 April 2023 and replaces version 1.1. It will be "
                  "reviewed by the lead organisation at least every two years, and sooner if the law or national guidance "
                  "changes. Any party may propose a variation, which will take effect when agreed in writing by all parties."),
            ("p", "A party may withdraw by giving one month's notice in writing to the lead organisation. Information "
                  "already shared will continue to be handled in line with this agreement after a party withdraws."),
            ("h1", "14. Signatures"),
            ("p", "By signing below, each party agrees to follow this agreement."),
            sigtable([["Colchester City Council", "Helen Drury", "Head of Licensing and Community Safety", "signed", "22/03/2023"],
                      ["Braintree District Council", "Anil Patel", "Licensing Manager", "signed", "24/03/2023"],
                      ["Tendring District Council", "Rosalind Kemp", "Licensing Manager", "signed", "24/03/2023"],
                      ["Essex Police", "Chief Inspector Mark Tilley", "Force Licensing Co-ordinator", "signed", "28/03/2023"],
                      ["Suffolk Constabulary", "Sarah Lomax", "Licensing and Disclosure Manager", "signed", "29/03/2023"],
                      ["National Anti Fraud Network (NAFN)", "David Barraclough", "Head of Data and Intelligence Services", "signed", "30/03/2023"]]),
            ("page",),
            ("h1", "Appendix A - Legislation and guidance"),
            ("table", [["Legislation", "Relevance"],
                       ["Town Police Clauses Act 1847", "Licensing of hackney carriages and their drivers"],
                       ["Local Government (Miscellaneous Provisions) Act 1976, Part II", "Private hire licensing; fit and proper test; suspension and revocation"],
                       ["Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022", "Duty to share safeguarding and road safety concerns"],
                       ["Police Act 1997, Part V", "Enhanced criminal record certificates"],
                       ["Rehabilitation of Offenders Act 1974", "Spent convictions; taxi licensing is an excepted occupation"],
                       ["Crime and Disorder Act 1998, s.115", "Power to disclose to relevant authorities"],
                       ["UK GDPR, Articles 6 and 10", "Lawful basis and criminal offence data"],
                       ["Data Protection Act 2018, Schedule 1", "Conditions for criminal offence data"],
                       ["Human Rights Act 1998", "Article 8, right to respect for private and family life"]],
             {"widths": [7, 9]}),
            ("p", "Guidance (not legislation): Statutory Taxi and Private Hire Vehicle Standards, Department for Transport "
                  "(2020); NR3S terms of use and user guide, NAFN; Institute of Licensing, Guidance on Determining the "
                  "Suitability of Applicants and Licensees in the Hackney and Private Hire Trades (2018)."),
            ("h1", "Appendix B - Data items"),
            ("table", [["Data item", "NR3S", "Police to council", "Council to police"],
                       ["Full name and previous names", "Yes", "Yes", "Yes"],
                       ["Date of birth", "Yes", "Yes", "Yes"],
                       ["Address", "No", "Yes", "Yes"],
                       ["Driving licence number", "Yes", "Yes", "Yes"],
                       ["Licence number and issuing authority", "Yes", "Yes", "Yes"],
                       ["Decision (refusal, revocation, suspension) and date", "Yes", "No", "Yes"],
                       ["Reason category", "Yes", "No", "Yes"],
                       ["Offence and intelligence details", "No", "Yes", "No"],
                       ["Passenger complaint details (safeguarding)", "No", "No", "Yes"]],
             {"widths": [7, 3, 3, 3]}),
            ("h1", "Appendix C - Single points of contact"),
            ("table", [["Organisation", "Post", "Contact"],
                       ["Colchester City Council", "Licensing Team Leader (shared service)", "licensing.nelp@colchester.gov.uk"],
                       ["Braintree District Council", "Licensing Manager", "licensing@braintree.gov.uk"],
                       ["Tendring District Council", "Licensing Manager", "licensing@tendringdc.gov.uk"],
                       ["Essex Police", "Force Licensing Co-ordinator", "licensing.unit@essex.police.uk"],
                       ["Suffolk Constabulary", "Licensing and Disclosure Manager", "licensing@suffolk.police.uk"],
                       ["National Anti Fraud Network (NAFN)", "NR3S Support", "nr3s@nafn.gov.uk"]],
             {"widths": [5, 5, 6]}),
        ],
    },
    "truth": {
        "title": A1_TITLE,
        "purpose": A1_PURPOSE,
        "lead": {"name": "Colchester City Council", "org": "Colchester Borough Council"},
        "partners": [
            {"name": "Braintree District Council", "org": "Braintree District Council"},
            {"name": "Tendring District Council", "org": "Tendring District Council"},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Suffolk Constabulary", "org": None},
            {"name": "National Anti Fraud Network (NAFN)", "org": None},
        ],
        "statutes": [
            {"citation": "Town Police Clauses Act 1847", "title": "Town Police Clauses Act", "year": 1847, "provision": None},
            {"citation": "section 51 of the Local Government (Miscellaneous Provisions) Act 1976", "title": "Local Government (Miscellaneous Provisions) Act", "year": 1976, "provision": "section 51"},
            {"citation": "Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022", "title": "Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act", "year": 2022, "provision": None},
            {"citation": "Part V of the Police Act 1997", "title": "Police Act", "year": 1997, "provision": "Part V"},
            {"citation": "Rehabilitation of Offenders Act 1974", "title": "Rehabilitation of Offenders Act", "year": 1974, "provision": None},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Article 6(1)(e) of the UK General Data Protection Regulation (UK GDPR)", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "section 10(5) of, and paragraph 6 of Schedule 1 to, the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "section 10(5)"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": "2023-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    },
}
AGREEMENTS.append(A1)
# ------------------------------------------------------------------ A2
A2_TITLE = "Licensing Act 2003 and Gambling Act 2005: Responsible Authorities Information Sharing Protocol"
A2_PURPOSE = ("The purpose of this protocol is to allow the licensing authority and the responsible authorities to "
              "exchange information about licensed premises, premises licence holders, designated premises "
              "supervisors and gambling premises, so that applications can be assessed, licences reviewed and the "
              "licensing objectives promoted across the City of Chelmsford.")
A2 = {
    "stem": "ccc_responsible_authorities_isp_v3",
    "formats": ["docx", "pdf_word", "doc"],
    "doc": {
        "style": {"font": "Calibri", "size": 11, "headings": "styled", "colour": "7030A0", "title_size": 18},
        "header": ["Chelmsford City Council\nLicensing Authority",
                   "Licensing Act 2003 and Gambling Act 2005: Responsible Authorities Information Sharing Protocol",
                   "Version 3.0\nOFFICIAL"],
        "footer": "Chelmsford City Council - Public Health and Protection Services - Page {page}",
        "first_footer": "Chelmsford City Council, Civic Centre, Duke Street, Chelmsford",
        "cover": [
            ("space", 3),
            ("title", "Chelmsford City Council"),
            ("subtitle", "Licensing Authority"),
            ("space", 3),
            ("subtitle", "Information Sharing Protocol"),
            ("center", "between the Licensing Authority and the Responsible Authorities"),
            ("center", "under the licensing and gambling regimes"),
            ("space", 5),
            ("table", [["Document owner", "Chelmsford City Council (Licensing Authority)"],
                       ["Version", "3.0"],
                       ["Effective from", "1 October 2022"],
                       ["Review due", "September 2024"],
                       ["Approved by", "Director of Public Places"]],
             {"header": False, "bold_first_col": True, "col_shade": "EDE4F5", "widths": [5, 11]}),
        ],
        "front": [
            ("bold", "Version control"),
            ("table", [["Version", "Date", "Author", "Change"],
                       ["1.0", "05/2015", "Licensing Manager", "Initial protocol"],
                       ["2.0", "04/2018", "Licensing Manager", "Gambling premises added; immigration officers added as a responsible authority"],
                       ["2.1", "07/2018", "Information Governance Officer", "Data protection wording updated"],
                       ["3.0", "09/2022", "Senior Licensing Officer", "Full review; Essex County Council public health and trading standards contacts; new sharing schedule"]],
             {"widths": [1.6, 2.2, 4.2, 8]}),
            ("bold", "Consultation"),
            ("p", "This version was circulated to each responsible authority in July and August 2022. Comments were "
                  "received from Essex Police, Essex County Fire and Rescue Service and the Gambling Commission and "
                  "have been reflected in the text."),
            ("bold", "Related documents"),
            ("ul", ["Chelmsford City Council Statement of Licensing Policy 2021-2026",
                    "Chelmsford City Council Statement of Principles (Gambling) 2022-2025",
                    "Public Health and Protection Services Enforcement Policy",
                    "Data Protection Impact Assessment DPIA-PHP-014 (Licensing intelligence)"]),
        ],
        "body": [
            ("h1", "1. Why we share information"),
            ("p", A2_PURPOSE),
            ("p", "Under both regimes the licensing authority relies on the responsible authorities to tell it about "
                  "problems at premises, and the responsible authorities rely on the licensing authority for copies of "
                  "applications, variations and licence conditions. Joint working of this kind is encouraged by the "
                  "Regulators' Code and by the statutory guidance to licensing authorities."),
            ("h1", "2. The parties"),
            ("p", "This protocol is agreed between:"),
            ("ul", ["Chelmsford City Council, as licensing authority under both Acts;",
                    "Essex Police (Chelmsford District Licensing Officer);",
                    "Essex County Fire and Rescue Service (Protection department);",
                    "Essex County Council, as the weights and measures authority (Trading Standards) and the local "
                    "public health authority;",
                    "the Gambling Commission; and",
                    "the Home Office (Immigration Enforcement), acting through its licensing compliance team."]),
            ("p", "Chelmsford City Council's planning, environmental health and child protection functions are "
                  "responsible authorities in their own right but are part of the council and are covered by its internal "
                  "information governance arrangements rather than by this protocol."),
            ("h1", "3. Legal framework"),
            ("h2", "3.1 Licensing"),
            ("p", "Section 13 of the Licensing Act 2003 defines the responsible authorities for premises licences, and "
                  "section 185 allows information held by a licensing authority or by the police to be supplied to each "
                  "other for the purposes of the Act. The Immigration Act 2016 added immigration officers to the list of "
                  "responsible authorities and introduced the prevention of illegal working as a relevant consideration."),
            ("h2", "3.2 Gambling"),
            ("p", "Section 350 of the Gambling Act 2005 permits the Gambling Commission, licensing authorities, the police "
                  "and other listed bodies to exchange information for use in the exercise of their functions under the "
                  "Act. Section 157 defines the responsible authorities for premises licences."),
            ("h2", "3.3 Crime and disorder and fire safety"),
            ("p", "The council must have regard to the likely effect of its functions on crime and disorder under section "
                  "17 of the Crime and Disoder Act 1998, and section 115 of that Act allows disclosure to relevant "
                  "authorities. Essex County Fire and Rescue Service enforces the Regulatory Reform (Fire Safety) Order "
                  "2005 at licensed premises."),
            ("h2", "3.4 Data protection and human rights"),
            ("p", "The parties other than Essex Police and the Home Office process personal data under Article 6(1)(e) of "
                  "the UK GDPR. Where Essex Police or Immigration Enforcement share for law enforcement purposes, that "
                  "processing falls under Part 3 of the Data Protection Act 2018. Each party has considered the Human "
                  "Rights Act 1998 and is satisfied that the sharing described is necessary and proportionate."),
            ("h1", "4. Information covered by this protocol"),
            ("table", [["From", "To", "Information"],
                       ["Licensing authority", "All responsible authorities", "Applications, variations, transfers and reviews; plans; operating schedules; licences and conditions; hearing notices and decisions"],
                       ["Essex Police", "Licensing authority", "Incidents and crime reports linked to premises; intelligence about licence holders and DPSs; personal licence holder convictions"],
                       ["Essex County Fire and Rescue Service", "Licensing authority", "Fire safety audit outcomes and enforcement notices"],
                       ["Essex County Council", "Licensing authority", "Test purchase results (alcohol, gambling); public health data at ward level; trading standards enforcement"],
                       ["Gambling Commission", "Licensing authority", "Operator licence status; compliance findings affecting local premises"],
                       ["Home Office (Immigration Enforcement)", "Licensing authority", "Illegal working visits and civil penalties at licensed premises; right to work concerns about applicants"]],
             {"widths": [3.6, 3.4, 9]}),
            ("h1", "5. Exchange arrangements"),
            ("p", "Applications are sent to responsible authorities electronically on the day they are validated. Each "
                  "responsible authority sends information about specific premises as soon as practicable and in any "
                  "case within the statutory representation period where it is relevant to an application. A joint "
                  "licensing tasking meeting is held every month, chaired by the Licensing Manager; an action log is kept "
                  "and circulated only to attendees. Ad hoc exchanges take place by telephone followed by secure email."),
            ("h1", "6. Data quality"),
            ("p", "Each party checks that information it sends is accurate, relevant and up to date, identifies where it "
                  "is intelligence rather than fact, and grades police intelligence using the national intelligence model "
                  "grading. Errors are corrected at source and the correction is sent to every party that received the "
                  "original."),
            ("h1", "7. Information security"),
            ("p", "All exchanges are made by secure email (gcsx, pnn or equivalent TLS-protected domains) or through the "
                  "council's licensing portal. Papers for the monthly meeting are marked OFFICIAL-SENSITIVE and are not "
                  "forwarded. Each party restricts access to staff with a business need and keeps a record of who has "
                  "accessed police intelligence."),
            ("h1", "8. Retention and disposal"),
            ("p", "Licensing records, including representations, are kept for the life of the licence plus six years. "
                  "Intelligence that does not lead to action is reviewed after two years and destroyed unless still "
                  "relevant. Tasking meeting notes are kept for three years. Disposal is by secure deletion or "
                  "confidential waste."),
            ("h1", "9. Subject access and other rights"),
            ("p", "Requests under Article 15 of the UK GDPR, and requests under the Freedom of Information Act 2000, will "
                  "be handled by the party that receives them. Before releasing information supplied by another party, the "
                  "receiving party will consult the supplier, who may advise that an exemption applies. Representations "
                  "made by responsible authorities form part of the public licensing register and hearing papers, and "
                  "applicants are told this."),
            ("h1", "10. Complaints"),
            ("p", "Complaints about information sharing under this protocol will be dealt with through the complaints "
                  "procedure of the party concerned. The council's Information Governance Officer will co-ordinate where "
                  "more than one party is involved."),
            ("h1", "11. Security incidents"),
            ("p", "A suspected breach must be reported to the supplying party and to the receiving party's Data "
                  "Protection Officer on the day it is discovered. Parties will co-operate in the investigation and in any "
                  "report to the Information Commissioner's Office, and will agree who will notify affected individuals."),
            ("h1", "12. Commencement, review and withdrawal"),
            ("p", "This protocol is effective from 1 October 2022. It will be reviewed by the document owner by September "
                  "2024, or sooner on a change in legislation or guidance. A party may withdraw on 28 days' written notice "
                  "to the Licensing Manager; information already received remains subject to this protocol."),
            ("h1", "13. Signatories"),
            ("table", [["Signed for", "Name", "Position", "Date"],
                       ["Chelmsford City Council", "Keith Nicholls", "Director of Public Places", "26/09/2022"],
                       ["Essex Police", "Superintendent Gemma Hart", "Chelmsford District Commander", "27/09/2022"],
                       ["Essex County Fire and Rescue Service", "Paul Cogan", "Area Manager, Protection", "27/09/2022"],
                       ["Essex County Council", "Victoria Murray", "Head of Trading Standards", "29/09/2022"],
                       ["Gambling Commission", "Louise Fairbairn", "Compliance Manager, East", "30/09/2022"],
                       ["Home Office (Immigration Enforcement)", "Nicholas Webb", "Licensing Compliance Team Lead", "30/09/2022"]],
             {"widths": [5, 4, 4.5, 2.5]}),
            ("h1", "Appendix - Contacts"),
            ("table", [["Party", "Contact point"],
                       ["Chelmsford City Council", "Licensing Manager - licensing@chelmsford.gov.uk"],
                       ["Essex Police", "District Licensing Officer - chelmsford.licensing@essex.police.uk"],
                       ["Essex County Fire and Rescue Service", "Protection Hub - protection@essex-fire.gov.uk"],
                       ["Essex County Council", "Trading Standards Intelligence - tsintel@essex.gov.uk"],
                       ["Gambling Commission", "Local authority liaison - lasupport@gamblingcommission.gov.uk"],
                       ["Home Office (Immigration Enforcement)", "Licensing compliance - alcohollicensing@homeoffice.gov.uk"]],
             {"widths": [6, 10]}),
        ],
    },
    "truth": {
        "title": A2_TITLE,
        "purpose": A2_PURPOSE,
        "lead": {"name": "Chelmsford City Council (Licensing Authority)", "org": "Chelmsford City Council"},
        "partners": [
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Essex County Fire and Rescue Service", "org": "Essex County Fire and Rescue Service"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Gambling Commission", "org": None},
            {"name": "Home Office (Immigration Enforcement)", "org": None},
        ],
        "statutes": [
            {"citation": "Section 13 of the Licensing Act 2003", "title": "Licensing Act", "year": 2003, "provision": "section 13"},
            {"citation": "Section 350 of the Gambling Act 2005", "title": "Gambling Act", "year": 2005, "provision": "section 350"},
            {"citation": "Immigration Act 2016", "title": "Immigration Act", "year": 2016, "provision": None},
            {"citation": "section 17 of the Crime and Disoder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 17"},
            {"citation": "Regulatory Reform (Fire Safety) Order 2005", "title": "Regulatory Reform (Fire Safety) Order", "year": 2005, "provision": None},
            {"citation": "Article 6(1)(e) of the UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Part 3 of the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Part 3"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
            {"citation": "Freedom of Information Act 2000", "title": "Freedom of Information Act", "year": 2000, "provision": None},
        ],
        "review_date": "2024-09-30",
        "review_basis": "explicit",
        "commencement_date": "2022-10-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    },
}
AGREEMENTS.append(A2)

# ------------------------------------------------------------------ A3
A3_TITLE = "Doorstep Crime and Scams Victim Referral Agreement"
A3_PURPOSE = ("This agreement exists so that victims and potential victims of doorstep crime, rogue trading and "
              "mass-marketing scams can be identified, referred and supported, and so that the partners can disrupt "
              "the traders and fraudsters who target them.")
A3 = {
    "stem": "essex_ts_doorstep_crime_scams_referrals",
    "formats": ["docx", "pdf_word"],
    "doc": {
        "style": {"font": "Verdana", "size": 9.5, "headings": "bold", "colour": "C00000", "h2_underline": True},
        "header": "Essex Trading Standards - Safer Communities",
        "footer": "OFFICIAL-SENSITIVE when completed  |  {page}",
        "first_footer": "Essex Trading Standards, County Hall, Market Road, Chelmsford CM1 1QH",
        "cover": [
            ("space", 2),
            ("center", "Essex Trading Standards"),
            ("center", "in partnership with Southend, Thurrock, Suffolk and National Trading Standards"),
            ("space", 4),
            ("subtitle", "Information Sharing Agreement"),
            ("space",),
            ("textbox", [A3_TITLE, "Essex, Southend-on-Sea and Thurrock"]),
            ("space", 4),
            ("table", [["Version", "Date", "Status"], ["1.3", "October 2023", "Approved"]],
             {"widths": [5, 5, 6], "shade": "F4CCCC"}),
            ("space", 2),
            ("small", "Keep this agreement with your team's procedures. Printed copies are uncontrolled."),
        ],
        "body": [
            ("h1", "1  What this agreement is for"),
            ("p", A3_PURPOSE),
            ("p", "Victims of these crimes are very often older or otherwise vulnerable, and many are targeted repeatedly "
                  "because their details appear on 'suckers lists' traded between criminals. Early referral between "
                  "trading standards, the police and adult social care lets us put protective measures in place, such "
                  "as call blockers, no cold calling zones, and safeguarding enquiries, before further money is lost."),
            ("h1", "2  Who is involved"),
            ("p", "This agreement is led by Essex County Council (Essex Trading Standards), which keeps the master copy, "
                  "co-ordinates the partnership's quarterly meeting and runs the referral inbox. The signatories are:"),
            ("ul", ["Essex County Council - Trading Standards and Adult Social Care",
                    "Southend-on-Sea City Council - Trading Standards and Adult Social Care",
                    "Thurrock Council - Trading Standards and Adult Social Care",
                    "Essex Police - Economic Crime Unit and the Protect and Prepare team",
                    "Suffolk County Council - Trading Standards (for victims and traders who cross the county boundary)",
                    "National Trading Standards - Scams Team"]),
            ("p", "Each signatory is a separate controller for the information it holds. The National Trading Standards "
                  "Scams Team shares lists of potential victims seized during its investigations and receives outcome "
                  "information back."),
            ("h1", "3  What we will share"),
            ("h2", "About victims and people at risk"),
            ("ul", ["name, address, telephone number and date of birth (or approximate age);",
                    "the type of crime or scam and when it happened, amount lost and how it was paid;",
                    "information about the person's vulnerability relevant to their protection (for example living alone, "
                    "memory problems or a known care and support need);",
                    "details of a carer, relative or advocate where the person has agreed to their involvement;",
                    "action taken - call blocker fitted, bank contacted, safeguarding concern raised."]),
            ("h2", "About suspected offenders"),
            ("ul", ["names, trading names, addresses, telephone numbers, vehicle registrations and websites;",
                    "descriptions, methods and locations of offending;",
                    "intelligence reports and their evaluation."]),
            ("h1", "4  Why we are allowed to share"),
            ("p", "Trading standards services enforce consumer protection law, including the Consumer Protection from "
                  "Unfair Trading Regulations 2008, and use the investigatory powers in Schedule 5 to the Consumer Rights "
                  "Act 2015. Information obtained in the course of those functions is 'specified information' and may be "
                  "disclosed only as permitted by Part 9 of the Enterprise Act 2002; disclosure to another enforcer or "
                  "to the police for the purpose of criminal proceedings or investigations is permitted by section 242 "
                  "of that Act. Fraud offences are investigated under the Fraud Act 2006."),
            ("p", "Adult social care shares and receives information to make safeguarding enquiries under section 42 of "
                  "the Care Act 2014. Disclosure to the police and between local authorities for the prevention of crime "
                  "and disorder may be made under section 115 of the Crime and Disorder Act 1998."),
            ("p", "For data protection purposes, the councils rely on public task (Article 6(1)(e) UK GDPR). Health "
                  "information about victims is shared under Article 9(2)(g) and paragraphs 6 and 18 (safeguarding of "
                  "children and of individuals at risk) of Schedule 1 to the Data Protection Act 2018. Essex Police "
                  "processes for law enforcement purposes under Part 3 of that Act. Sharing must also respect Article 8 "
                  "rights under the Human Rights Act 1998."),
            ("p", "Much of what victims tell us is given in confidence. The common law duty of confidence can be set aside "
                  "with consent, where there is a legal requirement, or where there is an overriding public interest, such "
                  "as preventing serious harm. Where health or social care records are involved, staff also apply the "
                  "Caldicott principles."),
            ("h1", "5  Consent and the people we help"),
            ("p", "We will normally explain to a victim what we intend to share and with whom, and seek their agreement. "
                  "If a person does not want a referral to be made, we will respect that unless they lack capacity to "
                  "make the decision or there is a risk of significant harm to them or others, in which case the reasons "
                  "for sharing without consent will be recorded."),
            ("p", "People can ask any partner for a copy of the information it holds about them, and ask for it to be "
                  "corrected or deleted, or for its use to be restricted. Each partner deals with requests made to it "
                  "under its own procedure and will check with the partner that supplied the information before "
                  "releasing anything that may prejudice an investigation. Each partner's privacy notice describes this "
                  "sharing."),
            ("h1", "6  Sending referrals"),
            ("table", [["Referral", "How", "When"],
                       ["Victim referral to trading standards", "Online referral form or secure email to the referral inbox", "Within 2 working days of identifying the victim"],
                       ["Safeguarding concern to adult social care", "Safeguarding referral portal", "Same day if at immediate risk; otherwise 2 working days"],
                       ["Crime report / intelligence to Essex Police", "Action Fraud report plus intelligence submission by secure email", "Within 24 hours"],
                       ["Victim lists from National Trading Standards", "Encrypted file through secure file transfer", "As lists are released"],
                       ["Cross-border referrals to or from Suffolk", "Secure email between the two referral inboxes", "Within 2 working days"],
                       ["Outcome returns", "Spreadsheet by secure file transfer", "Quarterly"]],
             {"widths": [5, 6, 5], "shade": "F4CCCC"}),
            ("h1", "7  Looking after information"),
            ("p", "Referral information is held only on each partner's case management system and not on personal "
                  "drives or removable media. Victim lists received from the National Trading Standards Scams Team are "
                  "kept in a restricted folder, and only officers carrying out visits receive the details of individuals "
                  "on their round. Information is not taken on doorstep visits except on an encrypted council device."),
            ("h1", "8  Keeping and destroying records"),
            ("p", "Victim referral records are kept for six years after the case is closed. Intelligence about suspected "
                  "offenders is kept and reviewed in line with each partner's intelligence retention policy (for police "
                  "information, the national Management of Police Information standards). Victim lists that are not used "
                  "are securely deleted twelve months after receipt."),
            ("h1", "9  If something goes wrong"),
            ("p", "If information shared under this agreement is lost, sent to the wrong person or otherwise mishandled, "
                  "the partner that discovers it must tell the Essex Trading Standards intelligence lead and its own Data "
                  "Protection Officer straight away, and in any event within one working day. The partner responsible will "
                  "decide whether the incident must be reported to the Information Commissioner."),
            ("h1", "10  Starting, reviewing and leaving this agreement"),
            ("p", "This agreement commences on 1 November 2023 and will be reviewed 12 months after its commencement, "
                  "and afterwards every two years. Partners may leave the agreement by writing to Essex Trading "
                  "Standards; information already shared must still be handled as this agreement requires."),
            ("h1", "Signed on behalf of the partners"),
            ("table", [["Organisation", "Signed by", "Role", "Date"],
                       ["Essex County Council", "Joanne Whitlock", "Head of Trading Standards", "23 October 2023"],
                       ["Essex County Council", "Dr Ian Pardoe", "Director, Adult Social Care Operations", "24 October 2023"],
                       ["Southend-on-Sea City Council", "Carl Robinson", "Director of Public Protection", "25 October 2023"],
                       ["Thurrock Council", "Parminder Sidhu", "Strategic Lead, Public Protection", "27 October 2023"],
                       ["Essex Police", "Detective Chief Inspector Alison Grey", "Economic Crime Unit", "30 October 2023"],
                       ["Suffolk County Council", "Graham Nunn", "Head of Trading Standards", "30 October 2023"],
                       ["National Trading Standards", "Louise Baxter", "Head of the Scams Team", "31 October 2023"]],
             {"widths": [4.5, 4.2, 5, 2.3], "shade": "F4CCCC"}),
        ],
    },
    "truth": {
        "title": A3_TITLE,
        "purpose": A3_PURPOSE,
        "lead": {"name": "Essex County Council (Essex Trading Standards)", "org": "Essex County Council"},
        "partners": [
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Suffolk County Council", "org": None},
            {"name": "National Trading Standards", "org": None},
        ],
        "statutes": [
            {"citation": "Consumer Protection from Unfair Trading Regulations 2008", "title": "Consumer Protection from Unfair Trading Regulations", "year": 2008, "provision": None},
            {"citation": "Schedule 5 to the Consumer Rights Act 2015", "title": "Consumer Rights Act", "year": 2015, "provision": "Schedule 5"},
            {"citation": "Part 9 of the Enterprise Act 2002", "title": "Enterprise Act", "year": 2002, "provision": "Part 9"},
            {"citation": "Fraud Act 2006", "title": "Fraud Act", "year": 2006, "provision": None},
            {"citation": "section 42 of the Care Act 2014", "title": "Care Act", "year": 2014, "provision": "section 42"},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Article 6(1)(e) UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Schedule 1 to the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2024-11-01",
        "review_basis": "relative",
        "commencement_date": "2023-11-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "breach", "agreement"],
        "missing_sections": ["accuracy", "complaints"],
    },
}
AGREEMENTS.append(A3)
# ------------------------------------------------------------------ A4
A4_TITLE = "Illicit Tobacco and Nicotine Products: Multi-Agency Enforcement Data Sharing Agreement"
A4_PURPOSE = ("The purpose of this agreement is to enable the parties to share intelligence and personal data about "
              "the supply of illicit tobacco and nicotine products in Norfolk, so that premises, sellers, storage sites "
              "and supply chains can be identified and joint enforcement action taken to reduce the availability of "
              "cheap, unregulated tobacco, particularly to children.")
A4 = {
    "stem": "norfolk_illicit_tobacco_dsa_2023",
    "formats": ["pdf_rl"],
    "doc": {
        "style": {"rl_font": "Helvetica", "rl_size": 9, "layout": "twocol", "colour": "1F4E79", "justify": True,
                  "title_size": 19},
        "header": "NORFOLK ILLICIT TOBACCO PARTNERSHIP  -  DATA SHARING AGREEMENT  -  OFFICIAL-SENSITIVE",
        "footer": "Page {page}",
        "first_footer": "Norfolk Trading Standards, County Hall, Martineau Lane, Norwich NR1 2DH",
        "cover": [
            ("space", 4),
            ("center", "NORFOLK ILLICIT TOBACCO PARTNERSHIP"),
            ("space", 3),
            ("title", "Illicit Tobacco and Nicotine Products:\nMulti-Agency Enforcement Data Sharing Agreement"),
            ("space", 2),
            ("center", "Version 1.2  |  June 2023  |  OFFICIAL-SENSITIVE"),
            ("space", 3),
            ("table", [["PARTIES TO THIS AGREEMENT"],
                       ["Norfolk County Council (Norfolk Trading Standards)"],
                       ["Norfolk Constabulary"],
                       ["HM Revenue & Customs"],
                       ["Home Office Immigration Enforcement"],
                       ["Norwich City Council"],
                       ["Great Yarmouth Borough Council"],
                       ["Borough Council of King's Lynn and West Norfolk"]],
             {"widths": [1], "shade": "BDD7EE"}),
        ],
        "front": [
            ("h1", "DOCUMENT INFORMATION"),
            ("table", [["Agreement reference", "NTS-DSA-2023-04"],
                       ["Version", "1.2"],
                       ["Prepared by", "Intelligence Manager, Norfolk Trading Standards"],
                       ["Checked by", "Information Governance Team, Norfolk County Council"],
                       ["Takes effect", "1 July 2023"],
                       ["Classification", "OFFICIAL-SENSITIVE (not for publication in full)"]],
             {"header": False, "bold_first_col": True, "col_shade": "DEEAF6", "widths": [5, 11]}),
            ("h2", "REVISION HISTORY"),
            ("table", [["Version", "Date", "Notes"],
                       ["1.0", "March 2021", "Agreement created for Operation CeCe joint working"],
                       ["1.1", "February 2022", "Norwich City Council and Great Yarmouth Borough Council join"],
                       ["1.2", "June 2023", "Nicotine vapes added; King's Lynn and West Norfolk join; Immigration Enforcement added"]],
             {"widths": [2, 3, 11]}),
            ("h2", "CONTENTS"),
            ("p", "1 Purpose  -  2 Parties and roles  -  3 Information to be shared  -  4 Legal basis  -  5 Methods "
                  "and frequency  -  6 Quality  -  7 Security, retention and disposal  -  8 Rights of individuals  -  "
                  "9 Complaints  -  10 Breaches  -  11 Duration, review and termination  -  Signatures  -  "
                  "Annex 1 Contacts"),
        ],
        "body": [
            ("h1", "1. PURPOSE"),
            ("p", A4_PURPOSE),
            ("p", "Illicit tobacco undermines legitimate retailers, costs the public purse in lost duty, and is routinely "
                  "sold to children without age checks. The same premises and individuals are frequently linked to "
                  "illegal working, counterfeit goods and other organised crime. No single agency holds the full picture. "
                  "Sharing allows partners to build intelligence packages, plan joint operations, seize goods, and support "
                  "premises licence reviews and closure orders."),
            ("h1", "2. PARTIES AND ROLES"),
            ("p", "Each party is a controller in its own right for the information it collects and for the copies it "
                  "receives. None of the parties acts as processor for another. Norfolk Trading Standards maintains the "
                  "partnership intelligence log on behalf of the group but each contributor remains responsible for its "
                  "own entries."),
            ("p", "The district councils take part as licensing authorities (Licensing Act 2003) and as local housing "
                  "and environmental health authorities. HM Revenue & Customs takes part for duty evasion and "
                  "Immigration Enforcement for illegal working. Norfolk Constabulary leads where there is a risk of "
                  "violence or links to serious and organised crime."),
            ("h1", "3. INFORMATION TO BE SHARED"),
            ("ul", ["premises: address, trading name, business rates account holder, premises licence holder and "
                    "designated premises supervisor, CCTV and storage arrangements;",
                    "individuals: name, date of birth, address, nationality and immigration status where relevant, "
                    "vehicles used, telephone numbers, roles in the business;",
                    "products: brands, quantities, packaging, test purchase results, seizure records;",
                    "enforcement history: warnings, seizures, prosecutions, civil penalties, licence reviews;",
                    "intelligence reports graded under the 3x5x2 or 5x5x5 system."]),
            ("p", "Aggregate data on seizures and outcomes will be shared for performance reporting without identifying "
                  "individuals."),
            ("h1", "4. LEGAL BASIS"),
            ("p", "Norfolk County Council enforces the Tobacco and Related Products Regulations 2016, the Standardised "
                  "Packaging of Tobacco Products Regulations 2015 and section 7 of the Children and Young Persons Act "
                  "1933 (sale of tobacco to persons under 18), and prosecutes for offences under section 92 of the Trade "
                  "Mark Act 1994. It investigates using powers in the Consumer Rights Act 2015. Trading standards "
                  "information is disclosed under section 241 of the Enterprise Act 2002 (disclosure to facilitate the "
                  "exercise of functions) or section 242 (criminal proceedings)."),
            ("p", "HM Revenue & Customs may disclose information only as permitted by section 18 of the Commissioners for "
                  "Revenue and Customs Act 2005, including for the purposes of a criminal investigation or where the "
                  "disclosure is made with the consent of the Commissioners. Immigration Enforcement shares under its "
                  "functions relating to civil penalties for illegal working under section 15 of the Immigration, "
                  "Asylum and Nationality Act 2006. Any party may disclose to a relevant authority under section 115 of "
                  "the Crime and Disorder Act 1998. Confiscation is pursued under the Proceeds of Crime Act 2002."),
            ("p", "The councils rely on Article 6(1)(e) of the UK GDPR and, for criminal offence data, on Article 10 "
                  "with paragraph 6 of Schedule 1 to the Data Protection Act 2018. Norfolk Constabulary, HM Revenue & "
                  "Customs and Immigration Enforcement, as competent authorities, process for law enforcement purposes "
                  "under Part 3 of the 2018 Act. All parties will have regard to the Human Rights Act 1998."),
            ("h1", "5. METHODS AND FREQUENCY"),
            ("p", "A tasking meeting is held every six weeks at County Hall or online. The intelligence log is shared as "
                  "a password-protected spreadsheet by secure email two days before each meeting. Urgent intelligence "
                  "(for example about a delivery due that day) is passed by telephone between named leads and confirmed "
                  "by secure email. Operational briefings for joint visits are issued on paper at the briefing and "
                  "collected at the end of the day."),
            ("h1", "6. QUALITY"),
            ("p", "Each party ensures information it contributes is accurate and graded, and will tell the other parties "
                  "as soon as possible if information is found to be wrong or out of date. Intelligence will not be "
                  "presented as fact."),
            ("h1", "7. SECURITY, RETENTION AND DISPOSAL"),
            ("p", "Information will be handled in accordance with the Government Security Classifications at "
                  "OFFICIAL-SENSITIVE. Only named officers will receive the intelligence log. Personal data must not be "
                  "stored on personal devices. Briefing packs are destroyed after each operation."),
            ("p", "Each party retains information it receives in line with its own retention schedule, and in any case "
                  "for no longer than six years after the end of any resulting proceedings. Intelligence not acted upon "
                  "is reviewed after 12 months and deleted if no longer required."),
            ("h1", "8. RIGHTS OF INDIVIDUALS"),
            ("p", "Requests from individuals will be dealt with by the party that receives them. Because much of the "
                  "information is held for the prevention and detection of crime and the prosecution of offenders, "
                  "exemptions may apply; the party supplying the information must be consulted before any disclosure."),
            ("h1", "9. COMPLAINTS"),
            ("p", "Complaints will be handled under the receiving party's own complaints procedure, with the other "
                  "parties providing any information needed to respond."),
            ("h1", "10. BREACHES"),
            ("p", "Any breach of this agreement or personal data breach must be reported to the supplying party "
                  "within 24 hours. Serious or repeated breaches will be reported to the tasking group, which may "
                  "suspend a party's access to the intelligence log."),
            ("h1", "11. DURATION, REVIEW AND TERMINATION"),
            ("p", "This agreement takes effect from 1 July 2023. It will be reviewed by the parties no later than 30 June "
                  "2025. Any party may terminate its participation by one month's written notice to the other parties."),
            ("h1", "SIGNATURES"),
            ("table", [["Party", "Name and post", "Date"],
                       ["Norfolk County Council (Norfolk Trading Standards)", "Sophie Leney, Head of Trading Standards", "19/06/2023"],
                       ["Norfolk Constabulary", "D/Supt Craig Miller, Serious and Organised Crime", "21/06/2023"],
                       ["HM Revenue & Customs", "Adam Rushworth, Assistant Director, Fraud Investigation Service", "23/06/2023"],
                       ["Home Office Immigration Enforcement", "Kerry Ashdown, Immigration Compliance and Enforcement, East", "23/06/2023"],
                       ["Norwich City Council", "Tom Bowers, Public Protection Manager", "26/06/2023"],
                       ["Great Yarmouth Borough Council", "Julia Rowe, Licensing and Environmental Health Manager", "27/06/2023"],
                       ["Borough Council of King's Lynn and West Norfolk", "Martin Chisholm, Head of Regulatory Services", "28/06/2023"]],
             {"widths": [5.5, 7, 3]}),
            ("h1", "ANNEX 1 - CONTACTS"),
            ("table", [["Party", "Lead contact"],
                       ["Norfolk Trading Standards", "Intelligence Manager"],
                       ["Norfolk Constabulary", "SOC Disruption Team"],
                       ["HM Revenue & Customs", "Tobacco and Alcohol Strategy Team liaison"],
                       ["Immigration Enforcement", "ICE East, Norwich"],
                       ["Norwich City Council", "Licensing Manager"],
                       ["Great Yarmouth Borough Council", "Licensing Manager"],
                       ["King's Lynn and West Norfolk", "Senior Licensing Officer"]],
             {"widths": [7, 9]}),
        ],
    },
    "truth": {
        "title": A4_TITLE,
        "purpose": A4_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "Norfolk County Council (Norfolk Trading Standards)", "org": None},
            {"name": "Norfolk Constabulary", "org": None},
            {"name": "HM Revenue & Customs", "org": None},
            {"name": "Home Office Immigration Enforcement", "org": None},
            {"name": "Norwich City Council", "org": None},
            {"name": "Great Yarmouth Borough Council", "org": None},
            {"name": "Borough Council of King's Lynn and West Norfolk", "org": None},
        ],
        "statutes": [
            {"citation": "Licensing Act 2003", "title": "Licensing Act", "year": 2003, "provision": None},
            {"citation": "Tobacco and Related Products Regulations 2016", "title": "Tobacco and Related Products Regulations", "year": 2016, "provision": None},
            {"citation": "Standardised Packaging of Tobacco Products Regulations 2015", "title": "Standardised Packaging of Tobacco Products Regulations", "year": 2015, "provision": None},
            {"citation": "section 7 of the Children and Young Persons Act 1933", "title": "Children and Young Persons Act", "year": 1933, "provision": "section 7"},
            {"citation": "section 92 of the Trade Mark Act 1994", "title": "Trade Marks Act", "year": 1994, "provision": "section 92"},
            {"citation": "Consumer Rights Act 2015", "title": "Consumer Rights Act", "year": 2015, "provision": None},
            {"citation": "section 241 of the Enterprise Act 2002", "title": "Enterprise Act", "year": 2002, "provision": "section 241"},
            {"citation": "section 18 of the Commissioners for Revenue and Customs Act 2005", "title": "Commissioners for Revenue and Customs Act", "year": 2005, "provision": "section 18"},
            {"citation": "section 15 of the Immigration, Asylum and Nationality Act 2006", "title": "Immigration, Asylum and Nationality Act", "year": 2006, "provision": "section 15"},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Proceeds of Crime Act 2002", "title": "Proceeds of Crime Act", "year": 2002, "provision": None},
            {"citation": "Article 6(1)(e) of the UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "paragraph 6 of Schedule 1 to the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1, paragraph 6"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2025-06-30",
        "review_basis": "explicit",
        "commencement_date": "2023-07-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    },
}
AGREEMENTS.append(A4)

# ------------------------------------------------------------------ A5
A5_TITLE = "Waste Crime and Fly-tipping Enforcement Information Sharing Agreement"
A5_PURPOSE = ("This agreement is intended to support the investigation and prevention of fly-tipping, illegal waste "
              "sites, waste carrier offences and related waste crime across the Epping Forest, Harlow and Uttlesford "
              "districts, by allowing the partners to share the personal data needed to identify offenders, vehicles "
              "and sites and to take enforcement action against them.")
A5 = {
    "stem": "west_essex_waste_crime_isa",
    "formats": ["docx", "pdf_word", "doc"],
    "doc": {
        "style": {"font": "Arial", "size": 10, "headings": "bold", "colour": "385723"},
        "header": "West Essex Waste Enforcement Partnership",
        "footer": "Information Sharing Agreement - West Essex Waste Enforcement Partnership - page {page} of {pages}",
        "first_footer": "NOT PROTECTIVELY MARKED",
        "cover": [
            ("space", 2),
            ("table", [["Agreement title", A5_TITLE],
                       ["Responsible organisation", "Epping Forest District Council (Neighbourhoods Directorate - Environment and Neighbourhoods Team)"],
                       ["Partner organisations", "Harlow Council; Uttlesford District Council; Environment Agency; Essex Police; Driver and Vehicle Licensing Agency; East Hertfordshire District Council"],
                       ["Version", "1.0"],
                       ["Date approved", "15/09/2020"],
                       ["Date of commencement", "01/10/2020"],
                       ["Review date", "30/09/2023"],
                       ["Author", "Environmental Enforcement Manager"]],
             {"header": False, "bold_first_col": True, "col_shade": "E2EFDA", "widths": [5, 11]}),
            ("space", 2),
            ("p", "This document has been prepared using the partnership's standard data sharing template. Please "
                  "read it together with the Fly-tipping Enforcement Protocol agreed by the partners in 2019."),
        ],
        "body": [
            ("h1", "1.0  Introduction"),
            ("p", A5_PURPOSE),
            ("p", "Fly-tipping across the three districts has risen year on year, with the highest concentrations in "
                  "rural lanes close to the M11 and the boundaries with Hertfordshire and north-east London. Many "
                  "offenders operate across council boundaries and without a waste carrier registration. The partners "
                  "have agreed to share information so that each incident is investigated by the body best placed to "
                  "act, and so that repeat offenders can be identified."),
            ("h1", "2.0  Partners"),
            ("p", "Epping Forest District Council is the responsible organisation for this agreement. It maintains the "
                  "agreement, arranges reviews and hosts the partnership's case tracker. The partners are:"),
            ("table", [["Organisation", "Function", "Representative"],
                       ["Epping Forest District Council", "Waste collection authority; enforcement of fly-tipping and duty of care offences", "Environmental Enforcement Manager"],
                       ["Harlow Council", "Waste collection authority; enforcement (through its environmental services contractor's reporting)", "Environmental Health Manager"],
                       ["Uttlesford District Council", "Waste collection authority; enforcement", "Environmental Health Manager (Protection)"],
                       ["Environment Agency", "Regulator of waste carriers, brokers, dealers and permitted sites; lead on serious and organised waste crime", "Area Environment Manager, Hertfordshire and North London"],
                       ["Essex Police", "Rural Engagement Team; seizure of vehicles; intelligence", "Rural Crime Sergeant"],
                       ["Driver and Vehicle Licensing Agency", "Registered keeper details for vehicles linked to incidents", "Data Sharing Strategy and Policy team"],
                       ["East Hertfordshire District Council", "Neighbouring authority; cross-boundary incidents", "Environmental Crime Team Leader"]],
             {"widths": [4.5, 7, 4.5], "shade": "C5E0B3"}),
            ("h1", "3.0  Information to be shared"),
            ("p", "The following information may be shared where it is relevant to a specific incident or investigation:"),
            ("ul", ["details of the incident: location, date and time, type and quantity of waste, photographs;",
                    "evidence found in the waste (names, addresses, documents), which will be handled as evidence and "
                    "not used for any other purpose;",
                    "vehicle registration marks and registered keeper details obtained from the DVLA;",
                    "names, addresses and business details of suspects, waste carriers and householders who passed "
                    "waste to them;",
                    "waste carrier registration status and site permit status from the Environment Agency;",
                    "enforcement outcomes: fixed penalty notices, duty of care notices, cautions, prosecutions, "
                    "vehicle seizures."]),
            ("h1", "4.0  Legal basis for the sharing"),
            ("p", "The councils and the Environment Agency have powers to investigate and prosecute offences under "
                  "section 33 (unauthorised or harmful deposit of waste) and section 34 (duty of care) of the "
                  "Environmental Protection Act 1990, and to issue fixed penalties under that Act as amended by the Clean "
                  "Neighbourhoods and Environment Act 2005. Waste carrier registration is governed by the Control of "
                  "Pollution (Amendment) Act 1989. Authorised officers have powers of entry and to require information "
                  "under section 108 of the Environment Act 1995 and section 71 of the 1990 Act. Permitted sites are "
                  "regulated under the Environmental Permitting (England and Wales) Regulations 2016."),
            ("p", "Registered keeper details are provided by the DVLA under regulation 27 of the Road Vehicles "
                  "(Registration and Licensing) Regulations 2002, which allows disclosure to a person who can show "
                  "reasonable cause, including local authorities investigating environmental offences."),
            ("p", "Partners may also share with each other and with the police under section 115 of the Crime and "
                  "Disorder Act 1998, and may use community protection notices under the Anti-social Behaviour and "
                  "Policing Act 2014 where fly-tipping is persistent."),
            ("p", "All partners will process personal data in accordance with the Data Protection Act 1998 and the "
                  "General Data Protection Regulation (GDPR). Processing is necessary for the performance of a task "
                  "carried out in the public interest or in the exercise of official authority (Article 6(1)(e)), and "
                  "for the administration of justice and the exercise of functions conferred by enactment (Schedule 2, "
                  "paragraph 5). Sharing will be proportionate to the aims pursued, in line with the Human Rights Act 1998."),
            ("h1", "5.0  Access by individuals"),
            ("p", "Any person may ask a partner for a copy of the personal data it holds about them. The partner "
                  "receiving a request will respond within one calendar month and will contact any other partner whose "
                  "information is involved. Information may be withheld where disclosure would be likely to prejudice the "
                  "prevention or detection of crime or the apprehension or prosecution of offenders."),
            ("h1", "6.0  Security"),
            ("p", "Partners will send personal data only by secure email or through the partnership case tracker, which "
                  "is hosted on Epping Forest District Council's network and accessed by named officers with two-factor "
                  "authentication. DVLA keeper details are used only for the incident for which they were requested and "
                  "are not added to any other database. Photographs and evidence bags are stored according to each "
                  "partner's evidence handling procedure."),
            ("h1", "7.0  Method and frequency"),
            ("p", "Incident information is shared as and when needed. Keeper enquiries are made by each council "
                  "individually through the DVLA's electronic enquiry service under its own agreement with the DVLA, and "
                  "results are shared with partners only where the partner is leading the investigation. A partnership "
                  "meeting is held quarterly to review hotspots and repeat offenders, and a monthly extract of open cases "
                  "is shared with the Environment Agency."),
            ("h1", "8.0  Data quality"),
            ("p", "Partners are responsible for the accuracy of the information they provide. Information from members "
                  "of the public will be recorded as such and not treated as verified until it has been checked."),
            ("h1", "9.0  Breach of the agreement"),
            ("p", "Any partner that discovers a personal data breach involving shared information must notify the "
                  "responsible organisation and the partner that supplied the information without delay. Partners will "
                  "co-operate with any investigation and with the Information Commissioner's Office. A breach involving "
                  "DVLA data must also be reported to the DVLA in line with its terms and conditions."),
            ("h1", "10.0  Commencement and withdrawal"),
            ("p", "This agreement commences on 1 October 2020. It remains in force until it is replaced. A partner may "
                  "withdraw by giving 30 days' written notice to the responsible organisation."),
            ("h1", "11.0  Signatories"),
            ("table", [["Organisation", "Name", "Job title", "Signature", "Date"],
                       ["Epping Forest District Council", "Jennifer Gould", "Service Director, Neighbourhoods", "J Gould", "18/09/2020"],
                       ["Harlow Council", "Simon Hill", "Head of Environment and Operations", "S Hill", "21/09/2020"],
                       ["Uttlesford District Council", "Angela Knight", "Assistant Director, Environmental Health", "A Knight", "22/09/2020"],
                       ["Environment Agency", "Rachel Ambrose", "Area Environment Manager", "R Ambrose", "24/09/2020"],
                       ["Essex Police", "Inspector Richard Cole", "Rural Engagement Team", "R Cole", "25/09/2020"],
                       ["Driver and Vehicle Licensing Agency", "(DVLA terms and conditions accepted separately)", "-", "-", "-"],
                       ["East Hertfordshire District Council", "Liam Moran", "Head of Operations", "L Moran", "29/09/2020"]],
             {"widths": [4.2, 3.6, 4.2, 2, 2], "shade": "C5E0B3"}),
            ("h1", "Appendix 1  Legislation referred to"),
            ("ul", ["Environmental Protection Act 1990",
                    "Control of Pollution (Amendment) Act 1989",
                    "Clean Neighbourhoods and Environment Act 2005",
                    "Environment Act 1995",
                    "Environmental Permitting (England and Wales) Regulations 2016",
                    "Road Vehicles (Registration and Licensing) Regulations 2002",
                    "Crime and Disorder Act 1998",
                    "Anti-social Behaviour and Policing Act 2014",
                    "Data Protection Act 1998",
                    "Human Rights Act 1998"]),
        ],
    },
    "truth": {
        "title": A5_TITLE,
        "purpose": A5_PURPOSE,
        "lead": {"name": "Epping Forest District Council", "org": "Epping Forest District Council"},
        "partners": [
            {"name": "Harlow Council", "org": "Harlow District Council"},
            {"name": "Uttlesford District Council", "org": "Uttlesford District Council"},
            {"name": "Environment Agency", "org": None},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Driver and Vehicle Licensing Agency", "org": None},
            {"name": "East Hertfordshire District Council", "org": None},
        ],
        "statutes": [
            {"citation": "Environmental Protection Act 1990", "title": "Environmental Protection Act", "year": 1990, "provision": "section 33"},
            {"citation": "Clean Neighbourhoods and Environment Act 2005", "title": "Clean Neighbourhoods and Environment Act", "year": 2005, "provision": None},
            {"citation": "Control of Pollution (Amendment) Act 1989", "title": "Control of Pollution (Amendment) Act", "year": 1989, "provision": None},
            {"citation": "section 108 of the Environment Act 1995", "title": "Environment Act", "year": 1995, "provision": "section 108"},
            {"citation": "Environmental Permitting (England and Wales) Regulations 2016", "title": "Environmental Permitting (England and Wales) Regulations", "year": 2016, "provision": None},
            {"citation": "regulation 27 of the Road Vehicles (Registration and Licensing) Regulations 2002", "title": "Road Vehicles (Registration and Licensing) Regulations", "year": 2002, "provision": "regulation 27"},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Anti-social Behaviour and Policing Act 2014", "title": "Anti-social Behaviour, Crime and Policing Act", "year": 2014, "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
            {"citation": "General Data Protection Regulation (GDPR)", "title": "General Data Protection Regulation", "year": None, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2023-09-30",
        "review_basis": "explicit",
        "commencement_date": "2020-10-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "accuracy", "breach", "agreement"],
        "missing_sections": ["retention", "complaints"],
    },
}
AGREEMENTS.append(A5)
# ------------------------------------------------------------------ A6
A6_TITLE = "Houses in Multiple Occupation and Rogue Landlord Enforcement"
A6_PURPOSE = ("This agreement allows the partners to share information about privately rented homes, houses in "
              "multiple occupation and the people who own, manage and live in them, so that unlicensed and unsafe "
              "properties can be found, tenants protected from exploitation and harm, and criminal or rogue landlords "
              "held to account.")
A6 = {
    "stem": "southend_hmo_rogue_landlord_dsa",
    "formats": ["docx", "pdf_word", "doc"],
    "doc": {
        "style": {"font": "Arial", "size": 11, "headings": "styled", "colour": "0070C0", "title_size": 24},
        "header": "Southend-on-Sea City Council  |  Private Sector Housing",
        "footer": "Data Sharing Agreement PSH/DSA/03  -  {page}",
        "cover": [
            ("space", 3),
            ("center", "Southend-on-Sea City Council"),
            ("space", 2),
            ("subtitle", "Data Sharing Agreement"),
            ("space",),
            ("title", A6_TITLE),
            ("space", 2),
            ("center", "Private Sector Housing Team  -  Regulatory Services"),
            ("space", 6),
            ("center", "February 2023"),
        ],
        "front": [
            ("h2", "About this document"),
            ("table", [["Reference", "PSH/DSA/03"],
                       ["Version", "2.0"],
                       ["Publisher", "Southend-on-Sea City Council"],
                       ["Approved by", "Head of Regulatory Services"],
                       ["Date approved", "30 January 2023"],
                       ["Next review", "TBC"],
                       ["DPIA reference", "DPIA 2022-061"]],
             {"header": False, "bold_first_col": True, "col_shade": "DDEBF7", "widths": [5, 11]}),
            ("h2", "Changes since version 1"),
            ("ul", ["Fire and rescue service and HM Revenue and Customs added as parties",
                    "Castle Point and Rochford added for landlords operating across the three areas",
                    "Section on the database of rogue landlords and property agents added",
                    "Retention periods aligned with the council's retention schedule"]),
        ],
        "body": [
            ("h1", "Introduction"),
            ("p", "This agreement is published by Southend-on-Sea City Council as the controller responsible for the "
                  "private sector housing service and for the council's copy of all information received under it. "
                  "Enquiries about the agreement should be made to the Private Sector Housing Manager."),
            ("h1", "What the sharing is for"),
            ("p", A6_PURPOSE),
            ("p", "The council licenses houses in multiple occupation and enforces housing standards across the "
                  "private rented sector. Problems at a property often come to light through other agencies first: "
                  "a fire safety visit, a police raid, an immigration enforcement visit or a tax investigation. Sharing "
                  "lets each partner act on what the others know and plan joint visits where a property raises "
                  "concerns for more than one of them."),
            ("h1", "The partners"),
            ("table", [["Partner", "Represented by", "Interest"],
                       ["Southend-on-Sea City Council", "Private Sector Housing Manager", "HMO licensing; housing standards; civil penalties; banning orders"],
                       ["Essex Police", "Southend District Commander", "Crime at or linked to properties; exploitation; modern slavery"],
                       ["Essex County Fire & Rescue Service", "Group Manager, Protection (South)", "Fire safety in HMOs and common parts"],
                       ["Home Office Immigration Enforcement", "Immigration Compliance and Enforcement, Essex", "Right to rent; illegal working; exploitation"],
                       ["HM Revenue and Customs", "Risk and Intelligence Service", "Undeclared rental income"],
                       ["Castle Point Borough Council", "Environmental Health Manager", "Landlords with property in both areas"],
                       ["Rochford District Council", "Environmental Health Team Leader", "Landlords with property in both areas"]],
             {"widths": [4.8, 4.8, 6.4], "shade": "BDD7EE"}),
            ("h1", "Legal powers and lawful basis"),
            ("p", "The council's duties and powers come mainly from the Housing Act 2004: Part 1 (the housing health and "
                  "safety rating system), Part 2 (licensing of HMOs) and Part 3 (selective licensing). Section 235 gives "
                  "power to require documents, and section 237 allows information obtained under that Act, or held for "
                  "housing benefit or council tax purposes, to be used for any of the council's functions under Parts 1 "
                  "to 4. Mandatory licensing applies to HMOs described in the Licensing of Houses in Multiple Occupation "
                  "(Prescribed Descriptions) (England) Order 2018."),
            ("p", "Civil penalties, rent repayment orders, banning orders and the database of rogue landlords and "
                  "property agents are provided for by the Housing and Planing Act 2016. Entries on the database may be "
                  "seen by other local housing authorities. The council also prosecutes under the Protection from "
                  "Eviction Act 1977 and brings proceedings under section 222 of the Local Government Act 1972."),
            ("p", "Essex County Fire & Rescue Service enforces the Regulatory Reform (Fire Safety) Order 2005 in the "
                  "common parts of HMOs. Landlords' right to rent obligations are set by the Immigration Act 2014. Any "
                  "partner may disclose to a relevant authority under section 115 of the Crime and Disorder Act 1998."),
            ("p", "Personal data is processed under Article 6(1)(e) of the UK GDPR. Criminal offence data is processed "
                  "under Article 10 UK GDPR and Schedule 1, Part 2, paragraph 6 of the Data Protection Act 2018. The "
                  "police and Immigration Enforcement process for law enforcement purposes under Part 3 of that Act. "
                  "Partners will respect tenants' and landlords' rights under the Human Rights Act 1998."),
            ("p", "Tenants often speak to officers in confidence. Under the common law duty of confidence that information "
                  "will only be passed on with the tenant's agreement or where there is an overriding public interest, "
                  "for example a risk to life."),
            ("h1", "Information we share"),
            ("ul", ["property address, Unique Property Reference Number, HMO licence status and conditions;",
                    "owner, licence holder, managing agent and their contact details;",
                    "occupier details, limited to what is needed for the purpose (number of occupiers, names where "
                    "needed for a joint visit, any vulnerability);",
                    "inspection findings, hazards, notices served and enforcement outcomes;",
                    "fire risk assessments and fire safety enforcement outcomes;",
                    "police and immigration information about criminal activity or exploitation at the property;",
                    "for HMRC, the names and addresses of landlords found to be letting without a licence."]),
            ("h1", "Sharing arrangements"),
            ("p", "Information is shared case by case through the council's secure email or through Egress. A "
                  "fortnightly rogue landlord tasking meeting, chaired by the Private Sector Housing Manager, agrees joint "
                  "visits. Minutes are held by the council and are not circulated outside the meeting. Bulk sharing is "
                  "limited to a quarterly list of licensed HMOs sent to the fire and rescue service."),
            ("h1", "Accuracy, security and retention"),
            ("p", "Each partner is responsible for checking the accuracy of information before sharing it and for "
                  "correcting errors promptly. Partners will store information securely in systems with role-based access, "
                  "will not download shared information to personal devices, and will send it only by secure means."),
            ("p", "HMO licence records are kept for the length of the licence plus six years. Enforcement case files "
                  "are kept for six years after closure, or longer where a banning order is in force. Information received "
                  "from other partners that does not lead to action is deleted after 12 months."),
            ("h1", "Individuals' rights and complaints"),
            ("p", "The council's privacy notice for private sector housing describes this sharing. Anyone who wishes to "
                  "see the information held about them, or to object to its use, should contact the partner holding it. "
                  "Partners will consult each other before disclosing another partner's information. Complaints about "
                  "the sharing will be handled under the receiving partner's complaints procedure; people may also "
                  "contact the Information Commissioner's Office."),
            ("h1", "Data breaches"),
            ("p", "A partner that becomes aware of a personal data breach involving shared information will notify the "
                  "partner that supplied it within 24 hours, contain the breach and decide with that partner whether "
                  "the Information Commissioner's Office and the individuals affected need to be told."),
            ("h1", "Commencement and ending the agreement"),
            ("p", "This agreement takes effect on 6 February 2023. A partner may leave by giving one month's notice to "
                  "the council. The council will review the agreement when the law changes or when a partner asks it to."),
            ("h1", "Signatures"),
            sigtable([["Southend-on-Sea City Council", "Tina Colquhoun", "Head of Regulatory Services", "TC", "01/02/2023"],
                      ["Essex Police", "Chief Superintendent Neil Pudney", "Southend District Commander", "NP", "02/02/2023"],
                      ["Essex County Fire & Rescue Service", "Moira Bent", "Group Manager, Protection", "MB", "02/02/2023"],
                      ["Home Office Immigration Enforcement", "Daniel Okoro", "Assistant Director, ICE Essex", "DO", "03/02/2023"],
                      ["HM Revenue and Customs", "Fiona Strachan", "Risk and Intelligence Service", "FS", "03/02/2023"],
                      ["Castle Point Borough Council", "Leigh Vaughan", "Environmental Health Manager", "LV", "06/02/2023"],
                      ["Rochford District Council", "Marcus Hale", "Environmental Health Team Leader", "MH", "06/02/2023"]]),
        ],
    },
    "truth": {
        "title": A6_TITLE,
        "purpose": A6_PURPOSE,
        "lead": {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
        "partners": [
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Essex County Fire & Rescue Service", "org": "Essex County Fire and Rescue Service"},
            {"name": "Home Office Immigration Enforcement", "org": None},
            {"name": "HM Revenue and Customs", "org": None},
            {"name": "Castle Point Borough Council", "org": "Castle Point Borough Council"},
            {"name": "Rochford District Council", "org": "Rochford District Council"},
        ],
        "statutes": [
            {"citation": "Housing Act 2004", "title": "Housing Act", "year": 2004, "provision": None},
            {"citation": "Licensing of Houses in Multiple Occupation (Prescribed Descriptions) (England) Order 2018", "title": "Licensing of Houses in Multiple Occupation (Prescribed Descriptions) (England) Order", "year": 2018, "provision": None},
            {"citation": "Housing and Planing Act 2016", "title": "Housing and Planning Act", "year": 2016, "provision": None},
            {"citation": "Protection from Eviction Act 1977", "title": "Protection from Eviction Act", "year": 1977, "provision": None},
            {"citation": "section 222 of the Local Government Act 1972", "title": "Local Government Act", "year": 1972, "provision": "section 222"},
            {"citation": "Regulatory Reform (Fire Safety) Order 2005", "title": "Regulatory Reform (Fire Safety) Order", "year": 2005, "provision": None},
            {"citation": "Immigration Act 2014", "title": "Immigration Act", "year": 2014, "provision": None},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Article 6(1)(e) of the UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Schedule 1, Part 2, paragraph 6 of the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1, Part 2, paragraph 6"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2023-02-06",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    },
}
AGREEMENTS.append(A6)

# ------------------------------------------------------------------ A7
A7_TITLE = "Multi-Agency Joint Enforcement Days Information Sharing Agreement"
A7_PURPOSE = ("The aim of this agreement is to let the partner agencies share the information they need to plan, "
              "carry out and follow up joint enforcement days at licensed premises, taxi ranks, private hire "
              "operators, gambling premises and late-night venues, so that each agency can use its own powers "
              "effectively while businesses and drivers receive one co-ordinated visit instead of several separate ones.")
A7 = {
    "stem": "cambs_joint_enforcement_days_isa",
    "formats": ["docx", "pdf_rl"],
    "doc": {
        "style": {"font": "Georgia", "size": 10.5, "headings": "styled", "colour": "833C0B",
                  "rl_font": "Times-Roman", "rl_size": 10.5, "layout": "single", "boxed": True, "title_size": 16},
        "header": A7_TITLE + "  -  Greater Cambridge and Huntingdonshire",
        "footer": "Regulatory Services partnership  -  {page}",
        "first_footer": "Cambridge City Council  |  South Cambridgeshire District Council  |  Huntingdonshire District Council",
        "cover": [
            ("space", 3),
            ("center", "Cambridge City Council"),
            ("center", "South Cambridgeshire District Council"),
            ("center", "Huntingdonshire District Council"),
            ("space", 2),
            ("subtitle", "Regulatory Services - Licensing, Environmental Health and Enforcement"),
            ("space", 3),
            ("table", [["Document", "Agreement ref", "Version", "Classification"],
                       ["Information sharing agreement", "RS/ISA/JED/01", "1.0", "OFFICIAL"]],
             {"widths": [5, 4, 2.5, 4.5], "shade": "F8CBAD"}),
            ("space", 2),
            ("p", "Approved by the Regulatory Services Joint Management Group on 21 May 2024. For operational use by "
                  "officers of the signatory agencies."),
        ],
        "body": [
            ("h1", "1. Aim"),
            ("p", A7_PURPOSE),
            ("p", "Joint enforcement days have been run in Cambridge, South Cambridgeshire and Huntingdonshire since "
                  "2018 under informal arrangements. This agreement puts those arrangements on a formal footing and sets "
                  "out what is shared before, during and after an operation."),
            ("h1", "2. Who the partners are"),
            ("table", [["Partner", "Role in this agreement", "Powers used on the day"],
                       ["Cambridge City Council", "Lead partner: plans operations, chairs briefings, keeps the operational record", "Licensing; taxi and private hire; environmental health"],
                       ["South Cambridgeshire District Council", "Partner", "Licensing; taxi and private hire; environmental health"],
                       ["Huntingdonshire District Council", "Partner", "Licensing; taxi and private hire; environmental health"],
                       ["Cambridgeshire Constabulary", "Partner", "Police powers; licensing enforcement"],
                       ["Cambridgeshire Fire and Rescue Service", "Partner", "Fire safety inspection"],
                       ["Security Industry Authority", "Partner", "Door supervisor and security licence checks"],
                       ["Home Office Immigration Enforcement", "Partner", "Right to work checks"],
                       ["HM Revenue & Customs", "Partner", "Duty, tax and national minimum wage intelligence"],
                       ["Gambling Commission", "Partner", "Gambling premises compliance"],
                       ["Driver and Vehicle Standards Agency", "Partner", "Roadworthiness of licensed vehicles"]],
             {"widths": [5, 6, 5], "shade": "F8CBAD"}),
            ("p", "Cambridge City Council leads this agreement on behalf of the three councils' shared regulatory "
                  "services. Each partner is a controller for the information it collects on the day and for any copy it "
                  "takes away."),
            ("h1", "3. What is shared"),
            ("h2", "3.1 Before the operation"),
            ("ul", ["list of premises, vehicles and operators to be visited, with licence details and licence holders;",
                    "relevant compliance history and intelligence held by each partner (summarised, not full case files);",
                    "officer safety information."]),
            ("h2", "3.2 On the day"),
            ("ul", ["names, dates of birth and licence or badge numbers of people checked;",
                    "results of checks - licence status, right to work, vehicle condition, fire safety findings;",
                    "notes of any offence or breach found."]),
            ("h2", "3.3 After the operation"),
            ("ul", ["a debrief summary with the outcome for each premises or vehicle;",
                    "referrals from one partner to another where follow-up falls within the other partner's powers."]),
            ("h1", "4. Legal basis"),
            ("p", "Each partner acts under its own legislation. Authorised officers of the councils and the police may "
                  "enter licensed premises under section 179 of the Licensing Act 2003, and inspect taxis and private "
                  "hire vehicles and operators' records under the Local Government (Miscellaneous Provisions) Act 1976. "
                  "SIA inspectors exercise powers under section 19 of the Private Security Industry Act 2001. Authorised "
                  "persons under the Gambling Act 2005 may inspect gambling premises. Fire safety officers act under the "
                  "Regulatory Reform (Fire Safety) Order 2005, and immigration officers under the Immigration Act 1971. "
                  "DVSA examiners inspect vehicles under the Road Traffic Act 1988."),
            ("p", "Information may be disclosed to relevant authorities under section 115 of the Crime and Disorder Act "
                  "1998. Personal data is processed under Article 6(1)(e) UK GDPR; law enforcement processing by the "
                  "police, Immigration Enforcement and HMRC falls under Part 3 of the Data Protection Act 2018. Partners "
                  "must act compatibly with the Human Rights Act 1998."),
            ("p", "Joint enforcement days are overt operations. Nothing in this agreement authorises directed "
                  "surveillance or the use of covert human intelligence sources, which require separate authorisation "
                  "under the Regulation of Investigatory Powers Act 2000. Partners will act in line with the Regulators' "
                  "Code and their own enforcement policies."),
            ("h1", "5. How information is passed"),
            ("table", [["Stage", "Method", "Timing"],
                       ["Planning list", "Encrypted spreadsheet by secure email from the lead partner", "At least 5 working days before"],
                       ["Partner intelligence", "Secure email to the lead partner's operations mailbox", "At least 2 working days before"],
                       ["Briefing pack", "Paper copies, numbered; collected after the operation", "On the day"],
                       ["Check results", "Each partner records on its own device or forms", "On the day"],
                       ["Debrief and referrals", "Secure email to partner single points of contact", "Within 10 working days"]],
             {"widths": [4, 8, 4], "shade": "F8CBAD"}),
            ("h1", "6. Security"),
            ("p", "Briefing packs are marked OFFICIAL-SENSITIVE, numbered and signed out to named officers, and are "
                  "returned to the lead partner for shredding at the end of the day. Officers must not photograph "
                  "briefing packs or discuss their content in public. Information is stored only in partners' corporate "
                  "systems."),
            ("h1", "7. Retention"),
            ("p", "The lead partner keeps the operational record for three years. Each partner keeps information relating "
                  "to an offence or breach it has found for as long as its own retention schedule requires. Planning lists "
                  "held by partners other than the lead partner are deleted within one month of the operation."),
            ("h1", "8. Rights of individuals"),
            ("p", "Drivers, licence holders and staff checked on the day will be told which agency is carrying out the "
                  "check and will be given that agency's privacy information on request. Requests to exercise data "
                  "protection rights are handled by the partner that holds the information."),
            ("h1", "9. Commencement and withdrawal"),
            ("p", "This agreement has effect from 3 June 2024. A partner may withdraw at any time by notifying the lead "
                  "partner in writing; it will continue to protect information already received."),
            ("h1", "10. Signatories"),
            ("table", [["Organisation", "Name", "Post", "Date"],
                       ["Cambridge City Council", "Yvonne O'Donnell", "Environmental Health and Licensing Manager", "28/05/2024"],
                       ["South Cambridgeshire District Council", "Paul Quigley", "Head of Shared Regulatory Services", "28/05/2024"],
                       ["Huntingdonshire District Council", "Claire Edwards", "Licensing Manager", "29/05/2024"],
                       ["Cambridgeshire Constabulary", "Sergeant Jo Mannion", "Licensing Unit", "29/05/2024"],
                       ["Cambridgeshire Fire and Rescue Service", "Stuart Smith", "Station Commander, Fire Protection", "30/05/2024"],
                       ["Security Industry Authority", "Rebecca Vine", "Regional Investigations Manager", "30/05/2024"],
                       ["Home Office Immigration Enforcement", "Gary Thorne", "ICE Team Leader, Cambridge", "31/05/2024"],
                       ["HM Revenue & Customs", "Hannah Pryce", "Local Compliance", "31/05/2024"],
                       ["Gambling Commission", "Mark Ellis", "Compliance Manager", "31/05/2024"],
                       ["Driver and Vehicle Standards Agency", "Kevin Bright", "Enforcement Team Manager, East", "31/05/2024"]],
             {"widths": [5, 3.6, 5, 2.4], "shade": "F8CBAD"}),
        ],
    },
    "truth": {
        "title": A7_TITLE,
        "purpose": A7_PURPOSE,
        "lead": {"name": "Cambridge City Council", "org": None},
        "partners": [
            {"name": "South Cambridgeshire District Council", "org": None},
            {"name": "Huntingdonshire District Council", "org": None},
            {"name": "Cambridgeshire Constabulary", "org": None},
            {"name": "Cambridgeshire Fire and Rescue Service", "org": None},
            {"name": "Security Industry Authority", "org": None},
            {"name": "Home Office Immigration Enforcement", "org": None},
            {"name": "HM Revenue & Customs", "org": None},
            {"name": "Gambling Commission", "org": None},
            {"name": "Driver and Vehicle Standards Agency", "org": None},
        ],
        "statutes": [
            {"citation": "section 179 of the Licensing Act 2003", "title": "Licensing Act", "year": 2003, "provision": "section 179"},
            {"citation": "Local Government (Miscellaneous Provisions) Act 1976", "title": "Local Government (Miscellaneous Provisions) Act", "year": 1976, "provision": None},
            {"citation": "section 19 of the Private Security Industry Act 2001", "title": "Private Security Industry Act", "year": 2001, "provision": "section 19"},
            {"citation": "Gambling Act 2005", "title": "Gambling Act", "year": 2005, "provision": None},
            {"citation": "Regulatory Reform (Fire Safety) Order 2005", "title": "Regulatory Reform (Fire Safety) Order", "year": 2005, "provision": None},
            {"citation": "Immigration Act 1971", "title": "Immigration Act", "year": 1971, "provision": None},
            {"citation": "Road Traffic Act 1988", "title": "Road Traffic Act", "year": 1988, "provision": None},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Article 6(1)(e) UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Part 3 of the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Part 3"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
            {"citation": "Regulation of Investigatory Powers Act 2000", "title": "Regulation of Investigatory Powers Act", "year": 2000, "provision": None},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2024-06-03",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "agreement"],
        "missing_sections": ["accuracy", "complaints", "breach"],
    },
}
AGREEMENTS.append(A7)
# ------------------------------------------------------------------ A8
A8_TITLE = "Hackney Carriage and Private Hire Licensing: Tax Conditionality and Driving Licence Checks"
A8_PURPOSE = ("The purpose of the sharing covered by this agreement is to confirm, before a hackney carriage or "
              "private hire licence is granted or renewed, that the applicant has completed an HMRC tax check and "
              "holds a valid driving licence with no undisclosed endorsements or disqualifications, and to allow the "
              "councils and Hertfordshire Constabulary to exchange information about drivers whose licence status "
              "changes during the life of their taxi licence.")
A8 = {
    "stem": "herts_taxi_tax_check_dvla_isa",
    "formats": ["docx", "pdf_word", "doc"],
    "doc": {
        "style": {"font": "Tahoma", "size": 10, "headings": "bold", "colour": "203864", "first_page_plain": False},
        "header": "Hertfordshire and Uttlesford Taxi Licensing Group",
        "footer": "ISA-TX-02  |  Issue 1  |  Page {page} of {pages}",
        "cover": [
            ("table", [["INFORMATION SHARING AGREEMENT", ""],
                       ["Title", A8_TITLE],
                       ["Reference", "ISA-TX-02"],
                       ["Issue", "1 (final)"],
                       ["Prepared by", "Licensing Team Leader, on behalf of the Hertfordshire and Uttlesford Taxi Licensing Group"],
                       ["Classification", "OFFICIAL"]],
             {"header": True, "bold_first_col": True, "col_shade": "D6DCE4", "widths": [4, 12], "shade": "8EA9DB"}),
            ("h1", "Parties"),
            ("p", "This agreement is made between the following organisations, each of which is a controller for the "
                  "personal data it holds:"),
            ("table", [["Organisation", "Address", "ICO registration"],
                       ["Stevenage Borough Council", "Daneshill House, Danestrete, Stevenage SG1 1HN", "Z6974620"],
                       ["North Hertfordshire District Council", "Council Offices, Gernon Road, Letchworth Garden City SG6 3JF", "Z5795451"],
                       ["East Hertfordshire District Council", "Wallfields, Pegs Lane, Hertford SG13 8EQ", "Z5745325"],
                       ["Uttlesford District Council", "Council Offices, London Road, Saffron Walden CB11 4ER", "Z5060641"],
                       ["Hertfordshire Constabulary", "Stanborough Road, Welwyn Garden City AL8 6XF", "Z4878074"],
                       ["HM Revenue & Customs", "100 Parliament Street, London SW1A 2BQ", "Z6926262"],
                       ["Driver and Vehicle Licensing Agency", "Longview Road, Morriston, Swansea SA6 7JL", "Z7122393"]],
             {"widths": [5, 8, 3]}),
            ("p", "HM Revenue & Customs and the Driver and Vehicle Licensing Agency take part under their published "
                  "arrangements for licensing bodies; their signatures below confirm that those arrangements apply to "
                  "the councils named above."),
        ],
        "front": [
            ("bold", "Document history"),
            ("table", [["Issue", "Date", "Details", "Approved by"],
                       ["Draft 0.1", "11/01/2022", "First draft for the group", "-"],
                       ["Draft 0.2", "21/02/2022", "Comments from Hertfordshire Constabulary and East Herts legal", "-"],
                       ["1", "28/03/2022", "Final issue", "Taxi Licensing Group, 28/03/2022"]],
             {"widths": [2, 2.6, 7.4, 4]}),
            ("bold", "Contents"),
            ("p", "1. Purpose   2. Background   3. The information   4. Legal basis   5. Method of sharing   "
                  "6. Accuracy   7. Security and retention   8. Rights, queries and complaints   9. Breaches   "
                  "10. Term and review   11. Signatures   Schedule: data flows"),
        ],
        "body": [
            ("h1", "1. Purpose"),
            ("p", A8_PURPOSE),
            ("h1", "2. Background"),
            ("p", "From 4 April 2022 licensing bodies in England and Wales must not renew a taxi or private hire licence, "
                  "or grant one to a person who already holds or has held a licence, unless the applicant has completed "
                  "a tax check with HMRC and given the council a tax check code. The councils in the group also check the "
                  "driving licence record of every driver at grant and renewal and at least every six months, as "
                  "recommended in the Statutory Taxi and Private Hire Vehicle Standards, and notify Hertfordshire "
                  "Constabulary of revocations and suspensions on safeguarding grounds."),
            ("h1", "3. The information"),
            ("table", [["Flow", "Data items"],
                       ["Council to HMRC (online service)", "Tax check code; applicant name; date of birth; licence type applied for"],
                       ["HMRC to council", "Confirmation that the code is valid and matches the applicant; expiry of the code"],
                       ["Council to DVLA (via driver's check code or mandate)", "Driving licence number; surname; postcode"],
                       ["DVLA to council", "Entitlements; endorsements and penalty points; disqualifications; licence validity"],
                       ["Council to Hertfordshire Constabulary", "Name, date of birth, address, badge number; decision to suspend or revoke and the reason"],
                       ["Hertfordshire Constabulary to council", "Notifiable occupation disclosures; arrests and charges relevant to licensing"]],
             {"widths": [5.5, 10.5]}),
            ("p", "HMRC does not tell the council anything about an applicant's tax affairs beyond whether a valid check "
                  "has been completed."),
            ("h1", "4. Legal basis"),
            ("p", "The tax check requirement is made by Schedule 33 to the Finance Act 2021. The councils license drivers, "
                  "vehicles and operators under the Town Police Clauses Act 1847 and the Local Government (Miscellaneous "
                  "Provision) Act 1976, and must be satisfied that a driver is a fit and proper person (sections 51 and 59 "
                  "of the 1976 Act). Driving licence information is held by the DVLA under Part III of the Road Traffic "
                  "Act 1988. HMRC's disclosures are made under section 18(2) of the Commissioners for Revenue and Customs "
                  "Act 2005."),
            ("p", "The councils process personal data under Article 6(1)(c) (legal obligation, for the tax check) and "
                  "Article 6(1)(e) (public task, for driving licence checks) of the UK GDPR, and process offence data "
                  "under Article 10 and Schedule 1 to the Data Protection Act 2018. Interference with private life is "
                  "justified under the Human Rights Act 1998 as necessary for public safety."),
            ("p", "The Statutory Taxi and Private Hire Vehicle Standards are guidance to which the councils must have "
                  "regard; they are not a source of legal powers."),
            ("h1", "5. Method of sharing"),
            ("ul", ["Tax check codes are confirmed by licensing officers through HMRC's online service at the time the "
                    "application is processed.",
                    "Driving licence records are viewed online using a check code the driver generates, or through the "
                    "group's mandate-based check provider where the driver has signed a mandate. Checks are repeated "
                    "every six months.",
                    "Notifications to and from Hertfordshire Constabulary are sent by secure email to the named contacts "
                    "within two working days of a decision or disclosure.",
                    "A list of revoked and suspended drivers is circulated among the four councils every month."]),
            ("h1", "6. Accuracy"),
            ("p", "Officers must check that the name and date of birth on a tax check or driving licence record match the "
                  "applicant before relying on it. Discrepancies are raised with the applicant, not resolved by assumption. "
                  "If information shared with another party turns out to be wrong, the party that supplied it will send "
                  "a correction the same day."),
            ("h1", "7. Security and retention"),
            ("p", "Only licensing officers authorised by the licensing manager may use the HMRC and DVLA services. "
                  "Screenshots of driving licence records are saved only to the driver's electronic licensing file. The "
                  "tax check code and its confirmation are kept for the life of the licence. Driving licence check results "
                  "are replaced at each new check and the superseded record is deleted. Police notifications are kept for "
                  "the life of the licence plus three years."),
            ("h1", "8. Rights, queries and complaints"),
            ("p", "Drivers are told about these checks in the application guidance and the councils' privacy notices. A "
                  "driver may ask the council for the information it holds, and may ask HMRC or the DVLA directly for the "
                  "information they hold. A complaint about how a council has used the information is dealt with under "
                  "that council's corporate complaints procedure, and may be escalated to the Information Commissioner."),
            ("h1", "9. Breaches"),
            ("p", "Misuse of the HMRC or DVLA services, or any loss of shared information, must be reported to the "
                  "council's Data Protection Officer immediately and to the supplying party within 24 hours. Misuse of "
                  "driving licence data may lead to access being withdrawn."),
            ("h1", "10. Term and review"),
            ("p", "This agreement comes into effect on 4 April 2022. It will be reviewed two years after it comes into "
                  "effect, or earlier if the tax conditionality rules or the DVLA arrangements change. A party may withdraw "
                  "on one month's written notice to the other parties."),
            ("h1", "11. Signatures"),
            ("table", [["For", "Signed", "Name", "Position", "Date"],
                       ["Stevenage Borough Council", "[signed]", "Fiona Ryder", "Licensing Manager", "29/03/2022"],
                       ["North Hertfordshire District Council", "[signed]", "Stuart Hayward", "Service Manager, Licensing", "29/03/2022"],
                       ["East Hertfordshire District Council", "[signed]", "Oliver Rawlings", "Licensing Manager", "30/03/2022"],
                       ["Uttlesford District Council", "[signed]", "Amy Turner", "Licensing and Compliance Manager", "30/03/2022"],
                       ["Hertfordshire Constabulary", "[signed]", "T/Inspector Adrian Clay", "Licensing and Safeguarding", "31/03/2022"],
                       ["HM Revenue & Customs", "[signed]", "Nadia Sherwood", "Tax Conditionality Team", "31/03/2022"],
                       ["Driver and Vehicle Licensing Agency", "[signed]", "Gareth Llewellyn", "Data Sharing Manager", "01/04/2022"]],
             {"widths": [4.4, 2, 3.6, 3.8, 2.2]}),
            ("h1", "Schedule - data flows"),
            ("table", [["No.", "From", "To", "Frequency", "Channel"],
                       ["1", "Council", "HMRC", "Each relevant application", "HMRC online service"],
                       ["2", "DVLA", "Council", "Grant, renewal, six-monthly", "DVLA online / mandate provider"],
                       ["3", "Council", "Hertfordshire Constabulary", "On each safeguarding decision", "Secure email"],
                       ["4", "Hertfordshire Constabulary", "Council", "On each disclosure", "Secure email"],
                       ["5", "Council", "Other councils in the group", "Monthly", "Secure email"]],
             {"widths": [1, 3.5, 4, 4, 3.5]}),
        ],
    },
    "truth": {
        "title": A8_TITLE,
        "purpose": A8_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "Stevenage Borough Council", "org": None},
            {"name": "North Hertfordshire District Council", "org": None},
            {"name": "East Hertfordshire District Council", "org": None},
            {"name": "Uttlesford District Council", "org": "Uttlesford District Council"},
            {"name": "Hertfordshire Constabulary", "org": None},
            {"name": "HM Revenue & Customs", "org": None},
            {"name": "Driver and Vehicle Licensing Agency", "org": None},
        ],
        "statutes": [
            {"citation": "Schedule 33 to the Finance Act 2021", "title": "Finance Act", "year": 2021, "provision": "Schedule 33"},
            {"citation": "Town Police Clauses Act 1847", "title": "Town Police Clauses Act", "year": 1847, "provision": None},
            {"citation": "Local Government (Miscellaneous Provision) Act 1976", "title": "Local Government (Miscellaneous Provisions) Act", "year": 1976, "provision": "sections 51 and 59"},
            {"citation": "Part III of the Road Traffic Act 1988", "title": "Road Traffic Act", "year": 1988, "provision": "Part III"},
            {"citation": "section 18(2) of the Commissioners for Revenue and Customs Act 2005", "title": "Commissioners for Revenue and Customs Act", "year": 2005, "provision": "section 18(2)"},
            {"citation": "Article 6(1)(c) (legal obligation, for the tax check) and Article 6(1)(e) (public task, for driving licence checks) of the UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(c)"},
            {"citation": "Schedule 1 to the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": "Schedule 1"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2024-04-04",
        "review_basis": "relative",
        "commencement_date": "2022-04-04",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    },
}
AGREEMENTS.append(A8)

# ------------------------------------------------------------------ A9
A9_TITLE = "Night-Time Economy: Door Supervision and Licensed Premises Information Sharing Protocol"
A9_PURPOSE = ("This protocol enables the partners to share information about licensed premises, door supervisors and "
              "incidents in the night-time economy so that crime and disorder can be reduced, unlicensed or unsuitable "
              "door staff can be identified, and the licensing objectives under the Licensing Act 2003 can be upheld "
              "in Ipswich and the surrounding districts.")
A9 = {
    "stem": "ipswich_nte_door_supervision_isp_2016",
    "formats": ["pdf_rl"],
    "doc": {
        "style": {"rl_font": "Helvetica", "rl_size": 9.5, "layout": "single", "boxed": True, "colour": "375623",
                  "title_size": 18},
        "header": "IPSWICH NIGHT-TIME ECONOMY PARTNERSHIP  |  INFORMATION SHARING PROTOCOL  |  RESTRICTED",
        "footer": "Ipswich Borough Council - Licensing - Page {page}",
        "first_footer": "RESTRICTED (when completed)",
        "cover": [
            ("space", 3),
            ("center", "IPSWICH BOROUGH COUNCIL"),
            ("center", "Licensing and Community Safety"),
            ("space", 3),
            ("textbox", ["Night-Time Economy:", "Door Supervision and Licensed Premises Information Sharing Protocol"]),
            ("space", 2),
            ("table", [["Lead authority", "Ipswich Borough Council"],
                       ["Version", "1.0 FINAL"],
                       ["Date", "March 2016"],
                       ["Review date", "Mar-2019"],
                       ["Protocol owner", "Licensing Manager"]],
             {"header": False, "bold_first_col": True, "col_shade": "E2EFDA", "widths": [5, 11]}),
        ],
        "body": [
            ("h1", "1. PURPOSE"),
            ("p", A9_PURPOSE),
            ("p", "Door supervisors are the first line of defence against violence, drugs and under-age drinking in "
                  "late-night premises. Where a door supervisor is unlicensed, or where a premises repeatedly employs "
                  "staff who have been involved in violence, the police, the licensing authority and the Security "
                  "Industry Authority each hold part of the picture."),
            ("h1", "2. PARTNERS"),
            ("table", [["Partner", "Nominated officer"],
                       ["Ipswich Borough Council (lead authority)", "Licensing Manager"],
                       ["Suffolk Constabulary", "Licensing Officer, Ipswich Safer Neighbourhood Team"],
                       ["Security Industry Authority", "Partnership Manager, East of England"],
                       ["Suffolk Fire and Rescue Service", "Fire Safety Manager (Ipswich)"],
                       ["Suffolk Coastal District Council", "Licensing Manager"],
                       ["Babergh District Council", "Licensing Manager (Babergh and Mid Suffolk)"],
                       ["Mid Suffolk District Council", "Licensing Manager (Babergh and Mid Suffolk)"]],
             {"widths": [8, 8], "shade": "C6E0B4"}),
            ("h1", "3. INFORMATION TO BE SHARED"),
            ("ul", ["SIA licence number, name and date of birth of door supervisors working at licensed premises;",
                    "door registers and incident books inspected during visits;",
                    "reports of incidents involving door staff, including use of force and ejections;",
                    "SIA licence suspensions and revocations and the reasons given;",
                    "premises licence holder, designated premises supervisor and premises licence conditions relating "
                    "to door supervision;",
                    "fire safety occupancy limits and outcomes of fire safety audits;",
                    "details of pubwatch bans where relevant to a specific premises."]),
            ("h1", "4. LEGAL BASIS"),
            ("p", "The Licensing Act 2003 requires the licensing authority to promote the licensing objectives, and "
                  "conditions relating to door supervision are enforced under that Act. The Private Security Industry Act "
                  "2001 makes it an offence to work as a door supervisor without an SIA licence, or to use unlicensed door "
                  "supervisors, and section 19 gives powers of inspection. Section 17 of the Crime and Disorder Act 1998 "
                  "requires the councils to consider crime and disorder in all they do, and section 115 gives a power to "
                  "disclose information to relevant authorities. Closure powers are available under the Anti-social "
                  "Behaviour, Crime and Policing Act 2014."),
            ("p", "Personal data will be processed in accordance with the Data Protection Act 1998. Sharing will meet "
                  "at least one condition in Schedule 2 (for example, the administration of justice or the exercise of "
                  "functions conferred by statute) and, for sensitive personal data such as the commission or alleged "
                  "commission of offences, at least one condition in Schedule 3. Article 8 of the Human Right Act 1998 "
                  "will be considered and sharing will be proportionate. The common law duty of confidence will be "
                  "respected where information has been given in confidence."),
            ("h1", "5. SECURITY OF INFORMATION"),
            ("p", "Information will be exchanged only between nominated officers using secure email (GCSx or PNN) or by "
                  "hand at partnership meetings. Information will be stored in locked cabinets or on password-protected "
                  "systems and will only be accessed by staff who need it for the purposes of this protocol."),
            ("h1", "6. EXCHANGE OF INFORMATION"),
            ("p", "The partners will meet monthly as the Night-Time Economy Tasking Group. Information about specific "
                  "incidents will be shared as soon as possible after the incident, and in any event before the next "
                  "meeting. SIA information will be provided on request by the SIA Partnership Manager."),
            ("h1", "7. RETENTION"),
            ("p", "Information will not be kept for longer than necessary. Meeting notes will be destroyed after two "
                  "years. Information relating to a licence review or prosecution will be kept for six years after the "
                  "case is concluded."),
            ("h1", "8. ACCURACY"),
            ("p", "Partners will take all reasonable steps to ensure that information shared is accurate and will "
                  "notify the recipient of any known inaccuracy."),
            ("h1", "9. COMPLAINTS"),
            ("p", "Any complaint about the sharing of information under this protocol will be handled through the "
                  "complaints procedure of the partner concerned. The lead authority will be informed of any complaint."),
            ("h1", "10. BREACHES OF THE PROTOCOL"),
            ("p", "Any breach of this protocol must be reported to the lead authority and to the partner whose information "
                  "was involved. Serious breaches may result in a partner being excluded from the Tasking Group."),
            ("h1", "11. COMMENCEMENT AND REVIEW"),
            ("p", "This protocol commences on 1 April 2016 and will be reviewed by the lead authority before March 2019. "
                  "Any partner may withdraw by giving written notice to the lead authority."),
            ("h1", "12. SIGNATURES"),
            ("table", [["Organisation", "Name", "Position", "Signature", "Date"],
                       ["Ipswich Borough Council", "Jonathan Stephenson", "Operations Director", "", "22.03.16"],
                       ["Suffolk Constabulary", "Supt. Kerry Cutler", "Ipswich Area Commander", "", "23.03.16"],
                       ["Security Industry Authority", "Paula Wenham", "Partnership Manager", "", "24.03.16"],
                       ["Suffolk Fire and Rescue Service", "Neil Ashton", "Group Manager, Fire Safety", "", "24.03.16"],
                       ["Suffolk Coastal District Council", "Anne Lloyd", "Head of Environmental Services", "", "29.03.16"],
                       ["Babergh District Council", "Graham Keeble", "Corporate Manager, Licensing", "", "30.03.16"],
                       ["Mid Suffolk District Council", "Graham Keeble", "Corporate Manager, Licensing", "", "30.03.16"]],
             {"widths": [4.5, 3.4, 4, 2, 2.1], "shade": "C6E0B4"}),
            ("h1", "APPENDIX A - LEGISLATION"),
            ("table", [["Act", "Relevance"],
                       ["Licensing Act 2003", "Licensing objectives; premises licence conditions; reviews"],
                       ["Private Security Industry Act 2001", "Licensing of door supervisors; inspection powers"],
                       ["Crime and Disorder Act 1998", "Sections 17 and 115"],
                       ["Anti-social Behaviour, Crime and Policing Act 2014", "Closure notices and orders"],
                       ["Data Protection Act 1998", "Principles; Schedules 2 and 3"],
                       ["Human Right Act 1998", "Article 8"]],
             {"widths": [7, 9], "shade": "C6E0B4"}),
        ],
    },
    "truth": {
        "title": A9_TITLE,
        "purpose": A9_PURPOSE,
        "lead": {"name": "Ipswich Borough Council", "org": None},
        "partners": [
            {"name": "Suffolk Constabulary", "org": None},
            {"name": "Security Industry Authority", "org": None},
            {"name": "Suffolk Fire and Rescue Service", "org": None},
            {"name": "Suffolk Coastal District Council", "org": None},
            {"name": "Babergh District Council", "org": None},
            {"name": "Mid Suffolk District Council", "org": None},
        ],
        "statutes": [
            {"citation": "Licensing Act 2003", "title": "Licensing Act", "year": 2003, "provision": None},
            {"citation": "Private Security Industry Act 2001", "title": "Private Security Industry Act", "year": 2001, "provision": "section 19"},
            {"citation": "Section 17 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 17"},
            {"citation": "Anti-social Behaviour, Crime and Policing Act 2014", "title": "Anti-social Behaviour, Crime and Policing Act", "year": 2014, "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
            {"citation": "Article 8 of the Human Right Act 1998", "title": "Human Rights Act", "year": 1998, "provision": "Article 8"},
        ],
        "review_date": "2019-03-31",
        "review_basis": "explicit",
        "commencement_date": "2016-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "security", "format_frequency",
                             "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": ["individual_rights"],
    },
}
AGREEMENTS.append(A9)


# ============================================================ MAIN
import os, json, shutil, subprocess, glob

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
PROFILE = "file:///tmp/lo_licensing_enforcement"


def soffice(target, outdir, srcs):
    if not srcs:
        return
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + PROFILE, "--convert-to", target,
           "--outdir", outdir] + srcs
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    to_pdf_word, to_doc = [], []
    for a in AGREEMENTS:
        fm = a["formats"]
        if "docx" in fm:
            p = os.path.join(FILES, a["stem"] + ".docx")
            to_docx(a["doc"], p)
            if "pdf_word" in fm:
                to_pdf_word.append(p)
            if "doc" in fm:
                to_doc.append(p)
        if "pdf_rl" in fm:
            to_pdf(a["doc"], os.path.join(FILES, a["stem"] + ".pdf"))
    soffice("pdf", FILES, to_pdf_word)
    soffice('doc:MS Word 97', FILES, to_doc)
    truth = []
    for a in AGREEMENTS:
        exts = []
        for f in a["formats"]:
            e = {"docx": "docx", "pdf_word": "pdf", "pdf_rl": "pdf", "doc": "doc"}[f]
            if e not in exts:
                exts.append(e)
        for e in sorted(exts, key=["pdf", "docx", "doc"].index):
            fn = a["stem"] + "." + e
            assert os.path.exists(os.path.join(FILES, fn)), fn
            rec = {"file": fn, "format": e}
            rec.update(a["truth"])
            truth.append(rec)
    with open(os.path.join(HERE, "truth.json"), "w") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d files, %d truth records" % (len(os.listdir(FILES)), len(truth)))


if __name__ == "__main__":
    main()
