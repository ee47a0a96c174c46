#!/usr/bin/env python
"""Build ``pipeline/resources/public_bodies.csv`` from the official lists of UK public bodies.

The lists (``../shared/data/organisations/``, see its SOURCES.md: ONS, NHS ODS, GOV.UK,
police.uk, mySociety) name councils, NHS trusts, boards and CCGs, police forces, fire and
rescue services and central government bodies. The product ships the names it needs to know
that "Lancashire Constabulary" is an organisation: one row per name as usually written, with
its kind and the list it came from. Area lists (probation regions, fire authority areas, ONS
districts) name places, not bodies, and are left out.

    .venv/bin/python scripts/build_public_bodies.py [--source DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "data" / "organisations"
OUT = REPO / "pipeline" / "resources" / "public_bodies.csv"

_SMALL = {"and", "of", "the", "for", "in", "on", "upon", "at", "with", "by", "to"}
_UPPER = {"NHS", "CCG", "ICB", "UK", "HM", "GP", "II", "III", "UCL", "ODS"}


def proper_case(name: str) -> str:
    """"NORTH LONDON NHS FOUNDATION TRUST" → "North London NHS Foundation Trust"."""
    if name != name.upper():
        return name
    words = []
    for i, word in enumerate(name.split()):
        bare = word.strip("(),")
        if bare in _UPPER:
            words.append(word)
        elif i and bare.lower() in _SMALL:
            words.append(word.lower())
        else:
            words.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    out = " ".join(words)
    return re.sub(r"(?<=[’'])S\b", "s", out)  # "KING’S", not "King’S"


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def bodies(source: Path) -> Iterator[tuple[str, str, str]]:
    """(name, kind, list) for every body, with the other names it commonly goes by."""
    for row in _rows(source / "local_authorities.csv"):
        yield row["name"], row["kind"], "local_authorities.csv"
        for alt in filter(None, (a.strip() for a in row.get("alt_names", "").split("|"))):
            if alt != alt.lower() and re.search(r"\b(?:Council|Authority|Corporation)\b", alt):
                yield alt, row["kind"], "local_authorities.csv"  # lower-case ones are places
    for name in ("nhs_trusts.csv", "nhs_wales_local_health_boards.csv",
                 "nhs_scotland_health_boards.csv"):
        for row in _rows(source / name):
            yield proper_case(row["name"]), row["kind"], name
    for row in _rows(source / "nhs_integrated_care_boards_dec2024.csv"):
        yield row["name"], "icb", "nhs_integrated_care_boards_dec2024.csv"
        if row["name"].startswith("NHS "):
            yield row["name"][4:], "icb", "nhs_integrated_care_boards_dec2024.csv"
    for name in ("nhs_ccgs_and_stps_ons_apr2021.csv", "nhs_ccgs_and_sub_icb_locations.csv"):
        for row in _rows(source / name):
            if row["kind"] != "ccg":
                continue
            ccg = proper_case(row["name"])
            yield ccg, "ccg", name
            if ccg.endswith(" CCG"):
                yield ccg[:-4] + " Clinical Commissioning Group", "ccg", name
    for name in ("police_forces.csv", "fire_rescue_services_england_2018.csv",
                 "other_public_bodies_england.csv"):
        for row in _rows(source / name):
            yield row["name"], row["kind"], name
    for name in ("central_government_govuk.csv", "central_government_historical_register_2020.csv"):
        for row in _rows(source / name):
            yield row["name"], "central_government", name
            abbreviation = (row.get("abbreviation") or "").strip()
            if len(abbreviation) >= 3 and abbreviation.isupper() and abbreviation.isalpha():
                yield abbreviation, "central_government", name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    seen: set[str] = set()
    rows = []
    for name, kind, origin in bodies(args.source):
        name = " ".join(name.split())
        if name.lower() in seen or len(name) < 3:
            continue
        seen.add(name.lower())
        rows.append((name, kind, origin))
    rows.sort(key=lambda r: r[0].lower())
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# UK public bodies, built by scripts/build_public_bodies.py from the\n"
                     "# official lists in ../shared/data/organisations (sources, licences: its "
                     "SOURCES.md)\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "kind", "list"])
        writer.writerows(rows)
    print(f"{len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
