"""Reading in worker processes under the per-file limits: a file that would take minutes, one
that needs more memory than the limit, a worker that dies; the next file reads as usual."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import psutil
import pytest

from extractors.limits import Limits
from extractors.model import Status
from pipeline.plan import Planned, plan
from pipeline.workers import Workers
from tests.conftest import RAW
from tests.crafted import inflating_pdf, slow_pdf

pytestmark = pytest.mark.slow


def _planned(*paths: Path) -> list[Planned]:
    planned, unreadable = plan(list(paths), {})
    assert not unreadable
    return planned


def test_a_pdf_that_would_take_minutes_times_out_and_the_next_file_reads(tmp_path: Path) -> None:
    slow, good = _planned(slow_pdf(tmp_path / "slow.pdf"), RAW / "new_born_data.docx")
    limits = Limits(seconds=5)
    with Workers(limits) as workers:
        started = time.monotonic()
        outcome = workers.process(slow)
        assert time.monotonic() - started < 60  # the limit, plus a worker's start-up
        assert outcome.row.status == Status.TIMEOUT
        assert "5 s" in (outcome.row.error or "") and "ISP_TIME_LIMIT" in (outcome.row.error or "")
        assert outcome.row.limits == limits.signature()
        assert workers.process(good).row.status == Status.OK


def test_a_pdf_that_inflates_past_the_memory_limit_is_out_of_memory(tmp_path: Path) -> None:
    bomb, good = _planned(inflating_pdf(tmp_path / "inflates.pdf", mib=600),
                          RAW / "new_born_data.pdf")
    with Workers(Limits(memory_mib=700)) as workers:
        outcome = workers.process(bomb)
        assert outcome.row.status == Status.OUT_OF_MEMORY, outcome.row.error
        assert "700 MiB" in (outcome.row.error or "")
        assert workers.process(good).row.status == Status.OK


def test_a_worker_that_dies_costs_only_its_file(tmp_path: Path) -> None:
    slow, good = _planned(slow_pdf(tmp_path / "slow.pdf"), RAW / "new_born_data.docx")
    me = psutil.Process()

    def kill_the_reader() -> None:
        """SIGKILL, as the kernel's OOM killer would, the worker that has the file open."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            for process in me.children(recursive=True):
                if _reading(process, slow.path):
                    process.send_signal(signal.SIGKILL)
                    return
            time.sleep(0.1)

    with Workers(Limits(seconds=120)) as workers:
        killer = threading.Thread(target=kill_the_reader)
        killer.start()
        outcome = workers.process(slow)
        killer.join()
        assert outcome.row.status == Status.OUT_OF_MEMORY
        assert "died (SIGKILL)" in (outcome.row.error or "")
        assert workers.process(good).row.status == Status.OK


def _reading(process: psutil.Process, path: Path) -> bool:
    try:
        return any(Path(f.path) == path for f in process.open_files())
    except psutil.Error:
        return False


def test_a_run_with_nothing_to_read_starts_no_worker() -> None:
    me = psutil.Process()
    before = {p.pid for p in me.children(recursive=True)}
    with Workers(Limits()):
        pass
    assert {p.pid for p in me.children(recursive=True)} <= before
