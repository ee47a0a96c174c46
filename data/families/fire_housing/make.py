"""Generate the fire_housing blind corpus: files/ and truth.json beside this script.

Run:  .venv/bin/python data/families/fire_housing/make.py
Deterministic content; LibreOffice (own profile /tmp/lo_fire_housing) converts DOCX to PDF/DOC.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from agreements_a import build_a1, build_a2, build_a4  # noqa: E402
from agreements_b import build_a6, build_a7, build_a8, build_a9  # noqa: E402
from agreements_c import build_a3, build_a5, build_a10  # noqa: E402
from common import lo_convert  # noqa: E402

# builder, extra formats made from the DOCX with LibreOffice
PLAN = [
    (build_a1, ["pdf", "doc"]),
    (build_a2, ["pdf"]),
    (build_a3, []),            # reportlab PDF only
    (build_a4, ["pdf", "doc"]),
    (build_a5, []),            # reportlab PDF only
    (build_a6, ["pdf", "doc"]),
    (build_a7, ["pdf"]),
    (build_a8, ["pdf", "doc"]),
    (build_a9, ["pdf"]),
    (build_a10, []),           # reportlab PDF only
]

KEYS = ["title", "purpose", "lead", "partners", "statutes", "review_date", "review_basis",
        "commencement_date", "sections_present", "missing_sections"]
ALL_SECTIONS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security",
                "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement"]


def main():
    out = HERE / "files"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    records = []
    for builder, extra in PLAN:
        path, truth = builder(out)
        assert set(truth) == set(KEYS), (path, set(truth) ^ set(KEYS))
        assert sorted(truth["sections_present"] + truth["missing_sections"]) == sorted(
            ALL_SECTIONS), path
        files = [path] + [lo_convert(path, fmt, out) for fmt in extra]
        for f in files:
            rec = {"file": f.name, "format": f.suffix.lstrip(".")}
            rec.update({k: truth[k] for k in KEYS})
            records.append(rec)
        print(f"{path.stem}: {', '.join(f.suffix.lstrip('.') for f in files)}")
    (HERE / "truth.json").write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"{len(records)} files, truth.json written")


if __name__ == "__main__":
    main()
