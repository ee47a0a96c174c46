"""One file in, one outcome out: discovery, change detection, extraction and parsing.

These are plain functions; the Prefect flow (``flows.ingest``) only orchestrates them.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language

from extractors import extract
from extractors.model import Status, TransientError
from pipeline.fields import parse_document
from pipeline.nlp import build_nlp
from pipeline.records import ProtocolRecord
from pipeline.registry import Registry
from pipeline.store import CurrentVersion, VersionRow
from pipeline.vocab import RULES_VERSION, ChangeKind

log = logging.getLogger(__name__)

#: Formats we can read when this machine has the converter: "unsupported" there means a
#: missing tool, not a bad file, so such files are tried again on every run.
CONVERTED_FORMATS = frozenset({"doc", "odt", "rtf"})

__all__ = ["Outcome", "Planned", "TransientError", "Unreadable", "discover", "plan",
           "process_file", "resources_for", "rules_version_for", "vanished"]


@dataclass(frozen=True, slots=True)
class Planned:
    path: Path
    sha256: str
    size_bytes: int
    change: ChangeKind

    @property
    def document_id(self) -> str:
        return document_id(self.sha256)


@dataclass(slots=True)
class Outcome:
    planned: Planned
    row: VersionRow
    record: ProtocolRecord | None


def document_id(sha256: str) -> str:
    """Stable for the same content, wherever the file lives."""
    return sha256[:16]


def discover(paths: Iterable[Path]) -> list[Path]:
    """Every file under the given files and folders (recursively), hidden ones excepted."""
    found: set[Path] = set()
    for path in paths:
        path = path.resolve()
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            for child in path.rglob("*"):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts):
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
         rules_version: str = RULES_VERSION) -> tuple[list[Planned], list[Unreadable]]:
    """What each file needs: new, changed, reparsed (newer rules) or unchanged. A file that
    vanished since discovery is left out; one that cannot be read is listed apart."""
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
        elif _worth_retrying(before, rules_version):
            change = ChangeKind.REPARSED
        else:
            change = ChangeKind.UNCHANGED
        out.append(Planned(path, sha, size, change))
    return out, unreadable


def _worth_retrying(before: CurrentVersion, rules_version: str) -> bool:
    """Same content, but the outcome may differ now: newer rules or another registry, a
    converter installed since, or a run that crashed on it (no rules version recorded)."""
    if before.rules_version is None:
        return True
    if before.status == Status.UNSUPPORTED.value:
        return before.format in CONVERTED_FORMATS
    return (before.status in (Status.OK.value, Status.ERROR.value)
            and before.rules_version != rules_version)


def rules_version_for(registry_path: Path | None) -> str:
    """The rules version plus a digest of the registry: editing the registry (an alias
    added to fix a miss) re-parses what it may change."""
    if registry_path is None:
        data = resources.files("pipeline.resources").joinpath("registry.csv").read_bytes()
    else:
        data = Path(registry_path).read_bytes()
    return f"{RULES_VERSION}+{hashlib.sha256(data).hexdigest()[:8]}"


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


@lru_cache(maxsize=4)
def _nlp_for(registry_path: str | None, version: str) -> tuple[Registry, Language]:
    registry = Registry.load(Path(registry_path) if registry_path else None)
    return registry, build_nlp(registry)


def resources_for(registry_path: Path | None,
                  version: str | None = None) -> tuple[Registry, Language]:
    """The registry and spaCy pipeline, built once per process and registry content
    (``version``: the registry's rules version, when the caller has it already)."""
    return _nlp_for(str(registry_path) if registry_path else None,
                    version or rules_version_for(registry_path))


def process_file(planned: Planned, registry_path: Path | None = None) -> Outcome:
    """Extract and parse one file. A bad document is an outcome, never an exception."""
    started = time.perf_counter()
    version = rules_version_for(registry_path)  # read the registry once per file, not twice
    extraction = extract(planned.path)
    record = None
    status, error = extraction.status, extraction.error
    document = extraction.document
    if status == Status.OK and document is not None:
        registry, nlp = resources_for(registry_path, version)
        try:
            record = parse_document(document, nlp, registry)
        except Exception as exc:  # a parser bug must not lose the file: record it
            log.exception("parsing %s failed", planned.path)
            status, error = Status.ERROR, f"internal error while parsing: {exc!r}"
    row = VersionRow(
        document_id=planned.document_id, path=str(planned.path),
        format=extraction.format or (document.format if document else None),
        sha256=planned.sha256, size_bytes=planned.size_bytes,
        pages=extraction.pages if extraction.pages is not None else (
            document.pages if document else None),
        status=status.value, error=error,
        warnings=list(document.warnings) if document else [],
        extractor=document.extractor if document else None,
        rules_version=version, seconds=time.perf_counter() - started)
    return Outcome(planned, row, record)
