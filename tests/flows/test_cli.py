"""The `isp` command as a person runs it: a real process, a real temporary Prefect server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ISP = Path(sys.executable).with_name("isp")


def run_isp(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return subprocess.run([str(ISP), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


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
    assert result.returncode != 0
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr
