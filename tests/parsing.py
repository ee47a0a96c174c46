"""Extract and parse real files once per test session (shared by the corpus and realdocs
tests; extraction of a .doc through LibreOffice takes a second)."""

from __future__ import annotations

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


@cache
def extracted(path: Path) -> Extraction:
    return extract(path)


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
