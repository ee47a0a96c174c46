"""The temporary Prefect server: a new home costs a copy, not a migration; the server answers,
says clearly when it cannot, and dies with the process that started it."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from flows import server
from flows.server import ServerError, TemporaryServer, prepare_home, served_url

pytestmark = pytest.mark.slow


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_new_home_is_seeded_from_the_migrated_template(tmp_path: Path) -> None:
    home = tmp_path / ".prefect"
    template = server.ensure_template()
    prepare_home(home)
    assert {"flow_run", "task_run", "alembic_version"} <= _tables(home / "prefect.db")
    assert _tables(home / "prefect.db") == _tables(template)
    assert (home / "isp-prefect-schema").read_text() == server.prefect_version()
    assert server._server_env(home)["PREFECT_API_DATABASE_MIGRATE_ON_START"] == "false"


def test_a_home_from_another_prefect_version_is_migrated_before_the_server_starts(
        tmp_path: Path) -> None:
    home = tmp_path / ".prefect"
    prepare_home(home)
    (home / "isp-prefect-schema").write_text("3.0.0")
    assert "PREFECT_API_DATABASE_MIGRATE_ON_START" not in server._server_env(home)
    prepare_home(home)  # runs Prefect's own migration, with no start-up clock running
    assert (home / "isp-prefect-schema").read_text() == server.prefect_version()


def test_the_temporary_server_answers_and_stops(tmp_path: Path) -> None:
    temporary = TemporaryServer(tmp_path / ".prefect").start()
    try:
        url = temporary.wait()
        assert served_url(tmp_path / ".prefect") is None  # temporary, not `isp serve`'s
        assert server._healthy(url, timeout=5)
    finally:
        temporary.stop()
    assert not server._healthy(url, timeout=1)


def test_a_server_that_does_not_answer_in_time_is_one_line(tmp_path: Path) -> None:
    temporary = TemporaryServer(tmp_path / ".prefect").start()
    with pytest.raises(ServerError) as raised:
        temporary.wait(timeout=0.2)
    message = str(raised.value)
    assert "did not answer within 0.2 s" in message and "\n" not in message
    assert temporary.pid is None  # stopped


def test_the_server_dies_with_its_parent_even_on_sigkill(tmp_path: Path) -> None:
    script = ("import sys, time\nfrom pathlib import Path\nfrom flows.server import "
              "TemporaryServer\ns = TemporaryServer(Path(sys.argv[1])).start()\n"
              "print(s.pid, flush=True)\ntime.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / ".prefect")],
                              stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    assert psutil.pid_exists(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while psutil.pid_exists(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not psutil.pid_exists(child) or psutil.Process(child).status() == "zombie"


def test_isp_serve_is_found_only_while_it_answers(tmp_path: Path) -> None:
    home = tmp_path / ".prefect"
    running = TemporaryServer(home).start()
    try:
        url = running.wait()
        (home / "server.json").write_text(json.dumps({"api_url": url, "pid": running.pid}))
        assert served_url(home) == url
    finally:
        running.stop()
    assert served_url(home) is None  # its file is still there, but nothing answers
