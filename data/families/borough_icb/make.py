"""Blind corpus family `borough_icb`: London boroughs, metropolitan councils, ICBs and CSUs.

Deterministic: run as  .venv/bin/python data/families/borough_icb/make.py
Writes files/ and truth.json beside this script.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, FrameBreak, PageBreak, KeepTogether)

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
LO_PROFILE = "file:///tmp/lo_borough_icb"

ALL_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
            "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]

UKGDPR = "UK General Data Protection Regulation"
EUGDPR = "General Data Protection Regulation (EU)"


def S(citation, title, year, provision=None):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def P(name, org=None):
    return {"name": name, "org": org}


# ---------------------------------------------------------------------------------------
# Content model: blocks
#   ("h", text, keys)          section heading; keys = template keys it covers
#   ("p", text)                paragraph
#   ("b", [items])             bullet list
#   ("t", header, rows)        table (header may be None)
#   ("box", title, rows)       shaded summary box (key/value rows)
#   ("br",)                    page break
# ---------------------------------------------------------------------------------------

from agreements import AGREEMENTS  # noqa: E402  (content lives in agreements.py)


# ----------------------------------- DOCX renderer -------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def docx_table(doc, header, rows, fill="D9E2F3"):
    ncol = len(header) if header else len(rows[0])
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for i, h in enumerate(header):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(h)
            r.bold = True
            shade(cells[i], fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            lines = str(v).split("\n")
            cells[i].text = lines[0]
            for extra in lines[1:]:
                cells[i].add_paragraph(extra)
    doc.add_paragraph()
    return t


def render_docx(ag, path):
    st = ag["style"]
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = st.get("font", "Arial")
    normal.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = st.get("header", "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = st.get("footer", "")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    colour = RGBColor.from_string(st.get("colour", "1F3864"))
    for blk in ag["cover"] + ag["body"]:
        kind = blk[0]
        if kind == "logo":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(14)
            r.font.color.rgb = colour
        elif kind == "cover_title":
            for line in blk[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(line[0])
                r.bold = True
                r.font.size = Pt(line[1])
                r.font.color.rgb = colour
        elif kind == "cover_table":  # title inside a table cell
            docx_table(doc, None, blk[1])
        elif kind == "h":
            if st.get("heading_style") == "bold":
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.bold = True
                r.font.size = Pt(12)
                r.font.color.rgb = colour
            else:
                doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "b":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "t":
            docx_table(doc, blk[1], blk[2])
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            shade(c, st.get("box_fill", "E2EFDA"))
            c.text = ""
            r = c.paragraphs[0].add_run(blk[1])
            r.bold = True
            for k, v in blk[2]:
                p = c.add_paragraph()
                rk = p.add_run(k + ": ")
                rk.bold = True
                p.add_run(v)
            doc.add_paragraph()
        elif kind in ("br", "pb"):
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.title = ""
    doc.core_properties.author = st.get("author", "Information Governance")
    doc.save(path)


# ---------------------------------- reportlab renderer ---------------------------------
def rl_styles(st):
    c = colors.HexColor("#" + st.get("colour", "1F3864"))
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=st.get("fs", 9.5),
                          leading=st.get("fs", 9.5) + 3, spaceAfter=5)
    return {
        "p": base,
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11,
                            leading=14, textColor=c, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold", fontSize=8.5,
                                leading=10.5, spaceAfter=0),
        "bul": ParagraphStyle("bul", parent=base, leftIndent=12, bulletIndent=2),
        "logo": ParagraphStyle("logo", parent=base, fontName="Helvetica-Bold", fontSize=13,
                               textColor=c, leading=16),
        "colour": c,
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_flow(ag, width):
    st = ag["style"]
    S_ = rl_styles(st)
    out = []
    for blk in ag["cover"] + ag["body"]:
        kind = blk[0]
        if kind == "logo":
            out.append(Paragraph(esc(blk[1]), S_["logo"]))
        elif kind == "cover_title":
            for line, size in blk[1]:
                out.append(Paragraph(esc(line), ParagraphStyle(
                    "ct", parent=S_["h"], fontSize=size, leading=size + 3)))
        elif kind == "h":
            out.append(Paragraph(esc(blk[1]), S_["h"]))
        elif kind == "h2":
            out.append(Paragraph(esc(blk[1]), S_["h2"]))
        elif kind == "p":
            out.append(Paragraph(esc(blk[1]), S_["p"]))
        elif kind == "b":
            for it in blk[1]:
                out.append(Paragraph(esc(it), S_["bul"], bulletText="\u2022"))
        elif kind in ("t", "cover_table"):
            header = blk[1] if kind == "t" else None
            rows = blk[2] if kind == "t" else blk[1]
            data = []
            if header:
                data.append([Paragraph(esc(h), S_["cellb"]) for h in header])
            for row in rows:
                data.append([Paragraph(esc(str(v)).replace("\n", "<br/>"), S_["cell"])
                             for v in row])
            ncol = len(data[0])
            tb = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")))
            tb.setStyle(TableStyle(ts))
            out += [tb, Spacer(1, 6)]
        elif kind == "box":
            inner = [Paragraph("<b>%s</b>" % esc(blk[1]), S_["cell"])]
            for k, v in blk[2]:
                inner.append(Paragraph("<b>%s:</b> %s" % (esc(k), esc(v)), S_["cell"]))
            tb = Table([[inner]], colWidths=[width])
            tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, S_["colour"]),
                                    ("BACKGROUND", (0, 0), (-1, -1),
                                     colors.HexColor("#" + st.get("box_fill", "EEF3E8"))),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            out += [tb, Spacer(1, 8)]
        elif kind == "br":
            out.append(PageBreak() if st.get("columns", 1) == 1 else FrameBreak())
        elif kind == "pb":
            out.append(PageBreak())
        else:
            raise ValueError(kind)
    return out


def render_reportlab(ag, path):
    st = ag["style"]
    W, H = A4
    m = 1.8 * cm
    cols = st.get("columns", 1)
    gap = 0.6 * cm
    top = H - m - 1.0 * cm
    fw = (W - 2 * m - gap * (cols - 1)) / cols
    fh = top - m - 0.6 * cm
    frames = [Frame(m + i * (fw + gap), m + 0.6 * cm, fw, fh, id="f%d" % i,
                    leftPadding=2, rightPadding=2) for i in range(cols)]
    colour = colors.HexColor("#" + st.get("colour", "1F3864"))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colour)
        canv.rect(0, H - 1.3 * cm, W, 1.3 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(m, H - 0.85 * cm, st.get("header", ""))
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(m, 1.0 * cm, st.get("footer", ""))
        canv.drawRightString(W - m, 1.0 * cm, "Page %d" % doc.page)
        if cols > 1:
            canv.setStrokeColor(colors.lightgrey)
            x = m + fw + gap / 2
            canv.line(x, m + 0.6 * cm, x, top)
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title="", author=st.get("author", ""))
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    doc.build(rl_flow(ag, fw - 4))


# -------------------------------------- truth ------------------------------------------
def full_text(ag):
    parts = []
    for blk in ag["cover"] + ag["body"]:
        k = blk[0]
        if k in ("logo", "h", "h2", "p"):
            parts.append(blk[1])
        elif k == "b":
            parts += blk[1]
        elif k == "cover_title":
            parts += [x[0] for x in blk[1]]
        elif k == "cover_table":
            parts += [str(c) for r in blk[1] for c in r]
        elif k == "t":
            parts += [str(c) for r in [blk[1]] + blk[2] for c in r]
        elif k == "box":
            parts += [blk[1]] + [a + ": " + b for a, b in blk[2]]
    return "\n".join(parts)


def check(ag):
    text = full_text(ag)
    assert ag["purpose"] in [b[1] for b in ag["body"] if b[0] == "p"], ag["id"]
    for s in ag["statutes"]:
        assert s["citation"] in text, (ag["id"], s["citation"])
    for p in ag["partners"] + ([ag["lead"]] if ag["lead"] else []):
        assert p["name"] in text, (ag["id"], p["name"])
    keys = set()
    for b in ag["body"]:
        if b[0] == "h":
            keys.update(b[2])
    assert keys <= set(ALL_KEYS), keys
    return [k for k in ALL_KEYS if k in keys], [k for k in ALL_KEYS if k not in keys]


def soffice(fmt, srcs):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to",
           fmt, "--outdir", str(OUT)] + [str(s) for s in srcs]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=600)


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    truth = []
    to_pdf, to_doc = [], []
    for ag in AGREEMENTS:
        present, missing = check(ag)
        base = ag["id"]
        files = []
        if "docx" in ag["formats"]:
            p = OUT / (base + ".docx")
            render_docx(ag, p)
            files.append((p.name, "docx"))
            if ag["pdf"] == "word":
                to_pdf.append(p)
            if "doc" in ag["formats"]:
                to_doc.append(p)
                files.append((base + ".doc", "doc"))
        if ag["pdf"] == "reportlab":
            render_reportlab(ag, OUT / (base + ".pdf"))
        files.append((base + ".pdf", "pdf"))
        for fname, fmt in files:
            truth.append({
                "file": fname, "format": fmt, "title": ag["title"], "purpose": ag["purpose"],
                "lead": ag["lead"], "partners": ag["partners"], "statutes": ag["statutes"],
                "review_date": ag["review_date"], "review_basis": ag["review_basis"],
                "commencement_date": ag["commencement_date"],
                "sections_present": present, "missing_sections": missing,
            })
    if to_pdf:
        soffice("pdf", to_pdf)
    if to_doc:
        soffice("doc", to_doc)
    truth.sort(key=lambda r: r["file"])
    for r in truth:
        assert (OUT / r["file"]).exists(), r["file"]
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    print("wrote %d files, %d truth records" % (len(list(OUT.iterdir())), len(truth)))


if __name__ == "__main__":
    main()
