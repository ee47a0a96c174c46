"""The held-out set (data/heldout): twelve agreements in PDF and DOCX, written by another
hand from DOMAIN.md alone, without reading the parser, in wording and layouts of its own.

It was blind when first run (title 0.92, purpose 0.67, lead 0.78, partners 0.90, missing
sections 0.47 F1) and the gaps it showed were fixed in general form; it is kept as a second
regression set. What still differs is listed in KNOWN_GAPS as strict expected failures, so a
fix shows up as an unexpected pass rather than staying hidden.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.records import ProtocolRecord
from pipeline.vocab import Role
from tests.conftest import REPO
from tests.parsing import parsed

HELDOUT = REPO / "data" / "heldout"
TRUTH_FILE = HELDOUT / "truth.json"

#: (document stem, field) → why it still differs.
KNOWN_GAPS = {
    ("southend_police_asb_protocol_2015", "lead"):
        "a letter that names no lead: the truth takes its sender as lead; the parser, by the "
        "decision in issue 8, names none",
    ("southend_police_asb_protocol_2015", "partners"):
        "as above: the sender is then a partner",
}


def _items() -> list[dict[str, Any]]:
    if not TRUTH_FILE.exists():
        return []
    return [t for t in json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
            if (HELDOUT / "files" / t["file"]).exists()]


def _cases(field: str) -> list[Any]:
    out = []
    for item in _items():
        reason = KNOWN_GAPS.get((Path(item["file"]).stem, field))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(item, id=item["file"], marks=marks))
    return out


def _parsed(item: dict[str, Any]) -> ProtocolRecord:
    return parsed(HELDOUT / "files" / item["file"])


pytestmark = pytest.mark.skipif(not _items(), reason="no held-out set")


@pytest.mark.parametrize("item", _cases("title"))
def test_title(item: dict[str, Any]) -> None:
    assert _parsed(item).title == item["title"]


@pytest.mark.parametrize("item", _cases("purpose"))
def test_purpose(item: dict[str, Any]) -> None:
    purpose = _parsed(item).purpose
    assert purpose is not None and purpose.startswith(item["purpose"][:60])


@pytest.mark.parametrize("item", _cases("lead"))
def test_lead(item: dict[str, Any]) -> None:
    record = _parsed(item)  # the registry organisation when there is one, else as written
    want = (item["lead"]["org"] or item["lead"]["name"]) if item["lead"] else None
    assert (record.lead_org or record.lead_name) == want


@pytest.mark.parametrize("item", _cases("partners"))
def test_partners(item: dict[str, Any]) -> None:
    got = {p.org or p.name for p in _parsed(item).parties if p.role == Role.PARTNER}
    assert got == {p["org"] or p["name"] for p in item["partners"]}


@pytest.mark.parametrize("item", _cases("statutes"))
def test_statutes(item: dict[str, Any]) -> None:
    got = {(c.title, c.year) for c in _parsed(item).citations}
    assert got == {(s["title"], s["year"]) for s in item["statutes"]}


@pytest.mark.parametrize("item", _cases("review"))
def test_review_date(item: dict[str, Any]) -> None:
    want = date.fromisoformat(item["review_date"]) if item["review_date"] else None
    assert _parsed(item).review_date == want


@pytest.mark.parametrize("item", _cases("sections"))
def test_sections(item: dict[str, Any]) -> None:
    sections = _parsed(item).sections
    missing = {s.section.value for s in sections if s.present is False}
    unclear = {s.section.value for s in sections if s.present is None}
    want = set(item["missing_sections"])
    assert missing <= want  # never a false "missing"
    assert want <= missing | unclear  # a true one is reported, or at least flagged unclear
