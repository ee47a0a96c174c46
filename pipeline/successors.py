"""Bodies that no longer exist, and who took their work on.

An agreement written in 2016 names "Thurrock CCG" or "SEPT"; both are gone (CCGs were
abolished on 1 July 2022, SEPT merged with NEPT into EPUT on 1 April 2017). A compliance
officer needs to know which agreements still name them and who should sign instead.
``resources/successors.csv`` (built by ``scripts/build_successors.py``) holds each body with
the date it ended and its successor; any other clinical commissioning group ended with the
rest of them, its successor the integrated care board for its area.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from pipeline.registry import normalise, strip_acronym

CCGS_ENDED = date(2022, 7, 1)
_ANY_ICB = "the integrated care board for its area"
_CCG = re.compile(r"\b(?:ccg|clinical commissioning group)s?\b")


@dataclass(frozen=True, slots=True)
class Succession:
    ended: date
    successor: str
    reason: str


def _key(name: str) -> str:
    """One key for the ways a body is written: "NHS Thurrock CCG", "Thurrock Clinical
    Commissioning Group", "The North Essex Partnership University NHS Foundation Trust"."""
    key = normalise(strip_acronym(name)[0])
    key = re.sub(r"\bccg\b", "clinical commissioning group", key)
    return re.sub(r"^(?:the|nhs)\s+", "", key)


@cache
def _table() -> dict[str, Succession]:
    text = resources.files("pipeline.resources").joinpath("successors.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {_key(r["name"]): Succession(date.fromisoformat(r["ended"]), r["successor"],
                                        r["reason"]) for r in rows}


def succession_of(*names: str | None) -> Succession | None:
    """What became of the body written as any of ``names`` (as written, its registry name),
    or None while it exists."""
    for name in names:
        if not name:
            continue
        found = _table().get(_key(name))
        if found is not None:
            return found
    for name in names:
        if name and _CCG.search(normalise(name)):
            return Succession(CCGS_ENDED, _ANY_ICB,
                              "CCGs abolished by the Health and Care Act 2022")
    return None
