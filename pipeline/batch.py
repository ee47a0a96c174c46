"""A run's policy: what needs doing, what each outcome means for the database, the summary.

The flow (``flows.ingest``) decides only what runs where; everything a run *means* is here:
which files to read, that a file which could not be read still gets its row, that a re-parse
which crashed keeps the version that parsed before, and how the run is counted and closed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from uuid import uuid4

from extractors.limits import Limits
from extractors.model import Status
from pipeline.outcome import Outcome, crashed_outcome, unreadable_row
from pipeline.plan import Planned, discover, plan, rules_version_for, vanished
from pipeline.registry import Registry
from pipeline.statutes import Catalogue
from pipeline.store import CurrentVersion, Store
from pipeline.themes import theme_mapping
from pipeline.vocab import ChangeKind

log = logging.getLogger(__name__)


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
    interrupted_before: int = 0  # earlier runs found unfinished (killed) and so marked
    failures: list[dict[str, str | None]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in
                ("seen", "new", "changed", "unchanged", "reparsed", "failed", "vanished")}


class Batch:
    """One run against one open store: plan it, start it, record each outcome, finish it.

    Planning writes nothing; :meth:`start` opens the run's row (and marks runs that never
    finished as ``interrupted``), :meth:`finish` or :meth:`close` closes it.
    """

    def __init__(self, store: Store, paths: list[Path], registry_path: Path | None,
                 limits: Limits) -> None:
        self.store = store
        self.paths = paths
        self.registry_path = registry_path
        self.run_id = uuid4().hex[:12]
        self.registry = Registry.load(registry_path)  # fails fast on a bad registry
        self.rules_version = rules_version_for(registry_path)
        self.current: dict[str, CurrentVersion] = store.current_versions()
        self.planned, self.unreadable = plan(discover(paths), self.current,
                                             self.rules_version, limits)
        self.gone = vanished(paths, [p.path for p in self.planned]
                             + [u.path for u in self.unreadable], self.current)
        self.summary = RunSummary(self.run_id, str(store.path),
                                  seen=len(self.planned) + len(self.unreadable))
        self.summary.unchanged = sum(p.change == ChangeKind.UNCHANGED for p in self.planned)
        self._open = False

    @property
    def idle(self) -> bool:
        """Nothing to read, record or mark: the run would change no document."""
        return not self.todo and not self.unreadable and not self.gone

    def start(self, as_of: date) -> None:
        """Open the run's row, with the registry and catalogue it uses."""
        self.store.replace_registry(self.registry)
        self.store.replace_catalogue(Catalogue.default().statutes)
        self.summary.interrupted_before = self.store.start_run(
            self.run_id, as_of, self.rules_version, [str(p) for p in self.paths])
        self._open = True
        for item in self.unreadable:
            self.store.load(unreadable_row(item), None, self.run_id)

    @property
    def todo(self) -> list[Planned]:
        """The files that need reading this run."""
        return [p for p in self.planned if p.change != ChangeKind.UNCHANGED]

    def record(self, planned: Planned, outcome: Outcome | BaseException) -> str:
        """Load one file's outcome (or the exception its task ended with); what was done."""
        if isinstance(outcome, BaseException):
            log.error("%s: %r", planned.path, outcome)
            if self._keeps_previous(planned):
                return "kept"  # the version that parsed before stays; the next run retries
            outcome = crashed_outcome(planned, outcome)
        self.store.load(outcome.row, outcome.record, self.run_id)
        kind = planned.change.value
        setattr(self.summary, kind, getattr(self.summary, kind) + 1)
        return outcome.row.status

    def _keeps_previous(self, planned: Planned) -> bool:
        before = self.current.get(str(planned.path))
        return (planned.change == ChangeKind.REPARSED and before is not None
                and before.status == Status.OK.value)

    def finish(self) -> RunSummary:
        """Mark vanished files, count the failures, and close the run."""
        self.store.mark_vanished(self.gone)
        self.summary.vanished = len(self.gone)
        seen = {str(p.path) for p in self.planned} | {str(u.path) for u in self.unreadable}
        for path, status, error in self.store.failures(seen):
            self.summary.failures.append({"path": path, "status": status, "error": error})
            log.info("%s: %s", path, error or status)
        self.summary.failed = len(self.summary.failures)
        self.store.refresh_candidates(self.registry)
        self.store.refresh_themes(theme_mapping(self.paths))
        self.close()
        return self.summary

    def close(self, crashed: bool = False) -> None:
        """Close the run's row: ``ok``, ``failed`` (some file failed) or ``crashed``."""
        if not self._open:
            return
        self._open = False
        if crashed:
            self.store.finish_run(self.run_id, {}, "crashed")
        else:
            self.store.finish_run(self.run_id, self.summary.counts(),
                                  "ok" if self.summary.ok else "failed")


def record_if_idle(db: Path, paths: list[Path], registry_path: Path | None, as_of: date,
                   limits: Limits) -> RunSummary | None:
    """Record a run that would change no document, without reading anything; ``None`` when
    there is work (then run the flow). The caller holds the run lock."""
    with Store(db) as store:
        batch = Batch(store, paths, registry_path, limits)
        if not batch.idle:
            return None
        batch.start(as_of)
        return batch.finish()
