"""One run at a time per database; the lock dies with its process."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.runlock import DatabaseBusy, lock_path, run_lock


def _hold(db: Path) -> subprocess.Popen[str]:
    script = ("import sys, time\nfrom pathlib import Path\nfrom pipeline.runlock import "
              "run_lock\nwith run_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n"
              "    time.sleep(600)\n")
    holder = subprocess.Popen([sys.executable, "-c", script, str(db)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_run_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "isp.duckdb"
    holder = _hold(db)
    try:
        with pytest.raises(DatabaseBusy) as raised, run_lock(db):
            pass
        message = str(raised.value)
        assert f"pid {holder.pid}" in message and "\n" not in message
        assert "--wait" in message
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    db = tmp_path / "isp.duckdb"
    holder = _hold(db)
    holder.kill()
    holder.wait()
    assert lock_path(db).exists()
    with run_lock(db):
        pass


def test_waiting_takes_the_lock_once_the_holder_ends(tmp_path: Path) -> None:
    db = tmp_path / "isp.duckdb"
    holder = _hold(db)
    started = time.monotonic()
    subprocess.Popen(["sh", "-c", f"sleep 1; kill {holder.pid}"])
    with run_lock(db, wait=60):
        assert time.monotonic() - started < 60
    holder.wait()


def test_the_same_process_may_take_its_own_lock_again(tmp_path: Path) -> None:
    db = tmp_path / "isp.duckdb"
    with run_lock(db), run_lock(db):
        pass
    with run_lock(db):
        pass
