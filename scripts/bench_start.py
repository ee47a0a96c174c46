"""The fixed cost of one `isp ingest`: seconds for a run on one file, by how Prefect is had.

    .venv/bin/python scripts/bench_start.py [--runs N] [--isp COMMAND]

Each figure is the median of N runs (default 5) of the real command, with a fresh HOME:

- unchanged, no server: one unchanged file, no Prefect server configured;
- unchanged, isp serve: the same, with `isp serve` running for the database;
- new file, temporary server: one new small file each run (the temporary server starts);
- new file, isp serve: the same, reporting to `isp serve`.

``--isp`` runs another build of the command, e.g. an older checkout in /tmp/old:
``--isp "$PWD/.venv/bin/python -c 'import sys; sys.path.insert(0, \"/tmp/old\");
from flows.cli import main; main()'"`` (the path must come first: the working folder would
win over PYTHONPATH); `isp serve` figures are skipped for a build that lacks it.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.server import served_url  # noqa: E402

SAMPLE = REPO / "data" / "raw" / "new_born_data.docx"


def _run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise SystemExit(f"{shlex.join(command)} failed ({done.returncode}): {done.stderr}")
    return seconds


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):5.1f} s (min {min(values):.1f}, max {max(values):.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--isp", default=str(Path(sys.executable).with_name("isp")))
    args = parser.parse_args()
    isp = shlex.split(args.isp)
    work = Path(tempfile.mkdtemp(prefix="isp-bench-start-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "ISP_"))}
    env["HOME"] = str(work / "home")
    db = work / "db" / "isp.duckdb"
    one = work / "one"
    one.mkdir()
    shutil.copy(SAMPLE, one / SAMPLE.name)
    _run([*isp, "ingest", str(one), "--db", str(db)], env)  # the first run: not measured
    results: dict[str, list[float]] = {}
    results["unchanged, no server"] = [
        _run([*isp, "ingest", str(one), "--db", str(db)], env) for _ in range(args.runs)]
    results["new file, temporary server"] = _new_files(isp, work, db, env, args.runs, "temp")
    serve = subprocess.Popen([*isp, "serve", "--db", str(db), "--port", "0"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        if _wait_served(db, serve):
            results["unchanged, isp serve"] = [
                _run([*isp, "ingest", str(one), "--db", str(db)], env) for _ in range(args.runs)]
            results["new file, isp serve"] = _new_files(isp, work, db, env, args.runs, "served")
        else:
            print("isp serve is not available in this build: its figures are skipped")
    finally:
        serve.terminate()
        serve.wait(timeout=30)
    print(f"median of {args.runs} runs, one file each, fresh HOME ({os.cpu_count()} cores):")
    for name, values in results.items():
        print(f"  {name:28} {_median(values)}")


def _new_files(isp: list[str], work: Path, db: Path, env: dict[str, str], runs: int,
               tag: str) -> list[float]:
    """Seconds for runs that each find one new small file (a text copy of one agreement)."""
    folder = work / f"new-{tag}"
    folder.mkdir()
    seconds = []
    for i in range(runs):
        (folder / f"agreement-{i}.txt").write_text(
            f"Information Sharing Protocol {tag} {i}\n\n1. Purpose\n\nTo share data.\n",
            encoding="utf-8")
        seconds.append(_run([*isp, "ingest", str(folder), "--db", str(db)], env))
    return seconds


def _wait_served(db: Path, serve: subprocess.Popen[str], timeout: float = 120) -> bool:
    """Whether `isp serve` came up and answers (False for a build that has no such command)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if serve.poll() is not None:
            return False
        if served_url(db.parent / ".prefect"):
            return True
        time.sleep(0.2)
    return False


if __name__ == "__main__":
    main()
