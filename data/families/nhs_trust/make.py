"""Build the nhs_trust blind corpus: files/ and truth.json beside this script.

Run from the repository root:  .venv/bin/python data/families/nhs_trust/make.py

Each agreement (agreements_a.py, agreements_b.py) is one block list rendered to DOCX with
python-docx; PDFs are either converted from that DOCX by LibreOffice or drawn directly with
reportlab in a layout of their own; legacy .doc files are converted by LibreOffice.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep the family folder free of __pycache__

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import agreements_a  # noqa: E402
import agreements_b  # noqa: E402
from render import plain_text, render_docx, render_pdf_rl  # noqa: E402

FILES = HERE / "files"
LO_PROFILE = "file:///tmp/lo_nhs_trust"
SECTION_KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def soffice(target: str, src: Path, outdir: Path) -> Path:
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    out = outdir / (src.stem + "." + target.split(":")[0])
    if not out.exists():
        raise RuntimeError(f"LibreOffice did not produce {out}")
    return out


def fix_pdf_dates(path: Path, when: tuple = (2024, 1, 1)) -> None:
    """Blank LibreOffice's creation date and document id in place (same length, so the
    cross-reference offsets stay valid) to keep the output reproducible."""
    data = path.read_bytes()

    def same_len_date(m: re.Match) -> bytes:
        body = m.group(2)
        stamp = b"D:%04d%02d%02d090000" % tuple(when)
        if body.startswith(b"D:") and len(body) >= len(stamp):
            fixed = stamp + body[len(stamp):]
        else:
            fixed = re.sub(rb"\d", b"0", body)
        return m.group(1) + fixed + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", same_len_date, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3)
                  + b"0" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:CreateDate>)([^<]*)(</xmp:CreateDate>)",
                  lambda m: m.group(1) + re.sub(rb"\d", b"0", m.group(2)) + m.group(3), data)
    path.write_bytes(data)


def truth_record(doc: dict, fmt: str) -> dict:
    t = doc["truth"]
    missing = list(t["missing_sections"])
    present = [k for k in SECTION_KEYS if k not in missing]
    return {
        "file": f"{doc['slug']}.{fmt}",
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
        "missing_sections": [k for k in SECTION_KEYS if k in missing],
    }


def self_check(doc: dict) -> None:
    """The truth must be literally supported by the block text."""
    text = plain_text(doc)
    if doc.get("rl_sidebar"):
        text += "\n" + "\n".join(f"{a} {b}" for a, b in doc["rl_sidebar"])
    flat = re.sub(r"\s+", " ", text)
    t = doc["truth"]
    paras = [b[1] for b in doc["blocks"] if b[0] == "p"]
    assert t["purpose"] in paras, (doc["slug"], "purpose is not a paragraph")
    title_parts = t["title"]
    assert title_parts in flat or title_parts in flat.replace("\n", " "), (doc["slug"], "title")
    names = [p["name"] for p in t["partners"]] + ([t["lead"]["name"]] if t["lead"] else [])
    for n in names:
        assert n in flat, (doc["slug"], "name not in text", n)
    assert len(set(names)) == len(names), (doc["slug"], "duplicate party")
    seen = set()
    for s in t["statutes"]:
        assert s["citation"] in flat, (doc["slug"], "citation not in text", s["citation"])
        key = (s["title"], s["year"])
        assert key not in seen, (doc["slug"], "duplicate statute", key)
        seen.add(key)
    for k in t["missing_sections"]:
        assert k in SECTION_KEYS


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    docs = agreements_a.AGREEMENTS + agreements_b.AGREEMENTS
    records = []
    with tempfile.TemporaryDirectory(prefix="nhs_trust_build_") as tmp:
        build = Path(tmp)
        for doc in docs:
            self_check(doc)
            slug, fmts = doc["slug"], doc["formats"]
            work = build / re.sub(r"[^A-Za-z0-9]+", "_", slug)
            work.mkdir()
            need_docx = "docx" in fmts or "doc" in fmts or (
                "pdf" in fmts and doc["pdf_mode"] == "lo")
            src = work / f"{slug}.docx"
            if need_docx:
                render_docx(doc, src)
            for fmt in fmts:
                dest = FILES / f"{slug}.{fmt}"
                if fmt == "docx":
                    shutil.copyfile(src, dest)
                elif fmt == "doc":
                    shutil.copyfile(soffice("doc:MS Word 97", src, work), dest)
                elif fmt == "pdf" and doc["pdf_mode"] == "lo":
                    out = soffice("pdf:writer_pdf_Export", src, work)
                    fix_pdf_dates(out, doc.get("meta_date", (2024, 1, 1)))
                    shutil.copyfile(out, dest)
                elif fmt == "pdf":
                    render_pdf_rl(doc, dest)
                else:
                    raise ValueError(fmt)
                records.append(truth_record(doc, fmt))
                print(f"  wrote {dest.name}")
    (HERE / "truth.json").write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"{len(records)} files, {len(docs)} agreements")


if __name__ == "__main__":
    main()
