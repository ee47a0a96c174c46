"""Every real agreement in ../shared/realdocs extracts without raising, with a sensible status.

Skipped cleanly when the folder is absent (it is never copied into the repository).
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import extractors.ocr as ocr
from extractors import Document, Status
from tests.parsing import timed_extract

from .support import REALDOCS, libreoffice

pytestmark = pytest.mark.realdocs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TRACKED = "za_wits_he2at_data_sharing_agreement_rp2_tracked_changes.docx"
COMMENTED = "za_wits_he2at_dta_template_with_comments.docx"
LONG_PDF = "uk_isn_standard_network_establishment_agreement_template.pdf"
TWO_COLUMNS = "us_comscore_partner_data_sharing_agreement_2018.pdf"


def _realdoc_params() -> list[object]:
    if not REALDOCS.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no {REALDOCS}"))]
    files = sorted(p for p in REALDOCS.rglob("*")
                   if p.is_file() and p.name not in ("MANIFEST.csv", "README.md"))
    return [pytest.param(p, id=p.name) for p in files]


def _manifest_pages() -> dict[str, int]:
    """Page counts the manifest states as a number ("12", "13 (docProps)")."""
    pages: dict[str, int] = {}
    with (REALDOCS / "MANIFEST.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            match = re.match(r"\s*(\d+)", row.get("pages") or "")
            if match:
                pages[Path(row["filename"]).name] = int(match.group(1))
    return pages


def _expected_status(path: Path) -> Status:
    if "scanned" in path.name and ocr.tesseract() is None:
        return Status.NO_TEXT
    if path.suffix == ".odt" and libreoffice() is None:
        return Status.UNSUPPORTED
    return Status.OK


def _read(realdocs: Path, name: str) -> Document:
    result, _ = timed_extract(realdocs / name)
    assert result.status is Status.OK, result.error
    assert result.document is not None
    return result.document


@pytest.mark.parametrize("path", _realdoc_params())
def test_every_realdoc_extracts_with_a_sensible_status(path: Path) -> None:
    result, seconds = timed_extract(path)
    assert seconds < 20, f"{seconds:.1f} s"
    assert result.status is _expected_status(path), result.error
    assert result.error is None or "\n" not in result.error
    if result.status is not Status.OK:
        return
    document = result.document
    assert document is not None and document.format == result.format
    assert len(document.blocks) >= 5
    assert any(b.kind == "heading" for b in document.blocks)
    assert [b.index for b in document.blocks] == list(range(len(document.blocks)))
    assert all(b.text and b.path for b in document.blocks)
    expected_pages = _manifest_pages().get(path.name)
    if expected_pages is not None:
        assert result.pages == expected_pages


def _current_and_deleted_text(path: Path) -> tuple[str, list[str]]:
    """The document's current text, and deleted passages that appear nowhere in it."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    kept: list[str] = []

    def walk(element: etree._Element, deleted: bool) -> None:
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            inside = deleted or tag in (f"{W}del", f"{W}moveFrom")
            if tag == f"{W}t" and not inside:
                kept.append(child.text or "")
            walk(child, inside)

    walk(root, False)
    current = " ".join("".join(kept).split())
    deleted = [" ".join("".join(t.text or "" for t in d.iter(f"{W}delText")).split())
               for d in root.iter(f"{W}del")]
    return current, [d for d in deleted if len(d) > 40 and d[:40] not in current]


def test_tracked_changes_docx_shows_no_deleted_text(realdocs: Path) -> None:
    text = " ".join(_read(realdocs, TRACKED).text.split())
    _, deleted = _current_and_deleted_text(realdocs / TRACKED)
    assert len(deleted) > 50
    assert [d for d in deleted if d[:40] in text] == []
    assert "Either Party may terminate this Agreement prior to the completion" in text


def test_commented_docx_has_no_comment_text(realdocs: Path) -> None:
    document = _read(realdocs, COMMENTED)
    text = " ".join(b.text for b in document.blocks + document.furniture)
    assert "Recommend inclusion of date and location sentence" not in text
    assert "DATA SHARING AGREEMENT" in text


def test_a_37_page_pdf_takes_seconds_not_minutes(realdocs: Path) -> None:
    document = _read(realdocs, LONG_PDF)
    _, seconds = timed_extract(realdocs / LONG_PDF)
    assert document.pages == 37
    assert seconds < 20, f"{seconds:.1f} s (measured about 5 s on a laptop-class CPU)"
    assert any(b.region == "footer" for b in document.furniture)


def test_two_column_pdf_reads_each_column_in_turn(realdocs: Path) -> None:
    document = _read(realdocs, TWO_COLUMNS)
    texts = [b.text for b in document.blocks]
    assert "1. Definitions. In this Agreement:" in texts
    definitions = texts.index("1. Definitions. In this Agreement:")
    assert texts[definitions + 1].startswith("\u2022 \u201cData\u201d shall be defined")
