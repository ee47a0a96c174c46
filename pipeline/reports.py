"""The outputs analysts and compliance officers open: the expired-review dashboard, the
compliance workbook and CSV, and the public register.

Everything is read from the database's views (docs/CONTRACT.md); nothing is recomputed here
but the review status against the report's own ``as_of`` date, by the same SQL macro the
views use. Every value a document supplied is untrusted: the HTML comes from Jinja2 with
autoescaping, data for the page's script is embedded as escaped JSON, and the charts are
SVG drawn by matplotlib (text escaped, no math parsing), so the page fetches nothing and runs
offline.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pipeline.store import Store
from pipeline.themes import UNKNOWN, read_mapping, theme_of, themes

log = logging.getLogger(__name__)

STATUS_LABELS = {"to_remove": "To remove", "overdue": "Overdue", "due_soon": "Due soon",
                 "current": "Current", "no_review_date": "No review date"}


@dataclass(frozen=True, slots=True)
class Written:
    dashboard: Path
    compliance_xlsx: Path
    compliance_csv: Path
    register: Path

    def all(self) -> list[Path]:
        return [self.dashboard, self.compliance_xlsx, self.compliance_csv, self.register]


def write_reports(db: Path, out: Path, as_of: date | None = None,
                  theme_file: Path | None = None) -> Written:
    """Write the four reports for the database into ``out``; ``as_of`` defaults to the date
    of the latest finished run. Raises ``FileNotFoundError`` for a missing database and
    ``ValueError`` for a theme file that is not a mapping."""
    if not db.is_file():
        raise FileNotFoundError(f"no database at {db}: run `isp ingest` first")
    mapping = read_mapping(theme_file) if theme_file else None
    out.mkdir(parents=True, exist_ok=True)
    Store(db).close()  # a database from an older version gains today's views
    with _read_only(db) as con:
        data = _Data.load(con, as_of, mapping)
    written = Written(out / "dashboard.html", out / "compliance.xlsx", out / "compliance.csv",
                      out / "register.html")
    env = _environment()
    written.dashboard.write_text(env.get_template("dashboard.html").render(**data.dashboard()),
                                 encoding="utf-8")
    written.register.write_text(env.get_template("register.html").render(**data.register()),
                                encoding="utf-8")
    data.write_compliance(written.compliance_xlsx, written.compliance_csv)
    return written


@contextmanager
def _read_only(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        yield con
    finally:
        con.close()


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("pipeline", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["month"] = lambda d: d.strftime("%b-%Y") if d else ""
    return env


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
           ) -> pd.DataFrame:
    """A query's rows as a frame of plain values: dates as ``date``, missing as ``None``."""
    frame = con.execute(sql, params or []).df()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.date
    return frame.astype(object).where(frame.notna(), None)


@dataclass
class _Data:
    as_of: date
    protocols: pd.DataFrame  # one row per agreement, with status, theme, failed checks
    parties: pd.DataFrame
    checks: pd.DataFrame
    missing: pd.DataFrame
    statutes: pd.DataFrame
    outdated_parties: pd.DataFrame
    evidence: pd.DataFrame
    unmatched: pd.DataFrame

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection, as_of: date | None,
             mapping: dict[str, str] | None) -> _Data:
        day = as_of or con.execute("SELECT as_of FROM as_of").fetchone()[0]  # type: ignore[index]
        protocols = _frame(con, """
            SELECT p.document_id, d.path, p.title, p.purpose, p.lead_name, p.lead_org,
                   p.review_date, p.review_basis, review_state(p.review_date, ?::DATE) AS status,
                   date_diff('day', ?::DATE, p.review_date) AS days_to_review,
                   t.theme, t.basis AS theme_basis, t.evidence AS theme_evidence,
                   c.failed, c.failed_checks
            FROM agreements p JOIN documents d USING (document_id)
            LEFT JOIN protocol_themes t USING (document_id)
            LEFT JOIN compliance c USING (document_id)
            ORDER BY p.title, d.path""", [day, day])
        if mapping is not None:  # the report's own mapping file wins over the stored themes
            found = [theme_of(r.path, r.title, r.purpose, mapping)
                     for r in protocols.itertuples()]
            protocols["theme"] = [t.theme for t in found]
            protocols["theme_basis"] = [t.basis for t in found]
            protocols["theme_evidence"] = [t.evidence for t in found]
        protocols["theme"] = protocols["theme"].fillna(UNKNOWN)
        protocols["failed"] = protocols["failed"].fillna(0).astype(int)
        protocols["days_to_review"] = protocols["days_to_review"].astype(object)
        protocols["status_label"] = protocols["status"].map(STATUS_LABELS)
        return cls(
            as_of=day, protocols=protocols,
            parties=_frame(con, "SELECT document_id, role, name, org, ended, successor "
                                "FROM parties ORDER BY document_id, role, name"),
            checks=_frame(con, 'SELECT document_id, "check", passed, evidence '
                               'FROM compliance_checks ORDER BY document_id, "check"'),
            missing=_frame(con, "SELECT document_id, section FROM missing_sections "
                                "ORDER BY document_id, section"),
            statutes=_frame(con, "SELECT document_id, citation, status, replacement, suggestion "
                                 "FROM outdated_statutes ORDER BY document_id, citation"),
            outdated_parties=_frame(con, "SELECT document_id, name, ended, successor "
                                         "FROM outdated_parties ORDER BY document_id, name"),
            evidence=_frame(con, "SELECT document_id, field, value, page, snippet, ocr "
                                 "FROM evidence ORDER BY document_id, field"),
            unmatched=_frame(con, "SELECT * FROM unmatched_organisations"))

    # --- the dashboard -------------------------------------------------------------------

    def dashboard(self) -> dict[str, Any]:
        p = self.protocols
        counts = {s: int((p["status"] == s).sum()) for s in STATUS_LABELS}
        counts["expired"] = counts["overdue"] + counts["to_remove"]
        rows = [{"id": r.document_id, "title": r.title or "(no title found)",
                 "lead": r.lead_org or r.lead_name or "", "theme": r.theme,
                 "review": r.review_date.isoformat() if _is_date(r.review_date) else "",
                 "status": r.status, "status_label": r.status_label,
                 "days": None if r.days_to_review is None else int(r.days_to_review),
                 "failed": int(r.failed), "path": Path(r.path).name}
                for r in p.itertuples()]
        return {"as_of": self.as_of, "counts": counts, "total": len(p), "rows": rows,
                "statuses": STATUS_LABELS,
                "charts": {"lead": _svg(self._by_lead(), "Agreements past or near review, "
                                                         "by lead organisation"),
                           "theme": _svg(self._by_theme(), "Agreements by theme and status"),
                           "month": _svg(self._by_month(), "Reviews falling due, by month")},
                "details": self._details()}

    def _concern(self) -> pd.DataFrame:
        return self.protocols[self.protocols["status"].isin(["to_remove", "overdue",
                                                             "due_soon"])]

    def _by_lead(self) -> pd.DataFrame:
        p = self._concern().assign(lead=lambda f: f["lead_org"].fillna(f["lead_name"])
                                   .fillna("(no lead named)"))
        table = pd.crosstab(p["lead"], p["status_label"]) if len(p) else pd.DataFrame()
        return table.loc[table.sum(axis=1).sort_values().index[-15:]] if len(table) else table

    def _by_theme(self) -> pd.DataFrame:
        p = self.protocols
        return pd.crosstab(p["theme"], p["status_label"]) if len(p) else pd.DataFrame()

    def _by_month(self) -> pd.DataFrame:
        p = self.protocols.dropna(subset=["review_date"])
        if not len(p):
            return pd.DataFrame()
        month = pd.to_datetime(p["review_date"]).dt.to_period("M").astype(str)
        return pd.crosstab(month, p["status_label"]).sort_index()

    def _details(self) -> list[dict[str, Any]]:
        """Each agreement's details, its rows of every frame grouped once (not filtered again
        per agreement)."""
        by_doc = {name: _grouped(frame) for name, frame in (
            ("evidence", self.evidence), ("missing", self.missing), ("statutes", self.statutes),
            ("outdated_parties", self.outdated_parties), ("checks", self.checks),
            ("parties", self.parties))}

        def of(name: str, doc: str) -> list[dict[str, Any]]:
            return by_doc[name].get(doc, [])

        return [{"id": r.document_id, "title": r.title or "(no title found)", "path": r.path,
                 "purpose": r.purpose, "lead": r.lead_name, "lead_org": r.lead_org,
                 "review": r.review_date if _is_date(r.review_date) else None,
                 "status": r.status_label, "theme": r.theme, "theme_evidence": r.theme_evidence,
                 "evidence": of("evidence", r.document_id),
                 "missing": [m["section"] for m in of("missing", r.document_id)],
                 "statutes": of("statutes", r.document_id),
                 "outdated_parties": of("outdated_parties", r.document_id),
                 "checks": of("checks", r.document_id), "parties": of("parties", r.document_id)}
                for r in self.protocols.itertuples()]

    # --- the public register -------------------------------------------------------------

    def register(self) -> dict[str, Any]:
        partners = (self.parties[self.parties["role"] == "partner"]
                    .assign(shown=lambda f: f["org"].fillna(f["name"]))
                    .groupby("document_id")["shown"].agg(lambda s: ", ".join(dict.fromkeys(s))))
        groups = []
        for theme in [*themes(), UNKNOWN]:
            rows = self.protocols[self.protocols["theme"] == theme]
            rows = rows.drop_duplicates(subset=["title", "lead_name", "review_date"])
            if not len(rows):
                continue
            groups.append({"theme": theme if theme != UNKNOWN else "Not yet themed",
                           "rows": [{"title": r.title or "(no title found)",
                                     "purpose": public_text(r.purpose),
                                     "lead": r.lead_name or "",
                                     "others": partners.get(r.document_id, ""),
                                     "review": r.review_date if _is_date(r.review_date)
                                     else None} for r in rows.itertuples()]})
        return {"groups": groups}

    # --- the compliance workbook ---------------------------------------------------------

    def write_compliance(self, xlsx: Path, csv_path: Path) -> None:
        summary = self.protocols[["title", "lead_name", "lead_org", "theme", "review_date",
                                  "status_label", "failed", "failed_checks", "path"]].rename(
            columns={"status_label": "review_status", "failed": "failed_checks_count"})
        summary = summary.sort_values(["failed_checks_count", "title"], ascending=[False, True])
        with csv_path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(summary.columns)
            for row in summary.itertuples(index=False):
                writer.writerow([_cell(v) for v in row])
        titles = self.protocols.set_index("document_id")["title"]
        failed = self.checks[self.checks["passed"].eq(False)].assign(
            title=lambda f: f["document_id"].map(titles)).dropna(subset=["title"])
        unclear = self.checks[self.checks["passed"].isna()].assign(
            title=lambda f: f["document_id"].map(titles)).dropna(subset=["title"])
        sheets = {
            "Compliance": summary,
            "Failed checks": failed[["title", "check", "evidence"]],
            "Unclear sections": unclear[["title", "check", "evidence"]],
            "Missing sections": self.missing.assign(
                title=lambda f: f["document_id"].map(titles)).dropna(subset=["title"])[
                ["title", "section"]],
            "Reviews": self.protocols[self.protocols["status"] != "current"][
                ["title", "lead_name", "review_date", "status_label", "days_to_review"]],
            "Outdated statutes": self.statutes.assign(
                title=lambda f: f["document_id"].map(titles))[
                ["title", "citation", "status", "replacement", "suggestion"]],
            "Outdated parties": self.outdated_parties.assign(
                title=lambda f: f["document_id"].map(titles))[
                ["title", "name", "ended", "successor"]],
            "Unmatched organisations": self.unmatched,
        }
        _write_workbook(xlsx, sheets)


def _grouped(frame: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """A frame's rows as records, by document, in the frame's order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for record in frame.to_dict("records"):
        out.setdefault(record["document_id"], []).append(record)
    return out


def _write_workbook(path: Path, sheets: dict[str, pd.DataFrame]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, frame in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append([str(c) for c in frame.columns])
        for row in frame.itertuples(index=False):
            sheet.append([_cell(v, for_excel=True) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        if frame.shape[1]:
            last = get_column_letter(frame.shape[1])
            sheet.auto_filter.ref = f"A1:{last}{max(len(frame), 1) + 1}"
        for i, column in enumerate(frame.columns, 1):
            longest = max([len(str(column))] + [len(str(_cell(v))) for v in frame[column]])
            sheet.column_dimensions[get_column_letter(i)].width = min(max(10, longest + 2), 60)
    book.save(path)


_FORMULA = re.compile(r"^[=+\-@\t\r]")


def _cell(value: Any, for_excel: bool = False) -> Any:
    """A value for a CSV or workbook cell. Text a document supplied that a spreadsheet would
    run as a formula ("=HYPERLINK(…)") is written with a leading apostrophe."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None if for_excel else ""
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def _is_date(value: Any) -> bool:
    return isinstance(value, date) and not pd.isna(value)


_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b")
_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|DCI|DI|DS|PC|Supt)\.?\s+"
                     r"(?:[A-Z][\w'-]*\.?\s*){1,3}")


def public_text(text: str | None) -> str:
    """Text fit for the public register: no e-mail addresses, telephone numbers or named
    individuals ("Mrs J Smith")."""
    if not text:
        return ""
    text = _EMAIL.sub("[e-mail withheld]", text)
    text = _PHONE.sub("[number withheld]", text)
    return _PERSON.sub("[name withheld] ", text).strip()


def _svg(table: pd.DataFrame, title: str) -> Markup:
    """A horizontal stacked bar chart, as inline SVG (no scripts, text escaped)."""
    plt = _pyplot()
    from matplotlib.ticker import MaxNLocator

    if table.empty:
        return Markup(f'<p class="empty">{Markup.escape(title)}: nothing to show.</p>')
    order = [s for s in STATUS_LABELS.values() if s in table.columns]
    colours = {"To remove": "#8b1a1a", "Overdue": "#d9534f", "Due soon": "#f0ad4e",
               "Current": "#5cb85c", "No review date": "#999999"}
    height = max(2.0, 0.32 * len(table) + 1.2)
    fig, ax = plt.subplots(figsize=(7.5, height))
    left = [0.0] * len(table)
    labels = [_short(str(x)) for x in table.index]
    for status in order:
        values = table[status].tolist()
        ax.barh(labels, values, left=left, label=status, color=colours[status])
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    fig.tight_layout()
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(fig)
    svg = buffer.getvalue()
    return Markup(svg[svg.index("<svg"):])


@cache
def _pyplot() -> Any:
    """matplotlib, set once for SVG that shows text as text and never parses "$…$" in a
    document's words as mathematics; imported only when a chart is drawn."""
    import matplotlib

    matplotlib.use("svg")
    matplotlib.rcParams.update({"text.parse_math": False, "svg.fonttype": "none",
                                "svg.hashsalt": "isp", "font.size": 9})
    import matplotlib.pyplot as plt

    return plt


def _short(text: str, limit: int = 45) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reports_folder(db: Path) -> Path:
    """Where a database's reports go: ``reports/`` beside it (``data/curated/reports/`` for
    the default database)."""
    return db.parent / "reports"


def refresh_reports(db: Path, as_of: date | None = None) -> Written | None:
    """After a run: write the reports beside the database. A report that cannot be written
    is logged and the run's result stands (the data is in the database either way)."""
    try:
        return write_reports(db, reports_folder(db), as_of)
    except Exception:  # noqa: BLE001 - a report must never undo a finished run
        log.exception("reports for %s not written", db)
        return None
