"""The bundled sample corpus (``data/raw``) and its ground truth (``data/truth``).

Regenerate both on purpose with ``python scripts/make_sample_corpus.py``.
"""

from __future__ import annotations

import csv
import importlib
import json
import shutil
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from docx import Document

from pipeline.vocab import ReviewBasis, SectionKey

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
TRUTH = ROOT / "data" / "truth" / "sample_corpus.json"
REGISTRY = ROOT / "pipeline" / "resources" / "registry.csv"
FORMATS = {"docx", "pdf", "doc"}
RECORD_KEYS = {"file", "format", "layout", "title", "purpose", "lead", "partners", "statutes",
               "review_date", "review_basis", "commencement_date", "sections_present",
               "missing_sections"}
LAYOUTS = {"weisf_template", "cover_table", "prose", "document_control"}
ALL_SECTIONS = [k.value for k in SectionKey]


@pytest.fixture(scope="module")
def truth() -> list[dict]:
    return json.loads(TRUTH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module("make_sample_corpus")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def _docx_lines(path: Path) -> list[str]:
    """Header, footer, body paragraphs and table cells, as python-docx reads them."""
    doc = Document(str(path))
    lines = [p.text for s in doc.sections for part in (s.header, s.footer) for p in part.paragraphs]
    lines += [p.text for p in doc.paragraphs]
    lines += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return lines


def test_truth_lists_exactly_the_files_in_data_raw(truth):
    on_disk = sorted(p.name for p in RAW.iterdir()
                     if not p.name.startswith(".") and p.name != "themes.csv")  # the mapping
    assert sorted(r["file"] for r in truth) == on_disk


def test_every_agreement_comes_as_docx_pdf_and_doc(truth):
    formats: dict[str, set[str]] = defaultdict(set)
    for record in truth:
        stem, _, suffix = record["file"].rpartition(".")
        assert record["format"] == suffix
        formats[stem].add(suffix)
    assert len(formats) >= 8
    assert all(found == FORMATS for found in formats.values()), formats


def test_records_of_one_agreement_differ_only_in_file_and_format(truth):
    by_stem: dict[str, list[dict]] = defaultdict(list)
    for record in truth:
        by_stem[record["file"].rpartition(".")[0]].append(
            {k: v for k, v in record.items() if k not in ("file", "format")})
    for stem, records in by_stem.items():
        assert all(r == records[0] for r in records), stem


def test_records_have_exactly_the_contract_keys(truth):
    for record in truth:
        assert set(record) == RECORD_KEYS, record["file"]
        assert record["layout"] in LAYOUTS
        assert set(record["lead"]) == {"name", "org"}
        assert record["partners"], record["file"]
        assert all(set(p) == {"name", "org"} for p in record["partners"])
        assert record["lead"]["name"] not in {p["name"] for p in record["partners"]}
        for statute in record["statutes"]:
            assert set(statute) == {"citation", "title", "year", "provision"}
            assert isinstance(statute["year"], int)
            assert not statute["title"].endswith(str(statute["year"]))


def test_dates_parse_and_agree_with_the_review_basis(truth):
    for record in truth:
        assert record["review_basis"] in {b.value for b in ReviewBasis}
        review, start = record["review_date"], record["commencement_date"]
        if review is not None:
            date.fromisoformat(review)
        if start is not None:
            date.fromisoformat(start)
        assert (review is None) == (record["review_basis"] == "none"), record["file"]
        if record["review_basis"] == "relative":
            assert start is not None and review > start, record["file"]


def test_present_and_missing_sections_split_the_eleven_keys(truth):
    for record in truth:
        present, missing = record["sections_present"], record["missing_sections"]
        assert not set(present) & set(missing), record["file"]
        assert sorted(present + missing, key=ALL_SECTIONS.index) == ALL_SECTIONS
        assert present == sorted(present, key=ALL_SECTIONS.index)


def test_the_corpus_varies_what_extractors_find_hard(truth):
    assert {r["layout"] for r in truth} == LAYOUTS
    assert {r["review_basis"] for r in truth} == {"explicit", "relative", "none"}
    assert any(r["missing_sections"] for r in truth)
    assert any(p["org"] is None for r in truth for p in [r["lead"], *r["partners"]])


def test_orgs_are_registry_names(truth):
    with REGISTRY.open(encoding="utf-8", newline="") as f:
        names = {row["name"] for row in csv.DictReader(f)}
    for record in truth:
        for party in [record["lead"], *record["partners"]]:
            assert party["org"] is None or party["org"] in names, party


def test_generator_reproduces_the_docx_text_and_the_truth(generator, truth, tmp_path):
    records = generator.build(tmp_path, tmp_path / "truth.json", docx_only=True)
    assert records == [r for r in truth if r["format"] == "docx"]
    made = sorted(tmp_path.glob("*.docx"))
    assert [p.name for p in made] == sorted(p.name for p in RAW.glob("*.docx"))
    for path in made:
        assert _docx_lines(path) == _docx_lines(RAW / path.name), path.name


def test_generator_writes_identical_docx_bytes_on_each_run(generator, tmp_path):
    generator.build(tmp_path / "a", None, docx_only=True)
    generator.build(tmp_path / "b", None, docx_only=True)
    for path in sorted((tmp_path / "a").glob("*.docx")):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_generator_converts_every_docx_to_pdf_and_doc(generator, truth, tmp_path):
    pdfplumber = pytest.importorskip("pdfplumber")
    records = generator.build(tmp_path, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(r["file"] for r in records)
    assert records == truth
    for record in records:
        if record["format"] != "pdf":
            continue
        with pdfplumber.open(tmp_path / record["file"]) as pdf:
            text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
        assert record["title"] in text, record["file"]
