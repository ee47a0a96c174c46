"""``isp``: the command line. A thin shell over the flow and the library.

Library errors become one-line messages and exit code 2; a run in which any file failed
exits 1 after processing all the others.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

if TYPE_CHECKING:
    from extractors.limits import Limits
    from pipeline.batch import RunSummary

DEFAULT_DB = Path("data/curated/isp.duckdb")


class InputError(click.ClickException):
    """What the user gave cannot be used (a missing folder, a bad registry, a locked
    database): one line on stderr, exit code 2, nothing processed."""

    exit_code = 2
DEFAULT_INPUT = Path("data/raw")
DEFAULT_TRUTH = Path("data/truth/sample_corpus.json")


def _quiet_prefect() -> None:
    """Keep Prefect's own console chatter (and its server's) out of the output.

    Set before Prefect is imported; anything the user set explicitly wins.
    """
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")  # the client's own telemetry notice
    os.environ.setdefault("PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS", "false")


@click.group()
@click.version_option(package_name="isp-pipeline")
def main() -> None:
    """Information Sharing Protocols: from legacy PDF and Word files to DuckDB."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_DB,
              show_default=True, help="The DuckDB file (created if absent).")
@click.option("--registry", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              default=None, help="Signatory registry CSV (default: the one shipped).")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Date that 'expired' is measured against (default: today).")
@click.option("--wait", type=click.FloatRange(min=0), default=0, show_default=True,
              metavar="SECONDS", help="Wait this long for another run on the database to end.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[Path, ...], db: Path, registry: Path | None, as_of: object,
           wait: float, as_json: bool, quiet: bool) -> None:
    """Ingest ISP files and folders (default: data/raw) into the DuckDB file."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from extractors.limits import LimitError, Limits
    from flows.server import ServerError
    from pipeline.registry import Registry, RegistryError
    from pipeline.runlock import DatabaseBusy, run_lock

    roots = list(paths) or [DEFAULT_INPUT]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")
    day = as_of.date() if as_of else date.today()  # type: ignore[attr-defined]
    # Check what the user gave before Prefect starts, so a mistake is one line, not a
    # failed flow run with a traceback.
    try:
        limits = Limits.from_env()
        Registry.load(registry)
        with run_lock(db, wait):
            _check_database(db)
            summary = _run(roots, db, registry, day, limits,
                           show_progress=not quiet and not as_json and sys.stderr.isatty())
    except (RegistryError, LimitError, DatabaseBusy, ServerError) as exc:
        raise InputError(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(asdict(summary), indent=2, default=str))
    else:
        _print_summary(summary)
    sys.exit(0 if summary.ok else 1)


def _check_database(db: Path) -> None:
    import duckdb

    from pipeline.store import Store

    try:
        Store(db).close()
    except duckdb.Error as exc:
        raise InputError(f"cannot open the database {db}: {exc}") from exc


def _run(roots: list[Path], db: Path, registry: Path | None, day: date, limits: Limits,
         show_progress: bool) -> RunSummary:
    """The run: through the Prefect flow, or, when no Prefect server is configured and the
    run would change no document, recorded directly (a temporary server for a run with
    nothing to do costs seconds and shows nobody anything)."""
    from flows.server import prefect_home_for, served_url
    from pipeline.batch import record_if_idle

    _quiet_prefect()
    home = prefect_home_for(db)
    url = os.environ.get("PREFECT_API_URL") or served_url(home)
    if url is None:
        idle = record_if_idle(db, roots, registry, day, limits)
        if idle is not None:
            from pipeline.reports import refresh_reports

            refresh_reports(db, day)  # nothing changed but the date the reviews are read at
            return idle
    with _prefect_for(home, url):
        from flows.ingest import ingest_flow

        progress = _Progress(enabled=show_progress)
        with progress:
            return ingest_flow(roots, db, registry, day, progress=progress)


@contextlib.contextmanager
def _prefect_for(home: Path, url: str | None) -> Iterator[None]:
    """Point Prefect at ``url``, or at a temporary server started for the run, before Prefect
    is imported; the temporary server starts while the flow is imported."""
    from flows.server import TemporaryServer
    from pipeline.failpoints import failpoint
    from pipeline.workers import warm_up

    home.mkdir(parents=True, exist_ok=True)
    os.environ["PREFECT_HOME"] = str(home)
    server = None
    if url is None:
        server = TemporaryServer(home).start()
        url = server.api_url
    os.environ["PREFECT_API_URL"] = url
    warm_up()  # the workers' fork server imports the pipeline meanwhile, on the other core
    try:
        if server is not None:
            failpoint("prefect.starting")
            import flows.ingest  # noqa: F401  (import while the server starts)

            server.wait()
        yield
        _drain_prefect()
    finally:
        if server is not None:
            server.stop()


def _drain_prefect() -> None:
    """Send Prefect's queued logs and events before its server goes away."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with contextlib.suppress(Exception):
            worker.drain_all(timeout=5)


@main.command()
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_DB,
              show_default=True, help="The database whose Prefect home the server keeps.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=4200, show_default=True,
              help="Port to listen on (0: any free port).")
def serve(db: Path, host: str, port: int) -> None:
    """Keep a Prefect server (with its UI) running; `isp ingest` on the same database
    reports to it instead of starting a temporary server each run."""
    from flows.server import ServerError, prefect_home_for
    from flows.server import serve as run_server

    _quiet_prefect()
    try:
        run_server(prefect_home_for(db), host, port)
    except ServerError as exc:
        raise InputError(str(exc)) from exc


@main.command()
def setup() -> None:
    """Prepare this installation: migrate the template of Prefect's database, so that the
    first run on a new database folder starts in seconds (`make` runs this)."""
    from flows.server import ServerError, ensure_template

    _quiet_prefect()
    try:
        click.echo(f"Prefect database template: {ensure_template()}")
    except ServerError as exc:
        raise InputError(str(exc)) from exc


@main.command()
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_DB,
              show_default=True, help="The DuckDB file to report on.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder for the reports (default: reports/ beside the database, "
                   "data/curated/reports/ for the default one).")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The date reviews are measured against (default: the latest run's).")
@click.option("--themes", "theme_file", type=click.Path(path_type=Path, dir_okay=False,
                                                        exists=True), default=None,
              help="A CSV mapping file, path or title to a register theme (default: the "
                   "themes.csv kept at the top of the ingested folder, else inferred).")
def report(db: Path, out: Path | None, as_of: datetime | None, theme_file: Path | None) -> None:
    """Write dashboard.html, compliance.xlsx, compliance.csv and register.html."""
    import duckdb

    from pipeline.reports import reports_folder, write_reports

    try:
        written = write_reports(db, out or reports_folder(db),
                                as_of.date() if as_of else None, theme_file)
    except (FileNotFoundError, ValueError, duckdb.Error) as exc:
        raise InputError(str(exc)) from exc
    for path in written.all():
        click.echo(str(path))


@main.command()
@click.option("--truth", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              default=DEFAULT_TRUTH, show_default=True, help="Labelled truth (JSON list).")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_DB,
              show_default=True, help="The DuckDB file to score.")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Where to write the JSON report (default: evaluation.json beside the db).")
@click.option("--families", "by_family", is_flag=True,
              help="Read and score every corpus family in data/families.toml instead.")
@click.option("--family", "only", multiple=True, metavar="NAME",
              help="With --families: only these families (repeatable).")
@click.option("--record-first-blind", is_flag=True,
              help="With --families: keep each blind family's score as its first-blind score "
                   "(written once, never overwritten).")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default="2026-01-01",
              show_default=True, help="With --families: the run date the corpora are read as of.")
def evaluate(truth: Path, db: Path, out: Path | None, by_family: bool, only: tuple[str, ...],
             record_first_blind: bool, as_of: datetime) -> None:
    """Precision, recall and F1 per field of the database against labelled truth; with
    --families, per corpus family and pooled, beside each blind family's first score."""
    from pipeline.evaluate import evaluate as score
    from pipeline.evaluate import load_truth

    if by_family:
        _evaluate_families(only, record_first_blind, as_of.date(), out)
        return
    if not db.exists():
        raise InputError(f"cannot evaluate: no database at {db}")
    try:
        report = score(db, load_truth(truth))
    except (ValueError, KeyError) as exc:
        raise InputError(f"cannot evaluate: {exc}") from exc
    target = out or db.with_name("evaluation.json")
    target.write_text(json.dumps(report.as_dict(), indent=2, default=str), encoding="utf-8")
    click.echo(report.table())
    click.echo(f"report: {target}")


def _evaluate_families(only: tuple[str, ...], record: bool, as_of: date,
                       out: Path | None) -> None:
    import tempfile

    from pipeline import corpora

    chosen = [f for f in corpora.families() if not only or f.name in only]
    unknown = set(only) - {f.name for f in chosen}
    if unknown:
        raise InputError(f"no such family: {', '.join(sorted(unknown))}")
    reports, rows, firsts = {}, {}, {}
    with tempfile.TemporaryDirectory(prefix="isp-evaluate-") as work:
        for family in chosen:
            if not family.available:
                click.echo(f"{family.name}: skipped ({family.files} or {family.truth} absent)")
                continue
            report = corpora.score_family(family, Path(work), as_of)
            reports[family.name] = report
            rows[family.name] = corpora.summary_row(report)
            if record and family.blind and corpora.record_first_blind(family, report):
                click.echo(f"{family.name}: first-blind score written to "
                           f"{family.first_blind_path}")
            first = corpora.first_blind(family)
            if first is not None:
                firsts[family.name] = first
    blind = [reports[f.name] for f in chosen if f.blind and f.name in reports]
    if blind:
        rows["blind families"] = corpora.summary_row(corpora.combined(blind))
    if reports:
        rows["all"] = corpora.summary_row(corpora.combined(list(reports.values())))
    click.echo("now:")
    click.echo(corpora.table(rows))
    if firsts:
        click.echo("first-blind (the score each blind family had before any rule was "
                   "changed for it):")
        click.echo(corpora.table(firsts))
    target = out or DEFAULT_DB.with_name("evaluation-families.json")
    target.write_text(json.dumps({"now": rows, "first_blind": firsts,
                                  "reports": {n: r.as_dict() for n, r in reports.items()}},
                                 indent=2, default=str), encoding="utf-8")
    click.echo(f"report: {target}")


def _print_summary(s: RunSummary) -> None:
    click.echo(f"files seen {s.seen}: new {s.new}, changed {s.changed}, "
               f"unchanged {s.unchanged}, reparsed {s.reparsed}, failed {s.failed}, "
               f"vanished {s.vanished}")
    for failure in s.failures:
        click.echo(f"  {failure['status']}: {failure['path']}: {failure['error']}")
    click.echo(f"database: {s.db}")


class _Progress:
    """A progress bar fed by the flow's events, on stderr, only for a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            self._bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), TextColumn("{task.description}"),
                                 transient=True)
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, event: str, data: dict[str, object]) -> None:
        if self._bar is None:
            return
        if event == "planned":
            self._task = self._bar.add_task("", total=int(str(data["total"])))
        elif event == "processed" and self._task is not None:
            self._bar.update(self._task, advance=1, description=Path(str(data["path"])).name)
