#!/usr/bin/env python3
"""Generator for the children_care_adoption blind corpus family.

Run from the repository root: .venv/bin/python data/families/children_care_adoption/make.py
Writes files/ and truth.json beside this script. No network.


A document is a dict with 'blocks', a list of tuples:
  ("cover", [ (text, size, bold, align) ... ])   large cover lines
  ("h", level, text)                             heading
  ("p", text)                                    paragraph
  ("pb", text)                                   bold paragraph
  ("b", [items])                                 bullet list
  ("t", rows, widths)                            table, first row is a header row
  ("tk", rows, widths)                           key/value table (no header shading)
  ("textbox", [lines])                           framed text box (VML in Word, box in PDF)
  ("br",)                                        page break
"""
import datetime
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4 as PAGE_A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, NextPageTemplate, FrameBreak)

FIXED = datetime.datetime(2024, 1, 1, 9, 0, 0)

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- Word ------
def _add_field(run, instr):
    f1 = parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    it = parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    f2 = parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    t = parse_xml(r'<w:t %s>1</w:t>' % nsdecls("w"))
    f3 = parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def _textbox(paragraph, lines, width_pt=430, height_pt=110):
    inner = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="%d"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (sz * 2, _esc(txt)) for txt, sz in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="tb1" type="#_x0000_t202" style="width:%dpt;height:%dpt" stroked="t" strokecolor="#003A70" strokeweight="1.5pt">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), width_pt, height_pt, inner))
    paragraph._p.append(parse_xml(xml))


def render_docx(doc, path):
    st = doc.get("style", {})
    d = Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = st.get("author", "Information Governance")
    cp.author = st.get("author", "Information Governance")
    cp.title = ""
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = st.get("font", "Calibri")
    normal.font.size = Pt(st.get("size", 11))
    rpr = normal.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is not None:
        rf.set(qn("w:eastAsia"), st.get("font", "Calibri"))
    for lvl in (1, 2, 3):
        hs = d.styles["Heading %d" % lvl]
        hs.font.name = st.get("hfont", st.get("font", "Calibri"))
        hs.font.color.rgb = RGBColor.from_string(st.get("hcolor", "1F3864"))
        hs.font.size = Pt({1: 14, 2: 12, 3: 11}[lvl])
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(st.get("margin", 2.3))
    if st.get("cover_first_page_blank_header"):
        sec.different_first_page_header_footer = True
    if st.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = st["header"]
        hp.alignment = ALIGN[st.get("header_align", "r")]
        for r in hp.runs:
            r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = ALIGN[st.get("footer_align", "c")]
    r = fp.add_run(st.get("footer", "") + ("    " if st.get("footer") else ""))
    r.font.size = Pt(8)
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    _add_field(r, "PAGE")
    if st.get("page_of"):
        r = fp.add_run(" of ")
        r.font.size = Pt(8)
        r = fp.add_run()
        r.font.size = Pt(8)
        _add_field(r, "NUMPAGES")

    heading_mode = st.get("headings", "word")  # word | bold
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "cover":
            for txt, size, bold, al in blk[1]:
                p = d.add_paragraph()
                p.alignment = ALIGN[al]
                run = p.add_run(txt)
                run.bold = bold
                run.font.size = Pt(size)
        elif kind == "h":
            lvl, txt = blk[1], blk[2]
            if heading_mode == "word":
                d.add_heading(txt, level=lvl)
            else:
                p = d.add_paragraph()
                run = p.add_run(txt)
                run.bold = True
                run.font.size = Pt({1: 13, 2: 11.5, 3: 11}[lvl])
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
        elif kind == "p":
            p = d.add_paragraph(blk[1])
            if st.get("justify"):
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "pb":
            p = d.add_paragraph()
            p.add_run(blk[1]).bold = True
        elif kind == "b":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind in ("t", "tk"):
            rows, widths = blk[1], blk[2]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            if widths:
                tb.autofit = False
                scale = 16.0 / sum(widths)
                widths = [w * scale for w in widths]
                for j, w in enumerate(widths):
                    tb.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = tb.cell(i, j)
                    c.text = ""
                    para = c.paragraphs[0]
                    run = para.add_run(val)
                    run.font.size = Pt(st.get("tsize", 9.5))
                    if (kind == "t" and i == 0) or (kind == "tk" and j == 0):
                        run.bold = True
                        _shade(c, st.get("tshade", "D9E2F3"))
                    if widths:
                        c.width = Cm(widths[j])
            d.add_paragraph()
        elif kind == "textbox":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _textbox(p, blk[1])
        elif kind == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)
    _fix_zip(path)


def _fix_zip(path):
    """Rewrite the package with fixed timestamps so that the output is byte-for-byte repeatable."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ----------------------------------------------------------- reportlab ------
def render_pdf(doc, path):
    st = doc.get("style", {})
    font = st.get("rl_font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    base = ParagraphStyle("base", fontName=font, fontSize=st.get("rl_size", 9.5),
                          leading=st.get("rl_size", 9.5) * 1.3, spaceAfter=5,
                          alignment=TA_JUSTIFY if st.get("justify") else TA_LEFT)
    hcol = colors.HexColor("#" + st.get("hcolor", "1F3864"))
    hs = {1: ParagraphStyle("h1", parent=base, fontName=bold, fontSize=12.5, leading=15, spaceBefore=9,
                            spaceAfter=5, textColor=hcol, alignment=TA_LEFT),
          2: ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=6,
                            spaceAfter=3, textColor=hcol, alignment=TA_LEFT),
          3: ParagraphStyle("h3", parent=base, fontName=bold, fontSize=10, leading=12, alignment=TA_LEFT)}
    cell = ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10, spaceAfter=0, alignment=TA_LEFT)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)
    bullet = ParagraphStyle("bul", parent=base, leftIndent=12, bulletIndent=3)
    two = st.get("columns", 1) == 2
    W, H = PAGE_A4
    lm = 1.8 * cm
    fw = W - 2 * lm
    gap = 0.7 * cm
    colw = (fw - gap) / 2 if two else fw

    def onpage(c, d):
        n = c.getPageNumber()
        c.saveState()
        if n > 1 or not st.get("rl_plain_first"):
            c.setFont(font, 7.5)
            c.setFillColor(colors.HexColor("#444444"))
            if st.get("rl_header"):
                c.drawString(lm, H - 1.1 * cm, st["rl_header"])
            if st.get("rl_header_right"):
                c.drawRightString(W - lm, H - 1.1 * cm, st["rl_header_right"])
            c.setStrokeColor(hcol)
            c.setLineWidth(0.8)
            c.line(lm, H - 1.3 * cm, W - lm, H - 1.3 * cm)
        c.setFont(font, 7.5)
        c.setFillColor(colors.black)
        c.drawString(lm, 1.0 * cm, st.get("footer", ""))
        c.drawRightString(W - lm, 1.0 * cm, "Page %d" % n)
        c.restoreState()

    dt = BaseDocTemplate(path, pagesize=PAGE_A4, leftMargin=lm, rightMargin=lm, topMargin=1.8 * cm,
                         bottomMargin=1.8 * cm, invariant=1, title="", author=st.get("author", ""))
    full = Frame(lm, 1.8 * cm, fw, H - 3.6 * cm, id="full")
    templates = [PageTemplate(id="cover", frames=[full], onPage=onpage)]
    if two:
        f1 = Frame(lm, 1.8 * cm, colw, H - 3.6 * cm, id="c1")
        f2 = Frame(lm + colw + gap, 1.8 * cm, colw, H - 3.6 * cm, id="c2")
        templates.append(PageTemplate(id="body", frames=[f1, f2], onPage=onpage))
    else:
        templates.append(PageTemplate(id="body", frames=[full], onPage=onpage))
    dt.addPageTemplates(templates)

    story = []
    in_body = False
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "cover":
            for txt, size, b, al in blk[1]:
                ps = ParagraphStyle("cv", parent=base, fontName=bold if b else font, fontSize=size,
                                    leading=size * 1.25, spaceAfter=size * 0.5,
                                    alignment={"l": TA_LEFT, "c": TA_CENTER, "r": 2}[al])
                story.append(Paragraph(_esc(txt) if txt else "&nbsp;", ps))
        elif kind == "h":
            story.append(Paragraph(_esc(blk[2]), hs[blk[1]]))
        elif kind == "p":
            story.append(Paragraph(_esc(blk[1]), base))
        elif kind == "pb":
            story.append(Paragraph(_esc(blk[1]), ParagraphStyle("pb", parent=base, fontName=bold)))
        elif kind == "b":
            for it in blk[1]:
                story.append(Paragraph(_esc(it), bullet, bulletText="\u2022"))
        elif kind in ("t", "tk"):
            rows, widths = blk[1], blk[2]
            avail = (fw if not in_body else colw)
            if blk[0] == "t" and len(blk) > 3 and blk[3] == "full":
                avail = fw
            tot = sum(widths) if widths else len(rows[0])
            ws = [avail * (w / tot) for w in (widths or [1] * len(rows[0]))]
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(_esc(v), cellb if ((kind == "t" and i == 0) or (kind == "tk" and j == 0)) else cell)
                             for j, v in enumerate(row)])
            tbl = Table(data, colWidths=ws, repeatRows=1 if kind == "t" else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BOX", (0, 0), (-1, -1), 1.2, hcol)]
            shade = colors.HexColor("#" + st.get("tshade", "D9E2F3"))
            if kind == "t":
                sty.append(("BACKGROUND", (0, 0), (-1, 0), shade))
            else:
                sty.append(("BACKGROUND", (0, 0), (0, -1), shade))
            tbl.setStyle(TableStyle(sty))
            story.append(tbl)
            story.append(Spacer(1, 6))
        elif kind == "textbox":
            data = [[Paragraph(_esc(t), ParagraphStyle("tb", parent=base, fontName=bold, fontSize=s,
                                                       leading=s * 1.25, alignment=TA_CENTER))] for t, s in blk[1]]
            tbl = Table(data, colWidths=[fw * 0.85])
            tbl.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, hcol), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            story.append(tbl)
        elif kind == "br":
            if not in_body:
                story.append(NextPageTemplate("body"))
                in_body = True
            story.append(PageBreak())
    dt.build(story)

# Agreements 1-4 of the children_care_adoption family.

def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


GDPR = "UK General Data Protection Regulation"

# ============================================================ 1. RAA adoption
A1_PURPOSE = ("This agreement sets out how the partner agencies of Adopt East will share personal information "
              "about children with a plan for adoption, their birth families and approved or prospective adopters, "
              "so that family finding, matching and the referral of children and adopters to the national "
              "Adoption and Children Act Register can be carried out quickly, safely and lawfully.")

A1 = {
    "id": "a1", "base": "adopt_east_family_finding_matching_isa_v2-1",
    "title": "Family Finding, Matching and Adoption Register Information Sharing Agreement",
    "style": {"font": "Arial", "size": 10.5, "headings": "word", "hcolor": "5B2C6F",
              "header": "Adopt East | Family Finding, Matching and Adoption Register Information Sharing Agreement | OFFICIAL-SENSITIVE",
              "footer": "Adopt East ISA v2.1 – uncontrolled when printed", "page_of": True, "tshade": "E8DAEF",
              "author": "Adopt East Business Support"},
    "blocks": [
        ("cover", [("OFFICIAL-SENSITIVE", 9, True, "r"), ("", 12, False, "l"), ("Adopt East", 26, True, "l"),
                   ("Regional Adoption Agency for Essex, Southend-on-Sea and Thurrock", 12, False, "l"),
                   ("", 20, False, "l"),
                   ("Family Finding, Matching and Adoption Register", 20, True, "l"),
                   ("Information Sharing Agreement", 20, True, "l"), ("", 12, False, "l"),
                   ("Version 2.1 – final for signature", 11, False, "l"),
                   ("Hosted by Essex County Council on behalf of the partner local authorities", 10, False, "l")]),
        ("tk", [["Document reference", "AE-IG-007"],
                ["Lead organisation", "Essex County Council (host authority for Adopt East)"],
                ["Author", "Rachel Okafor, Business and Information Governance Manager, Adopt East"],
                ["Approved by", "Adopt East Partnership Board, 14 March 2023"],
                ["Effective from", "01/04/2023"],
                ["Date of next review", "31/03/2025"],
                ["Protective marking", "OFFICIAL-SENSITIVE when completed with personal data"]], [5, 11]),
        ("pb", "Version history"),
        ("t", [["Version", "Date", "Author", "Summary of change"],
               ["1.0", "12/09/2019", "J. Whitlock", "First agreement on launch of the regional adoption agency"],
               ["1.3", "20/07/2020", "J. Whitlock", "Adoption register section updated; voluntary adoption agencies added"],
               ["2.0", "06/02/2023", "R. Okafor", "Rewritten for UK GDPR and the Data Protection Act 2018"],
               ["2.1", "14/03/2023", "R. Okafor", "Board comments; Suffolk inter-agency placements added"]], [2, 3, 3, 8]),
        ("br",),
        ("h", 1, "Contents"),
        ("p", "1. Why we are sharing information"), ("p", "2. The organisations in this agreement"),
        ("p", "3. What we will share"), ("p", "4. Our lawful basis"), ("p", "5. Rights of children, birth relatives and adopters"),
        ("p", "6. Security"), ("p", "7. How and when information moves"), ("p", "8. Keeping records"),
        ("p", "9. Getting it right: accuracy"), ("p", "10. Complaints"), ("p", "11. Incidents and breaches"),
        ("p", "12. Commitment and signatures"), ("p", "Appendix 1 – Data items"), ("p", "Appendix 2 – Contacts"),
        ("h", 1, "1. Why we are sharing information"),
        ("p", "Adopt East was formed in 2019 so that the three local authorities in Essex, Southend-on-Sea and "
              "Thurrock could recruit, assess and support adopters together and find families for children more quickly."),
        ("p", A1_PURPOSE),
        ("p", "Delay is harmful to children waiting for a family. The partners agree that the welfare of the child, "
              "throughout his or her life, is the paramount consideration when information is shared for the purposes "
              "set out here, and that no more information will be shared than a matching decision needs."),
        ("p", "The agreement covers: early permanence and fostering for adoption; linking and matching meetings; "
              "adoption panel and agency decision maker papers; referrals to the register and to inter-agency "
              "placements; and adoption support assessments in the first three years after an order."),
        ("h", 1, "2. The organisations in this agreement"),
        ("t", [["Organisation", "Role in this agreement", "ICO registration"],
               ["Essex County Council", "Host authority and lead organisation; employs Adopt East staff", "Z2120726"],
               ["Southend-on-Sea City Council", "Partner authority; child's local authority for its children in care", "Z6029331"],
               ["Thurrock Council", "Partner authority; child's local authority for its children in care", "Z8228055"],
               ["Barnardo's", "Voluntary adoption agency; adopter assessment and family finding", "Z5951768"],
               ["Coram", "Voluntary adoption agency; early permanence placements", "Z4965208"],
               ["Suffolk County Council", "Inter-agency placements through Adoption in Suffolk", "Z6779947"]], [5, 8, 3]),
        ("p", "Each partner is a separate controller for the records it holds. Where Adopt East staff act for a "
              "child's local authority, Essex County Council processes that information on the partner authority's "
              "behalf under the Adopt East partnership agreement."),
        ("h", 1, "3. What we will share"),
        ("p", "The information that may be shared is listed in Appendix 1. In summary it includes:"),
        ("b", ["the Child's Permanence Report, including health, developmental and education history;",
               "information about birth parents, siblings and other relatives relevant to the child's needs and future contact;",
               "the Prospective Adopter's Report, references, DBS and local authority checks and medical information;",
               "minutes and recommendations of matching meetings and adoption panel;",
               "profiles, photographs and video of children shared with approved adopters through secure family finding events;",
               "the data set required for the register, including ethnicity, religion and the child's legal status."]),
        ("p", "Information about adopters' own children and household members is shared only where it is relevant to the assessment."),
        ("h", 1, "4. Our lawful basis"),
        ("p", "The partners are adoption agencies and share information in exercising functions conferred by the "
              "Adoption and Children Act 2002, in particular section 3 (maintenance of the adoption service), and by the "
              "Adoption Agencies Regulations 2005, which require agencies to obtain and pass on the information set out "
              "in Schedules 1 to 4 of those Regulations. Referrals to the register are made under the Adoption and "
              "Children Act Register Regulations 2014."),
        ("p", "Local authority partners also rely on their duties to children in care under the Children Act 1989 and "
              "the arrangements made by them to form a regional adoption agency under section 15 of the Education and "
              "Adoption Act 2016."),
        ("p", "Under the UK GDPR the basis for processing is Article 6(1)(e), a task carried out in the public interest "
              "and in the exercise of official authority, and for voluntary adoption agencies Article 6(1)(c) where a "
              "regulation places a legal obligation on them. Health and ethnicity information is processed under Article "
              "9(2)(g) and (h), with the conditions in Schedule 1 Part 2 paragraphs 6 and 18 of the Data Protection Act 2018."),
        ("p", "Article 8 of the European Convention on Human Rights, given effect by the Human Rights At 1998, is "
              "engaged by every exchange. The partners consider that sharing under this agreement is necessary and "
              "proportionate to secure a permanent family for the child. Staff will also have regard to the Caldicott "
              "principles when deciding what to share."),
        ("h", 1, "5. Rights of children, birth relatives and adopters"),
        ("p", "Each partner's privacy notice explains this sharing. Requests for access to adoption records are handled "
              "by the agency holding the record; disclosure of information from an adoption case record is restricted by "
              "section 57 of the 2002 Act and regulations made under it, so requests will be referred to Adopt East's "
              "Access to Records Officer before any response is made."),
        ("p", "Birth parents are told that information about them will be shared with prospective adopters in a form "
              "that does not identify where they live. Adopters are told what will be shared with panel and with the "
              "child's local authority. The rights to rectification, restriction and objection are considered case by case."),
        ("h", 1, "6. Security"),
        ("p", "All partners hold Cyber Essentials or have completed the Data Security and Protection Toolkit. Case "
              "information is kept on each partner's case management system (Mosaic, LiquidLogic or Charms). Staff "
              "complete annual data protection training and sign a confidentiality undertaking."),
        ("b", ["Email between partners uses Egress or the secure government and NHS mail standards.",
               "Children's profiles on the family finding portal are shown only to approved adopters who have signed a confidentiality statement.",
               "Paper panel papers are numbered, collected at the end of panel and shredded."]),
        ("h", 1, "7. How and when information moves"),
        ("t", [["Exchange", "From / to", "Method", "When"],
               ["Referral for family finding", "Child's local authority to Adopt East", "Mosaic workflow / Egress", "Within 5 working days of placement order"],
               ["Register referral", "Adopt East to register", "Secure web portal", "Within 3 months of placement order"],
               ["Matching papers", "Adopt East to panel members", "Secure panel portal", "10 working days before panel"],
               ["Inter-agency placement", "Adopt East and Suffolk County Council", "Egress", "As each match is proposed"]], [4, 4, 4, 4]),
        ("h", 1, "8. Keeping records"),
        ("p", "Adoption case records must be kept for at least 100 years from the date of the adoption order (regulation "
              "42 of the Adoption Agencies Regulations). Records about prospective adopters who are not approved are kept "
              "for 10 years. Copies of papers received from another partner for a single meeting are destroyed when the "
              "decision is recorded."),
        ("h", 1, "9. Getting it right: accuracy"),
        ("p", "The agency that creates a record is responsible for its accuracy. Social workers will check reports with "
              "the child's local authority before they are shared, and a partner who finds an error will tell the "
              "originating partner within two working days. Each partner names a single point of contact in Appendix 2."),
        ("h", 1, "10. Complaints"),
        ("p", "Complaints from children, birth relatives or adopters about the use of their information are dealt with "
              "under the complaints procedure of the partner concerned; complaints about adoption support are handled "
              "under the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009. "
              "Partners will cooperate where a complaint involves more than one of them."),
        ("h", 1, "11. Incidents and breaches"),
        ("p", "Any loss or wrongful disclosure of information shared under this agreement must be reported to the "
              "originating partner's Data Protection Officer on the same day it is discovered. The partner whose staff "
              "caused the incident leads the investigation and decides, with the originating partner, whether the ICO "
              "must be told within 72 hours."),
        ("h", 1, "12. Commitment and signatures"),
        ("p", "This agreement takes effect on 1 April 2023. A partner may withdraw on three months' written notice to "
              "the Adopt East Partnership Board; information already shared remains subject to this agreement. The "
              "agreement will be reviewed by the date shown in the document control table, or sooner if the law changes."),
        ("t", [["Organisation", "Name", "Position", "Date"],
               ["Essex County Council", "Helen Marsh", "Director, Children and Families", "20/03/2023"],
               ["Southend-on-Sea City Council", "Daniel Adebayo", "Director of Children's Services", "22/03/2023"],
               ["Thurrock Council", "Sarah Pinnock", "Assistant Director, Children's Social Care", "24/03/2023"],
               ["Barnardo's", "Claire Dunmore", "Assistant Director, Adoption and Fostering (East)", "27/03/2023"],
               ["Coram", "Peter Langley", "Head of Adoption Services", "28/03/2023"],
               ["Suffolk County Council", "Anna Grieve", "Head of Adoption in Suffolk", "30/03/2023"]], [5, 4, 5, 2.5]),
        ("br",),
        ("h", 1, "Appendix 1 – Data items"),
        ("t", [["Data item", "Child", "Birth family", "Adopters"],
               ["Name, date of birth, address", "Yes", "Yes (no address to adopters)", "Yes"],
               ["Ethnicity, religion, language", "Yes", "Yes", "Yes"],
               ["Health and developmental history", "Yes", "Relevant history only", "Medical report"],
               ["Legal status and court orders", "Yes", "Yes", "No"],
               ["Criminal record and checks", "No", "Where relevant to risk", "DBS and checks"],
               ["Contact arrangements", "Yes", "Yes", "Yes"]], [6, 3, 4, 3]),
        ("h", 1, "Appendix 2 – Contacts"),
        ("t", [["Partner", "Single point of contact", "Email"],
               ["Essex County Council / Adopt East", "Rachel Okafor", "adopteast.ig@essex.gov.uk"],
               ["Southend-on-Sea City Council", "Information Governance Team", "dataprotection@southend.gov.uk"],
               ["Thurrock Council", "Data Protection Officer", "dpo@thurrock.gov.uk"],
               ["Barnardo's", "Data Protection Officer", "dpo@barnardos.org.uk"]], [5, 4, 6]),
    ],
}
A1_TRUTH = {
    "lead": {"name": "Essex County Council", "org": "Essex County Council"},
    "partners": [{"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
                 {"name": "Thurrock Council", "org": "Thurrock Council"},
                 {"name": "Barnardo's", "org": "Barnardo's"},
                 {"name": "Coram", "org": None},
                 {"name": "Suffolk County Council", "org": None}],
    "statutes": [S("Adoption and Children Act 2002", "Adoption and Children Act", 2002, "section 3"),
                 S("Adoption Agencies Regulations 2005", "Adoption Agencies Regulations", 2005, None),
                 S("Adoption and Children Act Register Regulations 2014", "Adoption and Children Act Register Regulations", 2014, None),
                 S("Children Act 1989", "Children Act", 1989, None),
                 S("section 15 of the Education and Adoption Act 2016", "Education and Adoption Act", 2016, "section 15"),
                 S("UK GDPR", GDPR, None, "Article 6(1)(e)"),
                 S("Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1 Part 2"),
                 S("Human Rights At 1998", "Human Rights Act", 1998, None),
                 S("Local Authority Social Services and National Health Service Complaints (England) Regulations 2009",
                   "Local Authority Social Services and National Health Service Complaints (England) Regulations", 2009, None)],
    "review_date": "2025-03-31", "review_basis": "explicit", "commencement_date": "2023-04-01",
    "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                         "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"],
    "missing_sections": [],
}

# ====================================================== 2. IFA placement referrals
A2_PURPOSE = ("Foster Futures East and the commissioning local authorities share information about children who "
              "need a foster placement so that the agency can identify a suitable foster family, tell the placing "
              "authority whether it can meet the child's needs, and support the placement once it is made.")

A2 = {
    "id": "a2", "base": "FFE_placement_referrals_data_sharing_agreement",
    "title": "Fostering Placement Referrals and Matching",
    "style": {"rl_font": "Helvetica", "rl_size": 8.8, "columns": 2, "hcolor": "1B5E20", "tshade": "DCEDC8",
              "rl_header": "Foster Futures East – Data Sharing Agreement: Fostering Placement Referrals and Matching",
              "rl_header_right": "Ref FFE/DSA/03", "rl_plain_first": True,
              "footer": "Foster Futures East is a registered charity (no. 1098345) and an Ofsted-registered independent fostering agency",
              "author": "Foster Futures East"},
    "blocks": [
        ("cover", [("FOSTER FUTURES EAST", 22, True, "c"), ("Independent Fostering Agency", 12, False, "c"),
                   ("", 30, False, "c"), ("Data Sharing Agreement", 14, False, "c"),
                   ("Fostering Placement Referrals and Matching", 20, True, "c"), ("", 20, False, "c"),
                   ("Between the agency and the local authorities that commission placements from it under the "
                    "Eastern Region Fostering Framework", 10, False, "c"), ("", 40, False, "c")]),
        ("tk", [["Owner", "Thurrock Council – Children's Commissioning and Placements Team (framework lead)"],
                ["Prepared by", "Mark Ellison, Quality and Compliance Manager, Foster Futures East"],
                ["Version", "1.4"], ["Status", "Agreed"], ["Date agreed", "1 October 2022"],
                ["Review", "To be agreed at the next framework contract meeting"]], [4, 12]),
        ("br",),
        ("h", 1, "1. About this agreement"),
        ("p", A2_PURPOSE),
        ("p", "Local authorities send placement referrals through the framework's referral portal. The agency receives "
              "the referral, considers its approved foster carers, and sends back a carer profile and an offer, or a "
              "decline with reasons. Only the agency's placements team and registered manager see referrals for "
              "children the agency cannot place."),
        ("p", "This agreement also covers the information the agency returns to the placing authority during a "
              "placement: daily logs, supervising social worker reports, notifications of significant events and "
              "information for looked after children reviews."),
        ("h", 1, "2. Parties"),
        ("b", ["Thurrock Council (framework lead and placing authority)",
               "Essex County Council (placing authority)",
               "Southend City Council (placing authority)",
               "London Borough of Barking and Dagenham (placing authority)",
               "Foster Futures East (independent fostering agency)"]),
        ("p", "Each placing authority is the controller of the child's information. Foster Futures East is a controller "
              "in its own right for its foster carer records and for the records it must keep as a fostering service."),
        ("h", 1, "3. Information covered"),
        ("p", "A referral contains the child's name, age, gender, ethnicity, religion, first language and legal status; "
              "a summary of needs, including health, disability, education and behaviour; risk information, including "
              "any history of going missing, exploitation or harmful sexual behaviour; contact arrangements; and the "
              "placement plan the authority wants."),
        ("p", "From the agency the authority receives carer profiles (names, household members, location at district "
              "level, experience, training, and the carers' Form F summary) and, during a placement, the reports listed "
              "in section 1."),
        ("h", 1, "4. Legal framework"),
        ("p", "Placing authorities share information in carrying out their duty under section 22C of the Children Act "
              "1989 to provide accommodation for children they look after, and their duty under section 22G to secure "
              "sufficient accommodation. The Care Planning, Placement and Case Review (England) Regulations 2010 require "
              "the authority to give the carer the information in the placement plan."),
        ("p", "Foster Futures East is registered under the Care Standard Act 2000 and must keep records and make "
              "notifications under the Fostering Services (England) Regulations 2011."),
        ("p", "Data protection: sharing meets the conditions in Schedules 2 and 3 to the Data Protection Act 1998, "
              "as now applied through Articles 6 and 9 of the General Data Protection Regulation and the Data "
              "Protection Act 2018."),
        ("h", 1, "5. Rights of the child and family"),
        ("p", "Children and parents are told about referrals to independent agencies in the placing authority's privacy "
              "notice. A request by a child or parent for information held by the agency is passed to the placing "
              "authority within two working days, and the two organisations agree the response. Foster carers may "
              "ask the agency for a copy of their own records."),
        ("h", 1, "6. Security"),
        ("p", "Referrals are only sent through the framework portal or by secure email. They are not printed. Foster "
              "carers keep the child's information in a locked place at home and return it when the placement ends. "
              "The agency's case records are held in the CharmsOffice system, hosted in the UK."),
        ("h", 1, "7. How and when"),
        ("t", [["Information", "Route", "Timescale"],
               ["Referral", "Portal", "On identifying need"],
               ["Offer / decline", "Portal", "Within 24 hours (emergency: 2 hours)"],
               ["Placement plan", "Secure email", "Before placement or within 5 working days"],
               ["Monthly report", "Secure email", "By 10th of each month"],
               ["Significant events", "Phone then email", "Same day"]], [4, 3, 5]),
        ("h", 1, "8. Retention"),
        ("p", "Referrals that do not lead to a placement are deleted by the agency after six months. Case records "
              "for children placed are kept until the child's 75th birthday, or for 15 years after death if the child "
              "dies before 18, as the Fostering Services Regulations require. Foster carer records are kept for 10 years "
              "from the end of approval."),
        ("h", 1, "9. Data incidents"),
        ("p", "The agency will tell the placing authority's Data Protection Officer about any incident involving a "
              "child's information within 24 hours of finding it. The placing authority decides whether to report the "
              "incident to the Information Commissioner, and the agency gives it all the help it needs to do so."),
        ("h", 1, "10. Signing, starting and ending"),
        ("p", "This agreement runs alongside the framework contract and ends when the agency leaves the framework. "
              "Any party may withdraw by giving one month's notice in writing."),
        ("t", [["For", "Signed by", "Post", "Date"],
               ["Thurrock Council", "Joanne Harker", "Strategic Lead, Commissioning", "28/09/2022"],
               ["Essex County Council", "Ben Carver", "Head of Placements and Sufficiency", "29/09/2022"],
               ["Southend City Council", "Amira Khan", "Group Manager, Placements", "30/09/2022"],
               ["London Borough of Barking and Dagenham", "Tom Aldous", "Head of Commissioning, Children's Care", "30/09/2022"],
               ["Foster Futures East", "Lorraine Petts", "Registered Manager", "01/10/2022"]], [4, 3, 4, 2.5], "full"),
    ],
}
A2_TRUTH = {
    "lead": {"name": "Thurrock Council", "org": "Thurrock Council"},
    "partners": [{"name": "Essex County Council", "org": "Essex County Council"},
                 {"name": "Southend City Council", "org": "Southend Borough Council"},
                 {"name": "London Borough of Barking and Dagenham", "org": None},
                 {"name": "Foster Futures East", "org": None}],
    "statutes": [S("section 22C of the Children Act 1989", "Children Act", 1989, "section 22C"),
                 S("Care Planning, Placement and Case Review (England) Regulations 2010",
                   "Care Planning, Placement and Case Review (England) Regulations", 2010, None),
                 S("Care Standard Act 2000", "Care Standards Act", 2000, None),
                 S("Fostering Services (England) Regulations 2011", "Fostering Services (England) Regulations", 2011, None),
                 S("Data Protection Act 1998", "Data Protection Act", 1998, "Schedules 2 and 3"),
                 S("General Data Protection Regulation", GDPR, None, "Articles 6 and 9"),
                 S("Data Protection Act 2018", "Data Protection Act", 2018, None)],
    "review_date": None, "review_basis": "none", "commencement_date": "2022-10-01",
    "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                         "format_frequency", "retention", "breach", "agreement"],
    "missing_sections": ["accuracy", "complaints"],
}

# ================================================ 3. LAC health assessments
A3_PURPOSE = ("The purpose of this agreement is to allow the local authorities and the health organisations named "
              "below to share the health information of children and young people in care that is needed to request, "
              "carry out, quality assure and follow up their statutory Initial and Review Health Assessments, and to "
              "make sure that each child's health plan is part of his or her care plan.")

A3 = {
    "id": "a3", "base": "LAC_Health_Assessments_ISA_South_Essex",
    "title": "Health Assessments for Children in Care",
    "style": {"font": "Calibri", "size": 11, "headings": "bold", "hcolor": "005EB8",
              "header": "Information Sharing Agreement – Health Assessments for Children in Care (South Essex)",
              "header_align": "l", "footer": "Version 3.0 FINAL", "justify": True, "tshade": "DCE6F2",
              "author": "Safeguarding Children Team"},
    "blocks": [
        ("cover", [("", 30, False, "c"), ("INFORMATION SHARING AGREEMENT", 16, True, "c"),
                   ("Health Assessments for Children in Care", 22, True, "c"),
                   ("Southend-on-Sea, Thurrock and the Mid and South Essex health system", 12, False, "c"),
                   ("", 24, False, "c"), ("Version 3.0", 11, False, "c"), ("", 80, False, "c")]),
        ("t", [["Version", "Date", "Changes", "By"],
               ["2.0", "May 2019", "Updated for GDPR", "Designated Nurse LAC, Southend CCG"],
               ["2.2", "July 2022", "CCG replaced by integrated care board", "Designated Nurse LAC"],
               ["3.0", "January 2024", "NELFT and EPUT added for Review Health Assessments and CAMHS", "LAC Health Steering Group"]], [2, 3, 8, 5]),
        ("br",),
        ("h", 1, "1. PURPOSE"),
        ("p", A3_PURPOSE),
        ("p", "Every child who becomes looked after must have an Initial Health Assessment carried out by a registered "
              "medical practitioner within 20 working days of coming into care, and Review Health Assessments every six "
              "months for children under five and every twelve months after that. Timeliness in Southend-on-Sea and "
              "Thurrock has fallen below the national average, in part because consent forms, social histories and "
              "birth records do not reach the health teams in time."),
        ("h", 1, "2. PARTIES TO THE AGREEMENT"),
        ("t", [["Party", "Service", "Named lead"],
               ["Southend-on-Sea City Council", "Children in Care teams", "Group Manager, Children in Care"],
               ["Thurrock Council", "Children Looked After service", "Service Manager, Children Looked After"],
               ["NHS Mid and South Essex Integrated Care Board", "Designated Doctor and Designated Nurse for Looked After Children",
                "Dr Priya Raman (Designated Doctor); Gillian Moss (Designated Nurse)"],
               ["Mid and South Essex NHS Foundation Trust", "Community paediatrics (Initial Health Assessments)", "Named Doctor LAC"],
               ["Essex Partnership University NHS Foundation Trust", "LAC nursing team and CAMHS (Thurrock)", "Named Nurse LAC"],
               ["North East London NHS Foundation Trust", "Southend 0-19 and LAC nursing (Review Health Assessments)", "Named Nurse LAC"]], [6, 6, 5]),
        ("p", "No single organisation leads this agreement. It was drafted by the South Essex Looked After Children "
              "Health Steering Group, on which all parties sit, and each party is responsible for its own compliance."),
        ("h", 1, "3. INFORMATION TO BE SHARED"),
        ("b", ["Notification that a child has become looked after, with legal status, placement address and carer details.",
               "Consent to health assessment signed by the person with parental responsibility or by a competent child (form IHA1).",
               "The social worker's summary of the child's history and the reasons for coming into care (form IHA2).",
               "Birth and neonatal information, immunisation history and GP registration details.",
               "The completed health assessment and health plan (forms BAAF IHA-C/IHA-YP and RHA), returned to the social worker.",
               "Strengths and Difficulties Questionnaire scores and CAMHS referral outcomes.",
               "Notification of change of placement, of the child leaving care, and of any missed appointment."]),
        ("h", 1, "4. LEGAL BASIS"),
        ("p", "Local authorities must safeguard and promote the welfare of children they look after (section 22 of the "
              "Children Act 1989) and must arrange a health assessment and health plan under regulation 7 of the Care "
              "Planning, Placement and Case Review (England) Regulations 2010. Integrated care boards and NHS trusts "
              "must comply with requests for help from the local authority under section 27 of the Children Act 1989 "
              "and have their own duties under section 11 of the Children Act 2004."),
        ("p", "Health bodies process information under the National Health Service Act 2006 and the Health and Social "
              "Care Act 2012. The statutory guidance \"Promoting the health and well-being of looked-after children\" "
              "(DfE and DHSC, 2015) describes the roles of designated professionals; it is guidance and is followed "
              "unless there is good reason not to."),
        ("p", "UK GDPR Article 6(1)(e) and Article 9(2)(h) apply, with Schedule 1 paragraph 2 (health or social care "
              "purposes) of the Data Protection Act 2018. Health records are also subject to the common law duty of "
              "confidence; consent to assessment is sought in every case, and where it cannot be obtained information "
              "is shared only where there is an overriding public interest or a legal requirement. Practitioners apply "
              "the eight Caldicott principles."),
        ("h", 1, "5. RIGHTS OF INDIVIDUALS"),
        ("p", "Children and young people are given the leaflet \"Your health while you are in care\" at the assessment. "
              "Subject access requests for a health assessment are answered by the organisation that holds the record, "
              "after consulting the other parties where the record contains their information. Young people aged 16 and "
              "over, and younger children who are competent, may refuse a health assessment, and their wishes are recorded."),
        ("h", 1, "6. SECURITY AND TRANSFER"),
        ("p", "Information will only be sent between NHS.net and council secure email accounts, or through the shared "
              "LAC Health mailbox. Paper forms are scanned on receipt and the originals destroyed. Each party keeps its "
              "Data Security and Protection Toolkit at 'Standards Met'."),
        ("t", [["What", "From", "To", "Timescale"],
               ["IHA request pack (IHA1 and IHA2)", "Social worker", "LAC health team", "Within 5 working days of entering care"],
               ["Completed IHA and health plan", "Paediatrician", "Social worker and IRO", "Within 20 working days of entering care"],
               ["RHA request", "LAC health team", "Social worker", "3 months before due date"],
               ["Monthly performance report", "Each trust", "Designated Nurse", "By 15th of following month"]], [5, 3, 4, 5]),
        ("h", 1, "7. RETENTION AND DISPOSAL"),
        ("p", "Health records of looked after children are kept until the young person's 75th birthday, in line with "
              "the Records Management Code of Practice for Health and Social Care. Local authority copies are kept with "
              "the care record. Performance data is aggregated and anonymised after one year."),
        ("h", 1, "8. DATA QUALITY"),
        ("p", "The social worker is responsible for the accuracy of the information in the request pack, and the "
              "clinician for the health assessment. Where a party finds information is wrong or out of date, it tells "
              "the originator within five working days. The Designated Nurse audits ten assessments each quarter."),
        ("h", 1, "9. BREACHES"),
        ("p", "Suspected breaches are reported through each party's incident system (Datix for the NHS parties) and to "
              "the party that supplied the information. Serious incidents are reported to the ICO and, for the NHS, "
              "through the DSP Toolkit within 72 hours."),
        ("h", 1, "10. REVIEW, COMMENCEMENT AND SIGNATURES"),
        ("p", "This agreement commences on the date of the final signature below. It will be reviewed 12 months after "
              "the date on which it is signed by the last party, and sooner if national guidance or the configuration of "
              "services changes. A party may withdraw by giving 28 days' notice to the Steering Group."),
        ("t", [["Organisation", "Name", "Designation", "Signature date"],
               ["Southend-on-Sea City Council", "Michael Bowden", "Director of Children's Services", "22 January 2024"],
               ["Thurrock Council", "Lisa Hayward", "Director of Children's Services", "29 January 2024"],
               ["NHS Mid and South Essex Integrated Care Board", "Karen Wheeler", "Chief Nursing Officer", "2 February 2024"],
               ["Mid and South Essex NHS Foundation Trust", "Dr Owen Fitch", "Caldicott Guardian", "6 February 2024"],
               ["Essex Partnership University NHS Foundation Trust", "Natalie Briggs", "Executive Chief Nurse", "9 February 2024"],
               ["North East London NHS Foundation Trust", "Jonathan Ekwueme", "Director of Nursing, Community", "14 February 2024"]], [6, 4, 5, 3]),
    ],
}
A3_TRUTH = {
    "lead": None,
    "partners": [{"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
                 {"name": "Thurrock Council", "org": "Thurrock Council"},
                 {"name": "NHS Mid and South Essex Integrated Care Board", "org": None},
                 {"name": "Mid and South Essex NHS Foundation Trust", "org": None},
                 {"name": "Essex Partnership University NHS Foundation Trust", "org": None},
                 {"name": "North East London NHS Foundation Trust", "org": "North East London NHS Foundation Trust"}],
    "statutes": [S("section 22 of the Children Act 1989", "Children Act", 1989, "section 22"),
                 S("regulation 7 of the Care Planning, Placement and Case Review (England) Regulations 2010",
                   "Care Planning, Placement and Case Review (England) Regulations", 2010, "regulation 7"),
                 S("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
                 S("National Health Service Act 2006", "National Health Service Act", 2006, None),
                 S("Health and Social Care Act 2012", "Health and Social Care Act", 2012, None),
                 S("UK GDPR", GDPR, None, "Article 6(1)(e)"),
                 S("Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1 paragraph 2")],
    "review_date": "2025-02-14", "review_basis": "relative", "commencement_date": "2024-02-14",
    "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                         "format_frequency", "retention", "accuracy", "breach", "agreement"],
    "missing_sections": ["complaints"],
}

# ======================================================= 4. Virtual school PEPs
A4_PURPOSE = ("This protocol enables the Virtual School, schools, colleges and other local authorities to share the "
              "information needed to write, review and act on the Personal Education Plan (PEP) of every child looked "
              "after by Essex County Council, wherever the child goes to school, and to account for the Pupil Premium "
              "Plus allocated to each child.")

A4 = {
    "id": "a4", "base": "Essex_Virtual_School_ePEP_Information_Sharing_Protocol",
    "title": "Personal Education Plans (ePEP) Information Sharing Protocol",
    "style": {"rl_font": "Times-Roman", "rl_size": 10, "columns": 1, "hcolor": "7B1F1F", "tshade": "F2DCDB",
              "rl_header": "Essex Virtual School for Children in Care", "rl_header_right": "ePEP Information Sharing Protocol",
              "footer": "OFFICIAL | Essex County Council | Virtual School", "justify": True, "author": "Essex Virtual School"},
    "blocks": [
        ("cover", [("Essex County Council", 12, True, "l"), ("Education Access – Virtual School for Children in Care", 11, False, "l"),
                   ("", 20, False, "l")]),
        ("tk", [["Title", "Personal Education Plans (ePEP) Information Sharing Protocol"],
                ["Responsible organisation", "Essex County Council, as the authority that looks after the children"],
                ["Document owner", "Headteacher, Essex Virtual School"],
                ["Version / status", "4.2 / Approved"],
                ["Approved by", "Virtual School Governing Body, 12 July 2023"],
                ["In force from", "1 September 2023"]], [4.5, 11.5]),
        ("p", ""),
        ("tk", [["Related documents", "DPIA ref. ECC-DPIA-2023-118 (ePEP platform); Virtual School Pupil Premium Plus policy; "
                                      "Contract ECC/EDU/0417 with the ePEP supplier"]], [4.5, 11.5]),
        ("h", 1, "Version control"),
        ("t", [["Version", "Date", "Reason"],
               ["3.0", "September 2018", "Replaced paper PEPs with the ePEP platform"],
               ["4.0", "September 2021", "Previously looked-after children and post-16 PEPs added"],
               ["4.2", "July 2023", "Out-of-county local authority partners added; retention aligned with the IRMS toolkit"]], [2, 3, 10]),
        ("br",),
        ("h", 1, "A. Purpose of the protocol"),
        ("p", A4_PURPOSE),
        ("p", "The Virtual School does not teach children. It champions the education of children in care and holds "
              "schools and social workers to account for their progress. A PEP is part of each child's care plan and "
              "is reviewed each term in a meeting between the designated teacher, the social worker, the carer, the "
              "child and, where needed, a Virtual School adviser."),
        ("h", 1, "B. Who shares"),
        ("p", "Essex County Council, through its Virtual School and Children and Families service, shares with:"),
        ("t", [["Partner", "Why involved", "Signatory"],
               ["Essex maintained schools and academies", "Designated teachers complete the school sections of the PEP", "Each headteacher, by return of the school compact"],
               ["Suffolk County Council", "Virtual School for Suffolk children placed in Essex schools and Essex children placed in Suffolk", "Virtual School Head"],
               ["Hertfordshire County Council", "As above, for Hertfordshire", "Virtual School Head"],
               ["Southend-on-Sea Borough Council", "As above, for Southend", "Virtual School Head"],
               ["Thurrock Council", "As above, for Thurrock", "Virtual School Head"],
               ["Anglia Learning Trust", "Multi-academy trust running nine Essex secondary schools; signs on behalf of its academies", "Chief Executive Officer"]], [5, 7, 4]),
        ("h", 1, "C. The information"),
        ("p", "The ePEP holds, for each child: identity details and Unique Pupil Number; care status and placement "
              "details; attendance, exclusions and behaviour; attainment and progress against targets; special "
              "educational needs and EHC plan details; the child's views; the use of Pupil Premium Plus; and actions "
              "for the next term. Social workers add information about the care plan only so far as it affects education."),
        ("h", 1, "D. Legal basis"),
        ("p", "Section 22(3A) of the Children Act 1989 places a duty on every local authority to promote the educational "
              "achievement of the children it looks after, and section 22(3B), inserted by section 99 of the Children "
              "and Familes Act 2014, requires it to appoint a Virtual School Head to discharge that duty. Section 23ZZA, "
              "inserted by section 4 of the Children and Social Work Act 2017, extends the Virtual School's role to "
              "children previously in care."),
        ("p", "Schools share under the Education Act 1996 and the Education (Pupil Information) (England) Regulations "
              "2005, and governing bodies must appoint a designated teacher under section 20 of the Children and Young "
              "Persons Act 2008. The lawful bases are Article 6(1)(e) UK GDPR and, for special category data, Article "
              "9(2)(g) with Schedule 1 paragraphs 6 and 18 of the Data Protection Act 2018."),
        ("h", 1, "E. Access to information and individuals' rights"),
        ("p", "The ePEP is a record of Essex County Council. A request from a child, young person or parent for a copy "
              "of their PEP is handled by the council's Information Governance Team, which will consult the school "
              "before releasing school entries. Requests received by a school must be forwarded within two school days. "
              "Requests made under the Freedom of Information Act 2000 for aggregate PEP information are answered by "
              "the council."),
        ("h", 1, "F. Security"),
        ("p", "The ePEP platform is provided under contract by a processor, hosted in UK data centres and certified "
              "to ISO 27001. Users have their own accounts with two-factor authentication; designated teachers see only "
              "their own pupils. PEPs are not to be printed or downloaded except for a PEP meeting, and printed copies "
              "are shredded after the meeting."),
        ("h", 1, "G. How information is exchanged"),
        ("p", "All PEP information is entered into the ePEP platform. There is no email exchange of PEPs. Termly PEP "
              "meetings are held in the autumn, spring and summer terms; a new PEP is started within 10 school days of a "
              "child coming into care or changing school. Out-of-county Virtual Schools are given read access to the "
              "PEPs of their children placed in Essex schools."),
        ("h", 1, "H. Retention"),
        ("p", "PEPs form part of the child's care record and are kept until the young person's 75th birthday. Schools "
              "keep their copy in the pupil file, which passes to the next school, and the last school keeps it until "
              "the pupil's 25th birthday."),
        ("h", 1, "I. Accuracy"),
        ("p", "The designated teacher is responsible for the school sections, the social worker for the care sections. "
              "The Virtual School quality assures every PEP and rates it red, amber or green, returning inadequate PEPs "
              "to the school within 10 school days."),
        ("h", 1, "J. Complaints"),
        ("p", "Complaints about how a PEP has been shared are handled under the Essex County Council corporate complaints "
              "procedure, or the school's own procedure if they concern a school entry."),
        ("h", 1, "K. Review and agreement"),
        ("p", "This protocol will next be reviewed by 31 August 2025, and each time the ePEP contract is re-let. Partners "
              "sign by returning the signature sheet; schools sign the annual compact."),
        ("t", [["Organisation", "Name", "Role", "Date"],
               ["Essex County Council", "Dr Fiona Lyle", "Headteacher, Essex Virtual School", "14/07/2023"],
               ["Suffolk County Council", "Graham Tse", "Virtual School Head", "21/07/2023"],
               ["Hertfordshire County Council", "Ruth Akande", "Virtual School Head", "24/07/2023"],
               ["Southend-on-Sea Borough Council", "Paula Greer", "Virtual School Head", "25/07/2023"],
               ["Thurrock Council", "Simon Leach", "Virtual School Head", "01/08/2023"],
               ["Anglia Learning Trust", "Marcus Hale", "Chief Executive Officer", "30/08/2023"]], [5, 3.5, 5, 2.5]),
        ("h", 1, "Appendix – legislation referred to"),
        ("t", [["Legislation", "Relevance"],
               ["Children Act 1989, s.22(3A)-(3B), s.23ZZA", "Duty to promote educational achievement; Virtual School Head"],
               ["Children and Familes Act 2014, s.99", "Virtual School Head made statutory"],
               ["Children and Social Work Act 2017, s.4", "Previously looked-after children"],
               ["Children and Young Persons Act 2008, s.20", "Designated teacher"],
               ["Education Act 1996", "Duties of schools and local authorities"],
               ["Education (Pupil Information) (England) Regulations 2005", "Pupil records"],
               ["Data Protection Act 2018 and UK GDPR", "Lawful basis and conditions"],
               ["Freedom of Information Act 2000", "Requests for recorded information"]], [7, 9]),
    ],
}
A4_TRUTH = {
    "lead": {"name": "Essex County Council", "org": "Essex County Council"},
    "partners": [{"name": "Suffolk County Council", "org": None},
                 {"name": "Hertfordshire County Council", "org": None},
                 {"name": "Southend-on-Sea Borough Council", "org": "Southend Borough Council"},
                 {"name": "Thurrock Council", "org": "Thurrock Council"},
                 {"name": "Anglia Learning Trust", "org": None}],
    "statutes": [S("Section 22(3A) of the Children Act 1989", "Children Act", 1989, "section 22(3A)"),
                 S("section 99 of the Children and Familes Act 2014", "Children and Families Act", 2014, "section 99"),
                 S("section 4 of the Children and Social Work Act 2017", "Children and Social Work Act", 2017, "section 4"),
                 S("Education Act 1996", "Education Act", 1996, None),
                 S("Education (Pupil Information) (England) Regulations 2005", "Education (Pupil Information) (England) Regulations", 2005, None),
                 S("section 20 of the Children and Young Persons Act 2008", "Children and Young Persons Act", 2008, "section 20"),
                 S("UK GDPR", GDPR, None, "Article 6(1)(e)"),
                 S("Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1"),
                 S("Freedom of Information Act 2000", "Freedom of Information Act", 2000, None)],
    "review_date": "2025-08-31", "review_basis": "explicit", "commencement_date": "2023-09-01",
    "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                         "format_frequency", "retention", "accuracy", "complaints", "agreement"],
    "missing_sections": ["breach"],
}

# Agreements 5-8 of the children_care_adoption family.

# ======================================================= 5. Care leavers housing
A5_PURPOSE = ("To make sure that every care leaver from Thurrock has somewhere suitable and affordable to live and "
              "the money they are entitled to, the Aftercare Service, the Department for Work and Pensions, housing "
              "authorities and housing providers need to share information about the young person's leaving care "
              "status, housing needs and benefit claims before and after they leave care.")

A5 = {
    "id": "a5", "base": "Thurrock_Care_Leavers_Accommodation_Benefits_ISA",
    "title": "Care Leavers' Accommodation and Benefits Pathway",
    "style": {"font": "Verdana", "size": 9.5, "headings": "word", "hcolor": "00558C", "tshade": "CCE5F3",
              "footer": "Thurrock Council – Children's Services – Aftercare", "footer_align": "l", "page_of": True,
              "cover_first_page_blank_header": True, "author": "Thurrock Aftercare"},
    "blocks": [
        ("cover", [("Thurrock Council", 13, True, "r"), ("Children's Services", 10, False, "r"), ("", 40, False, "l"),
                   ("INFORMATION SHARING AGREEMENT", 14, True, "l")]),
        ("tk", [["Agreement name", "Care Leavers' Accommodation and Benefits Pathway"],
                ["Service", "Aftercare (Leaving Care) Service"],
                ["Version", "1.0"], ["Classification", "OFFICIAL"],
                ["Prepared by", "Kemi Adeyemi, Team Manager, Aftercare"]], [5, 11]),
        ("p", ""),
        ("p", "This agreement is led by Thurrock Council's Aftercare (Leaving Care) Service, on behalf of the council as "
              "corporate parent. It has been written with the Thurrock Care Leavers' Forum."),
        ("br",),
        ("h", 1, "Section 1: Introduction and purpose"),
        ("p", "Young people leaving care are more likely than their peers to become homeless, to fall into rent arrears "
              "and to wait weeks for a first Universal Credit payment. The Thurrock Care Leavers' Local Offer promises "
              "that no care leaver will leave care without a home to go to and money in place."),
        ("p", A5_PURPOSE),
        ("p", "The agreement covers young people aged 16 to 25 who are eligible, relevant or former relevant children, "
              "and care leavers placed outside Thurrock, including in the London Borough of Havering and in Basildon."),
        ("h", 1, "Section 2: Parties"),
        ("t", [["Party", "Type", "Contact"],
               ["Thurrock Council (Aftercare Service and Housing Solutions)", "Local authority, corporate parent and housing authority", "Aftercare Team Manager"],
               ["Department for Work and Pensions", "Government department (Grays and Tilbury Jobcentres, care leaver work coaches)", "Partnership Manager, Essex District"],
               ["Estuary Housing Association", "Registered provider, supported housing for care leavers", "Head of Housing Services"],
               ["Sanctuary Housing Association", "Registered provider, general needs and supported tenancies", "Area Manager"],
               ["Basildon Borough Council", "Housing authority for care leavers placed in Basildon", "Housing Options Manager"],
               ["London Borough of Havering", "Housing authority for care leavers placed in Havering", "Housing Demand Manager"]], [6, 6, 4]),
        ("h", 1, "Section 3: Information to be shared"),
        ("p", "With the young person's agreement, the Aftercare Service will share: name, date of birth, National "
              "Insurance number and contact details; confirmation of care leaver status and the date of leaving care; "
              "the accommodation section of the Pathway Plan; support needs, including mental health, learning needs or "
              "risks relevant to a tenancy; and financial information needed for a benefit claim or tenancy sustainment."),
        ("p", "The DWP will share the date of claim, claim status and the date of the first payment, any sanction or "
              "deduction, and appointment details with the young person's personal adviser. Housing providers will share "
              "tenancy start dates, rent account status and concerns about the tenancy."),
        ("h", 1, "Section 4: The law"),
        ("p", "The council has duties to eligible, relevant and former relevant children under sections 23A to 24D of "
              "the Children Act 1989, as inserted by the Children (Leaving Care) Act 2000, and must publish its local "
              "offer and provide personal advisers up to age 25 under sections 2 and 3 of the Children and Social Work "
              "Act 2017. Care leavers under 21 have priority need under Part 7 of the Housing Act 1996, and housing "
              "authorities and the DWP have a duty to refer under section 213B of that Act, inserted by the Homeless "
              "Reduction Act 2017."),
        ("p", "The DWP shares social security information under the Social Security Administration Act 1992 and the "
              "Welfare Reform Act 2012 only where the young person has given explicit consent to the sharing for the "
              "purpose of the claim."),
        ("p", "UK GDPR: Article 6(1)(e) for the council and housing authorities, Article 6(1)(a) consent for sharing with "
              "housing associations, and Article 9(2)(g) with the Data Protection Act 2018 Schedule 1 paragraph 18 "
              "(safeguarding of children and individuals at risk) for health and support needs."),
        ("h", 1, "Section 5: Young people's rights"),
        ("p", "Personal advisers explain this agreement at the 17+ Pathway Plan review and record the young person's "
              "consent, which can be withdrawn at any time. Young people can ask any party for the information it holds "
              "about them; the party receiving the request replies within one month. Young people may ask for wrong "
              "information to be corrected and the Aftercare Service will tell the other parties."),
        ("h", 1, "Section 6: Keeping information safe"),
        ("p", "Information will be sent by secure email (Egress or GCSx standard) or entered directly into the DWP "
              "explicit consent form held by the work coach. No information about a young person will be discussed on a "
              "shared phone line or left in a voicemail. Each party has its own information security policy and trains "
              "its staff every year."),
        ("h", 1, "Section 7: How often and how"),
        ("t", [["Stage", "What is shared", "Who with", "When"],
               ["Age 17", "Accommodation plan and support needs", "Housing Solutions and chosen provider", "Six months before 18th birthday"],
               ["Age 17 3/4", "Care leaver status and identity", "DWP work coach", "Four weeks before 18th birthday (advance claim)"],
               ["Moving in", "Tenancy start date; housing costs", "DWP and Housing Benefit", "Day of tenancy start"],
               ["Tenancy at risk", "Arrears or concerns", "Personal adviser", "Within 5 working days"],
               ["Monthly", "Care leavers in arrears (numbers only)", "Corporate Parenting Panel", "Monthly"]], [3, 5, 4, 4]),
        ("h", 1, "Section 8: Accuracy"),
        ("p", "The personal adviser checks care leaver status and contact details with the young person before sharing. "
              "Each party will correct information it holds within five working days of being told it is wrong."),
        ("h", 1, "Section 9: Complaints and concerns"),
        ("p", "Young people can complain through the Thurrock Council Children's Social Care complaints procedure, or to "
              "the body concerned. Personal advisers will help young people to make a complaint and an advocate can be "
              "arranged."),
        ("h", 1, "Section 10: When things go wrong"),
        ("p", "A party that discovers a data breach involving a care leaver's information will inform the Thurrock "
              "Council Data Protection Officer and the personal adviser on the same day. The Aftercare Team Manager "
              "will tell the young person what has happened unless this would put them at risk."),
        ("h", 1, "Section 11: Signatures"),
        ("p", "This agreement takes effect on 6 January 2025. Any party may leave the agreement by writing to the "
              "Aftercare Team Manager."),
        ("t", [["Party", "Signed", "Name", "Job title", "Date"],
               ["Thurrock Council", "signed", "Janine Oduya", "Director of Children's Services", "06/01/2025"],
               ["Department for Work and Pensions", "signed", "Colin Marsh", "Partnership Manager, Essex District", "09/01/2025"],
               ["Estuary Housing Association", "signed", "Harriet Dunn", "Director of Housing", "13/01/2025"],
               ["Sanctuary Housing Association", "signed", "Peter Ngata", "Regional Director", "15/01/2025"],
               ["Basildon Borough Council", "signed", "Amy Lowther", "Head of Housing", "17/01/2025"],
               ["London Borough of Havering", "signed", "Rakesh Patel", "Assistant Director, Housing Demand", "20/01/2025"]], [5, 2, 3.5, 5, 2.5]),
        ("br",),
        ("h", 1, "Annex A – Young person's consent"),
        ("p", "I understand that the Aftercare Service will share the information set out in this agreement with the "
              "Jobcentre, the housing department of the council where I want to live, and my landlord, to help me set up "
              "my home and my benefit claim. I know I can change my mind."),
        ("tk", [["Young person", ""], ["Signature", ""], ["Date", ""], ["Personal adviser", ""]], [5, 11]),
        ("h", 1, "Annex B – Useful contacts"),
        ("t", [["Service", "Contact"],
               ["Aftercare Service", "aftercare@thurrock.gov.uk"],
               ["Thurrock Housing Solutions", "housingsolutions@thurrock.gov.uk"],
               ["DWP care leaver lead (Essex)", "essex.careleavers@dwp.gov.uk"],
               ["Thurrock Council Data Protection Officer", "dpo@thurrock.gov.uk"]], [6, 8]),
    ],
}
A5_TRUTH = {
    "lead": {"name": "Thurrock Council", "org": "Thurrock Council"},
    "partners": [{"name": "Department for Work and Pensions", "org": None},
                 {"name": "Estuary Housing Association", "org": "Estuary Housing"},
                 {"name": "Sanctuary Housing Association", "org": "Sanctuary Housing"},
                 {"name": "Basildon Borough Council", "org": "Basildon Borough Council"},
                 {"name": "London Borough of Havering", "org": None}],
    "statutes": [S("sections 23A to 24D of the Children Act 1989", "Children Act", 1989, "sections 23A to 24D"),
                 S("Children (Leaving Care) Act 2000", "Children (Leaving Care) Act", 2000, None),
                 S("sections 2 and 3 of the Children and Social Work Act 2017", "Children and Social Work Act", 2017, "sections 2 and 3"),
                 S("Part 7 of the Housing Act 1996", "Housing Act", 1996, "Part 7"),
                 S("Homeless Reduction Act 2017", "Homelessness Reduction Act", 2017, None),
                 S("Social Security Administration Act 1992", "Social Security Administration Act", 1992, None),
                 S("Welfare Reform Act 2012", "Welfare Reform Act", 2012, None),
                 S("UK GDPR", GDPR, None, "Article 6(1)(e)"),
                 S("Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1 paragraph 18")],
    "review_date": None, "review_basis": "none", "commencement_date": "2025-01-06",
    "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                         "format_frequency", "accuracy", "complaints", "breach", "agreement"],
    "missing_sections": ["retention"],
}

# ===================================================== 6. Private fostering
A6_PURPOSE = ("This protocol enables agencies in Southend, Essex and Thurrock to share information about children who "
              "may be privately fostered, so that the local authority where the child lives is notified, can assess the "
              "arrangement and can visit the child as the law requires.")

A6 = {
    "id": "a6", "base": "SET_Private_Fostering_Notification_Protocol_2019",
    "title": "Private Fostering: Identification and Notification",
    "style": {"rl_font": "Helvetica", "rl_size": 9.5, "columns": 1, "hcolor": "8A4B08", "tshade": "FBE5D6",
              "rl_header": "SET Private Fostering: Identification and Notification – Information Sharing Protocol",
              "rl_header_right": "OFFICIAL",
              "footer": "Essex County Council – Children and Families – Private Fostering Protocol v1.2",
              "font": "Arial", "size": 10, "headings": "bold", "header": "Private Fostering Protocol – Southend, Essex and Thurrock",
              "author": "ECC Children and Families"},
    "blocks": [
        ("cover", [("Southend, Essex and Thurrock", 12, False, "l"), ("Information Sharing Protocol", 13, False, "l"),
                   ("", 16, False, "l"), ("Private Fostering:", 22, True, "l"),
                   ("Identification and Notification", 22, True, "l"), ("", 14, False, "l"),
                   ("Version 1.2", 10, False, "l")]),
        ("tk", [["Published by", "Essex County Council, which maintains this protocol as lead controller on behalf of the signatories"],
                ["Date agreed", "18 November 2019"],
                ["Review date", "Nov-2021"],
                ["Contact", "Private Fostering Lead, Children and Families, County Hall, Chelmsford"]], [4, 12]),
        ("pb", "Contents"),
        ("p", "1 Purpose   2 Background   3 Partners   4 Information   5 Legal basis   6 Rights and consent   "
              "7 Security   8 Exchange   9 Complaints   10 Breaches   11 Agreement   Appendix: Notification form"),
        ("br",),
        ("h", 1, "1 Purpose"),
        ("p", A6_PURPOSE),
        ("h", 1, "2 Background"),
        ("p", "A child is privately fostered when a child under 16 (under 18 if disabled) is cared for and accommodated "
              "for 28 days or more by someone who is not a parent, a person with parental responsibility or a close "
              "relative. Many arrangements are never notified. Children privately fostered include children sent to the "
              "UK for education, students at language schools, teenagers living with friends' families after a family "
              "breakdown, and children brought into the country who may be trafficked."),
        ("p", "Professionals in schools, health services and the police are often the first to learn of an arrangement. "
              "This protocol sets out what they can tell the local authority and how."),
        ("h", 1, "3 Partners"),
        ("b", ["Essex County Council", "Southend-on-Sea Borough Council", "Thurrock Council", "Essex Police",
               "Mid Essex Clinical Commissioning Group", "North East Essex Clinical Commissioning Group",
               "West Essex Clinical Commissioning Group", "Basildon and Brentwood Clinical Commissioning Group"]),
        ("p", "Schools, colleges and language schools are asked to follow the protocol through the SET Safeguarding and "
              "Child Protection Procedures but are not signatories."),
        ("h", 1, "4 Information to be shared"),
        ("p", "When a professional believes a child may be privately fostered they will share the child's name, date of "
              "birth, address and school; the private foster carer's name and address; the parents' names and where they "
              "live; how long the arrangement has lasted and is expected to last; and any concerns about the child's welfare."),
        ("p", "The local authority will share back with the referrer, where appropriate, whether an assessment has been "
              "carried out and whether the arrangement has been accepted, but not the content of the assessment."),
        ("h", 1, "5 Legal basis"),
        ("p", "Section 66 and Schedule 8 of the Children Act 1989 and the Children (Private Arrangements for Fostering) "
              "Regulations 2005 require parents, private foster carers and others involved to notify the local authority "
              "and require the authority to satisfy itself about the welfare of privately fostered children. Section 44 of "
              "the Children Act 2004 strengthened these duties. Partners have duties under the Children Acts 1989 and 2004 "
              "to cooperate and to safeguard children."),
        ("p", "Schools share under the Education Act 1996. Sharing is also permitted by the Data Protection Act 1998: "
              "Schedule 2, condition 5 (functions of a public nature) and Schedule 3, condition 7. The Human Rights Act "
              "1998 requires any sharing to be necessary and proportionate."),
        ("h", 1, "6 Rights and consent"),
        ("p", "Professionals should normally tell the parents and the carer that they are notifying the local authority, "
              "unless this would put the child at risk. Consent is not needed for a notification, because the notification "
              "duty is set in law. Individuals may ask the local authority for the information it holds about them."),
        ("h", 1, "7 Security"),
        ("p", "Notifications are made by phone to the Children and Families Hub and followed by the notification form "
              "sent by secure email. Forms must not be sent to personal email addresses."),
        ("h", 1, "8 Exchange"),
        ("t", [["Step", "Who", "Timescale"],
               ["Notify the local authority", "Any partner", "As soon as the arrangement is known"],
               ["Visit the child", "Local authority social worker", "Within 7 working days of notification"],
               ["Feedback to referrer", "Private Fostering Lead", "Within 10 working days"],
               ["Annual report", "Private Fostering Lead", "To each Safeguarding Children Partnership, every June"]], [5, 5, 6]),
        ("h", 1, "9 Complaints"),
        ("p", "Complaints are managed through the complaints procedure of the organisation concerned."),
        ("h", 1, "10 Breaches"),
        ("p", "Any breach of this protocol is reported to the Data Protection Officer of the organisation that supplied the "
              "information and dealt with under that organisation's incident procedure."),
        ("h", 1, "11 Agreement"),
        ("p", "By signing, partners agree to follow this protocol from the date agreed above."),
        ("t", [["Organisation", "Name", "Title", "Date"],
               ["Essex County Council", "Clare Kershaw", "Director, Local Delivery", "18/11/2019"],
               ["Southend-on-Sea Borough Council", "John O'Loughlin", "Director of Children's Services", "18/11/2019"],
               ["Thurrock Council", "Sheila Murphy", "Corporate Director, Children's Services", "18/11/2019"],
               ["Essex Police", "Det Supt Lucy Morris", "Head of Public Protection", "18/11/2019"],
               ["Mid Essex Clinical Commissioning Group", "Joanne Cooper", "Designated Nurse Safeguarding Children", "18/11/2019"],
               ["North East Essex Clinical Commissioning Group", "Katy Sparrow", "Designated Nurse Safeguarding Children", "18/11/2019"],
               ["West Essex Clinical Commissioning Group", "Dr Hamid Qureshi", "Designated Doctor Safeguarding Children", "18/11/2019"],
               ["Basildon and Brentwood Clinical Commissioning Group", "Ann Lowe", "Head of Safeguarding", "18/11/2019"]], [6, 4, 5, 2.5]),
        ("br",),
        ("h", 1, "Appendix: Private fostering notification form"),
        ("tk", [["Child's name", ""], ["Date of birth", ""], ["Address", ""], ["School / college", ""],
                ["Carer's name and address", ""], ["Parents' names and address", ""],
                ["Date arrangement began", ""], ["Concerns", ""], ["Referrer and agency", ""]], [5, 11]),
    ],
}
A6_TRUTH = {
    "lead": {"name": "Essex County Council", "org": "Essex County Council"},
    "partners": [{"name": "Southend-on-Sea Borough Council", "org": "Southend Borough Council"},
                 {"name": "Thurrock Council", "org": "Thurrock Council"},
                 {"name": "Essex Police", "org": "Essex Police"},
                 {"name": "Mid Essex Clinical Commissioning Group", "org": "Mid Essex Clinical Commissioning Group"},
                 {"name": "North East Essex Clinical Commissioning Group", "org": "North East Essex Clinical Commissioning Group"},
                 {"name": "West Essex Clinical Commissioning Group", "org": "West Essex Clinical Commissioning Group"},
                 {"name": "Basildon and Brentwood Clinical Commissioning Group", "org": "Basildon and Brentwood Clinical Commissioning Group"}],
    "statutes": [S("Section 66 and Schedule 8 of the Children Act 1989", "Children Act", 1989, "section 66"),
                 S("Children (Private Arrangements for Fostering) Regulations 2005",
                   "Children (Private Arrangements for Fostering) Regulations", 2005, None),
                 S("Section 44 of the Children Act 2004", "Children Act", 2004, "section 44"),
                 S("Education Act 1996", "Education Act", 1996, None),
                 S("Data Protection Act 1998", "Data Protection Act", 1998, "Schedule 2"),
                 S("Human Rights Act 1998", "Human Rights Act", 1998, None)],
    "review_date": "2021-11-30", "review_basis": "explicit", "commencement_date": "2019-11-18",
    "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                         "format_frequency", "complaints", "breach", "agreement"],
    "missing_sections": ["retention", "accuracy"],
}

# =================================================== 7. Missing from care RHIs
A7_PURPOSE = ("This protocol allows the police, the local authorities, children's homes and the return interview "
              "service to share information about children in care who go missing, so that each child is found and "
              "kept safe, is offered an independent return home interview within 72 hours of coming back, and so that "
              "what the child tells us is used to reduce the risk of exploitation and further missing episodes.")

A7 = {
    "id": "a7", "base": "Missing_from_Care_Return_Interviews_ISP_Suffolk_Essex",
    "title": "Children Missing from Care: Return Home Interviews and Police Notifications",
    "style": {"font": "Cambria", "size": 11, "headings": "word", "hcolor": "2F4F4F", "tshade": "E2EFD9",
              "header": "ISP – Children Missing from Care: Return Home Interviews and Police Notifications",
              "header_align": "c", "footer": "Cross-border protocol (Suffolk / Essex)", "page_of": False,
              "author": "Cross-border Missing Children Group"},
    "blocks": [
        ("cover", [("INFORMATION SHARING PROTOCOL", 13, True, "c"), ("", 10, False, "c"),
                   ("Children Missing from Care: Return Home Interviews and Police Notifications", 19, True, "c"),
                   ("", 10, False, "c"), ("Cross-border protocol for children placed in, or missing between, Suffolk and Essex", 11, False, "c")]),
        ("tk", [["Version", "2.0"], ["Prepared by", "Cross-border Missing Children Group"],
                ["Approved by", "Suffolk Safeguarding Partnership and Essex Safeguarding Children Board executive groups"],
                ["Commencement", "This protocol commences on 1 October 2023"],
                ["Review", "To be reviewed 12 months from commencement"]], [4, 12]),
        ("t", [["Version", "Date", "Notes"],
               ["1.0", "March 2021", "Suffolk-only protocol"],
               ["2.0", "September 2023", "Extended to Essex; children's homes providers and The Children's Society added"]], [2, 3, 11]),
        ("br",),
        ("h", 1, "1. PURPOSE"),
        ("p", "Children in care are far more likely to go missing than other children, and children placed away from "
              "home in residential care go missing most often of all. Each time a child goes missing they are at risk of "
              "harm, including child sexual and criminal exploitation and county lines."),
        ("p", A7_PURPOSE),
        ("h", 1, "2. WHO IS PART OF THIS PROTOCOL"),
        ("p", "The organisations below have agreed and signed this protocol. None of them acts as a lead organisation; "
              "the Cross-border Missing Children Group keeps the protocol on the partners' behalf."),
        ("t", [["Organisation", "Function"],
               ["Suffolk County Council", "Children's social care; placing and host authority"],
               ["Essex County Council", "Children's social care; placing and host authority"],
               ["Suffolk Constabulary", "Missing person reports, safe and well checks, intelligence"],
               ["Essex Police", "Missing person reports, safe and well checks, intelligence"],
               ["The Children's Society", "Commissioned independent return home interview service"],
               ["Orwell Children's Homes Ltd", "Registered children's homes provider (six homes in Suffolk and north Essex)"],
               ["Meadowbank Care Group", "Registered children's homes provider (four homes in Essex)"]], [6, 10]),
        ("h", 1, "3. INFORMATION WE SHARE"),
        ("b", ["The missing notification: child's name, date of birth, description and photograph, placement address, "
               "placing authority, risk grading, and known associates and locations.",
               "Updates during the episode between the home, the police and the social worker.",
               "The police safe and well check on return.",
               "The return home interview record and the child's account, shared with the social worker and, "
               "where there is a risk of exploitation, with the police and the exploitation panel.",
               "Monthly data on missing episodes per child and per home, for the Missing and Exploitation meetings."]),
        ("h", 1, "4. LEGAL BASIS"),
        ("p", "Local authorities share information to meet their duties under the Children Act 1989, including sections "
              "17, 22 and 47, and under section 11 of the Children Act 2004. Regulation 45 of the Care Planning, Placement "
              "and Case Review (England) Regulations 2010 concerns children placed out of area. The police may share under "
              "their common law powers and section 115 of the Crime and Disorder Act 1998."),
        ("p", "Children's homes are registered under the Care Standards Act 2000 and must have procedures for children "
              "who are missing under regulation 34 of the Children's Homes (England) Regulations 2015."),
        ("p", "The statutory guidance on children who run away or go missing from home or care (DfE, 2014) and Working "
              "Together to Safeguard Children (2023) set out what is expected; they are guidance, not legislation. The "
              "common law duty of confidence is not breached where sharing protects a child from significant harm."),
        ("p", "Processing by all partners is lawful under Article 6(1)(e) UK GDPR, or 6(1)(f) for the private "
              "providers, with Article 9(2)(g) and paragraph 18 of Schedule 1 to the Data Protection Act 2018. Police "
              "processing for law enforcement purposes is under Part 3 of that Act. Sharing must respect Article 8 "
              "rights under the Human Right Act 1998."),
        ("h", 1, "5. SECURITY"),
        ("p", "Missing notifications to the police are made by phone on 101 or 999 and followed by the missing "
              "person form sent to the force's Missing Persons Unit secure mailbox. Return home interview records are "
              "uploaded by The Children's Society to the placing authority's case record through a secure portal. "
              "Children's homes store records in their own systems; registered managers make sure only staff with a "
              "need to know can see them."),
        ("h", 1, "6. WHEN AND HOW INFORMATION IS SHARED"),
        ("t", [["Event", "Shared by", "Shared with", "When"],
               ["Child missing", "Children's home / carer", "Police and placing authority", "Immediately, following the home's missing protocol"],
               ["Child placed from another area goes missing", "Police", "Host authority", "Within 24 hours"],
               ["Child returns", "Home / police", "Social worker; return interview service", "Within 24 hours"],
               ["Return home interview", "The Children's Society", "Social worker; police (where risk)", "Within 72 hours of return"],
               ["Monthly data", "Each local authority", "Missing and Exploitation meeting", "Monthly"]], [4, 4, 4, 4]),
        ("h", 1, "7. HOW LONG WE KEEP INFORMATION"),
        ("p", "Return home interview records form part of the child's case file and are kept until the child's 75th "
              "birthday. Police records are kept in line with the national guidance on the management of police "
              "information. Children's homes keep records for 75 years from the child's date of birth as the "
              "Regulations require."),
        ("h", 1, "8. ACCURACY"),
        ("p", "The person who records a piece of information is responsible for its accuracy. Risk gradings are reviewed "
              "at every episode. Where partners hold different information about the same child, the social worker "
              "resolves the difference and tells the other partners."),
        ("h", 1, "9. COMPLAINTS"),
        ("p", "Children are told how to complain, and about advocacy, at every return home interview. Complaints are "
              "handled by the partner concerned; complaints about the police are handled by the force's Professional "
              "Standards Department."),
        ("h", 1, "10. BREACHES OF THIS PROTOCOL"),
        ("p", "Any partner that becomes aware of a breach must tell the partner that supplied the information within 24 "
              "hours. The partner responsible for the breach records it and considers reporting it to the Information "
              "Commissioner's Office."),
        ("h", 1, "11. SIGNATURES"),
        ("p", "Partners may withdraw by giving one month's notice to the Cross-border Missing Children Group."),
        ("t", [["Organisation", "Name", "Position", "Date"],
               ["Suffolk County Council", "Laura Ashby", "Head of Corporate Parenting", "21/09/2023"],
               ["Essex County Council", "Nicola Turner", "Head of Service, Children in Care", "22/09/2023"],
               ["Suffolk Constabulary", "Det Ch Insp Mark Lacey", "Safeguarding Investigation Unit", "25/09/2023"],
               ["Essex Police", "Supt Anita Shah", "Head of Child Abuse and Exploitation", "26/09/2023"],
               ["The Children's Society", "Emma Rigby", "Service Manager, East Region", "27/09/2023"],
               ["Orwell Children's Homes Ltd", "Daniel Brookes", "Responsible Individual", "28/09/2023"],
               ["Meadowbank Care Group", "Sophie Carr", "Responsible Individual", "29/09/2023"]], [5, 4, 5, 2.5]),
    ],
}
A7_TRUTH = {
    "lead": None,
    "partners": [{"name": "Suffolk County Council", "org": None},
                 {"name": "Essex County Council", "org": "Essex County Council"},
                 {"name": "Suffolk Constabulary", "org": None},
                 {"name": "Essex Police", "org": "Essex Police"},
                 {"name": "The Children's Society", "org": "The Children's Society"},
                 {"name": "Orwell Children's Homes Ltd", "org": None},
                 {"name": "Meadowbank Care Group", "org": None}],
    "statutes": [S("Children Act 1989", "Children Act", 1989, None),
                 S("section 11 of the Children Act 2004", "Children Act", 2004, "section 11"),
                 S("Regulation 45 of the Care Planning, Placement and Case Review (England) Regulations 2010",
                   "Care Planning, Placement and Case Review (England) Regulations", 2010, "regulation 45"),
                 S("section 115 of the Crime and Disorder Act 1998", "Crime and Disorder Act", 1998, "section 115"),
                 S("Care Standards Act 2000", "Care Standards Act", 2000, None),
                 S("regulation 34 of the Children's Homes (England) Regulations 2015",
                   "Children's Homes (England) Regulations", 2015, "regulation 34"),
                 S("UK GDPR", GDPR, None, "Article 6(1)(e)"),
                 S("Data Protection Act 2018", "Data Protection Act", 2018, "Schedule 1 paragraph 18"),
                 S("Human Right Act 1998", "Human Rights Act", 1998, None)],
    "review_date": "2024-10-01", "review_basis": "relative", "commencement_date": "2023-10-01",
    "sections_present": ["purpose", "information_shared", "legal_basis", "security", "format_frequency",
                         "retention", "accuracy", "complaints", "breach", "agreement"],
    "missing_sections": ["individual_rights"],
}

# ========================================================= 8. Cafcass reports
A8_PURPOSE = ("The aim of this agreement is to set out how Cafcass, the local authorities, Essex Police and HMCTS share "
              "information about children who are the subject of family proceedings, so that Cafcass can carry out "
              "safeguarding enquiries and write reports to the court, and the local authorities can contribute to and "
              "act on those reports.")

A8 = {
    "id": "a8", "base": "Cafcass_Essex_Family_Court_Information_Sharing_Agreement",
    "title": "Family Court Work in Essex: Safeguarding Enquiries and Reports to Court",
    "style": {"font": "Arial", "size": 10.5, "headings": "bold", "hcolor": "003A70", "tshade": "D6E4F0",
              "header": "OFFICIAL – SENSITIVE", "header_align": "c",
              "footer": "Cafcass / Essex local authorities / Essex Police / HMCTS", "page_of": True,
              "author": "Cafcass Information Governance"},
    "blocks": [
        ("cover", [("", 20, False, "c")]),
        ("textbox", [("Local Information Sharing Agreement", 12),
                     ("Family Court Work in Essex: Safeguarding Enquiries and Reports to Court", 17),
                     ("Private and public law proceedings", 11)]),
        ("cover", [("", 24, False, "c")]),
        ("tk", [["Lead agency", "Children and Family Court Advisory and Support Service (Cafcass)"],
                ["Cafcass service area", "East (Chelmsford and Southend teams)"],
                ["Document version", "3.1"], ["Commencement", "1 July 2024"], ["Review due", "Jun-2026"],
                ["Approved by", "Assistant Director, Cafcass East; Essex Family Justice Board"]], [4.5, 11.5]),
        ("br",),
        ("h", 1, "Document history"),
        ("t", [["Version", "Date", "Author", "Change"],
               ["2.0", "April 2018", "Cafcass IG", "Rewrite for GDPR"],
               ["3.0", "May 2024", "Cafcass IG", "Updated for the Private Law Pathfinder"],
               ["3.1", "June 2024", "Head of Practice", "HMCTS added as a party"]], [2, 3, 3, 8]),
        ("h", 1, "1. What this agreement is for"),
        ("p", A8_PURPOSE),
        ("p", "In private law cases, Cafcass must make safeguarding enquiries of the local authority and the police "
              "before the first hearing and report the results to the court in a safeguarding letter. In public law "
              "cases, a children's guardian is appointed and needs access to the local authority's records. Courts may "
              "also direct the local authority to investigate under section 37 of the Children Act 1989, or ask it for a "
              "welfare report under section 7 of that Act."),
        ("h", 1, "2. Parties"),
        ("t", [["Party", "Contact role"],
               ["Cafcass", "Head of Practice, East"],
               ["Essex County Council", "Head of Service, Court and Legal Support"],
               ["Southend-on-Sea City Council", "Group Manager, Children's Social Care"],
               ["Thurrock Council", "Service Manager, Family Support and Court"],
               ["Essex Police", "Public Protection Command, Information Sharing Unit"],
               ["HM Courts & Tribunals Service", "Delivery Manager, Chelmsford Family Court"]], [6, 10]),
        ("h", 1, "3. What will be shared"),
        ("p", "Cafcass will send the child's and parties' names, dates of birth and addresses, and the nature of the "
              "application. The local authority will reply with whether the child or family is or has been known, the "
              "dates and outcome of any assessments or child protection plans, and the name of the allocated social "
              "worker. Essex Police will reply with relevant convictions, cautions, domestic abuse incidents and "
              "non-conviction information."),
        ("p", "In public law, the children's guardian may read and copy the local authority's records relating to the "
              "child. HMCTS shares listing information and court orders with Cafcass and the local authorities."),
        ("h", 1, "4. Lawful basis"),
        ("p", "Cafcass's functions are set out in section 12 of the Criminal Justice and Court Services Act 2000. The "
              "children's guardian's right to examine local authority records is in section 42 of the Children Act 1989, "
              "and corresponding provisions of the Adoption and Children Act 2002 apply in adoption proceedings. "
              "Disclosure in proceedings is governed by the Family Procedure Rules 2010, Part 12 and Practice Direction 12B."),
        ("p", "The Children and Families Act 2014 introduced the 26-week limit for care proceedings; timely "
              "sharing under this agreement supports it. Working Together to Safeguard Children (2023) is followed "
              "by all parties."),
        ("p", "For the local authorities and Cafcass, UK GDPR Article 6(1)(e) and Article 9(2)(f) (legal claims and "
              "judicial acts) apply. Criminal offence data is shared by Essex Police under Part 3 of the Data "
              "Protection Act 2018 and received by Cafcass under Schedule 1 paragraph 18. The exemption at Schedule 2 "
              "paragraph 5 applies where disclosure is required by law or in connection with legal proceedings."),
        ("h", 1, "5. Individuals' rights"),
        ("p", "Cafcass's privacy notice for families explains this sharing and is sent with the first letter to the "
              "parties. Information shared in family proceedings is confidential to the court, and any request for it "
              "by a parent will be considered against the Family Procedure Rules before it is released. Other rights "
              "requests are handled by the party that holds the information."),
        ("h", 1, "6. Security"),
        ("p", "Safeguarding enquiries are sent and answered through the Cafcass secure email gateway to named "
              "mailboxes in each local authority and Essex Police. Court bundles are shared through the HMCTS "
              "Document Upload Centre or the Family Public Law digital service. Cafcass officers may not keep local "
              "authority records on personal devices."),
        ("h", 1, "7. Keeping and destroying records"),
        ("p", "Cafcass keeps case files for 25 years from the child's date of birth, or 75 years for adoption cases. "
              "Local authorities keep court reports on the child's record for their own retention period. Safeguarding "
              "enquiry responses are kept with the Cafcass case file."),
        ("h", 1, "8. Accuracy of information"),
        ("p", "Each party is responsible for the accuracy of what it supplies. Where a parent disputes information in a "
              "safeguarding letter, Cafcass will tell the court and the party that supplied it. Police information is "
              "checked against the Police National Computer and local systems before release."),
        ("h", 1, "9. Breach of this agreement"),
        ("p", "Loss or wrong disclosure of information must be reported to the supplying party's information governance "
              "team within one working day. Cafcass records incidents on its own incident system and will inform the "
              "court where court documents are involved."),
        ("h", 1, "10. Agreement, withdrawal and signatures"),
        ("p", "This agreement starts on the commencement date on the first page. Parties can withdraw with three "
              "months' notice in writing to the Cafcass Head of Practice, East."),
        ("t", [["Organisation", "Signatory", "Role", "Date"],
               ["Cafcass", "Joanna Reeve", "Assistant Director, East", "24/06/2024"],
               ["Essex County Council", "Paul Brennan", "Director, Children's Social Care", "25/06/2024"],
               ["Southend-on-Sea City Council", "Farah Iqbal", "Director of Children's Services", "26/06/2024"],
               ["Thurrock Council", "Gareth Lowe", "Assistant Director, Children's Social Care", "27/06/2024"],
               ["Essex Police", "Det Supt Rob Kerr", "Head of Public Protection", "27/06/2024"],
               ["HM Courts & Tribunals Service", "Maria Ellis", "Head of Crime and Family, East", "28/06/2024"]], [5, 4, 5, 2.5]),
        ("h", 1, "Annex – Key contacts"),
        ("t", [["Party", "Mailbox"],
               ["Cafcass East", "east.safeguarding@cafcass.gov.uk"],
               ["Essex County Council", "court.enquiries@essex.gov.uk"],
               ["Southend-on-Sea City Council", "cafcass.enquiries@southend.gov.uk"],
               ["Thurrock Council", "cafcass@thurrock.gov.uk"],
               ["Essex Police", "family.court.checks@essex.police.uk"]], [6, 9]),
    ],
}
A8_TRUTH = {
    "lead": {"name": "Children and Family Court Advisory and Support Service (Cafcass)", "org": None},
    "partners": [{"name": "Essex County Council", "org": "Essex County Council"},
                 {"name": "Southend-on-Sea City Council", "org": "Southend Borough Council"},
                 {"name": "Thurrock Council", "org": "Thurrock Council"},
                 {"name": "Essex Police", "org": "Essex Police"},
                 {"name": "HM Courts & Tribunals Service", "org": None}],
    "statutes": [S("section 37 of the Children Act 1989", "Children Act", 1989, "section 37"),
                 S("section 12 of the Criminal Justice and Court Services Act 2000", "Criminal Justice and Court Services Act", 2000, "section 12"),
                 S("Adoption and Children Act 2002", "Adoption and Children Act", 2002, None),
                 S("Family Procedure Rules 2010", "Family Procedure Rules", 2010, "Part 12"),
                 S("Children and Families Act 2014", "Children and Families Act", 2014, None),
                 S("UK GDPR", GDPR, None, "Article 6(1)(e)"),
                 S("Part 3 of the Data Protection Act 2018", "Data Protection Act", 2018, "Part 3")],
    "review_date": "2026-06-30", "review_basis": "explicit", "commencement_date": "2024-07-01",
    # section 6 "Security" also says how enquiries and bundles are sent: format/method merged into it
    "sections_present": ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                         "format_frequency", "retention", "accuracy", "breach", "agreement"],
    "missing_sections": ["complaints"],
}

# ================================================================ main ------
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
PROFILE = "file:///tmp/lo_children_care_adoption"

# agreement -> formats, and how its PDF is made ("lo" = Word converted by LibreOffice, "rl" = reportlab)
PLAN = [
    (A1, A1_TRUTH, ["docx", "doc"], "lo"),
    (A2, A2_TRUTH, [], "rl"),
    (A3, A3_TRUTH, ["docx", "doc"], "lo"),
    (A4, A4_TRUTH, [], "rl"),
    (A5, A5_TRUTH, ["docx", "doc"], "lo"),
    (A6, A6_TRUTH, ["docx"], "rl"),
    (A7, A7_TRUTH, ["docx", "doc"], "lo"),
    (A8, A8_TRUTH, ["docx"], "lo"),
]


def purpose_of(doc):
    for blk in doc["blocks"]:
        if blk[0] == "p" and blk[1] in (A1_PURPOSE, A2_PURPOSE, A3_PURPOSE, A4_PURPOSE, A5_PURPOSE,
                                        A6_PURPOSE, A7_PURPOSE, A8_PURPOSE):
            return blk[1]
    raise ValueError("no purpose in " + doc["id"])


def soffice(fmt, srcs, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + PROFILE, "--convert-to", fmt,
           "--outdir", outdir] + srcs
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    tmp = tempfile.mkdtemp(prefix="cca_")
    lo_pdf, lo_doc = [], []
    truth = []
    for doc, t, fmts, pdfhow in PLAN:
        base = doc["base"]
        files = {}
        if "docx" in fmts or pdfhow == "lo":
            src = os.path.join(tmp, base + ".docx")
            render_docx(doc, src)
            if "docx" in fmts:
                shutil.copy(src, os.path.join(FILES, base + ".docx"))
                files["docx"] = base + ".docx"
            if pdfhow == "lo":
                lo_pdf.append(src)
            if "doc" in fmts:
                lo_doc.append(src)
                files["doc"] = base + ".doc"
        if pdfhow == "rl":
            render_pdf(doc, os.path.join(FILES, base + ".pdf"))
        files["pdf"] = base + ".pdf"
        for fmt in ("pdf", "docx", "doc"):
            if fmt not in files:
                continue
            rec = {"file": files[fmt], "format": fmt, "title": doc["title"], "purpose": purpose_of(doc)}
            rec.update({k: t[k] for k in ("lead", "partners", "statutes", "review_date", "review_basis",
                                          "commencement_date", "sections_present", "missing_sections")})
            truth.append(rec)
    if lo_pdf:
        soffice("pdf", lo_pdf, FILES)
    if lo_doc:
        soffice("doc", lo_doc, FILES)
    shutil.rmtree(tmp)
    truth.sort(key=lambda r: r["file"])
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d files, %d truth records" % (len(os.listdir(FILES)), len(truth)))


if __name__ == "__main__":
    main()
