"""Renderers for the police family: one small document model, three outputs.

A document is a dict with a list of ``blocks``.  Each block is a tuple:

    ("h", text, level)              heading (level 1 or 2)
    ("p", text, opts)               paragraph; opts: align, bold, italic, size, space
    ("n", label, text)              numbered paragraph ("2.1", text)
    ("ul", [items])                 bulleted list
    ("table", rows, opts)           rows = list of lists of str; opts: header, widths, shade_first_col
    ("textbox", [(text, size, bold)])  framed text box (a real Word text box in DOCX)
    ("toc", [entries])              simple contents list
    ("br",)                         page break
    ("sp", points)                  vertical space

The same blocks are written to DOCX with python-docx and, for some agreements, drawn
straight to PDF with reportlab in a layout of the agreement's own.
"""

from __future__ import annotations

import copy
import datetime as _dt
import io
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED_DT = _dt.datetime(2024, 1, 1, 9, 0, 0)

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


# --------------------------------------------------------------------------- DOCX

def _add_field(paragraph, instr):
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    )
    paragraph._p.append(fld)


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_fill}"/>')
    tcPr.append(shd)


def _set_cell_text(cell, text, bold=False, size=None, font=None):
    cell.text = ""
    lines = str(text).split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font
        par.paragraph_format.space_after = Pt(1)


def _textbox_xml(lines, width_cm=15.5, height_cm=4.2, border="1F3864", font=None):
    emu = 360000
    cx, cy = int(width_cm * emu), int(height_cm * emu)
    paras = []
    for text, size, bold in lines:
        b = "<w:b/>" if bold else ""
        rf = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else ""
        paras.append(
            '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="80"/></w:pPr>'
            f'<w:r><w:rPr>{rf}{b}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        )
    body = "".join(paras)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="101" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        f'<a:ln w="28575"><a:solidFill><a:srgbClr val="{border}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" anchor="ctr"/>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>'
    )
    return parse_xml(xml)


def _header_footer(section, meta, font):
    marking = meta["marking"]
    hdr = section.header
    hp = hdr.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run(marking)
    r.bold = True
    r.font.size = Pt(10)
    for line in meta.get("docx_header_lines", []):
        p = hdr.add_paragraph()
        p.alignment = ALIGN[line.get("align", "left")]
        rr = p.add_run(line["text"])
        rr.font.size = Pt(line.get("size", 8))
        rr.bold = line.get("bold", False)
        if font:
            rr.font.name = font
    ftr = section.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left = meta.get("footer_text")
    if left:
        rr = fp.add_run(left + "    ")
        rr.font.size = Pt(8)
    rr = fp.add_run("Page ")
    rr.font.size = Pt(8)
    _add_field(fp, "PAGE")
    rr = fp.add_run(" of ")
    rr.font.size = Pt(8)
    _add_field(fp, "NUMPAGES")
    p2 = ftr.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r2 = p2.add_run(marking)
    r2.bold = True
    r2.font.size = Pt(10)


def write_docx(doc_spec, path):
    meta = doc_spec["meta"]
    font = meta.get("docx_font", "Arial")
    size = meta.get("docx_size", 11)
    heading_mode = meta.get("heading_mode", "styled")  # styled | bold
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hn in ("Heading 1", "Heading 2"):
        hs = d.styles[hn]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        hs.font.size = Pt(13 if hn == "Heading 1" else 11.5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    _header_footer(sec, meta, font)

    for blk in doc_spec["blocks"]:
        kind = blk[0]
        if kind == "h":
            text, level = blk[1], blk[2]
            if heading_mode == "styled":
                d.add_heading(text, level=level)
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.space_after = Pt(4)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(text)
                r.bold = True
                r.font.size = Pt(size + (1.5 if level == 1 else 0.5))
                if level == 2:
                    r.italic = meta.get("h2_italic", False)
        elif kind == "p":
            text, opts = blk[1], (blk[2] if len(blk) > 2 else {})
            p = d.add_paragraph()
            p.alignment = ALIGN[opts.get("align", "left")]
            r = p.add_run(text)
            r.bold = opts.get("bold", False)
            r.italic = opts.get("italic", False)
            if opts.get("size"):
                r.font.size = Pt(opts["size"])
            if opts.get("color"):
                r.font.color.rgb = RGBColor.from_string(opts["color"])
            p.paragraph_format.space_after = Pt(opts.get("space", 6))
        elif kind == "n":
            label, text = blk[1], blk[2]
            p = d.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
            pf.space_after = Pt(6)
            p.add_run(f"{label}\t{text}")
        elif kind == "ul":
            for item in blk[1]:
                p = d.add_paragraph(item, style="List Bullet")
                p.paragraph_format.space_after = Pt(2)
        elif kind == "table":
            rows, opts = blk[1], (blk[2] if len(blk) > 2 else {})
            ncols = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncols)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci in range(ncols):
                    val = row[ci] if ci < len(row) else ""
                    is_head = (opts.get("header", True) and ri == 0) or (
                        opts.get("shade_first_col") and ci == 0
                    )
                    _set_cell_text(cells[ci], val, bold=is_head, size=opts.get("size", size - 1))
                    if is_head:
                        _shade(cells[ci], opts.get("fill", "D9E2F3"))
            if opts.get("widths"):
                t.autofit = False
                for ci, w in enumerate(opts["widths"]):
                    t.columns[ci].width = Cm(w)
                for row in t.rows:
                    for ci, w in enumerate(opts["widths"]):
                        row.cells[ci].width = Cm(w)
            sp = d.add_paragraph()
            sp.paragraph_format.space_after = Pt(4)
        elif kind == "textbox":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p._p.append(_textbox_xml(blk[1], font=font))
        elif kind == "toc":
            p = d.add_paragraph()
            r = p.add_run(meta.get("toc_title", "CONTENTS"))
            r.bold = True
            for e in blk[1]:
                q = d.add_paragraph(e)
                q.paragraph_format.space_after = Pt(0)
                q.paragraph_format.left_indent = Cm(0.5)
        elif kind == "br":
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sp":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(blk[1])
        elif kind == "colstart":
            pass
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.author = meta.get("docx_author", "Information Management")
    cp.last_modified_by = meta.get("docx_author", "Information Management")
    cp.title = meta.get("docx_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _write_zip_fixed(buf.getvalue(), path)


def _write_zip_fixed(data, path):
    """Re-zip with fixed timestamps so the DOCX bytes do not change between runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------------- reportlab

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.pdfgen import canvas as rl_canvas

RL_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def _numbered_canvas_factory(draw_decor):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k.setdefault("invariant", 1)
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw_decor(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _x(text):
    """Escape text for a reportlab Paragraph (keeps our own <b>/<i> out)."""
    return escape(text).replace("\n", "<br/>")


def write_pdf_rl(doc_spec, path):
    meta = doc_spec["meta"]
    rl = meta["rl"]
    layout = rl.get("layout", "boxed")  # boxed | twocol | plain
    base_font = rl.get("font", "Helvetica")
    bold_font = rl.get("bold_font", "Helvetica-Bold")
    ital_font = rl.get("italic_font", "Helvetica-Oblique")
    fs = rl.get("size", 9.5)
    accent = colors.HexColor(rl.get("accent", "#1F3864"))
    pale = colors.HexColor(rl.get("pale", "#DCE6F2"))
    marking = meta["marking"]

    body = ParagraphStyle("body", fontName=base_font, fontSize=fs, leading=fs * 1.32,
                          spaceAfter=fs * 0.6, alignment=RL_ALIGN[rl.get("align", "left")])
    num = ParagraphStyle("num", parent=body, leftIndent=1.1 * cm, firstLineIndent=-1.1 * cm)
    bullet = ParagraphStyle("bul", parent=body, leftIndent=0.6 * cm, bulletIndent=0.15 * cm,
                            spaceAfter=fs * 0.25)
    cellst = ParagraphStyle("cell", fontName=base_font, fontSize=fs - 1, leading=(fs - 1) * 1.25)
    cellb = ParagraphStyle("cellb", parent=cellst, fontName=bold_font)
    h1 = ParagraphStyle("h1", fontName=bold_font, fontSize=fs + 2.5, leading=(fs + 2.5) * 1.3,
                        spaceBefore=fs * 0.9, spaceAfter=fs * 0.5,
                        textColor=colors.white if layout == "boxed" else accent)
    h2 = ParagraphStyle("h2", fontName=bold_font, fontSize=fs + 0.5, leading=(fs + 0.5) * 1.3,
                        spaceBefore=fs * 0.5, spaceAfter=fs * 0.3, textColor=accent)

    W, H = A4
    lm = rm = rl.get("margin", 2.0) * cm
    tm, bm = 2.6 * cm, 2.3 * cm

    def decor(c, page, total):
        c.saveState()
        c.setFont(bold_font, 10)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, H - 1.15 * cm, marking)
        c.drawCentredString(W / 2, 0.9 * cm, marking)
        c.setFont(base_font, 7.5)
        rh_left = rl.get("running_left", "")
        rh_right = rl.get("running_right", "")
        if page > 1 or rl.get("header_on_first", True):
            c.drawString(lm, H - 1.75 * cm, rh_left)
            c.drawRightString(W - rm, H - 1.75 * cm, rh_right)
            c.setStrokeColor(accent)
            c.setLineWidth(0.8)
            c.line(lm, H - 1.9 * cm, W - rm, H - 1.9 * cm)
        c.line(lm, 1.75 * cm, W - rm, 1.75 * cm)
        c.drawString(lm, 1.35 * cm, rl.get("footer_left", ""))
        c.drawRightString(W - rm, 1.35 * cm, f"Page {page} of {total}")
        if layout == "boxed":
            c.setFillColor(accent)
            c.rect(0, H - 0.45 * cm, W, 0.45 * cm, stroke=0, fill=1)
        c.restoreState()

    fw = W - lm - rm
    fh = H - tm - bm
    if layout == "twocol":
        gap = 0.7 * cm
        colw = (fw - gap) / 2
        first_top_h = rl.get("first_top_h", 9.5) * cm
        frames_first = [
            Frame(lm, bm + fh - first_top_h, fw, first_top_h, id="top", showBoundary=0),
            Frame(lm, bm, colw, fh - first_top_h, id="c1"),
            Frame(lm + colw + gap, bm, colw, fh - first_top_h, id="c2"),
        ]
        frames_later = [Frame(lm, bm, colw, fh, id="l1"), Frame(lm + colw + gap, bm, colw, fh, id="l2")]
        templates = [PageTemplate("first", frames_first), PageTemplate("later", frames_later)]
        avail_w = colw
    else:
        templates = [PageTemplate("single", [Frame(lm, bm, fw, fh, id="f")])]
        avail_w = fw

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, pageTemplates=templates, invariant=1,
                          title=meta.get("docx_title", ""), author=meta.get("docx_author", ""),
                          creator=rl.get("creator", "Microsoft Word"), subject="")

    story = []
    in_top = layout == "twocol"
    if layout == "twocol":
        story.append(NextPageTemplate("later"))

    def table_flow(rows, opts, width):
        ncols = max(len(r) for r in rows)
        data = []
        for ri, row in enumerate(rows):
            line = []
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                head = (opts.get("header", True) and ri == 0) or (opts.get("shade_first_col") and ci == 0)
                line.append(Paragraph(_x(val), cellb if head else cellst))
            data.append(line)
        if opts.get("widths"):
            tot = sum(opts["widths"])
            colws = [width * w / tot for w in opts["widths"]]
        else:
            colws = [width / ncols] * ncols
        t = Table(data, colWidths=colws, repeatRows=1 if opts.get("header", True) else 0)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if layout == "plain":
            style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                      ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                      ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        else:
            style += [("BOX", (0, 0), (-1, -1), 0.9, accent),
                      ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F8FA9"))]
        if opts.get("header", True):
            style.append(("BACKGROUND", (0, 0), (-1, 0), pale))
        if opts.get("shade_first_col"):
            style.append(("BACKGROUND", (0, 0), (0, -1), pale))
        t.setStyle(TableStyle(style))
        return t

    for blk in doc_spec["blocks"]:
        kind = blk[0]
        width = fw if in_top else avail_w
        if kind == "h":
            text, level = blk[1], blk[2]
            if level == 1 and layout == "boxed":
                t = Table([[Paragraph(_x(text), h1)]], colWidths=[width])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), accent),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                story.append(CondPageBreak(3 * cm))
                story.append(Spacer(1, 6))
                story.append(t)
                story.append(Spacer(1, 5))
            else:
                story.append(CondPageBreak(2.2 * cm))
                story.append(Paragraph(_x(text), h1 if level == 1 else h2))
        elif kind == "p":
            text, opts = blk[1], (blk[2] if len(blk) > 2 else {})
            st = ParagraphStyle("tmp", parent=body, alignment=RL_ALIGN[opts.get("align", rl.get("align", "left"))])
            if opts.get("size"):
                st.fontSize = opts["size"]
                st.leading = opts["size"] * 1.25
            if opts.get("bold"):
                st.fontName = bold_font
            if opts.get("italic"):
                st.fontName = ital_font
            if opts.get("color"):
                st.textColor = colors.HexColor("#" + opts["color"])
            story.append(Paragraph(_x(text), st))
        elif kind == "n":
            story.append(Paragraph(f"{_x(blk[1])}&nbsp;&nbsp;&nbsp;{_x(blk[2])}", num))
        elif kind == "ul":
            for item in blk[1]:
                story.append(Paragraph(_x(item), bullet, bulletText="\u2022"))
        elif kind == "table":
            story.append(table_flow(blk[1], blk[2] if len(blk) > 2 else {}, width))
            story.append(Spacer(1, 8))
        elif kind == "textbox":
            paras = []
            for text, size, bold in blk[1]:
                st = ParagraphStyle("tb", parent=body, alignment=TA_CENTER, fontSize=size,
                                    leading=size * 1.25, fontName=bold_font if bold else base_font)
                paras.append(Paragraph(_x(text), st))
            t = Table([[paras]], colWidths=[width * 0.9])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, accent),
                                   ("TOPPADDING", (0, 0), (-1, -1), 10),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
            story.append(t)
            story.append(Spacer(1, 10))
        elif kind == "toc":
            story.append(Paragraph(_x(meta.get("toc_title", "CONTENTS")), h2))
            for e in blk[1]:
                story.append(Paragraph(_x(e), ParagraphStyle("toc", parent=body, spaceAfter=1, leftIndent=0.4 * cm)))
        elif kind == "br":
            if in_top:
                story.append(FrameBreak())
            else:
                story.append(PageBreak())
        elif kind == "colstart":
            # twocol: leave the full-width top frame and start the columns
            story.append(FrameBreak())
            in_top = False
        elif kind == "sp":
            story.append(Spacer(1, blk[1]))
        else:
            raise ValueError(kind)

    doc.build(story, canvasmaker=_numbered_canvas_factory(decor))
