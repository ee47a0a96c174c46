"""One file in, one outcome out: extraction and parsing, under the per-file limits.

A plain function; the flow runs it in worker processes (:mod:`pipeline.workers`).
"""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from extractors import extract
from extractors.limits import Limits
from extractors.model import Status
from pipeline.fields import parse_document
from pipeline.nlp import build_nlp
from pipeline.outcome import Outcome, out_of_memory_outcome
from pipeline.plan import Planned, rules_version_for
from pipeline.registry import Registry
from pipeline.store import VersionRow

log = logging.getLogger(__name__)

__all__ = ["process_file", "resources_for"]


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


def process_file(planned: Planned, registry_path: Path | None = None,
                 limits: Limits | None = None) -> Outcome:
    """Extract and parse one file. A bad document is an outcome, never an exception.

    Run it in a worker (:mod:`pipeline.workers`) for the time and memory limits; the size
    limits hold wherever it runs."""
    limits = limits or Limits.from_env()
    try:
        return _process(planned, registry_path, limits)
    except MemoryError:
        return out_of_memory_outcome(planned, limits)


def _process(planned: Planned, registry_path: Path | None, limits: Limits) -> Outcome:
    started = time.perf_counter()
    version = rules_version_for(registry_path)  # read the registry once per file, not twice
    extraction = extract(planned.path, limits)
    record = None
    status, error = extraction.status, extraction.error
    document = extraction.document
    if status == Status.OK and document is not None:
        registry, nlp = resources_for(registry_path, version)
        try:
            record = parse_document(document, nlp, registry)
        except MemoryError:
            raise
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
        rules_version=version, seconds=time.perf_counter() - started,
        limits=limits.signature())
    return Outcome(planned, row, record)
