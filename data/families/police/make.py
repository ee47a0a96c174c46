"""Generate the `police` family: information sharing agreements in the hand of police
information management units (Essex Police and forces elsewhere).

    .venv/bin/python data/families/police/make.py          # build files/ and truth.json
    .venv/bin/python data/families/police/make.py --check  # build, then check every file

Writes `files/` and `truth.json` beside this script.  Deterministic in content: DOCX and
reportlab PDFs are byte-stable; LibreOffice output (PDF, DOC) and the scanned PDF carry the
same text/images on every run (LibreOffice stamps its own IDs).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import write_docx, write_pdf_rl  # noqa: E402
import agreements_a  # noqa: E402
import agreements_b  # noqa: E402
import agreements_c  # noqa: E402

FILES = HERE / "files"
TRUTH = HERE / "truth.json"
LO_PROFILE = "file:///tmp/lo_police"
SECTION_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]

AGREEMENTS = [
    agreements_a.a01, agreements_a.a02, agreements_a.a03,
    agreements_b.a04, agreements_b.a05, agreements_b.a06,
    agreements_c.a07, agreements_c.a08, agreements_c.a09,
]

SCANNED = "police_07_essex_ppo_2012"


def soffice(args, cwd=None):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore"] + args
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        raise RuntimeError(f"soffice failed: {res.stderr}\n{res.stdout}")
    return res


def make_scan(src_pdf: Path, out_pdf: Path, seed: int):
    """Render the PDF's pages at 200 dpi and rebuild an image-only PDF with Pillow."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(src_pdf), f"{td}/pg"], check=True)
        pages = sorted(Path(td).glob("pg*.png"))
        images = []
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            # photocopier look: slight grey, a small skew, specks and a darker edge
            im = im.point(lambda v: int(18 + v * 0.90))
            angle = rng.uniform(-0.6, 0.6)
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=247)
            dr = ImageDraw.Draw(im)
            w, h = im.size
            for _ in range(260):
                x, y = rng.randrange(w), rng.randrange(h)
                r = rng.choice((1, 1, 1, 2))
                g = rng.randrange(60, 170)
                dr.ellipse((x, y, x + r, y + r), fill=g)
            edge = rng.randrange(8, 22)
            dr.rectangle((0, 0, edge, h), fill=rng.randrange(150, 190))
            images.append(im)
        import datetime as dt
        stamp = dt.datetime(2013, 5, 14, 10, 22, 0).timetuple()
        images[0].save(out_pdf, "PDF", resolution=200.0, save_all=True, append_images=images[1:],
                       title="", author="", creator="Canon iR-ADV C5235 PDF", producer="Canon",
                       creationDate=stamp, modDate=stamp)


def _pin_pdf(path: Path):
    """Replace LibreOffice's creation date and document ID with fixed values of the same
    length, so the PDF bytes do not change between runs (xref offsets are unaffected)."""
    data = path.read_bytes()

    def fix_date(m):
        return b"/CreationDate(D:20240101090000" + m.group(1)[len(b"20240101090000"):] + b")"

    data = re.sub(rb"/CreationDate\(D:([0-9A-Za-z'+-]+)\)", fix_date, data)

    def fix_id(m):
        return (b"/ID [ <" + b"0" * len(m.group(1)) + b">" + m.group(2)
                + b"<" + b"0" * len(m.group(3)) + b"> ]")

    data = re.sub(rb"/ID \[ <([0-9A-F]+)>(\s*)<([0-9A-F]+)> \]", fix_id, data)
    data = re.sub(rb"/DocChecksum /([0-9A-F]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    path.write_bytes(data)


def build():
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    specs = [f() for f in AGREEMENTS]
    records = []
    with tempfile.TemporaryDirectory(prefix="police_build_") as tdir:
        tdir = Path(tdir)
        to_pdf, to_doc = [], []
        for spec in specs:
            key, outs = spec["key"], spec["outputs"]
            if {"docx", "pdf_lo", "doc"} & set(outs):
                tmp_docx = tdir / f"{key}.docx"
                write_docx(spec, str(tmp_docx))
                if "docx" in outs:
                    shutil.copy(tmp_docx, FILES / f"{key}.docx")
                if "pdf_lo" in outs:
                    to_pdf.append(tmp_docx)
                if "doc" in outs:
                    to_doc.append(tmp_docx)
            if "pdf_rl" in outs:
                write_pdf_rl(spec, str(FILES / f"{key}.pdf"))
        if to_pdf:
            soffice(["--convert-to", "pdf", "--outdir", str(FILES)] + [str(p) for p in to_pdf])
            for p in to_pdf:
                _pin_pdf(FILES / f"{p.stem}.pdf")
        if to_doc:
            soffice(["--convert-to", "doc:MS Word 97", "--outdir", str(FILES)] + [str(p) for p in to_doc])
    for n, spec in enumerate(specs):
        key, outs = spec["key"], spec["outputs"]
        if "pdf_scan" in outs:
            make_scan(FILES / f"{key}.pdf", FILES / f"{key}_scan.pdf", seed=7000 + n)
        t = spec["truth"]
        present = [k for k in SECTION_KEYS if k in t["sections_present"]]
        missing = [k for k in SECTION_KEYS if k not in t["sections_present"]]
        names = []
        for o in outs:
            if o == "docx":
                names.append((f"{key}.docx", "docx"))
            elif o in ("pdf_lo", "pdf_rl"):
                names.append((f"{key}.pdf", "pdf"))
            elif o == "doc":
                names.append((f"{key}.doc", "doc"))
            elif o == "pdf_scan":
                names.append((f"{key}_scan.pdf", "pdf"))
        for fname, fmt in names:
            records.append({
                "file": fname,
                "format": fmt,
                "title": t["title"],
                "purpose": t["purpose"],
                "lead": t["lead"],
                "partners": t["partners"],
                "statutes": t["statutes"],
                "review_date": t["review_date"],
                "review_basis": t["review_basis"],
                "commencement_date": t["commencement_date"],
                "sections_present": present,
                "missing_sections": missing,
            })
    records.sort(key=lambda r: r["file"])
    TRUTH.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return specs, records


# --------------------------------------------------------------------------- checks

def _norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    s = re.sub(r"(?<=[a-z])-\s*\n\s*(?=[a-z])", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def _ws(s: str) -> str:
    return " ".join(s.split())


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-layout" if False else "-raw", str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
    if path.suffix == ".docx":
        import docx
        from docx.oxml.ns import qn
        d = docx.Document(str(path))
        parts = []
        for sec in d.sections:
            parts += [p.text for p in sec.header.paragraphs]
        body = d.element.body
        for p in body.iter(qn("w:p")):
            parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
        return "\n".join(parts)
    if path.suffix == ".doc":
        with tempfile.TemporaryDirectory() as td:
            # via PDF, so that headers, footers and text boxes are included
            soffice(["--convert-to", "pdf", "--outdir", td, str(path)])
            return subprocess.run(["pdftotext", "-raw", str(Path(td) / (path.stem + ".pdf")), "-"],
                                  capture_output=True, text=True, check=True).stdout
    raise ValueError(path)


ACT_RE = re.compile(r"\b(?:Act|Acts|Regulations|Order)\s*\(?(\d{4})")


SPECS = {}


def check(records):
    ok = True
    pages = {}
    for rec in records:
        path = FILES / rec["file"]
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout if path.suffix == ".pdf" else ""
        m = re.search(r"Pages:\s+(\d+)", info)
        if m:
            pages[rec["file"]] = int(m.group(1))
        txt = text_of(path)
        # drop running headers and footers so that text broken across a page still matches
        spec = SPECS.get(rec["file"].split(".")[0].replace("_scan", ""))
        furniture = set()
        if spec:
            m_ = spec["meta"]
            furniture |= {m_["marking"], m_.get("footer_text", "")}
            furniture |= {h["text"] for h in m_.get("docx_header_lines", [])}
            rl_ = m_.get("rl", {})
            furniture |= {rl_.get("running_left", ""), rl_.get("running_right", ""), rl_.get("footer_left", "")}
        furniture.discard("")
        lines = [ln for ln in txt.splitlines()
                 if not re.search(r"Page \d+ of \d+", ln)
                 and not any(_ws(ln) == _ws(f) or (len(f) > 12 and _ws(ln).startswith(_ws(f))) for f in furniture)]
        nt = _norm(txt) + " || " + _norm("\n".join(lines))
        if rec["file"].endswith("_scan.pdf"):
            nt = _norm(txt)
            if nt.strip():
                print(f"FAIL {rec['file']}: scanned PDF has a text layer ({len(nt)} chars)")
                ok = False
            else:
                print(f"ok   {rec['file']}: no text layer, {pages.get(rec['file'])} pages")
            continue
        problems = []
        if _norm(rec["title"]) not in nt:
            problems.append("title")
        if _norm(rec["purpose"]) not in nt:
            problems.append("purpose")
        if rec["lead"] and _norm(rec["lead"]["name"]) not in nt:
            problems.append("lead")
        for p in rec["partners"]:
            if _norm(p["name"]) not in nt:
                problems.append("partner:" + p["name"])
        for s in rec["statutes"]:
            if _norm(s["citation"]) not in nt:
                problems.append("statute:" + s["citation"])
        # any Act/Regulations/Order with a year in the text that the truth does not list?
        known = {(_norm(s["title"]), s["year"]) for s in rec["statutes"]}
        cits = {_norm(s["citation"]) for s in rec["statutes"]}
        stray = set()
        flat = re.sub(r"\s+", " ", txt)
        for m in ACT_RE.finditer(flat):
            ctx = flat[max(0, m.start() - 70):m.end()]
            nctx = _norm(ctx)
            year = int(m.group(1))
            if any(k[0] in nctx and (k[1] == year or k[1] is None) for k in known):
                continue
            if any(c in nctx or nctx.endswith(c[-40:]) for c in cits):
                continue
            stray.add("..." + ctx[-90:])
        if stray:
            print(f"     {rec['file']}: Act-like phrases not in truth (review): {sorted(stray)}")
        if problems:
            ok = False
            print(f"FAIL {rec['file']}: {problems}")
        else:
            print(f"ok   {rec['file']}: {len(txt)} chars" + (f", {pages[rec['file']]} pages" if rec['file'] in pages else ""))
    # truth conventions
    files_on_disk = sorted(p.name for p in FILES.iterdir())
    if files_on_disk != sorted(r["file"] for r in records):
        ok = False
        print("FAIL files on disk and truth records differ", files_on_disk)
    for r in records:
        assert set(r) == {"file", "format", "title", "purpose", "lead", "partners", "statutes",
                          "review_date", "review_basis", "commencement_date", "sections_present",
                          "missing_sections"}
        assert r["review_basis"] in ("explicit", "relative", "none")
        assert (r["review_date"] is None) == (r["review_basis"] == "none" or r["review_date"] is None)
        assert sorted(r["sections_present"] + r["missing_sections"]) == sorted(SECTION_KEYS)
        seen = set()
        for s in r["statutes"]:
            k = (s["title"], s["year"])
            assert k not in seen, (r["file"], k)
            seen.add(k)
        names = [p["name"] for p in r["partners"]]
        assert len(names) == len(set(names)), r["file"]
        if r["lead"]:
            assert r["lead"]["name"] not in names, r["file"]
    print("ALL OK" if ok else "SOME CHECKS FAILED")
    return ok


if __name__ == "__main__":
    specs, records = build()
    SPECS.update({sp["key"]: sp for sp in specs})
    print(f"wrote {len(records)} files for {len(specs)} agreements")
    if "--check" in sys.argv:
        sys.exit(0 if check(records) else 1)
