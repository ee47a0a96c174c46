#!/usr/bin/env python
"""Blind test corpus: the unitary-authority / education-sector hand.

Writes files/ and truth.json beside this script.  Deterministic: the content is
fixed; DOCX archives are rewritten with fixed timestamps, reportlab PDFs are
drawn with invariant=1.  PDFs and DOCs converted by LibreOffice carry the
converter's own creation stamps (their text does not change between runs).

Run:  .venv/bin/python data/families/unitary_education/make.py
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
TMP = "/tmp/lo_unitary_education"
BUILD = os.path.join(TMP, "build")
LO_PROFILE = "file:///tmp/lo_unitary_education"

# ---------------------------------------------------------------- blocks
# ('h', level, text) | ('p', text[, opts]) | ('bul', [items]) | ('tbl', rows, opts)
# ('pb',) | ('sp', points) | ('title', [lines], opts) | ('box', [lines], opts)


def H(level, text):
    return ("h", level, text)


def P(text, **opts):
    return ("p", text, opts)


def BUL(*items):
    return ("bul", list(items))


def TBL(rows, **opts):
    return ("tbl", rows, opts)


def PB():
    return ("pb",)


def SP(pt=12):
    return ("sp", pt)


def TITLE(lines, **opts):
    return ("title", list(lines), opts)


def BOX(lines, **opts):
    """Title text box (VML text box in Word; a bordered frame in reportlab)."""
    return ("box", list(lines), opts)


def flat_text(doc):
    """All the words of a document (blocks plus header/footer), for self-checks."""
    parts = [doc.get("header", ""), doc.get("footer", "")]
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            parts.append(b[2])
        elif k == "p":
            parts.append(b[1])
        elif k == "bul":
            parts.extend(b[1])
        elif k == "tbl":
            for r in b[1]:
                parts.extend(str(c) for c in r)
        elif k in ("title", "box"):
            parts.append(" ".join(b[1]))
    return "\n".join(parts)


# ---------------------------------------------------------------- DOCX
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:val="clear" w:color="auto" w:fill="%s"/>' % hexcolor)
    tcPr.append(shd)


def _add_field(run, instr):
    fld1 = parse_xml('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="begin"/>')
    it = parse_xml('<w:instrText xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xml:space="preserve"> %s </w:instrText>' % instr)
    fld2 = parse_xml('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="separate"/>')
    t = parse_xml('<w:t xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">1</w:t>')
    fld3 = parse_xml('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="end"/>')
    for el in (fld1, it, fld2, t, fld3):
        run._r.append(el)


def _textbox_xml(lines, opts):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = []
    for i, ln in enumerate(lines):
        size = opts.get("sizes", [])[i] if i < len(opts.get("sizes", [])) else 28
        bold = "<w:b/>" if (i in opts.get("bold_lines", [0, 1])) else ""
        paras.append(
            '<w:p><w:pPr><w:jc w:val="left"/><w:spacing w:after="120"/></w:pPr>'
            '<w:r><w:rPr>%s<w:color w:val="%s"/><w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (bold, opts.get("color", "1F3864"), size, escape(ln)))
    height = opts.get("height_pt", 150)
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="TitleBox" o:spid="_x0000_s1025" type="#_x0000_t202" '
        'style="width:440pt;height:%dpt" stroked="t" filled="t" strokecolor="#%s" strokeweight="1.5pt" fillcolor="#%s">'
        '<v:textbox inset="10pt,10pt,10pt,10pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (W, height, opts.get("border", "1F3864"), opts.get("fill", "FFFFFF"), "".join(paras)))
    return parse_xml(xml)


def _zip_normalise(path):
    """Rewrite a DOCX with fixed timestamps and order, so reruns are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_docx(doc, path):
    st = doc.get("style", {})
    d = Document()
    cp = d.core_properties
    cp.author = st.get("author", "Information Governance")
    cp.title = ""
    cp.last_modified_by = st.get("author", "Information Governance")
    import datetime
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1

    font = st.get("font", "Arial")
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(st.get("size", 11))
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    normal.paragraph_format.space_after = Pt(6)
    hcol = RGBColor.from_string(st.get("hcolor", "1F3864"))
    for lvl, sz in ((1, 15), (2, 12.5), (3, 11.5)):
        hs = d.styles["Heading %d" % lvl]
        hs.font.name = font
        hs.font.size = Pt(sz)
        hs.font.color.rgb = hcol
        hs.font.bold = True
        hs.font.italic = False
        hr = hs.element.get_or_add_rPr()
        rf = hr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
            hr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    m = st.get("margin_cm", 2.3)
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.2)
    if st.get("cover_no_header"):
        sec.different_first_page_header_footer = True
    if doc.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(doc["header"])
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if st.get("header_right") else WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.get("footer"):
        r = fp.add_run(doc["footer"] + "    Page ")
    else:
        r = fp.add_run("Page ")
    r.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    _add_field(r2, "PAGE")

    first_heading_done = False
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            _, lvl, text = b
            p = d.add_heading(text, level=lvl)
            p.paragraph_format.space_before = Pt(14 if lvl == 1 else 10)
            p.paragraph_format.keep_with_next = True
        elif k == "p":
            _, text, o = b
            p = d.add_paragraph()
            r = p.add_run(text)
            if o.get("bold"):
                r.bold = True
            if o.get("italic"):
                r.italic = True
            if o.get("size"):
                r.font.size = Pt(o["size"])
            if o.get("color"):
                r.font.color.rgb = RGBColor.from_string(o["color"])
            if o.get("align") == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif o.get("align") == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "bul":
            for it in b[1]:
                p = d.add_paragraph(style="List Bullet")
                p.add_run(it)
        elif k == "tbl":
            _, rows, o = b
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = o.get("widths")
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci in range(ncol):
                    txt = str(row[ci]) if ci < len(row) else ""
                    cell = cells[ci]
                    cell.text = ""
                    para = cell.paragraphs[0]
                    run = para.add_run(txt)
                    run.font.size = Pt(o.get("size", 10))
                    hdr = (o.get("header", True) and ri == 0) or (o.get("keycol") and ci == 0)
                    if hdr:
                        run.bold = True
                        _shade(cell, o.get("shade", "D9E2F3"))
                    if widths:
                        cell.width = Cm(widths[ci])
            if widths:
                t.autofit = False
                for ci in range(ncol):
                    t.columns[ci].width = Cm(widths[ci])
            if o.get("merge_first_row") and ncol > 1:
                a = t.rows[0].cells[0]
                a.merge(t.rows[0].cells[ncol - 1])
                a.text = ""
                rr = a.paragraphs[0].add_run(str(rows[0][0]))
                rr.bold = True
                rr.font.size = Pt(o.get("size", 10) + 1)
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sp":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(b[1])
        elif k == "title":
            _, lines, o = b
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if o.get("align") == "center" else WD_ALIGN_PARAGRAPH.LEFT
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                r.bold = o.get("bold", True)
                r.font.size = Pt(o.get("size", 24))
                r.font.color.rgb = RGBColor.from_string(o.get("color", "1F3864"))
                if i < len(lines) - 1:
                    r.add_break()
            p.paragraph_format.space_after = Pt(12)
        elif k == "box":
            _, lines, o = b
            p = d.add_paragraph()
            p._p.append(_textbox_xml(lines, o))
            p.paragraph_format.space_after = Pt(12)
    d.save(path)
    _zip_normalise(path)


# ---------------------------------------------------------------- reportlab PDF
def render_pdf(doc, path):
    st = doc.get("style", {})
    layout = st.get("rl_layout", "single")          # single | twocol | boxed
    accent = colors.HexColor("#" + st.get("accent", "1F3864"))
    light = colors.HexColor("#" + st.get("light", "E8EEF7"))
    fontn, fontb = st.get("rl_font", ("Helvetica", "Helvetica-Bold"))
    base = ParagraphStyle("base", fontName=fontn, fontSize=st.get("rl_size", 9.6), leading=st.get("rl_size", 9.6) * 1.32,
                          spaceAfter=5)
    small = ParagraphStyle("small", parent=base, fontSize=8.3, leading=10.2, spaceAfter=0)
    smallb = ParagraphStyle("smallb", parent=small, fontName=fontb)
    h1 = ParagraphStyle("h1", parent=base, fontName=fontb, fontSize=12.5, leading=15, textColor=accent,
                        spaceBefore=10, spaceAfter=5)
    h2 = ParagraphStyle("h2", parent=base, fontName=fontb, fontSize=10.5, leading=13, textColor=accent,
                        spaceBefore=6, spaceAfter=3)
    bul = ParagraphStyle("bul", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2)

    W, Hh = A4
    lm = rm = 2.0 * cm
    tm, bm = 2.4 * cm, 2.0 * cm
    header = doc.get("header", "")
    footer = doc.get("footer", "")

    def deco(canv, d_):
        canv.saveState()
        pg = canv.getPageNumber()
        if header and not (st.get("cover_no_header") and pg == 1):
            canv.setFillColor(accent)
            if layout == "twocol":
                canv.rect(0, Hh - 1.3 * cm, W, 1.3 * cm, stroke=0, fill=1)
                canv.setFillColor(colors.white)
                canv.setFont(fontb, 8.5)
                canv.drawString(lm, Hh - 0.85 * cm, header)
            else:
                canv.setFont(fontn, 8)
                canv.drawString(lm, Hh - 1.4 * cm, header)
                canv.setStrokeColor(accent)
                canv.setLineWidth(0.8)
                canv.line(lm, Hh - 1.6 * cm, W - rm, Hh - 1.6 * cm)
        if layout == "boxed":
            canv.setFillColor(accent)
            canv.rect(0, 0, 0.6 * cm, Hh, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont(fontn, 7.5)
        canv.drawString(lm, 1.1 * cm, footer)
        canv.drawRightString(W - rm, 1.1 * cm, "Page %d" % pg)
        canv.restoreState()

    fw = W - lm - rm
    if layout == "twocol":
        gap = 0.7 * cm
        colw = (fw - gap) / 2
        top_h = st.get("twocol_top_cm", 8.0) * cm
        first = [Frame(lm, Hh - tm - top_h, fw, top_h, id="top", showBoundary=0),
                 Frame(lm, bm, colw, Hh - tm - bm - top_h, id="c1"),
                 Frame(lm + colw + gap, bm, colw, Hh - tm - bm - top_h, id="c2")]
        later = [Frame(lm, bm, colw, Hh - tm - bm, id="l1"),
                 Frame(lm + colw + gap, bm, colw, Hh - tm - bm, id="l2")]
        templates = [PageTemplate("first", first, onPage=deco), PageTemplate("later", later, onPage=deco)]
        textw = colw
    else:
        templates = [PageTemplate("first", [Frame(lm, bm, fw, Hh - tm - bm, id="f")], onPage=deco),
                     PageTemplate("later", [Frame(lm, bm, fw, Hh - tm - bm, id="f")], onPage=deco)]
        textw = fw
    dt = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                         pageTemplates=templates, invariant=1, title="", author="", creator="",
                         producer="", subject="")

    story = [NextPageTemplate("later")]
    in_top = layout == "twocol"
    for b in doc["blocks"]:
        k = b[0]
        if k == "colbreak":
            if in_top:
                story.append(FrameBreak())
                in_top = False
            continue
        w = fw if in_top else textw
        if k == "h":
            _, lvl, text = b
            stl = h1 if lvl == 1 else h2
            if layout == "boxed" and lvl == 1:
                t = Table([[Paragraph(escape(text), ParagraphStyle("hb", parent=h1, textColor=colors.white,
                                                                   spaceBefore=0, spaceAfter=0))]],
                          colWidths=[w])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), accent),
                                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                story += [Spacer(1, 8), t, Spacer(1, 5)]
            else:
                story.append(Paragraph(escape(text), stl))
        elif k == "p":
            _, text, o = b
            s = base
            if o.get("bold") or o.get("size") or o.get("align") or o.get("italic"):
                s = ParagraphStyle("px", parent=base, fontName=fontb if o.get("bold") else fontn,
                                   fontSize=o.get("size", base.fontSize),
                                   leading=o.get("size", base.fontSize) * 1.3,
                                   alignment=TA_CENTER if o.get("align") == "center" else TA_LEFT)
            txt = escape(text)
            if o.get("italic"):
                txt = "<i>%s</i>" % txt
            story.append(Paragraph(txt, s))
        elif k == "bul":
            for it in b[1]:
                story.append(Paragraph(escape(it), bul, bulletText="\u2022"))
        elif k == "tbl":
            _, rows, o = b
            ncol = max(len(r) for r in rows)
            widths = o.get("widths")
            if widths:
                tot = sum(widths)
                cw = [w * x / tot for x in widths]
            else:
                cw = [w / ncol] * ncol
            data = []
            for ri, r in enumerate(rows):
                row = []
                for ci in range(ncol):
                    txt = escape(str(r[ci])) if ci < len(r) else ""
                    hdr = (o.get("header", True) and ri == 0) or (o.get("keycol") and ci == 0)
                    row.append(Paragraph(txt, smallb if hdr else small))
                data.append(row)
            t = Table(data, colWidths=cw, repeatRows=1 if o.get("header", True) else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if o.get("header", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), light))
            if o.get("keycol"):
                sty.append(("BACKGROUND", (0, 0), (0, -1), light))
            if o.get("merge_first_row"):
                sty.append(("SPAN", (0, 0), (-1, 0)))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 8)]
        elif k == "pb":
            if layout == "twocol":
                continue
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "title":
            _, lines, o = b
            s = ParagraphStyle("t", parent=base, fontName=fontb, fontSize=o.get("size", 22),
                               leading=o.get("size", 22) * 1.25, textColor=colors.HexColor("#" + o.get("color", "1F3864")),
                               alignment=TA_CENTER if o.get("align") == "center" else TA_LEFT, spaceAfter=10)
            story.append(Paragraph("<br/>".join(escape(x) for x in lines), s))
        elif k == "box":
            _, lines, o = b
            sizes = o.get("sizes", [])
            paras = []
            for i, ln in enumerate(lines):
                sz = (sizes[i] if i < len(sizes) else 28) / 2.0
                paras.append(Paragraph(escape(ln), ParagraphStyle("bx%d" % i, parent=base, fontName=fontb if i in o.get("bold_lines", [0, 1]) else fontn,
                                                                   fontSize=sz, leading=sz * 1.25, textColor=accent)))
            t = Table([[paras]], colWidths=[w])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, accent),
                                   ("TOPPADDING", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
            story += [t, Spacer(1, 12)]
    dt.build(story)


# ---------------------------------------------------------------- LibreOffice
def _pdf_normalise(path):
    """Blank LibreOffice's creation stamps and document ID, keeping every byte offset.

    (Font subsets and compressed streams still vary between LibreOffice runs, so these
    PDFs are deterministic in text and layout, not byte for byte.)"""
    data = open(path, "rb").read()

    def same_len(m, fill):
        g = m.group(1)
        return m.group(0).replace(g, (fill * len(g))[:len(g)])
    data = re.sub(rb"/CreationDate\(D:([^)]*)\)", lambda m: m.group(0).replace(m.group(1), b"20240101000000" + m.group(1)[14:]), data)
    data = re.sub(rb"/ModDate\(D:([^)]*)\)", lambda m: m.group(0).replace(m.group(1), b"20240101000000" + m.group(1)[14:]), data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"/ID\s*\[\s*<0+>\s*<([0-9A-Fa-f]+)>", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"<xmp:CreateDate>([^<]*)</xmp:CreateDate>", lambda m: same_len(m, b"2024-01-01T00:00:00"), data)
    data = re.sub(rb"<xmp:ModifyDate>([^<]*)</xmp:ModifyDate>", lambda m: same_len(m, b"2024-01-01T00:00:00"), data)
    open(path, "wb").write(data)


def soffice(fmt, files, outdir):
    if not files:
        return
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", fmt,
           "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- truth helpers
def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def O(name, org=None):
    return {"name": name, "org": org}


ALL_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
            "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]

R_SOUTHEND = "Southend Borough Council"
R_THURROCK = "Thurrock Council"
R_ESSEX_POLICE = "Essex Police"
R_ECC = "Essex County Council"
R_NPS = "National Probation Service (Essex)"
R_NELFT = "North East London NHS Foundation Trust"
R_TCS = "The Children's Society"
R_SCCG = "Southend Clinical Commissioning Group"
R_TCCG = "Thurrock Clinical Commissioning Group"
R_SUHFT = "Southend University Hospital NHS Foundation Trust"

UKGDPR = "UK General Data Protection Regulation"
EUGDPR = "General Data Protection Regulation"

DOCS = []


def register(fn):
    DOCS.append(fn)
    return fn


# =====================================================================
# 1. Southend-on-Sea City Council: CME / EHE notifications
# =====================================================================
@register
def doc_southend_cme():
    title_lines = ["Children Missing Education and Elective", "Home Education Notifications"]
    purpose = ("This agreement allows Southend-on-Sea City Council's Children Missing Education team and "
               "its partners to share information about children of compulsory school age who are not on a "
               "school roll, who have been withdrawn from school to be educated at home, or whose whereabouts "
               "are unknown, so that each child can be located, offered a suitable education and, where "
               "necessary, safeguarded.")
    blocks = [
        P("Southend-on-Sea City Council", bold=True, size=14, color="6A1B4D"),
        P("Children's Services \u2013 Access and Inclusion (Education)", size=11),
        SP(70),
        P("DATA SHARING AGREEMENT", bold=True, size=13, color="6A1B4D"),
        TITLE(title_lines, size=20, color="6A1B4D"),
        SP(20),
        P("Version 2.1 \u2013 FINAL", size=11),
        P("Academic year 2023/24 onwards", size=11),
        SP(140),
        P("Protective marking: OFFICIAL \u2013 not protectively marked once signed", size=9, italic=True),
        P("Enquiries: Information Governance Team, Civic Centre, Victoria Avenue, Southend-on-Sea SS2 6ER", size=9),
        PB(),
        TBL([["Agreement summary", ""],
             ["Lead organisation", "Southend-on-Sea City Council"],
             ["Partner organisations", "Essex Police; Mid and South Essex NHS Foundation Trust; NHS Mid and South Essex "
                                       "Integrated Care Board; The Children's Society"],
             ["Whose information", "Children aged 5 to 16 living in Southend-on-Sea, and their parents or carers"],
             ["Type of sharing", "Systematic, routine sharing between joint controllers (see section 2)"],
             ["Commencement", "1 September 2023"],
             ["DPIA reference", "DPIA-EDU-2023-014 (approved by the Data Protection Officer, 18 July 2023)"],
             ["Published on", "Council Information Sharing Register"]],
            widths=[4.5, 11.5], keycol=True, merge_first_row=True),
        H(2, "Document control"),
        TBL([["Item", "Detail"],
             ["Document owner", "Group Manager, Access and Inclusion"],
             ["Author", "Priya Mistry, Information Governance Officer"],
             ["Approved by", "Daniel Okafor, Data Protection Officer"],
             ["Date approved", "21/08/2023"],
             ["Date of next review", "31/08/2025"],
             ["Storage location", "IG Register > Education > DSA-EDU-007"]],
            widths=[5, 11]),
        H(2, "Version history"),
        TBL([["Version", "Date", "Summary of changes", "By"],
             ["1.0", "04/09/2019", "First issue (Southend-on-Sea Borough Council)", "IG Team"],
             ["2.0", "12/06/2023", "Rewritten for UK GDPR; ICB replaces CCGs; EHE register added", "P. Mistry"],
             ["2.1", "21/08/2023", "Comments from Essex Police and the ICB; schedule of data items", "P. Mistry"]],
            widths=[2.0, 2.5, 9, 2.7]),
        H(2, "Contents"),
        TBL([["1", "What this agreement is for"], ["2", "Who the parties are"], ["3", "Information we will share"],
             ["4", "Our lawful basis"], ["5", "Children's and parents' rights"], ["6", "How and when we share"],
             ["7", "Keeping information safe"], ["8", "Getting the information right"],
             ["9", "How long we keep it"], ["10", "Concerns and complaints"], ["11", "When something goes wrong"],
             ["12", "Start, review and ending of the agreement"], ["Schedule 1", "Data items"],
             ["Schedule 2", "Contacts"], ["Schedule 3", "Signatures"]], header=False, widths=[2.5, 13.5]),
        PB(),
        H(1, "1. What this agreement is for"),
        P(purpose),
        P("Every local authority must make arrangements to identify children in its area who are not receiving a "
          "suitable education. In Southend-on-Sea most referrals come from schools removing a child from the "
          "admission register, but a significant number reach us from health visitors, school nurses, the police "
          "and voluntary sector workers who meet families in the community. This agreement puts those routes on a "
          "consistent footing for the school year 2023/24 and the years that follow."),
        P("The agreement does not replace the Southend, Essex and Thurrock (SET) Child Protection Procedures. Where "
          "a practitioner believes a child is at risk of significant harm, they must make a referral to Children's "
          "Social Care through the front door without waiting for the processes set out here."),
        H(1, "2. Who the parties are"),
        P("The parties to this agreement are listed below. Each party is a controller in its own right for the "
          "information it holds. For the shared Children Missing Education (CME) and Elective Home Education (EHE) "
          "registers kept on the Council's education management system, the Council and its partners act as joint "
          "controllers for the limited purpose of notification; the Council alone decides what is recorded and how "
          "long it is kept."),
        TBL([["Party", "Role in this agreement", "ICO registration"],
             ["Southend-on-Sea City Council", "Maintains the CME and EHE registers; receives and makes notifications",
              "Z6029331"],
             ["Essex Police", "Notifies the Council of children found during police contact who are not in school",
              "Z4883472"],
             ["Mid and South Essex NHS Foundation Trust", "Hospital and emergency department notifications",
              "Z2636441"],
             ["NHS Mid and South Essex Integrated Care Board", "Commissioner of the 0\u201319 healthy child programme; "
              "coordinates GP practice notifications", "ZB345873"],
             ["The Children's Society", "Voluntary sector partner delivering the Southend young carers and "
              "missing-from-home services", "Z9480097"]],
            widths=[5, 8, 3]),
        H(1, "3. Information we will share"),
        P("Only the minimum information needed to trace a child and to check that they are receiving a suitable "
          "education will be shared. The full list of data items is at Schedule 1. In summary:"),
        BUL("the child's name, any former names, date of birth, gender and home address;",
            "the names and contact details of parents or carers;",
            "the last school or setting attended and the date of leaving;",
            "the reason a child is thought to be missing education, and any known destination;",
            "for EHE, the date of the parent's notice of withdrawal and any special educational needs;",
            "for partners, only the fact of contact and any known current address \u2013 not clinical records."),
        P("Special category data (health, ethnicity) will be shared only where it is relevant to locating the child "
          "or meeting their needs, for example where a child has an Education, Health and Care plan."),
        H(1, "4. Our lawful basis"),
        P("The Council's duty to identify children missing education arises under section 436A of the Education Act "
          "1996. Schools must tell the Council when a pupil's name is to be deleted from the admission register "
          "under regulation 12 of the Education (Pupil Registration) (England) Regulations 2006. Partners share "
          "information with the Council to support its duty to safeguard and promote the welfare of children under "
          "section 11 of the Children Act 2004, and schools and colleges must have regard to their safeguarding "
          "duty under section 175 of the Education Act 2002."),
        P("For the purposes of the UK General Data Protection Regulation (UK GDPR), each party relies on Article "
          "6(1)(e): processing is necessary for the performance of a task carried out in the public interest or in "
          "the exercise of official authority. Where special category data is shared, the condition is Article "
          "9(2)(g) (substantial public interest), read with Schedule 1 of the Data Protection Act 2018 (Part 2, "
          "paragraph 6, statutory and government purposes, and paragraph 18, safeguarding of children and of "
          "individuals at risk)."),
        P("Partners should also have regard to the DfE statutory guidance 'Children missing education' (September "
          "2016), the 'Elective home education' departmental guidance (April 2019) and Working Together to "
          "Safeguard Children 2023. These are guidance documents and do not themselves provide a legal gateway."),
        H(1, "5. Children's and parents' rights"),
        P("Each party will tell families about this sharing through its privacy notice. The Council's Education "
          "privacy notice explains the CME and EHE registers in plain English, and a short version is sent to "
          "parents with every acknowledgement of an EHE notice."),
        P("A request from a parent or young person for a copy of their information (a subject access request) "
          "should be dealt with by the party that receives it, within one month. If the request covers information "
          "received from another party, that party will be consulted before disclosure. Requests to rectify or "
          "erase information, or objections to processing, will be passed to the Council's Data Protection Officer "
          "within two working days."),
        H(1, "6. How and when we share"),
        TBL([["Flow", "From \u2192 To", "Method", "Frequency"],
             ["Deletion from roll notifications", "Schools \u2192 Council", "Secure web form (Schools Portal)",
              "Within one school day of deletion"],
             ["Police contact notifications", "Essex Police \u2192 Council", "Secure email to cme@ (gcsx/pnn route)",
              "As they arise"],
             ["Health notifications", "MSEFT, ICB \u2192 Council", "NHSmail to council secure mailbox", "As they arise"],
             ["CME case updates", "Council \u2192 referrer", "Egress Switch encrypted email", "Within 10 school days"],
             ["EHE register summary", "Council \u2192 ICB (0\u201319 service)", "Egress, password-protected file",
              "Termly (September, January, April)"]],
            widths=[4, 3.6, 4.6, 3.8]),
        P("Information must never be sent by unencrypted email, fax or on removable media."),
        H(1, "7. Keeping information safe"),
        P("Each party will keep the information it receives secure, in line with its own information security "
          "policy and with at least the standard expected by the NHS Data Security and Protection Toolkit or the "
          "Public Services Network code of connection. Access to the CME and EHE registers is restricted to named "
          "officers in the Access and Inclusion service and is audited quarterly."),
        P("Printed copies should be avoided; where they are needed they must be locked away when not in use and "
          "shredded when finished with."),
        H(1, "8. Getting the information right"),
        P("The party that sends information is responsible for making sure it is accurate and up to date when it is "
          "sent. If a party finds that information it has received is wrong, it will tell the sender within five "
          "working days so that every copy can be corrected. The Council will check the CME register against the "
          "school census each term."),
        H(1, "9. How long we keep it"),
        P("The Council will keep CME case records until the child's 25th birthday, in line with its retention "
          "schedule for education welfare records. EHE records are kept until the child reaches the age of 18 plus "
          "six years. Partners will keep notifications only for as long as they need them to answer queries and "
          "will then delete them securely."),
        H(1, "10. Concerns and complaints"),
        P("Complaints from the public about the sharing of their information will be handled under the complaints "
          "procedure of the party that receives them. Where the complaint involves more than one party, the Data "
          "Protection Officers concerned will agree who takes the lead and will reply within 20 working days. "
          "Complainants will be told of their right to complain to the Information Commissioner's Office."),
        H(1, "11. When something goes wrong"),
        P("Any actual or suspected personal data breach involving information shared under this agreement must be "
          "reported to the sending party's Data Protection Officer within 24 hours of discovery. The parties will "
          "co-operate in the investigation. The controller responsible will decide whether the breach must be "
          "reported to the ICO within 72 hours and whether the family must be told."),
        H(1, "12. Start, review and ending of the agreement"),
        P("This agreement commences on 1 September 2023 and replaces version 1.0 signed in 2019. It will be reviewed "
          "by the date shown in the document control table, or sooner if the law or the statutory guidance "
          "changes. Any party may withdraw by giving 30 days' written notice to the Council's Data Protection "
          "Officer; information already shared will continue to be protected as set out here."),
        PB(),
        H(1, "Schedule 1 \u2013 Data items"),
        TBL([["Data item", "CME", "EHE", "Shared by"],
             ["Child's full name and any previous names", "Yes", "Yes", "All"],
             ["Date of birth and gender", "Yes", "Yes", "All"],
             ["Current and previous home address", "Yes", "Yes", "All"],
             ["Unique pupil number (UPN)", "Yes", "Yes", "Schools, Council"],
             ["NHS number", "No", "No", "Not shared"],
             ["Parent or carer names, telephone, email", "Yes", "Yes", "All"],
             ["Last school attended and date of leaving", "Yes", "Yes", "Schools, Council"],
             ["Reason for concern / reason for withdrawal", "Yes", "Yes", "All"],
             ["Known destination (school, area, country)", "Yes", "No", "All"],
             ["SEN support or EHC plan (yes/no)", "Yes", "Yes", "Council, ICB"],
             ["Social care involvement (yes/no)", "Yes", "Yes", "Council only"]],
            widths=[7.5, 1.8, 1.8, 4.9]),
        H(1, "Schedule 2 \u2013 Contacts"),
        TBL([["Organisation", "Contact", "Email"],
             ["Southend-on-Sea City Council", "CME Officer", "cme@southend.gov.uk"],
             ["Southend-on-Sea City Council", "Data Protection Officer", "dpo@southend.gov.uk"],
             ["Essex Police", "Information Sharing Unit", "information.sharing@essex.police.uk"],
             ["Mid and South Essex NHS Foundation Trust", "Safeguarding Children Team", "mse.safeguarding@nhs.net"],
             ["NHS Mid and South Essex Integrated Care Board", "Designated Nurse, Safeguarding Children",
              "mseicb.safeguarding@nhs.net"],
             ["The Children's Society", "Service Manager, Southend", "southend@childrenssociety.org.uk"]],
            widths=[6, 5, 5]),
        H(1, "Schedule 3 \u2013 Signatures"),
        P("By signing, each party agrees to follow this agreement and confirms it has been approved at an "
          "appropriate senior level."),
        TBL([["Organisation", "Name", "Post", "Signature", "Date"],
             ["Southend-on-Sea City Council", "Michael Marks", "Executive Director, Children and Public Health",
              "signed", "29/08/2023"],
             ["Essex Police", "Det Supt Rachel Hinds", "Head of Public Protection", "signed", "30/08/2023"],
             ["Mid and South Essex NHS Foundation Trust", "Claire Hankey", "Director of Nursing", "signed",
              "31/08/2023"],
             ["NHS Mid and South Essex Integrated Care Board", "Dr Tom Abell", "Chief Nursing Officer", "signed",
              "31/08/2023"],
             ["The Children's Society", "Lisa Harvey", "Area Manager, East", "signed", "01/09/2023"]],
            widths=[4.4, 3.2, 4.4, 2, 2]),
    ]
    return {
        "id": "sce_cme_ehe", "files": {"docx": True, "pdf": "lo", "doc": True},
        "header": "Southend-on-Sea City Council | Data Sharing Agreement DSA-EDU-007 | OFFICIAL",
        "footer": "CME and EHE Notifications DSA v2.1",
        "style": {"font": "Arial", "hcolor": "6A1B4D", "cover_no_header": True, "author": "Information Governance"},
        "blocks": blocks,
        "truth": {
            "title": " ".join(title_lines),
            "purpose": purpose,
            "lead": O("Southend-on-Sea City Council", R_SOUTHEND),
            "partners": [O("Essex Police", R_ESSEX_POLICE), O("Mid and South Essex NHS Foundation Trust"),
                         O("NHS Mid and South Essex Integrated Care Board"), O("The Children's Society", R_TCS)],
            "statutes": [S("section 436A of the Education Act 1996", "Education Act", 1996, "section 436A"),
                         S("regulation 12 of the Education (Pupil Registration) (England) Regulations 2006",
                           "Education (Pupil Registration) (England) Regulations", 2006, "regulation 12"),
                         S("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
                         S("section 175 of the Education Act 2002", "Education Act", 2002, "section 175"),
                         S("UK General Data Protection Regulation (UK GDPR)", UKGDPR, 2016, None),
                         S("Schedule 1 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1")],
            "review_date": "2025-08-31", "review_basis": "explicit", "commencement_date": "2023-09-01",
            "missing": [],
        },
    }


# =====================================================================
# 2. Thurrock Council: Youth Offending Service and education settings (2018)
# =====================================================================
@register
def doc_thurrock_yos():
    title = "Youth Offending Service and Education Settings Information Sharing Protocol"
    purpose = ("The purpose of this protocol is to enable Thurrock Youth Offending Service (YOS) and the schools, "
               "academies and colleges that Thurrock children attend to exchange information about the education, "
               "attendance, behaviour and welfare of children who are subject to a youth justice intervention, so "
               "that each child's education can be maintained and the risk of further offending reduced.")
    blocks = [
        P("THURROCK COUNCIL \u2013 CHILDREN'S SERVICES", bold=True, size=12, color="00594F"),
        P("INFORMATION SHARING PROTOCOL", bold=True, size=16, color="00594F"),
        SP(6),
        TBL([["Document title", title],
             ["Reference", "TC-ISP-CS-031"],
             ["Version", "1.3 (supersedes 1.2, March 2017)"],
             ["Owner", "Thurrock Council"],
             ["Service area", "Youth Offending Service, Children's Services"],
             ["Author", "Gemma Pryor, Information Governance Officer"],
             ["Approved by", "Lee Henley, Strategic Lead \u2013 Information Management (Data Protection Officer)"],
             ["Date signed by all partners", "3 October 2018"],
             ["Review", "12 months after signature by all partners"],
             ["Classification", "OFFICIAL"]],
            header=False, keycol=True, widths=[4.5, 11.5]),
        H(2, "VERSION HISTORY"),
        TBL([["Version", "Date", "Author", "Changes"],
             ["1.0", "January 2015", "YOS Manager", "Original protocol"],
             ["1.1", "May 2016", "IG Officer", "Colleges added as partners"],
             ["1.2", "March 2017", "IG Officer", "Probation transition arrangements"],
             ["1.3", "September 2018", "G. Pryor", "Updated for GDPR and the Data Protection Act 2018; references to "
              "the Data Protection Act 1998 removed; new signatories"]],
            widths=[2.0, 2.8, 2.8, 8.6]),
        H(1, "1. PURPOSE OF THE PROTOCOL"),
        P(purpose),
        P("Children who offend are far more likely than their peers to have been excluded from school, to be on a "
          "reduced timetable or to have poor attendance. Youth Offending Service case managers need to know how a "
          "child is doing in school to complete an AssetPlus assessment and to write reports for the youth court. "
          "Schools and colleges need to know when one of their pupils is working with the YOS, what the child's "
          "court order requires of them and whether there are risks that staff should manage."),
        P("This protocol sits beneath the Southend, Essex and Thurrock (SET) Information Sharing Framework and the "
          "Thurrock Local Safeguarding Children Board procedures. It covers day-to-day sharing only. Child "
          "protection concerns must always be referred to the Thurrock Multi-Agency Safeguarding Hub (MASH) "
          "straight away."),
        H(1, "2. PARTIES TO THE PROTOCOL"),
        P("The protocol is entered into by the following organisations. Each is a separate data controller and is "
          "responsible for its own compliance."),
        TBL([["Organisation", "Service(s) covered", "ICO registration number"],
             ["Thurrock Council", "Youth Offending Service; Education Inclusion; Virtual School", "Z8228055"],
             ["Essex Police", "Thurrock Community Policing Team; Youth Diversion", "Z4883472"],
             ["Essex Partnership University NHS Foundation Trust", "YOS health workers; CAMHS liaison", "Z2738561"],
             ["National Probation Service", "YOS seconded probation officer; transitions at 18", "Z5961468"],
             ["Estuary Learning Trust", "Secondary academies in Grays, Tilbury and Stanford-le-Hope", "ZA113204"],
             ["Grays Riverside Academy Trust", "Primary and all-through academies", "ZA245598"],
             ["South Essex College of Further and Higher Education", "Thurrock campus (Grays)", "Z6783190"]],
            widths=[5.6, 7, 3.4]),
        H(1, "3. LEGAL FRAMEWORK"),
        P("Youth offending teams are multi-agency teams which every local authority with social services and "
          "education responsibilities must establish, working with the police, probation and health. The main "
          "powers and duties relied on are:"),
        BUL("s.115 Crime and Disorder Act 1998 \u2013 any person may disclose information to a relevant authority "
            "(including the council, the police and probation) where this is necessary or expedient for the "
            "purposes of the Act;",
            "Section 47 of the Children Act 1989 \u2013 enquiries where a child is suffering, or is likely to "
            "suffer, significant harm;",
            "the Children and Family Act 2014 \u2013 for children with special educational needs, including the "
            "duty to co-operate in relation to EHC plans for children in youth custody;",
            "the Human Rights Act 1998 \u2013 sharing must be necessary and proportionate, respecting the child's "
            "right to a private and family life;",
            "the General Data Protection Regulation (GDPR) and the Data Protection Act 2018 \u2013 the lawful basis "
            "for partners that are public authorities is Article 6(1)(e) (public task) and, for health and other "
            "special category data, Article 9(2)(g) and (h); information about offences is processed under "
            "Article 10 and Schedule 1 of the 2018 Act."),
        P("The common law duty of confidentiality also applies. Information given in confidence can be shared "
          "where the child (or, where appropriate, the parent) has agreed, or where there is an overriding public "
          "interest such as the prevention of serious harm. Health staff will also apply the Caldicott principles."),
        H(1, "4. INFORMATION TO BE SHARED"),
        P("The YOS will share with the child's school or college:"),
        BUL("the fact that the child is working with the YOS and the name of the case manager;",
            "the type and length of any court order or out-of-court disposal, and requirements that affect the "
            "school day (for example curfew, reparation or appointments);",
            "relevant risk information from the AssetPlus assessment, on a need-to-know basis;",
            "the outcome of court hearings where the child will be absent from school."),
        P("Schools and colleges will share with the YOS:"),
        BUL("attendance for the current and previous academic year, with authorised and unauthorised absences;",
            "fixed-term and permanent exclusions, managed moves and reduced timetables;",
            "attainment and predicted grades, and any SEN support or EHC plan;",
            "behaviour incidents relevant to the offending or to risk."),
        P("Appendix B sets out the request form used by YOS case managers."),
        H(1, "5. HOW INFORMATION WILL BE SHARED"),
        P("Requests from the YOS will be made on the Appendix B form and sent by secure email to the school's "
          "Designated Safeguarding Lead. Schools will reply within five school days, or within two school days "
          "where a pre-sentence report is due. Police and health information is shared through the YOS case "
          "management system (ChildView), to which seconded staff have role-based access."),
        P("Secure email means Egress, CJSM, NHSmail or another route agreed by the Thurrock Council IG team. "
          "Termly attendance extracts for all children open to the YOS will be sent by each academy trust by the "
          "end of the second week of each term."),
        H(1, "6. SECURITY AND CONFIDENTIALITY"),
        P("Partners will hold information received under this protocol securely, in systems with access limited "
          "to staff who need it. Paper records must be kept in a locked cabinet. Information must not be discussed "
          "in front of other pupils or used for any purpose other than the one for which it was shared. YOS "
          "information must not be placed on a pupil's general school file; it should be kept with the "
          "safeguarding record."),
        H(1, "7. DATA QUALITY AND RETENTION"),
        P("The sending partner is responsible for the accuracy of the information it provides. Any errors found "
          "must be reported to the sender, who will correct its own records and tell everyone it has sent the "
          "information to."),
        P("Thurrock YOS retains case records in line with Youth Justice Board guidance (until the child's 25th "
          "birthday, or longer where a serious incident has occurred). Schools should retain YOS information on "
          "the child protection file and transfer it securely when the child changes school. Colleges will "
          "destroy information six years after the learner leaves."),
        H(1, "8. RIGHTS OF ACCESS AND COMPLAINTS"),
        P("Children and their parents have the right to see the information held about them. A subject access "
          "request received by one partner about information supplied by another will be discussed with that "
          "partner before a reply is sent, so that any exemption (for example for information that would "
          "prejudice the prevention or detection of crime) can be considered."),
        P("Complaints about the sharing of information will be dealt with through the complaints procedure of the "
          "partner that receives the complaint. If a complaint cannot be resolved, the complainant may take it to "
          "the Information Commissioner."),
        H(1, "9. INFORMATION SECURITY INCIDENTS"),
        P("Loss or inappropriate disclosure of information shared under this protocol must be reported at once to "
          "the partner's own Data Protection Officer and to the Thurrock Council Information Governance team "
          "(dataprotection@thurrock.gov.uk). Under the GDPR, a notifiable breach must be reported to the ICO within "
          "72 hours."),
        H(1, "10. REVIEW, WITHDRAWAL AND SIGNATURE"),
        P("This protocol comes into effect on the date it has been signed by all partners. It will be reviewed 12 "
          "months after it has been signed by all partners, and then every two years, by the YOS Management Board. "
          "A partner may withdraw by writing to the YOS Manager; the protocol will continue between the other "
          "partners."),
        PB(),
        H(1, "APPENDIX A \u2013 SIGNATORIES"),
        TBL([["Organisation", "Signed by", "Position", "Date"],
             ["Thurrock Council", "Sheila Murphy", "Corporate Director of Children's Services", "17/09/2018"],
             ["Essex Police", "Ch Supt Simon Anslow", "Local Policing Commander, Thurrock", "20/09/2018"],
             ["Essex Partnership University NHS Foundation Trust", "Nigel Leonard",
              "Executive Director, Corporate Governance", "24/09/2018"],
             ["National Probation Service", "Mark Gregory", "Head of Essex Local Delivery Unit", "25/09/2018"],
             ["Estuary Learning Trust", "Jacqueline Oakes", "Chief Executive Officer", "27/09/2018"],
             ["Grays Riverside Academy Trust", "Paul Ashwell", "Executive Headteacher", "01/10/2018"],
             ["South Essex College of Further and Higher Education", "Angela O'Donoghue", "Principal and CEO",
              "03/10/2018"]],
            widths=[5.4, 3.4, 5, 2.2]),
        H(1, "APPENDIX B \u2013 YOS EDUCATION INFORMATION REQUEST"),
        TBL([["Field", "Completed by"],
             ["Child's name, date of birth, UPN", "YOS"],
             ["YOS case manager and contact number", "YOS"],
             ["Reason for request (assessment / PSR / review)", "YOS"],
             ["Attendance \u2013 current and previous year (%)", "School or college"],
             ["Exclusions, managed moves, reduced timetable", "School or college"],
             ["SEN support / EHC plan", "School or college"],
             ["Current attainment and predicted outcomes", "School or college"],
             ["Behaviour incidents relevant to risk", "School or college"],
             ["Name and role of person completing", "School or college"]],
            widths=[10, 6]),
    ]
    return {
        "id": "thurrock_yos_education", "files": {"docx": True, "pdf": "rl", "doc": True},
        "header": title + " \u2013 v1.3",
        "footer": "Thurrock Council \u2013 OFFICIAL",
        "style": {"font": "Calibri", "hcolor": "00594F", "accent": "00594F", "light": "DCEFEA",
                  "rl_layout": "single", "author": "Thurrock Council IG"},
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": O("Thurrock Council", R_THURROCK),
            "partners": [O("Essex Police", R_ESSEX_POLICE), O("Essex Partnership University NHS Foundation Trust"),
                         O("National Probation Service", R_NPS), O("Estuary Learning Trust"),
                         O("Grays Riverside Academy Trust"),
                         O("South Essex College of Further and Higher Education")],
            "statutes": [S("Data Protection Act 2018", "Data Protection Act", 2018, None),
                         S("Data Protection Act 1998", "Data Protection Act", 1998, None),
                         S("s.115 Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                         S("Section 47 of the Children Act 1989", "Children Act", 1989, "section 47"),
                         S("Children and Family Act 2014", "Children and Families Act", 2014, None),
                         S("Human Rights Act 1998", "Human Rights Act", 1998, None),
                         S("General Data Protection Regulation (GDPR)", EUGDPR, 2016, None)],
            "review_date": "2019-10-03", "review_basis": "relative", "commencement_date": "2018-10-03",
            "missing": [],
        },
    }


# =====================================================================
# 3. Medway Council: attendance and exclusions MoU (2023)
# =====================================================================
@register
def doc_medway_attendance():
    title = "Sharing of Pupil Attendance, Exclusion and Reduced Timetable Data"
    purpose = ("This memorandum exists so that Medway Council, Medway's schools and academies, Kent Police and local "
               "health services can share information about individual pupils whose attendance is poor, who are "
               "suspended or permanently excluded, or who are on a reduced timetable, in order to support the child "
               "back into full-time education and to identify children who may be at risk of harm.")
    blocks = [
        P("Medway Council", bold=True, size=13, color="003B71"),
        P("Education and SEND \u2013 School Attendance Support Service", size=10),
        SP(60),
        BOX(["Memorandum of Understanding", title, "Version 1.0  |  September 2023"],
            sizes=[30, 40, 22], bold_lines=[0, 1], color="003B71", border="003B71", height_pt=170),
        SP(120),
        P("This memorandum is not a contract and does not create legal obligations between the parties. It records "
          "the arrangements the parties have agreed to follow.", italic=True, size=9),
        PB(),
        H(1, "Key facts"),
        TBL([["Responsible organisation", "Medway Council"],
             ["Contact", "Information Governance Team, Gun Wharf, Dock Road, Chatham ME4 4TR"],
             ["Approved by", "Senior Information Risk Owner and Data Protection Officer"],
             ["Effective from", "4 September 2023"],
             ["Review date", "September 2024"],
             ["DPIA", "Completed 14 July 2023 (IG ref. MC-DPIA-0231)"],
             ["Related documents", "Medway Attendance Strategy 2023\u201326; Kent and Medway Safeguarding Children "
                                   "Partnership procedures"]],
            header=False, keycol=True, widths=[5, 11]),
        H(2, "Change record"),
        TBL([["Version", "Date", "Description", "Approved"],
             ["0.1", "06/06/2023", "First draft for the Attendance Partnership", "\u2013"],
             ["0.3", "11/07/2023", "Health partners' comments; Annex A expanded", "\u2013"],
             ["1.0", "30/08/2023", "Approved for signature", "SIRO / DPO"]],
            widths=[2.0, 2.6, 8.6, 3]),
        H(1, "1. Introduction and purpose"),
        P(purpose),
        P("The Department for Education's guidance 'Working together to improve school attendance' (May 2022) "
          "expects local authorities, schools and partners to share information about pupils who are persistently "
          "or severely absent, so that support can be offered before legal action is considered. The Medway "
          "Attendance Partnership agreed in March 2023 that a single memorandum would replace the separate "
          "letters of agreement that schools had signed with different services."),
        P("For the first time this memorandum also covers children on reduced (part-time) timetables, which the "
          "Council now asks all schools to notify, and the cross-border arrangements for Medway children who "
          "attend schools in Kent."),
        H(1, "2. Parties"),
        P("The parties are set out below. Each is a controller for the personal data it holds and shares."),
        TBL([["Party", "Represented by", "Main purpose for sharing"],
             ["Medway Council", "School Attendance Support Service; Children's Services front door",
              "Statutory attendance and exclusions functions"],
             ["Kent Police", "Medway Community Safety Unit", "Safeguarding; missing children; youth diversion"],
             ["NHS Kent and Medway Integrated Care Board", "Designated professionals for safeguarding",
              "Health input where absence is linked to illness"],
             ["Kent Community Health NHS Foundation Trust", "School health (0\u201319) service",
              "School nursing follow-up"],
             ["Kent County Council", "Attendance and Inclusion Service (cross-border pupils)",
              "Medway residents attending Kent schools, and the reverse"],
             ["Rochester Riverside Academies Trust", "Trust attendance lead and headteachers",
              "Notification of absence, suspension and part-time timetables"]],
            widths=[5, 5.5, 5.5]),
        P("Other Medway schools and academy trusts may join by signing an accession form, available from the Information Governance Team."),
        H(1, "3. Scope of the information"),
        P("The information covered is limited to what is needed to understand why a pupil is not in school and "
          "what support might help:"),
        BUL("pupil identifiers: name, date of birth, unique pupil number, home address, year group;",
            "attendance marks and percentages for the current term and the previous academic year;",
            "suspensions and permanent exclusions, with the reason category and dates;",
            "the start date, hours and planned end date of any reduced timetable;",
            "whether the pupil has SEN support, an EHC plan, a social worker or is looked after;",
            "for health partners, whether a medical reason for absence has been confirmed (not the diagnosis)."),
        P("Annex A lists each data item and which party may send it."),
        H(1, "4. Legal powers"),
        P("Medway Council's functions are set out in the Education Act 1996, in particular its duty to enforce "
          "attendance under section 444 of the Education Act 1996, and in the Education (Pupil Registration) "
          "(England) Regulations 2006, which require schools to share attendance information with the local "
          "authority. Exclusion information is provided under the School Discipline (Pupil Exclusions and "
          "Reviews) (England) Regulations 2012 and Part 7 of the Education and Inspections Act 2006."),
        P("The parties' duty to co-operate to improve the well-being of children arises under section 10 of the "
          "Children Act 2004. The lawful basis for processing under the UK GDPR is public task (Article 6(1)(e)); "
          "special category information is processed under Article 9(2)(g) and Schedule 1 to the Data Protection "
          "Act 2018 (statutory purposes; safeguarding of children)."),
        H(1, "5. Transparency and individual rights"),
        P("Each party will describe this sharing in its privacy notice. Schools will include a sentence about "
          "attendance sharing in the privacy notice for pupils and parents. Requests from parents or pupils to "
          "see their information will be handled by the party that holds it, under its own subject access "
          "procedure. Where a party wishes to withhold information supplied by another, it will consult that "
          "party first."),
        P("Requests for this memorandum under the Freedom of Information Act 2000 may be answered by any party; "
          "the memorandum itself will be published on the Council's website."),
        H(1, "6. Arrangements for exchange"),
        TBL([["Information", "Sender", "Route", "When"],
             ["Daily attendance data", "Schools", "Automated extract from the school MIS via the DfE "
                                                  "attendance data tool and Medway's data hub", "Daily"],
             ["Reduced timetable notification", "Schools", "Online notification form", "Before it starts"],
             ["Suspension / exclusion notice", "Schools", "Secure portal", "Same day"],
             ["Cross-border pupil list", "Medway Council / Kent County Council", "Egress encrypted file", "Half-termly"],
             ["Police welfare concern", "Kent Police", "Secure email to the front door", "As required"],
             ["Health confirmation", "KCHFT / ICB", "NHSmail to attendance.support@medway.gov.uk", "Within 5 days"]],
            widths=[4, 3.6, 5.6, 2.8]),
        H(1, "7. Handling and security"),
        P("Information will be marked OFFICIAL-SENSITIVE when sent. Parties will store it only in systems with "
          "role-based access and will not copy it onto personal devices. Staff handling the information must have "
          "completed their organisation's data protection training within the last year."),
        H(1, "8. Retention and disposal"),
        P("Medway Council keeps attendance casework for six years after the pupil leaves compulsory education, or "
          "until the outcome of any prosecution plus six years. Schools follow the Information and Records "
          "Management Society retention guidelines for schools. Partners will securely destroy copies they no "
          "longer need, and in any case within two years of receipt."),
        H(1, "9. Security incidents"),
        P("If information shared under this memorandum is lost, sent to the wrong person or accessed without "
          "authority, the party that discovers it must tell the sending party and the Medway Council Information "
          "Governance Team (information.governance@medway.gov.uk) within one working day. The controller "
          "concerned will assess whether the breach must be reported to the ICO and to the family."),
        H(1, "10. Status, duration and signature"),
        P("This memorandum takes effect on 4 September 2023, the first day of the autumn term, and will be reviewed "
          "by the Medway Attendance Partnership by the review date in the key facts table. A party may leave the "
          "memorandum by giving one month's notice in writing."),
        PB(),
        H(1, "Annex A \u2013 Data items"),
        TBL([["Item", "Schools", "Council", "Police", "Health"],
             ["Name, date of birth, address", "\u2713", "\u2713", "\u2713", "\u2713"],
             ["Unique pupil number", "\u2713", "\u2713", "", ""],
             ["Attendance marks and %", "\u2713", "\u2713", "", ""],
             ["Suspension / exclusion dates and reason", "\u2713", "\u2713", "", ""],
             ["Reduced timetable details", "\u2713", "\u2713", "", ""],
             ["SEN support / EHC plan flag", "\u2713", "\u2713", "", "\u2713"],
             ["Social worker / looked after flag", "", "\u2713", "", ""],
             ["Medical reason confirmed (yes/no)", "", "", "", "\u2713"],
             ["Welfare concern summary", "", "", "\u2713", ""]],
            widths=[6.8, 2.3, 2.3, 2.3, 2.3]),
        H(1, "Annex B \u2013 Signatories"),
        TBL([["Organisation", "Name", "Title", "Date"],
             ["Medway Council", "Lee-Anne Farach", "Director of People \u2013 Children and Adults' Services",
              "31/08/2023"],
             ["Kent Police", "Supt Andy Pritchard", "Medway Divisional Commander", "01/09/2023"],
             ["NHS Kent and Medway Integrated Care Board", "Paula Wilkins", "Chief Nursing Officer", "01/09/2023"],
             ["Kent Community Health NHS Foundation Trust", "Mercia Spare", "Chief Nurse", "04/09/2023"],
             ["Kent County Council", "Christine McInnes", "Director of Education", "04/09/2023"],
             ["Rochester Riverside Academies Trust", "Dr Helen Coombs", "Chief Executive", "04/09/2023"]],
            widths=[5.6, 3.4, 5, 2]),
    ]
    return {
        "id": "medway_attendance_mou", "files": {"docx": True, "pdf": "lo"},
        "header": "Medway Council \u2013 OFFICIAL \u2013 Memorandum of Understanding",
        "footer": "MoU: attendance, exclusion and reduced timetable data \u2013 v1.0",
        "style": {"font": "Arial", "hcolor": "003B71", "cover_no_header": True, "author": "Medway IG"},
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": O("Medway Council"),
            "partners": [O("Kent Police"), O("NHS Kent and Medway Integrated Care Board"),
                         O("Kent Community Health NHS Foundation Trust"), O("Kent County Council"),
                         O("Rochester Riverside Academies Trust")],
            "statutes": [S("section 444 of the Education Act 1996", "Education Act", 1996, "section 444"),
                         S("the Education (Pupil Registration) (England) Regulations 2006",
                           "Education (Pupil Registration) (England) Regulations", 2006, None),
                         S("the School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012",
                           "School Discipline (Pupil Exclusions and Reviews) (England) Regulations", 2012, None),
                         S("Part 7 of the Education and Inspections Act 2006", "Education and Inspections Act", 2006,
                           "Part 7"),
                         S("section 10 of the Children Act 2004", "Children Act", 2004, "section 10"),
                         S("UK GDPR", UKGDPR, 2016, None),
                         S("Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
                         S("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None)],
            "review_date": "2024-09-30", "review_basis": "explicit", "commencement_date": "2023-09-04",
            "missing": ["accuracy", "complaints"],
        },
    }


# =====================================================================
# 4. Luton: Operation Encompass (reportlab two-column, PDF only)
# =====================================================================
@register
def doc_luton_encompass():
    title_lines = ["Operation Encompass:", "Domestic Abuse Notifications to Luton Schools"]
    purpose = ("Operation Encompass exists so that, when police attend a domestic abuse incident at which a child "
               "or young person was present or normally lives, the child's school is told before the start of the "
               "next school day, allowing a trained Key Adult to offer immediate, discreet support.")
    blocks = [
        P("INFORMATION SHARING AGREEMENT", bold=True, size=11, color="0B2E59"),
        TITLE(title_lines, size=20, color="0B2E59"),
        TBL([["Reference", "Version", "Effective from", "Classification"],
             ["BP-ISA-2023-118", "2.0", "1 September 2023", "OFFICIAL"]],
            widths=[4, 2, 4, 4]),
        ("colbreak",),
        H(1, "1. About this agreement"),
        P(purpose),
        P("This agreement is led by Bedfordshire Police, which also manages the Operation Encompass notification "
          "process in Bedford and Central Bedfordshire. Bedford Borough Council and Central Bedfordshire Council "
          "operate their own agreements with the force for schools in their areas; this document covers Luton "
          "only."),
        P("Version 2.0 replaces the 2019 agreement. It reflects the recognition of children as victims of "
          "domestic abuse in their own right and extends notifications to early years settings and Luton's "
          "sixth form and further education providers."),
        H(1, "2. Who is involved"),
        TBL([["Party", "Role"],
             ["Bedfordshire Police", "Sends notifications; owns the police record"],
             ["Luton Borough Council", "Education Safeguarding Team; maintains the Key Adult list; receives copies "
                                       "for children open to social care"],
             ["Luton Learning Partnership Trust", "Receives notifications for its academies"],
             ["NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board",
              "Receives notifications for school nursing follow-up through its commissioned provider"]],
            widths=[5, 6]),
        P("Maintained schools and academies in Luton sign the Operation Encompass school declaration and are then "
          "covered by the Luton Borough Council signature below."),
        H(1, "3. What is shared"),
        P("A notification contains only what the Key Adult needs to support the child that day:"),
        BUL("the child's name, date of birth and school;",
            "the date and time of the incident and whether the child was present;",
            "a brief, factual description of the incident (no allegations about named adults beyond what is "
            "necessary);",
            "whether any other agency has been informed;",
            "the name of the officer and a police reference number."),
        P("Schools do not send information back to the police through this process. Any safeguarding concern "
          "arising is referred in the usual way to the Luton Multi-Agency Safeguarding Hub."),
        H(1, "4. Legal basis"),
        P("Section 3 of the Domestic Abuse Act 2021 recognises a child who sees, hears or experiences the effects "
          "of domestic abuse as a victim of that abuse. The police and the council share information to fulfil "
          "their duties under the Children Act 2004 (section 11) to safeguard and promote the welfare of children, "
          "and, where there is reasonable cause to suspect significant harm, under s.47 Children Act 1989. Schools "
          "receive and act on notifications under the Education Act 2002, s.175."),
        P("Disclosure by the police to other relevant authorities for the prevention of crime and disorder may "
          "also be made under section 115 Crime & Disorder Act 1998. For the Data Protection Act 2018 and the UK "
          "GDPR the lawful basis is public task, Article 6(1)(e), with Article 9(2)(g) and the safeguarding "
          "condition in Schedule 1, paragraph 18."),
        P("The common law duty of confidence is met because there is an overriding public interest in protecting "
          "children. Schools should also follow Keeping Children Safe in Education 2023 and Working Together to "
          "Safeguard Children 2023."),
        H(1, "5. How notifications are made"),
        P("The Bedfordshire Police Central Referral Unit reviews every domestic abuse incident reported overnight "
          "(and at weekends and in holidays) and, by 08:30 on each school day, sends a notification by secure "
          "email to the Key Adult of each child's school and to the Luton Education Safeguarding Team. For "
          "incidents during school holidays, notifications are sent on the first school day back."),
        P("If a Key Adult is absent, the email goes to the deputy Key Adult named in the Council's list. Schools "
          "must tell the Education Safeguarding Team of any change of Key Adult within five working days."),
        H(1, "6. Keeping notifications secure"),
        P("Notifications are sent through Egress or the Council's secure email gateway and are marked "
          "OFFICIAL-SENSITIVE. Schools must store them on their safeguarding recording system (for example CPOMS "
          "or MyConcern), never on the general pupil file, and must restrict access to the Designated "
          "Safeguarding Lead, the Key Adult and their deputies."),
        H(1, "7. Responsibility for the information"),
        P("Bedfordshire Police is responsible for the accuracy of the notification at the time it is sent. Where a "
          "school believes a notification is about the wrong child or contains an error, the Key Adult will "
          "contact the Central Referral Unit on the same day so that the record can be corrected."),
        H(1, "8. How long notifications are kept"),
        P("Schools keep notifications as part of the child protection file, which is transferred to the next "
          "school and retained in line with the school's retention schedule (normally until the child's 25th "
          "birthday). The Council keeps its copy for three years unless the child is open to social care. Police "
          "records are managed under the Management of Police Information (MoPI) guidance."),
        H(1, "9. Complaints"),
        P("A complaint about a notification should be made to the organisation that sent or holds it. Complaints "
          "about Bedfordshire Police go to its Professional Standards Department. Any person may also complain to "
          "the Information Commissioner's Office."),
        H(1, "10. If information is lost or misdirected"),
        P("A school or partner that sends a notification to the wrong address, loses it or discovers unauthorised "
          "access must tell the Central Referral Unit and the Luton Education Safeguarding Team immediately, and "
          "in any case within 24 hours. Bedfordshire Police, as the controller of the original record, will "
          "decide whether the breach is reportable to the ICO."),
        H(1, "11. Commitment and signatures"),
        P("The agreement takes effect from 1 September 2023. This agreement will be reviewed no later than 31 July "
          "2025, or sooner if there is a change in the law or in national Operation Encompass guidance. A party "
          "may withdraw with one month's written notice to the Central Referral Unit."),
        TBL([["Organisation", "Signed for by", "Date"],
             ["Bedfordshire Police", "Det Ch Supt Jaswinder Gill, Head of Public Protection", "14/08/2023"],
             ["Luton Borough Council", "Eunice Lewis, Director of Children's Services", "18/08/2023"],
             ["Luton Learning Partnership Trust", "Mark Tippett, Chief Executive Officer", "22/08/2023"],
             ["NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "Sarah Stanley, Chief Nursing "
              "Director", "29/08/2023"]],
            widths=[4, 5, 2]),
        H(2, "Contacts"),
        P("Central Referral Unit: cru.encompass@bedfordshire.police.uk. Luton Education Safeguarding Team: "
          "education.safeguarding@luton.gov.uk."),
        H(1, "Appendix A \u2013 The Key Adult"),
        P("Every participating school and setting names a Key Adult and at least one deputy. The Key Adult is "
          "usually the Designated Safeguarding Lead or a deputy and must have completed the national Operation "
          "Encompass Key Adult training. On receiving a notification the Key Adult will:"),
        BUL("read the notification before the child arrives and decide what, if any, support is needed that day;",
            "make sure staff who teach the child are aware that the child may need understanding, without "
            "passing on the details of the incident;",
            "record the notification and any action taken on the school's safeguarding system;",
            "consider whether the incident, together with anything else known to the school, means that a "
            "referral to the Luton Multi-Agency Safeguarding Hub is needed;",
            "keep the notification confidential and never discuss it with the child's parents unless agreed "
            "with the Central Referral Unit."),
        P("Schools should not ask the child about the incident or contact the parent about it. The purpose of the "
          "notification is to allow a quiet, supportive response, not an investigation."),
        H(1, "Appendix B \u2013 Notification content"),
        TBL([["Field", "Example"],
             ["Police reference", "BP-23-0912-0456"],
             ["Date / time of incident", "Saturday 9 September 2023, approx. 22:15"],
             ["Child(ren)", "First name, surname, date of birth, school"],
             ["Present at incident?", "Yes / No / Not known"],
             ["Summary", "Verbal argument between adults; child was upstairs and heard raised voices"],
             ["Other agencies informed", "Children's Social Care (MASH) \u2013 Yes"],
             ["Officer in case", "PC 1234 Smith, Luton Response"]],
            widths=[4, 7]),
        H(1, "Appendix C \u2013 Glossary"),
        TBL([["Term", "Meaning"],
             ["CRU", "Central Referral Unit, Bedfordshire Police"],
             ["DSL", "Designated Safeguarding Lead in a school or setting"],
             ["Key Adult", "Trained member of staff who receives Operation Encompass notifications"],
             ["MASH", "Multi-Agency Safeguarding Hub"],
             ["MoPI", "Management of Police Information (College of Policing guidance)"],
             ["Setting", "School, academy, college, pupil referral unit or early years provider"]],
            widths=[3, 8]),
    ]
    return {
        "id": "luton_operation_encompass", "files": {"pdf": "rl"},
        "header": "Bedfordshire Police  |  Operation Encompass  |  OFFICIAL",
        "footer": "BP-ISA-2023-118 v2.0",
        "style": {"accent": "0B2E59", "light": "DCE4F0", "rl_layout": "twocol", "twocol_top_cm": 5.2,
                  "rl_size": 9.3},
        "blocks": blocks,
        "truth": {
            "title": " ".join(title_lines),
            "purpose": purpose,
            "lead": O("Bedfordshire Police"),
            "partners": [O("Luton Borough Council"), O("Luton Learning Partnership Trust"),
                         O("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board")],
            "statutes": [S("Section 3 of the Domestic Abuse Act 2021", "Domestic Abuse Act", 2021, "section 3"),
                         S("Children Act 2004 (section 11)", "Children Act", 2004, "section 11"),
                         S("s.47 Children Act 1989", "Children Act", 1989, "section 47"),
                         S("Education Act 2002, s.175", "Education Act", 2002, "section 175"),
                         S("section 115 Crime & Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                         S("Data Protection Act 2018", "Data Protection Act", 2018, None),
                         S("UK GDPR", UKGDPR, 2016, None)],
            "review_date": "2025-07-31", "review_basis": "explicit", "commencement_date": "2023-09-01",
            "missing": ["individual_rights"],
        },
    }


# =====================================================================
# 5. Peterborough City Council: post-16 participation tracking (2021)
# =====================================================================
@register
def doc_peterborough_neet():
    title_lines = ["Tracking Participation of Young People Aged 16 to 18", "in Education, Employment and Training"]
    purpose = ("The purpose of this agreement is to allow the parties to share the personal data of young people "
               "aged 16 to 18 (and up to 25 where a young person has an Education, Health and Care plan) so that "
               "Peterborough City Council can track their participation in education, employment or training, "
               "identify those who are not participating and offer them support.")
    blocks = [
        P("PETERBOROUGH CITY COUNCIL", bold=True, size=12, color="7A2E0E"),
        P("People and Communities \u2013 Education, Skills and Participation", size=10),
        SP(50),
        P("DATA SHARING AGREEMENT", bold=True, size=14, color="7A2E0E"),
        TITLE(title_lines, size=17, color="7A2E0E"),
        P("Client Caseload Information System (CCIS) \u2013 September Guarantee, Activity Survey and NEET "
          "follow-up", size=10, italic=True),
        SP(30),
        TBL([["Document reference", "PCC-DSA-ESP-012"],
             ["Version", "3.0"],
             ["Status", "Final \u2013 approved for signature"],
             ["Author", "Tom Beresford, Information Governance Manager"],
             ["Approved by", "Ben Stevenson, Data Protection Officer"],
             ["Date approved", "19 March 2021"],
             ["Review date", "TBC"]],
            header=False, keycol=True, widths=[5, 11]),
        H(2, "REVISION HISTORY"),
        TBL([["Version", "Date", "Change"],
             ["1.0", "2015", "Original agreement with schools and colleges"],
             ["2.0", "May 2018", "GDPR update"],
             ["3.0", "March 2021", "UK GDPR terminology; Department for Education NCCIS flow documented; new "
                                   "sixth form academy added"]],
            widths=[2, 3, 11]),
        PB(),
        H(1, "1. PURPOSE"),
        P(purpose),
        P("Peterborough City Council publishes this agreement and acts as the controller for the Client Caseload "
          "Information System (CCIS) in which tracking information is held. Schools, colleges and training "
          "providers send the Council information about the young people who are enrolled with them, who leave, "
          "or whose destination changes, and the Council uses this to direct its Participation Advisers to those "
          "young people who most need help."),
        P("The same information is used, in aggregate and in the monthly return to the National Client Caseload "
          "Information System (NCCIS), to meet the Council's reporting obligations to the Department for Education "
          "and to plan provision with neighbouring authorities."),
        H(1, "2. THE PARTIES"),
        TBL([["Organisation", "Status", "Address"],
             ["Peterborough City Council", "Controller (CCIS)", "Sand Martin House, Bittern Way, Fletton Quays, "
                                                                "Peterborough PE2 8TY"],
             ["Cambridgeshire County Council", "Controller (neighbouring CCIS; cross-border learners)",
              "New Shire Hall, Alconbury Weald, Huntingdon PE28 4YE"],
             ["Peterborough College", "Controller (learner records)", "Park Crescent, Peterborough PE1 4DZ"],
             ["Nene Valley Sixth Form Academy", "Controller (learner records)", "Orton Goldhay, Peterborough"],
             ["Department for Education", "Controller (NCCIS)", "Sanctuary Buildings, Great Smith Street, "
                                                                "London SW1P 3BT"]],
            widths=[5, 5, 6]),
        H(1, "3. LEGAL BASIS"),
        P("Local authorities must make available to young people the support that will encourage, enable or "
          "assist them to participate in education or training. The Council's duties to promote participation "
          "and to identify young people who are not participating, and the power for education providers to "
          "share information with it for that purpose, rest on section 68 of the Education and Skill Act 2008 "
          "and the surrounding provisions of Part 1 of that Act. Youth support services are provided under "
          "section 507B of the Education Act 1996. The Apprenticeships, Skills, Children and Learning Act 2009 "
          "and the Children and Families Act 2014 extend the relevant duties to apprenticeships and to young "
          "people with special educational needs up to age 25."),
        P("Processing by the Council and by the publicly funded providers is necessary for a task in the public "
          "interest (UK GDPR Article 6(1)(e)). Where special category information (for example a learning "
          "difficulty or disability) is recorded, the condition is Article 9(2)(g) with the statutory and "
          "government purposes condition in Schedule 1 of the Data Protection Act 2018."),
        P("The statutory guidance 'Participation of young people in education, employment or training' (DfE, "
          "September 2016) and the NCCIS Management Information Requirements set out what must be recorded; they "
          "are guidance, not law."),
        H(1, "4. INFORMATION TO BE SHARED"),
        TBL([["Data item", "Provided by", "Notes"],
             ["Name, date of birth, gender, address, postcode", "All providers", "Used to match to CCIS"],
             ["Unique learner number (ULN) / UPN", "All providers", ""],
             ["Course or programme, start and planned end date", "Colleges, academy", ""],
             ["Leaver date and known destination", "All providers", "Within 10 working days of leaving"],
             ["SEND flag; EHC plan (yes/no)", "All providers", "Special category"],
             ["Looked after / care leaver flag", "Peterborough City Council", ""],
             ["Young parent; carer; supervised by YOS", "Peterborough City Council", "Only for targeting support"],
             ["Activity code (EET/NEET/not known)", "Peterborough City Council", "Sent to DfE monthly via NCCIS"]],
            widths=[6.5, 4.5, 5]),
        H(1, "5. RIGHTS OF YOUNG PEOPLE"),
        P("Young people are told about CCIS in the Council's Participation privacy notice, which providers link to "
          "from their own enrolment documents. A young person aged 16 or over may ask the Council not to pass "
          "their information to the Participation team; the Council will record that objection and contact them "
          "only for statutory follow-up. Requests for access to CCIS records are handled by the Council's "
          "Information Governance team within one month."),
        H(1, "6. SECURITY"),
        P("CCIS is hosted in a UK data centre certified to ISO 27001, with multi-factor authentication for all "
          "users. Providers upload files through the CCIS secure portal and must not email spreadsheets of learner "
          "data. Each party will ensure that its staff are trained in data protection and that access to learner "
          "data is limited to those who need it."),
        H(1, "7. FORMAT AND FREQUENCY"),
        BUL("Enrolment files: CSV in the Council's CCIS import format, by 30 September, 31 October and 31 January.",
            "Leaver notifications: portal entry within 10 working days of a learner leaving.",
            "September Guarantee and Annual Activity Survey returns: by the dates in the Council's annual "
            "timetable.",
            "Cambridgeshire County Council and Peterborough City Council exchange cross-border movers monthly "
            "through the NCCIS transfer function.",
            "The Council submits its extract to the Department for Education by the 20th of each month."),
        H(1, "8. DATA ACCURACY"),
        P("Each provider is responsible for the accuracy of the data it supplies and will correct errors reported "
          "by the Council within 10 working days. The Council will run monthly matching checks and return "
          "unmatched records to the provider."),
        H(1, "9. RETENTION"),
        P("CCIS records are kept until the young person's 25th birthday and are then deleted, except that "
          "anonymised statistics may be kept indefinitely. Providers must delete import files from local drives "
          "once an upload has been confirmed."),
        H(1, "10. COMPLAINTS AND QUERIES"),
        P("Any complaint about the use of CCIS information will be dealt with under Peterborough City Council's "
          "corporate complaints procedure. A complainant who remains dissatisfied may contact the Information "
          "Commissioner."),
        H(1, "11. COMMENCEMENT AND TERMINATION"),
        P("This agreement comes into effect on 1 April 2021 and remains in force until it is replaced or "
          "terminated by the parties. Any party may end its participation by giving three months' notice, except "
          "where it is under a statutory duty to provide the information."),
        H(1, "12. SIGNATURES"),
        TBL([["Organisation", "Name", "Job title", "Signature", "Date"],
             ["Peterborough City Council", "Jonathan Lewis", "Service Director, Education", "J Lewis", "24/03/2021"],
             ["Cambridgeshire County Council", "Wendi Ogle-Welbourn", "Executive Director, People and Communities",
              "W Ogle-Welbourn", "26/03/2021"],
             ["Peterborough College", "Julie Wood", "Vice Principal, Learner Services", "J Wood", "29/03/2021"],
             ["Nene Valley Sixth Form Academy", "Andrew Coles", "Head of Sixth Form", "A Coles", "30/03/2021"],
             ["Department for Education", "Rebecca Hartley", "Deputy Director, 16\u201319 Participation",
              "R Hartley", "31/03/2021"]],
            widths=[4, 3, 4.4, 2.4, 2.2]),
    ]
    return {
        "id": "peterborough_post16_tracking", "files": {"docx": True, "pdf": "rl"},
        "header": "Peterborough City Council  \u2022  Data Sharing Agreement PCC-DSA-ESP-012  \u2022  Tracking "
                  "participation (CCIS)",
        "footer": "OFFICIAL  \u2022  Version 3.0",
        "style": {"font": "Verdana", "size": 10, "hcolor": "7A2E0E", "accent": "7A2E0E", "light": "F4E3DA",
                  "rl_layout": "single", "rl_font": ("Times-Roman", "Times-Bold"), "rl_size": 10.5,
                  "cover_no_header": True, "author": "PCC Information Governance"},
        "blocks": blocks,
        "truth": {
            "title": " ".join(title_lines),
            "purpose": purpose,
            "lead": O("Peterborough City Council"),
            "partners": [O("Cambridgeshire County Council"), O("Peterborough College"),
                         O("Nene Valley Sixth Form Academy"), O("Department for Education")],
            "statutes": [S("section 68 of the Education and Skill Act 2008", "Education and Skills Act", 2008,
                           "section 68"),
                         S("section 507B of the Education Act 1996", "Education Act", 1996, "section 507B"),
                         S("Apprenticeships, Skills, Children and Learning Act 2009",
                           "Apprenticeships, Skills, Children and Learning Act", 2009, None),
                         S("Children and Families Act 2014", "Children and Families Act", 2014, None),
                         S("UK GDPR", UKGDPR, 2016, None),
                         S("Schedule 1 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1")],
            "review_date": None, "review_basis": "none", "commencement_date": "2021-04-01",
            "missing": ["breach"],
        },
    }


# =====================================================================
# 6. Department for Education: Eligibility Checking Service MoU (2024)
# =====================================================================
@register
def doc_dfe_ecs():
    title = "Eligibility Checking Service: Free School Meals and Early Years Pupil Premium"
    purpose = ("This memorandum of understanding sets out how the Department for Education will provide the local "
               "authorities listed in Annex A with access to the Eligibility Checking Service, so that they can "
               "confirm whether a child is eligible for benefits-related free school meals or the Early Years "
               "Pupil Premium.")
    blocks = [
        P("OFFICIAL", bold=True, align="center", size=9),
        SP(30),
        P("Memorandum of Understanding", bold=True, size=20, color="104F75"),
        TBL([["Title", title],
             ["Owner", "Department for Education"],
             ["Business area", "Funding Policy Unit \u2013 Free School Meals and Pupil Premium"],
             ["MoU reference", "DfE-MoU-ECS-LA-2024-07"],
             ["Version", "4.2"],
             ["Effective date", "1 April 2024"],
             ["Review due", "March 2026"],
             ["Senior responsible owner", "Deputy Director, Funding Policy Unit"]],
            header=False, keycol=True, widths=[4.5, 11.5], shade="D5E6F1"),
        H(2, "Document history"),
        TBL([["Version", "Date", "Author", "Notes"],
             ["3.0", "01/04/2021", "ECS Team", "Transition from the old FSM checking service"],
             ["4.0", "15/01/2024", "ECS Team", "Early Years Pupil Premium checks; new LA signatories"],
             ["4.1", "20/02/2024", "DfE Data Protection Office", "Legal gateway section revised"],
             ["4.2", "12/03/2024", "ECS Team", "Final for signature"]],
            widths=[2.0, 2.4, 4.4, 7.6]),
        H(2, "Contents"),
        P("1 Purpose  \u2022  2 Background  \u2022  3 Roles of the parties  \u2022  4 Information exchanged  \u2022  "
          "5 Legal gateway  \u2022  6 Method and frequency  \u2022  7 Security  \u2022  8 Data quality  \u2022  "
          "9 Retention and destruction  \u2022  10 Rights of data subjects  \u2022  11 Complaints, disputes and "
          "FOI  \u2022  12 Security incidents  \u2022  13 Duration, review and termination  \u2022  14 Signatures  "
          "\u2022  Annex A", size=9.5),
        PB(),
        H(1, "1. Purpose"),
        P(purpose),
        P("1.2 The memorandum also records the responsibilities of each party for the personal data that passes "
          "through the service. It is not intended to be legally binding between government departments and "
          "local authorities, but the parties intend to act in accordance with it."),
        H(1, "2. Background"),
        P("2.1 The Eligibility Checking Service (ECS) is an online service provided by the Department for "
          "Education. A local authority enters a parent's or carer's name, date of birth and National Insurance "
          "number or National Asylum Support Service number, and the service returns a simple eligible or not "
          "eligible result based on information held by the Department for Work and Pensions, HM Revenue and "
          "Customs and the Home Office."),
        P("2.2 Those departments supply data to the Department under separate agreements and are not parties to "
          "this memorandum. The result returned to the local authority does not disclose which benefit the parent "
          "receives or any other benefit information."),
        H(1, "3. Roles of the parties"),
        P("3.1 The Department is the controller for the ECS and for the records of each check. Each local "
          "authority is the controller for the information it enters and for the result once returned, and for "
          "how it uses the result to award free school meals or to pass Early Years Pupil Premium eligibility "
          "to early years providers."),
        H(1, "4. Information exchanged"),
        TBL([["Direction", "Data items"],
             ["Local authority to DfE", "Parent or carer surname; date of birth; National Insurance number or "
                                        "NASS number; local authority reference (optional)"],
             ["DfE to local authority", "Eligible / not eligible / not found; date of check; for eligible results, "
                                        "the eligibility start date"],
             ["Audit data held by DfE", "User ID, time of check, IP address"]],
            widths=[4.5, 11.5]),
        P("4.2 Information about children is not entered into the ECS. Bulk checks must be restricted to parents "
          "who have applied or who have given consent to a check."),
        H(1, "5. Legal gateway"),
        P("5.1 Local authorities' functions in relation to free school lunches are set out in section 512ZB of "
          "the Education Act 1996, and those in relation to early years provision in the Childcare Act 2006. "
          "Information held by the Department for Work and Pensions is disclosed for this purpose under section "
          "131 of the Welfare Reform Act 2012 and the Social Security (Information-sharing in relation to "
          "Welfare Services etc.) Regulations 2012."),
        P("5.2 The lawful basis for processing under the UK GDPR is Article 6(1)(e) (public task) for both the "
          "Department and the local authorities. No special category data is processed. The processing is also "
          "consistent with the Data Protection Act 2018, section 8 (processing necessary for the exercise of a "
          "function conferred by an enactment)."),
        H(1, "6. Method and frequency"),
        P("6.1 Checks are made through the ECS web portal, accessed through DfE Sign-in, or through the ECS "
          "application programming interface where a local authority's system has been accredited. Individual "
          "checks may be made at any time; bulk checks are limited to 1,000 records per file and are returned "
          "within 24 hours. Local authorities must re-check eligibility at least once each term."),
        H(1, "7. Security"),
        P("7.1 The ECS is classified OFFICIAL and operated in line with the Government Security Classifications "
          "policy. Each local authority will nominate an ECS administrator who will approve user accounts, remove "
          "leavers within five working days and review user lists each quarter. Users must not share log-in "
          "details or download results to personal devices."),
        H(1, "8. Data quality"),
        P("8.1 Local authorities must enter information exactly as supplied by the parent and check it against "
          "the application before submitting. Where a parent disputes a not eligible result, the local authority "
          "should ask the parent for evidence and, if necessary, raise the case with the ECS helpdesk, which will "
          "query the source department. The Department does not alter source data."),
        H(1, "9. Retention and destruction"),
        P("9.1 The Department keeps audit records of checks for seven years. Local authorities will keep results "
          "only for as long as the child receives free school meals or the Early Years Pupil Premium, plus the "
          "current financial year and six years, in line with their own retention schedules."),
        H(1, "10. Rights of data subjects"),
        P("10.1 Each local authority's privacy notice for free school meals must explain that an eligibility "
          "check will be made through the Department's service. Subject access requests about information held "
          "in the ECS will be handled by the Department's Data Protection Office; requests about local records "
          "will be handled by the local authority."),
        H(1, "11. Complaints, disputes and FOI"),
        P("11.1 Complaints from members of the public about an eligibility decision are for the local authority. "
          "Complaints about the ECS itself will be passed to the Department within five working days. Disputes "
          "between the parties will be escalated to the senior responsible owner. Requests under the Freedom of "
          "Information Act 2000 for this memorandum will be handled by the party receiving them, after consulting "
          "the other."),
        H(1, "12. Security incidents"),
        P("12.1 A local authority must report any suspected misuse of the ECS, or any personal data breach "
          "involving ECS results, to the ECS helpdesk and to the Department's Data Protection Office within 24 "
          "hours. The Department may suspend a user or a local authority's access while an incident is "
          "investigated."),
        H(1, "13. Duration, review and termination"),
        P("13.1 This memorandum takes effect on 1 April 2024 and remains in place until it is replaced. It will be "
          "reviewed by the date in the table on the first page, or earlier if the legal gateway changes. Either "
          "party may end the arrangement by giving three months' notice."),
        H(1, "14. Signatures"),
        TBL([["For", "Name", "Position", "Date"],
             ["Department for Education", "Helen Whiteley", "Deputy Director, Funding Policy Unit", "21/03/2024"],
             ["Southend-on-Sea City Council", "Joanna Ruffle", "Executive Director (Strategy, Change and "
                                                              "Governance)", "25/03/2024"],
             ["Thurrock Council", "Michele Lucas", "Director of Education and Skills", "26/03/2024"],
             ["Medway Council", "Phil Watts", "Chief Operating Officer", "27/03/2024"],
             ["Luton Borough Council", "Robin Porter", "Chief Executive", "28/03/2024"]],
            widths=[4.5, 3.2, 6, 2.3]),
        H(1, "Annex A \u2013 Participating local authorities"),
        TBL([["Local authority", "LA code", "ECS administrator (role)"],
             ["Southend-on-Sea City Council", "882", "School Admissions and FSM Team Leader"],
             ["Thurrock Council", "883", "Education Support Services Manager"],
             ["Medway Council", "887", "Pupil Services Manager"],
             ["Luton Borough Council", "821", "Revenues and Benefits \u2013 Education Benefits Lead"]],
            widths=[5.5, 2.5, 8]),
    ]
    return {
        "id": "dfe_ecs_mou", "files": {"docx": True, "pdf": "lo", "doc": True},
        "header": "OFFICIAL \u2013 Department for Education",
        "footer": "DfE-MoU-ECS-LA-2024-07 v4.2",
        "style": {"font": "Arial", "hcolor": "104F75", "author": "DfE"},
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": O("Department for Education"),
            "partners": [O("Southend-on-Sea City Council", R_SOUTHEND), O("Thurrock Council", R_THURROCK),
                         O("Medway Council"), O("Luton Borough Council")],
            "statutes": [S("section 512ZB of the Education Act 1996", "Education Act", 1996, "section 512ZB"),
                         S("Childcare Act 2006", "Childcare Act", 2006, None),
                         S("section 131 of the Welfare Reform Act 2012", "Welfare Reform Act", 2012, "section 131"),
                         S("the Social Security (Information-sharing in relation to Welfare Services etc.) "
                           "Regulations 2012",
                           "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations",
                           2012, None),
                         S("UK GDPR", UKGDPR, 2016, None),
                         S("Data Protection Act 2018, section 8", "Data Protection Act", 2018, "section 8"),
                         S("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None)],
            "review_date": "2026-03-31", "review_basis": "explicit", "commencement_date": "2024-04-01",
            "missing": [],
        },
    }


# =====================================================================
# 7. Multi-academy trust with health and the council: no lead named
# =====================================================================
@register
def doc_mat_wellbeing():
    title = "School Nursing, Emotional Wellbeing and Early Help Referrals"
    purpose = ("This agreement sets out how the schools of Seaview Academies Trust, the school nursing service, the "
               "Emotional Wellbeing and Mental Health Service (EWMHS) and Southend City Council's Early Help "
               "service will share information about pupils, so that concerns about a child's health, emotional "
               "wellbeing or family circumstances are picked up early and the right service becomes involved.")
    blocks = [
        P("Information Sharing Agreement", bold=True, size=15, color="2E5E3E"),
        TITLE([title], size=20, color="2E5E3E"),
        P("Seaview Academies Trust  \u2022  Southend City Council  \u2022  Essex Partnership University NHS "
          "Foundation Trust  \u2022  North East London NHS Foundation Trust", size=9.5),
        SP(10),
        TBL([["Version", "Status", "Date", "Next step"],
             ["1.2", "Signed", "July 2023", "First review twelve months after commencement"]],
            widths=[2, 2.5, 3, 8.5]),
        H(2, "Document control"),
        TBL([["Item", "Detail"],
             ["Prepared by", "The data protection officers of the four parties, working jointly"],
             ["Schools covered", "Seaview Primary Academy; Kursaal Infant and Junior Academy; Leigh Cliffs "
                                 "Academy; Shoebury Sands Academy; Westcliff Park Secondary Academy"],
             ["DPIA", "Completed jointly, June 2023 (trust ref. SAT-DPIA-09)"],
             ["Standard operating procedure", "Referral pathway flowchart, Appendix 2"],
             ["Approved by", "Each party's Senior Information Risk Owner (see Part H)"]],
            widths=[4.5, 11.5]),
        H(1, "Part A \u2013 Why we are sharing"),
        P(purpose),
        P("Pupils often tell a teacher, a learning mentor or the school nurse about worries long before the worry "
          "reaches a threshold for statutory services. The partners want those early conversations to lead to "
          "help, without families having to tell their story several times. The agreement covers the five "
          "schools listed above during term time and in the summer holiday transition period."),
        H(1, "Part B \u2013 The parties"),
        TBL([["Party", "Service", "Data protection officer"],
             ["Seaview Academies Trust", "Five academies (see document control)", "dpo@seaviewacademies.org.uk"],
             ["Southend City Council", "Early Help Family Support; Education Psychology", "dpo@southend.gov.uk"],
             ["Essex Partnership University NHS Foundation Trust", "Southend 0\u201319 school nursing service",
              "epunft.dpo@nhs.net"],
             ["North East London NHS Foundation Trust", "EWMHS (Southend, Essex and Thurrock)",
              "nelft.dpo@nhs.net"]],
            widths=[5.5, 6, 4.5]),
        P("The parties are independent controllers. None of them processes data on behalf of another."),
        H(1, "Part C \u2013 What we will share"),
        BUL("Pupil name, date of birth, address, year group and school;",
            "parent or carer names and contact details;",
            "the reason for referral, described in the child's or parent's words where possible;",
            "relevant health information, including medical conditions that affect school life and individual "
            "healthcare plans;",
            "outcomes of assessments that the receiving professional needs to know about (for example 'accepted "
            "by EWMHS \u2013 first appointment offered');",
            "Early Help assessment status and the name of the lead practitioner."),
        P("Clinical notes and therapy content are not shared with schools. Schools share only what the receiving "
          "service needs to decide whether to offer help."),
        H(1, "Part D \u2013 The law that allows us to share"),
        P("Schools must make arrangements to safeguard and promote the welfare of pupils under section 175 of the "
          "Education Act 2002, and must support pupils with medical conditions under section 100 of the Children "
          "and Families Act 2014. The council's Early Help and children's services functions come from the "
          "Children Acts 1989 and 2004. Health partners have a duty to share information for the direct care of "
          "an individual under the Health and Social Care Act 2015, and all parties must make reasonable "
          "adjustments for disabled pupils under the Equalities Act 2010."),
        P("Each party's lawful basis under the UK GDPR is Article 6(1)(e) (public task). Health information is "
          "processed under Article 9(2)(h) (health or social care) and, for safeguarding concerns, Article 9(2)(g) "
          "with the conditions in Schedule 1 of the Data Protection Act 2018."),
        P("Consent: the parties will normally discuss a referral with the parent, and with the pupil where they "
          "are old enough to understand, before sharing. Health staff apply the common law duty of "
          "confidentiality and the Caldicott Principles; school staff follow Keeping Children Safe in Education. "
          "Where seeking agreement would put a child at risk, the Designated Safeguarding Lead will share without "
          "it and record the reason."),
        H(1, "Part E \u2013 Pupils' and parents' rights"),
        P("Each party will publish a privacy notice covering this sharing. A pupil aged 12 or over is generally "
          "considered able to exercise their own data protection rights. Requests for access, correction or "
          "deletion will be dealt with by the party that holds the record, which will consult any other party "
          "whose information is involved within five school days."),
        H(1, "Part F \u2013 Handling the information"),
        H(2, "How and when"),
        P("Referrals from schools to the school nursing service and EWMHS are made on the Southend single "
          "referral form through the EWMHS referral portal or by NHSmail from the school's secure account. "
          "Early Help referrals are made through the council's online portal. Feedback to the Designated "
          "Safeguarding Lead is given by secure email within ten school days of a referral. The school nurse "
          "attends each school's half-termly wellbeing meeting, where cases are discussed by initials only."),
        H(2, "Security"),
        P("Schools record referrals and feedback on CPOMS. Health partners record them on SystmOne or their "
          "electronic patient record; the council uses Liquidlogic EHM. Paper copies are not kept. Staff access "
          "information only where they have a role in supporting the pupil."),
        H(2, "Accuracy"),
        P("The party that sends information is responsible for checking it is accurate and up to date. A party "
          "that identifies an error will notify the sender, who will correct its record and tell the other "
          "recipients."),
        H(2, "Retention"),
        P("Schools retain referral records on the pupil's safeguarding file until the pupil's 25th birthday (or "
          "transfer them to the next school). Health records are retained under the NHS Records Management Code of "
          "Practice. The council retains Early Help records for six years after the case closes."),
        H(1, "Part G \u2013 Complaints and breaches"),
        P("Complaints will be handled through the complaints process of the party that receives them, with the "
          "other parties providing information within ten working days. A family may also raise a concern with "
          "the Information Commissioner's Office."),
        P("A personal data breach involving shared information must be reported to the data protection officer of "
          "each party concerned within 24 hours. The controller responsible will decide whether to notify the ICO "
          "and the family; the other parties will support any investigation."),
        H(1, "Part H \u2013 Commencement, review and signatures"),
        P("This agreement commences on 1 September 2023. It will be reviewed annually, the first review falling "
          "twelve months after commencement, and whenever a party's services change. A party may withdraw on "
          "one term's written notice."),
        TBL([["Party", "Name", "Role", "Date"],
             ["Seaview Academies Trust", "Rebecca Tomlin", "Chief Executive Officer", "10/07/2023"],
             ["Southend City Council", "Elaine Hammans", "Director of Children's Services", "12/07/2023"],
             ["Essex Partnership University NHS Foundation Trust", "Nigel Leonard", "Executive Director of "
              "Major Projects and Programmes (SIRO)", "17/07/2023"],
             ["North East London NHS Foundation Trust", "Tony Chambers", "Chief Nurse (SIRO)", "19/07/2023"]],
            widths=[5.5, 3.2, 5.3, 2]),
        H(1, "Appendix 1 \u2013 Relevant guidance"),
        BUL("Keeping Children Safe in Education (statutory guidance for schools and colleges)",
            "Supporting pupils at school with medical conditions (DfE)",
            "Information sharing: advice for practitioners providing safeguarding services (HM Government)",
            "The Caldicott Principles (National Data Guardian)"),
        H(1, "Appendix 2 \u2013 Referral pathway"),
        TBL([["Step", "Who", "What happens"],
             ["1", "Class teacher / mentor", "Records concern on CPOMS and alerts the Designated Safeguarding Lead"],
             ["2", "Designated Safeguarding Lead", "Talks to the parent; decides on referral route"],
             ["3", "School nurse / EWMHS / Early Help", "Screens referral within five school days"],
             ["4", "Receiving service", "Feeds back the outcome to the Designated Safeguarding Lead"],
             ["5", "Half-termly wellbeing meeting", "Reviews open cases by initials only"]],
            widths=[1.2, 5, 9.8]),
    ]
    return {
        "id": "seaview_mat_wellbeing", "files": {"docx": True, "pdf": "rl"},
        "header": "Information Sharing Agreement  \u2013  School Nursing, EWMHS and Early Help  \u2013  v1.2",
        "footer": "Seaview Academies Trust and partners  \u2013  OFFICIAL-SENSITIVE once completed",
        "style": {"font": "Calibri", "size": 11, "hcolor": "2E5E3E", "accent": "2E5E3E", "light": "E2EFE5",
                  "rl_layout": "boxed", "author": "Trust DPO"},
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": None,
            "partners": [O("Seaview Academies Trust"), O("Southend City Council", R_SOUTHEND),
                         O("Essex Partnership University NHS Foundation Trust"),
                         O("North East London NHS Foundation Trust", R_NELFT)],
            "statutes": [S("section 175 of the Education Act 2002", "Education Act", 2002, "section 175"),
                         S("section 100 of the Children and Families Act 2014", "Children and Families Act", 2014,
                           "section 100"),
                         S("the Children Acts 1989 and 2004", "Children Act", 1989, None),
                         S("the Children Acts 1989 and 2004", "Children Act", 2004, None),
                         S("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act",
                           2015, None),
                         S("Equalities Act 2010", "Equality Act", 2010, None),
                         S("UK GDPR", UKGDPR, 2016, None),
                         S("Schedule 1 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1")],
            "review_date": "2024-09-01", "review_basis": "relative", "commencement_date": "2023-09-01",
            "missing": [],
        },
    }


# =====================================================================
# 8. South Essex College: EHC plan transition into FE (2017, DPA 1998)
# =====================================================================
@register
def doc_sec_send_transition():
    title = "Transition of Learners with Education, Health and Care Plans into Further Education"
    purpose = ("The purpose of this protocol is to ensure that information about young people with Education, "
               "Health and Care (EHC) plans who intend to move into further education at South Essex College is "
               "shared with the College in good time, so that the support set out in the plan is in place on the "
               "learner's first day.")
    blocks = [
        P("SOUTH ESSEX COLLEGE", bold=True, size=13, color="4B2C83"),
        P("of Further and Higher Education", size=10, color="4B2C83"),
        SP(80),
        P("INFORMATION SHARING PROTOCOL", bold=True, size=14, color="4B2C83", align="center"),
        TITLE([title], size=21, color="4B2C83", align="center"),
        SP(20),
        P("in partnership with Southend-on-Sea Borough Council, Thurrock Council, Essex County Council, Southend "
          "Clinical Commissioning Group and Thurrock Clinical Commissioning Group", align="center", size=10),
        SP(110),
        P("Version 1.0   |   February 2017", align="center", size=10),
        PB(),
        H(1, "DOCUMENT CONTROL"),
        TBL([["Lead partner", "South Essex College of Further and Higher Education"],
             ["Protocol author", "Karen Lyons, Data Protection Officer, South Essex College"],
             ["Approved by", "College Leadership Team, 14 February 2017"],
             ["Commencement", "1 March 2017"],
             ["Review due", "28/02/2019"],
             ["Related documents", "SET SEND Transition Protocol; College Admissions Policy"]],
            header=False, keycol=True, widths=[5, 11]),
        TBL([["Version", "Date", "Author", "Comment"],
             ["0.1", "11/11/2016", "K. Lyons", "Draft for SEND Transition Group"],
             ["0.2", "20/12/2016", "K. Lyons", "Comments from local authority SEN teams"],
             ["1.0", "14/02/2017", "K. Lyons", "Approved"]],
            widths=[2.0, 2.6, 2.6, 9]),
        H(1, "CONTENTS"),
        TBL([["1", "Introduction"], ["2", "Purpose"], ["3", "Partners"], ["4", "Legal basis"],
             ["5", "Information to be shared"], ["6", "How information will be shared"],
             ["7", "Confidentiality and security"], ["8", "Accuracy of information"],
             ["9", "Complaints"], ["10", "Commencement, review and signatures"],
             ["Appendix 1", "Legislation"], ["Appendix 2", "Data items"]],
            header=False, widths=[2.5, 13.5]),
        PB(),
        H(1, "1. INTRODUCTION"),
        P("Since September 2014, young people with special educational needs who need more support than a college "
          "can normally provide have had an EHC plan in place of a statement of special educational needs or a "
          "learning difficulty assessment. The local authority that maintains the plan must name the College in "
          "the plan before the young person can start, and the College must be consulted first."),
        P("In practice, the College often receives the plan in the July before a September start, leaving little "
          "time to arrange transport, personal care, specialist equipment or learning support assistants. This "
          "protocol sets out what information the partners will share, and when, to make transition smoother."),
        H(1, "2. PURPOSE"),
        P(purpose),
        P("It covers consultation on naming the College in an EHC plan, transition reviews in Year 11 and Year "
          "13, and the first annual review after enrolment. It does not cover learners without an EHC plan, for "
          "whom the College's own admissions and learning support processes apply."),
        H(1, "3. PARTNERS"),
        P("The partners to this protocol are:"),
        TBL([["Partner", "Contact point"],
             ["South Essex College of Further and Higher Education", "Additional Learning Support Manager"],
             ["Southend-on-Sea Borough Council", "SEN Team, Civic Centre, Victoria Avenue"],
             ["Thurrock Council", "SEND Team, Civic Offices, Grays"],
             ["Essex County Council", "SEND Operations, South Quadrant"],
             ["Southend Clinical Commissioning Group", "Designated Clinical Officer for SEND"],
             ["Thurrock Clinical Commissioning Group", "Designated Clinical Officer for SEND"]],
            widths=[8, 8]),
        H(1, "4. LEGAL BASIS"),
        P("Part 3 of the Children and Families Act 2014 and the Special Educational Needs and Disability "
          "Regulations 2014 require local authorities to consult the College before naming it in an EHC plan and "
          "require the College to co-operate with the local authority. The College also has duties under the "
          "Equality Act 2010 to make reasonable adjustments for disabled learners; these replaced the duties "
          "previously contained in the Disability Discrimination Act 1995."),
        P("For young people who had a learning difficulty assessment under section 139A of the Learning and Skills "
          "Act 2000 before the transfer to EHC plans, the assessment may also be shared."),
        P("All partners must process personal data in line with the Data Protection Act 1998. Sharing under this "
          "protocol meets the first data protection principle because it is necessary for the exercise of "
          "functions conferred by statute (Schedule 2, paragraph 5) and, for information about a learner's "
          "physical or mental health, because it is necessary for the exercise of those functions (Schedule 3, "
          "paragraph 7). The Human Right Act 1998 requires any sharing to be proportionate. Requests for this "
          "protocol may be made under the Freedom of Information Act 2000."),
        P("Partners should also follow the SEND Code of Practice: 0 to 25 years (January 2015) and, for health "
          "partners, the Caldicott principles."),
        H(1, "5. INFORMATION TO BE SHARED"),
        P("With the young person's agreement (or, where they lack capacity, their parent's), the local authority "
          "will share with the College:"),
        BUL("the draft or final EHC plan, including sections B (needs), F (provision) and the outcomes in "
            "section E;",
            "the most recent annual review report and any professional advice attached to the plan;",
            "details of transport arrangements and any personal budget;",
            "contact details for the young person, parents or carers and the allocated SEN officer."),
        P("The CCGs will share, through the Designated Clinical Officer, information about health provision in "
          "section G of the plan that the College needs to deliver, such as care plans for epilepsy or diabetes."),
        P("The College will share with the local authority the outcome of consultation, the learner's enrolment, "
          "attendance at transition events and any concerns about the suitability of the placement."),
        H(1, "6. HOW INFORMATION WILL BE SHARED"),
        P("Consultation requests and plans are sent by the local authority by secure email (GCSx or Egress) to "
          "sen.consultations@southessex.ac.uk. The College will reply within 15 days of receiving a consultation, "
          "as required by the regulations. Transition review invitations are sent at least two weeks before the "
          "meeting. Each June the local authorities will send a list of Year 11 and Year 13 learners with EHC "
          "plans who have applied to the College."),
        H(1, "7. CONFIDENTIALITY AND SECURITY"),
        P("Plans and reports must be stored in the College's learner support system and not in shared network "
          "drives or personal email. Access is limited to the Additional Learning Support team and to tutors who "
          "need to know how to support the learner. Paper copies brought to review meetings must be returned to "
          "the Additional Learning Support office."),
        H(1, "8. ACCURACY OF INFORMATION"),
        P("The local authority that maintains the plan is responsible for its contents. If the College believes "
          "that information is inaccurate or out of date, it will raise this at the next review or, if urgent, "
          "with the SEN officer straight away."),
        H(1, "9. COMPLAINTS"),
        P("A learner or parent who is unhappy about the way their information has been shared may complain to "
          "the partner concerned through its complaints procedure. Where a complaint involves more than one "
          "partner, they will agree which of them will respond. The Information Commissioner's Office can also "
          "consider complaints under the Data Protection Act 1998."),
        P("Learners and parents may see the information held about them by making a request to the partner "
          "concerned. Disagreements about the content of an EHC plan are dealt with through mediation and the "
          "SEND Tribunal, not under this protocol."),
        H(1, "10. COMMENCEMENT, REVIEW AND SIGNATURES"),
        P("This protocol commences on 1 March 2017. The SEND Transition Group will review it before the date shown "
          "in the document control table. A partner may withdraw by writing to the College's Data Protection "
          "Officer."),
        TBL([["Partner", "Signed by", "Position", "Date"],
             ["South Essex College of Further and Higher Education", "Angela O'Donoghue", "Principal",
              "20/02/2017"],
             ["Southend-on-Sea Borough Council", "Brin Martin", "Head of Learning", "22/02/2017"],
             ["Thurrock Council", "Roger Edwardson", "Strategic Lead, School Improvement, Learning and Skills",
              "23/02/2017"],
             ["Essex County Council", "Ralph Holloway", "Head of SEND Strategy", "24/02/2017"],
             ["Southend Clinical Commissioning Group", "Tricia D'Orsi", "Chief Nurse", "27/02/2017"],
             ["Thurrock Clinical Commissioning Group", "Jane Foster-Taylor", "Chief Nurse", "28/02/2017"]],
            widths=[5.6, 3.2, 5.2, 2]),
        PB(),
        H(1, "APPENDIX 1 \u2013 LEGISLATION"),
        BUL("Children and Families Act 2014, Part 3",
            "Special Educational Needs and Disability Regulations 2014",
            "Equality Act 2010",
            "Learning and Skills Act 2000 (section 139A, for learning difficulty assessments)",
            "Data Protection Act 1998",
            "Human Right Act 1998",
            "Freedom of Information Act 2000"),
        H(1, "APPENDIX 2 \u2013 DATA ITEMS"),
        TBL([["Item", "From", "To"],
             ["Name, date of birth, address, ULN", "Local authority", "College"],
             ["EHC plan (draft or final)", "Local authority", "College"],
             ["Annual review report and advice", "Local authority", "College"],
             ["Health provision (section G)", "CCG (Designated Clinical Officer)", "College"],
             ["Consultation response", "College", "Local authority"],
             ["Enrolment confirmation and start date", "College", "Local authority"],
             ["Attendance at transition events", "College", "Local authority"]],
            widths=[7, 5, 4]),
    ]
    return {
        "id": "south_essex_college_send_transition", "files": {"docx": True, "pdf": "lo", "doc": True},
        "header": "South Essex College \u2013 Information Sharing Protocol \u2013 SEND transition",
        "footer": "Version 1.0 \u2013 February 2017",
        "style": {"font": "Times New Roman", "size": 11.5, "hcolor": "4B2C83", "cover_no_header": True,
                  "author": "South Essex College"},
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": O("South Essex College of Further and Higher Education"),
            "partners": [O("Southend-on-Sea Borough Council", R_SOUTHEND), O("Thurrock Council", R_THURROCK),
                         O("Essex County Council", R_ECC), O("Southend Clinical Commissioning Group", R_SCCG),
                         O("Thurrock Clinical Commissioning Group", R_TCCG)],
            "statutes": [S("Part 3 of the Children and Families Act 2014", "Children and Families Act", 2014,
                           "Part 3"),
                         S("Special Educational Needs and Disability Regulations 2014",
                           "Special Educational Needs and Disability Regulations", 2014, None),
                         S("Equality Act 2010", "Equality Act", 2010, None),
                         S("Disability Discrimination Act 1995", "Disability Discrimination Act", 1995, None),
                         S("section 139A of the Learning and Skills Act 2000", "Learning and Skills Act", 2000,
                           "section 139A"),
                         S("Data Protection Act 1998", "Data Protection Act", 1998, None),
                         S("Human Right Act 1998", "Human Rights Act", 1998, None),
                         S("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None)],
            "review_date": "2019-02-28", "review_basis": "explicit", "commencement_date": "2017-03-01",
            "missing": ["retention", "breach"],
        },
    }


# =====================================================================
# 9. Luton Borough Council and University of Bedfordshire: evaluation DSA
# =====================================================================
@register
def doc_luton_uni_evaluation():
    title = "Evaluation of the Luton Inclusion and Attendance Hub"
    purpose = ("Luton Borough Council will provide the University of Bedfordshire with pseudonymised information "
               "about pupils referred to the Luton Inclusion and Attendance Hub, so that the University can "
               "evaluate whether the Hub improves attendance and reduces suspensions, and report its findings to "
               "the Council and to schools.")
    blocks = [
        SP(20),
        BOX(["Data Sharing Agreement", title, "Version 1.0  |  January 2025"],
            sizes=[26, 36, 20], bold_lines=[0, 1], color="00205B", border="F0A500", fill="FFFFFF", height_pt=160),
        SP(10),
        TBL([["Between", "Luton Borough Council, Town Hall, George Street, Luton LU1 2BQ"],
             ["and", "University of Bedfordshire, University Square, Luton LU1 3JU"],
             ["Agreement number", "LBC-DSA-2025-004"],
             ["Commencement", "20 January 2025"],
             ["Council contact", "Data Protection Officer, Luton Borough Council"],
             ["University contact", "Research Governance and Integrity Officer"]],
            header=False, keycol=True, widths=[4, 12]),
        H(2, "Version control"),
        TBL([["Version", "Date", "Prepared by", "Notes"],
             ["0.1", "28/10/2024", "Amira Hussain (LBC Information Governance)", "Draft"],
             ["0.2", "02/12/2024", "Dr Owen Price (University)", "Method and pseudonymisation detail"],
             ["1.0", "13/01/2025", "A. Hussain", "Agreed for signature"]],
            widths=[2.0, 2.4, 6, 6]),
        H(1, "1. Purpose of the sharing"),
        P(purpose),
        P("The Hub was set up in September 2023 with funding from the Council's Education and Skills budget. It "
          "offers family support, mentoring and short-term alternative provision to pupils whose attendance has "
          "fallen below 80 per cent or who have received repeated suspensions. The evaluation will compare "
          "outcomes for referred pupils with those of similar pupils in schools that did not make referrals."),
        H(1, "2. Relationship between the parties"),
        P("This agreement is between Luton Borough Council and the University of Bedfordshire. Each party is an "
          "independent controller: the Council for the source data and the re-identification key, the University "
          "for the pseudonymised research dataset it creates. The University is not acting as the Council's "
          "processor."),
        H(1, "3. Data to be shared"),
        TBL([["Field", "Form in which shared"],
             ["Pupil identifier", "Pseudonym generated by the Council (no UPN, name or address)"],
             ["Year group, sex, ethnicity group", "Coded"],
             ["Free school meals eligibility, SEN status", "Yes/No flags"],
             ["Attendance % by half-term, 2021/22 to 2024/25", "Numeric"],
             ["Number of suspension days by term", "Numeric"],
             ["Hub referral date, interventions received", "Coded"],
             ["School (comparison group only)", "School type code, not school name"]],
            widths=[7, 9]),
        P("Small numbers (fewer than ten pupils in a cell) will be suppressed in any output."),
        H(1, "4. Legal basis"),
        P("The Council's power to commission and share research on its services rests on section 1 of the Localism "
          "Act 2011 and on its duty under section 10 of the Children Act 2004 to promote co-operation to improve the "
          "well-being of children. The attendance data was collected by the Council under section 444 of the "
          "Education Act 1996 and associated regulations."),
        P("Under the UK GDPR, the Council relies on Article 6(1)(e) (public task) and the University on Article "
          "6(1)(e) as a public authority carrying out research in the public interest. Ethnicity and SEN status "
          "are special category data processed under Article 9(2)(j) (research), with the safeguards in Article "
          "89 and section 19 of the Data Protection Act 2018. The University's Research Ethics Committee approved "
          "the study on 4 December 2024."),
        P("Because only pseudonymised information leaves the Council, and the key stays with the Council, the "
          "common law duty of confidence is not engaged."),
        H(1, "5. Individuals' rights and transparency"),
        P("The Council will publish a research privacy notice on its website and ask the Hub and participating "
          "schools to link to it. Because the University cannot identify individuals, requests to exercise data "
          "protection rights will be handled by the Council, which may rely on the research exemptions in "
          "Schedule 2, Part 6 of the 2018 Act where complying would seriously impair the research."),
        H(1, "6. Security"),
        P("The University will hold the dataset only in its secure research environment, which is certified to "
          "Cyber Essentials Plus, with access restricted to the three named members of the research team. The "
          "dataset must not be copied to laptops or removable media. The University will not attempt to "
          "re-identify any pupil or link the dataset to any other data."),
        H(1, "7. Accuracy"),
        P("The Council will extract the data from its education management system and validate it against the "
          "school census. If the University identifies apparent errors, it will notify the Council, which will "
          "correct the source where necessary and issue a replacement extract."),
        H(1, "8. Retention and destruction"),
        P("The University will keep the dataset until the final evaluation report has been accepted by the "
          "Council, and in any case for no longer than 12 months after it was received. It will then securely "
          "destroy the data and send the Council a certificate of destruction. Aggregate results may be kept and "
          "published."),
        H(1, "9. Data breaches"),
        P("The University will notify the Council's Data Protection Officer within 24 hours of becoming aware of "
          "any breach of security affecting the dataset, and will co-operate with any investigation. The Council "
          "will decide whether a report to the ICO is needed."),
        H(1, "10. Term and signatures"),
        P("This agreement commences on 20 January 2025 and ends when the University has confirmed in writing that "
          "all data supplied under it has been destroyed. Either party may end it earlier by giving 30 days' "
          "notice, in which case the University will destroy the data within that period."),
        TBL([["Signed for", "Name", "Position", "Date"],
             ["Luton Borough Council", "Laura Church", "Corporate Director, Children, Families and Education",
              "15/01/2025"],
             ["University of Bedfordshire", "Professor Yvonne Barnett", "Pro Vice-Chancellor (Research and "
                                                                       "Innovation)", "20/01/2025"]],
            widths=[4.5, 4, 5.5, 2]),
    ]
    return {
        "id": "luton_university_evaluation", "files": {"docx": True, "pdf": "lo"},
        "header": "Data Sharing Agreement \u2013 " + title + "  |  OFFICIAL-SENSITIVE",
        "footer": "LBC-DSA-2025-004",
        "style": {"font": "Arial", "size": 10.5, "hcolor": "00205B", "author": "LBC IG"},
        "blocks": blocks,
        "truth": {
            "title": title,
            "purpose": purpose,
            "lead": None,
            "partners": [O("Luton Borough Council"), O("University of Bedfordshire")],
            "statutes": [S("section 1 of the Localism Act 2011", "Localism Act", 2011, "section 1"),
                         S("section 10 of the Children Act 2004", "Children Act", 2004, "section 10"),
                         S("section 444 of the Education Act 1996", "Education Act", 1996, "section 444"),
                         S("UK GDPR", UKGDPR, 2016, None),
                         S("section 19 of the Data Protection Act 2018", "Data Protection Act", 2018, "section 19")],
            "review_date": None, "review_basis": "none", "commencement_date": "2025-01-20",
            "missing": ["format_frequency", "complaints"],
        },
    }


# ---------------------------------------------------------------- self-checks
MISSING_PATTERNS = {
    "purpose": r"\bpurpose\b",
    "information_shared": r"data items|information to be shared|what (we will|is) shared",
    "legal_basis": r"lawful basis|legal basis|legal powers|legal gateway",
    "individual_rights": r"subject access|privacy notice|rights of|right to (see|access|object)|rectif|erasure|"
                         r"data protection rights|see the information held",
    "security": r"\bsecurity\b|\bsecure\b",
    "format_frequency": r"frequen|egress|sftp|secure email|nhsmail|portal|monthly|weekly|termly|half-termly|"
                        r"upload|by email|transfer",
    "retention": r"retain|retention|destroy|destruction|delet|dispos|kept for|keep (it|the|notifications|cme)|"
                 r"how long",
    "accuracy": r"accura|up to date|up-to-date|data quality|correct(ed|ion|s)?\b|inaccura|error",
    "complaints": r"complain",
    "breach": r"breach|incident|misdirected|lost\b|loss of|unauthorised access",
    "agreement": r"commence|withdraw|signature",
}


def self_check(doc):
    t = doc["truth"]
    text = flat_text(doc)
    norm = re.sub(r"\s+", " ", text)
    problems = []
    if t["title"] not in norm:
        problems.append("title not found")
    if not any(b[0] == "p" and b[1] == t["purpose"] for b in doc["blocks"]):
        problems.append("purpose not a paragraph")
    for o in ([t["lead"]] if t["lead"] else []) + t["partners"]:
        if o["name"] not in norm:
            problems.append("party not found: " + o["name"])
    for s in t["statutes"]:
        if s["citation"] not in norm:
            problems.append("citation not found: " + s["citation"])
    for k in t["missing"]:
        m = re.search(MISSING_PATTERNS[k], norm, re.I)
        if m:
            problems.append("missing section %s but text has %r: ...%s..." % (
                k, m.group(0), norm[max(0, m.start() - 60):m.end() + 40]))
    mentions = sorted(set(re.findall(r"((?:[A-Z][\w,&'()\.\-]*\s+(?:of|and|the|in|to|for|etc\.)?\s*){1,9}"
                                     r"(?:Act|Acts|Regulations?)\s+(?:\d{4}(?:\s+and\s+\d{4})?))", norm)))
    return problems, mentions


def truth_records(doc, fmt, fname):
    t = doc["truth"]
    return {
        "file": fname,
        "format": fmt,
        "title": t["title"],
        "purpose": t["purpose"],
        "lead": t["lead"],
        "partners": t["partners"],
        "statutes": t["statutes"],
        "review_date": t["review_date"],
        "review_basis": t["review_basis"],
        "commencement_date": t["commencement_date"],
        "sections_present": [k for k in ALL_KEYS if k not in t["missing"]],
        "missing_sections": [k for k in ALL_KEYS if k in t["missing"]],
    }


# ---------------------------------------------------------------- main
def main():
    verbose = "-v" in sys.argv
    docs = [fn() for fn in DOCS]
    bad = False
    for d in docs:
        problems, mentions = self_check(d)
        if problems:
            bad = True
            print("SELF-CHECK", d["id"])
            for p in problems:
                print("   ", p)
        if verbose:
            print(d["id"], "mentions:")
            for m in mentions:
                print("     ", m)
    if bad:
        sys.exit("self-check failed")

    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    lo_pdf, lo_doc = [], []
    for d in docs:
        f = d["files"]
        if f.get("docx"):
            p = os.path.join(BUILD, d["id"] + ".docx")
            render_docx(d, p)
            shutil.copy(p, os.path.join(OUT, d["id"] + ".docx"))
            if f.get("pdf") == "lo":
                lo_pdf.append(p)
            if f.get("doc"):
                lo_doc.append(p)
        if f.get("pdf") == "rl":
            render_pdf(d, os.path.join(OUT, d["id"] + ".pdf"))
    soffice("pdf", lo_pdf, BUILD)
    soffice("doc", lo_doc, BUILD)
    for p in lo_pdf:
        b = os.path.splitext(os.path.basename(p))[0] + ".pdf"
        shutil.copy(os.path.join(BUILD, b), os.path.join(OUT, b))
        _pdf_normalise(os.path.join(OUT, b))
    for p in lo_doc:
        b = os.path.splitext(os.path.basename(p))[0] + ".doc"
        shutil.copy(os.path.join(BUILD, b), os.path.join(OUT, b))

    records = []
    for d in docs:
        for fmt in ("pdf", "docx", "doc"):
            fname = d["id"] + "." + fmt
            if os.path.exists(os.path.join(OUT, fname)):
                records.append(truth_records(d, fmt, fname))
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(records, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d files, %d truth records" % (len(os.listdir(OUT)), len(records)))


if __name__ == "__main__":
    main()
