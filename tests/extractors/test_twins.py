"""One document as DOCX, PDF and DOC (LibreOffice twins) must come out the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import Document, Status, extract

pytestmark = pytest.mark.slow


def _read(path: Path) -> Document:
    result = extract(path)
    assert result.status is Status.OK, result.error
    assert result.document is not None
    return result.document


def _outline(document: Document) -> list[tuple[str, str, str | None]]:
    return [(b.kind, b.text, b.cues.numbering) for b in document.blocks]


def test_docx_reading_of_the_twin_source(twins: dict[str, Path]) -> None:
    outline = _outline(_read(twins["docx"]))
    assert outline[:2] == [("heading", "Information Sharing Protocol", None),
                           ("heading", "1. Purpose", "1.")]
    assert ("heading", "2. Legal Basis", "2.") in outline
    assert ("list_item", "\u2022 Essex Police", "\u2022") in outline
    assert ("list_item", "b) the records the partners hold jointly.", "b)") in outline


@pytest.mark.parametrize("fmt", ["pdf", "doc"])
def test_twin_blocks_match_the_docx_kind_text_and_numbering(twins: dict[str, Path],
                                                             fmt: str) -> None:
    assert _outline(_read(twins[fmt])) == _outline(_read(twins["docx"]))


@pytest.mark.parametrize("fmt", ["pdf", "doc"])
def test_twin_tables_match_the_docx_cell_by_cell(twins: dict[str, Path], fmt: str) -> None:
    def grid(document: Document) -> list[list[tuple[int | None, str]]]:
        return [[(c.col, c.text) for c in row] for row in document.tables()[0]]

    assert grid(_read(twins[fmt])) == grid(_read(twins["docx"]))


@pytest.mark.parametrize("fmt", ["docx", "pdf", "doc"])
def test_twin_header_and_footer_are_furniture_not_body(twins: dict[str, Path],
                                                        fmt: str) -> None:
    document = _read(twins[fmt])
    furniture = {(b.region, b.text.split()[0]) for b in document.furniture}
    assert furniture == {("header", "WHOLE"), ("footer", "Page")}
    assert "WHOLE ESSEX" not in document.text


def test_pdf_twin_blocks_carry_pages_and_boxes(twins: dict[str, Path]) -> None:
    document = _read(twins["pdf"])
    assert document.pages == 2
    retention = next(b for b in document.blocks if b.text == "3. Retention")
    assert retention.page == 2 and retention.bbox is not None
    assert retention.cues.bold is True
    assert retention.cues.font_size is not None and retention.cues.font_size > 11


def test_first_half_of_a_real_pdf_is_corrupt_and_called_truncated(
        twins: dict[str, Path], tmp_path: Path) -> None:
    whole = twins["pdf"].read_bytes()
    half = tmp_path / "half.pdf"
    half.write_bytes(whole[: len(whole) // 2])
    result = extract(half)
    assert result.status is Status.CORRUPT
    assert result.error is not None and "truncated" in result.error
