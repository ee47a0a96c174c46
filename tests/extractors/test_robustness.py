"""Whatever the bytes, extract() returns a status; only bugs may be Status.ERROR."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import Status, extract
from extractors.labels import leading_label

from .pdf_writer import Text, write_pdf

SETTINGS = settings(max_examples=40, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _sample_docx() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        document = docx.Document()
        document.add_heading("Purpose", level=1)
        document.add_paragraph("The partners share data lawfully. " * 20)
        document.add_table(rows=2, cols=2).cell(1, 1).text = "Essex Police"
        path = Path(tmp) / "sample.docx"
        document.save(str(path))
        return path.read_bytes()


def _sample_pdf() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        pages = [[Text(72, 72 + 14 * i, f"Clause {p}.{i} of the sharing agreement.")
                  for i in range(20)] for p in range(3)]
        return write_pdf(Path(tmp) / "sample.pdf", pages).read_bytes()


DOCX = _sample_docx()
PDF = _sample_pdf()


def _extract_bytes(data: bytes, name: str) -> tuple[Status, str | None]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        result = extract(path)
    return result.status, result.error


def _assert_handled(status: Status, error: str | None) -> None:
    assert status is not Status.ERROR, error
    if status is not Status.OK:
        assert error and "\n" not in error


@SETTINGS
@given(cut=st.integers(min_value=0, max_value=len(DOCX)))
def test_a_docx_cut_anywhere_is_handled(cut: int) -> None:
    _assert_handled(*_extract_bytes(DOCX[:cut], "cut.docx"))


@SETTINGS
@given(cut=st.integers(min_value=0, max_value=len(PDF)))
def test_a_pdf_cut_anywhere_is_handled(cut: int) -> None:
    _assert_handled(*_extract_bytes(PDF[:cut], "cut.pdf"))


def _mutate(data: bytes, changes: list[tuple[int, int]]) -> bytes:
    mutated = bytearray(data)
    for position, value in changes:
        mutated[position % len(mutated)] = value
    return bytes(mutated)


CHANGES = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)),
                   min_size=1, max_size=12)


@SETTINGS
@given(changes=CHANGES)
def test_a_docx_with_damaged_bytes_is_handled(changes: list[tuple[int, int]]) -> None:
    _assert_handled(*_extract_bytes(_mutate(DOCX, changes), "damaged.docx"))


@SETTINGS
@given(changes=CHANGES)
def test_a_pdf_with_damaged_bytes_is_handled(changes: list[tuple[int, int]]) -> None:
    _assert_handled(*_extract_bytes(_mutate(PDF, changes), "damaged.pdf"))


@SETTINGS
@given(data=st.binary(max_size=2048),
       suffix=st.sampled_from([".pdf", ".docx", ".doc", ".odt", ".txt", ".md", ".csv", ""]))
def test_arbitrary_bytes_under_any_name_are_handled(data: bytes, suffix: str) -> None:
    _assert_handled(*_extract_bytes(data, f"input{suffix}"))


@settings(database=None)
@given(number=st.integers(min_value=1, max_value=999),
       title=st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=20))
def test_a_section_number_before_a_title_is_its_label(number: int, title: str) -> None:
    assert leading_label(f"{number}. {title}") == f"{number}."
    assert leading_label(f"  {number}.{number} {title}") == f"{number}.{number}"


@settings(database=None)
@given(text=st.text(max_size=40))
def test_a_label_is_always_a_prefix_of_the_text(text: str) -> None:
    label = leading_label(text)
    assert label is None or text.lstrip().startswith(label)
