#!/usr/bin/env python3
"""Blind corpus family `community_safety`.

Writes files/ (ten community-safety information sharing agreements, each in two or three
formats) and truth.json beside this script.  Deterministic: no randomness, fixed document
metadata, zip entries with fixed timestamps, reportlab in invariant mode, LibreOffice PDF
dates and IDs normalised.

Run:  .venv/bin/python data/families/community_safety/make.py
"""
import copy
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo_community_safety"
FIXED_DT = dt.datetime(2024, 1, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------
# Block model.  Every agreement body is a list of tuples, rendered by both the Word and the
# reportlab renderers, so the formats of one agreement carry the same words.
#   ("h1", text) ("h2", text) ("p", text) ("pb",) ("bul", [items]) ("lst", [items])
#   ("tbl", [[header...], [row...], ...], widths_cm_or_None)   first row is a header row
#   ("kv", [[k, v], ...], widths)                                no header row
#   ("sig", [[org, name, post, date], ...])                      signature table
#   ("sp",)  small vertical space
# --------------------------------------------------------------------------------------


def esc(t):
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# ======================================================================================
# Word renderer
# ======================================================================================

def _set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor))
    tcPr.append(shd)


def _add_field(run, instr):
    fld_begin = parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    instr_el = parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    fld_sep = parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    txt = parse_xml(r'<w:t %s>1</w:t>' % nsdecls("w"))
    fld_end = parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


def _para_text(par, text, bold=False, italic=False, size=None, color=None, font=None):
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if font:
        run.font.name = font
    return run


def add_textbox(doc, lines, width_pt=430, height_pt=120, top_pt=150, fill="DCE6F0", stroke="1F497D"):
    """A floating VML text box (Word 'text box'); lines = [(text, size, bold)]."""
    paras = []
    for text, size, bold in lines:
        paras.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                     % ("<w:b/>" if bold else "", size * 2, esc(text)))
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           '<v:shape id="TitleBox" o:spid="_x0000_s1030" type="#_x0000_t202" '
           'style="position:absolute;margin-left:10pt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:2;mso-position-horizontal-relative:margin" '
           'fillcolor="#%s" strokecolor="#%s" strokeweight="1.5pt">'
           '<v:textbox inset="10pt,10pt,10pt,10pt"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), top_pt, width_pt, height_pt, fill, stroke, "".join(paras)))
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class WordStyle:
    def __init__(self, font="Arial", size=11, heading_mode="styled", heading_color="1F3864",
                 h1_size=14, h2_size=12, table_head_fill="D9E2F3", header=None, footer=None,
                 header_on_first=False, header_right=None, margins_cm=2.3):
        self.font = font
        self.size = size
        self.heading_mode = heading_mode  # styled | bold
        self.heading_color = heading_color
        self.h1_size = h1_size
        self.h2_size = h2_size
        self.table_head_fill = table_head_fill
        self.header = header
        self.header_right = header_right
        self.footer = footer  # text; " Page N of M" appended
        self.header_on_first = header_on_first
        self.margins_cm = margins_cm


def new_word(style, author):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = style.font
    st.font.size = Pt(style.size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r'<w:rFonts %s/>' % nsdecls("w"))
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), style.font)
    st.paragraph_format.space_after = Pt(6)
    for lvl, sz in ((1, style.h1_size), (2, style.h2_size)):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = style.font
        hs.font.size = Pt(sz)
        hs.font.bold = True
        hs.font.color.rgb = RGBColor.from_string(style.heading_color)
        hrpr = hs.element.get_or_add_rPr()
        hf = hrpr.find(qn("w:rFonts"))
        if hf is None:
            hf = parse_xml(r'<w:rFonts %s/>' % nsdecls("w"))
            hrpr.append(hf)
        for att in ("w:ascii", "w:hAnsi", "w:cs"):
            hf.set(qn(att), style.font)
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if hf.get(qn(att)) is not None:
                del hf.attrib[qn(att)]
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(style.margins_cm))
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = not style.header_on_first
    if style.header:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if not style.header_right else WD_ALIGN_PARAGRAPH.LEFT
        _para_text(hp, style.header, bold=True, size=9)
        if style.header_right:
            hp.add_run("\t\t" + style.header_right).font.size = Pt(9)
        if style.header_on_first:
            pass
    if style.footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _para_text(fp, style.footer + "    Page ", size=8)
        r = fp.add_run()
        r.font.size = Pt(8)
        _add_field(r, "PAGE")
        _para_text(fp, " of ", size=8)
        r = fp.add_run()
        r.font.size = Pt(8)
        _add_field(r, "NUMPAGES")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return doc


def word_table(doc, rows, style, header=True, widths=None, font_size=None):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        new_row = t.add_row()
        new_row._tr.get_or_add_trPr().append(parse_xml(r'<w:cantSplit %s/>' % nsdecls("w")))
        cells = new_row.cells
        for j in range(ncols):
            txt = row[j] if j < len(row) else ""
            cells[j].text = ""
            lines = txt.split("\n")
            par = cells[j].paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    par = cells[j].add_paragraph()
                par.paragraph_format.space_after = Pt(2)
                run = par.add_run(line)
                run.font.size = Pt(font_size or max(style.size - 1, 8))
                if header and i == 0:
                    run.bold = True
            if header and i == 0 and style.table_head_fill:
                _set_cell_shading(cells[j], style.table_head_fill)
    set_table_widths(t, widths or [16.0 / ncols] * ncols)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def set_table_widths(t, widths):
    """Fix column widths in the grid and in every cell (Word and LibreOffice both honour these)."""
    t.autofit = False
    grid = t._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for j, gc in enumerate(cols):
        if j < len(widths):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)


def render_word_blocks(doc, blocks, style):
    for b in blocks:
        kind = b[0]
        if kind == "h1" or kind == "h2":
            lvl = 1 if kind == "h1" else 2
            if style.heading_mode == "styled":
                doc.add_heading(b[1], level=lvl)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(10 if lvl == 1 else 6)
                p.paragraph_format.keep_with_next = True
                _para_text(p, b[1], bold=True, size=style.h1_size if lvl == 1 else style.h2_size)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "pi":
            p = doc.add_paragraph()
            _para_text(p, b[1], italic=True)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "bul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "lst":
            for i, item in enumerate(b[1]):
                p = doc.add_paragraph("(%s) %s" % ("abcdefghijklmnopqrstuvwxyz"[i], item))
                p.paragraph_format.left_indent = Cm(0.8)
        elif kind == "tbl":
            word_table(doc, b[1], style, header=True, widths=b[2] if len(b) > 2 else None)
        elif kind == "kv":
            t = word_table(doc, b[1], style, header=False, widths=b[2] if len(b) > 2 else None)
            for row in t.rows:
                for par in row.cells[0].paragraphs:
                    for r in par.runs:
                        r.bold = True
                _set_cell_shading(row.cells[0], "F2F2F2")
        elif kind == "sig":
            rows = [["Organisation", "Name", "Post", "Signature", "Date"]]
            for org, name, post, date in b[1]:
                rows.append([org, name, post, "", date])
            word_table(doc, rows, style, header=True, widths=[4.6, 3.0, 4.2, 2.6, 2.4], font_size=9)
        elif kind == "sp":
            doc.add_paragraph()
        elif kind == "toc":
            for line in b[1]:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_after = Pt(1)
        else:
            raise ValueError(kind)


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ======================================================================================
# reportlab renderer
# ======================================================================================

class RLStyle:
    def __init__(self, font="Helvetica", bold="Helvetica-Bold", size=10, accent="#1F3864",
                 band="#DCE6F0", running_left="", running_right="", footer="",
                 layout="single", heading_band=False, cover=None, running_on_first=False):
        self.font, self.bold, self.size = font, bold, size
        self.accent, self.band = accent, band
        self.running_left, self.running_right, self.footer = running_left, running_right, footer
        self.layout = layout
        self.heading_band = heading_band
        self.cover = cover  # callable(story, styles) appending cover flowables
        self.running_on_first = running_on_first


def rl_styles(s):
    base = ParagraphStyle("body", fontName=s.font, fontSize=s.size, leading=s.size * 1.35,
                          spaceAfter=5)
    return {
        "body": base,
        "bul": ParagraphStyle("bul", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=2),
        "h1": ParagraphStyle("h1", parent=base, fontName=s.bold, fontSize=s.size + 3,
                             leading=(s.size + 3) * 1.3, spaceBefore=9, spaceAfter=5,
                             textColor=colors.HexColor(s.accent)),
        "h2": ParagraphStyle("h2", parent=base, fontName=s.bold, fontSize=s.size + 1,
                             leading=(s.size + 1) * 1.3, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=s.size - 1, leading=(s.size - 1) * 1.25, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=s.bold, fontSize=s.size - 1,
                                leading=(s.size - 1) * 1.25, spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontName=s.bold, fontSize=22, leading=27,
                                textColor=colors.HexColor(s.accent), spaceAfter=8),
        "sub": ParagraphStyle("sub", parent=base, fontName=s.bold, fontSize=13, leading=17, spaceAfter=6),
        "small": ParagraphStyle("small", parent=base, fontSize=s.size - 2, leading=(s.size - 2) * 1.3),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def rl_table(rows, st, s, header=True, widths=None, avail=None):
    data = []
    for i, row in enumerate(rows):
        sty = st["cellb"] if (header and i == 0) else st["cell"]
        data.append([Paragraph(esc(c).replace("\n", "<br/>"), sty) for c in row])
    if widths:
        colw = [w * cm for w in widths]
    else:
        n = max(len(r) for r in rows)
        colw = [avail / n] * n
    t = Table(data, colWidths=colw, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(s.band)))
    t.setStyle(TableStyle(cmds))
    return t


def render_rl_blocks(story, blocks, s, st, avail):
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2"):
            if kind == "h1" and s.heading_band:
                t = Table([[Paragraph(esc(b[1]), ParagraphStyle("hb", parent=st["h1"], textColor=colors.white,
                                                                spaceBefore=0, spaceAfter=0))]],
                          colWidths=[avail])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(s.accent)),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                story.append(Spacer(1, 8))
                story.append(t)
                story.append(Spacer(1, 5))
            else:
                story.append(Paragraph(esc(b[1]), st[kind]))
        elif kind == "p":
            story.append(Paragraph(esc(b[1]), st["body"]))
        elif kind == "pi":
            story.append(Paragraph("<i>%s</i>" % esc(b[1]), st["body"]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "bul":
            for item in b[1]:
                story.append(Paragraph(esc(item), st["bul"], bulletText="\u2022"))
            story.append(Spacer(1, 4))
        elif kind == "lst":
            for i, item in enumerate(b[1]):
                story.append(Paragraph("(%s) %s" % ("abcdefghijklmnopqrstuvwxyz"[i], esc(item)), st["bul"]))
            story.append(Spacer(1, 4))
        elif kind == "tbl":
            w = b[2] if len(b) > 2 else None
            if w and s.layout == "twocol":
                w = None
            story.append(rl_table(b[1], st, s, header=True, widths=w, avail=avail))
            story.append(Spacer(1, 6))
        elif kind == "kv":
            w = b[2] if len(b) > 2 else None
            if w and s.layout == "twocol":
                w = None
            t = rl_table(b[1], st, s, header=False, widths=w, avail=avail)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            if s.layout == "twocol":
                for org, name, post, date in b[1]:
                    rows = [["Signed for", org], ["Name", name], ["Post", post], ["Signature", ""], ["Date", date]]
                    t = rl_table(rows, st, s, header=False, widths=None, avail=avail)
                    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))]))
                    story.append(KeepTogether([t, Spacer(1, 6)]))
            else:
                rows = [["Organisation", "Name", "Post", "Signature", "Date"]] + \
                       [[o, n, p, "", d] for o, n, p, d in b[1]]
                story.append(rl_table(rows, st, s, header=True, widths=[4.3, 3.0, 4.2, 2.5, 2.4], avail=avail))
                story.append(Spacer(1, 6))
        elif kind == "sp":
            story.append(Spacer(1, 10))
        elif kind == "toc":
            for line in b[1]:
                story.append(Paragraph(esc(line), ParagraphStyle("toc", parent=st["body"], spaceAfter=1)))
        else:
            raise ValueError(kind)


def build_rl_pdf(path, s, cover_flow, blocks, title_meta="", author=""):
    W, H = A4
    lm = rm = 2.0 * cm
    tm, bm = 2.4 * cm, 2.0 * cm
    avail_full = W - lm - rm
    gap = 0.7 * cm
    colw = (avail_full - gap) / 2

    def decorate(canv, doc, first=False):
        canv.saveState()
        canv.setFont(s.font, 8)
        if not first or s.running_on_first:
            if s.running_left:
                canv.drawString(lm, H - 1.4 * cm, s.running_left)
            if s.running_right:
                canv.drawRightString(W - rm, H - 1.4 * cm, s.running_right)
            canv.setStrokeColor(colors.HexColor(s.accent))
            canv.setLineWidth(0.6)
            canv.line(lm, H - 1.6 * cm, W - rm, H - 1.6 * cm)
        canv.line(lm, 1.5 * cm, W - rm, 1.5 * cm)
        canv.drawString(lm, 1.05 * cm, s.footer)
        canv.drawRightString(W - rm, 1.05 * cm, "Page %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title_meta, author=author, creator="",
                          subject="", producer="ReportLab PDF Library")
    full = Frame(lm, bm, avail_full, H - tm - bm, id="full")
    templates = [PageTemplate(id="cover", frames=[full], onPage=lambda c, d: decorate(c, d, first=True)),
                 PageTemplate(id="single", frames=[Frame(lm, bm, avail_full, H - tm - bm, id="f1")],
                              onPage=lambda c, d: decorate(c, d))]
    if s.layout == "twocol":
        templates.append(PageTemplate(id="twocol", frames=[
            Frame(lm, bm, colw, H - tm - bm, id="c1"),
            Frame(lm + colw + gap, bm, colw, H - tm - bm, id="c2")], onPage=lambda c, d: decorate(c, d)))
    doc.addPageTemplates(templates)
    st = rl_styles(s)
    story = []
    cover_flow(story, st, s, avail_full)
    story.append(NextPageTemplate("twocol" if s.layout == "twocol" else "single"))
    story.append(PageBreak())
    render_rl_blocks(story, blocks, s, st, colw if s.layout == "twocol" else avail_full)
    doc.build(story)


# ======================================================================================
# LibreOffice helpers
# ======================================================================================

def soffice_convert(paths, fmt, outdir):
    if not paths:
        return
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
           "--outdir", outdir] + list(paths)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalise_lo_pdf(path):
    with open(path, "rb") as f:
        data = f.read()
    stem = os.path.basename(path).encode()

    def fix_date(m):
        fixed = b"D:20240101090000Z'"
        inner = m.group(2)
        rep = (fixed + b" " * len(inner))[:len(inner)] if len(inner) >= len(fixed) else fixed[:len(inner)]
        return m.group(1) + rep + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\()([^)]*)(\))", fix_date, data)
    digest = hashlib.md5(stem).hexdigest().upper().encode()

    def fix_id(m):
        h = m.group(2)
        rep = (digest * 4)[:len(h)]
        return m.group(1) + rep + m.group(3)

    def fix_ids(m):
        return re.sub(rb"(<)([0-9A-Fa-f]+)(>)", fix_id, m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_ids, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + (digest * 4)[:len(m.group(2))], data)
    with open(path, "wb") as f:
        f.write(data)



# ======================================================================================
# Agreement 1 - Essex Police: Integrated Offender Management (Word route)
# ======================================================================================

A1_TITLE = "Integrated Offender Management across Essex, Southend and Thurrock"
A1_PURPOSE = ("This agreement enables the agencies working together in Integrated Offender Management "
              "(IOM) across Essex, Southend and Thurrock to share personal and criminal offence data about "
              "adults in the IOM cohort, so that partners can jointly identify, assess and manage the "
              "prolific neighbourhood offenders who cause the most harm to local communities, reduce their "
              "reoffending and support their rehabilitation.")


def a1_cover(doc, style):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, "OFFICIAL-SENSITIVE", bold=True, size=11, color="C00000")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para_text(p, "ESSEX POLICE", bold=True, size=16, color="1F3864")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para_text(p, "Information Management Department", size=10)
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "INFORMATION SHARING AGREEMENT", bold=True, size=20, color="1F3864")
    p = doc.add_paragraph()
    _para_text(p, A1_TITLE, bold=True, size=16)
    doc.add_paragraph()
    word_table(doc, [
        ["Reference", "EP-ISA-0147"],
        ["Version", "3.0 (final)"],
        ["Status", "Approved"],
        ["GSC marking", "OFFICIAL-SENSITIVE when populated with personal data"],
    ], style, header=False, widths=[4.0, 10.0])
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "Partners: Essex Police, the Probation Service, Essex County Council, Southend-on-Sea City "
                  "Council, Thurrock Council, district and borough councils, health and treatment providers.",
               italic=True, size=9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


A1_SIGS = [
    ["Essex Police", "Rebecca Hollins", "Detective Chief Superintendent, Head of Crime and Public Protection", "14/03/2024"],
    ["Police, Fire and Crime Commissioner for Essex", "Martin Ashdown", "Chief Executive and Monitoring Officer", "11/03/2024"],
    ["The Probation Service (East of England Region)", "Claire Devereux", "Head of Public Protection, Essex", "08/03/2024"],
    ["HMP Chelmsford", "Anthony Marsh", "Head of Offender Management Delivery", "12/03/2024"],
    ["Essex County Council", "Priya Natarajan", "Director, Strategy, Insight and Engagement", "06/03/2024"],
    ["Southend-on-Sea City Council", "Graham Tuttle", "Head of Community Safety", "07/03/2024"],
    ["Thurrock Council", "Olusegun Adeyemi", "Strategic Lead, Community Safety and Partnerships", "13/03/2024"],
    ["Chelmsford City Council", "Helen Brightwell", "Public Health and Protection Services Manager", "05/03/2024"],
    ["Basildon Borough Council", "Daniel Fenwick", "Community Safety Manager", "05/03/2024"],
    ["Essex Partnership University NHS Foundation Trust", "Dr Farah Quereshi", "Caldicott Guardian", "12/03/2024"],
    ["Change Grow Live", "Stuart Pemberton", "Services Manager, Full Circle Essex", "04/03/2024"],
]

A1_BLOCKS = [
    ("h1", "Document Control"),
    ("kv", [
        ["Document title", "Information Sharing Agreement"],
        ["Published by (lead controller)", "Essex Police"],
        ["Author", "Information Sharing Officer, Information Management Department"],
        ["Business owner", "Detective Superintendent, IOM and Offender Management"],
        ["Approved by", "IOM Strategic Board (Essex, Southend and Thurrock)"],
        ["Date approved", "14/03/2024"],
        ["Effective from", "01/04/2024"],
        ["Date of next review", "31/03/2025"],
        ["Protective marking", "OFFICIAL (template) / OFFICIAL-SENSITIVE (when completed)"],
    ], [5.0, 11.0]),
    ("h2", "Version history"),
    ("tbl", [
        ["Version", "Date", "Summary of changes", "Author"],
        ["1.0", "June 2019", "First issue following the IOM refresh.", "IMD"],
        ["2.0", "November 2021", "Updated after probation services were unified in June 2021; Essex Community "
                                 "Rehabilitation Company removed as a party; UK GDPR references added.", "IMD"],
        ["2.1", "April 2022", "Appendix C contacts refreshed.", "IOM Co-ordinator"],
        ["3.0", "March 2024", "Neighbourhood Crime cohort definitions; Change Grow Live added; serious violence "
                              "duty; Part 3 processing clarified.", "IMD"],
    ], [1.9, 2.6, 8.7, 2.8]),
    ("h2", "Contents"),
    ("toc", ["1. Purpose of the agreement", "2. Partners and their roles", "3. Information to be shared",
             "4. Lawful basis for sharing", "5. How and when information is exchanged",
             "6. Handling, marking and security", "7. Quality of shared information",
             "8. Retention and disposal", "9. Rights of data subjects", "10. Complaints and enquiries",
             "11. Security incidents and personal data breaches", "12. Commencement, review and withdrawal",
             "13. Signatures", "Appendix A  Legislation and guidance", "Appendix B  Data items",
             "Appendix C  Single points of contact"]),
    ("pb",),
    ("h1", "1. Purpose of the agreement"),
    ("p", A1_PURPOSE),
    ("p", "IOM brings police, probation, local authorities, health and commissioned treatment providers together "
          "so that the offenders who are of most concern are managed jointly rather than by each agency in "
          "isolation. The approach follows the national Neighbourhood Crime IOM Strategy (2020) and focuses on "
          "burglary, robbery, theft and vehicle crime, with locally agreed flexibility for serious violence and "
          "domestic abuse perpetrators."),
    ("p", "Sharing under this agreement is intended to:"),
    ("bul", ["identify and select cohort members using an agreed scoring matrix;",
             "agree a single multi-agency management plan for each cohort member;",
             "share risk and intelligence so that partners can disrupt further offending;",
             "give cohort members fast access to accommodation, treatment, education, training and employment;",
             "evaluate the performance of the IOM scheme using pseudonymised or aggregate data."]),
    ("h1", "2. Partners and their roles"),
    ("p", "Essex Police publishes this agreement as the lead controller for the IOM cohort list and the IDIOM "
          "case tracking records. Each partner remains the controller for the information it holds on its own "
          "systems and for what it does with information received from other partners."),
    ("tbl", [
        ["Partner", "Role in IOM", "Processing regime"],
        ["Essex Police", "Cohort selection, tasking, intelligence, enforcement", "Law enforcement"],
        ["Police, Fire and Crime Commissioner for Essex", "Commissioning and performance oversight (aggregate data only)", "General processing"],
        ["The Probation Service (East of England Region)", "Offender manager for statutory cases", "Law enforcement"],
        ["HMP Chelmsford", "Pre-release planning and resettlement", "Law enforcement"],
        ["Essex County Council", "Adult social care, commissioning of treatment and housing support", "General processing"],
        ["Southend-on-Sea City Council", "Community safety, housing options, ASB", "General processing"],
        ["Thurrock Council", "Community safety, housing options, ASB", "General processing"],
        ["Chelmsford City Council", "Community safety, housing options", "General processing"],
        ["Basildon Borough Council", "Community safety, housing options", "General processing"],
        ["Essex Partnership University NHS Foundation Trust", "Mental health liaison and diversion", "General processing"],
        ["Change Grow Live", "Drug and alcohol treatment (Full Circle Essex)", "General processing"],
    ], [5.2, 6.8, 3.6]),
    ("h1", "3. Information to be shared"),
    ("p", "Only the minimum information needed for the purposes in section 1 will be shared. The data items are "
          "listed in Appendix B and fall into the following groups:"),
    ("bul", ["identifiers: name, aliases, date of birth, PNC number, CRO number, nDelius CRN, address history;",
             "offending: current and previous convictions, cautions, charges, bail and licence conditions;",
             "risk: OASys and scoring-matrix results, warning markers, risk to staff and to known individuals;",
             "intelligence graded under the 3x5x2 or National Intelligence Model, where relevant to the plan;",
             "needs: accommodation, substance misuse, mental health, finance, education and employment;",
             "engagement: attendance at appointments, treatment progress, compliance with licence or order."]),
    ("p", "Health information is shared only with the consent of the cohort member, or where a health "
          "professional judges that disclosure is necessary to prevent serious harm."),
    ("h1", "4. Lawful basis for sharing"),
    ("p", "Police, probation and prison partners process IOM information for law enforcement purposes under "
          "Part 3 of the Data Protection Act 2018, relying on section 35(2)(b) (processing necessary for the "
          "performance of a task carried out for that purpose by a competent authority). Sensitive processing "
          "relies on section 35(5) and Schedule 8, paragraph 1 (statutory purposes)."),
    ("p", "Local authority, health and voluntary sector partners process under the UK General Data Protection "
          "Regulation (UK GDPR), Article 6(1)(e) (public task), with Article 10 and Schedule 1, Part 2, "
          "paragraph 10 of the Data Protection Act 2018 (preventing or detecting unlawful acts) for criminal "
          "offence data, and Schedule 1, Part 1, paragraph 2 for health data where consent is not relied on."),
    ("p", "The powers and duties that make the sharing lawful include:"),
    ("bul", ["section 115 of the Crime and Disorder Act 1998, which allows any person to disclose information to a "
             "relevant authority where necessary or expedient for the purposes of the Act, and section 17 of "
             "that Act, which requires each authority to consider crime and disorder in all its functions;",
             "section 325 of the Criminal Justice Act 2003 (co-operation between the responsible authority and "
             "other agencies);",
             "section 14 of the Offender Management Act 2007 (disclosure for offender management purposes);",
             "the Police Reform and Social Responsibility Act 2011, which gives the Commissioner the duty to "
             "secure an efficient and effective police force and to co-operate with criminal justice bodies;",
             "the serious violence duty in Part 2 of the Police, Crime, Sentencing and Courts Act 2022;",
             "the Rehabilitation of Offenders Act 1974, which partners must observe when handling spent "
             "convictions."]),
    ("p", "Any interference with the right to respect for private and family life under Article 8 of the "
          "Human Rights Act 1998 must be necessary and proportionate; practitioners should record why a "
          "disclosure meets that test. The common law duty of confidence continues to apply to health and "
          "treatment information and is not displaced by this agreement."),
    ("h1", "5. How and when information is exchanged"),
    ("bul", ["Monthly cohort selection panel in each of the three IOM hubs (North, South and West); the agenda "
             "and cohort list are circulated two working days before the meeting.",
             "Weekly tasking and case review between police and probation offender managers.",
             "Ad hoc exchanges where risk changes, for example on arrest, release or breach of licence.",
             "Electronic exchange only by secure email (police.uk, gov.uk with TLS, nhs.net, cjsm.net) or "
             "through the IDIOM system. Egress Switch may be used by voluntary sector partners.",
             "Verbal exchanges must be followed by a written record of what was shared, with whom and why."]),
    ("h1", "6. Handling, marking and security"),
    ("p", "Information shared under this agreement is marked OFFICIAL-SENSITIVE in line with the Government "
          "Security Classifications Policy. The marking must appear in the header and footer of every "
          "document and in the subject line of every email."),
    ("bul", ["Access is on a strict need-to-know basis and limited to staff named by each partner's SPOC.",
             "Documents must not be stored on personal devices, removable media or unapproved cloud services.",
             "Printed material must be locked away when not in use and must not leave partner premises.",
             "Partners will maintain Cyber Essentials (or the NHS Data Security and Protection Toolkit) and "
             "will ensure staff have completed data protection training in the last twelve months."]),
    ("h1", "7. Quality of shared information"),
    ("p", "The partner that supplies information is responsible for checking that it is accurate and up to date "
          "before it is shared, and for making clear what is fact, what is opinion and what is intelligence. "
          "Where a recipient believes information is inaccurate it will tell the supplying partner, who will "
          "correct its own records and notify everyone who received the original."),
    ("h1", "8. Retention and disposal"),
    ("p", "Each partner keeps IOM information in line with its own retention schedule. Police records are "
          "reviewed under Management of Police Information (MoPI) Authorised Professional Practice. Panel "
          "minutes and cohort lists held by the IOM co-ordinator are kept for two years after the cohort member "
          "leaves the scheme and then securely destroyed. Paper copies brought to panel meetings are collected "
          "and shredded at the end of the meeting."),
    ("h1", "9. Rights of data subjects"),
    ("p", "Cohort members have the rights given by the UK GDPR or by Part 3 of the Data Protection Act 2018, "
          "depending on which regime the partner is processing under. Rights may be restricted under section "
          "45(4) of the 2018 Act where disclosure would prejudice the prevention, investigation or detection of "
          "crime. A partner receiving a subject access request that includes information from another partner "
          "will consult that partner within five working days before responding. Requests under the Freedom of "
          "Information Act 2000 are handled by the partner that receives them, after consulting the originator."),
    ("h1", "10. Complaints and enquiries"),
    ("p", "Complaints about the way information has been shared are dealt with under the complaints procedure "
          "of the partner that is the subject of the complaint. Where a complaint concerns more than one "
          "partner, the IOM co-ordinator will agree with the SPOCs which partner leads the response."),
    ("h1", "11. Security incidents and personal data breaches"),
    ("p", "Any actual or suspected loss, theft or inappropriate disclosure of IOM information must be reported "
          "to the partner's information security or data protection officer immediately, and to the originating "
          "partner within 24 hours. The partner responsible will assess whether the breach must be reported to "
          "the Information Commissioner's Office within 72 hours and whether the data subject must be told."),
    ("h1", "12. Commencement, review and withdrawal"),
    ("p", "This agreement takes effect on 1 April 2024 and replaces version 2.1. It will be reviewed by the IOM "
          "Strategic Board annually, and earlier if the law, the national IOM strategy or the membership of the "
          "scheme changes. A partner may withdraw by giving 30 days' notice in writing to the IOM Strategic Lead; "
          "information already received must continue to be handled in line with this agreement."),
    ("h1", "13. Signatures"),
    ("p", "By signing, each partner confirms that it will comply with this agreement and that the signatory has "
          "authority to commit the organisation."),
    ("sig", A1_SIGS),
    ("pb",),
    ("h1", "Appendix A  Legislation and guidance"),
    ("tbl", [
        ["Source", "Relevance"],
        ["Data Protection Act 2018 (Parts 2 and 3)", "Processing regimes, conditions and exemptions"],
        ["UK GDPR", "Lawful basis and special category conditions"],
        ["Crime and Disorder Act 1998, ss.17 and 115", "Duty to consider crime and disorder; power to disclose"],
        ["Criminal Justice Act 2003, s.325", "Co-operation in public protection"],
        ["Offender Management Act 2007, s.14", "Disclosure for offender management"],
        ["Human Rights Act 1998, Article 8", "Necessity and proportionality"],
        ["Neighbourhood Crime IOM Strategy (Home Office and MoJ, 2020)", "National framework (guidance)"],
        ["MoPI Authorised Professional Practice (College of Policing)", "Police information management (guidance)"],
    ], [7.5, 8.5]),
    ("h1", "Appendix B  Data items"),
    ("tbl", [
        ["Data item", "Supplied by", "Shared with"],
        ["Name, aliases, date of birth, PNC/CRO", "Essex Police", "All partners"],
        ["nDelius CRN, sentence and licence details", "Probation Service", "Police, councils, prison"],
        ["Release date and address", "HMP Chelmsford", "Police, probation, councils"],
        ["Housing status and tenancy risk", "Councils", "Police, probation"],
        ["Treatment engagement (with consent)", "Change Grow Live / EPUT", "Probation, police offender manager"],
        ["Cohort score and tier", "Essex Police", "All partners"],
    ], [6.5, 4.5, 5.0]),
    ("h1", "Appendix C  Single points of contact"),
    ("tbl", [
        ["Partner", "Post", "Email"],
        ["Essex Police", "IOM Strategic Lead", "iom.strategic@essex.police.uk"],
        ["The Probation Service", "IOM Senior Probation Officer", "essex.iom@justice.gov.uk"],
        ["Essex County Council", "Information Governance Team", "informationgovernanceteam@essex.gov.uk"],
        ["Southend-on-Sea City Council", "Community Safety Team", "communitysafety@southend.gov.uk"],
        ["Thurrock Council", "Community Safety Partnership Team", "csp@thurrock.gov.uk"],
    ], [5.0, 5.0, 6.0]),
]


# ======================================================================================
# Agreement 2 - Colchester and Tendring CSPs (2017, Word route; PDF + DOC only)
# ======================================================================================

A2_TITLE = "Colchester and Tendring Community Safety Partnerships Information Sharing Protocol"
A2_PURPOSE = ("The purpose of this protocol is to enable the partner agencies of the Colchester and Tendring "
              "Community Safety Partnerships to exchange information, both depersonalised and personal, where "
              "it is necessary and proportionate to do so in order to reduce crime, disorder, anti-social "
              "behaviour and substance misuse, and to fulfil their shared duty under Section 17 of the Crime "
              "and Disorder Act 1998.")


def a2_cover(doc, style):
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, "Safer Colchester Partnership  |  Tendring Community Safety Partnership", size=11, color="595959")
    for _ in range(4):
        doc.add_paragraph()
    add_textbox(doc, [(A2_TITLE, 24, True)], width_pt=420, height_pt=140, top_pt=20, fill="FFFFFF", stroke="003366")
    for _ in range(9):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, "Version 1.2", size=12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, "September 2017", size=12)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, "OFFICIAL", bold=True, size=10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


A2_SIGS = [
    ["Colchester Borough Council", "Leonard Okafor", "Strategic Director", "18/09/2017"],
    ["Tendring District Council", "Martin Keable", "Corporate Director (Operational Services)", "18/09/2017"],
    ["Essex Police", "Ch Insp Rob Huddleston", "District Commander, Colchester and Tendring", "21/09/2017"],
    ["Essex County Council", "Nicola Laverick", "Head of Community Safety Commissioning", "25/09/2017"],
    ["Essex County Fire and Rescue Service", "Paul Hill", "Group Manager, Community Safety", "22/09/2017"],
    ["Essex Community Rehabilitation Company", "Alison Meers", "Area Manager, North Essex", "26/09/2017"],
    ["National Probation Service (Essex)", "Kevin Fisk", "Head of Essex North LDU Cluster", "27/09/2017"],
    ["North East Essex Clinical Commissioning Group", "Sarah Lewington", "Head of Safeguarding", "29/09/2017"],
    ["Colchester Borough Homes", "Gareth Mitchell", "Director of Housing Services", "20/09/2017"],
    ["Office of the Police and Crime Commissioner for Essex", "Philippa Strand", "Chief Executive", "02/10/2017"],
]

A2_BLOCKS = [
    ("h1", "DOCUMENT CONTROL"),
    ("kv", [
        ["Lead agency", "Colchester Borough Council (on behalf of both Partnerships)"],
        ["Prepared by", "Community Safety Co-ordinator, Colchester Borough Council"],
        ["Agreed by", "Joint Responsible Authorities Group, 18 September 2017"],
        ["Version", "1.2"],
        ["Effective", "1 October 2017"],
        ["Review due", "September 2019"],
        ["Supersedes", "Colchester CDRP Information Exchange Protocol (2009) and Tendring CSP Protocol (2011)"],
    ], [4.5, 11.5]),
    ("tbl", [
        ["Version", "Date", "Change"],
        ["1.0", "05/2017", "Draft for consultation with Responsible Authorities"],
        ["1.1", "07/2017", "Comments from Essex Police Information Sharing Unit and Tendring DC legal"],
        ["1.2", "09/2017", "Final for signature"],
    ], [2.0, 2.5, 11.5]),
    ("h1", "PURPOSE OF THE PROTOCOL"),
    ("p", A2_PURPOSE),
    ("p", "The protocol sets out the principles that partners will follow, the types of information that will "
          "be exchanged, the legal powers that allow exchange, and the practical arrangements for doing so "
          "safely. It applies to all staff, contractors and volunteers of the signatory agencies when acting "
          "for either Partnership."),
    ("h1", "BACKGROUND"),
    ("p", "Community Safety Partnerships were established by the Crime and Disorder Act 1998. The responsible "
          "authorities are the district council, the county council, the police, the fire and rescue authority, "
          "the clinical commissioning group and probation providers. The Partnerships must prepare a strategic "
          "assessment each year and a partnership plan, which depend on timely and accurate information from "
          "every partner."),
    ("p", "Colchester and Tendring run a joint Responsible Authorities Group and a shared Community Safety Hub at "
          "Colchester Police Station, where officers from the councils, police and housing work side by side. "
          "This protocol replaces the separate protocols previously used by each Partnership."),
    ("h1", "SCOPE"),
    ("bul", ["the annual Strategic Assessment and Partnership Plan;",
             "the monthly Community Safety Hub tasking meeting and the multi-agency problem-solving groups;",
             "the management of anti-social behaviour cases, including Community Protection Notices and "
             "Criminal Behaviour Order applications;",
             "the high-risk repeat victim panel;",
             "work with the night-time economy, including Pubwatch and town centre CCTV.",
             ]),
    ("p", "Domestic abuse cases referred to MARAC and offenders managed under MAPPA are covered by their own "
          "county-wide protocols and are outside the scope of this protocol."),
    ("h1", "WHAT WILL BE SHARED"),
    ("p", "Depersonalised information: recorded crime and incident data by ward, street and hotspot; fire "
          "service deliberate fire data; ambulance and A&E assault data; ASB calls for service; licensing and "
          "environmental health statistics. Such data must not allow any individual to be identified; counts "
          "below five in any cell will be suppressed."),
    ("p", "Personal information: names, addresses and dates of birth of perpetrators, victims and witnesses of "
          "anti-social behaviour; details of incidents and the agencies' response; tenancy information; "
          "relevant offending history; and risk and vulnerability factors. Sensitive personal data (for example "
          "health or ethnicity) will only be shared where strictly necessary for the case in question."),
    ("h1", "POWERS TO SHARE"),
    ("p", "Section 115 of the Crime and Disorder Act 1998 gives any person the power to disclose information to a "
          "relevant authority (police, local authority, probation, health and fire and rescue authorities) where "
          "disclosure is necessary or expedient for the purposes of any provision of the Act. The power does not "
          "override the Data Protection Act 1998 or the common law duty of confidence; each disclosure must "
          "still be justified."),
    ("p", "Section 17A of the Crime and Disorder Act 1998, inserted by the Police and Justice Act 2006, places a "
          "duty on relevant authorities to share depersonalised information of the kinds prescribed in the Crime "
          "and Disorder (Prescribed Information) Regulations 2007. Fire and rescue authorities became responsible "
          "authorities under the Police Reform Act 2002."),
    ("p", "Personal data must be processed fairly and lawfully in accordance with the eight data protection "
          "principles. At least one Schedule 2 condition, and for sensitive personal data at least one Schedule "
          "3 condition, of the Data Protection Act 1998 must be met. Section 29 allows disclosure for the "
          "prevention or detection of crime or the apprehension or prosecution of offenders."),
    ("p", "The Anti-social Behaviour, Crime and Policing Act 2014 provides the powers used by partners in "
          "ASB cases and makes the councils, police and registered housing providers relevant bodies for the "
          "purposes of the case review. Section 2 of the Local Government Act 2000 (well-being) may also "
          "support sharing by the district councils. Partners must act compatibly with Article 8 of the Human "
          "Rights Act 1998."),
    ("p", "In health and social care the Caldicott principles apply to any decision to share identifiable "
          "information."),
    ("h1", "METHODS OF EXCHANGE AND FREQUENCY"),
    ("tbl", [
        ["Information", "How", "When"],
        ["Prescribed depersonalised data", "Secure email (GCSx / pnn) to Hub analyst", "Quarterly"],
        ["Strategic Assessment datasets", "Secure email or encrypted file transfer", "Annually, by 31 October"],
        ["Hub tasking case lists", "Presented at meeting; no copies leave the room", "Monthly"],
        ["Individual ASB cases", "Secure email, phone or face to face at the Hub", "As required"],
    ], [5.5, 6.5, 4.0]),
    ("h1", "SECURITY"),
    ("p", "Information exchanged under this protocol will be handled according to the Government Security "
          "Classifications: aggregate data is OFFICIAL and personal case information is OFFICIAL-SENSITIVE. "
          "Partners must use secure email, must not leave papers unattended, and must restrict access to those "
          "staff who need the information for their role. Hub computers are on the Essex Police network and "
          "subject to its security policy."),
    ("h1", "ACCURACY OF INFORMATION"),
    ("p", "Information must be accurate and kept up to date. Each agency is responsible for the quality of the "
          "information it discloses. Opinions must be clearly identified as such. Where information is "
          "discovered to be inaccurate, the discovering agency will inform the originating agency promptly."),
    ("h1", "RETENTION AND DESTRUCTION"),
    ("p", "Personal information received under this protocol will be retained only as long as necessary for the "
          "purpose for which it was shared and in accordance with the receiving agency's retention schedule. ASB "
          "case records held on the Hub case management system are reviewed six years after closure. Paper "
          "records will be destroyed by cross-cut shredding or through a confidential waste contractor."),
    ("h1", "BREACHES OF THIS PROTOCOL"),
    ("p", "Any breach of this protocol, including unauthorised disclosure or loss of information, will be reported "
          "to the originating agency and to the designated officer of the agency in which it occurred. Serious "
          "breaches will be considered for reporting to the Information Commissioner. Agencies will co-operate "
          "in any investigation, and staff may be subject to disciplinary action."),
    ("h1", "COMMENCEMENT, REVIEW AND WITHDRAWAL"),
    ("p", "This protocol takes effect from 1 October 2017. It will be reviewed every two years by the Joint "
          "Responsible Authorities Group, or sooner if legislation changes. The review date is shown in the "
          "document control table. An agency may withdraw by giving one month's written notice to the lead "
          "agency, but must continue to protect information it has already received."),
    ("h1", "SIGNATURES"),
    ("p", "Signed on behalf of the partner agencies:"),
    ("sig", A2_SIGS),
    ("pb",),
    ("h1", "APPENDIX 1: RELEVANT LEGISLATION AND GUIDANCE"),
    ("bul", ["Crime and Disorder Act 1998 (sections 5, 6, 17, 17A and 115)",
             "Police Reform Act 2002",
             "Police and Justice Act 2006",
             "Crime and Disorder (Prescribed Information) Regulations 2007",
             "Anti-social Behaviour, Crime and Policing Act 2014",
             "Data Protection Act 1998",
             "Human Rights Act 1998",
             "Local Government Act 2000",
             "Common law duty of confidence",
             "Caldicott principles (Department of Health)",
             "Home Office guidance: Statutory Crime and Disorder Partnerships (2011)"]),
    ("h1", "APPENDIX 2: DESIGNATED OFFICERS"),
    ("tbl", [
        ["Agency", "Designated officer", "Contact"],
        ["Colchester Borough Council", "Community Safety Co-ordinator", "community.safety@colchester.gov.uk"],
        ["Tendring District Council", "Community Safety Manager", "communitysafety@tendringdc.gov.uk"],
        ["Essex Police", "Information Sharing Unit", "isu@essex.pnn.police.uk"],
        ["Essex County Fire and Rescue Service", "Community Safety Group Manager", "community.safety@essex-fire.gov.uk"],
    ], [5.0, 5.0, 6.0]),
]


# ======================================================================================
# Agreement 3 - Suffolk MARAC operating protocol (reportlab boxed + DOCX)
# ======================================================================================

A3_TITLE_1 = "Suffolk Multi-Agency Risk Assessment Conference (MARAC)"
A3_TITLE_2 = "Operating Protocol and Information Sharing Agreement"
A3_TITLE = A3_TITLE_1 + " " + A3_TITLE_2
A3_PURPOSE = ("The Suffolk MARAC is a regular, victim-focused meeting at which agencies share information about "
              "the highest-risk victims of domestic abuse, their children and the person causing harm, so that "
              "a co-ordinated safety plan can be agreed to reduce the risk of serious harm or homicide.")

A3_COVER_ROWS = [
    ["Owner", "Suffolk Constabulary (MARAC Co-ordination Unit, Safeguarding Investigations)"],
    ["Approved by", "Suffolk Domestic Abuse Partnership Board"],
    ["Version", "4.2"],
    ["Date agreed", "12 September 2023"],
    ["Comes into effect", "1 October 2023"],
    ["Review", "Twelve months from the date this version comes into effect (see Part 12)"],
    ["Classification", "OFFICIAL. Completed MARAC documents are OFFICIAL-SENSITIVE."],
]


def a3_word_cover(doc, style):
    p = doc.add_paragraph()
    _para_text(p, "Suffolk Constabulary", bold=True, size=12, color="1B3A5C")
    p = doc.add_paragraph()
    _para_text(p, "working with the Suffolk Domestic Abuse Partnership", size=10, color="595959")
    for _ in range(3):
        doc.add_paragraph()
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    row = t.add_row().cells
    merged = row[0].merge(row[1])
    merged.text = ""
    par = merged.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(par, A3_TITLE_1, bold=True, size=18, color="FFFFFF")
    par2 = merged.add_paragraph()
    par2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(par2, A3_TITLE_2, bold=True, size=15, color="FFFFFF")
    _set_cell_shading(merged, "1B3A5C")
    for k, v in A3_COVER_ROWS:
        cells = t.add_row().cells
        cells[0].text = ""
        _para_text(cells[0].paragraphs[0], k, bold=True, size=10)
        cells[1].text = ""
        _para_text(cells[1].paragraphs[0], v, size=10)
    set_table_widths(t, [4.0, 12.0])
    doc.add_paragraph()
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def a3_rl_cover(story, st, s, avail):
    story.append(Paragraph("Suffolk Constabulary", ParagraphStyle("o", parent=st["sub"], textColor=colors.HexColor(s.accent))))
    story.append(Paragraph("working with the Suffolk Domestic Abuse Partnership", st["small"]))
    story.append(Spacer(1, 3 * cm))
    white = ParagraphStyle("w", parent=st["title"], textColor=colors.white, alignment=TA_CENTER, fontSize=19, leading=24)
    white2 = ParagraphStyle("w2", parent=white, fontSize=15, leading=20)
    data = [[Paragraph(esc(A3_TITLE_1), white), ""], [Paragraph(esc(A3_TITLE_2), white2), ""]]
    for k, v in A3_COVER_ROWS:
        data.append([Paragraph(esc(k), st["cellb"]), Paragraph(esc(v), st["cell"])])
    t = Table(data, colWidths=[4.2 * cm, avail - 4.2 * cm])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)),
        ("BACKGROUND", (0, 0), (1, 1), colors.HexColor(s.accent)),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(s.accent)),
        ("INNERGRID", (0, 2), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("TOPPADDING", (0, 0), (1, 1), 8), ("BOTTOMPADDING", (0, 0), (1, 1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 2), (0, -1), colors.HexColor("#EEF2F7")),
    ]))
    story.append(t)


A3_SIGS = [
    ["Suffolk Constabulary", "Det Supt Lorna Whitcombe", "Head of Safeguarding and Investigations", "12/09/2023"],
    ["Suffolk County Council", "Andrew Pyke", "Assistant Director, Children and Young People's Services", "14/09/2023"],
    ["Suffolk County Council", "Jasmine Cole", "Head of Adult Safeguarding (Adult Social Care)", "14/09/2023"],
    ["Ipswich Borough Council", "Bernadette Quinn", "Housing Needs Manager", "18/09/2023"],
    ["East Suffolk Council", "Callum Reeve", "Community Safety and Housing Lead", "19/09/2023"],
    ["West Suffolk Council", "Mei Ling Foster", "Service Manager, Housing Options", "18/09/2023"],
    ["Babergh District Council and Mid Suffolk District Council", "Tom Hearne", "Corporate Manager, Homelessness", "20/09/2023"],
    ["Norfolk and Suffolk NHS Foundation Trust", "Dr Naveen Pillai", "Named Professional, Safeguarding", "21/09/2023"],
    ["East Suffolk and North Essex NHS Foundation Trust", "Karen Doyle", "Head of Safeguarding", "21/09/2023"],
    ["West Suffolk NHS Foundation Trust", "Louise Carter", "Lead Nurse, Safeguarding", "25/09/2023"],
    ["NHS Suffolk and North East Essex Integrated Care Board", "Heather Lyons", "Designated Nurse, Safeguarding Adults", "22/09/2023"],
    ["East of England Ambulance Service NHS Trust", "Simon Aldous", "Safeguarding Lead, Suffolk", "26/09/2023"],
    ["The Probation Service (East of England)", "Joanne Marks", "Head of Suffolk Probation Delivery Unit", "19/09/2023"],
    ["Suffolk Fire and Rescue Service", "Group Manager Paul Edey", "Head of Prevention", "27/09/2023"],
    ["Lighthouse Women's Aid", "Sasha Mills", "Chief Executive", "15/09/2023"],
    ["Orwell Housing Association", "David Rushbrook", "Director of Housing", "28/09/2023"],
]

A3_BLOCKS = [
    ("h1", "Part 1  About the MARAC"),
    ("p", A3_PURPOSE),
    ("p", "MARACs operate in Ipswich, in East Suffolk (Lowestoft) and in West Suffolk (Bury St Edmunds). They follow "
          "the ten principles of an effective MARAC published by SafeLives and are co-ordinated by the MARAC "
          "Co-ordination Unit within Suffolk Constabulary. Each case is represented by an Independent Domestic "
          "Violence Adviser (IDVA), who speaks for the victim."),
    ("p", "The MARAC is not a case conference about the perpetrator and it does not replace any agency's own "
          "safeguarding duties. Agencies keep responsibility for their own actions."),
    ("h1", "Part 2  Agencies represented"),
    ("p", "The agencies that sign this protocol attend MARAC as core members. Other agencies (for example schools, "
          "GP practices or substance misuse services) may be invited for a specific case; they must sign the "
          "confidentiality statement in Appendix 1 at the start of the meeting."),
    ("tbl", [
        ["Agency", "Usual representative"],
        ["Suffolk Constabulary", "Detective Sergeant, Domestic Abuse Investigation"],
        ["Suffolk County Council", "Children's social care team manager; adult safeguarding practitioner"],
        ["Ipswich, East Suffolk, West Suffolk, Babergh and Mid Suffolk councils", "Housing options officers"],
        ["Norfolk and Suffolk NHS Foundation Trust", "Safeguarding practitioner (mental health)"],
        ["Acute hospitals", "Hospital IDVA or safeguarding nurse"],
        ["The Probation Service (East of England)", "Probation officer, Suffolk PDU"],
        ["Suffolk Fire and Rescue Service", "Prevention officer (home fire safety)"],
        ["Lighthouse Women's Aid", "IDVA service manager"],
    ], [7.5, 8.5]),
    ("h1", "Part 3  Referral, research and meeting arrangements"),
    ("bul", ["Any agency may refer a victim who scores 14 or more on the SafeLives DASH risk checklist, meets the "
             "professional judgement threshold, or meets the escalation criterion (three or more police callouts in "
             "twelve months).",
             "Referrals are sent to the MARAC Co-ordinator by secure email (suffolk.pnn.police.uk or gov.uk / nhs.net "
             "with TLS) using the SafeLives referral form. Referrals must not be sent by fax or to personal accounts.",
             "Each MARAC meets every two weeks. The agenda is circulated eight working days before the meeting "
             "and agencies return their research forms no later than three working days before.",
             "Actions are circulated within two working days of the meeting, marked OFFICIAL-SENSITIVE.",
             "Urgent cases may be heard at an extraordinary MARAC called within 48 hours."]),
    ("h1", "Part 4  Information that may be shared"),
    ("p", "Agencies share only what is relevant and proportionate to the risk posed to the victim and any "
          "children. This will usually include:"),
    ("bul", ["names, dates of birth and addresses of the victim, children in the household and the person causing harm;",
             "the DASH risk assessment and the reason for referral;",
             "history of domestic abuse incidents, relevant offending and bail or court order conditions;",
             "involvement of children's and adult social care, including child protection plans;",
             "relevant health information, including mental health and substance misuse, shared by a health "
             "professional where this is necessary to reduce risk;",
             "housing status, tenancy history and any safe accommodation needs;",
             "any risk to staff or agencies."]),
    ("h1", "Part 5  Legal framework"),
    ("p", "Sharing at MARAC is necessary for the prevention of crime and the protection of life. Partners rely on "
          "the following:"),
    ("bul", ["UK GDPR Article 6(1)(e) (public task) and, for the police, Part 3 of the Data Protection Act 2018 "
             "(law enforcement purposes);",
             "for health and other special category data, UK GDPR Article 9(2)(g) with Schedule 1, paragraph 18 "
             "(safeguarding of children and individuals at risk) of the Data Protection Act 2018;",
             "Section 115 of the Crime and Disorder Act 1998;",
             "the Domestic Abuse Act 2021, which sets out the statutory definition of domestic abuse and recognises "
             "children as victims in their own right;",
             "Section 47 of the Children Act 1989 and section 11 of the Children Act 2004;",
             "section 42 of the Care Act 2014 (adult safeguarding enquiries);",
             "the Protection from Harasment Act 1997 and the Domestic Violence, Crime and Victims Act 2004, "
             "in relation to orders and offences that are relevant to the safety plan;",
             "Article 8 of the Human Rights Act 1998 (respect for private and family life), read with "
             "Article 2 (right to life) and Article 3."]),
    ("p", "Where information is held in confidence (for example by a health professional), the common law duty of "
          "confidence may be set aside where there is a risk of serious harm. The Caldicott principles guide health "
          "partners, and the seventh principle states that the duty to share can be as important as the duty to "
          "protect confidentiality."),
    ("p", "Consent to refer is sought wherever it is safe to do so. A referral may be made without consent where "
          "the risk of serious harm outweighs the victim's wish not to be referred; the reason must be recorded."),
    ("h1", "Part 6  Confidentiality at the meeting"),
    ("p", "Every meeting opens with the confidentiality statement at Appendix 1 and an attendance sheet that each "
          "attendee signs. Information discussed at MARAC is shared for the purposes of the meeting only and may not "
          "be passed on outside the attending agency, except to put an agreed action into effect."),
    ("h1", "Part 7  Handling and storing MARAC information"),
    ("bul", ["MARAC minutes and action plans are OFFICIAL-SENSITIVE and stored in a restricted area of each agency's "
             "case record system, flagged so that only staff with a need to know can see them.",
             "A marker or flag may be placed on an agency's systems to show that a case has been heard at MARAC.",
             "MARAC papers must not be placed in the victim's general file where the victim or the person causing "
             "harm could see them, for example in GP records visible on the NHS App.",
             "Devices used to open MARAC papers must be encrypted and belong to the agency."]),
    ("h1", "Part 8  Retention"),
    ("p", "The MARAC Co-ordination Unit keeps referrals, minutes and action plans for six years from the last date a "
          "case was heard, after which they are reviewed and, unless there is a continuing need, destroyed. Each "
          "agency keeps its own MARAC records under its records retention schedule and destroys them securely."),
    ("h1", "Part 9  Recording and accuracy"),
    ("p", "Research forms must separate fact from opinion and give the source and date of each item. The agency "
          "that supplied an item is responsible for its accuracy. If an agency learns that information shared at "
          "MARAC was wrong, it tells the Co-ordinator, who circulates a correction to all agencies that received it."),
    ("h1", "Part 10  Subject access and other requests"),
    ("p", "Victims and perpetrators may ask for a copy of information held about them. Disclosure of MARAC "
          "information could place a victim at serious risk, so any agency receiving a subject access request that "
          "touches MARAC information must contact the MARAC Co-ordinator before responding, so that exemptions (for "
          "example, for the prevention of crime or where disclosure would identify a third party) can be considered. "
          "The same applies to requests from courts, solicitors and under the Freedom of Information Act 2000."),
    ("h1", "Part 11  Information security incidents"),
    ("p", "A lost document, misdirected email or disclosure to the person causing harm is a serious incident. It "
          "must be reported at once to the MARAC Co-ordinator and to the agency's data protection officer. The "
          "Co-ordinator will consider with the IDVA whether a new safety plan is needed. The agency responsible will "
          "decide whether to notify the Information Commissioner's Office within 72 hours."),
    ("h1", "Part 12  Commencement, review and signatories"),
    ("p", "This version of the protocol comes into effect on 1 October 2023 and replaces version 4.1. It will be "
          "reviewed twelve months after it comes into effect, and at any time if the law or SafeLives guidance "
          "changes. An agency may withdraw from the protocol by writing to the Chair of the Suffolk Domestic Abuse "
          "Partnership Board, but it remains bound by this protocol for information already received."),
    ("sig", A3_SIGS),
    ("pb",),
    ("h1", "Appendix 1  MARAC confidentiality statement"),
    ("pi", "\"The information discussed by the agencies within the MARAC is strictly confidential and must not be "
           "disclosed to third parties without the agreement of the partners of the meeting. It is shared in order "
           "to reduce the risk of serious harm. All agencies should ensure that the minutes are retained in a "
           "confidential and appropriately restricted manner.\""),
    ("h1", "Appendix 2  Key legislation and guidance"),
    ("tbl", [
        ["Instrument", "Type"],
        ["Data Protection Act 2018 and UK GDPR", "Legislation"],
        ["Domestic Abuse Act 2021", "Legislation"],
        ["Crime and Disorder Act 1998", "Legislation"],
        ["Children Act 1989; Children Act 2004", "Legislation"],
        ["Care Act 2014", "Legislation"],
        ["SafeLives: MARAC guidance and the 10 principles of an effective MARAC", "Guidance"],
        ["Working Together to Safeguard Children (2023)", "Statutory guidance"],
    ], [11.0, 5.0]),
]


# ======================================================================================
# Agreement 4 - Basildon CSP: ASB case review (Word route, title only in the Word header)
# ======================================================================================

A4_TITLE = "Anti-social Behaviour Case Review (Community Trigger) Information Sharing Agreement"
A4_PURPOSE = ("This agreement allows the partners of the Basildon Community Safety Partnership to share the "
              "information needed to carry out an anti-social behaviour case review (the \"Community Trigger\") "
              "when a victim, or someone acting on their behalf, asks for the response to their reports of "
              "anti-social behaviour to be reviewed.")


def a4_cover(doc, style):
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "Basildon Community Safety Partnership", bold=True, size=22, color="00625F")
    p = doc.add_paragraph()
    _para_text(p, "Working together for a safer Basildon, Billericay and Wickford", italic=True, size=11, color="00625F")
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "INFORMATION SHARING AGREEMENT", bold=True, size=26)
    for _ in range(2):
        doc.add_paragraph()
    word_table(doc, [["Version 2.0", "January 2024", "OFFICIAL"]], style, header=False, widths=[5.3, 5.3, 5.3])
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "Basildon Borough Council, The Basildon Centre, St Martin's Square, Basildon, Essex SS14 1DL",
               size=8, color="595959")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


A4_SIGS = [
    ["Basildon Borough Council", "Joanne Whitlock", "Director of Communities", "23/01/2024"],
    ["Essex Police", "Chief Inspector Sam Roberts", "District Commander, Basildon", "24/01/2024"],
    ["Essex County Council", "Kay Bennett", "Head of Safer and Stronger Communities", "26/01/2024"],
    ["NHS Mid and South Essex Integrated Care Board", "Dr Anil Sharma", "Associate Director, Safeguarding", "29/01/2024"],
    ["Essex County Fire and Rescue Service", "Station Manager Lee Parrish", "Community Safety Partnership Lead", "25/01/2024"],
    ["Essex Partnership University NHS Foundation Trust", "Michelle Grey", "Information Governance Manager", "30/01/2024"],
    ["Sanctuary Housing", "Colin Bagshaw", "Neighbourhood Services Manager, East", "24/01/2024"],
    ["Estuary Housing Association", "Natasha Peel", "Head of Housing Management", "25/01/2024"],
    ["Victim Support", "Rachel Ibbotson", "Area Manager, Essex", "31/01/2024"],
]

A4_BLOCKS = [
    ("h1", "Document details"),
    ("kv", [
        ["Responsible organisation", "Basildon Borough Council (Community Safety Team)"],
        ["Author", "Community Safety Partnership Manager"],
        ["Approved by", "Basildon Community Safety Partnership Board"],
        ["Date approved", "23 January 2024"],
        ["Version", "2.0 (replaces version 1.3, October 2020)"],
        ["Next review", "See 'Review of this agreement'"],
        ["DPIA reference", "BBC-DPIA-2023-031"],
    ], [5.0, 11.0]),
    ("h1", "Introduction"),
    ("p", "The Anti-social Behaviour, Crime and Policing Act 2014 (the 2014 Act) gives victims of persistent "
          "anti-social behaviour the right to ask for a review of the way agencies have responded to their "
          "complaints. In Basildon the threshold is three separate reports about the same problem in the last six "
          "months, or one report of a hate incident or crime in the same period."),
    ("p", "The relevant bodies for the purposes of section 104 of the 2014 Act are Basildon Borough Council, Essex "
          "Police, NHS Mid and South Essex Integrated Care Board and the registered providers of social housing that "
          "co-operate with the Council. Other agencies attend the panel by invitation."),
    ("h1", "What this agreement is for"),
    ("p", A4_PURPOSE),
    ("p", "Sharing is needed so that the panel can see the full picture of what each agency knows and has done, decide "
          "whether the threshold is met, and agree an action plan with the applicant. It is also used to report "
          "anonymised figures on case reviews, as the 2014 Act requires."),
    ("h1", "Who is involved"),
    ("p", "The parties to this agreement are listed in the signature section. The Community Safety Team at Basildon "
          "Borough Council receives applications, co-ordinates the panel and keeps the case review file."),
    ("h1", "How a case review is triggered and run"),
    ("bul", ["Applications are made online, by phone or by letter to the Council. The Council checks the threshold "
             "within five working days and tells the applicant the outcome.",
             "Where the threshold is met, each relevant body is asked to send a summary of its involvement using the "
             "case review information template, by secure email, within ten working days.",
             "The case review panel meets within 15 working days of the threshold decision, in person or on Microsoft "
             "Teams. The applicant is invited to give their views to the chair before the panel.",
             "The panel's recommendations and action plan are sent to the applicant within five working days of the "
             "meeting. The applicant may ask for the outcome to be escalated to the Police, Fire and Crime "
             "Commissioner's office."]),
    ("h1", "What information will be shared"),
    ("bul", ["the applicant's name, address, contact details and any vulnerabilities or support needs;",
             "details of the reported incidents (dates, locations, nature, reference numbers);",
             "names and addresses of alleged perpetrators, with their age where known;",
             "action taken by each agency, including warnings, Acceptable Behaviour Contracts, Community Protection "
             "Notices, civil injunctions and tenancy enforcement;",
             "relevant health or safeguarding information, where the applicant or perpetrator is vulnerable;",
             "the panel's decision, recommendations and action plan."]),
    ("h1", "Our legal powers to share"),
    ("p", "Section 104 of the Anti-social Behaviour, Crime and Policing Act 2014 and Schedule 4 to that Act require "
          "the relevant bodies to carry out a case review and allow them to share the information needed for it. "
          "Section 115 of the Crime and Disorder Act 1998 provides a power to disclose information to relevant "
          "authorities for the purposes of reducing crime and disorder."),
    ("p", "The lawful basis for processing under the UK GDPR is Article 6(1)(e), performance of a task carried out in "
          "the public interest. Special category and criminal offence data are processed under Article 9(2)(g) and "
          "Article 10, with the conditions in Schedule 1, Part 2 of the Data Protection Act 2018 (paragraphs 6, "
          "statutory purposes, and 10, preventing or detecting unlawful acts)."),
    ("p", "The Housing Act 1996 (Part V, chapter III injunctions and introductory tenancies) and the Environmental "
          "Protection Act 1990 (statutory nuisance) are relevant to the remedies the panel may consider. Partners "
          "must have due regard to the public sector equality duty in the Equalities Act 2010, particularly in hate "
          "incident cases, and must act compatibly with the Human Rights Act 1998."),
    ("h1", "Keeping information safe"),
    ("p", "All information shared for a case review is OFFICIAL-SENSITIVE. It may only be sent by secure email or "
          "through the Council's secure file transfer service, and only to named panel members. Panel members must "
          "not forward case review papers to colleagues who do not need them. Papers are not printed unless the "
          "chair agrees, and any printed copies are handed back at the end of the meeting."),
    ("h1", "How long information is kept"),
    ("p", "The Council keeps the case review file for three years after the case is closed, in line with its "
          "retention schedule, and then deletes it. Other partners keep the information in their own case records "
          "under their own retention schedules and do not keep a separate copy of the panel papers."),
    ("h1", "People's rights over their information"),
    ("p", "Applicants are told, when they apply, how their information will be used and which agencies will see it. "
          "Anyone whose information is shared (including alleged perpetrators) may ask for a copy of it or object to "
          "its use. Requests should go to the data protection officer of the agency that "
          "holds the information; agencies will consult each other before disclosing information that came from a "
          "partner."),
    ("h1", "Complaints"),
    ("p", "If the applicant is unhappy with the way the case review was carried out, they may ask for the outcome "
          "to be escalated as set out above. Complaints about the handling of personal information are dealt with "
          "through the complaints procedure of the agency concerned, and the complainant may also contact the "
          "Information Commissioner's Office."),
    ("h1", "Review of this agreement"),
    ("p", "This agreement comes into force on 1 February 2024. It will next be reviewed in March 2025, or earlier if "
          "the law, statutory guidance or the membership of the Partnership changes. The Community Safety "
          "Partnership Manager is responsible for arranging the review."),
    ("h1", "Signing up to this agreement"),
    ("p", "Partners can leave this agreement by giving 28 days' notice in writing to the Community Safety "
          "Partnership Manager. By signing below each partner agrees to follow this agreement."),
    ("sig", A4_SIGS),
    ("h1", "Annex: Statutory guidance"),
    ("p", "Home Office, Anti-social Behaviour, Crime and Policing Act 2014: Anti-social behaviour powers - Statutory "
          "guidance for frontline professionals (updated 2023)."),
]


# ======================================================================================
# Agreement 5 - Hertfordshire Channel Panel ToR and ISA (reportlab running headers + DOCX + DOC)
# ======================================================================================

A5_GENERIC = "TERMS OF REFERENCE AND INFORMATION SHARING AGREEMENT"
A5_TITLE = "Hertfordshire Channel Panel"
A5_PURPOSE = ("This agreement sets out how panel members share personal information so that the Hertfordshire "
              "Channel Panel can assess the extent to which a person referred to it is vulnerable to being drawn "
              "into terrorism, and can agree, deliver and review a support plan to reduce that vulnerability.")


def a5_word_cover(doc, style):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para_text(p, "OFFICIAL-SENSITIVE", bold=True, size=10, color="C00000")
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, A5_GENERIC, bold=True, size=13, color="5B2C6F")
    p = doc.add_paragraph()
    _para_text(p, A5_TITLE, bold=True, size=30, color="5B2C6F")
    doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "Hertfordshire Prevent Partnership", size=12)
    p = doc.add_paragraph()
    _para_text(p, "Version 5.0  |  October 2023", size=11)
    for _ in range(10):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "This document must not be shared outside the signatory organisations without the permission of "
                  "the Channel Panel Chair.", italic=True, size=9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def a5_rl_cover(story, st, s, avail):
    story.append(Paragraph("OFFICIAL-SENSITIVE", ParagraphStyle("os", parent=st["body"], fontName=s.bold,
                                                                textColor=colors.HexColor("#C00000"), alignment=TA_RIGHT)))
    story.append(Spacer(1, 5 * cm))
    story.append(Paragraph(A5_GENERIC, ParagraphStyle("g", parent=st["sub"], textColor=colors.HexColor(s.accent))))
    story.append(Paragraph(A5_TITLE, ParagraphStyle("t", parent=st["title"], fontSize=30, leading=36)))
    story.append(Spacer(1, 0.5 * cm))
    story.append(Paragraph("Hertfordshire Prevent Partnership", st["body"]))
    story.append(Paragraph("Version 5.0  |  October 2023", st["body"]))
    story.append(Spacer(1, 9 * cm))
    story.append(Paragraph("<i>This document must not be shared outside the signatory organisations without the "
                           "permission of the Channel Panel Chair.</i>", st["small"]))


A5_SIGS = [
    ["Hertfordshire County Council", "Marion Ackerley", "Director of Community Protection (Panel Chair)", "12/10/2023"],
    ["Hertfordshire Constabulary", "Det Supt Gareth Lomax", "Head of Counter Terrorism Policing liaison, Eastern Region", "12/10/2023"],
    ["Home Office", "Alicia Benton", "Head of Prevent Delivery, Homeland Security Group", "16/10/2023"],
    ["Hertfordshire Partnership University NHS Foundation Trust", "Dr Ruth Abiodun", "Prevent Lead and Named Professional", "13/10/2023"],
    ["Hertfordshire Community NHS Trust", "Claire Wainwright", "Head of Safeguarding", "17/10/2023"],
    ["NHS Hertfordshire and West Essex Integrated Care Board", "Imran Siddiqui", "Designated Professional, Prevent", "18/10/2023"],
    ["The Probation Service (East of England)", "Philip Oduya", "Head of Hertfordshire PDU", "19/10/2023"],
    ["Hertfordshire Fire and Rescue Service", "Area Manager Jon Cutts", "Head of Prevention and Protection", "20/10/2023"],
    ["Watford Borough Council", "Nadine Carver", "Community Safety Manager", "23/10/2023"],
    ["Stevenage Borough Council", "Oliver Hamlyn", "Community Safety Manager", "23/10/2023"],
    ["Dacorum Borough Council", "Priti Mahal", "Lead Officer, Safer Communities", "24/10/2023"],
]

A5_BLOCKS = [
    ("h1", "1. INTRODUCTION"),
    ("p", "Channel is the multi-agency programme, within the Prevent strand of the Government's counter-terrorism "
          "strategy CONTEST, that provides early support to people who are identified as vulnerable to being drawn "
          "into terrorism. Section 36 of the Counter-Terrorism and Security Act 2015 requires every local authority "
          "in England and Wales to ensure that a panel is in place for its area. Section 38 requires the partners of "
          "the panel listed in Schedule 7 to the Act to co-operate with the panel and the police in carrying out "
          "their functions."),
    ("p", "This document combines the panel's terms of reference with the information sharing agreement between "
          "its members. It is led by Hertfordshire County Council, which chairs the panel, provides its "
          "administration, and is the controller for the panel's case records."),
    ("h1", "2. PURPOSE OF THE PANEL AND OF THIS AGREEMENT"),
    ("p", A5_PURPOSE),
    ("p", "Channel is voluntary. No support plan is put in place unless the person (or, for a child, a parent or "
          "guardian) consents. Channel is not a criminal justice intervention and being discussed at the panel does "
          "not mean that a person has committed, or will commit, an offence."),
    ("h1", "3. PANEL MEMBERSHIP AND SIGNATORIES"),
    ("p", "The panel is chaired by the Director of Community Protection, Hertfordshire County Council, or a nominated "
          "deputy. Core members are drawn from the organisations below; other organisations (for example schools, "
          "colleges, universities and housing providers) are invited for individual cases."),
    ("tbl", [
        ["Organisation", "Panel role"],
        ["Hertfordshire County Council", "Chair; children's services and adult care representatives"],
        ["Hertfordshire Constabulary", "Channel Police Practitioner (CPP) and Prevent officers"],
        ["Home Office", "Controller of the Prevent Case Management (PCM) system; quality assurance"],
        ["Hertfordshire Partnership University NHS Foundation Trust", "Mental health"],
        ["Hertfordshire Community NHS Trust", "Community health"],
        ["NHS Hertfordshire and West Essex Integrated Care Board", "Health commissioning; primary care liaison"],
        ["The Probation Service (East of England)", "Offender management"],
        ["Hertfordshire Fire and Rescue Service", "Prevention"],
        ["Watford, Stevenage and Dacorum borough councils", "District community safety and housing"],
    ], [8.0, 8.0]),
    ("h1", "4. REFERRAL AND PANEL PROCESS"),
    ("bul", ["Referrals are made to Hertfordshire Constabulary's Prevent team, which carries out de-confliction and "
             "an initial assessment before the case is passed to the panel.",
             "The Channel Police Practitioner records the case on the Home Office Prevent Case Management system. "
             "Panel members receive case summaries through PCM or by secure email (pnn, gov.uk, nhs.net).",
             "The panel meets monthly. Extraordinary meetings may be called at five working days' notice.",
             "Members are asked to check their own records and report back within ten working days of a request "
             "from the chair, using the information request form.",
             "Cases adopted by the panel are reviewed at every meeting until closure, and again at six and twelve "
             "months after closure."]),
    ("h1", "5. INFORMATION TO BE SHARED"),
    ("p", "Members share information that is relevant to the vulnerability assessment framework (engagement, intent "
          "and capability) and to the support plan. This can include:"),
    ("bul", ["name, date of birth, address, school or employer and family details;",
             "the reason for referral and any concerning behaviour, online activity or associations;",
             "relevant offending history and police information, subject to de-confliction;",
             "social care involvement, education attendance and special educational needs;",
             "physical and mental health, including neurodiversity, where relevant to vulnerability;",
             "details of support offered, accepted or declined, and of the intervention provider."]),
    ("h1", "6. LEGAL BASIS"),
    ("p", "The panel's functions are set out in sections 36 to 41 of the Counter-Terrorism and Security Act 2015. "
          "Section 38 places a duty on partners to co-operate with the panel, so far as appropriate and reasonably "
          "practicable, including by sharing information."),
    ("p", "Processing by the local authority, health bodies and other non-police members is under the UK GDPR, "
          "Article 6(1)(c) (legal obligation) and Article 6(1)(e) (public task). Special category data is processed "
          "under Article 9(2)(g) with Schedule 1, Part 2, paragraph 6 (statutory and government purposes) and "
          "paragraph 18 (safeguarding of children and individuals at risk) of the Data Protection Act 2018. The "
          "police process information for law enforcement purposes under Part 3 of the 2018 Act."),
    ("p", "Other relevant legislation includes the Terrorism Act 2000, the Children Act 1989, the Care Act 2014 and "
          "the Mental Capacity Act 2005. Any interference with privacy must be necessary and proportionate under "
          "Article 8 of the Human Right Act 1998."),
    ("p", "Members should also follow the Channel Duty Guidance: Protecting people susceptible to radicalisation "
          "(Home Office, 2023) and the Prevent duty guidance. These are guidance and do not themselves provide a "
          "legal basis for sharing."),
    ("h1", "7. CONSENT AND INDIVIDUALS' RIGHTS"),
    ("p", "Information may be shared before the person is approached, where this is needed to decide whether Channel "
          "is appropriate; the person is told about the referral when consent to support is sought. People referred "
          "to Channel have the rights of access, rectification and objection given by the UK GDPR. Requests for panel "
          "information are co-ordinated by the County Council's Information Governance Unit, which will consult "
          "Hertfordshire Constabulary and the Home Office before any disclosure, because exemptions for national "
          "security or crime prevention may apply."),
    ("h1", "8. SECURITY AND HANDLING OF PANEL PAPERS"),
    ("bul", ["All panel information is marked OFFICIAL-SENSITIVE and handled in line with the Government Security "
             "Classifications Policy.",
             "Case papers are shared with named members only and are not forwarded within member organisations "
             "without the chair's agreement.",
             "Paper copies are numbered and collected by the panel administrator at the end of each meeting.",
             "Members joining remotely must do so from a private space on an organisation-managed device."]),
    ("h1", "9. DATA QUALITY"),
    ("p", "Each member is responsible for the accuracy of the information it provides and must say where "
          "information is unverified or is opinion. Corrections are reported to the chair and recorded in PCM."),
    ("h1", "10. INFORMATION SECURITY INCIDENTS"),
    ("p", "Any loss or unauthorised disclosure of panel information must be reported to the chair and to the "
          "member organisation's data protection officer on the same day. Where the incident involves police "
          "information, Hertfordshire Constabulary's Information Security Officer must also be told. The controller "
          "concerned will decide whether the Information Commissioner's Office must be notified."),
    ("h1", "11. AGREEMENT AND SIGN-OFF"),
    ("p", "This agreement takes effect from its approval by the Hertfordshire Prevent Board on 12 October 2023. "
          "A member organisation that wishes to leave the agreement must write to the chair, but remains bound by "
          "its terms for information already received."),
    ("sig", A5_SIGS),
    ("h1", "ANNEX A  TERMS OF REFERENCE (SUMMARY)"),
    ("kv", [
        ["Chair", "Director of Community Protection, Hertfordshire County Council"],
        ["Quorum", "Chair, Channel Police Practitioner and at least two other core members"],
        ["Frequency", "Monthly, and extraordinary meetings as required"],
        ["Reporting", "Quarterly to the Hertfordshire Prevent Board; annual assurance statement to the Home Office"],
    ], [4.0, 12.0]),
]


# ======================================================================================
# Agreement 6 - Kent and Medway MAPPA MoU (Word route; PDF + DOCX; no lead organisation)
# ======================================================================================

A6_TITLE_1 = "Kent and Medway Multi-Agency Public Protection Arrangements"
A6_TITLE_2 = "Memorandum of Understanding and Information Sharing Protocol"
A6_TITLE = A6_TITLE_1 + " " + A6_TITLE_2
A6_PURPOSE = ("The purpose of this memorandum is to set out how the MAPPA Responsible Authority and the Duty to "
              "Co-operate agencies in Kent and Medway will share information about MAPPA offenders, so that the "
              "risk of serious harm they pose can be assessed and managed and the public, and in particular "
              "known and potential victims, can be protected.")


def a6_cover(doc, style):
    p = doc.add_paragraph()
    _para_text(p, "OFFICIAL", bold=True, size=10)
    for _ in range(7):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, A6_TITLE_1, bold=True, size=20, color="203864")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, A6_TITLE_2, bold=True, size=16, color="203864")
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, "Kent and Medway MAPPA Strategic Management Board", size=12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para_text(p, "2023 - 2024", size=12)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


A6_SIGS = [
    ["Kent Police", "ACC Victoria Lambert", "Assistant Chief Constable, Specialist Crime", "21/06/2023"],
    ["The Probation Service (Kent, Surrey and Sussex Region)", "Eleanor Grant", "Regional Probation Director", "21/06/2023"],
    ["HM Prison and Probation Service", "Mark Ellery", "Prison Group Director, Kent and Sussex", "22/06/2023"],
    ["Kent County Council", "Stephanie Hollis", "Director of Adult Social Care", "26/06/2023"],
        ["Medway Council", "Leanne Farrant", "Director of Children and Adults Services", "27/06/2023"],
    ["Maidstone Borough Council", "Jason Sorrell", "Head of Housing and Community Services", "28/06/2023"],
    ["Swale Borough Council", "Kieran Dowd", "Head of Housing, Economy and Community Services", "28/06/2023"],
    ["Canterbury City Council", "Helen Tobin", "Head of Housing", "29/06/2023"],
    ["Kent and Medway Mental Health NHS Trust", "Dr Adrian Lowe", "Medical Director", "27/06/2023"],
    ["NHS Kent and Medway Integrated Care Board", "Paulette Wilkes", "Chief Nursing Officer", "30/06/2023"],
    ["Kent Fire and Rescue Service", "Ian Stonebridge", "Director of Prevention and Protection", "29/06/2023"],
    ["Department for Work and Pensions", "Gordon Priest", "Partnership Manager, Kent", "28/06/2023"],
    ["Moat Homes", "Christine Ellwood", "Director of Neighbourhoods", "30/06/2023"],
]

A6_BLOCKS = [
    ("kv", [
        ["Prepared by", "Kent and Medway MAPPA Co-ordination Unit"],
        ["Approved by", "Kent and Medway MAPPA Strategic Management Board (SMB), 20 June 2023"],
        ["Version", "2.0"],
        ["Next review", "30 June 2024"],
        ["Replaces", "MAPPA Duty to Co-operate MoU, version 1.4 (2016)"],
    ], [4.5, 11.5]),
    ("h1", "Contents"),
    ("toc", ["1  Introduction", "2  Status and duration of this memorandum", "3  Who is covered",
             "4  Information that will be shared", "5  Legal basis", "6  Exchanging information",
             "7  Quality of information", "8  Storage, security and retention of MAPPA information",
             "9  Disclosure to third parties and subject access", "10  Complaints",
             "11  Breaches and incidents", "12  Signatures",
             "Annex 1  MAPPA categories and levels"]),
    ("pb",),
    ("h1", "1  Introduction"),
    ("p", A6_PURPOSE),
    ("p", "MAPPA were first put on a statutory footing by sections 67 and 68 of the Criminal Justice and Court "
          "Services Act 2000, building on the registration requirements introduced by the Sex Offenders Act 1997. "
          "The arrangements are now governed by sections 325 to 327B of the Criminal Justice Act 2003 and by the MAPPA "
          "Guidance issued by the Secretary of State under section 325(8)."),
    ("p", "The Responsible Authority in each area is the police, the probation service and the prison service acting "
          "together. Section 325(3) lists the agencies with a duty to co-operate with the Responsible Authority, "
          "which includes local authorities, health bodies, Jobcentre Plus, youth offending teams, registered social "
          "housing providers and electronic monitoring providers."),
    ("h1", "2  Status and duration of this memorandum"),
    ("p", "This memorandum sets out the arrangements agreed between the parties; it does not create legal "
          "obligations beyond those in the Criminal Justice Act 2003. It replaces the 2016 memorandum, which was "
          "drafted with reference to the Data Protection Act 1998, and has effect from 1 July 2023."),
    ("p", "The Strategic Management Board will review the memorandum each year, and the next review is due on 30 June "
          "2024. Any party may withdraw from the memorandum on three months' notice to the SMB chair; the duty to "
          "co-operate under the 2003 Act continues regardless of withdrawal."),
    ("h1", "3  Who is covered"),
    ("p", "The memorandum applies to the parties who sign it in section 12 and to their staff. It covers all three "
          "MAPPA categories and all three levels of management (see Annex 1)."),
    ("h1", "4  Information that will be shared"),
    ("bul", ["identifying details of the MAPPA offender, including aliases, photographs and ViSOR reference;",
             "index offence, previous convictions, sentence, licence conditions and notification requirements under "
             "Part 2 of the Sexual Offences Act 2003;",
             "risk assessments (OASys, ARMS, Risk Matrix 2000, SARN) and risk management plans;",
             "details of known and potential victims, including children, and of any restrictions on contact;",
             "accommodation, employment, benefit and health information where relevant to risk;",
             "minutes and action plans from Level 2 and Level 3 MAPPA meetings."]),
    ("h1", "5  Legal basis"),
    ("p", "Section 325 of the Criminal Justice Act 2003 requires the Responsible Authority and the Duty to Co-operate "
          "agencies to co-operate, and section 325(4) allows them to exchange information for that purpose. Section "
          "327A of that Act requires the Responsible Authority to consider disclosing information about child sex "
          "offenders to members of the public."),
    ("p", "The police, probation and prison services process MAPPA information for law enforcement purposes under "
          "Part 3 of the Data Protection Act 2018. Duty to Co-operate agencies that are not competent authorities "
          "process under the UK GDPR (Articles 6(1)(c) and 6(1)(e), and Article 10 with Schedule 1, paragraph 10 of "
          "the 2018 Act)."),
    ("p", "Disclosure must be compatible with Article 8 of the Human Rights Act 1998. Information about spent "
          "convictions is handled in line with the Rehabilitation of Offenders Act 1974 and, for vetting, Part V of "
          "the Police Act 1997. Section 14 of the Offender Management Act 2007 also permits disclosure for offender "
          "management purposes."),
    ("h1", "6  Exchanging information"),
    ("bul", ["Level 2 and Level 3 meetings are held monthly in each of the four Kent and Medway MAPPA areas; minutes are "
             "issued within ten working days.",
             "Referrals to Level 2 or 3 are made to the MAPPA Co-ordinator on the MAPPA A form, by secure email.",
             "Between meetings, information is exchanged by secure email (cjsm.net, police.uk, gov.uk, nhs.net) or by "
             "telephone, followed by a written record.",
             "ViSOR is used only by vetted police, probation and prison staff."]),
    ("h1", "7  Quality of information"),
    ("p", "Parties will make sure that the information they share is accurate, up to date and attributed, and will "
          "correct and re-circulate any information later found to be wrong. The MAPPA Co-ordination Unit audits a "
          "sample of Level 2 and 3 minutes every quarter."),
    ("h1", "8  Storage, security and retention of MAPPA information"),
    ("p", "MAPPA documents are marked OFFICIAL-SENSITIVE and carry the MAPPA confidentiality statement. They are "
          "stored on each party's secure systems with access limited to staff who need them, and are never stored on "
          "removable media. Paper documents are kept in locked storage."),
    ("p", "Minutes held by the Co-ordination Unit are retained on ViSOR or the MAPPA record until the offender reaches "
          "100 years of age, in line with national MAPPA Guidance. Duty to Co-operate agencies keep MAPPA material "
          "under their own retention schedules and dispose of it as confidential waste."),
    ("h1", "9  Disclosure to third parties and subject access"),
    ("p", "MAPPA information must not be disclosed outside the parties without the agreement of the meeting chair, "
          "except under section 327A or where there is an immediate risk to life. Offenders and others may ask to see "
          "information held about them; the party receiving the request will consult the Co-ordinator and the "
          "originating agency before responding, as restrictions under section 45(4) of the Data Protection Act 2018 "
          "may apply."),
    ("h1", "10  Complaints"),
    ("p", "Complaints about MAPPA are handled by the Responsible Authority agency most closely involved, under its "
          "own complaints procedure. Complaints about a Duty to Co-operate agency's handling of information are "
          "handled by that agency."),
    ("h1", "11  Breaches and incidents"),
    ("p", "Any loss, theft or inappropriate disclosure of MAPPA information must be reported immediately to the MAPPA "
          "Co-ordinator and the party's data protection officer. The Co-ordinator will inform the SMB chair and, "
          "where a victim may be at risk, the police lead for the case. Serious incidents are reported to the "
          "Ministry of Justice Public Protection Group and, where required, to the Information Commissioner."),
    ("h1", "12  Signatures"),
    ("p", "The parties below agree to the arrangements in this memorandum."),
    ("sig", A6_SIGS),
    ("h1", "Annex 1  MAPPA categories and levels"),
    ("tbl", [
        ["Category", "Description"],
        ["1", "Registered sexual offenders"],
        ["2", "Violent offenders sentenced to 12 months or more, and other specified sexual offenders"],
        ["3", "Other dangerous offenders whose risk requires multi-agency management"],
    ], [3.0, 13.0]),
    ("tbl", [
        ["Level", "Management"],
        ["1", "Ordinary agency management"],
        ["2", "Active multi-agency management at MAPP meetings"],
        ["3", "As level 2, with senior representation and resources for critical cases"],
    ], [3.0, 13.0]),
]


# ======================================================================================
# Agreement 7 - Safer Places: domestic abuse safe accommodation (reportlab two-column + DOCX)
# ======================================================================================

A7_GENERIC = "Information Sharing Agreement"
A7_TITLE = "Domestic Abuse Safe Accommodation Referral Pathway"
A7_PURPOSE = ("We share information so that adults and children who need to escape domestic abuse can be "
              "referred quickly and safely into refuge or other safe accommodation, and so that the "
              "accommodation and support they receive meets their assessed needs and risks.")

A7_SIGS = [
    ["Safer Places", "Anita Kowalczyk", "Chief Executive", "29/01/2024"],
    ["Essex County Council", "Loretta Hart", "Head of Domestic Abuse Commissioning", "02/02/2024"],
    ["Southend-on-Sea City Council", "Yvonne Marsh", "Group Manager, Housing Solutions", "05/02/2024"],
    ["Thurrock Council", "Ravinder Bains", "Strategic Lead, Housing Solutions", "06/02/2024"],
    ["Colchester City Council", "Adam Forsyth", "Housing Solutions Manager", "01/02/2024"],
    ["Chelmsford City Council", "Gemma Rolfe", "Housing Options Manager", "07/02/2024"],
    ["Essex Police", "Det Ch Insp Nadia Hussain", "Domestic Abuse Problem Solving Team Lead", "08/02/2024"],
    ["Changing Pathways", "Joyce Amankwah", "Chief Executive", "31/01/2024"],
    ["Next Chapter", "Wendy Ashcroft", "Chief Executive", "09/02/2024"],
    ["Hertfordshire County Council", "Sunil Varma", "Domestic Abuse Partnership Manager", "12/02/2024"],
    ["East Hertfordshire District Council", "Carys Llewelyn", "Housing Options Team Leader", "14/02/2024"],
]


def a7_word_cover(doc, style):
    p = doc.add_paragraph()
    _para_text(p, "Safer Places", bold=True, size=18, color="7B2D8E")
    p = doc.add_paragraph()
    _para_text(p, "Rebuilding lives affected by domestic abuse", italic=True, size=10, color="7B2D8E")
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, A7_GENERIC, size=16, color="404040")
    p = doc.add_paragraph()
    _para_text(p, A7_TITLE, bold=True, size=26, color="7B2D8E")
    doc.add_paragraph()
    word_table(doc, [["Document owner", "Safer Places (Head of Quality and Data Protection)"],
                     ["Version", "1.0, January 2024"],
                     ["Handling", "OFFICIAL when blank; OFFICIAL-SENSITIVE when completed"]], style,
               header=False, widths=[4.0, 12.0])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def a7_rl_cover(story, st, s, avail):
    story.append(Paragraph("Safer Places", ParagraphStyle("sp", parent=st["title"], fontSize=20)))
    story.append(Paragraph("<i>Rebuilding lives affected by domestic abuse</i>", st["small"]))
    story.append(Spacer(1, 5 * cm))
    story.append(Paragraph(A7_GENERIC, ParagraphStyle("gen", parent=st["sub"], fontName=s.font, fontSize=16, leading=20,
                                                      textColor=colors.HexColor("#404040"))))
    story.append(Paragraph(A7_TITLE, ParagraphStyle("tt", parent=st["title"], fontSize=26, leading=31)))
    story.append(Spacer(1, 1 * cm))
    t = rl_table([["Document owner", "Safer Places (Head of Quality and Data Protection)"],
                  ["Version", "1.0, January 2024"],
                  ["Handling", "OFFICIAL when blank; OFFICIAL-SENSITIVE when completed"]], st, s, header=False,
                 widths=[4.0, 13.0])
    story.append(t)


A7_BLOCKS = [
    ("h1", "About this agreement"),
    ("p", "Safer Places is a registered charity providing refuge, dispersed safe accommodation and community "
          "support to people affected by domestic abuse across Essex and Hertfordshire. This agreement is owned and "
          "maintained by Safer Places and applies to the safe accommodation services commissioned by the tier one "
          "authorities that have signed it."),
    ("h1", "Why we share"),
    ("p", A7_PURPOSE),
    ("p", "The agreement also allows anonymised information to be given to the tier one authorities so that they can "
          "meet their duty to assess the need for safe accommodation and report to the Domestic Abuse Commissioner "
          "and the Department for Levelling Up, Housing and Communities."),
    ("h1", "Who signs this agreement"),
    ("p", "Safer Places and each organisation named in the signature section. Each is a separate controller. "
          "Safer Places acts as a processor only when it runs the county-wide refuge vacancy system on behalf of "
          "Essex County Council, under a separate contract."),
    ("h1", "What we share"),
    ("bul", ["name, any alias, date of birth and contact details of the adult survivor, and the names and ages of "
             "children who will move with them;",
             "the DASH risk level and whether the case has been heard at MARAC;",
             "areas the survivor must avoid, and the name and description of the person causing harm;",
             "support needs, including mental health, substance use, disability and language needs;",
             "immigration status where this affects eligibility for housing support (no recourse to public funds);",
             "the homelessness duty owed and the reference number of the local housing authority."]),
    ("h1", "Our lawful basis"),
    ("p", "Tier one authorities share under their duty in Part 4 of the Domestic Abuse Act 2021 to provide support in "
          "safe accommodation, and housing authorities under Part 7 of the Housing Act 1996 as amended by the "
          "Homelessness Reduction Act 2017. Safer Places, Changing Pathways and Next Chapter rely on consent for "
          "most referrals and on legitimate interests for the rest."),
    ("p", "Under the UK GDPR the lawful bases are Article 6(1)(a) consent, 6(1)(e) public task for the councils, and "
          "6(1)(f) legitimate interests for the charities. Health and other special category data is shared under "
          "Article 9(2)(a) explicit consent or, where consent cannot be sought safely, the safeguarding condition in "
          "Schedule 1, paragraph 18 of the Data Protection Act 2018."),
    ("p", "Where there are children, section 17 and section 47 of the Children Act 1989 may apply, and section 42 of "
          "the Care Act 2014 for adults with care and support needs. Non-molestation and occupation orders under Part "
          "IV of the Famly Law Act 1996 are recorded where they affect safety planning. Essex Police may also share "
          "under section 115 of the Crime and Disorder Act 1998."),
    ("h1", "Sharing safely: method and timing"),
    ("bul", ["Referrals are made on the Safe Accommodation Referral Form, by secure email or through the Safer Places "
             "referral portal. Forms are never sent to a survivor's own email account without checking it is safe.",
             "Refuge vacancies are updated daily on the Routes to Support system.",
             "Move-on and outcome information is sent to the referring authority within five working days of a move.",
             "Anonymised quarterly monitoring returns go to each tier one authority by the 15th day after the quarter."]),
    ("h1", "Security"),
    ("p", "Refuge addresses are never shared. All staff handling referrals are trained in safe information handling, "
          "work on encrypted devices and use two-factor authentication. Completed forms are OFFICIAL-SENSITIVE. "
          "Telephone referrals require a call-back to a known number before details are given."),
    ("h1", "Keeping records"),
    ("p", "Safer Places keeps referral and support records for six years after support ends, or until the youngest "
          "child turns 25 where children's information is held, and then deletes them. Each other signatory keeps "
          "records under its own retention schedule."),
    ("h1", "Rights of survivors and others"),
    ("p", "Survivors are given Safer Places' privacy notice at the first contact where it is safe to do so. They may "
          "ask to see their records, to have them corrected or, in some cases, deleted. Requests from or on behalf of "
          "a person causing harm are treated with great care, and information that could reveal a survivor's location "
          "is withheld. Signatories will tell each other within two working days about any request involving "
          "information received under this agreement."),
    ("h1", "Concerns and complaints"),
    ("p", "Anyone can complain about the way their information has been handled, using the complaints procedure of "
          "the organisation concerned. Safer Places' procedure is on its website. People may also complain to the "
          "Information Commissioner's Office."),
    ("h1", "If something goes wrong"),
    ("p", "If information is lost, sent to the wrong place or seen by someone who should not see it, the signatory "
          "must tell the organisation that supplied it and Safer Places' data protection lead straight away, and in "
          "any case within 24 hours. If a survivor's safety may be affected, the police and the survivor's support "
          "worker are told immediately so that a new safety plan can be made. Each controller decides whether the "
          "incident must be reported to the ICO."),
    ("h1", "Starting, reviewing and leaving this agreement"),
    ("p", "The agreement commences on the date of the last signature below. It will be reviewed annually, the first "
          "review falling twelve months after that date, and also if the law or commissioning arrangements change. "
          "Any signatory can leave by giving one month's notice to Safer Places."),
    ("sig", A7_SIGS),
]


# ======================================================================================
# Agreement 8 - Norfolk Fire and Rescue Service (Word route; title only in a cover text box)
# ======================================================================================

A8_TITLE = "Norfolk Vulnerable Persons and Arson Reduction Information Sharing Protocol"
A8_PURPOSE = ("This protocol enables signatory organisations to refer vulnerable people to Norfolk Fire and Rescue "
              "Service for a Safe and Well visit, and to share information about people at increased risk of fire, "
              "deliberate fire setting or arson, so that risks can be reduced before a fire happens.")


def a8_cover(doc, style):
    p = doc.add_paragraph()
    _para_text(p, "Norfolk Fire and Rescue Service", bold=True, size=14, color="B22222")
    p = doc.add_paragraph()
    _para_text(p, "Prevention and Community Safety", size=10, color="595959")
    add_textbox(doc, [(A8_TITLE, 22, True)], width_pt=430, height_pt=130, top_pt=170, fill="FDECEA", stroke="B22222")
    for _ in range(16):
        doc.add_paragraph()
    word_table(doc, [["Version", "2.1"], ["Issued", "March 2023"], ["Marking", "OFFICIAL"]], style,
               header=False, widths=[3.5, 6.0])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


A8_SIGS = [
    ["Norfolk Fire and Rescue Service", "Group Manager Harriet Blyth", "Head of Prevention", "14/03/2023"],
    ["Norfolk Constabulary", "Supt Jamie Collard", "Head of Safeguarding", "16/03/2023"],
    ["Norfolk County Council", "Ciaran Mulholland", "Assistant Director, Social Work (Adult Social Services)", "17/03/2023"],
    ["Norwich City Council", "Fiona Dyer", "Housing and Community Safety Manager", "20/03/2023"],
    ["Great Yarmouth Borough Council", "Tessa Gould", "Head of Housing Assets and Services", "21/03/2023"],
    ["Borough Council of King's Lynn and West Norfolk", "Duncan Hales", "Community Safety and Neighbourhood Nuisance Manager", "21/03/2023"],
    ["Broadland District Council", "Megan Ives", "Early Help Hub Manager", "22/03/2023"],
    ["Norfolk and Suffolk NHS Foundation Trust", "Dr Peter Amos", "Caldicott Guardian", "23/03/2023"],
    ["Norfolk and Norwich University Hospitals NHS Foundation Trust", "Sandra Keel", "Head of Information Governance", "24/03/2023"],
    ["NHS Norfolk and Waveney Integrated Care Board", "Beatrice Crane", "Deputy Director of Nursing, Safeguarding", "27/03/2023"],
    ["East of England Ambulance Service NHS Trust", "Gavin Rhodes", "Head of Safeguarding", "27/03/2023"],
    ["Flagship Housing", "Neil Aston", "Director of Customer Services", "28/03/2023"],
]

A8_BLOCKS = [
    ("h1", "Protocol summary"),
    ("kv", [
        ["Lead organisation", "Norfolk Fire and Rescue Service"],
        ["Protocol manager", "Prevention Data Officer, NFRS Headquarters, Hethersett"],
        ["Approved by", "Norfolk County Community Safety Partnership"],
        ["Date effective", "01/04/2023"],
        ["Review Due", "01/04/2026"],
        ["Related documents", "NFRS Safe and Well Referral Form; NFRS DPIA 2022/07"],
    ], [4.5, 11.5]),
    ("h1", "Section 1: Background"),
    ("p", "Most people who die in accidental dwelling fires in Norfolk are already known to at least one public "
          "service. They are more likely to be older, to live alone, to smoke, to have reduced mobility or a "
          "cognitive impairment, to use medical oxygen or emollient creams, or to be affected by alcohol or drugs. "
          "Deliberate fire setting is concentrated among a small number of addresses and individuals, many of whom "
          "are also vulnerable."),
    ("h1", "Section 2: Aims of this protocol"),
    ("p", A8_PURPOSE),
    ("p", "The protocol also supports the county's arson reduction partnership, which shares information about "
          "deliberate fires, fire-setting behaviour and premises at risk of arson."),
    ("h1", "Section 3: Signatory organisations"),
    ("p", "The organisations that have signed Section 12 are parties to this protocol. Other organisations may join "
          "by signing a copy and sending it to the protocol manager."),
    ("h1", "Section 4: Information covered"),
    ("tbl", [
        ["Category", "Examples"],
        ["Referral details", "Name, address, date of birth, telephone, preferred contact, key safe code (only on request)"],
        ["Risk factors", "Smoking, hoarding, mobility, sensory loss, oxygen therapy, emollients, alcohol or drug use, "
                         "cognitive impairment"],
        ["Safeguarding", "Whether the person is subject to a safeguarding enquiry or MARAC and any risk to visiting staff"],
        ["Arson and fire setting", "Incident details, fire investigation findings, persons of interest, premises at risk"],
        ["Outcome", "Visit completed, equipment fitted, onward referrals made"],
    ], [4.5, 11.5]),
    ("h1", "Section 5: Legal gateways"),
    ("p", "Section 6 of the Fire and Rescue Services Act 2004 requires the fire and rescue authority to promote fire "
          "safety in its area. Sections 17 and 115 of the Crime and Disorder Act 1998 support sharing for arson "
          "reduction between relevant authorities. Health and adult social care partners have a duty to share "
          "information for the person's direct care under the Health and Social Care Act 2015, and the Care Act 2014 "
          "sets out the wellbeing principle and duties to co-operate. The councils may also rely on the general power "
          "of competence in section 1 of the Localism Act 2011."),
    ("p", "Referrals are normally made with the person's consent, and the UK GDPR lawful basis for the public "
          "bodies is Article 6(1)(e). Health data is shared under Article 9(2)(h) or, where the person cannot "
          "consent and is at risk, Article 9(2)(g) with the safeguarding condition in Schedule 1 of the Data "
          "Protection Act 2018. Where a person lacks capacity, a best-interests decision is recorded in line with "
          "the Mental Capacity Act 2005. Article 8 of the Human Rights Act 1998 is considered for every referral "
          "made without consent."),
    ("p", "Health partners follow the Caldicott principles and the common law duty of confidence. The NFCC "
          "Person-Centred Framework for Home Fire Safety is guidance and is used to decide what data is needed."),
    ("h1", "Section 6: Making and receiving referrals"),
    ("bul", ["Referrals are made on the NFRS Safe and Well Referral Form, sent to the Prevention Hub by secure email "
             "or through the online professional referral portal.",
             "High-risk referrals (for example a smoker using oxygen) are telephoned to the Prevention Hub and a visit "
             "is offered within 48 hours; other visits are offered within 28 days.",
             "NFRS sends the referrer an outcome within ten working days of the visit.",
             "Deliberate fire data is exchanged with Norfolk Constabulary and the councils weekly, and a quarterly "
             "arson report goes to the Community Safety Partnership."]),
    ("h1", "Section 7: Information security"),
    ("p", "Partners use secure email (gov.uk, nhs.net, police.uk, or Egress) and never send referral forms to "
          "personal accounts. Information is stored in NFRS's community fire safety system with role-based access. "
          "Staff carrying referral details on visits use encrypted tablets. Key safe codes are deleted from the "
          "record once the visit is complete."),
    ("h1", "Section 8: Accuracy and keeping records up to date"),
    ("p", "Referrers must check contact details and risk information before referring. NFRS will update the referrer "
          "if it finds that details are wrong, and each partner will correct its own records. Where risk changes "
          "after a visit, NFRS will tell the referrer."),
    ("h1", "Section 9: Retention of referral information"),
    ("p", "NFRS keeps referral and visit records for six years after the last visit, then deletes them. Arson "
          "intelligence is held by Norfolk Constabulary under Management of Police Information rules. Other partners "
          "follow their own retention schedules."),
    ("h1", "Section 10: Reporting incidents"),
    ("p", "A security incident or personal data breach involving information shared under this protocol must be "
          "reported to the protocol manager and the originating organisation within one working day. The "
          "organisation responsible will decide whether to report to the Information Commissioner's Office."),
    ("h1", "Section 11: Commencement, review and termination"),
    ("p", "This protocol is effective from 1 April 2023. It will be reviewed every three years or when the law "
          "changes. An organisation may end its participation by giving 30 days' notice in writing to the protocol "
          "manager."),
    ("h1", "Section 12: Signatures"),
    ("sig", A8_SIGS),
]


# ======================================================================================
# Agreement 9 - Thurrock Youth Offending Service: Out of Court Disposal Panel (reportlab boxed + DOCX)
# Title only in the first-page table.
# ======================================================================================

A9_TITLE = "Thurrock Youth Justice Out of Court Disposal Panel Information Sharing Agreement"
A9_PURPOSE = ("The purpose of this agreement is to allow the partners on the Thurrock Out of Court Disposal Panel "
              "to share information about children aged 10 to 17 who have admitted an offence, so that the panel "
              "can decide the most appropriate disposal and intervention, divert children from the formal youth "
              "justice system where it is safe to do so, and reduce reoffending.")

A9_CONTROL = [
    ["Agreement title", A9_TITLE],
    ["Lead partner", "Thurrock Council"],
    ["Service", "Youth Offending Service (YOS), Children's Services"],
    ["Version", "1.3"],
    ["In force from", "1 December 2022"],
    ["Review date", "Nov-2024"],
    ["Approved by", "Thurrock Youth Justice Management Board"],
    ["Security classification", "OFFICIAL-SENSITIVE once completed with case information"],
]


def a9_word_cover(doc, style):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para_text(p, "Thurrock Council  |  Children's Services", size=10, color="006E51")
    doc.add_paragraph()
    word_table(doc, A9_CONTROL, style, header=False, widths=[4.5, 11.5])
    p = doc.add_paragraph()
    _para_text(p, "Version history", bold=True, size=11)
    word_table(doc, A9_HISTORY, style, header=True, widths=[2.0, 3.0, 11.0])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


A9_HISTORY = [
    ["Version", "Date", "Summary"],
    ["1.0", "June 2020", "Agreement for the Joint Decision Making Panel"],
    ["1.2", "March 2021", "Outcome 22 deferred prosecution added"],
    ["1.3", "November 2022", "Renamed Out of Court Disposal Panel; Child First principles; ICB replaces CCG"],
]


def a9_rl_cover(story, st, s, avail):
    story.append(Paragraph("Thurrock Council  |  Children's Services",
                           ParagraphStyle("tc", parent=st["body"], alignment=TA_RIGHT, textColor=colors.HexColor(s.accent))))
    story.append(Spacer(1, 0.6 * cm))
    rows = [[Paragraph(esc(k), st["cellb"]), Paragraph(esc(v), ParagraphStyle("tv", parent=st["cell"],
                                                                             fontName=s.bold if k == "Agreement title" else s.font,
                                                                             fontSize=12 if k == "Agreement title" else s.size - 1,
                                                                             leading=15 if k == "Agreement title" else (s.size - 1) * 1.25))]
            for k, v in A9_CONTROL]
    t = Table(rows, colWidths=[4.3 * cm, avail - 4.3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#4D4D4D")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(s.band)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story.append(t)
    story.append(Spacer(1, 0.8 * cm))
    story.append(Paragraph("Version history", st["h2"]))
    story.append(rl_table(A9_HISTORY, st, s, header=True, widths=[2.0, 3.0, 12.0]))


A9_SIGS = [
    ["Thurrock Council", "Michaela Lowes", "Assistant Director, Education and Skills (YOS Head of Service)", "24/11/2022"],
    ["Essex Police", "Insp Daniel Kerr", "Youth and Out of Court Disposals Lead, South LPA", "25/11/2022"],
    ["The Probation Service (East of England)", "Sandra Obi", "Senior Probation Officer, YOS secondment", "28/11/2022"],
    ["NHS Mid and South Essex Integrated Care Board", "Gerard Fennell", "Designated Nurse for Children Looked After", "29/11/2022"],
    ["North East London NHS Foundation Trust", "Dr Hana Moradi", "Clinical Lead, Thurrock CAMHS", "29/11/2022"],
    ["Essex Partnership University NHS Foundation Trust", "Lauren Pike", "Liaison and Diversion Service Manager", "30/11/2022"],
]

A9_BLOCKS = [
    ("h1", "1. Purpose"),
    ("p", A9_PURPOSE),
    ("p", "The panel meets weekly and includes the Youth Offending Service, Essex Police, health and probation. It "
          "considers every eligible child who has been interviewed and has admitted an offence, except where the "
          "offence must be charged under the Director's Guidance on Charging."),
    ("h1", "2. Legal basis"),
    ("p", "The principal aim of the youth justice system, under section 37 of the Crime and Disorder Act 1998, is to "
          "prevent offending by children and young persons. Section 39 of that Act requires the local authority to "
          "establish a youth offending team with police, probation and health, and section 115 permits the "
          "disclosure of information for the purposes of the Act."),
    ("p", "Youth cautions and youth conditional cautions were introduced by the Legal Aid, Sentencing and "
          "Punishment of Offenders Act 2012. Community resolutions and Outcome 22 are non-statutory "
          "outcomes recorded under the Home Office Counting Rules. Interviews are conducted under the Police and "
          "Criminal Evidence Act 1984 and its Codes of Practice."),
    ("p", "The welfare duties of the Council and its partners under the Children Acts 1989 and 2004 apply to every "
          "child considered by the panel. Disclosure of youth cautions is governed by the Rehabilitation of Offenders "
          "1974 and the filtering rules."),
    ("p", "Essex Police processes panel information under Part 3 of the Data Protection Act 2018. The Council and "
          "health partners process under UK GDPR Article 6(1)(e), with Article 9(2)(g) and Article 10 and the "
          "conditions in Schedule 1 to the 2018 Act. Sharing must respect Article 8 of the Human Rights Act 1998, "
          "and, because the subjects are children, the panel applies the Youth Justice Board's Child First "
          "principles (guidance)."),
    ("h1", "3. Commencement and duration"),
    ("p", "This agreement is in force from 1 December 2022 and remains in force until it is replaced. The review "
          "date is given on the front sheet. Any partner may withdraw on one month's written notice to the YOS Head "
          "of Service, and remains bound by the agreement in respect of information already shared."),
    ("h1", "4. Information to be shared"),
    ("tbl", [
        ["Partner", "Information"],
        ["Essex Police", "Offence details, MG forms, previous offending, intelligence relevant to risk, victim views"],
        ["Youth Offending Service", "Case history, AssetPlus screening, social care status, education status"],
        ["Health (ICB, NELFT, EPUT)", "Speech, language and communication needs; emotional and mental health; "
                                      "neurodiversity; substance misuse (with consent or where needed to assess risk)"],
        ["Probation (seconded officer)", "Family members under probation supervision, where relevant to risk"],
    ], [5.0, 11.0]),
    ("p", "The panel does not share the information with the Youth Justice Board for England and Wales, which "
          "receives only the statutory case-level returns made through the YOS case management system."),
    ("h1", "5. Rights of children and families"),
    ("p", "Children and parents are told at the YOS assessment how their information will be used. Subject access "
          "requests are dealt with by the partner holding the information; the Council's Information Governance "
          "Team will co-ordinate any request that involves panel minutes. Exemptions for the prevention and "
          "detection of crime will be applied only where necessary."),
    ("h1", "6. How information is exchanged"),
    ("bul", ["Essex Police sends the weekly case list and case files to the YOS by secure email by noon each Monday.",
             "Partners research their records and bring information to the Thursday panel (in person at the YOS "
             "office or on Microsoft Teams).",
             "The decision and rationale are recorded on the panel decision form, which is sent to Essex Police by "
             "secure email the same day."]),
    ("h1", "7. Security"),
    ("p", "Panel papers are marked OFFICIAL-SENSITIVE. They are held in the YOS case management system and the "
          "secure panel folder, with access limited to panel members. Case lists are not printed. Partners attending "
          "online must be in a private room."),
    ("h1", "8. Accuracy"),
    ("p", "Each partner is responsible for the accuracy of the information it brings to the panel and must say "
          "where information is unverified. Errors are corrected on the decision form and notified to all partners."),
    ("h1", "9. Retention"),
    ("p", "The YOS keeps panel records until the child's 25th birthday or for six years after the last "
          "intervention, whichever is later. Essex Police records the outcome on its systems under MoPI."),
    ("h1", "10. Information security incidents"),
    ("p", "Partners report any incident involving panel information to the YOS Head of Service and to their own "
          "data protection officer within 24 hours. The controller concerned assesses whether the ICO must be told."),
    ("h1", "11. Complaints"),
    ("p", "Complaints are handled under the complaints procedure of the partner concerned. Complaints about the "
          "YOS are handled under the Council's statutory children's complaints procedure."),
    ("h1", "12. Signatures"),
    ("sig", A9_SIGS),
]


# ======================================================================================
# Agreement 10 - Cambridgeshire and Peterborough DHR protocol (Word route; PDF + DOC; no lead, no review)
# ======================================================================================

A10_GENERIC = "Information Sharing Protocol"
A10_TITLE = "Domestic Homicide Reviews in Cambridgeshire and Peterborough"
A10_PURPOSE = ("This protocol provides the basis on which agencies will share information with a Domestic Homicide "
               "Review panel and its independent chair, so that the circumstances of a death can be understood, "
               "lessons can be identified about the way agencies worked individually and together, and those "
               "lessons can be acted on to prevent future domestic homicides.")


def a10_cover(doc, style):
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _para_text(p, A10_GENERIC.upper(), bold=True, size=14, color="7F7F7F")
    p = doc.add_paragraph()
    _para_text(p, A10_TITLE, bold=True, size=24, color="0B5394")
    for _ in range(2):
        doc.add_paragraph()
    p = doc.add_paragraph()
    _para_text(p, "Cambridgeshire and Peterborough Community Safety Partnerships", size=12)
    p = doc.add_paragraph()
    _para_text(p, "Version 1.1  -  March 2021", size=11)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


A10_SIGS = [
    ["Cambridgeshire Constabulary", "Det Supt Owen Radley", "Head of Public Protection", "15/03/2021"],
    ["Cambridgeshire County Council", "Charlotte Blakeney", "Service Director, Adults and Safeguarding", "16/03/2021"],
    ["Peterborough City Council", "Robert Hale", "Assistant Director, Community Safety", "16/03/2021"],
    ["Cambridge City Council", "Lynn Thomas", "Community Safety Manager", "17/03/2021"],
    ["South Cambridgeshire District Council", "Kirstin Donaldson", "Communities Manager", "18/03/2021"],
    ["Huntingdonshire District Council", "Claudia Deeth", "Community Safety Partnership Manager", "18/03/2021"],
    ["Fenland District Council", "Alan Boughen", "Head of Communities", "19/03/2021"],
    ["East Cambridgeshire District Council", "Jane Webb", "Communities and Partnerships Manager", "19/03/2021"],
    ["Cambridgeshire and Peterborough NHS Foundation Trust", "Dr Stella Oakes", "Caldicott Guardian", "22/03/2021"],
    ["Cambridge University Hospitals NHS Foundation Trust", "Iain Walford", "Director of Corporate Affairs", "22/03/2021"],
    ["NHS Cambridgeshire and Peterborough Clinical Commissioning Group", "Carole Andrews", "Chief Nurse", "23/03/2021"],
    ["Cambridgeshire Fire and Rescue Service", "Stuart Ashby", "Assistant Chief Fire Officer", "24/03/2021"],
    ["Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire Community Rehabilitation Company",
     "Mary Flynn", "Head of Stakeholder Engagement", "25/03/2021"],
]

A10_BLOCKS = [
    ("h1", "1. Introduction"),
    ("p", "Section 9 of the Domestic Violence, Crime and Victim Act 2004 requires a Domestic Homicide Review (DHR) "
          "to be held where the death of a person aged 16 or over has, or appears to have, resulted from violence, "
          "abuse or neglect by a person to whom they were related, with whom they were or had been in an intimate "
          "personal relationship, or who was a member of the same household. The duty has been in force since "
          "April 2011 and applies equally where the death was by suicide."),
    ("p", "In Cambridgeshire and Peterborough the decision to hold a review is taken by the chair of the relevant "
          "Community Safety Partnership, following a referral to the Domestic Abuse and Sexual Violence Partnership "
          "Board. The review is carried out by a panel with an independent chair and author."),
    ("h1", "2. Purpose"),
    ("p", A10_PURPOSE),
    ("p", "A DHR is not an inquiry into how the victim died or into who is culpable; that is a matter for coroners "
          "and criminal courts. The review's final report is published in anonymised form after the Home Office "
          "Quality Assurance Panel has approved it."),
    ("h1", "3. Parties"),
    ("p", "This protocol is agreed between the organisations listed in section 12. Any agency that had contact with "
          "the victim or the perpetrator may be asked to contribute to a review, and agencies that are not parties "
          "will be asked to agree in writing to the terms of this protocol before information is shared with them."),
    ("h1", "4. Information to be shared"),
    ("bul", ["Chronologies of agency contact with the victim, the perpetrator and other family members;",
             "Individual Management Reviews (IMRs) analysing each agency's involvement;",
             "relevant records, including health, social care, housing, police and probation records;",
             "information from family members, friends, colleagues and neighbours who agree to take part;",
             "drafts of the overview report and executive summary, which remain confidential until publication."]),
    ("h1", "5. Legal basis"),
    ("p", "The statutory duty under the 2004 Act, together with the Multi-agency Statutory Guidance for the Conduct "
          "of Domestic Homicide Reviews (Home Office, 2016), provides the basis for agencies to take part. Section "
          "115 of the Crime and Disorder Act 1998 allows information to be disclosed to the Community Safety "
          "Partnership's responsible authorities."),
    ("p", "The information concerns the deceased as well as living people. Information about the deceased is not "
          "personal data, but it may still be confidential, and the common law duty of confidence survives death. "
          "For living individuals, the Data Protection Act 2018 applies, and agencies will share under the public "
          "task basis and the substantial public interest conditions in Schedule 1. Agencies must act compatibly "
          "with the Human Rights Act 1998."),
    ("p", "Where criminal proceedings are continuing, the disclosure rules of the Criminal Procedure and "
          "Investigations Act 1996 must be followed and the review panel will seek the views of the Senior "
          "Investigating Officer and the Crown Prosecution Service before information is circulated."),
    ("h1", "6. Confidentiality and security"),
    ("bul", ["All DHR documents are marked OFFICIAL-SENSITIVE and carry the name of the review.",
             "Documents are stored only on secure agency systems, with access limited to panel members and the staff "
             "who prepare IMRs.",
             "Panel members sign a confidentiality undertaking at the first panel meeting.",
             "The names of the victim, perpetrator and family members are replaced with pseudonyms agreed with the "
             "family in all drafts."]),
    ("h1", "7. Retention and destruction"),
    ("p", "The CSP that commissioned the review keeps the full review file for ten years after publication. Panel "
          "members destroy their working copies securely once the report has been published, and confirm to the "
          "DHR co-ordinator that they have done so. IMR authors' agencies keep IMRs under their own schedules."),
    ("h1", "8. Disclosure requests and rights of individuals"),
    ("p", "Requests from family members, the media or others for draft reports or IMRs, including requests under the "
          "Freedom of Information Act 2000, will be referred to the commissioning CSP. Draft material is likely to be "
          "exempt until publication. Subject access requests by living individuals will be dealt with by the agency "
          "holding the information after consulting the review chair."),
    ("h1", "9. Complaints"),
    ("p", "Complaints about the conduct of a review are made to the chair of the commissioning CSP. Complaints about "
          "an agency's handling of information are dealt with under that agency's complaints procedure."),
    ("h1", "10. Breaches"),
    ("p", "Any unauthorised disclosure of DHR material must be reported immediately to the review chair and the DHR "
          "co-ordinator, and to the agency's data protection officer, who will consider whether the incident must be "
          "reported to the Information Commissioner's Office."),
    ("h1", "11. Commencement and withdrawal"),
    ("p", "This protocol applies from 1 April 2021 to all reviews commissioned on or after that date, and to reviews "
          "already under way where the panel agrees. An agency that withdraws from the protocol must continue to "
          "observe it for any review to which it has already contributed."),
    ("h1", "12. Signatories"),
    ("sig", A10_SIGS),
    ("pb",),
    ("h1", "Appendix A: Legislation and guidance referred to"),
    ("bul", ["Domestic Violence, Crime and Victims Act 2004, section 9",
             "Crime and Disorder Act 1998, section 115",
             "Data Protection Act 2018",
             "Human Rights Act 1998",
             "Freedom of Information Act 2000",
             "Criminal Procedure and Investigations Act 1996",
             "Data Protection Act 1998 (referred to in earlier versions of this protocol)",
             "Home Office Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (2016)",
             "Common law duty of confidence"]),
]


# ======================================================================================
# Truth
# ======================================================================================

KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security", "format_frequency",
        "retention", "accuracy", "complaints", "breach", "agreement"]


def P(name, org=None):
    return {"name": name, "org": org}


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


UKGDPR = "UK General Data Protection Regulation"


def truth(title, purpose, lead, partners, statutes, review_date, review_basis, commencement, missing):
    for m in missing:
        assert m in KEYS, m
    return {
        "title": title,
        "purpose": purpose,
        "lead": lead,
        "partners": partners,
        "statutes": statutes,
        "review_date": review_date,
        "review_basis": review_basis,
        "commencement_date": commencement,
        "sections_present": [k for k in KEYS if k not in missing],
        "missing_sections": [k for k in KEYS if k in missing],
    }


T1 = truth(
    A1_TITLE, A1_PURPOSE, P("Essex Police", "Essex Police"),
    [P("Police, Fire and Crime Commissioner for Essex"),
     P("The Probation Service (East of England Region)"),
     P("HMP Chelmsford", "HMP Chelmsford"),
     P("Essex County Council", "Essex County Council"),
     P("Southend-on-Sea City Council", "Southend Borough Council"),
     P("Thurrock Council", "Thurrock Council"),
     P("Chelmsford City Council", "Chelmsford City Council"),
     P("Basildon Borough Council", "Basildon Borough Council"),
     P("Essex Partnership University NHS Foundation Trust"),
     P("Change Grow Live")],
    [S("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
     S("UK General Data Protection Regulation (UK GDPR), Article 6(1)(e)", UKGDPR, None, "Article 6(1)(e)"),
     S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
     S("section 325 of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
     S("section 14 of the Offender Management Act 2007", "Offender Management Act", 2007, "section 14"),
     S("Police Reform and Social Responsibility Act 2011", "Police Reform and Social Responsibility Act", 2011),
     S("Part 2 of the Police, Crime, Sentencing and Courts Act 2022", "Police, Crime, Sentencing and Courts Act", 2022, "Part 2"),
     S("Rehabilitation of Offenders Act 1974", "Rehabilitation of Offenders Act", 1974),
     S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8"),
     S("Freedom of Information Act 2000", "Freedom of Information Act", 2000)],
    "2025-03-31", "explicit", "2024-04-01", [])

T2 = truth(
    A2_TITLE, A2_PURPOSE, P("Colchester Borough Council", "Colchester Borough Council"),
    [P("Tendring District Council", "Tendring District Council"),
     P("Essex Police", "Essex Police"),
     P("Essex County Council", "Essex County Council"),
     P("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service"),
     P("Essex Community Rehabilitation Company", "Essex Community Rehabilitation Company"),
     P("National Probation Service (Essex)", "National Probation Service (Essex)"),
     P("North East Essex Clinical Commissioning Group", "North East Essex Clinical Commissioning Group"),
     P("Colchester Borough Homes", "Colchester Borough Homes"),
     P("Office of the Police and Crime Commissioner for Essex")],
    [S("Section 17 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 17"),
     S("Data Protection Act 1998", "Data Protection Act", 1998),
     S("Police and Justice Act 2006", "Police and Justice Act", 2006),
     S("Crime and Disorder (Prescribed Information) Regulations 2007", "Crime and Disorder (Prescribed Information) Regulations", 2007),
     S("Police Reform Act 2002", "Police Reform Act", 2002),
     S("Anti-social Behaviour, Crime and Policing Act 2014", "Anti-social Behaviour, Crime and Policing Act", 2014),
     S("Section 2 of the Local Government Act 2000", "Local Government Act", 2000, "section 2"),
     S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8")],
    "2019-09-30", "explicit", "2017-10-01", ["individual_rights", "complaints"])

T3 = truth(
    A3_TITLE, A3_PURPOSE, P("Suffolk Constabulary"),
    [P("Suffolk County Council"),
     P("Ipswich Borough Council"),
     P("East Suffolk Council"),
     P("West Suffolk Council"),
     P("Babergh District Council"),
     P("Mid Suffolk District Council"),
     P("Norfolk and Suffolk NHS Foundation Trust"),
     P("East Suffolk and North Essex NHS Foundation Trust"),
     P("West Suffolk NHS Foundation Trust"),
     P("NHS Suffolk and North East Essex Integrated Care Board"),
     P("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
     P("The Probation Service (East of England)"),
     P("Suffolk Fire and Rescue Service"),
     P("Lighthouse Women's Aid"),
     P("Orwell Housing Association")],
    [S("UK GDPR Article 6(1)(e)", UKGDPR, None, "Article 6(1)(e)"),
     S("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
     S("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
     S("Domestic Abuse Act 2021", "Domestic Abuse Act", 2021),
     S("Section 47 of the Children Act 1989", "Children Act", 1989, "section 47"),
     S("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
     S("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
     S("Protection from Harasment Act 1997", "Protection from Harassment Act", 1997),
     S("Domestic Violence, Crime and Victims Act 2004", "Domestic Violence, Crime and Victims Act", 2004),
     S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8"),
     S("Freedom of Information Act 2000", "Freedom of Information Act", 2000)],
    "2024-10-01", "relative", "2023-10-01", ["complaints"])

T4 = truth(
    A4_TITLE, A4_PURPOSE, P("Basildon Borough Council", "Basildon Borough Council"),
    [P("Essex Police", "Essex Police"),
     P("Essex County Council", "Essex County Council"),
     P("NHS Mid and South Essex Integrated Care Board"),
     P("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service"),
     P("Essex Partnership University NHS Foundation Trust"),
     P("Sanctuary Housing", "Sanctuary Housing"),
     P("Estuary Housing Association", "Estuary Housing"),
     P("Victim Support")],
    [S("Anti-social Behaviour, Crime and Policing Act 2014", "Anti-social Behaviour, Crime and Policing Act", 2014),
     S("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
     S("UK GDPR", UKGDPR, None, "Article 6(1)(e)"),
     S("Schedule 1, Part 2 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
     S("Housing Act 1996", "Housing Act", 1996, "Part V"),
     S("Environmental Protection Act 1990", "Environmental Protection Act", 1990),
     S("Equalities Act 2010", "Equality Act", 2010),
     S("Human Rights Act 1998", "Human Rights Act", 1998)],
    "2025-03-31", "explicit", "2024-02-01", ["accuracy", "breach"])

T5 = truth(
    A5_TITLE, A5_PURPOSE, P("Hertfordshire County Council"),
    [P("Hertfordshire Constabulary"),
     P("Home Office"),
     P("Hertfordshire Partnership University NHS Foundation Trust", "Hertfordshire Partnership University NHS Foundation Trust"),
     P("Hertfordshire Community NHS Trust"),
     P("NHS Hertfordshire and West Essex Integrated Care Board"),
     P("The Probation Service (East of England)"),
     P("Hertfordshire Fire and Rescue Service"),
     P("Watford Borough Council"),
     P("Stevenage Borough Council"),
     P("Dacorum Borough Council")],
    [S("Section 36 of the Counter-Terrorism and Security Act 2015", "Counter-Terrorism and Security Act", 2015, "section 36"),
     S("UK GDPR", UKGDPR, None, "Article 6(1)(c)"),
     S("Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
     S("Terrorism Act 2000", "Terrorism Act", 2000),
     S("Children Act 1989", "Children Act", 1989),
     S("Care Act 2014", "Care Act", 2014),
     S("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
     S("Article 8 of the Human Right Act 1998", "Human Rights Act", 1998, "Article 8")],
    None, "none", "2023-10-12", ["retention", "complaints"])

T6 = truth(
    A6_TITLE, A6_PURPOSE, None,
    [P("Kent Police"),
     P("The Probation Service (Kent, Surrey and Sussex Region)"),
     P("HM Prison and Probation Service"),
     P("Kent County Council"),
     P("Medway Council"),
     P("Maidstone Borough Council"),
     P("Swale Borough Council"),
     P("Canterbury City Council"),
     P("Kent and Medway Mental Health NHS Trust"),
     P("NHS Kent and Medway Integrated Care Board"),
     P("Kent Fire and Rescue Service"),
     P("Department for Work and Pensions"),
     P("Moat Homes", "Moat Housing")],
    [S("sections 67 and 68 of the Criminal Justice and Court Services Act 2000", "Criminal Justice and Court Services Act", 2000, "section 67"),
     S("Sex Offenders Act 1997", "Sex Offenders Act", 1997),
     S("sections 325 to 327B of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
     S("Data Protection Act 1998", "Data Protection Act", 1998),
     S("Part 2 of the Sexual Offences Act 2003", "Sexual Offences Act", 2003, "Part 2"),
     S("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
     S("UK GDPR", UKGDPR, None, "Article 6(1)(c)"),
     S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8"),
     S("Rehabilitation of Offenders Act 1974", "Rehabilitation of Offenders Act", 1974),
     S("Part V of the Police Act 1997", "Police Act", 1997, "Part V"),
     S("Section 14 of the Offender Management Act 2007", "Offender Management Act", 2007, "section 14")],
    "2024-06-30", "explicit", "2023-07-01", [])

T7 = truth(
    A7_TITLE, A7_PURPOSE, P("Safer Places", "Safer Places"),
    [P("Essex County Council", "Essex County Council"),
     P("Southend-on-Sea City Council", "Southend Borough Council"),
     P("Thurrock Council", "Thurrock Council"),
     P("Colchester City Council", "Colchester Borough Council"),
     P("Chelmsford City Council", "Chelmsford City Council"),
     P("Essex Police", "Essex Police"),
     P("Changing Pathways", "Changing Pathways"),
     P("Next Chapter"),
     P("Hertfordshire County Council"),
     P("East Hertfordshire District Council")],
    [S("Part 4 of the Domestic Abuse Act 2021", "Domestic Abuse Act", 2021, "Part 4"),
     S("Part 7 of the Housing Act 1996", "Housing Act", 1996, "Part 7"),
     S("Homelessness Reduction Act 2017", "Homelessness Reduction Act", 2017),
     S("UK GDPR", UKGDPR, None, "Article 6(1)(a)"),
     S("Schedule 1, paragraph 18 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
     S("section 17 and section 47 of the Children Act 1989", "Children Act", 1989, "section 17"),
     S("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
     S("Part IV of the Famly Law Act 1996", "Family Law Act", 1996, "Part IV"),
     S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115")],
    "2025-02-14", "relative", "2024-02-14", ["accuracy"])

T8 = truth(
    A8_TITLE, A8_PURPOSE, P("Norfolk Fire and Rescue Service"),
    [P("Norfolk Constabulary"),
     P("Norfolk County Council"),
     P("Norwich City Council"),
     P("Great Yarmouth Borough Council"),
     P("Borough Council of King's Lynn and West Norfolk"),
     P("Broadland District Council"),
     P("Norfolk and Suffolk NHS Foundation Trust"),
     P("Norfolk and Norwich University Hospitals NHS Foundation Trust"),
     P("NHS Norfolk and Waveney Integrated Care Board"),
     P("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
     P("Flagship Housing")],
    [S("Section 6 of the Fire and Rescue Services Act 2004", "Fire and Rescue Services Act", 2004, "section 6"),
     S("Sections 17 and 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 17"),
     S("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act", 2015),
     S("Care Act 2014", "Care Act", 2014),
     S("section 1 of the Localism Act 2011", "Localism Act", 2011, "section 1"),
     S("UK GDPR", UKGDPR, None, "Article 6(1)(e)"),
     S("Schedule 1 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
     S("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
     S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8")],
    "2026-04-01", "explicit", "2023-04-01", ["individual_rights", "complaints"])

T9 = truth(
    A9_TITLE, A9_PURPOSE, P("Thurrock Council", "Thurrock Council"),
    [P("Essex Police", "Essex Police"),
     P("The Probation Service (East of England)"),
     P("NHS Mid and South Essex Integrated Care Board"),
     P("North East London NHS Foundation Trust", "North East London NHS Foundation Trust"),
     P("Essex Partnership University NHS Foundation Trust")],
    [S("section 37 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 37"),
     S("Legal Aid, Sentencing and Punishment of Offenders Act 2012", "Legal Aid, Sentencing and Punishment of Offenders Act", 2012),
     S("Police and Criminal Evidence Act 1984", "Police and Criminal Evidence Act", 1984),
     S("Children Acts 1989 and 2004", "Children Act", 1989),
     S("Children Acts 1989 and 2004", "Children Act", 2004),
     S("Rehabilitation of Offenders 1974", "Rehabilitation of Offenders Act", 1974),
     S("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3"),
     S("UK GDPR Article 6(1)(e)", UKGDPR, None, "Article 6(1)(e)"),
     S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8")],
    "2024-11-30", "explicit", "2022-12-01", [])

T10 = truth(
    A10_TITLE, A10_PURPOSE, None,
    [P("Cambridgeshire Constabulary"),
     P("Cambridgeshire County Council"),
     P("Peterborough City Council"),
     P("Cambridge City Council"),
     P("South Cambridgeshire District Council"),
     P("Huntingdonshire District Council"),
     P("Fenland District Council"),
     P("East Cambridgeshire District Council"),
     P("Cambridgeshire and Peterborough NHS Foundation Trust"),
     P("Cambridge University Hospitals NHS Foundation Trust"),
     P("NHS Cambridgeshire and Peterborough Clinical Commissioning Group"),
     P("Cambridgeshire Fire and Rescue Service"),
     P("Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire Community Rehabilitation Company")],
    [S("Section 9 of the Domestic Violence, Crime and Victim Act 2004", "Domestic Violence, Crime and Victims Act", 2004, "section 9"),
     S("Section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
     S("Data Protection Act 2018", "Data Protection Act", 2018),
     S("Human Rights Act 1998", "Human Rights Act", 1998),
     S("Criminal Procedure and Investigations Act 1996", "Criminal Procedure and Investigations Act", 1996),
     S("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
     S("Data Protection Act 1998", "Data Protection Act", 1998)],
    None, "none", "2021-04-01", ["format_frequency", "accuracy"])


# ======================================================================================
# The agreements and how each is written out
# ======================================================================================

AGREEMENTS = [
    dict(base="Essex_IOM_ISA_v3.0", formats=["docx", "pdf", "doc"], route="word",
         wstyle=WordStyle(font="Arial", size=10.5, heading_mode="styled", heading_color="1F3864",
                          header="OFFICIAL-SENSITIVE", footer="Essex Police  |  IOM ISA EP-ISA-0147 v3.0"),
         wcover=a1_cover, blocks=A1_BLOCKS, author="Essex Police Information Management Department", truth=T1),
    dict(base="CTCSP_Information_Sharing_Protocol_2017_v1.2", formats=["pdf", "doc"], route="word",
         wstyle=WordStyle(font="Arial", size=11, heading_mode="bold", h1_size=12, header="OFFICIAL",
                          footer="CTCSP Information Sharing Protocol  v1.2"),
         wcover=a2_cover, blocks=A2_BLOCKS, author="Colchester Borough Council", truth=T2),
    dict(base="Suffolk_MARAC_Operating_Protocol_ISA_v4.2", formats=["pdf", "docx"], route="rl",
         wstyle=WordStyle(font="Calibri", size=11, heading_mode="styled", heading_color="1B3A5C",
                          header="OFFICIAL", footer="Suffolk MARAC Operating Protocol v4.2"),
         wcover=a3_word_cover,
         rstyle=RLStyle(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#1B3A5C", band="#D6E0EB",
                        running_left="Suffolk MARAC  -  Operating Protocol v4.2", running_right="OFFICIAL",
                        footer="Suffolk Constabulary MARAC Co-ordination Unit", heading_band=True),
         rcover=a3_rl_cover, blocks=A3_BLOCKS, author="Suffolk Constabulary", truth=T3),
    dict(base="Basildon_CSP_ASB_Case_Review_ISA_v2.0", formats=["docx", "pdf", "doc"], route="word",
         wstyle=WordStyle(font="Calibri", size=11, heading_mode="styled", heading_color="00625F",
                          header=A4_TITLE, header_on_first=True, footer="Basildon CSP  |  Version 2.0  |  OFFICIAL"),
         wcover=a4_cover, blocks=A4_BLOCKS, author="Basildon Borough Council", truth=T4),
    dict(base="Herts_Channel_Panel_ToR_ISA_v5.0", formats=["pdf", "docx", "doc"], route="rl",
         wstyle=WordStyle(font="Arial", size=10.5, heading_mode="bold", h1_size=12,
                          header="Hertfordshire Channel Panel  -  ToR and ISA", header_right="OFFICIAL-SENSITIVE",
                          footer="Version 5.0  October 2023"),
         wcover=a5_word_cover,
         rstyle=RLStyle(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#5B2C6F", band="#E8DAEF",
                        running_left="Hertfordshire Channel Panel  |  Terms of Reference and ISA",
                        running_right="OFFICIAL-SENSITIVE", footer="Version 5.0  October 2023"),
         rcover=a5_rl_cover, blocks=A5_BLOCKS, author="Hertfordshire County Council", truth=T5),
    dict(base="Kent_Medway_MAPPA_MoU_2023", formats=["pdf", "docx"], route="word",
         wstyle=WordStyle(font="Georgia", size=10.5, heading_mode="styled", heading_color="203864",
                          header="OFFICIAL", footer="Kent and Medway MAPPA MoU  v2.0"),
         wcover=a6_cover, blocks=A6_BLOCKS, author="Kent and Medway MAPPA Co-ordination Unit", truth=T6),
    dict(base="SaferPlaces_Safe_Accommodation_ISA_2024", formats=["pdf", "docx"], route="rl",
         wstyle=WordStyle(font="Verdana", size=10, heading_mode="styled", heading_color="7B2D8E",
                          header="Safer Places", header_right="OFFICIAL-SENSITIVE when completed",
                          footer="Safe Accommodation Referral Pathway ISA v1.0"),
         wcover=a7_word_cover,
         rstyle=RLStyle(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#7B2D8E", band="#EBDEF0",
                        running_left="Safer Places  |  Information Sharing Agreement",
                        running_right="OFFICIAL-SENSITIVE when completed", footer="Version 1.0  January 2024",
                        layout="twocol"),
         rcover=a7_rl_cover, blocks=A7_BLOCKS, author="Safer Places", truth=T7),
    dict(base="NFRS_Vulnerable_Persons_Arson_Reduction_ISP_v2.1", formats=["docx", "pdf", "doc"], route="word",
         wstyle=WordStyle(font="Arial", size=11, heading_mode="bold", h1_size=12.5, header="OFFICIAL",
                          footer="NFRS Prevention  |  Protocol v2.1"),
         wcover=a8_cover, blocks=A8_BLOCKS, author="Norfolk Fire and Rescue Service", truth=T8),
    dict(base="Thurrock_YOS_OOCD_Panel_ISA_v1.3", formats=["pdf", "docx"], route="rl",
         wstyle=WordStyle(font="Arial", size=10.5, heading_mode="styled", heading_color="006E51",
                          header="OFFICIAL-SENSITIVE", footer="Thurrock YOS  |  OOCD Panel ISA v1.3"),
         wcover=a9_word_cover,
         rstyle=RLStyle(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#006E51", band="#D9EAD3",
                        running_left="Thurrock Council  -  Youth Offending Service", running_right="OFFICIAL-SENSITIVE",
                        footer="OOCD Panel ISA v1.3", heading_band=False),
         rcover=a9_rl_cover, blocks=A9_BLOCKS, author="Thurrock Council", truth=T9),
    dict(base="CandP_DHR_Information_Sharing_Protocol_v1.1", formats=["pdf", "doc"], route="word",
         wstyle=WordStyle(font="Calibri", size=11, heading_mode="bold", h1_size=12.5,
                          header=A10_TITLE, header_right="OFFICIAL - SENSITIVE",
                          footer="C&P DHR Information Sharing Protocol v1.1"),
         wcover=a10_cover, blocks=A10_BLOCKS, author="Cambridgeshire County Council", truth=T10),
]


def write_docx(a, path):
    doc = new_word(a["wstyle"], a["author"])
    a["wcover"](doc, a["wstyle"])
    render_word_blocks(doc, a["blocks"], a["wstyle"])
    doc.save(path)
    normalise_zip(path)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    build = tempfile.mkdtemp(prefix="cs_build_")
    try:
        to_pdf, to_doc = [], []
        for a in AGREEMENTS:
            need_docx = "docx" in a["formats"] or "doc" in a["formats"] or a["route"] == "word"
            if need_docx:
                src = os.path.join(build, a["base"] + ".docx")
                write_docx(a, src)
                if a["route"] == "word" and "pdf" in a["formats"]:
                    to_pdf.append(src)
                if "doc" in a["formats"]:
                    to_doc.append(src)
            if a["route"] == "rl":
                build_rl_pdf(os.path.join(build, a["base"] + ".pdf"), a["rstyle"], a["rcover"], a["blocks"],
                             title_meta="", author=a["author"])
        soffice_convert(to_pdf, "pdf", build)
        soffice_convert(to_doc, "doc", build)
        for a in AGREEMENTS:
            if a["route"] == "word" and "pdf" in a["formats"]:
                normalise_lo_pdf(os.path.join(build, a["base"] + ".pdf"))
        records = []
        for a in AGREEMENTS:
            for fmt in a["formats"]:
                name = a["base"] + "." + fmt
                src = os.path.join(build, name)
                if not os.path.exists(src):
                    raise SystemExit("missing output " + name)
                shutil.copyfile(src, os.path.join(OUT, name))
                rec = {"file": name, "format": fmt}
                rec.update(copy.deepcopy(a["truth"]))
                records.append(rec)
        with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(records, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote %d files for %d agreements" % (len(records), len(AGREEMENTS)))
    finally:
        shutil.rmtree(build, ignore_errors=True)


if __name__ == "__main__":
    main()
