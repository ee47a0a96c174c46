"""Generator for the adult_social_care blind corpus family.

Run:  .venv/bin/python data/families/adult_social_care/make.py
Writes files/ and truth.json beside this script. Deterministic: no randomness, no current dates.
"""
import json
import os
import shutil
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render as R  # noqa: E402
from agreements import AGREEMENTS, SECTION_KEYS  # noqa: E402

FILES = os.path.join(HERE, "files")
SCRATCH = "/tmp/asc_build"


def docx_blocks(ag):
    """Blocks for the Word rendering: cover, then body (wide markers flattened)."""
    body = []
    for b in ag["body"]:
        if b[0] == "wide":
            body += b[1]
        elif b[0] == "framebreak":
            continue
        else:
            body.append(b)
    return ag["cover"] + body


def build_one(ag):
    base = ag["base"]
    formats = ag["formats"]
    docx_tmp = os.path.join(SCRATCH, base + ".docx")
    spec = dict(ag.get("docx", {}))
    spec["blocks"] = docx_blocks(ag)
    R.docx_build(spec, docx_tmp)
    made = []
    if "docx" in formats:
        shutil.copyfile(docx_tmp, os.path.join(FILES, base + ".docx"))
        made.append(base + ".docx")
    if "doc" in formats:
        out = R.soffice_convert(docx_tmp, "doc", SCRATCH)
        shutil.copyfile(out, os.path.join(FILES, base + ".doc"))
        made.append(base + ".doc")
    if "pdf" in formats:
        pdf_path = os.path.join(FILES, base + ".pdf")
        if ag["pdf_via"] == "word":
            out = R.soffice_convert(docx_tmp, "pdf", SCRATCH)
            shutil.copyfile(out, pdf_path)
        else:
            rl = ag["rl"]
            R.rl_build(pdf_path, ag["cover"], ag["body"], rl["layout"], rl["header_left"],
                       rl["header_right"], rl["footer"], font=rl.get("font", "Helvetica"),
                       size=rl.get("size", 9.5), accent=rl.get("accent", "#1F3864"),
                       title_meta=rl.get("meta_title", ""))
        made.append(base + ".pdf")
    return made


def truth_records(ag, made):
    t = ag["truth"]
    missing = t["missing_sections"]
    present = [k for k in SECTION_KEYS if k not in missing]
    recs = []
    order = {"pdf": 0, "docx": 1, "doc": 2}
    for fname in sorted(made, key=lambda f: order[f.rsplit(".", 1)[1]]):
        recs.append({
            "file": fname,
            "format": fname.rsplit(".", 1)[1],
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
    return recs


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    if os.path.isdir(SCRATCH):
        shutil.rmtree(SCRATCH)
    os.makedirs(SCRATCH)
    truth = []
    for ag in AGREEMENTS:
        made = build_one(ag)
        truth += truth_records(ag, made)
        print("built", ag["base"], made)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(len(truth), "truth records")


if __name__ == "__main__":
    main()
