#!/usr/bin/env python
"""Generator for the `public_health` blind corpus family.

Writes files/ (PDF, DOCX, DOC) and truth.json beside this script.
Deterministic: fixed text, fixed document properties, reportlab invariant mode.
LibreOffice (own profile) converts some DOCX to PDF and to legacy DOC.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,  # noqa: F401
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo_public_health"
FIXED_DT = datetime.datetime(2024, 1, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# block model
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def B(*items):
    return ("bullets", list(items))


def T(rows, widths=None, header=True, shade=True):
    return ("table", rows, {"widths": widths, "header": header, "shade": shade})


def BIG(t, size=22, align="left", bold=True):
    return ("big", t, {"size": size, "align": align, "bold": bold})


def BIG2(lines, size=20, align="left"):
    """A title printed over two (or more) lines inside one paragraph."""
    return ("big2", lines, {"size": size, "align": align})


def SMALL(t, align="left"):
    return ("small", t, {"align": align})


def SP(h=0.4):
    return ("space", h)


PB = ("pagebreak",)
COLS = ("columns",)  # reportlab only: switch to the two-column template


def block_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p"):
            out.append(b[1])
        elif k in ("big", "small"):
            out.append(b[1])
        elif k == "big2":
            out.append(" ".join(b[1]))
        elif k == "bullets":
            out.extend(b[1])
        elif k == "table":
            for r in b[1]:
                out.extend(str(c) for c in r)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# DOCX renderer
# ---------------------------------------------------------------------------


def _add_field(paragraph, instr):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def render_docx(ag, path):
    o = ag["docx"]
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = o.get("author", "Information Governance")
    cp.last_modified_by = o.get("author", "Information Governance")
    cp.title = o.get("core_title", "")
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Arial")
    st.font.size = Pt(o.get("size", 10.5))
    for hs, sz in (("Heading 1", 13), ("Heading 2", 11)):
        s = doc.styles[hs]
        s.font.name = o.get("font", "Arial")
        s.font.size = Pt(sz)
        s.font.color.rgb = RGBColor.from_string(o.get("hcolour", "1F3864"))
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(o.get("margin", 2.3))
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    if o.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = o["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if o.get("header_right") else WD_ALIGN_PARAGRAPH.LEFT
        for r in hp.runs:
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if o.get("footer"):
        r = fp.add_run(o["footer"] + "    Page ")
        r.font.size = Pt(8)
    else:
        r = fp.add_run("Page ")
        r.font.size = Pt(8)
    _add_field(fp, "PAGE")
    if o.get("page_of"):
        r = fp.add_run(" of ")
        r.font.size = Pt(8)
        _add_field(fp, "NUMPAGES")
    hstyle = o.get("headings", "styled")  # styled | bold
    hfill = o.get("table_fill", "D9E2F3")

    for b in ag["blocks"]:
        k = b[0]
        if k == "columns":
            continue
        if k == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "space":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(b[1] * 20)
        elif k in ("h1", "h2"):
            if hstyle == "styled":
                doc.add_heading(b[1], level=1 if k == "h1" else 2)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(10 if k == "h1" else 6)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(12 if k == "h1" else 10.5)
                if k == "h2" and o.get("h2_italic"):
                    r.italic = True
        elif k == "p":
            p = doc.add_paragraph(b[1])
            p.paragraph_format.space_after = Pt(6)
        elif k == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "big":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if b[2]["align"] == "center" else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(b[1])
            r.bold = b[2]["bold"]
            r.font.size = Pt(b[2]["size"])
        elif k == "big2":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if b[2]["align"] == "center" else WD_ALIGN_PARAGRAPH.LEFT
            for i, line in enumerate(b[1]):
                r = p.add_run(line)
                r.bold = True
                r.font.size = Pt(b[2]["size"])
                if i < len(b[1]) - 1:
                    r.add_break()
        elif k == "small":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if b[2]["align"] == "center" else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(b[1])
            r.font.size = Pt(9)
        elif k == "table":
            rows, opt = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    txt = str(row[j]) if j < len(row) else ""
                    cell.text = ""
                    para = cell.paragraphs[0]
                    run = para.add_run(txt)
                    run.font.size = Pt(9)
                    if opt["header"] and i == 0:
                        run.bold = True
                        if opt["shade"]:
                            _shade(cell, hfill)
                    if not opt["header"] and j == 0 and opt["shade"]:
                        run.bold = True
                        _shade(cell, hfill)
            if opt["widths"]:
                t.autofit = False
                avail = 21.0 - 2 * o.get("margin", 2.3)
                tot = sum(opt["widths"])
                ws = [avail * w / tot for w in opt["widths"]]
                grid = t._tbl.tblGrid
                for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                    gc.set(qn("w:w"), str(int(ws[j] * 567)))
                for j, w in enumerate(ws):
                    for cell in t.columns[j].cells:
                        cell.width = Cm(w)
            doc.add_paragraph()
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the DOCX package with fixed timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ---------------------------------------------------------------------------
# reportlab renderer
# ---------------------------------------------------------------------------


def render_pdf_rl(ag, path):
    o = ag["rl"]
    W, H = A4
    lm = rm = o.get("margin", 2.0) * cm
    tm, bm = 2.4 * cm, 2.0 * cm
    font = o.get("font", "Helvetica")
    fontb = o.get("fontb", "Helvetica-Bold")
    accent = colors.HexColor(o.get("accent", "#1F3864"))
    base = ParagraphStyle("base", fontName=font, fontSize=o.get("size", 9.5),
                          leading=o.get("size", 9.5) * 1.32, spaceAfter=5)
    sty = {
        "p": base,
        "h1": ParagraphStyle("h1", parent=base, fontName=fontb, fontSize=12.5, leading=15,
                             spaceBefore=10, spaceAfter=5, textColor=accent, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=fontb, fontSize=10.5, leading=13,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "bul": ParagraphStyle("bul", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.2, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=fontb, fontSize=8.3, leading=10.2,
                                spaceAfter=0),
    }
    two = o.get("columns", 1) == 2
    gap = 0.7 * cm
    full_w = W - lm - rm
    col_w = (full_w - gap) / 2

    def deco(canvas, doc):
        canvas.saveState()
        pn = canvas.getPageNumber()
        if pn > 1 or o.get("header_on_first"):
            canvas.setFont(font, 7.8)
            canvas.setFillColor(colors.HexColor("#444444"))
            if o.get("header_left"):
                canvas.drawString(lm, H - 1.35 * cm, o["header_left"])
            if o.get("header_right"):
                canvas.drawRightString(W - rm, H - 1.35 * cm, o["header_right"])
            canvas.setStrokeColor(accent)
            canvas.setLineWidth(0.6)
            canvas.line(lm, H - 1.5 * cm, W - rm, H - 1.5 * cm)
        canvas.setFont(font, 7.8)
        canvas.setFillColor(colors.HexColor("#444444"))
        ft = o.get("footer", "")
        if ft:
            canvas.drawString(lm, 1.1 * cm, ft)
        canvas.drawRightString(W - rm, 1.1 * cm, o.get("page_fmt", "Page %d") % pn)
        if pn == 1 and o.get("cover_box"):
            o["cover_box"](canvas, W, H, lm, rm)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title=o.get("meta_title", ""),
                          author=o.get("meta_author", ""), creator="Microsoft Word")
    fr_full = Frame(lm, bm, full_w, H - tm - bm, id="full", leftPadding=0, rightPadding=0)
    first_top = o.get("first_top_offset", 0) * cm
    fr_first = Frame(lm, bm, full_w, H - tm - bm - first_top, id="first", leftPadding=0,
                     rightPadding=0)
    fr_l = Frame(lm, bm, col_w, H - tm - bm, id="l", leftPadding=0, rightPadding=0)
    fr_r = Frame(lm + col_w + gap, bm, col_w, H - tm - bm, id="r", leftPadding=0, rightPadding=0)
    templates = [PageTemplate(id="first", frames=[fr_first], onPage=deco),
                 PageTemplate(id="full", frames=[fr_full], onPage=deco)]
    if two:
        templates.append(PageTemplate(id="two", frames=[fr_l, fr_r], onPage=deco))
    doc.addPageTemplates(templates)

    story = [NextPageTemplate("full")]
    cur_w = full_w
    boxed = o.get("boxed", True)
    for b in ag["blocks"]:
        k = b[0]
        if k == "columns":
            if two:
                story.append(NextPageTemplate("two"))
                story.append(PageBreak())
                cur_w = col_w
            continue
        if k == "pagebreak":
            story.append(PageBreak())
        elif k == "space":
            story.append(Spacer(1, b[1] * cm))
        elif k in ("h1", "h2"):
            story.append(Paragraph(escape(b[1]), sty[k]))
        elif k == "p":
            story.append(Paragraph(escape(b[1]), sty["p"]))
        elif k == "bullets":
            for it in b[1]:
                story.append(Paragraph(escape(it), sty["bul"], bulletText="\u2022"))
        elif k == "small":
            s = ParagraphStyle("sx", parent=sty["small"],
                               alignment=TA_CENTER if b[2]["align"] == "center" else TA_LEFT)
            story.append(Paragraph(escape(b[1]), s))
        elif k in ("big", "big2"):
            size = b[2]["size"]
            s = ParagraphStyle("bx", parent=base, fontName=fontb if b[2].get("bold", True) else font,
                               fontSize=size, leading=size * 1.22, spaceAfter=8, textColor=accent,
                               alignment=TA_CENTER if b[2]["align"] == "center" else TA_LEFT)
            txt = escape(b[1]) if k == "big" else "<br/>".join(escape(x) for x in b[1])
            story.append(Paragraph(txt, s))
        elif k == "table":
            rows, opt = b[1], b[2]
            ncol = max(len(r) for r in rows)
            data = []
            for i, r in enumerate(rows):
                rr = []
                for j in range(ncol):
                    txt = escape(str(r[j])) if j < len(r) else ""
                    bold = (opt["header"] and i == 0) or (not opt["header"] and j == 0)
                    rr.append(Paragraph(txt, sty["cellb"] if bold else sty["cell"]))
                data.append(rr)
            if opt["widths"]:
                tot = sum(opt["widths"])
                cw = [cur_w * w / tot for w in opt["widths"]]
            else:
                cw = [cur_w / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if opt["header"] else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            fill = colors.HexColor(o.get("table_fill", "#DCE6F1"))
            if boxed:
                ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")))
                ts.append(("BOX", (0, 0), (-1, -1), 1.0, accent))
            else:
                ts.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")))
            if opt["shade"]:
                if opt["header"]:
                    ts.append(("BACKGROUND", (0, 0), (-1, 0), fill))
                else:
                    ts.append(("BACKGROUND", (0, 0), (0, -1), fill))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
    doc.build(story)


# ---------------------------------------------------------------------------
# LibreOffice conversion
# ---------------------------------------------------------------------------


def soffice_convert(src, fmt):
    cmd = ["soffice", "--headless", "--norestore", f"-env:UserInstallation={LO_PROFILE}",
           "--convert-to", fmt, "--outdir", OUT, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


# ---------------------------------------------------------------------------
# the agreements
# ---------------------------------------------------------------------------

AGREEMENTS = []

# ===========================================================================
# A1  Thurrock Council - NCMP (DOCX -> PDF via LibreOffice, DOC)
# title on the cover and in the Word header; document-control table;
# numeric review date; lead given as "Document owner"; no complaints section
# ===========================================================================
A1_TITLE = "National Child Measurement Programme Data Sharing Agreement"
A1_PURPOSE = ("This agreement sets out how Thurrock Council and North East London NHS Foundation "
              "Trust (NELFT), as the provider of the Thurrock school nursing service, will share the "
              "personal data of children in Reception and Year 6 collected through the National Child "
              "Measurement Programme (NCMP), so that the Council can meet its duty to weigh and measure "
              "children, submit the annual return to NHS England, and offer parents feedback and "
              "follow-up support.")
A1_BLOCKS = [
    SMALL("Thurrock Council  |  Public Health Service  |  Civic Offices, New Road, Grays"),
    SP(2.5),
    BIG(A1_TITLE, size=24),
    SP(0.3),
    P("Between Thurrock Council and North East London NHS Foundation Trust (NELFT)"),
    P("Version 2.1 FINAL"),
    P("Protective marking: OFFICIAL"),
    SP(5),
    SMALL("This document is uncontrolled when printed. The current version is held by the Public Health "
          "Intelligence Team and is published on the Council's information sharing register."),
    PB,
    H1("Document control"),
    T([["Document owner", "Thurrock Council (Public Health Service)"],
       ["Author", "Priya Raman, Public Health Intelligence Manager"],
       ["Approved by", "Dr Helen Okafor, Director of Public Health, Thurrock Council"],
       ["Date approved", "14/09/2023"],
       ["Date of commencement", "01/09/2023"],
       ["Date of next review", "31/08/2025"],
       ["Information asset", "NCMP local dataset (IAR ref PH-017)"],
       ["DPIA reference", "DPIA-PH-2023-04 (completed 21/07/2023)"],
       ["Distribution", "Caldicott Guardian; Data Protection Officer; NELFT 0-19 Service Lead"]],
      widths=[5, 11], header=False),
    H2("Version history"),
    T([["Version", "Date", "Author", "Summary of changes"],
       ["1.0", "08/2019", "R. Adeyemi", "First issue following recommissioning of the school nursing service."],
       ["1.1", "06/2020", "R. Adeyemi", "Note added on suspension of measurement during school closures."],
       ["2.0", "07/2023", "P. Raman", "Rewritten for UK GDPR and DPA 2018; NHS Digital functions transferred to NHS England; new data items for 2023/24."],
       ["2.1", "09/2023", "P. Raman", "Minor amendments following comments from the NELFT Data Protection Officer; approved."]],
      widths=[1.6, 1.8, 2.4, 10.2]),
    H2("Contents"),
    T([["1", "Introduction and purpose"], ["2", "Parties and their roles"],
       ["3", "Legal basis for sharing"], ["4", "Information to be shared"],
       ["5", "Method and frequency of transfer"], ["6", "Data quality"],
       ["7", "Information security"], ["8", "Retention and disposal"],
       ["9", "Children's and parents' rights"], ["10", "Security incidents"],
       ["11", "Review, variation and termination"], ["12", "Signatures"],
       ["Annex A", "NCMP data items"], ["Annex B", "Contacts"]],
      widths=[2.5, 13.5], header=False, shade=False),
    PB,
    H1("1. Introduction and purpose"),
    H2("1.1 Background"),
    P("The National Child Measurement Programme measures the height and weight of children in "
      "Reception (aged 4 to 5) and Year 6 (aged 10 to 11) in state-maintained schools in England. "
      "Local authorities have been responsible for the programme since public health functions "
      "transferred from the NHS in April 2013. In Thurrock the measurements are taken in schools by "
      "the school nursing team of the 0-19 Healthy Child Programme, which NELFT delivers under contract "
      "to the Council."),
    H2("1.2 Purpose of sharing"),
    P(A1_PURPOSE),
    P("The information will be used to:"),
    B("compile and validate the Thurrock return to the national NCMP collection;",
      "send results letters to parents and carers, and identify children who may benefit from a "
      "follow-up conversation with a school nurse or a referral to the family healthy weight service;",
      "produce anonymised and aggregated analysis for the Joint Strategic Needs Assessment, ward "
      "profiles and the Healthy Weight Strategy;",
      "monitor the coverage of the programme school by school."),
    P("The data will not be used to make decisions about an individual child other than to offer "
      "support to the family, and it will not be shared with schools at the level of the individual "
      "child."),
    H1("2. Parties and their roles"),
    T([["Organisation", "Role under this agreement", "ICO registration", "Signing officer"],
       ["Thurrock Council", "Controller for the NCMP dataset. Sets the purposes and the means of processing.",
        "Z8228055", "Director of Public Health"],
       ["North East London NHS Foundation Trust (NELFT)", "Processor when taking measurements and "
        "entering results on behalf of the Council; controller of its own school nursing clinical records.",
        "Z9096541", "Director of Operations, Thurrock Children's Services"]],
      widths=[4.2, 7, 2.3, 3.5]),
    P("NHS England receives the national NCMP return directly through its collection system under its "
      "own statutory powers and is not a party to this agreement. Schools provide pupil lists to the "
      "school nursing team under a separate notice issued by the Council each September."),
    H1("3. Legal basis for sharing"),
    P("The Council is required to weigh and measure children by regulation 3 of the Local Authorities "
      "(Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations "
      "2013. The wider duty to take steps to improve the health of "
      "the people in its area is in section 2B of the National Health Service Act 2006, which was "
      "inserted by section 12 of the Health and Social Care Act 2012."),
    P("For the purposes of the UK General Data Protection Regulation (UK GDPR), the lawful basis is "
      "Article 6(1)(e), processing necessary for the performance of a task carried out in the public "
      "interest. Height and weight are data concerning health; the condition relied upon is Article 9(2)(i) "
      "(public health), with the associated condition in Schedule 1, Part 1, paragraph 3 of the Data "
      "Protection Act 2018."),
    P("The common law duty of confidence is met because parents are told about the programme in advance "
      "by letter and may withdraw their child. The National Data Opt-out does not apply to the NCMP, "
      "because the collection is required by regulations; this is explained in the parent letter. The "
      "parties will also have regard to the Caldicott principles."),
    H1("4. Information to be shared"),
    P("Only the data items listed in Annex A will be shared. Free-text notes made by school nurses in the "
      "clinical record are not part of the NCMP dataset and are not shared with the Council."),
    H1("5. Method and frequency of transfer"),
    P("Pupil lists are uploaded by the school nursing administrator to the national NCMP system at the "
      "start of each academic year. Measurements are entered into the same system by NELFT staff, usually "
      "on the day of measurement and always within five working days."),
    P("The Council's Public Health Intelligence Team downloads the validated Thurrock extract from the "
      "national system. No NCMP data may be sent by email attachment, removable media or paper. Results "
      "letters are produced by the Council and posted to parents; NELFT receives a weekly list of children "
      "whose parents have asked for a follow-up call, through a shared folder on the Council's secure "
      "file transfer service."),
    T([["Flow", "From", "To", "Frequency", "Method"],
       ["Pupil lists", "Schools / NELFT", "National NCMP system", "Annually (September)", "Secure upload"],
       ["Measurements", "NELFT", "National NCMP system", "During the measurement window", "Direct entry"],
       ["Validated extract", "National NCMP system", "Thurrock Council", "Termly and at year end", "Secure download"],
       ["Follow-up requests", "Thurrock Council", "NELFT", "Weekly in term time", "Secure file transfer"]],
      widths=[3, 3, 3.4, 3.2, 3.4]),
    H1("6. Data quality"),
    P("NELFT will make sure that the school nurses and assistants who take measurements have completed "
      "the national NCMP training, that scales and height measures are calibrated before each academic "
      "year, and that any measurement outside the plausible range is re-checked before it is entered. "
      "The Council will run the validation checks in the national system and return queries to the NELFT "
      "team leader within ten working days. Each party will tell the other promptly if it becomes aware "
      "that data it has supplied are inaccurate or incomplete."),
    H1("7. Information security"),
    P("Both parties will hold the data on systems that meet the Data Security and Protection Toolkit "
      "standard ('Standards Met' or above). Access to the local NCMP dataset is restricted to named members "
      "of the Public Health Intelligence Team. Laptops are encrypted; the dataset is not to be copied to "
      "personal drives or to cloud storage outside the Council's tenancy. Staff of both parties have "
      "completed annual data security awareness training."),
    H1("8. Retention and disposal"),
    P("The Council will keep the record-level NCMP dataset for 25 years from the end of the academic year "
      "of collection, or until the child reaches the age of 26 if later, to allow longitudinal analysis "
      "of children measured in both Reception and Year 6. Aggregated tables may be kept indefinitely. "
      "NELFT will keep its clinical records in line with the Records Management Code of Practice. At the "
      "end of the retention period data will be deleted securely and the deletion logged."),
    H1("9. Children's and parents' rights"),
    P("The Council's public health privacy notice and the NCMP parent letter explain what information is "
      "collected, why, who it is shared with, and how to withdraw. Requests from parents or children to see "
      "the information held will be handled by the organisation that receives them, which will consult the "
      "other party where the information was supplied by it. The right to object is honoured by removing "
      "the child from measurement; where the measurement has already been taken, the Council will consider "
      "the request under Article 21 of the UK GDPR."),
    H1("10. Security incidents"),
    P("Any actual or suspected loss, disclosure or misuse of NCMP data must be reported to the other "
      "party's Data Protection Officer within 24 hours of discovery. The organisation in which the "
      "incident occurred will lead the investigation, and will decide, with the Council where the data "
      "are NCMP data, whether the incident must be reported to the Information Commissioner within 72 "
      "hours and recorded on the Data Security and Protection Toolkit."),
    H1("11. Review, variation and termination"),
    P("This agreement comes into force on 1 September 2023 and remains in force for the duration of the "
      "0-19 Healthy Child Programme contract. It will be reviewed by the date shown on the document control "
      "sheet, or earlier if the national collection changes. Either party may end the agreement on three "
      "months' written notice; data already shared will continue to be protected in accordance with its "
      "terms."),
    H1("12. Signatures"),
    T([["Organisation", "Name", "Post", "Signature", "Date"],
       ["Thurrock Council", "Dr Helen Okafor", "Director of Public Health", "signed", "14/09/2023"],
       ["Thurrock Council", "Marcus Lindqvist", "Data Protection Officer", "signed", "14/09/2023"],
       ["North East London NHS Foundation Trust", "Sandra Osei", "Director of Operations, Thurrock Children's Services", "signed", "19/09/2023"],
       ["North East London NHS Foundation Trust", "Dr Anil Kapoor", "Caldicott Guardian", "signed", "19/09/2023"]],
      widths=[4, 3, 4.5, 2, 2]),
    PB,
    H1("Annex A - NCMP data items"),
    T([["Data item", "Source", "Shared with Council", "Notes"],
       ["NHS number", "Pupil list / Personal Demographics Service", "Yes", "Used for linkage and de-duplication"],
       ["Child's forename and surname", "Pupil list", "Yes", "For results letters only"],
       ["Date of birth", "Pupil list", "Yes", ""],
       ["Sex", "Pupil list", "Yes", ""],
       ["Ethnicity", "School census code", "Yes", "Where recorded by the school"],
       ["Home postcode", "Pupil list", "Yes", "Converted to LSOA for analysis"],
       ["Parent or carer name and address", "Pupil list", "Yes", "For results letters only"],
       ["School URN and year group", "Pupil list", "Yes", ""],
       ["Date of measurement", "NELFT", "Yes", ""],
       ["Height (cm, one decimal place)", "NELFT", "Yes", ""],
       ["Weight (kg, one decimal place)", "NELFT", "Yes", ""],
       ["BMI centile and category", "Calculated by national system", "Yes", ""],
       ["Withdrawn / absent flag", "NELFT", "Yes", "Reason not recorded"],
       ["Request for follow-up", "Parent via Council", "Shared with NELFT", ""]],
      widths=[4.5, 4.5, 3, 4]),
    H1("Annex B - Contacts"),
    T([["Organisation", "Contact", "Email"],
       ["Thurrock Council", "Public Health Intelligence Team", "ph.intelligence@thurrock.gov.uk"],
       ["Thurrock Council", "Data Protection Officer", "dpo@thurrock.gov.uk"],
       ["NELFT", "0-19 Service Lead, Thurrock", "thurrock.0-19@nelft.nhs.uk"],
       ["NELFT", "Information Governance Team", "information.governance@nelft.nhs.uk"]],
      widths=[4, 6, 6]),
]
AGREEMENTS.append({
    "stem": "thurrock_ncmp_dsa_v2-1",
    "outputs": [("docx", "word"), ("pdf", "lo"), ("doc", "lo")],
    "blocks": A1_BLOCKS,
    "docx": {"header": "Thurrock Council - " + A1_TITLE + " - v2.1", "footer": "OFFICIAL",
             "page_of": True, "author": "Public Health Intelligence", "core_title": "NCMP DSA"},
    "truth": {
        "title": A1_TITLE,
        "purpose": A1_PURPOSE,
        "lead": {"name": "Thurrock Council (Public Health Service)", "org": "Thurrock Council"},
        "partners": [{"name": "North East London NHS Foundation Trust (NELFT)",
                      "org": "North East London NHS Foundation Trust"}],
        "statutes": [
            {"citation": "regulation 3 of the Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations 2013",
             "title": "Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations",
             "year": 2013, "provision": "regulation 3"},
            {"citation": "section 2B of the National Health Service Act 2006", "title": "National Health Service Act",
             "year": 2006, "provision": "section 2B"},
            {"citation": "section 12 of the Health and Social Care Act 2012", "title": "Health and Social Care Act",
             "year": 2012, "provision": "section 12"},
            {"citation": "UK General Data Protection Regulation (UK GDPR)", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraph 3"},
        ],
        "review_date": "2025-08-31", "review_basis": "explicit", "commencement_date": "2023-09-01",
        "missing_sections": ["complaints"],
    },
})

# ===========================================================================
# A2  Essex County Council - drug and alcohol treatment outcomes
# a short schedule to a service contract (DOCX + PDF via LibreOffice)
# generic phrase above the specific name; capitals; "Responsible organisation";
# relative review date; slip "Heath"; no rights/complaints/accuracy sections
# ===========================================================================
A2_TITLE = "Sharing of Treatment Outcomes Data with the National Drug Treatment Monitoring System"
A2_PURPOSE = ("The purpose of this Schedule is to allow the Provider to share with the Council, and to "
              "submit to the National Drug Treatment Monitoring System (NDTMS), the personal data of "
              "people receiving structured drug and alcohol treatment in Essex, so that the Council can "
              "monitor the performance of the Services, measure treatment outcomes and commission "
              "treatment that meets local need.")
A2_BLOCKS = [
    SMALL("ESSEX COUNTY COUNCIL  -  CONTRACT REFERENCE ECC-PH-0419", align="center"),
    SMALL("Contract for the provision of an Integrated Adult Drug and Alcohol Treatment and Recovery Service",
          align="center"),
    SP(0.6),
    BIG("SCHEDULE 7", size=16, align="center"),
    BIG("DATA SHARING AGREEMENT", size=14, align="center"),
    BIG(A2_TITLE, size=13, align="center", bold=False),
    SP(0.4),
    T([["Responsible organisation", "Essex County Council (Public Health and Wellbeing)"],
       ["Provider", "Change Grow Live"],
       ["Clinical sub-contractor", "Essex Partnership University NHS Foundation Trust (EPUT)"],
       ["Schedule version", "1.2 (March 2023)"],
       ["Contract Manager (Council)", "Daniel Whitcombe, Senior Commissioning Manager, Substance Misuse"]],
      widths=[5, 11], header=False),
    H1("1. DEFINITIONS"),
    P("1.1 In this Schedule the words and expressions defined in Schedule 1 (Definitions) of the Contract "
      "have the same meaning. In addition:"),
    B("'Council' means Essex County Council;",
      "'Provider' means Change Grow Live, the lead provider under the Contract;",
      "'Sub-contractor' means Essex Partnership University NHS Foundation Trust, which provides the "
      "prescribing and clinical elements of the Services under a sub-contract approved by the Council;",
      "'NDTMS' means the National Drug Treatment Monitoring System operated by the Office for Health "
      "Improvement and Disparities (OHID);",
      "'Shared Data' means the personal data described in paragraph 4 and Annex 1 to this Schedule;",
      "'Commencement Date' has the meaning given in the Contract."),
    H1("2. PURPOSE"),
    P(A2_PURPOSE),
    P("The Shared Data will be used by the Council only for contract monitoring, for the Local "
      "Outcomes Framework, for the drug-related death review process described in Schedule 9, and for "
      "aggregate needs assessment. The Council will not use the Shared Data to make decisions about "
      "individual service users."),
    P("OHID receives NDTMS submissions as a controller in its own right under the national NDTMS "
      "privacy notice. OHID is not a party to this Schedule and nothing in this Schedule governs its use "
      "of the data."),
    H1("3. LAWFUL BASIS"),
    P("3.1 The Council commissions the Services in the exercise of its public health functions under "
      "section 12 of the Heath and Social Care Act 2012 and the public health grant conditions, which "
      "require the Council to ensure that NDTMS returns are made. The Council may also rely on section 111 "
      "of the Local Government Act 1972 for activities incidental to the discharge of those functions."),
    P("3.2 The Parties rely on Article 6(1)(e) UK GDPR (public task) and, for data concerning health and "
      "data about drug use, Article 9(2)(h) and (i) UK GDPR together with paragraphs 2 and 3 of Part 1 of "
      "Schedule 1 to the Data Protection Act 2018. Where information relates to criminal justice referrals "
      "the Parties rely on Article 10 UK GDPR and paragraph 2 of Schedule 1."),
    P("3.3 The Provider will continue to obtain the service user's agreement to the NDTMS submission at "
      "assessment, in line with the NDTMS consent guidance, and will record it on the case management "
      "system. The common law duty of confidence is satisfied on that basis."),
    H1("4. DATA TO BE SHARED"),
    P("4.1 The Shared Data are limited to the items in Annex 1. Client names and full dates of birth are "
      "not included in the monthly extract to the Council; an attributor made up of initials, date of "
      "birth, sex and local authority of residence is used instead, as in the NDTMS core dataset."),
    P("4.2 Where a death of a person in treatment, or within twelve months of discharge, is notified, "
      "the Provider will send the Council the notification form described in Schedule 9, which includes "
      "the person's name so that the review can be arranged."),
    H1("5. TRANSFER ARRANGEMENTS"),
    T([["Data", "Sender", "Recipient", "When", "How"],
       ["NDTMS core dataset (adult)", "Provider", "OHID (NDTMS)", "Monthly, by the 10th working day", "NDTMS web portal"],
       ["Monthly performance extract", "Provider", "Council", "Monthly, by the 15th working day", "Secure email (Egress) or SFTP"],
       ["Prescribing and clinical activity", "Sub-contractor", "Provider", "Weekly", "Shared case management system"],
       ["Drug-related death notification", "Provider", "Council", "Within 2 working days of the Provider becoming aware", "Secure email"],
       ["Treatment Outcomes Profile returns", "Provider", "OHID (NDTMS)", "At review points", "NDTMS web portal"]],
      widths=[3.8, 2.5, 2.5, 3.6, 3.6]),
    H1("6. SECURITY"),
    P("6.1 The Provider and the Sub-contractor shall maintain a Data Security and Protection Toolkit "
      "assessment at 'Standards Met' and shall hold Cyber Essentials certification throughout the term of "
      "the Contract."),
    P("6.2 The case management system shall be hosted in the United Kingdom, protected by role-based "
      "access and audit logs, and shall be accessed only by staff who need it for their role. The Council "
      "shall store the monthly extract in the restricted Public Health intelligence area of its network."),
    H1("7. RETENTION"),
    P("7.1 The Council shall retain monthly extracts for six years after the end of the financial year to "
      "which they relate, for audit purposes, and shall then delete them. Drug-related death notifications "
      "are retained for ten years. The Provider's retention of clinical records is governed by the "
      "Records Management Code of Practice and clause 24 of the Contract."),
    H1("8. PERSONAL DATA BREACH"),
    P("8.1 Each Party shall notify the other without undue delay, and in any event within 24 hours, on "
      "becoming aware of a personal data breach affecting the Shared Data, and shall co-operate in any "
      "investigation. The Party in which the breach occurred shall decide whether to notify the "
      "Information Commissioner and shall inform the other Party of that decision."),
    H1("9. TERM AND REVIEW"),
    P("9.1 This Schedule takes effect on the Commencement Date of the Contract, 1 April 2023, and "
      "continues for the term of the Contract."),
    P("9.2 The Parties shall review this Schedule twelve (12) months after the Commencement Date and "
      "annually thereafter at the contract review meeting, and in any event if the NDTMS dataset "
      "specification changes."),
    P("9.3 On expiry or termination of the Contract the Provider shall transfer the Shared Data to any "
      "successor provider in accordance with the exit plan in Schedule 12."),
    H1("SIGNED for and on behalf of the Parties"),
    T([["", "Essex County Council", "Change Grow Live", "Essex Partnership University NHS Foundation Trust"],
       ["Name", "Dr Miriam Castellanos", "Joanne Pethick", "Raj Bhandari"],
       ["Position", "Director of Public Health and Wellbeing", "Director of Operations, East", "Associate Director, Information Governance"],
       ["Date", "24 March 2023", "27 March 2023", "29 March 2023"]],
      widths=[2.5, 4.5, 4.5, 4.5], header=True),
    PB,
    H1("ANNEX 1 - DATA ITEMS"),
    T([["Item", "Monthly extract to Council", "NDTMS submission"],
       ["Client attributor (initials, date of birth, sex)", "Yes", "Yes"],
       ["Local authority of residence and postcode district", "Yes", "Yes"],
       ["Ethnicity, religion, sexual orientation, disability", "Yes", "Yes"],
       ["Referral source and date", "Yes", "Yes"],
       ["Substances used (up to three) and route of use", "Yes", "Yes"],
       ["Injecting status, hepatitis B and C status and interventions", "Yes", "Yes"],
       ["Treatment modality and start/end dates", "Yes", "Yes"],
       ["Treatment Outcomes Profile scores", "Yes", "Yes"],
       ["Housing status, employment status, parental responsibility", "Yes", "Yes"],
       ["Discharge reason", "Yes", "Yes"],
       ["Criminal justice involvement flag", "Yes", "Yes"],
       ["Name, address and date of death (deaths only)", "Death notification only", "No"]],
      widths=[8, 4, 4]),
]
AGREEMENTS.append({
    "stem": "ecc_schedule7_ndtms_data_sharing",
    "outputs": [("docx", "word"), ("pdf", "lo")],
    "blocks": A2_BLOCKS,
    "docx": {"header": "ECC-PH-0419  Schedule 7 - Data Sharing Agreement", "header_right": True,
             "footer": "Commercial in confidence", "headings": "bold", "font": "Calibri",
             "size": 10.5, "author": "ECC Commissioning", "core_title": "Schedule 7"},
    "truth": {
        "title": A2_TITLE,
        "purpose": A2_PURPOSE,
        "lead": {"name": "Essex County Council (Public Health and Wellbeing)", "org": "Essex County Council"},
        "partners": [{"name": "Change Grow Live", "org": None},
                     {"name": "Essex Partnership University NHS Foundation Trust (EPUT)", "org": None}],
        "statutes": [
            {"citation": "section 12 of the Heath and Social Care Act 2012", "title": "Health and Social Care Act",
             "year": 2012, "provision": "section 12"},
            {"citation": "section 111 of the Local Government Act 1972", "title": "Local Government Act",
             "year": 1972, "provision": "section 111"},
            {"citation": "Article 6(1)(e) UK GDPR", "title": "UK General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraphs 2 and 3"},
        ],
        "review_date": "2024-04-01", "review_basis": "relative", "commencement_date": "2023-04-01",
        "missing_sections": ["individual_rights", "accuracy", "complaints"],
    },
})

# ===========================================================================
# A3  Norfolk County Council - suspected suicide real-time surveillance
# reportlab two-column PDF with running header + DOCX of the same text
# title over two lines; lead only in prose ("led by"); coroner not a party;
# month-only review date; security and breach merged under one heading
# ===========================================================================
A3_TITLE_LINES = ["Real-Time Surveillance of Suspected Suicides", "and Drug-Related Deaths in Norfolk"]
A3_TITLE = " ".join(A3_TITLE_LINES)
A3_PURPOSE = ("This protocol enables Norfolk Constabulary and British Transport Police to notify Norfolk "
              "County Council's public health team, within days rather than months, of deaths that are "
              "suspected to be suicide or to be related to drugs, so that partners can offer timely "
              "support to bereaved families and others affected, identify emerging clusters and "
              "locations of concern, and act quickly to prevent further deaths.")
A3_BLOCKS = [
    SMALL("Norfolk Suicide Prevention Partnership  |  Information Sharing Protocol  |  OFFICIAL-SENSITIVE"),
    SP(0.3),
    BIG2(A3_TITLE_LINES, size=19),
    P("An information sharing protocol between Norfolk County Council, the police forces operating in "
      "Norfolk, and NHS partners."),
    T([["Version", "1.3"],
       ["Status", "Approved by the Norfolk Suicide Prevention Partnership Board, 12 March 2024"],
       ["Effective from", "01/04/2024"],
       ["Review due", "March 2025"],
       ["Document author", "Tom Hallworth, Public Health Principal (Mental Health and Suicide Prevention)"],
       ["Information governance contact", "Information Compliance Team, County Hall, Martineau Lane, Norwich"],
       ["Supersedes", "Version 1.2 (interim COVID-19 arrangements, 2021)"]],
      widths=[4.5, 12.5], header=False),
    H2("Parties to this protocol"),
    T([["Organisation", "Role", "Named lead"],
       ["Norfolk County Council", "Controller of the surveillance database; analysis and co-ordination",
        "Director of Public Health"],
       ["Norfolk Constabulary", "Provides initial notification of suspected suicides and drug-related deaths",
        "Detective Superintendent, Public Protection"],
       ["British Transport Police", "Provides notification of deaths on the railway in Norfolk",
        "Suicide Prevention Lead, Eastern Sub-division"],
       ["Norfolk and Suffolk NHS Foundation Trust", "Checks whether the person was known to mental health "
        "services; leads clinical learning reviews", "Head of Patient Safety"],
       ["NHS Norfolk and Waveney Integrated Care Board", "Receives aggregate reports; commissions "
        "postvention support", "Director of Nursing"],
       ["East of England Ambulance Service NHS Trust", "Provides information on attended incidents where "
        "requested for a cluster review", "Head of Information Governance"]],
      widths=[5, 8, 4]),
    P("HM Senior Coroner for Norfolk is consulted on these arrangements but, as a judicial office holder, "
      "is not a party to this protocol. Nothing in it affects the coroner's investigation or the "
      "conclusion reached at inquest."),
    COLS,
    H1("1. Why we are sharing"),
    P(A3_PURPOSE),
    P("Official suicide statistics are based on inquest conclusions and are usually published more than a "
      "year after a death. Real-time surveillance uses the information available at the time of the "
      "police attendance and is therefore provisional: a death recorded as a suspected suicide may later "
      "receive a different conclusion. The surveillance system is led by Norfolk County Council Public "
      "Health, which hosts the database, produces monthly reports for the Partnership and convenes the "
      "rapid response meeting when a possible cluster is identified."),
    H1("2. What will be shared"),
    P("The police notification contains only what is needed to trigger support and to describe the "
      "pattern of deaths:"),
    B("name, date of birth, sex and home address of the deceased;",
      "date, time and location of the incident (including grid reference for public places);",
      "method, where known, described using the categories in Appendix 2;",
      "whether the person was known to be a parent or carer, a student, a veteran, or in contact with "
      "services;",
      "name and contact details of the next of kin, only where the family has agreed to be contacted by "
      "a bereavement support service;",
      "the police incident reference."),
    P("NSFT will tell the Council only whether the person had contact with its services in the twelve "
      "months before death, and the date of the last contact. Case notes are not shared under this "
      "protocol."),
    H1("3. Legal basis"),
    P("The Council's role rests on its duty to improve the health of the people of Norfolk in s.2B NHS Act "
      "2006 and on the public health functions conferred by the Health and Social Care Act 2012. Police "
      "forces share under their common law policing purposes, including the protection of life, and may "
      "also disclose under s.115 Crime and Disorder Act 1998 where the information is relevant to a "
      "community safety strategy."),
    P("Under the UK GDPR, the Council and the NHS parties rely on Article 6(1)(e). Information about a "
      "deceased person is not personal data, but the records also contain information about living people "
      "(next of kin, witnesses), and the Data Protection Act 2018 (DPA 2018) applies to that information: "
      "the condition for health data about the living is Article 9(2)(i) with Schedule 1 paragraph 3, and "
      "the police disclosures are made under Part 3 of the DPA 2018 where they are for law enforcement "
      "purposes."),
    P("Once a death has been registered, the Council may also receive death registration data from the "
      "Office for National Statistics under section 42(4) of the Statistics and Registration Service Act "
      "2007. Information disclosed by the coroner under Schedule 5 to the Coroners and Justice Act 2009 is "
      "used only to confirm the provisional record. The parties must respect the right to private and "
      "family life of bereaved relatives protected by the Human Rights Act 1998, and the duty of "
      "confidentiality owed to the deceased under the common law and the Caldicott principles continues "
      "to be observed."),
    H1("4. How and when"),
    P("The police Suicide Prevention Co-ordinator sends a notification form by secure email to the "
      "Council's dedicated RTS mailbox within two working days of attendance. Forms are not to be sent to "
      "personal mailboxes. The public health analyst enters the record on the surveillance database within "
      "two working days and acknowledges receipt."),
    P("A monthly summary (numbers only, no identifiable details, small numbers suppressed below five) is "
      "circulated to the Partnership Board. When three or more deaths with a common feature occur within "
      "a three-month period, the Council convenes a rapid review meeting within five working days; "
      "identifiable information is discussed at that meeting only on a need-to-know basis."),
    H1("5. Keeping the information right"),
    P("The police record is provisional. The Council will update each record when the coroner's "
      "conclusion is known and when ONS data are received, and will mark records that are later found "
      "not to be suicides so that they are excluded from reporting. Partners will tell the analyst "
      "promptly about any error in a notification."),
    H1("6. Security and incident management"),
    P("The surveillance database is held on an encrypted, access-controlled area of the Council network "
      "available to no more than four named members of staff. Printed copies are not made. Partners must "
      "use secure email (the police network to gov.uk or nhs.net) for every transfer."),
    P("Any loss, misdirection or unauthorised disclosure of information shared under this protocol must "
      "be reported to the sending organisation and to the Council's Information Compliance Team on the "
      "same working day. Because the information concerns recent deaths, the affected families may be "
      "particularly distressed; the organisation responsible will agree with the family liaison officer "
      "how the family is told, and will decide whether the breach must be reported to the ICO."),
    H1("7. How long records are kept"),
    P("Identifiable records are kept for five years from the date of death, to allow cluster analysis "
      "across years, and are then pseudonymised. Notification forms are deleted from the RTS mailbox once "
      "the record has been checked, and in any case within 30 days."),
    H1("8. Individuals' rights"),
    P("The Council's public health privacy notice describes the surveillance system. Next of kin and "
      "other living people whose details are recorded may ask to see the information held about them or "
      "ask for it to be corrected. Requests will be handled by the Council, which will consult the police "
      "force that supplied the information before any disclosure, because the information may relate to "
      "an open investigation."),
    H1("9. Concerns and complaints"),
    P("Anyone who is unhappy with the way information has been handled under this protocol may complain "
      "to the organisation concerned using its complaints procedure. Complaints about the surveillance "
      "system as a whole are handled by Norfolk County Council's Customer Services. Complainants may also "
      "contact the Information Commissioner's Office."),
    H1("10. Signing up, leaving and review"),
    P("This protocol comes into effect on 1 April 2024 once signed by the parties. A party may withdraw "
      "by giving one month's written notice to the Director of Public Health; information already shared "
      "remains subject to the protocol. The protocol is reviewed annually by the Partnership's data and "
      "intelligence subgroup; the next review is shown on the front page."),
    H2("Signatures"),
    T([["Organisation", "Name and post", "Date"],
       ["Norfolk County Council", "Dr Stuart Pennington, Director of Public Health", "18/03/2024"],
       ["Norfolk Constabulary", "Det Supt Claire Wootton, Head of Safeguarding", "20/03/2024"],
       ["British Transport Police", "Insp Gareth Lloyd, Suicide Prevention Lead", "25/03/2024"],
       ["Norfolk and Suffolk NHS Foundation Trust", "Dr Fiona Marchetti, Caldicott Guardian", "21/03/2024"],
       ["NHS Norfolk and Waveney Integrated Care Board", "Amanda Reeve, Director of Nursing", "26/03/2024"],
       ["East of England Ambulance Service NHS Trust", "Nigel Esterhuizen, Head of Information Governance", "28/03/2024"]],
      widths=[3.2, 3.8, 1.8]),
    H1("Appendix 1 - Legislation and guidance"),
    B("NHS Act 2006, s.2B", "Health and Social Care Act 2012", "Crime and Disorder Act 1998, s.115",
      "Statistics and Registration Service Act 2007, s.42(4)", "Coroners and Justice Act 2009, Schedule 5",
      "Data Protection Act 2018 and UK GDPR", "Human Rights Act 1998",
      "Common law duty of confidence (guidance on its application: NHS Confidentiality Code of Practice)",
      "Caldicott principles (National Data Guardian, 2020)",
      "National Suicide Prevention Strategy for England (guidance, not legislation)"),
    H1("Appendix 2 - Method categories"),
    T([["Code", "Category"], ["H", "Hanging, strangulation or suffocation"], ["P", "Poisoning, including drugs"],
       ["R", "Railway"], ["J", "Jump or fall from height"], ["D", "Drowning"], ["O", "Other or not known"]],
      widths=[1, 6]),
]
AGREEMENTS.append({
    "stem": "norfolk_rts_suicide_protocol_v1-3",
    "outputs": [("pdf", "rl"), ("docx", "word")],
    "blocks": A3_BLOCKS,
    "rl": {"columns": 2, "header_left": "Norfolk RTS protocol v1.3", "header_right": "OFFICIAL-SENSITIVE",
           "footer": "Norfolk Suicide Prevention Partnership", "page_fmt": "Page %d",
           "accent": "#00594F", "size": 8.9, "margin": 1.8, "meta_title": "RTS protocol",
           "meta_author": "Norfolk County Council"},
    "docx": {"header": "Norfolk RTS protocol v1.3 - OFFICIAL-SENSITIVE", "header_right": True,
             "footer": "Norfolk Suicide Prevention Partnership", "hcolour": "00594F",
             "author": "Norfolk County Council", "core_title": "RTS protocol"},
    "truth": {
        "title": A3_TITLE,
        "purpose": A3_PURPOSE,
        "lead": {"name": "Norfolk County Council", "org": None},
        "partners": [{"name": "Norfolk Constabulary", "org": None},
                     {"name": "British Transport Police", "org": None},
                     {"name": "Norfolk and Suffolk NHS Foundation Trust", "org": None},
                     {"name": "NHS Norfolk and Waveney Integrated Care Board", "org": None},
                     {"name": "East of England Ambulance Service NHS Trust",
                      "org": "East of England Ambulance Service NHS Trust"}],
        "statutes": [
            {"citation": "s.2B NHS Act 2006", "title": "National Health Service Act", "year": 2006,
             "provision": "section 2B"},
            {"citation": "Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012,
             "provision": None},
            {"citation": "s.115 Crime and Disorder Act 1998", "title": "Crime and Disorder Act", "year": 1998,
             "provision": "section 115"},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018 (DPA 2018)", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, paragraph 3"},
            {"citation": "section 42(4) of the Statistics and Registration Service Act 2007",
             "title": "Statistics and Registration Service Act", "year": 2007, "provision": "section 42(4)"},
            {"citation": "Schedule 5 to the Coroners and Justice Act 2009", "title": "Coroners and Justice Act",
             "year": 2009, "provision": "Schedule 5"},
            {"citation": "Human Rights Act 1998", "title": "Human Rights Act", "year": 1998, "provision": None},
        ],
        "review_date": "2025-03-31", "review_basis": "explicit", "commencement_date": "2024-04-01",
        "missing_sections": [],
    },
})

# ===========================================================================
# A4  UKHSA East of England HPT - outbreak management (reportlab PDF only)
# title only on the cover; capitals; boxed tables; "Lead organisation";
# review date in prose; DPA 1998 still in the legislation appendix
# ===========================================================================
A4_TITLE = "Sharing of Case and Contact Information for Outbreak Management in Essex, Southend and Thurrock"
A4_PURPOSE = ("This protocol governs the sharing of personal information about cases of notifiable "
              "infectious diseases, their contacts and affected settings between the UK Health Security "
              "Agency and the local authorities of Essex, Southend and Thurrock, so that outbreaks and "
              "incidents can be investigated, contacts traced and advised, and control measures put in "
              "place quickly to protect the public.")
A4_BLOCKS = [
    SP(1.0),
    SMALL("UK Health Security Agency  -  East of England Health Protection Team"),
    SP(3.0),
    BIG("INFORMATION SHARING PROTOCOL", size=15, bold=False),
    BIG(A4_TITLE, size=21),
    SP(0.8),
    P("Version 3.0  |  October 2023  |  OFFICIAL"),
    SP(6.5),
    SMALL("Prepared by the UKHSA East of England Health Protection Team with the Directors of Public Health "
          "and Heads of Environmental Health of the local authorities listed in Annex A."),
    PB,
    H1("DOCUMENT INFORMATION"),
    T([["Lead organisation", "UK Health Security Agency"],
       ["Team", "East of England Health Protection Team (Essex, Southend and Thurrock locality)"],
       ["Protocol owner", "Consultant in Health Protection, East of England HPT"],
       ["Date of issue", "2 October 2023"],
       ["Replaces", "PHE East of England local authority ISP v2.2 (2019)"],
       ["DPIA", "UKHSA DPIA 0412 - Local authority outbreak data flows"],
       ["Associated procedures", "Joint Outbreak Management SOP (Essex Health Protection Board)"]],
      widths=[4.5, 12.5], header=False),
    H1("REVISION HISTORY"),
    T([["Version", "Date", "Changes"],
       ["2.0", "January 2019", "Issued by Public Health England East of England."],
       ["2.1", "April 2020", "Emergency annex for COVID-19 contact tracing with local tracing partnerships."],
       ["2.2", "March 2022", "COVID-19 annex withdrawn; local tracing arrangements stood down."],
       ["3.0", "October 2023", "Re-issued by UKHSA; lawful bases updated; Colchester and Southend city status; new annex of named signatories."]],
      widths=[1.8, 3, 12.2]),
    H1("1. INTRODUCTION AND PURPOSE"),
    P(A4_PURPOSE),
    P("It applies to gastrointestinal infections, respiratory outbreaks in care homes and schools, "
      "tuberculosis, invasive group A streptococcal disease, measles, Legionnaires' disease, blood-borne "
      "viruses where a public health action is needed, and any other infection or contamination that the "
      "Health Protection Team judges to require joint action. It does not cover routine surveillance "
      "reports, which are published in aggregate form."),
    H1("2. LEGAL FRAMEWORK"),
    P("Registered medical practitioners must notify suspected cases of notifiable diseases to the "
      "proper officer of the local authority under the Health Protection (Notification) Regulations 2010; "
      "laboratories notify UKHSA directly. In East of England the proper officer function is discharged by "
      "UKHSA consultants on behalf of the local authorities by agreement."),
    P("Local authorities have powers and duties under the Public Health (Control of Disease) Act 1984, "
      "including the duty in section 11 to inform UKHSA of relevant cases, and under the Health Protection "
      "(Local Authority Powers) Regulations 2010. Directors of Public Health have a duty to plan for and "
      "respond to health protection threats under the Health and Social Care Act 2012."),
    P("Confidential patient information may be processed without consent for the purpose of diagnosing, "
      "recognising trends in, controlling and preventing communicable diseases under regulation 3 of the "
      "Health Service (Control of Patient Information) Regulations 2002, made under section 251 of the "
      "National Health Service Act 2006. This sets aside the common law duty of confidentiality for those "
      "purposes. The National Data Opt-out does not apply to disclosures made under regulation 3."),
    P("The lawful basis for processing under the UK GDPR is Article 6(1)(e), public task, and for health "
      "data Article 9(2)(i), public health, with Schedule 1, Part 1, paragraph 3 of the Data Protection Act "
      "2018. Local authorities and UKHSA are each independent controllers of the information they hold."),
    H1("3. ROLES, RESPONSIBILITIES AND DATA QUALITY"),
    T([["Organisation", "Responsibilities"],
       ["UKHSA HPT", "Risk assessment; convening the Outbreak Control Team (OCT); case and contact management "
        "for clinical advice; laboratory liaison; maintaining the HPZone / CIMS case record."],
       ["County council public health team", "Outbreak support in schools and care settings; communication "
        "with settings; commissioning of local testing or vaccination; community engagement."],
       ["Unitary and district environmental health", "Investigation of food premises and workplaces; "
        "exclusion of food handlers; sampling; enforcement."]],
      widths=[4.5, 12.5]),
    P("The organisation that collects the information is responsible for its accuracy. Each party will "
      "check contact details against the source (for example the setting's records or the Personal "
      "Demographics Service) before action is taken, and will correct and re-issue any line list found "
      "to be wrong, marking the superseded version."),
    H1("4. INFORMATION TO BE SHARED"),
    P("Only the minimum information required for the specific incident will be shared. Typically this "
      "will be drawn from the following:"),
    T([["Category", "Items"],
       ["Case", "Name, date of birth, NHS number, address, telephone, GP practice, organism / diagnosis, onset "
        "date, symptoms, hospitalisation, occupation (food handler, healthcare worker, school or nursery)"],
       ["Contact", "Name, relationship to case, setting, telephone, date of last exposure, vulnerability "
        "(pregnancy, immunosuppression)"],
       ["Setting", "Name and address of school, care home, workplace or food premises; number of people "
        "affected; infection control measures in place"],
       ["Actions", "Exclusion advice given, prophylaxis offered, samples requested and results"]],
      widths=[3, 14]),
    H1("5. HOW INFORMATION WILL BE SHARED AND HOW OFTEN"),
    P("Information is shared as needed for each incident, usually the same day. Line lists are sent as "
      "password-protected spreadsheets by secure email between gov.uk and nhs.net addresses, or placed in "
      "the OCT workspace on the UKHSA collaboration platform, to which local authority members of the OCT "
      "are given time-limited access. Telephone discussion is used for urgent matters and is confirmed in "
      "writing. Minutes of OCT meetings do not contain names of cases."),
    P("A weekly situation report with aggregate numbers is shared with the Directors of Public Health "
      "during active outbreaks."),
    H1("6. RIGHTS OF INDIVIDUALS"),
    P("UKHSA and each local authority publish privacy notices describing health protection processing. "
      "Individuals may request access to the information held about them by each controller. The right to "
      "object does not apply where processing is necessary for reasons of public interest in public health "
      "under regulation 3 of the 2002 Regulations, but each request will be considered on its merits."),
    H1("7. RETENTION AND DESTRUCTION"),
    P("UKHSA retains case records in HPZone and CIMS in accordance with its records retention schedule. "
      "Local authorities will retain incident files for six years after closure of the outbreak, except "
      "where legal proceedings are contemplated, and will delete working line lists within three months "
      "of the OCT declaring the outbreak over."),
    H1("8. SECURITY"),
    P("All parties will maintain Data Security and Protection Toolkit compliance or an equivalent "
      "standard, will restrict access to outbreak files to staff involved in the response, and will not "
      "store personal data on removable media or personal devices."),
    H1("9. INCIDENTS AND BREACHES"),
    P("Suspected breaches must be reported to the originating organisation's information governance "
      "team within one working day. The controller responsible will assess whether notification to the "
      "Information Commissioner is required within 72 hours and will inform the other parties."),
    H1("10. COMPLAINTS"),
    P("Complaints from members of the public about information sharing under this protocol will be dealt "
      "with under the complaints procedure of the organisation that receives them. Where a complaint "
      "involves more than one party, the organisations will agree which of them will co-ordinate the "
      "response."),
    H1("11. REVIEW AND SIGN-OFF"),
    P("This version takes effect from 2 October 2023. This protocol will be reviewed no later than 30 "
      "September 2024, or sooner in the event of a change in legislation or a significant incident. A "
      "party may withdraw on written notice to the Protocol owner."),
    P("The signatories in Annex A agree to this protocol on behalf of their organisations."),
    PB,
    H1("ANNEX A - SIGNATORY ORGANISATIONS"),
    T([["Organisation", "Signatory", "Post", "Date signed"],
       ["UK Health Security Agency", "Dr Abimbola Nwosu", "Deputy Director, Health Protection, East of England", "02/10/2023"],
       ["Essex County Council", "Dr Miriam Castellanos", "Director of Public Health and Wellbeing", "05/10/2023"],
       ["Southend-on-Sea City Council", "Dr Kwame Asante-Boateng", "Director of Public Health", "09/10/2023"],
       ["Thurrock Council", "Dr Helen Okafor", "Director of Public Health", "06/10/2023"],
       ["Chelmsford City Council", "Paul Brookes", "Public Health and Protection Services Manager", "12/10/2023"],
       ["Colchester City Council", "Rosalind Tey", "Head of Environmental Health", "16/10/2023"],
       ["Basildon Borough Council", "Mark Ellison", "Environmental Health Lead", "19/10/2023"],
       ["NHS Mid and South Essex Integrated Care Board", "Claire Hankey", "Director of Nursing", "20/10/2023"]],
      widths=[5, 3.6, 5.4, 2.4]),
    H1("ANNEX B - LEGISLATION AND GUIDANCE REFERRED TO"),
    B("Public Health (Control of Disease) Act 1984",
      "Health Protection (Notification) Regulations 2010",
      "Health Protection (Local Authority Powers) Regulations 2010",
      "Health Service (Control of Patient Information) Regulations 2002",
      "National Health Service Act 2006",
      "Health and Social Care Act 2012",
      "Civil Contingencies Act 2004",
      "Data Protection Act 2018 and the UK GDPR",
      "Data Protection Act 1998 (applies to records of incidents closed before 25 May 2018)",
      "Common law duty of confidentiality",
      "Caldicott principles",
      "Communicable Disease Outbreak Management: Operational Guidance (UKHSA)"),
]
AGREEMENTS.append({
    "stem": "ukhsa_eoe_outbreak_isp_v3",
    "outputs": [("pdf", "rl")],
    "blocks": A4_BLOCKS,
    "rl": {"columns": 1, "header_left": "UKHSA East of England HPT - Local authority ISP",
           "header_right": "OFFICIAL", "footer": "Version 3.0, October 2023", "page_fmt": "%d",
           "accent": "#6A1B5A", "table_fill": "#EFE3EC", "size": 9.6, "margin": 2.1,
           "meta_title": "Outbreak ISP v3", "meta_author": "UKHSA"},
    "truth": {
        "title": A4_TITLE,
        "purpose": A4_PURPOSE,
        "lead": {"name": "UK Health Security Agency", "org": None},
        "partners": [{"name": "Essex County Council", "org": "Essex County Council"},
                     {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
                     {"name": "Thurrock Council", "org": "Thurrock Council"},
                     {"name": "Chelmsford City Council", "org": "Chelmsford City Council"},
                     {"name": "Colchester City Council", "org": "Colchester Borough Council"},
                     {"name": "Basildon Borough Council", "org": "Basildon Borough Council"},
                     {"name": "NHS Mid and South Essex Integrated Care Board", "org": None}],
        "statutes": [
            {"citation": "Health Protection (Notification) Regulations 2010",
             "title": "Health Protection (Notification) Regulations", "year": 2010, "provision": None},
            {"citation": "Public Health (Control of Disease) Act 1984", "title": "Public Health (Control of Disease) Act",
             "year": 1984, "provision": "section 11"},
            {"citation": "Health Protection (Local Authority Powers) Regulations 2010",
             "title": "Health Protection (Local Authority Powers) Regulations", "year": 2010, "provision": None},
            {"citation": "Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012,
             "provision": None},
            {"citation": "regulation 3 of the Health Service (Control of Patient Information) Regulations 2002",
             "title": "Health Service (Control of Patient Information) Regulations", "year": 2002,
             "provision": "regulation 3"},
            {"citation": "section 251 of the National Health Service Act 2006", "title": "National Health Service Act",
             "year": 2006, "provision": "section 251"},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraph 3"},
            {"citation": "Civil Contingencies Act 2004", "title": "Civil Contingencies Act", "year": 2004,
             "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
        ],
        "review_date": "2024-09-30", "review_basis": "explicit", "commencement_date": "2023-10-02",
        "missing_sections": [],
    },
})

# ===========================================================================
# A5  0-19 providers - transfer of health visiting records (DOCX -> PDF, DOC)
# generic phrase above a two-line title; no lead; no review date;
# "the Children Acts 1989 and 2004"; slip "National Health Act 2006";
# no complaints and no breach sections
# ===========================================================================
A5_TITLE_LINES = ["Transfer of Health Visiting and School Nursing Records",
                  "between 0-19 Public Health Nursing Providers"]
A5_TITLE = " ".join(A5_TITLE_LINES)
A5_PURPOSE = ("When a family with a child aged 0 to 19 moves between the areas covered by the organisations "
              "signing this agreement, the health visiting or school nursing record should follow the "
              "child. This agreement allows the sending provider to transfer the child's public health "
              "nursing record, and to hand over any current concerns by telephone, to the receiving "
              "provider, so that the child continues to receive the Healthy Child Programme reviews and "
              "support without a gap and safeguarding information is not lost.")
A5_BLOCKS = [
    SP(1.5),
    BIG("Information Sharing Agreement", size=16, align="center", bold=False),
    SP(0.5),
    BIG2(A5_TITLE_LINES, size=15, align="center"),
    SP(1.2),
    SMALL("East of England 0-19 Providers Information Governance Group", align="center"),
    SMALL("Version 1.0  -  12 May 2022", align="center"),
    SP(1.5),
    T([["Prepared by", "East of England 0-19 Providers Information Governance Group"],
       ["Version", "1.0 (approved)"],
       ["Date", "12 May 2022"],
       ["Related documents", "Regional Child Health Record Transfer SOP v2; Child Protection Information "
        "Sharing (CP-IS) guidance; local safeguarding partnership procedures"],
       ["Equality impact assessment", "Not required - no change to services"]],
      widths=[4.5, 11.5], header=False),
    PB,
    H1("Introduction"),
    P(A5_PURPOSE),
    P("Moves across local authority boundaries are common in the East of England, particularly between "
      "Essex, Hertfordshire, Suffolk and the London boroughs. Previously each pair of providers had its own "
      "arrangement, and the length of time taken to transfer records varied from a few days to several "
      "months. This agreement replaces those arrangements with a single set of rules."),
    H1("Who is signing this agreement"),
    P("The organisations below provide health visiting and school nursing (0-19 public health nursing) "
      "services commissioned by the local authority for their area. Each is an independent controller for "
      "the records it holds."),
    T([["Organisation", "Area served", "Service name", "ICO registration"],
       ["Essex Partnership University NHS Foundation Trust", "West Essex", "Children and Young People's Services", "ZA088592"],
       ["North East London NHS Foundation Trust", "Thurrock; Barking and Dagenham; Havering; Redbridge", "0-19 Children's Services", "Z9096541"],
       ["Hertfordshire Community NHS Trust", "Hertfordshire", "0-19 Integrated Public Health Nursing", "Z2441866"],
       ["Suffolk County Council", "Suffolk", "Suffolk 0-19 Healthy Child Service", "Z5717291"],
       ["Cambridgeshire Community Services NHS Trust", "Luton; Bedford Borough; Central Bedfordshire", "0-19 Healthy Child Programme", "Z6713429"]],
      widths=[4.8, 4.4, 4.2, 2.6]),
    H1("What information will be transferred"),
    P("The receiving provider is sent the complete public health nursing record for the child, including:"),
    B("demographic details: name, NHS number, date of birth, address, GP practice, parents and carers "
      "with parental responsibility;",
      "the record of mandated and universal reviews (antenatal contact, new birth visit, 6-8 week review, "
      "1 year and 2-2.5 year reviews, school entry) and the results of any screening and developmental "
      "assessments;",
      "growth charts, immunisation history and infant feeding information;",
      "family health needs assessment and any health plan;",
      "safeguarding information: child protection or child in need plans, early help involvement, "
      "domestic abuse notifications, and the name of the allocated social worker;",
      "for school-aged children, school health profile, continence and emotional health support, and "
      "any education, health and care plan."),
    P("Information about other family members is included only where it is relevant to the child's "
      "health or safety."),
    H1("Why the law allows this"),
    P("Sharing the record with the receiving provider is for the child's direct care. Providers deliver "
      "the Healthy Child Programme on behalf of local authorities, which commission it under the Health "
      "and Social Care Act 2012 and the National Health Act 2006. Practitioners also have duties to "
      "co-operate and to safeguard and promote the welfare of children under the Children Acts 1989 and "
      "2004."),
    P("Under UK GDPR the lawful basis is Article 6(1)(e) and, for health information, Article 9(2)(h), "
      "with the condition in Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018. Where "
      "safeguarding information is transferred, providers may also rely on the safeguarding condition in "
      "paragraph 18 of Schedule 1. Because the transfer is for direct care and is expected by families, "
      "the common law duty of confidentiality is met by implied consent; the National Data Opt-out does "
      "not apply to direct care."),
    H1("How and when the record will be transferred"),
    T([["Step", "What happens", "Timescale"],
       ["1", "Sending provider becomes aware of the move (from the family, the GP or the Child Health "
        "Information Service).", "-"],
       ["2", "Sending provider confirms the new address and the receiving provider, using the regional "
        "contacts list.", "Within 2 working days"],
       ["3", "Where there are safeguarding concerns or a child protection plan, a practitioner-to-practitioner "
        "telephone handover takes place, and is recorded by both parties.", "Within 1 working day of step 2"],
       ["4", "Electronic record transferred by SystmOne record sharing where both providers use it; "
        "otherwise the record is exported as a PDF and sent by NHSmail to the receiving provider's "
        "generic transfer mailbox.", "Within 10 working days (5 if on a plan)"],
       ["5", "Receiving provider acknowledges receipt and allocates a practitioner.", "Within 2 working days of receipt"]],
      widths=[1.2, 11, 3.8]),
    P("Paper records held by some providers for older children are scanned before transfer; original "
      "paper records are not sent by post."),
    H1("Keeping records accurate"),
    P("The sending provider makes sure the record is up to date before it is transferred, including the "
      "outcome of the last contact. The receiving provider checks the demographic details with the family "
      "at the first contact and tells the sending provider of any discrepancy that affects other records "
      "it holds, such as those of siblings remaining in the sending area."),
    H1("Looking after the information"),
    P("Each provider will protect transferred information to the standard required by the Data Security "
      "and Protection Toolkit. Only NHSmail or another accredited secure email service may be used. "
      "Access to transfer mailboxes is limited to administrative and clinical staff of the 0-19 service. "
      "Information received must not be forwarded to third parties except where needed for the child's "
      "care or safety."),
    H1("How long records are kept"),
    P("The receiving provider becomes responsible for the record from receipt and will keep it in line "
      "with the Records Management Code of Practice for Health and Social Care (children's records are "
      "retained until the 25th birthday, or the 26th if the young person was 17 at the end of treatment). "
      "The sending provider keeps its copy of the record, closed, for the same period, so that it can "
      "respond to later enquiries."),
    H1("Families' rights"),
    P("Families are told at the new birth visit and in each provider's privacy notice that records move "
      "with the child. Parents, and children with sufficient understanding, can ask either provider for a "
      "copy of the record it holds. If a parent objects to the transfer, the sending provider will discuss "
      "the objection with the family and with its safeguarding lead; the record will normally still be "
      "transferred where the child has a plan or there are safeguarding concerns."),
    H1("Starting, leaving and changing this agreement"),
    P("This agreement commences on the date of the last signature below. Another 0-19 provider may join "
      "by signing a copy and sending it to the Information Governance Group. A provider may leave by giving "
      "three months' notice in writing to the other signatories. Changes are agreed by the Information "
      "Governance Group and recorded as a new version."),
    H1("Signatories"),
    T([["Organisation", "Name", "Title", "Date"],
       ["Essex Partnership University NHS Foundation Trust", "Dr Olusegun Adebayo", "Caldicott Guardian", "06/06/2022"],
       ["North East London NHS Foundation Trust", "Sarah Whitfield", "Integrated Care Director, Essex", "09/06/2022"],
       ["Hertfordshire Community NHS Trust", "Louise Gray", "Deputy Director of Children's Services", "14/06/2022"],
       ["Suffolk County Council", "Jeremy Holt", "Head of Children's Public Health Nursing", "20/06/2022"],
       ["Cambridgeshire Community Services NHS Trust", "Ann-Marie Keane", "Senior Information Risk Owner", "27/06/2022"]],
      widths=[5.5, 3.5, 4.6, 2.4]),
    PB,
    H1("Appendix 1 - Transfer mailboxes"),
    T([["Provider", "Generic mailbox for incoming records"],
       ["EPUT (West Essex)", "epunft.cyps.transfers@nhs.net"],
       ["NELFT", "nelft.019.transfers@nhs.net"],
       ["HCT", "hct.019recordtransfers@nhs.net"],
       ["Suffolk County Council", "healthychild.transfers@suffolk.gov.uk"],
       ["CCS", "ccs.019.transfers@nhs.net"]],
      widths=[5, 11]),
    H1("Appendix 2 - Legislation and guidance"),
    B("Children Act 1989 and Children Act 2004 (duties to co-operate and to safeguard)",
      "Health and Social Care Act 2012; National Health Service Act 2006",
      "Data Protection Act 2018; UK General Data Protection Regulation",
      "Working Together to Safeguard Children (statutory guidance)",
      "Records Management Code of Practice for Health and Social Care 2021",
      "Caldicott principles; common law duty of confidentiality"),
]
AGREEMENTS.append({
    "stem": "eoe_0-19_record_transfer_isa",
    "outputs": [("docx", "word"), ("pdf", "lo"), ("doc", "lo")],
    "blocks": A5_BLOCKS,
    "docx": {"footer": "0-19 record transfer ISA v1.0", "headings": "styled", "hcolour": "005EB8",
             "author": "0-19 IG Group", "core_title": "ISA"},
    "truth": {
        "title": A5_TITLE,
        "purpose": A5_PURPOSE,
        "lead": None,
        "partners": [{"name": "Essex Partnership University NHS Foundation Trust", "org": None},
                     {"name": "North East London NHS Foundation Trust", "org": "North East London NHS Foundation Trust"},
                     {"name": "Hertfordshire Community NHS Trust", "org": None},
                     {"name": "Suffolk County Council", "org": None},
                     {"name": "Cambridgeshire Community Services NHS Trust", "org": None}],
        "statutes": [
            {"citation": "Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012,
             "provision": None},
            {"citation": "National Health Act 2006", "title": "National Health Service Act", "year": 2006,
             "provision": None},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 1989, "provision": None},
            {"citation": "Children Acts 1989 and 2004", "title": "Children Act", "year": 2004, "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraph 2"},
        ],
        "review_date": None, "review_basis": "none", "commencement_date": "2022-06-27",
        "missing_sections": ["complaints", "breach"],
    },
})

# ===========================================================================
# A6  Cambridgeshire County Council - JSNA linked dataset (reportlab PDF + DOCX)
# title only inside a table; lead = the controller that publishes it;
# academic partner; numeric review date; slip "Involvment"; no accuracy section
# ===========================================================================
A6_TITLE = "Linked Health and Care Dataset for the Joint Strategic Needs Assessment"
A6_PURPOSE = ("The agreement provides for partners to send pseudonymised records about the use of "
              "hospital, community, mental health, ambulance and adult social care services to a linked "
              "dataset held by Cambridgeshire County Council, so that the Joint Strategic Needs Assessment "
              "and the health needs assessments that support it can describe how people move between "
              "services, which groups have the greatest unmet need, and where inequalities in outcomes "
              "arise.")
A6_BLOCKS = [
    SMALL("Cambridgeshire County Council and Peterborough City Council  -  Public Health Intelligence"),
    SP(0.3),
    T([["Title of agreement", A6_TITLE],
       ["Agreement type", "Data sharing agreement (multi-party, pseudonymised data)"],
       ["Reference", "PHI-DSA-2024-09"],
       ["Version", "2.0"],
       ["Approved by", "Cambridgeshire and Peterborough Joint Health Protection and Intelligence Board, 14 October 2024"],
       ["Effective date", "01/11/2024"],
       ["Review date", "01/11/2025"],
       ["DPIA", "DPIA 2024-031, signed off by the Council's Data Protection Officer on 30/09/2024"],
       ["Caldicott approval", "Caldicott Guardians of each NHS partner (see section 12)"]],
      widths=[4.3, 12.7], header=False),
    H2("Version history"),
    T([["Version", "Date", "Author", "Change"],
       ["0.1", "11/03/2024", "K. Mbeki", "First draft for partners."],
       ["0.4", "22/05/2024", "K. Mbeki", "Ambulance and social care data added; academic access section."],
       ["1.0", "01/07/2024", "K. Mbeki", "Approved for pilot (hospital data only)."],
       ["2.0", "14/10/2024", "J. Stroud", "Full partnership; CAG advice on identifiable linkage incorporated."]],
      widths=[1.6, 2.4, 2.2, 10.8]),
    H1("1. About this agreement"),
    P("This agreement is published by Cambridgeshire County Council, acting as controller for the linked "
      "dataset, on behalf of the shared public health team that serves Cambridgeshire County Council and "
      "Peterborough City Council. Each partner remains the controller of the data in its own systems."),
    H1("2. Purpose"),
    P(A6_PURPOSE),
    P("The dataset will not be used for direct care, for decisions about individuals, for performance "
      "management of individual clinicians, or for any commercial purpose."),
    H1("3. Parties"),
    T([["Party", "Contribution", "Contact"],
       ["Cambridgeshire County Council", "Hosts and links the dataset; adult social care records",
        "Head of Public Health Intelligence"],
       ["Peterborough City Council", "Adult social care records; joint commissioner of the JSNA",
        "Director of Public Health (shared post)"],
       ["NHS Cambridgeshire and Peterborough Integrated Care Board", "Secondary Uses Service (SUS+) extracts "
        "for acute activity; primary care registration counts", "Head of Business Intelligence"],
       ["Cambridgeshire and Peterborough NHS Foundation Trust", "Mental health and community services data",
        "Information Governance Manager"],
       ["Cambridge University Hospitals NHS Foundation Trust", "Emergency department attendances not yet in SUS+",
        "Data Protection Officer"],
       ["East of England Ambulance Service NHS Trust (EEAST)", "Calls and conveyances", "Head of Information Governance"],
       ["Anglia Ruskin University", "Academic partner for health needs assessments; analysis in the Council's "
        "trusted research environment only", "Professor of Public Health, Faculty of Health"]],
      widths=[5, 7.5, 4.5]),
    H1("4. Data to be shared"),
    P("Partners send records with direct identifiers removed. NHS numbers are replaced before transfer "
      "with a pseudonym generated by each partner using the common key supplied by the Council's "
      "linkage officer, so that records can be linked without the Council receiving NHS numbers. Data "
      "items are listed in Annex 1. Dates of birth are reduced to month and year, and postcodes to Lower "
      "Layer Super Output Area."),
    H1("5. Legal basis"),
    P("Cambridgeshire County Council and Peterborough City Council must prepare a joint strategic needs "
      "assessment with the integrated care board under section 116 of the Local Government and Public "
      "Involvment in Health Act 2007, and have a duty to improve public health under section 2B of the "
      "National Health Service Act 2006. Births and deaths data are supplied by the Office for National "
      "Statistics to the Directors of Public Health under section 42(4) of the Statistics and Registration "
      "Service Act 2007."),
    P("Pseudonymised data remain personal data. Partners rely on Article 6(1)(e) and Article 9(2)(h) and "
      "(i) of the UK GDPR, with the conditions in Schedule 1, Part 1, paragraphs 2 and 3 of the Data "
      "Protection Act 2018."),
    P("Because the pseudonymisation key is held by the Council, the data are treated as confidential "
      "patient information for the purposes of the common law duty of confidence. Support under "
      "regulation 5 of the Health Service (Control of Patient Information) Regulations 2002 was advised "
      "by the Confidentiality Advisory Group (CAG reference 24/CAG/0117). Partners will apply the National "
      "Data Opt-out to NHS data before it is sent."),
    H1("6. How data are sent and how often"),
    T([["Dataset", "Frequency", "Method"],
       ["SUS+ admitted patient care, outpatients, A&E", "Quarterly", "SFTP from the ICB data warehouse"],
       ["Mental health and community services", "Quarterly", "SFTP"],
       ["Ambulance calls and conveyances", "Quarterly", "SFTP"],
       ["Adult social care client and service records", "Quarterly", "Internal transfer (Cambridgeshire); SFTP (Peterborough)"],
       ["ONS births and deaths (PCMD)", "Monthly", "Download via the NHS England DARS route"]],
      widths=[7, 3, 7]),
    H1("7. Access by the academic partner"),
    P("Researchers from Anglia Ruskin University will be given honorary contracts with the Council and "
      "will work only inside the Council's trusted research environment. No record-level data will leave "
      "it; outputs are checked by a Council analyst for disclosure risk before release."),
    H1("8. Security"),
    P("The linked dataset is held in the Council's Azure tenancy in the UK South region, with access "
      "controlled by named accounts and multi-factor authentication. The pseudonymisation key is held "
      "separately by the linkage officer and is never held in the research environment."),
    H1("9. Retention"),
    P("Each quarterly extract replaces the previous one. The linked dataset is kept for as long as it is "
      "needed for the JSNA, and will be reviewed at each review of this agreement; a maximum of ten years of "
      "history is held. On termination, the Council will delete the dataset and the key within three months "
      "and confirm deletion to partners in writing."),
    H1("10. Data subjects' rights and transparency"),
    P("Each partner's privacy notice will describe this use of data. Because the Council cannot identify "
      "individuals without the key, it may be unable to respond to requests relating to the linked "
      "dataset directly; requests should be made to the partner holding the original record. The right "
      "to object is supported by the National Data Opt-out and by partners' own objection processes."),
    H1("11. Complaints and data breaches"),
    P("Complaints are handled under each partner's procedure. A breach affecting the linked dataset must "
      "be reported to the Council's Information Governance Team within 24 hours; the Council will "
      "assess it with the partner concerned and decide whether to notify the ICO. Partners will report a "
      "breach affecting their own extract before transfer under their own procedures."),
    H1("12. Commencement, termination and signatures"),
    P("This agreement takes effect on the effective date on the cover sheet. A partner may stop sending "
      "data on three months' notice; data already sent may be retained in the linked dataset unless the "
      "partner asks for its removal."),
    T([["Party", "Signed by", "Post", "Date"],
       ["Cambridgeshire County Council", "Dr Rebecca Thorneycroft", "Director of Public Health", "15/10/2024"],
       ["Peterborough City Council", "Dr Rebecca Thorneycroft", "Director of Public Health", "15/10/2024"],
       ["NHS Cambridgeshire and Peterborough Integrated Care Board", "Gillian Marsh", "Chief Nurse and Caldicott Guardian", "18/10/2024"],
       ["Cambridgeshire and Peterborough NHS Foundation Trust", "Dr Idris Mahmood", "Medical Director and Caldicott Guardian", "22/10/2024"],
       ["Cambridge University Hospitals NHS Foundation Trust", "Eleanor Fry", "Senior Information Risk Owner", "24/10/2024"],
       ["East of England Ambulance Service NHS Trust", "Dr Petra Lindgren", "Caldicott Guardian", "25/10/2024"],
       ["Anglia Ruskin University", "Professor Rhiannon Tudor", "Pro Vice-Chancellor, Faculty of Health", "28/10/2024"]],
      widths=[5.4, 3.4, 5.2, 2]),
    PB,
    H1("Annex 1 - Data items"),
    T([["Item", "Hospital", "Mental health / community", "Ambulance", "Social care"],
       ["Partner pseudonym", "Y", "Y", "Y", "Y"],
       ["Month and year of birth; sex; ethnic category", "Y", "Y", "Y", "Y"],
       ["LSOA of residence", "Y", "Y", "Y", "Y"],
       ["Registered GP practice code", "Y", "Y", "N", "N"],
       ["Activity dates (admission, discharge, contact)", "Y", "Y", "Y", "Y"],
       ["Diagnosis and procedure codes (ICD-10, OPCS-4)", "Y", "Y", "N", "N"],
       ["Chief complaint / dispatch category", "N", "N", "Y", "N"],
       ["Service type and care setting", "Y", "Y", "N", "Y"],
       ["Primary support reason; service cost band", "N", "N", "N", "Y"]],
      widths=[7, 2.3, 3.2, 2.3, 2.2]),
]
AGREEMENTS.append({
    "stem": "cambs_pboro_jsna_linked_data_dsa_v2",
    "outputs": [("pdf", "rl"), ("docx", "word")],
    "blocks": A6_BLOCKS,
    "rl": {"columns": 1, "header_left": "PHI-DSA-2024-09  JSNA linked dataset", "header_right": "Version 2.0",
           "header_on_first": True, "footer": "OFFICIAL - not for onward circulation",
           "page_fmt": "Page %d", "accent": "#2E5E2E", "table_fill": "#E3EFE0", "boxed": False,
           "size": 9.4, "meta_title": "PHI-DSA-2024-09", "meta_author": "Cambridgeshire County Council"},
    "docx": {"header": "PHI-DSA-2024-09  JSNA linked dataset  -  Version 2.0", "headings": "bold",
             "footer": "OFFICIAL - not for onward circulation", "table_fill": "E3EFE0",
             "author": "Public Health Intelligence", "core_title": "PHI-DSA-2024-09"},
    "truth": {
        "title": A6_TITLE,
        "purpose": A6_PURPOSE,
        "lead": {"name": "Cambridgeshire County Council", "org": None},
        "partners": [{"name": "Peterborough City Council", "org": None},
                     {"name": "NHS Cambridgeshire and Peterborough Integrated Care Board", "org": None},
                     {"name": "Cambridgeshire and Peterborough NHS Foundation Trust", "org": None},
                     {"name": "Cambridge University Hospitals NHS Foundation Trust", "org": None},
                     {"name": "East of England Ambulance Service NHS Trust (EEAST)",
                      "org": "East of England Ambulance Service NHS Trust"},
                     {"name": "Anglia Ruskin University", "org": None}],
        "statutes": [
            {"citation": "section 116 of the Local Government and Public Involvment in Health Act 2007",
             "title": "Local Government and Public Involvement in Health Act", "year": 2007,
             "provision": "section 116"},
            {"citation": "section 2B of the National Health Service Act 2006", "title": "National Health Service Act",
             "year": 2006, "provision": "section 2B"},
            {"citation": "section 42(4) of the Statistics and Registration Service Act 2007",
             "title": "Statistics and Registration Service Act", "year": 2007, "provision": "section 42(4)"},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraphs 2 and 3"},
            {"citation": "regulation 5 of the Health Service (Control of Patient Information) Regulations 2002",
             "title": "Health Service (Control of Patient Information) Regulations", "year": 2002,
             "provision": "regulation 5"},
        ],
        "review_date": "2025-11-01", "review_basis": "explicit", "commencement_date": "2024-11-01",
        "missing_sections": ["accuracy"],
    },
})

# ===========================================================================
# A7  Southend-on-Sea Borough Council - integrated sexual health (2017)
# DOCX -> PDF, DOC. Generic phrase above the name; capitals; "Lead Authority";
# review "Feb-2019"; stale law (DPA 1998 schedules, 1974 VD Regulations);
# no format/frequency section, no breach section
# ===========================================================================
A7_TITLE = "Integrated Sexual Health Service Partner Notification and Activity Reporting"
A7_PURPOSE = ("To enable the Integrated Sexual Health Service provider to share information about "
              "service users diagnosed with sexually transmitted infections with the commissioning "
              "authorities and with partner organisations, for the purposes of partner notification, "
              "safeguarding of young people, payment by activity across the three local authority areas, "
              "and the mandatory reporting of activity to Public Health England.")
A7_BLOCKS = [
    BIG("DATA SHARING AGREEMENT", size=18, align="center"),
    BIG(A7_TITLE, size=15, align="center"),
    SP(0.4),
    T([["Lead Authority", "Southend-on-Sea Borough Council"],
       ["Other Organisations Involved", "Essex County Council; Thurrock Council; Provide CIC; Terrence Higgins "
        "Trust; Southend University Hospital NHS Foundation Trust"],
       ["Date of Agreement", "1 March 2017"],
       ["Review date", "Feb-2019"],
       ["Document Author", "Angela Fairweather, Public Health Commissioning Officer, Southend-on-Sea Borough Council"],
       ["Version", "1.1"]],
      widths=[5, 11], header=False),
    SP(0.3),
    H1("1. PURPOSE"),
    P(A7_PURPOSE),
    P("The Integrated Sexual Health Service for Southend, Essex and Thurrock is jointly commissioned by the "
      "three authorities with Southend-on-Sea Borough Council as lead commissioner under a collaborative "
      "commissioning agreement dated 14 December 2016. Provide CIC is the prime provider. Terrence Higgins "
      "Trust delivers HIV prevention, outreach and the online testing service under sub-contract, and the "
      "pathology service at Southend University Hospital NHS Foundation Trust processes samples."),
    H1("2. INFORMATION TO BE SHARED"),
    P("The information to be shared under this agreement is:"),
    B("GUMCAD STI Surveillance System data, which is submitted in a pseudonymised form and contains no "
      "names or addresses;",
      "cross-charging activity data to allow each authority to pay for activity of its residents: clinic "
      "attendance date, partial postcode, age band, gender and the tariff code of the care provided. No "
      "clinical detail beyond the tariff code is shared with the authorities;",
      "for partner notification, the contact details of sexual partners supplied by the index patient "
      "with his or her agreement. The name of the index patient is never disclosed to the partner;",
      "laboratory results returned from the pathology service to the clinic;",
      "where a young person under 18 is assessed as at risk of sexual exploitation, the information "
      "necessary for a referral to children's social care of the relevant authority."),
    H1("3. LEGAL BASIS FOR SHARING"),
    P("The authorities have responsibility for commissioning open-access sexual health services under the "
      "Health and Social Care Act 2012 and the Local Authorities (Public Health Functions and Entry to "
      "Premises by Local Healthwatch Representatives) Regulations 2013. Information which identifies a "
      "patient treated for a sexually transmitted disease is subject to the additional restrictions of "
      "the National Health Service (Venereal Diseases) Regulations 1974, which permit disclosure only to a "
      "medical practitioner, or a person employed under his direction, for the purposes of treatment or "
      "prevention of spread of the disease."),
    P("The processing of personal data is lawful under the Data Protection Act 1998 as follows. Schedule 2 "
      "condition 5 (functions of a public nature) applies to the cross-charging data. Information about "
      "sexual life and health is sensitive personal data; Schedule 3 condition 8 (medical purposes) applies "
      "to the processing by the provider and the sub-contractors. Partner notification is undertaken with "
      "the explicit consent of the index patient (Schedule 3 condition 1)."),
    P("Sharing must also respect Article 8 of the Human Rights Act 1998 (right to respect for private and "
      "family life) and the common law duty of confidence, and follow the Caldicott principles. Disclosure "
      "to children's social care is made in line with the Children Act 1989, section 47, and the Southend, "
      "Essex and Thurrock child protection procedures."),
    H1("4. ACCESS AND INDIVIDUALS' RIGHTS"),
    P("Patients may request access to their records from Provide CIC under section 7 of the Data "
      "Protection Act 1998. Requests relating to cross-charging data held by an authority will be dealt "
      "with by that authority. The service's patient information leaflet explains how information is used "
      "and that the authorities do not receive names."),
    P("Requests under the Freedom of Information Act 2000 for information about the contract will be "
      "handled by the authority receiving them, which will consult the provider before disclosure."),
    H1("5. INFORMATION SECURITY"),
    P("The provider will hold clinical records on a specialist sexual health records system with "
      "role-based access. Clinic records are kept separate from the general practice record and the "
      "patient's GP is not informed of attendance without the patient's consent. The authorities will keep "
      "cross-charging data on restricted network drives and will not combine it with other data sets."),
    H1("6. DATA RETENTION"),
    P("Sexual health clinical records are retained by the provider for 8 years after the conclusion of "
      "treatment (or until the 25th birthday for children). Cross-charging data is retained by the "
      "authorities for 6 years for audit purposes and then destroyed."),
    H1("7. RESPONSIBILITY FOR ACCURACY"),
    P("Provide CIC is responsible for ensuring that activity is coded correctly, that postcodes are "
      "checked with the patient at each attendance, and that GUMCAD submissions pass the validation "
      "rules. Errors identified by an authority in its statement of activity are corrected in the "
      "next statement."),
    H1("8. COMPLAINTS"),
    P("Complaints by patients about the handling of their information should be made to Provide CIC in the "
      "first instance. Complaints about the authorities' handling of cross-charging data will be dealt with "
      "under the relevant authority's corporate complaints procedure."),
    H1("9. AGREEMENT"),
    P("This agreement comes into force on 1 March 2017 and will remain in force for the length of the "
      "service contract, subject to review. A party may withdraw by giving 3 months notice in writing to "
      "the Lead Authority."),
    T([["Organisation", "Name", "Position", "Signature", "Date"],
       ["Southend-on-Sea Borough Council", "Margaret Kettering", "Director of Public Health", "", "27/02/2017"],
       ["Essex County Council", "Graham Nuttall", "Head of Commissioning, Public Health", "", "28/02/2017"],
       ["Thurrock Council", "Priyanka Desai", "Strategic Lead, Public Health", "", "01/03/2017"],
       ["Provide CIC", "Stephen Garside", "Caldicott Guardian", "", "01/03/2017"],
       ["Terrence Higgins Trust", "Owen Baptiste", "Head of Information Governance", "", "03/03/2017"],
       ["Southend University Hospital NHS Foundation Trust", "Linda Ferreira", "Information Governance Manager", "", "06/03/2017"]],
      widths=[4.4, 3, 4, 2, 2]),
    H1("APPENDIX A - CONTACTS FOR THIS AGREEMENT"),
    T([["Organisation", "Contact", "Telephone"],
       ["Southend-on-Sea Borough Council", "Public Health Commissioning Team", "01702 215000"],
       ["Essex County Council", "Public Health Commissioning", "0345 743 0430"],
       ["Thurrock Council", "Public Health", "01375 652652"],
       ["Provide CIC", "Information Governance", "01376 308000"],
       ["Terrence Higgins Trust", "Data Protection Officer", "0808 802 1221"]],
      widths=[6, 6, 4]),
]
AGREEMENTS.append({
    "stem": "southend_ish_data_sharing_agreement_2017",
    "outputs": [("docx", "word"), ("pdf", "lo"), ("doc", "lo")],
    "blocks": A7_BLOCKS,
    "docx": {"headings": "bold", "font": "Arial", "size": 11, "margin": 2.5,
             "footer": "Southend-on-Sea Borough Council - ISH DSA v1.1", "author": "SBC Public Health",
             "core_title": "DSA"},
    "truth": {
        "title": A7_TITLE,
        "purpose": A7_PURPOSE,
        "lead": {"name": "Southend-on-Sea Borough Council", "org": "Southend Borough Council"},
        "partners": [{"name": "Essex County Council", "org": "Essex County Council"},
                     {"name": "Thurrock Council", "org": "Thurrock Council"},
                     {"name": "Provide CIC", "org": "Provide"},
                     {"name": "Terrence Higgins Trust", "org": None},
                     {"name": "Southend University Hospital NHS Foundation Trust",
                      "org": "Southend University Hospital NHS Foundation Trust"}],
        "statutes": [
            {"citation": "Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012,
             "provision": None},
            {"citation": "Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations 2013",
             "title": "Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) Regulations",
             "year": 2013, "provision": None},
            {"citation": "National Health Service (Venereal Diseases) Regulations 1974",
             "title": "National Health Service (Venereal Diseases) Regulations", "year": 1974, "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998,
             "provision": "Schedule 2"},
            {"citation": "Article 8 of the Human Rights Act 1998", "title": "Human Rights Act", "year": 1998,
             "provision": "Article 8"},
            {"citation": "Children Act 1989, section 47", "title": "Children Act", "year": 1989,
             "provision": "section 47"},
            {"citation": "Freedom of Information Act 2000", "title": "Freedom of Information Act", "year": 2000,
             "provision": None},
        ],
        "review_date": "2019-02-28", "review_basis": "explicit", "commencement_date": "2017-03-01",
        "missing_sections": ["format_frequency", "breach"],
    },
})

# ===========================================================================
# A8  Bedfordshire tobacco dependency pathway (reportlab PDF only)
# title drawn in a text box on the cover; no lead (parties only);
# review 12 months after the final signature; slip "Health Social Care Act";
# no retention section, no complaints section
# ===========================================================================
A8_TITLE = "Sharing of Smoking Status and Referral Data for the Tobacco Dependency Treatment Pathway"
A8_PURPOSE = ("The parties will share information about patients who smoke, and about the treatment and "
              "support they receive, so that people identified as smokers in hospital, in maternity care "
              "or in general practice are referred to the community stop smoking service without delay, "
              "their treatment continues after discharge, and the outcome of each quit attempt is "
              "reported back to the referring clinician.")


def _a8_cover(canvas, W, H, lm, rm):
    from reportlab.lib.utils import simpleSplit
    x, y, w, h = lm + 0.6 * cm, H - 13.2 * cm, W - lm - rm - 1.2 * cm, 5.4 * cm
    canvas.setStrokeColor(colors.HexColor("#0B6E99"))
    canvas.setLineWidth(2)
    canvas.setFillColor(colors.HexColor("#EAF4F9"))
    canvas.roundRect(x, y, w, h, 10, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#0B6E99"))
    canvas.setFont("Helvetica-Bold", 19)
    lines = simpleSplit(A8_TITLE, "Helvetica-Bold", 19, w - 1.6 * cm)
    ty = y + h - 1.5 * cm
    for ln in lines:
        canvas.drawString(x + 0.8 * cm, ty, ln)
        ty -= 0.85 * cm
    canvas.setFont("Helvetica", 10)
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.drawString(x + 0.8 * cm, y + 0.7 * cm, "Data sharing agreement  |  Version 1.0  |  January 2025")


A8_BLOCKS = [
    SMALL("Bedford Borough Council  .  Central Bedfordshire Council  .  Bedfordshire Hospitals NHS Foundation Trust"),
    SMALL("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board  .  Horizon Health Federation CIC"),
    SP(13.5),
    P("Status: final for signature"),
    P("Prepared by the Bedfordshire Tobacco Control Alliance data and digital working group."),
    P("Enquiries: Public Health (Tobacco Control), Priory House, Chicksands, Shefford."),
    PB,
    H1("Contents"),
    T([["Part 1", "Background and purpose"], ["Part 2", "The parties"],
       ["Part 3", "Legal basis"], ["Part 4", "Data to be shared"],
       ["Part 5", "Data flows and timings"], ["Part 6", "Data quality"],
       ["Part 7", "Information security and incidents"], ["Part 8", "Transparency and patients' rights"],
       ["Part 9", "Duration, review and signatures"], ["Schedule", "Referral and outcome data items"]],
      widths=[2.5, 13], header=False, shade=False),
    H1("Part 1 - Background and purpose"),
    P("Smoking remains the largest single cause of preventable death and ill health in Bedfordshire. The "
      "NHS Long Term Plan committed to offering tobacco dependency treatment to all people admitted to "
      "hospital who smoke, to pregnant women and to users of mental health services. In Bedford Borough and "
      "Central Bedfordshire the community stop smoking service is provided by the councils' joint public "
      "health service, and pharmacies and GP practices deliver part of the offer."),
    P(A8_PURPOSE),
    P("Aggregate information from the pathway will also be used by the councils and the integrated care "
      "board to evaluate it. No information will be used for any purpose not described in this agreement."),
    H1("Part 2 - The parties"),
    P("This agreement is made between the following organisations. Each party is an independent "
      "controller for the information it holds, and none of them acts on behalf of the others."),
    T([["Party", "Function in the pathway", "Address"],
       ["Bedford Borough Council", "Co-commissioner and provider (with Central Bedfordshire Council) of the "
        "Stop Smoking Service", "Borough Hall, Cauldwell Street, Bedford"],
       ["Central Bedfordshire Council", "Host of the joint public health service and the stop smoking "
        "case management system", "Priory House, Monks Walk, Chicksands, Shefford"],
       ["Bedfordshire Hospitals NHS Foundation Trust", "Inpatient and maternity tobacco dependency advisers; "
        "identifies and refers smokers", "Lewsey Road, Luton"],
       ["NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "Commissions the inpatient "
        "service; receives aggregate reports", "Arndale House, The Mall, Luton"],
       ["Horizon Health Federation CIC", "GP federation; smoking cessation clinics in member practices; "
        "receives outcomes for registered patients", "Kingsbrook Medical Centre, Bedford"]],
      widths=[4.8, 7.2, 5]),
    H1("Part 3 - Legal basis"),
    P("The councils provide stop smoking services as part of their duty to improve public health in "
      "National Health Service Act 2006 s.2B. Referral from hospital to the community service and the "
      "return of the outcome to the referrer are for individual care. The NHS parties and the councils, "
      "as bodies providing health services, are under the duty to share information for care in section "
      "251B of the Health Social Care Act 2012, inserted by the Health and Social Care (Safety and "
      "Quality) Act 2015."),
    P("Each party processes the data under UK GDPR Article 6(1)(e) and Article 9(2)(h), with the condition "
      "in paragraph 2 of Part 1 of Schedule 1 to the Data Protection Act 2018 (health or social care "
      "purposes). Patients are told about the referral and may decline it; the duty of confidence is "
      "satisfied by implied consent for direct care, and the National Data Opt-out does not apply."),
    H1("Part 4 - Data to be shared"),
    P("The data items are set out in the Schedule. In summary, the referral contains identifying and "
      "contact details, the setting and reason for referral, smoking history, carbon monoxide reading, "
      "the treatment started in hospital (for example nicotine replacement therapy), and any clinical "
      "cautions. The outcome message contains the quit date, the 4-week and 12-week outcome, whether the "
      "quit was carbon monoxide validated, and the medication supplied."),
    H1("Part 5 - Data flows and timings"),
    T([["Flow", "From", "To", "Timing", "Method"],
       ["Inpatient or maternity referral", "Bedfordshire Hospitals NHS Foundation Trust", "Stop Smoking Service",
        "On discharge, or within 1 working day", "Electronic referral from the EPR to the case management system"],
       ["Primary care referral", "Horizon Health Federation CIC", "Stop Smoking Service", "Same day",
        "e-referral template in the GP clinical system"],
       ["Outcome letter", "Stop Smoking Service", "Referrer and registered GP", "At 4 and 12 weeks", "NHSmail / GP Connect document"],
       ["Aggregate report", "Central Bedfordshire Council", "ICB, Bedford Borough Council", "Quarterly", "Email (no personal data)"]],
      widths=[3.4, 3.4, 3, 3, 4.2]),
    H1("Part 6 - Data quality"),
    P("Referrers will check the patient's telephone number and NHS number at the time of referral. The "
      "Stop Smoking Service will tell the referrer within two working days if a referral cannot be "
      "processed because information is missing or wrong. Outcome data are validated against the "
      "national Russell Standard before they are reported."),
    H1("Part 7 - Information security and incidents"),
    P("Referrals and outcomes will be sent only through the routes in Part 5. The case management system "
      "is hosted in the UK and accredited to ISO 27001; access is by individual accounts with two-factor "
      "authentication. Staff of each party complete annual data security training."),
    P("A party that discovers a security incident involving shared data will tell the other parties "
      "affected within 48 hours, will investigate, and will decide whether the incident must be reported "
      "to the Information Commissioner. Serious incidents involving NHS data will also be reported on the "
      "Data Security and Protection Toolkit."),
    H1("Part 8 - Transparency and patients' rights"),
    P("Each party will update its privacy notice to describe the pathway. Patients may ask any party for "
      "a copy of the information it holds, and may ask for inaccurate information to be corrected. "
      "Requests will be dealt with by the party that receives them, consulting the other parties where "
      "their information is involved."),
    H1("Part 9 - Duration, review and signatures"),
    P("This agreement comes into effect on the date of the final signature below and continues until "
      "terminated. It will be reviewed 12 months from the date of the final signature, and after any "
      "significant change to the pathway or to the systems used. A party may terminate its participation "
      "by giving 60 days' written notice to the other parties."),
    T([["Party", "Signatory", "Post", "Date"],
       ["Bedford Borough Council", "Dr Nasreen Chowdhury", "Director of Public Health", "03/02/2025"],
       ["Central Bedfordshire Council", "Dr Nasreen Chowdhury", "Director of Public Health", "03/02/2025"],
       ["Bedfordshire Hospitals NHS Foundation Trust", "Hugh Pemberton", "Chief Information Officer and SIRO", "10/02/2025"],
       ["NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "Dr Imogen Blake", "Chief Medical Officer and Caldicott Guardian", "24/02/2025"],
       ["Horizon Health Federation CIC", "Dr Ravi Shankar", "Clinical Director", "06/03/2025"]],
      widths=[5.6, 3.4, 5, 2]),
    PB,
    H1("Schedule - Referral and outcome data items"),
    T([["Data item", "Referral", "Outcome"],
       ["NHS number", "Yes", "Yes"], ["Name, date of birth, sex", "Yes", "Yes"],
       ["Address, telephone number, preferred contact method", "Yes", "No"],
       ["Registered GP practice", "Yes", "Yes"], ["Referral setting (ward, maternity, practice)", "Yes", "No"],
       ["Pregnancy status and estimated delivery date", "Yes", "Yes"],
       ["Cigarettes per day; time to first cigarette", "Yes", "No"],
       ["Carbon monoxide reading (ppm)", "Yes", "Yes"],
       ["Pharmacotherapy started in hospital", "Yes", "No"],
       ["Clinical cautions (e.g. mental health medication affected by smoking)", "Yes", "No"],
       ["Quit date; 4-week and 12-week outcome; CO validated", "No", "Yes"],
       ["Medication and behavioural support provided", "No", "Yes"]],
      widths=[10, 3, 3]),
]
AGREEMENTS.append({
    "stem": "bedfordshire_tobacco_dependency_dsa",
    "outputs": [("pdf", "rl")],
    "blocks": A8_BLOCKS,
    "rl": {"columns": 1, "header_left": "Tobacco dependency treatment pathway - data sharing agreement",
           "header_right": "v1.0", "footer": "Bedfordshire Tobacco Control Alliance", "page_fmt": "%d",
           "accent": "#0B6E99", "table_fill": "#EAF4F9", "size": 9.6, "cover_box": _a8_cover,
           "meta_title": "DSA", "meta_author": "Central Bedfordshire Council"},
    "extra_text": A8_TITLE,
    "truth": {
        "title": A8_TITLE,
        "purpose": A8_PURPOSE,
        "lead": None,
        "partners": [{"name": "Bedford Borough Council", "org": None},
                     {"name": "Central Bedfordshire Council", "org": None},
                     {"name": "Bedfordshire Hospitals NHS Foundation Trust", "org": None},
                     {"name": "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "org": None},
                     {"name": "Horizon Health Federation CIC", "org": None}],
        "statutes": [
            {"citation": "National Health Service Act 2006 s.2B", "title": "National Health Service Act",
             "year": 2006, "provision": "section 2B"},
            {"citation": "section 251B of the Health Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012,
             "provision": "section 251B"},
            {"citation": "Health and Social Care (Safety and Quality) Act 2015",
             "title": "Health and Social Care (Safety and Quality) Act", "year": 2015, "provision": None},
            {"citation": "UK GDPR", "title": "UK General Data Protection Regulation", "year": None,
             "provision": "Article 6(1)(e)"},
            {"citation": "Data Protection Act 2018", "title": "Data Protection Act", "year": 2018,
             "provision": "Schedule 1, Part 1, paragraph 2"},
        ],
        "review_date": "2026-03-06", "review_basis": "relative", "commencement_date": "2025-03-06",
        "missing_sections": ["retention", "complaints"],
    },
})

# ===========================================================================
# A9  HMP Chelmsford health and social care needs assessment (DOCX -> PDF, DOC)
# title only in a table; lead given as "Lead commissioner"; no review date;
# stale DPA 1998 beside GDPR; no agreement/signature section, no accuracy section
# ===========================================================================
A9_TITLE = "HMP Chelmsford Health and Social Care Needs Assessment"
A9_PURPOSE = ("Information will be shared between the organisations named in section 2 to allow the "
              "University of Essex research team to carry out a health and social care needs assessment "
              "of the population of HMP Chelmsford, describing the health needs of people in the prison, "
              "how well current services meet them and what should be commissioned in future.")
A9_BLOCKS = [
    T([["DATA SHARING PROTOCOL", ""],
       ["Project", A9_TITLE],
       ["Lead commissioner", "NHS England"],
       ["Commissioning team", "Health and Justice Commissioning, East of England"],
       ["Local partner", "Essex County Council (Public Health and Adult Social Care)"],
       ["Protocol version", "0.9 (final for circulation), 3 August 2021"],
       ["Contact", "Health and Justice Public Health Specialist, NHS England - East of England, Victoria House, Fulbourn, Cambridge"]],
      widths=[4.5, 11.5], header=True),
    SP(0.3),
    H1("1. Purpose of the information sharing"),
    P(A9_PURPOSE),
    P("NHS England is responsible for commissioning healthcare in prisons in England and must assess need "
      "in order to do so. Essex County Council is responsible for assessing and meeting the social care "
      "needs of prisoners in HMP Chelmsford, and for the Joint Strategic Needs Assessment for Essex under "
      "the Local Government and Public Involvement in Health Act 2007. The needs assessment is therefore "
      "undertaken jointly and will inform both organisations' commissioning plans for 2022 to 2025."),
    H1("2. Organisations sharing information"),
    T([["Organisation", "Role in the needs assessment"],
       ["NHS England", "Lead commissioner; funds the assessment; receives the final report"],
       ["Essex County Council", "Co-commissioner for social care and public health; supplies adult "
        "social care assessment data"],
       ["HMP Chelmsford", "Provides population data from the prison's records (age, sentence status, "
        "length of stay, reception and release numbers) and access to staff and prisoners"],
       ["Practice Plus Group Health and Rehabilitation Services Limited", "Healthcare provider in the "
        "prison; supplies extracts from SystmOne Prison"],
       ["The Forward Trust", "Substance misuse service in the prison; supplies treatment data"],
       ["University of Essex", "Carries out the assessment, including surveys and focus groups, under "
        "contract to NHS England"]],
      widths=[6, 10]),
    H1("3. What information will be shared"),
    P("Three kinds of information are covered:"),
    B("Aggregate information. Counts and rates from the prison and from the healthcare and substance "
      "misuse providers, with numbers below five suppressed. This is not personal data and may be shared "
      "freely within the project.",
      "Pseudonymised extracts. A one-off extract from SystmOne Prison of the people in the prison on "
      "1 June 2021 and those received in the preceding twelve months, with name, NHS number and prison "
      "number removed and replaced with a project identifier. The extract contains age band, ethnicity, "
      "long-term conditions (coded), mental health and learning disability flags, medication groups, "
      "appointments attended and missed, and hospital escorts. A matching extract of substance misuse "
      "treatment episodes is supplied by The Forward Trust using the same project identifier.",
      "Survey and focus group data. Collected by the University from prisoners and staff who agree to "
      "take part. Participants are not named in transcripts."),
    P("Essex County Council will supply the number of social care assessments, the outcomes of those "
      "assessments and the types of support provided, without names."),
    H1("4. Legal basis"),
    P("NHS England commissions prison healthcare under section 3B of the National Health Service Act "
      "2006, as amended by the Health and Social Care Act 2012. Essex County Council's duties to prisoners "
      "with care and support needs are in section 76 of the Care Act 2014. The prison shares population "
      "information under the Prison Act 1952 and Prison Service Instructions."),
    P("The sharing will comply with the Data Protection Act 1998 and the General Data Protection "
      "Regulation (GDPR). The legal basis for the pseudonymised extracts is GDPR Article 6(1)(e), and "
      "Article 9(2)(h) for health information. The common law duty of confidence is respected because no "
      "identifiable patient information leaves the healthcare provider. Caldicott Guardian approval has "
      "been obtained from Practice Plus Group for the extract."),
    H1("5. How information will be transferred"),
    P("Pseudonymised extracts will be transferred once, in September 2021, by the providers to the "
      "University's secure research data service using the University's encrypted file transfer system. "
      "Aggregate tables may be sent by email. Interview recordings are uploaded to the University's secure "
      "storage on the day they are made and deleted from the recording device."),
    H1("6. Security"),
    P("The University will hold all data in its secure research data service, accessible only to the four "
      "named members of the research team, each of whom has completed the University's information "
      "security training and, where they enter the prison, HMPPS security vetting. No data will be taken "
      "into or out of the prison on removable media."),
    H1("7. Retention"),
    P("The University will keep pseudonymised extracts and transcripts until the final report is accepted "
      "by NHS England and for twelve months afterwards, and will then destroy them and confirm destruction "
      "in writing. The final report contains aggregate information only and may be kept and published."),
    H1("8. Rights of prisoners and staff"),
    P("Information about the needs assessment will be displayed on the wings and in the healthcare "
      "department, and provided in easy-read form. Participation in surveys and focus groups is voluntary "
      "and can be withdrawn up to two weeks after the interview. Because the extracts are pseudonymised, "
      "the University cannot respond to requests from individuals about them; such requests should be "
      "made to the healthcare provider."),
    H1("9. Complaints"),
    P("Prisoners may raise concerns about the use of their information through the healthcare complaints "
      "process or the prison's complaints system. Others should contact the NHS England Customer Contact "
      "Centre."),
    H1("10. Security incidents"),
    P("Any loss or unauthorised disclosure of project data must be reported immediately to the Health "
      "and Justice Public Health Specialist and to the information governance lead of the organisation "
      "that supplied the data. The University will follow its incident procedure and inform NHS England "
      "within 24 hours."),
    H1("Appendix - Project contacts"),
    T([["Organisation", "Name", "Role"],
       ["NHS England - East of England", "Dr Caroline Achebe", "Health and Justice Public Health Specialist"],
       ["Essex County Council", "Lorraine Pike", "Public Health Consultant, Health and Justice"],
       ["HMP Chelmsford", "Gary Tomlinson", "Head of Healthcare and Residence"],
       ["Practice Plus Group", "Monique Delacroix", "Head of Healthcare, HMP Chelmsford"],
       ["The Forward Trust", "Daniel Okoro", "Service Manager"],
       ["University of Essex", "Dr Hannah Fielding", "Principal Investigator, School of Health and Social Care"]],
      widths=[5, 4.5, 6.5]),
]
AGREEMENTS.append({
    "stem": "hmp_chelmsford_hna_data_sharing_protocol",
    "outputs": [("docx", "word"), ("pdf", "lo"), ("doc", "lo")],
    "blocks": A9_BLOCKS,
    "docx": {"headings": "styled", "hcolour": "003087", "font": "Arial", "size": 10.5,
             "header": "NHS England - Health and Justice - East of England", "footer": "OFFICIAL",
             "author": "Health and Justice", "core_title": "HNA DSP"},
    "truth": {
        "title": A9_TITLE,
        "purpose": A9_PURPOSE,
        "lead": {"name": "NHS England", "org": None},
        "partners": [{"name": "Essex County Council", "org": "Essex County Council"},
                     {"name": "HMP Chelmsford", "org": "HMP Chelmsford"},
                     {"name": "Practice Plus Group Health and Rehabilitation Services Limited", "org": None},
                     {"name": "The Forward Trust", "org": None},
                     {"name": "University of Essex", "org": None}],
        "statutes": [
            {"citation": "Local Government and Public Involvement in Health Act 2007",
             "title": "Local Government and Public Involvement in Health Act", "year": 2007, "provision": None},
            {"citation": "section 3B of the National Health Service Act 2006", "title": "National Health Service Act",
             "year": 2006, "provision": "section 3B"},
            {"citation": "Health and Social Care Act 2012", "title": "Health and Social Care Act", "year": 2012,
             "provision": None},
            {"citation": "section 76 of the Care Act 2014", "title": "Care Act", "year": 2014,
             "provision": "section 76"},
            {"citation": "Prison Act 1952", "title": "Prison Act", "year": 1952, "provision": None},
            {"citation": "Data Protection Act 1998", "title": "Data Protection Act", "year": 1998, "provision": None},
            {"citation": "General Data Protection Regulation (GDPR)", "title": "General Data Protection Regulation",
             "year": None, "provision": "Article 6(1)(e)"},
        ],
        "review_date": None, "review_basis": "none", "commencement_date": None,
        "missing_sections": ["accuracy", "agreement"],
    },
})

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
SECTION_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def _norm(s):
    return re.sub(r"\s+", " ", s).strip()


def self_check(ag):
    text = _norm(block_text(ag["blocks"]) + "\n" + ag.get("extra_text", ""))
    t = ag["truth"]
    problems = []
    for label, val in [("title", t["title"]), ("purpose", t["purpose"])]:
        if _norm(val) not in text:
            problems.append(f"{label} not found")
    if t["lead"] and _norm(t["lead"]["name"]) not in text:
        problems.append("lead not found")
    for p in t["partners"]:
        if _norm(p["name"]) not in text:
            problems.append("partner not found: " + p["name"])
    for s in t["statutes"]:
        if _norm(s["citation"]) not in text:
            problems.append("citation not found: " + s["citation"])
    for m in t["missing_sections"]:
        assert m in SECTION_KEYS, m
    if problems:
        raise SystemExit(ag["stem"] + ": " + "; ".join(problems))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = []
    for ag in AGREEMENTS:
        self_check(ag)
        stem = ag["stem"]
        docx_path = os.path.join(OUT, stem + ".docx")
        made_docx = False
        for fmt, how in ag["outputs"]:
            if fmt == "docx":
                render_docx(ag, docx_path)
                made_docx = True
            elif fmt == "pdf" and how == "rl":
                render_pdf_rl(ag, os.path.join(OUT, stem + ".pdf"))
            elif fmt == "pdf" and how == "lo":
                assert made_docx
                soffice_convert(docx_path, "pdf")
            elif fmt == "doc":
                assert made_docx
                soffice_convert(docx_path, 'doc:MS Word 97')
        for fmt, how in ag["outputs"]:
            t = ag["truth"]
            rec = {"file": f"{stem}.{fmt}", "format": fmt, "title": t["title"], "purpose": t["purpose"],
                   "lead": t["lead"], "partners": t["partners"], "statutes": t["statutes"],
                   "review_date": t["review_date"], "review_basis": t["review_basis"],
                   "commencement_date": t["commencement_date"],
                   "sections_present": [k for k in SECTION_KEYS if k not in t["missing_sections"]],
                   "missing_sections": [k for k in SECTION_KEYS if k in t["missing_sections"]]}
            assert os.path.exists(os.path.join(OUT, rec["file"])), rec["file"]
            truth.append(rec)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(AGREEMENTS)} agreements, {len(truth)} files")


if __name__ == "__main__":
    sys.exit(main())
