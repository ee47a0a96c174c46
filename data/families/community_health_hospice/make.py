#!/usr/bin/env python
"""Generator for the `community_health_hospice` blind test family.

Writes files/ (PDF, DOCX, DOC) and truth.json beside this script.
Deterministic: the same text, layout and truth on every run (DOCX zips are
re-written with fixed timestamps; reportlab PDFs are made with invariant=1;
LibreOffice stamps its own creation date into the PDFs and DOCs it writes).

Run:  .venv/bin/python data/families/community_health_hospice/make.py
"""
import json
import os
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
BUILD = "/tmp/build_community_health_hospice"
LO_PROFILE = "file:///tmp/lo_community_health_hospice"



# --------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------

def fix_zip(path):
    """Re-write a DOCX with fixed member timestamps so the bytes are stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def add_field(run, instr):
    f1 = parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    it = parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    f2 = parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolour)))


def new_doc(font="Arial", size=11, margins=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = doc.styles[s]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0, 0, 0)
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(r'<w:rFonts %s/>' % nsdecls("w"))
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(margins)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = "Information Governance"
    cp.title = ""
    cp.comments = ""
    return doc


def set_header_footer(doc, header=None, footer=None, page_numbers=True, header_align="right",
                      header_bold=False, size=8):
    for sec in doc.sections:
        if header:
            hp = sec.header.paragraphs[0]
            lines = header if isinstance(header, list) else [header]
            for i, line in enumerate(lines):
                p = hp if i == 0 else sec.header.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                r.bold = header_bold
                p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT,
                               "center": WD_ALIGN_PARAGRAPH.CENTER}[header_align]
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer:
            r = fp.add_run(footer + ("   |   " if page_numbers else ""))
            r.font.size = Pt(size)
        if page_numbers:
            r = fp.add_run("Page ")
            r.font.size = Pt(size)
            r = fp.add_run()
            r.font.size = Pt(size)
            add_field(r, "PAGE")
            r = fp.add_run(" of ")
            r.font.size = Pt(size)
            r = fp.add_run()
            r.font.size = Pt(size)
            add_field(r, "NUMPAGES")


def para(doc, text, bold=False, italic=False, size=None, align=None, space_after=6, colour=None,
         underline=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def rich_para(doc, parts, space_after=6):
    """parts: list of (text, bold)"""
    p = doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    p.paragraph_format.space_after = Pt(space_after)
    return p


def table(doc, rows, header=True, widths=None, head_fill="D9D9D9", size=None, bold_first_col=False,
          style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = val.split("\n") if val else [""]
            for k, line in enumerate(lines):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                r = p.add_run(line)
                if size:
                    r.font.size = Pt(size)
                if (header and i == 0) or (bold_first_col and j == 0):
                    r.bold = True
            if header and i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def textbox(doc, lines, width_pt=430, height_pt=120, size_pt=24, colour="1F3864", border="1F3864"):
    """Insert a VML text box holding `lines` (the title lives only here)."""
    inner = ""
    for line in lines:
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        inner += ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="%s"/>'
                  '<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                  % (colour, size_pt * 2, esc))
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="width:%dpt;height:%dpt;mso-position-horizontal:center" strokecolor="#%s" strokeweight="2pt">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), width_pt, height_pt, border, inner))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(xml))
    return p


def heading(doc, text, level, mode):
    if mode == "word":
        h = doc.add_heading(text, level=level)
        return h
    if mode == "bold":
        return para(doc, text, bold=True, size=None if level > 1 else 12, space_after=4)
    if mode == "boldu":
        return para(doc, text, bold=True, underline=True, space_after=4)
    if mode == "colour":
        return para(doc, text, bold=True, size=14 if level == 1 else 12, colour="5B2C6F", space_after=4)
    raise ValueError(mode)


def render_blocks_docx(doc, blocks, hmode="word", table_size=None):
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            heading(doc, b[1], int(kind[1]), hmode)
        elif kind in ("p", "purpose"):
            para(doc, b[1])
        elif kind == "pb":          # bold lead-in paragraph
            rich_para(doc, [(b[1], True), (b[2], False)])
        elif kind == "small":
            para(doc, b[1], italic=True, size=9)
        elif kind == "bullets":
            for item in b[1]:
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(item)
        elif kind == "numbered":
            for item in b[1]:
                p = doc.add_paragraph(style="List Number")
                p.add_run(item)
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            table(doc, b[1], header=opts.get("header", True), widths=opts.get("widths"),
                  size=opts.get("size", table_size), bold_first_col=opts.get("bold_first_col", False))
        elif kind == "break":
            page_break(doc)
        elif kind == "spacer":
            para(doc, "")
        else:
            raise ValueError(kind)


# --------------------------------------------------------------------------
# reportlab helpers
# --------------------------------------------------------------------------

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_styles(font="Helvetica", size=10, accent=colors.HexColor("#1F4E79")):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ss = {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3,
                                spaceAfter=4, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3,
                             spaceBefore=8, spaceAfter=5, textColor=accent),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                             spaceBefore=5, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "bullet": ParagraphStyle("bullet", fontName=font, fontSize=size, leading=size * 1.35,
                                 leftIndent=12, bulletIndent=2, spaceAfter=2),
        "bold": bold,
        "font": font,
        "accent": accent,
    }
    return ss


def rl_table(rows, ss, widths, header=True, bold_first_col=False, head_bg=colors.HexColor("#DCE6F1")):
    data = []
    for i, row in enumerate(rows):
        r = []
        for j, v in enumerate(row):
            st = ss["cellb"] if ((header and i == 0) or (bold_first_col and j == 0)) else ss["cell"]
            r.append(Paragraph(esc(v).replace("\n", "<br/>"), st))
        data.append(r)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if bold_first_col:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    return t


def rl_flow(blocks, ss, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            out.append(Paragraph(esc(b[1]), ss["h1" if kind == "h1" else "h2"]))
        elif kind in ("p", "purpose"):
            out.append(Paragraph(esc(b[1]), ss["body"]))
        elif kind == "pb":
            out.append(Paragraph("<b>%s</b>%s" % (esc(b[1]), esc(b[2])), ss["body"]))
        elif kind == "small":
            out.append(Paragraph(esc(b[1]), ss["small"]))
        elif kind == "bullets":
            for item in b[1]:
                out.append(Paragraph(esc(item), ss["bullet"], bulletText="\u2013"))
            out.append(Spacer(1, 3))
        elif kind == "numbered":
            for n, item in enumerate(b[1], 1):
                out.append(Paragraph(esc(item), ss["bullet"], bulletText="%d." % n))
            out.append(Spacer(1, 3))
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            rel = opts.get("rel") or [1.0 / len(b[1][0])] * len(b[1][0])
            tot = float(sum(rel))
            widths = [width * r / tot for r in rel]
            out.append(rl_table(b[1], ss, widths, header=opts.get("header", True),
                                bold_first_col=opts.get("bold_first_col", False)))
            out.append(Spacer(1, 6))
        elif kind == "break":
            out.append(PageBreak())
        elif kind == "spacer":
            out.append(Spacer(1, 8))
        else:
            raise ValueError(kind)
    return out


def rl_build(path, cover, blocks, layout, ss, header_text, footer_text, title_meta=""):
    """layout: 'single' or 'twocol'. cover: list of flowables for page 1 (own template)."""
    W, H = A4
    lm = rm = 2.0 * cm
    top, bot = 2.4 * cm, 2.0 * cm
    fw = W - lm - rm
    fh = H - top - bot

    def decorate(canv, doc, show_header=True):
        canv.saveState()
        if show_header:
            canv.setFont(ss["font"], 7.5)
            canv.setFillColor(colors.HexColor("#333333"))
            canv.drawString(lm, H - 1.4 * cm, header_text[0])
            canv.drawRightString(W - rm, H - 1.4 * cm, header_text[1])
            canv.setStrokeColor(ss["accent"])
            canv.setLineWidth(0.8)
            canv.line(lm, H - 1.55 * cm, W - rm, H - 1.55 * cm)
        canv.setFont(ss["font"], 7.5)
        canv.drawString(lm, 1.2 * cm, footer_text)
        canv.drawRightString(W - rm, 1.2 * cm, "Page %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=top,
                          bottomMargin=bot, title=title_meta, author="", subject="", creator="",
                          producer="", invariant=1)
    cover_frame = Frame(lm, bot, fw, fh, id="cover")
    templates = [PageTemplate(id="cover", frames=[cover_frame],
                              onPage=lambda c, d: decorate(c, d, show_header=False))]
    if layout == "twocol":
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        f1 = Frame(lm, bot, cw, fh, id="c1")
        f2 = Frame(lm + cw + gap, bot, cw, fh, id="c2")
        templates.append(PageTemplate(id="body", frames=[f1, f2], onPage=decorate))
        flow_width = cw - 12
    else:
        templates.append(PageTemplate(id="body", frames=[Frame(lm, bot, fw, fh, id="b")], onPage=decorate))
        flow_width = fw - 12
    doc.addPageTemplates(templates)
    story = list(cover) + [NextPageTemplate("body"), PageBreak()] + rl_flow(blocks, ss, flow_width)
    doc.build(story)


# --------------------------------------------------------------------------
# LibreOffice
# --------------------------------------------------------------------------

def soffice(fmt, srcs, outdir):
    if not srcs:
        return
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
           "--outdir", outdir] + srcs
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ==========================================================================
# Agreement content
# ==========================================================================
# Registry names used for `org` (pipeline/resources/registry.csv, name column)
R_ECC = "Essex County Council"
R_SOUTHEND = "Southend Borough Council"
R_THURROCK = "Thurrock Council"
R_CHELMSFORD = "Chelmsford City Council"
R_PROVIDE = "Provide"
R_ACE = "Anglian Community Enterprise"
R_EEAST = "East of England Ambulance Service NHS Trust"
R_NELFT = "North East London NHS Foundation Trust"
R_HPFT = "Hertfordshire Partnership University NHS Foundation Trust"
R_PAH = "Princess Alexandra Hospital NHS Trust"
R_MIDCCG = "Mid Essex Clinical Commissioning Group"
R_MEHT = "Mid Essex Hospital Services NHS Trust"
R_NEPT = "North Essex Partnership University NHS Foundation Trust"
R_POLICE = "Essex Police"


def P(name, org=None):
    return {"name": name, "org": org}


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
        "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def sections(missing=()):
    return [k for k in KEYS if k not in missing], [k for k in KEYS if k in missing]


def first_purpose(blocks):
    for b in blocks:
        if b[0] == "purpose":
            return b[1]
    raise ValueError("no purpose block")


# --------------------------------------------------------------------------
# A1  EPaCCS end of life care register (EPUT, NHS community trust IG hand)
# --------------------------------------------------------------------------
A1_TITLE = "Mid and South Essex End of Life Care Register (EPaCCS)"
A1_BODY = [
    ("h1", "1. INTRODUCTION AND PURPOSE"),
    ("purpose", "The purpose of this Agreement is to enable the partner organisations to record, view and "
                "update the end of life care preferences of adults in Mid and South Essex who are thought to be "
                "in the last year of life, so that every professional involved in their care, day or night, can "
                "see the person's wishes, their resuscitation decision and who to contact."),
    ("p", "The End of Life Care Register is an Electronic Palliative Care Co-ordination System (EPaCCS). It is "
          "hosted on the shared care record platform and is viewed from within each partner's own clinical "
          "system. People on the register have usually had an advance care planning conversation with their "
          "GP, community nurse, hospice or hospital team, and have agreed that the plan may be seen by others "
          "who care for them."),
    ("p", "This Agreement sets out what is shared, the legal basis for sharing, and the responsibilities each "
          "partner accepts. It replaces version 1.0 of the Agreement (January 2021), which covered the former "
          "Mid Essex area only."),
    ("h2", "1.1 Benefits"),
    ("bullets", ["fewer unwanted admissions to hospital in the last weeks of life;",
                 "people die in their preferred place more often;",
                 "ambulance crews and out-of-hours clinicians see DNACPR and ReSPECT decisions immediately;",
                 "bereaved families are not asked the same questions by several services."]),
    ("h1", "2. PARTIES TO THE AGREEMENT"),
    ("p", "The organisations below are parties to this Agreement. Each is a controller in its own right for the "
          "records it creates. EPUT is the lead organisation and hosts the register on behalf of the partners."),
    ("table", [["Organisation", "Role", "ICO registration"],
               ["Essex Partnership University NHS Foundation Trust (EPUT)", "Lead organisation; system host; controller", "Z2891140"],
               ["Mid and South Essex NHS Foundation Trust", "Controller (acute hospitals)", "Z2637854"],
               ["Provide Community Interest Company", "Controller (community services, Mid Essex)", "Z2539091"],
               ["East of England Ambulance Service NHS Trust", "Controller", "Z955129X"],
               ["Estuary Hospice Care", "Controller (charity)", "Z7340218"],
               ["St Cedd's Hospice, Chelmsford", "Controller (charity)", "Z5529174"],
               ["South Essex Urgent Care Limited", "Controller (GP out-of-hours and NHS 111 clinical assessment)", "ZA318862"],
               ["NHS Mid and South Essex Integrated Care Board", "Controller; commissioner", "ZB339641"],
               ["Essex County Council", "Controller (adult social care)", "Z2120726"],
               ["Southend-on-Sea City Council", "Controller (adult social care)", "Z6029331"],
               ["Thurrock Council", "Controller (adult social care)", "Z8228055"]],
     {"widths": [7.5, 6.0, 3.0], "rel": [7.5, 6.0, 3.0]}),
    ("p", "GP practices in Mid and South Essex join the register by signing the practice participation form "
          "held by the ICB Primary Care team; they are not listed individually here."),
    ("h1", "3. INFORMATION TO BE SHARED"),
    ("p", "Only the minimum information needed to co-ordinate care is recorded. The full data set is at "
          "Appendix B. In summary:"),
    ("bullets", ["identifiers: name, date of birth, NHS number, address, registered GP;",
                 "diagnosis and the reason the person is thought to be in the last year of life;",
                 "preferred place of care and preferred place of death;",
                 "DNACPR decision, ReSPECT form and any Advance Decision to Refuse Treatment;",
                 "Lasting Power of Attorney for health and welfare, and the attorney's contact details;",
                 "anticipatory (just in case) medicines and where they are kept;",
                 "key worker, next of kin and the main carer;",
                 "date and place of death, once it has occurred."]),
    ("h1", "4. LEGAL BASIS FOR SHARING"),
    ("p", "The register supports direct care. Partners rely on the following conditions of the UK General Data "
          "Protection Regulation (UK GDPR): Article 6(1)(e), performance of a task carried out in the public "
          "interest or in the exercise of official authority; and Article 9(2)(h), the provision of health or "
          "social care. Schedule 1 of the Data Protection Act 2018, Part 1, paragraph 2, supplies the related "
          "condition in UK law. The charitable hospices rely on Article 6(1)(f), legitimate interests, for "
          "their own records, with Article 9(2)(h)."),
    ("p", "Section 251B of the Health and Social Care Act 2012, inserted by the Health and Social Care Act 2015, "
          "places a duty on health and adult social care bodies to share information about an individual "
          "where this facilitates care for that individual and is in their best interests."),
    ("p", "Where a person lacks capacity to agree to their plan being shared, decisions are made in their best "
          "interests under the Mental Capacity Act 2005, taking account of any attorney or deputy. The person's "
          "right to respect for private and family life under the Human Rights Act 1998 is respected by sharing "
          "only what is necessary. After death, access to records by relatives is governed by the Access to "
          "Health Records Act 1990."),
    ("p", "The common law duty of confidentiality is met because information is shared for direct care with "
          "the person's knowledge and agreement (implied consent). Partners also observe the eight Caldicott "
          "Principles. Appendix A lists the legislation and guidance."),
    ("h1", "5. CONSENT, TRANSPARENCY AND INDIVIDUALS' RIGHTS"),
    ("p", "A person is added to the register only after the clinician has explained what the register is and who "
          "will be able to see it. The conversation and the person's agreement are recorded in the clinical "
          "record. A person may ask at any time for their record to be made visible only to their GP."),
    ("p", "Each partner publishes a privacy notice that describes the register. Requests to see information "
          "(subject access), to rectify it or to object are handled by the partner that receives them, which "
          "will liaise with the organisation that entered the information. Requests are answered within one "
          "calendar month."),
    ("h1", "6. SECURITY OF INFORMATION"),
    ("p", "Each partner will meet the standards of the Data Security and Protection Toolkit (or, for charities "
          "and care providers, at least the 'Approaching Standards' level) and will ensure that:"),
    ("bullets", ["access is role-based and uses smartcards or multi-factor authentication;",
                 "staff complete annual data security awareness training;",
                 "audit trails are reviewed monthly by the EPUT Privacy Officer and any inappropriate access is "
                 "reported to the organisation concerned;",
                 "information is never downloaded to personal devices or sent by unsecured email."]),
    ("h1", "7. HOW INFORMATION IS SHARED"),
    ("p", "Information is not sent between partners as files. The register is a single shared record. Partners "
          "view and update it in real time through an integrated link from their own system (SystmOne, EMIS "
          "Web, the Cleric ambulance system, or the hospice system), or through the web portal using a "
          "secure login. Updates are visible immediately to all users with a legitimate relationship with the "
          "person. Where the portal is unavailable, the key worker telephones the out-of-hours service and "
          "the ambulance clinical hub."),
    ("h1", "8. RETENTION AND DISPOSAL"),
    ("p", "Register entries are retained for 8 years after death, in line with the Records Management Code of "
          "Practice for Health and Social Care 2021, and then deleted by EPUT as system host. Each partner keeps "
          "its own copy of information it has imported into its own record according to its own retention "
          "schedule."),
    ("h1", "9. DATA QUALITY"),
    ("p", "The clinician who creates or changes an entry is responsible for its accuracy. Key workers check the "
          "plan at every review and at least every three months. Partners tell the key worker if they find "
          "information they believe is wrong. The register team at EPUT runs a monthly report of entries "
          "not updated for six months."),
    ("h1", "10. COMPLAINTS AND CONCERNS"),
    ("p", "Complaints about the use of the register are handled by the partner that receives them under its "
          "own complaints procedure. Where a complaint involves more than one partner, the EPUT Patient "
          "Experience team will co-ordinate a single response."),
    ("h1", "11. INCIDENTS AND BREACHES OF CONFIDENTIALITY"),
    ("p", "Any actual or suspected breach, including inappropriate access, must be reported to the partner's "
          "Data Protection Officer and to the EPUT Information Governance team within 24 hours of discovery. "
          "The controller responsible will decide whether to notify the Information Commissioner's Office "
          "within 72 hours, and will record the incident on the Data Security and Protection Toolkit."),
    ("h1", "12. COMMENCEMENT, REVIEW AND TERMINATION"),
    ("p", "This Agreement commences on 1 April 2023 and will remain in force until it is replaced. It will be "
          "reviewed by the date shown in the Document Control table, or sooner if there is a significant "
          "change in the law, the system or the partnership."),
    ("p", "A partner may withdraw by giving three months' notice in writing to the lead organisation. Records "
          "created before withdrawal remain on the register."),
    ("h1", "13. SIGNATURES"),
    ("p", "Signed on behalf of each organisation by its Caldicott Guardian or Senior Information Risk Owner."),
    ("table", [["Organisation", "Name", "Post", "Date"],
               ["Essex Partnership University NHS Foundation Trust (EPUT)", "Dr Priya Ramanathan", "Caldicott Guardian", "14/03/2023"],
               ["Mid and South Essex NHS Foundation Trust", "Colin Ashworth", "Senior Information Risk Owner", "20/03/2023"],
               ["Provide Community Interest Company", "Helen Okafor", "Director of Nursing and Caldicott Guardian", "16/03/2023"],
               ["East of England Ambulance Service NHS Trust", "Mark Devereux", "Head of Information Governance", "22/03/2023"],
               ["Estuary Hospice Care", "Julia Penrose", "Director of Care", "15/03/2023"],
               ["St Cedd's Hospice, Chelmsford", "Andrew Fairbairn", "Chief Executive", "17/03/2023"],
               ["South Essex Urgent Care Limited", "Dr Neil Baptiste", "Medical Director", "23/03/2023"],
               ["NHS Mid and South Essex Integrated Care Board", "Sarah Whitlock", "Chief Nursing Officer", "24/03/2023"],
               ["Essex County Council", "Laura Kemp", "Director, Adult Social Care", "27/03/2023"],
               ["Southend-on-Sea City Council", "Dev Mistry", "Caldicott Guardian", "27/03/2023"],
               ["Thurrock Council", "Rebecca Lowe", "Caldicott Guardian, Adults", "29/03/2023"]],
     {"widths": [6.2, 3.6, 4.6, 2.2], "rel": [6.2, 3.6, 4.6, 2.2], "size": 9}),
    ("break",),
    ("h1", "APPENDIX A – LEGISLATION AND GUIDANCE"),
    ("bullets", ["Data Protection Act 2018 and the UK GDPR",
                 "Health and Social Care Act 2012 (section 251B)",
                 "Mental Capacity Act 2005",
                 "Human Rights Act 1998",
                 "Access to Health Records Act 1990",
                 "Common law duty of confidentiality",
                 "The Caldicott Principles (National Data Guardian, 2020)",
                 "Records Management Code of Practice for Health and Social Care 2021",
                 "Ambitions for Palliative and End of Life Care: a national framework for local action 2021-2026"]),
    ("h1", "APPENDIX B – DATA SET"),
    ("table", [["Data item", "Mandatory", "Who usually records it"],
               ["NHS number, name, date of birth, address", "Yes", "GP practice"],
               ["Diagnosis / reason for inclusion", "Yes", "GP, hospital or hospice clinician"],
               ["Preferred place of care / death", "Yes", "Key worker"],
               ["DNACPR decision and date; ReSPECT form", "If made", "Senior clinician"],
               ["Advance Decision to Refuse Treatment", "If made", "Key worker"],
               ["Lasting Power of Attorney (health and welfare)", "If held", "Key worker"],
               ["Anticipatory medicines prescribed; location", "If prescribed", "GP / community nurse"],
               ["Key worker, next of kin, main carer", "Yes", "Key worker"],
               ["Date and place of death", "After death", "Verifying clinician"]],
     {"widths": [7.5, 2.5, 6.0], "rel": [7.5, 2.5, 6.0]}),
]


def a1_docx():
    doc = new_doc("Arial", 11)
    set_header_footer(doc, header="EPUT Information Governance  |  EPUT-IG-ISA-047  |  OFFICIAL",
                      footer="Essex Partnership University NHS Foundation Trust")
    para(doc, "Essex Partnership University", bold=True, size=12, align="right", space_after=0, colour="005EB8")
    para(doc, "NHS Foundation Trust", bold=True, size=12, align="right", colour="005EB8")
    for _ in range(5):
        para(doc, "")
    para(doc, "INFORMATION SHARING AGREEMENT", bold=True, size=16, align="center", space_after=18)
    para(doc, "Mid and South Essex End of Life Care", bold=True, size=22, align="center", space_after=0,
         colour="005EB8")
    para(doc, "Register (EPaCCS)", bold=True, size=22, align="center", space_after=24, colour="005EB8")
    para(doc, "Version 2.1  -  Approved March 2023", align="center", size=12)
    for _ in range(6):
        para(doc, "")
    para(doc, "Classification: OFFICIAL. Uncontrolled when printed; the current version is held on the "
              "Trust intranet.", italic=True, size=9, align="center")
    page_break(doc)
    para(doc, "DOCUMENT CONTROL", bold=True, size=13)
    table(doc, [["Document reference", "EPUT-IG-ISA-047"],
                ["Version", "2.1"],
                ["Status", "Approved"],
                ["Author", "Information Governance Manager (Data Sharing), EPUT"],
                ["Approved by", "EPUT Information Governance Steering Group; MSE End of Life Care Board"],
                ["Date approved", "14 March 2023"],
                ["Date of next review", "31/03/2025"],
                ["Target audience", "Clinical and IG leads in partner organisations"],
                ["Related documents", "DPIA EOLC-DPIA-02 (v1.3); Register Standard Operating Procedure"]],
          header=False, widths=[5, 11.5], bold_first_col=True)
    para(doc, "VERSION HISTORY", bold=True, size=13)
    table(doc, [["Version", "Date", "Author", "Summary of changes"],
                ["1.0", "January 2021", "IG Manager", "First issue (Mid Essex only)"],
                ["2.0", "December 2022", "IG Manager", "Extended to south Essex; ICB replaces CCGs; hospices added"],
                ["2.1", "March 2023", "IG Manager", "Out-of-hours provider and ambulance service added"]],
          widths=[2, 3, 3, 8.5])
    para(doc, "CONTENTS", bold=True, size=13)
    for line in ["1. Introduction and purpose", "2. Parties to the agreement", "3. Information to be shared",
                 "4. Legal basis for sharing", "5. Consent, transparency and individuals' rights",
                 "6. Security of information", "7. How information is shared", "8. Retention and disposal",
                 "9. Data quality", "10. Complaints and concerns", "11. Incidents and breaches of confidentiality",
                 "12. Commencement, review and termination", "13. Signatures",
                 "Appendix A - Legislation and guidance", "Appendix B - Data set"]:
        para(doc, line, space_after=1)
    page_break(doc)
    render_blocks_docx(doc, A1_BODY, hmode="word")
    doc.core_properties.title = "ISA template v3"
    return doc


miss = ()
sp, ms = sections(miss)
AGREEMENT_A1 = {
    "stem": "eput_end_of_life_care_register_epaccs_v2_1",
    "formats": ["docx", "pdf", "doc"],
    "pdf_via": "lo",
    "docx_builder": a1_docx,
    "truth": {
        "title": A1_TITLE,
        "purpose": first_purpose(A1_BODY),
        "lead": P("Essex Partnership University NHS Foundation Trust (EPUT)", None),
        "partners": [P("Mid and South Essex NHS Foundation Trust"),
                     P("Provide Community Interest Company", R_PROVIDE),
                     P("East of England Ambulance Service NHS Trust", R_EEAST),
                     P("Estuary Hospice Care"),
                     P("St Cedd's Hospice, Chelmsford"),
                     P("South Essex Urgent Care Limited"),
                     P("NHS Mid and South Essex Integrated Care Board"),
                     P("Essex County Council", R_ECC),
                     P("Southend-on-Sea City Council", R_SOUTHEND),
                     P("Thurrock Council", R_THURROCK)],
        "statutes": [S("Schedule 1 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
                     S("Section 251B of the Health and Social Care Act 2012", "Health and Social Care Act", 2012,
                       "section 251B"),
                     S("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act", 2015),
                     S("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
                     S("Human Rights Act 1998", "Human Rights Act", 1998),
                     S("Access to Health Records Act 1990", "Access to Health Records Act", 1990)],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": "2023-04-01",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A2  Hospice plain-English agreement with care homes (hospice DPO hand)
# --------------------------------------------------------------------------
def curly(x):
    if isinstance(x, str):
        return x.replace("'", "\u2019")
    if isinstance(x, list):
        return [curly(i) for i in x]
    if isinstance(x, tuple):
        return tuple(curly(i) for i in x)
    if isinstance(x, dict):
        return {k: curly(v) for k, v in x.items()}
    return x


A2_TITLE = "Hospice in Your Care Home"
A2_HOSPICE = "St Botolph's Hospice"
A2_BODY = curly([
    ("h1", "About this agreement"),
    ("p", "This is a data sharing agreement. It explains, in plain English, how St Botolph's Hospice and the "
          "care homes, nurses and councils we work with share information about residents who are coming to "
          "the end of their lives. It is written for care home managers, our own staff, residents and their "
          "families."),
    ("p", "This agreement is owned by St Botolph's Hospice, Colchester (registered charity number 1049672). Our "
          "Data Protection Officer, Kirsty Mallender, looks after it on behalf of everyone who has signed it."),
    ("h1", "Why we share information"),
    ("purpose", "We share information so that our specialist palliative care nurses can support care home staff "
                "to look after residents who are approaching the end of their lives, and so that residents can "
                "stay in the home they know rather than go into hospital."),
    ("p", "Through the Hospice in Your Care Home service, each care home has a named link nurse from the hospice, "
          "a 24-hour advice line, and training for its staff. Care homes refer residents to us; we visit, advise "
          "on symptoms, help with advance care planning, and support families before and after a death."),
    ("h1", "Who is part of this agreement"),
    ("p", "The organisations that have signed this agreement are:"),
    ("bullets", ["St Botolph's Hospice (the owner of this agreement)",
                 "Lexden Park Care Home (Lexden Park Care Ltd)",
                 "Harwich Road Nursing Home",
                 "Tiptree Meadows Residential Home",
                 "Anglian Community Enterprise CIC (community nursing teams in north east Essex)",
                 "Essex County Council (adult social care)",
                 "NHS Suffolk and North East Essex Integrated Care Board"]),
    ("p", "Other care homes join by signing the joining form at the end of this document. The hospice keeps the "
          "list of homes that have joined."),
    ("h1", "What information we share"),
    ("p", "We only share what we need to care for the resident. This is usually:"),
    ("bullets", ["the resident's name, date of birth, NHS number and room;",
                 "their illness, medicines and any symptoms that are worrying staff;",
                 "what matters to them, including where they would like to be cared for and to die;",
                 "any DNACPR or ReSPECT decision, and any Lasting Power of Attorney;",
                 "the names and phone numbers of close family or friends;",
                 "after a death, whether the family would like to hear from our bereavement team."]),
    ("p", "We do not share information about a resident's money, or about other residents."),
    ("h1", "Our legal reasons for sharing"),
    ("p", "The law that allows us to share is the Data Protection Act 2018 and the UK GDPR. For residents' care we "
          "use the legal basis of 'legitimate interests' (the hospice is a charity, not a public body), and, "
          "because this is health information, the condition for health and social care."),
    ("p", "The NHS and council partners use the 'public task' basis. Councils arrange care under the Care Act "
          "2014. Care homes must keep proper records about each resident under regulation 17 of the Health "
          "and Social Care Act 2008 (Regulated Activities) Regulations 2014."),
    ("p", "When a resident cannot decide for themselves, staff follow the Mental Capacity Act 2005 and act in the "
          "resident's best interests, speaking to any attorney or family. Information given in confidence is "
          "also protected by the common law duty of confidentiality; we share it because it is for the "
          "resident's own care and they would expect us to."),
    ("h1", "How we share it and how often"),
    ("bullets", ["Referrals: the care home sends our referral form by NHSmail (from a secure nhs.net or "
                 "care home DSPT-approved account) whenever a resident needs us.",
                 "Advice line: by telephone, 24 hours a day. The nurse writes a note in the hospice record.",
                 "Visits: our nurse reads the care plan in the home and writes a visit note, a copy of which "
                 "is left with the home.",
                 "Weekly: a list of residents on our caseload is shared with the community nursing team by "
                 "NHSmail.",
                 "After a death: the home tells us by telephone within one working day."]),
    ("h1", "Keeping it safe"),
    ("p", "Everyone who has signed this agreement has completed the Data Security and Protection Toolkit. Paper "
          "notes are kept in a locked office. Our staff and care home staff have yearly data protection "
          "training. We never send resident information by text message, WhatsApp or ordinary email."),
    ("h1", "How long we keep it"),
    ("p", "The hospice keeps its records about a resident for 8 years after their death, then destroys them "
          "securely. Care homes keep their own care records as their own policies say."),
    ("h1", "Your rights"),
    ("p", "Residents and, where they have the right, their representatives can ask to see the information we "
          "hold, or object to us holding it. Ask the care home manager or write to our Data Protection Officer at "
          "St Botolph's Hospice. We will reply within one month. Our privacy notice is on our website and in "
          "every care home that has joined."),
    ("h1", "If you are unhappy"),
    ("p", "Please speak to us first. You can contact our Patient and Family Liaison Lead, or use the complaints "
          "procedure of the organisation you are unhappy with. If you are still not satisfied you can contact "
          "the Information Commissioner's Office (ico.org.uk, 0303 123 1113)."),
    ("h1", "Starting, changing and leaving this agreement"),
    ("p", "This agreement started on 1 October 2023. We will look at this agreement again in September 2024, or "
          "sooner if the law or the service changes. Any organisation can leave by writing to the hospice; "
          "information already shared stays with the organisation that holds it."),
    ("h1", "Signatures"),
    ("table", [["Organisation", "Signed by", "Job title", "Date"],
               ["St Botolph's Hospice", "Kirsty Mallender", "Data Protection Officer", "18 September 2023"],
               ["St Botolph's Hospice", "Dr Tom Ellery", "Medical Director and Caldicott Guardian", "18 September 2023"],
               ["Lexden Park Care Home (Lexden Park Care Ltd)", "Grace Adeyemi", "Registered Manager", "21 September 2023"],
               ["Harwich Road Nursing Home", "Paul Sutcliffe", "Registered Manager", "25 September 2023"],
               ["Tiptree Meadows Residential Home", "Anita Kowalczyk", "Home Manager", "26 September 2023"],
               ["Anglian Community Enterprise CIC", "Rachel Hunn", "Head of Information Governance", "27 September 2023"],
               ["Essex County Council", "Simon Dorsett", "Head of Service, Adult Social Care (North East)", "28 September 2023"],
               ["NHS Suffolk and North East Essex Integrated Care Board", "Lynne Carver", "Associate Director of Nursing", "29 September 2023"]],
     {"widths": [5.5, 3.5, 5.2, 2.6], "rel": [5.5, 3.5, 5.2, 2.6]}),
    ("h2", "Joining form for other care homes"),
    ("p", "Name of care home:  ............................................   Registered manager:  .................................."),
    ("p", "Signature:  ............................................   Date:  ........................"),
])


def a2_docx():
    doc = new_doc("Calibri", 12)
    set_header_footer(doc, header=curly("St Botolph's Hospice  \u00b7  Data sharing agreement"),
                      footer="Registered charity 1049672", header_align="left")
    para(doc, curly(A2_HOSPICE), bold=True, size=16, colour="5B2C6F", space_after=2)
    para(doc, "Caring for our community since 1986", italic=True, size=11, space_after=40)
    para(doc, "Data sharing agreement", size=14, space_after=4)
    para(doc, A2_TITLE, bold=True, size=28, colour="5B2C6F", space_after=6)
    para(doc, "How we share information with care homes about residents who are coming to the end of their lives",
         size=14, space_after=30)
    table(doc, [["Version", "1.0 (final)"], ["Who looks after it", "Data Protection Officer"],
                ["Agreed by", "Hospice Clinical Governance Committee, 12 September 2023"]],
          header=False, widths=[5, 10], bold_first_col=True)
    page_break(doc)
    render_blocks_docx(doc, A2_BODY, hmode="colour")
    return doc


def a2_pdf(path):
    purple = colors.HexColor("#5B2C6F")
    ss = rl_styles("Helvetica", 11, accent=purple)
    big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=30, leading=36, textColor=purple)
    mid = ParagraphStyle("mid", fontName="Helvetica", fontSize=14, leading=19)
    cover = [Paragraph(esc(curly(A2_HOSPICE)), ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=18,
                                                               leading=22, textColor=purple)),
             Paragraph("Caring for our community since 1986", ss["small"]),
             Spacer(1, 4 * cm),
             Paragraph("Data sharing agreement", mid), Spacer(1, 6),
             Paragraph(esc(A2_TITLE), big), Spacer(1, 10),
             Paragraph("How we share information with care homes about residents who are coming to the end "
                       "of their lives", mid),
             Spacer(1, 3 * cm),
             rl_table([["Version", "1.0 (final)"], ["Who looks after it", "Data Protection Officer"],
                       ["Agreed by", "Hospice Clinical Governance Committee, 12 September 2023"]],
                      ss, [5 * cm, 10 * cm], header=False, bold_first_col=True)]
    rl_build(path, cover, A2_BODY, "single", ss,
             (curly("St Botolph's Hospice \u00b7 Data sharing agreement"), A2_TITLE),
             "Registered charity 1049672", title_meta="")


sp, ms = sections(("accuracy", "breach"))
AGREEMENT_A2 = {
    "stem": "st_botolphs_hospice_in_your_care_home_dsa",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "docx_builder": a2_docx,
    "rl_builder": a2_pdf,
    "truth": {
        "title": A2_TITLE,
        "purpose": first_purpose(A2_BODY),
        "lead": P(curly("St Botolph's Hospice"), None),
        "partners": curly([P("Lexden Park Care Home (Lexden Park Care Ltd)"),
                           P("Harwich Road Nursing Home"),
                           P("Tiptree Meadows Residential Home"),
                           P("Anglian Community Enterprise CIC", R_ACE),
                           P("Essex County Council", R_ECC),
                           P("NHS Suffolk and North East Essex Integrated Care Board")]),
        "statutes": [S("Data Protection Act 2018", "Data Protection Act", 2018),
                     S("Care Act 2014", "Care Act", 2014),
                     S("regulation 17 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014",
                       "Health and Social Care Act 2008 (Regulated Activities) Regulations", 2014, "regulation 17"),
                     S("Mental Capacity Act 2005", "Mental Capacity Act", 2005)],
        "review_date": "2024-09-30",
        "review_basis": "explicit",
        "commencement_date": "2023-10-01",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A3  NHS Continuing Healthcare (ICB hand; title only in the Word header)
# --------------------------------------------------------------------------
A3_TITLE = "NHS Continuing Healthcare Assessment and Care Home Placement Information Sharing Protocol"
A3_BODY = [
    ("h1", "1. Introduction and purpose"),
    ("purpose", "This protocol supports the assessment of adults for NHS Continuing Healthcare (CHC) and "
                "NHS-funded Nursing Care, the arranging and reviewing of care home and home care packages, and the "
                "transfer of cases between the NHS and the councils, so that people receive a timely decision and "
                "the right care without having to repeat their story."),
    ("p", "1.2 The ICB's All Age Continuing Care team receives checklists and referrals from hospital discharge "
          "teams, community nurses, hospices and social workers, co-ordinates multidisciplinary Decision Support "
          "Tool (DST) assessments and commissions care. Fast Track referrals for people with a rapidly "
          "deteriorating condition, who may be entering a terminal phase, are processed within 48 hours."),
    ("p", "1.3 This protocol sits beneath the Hertfordshire and West Essex system overarching information "
          "sharing framework and should be read with the CHC Standard Operating Procedure."),
    ("h1", "2. Scope and information to be shared"),
    ("p", "2.1 The protocol covers adults registered with a GP practice in Hertfordshire or west Essex, or for "
          "whom the ICB is otherwise the responsible commissioner. The following is shared, case by case:"),
    ("table", [["Category", "Examples", "Shared between"],
               ["Identifiers", "Name, NHS number, date of birth, address, GP", "All parties"],
               ["CHC Checklist and Fast Track tool", "Completed checklist, clinical reasons", "Referrer to ICB"],
               ["Assessment evidence", "Care plans, nursing notes, therapy and mental health assessments, "
                "medication charts", "Providers to ICB; ICB to social care"],
               ["Decision Support Tool", "Domain scores, recommendation, ratification outcome", "ICB, social care, individual"],
               ["Placement and package", "Care home, start date, weekly cost, review dates", "ICB, councils, providers"],
               ["Financial (social care only)", "Whether the person is council-funded or self-funding", "Councils to ICB"]],
     {"widths": [4.0, 7.5, 4.5], "rel": [4.0, 7.5, 4.5], "size": 9}),
    ("h1", "3. Lawful basis"),
    ("p", "3.1 The ICB's duty to arrange NHS Continuing Healthcare arises under the National Health Service Act "
          "2006 and regulation 21 of the National Health Service Commissioning Board and Clinical Commissioning "
          "Groups (Responsibilities and Standing Rules) Regulations 2012. The councils must assess and meet "
          "needs for care and support, and the limit on what they may provide in place of the NHS is set by "
          "section 22 of the Care Act 2014."),
    ("p", "3.2 Under UK GDPR the parties rely on Article 6(1)(e) (public task) and Article 9(2)(h) (health or "
          "social care), with the condition in Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018. "
          "The duty to share for direct care in s.251B Health & Social Care Act 2012 also applies."),
    ("p", "3.3 Where a person may lack capacity to consent to an assessment, the Mental Capacity Act 2005 is "
          "followed and a best-interests decision recorded. Parties have regard to the Human Rights Act 1998 and "
          "to their duties under the Equalities Act 2010."),
    ("p", "3.4 The National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (July 2022 "
          "revision) is statutory guidance and does not itself provide a legal basis for sharing."),
    ("h1", "4. Roles of the parties"),
    ("p", "4.1 Each party is an independent controller for the information it holds. The responsible "
          "organisation for this protocol is NHS Hertfordshire and West Essex Integrated Care Board, which "
          "maintains it and keeps the register of signatories. The signatory organisations are:"),
    ("table", [["Organisation", "Sector", "ICO reg. no."],
               ["NHS Hertfordshire and West Essex Integrated Care Board", "NHS commissioner", "ZB342377"],
               ["Hertfordshire County Council", "Local authority", "Z6582070"],
               ["Essex County Council", "Local authority", "Z2120726"],
               ["Hertfordshire Community NHS Trust", "NHS community provider", "Z2654511"],
               ["Hertfordshire Partnership University NHS Foundation Trust (HPFT)", "NHS mental health and learning disability", "Z1377585"],
               ["The Princess Alexandra Hospital NHS Trust", "NHS acute", "Z8759485"],
               ["West Hertfordshire Teaching Hospitals NHS Trust", "NHS acute", "Z5739812"],
               ["East and North Hertfordshire Teaching NHS Trust", "NHS acute", "Z5620930"],
               ["Essex Partnership University NHS Foundation Trust", "NHS community and mental health", "Z2891140"],
               ["Stort Valley Hospice", "Charity (specialist palliative care)", "Z8811427"]],
     {"widths": [8.0, 5.5, 2.5], "rel": [8.0, 5.5, 2.5], "size": 9}),
    ("h1", "5. Information security, retention and disposal"),
    ("p", "5.1 Each party will hold a 'Standards Met' Data Security and Protection Toolkit assessment, will "
          "restrict access to CHC information to staff who need it, and will store it only on its approved "
          "systems (Broadcare is the ICB's case management system)."),
    ("p", "5.2 CHC case records are retained by the ICB for 8 years after the case is closed or the person has "
          "died, in line with the Records Management Code of Practice 2021. Copies of assessment evidence received "
          "by a council are kept in the social care record for the council's own retention period. At the end "
          "of the period records are securely destroyed and a destruction certificate kept."),
    ("h1", "6. Methods and frequency of transfer"),
    ("p", "6.1 Checklists, Fast Track tools and assessment evidence are sent as and when each case requires, by "
          "NHSmail to the ICB's generic CHC mailbox or through the Broadcare referral portal. Councils send and "
          "receive by secure email (Egress or NHSmail-to-gov.uk with TLS). A monthly list of joint-funded "
          "placements is exchanged between the ICB and each council by the 10th working day of the month. "
          "Information is never faxed or sent on removable media."),
    ("h1", "7. Data quality"),
    ("p", "7.1 The organisation supplying evidence is responsible for its accuracy and for telling the ICB "
          "promptly of any change. The ICB checks NHS numbers against the Personal Demographics Service before "
          "a case is opened."),
    ("h1", "8. Subject access and individuals' rights"),
    ("p", "8.1 Individuals and their representatives are entitled to a copy of the DST and the decision letter. "
          "Subject access requests are dealt with by the party receiving them, within one month, consulting "
          "other parties where their information is included. The ICB's privacy notice explains how CHC "
          "information is used."),
    ("h1", "9. Incident management and breaches"),
    ("p", "9.1 A party that discovers a personal data breach involving information shared under this protocol "
          "must inform the other affected parties' Data Protection Officers within one working day, report "
          "it on its own incident system and, where required, to the Information Commissioner within 72 hours."),
    ("h1", "10. Commencement, review and termination"),
    ("p", "10.1 This protocol commences on 1 October 2022. It will be reviewed 24 months after its commencement, "
          "or earlier if the National Framework, the law or the parties change."),
    ("p", "10.2 A party may withdraw by giving 60 days' written notice to the ICB. Information already shared "
          "continues to be protected by the terms of this protocol."),
    ("h1", "11. Signatories"),
    ("table", [["Organisation", "Name", "Post", "Date signed"],
               ["NHS Hertfordshire and West Essex Integrated Care Board", "Fiona Garrow", "Director of Nursing and Quality", "22/09/2022"],
               ["Hertfordshire County Council", "Michael Treanor", "Director of Adult Care Services", "26/09/2022"],
               ["Essex County Council", "Jo Castellano", "Head of Adult Social Care West", "27/09/2022"],
               ["Hertfordshire Community NHS Trust", "Dr Anil Sethi", "Caldicott Guardian", "23/09/2022"],
               ["Hertfordshire Partnership University NHS Foundation Trust (HPFT)", "Elaine Brody", "SIRO", "28/09/2022"],
               ["The Princess Alexandra Hospital NHS Trust", "Kate Wyndham", "Director of Nursing", "29/09/2022"],
               ["West Hertfordshire Teaching Hospitals NHS Trust", "Owen Price", "Head of Information Governance", "29/09/2022"],
               ["East and North Hertfordshire Teaching NHS Trust", "Sunita Rao", "Caldicott Guardian", "30/09/2022"],
               ["Essex Partnership University NHS Foundation Trust", "Gareth Lyle", "Head of Information Governance", "26/09/2022"],
               ["Stort Valley Hospice", "Bernadette Quinn", "Director of Clinical Services", "27/09/2022"]],
     {"widths": [6.0, 3.2, 4.8, 2.4], "rel": [6.0, 3.2, 4.8, 2.4], "size": 8.5}),
]


def a3_docx():
    doc = new_doc("Verdana", 10)
    set_header_footer(doc, header=["NHS Hertfordshire and West Essex Integrated Care Board", A3_TITLE],
                      footer="Version 3.0  |  OFFICIAL-SENSITIVE when completed", header_align="center",
                      header_bold=True, size=8)
    para(doc, "NHS", bold=True, size=20, align="right", colour="005EB8", space_after=0)
    para(doc, "Hertfordshire and West Essex", bold=True, size=11, align="right", space_after=0)
    para(doc, "Integrated Care Board", size=11, align="right", space_after=30)
    para(doc, "Information Sharing Protocol", bold=True, size=18, space_after=12)
    table(doc, [["Responsible organisation", "NHS Hertfordshire and West Essex Integrated Care Board"],
                ["Protocol owner (post)", "Head of All Age Continuing Care, with the Associate Director of "
                 "Information Governance"],
                ["Data Protection Impact Assessment", "DPIA-CHC-2022-04 (approved 13/09/2022)"],
                ["Standard Operating Procedure", "CHC SOP v5, All Age Continuing Care"],
                ["Associated contract", "None (statutory functions)"],
                ["Version", "3.0"],
                ["Approved by", "ICB Information Governance Group, 20 September 2022"],
                ["Review date", "See section 10"]],
          header=False, widths=[5.5, 11], bold_first_col=True)
    para(doc, "Version history", bold=True, size=11)
    table(doc, [["Version", "Date", "Change"],
                ["1.0", "May 2018", "Herts Valleys, East and North Herts and West Essex CCGs' joint protocol"],
                ["2.0", "March 2020", "Fast Track timescales; hospice added"],
                ["3.0", "September 2022", "Rewritten for the ICB following the abolition of CCGs"]],
          widths=[2, 3, 11.5], size=9)
    render_blocks_docx(doc, A3_BODY, hmode="bold", table_size=9)
    return doc


sp, ms = sections(("complaints",))
AGREEMENT_A3 = {
    "stem": "hwe_icb_chc_information_sharing_protocol_v3",
    "formats": ["docx", "pdf", "doc"],
    "pdf_via": "lo",
    "docx_builder": a3_docx,
    "truth": {
        "title": A3_TITLE,
        "purpose": first_purpose(A3_BODY),
        "lead": P("NHS Hertfordshire and West Essex Integrated Care Board", None),
        "partners": [P("Hertfordshire County Council"),
                     P("Essex County Council", R_ECC),
                     P("Hertfordshire Community NHS Trust"),
                     P("Hertfordshire Partnership University NHS Foundation Trust (HPFT)", R_HPFT),
                     P("The Princess Alexandra Hospital NHS Trust", R_PAH),
                     P("West Hertfordshire Teaching Hospitals NHS Trust"),
                     P("East and North Hertfordshire Teaching NHS Trust"),
                     P("Essex Partnership University NHS Foundation Trust"),
                     P("Stort Valley Hospice")],
        "statutes": [S("National Health Service Act 2006", "National Health Service Act", 2006),
                     S("regulation 21 of the National Health Service Commissioning Board and Clinical Commissioning "
                       "Groups (Responsibilities and Standing Rules) Regulations 2012",
                       "National Health Service Commissioning Board and Clinical Commissioning Groups "
                       "(Responsibilities and Standing Rules) Regulations", 2012, "regulation 21"),
                     S("section 22 of the Care Act 2014", "Care Act", 2014, "section 22"),
                     S("Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018", "Data Protection Act", 2018,
                       "Schedule 1"),
                     S("s.251B Health & Social Care Act 2012", "Health and Social Care Act", 2012, "section 251B"),
                     S("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
                     S("Human Rights Act 1998", "Human Rights Act", 1998),
                     S("Equalities Act 2010", "Equality Act", 2010)],
        "review_date": "2024-10-01",
        "review_basis": "relative",
        "commencement_date": "2022-10-01",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A4  TCAM medicines referrals to community pharmacy (acute pharmacy + IG hand)
#     reportlab two-column PDF; the DOCX is a separate Word rendering
# --------------------------------------------------------------------------
A4_TITLE = "Transfer of Care Around Medicines (TCAM) \u2013 Hospital to Community Pharmacy Referrals"
A4_LEAD = "Barking, Havering and Redbridge University Hospitals NHS Trust"
A4_PHARM = ["Harold Hill Pharmacy Ltd", "Romford Market Chemist", "Ilford Lane Pharmacy",
            "Hornchurch Road Pharmacy (Nuvia Healthcare Ltd)"]
A4_KEYFACTS = [["Agreement", A4_TITLE],
               ["Version", "1.3"],
               ["Approved by", "BHRUT Information Governance Steering Group, 6 June 2023"],
               ["DPIA reference", "BHR-DPIA-0311"],
               ["Go-live", "3 July 2023"],
               ["Review due", "30/06/2025"],
               ["Contact", "Lead Pharmacist, Medicines Optimisation (Transfers of Care)"]]
A4_BODY = [
    ("table", A4_KEYFACTS, {"header": False, "bold_first_col": True, "rel": [1.2, 2.8], "widths": [4.5, 12]}),
    ("h1", "A. Purpose"),
    ("purpose", "This agreement allows hospital pharmacy teams to send a patient's discharge medicines "
                "information electronically to the community pharmacy the patient chooses, so that the pharmacist "
                "can reconcile the new medicines against the patient's usual supply, spot errors and omissions, "
                "and provide the NHS Discharge Medicines Service in the days after discharge."),
    ("p", "Around one in three patients has a medicines change while in hospital. Referral to community pharmacy "
          "reduces readmissions, particularly for older people, people on high-risk medicines such as "
          "anticoagulants and insulin, and people receiving end of life care who need anticipatory medicines "
          "at home."),
    ("p", "The agreement is led by Barking, Havering and Redbridge University Hospitals NHS Trust (BHRUT), whose "
          "pharmacy department sends referrals from Queen's Hospital, Romford and King George Hospital, Ilford."),
    ("h1", "B. Parties"),
    ("p", "The parties are BHRUT; North East London NHS Foundation Trust (NELFT), whose community health teams "
          "receive copies for housebound patients; NHS North East London Integrated Care Board, which "
          "commissions the service; and the community pharmacy contractors listed in the Schedule. The local "
          "pharmaceutical committee supports contractors with the PharmOutcomes platform but is not a party."),
    ("h1", "C. What we share"),
    ("bullets", ["patient name, NHS number, date of birth, address and telephone number;",
                 "the registered GP practice;",
                 "the discharge summary medicines section: medicines started, stopped and changed, with reasons;",
                 "allergies and adverse drug reactions;",
                 "relevant results (for example renal function, INR);",
                 "the name and contact details of the referring pharmacist or technician;",
                 "the community pharmacy's outcome of the consultation, returned to the hospital."]),
    ("h1", "D. Legal basis"),
    ("p", "Sharing is for direct care. The parties rely on UK GDPR Article 6(1)(e) and Article 9(2)(h), with "
          "the Data Protection Act 2018, Schedule 1, paragraph 2. Health and adult social care bodies have a duty "
          "to share for direct care under the Health and Social Care Act 2012, s.251B."),
    ("p", "The Discharge Medicines Service is an essential service under Schedule 4 to the National Health Service "
          "(Pharmaceutical and Local Pharmaceutical Services) Regulations 2013. The supply and handling of medicines "
          "is governed by the Medicines Act 1968 and The Human Medicines Regulations 2012. The common law duty of "
          "confidentiality is satisfied by implied consent for direct care."),
    ("h1", "E. How and when information is shared"),
    ("p", "Referrals are sent from the hospital's electronic prescribing system to PharmOutcomes on the day of "
          "discharge, or at the latest the next working day. The community pharmacy receives an alert, opens the "
          "referral in PharmOutcomes and records its outcome there within 72 hours of the patient's first visit or "
          "phone call. A weekly extract of outcomes is sent to the ICB medicines optimisation team, pseudonymised, "
          "by NHSmail. Referrals are never sent by fax or unencrypted email."),
    ("h1", "F. Security"),
    ("bullets", ["Each party holds a current Data Security and Protection Toolkit assessment at 'Standards Met'.",
                 "PharmOutcomes access uses named accounts with two-factor authentication.",
                 "Pharmacy staff use NHS smartcards to view the Summary Care Record where needed.",
                 "Printed referrals are kept in the consultation room and shredded once the service is complete."]),
    ("h1", "G. Data quality"),
    ("p", "The referring pharmacist checks that the medicines list matches the final discharge prescription and "
          "that the nominated pharmacy is the one the patient uses. Community pharmacists query discrepancies with "
          "the hospital's TCAM inbox the same day. Referrals that bounce (pharmacy closed, wrong pharmacy) are "
          "re-sent by the hospital team within one working day."),
    ("h1", "H. Retention"),
    ("p", "Referrals and outcomes in PharmOutcomes are kept for 8 years and then deleted. Community pharmacies keep "
          "their patient medication record entries in line with the NHS Records Management Code of Practice 2021."),
    ("h1", "I. Incidents"),
    ("p", "Anyone who sends a referral to the wrong pharmacy, or finds a referral that is not theirs, must report "
          "it the same day to the sender and to their own incident system. BHRUT's Data Protection Officer "
          "decides, with the pharmacy, whether the breach must be reported to the Information Commissioner's "
          "Office within 72 hours."),
    ("h1", "J. Go-live, review and ending"),
    ("p", "The agreement takes effect from go-live on 3 July 2023 and will be reviewed by the date in the key facts "
          "box above. A pharmacy may leave by telling the BHRUT TCAM lead in writing; it must complete referrals "
          "already received."),
    ("h1", "Schedule: participating pharmacies and signatures"),
    ("table", [["Party", "Signed by", "Role", "Date"],
               [A4_LEAD + " (BHRUT)", "Imran Siddiqui", "Chief Pharmacist", "06/06/2023"],
               ["North East London NHS Foundation Trust (NELFT)", "Claire Montague", "Caldicott Guardian", "12/06/2023"],
               ["NHS North East London Integrated Care Board", "Dr Femi Ade", "Director of Medicines Optimisation", "15/06/2023"],
               [A4_PHARM[0], "Ravi Patel", "Superintendent Pharmacist", "19/06/2023"],
               [A4_PHARM[1], "Joanna Lis", "Pharmacist Owner", "20/06/2023"],
               [A4_PHARM[2], "Harpreet Gill", "Responsible Pharmacist", "21/06/2023"],
               [A4_PHARM[3], "Tunde Bello", "Superintendent Pharmacist", "26/06/2023"]],
     {"rel": [3.4, 2.2, 2.6, 1.6], "widths": [6.0, 3.2, 4.5, 2.3], "size": 9}),
]


def a4_pdf(path):
    ss = rl_styles("Helvetica", 9, accent=colors.HexColor("#00573F"))
    tstyle = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=30,
                            textColor=colors.HexColor("#00573F"))
    cover = [Paragraph("Barking, Havering and Redbridge University Hospitals NHS Trust  \u00b7  Pharmacy and "
                       "Medicines Optimisation", ss["small"]),
             Spacer(1, 5 * cm),
             Paragraph("DATA SHARING AGREEMENT", ParagraphStyle("g", fontName="Helvetica", fontSize=13, leading=16)),
             Spacer(1, 10),
             Paragraph("Transfer of Care Around Medicines (TCAM) \u2013", tstyle),
             Paragraph("Hospital to Community Pharmacy Referrals", tstyle),
             Spacer(1, 1.5 * cm),
             Paragraph("Version 1.3 \u00b7 June 2023", ss["body"]),
             Spacer(1, 5 * cm),
             Paragraph("For hospital pharmacy teams, community pharmacy contractors in Havering, Barking and "
                       "Dagenham and Redbridge, and NELFT community health services.", ss["small"])]
    rl_build(path, cover, A4_BODY, "twocol", ss, ("BHRUT \u00b7 TCAM data sharing agreement", "v1.3"),
             "Printed copies are uncontrolled", title_meta="TCAM DSA")


def a4_docx():
    doc = new_doc("Calibri", 11)
    set_header_footer(doc, header="BHRUT Pharmacy  |  TCAM data sharing agreement v1.3",
                      footer="Printed copies are uncontrolled")
    para(doc, "Barking, Havering and Redbridge University Hospitals NHS Trust", size=10, space_after=60)
    para(doc, "DATA SHARING AGREEMENT", size=13, space_after=10)
    para(doc, "Transfer of Care Around Medicines (TCAM) \u2013", bold=True, size=22, colour="00573F", space_after=0)
    para(doc, "Hospital to Community Pharmacy Referrals", bold=True, size=22, colour="00573F", space_after=24)
    para(doc, "Version 1.3 \u00b7 June 2023")
    page_break(doc)
    render_blocks_docx(doc, A4_BODY, hmode="word")
    return doc


sp, ms = sections(("individual_rights", "complaints"))
AGREEMENT_A4 = {
    "stem": "bhrut_tcam_community_pharmacy_dsa_v1_3",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "docx_builder": a4_docx,
    "rl_builder": a4_pdf,
    "truth": {
        "title": A4_TITLE,
        "purpose": first_purpose(A4_BODY),
        "lead": P(A4_LEAD + " (BHRUT)", None),
        "partners": [P("North East London NHS Foundation Trust (NELFT)", R_NELFT),
                     P("NHS North East London Integrated Care Board")] + [P(n) for n in A4_PHARM],
        "statutes": [S("Data Protection Act 2018, Schedule 1", "Data Protection Act", 2018, "Schedule 1"),
                     S("Health and Social Care Act 2012, s.251B", "Health and Social Care Act", 2012, "section 251B"),
                     S("Schedule 4 to the National Health Service (Pharmaceutical and Local Pharmaceutical Services) "
                       "Regulations 2013",
                       "National Health Service (Pharmaceutical and Local Pharmaceutical Services) Regulations", 2013,
                       "Schedule 4"),
                     S("Medicines Act 1968", "Medicines Act", 1968),
                     S("The Human Medicines Regulations 2012", "Human Medicines Regulations", 2012)],
        "review_date": "2025-06-30",
        "review_basis": "explicit",
        "commencement_date": "2023-07-03",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A5  Virtual wards (acute/community trust; title only in a text box)
# --------------------------------------------------------------------------
A5_TITLE = "Virtual Wards (Hospital at Home) in Suffolk and North East Essex"
A5_BODY = [
    ("h1", "Purpose and benefits"),
    ("purpose", "This agreement enables the partners to share the information needed to admit, monitor and "
                "discharge patients on the Suffolk and North East Essex virtual wards, where people who would "
                "otherwise be in a hospital bed receive acute care, remote monitoring and treatment at home or in "
                "their care home."),
    ("p", "Virtual wards currently cover frailty, acute respiratory infection, heart failure and palliative "
          "care step-up. Patients may be admitted from the emergency department, from a ward (early supported "
          "discharge), or from the community as an alternative to admission ('step-up'), including by the "
          "ambulance service and GPs."),
    ("h1", "Parties and roles"),
    ("p", "The parties below are joint controllers for the virtual ward record and independent controllers "
          "for their own records. ESNEFT is the lead organisation."),
    ("table", [["Organisation", "Role in this agreement", "ICO reg."],
               ["East Suffolk and North East Essex NHS Foundation Trust (ESNEFT)", "Lead organisation; joint controller; "
                "employs the virtual ward clinical hub", "ZA470118"],
               ["Anglian Community Enterprise Community Interest Company (ACE)", "Joint controller; community nursing "
                "and therapy in north east Essex", "Z2615547"],
               ["West Suffolk NHS Foundation Trust", "Joint controller; west Suffolk virtual ward", "Z5884261"],
               ["East of England Ambulance Service NHS Trust (EEAST)", "Independent controller; step-up referrals",
                "Z955129X"],
               ["NHS Suffolk and North East Essex Integrated Care Board", "Independent controller; commissioner",
                "ZB339802"],
               ["Suffolk County Council", "Independent controller; adult social care", "Z5932146"],
               ["Essex County Council", "Independent controller; adult social care", "Z2120726"],
               ["Colne Valley and Tendring GP Alliance Ltd", "Independent controller; GP federation providing "
                "medical cover", "ZA625503"],
               ["St Botolph's Hospice", "Joint controller; palliative care virtual beds", "Z6419930"]],
     {"widths": [6.5, 7.5, 2.4], "size": 9}),
    ("p", "Remote monitoring technology (the tablet app, pulse oximeters and the clinical dashboard) is provided "
          "by Vitalis Remote Care Ltd, which acts as a processor for ESNEFT under contract and is not a party to "
          "this agreement. Its obligations are set out in the processing contract."),
    ("h1", "Legal basis"),
    ("p", "Processing is for the provision of direct care. Under UK GDPR, the NHS parties and councils rely on "
          "Article 6(1)(e) and Article 9(2)(h); the hospice and the GP federation rely on Article 6(1)(f) for "
          "their own functions and Article 9(2)(h). The Data Protection Act 2018 (Schedule 1, paragraph 2) "
          "provides the corresponding condition."),
    ("p", "NHS trusts provide services under the NHS Act 2006, and the ICB's duties of integration and "
          "collaboration are in the Health Care Act 2022. The duty to share information for direct care is in "
          "section 251B of the Health and Social Care Act 2012. Unauthorised access to the monitoring platform is "
          "an offence under the Computer Misuse Act 1990."),
    ("p", "Confidentiality is owed to patients under common law; sharing relies on implied consent, as the "
          "patient has agreed to be cared for on the virtual ward."),
    ("h1", "Data to be shared"),
    ("bullets", ["demographics and NHS number, GP practice, next of kin;",
                 "referral reason, NEWS2 score, working diagnosis, treatment plan and escalation plan;",
                 "remote monitoring readings (oxygen saturation, pulse, blood pressure, temperature, weight) and "
                 "patient-reported symptoms;",
                 "medicines, including IV antibiotics and subcutaneous infusions;",
                 "ReSPECT and DNACPR decisions, and any advance care plan;",
                 "discharge summary and onward referrals to social care or hospice."]),
    ("h1", "How data flows"),
    ("p", "Referrals reach the clinical hub by telephone and through the SystmOne task. The virtual ward record "
          "is kept on the ESNEFT SystmOne unit, shared with ACE and the GP federation through the SystmOne "
          "sharing model, and with West Suffolk NHS Foundation Trust through the Suffolk and North East Essex "
          "shared care record. Monitoring readings are transmitted from the patient's device to the Vitalis "
          "platform continuously and reviewed by the hub at least twice daily; red alerts are reviewed within "
          "30 minutes. Discharge summaries are sent electronically to the GP on the day of discharge."),
    ("h1", "Data quality and accuracy"),
    ("p", "Each clinician records in real time. The hub validates NHS numbers against the Spine before a device is "
          "issued, and devices are re-linked if a patient is readmitted. Partners correct errors in their own "
          "entries and tell the hub."),
    ("h1", "Security"),
    ("p", "All parties maintain the Data Security and Protection Toolkit. Devices are locked down, encrypted and "
          "wiped on return. Clinicians access the dashboard via single sign-on with smartcard authentication. "
          "Vitalis holds Cyber Essentials Plus and hosts data in the UK only."),
    ("h1", "Retention"),
    ("p", "Virtual ward records are part of the hospital record and are kept for 8 years after the end of treatment "
          "(or as the Records Management Code of Practice requires for children and for people who have died). "
          "Raw device data are deleted by Vitalis 90 days after discharge, once the summary has been filed."),
    ("h1", "Individuals' rights and transparency"),
    ("p", "Patients receive a leaflet at admission explaining who will see their information. Requests under the "
          "individual rights in UK GDPR (access, rectification, objection, restriction) are made to any party "
          "and passed to ESNEFT's Information Rights team, which co-ordinates the response within one month."),
    ("h1", "Complaints"),
    ("p", "Patients and families may raise concerns with any party's PALS or complaints team. Where the complaint "
          "concerns the virtual ward as a whole, ESNEFT leads the investigation and responds."),
    ("h1", "Personal data breaches"),
    ("p", "Suspected breaches (for example a device issued to the wrong patient, or a misdirected discharge "
          "summary) must be reported to ESNEFT's Information Governance team within 24 hours. ESNEFT, with the "
          "party concerned, decides on notification to the ICO and to the patient."),
    ("h1", "Term, review and termination"),
    ("p", "This agreement takes effect from 1 December 2023 and continues until terminated. It will be reviewed "
          "by the date shown on the control sheet, or sooner if the service model or the law changes. A party may "
          "leave on 90 days' notice to ESNEFT."),
    ("h1", "Signatures"),
    ("table", [["For", "Name", "Position", "Date"],
               ["East Suffolk and North East Essex NHS Foundation Trust (ESNEFT)", "Dr Hannah Leigh", "Caldicott Guardian", "14 Nov 2023"],
               ["Anglian Community Enterprise Community Interest Company (ACE)", "Rachel Hunn", "Head of Information Governance", "16 Nov 2023"],
               ["West Suffolk NHS Foundation Trust", "James Okonkwo", "SIRO", "20 Nov 2023"],
               ["East of England Ambulance Service NHS Trust (EEAST)", "Mark Devereux", "Head of Information Governance", "21 Nov 2023"],
               ["NHS Suffolk and North East Essex Integrated Care Board", "Lynne Carver", "Associate Director of Nursing", "22 Nov 2023"],
               ["Suffolk County Council", "Peter Aldous-Reid", "Head of Information Governance", "24 Nov 2023"],
               ["Essex County Council", "Simon Dorsett", "Head of Service, Adult Social Care", "24 Nov 2023"],
               ["Colne Valley and Tendring GP Alliance Ltd", "Dr Maya Chen", "Clinical Director", "27 Nov 2023"],
               ["St Botolph's Hospice", "Kirsty Mallender", "Data Protection Officer", "28 Nov 2023"]],
     {"widths": [6.4, 3.2, 4.4, 2.4], "size": 8.5}),
    ("h1", "Appendix: legislation and guidance referred to"),
    ("bullets", ["UK GDPR and Data Protection Act 2018", "NHS Act 2006", "Health Care Act 2022",
                 "Health and Social Care Act 2012", "Computer Misuse Act 1990",
                 "Common law duty of confidentiality", "NHS England, Virtual wards operational framework (2022)",
                 "Records Management Code of Practice 2021"]),
]


def a5_docx():
    doc = new_doc("Arial", 10)
    set_header_footer(doc, header="ESNEFT  \u2022  Information Sharing Agreement  \u2022  Virtual Wards",
                      footer="ESNEFT Information Governance", header_align="left")
    para(doc, "East Suffolk and North East Essex NHS Foundation Trust", bold=True, size=11, colour="005EB8",
         space_after=50)
    para(doc, "Information Sharing Agreement", size=16, align="center", space_after=14)
    textbox(doc, ["Virtual Wards (Hospital at Home)", "in Suffolk and North East Essex"], size_pt=22)
    para(doc, "")
    para(doc, "Control sheet", bold=True, size=11)
    table(doc, [["Version", "Status", "Approved by", "Approval date", "Review due"],
                ["1.0", "Final", "ESNEFT Information Governance Group", "9 November 2023", "March 2025"]],
          widths=[1.8, 1.8, 5.8, 3.2, 3.0], size=9)
    table(doc, [["Reference", "Detail"],
                ["DPIA", "ESNEFT DPIA 2023-117 Virtual Wards (approved)"],
                ["Processing contract", "Vitalis Remote Care Ltd, contract ESN-2023-0441"],
                ["Author", "Information Governance Business Partner, Integrated Pathways"]],
          widths=[4.5, 12], size=9)
    page_break(doc)
    render_blocks_docx(doc, A5_BODY, hmode="bold", table_size=9)
    return doc


sp, ms = sections(())
AGREEMENT_A5 = {
    "stem": "esneft_virtual_wards_isa",
    "formats": ["docx", "pdf", "doc"],
    "pdf_via": "lo",
    "docx_builder": a5_docx,
    "truth": {
        "title": A5_TITLE,
        "purpose": first_purpose(A5_BODY),
        "lead": P("East Suffolk and North East Essex NHS Foundation Trust (ESNEFT)", None),
        "partners": [P("Anglian Community Enterprise Community Interest Company (ACE)", R_ACE),
                     P("West Suffolk NHS Foundation Trust"),
                     P("East of England Ambulance Service NHS Trust (EEAST)", R_EEAST),
                     P("NHS Suffolk and North East Essex Integrated Care Board"),
                     P("Suffolk County Council"),
                     P("Essex County Council", R_ECC),
                     P("Colne Valley and Tendring GP Alliance Ltd"),
                     P("St Botolph's Hospice")],
        "statutes": [S("The Data Protection Act 2018 (Schedule 1, paragraph 2)", "Data Protection Act", 2018,
                       "Schedule 1"),
                     S("NHS Act 2006", "National Health Service Act", 2006),
                     S("Health Care Act 2022", "Health and Care Act", 2022),
                     S("section 251B of the Health and Social Care Act 2012", "Health and Social Care Act", 2012,
                       "section 251B"),
                     S("Computer Misuse Act 1990", "Computer Misuse Act", 1990)],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": "2023-12-01",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A6  Carers' register (GP federation / PCN hand; no lead; no review date)
# --------------------------------------------------------------------------
A6_TITLE = "Chelmsford Carers' Register Sharing Agreement"
A6_PARTIES = ["Chelmsford West Primary Care Network", "Chelmsford City Health Primary Care Network",
              "Chelmsford GP Alliance Ltd", "Essex County Council", "Chelmsford City Council",
              "Essex Carers Together CIC", "NHS Mid and South Essex Integrated Care Board"]
A6_BODY = [
    ("h1", "1. What this agreement is for"),
    ("purpose", "This agreement lets GP practices in Chelmsford identify unpaid carers, record them on the "
                "practice carers' register, and refer them, with their consent, to Essex Carers Together and to "
                "Essex County Council for a carer's assessment, information, breaks and support."),
    ("p", "1.1 About one in ten people in Chelmsford provides unpaid care to a family member, friend or "
          "neighbour. Many are not known to any service until they reach crisis. GP practices are often the only "
          "service a carer uses regularly. Young carers (under 18) and young adult carers (18-25) are included."),
    ("p", "1.2 The practices in the two Primary Care Networks will use a common SNOMED code for carers, offer "
          "flu vaccination and health checks, and make referrals using one shared form."),
    ("h1", "2. The parties"),
    ("p", "2.1 The parties to this agreement are:"),
    ("bullets", A6_PARTIES),
    ("p", "2.2 The parties share responsibility for this agreement equally. Each is a separate controller for the "
          "information it holds. Chelmsford GP Alliance Ltd signs on behalf of its member practices' carers' "
          "champions, and each Clinical Director signs for the practices in their network."),
    ("h1", "3. Information that will be shared"),
    ("table", [["From", "To", "Information"],
               ["GP practice", "Essex Carers Together CIC", "Carer's name, date of birth, address, phone, email; "
                "the cared-for person's relationship and main condition (not their medical record); what help "
                "the carer would like"],
               ["GP practice", "Essex County Council", "As above, with a request for a carer's assessment or a "
                "young carer's needs assessment"],
               ["Essex Carers Together CIC", "GP practice", "Confirmation of contact; whether the carer is "
                "registered with the carers' service; any concern about the carer's own health"],
               ["Essex County Council", "GP practice", "Outcome of the carer's assessment, where the carer agrees"],
               ["PCNs", "NHS Mid and South Essex Integrated Care Board", "Numbers only: carers registered, "
                "referrals made, health checks offered (no names)"]],
     {"widths": [3.5, 4.5, 8.5], "size": 9}),
    ("h1", "4. Lawful basis"),
    ("p", "4.1 Essex County Council must assess a carer who appears to have needs for support under section 10 "
          "of the Care Act 2014, and must assess young carers under the Children and Families Act 2014, section "
          "96. Carers first gained a right to have their needs considered under the Carers (Recognition and "
          "Services) Act 1995."),
    ("p", "4.2 Referrals are made only with the carer's explicit consent. Under UK GDPR and the Data Protecton Act "
          "2018, practices and the charity rely on consent (Article 6(1)(a)) and explicit consent (Article "
          "9(2)(a)); the council relies on its public task (Article 6(1)(e)) and Article 9(2)(h) once the "
          "referral is received. Consent also satisfies the common law duty of confidentiality."),
    ("h1", "5. Consent and carers' rights"),
    ("p", "5.1 The practice will explain the referral, record the carer's consent in the GP record using the "
          "agreed code, and tell the carer that they can withdraw consent at any time. If consent is withdrawn "
          "before the referral is sent, no referral is made."),
    ("p", "5.2 Carers can ask any party for a copy of the information it holds about them. Each party answers "
          "requests about its own records within one month. The carers' privacy notice is displayed in every "
          "practice and on the Essex Carers Together website."),
    ("h1", "6. How information is passed on"),
    ("p", "6.1 Referrals are sent as and when a carer agrees, using the shared electronic referral form from the "
          "practice clinical system to the generic NHSmail (nhs.net) address of Essex Carers Together, and to the "
          "council's Adult Social Care secure portal. Feedback to practices is sent to the practice's generic "
          "NHSmail address within ten working days. Numbers for the ICB are sent quarterly."),
    ("h1", "7. Security"),
    ("p", "7.1 Each party has completed the Data Security and Protection Toolkit, trains its staff in data "
          "protection every year, and limits access to carers' information to staff who need it. Information is "
          "never sent by ordinary email or text message, and paper referral forms are not used."),
    ("h1", "8. Accuracy"),
    ("p", "8.1 The practice checks the carer's details with the carer at the time of referral. Essex Carers "
          "Together tells the practice if contact details turn out to be wrong, and the practice updates the "
          "register."),
    ("h1", "9. Complaints"),
    ("p", "9.1 A carer who is unhappy with how their information has been used should contact the party "
          "concerned, which will deal with it under its own complaints procedure. The carer can also contact the "
          "Information Commissioner's Office."),
    ("h1", "10. Starting and leaving"),
    ("p", "10.1 This agreement begins on 3 June 2024. A party may leave by giving one month's notice by email to "
          "all the other parties. The parties may change the agreement at any time by agreeing a new version."),
    ("h1", "11. Signed"),
    ("table", [["Organisation", "Name", "Role", "Signature", "Date"],
               ["Chelmsford West Primary Care Network", "Dr Olu Adebayo", "Clinical Director", "O Adebayo", "20/05/2024"],
               ["Chelmsford City Health Primary Care Network", "Dr Fiona Marsh", "Clinical Director", "F Marsh", "21/05/2024"],
               ["Chelmsford GP Alliance Ltd", "Martin Greaves", "Chief Operating Officer", "M Greaves", "21/05/2024"],
               ["Essex County Council", "Kate Hollis", "Head of Carers and Prevention", "K Hollis", "28/05/2024"],
               ["Chelmsford City Council", "Ben Ortiz", "Community Health and Wellbeing Manager", "B Ortiz", "29/05/2024"],
               ["Essex Carers Together CIC", "Linda Ferreira", "Chief Executive", "L Ferreira", "30/05/2024"],
               ["NHS Mid and South Essex Integrated Care Board", "Dr Geeta Anand", "Alliance Director, Mid Essex", "G Anand", "31/05/2024"]],
     {"widths": [5.0, 3.0, 4.0, 2.3, 2.2], "size": 8.5}),
]


def a6_docx():
    doc = new_doc("Calibri", 11)
    set_header_footer(doc, header="Chelmsford Primary Care Networks  -  Carers' Register", footer="v1.0 May 2024",
                      header_align="right")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cells = t.rows[0].cells
    cells[0].text = ""
    r = cells[0].paragraphs[0].add_run("Agreement")
    r.bold = True
    cells[1].text = ""
    p = cells[1].paragraphs[0]
    r = p.add_run("Chelmsford Carers' Register")
    r.bold = True
    r.font.size = Pt(18)
    p2 = cells[1].add_paragraph()
    r = p2.add_run("Sharing Agreement")
    r.bold = True
    r.font.size = Pt(18)
    shade(cells[0], "E2EFD9")
    shade(cells[1], "E2EFD9")
    cells = t.rows[1].cells
    cells[0].text = ""
    cells[0].paragraphs[0].add_run("Version").bold = True
    cells[1].text = "1.0 (agreed at the Chelmsford Carers Partnership meeting, 14 May 2024)"
    for row in t.rows:
        row.cells[0].width = Cm(3.5)
        row.cells[1].width = Cm(13)
    para(doc, "")
    para(doc, "Signed by the two Chelmsford Primary Care Networks, the GP Alliance, the councils, the carers' "
              "charity and the ICB.", italic=True, size=10)
    render_blocks_docx(doc, A6_BODY, hmode="word", table_size=9)
    return doc


sp, ms = sections(("retention", "breach"))
AGREEMENT_A6 = {
    "stem": "chelmsford_carers_register_sharing_agreement",
    "formats": ["docx", "pdf"],
    "pdf_via": "lo",
    "docx_builder": a6_docx,
    "truth": {
        "title": A6_TITLE,
        "purpose": first_purpose(A6_BODY),
        "lead": None,
        "partners": [P("Chelmsford West Primary Care Network"), P("Chelmsford City Health Primary Care Network"),
                     P("Chelmsford GP Alliance Ltd"), P("Essex County Council", R_ECC),
                     P("Chelmsford City Council", R_CHELMSFORD), P("Essex Carers Together CIC"),
                     P("NHS Mid and South Essex Integrated Care Board")],
        "statutes": [S("section 10 of the Care Act 2014", "Care Act", 2014, "section 10"),
                     S("Children and Families Act 2014, section 96", "Children and Families Act", 2014, "section 96"),
                     S("Carers (Recognition and Services) Act 1995", "Carers (Recognition and Services) Act", 1995),
                     S("Data Protecton Act 2018", "Data Protection Act", 2018)],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2024-06-03",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A7  Bereavement referrals, 2017 legacy (CCG + hospice hand; DPA 1998)
# --------------------------------------------------------------------------
A7_TITLE = "Bereavement Support Referrals (Mid Essex)"
A7_BODY = [
    ("h1", "Purpose"),
    ("p", "St Cedd's Hospice provides a bereavement support service for adults and children in Mid Essex, "
          "commissioned by Mid Essex CCG. The service is open to anyone bereaved by an expected or sudden death, "
          "whether or not the person who died was known to the hospice."),
    ("purpose", "The purpose of this protocol is to allow hospital, community and mental health staff, and police "
                "coroner's officers, to refer bereaved relatives to the hospice bereavement service, and to share "
                "with the service the basic details of the death that it needs to offer timely and appropriate "
                "support."),
    ("h1", "Organisations involved"),
    ("table", [["Organisation", "Contact", "ICO registration"],
               ["Mid Essex Clinical Commissioning Group", "Head of Information Governance", "ZA007619"],
               ["St Cedd's Hospice", "Bereavement Services Manager", "Z5529174"],
               ["Mid Essex Hospital Services NHS Trust (MEHT)", "Bereavement Office, Broomfield Hospital", "Z9751505"],
               ["Provide Community Interest Company", "Information Governance Lead", "Z2539091"],
               ["North Essex Partnership University NHS Foundation Trust", "Information Governance Manager", "Z5405315"],
               ["Essex Police", "Coroner's Officers, Chelmsford", "Z4883472"]],
     {"widths": [7.0, 6.0, 3.0]}),
    ("h1", "Information to be shared"),
    ("p", "With the agreement of the bereaved person, the referrer will share:"),
    ("bullets", ["the name, address and telephone number of the bereaved person and their relationship to the "
                 "person who died;",
                 "the name, date of birth and date of death of the person who died;",
                 "whether the death was expected, sudden, or subject to a coroner's inquest;",
                 "whether children in the family have been affected;",
                 "any known risk (for example of self-harm) the bereavement team should be aware of."]),
    ("p", "Cause of death and medical history of the deceased will not normally be shared."),
    ("h1", "Legal basis"),
    ("p", "Information about the bereaved person is shared with their consent. This meets the first principle of "
          "The Data Protection Act 1998, with a condition in Schedule 2 (consent) and Schedule 3 (explicit "
          "consent) for sensitive personal data."),
    ("p", "The Data Protection Act does not apply to people who have died. However a duty of confidentiality "
          "continues after death, and access to the records of deceased patients is governed by the Access to "
          "Health Records Act 1990. The CCG commissions services under the NHS Act 1977 and the Health and Social "
          "Care Act 2012. Coroner's officers act for the coroner under the Coroners and Justice Act 2009 and will "
          "only share details of a death that is subject to an inquest with the coroner's agreement."),
    ("p", "Staff should also have regard to the Human Rights Act 1998, the Caldicott principles and "
          "the NHS Confidentiality Code of Practice (2003)."),
    ("h1", "Consent and access to records"),
    ("p", "The referrer must explain the service and obtain the bereaved person's verbal consent, and record "
          "it. If the bereaved person is a child, consent is obtained from a parent or guardian. Individuals may "
          "request access to the information held about them by applying to the organisation concerned under "
          "the subject access provisions of the Data Protection Act."),
    ("h1", "Method and frequency of sharing"),
    ("p", "Referrals are made as needed, by completing the bereavement referral form and sending it from an "
          "nhs.net account to the hospice bereavement team's nhs.net account, or by telephone to the bereavement "
          "line. Essex Police coroner's officers use the pnn.police.uk secure email. The hospice confirms receipt "
          "within two working days. Fax must not be used."),
    ("h1", "Security"),
    ("p", "All organisations must have completed the Information Governance Toolkit to level 2. Referral forms "
          "must be kept in locked cabinets or on secure network drives, and only bereavement staff may access "
          "them."),
    ("h1", "Retention"),
    ("p", "The hospice keeps bereavement records for 8 years after the last contact. Referrers keep a note of "
          "the referral in their own records."),
    ("h1", "Breach of confidentiality"),
    ("p", "Any breach of this protocol must be reported to the Information Governance lead of the organisation "
          "concerned and to the CCG Head of Information Governance. Serious incidents will be reported on the "
          "IG Toolkit incident reporting tool and to the Information Commissioner where required."),
    ("h1", "Agreement"),
    ("p", "This protocol will come into effect on 1 February 2017. Organisations may withdraw by giving one "
          "month's notice in writing to the lead organisation."),
    ("table", [["Organisation", "Signed", "Name and position", "Date"],
               ["Mid Essex Clinical Commissioning Group", "", "Alan Whitmore, Director of Nursing and Quality", "24/01/2017"],
               ["St Cedd's Hospice", "", "Andrew Fairbairn, Chief Executive", "20/01/2017"],
               ["Mid Essex Hospital Services NHS Trust (MEHT)", "", "Dr Carol Eames, Caldicott Guardian", "25/01/2017"],
               ["Provide Community Interest Company", "", "Helen Okafor, Director of Nursing", "26/01/2017"],
               ["North Essex Partnership University NHS Foundation Trust", "", "Tom Ridley, SIRO", "27/01/2017"],
               ["Essex Police", "", "Det Supt Iain Crawley, Head of Coroner's Officers", "30/01/2017"]],
     {"widths": [5.5, 2.0, 6.5, 2.5], "size": 10}),
]


def a7_docx():
    doc = new_doc("Times New Roman", 12, margins=2.5)
    set_header_footer(doc, header="Mid Essex CCG / St Cedd's Hospice", footer="Version 1.0 FINAL",
                      header_align="left", page_numbers=True)
    para(doc, "Whole Essex Information Sharing Framework", bold=True, size=12, align="center")
    para(doc, "Information Sharing Protocol \u2013 " + A7_TITLE, bold=True, size=15, align="center", space_after=14)
    table(doc, [["Item", "Detail"],
                ["Lead Organisation", "Mid Essex Clinical Commissioning Group"],
                ["Privacy Impact Assessment", "Not required (screening questions completed 12/12/2016)"],
                ["Supporting Standard Operating Procedure", "Bereavement Referral Procedure v2"],
                ["Associated contract", "NHS Standard Contract 2016/17, St Cedd's Hospice"],
                ["Review Date", "Feb-2019"]],
          widths=[6, 10.5])
    render_blocks_docx(doc, A7_BODY, hmode="boldu")
    return doc


sp, ms = sections(("complaints", "accuracy"))
AGREEMENT_A7 = {
    "stem": "mid_essex_bereavement_support_referrals_isp_2017",
    "formats": ["doc", "pdf"],
    "pdf_via": "lo",
    "docx_builder": a7_docx,
    "truth": {
        "title": A7_TITLE,
        "purpose": first_purpose(A7_BODY),
        "lead": P("Mid Essex Clinical Commissioning Group", R_MIDCCG),
        "partners": [P("St Cedd's Hospice"),
                     P("Mid Essex Hospital Services NHS Trust (MEHT)", R_MEHT),
                     P("Provide Community Interest Company", R_PROVIDE),
                     P("North Essex Partnership University NHS Foundation Trust", R_NEPT),
                     P("Essex Police", R_POLICE)],
        "statutes": [S("The Data Protection Act 1998", "Data Protection Act", 1998),
                     S("Access to Health Records Act 1990", "Access to Health Records Act", 1990),
                     S("NHS Act 1977", "National Health Service Act", 1977),
                     S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
                     S("Coroners and Justice Act 2009", "Coroners and Justice Act", 2009),
                     S("Human Rights Act 1998", "Human Rights Act", 1998)],
        "review_date": "2019-02-28",
        "review_basis": "explicit",
        "commencement_date": "2017-02-01",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A8  Shared care record Data Sharing Framework Agreement (ICB programme hand)
#     reportlab PDF with running header and boxed schedules; DOCX rendered apart
# --------------------------------------------------------------------------
A8_TITLE = "Mid and South Essex Shared Care Record Data Sharing Framework Agreement"
A8_HOST = "NHS Mid and South Essex Integrated Care Board"
A8_PARTIES = [
    ("NHS Mid and South Essex Integrated Care Board", "Host Controller; commissioner", "ZB339641"),
    ("Mid and South Essex NHS Foundation Trust", "Acute hospitals (Basildon, Broomfield, Southend)", "Z2637854"),
    ("Essex Partnership University NHS Foundation Trust", "Mental health and community services", "Z2891140"),
    ("Provide Community Interest Company", "Community services, Mid Essex", "Z2539091"),
    ("North East London NHS Foundation Trust", "Community services, Brentwood and Basildon", "Z9096541"),
    ("East of England Ambulance Service NHS Trust", "Ambulance and NHS 111", "Z955129X"),
    ("South Essex Urgent Care Limited", "GP out-of-hours", "ZA318862"),
    ("Essex County Council", "Adult and children's social care", "Z2120726"),
    ("Southend-on-Sea City Council", "Adult and children's social care", "Z6029331"),
    ("Thurrock Council", "Adult and children's social care", "Z8228055"),
    ("Estuary Hospice Care", "Specialist palliative care (charity)", "Z7340218"),
    ("St Cedd's Hospice", "Specialist palliative care (charity)", "Z5529174"),
]
A8_BODY = [
    ("h1", "1. Definitions and interpretation"),
    ("p", "1.1 In this Framework Agreement: 'Shared Care Record' means the read-only, integrated view of health and "
          "social care information about an Individual drawn from Parties' source systems; 'Host Controller' means "
          "the Party that publishes this Framework Agreement, contracts the technology supplier and maintains the "
          "register of Parties; 'Parties' means the organisations listed in Schedule 1 and any organisation that "
          "accedes under clause 14; 'Data Protection Legislation' means the UK GDPR, the Data Protection Act 2018 "
          "and any regulations made under it."),
    ("p", "1.2 This Framework Agreement is published by NHS Mid and South Essex Integrated Care Board, the Host "
          "Controller, on behalf of the Parties."),
    ("h1", "2. Purpose"),
    ("purpose", "The Parties share information through the Shared Care Record so that health and care professionals "
                "with a legitimate relationship with an Individual can see up-to-date information from other "
                "organisations at the point of care, make safer and quicker decisions, and avoid asking people to "
                "repeat their history."),
    ("p", "2.2 Use of the Shared Care Record is limited to direct care (the Primary Purpose). Any secondary use, "
          "including population health management, planning and research, is outside this Framework Agreement "
          "and requires a separate agreement and, where identifiable data are used without consent, support "
          "under the Health Service (Control of Patient Information) Regulations 2002."),
    ("h1", "3. Status of this Framework Agreement"),
    ("p", "3.1 This Framework Agreement is not a contract and does not create legal relations beyond those that "
          "arise under Data Protection Legislation. Each Party remains accountable for its own compliance."),
    ("h1", "4. Roles of the Parties"),
    ("p", "4.1 Each Party is a controller of the information it contributes and of the information it views and "
          "imports into its own records. For the operation of the Shared Care Record platform the Parties are "
          "joint controllers, and this clause sets out their arrangement under Article 26 UK GDPR. The Host "
          "Controller engages Orion Health as processor under a contract meeting Article 28."),
    ("h1", "5. Data shared"),
    ("p", "5.1 The data contributed by each Party are listed in Schedule 2. Sensitive categories that are subject "
          "to additional legal restriction (sexual health, fertility treatment, gender identity records and "
          "safeguarding case notes) are excluded."),
    ("h1", "6. Lawful basis"),
    ("p", "6.1 The lawful bases are set out in Schedule 3."),
    ("h1", "7. Rights of Individuals"),
    ("p", "7.1 The Host Controller publishes a system-wide privacy notice, and each Party links to it from its own "
          "notice. An Individual may object to their record being visible in the Shared Care Record; the Host "
          "Controller applies the objection within 5 working days. Subject access requests are answered by the "
          "Party that receives them, for its own data, and the Host Controller supplies audit logs on request."),
    ("h1", "8. Security"),
    ("p", "8.1 Each Party will comply with Schedule 4."),
    ("h1", "9. Access methods and frequency"),
    ("p", "9.1 Data are not transmitted between Parties in bulk. Source systems publish data to the Shared Care "
          "Record continuously (near real-time messaging or nightly feeds, as set out in Schedule 2). Users view "
          "the record through a context-launched link in their own system; a web portal is available for "
          "Parties without integration."),
    ("h1", "10. Data quality"),
    ("p", "10.1 Each Party is responsible for the accuracy of data in its source systems. A Party that identifies "
          "an error in another Party's data reports it through the Shared Care Record service desk, and the source "
          "Party corrects it at source."),
    ("h1", "11. Retention"),
    ("p", "11.1 The Shared Care Record holds a cache of data that is refreshed from source; it is not the legal "
          "record. Cached data are deleted when a source Party withdraws, and in any event within 30 days of being "
          "deleted at source. Audit logs are kept for 8 years."),
    ("h1", "12. Personal data breaches"),
    ("p", "12.1 A Party must notify the Host Controller without undue delay, and in any case within 24 hours of "
          "becoming aware, of a personal data breach involving the Shared Care Record. The Party responsible for the "
          "breach is responsible for notifying the Information Commissioner within 72 hours where required. The Host "
          "Controller co-ordinates investigation of breaches affecting more than one Party."),
    ("h1", "13. Complaints and disputes"),
    ("p", "13.1 Complaints from Individuals are handled under the complaints procedure of the Party that receives "
          "them. Disputes between Parties are referred first to the Shared Care Record Information Governance "
          "Group and then to the ICB Senior Information Risk Owner."),
    ("h1", "14. Commencement, term, review, accession and withdrawal"),
    ("p", "14.1 This Framework Agreement comes into force on the Effective Date, being 1 December 2023, and "
          "continues until terminated by the Host Controller on six months' notice."),
    ("p", "14.2 The Host Controller will review this Framework Agreement 12 months after the date on which it "
          "signs it, and then annually."),
    ("p", "14.3 An organisation providing health or social care in Mid and South Essex may accede by signing the "
          "Deed of Accession. A Party may withdraw on three months' notice."),
    ("break",),
    ("h1", "Schedule 1 \u2013 The Parties"),
    ("table", [["Party", "Role / services in scope", "ICO registration"]] + [list(p) for p in A8_PARTIES],
     {"rel": [5.2, 5.2, 2.0], "widths": [6.8, 6.8, 2.8], "size": 9}),
    ("p", "GP practices in Mid and South Essex accede individually; the current list is kept by the Host Controller "
          "and is published on the programme website (Annex A)."),
    ("h1", "Schedule 2 \u2013 Data contributed"),
    ("table", [["Source", "Data", "Feed"],
               ["GP practices", "Problems, medications, allergies, immunisations, test results, care plans", "Nightly + on change"],
               ["Acute hospitals", "Admissions, discharge summaries, outpatient letters, pathology, radiology reports",
                "Near real-time (HL7v2)"],
               ["Community and mental health", "Caseload, care plans, risk summary (not clinical notes)", "Nightly"],
               ["Ambulance", "Patient care record summary", "Near real-time"],
               ["Social care", "Involvement, care package, key worker, carer details", "Nightly"],
               ["Hospices", "Palliative care plan, key worker, DNACPR and ReSPECT, preferred place of death",
                "Near real-time"]],
     {"rel": [3, 6, 3], "widths": [4, 8.5, 4], "size": 9}),
    ("h1", "Schedule 3 \u2013 Lawful basis"),
    ("table", [["Party type", "Article 6", "Article 9", "Statutory functions"],
               ["NHS bodies", "6(1)(e) public task", "9(2)(h) health or social care",
                "National Health Service Act 2006; Health and Care Act 2022"],
               ["Local authorities", "6(1)(e) public task", "9(2)(h)", "Care Act 2014; Children Act 1989"],
               ["Hospices, independent providers", "6(1)(f) legitimate interests", "9(2)(h)",
                "Registered under the Health and Social Care Act 2008"]],
     {"rel": [3, 3, 3, 4], "widths": [3.5, 3.5, 3.5, 6], "size": 9}),
    ("p", "All Parties: Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018; the duty to share under "
          "section 251B of the Health and Social Care Act 2012; the duty to have regard to the Caldicott "
          "Principles under the Health and Social Care (National Data Guardian) Act 2018. The common law duty of "
          "confidentiality is met through implied consent for direct care."),
    ("h1", "Schedule 4 \u2013 Security standards"),
    ("bullets", ["Data Security and Protection Toolkit: 'Standards Met' (or an agreed improvement plan).",
                 "Role-based access; users authenticated by NHS smartcard or the Party's MFA-protected directory.",
                 "Legitimate relationship enforced by context launch; 'break glass' access audited weekly.",
                 "Hosting in UK data centres certified to ISO 27001; annual penetration test.",
                 "Users trained annually; misuse may be an offence under the Computer Misuse Act 1990."]),
    ("h1", "Schedule 5 \u2013 Execution"),
    ("table", [["Party", "Signatory", "Post", "Date"],
               [A8_HOST, "Jonathan Reyes", "Senior Information Risk Owner", "14 November 2023"],
               ["Mid and South Essex NHS Foundation Trust", "Colin Ashworth", "SIRO", "16 November 2023"],
               ["Essex Partnership University NHS Foundation Trust", "Dr Priya Ramanathan", "Caldicott Guardian", "17 November 2023"],
               ["Provide Community Interest Company", "Helen Okafor", "Caldicott Guardian", "17 November 2023"],
               ["North East London NHS Foundation Trust", "Claire Montague", "Caldicott Guardian", "20 November 2023"],
               ["East of England Ambulance Service NHS Trust", "Mark Devereux", "Head of Information Governance", "21 November 2023"],
               ["South Essex Urgent Care Limited", "Dr Neil Baptiste", "Medical Director", "22 November 2023"],
               ["Essex County Council", "Laura Kemp", "Director, Adult Social Care", "23 November 2023"],
               ["Southend-on-Sea City Council", "Dev Mistry", "Caldicott Guardian", "23 November 2023"],
               ["Thurrock Council", "Rebecca Lowe", "Caldicott Guardian, Adults", "24 November 2023"],
               ["Estuary Hospice Care", "Julia Penrose", "Director of Care", "27 November 2023"],
               ["St Cedd's Hospice", "Andrew Fairbairn", "Chief Executive", "28 November 2023"]],
     {"rel": [5, 3, 3.4, 2.4], "widths": [6.0, 3.4, 4.4, 2.8], "size": 8.5}),
]


def a8_pdf(path):
    ss = rl_styles("Times-Roman", 10.5, accent=colors.HexColor("#003087"))
    big = ParagraphStyle("big", fontName="Times-Bold", fontSize=22, leading=28, alignment=TA_CENTER)
    cen = ParagraphStyle("cen", fontName="Times-Roman", fontSize=12, leading=16, alignment=TA_CENTER)
    box = rl_table([["Programme", "Mid and South Essex Shared Care Record"],
                    ["Published by", A8_HOST + " (Host Controller)"],
                    ["Version", "2.0 (Final)"],
                    ["Approved by", "Shared Care Record Information Governance Group, 7 November 2023"],
                    ["Review", "See clause 14.2"],
                    ["DPIA", "MSE-SCR-DPIA v4.2"]], ss, [4.5 * cm, 11 * cm], header=False, bold_first_col=True)
    cover = [Spacer(1, 3 * cm),
             Paragraph("Mid and South Essex Shared Care Record", cen), Spacer(1, 1.2 * cm),
             Paragraph(esc(A8_TITLE), big), Spacer(1, 1.2 * cm),
             Paragraph("between the Host Controller and the Parties listed in Schedule 1", cen),
             Spacer(1, 3 * cm), box]
    rl_build(path, cover, A8_BODY, "single", ss,
             ("MSE Shared Care Record \u2013 Data Sharing Framework Agreement v2.0", "OFFICIAL"),
             "Published by NHS Mid and South Essex ICB on behalf of the Parties", title_meta="SCR DSFA v2.0")


def a8_docx():
    doc = new_doc("Cambria", 11)
    set_header_footer(doc, header="MSE Shared Care Record \u2013 Data Sharing Framework Agreement v2.0   OFFICIAL",
                      footer="Published by NHS Mid and South Essex ICB on behalf of the Parties")
    for _ in range(4):
        para(doc, "")
    para(doc, "Mid and South Essex Shared Care Record", size=12, align="center", space_after=20)
    para(doc, A8_TITLE, bold=True, size=22, align="center", space_after=20)
    para(doc, "between the Host Controller and the Parties listed in Schedule 1", size=12, align="center",
         space_after=40)
    table(doc, [["Programme", "Mid and South Essex Shared Care Record"],
                ["Published by", A8_HOST + " (Host Controller)"],
                ["Version", "2.0 (Final)"],
                ["Approved by", "Shared Care Record Information Governance Group, 7 November 2023"],
                ["Review", "See clause 14.2"],
                ["DPIA", "MSE-SCR-DPIA v4.2"]], header=False, widths=[4.5, 12], bold_first_col=True)
    page_break(doc)
    render_blocks_docx(doc, A8_BODY, hmode="word", table_size=9)
    return doc


sp, ms = sections(())
AGREEMENT_A8 = {
    "stem": "mse_shared_care_record_framework_agreement_v2",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "docx_builder": a8_docx,
    "rl_builder": a8_pdf,
    "truth": {
        "title": A8_TITLE,
        "purpose": first_purpose(A8_BODY),
        "lead": P(A8_HOST, None),
        "partners": [P("Mid and South Essex NHS Foundation Trust"),
                     P("Essex Partnership University NHS Foundation Trust"),
                     P("Provide Community Interest Company", R_PROVIDE),
                     P("North East London NHS Foundation Trust", R_NELFT),
                     P("East of England Ambulance Service NHS Trust", R_EEAST),
                     P("South Essex Urgent Care Limited"),
                     P("Essex County Council", R_ECC),
                     P("Southend-on-Sea City Council", R_SOUTHEND),
                     P("Thurrock Council", R_THURROCK),
                     P("Estuary Hospice Care"),
                     P("St Cedd's Hospice")],
        "statutes": [S("the Data Protection Act 2018", "Data Protection Act", 2018),
                     S("the Health Service (Control of Patient Information) Regulations 2002",
                       "Health Service (Control of Patient Information) Regulations", 2002),
                     S("National Health Service Act 2006", "National Health Service Act", 2006),
                     S("Health and Care Act 2022", "Health and Care Act", 2022),
                     S("Care Act 2014", "Care Act", 2014),
                     S("Children Act 1989", "Children Act", 1989),
                     S("Health and Social Care Act 2008", "Health and Social Care Act", 2008),
                     S("section 251B of the Health and Social Care Act 2012", "Health and Social Care Act", 2012,
                       "section 251B"),
                     S("Health and Social Care (National Data Guardian) Act 2018",
                       "Health and Social Care (National Data Guardian) Act", 2018),
                     S("Computer Misuse Act 1990", "Computer Misuse Act", 1990)],
        "review_date": "2024-11-14",
        "review_basis": "relative",
        "commencement_date": "2023-12-01",
        "sections_present": sp,
        "missing_sections": ms,
    },
}


# --------------------------------------------------------------------------
# A9  Palliative care research audit (hospice research & audit hand; no lead)
# --------------------------------------------------------------------------
A9_TITLE = "Retrospective Audit of Advance Care Planning and Place of Death in Cambridgeshire Care Homes"
A9_PARTIES = ["Fen Edge Hospice", "Cambridgeshire and Peterborough NHS Foundation Trust",
              "Cambridge University Hospitals NHS Foundation Trust",
              "NHS Cambridgeshire and Peterborough Integrated Care Board", "Cambridgeshire County Council",
              "Anglia Ruskin University"]
A9_BODY = [
    ("h1", "Section 1 \u2013 Background and purpose"),
    ("p", "National and local evidence shows that residents of care homes who have an advance care plan are more "
          "likely to die in the place they prefer. Fen Edge Hospice's Care Home Education Programme has run in 41 "
          "Cambridgeshire care homes since 2020, but its effect has not been measured."),
    ("purpose", "This agreement allows the parties to pool records of care home residents who died between 1 April "
                "2021 and 31 March 2023, so that the audit team can measure how often an advance care plan was in "
                "place, whether the person died in their preferred place, and how many emergency admissions "
                "occurred in their last 90 days of life."),
    ("p", "The findings will be used to improve end of life care education and commissioning. This is a service "
          "evaluation and clinical audit; it has been confirmed as not requiring Research Ethics Committee review "
          "(HRA decision tool, 4 October 2023)."),
    ("h1", "Section 2 \u2013 Parties"),
    ("p", "This agreement is made between:"),
    ("numbered", A9_PARTIES),
    ("p", "The audit steering group, with one member from each party, agrees the audit protocol and any "
          "publication. Anglia Ruskin University provides the statistician and the secure analysis environment."),
    ("h1", "Section 3 \u2013 The data"),
    ("table", [["Source", "Data items", "Identifiability"],
               ["Care homes (via Fen Edge Hospice)", "Advance care plan present (Y/N, date), preferred place of death, "
                "hospice involvement", "Identifiable at source; pseudonymised before transfer"],
               ["Cambridgeshire and Peterborough NHS Foundation Trust", "Community nursing contacts in last 90 days",
                "Pseudonymised"],
               ["Cambridge University Hospitals NHS Foundation Trust", "Emergency admissions, length of stay, place of "
                "death if in hospital", "Pseudonymised"],
               ["NHS Cambridgeshire and Peterborough Integrated Care Board", "Linked GP data: EPaCCS entry, DNACPR "
                "coding; ONS date and place of death", "Pseudonymised"],
               ["Cambridgeshire County Council", "Funding status and care home type", "Pseudonymised"]],
     {"widths": [4.8, 7.5, 4.2], "size": 9}),
    ("p", "Linkage uses a pseudonym created from the NHS number by the ICB's Data Services for Commissioners "
          "Regional Office (DSCRO). The audit team never receives names, NHS numbers or full dates of birth; "
          "age is banded in five-year groups and dates of death are given as month and year."),
    ("h1", "Section 4 \u2013 Legal basis"),
    ("p", "Identifiable information is disclosed to the DSCRO for pseudonymisation without consent, because the "
          "residents have died and seeking consent from families would be impracticable. The disclosure is "
          "supported under s251 National Health Service Act 2006 and regulation 5 of the Health Service (Control "
          "of Patient Information) Regulations 2002 (CAG reference 23/CAG/0187). Access to records of deceased "
          "persons is otherwise governed by the Access to Health Record Act 1990."),
    ("p", "For the pseudonymised data the parties rely on UK GDPR Article 6(1)(e) and Article 9(2)(j), with the "
          "research condition in the Data Protection Act 2018, Schedule 1, Part 1, paragraph 4. ONS mortality data "
          "are supplied under section 42 of the Statistics and Registration Service Act 2007."),
    ("h1", "Section 5 \u2013 How and when data are transferred"),
    ("p", "Each party sends one extract, once, between 1 February and 31 March 2024, by the ICB's secure file "
          "transfer service to the DSCRO. The DSCRO sends the linked pseudonymised file to the Anglia Ruskin "
          "University Trusted Research Environment in April 2024. No further transfers are planned."),
    ("h1", "Section 6 \u2013 Security"),
    ("p", "The analysis environment is accredited to ISO 27001 and meets the Five Safes framework. Only the named "
          "statistician and two hospice audit leads have accounts; outputs are checked for disclosure risk (no "
          "cell below 10) before they leave the environment. Re-identification of individuals is prohibited."),
    ("h1", "Section 7 \u2013 Data quality"),
    ("p", "Each party validates its extract against its own system before transfer and supplies a record count. "
          "The statistician reports linkage rates and missing values to the steering group before analysis begins."),
    ("h1", "Section 8 \u2013 Retention and destruction"),
    ("p", "The linked file is kept in the Trusted Research Environment until the audit report is published, and "
          "no later than 31 March 2025, and is then destroyed; the University provides a certificate of "
          "destruction to each party. Aggregate results may be kept indefinitely."),
    ("h1", "Section 9 \u2013 Concerns and complaints"),
    ("p", "Families or members of the public with concerns about the audit may contact the Fen Edge Hospice "
          "Audit and Research Lead, who will refer the matter to the steering group and reply within 20 working "
          "days. Complaints may also be made through any party's complaints procedure."),
    ("h1", "Section 10 \u2013 Breaches"),
    ("p", "Any suspected breach of this agreement, including any attempt at re-identification, must be reported "
          "within 24 hours to the steering group and to the Data Protection Officer of each party whose data are "
          "affected. The party whose data are affected decides whether to notify the Information Commissioner."),
    ("h1", "Section 11 \u2013 Duration and signatures"),
    ("p", "This agreement comes into effect on 15 January 2024 and ends on 31 March 2025, when the audit closes. "
          "It will be reviewed at the mid-point of the audit (see the control table)."),
    ("table", [["Party", "Name", "Position", "Date"],
               ["Fen Edge Hospice", "Dr Imogen Taylor", "Consultant in Palliative Medicine; Audit Lead", "08/01/2024"],
               ["Cambridgeshire and Peterborough NHS Foundation Trust", "Graham Pugh", "Caldicott Guardian", "09/01/2024"],
               ["Cambridge University Hospitals NHS Foundation Trust", "Dr Ayesha Karim", "Caldicott Guardian", "10/01/2024"],
               ["NHS Cambridgeshire and Peterborough Integrated Care Board", "Nicola Hart", "Head of Data Services", "10/01/2024"],
               ["Cambridgeshire County Council", "Philip Lomax", "Information Governance Manager", "11/01/2024"],
               ["Anglia Ruskin University", "Prof. Daniel Hewitt", "Director, Health Data Research", "12/01/2024"]],
     {"widths": [5.8, 3.4, 5.0, 2.3], "size": 9}),
]


def a9_docx():
    doc = new_doc("Georgia", 10.5)
    set_header_footer(doc, header="Care Home End of Life Care Audit \u2013 Data Sharing Agreement",
                      footer="CEOL-AUD-2023-09", header_align="right")
    para(doc, "Cambridgeshire Care Home End of Life Care Audit", bold=True, size=14, colour="2E5E4E", space_after=2)
    para(doc, "Audit Steering Group", size=10, space_after=60)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("DATA SHARING AGREEMENT")
    r.font.size = Pt(12)
    for line in ["Retrospective Audit of Advance Care Planning and Place", "of Death in Cambridgeshire Care Homes"]:
        p = c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(17)
    shade(c, "EAF1EE")
    para(doc, "")
    para(doc, "")
    table(doc, [["Audit reference", "CEOL-AUD-2023-09"], ["Version", "1.1"],
                ["Approved by", "Audit Steering Group (all parties)"],
                ["Date approved", "12 December 2023"], ["Next review", "1st June 2024"],
                ["Audit closes", "31 March 2025"]],
          header=False, widths=[5, 11.5], bold_first_col=True)
    para(doc, "Contents", bold=True, size=12)
    for line in ["Section 1 \u2013 Background and purpose", "Section 2 \u2013 Parties", "Section 3 \u2013 The data",
                 "Section 4 \u2013 Legal basis", "Section 5 \u2013 How and when data are transferred",
                 "Section 6 \u2013 Security", "Section 7 \u2013 Data quality",
                 "Section 8 \u2013 Retention and destruction", "Section 9 \u2013 Concerns and complaints",
                 "Section 10 \u2013 Breaches", "Section 11 \u2013 Duration and signatures"]:
        para(doc, line, space_after=1, size=10)
    page_break(doc)
    render_blocks_docx(doc, A9_BODY, hmode="word", table_size=9)
    return doc


sp, ms = sections(("individual_rights",))
AGREEMENT_A9 = {
    "stem": "fen_edge_hospice_care_home_eolc_audit_dsa",
    "formats": ["docx", "pdf", "doc"],
    "pdf_via": "lo",
    "docx_builder": a9_docx,
    "truth": {
        "title": A9_TITLE,
        "purpose": first_purpose(A9_BODY),
        "lead": None,
        "partners": [P(n) for n in A9_PARTIES],
        "statutes": [S("s251 National Health Service Act 2006", "National Health Service Act", 2006, "section 251"),
                     S("regulation 5 of the Health Service (Control of Patient Information) Regulations 2002",
                       "Health Service (Control of Patient Information) Regulations", 2002, "regulation 5"),
                     S("Access to Health Record Act 1990", "Access to Health Records Act", 1990),
                     S("Data Protection Act 2018, Schedule 1", "Data Protection Act", 2018, "Schedule 1"),
                     S("section 42 of the Statistics and Registration Service Act 2007",
                       "Statistics and Registration Service Act", 2007, "section 42")],
        "review_date": "2024-06-01",
        "review_basis": "explicit",
        "commencement_date": "2024-01-15",
        "sections_present": sp,
        "missing_sections": ms,
    },
}

AGREEMENTS = [AGREEMENT_A1, AGREEMENT_A2, AGREEMENT_A3, AGREEMENT_A4, AGREEMENT_A5, AGREEMENT_A6,
              AGREEMENT_A7, AGREEMENT_A8, AGREEMENT_A9]




# --------------------------------------------------------------------------

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)

    to_pdf, to_doc = [], []
    truth = []
    for ag in AGREEMENTS:
        stem = ag["stem"]
        fmts = ag["formats"]
        # Word rendering (shipped as DOCX, or kept in BUILD only as the source of PDF/DOC)
        if ag.get("docx_builder"):
            doc = ag["docx_builder"]()
            ship_docx = "docx" in fmts
            dpath = os.path.join(OUT if ship_docx else BUILD, stem + ".docx")
            doc.save(dpath)
            fix_zip(dpath)
            if "pdf" in fmts and ag["pdf_via"] == "lo":
                to_pdf.append(dpath)
            if "doc" in fmts:
                to_doc.append(dpath)
        if "pdf" in fmts and ag["pdf_via"] == "rl":
            ag["rl_builder"](os.path.join(OUT, stem + ".pdf"))
        for f in fmts:
            rec = {"file": stem + "." + f, "format": f}
            rec.update(ag["truth"])
            truth.append(rec)

    soffice("pdf", to_pdf, OUT)
    soffice("doc", to_doc, OUT)

    for rec in truth:
        assert os.path.exists(os.path.join(OUT, rec["file"])), rec["file"]
    truth.sort(key=lambda r: r["file"])
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d files, %d truth records" % (len(os.listdir(OUT)), len(truth)))


if __name__ == "__main__":
    main()
