"""What became of one file: the row ``documents`` gets, and the record when it parsed.

Also the outcomes of files that never reached a parser (over a limit, a crashed task, a file
that cannot be read), so that every input file gets its one row, built in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractors.limits import Limits
from extractors.model import Status
from pipeline.plan import Planned, Unreadable
from pipeline.records import ProtocolRecord
from pipeline.store import VersionRow
from pipeline.vocab import RULES_VERSION


@dataclass(slots=True)
class Outcome:
    planned: Planned
    row: VersionRow
    record: ProtocolRecord | None


def limit_outcome(planned: Planned, status: Status, error: str, limits: Limits) -> Outcome:
    """The outcome of a file that went over a limit (or killed its worker)."""
    row = _failed_row(planned.document_id, planned.path, planned.sha256, planned.size_bytes,
                      error, status, RULES_VERSION, limits.signature())
    return Outcome(planned, row, None)


def out_of_memory_outcome(planned: Planned, limits: Limits) -> Outcome:
    """A file whose reading failed to allocate within the memory limit."""
    return limit_outcome(planned, Status.OUT_OF_MEMORY, "reading it needed more than "
                         f"{limits.memory_mib} MiB, the memory limit per file "
                         "(ISP_MEMORY_LIMIT)", limits)


def crashed_outcome(planned: Planned, exc: BaseException) -> Outcome:
    """A task that raised even after its retries: the file is kept, as ``error``. No rules
    version is recorded, so the next run tries it again."""
    return Outcome(planned, _failed_row(planned.document_id, planned.path, planned.sha256,
                                        planned.size_bytes, f"processing failed: {exc!r}"),
                   None)


def unreadable_row(item: Unreadable) -> VersionRow:
    """A file found but not readable (permissions, I/O): recorded as ``error``."""
    return _failed_row(item.document_id, item.path, "", 0, item.error)


def _failed_row(document_id: str, path: Path, sha256: str, size: int, error: str,
                status: Status = Status.ERROR, rules_version: str | None = None,
                limits: str | None = None) -> VersionRow:
    return VersionRow(
        document_id=document_id, path=str(path), format=path.suffix.lower().lstrip(".") or None,
        sha256=sha256, size_bytes=size, pages=None, status=status.value, error=error,
        warnings=[], extractor=None, rules_version=rules_version, seconds=0.0, limits=limits)
