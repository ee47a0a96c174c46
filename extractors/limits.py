"""The limits every file is read under, so one pathological file cannot hang or sink a run.

Each limit has a default that no real agreement comes near and an environment variable that
changes it (read when a run starts, so a test or an operator can set it per run):

=========================  =====================  =============================================
limit                      variable               default
=========================  =====================  =============================================
seconds per file           ``ISP_TIME_LIMIT``     120 (extraction and parsing together)
memory per worker, MiB     ``ISP_MEMORY_LIMIT``   768 (address space of the worker process)
file size, MiB             ``ISP_MAX_FILE``       200
one unpacked part, MiB     ``ISP_MAX_PART``       64 (a DOCX/ODT part, e.g. word/document.xml)
all parts unpacked, MiB    ``ISP_MAX_UNPACKED``   512
=========================  =====================  =============================================

A file over a limit gets a ``documents`` row whose status names the limit (``too_large``,
``timeout``, ``out_of_memory``) and the run goes on.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

MIB = 1 << 20


class LimitError(ValueError):
    """A limit variable that is not a positive number."""


@dataclass(frozen=True, slots=True)
class Limits:
    seconds: float = 120.0
    memory_mib: int = 768
    file_mib: int = 200
    part_mib: int = 64
    unpacked_mib: int = 512

    @property
    def file_bytes(self) -> int:
        return self.file_mib * MIB

    @property
    def part_bytes(self) -> int:
        return self.part_mib * MIB

    @property
    def unpacked_bytes(self) -> int:
        return self.unpacked_mib * MIB

    def signature(self) -> str:
        """A short text that changes when any limit does (recorded with over-limit rows)."""
        return ",".join(f"{k}={v:g}" for k, v in asdict(self).items())

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """The defaults, with any ``ISP_*`` variable above applied."""
        env = os.environ if environ is None else environ
        values: dict[str, float] = {}
        for name, variable in _VARIABLES.items():
            raw = env.get(variable)
            if raw is None or not raw.strip():
                continue
            try:
                value = float(raw)
            except ValueError:
                value = -1
            if value <= 0:
                raise LimitError(f"{variable} must be a positive number, not {raw!r}")
            values[name] = value if name == "seconds" else int(value)
        return cls(**{**asdict(cls()), **values})


_VARIABLES = {
    "seconds": "ISP_TIME_LIMIT",
    "memory_mib": "ISP_MEMORY_LIMIT",
    "file_mib": "ISP_MAX_FILE",
    "part_mib": "ISP_MAX_PART",
    "unpacked_mib": "ISP_MAX_UNPACKED",
}
