from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline.records import PartyRecord, ProtocolRecord, SectionRecord
from pipeline.store import Store, VersionRow
from pipeline.vocab import ReviewBasis, Role, SectionKey

CONTRACT = {
    "documents": {"document_id", "path", "format", "sha256", "pages", "status", "error",
                  "ingested_at"},
    "protocols": {"document_id", "title", "purpose", "lead_name", "lead_org", "review_date",
                  "review_basis", "commencement_date"},
    "parties": {"document_id", "role", "name", "org", "match_score"},
    "statute_citations": {"document_id", "citation", "title", "year", "provision", "status"},
    "sections": {"document_id", "section", "heading", "present"},
    "missing_sections": {"document_id", "section"},
    "expired_reviews": {"document_id", "title", "lead_org", "review_date", "days_overdue"},
    "evidence": {"document_id", "field", "value", "page", "snippet"},
}


def row(path: str, sha: str, status: str = "ok") -> VersionRow:
    return VersionRow(sha[:16], path, "pdf", sha, 10, 2, status,
                      None if status == "ok" else "broken", [], "test", "r1", 0.1)


def record(title: str, review: date | None = None) -> ProtocolRecord:
    return ProtocolRecord(
        title=title, lead_name="ECC", lead_org="Essex County Council", review_date=review,
        review_basis=ReviewBasis.EXPLICIT if review else ReviewBasis.NONE,
        parties=[PartyRecord(Role.LEAD, "ECC", "Essex County Council", 1.0, "cover_table")],
        sections=[SectionRecord(k, None, k == SectionKey.PURPOSE, 3) for k in SectionKey])


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "isp.duckdb") as s:
        yield s


def test_contract_relations_exist_with_their_columns(store: Store) -> None:
    for relation, columns in CONTRACT.items():
        got = {r[0] for r in store.con.execute(f"DESCRIBE {relation}").fetchall()}
        assert columns <= got, relation


def test_loading_twice_is_idempotent(store: Store) -> None:
    for _ in range(2):
        store.load(row("/a.pdf", "a" * 64), record("A", date(2018, 2, 28)), "run1")
    counts = [store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "protocols", "parties", "sections")]
    assert counts == [1, 1, 1, 11]


def test_a_changed_file_replaces_its_earlier_version(store: Store) -> None:
    store.load(row("/a.pdf", "a" * 64), record("Old"), "run1")
    store.load(row("/a.pdf", "b" * 64), record("New"), "run2")
    assert store.con.execute("SELECT title FROM protocols").fetchall() == [("New",)]
    history = store.con.execute(
        "SELECT sha256, is_current FROM document_versions ORDER BY ingested_at").fetchall()
    assert history == [("a" * 64, False), ("b" * 64, True)]


def test_a_vanished_file_leaves_the_current_relations(store: Store) -> None:
    store.load(row("/a.pdf", "a" * 64), record("A"), "run1")
    store.mark_vanished(["/a.pdf"])
    assert store.con.execute("SELECT count(*) FROM protocols").fetchone() == (0,)
    assert store.con.execute("SELECT path FROM vanished_documents").fetchall() == [("/a.pdf",)]


def test_failed_documents_have_a_row_but_no_protocol(store: Store) -> None:
    store.load(row("/bad.pdf", "c" * 64, status="corrupt"), None, "run1")
    assert store.con.execute("SELECT status, error FROM documents").fetchall() == [
        ("corrupt", "broken")]
    assert store.con.execute("SELECT count(*) FROM protocols").fetchone() == (0,)


def test_expired_reviews_are_measured_against_the_run_date(store: Store) -> None:
    store.start_run("run1", date(2018, 6, 1), "r1", [])
    store.load(row("/a.pdf", "a" * 64), record("A", date(2018, 2, 28)), "run1")
    store.load(row("/b.pdf", "b" * 64), record("B", date(2019, 1, 31)), "run1")
    store.finish_run("run1", {}, "ok")
    assert store.con.execute("SELECT title, days_overdue FROM expired_reviews").fetchall() == [
        ("A", 93)]


def test_a_manual_past_its_review_date_is_not_an_expired_agreement(store: Store) -> None:
    store.start_run("run1", date(2018, 6, 1), "r1", [])
    manual = record("TRE User Manual", date(2018, 2, 28))
    manual.kind = "other"
    store.load(row("/m.docx", "m" * 64), manual, "run1")
    store.load(row("/a.pdf", "a" * 64), record("A", date(2018, 2, 28)), "run1")
    store.finish_run("run1", {}, "ok")
    assert store.con.execute("SELECT title FROM expired_reviews").fetchall() == [("A",)]


def test_a_failed_load_leaves_nothing_half_written(store: Store) -> None:
    bad = record("A")
    bad.sections = "not a list"  # type: ignore[assignment]
    with pytest.raises(AttributeError):
        store.load(row("/a.pdf", "a" * 64), bad, "run1")
    for table in ("document_versions", "protocol_records", "party_records"):
        assert store.con.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table


def test_the_file_is_a_real_duckdb_database(tmp_path: Path) -> None:
    with Store(tmp_path / "x.duckdb") as s:
        s.load(row("/a.pdf", "a" * 64), record("A"), "run1")
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    assert con.execute("SELECT title FROM protocols").fetchall() == [("A",)]


def test_a_database_from_before_the_chapter_column_is_migrated(tmp_path: Path) -> None:
    from pipeline.records import CitationRecord
    from pipeline.vocab import StatuteStatus

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE citation_records (document_id VARCHAR, citation VARCHAR, "
                "title VARCHAR, year INTEGER, provision VARCHAR, status VARCHAR, "
                "legislation_id VARCHAR, superseded_by VARCHAR, suggestion VARCHAR, "
                "run_id VARCHAR)")
    con.close()
    rec = record("A")
    rec.citations = [CitationRecord("s.115 Crime and Disorder Act 1998", "Crime and Disorder Act",
                                    1998, "section 115", StatuteStatus.IN_FORCE, None, None, None,
                                    "37")]
    with Store(path) as s:
        s.load(row("/a.pdf", "a" * 64), rec, "run1")
        assert s.con.execute("SELECT title, chapter FROM statute_citations").fetchall() == [
            ("Crime and Disorder Act", "37")]


def test_the_statute_catalogue_is_there_to_join_against(store: Store) -> None:
    from pipeline.statutes import Catalogue

    store.replace_catalogue(Catalogue.default().statutes)
    assert store.con.execute(
        "SELECT chapter, status FROM statute_catalogue WHERE title = 'Data Protection Act' "
        "AND year = 1998").fetchall() == [("29", "repealed")]
