"""Generate the county_multiagency blind corpus: files/ and truth.json beside this script.

Run from the repository root:  .venv/bin/python data/families/county_multiagency/make.py

Each agreement module (ag_*.py) defines AGREEMENT = {build, truth, formats, pdf_from}:
  build()    -> render.Doc (the blocks of the document)
  truth()    -> the truth fields shared by every format of that agreement
  formats    -> which of docx / doc / pdf are shipped
  pdf_from   -> "rl" (drawn directly with reportlab), "docx" or "doc" (converted by LibreOffice)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render import write_docx, write_pdf_rl  # noqa: E402

import importlib  # noqa: E402

MODULE_NAMES = ["ag_norfolk_tier1", "ag_suffolk_mash", "ag_cambs_tff", "ag_devon_send", "ag_cumbria_marac",
                "ag_notts_yjs", "ag_set_da", "ag_norfolk_sab", "ag_herts_cse", "ag_lincs_0_19"]

KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security", "format_frequency",
        "retention", "accuracy", "complaints", "breach", "agreement"]
FAMILY = "county_multiagency"
LO_PROFILE = "file:///tmp/lo_%s" % FAMILY


def soffice(target: str, files, outdir: str) -> None:
    if not files:
        return
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", target,
           "--outdir", outdir] + list(files)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def doc_text(doc) -> str:
    """All the text of a Doc's blocks (and running header/footer), whitespace-normalised."""
    from render import Bullets, Clause, H, P, Table, TextBox, plain
    parts = [doc.header_left, doc.header_right, doc.footer_left, doc.footer_center]
    for blk in doc.blocks:
        if isinstance(blk, (P, H)):
            parts.append(blk.text)
        elif isinstance(blk, Clause):
            parts.append(blk.num + " " + blk.text)
        elif isinstance(blk, Bullets):
            parts.extend(blk.items)
        elif isinstance(blk, Table):
            for row in blk.rows:
                parts.extend(row)
        elif isinstance(blk, TextBox):
            parts.extend(p.text for p in blk.paras)
    return " ".join(" ".join(plain(p).split()) for p in parts if p)


def check_against_text(rec: dict, text: str) -> None:
    """Every string the truth quotes must be in the document as written."""
    f = rec["file"]
    assert " ".join(rec["title"].split()) in text, (f, "title", rec["title"])
    assert rec["purpose"] in text, (f, "purpose")
    if rec["lead"]:
        assert rec["lead"]["name"] in text, (f, "lead", rec["lead"])
    for p in rec["partners"]:
        assert p["name"] in text, (f, "partner", p["name"])
    for s in rec["statutes"]:
        assert s["citation"] in text, (f, "citation", s["citation"])


def check_truth(rec: dict) -> None:
    f = rec["file"]
    assert rec["format"] in ("pdf", "docx", "doc"), f
    assert rec["title"] and rec["purpose"], f
    lead = rec["lead"]
    names = [p["name"] for p in rec["partners"]]
    assert len(names) == len(set(names)), (f, "duplicate partner")
    if lead is not None:
        assert lead["name"] not in names, (f, "lead listed as partner")
    seen = set()
    for s in rec["statutes"]:
        k = (s["title"], s["year"])
        assert k not in seen, (f, "duplicate statute", k)
        seen.add(k)
        assert isinstance(s["year"], int), (f, s)
    for k in ("review_date", "commencement_date"):
        if rec[k] is not None:
            dt.date.fromisoformat(rec[k])
    assert rec["review_basis"] in ("explicit", "relative", "none"), f
    if rec["review_basis"] == "none":
        assert rec["review_date"] is None, f
    pres, miss = rec["sections_present"], rec["missing_sections"]
    assert not set(pres) & set(miss), f
    assert sorted(pres + miss) == sorted(KEYS), (f, pres, miss)


def main() -> None:
    files_dir = os.path.join(HERE, "files")
    if os.path.isdir(files_dir):
        shutil.rmtree(files_dir)
    os.makedirs(files_dir)
    work = tempfile.mkdtemp(prefix="cm_build_")
    records = []
    to_doc, pdf_from_docx, pdf_from_doc = [], [], []
    plans = []
    for mname in MODULE_NAMES:
        ag = importlib.import_module(mname).AGREEMENT
        doc = ag["build"]()
        stem = doc.stem
        docx_path = os.path.join(work, stem + ".docx")
        write_docx(doc, docx_path)
        if "docx" in ag["formats"]:
            shutil.copy(docx_path, os.path.join(files_dir, stem + ".docx"))
        if "doc" in ag["formats"] or ag["pdf_from"] == "doc":
            to_doc.append(docx_path)
        if ag["pdf_from"] == "rl":
            write_pdf_rl(doc, os.path.join(files_dir, stem + ".pdf"))
        elif ag["pdf_from"] == "docx":
            pdf_from_docx.append(docx_path)
        elif ag["pdf_from"] == "doc":
            pdf_from_doc.append(os.path.join(work, stem + ".doc"))
        plans.append((stem, ag, doc_text(doc)))

    soffice("doc", to_doc, work)
    soffice("pdf", pdf_from_docx, files_dir)
    soffice("pdf", pdf_from_doc, files_dir)
    for stem, ag, text in plans:
        if "doc" in ag["formats"]:
            shutil.copy(os.path.join(work, stem + ".doc"), os.path.join(files_dir, stem + ".doc"))
        base = ag["truth"]()
        for fmt in ag["formats"]:
            name = "%s.%s" % (stem, fmt)
            assert os.path.exists(os.path.join(files_dir, name)), name
            rec = {"file": name, "format": fmt}
            for k in ("title", "purpose", "lead", "partners", "statutes", "review_date", "review_basis",
                      "commencement_date", "sections_present", "missing_sections"):
                rec[k] = base[k]
            check_truth(rec)
            check_against_text(rec, text)
            records.append(rec)
    shipped = sorted(os.listdir(files_dir))
    assert shipped == sorted(r["file"] for r in records), (shipped, [r["file"] for r in records])
    records.sort(key=lambda r: r["file"])
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(records, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    shutil.rmtree(work, ignore_errors=True)
    print("wrote %d files, %d truth records" % (len(shipped), len(records)))


if __name__ == "__main__":
    only = sys.argv[1:]   # for drafting: build only the named modules
    if only:
        MODULE_NAMES[:] = [m for m in MODULE_NAMES if m in only]
    main()
