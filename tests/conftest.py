"""Shared test fixtures: paths to the corpus and real Word files made with python-docx."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx import Document as WordDocument

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
TRUTH = REPO / "data" / "truth" / "sample_corpus.json"
REALDOCS = REPO.parent / "shared" / "realdocs"


def write_docx(path: Path, title: str, lead: str, partners: str, review: str) -> Path:
    """A small cover-table ISP, as a real .docx file."""
    doc = WordDocument()
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Title", title), ("Lead Organisation", lead),
                         ("Other Organisations Involved", partners), ("Review date", review)):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("To share information about children missing from education so that "
                      "partners can find and support them.")
    doc.add_heading("3. Legal basis for sharing information", level=1)
    doc.add_paragraph("Section 436A of the Education Act 1996 and the Data Protection Act 2018.")
    doc.save(str(path))
    return path


@pytest.fixture
def make_docx():
    return write_docx


@pytest.fixture(scope="session")
def truth() -> list[dict[str, object]]:
    if not TRUTH.exists():
        pytest.skip("no ground truth: run make corpus")
    return json.loads(TRUTH.read_text(encoding="utf-8"))


@pytest.fixture
def corpus_copy(tmp_path: Path, truth: list[dict[str, object]]):
    """A copy of one agreement of the sample corpus in all its formats."""
    def copy(count: int = 3) -> Path:
        target = tmp_path / "raw"
        target.mkdir(exist_ok=True)
        for item in truth[:count]:
            shutil.copy(RAW / str(item["file"]), target / str(item["file"]))
        return target
    return copy
