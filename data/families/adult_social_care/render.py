"""Rendering helpers for the adult_social_care family (python-docx, reportlab, LibreOffice).

A document is a list of blocks:
  ("h1"|"h2", text)          heading
  ("p", text)                paragraph      ("pi", text) italic   ("pb", text) bold
  ("ul", [items])            bullet list    ("ol", [items]) numbered list
  ("table", rows, opts)      rows[0] is the header row unless opts["header"] is False
  ("title", text, size)      large centred line
  ("box", [lines], opts)     framed / text-box block
  ("space", points)
  ("break",)                 page break
"""
import os
import re
import shutil
import subprocess
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- docx

def _shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolour)))


def _field(run, instr):
    f1 = parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    it = parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    f2 = parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def _para_text(par, text, bold=False, italic=False, size=None, colour=None):
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour.lstrip("#"))
    return run


def _textbox_xml(lines, width_cm=15.0, height_cm=3.4, fill="DCE6F0"):
    emu_w = int(width_cm * 360000)
    emu_h = int(height_cm * 360000)
    paras = ""
    for i, (txt, size, bold) in enumerate(lines):
        b = "<w:b/>" if bold else ""
        paras += (
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="%d"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, size * 2, escape(txt))
        )
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%d" cy="%d"/><wp:docPr id="101" name="Title box"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
        % (emu_w, emu_h, emu_w, emu_h, fill, paras)
    )
    return parse_xml(xml)


def _add_table(doc_or_cell, rows, opts):
    opts = opts or {}
    header = opts.get("header", True)
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncols)
    t.style = opts.get("style", "Table Grid")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = opts.get("widths")
    size = opts.get("size", 9.5)
    for i, r in enumerate(rows):
        for j in range(ncols):
            txt = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            cell.text = ""
            lines = txt.split("\n")
            par = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    par = cell.add_paragraph()
                bold = (header and i == 0) or (opts.get("boldfirstcol") and j == 0)
                _para_text(par, line, bold=bold, size=size)
            if header and i == 0 and opts.get("shade", "D9D9D9"):
                _shade(cell, opts.get("shade", "D9D9D9"))
            if opts.get("boldfirstcol") and j == 0 and opts.get("firstcolshade"):
                _shade(cell, opts["firstcolshade"])
            if widths:
                cell.width = Cm(widths[j])
    return t


def docx_build(spec, path):
    """spec keys: blocks, header (callable(section, doc) or None), footer_text, font, size,
    heading_font, heading_colour, margins_cm, core (dict), first_page_header (bool)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Arial")
    st.element.rPr.rFonts.set(qn("w:eastAsia"), spec.get("font", "Arial"))
    st.font.size = Pt(spec.get("size", 11))
    for hname in ("Heading 1", "Heading 2", "Title"):
        hs = doc.styles[hname]
        hs.font.name = spec.get("heading_font", spec.get("font", "Arial"))
        hs.font.color.rgb = RGBColor.from_string(spec.get("heading_colour", "1F3864"))
    doc.styles["Heading 1"].font.size = Pt(spec.get("h1size", 14))
    doc.styles["Heading 2"].font.size = Pt(spec.get("h2size", 12))
    sec = doc.sections[0]
    m = spec.get("margins_cm", 2.3)
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    core = spec.get("core", {})
    cp = doc.core_properties
    import datetime
    cp.author = core.get("author", "Adult Social Care Information Governance")
    cp.title = core.get("title", "")
    cp.created = datetime.datetime(*core.get("date", (2023, 1, 1)), 9, 0, 0)
    cp.modified = datetime.datetime(*core.get("date", (2023, 1, 1)), 9, 0, 0)
    cp.last_modified_by = core.get("author", "Adult Social Care Information Governance")
    cp.revision = 1

    if spec.get("different_first_page"):
        sec.different_first_page_header_footer = True
    hdr = spec.get("header")
    if hdr:
        hdr(sec, doc)
    ft = spec.get("footer_text")
    if ft is not None:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _para_text(fp, ft + "    Page ", size=8)
        r = fp.add_run()
        r.font.size = Pt(8)
        _field(r, "PAGE")
        if spec.get("page_of"):
            _para_text(fp, " of ", size=8)
            r2 = fp.add_run()
            r2.font.size = Pt(8)
            _field(r2, "NUMPAGES")

    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind in ("p", "pi", "pb"):
            par = doc.add_paragraph()
            _para_text(par, b[1], bold=(kind == "pb"), italic=(kind == "pi"))
            par.paragraph_format.space_after = Pt(6)
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            _add_table(doc, b[1], b[2] if len(b) > 2 else {})
            doc.add_paragraph()
        elif kind == "title":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            opts = b[3] if len(b) > 3 else {}
            _para_text(par, b[1], bold=opts.get("bold", True), size=b[2], colour=opts.get("colour"))
        elif kind == "box":
            opts = b[2] if len(b) > 2 else {}
            if opts.get("textbox"):
                par = doc.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par._p.append(_textbox_xml(b[1], opts.get("width", 15.0), opts.get("height", 3.4),
                                           opts.get("fill", "DCE6F0")))
            else:
                t = doc.add_table(rows=1, cols=1)
                t.style = "Table Grid"
                cell = t.cell(0, 0)
                if opts.get("fill"):
                    _shade(cell, opts["fill"])
                cell.text = ""
                for k, (txt, size, bold) in enumerate(b[1]):
                    par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER if opts.get("center", True) else WD_ALIGN_PARAGRAPH.LEFT
                    _para_text(par, txt, bold=bold, size=size)
                doc.add_paragraph()
        elif kind == "space":
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(b[1])
        elif kind == "break":
            par = doc.add_paragraph()
            par.add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    tmp = path + ".tmp"
    doc.save(tmp)
    _normalise_zip(tmp, path)
    os.remove(tmp)


def _normalise_zip(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


def header_two_cells(left_lines, right_lines, shade=None, first_page_only_blank=False):
    def h(sec, doc):
        hd = sec.header
        hd.is_linked_to_previous = False
        t = hd.add_table(rows=1, cols=2, width=Cm(16.4))
        for j, lines in enumerate((left_lines, right_lines)):
            c = t.cell(0, j)
            c.text = ""
            if shade:
                _shade(c, shade)
            for k, (txt, size, bold) in enumerate(lines):
                par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT
                _para_text(par, txt, bold=bold, size=size)
    return h


def header_line(text, size=8, right=None):
    def h(sec, doc):
        hd = sec.header
        hd.is_linked_to_previous = False
        p = hd.paragraphs[0]
        _para_text(p, text, bold=True, size=size)
        if right:
            _para_text(p, "\t\t" + right, size=size)
    return h


# ----------------------------------------------------------------------------- LibreOffice

def soffice_convert(src, fmt, outdir, profile="/tmp/lo_adult_social_care"):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file://" + profile,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, base + "." + fmt)
    if not os.path.exists(out):
        raise RuntimeError("conversion failed: %s -> %s" % (src, fmt))
    if fmt == "pdf":
        _normalise_pdf(out)
    return out


def _normalise_pdf(path):
    """Replace time stamps and the document ID with fixed values of the same length."""
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}([+\-Z][0-9']*)?", lambda m: b"D:20200101000000" + b"0" * (len(m.group(0)) - 16), data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+\-]\d\d:\d\d|Z)?",
                  lambda m: (b"2020-01-01T00:00:00" + b"0" * 40)[:len(m.group(0))], data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
                  data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    with open(path, "wb") as f:
        f.write(data)


# ----------------------------------------------------------------------------- reportlab

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, ListFlowable, ListItem,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, FrameBreak)


def _styles(font="Helvetica", size=9.5, accent="#1F3864"):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    s = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "pi": ParagraphStyle("pi", fontName=ital, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "pb": ParagraphStyle("pb", fontName=bold, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.25,
                             spaceBefore=8, spaceAfter=4, textColor=colors.HexColor(accent)),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.25,
                             spaceBefore=6, spaceAfter=3, textColor=colors.HexColor(accent)),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "bold": bold,
        "font": font,
        "accent": accent,
    }
    return s


def _esc(t):
    return escape(t).replace("\n", "<br/>")


def rl_flowables(blocks, s, avail_width, boxed_tables=True):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "p", "pi", "pb"):
            out.append(Paragraph(_esc(b[1]), s[kind]))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(_esc(x), s["p"]), leftIndent=12) for x in b[1]]
            if kind == "ul":
                out.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=12,
                                        bulletFontName=s["font"], bulletFontSize=s["p"].fontSize))
            else:
                out.append(ListFlowable(items, bulletType="1", leftIndent=14, bulletFontName=s["font"],
                                        bulletFontSize=s["p"].fontSize))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            header = opts.get("header", True)
            ncols = max(len(r) for r in rows)
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(_esc(r[j] if j < len(r) else ""),
                                       s["cellb"] if ((header and i == 0) or (opts.get("boldfirstcol") and j == 0))
                                       else s["cell"]) for j in range(ncols)])
            widths = opts.get("widths")
            if widths:
                tot = sum(widths)
                colw = [avail_width * w / tot for w in widths]
            else:
                colw = [avail_width / ncols] * ncols
            t = Table(data, colWidths=colw, repeatRows=1 if header else 0)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if boxed_tables:
                cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555"))]
            else:
                cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                         ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor(s["accent"]))]
            if header:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("rlshade", "#D9E2F3"))))
            if opts.get("boldfirstcol"):
                cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(opts.get("rlshade", "#EDEDED"))))
            t.setStyle(TableStyle(cmds))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "title":
            opts = b[3] if len(b) > 3 else {}
            st = ParagraphStyle("t", fontName=s["bold"] if opts.get("bold", True) else s["font"], fontSize=b[2],
                                leading=b[2] * 1.25, alignment=TA_CENTER if opts.get("center", True) else TA_LEFT,
                                textColor=colors.HexColor("#" + opts.get("colour", "000000").lstrip("#")), spaceAfter=4)
            out.append(Paragraph(_esc(b[1]), st))
        elif kind == "box":
            opts = b[2] if len(b) > 2 else {}
            paras = []
            for txt, size, bold in b[1]:
                st = ParagraphStyle("bx", fontName=s["bold"] if bold else s["font"], fontSize=size,
                                    leading=size * 1.25, alignment=TA_CENTER if opts.get("center", True) else TA_LEFT)
                paras.append(Paragraph(_esc(txt), st))
            t = Table([[paras]], colWidths=[avail_width * opts.get("frac", 1.0)])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor(s["accent"])),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#" + opts.get("fill", "EEF2F8"))),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "space":
            out.append(Spacer(1, b[1]))
        elif kind == "break":
            out.append(PageBreak())
        elif kind == "framebreak":
            out.append(FrameBreak())
        else:
            raise ValueError(kind)
    return out


def rl_build(path, cover_blocks, body_blocks, layout, header_left, header_right, footer_text,
             font="Helvetica", size=9.5, accent="#1F3864", title_meta=""):
    """layout: 'twocol' (cover single column then two columns), 'boxed' (single column, boxed
    tables, ruled running header), 'bar' (single column with a coloured side bar)."""
    s = _styles(font, size, accent)
    W, H = A4
    lm = 2.0 * cm
    top = 2.4 * cm
    bot = 2.0 * cm
    fullw = W - 2 * lm

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(s["bold"], 8)
        canv.setFillColor(colors.HexColor(accent))
        if layout == "bar":
            canv.rect(0, 0, 0.9 * cm, H, stroke=0, fill=1)
        canv.drawString(lm, H - 1.4 * cm, header_left)
        canv.setFont(s["font"], 8)
        canv.drawRightString(W - lm, H - 1.4 * cm, header_right)
        canv.setStrokeColor(colors.HexColor(accent))
        canv.setLineWidth(1.2 if layout == "boxed" else 0.6)
        canv.line(lm, H - 1.6 * cm, W - lm, H - 1.6 * cm)
        canv.setFillColor(colors.black)
        canv.line(lm, 1.5 * cm, W - lm, 1.5 * cm)
        canv.drawString(lm, 1.0 * cm, footer_text)
        canv.drawRightString(W - lm, 1.0 * cm, "Page %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm, topMargin=top,
                          bottomMargin=bot, title=title_meta, author="Adult Social Care",
                          creator="Adult Social Care Information Governance", invariant=1)
    single = Frame(lm, bot, fullw, H - top - bot, id="single")
    gap = 0.6 * cm
    colw = (fullw - gap) / 2
    c1 = Frame(lm, bot, colw, H - top - bot, id="c1")
    c2 = Frame(lm + colw + gap, bot, colw, H - top - bot, id="c2")
    templates = [PageTemplate(id="single", frames=[single], onPage=deco)]
    if layout == "twocol":
        templates.append(PageTemplate(id="twocol", frames=[c1, c2], onPage=deco))
    doc.addPageTemplates(templates)
    if layout == "twocol":
        while cover_blocks and cover_blocks[-1][0] == "break":
            cover_blocks = cover_blocks[:-1]
    story = rl_flowables(cover_blocks, s, fullw, boxed_tables=(layout != "twocol"))
    if layout == "twocol":
        story.append(NextPageTemplate("twocol"))
        story.append(PageBreak())
        # body blocks may contain ("single",) markers to switch back for wide tables
        chunk = []
        for b in body_blocks:
            if b[0] == "wide":
                story += rl_flowables(chunk, s, colw, boxed_tables=False)
                chunk = []
                story.append(NextPageTemplate("single"))
                story.append(PageBreak())
                story += rl_flowables(b[1], s, fullw, boxed_tables=True)
            else:
                chunk.append(b)
        story += rl_flowables(chunk, s, colw, boxed_tables=False)
    else:
        story += rl_flowables(body_blocks, s, fullw * (0.95 if layout == "bar" else 1.0), boxed_tables=True)
    doc.build(story)
