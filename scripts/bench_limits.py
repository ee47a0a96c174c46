"""Hostile files through a real `isp ingest`: status of each, wall time, peak memory.

Builds a 1 GiB DOCX zip bomb, a billion-laughs DOCX, a PDF that takes minutes to lay out and
a PDF whose content stream inflates to 1.5 GiB, ingests them in one run (fresh HOME, fresh
database folder, default limits unless ISP_* variables say otherwise), samples the memory of
the whole process tree (the command, its Prefect server, its workers) every 50 ms, and
prints what each file got and the run's peak.

    .venv/bin/python scripts/bench_limits.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.crafted import docx_bomb, inflating_pdf, laughing_docx, slow_pdf  # noqa: E402

MIB = 1 << 20


def _tree_memory(root: psutil.Process) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) over ``root`` and its descendants, in bytes."""
    rss = pss = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            info = process.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    return rss, pss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the files here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="isp-bench-limits-"))
    files = work / "in"
    files.mkdir(parents=True, exist_ok=True)
    built = time.perf_counter()
    docx_bomb(files / "zip_bomb.docx")
    laughing_docx(files / "billion_laughs.docx")
    slow_pdf(files / "takes_minutes.pdf")
    inflating_pdf(files / "inflates_1.5GiB.pdf", mib=1536)
    print(f"built 4 files in {time.perf_counter() - built:.1f} s:")
    for path in sorted(files.iterdir()):
        print(f"  {path.name:24} {path.stat().st_size / MIB:7.2f} MiB on disk")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["HOME"] = str(work / "home")
    isp = Path(sys.executable).with_name("isp")
    started = time.perf_counter()
    command = [str(isp), "ingest", str(files), "--db", str(work / "db" / "isp.duckdb"), "--json"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    root = psutil.Process(process.pid)
    peak_rss = peak_pss = 0
    while process.poll() is None:
        rss, pss = _tree_memory(root)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.05)
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    print(f"isp ingest: exit {process.returncode}, {seconds:.1f} s")
    try:
        summary = json.loads(out)
    except ValueError:
        print(err)
        raise SystemExit(1) from None
    for failure in summary["failures"]:
        print(f"  {Path(str(failure['path'])).name:24} {failure['status']:14} {failure['error']}")
    print(f"peak memory of the run (command, Prefect server, workers): "
          f"RSS {peak_rss / MIB:.0f} MiB, PSS {peak_pss / MIB:.0f} MiB")


if __name__ == "__main__":
    main()
