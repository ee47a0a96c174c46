"""The reports analysts and compliance officers open (issue 9): the dashboard checked in a
real browser against DuckDB, the workbook opened with openpyxl against the views, and the
public register regenerated from the sample corpus in the shape of the WEISF page, with no
personal data and nothing a document says run as code."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from extractors import extract
from pipeline.records import PartyRecord, ProtocolRecord, SectionRecord
from pipeline.reports import public_text, reports_folder, write_reports
from pipeline.store import Store, VersionRow
from pipeline.vocab import ReviewBasis, Role, SectionKey
from tests.conftest import RAW, REPO

SEED = REPO.parent / "shared" / "seeds" / "000_c80ffc5b34b8d983.txt"
HOSTILE_TITLE = '<img src=x onerror="document.title=\'pwned\'"> Hoarding Panel'
FORMULA_TITLE = '=HYPERLINK("http://example.invalid","Click") Carers Agreement'


def _row(name: str) -> VersionRow:
    sha = (name * 64)[:64]
    return VersionRow(sha[:16], f"/docs/{name}.pdf", "pdf", sha, 10, 2, "ok", None, [], "t",
                      "r1", 0.1)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A database whose documents say hostile things: markup, a formula, personal data."""
    db = tmp_path / "isp.duckdb"
    with Store(db) as store:
        store.start_run("run1", date(2024, 6, 1), "r1", [])
        for name, title, review in (("a", HOSTILE_TITLE, date(2024, 2, 1)),
                                    ("b", FORMULA_TITLE, date(2024, 7, 1))):
            store.load(_row(name), ProtocolRecord(
                kind="agreement", title=title, review_date=review,
                review_basis=ReviewBasis.EXPLICIT, lead_name="Essex Police",
                purpose="To refer people at risk. Contact Mrs Jane Smith on 01245 123456 or "
                        "jane.smith@example.org.",
                parties=[PartyRecord(Role.LEAD, "Essex Police", None, None, "cover_table")],
                sections=[SectionRecord(k, k.value, True, 10) for k in SectionKey]), "run1")
        store.finish_run("run1", {}, "ok")
    return db


class _Text(HTMLParser):
    """The page as a tree-less stream: text, and the tags with their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.fail("no Chromium: `make test` installs it from Debian (make system-deps)")


def _browse(page: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={tmp_path / 'chromium'}", *extra, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True)


def test_the_dashboard_in_a_browser_shows_the_databases_counts(sample: Path,
                                                                tmp_path: Path) -> None:
    page = reports_folder(sample) / "dashboard.html"
    dom = _browse(page, tmp_path, "--dump-dom").stdout
    shown = {m.group(1): (int(m.group(3)), m.group(2)) for m in re.finditer(
        r'data-count="(\w+)" data-checked="(\w+)">(\d+)<', dom)}
    con = duckdb.connect(str(sample), read_only=True)
    want = {
        "expired": con.execute("SELECT count(*) FROM expired_reviews").fetchone()[0],
        "overdue": con.execute("SELECT count(*) FROM review_status WHERE status = 'overdue'"
                               ).fetchone()[0],
        "to_remove": con.execute("SELECT count(*) FROM reviews_to_remove").fetchone()[0],
        "due_soon": con.execute("SELECT count(*) FROM reviews_due").fetchone()[0],
        "no_review_date": con.execute("SELECT count(*) FROM protocols_without_review"
                                      ).fetchone()[0]}
    total = con.execute("SELECT count(*) FROM agreements").fetchone()[0]
    con.close()
    # the page's script ran (it recounts from the rows it holds) and agrees with DuckDB
    assert shown == {k: (v, "agrees") for k, v in want.items()}
    assert want["expired"] > 0 and want["due_soon"] > 0
    assert f">{total} of {total} shown<" in dom
    assert dom.count('href="#doc-') == total  # every row links to its protocol's details
    shot = tmp_path / "dashboard.png"
    _browse(page, tmp_path, "--window-size=1280,1600", f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000


def test_the_dashboard_is_one_offline_file_and_runs_nothing_a_document_says(
        hostile: Path, tmp_path: Path) -> None:
    written = write_reports(hostile, tmp_path / "reports")
    html = written.dashboard.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)  # nothing fetched
    assert "<img src=x" not in html and "&lt;img src=x" in html
    dom = _browse(written.dashboard, tmp_path, "--dump-dom").stdout
    assert "<title>pwned</title>" not in dom and "<img src=\"x\"" not in dom


def test_the_workbook_opens_and_its_rows_are_the_views(sample: Path) -> None:
    from openpyxl import load_workbook

    folder = reports_folder(sample)
    book = load_workbook(folder / "compliance.xlsx")
    assert {"Compliance", "Failed checks", "Missing sections", "Reviews", "Outdated statutes",
            "Outdated parties", "Unmatched organisations"} <= set(book.sheetnames)
    sheet = book["Compliance"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(2)]
    con = duckdb.connect(str(sample), read_only=True)
    want = sorted(con.execute("SELECT title, failed, coalesce(failed_checks, '') "
                              "FROM compliance").fetchall())
    missing = con.execute("SELECT count(*) FROM missing_sections m JOIN agreements USING "
                          "(document_id)").fetchone()[0]
    unclear = con.execute('SELECT count(*) FROM compliance_checks c JOIN agreements USING '
                          '(document_id) WHERE c.passed IS NULL').fetchone()[0]
    failed = con.execute('SELECT count(*) FROM compliance_checks c JOIN agreements USING '
                         '(document_id) WHERE NOT c.passed').fetchone()[0]
    con.close()
    assert book["Unclear sections"].max_row - 1 == unclear
    assert book["Failed checks"].max_row - 1 == failed  # an unclear section is not a failure
    assert sorted((r["title"], r["failed_checks_count"], r["failed_checks"] or "")
                  for r in rows) == want
    assert book["Missing sections"].max_row - 1 == missing
    assert all(sheet.column_dimensions[c].width >= 10 for c in "ABCDEFGHI")
    with (folder / "compliance.csv").open(encoding="utf-8") as f:
        assert sorted((r["title"], int(r["failed_checks_count"]), r["failed_checks"])
                      for r in csv.DictReader(f)) == want


def test_a_formula_in_a_title_stays_text_in_the_workbook(hostile: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    written = write_reports(hostile, tmp_path / "reports")
    titles = [c.value for c in load_workbook(written.compliance_xlsx)["Compliance"]["A"]]
    assert "'" + FORMULA_TITLE in titles
    assert FORMULA_TITLE not in titles


def test_the_register_from_the_sample_corpus_has_the_seed_pages_shape(sample: Path) -> None:
    page = _parse((reports_folder(sample) / "register.html").read_text(encoding="utf-8"))
    text = "\n".join(t.strip() for t in page.text if t.strip())
    seed = SEED.read_text(encoding="utf-8")
    seed_themes = re.findall(r"^(Growing Essex Economy|Health and Wellbeing|Learning and "
                             r"Education|Safer Community) \(\d+\)$", seed, re.M)
    ours = re.findall(r"^(Growing Essex Economy|Health and Wellbeing|Learning and Education"
                      r"|Safer Community) \((\d+)\)$", text, re.M)
    assert [t for t, _ in ours] == seed_themes  # the same themes, in the seed's order
    assert all(int(n) > 0 for _, n in ours)
    assert "Title\nPurpose\nLead Organisation\nOther Organisations Involved\nReview date" in text
    assert re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-20\d\d\b", text)
    assert "VOA HMRC Information Sharing Protocol" in text


def test_no_email_phone_number_or_signatory_reaches_the_register(sample: Path,
                                                                  hostile: Path,
                                                                  tmp_path: Path) -> None:
    html = (reports_folder(sample) / "register.html").read_text(encoding="utf-8")
    signatories = _signatory_names(sorted(RAW.glob("*.docx")))
    assert signatories, "the sample corpus has signature tables with names"
    assert not [n for n in signatories if n in html]
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", html)
    written = write_reports(hostile, tmp_path / "reports")
    public = written.register.read_text(encoding="utf-8")
    assert "jane.smith@example.org" not in public and "01245 123456" not in public
    assert "Jane Smith" not in public
    assert public_text("Ring 07700 900123, or write to a.b@c.gov.uk") == \
        "Ring [number withheld], or write to [e-mail withheld]"


def _signatory_names(files: list[Path]) -> set[str]:
    """The people named in the sample's signature tables (a "Name" column or row)."""
    names: set[str] = set()
    for path in files:
        document = extract(path).document
        assert document is not None
        for rows in document.tables().values():
            header = [c.text.strip().lower() for c in rows[0]] if rows else []
            for col, label in enumerate(header):
                if label in {"name", "signatory", "signed by", "print name"}:
                    names.update(r[col].text.strip() for r in rows[1:]
                                 if col < len(r) and len(r[col].text.split()) >= 2)
            for cells in rows:
                if len(cells) >= 2 and cells[0].text.strip().lower() in {"name", "print name"}:
                    names.add(cells[1].text.strip())
    return {n for n in names if n and len(n.split()) >= 2}
