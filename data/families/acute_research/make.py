#!/usr/bin/env python
"""Blind test corpus, family `acute_research`.

Deterministic generator: writes files/ and truth.json beside itself.
Run: .venv/bin/python data/families/acute_research/make.py
"""
import copy
import datetime as _dt
import io
import json
import os
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
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo_acute_research"
FIXED_DATE = _dt.datetime(2025, 1, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model
#   ("cover", {...})             cover page (ends with a page break)
#   ("h1", text) / ("h2", text)  headings
#   ("p", text)                  paragraph
#   ("np", num, text)            numbered clause paragraph (number kept in text)
#   ("b", [items])               bullet list
#   ("table", rows, opts)        table; opts: header (bool), widths (cm list)
#   ("textbox", [lines])         boxed text (VML text box in Word)
#   ("pb",)                      page break
#   ("sp",)                      spacer
# ---------------------------------------------------------------------------


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# ----------------------------- DOCX ----------------------------------------

def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def _add_field(par, instr):
    run = par.add_run()
    fld = parse_xml(r'<w:fldSimple %s w:instr="%s"><w:r><w:t>1</w:t></w:r></w:fldSimple>' % (nsdecls("w"), instr))
    par._p.append(fld)


def _textbox_run(lines, width_pt=420, height_pt=None):
    if height_pt is None:
        height_pt = 30 + 24 * len(lines) + (18 if len(lines[0]) > 45 else 0)
    paras = []
    for i, ln in enumerate(lines):
        b = "<w:b/>" if i == 0 else ""
        sz = 32 if (i == 0 and len(lines[0]) < 60) else (26 if i == 0 else 20)
        paras.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="%d"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, sz, esc(ln)))
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt" strokeweight="1.5pt" strokecolor="#1F3864">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></w:r>' % (nsdecls("w"), width_pt, height_pt, "".join(paras)))
    return parse_xml(xml)


def _add_textbox(doc, lines):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(_textbox_run(lines))
    return p


def build_docx(spec, path):
    st = spec.get("style", {})
    font = st.get("font", "Arial")
    size = st.get("size", 10.5)
    doc = Document()
    cp = doc.core_properties
    cp.author = st.get("author", "Information Governance")
    cp.title = st.get("core_title", "")
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = cp.author
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hn in ("Heading 1", "Heading 2", "Title"):
        hs = doc.styles[hn]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.2)
    heading_mode = st.get("headings", "styled")

    # header / footer
    hdr_text = spec.get("docx_header")
    ftr_text = spec.get("docx_footer")
    has_cover = any(b[0] == "cover" for b in spec["blocks"])
    if has_cover and st.get("different_first", True):
        sec.different_first_page_header_footer = True
    if hdr_text:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(hdr_text.split("\n")):
            if i:
                hp = sec.header.add_paragraph()
            r = hp.add_run(line)
            r.font.size = Pt(8.5)
            r.bold = (i == 0 and st.get("header_bold", False))
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if st.get("header_right", True) else WD_ALIGN_PARAGRAPH.LEFT
        if st.get("header_on_first") and sec.different_first_page_header_footer:
            fp = sec.first_page_header.paragraphs[0]
            for i, line in enumerate(hdr_text.split("\n")):
                if i:
                    fp = sec.first_page_header.add_paragraph()
                r = fp.add_run(line)
                r.font.size = Pt(8.5)
                fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if ftr_text:
        r = fp.add_run(ftr_text + "    Page ")
        r.font.size = Pt(8)
    else:
        r = fp.add_run("Page ")
        r.font.size = Pt(8)
    _add_field(fp, "PAGE")

    def heading(text, level):
        if heading_mode == "styled":
            doc.add_heading(text, level=level)
        else:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10 if level == 1 else 6)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(size + (2 if level == 1 else 0.5))
            if level == 2 and heading_mode == "bold_underline":
                r.underline = True

    def add_table(rows, opts):
        ncols = max(len(r) for r in rows)
        t = doc.add_table(rows=0, cols=ncols)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = opts.get("widths")
        if widths:
            t.autofit = False
            scale = 16.4 / sum(widths)
            widths = [w * scale for w in widths]
            for ci, w in enumerate(widths):
                t.columns[ci].width = Cm(w)
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                cell = cells[ci]
                lines = val.split("\n") if val else [""]
                cell.paragraphs[0].text = ""
                for li, ln in enumerate(lines):
                    par = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    run = par.add_run(ln)
                    run.font.size = Pt(size - 1)
                    if (opts.get("header", True) and ri == 0) or (opts.get("first_col_bold") and ci == 0):
                        run.bold = True
                if opts.get("header", True) and ri == 0:
                    _shade(cell, opts.get("fill", "D9E2F3"))
                elif opts.get("first_col_bold") and ci == 0:
                    _shade(cell, opts.get("fill2", "F2F2F2"))
                if widths:
                    cell.width = Cm(widths[ci])
        doc.add_paragraph()

    for blk in spec["blocks"]:
        kind = blk[0]
        if kind == "cover":
            cv = blk[1]
            for _ in range(cv.get("top_space", 3)):
                doc.add_paragraph()
            for text, sty in cv.get("lines", []):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if cv.get("center", True) else WD_ALIGN_PARAGRAPH.LEFT
                r = p.add_run(text)
                if sty == "title":
                    r.bold = True
                    r.font.size = Pt(19)
                    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
                    p.paragraph_format.space_after = Pt(2)
                elif sty == "generic":
                    r.bold = True
                    r.font.size = Pt(15)
                elif sty == "org":
                    r.bold = True
                    r.font.size = Pt(12)
                elif sty == "sub":
                    r.font.size = Pt(12)
                elif sty == "gap":
                    pass
                else:
                    r.font.size = Pt(size)
            if cv.get("textbox"):
                doc.add_paragraph()
                _add_textbox(doc, cv["textbox"])
                doc.add_paragraph()
            for text, sty in cv.get("after", []):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(text)
                r.font.size = Pt(11 if sty == "sub" else size)
                r.bold = sty == "org"
            if cv.get("table"):
                doc.add_paragraph()
                add_table(cv["table"], cv.get("table_opts", {"header": False, "first_col_bold": True}))
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            heading(blk[1], 1)
        elif kind == "h2":
            heading(blk[1], 2)
        elif kind == "p":
            p = doc.add_paragraph(blk[1])
            p.paragraph_format.space_after = Pt(6)
        elif kind == "np":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.2 if blk[1].count(".") < 2 else 2.2)
            p.paragraph_format.first_line_indent = Cm(-1.2 if blk[1].count(".") < 2 else -1.0)
            p.paragraph_format.space_after = Pt(6)
            p.add_run(blk[1] + "\t" + blk[2])
        elif kind == "b":
            for it in blk[1]:
                p = doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            add_table(blk[1], blk[2] if len(blk) > 2 else {})
        elif kind == "textbox":
            _add_textbox(doc, blk[1])
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sp":
            doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


# ----------------------------- PDF (reportlab) ------------------------------

def build_rl(spec, path):
    st = spec.get("rl", {})
    layout = st.get("layout", "single")  # single | twocol
    base_font = st.get("font", "Helvetica")
    bold_font = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base_font]
    fs = st.get("size", 9.5 if layout == "twocol" else 10)
    accent = colors.HexColor(st.get("accent", "#1F3864"))
    styles = {
        "p": ParagraphStyle("p", fontName=base_font, fontSize=fs, leading=fs * 1.3, spaceAfter=5),
        "np": ParagraphStyle("np", fontName=base_font, fontSize=fs, leading=fs * 1.3, spaceAfter=5,
                             leftIndent=28, firstLineIndent=-28),
        "np3": ParagraphStyle("np3", fontName=base_font, fontSize=fs, leading=fs * 1.3, spaceAfter=4,
                              leftIndent=56, firstLineIndent=-30),
        "b": ParagraphStyle("b", fontName=base_font, fontSize=fs, leading=fs * 1.3, spaceAfter=3,
                            leftIndent=16, bulletIndent=5),
        "h1": ParagraphStyle("h1", fontName=bold_font, fontSize=fs + 3, leading=(fs + 3) * 1.25,
                             spaceBefore=10, spaceAfter=5, textColor=accent),
        "h2": ParagraphStyle("h2", fontName=bold_font, fontSize=fs + 1, leading=(fs + 1) * 1.25,
                             spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=base_font, fontSize=fs - 1, leading=(fs - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold_font, fontSize=fs - 1, leading=(fs - 1) * 1.25),
        "ct": ParagraphStyle("ct", fontName=bold_font, fontSize=21, leading=26, alignment=TA_CENTER,
                             textColor=accent, spaceAfter=2),
        "cg": ParagraphStyle("cg", fontName=bold_font, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=8),
        "co": ParagraphStyle("co", fontName=bold_font, fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=6),
        "cs": ParagraphStyle("cs", fontName=base_font, fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=6),
        "cn": ParagraphStyle("cn", fontName=base_font, fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=4),
    }
    W, H = A4
    lm = rm = 2.0 * cm
    tm, bm = 2.5 * cm, 2.2 * cm
    header = spec.get("rl_header", "")
    footer = spec.get("rl_footer", "")

    def on_body(canv, doc):
        canv.saveState()
        canv.setFont(base_font, 8)
        canv.setFillColor(colors.HexColor("#444444"))
        hl = header.split("\n") if header else []
        for i, ln in enumerate(hl):
            canv.drawString(lm, H - 1.3 * cm - i * 10, ln)
        canv.drawRightString(W - rm, H - 1.3 * cm, st.get("header_right", ""))
        canv.setStrokeColor(accent)
        canv.setLineWidth(0.8)
        canv.line(lm, H - 1.3 * cm - max(len(hl) - 1, 0) * 10 - 5, W - rm, H - 1.3 * cm - max(len(hl) - 1, 0) * 10 - 5)
        canv.line(lm, 1.6 * cm, W - rm, 1.6 * cm)
        canv.drawString(lm, 1.1 * cm, footer)
        canv.drawRightString(W - rm, 1.1 * cm, "Page %d" % doc.page)
        canv.restoreState()

    def on_cover(canv, doc):
        canv.saveState()
        canv.setFillColor(accent)
        canv.rect(0, H - 1.2 * cm, W, 1.2 * cm, stroke=0, fill=1)
        canv.setFont(base_font, 8)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(lm, 1.1 * cm, st.get("cover_footer", footer))
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          invariant=1, title=st.get("pdf_title", ""), author=st.get("author", ""),
                          creator="Microsoft Word" if st.get("fake_creator") else "ReportLab")
    fw = W - lm - rm
    fh = H - tm - bm
    cover_frame = Frame(lm, bm, fw, fh, id="cover")
    if layout == "twocol":
        gap = 0.6 * cm
        cw = (fw - gap) / 2
        body_frames = [Frame(lm, bm, cw, fh, id="c1"), Frame(lm + cw + gap, bm, cw, fh, id="c2")]
    else:
        body_frames = [Frame(lm, bm, fw, fh, id="body")]
    doc.addPageTemplates([PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover),
                          PageTemplate(id="body", frames=body_frames, onPage=on_body)])
    colw = body_frames[0]._width

    def mk_table(rows, opts, width):
        ncols = max(len(r) for r in rows)
        data = []
        for ri, row in enumerate(rows):
            drow = []
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                bold = (opts.get("header", True) and ri == 0) or (opts.get("first_col_bold") and ci == 0)
                drow.append(Paragraph(esc(val).replace("\n", "<br/>"), styles["cellb" if bold else "cell"]))
            data.append(drow)
        widths = opts.get("widths")
        if widths:
            tot = sum(widths)
            cws = [width * w / tot for w in widths]
        else:
            cws = [width / ncols] * ncols
        t = Table(data, colWidths=cws, repeatRows=1 if opts.get("header", True) else 0)
        ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if opts.get("header", True):
            ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.get("table_fill", "#D9E2F3"))))
        if opts.get("first_col_bold"):
            ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")))
        if opts.get("box"):
            ts.append(("BOX", (0, 0), (-1, -1), 1.5, accent))
        t.setStyle(TableStyle(ts))
        return t

    story = []
    started_body = False
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind == "cover":
            cv = blk[1]
            story.append(Spacer(1, cv.get("top_space", 3) * 1.1 * cm))
            smap = {"title": "ct", "generic": "cg", "org": "co", "sub": "cs", "small": "cn", "gap": "cn"}
            for text, sty in cv.get("lines", []):
                story.append(Paragraph(esc(text) if text else "&nbsp;", styles[smap.get(sty, "cn")]))
            if cv.get("textbox"):
                story.append(Spacer(1, 0.6 * cm))
                rows = [[Paragraph(esc(cv["textbox"][0]), styles["ct"])]] + \
                       [[Paragraph(esc(x), styles["cs"])] for x in cv["textbox"][1:]]
                t = Table(rows, colWidths=[fw * 0.85])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.8, accent),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6)]))
                story.append(t)
                story.append(Spacer(1, 0.6 * cm))
            for text, sty in cv.get("after", []):
                story.append(Paragraph(esc(text), styles[smap.get(sty, "cn")]))
            if cv.get("table"):
                story.append(Spacer(1, 0.8 * cm))
                story.append(mk_table(cv["table"], cv.get("table_opts", {"header": False, "first_col_bold": True}), fw * 0.9))
            story.append(NextPageTemplate("body"))
            story.append(PageBreak())
            started_body = True
            continue
        if not started_body:
            story.insert(0, NextPageTemplate("body"))
            started_body = True
        if kind == "h1":
            story.append(Paragraph(esc(blk[1]), styles["h1"]))
        elif kind == "h2":
            story.append(Paragraph(esc(blk[1]), styles["h2"]))
        elif kind == "p":
            story.append(Paragraph(esc(blk[1]), styles["p"]))
        elif kind == "np":
            sty = styles["np3"] if blk[1].count(".") >= 2 else styles["np"]
            story.append(Paragraph("%s&nbsp;&nbsp;&nbsp;%s" % (esc(blk[1]), esc(blk[2])), sty))
        elif kind == "b":
            for it in blk[1]:
                story.append(Paragraph(esc(it), styles["b"], bulletText="\u2013"))
        elif kind == "table":
            opts = blk[2] if len(blk) > 2 else {}
            story.append(mk_table(blk[1], opts, colw))
            story.append(Spacer(1, 6))
        elif kind == "textbox":
            rows = [[Paragraph(esc(x), styles["cellb" if i == 0 else "cell"])] for i, x in enumerate(blk[1])]
            t = Table(rows, colWidths=[colw])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, accent)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, 8))
    doc.build(story)


# ----------------------------- LibreOffice ----------------------------------

def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
           "--outdir", outdir, src]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, base + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError("conversion failed: %s %s" % (r.stdout, r.stderr))
    return out

# ============================================================================
# Content
# ============================================================================

def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def N(n, t): return ("np", n, t)
def B(*items): return ("b", list(items))
def T(rows, **opts): return ("table", rows, opts)
PB = ("pb",)
SP = ("sp",)


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def party(name, org=None):
    return {"name": name, "org": org}


ALL_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
            "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


# ---------------------------------------------------------------------------
# A1  Mid and South Essex NHS FT – PROMAS research collaboration
# ---------------------------------------------------------------------------

def doc_a1():
    purpose = ("The purpose of this Agreement is to enable the Parties to share pseudonymised clinical, "
               "functional and patient-reported outcome data about consenting adults undergoing elective "
               "major abdominal surgery at Basildon, Broomfield and Southend hospitals, so that the University "
               "of Essex and Anglia Ruskin University can analyse whether a structured four-week prehabilitation "
               "programme improves post-operative recovery, length of stay and 90-day readmission rates.")
    sig = lambda org, nm, post, dt: T([["Signed for and on behalf of " + org, ""],
                                        ["Signature", "[signed]"], ["Name", nm], ["Position", post], ["Date", dt]],
                                       header=True, widths=[6.5, 9.5])
    blocks = [
        ("cover", {"top_space": 2, "lines": [
            ("Mid and South Essex NHS Foundation Trust", "org"),
            ("Research and Development Department", "small"),
            ("", "gap"), ("", "gap"),
            ("RESEARCH COLLABORATION AND DATA SHARING AGREEMENT", "generic"),
            ("", "gap"),
            ("Prehabilitation Outcomes in Major", "title"),
            ("Abdominal Surgery (PROMAS) Study", "title"),
            ("", "gap"),
            ("IRAS Project ID: 331847     REC Reference: 24/EE/0117", "small"),
            ("Version 1.2  |  12 September 2024", "small"),
            ("", "gap"), ("", "gap"),
            ("between", "small"),
            ("(1) Mid and South Essex NHS Foundation Trust", "sub"),
            ("(2) University of Essex", "sub"),
            ("(3) Anglia Ruskin University Higher Education Corporation", "sub"),
        ]}),
        H1("Document Control"),
        T([["Version", "Date", "Author", "Summary of changes"],
           ["0.1", "03/06/2024", "K. Oyelaran, Research Contracts Manager", "First draft from Trust template RCDSA-07"],
           ["0.4", "22/07/2024", "K. Oyelaran", "Comments from University of Essex Research and Enterprise Office"],
           ["1.0", "14/08/2024", "S. Whitlock, Head of Information Governance", "DPIA outcome incorporated; Schedule 2 revised"],
           ["1.2", "12/09/2024", "K. Oyelaran", "Final for signature; Anglia Ruskin added as Party 3"]],
          widths=[2.0, 2.5, 5.3, 6.7]),
        T([["Approved by", "Trust Research Governance Committee, 29 August 2024"],
           ["DPIA reference", "MSE-DPIA-2024-0193 (approved 09/08/2024)"],
           ["HRA Approval", "Granted 19/07/2024"],
           ["Classification", "OFFICIAL - SENSITIVE: COMMERCIAL"],
           ["Distribution", "Signatories; Chief Investigator; Trust Data Protection Officer"]],
          widths=[4.5, 12], header=False, first_col_bold=True),
        H2("Contents"),
        P("1. Definitions and Interpretation  2. Background and Purpose of the Collaboration  3. Roles of the Parties  "
          "4. The Shared Data  5. Lawful Basis and Approvals  6. Transparency and Participants' Rights  "
          "7. Transfer Arrangements and Frequency  8. Information Security  9. Data Quality  "
          "10. Retention and Destruction  11. Complaints, Queries and Disputes  12. Personal Data Breaches  "
          "13. Commencement, Review and Termination  14. Execution  Schedule 1 Data Specification  "
          "Schedule 2 Security Requirements  Schedule 3 Contacts"),
        PB,
        H1("1. Definitions and Interpretation"),
        N("1.1", "In this Agreement the following words have the meanings given below:"),
        N("1.1.1", "\"Chief Investigator\" means Mr Ravi Chandran, Consultant Colorectal Surgeon at the Trust, or any "
                   "replacement notified in writing;"),
        N("1.1.2", "\"Commencement Date\" means the date stated in clause 13.1;"),
        N("1.1.3", "\"Data Protection Legislation\" means the UK General Data Protection Regulation (\"UK GDPR\"), the "
                   "Data Protection Act 2018 and the Privacy and Electronic Communications (EC Directive) Regulations "
                   "2003, together with any successor legislation and guidance issued by the Information Commissioner;"),
        N("1.1.4", "\"Participant\" means a patient of the Trust who has given written informed consent to take part in "
                   "the Study in accordance with the Protocol;"),
        N("1.1.5", "\"Protocol\" means the Study protocol version 3.0 dated 2 May 2024 as approved by the Research Ethics "
                   "Committee, as amended from time to time;"),
        N("1.1.6", "\"Shared Data\" means the data items listed in Schedule 1;"),
        N("1.1.7", "\"Study\" means the research project described on the cover of this Agreement;"),
        N("1.1.8", "\"Trust\" means Mid and South Essex NHS Foundation Trust; \"Universities\" means Parties (2) and (3)."),
        N("1.2", "Clause headings do not affect interpretation. References to a statute include that statute as amended "
                 "or re-enacted from time to time."),
        H1("2. Background and Purpose of the Collaboration"),
        N("2.1", purpose),
        N("2.2", "The Study is led by Mid and South Essex NHS Foundation Trust, which is the Sponsor for the purposes of "
                 "the UK Policy Framework for Health and Social Care Research. The University of Essex (School of Sport, "
                 "Rehabilitation and Exercise Sciences) and Anglia Ruskin University (Faculty of Health, Medicine and "
                 "Social Care) are academic collaborators."),
        N("2.3", "The Shared Data will not be used to make decisions about the care of any individual Participant, and "
                 "will not be used for any commercial purpose or passed to any third party except as set out in this "
                 "Agreement."),
        H1("3. Roles of the Parties"),
        N("3.1", "The Trust is the Data Controller of the Shared Data held in its clinical systems and of the Study "
                 "database. Each University is a separate Data Controller in respect of the copy of the Shared Data it "
                 "receives and the analyses it carries out under the Protocol."),
        N("3.2", "No Party acts as a Data Processor for another Party under this Agreement. Where a Party engages a "
                 "processor (for example a hosted statistical computing environment) it shall ensure a written contract "
                 "meeting Article 28 of the UK GDPR is in place."),
        H1("4. The Shared Data"),
        N("4.1", "The Trust will disclose only the pseudonymised data items listed in Schedule 1. Participants will be "
                 "identified by a Study number only; the key linking Study numbers to NHS numbers will remain with the "
                 "Trust research team at all times."),
        N("4.2", "Free-text clinical notes, images and dates of birth will not be shared. Age will be provided in "
                 "five-year bands and dates of surgery as month and year."),
        H1("5. Lawful Basis and Approvals"),
        N("5.1", "The Parties rely on Article 6(1)(e) UK GDPR (task in the public interest) and, for data concerning "
                 "health, Article 9(2)(j) (scientific research) together with Schedule 1, Part 1, paragraph 4 of the "
                 "Data Protection Act 2018."),
        N("5.2", "Participants' explicit written consent satisfies the common law duty of confidentiality; no support "
                 "under section 251 of the National Health Service Act 2006 is required or sought. Consent is not relied upon as the UK GDPR lawful basis."),
        N("5.3", "The Study has a favourable opinion from the East of England - Cambridge East Research Ethics Committee "
                 "and HRA Approval. Any substantial amendment affecting the Shared Data must be approved before the "
                 "change is implemented."),
        N("5.4", "Each Party will consider requests made under the Freedom of Information Act 2000 that relate to this "
                 "Agreement and will consult the other Parties before any disclosure. Processing will respect the "
                 "right to private life under Article 8 of the Human Rights Act 1998."),
        H1("6. Transparency and Participants' Rights"),
        N("6.1", "The Participant Information Sheet (version 2.1) explains what data will be shared, with whom and why. "
                 "The Trust's research privacy notice will reference the Study."),
        N("6.2", "Requests from Participants to exercise their rights (access, rectification, objection or withdrawal) "
                 "will be directed to the Trust, which will coordinate a response within one calendar month. The "
                 "Universities will assist promptly. A Participant who withdraws may ask for no further data to be "
                 "collected; data already analysed may be retained where removal would seriously impair the Study, as "
                 "explained in the consent form."),
        H1("7. Transfer Arrangements and Frequency"),
        N("7.1", "Data extracts will be prepared by the Trust research data manager and transferred monthly, on or "
                 "before the tenth working day of each month, in CSV format within an encrypted (AES-256) archive."),
        N("7.2", "Transfers will be made by NHSmail to a named university address using the [secure] subject-line "
                 "encryption facility, or by the University of Essex secure file transfer service. Passwords are sent "
                 "separately by telephone or text message."),
        H1("8. Information Security"),
        N("8.1", "Each Party shall apply the security measures set out in Schedule 2 and shall maintain a Data Security "
                 "and Protection Toolkit assessment of 'Standards Met' (the Trust) or ISO/IEC 27001 certification or "
                 "equivalent (the Universities)."),
        N("8.2", "Access to the Shared Data shall be limited to the Study team members named on the delegation log, "
                 "each of whom has completed data security training within the last twelve months."),
        H1("9. Data Quality"),
        N("9.1", "The Trust will validate each extract against the Study case report forms before transfer. The "
                 "Universities will report apparent errors or inconsistencies to the research data manager within ten "
                 "working days, and the Trust will issue a corrected extract where required."),
        H1("10. Retention and Destruction"),
        N("10.1", "The Universities will retain the Shared Data for five years after the publication of the final "
                  "Study report and will then securely destroy it, confirming destruction to the Trust in writing. The "
                  "Trust will archive the Study master file and linkage key for ten years in line with its research "
                  "records policy."),
        H1("11. Complaints, Queries and Disputes"),
        N("11.1", "Complaints from Participants or the public about the use of the Shared Data will be handled under "
                  "the Trust's complaints procedure by the Patient Experience Team. A Party receiving a complaint will "
                  "forward it to the Trust within two working days."),
        N("11.2", "Disputes between the Parties will be referred first to the Chief Investigator and the Universities' "
                  "principal investigators, then to the signatories."),
        H1("12. Personal Data Breaches"),
        N("12.1", "A Party that becomes aware of a personal data breach affecting the Shared Data shall notify the "
                  "Trust's Data Protection Officer without undue delay and in any event within 24 hours, and shall "
                  "cooperate with any investigation and any notification to the Information Commissioner."),
        H1("13. Commencement, Review and Termination"),
        N("13.1", "This Agreement commences on 1 October 2024 and continues until the Shared Data has been destroyed "
                  "in accordance with clause 10."),
        N("13.2", "This Agreement shall be reviewed by the Parties no later than 30 September 2026, and earlier if the "
                  "Protocol is substantially amended or the Data Protection Legislation changes."),
        N("13.3", "Any Party may withdraw on three months' written notice. Clauses 8, 10 and 12 survive termination."),
        PB,
        H1("14. Execution"),
        P("This Agreement has been entered into on the date stated at the beginning of clause 13."),
        sig("Mid and South Essex NHS Foundation Trust", "Dr Helen Marsh-Okafor", "Director of Research and Innovation", "16/09/2024"),
        sig("University of Essex", "Professor Lindsay Carver", "Deputy Vice-Chancellor (Research)", "23/09/2024"),
        sig("Anglia Ruskin University Higher Education Corporation", "Dr Tomasz Nowicki", "Director of Research Governance", "27/09/2024"),
        PB,
        H1("Schedule 1 - Data Specification"),
        T([["Data item", "Format / coding", "Source"],
           ["Study number", "PROMAS-nnnn", "Study database"],
           ["Age band", "5-year band", "Derived from PAS"],
           ["Sex", "Male / Female / Other", "PAS"],
           ["Index of Multiple Deprivation decile", "1-10, derived from postcode then postcode deleted", "Derived"],
           ["ASA grade; procedure (OPCS-4)", "Coded", "Theatre system"],
           ["Month and year of surgery", "MM/YYYY", "Theatre system"],
           ["Prehabilitation sessions attended", "Count", "Study CRF"],
           ["Six-minute walk test, grip strength", "Metres; kg", "Study CRF"],
           ["Length of stay; critical care days", "Days", "PAS / ICNARC"],
           ["90-day readmission; Clavien-Dindo grade", "Y/N; I-V", "PAS / CRF"],
           ["EQ-5D-5L and QoR-15 scores", "Baseline, 6 weeks, 12 weeks", "Participant questionnaires"]],
          widths=[6, 6, 4]),
        H1("Schedule 2 - Security Requirements"),
        B("Shared Data stored only on encrypted, organisation-managed devices or servers located in the UK.",
          "Role-based access with multi-factor authentication; access reviewed quarterly by the principal investigator.",
          "No Shared Data on removable media, personal email or personal cloud storage.",
          "Outputs checked for small numbers; cells of fewer than ten Participants suppressed before publication.",
          "Any attempt to re-identify a Participant is prohibited and will be treated as a breach of this Agreement."),
        H1("Schedule 3 - Contacts"),
        T([["Organisation", "Contact", "Email"],
           ["Mid and South Essex NHS Foundation Trust", "Karen Oyelaran, Research Contracts Manager", "mse.researchcontracts@nhs.net"],
           ["Mid and South Essex NHS Foundation Trust", "Data Protection Officer", "mse.dpo@nhs.net"],
           ["University of Essex", "Research Governance and Planning Manager", "research-governance@essex.ac.uk"],
           ["Anglia Ruskin University", "Research Integrity Officer", "research.integrity@aru.ac.uk"]],
          widths=[5.5, 6, 5]),
    ]
    statutes = [
        S("UK General Data Protection Regulation", "UK General Data Protection Regulation", None),
        S("Data Protection Act 2018", "Data Protection Act", 2018),
        S("Privacy and Electronic Communications (EC Directive) Regulations 2003",
          "Privacy and Electronic Communications (EC Directive) Regulations", 2003),
        S("section 251 of the National Health Service Act 2006", "National Health Service Act", 2006, "section 251"),
        S("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
        S("Article 8 of the Human Rights Act 1998", "Human Rights Act", 1998, "Article 8"),
    ]
    return {
        "base": "MSE_PROMAS_Research_Collaboration_DSA_v1.2",
        "formats": [("docx", None), ("pdf", "word"), ("doc", None)],
        "docx_header": "Research Collaboration and Data Sharing Agreement - PROMAS\nOFFICIAL - SENSITIVE",
        "docx_footer": "MSE R&D  RCDSA v1.2  12/09/2024",
        "style": {"font": "Arial", "size": 10, "headings": "styled", "author": "K Oyelaran"},
        "blocks": blocks,
        "truth": {
            "title": "Prehabilitation Outcomes in Major Abdominal Surgery (PROMAS) Study",
            "purpose": purpose,
            "lead": party("Mid and South Essex NHS Foundation Trust"),
            "partners": [party("University of Essex"), party("Anglia Ruskin University Higher Education Corporation")],
            "statutes": statutes,
            "review_date": "2026-09-30", "review_basis": "explicit",
            "commencement_date": "2024-10-01",
            "missing_sections": [],
        },
    }


# ---------------------------------------------------------------------------
# A2  UKHSA – iGAS enhanced surveillance (lead organisation in control table)
# ---------------------------------------------------------------------------

def doc_a2():
    title = "Enhanced Surveillance of Invasive Group A Streptococcal Infection in the East of England"
    purpose = ("This agreement allows the acute trusts and directors of public health named in Part 1 to share "
               "information with UKHSA about cases of invasive Group A streptococcal (iGAS) infection, and their "
               "close contacts, so that the East of England Health Protection Team can identify clusters and "
               "outbreaks quickly, offer antibiotic prophylaxis to contacts and monitor the emm types circulating "
               "in the region.")
    blocks = [
        ("cover", {"top_space": 2, "lines": [
            ("UK Health Security Agency", "org"),
            ("Field Services and Health Protection Operations - East of England", "small"),
            ("", "gap")],
            "textbox": [title, "Data Sharing Agreement  |  Version 2.0"],
            "after": [("Prepared by the East of England Health Protection Team, Cambridge", "small"),
                      ("OFFICIAL - SENSITIVE", "org")]}),
        H1("Document control"),
        T([["Field", "Entry"],
           ["Lead organisation", "UK Health Security Agency"],
           ["Lead team", "East of England Health Protection Team (HPT), Field Services East"],
           ["Information asset owner", "Dr Priya Ramaswamy, Consultant in Health Protection"],
           ["Version", "2.0 (replaces version 1.3, Public Health England template, 2019)"],
           ["Effective from", "01/04/2025"],
           ["Approved by", "UKHSA Caldicott Guardian; Deputy Director, Field Services East"],
           ["DPIA", "UKHSA-DPIA-0418 (screened 17/02/2025)"],
           ["Review due", "31/03/2026"]],
          widths=[4.5, 12]),
        T([["Version", "Date", "Change"],
           ["1.3", "11/2019", "PHE East of England regional agreement"],
           ["1.9", "02/2025", "Rebadged to UKHSA; iGAS 2022-23 lessons learnt; NNUH added"],
           ["2.0", "03/2025", "Approved for signature"]], widths=[2.6, 3, 8]),
        H1("Part 1 - Parties and their roles"),
        N("1.1", "This agreement is made between:"),
        B("(1) UK Health Security Agency (UKHSA), an executive agency of the Department of Health and Social Care;",
          "(2) East Suffolk and North Essex NHS Foundation Trust;",
          "(3) Cambridge University Hospitals NHS Foundation Trust;",
          "(4) Norfolk and Norwich University Hospitals NHS Foundation Trust;",
          "(5) Essex County Council (Director of Public Health);",
          "(6) Suffolk County Council (Director of Public Health); and",
          "(7) Norfolk County Council (Director of Public Health)."),
        N("1.2", "Each Party is an independent controller of the information it holds. UKHSA is the controller of the "
                 "regional iGAS surveillance dataset and of the HPZone case management records created from it."),
        H1("Part 2 - Why we are sharing"),
        N("2.1", purpose),
        N("2.2", "The sharing also supports the national enhanced surveillance led by the UKHSA Healthcare-Associated "
                 "Infections and Antimicrobial Resistance Division, to which UKHSA will pass regional data in line "
                 "with its own data governance arrangements."),
        N("2.3", "Information will not be used for performance management of any trust or for research without a "
                 "separate approval."),
        H1("Part 3 - What will be shared"),
        N("3.1", "Trust microbiology laboratories and infection prevention and control teams will share, for each "
                 "confirmed or probable iGAS case: NHS number, name, date of birth, sex, postcode, date of onset, "
                 "clinical presentation (for example necrotising fasciitis, puerperal sepsis, streptococcal toxic "
                 "shock syndrome), specimen type and date, isolate reference number, ward and admission details, and "
                 "outcome at seven and thirty days."),
        N("3.2", "Directors of public health will share details of care homes, schools, nurseries and home care "
                 "providers linked to a case where these are needed to manage an outbreak, together with names and "
                 "contact details of household and close contacts identified during follow-up."),
        N("3.3", "UKHSA will share back summary epidemiological reports (no patient identifiers) fortnightly, and "
                 "case-level information with the treating trust and the relevant council only where a public health "
                 "action is required. The full list of data items is at Annex A."),
        H1("Part 4 - Our legal basis"),
        N("4.1", "UKHSA processes confidential patient information for communicable disease control under regulation "
                 "3 of the Health Service (Control of Patient Information) Regulations 2002, which sets aside the common "
                 "law duty of confidentiality for this purpose."),
        N("4.2", "Registered medical practitioners and diagnostic laboratories have duties to notify under the Health "
                 "Protection (Notification) Regulations 2010 and the Public Health (Control of Disease) Act 1984. "
                 "Councils act under section 2B of the National Health Service Act 2006, as inserted by the Health and "
                 "Social Care Act 2012."),
        N("4.3", "For the purposes of the UK GDPR the lawful basis is Article 6(1)(e) (public task), and the condition "
                 "for processing health data is Article 9(2)(i) (public health) with paragraph 3 of Part 1 of Schedule 1 "
                 "to the Data Protection Act 2018."),
        N("4.4", "The Parties have had regard to the Caldicott Principles and to the Human Right Act 1998; sharing is "
                 "limited to what is necessary and proportionate to protect the public's health."),
        H1("Part 5 - How and when information moves"),
        N("5.1", "Laboratories will report cases electronically to the Second Generation Surveillance System (SGSS) "
                 "within one working day of confirmation, and the trust infection prevention and control team will "
                 "telephone the HPT the same day for any case in a maternity, neonatal or care home setting."),
        N("5.2", "Enhanced surveillance forms will be completed within seven days using the UKHSA online form or sent "
                 "by secure email from an nhs.net account to the HPT generic mailbox. Councils will share contact and "
                 "setting information by secure email or by telephone during an incident."),
        H1("Part 6 - Keeping information accurate"),
        N("6.1", "The sending organisation is responsible for the accuracy of the information it sends. The HPT will "
                 "check NHS numbers against the Personal Demographics Service and will query discrepancies with the "
                 "sending laboratory within five working days."),
        H1("Part 7 - Protecting the information"),
        N("7.1", "All Parties will hold information on secure, access-controlled systems, will use encrypted email "
                 "(NHSmail or a service meeting the DCB1596 secure email standard) and will not use removable media. "
                 "Staff with access will have completed annual data security training."),
        N("7.2", "NHS Parties will maintain a Data Security and Protection Toolkit submission of 'Standards Met'. "
                 "Councils will meet equivalent standards and will hold Public Services Network or NHSmail access."),
        H1("Part 8 - How long we keep it"),
        N("8.1", "UKHSA will retain case records in HPZone in line with its records retention schedule (currently "
                 "20 years for notifiable disease records). Councils will delete contact lists six months after an "
                 "incident is closed unless needed for a review. Trusts will retain records under the NHS Records "
                 "Management Code of Practice."),
        H1("Part 9 - People's rights"),
        N("9.1", "Patients and contacts are told about this use of their information through UKHSA's privacy notice "
                 "and the trusts' privacy notices. The National Data Opt-out does not apply to information processed "
                 "under regulation 3 for communicable disease control."),
        N("9.2", "Requests to exercise rights under the UK GDPR (for example subject access) will be dealt with by the "
                 "Party that receives them, which will consult any other Party whose information is involved."),
        H1("Part 10 - Incidents and breaches"),
        N("10.1", "Any security incident or suspected personal data breach involving shared information must be "
                  "reported to the sending organisation and to the UKHSA Information Governance team within 24 hours "
                  "of discovery. The organisation responsible will decide whether the ICO must be told within 72 hours."),
        H1("Part 11 - Concerns and complaints"),
        N("11.1", "Complaints from the public will be handled under the complaints procedure of the Party that receives "
                  "them. Complaints about UKHSA's handling of information go to the UKHSA complaints team. Disagreements "
                  "between Parties are escalated to the HPT consultant lead and then to the signatories."),
        H1("Part 12 - Commencement, review and signatures"),
        N("12.1", "This agreement takes effect on 1 April 2025 and will be reviewed by 31 March 2026, or sooner after a "
                  "major outbreak or a change to the notification regulations. Any Party may withdraw by giving one "
                  "month's notice to the HPT."),
        N("12.2", "Signed for and on behalf of each Party:"),
        T([["Party", "Signatory", "Date"],
           ['UK Health Security Agency', 'Dr Priya Ramaswamy\nConsultant in Health Protection, East of England HPT', '24/03/2025'],
           ['East Suffolk and North Essex NHS Foundation Trust', 'Angela Druce\nDirector of Infection Prevention and Control', '26/03/2025'],
           ['Cambridge University Hospitals NHS Foundation Trust', 'Dr Martin Keogh\nCaldicott Guardian', '27/03/2025'],
           ['Norfolk and Norwich University Hospitals NHS Foundation Trust', 'Shona Pettigrew\nSenior Information Risk Owner', '27/03/2025'],
           ['Essex County Council', 'Dr Adrian Pellow\nDirector of Public Health', '28/03/2025'],
           ['Suffolk County Council', 'Dr Fiona Rudd\nDirector of Public Health', '28/03/2025'],
           ['Norfolk County Council', 'Dr Owen Marlowe\nDirector of Public Health', '31/03/2025']],
          widths=[6, 6.5, 2.6]),
        H1("Annex A - Data items"),
        T([["Item", "Trusts", "Councils", "Returned by UKHSA"],
           ["NHS number, name, DOB", "Yes", "Contacts only", "Where action needed"],
           ["Postcode / setting", "Yes", "Yes", "Aggregated"],
           ["Clinical presentation, onset", "Yes", "No", "Aggregated"],
           ["Isolate reference, emm type", "Yes", "No", "Yes"],
           ["Outcome (7 and 30 day)", "Yes", "No", "Aggregated"]],
          widths=[5, 2.5, 3, 3]),
        H1("Annex B - Contacts"),
        T([["Organisation", "Contact point"],
           ["UKHSA East of England HPT", "eoe.hpt@ukhsa.gov.uk"],
           ["UKHSA Information Governance", "ig@ukhsa.gov.uk"],
           ["Essex County Council Public Health", "publichealth@essex.gov.uk"]], widths=[6, 10]),
    ]
    statutes = [
        S("regulation 3 of the Health Service (Control of Patient Information) Regulations 2002",
          "Health Service (Control of Patient Information) Regulations", 2002, "regulation 3"),
        S("Health Protection (Notification) Regulations 2010", "Health Protection (Notification) Regulations", 2010),
        S("Public Health (Control of Disease) Act 1984", "Public Health (Control of Disease) Act", 1984),
        S("section 2B of the National Health Service Act 2006", "National Health Service Act", 2006, "section 2B"),
        S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
        S("UK GDPR", "UK General Data Protection Regulation", None),
        S("paragraph 3 of Part 1 of Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018,
          "Schedule 1, Part 1, paragraph 3"),
        S("Human Right Act 1998", "Human Rights Act", 1998),
    ]
    return {
        "base": "UKHSA_EoE_iGAS_Enhanced_Surveillance_DSA_v2.0",
        "formats": [("pdf", "rl"), ("docx", None)],
        "docx_header": "UKHSA  |  iGAS enhanced surveillance DSA  |  OFFICIAL - SENSITIVE",
        "docx_footer": "Version 2.0  March 2025",
        "rl_header": "UKHSA  |  iGAS enhanced surveillance DSA  |  OFFICIAL - SENSITIVE",
        "rl_footer": "Version 2.0  March 2025",
        "style": {"font": "Arial", "size": 10, "headings": "bold", "author": "EoE HPT"},
        "rl": {"layout": "twocol", "font": "Helvetica", "accent": "#00594F", "author": "UKHSA", "header_right": "Version 2.0"},
        "blocks": blocks,
        "truth": {
            "title": title, "purpose": purpose,
            "lead": party("UK Health Security Agency"),
            "partners": [party("East Suffolk and North Essex NHS Foundation Trust"),
                         party("Cambridge University Hospitals NHS Foundation Trust"),
                         party("Norfolk and Norwich University Hospitals NHS Foundation Trust"),
                         party("Essex County Council", "Essex County Council"),
                         party("Suffolk County Council"), party("Norfolk County Council")],
            "statutes": statutes,
            "review_date": "2026-03-31", "review_basis": "explicit",
            "commencement_date": "2025-04-01",
            "missing_sections": [],
        },
    }


# ---------------------------------------------------------------------------
# A3  OHID – births and deaths Data Access Agreement (owner; capitals)
# ---------------------------------------------------------------------------

def doc_a3():
    title = "Local Authority Public Health Births and Mortality Data Extract (Essex, Southend-on-Sea and Thurrock)"
    purpose = ("This Data Access Agreement permits the named Directors of Public Health and their analysts to "
               "receive record-level births and deaths registration data for residents of Essex, Southend-on-Sea and "
               "Thurrock, so that the councils can carry out their statutory public health functions, including the "
               "Joint Strategic Needs Assessment, the monitoring of avoidable and excess mortality and the evaluation "
               "of locally commissioned public health services.")
    blocks = [
        ("cover", {"top_space": 2, "lines": [
            ("Office for Health Improvement and Disparities", "org"),
            ("Data Access and Dissemination - East of England", "small"),
            ("", "gap"),
            ("DATA ACCESS AGREEMENT", "generic")],
            "table": [["Agreement title", title],
                      ["Agreement reference", "OHID-DAA-EOE-2024-031"],
                      ["Data supplier", "Office for Health Improvement and Disparities"],
                      ["Data recipients", "Essex County Council\nSouthend-on-Sea City Council\nThurrock Council"],
                      ["Datasets", "ONS Births (annual and quarterly), ONS Deaths (monthly), Primary Care Mortality Database extract"],
                      ["Version", "1.0 FINAL"]]}),
        H1("DOCUMENT CONTROL"),
        T([["Owner", "Office for Health Improvement and Disparities"],
           ["Author", "Information Governance Lead, OHID Data Access and Dissemination"],
           ["Approved by", "OHID Data Access Panel, meeting of 10 September 2024"],
           ["Start date", "01/10/2024"],
           ["Review due", "Sep-2025"],
           ["Status", "Signed"]], header=False, first_col_bold=True, widths=[4.5, 12]),
        T([["Version", "Date", "Author", "Changes"],
           ["0.1", "15/07/2024", "J. Farrant", "Drafted from OHID DAA template v5"],
           ["0.3", "21/08/2024", "J. Farrant", "Thurrock and Southend data custodians added"],
           ["1.0", "10/09/2024", "Data Access Panel", "Approved"]], widths=[1.6, 2.6, 3.5, 8.5]),
        H1("CONTENTS"),
        B("1. Parties to this agreement", "2. Purpose of the data access", "3. Data to be supplied",
          "4. Legal gateway", "5. Supply method and frequency", "6. Conditions of use and security",
          "7. Data quality", "8. Retention and disposal", "9. Transparency and data subject rights",
          "10. Incidents", "11. Term, audit and termination", "Appendix 1 Data custodians and approved users",
          "Appendix 2 Field list"),
        PB,
        H1("1. PARTIES TO THIS AGREEMENT"),
        N("1.1", "This agreement is between (1) the Secretary of State for Health and Social Care acting through the "
                 "Office for Health Improvement and Disparities (\"OHID\") and (2) Essex County Council, (3) "
                 "Southend-on-Sea City Council and (4) Thurrock Council (together \"the Recipients\")."),
        N("1.2", "The births and deaths registration data are collected by the Office for National Statistics. ONS is "
                 "not a party to this agreement; OHID supplies the data under its own agreement with ONS and passes on "
                 "the conditions that agreement imposes."),
        H1("2. PURPOSE OF THE DATA ACCESS"),
        N("2.1", purpose),
        N("2.2", "The data must not be used for any other purpose, including the direct care of individuals, the "
                 "investigation of individual deaths, commercial purposes or linkage with any other dataset, unless "
                 "OHID has first approved an amendment in writing."),
        H1("3. DATA TO BE SUPPLIED"),
        N("3.1", "The births extract contains date of birth, sex, birthweight, gestational age, mother's age, mother's "
                 "country of birth, usual residence postcode and lower super output area. The deaths extract contains "
                 "date of death, age, sex, underlying and contributory causes of death (ICD-10), place of death, "
                 "occupation, usual residence postcode and lower super output area, and registered GP practice code."),
        N("3.2", "Names, addresses other than postcode and NHS numbers are not supplied. The fields are listed in "
                 "Appendix 2."),
        H1("4. LEGAL GATEWAY"),
        N("4.1", "ONS may disclose the data to OHID, and OHID may pass them to the Recipients' approved users, under "
                 "section 42(4) of the Statistics and Registration Act 2007, as amended by section 287 of the Health "
                 "and Social Care Act 2012, which permits disclosure to a Director of Public Health or a person "
                 "employed to assist them."),
        N("4.2", "The Recipients process the data to discharge their duty under section 2B of the NHS Act 2006 and the "
                 "Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) "
                 "Regulations 2013."),
        N("4.3", "Under the UK GDPR the Recipients rely on Article 6(1)(e) and Article 9(2)(h) and (i), with the "
                 "conditions in Part 1 of Schedule 1 to the Data Protection Act 2018. Data about deceased persons are "
                 "not personal data, but are treated as confidential under this agreement."),
        H1("5. SUPPLY METHOD AND FREQUENCY"),
        N("5.1", "OHID will make deaths extracts available monthly and births extracts quarterly through the OHID "
                 "secure data portal. Files are supplied as password-protected CSV; passwords are released to the "
                 "named data custodian only."),
        N("5.2", "Recipients may download the data only to the secure analytical environment named in Appendix 1."),
        H1("6. CONDITIONS OF USE AND SECURITY"),
        N("6.1", "Only approved users listed in Appendix 1, each of whom has signed an individual declaration, may "
                 "access the data. Changes to approved users must be notified to OHID before access is given."),
        N("6.2", "Data must be held on council-managed servers located in the UK with role-based access, audit "
                 "logging and encryption at rest. Data must not be taken offsite on portable devices."),
        N("6.3", "Published outputs must follow the ONS disclosure control guidance for births and deaths: counts "
                 "below 3 for deaths by small area, and any figure that could identify an individual, must be "
                 "suppressed."),
        H1("7. DATA QUALITY"),
        N("7.1", "OHID supplies the data as received from ONS and does not warrant their completeness. Recipients "
                 "must report suspected errors to OHID, which will raise them with ONS and confirm any correction in "
                 "the next scheduled extract."),
        H1("8. RETENTION AND DISPOSAL"),
        N("8.1", "Record-level data may be kept for as long as this agreement is in force. Within one month of "
                 "termination, Recipients must delete all record-level data, including back-ups, and send OHID a "
                 "signed certificate of destruction."),
        H1("9. TRANSPARENCY AND DATA SUBJECT RIGHTS"),
        N("9.1", "Each Recipient will describe its use of births and deaths data in its public health privacy notice. "
                 "Mothers named in birth registrations may exercise their rights through the Recipient or OHID, and "
                 "the Party receiving a request will tell the other within five working days."),
        H1("10. INCIDENTS"),
        N("10.1", "Any loss, unauthorised access or misuse of the data must be reported to OHID data access team and "
                  "to the Recipient's Data Protection Officer within 24 hours. OHID may suspend supply while an "
                  "incident is investigated."),
        H1("11. TERM, AUDIT AND TERMINATION"),
        N("11.1", "This agreement starts on 1 October 2024. It will be reviewed by OHID in September 2025 and may be "
                  "renewed for a further year on confirmation that the approved users and environment are unchanged."),
        N("11.2", "OHID may audit compliance on giving ten working days' notice. Either side may end the agreement "
                  "with one month's written notice; OHID may end it immediately for a material breach."),
        N("11.3", "Signed for and on behalf of:"),
        T([["Organisation", "Signatory", "Role", "Date"],
           ["Office for Health Improvement and Disparities", "Joanne Farrant", "Head of Data Access and Dissemination", "12/09/2024"],
           ["Essex County Council", "Dr Adrian Pellow", "Director of Public Health", "18/09/2024"],
           ["Southend-on-Sea City Council", "Anita Kaur-Bellamy", "Director of Public Health", "20/09/2024"],
           ["Thurrock Council", "Rachel Ebbage", "Director of Public Health", "26/09/2024"]],
          widths=[5, 3.5, 5, 2.3]),
        PB,
        H1("APPENDIX 1 - DATA CUSTODIANS AND APPROVED USERS"),
        T([["Recipient", "Data custodian", "Environment", "Approved users"],
           ["Essex County Council", "Public Health Intelligence Manager", "ECC Azure analytics tenancy (UK South)", "6"],
           ["Southend-on-Sea City Council", "Senior Public Health Analyst", "SCC secure file server", "3"],
           ["Thurrock Council", "Public Health Intelligence Lead", "Thurrock analytics SQL server", "3"]],
          widths=[4.5, 4.5, 5, 2.5]),
        H1("APPENDIX 2 - FIELD LIST"),
        T([["Dataset", "Fields"],
           ["Births", "DOB (month/year), sex, birthweight, gestation, multiplicity, mother's age band, mother's country of birth, postcode, LSOA 2021"],
           ["Deaths", "Date of death, date of registration, age, sex, ICD-10 underlying cause, contributory causes (up to 15), place of death type, NS-SEC, postcode, LSOA 2021, GP practice code"],
           ["PCMD", "As Deaths, plus registered GP practice at death"]], widths=[3, 13]),
    ]
    statutes = [
        S("section 42(4) of the Statistics and Registration Act 2007", "Statistics and Registration Service Act", 2007,
          "section 42(4)"),
        S("section 287 of the Health and Social Care Act 2012", "Health and Social Care Act", 2012, "section 287"),
        S("section 2B of the NHS Act 2006", "National Health Service Act", 2006, "section 2B"),
        S("Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) "
          "Regulations 2013",
          "Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) "
          "Regulations", 2013),
        S("UK GDPR", "UK General Data Protection Regulation", None),
        S("Part 1 of Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1, Part 1"),
    ]
    return {
        "base": "OHID_DAA_EOE-2024-031_Births_Deaths_Essex_Southend_Thurrock",
        "formats": [("pdf", "rl"), ("docx", None), ("doc", None)],
        "docx_header": "OHID Data Access Agreement  OHID-DAA-EOE-2024-031",
        "docx_footer": "OFFICIAL - SENSITIVE",
        "rl_header": "OHID Data Access Agreement  OHID-DAA-EOE-2024-031",
        "rl_footer": "OFFICIAL - SENSITIVE",
        "style": {"font": "Calibri", "size": 10.5, "headings": "bold", "author": "OHID DAD"},
        "rl": {"layout": "single", "font": "Helvetica", "accent": "#003A70", "author": "OHID",
               "header_right": "Version 1.0 FINAL"},
        "blocks": blocks,
        "truth": {
            "title": title, "purpose": purpose,
            "lead": party("Office for Health Improvement and Disparities"),
            "partners": [party("Essex County Council", "Essex County Council"),
                         party("Southend-on-Sea City Council", "Southend Borough Council"),
                         party("Thurrock Council", "Thurrock Council")],
            "statutes": statutes,
            "review_date": "2025-09-30", "review_basis": "explicit",
            "commencement_date": "2024-10-01",
            "missing_sections": ["complaints"],
        },
    }


# ---------------------------------------------------------------------------
# A4  NHS England – East of England: breast screening framework agreement
# ---------------------------------------------------------------------------

NHSE_EOE = "NHS England \u2013 East of England"


def doc_a4():
    purpose = ("The Framework Agreement enables breast screening providers in the East of England to share screening, "
               "assessment, pathology and cancer registration information about women screened by the NHS Breast "
               "Screening Programme with NHS England, and with each other, so that failsafe checks are completed, "
               "interval cancers are identified and reviewed, and the quality of each screening service can be "
               "assured against national standards.")
    parties = [
        (NHSE_EOE, "Commissioner of screening services; controller of screening quality assurance data"),
        ("Cambridge University Hospitals NHS Foundation Trust", "Provider: Cambridge and Huntingdon Breast Screening Service"),
        ("Norfolk and Norwich University Hospitals NHS Foundation Trust", "Provider: Norfolk and Norwich Breast Screening Service"),
        ("East Suffolk and North Essex NHS Foundation Trust", "Provider: Colchester and Ipswich Breast Screening Services"),
        ("Mid and South Essex NHS Foundation Trust", "Provider: Mid Essex and South Essex Breast Screening Services"),
        ("The Princess Alexandra Hospital NHS Trust", "Provider: West Essex Breast Screening Service"),
        ("West Hertfordshire Teaching Hospitals NHS Trust", "Provider: West Hertfordshire Breast Screening Service"),
        ("NHS Hertfordshire and West Essex Integrated Care Board", "Recipient of aggregate uptake and equity reports"),
        ("NHS Mid and South Essex Integrated Care Board", "Recipient of aggregate uptake and equity reports"),
    ]
    signers = [("Dr Sunita Bhalerao", "Head of Public Health Commissioning and Screening"),
               ("Dr Eleanor Whitcombe", "Director of Breast Screening"),
               ("Mr Gareth Lund", "Caldicott Guardian"),
               ("Jacqueline Mbatha", "Associate Director of Information Governance"),
               ("Dr Claire Ashdown", "Chief Medical Officer"),
               ("Marcus Tully", "Head of Information Governance and DPO"),
               ("Dr Imran Qureshi", "Clinical Director, Breast Services"),
               ("Fiona Garland", "Director of Population Health"),
               ("Philippa Dunmore", "Senior Information Risk Owner")]
    sig_rows = [["Organisation", "Name", "Position", "Signature", "Date"]]
    dates = ["04/03/2024", "06/03/2024", "06/03/2024", "07/03/2024", "11/03/2024", "11/03/2024", "12/03/2024",
             "13/03/2024", "14/03/2024"]
    for (org, _), (nm, post), dt in zip(parties, signers, dates):
        sig_rows.append([org, nm, post, "[signed]", dt])
    blocks = [
        ("cover", {"top_space": 2, "lines": [
            (NHSE_EOE, "org"),
            ("Public Health Commissioning and Screening Quality Assurance", "small"),
            ("", "gap"), ("", "gap"),
            ("INFORMATION SHARING FRAMEWORK AGREEMENT", "generic"),
            ("", "gap"),
            ("NHS Breast Screening Programme: Failsafe, Interval Cancer Review and Quality Assurance", "title"),
            ("", "gap"), ("", "gap"),
            ("Responsible organisation: " + NHSE_EOE, "sub"),
            ("Version 3.1  -  March 2024", "small"),
            ("Date of next review: March 2026", "small"),
        ]}),
        H1("Document control"),
        T([["Version", "Date", "Reviewer", "Comment"],
           ["2.0", "January 2020", "PHE Screening QA Service (East)", "Previous agreement, PHE hosted"],
           ["3.0", "January 2024", "NHS England EoE IG team", "Transfer of SQAS to NHS England; ICBs added"],
           ["3.1", "March 2024", "Regional Screening Board", "Approved"]], widths=[2, 3, 5, 6.5]),
        T([["Approved by", "East of England Regional Screening Board, 14 March 2024"],
           ["Date of next review", "March 2026"],
           ["Related documents", "DPIA NHSE-EOE-SCR-017; Breast screening interval cancer SOP v4"]],
          header=False, first_col_bold=True, widths=[4.5, 12]),
        H1("1. Introduction and purpose"),
        N("1.1", purpose),
        N("1.2", "It sits alongside the national service specification for breast screening, agreed each year under "
                 "section 7A of the National Health Service Act 2006, and the operating model of the Screening Quality "
                 "Assurance Service. It does not replace any contract between NHS England and a provider."),
        N("1.3", "Processing under this Framework Agreement is limited to: (a) failsafe, so that no woman with an "
                 "abnormal result is lost to follow-up; (b) interval cancer and screen-detected cancer review, "
                 "including the duty of candour disclosure of review outcomes; (c) quality assurance visits and "
                 "the monitoring of key performance indicators; and (d) equity audit of uptake."),
        H1("2. The parties"),
        N("2.1", "The organisations that are party to this Framework Agreement are:"),
        T([["No.", "Organisation", "Role"]] + [[str(i + 1), o, r] for i, (o, r) in enumerate(parties)],
          widths=[1, 7.5, 8]),
        N("2.2", "Each provider trust is a controller for its screening records held on the National Breast Screening "
                 "System (NBSS) and in its radiology and pathology systems. NHS England is a controller for the "
                 "information it receives for commissioning and quality assurance. The integrated care boards receive "
                 "aggregate information only and are controllers for that information."),
        H1("3. Legal basis"),
        N("3.1", "Under the UK GDPR the parties rely on Article 6(1)(e) and, for health data, Article 9(2)(h) and "
                 "9(2)(i), with the conditions at paragraphs 2 and 3 of Part 1 of Schedule 1 to the Data Protection "
                 "Act 2018."),
        N("3.2", "The common law duty of confidentiality is met for failsafe by implied consent as part of direct care. "
                 "For interval cancer review and quality assurance the parties rely on support under regulation 5 of "
                 "the Health Service (Control of Patient Information) Regulations 2002, approved by the Confidentiality "
                 "Advisory Group for the NHS screening programmes (CAG reference 15/CAG/0207)."),
        N("3.3", "Where a woman's screening records are released to her or her personal representative after her "
                 "death, requests are handled under the Access to Health Record Act 1990."),
        H1("4. The information, how it is sent and how often"),
        N("4.1", "Providers share the following with the Screening Quality Assurance Service (SQAS): NBSS episode "
                 "extracts (NHS number, date of birth, GP practice, screening round, results, assessment and biopsy "
                 "outcomes); pathology reports for screen-detected and interval cancers; radiology review outcomes; "
                 "and KC62 and KPI returns."),
        N("4.2", "NHS England shares back interval cancer lists, generated by matching NBSS data with National Cancer "
                 "Registration and Analysis Service (NCRAS) records, with each provider for review; and quarterly "
                 "aggregate uptake reports by ethnicity, deprivation and learning disability with the integrated care "
                 "boards."),
        N("4.3", "Extracts are sent monthly (failsafe), quarterly (KPIs and uptake) and annually (interval cancer "
                 "lists), using NHSmail between nhs.net accounts or the NHS England Secure Data Transfer service. "
                 "Interval cancer review images are viewed through the PACS image exchange portal and are not copied."),
        H1("5. Security"),
        N("5.1", "Each party will maintain a Data Security and Protection Toolkit assessment of 'Standards Met' or "
                 "better, restrict access to staff with a screening role, keep an audit trail of access and use "
                 "encrypted transfer only. Printed lists must be stored securely and shredded once no longer needed."),
        H1("6. Data quality and retention"),
        N("6.1", "Providers are responsible for keeping NBSS accurate and up to date, and for reconciling NBSS with "
                 "the GP practice prior notification lists. SQAS will return any data quality queries within ten "
                 "working days and providers will respond within twenty working days."),
        N("6.2", "Screening records are kept for the periods set out in the Records Management Code of Practice for "
                 "Health and Social Care 2023. SQAS visit evidence is kept for ten years. Interval cancer lists held "
                 "by NHS England are destroyed after the review cycle is closed and reported."),
        H1("7. Rights of the women screened"),
        N("7.1", "Women are told how their information is used in the NHS screening leaflet and in each party's "
                 "privacy notice. Subject access and other rights requests will be answered by the party that holds "
                 "the record, with help from the others where needed. The national data opt-out does not apply to "
                 "screening quality assurance under the CAG approval."),
        H1("8. Incidents, breaches and complaints"),
        N("8.1", "Screening safety incidents are managed under the national guidance for managing safety incidents in "
                 "NHS screening programmes. A personal data breach must also be reported to the party's Data "
                 "Protection Officer and to the SQAS lead within one working day, and logged on the DSP Toolkit where "
                 "it meets the reporting threshold."),
        N("8.2", "Complaints from women or their families are handled under the NHS complaints procedure of the party "
                 "that receives them. Disagreements between parties are referred to the Regional Screening Board."),
        H1("9. Commencement, review and sign-off"),
        N("9.1", "This Framework Agreement comes into force on 1 April 2024. It will be reviewed every two years by "
                 "the responsible organisation; the next review is due in March 2026, or earlier if the national "
                 "programme changes."),
        N("9.2", "A party may withdraw by giving three months' notice to NHS England, but must continue to meet the "
                 "retention and security requirements above for information already shared."),
        N("9.3", "Signed for and on behalf of each party:"),
        T(sig_rows, widths=[4.8, 3, 3.4, 1.9, 2.5]),
        H1("Appendix A - Legislation and guidance referred to"),
        B("UK GDPR and Data Protection Act 2018", "National Health Service Act 2006, section 7A",
          "Health Service (Control of Patient Information) Regulations 2002",
          "Access to Health Record Act 1990", "Common law duty of confidentiality and the Caldicott Principles",
          "NHS screening programmes: managing safety incidents (guidance)",
          "Records Management Code of Practice for Health and Social Care 2023"),
    ]
    statutes = [
        S("section 7A of the National Health Service Act 2006", "National Health Service Act", 2006, "section 7A"),
        S("UK GDPR", "UK General Data Protection Regulation", None),
        S("paragraphs 2 and 3 of Part 1 of Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018,
          "Schedule 1, Part 1, paragraphs 2 and 3"),
        S("regulation 5 of the Health Service (Control of Patient Information) Regulations 2002",
          "Health Service (Control of Patient Information) Regulations", 2002, "regulation 5"),
        S("Access to Health Record Act 1990", "Access to Health Records Act", 1990),
    ]
    return {
        "base": "NHSE_EoE_Breast_Screening_ISFA_v3.1",
        "formats": [("pdf", "word"), ("docx", None)],
        "docx_header": "Information Sharing Framework Agreement  |  Version 3.1",
        "docx_footer": "NHS England \u2013 East of England  OFFICIAL",
        "style": {"font": "Arial", "size": 10, "headings": "styled", "author": "NHSE EoE IG"},
        "blocks": blocks,
        "truth": {
            "title": "NHS Breast Screening Programme: Failsafe, Interval Cancer Review and Quality Assurance",
            "purpose": purpose,
            "lead": party(NHSE_EOE),
            "partners": [party(o, "Princess Alexandra Hospital NHS Trust" if "Princess" in o else None)
                         for o, _ in parties[1:]],
            "statutes": statutes,
            "review_date": "2026-03-31", "review_basis": "explicit",
            "commencement_date": "2024-04-01",
            "missing_sections": [],
        },
    }


# ---------------------------------------------------------------------------
# A5  CUH – ACCORD registry Data Sharing and Processing Agreement
# ---------------------------------------------------------------------------

def doc_a5():
    purpose = ("The Registry exists to measure the long-term outcomes of adults who survive an admission to critical "
               "care at Addenbrooke's Hospital or Royal Papworth Hospital, and this Agreement allows the Contributing "
               "Controller to share its patients' critical care and follow-up clinic data with the Controller, and "
               "the Controller to instruct the Processor to host, link and analyse those data, so that the Trusts can "
               "audit and improve rehabilitation after critical illness.")
    blocks = [
        ("cover", {"top_space": 2, "lines": [
            ("Cambridge University Hospitals NHS Foundation Trust", "org"),
            ("Information Governance and Data Protection Office", "small"),
            ("", "gap"), ("", "gap"),
            ("Data Sharing and Processing Agreement", "generic"),
            ("", "gap"),
            ("Adult Critical Care Outcomes and", "title"),
            ("Long-Term Follow-Up Registry (ACCORD)", "title"),
            ("", "gap"), ("", "gap"),
            ("Agreement reference CUH-IG-DSPA-2024-112", "small"),
            ("Version 1.0", "small"),
        ]}),
        H1("Publication and document control"),
        P("This Agreement is issued by Cambridge University Hospitals NHS Foundation Trust, as the Data Controller "
          "responsible for the Registry, and is published in the Trust's register of data sharing agreements."),
        T([["Version", "Date", "Author", "Notes"],
           ["0.2", "14/05/2024", "Data Protection Office", "Adapted from CUH DPA template (2017 edition)"],
           ["0.5", "02/07/2024", "Data Protection Office", "University comments on clauses 6 and 9"],
           ["1.0", "25/07/2024", "Caldicott Guardian", "Approved for signature"]], widths=[1.6, 2.5, 4, 8]),
        T([["Approved by", "CUH Information Governance Steering Group"],
           ["DPIA", "CUH-DPIA-0877"],
           ["Review", "See clause 12.2"]], header=False, first_col_bold=True, widths=[4, 12]),
        H1("Parties"),
        P("THIS AGREEMENT is dated 1 August 2024 (the \"Commencement Date\") and is made BETWEEN:"),
        N("(1)", "Cambridge University Hospitals NHS Foundation Trust of Hills Road, Cambridge CB2 0QQ (the "
                 "\"Controller\");"),
        N("(2)", "The Chancellor, Masters, and Scholars of the University of Cambridge, acting through its Department "
                 "of Medicine, of The Old Schools, Trinity Lane, Cambridge CB2 1TN (the \"Processor\"); and"),
        N("(3)", "Royal Papworth Hospital NHS Foundation Trust of Papworth Road, Cambridge Biomedical Campus, "
                 "Cambridge CB2 0AY (the \"Contributing Controller\")."),
        H1("Clause 1  Definitions"),
        N("1.1", "\"Registry\" means the database described on the cover of this Agreement and in Schedule 1."),
        N("1.2", "\"Registry Data\" means the personal data listed in Schedule 1; \"Instructions\" means the written "
                 "instructions in Schedule 3 as updated by the Controller from time to time."),
        N("1.3", "\"Data Protection Laws\" means the UK GDPR, the Data Protection Act 2018 and all other law relating to "
                 "the processing of personal data applicable in England."),
        H1("Clause 2  Purpose"),
        N("2.1", purpose),
        N("2.2", "The Registry is a clinical audit and service evaluation activity. It is not research. Any proposal to "
                 "use Registry Data for research requires separate HRA approval and a new agreement."),
        H1("Clause 3  Roles"),
        N("3.1", "The Controller determines the purposes and means of processing Registry Data. The Contributing "
                 "Controller is a controller for its own patient records and for the act of disclosing them. The "
                 "Processor acts only on the Controller's documented Instructions, as required by Article 28 of the "
                 "UK GDPR."),
        H1("Clause 4  Registry Data"),
        N("4.1", "Registry Data comprise identifiable data needed for linkage (NHS number, date of birth, postcode) and "
                 "clinical data from the critical care information systems (MetaVision and the Papworth ICCA system), "
                 "the follow-up clinic and the ICNARC Case Mix Programme return, as set out in Schedule 1."),
        N("4.2", "The Processor will replace identifiers with a Registry ID on receipt. Identifiers will be held in a "
                 "separate linkage table accessible only to two named data managers."),
        H1("Clause 5  Lawful basis"),
        N("5.1", "The Controller and the Contributing Controller rely on Article 6(1)(e) and Article 9(2)(h) of the UK "
                 "GDPR. Patients in the follow-up clinic are informed and may object."),
        N("5.2", "For patients who died or were not followed up, linkage of identifiable data without consent is "
                 "supported under section 251 of the NHS Act 2006 and the Health Service (Control of Patient "
                 "Information) Regulations 2002 (CAG reference 24/CAG/0061)."),
        N("5.3", "Each party shall comply with the Data Protection Act 1998 and the Computer Misuse Act 1990 in the "
                 "handling of Registry Data."),
        H1("Clause 6  Processor obligations"),
        N("6.1", "The Processor shall: (a) process Registry Data only on the Instructions; (b) ensure staff are bound "
                 "by confidentiality; (c) not engage a sub-processor without the Controller's prior written consent; "
                 "(d) assist the Controller with data subject requests, DPIAs and breach notifications; (e) make "
                 "available all information needed to demonstrate compliance and allow audits; and (f) at the end of "
                 "the Agreement return or delete Registry Data at the Controller's choice."),
        H1("Clause 7  Transfers and timetable"),
        N("7.1", "The Contributing Controller will send a quarterly extract in the agreed CSV format to the Processor's "
                 "secure upload service (SFTP with SSH keys), within 30 days of the end of each quarter. The Controller "
                 "will send its extract on the same timetable. Ad hoc transfers by email are not permitted."),
        H1("Clause 8  Security"),
        N("8.1", "Registry Data will be held only in the University's Secure Research Computing Platform, which is "
                 "certified to ISO/IEC 27001 and has a DSP Toolkit submission. Security measures are set out in "
                 "Schedule 2."),
        H1("Clause 9  Data subjects' rights and transparency"),
        N("9.1", "The Trusts will describe the Registry in their privacy notices and on posters in the follow-up "
                 "clinic. Objections and requests for access, rectification or erasure will be handled by the "
                 "Controller; the Processor will forward any request it receives within two working days. The "
                 "national data opt-out will be applied to patients included under section 251 support."),
        H1("Clause 10  Retention"),
        N("10.1", "Identifiable linkage data will be kept for no more than five years from each patient's critical care "
                  "discharge. The pseudonymised Registry will be reviewed for continued need every five years."),
        H1("Clause 11  Breaches and complaints"),
        N("11.1", "The Processor shall notify the Controller without undue delay, and in any case within 24 hours, of "
                  "becoming aware of a personal data breach. The Controller will decide on notification to the ICO "
                  "and to data subjects."),
        N("11.2", "Complaints about the Registry will be dealt with through the Controller's Patient Advice and "
                  "Liaison Service (PALS) and complaints policy."),
        H1("Clause 12  Term and review"),
        N("12.1", "This Agreement starts on the Commencement Date and continues until terminated by the Controller on "
                  "three months' notice."),
        N("12.2", "The Controller will review this Agreement 12 months after the Commencement Date and every two years "
                  "after that."),
        N("12.3", "Requests made under the Freedom of Information Act 2000 will be handled by the party that receives "
                  "them after consulting the Controller."),
        H1("Execution"),
        T([["", "Cambridge University Hospitals NHS Foundation Trust", "University of Cambridge",
            "Royal Papworth Hospital NHS Foundation Trust"],
           ["Signed for and on behalf of", "[signed]", "[signed]", "[signed]"],
           ["Name", "Dr Alastair Penhaligon", "Dr Ruth Okonjo-Sayer", "Samantha Greaves"],
           ["Position", "Caldicott Guardian", "Head of Research Information Governance", "Data Protection Officer"],
           ["Date", "01/08/2024", "01/08/2024", "30/07/2024"]], widths=[3, 4.5, 4.5, 4.5]),
        H1("Schedule 1  Registry Data"),
        T([["Category", "Items"],
           ["Identifiers (linkage table only)", "NHS number, date of birth, postcode, hospital number"],
           ["Admission", "Admission and discharge dates, source of admission, APACHE II score, primary diagnosis"],
           ["Organ support", "Days of advanced respiratory, cardiovascular and renal support"],
           ["Follow-up", "3, 6 and 12 month clinic attendance; EQ-5D-5L; HADS; PTSD checklist; return to work"],
           ["Outcome", "Vital status at 12 months (from the NHS Spine)"]], widths=[5, 11]),
        H1("Schedule 2  Security"),
        B("Data encrypted at rest and in transit.", "Two-factor authentication for all users.",
          "Quarterly access review by the Controller.", "No export of record-level data from the platform.",
          "Penetration tested annually."),
        H1("Schedule 3  Instructions"),
        P("Host the Registry; link quarterly extracts by NHS number; pseudonymise; produce the annual outcomes report "
          "and funnel plots for the Trusts' critical care governance meetings; delete linkage identifiers as "
          "required by clause 10."),
    ]
    statutes = [
        S("UK GDPR", "UK General Data Protection Regulation", None),
        S("Data Protection Act 2018", "Data Protection Act", 2018),
        S("section 251 of the NHS Act 2006", "National Health Service Act", 2006, "section 251"),
        S("Health Service (Control of Patient Information) Regulations 2002",
          "Health Service (Control of Patient Information) Regulations", 2002),
        S("Data Protection Act 1998", "Data Protection Act", 1998),
        S("Computer Misuse Act 1990", "Computer Misuse Act", 1990),
        S("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
    ]
    return {
        "base": "CUH_ACCORD_Registry_DSPA_2024-112",
        "formats": [("pdf", "rl"), ("doc", None)],
        "docx_header": "CUH-IG-DSPA-2024-112  Data Sharing and Processing Agreement",
        "docx_footer": "Cambridge University Hospitals NHS Foundation Trust",
        "rl_header": "CUH-IG-DSPA-2024-112  Data Sharing and Processing Agreement",
        "rl_footer": "Cambridge University Hospitals NHS Foundation Trust",
        "style": {"font": "Times New Roman", "size": 11, "headings": "bold", "author": "CUH DPO"},
        "rl": {"layout": "single", "font": "Times-Roman", "size": 10.5, "accent": "#005EB8", "author": "CUH",
               "header_right": "Version 1.0"},
        "blocks": blocks,
        "truth": {
            "title": "Adult Critical Care Outcomes and Long-Term Follow-Up Registry (ACCORD)",
            "purpose": purpose,
            "lead": party("Cambridge University Hospitals NHS Foundation Trust"),
            "partners": [party("The Chancellor, Masters, and Scholars of the University of Cambridge"),
                         party("Royal Papworth Hospital NHS Foundation Trust")],
            "statutes": statutes,
            "review_date": "2025-08-01", "review_basis": "relative",
            "commencement_date": "2024-08-01",
            "missing_sections": ["accuracy"],
        },
    }


# ---------------------------------------------------------------------------
# A6  Harlow MoU – title only in Word header; no lead; no review date
# ---------------------------------------------------------------------------

def doc_a6():
    title = "Harlow Cancer Care Navigation and Recovery Package"
    purpose = ("The partners want people in Harlow who are living with and beyond cancer to have one named care "
               "navigator, a holistic needs assessment and a personalised care and support plan, and they agree to "
               "share the referral, assessment and support-plan information needed to deliver that navigation service "
               "and to measure whether it is reducing unplanned admissions and social isolation.")
    blocks = [
        ("cover", {"top_space": 4, "lines": [
            ("MEMORANDUM OF UNDERSTANDING", "generic"),
            ("", "gap"),
            ("Personalised cancer care and information sharing", "sub"),
            ("", "gap"),
            ("between the partners listed in section 2", "small"),
            ("", "gap"),
            ("May 2025", "small"),
        ]}),
        H1("1. What this memorandum is for"),
        P(purpose),
        P("This memorandum records how the partners will work together. It is not a legally binding contract, but "
          "the partners intend to keep to it, and the data protection commitments in it reflect their legal duties."),
        H1("2. Who the partners are"),
        T([["Partner", "What it brings", "Contact"],
           ["The Princess Alexandra Hospital NHS Trust", "Acute oncology, clinical nurse specialists, referral of patients at end of treatment", "Lead Cancer Nurse"],
           ["NHS Hertfordshire and West Essex Integrated Care Board", "Commissioning of the navigation service; primary care cancer care reviews", "Head of Cancer Transformation"],
           ["Harlow Council", "Housing, financial inclusion and community wellbeing support", "Wellbeing Services Manager"],
           ["Essex County Council", "Adult social care front door and Public Health (West Essex)", "Public Health Consultant"],
           ["Macmillan Cancer Support", "Funding of two navigator posts; information and support centre at the hospital", "Partnership Quality Lead"]],
          widths=[5, 8, 3.5]),
        H1("3. Information we will share"),
        B("Referral details: name, address, date of birth, NHS number, telephone number, GP practice, tumour type, "
          "treatment summary and stage of the pathway.",
          "Holistic needs assessment results and the personalised care and support plan, shared with the person's "
          "agreement with the partners who will help deliver it.",
          "Outcome measures: concerns scores at baseline and three months, unplanned admissions in the following six "
          "months (from the hospital), and social care contacts (from Essex County Council)."),
        P("Macmillan Cancer Support receives anonymised monthly figures only (numbers referred, assessed, concerns "
          "addressed), never information about individuals."),
        H1("4. Why we are allowed to share"),
        P("Navigation is part of each person's direct care and support. The person is asked at referral whether they "
          "are happy for their information to be shared with the partners named in their plan, which meets the "
          "common law duty of confidentiality. The NHS and council partners rely on Article 6(1)(e) and Article "
          "9(2)(h) of the UK GDPR and the Data Protection Act 2018. Essex County Council also acts under section 2 of "
          "the Care Act 2014 (preventing needs for care and support). The partners follow the Caldicott Principles."),
        H1("5. Telling people and respecting their choices"),
        P("The navigator explains the service and gives the Personalised Care leaflet, which includes a privacy "
          "section. People can say no to sharing with any partner, or change their mind at any time, and can ask "
          "any partner for a copy of the information it holds about them. The partner that receives a request deals "
          "with it and tells the others if their records are involved."),
        H1("6. How information will be shared and how often"),
        P("Referrals are sent from the hospital by NHSmail to the navigation team mailbox on the day of referral. "
          "Care and support plans are shared through the shared care record (Graphnet) where the partner has access, "
          "or by secure email. Outcome measures are compiled monthly by the ICB's business intelligence team."),
        H1("7. Keeping information safe and correct"),
        P("Partners will use only organisational devices and secure email, limit access to staff involved in the "
          "person's care, and complete annual data security training. Each partner is responsible for checking that "
          "the information it sends is correct and for telling the others promptly if it finds an error."),
        P("If information is lost, sent to the wrong place or seen by someone who should not see it, the partner "
          "that discovers it will tell the partner that supplied it on the same working day, and each will follow "
          "its own incident procedure, including reporting to the ICO where required."),
        H1("8. Start, changes and leaving"),
        P("This memorandum comes into effect on 1 June 2025. Any partner may propose a change, which will be agreed "
          "at the Harlow Cancer Partnership meeting. A partner may leave by giving two months' notice in writing to "
          "the other partners. The partners will look at these arrangements again as the service develops."),
        H1("9. Signatures"),
        P("Signed for and on behalf of each partner:"),
        T([["Partner", "Name", "Post", "Date"],
           ["The Princess Alexandra Hospital NHS Trust", "Deborah Kilshaw", "Chief Nurse", "14/05/2025"],
           ["NHS Hertfordshire and West Essex Integrated Care Board", "Adam Reeve-Thornton", "Director of Primary Care Transformation", "19/05/2025"],
           ["Harlow Council", "Carla Mendes", "Head of Housing and Communities", "20/05/2025"],
           ["Essex County Council", "Dr Sarah Linwood", "Consultant in Public Health (West Essex)", "22/05/2025"],
           ["Macmillan Cancer Support", "Neil Ackroyd", "Strategic Partnership Manager, East of England", "28/05/2025"]],
          widths=[5, 3.3, 4.8, 2.9]),
    ]
    statutes = [
        S("UK GDPR", "UK General Data Protection Regulation", None),
        S("Data Protection Act 2018", "Data Protection Act", 2018),
        S("section 2 of the Care Act 2014", "Care Act", 2014, "section 2"),
    ]
    return {
        "base": "Harlow_Cancer_Navigation_MoU_May2025",
        "formats": [("pdf", "word"), ("docx", None), ("doc", None)],
        "docx_header": title + "\nMemorandum of Understanding  -  Final  -  May 2025",
        "docx_footer": "Harlow Cancer Partnership",
        "style": {"font": "Arial", "size": 11, "headings": "bold", "author": "PAH Cancer Services",
                  "header_on_first": True, "header_bold": True, "header_right": False},
        "blocks": blocks,
        "truth": {
            "title": title, "purpose": purpose,
            "lead": None,
            "partners": [party("The Princess Alexandra Hospital NHS Trust", "Princess Alexandra Hospital NHS Trust"),
                         party("NHS Hertfordshire and West Essex Integrated Care Board"),
                         party("Harlow Council", "Harlow District Council"),
                         party("Essex County Council", "Essex County Council"),
                         party("Macmillan Cancer Support")],
            "statutes": statutes,
            "review_date": None, "review_basis": "none",
            "commencement_date": "2025-06-01",
            "missing_sections": ["retention", "complaints"],
        },
    }


# ---------------------------------------------------------------------------
# A7  Southend University Hospital NHS FT – 2018 DOCX form (DPA 1998)
# ---------------------------------------------------------------------------

def doc_a7():
    title = "Inpatient Smoking Status and Alcohol Screening Returns for Southend Public Health Intelligence"
    purpose = ("To provide the Southend public health team with quarterly information on the smoking status and "
               "AUDIT-C alcohol screening of adult inpatients, so that the council can target stop smoking and "
               "alcohol brief intervention services and measure progress against the CQUIN preventing ill health "
               "indicators.")
    blocks = [
        P("Southend University Hospital NHS Foundation Trust  -  Information Governance"),
        ("textbox", ["DATA SHARING AGREEMENT FORM  (IG-F12)",
                     "Complete every section. Guidance notes are shown in brackets. Return the completed form to the "
                     "IG team for Caldicott Guardian approval before any data is shared."]),
        H2("Section A  -  Agreement details"),
        T([["Title of data sharing", title],
           ["Lead organisation", "Southend University Hospital NHS Foundation Trust"],
           ["Other organisations involved", "Southend-on-Sea Borough Council (Public Health)\nNHS Southend CCG"],
           ["Purpose of sharing\n(what will the data be used for?)", purpose],
           ["Date agreement starts", "01/04/2018"],
           ["Review date", "March 2019"],
           ["Form completed by", "Public Health Liaison Nurse, Health Promotion Team, ext. 6419"]],
          header=False, first_col_bold=True, widths=[5, 11.5]),
        H2("Section B  -  Information to be shared"),
        T([["Data item", "Identifiable?", "Notes"],
           ["Smoking status at admission (current / ex / never)", "No", "Aggregated by ward and month"],
           ["Very brief advice given (Y/N)", "No", "Aggregated"],
           ["Referral to Southend stop smoking service", "Yes", "Name, NHS number, telephone - only where patient agrees to referral"],
           ["AUDIT-C score and brief advice given", "No", "Aggregated by age band and sex"],
           ["Postcode district", "No", "First half only (e.g. SS1)"]],
          widths=[6.5, 2.5, 7.5]),
        H2("Section C  -  Legal basis  (tick all that apply and give the Act and section)"),
        T([["", "Basis", "Detail"],
           ["[X]", "Data Protection Act 1998 Schedule 2 condition", "Para 5 - functions of a public body"],
           ["[X]", "Data Protection Act 1998 Schedule 3 condition", "Para 8 - medical purposes"],
           ["[X]", "Statutory power / duty", "National Health Service Act 1977; section 12 of the Health and Social Care Act 2012 (council's public health duty)"],
           ["[X]", "Duty to share for direct care", "Health and Social Care Act 2015, section 251B (referrals only)"],
           ["[ ]", "Consent", "Explicit consent obtained for referrals to the stop smoking service only"],
           ["[X]", "Other", "Caldicott Principles; common law duty of confidentiality (aggregate data is not confidential)"]],
          widths=[1, 6, 9.5]),
        P("From 25 May 2018 the General Data Protection Regulation (EU) 2016/679 applies; the IG team will update "
          "Section C at the first review."),
        H2("Section D  -  How and how often will the data be sent?"),
        T([["Method", "Aggregate tables by nhs.net email to the council's public health intelligence mailbox (secure "
                      "gcsx/pnn address). Referrals sent individually by nhs.net to the stop smoking service."],
           ["Frequency", "Quarterly, by the 20th working day after quarter end. Referrals daily."],
           ["Format", "Excel workbook (template PH-SMK-01), password protected"]],
          header=False, first_col_bold=True, widths=[4, 12.5]),
        H2("Section E  -  Security"),
        P("(Describe where the data will be stored and who can see it.) Data will be stored on the council's public "
          "health shared drive, which is restricted to the intelligence team. Small numbers (under 5) will not be "
          "published. No data to be saved on laptops or USB sticks."),
        H2("Section F  -  Retention and disposal"),
        P("Aggregate returns kept for 3 years for trend analysis then deleted. Referral emails deleted from the "
          "mailbox once the referral is logged on the stop smoking service database."),
        H2("Section G  -  Fair processing and subject access"),
        P("Patients are told about referrals at the bedside and the Trust's 'Your information' leaflet explains the "
          "use of anonymised data for public health. Subject access requests go to the organisation holding the "
          "record; the Trust's Health Records Department handles requests for hospital records."),
        H2("Section H  -  Incidents"),
        P("Any loss or inappropriate disclosure to be reported on Datix (Trust) or the council's incident form within "
          "24 hours and to the other party's IG lead. Serious incidents reported on the IG Toolkit incident tool."),
        H2("Section I  -  Authorisation"),
        T([["Organisation", "Name", "Job title", "Signature", "Date"],
           ["Southend University Hospital NHS Foundation Trust", "Dr Graham Pettit", "Caldicott Guardian", "[signed]", "21/03/2018"],
           ["Southend-on-Sea Borough Council", "Margaret Ilesanmi", "Director of Public Health", "[signed]", "26/03/2018"],
           ["NHS Southend CCG", "Robert Hale", "Head of Information Governance", "[signed]", "28/03/2018"]],
          widths=[4.8, 3, 3.4, 1.9, 2.5]),
        P("By signing, each organisation agrees to the terms on this form. Either organisation may end the agreement "
          "by giving one month's notice to the other."),
        H2("Section J  -  For IG team use only"),
        T([["IG reference", "DSA-2018-027"],
           ["Caldicott Guardian approval", "Approved 21/03/2018"],
           ["Entered on Trust data flow map", "Yes - flow ref. DFM-0311"],
           ["Entered on IG register of agreements", "Yes"]], header=False, first_col_bold=True, widths=[6, 10.5]),
        PB,
        H2("Guidance notes for completing form IG-F12"),
        P("Use this form for any regular sharing of personal or aggregate patient information with an organisation "
          "outside the Trust. One-off disclosures (for example to the police) follow the Disclosure Procedure instead."),
        N("1.", "Section A: give a title that describes the data flow, not the project. The lead organisation is the "
                "organisation that owns the data being shared."),
        N("2.", "Section B: list each data item separately and say whether it could identify a patient on its own or "
                "in combination with other items. Use aggregate or pseudonymised data wherever possible."),
        N("3.", "Section C: at least one Schedule 2 condition must be ticked, and a Schedule 3 condition where health "
                "information is shared. Ask the IG team if you are unsure."),
        N("4.", "Sections D and E: email must be sent from an nhs.net account to another secure address. Do not use "
                "personal email, fax or post for patient identifiable data."),
        N("5.", "Section F: state how long the receiving organisation will keep the data and how it will be destroyed."),
        N("6.", "Section I: the form must be signed by the Caldicott Guardian or an Executive Director of each "
                "organisation before any data is sent."),
        P("Completed forms are held by the Information Governance team, Prittlewell Chase, Westcliff-on-Sea, and "
          "published on the Trust intranet."),
        H2("Version control"),
        T([["Form version", "Date", "Change"],
           ["IG-F12 v3", "Jan 2016", "Trust IG Committee"],
           ["IG-F12 v3 (completed)", "21/03/2018", "Completed for Public Health smoking and alcohol returns"]],
          widths=[4, 3, 9.5]),
    ]
    statutes = [
        S("Data Protection Act 1998", "Data Protection Act", 1998),
        S("National Health Service Act 1977", "National Health Service Act", 1977),
        S("section 12 of the Health and Social Care Act 2012", "Health and Social Care Act", 2012, "section 12"),
        S("Health and Social Care Act 2015, section 251B", "Health and Social Care (Safety and Quality) Act", 2015,
          "section 251B"),
        S("General Data Protection Regulation (EU) 2016/679", "General Data Protection Regulation", 2016),
    ]
    return {
        "base": "SUHFT_IG-F12_Inpatient_Smoking_Alcohol_PH_2018",
        "formats": [("docx", None), ("pdf", "word"), ("doc", None)],
        "docx_header": "IG-F12 Data Sharing Agreement Form",
        "docx_footer": "SUHFT Information Governance  -  Protect when complete",
        "style": {"font": "Arial", "size": 10, "headings": "bold_underline", "author": "SUHFT IG",
                  "different_first": False},
        "blocks": blocks,
        "truth": {
            "title": title, "purpose": purpose,
            "lead": party("Southend University Hospital NHS Foundation Trust",
                          "Southend University Hospital NHS Foundation Trust"),
            "partners": [party("Southend-on-Sea Borough Council", "Southend Borough Council"),
                         party("NHS Southend CCG", "Southend Clinical Commissioning Group")],
            "statutes": statutes,
            "review_date": "2019-03-31", "review_basis": "explicit",
            "commencement_date": "2018-04-01",
            "missing_sections": ["accuracy", "complaints"],
        },
    }


# ---------------------------------------------------------------------------
# A8  London LINK-AMR – no lead, CAPITAL headings, s251, no review date
# ---------------------------------------------------------------------------

def doc_a8():
    title = "Linked Hospital and Laboratory Data for Antimicrobial Resistance Research in London (LINK-AMR)"
    purpose = ("The Parties will share and link hospital prescribing, microbiology and admissions data for patients "
               "treated at the three NHS Trusts with national laboratory surveillance data held by UKHSA, in order to "
               "carry out the LINK-AMR research programme, which will estimate the burden of antimicrobial-resistant "
               "bloodstream infection in London and evaluate whether antimicrobial stewardship interventions reduce it.")
    parties = ["Guy's and St Thomas' NHS Foundation Trust", "King's College London", "Barts Health NHS Trust",
               "University College London Hospitals NHS Foundation Trust", "UK Health Security Agency"]
    addrs = ["of St Thomas' Hospital, Westminster Bridge Road, London SE1 7EH",
             "of Strand, London WC2R 2LS",
             "of The Royal London Hospital, Whitechapel Road, London E1 1FR",
             "of 250 Euston Road, London NW1 2PG",
             "of 10 South Colonnade, Canary Wharf, London E14 4PU"]
    blocks = [
        ("cover", {"top_space": 3, "lines": [("", "gap")],
                   "textbox": [title, "Data Sharing Agreement"],
                   "after": [("CAG reference 24/CAG/0148   |   IRAS 338902   |   REC 24/LO/0562", "small"),
                             ("Effective Date: 15 January 2025", "small"), ("Version 1.1", "small")]}),
        H1("THE PARTIES"),
        P("This Agreement is made between:"),
    ]
    for i, (p_, a_) in enumerate(zip(parties, addrs)):
        blocks.append(N("(%d)" % (i + 1), "%s %s%s" % (p_, a_, ";" if i < 3 else ("; and" if i == 3 else "."))))
    blocks += [
        P("(each a \"Party\" and together the \"Parties\")."),
        H1("1. DEFINITIONS"),
        N("1.1", "\"CAG Support\" means the support given by the Secretary of State for Health and Social Care, on the "
                 "advice of the Confidentiality Advisory Group, under section 251 of the National Health Service Act "
                 "2006 and the Health Service (Control of Patient Information) Regulations 2002;"),
        N("1.2", "\"Effective Date\" means 15 January 2025;"),
        N("1.3", "\"Linked Dataset\" means the dataset created by the Trusted Third Party under clause 7;"),
        N("1.4", "\"Programme\" means the LINK-AMR research programme described in the approved protocol version 2.0;"),
        N("1.5", "\"Trusted Third Party\" means the UKHSA data linkage team acting in a role separated from the "
                 "surveillance teams; \"Trusts\" means Parties (1), (3) and (4)."),
        H1("2. PURPOSE AND SCOPE"),
        N("2.1", purpose),
        N("2.2", "The Linked Dataset will be analysed only within the King's College London Trusted Research "
                 "Environment by researchers named in the protocol. No Party will use the shared data for "
                 "performance management of an individual clinician or for any commercial purpose."),
        H1("3. STATUS OF THE PARTIES"),
        N("3.1", "The Parties are joint controllers of the Linked Dataset for the purposes of Article 26 of the UK GDPR. "
                 "Their respective responsibilities are set out in this Agreement; the essence of the arrangement will be "
                 "published on the Programme website. Each Trust remains a separate controller of its own clinical records."),
        H1("4. DATA TO BE SHARED"),
        N("4.1", "Each Trust will provide the items in Schedule 1 for all adult admissions with a positive blood "
                 "culture between 1 April 2019 and 31 March 2025. UKHSA will provide SGSS antimicrobial "
                 "susceptibility records and the Hospital Episode Statistics linkage spine for the same patients."),
        N("4.2", "Identifiers (NHS number, date of birth, sex, postcode) are sent only to the Trusted Third Party, which "
                 "returns a pseudonymised Linked Dataset to King's College London. Researchers never receive direct "
                 "identifiers."),
        H1("5. LEGAL BASIS AND APPROVALS"),
        N("5.1", "Disclosure of confidential patient information without consent is lawful under the CAG Support, "
                 "subject to its standard and specific conditions, which are renewed annually."),
        N("5.2", "Under the UK GDPR the Parties rely on Article 6(1)(e) (public task) and Article 9(2)(j) (research), "
                 "with paragraph 4 of Part 1 of Schedule 1 to the Data Protection Act 2018. The Programme has a "
                 "favourable opinion from the London - Bloomsbury Research Ethics Committee and HRA Approval."),
        N("5.3", "The Trusts' records are public records under the Public Record Act 1958 and nothing in this Agreement "
                 "changes how they are kept."),
        H1("6. TRANSPARENCY, OPT-OUTS AND INDIVIDUAL RIGHTS"),
        N("6.1", "Each Trust will publish a Programme notice and link to it from its privacy notice. Patients may opt "
                 "out of the Programme by contacting the study team; the national data opt-out will be applied by each "
                 "Trust before extraction."),
        N("6.2", "The rights of access, rectification and erasure are limited by Article 89 of the UK GDPR where "
                 "exercising them would seriously impair the research. Requests will be handled by the Party that "
                 "receives them with the support of the others."),
        H1("7. TRANSFER, LINKAGE AND FREQUENCY"),
        N("7.1", "Each Trust will make one historical extract within 60 days of the Effective Date and then six-monthly "
                 "refresh extracts (in April and October), transferred by the UKHSA Secure Data Transfer service."),
        N("7.2", "The Trusted Third Party will link extracts within 30 days of receipt and transfer the Linked Dataset "
                 "to the Trusted Research Environment by encrypted server-to-server transfer."),
        H1("8. SECURITY"),
        N("8.1", "Each Party shall meet the requirements in Schedule 2 and maintain a Data Security and Protection "
                 "Toolkit assessment of 'Standards Met'."),
        H1("9. DATA QUALITY"),
        N("9.1", "Each Trust is responsible for the accuracy and completeness of its extract and will run the "
                 "validation script supplied by King's College London before transfer. Linkage rates below 95 per "
                 "cent will be investigated jointly."),
        H1("10. RETENTION AND ARCHIVING"),
        N("10.1", "Identifiers held by the Trusted Third Party will be destroyed twelve months after the final linkage. "
                  "The pseudonymised Linked Dataset will be retained in the Trusted Research Environment for ten years "
                  "after the end of the Programme and then deleted, unless CAG Support for longer retention is obtained."),
        H1("11. BREACH NOTIFICATION"),
        N("11.1", "A Party that becomes aware of a personal data breach involving the shared data will inform the "
                  "other Parties' Data Protection Officers within 24 hours and will agree with them which Party will "
                  "notify the Information Commissioner and the Confidentiality Advisory Group."),
        H1("12. COMPLAINTS AND DISPUTE RESOLUTION"),
        N("12.1", "Complaints from patients or the public will be handled under the complaints procedure of the Party "
                  "that receives them. Disputes between Parties will be referred to the Programme Steering Committee "
                  "and, if unresolved within 30 days, to the signatories."),
        H1("13. TERM AND TERMINATION"),
        N("13.1", "This Agreement takes effect on the Effective Date and continues until the Linked Dataset is deleted "
                  "under clause 10, unless terminated earlier. It terminates automatically if CAG Support is withdrawn."),
        N("13.2", "A Party may withdraw on 90 days' written notice; data already shared may continue to be used for the "
                  "Programme. Requests under the Freedom of Information Act 2000 will be handled after consulting the "
                  "other Parties."),
        H1("14. EXECUTION"),
        T([["Party", "Signed for and on behalf of by", "Position", "Date"],
           [parties[0], "Prof. Nadia Ferreira-Lowe", "Director of Research and Development", "09/01/2025"],
           [parties[1], "Dr Hugh Castellan", "Head of Research Governance", "10/01/2025"],
           [parties[2], "Olumide Bankole", "Caldicott Guardian", "13/01/2025"],
           [parties[3], "Dr Jemima Stroud", "Joint Research Office Director", "13/01/2025"],
           [parties[4], "Dr Kieran Mallory", "Deputy Director, Data and Analytics", "14/01/2025"]],
          widths=[5.5, 4, 4.5, 2.3]),
        PB,
        H1("SCHEDULE 1 - DATA SPECIFICATION"),
        T([["Item", "Provided by", "To", "Notes"],
           ["NHS number, DOB, sex, postcode", "Trusts", "Trusted Third Party only", "Linkage"],
           ["Admission and discharge dates, specialty, ward type", "Trusts", "Trusted Third Party", "Pseudonymised onward"],
           ["Blood culture results, organism, susceptibilities", "Trusts", "Trusted Third Party", "From LIMS"],
           ["Antimicrobial prescriptions (drug, dose, route, dates)", "Trusts", "Trusted Third Party", "From ePMA"],
           ["SGSS AMR records", "UKHSA", "Trusted Third Party", ""],
           ["HES APC diagnoses and procedures", "UKHSA", "Trusted Third Party", "Under UKHSA HES licence"],
           ["Date of death", "UKHSA", "Trusted Third Party", "Month and year onward"]],
          widths=[6, 2.5, 4, 4]),
        H1("SCHEDULE 2 - SECURITY REQUIREMENTS"),
        B("Encryption of data at rest (AES-256) and in transit (TLS 1.2 or higher).",
          "Separation of identifiers from clinical data at all times; only the Trusted Third Party holds both.",
          "Access to the Trusted Research Environment by named, trained users with multi-factor authentication; "
          "outputs checked for disclosure risk before release.",
          "Annual review of access and of compliance with the CAG standard conditions.",
          "Data processed and stored in the United Kingdom only."),
    ]
    statutes = [
        S("section 251 of the National Health Service Act 2006", "National Health Service Act", 2006, "section 251"),
        S("Health Service (Control of Patient Information) Regulations 2002",
          "Health Service (Control of Patient Information) Regulations", 2002),
        S("Article 26 of the UK GDPR", "UK General Data Protection Regulation", None, "Article 26"),
        S("paragraph 4 of Part 1 of Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018,
          "Schedule 1, Part 1, paragraph 4"),
        S("Public Record Act 1958", "Public Records Act", 1958),
        S("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
    ]
    return {
        "base": "LINK-AMR_London_Research_DSA_v1.1",
        "formats": [("pdf", "rl"), ("docx", None)],
        "docx_header": "LINK-AMR Data Sharing Agreement v1.1  -  CONFIDENTIAL",
        "docx_footer": "IRAS 338902",
        "rl_header": "LINK-AMR Data Sharing Agreement v1.1  -  CONFIDENTIAL",
        "rl_footer": "IRAS 338902",
        "style": {"font": "Arial", "size": 10, "headings": "bold", "author": "KCL Research Governance"},
        "rl": {"layout": "single", "font": "Helvetica", "accent": "#7A1F3D", "author": "KCL",
               "header_right": "CAG 24/CAG/0148", "table_fill": "#EADCE2"},
        "blocks": blocks,
        "truth": {
            "title": title, "purpose": purpose,
            "lead": None,
            "partners": [party(p) for p in parties],
            "statutes": statutes,
            "review_date": None, "review_basis": "none",
            "commencement_date": "2025-01-15",
            "missing_sections": [],
        },
    }


# ---------------------------------------------------------------------------
# A9  NNUH – tobacco dependence service evaluation (relative review; header title)
# ---------------------------------------------------------------------------

def doc_a9():
    title = "Evaluation of the Inpatient Tobacco Dependence Treatment Service"
    purpose = ("Norfolk and Norwich University Hospitals NHS Foundation Trust and James Paget University Hospitals NHS "
               "Foundation Trust will share pseudonymised records of inpatients who smoke with the University of East "
               "Anglia so that the University can evaluate, on behalf of the partners, whether the opt-out inpatient "
               "tobacco dependence treatment service increases quit rates at 28 days and 12 weeks and reduces "
               "readmissions, and whether outcomes differ by deprivation and ethnicity.")
    sigs = [("Norfolk and Norwich University Hospitals NHS Foundation Trust", "Dr Catriona Ellery", "Medical Director", "10/02/2025"),
            ("James Paget University Hospitals NHS Foundation Trust", "Paul Whitmore-Lee", "Director of Nursing", "14/02/2025"),
            ("Norfolk County Council", "Dr Owen Marlowe", "Director of Public Health", "18/02/2025"),
            ("University of East Anglia", "Professor Abigail Rennard", "Pro-Vice-Chancellor, Faculty of Medicine and Health Sciences", "24/02/2025"),
            ("NHS Norfolk and Waveney Integrated Care Board", "Matthew Ostrowski", "Director of Population Health and Inequalities", "03/03/2025")]
    blocks = [
        ("cover", {"top_space": 3, "lines": [
            ("DATA SHARING AGREEMENT", "generic"),
            ("", "gap"),
            (title, "title"),
            ("", "gap"),
            ("Service evaluation registered with the NNUH Clinical Audit and Effectiveness Team (ref. SE-2024-219)", "small"),
            ("", "gap"), ("", "gap"),
            ("Responsible organisation: Norfolk and Norwich University Hospitals NHS Foundation Trust", "sub"),
            ("Version 1.0  |  January 2025", "small"),
        ]}),
        H1("Version control and approval"),
        T([["Version", "Date", "By", "Change"],
           ["0.1", "November 2024", "Tobacco Dependence Service Lead", "First draft"],
           ["0.3", "December 2024", "NNUH Information Governance", "Legal basis and security sections"],
           ["1.0", "January 2025", "NNUH IG Group", "Approved for signature"]], widths=[1.6, 3, 5, 6.5]),
        T([["Approved by", "NNUH Information Governance Group"],
           ["DPIA", "NNUH DPIA 2024/311 - low residual risk"],
           ["Review", "Annually - see section 10"]], header=False, first_col_bold=True, widths=[4, 12.5]),
        H1("1. Purpose of the sharing"),
        P(purpose),
        P("The evaluation is a service evaluation, not research, as confirmed using the HRA decision tool. It supports "
          "the NHS Long Term Plan commitment that all smokers admitted to hospital are offered NHS-funded tobacco "
          "treatment, and the Norfolk Tobacco Control Strategy."),
        H1("2. Organisations signing this agreement"),
        T([["Organisation", "Role in the evaluation", "Controller status"],
           ["Norfolk and Norwich University Hospitals NHS Foundation Trust", "Provides service and outcome data; coordinates", "Controller"],
           ["James Paget University Hospitals NHS Foundation Trust", "Provides service and outcome data", "Controller"],
           ["University of East Anglia", "Carries out the analysis (Norwich Medical School)", "Processor for NNUH and JPUH"],
           ["Norfolk County Council", "Commissions the community stop smoking service (Smokefree Norfolk); provides 12-week quit data", "Controller"],
           ["NHS Norfolk and Waveney Integrated Care Board", "Funds the service; receives aggregate results", "Controller (aggregate only)"]],
          widths=[5.5, 6.5, 4]),
        H1("3. Information to be shared"),
        P("The hospitals will share, for each adult inpatient recorded as a current smoker between 1 April 2024 and "
          "31 March 2026: an evaluation ID, age band, sex, ethnic group, IMD quintile, specialty, length of stay, "
          "whether a tobacco dependence adviser saw the patient within 24 hours, pharmacotherapy supplied, carbon "
          "monoxide readings, smoking status at 28 days, and emergency readmission within 30 and 90 days. Norfolk "
          "County Council will share 12-week quit status for patients referred to Smokefree Norfolk, matched by the "
          "evaluation ID."),
        H1("4. Lawful basis"),
        P("The hospital trusts and the ICB rely on Article 6(1)(e) UK GDPR, and on Article 9(2)(h) with paragraph 2 of "
          "Part 1 of Schedule 1 to the Data Protection Act 2018 (health or social care purposes). Norfolk County "
          "Council acts under section 2B of the National Health Service Act 2006, inserted by the Health and Social "
          "Care Act 2012. The ICB acts under the duties to reduce inequalities introduced by the Health and Care Act "
          "2022. The evaluation's equity analysis supports the partners' public sector equality duty under the "
          "Equalities Act 2010."),
        P("Because the University receives only pseudonymised data and acts as a processor, the common law duty of "
          "confidentiality is not engaged for the analysis. The national data opt-out does not apply to service "
          "evaluation of this kind."),
        H1("5. Transparency and individuals' rights"),
        P("Both hospitals will add the evaluation to their privacy notices and display a poster on wards. Patients may "
          "object by telling the tobacco dependence team; their records will then be excluded from the next extract. "
          "Requests for access or correction should be made to the hospital that treated the patient."),
        H1("6. Sending the data"),
        P("Each hospital will send a pseudonymised extract every quarter, within six weeks of the end of the quarter, "
          "through the UEA secure file transfer service. The council will send 12-week quit data quarterly by the "
          "same route. The ICB receives the evaluation report twice a year as a PDF."),
        H1("7. Security"),
        P("The University will store data in the Norwich Medical School secure data environment, with access limited "
          "to the named analysts and two-factor authentication. The key linking evaluation IDs to hospital numbers "
          "never leaves the hospital that created it. All staff with access have completed data security training."),
        H1("8. Data quality"),
        P("The tobacco dependence service lead at each hospital will check extracts for completeness before sending. "
          "The University will report missing or inconsistent fields within ten working days of receipt."),
        H1("9. Retention"),
        P("The University will delete all evaluation data twelve months after the final report is accepted by the "
          "partners and will confirm deletion in writing to NNUH."),
        H1("10. Commencement, review and ending the agreement"),
        P("This Agreement commences on the date of the final signature below. It will be reviewed annually, the first "
          "review falling twelve months from the date of the final signature, and at any time if the evaluation "
          "protocol changes."),
        P("Any organisation may withdraw by giving one month's notice in writing to NNUH. Concerns or complaints about "
          "the evaluation should be raised with the Patient Advice and Liaison Service of either hospital or with the "
          "council's customer services; disputes between the organisations will be settled by the evaluation "
          "steering group."),
        H1("11. Signatures"),
        T([["Organisation", "Name", "Post", "Date"]] + [list(s_) for s_ in sigs], widths=[5.5, 3.5, 5, 2.3]),
    ]
    statutes = [
        S("UK GDPR", "UK General Data Protection Regulation", None),
        S("paragraph 2 of Part 1 of Schedule 1 to the Data Protection Act 2018", "Data Protection Act", 2018,
          "Schedule 1, Part 1, paragraph 2"),
        S("section 2B of the National Health Service Act 2006", "National Health Service Act", 2006, "section 2B"),
        S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
        S("Health and Care Act 2022", "Health and Care Act", 2022),
        S("Equalities Act 2010", "Equality Act", 2010),
    ]
    return {
        "base": "NNUH_JPUH_Tobacco_Dependence_Evaluation_DSA",
        "formats": [("pdf", "rl"), ("docx", None)],
        "docx_header": title + "  -  Data Sharing Agreement v1.0",
        "docx_footer": "NNUH Information Governance",
        "rl_header": title + "  -  Data Sharing Agreement v1.0",
        "rl_footer": "NNUH Information Governance",
        "style": {"font": "Calibri", "size": 11, "headings": "styled", "author": "NNUH IG", "header_on_first": True},
        "rl": {"layout": "single", "font": "Helvetica", "accent": "#005EB8", "author": "NNUH", "header_right": "v1.0"},
        "blocks": blocks,
        "truth": {
            "title": title, "purpose": purpose,
            "lead": party("Norfolk and Norwich University Hospitals NHS Foundation Trust"),
            "partners": [party(s_[0]) for s_ in sigs[1:]],
            "statutes": statutes,
            "review_date": "2026-03-03", "review_basis": "relative",
            "commencement_date": "2025-03-03",
            "missing_sections": ["breach"],
        },
    }


# ============================================================================
# Build
# ============================================================================

DOCS = [doc_a1, doc_a2, doc_a3, doc_a4, doc_a5, doc_a6, doc_a7, doc_a8, doc_a9]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="acute_research_")
    records = []
    try:
        for fn in DOCS:
            spec = fn()
            base = spec["base"]
            fmts = [f for f, _ in spec["formats"]]
            need_docx = any(f in ("docx", "doc") for f in fmts) or ("pdf", "word") in spec["formats"]
            docx_tmp = os.path.join(tmp, base + ".docx")
            if need_docx:
                build_docx(spec, docx_tmp)
            for fmt, how in spec["formats"]:
                target = os.path.join(OUT, base + "." + fmt)
                if fmt == "docx":
                    shutil.copyfile(docx_tmp, target)
                elif fmt == "doc":
                    out = soffice_convert(docx_tmp, "doc:MS Word 97", tmp)
                    shutil.move(out, target)
                elif fmt == "pdf" and how == "word":
                    out = soffice_convert(docx_tmp, "pdf:writer_pdf_Export", tmp)
                    shutil.move(out, target)
                elif fmt == "pdf" and how == "rl":
                    build_rl(spec, target)
                else:
                    raise ValueError(fmt)
                t = spec["truth"]
                rec = {"file": base + "." + fmt, "format": fmt}
                for k in ("title", "purpose", "lead", "partners", "statutes", "review_date", "review_basis",
                          "commencement_date"):
                    rec[k] = copy.deepcopy(t[k])
                rec["sections_present"] = [k for k in ALL_KEYS if k not in t["missing_sections"]]
                rec["missing_sections"] = list(t["missing_sections"])
                records.append(rec)
                print("wrote", rec["file"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("%d files, %d agreements" % (len(records), len(DOCS)))


if __name__ == "__main__":
    main()
