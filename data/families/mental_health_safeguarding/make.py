#!/usr/bin/env python
"""Deterministic generator for the `mental_health_safeguarding` blind corpus family.

Run:  .venv/bin/python data/families/mental_health_safeguarding/make.py
Writes files/ and truth.json beside this script.  Uses python-docx, reportlab and
LibreOffice (own profile /tmp/lo_mental_health_safeguarding) for DOCX->PDF / DOCX->DOC.
"""
import datetime
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
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo_mental_health_safeguarding"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
SECTION_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights",
                "security", "format_frequency", "retention", "accuracy", "complaints",
                "breach", "agreement"]


# --------------------------------------------------------------------------------------
# Block model.  Every document is a list of blocks; both renderers read the same list so
# the DOCX, the Word-converted PDF, the DOC and a reportlab PDF all carry the same words.
# --------------------------------------------------------------------------------------
def H(text, sec=None, level=1):
    if isinstance(sec, str):
        sec = [sec]
    return {"t": "h", "text": text, "sec": sec or [], "level": level}


def P(text, bold=False, italic=False, align=None, size=None):
    return {"t": "p", "text": text, "bold": bold, "italic": italic, "align": align,
            "size": size}


def B(items):
    return {"t": "bul", "items": items}


def NUM(items, fmt="{n}."):
    return {"t": "num", "items": items, "fmt": fmt}


def T(rows, widths=None, header=True, shade=None, bold_first_col=False, size=None):
    return {"t": "tab", "rows": rows, "widths": widths, "header": header, "shade": shade,
            "bold_first_col": bold_first_col, "size": size}


def TITLE(text, size=22, align="center", bold=True, color=None, space_after=8):
    return {"t": "title", "text": text, "size": size, "align": align, "bold": bold,
            "color": color, "space_after": space_after}


def BOX(lines, size=16, color=None):
    """A text box (VML text box in Word, a bordered panel in reportlab)."""
    return {"t": "box", "lines": lines, "size": size, "color": color}


def SP(h=12):
    return {"t": "sp", "h": h}


def PB():
    return {"t": "pb"}


def BODY():
    """Start the body: a page break; in two-column reportlab layouts, switch to two columns."""
    return {"t": "body"}


def WIDE():
    """reportlab two-column layouts: switch to the single-column template (new page)."""
    return {"t": "wide"}


def sections_of(blocks):
    found = []
    for b in blocks:
        if b["t"] == "h":
            for s in b["sec"]:
                if s not in found:
                    found.append(s)
    return [k for k in SECTION_KEYS if k in found]


# --------------------------------------------------------------------------------------
# DOCX renderer
# --------------------------------------------------------------------------------------
def _hex(c):
    return RGBColor.from_string(c) if c else None


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def _field(run, instr):
    f1 = parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    it = parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    f2 = parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    t = parse_xml(r'<w:t %s>1</w:t>' % nsdecls("w"))
    f3 = parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _textbox_xml(lines, size, color, width_pt=430, height_pt=120):
    paras = []
    for i, ln in enumerate(lines):
        sz = size * 2 if i == 0 else int(size * 1.5)
        col = '<w:color w:val="%s"/>' % color if color else ""
        paras.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>%s<w:sz w:val="%d"/>'
            '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (col, sz, _esc(ln)))
    xml = (
        '<w:r %s %s %s><w:pict><v:shape id="TitleBox" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%dpt;height:%dpt;z-index:1;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:paragraph" strokecolor="#1F3864" '
        'strokeweight="1.5pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>' % (
            nsdecls("w"), 'xmlns:v="urn:schemas-microsoft-com:vml"',
            'xmlns:w10="urn:schemas-microsoft-com:office:word"',
            width_pt, height_pt, "".join(paras)))
    return parse_xml(xml)


def render_docx(spec, path):
    st = spec["style"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    m = st.get("margin", 2.2)
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = st.get("font", "Arial")
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), st.get("font", "Arial"))
    normal.font.size = Pt(st.get("size", 11))
    normal.paragraph_format.space_after = Pt(6)
    hcol = st.get("hcolor")
    for lvl in (1, 2, 3):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = st.get("hfont", st.get("font", "Arial"))
        hs.element.rPr.rFonts.set(qn("w:ascii"), st.get("hfont", st.get("font", "Arial")))
        hs.element.rPr.rFonts.set(qn("w:hAnsi"), st.get("hfont", st.get("font", "Arial")))
        hs.font.size = Pt({1: st.get("h1size", 14), 2: 12, 3: 11}[lvl])
        hs.font.color.rgb = _hex(hcol) if hcol else RGBColor(0, 0, 0)
        hs.font.italic = False

    # header / footer
    if spec.get("header"):
        sec.different_first_page_header_footer = bool(spec.get("header_skip_first"))
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(spec["header"])
        r.font.size = Pt(st.get("header_size", 9))
        r.bold = st.get("header_bold", False)
        hp.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                        "center": WD_ALIGN_PARAGRAPH.CENTER}[st.get("header_align", "right")]
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    if spec.get("footer"):
        r = fp.add_run(spec["footer"] + "    ")
        r.font.size = Pt(8)
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    _field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    _field(r, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    caps = st.get("caps_headings", False)
    heading_mode = st.get("heading_mode", "builtin")
    tshade = st.get("table_shade", "D9E2F3")

    def add_par(text, bold=False, italic=False, align=None, size=None, style=None):
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "left": WD_ALIGN_PARAGRAPH.LEFT,
                           "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        return p

    for b in spec["cover"] + spec["blocks"]:
        t = b["t"]
        if t == "title":
            p = doc.add_paragraph()
            r = p.add_run(b["text"])
            r.bold = b["bold"]
            r.font.size = Pt(b["size"])
            if b["color"]:
                r.font.color.rgb = _hex(b["color"])
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                           "right": WD_ALIGN_PARAGRAPH.RIGHT}[b["align"]]
            p.paragraph_format.space_after = Pt(b["space_after"])
        elif t == "box":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p._p.append(_textbox_xml(b["lines"], b["size"], b["color"]))
        elif t == "sp":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(b["h"])
        elif t in ("pb", "body"):
            doc.add_page_break()
        elif t == "wide":
            doc.add_page_break()
        elif t == "h":
            text = b["text"].upper() if (caps and b["level"] == 1) else b["text"]
            if heading_mode == "builtin":
                doc.add_heading(text, level=b["level"])
            else:  # bold body text used as a heading
                p = add_par(text, bold=True, size=(12 if b["level"] == 1 else 11))
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
        elif t == "p":
            add_par(b["text"], b["bold"], b["italic"], b["align"] or st.get("align"), b["size"])
        elif t == "bul":
            for it in b["items"]:
                add_par(it, style="List Bullet")
        elif t == "num":
            for i, it in enumerate(b["items"]):
                lab = b["fmt"].format(n=i + 1, a="abcdefghijklmnop"[i], r=ROMAN[i])
                p = add_par(lab + "\t" + it)
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
        elif t == "tab":
            rows = b["rows"]
            ncol = max(len(r) for r in rows)
            tab = doc.add_table(rows=len(rows), cols=ncol)
            tab.style = "Table Grid"
            tab.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j in range(ncol):
                    val = row[j] if j < len(row) else ""
                    cell = tab.cell(i, j)
                    cell.text = ""
                    lines = val.split("\n")
                    par = cell.paragraphs[0]
                    for k, ln in enumerate(lines):
                        if k:
                            par = cell.add_paragraph()
                        run = par.add_run(ln)
                        run.font.size = Pt(b["size"] or st.get("table_size", 9.5))
                        if (b["header"] and i == 0) or (b["bold_first_col"] and j == 0):
                            run.bold = True
                    if b["header"] and i == 0:
                        _shade(cell, b["shade"] or tshade)
                    elif b["bold_first_col"] and j == 0 and b["shade"]:
                        _shade(cell, b["shade"])
            total = sec.page_width - sec.left_margin - sec.right_margin
            ws = b["widths"] or [1.0 / ncol] * ncol
            tab.autofit = False
            for j, w in enumerate(ws):
                for i in range(len(rows)):
                    tab.cell(i, j).width = int(total * w)
            grid = tab._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(total * ws[j] / 635)))
            doc.add_paragraph()
    doc.core_properties.title = spec.get("docx_title_prop", "")
    doc.core_properties.author = spec.get("author_prop", "")
    doc.core_properties.last_modified_by = spec.get("author_prop", "")
    fixed = datetime.datetime(2023, 1, 1, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.revision = 1
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite a .docx so that zip entry timestamps are fixed (byte-identical reruns)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# --------------------------------------------------------------------------------------
# reportlab renderer (PDFs drawn directly)
# --------------------------------------------------------------------------------------
def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_rl(spec, path):
    rl = spec["rl"]
    W, Hh = A4
    lm = rm = rl.get("margin", 2.0) * cm
    tm, bm = 2.6 * cm, 2.2 * cm
    font = rl.get("font", "Helvetica")
    bfont = rl.get("bfont", "Helvetica-Bold")
    base = rl.get("size", 9.5)
    accent = colors.HexColor(rl.get("accent", "#1F3864"))
    light = colors.HexColor(rl.get("light", "#DCE6F1"))
    caps = spec["style"].get("caps_headings", False)

    sN = ParagraphStyle("n", fontName=font, fontSize=base, leading=base * 1.32, spaceAfter=5,
                        alignment=TA_LEFT)
    sCell = ParagraphStyle("c", parent=sN, fontSize=base - 1, leading=(base - 1) * 1.25,
                           spaceAfter=0)
    sCellB = ParagraphStyle("cb", parent=sCell, fontName=bfont)
    sBul = ParagraphStyle("b", parent=sN, leftIndent=12, bulletIndent=2)
    sH1 = ParagraphStyle("h1", parent=sN, fontName=bfont, fontSize=base + 3,
                         leading=(base + 3) * 1.3, spaceBefore=9, spaceAfter=5,
                         textColor=accent if not rl.get("banded") else colors.white)
    sH2 = ParagraphStyle("h2", parent=sN, fontName=bfont, fontSize=base + 1,
                         leading=(base + 1) * 1.3, spaceBefore=6, spaceAfter=3,
                         textColor=accent)

    def on_page(canv, d):
        canv.saveState()
        pg = canv.getPageNumber()
        if pg > 1 or not rl.get("skip_first_header", True):
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.8)
            canv.line(lm, Hh - 1.6 * cm, W - rm, Hh - 1.6 * cm)
            canv.setFont(font, 7.5)
            canv.setFillColor(colors.black)
            if rl.get("header_left"):
                canv.drawString(lm, Hh - 1.4 * cm, rl["header_left"])
            if rl.get("header_right"):
                canv.drawRightString(W - rm, Hh - 1.4 * cm, rl["header_right"])
        canv.setFont(font, 7.5)
        canv.line(lm, 1.5 * cm, W - rm, 1.5 * cm)
        if rl.get("footer_left"):
            canv.drawString(lm, 1.1 * cm, rl["footer_left"])
        canv.drawRightString(W - rm, 1.1 * cm, "Page %d" % pg)
        if rl.get("footer_center"):
            canv.drawCentredString(W / 2, 0.7 * cm, rl["footer_center"])
        canv.restoreState()

    full_w = W - lm - rm
    gap = 0.7 * cm
    col_w = (full_w - gap) / 2
    two = rl.get("twocol", False)
    docT = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                           bottomMargin=bm, title=spec.get("pdf_title_prop", ""),
                           author=spec.get("author_prop", ""))
    f_one = Frame(lm, bm, full_w, Hh - tm - bm, id="one")
    templates = [PageTemplate(id="cover", frames=[f_one], onPage=on_page),
                 PageTemplate(id="wide", frames=[Frame(lm, bm, full_w, Hh - tm - bm, id="w")],
                              onPage=on_page)]
    if two:
        templates.append(PageTemplate(id="body", frames=[
            Frame(lm, bm, col_w, Hh - tm - bm, id="c1"),
            Frame(lm + col_w + gap, bm, col_w, Hh - tm - bm, id="c2")], onPage=on_page))
    docT.addPageTemplates(templates)

    story = []
    state = {"w": full_w}

    def table(b, width):
        rows = b["rows"]
        ncol = max(len(r) for r in rows)
        data = []
        for i, row in enumerate(rows):
            cells = []
            for j in range(ncol):
                val = row[j] if j < len(row) else ""
                hdr = (b["header"] and i == 0) or (b["bold_first_col"] and j == 0)
                cells.append(Paragraph(_x(val).replace("\n", "<br/>"), sCellB if hdr else sCell))
            data.append(cells)
        ws = b["widths"] or [1.0 / ncol] * ncol
        tb = Table(data, colWidths=[width * w for w in ws], repeatRows=1 if b["header"] else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if rl.get("box_outer"):
            style.append(("BOX", (0, 0), (-1, -1), 1.4, accent))
        if b["header"]:
            style.append(("BACKGROUND", (0, 0), (-1, 0), light))
        if b["bold_first_col"]:
            style.append(("BACKGROUND", (0, 0), (0, -1), light))
        tb.setStyle(TableStyle(style))
        return tb

    for b in spec["cover"] + spec["blocks"]:
        t = b["t"]
        width = state["w"]
        if t == "title":
            st_ = ParagraphStyle("t", parent=sN, fontName=bfont if b["bold"] else font,
                                 fontSize=b["size"], leading=b["size"] * 1.25,
                                 alignment={"center": TA_CENTER, "left": TA_LEFT,
                                            "right": TA_RIGHT}[b["align"]],
                                 textColor=colors.HexColor("#" + b["color"]) if b["color"] else colors.black,
                                 spaceAfter=b["space_after"])
            story.append(Paragraph(_x(b["text"]), st_))
        elif t == "box":
            ps = []
            for i, ln in enumerate(b["lines"]):
                sz = b["size"] if i == 0 else b["size"] * 0.75
                ps.append(Paragraph(_x(ln), ParagraphStyle("bx", parent=sN, fontName=bfont,
                                                           fontSize=sz, leading=sz * 1.3,
                                                           alignment=TA_CENTER)))
            tb = Table([[ps]], colWidths=[width * 0.85])
            tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, accent),
                                    ("TOPPADDING", (0, 0), (-1, -1), 12),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
            story.append(tb)
        elif t == "sp":
            story.append(Spacer(1, b["h"]))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "body":
            if two:
                story.append(NextPageTemplate("body"))
                state["w"] = col_w
            story.append(PageBreak())
        elif t == "wide":
            story.append(NextPageTemplate("wide"))
            story.append(PageBreak())
            state["w"] = full_w
        elif t == "h":
            text = b["text"].upper() if (caps and b["level"] == 1) else b["text"]
            if b["level"] == 1 and rl.get("banded"):
                tb = Table([[Paragraph(_x(text), sH1)]], colWidths=[width])
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), accent),
                                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                story.append(Spacer(1, 6))
                story.append(tb)
                story.append(Spacer(1, 4))
            else:
                story.append(Paragraph(_x(text), sH1 if b["level"] == 1 else sH2))
        elif t == "p":
            s = sN
            if b["bold"] or b["italic"] or b["align"] or b["size"]:
                s = ParagraphStyle("px", parent=sN, fontName=bfont if b["bold"] else font,
                                   alignment={"center": TA_CENTER, "right": TA_RIGHT,
                                              None: TA_LEFT, "left": TA_LEFT,
                                              "justify": TA_LEFT}[b["align"]],
                                   fontSize=b["size"] or base,
                                   leading=(b["size"] or base) * 1.3)
            txt = _x(b["text"])
            if b["italic"]:
                txt = "<i>%s</i>" % txt
            story.append(Paragraph(txt, s))
        elif t == "bul":
            for it in b["items"]:
                story.append(Paragraph(_x(it), sBul, bulletText="\u2022"))
        elif t == "num":
            for i, it in enumerate(b["items"]):
                lab = b["fmt"].format(n=i + 1, a="abcdefghijklmnop"[i], r=ROMAN[i])
                story.append(Paragraph(_x(it), ParagraphStyle("nm", parent=sN, leftIndent=20,
                                                              bulletIndent=0), bulletText=lab))
        elif t == "tab":
            story.append(table(b, width))
            story.append(Spacer(1, 8))
    docT.build(story)


# --------------------------------------------------------------------------------------
# Shared helpers for content
# --------------------------------------------------------------------------------------
def soffice(fmt, paths, outdir):
    if not paths:
        return
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=600)


def org(name, registry_name=None):
    return {"name": name, "org": registry_name}


def stat(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


# ======================================================================================
# D1  EPUT: Mental Health Street Triage and Section 136 Pathway (Essex)
# ======================================================================================
def d1():
    title = "Mental Health Street Triage and Section 136 Pathway"
    purpose = ("This agreement sets out how Essex Partnership University NHS Foundation Trust, "
               "Essex Police and the East of England Ambulance Service NHS Trust will share "
               "personal and special category information when a mental health practitioner "
               "attends, or gives telephone advice on, an incident where police officers are "
               "considering the use of their powers under section 136 of the Mental Health Act "
               "1983, so that a person in mental health crisis receives the least restrictive "
               "and most appropriate response.")
    cover = [
        TITLE("Essex Partnership University NHS Foundation Trust", 13, "right", True, "005EB8", 2),
        TITLE("Information Governance & Data Protection", 10, "right", False, None, 60),
        TITLE("INFORMATION SHARING AGREEMENT", 16, "left", True, "005EB8", 6),
        TITLE(title, 22, "left", True, None, 30),
        T([["Document type", "Information Sharing Agreement (ISA) - multi-agency"],
           ["Reference", "EPUT-ISA-0147"],
           ["Version", "2.1"],
           ["Lead organisation", "Essex Partnership University NHS Foundation Trust"],
           ["Author", "Information Governance Manager, on behalf of the Data Protection Officer"],
           ["Approved by", "Information Governance Steering Group (IGSG)"],
           ["Date approved", "14/03/2023"],
           ["Date of next review", "31/03/2025"],
           ["DPIA reference", "DPIA-2022-088 (Street Triage / S136 Pathway)"],
           ["Target audience", "Street triage practitioners, Mental Health Urgent Care Department, "
                               "Essex Police control room and response officers, EEAST clinicians, "
                               "AMHP services"]],
          widths=[0.3, 0.7], header=False, bold_first_col=True, shade="E8EEF7"),
        PB(),
        P("Version control", bold=True, size=12),
        T([["Version", "Date", "Author", "Summary of changes"],
           ["1.0", "06/01/2020", "IG Manager", "First issue following pilot in south Essex"],
           ["1.1", "19/11/2020", "IG Manager", "Thurrock Council added as party; contact list updated"],
           ["2.0", "09/01/2023", "IG Manager / Head of Urgent Care",
            "Rewritten for UK GDPR and Data Protection Act 2018; places of safety changes; "
            "ICB replaces CCGs"],
           ["2.1", "14/03/2023", "IG Manager", "Approved by IGSG; minor wording changes to section 6"]],
          widths=[0.1, 0.15, 0.25, 0.5]),
        P("Contents", bold=True, size=12),
        P("1. Introduction and purpose\n2. Parties to this agreement\n3. Information to be shared\n"
          "4. Legal basis for sharing\n5. How and when information is shared\n"
          "6. Keeping information secure and retention\n7. Rights of individuals\n"
          "8. Complaints, incidents and breaches\n9. Commencement, review and termination\n"
          "10. Signatures\nAppendix A  Operational contacts\nAppendix B  Glossary"),
        PB(),
    ]
    blocks = [
        H("1. Introduction and purpose", "purpose"),
        P("1.1 Street triage is a joint response in which a registered mental health "
          "practitioner from EPUT works alongside police officers, either in a response car "
          "or from the Mental Health Urgent Care Department by telephone, across Essex, "
          "Southend and Thurrock. The service operates seven days a week between 12:00 and "
          "02:00."),
        P("1.2 Purpose of this agreement", bold=True),
        P(purpose),
        P("1.3 The agreement supports the commitments made by the partners under the Mental "
          "Health Crisis Care Concordat and the requirement that, where practicable, a police "
          "officer consults a registered medical practitioner, nurse or other specified health "
          "professional before exercising the power in section 136."),
        P("1.4 The agreement does not replace each party's own policies on confidentiality, "
          "record keeping and information security, and it does not cover the sharing of "
          "information for the investigation of crime, which is dealt with under separate "
          "arrangements."),
        H("2. Parties to this agreement"),
        P("2.1 The following organisations are parties. Each is a separate controller for the "
          "records it creates; EPUT and Essex Police are joint controllers for the street triage "
          "contact log described in section 5."),
        T([["Organisation", "Role", "ICO registration"],
           ["Essex Partnership University NHS Foundation Trust (EPUT)", "Lead; joint controller (triage log)", "Z9990331"],
           ["Essex Police", "Joint controller (triage log)", "Z4883472"],
           ["East of England Ambulance Service NHS Trust", "Controller", "Z955129X"],
           ["Essex County Council", "Controller (AMHP service)", "Z2120726"],
           ["Southend-on-Sea City Council", "Controller (AMHP service)", "Z6029331"],
           ["Thurrock Council", "Controller (AMHP service)", "Z8228055"],
           ["NHS Mid and South Essex Integrated Care Board", "Commissioner; receives anonymised "
            "activity data only", "ZB345112"]],
          widths=[0.45, 0.35, 0.2]),
        H("3. Information to be shared", ["information_shared", "accuracy"]),
        P("3.1 Only the minimum information needed for the triage decision will be shared. "
          "The practitioner will check the EPUT electronic patient record (Paris) and may "
          "disclose the following to the attending officers:"),
        T([["Data item", "From", "To", "Notes"],
           ["Name, date of birth, address, NHS number", "Police / EPUT", "EPUT / Police", "To confirm identity"],
           ["Whether the person is known to secondary mental health services; care coordinator", "EPUT", "Police", "Yes/no plus contact"],
           ["Current risk summary and crisis or safety plan", "EPUT", "Police, EEAST", "Relevant extract only"],
           ["Circumstances of the incident, behaviour observed, injuries", "Police", "EPUT, EEAST", ""],
           ["Intoxication, medication, physical health concerns", "Police / EEAST", "EPUT", ""],
           ["Outcome (s136 used, voluntary attendance, referral, no further action)", "All", "All", "Recorded on triage log"],
           ["Details of children or adults at risk present", "Police / EPUT", "Children's or adult social care", "Safeguarding referral"]],
          widths=[0.42, 0.18, 0.2, 0.2]),
        P("3.2 Data quality. Each party is responsible for the accuracy of the information it "
          "discloses. Information passed verbally at scene must be recorded contemporaneously "
          "and marked as unverified where the source cannot be confirmed. Where a party "
          "discovers that information it has shared is inaccurate, it will tell the recipients "
          "within two working days so records can be corrected."),
        H("4. Legal basis for sharing", "legal_basis"),
        P("4.1 Each party relies on the following. The sharing is necessary for the performance "
          "of tasks in the public interest and in the exercise of official authority, UK GDPR "
          "Article 6(1)(e). Health information is shared under Article 9(2)(h) (health and "
          "social care) and, where a person is at risk, Article 9(2)(g) together with the "
          "safeguarding condition in Schedule 1, paragraph 18 of the Data Protection Act 2018."),
        P("4.2 Statutory powers and duties relied on include:"),
        B(["Section 136 of the Mental Health Act 1983 (removal to a place of safety), as amended "
           "by the Policing and Crime Act 2017;",
           "Section 135 of the Mental Health Act 1983, where a warrant is being considered;",
           "the Mental Capacity Act 2005, in relation to decisions about care and conveyance;",
           "s.115 Crime and Disorder Act 1998, where information is needed to prevent crime or disorder;",
           "the Human Rights Act 1998, in particular Article 8 (respect for private and family life)."]),
        P("4.3 Health professionals also owe a common law duty of confidentiality. Disclosure "
          "without consent is justified where it is in the person's vital interests, where "
          "there is a risk of serious harm to the person or others, or where required by law. "
          "Staff will apply the Caldicott Principles and the Mental Health Act 1983: Code of "
          "Practice (2015) when deciding what to share."),
        H("5. How and when information is shared", "format_frequency"),
        P("5.1 Sharing takes place in real time during an incident: verbally at scene, by "
          "recorded telephone line via the Mental Health Urgent Care Department, or by Airwave "
          "radio using the incident number only. Personal details must never be passed over "
          "open radio channels."),
        P("5.2 A street triage contact log is completed by the EPUT practitioner on Paris for "
          "every contact and a copy of the outcome fields is sent daily by secure email "
          "(nhs.net to pnn) to the Essex Police Mental Health Liaison Unit. Monthly anonymised "
          "activity figures are provided to the ICB by the 10th working day of each month."),
        H("6. Keeping information secure and retention", ["security", "retention"]),
        P("6.1 Parties will hold shared information on their own secure systems, meeting the "
          "Data Security and Protection Toolkit (health bodies) or the Government Security "
          "Classifications policy (police). Email will only be sent between secure domains "
          "(nhs.net, pnn.police.uk, gcsx successor domains or encrypted using Egress)."),
        P("6.2 Shared information forms part of the receiving party's record and is kept in line "
          "with its retention schedule: for EPUT, the Records Management Code of Practice for "
          "Health and Social Care (mental health records, 20 years after last contact); for "
          "Essex Police, Management of Police Information (MoPI) guidance. The triage log is "
          "reviewed and de-duplicated annually."),
        H("7. Rights of individuals", "individual_rights"),
        P("7.1 People will be told about the street triage service and this sharing through "
          "each party's privacy notice and, where safe, at the time of the contact. Requests "
          "for access (subject access requests) will be handled by the party that holds the "
          "record, and a party that receives a request covering another party's information "
          "will consult that party within five working days. The right to object is considered "
          "case by case; the right to erasure does not generally apply to public task processing."),
        H("8. Complaints, incidents and breaches", ["complaints", "breach"]),
        P("8.1 Complaints from the public about the sharing will be dealt with under the "
          "complaints procedure of the party that received the complaint, with the other "
          "parties co-operating in any investigation. EPUT's Patient Advice and Liaison Service "
          "(PALS) can be contacted on 0800 085 7935."),
        P("8.2 Any actual or suspected breach of confidentiality or security involving shared "
          "information must be reported to the party's Data Protection Officer within 24 hours "
          "and to the other affected parties without delay. The controller responsible will "
          "decide whether the breach must be reported to the ICO within 72 hours and whether the "
          "individual must be told."),
        H("9. Commencement, review and termination", "agreement"),
        P("9.1 This agreement takes effect from 1 April 2023 and replaces version 1.1. It will "
          "be reviewed by the date shown in the document control table, or sooner if the law, "
          "the service model or a serious incident requires it."),
        P("9.2 A party may withdraw by giving three months' notice in writing to the lead "
          "organisation. Information already shared will continue to be protected in line with "
          "this agreement."),
        H("10. Signatures", "agreement"),
        P("Signed on behalf of each party by its Senior Information Risk Owner (SIRO) or "
          "Caldicott Guardian:"),
        T([["Organisation", "Name", "Post", "Date"],
           ["Essex Partnership University NHS Foundation Trust", "Dr R. Okafor", "Caldicott Guardian", "20/03/2023"],
           ["Essex Police", "Det Supt L. Marsh", "Head of Public Protection", "22/03/2023"],
           ["East of England Ambulance Service NHS Trust", "K. Brennan", "SIRO", "24/03/2023"],
           ["Essex County Council", "J. Whitlock", "Director, Adult Social Care Operations", "27/03/2023"],
           ["Southend-on-Sea City Council", "P. Desai", "Head of Adult Services", "28/03/2023"],
           ["Thurrock Council", "M. Grey", "Strategic Lead, Mental Health", "29/03/2023"],
           ["NHS Mid and South Essex Integrated Care Board", "S. Achebe", "Caldicott Guardian", "30/03/2023"]],
          widths=[0.38, 0.2, 0.27, 0.15]),
        PB(),
        H("Appendix A  Operational contacts"),
        T([["Service", "Contact", "Hours"],
           ["EPUT Mental Health Urgent Care Department", "0800 995 1000 (professionals line)", "24/7"],
           ["EPUT Information Governance", "epunft.information.governance@nhs.net", "Mon-Fri"],
           ["Essex Police Mental Health Liaison Unit", "mh.liaison@essex.police.uk", "Mon-Fri"],
           ["EEAST Information Governance", "information.governance@eastamb.nhs.uk", "Mon-Fri"],
           ["Essex AMHP Hub", "0345 606 1212", "24/7 (out of hours via ECC Emergency Duty Team)"]],
          widths=[0.45, 0.35, 0.2]),
        H("Appendix B  Glossary"),
        T([["Term", "Meaning"],
           ["AMHP", "Approved Mental Health Professional"],
           ["HBPoS", "Health-based place of safety (s136 suite)"],
           ["MHUCD", "Mental Health Urgent Care Department"],
           ["Paris", "EPUT's electronic patient record"],
           ["SIRO", "Senior Information Risk Owner"]], widths=[0.25, 0.75]),
    ]
    lead = org("Essex Partnership University NHS Foundation Trust", None)
    partners = [org("Essex Police", "Essex Police"),
                org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
                org("Essex County Council", "Essex County Council"),
                org("Southend-on-Sea City Council", "Southend Borough Council"),
                org("Thurrock Council", "Thurrock Council"),
                org("NHS Mid and South Essex Integrated Care Board", None)]
    statutes = [stat("section 136 of the Mental Health Act 1983", "Mental Health Act", 1983, "section 136"),
                stat("Policing and Crime Act 2017", "Policing and Crime Act", 2017, None),
                stat("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
                stat("s.115 Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                stat("the Human Rights Act 1998, in particular Article 8", "Human Rights Act", 1998, "Article 8"),
                stat("UK GDPR Article 6(1)(e)", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                stat("Schedule 1, paragraph 18 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1, paragraph 18")]
    return dict(id="eput_street_triage_s136", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=lead, partners=partners, statutes=statutes, review_date="2025-03-31",
                review_basis="explicit", commencement_date="2023-04-01",
                header="ISA: Mental Health Street Triage and Section 136 Pathway | v2.1 | OFFICIAL-SENSITIVE",
                footer="EPUT Information Governance - EPUT-ISA-0147",
                style=dict(font="Arial", size=10.5, hcolor="005EB8", h1size=13),
                formats=["docx", "pdf", "doc"], pdf="word",
                author_prop="EPUT Information Governance")


# ======================================================================================
# D2  Suffolk MASH (Suffolk County Council hand) - reportlab two-column + DOCX
# ======================================================================================
def d2():
    title = "Suffolk Multi-Agency Safeguarding Hub Information Sharing Agreement"
    purpose = ("The purpose of this agreement is to allow the partner agencies working in, and "
               "with, the Suffolk Multi-Agency Safeguarding Hub (MASH) to share information "
               "about children, young people and adults with care and support needs, and about "
               "their families and carers, quickly and lawfully, so that the MASH can decide "
               "whether a referral meets the threshold for statutory intervention, identify the "
               "risk of harm as early as possible and direct the case to the service that can "
               "best respond.")
    cover = [
        TITLE("Suffolk Safeguarding Partnership", 11, "left", True, "00594F", 2),
        TITLE("Suffolk County Council  |  Suffolk Constabulary  |  NHS Suffolk and North East Essex ICB",
              8, "left", False, None, 50),
        T([["Document title", title],
           ["Owner", "Suffolk County Council (Children and Young People's Services, MASH)"],
           ["Document type", "Information Sharing Agreement - Tier 2 (service level)"],
           ["Version", "4.0 FINAL"],
           ["Effective from", "01 October 2023"],
           ["Classification", "OFFICIAL"],
           ["Approved", "MASH Governance Board, 12 September 2023"],
           ["Supersedes", "MASH Information Sharing Agreement v3.2 (2020)"]],
          widths=[0.28, 0.72], header=False, bold_first_col=True, shade="D9EAD3"),
        SP(20),
        P("Version history", bold=True),
        T([["Version", "Date", "Changes", "By"],
           ["3.0", "Jul 2018", "Updated for DPA 2018", "SCC IG"],
           ["3.2", "Feb 2020", "Adult MASH partners added", "SCC IG"],
           ["4.0 draft", "Jun 2023", "Working Together 2023 review; ICB replaces CCGs", "SCC IG / MASH manager"],
           ["4.0 FINAL", "Sep 2023", "Approved by MASH Governance Board", "MASH manager"]],
          widths=[0.15, 0.15, 0.5, 0.2]),
        BODY(),
    ]
    blocks = [
        H("1. Introduction and scope"),
        P("The Suffolk MASH brings together staff from children's and adult social care, "
          "police, health, education, probation and the fire service in a co-located hub at "
          "Endeavour House, Ipswich. Contacts from professionals and the public about a child "
          "or adult at risk are received by Customer First and passed to the MASH for "
          "information gathering and a decision on next steps."),
        P(purpose),
        P("This agreement covers information shared inside the MASH between MASH partners. It "
          "does not cover the sharing of information after a case has left the MASH, which is "
          "covered by the Suffolk Overarching Information Sharing Protocol and by each "
          "service's own agreements."),
        H("2. Partner agencies"),
        P("The signatories to this agreement are:"),
        NUM(["Suffolk County Council (owner)",
             "Suffolk Constabulary",
             "Norfolk and Suffolk NHS Foundation Trust",
             "East Suffolk and North Essex NHS Foundation Trust",
             "West Suffolk NHS Foundation Trust",
             "NHS Suffolk and North East Essex Integrated Care Board",
             "East of England Ambulance Service NHS Trust",
             "Suffolk Fire and Rescue Service (part of Suffolk County Council, signs separately for MASH purposes)",
             "Probation Service (East of England region)",
             "Ipswich Borough Council",
             "East Suffolk Council"], "{n}."),
        P("Schools and early years settings are not signatories; they supply information to the "
          "MASH Education Officer on request, relying on section 175 of the Education Act 2002."),
        H("3. Information to be shared", "information_shared"),
        P("Partners will share information that is relevant and proportionate to the concern "
          "raised. This will normally include:"),
        B(["identifying details of the child or adult, household members and significant others (name, "
           "aliases, date of birth, address, NHS number, school);",
           "the concern or incident that led to the contact, and its source;",
           "current and previous involvement of each agency, including open cases and child "
           "protection or care and support plans;",
           "police information: domestic abuse incidents, relevant convictions, warning markers "
           "and intelligence graded under the 3x5x2 / 5x5x5 system, shared only where relevant;",
           "health information: GP registration, health visiting and school nursing contact, "
           "mental health and substance misuse service involvement, A&E attendances;",
           "information about risk to staff."]),
        P("Information is recorded on the MASH enquiry form in Liquidlogic (LCS/LAS). Each entry "
          "states the source, the date and whether consent was obtained or why it was not sought."),
        H("4. Legal basis", "legal_basis"),
        P("Partners have considered the legal basis for sharing and are satisfied that it is "
          "lawful. The main powers and duties are:"),
        B(["section 47 of the Children Act 1989 (duty to make enquiries where a child is suffering, "
           "or likely to suffer, significant harm) and section 17 (children in need);",
           "sections 10 and 11 of the Children Act 2004 (co-operation to improve well-being; "
           "duty to safeguard and promote the welfare of children);",
           "section 42 of the Care Act 2014 (enquiry by local authority) and section 6 "
           "(co-operation);",
           "section 115 of the Crime and Disorder Act 1998;",
           "section 175 of the Education Act 2002."]),
        P("For UK GDPR purposes the lawful basis is Article 6(1)(e) (public task) and, for "
          "police partners, Article 6(1)(c). Special category data is processed under Article "
          "9(2)(g) and (h) with the conditions in the Data Protection Act 2018, Schedule 1, "
          "Part 2, paragraph 18 (safeguarding of children and individuals at risk). Criminal "
          "offence data is processed under Article 10 and Part 3 of the Data Protection Act 2018 "
          "for police law enforcement purposes."),
        P("Consent is not the legal basis for MASH sharing. Practitioners will still be open "
          "with families about the referral unless doing so would place a child or adult at "
          "increased risk, in line with Working Together to Safeguard Children 2023 and the "
          "government advice Information sharing: advice for practitioners. Any interference "
          "with Article 8 rights under the Human Rights Act 1998 must be necessary and "
          "proportionate, and the decision recorded."),
        H("5. Rights of data subjects", "individual_rights"),
        P("Requests for information about MASH records should be sent to the agency that holds "
          "the record. Suffolk County Council will co-ordinate any request that covers the MASH "
          "enquiry record as a whole and will consult the partner whose information is "
          "included before deciding on disclosure or on using an exemption under Schedule 2 "
          "of the Data Protection Act 2018. Privacy notices of all partners refer to the MASH."),
        H("6. How information is exchanged", "format_frequency"),
        P("MASH staff access their own agency's systems from the hub and enter relevant "
          "findings on the MASH enquiry form. No partner has direct access to another partner's "
          "system. Information is exchanged face to face in the MASH, by secure email or by "
          "telephone. RAG-rated timescales apply: red enquiries within 4 hours, amber within 24 "
          "hours and green within 72 hours."),
        H("7. Security", "security"),
        P("Staff in the MASH must have completed their agency's data protection training in the "
          "last 12 months and must hold a minimum of police vetting at NPPV level 2. The hub is "
          "a secure area with swipe access. Papers are not removed from the hub and are shredded "
          "on site. Each partner remains responsible for the security of its own systems."),
        H("8. Retention and disposal", "retention"),
        P("The MASH enquiry record forms part of the child's or adult's social care record and "
          "is kept under the Suffolk County Council retention schedule (for children, until the "
          "25th birthday or 75 years for looked-after children; for adults, 8 years after last "
          "contact). Information copied by partners into their own records is kept under their "
          "own schedules."),
        H("9. Accuracy", "accuracy"),
        P("The agency providing the information is responsible for its accuracy at the time it "
          "is shared. Partners will make clear whether information is fact, opinion or "
          "unverified intelligence."),
        H("10. Security incidents and breaches", "breach"),
        P("Breaches are reported through the employing agency's incident process and to the "
          "MASH Manager on the same day. Where a breach affects another partner's information "
          "the DPOs of both agencies will agree who notifies the Information Commissioner's "
          "Office and the data subjects."),
        H("11. Review, variation and termination", "agreement"),
        P("This agreement will be reviewed by the MASH Governance Board in March 2025, or "
          "earlier if there is a significant change in legislation, guidance or the MASH "
          "operating model. A partner may withdraw on three months' written notice to the "
          "owner, but obligations in respect of information already shared continue."),
        WIDE(),
        H("12. Signatories", "agreement"),
        T([["Agency", "Signatory", "Position", "Signed"],
           ["Suffolk County Council", "Anna Whitfield", "Director of Children's Services", "18/09/2023"],
           ["Suffolk Constabulary", "Det Ch Supt Mark Ellwood", "Head of Safeguarding Investigations", "19/09/2023"],
           ["Norfolk and Suffolk NHS Foundation Trust", "Dr Priya Natarajan", "Caldicott Guardian", "21/09/2023"],
           ["East Suffolk and North Essex NHS Foundation Trust", "Gillian Rowe", "Chief Nurse", "21/09/2023"],
           ["West Suffolk NHS Foundation Trust", "Tom Hadley", "SIRO", "25/09/2023"],
           ["NHS Suffolk and North East Essex Integrated Care Board", "Lisa Conroy", "Director of Nursing", "26/09/2023"],
           ["East of England Ambulance Service NHS Trust", "Karen Brennan", "SIRO", "27/09/2023"],
           ["Suffolk Fire and Rescue Service", "Jon Pettit", "Assistant Chief Fire Officer", "27/09/2023"],
           ["Probation Service (East of England region)", "Sarah Mbeki", "Head of Public Protection", "28/09/2023"],
           ["Ipswich Borough Council", "David Orme", "Head of Housing", "29/09/2023"],
           ["East Suffolk Council", "Helen Kerr", "Head of Communities", "29/09/2023"]],
          widths=[0.4, 0.22, 0.26, 0.12]),
        H("Appendix 1 - MASH contacts"),
        T([["Role", "Contact"],
           ["MASH Manager (Children)", "mash.manager@suffolk.gov.uk"],
           ["MASH Manager (Adults)", "adultmash@suffolk.gov.uk"],
           ["Suffolk County Council Data Protection Officer", "data.protection@suffolk.gov.uk"],
           ["Suffolk Constabulary Information Management", "information.management@suffolk.police.uk"]],
          widths=[0.45, 0.55]),
        H("Appendix 2 - Legislation and guidance referred to"),
        T([["Legislation", "Guidance (not legislation)"],
           ["Children Act 1989\nChildren Act 2004\nCare Act 2014\nCrime and Disorder Act 1998\n"
            "Education Act 2002\nData Protection Act 2018\nUK GDPR\nHuman Rights Act 1998",
            "Working Together to Safeguard Children 2023\nInformation sharing: advice for "
            "practitioners\nSuffolk Safeguarding Partnership threshold document\nCaldicott "
            "Principles (2020)"]], widths=[0.5, 0.5]),
    ]
    lead = org("Suffolk County Council", None)
    partners = [org("Suffolk Constabulary"), org("Norfolk and Suffolk NHS Foundation Trust"),
                org("East Suffolk and North Essex NHS Foundation Trust"),
                org("West Suffolk NHS Foundation Trust"),
                org("NHS Suffolk and North East Essex Integrated Care Board"),
                org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
                org("Suffolk Fire and Rescue Service"),
                org("Probation Service (East of England region)"),
                org("Ipswich Borough Council"), org("East Suffolk Council")]
    statutes = [stat("section 47 of the Children Act 1989", "Children Act", 1989, "section 47"),
                stat("sections 10 and 11 of the Children Act 2004", "Children Act", 2004, "sections 10 and 11"),
                stat("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
                stat("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                stat("section 175 of the Education Act 2002", "Education Act", 2002, "section 175"),
                stat("Data Protection Act 2018, Schedule 1, Part 2, paragraph 18", "Data Protection Act", 2018, "Schedule 1, Part 2, paragraph 18"),
                stat("UK GDPR", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                stat("Article 8 rights under the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8")]
    return dict(id="suffolk_mash_isa", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=lead, partners=partners, statutes=statutes, review_date="2025-03-31",
                review_basis="explicit", commencement_date="2023-10-01",
                style=dict(font="Calibri", size=11, hcolor="00594F", caps_headings=True,
                           heading_mode="bold", table_shade="D9EAD3"),
                header="OFFICIAL - Suffolk MASH ISA v4.0", footer="Suffolk County Council",
                rl=dict(twocol=True, accent="#00594F", light="#D9EAD3", size=9,
                        header_left="Suffolk MASH Information Sharing Agreement  v4.0",
                        header_right="OFFICIAL", footer_left="Owner: Suffolk County Council"),
                formats=["pdf", "docx"], pdf="rl", author_prop="Suffolk County Council")


# ======================================================================================
# D3  Hertfordshire MARAC Information Sharing Protocol (2017, no lead, DPA 1998)
# ======================================================================================
def d3():
    title = "Multi-Agency Risk Assessment Conferences (MARAC) in Hertfordshire"
    purpose = ("This protocol enables the agencies that attend Hertfordshire MARACs to share "
               "information about victims of domestic abuse who are at high risk of serious "
               "harm or homicide, about their children and about the alleged perpetrators, so "
               "that a co-ordinated safety plan can be agreed at the conference and each agency "
               "can take action to reduce the risk.")
    cover = [
        SP(40),
        TITLE("Information Sharing Protocol", 26, "center", True, "6A1B4D", 14),
        TITLE(title, 17, "center", True, None, 40),
        T([["Protocol reference", "HDAP/ISP/MARAC/03"],
           ["Version", "3.0"],
           ["Status", "Final - for signature"],
           ["Prepared by", "Hertfordshire Domestic Abuse Partnership, MARAC Steering Group"],
           ["Classification when completed", "OFFICIAL - SENSITIVE"]],
          widths=[0.35, 0.65], header=False, bold_first_col=True, shade="EADCE5"),
        SP(30),
        P("This protocol has been agreed by the organisations listed in Section 12. It sits "
          "beneath the Hertfordshire Safeguarding Adults and Children Information Sharing "
          "Framework and should be read with the MARAC Operating Protocol.", italic=True,
          align="center"),
        PB(),
        P("Document history", bold=True),
        T([["Version", "Date", "Author", "Comment"],
           ["1.0", "March 2012", "MARAC Co-ordinator", "First protocol"],
           ["2.0", "April 2014", "MARAC Co-ordinator", "Updated for SafeLives (CAADA) guidance"],
           ["3.0", "May 2017", "MARAC Steering Group", "Full review; health partners revised"]],
          widths=[0.12, 0.18, 0.3, 0.4]),
    ]
    blocks = [
        H("1. Background"),
        P("A MARAC is a regular local meeting at which information about high risk domestic "
          "abuse victims is shared between representatives of local police, health, child "
          "protection, housing practitioners, Independent Domestic Violence Advisors (IDVAs), "
          "probation and other specialists. There are three MARACs in Hertfordshire (East and "
          "North, Mid, and West), each meeting fortnightly."),
        H("2. Purpose of the protocol", "purpose"),
        P(purpose),
        P("The protocol also sets out how information is to be handled before, during and after "
          "the conference, and the responsibilities of each agency's MARAC representative."),
        H("3. Referral criteria"),
        P("Cases are referred to MARAC where one or more of the following applies: a score of "
          "14 or more 'yes' answers on the SafeLives DASH risk indicator checklist; professional "
          "judgement; potential escalation (three or more police call-outs in 12 months); or a "
          "repeat referral within 12 months of the last MARAC."),
        H("4. Information to be shared", "information_shared"),
        T([["Category", "Examples"],
           ["Victim", "Name, date of birth, address (unless refuge), contact arrangements, "
                      "DASH risk assessment, vulnerabilities, disability, pregnancy"],
           ["Children and household", "Names and dates of birth of children, school, child "
                                      "protection status"],
           ["Alleged perpetrator", "Name, date of birth, address, relevant criminal history, "
                                   "bail conditions, non-molestation or restraining orders, "
                                   "mental health or substance misuse where relevant to risk"],
           ["Agency involvement", "Current and recent contact, outstanding actions"],
           ["Actions", "Actions agreed at MARAC, owner and timescale"]],
          widths=[0.3, 0.7]),
        P("Only information that is relevant to the risk and proportionate will be shared. "
          "Agencies will research their own records before the meeting using the research form."),
        H("5. Legal framework", "legal_basis"),
        P("There is no single statutory basis for MARAC. Partners rely on a combination of "
          "powers and on the public interest in protecting people from serious harm:"),
        B(["section 115 of the Crime and Disorder Act 1998, which gives any person the power "
           "to disclose information to a relevant authority where necessary or expedient for "
           "the purposes of the Act;",
           "the Domestic Violence, Crime and Victim Act 2004;",
           "section 47 of the Children Act 1989 and section 11 of the Children Act 2004 where "
           "children are in the household;",
           "the Protection from Harassment Act 1997 and the Family Law Act 1996 in relation to "
           "protective orders;",
           "section 325 of the Criminal Justice Act 2003 where the perpetrator is also managed "
           "under MAPPA."]),
        P("Processing of personal data must comply with the Data Protection Act 1998. Sharing "
          "will normally meet Schedule 2 condition 5 (functions of a public nature) and Schedule "
          "3 condition 7; disclosure without consent for the prevention or detection of crime "
          "is supported by the exemption in section 29 of the Data Protection Act 1998. The "
          "Human Rights Act 1998 (Article 8) requires that any interference is lawful, necessary "
          "and proportionate."),
        P("Health and social care agencies must also satisfy the common law duty of confidence "
          "and the Caldicott principles. Confidential information may be disclosed without "
          "consent where the public interest in protecting a person from serious harm outweighs "
          "the duty of confidence."),
        H("6. Consent"),
        P("Victims should be told that their case is being referred to MARAC, and their consent "
          "sought, unless doing so would increase the risk to them or others. Consent of the "
          "alleged perpetrator is not sought. A MARAC referral can proceed without the victim's "
          "consent where the risk threshold is met."),
        H("7. Rights of individuals", "individual_rights"),
        P("Any request by a victim or perpetrator for access to MARAC information must be "
          "referred to the MARAC Co-ordinator, who will consult the agencies that provided it. "
          "The section 29 exemption may be applied where disclosure would be likely to "
          "prejudice the prevention or detection of crime. Minutes are never released to the "
          "alleged perpetrator."),
        H("8. Handling of MARAC information", ["format_frequency", "security"]),
        P("The MARAC list is circulated by the co-ordinator by secure email (GCSx, PNN, "
          "nhs.net or CJSM) five working days before each meeting. Minutes are circulated "
          "within five working days after. Attendees must sign the confidentiality statement "
          "at the start of each meeting. Documents are not to be left unattended or taken "
          "out of the office and must be marked RESTRICTED (OFFICIAL - SENSITIVE)."),
        P("Agencies must hold MARAC information on a secure system with access restricted to "
          "staff who need it. MARAC information must not be disclosed to the client without "
          "the agreement of the agency that provided it."),
        H("9. Retention", "retention"),
        P("The MARAC Co-ordinator keeps the minutes and action plans for six years from the "
          "date of the last referral. Partner agencies keep MARAC information in accordance "
          "with their own retention policies and flag their records to show that a MARAC has "
          "taken place."),
        H("10. Breach of this protocol", "breach"),
        P("Any breach of confidentiality must be reported to the Chair of the MARAC Steering "
          "Group and the agency's Data Protection Officer within one working day. The Steering "
          "Group may suspend an agency's attendance until it is satisfied that the breach has "
          "been addressed."),
        H("11. Commencement and review", "agreement"),
        P("This protocol comes into effect on the date it is signed by the Chair of the MARAC "
          "Steering Group on behalf of the partnership, 5 June 2017. It will be reviewed 12 "
          "months after signing, or sooner if legislation or national MARAC guidance changes."),
        H("12. Signatories", "agreement"),
        P("By signing, each agency agrees to comply with this protocol and to make sure its "
          "MARAC representatives are aware of it."),
        T([["Agency", "Name and post", "Signature / date"],
           ["Hertfordshire Constabulary", "Det Supt A. Kaur, Head of Public Protection", "05/06/2017"],
           ["Hertfordshire County Council", "C. Bowers, Assistant Director Safeguarding", "05/06/2017"],
           ["Hertfordshire Partnership University NHS Foundation Trust", "J. Fenwick, Head of Safeguarding", "07/06/2017"],
           ["East and North Hertfordshire NHS Trust", "R. Lyle, Named Nurse Safeguarding Adults", "07/06/2017"],
           ["West Hertfordshire Hospitals NHS Trust", "D. O'Neill, Lead Nurse Safeguarding", "08/06/2017"],
           ["Hertfordshire Community NHS Trust", "S. Patel, Head of Safeguarding", "08/06/2017"],
           ["NHS Herts Valleys CCG", "M. Tran, Designated Nurse", "12/06/2017"],
           ["NHS East and North Hertfordshire CCG", "M. Tran, Designated Nurse", "12/06/2017"],
           ["Hertfordshire Fire and Rescue Service", "G. Hamid, Group Commander Community Safety", "13/06/2017"],
           ["Stevenage Borough Council", "L. Moss, Housing Options Manager", "14/06/2017"],
           ["Watford Borough Council", "B. Carter, Community Safety Manager", "15/06/2017"],
           ["Dacorum Borough Council", "F. Ahmed, Strategic Housing Lead", "15/06/2017"]],
          widths=[0.42, 0.4, 0.18]),
        PB(),
        H("Appendix A - Confidentiality statement (read at each MARAC)"),
        P("The information discussed by the agencies within the ambit of this meeting is strictly "
          "confidential and must not be disclosed to third parties who have not signed up to the "
          "MARAC information sharing protocol, without the agreement of the partners of the "
          "meeting. All agencies should ensure that the minutes are retained in a confidential "
          "and appropriately restricted manner. These minutes will aim to reflect that all "
          "individuals who are discussed at these meetings should be treated fairly, with "
          "respect and without improper discrimination."),
        H("Appendix B - MARAC co-ordinators"),
        T([["MARAC", "Co-ordinator", "Secure email"],
           ["East and North Herts", "MARAC Co-ordinator (ENH)", "marac.enh@herts.pnn.police.uk"],
           ["Mid Herts", "MARAC Co-ordinator (Mid)", "marac.mid@herts.pnn.police.uk"],
           ["West Herts", "MARAC Co-ordinator (West)", "marac.west@herts.pnn.police.uk"]],
          widths=[0.3, 0.35, 0.35]),
    ]
    partners = [org("Hertfordshire Constabulary"), org("Hertfordshire County Council"),
                org("Hertfordshire Partnership University NHS Foundation Trust",
                    "Hertfordshire Partnership University NHS Foundation Trust"),
                org("East and North Hertfordshire NHS Trust"),
                org("West Hertfordshire Hospitals NHS Trust"),
                org("Hertfordshire Community NHS Trust"), org("NHS Herts Valleys CCG"),
                org("NHS East and North Hertfordshire CCG"),
                org("Hertfordshire Fire and Rescue Service"), org("Stevenage Borough Council"),
                org("Watford Borough Council"), org("Dacorum Borough Council")]
    statutes = [stat("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                stat("the Domestic Violence, Crime and Victim Act 2004", "Domestic Violence, Crime and Victims Act", 2004, None),
                stat("section 47 of the Children Act 1989", "Children Act", 1989, "section 47"),
                stat("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
                stat("the Protection from Harassment Act 1997", "Protection from Harassment Act", 1997, None),
                stat("the Family Law Act 1996", "Family Law Act", 1996, None),
                stat("section 325 of the Criminal Justice Act 2003", "Criminal Justice Act", 2003, "section 325"),
                stat("section 29 of the Data Protection Act 1998", "Data Protection Act", 1998, "section 29"),
                stat("Human Rights Act 1998 (Article 8)", "Human Rights Act", 1998, "Article 8")]
    return dict(id="herts_marac_isp", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=None, partners=partners, statutes=statutes, review_date="2018-06-05",
                review_basis="relative", commencement_date="2017-06-05",
                header="Hertfordshire MARAC Information Sharing Protocol v3.0",
                footer="OFFICIAL when completed",
                style=dict(font="Verdana", size=10, hcolor="6A1B4D", table_shade="EADCE5"),
                rl=dict(twocol=False, accent="#6A1B4D", light="#EADCE5", size=9.5, box_outer=True,
                        header_left="Information Sharing Protocol - MARAC (Hertfordshire)",
                        header_right="Version 3.0  May 2017",
                        footer_left="HDAP/ISP/MARAC/03", footer_center="OFFICIAL when completed"),
                formats=["pdf", "docx", "doc"], pdf="rl", author_prop="MARAC Steering Group")


# ======================================================================================
# D4  Kent and Medway Child Death Review Partners DSA (Word -> PDF)
# ======================================================================================
def d4():
    title = "Kent and Medway Child Death Review Partners Data Sharing Agreement"
    purpose = ("This agreement governs the sharing of information about children who die while "
               "normally resident in Kent or Medway, and about children from elsewhere who die "
               "in Kent or Medway, between the organisations that hold information about the "
               "child and the Kent and Medway Child Death Overview Panel (CDOP), so that every "
               "death can be reviewed, modifiable factors identified and lessons learned to "
               "prevent future child deaths.")
    cover = [
        SP(30),
        TITLE("Kent and Medway Child Death Review Partners", 24, "left", True, "203864", 0),
        TITLE("Data Sharing Agreement", 24, "left", True, "203864", 30),
        TITLE("Kent County Council  -  Medway Council  -  NHS Kent and Medway", 11, "left", False, None, 120),
        T([["Version", "Status", "Effective date", "Review due"],
           ["1.4", "Approved", "01/10/2022", "September 2024"]], widths=[0.2, 0.25, 0.25, 0.3]),
        T([["Approved by", "Kent and Medway Child Death Review Partners Executive, 21 September 2022"],
           ["Document author", "CDOP Manager, Kent County Council Public Health"],
           ["DPIA", "Completed July 2022 (ref KCC-DPIA-0417)"]],
          widths=[0.3, 0.7], header=False, bold_first_col=True, shade="DEE5F0"),
        PB(),
    ]
    blocks = [
        H("Contents"),
        P("Part 1  Introduction\nPart 2  Parties and roles\nPart 3  The information\n"
          "Part 4  Lawful basis\nPart 5  Transfer, storage and security\nPart 6  Retention\n"
          "Part 7  Data quality\nPart 8  Incidents\nPart 9  Term and signatures\n"
          "Annex A  Data items (Form A, B and C)\nAnnex B  Key contacts"),
        H("Part 1  Introduction", "purpose"),
        P("1.1 Since 29 September 2019 the statutory responsibility for child death review "
          "arrangements has rested with the child death review partners, the local authority "
          "and the integrated care board (formerly the clinical commissioning groups) for the "
          "area. In Kent and Medway the child death review process is led by Kent County "
          "Council, acting through its Public Health directorate, on behalf of the child death "
          "review partners, who have agreed to operate a single CDOP for the two local authority "
          "areas."),
        P("1.2 " + purpose),
        P("1.3 The review is not an investigation into the cause of death and does not seek to "
          "apportion blame. Findings are reported in anonymised form to the National Child "
          "Mortality Database (NCMD) and in the partners' annual report."),
        H("Part 2  Parties and roles"),
        P("2.1 The parties to this agreement are:"),
        T([["Party", "Role in the child death review process"],
           ["Kent County Council", "Child death review partner; hosts CDOP; controller for CDOP records"],
           ["Medway Council", "Child death review partner; joint controller for CDOP records"],
           ["NHS Kent and Medway Integrated Care Board", "Child death review partner; joint controller"],
           ["Kent Police", "Provides information (Form B); member of CDOP"],
           ["East Kent Hospitals University NHS Foundation Trust", "Provides information; hosts child death review meetings"],
           ["Medway NHS Foundation Trust", "Provides information; hosts child death review meetings"],
           ["Dartford and Gravesham NHS Trust", "Provides information"],
           ["Maidstone and Tunbridge Wells NHS Trust", "Provides information"],
           ["Kent Community Health NHS Foundation Trust", "Provides information (health visiting, school nursing)"],
           ["Kent and Medway Mental Health NHS Trust", "Provides information"],
           ["South East Coast Ambulance Service NHS Foundation Trust", "Provides information"]],
          widths=[0.45, 0.55]),
        P("2.2 General practices in Kent and Medway provide information to CDOP through the "
          "designated doctor for child deaths and are not separate parties to this agreement."),
        H("Part 3  The information", "information_shared"),
        P("3.1 On notification of a death the CDOP team will request from each agency that had "
          "contact with the child or family the information listed in Annex A. Agencies are "
          "asked to return Form B within 15 working days. Information is limited to that which "
          "is relevant to understanding the circumstances of the death."),
        P("3.2 Information about parents, siblings and carers may be included where it is "
          "relevant, for example parental smoking, mental health, substance misuse or domestic "
          "abuse. Such information relates to living individuals and must be handled as "
          "special category data."),
        H("Part 4  Lawful basis", "legal_basis"),
        P("4.1 The duty to make child death review arrangements is placed on the partners by "
          "sections 16M to 16Q of the Children Act 2004, inserted by the Children and Social "
          "Work Act 2017. Section 16N allows the partners to request information from any "
          "person or body, who must comply with the request where the information relates to "
          "the child or to a person connected with them."),
        P("4.2 For living individuals the partners rely on UK GDPR Article 6(1)(c) (legal "
          "obligation) and 6(1)(e) (public task), and Article 9(2)(h) and 9(2)(i), with the "
          "conditions in Schedule 1, Part 1 of the Data Protection Act 2018. Health bodies "
          "also have a duty to share information for the direct care and safeguarding of "
          "children under the Health and Social Care (Quality) Act 2015."),
        P("4.3 Information about a deceased child is not personal data under data protection "
          "law, but it remains subject to the common law duty of confidentiality. Partners "
          "follow Child Death Review: Statutory and Operational Guidance (England) 2018 and "
          "Working Together to Safeguard Children, and the Caldicott Principles."),
        H("Part 5  Transfer, storage and security", ["format_frequency", "security"]),
        P("5.1 All information will be submitted via the eCDOP system, which is hosted for Kent "
          "County Council by QES Ltd under a processor contract. Access is by named account "
          "with two-factor authentication. Paper forms and email attachments must not be used "
          "except where eCDOP is unavailable, in which case secure email is used."),
        P("5.2 CDOP panel papers are made available in anonymised form on eCDOP seven days "
          "before each panel meeting. The panel meets every six weeks. Copies must not be "
          "downloaded or printed."),
        H("Part 6  Retention", "retention"),
        P("6.1 CDOP records are retained by Kent County Council for 10 years from the date the "
          "case is closed by the panel and then reviewed. NCMD holds its own data under its own "
          "arrangements."),
        H("Part 7  Data quality", "accuracy"),
        P("7.1 Each agency is responsible for the accuracy and completeness of the information "
          "it submits and should include the name and role of the person completing the form. "
          "The CDOP team will query inconsistencies with the agency that supplied the "
          "information before panel."),
        H("Part 8  Incidents", "breach"),
        P("8.1 Any loss, inappropriate disclosure or unauthorised access to CDOP information is "
          "to be reported immediately to the CDOP Manager and to the KCC Information Governance "
          "team. Each party follows its own incident procedure and will co-operate with any "
          "investigation and with notification to the ICO where required."),
        H("Part 9  Term and signatures", "agreement"),
        P("9.1 This agreement is effective from the date shown on the cover and continues until "
          "it is replaced. It will be reviewed by the child death review partners by the review "
          "date shown on the cover or earlier if the statutory guidance changes."),
        P("9.2 Signed on behalf of the parties:"),
        T([["Organisation", "Signed by", "Role", "Date"],
           ["Kent County Council", "Dr Anjan Ghosh", "Director of Public Health", "22/09/2022"],
           ["Medway Council", "James Williams", "Director of Public Health", "23/09/2022"],
           ["NHS Kent and Medway Integrated Care Board", "Paula Wilkins", "Chief Nursing Officer", "26/09/2022"],
           ["Kent Police", "D/Supt Gavin Forster", "Head of Public Protection", "26/09/2022"],
           ["East Kent Hospitals University NHS Foundation Trust", "Sarah Shingler", "Chief Nursing Officer", "27/09/2022"],
           ["Medway NHS Foundation Trust", "Evonne Hunt", "Chief Nurse", "27/09/2022"],
           ["Dartford and Gravesham NHS Trust", "Jackie Davis", "Director of Nursing", "28/09/2022"],
           ["Maidstone and Tunbridge Wells NHS Trust", "Joanne Haworth", "Chief Nurse", "28/09/2022"],
           ["Kent Community Health NHS Foundation Trust", "Mercia Spare", "Chief Nurse", "29/09/2022"],
           ["Kent and Medway Mental Health NHS Trust", "Dr Afifa Qazi", "Chief Medical Officer", "29/09/2022"],
           ["South East Coast Ambulance Service NHS Foundation Trust", "Dr Fionna Moore", "Caldicott Guardian", "30/09/2022"]],
          widths=[0.4, 0.2, 0.27, 0.13]),
        PB(),
        H("Annex A  Data items (Form A, B and C)"),
        T([["Form", "Content", "Completed by"],
           ["Form A - Notification", "Child's name, date of birth, NHS number, address, date and place "
                                     "of death, reported cause, notifying professional", "Notifying professional"],
           ["Form B - Agency report", "Agency contact with child and family, health history, social "
                                      "circumstances, safeguarding concerns, agency's view of any "
                                      "modifiable factors", "Each agency with involvement"],
           ["Form C - Analysis", "Categorisation of death, modifiable factors, learning points "
                                 "(anonymised)", "CDOP"],
           ["Supplementary forms", "Neonatal, SUDI/SUDC, suicide and self-harm, road traffic, "
                                   "deaths of children with learning disabilities (shared with LeDeR)",
            "Relevant agency"]], widths=[0.22, 0.55, 0.23]),
        H("Annex B  Key contacts"),
        T([["Role", "Contact"],
           ["CDOP Manager", "cdop@kent.gov.uk"],
           ["Designated Doctor for Child Deaths", "via NHS Kent and Medway ICB safeguarding team"],
           ["KCC Information Governance", "dataprotection@kent.gov.uk"]], widths=[0.4, 0.6]),
    ]
    lead = org("Kent County Council", None)
    partners = [org("Medway Council"), org("NHS Kent and Medway Integrated Care Board"),
                org("Kent Police"), org("East Kent Hospitals University NHS Foundation Trust"),
                org("Medway NHS Foundation Trust"), org("Dartford and Gravesham NHS Trust"),
                org("Maidstone and Tunbridge Wells NHS Trust"),
                org("Kent Community Health NHS Foundation Trust"),
                org("Kent and Medway Mental Health NHS Trust"),
                org("South East Coast Ambulance Service NHS Foundation Trust")]
    statutes = [stat("sections 16M to 16Q of the Children Act 2004", "Children Act", 2004, "sections 16M to 16Q"),
                stat("Children and Social Work Act 2017", "Children and Social Work Act", 2017, None),
                stat("UK GDPR Article 6(1)(c)", "UK General Data Protection Regulation", None, "Article 6(1)(c)"),
                stat("Schedule 1, Part 1 of the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1, Part 1"),
                stat("Health and Social Care (Quality) Act 2015", "Health and Social Care (Safety and Quality) Act", 2015, None)]
    return dict(id="kent_medway_cdr_dsa", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=lead, partners=partners, statutes=statutes, review_date="2024-09-30",
                review_basis="explicit", commencement_date="2022-10-01",
                header=None, footer="Kent and Medway CDR Partners - DSA v1.4 - OFFICIAL-SENSITIVE",
                style=dict(font="Times New Roman", size=11.5, hcolor="203864", h1size=14,
                           table_shade="DEE5F0", align="justify"),
                formats=["docx", "pdf"], pdf="word", author_prop="KCC Public Health")


# ======================================================================================
# D5  LeDeR Cambridgeshire and Peterborough (ICB hand) - reportlab banded + DOCX
# ======================================================================================
def d5():
    t1 = "Learning from Lives and Deaths - People with a Learning Disability and Autistic People (LeDeR)"
    t2 = "Information Sharing Agreement"
    title = t1 + " " + t2
    purpose = ("This agreement allows the organisations named in it to share information with "
               "the LeDeR reviewers appointed by NHS Cambridgeshire and Peterborough Integrated "
               "Care Board so that the death of every person with a learning disability, and "
               "every autistic adult, who was registered with a GP practice in Cambridgeshire "
               "or Peterborough can be reviewed, and the learning from those reviews used to "
               "improve services and reduce health inequalities and premature mortality.")
    cover = [
        TITLE("NHS Cambridgeshire and Peterborough Integrated Care Board", 11, "right", True, "005EB8", 50),
        TITLE(t1, 20, "left", True, "005EB8", 4),
        TITLE(t2, 20, "left", True, "005EB8", 40),
        T([["Responsible organisation", "NHS Cambridgeshire and Peterborough Integrated Care Board"],
           ["Senior responsible officer", "Director of Nursing and Quality"],
           ["Version", "1.3"],
           ["Date of issue", "June 2023"],
           ["Status", "Approved by ICB Information Governance Group"],
           ["Replaces", "Cambridgeshire and Peterborough CCG LeDeR ISA v1.1"]],
          widths=[0.32, 0.68], header=False, bold_first_col=True),
        SP(16),
        T([["Version", "Date", "Description"],
           ["1.0", "Sep 2019", "CCG agreement under LeDeR programme (University of Bristol)"],
           ["1.1", "Apr 2021", "Updated for the NHS England LeDeR policy and the LeDeR web platform"],
           ["1.2", "Jan 2023", "Transferred to the ICB; autistic adults brought into scope"],
           ["1.3", "Jun 2023", "Contacts and signatories updated"]], widths=[0.12, 0.18, 0.7]),
        PB(),
    ]
    blocks = [
        H("1. About LeDeR", "purpose"),
        P("LeDeR is a service improvement programme, not an investigation. It was set up in 2017 "
          "in response to the Confidential Inquiry into Premature Deaths of People with Learning "
          "Disabilities. NHS England sets the national policy and provides the LeDeR web "
          "platform; integrated care boards are responsible for making sure reviews are "
          "completed locally."),
        P(purpose),
        H("2. Organisations signed up to this agreement"),
        T([["Organisation", "Type"],
           ["NHS Cambridgeshire and Peterborough Integrated Care Board", "Responsible organisation"],
           ["Cambridgeshire and Peterborough NHS Foundation Trust", "Mental health and learning disability provider"],
           ["Cambridge University Hospitals NHS Foundation Trust", "Acute provider"],
           ["North West Anglia NHS Foundation Trust", "Acute provider"],
           ["Cambridgeshire Community Services NHS Trust", "Community provider"],
           ["East of England Ambulance Service NHS Trust", "Ambulance service"],
           ["Cambridgeshire County Council", "Adult social care"],
           ["Peterborough City Council", "Adult social care"],
           ["NHS England", "Owner of the LeDeR platform (controller for national data)"]],
          widths=[0.6, 0.4]),
        P("GP practices, care providers registered with the CQC and voluntary organisations that "
          "supported the person provide information on request under the national LeDeR policy "
          "and are not required to sign this agreement."),
        H("3. What information is shared", "information_shared"),
        P("Reviewers request the information they need to understand the person's life and the "
          "care they received in the period before their death, normally the last two years. "
          "This may include:"),
        B(["demographic details: name, date of birth and death, NHS number, address, ethnicity, "
           "religion;",
           "GP records, hospital discharge summaries, community nursing and therapy records;",
           "mental health and learning disability service records, including any detention "
           "under the Mental Health Act 1983;",
           "social care assessments, care and support plans, safeguarding enquiries under "
           "section 42 of the Care Act 2014;",
           "records of decisions under the Mental Capacity Act 2005, including DNACPR and "
           "best interests decisions;",
           "views of family members and carers, given with their agreement."]),
        H("4. The legal position", "legal_basis"),
        P("The deceased person's records are no longer personal data under the UK GDPR or the "
          "Data Protection Act 2018, but they remain confidential. The LeDeR programme has "
          "support under section 251 of the National Health Service Act 2006 and the Health "
          "Service (Control of Patient Information) Regulations 2002, which set aside the common "
          "law duty of confidentiality for the purpose of the reviews. Where records of a "
          "deceased person are requested from a health body, the Access to Health Records Act "
          "1990 does not apply because the request is not made by a personal representative or "
          "a person with a claim."),
        P("Information about living people (family members, carers, staff) is processed under "
          "UK GDPR Article 6(1)(e) and Article 9(2)(h) and (i). The ICB's functions under the "
          "Health and Care Act 2022 and its duties under the Equality Act 2010 to reduce "
          "inequalities also support the sharing. The Caldicott Principles apply throughout."),
        H("5. Individuals' rights and transparency", "individual_rights"),
        P("Families are told about the review at the start and invited to contribute. Living "
          "individuals have the rights given by the UK GDPR, including access to their own "
          "information. Requests should be made to the ICB Information Governance team, which "
          "will consult the organisation that provided the information."),
        H("6. How information is sent and stored", ["format_frequency", "security"]),
        P("Information is uploaded by reviewers to the NHS England LeDeR web platform, which is "
          "accessed using NHS smartcard or named account with multi-factor authentication. "
          "Organisations send records to reviewers only by nhs.net email or through the ICB's "
          "secure file transfer service, normally within 10 working days of the request. "
          "Records must never be sent to personal email addresses."),
        P("Reviewers are employed or contracted by the ICB, have completed Data Security "
          "Awareness training and are bound by a confidentiality agreement."),
        H("7. Keeping records", "retention"),
        P("Records copied for a review are deleted from the reviewer's working area once the "
          "review is signed off by the LeDeR local area contact. The completed review is held on "
          "the national platform in line with NHS England's retention policy. The ICB keeps "
          "panel minutes for 8 years."),
        H("8. Complaints", "complaints"),
        P("Families or others who are unhappy about how information has been used can complain "
          "to the ICB Patient Experience Team. A complaint about another organisation's "
          "disclosure will be passed to that organisation with the complainant's agreement."),
        H("9. Data breaches", "breach"),
        P("A breach involving LeDeR information must be reported to the ICB Data Protection "
          "Officer on the day it is discovered and recorded on the Data Security and Protection "
          "Toolkit incident tool where it meets the reporting threshold. The organisation that "
          "suffered the breach leads the investigation."),
        H("10. Sign-off", "agreement"),
        P("This agreement continues in force until it is replaced or the national LeDeR policy "
          "changes. Any organisation may withdraw by writing to the ICB."),
        T([["Organisation", "Name", "Job title", "Date"],
           ["NHS Cambridgeshire and Peterborough Integrated Care Board", "Carol Anderson", "Chief Nurse", "14/06/2023"],
           ["Cambridgeshire and Peterborough NHS Foundation Trust", "Dr Cathy Walsh", "Caldicott Guardian", "16/06/2023"],
           ["Cambridge University Hospitals NHS Foundation Trust", "Lorraine Szeremeta", "Chief Nurse", "19/06/2023"],
           ["North West Anglia NHS Foundation Trust", "Jo Bennis", "Chief Nurse", "19/06/2023"],
           ["Cambridgeshire Community Services NHS Trust", "Anita Pisani", "Deputy Chief Executive", "21/06/2023"],
           ["East of England Ambulance Service NHS Trust", "Dr Simon Walsh", "Medical Director", "22/06/2023"],
           ["Cambridgeshire County Council", "Debbie McQuade", "Director of Adults and Safeguarding", "23/06/2023"],
           ["Peterborough City Council", "Debbie McQuade", "Director of Adults and Safeguarding", "23/06/2023"],
           ["NHS England", "Regional Head of Learning Disability and Autism", "East of England", "26/06/2023"]],
          widths=[0.4, 0.22, 0.26, 0.12]),
        H("Appendix - Contacts"),
        T([["Contact", "Details"],
           ["LeDeR local area contact", "capicb.leder@nhs.net"],
           ["ICB Information Governance", "capicb.ig@nhs.net"],
           ["ICB Patient Experience Team", "capicb.pet@nhs.net  /  0800 279 2535"]], widths=[0.4, 0.6]),
    ]
    lead = org("NHS Cambridgeshire and Peterborough Integrated Care Board", None)
    partners = [org("Cambridgeshire and Peterborough NHS Foundation Trust"),
                org("Cambridge University Hospitals NHS Foundation Trust"),
                org("North West Anglia NHS Foundation Trust"),
                org("Cambridgeshire Community Services NHS Trust"),
                org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
                org("Cambridgeshire County Council"), org("Peterborough City Council"),
                org("NHS England")]
    statutes = [stat("Mental Health Act 1983", "Mental Health Act", 1983, None),
                stat("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
                stat("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
                stat("UK GDPR Article 6(1)(e)", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                stat("Data Protection Act 2018", "Data Protection Act", 2018, None),
                stat("section 251 of the National Health Service Act 2006", "National Health Service Act", 2006, "section 251"),
                stat("Health Service (Control of Patient Information) Regulations 2002",
                     "Health Service (Control of Patient Information) Regulations", 2002, None),
                stat("Access to Health Records Act 1990", "Access to Health Records Act", 1990, None),
                stat("Health and Care Act 2022", "Health and Care Act", 2022, None),
                stat("Equality Act 2010", "Equality Act", 2010, None)]
    return dict(id="cambs_pboro_leder_isa", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=lead, partners=partners, statutes=statutes, review_date=None,
                review_basis="none", commencement_date=None,
                header="LeDeR Information Sharing Agreement - Cambridgeshire and Peterborough",
                footer="NHS Cambridgeshire and Peterborough ICB",
                style=dict(font="Arial", size=10.5, hcolor="005EB8"),
                rl=dict(twocol=False, banded=True, accent="#005EB8", light="#E1ECF7", size=9.5,
                        header_left="LeDeR Information Sharing Agreement v1.3",
                        header_right="NHS Cambridgeshire and Peterborough ICB",
                        footer_left="OFFICIAL - SENSITIVE when completed"),
                formats=["pdf", "docx"], pdf="rl", author_prop="C&P ICB")


# ======================================================================================
# D6  Norfolk and Waveney Crisis Care Concordat ISP (text-box title; Word -> PDF, DOC)
# ======================================================================================
def d6():
    l1 = "Norfolk and Waveney Mental Health Crisis Care Concordat"
    l2 = "Information Sharing Protocol"
    title = l1 + " " + l2
    purpose = ("The protocol exists so that the Concordat partners can share relevant "
               "information about a person who is experiencing a mental health crisis, at the "
               "point of contact and in the hours that follow, in order to keep that person and "
               "the public safe, to avoid the use of police custody as a place of safety, and to "
               "get the person to the right service first time.")
    cover = [
        TITLE("Norfolk and Waveney Crisis Care Concordat Partnership", 10, "center", False, "444444", 80),
        BOX([l1, l2], size=18, color="7B2C83"),
        SP(60),
        T([["Version", "2.0"], ["Date agreed", "November 2022"],
           ["Published by", "Norfolk and Suffolk NHS Foundation Trust (Information Governance)"],
           ["Contact", "information.governance@nsft.nhs.uk"]],
          widths=[0.3, 0.7], header=False, bold_first_col=True, shade="EFE3F1"),
        PB(),
    ]
    blocks = [
        H("Part A - Introduction", "purpose"),
        P("The Mental Health Crisis Care Concordat is a national agreement between services and "
          "agencies involved in the care and support of people in crisis. The Norfolk and "
          "Waveney partners signed their local declaration in 2014 and refreshed their action "
          "plan in 2022."),
        P(purpose),
        P("This protocol is issued by Norfolk and Suffolk NHS Foundation Trust, which acts as "
          "controller for the shared crisis contact record and publishes this protocol on behalf "
          "of the Concordat partners. Each partner remains the controller for the information in "
          "its own records."),
        H("Part B - Who the protocol applies to"),
        P("The following organisations have agreed to this protocol:"),
        B(["Norfolk and Suffolk NHS Foundation Trust (NSFT)",
           "Norfolk Constabulary",
           "Suffolk Constabulary (for the Waveney area)",
           "British Transport Police",
           "Norfolk County Council (Adult Social Services, AMHP service)",
           "NHS Norfolk and Waveney Integrated Care Board",
           "East of England Ambulance Service NHS Trust",
           "Norfolk and Norwich University Hospitals NHS Foundation Trust",
           "James Paget University Hospitals NHS Foundation Trust"]),
        P("It applies to staff in the First Response Service, the Mental Health Liaison teams, "
          "the police control rooms, the ambulance clinical hub and the health-based places of "
          "safety at Hellesdon Hospital and Northgate Hospital."),
        H("Part C - Information that may be shared", ["information_shared", "accuracy"]),
        T([["Situation", "Information", "Shared with"],
           ["Police call about a person in possible crisis", "Whether the person is known to NSFT, "
            "name of care co-ordinator, crisis plan, known risks, relevant alerts",
            "Police control room / attending officers"],
           ["Consideration of section 136", "Advice on alternatives, location of nearest place of "
            "safety and its availability", "Attending officers"],
           ["Conveyance", "Physical health concerns, intoxication, injury, risk during transport",
            "Ambulance crew, receiving place of safety"],
           ["Emergency department attendance", "Liaison assessment outcome, follow-up plan",
            "Emergency department, GP, police (outcome only)"],
           ["After the episode", "Outcome of assessment; whether admitted", "Referring agency"]],
          widths=[0.28, 0.47, 0.25]),
        P("Staff must check that the information relates to the right person using at least two "
          "identifiers and must correct and tell the recipient about any error as soon as it is "
          "found."),
        H("Part D - Legislation and guidance", "legal_basis"),
        P("Partners rely on the following:"),
        B(["Mental Heath Act 1983, sections 135 and 136 (powers to remove to a place of safety) and "
           "the associated Code of Practice (2015);",
           "Mental Health Units (Use of Force) Act 2018;",
           "Mental Capacity Act 2005, sections 5 and 6 (acts in connection with care or treatment);",
           "Police and Criminal Evidence Act 1984 where a person is detained in custody;",
           "Crime and Disorder Act 1998, section 115;",
           "Data Protection Act 2018 and the UK General Data Protection Regulation (UK GDPR), "
           "Articles 6(1)(e), 9(2)(c) and 9(2)(h);",
           "Human Rights Act 1998, Articles 2, 3, 5 and 8;",
           "the common law duty of confidence;",
           "the Caldicott Principles and the national Mental Health Crisis Care Concordat (2014)."]),
        H("Part E - Consent and the person's rights", "individual_rights"),
        P("Where the person has capacity and it is safe to do so they should be asked whether they "
          "agree to information being shared and their answer recorded. Information may be shared "
          "without consent where there is a risk to life or of serious harm, or where the person "
          "lacks capacity and sharing is in their best interests. People may ask any partner for "
          "a copy of the information it holds about them; the partner will deal with the request "
          "under its own subject access procedure."),
        H("Part F - Methods of sharing and security", ["format_frequency", "security"]),
        P("Most sharing takes place by telephone in real time, through the dedicated professional "
          "lines listed in the appendix. Written information is sent only by nhs.net, pnn or "
          "other secure email. The shared crisis contact record is held on NSFT's Lorenzo system "
          "and police staff in the control room have read-only access to the alert and "
          "crisis-plan fields only, through a controlled view."),
        P("Each partner will ensure that its staff are trained in information governance, that "
          "access is audited and that devices are encrypted."),
        H("Part G - Incidents", "breach"),
        P("Incidents involving shared information are reported under each partner's incident "
          "policy and notified to NSFT Information Governance within 48 hours so that partners "
          "can consider the wider impact. Serious incidents are discussed at the Concordat "
          "Operational Group."),
        H("Part H - Commencement, review and signatures", "agreement"),
        P("This protocol comes into force on 1 December 2022. It will be reviewed on or before "
          "30 November 2024 by the Concordat Operational Group, and at any time that the "
          "Mental Health Bill or national guidance changes the law on places of safety."),
        T([["Organisation", "Signed for the organisation by", "Date"],
           ["Norfolk and Suffolk NHS Foundation Trust", "Chief Medical Officer and Caldicott Guardian", "24/11/2022"],
           ["Norfolk Constabulary", "Assistant Chief Constable", "25/11/2022"],
           ["Suffolk Constabulary", "Assistant Chief Constable", "25/11/2022"],
           ["British Transport Police", "Superintendent, B Division (East)", "28/11/2022"],
           ["Norfolk County Council", "Director of Adult Social Services", "28/11/2022"],
           ["NHS Norfolk and Waveney Integrated Care Board", "Director of Mental Health", "29/11/2022"],
           ["East of England Ambulance Service NHS Trust", "Director of Clinical Operations", "29/11/2022"],
           ["Norfolk and Norwich University Hospitals NHS Foundation Trust", "Chief Nurse", "30/11/2022"],
           ["James Paget University Hospitals NHS Foundation Trust", "Chief Nurse", "30/11/2022"]],
          widths=[0.45, 0.4, 0.15]),
        PB(),
        H("Appendix - Professional lines"),
        T([["Service", "Number / address"],
           ["NSFT First Response Service (professionals)", "0808 196 3494"],
           ["Norfolk Constabulary Control Room Mental Health Desk", "via force control room"],
           ["EEAST Mental Health Clinical Hub", "via EEAST Emergency Operations Centre"],
           ["Norfolk AMHP service", "0344 800 8020"],
           ["NSFT Information Governance", "information.governance@nsft.nhs.uk"]], widths=[0.55, 0.45]),
    ]
    lead = org("Norfolk and Suffolk NHS Foundation Trust", None)
    partners = [org("Norfolk Constabulary"), org("Suffolk Constabulary"),
                org("British Transport Police"), org("Norfolk County Council"),
                org("NHS Norfolk and Waveney Integrated Care Board"),
                org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
                org("Norfolk and Norwich University Hospitals NHS Foundation Trust"),
                org("James Paget University Hospitals NHS Foundation Trust")]
    statutes = [stat("Mental Heath Act 1983, sections 135 and 136", "Mental Health Act", 1983, "sections 135 and 136"),
                stat("Mental Health Units (Use of Force) Act 2018", "Mental Health Units (Use of Force) Act", 2018, None),
                stat("Mental Capacity Act 2005, sections 5 and 6", "Mental Capacity Act", 2005, "sections 5 and 6"),
                stat("Police and Criminal Evidence Act 1984", "Police and Criminal Evidence Act", 1984, None),
                stat("Crime and Disorder Act 1998, section 115", "Crime and Disorder Act", 1998, "section 115"),
                stat("Data Protection Act 2018", "Data Protection Act", 2018, None),
                stat("UK General Data Protection Regulation (UK GDPR), Articles 6(1)(e), 9(2)(c) and 9(2)(h)",
                     "UK General Data Protection Regulation", None, "Articles 6(1)(e), 9(2)(c) and 9(2)(h)"),
                stat("Human Rights Act 1998, Articles 2, 3, 5 and 8", "Human Rights Act", 1998, "Articles 2, 3, 5 and 8")]
    return dict(id="norfolk_waveney_crisis_concordat_isp", title=title, purpose=purpose, cover=cover,
                blocks=blocks, lead=lead, partners=partners, statutes=statutes,
                review_date="2024-11-30", review_basis="explicit", commencement_date="2022-12-01",
                header="Crisis Care Concordat ISP - Norfolk and Waveney", header_skip_first=True,
                footer="Version 2.0  November 2022",
                style=dict(font="Calibri", size=11, hcolor="7B2C83", caps_headings=True,
                           heading_mode="builtin", table_shade="EFE3F1"),
                formats=["docx", "pdf", "doc"], pdf="word", author_prop="NSFT Information Governance")


# ======================================================================================
# D7  SET Safeguarding Adult Reviews ISA (Essex SAB hand; Word -> PDF)
# ======================================================================================
def d7():
    title = "Southend, Essex and Thurrock Safeguarding Adult Reviews Information Sharing Agreement"
    purpose = ("This agreement enables member agencies of the Southend, Essex and Thurrock "
               "Safeguarding Adults Boards to share information with each other, with the Boards "
               "and with independent reviewers for the purpose of carrying out Safeguarding "
               "Adult Reviews (SARs) and other learning reviews, so that the Boards can "
               "establish what happened, identify lessons and make sure those lessons are "
               "applied to prevent similar harm in future.")
    cover = [
        TITLE("Essex Safeguarding Adults Board  |  Southend Safeguarding Partnership  |  "
              "Thurrock Safeguarding Adults Board", 9, "center", False, "3B3B3B", 90),
        BOX(["Southend, Essex and Thurrock Safeguarding Adult Reviews",
             "Information Sharing Agreement"], size=17, color="1F3864"),
        SP(50),
        T([["Lead agency", "Essex Safeguarding Adults Board (on behalf of the three SET Boards)"],
           ["Version", "3"], ["Issued", "March 2023"],
           ["Owner", "SET SAR Sub-Group"]],
          widths=[0.3, 0.7], header=False, bold_first_col=True, shade="E7E6E6"),
        PB(),
    ]
    blocks = [
        P("Version control", bold=True),
        T([["Version", "Date", "Notes"],
           ["1", "November 2015", "First agreement following implementation of the Care Act 2014"],
           ["2", "October 2018", "Revised to replace references to the Data Protection Act 1998 "
                                 "with the new data protection legislation"],
           ["3", "March 2023", "ICBs and Mid and South Essex NHS Foundation Trust replace CCGs and "
                               "the former acute trusts; Probation Service replaces NPS/CRC"]],
          widths=[0.12, 0.2, 0.68]),
        H("Section 1 - Why information is shared", "purpose"),
        P(purpose),
        P("Under the Care Act 2014 a Safeguarding Adults Board must arrange a SAR when an adult "
          "in its area with needs for care and support has died, or experienced serious abuse or "
          "neglect, and there is reasonable cause for concern about how partner agencies worked "
          "together. The Boards may also arrange a review in any other case involving an adult "
          "with care and support needs."),
        H("Section 2 - The partners"),
        P("This agreement is made between the following agencies:"),
        T([["Agency", "Board(s)"],
           ["Essex County Council", "Essex"],
           ["Southend-on-Sea City Council", "Southend"],
           ["Thurrock Council", "Thurrock"],
           ["Essex Police", "All three"],
           ["Essex Partnership University NHS Foundation Trust", "All three"],
           ["North East London NHS Foundation Trust", "Essex, Thurrock"],
           ["Mid and South Essex NHS Foundation Trust", "All three"],
           ["East Suffolk and North Essex NHS Foundation Trust", "Essex"],
           ["NHS Mid and South Essex Integrated Care Board", "All three"],
           ["NHS Suffolk and North East Essex Integrated Care Board", "Essex"],
           ["NHS Hertfordshire and West Essex Integrated Care Board", "Essex"],
           ["East of England Ambulance Service NHS Trust", "All three"],
           ["Essex County Fire and Rescue Service", "All three"],
           ["Probation Service", "All three"]], widths=[0.6, 0.4]),
        H("Section 3 - Legal basis", "legal_basis"),
        P("Section 44 of the Care Act 2014 requires the Boards to arrange SARs. Section 45 "
          "allows a Board to request information from any person or body whose functions or "
          "activities are relevant, and that person or body must comply with the request where "
          "the information is held by them and relates to the adult, to a person involved with "
          "the adult, or to the Board's functions."),
        P("The lawful basis for processing under the UK GDPR is Article 6(1)(c), legal "
          "obligation, where information is requested under section 45, and Article 6(1)(e) "
          "otherwise. Special category data is processed under Article 9(2)(b) and (g) and the "
          "Data Protection Act 2018, Schedule 1, paragraphs 6 and 18. Criminal offence data is "
          "processed under Article 10 and Schedule 1, paragraph 18."),
        P("Agencies should also have regard to the Human Rights Act 1998, the Mental Capacity Act "
          "2005, the Crime and Disorder Act 1998, the Care and Support Statutory Guidance "
          "(chapter 14) and the Caldicott Principles."),
        H("Section 4 - What will be shared", "information_shared"),
        P("Agencies will be asked for chronologies, individual management reviews or agency "
          "reports, case records, and staff participation in learning events. The information "
          "will be about the adult, their family and carers, alleged perpetrators and staff "
          "involved. Agencies will share only what is relevant to the terms of reference."),
        H("Section 5 - Accuracy and responsibilities", "accuracy"),
        P("Each agency nominates a senior manager responsible for its contribution, who will "
          "check that the information is accurate, complete and relevant before it is sent. "
          "The SAR Business Manager will return any information that is outside the terms of "
          "reference."),
        H("Section 6 - Sending and receiving information", "format_frequency"),
        P("Information is sent by secure email to the SAR Business Manager of the relevant Board "
          "or uploaded to the Board's secure SharePoint site. Independent reviewers receive "
          "access to a restricted folder for the duration of the review. Timescales for "
          "chronologies are set out in the terms of reference, normally 20 working days."),
        H("Section 7 - Security", "security"),
        P("Agencies will apply their own security policies. Information must be classified "
          "OFFICIAL-SENSITIVE and must not be stored on personal devices. Independent reviewers "
          "must sign a confidentiality and data protection undertaking."),
        H("Section 8 - Retention", "retention"),
        P("The Boards keep SAR working files for 6 years after publication of the report and "
          "then destroy them securely, except for the final report, the action plan and the "
          "Board's decision record, which are kept permanently. Independent reviewers must "
          "delete all information at the end of their contract and confirm this in writing."),
        H("Section 9 - The rights of individuals", "individual_rights"),
        P("The Boards' privacy notices describe SAR processing. Families are involved in reviews "
          "and told how information about them is used. Subject access requests made to a Board "
          "will be handled by the host local authority's information governance team, in "
          "consultation with the agency that provided the information."),
        H("Section 10 - Complaints", "complaints"),
        P("Complaints about the handling of information for a SAR are dealt with under the "
          "complaints procedure of the host local authority for the relevant Board."),
        H("Section 11 - Data breaches", "breach"),
        P("Agencies must tell the SAR Business Manager immediately of any breach involving "
          "information shared under this agreement. The controller responsible decides, with "
          "advice from its DPO, whether to notify the ICO within 72 hours."),
        H("Section 12 - Duration, review and signatures", "agreement"),
        P("This agreement commences on 1 April 2023. It will be reviewed annually from the date "
          "of commencement by the SET SAR Sub-Group, and may be varied by agreement of the three "
          "Boards. A partner may withdraw on giving one month's notice."),
        T([["Agency", "Name", "Designation", "Date"],
           ["Essex County Council", "Nick Presmeg", "Executive Director, Adult Social Care", "23/03/2023"],
           ["Southend-on-Sea City Council", "Michael Marks", "Director of Adult Social Care", "24/03/2023"],
           ["Thurrock Council", "Les Billingham", "Director of Adult Social Care", "24/03/2023"],
           ["Essex Police", "Det Supt Jon Hodgson", "Head of Public Protection", "27/03/2023"],
           ["Essex Partnership University NHS Foundation Trust", "Natalie Hammond", "Executive Nurse", "27/03/2023"],
           ["North East London NHS Foundation Trust", "Melody Williams", "Chief People Officer", "28/03/2023"],
           ["Mid and South Essex NHS Foundation Trust", "Diane Sarkar", "Chief Nursing Officer", "28/03/2023"],
           ["East Suffolk and North Essex NHS Foundation Trust", "Giles Thorpe", "Chief Nurse", "29/03/2023"],
           ["NHS Mid and South Essex Integrated Care Board", "Dr Giles Thorpe", "Chief Nursing Officer", "29/03/2023"],
           ["NHS Suffolk and North East Essex Integrated Care Board", "Lisa Nobes", "Chief Nursing Officer", "29/03/2023"],
           ["NHS Hertfordshire and West Essex Integrated Care Board", "Rachel Joyce", "Medical Director", "30/03/2023"],
           ["East of England Ambulance Service NHS Trust", "Melissa Dowdeswell", "Director of Nursing", "30/03/2023"],
           ["Essex County Fire and Rescue Service", "Rick Hylton", "Chief Fire Officer", "30/03/2023"],
           ["Probation Service", "Head of Probation Delivery Unit, Essex", "", "31/03/2023"]],
          widths=[0.4, 0.22, 0.26, 0.12]),
    ]
    lead = org("Essex Safeguarding Adults Board", None)
    partners = [org("Essex County Council", "Essex County Council"),
                org("Southend-on-Sea City Council", "Southend Borough Council"),
                org("Thurrock Council", "Thurrock Council"), org("Essex Police", "Essex Police"),
                org("Essex Partnership University NHS Foundation Trust"),
                org("North East London NHS Foundation Trust", "North East London NHS Foundation Trust"),
                org("Mid and South Essex NHS Foundation Trust"),
                org("East Suffolk and North Essex NHS Foundation Trust"),
                org("NHS Mid and South Essex Integrated Care Board"),
                org("NHS Suffolk and North East Essex Integrated Care Board"),
                org("NHS Hertfordshire and West Essex Integrated Care Board"),
                org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust"),
                org("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service"),
                org("Probation Service")]
    statutes = [stat("Section 44 of the Care Act 2014", "Care Act", 2014, "section 44"),
                stat("Data Protection Act 1998", "Data Protection Act", 1998, None),
                stat("Data Protection Act 2018, Schedule 1, paragraphs 6 and 18", "Data Protection Act", 2018,
                     "Schedule 1, paragraphs 6 and 18"),
                stat("UK GDPR", "UK General Data Protection Regulation", None, "Article 6(1)(c)"),
                stat("Human Rights Act 1998", "Human Rights Act", 1998, None),
                stat("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
                stat("Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, None)]
    return dict(id="set_sar_isa", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=lead, partners=partners, statutes=statutes, review_date="2024-04-01",
                review_basis="relative", commencement_date="2023-04-01",
                header=None, footer="SET SAR Information Sharing Agreement - Version 3",
                style=dict(font="Arial", size=10.5, hcolor="1F3864", heading_mode="bold",
                           table_shade="E7E6E6"),
                formats=["pdf", "docx"], pdf="word", author_prop="SET SAR Sub-Group")


# ======================================================================================
# D8  Pan-Bedfordshire MASH Joint ISA (no lead; title only in a cover table) - reportlab
# ======================================================================================
def d8():
    title = "Pan-Bedfordshire Multi-Agency Safeguarding Hub (MASH) Joint Information Sharing Agreement"
    purpose = ("Partners share information through the MASH so that every safeguarding contact "
               "about a child or an adult at risk in Bedford Borough, Central Bedfordshire or "
               "Luton is assessed using the fullest available picture of the person's "
               "circumstances, and so that decisions about the level of risk and the right "
               "response are made quickly, consistently and with the involvement of all the "
               "relevant agencies.")
    cover = [
        SP(30),
        T([["Title", title],
           ["Agreement between", "The MASH partner agencies listed in section 2"],
           ["Version", "2.2"],
           ["Date", "January 2022"],
           ["Protective marking", "OFFICIAL"]],
          widths=[0.27, 0.73], header=False, bold_first_col=True, shade="FCE4D6"),
        SP(30),
        T([["Version", "Date", "Reason for change"],
           ["1.0", "05/2016", "Initial agreement (Bedford Borough and Central Bedfordshire MASH)"],
           ["2.0", "11/2019", "Luton Borough Council joins; adult safeguarding included"],
           ["2.1", "03/2021", "Contacts updated"],
           ["2.2", "01/2022", "ELFT replaces previous mental health provider; editorial changes"]],
          widths=[0.14, 0.16, 0.7]),
        PB(),
    ]
    blocks = [
        H("1. Purpose", "purpose"),
        P(purpose),
        P("The MASH is not a separate legal entity. Each partner remains a controller in its own "
          "right and is responsible for its own compliance with data protection law."),
        H("2. Partners"),
        T([["Partner agency", "Service represented in the MASH"],
           ["Bedford Borough Council", "Children's Services; Adult Social Care"],
           ["Central Bedfordshire Council", "Children's Services; Adult Social Care"],
           ["Luton Borough Council", "Children's Services; Adult Social Care"],
           ["Bedfordshire Police", "Public Protection Unit / MASH Police Team"],
           ["East London NHS Foundation Trust", "Mental health and community health services (Bedfordshire and Luton)"],
           ["Bedfordshire Hospitals NHS Foundation Trust", "Safeguarding team"],
           ["Cambridgeshire Community Services NHS Trust", "0-19 services (health visiting, school nursing)"],
           ["NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "Designated professionals"],
           ["Bedfordshire Fire and Rescue Service", "Safeguarding lead"]],
          widths=[0.5, 0.5]),
        H("3. Information to be shared", "information_shared"),
        P("The information shared will depend on the nature of the concern. It may include "
          "personal details of the subject and household members, history of agency contact, "
          "child protection or safeguarding history, police records and intelligence, health "
          "records relevant to the concern, education and attendance information, housing "
          "status and any known risks to professionals."),
        P("MASH staff will record in the MASH record the reason each piece of information was "
          "requested and shared (the 'MASH rationale')."),
        H("4. Legal basis", "legal_basis"),
        P("The partners rely on the following legislation:"),
        B(["the Children Acts 1989 and 2004, in particular sections 17 and 47 of the 1989 Act and "
           "sections 10 and 11 of the 2004 Act;",
           "the Care Act 2014, sections 6, 42 and 45;",
           "the Education Act 2002, section 175;",
           "the Crime Disorder Act 1998, section 115;",
           "the Human Rights Act 1998;",
           "the Data Protection Act 2018 and the UK GDPR."]),
        P("Where sharing takes place without consent, the partners have identified that the "
          "processing meets the conditions formerly set out in Schedules 2 and 3 of the Data "
          "Protection Act 1998 and now in UK GDPR Articles 6(1)(e) and 9(2)(g), and the "
          "safeguarding condition in the Data Protection Act 2018. Practitioners will follow "
          "Working Together to Safeguard Children (2018) and the Seven Golden Rules of "
          "information sharing."),
        H("5. Consent and individuals' rights", "individual_rights"),
        P("Consent will be sought where appropriate but is not required where seeking it would "
          "place a child or adult at risk, prejudice an investigation, or cause undue delay. "
          "Individuals may request access to their information from any partner; requests for "
          "MASH records will be handled by the local authority whose MASH team holds the "
          "record, which will consult the other partners."),
        H("6. Exchange of information", "format_frequency"),
        P("Information is exchanged within the co-located MASH by verbal discussion and by "
          "entries on the local authority case management systems (Liquidlogic in Bedford "
          "Borough and Central Bedfordshire, Mosaic in Luton). Partners not co-located send "
          "information by secure email. Strategy discussions are held by Microsoft Teams."),
        H("7. Information security", "security"),
        P("All partners will hold information securely, on systems with role-based access, "
          "and staff will complete annual data protection training. The MASH office is a "
          "restricted access area. Information must not be discussed outside the MASH except "
          "with those who need to know."),
        H("8. Retention and destruction", "retention"),
        P("MASH records are retained by the local authority in line with its corporate retention "
          "schedule. Police information is retained in line with the Authorised Professional "
          "Practice on Information Management."),
        H("9. Signatures", "agreement"),
        P("The agencies below agree to abide by this agreement."),
        T([["Agency", "Name", "Post", "Date"],
           ["Bedford Borough Council", "Lee Pollard", "Director of Children's Services", "17/01/2022"],
           ["Central Bedfordshire Council", "Sue Harrison", "Director of Children's Services", "17/01/2022"],
           ["Luton Borough Council", "Colin Foster", "Corporate Director, Children and Families", "18/01/2022"],
           ["Bedfordshire Police", "Det Ch Supt Jaime Lawrence", "Head of Public Protection", "19/01/2022"],
           ["East London NHS Foundation Trust", "Lorraine Sunduza", "Chief Nurse", "21/01/2022"],
           ["Bedfordshire Hospitals NHS Foundation Trust", "Liz Lees", "Chief Nurse", "24/01/2022"],
           ["Cambridgeshire Community Services NHS Trust", "Julia Darby", "Chief Nurse", "24/01/2022"],
           ["NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "Anne Brierley", "Designated Nurse Safeguarding Children", "26/01/2022"],
           ["Bedfordshire Fire and Rescue Service", "Andrew Hopkinson", "Assistant Chief Fire Officer", "27/01/2022"]],
          widths=[0.38, 0.2, 0.28, 0.14]),
        H("Appendix A - MASH addresses"),
        T([["MASH", "Address", "Secure mailbox"],
           ["Bedford Borough", "Borough Hall, Cauldwell Street, Bedford", "mash@bedford.gov.uk"],
           ["Central Bedfordshire", "Priory House, Chicksands", "mash@centralbedfordshire.gov.uk"],
           ["Luton", "Town Hall, George Street, Luton", "mash@luton.gov.uk"]], widths=[0.25, 0.45, 0.3]),
    ]
    partners = [org("Bedford Borough Council"), org("Central Bedfordshire Council"),
                org("Luton Borough Council"), org("Bedfordshire Police"),
                org("East London NHS Foundation Trust"),
                org("Bedfordshire Hospitals NHS Foundation Trust"),
                org("Cambridgeshire Community Services NHS Trust"),
                org("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board"),
                org("Bedfordshire Fire and Rescue Service")]
    statutes = [stat("the Children Acts 1989 and 2004", "Children Act", 1989, "sections 17 and 47"),
                stat("the Children Acts 1989 and 2004", "Children Act", 2004, "sections 10 and 11"),
                stat("the Care Act 2014, sections 6, 42 and 45", "Care Act", 2014, "sections 6, 42 and 45"),
                stat("the Education Act 2002, section 175", "Education Act", 2002, "section 175"),
                stat("the Crime Disorder Act 1998, section 115", "Crime and Disorder Act", 1998, "section 115"),
                stat("the Human Rights Act 1998", "Human Rights Act", 1998, None),
                stat("the Data Protection Act 2018", "Data Protection Act", 2018, None),
                stat("UK GDPR Articles 6(1)(e) and 9(2)(g)", "UK General Data Protection Regulation", None, "Articles 6(1)(e) and 9(2)(g)"),
                stat("Schedules 2 and 3 of the Data Protection Act 1998", "Data Protection Act", 1998, "Schedules 2 and 3")]
    return dict(id="pan_beds_mash_joint_isa", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=None, partners=partners, statutes=statutes, review_date=None,
                review_basis="none", commencement_date=None,
                header="MASH JOINT INFORMATION SHARING AGREEMENT", footer="OFFICIAL",
                style=dict(font="Arial", size=10.5, hcolor="C55A11", caps_headings=True,
                           heading_mode="builtin", table_shade="FCE4D6"),
                rl=dict(twocol=False, accent="#C55A11", light="#FCE4D6", size=9.5, box_outer=True,
                        header_left="MASH JOINT INFORMATION SHARING AGREEMENT v2.2",
                        header_right="OFFICIAL", footer_left="Bedford Borough | Central Bedfordshire | Luton"),
                formats=["pdf", "docx"], pdf="rl", author_prop="MASH partners")


# ======================================================================================
# D9  ECC / EPUT AMHP Service ISA (title only in the Word header) - Word -> PDF, DOC
# ======================================================================================
def d9():
    title = "Approved Mental Health Professional (AMHP) Service Information Sharing Agreement"
    purpose = ("Essex County Council and EPUT will share information about people who are, or may "
               "need to be, assessed under the Mental Health Act 1983 so that an AMHP can "
               "co-ordinate a timely, lawful and least restrictive assessment, arrange any "
               "admission or alternative to admission, and meet the statutory duties to consult "
               "and inform the nearest relative.")
    cover = [
        TITLE("Essex County Council", 14, "left", True, "00205B", 0),
        TITLE("Adult Social Care - Mental Health", 10, "left", False, None, 0),
        TITLE("and", 10, "left", False, None, 0),
        TITLE("Essex Partnership University NHS Foundation Trust (EPUT)", 14, "left", True, "00205B", 70),
        TITLE("Information Sharing Agreement", 28, "left", True, "00205B", 60),
        T([["Document owner", "Essex County Council - Head of AMHP Service"],
           ["ISA number", "ECC-ISA-2023-061"],
           ["Version", "1.0"],
           ["Date approved", "19/09/2023"],
           ["Commencement", "01/10/2023"],
           ["Date of next review", "01/10/2025"],
           ["Approved by", "ECC Information Governance Board; EPUT Information Governance Steering Group"]],
          widths=[0.3, 0.7], header=False, bold_first_col=True, shade="DDE4EE"),
        PB(),
    ]
    blocks = [
        H("Contents", level=2),
        P("1 Introduction\n2 Parties\n3 Why information is shared\n4 Lawful basis\n"
          "5 Information shared\n6 Arrangements for sharing\n7 Security and retention\n"
          "8 Data quality\n9 Information rights\n10 Security incidents\n11 Signatures\n"
          "Schedule 1 Data flow\nSchedule 2 Legislation"),
        H("1 Introduction"),
        P("1.1 Essex County Council (ECC) is the local social services authority responsible for "
          "the approval of AMHPs and for arranging Mental Health Act assessments in the Essex "
          "County Council area. EPUT provides secondary mental health services, in-patient beds "
          "and the section 12 doctor rota, and employs some AMHPs under secondment arrangements "
          "made under section 75 of the National Health Service Act 2006."),
        P("1.2 This agreement replaces the AMHP sections of the ECC and EPUT Section 75 "
          "Partnership Agreement information schedule, which ended on 30 September 2023."),
        H("2 Parties"),
        T([["Party", "Role", "ICO registration"],
           ["Essex County Council", "Controller - AMHP records (Mosaic)", "Z2120726"],
           ["Essex Partnership University NHS Foundation Trust", "Controller - clinical records (Paris, Mobius)", "Z9990331"],
           ["Essex Police", "Controller - information shared for section 135 warrants and conveyance", "Z4883472"],
           ["East of England Ambulance Service NHS Trust", "Controller - conveyance", "Z955129X"]],
          widths=[0.42, 0.4, 0.18]),
        H("3 Why information is shared", "purpose"),
        P("3.1 " + purpose),
        P("3.2 Information will not be used for any other purpose without the agreement of the "
          "party that supplied it, except where required by law."),
        H("4 Lawful basis", "legal_basis"),
        P("4.1 The AMHP's duties arise under sections 11 and 13 of the Mental Health Act 1983 "
          "(as amended by the Mental Health Act 2007), including the duty to interview the "
          "patient and consult the nearest relative. Applications and records are made under "
          "the Mental Health (Hospital, Guardianship and Treatment) (England) Regulations 2008."),
        P("4.2 The parties rely on UK GDPR Article 6(1)(e) and Article 9(2)(h) with Schedule 1, "
          "Part 1, paragraph 2 of the Data Protection Act 2018 (health or social care purposes). "
          "Where a person lacks capacity, decisions to share are made in accordance with the "
          "Mental Capacity Act 2005. The Care Act 2014 applies where an assessment identifies "
          "needs for care and support. Any interference with a person's rights under Article 8 "
          "of the Human Rights Act 1998 must be necessary and proportionate."),
        P("4.3 The common law duty of confidentiality is satisfied because the sharing is for the "
          "person's care, or is required by law, or is justified in the public interest."),
        H("5 Information shared", "information_shared"),
        T([["Item", "Direction", "When"],
           ["Referral for MHA assessment, reason, risk", "EPUT to ECC", "At referral"],
           ["Clinical history, diagnosis, medication, care plan, relapse indicators", "EPUT to ECC", "Before assessment"],
           ["Nearest relative details and social circumstances", "ECC to EPUT", "At assessment"],
           ["Outcome of assessment; application; medical recommendations", "ECC to EPUT", "Within 24 hours"],
           ["Bed availability and admitting ward", "EPUT to ECC", "At assessment"],
           ["Risk information for conveyance or warrant", "ECC / EPUT to Essex Police and EEAST", "As needed"]],
          widths=[0.5, 0.3, 0.2]),
        H("6 Arrangements for sharing", "format_frequency"),
        P("6.1 Referrals are made to the AMHP Hub by telephone and confirmed on the referral form "
          "sent from an nhs.net account to the ECC secure mailbox. AMHPs have read-only access to "
          "EPUT's Paris record under a named access agreement. Statutory forms are scanned and "
          "sent to the EPUT Mental Health Act Office on the day of admission."),
        H("7 Security and retention", ["security", "retention"]),
        P("7.1 Each party keeps information on its own systems in line with its information "
          "security policy. AMHP access to Paris is audited monthly by EPUT."),
        P("7.2 AMHP assessment records are retained by ECC for 20 years after the last contact or "
          "8 years after death. EPUT retains statutory documents with the health record."),
        H("8 Data quality", "accuracy"),
        P("8.1 The party that creates a record is responsible for its accuracy. AMHP reports are "
          "completed within 72 hours of the assessment."),
        H("9 Information rights", "individual_rights"),
        P("9.1 Each party deals with requests made to it under its own procedures and will "
          "consult the other party before releasing information the other party supplied. "
          "Patients detained under the Act receive information about their rights under "
          "section 132."),
        H("10 Security incidents", "breach"),
        P("10.1 Incidents will be reported to the other party's Information Governance team "
          "within one working day and investigated by the party whose staff or systems were "
          "involved."),
        H("11 Signatures", "agreement"),
        P("11.1 This agreement commences on the commencement date shown on the cover and may be "
          "ended by either party on three months' notice."),
        T([["For", "Name", "Position", "Date"],
           ["Essex County Council", "A. Kowalczyk", "Director, Mental Health and Learning Disability", "19/09/2023"],
           ["Essex Partnership University NHS Foundation Trust", "Dr M. Abiola", "Caldicott Guardian", "20/09/2023"],
           ["Essex Police", "Supt E. Harwood", "Head of Mental Health and Vulnerability", "25/09/2023"],
           ["East of England Ambulance Service NHS Trust", "K. Brennan", "SIRO", "26/09/2023"]],
          widths=[0.38, 0.18, 0.32, 0.12]),
        PB(),
        H("Schedule 1 Data flow"),
        P("Referrer (GP / EPUT team / police / family) -> AMHP Hub (ECC) -> AMHP allocated -> "
          "EPUT records checked -> s12 doctors arranged (EPUT rota) -> assessment -> outcome "
          "shared with EPUT bed management, MHA Office, Essex Police and EEAST where conveyance is "
          "needed."),
        H("Schedule 2 Legislation"),
        B(["Mental Health Act 1983 / Mental Health Act 2007",
           "Mental Health (Hospital, Guardianship and Treatment) (England) Regulations 2008",
           "Mental Capacity Act 2005",
           "Care Act 2014",
           "National Health Service Act 2006",
           "Data Protection Act 2018 and UK GDPR",
           "Human Rights Act 1998"]),
    ]
    lead = org("Essex County Council", "Essex County Council")
    partners = [org("Essex Partnership University NHS Foundation Trust (EPUT)"),
                org("Essex Police", "Essex Police"),
                org("East of England Ambulance Service NHS Trust", "East of England Ambulance Service NHS Trust")]
    statutes = [stat("sections 11 and 13 of the Mental Health Act 1983", "Mental Health Act", 1983, "sections 11 and 13"),
                stat("section 75 of the National Health Service Act 2006", "National Health Service Act", 2006, "section 75"),
                stat("Mental Health Act 2007", "Mental Health Act", 2007, None),
                stat("Mental Health (Hospital, Guardianship and Treatment) (England) Regulations 2008",
                     "Mental Health (Hospital, Guardianship and Treatment) (England) Regulations", 2008, None),
                stat("UK GDPR Article 6(1)(e)", "UK General Data Protection Regulation", None, "Article 6(1)(e)"),
                stat("Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018", "Data Protection Act", 2018,
                     "Schedule 1, Part 1, paragraph 2"),
                stat("Mental Capacity Act 2005", "Mental Capacity Act", 2005, None),
                stat("Care Act 2014", "Care Act", 2014, None),
                stat("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8")]
    return dict(id="ecc_eput_amhp_isa", title=title, purpose=purpose, cover=cover, blocks=blocks,
                lead=lead, partners=partners, statutes=statutes, review_date="2025-10-01",
                review_basis="explicit", commencement_date="2023-10-01",
                header=title, footer="ECC-ISA-2023-061  OFFICIAL-SENSITIVE",
                style=dict(font="Arial", size=11, hcolor="00205B", h1size=13,
                           header_size=10, header_bold=True, header_align="center",
                           table_shade="DDE4EE"),
                formats=["docx", "pdf", "doc"], pdf="word", author_prop="ECC Information Governance")


# ======================================================================================
# Build
# ======================================================================================
BASENAMES = {
    "eput_street_triage_s136": "EPUT-ISA-0147 Street Triage and S136 Pathway v2.1",
    "suffolk_mash_isa": "Suffolk_MASH_ISA_v4.0_FINAL",
    "herts_marac_isp": "HDAP ISP MARAC v3.0 May 2017",
    "kent_medway_cdr_dsa": "KM-CDR-Partners-DSA-v1.4",
    "cambs_pboro_leder_isa": "CPICB LeDeR ISA v1.3 June 2023",
    "norfolk_waveney_crisis_concordat_isp": "NW_Crisis_Care_Concordat_ISP_v2",
    "set_sar_isa": "SET SAR Information Sharing Agreement v3",
    "pan_beds_mash_joint_isa": "MASH Joint ISA v2.2 (Pan-Beds)",
    "ecc_eput_amhp_isa": "ECC-ISA-2023-061 AMHP ECC EPUT v1.0",
}


def main():
    from reportlab import rl_config
    rl_config.invariant = 1
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    specs = [d1(), d2(), d3(), d4(), d5(), d6(), d7(), d8(), d9()]
    to_pdf, to_doc = [], []
    for sp in specs:
        base = BASENAMES[sp["id"]]
        sp["base"] = base
        docx_path = os.path.join(FILES, base + ".docx")
        needs_docx = ("docx" in sp["formats"] or "doc" in sp["formats"] or sp["pdf"] == "word")
        if needs_docx:
            render_docx(sp, docx_path)
        if sp["pdf"] == "word":
            to_pdf.append(docx_path)
        else:
            render_rl(sp, os.path.join(FILES, base + ".pdf"))
        if "doc" in sp["formats"]:
            to_doc.append(docx_path)
    soffice("pdf", to_pdf, FILES)
    soffice("doc", to_doc, FILES)
    truth = []
    for sp in specs:
        if "docx" not in sp["formats"]:
            p = os.path.join(FILES, sp["base"] + ".docx")
            if os.path.exists(p):
                os.remove(p)
        present = sections_of(sp["blocks"])
        missing = [k for k in SECTION_KEYS if k not in present]
        for fmt in sp["formats"]:
            fn = sp["base"] + "." + fmt
            assert os.path.exists(os.path.join(FILES, fn)), fn
            truth.append({
                "file": fn,
                "format": fmt,
                "title": sp["title"],
                "purpose": sp["purpose"],
                "lead": sp["lead"],
                "partners": sp["partners"],
                "statutes": sp["statutes"],
                "review_date": sp["review_date"],
                "review_basis": sp["review_basis"],
                "commencement_date": sp["commencement_date"],
                "sections_present": present,
                "missing_sections": missing,
            })
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d files for %d agreements" % (len(truth), len(specs)))


if __name__ == "__main__":
    sys.exit(main())
