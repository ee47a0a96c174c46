"""Generate the primary_care blind corpus: files/ and truth.json beside this script.

Run from the repository root:  .venv/bin/python data/families/primary_care/make.py

Nine agreements written in the hand of primary and community care IG leads and DPOs. Each is
described once as a list of blocks and written out by two writers (python-docx and reportlab);
LibreOffice converts DOCX to PDF or DOC. Dates, zip entries and PDF IDs are normalised so that
reruns give byte-identical files.


Block model (a list of tuples):
  ('ctitle', text, size)      centred large bold line (cover)
  ('cline', text, size)       centred line (cover)
  ('space', points)
  ('textbox', [lines], size)  framed box (DOCX: a real VML text box; PDF: a boxed table)
  ('h1', text) / ('h2', text) headings
  ('p', text)                 paragraph
  ('lp', label, text)         paragraph starting with a bold label
  ('bul', [items])            bulleted list
  ('table', rows, opts)       rows = list of lists of str; opts: header(bool), widths(list of
                              fractions), size(int), shade(bool)
  ('pagebreak',)
"""
import json
import tempfile
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
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, KeepTogether)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
        'format_frequency', 'retention', 'accuracy', 'complaints', 'breach', 'agreement']

FIXED_DT = (2024, 1, 1, 0, 0, 0)
LO_PROFILE = "file:///tmp/lo_primary_care"


# ----------------------------------------------------------------------------- DOCX writer

def _hex(c):
    return RGBColor.from_string(c)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def _add_field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def _textbox_xml(lines, size, colour):
    paras = []
    for i, ln in enumerate(lines):
        sz = size * 2 if i == 0 else int(size * 1.4)
        b = '<w:b/>' if i == 0 else ''
        paras.append('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr>'
                     '<w:r><w:rPr>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                     % (b, sz, escape(ln)))
    return ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
            '<v:shape id="TitleBox" type="#_x0000_t202" style="position:absolute;margin-left:0;'
            'margin-top:0;width:430pt;height:%dpt;z-index:1;mso-position-horizontal:center" '
            'strokecolor="#%s" strokeweight="2pt" fillcolor="#F2F4F5">'
            '<v:textbox inset="10pt,10pt,10pt,10pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>'
            % (40 + 34 * len(lines), colour, ''.join(paras)))


def write_docx(path, spec):
    d = Document()
    st = d.styles['Normal']
    st.font.name = spec.get('font', 'Arial')
    st.font.size = Pt(spec.get('size', 10.5))
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts'); rpr.append(rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rfonts.set(qn(a), spec.get('font', 'Arial'))
    colour = spec.get('colour', '005EB8')
    for lvl, sz in (('Heading 1', 14), ('Heading 2', 12)):
        hs = d.styles[lvl]
        hs.font.name = spec.get('font', 'Arial')
        hs.font.size = Pt(sz)
        hs.font.color.rgb = _hex(colour)
        hrpr = hs.element.get_or_add_rPr()
        hrf = hrpr.find(qn('w:rFonts'))
        if hrf is None:
            hrf = OxmlElement('w:rFonts'); hrpr.append(hrf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            hrf.set(qn(a), spec.get('font', 'Arial'))
        for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:cstheme', 'w:eastAsiaTheme'):
            if hrf.get(qn(a)) is not None:
                del hrf.attrib[qn(a)]
    sec = d.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.0)
    if spec.get('first_page_plain'):
        sec.different_first_page_header_footer = True
    if spec.get('header'):
        hp = sec.header.paragraphs[0]
        hp.text = ''
        r = hp.add_run(spec['header'])
        r.font.size = Pt(8.5); r.font.color.rgb = _hex('444444')
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if spec.get('header_right') else WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get('footer'):
        r = fp.add_run(spec['footer'] + '    ')
        r.font.size = Pt(8)
    r = fp.add_run('Page '); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); _add_field(r, 'PAGE')
    r = fp.add_run(' of '); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); _add_field(r, 'NUMPAGES')
    hmode = spec.get('heading_mode', 'styled')

    for blk in spec['blocks']:
        kind = blk[0]
        if kind == 'ctitle':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1]); r.bold = True; r.font.size = Pt(blk[2] if len(blk) > 2 else 20)
            r.font.color.rgb = _hex(colour)
        elif kind == 'cline':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1]); r.font.size = Pt(blk[2] if len(blk) > 2 else 12)
        elif kind == 'space':
            p = d.add_paragraph(); p.paragraph_format.space_after = Pt(blk[1])
        elif kind == 'textbox':
            p = d.add_paragraph()
            p._p.append(parse_xml(_textbox_xml(blk[1], blk[2] if len(blk) > 2 else 16, colour)))
            for _ in range(3 + len(blk[1])):
                d.add_paragraph()
        elif kind in ('h1', 'h2'):
            if hmode == 'styled':
                d.add_heading(blk[1], level=1 if kind == 'h1' else 2)
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(10 if kind == 'h1' else 6)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(blk[1]); r.bold = True
                r.font.size = Pt(12.5 if kind == 'h1' else 11)
                if hmode == 'bold_underline' and kind == 'h1':
                    r.underline = True
        elif kind == 'p':
            p = d.add_paragraph(blk[1])
            p.paragraph_format.space_after = Pt(6)
        elif kind == 'lp':
            p = d.add_paragraph()
            r = p.add_run(blk[1] + ' '); r.bold = True
            p.add_run(blk[2])
            p.paragraph_format.space_after = Pt(6)
        elif kind == 'bul':
            for it in blk[1]:
                d.add_paragraph(it, style='List Bullet')
        elif kind == 'table':
            rows = blk[1]; opts = blk[2] if len(blk) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = opts.get('widths')
            total = 16.6
            if widths:
                t.autofit = False
                for j, col in enumerate(t.columns):
                    col.width = Cm(total * widths[j])
            for i, row in enumerate(rows):
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ''
                    cell = t.cell(i, j)
                    cell.text = ''
                    lines = txt.split('\n')
                    par = cell.paragraphs[0]
                    for k, ln in enumerate(lines):
                        if k:
                            par = cell.add_paragraph()
                        if opts.get('keep') and i < len(rows) - 1:
                            par.paragraph_format.keep_with_next = True
                        run = par.add_run(ln)
                        run.font.size = Pt(opts.get('size', 9))
                        if (opts.get('header', True) and i == 0) or (opts.get('label_col') and j == 0):
                            run.bold = True
                    if opts.get('header', True) and i == 0 and opts.get('shade', True):
                        _shade(cell, opts.get('fill', 'D9E2F3'))
                    if opts.get('label_col') and j == 0:
                        _shade(cell, opts.get('fill', 'EDEDED'))
                    if widths:
                        cell.width = Cm(total * widths[j])
            if opts.get('header', True):
                trPr = t.rows[0]._tr.get_or_add_trPr()
                th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true')
                trPr.append(th)
                for c in t.rows[0].cells:
                    for par in c.paragraphs:
                        par.paragraph_format.keep_with_next = True
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == 'pagebreak':
            p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)

    cp = d.core_properties
    import datetime as _dt
    cp.author = spec.get('author', '')
    cp.title = spec.get('meta_title', '')
    cp.created = _dt.datetime(2024, 1, 1)
    cp.modified = _dt.datetime(2024, 1, 1)
    cp.last_modified_by = spec.get('author', '')
    cp.revision = 1
    d.save(path)
    normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


# ----------------------------------------------------------------------------- LibreOffice

def soffice_convert(src, fmt, outdir):
    subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
                    '--convert-to', fmt, '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    if fmt == 'pdf':
        normalise_pdf(out)
    return out


def normalise_pdf(path):
    """Blank out creation dates and the document ID with same-length text, so the xref
    table stays valid and reruns give identical bytes."""
    with open(path, 'rb') as f:
        b = f.read()

    def fix_date(m):
        s = m.group(2)
        return m.group(1) + re.sub(rb'\d', b'0', s)
    b = re.sub(rb'(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)', fix_date, b)
    b = re.sub(rb'(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)', fix_date, b)

    def fix_id(m):
        return re.sub(rb'<[0-9A-Fa-f]+>', lambda h: b'<' + b'0' * (len(h.group(0)) - 2) + b'>', m.group(0))
    b = re.sub(rb'/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]', fix_id, b)
    b = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', lambda m: m.group(1) + b'0' * len(m.group(2)), b)
    b = re.sub(rb'(xmpMM:(?:DocumentID|InstanceID)>)([^<]*)', lambda m: m.group(1) + re.sub(rb'[0-9a-fA-F]', b'0', m.group(2)), b)
    with open(path, 'wb') as f:
        f.write(b)


# ----------------------------------------------------------------------------- reportlab writer

def _esc(t):
    return escape(t).replace('\n', '<br/>')


def write_pdf_rl(path, spec):
    layout = spec.get('rl_layout', 'boxed')
    base = spec.get('rl_font', 'Helvetica')
    bold = {'Helvetica': 'Helvetica-Bold', 'Times-Roman': 'Times-Bold'}[base]
    ital = {'Helvetica': 'Helvetica-Oblique', 'Times-Roman': 'Times-Italic'}[base]
    accent = colors.HexColor('#' + spec.get('colour', '005EB8'))
    fs = spec.get('rl_size', 9.5)
    sty = {
        'p': ParagraphStyle('p', fontName=base, fontSize=fs, leading=fs * 1.32, spaceAfter=5),
        'h1': ParagraphStyle('h1', fontName=bold, fontSize=fs + 3, leading=(fs + 3) * 1.25,
                             spaceBefore=9, spaceAfter=5, textColor=accent, keepWithNext=1),
        'h2': ParagraphStyle('h2', fontName=bold, fontSize=fs + 1, leading=(fs + 1) * 1.3,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        'bul': ParagraphStyle('bul', fontName=base, fontSize=fs, leading=fs * 1.3, leftIndent=14,
                              bulletIndent=4, spaceAfter=2),
        'cell': ParagraphStyle('cell', fontName=base, fontSize=fs - 1, leading=(fs - 1) * 1.25),
        'cellb': ParagraphStyle('cellb', fontName=bold, fontSize=fs - 1, leading=(fs - 1) * 1.25),
        'ctitle': ParagraphStyle('ctitle', fontName=bold, fontSize=20, leading=25, alignment=TA_CENTER,
                                 textColor=accent, spaceAfter=8),
        'cline': ParagraphStyle('cline', fontName=base, fontSize=12, leading=16, alignment=TA_CENTER,
                                spaceAfter=6),
    }
    if layout == 'banded':
        sty['h1'] = ParagraphStyle('h1b', parent=sty['h1'], textColor=colors.white, backColor=accent,
                                   borderPadding=(3, 4, 3, 4), spaceBefore=12, spaceAfter=8)
    W, H = A4
    lm = rm = 2.0 * cm
    tm, bm = 2.3 * cm, 2.0 * cm
    header = spec.get('header', '')
    footer = spec.get('footer', '')
    first_plain = spec.get('first_page_plain', False)

    def deco(canv, doc):
        canv.saveState()
        pg = canv.getPageNumber()
        if not (first_plain and pg == 1):
            if header:
                canv.setFont(ital if layout == 'old' else base, 8)
                canv.setFillColor(colors.HexColor('#444444'))
                canv.drawString(lm, H - 1.35 * cm, header)
                if layout != 'old':
                    canv.setStrokeColor(accent); canv.setLineWidth(0.8)
                    canv.line(lm, H - 1.5 * cm, W - rm, H - 1.5 * cm)
            canv.setFont(base, 7.5)
            canv.setFillColor(colors.HexColor('#444444'))
            if footer:
                canv.drawString(lm, 1.15 * cm, footer)
            canv.drawRightString(W - rm, 1.15 * cm, 'Page %d' % pg)
            if layout == 'twocol':
                canv.setStrokeColor(colors.HexColor('#BBBBBB')); canv.setLineWidth(0.4)
                canv.line(W / 2, bm, W / 2, H - tm)
        canv.restoreState()

    fw = W - lm - rm
    gap = 0.7 * cm
    if layout == 'twocol':
        cw = (fw - gap) / 2
        full = Frame(lm, bm, fw, H - tm - bm, id='full')
        c1 = Frame(lm, bm, cw, H - tm - bm, id='c1')
        c2 = Frame(lm + cw + gap, bm, cw, H - tm - bm, id='c2')
        templates = [PageTemplate(id='cover', frames=[full], onPage=deco),
                     PageTemplate(id='body', frames=[c1, c2], onPage=deco)]
        colw = cw
    else:
        full = Frame(lm, bm, fw, H - tm - bm, id='full')
        templates = [PageTemplate(id='cover', frames=[full], onPage=deco)]
        colw = fw
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=spec.get('meta_title', ''),
                          author=spec.get('author', ''), creator='', producer='ReportLab',
                          invariant=1, pageTemplates=templates)
    story = []
    in_body = False
    for blk in spec['blocks']:
        kind = blk[0]
        width = colw if in_body or layout != 'twocol' else fw
        if kind == 'ctitle':
            s = ParagraphStyle('x', parent=sty['ctitle'], fontSize=blk[2] if len(blk) > 2 else 20,
                               leading=(blk[2] if len(blk) > 2 else 20) * 1.25)
            story.append(Paragraph(_esc(blk[1]), s))
        elif kind == 'cline':
            s = ParagraphStyle('y', parent=sty['cline'], fontSize=blk[2] if len(blk) > 2 else 12,
                               leading=(blk[2] if len(blk) > 2 else 12) * 1.3)
            story.append(Paragraph(_esc(blk[1]), s))
        elif kind == 'space':
            story.append(Spacer(1, blk[1]))
        elif kind == 'textbox':
            size = blk[2] if len(blk) > 2 else 16
            cells = []
            for i, ln in enumerate(blk[1]):
                s = ParagraphStyle('tb%d' % i, fontName=bold if i == 0 else base,
                                   fontSize=size if i == 0 else size * 0.7,
                                   leading=(size if i == 0 else size * 0.7) * 1.25,
                                   alignment=TA_CENTER, spaceAfter=4)
                cells.append([Paragraph(_esc(ln), s)])
            t = Table(cells, colWidths=[width * 0.9])
            t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 2, accent),
                                   ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#F2F4F5')),
                                   ('TOPPADDING', (0, 0), (-1, -1), 6),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
            story.append(t)
        elif kind == 'h1':
            story.append(Paragraph(_esc(blk[1]), sty['h1']))
            if layout == 'boxed':
                story.append(HRFlowable(width='100%', thickness=0.6, color=accent, spaceAfter=4))
        elif kind == 'h2':
            story.append(Paragraph(_esc(blk[1]), sty['h2']))
        elif kind == 'p':
            story.append(Paragraph(_esc(blk[1]), sty['p']))
        elif kind == 'lp':
            story.append(Paragraph('<font name="%s">%s</font> %s' % (bold, _esc(blk[1]), _esc(blk[2])),
                                   sty['p']))
        elif kind == 'bul':
            for it in blk[1]:
                story.append(Paragraph(_esc(it), sty['bul'], bulletText='\u2022'))
        elif kind == 'table':
            rows = blk[1]; opts = blk[2] if len(blk) > 2 else {}
            ncol = max(len(r) for r in rows)
            widths = opts.get('widths') or [1.0 / ncol] * ncol
            data = []
            for i, row in enumerate(rows):
                line = []
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ''
                    b = (opts.get('header', True) and i == 0) or (opts.get('label_col') and j == 0)
                    line.append(Paragraph(_esc(txt), sty['cellb' if b else 'cell']))
                data.append(line)
            t = Table(data, colWidths=[width * w for w in widths], repeatRows=1 if opts.get('header', True) else 0)
            ts = [('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#777777')),
                  ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                  ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
            if layout == 'boxed' or layout == 'banded':
                ts.append(('BOX', (0, 0), (-1, -1), 1.4, accent))
            if opts.get('header', True) and opts.get('shade', True):
                ts.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DCE6F2')))
            if opts.get('label_col'):
                ts.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#EEEEEE')))
            t.setStyle(TableStyle(ts))
            story.append(KeepTogether([t]) if opts.get('keep') else t)
            story.append(Spacer(1, 7))
        elif kind == 'pagebreak':
            if layout == 'twocol' and not in_body:
                story.append(NextPageTemplate('body'))
                in_body = True
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    while story and isinstance(story[-1], Spacer):
        story.pop()
    doc.build(story)


# ============================================================ agreements 1-3
UKGDPR = "UK General Data Protection Regulation"


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def P(name, org=None):
    return {"name": name, "org": org}


# =========================================================================================
# 1. Chelmsford West PCN - social prescribing (title only in the Word header)
# =========================================================================================

def doc1():
    title = "Social Prescribing and Community Connector Referrals"
    purpose = ("This agreement allows the member practices of Chelmsford West Primary Care Network to "
               "refer patients to social prescribing link workers and community connectors, and allows "
               "those workers to report the outcome of each referral back to the patient's registered "
               "practice, so that non-medical needs such as loneliness, debt, housing and carer strain "
               "can be met as part of the patient's direct care.")
    b = [
        ('space', 40),
        ('ctitle', 'DATA SHARING AGREEMENT', 26),
        ('space', 10),
        ('cline', 'between the member practices of Chelmsford West Primary Care Network,', 12),
        ('cline', 'Essex County Council, Chelmsford City Council and voluntary sector partners', 12),
        ('space', 30),
        ('table', [
            ['Reference', 'CWPCN-DSA-004'],
            ['Version', '2.1 (approved)'],
            ['Lead organisation', 'Chelmsford West Primary Care Network (host practice: Rainsford Lane Surgery, F81127)'],
            ['Author', 'Priya Natarajan, Information Governance Lead, Chelmsford West PCN'],
            ['Approved by', 'Dr Owen Marsh, Clinical Director and Caldicott Guardian, Chelmsford West PCN'],
            ['Date approved', '14/03/2024'],
            ['Effective from', '01/04/2024'],
            ['Date of next review', '31/03/2025'],
            ['DPIA reference', 'CWPCN-DPIA-2023-07 (reviewed February 2024)'],
            ['Classification', 'OFFICIAL - SENSITIVE once completed with patient details'],
        ], {'header': False, 'label_col': True, 'widths': [0.3, 0.7], 'size': 9.5}),
        ('space', 20),
        ('cline', 'Direct care only - this agreement does not cover any secondary use of data', 10),
        ('pagebreak',),
        ('h1', 'Version history'),
        ('table', [
            ['Version', 'Date', 'Author', 'Summary of changes'],
            ['1.0', '12/01/2022', 'P Natarajan', 'First issue, covering link worker referrals under the Network Contract DES'],
            ['2.0', '20/02/2023', 'P Natarajan', 'Age UK Essex added as a partner; outcome returns to practices introduced'],
            ['2.1', '14/03/2024', 'P Natarajan', 'References to the ICB updated; National Data Opt-out wording clarified; contacts refreshed'],
        ], {'widths': [0.1, 0.15, 0.17, 0.58]}),
        ('h1', 'Contents'),
        ('p', '1. Why we are sharing information'),
        ('p', '2. Organisations signing this agreement'),
        ('p', '3. What information will be shared'),
        ('p', '4. Our legal basis'),
        ('p', "5. Patients' rights and how we tell them"),
        ('p', '6. Keeping information safe'),
        ('p', '7. How and when information is exchanged'),
        ('p', '8. How long records are kept'),
        ('p', '9. Getting the information right'),
        ('p', '10. If something goes wrong'),
        ('p', '11. Starting, reviewing and leaving this agreement'),
        ('p', 'Appendix A - Schedule of data flows'),
        ('p', 'Appendix B - Contacts'),
        ('pagebreak',),
        ('h1', '1. Why we are sharing information'),
        ('p', purpose),
        ('p', "Social prescribing link workers are employed by the PCN through the Additional Roles "
              "Reimbursement Scheme and are hosted by Rainsford Lane Surgery. Community connectors are "
              "employed by Chelmsford CVS and Age UK Essex and work alongside the link workers from the "
              "same referral list. Where a patient also needs a Care Act assessment, help with a housing "
              "problem or a disabled facilities adaptation, the link worker may, with the patient's "
              "agreement, pass a referral on to Essex County Council or Chelmsford City Council."),
        ('p', "The sharing described here is for direct care only. It does not allow any information to "
              "be used for planning, research, commissioning or other secondary purposes; any such use "
              "would need a separate agreement and its own data protection impact assessment (DPIA)."),
        ('h1', '2. Organisations signing this agreement'),
        ('p', "Each organisation listed below is a controller in its own right for the records it makes "
              "and keeps. None of them processes personal data on behalf of another under this agreement. "
              "The lead organisation co-ordinates reviews of the agreement and keeps the signed copy."),
        ('table', [
            ['Organisation', 'Role in the service', 'ODS code / ICO registration', 'IG contact'],
            ['Chelmsford West Primary Care Network', 'Lead organisation; employs the link workers through the host practice', 'U47213 / via host practice', 'Priya Natarajan, IG Lead'],
            ['Rainsford Lane Surgery', 'Member practice and PCN host', 'F81127 / Z1834467', 'Practice Manager'],
            ['Melbourne Avenue Medical Centre', 'Member practice', 'F81066 / Z1790023', 'Practice Manager'],
            ['Roxwell Road Practice', 'Member practice', 'F81213 / ZA104582', 'Practice Manager'],
            ['Widford Park Surgery', 'Member practice', 'F81704 / Z2566019', 'Practice Manager'],
            ['Essex County Council', 'Adult Social Care and Health, Mid Essex locality', 'Z2120726', 'Information Governance Team'],
            ['Chelmsford City Council', 'Housing Options and Community Services', 'Z7829039', 'Information Governance Officer'],
            ['Chelmsford CVS', 'Community connectors (all ages)', 'ZA271190', 'Operations Manager'],
            ['Age UK Essex', 'Community connectors (people aged 50 and over)', 'Z5603344', 'Data Protection Lead'],
        ], {'widths': [0.28, 0.32, 0.2, 0.2], 'size': 8.5}),
        ('h1', '3. What information will be shared'),
        ('p', "Only the information needed to make and act on a referral will be shared. The referring "
              "clinician must leave out clinical detail that the link worker or connector does not need. "
              "The data items are listed below and the flows are set out in Appendix A."),
        ('table', [
            ['Data item', 'From', 'To', 'Notes'],
            ['NHS number, name, date of birth, address, telephone number, preferred contact method', 'Practice', 'Link worker or connector', 'Minimum needed to identify and contact the patient'],
            ['Reason for referral (free text, up to 500 characters)', 'Practice', 'Link worker', 'Written in plain language, agreed with the patient'],
            ['Conditions affecting participation (for example mobility, hearing loss, memory problems)', 'Practice', 'Link worker or connector', 'Only where needed to arrange support safely'],
            ['SNOMED CT 871731000000106 Referral to social prescribing service', 'Practice', 'GP record', 'Coded when the referral is made'],
            ['Outcome summary: activities and services taken up, date closed', 'Link worker or connector', 'Practice', 'Returned to the practice workflow and coded'],
            ['Onward referral details (Care Act assessment, housing)', 'Link worker', 'Essex County Council or Chelmsford City Council', 'Only with the patient\'s agreement'],
        ], {'widths': [0.36, 0.16, 0.2, 0.28], 'size': 8.5}),
        ('p', "Special category data (data concerning health) will be shared. Criminal offence data will "
              "not be shared under this agreement. Safeguarding concerns are raised through the "
              "safeguarding procedures of each organisation and not through this agreement alone."),
        ('h1', '4. Our legal basis'),
        ('p', "All parties process personal data under the UK GDPR and the Data Protection Act 2018. For "
              "the NHS parties the sharing is for direct care: the lawful basis is Article 6(1)(e) (a task "
              "carried out in the public interest) and the condition for health data is Article 9(2)(h) "
              "(the provision of health or social care), read with paragraph 2 of Part 1 of Schedule 1 "
              "to the 2018 Act."),
        ('p', "For the councils, the relevant functions are those under the Care Act 2014, in particular "
              "the duties to prevent needs for care and support and to co-operate with relevant partners, "
              "and the housing functions of Chelmsford City Council. Chelmsford CVS and Age UK Essex "
              "deliver the connector service under a contract with the PCN and rely on Article 6(1)(e) "
              "and Article 9(2)(h); their staff are bound by a contractual duty of confidence."),
        ('p', "Section 251B of the Health and Social Care Act 2012 requires health and adult social care "
              "bodies to share information about an individual where this will facilitate their care and "
              "is in their best interests, unless the individual objects."),
        ('p', "Common law duty of confidentiality: each referral is discussed with the patient and made "
              "with their agreement, so information is shared with the patient's implied consent for their "
              "own care. A patient can decline or withdraw from a referral at any time. The National Data "
              "Opt-out does not apply, because the sharing is for direct care."),
        ('p', "The parties will apply the eight Caldicott Principles, and in particular will share the "
              "minimum information needed and only with staff who need it for the patient's care."),
        ('h1', "5. Patients' rights and how we tell them"),
        ('p', "Each member practice will describe social prescribing in its privacy notice and tell the "
              "patient, when the referral is discussed, which organisation will contact them. Chelmsford "
              "CVS and Age UK Essex will give the patient their own privacy information at first contact."),
        ('p', "A request from a patient to see their records will be answered by the controller that holds "
              "them, within one calendar month. If a request covers records held by another party, the "
              "receiving party will tell the patient where to apply, and will not pass the request on "
              "without the patient's agreement. Requests to correct, restrict or object to the use of "
              "information are handled the same way."),
        ('p', "Requests made under the Freedom of Information Act 2000 about the service are answered by "
              "the public authority that receives them, after consulting the party whose information is "
              "involved."),
        ('h1', '6. Keeping information safe'),
        ('bul', [
            "Every member practice, and both councils, publish a Data Security and Protection Toolkit "
            "(DSPT) assessment at 'Standards Met' or above. Chelmsford CVS and Age UK Essex have "
            "completed the DSPT for 2023/24 and will keep it current.",
            "Referrals and outcome summaries are sent only by NHSmail or from the clinical system. "
            "Council staff use their own accredited secure email; connectors use NHSmail accounts "
            "issued by the PCN.",
            "Link workers access EMIS Web with their own smartcard and only the records of patients "
            "referred to them. Access is audited by the host practice every quarter.",
            "No patient information is held on personal devices, removable media or personal email "
            "accounts. Paper notes are not used.",
            "All staff complete annual data security awareness training before they are given access.",
        ]),
        ('h1', '7. How and when information is exchanged'),
        ('p', "The practice completes the PCN social prescribing referral template in the clinical system, "
              "which sends the referral to the shared NHSmail mailbox cwpcn.socialprescribing@nhs.net. "
              "The link worker team triages new referrals every working day and allocates them to a link "
              "worker or connector within three working days."),
        ('p', "When a case is closed the link worker or connector sends an outcome summary to the practice "
              "within ten working days, and the practice codes it into the record. Onward referrals to "
              "the councils are made on the councils' own referral forms, by secure email. A monthly "
              "count of referrals and outcomes, containing no personal data, goes to the PCN board."),
        ('p', "Information may be discussed by telephone where the caller's identity has been checked. "
              "Fax is not used."),
        ('h1', '8. How long records are kept'),
        ('p', "The outcome summary becomes part of the GP record and is kept for as long as the Records "
              "Management Code of Practice 2021 requires for GP records. Link worker case notes held in "
              "EMIS Web are kept for eight years after the case is closed. Chelmsford CVS and Age UK Essex "
              "keep connector case notes for six years after closure and then destroy them securely. The "
              "councils keep onward referrals in line with their own retention schedules."),
        ('h1', '9. Getting the information right'),
        ('p', "The referring practice checks the patient's contact details with them at the time of "
              "referral. A party that finds that information it has received is wrong will tell the party "
              "that sent it, which will correct its own records and tell any other party that received the "
              "same information. Outcome summaries must say what the patient reported and what the worker "
              "observed, and keep opinion separate from fact."),
        ('h1', '10. If something goes wrong'),
        ('p', "Any party that becomes aware of a personal data breach involving information shared under "
              "this agreement will tell its own Data Protection Officer straight away, and the lead "
              "organisation and the party that supplied the information within 24 hours. NHS parties "
              "will report through the DSPT incident reporting tool. The controller responsible will "
              "decide whether the breach must be reported to the Information Commissioner's Office within "
              "72 hours and whether the patient must be told. The Caldicott Guardian of the patient's "
              "practice will be informed of every breach."),
        ('h1', '11. Starting, reviewing and leaving this agreement'),
        ('p', "This agreement takes effect from 1 April 2024 and replaces version 2.0. It will be reviewed "
              "by the date shown in the document control table on the front page, or earlier if the "
              "service, the parties or the law change."),
        ('p', "A party may leave the agreement by giving 30 days' notice in writing to the lead "
              "organisation. Information already shared before the party leaves may be kept and used by "
              "the receiving party in line with this agreement and the law. A new party may join by "
              "signing a copy of the current version."),
        ('p', "By signing below each organisation agrees to follow this agreement."),
        ('table', [
            ['Organisation', 'Name', 'Post', 'Signature', 'Date'],
            ['Chelmsford West Primary Care Network', 'Dr Owen Marsh', 'Clinical Director and Caldicott Guardian', 'O. Marsh', '18/03/2024'],
            ['Rainsford Lane Surgery (F81127)', 'Dr Helen Okafor', 'Senior Partner and Caldicott Guardian', 'H. Okafor', '18/03/2024'],
            ['Melbourne Avenue Medical Centre (F81066)', 'Dr Tom Ridley', 'Partner and Caldicott Guardian', 'T. Ridley', '19/03/2024'],
            ['Roxwell Road Practice (F81213)', 'Sandra Pryke', 'Practice Manager', 'S. Pryke', '20/03/2024'],
            ['Widford Park Surgery (F81704)', 'Dr Amir Hassan', 'Partner and Caldicott Guardian', 'A. Hassan', '21/03/2024'],
            ['Essex County Council', 'Mark Devlin', 'Director, Adult Social Care (Mid Essex)', 'M. Devlin', '25/03/2024'],
            ['Chelmsford City Council', 'Louise Greaves', 'Head of Housing Services', 'L. Greaves', '26/03/2024'],
            ['Chelmsford CVS', 'Janet Aldous', 'Chief Executive', 'J. Aldous', '22/03/2024'],
            ['Age UK Essex', 'Robert Fenn', 'Chief Executive', 'R. Fenn', '27/03/2024'],
        ], {'widths': [0.3, 0.16, 0.26, 0.13, 0.15], 'size': 8.5}),
        ('pagebreak',),
        ('h1', 'Appendix A - Schedule of data flows'),
        ('table', [
            ['Flow', 'From', 'To', 'Method', 'Frequency'],
            ['A1 Referral', 'Member practice', 'Link worker team', 'Clinical system template to NHSmail', 'Per referral'],
            ['A2 Allocation', 'Link worker team', 'Chelmsford CVS / Age UK Essex', 'NHSmail', 'Per referral'],
            ['A3 Outcome summary', 'Link worker or connector', 'Member practice', 'NHSmail to practice workflow', 'On closure, within 10 working days'],
            ['A4 Onward referral', 'Link worker', 'Essex County Council / Chelmsford City Council', 'Council referral form by secure email', 'As needed'],
            ['A5 Activity count', 'Link worker team', 'PCN board', 'Report with no personal data', 'Monthly'],
        ], {'widths': [0.18, 0.2, 0.24, 0.24, 0.14], 'size': 8.5}),
        ('h1', 'Appendix B - Contacts'),
        ('table', [
            ['Organisation', 'Contact', 'Email'],
            ['Chelmsford West Primary Care Network', 'Priya Natarajan, IG Lead', 'cwpcn.ig@nhs.net'],
            ['Essex County Council', 'Information Governance Team', 'Informationgovernanceteam@essex.gov.uk'],
            ['Chelmsford City Council', 'Information Governance Officer', 'information.governance@chelmsford.gov.uk'],
            ['Chelmsford CVS', 'Operations Manager', 'connectors@chelmsfordcvs.org.uk'],
            ['Age UK Essex', 'Data Protection Lead', 'dataprotection@ageukessex.org.uk'],
        ], {'widths': [0.35, 0.3, 0.35], 'size': 8.5}),
    ]
    spec = {
        'stem': 'pc01_chelmsford_west_pcn_social_prescribing',
        'blocks': b, 'font': 'Arial', 'colour': '005EB8', 'heading_mode': 'styled',
        'header': title + '  -  v2.1  -  OFFICIAL', 'footer': 'CWPCN-DSA-004',
        'author': 'Priya Natarajan', 'meta_title': 'CWPCN DSA 004',
        'outputs': ['docx', 'pdf_word', 'doc'],
    }
    truth = {
        'title': title, 'purpose': purpose,
        'lead': P('Chelmsford West Primary Care Network'),
        'partners': [P('Rainsford Lane Surgery'), P('Melbourne Avenue Medical Centre'), P('Roxwell Road Practice'),
                     P('Widford Park Surgery'), P('Essex County Council', 'Essex County Council'),
                     P('Chelmsford City Council', 'Chelmsford City Council'), P('Chelmsford CVS'), P('Age UK Essex')],
        'statutes': [S('UK GDPR', UKGDPR, None), S('Data Protection Act 2018', 'Data Protection Act', 2018),
                     S('Care Act 2014', 'Care Act', 2014),
                     S('Section 251B of the Health and Social Care Act 2012', 'Health and Social Care Act', 2012, 'section 251B'),
                     S('Freedom of Information Act 2000', 'Freedom of Information Act', 2000)],
        'review_date': '2025-03-31', 'review_basis': 'explicit', 'commencement_date': '2024-04-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
                             'format_frequency', 'retention', 'accuracy', 'breach', 'agreement'],
    }
    return spec, truth


# =========================================================================================
# 2. MSE ICB community pharmacy data processing agreement (two-column reportlab)
# =========================================================================================

def doc2():
    title = "Community Pharmacy Blood Pressure Check Service - Local Reporting and GP Notification"
    purpose = ("The Controller commissions a local enhancement to the national community pharmacy blood "
               "pressure check service, under which patients whose clinic readings are raised are offered "
               "ambulatory monitoring and their results are sent to their registered GP practice. This "
               "Agreement sets out how the Processor will process personal data on the Controller's behalf "
               "to record consultations, notify practices and produce the monthly activity reports that "
               "the Controller needs to pay for and monitor the service.")
    b = [
        ('cline', 'NHS Mid and South Essex Integrated Care Board', 13),
        ('space', 50),
        ('ctitle', 'Data Processing Agreement', 26),
        ('space', 6),
        ('ctitle', title, 16),
        ('space', 16),
        ('cline', 'Published by NHS Mid and South Essex Integrated Care Board as Controller', 11),
        ('cline', 'Processor: Pinnacle Health Partnership LLP (PharmOutcomes)', 11),
        ('cline', 'Version 1.3  |  OFFICIAL  |  ICB reference MSE-IG-DPA-0212', 10),
        ('space', 30),
        ('table', [
            ['Document control', ''],
            ['Version', '1.3'],
            ['Approved by', 'Caldicott Guardian and Senior Information Risk Owner, NHS Mid and South Essex ICB'],
            ['Date approved', '21 March 2023'],
            ['Review due', 'March 2024'],
            ['DPIA', 'MSE-DPIA-0188, completed 02/03/2023'],
            ['DSPT status', 'ICB (QH8): Standards Exceeded 2021/22. Processor: Standards Met 2021/22'],
            ['Contact', 'mseicb.dataprotection@nhs.net'],
        ], {'header': True, 'label_col': True, 'widths': [0.28, 0.72], 'size': 9}),
        ('pagebreak',),
        ('h1', '1. Parties'),
        ('p', 'This Agreement is made between:'),
        ('bul', [
            "(1) NHS Mid and South Essex Integrated Care Board, Phoenix Court, Christopher Martin Road, "
            "Basildon SS14 3HG (the Controller);",
            "(2) Pinnacle Health Partnership LLP, which provides the PharmOutcomes platform (the Processor); and",
            "(3) Community Pharmacy Essex, the Local Pharmaceutical Committee for Essex, Southend and "
            "Thurrock, which has consulted contractors on this Agreement and will circulate it to them "
            "(the LPC).",
        ]),
        ('p', "Pharmacy contractors that take part in the service sign the adherence schedule at Schedule 3. "
              "Each contractor remains an independent controller for its own consultation records."),
        ('h1', '2. Background and purpose'),
        ('p', purpose),
        ('p', "The Processor acts only on the documented instructions of the Controller set out in this "
              "Agreement and its Schedules. The Processor must not use the data for its own purposes, for "
              "benchmarking across other clients, or for product development."),
        ('h1', '3. Definitions'),
        ('p', "Terms such as controller, processor, personal data, processing and personal data breach have "
              "the meanings given in the UK GDPR and the Data Protection Act 2018. Service means the local blood pressure service described "
              "in the service specification MSE-CP-BP-02. Working day means a day other than a weekend or a "
              "bank holiday in England."),
        ('h1', '4. Lawful basis'),
        ('p', "The Controller processes this data to carry out its functions under the National Health "
              "Service Act 2006, as amended by the Health and Care Act 2022, including its duty to "
              "arrange primary medical and pharmaceutical services. The lawful basis is Article 6(1)(e) "
              "of the UK GDPR, and the condition for health data is Article 9(2)(h), with paragraph 2 of "
              "Part 1 of Schedule 1 to the 2018 Act."),
        ('p', "Contractors provide the service under the National Health Service (Pharmaceutical and Local "
              "Pharmaceutical Services) Regulations 2013 and the locally commissioned service terms. The "
              "notification to the GP practice is for the patient's direct care, so the National Data "
              "Opt-out does not apply to it. The monthly reports contain no patient identifiers."),
        ('p', "This Agreement is intended to meet the requirements of Article 28(3) of the UK GDPR."),
        ('h1', "5. Processor's obligations"),
        ('bul', [
            "Process the personal data only on the Controller's documented instructions, including in "
            "relation to any transfer outside the United Kingdom. No transfers outside the UK are authorised.",
            "Ensure that every person authorised to process the data is under a duty of confidence.",
            "Engage a sub-processor only with the Controller's prior written authorisation. The approved "
            "sub-processors are listed in Schedule 2.",
            "Make available all information needed to show compliance with Article 28 and allow audits "
            "by the Controller or an auditor it appoints, on 20 working days' notice.",
        ]),
        ('h1', '6. Security of processing'),
        ('p', "The Processor will keep appropriate technical and organisational measures in place, "
              "including: a DSPT assessment at Standards Met or above; Cyber Essentials Plus certification; "
              "ISO/IEC 27001 certification for the hosting environment; encryption in transit (TLS 1.2 or "
              "above) and at rest; role-based access with multi-factor authentication; and audit logs kept "
              "for at least two years. Unauthorised access to the platform is an offence under the Computer "
              "Misuse Act 1990 and the Processor will refer any attempted intrusion to the police."),
        ('h1', '7. Data subject rights'),
        ('p', "The Processor will tell the Controller within five working days if it receives a request "
              "from an individual to exercise their rights, and will not respond to the request itself "
              "unless the Controller instructs it to. The Processor will help the Controller to respond, "
              "including by providing copies of records within ten working days of being asked."),
        ('h1', '8. Personal data breaches'),
        ('p', "The Processor will notify the Controller without undue delay, and in any case within 24 "
              "hours, after becoming aware of a personal data breach, giving the details listed in Article "
              "33(3) so far as they are known. The Controller decides whether to notify the Information "
              "Commissioner and affected individuals. The LPC will help the Controller to contact affected "
              "contractors."),
        ('h1', '9. Return and deletion'),
        ('p', "On the Controller's instruction, consultation records are kept on the platform for eight "
              "years from the date of the consultation, in line with the Records Management Code of "
              "Practice 2021, and are then deleted. Monthly reports are kept for six years. When this "
              "Agreement ends the Processor will, at the Controller's choice, return or delete all personal "
              "data within 30 days and confirm deletion in writing, unless the law requires it to be kept."),
        ('h1', '10. Term, termination and execution'),
        ('p', "This Agreement commences on 1 April 2023 and continues while the Processor provides the "
              "platform for the Service, unless ended earlier. Either the Controller or the Processor may "
              "end it on three months' written notice. The Controller will review this Agreement by the "
              "date shown in the document control table."),
        ('p', 'Signed for and on behalf of NHS Mid and South Essex Integrated Care Board'),
        ('table', [['Name', 'Dr Rachel Haydon'], ['Position', 'Caldicott Guardian'], ['Date', '28/03/2023']],
         {'header': False, 'label_col': True, 'widths': [0.35, 0.65]}),
        ('p', 'Signed for and on behalf of Pinnacle Health Partnership LLP'),
        ('table', [['Name', 'Graham Telfer'], ['Position', 'Data Protection Officer'], ['Date', '29/03/2023']],
         {'header': False, 'label_col': True, 'widths': [0.35, 0.65]}),
        ('p', 'Signed for and on behalf of Community Pharmacy Essex'),
        ('table', [['Name', 'Karen Doyle'], ['Position', 'Chief Officer'], ['Date', '30/03/2023']],
         {'header': False, 'label_col': True, 'widths': [0.35, 0.65]}),
        ('h1', 'Schedule 1 - Processing particulars'),
        ('table', [
            ['Item', 'Details'],
            ['Subject matter', 'Recording and reporting of consultations under the Service'],
            ['Duration', 'The term of this Agreement'],
            ['Categories of data subject', 'Patients aged 40 and over who use the Service; pharmacists and pharmacy technicians who record consultations'],
            ['Personal data', 'NHS number, name, date of birth, postcode, registered practice (ODS code), pharmacy (ODS code), SNOMED CT coded blood pressure readings, ambulatory monitoring result, advice given, onward referral'],
            ['Special category data', 'Data concerning health'],
            ['Method', 'Consultation recorded on PharmOutcomes; notification sent to the practice through GP Connect Update Record or, where the practice system cannot receive it, to the practice NHSmail address'],
            ['Frequency', 'Practice notification within one working day of each consultation. Pharmacy-level activity report to the Controller by the fifth working day of each month, by secure upload'],
        ], {'widths': [0.32, 0.68], 'size': 8.5}),
        ('h1', 'Schedule 2 - Approved sub-processors'),
        ('table', [
            ['Sub-processor', 'Service', 'Location'],
            ['Microsoft Ireland Operations Limited', 'Azure hosting', 'UK South and UK West only'],
            ['Egress Software Technologies Ltd', 'Secure email for fallback notifications', 'United Kingdom'],
        ], {'widths': [0.4, 0.35, 0.25], 'size': 8.5}),
        ('h1', 'Schedule 3 - Participating contractors'),
        ('p', "Each contractor below confirms that it will use the platform for the Service in line with "
              "this Agreement and the service specification."),
        ('table', [
            ['Contractor', 'Premises (ODS)', 'Signed by', 'Date'],
            ['Boots UK Limited', 'High Street, Maldon (FQ274)', 'Nadia Shah, Area Manager', '03/04/2023'],
            ['Heybridge Pharmacy Ltd', 'Heybridge (FX118)', 'Colin Barr, Superintendent Pharmacist', '04/04/2023'],
            ['Rayleigh Weir Pharmacy Ltd', 'Rayleigh (FM362)', 'Deepa Mistry, Director', '04/04/2023'],
            ['Leigh Broadway Chemists Ltd', 'Leigh-on-Sea (FD519)', 'Stuart Penn, Superintendent Pharmacist', '06/04/2023'],
            ['Wickford Health Pharmacy Ltd', 'Wickford (FH640)', 'Amina Yusuf, Director', '11/04/2023'],
        ], {'widths': [0.3, 0.25, 0.3, 0.15], 'size': 8}),
    ]
    spec = {
        'stem': 'pc02_mse_icb_pharmacy_bp_dpa',
        'blocks': b, 'font': 'Arial', 'colour': '005EB8', 'heading_mode': 'styled',
        'header': 'OFFICIAL  -  NHS Mid and South Essex ICB  -  MSE-IG-DPA-0212', 'footer': 'Data Processing Agreement v1.3',
        'first_page_plain': True, 'rl_layout': 'twocol', 'rl_size': 8.8,
        'author': 'MSE ICB Information Governance', 'meta_title': 'MSE-IG-DPA-0212',
        'outputs': ['pdf_rl', 'docx'],
    }
    truth = {
        'title': title, 'purpose': purpose,
        'lead': P('NHS Mid and South Essex Integrated Care Board'),
        'partners': [P('Pinnacle Health Partnership LLP'), P('Community Pharmacy Essex'), P('Boots UK Limited'),
                     P('Heybridge Pharmacy Ltd'), P('Rayleigh Weir Pharmacy Ltd'), P('Leigh Broadway Chemists Ltd'),
                     P('Wickford Health Pharmacy Ltd')],
        'statutes': [S('National Health Service Act 2006', 'National Health Service Act', 2006),
                     S('Health and Care Act 2022', 'Health and Care Act', 2022),
                     S('UK GDPR', UKGDPR, None),
                     S('Data Protection Act 2018', 'Data Protection Act', 2018),
                     S('National Health Service (Pharmaceutical and Local Pharmaceutical Services) Regulations 2013',
                       'National Health Service (Pharmaceutical and Local Pharmaceutical Services) Regulations', 2013),
                     S('Computer Misuse Act 1990', 'Computer Misuse Act', 1990)],
        'review_date': '2024-03-31', 'review_basis': 'explicit', 'commencement_date': '2023-04-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
                             'format_frequency', 'retention', 'breach', 'agreement'],
    }
    return spec, truth


# =========================================================================================
# 3. EEAST non-conveyed falls (title over two lines in a table, capitals, relative review)
# =========================================================================================

def doc3():
    title = ("Information Sharing Agreement for Non-Conveyed Falls Patients: Referral from Ambulance "
             "Clinicians to Community Falls Response Services")
    purpose = ("Ambulance crews attend many people who have fallen at home but do not need to go to hospital. "
               "This agreement allows EEAST clinicians to refer those patients, with their agreement, to the "
               "community falls response, reablement or falls prevention service in the area where they "
               "live, and allows those services to tell EEAST and the patient's GP practice whether the "
               "referral was accepted and what happened next.")
    parties = [
        ['Organisation', 'Area', 'Service receiving referrals', 'ICO registration'],
        ['East of England Ambulance Service NHS Trust', 'East of England', 'Referring organisation (999 and 111 clinicians)', 'Z955129X'],
        ['Provide Community Interest Company', 'Mid Essex', 'Community Falls and Frailty Team', 'Z2712873'],
        ['Anglian Community Enterprise CIC', 'North East Essex', 'Urgent Community Response', 'ZA019283'],
        ['Essex Partnership University NHS Foundation Trust', 'South East and West Essex', 'Community Falls Service', 'Z2779150'],
        ['Essex County Council', 'Essex', 'Reablement (Adult Social Care)', 'Z2120726'],
        ['Hertfordshire Community NHS Trust', 'Hertfordshire', 'Frailty and Falls Response', 'Z2517736'],
        ['Hertfordshire County Council', 'Hertfordshire', 'Adult Care Services - Hospital and Community Reablement', 'Z6198390'],
        ['Cambridgeshire and Peterborough NHS Foundation Trust', 'Cambridgeshire and Peterborough', 'Falls Prevention Service', 'Z7213458'],
        ['Suffolk County Council', 'Suffolk', 'Home First reablement', 'Z6930541'],
        ['Norfolk County Council', 'Norfolk', 'Norfolk First Response', 'Z5847702'],
    ]
    sig = [['Organisation', 'Name', 'Post', 'Date']]
    people = [('Dr Simon Ashworth', 'Medical Director and Caldicott Guardian', '14/09/2023'),
              ('Gail Mortimer', 'Head of Information Governance', '18/09/2023'),
              ('Peter Quinlan', 'Director of Operations', '19/09/2023'),
              ('Dr Leena Varma', 'Caldicott Guardian', '21/09/2023'),
              ('Carol Benson', 'Director, Adult Social Care Operations', '22/09/2023'),
              ('Michael Oduya', 'Caldicott Guardian', '20/09/2023'),
              ('Fiona Ashdown', 'Caldicott Guardian, Adult Care Services', '25/09/2023'),
              ('Dr Kevin Ellery', 'Caldicott Guardian', '26/09/2023'),
              ('Rebecca Lowden', 'Head of Information Governance', '26/09/2023'),
              ('Simon Trowbridge', 'Caldicott Guardian, Adult Social Services', '28/09/2023')]
    for row, (n, post, d) in zip(parties[1:], people):
        sig.append([row[0], n, post, d])
    b = [
        ('cline', 'East of England Ambulance Service NHS Trust', 15),
        ('space', 40),
        ('table', [
            ['Title', 'Information Sharing Agreement for Non-Conveyed Falls Patients:\nReferral from Ambulance Clinicians to Community Falls Response Services'],
            ['Reference', 'ISA-0457'],
            ['Version', '3.0 FINAL'],
            ['Owner', 'East of England Ambulance Service NHS Trust (EEAST) - Information Governance'],
            ['Author', 'Claire Whitlock, Information Governance Manager'],
            ['Approved by', 'Dr Simon Ashworth, Medical Director and Caldicott Guardian'],
            ['Commencement date', '1 October 2023'],
            ['Review', 'See section 12'],
            ['Related documents', 'DPIA-EEAST-2023-031; Falls Referral Pathway SOP v4; Falls Referral Form v2'],
        ], {'header': False, 'label_col': True, 'widths': [0.27, 0.73], 'size': 10}),
        ('space', 20),
        ('p', 'This document is uncontrolled when printed. The current version is held on the EEAST '
              'information governance register.'),
        ('pagebreak',),
        ('h1', 'VERSION HISTORY'),
        ('table', [
            ['Version', 'Date', 'Changes'],
            ['1.0', 'July 2019', 'Essex and Hertfordshire services only'],
            ['2.0', 'March 2021', 'Suffolk and Norfolk services added; CCG signatories removed'],
            ['3.0', 'September 2023', 'Cambridgeshire service added; legal basis updated; referral form v2'],
        ], {'widths': [0.15, 0.2, 0.65]}),
        ('h1', '1. PURPOSE OF THE AGREEMENT'),
        ('p', purpose),
        ('p', "The aims are to prevent further falls and repeat 999 calls, to avoid unnecessary conveyance to "
              "emergency departments, and to make sure that the patient's GP practice knows that the fall "
              "happened."),
        ('h1', '2. PARTIES'),
        ('p', "The organisations that are party to this agreement, and the services that receive referrals, "
              "are listed below. Each is a controller for the records it creates."),
        ('table', parties, {'widths': [0.33, 0.18, 0.33, 0.16], 'size': 8.5}),
        ('h1', '3. INFORMATION TO BE SHARED'),
        ('p', "The referral is made from the electronic patient care record (ePCR) and contains:"),
        ('bul', [
            "patient identifiers: NHS number, name, date of birth, address, telephone number, registered GP practice;",
            "details of the incident: date and time, how the patient was found, time on the floor, injuries;",
            "clinical observations and the falls risk screen completed by the crew;",
            "relevant medical history and medicines where these affect the falls risk;",
            "the patient's consent to referral, or the best-interests decision where the patient lacks capacity;",
            "the name and contact details of any carer or next of kin the patient has asked to be involved.",
        ]),
        ('p', "The receiving service returns an acceptance or decline message, with the reason if declined. "
              "The GP practice receives a copy of the ePCR in the usual way."),
        ('h1', '4. LEGAL BASIS'),
        ('p', "EEAST and the NHS providers share this information for direct care under the Data Protection "
              "Act 2018 and UK GDPR, relying on Article 6(1)(e) (public task) and Article 9(2)(h) (health "
              "or social care). The councils rely on the same Articles in carrying out their adult social "
              "care functions."),
        ('p', "Section 3 of the Care Act 2014 requires local authorities to carry out their care and support "
              "functions with a view to integrating services with those provided by the NHS. Reablement "
              "after a fall is a preventative service under the Act."),
        ('p', "The Health and Social Care Act 2015 introduced a legal duty on health and adult social care "
              "bodies to share information about a patient for their direct care where this is in the "
              "patient's best interests."),
        ('p', "Where a patient lacks capacity to agree to the referral, the crew will follow the Mental "
              "Capacity Act 2005, make a best-interests decision and record it on the ePCR."),
        ('p', "Sharing is proportionate to the aim of protecting the patient's health and is compatible with "
              "the right to respect for private and family life under the Human Rights Act 1998."),
        ('p', "The common law duty of confidentiality is satisfied by the patient's consent or, where the "
              "patient lacks capacity, by a documented best-interests decision. Guidance and legislation "
              "relied on are listed in Appendix B."),
        ('h1', "5. INDIVIDUALS' RIGHTS AND TRANSPARENCY"),
        ('p', "Crews explain the referral to the patient before it is made and leave the patient an EEAST "
              "information leaflet that describes how their information will be used. Each party's privacy "
              "notice describes the falls pathway."),
        ('p', "Requests for access to records are handled by the party that holds the record. EEAST deals "
              "with requests for the ePCR; the receiving service deals with requests for its own records. "
              "Where a party receives a request that relates to another party's records it will tell the "
              "requester where to apply within five working days."),
        ('h1', '6. SECURITY'),
        ('bul', [
            "All parties hold a current DSPT assessment at Standards Met or above, or for the councils an "
            "equivalent assurance recognised by the NHS.",
            "Referrals are sent only between NHSmail accounts, or from NHSmail to a council secure email "
            "address that meets the DCB1596 secure email standard.",
            "Each receiving service has a single point of access mailbox; referrals are not sent to "
            "individual staff members.",
            "Access to referral information is limited to staff who triage and deliver the service.",
        ]),
        ('h1', '7. HOW AND WHEN INFORMATION IS SENT'),
        ('p', "Referrals are sent electronically from the ePCR to the single point of access of the service "
              "covering the patient's address, at the time the crew leaves the patient. Where the patient "
              "needs a response within two hours the crew also telephones the service. The receiving "
              "service replies by NHSmail within 24 hours with its acceptance or decline. EEAST receives a "
              "monthly count of referrals by service, which contains no personal data."),
        ('h1', '8. DATA QUALITY AND RESPONSIBILITIES'),
        ('p', "Crews check the patient's details against the Personal Demographics Service where the ePCR "
              "device is connected. A receiving service that finds an error in a referral will tell the "
              "EEAST Clinical Coordination Centre, which will correct the ePCR. Each party is responsible "
              "for the accuracy of the information it supplies."),
        ('h1', '9. COMPLAINTS AND CONCERNS'),
        ('p', "A complaint from a patient or carer about how their information was shared will be handled "
              "under the complaints procedure of the party that receives it. Where the complaint concerns "
              "another party, the two parties will agree who responds, and the patient will receive a "
              "single reply. Patients may also contact EEAST's Patient Advice and Liaison Service."),
        ('h1', '10. INCIDENTS AND BREACHES'),
        ('p', "A referral sent to the wrong service, lost or read by someone who should not have seen it is a "
              "data breach. The party that discovers it will tell EEAST Information Governance within one "
              "working day and report it on its own incident system. NHS parties will assess it on the DSPT "
              "incident reporting tool, which notifies the Information Commissioner where the breach is "
              "reportable."),
        ('h1', '11. WITHDRAWAL AND TERMINATION'),
        ('p', "A party may withdraw from this agreement by giving 60 days' written notice to the Owner. A "
              "service that is decommissioned will stop receiving referrals on the date it closes."),
        ('h1', '12. REVIEW'),
        ('p', "This agreement will be reviewed 12 months after the date of commencement and annually after "
              "that, or sooner if a service changes or a new service joins. The Owner will circulate the "
              "draft review to all parties."),
        ('h1', '13. SIGNATURES'),
        ('p', "Signed on behalf of each party by its Caldicott Guardian or Senior Information Risk Owner:"),
        ('table', sig, {'widths': [0.36, 0.2, 0.3, 0.14], 'size': 8.5}),
        ('h1', 'APPENDIX A - SINGLE POINTS OF ACCESS'),
        ('table', [
            ['Service', 'Mailbox'],
            ['Provide - Community Falls and Frailty Team', 'provide.fallsspa@nhs.net'],
            ['ACE - Urgent Community Response', 'ace.ucr@nhs.net'],
            ['EPUT - Community Falls Service', 'eput.fallsreferrals@nhs.net'],
            ['Essex County Council - Reablement', 'reablement.referrals@essex.gov.uk'],
            ['HCT - Frailty and Falls Response', 'hct.fallsresponse@nhs.net'],
            ['Hertfordshire County Council - Reablement', 'reablement.hcs@hertfordshire.gov.uk'],
            ['CPFT - Falls Prevention Service', 'cpft.fallsprevention@nhs.net'],
            ['Suffolk County Council - Home First', 'homefirst@suffolk.gov.uk'],
            ['Norfolk County Council - Norfolk First Response', 'nfr.referrals@norfolk.gov.uk'],
        ], {'widths': [0.5, 0.5], 'size': 8.5}),
        ('h1', 'APPENDIX B - LEGISLATION AND GUIDANCE'),
        ('bul', [
            'Data Protection Act 2018 and UK General Data Protection Regulation',
            'Data Protection Act 1998 (for referrals made before 25 May 2018 and still held)',
            'Care Act 2014',
            'Health and Social Care Act 2015',
            'Mental Capacity Act 2005',
            'Human Rights Act 1998',
            'The Caldicott Principles (2020)',
            'Common law duty of confidentiality',
            'JRCALC Clinical Guidelines - falls in older adults',
        ]),
    ]
    spec = {
        'stem': 'pc03_eeast_falls_referrals_isa',
        'blocks': b, 'font': 'Arial', 'colour': '006747', 'heading_mode': 'styled',
        'header': 'East of England Ambulance Service NHS Trust  |  ISA-0457  |  OFFICIAL',
        'footer': 'EEAST Information Governance', 'rl_layout': 'banded', 'first_page_plain': False,
        'author': 'Claire Whitlock', 'meta_title': 'ISA-0457',
        'outputs': ['pdf_rl', 'docx', 'doc'],
    }
    truth = {
        'title': title, 'purpose': purpose,
        'lead': P('East of England Ambulance Service NHS Trust', 'East of England Ambulance Service NHS Trust'),
        'partners': [P('Provide Community Interest Company', 'Provide'),
                     P('Anglian Community Enterprise CIC', 'Anglian Community Enterprise'),
                     P('Essex Partnership University NHS Foundation Trust'),
                     P('Essex County Council', 'Essex County Council'),
                     P('Hertfordshire Community NHS Trust'), P('Hertfordshire County Council'),
                     P('Cambridgeshire and Peterborough NHS Foundation Trust'),
                     P('Suffolk County Council'), P('Norfolk County Council')],
        'statutes': [S('Data Protection Act 2018', 'Data Protection Act', 2018),
                     S('UK GDPR', UKGDPR, None),
                     S('Section 3 of the Care Act 2014', 'Care Act', 2014, 'section 3'),
                     S('Health and Social Care Act 2015', 'Health and Social Care (Safety and Quality) Act', 2015),
                     S('Mental Capacity Act 2005', 'Mental Capacity Act', 2005),
                     S('Human Rights Act 1998', 'Human Rights Act', 1998),
                     S('Data Protection Act 1998', 'Data Protection Act', 1998)],
        'review_date': '2024-10-01', 'review_basis': 'relative', 'commencement_date': '2023-10-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
                             'format_frequency', 'accuracy', 'complaints', 'breach', 'agreement'],
    }
    return spec, truth


# ============================================================ agreements 4-6
# =========================================================================================
# 4. North East Essex end of life care register - joint controller agreement, no lead
# =========================================================================================

def doc4():
    title = "North East Essex Shared Palliative and End of Life Care Register"
    purpose = ("The Parties jointly operate an electronic register that records the care preferences, "
               "advance care plans and key contacts of people in North East Essex who are thought to be in "
               "the last year of life, so that every professional involved in their care, in hours and out "
               "of hours, can see and respect what matters to them.")
    parties = [
        ['Party', 'Type of organisation', 'ODS code', 'ICO registration'],
        ['NHS Suffolk and North East Essex Integrated Care Board', 'Integrated care board', 'QJG', 'ZB341297'],
        ['East Suffolk and North Essex NHS Foundation Trust', 'Acute and community health services', 'RDE', 'Z1466804'],
        ['Anglian Community Enterprise CIC', 'Community health services', 'NQT', 'ZA019283'],
        ['Essex Partnership University NHS Foundation Trust', 'Mental health and community services', 'R1L', 'Z2779150'],
        ['East of England Ambulance Service NHS Trust', 'Ambulance service', 'RYC', 'Z955129X'],
        ['St Helena Hospice', 'Independent hospice (registered charity)', 'NKJ', 'Z5730811'],
        ['Essex County Council', 'Adult social care', '-', 'Z2120726'],
        ['Tiptree Lane Medical Practice', 'General practice', 'F81038', 'Z1956342'],
        ['Harwich Quay Surgery', 'General practice', 'F81092', 'Z2083310'],
        ['Greenstead Green Practice', 'General practice', 'F81155', 'ZA226718'],
        ['Brightlingsea Road Surgery', 'General practice', 'F81619', 'Z1733095'],
    ]
    sig = [['Party', 'Signed by', 'Post', 'Date']]
    people = [('Dr Ian Coverdale', 'Caldicott Guardian'),
              ('Joanne Pettit', 'Senior Information Risk Owner'),
              ('Dr Rosa Delgado', 'Medical Director and Caldicott Guardian'),
              ('Dr Leena Varma', 'Caldicott Guardian'),
              ('Dr Simon Ashworth', 'Medical Director and Caldicott Guardian'),
              ('Alison Reeve', 'Director of Patient Services'),
              ('Carol Benson', 'Director, Adult Social Care Operations'),
              ('Dr Peter Munday', 'Partner and Caldicott Guardian'),
              ('Dr Grace Adeyemi', 'Partner and Caldicott Guardian'),
              ('Dr Luke Farrow', 'Partner and Caldicott Guardian'),
              ('Elaine Boswell', 'Practice Business Manager')]
    dates = ['10/06/2024', '10/06/2024', '12/06/2024', '13/06/2024', '14/06/2024', '12/06/2024',
             '18/06/2024', '19/06/2024', '19/06/2024', '20/06/2024', '24/06/2024']
    for row, (n, post), d in zip(parties[1:], people, dates):
        sig.append([row[0], n, post, d])
    b = [
        ('cline', 'OFFICIAL', 10),
        ('space', 70),
        ('ctitle', 'JOINT CONTROLLER AGREEMENT', 22),
        ('space', 14),
        ('ctitle', 'North East Essex Shared Palliative and', 18),
        ('ctitle', 'End of Life Care Register', 18),
        ('space', 14),
        ('cline', 'made under Article 26 of the UK General Data Protection Regulation', 11),
        ('cline', 'Version 1.0  -  June 2024', 11),
        ('space', 60),
        ('cline', 'The Parties to this Agreement are listed in Schedule 1.', 10),
        ('pagebreak',),
        ('h1', 'DOCUMENT CONTROL'),
        ('table', [
            ['Version', '1.0 (final)'],
            ['Prepared by', 'Register Information Governance Working Group (one representative of each Party)'],
            ['Approved by', 'The Caldicott Guardian or SIRO of each Party, as recorded in Schedule 4'],
            ['DPIA', 'NEE-EOLC-DPIA-01, approved by the Working Group on 22 May 2024'],
            ['DSPT', 'All Parties hold a DSPT assessment at Standards Met or above for 2023/24'],
            ['Next review', 'When there is a significant change (see clause 14)'],
        ], {'header': False, 'label_col': True, 'widths': [0.25, 0.75]}),
        ('table', [
            ['Version', 'Date', 'Status', 'Changes'],
            ['0.3', '02/04/2024', 'Draft', 'Circulated to Parties for comment'],
            ['0.5', '13/05/2024', 'Draft', 'Hospice and ambulance comments included; Schedule 3 rewritten'],
            ['1.0', '05/06/2024', 'Final', 'Approved for signature'],
        ], {'widths': [0.12, 0.18, 0.12, 0.58]}),
        ('h1', 'CONTENTS'),
        ('p', '1 Background and purpose  -  2 Definitions  -  3 The Parties and their roles  -  4 Information '
              'held on the Register  -  5 Lawful basis  -  6 Transparency and individuals\' rights  -  7 '
              'Access to and updating of the Register  -  8 Security and incidents  -  9 Accuracy  -  10 '
              'Retention  -  11 Complaints  -  12 Liability  -  13 Term and withdrawal  -  14 Review  -  '
              'Schedules 1 to 4'),
        ('pagebreak',),
        ('h1', '1. BACKGROUND AND PURPOSE'),
        ('p', purpose),
        ('p', "The Register is held within the shared care record used across Suffolk and North East Essex. "
              "A person is added to the Register only after a conversation with a health professional, and "
              "the record is shared with the Parties that are, or are likely to be, involved in their care. "
              "This Agreement sets out how the Parties decide together why and how the Register's personal "
              "data are processed, and how they divide their responsibilities, as Article 26 requires."),
        ('h1', '2. DEFINITIONS'),
        ('p', "Register means the shared palliative and end of life care register described in clause 1. "
              "Register Record means the entry for one person. Working Group means the Register Information "
              "Governance Working Group. Other terms have the meanings given in the UK GDPR."),
        ('h1', '3. THE PARTIES AND THEIR ROLES'),
        ('p', "Each Party listed in Schedule 1 is a joint controller of the Register. Each Party is also the "
              "sole controller of its own clinical and care records, including information it copies from "
              "the Register into them. The Parties have agreed the division of responsibilities set out in "
              "Schedule 3. No Party acts as a processor for another under this Agreement."),
        ('h1', '4. INFORMATION HELD ON THE REGISTER'),
        ('p', "The Register Record contains the data items listed in Schedule 2. In summary:"),
        ('bul', [
            "identity and contact details, NHS number, registered practice and key professionals;",
            "diagnosis, and the professional's judgement that the person may be in the last year of life;",
            "preferred place of care and of death, and the person's wishes and priorities;",
            "ReSPECT or DNACPR decisions, advance decisions to refuse treatment and lasting powers of attorney for health and welfare;",
            "anticipatory medicines prescribed and where they are kept;",
            "contact details of family members and carers whom the person has asked to be involved.",
        ]),
        ('h1', '5. LAWFUL BASIS'),
        ('p', "The Register is used for direct care. The Parties rely on Article 6(1)(e) and Article 9(2)(h) "
              "of the UK GDPR and, for health and social care data, on the conditions in the Data "
              "Protection Act 2018."),
        ('p', "The NHS bodies act under the National Health Service Act 2006. The duty to share information "
              "for an individual's care, inserted into the Health and Social Care Act 2012 by the Health and "
              "Social Care (Safety and Quality) Act 2015, applies to all the health and adult social care "
              "Parties. Essex County Council acts under the Care Act 2014. Records of lasting powers of "
              "attorney and advance decisions are made under the Mental Capacity Act 2005."),
        ('p', "The common law duty of confidentiality is met by the person's explicit agreement to be added "
              "to the Register, which is recorded, or, where the person lacks capacity, by a best-interests "
              "decision made and recorded under the Mental Capacity Act. The Parties do not rely on the "
              "Health Service (Control of Patient Information) Regulations 2002, and the National Data "
              "Opt-out does not apply, because the Register is used for direct care only."),
        ('p', "The Parties will follow the Caldicott Principles and will treat the duty to share information "
              "for care as being as important as the duty to protect confidentiality."),
        ('h1', "6. TRANSPARENCY AND INDIVIDUALS' RIGHTS"),
        ('p', "The essence of this Agreement will be published on each Party's website with its privacy "
              "notice, as Article 26(2) requires. The professional who adds a person to the Register gives "
              "them the Register leaflet."),
        ('p', "A person may exercise their rights against any Party. The Party that receives a request will "
              "deal with it and consult the other Parties whose entries are affected. The Parties have agreed "
              "that NHS Suffolk and North East Essex Integrated Care Board will act as the contact point for "
              "people who are unsure whom to ask. A person may ask to be removed from the Register at any "
              "time, and the removal will be made within two working days."),
        ('h1', '7. ACCESS TO AND UPDATING OF THE REGISTER'),
        ('p', "Authorised staff view the Register in real time through the shared care record, launched "
              "from their own clinical system. Ambulance clinicians see an alert on the electronic patient "
              "care record and can open the Register Record. Updates are made by the professional who has "
              "the conversation with the person, on the same working day where possible and in any case "
              "within one working day. St Helena Hospice's 24-hour advice line can view Register Records."),
        ('h1', '8. SECURITY AND INCIDENTS'),
        ('p', "Access to the Register is by NHS smartcard or, for council staff, by an account linked to "
              "their council identity, with role-based access controls. Every view is audited, and the "
              "Working Group reviews an access audit report every quarter. Each Party will keep its DSPT "
              "assessment at Standards Met or above."),
        ('p', "A Party that becomes aware of a personal data breach involving the Register will tell the "
              "other Parties through the Working Group mailbox within 24 hours. The Party whose staff or "
              "systems caused the breach will lead the investigation, report it on the DSPT incident "
              "reporting tool where it is an NHS body, and decide with the Working Group whether the "
              "Information Commissioner and the person affected must be told."),
        ('h1', '9. ACCURACY'),
        ('p', "The professional who makes an entry is responsible for its accuracy. A Party that finds an "
              "error will correct it if it made the entry, or tell the Party that did. The registered "
              "practice will review each Register Record at least every three months and when the person's "
              "condition changes."),
        ('h1', '10. RETENTION'),
        ('p', "When a person dies, their Register Record is closed within five working days and archived. "
              "Archived records are kept for eight years after death, as the Records Management Code of "
              "Practice 2021 recommends for adult health records, and then deleted. Information copied into "
              "a Party's own records is kept under that Party's retention schedule."),
        ('h1', '11. COMPLAINTS'),
        ('p', "Complaints about the Register are handled under the complaints procedure of the Party that "
              "receives them. Where more than one Party is involved, the Parties will agree which of them "
              "responds, and will share with each other only what is needed to investigate."),
        ('h1', '12. LIABILITY'),
        ('p', "Each Party is responsible for its own acts and omissions in processing Register data. Nothing "
              "in this Agreement limits a person's right to claim compensation from any Party under Article "
              "82."),
        ('h1', '13. TERM AND WITHDRAWAL'),
        ('p', "This Agreement comes into effect on 1 July 2024 and continues until the Parties agree to end "
              "it. A Party may withdraw on three months' written notice to the other Parties. A withdrawing "
              "Party remains responsible for entries made by its staff until they are transferred or closed."),
        ('h1', '14. REVIEW'),
        ('p', "The Parties will review this Agreement if there is a significant change to the Register, its "
              "supplier, the membership of the Parties or the law. A new Party may join by signing Schedule 4 "
              "with the agreement of the existing Parties."),
        ('pagebreak',),
        ('h1', 'SCHEDULE 1 - THE PARTIES'),
        ('table', parties, {'widths': [0.4, 0.3, 0.12, 0.18], 'size': 8.5}),
        ('h1', 'SCHEDULE 2 - DATA ITEMS'),
        ('table', [
            ['Group', 'Data items', 'Coding'],
            ['Identity', 'NHS number, name, date of birth, address, telephone, registered practice', 'PDS-verified'],
            ['Status', 'Date added; palliative care register status; expected prognosis band', 'SNOMED CT'],
            ['Preferences', 'Preferred place of care; preferred place of death; what matters to me', 'SNOMED CT and free text'],
            ['Decisions', 'ReSPECT form; DNACPR; ADRT; LPA for health and welfare (attorney details)', 'SNOMED CT'],
            ['Medicines', 'Anticipatory medicines prescribed, date, location', 'dm+d'],
            ['Contacts', 'Next of kin, carers, key worker, community nurse team, hospice team', 'Free text'],
        ], {'widths': [0.18, 0.6, 0.22], 'size': 8.5}),
        ('h1', 'SCHEDULE 3 - DIVISION OF RESPONSIBILITIES'),
        ('table', [
            ['Responsibility', 'Who'],
            ['Privacy information and the Register leaflet', 'Each Party; leaflet maintained by the Working Group'],
            ['Contact point for individuals', 'NHS Suffolk and North East Essex Integrated Care Board'],
            ['Supplier contract and DPIA', 'NHS Suffolk and North East Essex Integrated Care Board'],
            ['Accuracy of entries', 'The Party whose professional made the entry'],
            ['Quarterly access audit', 'Working Group'],
            ['Breach investigation', 'The Party whose staff or systems caused the breach'],
        ], {'widths': [0.45, 0.55], 'size': 8.5}),
        ('h1', 'SCHEDULE 4 - SIGNATURES'),
        ('p', "Each Party signs to confirm that it accepts this Agreement."),
        ('table', sig, {'widths': [0.38, 0.2, 0.28, 0.14], 'size': 8.5}),
    ]
    spec = {
        'stem': 'pc04_snee_end_of_life_register_jca',
        'blocks': b, 'font': 'Arial', 'colour': '330072', 'heading_mode': 'bold',
        'header': 'Joint Controller Agreement  -  OFFICIAL', 'footer': 'Version 1.0 final',
        'first_page_plain': True,
        'author': 'Register IG Working Group', 'meta_title': 'JCA',
        'outputs': ['pdf_word', 'docx'],
    }
    truth = {
        'title': title, 'purpose': purpose, 'lead': None,
        'partners': [P('NHS Suffolk and North East Essex Integrated Care Board'),
                     P('East Suffolk and North Essex NHS Foundation Trust'),
                     P('Anglian Community Enterprise CIC', 'Anglian Community Enterprise'),
                     P('Essex Partnership University NHS Foundation Trust'),
                     P('East of England Ambulance Service NHS Trust', 'East of England Ambulance Service NHS Trust'),
                     P('St Helena Hospice'), P('Essex County Council', 'Essex County Council'),
                     P('Tiptree Lane Medical Practice'), P('Harwich Quay Surgery'), P('Greenstead Green Practice'),
                     P('Brightlingsea Road Surgery')],
        'statutes': [S('Article 26 of the UK General Data Protection Regulation', UKGDPR, None, 'Article 26'),
                     S('Data Protection Act 2018', 'Data Protection Act', 2018),
                     S('National Health Service Act 2006', 'National Health Service Act', 2006),
                     S('Health and Social Care Act 2012', 'Health and Social Care Act', 2012),
                     S('Health and Social Care (Safety and Quality) Act 2015', 'Health and Social Care (Safety and Quality) Act', 2015),
                     S('Care Act 2014', 'Care Act', 2014),
                     S('Mental Capacity Act 2005', 'Mental Capacity Act', 2005),
                     S('Health Service (Control of Patient Information) Regulations 2002',
                       'Health Service (Control of Patient Information) Regulations', 2002)],
        'review_date': None, 'review_basis': 'none', 'commencement_date': '2024-07-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
                             'format_frequency', 'retention', 'accuracy', 'complaints', 'breach', 'agreement'],
    }
    return spec, truth


# =========================================================================================
# 5. Hertfordshire and West Essex PHM linked dataset (secondary use; title in a text box)
# =========================================================================================

def doc5():
    title = "Population Health Management Linked Dataset (Secondary Use)"
    purpose = ("This Agreement governs the flow of patient-level data from general practices, NHS trusts and "
               "the two county councils into a linked population health management dataset, held in "
               "pseudonymised form, so that the ICB and the local authority public health teams can understand "
               "need, target prevention and plan services across Hertfordshire and west Essex. It covers "
               "secondary use only: no data supplied under this Agreement will be used to make decisions "
               "about the care of an individual.")
    roles = [
        ['Party', 'Role', 'Data supplied or received'],
        ['NHS Hertfordshire and West Essex Integrated Care Board', 'Controller', 'Determines the purposes; receives pseudonymised and aggregate outputs'],
        ['NHS Arden and Greater East Midlands Commissioning Support Unit', 'Processor to the ICB', 'Receives, pseudonymises, links and hosts the dataset; produces outputs'],
        ['Hertfordshire County Council', 'Controller for its own data and outputs (Public Health and Adult Care Services)', 'Supplies adult social care client level data; receives pseudonymised extracts'],
        ['Essex County Council', 'Controller for its own data and outputs (Public Health, west Essex)', 'Supplies adult social care client level data for the Harlow, Epping Forest and Uttlesford districts; receives aggregate outputs'],
        ['The Princess Alexandra Hospital NHS Trust', 'Data provider', 'Secondary Uses Service (SUS+) extracts'],
        ['West Hertfordshire Teaching Hospitals NHS Trust', 'Data provider', 'SUS+ extracts'],
        ['East and North Hertfordshire Teaching NHS Trust', 'Data provider', 'SUS+ extracts'],
        ['Hertfordshire Partnership University NHS Foundation Trust', 'Data provider', 'Mental Health Services Data Set'],
        ['Hertfordshire Community NHS Trust', 'Data provider', 'Community Services Data Set'],
    ]
    sig_blocks = []
    people = [('Dr Harriet Lomas', 'Caldicott Guardian', '23/09/2024'),
              ('Neil Hargreaves', 'Head of Information Governance and DPO', '24/09/2024'),
              ('Dr Sunita Bhatt', 'Director of Public Health', '25/09/2024'),
              ('Dr Michael Gogarty', 'Caldicott Guardian, Public Health', '25/09/2024'),
              ('Julia Penrose', 'Senior Information Risk Owner', '26/09/2024'),
              ('Dr Anthony Kiernan', 'Caldicott Guardian', '26/09/2024'),
              ('Ruth Oyelaran', 'Caldicott Guardian', '27/09/2024'),
              ('Dr Hannah Whitby', 'Caldicott Guardian', '27/09/2024'),
              ('Graham Ives', 'Senior Information Risk Owner', '30/09/2024')]
    for row, (n, post, d) in zip(roles[1:], people):
        sig_blocks.append(('table', [['Signed for', row[0]], ['Name', n], ['Post', post], ['Date', d]],
                           {'header': False, 'label_col': True, 'widths': [0.22, 0.78], 'size': 8.5, 'keep': True}))
    b = [
        ('cline', 'NHS Hertfordshire and West Essex Integrated Care Board', 13),
        ('space', 40),
        ('textbox', [title, 'Data Processing and Sharing Agreement', 'Agreement reference HWE-DSA-PHM-02  |  Version 2.0'], 17),
        ('space', 30),
        ('table', [
            ['Responsible organisation', 'NHS Hertfordshire and West Essex Integrated Care Board (Controller)'],
            ['Processor', 'NHS Arden and Greater East Midlands Commissioning Support Unit (Arden & GEM CSU)'],
            ['Status', 'Approved by the ICB Information Governance Steering Group on 19 September 2024'],
            ['DPIA', 'HWE-DPIA-118 (version 3)'],
            ['Section 251 support', 'CAG reference 22/CAG/0117, for the receipt of identifiable data by the Processor'],
            ['National Data Opt-out', 'Applied by the Processor before linkage'],
            ['Classification', 'OFFICIAL - SENSITIVE'],
        ], {'header': False, 'label_col': True, 'widths': [0.3, 0.7], 'size': 9}),
        ('pagebreak',),
        ('h1', '1. Introduction and purpose'),
        ('p', purpose),
        ('p', "The outputs will be used for joint strategic needs assessment, for identifying groups of "
              "people who would benefit from proactive care programmes (which are then offered through "
              "the person's practice under a separate direct care agreement), for evaluating services, and "
              "for financial and capacity planning."),
        ('h1', '2. Parties and roles'),
        ('table', roles, {'widths': [0.36, 0.27, 0.37], 'size': 8.2}),
        ('p', "General practices in the ICB area supply primary care data under the separate GP data "
              "provision notice issued by the ICB and are not parties to this Agreement."),
        ('h1', '3. Data in scope'),
        ('table', [
            ['Dataset', 'Source', 'Identifiers on receipt', 'Held in the linked dataset as'],
            ['Primary care extract (diagnoses, observations, medications, appointments)', 'General practices via the GP system supplier', 'NHS number, date of birth, postcode', 'Pseudonym, age band, LSOA'],
            ['SUS+ admitted, outpatient and A&E', 'Acute trusts', 'NHS number', 'Pseudonym'],
            ['Mental Health Services Data Set', 'HPFT', 'NHS number', 'Pseudonym'],
            ['Community Services Data Set', 'HCT', 'NHS number', 'Pseudonym'],
            ['Adult social care client level data', 'Hertfordshire County Council; Essex County Council', 'NHS number', 'Pseudonym'],
            ['Civil registration (deaths)', 'Office for National Statistics, via NHS England', 'NHS number', 'Pseudonym, month of death'],
        ], {'widths': [0.33, 0.25, 0.2, 0.22], 'size': 8}),
        ('h1', '4. Legal basis'),
        ('p', "The ICB processes this data to carry out its functions under the National Health Service Act "
              "2006, as amended by the Health and Care Act 2022, including its duties to improve quality, "
              "reduce inequalities and plan services. The lawful basis is Article 6(1)(e) of the UK GDPR, "
              "and the condition for health data is Article 9(2)(h) (management of health and social care "
              "systems), with the conditions in the Data Protection Act 2018."),
        ('p', "The county councils receive outputs to carry out their public health functions under section "
              "2B of the 2006 Act, relying on Article 9(2)(i) and paragraph 3 of Part 1 of Schedule 1 to the "
              "2018 Act. Mortality data are supplied under section 42(4) of the Statistics and Registration "
              "Act 2007."),
        ('p', "Identifiable data are received by the Processor only under the support given under section 251 "
              "of the National Health Service Act 2006 and the Health Service (Control of Patient Information) "
              "Regulations 2002, which sets aside the common law duty of confidentiality for this purpose. The "
              "Processor applies the National Data Opt-out before linkage and replaces identifiers with a "
              "pseudonym within 24 hours of receipt."),
        ('h1', '5. Instructions to the Processor'),
        ('bul', [
            "Process the data only for the purposes in clause 1 and on the ICB's written instructions.",
            "Do not attempt to re-identify any individual, and do not link the dataset to any other data "
            "unless the ICB has approved the linkage in writing.",
            "Release outputs to the councils only after applying small number suppression (counts below 5 "
            "suppressed, and secondary suppression where needed).",
            "Use sub-processors only with the ICB's prior written approval; none may process data outside "
            "the United Kingdom.",
            "Support ICB audits and provide evidence of compliance on request.",
        ]),
        ('h1', '6. Security'),
        ('p', "The dataset is held in the Processor's secure data environment, which is certified to "
              "ISO/IEC 27001 and hosted in UK data centres. Access is limited to named analysts with a "
              "current DSPT-compliant role, using multi-factor authentication. Analysts may not download "
              "record-level data. All parties maintain a DSPT assessment at Standards Met or above."),
        ('h1', '7. Data flows, format and frequency'),
        ('table', [
            ['Flow', 'Method', 'Frequency'],
            ['Primary care extract to Processor', 'System supplier extraction service, encrypted', 'Monthly'],
            ['SUS+, MHSDS, CSDS to Processor', 'Data Services for Commissioners Regional Office (DSCRO) feed', 'Monthly'],
            ['Adult social care data to Processor', 'Secure file transfer (SFTP) to the Processor', 'Quarterly'],
            ['Pseudonymised extracts to councils', 'Processor\'s secure data environment; no download', 'On approved request'],
            ['Aggregate outputs to ICB and councils', 'Dashboards and reports', 'Monthly'],
        ], {'widths': [0.38, 0.42, 0.2], 'size': 8.5}),
        ('h1', '8. Retention and destruction'),
        ('p', "Record-level data are kept for no longer than ten years from the date of the activity, on a "
              "rolling basis, and the need for each dataset is reviewed every year. When this Agreement ends, "
              "the Processor will destroy all record-level data within 30 days and give the ICB a certificate "
              "of destruction. Aggregate outputs may be kept by the ICB and the councils under their own "
              "retention schedules."),
        ('h1', '9. Incident management'),
        ('p', "The Processor and each party will report any suspected personal data breach or re-identification "
              "to the ICB Data Protection Officer within 24 hours of becoming aware of it. The ICB will assess "
              "the incident on the DSPT incident reporting tool and decide whether to notify the Information "
              "Commissioner within 72 hours. The Processor must also tell the Confidentiality Advisory Group "
              "of any breach of the conditions of section 251 support."),
        ('h1', '10. Term, review and termination'),
        ('p', "This Agreement commences on 1 October 2024. This Agreement shall be reviewed no later than "
              "30 September 2026, or sooner if the Processor changes, the section 251 support is varied or "
              "withdrawn, or the law changes."),
        ('p', "A data provider may stop supplying data on three months' written notice to the ICB. The ICB "
              "may end the Agreement at any time if the legal basis falls away."),
        ('h1', '11. Signatures'),
    ] + sig_blocks
    spec = {
        'stem': 'pc05_hwe_phm_linked_dataset',
        'blocks': b, 'font': 'Arial', 'colour': '00739B', 'heading_mode': 'styled',
        'header': 'HWE ICB  |  HWE-DSA-PHM-02  |  OFFICIAL - SENSITIVE', 'footer': 'Secondary use - not for direct care',
        'first_page_plain': True, 'rl_layout': 'boxed',
        'author': 'HWE ICB Information Governance', 'meta_title': 'HWE-DSA-PHM-02',
        'outputs': ['pdf_rl', 'docx'],
    }
    truth = {
        'title': title, 'purpose': purpose,
        'lead': P('NHS Hertfordshire and West Essex Integrated Care Board'),
        'partners': [P('NHS Arden and Greater East Midlands Commissioning Support Unit'),
                     P('Hertfordshire County Council'), P('Essex County Council', 'Essex County Council'),
                     P('The Princess Alexandra Hospital NHS Trust', 'Princess Alexandra Hospital NHS Trust'),
                     P('West Hertfordshire Teaching Hospitals NHS Trust'),
                     P('East and North Hertfordshire Teaching NHS Trust'),
                     P('Hertfordshire Partnership University NHS Foundation Trust',
                       'Hertfordshire Partnership University NHS Foundation Trust'),
                     P('Hertfordshire Community NHS Trust')],
        'statutes': [S('National Health Service Act 2006', 'National Health Service Act', 2006),
                     S('Health and Care Act 2022', 'Health and Care Act', 2022),
                     S('Article 6(1)(e) of the UK GDPR', UKGDPR, None, 'Article 6(1)(e)'),
                     S('Data Protection Act 2018', 'Data Protection Act', 2018),
                     S('section 42(4) of the Statistics and Registration Act 2007', 'Statistics and Registration Service Act', 2007, 'section 42(4)'),
                     S('Health Service (Control of Patient Information) Regulations 2002',
                       'Health Service (Control of Patient Information) Regulations', 2002)],
        'review_date': '2026-09-30', 'review_basis': 'explicit', 'commencement_date': '2024-10-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'security', 'format_frequency',
                             'retention', 'breach', 'agreement'],
    }
    return spec, truth


# =========================================================================================
# 6. Enhanced access hubs protocol - title in a cover table, no lead, one table per practice
# =========================================================================================

def doc6():
    title = "Protocol for Sharing GP Records with the Enhanced Access Hubs"
    purpose = ("Patients registered with any of the signatory practices can book evening and Saturday "
               "appointments at the enhanced access hubs in Maldon, Burnham-on-Crouch and South Woodham "
               "Ferrers. This protocol sets out how hub clinicians may view and add to the patient's GP "
               "record so that they can treat the patient safely, and how each consultation is returned "
               "to the patient's own practice.")
    practices = [('Blackwater Medical Centre', 'F81017', 'Dr Julian Amos', 'Senior Partner and Caldicott Guardian', '20/01/2025'),
                 ('Crouch Vale Surgery', 'F81233', 'Dr Meera Pillai', 'Partner and Caldicott Guardian', '21/01/2025'),
                 ('Longfield Surgery', 'F81508', 'Dr Chris Wainwright', 'Partner and Caldicott Guardian', '21/01/2025'),
                 ('Heybridge Basin Practice', 'F81641', 'Tracey Holt', 'Practice Manager (for the partners)', '22/01/2025'),
                 ('Woodham Fenn Surgery', 'F81702', 'Dr Samuel Okoro', 'Partner and Caldicott Guardian', '23/01/2025')]
    others = [('Dengie and South Woodham Ferrers GP Alliance Limited', 'Alan Whitcombe', 'Chief Operating Officer', '20/01/2025'),
              ('NHS Mid and South Essex Integrated Care Board', 'Dr Rachel Haydon', 'Caldicott Guardian', '27/01/2025'),
              ('Essex Partnership University NHS Foundation Trust', 'Dr Leena Varma', 'Caldicott Guardian', '28/01/2025'),
              ('Mid and South Essex NHS Foundation Trust', 'Dr Kieran Fahy', 'Caldicott Guardian', '29/01/2025')]
    sigs = []
    for name, code, person, post, d in practices:
        sigs.append(('h2', '%s - %s' % (name, code)))
        sigs.append(('table', [['Signed', person], ['Role', post], ['Date', d]],
                     {'header': False, 'label_col': True, 'widths': [0.25, 0.75], 'size': 9, 'keep': True}))
    for name, person, post, d in others:
        sigs.append(('h2', name))
        sigs.append(('table', [['Signed', person], ['Role', post], ['Date', d]],
                     {'header': False, 'label_col': True, 'widths': [0.25, 0.75], 'size': 9, 'keep': True}))
    b = [
        ('cline', 'Maldon, Dengie and South Woodham Ferrers', 14),
        ('cline', 'General Practice Information Governance', 11),
        ('space', 40),
        ('table', [
            ['Protocol title', title],
            ['Document reference', 'MDSW-IG-P07'],
            ['Version', '1.2'],
            ['Classification', 'OFFICIAL'],
            ['Date approved', '16/01/2025'],
            ['Approved by', 'Caldicott Guardians of the signatory practices (see signature pages)'],
            ['Review due', '31/01/2027'],
            ['DPIA', 'MDSW-DPIA-05 (January 2025)'],
        ], {'header': False, 'label_col': True, 'widths': [0.3, 0.7], 'size': 10}),
        ('space', 16),
        ('p', "This protocol should be read with the practices' joint privacy notice and the hub standard "
              "operating procedure."),
        ('h2', 'Version history'),
        ('table', [
            ['Version', 'Date', 'Summary'],
            ['1.0', '03/2022', 'Extended access hubs (Maldon and South Woodham Ferrers)'],
            ['1.1', '09/2022', 'Renamed for enhanced access; Burnham-on-Crouch hub added'],
            ['1.2', '01/2025', 'Mental health practitioner sessions and pathology returns added'],
        ], {'widths': [0.12, 0.15, 0.73]}),
        ('pagebreak',),
        ('h1', 'About this protocol'),
        ('p', purpose),
        ('p', "Hub appointments are part of the patient's direct care. Hub staff see only the records of "
              "patients booked into a hub appointment, and only for as long as they need to complete the "
              "consultation and any follow-up."),
        ('h1', 'Who has signed'),
        ('bul', [
            "Dengie and South Woodham Ferrers GP Alliance Limited, which employs the hub clinical and "
            "reception staff;",
            "the five practices listed on the signature pages, which are the controllers of their patients' GP records;",
            "NHS Mid and South Essex Integrated Care Board, which commissions enhanced access through the "
            "Network Contract DES;",
            "Essex Partnership University NHS Foundation Trust, whose mental health practitioners hold "
            "sessions in the hubs;",
            "Mid and South Essex NHS Foundation Trust, which returns pathology results for tests requested in the hubs.",
        ]),
        ('h1', 'Information shared'),
        ('p', "Hub clinicians can see the whole GP record of a booked patient, except items the home practice "
              "has marked as confidential or private. The hub adds a consultation record, any prescriptions "
              "issued, tests requested and referrals made. EPUT practitioners record their consultation in "
              "the GP record and in EPUT's own record. Pathology results come back to the requesting hub "
              "clinician and are filed to the home practice."),
        ('p', "Records of patients who have died are not made available to the hubs; they remain with the "
              "home practice and are governed by the Access to Health Records 1990."),
        ('h1', 'Legal basis'),
        ('p', "The sharing is for direct care. The practices rely on Article 6(1)(e) and Article 9(2)(h) of "
              "the UK GDPR and on the conditions in the Data Protection Act 2018. Each practice keeps its "
              "records under the National Health Service (General Medical Services Contracts) Regulations "
              "2015, which require a single complete record for each patient; hub consultations are written "
              "straight into that record."),
        ('p', "Section 251B of the Health and Social Care Act 2012 places a duty on the practices to share "
              "information with other health professionals where this facilitates the patient's care. The "
              "patient agrees to the hub seeing their record when the appointment is booked, and this "
              "consent is recorded. If the patient does not agree, the hub clinician works from the "
              "information the patient gives them, and the appointment is not refused."),
        ('p', "The common law duty of confidentiality and the Caldicott Principles apply as in any other "
              "GP consultation."),
        ('h1', 'How the hubs access records'),
        ('p', "The home practice enables a sharing agreement in the clinical system for the hub organisation. "
              "Hub staff open the booked patient's record in real time using their own smartcard, and the "
              "consultation is saved straight to the home practice record when it is finished. Tasks for the "
              "home practice (for example, medication review or follow-up) are sent through the clinical "
              "system's workflow on the same day. Pathology requests are made through the ICE order "
              "communications system."),
        ('h1', 'Security and confidentiality'),
        ('bul', [
            "All signatory organisations hold a current DSPT assessment at Standards Met or above.",
            "Hub staff have role-based smartcard access; the Alliance reviews access audit reports monthly.",
            "Unauthorised access to a record is a disciplinary matter and may be an offence under the "
            "Computer Misuse Act 1990.",
            "No records are printed at the hubs except prescriptions and patient letters.",
        ]),
        ('h1', 'Accuracy, retention and disposal'),
        ('p', "Hub clinicians check the patient's identity and demographic details at the start of each "
              "consultation and report any discrepancy to the home practice the same day. Because hub "
              "entries are made in the home practice record, they are kept and disposed of with that record "
              "under the Records Management Code of Practice 2021. The Alliance keeps appointment and "
              "rota information for six years. EPUT keeps its own record under its retention schedule."),
        ('h1', 'Incidents'),
        ('p', "Any incident involving a hub patient's record is reported to the Alliance Information "
              "Governance Lead and to the home practice within one working day. The controller whose "
              "record is affected, normally the home practice, decides whether the incident is reportable "
              "on the DSPT incident reporting tool and to the Information Commissioner."),
        ('h1', 'Signing, commencement and withdrawal'),
        ('p', "This protocol applies from 1 February 2025 and replaces version 1.1. It is reviewed by the date "
              "on the cover, or sooner if the hub arrangements change. A practice that withdraws must give "
              "the Alliance three months' notice so that bookings can stop; the sharing agreement in the "
              "clinical system is switched off on the date of withdrawal."),
        ('pagebreak',),
        ('h1', 'Signature pages'),
    ] + sigs
    spec = {
        'stem': 'pc06_mdsw_enhanced_access_protocol',
        'blocks': b, 'font': 'Calibri', 'size': 11, 'colour': '1F4E79', 'heading_mode': 'bold',
        'header': 'MDSW-IG-P07  v1.2', 'header_right': True, 'footer': 'OFFICIAL',
        'author': 'Alliance IG Lead', 'meta_title': 'MDSW-IG-P07',
        'outputs': ['docx', 'pdf_word', 'doc'],
    }
    truth = {
        'title': title, 'purpose': purpose, 'lead': None,
        'partners': [P('Dengie and South Woodham Ferrers GP Alliance Limited')]
                    + [P(n) for n, *_ in practices]
                    + [P('NHS Mid and South Essex Integrated Care Board'),
                       P('Essex Partnership University NHS Foundation Trust'),
                       P('Mid and South Essex NHS Foundation Trust')],
        'statutes': [S('Access to Health Records 1990', 'Access to Health Records Act', 1990),
                     S('UK GDPR', UKGDPR, None),
                     S('Data Protection Act 2018', 'Data Protection Act', 2018),
                     S('National Health Service (General Medical Services Contracts) Regulations 2015',
                       'National Health Service (General Medical Services Contracts) Regulations', 2015),
                     S('Section 251B of the Health and Social Care Act 2012', 'Health and Social Care Act', 2012, 'section 251B'),
                     S('Computer Misuse Act 1990', 'Computer Misuse Act', 1990)],
        'review_date': '2027-01-31', 'review_basis': 'explicit', 'commencement_date': '2025-02-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'security', 'format_frequency',
                             'retention', 'accuracy', 'breach', 'agreement'],
    }
    return spec, truth


# ============================================================ agreements 7-9
# =========================================================================================
# 7. Provide 2017 home from hospital protocol (old style, DPA 1998, relative review)
# =========================================================================================

def doc7():
    title = "Home from Hospital: Housing Adaptations and Occupational Therapy Referrals (Mid Essex)"
    purpose = ("The purpose of this protocol is to speed up the safe discharge of patients from Broomfield "
               "Hospital and the Mid Essex community hospitals by allowing occupational therapists, district "
               "council housing and grants officers, Essex County Council social care staff and the British "
               "Red Cross home from hospital scheme to share the information they need to assess a patient's "
               "home, arrange minor adaptations and, where necessary, begin a Disabled Facilities Grant "
               "application before the patient leaves hospital.")
    b = [
        ('cline', 'Provide Community Interest Company', 13),
        ('cline', 'Information Governance and Records Management', 10),
        ('space', 50),
        ('ctitle', 'INFORMATION SHARING PROTOCOL', 20),
        ('space', 8),
        ('ctitle', title, 15),
        ('space', 30),
        ('table', [
            ['Lead Organisation', 'Provide Community Interest Company'],
            ['Partner organisations', 'Mid Essex Clinical Commissioning Group; Mid Essex Hospital Services NHS Trust; '
                                      'Essex County Council; Chelmsford City Council; Braintree District Council; '
                                      'Maldon District Council; Chelmsford Housing Partnership (CHP); '
                                      'The British Red Cross Society'],
            ['Version', '1.0 FINAL'],
            ['Commencement date', '1st June 2017'],
            ['Author', 'Jill Catchpole, Information Governance and Records Manager, Provide'],
            ['Approved', 'Provide Caldicott Guardian, 19th May 2017'],
            ['Privacy Impact Assessment', 'PIA/2017/014'],
        ], {'header': False, 'label_col': True, 'widths': [0.3, 0.7], 'size': 9.5}),
        ('pagebreak',),
        ('h1', 'SECTION 1 - PURPOSE'),
        ('p', purpose),
        ('p', "Delays in discharge are often caused by the need for rails, ramps, stair lifts or a change of "
              "bed, or by uncertainty about whether the patient's home is safe. Each of the partner "
              "organisations holds part of the information needed to resolve these problems. This protocol "
              "allows that information to be shared quickly, with the patient's consent, and is in line with "
              "the Mid Essex Discharge to Assess pathway."),
        ('h1', 'SECTION 2 - INFORMATION TO BE SHARED'),
        ('p', "The following personal data may be shared, but only so much as is needed for each referral:"),
        ('bul', [
            "Name, address, date of birth, NHS number, telephone number and next of kin;",
            "Tenure of the property (owner occupier, council or housing association tenant, private tenant) "
            "and the landlord's name;",
            "Diagnosis and functional assessment completed by the occupational therapist, including mobility, "
            "transfers and cognition;",
            "Equipment and adaptations recommended, and any already in place;",
            "Financial information needed for the Disabled Facilities Grant test of resources, where the "
            "patient agrees to provide it;",
            "Expected date of discharge and the ward or community hospital where the patient is staying.",
        ]),
        ('h1', 'SECTION 3 - LEGAL BASIS'),
        ('p', "Personal data will be processed fairly and lawfully in accordance with the Data Protection Act "
              "1998. For personal data the partners rely on the Schedule 2 conditions of consent and the "
              "exercise of functions conferred by an enactment; for sensitive personal data they rely on the "
              "Schedule 3 conditions of explicit consent and processing for medical purposes."),
        ('p', "The health partners provide services under the National Health Service Act 1977 and the NHS and "
              "Community Care Act 1990. Section 47 of the NHS and Community Care Act 1990 and the Care Act "
              "2014 place duties on Essex County Council to assess needs for care and support. The district "
              "councils administer Disabled Facilities Grants under the Housing Grants, Construction and "
              "Regeneration Act 1996 and have duties under the Chronically Sick and Disabled Persons Act 1970."),
        ('p', "All partners must respect the patient's rights under the Human Rights Act 1998 and the "
              "Equalities Act 2010, and must meet the common law duty of confidence and the Caldicott "
              "principles."),
        ('h1', 'SECTION 4 - CONSENT AND ACCESS TO RECORDS'),
        ('p', "The occupational therapist will explain the referral to the patient and obtain and record their "
              "explicit consent before any information is shared outside the NHS. Where the patient lacks "
              "capacity to consent, a best interests decision will be made and recorded."),
        ('p', "Patients may ask to see the information held about them by making a subject access request to "
              "the partner that holds it, under section 7 of the Data Protection Act 1998. Requests will be "
              "answered within 40 calendar days. A partner that receives a request relating to another "
              "partner's information will pass it on within 5 working days with the patient's agreement."),
        ('h1', 'SECTION 5 - SECURITY'),
        ('p', "Information will be sent by secure email only (nhs.net to nhs.net, or nhs.net to gcsx.gov.uk). "
              "Where secure email is not available, information may be sent by safe haven fax after a "
              "telephone call to confirm that the recipient is waiting for it. Paper records must be kept in "
              "locked cabinets and must not be left in vehicles. Staff of all partners must have completed "
              "information governance training in the last 12 months."),
        ('h1', 'SECTION 6 - METHOD AND FREQUENCY OF SHARING'),
        ('p', "Referrals are made on the joint Home from Hospital referral form (Appendix 1) as soon as the "
              "occupational therapist identifies a need, and in any case at least 3 working days before the "
              "expected discharge date. Partners will acknowledge a referral within 1 working day. A weekly "
              "telephone conference of the partners reviews all open referrals."),
        ('h1', 'SECTION 7 - RETENTION AND DISPOSAL'),
        ('p', "Each partner will keep the information it receives for as long as it needs it for the "
              "purpose in Section 1 and in line with its own retention schedule. Health records will be kept "
              "in line with the Records Management Code of Practice for Health and Social Care 2016. Paper "
              "copies will be shredded when they are no longer needed."),
        ('h1', 'SECTION 8 - COMPLAINTS'),
        ('p', "Any complaint about the sharing of information under this protocol will be dealt with under the "
              "complaints procedure of the partner that receives it. Partners will co-operate in responding to "
              "complaints that involve more than one organisation."),
        ('h1', 'SECTION 9 - REVIEW, WITHDRAWAL AND SIGNATURE'),
        ('p', "This protocol will be reviewed eighteen months after the commencement date shown on the front "
              "sheet, or sooner if there is a change in legislation or in the services covered. Any partner "
              "may withdraw from the protocol by giving one month's notice in writing to the Lead Organisation."),
        ('p', "We, the undersigned, agree to adopt and adhere to this protocol."),
        ('table', [
            ['Organisation', 'Name', 'Designation', 'Signature', 'Date'],
            ['Provide Community Interest Company', 'Dr Anne Kerridge', 'Caldicott Guardian', 'A Kerridge', '19/05/2017'],
            ['Mid Essex Clinical Commissioning Group', 'Colin Farrant', 'Caldicott Guardian', 'C Farrant', '22/05/2017'],
            ['Mid Essex Hospital Services NHS Trust', 'Dr Yusuf Mahmood', 'Caldicott Guardian', 'Y Mahmood', '23/05/2017'],
            ['Essex County Council', 'Margaret Stone', 'Director for Local Delivery (Mid)', 'M Stone', '24/05/2017'],
            ['Chelmsford City Council', 'Keith Dunmore', 'Housing Services Manager', 'K Dunmore', '25/05/2017'],
            ['Braintree District Council', 'Sally Pryor', 'Head of Housing', 'S Pryor', '25/05/2017'],
            ['Maldon District Council', 'David Hurst', 'Private Sector Housing Manager', 'D Hurst', '26/05/2017'],
            ['Chelmsford Housing Partnership', 'Gillian Marsh', 'Director of Housing', 'G Marsh', '26/05/2017'],
            ['The British Red Cross Society', 'Philip Arnott', 'Service Manager, Independent Living (Essex)', 'P Arnott', '30/05/2017'],
        ], {'widths': [0.3, 0.16, 0.27, 0.13, 0.14], 'size': 8.3}),
        ('h1', 'APPENDIX 1 - REFERRAL FORM FIELDS'),
        ('table', [
            ['Field', 'Completed by'],
            ['Patient details and consent', 'Occupational therapist'],
            ['Home environment and tenure', 'Occupational therapist with patient'],
            ['Adaptations recommended', 'Occupational therapist'],
            ['Grant eligibility check', 'District council grants officer'],
            ['Home from hospital visit requested (Y/N)', 'Occupational therapist'],
            ['Outcome and date of discharge', 'Ward or community hospital'],
        ], {'widths': [0.6, 0.4], 'size': 8.5}),
    ]
    spec = {
        'stem': 'pc07_provide_home_from_hospital_2017',
        'blocks': b, 'font': 'Times New Roman', 'size': 11.5, 'colour': '000000', 'heading_mode': 'bold_underline',
        'header': 'Provide CIC - Information Sharing Protocol - Home from Hospital', 'footer': 'NOT PROTECTIVELY MARKED',
        'rl_layout': 'old', 'rl_font': 'Times-Roman', 'rl_size': 10.5, 'first_page_plain': True,
        'author': 'Jill Catchpole', 'meta_title': 'ISP Home from Hospital',
        'outputs': ['pdf_rl', 'doc'],
    }
    truth = {
        'title': title, 'purpose': purpose,
        'lead': P('Provide Community Interest Company', 'Provide'),
        'partners': [P('Mid Essex Clinical Commissioning Group', 'Mid Essex Clinical Commissioning Group'),
                     P('Mid Essex Hospital Services NHS Trust', 'Mid Essex Hospital Services NHS Trust'),
                     P('Essex County Council', 'Essex County Council'),
                     P('Chelmsford City Council', 'Chelmsford City Council'),
                     P('Braintree District Council', 'Braintree District Council'),
                     P('Maldon District Council', 'Maldon District Council'),
                     P('Chelmsford Housing Partnership', 'CHP'),
                     P('The British Red Cross Society')],
        'statutes': [S('Data Protection Act 1998', 'Data Protection Act', 1998),
                     S('National Health Service Act 1977', 'National Health Service Act', 1977),
                     S('NHS and Community Care Act 1990', 'National Health Service and Community Care Act', 1990),
                     S('Care Act 2014', 'Care Act', 2014),
                     S('Housing Grants, Construction and Regeneration Act 1996', 'Housing Grants, Construction and Regeneration Act', 1996),
                     S('Chronically Sick and Disabled Persons Act 1970', 'Chronically Sick and Disabled Persons Act', 1970),
                     S('Human Rights Act 1998', 'Human Rights Act', 1998),
                     S('Equalities Act 2010', 'Equality Act', 2010)],
        'review_date': '2018-12-01', 'review_basis': 'relative', 'commencement_date': '2017-06-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
                             'format_frequency', 'retention', 'complaints', 'agreement'],
    }
    return spec, truth


# =========================================================================================
# 8. Southend NHS Health Check data sharing agreement (council publishes; no review date)
# =========================================================================================

def doc8():
    title = "NHS Health Check Programme: Practice Activity Returns and Outreach Invitations"
    purpose = ("Southend-on-Sea City Council commissions the NHS Health Check from general practices in the "
               "city under its public health duties. This agreement covers two flows of information: the "
               "quarterly activity returns that practices send to the Council so that it can pay for checks, "
               "monitor uptake and meet its reporting duties, and the lists of eligible patients who have not "
               "responded to two invitations, which practices may pass to the Southend Association of "
               "Voluntary Services so that community outreach workers can offer a check in a local venue.")
    practices = [('Prittlewell Chase Surgery', 'F81224', 'Dr Neil Abrahams', 'Partner and Caldicott Guardian'),
                 ('Westcliff Parade Medical Centre', 'F81367', 'Dr Fatima Rahman', 'Partner and Caldicott Guardian'),
                 ('Shoebury Garrison Practice', 'F81402', 'Dr Paul Greenhalgh', 'Partner and Caldicott Guardian'),
                 ('Thorpe Bay Surgery', 'F81577', 'Lynne Castell', 'Practice Manager'),
                 ('Eastwood Lane Health Centre', 'F81690', 'Dr Oluwaseun Adebayo', 'Partner and Caldicott Guardian')]
    party_rows = [['Party', 'Role', 'Signatory']]
    party_rows.append(['Southend-on-Sea City Council', 'Commissioner; controller for the activity returns', 'Director of Public Health'])
    for n, code, person, post in practices:
        party_rows.append(['%s (%s)' % (n, code), 'Provider; controller for the GP record and the invitation lists', post])
    party_rows.append(['Southend Association of Voluntary Services', 'Processor acting for each practice for outreach invitations', 'Chief Executive'])
    sig = [['Party', 'Name', 'Post', 'Date']]
    sig.append(['Southend-on-Sea City Council', 'Dr Kirsty Hale', 'Director of Public Health', '11/04/2024'])
    for (n, code, person, post), d in zip(practices, ['12/04/2024', '12/04/2024', '15/04/2024', '16/04/2024', '18/04/2024']):
        sig.append([n, person, post, d])
    sig.append(['Southend Association of Voluntary Services', 'Martin Ellwood', 'Chief Executive', '19/04/2024'])
    b = [
        ('cline', 'Southend-on-Sea City Council  |  Public Health', 12),
        ('space', 60),
        ('ctitle', 'Data Sharing Agreement', 24),
        ('space', 8),
        ('ctitle', title, 16),
        ('space', 14),
        ('cline', 'Southend general practices, Southend-on-Sea City Council and the Southend Association of Voluntary Services', 10.5),
        ('space', 40),
        ('table', [
            ['Published by', 'Southend-on-Sea City Council, which commissions the programme and is the controller for the activity returns'],
            ['Prepared by', 'Southend GP Data Protection Officer Service, on behalf of the practices'],
            ['Version', '3.0'],
            ['Approved', '09/04/2024 (Council Information Governance Board and practice Caldicott Guardians)'],
            ['Contract period', '1 April 2024 to 31 March 2027'],
            ['DPIA', 'SCC-PH-DPIA-22'],
        ], {'header': False, 'label_col': True, 'widths': [0.26, 0.74], 'size': 9.5}),
        ('pagebreak',),
        ('h1', 'Section A: Introduction'),
        ('p', purpose),
        ('p', "The Council is the controller for the returns once received. Each practice remains the "
              "controller for its patients' records and for the invitation lists, and SAVS processes the "
              "invitation lists only on the practice's instructions."),
        ('h1', 'Section B: The parties'),
        ('table', party_rows, {'widths': [0.4, 0.38, 0.22], 'size': 8.5}),
        ('h1', 'Section C: What will be shared'),
        ('h2', 'C1 Quarterly activity return (practice to Council)'),
        ('table', [
            ['Field', 'Notes'],
            ['Practice-generated pseudonym', 'NHS number is not sent; the practice keeps the key'],
            ['Age band (five-year), sex, ethnic category, LSOA of residence', 'For equity monitoring'],
            ['Date invited, date of check, method of invitation', ''],
            ['Check results: blood pressure, BMI, cholesterol ratio, QRISK3 score, HbA1c where taken, AUDIT-C, smoking status, physical activity', 'Coded values from the practice system'],
            ['Onward referrals and prescribing started', 'Weight management, stop smoking, statin, antihypertensive'],
        ], {'widths': [0.6, 0.4], 'size': 8.5}),
        ('h2', 'C2 Outreach invitation list (practice to SAVS)'),
        ('p', "Name, address, telephone number, age and preferred language of eligible patients aged 40 to 74 "
              "who have not responded to two invitations, excluding anyone who has asked not to be contacted. "
              "No clinical information is included. SAVS returns to the practice the date and outcome of each "
              "contact, and any check carried out in a community venue is recorded by a practice clinician "
              "in the GP record."),
        ('h1', 'Section D: Legal basis'),
        ('p', "The Council's duty to arrange NHS Health Checks comes from section 2B of the National Health "
              "Service Act 2006, inserted by the Health and Social Care Act 2012, and from regulation 4 of the "
              "Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch "
              "Representatives) Regulations 2013."),
        ('p', "For the activity returns, the Council and the practices rely on Article 6(1)(e) of the UK GDPR, "
              "and for health data on Article 9(2)(i) (public health) with the conditions in the Data "
              "Protection Act 2018. The returns are pseudonymised, are not confidential patient information, "
              "and so the National Data Opt-out does not apply to them."),
        ('p', "Invitations, including outreach invitations, are part of the patient's direct care. The "
              "practices rely on Article 6(1)(e) and Article 9(2)(h), and on implied consent under the common "
              "law duty of confidentiality. SAVS acts as the practice's processor under written terms set out "
              "in Appendix 1 and receives no information for its own purposes."),
        ('h1', "Section E: Patients' rights"),
        ('p', "Practices will explain the programme and the outreach service in their privacy notices and on "
              "the invitation letter. A patient may ask not to be contacted about the NHS Health Check, and "
              "the practice will record this and remove them from future lists. Requests to see records are "
              "made to the practice for the GP record and invitation lists, and to the Council for the "
              "activity returns it holds; because the returns are pseudonymised the Council may need the "
              "practice's help to find a patient's data."),
        ('h1', 'Section F: Security'),
        ('bul', [
            "All practices hold a DSPT assessment at Standards Met or above; SAVS completed the DSPT at "
            "Standards Met for 2023/24.",
            "Outreach lists are sent to SAVS only by encrypted email (Egress) and are held in a restricted "
            "folder accessible to named outreach workers.",
            "The Council's public health analysts hold the returns in a restricted area of the Council "
            "network and do not attempt to re-identify any patient.",
        ]),
        ('h1', 'Section G: Transfer and timing'),
        ('table', [
            ['Flow', 'Method', 'When'],
            ['Activity return', 'Upload to the Council public health data portal', 'By the 15th working day after each quarter'],
            ['Outreach invitation list', 'Egress encrypted email to SAVS', 'Monthly, on the first Monday'],
            ['Outreach outcomes', 'Egress encrypted email to the practice', 'Weekly'],
        ], {'widths': [0.28, 0.42, 0.3], 'size': 8.5}),
        ('h1', 'Section H: Complaints'),
        ('p', "Complaints about the programme are handled by the practice or the Council, depending on which "
              "organisation the complaint concerns. Complaints about outreach contact are handled by the "
              "practice, with the help of SAVS."),
        ('h1', 'Section I: Incidents'),
        ('p', "Any party that discovers a personal data breach involving the returns or the invitation lists "
              "will tell the practice concerned and the Council's Information Governance Team within one "
              "working day. Practices report on the DSPT incident reporting tool. The controller concerned "
              "will decide whether to notify the Information Commissioner."),
        ('h1', 'Section J: Duration, withdrawal and signature'),
        ('p', "This agreement has effect from 1 April 2024 and ends when the NHS Health Check contract ends "
              "(currently 31 March 2027), unless it is ended earlier by agreement. A practice that stops "
              "providing NHS Health Checks withdraws from this agreement on the same date."),
        ('table', sig, {'widths': [0.38, 0.22, 0.26, 0.14], 'size': 8.5}),
        ('h1', 'Appendix 1: Processing terms for SAVS'),
        ('p', "SAVS will process outreach invitation lists only on the practice's documented instructions; "
              "ensure that outreach workers are bound by confidentiality; not engage any sub-processor; "
              "help the practice respond to requests from patients; and tell the practice of any breach "
              "within 24 hours."),
    ]
    spec = {
        'stem': 'pc08_southend_health_checks_dsa',
        'blocks': b, 'font': 'Times New Roman', 'size': 11.5, 'colour': '7A1F5C', 'heading_mode': 'styled',
        'header': 'Southend-on-Sea City Council - Public Health - OFFICIAL', 'footer': 'SCC-PH-DSA-09 v3.0',
        'first_page_plain': True,
        'author': 'Southend GP DPO Service', 'meta_title': 'SCC-PH-DSA-09',
        'outputs': ['pdf_word', 'docx'],
    }
    truth = {
        'title': title, 'purpose': purpose,
        'lead': P('Southend-on-Sea City Council', 'Southend Borough Council'),
        'partners': [P(n) for n, *_ in practices] + [P('Southend Association of Voluntary Services')],
        'statutes': [S('section 2B of the National Health Service Act 2006', 'National Health Service Act', 2006, 'section 2B'),
                     S('Health and Social Care Act 2012', 'Health and Social Care Act', 2012),
                     S('Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations 2013',
                       'Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations', 2013),
                     S('Article 6(1)(e) of the UK GDPR', UKGDPR, None, 'Article 6(1)(e)'),
                     S('Data Protection Act 2018', 'Data Protection Act', 2018)],
        'review_date': None, 'review_basis': 'none', 'commencement_date': '2024-04-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
                             'format_frequency', 'complaints', 'breach', 'agreement'],
    }
    return spec, truth


# =========================================================================================
# 9. Norfolk carers identification - ISA led by Norfolk and Waveney ICB (title in a text box)
# =========================================================================================

def doc9():
    title = "Carer Identification and Referral: General Practice to Carers Matter Norfolk"
    purpose = ("Many unpaid carers are known to their GP practice but have never been offered a carer's "
               "assessment or the support that is available to them. This agreement allows practices to "
               "refer carers, with their consent, to Carers Matter Norfolk, and allows Carers Matter Norfolk "
               "and Norfolk County Council to tell the practice what support the carer has taken up, so that "
               "the practice can keep its carers register accurate and take the carer's circumstances into "
               "account in their own care.")
    practices = [('Wymondham Abbey Surgery', 'D82041', 'Dr Rachel Seago', 'Partner and Caldicott Guardian', '16/09/2026'),
                 ('Aylsham Road Medical Practice', 'D82077', 'Dr Jonathan Pike', 'Partner and Caldicott Guardian', '17/09/2026'),
                 ('Cromer Coast Surgery', 'D82619', 'Sharon Leggett', 'Practice Manager', '21/09/2026')]
    parties = [
        ['Organisation', 'Role', 'ICO registration'],
        ['NHS Norfolk and Waveney Integrated Care Board', 'Lead; commissions Carers Matter Norfolk jointly with the County Council', 'ZB295114'],
        ['Norfolk County Council', 'Adult Social Services: carers\' assessments and support plans', 'Z5847702'],
        ['Caring Together Charity', 'Delivers Carers Matter Norfolk', 'Z1104786'],
        ['Norfolk and Suffolk NHS Foundation Trust', 'Identifies and refers carers of people using mental health services', 'Z7339012'],
        ['Norfolk and Norwich University Hospitals NHS Foundation Trust', 'Identifies carers on wards and at discharge', 'Z5620487'],
    ] + [['%s (%s)' % (n, c), 'General practice: identifies, codes and refers carers', 'see signature page'] for n, c, *_ in practices]
    sig = [['Organisation', 'Signatory', 'Post', 'Date'],
           ['NHS Norfolk and Waveney Integrated Care Board', 'Dr Frances Lowe', 'Caldicott Guardian', '22/09/2026'],
           ['Norfolk County Council', 'Simon Trowbridge', 'Caldicott Guardian, Adult Social Services', '23/09/2026'],
           ['Caring Together Charity', 'Helen Dyer', 'Director of Services', '18/09/2026'],
           ['Norfolk and Suffolk NHS Foundation Trust', 'Dr Raj Chandran', 'Caldicott Guardian', '24/09/2026'],
           ['Norfolk and Norwich University Hospitals NHS Foundation Trust', 'Jane Whitlam', 'Senior Information Risk Owner', '25/09/2026']]
    for n, c, person, post, d in practices:
        sig.append(['%s (%s)' % (n, c), person, post, d])
    b = [
        ('cline', 'NHS Norfolk and Waveney Integrated Care Board', 13),
        ('space', 30),
        ('textbox', [title, 'Information Sharing Agreement'], 17),
        ('space', 16),
        ('p', "This agreement is led by NHS Norfolk and Waveney Integrated Care Board on behalf of the "
              "organisations that have signed it."),
        ('table', [
            ['Reference', 'NWICB-ISA-031'],
            ['Version', '1.1'],
            ['Approved by', 'Norfolk and Waveney ICB Information Governance Group'],
            ['Caldicott Guardian sign-off', 'Dr Frances Lowe, 22/09/2026'],
            ['Date of next review', 'Sep-2027'],
            ['DPIA', 'NWICB-DPIA-2026-044'],
            ['Classification', 'OFFICIAL'],
        ], {'header': False, 'label_col': True, 'widths': [0.32, 0.68], 'size': 9.5}),
        ('table', [
            ['Version', 'Date', 'Author', 'Change'],
            ['1.0', '07/2026', 'K. Amis, IG Manager', 'Draft for consultation with practices'],
            ['1.1', '09/2026', 'K. Amis, IG Manager', 'NSFT and NNUH added as referring organisations'],
        ], {'widths': [0.12, 0.15, 0.25, 0.48]}),
        ('h2', 'Contents'),
        ('p', '1 Purpose; 2 Parties; 3 Information to be shared; 4 Legal basis; 5 Carers\' rights; 6 Security; '
              '7 Method and frequency; 8 Retention; 9 Accuracy; 10 Complaints; 11 Breaches; 12 Agreement and '
              'signatures; Appendix A Codes'),
        ('pagebreak',),
        ('h1', '1. Purpose'),
        ('p', purpose),
        ('p', "Referrals may also come from Norfolk and Suffolk NHS Foundation Trust and from the Norfolk and "
              "Norwich University Hospitals, where staff identify a carer who is not known to support services. "
              "In each case the carer decides whether to be referred."),
        ('h1', '2. Parties'),
        ('table', parties, {'widths': [0.42, 0.42, 0.16], 'size': 8.5}),
        ('h1', '3. Information to be shared'),
        ('table', [
            ['Data item', 'Flow'],
            ['Carer\'s name, date of birth, address, telephone, email, NHS number', 'Referrer to Carers Matter Norfolk'],
            ['Who the carer looks after (relationship, not the cared-for person\'s health details unless the cared-for person agrees)', 'Referrer to Carers Matter Norfolk'],
            ['Carer\'s own health needs that affect caring, if the carer wishes', 'Referrer to Carers Matter Norfolk'],
            ['Young carer flag (under 18) and school, where relevant', 'Referrer to Carers Matter Norfolk and Norfolk County Council Children\'s Services'],
            ['Support taken up: assessment, carer\'s emergency plan, breaks, advice', 'Carers Matter Norfolk or Norfolk County Council to the practice'],
        ], {'widths': [0.62, 0.38], 'size': 8.5}),
        ('h1', '4. Legal basis'),
        ('p', "Section 10 of the Care Act 2014 requires Norfolk County Council to assess a carer's needs for "
              "support where it appears that the carer may have needs. For young carers, the Children and "
              "Families Act 2014 places a duty on the Council to assess a young carer's needs."),
        ('p', "The parties rely on Article 6(1)(e) of the UK GDPR and Article 9(2)(h), with the conditions in "
              "the Data Protection Act 2018. The ICB acts under the National Health Service Act 2006 as "
              "amended by the Health and Care Act 2022, which requires it to involve carers in decisions."),
        ('p', "Referral is made only with the carer's explicit consent, recorded by the referrer; this also "
              "meets the common law duty of confidentiality. Where the cared-for person lacks capacity to "
              "agree to information about them being shared, the referrer follows the Mental Capcity Act "
              "2005 and shares only what is in their best interests."),
        ('h1', "5. Carers' rights"),
        ('p', "Each party's privacy notice describes the service. A carer may withdraw consent at any time, "
              "and may ask any party for a copy of the information it holds. A party that receives a request "
              "relating to another party's records tells the carer where to apply."),
        ('h1', '6. Security'),
        ('p', "Referrals are sent by NHSmail to the Carers Matter Norfolk referral mailbox or through the "
              "online referral form, which is encrypted. All parties hold a current DSPT assessment at "
              "Standards Met or above. Access to referral records is limited to the staff who provide "
              "support to the carer."),
        ('h1', '7. Method and frequency'),
        ('p', "Referrals are sent as they arise. Carers Matter Norfolk acknowledges each referral to the "
              "referrer within two working days and sends an outcome letter to the practice within six "
              "weeks. The ICB receives a quarterly report of referral numbers by practice, which contains "
              "no personal data."),
        ('h1', '8. Retention'),
        ('p', "Practices keep the outcome letter in the GP record. Caring Together keeps referral and support "
              "records for six years after the carer's last contact. Norfolk County Council keeps carers' "
              "assessments under its retention schedule."),
        ('h1', '9. Accuracy'),
        ('p', "Referrers confirm the carer's details with the carer. Practices update the carer code when an "
              "outcome letter says that the carer is no longer caring."),
        ('h1', '10. Complaints'),
        ('p', "Complaints are handled under the complaints procedure of the party concerned. Carers Matter "
              "Norfolk will tell the referring party of any complaint about a referral it made."),
        ('h1', '11. Breaches'),
        ('p', "Breaches are reported to the party that supplied the information within 24 hours, and to the "
              "ICB Information Governance team, which keeps a log for this agreement. Each controller decides "
              "whether to notify the Information Commissioner."),
        ('h1', '12. Agreement and signatures'),
        ('p', "This agreement commences on 1 October 2026. It will be reviewed by the date shown on the cover. "
              "A party may withdraw on one month's notice to the ICB."),
        ('table', sig, {'widths': [0.4, 0.2, 0.26, 0.14], 'size': 8.5}),
        ('h1', 'Appendix A - Codes used by practices'),
        ('table', [
            ['SNOMED CT concept', 'Use'],
            ['Carer (person)', 'Patient is a carer'],
            ['Referral to carers support service', 'Referral made'],
            ['Carer\'s assessment offered', 'Outcome returned'],
        ], {'widths': [0.55, 0.45], 'size': 8.5}),
    ]
    spec = {
        'stem': 'pc09_norfolk_carers_identification_isa',
        'blocks': b, 'font': 'Verdana', 'size': 10, 'colour': '005EB8', 'heading_mode': 'styled',
        'header': 'NWICB-ISA-031  |  OFFICIAL', 'footer': 'Norfolk and Waveney ICB',
        'first_page_plain': True,
        'author': 'K. Amis', 'meta_title': 'NWICB-ISA-031',
        'outputs': ['pdf_word', 'docx', 'doc'],
    }
    truth = {
        'title': title, 'purpose': purpose,
        'lead': P('NHS Norfolk and Waveney Integrated Care Board'),
        'partners': [P('Norfolk County Council'), P('Caring Together Charity'),
                     P('Norfolk and Suffolk NHS Foundation Trust'),
                     P('Norfolk and Norwich University Hospitals NHS Foundation Trust')]
                    + [P(n) for n, *_ in practices],
        'statutes': [S('Section 10 of the Care Act 2014', 'Care Act', 2014, 'section 10'),
                     S('Children and Families Act 2014', 'Children and Families Act', 2014),
                     S('Article 6(1)(e) of the UK GDPR', UKGDPR, None, 'Article 6(1)(e)'),
                     S('Data Protection Act 2018', 'Data Protection Act', 2018),
                     S('National Health Service Act 2006', 'National Health Service Act', 2006),
                     S('Health and Care Act 2022', 'Health and Care Act', 2022),
                     S('Mental Capcity Act 2005', 'Mental Capacity Act', 2005)],
        'review_date': '2027-09-30', 'review_basis': 'explicit', 'commencement_date': '2026-10-01',
        'sections_present': ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
                             'format_frequency', 'retention', 'accuracy', 'complaints', 'breach', 'agreement'],
    }
    return spec, truth


def main():
    out = os.path.join(HERE, 'files')
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    work = tempfile.mkdtemp(prefix='pc_make_')
    records = []
    for fn in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9):
        spec, t = fn()
        stem = spec['stem']
        outputs = spec['outputs']
        produced = []
        docx_tmp = os.path.join(work, stem + '.docx')
        write_docx(docx_tmp, spec)
        if 'docx' in outputs:
            shutil.copy(docx_tmp, os.path.join(out, stem + '.docx'))
            produced.append((stem + '.docx', 'docx'))
        if 'pdf_word' in outputs:
            pdf = soffice_convert(docx_tmp, 'pdf', work)
            shutil.copy(pdf, os.path.join(out, stem + '.pdf'))
            produced.append((stem + '.pdf', 'pdf'))
        if 'pdf_rl' in outputs:
            write_pdf_rl(os.path.join(out, stem + '.pdf'), spec)
            produced.append((stem + '.pdf', 'pdf'))
        if 'doc' in outputs:
            doc = soffice_convert(docx_tmp, 'doc', work)
            shutil.copy(doc, os.path.join(out, stem + '.doc'))
            produced.append((stem + '.doc', 'doc'))
        present = [k for k in KEYS if k in t['sections_present']]
        missing = [k for k in KEYS if k not in t['sections_present']]
        for fname, fmt in sorted(produced):
            records.append({
                'file': fname,
                'format': fmt,
                'title': t['title'],
                'purpose': t['purpose'],
                'lead': t['lead'],
                'partners': t['partners'],
                'statutes': t['statutes'],
                'review_date': t['review_date'],
                'review_basis': t['review_basis'],
                'commencement_date': t['commencement_date'],
                'sections_present': present,
                'missing_sections': missing,
            })
    shutil.rmtree(work, ignore_errors=True)
    with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(records, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print('wrote %d files, %d truth records' % (len(os.listdir(out)), len(records)))


if __name__ == '__main__':
    main()
