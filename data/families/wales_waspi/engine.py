"""Rendering engine for the wales_waspi family (used by make.py).

An agreement is a dict with metadata and a list of blocks:
  ('cover', [(text, size, bold, align), ...])   cover lines, followed by a page break
  ('h', level, text, [section keys])            heading
  ('p', text)                                    paragraph
  ('purpose', text)                              paragraph (the purpose statement)
  ('bullets', [text, ...])
  ('table', rows, {'header': bool, 'widths': [cm,...], 'bold_first_col': bool})
  ('textbox', [lines])                           boxed text (VML text box in Word)
  ('pb',)                                        page break
"""
import io
import re
import zipfile
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
import datetime as _dt

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from xml.sax.saxutils import escape

FIXED_DT = _dt.datetime(2024, 1, 1, 9, 0, 0)
ZIP_DT = (2024, 1, 1, 9, 0, 0)

ALIGN = {'l': WD_ALIGN_PARAGRAPH.LEFT, 'c': WD_ALIGN_PARAGRAPH.CENTER,
         'r': WD_ALIGN_PARAGRAPH.RIGHT}


# ----------------------------------------------------------------------------- DOCX
def _add_field(run, instr):
    f1 = parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls('w'))
    it = parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls('w'), instr))
    f2 = parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls('w'))
    t = parse_xml(r'<w:t %s>1</w:t>' % nsdecls('w'))
    f3 = parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls('w'))
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def _shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls('w'), hexcolour)))


def _textbox_xml(lines, width_pt=420, height_pt=90):
    paras = ''.join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="36"/>'
        '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(l) for l in lines)
    return ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="width:%dpt;height:%dpt;mso-position-horizontal:center" '
            'strokecolor="#1F4E79" strokeweight="1.5pt" fillcolor="#EAF1F8">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
            '</w:pict></w:r>') % (nsdecls('w'), width_pt, height_pt, paras)


def render_docx(ag, path):
    o = ag.get('docx', {})
    doc = Document()
    cp = doc.core_properties
    cp.author = o.get('author', 'Information Governance')
    cp.title = ''
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = cp.author
    cp.revision = 1
    st = doc.styles['Normal']
    st.font.name = o.get('font', 'Arial')
    st.font.size = Pt(o.get('size', 10.5))
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = o.get('first_page_blank_header', False)
    hdr = sec.header.paragraphs[0]
    hdr.text = ''
    if ag.get('header'):
        for i, line in enumerate(ag['header'].split('\n')):
            p = hdr if i == 0 else sec.header.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
            p.alignment = ALIGN[o.get('header_align', 'r')]
    ft = sec.footer.paragraphs[0]
    if ag.get('footer'):
        r = ft.add_run(ag['footer'] + '    ')
        r.font.size = Pt(8)
    r = ft.add_run('Page ')
    r.font.size = Pt(8)
    r = ft.add_run()
    r.font.size = Pt(8)
    _add_field(r, 'PAGE')
    if o.get('page_of', True):
        r = ft.add_run(' of ')
        r.font.size = Pt(8)
        r = ft.add_run()
        r.font.size = Pt(8)
        _add_field(r, 'NUMPAGES')
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER

    mode = o.get('headings', 'styled')
    colour = o.get('colour', '1F4E79')
    for b in ag['blocks']:
        kind = b[0]
        if kind == 'cover':
            for (text, size, bold, align) in b[1]:
                p = doc.add_paragraph()
                p.alignment = ALIGN[align]
                if text:
                    r = p.add_run(text)
                    r.font.size = Pt(size)
                    r.bold = bold
                    if size >= 16:
                        r.font.color.rgb = RGBColor.from_string(colour)
                p.paragraph_format.space_after = Pt(6)
        elif kind == 'h':
            _, level, text, _keys = b
            if mode == 'styled':
                h = doc.add_heading(text, level=level)
                for r in h.runs:
                    r.font.name = o.get('font', 'Arial')
                    r.font.color.rgb = RGBColor.from_string(colour)
            else:
                p = doc.add_paragraph()
                r = p.add_run(text)
                r.bold = True
                r.font.size = Pt(12.5 if level == 1 else 11)
                if mode == 'bold_underline' and level == 1:
                    r.underline = True
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
        elif kind in ('p', 'purpose'):
            p = doc.add_paragraph(b[1])
            p.paragraph_format.space_after = Pt(6)
        elif kind == 'bullets':
            for item in b[1]:
                doc.add_paragraph(item, style='List Bullet')
        elif kind == 'table':
            rows, topt = b[1], b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    txt = row[j] if j < len(row) else ''
                    cell.text = ''
                    lines = txt.split('\n')
                    cell.paragraphs[0].add_run(lines[0])
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    head = (topt.get('header') and i == 0) or (topt.get('bold_first_col') and j == 0)
                    for par in cell.paragraphs:
                        for r in par.runs:
                            r.font.size = Pt(topt.get('size', 9.5))
                            if head:
                                r.bold = True
                    if topt.get('header') and i == 0:
                        _shade(cell, topt.get('shade', 'D9E2F3'))
                    if topt.get('bold_first_col') and j == 0:
                        _shade(cell, topt.get('shade_col', 'F2F2F2'))
            if topt.get('widths'):
                t.autofit = False
                grid = t._tbl.tblGrid
                for j, w in enumerate(topt['widths']):
                    for cell in t.columns[j].cells:
                        cell.width = Cm(w)
                    grid.gridCol_lst[j].w = Cm(w)
            doc.add_paragraph()
        elif kind == 'textbox':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p._p.append(parse_xml(_textbox_xml(b[1])))
        elif kind == 'pb':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'wide':
            pass
        elif kind == 'small':
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8.5)
            r.italic = True
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o600 << 16
            zout.writestr(ni, zin.read(info.filename))


# ----------------------------------------------------------------------------- PDF
def _styles(base='Helvetica', size=9.5):
    bold = base + '-Bold' if base == 'Helvetica' else base + '-Bold'
    return {
        'body': ParagraphStyle('body', fontName=base, fontSize=size, leading=size * 1.32,
                               spaceAfter=5),
        'bullet': ParagraphStyle('bullet', fontName=base, fontSize=size, leading=size * 1.3,
                                 leftIndent=12, bulletIndent=2, spaceAfter=2),
        'h1': ParagraphStyle('h1', fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.25,
                             spaceBefore=8, spaceAfter=4, textColor=colors.HexColor('#7A1F2B')),
        'h2': ParagraphStyle('h2', fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.25,
                             spaceBefore=5, spaceAfter=3),
        'cell': ParagraphStyle('cell', fontName=base, fontSize=size - 1, leading=(size - 1) * 1.25),
        'cellb': ParagraphStyle('cellb', fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        'small': ParagraphStyle('small', fontName='Helvetica-Oblique', fontSize=8, leading=10),
    }


def _para(text, style):
    return Paragraph(escape(text).replace('\n', '<br/>'), style)


def render_pdf(ag, path):
    o = ag.get('pdf', {})
    layout = o.get('layout', 'boxed')
    S = _styles(size=o.get('size', 9.5))
    accent = colors.HexColor(o.get('accent', '#7A1F2B'))
    S['h1'].textColor = accent
    W, H = A4
    lm = rm = 2.0 * cm
    tm, bm = 2.3 * cm, 2.0 * cm
    header_text = ag.get('header', '')
    footer_text = ag.get('footer', '')

    def decorate(canv, docobj, cover=False):
        canv.saveState()
        if not cover or o.get('header_on_cover', False):
            if header_text:
                canv.setFont('Helvetica', 8)
                canv.setFillColor(colors.HexColor('#444444'))
                y = H - 1.3 * cm
                for line in header_text.split('\n'):
                    canv.drawString(lm, y, line)
                    y -= 10
                canv.setStrokeColor(accent)
                canv.setLineWidth(0.8)
                canv.line(lm, H - 1.55 * cm - 10 * (len(header_text.split('\n')) - 1),
                          W - rm, H - 1.55 * cm - 10 * (len(header_text.split('\n')) - 1))
        canv.setFont('Helvetica', 7.5)
        canv.setFillColor(colors.HexColor('#444444'))
        if footer_text:
            canv.drawString(lm, 1.1 * cm, footer_text)
        canv.drawRightString(W - rm, 1.1 * cm, 'Page %d' % docobj.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title='', author=o.get('author', ''),
                          invariant=1, creator='', producer='')
    fw = W - lm - rm
    fh = H - tm - bm
    full = Frame(lm, bm, fw, fh, id='full')
    cover_t = PageTemplate(id='cover', frames=[Frame(lm, bm, fw, fh, id='c')],
                           onPage=lambda c, d: decorate(c, d, cover=True))
    if layout == 'twocol':
        gap = 0.7 * cm
        colw = (fw - gap) / 2
        frames = [Frame(lm, bm, colw, fh, id='L'), Frame(lm + colw + gap, bm, colw, fh, id='R')]
        body_t = PageTemplate(id='body', frames=frames, onPage=lambda c, d: decorate(c, d))
        wide_t = PageTemplate(id='wide', frames=[full], onPage=lambda c, d: decorate(c, d))
        doc.addPageTemplates([cover_t, body_t, wide_t])
        avail = colw
    else:
        body_t = PageTemplate(id='body', frames=[full], onPage=lambda c, d: decorate(c, d))
        avail = fw
        if ag['blocks'][0][0] == 'cover':
            doc.addPageTemplates([cover_t, body_t])
        else:
            doc.addPageTemplates([body_t, cover_t])

    story = []
    blocks = ag['blocks']
    has_cover = blocks and blocks[0][0] == 'cover'
    if not has_cover:
        story.append(NextPageTemplate('body'))
    cur_avail = fw if has_cover else avail
    wide_mode = False
    for b in blocks:
        kind = b[0]
        if kind == 'cover':
            story.append(Spacer(1, 3 * cm))
            for (text, size, bold, align) in b[1]:
                st = ParagraphStyle('cv', fontName='Helvetica-Bold' if bold else 'Helvetica',
                                    fontSize=size, leading=size * 1.3,
                                    alignment={'l': TA_LEFT, 'c': TA_CENTER, 'r': TA_RIGHT}[align],
                                    textColor=accent if size >= 16 else colors.black,
                                    spaceAfter=6)
                story.append(_para(text, st) if text else Spacer(1, size))
            story.append(NextPageTemplate('body'))
        elif kind == 'h':
            _, level, text, _k = b
            if layout == 'boxed' and level == 1:
                t = Table([[_para(text, ParagraphStyle('hb', parent=S['h1'],
                                                        textColor=colors.white,
                                                        spaceBefore=0, spaceAfter=0))]],
                          colWidths=[cur_avail])
                t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), accent),
                                       ('TOPPADDING', (0, 0), (-1, -1), 3),
                                       ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
                story.append(Spacer(1, 6))
                story.append(t)
                story.append(Spacer(1, 4))
            else:
                story.append(_para(text, S['h1'] if level == 1 else S['h2']))
        elif kind in ('p', 'purpose'):
            story.append(_para(b[1], S['body']))
        elif kind == 'small':
            story.append(_para(b[1], S['small']))
        elif kind == 'bullets':
            for item in b[1]:
                story.append(Paragraph(escape(item), S['bullet'], bulletText='\u2022'))
        elif kind == 'table':
            rows, topt = b[1], b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            widths = topt.get('widths')
            if widths:
                tot = sum(widths)
                colw = [cur_avail * w / tot for w in widths]
            else:
                colw = [cur_avail / ncol] * ncol
            data = []
            for i, row in enumerate(rows):
                cells = []
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ''
                    head = (topt.get('header') and i == 0) or (topt.get('bold_first_col') and j == 0)
                    cells.append(_para(txt, S['cellb'] if head else S['cell']))
                data.append(cells)
            t = Table(data, colWidths=colw, repeatRows=1 if topt.get('header') else 0)
            ts = [('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#555555')),
                  ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                  ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
            if topt.get('header'):
                ts.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E8D9DC')))
            if topt.get('bold_first_col'):
                ts.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#F2F2F2')))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == 'textbox':
            st = ParagraphStyle('tb', fontName='Helvetica-Bold', fontSize=17, leading=22,
                                alignment=TA_CENTER, textColor=accent)
            t = Table([[_para(l, st)] for l in b[1]], colWidths=[cur_avail * 0.9])
            t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.5, accent),
                                   ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#F6EEF0')),
                                   ('TOPPADDING', (0, 0), (-1, -1), 6),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
            story.append(t)
        elif kind == 'pb':
            story.append(PageBreak())
            if cur_avail == fw and layout == 'twocol' and not wide_mode:
                cur_avail = avail
        elif kind == 'wide':
            # switch two-column layout to a full-width page (for signature tables)
            if layout == 'twocol':
                story.append(NextPageTemplate('wide'))
                story.append(PageBreak())
                cur_avail = fw
                wide_mode = True
        else:
            raise ValueError(kind)
    doc.build(story)


# ----------------------------------------------------------------------------- helpers
def text_of(ag):
    out = []
    for b in ag['blocks']:
        if b[0] == 'cover':
            out += [t for (t, *_r) in b[1]]
        elif b[0] == 'h':
            out.append(b[2])
        elif b[0] in ('p', 'purpose', 'small'):
            out.append(b[1])
        elif b[0] in ('bullets', 'textbox'):
            out += b[1]
        elif b[0] == 'table':
            for r in b[1]:
                out += r
    if ag.get('header'):
        out.append(ag['header'])
    return '\n'.join(out)


def sections_of(ag):
    keys = []
    for b in ag['blocks']:
        if b[0] == 'h':
            for k in b[3]:
                if k not in keys:
                    keys.append(k)
    return keys


def purpose_of(ag):
    ps = [b[1] for b in ag['blocks'] if b[0] == 'purpose']
    assert len(ps) == 1, ag['id']
    return ps[0]


def fix_pdf_bytes(path):
    """Make LibreOffice PDFs repeatable: blank dates and IDs with same-length values."""
    data = open(path, 'rb').read()
    data = re.sub(rb"\(D:\d{14}", b"(D:20240101090000", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b'0' * len(m.group(1)))
                  .replace(m.group(2), b'0' * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b'/DocChecksum /' +
                  b'0' * (len(m.group(0)) - 14), data)
    open(path, 'wb').write(data)
