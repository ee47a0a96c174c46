"""Renderers for the nhs_trust family: one block list, three ways out.

A document is a dict with ``blocks`` (a list of tuples, see ``BLOCK KINDS``),
``header``/``footer`` (lists of lines, ``\t`` separating left/centre/right
parts, ``{PAGE}``/``{NUMPAGES}`` for page fields) and a few style options.

BLOCK KINDS
    ("orgline", text)            right-aligned organisation name (logo line)
    ("banner", text)             large generic phrase, e.g. DATA SHARING AGREEMENT
    ("title", text)              large title; "\n" inside = line break in one paragraph
    ("subtitle", text)
    ("h1", text) ("h2", text)    headings (styled or bold, per doc["heading_mode"])
    ("p", text) ("pb", text) ("pi", text)   paragraph, bold paragraph, italic paragraph
    ("small", text)
    ("bullets", [text, ...]) ("nums", [text, ...])
    ("table", rows, opts)        opts: header(bool), widths(cm list), kv(bool), size
    ("textbox", [lines])         a framed text box (VML in Word)
    ("pagebreak",)
    ("spacer", points)
    ("template", name)           reportlab only: switch page template at next page
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, ListFlowable, ListItem)
from reportlab.pdfgen import canvas as rl_canvas

rl_config.invariant = 1  # deterministic PDF ids and dates

NHS_BLUE = "005EB8"
FIXED_DT = (2024, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- DOCX

def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tc_pr.append(shd)


def _add_field(paragraph, instr: str) -> None:
    fld = parse_xml(
        '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    paragraph._p.append(fld)


def _hf_line(paragraph, line: str, width_cm: float, size: float, bold: bool = False) -> None:
    if line.count("\t") == 1:  # left and right only: skip the centre stop
        line = line.replace("\t", "\t\t")
    pf = paragraph.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(width_cm / 2), WD_TAB_ALIGNMENT.CENTER)
    pf.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    for i, part in enumerate(re.split(r"(\{PAGE\}|\{NUMPAGES\})", line)):
        if part == "{PAGE}":
            _add_field(paragraph, "PAGE")
        elif part == "{NUMPAGES}":
            _add_field(paragraph, "NUMPAGES")
        elif part:
            run = paragraph.add_run(part)
            run.font.size = Pt(size)
            run.bold = bold


def _fill_hf(container, lines, width_cm, size=8, bold_first=False) -> None:
    first = True
    for line in lines:
        p = container.paragraphs[0] if first else container.add_paragraph()
        if first and p.text:
            p = container.add_paragraph()
        _hf_line(p, line, width_cm, size, bold=(bold_first and first))
        first = False


def _textbox_xml(lines, width_pt=440, height_pt=110, idx=1) -> str:
    """A title text box: DrawingML (wps) shape with a VML fallback, as Word writes it."""
    paras = []
    for i, line in enumerate(lines):
        size = 36 if i == 0 else 30
        paras.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>'
            f'<w:color w:val="{NHS_BLUE}"/><w:sz w:val="{size}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    content = "<w:txbxContent>" + "".join(paras) + "</w:txbxContent>"
    cx, cy = int(width_pt * 12700), int(height_pt * 12700)
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{100 + idx}" name="Text Box {idx}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        f'<a:ln w="19050"><a:solidFill><a:srgbClr val="{NHS_BLUE}"/></a:solidFill></a:ln>'
        f'</wps:spPr><wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" '
        'bIns="91440" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shape id="TitleBox{idx}" o:spid="_x0000_s10{idx}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" stroked="t" strokecolor="#{NHS_BLUE}" '
        f'strokeweight="1.5pt"><v:textbox>{content}</v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def render_docx(doc: dict, out: Path) -> None:
    d = Document()
    font = doc.get("font", "Arial")
    base = doc.get("font_size", 10.5)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(base)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hs, sz in (("Heading 1", 14), ("Heading 2", 12)):
        h = d.styles[hs]
        h.font.name = font
        h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor.from_string(doc.get("heading_colour", NHS_BLUE))
    for hf in ("Header", "Footer"):
        d.styles[hf].paragraph_format.tab_stops.clear_all()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    margin = doc.get("margin_cm", 2.2)
    sec.left_margin = sec.right_margin = Cm(margin)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    width = 21.0 - 2 * margin
    if doc.get("cover_without_header"):
        sec.different_first_page_header_footer = True
        _fill_hf(sec.first_page_footer, doc.get("first_footer", []), width)
    _fill_hf(sec.header, doc.get("header", []), width, size=doc.get("header_size", 8),
             bold_first=doc.get("header_bold_first", False))
    _fill_hf(sec.footer, doc.get("footer", []), width)

    cp = d.core_properties
    cp.author = doc.get("meta_author", "Information Governance")
    cp.last_modified_by = doc.get("meta_author", "Information Governance")
    cp.title = doc.get("meta_title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 1
    import datetime as _dt
    cp.created = _dt.datetime(*doc.get("meta_date", (2024, 1, 1)), 9, 0, 0)
    cp.modified = _dt.datetime(*doc.get("meta_date", (2024, 1, 1)), 9, 0, 0)

    mode = doc.get("heading_mode", "style")
    tb_idx = 0
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "template":
            continue
        if kind == "orgline":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(13)
            r.font.color.rgb = RGBColor.from_string(NHS_BLUE)
        elif kind == "banner":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(20)
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, part in enumerate(blk[1].split("\n")):
                r = p.add_run(part)
                r.bold = True
                r.font.size = Pt(doc.get("title_size", 18))
                r.font.color.rgb = RGBColor.from_string(NHS_BLUE)
                if i < len(blk[1].split("\n")) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif kind == "subtitle":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            r.font.size = Pt(12)
        elif kind in ("h1", "h2"):
            if mode == "style":
                d.add_heading(blk[1], level=1 if kind == "h1" else 2)
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(10 if kind == "h1" else 6)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(blk[1])
                r.bold = True
                r.font.size = Pt(12 if kind == "h1" else base + 0.5)
                if mode == "bold_underline" and kind == "h1":
                    r.underline = True
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "pb":
            d.add_paragraph().add_run(blk[1]).bold = True
        elif kind == "pi":
            d.add_paragraph().add_run(blk[1]).italic = True
        elif kind == "small":
            r = d.add_paragraph().add_run(blk[1])
            r.font.size = Pt(8)
        elif kind == "bullets":
            for item in blk[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "nums":
            for i, item in enumerate(blk[1], 1):
                p = d.add_paragraph(f"({chr(96 + i)})\t{item}")
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-0.8)
        elif kind == "table":
            rows, opts = blk[1], (blk[2] if len(blk) > 2 else {})
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = opts.get("widths")
            if widths:
                t.autofit = False
                scale = min(1.0, width / sum(widths))
                widths = [w * scale for w in widths]
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Cm(w)
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    cell = t.cell(ri, ci)
                    txt = row[ci] if ci < len(row) else ""
                    cell.text = ""
                    para = cell.paragraphs[0]
                    for li, line in enumerate(txt.split("\n")):
                        if li:
                            para = cell.add_paragraph()
                        run = para.add_run(line)
                        run.font.size = Pt(opts.get("size", base - 1))
                        if (opts.get("header", True) and ri == 0) or (opts.get("kv") and ci == 0):
                            run.bold = True
                    if opts.get("header", True) and ri == 0:
                        _shade(cell, opts.get("fill", "DCE6F2"))
                    elif opts.get("kv") and ci == 0:
                        _shade(cell, "F2F2F2")
                    if widths:
                        cell.width = Cm(widths[ci])
            d.add_paragraph()
        elif kind == "textbox":
            tb_idx += 1
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p._p.append(parse_xml(_textbox_xml(blk[1], idx=tb_idx)))
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "spacer":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(blk[1])
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    _write_fixed_zip(buf.getvalue(), out)


def _write_fixed_zip(data: bytes, out: Path) -> None:
    """Re-pack a DOCX with fixed member timestamps so the bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------- reportlab

def _esc(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class _NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the page count when drawing furniture (Page x of y)."""

    furniture = None  # set per document: callable(canvas, page, total)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if self.furniture:
                self.furniture(self, self._pageNumber, total)
            super().showPage()
        super().save()


def _styles(layout: str, body_size: float = 9.5):
    font, bold = "Helvetica", "Helvetica-Bold"
    if layout == "serif":
        font, bold = "Times-Roman", "Times-Bold"
    s = {}
    s["p"] = ParagraphStyle("p", fontName=font, fontSize=body_size, leading=body_size * 1.3,
                            spaceAfter=5)
    s["pb"] = ParagraphStyle("pb", parent=s["p"], fontName=bold)
    s["pi"] = ParagraphStyle("pi", parent=s["p"], fontName="Helvetica-Oblique"
                             if font == "Helvetica" else "Times-Italic")
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=7.5, leading=9.5)
    s["cell"] = ParagraphStyle("cell", parent=s["p"], fontSize=body_size - 1,
                               leading=(body_size - 1) * 1.25, spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=12.5, leading=15, spaceBefore=10,
                             spaceAfter=5, textColor=colors.HexColor("#" + NHS_BLUE))
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6,
                             spaceAfter=3)
    s["banner"] = ParagraphStyle("banner", fontName=bold, fontSize=20, leading=24,
                                 alignment=TA_CENTER, spaceAfter=10)
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=17, leading=21,
                                alignment=TA_CENTER, spaceAfter=8,
                                textColor=colors.HexColor("#" + NHS_BLUE))
    s["subtitle"] = ParagraphStyle("subtitle", fontName=font, fontSize=11, leading=14,
                                   alignment=TA_CENTER, spaceAfter=8)
    s["orgline"] = ParagraphStyle("orgline", fontName=bold, fontSize=12, leading=15,
                                  alignment=TA_RIGHT, spaceAfter=6,
                                  textColor=colors.HexColor("#" + NHS_BLUE))
    s["box"] = ParagraphStyle("box", fontName=bold, fontSize=15, leading=19,
                              alignment=TA_CENTER, textColor=colors.HexColor("#" + NHS_BLUE))
    return s


def _heading_flowable(text, style, layout, width):
    if layout in ("bars",):
        t = Table([[Paragraph(_esc(text), ParagraphStyle(
            "hb", parent=style, textColor=colors.white, spaceBefore=0, spaceAfter=0))]],
            colWidths=[width])
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#" + NHS_BLUE)),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return [Spacer(1, 8), t, Spacer(1, 5)]
    if layout in ("ruled",):
        t = Table([[Paragraph(_esc(text), ParagraphStyle(
            "hr", parent=style, spaceBefore=0, spaceAfter=0))]], colWidths=[width])
        t.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor("#" + NHS_BLUE)),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return [Spacer(1, 8), t, Spacer(1, 4)]
    return [Paragraph(_esc(text), style)]


def render_pdf_rl(doc: dict, out: Path) -> None:
    layout = doc.get("rl_layout", "ruled")
    s = _styles(layout, doc.get("rl_body_size", 9.5))
    pw, ph = A4
    lm = rm = doc.get("rl_margin_cm", 2.0) * cm
    tm, bm = 2.4 * cm, 2.0 * cm
    sidebar = doc.get("rl_sidebar")  # list of (label, value) drawn on page 1
    full_w = pw - lm - rm

    def furniture(c, page, total):
        c.saveState()
        hdr = doc.get("header", [])
        ftr = doc.get("footer", [])
        skip = doc.get("cover_without_header") and page == 1
        if not skip:
            y = ph - 1.3 * cm
            for line in hdr:
                _draw_hf(c, line, lm, pw - rm, y, page, total, 8)
                y -= 10
            c.setStrokeColor(colors.HexColor("#" + NHS_BLUE))
            c.setLineWidth(0.6)
            c.line(lm, y + 5, pw - rm, y + 5)
        lines = doc.get("first_footer", []) if skip else ftr
        y = 1.2 * cm + 10 * (len(lines) - 1)
        if lines:
            c.setStrokeColor(colors.grey)
            c.setLineWidth(0.4)
            c.line(lm, y + 10, pw - rm, y + 10)
        for line in lines:
            _draw_hf(c, line, lm, pw - rm, y, page, total, 7.5)
            y -= 10
        if sidebar and page == 1:
            c.setFillColor(colors.HexColor("#E8EDEE"))
            c.rect(lm, bm, 4.6 * cm, ph - tm - bm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            yy = ph - tm - 14
            for label, value in sidebar:
                c.setFont("Helvetica-Bold", 7.5)
                c.drawString(lm + 6, yy, label)
                yy -= 10
                c.setFont("Helvetica", 7.5)
                for vline in value.split("\n"):
                    c.drawString(lm + 6, yy, vline)
                    yy -= 9.5
                yy -= 6
        c.restoreState()

    class _Canvas(_NumberedCanvas):
        pass
    _Canvas.furniture = staticmethod(furniture)

    frames_one = [Frame(lm, bm, full_w, ph - tm - bm, id="one")]
    gap = 0.7 * cm
    colw = (full_w - gap) / 2
    frames_two = [Frame(lm, bm, colw, ph - tm - bm, id="c1"),
                  Frame(lm + colw + gap, bm, colw, ph - tm - bm, id="c2")]
    frames_side = [Frame(lm + 5.0 * cm, bm, full_w - 5.0 * cm, ph - tm - bm, id="side")]
    templates = [PageTemplate(id="one", frames=frames_one),
                 PageTemplate(id="two", frames=frames_two),
                 PageTemplate(id="side", frames=frames_side)]
    first = doc.get("rl_first_template", "one")
    templates.sort(key=lambda t: t.id != first)
    bd = BaseDocTemplate(str(out), pagesize=A4, leftMargin=lm, rightMargin=rm,
                         topMargin=tm, bottomMargin=bm, pageTemplates=templates,
                         title=doc.get("meta_title", ""), author=doc.get("meta_author", ""),
                         subject="", creator="Microsoft Word - converted",
                         producer=doc.get("rl_producer", "ReportLab PDF Library"))
    cur_w = {"one": full_w, "two": colw, "side": full_w - 5.0 * cm}[first]
    story = []
    pending_w = None
    held = []  # heading flowables waiting to be kept with the next block

    class _Story(list):
        def append(self, item):
            if held:
                group = held[:] + [item]
                held.clear()
                super().append(KeepTogether(group))
            else:
                super().append(item)

        def extend(self, items):
            for it in items:
                self.append(it)
    story = _Story()
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "template":
            story.append(NextPageTemplate(blk[1]))
            pending_w = {"one": full_w, "two": colw, "side": full_w - 5.0 * cm}[blk[1]]
            continue
        if kind == "pagebreak":
            story.append(PageBreak())
            if pending_w:
                cur_w, pending_w = pending_w, None
            continue
        if kind in ("h1", "h2"):
            held.extend(_heading_flowable(blk[1], s[kind], layout if kind == "h1" else "", cur_w))
        elif kind in ("p", "pb", "pi", "small", "subtitle", "banner", "orgline"):
            story.append(Paragraph(_esc(blk[1]), s[kind]))
        elif kind == "title":
            story.append(Paragraph(_esc(blk[1]), s["title"]))
        elif kind == "bullets":
            story.append(ListFlowable(
                [ListItem(Paragraph(_esc(x), s["p"]), leftIndent=12) for x in blk[1]],
                bulletType="bullet", start="\u2022", leftIndent=12, bulletFontSize=8))
        elif kind == "nums":
            story.append(ListFlowable(
                [ListItem(Paragraph(_esc(x), s["p"]), leftIndent=16) for x in blk[1]],
                bulletType="a", bulletFormat="(%s)", leftIndent=18, bulletFontSize=s["p"].fontSize))
        elif kind == "table":
            rows, opts = blk[1], (blk[2] if len(blk) > 2 else {})
            ncol = max(len(r) for r in rows)
            header = opts.get("header", True)
            kv = opts.get("kv", False)
            data = []
            for ri, row in enumerate(rows):
                cells = []
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    bold = (header and ri == 0) or (kv and ci == 0)
                    cells.append(Paragraph(_esc(txt), s["cellb" if bold else "cell"]))
                data.append(cells)
            widths = opts.get("widths")
            if widths:
                tot = sum(widths)
                cw = [cur_w * w / tot for w in widths]
            else:
                cw = [cur_w / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F8C8D")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2")))
            if kv:
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")))
            if layout == "bars":
                style.append(("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#" + NHS_BLUE)))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "textbox":
            inner = [Paragraph(_esc(x), s["box"]) for x in blk[1]]
            t = Table([[inner]], colWidths=[cur_w * 0.85])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#" + NHS_BLUE)),
                                   ("TOPPADDING", (0, 0), (-1, -1), 12),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
            story.append(t)
            story.append(Spacer(1, 10))
        elif kind == "spacer":
            story.append(Spacer(1, blk[1]))
        else:
            raise ValueError(kind)
    bd.build(story, canvasmaker=_Canvas)


def _draw_hf(c, line, x0, x1, y, page, total, size):
    line = line.replace("{PAGE}", str(page)).replace("{NUMPAGES}", str(total))
    parts = line.split("\t")
    c.setFont("Helvetica", size)
    c.setFillColor(colors.HexColor("#333333"))
    if len(parts) == 1:
        c.drawString(x0, y, parts[0])
    elif len(parts) == 2:
        c.drawString(x0, y, parts[0])
        c.drawRightString(x1, y, parts[1])
    else:
        c.drawString(x0, y, parts[0])
        c.drawCentredString((x0 + x1) / 2, y, parts[1])
        c.drawRightString(x1, y, parts[2])


# -------------------------------------------------------------------- plain text

def plain_text(doc: dict) -> str:
    """All the words of a document (blocks plus header/footer), for self-checks."""
    out = []
    for line in doc.get("header", []) + doc.get("footer", []):
        out.append(line.replace("\t", " "))
    for blk in doc["blocks"]:
        if blk[0] in ("bullets", "nums", "textbox"):
            out.extend(blk[1])
        elif blk[0] == "table":
            for row in blk[1]:
                out.extend(row)
        elif len(blk) > 1 and isinstance(blk[1], str):
            out.append(blk[1])
    return "\n".join(out)
