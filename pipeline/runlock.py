"""One run at a time per database: an exclusive lock held for the whole run.

The lock is an OS lock (``flock``) on ``<database>.lock``, so it is released by the kernel when
its process ends, however it ends: a run killed with SIGKILL never leaves a stale lock behind.
The file itself says who holds it (pid, start time), for the message a second run prints.
A process may take the lock it already holds again (the command line takes it, and so does
the flow it runs).
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO

_held: dict[Path, int] = {}


class DatabaseBusy(RuntimeError):
    """Another run holds the database: the message says which, in one line."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


@contextmanager
def run_lock(db: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the database's run lock; wait up to ``wait`` seconds for another run to end."""
    path = lock_path(db).resolve()
    if path in _held:
        _held[path] += 1
        try:
            yield
        finally:
            _held[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        _acquire(handle, db, wait)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(),
                                 "since": datetime.now().isoformat(timespec="seconds")}))
        handle.flush()
        _held[path] = 1
        try:
            yield
        finally:
            del _held[path]
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _acquire(handle: IO[str], db: Path, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise DatabaseBusy(_busy_message(handle, db, wait)) from None
            time.sleep(0.2)


def _busy_message(handle: IO[str], db: Path, wait: float) -> str:
    handle.seek(0)
    try:
        holder = json.loads(handle.read() or "{}")
    except ValueError:
        holder = {}
    who = (f" (pid {holder['pid']}, since {holder['since']})"
           if "pid" in holder and "since" in holder else "")
    waited = f" after waiting {wait:g} s" if wait else ""
    return (f"another isp run is using {db}{who}; refused{waited} "
            "(use --wait SECONDS to wait for it)")
