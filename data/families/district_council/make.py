#!/usr/bin/env python3
"""Blind test family `district_council`: deterministic generator.

Run from the repository root:

    .venv/bin/python data/families/district_council/make.py

Writes ``files/`` and ``truth.json`` beside this script.  The agreements
themselves (text, layout choices and the truth for each) live in
``agreements.py``; this file renders them to DOCX (python-docx), to PDF and
DOC (LibreOffice, own profile), to PDF directly (reportlab), makes one
image-only "scanned" PDF (pdftoppm + Pillow), writes the truth records and
then checks every file it made.
"""
from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import agreements  # noqa: E402  (content lives beside this script)

from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402,F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

FILES = HERE / "files"
TRUTH = HERE / "truth.json"
LO_PROFILE = "file:///tmp/lo_district_council"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)

SECTION_KEYS = [
    "purpose", "information_shared", "legal_basis", "individual_rights",
    "security", "format_frequency", "retention", "accuracy", "complaints",
    "breach", "agreement",
]


# --------------------------------------------------------------------------
# small text helpers
# --------------------------------------------------------------------------

def split_bold(text):
    """'a **b** c' -> [('a ', False), ('b', True), (' c', False)]"""
    parts = text.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def keys_of(k):
    if k is None:
        return []
    if isinstance(k, str):
        return [k]
    return list(k)


def sections_of(spec):
    found = set()
    for b in spec["blocks"]:
        if b[0] in ("h", "clause"):
            found.update(keys_of(b[-1]))
    bad = found - set(SECTION_KEYS)
    assert not bad, (spec["id"], bad)
    return [k for k in SECTION_KEYS if k in found]


# --------------------------------------------------------------------------
# DOCX rendering
# --------------------------------------------------------------------------

def _set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _set_table_borders(table, size=4, color="000000"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def _no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _fix_table_width(table, widths_mm):
    """Fixed layout, explicit grid and total width (LibreOffice honours these)."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))


def _add_runs(par, text, bold=False, size=None, italic=False, color=None):
    for chunk, b in split_bold(text):
        lines = chunk.split("\n")
        for i, line in enumerate(lines):
            r = par.add_run(line)
            r.bold = bold or b
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    return par


def _add_field(par, instr, size=None):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    if size:
        rPr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rPr.append(sz)
        r.append(rPr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _fill_hf_paragraph(par, text, size=8, align="left"):
    """Header/footer text; '{PAGE}' and '{NUMPAGES}' become fields; '\t' tabs."""
    par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT,
                     "center": WD_ALIGN_PARAGRAPH.CENTER,
                     "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if piece == "{PAGE}":
            _add_field(par, "PAGE", size)
        elif piece == "{NUMPAGES}":
            _add_field(par, "NUMPAGES", size)
        elif piece:
            _add_runs(par, piece, size=size)


TEXTBOX_XML = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="CoverTitleBox" o:spid="_x0000_s1026" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:6pt;width:{w}pt;height:{h}pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text"
 fillcolor="#F2F2F2" strokecolor="#1F3864" strokeweight="2.25pt">
<v:textbox inset="12pt,12pt,12pt,12pt"><w:txbxContent>{paras}</w:txbxContent></v:textbox>
<w10:wrap type="topAndBottom"/>
</v:shape></w:pict></w:r>"""


def _textbox_paras(lines):
    out = []
    for text, size, bold in lines:
        esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        b = "<w:b/>" if bold else ""
        out.append(
            '<w:p><w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>{b}<w:sz w:val="{int(size*2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')
    return "".join(out)


class DocxWriter:
    def __init__(self, spec):
        self.spec = spec
        self.style = spec.get("docx_style", {})
        self.doc = Document()
        d = self.doc
        font = self.style.get("font", "Arial")
        normal = d.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(self.style.get("size", 11))
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(att), font)
        normal.paragraph_format.space_after = Pt(6)
        for hname, hsize in (("Heading 1", 13), ("Heading 2", 11.5)):
            h = d.styles[hname]
            h.font.name = font
            h.font.size = Pt(hsize)
            h.font.bold = True
            h.font.color.rgb = RGBColor(0, 0, 0)
            hr = h.element.get_or_add_rPr()
            hf = hr.find(qn("w:rFonts"))
            if hf is None:
                hf = OxmlElement("w:rFonts")
                hr.append(hf)
            for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                hf.set(qn(att), font)
            for att in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                if hf.get(qn(att)) is not None:
                    del hf.attrib[qn(att)]
            h.paragraph_format.space_before = Pt(12)
            h.paragraph_format.space_after = Pt(6)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        m = self.style.get("margin_mm", 25)
        sec.left_margin = sec.right_margin = Mm(m)
        sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
        sec.header_distance = sec.footer_distance = Mm(10)
        cp = d.core_properties
        core = spec.get("core", {})
        cp.author = core.get("author", "Legal Services")
        cp.last_modified_by = core.get("last_modified_by", cp.author)
        cp.title = core.get("title", "")
        cp.subject = core.get("subject", "")
        cp.keywords = core.get("keywords", "")
        cp.comments = ""
        cp.category = ""
        import datetime as _dt
        created = core.get("created", "2023-01-01T09:00:00")
        cp.created = _dt.datetime.fromisoformat(created)
        cp.modified = _dt.datetime.fromisoformat(core.get("modified", created))
        cp.revision = core.get("revision", 3)

    @property
    def text_width_mm(self):
        return 210 - 2 * self.style.get("margin_mm", 25)

    # -- primitives ---------------------------------------------------------
    def par(self, text="", bold=False, size=None, align=None, italic=False,
            space_after=None, space_before=None, indent_mm=None, keep_next=False,
            style=None, color=None):
        p = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        if text:
            _add_runs(p, text, bold=bold, size=size, italic=italic, color=color)
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER,
                           "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
                           "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        pf = p.paragraph_format
        if space_after is not None:
            pf.space_after = Pt(space_after)
        if space_before is not None:
            pf.space_before = Pt(space_before)
        if indent_mm:
            pf.left_indent = Mm(indent_mm)
        if keep_next:
            pf.keep_with_next = True
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, widths=None, header=True, shade_first_col=False,
              size=None, border=4, bold_first_col=False, align_center=False,
              keep=False):
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        if border != 4:
            _set_table_borders(t, size=border)
        if align_center:
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
        total = self.text_width_mm
        if widths is None:
            widths = [1.0 / ncols] * ncols
        _fix_table_width(t, [total * w for w in widths])
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                cell = cells[ci]
                cell.width = Mm(total * widths[ci])
                cell.paragraphs[0].text = ""
                lines = val.split("\n\n") if val else [""]
                for li, line in enumerate(lines):
                    p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    p.paragraph_format.space_after = Pt(2)
                    is_bold = (header and ri == 0) or (bold_first_col and ci == 0)
                    _add_runs(p, line, bold=is_bold, size=size)
                if keep and ri < len(rows) - 1:
                    for p in cell.paragraphs:
                        p.paragraph_format.keep_with_next = True
                if header and ri == 0:
                    _set_cell_shading(cell, "D9D9D9")
                elif shade_first_col and ci == 0:
                    _set_cell_shading(cell, "EDEDED")
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def box_title(self, lines, border=18):
        """Title in a bordered one-cell table."""
        t = self.doc.add_table(rows=1, cols=1)
        t.style = self.doc.styles["Table Grid"]
        _set_table_borders(t, size=border, color="1F3864")
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        _fix_table_width(t, [self.text_width_mm])
        cell = t.rows[0].cells[0]
        cell.width = Mm(self.text_width_mm)
        first = True
        for text, size, bold in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.space_after = Pt(8)
            _add_runs(p, text, bold=bold, size=size)
        self.doc.add_paragraph()

    def textbox(self, lines, width_pt=420, height_pt=120):
        p = self.doc.add_paragraph()
        xml = TEXTBOX_XML.replace("{w}", str(width_pt)).replace("{h}", str(height_pt))
        xml = xml.replace("{paras}", _textbox_paras(lines))
        p._p.append(parse_xml(xml))
        # reserve vertical space beneath the floating box
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def bullets(self, items, indent_mm=None):
        for it in items:
            p = self.doc.add_paragraph(style="List Bullet")
            _add_runs(p, it)
            p.paragraph_format.space_after = Pt(3)
            if indent_mm:
                p.paragraph_format.left_indent = Mm(indent_mm)

    # -- blocks -------------------------------------------------------------
    def render_block(self, b):
        kind = b[0]
        st = self.style
        if kind == "big":
            _, text, size = b[:3]
            self.par(text, bold=True, size=size, align=b[3] if len(b) > 3 else "center",
                     space_after=10, color=st.get("cover_color"))
        elif kind == "center":
            _, text, size, bold = b
            self.par(text, bold=bold, size=size, align="center", space_after=8)
        elif kind == "left":
            _, text, size, bold = b
            self.par(text, bold=bold, size=size, align="left", space_after=8)
        elif kind == "spacer":
            for _ in range(b[1]):
                self.par("", space_after=0)
        elif kind == "boxtitle":
            self.box_title(b[1])
        elif kind == "textbox":
            self.textbox(b[1], *b[2:])
        elif kind == "pb":
            self.page_break()
        elif kind == "h":
            _, text, _keys = b
            if st.get("headings") == "style":
                self.doc.add_heading(text, level=1)
            else:
                self.par(text, bold=True, size=st.get("heading_size", 11.5),
                         space_before=12, space_after=6, keep_next=True)
        elif kind == "h2":
            if st.get("headings") == "style":
                self.doc.add_heading(b[1], level=2)
            else:
                self.par(b[1], bold=True, size=st.get("size", 11), space_before=6,
                         space_after=4, keep_next=True, italic=st.get("h2_italic", False))
        elif kind == "clause":
            _, letter, text, _keys = b
            p = self.par("", space_before=12, space_after=6, keep_next=True)
            _add_runs(p, f"{letter}.\t{text}", bold=True, size=st.get("heading_size", 11.5))
            p.paragraph_format.left_indent = Mm(10)
            p.paragraph_format.first_line_indent = Mm(-10)
        elif kind == "p":
            self.par(b[1], indent_mm=st.get("body_indent_mm"),
                     align=st.get("body_align"))
        elif kind == "pi":
            self.par(b[1], indent_mm=(st.get("body_indent_mm") or 0) + 8,
                     align=st.get("body_align"))
        elif kind == "bul":
            self.bullets(b[1], indent_mm=(st.get("body_indent_mm") or 0) + 6
                         if st.get("body_indent_mm") else None)
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            self.table(b[1], **opts)
        elif kind == "kv":
            opts = dict(header=False, shade_first_col=True, bold_first_col=True,
                        widths=[0.36, 0.64])
            if len(b) > 2:
                opts.update(b[2])
            self.table(b[1], **opts)
        elif kind == "sig":
            _, intro, rows = b
            self.par(intro, keep_next=True, space_before=6)
            self.table(rows, header=False, shade_first_col=True, bold_first_col=True,
                       widths=[0.36, 0.64], keep=True)
        elif kind == "toc":
            self.par(b[1], bold=True, size=st.get("heading_size", 11.5), space_after=8)
            for line in b[2]:
                p = self.par(line, space_after=2)
                p.paragraph_format.left_indent = Mm(4)
        elif kind == "small":
            self.par(b[1], size=9, italic=True)
        elif kind == "template":
            pass  # reportlab only
        else:
            raise ValueError(kind)

    def headers_footers(self):
        spec = self.spec
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = spec.get("first_page_different", True)
        hdr = spec.get("header")
        if hdr:
            text, align = hdr if isinstance(hdr, tuple) else (hdr, "right")
            _fill_hf_paragraph(sec.header.paragraphs[0], text, size=8.5, align=align)
        ftr = spec.get("footer")
        if ftr:
            text, align = ftr if isinstance(ftr, tuple) else (ftr, "center")
            _fill_hf_paragraph(sec.footer.paragraphs[0], text, size=8, align=align)
        if spec.get("first_footer"):
            text, align = spec["first_footer"]
            _fill_hf_paragraph(sec.first_page_footer.paragraphs[0], text, size=8, align=align)

    def build(self, path):
        for b in self.spec["cover"]:
            self.render_block(b)
        for b in self.spec["blocks"]:
            self.render_block(b)
        self.headers_footers()
        buf = io.BytesIO()
        self.doc.save(buf)
        write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data, path):
    """Re-zip with fixed timestamps so the DOCX is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    Path(path).write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# reportlab rendering
# --------------------------------------------------------------------------

def render_reportlab(spec, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    lay = spec["rl_layout"]
    base_font = lay.get("font", "Helvetica")
    bold_font = lay.get("bold_font", "Helvetica-Bold")
    size = lay.get("size", 10)
    W, H = A4
    margin = lay.get("margin_mm", 20) * mm
    gutter = 8 * mm

    body = ParagraphStyle("body", fontName=base_font, fontSize=size, leading=size * 1.3,
                          spaceAfter=size * 0.6,
                          alignment=TA_JUSTIFY if lay.get("justify") else TA_LEFT)
    ind = ParagraphStyle("ind", parent=body, leftIndent=8 * mm)
    bul = ParagraphStyle("bul", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm,
                         spaceAfter=size * 0.35)
    head = ParagraphStyle("head", fontName=bold_font, fontSize=size + 2,
                          leading=(size + 2) * 1.3, spaceBefore=size * 0.9,
                          spaceAfter=size * 0.5,
                          textColor=colors.HexColor(lay.get("head_color", "#000000")))
    head2 = ParagraphStyle("head2", parent=head, fontSize=size + 0.5,
                           leading=(size + 0.5) * 1.3, spaceBefore=size * 0.5)
    cell = ParagraphStyle("cell", fontName=base_font, fontSize=size - 1,
                          leading=(size - 1) * 1.25)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold_font)
    small = ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3,
                           fontName=lay.get("italic_font", "Helvetica-Oblique"))

    def esc(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out = []
        for chunk, b in split_bold(t):
            chunk = chunk.replace("\n", "<br/>")
            out.append(f"<b>{chunk}</b>" if b else chunk)
        return "".join(out)

    frames_w = {}

    def table_flow(rows, widths=None, header=True, shade_first_col=False,
                   bold_first_col=False, col_width=None, border=0.6, **_):
        ncols = max(len(r) for r in rows)
        avail = col_width
        if widths is None:
            widths = [1.0 / ncols] * ncols
        data = []
        for ri, row in enumerate(rows):
            line = []
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                st = cellb if ((header and ri == 0) or (bold_first_col and ci == 0)) else cell
                line.append(Paragraph(esc(val).replace("<br/><br/>", "<br/>"), st))
            data.append(line)
        t = Table(data, colWidths=[avail * w for w in widths], repeatRows=1 if header else 0)
        ts = [("GRID", (0, 0), (-1, -1), border, colors.black),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")))
        if shade_first_col:
            ts.append(("BACKGROUND", (0, 1 if header else 0), (0, -1), colors.HexColor("#EDEDED")))
        t.setStyle(TableStyle(ts))
        return t

    def current_width(tmpl):
        return frames_w[tmpl]

    story = []
    tmpl = "cover"

    def flows_for(b, tmpl):
        kind = b[0]
        cw = current_width(tmpl)
        if kind == "big":
            _, text, sz = b[:3]
            al = {"center": TA_CENTER, "left": TA_LEFT}[b[3] if len(b) > 3 else "center"]
            st = ParagraphStyle("big", fontName=bold_font, fontSize=sz, leading=sz * 1.2,
                                alignment=al, spaceAfter=sz * 0.5,
                                textColor=colors.HexColor(lay.get("cover_color", "#000000")))
            return [Paragraph(esc(text), st)]
        if kind in ("center", "left"):
            _, text, sz, bold = b
            st = ParagraphStyle("c", fontName=bold_font if bold else base_font, fontSize=sz,
                                leading=sz * 1.3, spaceAfter=sz * 0.6,
                                alignment=TA_CENTER if kind == "center" else TA_LEFT)
            return [Paragraph(esc(text), st)]
        if kind == "spacer":
            return [Spacer(1, b[1] * 14)]
        if kind == "boxtitle":
            paras = []
            for text, sz, bold in b[1]:
                st = ParagraphStyle("bt", fontName=bold_font if bold else base_font,
                                    fontSize=sz, leading=sz * 1.25, alignment=TA_CENTER,
                                    spaceBefore=4, spaceAfter=4)
                paras.append(Paragraph(esc(text), st))
            t = Table([[paras]], colWidths=[cw * 0.92])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, colors.HexColor("#1F3864")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 14),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
            return [t, Spacer(1, 10)]
        if kind == "pb":
            return [PageBreak()]
        if kind == "template":
            return [NextPageTemplate(b[1])]
        if kind == "h":
            return [Paragraph(esc(b[1]), head)]
        if kind == "h2":
            return [Paragraph(esc(b[1]), head2)]
        if kind == "clause":
            return [Paragraph(esc(f"{b[1]}.  {b[2]}"), head)]
        if kind == "p":
            return [Paragraph(esc(b[1]), body)]
        if kind == "pi":
            return [Paragraph(esc(b[1]), ind)]
        if kind == "small":
            return [Paragraph(esc(b[1]), small)]
        if kind == "bul":
            return [Paragraph(esc(it), bul, bulletText="\u2022") for it in b[1]]
        if kind == "table":
            opts = dict(b[2]) if len(b) > 2 else {}
            return [table_flow(b[1], col_width=cw, **opts), Spacer(1, 6)]
        if kind == "kv":
            opts = dict(header=False, shade_first_col=True, bold_first_col=True,
                        widths=[0.36, 0.64])
            if len(b) > 2:
                opts.update(b[2])
            return [table_flow(b[1], col_width=cw, **opts), Spacer(1, 6)]
        if kind == "sig":
            _, intro, rows = b
            return [KeepTogether([Paragraph(esc(intro), body),
                                  table_flow(rows, col_width=cw, header=False,
                                             shade_first_col=True, bold_first_col=True,
                                             widths=[0.36, 0.64]),
                                  Spacer(1, 8)])]
        if kind == "toc":
            out = [Paragraph(esc(b[1]), head)]
            out += [Paragraph(esc(x), ParagraphStyle("toc", parent=body, leftIndent=4 * mm,
                                                     spaceAfter=1)) for x in b[2]]
            return out
        raise ValueError(kind)

    header_left, header_right = lay.get("header", ("", ""))
    footer_text = lay.get("footer", "Page {PAGE}")

    def on_page(canv, doc):
        canv.saveState()
        pn = canv.getPageNumber()
        if pn > 1 or lay.get("header_on_cover"):
            canv.setFont(base_font, 8)
            canv.drawString(margin, H - 12 * mm, header_left)
            canv.drawRightString(W - margin, H - 12 * mm, header_right)
            canv.setLineWidth(0.5)
            canv.line(margin, H - 13.5 * mm, W - margin, H - 13.5 * mm)
        canv.setFont(base_font, 8)
        ft = footer_text.replace("{PAGE}", str(pn))
        if pn > 1 or lay.get("footer_on_cover", True):
            canv.line(margin, 13.5 * mm, W - margin, 13.5 * mm)
            canv.drawCentredString(W / 2, 9 * mm, ft)
        canv.restoreState()

    top = H - margin - 4 * mm
    fh = top - margin
    full = Frame(margin, margin, W - 2 * margin, fh, id="full")
    colw = (W - 2 * margin - gutter) / 2
    left = Frame(margin, margin, colw, fh, id="left")
    right = Frame(margin + colw + gutter, margin, colw, fh, id="right")
    frames_w.update(cover=W - 2 * margin - 12, single=W - 2 * margin - 12, two=colw - 12)

    doc = BaseDocTemplate(str(path), pagesize=A4, title=spec.get("core", {}).get("title", ""),
                          author=spec.get("core", {}).get("author", ""),
                          subject="", creator="", invariant=1,
                          leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin)
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[Frame(margin, margin, W - 2 * margin, fh, id="c")],
                     onPage=on_page),
        PageTemplate(id="single", frames=[full], onPage=on_page),
        PageTemplate(id="two", frames=[left, right], onPage=on_page),
    ])
    for b in spec["cover"]:
        story.extend(flows_for(b, "cover"))
    tmpl = lay.get("body_template", "single")
    story.append(NextPageTemplate(tmpl))
    story.append(PageBreak())
    pending_head = None
    for b in spec["blocks"]:
        if b[0] == "template":
            tmpl = b[1]
        fl = flows_for(b, tmpl)
        if b[0] in ("h", "clause", "h2"):
            pending_head = fl
            continue
        if pending_head:
            story.append(KeepTogether(pending_head + fl[:1]))
            story.extend(fl[1:])
            pending_head = None
        else:
            story.extend(fl)
    if pending_head:
        story.extend(pending_head)
    doc.build(story)


# --------------------------------------------------------------------------
# LibreOffice, PDF normalisation, scan
# --------------------------------------------------------------------------

def soffice_convert(paths, fmt, outdir):
    if not paths:
        return
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", fmt, "--outdir", str(outdir)] + [str(p) for p in paths]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(f"soffice failed: {r.stdout}\n{r.stderr}")


def normalise_pdf(path):
    """Same-length rewrite of dates and IDs so LibreOffice PDFs are repeatable."""
    data = Path(path).read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}",
                  b"2024-01-01T00:00:00", data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}",
                  b"uuid:00000000-0000-4000-8000-000000000000", data)

    def fix_id(m):
        return b"<" + b"0" * (len(m.group(1))) + b">"
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    Path(path).write_bytes(data)


def make_scan(src_pdf, out_pdf, seed=7):
    """Render pages at 200 dpi, degrade slightly, re-assemble as image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(src_pdf), f"{td}/pg"],
                       check=True)
        pages = sorted(Path(td).glob("pg*.png"))
        rng = np.random.RandomState(seed)
        imgs = []
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            angle = [0.35, -0.25, 0.5, -0.4, 0.15, -0.3, 0.45, -0.2][i % 8]
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            a = np.asarray(im).astype(np.int16)
            a = a + rng.normal(0, 9, a.shape).astype(np.int16)
            # a faint grey band down the left edge, as from a flatbed lid
            a[:, :18] = np.minimum(a[:, :18], 200)
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a, mode="L")
            im.load()
            imgs.append(im)
        fixed = time.struct_time((2016, 3, 4, 10, 12, 0, 4, 64, 0))
        imgs[0].save(out_pdf, "PDF", resolution=200.0, save_all=True,
                     append_images=imgs[1:], title="SCAN0042", author="MFD-2F-East",
                     creationDate=fixed, modDate=fixed, quality=70)


# --------------------------------------------------------------------------
# text extraction for the checks
# --------------------------------------------------------------------------

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_all_text(path):
    from lxml import etree
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
            root = etree.fromstring(z.read(name))
            for p in root.iter(W_NS + "p"):
                # skip paragraphs that only contain a nested text box paragraph list
                bits = []
                for t in p.iter(W_NS + "t", W_NS + "br", W_NS + "tab"):
                    if _nearest_p(t) is not p:
                        continue
                    bits.append(t.text or "" if t.tag == W_NS + "t" else " ")
                txt = "".join(bits)
                out.append(txt)
    return "\n".join(out)


def _nearest_p(el):
    e = el.getparent()
    while e is not None and e.tag != W_NS + "p":
        e = e.getparent()
    return e


def pdf_text(path):
    r = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return r.stdout


def pdf_pages(path):
    r = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    m = re.search(r"Pages:\s+(\d+)", r.stdout)
    return int(m.group(1)) if m else 0


def doc_text(path):
    """Text of a .doc as laid out (LibreOffice -> PDF -> pdftotext), so that
    text boxes count; LibreOffice's plain-text export drops them."""
    with tempfile.TemporaryDirectory() as td:
        soffice_convert([path], "pdf", td)
        return pdf_text(Path(td) / (Path(path).stem + ".pdf"))


def strip_running_lines(text, spec):
    """Drop running header/footer lines and page breaks (for citations that
    run across a page boundary)."""
    pats = []
    for key in ("header", "footer", "first_footer"):
        v = spec.get(key)
        if v:
            pats.append(v[0] if isinstance(v, tuple) else v)
    lay = spec.get("rl_layout", {})
    if lay:
        pats.extend(lay.get("header", ()))
        pats.append(lay.get("footer", ""))
    regs = []
    for p in pats:
        if not p:
            continue
        for piece in re.split(r"\t+", p):
            piece = piece.strip()
            if not piece:
                continue
            rx = re.escape(piece).replace(r"\{PAGE\}", r"\d+").replace(r"\{NUMPAGES\}", r"\d+")
            regs.append(re.compile(r"^\s*" + rx + r"\s*$"))
    regs.append(re.compile(r"^\s*(Page\s+)?\d+\s*$"))
    lines = [ln for ln in text.replace("\f", "\n").splitlines()
             if not any(r.match(ln) for r in regs)]
    return "\n".join(lines)


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def truth_record(spec, fname, fmt):
    t = copy.deepcopy(spec["truth"])
    present = sections_of(spec)
    rec = {
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
        "sections_present": present,
        "missing_sections": [k for k in SECTION_KEYS if k not in present],
    }
    return rec


def build():
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    records = []
    work = Path(tempfile.mkdtemp(prefix="dc_build_"))
    to_pdf, to_doc = [], []
    plan = []  # (spec, fname, fmt)
    for spec in agreements.AGREEMENTS:
        base = spec["base"]
        outs = spec["outputs"]
        if spec["renderer"] == "docx":
            docx_path = work / f"{base}.docx"
            DocxWriter(spec).build(docx_path)
            if "docx" in outs:
                shutil.copy(docx_path, FILES / f"{base}.docx")
                plan.append((spec, f"{base}.docx", "docx"))
            if "pdf" in outs:
                to_pdf.append(docx_path)
                plan.append((spec, f"{base}.pdf", "pdf"))
            if "doc" in outs:
                to_doc.append(docx_path)
                plan.append((spec, f"{base}.doc", "doc"))
        else:
            pdf_path = FILES / f"{base}.pdf"
            render_reportlab(spec, pdf_path)
            plan.append((spec, f"{base}.pdf", "pdf"))
        if spec.get("scan"):
            plan.append((spec, f"{spec['scan']}.pdf", "pdf"))
    soffice_convert(to_pdf, "pdf", work)
    soffice_convert(to_doc, "doc", work)
    for p in to_pdf:
        out = work / (p.stem + ".pdf")
        normalise_pdf(out)
        shutil.copy(out, FILES / out.name)
    for p in to_doc:
        out = work / (p.stem + ".doc")
        shutil.copy(out, FILES / out.name)
    for spec in agreements.AGREEMENTS:
        if spec.get("scan"):
            make_scan(FILES / f"{spec['base']}.pdf", FILES / f"{spec['scan']}.pdf")
    for spec, fname, fmt in plan:
        records.append(truth_record(spec, fname, fmt))
    TRUTH.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return records


def check(records):
    """Every file opens; every truth value the document is said to contain is there."""
    problems = []
    names = sorted(p.name for p in FILES.iterdir())
    assert sorted(r["file"] for r in records) == names, "truth/files mismatch"
    assert len({r["file"] for r in records}) == len(records)
    reg = {}
    import csv
    with open(HERE.parent.parent.parent / "pipeline/resources/registry.csv") as fh:
        for row in csv.DictReader(fh):
            reg[row["name"]] = row
    titles = {}
    for line in (Path("/work/shared/data/legislation/ukpga_titles.lst")
                 .read_text(encoding="utf-8").splitlines()):
        m = re.match(r"(.*?);year=(\d{4});", line)
        if m:
            titles.setdefault(m.group(1), set()).add(int(m.group(2)))
    by_id = {s["base"]: s for s in agreements.AGREEMENTS}
    for r in records:
        f = FILES / r["file"]
        fmt = r["format"]
        spec = next(s for s in agreements.AGREEMENTS
                    if r["file"].startswith(s["base"] + ".")
                    or (s.get("scan") and r["file"] == s["scan"] + ".pdf"))
        scanned = bool(spec.get("scan")) and r["file"] == spec["scan"] + ".pdf"
        if fmt == "docx":
            Document(str(f))  # opens
            text = docx_all_text(f)
        elif fmt == "doc":
            text = doc_text(f)
        else:
            text = pdf_text(f)
            pages = pdf_pages(f)
            if not (3 <= pages <= 12):
                problems.append(f"{r['file']}: {pages} pages")
        t = norm(text)
        if scanned:
            if t:
                problems.append(f"{r['file']}: scan has a text layer")
            continue
        low = t.lower() + " || " + norm(strip_running_lines(text, spec)).lower()
        for label, val in [("title", r["title"]), ("purpose", r["purpose"])]:
            if norm(val).lower() not in low:
                problems.append(f"{r['file']}: {label} not found: {val[:60]}")
        names_to_find = [p["name"] for p in r["partners"]]
        if r["lead"]:
            names_to_find.append(r["lead"]["name"])
        for n in names_to_find:
            if norm(n).lower() not in low:
                problems.append(f"{r['file']}: party not found: {n}")
        for p in r["partners"] + ([r["lead"]] if r["lead"] else []):
            if p["org"] is not None and p["org"] not in reg:
                problems.append(f"{r['file']}: org not in registry: {p['org']}")
        seen = set()
        for s in r["statutes"]:
            if norm(s["citation"]).lower() not in low:
                problems.append(f"{r['file']}: citation not found: {s['citation']}")
            key = (s["title"], s["year"])
            if key in seen:
                problems.append(f"{r['file']}: duplicate statute {key}")
            seen.add(key)
            if s.get("kind", "act") == "act" and s.get("in_catalogue", True) and s["title"] in titles:
                if s["year"] not in titles[s["title"]]:
                    problems.append(f"{r['file']}: year mismatch {key}")
        for k in ("review_date", "commencement_date"):
            v = r[k]
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                problems.append(f"{r['file']}: bad {k} {v}")
        assert r["review_basis"] in ("explicit", "relative", "none")
        if r["review_basis"] == "none":
            assert r["review_date"] is None
    # acts said to be in the catalogue must be in it
    for spec in agreements.AGREEMENTS:
        for s in spec["truth"]["statutes"]:
            if s.get("kind", "act") == "act" and s.get("in_catalogue", True):
                if s["title"] not in titles or s["year"] not in titles[s["title"]]:
                    problems.append(f"{spec['base']}: not in catalogue {s['title']} {s['year']}")
    return problems


def strip_private(records):
    for r in records:
        for s in r["statutes"]:
            s.pop("kind", None)
            s.pop("in_catalogue", None)
    return records


if __name__ == "__main__":
    recs = build()
    probs = check(recs)
    recs = strip_private(recs)
    TRUTH.write_text(json.dumps(recs, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for r in recs:
        print(f"{r['file']:<70} {r['format']}")
    if probs:
        print("\nPROBLEMS:")
        for p in probs:
            print("  " + p)
        sys.exit(1)
    print(f"\n{len(recs)} files, all checks passed")
