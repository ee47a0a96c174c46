"""Scanned PDFs: pages without a text layer are read by OCR (tesseract) into the same blocks
a text layer gives, and say so; without tesseract they stay ``no_text`` with the reason."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

import extractors.ocr as ocr
from extractors import Status, extract
from extractors.limits import Limits

from .pdf_writer import Text, write_pdf

needs_tesseract = pytest.mark.skipif(ocr.tesseract() is None, reason="tesseract not installed")


def scan_of(source: Path, target: Path, dpi: int = 150) -> Path:
    """An image-only PDF: every page of ``source`` rendered to a picture, as a scanner would."""
    document = pdfium.PdfDocument(source)
    images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    document.close()
    images[0].save(target, save_all=True, append_images=images[1:], resolution=dpi)
    return target


def _agreement(path: Path) -> Path:
    return write_pdf(path, [
        [Text(72, 90, "Information Sharing Agreement", size=20, bold=True),
         Text(72, 140, "1. Purpose", size=14, bold=True),
         Text(72, 170, "This agreement lets the partners share referrals about"),
         Text(72, 185, "vulnerable adults so that support is offered quickly."),
         Text(72, 230, "Review date: 31 March 2027")],
        [Text(72, 90, "2. Legal basis", size=14, bold=True),
         Text(72, 120, "Section 115 of the Crime and Disorder Act 1998 applies.")],
    ])


@needs_tesseract
def test_a_scanned_pdf_is_read_by_ocr_into_blocks_marked_as_ocr(tmp_path: Path) -> None:
    scan = scan_of(_agreement(tmp_path / "text.pdf"), tmp_path / "scan.pdf")
    result = extract(scan)
    assert result.status is Status.OK, result.error
    document = result.document
    assert document is not None and document.pages == 2
    text = document.text
    assert "Information Sharing Agreement" in text
    assert "Crime and Disorder Act 1998" in text
    assert all(b.path.startswith("ocr/page/") for b in document.blocks)
    assert {b.page for b in document.blocks} == {1, 2}
    assert "tesseract" in document.extractor
    assert any("read by OCR" in w for w in document.warnings)
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert "Information Sharing Agreement" in headings  # larger type reads as a heading


@needs_tesseract
def test_only_the_scanned_page_of_a_mixed_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    text_pdf = _agreement(tmp_path / "text.pdf")
    scan = scan_of(text_pdf, tmp_path / "scan.pdf")
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    writer.add_page(PdfReader(text_pdf).pages[0])
    writer.add_page(PdfReader(scan).pages[1])
    mixed = tmp_path / "mixed.pdf"
    writer.write(mixed)
    document = extract(mixed).document
    assert document is not None
    by_page = {b.page: b.path for b in document.blocks}
    assert by_page[1].startswith("page/1/") and by_page[2].startswith("ocr/page/2/")
    assert "Crime and Disorder Act 1998" in document.text


@needs_tesseract
def test_ocr_stops_at_its_time_budget_and_names_the_pages_left(tmp_path: Path) -> None:
    scan = scan_of(_agreement(tmp_path / "text.pdf"), tmp_path / "scan.pdf")
    pages, warnings = ocr.read_pages(scan, [1, 2], seconds=0)
    assert pages == [] and warnings == ["OCR stopped at the time budget: pages 1-2 not read"]
    result = extract(scan, Limits(seconds=0))
    assert result.status is Status.NO_TEXT
    assert "OCR found no words" in (result.error or "")


def test_without_tesseract_a_scan_is_no_text_and_says_why(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    scan = scan_of(_agreement(tmp_path / "text.pdf"), tmp_path / "scan.pdf")
    result = extract(scan)
    assert result.status is Status.NO_TEXT
    assert result.error == ("no text layer on any of 2 pages (a scanned image?); OCR is not "
                            "available: tesseract is not installed (Debian package "
                            "tesseract-ocr)")


def test_tesseract_tsv_becomes_words_in_points_with_one_size_per_body_line() -> None:
    tsv = "\n".join([
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
        "\tconf\ttext",
        "4\t1\t1\t1\t1\t0\t100\t100\t400\t60\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t100\t150\t60\t95\tHeading",
        "4\t1\t2\t1\t1\t0\t100\t200\t400\t30\t-1\t",
        "5\t1\t2\t1\t1\t1\t100\t200\t50\t30\t96\tbody",
        "5\t1\t2\t1\t1\t2\t160\t200\t50\t30\t5\t~%",
        "4\t1\t2\t1\t2\t0\t100\t240\t400\t26\t-1\t",
        "5\t1\t2\t1\t2\t1\t100\t240\t50\t26\t96\ttext",
        "4\t1\t2\t1\t3\t0\t100\t280\t400\t32\t-1\t",
        "5\t1\t2\t1\t3\t1\t100\t280\t50\t32\t96\there",
    ])
    words = ocr.parse_tsv(tsv, 0.5)
    assert [w.text for w in words] == ["Heading", "body", "text", "here"]  # noise dropped
    assert words[0].x0 == 50 and words[0].top == 50 and words[0].x1 == 125
    assert words[0].size == 24.0  # 60 px line at half scale, times 0.8
    assert {w.size for w in words[1:]} == {12.4}  # the median line (31 px), not 26 or 32


def test_a_blank_page_scan_finds_no_words(tmp_path: Path) -> None:
    blank = tmp_path / "blank.pdf"
    Image.new("RGB", (300, 400), "white").save(blank)
    result = extract(blank)
    assert result.status is Status.NO_TEXT
    assert (result.error or "").startswith("no text layer on any of 1 pages (a scanned image?); ")
