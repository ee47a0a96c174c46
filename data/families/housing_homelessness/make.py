"""Deterministic generator for the housing_homelessness blind family: writes files/ and truth.json.

Rendering helpers first, then the agreements.

An agreement is a dict with a list of blocks.  Blocks:
  ("title", text)            large bold line
  ("sub", text)              medium line (cover)
  ("h1", text) / ("h2", text) headings (printed exactly as given)
  ("p", text)                paragraph
  ("bl", [items])            bulleted list
  ("nl", [items])            numbered list (numbers typed into the text)
  ("tbl", rows, opts)        table; opts: header(bool), widths(list of cm), shade(bool)
  ("textbox", [lines])       boxed text (VML text box in Word, a boxed cell in PDF)
  ("pb",)                    page break
  ("sp", n)                  vertical space (points)
"""
import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)

FIXED = datetime.datetime(2024, 1, 1, 9, 0, 0)


# ----------------------------------------------------------------------------- DOCX
def _add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _textbox_xml(lines, width_pt=440, height_pt=100):
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="%d"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (32 if i == 0 else 24, escape(t))
        for i, t in enumerate(lines))
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt" strokecolor="#1F3864" strokeweight="1.5pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (width_pt, height_pt, paras))


def build_docx(ag, path):
    st = ag["style"]
    doc = Document()
    cp = doc.core_properties
    cp.author = st.get("author", "Information Governance")
    cp.title = st.get("meta_title", "")
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = cp.author
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = st.get("font", "Arial")
    normal.font.size = Pt(st.get("size", 10.5))
    for lvl in (1, 2):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = st.get("font", "Arial")
        hs.font.color.rgb = RGBColor.from_string(st.get("hcolour", "1F3864"))
        hs.font.size = Pt(14 if lvl == 1 else 12)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(st.get("margin", 2.3))
    sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.0)
    if st.get("different_first_page"):
        sec.different_first_page_header_footer = True
    hdr = sec.header
    hlines = ag.get("header", [])
    for i, t in enumerate(hlines):
        p = hdr.paragraphs[0] if i == 0 else hdr.add_paragraph()
        p.text = t
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if st.get("header_right") else WD_ALIGN_PARAGRAPH.LEFT
        for r in p.runs:
            r.font.size = Pt(8.5); r.bold = (i == 0)
    ftr = sec.footer
    p = ftr.paragraphs[0]
    p.text = ag.get("footer", "") + "   Page "
    r = p.add_run(); _add_field(r, "PAGE")
    p.add_run(" of "); r = p.add_run(); _add_field(r, "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    hmode = st.get("hmode", "word")
    for b in ag["cover"] + [("pb",)] + ag["blocks"]:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER if st.get("cover_center", True) else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(st.get("title_size", 22))
            r.font.color.rgb = RGBColor.from_string(st.get("hcolour", "1F3864"))
        elif k == "sub":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER if st.get("cover_center", True) else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(b[1]); r.font.size = Pt(13); r.bold = st.get("sub_bold", False)
        elif k in ("h1", "h2"):
            lvl = 1 if k == "h1" else 2
            if hmode == "word":
                doc.add_heading(b[1], level=lvl)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
                r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(12.5 if lvl == 1 else 11)
                if hmode == "bold_underline" and lvl == 1:
                    r.underline = True
        elif k == "p":
            p = doc.add_paragraph(b[1]); p.paragraph_format.space_after = Pt(6)
        elif k in ("bl", "nl"):
            for it in b[1]:
                p = doc.add_paragraph(it, style="List Bullet" if k == "bl" else None)
                if k == "nl":
                    p.paragraph_format.left_indent = Cm(0.8)
        elif k == "tbl":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    para = c.paragraphs[0]
                    run = para.add_run(val); run.font.size = Pt(9.5)
                    if (opts.get("header", True) and i == 0) or (opts.get("keycol") and j == 0):
                        run.bold = True
                        if opts.get("shade", True):
                            _shade(c, st.get("shade", "D9E2F3"))
            if opts.get("widths"):
                for i, row in enumerate(t.rows):
                    for j, w in enumerate(opts["widths"]):
                        row.cells[j].width = Cm(w)
            doc.add_paragraph()
        elif k == "textbox":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p._p.append(parse_xml(_textbox_xml(b[1])))
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sp":
            p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(b[1])
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the docx zip with fixed member timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ----------------------------------------------------------------------------- PDF (reportlab)
def _x(t):
    return escape(t)


def build_pdf(ag, path):
    st = ag["style"]
    layout = st.get("pdf_layout", "running")
    font = "Helvetica" if st.get("font", "Arial") in ("Arial", "Calibri") else "Times-Roman"
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"
    accent = colors.HexColor("#" + st.get("hcolour", "1F3864"))
    shade = colors.HexColor("#" + st.get("shade", "D9E2F3"))
    fs = st.get("size", 10.5) - (1 if layout == "twocol" else 0)
    S = {
        "p": ParagraphStyle("p", fontName=font, fontSize=fs, leading=fs * 1.3, spaceAfter=5),
        "cell": ParagraphStyle("c", fontName=font, fontSize=fs - 1.2, leading=(fs - 1.2) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=fs - 1.2, leading=(fs - 1.2) * 1.25),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=fs + 3, leading=(fs + 3) * 1.25,
                             textColor=accent, spaceBefore=9, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=fs + 1, leading=(fs + 1) * 1.25,
                             spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("t", fontName=bold, fontSize=st.get("title_size", 22),
                                leading=st.get("title_size", 22) * 1.25, alignment=TA_CENTER,
                                textColor=accent, spaceAfter=8),
        "sub": ParagraphStyle("s", fontName=font, fontSize=13, leading=17, alignment=TA_CENTER,
                              spaceAfter=6),
        "bl": ParagraphStyle("bl", fontName=font, fontSize=fs, leading=fs * 1.3, leftIndent=14,
                             bulletIndent=4, spaceAfter=2),
    }
    W, H = A4
    margin = 2.0 * cm

    def flow(blocks, colw):
        out = []
        for b in blocks:
            k = b[0]
            if k == "title":
                out.append(Paragraph(_x(b[1]), S["title"]))
            elif k == "sub":
                out.append(Paragraph(_x(b[1]), S["sub"]))
            elif k == "h1":
                if layout == "boxed":
                    t = Table([[Paragraph(_x(b[1]), ParagraphStyle("bh", parent=S["h1"], textColor=colors.white, spaceBefore=0, spaceAfter=0))]], colWidths=[colw])
                    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), accent),
                                           ("BOX", (0, 0), (-1, -1), 0.8, accent),
                                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                    out += [Spacer(1, 8), t, Spacer(1, 5)]
                elif layout == "running":
                    t = Table([[Paragraph(_x(b[1]), S["h1"])]], colWidths=[colw])
                    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, accent),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                    out += [t, Spacer(1, 4)]
                else:
                    out.append(Paragraph(_x(b[1]), S["h1"]))
            elif k == "h2":
                out.append(Paragraph(_x(b[1]), S["h2"]))
            elif k == "p":
                out.append(Paragraph(_x(b[1]), S["p"]))
            elif k == "bl":
                for it in b[1]:
                    out.append(Paragraph(_x(it), S["bl"], bulletText="\u2022"))
                out.append(Spacer(1, 3))
            elif k == "nl":
                for it in b[1]:
                    out.append(Paragraph(_x(it), S["bl"]))
                out.append(Spacer(1, 3))
            elif k == "tbl":
                rows, opts = b[1], (b[2] if len(b) > 2 else {})
                ncol = len(rows[0])
                if opts.get("widths"):
                    tot = sum(opts["widths"]); cw = [colw * w / tot for w in opts["widths"]]
                else:
                    cw = [colw / ncol] * ncol
                data = []
                for i, row in enumerate(rows):
                    isb = lambda j: (opts.get("header", True) and i == 0) or (opts.get("keycol") and j == 0)
                    data.append([Paragraph(_x(v), S["cellb"] if isb(j) else S["cell"]) for j, v in enumerate(row)])
                t = Table(data, colWidths=cw, repeatRows=1 if opts.get("header", True) else 0)
                ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                      ("VALIGN", (0, 0), (-1, -1), "TOP")]
                if opts.get("header", True) and opts.get("shade", True):
                    ts.append(("BACKGROUND", (0, 0), (-1, 0), shade))
                if opts.get("keycol") and opts.get("shade", True):
                    ts.append(("BACKGROUND", (0, 0), (0, -1), shade))
                if layout == "boxed":
                    ts.append(("BOX", (0, 0), (-1, -1), 1.2, accent))
                t.setStyle(TableStyle(ts))
                out += [t, Spacer(1, 8)]
            elif k == "textbox":
                paras = [Paragraph(_x(l), S["title"] if i == 0 else S["sub"]) for i, l in enumerate(b[1])]
                t = Table([[paras]], colWidths=[colw * 0.92])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, accent),
                                       ("TOPPADDING", (0, 0), (-1, -1), 8)]))
                out += [t, Spacer(1, 10)]
            elif k == "pb":
                out.append(PageBreak())
            elif k == "sp":
                out.append(Spacer(1, b[1]))
        return out

    hdr_lines = ag.get("header", [])
    footer = ag.get("footer", "")

    def deco(c, d, first=False):
        c.saveState()
        if not (first and st.get("different_first_page")):
            c.setFont(bold, 8)
            y = H - 1.2 * cm
            for i, t in enumerate(hdr_lines):
                c.setFont(bold if i == 0 else font, 8)
                if st.get("header_right"):
                    c.drawRightString(W - margin, y, t)
                else:
                    c.drawString(margin, y, t)
                y -= 10
            c.setStrokeColor(accent); c.setLineWidth(0.8)
            c.line(margin, y + 4, W - margin, y + 4)
        c.setFont(font, 7.5)
        c.drawCentredString(W / 2, 1.1 * cm, "%s   Page %d" % (footer, d.page))
        if layout == "running":
            c.setFillColor(accent); c.rect(0, 0, 0.45 * cm, H, stroke=0, fill=1)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=2.3 * cm, bottomMargin=1.9 * cm,
                          title=st.get("meta_title", ""), author=st.get("author", ""),
                          invariant=1)
    fw = W - 2 * margin
    fh = H - 2.3 * cm - 1.9 * cm
    one = Frame(margin, 1.9 * cm, fw, fh, id="one")
    templates = [PageTemplate(id="cover", frames=[one], onPage=lambda c, d: deco(c, d, True)),
                 PageTemplate(id="body1", frames=[Frame(margin, 1.9 * cm, fw, fh, id="b1")],
                              onPage=lambda c, d: deco(c, d))]
    gap = 0.7 * cm
    colw = fw
    if layout == "twocol":
        cw2 = (fw - gap) / 2
        templates.append(PageTemplate(id="body2", frames=[
            Frame(margin, 1.9 * cm, cw2, fh, id="l"),
            Frame(margin + cw2 + gap, 1.9 * cm, cw2, fh, id="r")], onPage=lambda c, d: deco(c, d)))
        colw = cw2
    doc.addPageTemplates(templates)
    story = flow(ag["cover"], fw)
    story.append(NextPageTemplate("body2" if layout == "twocol" else "body1"))
    story.append(PageBreak())
    story += flow(ag["blocks"], colw - 12)
    doc.build(story)


# ============================================================================ AGREEMENTS
def sig_table(rows):
    return ("tbl", [["Organisation", "Name", "Post", "Signature", "Date"]] + rows,
            {"widths": [4.2, 3.0, 4.0, 2.6, 2.2]})


AGREEMENTS = []

# ---------------------------------------------------------------- A1 Chelmsford duty to refer
A1_PURPOSE = ("This agreement sets out how the public authorities listed in Part 2 will share "
              "personal information with Chelmsford City Council when they refer a service user "
              "who they consider may be homeless or threatened with homelessness, so that the "
              "Council's Housing Options team can contact the person quickly and begin its "
              "prevention or relief duties.")
AGREEMENTS.append({
    "key": "A1", "base": "CCC_Duty_to_Refer_ISA_v2.1",
    "outputs": [("docx", "word"), ("pdf", "soffice"), ("doc", "soffice")],
    "style": {"font": "Arial", "hmode": "bold", "hcolour": "5B2C6F", "shade": "E8DAEF",
              "author": "Chelmsford City Council Housing IG", "meta_title": "",
              "header_right": True},
    "header": ["Duty to Refer Information Sharing Agreement", "Version 2.1 FINAL | OFFICIAL"],
    "footer": "Chelmsford City Council - Housing Options",
    "cover": [
        ("sp", 40), ("sub", "CHELMSFORD CITY COUNCIL"),
        ("sub", "Housing Options and Homelessness Prevention Service"), ("sp", 30),
        ("title", "INFORMATION SHARING AGREEMENT"),
        ("sub", "Referrals of people who may be homeless or threatened with homelessness"),
        ("sp", 30),
        ("tbl", [["Document control", ""],
                 ["Responsible organisation", "Chelmsford City Council"],
                 ["Document owner", "Housing Information Governance Officer"],
                 ["Version", "2.1"], ["Status", "Final"],
                 ["Approved by", "Housing Options Manager and Senior Information Risk Owner (SIRO)"],
                 ["Date approved", "14/03/2024"],
                 ["Date of next review", "31/03/2025"],
                 ["Protective marking", "OFFICIAL"]], {"widths": [5, 10], "keycol": True}),
        ("h2", "Version history"),
        ("tbl", [["Version", "Date", "Author", "Summary of changes"],
                 ["1.0", "01/10/2018", "K. Tomlin", "First issue on commencement of the duty to refer"],
                 ["2.0", "17/11/2021", "K. Tomlin", "Updated for the UK GDPR and the Data Protection Act 2018"],
                 ["2.1", "14/03/2024", "R. Adeyemi", "Partner list refreshed; probation and NHS contacts updated"]],
         {"widths": [1.6, 2.4, 2.6, 9]}),
    ],
    "blocks": [
        ("h1", "Contents"),
        ("nl", ["Part 1  Introduction and scope", "Part 2  The parties", "Part 3  Information to be shared",
                "Part 4  Lawful basis", "Part 5  How referrals are made", "Part 6  Keeping information safe",
                "Part 7  Quality of referrals", "Part 8  How long information is kept",
                "Part 9  Rights of the people referred", "Part 10  Security incidents",
                "Part 11  Concerns and complaints", "Part 12  Commencement, review and signatures",
                "Appendix A  Referral data items", "Appendix B  Contacts"]),
        ("h1", "Part 1  Introduction and scope"),
        ("p", A1_PURPOSE),
        ("p", "Since 3 April 2018 specified public authorities in England have been under a duty to refer, "
              "with consent, anyone they think may be homeless or threatened with homelessness within 56 days "
              "to a local housing authority of the person's choice. Referrals reach the Council by several routes "
              "and in several forms; this agreement puts them on a single, consistent footing so that every "
              "partner knows what to send, how to send it and what the Council will do with it."),
        ("p", "The agreement covers referrals about adults and 16 and 17 year olds made to the Council's Housing "
              "Options team. It does not cover the exchange of information about existing Council or CHP tenants "
              "for tenancy management purposes, which is dealt with under separate arrangements."),
        ("h1", "Part 2  The parties"),
        ("p", "The following organisations are parties to this agreement. Chelmsford City Council is the "
              "responsible organisation and maintains the master copy."),
        ("tbl", [["Organisation", "Role under this agreement", "Lead contact (post)"],
                 ["Chelmsford City Council", "Receiving housing authority; controller for Housing Options records", "Housing Options Manager"],
                 ["Department for Work and Pensions", "Referring public authority (Jobcentre Plus, Chelmsford and South Woodham Ferrers)", "Partnership Manager, Essex District"],
                 ["Essex Partnership University NHS Foundation Trust (EPUT)", "Referring public authority (inpatient mental health wards and community teams)", "Head of Information Governance"],
                 ["Mid and South Essex NHS Foundation Trust", "Referring public authority (Broomfield Hospital emergency department and wards)", "Integrated Discharge Lead"],
                 ["The Probation Service, East of England region", "Referring public authority (people on licence or community orders)", "Head of Chelmsford Probation Delivery Unit"],
                 ["Essex County Council", "Referring public authority (Children and Families; Adult Social Care)", "Information Governance Manager"],
                 ["Chelmsford Housing Partnership (CHP)", "Registered provider making voluntary referrals under the Commitment to Refer", "Tenancy Sustainment Manager"]],
         {"widths": [5.0, 6.5, 4.0]}),
        ("h1", "Part 3  Information to be shared"),
        ("p", "Referring partners will send the minimum information the Housing Options team needs to make "
              "contact and to understand any immediate risk. The full list is at Appendix A. In summary:"),
        ("bl", ["the person's name, date of birth, current address or last settled address and contact details;",
                "confirmation that the person consents to the referral and to being contacted;",
                "the reason the referring officer thinks the person may be homeless or at risk, and the date accommodation will be lost if known;",
                "household members, including children and any pregnancy;",
                "support needs and risks relevant to finding accommodation, for example mental health, substance use, offending history, domestic abuse;",
                "the referring officer's name, team and telephone number."]),
        ("p", "The Council will tell the referring partner whether contact has been made and, where the person "
              "agrees, which duty has been accepted. It will not send back the content of its assessment or "
              "personalised housing plan unless the person has asked for this."),
        ("h1", "Part 4  Lawful basis"),
        ("p", "The duty to refer is set out in section 213B of the Housing Act 1996, inserted by section 10 of the "
              "Homelessness Reduction Act 2017. The public authorities subject to the duty are specified in the "
              "Homelessness (Review Procedure etc.) Regulations 2018. Chelmsford Housing Partnership is not a "
              "specified public authority and refers voluntarily, on the same terms."),
        ("p", "The Council processes the referral to perform its functions under Part 7 of the Housing Act 1996. "
              "For all parties the lawful basis under the UK GDPR is Article 6(1)(e), performance of a task carried "
              "out in the public interest or in the exercise of official authority. Where health, offending or "
              "other special category information is included the parties rely on Article 9(2)(g) or 9(2)(h) and "
              "the conditions in Schedule 1 to the Data Protection Act 2018, and for criminal offence data on "
              "Article 10 and the same Schedule."),
        ("p", "A referral under section 213B can only be made with the person's consent. Consent here is a "
              "safeguard required by the statute and the common law duty of confidence; it is not the lawful "
              "basis for processing under the UK GDPR. The parties will also act compatibly with Article 8 of the "
              "European Convention on Human Rights as given effect by the Human Rights Act 1998."),
        ("h1", "Part 5  How referrals are made"),
        ("p", "Referrals are made through the Council's online Duty to Refer form on the Council website, which "
              "delivers the referral to the Housing Options case management system over an encrypted connection. "
              "Where the form cannot be used, referrals may be emailed to the secure Housing Options mailbox from "
              "a secure government or NHS email account (for example nhs.net or gov.uk accounts)."),
        ("p", "Referrals are made as soon as the referring officer has identified the risk and obtained consent, and "
              "in any case within two working days. Hospital and prison partners should refer as early in the "
              "admission or sentence as possible so that the Council has time to prevent homelessness on "
              "discharge or release. The Council aims to contact the person within three working days."),
        ("h1", "Part 6  Keeping information safe"),
        ("p", "Each party is responsible for the security of the personal data it holds and will apply appropriate "
              "technical and organisational measures, including role-based access to case records, encryption of "
              "devices and of data in transit, and mandatory annual data protection training for staff who make or "
              "receive referrals. Referrals must not be printed unless necessary and printed copies must be "
              "stored securely and shredded when no longer needed."),
        ("h1", "Part 7  Quality of referrals"),
        ("p", "The referring officer is responsible for making sure the referral is accurate, up to date and based "
              "on information given by the person or held on the partner's own records. If a partner learns that "
              "information it has sent is wrong it will tell the Housing Options team promptly so that records can "
              "be corrected. The Council will tell the referring partner if contact details in a referral turn out "
              "to be incorrect."),
        ("h1", "Part 8  How long information is kept"),
        ("p", "The Council will keep referrals and the resulting homelessness case file for six years after the case "
              "is closed, in line with its retention schedule, and then destroy them securely. Referring partners "
              "will keep their copy of the referral in line with their own retention schedules and will not keep "
              "separate spreadsheets or logs of referrals longer than is needed for monitoring."),
        ("h1", "Part 9  Rights of the people referred"),
        ("p", "People referred are told by the referring officer what will be shared and why. Each party will deal "
              "with requests to exercise rights under the data protection legislation - including subject access, "
              "rectification, restriction and objection - for the information it holds, and will consult the "
              "other party before disclosing information that party supplied. Subject access requests received "
              "by the Council should be sent to the Council's Information Governance team."),
        ("h1", "Part 10  Security incidents"),
        ("p", "Any loss, theft or unauthorised disclosure of information shared under this agreement must be "
              "reported to the other party's information governance lead within 24 hours of discovery. The party "
              "whose staff caused the incident leads the investigation and decides, with the other party, whether "
              "the incident must be reported to the Information Commissioner's Office within 72 hours and whether "
              "the people affected must be told."),
        ("h1", "Part 11  Concerns and complaints"),
        ("p", "Complaints from members of the public about the handling of a referral are dealt with under the "
              "complaints procedure of the organisation complained about. Where a complaint concerns more than one "
              "party, the information governance leads will agree which organisation replies. Disagreements between "
              "parties about the operation of this agreement are escalated to the Housing Options Manager and the "
              "partner's lead contact."),
        ("h1", "Part 12  Commencement, review and signatures"),
        ("p", "This version takes effect from 1 April 2024 and replaces version 2.0. It will be reviewed by the date "
              "shown in the document control table, or sooner if the legislation or the statutory guidance changes. "
              "A party may withdraw by giving one month's written notice to the Council; information already shared "
              "remains subject to this agreement."),
        sig_table([["Chelmsford City Council", "Paul Devereux", "Director of Connected Chelmsford", "", "14/03/2024"],
                   ["Department for Work and Pensions", "Angela Moss", "Partnership Manager, Essex", "", "19/03/2024"],
                   ["Essex Partnership University NHS Foundation Trust", "Dr Ian Whitlock", "Caldicott Guardian", "", "21/03/2024"],
                   ["Mid and South Essex NHS Foundation Trust", "Sarah Kemble", "Director of Nursing (Broomfield)", "", "22/03/2024"],
                   ["The Probation Service, East of England region", "Marcus Bell", "Head of PDU", "", "25/03/2024"],
                   ["Essex County Council", "Helen Oduya", "Head of Information Governance", "", "26/03/2024"],
                   ["Chelmsford Housing Partnership (CHP)", "Tom Griggs", "Director of Housing", "", "27/03/2024"]]),
        ("pb",),
        ("h1", "Appendix A  Referral data items"),
        ("tbl", [["Data item", "Mandatory", "Notes"],
                 ["Full name and any previous names", "Yes", ""],
                 ["Date of birth", "Yes", ""],
                 ["Current address / last settled address", "Yes", "Include 'no fixed abode' where relevant"],
                 ["Telephone and email", "Yes", "At least one way to make contact"],
                 ["Consent confirmed", "Yes", "Referral cannot be accepted without it"],
                 ["Reason for referral and date accommodation will be lost", "Yes", ""],
                 ["Household members", "Yes", "Names and dates of birth of children"],
                 ["Support needs and risks", "Where relevant", "Only what is needed to find accommodation safely"],
                 ["Referring officer and team", "Yes", ""]], {"widths": [6, 2.5, 7]}),
        ("h1", "Appendix B  Contacts"),
        ("tbl", [["Organisation", "Contact"],
                 ["Chelmsford City Council", "Housing Options Manager; Information Governance team"],
                 ["Department for Work and Pensions", "Partnership Manager, Essex District"],
                 ["EPUT", "Head of Information Governance"],
                 ["Mid and South Essex NHS Foundation Trust", "Integrated Discharge Lead"],
                 ["The Probation Service", "Head of Chelmsford PDU"],
                 ["Essex County Council", "Information Governance Manager"],
                 ["CHP", "Tenancy Sustainment Manager"]], {"widths": [6, 9.5]}),
    ],
    "truth": {
        "title": "Duty to Refer Information Sharing Agreement",
        "purpose": A1_PURPOSE,
        "lead": {"name": "Chelmsford City Council", "org": "Chelmsford City Council"},
        "partners": [
            {"name": "Department for Work and Pensions", "org": None},
            {"name": "Essex Partnership University NHS Foundation Trust (EPUT)", "org": None},
            {"name": "Mid and South Essex NHS Foundation Trust", "org": None},
            {"name": "The Probation Service, East of England region", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Chelmsford Housing Partnership (CHP)", "org": "CHP"}],
        "statutes": [
            {"citation": "section 213B of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "section 213B"},
            {"citation": "section 10 of the Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017, "provision": "section 10"},
            {"citation": "Homelessness (Review Procedure etc.) Regulations 2018", "title": "Homelessness (Review Procedure etc.) Regulations", "year": 2018, "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None}],
        "review_date": "2025-03-31", "review_basis": "explicit", "commencement_date": "2024-04-01",
        "missing_sections": [],
    },
})

# ---------------------------------------------------------------- A2 St Mungo's outreach (charity)
A2_PURPOSE = ("We share information so that people sleeping rough in Colchester and Tendring are found "
              "quickly, offered a route off the street that fits their needs, and are not lost between "
              "services when they move between the two districts, into hospital or into custody.")
AGREEMENTS.append({
    "key": "A2", "base": "StMungos_Colchester_Tendring_Outreach_DSA",
    "outputs": [("pdf", "reportlab"), ("docx", "word")],
    "style": {"font": "Arial", "hmode": "word", "hcolour": "C0392B", "shade": "FADBD8",
              "pdf_layout": "twocol", "author": "St Mungo's Information Governance",
              "meta_title": "Outreach DSA", "different_first_page": True, "title_size": 20, "size": 10.5},
    "header": ["St Mungo's | Colchester and Tendring Outreach", "Data Sharing Agreement - version 1.3"],
    "footer": "St Mungo's is a registered charity. Not for onward circulation outside partner organisations.",
    "cover": [
        ("sp", 30), ("sub", "St Mungo's"), ("sub", "Colchester and Tendring Rough Sleeper Outreach Service"),
        ("sp", 40),
        ("title", "Rough Sleeping Outreach and"),
        ("title", "Street Count Data Sharing Agreement"),
        ("sp", 20),
        ("tbl", [["Version", "1.3"], ["Document owner", "Head of Information Governance, St Mungo's"],
                 ["Agreed by", "Outreach Partnership Board, 26 November 2024"],
                 ["Starts", "2 December 2024"], ["Next review", "November 2025"]],
         {"header": False, "keycol": True, "widths": [5, 9]}),
        ("sp", 20),
        ("p", "This agreement is led by St Mungo's, which runs the outreach service under contract to "
              "Colchester City Council and Tendring District Council. It replaces the 2022 outreach "
              "information sharing protocol."),
    ],
    "blocks": [
        ("h1", "Why we share"),
        ("p", A2_PURPOSE),
        ("p", "Outreach workers meet people at night and early in the morning, often only once. Unless the "
              "teams who can offer accommodation, health care and support know about the contact, the "
              "opportunity to help is lost. Sharing also lets the councils carry out the annual rough "
              "sleeping snapshot (the street count or estimate) without double counting."),
        ("h1", "Who is involved"),
        ("p", "The organisations signing this agreement are:"),
        ("bl", ["St Mungo's (outreach provider and lead for this agreement)",
                "Colchester City Council (Housing Solutions)",
                "Tendring District Council (Housing Options)",
                "Colchester Borough Homes (which delivers housing services for Colchester City Council)",
                "Essex Police (Colchester and Tendring Community Policing Teams)",
                "Essex Partnership University NHS Foundation Trust (community mental health and the "
                "homeless health outreach nurse)",
                "East Suffolk and North Essex NHS Foundation Trust (Colchester Hospital)"]),
        ("p", "Each organisation is a separate controller for the information it holds. Street count totals "
              "are sent to the Ministry of Housing, Communities and Local Government by the councils as "
              "figures only; no personal data is sent to the Ministry."),
        ("h1", "What we share"),
        ("p", "For each person we meet we may share:"),
        ("bl", ["name or the name they give, any known alias, and date of birth or approximate age;",
                "where and when they were seen, and whether they were bedded down;",
                "gender, nationality and immigration status where known, because these affect what "
                "accommodation and benefits can be offered;",
                "health needs, including mental health and substance use, and any immediate risk to the "
                "person or to staff;",
                "contact with other services, for example a recent hospital discharge or release from prison;",
                "the offer made and what happened next (accepted, declined, reconnected to another area)."]),
        ("p", "For the street count we share the location, time and a physical description of people seen "
              "bedded down on the count night, so that the count coordinator can remove duplicates. Names are "
              "only added where the person is already known to a partner."),
        ("h1", "Our legal grounds"),
        ("p", "The councils have duties to people who are homeless under Part 7 of the Housing Act 1996, as "
              "amended by the Homelessness Reduction Act 2017, and share information to meet them. St Mungo's "
              "shares information with the councils to deliver the outreach contract on their behalf."),
        ("p", "Under the UK GDPR the councils rely on Article 6(1)(e) (public task). St Mungo's relies on "
              "Article 6(1)(f) (legitimate interests) for its own records and on Article 6(1)(e) where it acts "
              "for the councils. Health information is shared under Article 9(2)(h) and, where someone is at "
              "risk, Article 9(2)(c) (vital interests), with the conditions in the Data Protecton Act 2018."),
        ("p", "Information about crime or risk to others may be shared with Essex Police under section 115 of "
              "the Crime and Disorder Act 1998. Where an adult at risk is identified we follow the adult "
              "safeguarding duties in section 42 of the Care Act 2014, and we assess capacity in line with the "
              "Mental Capacity Act 2005 where someone appears unable to decide about the sharing."),
        ("p", "We respect the common law duty of confidentiality and the Caldicott Principles. We ask for "
              "consent to share wherever it is safe and practical to do so, and record the answer."),
        ("h1", "How and when we share"),
        ("bl", ["Daily: the outreach shift report is uploaded to the shared case management system by 10am. "
                "Council housing officers and the health outreach nurse have named log-ins.",
                "Weekly: the rough sleeper case conference (Tuesday, Colchester; Thursday, Clacton) reviews "
                "everyone seen in the last fortnight.",
                "Urgently: by telephone, followed by a secure email, where someone is at immediate risk.",
                "Annually: the street count or estimate on a single night between 1 October and 30 November, "
                "coordinated by Colchester City Council, with a verification visit by an independent partner."]),
        ("p", "Email is only used between secure accounts (nhs.net, police secure email, council and St Mungo's "
              "accounts protected by TLS). Personal data is never put in the subject line."),
        ("h1", "Keeping it safe"),
        ("p", "Outreach staff use encrypted work phones with the case management app; no notes are kept on paper "
              "overnight. Access to the system is reviewed every quarter and removed the day a worker leaves. All "
              "partners make sure staff with access have completed data protection training in the last year."),
        ("h1", "How long we keep it"),
        ("p", "Outreach records are kept for six years after the last contact with the person and are then "
              "deleted. Street count tally sheets are destroyed once the verified figure has been submitted, and "
              "in any case by 31 March of the following year."),
        ("h1", "People's rights"),
        ("p", "People we work with are given our outreach privacy leaflet, which explains what we record and who "
              "we share it with. Anyone can ask to see the information we hold about them. Requests to St Mungo's "
              "go to its Data Protection Officer; requests to another partner are handled by that partner. "
              "Partners will help each other answer requests within one month."),
        ("h1", "If something goes wrong"),
        ("p", "A partner who discovers that information shared under this agreement has been lost, sent to the "
              "wrong person or seen by someone who should not have seen it must tell St Mungo's Information "
              "Governance team and the partner whose information it is on the same day. The partner responsible "
              "decides whether to report the incident to the Information Commissioner's Office."),
        ("h1", "Signing up and leaving"),
        ("p", "This agreement starts on 2 December 2024 and runs until it is replaced. It will be looked at again "
              "by the Outreach Partnership Board in November 2025. A partner can leave by writing to St Mungo's; "
              "information it has already received must still be handled in line with this agreement."),
        sig_table([["St Mungo's", "Jo Harland", "Director of Operations (East)", "", "26/11/2024"],
                   ["Colchester City Council", "Kevin Ashdown", "Head of Housing", "", "27/11/2024"],
                   ["Tendring District Council", "Priya Chaudhry", "Housing Needs Manager", "", "27/11/2024"],
                   ["Colchester Borough Homes", "Lucy Fenn", "Director of Housing Services", "", "28/11/2024"],
                   ["Essex Police", "Insp. Daniel Rowe", "Community Policing Team, Colchester", "", "29/11/2024"],
                   ["Essex Partnership University NHS Foundation Trust", "Mark Tilbury", "Data Protection Officer", "", "29/11/2024"],
                   ["East Suffolk and North Essex NHS Foundation Trust", "Grace Olowe", "Head of Information Governance", "", "02/12/2024"]]),
        ("h1", "Annex: street count night checklist"),
        ("tbl", [["Step", "Who", "Information recorded"],
                 ["Briefing at 22:00", "Count coordinator", "Teams and zones only"],
                 ["Zone walk", "Outreach and volunteers", "Location, time, description, bedded down yes/no"],
                 ["De-duplication", "Count coordinator with outreach lead", "Known names added where already on the system"],
                 ["Verification", "Independent verifier", "Totals only"],
                 ["Submission", "Colchester City Council", "Totals only"]], {"widths": [3, 4, 7]}),
    ],
    "truth": {
        "title": "Rough Sleeping Outreach and Street Count Data Sharing Agreement",
        "purpose": A2_PURPOSE,
        "lead": {"name": "St Mungo's", "org": None},
        "partners": [
            {"name": "Colchester City Council", "org": "Colchester Borough Council"},
            {"name": "Tendring District Council", "org": "Tendring District Council"},
            {"name": "Colchester Borough Homes", "org": "Colchester Borough Homes"},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "East Suffolk and North Essex NHS Foundation Trust", "org": None}],
        "statutes": [
            {"citation": "Part 7 of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "Part 7"},
            {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017, "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
            {"citation": "Data Protecton Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "section 42 of the Care Act 2014", "title": "Care Act", "year": 2014, "provision": "section 42"},
            {"citation": "Mental Capacity Act 2005", "title": "Mental Capacity Act", "year": 2005, "provision": None}],
        "review_date": "2025-11-30", "review_basis": "explicit", "commencement_date": "2024-12-02",
        "missing_sections": ["accuracy", "complaints"],
    },
})

# ---------------------------------------------------------------- A3 Basildon hospital discharge
A3_PURPOSE = ("The purpose of this protocol is to make sure that patients who are homeless, or who will "
              "have nowhere safe to go when they leave hospital, are identified early in their admission and "
              "referred to the right housing authority, so that a discharge destination is planned before they "
              "are medically fit and nobody is discharged to the street.")
AGREEMENTS.append({
    "key": "A3", "base": "BBC_Hospital_Discharge_Homelessness_Protocol",
    "outputs": [("docx", "word"), ("pdf", "soffice"), ("doc", "soffice")],
    "style": {"font": "Calibri", "hmode": "word", "hcolour": "00565B", "shade": "D0ECE7",
              "author": "Basildon Borough Council", "meta_title": ""},
    "header": ["Basildon Borough Council - Housing Options", "OFFICIAL"],
    "footer": "Hospital discharge protocol v1.0 (final)",
    "cover": [
        ("sp", 20), ("sub", "Basildon Borough Council"), ("sp", 10),
        ("sub", "Information Sharing Agreement"), ("sp", 14),
        ("textbox", ["Hospital Discharge Protocol for Patients who are Homeless or at Risk of Homelessness",
                     "South Essex housing authorities and NHS partners"]),
        ("sp", 30),
        ("tbl", [["Item", "Detail", "Responsible authority"],
                 ["Lead organisation", "Basildon Borough Council", "Head of Housing Options"],
                 ["Data Protection Impact Assessment", "DPIA-HO-2023-07 (approved 11/09/2023)", "Basildon Borough Council"],
                 ["Supporting operating procedure", "Hospital Housing Liaison SOP v1.0", "Mid and South Essex NHS Foundation Trust"],
                 ["Associated contract", "None - partners act under their own statutory functions", ""]],
         {"widths": [4.5, 6, 5]}),
    ],
    "blocks": [
        ("h1", "1. Purpose"),
        ("p", A3_PURPOSE),
        ("p", "Delayed discharge of homeless patients is costly for the hospital and harmful for the patient. "
              "Discharge to the street or to unsuitable accommodation often leads to readmission. The housing "
              "authorities in south Essex, the acute and mental health trusts and the integrated care board have "
              "agreed a single pathway, supported by a hospital housing liaison officer based at Basildon "
              "University Hospital."),
        ("h1", "2. Partner organisations"),
        ("tbl", [["Organisation", "Service", "ICO registration"],
                 ["Basildon Borough Council", "Housing Options", "Z5361180"],
                 ["Mid and South Essex NHS Foundation Trust (MSEFT)", "Basildon, Southend and Broomfield hospitals - discharge teams", "Z1234870"],
                 ["Essex Partnership University NHS Foundation Trust", "Mental health inpatient wards", "Z2740511"],
                 ["NHS Mid and South Essex Integrated Care Board", "Commissioner of the hospital housing liaison post", "ZB343079"],
                 ["Castle Point Borough Council", "Housing Options", "Z588703X"],
                 ["Thurrock Council", "Housing Solutions", "Z8228055"],
                 ["Southend-on-Sea City Council", "Housing Options", "Z6029331"],
                 ["Essex County Council", "Adult Social Care (hospital social work teams)", "Z2120726"]],
         {"widths": [6, 6.5, 3]}),
        ("h1", "3. Information to be shared"),
        ("p", "Ward staff will complete the Housing Status Screening Questions on admission. Where the answer "
              "indicates a housing need, the following will be shared with the housing liaison officer and the "
              "housing authority the patient chooses:"),
        ("bl", ["patient name, NHS number, date of birth and ward;",
                "the patient's last address and whether it is still available to them;",
                "the expected date of discharge and whether the patient is medically optimised;",
                "care and support needs on discharge, mobility and any equipment required;",
                "mental health, substance use and any risk to others relevant to placement;",
                "whether the patient has consented to a referral under the duty to refer."]),
        ("p", "Housing authorities will share with the ward the outcome of the referral, the accommodation "
              "offered and the date it is available, and any reason the patient cannot be accommodated."),
        ("h1", "4. Legal basis"),
        ("p", "NHS trusts are specified public authorities for the purposes of the duty to refer in section 213B "
              "Housing Act 1996 (introduced by the Homelessness Reduction Act 2017). The housing authorities act "
              "under Part 7 of the 1996 Act. The trusts share information for direct care under the National "
              "Health Service Act 2006, and section 251B of the Health and Social Care Act 2012 requires them to "
              "share information about a patient with other providers where that facilitates care and is in the "
              "patient's interests."),
        ("p", "Discharge planning for patients with care and support needs is carried out under the Care Act 2014 "
              "and the discharge arrangements introduced by the Health and Care Act 2022. Patients detained under "
              "the Mental Health Act 1983 are entitled to after-care under section 117 of that Act, which can "
              "include supported accommodation."),
        ("p", "Personal data is processed under UK GDPR Article 6(1)(e) and Article 9(2)(h), and in accordance with "
              "the Data Protection Act 2018. Earlier versions of the local pathway relied on the Schedule 2 and 3 "
              "conditions of the Data Protection Act 1998; partners should note that these references in legacy "
              "ward guidance are out of date."),
        ("p", "Health and care staff will also apply the Caldicott Principles and the common law duty of "
              "confidentiality. Consent to the housing referral is always sought; where a patient lacks capacity "
              "the decision is made in their best interests."),
        ("h1", "5. Patients' rights and transparency"),
        ("p", "Each trust's privacy notice explains that information is shared with councils to plan discharge. "
              "Patients may ask any partner for a copy of the information held about them, or for it to be "
              "corrected. Each partner answers requests for its own records."),
        ("h1", "6. Security"),
        ("p", "Referrals are sent only by nhs.net to the secure mailbox of the housing authority or through the "
              "hospital's electronic discharge system where a housing authority has access. The hospital housing "
              "liaison officer holds an honorary contract with MSEFT and accesses the patient record only for "
              "patients referred to them."),
        ("h1", "7. Method and frequency"),
        ("p", "Screening on admission; referral within 24 hours of a housing need being identified; a twice-weekly "
              "multi-disciplinary discharge huddle (Monday and Thursday) attended by the housing liaison officer; "
              "and notification to the housing authority at least 48 hours before an expected discharge date."),
        ("h1", "8. Responsibility for accuracy"),
        ("p", "The referring ward is responsible for the accuracy of clinical and discharge information; the housing "
              "authority for the accuracy of housing information. Changes to the expected discharge date must be "
              "communicated on the day they are known."),
        ("h1", "9. Complaints"),
        ("p", "Patients or families who are unhappy with the way their information has been handled may use the "
              "complaints procedure of any partner; the partner receiving a complaint will involve the others "
              "where necessary. The Patient Advice and Liaison Service (PALS) at each trust can help patients "
              "make a complaint."),
        ("h1", "10. Incidents and breaches"),
        ("p", "Incidents are reported through each partner's incident system and notified to the other partner "
              "concerned within one working day. Serious incidents are notified to the ICO within 72 hours by the "
              "partner responsible."),
        ("h1", "11. Commencement, review and signatures"),
        ("p", "This protocol commences on 1 October 2023. It will be reviewed twelve months after its commencement "
              "date by the South Essex Homelessness Health Group, or earlier if a partner requests it."),
        sig_table([["Basildon Borough Council", "Jennifer Oakes", "Head of Housing Options", "", "18/09/2023"],
                   ["Mid and South Essex NHS Foundation Trust", "Dr Anil Mehra", "Caldicott Guardian", "", "20/09/2023"],
                   ["Essex Partnership University NHS Foundation Trust", "Ruth Coyle", "Deputy Director, Inpatient Services", "", "21/09/2023"],
                   ["NHS Mid and South Essex Integrated Care Board", "Simon Treacher", "Head of Urgent and Emergency Care", "", "22/09/2023"],
                   ["Castle Point Borough Council", "Alan Pryke", "Housing Manager", "", "25/09/2023"],
                   ["Thurrock Council", "Nadia Rahman", "Strategic Lead, Housing Solutions", "", "26/09/2023"],
                   ["Southend-on-Sea City Council", "Claire Dowsett", "Group Manager, Housing Options", "", "27/09/2023"],
                   ["Essex County Council", "Peter Hanlon", "Head of Hospital Social Work", "", "28/09/2023"]]),
        ("pb",),
        ("h1", "Appendix 1 - Housing Status Screening Questions"),
        ("tbl", [["Question", "If yes"],
                 ["Do you have somewhere to live when you leave hospital?", "No further action"],
                 ["Can you return to the place you were living before admission?", "No further action"],
                 ["Is your home suitable for your needs on discharge?", "Consider OT / adaptations"],
                 ["Were you sleeping rough, sofa surfing or in temporary accommodation?", "Refer to housing liaison officer"]],
         {"widths": [10, 5.5]}),
        ("h1", "Appendix 2 - Legislation referred to"),
        ("bl", ["Housing Act 1996, Part 7 and section 213B", "Homelessness Reduction Act 2017",
                "National Health Service Act 2006", "Health and Social Care Act 2012, section 251B",
                "Care Act 2014", "Health and Care Act 2022", "Mental Health Act 1983, section 117",
                "Data Protection Act 2018 and UK GDPR", "Data Protection Act 1998 (repealed)"]),
    ],
    "truth": {
        "title": "Hospital Discharge Protocol for Patients who are Homeless or at Risk of Homelessness",
        "purpose": A3_PURPOSE,
        "lead": {"name": "Basildon Borough Council", "org": "Basildon Borough Council"},
        "partners": [
            {"name": "Mid and South Essex NHS Foundation Trust (MSEFT)", "org": None},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
            {"name": "Castle Point Borough Council", "org": "Castle Point Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Essex County Council", "org": "Essex County Council"}],
        "statutes": [
            {"citation": "section 213B Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "section 213B"},
            {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017, "provision": None},
            {"citation": "National Health Service Act 2006", "title": "National Health Service Act", "year": 2006, "provision": None},
            {"citation": "section 251B of the Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012, "provision": "section 251B"},
            {"citation": "Care Act 2014", "title": "Care Act", "year": 2014, "provision": None},
            {"citation": "Health and Care Act 2022", "title": "Health and Care Act", "year": 2022, "provision": None},
            {"citation": "Mental Health Act 1983", "title": "Mental Health Act", "year": 1983, "provision": "section 117"},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None}],
        "review_date": "2024-10-01", "review_basis": "relative", "commencement_date": "2023-10-01",
        "missing_sections": ["retention"],
    },
})

# ---------------------------------------------------------------- A4 Domestic abuse safe accommodation (no lead)
A4_PURPOSE = ("This agreement allows the partner councils, the specialist domestic abuse service and the "
              "police to share information about victims of domestic abuse and their children who need safe "
              "accommodation or a Sanctuary Scheme, so that each household is assessed once, placed safely and "
              "supported to stay safe in their new or existing home.")
AGREEMENTS.append({
    "key": "A4", "base": "West_Essex_DA_Safe_Accommodation_ISA",
    "outputs": [("pdf", "reportlab"), ("docx", "word"), ("doc", "soffice")],
    "style": {"font": "Arial", "hmode": "bold_underline", "hcolour": "4A235A", "shade": "EBDEF0",
              "pdf_layout": "boxed", "author": "West Essex Housing Partnership", "meta_title": "",
              "size": 10.5, "title_size": 18},
    "header": ["OFFICIAL - SENSITIVE", "West Essex and East Hertfordshire housing partnership"],
    "footer": "Do not copy or forward outside the signatory organisations",
    "cover": [
        ("sp", 30),
        ("title", "Information Sharing Agreement"),
        ("sp", 16),
        ("tbl", [["Agreement name", "Domestic Abuse Safe Accommodation and Sanctuary Scheme Referrals"],
                 ["Reference", "WEHP-ISA-04"], ["Version", "1.0 (final)"],
                 ["In effect from", "5 September 2022"],
                 ["Classification", "OFFICIAL - SENSITIVE"]],
         {"header": False, "keycol": True, "widths": [4.5, 11]}),
        ("sp", 16),
        ("p", "Prepared by the housing needs and information governance officers of the partner councils, "
              "with the specialist domestic abuse service and the police forces listed in section B."),
        ("tbl", [["Version", "Date", "Change"],
                 ["0.1", "June 2022", "First draft for consultation with the Domestic Abuse Partnership Board"],
                 ["0.3", "August 2022", "Police comments; Sanctuary Scheme added"],
                 ["1.0", "September 2022", "Agreed by all parties"]], {"widths": [2, 3, 10]}),
    ],
    "blocks": [
        ("h1", "A. WHAT THIS AGREEMENT IS FOR"),
        ("p", A4_PURPOSE),
        ("p", "Part 4 of the Domestic Abuse Act 2021 requires tier one authorities to assess the need for support "
              "within safe accommodation and places duties on district councils to co-operate. Households fleeing "
              "abuse often approach more than one council, and cross the Essex and Hertfordshire border to be "
              "safe. Sharing information between the parties avoids the victim having to repeat their story and "
              "makes sure the risk is known to whoever makes the placement."),
        ("h1", "B. PARTIES"),
        ("tbl", [["Party", "Represented by", "Address"],
                 ["Harlow Council", "Housing Needs Manager", "Civic Centre, Water Gardens, Harlow"],
                 ["Epping Forest District Council", "Housing Options Manager", "Civic Offices, High Street, Epping"],
                 ["Uttlesford District Council", "Housing Strategy and Operations Manager", "Council Offices, London Road, Saffron Walden"],
                 ["East Hertfordshire District Council", "Housing Needs Team Leader", "Wallfields, Pegs Lane, Hertford"],
                 ["Essex County Council", "Domestic Abuse Commissioning Lead", "County Hall, Chelmsford"],
                 ["Safer Places", "Head of Services", "Harlow"],
                 ["Essex Police", "Detective Chief Inspector, Domestic Abuse", "Chelmsford"],
                 ["Hertfordshire Constabulary", "Domestic Abuse Coordinator", "Welwyn Garden City"]],
         {"widths": [5, 5, 5.5]}),
        ("p", "All parties are independent controllers. No party is appointed to act as a processor for another."),
        ("h1", "C. INFORMATION THAT MAY BE SHARED"),
        ("bl", ["name, date of birth and contact details of the victim, and a safe way to make contact;",
                "names and dates of birth of children in the household;",
                "current address and any address that must not be disclosed;",
                "name and description of the perpetrator where needed for safety planning;",
                "DASH risk assessment score and whether the case has been referred to MARAC;",
                "accommodation history, including previous refuge placements;",
                "support needs, disabilities and language needs;",
                "the Sanctuary Scheme survey outcome and security measures installed."]),
        ("p", "The address of a refuge or other confidential accommodation is never recorded on a shared system "
              "and is given only to those who need it to deliver the placement."),
        ("h1", "D. LEGAL FRAMEWORK"),
        ("p", "The councils share information in carrying out their functions under Part 7 of the Housing Act 1996 "
              "and Part 4 of the Domestic Abuse Act 2021 (including section 57, the duty to give support to "
              "victims in safe accommodation). Information about the perpetrator may be shared with the police "
              "under section 115 of the Crime and Disorder Act 1998 and to prevent offences under the Protection "
              "from Harassment Act 1997."),
        ("p", "Sharing must respect the right to private and family life in Article 8 of the Human Rights Act 1998, "
              "but may be justified to protect the rights and safety of the victim and children. Under the Data "
              "Protection Act 2018 the parties process special category and criminal offence data under the "
              "substantial public interest conditions for statutory purposes and safeguarding. The parties will "
              "also have regard to their duties under the Equalities Act 2010, in particular for victims with "
              "protected characteristics."),
        ("p", "Consent will be sought from the victim before any referral, except where seeking consent would put "
              "the victim or a child at greater risk."),
        ("h1", "E. HOW INFORMATION WILL BE EXCHANGED"),
        ("p", "Referrals use the West Essex Safe Accommodation Referral Form, sent by secure email (Egress or "
              "gov.uk to gov.uk accounts). Urgent referrals out of hours go through the councils' emergency "
              "duty officers by telephone, followed by the form the next working day. Monthly, Safer Places sends "
              "the councils a list of households in its accommodation who are ready to move on."),
        ("h1", "F. KEEPING INFORMATION SECURE"),
        ("p", "Each party restricts access to domestic abuse case records to named officers. Records are flagged "
              "on housing systems so that addresses are not disclosed to callers. Devices are encrypted. Paper "
              "referral forms are not used."),
        ("h1", "G. QUALITY OF INFORMATION"),
        ("p", "The referring party checks the information with the victim before it is sent and marks anything "
              "that is uncertain. Risk scores must be dated. Changes in risk are passed on the same day."),
        ("h1", "H. RETENTION AND DISPOSAL"),
        ("p", "Housing case records are kept for six years after the case is closed. Safer Places keeps client "
              "records for six years after support ends. Police records are kept in line with Management of "
              "Police Information guidance. Referral emails are deleted from mailboxes once saved to the case "
              "record."),
        ("h1", "I. INCIDENTS"),
        ("p", "A disclosure of a victim's location is treated as a critical incident. The party that discovers it "
              "informs the victim's support worker and the police immediately so that a safety plan can be put "
              "in place, and then reports it through its data breach procedure, including to the ICO where the "
              "legal threshold is met."),
        ("h1", "J. AGREEMENT"),
        ("p", "This agreement has been in effect from 5 September 2022. It will remain in place while the safe "
              "accommodation arrangements continue. A party may end its participation by writing to the other "
              "parties; it must continue to protect information already received."),
        sig_table([["Harlow Council", "Andrea Collins", "Head of Housing", "", "30/08/2022"],
                   ["Epping Forest District Council", "Martin Yeo", "Service Director, Housing", "", "31/08/2022"],
                   ["Uttlesford District Council", "Fiona Marsh", "Assistant Director, Housing", "", "31/08/2022"],
                   ["East Hertfordshire District Council", "Owen Price", "Head of Housing and Health", "", "01/09/2022"],
                   ["Essex County Council", "Lorraine Butt", "Head of Commissioning, Community Safety", "", "01/09/2022"],
                   ["Safer Places", "Janet Wiley", "Chief Executive", "", "02/09/2022"],
                   ["Essex Police", "DCI Sam Howard", "Domestic Abuse Lead", "", "02/09/2022"],
                   ["Hertfordshire Constabulary", "Supt. Karen Ellis", "Head of Safeguarding", "", "05/09/2022"]]),
        ("h1", "ANNEX - REFERRAL FORM FIELDS"),
        ("tbl", [["Section", "Fields"],
                 ["1 Victim", "Name, DOB, safe contact number, safe times to call, language"],
                 ["2 Children", "Names, DOBs, schools (for safeguarding only)"],
                 ["3 Risk", "DASH score and date, MARAC date, police reference"],
                 ["4 Accommodation", "Current address (if safe to record), areas to avoid"],
                 ["5 Sanctuary", "Survey required yes/no, landlord consent, measures installed"]], {"widths": [4, 11.5]}),
    ],
    "truth": {
        "title": "Domestic Abuse Safe Accommodation and Sanctuary Scheme Referrals",
        "purpose": A4_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "Harlow Council", "org": "Harlow District Council"},
            {"name": "Epping Forest District Council", "org": "Epping Forest District Council"},
            {"name": "Uttlesford District Council", "org": "Uttlesford District Council"},
            {"name": "East Hertfordshire District Council", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Safer Places", "org": "Safer Places"},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Hertfordshire Constabulary", "org": None}],
        "statutes": [
            {"citation": "Part 4 of the Domestic Abuse Act 2021", "title": "Domestic Abuse Act", "year": 2021, "provision": "Part 4"},
            {"citation": "Part 7 of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "Part 7"},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Protection from Harassment Act 1997", "title": "Protection from Harassment Act", "year": 1997, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "Equalities Act 2010", "title": "Equality Act", "year": 2010, "provision": None}],
        "review_date": None, "review_basis": "none", "commencement_date": "2022-09-05",
        "missing_sections": ["individual_rights", "complaints"],
    },
})

# ---------------------------------------------------------------- A5 Greenfields housing-related support (legacy)
A5_PURPOSE = ("To enable Greenfields Community Housing and its partners to exchange the personal information "
              "needed to refer, assess and support vulnerable adults who need housing-related support to obtain "
              "or keep a tenancy in the Braintree district, and to monitor the outcomes of that support.")
AGREEMENTS.append({
    "key": "A5", "base": "Greenfields_HRS_Floating_Support_ISP_2018",
    "outputs": [("docx", "word"), ("pdf", "soffice")],
    "style": {"font": "Times", "hmode": "bold", "hcolour": "1E8449", "shade": "D5F5E3",
              "author": "Greenfields Data Protection", "meta_title": "Floating Support ISP",
              "size": 11, "cover_center": False, "title_size": 20},
    "header": ["Greenfields Community Housing", "Information Sharing Protocol"],
    "footer": "Greenfields Community Housing - Data Protection - RESTRICTED",
    "cover": [
        ("sp", 20),
        ("title", "Floating Support and Housing-Related Support Information Sharing Protocol"),
        ("sp", 14),
        ("tbl", [["Owner", "Greenfields Community Housing"],
                 ["Author", "Data Protection Lead, Governance and Compliance"],
                 ["Approved by", "Executive Director of Customer Services"],
                 ["Version", "1.2"], ["Date issued", "15/01/2018"],
                 ["Review due", "Jan-2021"],
                 ["Distribution", "Signatory partners; Greenfields intranet (policies library)"]],
         {"header": False, "keycol": True, "widths": [4, 11]}),
        ("sp", 12),
        ("tbl", [["Version", "Date", "Reason"],
                 ["1.0", "03/2016", "New protocol for Braintree floating support contract"],
                 ["1.1", "06/2017", "Addition of One Support as sub-contractor"],
                 ["1.2", "01/2018", "Annual refresh; retention periods revised"]], {"widths": [2, 2.5, 11]}),
    ],
    "blocks": [
        ("h1", "1. PURPOSE OF THE PROTOCOL"),
        ("p", A5_PURPOSE),
        ("p", "Housing-related support is short-term help, usually for up to two years, for people at risk of "
              "losing their home or who are moving on from hostels and supported housing. The service is "
              "commissioned by Essex County Council and delivered in the Braintree district by Greenfields "
              "Community Housing with One Support. Referrals come from the district council's housing options "
              "team, health, probation and other agencies."),
        ("h1", "2. ORGANISATIONS SIGNED UP TO THE PROTOCOL"),
        ("bl", ["Greenfields Community Housing (owner of this protocol)", "Braintree District Council",
                "Essex County Council", "One Support", "Mid Essex Clinical Commissioning Group",
                "Essex Community Rehabilitation Company"]),
        ("h1", "3. INFORMATION TO BE SHARED"),
        ("p", "The referral and support plan record the following, which may be shared between the organisations "
              "above where it is relevant to the person's support:"),
        ("bl", ["personal details: name, date of birth, National Insurance number, address and contact details;",
                "housing history, tenancy details and rent arrears;",
                "income, benefits and debts;",
                "physical and mental health needs and medication relevant to managing a tenancy;",
                "offending history and any risk to staff or neighbours;",
                "the support plan, goals and progress reviews;",
                "outcome information for contract monitoring (anonymised where possible)."]),
        ("h1", "4. LEGAL BASIS FOR SHARING"),
        ("p", "Essex County Council commissions housing-related support as part of its duty under section 2 of the "
              "Care Act 2014 to provide or arrange services that prevent, reduce or delay needs for care and "
              "support. Braintree District Council shares information under its homelessness functions in the "
              "Housing Act 1996 and its homelessness strategy under the Homelessness Act 2002."),
        ("p", "Personal data will be processed in line with the Data Protection Act 1998. Sharing will meet at "
              "least one condition in Schedule 2 of the Act and, for sensitive personal data such as health and "
              "offending information, at least one condition in Schedule 3. In most cases the person's explicit "
              "consent will be obtained on the referral form. Without consent, information may be shared where "
              "necessary to prevent crime under section 115 of the Crime and Disorder Act 1998, or to protect the "
              "vital interests of the person."),
        ("p", "Partners will act in a way that is compatible with the Human Rights Act 1998, and in particular "
              "will consider whether each disclosure is necessary and proportionate."),
        ("h1", "5. HOW INFORMATION WILL BE SHARED AND HOW OFTEN"),
        ("p", "Referrals are made on the Essex Housing-Related Support referral form by secure email to the "
              "Greenfields Support Hub. Greenfields reports quarterly to Essex County Council on numbers supported "
              "and outcomes, using the county's monitoring template. Case discussions with probation and health "
              "take place as needed, and at monthly case review meetings."),
        ("h1", "6. SECURITY"),
        ("p", "Information will be held on the Greenfields support case management system, to which only support "
              "staff and managers have access. Emails containing personal information must be sent using secure "
              "email (GCSX, nhs.net or encrypted email). Laptops are encrypted and staff must not use personal "
              "devices or removable media."),
        ("h1", "7. RETENTION"),
        ("p", "Support records are kept for six years from the end of support and are then destroyed. Monitoring "
              "returns held by Essex County Council are kept for the life of the contract plus six years."),
        ("h1", "8. DATA QUALITY"),
        ("p", "The organisation making a referral is responsible for making sure the information is accurate and "
              "up to date. Support workers will check details with the customer at the first visit and at each "
              "review, and will tell the referrer about any changes."),
        ("h1", "9. COMPLAINTS"),
        ("p", "Any complaint about the sharing of information will be handled through the complaints procedure of "
              "the organisation concerned. Greenfields' complaints are handled by the Customer Resolution team, "
              "with a right to refer to the Housing Ombudsman."),
        ("h1", "10. SIGNATURES"),
        ("p", "This protocol commences on 15 January 2018. It replaces version 1.1. Partners may withdraw by "
              "giving 30 days' written notice to the owner."),
        sig_table([["Greenfields Community Housing", "Rachel Gooding", "Executive Director of Customer Services", "", "15/01/2018"],
                   ["Braintree District Council", "Cherie Root", "Housing Services Manager", "", "17/01/2018"],
                   ["Essex County Council", "Duncan Lowe", "Commissioning Manager, Housing-Related Support", "", "19/01/2018"],
                   ["One Support", "Beverley Stokes", "Operations Manager", "", "22/01/2018"],
                   ["Mid Essex Clinical Commissioning Group", "Mark Keating", "Head of Information Governance", "", "24/01/2018"],
                   ["Essex Community Rehabilitation Company", "Hugh Lennard", "Head of Service, Mid Essex", "", "25/01/2018"]]),
        ("h1", "APPENDIX 1 - REFERRAL ROUTES"),
        ("tbl", [["Referrer", "Route", "Typical information"],
                 ["Braintree District Council", "Housing Options caseworker", "Homelessness assessment summary"],
                 ["Mid Essex CCG commissioned services", "GP or community mental health team", "Health needs relevant to tenancy"],
                 ["Essex CRC", "Offender manager", "Licence conditions, risk summary"],
                 ["Self / family", "Telephone or online form", "Personal details only"]], {"widths": [5, 5, 5.5]}),
    ],
    "truth": {
        "title": "Floating Support and Housing-Related Support Information Sharing Protocol",
        "purpose": A5_PURPOSE,
        "lead": {"name": "Greenfields Community Housing", "org": "Greenfields Community Housing"},
        "partners": [
            {"name": "Braintree District Council", "org": "Braintree District Council"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "One Support", "org": "One Support"},
            {"name": "Mid Essex Clinical Commissioning Group", "org": "Mid Essex Clinical Commissioning Group"},
            {"name": "Essex Community Rehabilitation Company", "org": "Essex Community Rehabilitation Company"}],
        "statutes": [
            {"citation": "section 2 of the Care Act 2014", "title": "Care Act", "year": 2014, "provision": "section 2"},
            {"citation": "Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": None},
            {"citation": "Homelessness Act 2002", "title": "Homelessness Act", "year": 2002, "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None}],
        "review_date": "2021-01-31", "review_basis": "explicit", "commencement_date": "2018-01-15",
        "missing_sections": ["individual_rights", "breach"],
    },
})

# ---------------------------------------------------------------- A6 L&Q anti-social behaviour
A6_PURPOSE = ("L&Q and the partner agencies share information about reports of anti-social behaviour on "
              "and around L&Q homes so that incidents can be investigated, victims and witnesses protected, "
              "and proportionate action taken against perpetrators, from early warnings and acceptable "
              "behaviour agreements to injunctions and possession proceedings.")
AGREEMENTS.append({
    "key": "A6", "base": "LQ_ASB_Case_Management_ISA_2024",
    "outputs": [("pdf", "reportlab"), ("docx", "word")],
    "style": {"font": "Arial", "hmode": "word", "hcolour": "B03A2E", "shade": "F5B7B1",
              "pdf_layout": "running", "author": "L&Q Data Protection", "meta_title": "",
              "size": 10.5, "title_size": 20},
    "header": ["L&Q | Neighbourhood Services", "ISA ref. NS-ASB-2024-02 | OFFICIAL"],
    "footer": "London and Quadrant Housing Trust",
    "cover": [
        ("sp", 40),
        ("sub", "INFORMATION SHARING AGREEMENT"),
        ("sp", 8),
        ("title", "ANTI-SOCIAL BEHAVIOUR CASE MANAGEMENT"),
        ("sub", "Havering, Barking and Dagenham and Thurrock neighbourhoods"),
        ("sp", 30),
        ("tbl", [["Lead agency", "London and Quadrant Housing Trust (L&Q)"],
                 ["Prepared by", "Data Protection Lead, L&Q Governance"],
                 ["Approved", "Neighbourhood Services Director, 20 June 2024"],
                 ["Effective", "1 July 2024"],
                 ["Version", "2.0"]], {"header": False, "keycol": True, "widths": [4, 11]}),
    ],
    "blocks": [
        ("h1", "1 INTRODUCTION"),
        ("p", A6_PURPOSE),
        ("p", "L&Q is a registered provider of social housing with homes in east London and south Essex. "
              "Anti-social behaviour is rarely a housing matter alone: the same households are often known to the "
              "council's community safety team, the police and mental health services. This agreement sets out "
              "the rules each party follows when it shares case information about anti-social behaviour."),
        ("h1", "2 PARTIES TO THIS AGREEMENT"),
        ("tbl", [["Party", "Function"],
                 ["London and Quadrant Housing Trust (L&Q)", "Landlord; lead agency"],
                 ["London Borough of Havering", "Community safety and ASB team; housing"],
                 ["London Borough of Barking and Dagenham", "Community safety and enforcement"],
                 ["Thurrock Council", "Community safety partnership; housing"],
                 ["Metropolitan Police Service", "East Area Basic Command Unit"],
                 ["Essex Police", "Thurrock Community Policing Team"],
                 ["North East London NHS Foundation Trust (NELFT)", "Community mental health teams"]],
         {"widths": [7, 8.5]}),
        ("h1", "3 INFORMATION COVERED"),
        ("bl", ["details of the complainant, victim and witnesses, including any vulnerability;",
                "details of the alleged perpetrator and household members;",
                "incident reports, diary sheets, noise recordings and photographs;",
                "police incident and crime reference numbers and relevant convictions;",
                "tenancy details, previous warnings and enforcement action taken;",
                "mental health or substance use information where it explains behaviour or affects the "
                "choice of action, shared only with the person's agreement or where a risk of serious harm exists."]),
        ("h1", "4 LEGAL BASIS"),
        ("p", "Landlords, councils and the police may apply for civil injunctions under section 1 of the "
              "Anti-social Behaviour, Crime and Policing Act 2014, and the same Act provides the community "
              "trigger and closure powers. L&Q may seek possession on the anti-social behaviour grounds in the "
              "Housing Act 1988 (assured tenancies) and, for transferred secure tenancies, the Housing Act 1985. "
              "Registered providers may also use the powers in the Anti-social Behaviour Act 2003 to publish "
              "policies and procedures on anti-social behaviour."),
        ("p", "L&Q, as a registered social landlord, is a relevant authority for the purposes of information "
              "sharing under section 115 of the Crime & Disorder Act 1998, which permits disclosure to the police, "
              "councils and other relevant authorities where necessary for the reduction of crime and disorder."),
        ("p", "Under the Data Protection Act 2018 and the UK GDPR, L&Q relies on legitimate interests and the "
              "councils and police on public task. Criminal offence data is processed under the conditions in "
              "Schedule 1 to the 2018 Act. All parties must consider Article 8 of the Human Rights Act 1998 "
              "before disclosure."),
        ("h1", "5 SECURITY"),
        ("p", "Case information is held only on each party's case management system (L&Q: the ASB module of the "
              "housing management system). Access is limited to officers working on the case and their managers. "
              "Information received from another party must not be passed to a third party without that party's "
              "agreement, and must never be disclosed to the alleged perpetrator in a way that identifies a "
              "witness."),
        ("h1", "6 ACCURACY"),
        ("p", "Parties will distinguish between fact, allegation and opinion when recording and sharing "
              "information, and will date every entry. Information found to be wrong will be corrected on the "
              "recipient's records when the sending party gives notice."),
        ("h1", "7 RETENTION"),
        ("p", "L&Q keeps ASB case files for six years after closure, or for the length of any injunction or order "
              "plus six years if longer. Other parties apply their own retention schedules."),
        ("h1", "8 RIGHTS OF INDIVIDUALS"),
        ("p", "Before responding to a subject access request that includes information from another party, the "
              "receiving party will consult that party. Witness details may be withheld where disclosure would "
              "put the witness at risk, using the exemptions in the Data Protection Act 2018."),
        ("h1", "9 COMPLAINTS AND DISPUTES"),
        ("p", "Residents who are unhappy with how their information has been used may complain to the party "
              "concerned; L&Q residents may then refer to the Housing Ombudsman. Disputes between parties are "
              "resolved by the ASB leads, escalating to L&Q's Data Protection Officer."),
        ("h1", "10 DATA BREACHES"),
        ("p", "Any suspected breach involving information shared under this agreement must be reported to L&Q's "
              "Data Protection Officer and the other party's data protection lead within 24 hours. Where a "
              "witness's identity may have been disclosed, the police will be informed immediately."),
        ("h1", "11 REVIEW AND SIGN-OFF"),
        ("p", "This agreement is effective from 1 July 2024. It will be formally reviewed by 30 June 2025 and then "
              "every two years, or earlier following a serious incident or a change in the law."),
        sig_table([["London and Quadrant Housing Trust (L&Q)", "Dawn Osei", "Director, Neighbourhood Services", "", "20/06/2024"],
                   ["London Borough of Havering", "Gareth Lyle", "Head of Community Safety", "", "24/06/2024"],
                   ["London Borough of Barking and Dagenham", "Ayesha Begum", "Enforcement Operations Manager", "", "24/06/2024"],
                   ["Thurrock Council", "Neil Rawlings", "Community Safety Partnership Manager", "", "25/06/2024"],
                   ["Metropolitan Police Service", "Ch. Insp. Tom Kerr", "East Area BCU Neighbourhoods", "", "26/06/2024"],
                   ["Essex Police", "Insp. Laura Finch", "Thurrock CPT", "", "27/06/2024"],
                   ["North East London NHS Foundation Trust (NELFT)", "Dr Femi Ajayi", "Caldicott Guardian", "", "28/06/2024"]]),
        ("h1", "APPENDIX - LEGISLATION"),
        ("tbl", [["Legislation", "Relevance"],
                 ["Anti-social Behaviour, Crime and Policing Act 2014", "Civil injunctions, community trigger, closure orders"],
                 ["Housing Act 1985 / Housing Act 1988", "Possession grounds"],
                 ["Anti-social Behaviour Act 2003", "Landlord ASB policies"],
                 ["Crime & Disorder Act 1998, s.115", "Disclosure to relevant authorities"],
                 ["Data Protection Act 2018; UK GDPR", "Lawful processing"],
                 ["Human Rights Act 1998", "Article 8"]], {"widths": [7, 8.5]}),
    ],
    "truth": {
        "title": "ANTI-SOCIAL BEHAVIOUR CASE MANAGEMENT",
        "purpose": A6_PURPOSE,
        "lead": {"name": "London and Quadrant Housing Trust (L&Q)", "org": "London and Quadrant"},
        "partners": [
            {"name": "London Borough of Havering", "org": None},
            {"name": "London Borough of Barking and Dagenham", "org": None},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Metropolitan Police Service", "org": None},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "North East London NHS Foundation Trust (NELFT)", "org": "North East London NHS Foundation Trust"}],
        "statutes": [
            {"citation": "section 1 of the Anti-social Behaviour, Crime and Policing Act 2014", "title": "Anti-social Behaviour, Crime and Policing Act", "year": 2014, "provision": "section 1"},
            {"citation": "Housing Act 1988", "title": "Housing Act", "year": 1988, "provision": None},
            {"citation": "Housing Act 1985", "title": "Housing Act", "year": 1985, "provision": None},
            {"citation": "Anti-social Behaviour Act 2003", "title": "Anti-social Behaviour Act", "year": 2003, "provision": None},
            {"citation": "section 115 of the Crime & Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None}],
        "review_date": "2025-06-30", "review_basis": "explicit", "commencement_date": "2024-07-01",
        "missing_sections": ["format_frequency"],
    },
})

# ---------------------------------------------------------------- A7 Tendring tenancy fraud
A7_PURPOSE = ("This agreement enables the partners to share information to prevent, detect and investigate "
              "social housing fraud - unlawful subletting, obtaining a tenancy or a right to buy discount by "
              "deception, and key selling - so that social homes in north east Essex are lived in by the "
              "households entitled to them.")
AGREEMENTS.append({
    "key": "A7", "base": "TDC_Tenancy_Fraud_ISA",
    "outputs": [("docx", "word"), ("pdf", "soffice"), ("doc", "soffice")],
    "style": {"font": "Arial", "hmode": "bold", "hcolour": "1B4F72", "shade": "D6EAF8",
              "author": "Tendring District Council", "meta_title": "Tenancy Fraud ISA",
              "size": 10.5, "title_size": 24},
    "header": ["Tendring District Council", "Corporate Fraud and Housing Services"],
    "footer": "TDC-IG-ISA-017",
    "cover": [
        ("sp", 50),
        ("sub", "Information Sharing Agreement"),
        ("title", "Tenancy Fraud Prevention and Investigation"),
        ("sp", 30),
        ("tbl", [["Document reference", "TDC-IG-ISA-017"],
                 ["Version", "1.1"],
                 ["Effective date", "01/11/2022"],
                 ["Review Date", "31/10/2024"],
                 ["Approved by", "Corporate Information Governance Group"],
                 ["Document author", "Information Governance Officer (Housing)"]],
         {"header": False, "keycol": True, "widths": [5, 10]}),
        ("sp", 20),
        ("p", "Data controller publishing this agreement: Tendring District Council, Town Hall, Station Road, "
              "Clacton-on-Sea. ICO registration Z577148X."),
    ],
    "blocks": [
        ("h1", "1. Introduction"),
        ("p", A7_PURPOSE),
        ("p", "Tendring District Council owns around 3,000 homes and works with registered providers who own "
              "homes in the district and in neighbouring Colchester. Fraud investigations need information held "
              "by more than one landlord and by public bodies such as the Department for Work and Pensions."),
        ("h1", "2. Partners"),
        ("tbl", [["Partner", "Type", "Contact"],
                 ["Tendring District Council", "Local housing authority and landlord", "Corporate Fraud Manager"],
                 ["Colchester City Council", "Local housing authority", "Housing Solutions Manager"],
                 ["Colchester Borough Homes", "Arm's length management organisation", "Tenancy Services Manager"],
                 ["Sanctuary Housing Association", "Registered provider", "Tenancy Fraud Investigator"],
                 ["Colne Housing Society", "Registered provider", "Head of Housing"],
                 ["Department for Work and Pensions", "Government department (Counter Fraud and Compliance Directorate)", "Local Authority Liaison Officer"],
                 ["Essex Police", "Police", "Economic Crime Unit"]],
         {"widths": [5, 6, 4.5]}),
        ("h1", "3. Data to be shared"),
        ("bl", ["tenant and household names, dates of birth and National Insurance numbers;",
                "tenancy start date, property address and tenancy history;",
                "housing register applications and supporting evidence;",
                "right to buy applications;",
                "council tax, electoral register and housing benefit or universal credit housing costs data "
                "relevant to occupation of the property;",
                "intelligence from neighbours and staff about occupation of the property;",
                "outcomes of investigations, prosecutions and recovered properties (for reporting)."]),
        ("h1", "4. Legal basis"),
        ("p", "The Social Housing Fraud Act 2013 created the offences of unlawful subletting and allows local "
              "authorities to prosecute them and seek unlawful profit orders. The Prevention of Social Housing "
              "Fraud (Power to Require Information) (England) Regulations 2014 allow authorised officers to "
              "require information from banks, utilities and others. Other offences may be investigated under "
              "the Fraud Act 2006, and the Council may bring proceedings under section 222 of the Local "
              "Government Act 1972. Investigations follow the Criminal Procedure and Investigations Act 1996."),
        ("p", "Tenancy conditions are enforced under the Housing Act 1985 for secure tenancies. The Council also "
              "takes part in the National Fraud Initiative under Part 6 of the Local Audit and Accountability "
              "Act 2014."),
        ("p", "Disclosures for the prevention and detection of crime are made under the crime and taxation "
              "exemption in the Data Protection Act 2018. The public authority partners rely on public task under "
              "UK GDPR Article 6(1)(e); registered providers on legitimate interests."),
        ("h1", "5. Sharing arrangements"),
        ("p", "Requests for information are made on the standard Tenancy Fraud Information Request form, signed "
              "by an authorised investigator and countersigned by a manager, and sent by secure email. Replies "
              "are due within ten working days. Data matching exercises are carried out twice a year on encrypted "
              "files transferred by secure file transfer."),
        ("h1", "6. Security of information"),
        ("p", "Investigation files are stored in the restricted Corporate Fraud area of the Council's network. "
              "Partners must hold information received under this agreement with equivalent controls, including "
              "restricted access and audit trails."),
        ("h1", "7. Data quality"),
        ("p", "Partners will make sure that information supplied is accurate and taken from their systems of "
              "record. Intelligence that has not been verified must be marked as such."),
        ("h1", "8. Retention"),
        ("p", "Investigation files are retained for six years after the case closes or, where there is a "
              "prosecution, six years after the conclusion of proceedings. Data matching files are deleted within "
              "three months of the match being processed."),
        ("h1", "9. Rights of data subjects"),
        ("p", "Data subjects may request access to their information. Information held for an ongoing "
              "investigation may be withheld where disclosure would prejudice the investigation. Each partner "
              "responds to requests for the information it holds."),
        ("h1", "10. Commencement, termination and signatures"),
        ("p", "This agreement is effective from 1 November 2022 and will be reviewed by the date in the document "
              "control table. Any partner may terminate its participation on one month's notice."),
        sig_table([["Tendring District Council", "Julian Rees", "Head of Housing and Environment", "", "20/10/2022"],
                   ["Colchester City Council", "Mandy Hollis", "Head of Housing Solutions", "", "24/10/2022"],
                   ["Colchester Borough Homes", "Stuart Nye", "Director of Operations", "", "24/10/2022"],
                   ["Sanctuary Housing Association", "Kirsty Haynes", "Regional Director", "", "26/10/2022"],
                   ["Colne Housing Society", "Peter Ash", "Chief Executive", "", "27/10/2022"],
                   ["Department for Work and Pensions", "Liam O'Rourke", "Senior Investigations Leader", "", "28/10/2022"],
                   ["Essex Police", "DI Jane Moss", "Economic Crime Unit", "", "31/10/2022"]]),
        ("h1", "Appendix A - Request form fields"),
        ("tbl", [["Field", "Description"],
                 ["Requesting partner and officer", "Authorised investigator name and ID"],
                 ["Subject", "Name, DOB, address"],
                 ["Reason", "Offence suspected and why the information is needed"],
                 ["Information requested", "Specific items only"],
                 ["Authorisation", "Manager's name, post and date"]], {"widths": [6, 9.5]}),
    ],
    "truth": {
        "title": "Tenancy Fraud Prevention and Investigation",
        "purpose": A7_PURPOSE,
        "lead": {"name": "Tendring District Council", "org": "Tendring District Council"},
        "partners": [
            {"name": "Colchester City Council", "org": "Colchester Borough Council"},
            {"name": "Colchester Borough Homes", "org": "Colchester Borough Homes"},
            {"name": "Sanctuary Housing Association", "org": "Sanctuary Housing"},
            {"name": "Colne Housing Society", "org": "Colne Housing"},
            {"name": "Department for Work and Pensions", "org": None},
            {"name": "Essex Police", "org": "Essex Police"}],
        "statutes": [
            {"citation": "Social Housing Fraud Act 2013", "title": "Prevention of Social Housing Fraud Act", "year": 2013, "provision": None},
            {"citation": "Prevention of Social Housing Fraud (Power to Require Information) (England) Regulations 2014", "title": "Prevention of Social Housing Fraud (Power to Require Information) (England) Regulations", "year": 2014, "provision": None},
            {"citation": "Fraud Act 2006", "title": "Fraud Act", "year": 2006, "provision": None},
            {"citation": "section 222 of the Local Government Act 1972", "title": "Local Government Act", "year": 1972, "provision": "section 222"},
            {"citation": "Criminal Procedure and Investigations Act 1996", "title": "Criminal Procedure and Investigations Act", "year": 1996, "provision": None},
            {"citation": "Housing Act 1985", "title": "Housing Act", "year": 1985, "provision": None},
            {"citation": "Part 6 of the Local Audit and Accountability Act 2014", "title": "Local Audit and Accountability Act", "year": 2014, "provision": "Part 6"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None}],
        "review_date": "2024-10-31", "review_basis": "explicit", "commencement_date": "2022-11-01",
        "missing_sections": ["breach", "complaints"],
    },
})

# ---------------------------------------------------------------- A8 Southend prison release
A8_PURPOSE = ("The aim of this agreement is to reduce the number of people released from custody to south "
              "Essex with no settled accommodation, by making sure that the prison, the Probation Service and "
              "the housing authority share what they know about a prisoner's housing position and risks early "
              "enough for accommodation to be secured before the release date.")
AGREEMENTS.append({
    "key": "A8", "base": "SCC_Prison_Leavers_Accommodation_ISA",
    "outputs": [("pdf", "reportlab"), ("docx", "word")],
    "style": {"font": "Arial", "hmode": "word", "hcolour": "154360", "shade": "D4E6F1",
              "pdf_layout": "boxed", "author": "Southend-on-Sea City Council", "meta_title": "",
              "size": 10, "title_size": 17, "header_right": True},
    "header": ["Southend-on-Sea City Council | Housing Solutions", "Information Sharing Agreement - OFFICIAL"],
    "footer": "Accommodation pathway for people leaving custody",
    "cover": [
        ("sp", 20),
        ("sub", "Southend-on-Sea City Council"),
        ("sp", 10),
        ("tbl", [["Title of agreement", "Accommodation Pathway for People Leaving Custody"],
                 ["Lead partner", "Southend-on-Sea City Council (Housing Solutions)"],
                 ["Author", "Information Governance Officer, Housing and Social Investment"],
                 ["Version", "1.0"],
                 ["DPIA reference", "SCC-DPIA-0412"],
                 ["Approved by", "Director of Housing and Social Investment"]],
         {"header": False, "keycol": True, "widths": [4.5, 11]}),
        ("sp", 14),
        ("h2", "Document history"),
        ("tbl", [["Version", "Date", "Author", "Comment"],
                 ["0.1", "October 2023", "IG Officer", "Draft for Reducing Reoffending Board"],
                 ["0.2", "December 2023", "IG Officer", "Comments from HMP Chelmsford and Probation"],
                 ["1.0", "February 2024", "IG Officer", "Final for signature"]], {"widths": [2, 3, 3, 7.5]}),
    ],
    "blocks": [
        ("h1", "Section 1: Aim of the agreement"),
        ("p", A8_PURPOSE),
        ("p", "People who leave prison without somewhere to live are far more likely to reoffend. Prisons and the "
              "Probation Service are subject to the duty to refer, and the Probation Service commissions "
              "temporary accommodation for some prison leavers, but referrals often arrive close to the release "
              "date. This agreement sets out a pathway starting twelve weeks before release."),
        ("h1", "Section 2: Who the agreement is between"),
        ("p", "This agreement is led by Southend-on-Sea City Council and is made between the following parties:"),
        ("tbl", [["Party", "Role"],
                 ["Southend-on-Sea City Council", "Local housing authority; lead partner"],
                 ["The Probation Service (East of England region)", "Pre-release and community offender management"],
                 ["HMP Chelmsford", "Resettlement and pre-release team"],
                 ["South Essex Homes", "Manages council housing and temporary accommodation for the City Council"],
                 ["Rochford District Council", "Local housing authority"],
                 ["Castle Point Borough Council", "Local housing authority"],
                 ["Essex Police", "Integrated Offender Management"]], {"widths": [6.5, 9]}),
        ("h1", "Section 3: Information we will share"),
        ("bl", ["name, date of birth, prison number and PNC number;",
                "expected release date, release type (licence, home detention curfew, end of sentence) and any "
                "licence conditions affecting where the person may live, such as exclusion zones;",
                "last settled address and local connection;",
                "risk of serious harm level and MAPPA category where relevant;",
                "support needs, including health, substance misuse and care leaver status;",
                "the housing authority's decision on the referral and the accommodation offered."]),
        ("h1", "Section 4: Lawful basis"),
        ("p", "Prisons and the Probation Service refer under section 213B of the Housing Act 1996 as inserted by the "
              "Homelessness Reduction Act 2017. The Probation Service supervises people on licence under the "
              "Criminal Justice Act 2003 and the Offender Rehabilitation Act 2014. The responsible authorities for "
              "MAPPA must co-operate under section 325 of the Criminal Justice Act 2003, and housing authorities and "
              "registered providers are duty to co-operate agencies."),
        ("p", "Information relevant to reducing reoffending may be disclosed to relevant authorities under section "
              "115 of the Crime & Disorder Act 1998. The parties process personal and criminal offence data under "
              "Article 6(1)(e) and Article 10 of the UK GDPR with the conditions in the Data Protection Act 2018, "
              "and will act compatibly with the Human Rights Act 1998."),
        ("h1", "Section 5: How and when we share"),
        ("bl", ["12 weeks before release: the prison resettlement team completes the duty to refer with the prisoner's "
                "consent and sends it to the council chosen by the prisoner.",
                "8 weeks: the housing authority contacts the prisoner (legal visit, video call or letter).",
                "4 weeks: monthly accommodation panel reviews all releases due in the next two months.",
                "Day of release: the probation practitioner confirms the address to the housing authority and police."]),
        ("p", "Exchanges use secure email (justice.gov.uk, gov.uk, nhs.net) or the council's referral portal. "
              "Information is not shared by text message or messaging apps."),
        ("h1", "Section 6: Security"),
        ("p", "Each party holds information on its own secure systems with role-based access. Information about "
              "MAPPA cases is marked OFFICIAL-SENSITIVE and stored with restricted access."),
        ("h1", "Section 7: Data quality"),
        ("p", "The sending party makes sure information is accurate at the time it is sent and tells the recipient "
              "promptly if the release date, licence conditions or risk level change."),
        ("h1", "Section 8: Retention"),
        ("p", "Homelessness case files are kept for six years after closure. Prison and probation records are "
              "retained in line with HM Prison and Probation Service retention policy. Panel minutes are kept for "
              "two years."),
        ("h1", "Section 9: Individuals' rights"),
        ("p", "Prisoners are given a copy of the housing privacy notice with the referral. Requests for access to "
              "personal data are handled by the party that holds the data; HMP Chelmsford and the Probation Service "
              "requests are handled centrally by the Ministry of Justice."),
        ("h1", "Section 10: Complaints"),
        ("p", "Complaints are handled by the party concerned under its complaints procedure; complaints about the "
              "prison or probation may be taken to the Prisons and Probation Ombudsman."),
        ("h1", "Section 11: Information security incidents"),
        ("p", "Incidents are reported to the other parties' data protection leads within one working day. Any "
              "incident that discloses the address of a person subject to MAPPA to an unauthorised person is "
              "reported to the MAPPA coordinator immediately."),
        ("h1", "Section 12: Commencement, review and signatures"),
        ("p", "The agreement commences on the date of the final signature (12 February 2024) and will be reviewed "
              "12 months thereafter by the Southend Reducing Reoffending Board."),
        sig_table([["Southend-on-Sea City Council", "Glen Pearce", "Director of Housing and Social Investment", "", "01/02/2024"],
                   ["The Probation Service (East of England region)", "Debra Knowles", "Head of Southend PDU", "", "05/02/2024"],
                   ["HMP Chelmsford", "Mark Soames", "Head of Reducing Reoffending", "", "06/02/2024"],
                   ["South Essex Homes", "Jane Harrow", "Director of Housing Services", "", "07/02/2024"],
                   ["Rochford District Council", "Louise Barr", "Housing Options Team Leader", "", "08/02/2024"],
                   ["Castle Point Borough Council", "Alan Pryke", "Housing Manager", "", "09/02/2024"],
                   ["Essex Police", "DI Karl Webb", "IOM Lead, South", "", "12/02/2024"]]),
    ],
    "truth": {
        "title": "Accommodation Pathway for People Leaving Custody",
        "purpose": A8_PURPOSE,
        "lead": {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
        "partners": [
            {"name": "The Probation Service (East of England region)", "org": None},
            {"name": "HMP Chelmsford", "org": "HMP Chelmsford"},
            {"name": "South Essex Homes", "org": "South Essex Homes"},
            {"name": "Rochford District Council", "org": "Rochford District Council"},
            {"name": "Castle Point Borough Council", "org": "Castle Point Borough Council"},
            {"name": "Essex Police", "org": "Essex Police"}],
        "statutes": [
            {"citation": "section 213B of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "section 213B"},
            {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017, "provision": None},
            {"citation": "section 325 of the Criminal Justice Act 2003", "title": "Criminal Justice Act", "year": 2003, "provision": "section 325"},
            {"citation": "Offender Rehabilitation Act 2014", "title": "Offender Rehabilitation Act", "year": 2014, "provision": None},
            {"citation": "section 115 of the Crime & Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998, "provision": "section 115"},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None}],
        "review_date": "2025-02-12", "review_basis": "relative", "commencement_date": "2024-02-12",
        "missing_sections": [],
    },
})

# ---------------------------------------------------------------- A9 Refugee resettlement (no lead, no review)
A9_PURPOSE = ("This agreement governs the sharing of personal data about refugee families arriving in mid and "
              "north Essex under the UK Resettlement Scheme and the Afghan resettlement schemes, so that a "
              "suitable home is ready on arrival and each family is registered with a GP, school and the "
              "benefits system within their first weeks in the country.")
AGREEMENTS.append({
    "key": "A9", "base": "Essex_Refugee_Resettlement_Local_DSA",
    "outputs": [("pdf", "reportlab")],
    "style": {"font": "Times", "hmode": "word", "hcolour": "7E5109", "shade": "FAE5D3",
              "pdf_layout": "twocol", "author": "Essex Resettlement Partnership", "meta_title": "",
              "size": 10.5, "title_size": 19},
    "header": ["Essex Resettlement Partnership", "Local Data Sharing Agreement"],
    "footer": "OFFICIAL - contains no personal data",
    "cover": [
        ("sp", 40),
        ("title", "Refugee Resettlement Local Data Sharing Agreement"),
        ("sub", "UK Resettlement Scheme (UKRS) and Afghan Citizens Resettlement Scheme (ACRS)"),
        ("sp", 20),
        ("sub", "Version 3 - agreed by the Essex Resettlement Partnership officers group, 1 April 2023"),
        ("sp", 30),
        ("tbl", [["Change log", ""],
                 ["v1 (2016)", "Syrian Vulnerable Persons Resettlement Scheme"],
                 ["v2 (2021)", "Extended to ACRS and ARAP arrivals"],
                 ["v3 (2023)", "UKRS; Integrated Care Board replaces CCGs"]], {"widths": [3, 12]}),
    ],
    "blocks": [
        ("h1", "1 Purpose"),
        ("p", A9_PURPOSE),
        ("p", "The Home Office shares case information about each family with the receiving local authority "
              "before arrival. This local agreement covers onward sharing between the partners named below, "
              "which the Home Office's own agreement with each council permits for resettlement purposes."),
        ("h1", "2 Parties"),
        ("nl", ["1. Home Office (Resettlement, Asylum Support and Integration)",
                "2. Essex County Council",
                "3. Braintree District Council",
                "4. Maldon District Council",
                "5. Uttlesford District Council",
                "6. Department for Work and Pensions",
                "7. NHS Mid and South Essex Integrated Care Board"]),
        ("h1", "3 Data shared"),
        ("bl", ["names, dates of birth, nationality and family composition;",
                "Home Office reference and immigration status documents (BRP details);",
                "medical needs summary from the pre-arrival health assessment, shared with the ICB and GP only;",
                "education history of children, shared with the county education service;",
                "housing needs, including disability adaptations and number of bedrooms;",
                "language and interpreting needs;",
                "National Insurance number and benefit claim details, shared with the DWP to arrange the first "
                "claim."]),
        ("h1", "4 Legislation"),
        ("p", "The Home Office arranges resettlement and support under its immigration powers, including the "
              "Immigration Asylum Act 1999. The district councils use the general power of competence in section 1 "
              "of the Localism Act 2011 to provide resettlement services, and allocate social housing under Part 6 "
              "of the Housing Act 1996. Essex County Council has duties to children under the Children Acts 1989 "
              "and 2004. The ICB and GP practices act under the National Health Service Act 2006."),
        ("p", "All parties process personal data under Article 6(1)(e) of the UK GDPR and, for health data, Article "
              "9(2)(h), together with the Data Protection Act 2018. Families are told about the sharing in the "
              "pre-arrival briefing and their consent is also recorded."),
        ("h1", "5 Method and frequency"),
        ("p", "The Home Office sends case files to the Essex County Council resettlement coordinator through its "
              "secure portal, normally six weeks before arrival. The coordinator forwards the relevant extract to "
              "the receiving district council, the ICB and DWP by secure email. A fortnightly resettlement case "
              "meeting is held during the first twelve months after arrival."),
        ("h1", "6 Security"),
        ("p", "Case files are stored on the county's resettlement case management system with access limited to "
              "named caseworkers. District councils store extracts in their housing systems under restricted "
              "access. Medical summaries are never sent to housing officers."),
        ("h1", "7 Retention"),
        ("p", "Resettlement case records are retained for six years after the end of the resettlement support "
              "period (five years from arrival) and then destroyed."),
        ("h1", "8 Individuals' rights"),
        ("p", "Families are given a translated privacy notice. Requests for access to information are handled by "
              "the party holding it, with interpreting support. Requests to the Home Office are made through its "
              "subject access request service."),
        ("h1", "9 Complaints"),
        ("p", "Families may complain to any party using that party's complaints process, with an interpreter. The "
              "resettlement coordinator will help a family identify the right organisation."),
        ("h1", "10 Personal data breaches"),
        ("p", "Breaches are reported to the Essex County Council resettlement coordinator and the Home Office "
              "within 24 hours. Because of the risk to family members overseas, any disclosure of a refugee's "
              "identity or location is treated as high risk."),
        ("h1", "11 Commitment"),
        ("p", "This version was agreed on 1 April 2023 and applies from that date. It remains in force for as long "
              "as the resettlement schemes operate in Essex, and will be updated as and when the Home Office "
              "scheme guidance changes."),
        ("tbl", [["Party", "Signed for the party by", "Post", "Date"],
                 ["Home Office", "R. Okafor", "Head of Regional Resettlement, East", "27/03/2023"],
                 ["Essex County Council", "S. Lambert", "Head of Resettlement and Integration", "28/03/2023"],
                 ["Braintree District Council", "T. Goddard", "Housing Services Manager", "29/03/2023"],
                 ["Maldon District Council", "H. Wren", "Housing Manager", "29/03/2023"],
                 ["Uttlesford District Council", "C. Innes", "Housing Options Lead", "30/03/2023"],
                 ["Department for Work and Pensions", "M. Daly", "Partnership Manager", "31/03/2023"],
                 ["NHS Mid and South Essex Integrated Care Board", "Dr P. Sethi", "Caldicott Guardian", "31/03/2023"]],
         {"widths": [5, 3.5, 4.5, 2.5]}),
    ],
    "truth": {
        "title": "Refugee Resettlement Local Data Sharing Agreement",
        "purpose": A9_PURPOSE,
        "lead": None,
        "partners": [
            {"name": "Home Office", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Braintree District Council", "org": "Braintree District Council"},
            {"name": "Maldon District Council", "org": "Maldon District Council"},
            {"name": "Uttlesford District Council", "org": "Uttlesford District Council"},
            {"name": "Department for Work and Pensions", "org": None},
            {"name": "NHS Mid and South Essex Integrated Care Board", "org": None}],
        "statutes": [
            {"citation": "Immigration Asylum Act 1999", "title": "Immigration and Asylum Act", "year": 1999, "provision": None},
            {"citation": "section 1 of the Localism Act 2011", "title": "Localism Act", "year": 2011, "provision": "section 1"},
            {"citation": "Part 6 of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "Part 6"},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 1989, "provision": None},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 2004, "provision": None},
            {"citation": "National Health Service Act 2006", "title": "National Health Service Act", "year": 2006, "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None, "provision": None},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None}],
        "review_date": None, "review_basis": "none", "commencement_date": "2023-04-01",
        "missing_sections": ["accuracy"],
    },
})


# ============================================================================ MAIN
KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
        "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def main():
    import json, os, shutil, subprocess
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "files")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    tmp = os.path.join("/tmp", "housing_homelessness_build")
    shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    lo = ["soffice", "-env:UserInstallation=file:///tmp/lo_housing_homelessness", "--headless"]
    truth = []
    for ag in AGREEMENTS:
        fmts = [f for f, _ in ag["outputs"]]
        docx_path = os.path.join(tmp, ag["base"] + ".docx")
        build_docx(ag, docx_path)
        if "docx" in fmts:
            shutil.copy(docx_path, os.path.join(out, ag["base"] + ".docx"))
        for fmt, how in ag["outputs"]:
            if fmt == "pdf" and how == "reportlab":
                build_pdf(ag, os.path.join(out, ag["base"] + ".pdf"))
            elif how == "soffice":
                subprocess.run(lo + ["--convert-to", fmt, "--outdir", out, docx_path], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fmt, _ in ag["outputs"]:
            t = ag["truth"]
            rec = {"file": ag["base"] + "." + fmt, "format": fmt, "title": t["title"],
                   "purpose": t["purpose"], "lead": t["lead"], "partners": t["partners"],
                   "statutes": t["statutes"], "review_date": t["review_date"],
                   "review_basis": t["review_basis"], "commencement_date": t["commencement_date"],
                   "sections_present": [k for k in KEYS if k not in t["missing_sections"]],
                   "missing_sections": [k for k in KEYS if k in t["missing_sections"]]}
            truth.append(rec)
    truth.sort(key=lambda r: r["file"])
    with open(os.path.join(here, "truth.json"), "w") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
    print("wrote %d files" % len(truth))


if __name__ == "__main__":
    main()
