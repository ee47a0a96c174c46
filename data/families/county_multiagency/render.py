"""Block model and renderers (python-docx and reportlab) for the county_multiagency family.

An agreement is a Doc: document-level options (fonts, running header and footer, margins)
and a list of blocks.  The same blocks are written to DOCX (then LibreOffice makes .doc and
some PDFs) or drawn directly to PDF with reportlab in a layout of the document's own.
"""
from __future__ import annotations

import copy
import datetime as _dt
import re
import zipfile
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

# --------------------------------------------------------------------------------------
# Block model
# --------------------------------------------------------------------------------------


@dataclass
class P:
    text: str
    size: Optional[float] = None
    bold: bool = False
    italic: bool = False
    align: str = "left"          # left | center | right | justify
    before: float = 0
    after: float = 6
    indent: float = 0            # points
    color: Optional[str] = None  # hex, e.g. "1F3864"
    keep: bool = False


@dataclass
class H:
    level: int
    text: str
    color: Optional[str] = None


@dataclass
class Clause:
    num: str
    text: str
    level: int = 1


@dataclass
class Bullets:
    items: Sequence[str]
    kind: str = "bullet"         # bullet | dash | alpha | roman | num
    indent: float = 18


@dataclass
class Table:
    rows: List[List[str]]
    header_rows: int = 1
    widths: Optional[Sequence[float]] = None   # relative
    size: Optional[float] = None
    shade: Optional[str] = "D9D9D9"
    bold_first_col: bool = False
    grid: bool = True


@dataclass
class TextBox:
    paras: List[P]
    border: str = "1F3864"
    fill: Optional[str] = None
    height: float = 110          # points (docx only)


@dataclass
class PageBreak:
    pass


@dataclass
class Layout:
    """reportlab only: page template for pages after the next page break (body | wide)."""
    name: str = "wide"


@dataclass
class Spacer:
    pts: float = 12


@dataclass
class Doc:
    stem: str
    blocks: list
    font: str = "Arial"
    size: float = 11
    rl_font: str = "Helvetica"       # Helvetica | Times | DejaVu | DejaVuCond
    heading_styled: bool = True      # Word heading styles, or bold direct formatting
    heading_sizes: Sequence[float] = (14, 12, 11)
    heading_color: Optional[str] = None
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    footer_center: str = ""
    footer_pages: str = "Page {page} of {pages}"   # '' for none; '{page}' only
    cover_pages: int = 1             # pages without header (docx: first page only)
    margins_cm: Sequence[float] = (2.5, 2.2, 2.5, 2.2)  # top, right, bottom, left
    rl_columns: int = 1              # reportlab body columns
    rl_rule_color: str = "1F3864"
    core_title: str = ""
    core_author: str = ""
    core_created: _dt.datetime = _dt.datetime(2010, 1, 1, 9, 0, 0)
    line_spacing: float = 1.0


# --------------------------------------------------------------------------------------
# Inline markup: **bold** and _/italic/_ (only bold is used much)
# --------------------------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def segments(text: str):
    """Yield (chunk, bold) pairs from a string with **bold** markup."""
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            yield text[pos:m.start()], False
        yield m.group(1), True
        pos = m.end()
    if pos < len(text):
        yield text[pos:], False


def plain(text: str) -> str:
    return _BOLD.sub(lambda m: m.group(1), text)


# --------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------

def write_docx(doc: Doc, path: str) -> None:
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    d = Document()
    align_map = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                 "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

    # base style
    st = d.styles["Normal"]
    st.font.name = doc.font
    st.font.size = Pt(doc.size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r'<w:rFonts %s/>' % nsdecls("w"))
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), doc.font)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = doc.line_spacing
    for i, sz in enumerate(doc.heading_sizes, start=1):
        hs = d.styles["Heading %d" % i]
        hs.font.name = doc.font
        hs.font.size = Pt(sz)
        hs.font.bold = True
        hs.font.italic = False
        hs.font.color.rgb = RGBColor.from_string(doc.heading_color or "000000")
        hrpr = hs.element.get_or_add_rPr()
        hrf = hrpr.find(qn("w:rFonts"))
        if hrf is None:
            hrf = parse_xml(r'<w:rFonts %s/>' % nsdecls("w"))
            hrpr.append(hrf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hrf.set(qn(a), doc.font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if hrf.get(qn(a)) is not None:
                del hrf.attrib[qn(a)]
        hs.paragraph_format.space_before = Pt(12 if i == 1 else 8)
        hs.paragraph_format.space_after = Pt(6)

    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    t, r, b, l = doc.margins_cm
    sec.top_margin, sec.right_margin = Cm(t), Cm(r)
    sec.bottom_margin, sec.left_margin = Cm(b), Cm(l)
    usable_cm = 21.0 - r - l

    # core properties (fixed, so the package is reproducible)
    cp = d.core_properties
    cp.author = doc.core_author
    cp.last_modified_by = doc.core_author
    cp.title = doc.core_title
    cp.created = doc.core_created
    cp.modified = doc.core_created
    cp.revision = 3
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""

    def add_runs(par, text, size=None, bold=False, italic=False, color=None):
        for chunk, b_ in segments(text):
            parts = chunk.split("\n")
            for k, part in enumerate(parts):
                run = par.add_run(part)
                run.bold = bold or b_
                run.italic = italic
                if size:
                    run.font.size = Pt(size)
                if color:
                    run.font.color.rgb = RGBColor.from_string(color)
                if k < len(parts) - 1:
                    run.add_break()

    def field_run(par, instr, size=None):
        r1 = par.add_run()
        r1._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
        r2 = par.add_run()
        r2._r.append(parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
        r3 = par.add_run()
        r3._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
        r4 = par.add_run("1")
        r5 = par.add_run()
        r5._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
        if size:
            for rr in (r1, r2, r3, r4, r5):
                rr.font.size = Pt(size)

    def add_tab_stops(par, positions_cm, kinds):
        pPr = par._p.get_or_add_pPr()
        tabs = parse_xml(r'<w:tabs %s/>' % nsdecls("w"))
        for pos, kind in zip(positions_cm, kinds):
            tabs.append(parse_xml(r'<w:tab %s w:val="%s" w:pos="%d"/>' % (nsdecls("w"), kind, int(pos * 567))))
        pPr.append(tabs)

    # header / footer
    if doc.cover_pages:
        sec.different_first_page_header_footer = True
    hdr = sec.header.paragraphs[0]
    add_tab_stops(hdr, [usable_cm / 2, usable_cm], ["center", "right"])
    add_runs(hdr, doc.header_left, size=8)
    if doc.header_right:
        hdr.add_run("\t\t")
        add_runs(hdr, doc.header_right, size=8)
    if doc.header_left or doc.header_right:
        pPr = hdr._p.get_or_add_pPr()
        pPr.append(parse_xml(r'<w:pBdr %s><w:bottom w:val="single" w:sz="6" w:space="1" w:color="%s"/></w:pBdr>'
                             % (nsdecls("w"), doc.rl_rule_color)))
    ftr = sec.footer.paragraphs[0]
    add_tab_stops(ftr, [usable_cm / 2, usable_cm], ["center", "right"])
    add_runs(ftr, doc.footer_left, size=8)
    ftr.add_run("\t")
    add_runs(ftr, doc.footer_center, size=8)
    if doc.footer_pages:
        ftr.add_run("\t")
        fp = doc.footer_pages
        pieces = re.split(r"(\{page\}|\{pages\})", fp)
        for piece in pieces:
            if piece == "{page}":
                field_run(ftr, "PAGE", size=8)
            elif piece == "{pages}":
                field_run(ftr, "NUMPAGES", size=8)
            elif piece:
                rr = ftr.add_run(piece)
                rr.font.size = Pt(8)

    body = d
    first = True
    tb_count = [0]
    for blk in doc.blocks:
        if isinstance(blk, P):
            par = body.add_paragraph()
            add_runs(par, blk.text, size=blk.size, bold=blk.bold, italic=blk.italic, color=blk.color)
            pf = par.paragraph_format
            pf.alignment = align_map[blk.align]
            pf.space_before = Pt(blk.before)
            pf.space_after = Pt(blk.after)
            if blk.indent:
                pf.left_indent = Pt(blk.indent)
            if blk.keep:
                pf.keep_with_next = True
        elif isinstance(blk, H):
            if doc.heading_styled:
                par = body.add_paragraph(style="Heading %d" % min(blk.level, 3))
                add_runs(par, blk.text, color=blk.color)
            else:
                par = body.add_paragraph()
                sz = doc.heading_sizes[min(blk.level, 3) - 1]
                add_runs(par, blk.text, size=sz, bold=True, color=blk.color or doc.heading_color)
                par.paragraph_format.space_before = Pt(12 if blk.level == 1 else 8)
                par.paragraph_format.space_after = Pt(6)
                par.paragraph_format.keep_with_next = True
        elif isinstance(blk, Clause):
            par = body.add_paragraph()
            ind = 36 if blk.level == 1 else 72
            pf = par.paragraph_format
            pf.left_indent = Pt(ind)
            pf.first_line_indent = Pt(-36)
            add_tab_stops(par, [ind / 28.35], ["left"])
            par.add_run(blk.num + "\t")
            add_runs(par, blk.text)
            pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if doc.heading_styled is False else WD_ALIGN_PARAGRAPH.LEFT
        elif isinstance(blk, Bullets):
            for i, item in enumerate(blk.items):
                par = body.add_paragraph()
                pf = par.paragraph_format
                pf.left_indent = Pt(blk.indent + 18)
                pf.first_line_indent = Pt(-18)
                pf.space_after = Pt(3)
                add_tab_stops(par, [(blk.indent + 18) / 28.35], ["left"])
                par.add_run(_marker(blk.kind, i) + "\t")
                add_runs(par, item)
        elif isinstance(blk, Table):
            ncols = max(len(r_) for r_ in blk.rows)
            tbl = body.add_table(rows=len(blk.rows), cols=ncols)
            if blk.grid:
                tbl.style = d.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = blk.widths or [1] * ncols
            tot = float(sum(widths))
            for ri, row in enumerate(blk.rows):
                cells = tbl.rows[ri].cells
                for ci in range(ncols):
                    txt = row[ci] if ci < len(row) else ""
                    cell = cells[ci]
                    cell.width = Cm(usable_cm * widths[ci] / tot)
                    par = cell.paragraphs[0]
                    par.paragraph_format.space_after = Pt(2)
                    hdr_row = ri < blk.header_rows
                    add_runs(par, txt, size=blk.size or (doc.size - 1.5),
                             bold=hdr_row or (blk.bold_first_col and ci == 0))
                    if hdr_row and blk.shade:
                        tcPr = cell._tc.get_or_add_tcPr()
                        tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                                              % (nsdecls("w"), blk.shade)))
                if ri < blk.header_rows:
                    trPr = tbl.rows[ri]._tr.get_or_add_trPr()
                    trPr.append(parse_xml(r'<w:tblHeader %s/>' % nsdecls("w")))
            # set grid column widths too (LibreOffice reads tblGrid)
            grid = tbl._tbl.tblGrid
            for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(usable_cm * widths[ci] / tot * 567)))
            sp = body.add_paragraph()
            sp.paragraph_format.space_after = Pt(4)
        elif isinstance(blk, TextBox):
            par = body.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            inner = []
            for tp in blk.paras:
                jc = {"left": "left", "center": "center", "right": "right", "justify": "both"}[tp.align]
                runs = []
                for chunk, b_ in segments(tp.text):
                    esc = chunk.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    rp = "<w:rPr><w:rFonts w:ascii='%s' w:hAnsi='%s'/>%s%s<w:sz w:val='%d'/>%s</w:rPr>" % (
                        doc.font, doc.font, "<w:b/>" if (tp.bold or b_) else "", "<w:i/>" if tp.italic else "",
                        int((tp.size or doc.size) * 2),
                        ("<w:color w:val='%s'/>" % tp.color) if tp.color else "")
                    runs.append("<w:r>%s<w:t xml:space='preserve'>%s</w:t></w:r>" % (rp, esc))
                inner.append("<w:p><w:pPr><w:spacing w:before='%d' w:after='%d'/><w:jc w:val='%s'/></w:pPr>%s</w:p>"
                             % (int(tp.before * 20), int(tp.after * 20), jc, "".join(runs)))
            width_pt = usable_cm * 28.35 - 20
            tb_count[0] += 1
            fill = ('fillcolor="#%s" filled="t"' % blk.fill) if blk.fill else 'filled="f"'
            xml = ('<w:r %s %s><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                   '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                   '<v:shape id="TextBox%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
                   'style="position:absolute;margin-left:0;margin-top:4pt;width:%.1fpt;height:%.1fpt;z-index:1;'
                   'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
                   'mso-position-vertical-relative:text" %s stroked="t" strokecolor="#%s" strokeweight="1.5pt">'
                   '<v:textbox inset="8pt,8pt,8pt,8pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
                   '<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>') % (
                nsdecls("w"), 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w10="urn:schemas-microsoft-com:office:word"',
                tb_count[0], tb_count[0], width_pt, blk.height, fill,
                blk.border, "".join(inner))
            par._p.append(parse_xml(xml))
        elif isinstance(blk, PageBreak):
            par = body.add_paragraph()
            par.paragraph_format.space_after = Pt(0)
            par.add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(blk, Spacer):
            par = body.add_paragraph()
            par.paragraph_format.space_after = Pt(blk.pts)
        elif isinstance(blk, Layout):
            pass
        else:
            raise TypeError(blk)
        first = False

    d.save(path)
    _normalise_zip(path, doc.core_created)


def _normalise_zip(path: str, when: _dt.datetime) -> None:
    """Rewrite a zip package with fixed timestamps and order, for reproducible bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    dt = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def _marker(kind: str, i: int) -> str:
    if kind == "bullet":
        return "\u2022"
    if kind == "dash":
        return "\u2013"
    if kind == "alpha":
        return "(%s)" % "abcdefghijklmnopqrstuvwxyz"[i]
    if kind == "roman":
        return "(%s)" % ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"][i]
    if kind == "num":
        return "%d." % (i + 1)
    return kind


# --------------------------------------------------------------------------------------
# Reportlab
# --------------------------------------------------------------------------------------

_FONTS_DONE = set()


def _rl_fonts(name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if name == "Helvetica":
        return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if name == "Times":
        return "Times-Roman", "Times-Bold", "Times-Italic"
    base = "/usr/share/fonts/truetype/dejavu/"
    if name == "DejaVu":
        files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
    else:
        files = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf")
    names = (name, name + "-Bold", name + "-Italic")
    if name not in _FONTS_DONE:
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, base + f))
        addMapping(name, 0, 0, names[0])
        addMapping(name, 1, 0, names[1])
        addMapping(name, 0, 1, names[2])
        addMapping(name, 1, 1, names[1])
        _FONTS_DONE.add(name)
    return names


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rl_markup(text: str) -> str:
    out = []
    for chunk, b_ in segments(text):
        c = _esc(chunk).replace("\n", "<br/>")
        out.append("<b>%s</b>" % c if b_ else c)
    return "".join(out)


def write_pdf_rl(doc: Doc, path: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak as RLPageBreak,
                                    PageTemplate, Paragraph, Spacer as RLSpacer, Table as RLTable,
                                    TableStyle, KeepTogether)

    reg, bold, ital = _rl_fonts(doc.rl_font)
    fs = doc.size - 1 if doc.rl_columns == 2 else doc.size - 0.5
    lead = fs * 1.25
    rule = colors.HexColor("#" + doc.rl_rule_color)
    aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
    base = ParagraphStyle("base", fontName=reg, fontSize=fs, leading=lead, spaceAfter=5,
                          alignment=TA_JUSTIFY if doc.rl_columns == 2 else TA_LEFT)
    hstyles = []
    for i, sz in enumerate(doc.heading_sizes):
        sz2 = sz - (1.5 if doc.rl_columns == 2 else 0.5)
        hstyles.append(ParagraphStyle("h%d" % i, parent=base, fontName=bold, fontSize=sz2, leading=sz2 * 1.25,
                                      spaceBefore=10 if i == 0 else 6, spaceAfter=4,
                                      textColor=colors.HexColor("#" + (doc.heading_color or "000000")),
                                      alignment=TA_LEFT, keepWithNext=1))
    cell = ParagraphStyle("cell", parent=base, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.2, spaceAfter=0,
                          alignment=TA_LEFT)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)

    t, r, b, l = doc.margins_cm
    W, Hh = A4
    fw = W - (l + r) * cm
    fh = Hh - (t + b) * cm

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._decorate(n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _decorate(self, total):
            pg = self._pageNumber
            if pg <= doc.cover_pages:
                return
            self.saveState()
            self.setFont(reg, 7.5)
            y = Hh - (t - 0.8) * cm
            if doc.header_left:
                self.drawString(l * cm, y, plain(doc.header_left))
            if doc.header_right:
                self.drawRightString(W - r * cm, y, plain(doc.header_right))
            self.setStrokeColor(rule)
            self.setLineWidth(0.8)
            self.line(l * cm, y - 4, W - r * cm, y - 4)
            yf = (b - 1.0) * cm
            self.line(l * cm, yf + 10, W - r * cm, yf + 10)
            if doc.footer_left:
                self.drawString(l * cm, yf, plain(doc.footer_left))
            if doc.footer_center:
                self.drawCentredString(W / 2, yf, plain(doc.footer_center))
            if doc.footer_pages:
                self.drawRightString(W - r * cm, yf, doc.footer_pages.format(page=pg, pages=total))
            self.restoreState()

    frames_cover = [Frame(l * cm, b * cm, fw, fh, id="cover")]
    if doc.rl_columns == 2:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        frames_body = [Frame(l * cm, b * cm, cw, fh, id="c1"), Frame(l * cm + cw + gap, b * cm, cw, fh, id="c2")]
    else:
        frames_body = [Frame(l * cm, b * cm, fw, fh, id="body")]
    frames_wide = [Frame(l * cm, b * cm, fw, fh, id="wide")]

    def on_body(canv, dd):
        if doc.rl_columns == 2:
            canv.saveState()
            canv.setStrokeColor(colors.HexColor("#BBBBBB"))
            canv.setLineWidth(0.4)
            x = l * cm + fw / 2
            canv.line(x, b * cm, x, b * cm + fh)
            canv.restoreState()

    bd = BaseDocTemplate(path, pagesize=A4, leftMargin=l * cm, rightMargin=r * cm, topMargin=t * cm,
                         bottomMargin=b * cm, title=doc.core_title, author=doc.core_author,
                         subject="", creator="Microsoft\u00ae Word 2010" if doc.rl_columns == 1 else "",
                         invariant=1)
    bd.addPageTemplates([PageTemplate(id="cover", frames=frames_cover),
                         PageTemplate(id="body", frames=frames_body, onPage=on_body),
                         PageTemplate(id="wide", frames=frames_wide)])

    story = []
    cover_left = doc.cover_pages
    if cover_left:
        story.append(NextPageTemplate("cover"))
    else:
        story.append(NextPageTemplate("body"))
    colw = frames_body[0]._width
    current, pending = "body", None
    for blk in doc.blocks:
        width = fw if (cover_left or current == "wide") else colw
        if isinstance(blk, P):
            stl = ParagraphStyle("p", parent=base, fontName=bold if blk.bold else (ital if blk.italic else reg),
                                 fontSize=blk.size or fs, leading=(blk.size or fs) * 1.25,
                                 alignment=aligns[blk.align] if blk.align != "left" else base.alignment,
                                 spaceBefore=blk.before, spaceAfter=blk.after, leftIndent=blk.indent,
                                 textColor=colors.HexColor("#" + blk.color) if blk.color else colors.black,
                                 keepWithNext=1 if blk.keep else 0)
            story.append(Paragraph(_rl_markup(blk.text), stl))
        elif isinstance(blk, H):
            stl = hstyles[min(blk.level, 3) - 1]
            if blk.color:
                stl = ParagraphStyle("hc", parent=stl, textColor=colors.HexColor("#" + blk.color))
            story.append(Paragraph(_rl_markup(blk.text), stl))
        elif isinstance(blk, Clause):
            ind = 30 if blk.level == 1 else 58
            stl = ParagraphStyle("cl", parent=base, leftIndent=ind, bulletIndent=ind - 30 if blk.level == 1 else 30)
            story.append(Paragraph(_rl_markup(blk.text), stl, bulletText=blk.num))
        elif isinstance(blk, Bullets):
            for i, item in enumerate(blk.items):
                stl = ParagraphStyle("bl", parent=base, leftIndent=blk.indent + 16, bulletIndent=blk.indent,
                                     spaceAfter=2)
                story.append(Paragraph(_rl_markup(item), stl, bulletText=_marker(blk.kind, i)))
            story.append(RLSpacer(1, 3))
        elif isinstance(blk, Table):
            ncols = max(len(r_) for r_ in blk.rows)
            widths = blk.widths or [1] * ncols
            tot = float(sum(widths))
            cws = [width * w_ / tot for w_ in widths]
            csz = blk.size - 0.5 if blk.size else None
            cst = ParagraphStyle("c2", parent=cell, fontSize=csz or cell.fontSize,
                                 leading=(csz or cell.fontSize) * 1.2)
            cstb = ParagraphStyle("c2b", parent=cst, fontName=bold)
            data = []
            for ri, row in enumerate(blk.rows):
                out = []
                for ci in range(ncols):
                    txt = row[ci] if ci < len(row) else ""
                    sb = ri < blk.header_rows or (blk.bold_first_col and ci == 0)
                    out.append(Paragraph(_rl_markup(txt), cstb if sb else cst))
                data.append(out)
            tb = RLTable(data, colWidths=cws, repeatRows=blk.header_rows, hAlign="CENTER")
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if blk.grid:
                cmds += [("BOX", (0, 0), (-1, -1), 0.9, rule), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey)]
            if blk.shade and blk.header_rows:
                cmds.append(("BACKGROUND", (0, 0), (-1, blk.header_rows - 1), colors.HexColor("#" + blk.shade)))
            tb.setStyle(TableStyle(cmds))
            story.append(tb)
            story.append(RLSpacer(1, 6))
        elif isinstance(blk, TextBox):
            paras = []
            for tp in blk.paras:
                stl = ParagraphStyle("tb", parent=base, fontName=bold if tp.bold else (ital if tp.italic else reg),
                                     fontSize=tp.size or fs, leading=(tp.size or fs) * 1.25,
                                     alignment=aligns[tp.align], spaceBefore=tp.before, spaceAfter=tp.after,
                                     textColor=colors.HexColor("#" + tp.color) if tp.color else colors.black)
                paras.append(Paragraph(_rl_markup(tp.text), stl))
            tb = RLTable([[paras]], colWidths=[width - 10])
            cmds = [("BOX", (0, 0), (-1, -1), 1.6, colors.HexColor("#" + blk.border)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]
            if blk.fill:
                cmds.append(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#" + blk.fill)))
            tb.setStyle(TableStyle(cmds))
            story.append(tb)
            story.append(RLSpacer(1, 8))
        elif isinstance(blk, PageBreak):
            if cover_left:
                cover_left -= 1
                if not cover_left and not pending:
                    story.append(NextPageTemplate("body"))
            if pending:
                current, pending = pending, None
            story.append(RLPageBreak())
        elif isinstance(blk, Layout):
            story.append(NextPageTemplate(blk.name))
            pending = blk.name
        elif isinstance(blk, Spacer):
            story.append(RLSpacer(1, blk.pts))
        else:
            raise TypeError(blk)
    bd.build(story, canvasmaker=NumberedCanvas)
