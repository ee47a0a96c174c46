"""Which written names are UK public bodies, from the official lists the product ships.

``resources/public_bodies.csv`` (built by ``scripts/build_public_bodies.py`` from the lists in
``../shared/data/organisations``) names councils, NHS trusts, boards and CCGs, police forces,
fire and rescue services and central government bodies across the UK. Knowing them tells the
parser that "Lancashire Constabulary" is an organisation even though the signatory registry
does not hold it (it stays unmatched: ``org`` is NULL), and that a cover line reading
"UTTLESFORD DISTRICT COUNCIL" is the author's name, not the agreement's title.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from pipeline.registry import normalise, strip_acronym

#: The last word of a name that is a body's, whatever body: "… District Council", "… Trust".
#: Not "Service", "Partnership", "Board" or "Group": a title may end so ("Home from Hospital
#: Service", "Derby & Derbyshire Modern Slavery Partnership" terms of reference).
ORG_HEAD = re.compile(
    r"(?<![\w-])(?:Council|Trust|Police|Constabulary|Agency|Office|CCG|ICB|Authority|Department"
    r"|Ministry|Commissioner|Limited|Ltd|plc|CIC|Charity|Foundation|Association|Society"
    r"|Hospice|University|College|School|Fire (?:and|&) Rescue(?: Service| Authority)?"
    r"|Safeguarding (?:Children|Adults|Children and Adults) (?:Board|Partnership))$", re.I)


@cache
def public_bodies() -> dict[str, str]:
    """normalised name → kind, for every listed body (and the national bodies the gazetteer
    knows, whose names hold "and" or commas)."""
    text = resources.files("pipeline.resources").joinpath("public_bodies.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    listed = {normalise(r["name"]): r["kind"] for r in rows}
    national = resources.files("pipeline.resources").joinpath("national_bodies.txt")
    for line in national.read_text("utf-8").splitlines():  # bodies whose names hold commas
        if line.strip() and not line.startswith("#"):
            listed.setdefault(normalise(line), "national")
    return listed


def body_kind(name: str) -> str | None:
    """The kind of listed public body ``name`` is ("police", "nhs_trust"…), or None."""
    base = re.sub(r"\s*\([^()]*\)\s*$", "", name.strip(" .,;:"))  # "(formerly DCLG)", "(EPUT)"
    key = normalise(re.sub(r"^the\s+", "", base, flags=re.I))
    return public_bodies().get(key) if key else None


_COUNCIL_SUFFIX = re.compile(r"\s+(?:(?:city|county|borough|district|metropolitan borough"
                             r"|county borough|town|parish) )*council$")


@cache
def places() -> frozenset[str]:
    """The places councils are named after ("southend-on-sea", "thurrock"), normalised."""
    out: set[str] = set()
    for name in public_bodies():
        place = _COUNCIL_SUFFIX.sub("", name)
        if place != name and place and not place.startswith(("the ", "london borough of")):
            out.add(place)
        if name.startswith("london borough of "):
            out.add(name.removeprefix("london borough of "))
    return frozenset(out)


@cache
def regions() -> frozenset[str]:
    """The regions a national body is organised in ("east of england"), normalised."""
    text = resources.files("pipeline.resources").joinpath("regions.txt").read_text("utf-8")
    return frozenset(normalise(line) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def names_a_region(text: str) -> bool:
    """"East of England Region", "(Kent, Surrey & Sussex)": a body's region, not its team."""
    key = normalise(re.sub(r"\s+region$", "", text.strip(" ()–-"), flags=re.I))
    return bool(re.search(r"\bregion$", text.strip(" ()"), re.I)) or key in regions()


def is_a_place(text: str) -> bool:
    """Is ``text`` only a place a council is named after ("Southend", "Thurrock")?"""
    key = normalise(text)
    return bool(key) and (key in places() or any(p.startswith(key + " ") or
                                                 p.startswith(key + "-") for p in places())
                          ) and not body_kind(text)


def names_a_body(text: str) -> bool:
    """Is the whole of ``text`` an organisation's name: a listed body, or a short name that
    ends as bodies' names do ("Uttlesford District Council")?"""
    text = " ".join(text.split()).strip(" .,;:")
    if body_kind(text):
        return True
    words = text.split()
    proper = " ".join(w if not w.isupper() or len(w) <= 4 else w.capitalize() for w in words)
    return 1 < len(words) <= 7 and bool(ORG_HEAD.search(strip_acronym(proper)[0]))
