"""What a run has to do: the files under its paths, and what each needs.

Light on purpose (no spaCy, no PDF or Word libraries): the run's own process plans, and
worker processes do the reading (:mod:`pipeline.process`, :mod:`pipeline.workers`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from extractors.limits import Limits
from extractors.model import LIMIT_STATUSES, Status
from pipeline.store import CurrentVersion
from pipeline.themes import MAPPING_FILE
from pipeline.vocab import RULES_VERSION, ChangeKind

#: Formats we can read when this machine has the converter: "unsupported" there means a
#: missing tool, not a bad file, so such files are tried again on every run.
CONVERTED_FORMATS = frozenset({"doc", "odt", "rtf"})


@dataclass(frozen=True, slots=True)
class Planned:
    path: Path
    sha256: str
    size_bytes: int
    change: ChangeKind

    @property
    def document_id(self) -> str:
        return document_id(self.sha256)


def document_id(sha256: str) -> str:
    """Stable for the same content, wherever the file lives."""
    return sha256[:16]


def discover(paths: Iterable[Path]) -> list[Path]:
    """Every file under the given files and folders (recursively), hidden ones and a folder's
    theme mapping (``themes.csv`` at its top, pipeline.themes) excepted."""
    found: set[Path] = set()
    for path in paths:
        path = path.resolve()
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            for child in path.rglob("*"):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts) \
                        and rel != Path(MAPPING_FILE):  # the folder's theme mapping
                    found.add(child)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return sorted(found)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file found but not readable (permissions, I/O error): recorded, never fatal."""

    path: Path
    error: str

    @property
    def document_id(self) -> str:
        return document_id(hashlib.sha256(f"unreadable:{self.path}".encode()).hexdigest())


def plan(files: list[Path], current: dict[str, CurrentVersion],
         rules_version: str = RULES_VERSION,
         limits: Limits | None = None) -> tuple[list[Planned], list[Unreadable]]:
    """What each file needs: new, changed, reparsed (newer rules, other limits) or unchanged.
    A file that vanished since discovery is left out; one that cannot be read is listed
    apart."""
    signature = (limits or Limits.from_env()).signature()
    out, unreadable = [], []
    for path in files:
        try:
            sha, size = sha256_of(path), path.stat().st_size
        except FileNotFoundError:
            continue
        except OSError as exc:
            unreadable.append(Unreadable(path, f"cannot read the file: {exc.strerror or exc}"))
            continue
        before = current.get(str(path))
        if before is None:
            change = ChangeKind.NEW
        elif before.sha256 != sha:
            change = ChangeKind.CHANGED
        elif _worth_retrying(before, rules_version, signature):
            change = ChangeKind.REPARSED
        else:
            change = ChangeKind.UNCHANGED
        out.append(Planned(path, sha, size, change))
    return out, unreadable


def _worth_retrying(before: CurrentVersion, rules_version: str, limits: str) -> bool:
    """Same content, but the outcome may differ now: newer rules or another registry, a
    converter installed since, other limits for a file that was over one, or a run that
    crashed on it (no rules version recorded)."""
    if before.rules_version is None:
        return True
    if before.status in LIMIT_STATUSES:
        return before.limits != limits
    if before.status == Status.UNSUPPORTED.value:
        return before.format in CONVERTED_FORMATS
    return (before.status in (Status.OK.value, Status.ERROR.value)
            and before.rules_version != rules_version)


def rules_version_for(registry_path: Path | None) -> str:
    """The rules version plus a digest of the registry and of the rule data the parser
    reads (``pipeline/resources``): editing either (an alias added to fix a miss, a section
    pattern) re-parses what it may change."""
    if registry_path is None:
        data = resources.files("pipeline.resources").joinpath("registry.csv").read_bytes()
    else:
        data = Path(registry_path).read_bytes()
    return f"{RULES_VERSION}+{hashlib.sha256(data).hexdigest()[:8]}.{_rule_data_digest()}"


@cache
def _rule_data_digest() -> str:
    digest = hashlib.sha256()
    folder = resources.files("pipeline.resources")
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name != "registry.csv" and item.name.endswith((".csv", ".toml", ".txt", ".lst")):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()[:8]


def vanished(roots: list[Path], seen: list[Path], current: dict[str, CurrentVersion]) -> list[str]:
    """Current documents under the scanned roots whose files are gone."""
    resolved = [r.resolve() for r in roots]
    seen_set = {str(p) for p in seen}
    out = []
    for path in current:
        p = Path(path)
        if path in seen_set:
            continue
        if any(p == r or r in p.parents for r in resolved) and not p.exists():
            out.append(path)
    return out
