"""The corpora the project is measured on, family by family, and their first-blind scores.

A *family* is a set of labelled documents written by one hand (``data/families.toml`` lists
them). Each is read into its own DuckDB file by the same extraction and parsing a run uses
and scored by :mod:`pipeline.evaluate`. A family written blind (by a hand that never read the
parser) is scored once before any rule is changed for it; that first score is written beside
its truth as ``first_blind.json`` and never overwritten: after it, the family is a regression
set, and only the first score measures generality.
"""

from __future__ import annotations

import json
import subprocess
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from extractors.limits import Limits
from pipeline.batch import Batch
from pipeline.evaluate import FIELDS, Report, Score, evaluate, load_truth
from pipeline.process import process_file
from pipeline.store import Store

REPO = Path(__file__).resolve().parent.parent
MANIFEST = REPO / "data" / "families.toml"
FIRST_BLIND = "first_blind.json"


@dataclass(frozen=True)
class Family:
    name: str
    files: Path
    truth: Path
    blind: bool
    about: str

    @property
    def first_blind_path(self) -> Path:
        return self.truth.with_name(FIRST_BLIND)

    @property
    def available(self) -> bool:
        return self.files.is_dir() and self.truth.is_file()

    def documents(self) -> list[Path]:
        """The labelled files that exist (a folder may hold unlabelled files too)."""
        names = [Path(item["file"]).name for item in load_truth(self.truth)]
        return [self.files / n for n in names if (self.files / n).is_file()]


def families(manifest: Path = MANIFEST) -> list[Family]:
    data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    base = manifest.parent.parent
    return [Family(name, (base / spec["files"]).resolve(), (base / spec["truth"]).resolve(),
                   bool(spec.get("blind", False)), spec.get("about", ""))
            for name, spec in data.items()]


def read_into(db: Path, paths: list[Path], as_of: date) -> None:
    """Extract and parse ``paths`` into ``db``, in this process (no Prefect, no workers)."""
    limits = Limits.from_env()
    with Store(db) as store:
        batch = Batch(store, paths, None, limits)
        batch.start(as_of)
        for planned in batch.todo:
            batch.record(planned, process_file(planned, None, limits))
        batch.finish()


def score_family(family: Family, workdir: Path, as_of: date) -> Report:
    db = workdir / f"{family.name}.duckdb"
    read_into(db, family.documents(), as_of)
    return evaluate(db, load_truth(family.truth))


def overall(report: Report) -> float:
    """One figure per report: the mean of the fields' F1."""
    return sum(report.scores[f].f1 for f in FIELDS) / len(FIELDS)


def combined(reports: list[Report]) -> Report:
    """The families' reports pooled into one (counts summed field by field)."""
    scores = {f: Score() for f in FIELDS}
    total = Report(0, [], scores)
    for r in reports:
        total.documents += r.documents
        total.unmatched_truth += r.unmatched_truth
        total.false_org_matches += r.false_org_matches
        for f in FIELDS:
            s = r.scores[f]
            scores[f].tp += s.tp
            scores[f].fp += s.fp
            scores[f].fn += s.fn
    return total


def summary_row(report: Report) -> dict[str, Any]:
    return {"documents": report.documents, "overall": round(overall(report), 4),
            **{f: round(report.scores[f].f1, 4) for f in FIELDS},
            "missing_precision": round(report.scores["missing_sections"].precision, 4),
            "false_org_matches": len(report.false_org_matches)}


def table(rows: dict[str, dict[str, Any]]) -> str:
    """Families down, fields across."""
    short = {"missing_sections": "missing", "review_date": "review"}
    cols = ["documents", "overall", *FIELDS, "missing_precision", "false_org_matches"]
    names = {"missing_precision": "miss.prec", "false_org_matches": "false_org",
             "documents": "docs"}
    head = f"{'family':<18}" + "".join(f"{names.get(c, short.get(c, c)):>10}" for c in cols)
    lines = [head]
    for name, row in rows.items():
        cells = [f"{row[c]:>10}" if isinstance(row[c], int) else f"{row[c]:>10.3f}"
                 for c in cols]
        lines.append(f"{name:<18}" + "".join(cells))
    return "\n".join(lines)


def record_first_blind(family: Family, report: Report) -> bool:
    """Write the family's first-blind score, once; False when it already has one."""
    target = family.first_blind_path
    if target.exists():
        return False
    target.write_text(json.dumps({
        "family": family.name,
        "scored_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "summary": summary_row(report),
        "report": report.as_dict(),
    }, indent=2, default=str) + "\n", encoding="utf-8")
    return True


def first_blind(family: Family) -> dict[str, Any] | None:
    if not family.first_blind_path.exists():
        return None
    summary: dict[str, Any] = json.loads(family.first_blind_path.read_text("utf-8"))["summary"]
    return summary


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], check=True,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None
