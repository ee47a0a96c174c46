"""The real format comes from the bytes; the name only decides what a mismatch means."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from extractors import Status, extract, sniff_format
from extractors.sniff import sniff

from .ole_writer import word_fib, write_ole
from .pdf_writer import Text, write_pdf


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def _docx(path: Path, text: str = "Purpose of the agreement") -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def test_pdf_is_recognised_by_its_header_even_after_leading_junk(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "a.pdf", [[Text(72, 72, "Hello")]])
    junked = tmp_path / "junk.pdf"
    junked.write_bytes(b"\r\n" * 100 + pdf.read_bytes())
    assert sniff_format(pdf) == "pdf"
    assert sniff_format(junked) == "pdf"


def test_docx_odt_and_doc_are_recognised_by_content(tmp_path: Path) -> None:
    odt = _zip(tmp_path / "x.odt", {"mimetype": "application/vnd.oasis.opendocument.text",
                                    "content.xml": "<office:document-content/>"})
    doc = write_ole(tmp_path / "x.doc", {"WordDocument": word_fib()})
    assert sniff_format(_docx(tmp_path / "x.docx")) == "docx"
    assert sniff_format(odt) == "odt"
    assert sniff_format(doc) == "doc"


def test_a_doc_that_is_really_docx_is_read_as_docx_with_a_warning(tmp_path: Path) -> None:
    misnamed = _docx(tmp_path / "agreement.doc")
    result = extract(misnamed)
    assert result.status is Status.OK
    assert result.format == "docx"
    assert result.document is not None and result.document.format == "docx"
    assert result.document.text == "Purpose of the agreement"
    assert "named .doc but contains a Word document (docx)" in result.document.warnings[0]


def test_html_named_pdf_is_misnamed_and_the_error_names_both(tmp_path: Path) -> None:
    page = tmp_path / "agreement.pdf"
    page.write_text("<!DOCTYPE html><html><body>Error 404</body></html>")
    result = extract(page)
    assert result.status is Status.MISNAMED
    assert result.error == "file is named .pdf but contains HTML"
    assert result.format == "html"


def test_image_named_pdf_is_misnamed(tmp_path: Path) -> None:
    image = tmp_path / "scan.pdf"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    result = extract(image)
    assert result.status is Status.MISNAMED
    assert result.error == "file is named .pdf but contains a PNG image"


@pytest.mark.parametrize(
    ("name", "content", "described"),
    [
        ("partners.csv", b"name,ico\nEssex Police,Z4871612\n", "CSV"),
        ("page.html", b"<html><body>hello</body></html>", "HTML"),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "a PNG image"),
    ],
)
def test_unsupported_formats_are_named_in_the_error(tmp_path: Path, name: str, content: bytes,
                                                    described: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = extract(path)
    assert result.status is Status.UNSUPPORTED
    assert result.error is not None and described in result.error


def test_spreadsheet_in_a_zip_is_unsupported_as_xlsx(tmp_path: Path) -> None:
    sheet = _zip(tmp_path / "register.xlsx", {"[Content_Types].xml": "<Types/>",
                                              "xl/workbook.xml": "<workbook/>"})
    result = extract(sheet)
    assert result.status is Status.UNSUPPORTED
    assert result.format == "xlsx"
    assert "Excel workbook" in (result.error or "")


def test_empty_file_is_empty(tmp_path: Path) -> None:
    empty = tmp_path / "nothing.docx"
    empty.touch()
    result = extract(empty)
    assert result.status is Status.EMPTY
    assert result.error == "file is empty (0 bytes)"


def test_encrypted_ooxml_inside_an_ole_container_is_encrypted(tmp_path: Path) -> None:
    locked = write_ole(tmp_path / "locked.docx", {"EncryptionInfo": b"\x04\x00",
                                                  "EncryptedPackage": b"\x00" * 16})
    result = extract(locked)
    assert result.status is Status.ENCRYPTED
    assert result.format == "docx"
    assert "password" in (result.error or "")


def test_doc_with_the_fib_encrypted_flag_is_encrypted(tmp_path: Path) -> None:
    locked = write_ole(tmp_path / "locked.doc", {"WordDocument": word_fib(encrypted=True)})
    result = extract(locked)
    assert result.status is Status.ENCRYPTED
    assert result.error == ("Word .doc is encrypted (password-protected); "
                            "cannot read without the password")


def test_truncated_ole_file_is_corrupt(tmp_path: Path) -> None:
    whole = write_ole(tmp_path / "whole.doc", {"WordDocument": word_fib() + b"x" * 8000})
    cut = tmp_path / "cut.doc"
    cut.write_bytes(whole.read_bytes()[:1500])
    assert sniff(cut).status is Status.CORRUPT
    assert extract(cut).status is Status.CORRUPT


def test_unrecognised_bytes_named_like_a_document_are_corrupt(tmp_path: Path) -> None:
    garbage = tmp_path / "agreement.docx"
    garbage.write_bytes(bytes(range(256)) * 4)
    result = extract(garbage)
    assert result.status is Status.CORRUPT
    assert "named .docx" in (result.error or "")


def test_text_and_markdown_are_told_apart_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Purpose\n")
    (tmp_path / "a.md").write_text("# Purpose\n")
    (tmp_path / "a.pdf").write_text("just some text\n")
    assert sniff_format(tmp_path / "a.txt") == "txt"
    assert sniff_format(tmp_path / "a.md") == "md"
    assert extract(tmp_path / "a.pdf").error == "file is named .pdf but contains plain text"


def test_cp1252_text_is_still_text(tmp_path: Path) -> None:
    legacy = tmp_path / "notes.txt"
    legacy.write_bytes("Barnardo\u2019s and the \u00a3 sign".encode("cp1252"))
    result = extract(legacy)
    assert result.status is Status.OK
    assert result.document is not None
    assert result.document.text == "Barnardo\u2019s and the \u00a3 sign"


def test_a_missing_file_raises_oserror_rather_than_hiding_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        extract(tmp_path / "not-there.pdf")
