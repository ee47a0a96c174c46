"""Check the built corpus: every file opens, and the truth is findable in its text.

Run from the repository root:  .venv/bin/python data/families/nhs_trust/check.py
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep the family folder free of __pycache__

import docx

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
        "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]
FIELDS = ["file", "format", "title", "purpose", "lead", "partners", "statutes", "review_date",
          "review_basis", "commencement_date", "sections_present", "missing_sections"]


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))  # proves it opens
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
        xml = " ".join(z.read(n).decode("utf8") for n in parts)
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:(br|tab)\b[^>]*/>", " ", xml)
    text = html.unescape(re.sub(r"<[^>]+>", "", xml))
    assert d.paragraphs is not None
    return text


def pdf_text(path: Path) -> tuple[str, int]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    raw = subprocess.run(["pdftotext", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    # a copy without page furniture (lines repeated on several pages, page numbers), so
    # that a sentence broken by a page break is still found
    per_page = raw.split("\f")
    counts: dict[str, int] = {}
    for pg in per_page:
        for line in set(l.strip() for l in pg.splitlines() if l.strip()):
            counts[line] = counts.get(line, 0) + 1
    body = "\n".join(
        l for pg in per_page for l in pg.splitlines()
        if l.strip() and counts[l.strip()] < 2 and not re.fullmatch(r"(Page )?\d+( of \d+)?",
                                                                     l.strip()))
    return raw + "\n" + out + "\n" + body, pages


def doc_text(path: Path) -> tuple[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_nhs_trust", "--headless",
                        "--convert-to", "docx", "--outdir", tmp, str(path)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        return docx_text(Path(tmp) / (path.stem + ".docx")), 0


def norm(s: str) -> str:
    s = s.replace("\u00ad", "").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in FILES.iterdir())
    problems = []
    if sorted(r["file"] for r in truth) != files:
        problems.append("truth.json and files/ disagree")
    for r in truth:
        if list(r) != FIELDS:
            problems.append(f"{r['file']}: fields {list(r)}")
        if sorted(r["sections_present"] + r["missing_sections"]) != sorted(KEYS):
            problems.append(f"{r['file']}: sections do not partition the keys")
        if (r["lead"] is None) != False and r["lead"] is not None:
            pass
        if r["review_basis"] == "none" and r["review_date"] is not None:
            problems.append(f"{r['file']}: none basis with a date")
        path = FILES / r["file"]
        pages = 0
        if r["format"] == "pdf":
            text, pages = pdf_text(path)
        elif r["format"] == "docx":
            text = docx_text(path)
        else:
            text, _ = doc_text(path)
        t = norm(text)
        checks = [("title", r["title"]), ("purpose", r["purpose"])]
        if r["lead"]:
            checks.append(("lead", r["lead"]["name"]))
        checks += [("partner", p["name"]) for p in r["partners"]]
        checks += [("citation", s["citation"]) for s in r["statutes"]]
        for what, value in checks:
            if norm(value) not in t:
                problems.append(f"{r['file']}: {what} not found: {value[:70]}")
        print(f"{r['file']:50s} {r['format']:4s} pages={pages or '-':>2} chars={len(t)}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
