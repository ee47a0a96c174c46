"""Shared helpers for the fire_housing family: python-docx and reportlab building blocks."""
from __future__ import annotations

import datetime as _dt
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = _dt.datetime(2024, 1, 1, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo_fire_housing"

# --------------------------------------------------------------------------- docx


def new_doc(font: str = "Arial", size: float = 10.5, author: str = "", meta_title: str = "",
            created: _dt.datetime = FIXED, margins_cm: float = 2.2) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = d.styles[name]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
        hr = hs.element.get_or_add_rPr()
        hf = hr.find(qn("w:rFonts"))
        if hf is None:
            hf = OxmlElement("w:rFonts")
            hr.append(hf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hf.set(qn(a), font)
        for th in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if hf.get(qn(th)) is not None:
                del hf.attrib[qn(th)]
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = Cm(2.4)
        s.bottom_margin = Cm(2.0)
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = meta_title
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.comments = ""
    return d


def para(d_or_cell, text: str = "", bold: bool = False, size: float | None = None,
         italic: bool = False, align: str | None = None, space_after: float | None = None,
         colour: tuple[int, int, int] | None = None, style: str | None = None, caps: bool = False):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, size=size, italic=italic, colour=colour, caps=caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text: str, bold: bool = False, size: float | None = None, italic: bool = False,
             colour=None, caps: bool = False):
    """Add text; '**x**' spans inside the text are bold."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor(*colour)
        if caps:
            r.font.all_caps = True
    return p


def bullets(d, items, style: str = "List Bullet"):
    for it in items:
        p = d.add_paragraph(style=style)
        add_runs(p, it)
        p.paragraph_format.space_after = Pt(2)


def dash_list(d, items, mark: str = "-"):
    """A list typed by hand, as many operational authors do."""
    for it in items:
        p = d.add_paragraph()
        add_runs(p, f"{mark}  {it}")
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(2)


def shade(cell, hex_fill: str):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def set_cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else text
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_runs(p, line, bold=bold, size=size, italic=italic)
        p.paragraph_format.space_after = Pt(2)


def table(d, rows, widths_cm=None, header: bool = True, head_fill: str = "D9D9D9",
          first_col_fill: str | None = None, size: float | None = None, style: str = "Table Grid",
          bold_first_col: bool = False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            is_head = header and i == 0
            set_cell_text(c, val, bold=is_head or (bold_first_col and j == 0), size=size)
            if is_head and head_fill:
                shade(c, head_fill)
            elif first_col_fill and j == 0:
                shade(c, first_col_fill)
    if widths_cm:
        set_widths(t, widths_cm)
    return t


def set_widths(t, widths_cm):
    """Fixed column widths that both Word and LibreOffice honour (tblGrid + tcW + fixed layout)."""
    t.autofit = False
    tbl = t._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for j, gc in enumerate(cols):
        if j < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[j] * 567)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths_cm):
                c.width = Cm(widths_cm[j])
    tblpr = tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        lay = OxmlElement("w:tblLayout")
        tblpr.append(lay)
    lay.set(qn("w:type"), "fixed")


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr: str, placeholder: str = "1", size: float | None = None):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    if size:
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_text(d, left: str, right: str = "", size: float = 8.5, bold_left: bool = True,
                rule: bool = True):
    sec = d.sections[0]
    h = sec.header
    p = h.paragraphs[0]
    p.text = ""
    r = p.add_run(left)
    r.bold = bold_left
    r.font.size = Pt(size)
    if right:
        p.add_run("\t\t")
        r2 = p.add_run(right)
        r2.font.size = Pt(size)
    if rule:
        _bottom_border(p)
    return h


def footer_text(d, text: str, page_numbers: bool = True, size: float = 8, of_total: bool = True):
    sec = d.sections[0]
    f = sec.footer
    p = f.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    if page_numbers:
        r2 = p.add_run("    Page ")
        r2.font.size = Pt(size)
        add_field(p, "PAGE", size=size)
        if of_total:
            r3 = p.add_run(" of ")
            r3.font.size = Pt(size)
            add_field(p, "NUMPAGES", size=size)
    return f


def _bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "808080")
    bdr.append(b)
    ppr.append(bdr)


def text_box(d, lines, width_pt: int = 430, height_pt: int = 110, size: float = 20,
             bold: bool = True):
    """An inline VML text box (Word 'Text Box'), holding the given lines."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    inner = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
        f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{esc(line)}</w:t></w:r></w:p>'
        for line in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#C00000" strokeweight="2pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(xml))
    return p


def save_docx(d, path: Path):
    d.save(str(path))
    normalise_zip(path)


def normalise_zip(path: Path):
    """Rewrite an OOXML package with fixed member timestamps, so reruns give the same bytes."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


# --------------------------------------------------------------------------- LibreOffice


def lo_convert(src: Path, fmt: str, outdir: Path):
    """fmt: 'pdf' or 'doc'."""
    target = {"pdf": "pdf:writer_pdf_Export", "doc": 'doc:MS Word 97'}[fmt]
    tmpdir = outdir / "_lo_tmp"
    tmpdir.mkdir(exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", str(tmpdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    out = tmpdir / (src.stem + "." + fmt)
    if not out.exists():
        raise RuntimeError(f"LibreOffice did not produce {out}")
    final = outdir / out.name
    shutil.move(str(out), str(final))
    shutil.rmtree(tmpdir, ignore_errors=True)
    return final
