"""Which register theme each agreement belongs to, and why.

The WEISF register groups agreements by theme (Growing Essex Economy, Health and Wellbeing,
Learning and Education, Safer Community). The theme is the register's editorial choice, so
what a user says wins: a mapping file (``theme`` per file name, path or title), then the
folder a document sits in when it is named as a theme. Only then is a theme inferred from
the words of the title and purpose (``resources/themes.toml``), and only when one theme's
words clearly outweigh the rest; otherwise it is ``unknown``. Each result keeps its basis
(``mapping``, ``folder``, ``inferred``, ``unknown``) and its evidence.
"""

from __future__ import annotations

import csv
import logging
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

UNKNOWN = "unknown"
_MARGIN = 1.5  # the winning theme's weight over the runner-up's
_MINIMUM = 2.0


@dataclass(frozen=True, slots=True)
class Theme:
    theme: str
    basis: str  # mapping, folder, inferred, unknown
    evidence: str


@cache
def _vocabulary() -> dict[str, re.Pattern[str]]:
    data = tomllib.loads(resources.files("pipeline.resources").joinpath("themes.toml")
                         .read_text("utf-8"))
    return {theme: re.compile(r"\b(?:" + "|".join(entry["words"]) + r")\b", re.I)
            for theme, entry in data.items()}


def themes() -> list[str]:
    return list(_vocabulary())


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def read_mapping(path: Path) -> dict[str, str]:
    """A CSV (``#`` lines are comments) with columns ``theme`` and ``file``, ``path`` or
    ``title``: each row's
    key (normalised) to its theme. Raises ``ValueError`` for a file without those columns."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(line for line in f if not line.startswith("#"))
        fields = {c.strip().lower() for c in reader.fieldnames or []}
        if "theme" not in fields or not fields & {"file", "path", "title"}:
            raise ValueError(f"{path}: a theme mapping needs a 'theme' column and a 'file', "
                             "'path' or 'title' column")
        out: dict[str, str] = {}
        for row in reader:
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            for column in ("file", "path", "title"):
                if row.get(column) and row.get("theme"):
                    out[_key(row[column])] = row["theme"]
        return out


def theme_of(path: str, title: str | None, purpose: str | None,
             mapping: dict[str, str] | None = None) -> Theme:
    mapping = mapping or {}
    file = Path(path)
    for key, how in ((file.name, "file"), (file.stem, "file"), (path, "path"),
                     (title or "", "title")):
        if key and (found := mapping.get(_key(key))):
            return Theme(found, "mapping", f"mapping file, by {how}: {key}")
    known = {_key(t): t for t in themes()}
    for folder in reversed(file.parts[:-1]):
        if _key(folder) in known:
            return Theme(known[_key(folder)], "folder", f"in the folder {folder}")
    weights: dict[str, float] = {}
    words: dict[str, list[str]] = {}
    for theme, pattern in _vocabulary().items():
        hits_title = pattern.findall(title or "")
        hits_purpose = pattern.findall(purpose or "")
        weights[theme] = 2 * len(hits_title) + len(hits_purpose)
        words[theme] = sorted({h.lower() for h in hits_title + hits_purpose})
    ranked = sorted(weights.items(), key=lambda x: -x[1])
    (best, weight), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0.0
    if weight >= _MINIMUM and weight >= _MARGIN * runner_up:
        return Theme(best, "inferred", "words: " + ", ".join(words[best]))
    close = ", ".join(f"{t} {w:g}" for t, w in ranked if w)
    return Theme(UNKNOWN, "unknown", f"no theme clearly ahead ({close or 'no theme words'})")


MAPPING_FILE = "themes.csv"


def theme_mapping(roots: list[Path]) -> dict[str, str]:
    """The mapping a user keeps beside the documents: ``themes.csv`` at the top of a folder
    they ingest. A file that cannot be read is left out (the themes are then inferred)."""
    out: dict[str, str] = {}
    for root in roots:
        candidate = root / MAPPING_FILE if root.is_dir() else None
        if candidate is not None and candidate.is_file():
            try:
                out.update(read_mapping(candidate))
            except (OSError, ValueError, UnicodeDecodeError, csv.Error) as exc:
                log.warning("theme mapping %s not used: %s", candidate, exc)
    return out
