"""Extract and parse real files once per test session (shared by the corpus and realdocs
tests; extraction of a .doc through LibreOffice takes a second)."""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path

from spacy.language import Language

from extractors import extract
from extractors.model import Extraction, Status
from pipeline.fields import parse_document
from pipeline.nlp import build_nlp
from pipeline.records import ProtocolRecord
from pipeline.registry import Registry


@cache
def resources() -> tuple[Registry, Language]:
    registry = Registry.load()
    return registry, build_nlp(registry)


def timed_extract(path: Path) -> tuple[Extraction, float]:
    """Each file is read once per session, however many tests look at it. The seconds are
    this process's CPU time, which another busy process does not inflate as it does
    wall-clock time (a guard against pathological slowness, not a benchmark)."""
    return _timed_extract(path.resolve())


@cache
def _timed_extract(path: Path) -> tuple[Extraction, float]:
    started = time.process_time()
    result = extract(path)
    return result, time.process_time() - started


def extracted(path: Path) -> Extraction:
    return timed_extract(path)[0]


def parse(extraction: Extraction) -> ProtocolRecord:
    registry, nlp = resources()
    assert extraction.document is not None
    return parse_document(extraction.document, nlp, registry)


@cache
def parsed(path: Path) -> ProtocolRecord:
    """The record of a file that must extract cleanly."""
    extraction = extracted(path)
    assert extraction.status == Status.OK, extraction.error
    return parse(extraction)
