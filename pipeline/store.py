"""The DuckDB store: base tables with history, and the contract's relations as views.

Base tables keep every version: ``document_versions`` has one row per (path, content) ever
seen, and the per-document tables are keyed by ``document_id`` (a content hash), each row
carrying the run that loaded it. The contract's relations (CONTRACT.md) are views over the
current versions. Loading one document is delete-then-insert in one transaction, so a crash
never leaves half a document and a re-run is idempotent by construction.

This module is the only writer. Open one :class:`Store` per process.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.failpoints import failpoint
from pipeline.records import ProtocolRecord
from pipeline.registry import Registry
from pipeline.statutes import Statute
from pipeline.themes import theme_of

SCHEMA_VERSION = 2

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, as_of DATE,
    rules_version VARCHAR, roots VARCHAR, files_seen INTEGER, new INTEGER, changed INTEGER,
    unchanged INTEGER, reparsed INTEGER, failed INTEGER, vanished INTEGER, status VARCHAR);
CREATE TABLE IF NOT EXISTS document_versions (
    document_id VARCHAR NOT NULL, path VARCHAR NOT NULL, format VARCHAR, sha256 VARCHAR NOT NULL,
    size_bytes BIGINT, pages INTEGER, status VARCHAR NOT NULL, error VARCHAR, warnings VARCHAR,
    extractor VARCHAR, rules_version VARCHAR, seconds DOUBLE, first_seen_at TIMESTAMP,
    ingested_at TIMESTAMP, run_id VARCHAR, is_current BOOLEAN NOT NULL,
    superseded_at TIMESTAMP, vanished_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS protocol_records (
    document_id VARCHAR PRIMARY KEY, title VARCHAR, purpose VARCHAR, lead_name VARCHAR,
    lead_org VARCHAR, review_date DATE, review_basis VARCHAR, review_text VARCHAR,
    commencement_date DATE, rules_version VARCHAR, run_id VARCHAR);
CREATE TABLE IF NOT EXISTS party_records (
    document_id VARCHAR, role VARCHAR, name VARCHAR, org VARCHAR, match_score DOUBLE,
    source VARCHAR, ico_registration VARCHAR, run_id VARCHAR);
CREATE TABLE IF NOT EXISTS citation_records (
    document_id VARCHAR, citation VARCHAR, title VARCHAR, year INTEGER, provision VARCHAR,
    status VARCHAR, legislation_id VARCHAR, superseded_by VARCHAR, suggestion VARCHAR,
    run_id VARCHAR, chapter VARCHAR);
CREATE TABLE IF NOT EXISTS statute_catalogue (
    title VARCHAR, year INTEGER, chapter VARCHAR, kind VARCHAR, status VARCHAR,
    superseded_by VARCHAR, legislation_id VARCHAR);
CREATE TABLE IF NOT EXISTS section_records (
    document_id VARCHAR, section VARCHAR, heading VARCHAR, present BOOLEAN, words INTEGER,
    page INTEGER, run_id VARCHAR);
CREATE TABLE IF NOT EXISTS evidence_records (
    document_id VARCHAR, field VARCHAR, value VARCHAR, page INTEGER, snippet VARCHAR,
    path VARCHAR, block INTEGER, run_id VARCHAR);
CREATE TABLE IF NOT EXISTS reference_records (
    document_id VARCHAR, kind VARCHAR, value VARCHAR, blank BOOLEAN, page INTEGER,
    block INTEGER, run_id VARCHAR);
CREATE TABLE IF NOT EXISTS theme_records (
    document_id VARCHAR, theme VARCHAR, basis VARCHAR, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS organisation_candidates (
    name VARCHAR, candidate VARCHAR, score DOUBLE, rank INTEGER);
CREATE TABLE IF NOT EXISTS registry (
    name VARCHAR, ico_registration VARCHAR, email VARCHAR, sector VARCHAR, aliases VARCHAR);
"""

#: Columns added after a table first shipped: a database made by an older version gains them.
_MIGRATIONS = """
ALTER TABLE citation_records ADD COLUMN IF NOT EXISTS chapter VARCHAR;
ALTER TABLE party_records ADD COLUMN IF NOT EXISTS ico_check VARCHAR;
ALTER TABLE protocol_records ADD COLUMN IF NOT EXISTS kind VARCHAR;
ALTER TABLE protocol_records ADD COLUMN IF NOT EXISTS kind_reason VARCHAR;
ALTER TABLE document_versions ADD COLUMN IF NOT EXISTS limits VARCHAR;
ALTER TABLE section_records ADD COLUMN IF NOT EXISTS basis VARCHAR;
ALTER TABLE party_records ADD COLUMN IF NOT EXISTS ended DATE;
ALTER TABLE party_records ADD COLUMN IF NOT EXISTS successor VARCHAR;
"""

_VIEWS = """
CREATE OR REPLACE VIEW documents AS
    SELECT document_id, path, format, sha256, pages, status, error, ingested_at, size_bytes,
           warnings, extractor, rules_version, first_seen_at, run_id
    FROM document_versions WHERE is_current;
CREATE OR REPLACE VIEW current_ok AS
    SELECT DISTINCT document_id FROM document_versions WHERE is_current AND status = 'ok';
CREATE OR REPLACE VIEW protocols AS
    SELECT p.* FROM protocol_records p JOIN current_ok USING (document_id);
CREATE OR REPLACE VIEW parties AS
    SELECT p.* FROM party_records p JOIN current_ok USING (document_id);
CREATE OR REPLACE VIEW statute_citations AS
    SELECT c.* FROM citation_records c JOIN current_ok USING (document_id);
CREATE OR REPLACE VIEW sections AS
    SELECT s.* FROM section_records s JOIN current_ok USING (document_id);
CREATE OR REPLACE VIEW missing_sections AS
    SELECT document_id, section FROM sections WHERE NOT present;
CREATE OR REPLACE VIEW evidence AS
    SELECT e.*, coalesce(starts_with(e.path, 'ocr/'), false) AS ocr
    FROM evidence_records e JOIN current_ok USING (document_id);
CREATE OR REPLACE VIEW as_of AS
    SELECT coalesce((SELECT as_of FROM runs WHERE finished_at IS NOT NULL
                     ORDER BY finished_at DESC LIMIT 1), current_date) AS as_of;
CREATE OR REPLACE VIEW expired_reviews AS
    SELECT p.document_id, p.title, p.lead_org, p.review_date,
           date_diff('day', p.review_date, a.as_of) AS days_overdue, p.lead_name
    FROM protocols p, as_of a
    WHERE p.review_date < a.as_of AND coalesce(p.kind, 'unknown') NOT IN ('other', 'placeholder');
CREATE OR REPLACE VIEW agreements AS
    SELECT * FROM protocols WHERE coalesce(kind, 'unknown') NOT IN ('other', 'placeholder');
CREATE OR REPLACE MACRO review_state(review, day) AS
    CASE WHEN review IS NULL THEN 'no_review_date'
         WHEN review < day - INTERVAL 90 DAY THEN 'to_remove'
         WHEN review < day THEN 'overdue'
         WHEN review <= day + INTERVAL 90 DAY THEN 'due_soon'
         ELSE 'current' END;
CREATE OR REPLACE VIEW review_status AS
    SELECT p.document_id, p.title, p.lead_name, p.lead_org, p.review_date, p.review_basis,
           a.as_of, review_state(p.review_date, a.as_of) AS status,
           date_diff('day', a.as_of, p.review_date) AS days_to_review
    FROM agreements p, as_of a;
CREATE OR REPLACE VIEW reviews_due AS
    SELECT document_id, title, lead_name, lead_org, review_date, days_to_review AS days_left
    FROM review_status WHERE status = 'due_soon';
CREATE OR REPLACE VIEW reviews_to_remove AS
    SELECT document_id, title, lead_name, lead_org, review_date,
           -days_to_review AS days_overdue
    FROM review_status WHERE status = 'to_remove';
CREATE OR REPLACE VIEW protocols_without_review AS
    SELECT document_id, title, lead_name, lead_org, review_basis
    FROM review_status WHERE status = 'no_review_date';
CREATE OR REPLACE VIEW outdated_statutes AS
    SELECT c.document_id, p.title AS protocol_title, c.citation, c.title, c.year, c.provision,
           c.status, c.superseded_by AS replacement, c.suggestion
    FROM statute_citations c JOIN protocols p USING (document_id)
    WHERE c.status IN ('repealed', 'unknown');
CREATE OR REPLACE VIEW outdated_parties AS
    SELECT pa.document_id, p.title AS protocol_title, pa.role, pa.name, pa.org, pa.ended,
           pa.successor
    FROM parties pa JOIN protocols p USING (document_id), as_of a
    WHERE pa.ended IS NOT NULL AND pa.ended <= a.as_of;
CREATE OR REPLACE VIEW parties_without_ico AS
    SELECT pa.document_id, pa.role, pa.name, pa.org
    FROM parties pa LEFT JOIN registry r ON r.name = pa.org
    WHERE pa.ico_registration IS NULL AND nullif(trim(r.ico_registration), '') IS NULL;
CREATE OR REPLACE VIEW document_references AS
    SELECT r.document_id, r.kind, r.value, r.blank, r.page
    FROM reference_records r JOIN current_ok USING (document_id);
CREATE OR REPLACE VIEW blank_references AS
    SELECT r.document_id, p.title, r.kind, r.page,
           CASE r.kind WHEN 'dpia' THEN 'Privacy Impact Assessment (DPIA) reference left blank'
                WHEN 'sop' THEN 'standard operating procedure reference left blank'
                WHEN 'contract' THEN 'associated contract left blank'
                WHEN 'other_documents' THEN 'other supporting documentation left blank'
                WHEN 'signature' THEN 'signature line blank (or signed as an image)'
                WHEN 'signature_date' THEN 'signature block not dated' END AS concern
    FROM document_references r JOIN protocols p USING (document_id) WHERE r.blank;
CREATE OR REPLACE VIEW protocol_themes AS
    SELECT p.document_id, p.title, coalesce(t.theme, 'unknown') AS theme,
           coalesce(t.basis, 'unknown') AS basis, t.evidence
    FROM protocols p LEFT JOIN theme_records t USING (document_id);
CREATE OR REPLACE VIEW partner_matrix AS
    SELECT coalesce(pa.org, pa.name) AS organisation, pa.org IS NOT NULL AS in_registry,
           pa.document_id, p.title, pa.role
    FROM parties pa JOIN protocols p USING (document_id)
    ORDER BY organisation, p.title;
CREATE OR REPLACE VIEW compliance_checks AS
    SELECT document_id, 'section.' || section AS "check", present AS passed,
           coalesce(heading, CASE WHEN basis = 'content' THEN 'found by its content'
                                  WHEN basis = 'mention' THEN 'unclear: mentioned, but no heading'
                                       || ' or passage covers it; check by hand' END,
                    'no heading or text covers it') AS evidence
    FROM sections
    UNION ALL
    SELECT document_id, 'review_date_known', review_date IS NOT NULL,
           coalesce(CAST(review_date AS VARCHAR), 'no review date found')
    FROM review_status
    UNION ALL
    SELECT document_id, 'review_not_overdue', status NOT IN ('overdue', 'to_remove'),
           coalesce(CAST(review_date AS VARCHAR) || ' (' || status || ')', 'no review date')
    FROM review_status WHERE status <> 'no_review_date'
    UNION ALL
    SELECT p.document_id, 'lead_named', p.lead_name IS NOT NULL,
           coalesce(p.lead_name, 'the document names no lead organisation')
    FROM agreements p
    UNION ALL
    SELECT p.document_id, 'current_legislation', count(c.citation) = 0,
           coalesce(string_agg(c.citation || ' (' || c.status || ')', '; '),
                    'no repealed or unknown legislation cited')
    FROM agreements p LEFT JOIN outdated_statutes c USING (document_id) GROUP BY p.document_id
    UNION ALL
    SELECT r.document_id, CASE WHEN r.kind = 'signature_date' THEN 'signature_blocks_dated'
                               ELSE 'front_table_complete' END,
           count(*) FILTER (WHERE r.blank) = 0,
           coalesce(string_agg(r.kind || ' blank (page ' || coalesce(CAST(r.page AS VARCHAR), '?')
                               || ')', '; ') FILTER (WHERE r.blank), 'every one filled in')
    FROM document_references r JOIN agreements p USING (document_id)
    WHERE r.kind <> 'signature'
    GROUP BY r.document_id, r.kind = 'signature_date'
    UNION ALL
    SELECT p.document_id, 'parties_exist', count(o.name) = 0,
           coalesce(string_agg(o.name || ' (ended ' || o.ended || '; now ' || o.successor || ')',
                               '; '), 'every party still exists')
    FROM agreements p LEFT JOIN outdated_parties o USING (document_id) GROUP BY p.document_id;
CREATE OR REPLACE VIEW compliance AS
    SELECT p.document_id, p.title, p.lead_name, p.lead_org, p.review_date,
           count(*) FILTER (WHERE NOT c.passed) AS failed,
           count(*) AS checks,
           string_agg(c."check", ', ' ORDER BY c."check") FILTER (WHERE NOT c.passed)
               AS failed_checks
    FROM agreements p JOIN compliance_checks c USING (document_id)
    GROUP BY ALL;
CREATE OR REPLACE VIEW unmatched_organisations AS
    SELECT p.name, count(DISTINCT p.document_id) AS documents,
           any_value(c.candidate) AS closest_registry_name, any_value(c.score) AS closest_score
    FROM parties p LEFT JOIN organisation_candidates c ON c.name = p.name AND c.rank = 1
    WHERE p.org IS NULL
    GROUP BY p.name ORDER BY documents DESC, p.name;
CREATE OR REPLACE VIEW vanished_documents AS
    SELECT document_id, path, format, status, vanished_at FROM document_versions
    WHERE vanished_at IS NOT NULL AND path NOT IN (SELECT path FROM documents);
"""

_CHILD_TABLES = ("party_records", "citation_records", "section_records", "evidence_records",
                 "reference_records")


@dataclass(frozen=True, slots=True)
class CurrentVersion:
    document_id: str
    sha256: str
    status: str
    rules_version: str | None  # None: the file never got through (a crash after retries)
    format: str | None = None
    limits: str | None = None  # the limits it was read under (Limits.signature())


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One file's outcome, as the documents table records it."""

    document_id: str
    path: str
    format: str | None
    sha256: str
    size_bytes: int
    pages: int | None
    status: str
    error: str | None
    warnings: list[str]
    extractor: str | None
    rules_version: str | None
    seconds: float
    limits: str | None = None  # the limits it was read under (Limits.signature())


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.con = duckdb.connect(str(path))
        self.con.execute(_TABLES)
        self.con.execute(_MIGRATIONS)
        self.con.execute(_VIEWS)
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                         [str(SCHEMA_VERSION)])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def current_versions(self) -> dict[str, CurrentVersion]:
        rows = self.con.execute(
            "SELECT path, document_id, sha256, status, rules_version, format, limits "
            "FROM document_versions WHERE is_current").fetchall()
        return {r[0]: CurrentVersion(*r[1:]) for r in rows}

    def failures(self, paths: set[str]) -> list[tuple[str, str, str | None]]:
        """(path, status, error) of each current document among ``paths`` that failed."""
        rows = self.con.execute(
            "SELECT path, status, error FROM document_versions "
            "WHERE is_current AND status <> 'ok' ORDER BY path").fetchall()
        return [(r[0], r[1], r[2]) for r in rows if r[0] in paths]

    def replace_registry(self, registry: Registry) -> None:
        with self.transaction() as con:
            con.execute("DELETE FROM registry")
            con.executemany("INSERT INTO registry VALUES (?, ?, ?, ?, ?)", [
                (o.name, o.ico_registration, o.email, o.sector, ";".join(o.aliases))
                for o in registry.organisations])

    def refresh_candidates(self, registry: Registry) -> None:
        """For every party name no registry entry matched, its closest registry names."""
        names = [r[0] for r in self.con.execute(
            "SELECT DISTINCT name FROM parties WHERE org IS NULL ORDER BY name").fetchall()]
        rows: list[tuple[object, ...]] = [(name, candidate, score, rank) for name in names
                for rank, (candidate, score) in enumerate(registry.candidates(name), 1)]
        with self.transaction() as con:
            con.execute("DELETE FROM organisation_candidates")
            _insert(con, "organisation_candidates", rows)

    def refresh_themes(self, mapping: dict[str, str]) -> None:
        """Each current protocol's register theme (pipeline.themes), from ``mapping`` first."""
        rows: list[tuple[object, ...]] = []
        for document_id, path, title, purpose in self.con.execute(
                "SELECT p.document_id, d.path, p.title, p.purpose FROM protocols p "
                "JOIN documents d USING (document_id)").fetchall():
            found = theme_of(path, title, purpose, mapping)
            rows.append((document_id, found.theme, found.basis, found.evidence))
        with self.transaction() as con:
            con.execute("DELETE FROM theme_records")
            _insert(con, "theme_records", rows)

    def replace_catalogue(self, statutes: list[Statute]) -> None:
        """The statute catalogue the run used, for analysts to join citations against."""
        frame = pd.DataFrame(
            [(s.title, s.year, s.chapter, s.kind, s.status.value, s.superseded_by, s.identifier)
             for s in statutes],
            columns=["title", "year", "chapter", "kind", "status", "superseded_by",
                     "legislation_id"])
        with self.transaction() as con:
            con.execute("DELETE FROM statute_catalogue")
            con.register("catalogue_frame", frame)
            con.execute("INSERT INTO statute_catalogue SELECT * FROM catalogue_frame")
            con.unregister("catalogue_frame")

    def start_run(self, run_id: str, as_of: date, rules_version: str, roots: list[str]) -> int:
        """Record a new run; earlier runs still marked ``running`` did not finish (the caller
        holds the run lock, so none is alive): they become ``interrupted``. Returns how many."""
        with self.transaction() as con:
            stale = con.execute("UPDATE runs SET status = 'interrupted' "
                                "WHERE status = 'running' RETURNING run_id").fetchall()
            con.execute(
                "INSERT INTO runs (run_id, started_at, as_of, rules_version, roots, status) "
                "VALUES (?, ?, ?, ?, ?, 'running')",
                [run_id, datetime.now(), as_of, rules_version, json.dumps(roots)])
        return len(stale)

    def finish_run(self, run_id: str, counts: dict[str, int], status: str) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, files_seen = ?, new = ?, changed = ?, "
            "unchanged = ?, reparsed = ?, failed = ?, vanished = ?, status = ? WHERE run_id = ?",
            [datetime.now(), counts.get("seen", 0), counts.get("new", 0),
             counts.get("changed", 0), counts.get("unchanged", 0), counts.get("reparsed", 0),
             counts.get("failed", 0), counts.get("vanished", 0), status, run_id])

    def load(self, row: VersionRow, record: ProtocolRecord | None, run_id: str) -> None:
        """Write one file's outcome, replacing what was there, in one transaction."""
        now = datetime.now()
        with self.transaction() as con:
            first_seen = con.execute(
                "SELECT min(first_seen_at) FROM document_versions WHERE path = ?",
                [row.path]).fetchone()
            con.execute("UPDATE document_versions SET is_current = false, superseded_at = ? "
                        "WHERE path = ? AND is_current AND document_id <> ?",
                        [now, row.path, row.document_id])
            con.execute("DELETE FROM document_versions WHERE path = ? AND document_id = ?",
                        [row.path, row.document_id])
            con.execute(
                "INSERT INTO document_versions (document_id, path, format, sha256, size_bytes, "
                "pages, status, error, warnings, extractor, rules_version, seconds, "
                "first_seen_at, ingested_at, run_id, is_current, limits) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)",
                [row.document_id, row.path, row.format, row.sha256, row.size_bytes, row.pages,
                 row.status, row.error, json.dumps(row.warnings) if row.warnings else None,
                 row.extractor, row.rules_version, round(row.seconds, 3),
                 (first_seen[0] if first_seen and first_seen[0] else now), now, run_id,
                 row.limits])
            if record is not None:
                _replace_record(con, row.document_id, record, row.rules_version, run_id)
            failpoint("load.in_transaction")
        failpoint("load.committed")

    def mark_vanished(self, paths: list[str]) -> None:
        if not paths:
            return
        with self.transaction() as con:
            con.executemany("UPDATE document_versions SET is_current = false, vanished_at = ? "
                            "WHERE path = ? AND is_current", [(datetime.now(), p) for p in paths])


def _replace_record(con: duckdb.DuckDBPyConnection, document_id: str, record: ProtocolRecord,
                    rules_version: str | None, run_id: str) -> None:
    con.execute("DELETE FROM protocol_records WHERE document_id = ?", [document_id])
    for table in _CHILD_TABLES:
        con.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
    con.execute("INSERT INTO protocol_records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        document_id, record.title, record.purpose, record.lead_name, record.lead_org,
        record.review_date, record.review_basis.value, record.review_text,
        record.commencement_date, rules_version, run_id, record.kind, record.kind_reason])
    _insert(con, "party_records", [
        (document_id, p.role.value, p.name, p.org, p.match_score, p.source, p.ico_registration,
         run_id, p.ico_check, p.ended, p.successor) for p in record.parties])
    _insert(con, "citation_records", [
        (document_id, c.citation, c.title, c.year, c.provision, c.status.value, c.legislation_id,
         c.superseded_by, c.suggestion, run_id, c.chapter) for c in record.citations])
    _insert(con, "section_records", [
        (document_id, s.section.value, s.heading, s.present, s.words, s.page, run_id, s.basis)
        for s in record.sections])
    _insert(con, "reference_records", [
        (document_id, r.kind, r.value, r.blank, r.page, r.block, run_id)
        for r in record.references])
    _insert(con, "evidence_records", [
        (document_id, e.field, e.value, e.page, e.snippet, e.path, e.block, run_id)
        for e in record.evidence])


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[object, ...]]) -> None:
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
