"""The nightly ingestion flow: discover, extract and parse in tasks, load in the flow.

The flow only orchestrates library functions (``pipeline.process`` and ``pipeline.store``).
Extraction runs in Prefect tasks, two at a time; loading stays in the flow, so DuckDB has one
writer. A file that fails is recorded and the run goes on; only transient infrastructure
errors are retried.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from extractors.model import Status
from pipeline.process import (
    Outcome,
    Planned,
    TransientError,
    Unreadable,
    discover,
    plan,
    process_file,
    resources_for,
    rules_version_for,
    vanished,
)
from pipeline.statutes import Catalogue
from pipeline.store import CurrentVersion, Store, VersionRow
from pipeline.vocab import ChangeKind

WORKERS = 2


@dataclass
class RunSummary:
    run_id: str
    db: str
    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reparsed: int = 0
    failed: int = 0
    vanished: int = 0
    failures: list[dict[str, str | None]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in
                ("seen", "new", "changed", "unchanged", "reparsed", "failed", "vanished")}


Listener = Callable[[str, dict[str, object]], None]
_listeners: list[Listener] = []
_lock = threading.Lock()


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Receive progress events (``planned``, ``processed``) while a flow runs in-process."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def _emit(event: str, **data: object) -> None:
    for listener in list(_listeners):
        listener(event, data)


def _is_transient(task: object, task_run: object, state: object) -> bool:
    try:
        state.result()  # type: ignore[attr-defined]
    except (TransientError, TimeoutError):
        return True
    except Exception:
        return False
    return False


@task(name="extract-and-parse", retries=2, retry_delay_seconds=1,
      retry_condition_fn=_is_transient, cache_policy=NO_CACHE, persist_result=False,
      task_run_name="extract {planned.path.name}")
def extract_and_parse(planned: Planned, registry_path: Path | None) -> Outcome:
    return process_file(planned, registry_path)


def _crashed(planned: Planned, exc: BaseException) -> Outcome:
    """The outcome of a task that raised even after its retries: the file is kept, as error."""
    row = VersionRow(planned.document_id, str(planned.path), _suffix(planned.path),
                     planned.sha256,
                     planned.size_bytes, None, Status.ERROR.value,
                     f"processing failed: {exc!r}", [], None, None, 0.0)
    return Outcome(planned, row, None)


@flow(name="isp-ingest",
      task_runner=ThreadPoolTaskRunner(max_workers=WORKERS),  # type: ignore[arg-type]
      persist_result=False, log_prints=False)
def ingest_flow(paths: list[Path], db: Path, registry_path: Path | None = None,
                as_of: date | None = None) -> RunSummary:
    logger = get_run_logger()
    as_of = as_of or date.today()
    run_id = uuid4().hex[:12]
    registry, _ = resources_for(registry_path)  # fails fast on a bad registry
    rules_version = rules_version_for(registry_path)
    with Store(db) as store:
        store.replace_registry(registry)
        store.replace_catalogue(Catalogue.default().statutes)
        current = store.current_versions()
        store.start_run(run_id, as_of, rules_version, [str(p) for p in paths])
        status = "crashed"
        try:
            planned, unreadable = plan(discover(paths), current, rules_version)
            summary = _run(store, run_id, planned, unreadable, current, registry_path, logger)
            gone = vanished(paths, [p.path for p in planned] + [u.path for u in unreadable],
                            current)
            store.mark_vanished(gone)
            summary.vanished = len(gone)
            status = "ok" if summary.ok else "failed"
        finally:
            store.finish_run(run_id, summary.counts() if status != "crashed" else {}, status)
    return summary


def _run(store: Store, run_id: str, planned: list[Planned], unreadable: list[Unreadable],
         current: dict[str, CurrentVersion], registry_path: Path | None,
         logger: Any) -> RunSummary:
    """Process what needs it, load each outcome as it comes, and count."""
    summary = RunSummary(run_id, str(store.path), seen=len(planned) + len(unreadable))
    summary.unchanged = sum(p.change == ChangeKind.UNCHANGED for p in planned)
    for item in unreadable:
        store.load(VersionRow(item.document_id, str(item.path), _suffix(item.path), "", 0, None,
                              Status.ERROR.value, item.error, [], None, None, 0.0), None, run_id)
    todo = [p for p in planned if p.change != ChangeKind.UNCHANGED]
    _emit("planned", total=len(todo), seen=summary.seen)
    futures = {extract_and_parse.submit(p, registry_path): p for p in todo}
    for future in as_completed(list(futures)):
        planned_file = futures[future]
        try:
            outcome = future.result()
        except Exception as exc:
            logger.error("%s: %r", planned_file.path, exc)
            before = current.get(str(planned_file.path))
            if (planned_file.change == ChangeKind.REPARSED and before is not None
                    and before.status == Status.OK.value):
                # Keep the version that parsed before; the next run tries again.
                _emit("processed", path=str(planned_file.path), status="kept")
                continue
            outcome = _crashed(planned_file, exc)
        store.load(outcome.row, outcome.record, run_id)
        setattr(summary, planned_file.change.value, getattr(summary, planned_file.change.value) + 1)
        _emit("processed", path=str(planned_file.path), status=outcome.row.status)
    seen = {str(p.path) for p in planned} | {str(u.path) for u in unreadable}
    failing = sorted(p for p, v in store.current_versions().items()
                     if v.status != Status.OK.value and p in seen)
    for path in failing:
        row = store.con.execute(
            "SELECT status, error FROM documents WHERE path = ?", [path]).fetchone()
        summary.failures.append({"path": path, "status": row[0] if row else None,
                                 "error": row[1] if row else None})
        logger.info("%s: %s", path, row[1] if row else "failed")
    summary.failed = len(failing)
    return summary


def _suffix(path: Path) -> str | None:
    return path.suffix.lower().lstrip(".") or None
