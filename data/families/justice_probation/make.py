#!/usr/bin/env python
"""Deterministic generator for the `justice_probation` blind corpus family.

Writes files/ (PDF, DOCX, DOC) and truth.json beside this script.
Run:  .venv/bin/python data/families/justice_probation/make.py
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import datetime as _dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, KeepTogether, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo_justice_probation"

# ---------------------------------------------------------------------------
# Block model shared by the Word and reportlab renderers
#   ("h", level, text)        heading
#   ("p", text)               paragraph
#   ("np", label, text)       numbered paragraph, number typed as text
#   ("ul", [items])           bulleted list
#   ("table", rows, opts)     table, first row is a header unless opts["header"] is False
#   ("pb",)                   page break
#   ("sp",)                   small vertical gap
# ---------------------------------------------------------------------------


def H(level, text):
    return ("h", level, text)


def P(text):
    return ("p", text)


def NP(label, text):
    return ("np", label, text)


def UL(*items):
    return ("ul", list(items))


def T(rows, **opts):
    return ("table", rows, opts)


PB = ("pb",)
SP = ("sp",)


# ---------------------------------------------------------------------------
# Word rendering
# ---------------------------------------------------------------------------

def _set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hex_fill))
    tcPr.append(shd)


def _add_field(paragraph, instr):
    fld = parse_xml(r'<w:fldSimple %s w:instr="%s"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                    % (nsdecls("w"), instr))
    paragraph._p.append(fld)


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def add_textbox(doc, lines, width_pt=430, height_pt=120, fill="1F3864", colour="FFFFFF",
                size_half_pts=36, shape_id=1):
    """Append an inline VML text box holding `lines` (list of (text, bold)) to the body."""
    paras = []
    for text, bold in lines:
        b = "<w:b/>" if bold else ""
        paras.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>%s<w:color w:val="%s"/>'
            '<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (b, colour, size_half_pts, _esc(text)))
    xml = (
        '<w:p %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt" fillcolor="#%s" strokecolor="#%s" strokeweight="1pt">'
        '<v:textbox inset="8pt,8pt,8pt,8pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>'
        % (nsdecls("w"), shape_id, shape_id, width_pt, height_pt, fill, fill, "".join(paras)))
    el = parse_xml(xml)
    body = doc.element.body
    body.insert(len(body) - 1, el)  # before sectPr


class WordStyle:
    def __init__(self, font="Arial", size=11, heading_mode="styled", heading_colour=None,
                 caps_headings=False, table_style="Table Grid", header_fill="D9D9D9",
                 justify=False, h1_size=14, h2_size=12, margins_cm=2.3, line_after=6):
        self.font = font
        self.size = size
        self.heading_mode = heading_mode  # "styled" (Heading n) or "bold" (plain bold paragraph)
        self.heading_colour = heading_colour
        self.caps_headings = caps_headings
        self.table_style = table_style
        self.header_fill = header_fill
        self.justify = justify
        self.h1_size = h1_size
        self.h2_size = h2_size
        self.margins_cm = margins_cm
        self.line_after = line_after


def new_word_doc(ws, author):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    fixed = _dt.datetime(2024, 1, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = ws.font
    st.font.size = Pt(ws.size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), ws.font)
    st.paragraph_format.space_after = Pt(ws.line_after)
    for name, sz in (("Heading 1", ws.h1_size), ("Heading 2", ws.h2_size), ("Heading 3", ws.size)):
        hs = doc.styles[name]
        hs.font.name = ws.font
        hs.font.size = Pt(sz)
        hs.font.bold = True
        hs.font.color.rgb = RGBColor.from_string(ws.heading_colour or "000000")
        rpr = hs.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = parse_xml(r'<w:rFonts %s/>' % nsdecls("w"))
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), ws.font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
        hs.paragraph_format.space_before = Pt(12)
        hs.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(ws.margins_cm))
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    return doc


def word_para(doc, text, bold=False, size=None, align=None, italic=False, colour=None,
              space_after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def word_table(doc, rows, ws, header=True, widths=None, bold_first_col=False, fill=None,
               font_size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if ws.table_style:
        t.style = doc.styles[ws.table_style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            parts = val.split("\n") if isinstance(val, str) else [str(val)]
            for k, part in enumerate(parts):
                para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                para.paragraph_format.space_after = Pt(2)
                run = para.add_run(part)
                if font_size:
                    run.font.size = Pt(font_size)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
            if header and i == 0:
                _set_cell_shading(cell, fill or ws.header_fill)
            elif bold_first_col and j == 0 and fill:
                _set_cell_shading(cell, fill)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if j < len(widths):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def render_word_blocks(doc, blocks, ws):
    for b in blocks:
        kind = b[0]
        if kind == "h":
            level, text = b[1], b[2]
            if ws.caps_headings and level == 1:
                text = text.upper()
            if ws.heading_mode == "styled":
                doc.add_heading(text, level=level)
            else:
                p = word_para(doc, text, bold=True, size=ws.h1_size if level == 1 else ws.h2_size,
                              colour=ws.heading_colour)
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
        elif kind == "p":
            word_para(doc, b[1], align="justify" if ws.justify else None)
        elif kind == "np":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-1.25)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
            p.add_run(b[1] + "\t" + b[2])
            if ws.justify:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "ul":
            for item in b[1]:
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(item)
                p.paragraph_format.space_after = Pt(3)
        elif kind == "table":
            opts = b[2]
            word_table(doc, b[1], ws, header=opts.get("header", True), widths=opts.get("widths"),
                       bold_first_col=opts.get("bold_first_col", False), fill=opts.get("fill"),
                       font_size=opts.get("font_size"))
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "sp":
            doc.add_paragraph()
        else:
            raise ValueError(kind)


def set_header_footer(doc, header_lines=None, footer_lines=None, page_numbers=None,
                      font_size=9, different_first=False, header_align="center",
                      footer_align="center"):
    """header_lines / footer_lines: list of (text, bold). page_numbers: a format such as
    'Page {PAGE} of {NUMPAGES}' appended to the footer."""
    sec = doc.sections[0]
    sec.different_first_page_header_footer = different_first
    if header_lines:
        hdr = sec.header
        first = True
        for text, bold in header_lines:
            p = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            r = p.add_run(text)
            r.bold = bold
            r.font.size = Pt(font_size)
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "left": WD_ALIGN_PARAGRAPH.LEFT}[header_align]
    if footer_lines or page_numbers:
        ftr = sec.footer
        first = True
        for text, bold in (footer_lines or []):
            p = ftr.paragraphs[0] if first else ftr.add_paragraph()
            first = False
            r = p.add_run(text)
            r.bold = bold
            r.font.size = Pt(font_size)
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "left": WD_ALIGN_PARAGRAPH.LEFT}[footer_align]
        if page_numbers:
            p = ftr.paragraphs[0] if first else ftr.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pieces = page_numbers.replace("{NUMPAGES}", "\x00N\x00").replace("{PAGE}", "\x00P\x00").split("\x00")
            for piece in pieces:
                if piece == "P":
                    _add_field(p, "PAGE")
                elif piece == "N":
                    _add_field(p, "NUMPAGES")
                elif piece:
                    r = p.add_run(piece)
                    r.font.size = Pt(font_size)
    if different_first:
        # leave the first-page header/footer empty (cover page)
        sec.first_page_header.paragraphs[0].text = ""
        sec.first_page_footer.paragraphs[0].text = ""


# ---------------------------------------------------------------------------
# reportlab helpers
# ---------------------------------------------------------------------------

def rl_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RLStyle:
    def __init__(self, font="Helvetica", bold="Helvetica-Bold", size=9.5, leading=12.5,
                 h1=13, h2=10.5, colour=colors.black, accent=colors.HexColor("#1F3864"),
                 justify=False, caps_headings=False, header_fill=colors.HexColor("#D9E2F3"),
                 grid=colors.HexColor("#7F7F7F")):
        self.font, self.bold, self.size, self.leading = font, bold, size, leading
        self.accent = accent
        self.caps_headings = caps_headings
        self.header_fill = header_fill
        self.grid = grid
        al = TA_JUSTIFY if justify else TA_LEFT
        self.body = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading,
                                   spaceAfter=5, alignment=al, textColor=colour)
        self.np_style = ParagraphStyle("np", parent=self.body, leftIndent=28, firstLineIndent=-28)
        self.bullet = ParagraphStyle("bul", parent=self.body, leftIndent=14, bulletIndent=4,
                                     spaceAfter=2)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=h1, leading=h1 + 3, spaceBefore=9,
                                 spaceAfter=5, textColor=accent, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=h2, leading=h2 + 3, spaceBefore=6,
                                 spaceAfter=3, textColor=colour, keepWithNext=1)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=leading - 1.5)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=bold)


def rl_table(rows, rs, avail_width, header=True, widths=None, bold_first_col=False,
             fill=None, font_size=None):
    cs = rs.cell if not font_size else ParagraphStyle("c2", parent=rs.cell, fontSize=font_size,
                                                      leading=font_size + 2)
    cb = rs.cellb if not font_size else ParagraphStyle("c3", parent=rs.cellb, fontSize=font_size,
                                                       leading=font_size + 2)
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, val in enumerate(row):
            st = cb if ((header and i == 0) or (bold_first_col and j == 0)) else cs
            out.append(Paragraph(rl_escape(str(val)).replace("\n", "<br/>"), st))
        data.append(out)
    if widths:
        tot = float(sum(widths))
        colw = [avail_width * w / tot for w in widths]
    else:
        colw = [avail_width / len(rows[0])] * len(rows[0])
    t = Table(data, colWidths=colw, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, rs.grid), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), fill or rs.header_fill))
    if bold_first_col:
        style.append(("BACKGROUND", (0, 1 if header else 0), (0, -1), fill or rs.header_fill))
    t.setStyle(TableStyle(style))
    return t


def rl_blocks(blocks, rs, avail_width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            text = b[2].upper() if (rs.caps_headings and b[1] == 1) else b[2]
            out.append(Paragraph(rl_escape(text), rs.h1 if b[1] == 1 else rs.h2))
        elif kind == "p":
            out.append(Paragraph(rl_escape(b[1]), rs.body))
        elif kind == "np":
            out.append(Paragraph("%s&nbsp;&nbsp;&nbsp;%s" % (rl_escape(b[1]), rl_escape(b[2])),
                                 rs.np_style))
        elif kind == "ul":
            for item in b[1]:
                out.append(Paragraph(rl_escape(item), rs.bullet, bulletText="-"))
            out.append(Spacer(1, 3))
        elif kind == "table":
            o = b[2]
            out.append(rl_table(b[1], rs, avail_width, header=o.get("header", True),
                                widths=o.get("widths"), bold_first_col=o.get("bold_first_col", False),
                                fill=None, font_size=o.get("font_size")))
            out.append(Spacer(1, 6))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "sp":
            out.append(Spacer(1, 8))
    return out


# ---------------------------------------------------------------------------
# conversion
# ---------------------------------------------------------------------------

def soffice_convert(paths, fmt, outdir):
    if not paths:
        return
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", fmt,
           "--outdir", outdir] + list(paths)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


AGREEMENTS = []


def agreement(fn):
    AGREEMENTS.append(fn)
    return fn


# ===========================================================================
# A1  Essex MAPPA information sharing agreement (Word -> PDF, DOCX, DOC)
# ===========================================================================

@agreement
def a1_mappa():
    base = "Essex_MAPPA_ISA_v3.1_FINAL"
    title1 = "Multi-Agency Public Protection Arrangements (MAPPA)"
    title2 = "Information Sharing Agreement for Essex"
    parties = [
        ["Agency", "Role under MAPPA", "Single point of contact (post)"],
        ["Essex Police", "Responsible Authority", "Detective Superintendent, Public Protection Command"],
        ["The Probation Service \u2013 East of England Region", "Responsible Authority",
         "Head of Public Protection, East of England"],
        ["HMP Chelmsford", "Responsible Authority (prison service)", "Head of Offender Management Delivery"],
        ["Essex County Council", "Duty to co-operate (children\u2019s and adult social care, youth justice, education)",
         "Director, Safeguarding and Quality Assurance"],
        ["Southend-on-Sea City Council", "Duty to co-operate (social care, housing, youth justice)",
         "Head of Community Safety"],
        ["Thurrock Council", "Duty to co-operate (social care, housing, youth justice)", "Strategic Lead, Community Safety"],
        ["Basildon Borough Council", "Duty to co-operate (housing authority)", "Housing Needs Manager"],
        ["Chelmsford City Council", "Duty to co-operate (housing authority)", "Housing Options Manager"],
        ["Colchester City Council", "Duty to co-operate (housing authority)", "Homelessness Lead"],
        ["Tendring District Council", "Duty to co-operate (housing authority)", "Housing Solutions Manager"],
        ["NHS Mid and South Essex Integrated Care Board", "Duty to co-operate (health)", "Designated Professional, Safeguarding Adults"],
        ["NHS Hertfordshire and West Essex Integrated Care Board", "Duty to co-operate (health)", "Head of Safeguarding"],
        ["NHS Suffolk and North East Essex Integrated Care Board", "Duty to co-operate (health)", "Head of Safeguarding"],
        ["Essex Partnership University NHS Foundation Trust", "Duty to co-operate (mental health and forensic services)",
         "Associate Director, Safeguarding"],
        ["Department for Work and Pensions (Jobcentre Plus)", "Duty to co-operate", "Essex District Partnership Manager"],
        ["Estuary Housing Association", "Duty to co-operate (registered provider)", "Head of Housing Management"],
        ["CHP", "Duty to co-operate (registered provider)", "Tenancy Services Manager"],
    ]
    blocks = [
        H(1, "1. Introduction"),
        NP("1.1", "Multi-Agency Public Protection Arrangements (MAPPA) are the statutory arrangements for "
           "managing registered sexual offenders, violent offenders and other dangerous offenders who pose a "
           "risk of serious harm to the public. They were put on a statutory footing in 2001 and are now set out "
           "in sections 325 to 327B of the Criminal Justice Act 2003."),
        NP("1.2", "In Essex the Responsible Authority is made up of Essex Police, the Probation Service and the "
           "prison service. A number of other agencies, listed in section 3, are under a duty to co-operate with "
           "the Responsible Authority. The Essex MAPPA Strategic Management Board (SMB) oversees the arrangements "
           "across the county and the unitary areas of Southend-on-Sea and Thurrock."),
        NP("1.3", "This agreement replaces version 3.0. It should be read alongside the national MAPPA Guidance "
           "issued by the Ministry of Justice, the ViSOR National Standards and each agency\u2019s own "
           "information management policies. Where this agreement and the MAPPA Guidance differ, the MAPPA "
           "Guidance takes precedence."),
        H(1, "2. Purpose of the agreement"),
        NP("2.1", "Information is shared under this agreement so that the agencies of the Responsible Authority and "
           "the duty to co-operate agencies can jointly identify, assess and manage the risk of serious harm posed "
           "by MAPPA offenders living in, or released to, Essex, Southend-on-Sea and Thurrock, and so protect the "
           "public, including previous victims and people who may become victims."),
        NP("2.2", "In particular, the agreement supports:"),
        UL("the identification of MAPPA-eligible offenders and their notification to the MAPPA Unit;",
           "referral of offenders for management at level 2 or level 3 and the exchange of information before, "
           "during and after MAPPA meetings;",
           "the preparation and delivery of risk management plans, including licence conditions, accommodation "
           "and the protection of named individuals;",
           "controlled disclosure of information about an offender to a third party where this is necessary to "
           "protect the public; and",
           "the strategic monitoring of the arrangements by the SMB, using anonymised or aggregated data."),
        NP("2.3", "This agreement does not cover the sharing of information for the management of offenders who are "
           "not MAPPA-eligible. Those exchanges are covered by the Integrated Offender Management agreement and by "
           "local safeguarding arrangements."),
        H(1, "3. Parties to the agreement"),
        NP("3.1", "The following agencies are parties to this agreement. Each has nominated a single point of "
           "contact (SPOC) who is responsible for the agency\u2019s compliance with it."),
        T(parties, widths=[6.0, 5.5, 5.0], font_size=9),
        NP("3.2", "Where an offender moves to or from another MAPPA area, for example to Hertfordshire or Suffolk, the "
           "national transfer procedure in the MAPPA Guidance is followed. Agencies in the receiving area are not "
           "parties to this agreement and receive information under their own local arrangements."),
        H(1, "4. Legal basis for sharing"),
        NP("4.1", "Section 325 of the 2003 Act requires the Responsible Authority to establish arrangements for "
           "assessing and managing the risks posed by relevant sexual and violent offenders. Section 325(3) places "
           "a duty to co-operate on the agencies listed in section 3 of this agreement, and section 325(4) provides "
           "for a memorandum setting out the ways in which they are to co-operate. This agreement forms part of "
           "that memorandum for Essex."),
        NP("4.2", "Essex Police, the Probation Service and the prison service are competent authorities and process "
           "personal data for the law enforcement purposes under Part 3 of the Data Protection Act 2018. Sensitive "
           "processing by those agencies relies on section 35 and the conditions in Schedule 8 to that Act, in "
           "particular statutory purposes and the safeguarding of individuals at risk."),
        NP("4.3", "Duty to co-operate agencies which are not competent authorities process personal data under "
           "Article 6(1)(e) of the UK GDPR (performance of a task carried out in the public interest). Information "
           "about criminal convictions and offences is processed under Article 10 of the UK GDPR with the "
           "conditions in Schedule 1 to the 2018 Act, and special category data under Article 9(2)(g)."),
        NP("4.4", "The following powers also support the sharing described in this agreement:"),
        UL("section 115 of the Crime and Disorder Act 1998, which allows any person to disclose information to a "
           "relevant authority where disclosure is necessary or expedient for the purposes of the Act;",
           "section 14 of the Offender Management Act 2007, which permits disclosure to and by probation providers "
           "for the purposes of offender management;",
           "Part 2 of the Sexual Offences Act 2003, which sets the notification requirements for registered sexual "
           "offenders; and",
           "the Domestic Violence, Crime and Victim Act 2004, which sets the duties of the Probation Service to "
           "victims of sexual and violent offences."),
        NP("4.5", "All sharing must be compatible with the Human Rights Act 1998. Disclosure interferes with the right "
           "to respect for private and family life and must therefore be lawful, necessary for the protection of "
           "others and proportionate to the risk being managed."),
        NP("4.6", "Information held in confidence, for example by health professionals, may be shared without consent "
           "where the public interest in protecting others from serious harm outweighs the common law duty of "
           "confidence. The decision and its reasons must be recorded."),
        H(1, "5. Information to be shared"),
        NP("5.1", "Only the information that is relevant and necessary for the assessment and management of risk is "
           "to be shared. The data items normally exchanged are listed in Annex A and include:"),
        UL("identifying details of the offender, including aliases, date of birth, PNC and nDelius references;",
           "offence, sentence, licence and registration details;",
           "risk assessments (OASys, ARMS, Active Risk Management System and police risk assessments);",
           "address, accommodation and employment details;",
           "details of victims, potential victims and children in contact with the offender;",
           "relevant health, mental health and substance misuse information; and",
           "actions agreed at MAPPA meetings and their outcome."),
        NP("5.2", "Information about victims and other third parties is shared only to the extent needed to protect "
           "them, and their contact details are not recorded in the MAPPA minutes."),
        H(1, "6. How and when information is shared"),
        NP("6.1", "Referrals are made to the MAPPA Unit on the MAPPA referral form, sent by secure email. Agencies use "
           "gov.uk, pnn.police.uk, nhs.net or cjsm.net accounts, or the Egress secure mail service where an agency "
           "has no secure domain."),
        NP("6.2", "Level 2 and level 3 meetings are held monthly in the north, south and west of the county and "
           "extra meetings are called when risk escalates. Reports for a meeting are sent to the MAPPA Unit at "
           "least five working days beforehand. Minutes are circulated within ten working days of the meeting."),
        NP("6.3", "Police, probation and prison staff record MAPPA information on ViSOR. Duty to co-operate agencies "
           "do not have ViSOR access and receive information through the MAPPA Unit or at meetings."),
        NP("6.4", "Urgent information that indicates an imminent risk of serious harm must be passed immediately by "
           "telephone to the offender manager or to Essex Police on 101 (999 in an emergency), and confirmed in "
           "writing the same day."),
        H(1, "7. Handling, storage and security"),
        NP("7.1", "MAPPA documents are marked OFFICIAL-SENSITIVE under the Government Security Classifications and are "
           "handled accordingly. Minutes and reports must not be copied, forwarded or attached to other records "
           "without the agreement of the MAPPA Chair."),
        NP("7.2", "Each agency must store MAPPA information on systems with role-based access controls, and access "
           "must be limited to staff with a business need. Paper copies are kept in locked storage and taken out "
           "of the office only when necessary."),
        NP("7.3", "Staff who attend MAPPA meetings sign the confidentiality statement at each meeting and must have "
           "completed their agency\u2019s data protection training within the last year."),
        H(1, "8. Data quality and responsibilities"),
        NP("8.1", "The agency that provides information is responsible for making sure it is accurate, up to date and "
           "clearly distinguishes fact from opinion. Where an agency learns that information it has shared is "
           "wrong, it must tell the MAPPA Unit and every recipient without delay."),
        NP("8.2", "The MAPPA Coordinator is responsible for the accuracy of MAPPA minutes and for recording "
           "corrections. Each SPOC is responsible for making sure that staff in their agency understand and follow "
           "this agreement."),
        H(1, "9. Retention and disposal"),
        NP("9.1", "MAPPA minutes and reports held by the MAPPA Unit are kept in line with the national MAPPA document "
           "retention schedule and the police guidance on the management of police information. Other agencies "
           "keep MAPPA information in their own records only where it is needed, and in line with their own "
           "retention schedules."),
        NP("9.2", "When information is no longer required it must be securely destroyed: paper by cross-cut "
           "shredding or confidential waste, electronic records by permanent deletion."),
        H(1, "10. Subject access and other rights"),
        NP("10.1", "A person may ask any party for a copy of the information held about them. The agency receiving the "
           "request must consult the agency that provided the information before any disclosure, and the MAPPA "
           "Coordinator where MAPPA minutes are involved."),
        NP("10.2", "Rights of access, rectification and erasure may be restricted where this is necessary to avoid "
           "prejudicing the prevention or detection of crime or to protect the rights of others, for example under "
           "section 45 of the 2018 Act. Any restriction must be recorded and kept under review."),
        NP("10.3", "The MAPPA privacy notice published on the Essex Police website explains how information is used. "
           "Offenders are told at the start of their sentence or licence that they are managed under MAPPA and "
           "that information about them will be shared."),
        H(1, "11. Security incidents and breaches"),
        NP("11.1", "Any loss, theft or unauthorised disclosure of MAPPA information must be reported to the agency\u2019s "
           "data protection officer within 24 hours of discovery, and to the MAPPA Coordinator and the agency that "
           "provided the information."),
        NP("11.2", "The agency responsible for the breach decides, with its data protection officer, whether the "
           "Information Commissioner must be notified, which must be done within 72 hours where required. The SMB "
           "is told of every breach involving MAPPA information and reviews them at its quarterly meeting."),
        H(1, "12. Commencement, review and termination"),
        NP("12.1", "This agreement takes effect on 1 October 2023 and replaces all earlier versions."),
        NP("12.2", "The SMB will review the agreement at least every two years, and sooner if the law or the MAPPA "
           "Guidance changes. The date of the next review is shown on the document control sheet."),
        NP("12.3", "The duty to co-operate is statutory and an agency cannot withdraw from it. An agency may, however, "
           "ask the SMB to amend the agreement by writing to the MAPPA Coordinator."),
        NP("12.4", "By signing below each agency agrees to comply with this agreement."),
        T([["Agency", "Name", "Post", "Date"],
           ["Essex Police", "Detective Chief Superintendent Rachel Oduya", "Head of Crime and Public Protection", "14/09/2023"],
           ["The Probation Service \u2013 East of England Region", "Martin Hollis", "Regional Probation Director", "15/09/2023"],
           ["HMP Chelmsford", "Samantha Greer", "Governing Governor", "18/09/2023"],
           ["Essex County Council", "Helen Markwick", "Director, Safeguarding and Quality Assurance", "20/09/2023"],
           ["Southend City Council", "Jonathan Pike", "Executive Director, Neighbourhoods", "21/09/2023"],
           ["Thurrock Council", "Aisha Rahman", "Assistant Director, Community Safety", "22/09/2023"],
           ["NHS Mid and South Essex Integrated Care Board", "Dr Paul Whitcombe", "Chief Nursing Officer", "25/09/2023"],
           ["Essex Partnership University NHS Foundation Trust", "Nicola Barrett", "Executive Chief Nurse", "26/09/2023"],
           ["Department for Work and Pensions (Jobcentre Plus)", "Gareth Lowe", "District Manager, Essex", "27/09/2023"]],
          widths=[5.2, 4.6, 4.8, 2.2], font_size=9),
        P("Signatures for the remaining duty to co-operate agencies are held by the MAPPA Unit."),
        PB,
        H(1, "Annex A \u2013 Data items"),
        T([["Category", "Data items", "Normally provided by"],
           ["Identity", "Name, aliases, date of birth, gender, ethnicity, PNC ID, CRO number, nDelius CRN, prison number",
            "Police, Probation, Prison"],
           ["Offending", "Index offence, previous convictions, sentence, licence expiry date, registration and notification period",
            "Police, Probation"],
           ["Risk", "OASys summary, ARMS assessment, police risk assessment, MAPPA category and level", "Probation, Police"],
           ["Location", "Current and proposed address, approved premises, employment and travel", "Probation, Housing authorities"],
           ["Victims and children", "Names and relationship of victims and children in contact with the offender",
            "Police, Children\u2019s social care"],
           ["Health", "Mental health diagnosis and treatment where relevant to risk, substance misuse", "NHS trusts, ICBs"],
           ["Benefits and work", "Claim status and work search requirements where relevant to licence conditions", "DWP"],
           ["Actions", "Risk management plan actions, owner and completion date", "All agencies"]],
          widths=[3.0, 9.5, 4.0], font_size=9),
        H(1, "Annex B \u2013 Contacts"),
        T([["Contact", "Email"],
           ["Essex MAPPA Unit", "mappa.unit@essex.police.uk"],
           ["MAPPA Coordinator", "mappa.coordinator@essex.police.uk"],
           ["Probation public protection", "publicprotection.eoe@justice.gov.uk"],
           ["Essex Police Data Protection Officer", "data.protection@essex.police.uk"]],
          widths=[7, 9], font_size=9),
    ]
    contents = ["1. Introduction", "2. Purpose of the agreement", "3. Parties to the agreement",
                "4. Legal basis for sharing", "5. Information to be shared", "6. How and when information is shared",
                "7. Handling, storage and security", "8. Data quality and responsibilities", "9. Retention and disposal",
                "10. Subject access and other rights", "11. Security incidents and breaches",
                "12. Commencement, review and termination", "Annex A \u2013 Data items", "Annex B \u2013 Contacts"]

    def build_docx(path):
        ws = WordStyle(font="Arial", size=10.5, heading_mode="styled", caps_headings=True, h1_size=12)
        doc = new_word_doc(ws, "MAPPA Unit")
        set_header_footer(doc, header_lines=[("OFFICIAL-SENSITIVE", True)],
                          footer_lines=[("OFFICIAL-SENSITIVE", True), ("Essex MAPPA ISA  |  Version 3.1", False)],
                          page_numbers="Page {PAGE} of {NUMPAGES}")
        for _ in range(4):
            doc.add_paragraph()
        word_para(doc, "ESSEX MAPPA STRATEGIC MANAGEMENT BOARD", bold=True, size=12, align="center")
        for _ in range(3):
            doc.add_paragraph()
        p = word_para(doc, title1, bold=True, size=22, align="center", space_after=0)
        p.add_run().add_break()
        r = p.add_run(title2)
        r.bold = True
        r.font.size = Pt(22)
        for _ in range(3):
            doc.add_paragraph()
        word_para(doc, "Version 3.1", size=14, align="center")
        word_para(doc, "September 2023", size=14, align="center")
        for _ in range(6):
            doc.add_paragraph()
        word_para(doc, "This document is the property of the Essex MAPPA Responsible Authority. It must not be copied or "
                  "circulated outside the signatory agencies without the agreement of the MAPPA Coordinator.",
                  italic=True, size=9, align="center")
        doc.add_page_break()
        word_para(doc, "DOCUMENT CONTROL", bold=True, size=12)
        word_table(doc, [["Document reference", "ESX-MAPPA-ISA-003"], ["Version", "3.1"], ["Status", "Final"],
                         ["Security classification", "OFFICIAL-SENSITIVE when completed with personal data"],
                         ["Owner", "Essex Police, on behalf of the Essex MAPPA Responsible Authority"],
                         ["Author", "MAPPA Coordinator, Essex MAPPA Unit"],
                         ["Approved by", "Essex MAPPA Strategic Management Board"],
                         ["Date approved", "12/09/2023"], ["Effective from", "01/10/2023"],
                         ["Date of next review", "30/09/2025"]],
                   ws, header=False, widths=[5, 11.5], bold_first_col=True, fill="E7E6E6")
        word_para(doc, "VERSION HISTORY", bold=True, size=12)
        word_table(doc, [["Version", "Date", "Author", "Summary of changes"],
                         ["1.0", "14/03/2016", "MAPPA Coordinator", "First issue under the Essex SMB"],
                         ["2.0", "21/06/2018", "MAPPA Coordinator / Information Management",
                          "Updated for the data protection legislation in force from May 2018"],
                         ["3.0", "02/05/2023", "MAPPA Coordinator",
                          "Reflects the unified Probation Service from June 2021; duty to co-operate agencies updated "
                          "for integrated care boards"],
                         ["3.1", "12/09/2023", "MAPPA Coordinator", "Minor amendments following SMB approval"]],
                   ws, widths=[1.6, 2.4, 4.5, 8], font_size=9)
        word_para(doc, "DISTRIBUTION", bold=True, size=12)
        word_para(doc, "Members of the Essex MAPPA Strategic Management Board; agency single points of contact; "
                  "MAPPA Chairs; the MAPPA Unit.")
        doc.add_page_break()
        word_para(doc, "CONTENTS", bold=True, size=12)
        for c in contents:
            word_para(doc, c, space_after=2)
        doc.add_page_break()
        render_word_blocks(doc, blocks, ws)
        doc.save(path)

    truth = {
        "title": title1 + " " + title2,
        "purpose": blocks[5][2],
        "lead": {"name": "Essex Police", "org": "Essex Police"},
        "partners": [
            {"name": "The Probation Service \u2013 East of England Region", "org": None},
            {"name": "HMP Chelmsford", "org": "HMP Chelmsford"},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Basildon Borough Council", "org": "Basildon Borough Council"},
            {"name": "Chelmsford City Council", "org": "Chelmsford City Council"},
            {"name": "Colchester City Council", "org": "Colchester Borough Council"},
            {"name": "Tendring District Council", "org": "Tendring District Council"},
            {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
            {"name": "NHS Hertfordshire and West Essex Integrated Care Board", "org": None},
            {"name": "NHS Suffolk and North East Essex Integrated Care Board", "org": None},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Department for Work and Pensions (Jobcentre Plus)", "org": None},
            {"name": "Estuary Housing Association", "org": "Estuary Housing"},
            {"name": "CHP", "org": "CHP"},
        ],
        "statutes": [
            {"citation": "sections 325 to 327B of the Criminal Justice Act 2003", "title": "Criminal Justice Act",
             "year": 2003, "provision": "sections 325 to 327B"},
            {"citation": "Part 3 of the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Part 3"},
            {"citation": "Article 6(1)(e) of the UK GDPR", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act",
             "year": 1998, "provision": "section 115"},
            {"citation": "section 14 of the Offender Management Act 2007", "title": "Offender Management Act",
             "year": 2007, "provision": "section 14"},
            {"citation": "Part 2 of the Sexual Offences Act 2003", "title": "Sexual Offences Act", "year": 2003,
             "provision": "Part 2"},
            {"citation": "Domestic Violence, Crime and Victim Act 2004",
             "title": "Domestic Violence, Crime and Victims Act", "year": 2004, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2025-09-30",
        "review_basis": "explicit",
        "commencement_date": "2023-10-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "breach", "agreement"],
        "missing_sections": ["complaints"],
    }
    return dict(base=base, truth=truth, docx=build_docx, pdf="word", doc=True)



# ===========================================================================
# A2  Integrated Offender Management (reportlab two-column PDF, and DOCX)
# ===========================================================================

@agreement
def a2_iom():
    base = "IOM_Essex_Southend_Thurrock_ISA_v2"
    generic = "INFORMATION SHARING AGREEMENT"
    title = "Integrated Offender Management \u2013 Essex, Southend and Thurrock"
    purpose = ("Partners share information under this agreement so that each person in the IOM cohort can be "
               "identified, jointly assessed and offered a single, co-ordinated plan of supervision, support and "
               "enforcement that reduces their reoffending and the harm it causes to local communities.")
    parties = ["Essex Police",
               "The Probation Service (East of England Region)",
               "Police, Fire and Crime Commissioner for Essex",
               "Essex County Council",
               "Southend-on-Sea City Council",
               "Thurrock Council",
               "HM Prison Chelmsford",
               "Essex Partnership University NHS Foundation Trust",
               "Change Grow Live",
               "Open Road Visions",
               "Department for Work and Pensions"]
    blocks = [
        H(1, "About this agreement"),
        P("This agreement is led by The Probation Service (East of England Region), which hosts the Essex "
          "Integrated Offender Management (IOM) partnership on behalf of the IOM Strategic Board. The Board is "
          "chaired by the Police, Fire and Crime Commissioner\u2019s Office and reports to the Essex Reducing "
          "Reoffending Board."),
        P("It replaces the 2019 IOM information sharing protocol, which was written for the former National "
          "Probation Service and Community Rehabilitation Company model and no longer reflects how the scheme "
          "works."),
        H(1, "1. Why we share information"),
        P("Integrated Offender Management brings police, probation and local partners together to manage a small "
          "group of people whose offending \u2013 mostly burglary, robbery, theft and vehicle crime \u2013 causes the "
          "most harm in their neighbourhoods. The scheme follows the national Neighbourhood Crime IOM Strategy "
          "published in December 2020."),
        P(purpose),
        P("Sharing also allows partners to judge whether the scheme is working, using anonymised performance "
          "information about the cohort as a whole."),
        H(1, "2. Who is involved"),
        P("The parties to this agreement are:"),
        UL(*parties),
        P("Each party is a separate controller for the information it holds. Essex Police and the Probation Service "
          "are joint controllers for the IOM cohort tracker, and have agreed that the Probation Service will act as "
          "the point of contact for people whose information is on it. Change Grow Live and Open Road Visions take "
          "part as providers of drug and alcohol treatment commissioned by the local authorities."),
        H(1, "3. Our legal basis"),
        P("Police and probation staff share information for the law enforcement purposes, which include the "
          "prevention of offending and the execution of criminal penalties, under Part 3 of the Data Protection "
          "Act 2018."),
        P("Councils, health and voluntary sector partners rely on Article 6(1)(e) UK GDPR (public task) and, for "
          "information about offences, Article 10 together with Schedule 1, paragraph 10 (preventing or detecting "
          "unlawful acts) of the 2018 Act. Health information is shared under Article 9(2)(h) and the Caldicott "
          "principles, normally with the person\u2019s consent."),
        P("The statutory gateways relied on are:"),
        UL("section 115 of the Crime and Disorder Act 1998, and the duty in section 17 of that Act for councils and "
           "the police to consider crime and disorder in all that they do;",
           "section 14 of the Offender Managment Act 2007 (disclosure for offender management purposes);",
           "the Criminal Justice Act 2003 and the Offender Rehabilitation Act 2014, which govern licences, "
           "post-sentence supervision and recall; and",
           "the Police Reform and Social Responsibility Act 2011, under which the Commissioner commissions "
           "services to reduce crime."),
        P("Partners must also respect the Human Rights Act 1998 and the common law duty of confidence. "
          "Information is shared only where it is necessary and proportionate to the aims in section 1."),
        H(1, "4. What we will share"),
        P("Partners share the minimum needed. The main categories are:"),
        UL("identity: name, date of birth, address, PNC and nDelius numbers;",
           "offending: convictions, current order or licence, the IOM selection score and police intelligence "
           "graded and sanitised for partner use;",
           "needs: accommodation, employment, benefits, debt, family relationships, physical and mental health, "
           "and drug and alcohol use;",
           "engagement: appointments kept and missed, drug test results, treatment progress; and",
           "outcomes: arrests, charges, recall, completion of orders and exits from the cohort."),
        P("Treatment providers share attendance and a summary of progress. They do not share clinical notes. "
          "Information about other people, such as family members, is shared only where it bears directly on "
          "risk or on the support being offered."),
        H(1, "5. How information moves"),
        P("A cohort selection panel meets monthly, chaired by the IOM police inspector and the senior probation "
          "officer, to agree who enters and leaves the cohort. IOM teams in the north, south and west of the county "
          "hold a weekly tasking meeting at which partners give updates."),
        P("Between meetings, information is exchanged by secure email (gov.uk, police.uk, justice.gov.uk, nhs.net "
          "and cjsm.net addresses) or through the IOM cohort tracker, a restricted site on the Probation Service "
          "secure network. Partners without access receive extracts from the tracker by secure email. "
          "Quarterly performance reports to the Strategic Board use anonymised figures only."),
        H(1, "6. Keeping it safe"),
        P("Information shared under this agreement is marked OFFICIAL-SENSITIVE and handled according to the "
          "Government Security Classifications. Access to the tracker is limited to named members of the IOM teams "
          "and is reviewed every quarter. Information must not be stored on personal devices or sent to personal "
          "email accounts."),
        P("If information is lost or sent to the wrong person, the member of staff must tell their manager and "
          "their organisation\u2019s data protection officer straight away, and the organisation that provided the "
          "information within one working day. The organisation responsible decides whether the incident must be "
          "reported to the Information Commissioner within 72 hours and keeps the other partners informed."),
        H(1, "7. How long we keep it"),
        P("Records on the cohort tracker are deleted twelve months after a person leaves the cohort, unless they "
          "re-enter it. Partners keep information they have received in their own case records only where it is "
          "needed, and for no longer than their retention schedule allows. Police information is kept in line "
          "with the national guidance on the management of police information."),
        H(1, "8. People\u2019s rights and complaints"),
        P("People in the cohort are told about the scheme and how their information is used when they join, using "
          "the IOM leaflet and the partners\u2019 privacy notices. Requests for access to information, and "
          "objections to its use, are handled by the organisation that receives them, which will consult the "
          "organisation that provided the information. Some rights may be restricted where this is necessary to "
          "prevent or detect crime."),
        P("Anyone unhappy with how their information has been handled can complain to the organisation concerned "
          "through its complaints procedure, and can also complain to the Information Commissioner\u2019s Office."),
        H(1, "9. Signing up, leaving and review"),
        P("This agreement commenced on 4 April 2022. The IOM Strategic Board will review it in March 2024, and "
          "sooner if the national strategy or the law changes."),
        P("A party may leave the agreement by giving 30 days\u2019 written notice to the IOM partnership manager. "
          "Information already shared must continue to be protected in line with this agreement."),
        H(1, "Annex \u2013 Signatories"),
        T([["Organisation", "Signed by", "Position", "Date"],
           ["The Probation Service (East of England Region)", "Claire Dunmore", "Head of Probation Delivery Unit, Essex South", "28/03/2022"],
           ["Essex Police", "Chief Superintendent Tom Baird", "Head of Local Policing", "29/03/2022"],
           ["Police, Fire and Crime Commissioner for Essex", "Hannah Whitley", "Head of Strategy", "29/03/2022"],
           ["Essex County Council", "Kelvin Oduro", "Director, Community Safety", "30/03/2022"],
           ["Southend-on-Sea City Council", "Beverley Clarke", "Community Safety Manager", "30/03/2022"],
           ["Thurrock Council", "Daniel Ashworth", "Community Safety Partnership Manager", "31/03/2022"],
           ["HM Prison Chelmsford", "Lorraine Petts", "Head of Reducing Reoffending", "31/03/2022"],
           ["Essex Partnership University NHS Foundation Trust", "Dr Imran Qureshi", "Caldicott Guardian", "01/04/2022"],
           ["Change Grow Live", "Sophie Marr", "Service Manager, Southend", "01/04/2022"],
           ["Open Road Visions", "Peter Jakes", "Chief Executive", "01/04/2022"],
           ["Department for Work and Pensions", "Lindsey Harlow", "Partnership Manager, Essex", "01/04/2022"]],
          widths=[4.5, 3.2, 4.0, 1.7], font_size=7.5),
    ]

    def build_pdf(path):
        rs = RLStyle(font="Helvetica", bold="Helvetica-Bold", size=9.6, leading=12.6, h1=11, h2=9.5,
                     accent=colors.HexColor("#5B2C6F"), justify=True,
                     header_fill=colors.HexColor("#E8DAEF"))
        W, Hh = A4
        lm = 1.6 * cm
        gap = 0.7 * cm
        colw = (W - 2 * lm - gap) / 2
        top = Hh - 2.2 * cm
        bottom = 1.8 * cm
        cover_h = 7.2 * cm
        f_cover = Frame(lm, top - cover_h, W - 2 * lm, cover_h, id="cover", showBoundary=0)
        f1a = Frame(lm, bottom, colw, top - cover_h - bottom - 0.3 * cm, id="c1a")
        f1b = Frame(lm + colw + gap, bottom, colw, top - cover_h - bottom - 0.3 * cm, id="c1b")
        f2a = Frame(lm, bottom, colw, top - bottom, id="c2a")
        f2b = Frame(lm + colw + gap, bottom, colw, top - bottom, id="c2b")

        def deco(c, d):
            c.saveState()
            c.setFont("Helvetica-Bold", 8)
            c.setFillColor(colors.HexColor("#5B2C6F"))
            c.drawString(lm, Hh - 1.3 * cm, "OFFICIAL")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - lm, Hh - 1.3 * cm, "Essex IOM Partnership  \u2022  Information Sharing Agreement  \u2022  v2.0")
            c.setStrokeColor(colors.HexColor("#5B2C6F"))
            c.setLineWidth(0.8)
            c.line(lm, Hh - 1.45 * cm, W - lm, Hh - 1.45 * cm)
            c.line(lm, 1.3 * cm, W - lm, 1.3 * cm)
            c.setFillColor(colors.black)
            c.drawString(lm, 0.9 * cm, "OFFICIAL")
            c.drawRightString(W - lm, 0.9 * cm, "Page %d" % d.page)
            if d.page > 1:
                c.setLineWidth(0.3)
                c.setStrokeColor(colors.HexColor("#BBBBBB"))
                x = lm + colw + gap / 2
                c.line(x, bottom, x, top)
            c.restoreState()

        doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="", author="Essex IOM Partnership")
        doc.addPageTemplates([PageTemplate(id="first", frames=[f_cover, f1a, f1b], onPage=deco),
                              PageTemplate(id="two", frames=[f2a, f2b], onPage=deco)])
        gst = ParagraphStyle("g", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=colors.HexColor("#5B2C6F"),
                             spaceAfter=6)
        tst = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=19, leading=23, spaceAfter=10)
        sst = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=12)
        story = [Spacer(1, 0.4 * cm), Paragraph(generic, gst), Paragraph(rl_escape(title), tst)]
        meta = Table([[Paragraph("<b>Version</b>", sst), Paragraph("2.0", sst),
                       Paragraph("<b>Status</b>", sst), Paragraph("Approved by the IOM Strategic Board", sst)],
                      [Paragraph("<b>Issued</b>", sst), Paragraph("April 2022", sst),
                       Paragraph("<b>Contact</b>", sst), Paragraph("IOM Partnership Manager, iom.essex@justice.gov.uk", sst)]],
                     colWidths=[2 * cm, 3 * cm, 2 * cm, W - 2 * lm - 7 * cm])
        meta.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#5B2C6F")),
                                  ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor("#5B2C6F")),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [meta, NextPageTemplate("two"), FrameBreak()]
        body = [b for b in blocks if not (b[0] == "table")]
        story += rl_blocks(body, rs, colw)
        story.append(PageBreak())
        tbl = [b for b in blocks if b[0] == "table"][0]
        story += rl_blocks([tbl], rs, colw)
        doc.build(story)

    def build_docx(path):
        ws = WordStyle(font="Calibri", size=11, heading_mode="styled", heading_colour="5B2C6F", h1_size=13)
        doc = new_word_doc(ws, "IOM Partnership Manager")
        set_header_footer(doc, header_lines=[("OFFICIAL", True)], footer_lines=[("OFFICIAL", False)],
                          page_numbers="Page {PAGE}")
        word_para(doc, generic, bold=True, size=13, colour="5B2C6F")
        word_para(doc, title, bold=True, size=22)
        word_table(doc, [["Version", "2.0", "Status", "Approved by the IOM Strategic Board"],
                         ["Issued", "April 2022", "Contact", "IOM Partnership Manager, iom.essex@justice.gov.uk"]],
                   ws, header=False, widths=[2, 3, 2, 9], font_size=9)
        render_word_blocks(doc, blocks, ws)
        doc.save(path)

    truth = {
        "title": title,
        "purpose": purpose,
        "lead": {"name": "The Probation Service (East of England Region)", "org": None},
        "partners": [
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Police, Fire and Crime Commissioner for Essex", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "HM Prison Chelmsford", "org": "HMP Chelmsford"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Change Grow Live", "org": None},
            {"name": "Open Road Visions", "org": None},
            {"name": "Department for Work and Pensions", "org": None},
        ],
        "statutes": [
            {"citation": "Part 3 of the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Part 3"},
            {"citation": "Article 6(1)(e) UK GDPR", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "section 115 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act",
             "year": 1998, "provision": "section 115"},
            {"citation": "section 14 of the Offender Managment Act 2007", "title": "Offender Management Act",
             "year": 2007, "provision": "section 14"},
            {"citation": "Criminal Justice Act 2003", "title": "Criminal Justice Act", "year": 2003, "provision": None},
            {"citation": "Offender Rehabilitation Act 2014", "title": "Offender Rehabilitation Act", "year": 2014,
             "provision": None},
            {"citation": "Police Reform and Social Responsibility Act 2011",
             "title": "Police Reform and Social Responsibility Act", "year": 2011, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2024-03-31",
        "review_basis": "explicit",
        "commencement_date": "2022-04-04",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "complaints", "breach", "agreement"],
        "missing_sections": ["accuracy"],
    }
    return dict(base=base, truth=truth, docx=build_docx, pdf=build_pdf, doc=False)


# ===========================================================================
# A3  Prison release and accommodation, Southend (Word -> PDF, DOCX, DOC)
# ===========================================================================

@agreement
def a3_release_accommodation():
    base = "SCC-ISA-2023-041_Prison_Release_Accommodation_v1.2"
    title = "Prison Release and Accommodation Pathway (Southend)"
    purpose = ("This agreement allows the parties to share information about people who are due to be released "
               "from prison, or who have recently been released, and who have a local connection to "
               "Southend-on-Sea or intend to live there, so that suitable accommodation can be identified before "
               "the day of release and homelessness on release is prevented.")
    parties = [["Organisation", "Role in the pathway", "Contact (post)"],
               ["Southend-on-Sea City Council", "Local housing authority; responsible organisation for this agreement",
                "Housing Solutions Manager"],
               ["The Probation Service \u2013 East of England Region", "Community offender managers; CAS3 referrals",
                "Head of Southend Probation Delivery Unit"],
               ["HM Prison Chelmsford", "Releasing prison; pre-release team", "Head of Reducing Reoffending"],
               ["HMP Highpoint", "Releasing prison (Suffolk)", "Resettlement Manager"],
               ["HMP Norwich", "Releasing prison (Norfolk)", "Resettlement Manager"],
               ["Department for Work and Pensions", "Prison work coaches; advance claims to Universal Credit",
                "Jobcentre Plus Partnership Manager, Southend"],
               ["South Essex Homes", "Manages the council\u2019s housing stock and temporary accommodation",
                "Head of Housing Management"],
               ["Estuary Housing Association", "Supported accommodation provider", "Supported Housing Manager"],
               ["Sanctuary Housing Association", "Supported accommodation provider", "Area Manager, East"],
               ["Essex Partnership University NHS Foundation Trust", "Mental health in-reach and community mental health",
                "Head of Criminal Justice Mental Health Services"]]
    blocks = [
        H(1, "1. Purpose and scope"),
        NP("1.1", purpose),
        NP("1.2", "The agreement covers adults aged 18 and over who are serving a custodial sentence or are held on "
           "remand, whether they are released on licence, at the end of their sentence or from court. It includes "
           "people referred to the Community Accommodation Service (CAS3) and people placed in approved premises "
           "who will move on to settled accommodation in Southend."),
        NP("1.3", "Offenders managed at MAPPA level 2 or 3 are covered by the Essex MAPPA information sharing "
           "agreement. Where a person falls under both agreements, information about risk is shared under the "
           "MAPPA agreement and information about housing need under this one."),
        H(1, "2. Parties"),
        NP("2.1", "The parties to this agreement, and their part in the pathway, are:"),
        T(parties, widths=[5.4, 6.6, 4.6], font_size=9),
        NP("2.2", "Each party is a controller in its own right for the personal data it holds and shares. No party acts "
           "as a processor for another under this agreement. South Essex Homes processes housing data on behalf of "
           "the council under a separate management agreement."),
        H(1, "3. Legal basis"),
        NP("3.1", "The council\u2019s duties to people who are homeless or threatened with homelessness are set out in "
           "Part 7 of the Housing Act 1996 (as amended by the Homelessness Reduction Act 2017). Prisons and the "
           "Probation Service are among the public authorities subject to the duty to refer in section 213B, which "
           "requires them, with the person\u2019s consent, to notify a housing authority of a person they think may "
           "be homeless or threatened with homelessness."),
        NP("3.2", "Eligibility for an allocation of social housing, and for assistance, is decided under Part 6 of the "
           "1996 Act and the Allocation of Housing and Homelessness (Eligibility) (England) Regulations 2006."),
        NP("3.3", "The Probation Service and prisons share information for the purposes of the Offender Management "
           "Act 2007 and the licence provisions of the Criminal Justice Act 2003, including conditions about where "
           "a person must live. Their processing falls under the Data Protection Act 2018 (DPA 2018), Part 3."),
        NP("3.4", "The council, South Essex Homes, the housing associations and the NHS trust rely on Article 6(1)(e) "
           "of the UK General Data Protection Regulation (UK GDPR), and Article 6(1)(c) where the council is "
           "meeting a legal obligation. Information about offences is processed under Article 10 and Schedule 1, "
           "Part 2 of the DPA 2018. Health information is processed under Article 9(2)(h)."),
        NP("3.5", "Housing providers may be told about unspent convictions where this is needed to manage a tenancy "
           "safely. Spent convictions must be treated in line with the Rehabilitation Offenders Act 1974."),
        NP("3.6", "Sharing must respect the person\u2019s right to a private and family life under the Human Rights Act "
           "1998. Although consent is not the lawful basis for most of the sharing, the person\u2019s agreement is "
           "sought and recorded wherever possible, and is always required for a referral under section 213B."),
        H(1, "4. Information to be shared"),
        NP("4.1", "The data items that may be shared are set out in Annex 1. In summary they are: identifying details; "
           "release date and type; licence conditions affecting where the person may live; local connection; "
           "previous tenancies and any rent arrears; support needs, including mental health and substance use; "
           "risk to others that affects the choice of accommodation; and benefit claim status."),
        NP("4.2", "Details of offences are shared only to the extent needed to assess the risk a placement poses to "
           "neighbours, staff and other residents."),
        H(1, "5. How information will be shared"),
        NP("5.1", "Prisons and the Probation Service make duty to refer notifications through the council\u2019s online "
           "referral form, at least 56 days before the expected release date where this is possible."),
        NP("5.2", "A pre-release housing case conference is held by video call twelve weeks before release for anyone "
           "assessed as having complex needs. The council circulates a weekly list of expected releases to the "
           "parties by secure email."),
        NP("5.3", "All other exchanges take place by secure email between gov.uk, justice.gov.uk, nhs.net and cjsm.net "
           "addresses, or by encrypted email using the council\u2019s secure mail service. Information must not be "
           "discussed on open telephone lines in a way that identifies the person unless the caller\u2019s identity "
           "has been checked."),
        H(1, "6. Information security and incident management"),
        NP("6.1", "Each party must hold information shared under this agreement on secure systems protected by access "
           "controls, and limit access to staff who need it for the purposes in section 1. Documents are marked "
           "OFFICIAL-SENSITIVE."),
        NP("6.2", "Staff must have completed their organisation\u2019s information governance training within the last "
           "twelve months."),
        NP("6.3", "A security incident, including information sent to the wrong recipient, must be reported to the "
           "party\u2019s data protection officer within one working day, and to the party that supplied the "
           "information. The party in which the incident occurred is responsible for deciding whether to notify "
           "the Information Commissioner, within 72 hours, and the data subject."),
        H(1, "7. Accuracy and quality of information"),
        NP("7.1", "The party that supplies information is responsible for its accuracy at the time it is shared and "
           "must tell the recipients promptly if it becomes aware of an error or a change, for example a change "
           "to the release date."),
        NP("7.2", "Recipients must record the source and date of information they receive and must not alter it "
           "without checking with the supplier."),
        H(1, "8. Retention and disposal"),
        NP("8.1", "The council keeps homelessness case records for six years after the case is closed. Other parties "
           "keep the information in line with their own retention schedules and for no longer than is necessary."),
        NP("8.2", "Weekly release lists are deleted once they have been superseded."),
        H(1, "9. Rights of individuals and complaints"),
        NP("9.1", "People are told how their information will be used through the council\u2019s homelessness privacy "
           "notice and the HMPPS personal information charter, and by their offender manager."),
        NP("9.2", "Requests to exercise rights under data protection law, including subject access requests, are dealt "
           "with by the party that receives them. Where the request concerns information supplied by another party, "
           "that party will be consulted before a response is sent."),
        NP("9.3", "Complaints about the handling of information under this agreement are dealt with under the "
           "complaints procedure of the party concerned. A person who remains dissatisfied may complain to the "
           "Information Commissioner\u2019s Office."),
        H(1, "10. Commencement, review and termination"),
        NP("10.1", "This agreement commences on 1 November 2023."),
        NP("10.2", "It will be reviewed 12 months after commencement by the Housing Solutions Manager with the other "
           "parties, and earlier if there is a significant change in the law or in the pathway."),
        NP("10.3", "A party may withdraw from the agreement by giving one month\u2019s written notice to the council. "
           "Information shared before withdrawal must continue to be handled in line with this agreement."),
        NP("10.4", "Signed on behalf of the parties:"),
        T([["Organisation", "Name", "Position", "Signature", "Date"],
           ["Southend-on-Sea City Council", "Glyn Carpenter", "Director of Housing", "Signed", "24/10/2023"],
           ["The Probation Service \u2013 East of England Region", "Ruth Amankwah", "Head of PDU, Southend", "Signed", "25/10/2023"],
           ["HM Prison Chelmsford", "Neil Harker", "Head of Reducing Reoffending", "Signed", "25/10/2023"],
           ["HMP Highpoint", "Joanne Treacy", "Head of Reducing Reoffending", "Signed", "26/10/2023"],
           ["HMP Norwich", "Callum Reeve", "Deputy Governor", "Signed", "27/10/2023"],
           ["Department for Work and Pensions", "Parveen Akhtar", "Jobcentre Plus Partnership Manager", "Signed", "27/10/2023"],
           ["South Essex Homes", "Mark Dolan", "Chief Executive", "Signed", "30/10/2023"],
           ["Estuary Housing Association", "Claire Whitby", "Director of Housing", "Signed", "30/10/2023"],
           ["Sanctuary Housing Association", "Imogen Lacey", "Regional Director", "Signed", "31/10/2023"],
           ["Essex Partnership University NHS Foundation Trust", "Dr Femi Adeyemi", "Caldicott Guardian", "Signed", "31/10/2023"]],
          widths=[4.6, 3.2, 4.2, 2.0, 2.2], font_size=8.5),
        PB,
        H(1, "Annex 1 \u2013 Data items"),
        T([["Data item", "Supplied by", "Supplied to", "Purpose"],
           ["Name, date of birth, prison number, nDelius CRN", "Prison, Probation", "Council, housing providers", "Identification"],
           ["Expected release date and release type", "Prison", "Council, Probation, DWP", "Planning the move"],
           ["Licence conditions about residence and exclusion zones", "Probation", "Council, housing providers",
            "Choosing a suitable address"],
           ["Local connection and housing history", "Person, Council", "Probation", "Assessing the homelessness duty"],
           ["Rent arrears and former tenancy issues", "Council, South Essex Homes", "Probation", "Resolving barriers to rehousing"],
           ["Support needs (mental health, substance use, disability)", "Prison, NHS trust, Probation",
            "Council, housing providers", "Arranging support"],
           ["Risk of harm relevant to housing", "Probation", "Council, housing providers", "Safe placement"],
           ["Universal Credit claim status", "DWP", "Council, Probation", "Paying rent from day one"]],
          widths=[5.2, 3.4, 3.8, 4.2], font_size=9),
        H(1, "Annex 2 \u2013 Contacts"),
        T([["Party", "Contact point"],
           ["Southend-on-Sea City Council", "housingsolutions@southend.gov.uk"],
           ["The Probation Service \u2013 East of England Region", "southend.pdu@justice.gov.uk"],
           ["HM Prison Chelmsford", "chelmsford.omu@justice.gov.uk"],
           ["Data protection officer, Southend-on-Sea City Council", "dpo@southend.gov.uk"]],
          widths=[8, 8], font_size=9),
    ]

    def build_docx(path):
        ws = WordStyle(font="Calibri", size=11, heading_mode="styled", heading_colour="00577D",
                       table_style="Table Grid", header_fill="DEEAF6", h1_size=13)
        doc = new_word_doc(ws, "Housing Solutions")
        set_header_footer(doc, header_lines=[("OFFICIAL", False)],
                          footer_lines=[("SCC-ISA-2023-041  v1.2  |  OFFICIAL", False)],
                          page_numbers="{PAGE}", header_align="right", footer_align="left", different_first=True)
        word_para(doc, "Southend-on-Sea City Council", bold=True, size=12, align="right", colour="00577D")
        for _ in range(5):
            doc.add_paragraph()
        word_para(doc, "Information Sharing Agreement", bold=True, size=26, colour="00577D")
        doc.add_paragraph()
        word_table(doc, [["Agreement title", title],
                         ["Agreement reference", "SCC-ISA-2023-041"],
                         ["Responsible organisation", "Southend-on-Sea City Council"],
                         ["Service area", "Housing Solutions and Rough Sleeping"],
                         ["Version", "1.2 FINAL"],
                         ["Classification", "OFFICIAL"],
                         ["Data protection impact assessment", "HSG-DPIA-017, completed 19/09/2023"],
                         ["Review", "12 months from commencement"]],
                   ws, header=False, widths=[5.5, 11], bold_first_col=True, fill="DEEAF6")
        doc.add_page_break()
        word_para(doc, "Version control", bold=True, size=13, colour="00577D")
        word_table(doc, [["Version", "Date", "Author", "Changes"],
                         ["0.1", "07/07/2023", "Housing Solutions Manager", "First draft for partners"],
                         ["0.4", "01/09/2023", "Information Governance Team", "Legal basis and annexes revised"],
                         ["1.0", "29/09/2023", "Housing Solutions Manager", "Agreed at Reducing Reoffending Housing Group"],
                         ["1.2", "16/10/2023", "Information Governance Team", "Prisons outside Essex added as parties"]],
                   ws, widths=[1.6, 2.4, 5, 7.5], font_size=9.5)
        word_table(doc, [["Approved by", "Information Governance Board, Southend-on-Sea City Council"],
                         ["Date approved", "18/10/2023"]],
                   ws, header=False, widths=[5, 11.5], bold_first_col=True, fill="DEEAF6")
        word_para(doc, "Contents", bold=True, size=13, colour="00577D")
        for h in [b[2] for b in blocks if b[0] == "h"]:
            word_para(doc, h, space_after=1)
        doc.add_page_break()
        render_word_blocks(doc, blocks, ws)
        doc.save(path)

    truth = {
        "title": title,
        "purpose": purpose,
        "lead": {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
        "partners": [
            {"name": "The Probation Service \u2013 East of England Region", "org": None},
            {"name": "HM Prison Chelmsford", "org": "HMP Chelmsford"},
            {"name": "HMP Highpoint", "org": None},
            {"name": "HMP Norwich", "org": None},
            {"name": "Department for Work and Pensions", "org": None},
            {"name": "South Essex Homes", "org": "South Essex Homes"},
            {"name": "Estuary Housing Association", "org": "Estuary Housing"},
            {"name": "Sanctuary Housing Association", "org": "Sanctuary Housing"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
        ],
        "statutes": [
            {"citation": "Part 7 of the Housing Act 1996", "title": "Housing Act", "year": 1996, "provision": "Part 7"},
            {"citation": "Homelessness Reduction Act 2017", "title": "Homelessness Reduction Act", "year": 2017,
             "provision": None},
            {"citation": "Allocation of Housing and Homelessness (Eligibility) (England) Regulations 2006",
             "title": "Allocation of Housing and Homelessness (Eligibility) (England) Regulations", "year": 2006,
             "provision": None},
            {"citation": "Offender Management Act 2007", "title": "Offender Management Act", "year": 2007,
             "provision": None},
            {"citation": "Criminal Justice Act 2003", "title": "Criminal Justice Act", "year": 2003, "provision": None},
            {"citation": "Data Protection Act 2018 (DPA 2018), Part 3", "title": "Data Protection Act", "year": 2018,
             "provision": "Part 3"},
            {"citation": "Article 6(1)(e) of the UK General Data Protection Regulation (UK GDPR)",
             "title": "UK General Data Protection Regulation", "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Rehabilitation Offenders Act 1974", "title": "Rehabilitation of Offenders Act", "year": 1974,
             "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2024-11-01",
        "review_basis": "relative",
        "commencement_date": "2023-11-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    }
    return dict(base=base, truth=truth, docx=build_docx, pdf="word", doc=True)


# ===========================================================================
# A4  Thurrock youth offending referrals, 2019 (Word -> PDF, DOCX); title only in the Word header
# ===========================================================================

@agreement
def a4_thurrock_yos():
    base = "Thurrock_YOS_ISA_v2.0_2019"
    title = "Youth Offending Service Referral and Case Management Information Sharing Agreement"
    purpose = ("The purpose of this agreement is to enable the Youth Offending Service (YOS) and its partner "
               "agencies to share information about children and young people aged 10 to 17 who are referred to, "
               "or supervised by, the YOS, so that their risks and needs can be assessed, the right interventions "
               "can be delivered and further offending can be prevented.")
    partners_tbl = [["Partner agency", "Contribution to the YOS"],
                    ["Thurrock Council", "Hosts the YOS; children\u2019s social care, education and early help"],
                    ["Essex Police", "Seconded police officers; referrals following arrest, charge and out of court disposals"],
                    ["National Probation Service (Essex)", "Seconded probation officer; transfer of young people to adult services"],
                    ["Essex Community Rehabilitation Company", "Transitions for young adults subject to community orders"],
                    ["North East London NHS Foundation Trust (NELFT)", "Community health, CAMHS and the YOS health worker"],
                    ["Thurrock CCG", "Commissioning of health services for children in the youth justice system"],
                    ["Essex Partnership University NHS Foundation Trust (EPUT)", "Liaison and diversion in police custody"],
                    ["Barnardo\u2019s", "Substance misuse and child exploitation support for young people"],
                    ["Youth Justice Board for England and Wales", "Receives case level and performance data through the national returns"]]
    blocks = [
        H(1, "1. Purpose"),
        P(purpose),
        P("The principal aim of the youth justice system is to prevent offending by children and young people. "
          "Everyone working in the YOS partnership must have regard to that aim and to the welfare of the child."),
        P("This agreement replaces the Thurrock YOS information sharing protocol of 2015. It covers all "
          "referrals to the YOS, including out of court disposals, bail and remand, court orders and custodial "
          "sentences, and the transfer of young people to adult services at 18."),
        H(1, "2. Partner Agencies"),
        P("The YOS is a multi-agency team. The following agencies are party to this agreement:"),
        T(partners_tbl, widths=[6.5, 10], font_size=9.5),
        P("Staff seconded to the YOS from partner agencies work under this agreement while they are in the YOS and "
          "under their employing agency\u2019s policies in all other respects."),
        H(1, "3. Information to be shared"),
        P("Information shared about a child or young person may include:"),
        UL("name, date of birth, address, school and GP, and the names of parents and carers;",
           "the offence, the outcome of the police decision or the court hearing, and previous offending;",
           "AssetPlus assessments, pre-sentence reports and intervention plans;",
           "children\u2019s social care involvement, including child protection plans and looked after status;",
           "health, emotional wellbeing and speech, language and communication needs;",
           "education, training and employment, attendance and exclusions;",
           "substance misuse and any indicators of criminal or sexual exploitation; and",
           "information about victims needed to offer restorative justice."),
        P("Only the information needed for the purpose in section 1 is to be shared. Information about victims is "
          "used only to contact them about restorative justice and is not shared with the young person."),
        H(1, "4. Legal Basis"),
        P("The duty to prevent offending is in section 37 of the Crime and Disorder Act 1998. Youth offending "
          "teams are established under section 39 of that Act, and section 115 allows information to be disclosed "
          "to partner agencies where it is necessary or expedient for any provision of the Act."),
        P("The council\u2019s duties to children in need and to safeguard children are in the Children Acts 1989 and "
          "2004. Remand to youth detention accommodation is governed by the Legal Aid, Sentencing and Punishment "
          "Offenders Act 2012, and the detention and questioning of children by the police by the Police and "
          "Criminal Evidence Act 1984."),
        P("Processing of personal data by the partner agencies is lawful under Article 6(1)(e) of the General Data "
          "Protection Regulation (EU) 2016/679 (public task), with the conditions for special category and "
          "criminal offence data in the Data Protection Act 2018. The police process information for law "
          "enforcement purposes under the same Act."),
        P("Sharing must also comply with the Human Rights Act 1998, in particular the right to respect for private "
          "and family life, and with the common law duty of confidence. The consent of the young person and their "
          "parent or carer is sought for referrals to voluntary services, but is not needed for statutory "
          "work."),
        P("A fuller list of relevant legislation and guidance is given in Appendix A."),
        H(1, "5. How information will be shared"),
        P("Essex Police will notify the YOS of every child arrested in Thurrock by the next working day, and of "
          "every decision to charge or to consider an out of court disposal. Out of court disposals are decided "
          "at the weekly Joint Decision Making Panel."),
        P("Information about open cases is recorded on ChildView, the YOS case management system. Partner agency "
          "staff seconded to the YOS have direct access. Other agencies receive information by secure email, "
          "using gcsx, pnn, nhs.net or cjsm.net accounts, or at multi-agency meetings."),
        P("Case level data is submitted to the Youth Justice Board each quarter through the Youth Justice "
          "Application Framework. Performance reports to the YOS Management Board are anonymised."),
        H(1, "6. Information Security"),
        P("All partner agencies must hold information shared under this agreement securely, with access limited to "
          "staff who need it. Printed documents must be kept in locked cabinets and must not be left unattended. "
          "Information must not be sent to personal email addresses or saved on removable media unless it is "
          "encrypted."),
        P("Any breach of this agreement, or any loss or unauthorised disclosure of information, must be reported "
          "immediately to the YOS Manager and to the data protection officer of the agency concerned. The data "
          "protection officer will decide whether the breach must be reported to the Information Commissioner, "
          "which must happen within 72 hours of the breach being discovered."),
        H(1, "7. Data Quality"),
        P("Each agency is responsible for the accuracy of the information it shares. Information must be "
          "up to date, relevant and factual, and opinion must be identified as such. Where information is found to "
          "be inaccurate the agency that supplied it must correct it and inform those it was shared with."),
        H(1, "8. Complaints"),
        P("Complaints about the way information has been shared under this agreement should be made to the agency "
          "concerned through its complaints procedure. Complaints about the YOS are handled under the Thurrock "
          "Council corporate complaints procedure, and the YOS Manager will involve any partner agency affected."),
        H(1, "9. Signatories"),
        P("A partner agency may withdraw from this agreement by writing to the YOS Manager with one month\u2019s "
          "notice. The withdrawal does not affect information already shared."),
        P("By signing below, the partner agencies agree to share information in line with this agreement."),
        T([["Agency", "Name", "Job title", "Date"],
           ["Thurrock Council", "Sheila Norris", "Corporate Director, Children\u2019s Services", "11/03/2019"],
           ["Essex Police", "Superintendent Lee Garvey", "District Commander, Thurrock", "12/03/2019"],
           ["National Probation Service (Essex)", "Andrew Pybus", "Head of Essex South LDU Cluster", "12/03/2019"],
           ["Essex Community Rehabilitation Company", "Rita Chand", "Director of Operations", "13/03/2019"],
           ["NELFT", "Jacqui Morton", "Integrated Care Director, Essex", "13/03/2019"],
           ["Thurrock CCG", "Martin Grove", "Director of Commissioning", "14/03/2019"],
           ["EPUT", "Dr Alan Corrigan", "Caldicott Guardian", "14/03/2019"],
           ["Barnardo\u2019s", "Kerry Ashdown", "Assistant Director, Children\u2019s Services", "15/03/2019"],
           ["Youth Justice Board for England and Wales", "Tony Hewitt", "Head of Business Area, South East", "18/03/2019"]],
          widths=[5.2, 4.0, 5.2, 2.2], font_size=9),
        PB,
        H(1, "Appendix A \u2013 Legislation and guidance"),
        P("Legislation"),
        UL("Crime and Disorder Act 1998", "Children Act 1989", "Children Act 2004",
           "Children and Young Persons Act 1933", "Criminal Justice and Immigration Act 2008",
           "Data Protection Act 1998", "Human Rights Act 1998"),
        P("Guidance"),
        UL("Working Together to Safeguard Children (2018)", "Youth Justice Board case management guidance",
           "Standards for children in the youth justice system (2019)", "The Caldicott principles"),
        H(1, "Appendix B \u2013 YOS contacts"),
        T([["Role", "Contact"],
           ["YOS Manager", "yos@thurrock.gov.uk"],
           ["YOS Information Officer", "yos.information@thurrock.gov.uk"],
           ["Thurrock Council Data Protection Officer", "dpo@thurrock.gov.uk"]],
          widths=[8, 8.5], font_size=9.5),
    ]

    def build_docx(path):
        ws = WordStyle(font="Arial", size=11, heading_mode="bold", h1_size=12, heading_colour="000000",
                       header_fill="BFBFBF")
        doc = new_word_doc(ws, "YOS Information Officer")
        set_header_footer(doc, header_lines=[(title, True), ("Thurrock Council  \u2013  OFFICIAL", False)],
                          footer_lines=[("Version 2.0  March 2019", False)], page_numbers="Page {PAGE} of {NUMPAGES}",
                          header_align="left", footer_align="left")
        for _ in range(5):
            doc.add_paragraph()
        word_para(doc, "Thurrock Council", bold=True, size=28, align="center")
        word_para(doc, "Children\u2019s Services \u2013 Youth Offending Service", size=14, align="center")
        for _ in range(4):
            doc.add_paragraph()
        word_para(doc, "INFORMATION SHARING AGREEMENT", bold=True, size=20, align="center")
        for _ in range(4):
            doc.add_paragraph()
        word_para(doc, "Version 2.0", size=12, align="center")
        word_para(doc, "March 2019", size=12, align="center")
        doc.add_page_break()
        word_para(doc, "Document Control", bold=True, size=12)
        word_table(doc, [["Version", "2.0"], ["Lead Organisation", "Thurrock Council"],
                         ["Author", "YOS Information Officer"],
                         ["Approved by", "Thurrock Youth Offending Service Management Board"],
                         ["Date approved", "14 March 2019"], ["Review due", "June 2020"],
                         ["Classification", "OFFICIAL"]],
                   ws, header=False, widths=[5, 11.5], bold_first_col=True)
        word_para(doc, "Amendment history", bold=True, size=12)
        word_table(doc, [["Version", "Date", "Amendment"],
                         ["1.0", "June 2015", "Original protocol agreed by the YOS Management Board"],
                         ["1.1", "May 2017", "Partner list updated (EPUT merger)"],
                         ["2.0", "March 2019", "Rewritten for the new data protection law; AssetPlus and ChildView; Joint Decision Making Panel"]],
                   ws, widths=[2.4, 3, 11.1])
        doc.add_page_break()
        render_word_blocks(doc, blocks, ws)
        doc.save(path)

    truth = {
        "title": title,
        "purpose": purpose,
        "lead": {"name": "Thurrock Council", "org": "Thurrock Council"},
        "partners": [
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "National Probation Service (Essex)", "org": "National Probation Service (Essex)"},
            {"name": "Essex Community Rehabilitation Company", "org": "Essex Community Rehabilitation Company"},
            {"name": "North East London NHS Foundation Trust (NELFT)", "org": "North East London NHS Foundation Trust"},
            {"name": "Thurrock CCG", "org": "Thurrock Clinical Commissioning Group"},
            {"name": "Essex Partnership University NHS Foundation Trust (EPUT)", "org": None},
            {"name": "Barnardo\u2019s", "org": "Barnardo's"},
            {"name": "Youth Justice Board for England and Wales", "org": None},
        ],
        "statutes": [
            {"citation": "section 37 of the Crime and Disorder Act 1998", "title": "Crime and Disorder Act",
             "year": 1998, "provision": "section 37"},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 1989, "provision": None},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 2004, "provision": None},
            {"citation": "Legal Aid, Sentencing and Punishment Offenders Act 2012",
             "title": "Legal Aid, Sentencing and Punishment of Offenders Act", "year": 2012, "provision": None},
            {"citation": "Police and Criminal Evidence Act 1984", "title": "Police and Criminal Evidence Act",
             "year": 1984, "provision": None},
            {"citation": "Article 6(1)(e) of the General Data Protection Regulation (EU) 2016/679",
             "title": "General Data Protection Regulation", "year": 2016, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
            {"citation": "Children and Young Persons Act 1933", "title": "Children and Young Persons Act",
             "year": 1933, "provision": None},
            {"citation": "Criminal Justice and Immigration Act 2008", "title": "Criminal Justice and Immigration Act",
             "year": 2008, "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
        ],
        "review_date": "2020-06-30",
        "review_basis": "explicit",
        "commencement_date": None,
        "sections_present": ["purpose", "information_shared", "legal_basis", "security", "format_frequency",
                             "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": ["individual_rights", "retention"],
    }
    return dict(base=base, truth=truth, docx=build_docx, pdf="word", doc=False)


# ===========================================================================
# A5  Electronic monitoring location data, East of England (reportlab PDF only)
# ===========================================================================

@agreement
def a5_electronic_monitoring():
    base = "EM-DSA-EOE-07_Location_Monitoring_Police"
    generic = "DATA SHARING AGREEMENT"
    t1 = "Electronic Monitoring of Offenders in the East of England:"
    t2 = "Location Monitoring Data Sharing with Police Forces"
    purpose = ("The purpose of this agreement is to allow the police forces of the East of England to request and "
               "receive location data generated by the GPS tags worn by people subject to electronic monitoring, "
               "so that they can investigate offences, check compliance with exclusion zones and curfews, and "
               "locate people who are unlawfully at large or in breach of their conditions.")
    forces = ["Essex Police", "Suffolk Constabulary", "Norfolk Constabulary", "Hertfordshire Constabulary",
              "Cambridgeshire Constabulary", "Bedfordshire Police"]
    blocks = [
        H(1, "1. Background"),
        NP("1.1", "The Ministry of Justice runs the national Electronic Monitoring Service, through which courts, the "
           "Parole Board and prison governors can require a person to wear a tag. Radio frequency tags confirm "
           "whether a person is at home during a curfew. GPS tags record the wearer\u2019s location continuously and "
           "are used to monitor exclusion zones, trail monitoring and attendance at appointments."),
        NP("1.2", "Monitoring is carried out by a contracted supplier which processes the data on the Ministry\u2019s "
           "behalf. Responsible officers in the Probation Service receive alerts and decide on enforcement."),
        NP("1.3", "This agreement is issued by the Ministry of Justice, which is the controller for electronic "
           "monitoring data, and is signed by each of the police forces listed in section 3."),
        H(1, "2. Purpose"),
        NP("2.1", purpose),
        NP("2.2", "The agreement also covers the monthly crime-matching exercise, under which the location data of "
           "people tagged on release from sentences for burglary, robbery and theft is compared automatically "
           "with crimes recorded by the force, and possible matches are passed to the force for investigation."),
        NP("2.3", "Location data must not be used for any other purpose, such as general intelligence gathering or "
           "the monitoring of people who are not subject to an electronic monitoring condition or requirement."),
        H(1, "3. Parties and their roles"),
        T([["Party", "Role", "Data protection status"],
           ["Ministry of Justice (including HM Prison and Probation Service)", "Issues the agreement; operates the "
            "Electronic Monitoring Service", "Controller; the supplier is its processor"],
           ["Essex Police", "Requesting and receiving force", "Controller for data once received"],
           ["Suffolk Constabulary", "Requesting and receiving force", "Controller for data once received"],
           ["Norfolk Constabulary", "Requesting and receiving force", "Controller for data once received"],
           ["Hertfordshire Constabulary", "Requesting and receiving force", "Controller for data once received"],
           ["Cambridgeshire Constabulary", "Requesting and receiving force", "Controller for data once received"],
           ["Bedfordshire Police", "Requesting and receiving force", "Controller for data once received"]],
          widths=[6, 5.5, 5]),
        NP("3.1", "All parties are competent authorities. Each force becomes a separate controller for location data "
           "from the moment it is received and is responsible for its own compliance thereafter."),
        H(1, "4. Legal basis"),
        NP("4.1", "Electronic monitoring is imposed under several enactments, including:"),
        UL("section 62 of the Criminal Justice and Court Services Act 2000 (licence conditions);",
           "the Sentencing Act 2020 (electronic monitoring requirements in community and suspended sentence "
           "orders);",
           "the Bail Act 1976 (electronically monitored bail); and",
           "the Criminal Justice Act 2003 (release on licence and home detention curfew)."),
        NP("4.2", "The Ministry shares location data, and the forces process it, for the law enforcement purposes in "
           "Part 3 of the Data Protection Act 2018. Location data of a person in the criminal justice system is "
           "not itself sensitive processing, but where it reveals sensitive information, such as attendance at a "
           "place of worship or a clinic, the conditions in section 35(5) and Schedule 8 to that Act apply."),
        NP("4.3", "Data obtained under this agreement may be used as evidence in accordance with the Police and "
           "Criminal Evidence Act 1984, and is subject to the disclosure rules of the Criminal Procedure and "
           "Investigations Act 1996."),
        NP("4.4", "Each request must be necessary and proportionate, having regard to the wearer\u2019s rights under the "
           "Human Rights Act 1998. Requests that are speculative, or cover a longer period than the investigation "
           "needs, will be refused."),
        H(1, "5. Data to be shared"),
        NP("5.1", "Data is shared only in response to a request, or through the crime-matching exercise. The fields "
           "that may be shared are listed in Annex A. They include the wearer\u2019s name, date of birth and "
           "monitoring reference, the monitoring order and its conditions, location points with date, time and "
           "accuracy radius, zone violations and alerts, and equipment tamper events."),
        NP("5.2", "The Ministry will not share data about any person other than the wearer, such as other residents "
           "at the curfew address, unless it is relevant to the request and the request gives reasons."),
        H(1, "6. Requests, transfer and frequency"),
        NP("6.1", "Routine requests are made on the electronic monitoring police request form, sent from the "
           "force\u2019s single point of contact to the EM police liaison team by CJSM secure email. A response is "
           "provided within five working days."),
        NP("6.2", "Urgent requests, where there is a threat to life or a person is unlawfully at large, may be made by "
           "telephone to the EM monitoring centre at any time. The monitoring centre will respond within two hours "
           "and the request form must follow within 24 hours."),
        NP("6.3", "Crime-matching results are sent to each force\u2019s nominated analyst monthly, as an encrypted file "
           "through the Ministry\u2019s secure file transfer service."),
        H(1, "7. Security and personal data breaches"),
        NP("7.1", "Location data is classified OFFICIAL-SENSITIVE. Forces must restrict access to staff who are "
           "working on the investigation or matter for which it was requested, record it on their crime or "
           "intelligence systems with the appropriate handling code and must not forward it to any other "
           "organisation except the Crown Prosecution Service for the purposes of a prosecution."),
        NP("7.2", "A force that suffers a personal data breach involving location data must inform the Ministry\u2019s "
           "Data Protection Officer within 24 hours. The force is responsible for assessing the breach and for "
           "notifying the Information Commissioner where required. The Ministry will assess any breach by its "
           "supplier and tell the force concerned."),
        NP("7.3", "The Ministry audits police requests each quarter and may suspend a force\u2019s access if requests do "
           "not meet the requirements of this agreement."),
        H(1, "8. Data quality"),
        NP("8.1", "Location points are estimates. Each point carries an accuracy radius, which may be large indoors, "
           "in built-up areas or where the tag has lost its GPS signal. Forces must take the accuracy radius into "
           "account and must not treat a single point as proof that the wearer was at a particular address."),
        NP("8.2", "Where the data is to be used in evidence, the force must request an evidential statement from "
           "the supplier. If the Ministry becomes aware that data it has provided was incorrect, it will tell the "
           "force as soon as possible."),
        H(1, "9. Retention and deletion"),
        NP("9.1", "The Ministry retains location data for the period set out in its electronic monitoring retention "
           "policy, normally six years after the end of the monitoring order where data has been shared with the "
           "police, and twelve months in other cases."),
        NP("9.2", "Forces retain data they have received in line with the national guidance on the management of "
           "police information and their own retention schedules. Crime-matching files that produce no "
           "investigation are deleted within three months of receipt."),
        H(1, "10. Data subject rights"),
        NP("10.1", "Wearers are told when their tag is fitted that their location data may be shared with the police. "
           "A person who asks for a copy of their data should be directed to the Ministry\u2019s Disclosure Team. "
           "Requests received by a force about data it holds are dealt with by that force."),
        NP("10.2", "Rights under Part 3 of the 2018 Act may be restricted where this is necessary to avoid prejudicing "
           "an investigation or prosecution. The reasons must be recorded."),
        H(1, "11. Commencement, variation and termination"),
        NP("11.1", "This agreement takes effect from 1 July 2024 and replaces the regional electronic monitoring data "
           "sharing agreement of 2021. It remains in force until it is terminated or replaced."),
        NP("11.2", "The Ministry may vary the agreement on 30 days\u2019 notice to the forces. A force may terminate its "
           "participation on 30 days\u2019 written notice, and the Ministry may suspend or terminate a force\u2019s "
           "participation immediately for a serious breach of the agreement."),
        NP("11.3", "Signed on behalf of the parties:"),
        T([["Party", "Name", "Post", "Date"],
           ["Ministry of Justice", "Karen Halloway", "Deputy Director, Electronic Monitoring", "17/06/2024"],
           ["Essex Police", "Assistant Chief Constable James Orme", "ACC Crime and Public Protection", "19/06/2024"],
           ["Suffolk Constabulary", "Detective Superintendent Ellie Barr", "Head of Crime", "19/06/2024"],
           ["Norfolk Constabulary", "Detective Chief Inspector Sam Oakes", "Force Intelligence Bureau", "20/06/2024"],
           ["Hertfordshire Constabulary", "Chief Superintendent Nadia Farouk", "Head of Intelligence", "21/06/2024"],
           ["Cambridgeshire Constabulary", "Detective Superintendent Mark Thewlis", "Head of Investigations", "24/06/2024"],
           ["Bedfordshire Police", "Superintendent Jo Kirkby", "Head of Offender Management", "25/06/2024"]],
          widths=[4.5, 5.5, 5, 2]),
        PB,
        H(1, "Annex A \u2013 Data fields"),
        T([["Field", "Description", "Shared on request", "Crime matching"],
           ["Wearer identity", "Name, date of birth, EM reference, PNC ID where held", "Yes", "Yes"],
           ["Order details", "Type of order, start and end dates, conditions and zones", "Yes", "Yes"],
           ["Location points", "Latitude, longitude, date, time, accuracy radius", "Yes (period requested)", "Matched points only"],
           ["Alerts", "Zone entry, curfew violation, tamper, loss of signal", "Yes", "No"],
           ["Equipment", "Tag and base unit status, battery events", "On request", "No"],
           ["Responsible officer", "Name and PDU of the responsible officer", "Yes", "Yes"]],
          widths=[3.5, 7, 3, 3]),
        H(1, "Annex B \u2013 Contacts"),
        T([["Contact", "Details"],
           ["EM police liaison team", "em.policeliaison@justice.gov.uk (CJSM)"],
           ["EM monitoring centre (24 hours)", "Telephone number issued to force SPOCs"],
           ["Ministry of Justice Data Protection Officer", "data.protection@justice.gov.uk"]],
          widths=[7, 9]),
    ]

    def build_pdf(path):
        rs = RLStyle(font="Times-Roman", bold="Times-Bold", size=10.5, leading=13.5, h1=12.5, h2=11,
                     accent=colors.HexColor("#0B3D2E"), header_fill=colors.HexColor("#D5E8D4"))
        W, Hh = A4
        lm, rm = 2.6 * cm, 2.0 * cm

        def deco(c, d):
            c.saveState()
            c.setFillColor(colors.HexColor("#0B3D2E"))
            c.rect(0, 0, 1.1 * cm, Hh, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(colors.black)
            c.drawCentredString(W / 2, Hh - 1.2 * cm, "OFFICIAL-SENSITIVE")
            c.drawCentredString(W / 2, 0.8 * cm, "OFFICIAL-SENSITIVE")
            c.setFont("Helvetica", 7.5)
            if d.page > 1:
                c.drawString(lm, Hh - 1.7 * cm, "Ministry of Justice \u2013 Electronic Monitoring")
                c.drawRightString(W - rm, Hh - 1.7 * cm, "EM-DSA-EOE-07 v1.0")
            c.drawRightString(W - rm, 1.3 * cm, "Page %d" % d.page)
            c.restoreState()

        doc = BaseDocTemplate(path, pagesize=A4, invariant=1, leftMargin=lm, rightMargin=rm,
                              topMargin=2.3 * cm, bottomMargin=2.0 * cm, title="EM DSA", author="Ministry of Justice")
        fr = Frame(lm, 2.0 * cm, W - lm - rm, Hh - 4.3 * cm, id="f")
        doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
        aw = W - lm - rm
        gst = ParagraphStyle("g", fontName="Helvetica", fontSize=12, leading=15, textColor=colors.HexColor("#0B3D2E"))
        tst = ParagraphStyle("t", fontName="Times-Bold", fontSize=20, leading=25)
        story = [Spacer(1, 3 * cm), Paragraph(generic, gst), Spacer(1, 0.4 * cm),
                 Paragraph(rl_escape(t1) + "<br/>" + rl_escape(t2), tst), Spacer(1, 1.2 * cm)]
        story.append(rl_table([["Reference", "EM-DSA-EOE-07"], ["Version", "1.0"],
                               ["Controller", "Ministry of Justice"],
                               ["Receiving parties", ", ".join(forces)],
                               ["Classification", "OFFICIAL-SENSITIVE"],
                               ["Effective date", "1 July 2024"],
                               ["Owner within HMPPS", "Head of Electronic Monitoring Policy"]],
                              rs, aw, header=False, widths=[4, 10], bold_first_col=True))
        story.append(Spacer(1, 1.2 * cm))
        story.append(Paragraph("Version history", rs.h2))
        story.append(rl_table([["Version", "Date", "Change"],
                               ["0.3", "March 2024", "Draft for force SPOCs"],
                               ["0.6", "May 2024", "Crime-matching added; Bedfordshire Police joined"],
                               ["1.0", "June 2024", "Issued for signature"]], rs, aw, widths=[2, 3, 10]))
        story.append(PageBreak())
        story += rl_blocks(blocks, rs, aw)
        doc.build(story)

    truth = {
        "title": t1 + " " + t2,
        "purpose": purpose,
        "lead": {"name": "Ministry of Justice", "org": None},
        "partners": [{"name": f, "org": "Essex Police" if f == "Essex Police" else None} for f in forces],
        "statutes": [
            {"citation": "section 62 of the Criminal Justice and Court Services Act 2000",
             "title": "Criminal Justice and Court Services Act", "year": 2000, "provision": "section 62"},
            {"citation": "Sentencing Act 2020", "title": "Sentencing Act", "year": 2020, "provision": None},
            {"citation": "Bail Act 1976", "title": "Bail Act", "year": 1976, "provision": None},
            {"citation": "Criminal Justice Act 2003", "title": "Criminal Justice Act", "year": 2003, "provision": None},
            {"citation": "Part 3 of the Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Part 3"},
            {"citation": "Police and Criminal Evidence Act 1984", "title": "Police and Criminal Evidence Act",
             "year": 1984, "provision": None},
            {"citation": "Criminal Procedure and Investigations Act 1996",
             "title": "Criminal Procedure and Investigations Act", "year": 1996, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2024-07-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "breach", "agreement"],
        "missing_sections": ["complaints"],
    }
    return dict(base=base, truth=truth, docx=None, pdf=build_pdf, doc=False)


# ===========================================================================
# A6  Victim Contact Scheme (Word -> PDF, DOCX, DOC); no lead; title in a text box and the Word header
# ===========================================================================

@agreement
def a6_victim_contact():
    base = "VCS_ISA_East_of_England_Essex_2023"
    t1 = "Victim Contact Scheme:"
    t2 = "Information Sharing between Probation, Police and Victim Services"
    title = t1 + " " + t2
    purpose = ("This agreement enables the parties to exchange the information needed to offer victims of serious "
               "violent and sexual offences the statutory Victim Contact Scheme, to keep them informed about key "
               "stages of the offender\u2019s sentence, and to allow them to make representations about licence "
               "conditions and release.")
    blocks = [
        H(1, "Part 1: Purpose of this agreement"),
        NP("1.1", purpose),
        NP("1.2", "It also allows victims who are not eligible for the statutory scheme, or who decline it, to be "
           "referred with their agreement to local support services commissioned by the Police, Fire and Crime "
           "Commissioner."),
        NP("1.3", "The Victim Contact Scheme is delivered in Essex by the Victim Liaison Unit of the Probation Service, "
           "East of England. Victim liaison officers (VLOs) contact victims, explain the scheme and act as the "
           "victim\u2019s point of contact throughout the sentence."),
        H(1, "Part 2: The parties"),
        NP("2.1", "This agreement is made between the following organisations, each of which is a controller for the "
           "information it holds:"),
        UL("HM Prison and Probation Service, acting through the Probation Service Victim Liaison Unit for Essex;",
           "Essex Police, including its Witness Care Units and Public Protection teams;",
           "the Police, Fire and Crime Commissioner for Essex, as commissioner of victim services;",
           "Victim Support, as the commissioned provider of the Essex victim care service;",
           "Changing Pathways, as a provider of domestic abuse support in south and mid Essex;",
           "Safer Places, as a provider of domestic abuse support in west and north Essex; and",
           "Essex Partnership University NHS Foundation Trust, in respect of offenders detained in hospital."),
        NP("2.2", "No party is designated as lead for this agreement. The parties meet through the Essex Victims "
           "Partnership Group, which agrees changes to the agreement."),
        H(1, "Part 3: Lawful basis for sharing"),
        NP("3.1", "The Probation Service has a statutory duty under sections 35 to 45 of the Domestic Violence, Crime "
           "and Victims Act 2004 to offer contact to victims of specified sexual and violent offences where the "
           "offender receives a sentence of twelve months or more, and to victims of offenders detained under "
           "Part 3 of the Mental Health Act 1983 with restrictions."),
        NP("3.2", "Victims\u2019 entitlements, including their right to make a victim personal statement to the Parole "
           "Board, are set out in the Code of Practice for Victims of Crime in England and Wales and in the Parole "
           "Board Rules 2019. The release and licence provisions of the Criminal Justice Act 2003 determine when "
           "victims must be told about release and conditions."),
        NP("3.3", "HMPPS and Essex Police process this information for the law enforcement purposes under DPA 2018, "
           "Part 3. The Commissioner, Victim Support, Changing Pathways, Safer Places and the NHS trust rely on "
           "UK GDPR Article 6(1)(e) and, for information about health or sex life, Article 9(2)(g) together "
           "with Schedule 1, Part 2 of the DPA 2018."),
        NP("3.4", "Referrals to non-statutory support services are made only with the victim\u2019s consent. "
           "Information about an offender is disclosed to a victim only where it is permitted by the Victim "
           "Contact Scheme Guidance Manual and is necessary and proportionate under the Human Right Act 1998, "
           "taking into account the offender\u2019s rights as well as the victim\u2019s."),
        NP("3.5", "Information given in confidence by a victim is subject to the common law duty of confidence and "
           "is shared only as described in this agreement or where there is an overriding public interest."),
        H(1, "Part 4: What information will be exchanged"),
        T([["From", "To", "Information"],
           ["Essex Police (Witness Care Unit)", "Victim Liaison Unit", "Victim name, contact details, preferred "
            "method of contact, support needs, offence and sentence, offender name and date of birth"],
           ["Victim Liaison Unit", "Essex Police", "Concerns raised by a victim about their safety; victim "
            "representations on licence conditions where they concern police action"],
           ["Victim Liaison Unit", "Victim Support, Changing Pathways, Safer Places", "Victim contact details "
            "and the reason for referral (with consent)"],
           ["Victim Support, Changing Pathways, Safer Places", "Victim Liaison Unit",
            "Whether the victim has engaged; any new risk to the victim"],
           ["EPUT", "Victim Liaison Unit", "Leave, transfer and discharge dates of restricted patients"],
           ["Victim Liaison Unit", "Commissioner", "Anonymised monthly figures on referrals and take-up"]],
          widths=[4.2, 4.0, 8.3], font_size=9),
        NP("4.1", "Victims\u2019 addresses are never disclosed to the offender or recorded in documents that the "
           "offender may see, such as parole dossiers."),
        H(1, "Part 5: Process and timescales"),
        NP("5.1", "The Witness Care Unit refers each eligible victim to the Victim Liaison Unit within 20 working days "
           "of sentence, using the VCS referral form sent by secure email. The VLU writes to the victim within 40 "
           "working days of sentence to offer the scheme."),
        NP("5.2", "The VLU tells the victim about key stages, including parole hearings, release, licence conditions "
           "and any recall, at the time they occur, by the victim\u2019s preferred method of contact."),
        NP("5.3", "Exchanges between the parties use secure email (justice.gov.uk, police.uk, nhs.net and cjsm.net "
           "accounts or an encrypted service). Referral lists are reconciled monthly between the VLU and the "
           "Witness Care Units."),
        H(1, "Part 6: Confidentiality and security"),
        NP("6.1", "Information exchanged under this agreement is marked OFFICIAL-SENSITIVE. Each party must protect it "
           "with appropriate technical and organisational measures and must limit access to staff who need it to "
           "support the victim."),
        NP("6.2", "Staff must not discuss a victim\u2019s case with anyone outside the parties without the "
           "victim\u2019s agreement, except where a person is at risk of serious harm."),
        H(1, "Part 7: Security incidents"),
        NP("7.1", "Any incident in which victim information is lost, disclosed without authority or sent to the wrong "
           "person must be reported at once to the data protection officer of the party concerned and to the VLU "
           "manager. If there is any possibility that the information has reached the offender, the VLU will "
           "tell the victim and Essex Police immediately so that safety planning can take place."),
        NP("7.2", "The party responsible for the incident decides whether to notify the Information Commissioner, "
           "within 72 hours, and keeps the other parties informed."),
        H(1, "Part 8: Victims\u2019 rights regarding their information"),
        NP("8.1", "Victims are told at first contact how their information will be used, and are given the HMPPS "
           "privacy notice for the Victim Contact Scheme. They may withdraw from the scheme at any time."),
        NP("8.2", "A victim who asks for a copy of their information, or for it to be corrected or erased, should be "
           "directed to the party holding it. Offenders have no right of access to victims\u2019 information held "
           "under the scheme."),
        H(1, "Part 9: Complaints"),
        NP("9.1", "A victim who is dissatisfied with the service or with the handling of their information may "
           "complain to the party concerned. Complaints about the Victim Contact Scheme are dealt with under the "
           "HMPPS complaints procedure; complaints about the police under the Essex Police complaints procedure. "
           "Victims may also complain to the Information Commissioner\u2019s Office or, after the internal "
           "procedure, the Parliamentary and Health Service Ombudsman."),
        H(1, "Part 10: Commencement, duration and signatures"),
        NP("10.1", "This agreement comes into effect on the date on which it has been signed by all parties, which is "
           "recorded on the document control page."),
        NP("10.2", "The Essex Victims Partnership Group will review it two years after signing, or earlier if the "
           "law, the Victims\u2019 Code or the Victim Contact Scheme Guidance Manual changes."),
        NP("10.3", "A party may withdraw by giving three months\u2019 written notice to the other parties."),
        T([["Organisation", "Signatory", "Position", "Date"],
           ["HM Prison and Probation Service", "Deborah Kinsella", "Head of Victim Services, East of England", "09/01/2023"],
           ["Essex Police", "Detective Chief Superintendent Greg Palin", "Head of Public Protection", "10/01/2023"],
           ["Police, Fire and Crime Commissioner for Essex", "Rachel Turnbull", "Head of Commissioning", "11/01/2023"],
           ["Victim Support", "Omar Siddiq", "Regional Operations Director", "12/01/2023"],
           ["Changing Pathways", "Louise Garland", "Chief Executive", "16/01/2023"],
           ["Safer Places", "Bethany Coles", "Director of Services", "16/01/2023"],
           ["Essex Partnership University NHS Foundation Trust", "Dr Ruth Okonjo", "Caldicott Guardian", "17/01/2023"]],
          widths=[5.2, 4.6, 4.6, 2.1], font_size=9),
    ]

    def build_docx(path):
        ws = WordStyle(font="Arial", size=10.5, heading_mode="styled", heading_colour="1F3864", h1_size=12.5,
                       header_fill="D9E2F3")
        doc = new_word_doc(ws, "Victim Liaison Unit")
        set_header_footer(doc, header_lines=[("OFFICIAL-SENSITIVE", True), (title, False)],
                          footer_lines=[("OFFICIAL-SENSITIVE", True)], page_numbers="{PAGE}")
        for _ in range(3):
            doc.add_paragraph()
        word_para(doc, "Essex Victims Partnership Group", size=12, align="center", colour="1F3864")
        doc.add_paragraph()
        add_textbox(doc, [(t1, True), (t2, True)], width_pt=430, height_pt=130, size_half_pts=36)
        for _ in range(3):
            doc.add_paragraph()
        word_para(doc, "Information Sharing Agreement", size=14, align="center")
        word_para(doc, "Version 1.0 \u2013 January 2023", size=12, align="center")
        doc.add_page_break()
        word_para(doc, "Document control", bold=True, size=12.5, colour="1F3864")
        word_table(doc, [["Document type", "Information Sharing Agreement"], ["Version", "1.0"],
                         ["Status", "Agreed"], ["Security marking", "OFFICIAL-SENSITIVE"],
                         ["Contact", "Victim Liaison Unit Manager, vlu.essex@justice.gov.uk"],
                         ["Agreed by all parties", "17 January 2023"],
                         ["Review", "See Part 10"],
                         ["Related documents", "Victim Contact Scheme Guidance Manual; Code of Practice for Victims of "
                          "Crime; Essex Police victim care policy"]],
                   ws, header=False, widths=[4.5, 12], bold_first_col=True, fill="D9E2F3")
        word_para(doc, "Change record", bold=True, size=12.5, colour="1F3864")
        word_table(doc, [["Version", "Date", "Changes"],
                         ["0.1", "October 2022", "First draft circulated to the Essex Victims Partnership Group"],
                         ["0.2", "December 2022", "Domestic abuse providers added; restricted patients"],
                         ["1.0", "January 2023", "Agreed by all parties"]],
                   ws, widths=[2, 3.2, 11.3])
        doc.add_page_break()
        render_word_blocks(doc, blocks, ws)
        doc.save(path)

    truth = {
        "title": title,
        "purpose": purpose,
        "lead": None,
        "partners": [
            {"name": "HM Prison and Probation Service", "org": None},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Police, Fire and Crime Commissioner for Essex", "org": None},
            {"name": "Victim Support", "org": None},
            {"name": "Changing Pathways", "org": "Changing Pathways"},
            {"name": "Safer Places", "org": "Safer Places"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
        ],
        "statutes": [
            {"citation": "sections 35 to 45 of the Domestic Violence, Crime and Victims Act 2004",
             "title": "Domestic Violence, Crime and Victims Act", "year": 2004, "provision": "sections 35 to 45"},
            {"citation": "Part 3 of the Mental Health Act 1983", "title": "Mental Health Act", "year": 1983,
             "provision": "Part 3"},
            {"citation": "Parole Board Rules 2019", "title": "Parole Board Rules", "year": 2019, "provision": None},
            {"citation": "Criminal Justice Act 2003", "title": "Criminal Justice Act", "year": 2003, "provision": None},
            {"citation": "DPA 2018, Part 3", "title": "Data Protection Act", "year": 2018, "provision": "Part 3"},
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "Human Right Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2025-01-17",
        "review_basis": "relative",
        "commencement_date": "2023-01-17",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "complaints", "breach", "agreement"],
        "missing_sections": ["retention", "accuracy"],
    }
    return dict(base=base, truth=truth, docx=build_docx, pdf="word", doc=True)


# ===========================================================================
# A7  Drug testing on arrest (reportlab boxed PDF, and DOCX)
# ===========================================================================

@agreement
def a7_dtoa():
    base = "EP-ISA-0219_Drug_Testing_on_Arrest_v2.1"
    generic = "Information Sharing Agreement"
    title = "Drug Testing on Arrest and Required Assessment \u2013 Essex"
    purpose = ("Information is shared under this agreement so that adults who test positive for specified Class A "
               "drugs following arrest in Essex are required to attend an assessment with a drug treatment worker, "
               "are offered a route into treatment and recovery services, and so that the police can enforce the "
               "requirement to attend where a person fails to do so.")
    control = [["Title", title], ["Reference", "EP-ISA-0219"], ["Lead organisation", "Essex Police"],
               ["Version", "2.1"], ["Start date", "01/04/2024"], ["Review Date", "31 March 2025"],
               ["Approved by", "Head of Information Management, Essex Police"],
               ["DPIA reference", "DPIA-2023-114 (Essex Police)"],
               ["Classification", "OFFICIAL-SENSITIVE once completed"]]
    parties = [["Organisation", "Role", "ICO registration"],
               ["Essex Police", "Lead organisation; carries out tests in custody", "Z4883472"],
               ["Police, Fire and Crime Commissioner for Essex", "Funds the scheme and receives performance data", "On file"],
               ["Essex County Council", "Public health commissioner of treatment services for Essex", "Z2120726"],
               ["Southend-on-Sea City Council", "Public health commissioner for Southend", "Z6029331"],
               ["Thurrock Council", "Public health commissioner for Thurrock", "Z8228055"],
               ["Open Road Visions", "Treatment provider: arrest referral and assessment, Essex custody suites", "On file"],
               ["Change Grow Live", "Treatment provider, Southend", "On file"],
               ["The Forward Trust", "Treatment provider, Thurrock", "On file"]]
    blocks = [
        H(1, "Purpose of the Sharing"),
        P(purpose),
        P("Drug testing on arrest applies to people aged 18 or over who are arrested for a trigger offence, such as "
          "theft, burglary, robbery or possession of a Class A drug, or where an inspector authorises a test "
          "because drug misuse is suspected to have caused or contributed to the offence. Tests are for opiates "
          "and cocaine only."),
        H(1, "Parties"),
        T(parties, widths=[5, 8, 3]),
        P("Essex Police and each treatment provider are separate controllers. The councils are controllers for the "
          "performance and monitoring information they receive, and their treatment providers act as their "
          "processors for the purpose of national treatment monitoring returns only."),
        H(1, "Legal Basis"),
        P("Testing is carried out under section 63B of the Police and Criminal Evidence Act 1984. The requirement to "
          "attend an initial and a follow-up assessment is made under Part 3 of the Drugs Act 2005, and the "
          "specified Class A drugs are those defined in the Misuse of Drug Act 1971."),
        P("Essex Police processes the test result and the assessment requirement for the law enforcement purposes "
          "under the Data Protection Act 2018, Part 3. Treatment providers and councils process personal data "
          "under UK GDPR Article 6(1)(e) and, for health data, Article 9(2)(h) and Schedule 1, paragraph 2 of the "
          "2018 Act. Councils commission treatment under their public health duty in section 2B of the National "
          "Health Service Act 2006, inserted by the Health and Social Care Act 2012."),
        P("The sharing must be proportionate and respect the person\u2019s rights under the Human Rights Act 1998. "
          "Information held by treatment providers is confidential; providers share it with the police only as set "
          "out in this agreement, in line with the Caldicott principles and the common law duty of confidence. "
          "Custody officers must also follow PACE Code C."),
        H(1, "Information to be Shared"),
        T([["Shared by", "Shared with", "Data items"],
           ["Essex Police", "Arrest referral worker (Open Road Visions)", "Custody record number, name, date of birth, "
            "address, arrest offence, test result, date and time of the requirement to attend, interpreter needs"],
           ["Open Road Visions", "Essex Police", "Whether the initial and follow-up assessments were attended; "
            "whether the person was referred on to treatment"],
           ["Open Road Visions", "Change Grow Live, The Forward Trust", "Referral details for people living in "
            "Southend or Thurrock (with consent)"],
           ["Treatment providers", "Councils", "Pseudonymised treatment monitoring data"],
           ["Essex Police", "Police, Fire and Crime Commissioner for Essex", "Monthly numbers of tests, positive results, "
            "assessments attended and failures to attend (no personal data)"]],
          widths=[3.5, 4, 8.5]),
        H(1, "Method and Frequency of Sharing"),
        P("Test results and requirements are recorded on the Athena custody system. A daily list of positive tests "
          "is sent by secure email from the custody hub to the arrest referral team at 08:00, and urgent referrals "
          "are made by telephone from the custody suite."),
        P("The arrest referral team confirms attendance, or failure to attend, by secure email within 24 hours of "
          "each appointment. A failure to attend without good cause is an offence, and the police decide whether to "
          "take action."),
        P("Performance figures are sent to the Commissioner\u2019s office monthly. Treatment monitoring returns are "
          "submitted by providers monthly through the national system."),
        H(1, "Security"),
        P("Each party must hold shared information on secure systems with access limited to staff directly involved. "
          "Arrest referral workers in custody suites are vetted to NPPV level 2 and access police systems only "
          "through terminals provided by Essex Police. Documents are marked OFFICIAL-SENSITIVE."),
        H(1, "Data Accuracy"),
        P("Essex Police is responsible for the accuracy of custody and test data, and treatment providers for "
          "attendance and referral information. Errors must be reported to the originating party, which will "
          "correct its records and tell every recipient."),
        H(1, "Retention"),
        P("Essex Police retains custody records and test results in line with the national guidance on the "
          "management of police information. Treatment providers retain assessment records in line with their "
          "clinical records policies, normally eight years after the last contact. Daily lists are deleted after "
          "30 days."),
        H(1, "Individual Rights"),
        P("People tested are told in custody, on the notice of the requirement to attend, how their information will "
          "be shared. Requests for access or other rights are dealt with by the party that receives them, which will "
          "consult the party that provided the information. Some rights may be restricted under the 2018 Act where "
          "this is needed to avoid prejudicing the prevention or detection of crime."),
        H(1, "Complaints"),
        P("Complaints about the handling of information are managed through each party\u2019s own complaints "
          "procedure. Complaints about the police are dealt with by the Essex Police Professional Standards "
          "Department, and may be reviewed by the Commissioner\u2019s office."),
        H(1, "Breaches"),
        P("Any actual or suspected breach must be reported to the data protection officer of the party concerned on "
          "the same working day and to Essex Police Information Management. The party responsible decides whether "
          "to notify the Information Commissioner within 72 hours and the affected individual."),
        H(1, "Agreement"),
        P("This agreement applies from the start date shown above. A party may withdraw by giving two months\u2019 "
          "written notice to Essex Police Information Management."),
        T([["Organisation", "Name", "Post", "Date signed"],
           ["Essex Police", "Chief Superintendent Andrea Lusk", "Head of Criminal Justice and Custody", "14/03/2024"],
           ["Police, Fire and Crime Commissioner for Essex", "Philip Darnell", "Director of Commissioning", "15/03/2024"],
           ["Essex County Council", "Dr Mira Solanki", "Director of Public Health", "18/03/2024"],
           ["Southend-on-Sea City Council", "Krishna Ramkhelawon", "Director of Public Health", "19/03/2024"],
           ["Thurrock Council", "Jo Broadbent", "Director of Public Health", "20/03/2024"],
           ["Open Road Visions", "Peter Jakes", "Chief Executive", "21/03/2024"],
           ["Change Grow Live", "Sophie Marr", "Service Manager", "22/03/2024"],
           ["The Forward Trust", "Amir Hassan", "Head of Community Services", "25/03/2024"]],
          widths=[5, 4.5, 4.8, 2.2]),
    ]

    def build_pdf(path):
        rs = RLStyle(font="Helvetica", bold="Helvetica-Bold", size=9.8, leading=13, h1=11.5, h2=10,
                     accent=colors.HexColor("#003A70"), header_fill=colors.HexColor("#DCE6F1"))
        W, Hh = A4
        lm = rm = 2.0 * cm
        aw = W - lm - rm

        def deco(c, d):
            c.saveState()
            c.setStrokeColor(colors.HexColor("#003A70"))
            c.setLineWidth(1)
            c.rect(1.4 * cm, 1.4 * cm, W - 2.8 * cm, Hh - 2.8 * cm)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(lm, Hh - 1.15 * cm, "OFFICIAL-SENSITIVE")
            c.setFont("Helvetica", 8)
            c.drawRightString(W - rm, Hh - 1.15 * cm, "Essex Police  |  EP-ISA-0219  |  Version 2.1")
            c.drawString(lm, 0.9 * cm, "OFFICIAL-SENSITIVE")
            c.drawRightString(W - rm, 0.9 * cm, "Page %d" % d.page)
            c.restoreState()

        doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="", author="Essex Police Information Management")
        fr = Frame(lm, 1.9 * cm, aw, Hh - 3.9 * cm, id="f")
        doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
        big = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=colors.HexColor("#003A70"))
        story = [Paragraph("Essex Police", ParagraphStyle("o", fontName="Helvetica-Bold", fontSize=11, leading=14)),
                 Spacer(1, 1.5 * cm), Paragraph(generic, big), Spacer(1, 0.5 * cm),
                 rl_table(control, rs, aw, header=False, widths=[4, 12], bold_first_col=True), Spacer(1, 0.8 * cm),
                 Paragraph("Version history", rs.h2),
                 rl_table([["Version", "Date", "Author", "Changes"],
                           ["1.0", "05/06/2019", "Criminal Justice Department", "First agreement"],
                           ["2.0", "12/01/2024", "Information Management", "Rewritten for current data protection law and new treatment contracts"],
                           ["2.1", "08/03/2024", "Information Management", "Thurrock provider added"]],
                          rs, aw, widths=[1.6, 2.4, 4.5, 7.5]),
                 PageBreak()]
        story += rl_blocks(blocks, rs, aw)
        doc.build(story)

    def build_docx(path):
        ws = WordStyle(font="Calibri", size=11, heading_mode="styled", heading_colour="003A70", h1_size=13,
                       header_fill="DCE6F1")
        doc = new_word_doc(ws, "Essex Police Information Management")
        set_header_footer(doc, header_lines=[("OFFICIAL-SENSITIVE", True)],
                          footer_lines=[("Essex Police  |  EP-ISA-0219  |  Version 2.1", False)],
                          page_numbers="Page {PAGE}")
        word_para(doc, "Essex Police", bold=True, size=12)
        doc.add_paragraph()
        word_para(doc, generic, bold=True, size=18, colour="003A70")
        word_table(doc, control, ws, header=False, widths=[4.5, 12], bold_first_col=True, fill="DCE6F1")
        word_para(doc, "Version history", bold=True, size=11)
        word_table(doc, [["Version", "Date", "Author", "Changes"],
                         ["1.0", "05/06/2019", "Criminal Justice Department", "First agreement"],
                         ["2.0", "12/01/2024", "Information Management", "Rewritten for current data protection law and new treatment contracts"],
                         ["2.1", "08/03/2024", "Information Management", "Thurrock provider added"]],
                   ws, widths=[1.8, 2.4, 4.6, 7.7])
        doc.add_page_break()
        render_word_blocks(doc, blocks, ws)
        doc.save(path)

    truth = {
        "title": title,
        "purpose": purpose,
        "lead": {"name": "Essex Police", "org": "Essex Police"},
        "partners": [
            {"name": "Police, Fire and Crime Commissioner for Essex", "org": None},
            {"name": "Essex County Council", "org": "Essex County Council"},
            {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
            {"name": "Thurrock Council", "org": "Thurrock Council"},
            {"name": "Open Road Visions", "org": None},
            {"name": "Change Grow Live", "org": None},
            {"name": "The Forward Trust", "org": None},
        ],
        "statutes": [
            {"citation": "section 63B of the Police and Criminal Evidence Act 1984",
             "title": "Police and Criminal Evidence Act", "year": 1984, "provision": "section 63B"},
            {"citation": "Part 3 of the Drugs Act 2005", "title": "Drugs Act", "year": 2005, "provision": "Part 3"},
            {"citation": "Misuse of Drug Act 1971", "title": "Misuse of Drugs Act", "year": 1971, "provision": None},
            {"citation": "Data Protection Act 2018, Part 3", "title": "Data Protection Act", "year": 2018,
             "provision": "Part 3"},
            {"citation": "UK GDPR Article 6(1)(e)", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "section 2B of the National Health Service Act 2006", "title": "National Health Service Act",
             "year": 2006, "provision": "section 2B"},
            {"citation": "Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012,
             "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2025-03-31",
        "review_basis": "explicit",
        "commencement_date": "2024-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": [],
    }
    return dict(base=base, truth=truth, docx=build_docx, pdf=build_pdf, doc=False)


# ===========================================================================
# A8  DWP / Jobcentre Plus and probation providers, 2016 (Word -> PDF, DOCX, DOC); legacy; no lead, no review
# ===========================================================================

@agreement
def a8_dwp_offenders():
    base = "JCP_Probation_HMP_Chelmsford_Protocol_Jan2016"
    title = "Employment, Benefits and Resettlement Support for Offenders in Essex"
    purpose = ("This protocol sets out how Jobcentre Plus, the probation providers and HMP Chelmsford will share "
               "information about offenders in custody and in the community, so that benefit claims can be "
               "prepared before release, offenders are supported into work, and Jobcentre Plus requirements are "
               "aligned with the requirements of their sentence or licence.")
    parties = [["Organisation", "Represented by", "Address for notices"],
               ["Department for Work and Pensions (Jobcentre Plus)", "District Manager, Essex",
                "Jobcentre Plus, Chelmsford"],
               ["National Probation Service (Essex)", "Head of Essex Local Delivery Unit Cluster", "Chelmsford"],
               ["Essex Community Rehabilitation Company", "Director of Operations", "Chelmsford"],
               ["Kent, Surrey and Sussex Community Rehabilitation Company", "Head of Through the Gate Services",
                "Maidstone"],
               ["HMP Chelmsford", "Head of Reducing Reoffending", "200 Springfield Road, Chelmsford"],
               ["Essex County Council (Adult Community Learning)", "Head of Adult Community Learning", "County Hall, Chelmsford"]]
    blocks = [
        H(1, "Introduction"),
        P("Since 1 February 2015 offenders released from custody have been supervised either by the National "
          "Probation Service or by a Community Rehabilitation Company, and resettlement services in prisons are "
          "delivered under the Through the Gate arrangements. Employment and access to benefits on release are "
          "among the strongest factors in reducing reoffending."),
        H(1, "Purpose"),
        P(purpose),
        P("The protocol covers offenders aged 18 and over who are held at HMP Chelmsford or who live in Essex "
          "and are supervised in the community. It includes offenders supervised by the Kent, Surrey and Sussex "
          "Community Rehabilitation Company who are released from HMP Chelmsford to addresses in Kent."),
        H(1, "Parties to this Protocol"),
        T(parties, widths=[6.2, 5.2, 4.9], font_size=10),
        H(1, "Legal Basis"),
        P("All of the parties must comply with the Data Protection Act 1998 (the DPA). Information is shared only "
          "where a condition in Schedule 2 of the DPA is met and, for sensitive personal data such as information "
          "about offences and health, a condition in Schedule 3. The conditions relied on are listed in the "
          "Appendix."),
        P("The probation providers may share information under section 14 of the Offender Management Act 2007, and "
          "the supervision of offenders released from short sentences is provided for by the Offender "
          "Rehabilitation Act 2014. s.115 Crime and Disorder Act 1998 also permits disclosure to the probation "
          "providers and to the police for the purposes of that Act."),
        P("The Department for Work and Pensions shares information under the Social Security Administration Act "
          "1992 and the Welfare Reform Act 2012, and the Social Security (Information-sharing in relation to Welfare "
          "Services etc.) Regulations 2012 where these apply."),
        P("All sharing must be compatible with Article 8 of the European Convention on Human Rights, given effect by "
          "the Human Rights Act 1998, and must be necessary and proportionate."),
        H(1, "Information to be Shared"),
        P("The following information may be shared between the parties:"),
        UL("name, date of birth, National Insurance number, prison number and probation case reference;",
           "expected release date and release address;",
           "whether the offender has a current benefit claim and the type of claim;",
           "sentence and licence requirements that affect availability for work, such as curfews, exclusion "
           "zones, unpaid work hours and programme attendance;",
           "work history, qualifications and barriers to work, including health conditions where the offender "
           "has agreed; and",
           "attendance at Jobcentre Plus appointments and any sanctions that may affect compliance with licence."),
        P("Details of offences are shared with Jobcentre Plus only where they are relevant to the type of work an "
          "offender may do, or to the safety of Jobcentre Plus staff."),
        H(1, "How Information will be Shared"),
        P("Jobcentre Plus prison work coaches attend HMP Chelmsford each week and receive a list of prisoners due "
          "for release in the following six weeks from the prison\u2019s resettlement team. Claims are prepared "
          "with the prisoner before release and an appointment is booked at the local Jobcentre for the day of "
          "release or the next working day."),
        P("Offender managers and responsible officers send referrals to the Jobcentre Plus Offender Single Point of "
          "Contact for each district using the agreed referral form. Forms are sent by GCSx or CJSM secure email "
          "only. The Jobcentre replies within five working days."),
        P("A monthly meeting between the District Manager and the probation providers considers the number of "
          "referrals and outcomes, using figures that do not identify individuals."),
        H(1, "Security of Information"),
        P("Each party will hold the information on secure systems and paper records in locked storage. Information "
          "will be marked PROTECT or OFFICIAL as appropriate and will only be accessed by staff who need it for the "
          "purposes of this protocol. Staff will receive training in the handling of personal information."),
        P("Information must not be sent by unsecured email, fax or post. Prison work coaches must not remove "
          "information about prisoners from the prison."),
        H(1, "Accuracy of Information"),
        P("The party supplying information is responsible for making sure that it is accurate and up to date when it "
          "is supplied. Release dates in particular can change, and the prison will tell Jobcentre Plus of any "
          "change as soon as it is known."),
        H(1, "Retention and Disposal"),
        P("Each party will keep information received under this protocol only as long as necessary for the purposes "
          "for which it was shared, and in line with its own records management policy. Paper records will be "
          "shredded and electronic records deleted when no longer required."),
        H(1, "Commencement and Signatures"),
        P("This protocol takes effect from 1 February 2016. A party may withdraw from it by giving one month\u2019s "
          "notice in writing to each of the other parties."),
        P("Signed on behalf of each party:"),
        T([["Organisation", "Name", "Position", "Signature", "Date"],
           ["Department for Work and Pensions (Jobcentre Plus)", "Michael Tarrant", "District Manager, Essex", "", "20/01/2016"],
           ["National Probation Service (Essex)", "Yvonne Achebe", "Head of LDU Cluster", "", "21/01/2016"],
           ["Essex Community Rehabilitation Company", "Graham Lister", "Director of Operations", "", "21/01/2016"],
           ["Kent, Surrey and Sussex Community Rehabilitation Company", "Sarah Pellow", "Head of Through the Gate", "", "25/01/2016"],
           ["HMP Chelmsford", "Tony Miller", "Head of Reducing Reoffending", "", "26/01/2016"],
           ["Essex County Council", "Clare Hammond", "Head of Adult Community Learning", "", "27/01/2016"]],
          widths=[5.4, 3.2, 3.8, 2.0, 2.0], font_size=9),
        PB,
        H(1, "Appendix \u2013 Data Protection Act Conditions"),
        P("Schedule 2 conditions relied on:"),
        UL("condition 3 \u2013 the processing is necessary for compliance with a legal obligation;",
           "condition 5 \u2013 the processing is necessary for the administration of justice or for the exercise "
           "of functions conferred by an enactment, or of functions of a public nature exercised in the public "
           "interest."),
        P("Schedule 3 conditions relied on:"),
        UL("condition 1 \u2013 the explicit consent of the data subject (health information);",
           "condition 7 \u2013 the processing is necessary for the administration of justice or for the exercise of "
           "functions conferred by an enactment."),
    ]

    def build_docx(path):
        ws = WordStyle(font="Times New Roman", size=12, heading_mode="bold", caps_headings=True, h1_size=12,
                       justify=True, header_fill="D9D9D9")
        doc = new_word_doc(ws, "JCP Essex District")
        set_header_footer(doc, header_lines=[("OFFICIAL", True)],
                          footer_lines=[("Version 1.0   January 2016", False)], page_numbers="Page {PAGE}",
                          header_align="right")
        for _ in range(4):
            doc.add_paragraph()
        add_textbox(doc, [(title, True)], width_pt=400, height_pt=110, fill="FFFFFF", colour="000000",
                    size_half_pts=40, shape_id=2)
        for _ in range(4):
            doc.add_paragraph()
        word_para(doc, "A protocol between Jobcentre Plus, the probation providers in Essex and HMP Chelmsford",
                  size=13, align="center", italic=True)
        for _ in range(6):
            doc.add_paragraph()
        word_para(doc, "January 2016", size=12, align="center")
        doc.add_page_break()
        render_word_blocks(doc, blocks, ws)
        doc.save(path)

    truth = {
        "title": title,
        "purpose": purpose,
        "lead": None,
        "partners": [
            {"name": "Department for Work and Pensions (Jobcentre Plus)", "org": None},
            {"name": "National Probation Service (Essex)", "org": "National Probation Service (Essex)"},
            {"name": "Essex Community Rehabilitation Company", "org": "Essex Community Rehabilitation Company"},
            {"name": "Kent, Surrey and Sussex Community Rehabilitation Company", "org": None},
            {"name": "HMP Chelmsford", "org": "HMP Chelmsford"},
            {"name": "Essex County Council (Adult Community Learning)", "org": "Essex County Council"},
        ],
        "statutes": [
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
            {"citation": "section 14 of the Offender Management Act 2007", "title": "Offender Management Act",
             "year": 2007, "provision": "section 14"},
            {"citation": "Offender Rehabilitation Act 2014", "title": "Offender Rehabilitation Act", "year": 2014,
             "provision": None},
            {"citation": "s.115 Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998,
             "provision": "section 115"},
            {"citation": "Social Security Administration Act 1992", "title": "Social Security Administration Act",
             "year": 1992, "provision": None},
            {"citation": "Welfare Reform Act 2012", "title": "Welfare Reform Act", "year": 2012, "provision": None},
            {"citation": "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
             "title": "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations",
             "year": 2012, "provision": None},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2016-02-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "security", "format_frequency",
                             "retention", "accuracy", "agreement"],
        "missing_sections": ["individual_rights", "complaints", "breach"],
    }
    return dict(base=base, truth=truth, docx=build_docx, pdf="word", doc=True)


# ===========================================================================
# A9  Pre-sentence reports and court liaison (reportlab PDF only)
# ===========================================================================

@agreement
def a9_court_liaison():
    base = "HMPPS_Essex_Courts_PSR_Liaison_Diversion_Protocol"
    t1 = "Pre-Sentence Reports and Court Liaison:"
    t2 = "Information Exchange at Essex Magistrates\u2019 and Crown Courts"
    purpose = ("This protocol enables the parties to exchange the information that probation court teams and "
               "liaison and diversion practitioners need to prepare timely and accurate pre-sentence reports, to "
               "identify defendants with mental health, learning disability, substance misuse or other "
               "vulnerabilities, and to give the court the information it needs to pass an appropriate sentence.")
    parties = [["Party", "Responsibilities under this protocol"],
               ["HM Prison and Probation Service", "Lead party. Probation court teams prepare pre-sentence reports "
                "and provide advice to the court on sentencing options and breach proceedings"],
               ["HM Courts & Tribunals Service", "Provides court lists, adjournment details and results to the "
                "probation court teams"],
               ["Crown Prosecution Service", "Provides case summaries, previous convictions and victim personal "
                "statements for report writers"],
               ["Essex Police", "Provides domestic abuse and safeguarding checks requested by report writers"],
               ["Essex Partnership University NHS Foundation Trust", "Liaison and diversion service in Essex police "
                "custody suites and courts"],
               ["Hertfordshire Partnership University NHS Foundation Trust", "Liaison and diversion for defendants "
                "resident in Hertfordshire who appear before Essex courts"]]
    blocks = [
        H(1, "1. Purpose"),
        NP("1.1", "Before passing most community or custodial sentences a court must obtain and consider a pre-sentence "
           "report unless it considers one unnecessary. In Essex, reports are prepared by probation court teams at "
           "Chelmsford, Colchester, Basildon and Southend, and increasingly on the day of the hearing."),
        NP("1.2", purpose),
        NP("1.3", "The protocol does not cover the exchange of case papers between the Crown Prosecution Service and "
           "the defence, or the listing of cases, which are governed by the criminal procedure rules and practice "
           "directions."),
        H(1, "2. Parties and responsibilities"),
        NP("2.1", "This protocol is led by HM Prison and Probation Service, through the Probation Service\u2019s Essex "
           "court teams. The parties and their responsibilities are:"),
        T(parties, widths=[5.5, 11]),
        NP("2.2", "Each party is a controller for the information it holds. The NHS trusts provide liaison and "
           "diversion under contracts with NHS England; they remain controllers for the clinical records they "
           "create."),
        H(1, "3. Legal basis"),
        NP("3.1", "The duty to obtain and consider a pre-sentence report is in sections 30 to 32 of the Sentencing Act "
           "2020. The Probation Service provides reports and advice to the courts under the Offender Management Act "
           "2007."),
        NP("3.2", "Liaison and diversion practitioners assess people in police custody under the arrangements in the "
           "Police and Criminal Evidence Act 1984 and advise the court on the use of its powers under sections 35 "
           "to 38 of the Mental Health Act 1983."),
        NP("3.3", "HMPPS, HMCTS, the Crown Prosecution Service and Essex Police process the information for the law "
           "enforcement purposes under the Data Protection Act 2018 \u2013 Part 3. The NHS trusts process it under "
           "UK GDPR Articles 6(1)(e) and 9(2)(h); where a trust discloses health information to a report writer "
           "without the defendant\u2019s consent it must be satisfied that the disclosure is justified in the public "
           "interest under the common law duty of confidence, and follow the Caldicott principles."),
        NP("3.4", "The parties must act compatibly with the Human Rights Act 1998, including the defendant\u2019s right to "
           "a fair trial and to respect for private and family life."),
        H(1, "4. Information to be shared"),
        NP("4.1", "The information that may be shared is limited to what is needed for the report or assessment, and "
           "may include:"),
        UL("the charge, plea, adjournment reason and the date of the sentencing hearing;",
           "the prosecution case summary, previous convictions and cautions and any victim personal statement;",
           "domestic abuse call-out history and child safeguarding information held by the police;",
           "the outcome of a liaison and diversion screening or assessment and the recommended support; and",
           "the pre-sentence report itself, which is provided to the court, the defence and the prosecution."),
        NP("4.2", "Victims\u2019 contact details must not be included in a pre-sentence report."),
        H(1, "5. Confidentiality and security"),
        NP("5.1", "Pre-sentence reports and the information used to prepare them are classified OFFICIAL-SENSITIVE. "
           "Parties must restrict access to staff who need it for the hearing and must use only systems approved by "
           "their organisation. Reports must not be left in court rooms or waiting areas."),
        NP("5.2", "Liaison and diversion practitioners share with the court team only the information needed for the "
           "report, and must tell the defendant what will be shared."),
        H(1, "6. Accuracy"),
        NP("6.1", "Each party is responsible for the accuracy of the information it provides. Report writers must "
           "check previous convictions against the Police National Computer print provided by the prosecution and "
           "record the source of every piece of information used."),
        NP("6.2", "If a party becomes aware that information it has shared is wrong it must tell the court team "
           "immediately, and, where a report has already been provided, the court team will tell the court."),
        H(1, "7. Retention"),
        NP("7.1", "Probation retains pre-sentence reports on the probation case management system in line with the "
           "HMPPS records retention and disposition schedule. Other parties retain information under their own "
           "schedules. Working notes made at court are destroyed once the report has been completed."),
        H(1, "8. Rights of data subjects"),
        NP("8.1", "Defendants are told by the report writer, and by the liaison and diversion practitioner, how their "
           "information will be used. A defendant who wants a copy of information held about them should apply to "
           "the party that holds it. Rights may be restricted where this is necessary to avoid prejudicing "
           "proceedings."),
        H(1, "9. Complaints"),
        NP("9.1", "Complaints about the handling of information under this protocol are dealt with under the "
           "complaints procedure of the party concerned. Complaints that involve more than one party are "
           "co-ordinated by the Head of Essex Court Services."),
        H(1, "10. Data breaches"),
        NP("10.1", "A suspected or actual personal data breach must be reported to the data protection officer of the "
           "party concerned within 24 hours, and to the Head of Essex Court Services where a pre-sentence report is "
           "involved. The party responsible decides whether to notify the Information Commissioner."),
        H(1, "11. Signature, commencement and review"),
        NP("11.1", "The protocol takes effect on the date shown on the front sheet. It will be reviewed annually from the "
           "date it takes effect, by the Essex Criminal Justice Board\u2019s Court Performance Group."),
        NP("11.2", "A party may withdraw on three months\u2019 notice in writing to the Head of Essex Court Services."),
        T([["Party", "Name", "Role", "Date"],
           ["HM Prison and Probation Service", "Jennifer Kaur", "Head of Essex Court Services", "29/01/2024"],
           ["HM Courts & Tribunals Service", "Stuart Finch", "Delivery Director, South East", "30/01/2024"],
           ["Crown Prosecution Service", "Amanda Rowe", "Deputy Chief Crown Prosecutor, East of England", "30/01/2024"],
           ["Essex Police", "Superintendent Helen Dyer", "Head of Criminal Justice", "31/01/2024"],
           ["Essex Partnership University NHS Foundation Trust", "Dr Kwame Boateng", "Clinical Director, Criminal Justice", "01/02/2024"],
           ["Hertfordshire Partnership University NHS Foundation Trust", "Lucy Ferris", "Service Manager, Liaison and Diversion", "02/02/2024"]],
          widths=[5.5, 3.8, 5, 2]),
    ]

    def build_pdf(path):
        rs = RLStyle(font="Helvetica", bold="Helvetica-Bold", size=9.8, leading=13, h1=11, h2=10,
                     accent=colors.black, caps_headings=True, header_fill=colors.HexColor("#E2E2E2"))
        W, Hh = A4
        lm = rm = 2.2 * cm
        aw = W - lm - rm

        def deco(c, d):
            c.saveState()
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(lm, Hh - 1.2 * cm, "OFFICIAL")
            c.setFont("Helvetica-Oblique", 8)
            c.drawRightString(W - rm, Hh - 1.2 * cm, "Essex Courts Information Exchange Protocol")
            c.setLineWidth(0.5)
            c.line(lm, Hh - 1.35 * cm, W - rm, Hh - 1.35 * cm)
            c.setFont("Helvetica", 8)
            c.drawString(lm, 1.0 * cm, "OFFICIAL")
            c.drawRightString(W - rm, 1.0 * cm, "%d" % d.page)
            c.restoreState()

        doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="", author="HMPPS Essex Court Services")
        fr = Frame(lm, 1.6 * cm, aw, Hh - 3.4 * cm, id="f")
        doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
        ts = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=TA_CENTER)
        cs = ParagraphStyle("c", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_CENTER)
        head = Table([[Paragraph("HM Prison and Probation Service \u2013 Essex Court Services", cs)],
                      [Paragraph(rl_escape(t1) + "<br/>" + rl_escape(t2), ts)],
                      [Paragraph("Information Sharing Protocol", cs)]], colWidths=[aw])
        head.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                  ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                  ("LINEABOVE", (0, 2), (-1, 2), 0.5, colors.black),
                                  ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story = [Spacer(1, 0.8 * cm), head, Spacer(1, 0.8 * cm),
                 rl_table([["Version", "1.0"], ["Effective from", "5 February 2024"],
                           ["Approved by", "Essex Criminal Justice Board, Court Performance Group"],
                           ["Contact", "Head of Essex Court Services, essex.courts@justice.gov.uk"],
                           ["Supersedes", "NPS Essex court report protocol (2017)"]],
                          rs, aw, header=False, widths=[4, 12], bold_first_col=True),
                 Spacer(1, 0.6 * cm)]
        story += rl_blocks(blocks, rs, aw)
        doc.build(story)

    truth = {
        "title": t1 + " " + t2,
        "purpose": purpose,
        "lead": {"name": "HM Prison and Probation Service", "org": None},
        "partners": [
            {"name": "HM Courts & Tribunals Service", "org": None},
            {"name": "Crown Prosecution Service", "org": None},
            {"name": "Essex Police", "org": "Essex Police"},
            {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
            {"name": "Hertfordshire Partnership University NHS Foundation Trust",
             "org": "Hertfordshire Partnership University NHS Foundation Trust"},
        ],
        "statutes": [
            {"citation": "sections 30 to 32 of the Sentencing Act 2020", "title": "Sentencing Act", "year": 2020,
             "provision": "sections 30 to 32"},
            {"citation": "Offender Management Act 2007", "title": "Offender Management Act", "year": 2007,
             "provision": None},
            {"citation": "Police and Criminal Evidence Act 1984", "title": "Police and Criminal Evidence Act",
             "year": 1984, "provision": None},
            {"citation": "sections 35 to 38 of the Mental Health Act 1983", "title": "Mental Health Act", "year": 1983,
             "provision": "sections 35 to 38"},
            {"citation": "Data Protection Act 2018 \u2013 Part 3", "title": "Data Protection Act", "year": 2018,
             "provision": "Part 3"},
            {"citation": "UK GDPR Articles 6(1)(e) and 9(2)(h)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Articles 6(1)(e) and 9(2)(h)"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2025-02-05",
        "review_basis": "relative",
        "commencement_date": "2024-02-05",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                             "retention", "accuracy", "complaints", "breach", "agreement"],
        "missing_sections": ["format_frequency"],
    }
    return dict(base=base, truth=truth, docx=None, pdf=build_pdf, doc=False)

# ===========================================================================
# driver
# ===========================================================================

KEY_ORDER = ["file", "format", "title", "purpose", "lead", "partners", "statutes", "review_date",
             "review_basis", "commencement_date", "sections_present", "missing_sections"]


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    records = []
    to_pdf, to_doc = [], []
    built = []
    for fn in AGREEMENTS:
        info = fn()
        base = info["base"]
        outputs = []
        if info.get("docx"):
            p = os.path.join(FILES, base + ".docx")
            info["docx"](p)
            outputs.append((base + ".docx", "docx"))
            if info.get("pdf") == "word":
                to_pdf.append(p)
            if info.get("doc"):
                to_doc.append(p)
                outputs.append((base + ".doc", "doc"))
        if callable(info.get("pdf")):
            info["pdf"](os.path.join(FILES, base + ".pdf"))
        outputs.append((base + ".pdf", "pdf"))
        built.append((info, outputs))
    soffice_convert(to_pdf, "pdf", FILES)
    soffice_convert(to_doc, "doc", FILES)
    for info, outputs in built:
        for fname, fmt in outputs:
            if not os.path.exists(os.path.join(FILES, fname)):
                raise SystemExit("missing output " + fname)
            rec = dict(info["truth"])
            rec["file"] = fname
            rec["format"] = fmt
            assert set(rec) == set(KEY_ORDER), sorted(set(rec) ^ set(KEY_ORDER))
            records.append({k: copy.deepcopy(rec[k]) for k in KEY_ORDER})
    records.sort(key=lambda r: r["file"])
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d files, %d truth records" % (len(os.listdir(FILES)), len(records)))


if __name__ == "__main__":
    main()
