"""The `isp` command as a person runs it: a real process, a real temporary Prefect server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ISP = Path(sys.executable).with_name("isp")


def user_env(**extra: str) -> dict[str, str]:
    """A user's environment: no Prefect or isp settings from the test session."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "ISP_"))}
    return {**clean, **extra}


def run_isp(*args: str, cwd: Path,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``isp`` as a user runs it."""
    return subprocess.run([str(ISP), *args], cwd=cwd, env=user_env(**(env or {})),
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_ingest_prints_a_clean_summary_and_exits_by_outcome(tmp_path: Path, make_docx) -> None:
    raw = tmp_path / "in"
    raw.mkdir()
    make_docx(raw / "a.docx", "Agreement A", "Essex Police", "Thurrock Council", "Mar-2019")
    ok = run_isp("ingest", str(raw), "--db", str(tmp_path / "db.duckdb"), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "files seen 1: new 1" in ok.stdout
    assert "Traceback" not in ok.stderr + ok.stdout
    (raw / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    bad = run_isp("ingest", str(raw), "--db", str(tmp_path / "db.duckdb"), cwd=tmp_path)
    assert bad.returncode == 1
    assert "unchanged 1" in bad.stdout and "corrupt" in bad.stdout
    assert "Traceback" not in bad.stderr + bad.stdout


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    result = run_isp("ingest", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr
    (tmp_path / "in").mkdir()
    (tmp_path / "bad.csv").write_text("organisation,email\nEssex Police,x@y\n")
    result = run_isp("ingest", str(tmp_path / "in"), "--registry", str(tmp_path / "bad.csv"),
                     cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'bad.csv'} lacks the column(s) name, ico_registration, sector"]


@pytest.mark.slow
def test_ingest_reports_to_a_prefect_server_when_prefect_api_url_is_set(
        tmp_path: Path, make_docx) -> None:
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
           "PREFECT_HOME": str(tmp_path / "server-home"),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    prefect = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{api}/health", timeout=2)
                break
            except OSError:
                time.sleep(1)
        raw = tmp_path / "in"
        raw.mkdir()
        make_docx(raw / "a.docx", "Agreement A", "Essex Police", "Thurrock Council", "Mar-2019")
        result = subprocess.run(
            [str(ISP), "ingest", str(raw), "--db", str(tmp_path / "db.duckdb")],
            env={**env, "PREFECT_API_URL": api}, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        request = urllib.request.Request(f"{api}/flow_runs/filter", data=b"{}", method="POST",
                                         headers={"Content-Type": "application/json"})
        runs = json.loads(urllib.request.urlopen(request, timeout=10).read())
        assert [r["state_type"] for r in runs] == ["COMPLETED"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
