"""Legacy .doc/.odt: LibreOffice first, antiword as the fallback, a clear message with neither."""

from __future__ import annotations

import stat
import time
import zipfile
from pathlib import Path

import pytest

from extractors import Status, TransientError, extract, legacy

from .ole_writer import word_fib, write_ole
from .support import has_antiword, libreoffice


def _fake_doc(tmp_path: Path) -> Path:
    return write_ole(tmp_path / "old.doc", {"WordDocument": word_fib() + b"\x00" * 6000})


def _script(tmp_path: Path, body: str) -> str:
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_doc_without_libreoffice_or_antiword_says_what_to_install(
        tmp_path: Path, no_converters: None) -> None:
    result = extract(_fake_doc(tmp_path))
    assert result.status is Status.UNSUPPORTED
    assert result.format == "doc"
    assert result.error == ("legacy Word .doc needs LibreOffice or antiword: "
                            "apt-get install libreoffice-writer-nogui (or antiword)")


def test_odt_without_libreoffice_says_it_needs_libreoffice(
        tmp_path: Path, no_converters: None) -> None:
    odt = tmp_path / "minutes.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    result = extract(odt)
    assert result.status is Status.UNSUPPORTED
    assert result.error == ("OpenDocument .odt needs LibreOffice: "
                            "apt-get install libreoffice-writer-nogui")


def test_a_failed_conversion_is_corrupt_and_quotes_libreoffice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = _script(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1")
    monkeypatch.setattr(legacy, "find_converter", lambda: failing)
    monkeypatch.setattr(legacy, "find_antiword", lambda: None)
    result = extract(_fake_doc(tmp_path))
    assert result.status is Status.CORRUPT
    assert result.error == ("LibreOffice could not convert the legacy Word .doc file "
                            "(damaged?): Error: source file could not be loaded")


def test_a_hanging_conversion_is_killed_at_the_timeout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hanging = _script(tmp_path, "sleep 30")
    monkeypatch.setattr(legacy, "find_converter", lambda: hanging)
    monkeypatch.setattr(legacy, "find_antiword", lambda: None)
    monkeypatch.setattr(legacy, "CONVERSION_TIMEOUT", 1)
    started = time.monotonic()
    with pytest.raises(TransientError, match="did not finish converting within 1 s"):
        extract(_fake_doc(tmp_path))  # a machine under load, not a bad file: may be retried
    assert time.monotonic() - started < 10


def test_antiword_complaints_map_to_statuses() -> None:
    encrypted = legacy._antiword_problem(1, "Encrypted documents are not supported\n")
    damaged = legacy._antiword_problem(1, "x.doc is not a Word Document.\n")
    assert encrypted is not None and encrypted.status is Status.ENCRYPTED
    assert damaged is not None and damaged.status is Status.CORRUPT
    assert damaged.error == "antiword cannot read the file: x.doc is not a Word Document."
    assert legacy._antiword_problem(0, "") is None


@pytest.mark.skipif(not has_antiword(), reason="antiword is not installed")
def test_antiword_on_a_damaged_doc_is_corrupt(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy, "find_converter", lambda: None)
    result = extract(_fake_doc(tmp_path))
    assert result.status is Status.CORRUPT
    assert (result.error or "").startswith("antiword cannot read the file: ")


@pytest.mark.slow
def test_doc_is_converted_by_libreoffice_and_keeps_its_format(twins: dict[str, Path]) -> None:
    result = extract(twins["doc"])
    assert result.status is Status.OK, result.error
    assert result.format == "doc"
    assert result.document is not None
    assert result.document.format == "doc"
    assert result.document.extractor.startswith("libreoffice+python-docx")
    assert "1. Purpose" in [b.text for b in result.document.blocks if b.kind == "heading"]


@pytest.mark.slow
@pytest.mark.skipif(not has_antiword(), reason="antiword is not installed")
def test_antiword_reads_a_doc_when_libreoffice_is_missing(
        twins: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy, "find_converter", lambda: None)
    result = extract(twins["doc"])
    assert result.status is Status.OK, result.error
    assert result.document is not None
    assert result.document.extractor == "antiword"
    texts = [b.text for b in result.document.blocks]
    assert "Information Sharing Protocol" in texts
    cells = {b.text for b in result.document.blocks if b.kind == "table_cell"}
    assert {"Partner details", "Essex Police", "Annually", "Lead"} <= cells


@pytest.mark.slow
@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice (soffice) is not installed")
def test_rtf_saved_as_doc_is_converted_as_rtf(tmp_path: Path) -> None:
    rtf = tmp_path / "old-template.doc"
    rtf.write_text(r"{\rtf1\ansi {\b Purpose}\par The partners share data lawfully.\par}")
    result = extract(rtf)
    assert result.status is Status.OK, result.error
    assert result.format == "rtf"
    assert result.document is not None
    assert [(b.kind, b.text) for b in result.document.blocks] == [
        ("heading", "Purpose"), ("paragraph", "The partners share data lawfully.")]
    assert result.document.warnings == ["file is named .doc but contains RTF; read as rtf"]
