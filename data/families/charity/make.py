"""Blind corpus family `charity`: information sharing agreements written by
voluntary-sector organisations.

Run from the repository root:

    .venv/bin/python data/families/charity/make.py

Writes files/ (PDF, DOCX, DOC) and truth.json beside this script.  The text of
every agreement and its truth record live in agreements.py; this file only
lays the text out, as Word documents (python-docx, then LibreOffice for PDF and
.doc) or as PDFs drawn directly with reportlab.
"""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the family folder free of __pycache__

from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402,F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # fixed document ID and dates: same bytes every run

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

import agreements  # noqa: E402

FIXED_ZIP_DATE = (2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------
# fonts for reportlab
# --------------------------------------------------------------------------
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
RL_FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
}
if (_DEJAVU / "DejaVuSans.ttf").exists():
    for fam, files in {
        "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
        "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    }.items():
        names = []
        for suffix, fn in zip(("", "-Bold", "-Italic"), files):
            pdfmetrics.registerFont(TTFont(fam + suffix, str(_DEJAVU / fn)))
            names.append(fam + suffix)
        pdfmetrics.registerFontFamily(fam, normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[1])
        RL_FONTS[fam] = tuple(names)
else:  # fall back to the standard fonts
    RL_FONTS["DejaVuSans"] = RL_FONTS["Helvetica"]
    RL_FONTS["DejaVuSerif"] = RL_FONTS["Times"]


# --------------------------------------------------------------------------
# inline markup: **bold** only
# --------------------------------------------------------------------------
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(text: str) -> str:
    return _BOLD.sub(r"\1", text)


def segments(text: str):
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            yield text[pos:m.start()], False
        yield m.group(1), True
        pos = m.end()
    if pos < len(text):
        yield text[pos:], False


def rl_markup(text: str) -> str:
    out = []
    for seg, bold in segments(text):
        seg = seg.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f"<b>{seg}</b>" if bold else seg)
    return "".join(out)


# --------------------------------------------------------------------------
# DOCX rendering
# --------------------------------------------------------------------------

def _hex(c: str) -> RGBColor:
    return RGBColor.from_string(c.lstrip("#"))


def _add_runs(par, text, size=None, bold=None, color=None, italic=None, font=None):
    for seg, b in segments(text):
        run = par.add_run(seg)
        if b or bold:
            run.bold = True
        if italic:
            run.italic = True
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = _hex(color)
        if font:
            run.font.name = font
    return par


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(
        f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:val="clear" w:color="auto" w:fill="{fill.lstrip("#")}"/>'
    )
    tcPr.append(shd)


def _page_field(par, instr="PAGE"):
    run = par.add_run()
    fld = parse_xml(
        '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    )
    run._r.addnext(fld)


def _textbox(doc, lines, style):
    """A VML text box holding `lines` (first line may be large)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = []
    for i, (txt, size, bold) in enumerate(lines):
        txt = (txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        b = "<w:b/>" if bold else ""
        color = style.get("textbox_color", "1F3864")
        paras.append(
            f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr>'
            f'<w:r><w:rPr>{b}<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{txt}</w:t></w:r></w:p>'
        )
    height = style.get("textbox_height", 140)
    fill = style.get("textbox_fill", "DEEAF6")
    xml = (
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:430pt;height:{height}pt;mso-position-horizontal:center" '
        f'fillcolor="#{fill}" strokecolor="#1F3864" strokeweight="1.5pt">'
        f'<v:textbox inset="12pt,12pt,12pt,12pt"><w:txbxContent>{"".join(paras)}'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(xml))
    return p


def _set_cell(cell, text, bold=False, size=None, font=None):
    cell.text = ""
    par = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            par = cell.add_paragraph()
        _add_runs(par, part, size=size, bold=bold, font=font)


def render_docx(ag: dict, path: Path):
    st = ag["docx"]
    doc = Document()
    font = st.get("font", "Arial")
    size = st.get("size", 11)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), font)
    normal.paragraph_format.space_after = Pt(st.get("space_after", 6))
    hcolor = st.get("heading_color", "1F3864")
    for lvl, sz in ((1, st.get("h1_size", 14)), (2, st.get("h2_size", 12))):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = font
        hs.font.size = Pt(sz)
        hs.font.color.rgb = _hex(hcolor)
        hs.font.bold = True
        hrpr = hs.element.get_or_add_rPr()
        hrf = hrpr.find(qn("w:rFonts"))
        if hrf is None:
            hrf = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
            hrpr.append(hrf)
        for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hrf.set(qn(att), font)
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if hrf.get(qn(att)) is not None:
                del hrf.attrib[qn(att)]

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    m = st.get("margins_cm", 2.2)
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = sec.bottom_margin = Cm(st.get("tb_margin_cm", 2.2))

    # header / footer
    if st.get("first_page_different"):
        sec.different_first_page_header_footer = True
    if st.get("header"):
        hp = sec.header.paragraphs[0]
        hp.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}.get(
            st.get("header_align", "right"), WD_ALIGN_PARAGRAPH.LEFT)
        _add_runs(hp, st["header"], size=st.get("header_size", 8), color=st.get("header_color", "595959"),
                  bold=st.get("header_bold", False))
        for extra in st.get("header_extra", []):
            ep = sec.header.add_paragraph()
            ep.alignment = hp.alignment
            _add_runs(ep, extra, size=st.get("header_size", 8), color="595959")
    if st.get("first_header"):
        fp = sec.first_page_header.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _add_runs(fp, st["first_header"], size=8, color="595959")
    if st.get("footer") or st.get("page_numbers", True):
        targets = [sec.footer]
        if st.get("first_page_different"):
            targets.append(sec.first_page_footer)
        for ft in targets:
            fp = ft.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if st.get("footer"):
                for i, line in enumerate(st["footer"].split("\n")):
                    if i:
                        fp = ft.add_paragraph()
                        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    _add_runs(fp, line, size=7.5, color="595959")
            if st.get("page_numbers", True):
                pp = ft.add_paragraph()
                pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _add_runs(pp, st.get("page_label", "Page "), size=8, color="595959")
                _page_field(pp)

    heading_mode = st.get("heading_mode", "style")

    def heading(text, level):
        if heading_mode == "style":
            doc.add_heading(plain(text), level=level)
        else:  # bold paragraph only, no outline level
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12 if level == 1 else 8)
            p.paragraph_format.keep_with_next = True
            _add_runs(p, plain(text), bold=True,
                      size=st.get("h1_size", 13) if level == 1 else st.get("h2_size", 11.5),
                      color=st.get("bold_heading_color"))

    for blk in ag["blocks"]:
        kind = blk[0]
        if kind == "title":
            lines, opt = blk[1], (blk[2] if len(blk) > 2 else {})
            for line in lines:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if opt.get("center", True) else WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.space_after = Pt(4)
                _add_runs(p, line, size=opt.get("size", 24), bold=opt.get("bold", True),
                          color=opt.get("color", hcolor))
        elif kind == "kicker":
            opt = blk[2] if len(blk) > 2 else {}
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if opt.get("center", True) else WD_ALIGN_PARAGRAPH.LEFT
            _add_runs(p, blk[1], size=opt.get("size", 13), bold=opt.get("bold", False),
                      color=opt.get("color", "404040"))
        elif kind == "textbox":
            _textbox(doc, blk[1], st)
        elif kind == "h1":
            heading(blk[1], 1)
        elif kind == "h2":
            heading(blk[1], 2)
        elif kind == "p":
            p = doc.add_paragraph()
            _add_runs(p, blk[1])
        elif kind == "small":
            p = doc.add_paragraph()
            _add_runs(p, blk[1], size=size - 2, color="404040")
        elif kind == "bullets":
            for item in blk[1]:
                p = doc.add_paragraph(style="List Bullet")
                _add_runs(p, item)
        elif kind == "numbered":
            for item in blk[1]:
                p = doc.add_paragraph(style="List Number")
                _add_runs(p, item)
        elif kind in ("table", "kv"):
            rows = blk[1]
            opt = blk[2] if len(blk) > 2 else {}
            ncols = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncols)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            header = opt.get("header", kind == "table")
            for i, row in enumerate(rows):
                for j in range(ncols):
                    txt = row[j] if j < len(row) else ""
                    bold = (header and i == 0) or (kind == "kv" and j == 0)
                    _set_cell(t.cell(i, j), txt, bold=bold, size=opt.get("size", size - 1))
                    if (header and i == 0) or (kind == "kv" and j == 0):
                        _shade(t.cell(i, j), opt.get("fill", st.get("table_fill", "D9E2F3")))
            if opt.get("widths"):
                for j, w in enumerate(opt["widths"]):
                    for i in range(len(rows)):
                        t.cell(i, j).width = Cm(w)
            doc.add_paragraph()
        elif kind == "sig":
            sigs, opt = blk[1], (blk[2] if len(blk) > 2 else {})
            mode = opt.get("mode", "lines")
            if mode == "table":
                cols = opt.get("cols", ["Organisation", "Name", "Role", "Signature", "Date"])
                keys = opt.get("keys", ["org", "name", "role", "signed", "date"])
                t = doc.add_table(rows=len(sigs) + 1, cols=len(cols))
                t.style = "Table Grid"
                for j, c in enumerate(cols):
                    _set_cell(t.cell(0, j), c, bold=True, size=size - 1)
                    _shade(t.cell(0, j), st.get("table_fill", "D9E2F3"))
                for i, s in enumerate(sigs, 1):
                    for j, k in enumerate(keys):
                        _set_cell(t.cell(i, j), s.get(k, ""), size=size - 1)
                doc.add_paragraph()
            else:
                labels = opt.get("labels", [("Signed", "signed"), ("Name", "name"), ("Role", "role"),
                                             ("Organisation", "org"), ("Date", "date")])
                for s in sigs:
                    for lab, k in labels:
                        p = doc.add_paragraph()
                        p.paragraph_format.space_after = Pt(2)
                        val = s.get(k, "")
                        _add_runs(p, f"{lab} ", bold=True)
                        _add_runs(p, val if val else "……………………………………………")
                    doc.add_paragraph()
        elif kind == "toc":
            for entry in blk[1]:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(2)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16))
                _add_runs(p, entry)
        elif kind in ("pagebreak", "fullpage"):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "spacer":
            for _ in range(blk[1]):
                doc.add_paragraph()
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = st.get("author", "")
    cp.title = st.get("core_title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.last_modified_by = st.get("author", "")
    cp.revision = 1
    import datetime as _dt
    cp.created = _dt.datetime(2024, 1, 1)
    cp.modified = _dt.datetime(2024, 1, 1)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path: Path):
    """Rewrite the zip with fixed timestamps so the DOCX bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(".tmpzip")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


# --------------------------------------------------------------------------
# reportlab rendering
# --------------------------------------------------------------------------

def _rl_styles(rs: dict):
    reg, bold, ital = RL_FONTS[rs.get("font", "Helvetica")]
    size = rs.get("size", 10)
    lead = size * 1.35
    accent = colors.HexColor(rs.get("accent", "#1F3864"))
    S = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.6),
        "small": ParagraphStyle("small", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                spaceAfter=4, textColor=colors.HexColor("#404040")),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=rs.get("h1_size", size + 3),
                             leading=(rs.get("h1_size", size + 3)) * 1.25, spaceBefore=size,
                             spaceAfter=size * 0.5, textColor=accent),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.25,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.3, textColor=accent),
        "title": ParagraphStyle("title", fontName=bold, fontSize=rs.get("title_size", 22),
                                leading=rs.get("title_size", 22) * 1.2, alignment=TA_CENTER,
                                textColor=accent, spaceAfter=4),
        "kicker": ParagraphStyle("kicker", fontName=reg, fontSize=size + 3, leading=(size + 3) * 1.3,
                                 alignment=TA_CENTER, textColor=colors.HexColor("#404040"), spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "bullet": ParagraphStyle("bullet", fontName=reg, fontSize=size, leading=lead, spaceAfter=2),
        "toc": ParagraphStyle("toc", fontName=reg, fontSize=size, leading=lead),
    }
    return S, (reg, bold, ital), accent


def _rl_table(rows, S, widths, header=True, kv=False, fill="#D9E2F3", boxed=True):
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, c in enumerate(row):
            st = S["cellb"] if (header and i == 0) or (kv and j == 0) else S["cell"]
            out.append(Paragraph(rl_markup(c).replace("\n", "<br/>"), st))
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if boxed:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#5A5A5A")))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9A9A9A")))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(fill)))
    if kv:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(fill)))
    t.setStyle(TableStyle(cmds))
    return t


def _rl_flowables(ag, S, avail_w, rs):
    fl = []
    fill = rs.get("table_fill", "#D9E2F3")
    boxed_h = rs.get("boxed_headings", False)
    accent = colors.HexColor(rs.get("accent", "#1F3864"))
    for blk in ag["blocks"]:
        kind = blk[0]
        if kind == "title":
            if rs.get("layout") == "leaflet":
                continue  # drawn in the banner
            opt = blk[2] if len(blk) > 2 else {}
            if opt.get("boxed"):
                inner = [[Paragraph(rl_markup(l), S["title"])] for l in blk[1]]
                t = Table(inner, colWidths=[avail_w * 0.9])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, accent),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                fl.append(t)
                fl.append(Spacer(1, 10))
            else:
                for l in blk[1]:
                    fl.append(Paragraph(rl_markup(l), S["title"]))
        elif kind == "kicker":
            fl.append(Paragraph(rl_markup(blk[1]), S["kicker"]))
        elif kind == "textbox":
            inner = [[Paragraph(rl_markup(t), S["title"] if b else S["kicker"])] for t, _s, b in blk[1]]
            t = Table(inner, colWidths=[avail_w * 0.85])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, accent),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill))]))
            fl.append(t)
        elif kind in ("h1", "h2"):
            para = Paragraph(rl_markup(blk[1]), S[kind])
            if boxed_h and kind == "h1":
                t = Table([[para]], colWidths=[avail_w])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                                       ("LINEBEFORE", (0, 0), (0, -1), 4, accent),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                fl.append(Spacer(1, 6))
                fl.append(t)
                fl.append(Spacer(1, 4))
            else:
                fl.append(para)
        elif kind == "p":
            fl.append(Paragraph(rl_markup(blk[1]), S["p"]))
        elif kind == "small":
            fl.append(Paragraph(rl_markup(blk[1]), S["small"]))
        elif kind in ("bullets", "numbered"):
            items = [ListItem(Paragraph(rl_markup(x), S["bullet"]), leftIndent=14) for x in blk[1]]
            if kind == "bullets":
                fl.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14,
                                       bulletFontName=S["p"].fontName))
            else:
                fl.append(ListFlowable(items, bulletType="1", leftIndent=14,
                                       bulletFontName=S["p"].fontName))
            fl.append(Spacer(1, 4))
        elif kind in ("table", "kv"):
            rows = blk[1]
            opt = blk[2] if len(blk) > 2 else {}
            ncols = max(len(r) for r in rows)
            ws = opt.get("rl_widths")
            if ws:
                widths = [avail_w * w for w in ws]
            else:
                widths = [avail_w / ncols] * ncols
                if kind == "kv":
                    widths = [avail_w * 0.32, avail_w * 0.68]
            fl.append(_rl_table(rows, S, widths, header=opt.get("header", kind == "table"),
                                kv=(kind == "kv"), fill=fill, boxed=rs.get("boxed_tables", True)))
            fl.append(Spacer(1, 8))
        elif kind == "sig":
            sigs, opt = blk[1], (blk[2] if len(blk) > 2 else {})
            mode = opt.get("rl_mode", opt.get("mode", "lines"))
            if mode == "table":
                cols = opt.get("cols", ["Organisation", "Name", "Role", "Signature", "Date"])
                keys = opt.get("keys", ["org", "name", "role", "signed", "date"])
                rows = [cols] + [[s.get(k, "") for k in keys] for s in sigs]
                fl.append(_rl_table(rows, S, [avail_w / len(cols)] * len(cols), header=True,
                                    fill=fill, boxed=True))
                fl.append(Spacer(1, 8))
            else:
                labels = opt.get("labels", [("Signed", "signed"), ("Name", "name"), ("Role", "role"),
                                             ("Organisation", "org"), ("Date", "date")])
                for s in sigs:
                    lines = []
                    for lab, k in labels:
                        val = s.get(k, "") or "……………………………………"
                        lines.append(Paragraph(f"<b>{lab}</b> {rl_markup(val)}", S["p"]))
                    lines.append(Spacer(1, 6))
                    fl.append(KeepTogether(lines))
        elif kind == "toc":
            for e in blk[1]:
                fl.append(Paragraph(rl_markup(e.replace("\t", "  ...  ")), S["toc"]))
            fl.append(Spacer(1, 8))
        elif kind == "pagebreak":
            if rs.get("layout") == "leaflet":
                continue
            fl.append(PageBreak())
        elif kind == "fullpage":
            if rs.get("layout") == "leaflet":
                fl.append(NextPageTemplate("full"))
                avail_w = rs.get("_full_w", avail_w)
            fl.append(PageBreak())
        elif kind == "colbreak":
            if rs.get("layout") == "leaflet":
                fl.append(FrameBreak())
        elif kind == "spacer":
            fl.append(Spacer(1, 14 * blk[1]))
        else:
            raise ValueError(kind)
    return fl


def render_pdf_rl(ag: dict, path: Path):
    rs = ag["rl"]
    S, (reg, bold, ital), accent = _rl_styles(rs)
    W, H = A4
    lm = rs.get("margin_cm", 2.0) * cm
    tm = rs.get("top_cm", 2.3) * cm
    bm = rs.get("bottom_cm", 2.0) * cm
    layout = rs.get("layout", "report")
    header = rs.get("header", "")
    footer = rs.get("footer", "")

    def decorate(canv, docobj, first=False):
        canv.saveState()
        if header and not (first and rs.get("no_header_first")):
            canv.setFont(reg, 8)
            canv.setFillColor(colors.HexColor("#505050"))
            if rs.get("header_left"):
                canv.drawString(lm, H - 1.2 * cm, rs["header_left"])
            canv.drawRightString(W - lm, H - 1.2 * cm, header)
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.7)
            canv.line(lm, H - 1.4 * cm, W - lm, H - 1.4 * cm)
        canv.setFont(reg, 7)
        canv.setFillColor(colors.HexColor("#505050"))
        y = 1.0 * cm
        for line in reversed(footer.split("\n")) if footer else []:
            canv.drawCentredString(W / 2, y, line)
            y += 9
        canv.drawRightString(W - lm, 0.55 * cm, f"{rs.get('page_label', 'Page')} {docobj.page}")
        canv.restoreState()

    if layout == "leaflet":
        banner_h = rs.get("banner_cm", 5.2) * cm
        title_lines = [l for b in ag["blocks"] if b[0] == "title" for l in b[1]]
        sub = rs.get("banner_sub", "")

        def first_page(canv, docobj):
            canv.saveState()
            canv.setFillColor(accent)
            canv.rect(0, H - banner_h, W, banner_h, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(reg, 10)
            canv.drawString(lm, H - 1.2 * cm, rs.get("banner_org", ""))
            y = H - 2.5 * cm
            canv.setFont(bold, rs.get("title_size", 22))
            for l in title_lines:
                canv.drawString(lm, y, l)
                y -= rs.get("title_size", 22) * 1.2
            if sub:
                canv.setFont(reg, 11)
                canv.drawString(lm, y - 4, sub)
            canv.restoreState()
            decorate(canv, docobj, first=True)

        gap = 0.8 * cm
        colw = (W - 2 * lm - gap) / 2
        f1 = [Frame(lm, bm, colw, H - banner_h - bm - 0.6 * cm, id="c1"),
              Frame(lm + colw + gap, bm, colw, H - banner_h - bm - 0.6 * cm, id="c2")]
        f2 = [Frame(lm, bm, colw, H - tm - bm, id="d1"),
              Frame(lm + colw + gap, bm, colw, H - tm - bm, id="d2")]
        docobj = BaseDocTemplate(str(path), pagesize=A4, title=rs.get("meta_title", ""),
                                 author=rs.get("author", ""), creator="", producer="")
        docobj.addPageTemplates([
            PageTemplate(id="first", frames=f1, onPage=first_page),
            PageTemplate(id="later", frames=f2, onPage=lambda c, d: decorate(c, d)),
            PageTemplate(id="full", frames=[Frame(lm, bm, W - 2 * lm, H - tm - bm, id="full")],
                         onPage=lambda c, d: decorate(c, d)),
        ])
        rs = dict(rs, _full_w=W - 2 * lm)
        story = [NextPageTemplate("later")] + _rl_flowables(ag, S, colw, rs)
        docobj.build(story)
        return

    frame = Frame(lm, bm, W - 2 * lm, H - tm - bm, id="body")
    docobj = BaseDocTemplate(str(path), pagesize=A4, title=rs.get("meta_title", ""),
                             author=rs.get("author", ""), creator="", producer="")
    docobj.addPageTemplates([
        PageTemplate(id="first", frames=[frame], onPage=lambda c, d: decorate(c, d, first=True)),
        PageTemplate(id="later", frames=[frame], onPage=lambda c, d: decorate(c, d)),
    ])
    story = [NextPageTemplate("later")] + _rl_flowables(ag, S, W - 2 * lm, rs)
    docobj.build(story)


# --------------------------------------------------------------------------
# LibreOffice
# --------------------------------------------------------------------------

def soffice_convert(src_files, target: str, outdir: Path):
    if not src_files:
        return
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_charity", "--headless",
           "--convert-to", target, "--outdir", str(outdir)] + [str(s) for s in src_files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def _normalise_lo_pdf(path: Path):
    """Give LibreOffice's PDFs a fixed date and a content-derived /ID (same byte lengths,
    so the cross-reference table stays valid) to make reruns byte-identical."""
    import hashlib
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)
    blank = re.sub(rb"/ID \[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                   lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0)[3:]).join([b"/ID", b""]), data)
    blank = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", b"/DocChecksum /", blank)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + digest, data)

    def fix(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + (digest * 4)[: len(h.group(0)) - 2] + b">",
                      m.group(0))
    data = re.sub(rb"/ID \[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix, data)
    path.write_bytes(data)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def main():
    files = HERE / "files"
    if files.exists():
        shutil.rmtree(files)
    files.mkdir()
    work = Path(tempfile.mkdtemp(prefix="charity_make_"))
    to_pdf, to_doc = [], []
    truth = []
    for ag in agreements.AGREEMENTS:
        slug = ag["slug"]
        outs = ag["outputs"]
        if "docx" in outs or "pdf_lo" in outs or "doc" in outs:
            dpath = work / f"{slug}.docx"
            render_docx(ag, dpath)
            if "docx" in outs:
                shutil.copy(dpath, files / f"{slug}.docx")
            if "pdf_lo" in outs:
                to_pdf.append(dpath)
            if "doc" in outs:
                to_doc.append(dpath)
        if "pdf_rl" in outs:
            render_pdf_rl(ag, files / f"{slug}.pdf")
    soffice_convert(to_pdf, "pdf", files)
    soffice_convert(to_doc, "doc", files)
    for d in to_pdf:
        _normalise_lo_pdf(files / f"{d.stem}.pdf")

    for ag in agreements.AGREEMENTS:
        slug = ag["slug"]
        fmts = []
        if "pdf_lo" in ag["outputs"] or "pdf_rl" in ag["outputs"]:
            fmts.append("pdf")
        if "docx" in ag["outputs"]:
            fmts.append("docx")
        if "doc" in ag["outputs"]:
            fmts.append("doc")
        for fmt in fmts:
            name = f"{slug}.{fmt}"
            if not (files / name).exists():
                raise SystemExit(f"missing output {name}")
            rec = {"file": name, "format": fmt}
            rec.update(copy.deepcopy(ag["truth"]))
            truth.append(rec)
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {len(truth)} truth records for {len(agreements.AGREEMENTS)} agreements into {files}")


if __name__ == "__main__":
    main()
