"""Rendering helpers for the central_government family (python-docx, reportlab, LibreOffice).

Documents are described as a list of blocks:
  ('h', level, text)            heading
  ('p', text)                   paragraph
  ('n', num, text)              numbered paragraph ("1.1  text")
  ('b', [items])                bullet list
  ('t', rows, widths, header)   table (widths are fractions of the text width, or None)
  ('pb',)                       page break
  ('sp', points)                vertical space
  ('big', text, size, bold, align)   cover line
  ('box', [lines], size)        bordered text box holding the given lines
  ('sig', [(org, name, post, date)]) signature blocks, "Signed on behalf of ..."
  ('body',)                     (reportlab only) switch from the cover template to the body template
"""
import datetime
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED = datetime.datetime(2024, 1, 1, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo_central_government"

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}


def sig_rows(org, name, post, date):
    return [["Signed on behalf of " + org, ""], ["Name", name], ["Post", post],
            ["Signature", ""], ["Date", date]]


# --------------------------------------------------------------------------- docx
def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def _page_field(par):
    run = par.add_run()
    run._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    run2 = par.add_run()
    run2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    run3 = par.add_run()
    run3._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def _textbox(par, lines, size, width_pt=440, height_pt=95):
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="%d"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (int(size * 2), escape(line))
        for line in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TitleBox" o:spid="_x0000_s1025" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt;mso-position-horizontal:center" '
        'strokecolor="#1F3864" strokeweight="1.5pt" fillcolor="#EEF2F8" filled="t">'
        '<v:textbox inset="8pt,8pt,8pt,8pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (width_pt, height_pt, paras))
    par._p.append(parse_xml(xml))


def build_docx(path, blocks, opts):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = opts.get("author", "")
    cp.title = opts.get("core_title", "")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.2)
    font = opts.get("font", "Arial")
    size = opts.get("size", 10.5)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(6)
    colour = RGBColor.from_string(opts.get("colour", "1F3864"))
    for lvl in (1, 2):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = font
        hs.font.size = Pt(size + (4 if lvl == 1 else 1.5))
        hs.font.color.rgb = colour
        hs.font.bold = True
        hs.element.rPr.rFonts.set(qn("w:ascii"), font)
        hs.element.rPr.rFonts.set(qn("w:hAnsi"), font)
    # header / footer
    hdr = sec.header
    first = True
    for line, al, bold in opts.get("header", []):
        p = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        p.alignment = ALIGN[al]
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(9)
    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftext = opts.get("footer", "")
    if "{PAGE}" in ftext:
        a, b = ftext.split("{PAGE}")
        fp.add_run(a).font.size = Pt(8.5)
        _page_field(fp)
        fp.add_run(b).font.size = Pt(8.5)
    else:
        fp.add_run(ftext).font.size = Pt(8.5)
    for line in opts.get("footer2", []):
        p2 = ftr.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p2.add_run(line)
        r.font.size = Pt(8.5)
        r.bold = True
    hstyle = opts.get("hstyle", "heading")
    textw = 21.0 - 4.6
    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            _, lvl, text = blk
            if hstyle == "heading":
                doc.add_heading(text, level=lvl)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(text)
                r.bold = True
                r.font.size = Pt(size + (1.5 if lvl == 1 else 0.5))
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "n":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(1.2)
            pf.first_line_indent = Cm(-1.2)
            pf.tab_stops.add_tab_stop(Cm(1.2))
            p.add_run(blk[1] + "\t" + blk[2])
        elif kind == "b":
            for item in blk[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "t":
            _, rows, widths, header = blk[:4]
            span_first = len(blk) > 4 and blk[4]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ""
                    cells[j].text = ""
                    parts = txt.split("\n")
                    par = cells[j].paragraphs[0]
                    for k, part in enumerate(parts):
                        run = par.add_run(part)
                        if k < len(parts) - 1:
                            run.add_break()
                        if (header and i == 0) or (j == 0 and opts.get("bold_first_col")):
                            run.bold = True
                    if header and i == 0:
                        _shade(cells[j], opts.get("shade", "D9E2F3"))
            if widths:
                for row in t.rows:
                    for j, w in enumerate(widths):
                        row.cells[j].width = Cm(textw * w)
            if span_first:
                c0 = t.rows[0].cells[0]
                c0.merge(t.rows[0].cells[ncol - 1])
                for r in c0.paragraphs[0].runs:
                    r.bold = True
                    r.font.size = Pt(size + 5)
                _shade(c0, opts.get("shade", "D9E2F3"))
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sp":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(blk[1])
        elif kind == "big":
            _, text, sz, bold, al = blk
            p = doc.add_paragraph()
            p.alignment = ALIGN[al]
            r = p.add_run(text)
            r.bold = bold
            r.font.size = Pt(sz)
            r.font.color.rgb = colour
        elif kind == "box":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            import math
            per_line = (440 - 16) / (blk[2] * 0.56)
            est = sum(max(1, math.ceil(len(line) / per_line)) for line in blk[1])
            _textbox(p, blk[1], blk[2], height_pt=int(est * (blk[2] * 1.45 + 6) + 28))
            doc.add_paragraph()
        elif kind == "sig":
            for org, name, post, date in blk[1]:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for i, (a, b) in enumerate(sig_rows(org, name, post, date)):
                    cells = t.add_row().cells
                    cells[0].text = a
                    cells[1].text = b
                    if i == 0:
                        cells[0].paragraphs[0].runs[0].bold = True
                        cells[0].merge(cells[1])
                        _shade(t.rows[0].cells[0], "EDEDED")
                for row in t.rows:
                    row.cells[0].width = Cm(4.5)
                doc.add_paragraph()
        elif kind == "body":
            pass
        else:
            raise ValueError(kind)
    doc.save(str(path))
    normalise_zip(path)


def normalise_zip(path):
    """Rewrite a zip container with fixed timestamps so the bytes are reproducible."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice(fmt, outdir, files):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# --------------------------------------------------------------------------- reportlab
def build_pdf(path, blocks, opts):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                    PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

    W, H = A4
    lm = rm = 2.0 * cm
    tm, bm = 2.6 * cm, 2.2 * cm
    cols = opts.get("columns", 1)
    gap = 0.7 * cm
    body_w = W - lm - rm
    col_w = (body_w - gap * (cols - 1)) / cols
    font = opts.get("rl_font", "Helvetica")
    bold = font + "-Bold" if font != "Times-Roman" else "Times-Bold"
    size = opts.get("rl_size", 9.5)
    accent = colors.HexColor("#" + opts.get("colour", "1F3864"))

    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 2.5, leading=(size + 2.5) * 1.25,
                        spaceBefore=8, spaceAfter=5, textColor=accent)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 0.5, spaceBefore=5, spaceAfter=3)
    num = ParagraphStyle("num", parent=base, leftIndent=24, firstLineIndent=-24)
    bul = ParagraphStyle("bul", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=base, fontSize=size - 0.8, leading=(size - 0.8) * 1.25, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)

    def P(t, st=base):
        return Paragraph(escape(t).replace("\n", "<br/>"), st)

    running = opts.get("header", [])
    footer = opts.get("footer", "")
    footer2 = opts.get("footer2", [])

    def deco(canv, doc_, cover=False):
        canv.saveState()
        y = H - 1.3 * cm
        for line, al, bd in running:
            canv.setFont(bold if bd else font, 8.5)
            if al == "c":
                canv.drawCentredString(W / 2, y, line)
            elif al == "r":
                canv.drawRightString(W - rm, y, line)
            else:
                canv.drawString(lm, y, line)
            y -= 11
        if opts.get("header_rule", True):
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.8)
            canv.line(lm, y + 4, W - rm, y + 4)
        canv.setFont(font, 8)
        canv.drawCentredString(W / 2, 1.2 * cm, footer.replace("{PAGE}", str(doc_.page)))
        yy = 0.8 * cm
        for line in footer2:
            canv.setFont(bold, 8.5)
            canv.drawCentredString(W / 2, yy, line)
            yy -= 10
        if cols == 2 and not cover:
            canv.setStrokeColor(colors.lightgrey)
            canv.line(W / 2, bm, W / 2, H - tm)
        canv.restoreState()

    cover_frame = Frame(lm, bm, body_w, H - tm - bm, id="cover")
    frames = [Frame(lm + i * (col_w + gap), bm, col_w, H - tm - bm, id="c%d" % i) for i in range(cols)]
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=opts.get("core_title", ""), author=opts.get("author", ""),
                          creator="", producer="")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[cover_frame], onPage=lambda c, d: deco(c, d, True)),
        PageTemplate(id="body", frames=frames, onPage=deco),
    ])
    boxed = opts.get("boxed_headings", False)
    story = []
    cur_w = body_w
    for blk in blocks:
        kind = blk[0]
        if kind == "body":
            story.append(NextPageTemplate("body"))
            cur_w = col_w
        elif kind == "h":
            _, lvl, text = blk
            if boxed and lvl == 1:
                t = Table([[P(text, ParagraphStyle("bh", parent=h1, textColor=colors.white, spaceBefore=0,
                                                   spaceAfter=0))]], colWidths=[cur_w])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), accent),
                                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                story += [Spacer(1, 8), t, Spacer(1, 5)]
            else:
                story.append(P(text, h1 if lvl == 1 else h2))
        elif kind == "p":
            story.append(P(blk[1]))
        elif kind == "n":
            story.append(Paragraph(escape(blk[1]) + "&nbsp;&nbsp;&nbsp;" + escape(blk[2]), num))
        elif kind == "b":
            for item in blk[1]:
                story.append(Paragraph(escape(item), bul, bulletText="\u2022"))
        elif kind == "t":
            _, rows, widths, header = blk[:4]
            span_first = len(blk) > 4 and blk[4]
            ncol = max(len(r) for r in rows)
            if not widths:
                widths = [1.0 / ncol] * ncol
            data = []
            for i, row in enumerate(rows):
                data.append([P(row[j] if j < len(row) else "",
                               cellb if (header and i == 0) or (j == 0 and opts.get("bold_first_col")) else cell)
                             for j in range(ncol)])
            t = Table(data, colWidths=[w * cur_w for w in widths], repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("BOX", (0, 0), (-1, -1), 1.2 if boxed else 0.5, accent if boxed else colors.grey)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")))
            if span_first:
                data[0][0] = P(rows[0][0], ParagraphStyle("tt", parent=h1, fontSize=size + 6, leading=(size + 6) * 1.3,
                                                          spaceBefore=2, spaceAfter=2))
                t = Table(data, colWidths=[w * cur_w for w in widths])
                ts += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
            t.setStyle(TableStyle(ts))
            story += [t, Spacer(1, 8)]
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, blk[1]))
        elif kind == "big":
            _, text, sz, bd, al = blk
            st = ParagraphStyle("big", parent=base, fontName=bold if bd else font, fontSize=sz, leading=sz * 1.25,
                                alignment={"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT}[al], textColor=accent,
                                spaceAfter=6)
            story.append(P(text, st))
        elif kind == "box":
            st = ParagraphStyle("boxp", parent=base, fontName=bold, fontSize=blk[2], leading=blk[2] * 1.3,
                                alignment=TA_CENTER, textColor=accent)
            t = Table([[P(line, st)] for line in blk[1]], colWidths=[cur_w * 0.9])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.8, accent),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF2F8")),
                                   ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
            story += [t, Spacer(1, 12)]
        elif kind == "sig":
            for org, name, post, date in blk[1]:
                rows = sig_rows(org, name, post, date)
                data = [[P(rows[0][0], cellb), ""]] + [[P(a, cellb), P(b, cell)] for a, b in rows[1:]]
                t = Table(data, colWidths=[cur_w * 0.3, cur_w * 0.7])
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (0, 0), (1, 0)),
                                       ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#EDEDED")),
                                       ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
                                       ("BOTTOMPADDING", (0, 4), (-1, 4), 14)]))
                story += [KeepTogether([t]), Spacer(1, 8)]
        else:
            raise ValueError(kind)
    doc.build(story)
