"""The nightly ingestion flow: discover, extract and parse in tasks, load in the flow.

The flow only orchestrates library functions (``pipeline.process`` and ``pipeline.store``).
Extraction runs in Prefect tasks, two at a time; loading stays in the flow, so DuckDB has one
writer. A file that fails is recorded and the run goes on; only transient infrastructure
errors are retried.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
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
    discover,
    plan,
    process_file,
    resources_for,
    vanished,
)
from pipeline.store import Store, VersionRow
from pipeline.vocab import RULES_VERSION, ChangeKind

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
    row = VersionRow(planned.document_id, str(planned.path), None, planned.sha256,
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
    with Store(db) as store:
        store.replace_registry(registry)
        files = discover(paths)
        current = store.current_versions()
        planned = plan(files, current)
        store.start_run(run_id, as_of, RULES_VERSION, [str(p) for p in paths])
        summary = RunSummary(run_id, str(db), seen=len(files))
        changes = Counter(p.change for p in planned)
        summary.unchanged = changes[ChangeKind.UNCHANGED]
        todo = [p for p in planned if p.change != ChangeKind.UNCHANGED]
        _emit("planned", total=len(todo), seen=len(files))
        futures = {extract_and_parse.submit(p, registry_path): p for p in todo}
        for future in as_completed(list(futures)):
            planned_file = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:
                logger.error("%s: %r", planned_file.path, exc)
                outcome = _crashed(planned_file, exc)
            store.load(outcome.row, outcome.record, run_id)
            setattr(summary, outcome.planned.change.value,
                    getattr(summary, outcome.planned.change.value) + 1)
            _emit("processed", path=str(planned_file.path), status=outcome.row.status)
        seen = {str(f) for f in files}
        failing = [p for p, v in store.current_versions().items()
                   if v.status != Status.OK.value and p in seen]
        for path in sorted(failing):
            row = store.con.execute(
                "SELECT status, error FROM documents WHERE path = ?", [path]).fetchone()
            summary.failures.append({"path": path, "status": row[0] if row else None,
                                     "error": row[1] if row else None})
            logger.info("%s: %s", path, row[1] if row else "failed")
        summary.failed = len(failing)
        gone = vanished(paths, files, current)
        store.mark_vanished(gone)
        summary.vanished = len(gone)
        store.finish_run(run_id, summary.counts(), "ok" if summary.ok else "failed")
    return summary
