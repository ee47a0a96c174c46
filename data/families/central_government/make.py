#!/usr/bin/env python3
"""Generator for the central_government blind corpus family.

Run as:  .venv/bin/python data/families/central_government/make.py
Writes files/ and truth.json beside this script. Deterministic: no randomness, no current dates.
"""
import json
import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs_a  # noqa: E402
import docs_b  # noqa: E402
from render import build_docx, build_pdf, soffice  # noqa: E402

FILES = HERE / "files"
TMP = Path("/tmp/cg_build")

AGREEMENTS = [
    docs_a.dwp_searchlight, docs_a.hmrc_debt, docs_a.homes_for_ukraine, docs_a.nfi,
    docs_a.supporting_families, docs_b.voa_protocol, docs_b.dvla_kadoe, docs_b.hmpps_duty_to_refer,
    docs_b.electoral_matching, docs_b.ons_admin_data,
]


def main():
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    if TMP.exists():
        shutil.rmtree(TMP)
    TMP.mkdir(parents=True)

    to_pdf, to_doc = [], []
    truth = []
    for fn in AGREEMENTS:
        blocks, opts, meta = fn()
        fmts = meta["formats"]
        stem = meta["stem"]
        need_docx = any(m == "lo" for m in fmts.values()) or "docx" in fmts
        if need_docx:
            dst = (FILES if "docx" in fmts else TMP) / (stem + ".docx")
            build_docx(dst, blocks, opts)
            if fmts.get("pdf") == "lo":
                to_pdf.append(dst)
            if fmts.get("doc") == "lo":
                to_doc.append(dst)
        if fmts.get("pdf") == "rl":
            build_pdf(FILES / (stem + ".pdf"), blocks, opts)
        present = [k for k in docs_a.ALL if k not in meta["missing"]]
        for fmt in ("pdf", "docx", "doc"):
            if fmt not in fmts:
                continue
            truth.append({
                "file": stem + "." + fmt,
                "format": fmt,
                "title": meta["title"],
                "purpose": meta["purpose"],
                "lead": meta["lead"],
                "partners": meta["partners"],
                "statutes": meta["statutes"],
                "review_date": meta["review_date"],
                "review_basis": meta["review_basis"],
                "commencement_date": meta["commencement_date"],
                "sections_present": present,
                "missing_sections": list(meta["missing"]),
            })
    if to_pdf:
        soffice("pdf", FILES, to_pdf)
    if to_doc:
        soffice("doc", FILES, to_doc)
    for rec in truth:
        if not (FILES / rec["file"]).exists():
            raise SystemExit("missing output: " + rec["file"])
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("agreements:", len(AGREEMENTS), "files:", len(truth))


if __name__ == "__main__":
    main()
