#!/usr/bin/env python3
"""Build ``pipeline/resources/successors.csv``: bodies that no longer exist, with when they
ended and who took their work on.

Two sources:

- every clinical commissioning group in England in April 2021 (ONS list in
  ``../shared/data/organisations/nhs_ccgs_and_stps_ons_apr2021.csv``, with the STP it sat in).
  CCGs were abolished on 1 July 2022 by the Health and Care Act 2022 and their work passed to
  the integrated care board for the STP's area; the ICB is the December 2024 list's entry
  whose name matches the STP's (``nhs_integrated_care_boards_dec2024.csv``), or "the
  integrated care board for its area" when no name matches well enough to say;
- the bodies below, each with its public source: mergers and abolitions an ISP register
  meets (Essex's mental health trusts before EPUT, Public Health England, the National
  Probation Service and the community rehabilitation companies, NHS Digital).

Run: ``.venv/bin/python scripts/build_successors.py`` (needs ../shared/data/organisations).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT.parent / "shared" / "data" / "organisations"
OUT = ROOT / "pipeline" / "resources" / "successors.csv"

CCGS_ENDED = "2022-07-01"
ANY_ICB = "the integrated care board for its area"

#: name, ended, successor, reason (each from the body's own or the government's notice).
KNOWN = [
    ("North Essex Partnership University NHS Foundation Trust", "2017-04-01",
     "Essex Partnership University NHS Foundation Trust", "merged with SEPT to form EPUT"),
    ("North Essex Partnership NHS Foundation Trust", "2017-04-01",
     "Essex Partnership University NHS Foundation Trust", "merged with SEPT to form EPUT"),
    ("NEPT", "2017-04-01", "Essex Partnership University NHS Foundation Trust",
     "merged with SEPT to form EPUT"),
    ("South Essex Partnership University NHS Foundation Trust", "2017-04-01",
     "Essex Partnership University NHS Foundation Trust", "merged with NEPT to form EPUT"),
    ("SEPT", "2017-04-01", "Essex Partnership University NHS Foundation Trust",
     "merged with NEPT to form EPUT"),
    ("Public Health England", "2021-10-01",
     "UK Health Security Agency; Office for Health Improvement and Disparities",
     "abolished; health protection to UKHSA, health improvement to OHID"),
    ("PHE", "2021-10-01", "UK Health Security Agency; Office for Health Improvement and "
     "Disparities", "abolished; health protection to UKHSA, health improvement to OHID"),
    ("National Probation Service", "2021-06-26", "The Probation Service",
     "unified with the community rehabilitation companies"),
    ("Essex Community Rehabilitation Company", "2021-06-26", "The Probation Service",
     "community rehabilitation companies ended; work unified in the Probation Service"),
    ("Essex CRC", "2021-06-26", "The Probation Service",
     "community rehabilitation companies ended; work unified in the Probation Service"),
    ("Kent, Surrey and Sussex Community Rehabilitation Company", "2021-06-26",
     "The Probation Service", "community rehabilitation companies ended"),
    ("NHS Digital", "2023-02-01", "NHS England", "merged into NHS England"),
    ("Health and Social Care Information Centre", "2023-02-01", "NHS England",
     "became NHS Digital (2016), merged into NHS England"),
    ("NHS Improvement", "2022-07-01", "NHS England", "merged into NHS England"),
    ("Health Education England", "2023-04-01", "NHS England", "merged into NHS England"),
    ("Colchester Hospital University NHS Foundation Trust", "2018-07-01",
     "East Suffolk and North Essex NHS Foundation Trust", "merged with Ipswich Hospital"),
    ("Basildon and Thurrock University Hospitals NHS Foundation Trust", "2020-04-01",
     "Mid and South Essex NHS Foundation Trust", "merged with Mid Essex and Southend"),
    ("Mid Essex Hospital Services NHS Trust", "2020-04-01",
     "Mid and South Essex NHS Foundation Trust", "merged with Basildon and Southend"),
    ("Southend University Hospital NHS Foundation Trust", "2020-04-01",
     "Mid and South Essex NHS Foundation Trust", "merged with Basildon and Mid Essex"),
]


#: CCGs whose area went to another ICB than their STP's when the ICBs began (July 2022).
MOVED = {
    "NHS Bassetlaw CCG": "NHS Nottingham and Nottinghamshire Integrated Care Board",
    "NHS North Yorkshire CCG": "NHS Humber and North Yorkshire Integrated Care Board",
    "NHS Sandwell and West Birmingham CCG": ANY_ICB,  # split between two ICBs
}


def _area(name: str) -> str:
    return re.sub(r"^NHS\s+|\s+Integrated Care Board$", "", name)


def _icb_for(stp: str, icbs: list[str]) -> str:
    """The ICB whose area is the STP's: all of the ICB's words in the STP's name, the
    closest spelling breaking ties ("Gloucestershire" is not "Bristol, … Gloucestershire")."""
    scored = [(fuzz.token_set_ratio(stp, _area(i)), fuzz.ratio(stp, _area(i)), i) for i in icbs]
    best = max(scored, default=None)
    return best[2] if best and best[0] >= 85 else ANY_ICB


def main() -> int:
    if not LISTS.is_dir():
        print(f"no lists at {LISTS}", file=sys.stderr)
        return 1
    with (LISTS / "nhs_integrated_care_boards_dec2024.csv").open(encoding="utf-8") as f:
        icbs = [r["name"] for r in csv.DictReader(f) if r["kind"] == "icb"]
    rows = []
    with (LISTS / "nhs_ccgs_and_stps_ons_apr2021.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["kind"] == "ccg":
                successor = MOVED.get(r["name"]) or _icb_for(r["parent_name"], icbs)
                rows.append((r["name"], CCGS_ENDED, successor,
                             "CCGs abolished by the Health and Care Act 2022"))
    rows += KNOWN
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Bodies that no longer exist, built by scripts/build_successors.py from the\n"
                "# ONS CCG list (April 2021), the ICB list (December 2024) and known mergers.\n")
        writer = csv.writer(f)
        writer.writerow(["name", "ended", "successor", "reason"])
        writer.writerows(sorted(set(rows)))
    print(f"{len(rows)} bodies -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
