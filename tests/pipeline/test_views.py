"""The analysts' and compliance officers' views (issue 9): review status by the WEISF rule,
outdated law and bodies, registry suggestions, the partner matrix and the compliance checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.parties import _succeeded
from pipeline.records import CitationRecord, PartyRecord, ProtocolRecord, SectionRecord
from pipeline.registry import Registry
from pipeline.store import Store, VersionRow
from pipeline.successors import succession_of
from pipeline.vocab import ReviewBasis, Role, SectionKey, StatuteStatus

AS_OF = date(2024, 6, 1)


def _row(name: str) -> VersionRow:
    sha = (name * 64)[:64]
    return VersionRow(sha[:16], f"/{name}.pdf", "pdf", sha, 10, 2, "ok", None, [], "t", "r1", 0.1)


def _record(title: str, review: date | None, *, parties: list[PartyRecord] | None = None,
            missing: set[SectionKey] = frozenset(), citations: list[CitationRecord] = (),
            lead: str | None = "Essex County Council") -> ProtocolRecord:
    return ProtocolRecord(
        kind="agreement", title=title, lead_name=lead, lead_org=lead, review_date=review,
        review_basis=ReviewBasis.EXPLICIT if review else ReviewBasis.NONE,
        parties=parties or [PartyRecord(Role.LEAD, "Essex County Council",
                                        "Essex County Council", 1.0, "cover_table")],
        citations=list(citations),
        sections=[SectionRecord(k, k.value, k not in missing, 0 if k in missing else 20)
                  for k in SectionKey])


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "isp.duckdb") as s:
        s.replace_registry(Registry.load())
        s.start_run("run1", AS_OF, "r1", [])
        yield s


def _finish(store: Store) -> None:
    store.finish_run("run1", {}, "ok")


def test_review_status_follows_the_three_month_rule(store: Store) -> None:
    for name, review in (("a", date(2024, 8, 1)), ("b", date(2024, 5, 1)),
                         ("c", date(2024, 2, 1)), ("d", None), ("e", date(2025, 6, 1))):
        store.load(_row(name), _record(name.upper(), review), "run1")
    _finish(store)
    q = store.con.execute
    assert q("SELECT title, days_left FROM reviews_due").fetchall() == [("A", 61)]
    assert q("SELECT title FROM expired_reviews ORDER BY title").fetchall() == [("B",), ("C",)]
    assert q("SELECT title, days_overdue FROM reviews_to_remove").fetchall() == [("C", 121)]
    assert q("SELECT title FROM protocols_without_review").fetchall() == [("D",)]
    assert dict(q("SELECT title, status FROM review_status").fetchall()) == {
        "A": "due_soon", "B": "overdue", "C": "to_remove", "D": "no_review_date",
        "E": "current"}


def test_bodies_that_no_longer_exist_are_named_with_their_successor(store: Store) -> None:
    assert succession_of("NHS Thurrock CCG").successor == \
        "NHS Mid and South Essex Integrated Care Board"
    assert succession_of("Thurrock Clinical Commissioning Group").ended == date(2022, 7, 1)
    assert succession_of("South Essex Partnership University NHS Foundation Trust (SEPT)") \
        .successor == "Essex Partnership University NHS Foundation Trust"
    assert succession_of("Nowhere and Somewhere CCG").successor.startswith("the integrated")
    assert succession_of("Essex Partnership University NHS Foundation Trust") is None
    parties = [_succeeded(PartyRecord(Role.PARTNER, n, None, None, "list"))
               for n in ("SEPT", "Thurrock CCG", "Essex Police")]
    store.load(_row("a"), _record("A", None, parties=parties), "run1")
    _finish(store)
    assert store.con.execute("SELECT name, successor FROM outdated_parties ORDER BY name"
                             ).fetchall() == [
        ("SEPT", "Essex Partnership University NHS Foundation Trust"),
        ("Thurrock CCG", "NHS Mid and South Essex Integrated Care Board")]


def test_compliance_says_which_checks_failed_and_why(store: Store) -> None:
    repealed = CitationRecord("Data Protection Act 1998", "Data Protection Act", 1998, None,
                              StatuteStatus.REPEALED, None, "Data Protection Act 2018", None)
    store.load(_row("a"), _record("A", date(2024, 2, 1), missing={SectionKey.SECURITY},
                                  citations=[repealed], lead=None), "run1")
    store.load(_row("b"), _record("B", date(2025, 2, 1)), "run1")
    _finish(store)
    q = store.con.execute
    assert q("SELECT title, failed, failed_checks FROM compliance ORDER BY title").fetchall() == [
        ("A", 4, "current_legislation, lead_named, review_not_overdue, section.security"),
        ("B", 0, None)]
    evidence = dict(q("SELECT \"check\", evidence FROM compliance_checks c JOIN protocols p "
                      "USING (document_id) WHERE p.title = 'A' AND NOT passed").fetchall())
    assert evidence["current_legislation"] == "Data Protection Act 1998 (repealed)"
    assert evidence["review_not_overdue"] == "2024-02-01 (to_remove)"
    assert q("SELECT replacement FROM outdated_statutes").fetchall() == [
        ("Data Protection Act 2018",)]


def test_an_unmatched_name_gets_registry_suggestions_never_a_match(store: Store) -> None:
    parties = [PartyRecord(Role.LEAD, "Essex County Council", "Essex County Council", 1.0,
                           "cover_table"),
               PartyRecord(Role.PARTNER, "Basildon Borough Counci", None, None, "list")]
    store.load(_row("a"), _record("A", None, parties=parties), "run1")
    store.refresh_candidates(Registry.load())
    _finish(store)
    name, documents, closest, score = store.con.execute(
        "SELECT * FROM unmatched_organisations").fetchone()
    assert (name, documents, closest) == ("Basildon Borough Counci", 1, "Basildon Borough Council")
    assert 0.9 < score < 1.0
    assert store.con.execute("SELECT org FROM parties WHERE name = ?", [name]).fetchone() == (None,)
    matrix = store.con.execute("SELECT organisation, in_registry, role FROM partner_matrix "
                               "ORDER BY organisation").fetchall()
    assert matrix == [("Basildon Borough Counci", False, "partner"),
                      ("Essex County Council", True, "lead")]


def test_blank_front_table_references_and_undated_signatures_are_concerns(store: Store,
                                                                         build) -> None:
    from pipeline.front_matter import find_references

    doc = (build().heading("Carers Information Sharing Protocol")
           .table([["Item", "Name/Link /Reference", "Responsible Authority"],
                   ["Privacy Impact Assessment", "", "Essex County Council"],
                   ["Supporting Standard Operating Procedure", "SOP-17 carers referrals", ""],
                   ["Associated contract", "……………", ""]])
           .para("Signed by Authorised Person").para("Signed:………………………")
           .para("Date:……………………").para("Signed by Authorised Person")
           .para("Signed: A. Person").para("Date: 3 March 2019").doc)
    found = [(r.kind, r.value, r.blank) for r in find_references(doc)]
    assert found == [("dpia", None, True), ("sop", "SOP-17 carers referrals", False),
                     ("contract", None, True), ("signature", None, True),
                     ("signature_date", None, True), ("signature", "A. Person", False),
                     ("signature_date", "3 March 2019", False)]
    record = _record("A", date(2025, 1, 1))
    record.references = find_references(doc)
    store.load(_row("a"), record, "run1")
    _finish(store)
    q = store.con.execute
    assert [r[0] for r in q("SELECT concern FROM blank_references ORDER BY concern").fetchall()
            ] == ["Privacy Impact Assessment (DPIA) reference left blank",
                  "associated contract left blank", "signature block not dated",
                  "signature line blank (or signed as an image)"]
    failed = q("SELECT failed_checks FROM compliance").fetchone()[0]
    assert failed == "front_table_complete, signature_blocks_dated"
