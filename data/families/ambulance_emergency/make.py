"""Deterministic generator for the `ambulance_emergency` blind corpus family.

Run:  .venv/bin/python data/families/ambulance_emergency/make.py
Writes files/ and truth.json beside this script.  Uses python-docx, reportlab and
LibreOffice (own profile /tmp/lo_ambulance_emergency) for DOCX->PDF and DOCX->DOC.
"""
import json
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4 as PAGE_A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether,
                                NextPageTemplate, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
PROFILE = "file:///tmp/lo_ambulance_emergency"



# ----------------------------------------------------------------------------- DOCX
def _page_field(par):
    run = par.add_run()
    fld = parse_xml(r'<w:fldSimple %s w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                    % nsdecls("w"))
    par._p.append(fld)
    return run


def _shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), hexcolour)))


def _textbox(par, lines, width_pt=430, height_pt=110):
    """A VML text box holding the given lines (a title kept out of the body flow)."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="%d"/>'
        '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (sz, _esc(t))
        for t, sz in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="width:%dpt;height:%dpt;mso-position-horizontal:center" '
           'strokecolor="#1f4e79" strokeweight="2pt" fillcolor="#eaf1f8">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
           '</w:pict></w:r>') % (nsdecls("w"), width_pt, height_pt, paras)
    par._p.append(parse_xml(xml))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _docx_table(doc, rows, style, head=True, widths=None, shade="D9E2F3", bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        try:
            t.style = style
        except Exception:
            t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(str(val))
            r.font.size = Pt(9.5)
            if (head and i == 0) or (bold_first_col and j == 0):
                r.bold = True
                if head and i == 0 and shade:
                    _shade(c, shade)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def render_docx(ag, path):
    st = ag["docx_style"]
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(st.get("margin", 2.3))
    normal = doc.styles["Normal"]
    normal.font.name = st.get("font", "Calibri")
    normal.font.size = Pt(st.get("size", 11))
    for lvl in (1, 2):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = st.get("hfont", st.get("font", "Calibri"))
        hs.font.color.rgb = RGBColor.from_string(st.get("hcolour", "1F4E79"))
        hs.font.size = Pt(14 if lvl == 1 else 12)

    # running header / footer
    if st.get("different_first"):
        sec.different_first_page_header_footer = True
    hdr = sec.header.paragraphs[0]
    for k, line in enumerate(st.get("header_lines", [])):
        p = hdr if k == 0 else sec.header.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(st.get("header_size", 9))
        r.bold = st.get("header_bold", False)
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "center": WD_ALIGN_PARAGRAPH.CENTER}[st.get("header_align", "right")]
    ftr = sec.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = ftr.add_run(st.get("footer", "") + "   Page ")
    fr.font.size = Pt(8)
    _page_field(ftr)

    for blk in ag["cover_docx"] + ag["body"]:
        _docx_block(doc, blk, st)
    doc.save(path)


def _docx_block(doc, blk, st):
    kind = blk[0]
    if kind == "title":
        p = doc.add_paragraph()
        centre = blk[3] if len(blk) > 3 else True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(blk[1])
        r.bold = True
        r.font.size = Pt(blk[2])
        r.font.color.rgb = RGBColor.from_string(st.get("hcolour", "1F4E79"))
    elif kind == "textbox":
        p = doc.add_paragraph()
        _textbox(p, blk[1])
    elif kind == "h1":
        if st.get("plain_headings"):
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(12)
        else:
            doc.add_heading(blk[1], level=1)
    elif kind == "h2":
        if st.get("plain_headings"):
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.italic = True
        else:
            doc.add_heading(blk[1], level=2)
    elif kind == "p":
        doc.add_paragraph(blk[1])
    elif kind == "small":
        p = doc.add_paragraph()
        r = p.add_run(blk[1])
        r.font.size = Pt(9)
    elif kind == "b":
        for item in blk[1]:
            doc.add_paragraph(item, style="List Bullet")
    elif kind == "n":
        for item in blk[1]:
            doc.add_paragraph(item, style="List Number")
    elif kind == "t":
        opts = blk[2] if len(blk) > 2 else {}
        _docx_table(doc, blk[1], st.get("table_style", "Table Grid"), head=opts.get("head", True),
                    widths=opts.get("widths"), shade=st.get("shade", "D9E2F3"),
                    bold_first_col=opts.get("bold_first_col", False))
    elif kind == "pb":
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif kind == "sp":
        doc.add_paragraph()
    else:
        raise ValueError(kind)


# ----------------------------------------------------------------------------- PDF (reportlab)
def render_pdf_rl(ag, path):
    st = ag["rl_style"]
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName=st.get("font", "Helvetica"),
                          fontSize=st.get("size", 9.5), leading=st.get("size", 9.5) * 1.3,
                          spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10)
    hcol = colors.HexColor(st.get("hcolour", "#005EB8"))
    h1 = ParagraphStyle("h1", parent=base, fontName=st.get("hfont", "Helvetica-Bold"),
                        fontSize=12, leading=15, textColor=hcol, spaceBefore=8, spaceAfter=5)
    h2 = ParagraphStyle("h2", parent=base, fontName=st.get("hfont", "Helvetica-Bold"),
                        fontSize=10, leading=13, textColor=hcol, spaceBefore=5, spaceAfter=3)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    bullet = ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2)

    W, H = PAGE_A4
    lm = rm = 2.0 * cm
    tm, bm = 2.4 * cm, 2.0 * cm
    two_col = st.get("two_columns", False)
    gap = 0.7 * cm
    fw = W - lm - rm

    def deco(canv, doc_):
        canv.saveState()
        if doc_.page > 1 or st.get("header_on_first"):
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(colors.HexColor("#444444"))
            canv.drawString(lm, H - 1.4 * cm, st.get("run_left", ""))
            canv.drawRightString(W - rm, H - 1.4 * cm, st.get("run_right", ""))
            canv.setStrokeColor(hcol)
            canv.setLineWidth(1.2)
            canv.line(lm, H - 1.6 * cm, W - rm, H - 1.6 * cm)
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(lm, 1.2 * cm, st.get("foot_left", ""))
        canv.drawRightString(W - rm, 1.2 * cm, "Page %d" % doc_.page)
        if st.get("band"):
            canv.setFillColor(hcol)
            canv.rect(0, H - 0.5 * cm, W, 0.5 * cm, stroke=0, fill=1)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=PAGE_A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=st.get("pdf_title", ""),
                          author=st.get("pdf_author", ""))
    one = Frame(lm, bm, fw, H - tm - bm, id="one")
    colw = (fw - gap) / 2
    c1 = Frame(lm, bm, colw, H - tm - bm, id="c1")
    c2 = Frame(lm + colw + gap, bm, colw, H - tm - bm, id="c2")
    templates = [PageTemplate(id="single", frames=[one], onPage=deco),
                 PageTemplate(id="double", frames=[c1, c2], onPage=deco)]
    doc.addPageTemplates(templates)

    avail = colw if two_col else fw

    def para(t, style):
        return Paragraph(_esc(t).replace("\n", "<br/>"), style)

    story = []
    in_body = False
    for blk in ag["cover_rl"] + [("__body__",)] + ag["body"]:
        kind = blk[0]
        if kind == "__body__":
            in_body = True
            if two_col:
                story.append(NextPageTemplate("double"))
            story.append(PageBreak())
            continue
        width = avail if in_body else fw
        if kind == "title":
            story.append(Paragraph(_esc(blk[1]), ParagraphStyle(
                "t", parent=base, fontName="Helvetica-Bold", fontSize=blk[2],
                leading=blk[2] * 1.25, textColor=hcol,
                alignment=TA_CENTER if (len(blk) < 4 or blk[3]) else 0, spaceAfter=6)))
        elif kind == "box":
            # a framed box with lines of (text, size)
            inner = [Paragraph(_esc(t), ParagraphStyle("bx", parent=base, fontName="Helvetica-Bold",
                                                       fontSize=sz, leading=sz * 1.25,
                                                       alignment=TA_CENTER, textColor=hcol))
                     for t, sz in blk[1]]
            bt = Table([[inner]], colWidths=[width - 1 * cm])
            bt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, hcol),
                                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF4FA")),
                                    ("TOPPADDING", (0, 0), (-1, -1), 14),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
            story.append(Spacer(1, 3 * cm))
            story.append(bt)
            story.append(Spacer(1, 1 * cm))
        elif kind == "h1":
            story.append(para(blk[1], h1))
        elif kind == "h2":
            story.append(para(blk[1], h2))
        elif kind == "p":
            story.append(para(blk[1], base))
        elif kind == "small":
            story.append(para(blk[1], small))
        elif kind in ("b", "n"):
            for k, item in enumerate(blk[1]):
                story.append(Paragraph(_esc(item), bullet,
                                       bulletText=("\u2022" if kind == "b" else "%d." % (k + 1))))
        elif kind == "t":
            opts = blk[2] if len(blk) > 2 else {}
            rows = blk[1]
            ncol = len(rows[0])
            if opts.get("rl_widths"):
                tot = sum(opts["rl_widths"])
                cw = [width * w / tot for w in opts["rl_widths"]]
            else:
                cw = [width / ncol] * ncol
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(_esc(str(v)), cellb if (i == 0 and opts.get("head", True))
                                       or (j == 0 and opts.get("bold_first_col")) else cell)
                             for j, v in enumerate(row)])
            t = Table(data, colWidths=cw, repeatRows=1 if opts.get("head", True) else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if st.get("boxed", True):
                sty += [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                        ("BOX", (0, 0), (-1, -1), 1.4, hcol)]
            else:
                sty += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999"))]
            if opts.get("head", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.get("thead", "#DCE6F2"))))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "fb":
            story.append(FrameBreak())
        elif kind == "sp":
            story.append(Spacer(1, 12))
        elif kind == "textbox":
            pass
        else:
            raise ValueError(kind)
    doc.build(story)


# ----------------------------------------------------------------------------- LibreOffice
def soffice(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + PROFILE, "--convert-to", fmt,
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = os.path.join("/tmp", "ambulance_emergency_build")
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    truth = []
    for ag in AGREEMENTS:
        stem = ag["stem"]
        formats = ag["formats"]
        docx_path = os.path.join(OUT, stem + ".docx")
        render_docx(ag, docx_path)
        if "pdf" in formats:
            if ag["pdf_via"] == "word":
                soffice(docx_path, "pdf", OUT)
            else:
                render_pdf_rl(ag, os.path.join(OUT, stem + ".pdf"))
        if "doc" in formats:
            soffice(docx_path, "doc", OUT)
        if "docx" not in formats:
            os.remove(docx_path)
        for fmt in ("pdf", "docx", "doc"):
            if fmt in formats:
                rec = {"file": stem + "." + fmt, "format": fmt}
                rec.update(ag["truth"])
                truth.append(rec)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d files" % len(truth))


# ============================================================================ CONTENT
def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def P(name, org=None):
    return {"name": name, "org": org}


EEAST = "East of England Ambulance Service NHS Trust"
AGREEMENTS = []

# ---------------------------------------------------------------------------- 1 EEAST HIU (2019)
A1_TITLE = "High Intensity Users of Emergency Services (Frequent Callers)"
A1_PURPOSE = ("This agreement allows the partner organisations to share information about people "
              "who make a high number of calls to 999, NHS 111 or the police, or who attend "
              "emergency departments frequently, so that a named case manager can agree a single "
              "personalised care plan with the person and reduce avoidable calls, conveyances and "
              "admissions.")
A1 = {
    "stem": "EEAST_IG_ISA_0419_High_Intensity_Users_v1.3",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "word",
    "docx_style": {"font": "Arial", "size": 10.5, "hcolour": "005EB8",
                   "header_lines": [A1_TITLE, "Information Sharing Agreement ISA/0419 v1.3"],
                   "header_align": "right", "header_bold": False,
                   "footer": "EEAST Information Governance | OFFICIAL-SENSITIVE when completed",
                   "table_style": "Table Grid", "shade": "C6D9F1"},
    "cover_docx": [
        ("sp",), ("sp",),
        ("title", "East of England Ambulance Service NHS Trust", 16),
        ("sp",),
        ("title", "INFORMATION SHARING AGREEMENT", 26),
        ("sp",),
        ("t", [["Document reference", "ISA/0419"],
               ["Title", A1_TITLE],
               ["Version", "1.3 (final)"],
               ["Lead organisation", EEAST],
               ["Author", "Kerry Maddox, Information Governance Manager"],
               ["Approved by", "Information Governance Group, 11 April 2019"],
               ["Date agreement comes into effect", "01/05/2019"],
               ["Date of next review", "31/03/2021"],
               ["Protective marking", "OFFICIAL"]], {"head": False, "bold_first_col": True,
                                                     "widths": [5.5, 10]}),
        ("pb",),
        ("h1", "Version control"),
        ("t", [["Version", "Date", "Author", "Changes"],
               ["0.1", "14/11/2018", "K Maddox", "First draft following HIU steering group"],
               ["0.4", "22/01/2019", "K Maddox", "Police and NHS 111 comments added"],
               ["1.0", "04/03/2019", "R Oduya", "Caldicott Guardian comments; DPIA ref added"],
               ["1.2", "28/03/2019", "K Maddox", "Appendix B data items reduced"],
               ["1.3", "11/04/2019", "K Maddox", "Approved at IGG"]]),
        ("h1", "Related documents"),
        ("t", [["Document", "Reference", "Held by"],
               ["Data Protection Impact Assessment", "DPIA-2019-031", EEAST],
               ["HIU Standard Operating Procedure", "SOP/CLIN/112", EEAST],
               ["Multi-agency HIU case conference terms of reference", "HIU-TOR-02", "HIU Steering Group"]]),
        ("pb",),
    ],
    "body": [
        ("h1", "1. Introduction and purpose"),
        ("p", A1_PURPOSE),
        ("p", "A small number of people account for a large share of emergency demand. In most "
              "cases the calls are a sign of unmet need: loneliness, poorly controlled long-term "
              "conditions, mental ill health, alcohol or drug use, or a crisis at home. The High "
              "Intensity Use (HIU) approach pairs each person with one case manager who works with "
              "them and with the services they use. That only works if the services can see the "
              "same picture of calls, attendances and incidents."),
        ("p", "The agreement covers the south and mid Essex area and the Trust's Essex emergency "
              "operations centre (EOC). It does not cover routine referrals made by crews to "
              "GPs or falls services, which have their own agreements."),
        ("h2", "1.1 Objectives"),
        ("b", ["identify people who meet the HIU threshold (five or more 999 calls, or three or more "
               "emergency department attendances, in a calendar month, or 12 in three months);",
               "agree with the person, wherever possible, a single plan held by the case manager;",
               "flag the plan on each partner's system so call handlers and clinicians respond "
               "consistently;",
               "measure the effect on calls, conveyances and admissions using pseudonymised data."]),
        ("h1", "2. Parties to the agreement"),
        ("p", "The Trust leads this agreement and hosts the HIU case management team. The other "
              "parties are listed below. Each party is a controller in its own right for the "
              "information it holds and for the information it receives."),
        ("t", [["Organisation", "Role", "Named contact"],
               [EEAST + " (EEAST)", "Lead; 999 and EOC records; HIU team",
                "Dr Rachel Oduya, Caldicott Guardian"],
               ["Basildon and Thurrock University Hospitals NHS Foundation Trust",
                "Emergency department attendances", "Sam Whitlock, Head of IG"],
               ["Southend University Hospital NHS Foundation Trust", "Emergency department attendances",
                "Joanne Pike, Data Protection Officer"],
               ["Mid Essex Hospital Services NHS Trust", "Emergency department attendances",
                "Martin Crouch, IG Lead"],
               ["Essex Partnership University NHS Foundation Trust (EPUT)",
                "Mental health crisis and community teams", "Amara Singh, IG Manager"],
               ["Integrated Care 24 Limited (IC24)", "NHS 111 call records", "Lucy Farrant, DPO"],
               ["Essex Police", "Calls for service and concern for welfare logs",
                "DI Neil Ashworth, Force Control Room"],
               ["Basildon and Brentwood CCG", "Commissioner; evaluation only", "Paula Greaves"],
               ["Mid Essex CCG", "Commissioner; evaluation only", "Paula Greaves"]]),
        ("h1", "3. What will be shared"),
        ("p", "Only the minimum needed to identify the person, understand the pattern of contact "
              "and deliver the plan. Appendix B lists each data item and who provides it."),
        ("b", ["identifiers: name, date of birth, NHS number, address, telephone numbers used to call;",
               "contact history: date, time, source (999, 111, police, ED) and outcome of each contact;",
               "the agreed plan, including triggers, agreed responses and the case manager's details;",
               "special category data: relevant physical and mental health information, and "
               "information about alcohol or substance use where it drives the calls;",
               "police information about offences only where it bears on the safety of staff."]),
        ("h1", "4. Legal basis"),
        ("p", "Each partner must be satisfied that it has a lawful basis before it shares. For the "
              "public bodies in this agreement the bases are:"),
        ("b", ["General Data Protection Regulation (GDPR) Article 6(1)(e): performance of a task in the "
               "public interest or in the exercise of official authority;",
               "GDPR Article 9(2)(h): provision of health or social care or treatment, and the "
               "management of health systems;",
               "Data Protection Act 2018 (DPA 2018), Schedule 1 Part 1 paragraph 2 (health or social "
               "care purposes) and, for police data, Part 3 of the Act;"]),
        ("p", "The statutory functions relied on are those in the National Health Service Act 2006 "
              "(the duties of NHS bodies to provide services and to co-operate), the Health and "
              "Social Care Act 2012, which added the duty to share information for direct care at "
              "section 251B of the 2006 Act, and, for Essex Police, section 115 of the Crime and "
              "Disorder Act 1998 where the calls involve crime or disorder."),
        ("p", "All sharing must be compatible with the Human Right Act 1998, in particular the right "
              "to respect for private and family life. The common law duty of confidence applies "
              "to health information; it is met because the person is told about the HIU service "
              "and sharing is for their direct care, or because there is an overriding public "
              "interest. The Caldicott principles apply to every disclosure."),
        ("h1", "5. Consent and individuals' rights"),
        ("p", "Case managers will explain the service and seek the person's agreement to take part. "
              "Where a person declines, their information may still be shared between the Trust "
              "and the receiving services for the safety of the person or of staff, but no plan "
              "will be flagged without a documented decision by the HIU clinical lead."),
        ("p", "Individuals may ask any partner for a copy of their information, to have it "
              "corrected, or to object. Requests are handled by the partner that receives them, "
              "which will tell the other partners within five working days where the request "
              "affects information they supplied. Each partner's privacy notice will describe "
              "the HIU service."),
        ("h1", "6. How and when information is shared"),
        ("t", [["Flow", "From", "To", "Method", "Frequency"],
               ["Monthly cohort list", "EEAST", "Acute trusts, EPUT, IC24, Essex Police",
                "nhs.net to nhs.net / pnn secure email, password protected", "Monthly"],
               ["ED attendance counts", "Acute trusts", "EEAST HIU team", "nhs.net", "Monthly"],
               ["Plan and flags", "EEAST HIU team", "All partners", "Secure email; EOC CAD flag",
                "On agreement and on change"],
               ["Case conference notes", "Chair", "Attendees", "Secure email", "As held"],
               ["Evaluation extract", "EEAST", "CCGs", "Pseudonymised spreadsheet", "Quarterly"]]),
        ("h1", "7. Keeping information secure"),
        ("p", "Partners will hold HIU information on systems that meet the Data Security and "
              "Protection Toolkit standard, or the police equivalent. Information will not be sent "
              "by unencrypted email, fax or removable media. Printed case conference papers will be "
              "collected at the end of each meeting and shredded."),
        ("p", "Access is limited to the HIU team, EOC clinicians and the named contacts' teams. Each "
              "partner will remove access when staff leave or change role."),
        ("h1", "8. Accuracy and responsibility"),
        ("p", "The partner that supplies information is responsible for its accuracy. Where a "
              "partner finds an error it will tell the supplier, who will correct its own records "
              "and re-issue the item. The HIU team will check the cohort list against the Personal "
              "Demographics Service before each monthly issue."),
        ("h1", "9. Retention and disposal"),
        ("p", "Cohort lists are deleted by recipients when superseded. Plans are kept for as long as "
              "the person is in the service and then for the period set out in the NHS Records "
              "Management Code of Practice for the recipient's record type. Police records are kept "
              "under the force's review, retention and disposal policy."),
        ("h1", "10. Complaints"),
        ("p", "Complaints about the HIU service or the handling of information are dealt with by the "
              "partner that receives them under its own complaints procedure. Where the complaint "
              "concerns more than one partner, the Trust's Patient Experience team will co-ordinate "
              "a single response."),
        ("h1", "11. Breaches and incidents"),
        ("p", "Any loss or unauthorised disclosure of HIU information must be reported to the "
              "supplying partner's Data Protection Officer within 24 hours of discovery. Each "
              "partner will decide whether to notify the Information Commissioner within 72 hours "
              "and will share the outcome of its investigation with the HIU steering group."),
        ("h1", "12. Commencement, review and termination"),
        ("p", "This agreement comes into effect on 1 May 2019. It will be reviewed by the HIU steering "
              "group by the date in the document control table, or sooner if the law or the service "
              "changes. A partner may withdraw on one month's written notice to the Trust's "
              "Information Governance Manager; information already shared will continue to be "
              "protected under this agreement."),
        ("pb",),
        ("h1", "13. Signatures"),
        ("p", "By signing, each organisation agrees to the terms of this agreement."),
        ("t", [["Organisation", "Name", "Post", "Signature", "Date"],
               [EEAST, "Dr Rachel Oduya", "Caldicott Guardian", "R Oduya", "15/04/2019"],
               ["Basildon and Thurrock University Hospitals NHS Foundation Trust", "Sam Whitlock",
                "Head of Information Governance", "S Whitlock", "17/04/2019"],
               ["Southend University Hospital NHS Foundation Trust", "Joanne Pike",
                "Data Protection Officer", "J Pike", "18/04/2019"],
               ["Mid Essex Hospital Services NHS Trust", "Martin Crouch", "Caldicott Guardian",
                "M Crouch", "23/04/2019"],
               ["Essex Partnership University NHS Foundation Trust (EPUT)", "Amara Singh",
                "Senior Information Risk Owner", "A Singh", "24/04/2019"],
               ["Integrated Care 24 Limited (IC24)", "Lucy Farrant", "Data Protection Officer",
                "L Farrant", "24/04/2019"],
               ["Essex Police", "Supt. Claire Dunmore", "Head of Contact Management", "C Dunmore",
                "26/04/2019"],
               ["Basildon and Brentwood CCG", "Paula Greaves", "Director of Nursing", "P Greaves",
                "29/04/2019"],
               ["Mid Essex CCG", "Paula Greaves", "Director of Nursing", "P Greaves", "29/04/2019"]]),
        ("pb",),
        ("h1", "Appendix A – Legislation and guidance"),
        ("t", [["Reference", "Relevance"],
               ["General Data Protection Regulation (GDPR)", "Articles 6 and 9 conditions"],
               ["Data Protection Act 2018", "Schedule 1 conditions; Part 3 law enforcement"],
               ["National Health Service Act 2006", "NHS functions; s.251B duty to share"],
               ["Health and Social Care Act 2012", "Inserted s.251B"],
               ["Crime and Disorder Act 1998, s.115", "Disclosure to and by police"],
               ["Human Right Act 1998", "Article 8 privacy"],
               ["Caldicott principles (guidance)", "Justify, minimise, need to know"],
               ["Common law duty of confidence (case law)", "Confidential health information"]]),
        ("h1", "Appendix B – Data items"),
        ("t", [["Item", "Supplied by", "Why needed"],
               ["Name, DOB, NHS number", "All", "Matching records"],
               ["Address and call-back numbers", "EEAST, IC24, Police", "Identify the caller"],
               ["Contact date/time/outcome", "All", "Pattern of use"],
               ["Relevant diagnoses", "Acute trusts, EPUT", "Plan content"],
               ["Risk to staff markers", "Essex Police, EEAST", "Staff safety"],
               ["Plan, triggers and responses", "EEAST HIU team", "Consistent response"]]),
    ],
    "truth": {
        "title": A1_TITLE,
        "purpose": A1_PURPOSE,
        "lead": P(EEAST, EEAST),
        "partners": [
            P("Basildon and Thurrock University Hospitals NHS Foundation Trust",
              "Basildon and Thurrock University Hospitals NHS Foundation Trust"),
            P("Southend University Hospital NHS Foundation Trust",
              "Southend University Hospital NHS Foundation Trust"),
            P("Mid Essex Hospital Services NHS Trust", "Mid Essex Hospital Services NHS Trust"),
            P("Essex Partnership University NHS Foundation Trust (EPUT)", None),
            P("Integrated Care 24 Limited (IC24)", None),
            P("Essex Police", "Essex Police"),
            P("Basildon and Brentwood CCG", "Basildon and Brentwood Clinical Commissioning Group"),
            P("Mid Essex CCG", "Mid Essex Clinical Commissioning Group"),
        ],
        "statutes": [
            S("General Data Protection Regulation (GDPR)", "General Data Protection Regulation", None),
            S("Data Protection Act 2018 (DPA 2018)", "Data Protection Act", 2018),
            S("National Health Service Act 2006", "National Health Service Act", 2006),
            S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
            S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998,
              "section 115"),
            S("Human Right Act 1998", "Human Rights Act", 1998),
        ],
        "review_date": "2021-03-31",
        "review_basis": "explicit",
        "commencement_date": "2019-05-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "accuracy", "complaints",
                             "breach", "agreement"],
        "missing_sections": [],
    },
}
AGREEMENTS.append(A1)
# ---------------------------------------------------------------------------- 2 ECC falls (2024)
A2_T1 = "Falls Pick-up, Welfare Response and"
A2_T2 = "Referral to Adult Social Care"
A2_TITLE = A2_T1 + " " + A2_T2
A2_PURPOSE = ("The purpose of this agreement is to let the fire and rescue service and the ambulance "
              "service pass details of people they have helped up after a non-injury fall at home "
              "to the adult social care front door of the council where the person lives, so that "
              "the council can offer a strengths-based conversation, equipment, telecare or "
              "reablement and so reduce the risk of a further fall.")
A2_PARTIES = [
    ["Essex County Council (ECC)", "Responsible organisation; Adult Social Care front door",
     "Helen Marsh, Head of Prevention and Early Help"],
    ["Essex County Fire and Rescue Service (ECFRS)", "Falls response team; Safe and Well visits",
     "Group Manager Tom Hales"],
    ["East of England Ambulance Service NHS Trust (EEAST)", "Crews and clinical hub referrals",
     "Emma Sandhu, Falls Lead"],
    ["Thurrock Council", "Adult Social Care (Thurrock residents)", "Ian Lowe, Service Manager"],
    ["Southend-on-Sea City Council", "Adult Social Care (Southend residents)",
     "Priya Chana, Access Team Manager"],
    ["NHS Mid and South Essex Integrated Care Board", "Commissioner of falls pathway",
     "Dr Mark Ellery, Clinical Director"],
]
A2_BODY = [
    ("h1", "1. WHY WE ARE SHARING"),
    ("p", A2_PURPOSE),
    ("p", "Around a third of people over 65 fall each year. A fall where the person cannot get up "
          "is often the first sign that they need support. Since 2022 ECFRS has run a falls "
          "response team in partnership with EEAST, attending people who have fallen but are not "
          "injured so that an ambulance is not tied up. Crews see the home first-hand, but until "
          "now had no agreed route to tell social care."),
    ("p", "This agreement sets out that route. It replaces the informal email arrangements used "
          "during the pilot in the Chelmsford and Braintree districts."),
    ("h1", "2. WHO IS SIGNED UP"),
    ("t", [["Organisation", "Part played", "Contact"]] + A2_PARTIES, {"rl_widths": [4, 4, 3]}),
    ("p", "Each organisation is a separate controller. There is no joint controllership: ECFRS "
          "and EEAST decide what to refer; the receiving council decides what to do with it."),
    ("h1", "3. THE INFORMATION"),
    ("p", "A referral is made on the agreed Falls Referral Form (Appendix 2). It contains:"),
    ("b", ["name, address, date of birth and NHS number where known;",
           "date and time of the fall and how long the person was on the floor;",
           "who else lives at the property and any carer's details;",
           "observations: home hazards, lighting, stairs, footwear, pendant alarm in use or not;",
           "relevant health information given by the person or observed (special category data);",
           "whether the person agreed to the referral, and if not why it was still made."]),
    ("p", "Crews will not send clinical records, ePCR print-outs or photographs."),
    ("h1", "4. LAWFUL BASIS"),
    ("p", "The councils' duty under Section 2 of the Care Act 2014 to prevent, reduce or delay "
          "needs for care and support is the main reason the sharing is needed. The fire and "
          "rescue service acts under the Fire and Rescue Service Act 2004, section 11 (power to "
          "respond to other eventualities), and the ambulance service under its NHS functions. "
          "Integrated care boards were established under the Health and Care Act 2022."),
    ("p", "For each party the UK GDPR basis is Article 6(1)(e) (public task). Health information is "
          "shared under Article 9(2)(h) with the condition in paragraph 2 of Schedule 1 to the "
          "Data Protection Act 2018. Where a person is at risk of abuse or neglect, the safeguarding "
          "condition in paragraph 18 of that Schedule may apply."),
    ("p", "We will ask for the person's agreement as a matter of good practice and respect for "
          "the common law duty of confidence, not because consent is the lawful basis."),
    ("h1", "5. PEOPLE'S RIGHTS"),
    ("p", "ECFRS and EEAST crews will tell the person that a referral is being made, who it goes "
          "to and why, and will leave a copy of the 'Staying Steady' leaflet, which includes a "
          "privacy summary. People can ask any party for their information, ask for corrections, "
          "or object. The party receiving the request answers it; if it covers another party's "
          "records it will pass the request on within 3 working days."),
    ("h1", "6. HOW INFORMATION MOVES AND IS PROTECTED"),
    ("p", "Referrals are submitted through the ECC Professional Referral Portal by the end of the "
          "shift in which the fall was attended. Thurrock and Southend referrals go to the "
          "councils' secure generic mailboxes from an nhs.net or gcsx-equivalent account. No "
          "referral is sent by text message or personal email."),
    ("p", "All parties hold Cyber Essentials Plus or complete the Data Security and Protection "
          "Toolkit. Laptops and tablets used by crews are encrypted and managed. Access to "
          "referrals in the council's case system follows role-based permissions."),
    ("h1", "7. HOW LONG WE KEEP IT"),
    ("p", "ECFRS and EEAST keep a referral log for 2 years. The councils keep referrals as part of "
          "the adult social care record, normally 8 years after the last contact."),
    ("h1", "8. IF SOMETHING GOES WRONG"),
    ("p", "A party that discovers a data breach involving falls referrals will tell the other "
          "affected parties' Data Protection Officers without delay and in any case within "
          "48 hours, and will lead the investigation if the breach happened in its systems."),
    ("h1", "9. START, REVIEW AND LEAVING"),
    ("p", "This agreement takes effect from 1 October 2024. A party may leave by giving 3 months' "
          "notice to ECC. ECC's Information Governance team will arrange the review."),
    ("h1", "10. SIGN-OFF"),
    ("t", [["For", "Signed by", "Role", "Date"],
           ["Essex County Council", "Nicole Wright", "Executive Director, Adult Social Care",
            "19/09/2024"],
           ["Essex County Fire and Rescue Service", "Rick Hylton", "Director of Prevention",
            "20/09/2024"],
           ["East of England Ambulance Service NHS Trust", "Dr Simon Chaudhry", "Medical Director",
            "24/09/2024"],
           ["Thurrock Council", "Les Billingham", "Director of Adult Social Services", "25/09/2024"],
           ["Southend-on-Sea City Council", "Marion Gibbon", "Executive Director, Adults",
            "26/09/2024"],
           ["NHS Mid and South Essex Integrated Care Board", "Dr Mark Ellery",
            "Clinical Director, Urgent and Emergency Care", "30/09/2024"]],
     {"rl_widths": [4, 3, 4, 2]}),
    ("h1", "APPENDIX 1 - LEGISLATION"),
    ("b", ["Care Act 2014", "Fire and Rescue Service Act 2004", "Health and Care Act 2022",
           "Data Protection Act 2018", "UK GDPR"]),
    ("h1", "APPENDIX 2 - FALLS REFERRAL FORM FIELDS"),
    ("t", [["Field", "Mandatory"], ["Name / DOB / address", "Yes"], ["NHS number", "If known"],
           ["Time on floor", "Yes"], ["Home hazards observed", "Yes"], ["Agreement to refer", "Yes"],
           ["Carer details", "If present"]]),
]
A2 = {
    "stem": "ECC_DSA_Falls_Pickup_Referral_ASC_2024",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "rl_style": {"two_columns": True, "hcolour": "#6A1B9A", "boxed": False,
                 "run_left": "Essex County Council  |  Data Sharing Agreement",
                 "run_right": "Falls pick-up and referral", "foot_left": "OFFICIAL",
                 "pdf_title": "", "pdf_author": "ECC Information Governance"},
    "docx_style": {"font": "Arial", "size": 11, "hcolour": "6A1B9A", "plain_headings": True,
                   "header_lines": ["Essex County Council - Data Sharing Agreement"],
                   "header_align": "left", "footer": "OFFICIAL"},
    "cover_rl": [
        ("sp",), ("sp",),
        ("title", "DATA SHARING AGREEMENT", 14),
        ("sp",),
        ("title", A2_T1, 22), ("title", A2_T2, 22),
        ("sp",), ("sp",),
        ("t", [["Responsible organisation", "Essex County Council"],
               ["Reference", "ECC-DSA-ASC-0917"],
               ["Version", "2.0"],
               ["Approved by", "Nicole Wright, Executive Director, Adult Social Care"],
               ["Review due", "September 2025"],
               ["DPIA", "ECC DPIA 0917 (completed July 2024)"]],
         {"head": False, "bold_first_col": True, "rl_widths": [1, 2]}),
        ("sp",),
        ("small", "Version history: v0.1 pilot terms (Chelmsford/Braintree) Mar 2023; v1.0 Apr 2023; "
                  "v1.1 Thurrock and Southend added Feb 2024; v2.0 county-wide, Sept 2024."),
    ],
    "cover_docx": [
        ("title", "DATA SHARING AGREEMENT", 14),
        ("title", A2_T1, 22), ("title", A2_T2, 22),
        ("sp",),
        ("t", [["Responsible organisation", "Essex County Council"],
               ["Reference", "ECC-DSA-ASC-0917"],
               ["Version", "2.0"],
               ["Approved by", "Nicole Wright, Executive Director, Adult Social Care"],
               ["Review due", "September 2025"],
               ["DPIA", "ECC DPIA 0917 (completed July 2024)"]],
         {"head": False, "bold_first_col": True}),
        ("small", "Version history: v0.1 pilot terms (Chelmsford/Braintree) Mar 2023; v1.0 Apr 2023; "
                  "v1.1 Thurrock and Southend added Feb 2024; v2.0 county-wide, Sept 2024."),
        ("pb",),
    ],
    "body": A2_BODY,
    "truth": {
        "title": A2_TITLE,
        "purpose": A2_PURPOSE,
        "lead": P("Essex County Council", "Essex County Council"),
        "partners": [
            P("Essex County Fire and Rescue Service (ECFRS)", "Essex County Fire and Rescue Service"),
            P("East of England Ambulance Service NHS Trust (EEAST)", EEAST),
            P("Thurrock Council", "Thurrock Council"),
            P("Southend-on-Sea City Council", "Southend Borough Council"),
            P("NHS Mid and South Essex Integrated Care Board", None),
        ],
        "statutes": [
            S("Section 2 of the Care Act 2014", "Care Act", 2014, "section 2"),
            S("Fire and Rescue Service Act 2004, section 11", "Fire and Rescue Services Act", 2004,
              "section 11"),
            S("Health and Care Act 2022", "Health and Care Act", 2022),
            S("UK GDPR", "UK General Data Protection Regulation", None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
        ],
        "review_date": "2025-09-30",
        "review_basis": "explicit",
        "commencement_date": "2024-10-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "format_frequency", "retention", "breach", "agreement"],
        "missing_sections": ["accuracy", "complaints"],
    },
}
AGREEMENTS.append(A2)

# ---------------------------------------------------------------------------- 3 Norfolk MH car (2024)
A3_T1 = "Mental Health Joint Response Car:"
A3_T2 = "Sharing of Patient and Incident Information"
A3_TITLE = A3_T1 + " " + A3_T2
A3_PURPOSE = ("This protocol enables the police, ambulance and mental health staff who crew the "
              "Mental Health Joint Response Car to share, at the scene and afterwards, the "
              "information they need to assess a person in mental health crisis, to decide the "
              "safest place for them to be cared for, and to avoid detention under the Mental "
              "Health Act where an alternative is available.")
A3_SIGS = [
    ["Norfolk Constabulary", "ACC Helen Rickards", "Assistant Chief Constable, Local Policing",
     "02/04/2024"],
    ["Norfolk and Suffolk NHS Foundation Trust", "Dr Imogen Flett", "Caldicott Guardian",
     "28/03/2024"],
    ["East of England Ambulance Service NHS Trust", "Marcus Bell",
     "Deputy Director of Clinical Operations", "27/03/2024"],
    ["NHS Norfolk and Waveney Integrated Care Board", "Jo Lambert", "Director of Mental Health",
     "03/04/2024"],
    ["Norfolk County Council", "James Bullion", "Executive Director, Adult Social Services",
     "05/04/2024"],
]
A3 = {
    "stem": "NorfolkMHJRC_Information_Sharing_Protocol_v2",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "word",
    "docx_style": {"font": "Times New Roman", "size": 11, "hcolour": "000000",
                   "hfont": "Times New Roman",
                   "header_lines": ["Norfolk Mental Health Joint Response Car - ISP v2.0"],
                   "header_align": "center", "footer": "Not protectively marked",
                   "table_style": "Table Grid", "shade": "E7E6E6"},
    "cover_docx": [
        ("title", "Information Sharing Protocol", 13, False),
        ("t", [["Title", A3_T1 + "\n" + A3_T2],
               ["Version", "2.0"],
               ["Commencement date", "1 April 2024"],
               ["Prepared by", "Mental Health Joint Response Car Operational Group"],
               ["Status", "Approved"],
               ["Distribution", "Signatories; Norfolk Constabulary Control Room; EEAST EOC (Norwich)"]],
         {"head": False, "bold_first_col": True, "widths": [4.5, 11]}),
        ("h1", "Document history"),
        ("t", [["Version", "Date", "Summary"],
               ["1.0", "October 2021", "Original protocol for Norwich-based car (weekends only)"],
               ["1.1", "June 2022", "Hours extended; retention clause amended"],
               ["2.0", "March 2024", "Second car for Great Yarmouth and Waveney; ICB joins"]]),
        ("h1", "Contents"),
        ("small", "1 Purpose   2 Scope and parties   3 Information to be shared   4 Legal framework   "
                  "5 Recording and transfer   6 Security   7 Data quality   8 Retention   "
                  "9 Concerns and complaints   10 Incidents   11 Review   12 Signatures"),
        ("pb",),
    ],
    "body": [
        ("h1", "1 Purpose"),
        ("p", A3_PURPOSE),
        ("p", "The car is crewed by a police officer, a paramedic or emergency medical technician "
              "and a mental health practitioner. It is dispatched by the police control room or by the "
              "ambulance emergency operations centre to incidents involving a concern for a person's "
              "mental health, including calls that might otherwise lead to the use of section 136."),
        ("p", "The protocol sits beneath the Norfolk and Waveney Mental Health Crisis Care "
              "Concordat and should be read with the car's Standard Operating Procedure."),
        ("h1", "2 Scope and parties"),
        ("p", "2.1 The protocol applies to all staff who crew, dispatch or supervise the car, and to "
              "the mental health trust's crisis and home treatment teams who receive hand-overs."),
        ("p", "2.2 The parties are:"),
        ("b", [row[0] for row in A3_SIGS]),
        ("p", "2.3 Decisions about the operation of the car are taken jointly through the Operational "
              "Group, which meets monthly. No single party manages the protocol on behalf of the others."),
        ("h1", "3 Information to be shared"),
        ("p", "3.1 At the scene, crew members may share with each other, verbally and through their own "
              "systems:"),
        ("b", ["the person's identity and address, and whether they are known to mental health services;",
               "current care plan, crisis plan, risk history and named care co-ordinator;",
               "relevant physical health information, medication and allergies;",
               "police warning markers and relevant recent incidents;",
               "previous ambulance attendances and conveyances in the last 12 months."]),
        ("p", "3.2 After the incident, the outcome (for example: left at home with plan, conveyed to "
              "a place of safety, referred to crisis team, informal admission, detained) will be "
              "recorded by each party in its own system and shared with the person's GP and care "
              "co-ordinator where this supports their care."),
        ("p", "3.3 Monthly, the Operational Group receives activity data: numbers of incidents, "
              "outcomes, section 136 use avoided and times. This is anonymised."),
        ("h1", "4 Legal framework"),
        ("p", "4.1 The parties rely on:"),
        ("b", ["the Mental Health Act 1983 (section 136 and the related Code of Practice);",
               "the Mental Capacity 2005, where a person may lack capacity to decide about their care;",
               "the Data Protection Act 2018, including Part 3 for the police officer's law "
               "enforcement processing;",
               "the UK General Data Protection Regulation, Articles 6(1)(e) and 9(2)(h);",
               "the Human Rights Act 1998, Articles 2, 5 and 8;",
               "the Care Act 2014, where a safeguarding concern for an adult arises."]),
        ("p", "4.2 The common law duty of confidence is respected by sharing only what is needed at the "
              "time, and by relying on the vital interests of the person or the public interest where "
              "the person cannot or will not agree. Crew members must record the reason for any "
              "sharing without agreement."),
        ("h1", "5 Recording and transfer"),
        ("p", "5.1 Information is shared verbally in the car, by the police officer's Airwave terminal, "
              "and by read-only access to the mental health trust's electronic record from the "
              "practitioner's trust laptop. The paramedic records on the ePCR."),
        ("p", "5.2 Outcome notifications to GPs and care co-ordinators are sent by the mental health "
              "practitioner via nhs.net within one working day."),
        ("h1", "6 Security"),
        ("p", "6.1 Each party's devices are encrypted and managed by that party. Crew members must not "
              "photograph screens or write personal data in the car log book, which is for vehicle "
              "checks only. Screens must be locked whenever the car is unattended."),
        ("h1", "7 Data quality"),
        ("p", "7.1 Each party is responsible for the accuracy of the records it holds. A crew member who "
              "finds information to be wrong or out of date will tell the owning party through the "
              "Operational Group or directly."),
        ("h1", "8 Retention"),
        ("p", "8.1 Records are kept by each party in line with its own retention schedule. Monthly "
              "activity data is kept for 6 years by the ICB for evaluation."),
        ("h1", "9 Concerns and complaints"),
        ("p", "9.1 A person unhappy with how their information was used should contact any of the "
              "parties. The party receiving a complaint will involve the others where needed and "
              "reply within its own complaint timescales."),
        ("h1", "10 Incidents"),
        ("p", "10.1 Information security incidents will be logged on the reporting system of the party "
              "whose staff member was involved (Datix for the NHS parties, the force's own system for "
              "Norfolk Constabulary) and reported to the Operational Group. Serious incidents will be "
              "assessed for notification to the ICO within 72 hours."),
        ("h1", "11 Review"),
        ("p", "11.1 This protocol will be reviewed 12 months after commencement and then every two "
              "years, or earlier if the car's operating model changes. Any party may end its "
              "participation by giving two months' notice to the Operational Group."),
        ("pb",),
        ("h1", "12 Signatures"),
        ("t", [["Organisation", "Name", "Position", "Date"]] + A3_SIGS),
        ("h1", "Annex - Operational contacts"),
        ("t", [["Party", "Contact point"],
               ["Norfolk Constabulary", "Control Room Inspector (24/7)"],
               ["Norfolk and Suffolk NHS Foundation Trust", "Crisis Resolution and Home Treatment, "
                "Hellesdon"],
               ["East of England Ambulance Service NHS Trust", "EOC Clinical Co-ordination Desk"],
               ["NHS Norfolk and Waveney Integrated Care Board", "Mental Health Commissioning Team"],
               ["Norfolk County Council", "Approved Mental Health Professional service"]]),
    ],
    "truth": {
        "title": A3_TITLE,
        "purpose": A3_PURPOSE,
        "lead": None,
        "partners": [P(r[0], EEAST if r[0] == EEAST else None) for r in A3_SIGS],
        "statutes": [
            S("the Mental Health Act 1983 (section 136 and the related Code of Practice)",
              "Mental Health Act", 1983, "section 136"),
            S("the Mental Capacity 2005", "Mental Capacity Act", 2005),
            S("the Data Protection Act 2018", "Data Protection Act", 2018),
            S("the UK General Data Protection Regulation", "UK General Data Protection Regulation", None),
            S("the Human Rights Act 1998", "Human Rights Act", 1998),
            S("the Care Act 2014", "Care Act", 2014),
        ],
        "review_date": "2025-04-01",
        "review_basis": "relative",
        "commencement_date": "2024-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "security",
                             "format_frequency", "retention", "accuracy", "complaints", "breach",
                             "agreement"],
        "missing_sections": ["individual_rights"],
    },
}
AGREEMENTS.append(A3)
# ---------------------------------------------------------------------------- 4 SWASFT co-responding (2016)
SWAST = "South Western Ambulance Service NHS Foundation Trust"
A4_TITLE = "Emergency Medical Response by Fire and Rescue Service Co-Responders"
A4_PURPOSE = ("This Data Sharing Agreement documents how patient and incident information is "
              "exchanged when a fire and rescue service co-responder crew is mobilised by the Trust "
              "to a potentially life-threatening medical emergency (Category A Red 1 and Red 2 "
              "calls), so that the patient receives the earliest possible intervention and the "
              "clinical care given is recorded, handed over and audited.")
A4_FRS = ["Devon and Somerset Fire and Rescue Service", "Dorset and Wiltshire Fire and Rescue Service",
          "Cornwall Fire and Rescue Service", "Gloucestershire Fire and Rescue Service"]
A4_BODY = [
    ("h1", "1. Purpose of the Agreement"),
    ("p", A4_PURPOSE),
    ("p", "Co-responding is a voluntary arrangement. Fire and rescue service staff trained to the "
          "Trust's co-responder standard are dispatched at the same time as the nearest ambulance "
          "resource. They do not replace the ambulance response and hand over to the ambulance "
          "clinician on arrival."),
    ("h2", "1.1 Benefits"),
    ("b", ["earlier defibrillation and basic life support in rural areas;",
           "a consistent clinical record of the care given before the ambulance arrived;",
           "clinical governance and feedback to co-responders, including debriefs after cardiac arrests."]),
    ("h1", "2. Organisations party to this Agreement"),
    ("t", [["Organisation", "Address", "Signatory post"],
           [SWAST, "Abbey Court, Eagle Way, Exeter EX2 7HY", "Director of Operations"],
           [A4_FRS[0], "Service Headquarters, Clyst St George, Exeter", "Assistant Chief Fire Officer"],
           [A4_FRS[1], "Salisbury Fire Station, Salisbury", "Area Manager, Response"],
           [A4_FRS[2], "Tolvaddon, Camborne", "Chief Fire Officer"],
           [A4_FRS[3], "Waterwells Drive, Quedgeley", "Group Manager, Emergency Response"]],
     {"rl_widths": [4, 4, 3]}),
    ("h1", "3. Information to be Shared"),
    ("h2", "3.1 Trust to fire and rescue service"),
    ("b", ["incident location, nature of call, chief complaint and category;",
           "patient age and sex where known; any scene safety or address warning;",
           "call sign of the ambulance resource and estimated time of arrival."]),
    ("h2", "3.2 Fire and rescue service to Trust"),
    ("b", ["co-responder Patient Clinical Record (paper PCR, carbonated copy) including observations, "
           "interventions, defibrillator use and times;",
           "defibrillator event download for every cardiac arrest;",
           "co-responder availability status (by station and crew)."]),
    ("h1", "4. Legal Basis"),
    ("p", "The Trust's functions are provided under the NHS Act 2006 and the Health and Social Care Act "
          "2012. The fire and rescue authorities participate under section 11 of the Fire and Rescue "
          "Services Act 2004, which allows an authority to respond to emergencies other than fires and "
          "road traffic collisions. All parties are Category 1 responders under the Civil Contingences "
          "Act 2004."),
    ("p", "Personal data will be processed in accordance with the Data Protection Act 1998. The relevant "
          "conditions are Schedule 2, paragraph 5 (functions of a public nature) and Schedule 3, "
          "paragraph 8 (medical purposes, undertaken by a health professional or a person owing an "
          "equivalent duty of confidentiality). Co-responders owe that duty to patients under their "
          "contract of service and this agreement."),
    ("p", "The parties will also have regard to the Caldicott principles and to requests received under "
          "the Freedom of Information Act 2000, which will be handled by the party that receives them "
          "after consulting the others."),
    ("h1", "5. Method and Frequency of Exchange"),
    ("t", [["Information", "Method", "Timing"],
           ["Mobilisation details", "Trust CAD to FRS mobilising system (direct link), or by telephone",
            "At time of call"],
           ["Patient Clinical Record", "Top copy handed to ambulance clinician; second copy in sealed "
            "envelope to Trust Clinical Audit by internal post", "Within 7 days"],
           ["Defibrillator download", "Card collected by Trust Community Responder Manager",
            "Within 48 hours of a cardiac arrest"],
           ["Availability", "Co-responder app / telephone to EOC", "Start and end of each period"]],
     {"rl_widths": [3, 5, 2]}),
    ("h1", "6. Data Security"),
    ("p", "Paper PCRs must be kept in the locked vehicle pouch until handed over. Completed copies are "
          "not to be kept at fire stations. Where a PCR is lost, the station manager must inform the "
          "Trust's Information Governance Manager on the same day."),
    ("p", "Electronic exchange between mobilising systems is over the Public Services Network or an "
          "equivalent secured connection approved by both parties' IT security leads."),
    ("h1", "7. Data Quality"),
    ("p", "Co-responders will complete every mandatory field on the PCR. The Trust's Clinical Audit team "
          "will return incomplete records to the fire service lead within 14 days, and the fire service "
          "lead will arrange for them to be corrected and returned."),
    ("h1", "8. Retention"),
    ("p", "The Trust will retain the PCR as part of the patient's health record (8 years for adults; "
          "children until their 25th birthday, or 26th if aged 17 at conclusion of treatment). The fire "
          "and rescue services will not retain patient identifiable information beyond the incident log "
          "entry (location, time, crew), which is retained for 7 years."),
    ("h1", "9. Commencement, Review and Termination"),
    ("p", "This agreement takes effect from 1 April 2016 and will be reviewed by the date shown on the "
          "front sheet. Any party may terminate its participation with 3 months' written notice to the "
          "Trust's Head of Community Responders."),
    ("h1", "10. Signatories"),
    ("t", [["Organisation", "Name", "Post", "Signature / Date"],
           [SWAST, "Neil Le Chevalier", "Director of Operations", "signed 29/03/2016"],
           [A4_FRS[0], "Pete Bond", "Assistant Chief Fire Officer", "signed 30/03/2016"],
           [A4_FRS[1], "Andy Cole", "Area Manager, Response", "signed 31/03/2016"],
           [A4_FRS[2], "Paul Walker", "Chief Fire Officer", "signed 22/03/2016"],
           [A4_FRS[3], "Rob Bailey", "Group Manager, Emergency Response", "signed 24/03/2016"]],
     {"rl_widths": [4, 3, 3, 2.4]}),
    ("h1", "Appendix 1 - Co-responder PCR fields"),
    ("t", [["Section", "Content"], ["Incident", "Date, incident number, location, times"],
           ["Patient", "Name, DOB/age, sex, address"],
           ["Assessment", "ABC, respiratory rate, pulse, SpO2, GCS/AVPU"],
           ["Treatment", "Oxygen, BLS, AED shocks, positioning"],
           ["Handover", "Ambulance clinician name and PIN, time"]], {"rl_widths": [1, 3]}),
]
A4_FRONT = [["Document owner", SWAST],
            ["Version", "3.1"],
            ["Effective from", "1 April 2016"],
            ["Review due", "01/04/2018"],
            ["Approved by", "Information Governance Steering Group, 15 March 2016"],
            ["Author", "Head of Community Responders"],
            ["Supersedes", "Co-responder Information Agreement v2 (2013)"]]
A4 = {
    "stem": "SWASFT_DSA_FRS_CoResponding_v3-1",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "rl_style": {"two_columns": False, "hcolour": "#00703C", "boxed": True, "band": True,
                 "thead": "#D8EFE0",
                 "run_left": "SWASFT - Data Sharing Agreement - FRS Co-Responding",
                 "run_right": "v3.1 March 2016", "foot_left": "Uncontrolled when printed",
                 "pdf_author": "SWASFT"},
    "docx_style": {"font": "Verdana", "size": 10, "hcolour": "00703C",
                   "header_lines": ["South Western Ambulance Service NHS Foundation Trust"],
                   "header_align": "left", "header_bold": True,
                   "footer": "Uncontrolled when printed", "shade": "D8EFE0"},
    "cover_rl": [
        ("title", "South Western Ambulance Service NHS Foundation Trust", 12),
        ("box", [("Data Sharing Agreement", 12), (A4_TITLE, 18)]),
        ("t", [["Item", "Detail"]] + A4_FRONT, {"rl_widths": [1, 2]}),
        ("sp",),
        ("t", [["Version", "Date", "Comment"], ["2.0", "Sep 2013", "Dorset FRS and Wiltshire FRS"],
               ["3.0", "Jan 2016", "Combined Dorset & Wiltshire FRS"],
               ["3.1", "Mar 2016", "Gloucestershire FRS added"]], {"rl_widths": [1, 1, 3]}),
    ],
    "cover_docx": [
        ("title", "Data Sharing Agreement", 12),
        ("textbox", [(A4_TITLE, 32)]),
        ("t", [["Item", "Detail"]] + A4_FRONT),
        ("t", [["Version", "Date", "Comment"], ["2.0", "Sep 2013", "Dorset FRS and Wiltshire FRS"],
               ["3.0", "Jan 2016", "Combined Dorset & Wiltshire FRS"],
               ["3.1", "Mar 2016", "Gloucestershire FRS added"]]),
        ("pb",),
    ],
    "body": A4_BODY,
    "truth": {
        "title": A4_TITLE,
        "purpose": A4_PURPOSE,
        "lead": P(SWAST, None),
        "partners": [P(n, None) for n in A4_FRS],
        "statutes": [
            S("NHS Act 2006", "National Health Service Act", 2006),
            S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
            S("section 11 of the Fire and Rescue Services Act 2004", "Fire and Rescue Services Act",
              2004, "section 11"),
            S("Civil Contingences Act 2004", "Civil Contingencies Act", 2004),
            S("Data Protection Act 1998", "Data Protection Act", 1998),
            S("Freedom of Information Act 2000", "Freedom of Information Act", 2000),
        ],
        "review_date": "2018-04-01",
        "review_basis": "explicit",
        "commencement_date": "2016-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "format_frequency",
                             "security", "accuracy", "retention", "agreement"],
        "missing_sections": ["individual_rights", "complaints", "breach"],
    },
}
AGREEMENTS.append(A4)

# ---------------------------------------------------------------------------- 5 Chelmsford telecare (2023)
A5_TITLE = "Lifeline Community Alarm Service and Ambulance Handover"
A5_PURPOSE = ("Chelmsford City Council's Lifeline service monitors personal alarms, fall detectors and "
              "other telecare sensors for around 4,200 residents. When an alarm is raised and the "
              "resident needs an emergency response, Lifeline operators call 999 and pass the "
              "ambulance service the information held on the resident's Lifeline record. This "
              "agreement covers that handover, and the return of outcome information from the "
              "ambulance service so that Lifeline can update the record and arrange follow-up.")
A5_PARTNERS = [("East of England Ambulance NHS Trust", EEAST),
               ("Essex County Council", "Essex County Council"),
               ("Mid and South Essex NHS Foundation Trust", None),
               ("Provide Community Interest Company", "Provide")]
A5_BODY = [
    ("h1", "Introduction"),
    ("p", "This agreement is led by Chelmsford City Council, which provides the Lifeline service and "
          "will maintain this document on behalf of the signatories. It replaces the 2016 Lifeline "
          "protocol, which was written under the Data Protection Act 1998 and is withdrawn."),
    ("h1", "What the sharing is for"),
    ("p", A5_PURPOSE),
    ("p", "Essex County Council funds Lifeline for people assessed as eligible under its "
          "technology-enabled care offer. Provide delivers community nursing and the Rapid Response "
          "service in mid Essex and receives Lifeline referrals where an ambulance is not needed. "
          "Mid and South Essex NHS Foundation Trust receives information on conveyance to Broomfield "
          "Hospital's emergency department."),
    ("h1", "Information we share"),
    ("t", [["Item", "From", "To", "Notes"],
           ["Resident's name, address, DOB, key safe code", "Lifeline", "EEAST",
            "Key safe code given by phone only, never written"],
           ["Medical conditions, medication, allergies", "Lifeline", "EEAST",
            "As declared by the resident at installation"],
           ["Responders / next of kin", "Lifeline", "EEAST", "Names and numbers"],
           ["DNACPR / ReSPECT form held at home", "Lifeline", "EEAST", "Location of form only"],
           ["Outcome: treated at home, conveyed, referred", "EEAST", "Lifeline",
            "Via EEAST Clinical Hub or crew"],
           ["Conveyance to ED", "EEAST", "Mid and South Essex NHS Foundation Trust",
            "Standard ambulance handover"],
           ["Non-urgent falls / welfare referral", "Lifeline", "Provide", "Rapid Response referral"],
           ["Change in need", "Lifeline", "Essex County Council", "Review of care and support"]]),
    ("h1", "The law we rely on"),
    ("p", "The Council provides Lifeline using its powers under the Care Act 2014 (prevention, "
          "section 2) and the general power of competence. The ambulance service acts under the "
          "National Health Service Act 2006. The UK GDPR bases are:"),
    ("b", ["Article 6(1)(e) public task, and Article 6(1)(d) vital interests where a resident "
           "cannot communicate;",
           "Article 9(2)(h) health and social care, and 9(2)(c) vital interests;",
           "Data Protection Act 2018, Schedule 1, paragraph 2."]),
    ("p", "Where a resident lacks capacity to agree to the sharing, staff will act in their best "
          "interests as set out in the Mental Capacity Act 2005. Sharing is consistent with Article 8 "
          "of the Human Rights Act 1998 because it is necessary to protect health."),
    ("h1", "Residents' rights"),
    ("p", "Residents are given the Lifeline privacy notice at installation and are told that their "
          "information will be given to the ambulance service in an emergency. They may ask to see "
          "their Lifeline record, ask for errors to be corrected, or ask for particular information "
          "not to be shared. A request to the Council is answered within one calendar month."),
    ("h1", "How the handover happens"),
    ("p", "Handover is by recorded telephone call from the Lifeline monitoring centre to the 999 call "
          "handler, and where requested by secure email from lifeline@chelmsford.gov.uk to the EEAST "
          "Clinical Hub nhs.net mailbox. Outcome information is returned the same way, usually within "
          "24 hours. Referrals to Provide are made via the Single Point of Access."),
    ("h1", "Security"),
    ("p", "The monitoring platform is hosted in a UK data centre certified to ISO 27001. Telephone "
          "calls are recorded and the recordings kept for 12 months. Staff complete data protection "
          "training annually. Key safe codes are masked on screen and revealed only to the operator "
          "handling the live alarm."),
    ("h1", "Keeping records"),
    ("p", "Lifeline records are kept for 6 years after the service ends. EEAST and the NHS partners "
          "keep information received as part of the health record under the NHS Records Management "
          "Code of Practice."),
    ("h1", "Complaints"),
    ("p", "Complaints about the Lifeline service go to the Council's corporate complaints team. "
          "Complaints about ambulance care go to the EEAST Patient Experience team. Either may "
          "complain to the Information Commissioner's Office."),
    ("h1", "Data breaches"),
    ("p", "Suspected breaches must be reported to the Council's Data Protection Officer and the "
          "relevant partner's DPO on the day they are found. The organisation where the breach "
          "occurred decides on notification to the ICO and to the resident."),
    ("h1", "Review, variation and ending the agreement"),
    ("p", "The signatories agreed this document on 12 June 2023. It will be reviewed by 30 June 2025, "
          "or sooner if the monitoring platform changes. Any partner may leave on 60 days' notice."),
    ("h1", "Signed on behalf of the partners"),
    ("t", [["Organisation", "Name and post", "Date"],
           ["Chelmsford City Council", "Louise Goodwin, Director of Connected Chelmsford", "12/06/2023"],
           ["East of England Ambulance NHS Trust", "Sarah Garnett, Head of Information Governance",
            "12/06/2023"],
           ["Essex County Council", "Clare Burrell, Head of Technology Enabled Care", "12/06/2023"],
           ["Mid and South Essex NHS Foundation Trust", "Dr Adam Lawrence, Caldicott Guardian",
            "12/06/2023"],
           ["Provide Community Interest Company", "Jenny Soper, Data Protection Officer", "12/06/2023"]]),
]
A5 = {
    "stem": "CCC_Lifeline_Ambulance_Handover_ISA_2023",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "word",
    "docx_style": {"font": "Calibri", "size": 11, "hcolour": "C00000",
                   "header_lines": ["Chelmsford City Council"], "header_align": "right",
                   "footer": "Lifeline ISA - June 2023", "shade": "F2DCDB"},
    "cover_docx": [
        ("sp",), ("sp",),
        ("title", "Information Sharing Agreement", 16),
        ("sp",),
        ("textbox", [(A5_TITLE, 36)]),
        ("sp",), ("sp",),
        ("t", [["Led by", "Chelmsford City Council - Lifeline"],
               ["Partners", "See signature page"],
               ["Owner of this document", "Lifeline Service Manager"],
               ["Version", "1.0 (June 2023)"]], {"head": False, "bold_first_col": True}),
        ("pb",),
    ],
    "body": A5_BODY,
    "truth": {
        "title": A5_TITLE,
        "purpose": A5_PURPOSE,
        "lead": P("Chelmsford City Council", "Chelmsford City Council"),
        "partners": [P(n, o) for n, o in A5_PARTNERS],
        "statutes": [
            S("the Data Protection Act 1998", "Data Protection Act", 1998),
            S("Care Act 2014 (prevention, section 2)", "Care Act", 2014, "section 2"),
            S("National Health Service Act 2006", "National Health Service Act", 2006),
            S("UK GDPR", "UK General Data Protection Regulation", None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
            S("Mental Capacity Act 2005", "Mental Capacity Act", 2005),
            S("Human Rights Act 1998", "Human Rights Act", 1998),
        ],
        "review_date": "2025-06-30",
        "review_basis": "explicit",
        "commencement_date": None,
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "format_frequency", "security", "retention", "complaints", "breach",
                             "agreement"],
        "missing_sections": ["accuracy"],
    },
}
AGREEMENTS.append(A5)
# ---------------------------------------------------------------------------- 6 Essex Resilience Forum (2023)
A6_TITLE = "Casualty, Survivor and Evacuee Information in a Major Incident"
A6_PURPOSE = ("This protocol sets out how Essex Resilience Forum partners will share personal "
              "information about casualties, survivors, evacuees and missing persons during and "
              "after a major incident, so that people are treated and traced, families are "
              "reunited and told what has happened, and those affected are offered humanitarian "
              "assistance.")
A6_PARTNERS = [
    ("Essex Police", "Essex Police"),
    ("East of England Ambulance Service NHS Trust", EEAST),
    ("Essex County Fire & Rescue Service", "Essex County Fire and Rescue Service"),
    ("Mid and South Essex NHS Foundation Trust", None),
    ("East Suffolk and North Essex NHS Foundation Trust", None),
    ("The Princess Alexandra Hospital NHS Trust", "Princess Alexandra Hospital NHS Trust"),
    ("Southend-on-Sea City Council", "Southend Borough Council"),
    ("Thurrock Council", "Thurrock Council"),
    ("UK Health Security Agency", None),
    ("Maritime and Coastguard Agency", None),
    ("British Transport Police", None),
    ("Essex & Herts Air Ambulance Trust", None),
]
A6_BODY = [
    ("h1", "CONTENTS"),
    ("small", "1. INTRODUCTION AND PURPOSE ... 2   2. PARTNERS ... 2   3. INFORMATION COVERED ... 3   "
              "4. LEGAL BASIS ... 3   5. INDIVIDUALS' RIGHTS ... 4   6. HOW INFORMATION WILL BE SHARED ... 4   "
              "7. SECURITY ... 5   8. ACCURACY ... 5   9. RETENTION ... 5   10. SECURITY INCIDENTS ... 5   "
              "11. ADOPTION AND WITHDRAWAL ... 6   ANNEX A. SIGNATORIES ... 6   ANNEX B. LEGISLATION ... 7"),
    ("h1", "1. INTRODUCTION AND PURPOSE"),
    ("p", A6_PURPOSE),
    ("p", "In a major incident, information about people moves fast and between many agencies: "
          "triage labels and casualty clearing station lists from the ambulance service, receiving "
          "hospital lists, police Casualty Bureau records, survivor reception centre and rest centre "
          "registers kept by councils, and lists held by transport operators. The JESIP principles "
          "(co-locate, communicate, co-ordinate, jointly understand risk, shared situational "
          "awareness) depend on it. Partners must not let uncertainty about data protection delay "
          "sharing that saves lives or reunites families."),
    ("p", "This protocol applies when a major incident has been declared by any Category 1 responder "
          "in Essex, and during the recovery phase until the Recovery Co-ordinating Group stands down."),
    ("h1", "2. PARTNERS"),
    ("p", "This protocol is sponsored by Essex County Council on behalf of the Essex Resilience Forum "
          "(ERF). The signatories are the ERF member agencies listed in Annex A. Essex County Council "
          "is itself a signatory."),
    ("h1", "3. INFORMATION COVERED"),
    ("t", [["Category", "Examples", "Usual source"],
           ["Casualty", "Triage category, name (if known), triage label number, destination hospital",
            "EEAST, air ambulance, hospitals"],
           ["Survivor / evacuee", "Name, contact details, address, needs (medication, mobility, pets)",
            "Councils' rest centres and survivor reception centres"],
           ["Missing person", "Description, last known location, enquirer's details",
            "Police Casualty Bureau"],
           ["Deceased", "Body number, location recovered, identification status",
            "Essex Police (Senior Identification Manager)"],
           ["Health protection", "Exposure, decontamination, follow-up required",
            "UK Health Security Agency"]], {"rl_widths": [2, 5, 3]}),
    ("h1", "4. LEGAL BASIS"),
    ("p", "Category 1 and 2 responders have a duty under the Civil Contingencies Act 2004 to co-operate "
          "and share information. The Civil Contingencies Act 2004 (Contingency Planning) Regulations "
          "2005 set out that duty in more detail. Data protection law does not prevent sharing in an "
          "emergency; the Data Protection Act 2018 and the UK GDPR allow it."),
    ("b", ["UK GDPR Article 6(1)(d) vital interests and 6(1)(e) public task;",
           "Article 9(2)(c) vital interests where the person cannot consent, 9(2)(g) substantial "
           "public interest and 9(2)(h) health and social care;",
           "DPA 2018 Schedule 1 paragraph 6 (statutory and government purposes) and paragraph 18 "
           "(safeguarding of children and individuals at risk);",
           "for police processing, Part 3 of the DPA 2018."]),
    ("p", "NHS partners' disclosures are also supported by section 251B of the National Health Service "
          "Act 2006, inserted by the Health and Social Act 2012, for direct care. Government guidance "
          "'Data protection and sharing - guidance for emergency planners and responders' and the "
          "common law duty of confidence apply but are not themselves law."),
    ("h1", "5. INDIVIDUALS' RIGHTS"),
    ("p", "Individuals keep their rights under the UK GDPR. In the response phase it may not be "
          "practicable to give privacy information at the time; partners will publish a joint privacy "
          "notice on the ERF website when an incident is declared and will tell people at rest centres "
          "and survivor reception centres how their information will be used. Subject access requests "
          "will be answered by the partner that holds the record."),
    ("h1", "6. HOW INFORMATION WILL BE SHARED"),
    ("p", "Lists of casualties and evacuees will be passed to the Police Casualty Bureau through the "
          "Casualty Bureau documentation and, where activated, via Resilience Direct. Hospitals will "
          "send receiving hospital lists by nhs.net to the Casualty Bureau at least every two hours "
          "during the response. Councils will send rest centre registers daily, or on request."),
    ("p", "Telephone sharing is acceptable in the response phase; the time, parties and content of "
          "each call must be logged."),
    ("h1", "7. SECURITY"),
    ("p", "Information must be handled at OFFICIAL-SENSITIVE. Paper registers at rest centres must be "
          "kept with the centre manager and collected by the council at close-down. Resilience Direct "
          "groups for an incident are restricted to named users."),
    ("h1", "8. ACCURACY"),
    ("p", "The Casualty Bureau is the single point of truth for the status of a person. Partners will "
          "send corrections to the Casualty Bureau rather than to each other, and will record the "
          "source and time of each item."),
    ("h1", "9. RETENTION"),
    ("p", "Information shared under this protocol will be kept by each partner for as long as needed "
          "for the response, recovery, any public inquiry or inquest, and then in line with its own "
          "retention schedule. Inquiry holds override normal destruction dates."),
    ("h1", "10. SECURITY INCIDENTS"),
    ("p", "A partner that loses information or discloses it wrongly will tell the ERF Secretariat and "
          "the partner whose information it was as soon as practicable, and manage the breach under "
          "its own procedure, including notification to the ICO where required."),
    ("h1", "11. ADOPTION AND WITHDRAWAL"),
    ("p", "This protocol is effective from 15 January 2023 for each partner once its signatory has "
          "signed Annex A. It will be kept under review by the ERF Information Sharing Sub-Group and "
          "after any major incident or exercise in which it is used. A partner may withdraw by writing "
          "to the ERF Secretariat, but not during a declared major incident."),
    ("pb",),
    ("h1", "ANNEX A. SIGNATORIES"),
    ("t", [["Organisation", "Signatory", "Post", "Date"],
           ["Essex County Council", "Mark Carroll", "Chief Executive", "15/01/2023"],
           ["Essex Police", "ACC Andy Prophet", "Assistant Chief Constable", "16/01/2023"],
           ["East of England Ambulance Service NHS Trust", "Nicola Scrivings",
            "Head of Resilience and Specialist Operations", "16/01/2023"],
           ["Essex County Fire & Rescue Service", "Moray Ashford", "Deputy Chief Fire Officer",
            "17/01/2023"],
           ["Mid and South Essex NHS Foundation Trust", "Diane Sarkar", "Chief Nursing Officer",
            "19/01/2023"],
           ["East Suffolk and North Essex NHS Foundation Trust", "Giles Thorpe",
            "Accountable Emergency Officer", "20/01/2023"],
           ["The Princess Alexandra Hospital NHS Trust", "Thom Lafferty", "Chief Operating Officer",
            "20/01/2023"],
           ["Southend-on-Sea City Council", "Joanna Ruffle", "Interim Chief Executive", "23/01/2023"],
           ["Thurrock Council", "Ian Wake", "Director of Public Health", "24/01/2023"],
           ["UK Health Security Agency", "Dr Jorg Hoffmann", "Consultant in Health Protection",
            "24/01/2023"],
           ["Maritime and Coastguard Agency", "Claire Hughes", "Coastal Operations Area Commander",
            "27/01/2023"],
           ["British Transport Police", "Supt Sarah White", "East Area Commander", "30/01/2023"],
           ["Essex & Herts Air Ambulance Trust", "Jane Gurney", "Director of Patient Care",
            "31/01/2023"]], {"rl_widths": [4, 2.6, 3.4, 1.6]}),
    ("h1", "ANNEX B. LEGISLATION AND GUIDANCE REFERRED TO"),
    ("b", ["Civil Contingencies Act 2004",
           "Civil Contingencies Act 2004 (Contingency Planning) Regulations 2005",
           "Data Protection Act 2018 and UK GDPR",
           "National Health Service Act 2006 s.251B",
           "JESIP Joint Doctrine (guidance)",
           "Emergency Preparedness (Cabinet Office guidance)"]),
]
A6 = {
    "stem": "ERF_Protocol_Major_Incident_Casualty_Information_2023",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "rl",
    "rl_style": {"two_columns": False, "hcolour": "#1A3668", "boxed": True, "thead": "#D6DCE4",
                 "run_left": "Essex Resilience Forum - OFFICIAL",
                 "run_right": "Information Sharing Protocol: major incidents",
                 "foot_left": "ERF ISP 04", "pdf_author": "ERF Secretariat"},
    "docx_style": {"font": "Arial", "size": 10.5, "hcolour": "1A3668",
                   "header_lines": ["Essex Resilience Forum - OFFICIAL"], "header_align": "center",
                   "footer": "ERF ISP 04"},
    "cover_rl": [
        ("sp",), ("sp",),
        ("title", "ESSEX RESILIENCE FORUM", 13),
        ("title", "Information Sharing Protocol", 13),
        ("sp",),
        ("title", A6_TITLE, 21),
        ("sp",), ("sp",),
        ("t", [["Sponsoring organisation", "Essex County Council (Emergency Planning and Resilience)"],
               ["ERF reference", "ERF ISP 04"],
               ["Version", "3.0"],
               ["Effective from", "15 January 2023"],
               ["Approved by", "Essex Resilience Forum Strategic Board"],
               ["Handling", "OFFICIAL"]], {"head": False, "bold_first_col": True, "rl_widths": [1, 2]}),
        ("sp",),
        ("t", [["Version", "Date", "Change"],
               ["1.0", "Nov 2015", "Original ERF protocol"],
               ["2.0", "Sep 2018", "Data protection law update"],
               ["3.0", "Dec 2022", "Survivor reception; air ambulance and BTP added"]],
         {"rl_widths": [1, 1, 3]}),
    ],
    "cover_docx": [
        ("title", "ESSEX RESILIENCE FORUM", 13),
        ("title", "Information Sharing Protocol", 13),
        ("title", A6_TITLE, 21),
        ("t", [["Sponsoring organisation", "Essex County Council (Emergency Planning and Resilience)"],
               ["ERF reference", "ERF ISP 04"],
               ["Version", "3.0"],
               ["Effective from", "15 January 2023"],
               ["Approved by", "Essex Resilience Forum Strategic Board"],
               ["Handling", "OFFICIAL"]], {"head": False, "bold_first_col": True}),
        ("t", [["Version", "Date", "Change"],
               ["1.0", "Nov 2015", "Original ERF protocol"],
               ["2.0", "Sep 2018", "Data protection law update"],
               ["3.0", "Dec 2022", "Survivor reception; air ambulance and BTP added"]]),
        ("pb",),
    ],
    "body": A6_BODY,
    "truth": {
        "title": A6_TITLE,
        "purpose": A6_PURPOSE,
        "lead": P("Essex County Council", "Essex County Council"),
        "partners": [P(n, o) for n, o in A6_PARTNERS],
        "statutes": [
            S("Civil Contingencies Act 2004", "Civil Contingencies Act", 2004),
            S("Civil Contingencies Act 2004 (Contingency Planning) Regulations 2005",
              "Civil Contingencies Act 2004 (Contingency Planning) Regulations", 2005),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
            S("UK GDPR", "UK General Data Protection Regulation", None),
            S("section 251B of the National Health Service Act 2006", "National Health Service Act",
              2006, "section 251B"),
            S("Health and Social Act 2012", "Health and Social Care Act", 2012),
        ],
        "review_date": None,
        "review_basis": "none",
        "commencement_date": "2023-01-15",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "format_frequency", "security", "accuracy", "retention", "breach",
                             "agreement"],
        "missing_sections": ["complaints"],
    },
}
AGREEMENTS.append(A6)
# ---------------------------------------------------------------------------- 7 YAS OHCA registry (2024)
YAS = "Yorkshire Ambulance Service NHS Trust"
A7_TITLE = "Out-of-Hospital Cardiac Arrest Outcomes Registry and Hospital Linkage"
A7_PURPOSE = ("The purpose of this agreement is to allow the Trust to collect the survival and "
              "hospital outcome of every patient it attends in out-of-hospital cardiac arrest, and "
              "to submit a defined dataset to the national Out-of-Hospital Cardiac Arrest Outcomes "
              "(OHCAO) registry at the University of Warwick, so that resuscitation care can be "
              "audited, compared and improved.")
A7_PARTNERS = ["University of Warwick", "Sheffield Teaching Hospitals NHS Foundation Trust",
               "Leeds Teaching Hospitals NHS Trust", "Hull University Teaching Hospitals NHS Trust",
               "Yorkshire Air Ambulance"]
A7_BODY = [
    ("h1", "Part A - Background"),
    ("h2", "A1. Why this agreement exists"),
    ("p", A7_PURPOSE),
    ("p", "Yorkshire Ambulance Service NHS Trust (YAS) publishes this agreement as the controller of "
          "the cardiac arrest data it collects. Fewer than one in ten people who have a cardiac arrest "
          "outside hospital survive to go home. Survival depends on early recognition, bystander CPR, "
          "defibrillation and good post-resuscitation care. The ambulance record alone cannot show "
          "whether a patient survived; that needs linkage with the receiving hospital."),
    ("h2", "A2. Scope"),
    ("p", "All patients in Yorkshire and the Humber for whom YAS (or Yorkshire Air Ambulance, working "
          "with YAS) attempted resuscitation or for whom resuscitation was considered, from 1 April "
          "2024. Children are included."),
    ("h1", "Part B - Parties and Roles"),
    ("t", [["Party", "Role under UK GDPR", "Responsible officer"],
           [YAS + " (YAS)", "Controller; collects and submits data", "Caldicott Guardian"],
           ["University of Warwick (Warwick Clinical Trials Unit)", "Controller of the OHCAO registry",
            "OHCAO Registry Lead"],
           ["Sheffield Teaching Hospitals NHS Foundation Trust", "Controller; supplies outcomes",
            "Resuscitation Officer lead"],
           ["Leeds Teaching Hospitals NHS Trust", "Controller; supplies outcomes",
            "Head of Resuscitation Services"],
           ["Hull University Teaching Hospitals NHS Trust", "Controller; supplies outcomes",
            "Information Governance Lead"],
           ["Yorkshire Air Ambulance", "Controller; supplies HEMS records to YAS",
            "Medical Director"]]),
    ("h1", "Part C - The Data"),
    ("p", "The OHCAO dataset is based on the international Utstein template. Appendix 2 lists every "
          "field. In summary:"),
    ("b", ["patient: NHS number, date of birth, sex, postcode (sector only on submission);",
           "arrest: date, time, location type, witnessed status, bystander CPR, public access "
           "defibrillator use;",
           "ambulance care: times, initial rhythm, shocks, airway, drugs, return of spontaneous "
           "circulation (ROSC);",
           "hospital: ED outcome, admission, procedures (PCI, targeted temperature management), "
           "survival to discharge, neurological outcome at discharge;",
           "death: date of death, from NHS Digital / ONS where supplied to the registry."]),
    ("h1", "Part D - Legal Basis"),
    ("p", "Identifiable data flows from hospitals to YAS and from YAS to the registry without consent "
          "under support given by the Secretary of State on the advice of the Confidentiality Advisory "
          "Group under section 251 of the National Health Service Act 2006 and the Health Service "
          "(Control of Patient Information) Regulations 2002 (CAG reference 17/CAG/0019). This sets "
          "aside the common law duty of confidence; it does not provide a UK GDPR basis."),
    ("p", "UK GDPR Article 6(1)(e) and Article 9(2)(i) (public health) and 9(2)(j) (research and "
          "statistics) apply, with Schedule 1 paragraphs 3 and 4 of the DPA 2018. YAS's functions arise "
          "under the NHS Act 2006 as amended by the Health and Social Care Act 2012. Death data from ONS "
          "is provided to the registry under the Statistic and Registration Service Act 2007."),
    ("h1", "Part E - Transfer and Timing"),
    ("p", "Hospitals will return outcome forms to YAS Clinical Audit by nhs.net within 30 days of "
          "YAS sending the patient list. YAS will upload its monthly extract to the registry's secure "
          "web portal using the registry's encryption key, by the 15th of the following month. Yorkshire "
          "Air Ambulance sends copies of its records to YAS the same month."),
    ("h1", "Part F - Security and Incidents"),
    ("p", "Each party will hold data on systems covered by its DSPT submission at 'Standards Met' or "
          "above. The registry holds data in the University's secure research environment, to which "
          "only registry staff have access. Identifiable and clinical data are stored separately and "
          "linked by a registry ID."),
    ("p", "A party that suffers a personal data breach affecting this data will tell the other "
          "affected parties within 24 hours and will notify the ICO within 72 hours where required. "
          "YAS will report the breach to the CAG as a condition of its support."),
    ("h1", "Part G - Data Quality"),
    ("p", "YAS Clinical Audit validates each record before submission. The registry returns a "
          "data-quality report each quarter and YAS will correct errors at source."),
    ("h1", "Part H - Retention"),
    ("p", "YAS and hospitals keep their records under the NHS Records Management Code of Practice. "
          "The registry keeps identifiable data for the duration of its CAG support and no longer "
          "than 5 years after it ends, and keeps pseudonymised data for 20 years."),
    ("h1", "Part I - Patients' Rights, Opting Out and Complaints"),
    ("p", "Patients and families can opt out of the registry by contacting the registry or YAS. The "
          "national data opt-out does not apply to this flow under the CAG conditions, but the "
          "registry will respect any individual objection. Rights of access and rectification are "
          "exercised against the party that holds the record. Complaints may be made to any party "
          "and to the Information Commissioner's Office."),
    ("h1", "Part J - Term, Review and Sign-off"),
    ("p", "This agreement begins on the start date in the document control table and remains in force "
          "while the registry has CAG support. A party may withdraw on 3 months' notice."),
    ("t", [["Signed for", "Name", "Title", "Date"],
           [YAS, "Dr Julian Mark", "Executive Medical Director and Caldicott Guardian", "14/03/2024"],
           ["University of Warwick", "Professor Gavin Perkins", "OHCAO Registry Chief Investigator",
            "18/03/2024"],
           ["Sheffield Teaching Hospitals NHS Foundation Trust", "Dr Harriet Cole", "Caldicott Guardian",
            "20/03/2024"],
           ["Leeds Teaching Hospitals NHS Trust", "Dr Magnus Harrison", "Chief Medical Officer",
            "21/03/2024"],
           ["Hull University Teaching Hospitals NHS Trust", "Dr Sally Pinder", "Caldicott Guardian",
            "22/03/2024"],
           ["Yorkshire Air Ambulance", "Dr Rob Bentley", "Medical Director", "25/03/2024"]]),
    ("pb",),
    ("h1", "Appendix 1 - Legislation"),
    ("t", [["Instrument", "Used for"],
           ["National Health Service Act 2006, s.251", "Support to set aside confidentiality"],
           ["Health Service (Control of Patient Information) Regulations 2002", "Regulation 5"],
           ["Health and Social Care Act 2012", "Amendments to the 2006 Act"],
           ["Data Protection Act 2018 / UK GDPR", "Lawful basis and conditions"],
           ["Statistic and Registration Service Act 2007", "ONS death registration data"]]),
    ("h1", "Appendix 2 - Dataset (summary)"),
    ("t", [["Group", "Fields"],
           ["Demographics", "NHS number, DOB, sex, postcode sector, ethnicity"],
           ["Utstein core", "Witnessed, bystander CPR, PAD, first rhythm, aetiology"],
           ["Ambulance", "Call, arrival, CPR start, first shock, ROSC times; drugs; airway"],
           ["Hospital", "ED outcome, admission ward, PCI, TTM, discharge, CPC/mRS"],
           ["Death", "Date of death (ONS)"]]),
]
A7 = {
    "stem": "YAS_DSA_OHCAO_Registry_Linkage_v2-0",
    "formats": ["pdf", "docx", "doc"],
    "pdf_via": "word",
    "docx_style": {"font": "Calibri", "size": 10.5, "hcolour": "005EB8", "different_first": False,
                   "header_lines": ["Data Sharing Agreement", A7_TITLE],
                   "header_align": "left", "header_size": 8.5,
                   "footer": "YAS Clinical Audit / Information Governance", "shade": "DEEAF6"},
    "cover_docx": [
        ("title", "Yorkshire Ambulance Service NHS Trust", 12, False),
        ("sp",), ("sp",),
        ("title", "Data Sharing Agreement", 28, False),
        ("sp",),
        ("t", [["Document control", ""],
               ["Reference", "YAS-DSA-CA-07"],
               ["Version", "2.0"],
               ["Start date", "01/04/2024"],
               ["Review date", "March 2027"],
               ["Approved by", "Information Governance Working Group"],
               ["Author", "Clinical Audit Manager"],
               ["DPIA", "YAS DPIA 2023-44"]], {"widths": [5, 10]}),
        ("t", [["Version", "Date", "Description"],
               ["1.0", "02/2019", "First agreement (Sheffield and Leeds)"],
               ["1.1", "06/2021", "Hull University Teaching Hospitals added"],
               ["2.0", "03/2024", "Yorkshire Air Ambulance added; CAG renewal"]]),
        ("pb",),
    ],
    "body": A7_BODY,
    "truth": {
        "title": A7_TITLE,
        "purpose": A7_PURPOSE,
        "lead": P(YAS, None),
        "partners": [P(n, None) for n in A7_PARTNERS],
        "statutes": [
            S("section 251 of the National Health Service Act 2006", "National Health Service Act",
              2006, "section 251"),
            S("the Health Service (Control of Patient Information) Regulations 2002",
              "Health Service (Control of Patient Information) Regulations", 2002),
            S("UK GDPR", "UK General Data Protection Regulation", None),
            S("DPA 2018", "Data Protection Act", 2018),
            S("Health and Social Care Act 2012", "Health and Social Care Act", 2012),
            S("the Statistic and Registration Service Act 2007", "Statistics and Registration Service Act",
              2007),
        ],
        "review_date": "2027-03-31",
        "review_basis": "explicit",
        "commencement_date": "2024-04-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "format_frequency",
                             "security", "breach", "accuracy", "retention", "individual_rights",
                             "complaints", "agreement"],
        "missing_sections": [],
    },
}
AGREEMENTS.append(A7)

# ---------------------------------------------------------------------------- 8 safeguarding referrals (2023)
A8_T1 = "Safeguarding Referrals from Ambulance Clinicians"
A8_T2 = "to Local Authority Adult and Children's Services"
A8_TITLE = A8_T1 + " " + A8_T2
A8_PURPOSE = ("This agreement is in place so that when an ambulance clinician or call handler has "
              "reasonable cause to suspect that a child, or an adult with care and support needs, is "
              "experiencing or at risk of abuse or neglect, a safeguarding referral can be made to the "
              "local authority where the person lives, and so that the local authority can tell the "
              "referrer what has happened to the referral.")
A8_PARTIES = [
    (EEAST, EEAST),
    ("Essex County Council", "Essex County Council"),
    ("Hertfordshire County Council", None),
    ("Norfolk County Council", None),
    ("Suffolk County Council", None),
    ("Cambridgeshire County Council", None),
    ("Peterborough City Council", None),
    ("Bedford Borough Council", None),
    ("Luton Borough Council", None),
    ("Southend-on-Sea City Council", "Southend Borough Council"),
    ("Thurrock Council", "Thurrock Council"),
    ("Hertfordshire Partnership University NHS Foundation Trust",
     "Hertfordshire Partnership University NHS Foundation Trust"),
]
A8_SIGN = [
    [EEAST, "Melissa Dowdeswell", "Director of Nursing and Named Professional", "02/10/2023"],
    ["Essex County Council", "Peter Fairley", "Director, Strategy, Policy and Integration",
     "04/10/2023"],
    ["Hertfordshire County Council", "Chris Badger", "Director of Adult Care Services", "05/10/2023"],
    ["Norfolk County Council", "Sara Tough", "Executive Director, Children's Services", "09/10/2023"],
    ["Suffolk County Council", "Georgia Chimbani", "Director of Adult Social Care", "09/10/2023"],
    ["Cambridgeshire County Council", "Patrick Warren-Higgs", "Executive Director, Adults, Health "
     "and Commissioning", "11/10/2023"],
    ["Peterborough City Council", "Debbie McQuade", "Director of Adult Social Care", "11/10/2023"],
    ["Bedford Borough Council", "Colin Foster", "Director of Children's Services", "12/10/2023"],
    ["Luton Borough Council", "Maud O'Leary", "Service Director, Adult Social Care", "13/10/2023"],
    ["Southend-on-Sea City Council", "Michael Marks", "Director of Children's Services", "16/10/2023"],
    ["Thurrock Council", "Ceri Armstrong", "Strategic Lead, Adult Social Care", "17/10/2023"],
    ["Hertfordshire Partnership University NHS Foundation Trust", "Jacqui Lea",
     "Head of Safeguarding", "18/10/2023"],
]
A8_BODY = [
    ("h1", "1  Introduction"),
    ("p", A8_PURPOSE),
    ("p", "East of England Ambulance Service NHS Trust makes over 14,000 safeguarding referrals a year "
          "across the six counties it serves. Until 2023 each local authority had its own referral "
          "form, mailbox and feedback arrangement. This agreement brings these into a single framework "
          "so that crews and the Safeguarding Referral Hub use one process whichever council area they "
          "are in."),
    ("p", "Hertfordshire Partnership University NHS Foundation Trust is a party because it hosts the "
          "Hertfordshire adult safeguarding referral desk on behalf of Hertfordshire County Council."),
    ("h1", "2  Parties"),
    ("p", "The parties to this agreement are the organisations that sign Section 9. Each is an "
          "independent controller. None acts as a processor for another."),
    ("h1", "3  Information shared"),
    ("h2", "3.1 Ambulance service to local authority"),
    ("b", ["the person's name, date of birth, address and, where known, NHS number;",
           "names of other people at the address, including children, and their relationship;",
           "the nature of the concern, what was seen and heard, and any disclosure made;",
           "the person's views and wishes, and whether they agreed to the referral;",
           "capacity: whether the clinician considered the person able to decide about the referral;",
           "relevant health information and the incident number."]),
    ("h2", "3.2 Local authority to ambulance service"),
    ("b", ["acknowledgement of receipt and the outcome of the referral (for example: no further "
           "action, information and advice, section 42 enquiry, strategy discussion, child in need "
           "assessment);",
           "requests for further information from the referrer."]),
    ("h1", "4  Legal basis"),
    ("p", "Referrals about adults are made under section 42 of the Care Act 2014, which requires the "
          "local authority to make enquiries, and the duty to co-operate in section 6 of that Act. "
          "Referrals about children support the local authority's duties under the Children Acts 1989 "
          "and 2004, including section 47 enquiries and the duty in section 11 of the 2004 Act on NHS "
          "bodies to safeguard and promote the welfare of children."),
    ("p", "The lawful basis under the UK GDPR is Article 6(1)(e). Special category data is shared under "
          "Article 9(2)(h) and 9(2)(b), relying on the safeguarding condition in paragraph 18 of "
          "Schedule 1 to the Data Protection Act 2018. Where consent is not given, sharing is still "
          "lawful where it is necessary and proportionate. Decisions about capacity follow the Mental "
          "Capacity Act 2005. The Human Rights Act 1998 requires any interference with privacy to be "
          "proportionate. The common law duty of confidence and the Caldicott principles (including "
          "the seventh: the duty to share can be as important as the duty to protect confidentiality) "
          "guide clinicians' judgement."),
    ("h1", "5  Rights of individuals"),
    ("p", "People referred are told by the clinician that a referral is being made unless doing so "
          "would increase the risk to them or to others. Both the Trust's and each council's privacy "
          "notices describe safeguarding referrals. Requests for access or correction are handled by "
          "the party that receives them, and referral records may be withheld where disclosure would "
          "be likely to cause serious harm."),
    ("h1", "6  Security and retention"),
    ("p", "Referrals are made through the Trust's electronic safeguarding referral system and sent to "
          "each council's designated secure mailbox. Councils will not forward referrals outside their "
          "safeguarding teams except as part of an enquiry. All parties maintain DSPT or equivalent "
          "assurance."),
    ("p", "The Trust keeps safeguarding referrals for 8 years (adults) or until the child's 25th "
          "birthday, and longer where a child protection plan was made. Councils keep referrals under "
          "their social care retention schedules."),
    ("h1", "7  Concerns, complaints and breaches"),
    ("p", "Complaints about a referral are handled by the party that receives the complaint, which "
          "will involve the other party where needed. Any suspected breach of this agreement or loss "
          "of referral information is reported to the other party's Data Protection Officer within "
          "24 hours of discovery, and the party responsible decides on notification to the ICO."),
    ("h1", "8  Commencement and review"),
    ("p", "This agreement commences on 1 October 2023. It will be reviewed two years from the "
          "commencement date, or earlier if statutory guidance changes. A party may withdraw on three "
          "months' written notice to the other parties."),
    ("h1", "9  Signatories"),
    ("t", [["Party", "Name", "Post", "Date"]] + A8_SIGN, {"rl_widths": [4, 2.6, 3.8, 1.6]}),
    ("h1", "Appendix - Referral contact points"),
    ("t", [["Local authority", "Adults", "Children"],
           ["Essex County Council", "Adult Social Care Safeguarding", "Children and Families Hub"],
           ["Hertfordshire County Council", "HPFT referral desk", "Children's Services Customer Service Centre"],
           ["Norfolk County Council", "Adult Social Services", "Children's Advice and Duty Service"],
           ["Suffolk County Council", "Customer First", "Customer First"],
           ["Cambridgeshire County Council / Peterborough City Council", "Adult Early Help", "Integrated Front Door"],
           ["Bedford Borough Council", "Adult Safeguarding Team", "Multi-Agency Safeguarding Hub"],
           ["Luton Borough Council", "Access and Assessment", "Multi-Agency Safeguarding Hub"],
           ["Southend-on-Sea City Council", "Access Team", "Children's Advice and Support Hub"],
           ["Thurrock Council", "Adult Community Services", "Multi-Agency Safeguarding Hub"]],
     {"rl_widths": [4, 3, 3]}),
]
A8 = {
    "stem": "EEAST_Safeguarding_Referrals_LA_Agreement_2023",
    "formats": ["pdf", "docx"],
    "pdf_via": "rl",
    "rl_style": {"two_columns": False, "hcolour": "#00843D", "boxed": False,
                 "run_left": "Eastern region ambulance safeguarding referrals", "run_right": "OFFICIAL",
                 "foot_left": "Version 1.0 - October 2023", "pdf_author": ""},
    "docx_style": {"font": "Arial", "size": 10.5, "hcolour": "00843D",
                   "header_lines": ["OFFICIAL"], "header_align": "right",
                   "footer": "Version 1.0 - October 2023"},
    "cover_rl": [
        ("sp",), ("sp",), ("sp",),
        ("title", "INFORMATION SHARING AGREEMENT", 12),
        ("sp",),
        ("title", A8_T1, 22), ("title", A8_T2, 16),
        ("sp",), ("sp",),
        ("t", [["Version", "Status", "Date"], ["1.0", "Final", "October 2023"]],
         {"rl_widths": [1, 1, 1]}),
        ("sp",),
        ("small", "Agreed by the East of England Ambulance Service NHS Trust and the local authorities "
                  "listed in Section 9."),
    ],
    "cover_docx": [
        ("title", "INFORMATION SHARING AGREEMENT", 12),
        ("title", A8_T1, 22), ("title", A8_T2, 16),
        ("t", [["Version", "Status", "Date"], ["1.0", "Final", "October 2023"]]),
        ("small", "Agreed by the East of England Ambulance Service NHS Trust and the local authorities "
                  "listed in Section 9."),
        ("pb",),
    ],
    "body": A8_BODY,
    "truth": {
        "title": A8_TITLE,
        "purpose": A8_PURPOSE,
        "lead": None,
        "partners": [P(n, o) for n, o in A8_PARTIES],
        "statutes": [
            S("section 42 of the Care Act 2014", "Care Act", 2014, "section 42"),
            S("the Children Acts 1989 and 2004", "Children Act", 1989),
            S("the Children Acts 1989 and 2004", "Children Act", 2004),
            S("UK GDPR", "UK General Data Protection Regulation", None),
            S("Data Protection Act 2018", "Data Protection Act", 2018),
            S("the Mental Capacity Act 2005", "Mental Capacity Act", 2005),
            S("The Human Rights Act 1998", "Human Rights Act", 1998),
        ],
        "review_date": "2025-10-01",
        "review_basis": "relative",
        "commencement_date": "2023-10-01",
        "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights",
                             "security", "retention", "complaints", "breach", "agreement"],
        "missing_sections": ["format_frequency", "accuracy"],
    },
}
AGREEMENTS.append(A8)

if __name__ == "__main__":
    main()
