"""Real `isp ingest` processes killed with SIGKILL at each stage, and two runs at once.

After every kill the database opens and holds no half-loaded or doubled document; the next
run completes the work, marks the killed run ``interrupted``, and leaves the same database a
run that was never killed leaves. Nothing the killed run started (the temporary Prefect
server, the worker processes) outlives it.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from tests.conftest import RAW
from tests.flows.test_cli import user_env

pytestmark = pytest.mark.slow

ISP = Path(sys.executable).with_name("isp")
#: Six files, the three formats, the .doc ones converted by LibreOffice when it is there.
FILES = ["new_born_data.docx", "new_born_data.pdf", "fgm_information_sharing_protocol.docx",
         "fgm_information_sharing_protocol.pdf", "troubled_families_programme.docx",
         "troubled_families_programme.doc"]


def _env(served: bool = True, **extra: str) -> dict[str, str]:
    """A user's environment; ``served``: report to the test session's Prefect server, as to
    `isp serve` (seconds faster per run), else start a temporary server as a new user's
    first run does."""
    if served:
        from prefect.settings import PREFECT_API_URL

        extra = {"PREFECT_API_URL": str(PREFECT_API_URL.value()), **extra}
    return user_env(**extra)


def _start(raw: Path, db: Path, *args: str, served: bool = True,
           **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([str(ISP), "ingest", str(raw), "--db", str(db), "--json", *args],
                            env=_env(served, **env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen[str], timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def _assert_all_gone(pids: set[int], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    alive = set(pids)
    while alive and time.monotonic() < deadline:
        alive = {p for p in alive if psutil.pid_exists(p)
                 and psutil.Process(p).status() != psutil.STATUS_ZOMBIE}
        time.sleep(0.2)
    assert not alive, f"left running after the kill: {alive}"


def _family(pid: int) -> set[int]:
    try:
        return {c.pid for c in psutil.Process(pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()


def _state(db: Path) -> dict[str, object]:
    """What a finished database holds, per file, and that nothing in it is doubled."""
    with duckdb.connect(str(db), read_only=True) as con:
        doubled = con.execute(
            "SELECT path, document_id, count(*) FROM document_versions "
            "GROUP BY ALL HAVING count(*) > 1").fetchall()
        current_twice = con.execute(
            "SELECT path FROM document_versions WHERE is_current "
            "GROUP BY path HAVING count(*) > 1").fetchall()
        assert doubled == [] and current_twice == []
        rows = con.execute(
            "SELECT regexp_extract(d.path, '[^/]+$'), d.status, p.title, p.lead_name, "
            "p.review_date, (SELECT count(*) FROM parties x WHERE x.document_id = d.document_id),"
            " (SELECT count(*) FROM statute_citations x WHERE x.document_id = d.document_id),"
            " (SELECT count(*) FROM sections x WHERE x.document_id = d.document_id) "
            "FROM documents d LEFT JOIN protocols p USING (document_id) ORDER BY 1").fetchall()
        runs = con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    return {"files": rows, "runs": [r[0] for r in runs]}


def _assert_opens_and_is_consistent(db: Path) -> None:
    if not db.exists():
        return  # killed before the database was made
    with duckdb.connect(str(db), read_only=True) as con:
        loaded = con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()
        records = con.execute("SELECT count(*) FROM protocols").fetchone()
    assert loaded == records  # every loaded document has its whole record, and only one
    _state(db)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The corpus, and the database a run that is never killed makes of it."""
    raw = tmp_path_factory.mktemp("corpus")
    for name in FILES:
        shutil.copy(RAW / name, raw / name)
    db = tmp_path_factory.mktemp("reference") / "isp.duckdb"
    code, out, err = _finish(_start(raw, db))
    assert code == 0, err
    return raw, _state(db)


def _rerun_completes(raw: Path, db: Path, expected: dict[str, object],
                     interrupted: int) -> None:
    code, out, err = _finish(_start(raw, db))
    assert code == 0, err
    assert "Traceback" not in err
    summary = json.loads(out)
    assert summary["interrupted_before"] == interrupted
    state = _state(db)
    assert state["files"] == expected["files"]
    assert state["runs"][-1] == "ok"
    assert state["runs"].count("interrupted") == interrupted


@pytest.mark.parametrize(("point", "started_run"), [
    ("prefect.starting=kill", False),
    ("flow.reading=kill", True),
    ("load.in_transaction=kill@3", True),
    ("load.committed=kill@2", True),
])
def test_a_run_killed_at_each_stage_is_completed_by_the_next(
        reference, tmp_path: Path, point: str, started_run: bool) -> None:
    raw, expected = reference
    db = tmp_path / "isp.duckdb"
    process = _start(raw, db, served=not point.startswith("prefect."), ISP_FAILPOINT=point)
    family: set[int] = set()
    while process.poll() is None:  # what it starts, for the check that none outlives it
        family |= _family(process.pid)
        time.sleep(0.05)
    code, _, err = _finish(process)
    assert code == -signal.SIGKILL, err
    _assert_all_gone(family)
    _assert_opens_and_is_consistent(db)
    if "load.in_transaction" in point:
        with duckdb.connect(str(db), read_only=True) as con:
            loaded = con.execute("SELECT count(*) FROM documents").fetchone()
        assert loaded == (2,)  # the third document's transaction never committed
    _rerun_completes(raw, db, expected, interrupted=1 if started_run else 0)


def test_runs_killed_at_random_moments_lose_and_double_nothing(reference,
                                                               tmp_path: Path) -> None:
    raw, expected = reference
    db = tmp_path / "isp.duckdb"
    chance = random.Random(20261201)  # fixed seed: the same moments on every run of the test
    killed = 0
    for _ in range(3):
        process = _start(raw, db, served=False)  # the whole stack, Prefect's start included
        deadline = time.monotonic() + chance.uniform(0.5, 20.0)
        family: set[int] = set()
        while process.poll() is None and time.monotonic() < deadline:
            family |= _family(process.pid)
            time.sleep(0.05)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.communicate(timeout=60)
        _assert_all_gone(family)
        _assert_opens_and_is_consistent(db)
    code, out, err = _finish(_start(raw, db))
    assert code == 0, err
    state = _state(db)
    assert state["files"] == expected["files"]
    assert state["runs"][-1] == "ok"


def test_a_second_run_on_the_same_database_refuses_or_waits(reference, tmp_path: Path) -> None:
    raw, expected = reference
    db = tmp_path / "isp.duckdb"
    first = _start(raw, db, ISP_FAILPOINT="flow.reading=sleep:10")
    lock = db.with_name(db.name + ".lock")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and str(first.pid) not in _read(lock):
        time.sleep(0.1)  # until the first run holds the database
    refused = subprocess.run([str(ISP), "ingest", str(raw), "--db", str(db)], env=_env(),
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2
    message = refused.stderr.strip().splitlines()
    assert len(message) == 1 and "another isp run is using" in message[0]
    assert f"pid {first.pid}" in message[0]
    waiting = _start(raw, db, "--wait", "300")
    code, _, err = _finish(first)
    assert code == 0, err
    code, out, err = _finish(waiting)
    assert code == 0, err
    assert json.loads(out)["unchanged"] == len(FILES)
    state = _state(db)
    assert state["files"] == expected["files"]
    assert state["runs"] == ["ok", "ok"]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
