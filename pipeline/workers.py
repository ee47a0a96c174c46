"""Files are read in worker processes, each under the per-file limits.

A worker is a separate process (so reading also uses the second core) with an address-space
limit (``ISP_MEMORY_LIMIT``): an allocation past it fails inside the worker, not in the run.
Each file has a time limit (``ISP_TIME_LIMIT``): a worker still reading when it runs out is
killed and replaced, and the file gets a ``timeout`` row. A worker that dies reading a file
(a crash in a C library, the kernel's OOM killer) costs that file only. Workers are forked
from a server process that has already imported the pipeline, so replacing one is cheap, and
they die with the run (Linux's parent-death signal) so a killed run leaves none behind.
A run closes its pool only once every worker it started is running: a worker still starting
when its pool's semaphores are gone would print a traceback from the fork server.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import resource
import signal
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from multiprocessing.synchronize import Semaphore
from pathlib import Path
from types import TracebackType

from pebble import ProcessExpired, ProcessPool

from extractors.limits import MIB, Limits
from extractors.model import Status
from pipeline.outcome import Outcome, limit_outcome, out_of_memory_outcome
from pipeline.plan import Planned

#: Imported once by the fork server, so each worker starts with them loaded.
_PRELOAD = ["pipeline.warm"]

#: How long a closing run waits for a worker that is still starting.
_START_WAIT = 60.0


def warm_up() -> None:
    """Start the fork server now (it imports the pipeline in its own process), so that the
    first worker forks from a ready one: call it while other start-up work goes on."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


def _context() -> multiprocessing.context.BaseContext:
    """The fork-server context, with the pipeline preloaded in the fork server."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


class Workers:
    """A pool of worker processes that read files under :class:`Limits`; thread-safe."""

    def __init__(self, limits: Limits, registry_path: Path | None = None,
                 workers: int = 2) -> None:
        self.limits = limits
        self.registry_path = registry_path
        self.workers = workers
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()
        self._started_workers = 0  # each releases `_ready` once it is running
        self._ready = _context().Semaphore(0)

    def __enter__(self) -> Workers:
        return self

    def _started(self) -> ProcessPool:
        """The pool, started on first use: a run with nothing to read starts no process."""
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPool(max_workers=self.workers, initializer=_limit_worker,
                                         initargs=(self.limits.memory_mib * MIB, self._ready),
                                         context=_context())
                self._started_workers = self.workers
            return self._pool

    def _replaced(self) -> None:
        """A worker was killed or died: the pool starts another in its place."""
        with self._lock:
            self._started_workers += 1

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            if kind is None:
                for _ in range(self._started_workers):
                    self._ready.acquire(timeout=_START_WAIT)
                pool.close()
            else:
                pool.stop()
            pool.join()

    def process(self, planned: Planned) -> Outcome:
        """Read one file in a worker. A file over a limit is an outcome, never an exception;
        :class:`~extractors.model.TransientError` comes through for the caller to retry."""
        future = self._started().schedule(_read, args=(planned, self.registry_path, self.limits),
                                          timeout=self.limits.seconds)
        try:
            return future.result()
        except FutureTimeout:
            self._replaced()
            return limit_outcome(
                planned, Status.TIMEOUT, f"reading it took longer than {self.limits.seconds:g} s, "
                "the time limit per file (ISP_TIME_LIMIT)", self.limits)
        except ProcessExpired as exc:
            self._replaced()
            return limit_outcome(planned, *_death(exc, self.limits), self.limits)
        except MemoryError:
            return out_of_memory_outcome(planned, self.limits)


def _read(planned: Planned, registry_path: Path | None, limits: Limits) -> Outcome:
    """In a worker. The pipeline is imported here, so the run's own process never loads
    spaCy or the PDF and Word libraries."""
    from pipeline.process import process_file

    return process_file(planned, registry_path, limits)


def _death(exc: ProcessExpired, limits: Limits) -> tuple[Status, str]:
    """What a worker's death says about the file it was reading."""
    code = exc.exitcode
    if isinstance(code, int) and code < 0:
        with contextlib.suppress(ValueError):
            name = signal.Signals(-code).name
            if -code in (signal.SIGKILL, signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS):
                return Status.OUT_OF_MEMORY, (
                    f"the worker reading it died ({name}), most likely over the memory limit "
                    f"of {limits.memory_mib} MiB per file (ISP_MEMORY_LIMIT)")
            return Status.ERROR, f"the worker reading it died ({name})"
    return Status.ERROR, f"the worker reading it died (exit code {code})"


def _limit_worker(address_space: int, ready: Semaphore) -> None:
    """In each worker: the memory limit, death with its parent (the fork server), and word
    to the run that it is running."""
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    # The worker's parent is the fork server, which exits when the run does.
    ready.release()
