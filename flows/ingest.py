"""The nightly ingestion flow: Prefect orchestrates, the library decides.

Each file is read in a worker process under the per-file limits (:mod:`pipeline.workers`),
two at a time, each read a Prefect task retried on transient errors only. Outcomes are
loaded in the flow as they come, so DuckDB has one writer, and the run holds the database's
run lock throughout (a second run waits or refuses). What a run *means* (which files to
read, what a failure keeps, how it is counted) is :mod:`pipeline.batch`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from extractors.limits import Limits
from extractors.model import TransientError
from pipeline.batch import Batch, RunSummary
from pipeline.failpoints import failpoint
from pipeline.outcome import Outcome
from pipeline.plan import Planned
from pipeline.reports import refresh_reports
from pipeline.runlock import run_lock
from pipeline.store import Store
from pipeline.workers import Workers

WORKERS = 2

#: Receives ``("planned", {"total", "seen"})`` once, then ``("processed", {"path", "status"})``
#: for each file read.
Progress = Callable[[str, dict[str, object]], None]

__all__ = ["Progress", "RunSummary", "ingest_flow"]


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
def extract_and_parse(planned: Planned, workers: Workers) -> Outcome:
    return workers.process(planned)


@flow(name="isp-ingest",
      task_runner=ThreadPoolTaskRunner(max_workers=WORKERS),  # type: ignore[arg-type]
      persist_result=False, log_prints=False)
def ingest_flow(paths: list[Path], db: Path, registry_path: Path | None = None,
                as_of: date | None = None, progress: Progress | None = None) -> RunSummary:
    limits = Limits.from_env()
    report: Progress = progress or (lambda event, data: None)
    with run_lock(db), Store(db) as store, Workers(limits, registry_path, WORKERS) as workers:
        batch = Batch(store, paths, registry_path, limits)
        batch.start(as_of or date.today())
        try:
            todo = batch.todo
            report("planned", {"total": len(todo), "seen": batch.summary.seen})
            futures = {extract_and_parse.submit(p, workers): p for p in todo}
            failpoint("flow.reading")
            for future in as_completed(list(futures)):
                planned = futures[future]
                try:
                    outcome: Outcome | BaseException = future.result()
                except Exception as exc:
                    outcome = exc
                status = batch.record(planned, outcome)
                report("processed", {"path": str(planned.path), "status": status})
        except BaseException:
            batch.close(crashed=True)
            raise
        summary = batch.finish()
    refresh_reports(db, as_of)  # the nightly run refreshes what analysts open
    return summary
