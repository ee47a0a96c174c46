"""Containers are judged before they are unpacked: zip bombs, billion laughs, oversized files.

Every refusal is shown to be cheap by its peak memory (``tracemalloc``), never by timing: the
bombs unpack to a gibibyte, so a refusal that stays under a few MiB unpacked nothing.
"""

from __future__ import annotations

import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import docx
import pytest

import extractors
from extractors import Extraction, Limits, Status, extract, legacy
from extractors.containers import check_package, describe_size
from extractors.sniff import sniff
from tests.crafted import DOCUMENT_HEAD, DOCUMENT_TAIL, LAUGHS, laughing_document

from .support import libreoffice
from .zip_writer import Member, members_of, write_zip

T = TypeVar("T")
GIB = 1 << 30
MIB = 1 << 20
#: Far below one part's limit (64 MiB) and the bombs' gibibyte; far above a refusal's needs.
SMALL_PEAK = 8 * MIB

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODT_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
            b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            b'office:version="1.2"><office:body><office:text>')
ODT_TAIL = (b"<text:p>The partners share data lawfully.</text:p>"
            b"</office:text></office:body></office:document-content>")
ODT_MANIFEST = (b'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                b'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                b'manifest:version="1.2" manifest:media-type="application/vnd.oasis.'
                b'opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
                b'manifest:media-type="text/xml"/></manifest:manifest>')
def _peak(call: Callable[[], T]) -> tuple[T, int]:
    """What ``call`` returns, and the most memory Python held while it ran."""
    tracemalloc.start()
    try:
        return call(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _assert_refused(result: Extraction, status: Status, error: str) -> None:
    assert result.status is status, result.error
    assert result.error == error
    assert "\n" not in error


def _spaces(name: str, head: bytes, tail: bytes) -> Member:
    """A member of one GiB of spaces between ``head`` and ``tail``, about 1 MB deflated."""
    return Member.repeated(name, head, b" " * MIB, 1024, tail)


@pytest.fixture(scope="session")
def docx_members(tmp_path_factory: pytest.TempPathFactory) -> list[Member]:
    """The parts of a small real python-docx package."""
    document = docx.Document()
    document.add_paragraph("The partners share data lawfully.")
    path = tmp_path_factory.mktemp("package") / "base.docx"
    document.save(str(path))
    return members_of(path)


def _docx(path: Path, members: list[Member], part: Member) -> Path:
    """The package ``members`` with ``part`` in place of the member of its name (or added)."""
    kept = [m for m in members if m.name != part.name]
    return write_zip(path, [*kept, part])


def _odt(path: Path, content: Member, mimetype: Member | None = None) -> Path:
    return write_zip(path, [mimetype or Member.stored("mimetype", ODT_MIMETYPE),
                            Member.deflated("META-INF/manifest.xml", ODT_MANIFEST), content])


@pytest.fixture(scope="session")
def docx_bomb_part() -> Member:
    """``word/document.xml`` of 1 GiB of spaces inside a valid ``w:document``."""
    return _spaces("word/document.xml", DOCUMENT_HEAD, DOCUMENT_TAIL)


@pytest.fixture(scope="session")
def docx_bomb(tmp_path_factory: pytest.TempPathFactory, docx_members: list[Member],
              docx_bomb_part: Member) -> Path:
    return _docx(tmp_path_factory.mktemp("bombs") / "bomb.docx", docx_members, docx_bomb_part)


@pytest.fixture(scope="session")
def odt_bomb_part() -> Member:
    """``content.xml`` of 1 GiB of spaces inside a valid ``office:document-content``."""
    return _spaces("content.xml", ODT_HEAD, ODT_TAIL)


@pytest.fixture(scope="session")
def odt_bomb(tmp_path_factory: pytest.TempPathFactory, odt_bomb_part: Member) -> Path:
    return _odt(tmp_path_factory.mktemp("bombs") / "bomb.odt", odt_bomb_part)


@pytest.fixture
def no_member_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if any ZIP member is opened (that is, about to be unpacked)."""
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a ZIP member was opened")
    monkeypatch.setattr(zipfile.ZipFile, "open", forbidden)


@pytest.fixture
def no_conversion(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend LibreOffice is installed, and fail if it is asked to convert anything."""
    def forbidden(*args: object, **kwargs: object) -> Extraction:
        raise AssertionError("LibreOffice was asked to convert a refused file")
    monkeypatch.setattr(legacy, "find_converter", lambda: "soffice")
    monkeypatch.setattr(legacy, "convert_and_read", forbidden)


# -- the file itself -------------------------------------------------------------------------


def test_a_file_over_the_file_limit_is_too_large_before_its_content_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"\x00" * (3 * MIB // 2 - 9))
    monkeypatch.setattr(extractors, "sniff", lambda *args: pytest.fail("the file was sniffed"))
    result = extract(big, Limits(file_mib=1))
    _assert_refused(result, Status.TOO_LARGE,
                    "file is 1.5 MiB, over the limit of 1 MiB per file (ISP_MAX_FILE)")
    assert result.format is None  # nothing read, so nothing known


def test_isp_max_file_from_the_environment_applies_when_no_limits_are_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Lawful sharing.\n" * (2 * MIB // 16))
    monkeypatch.setenv("ISP_MAX_FILE", "1")
    _assert_refused(extract(big), Status.TOO_LARGE,
                    "file is 2.0 MiB, over the limit of 1 MiB per file (ISP_MAX_FILE)")
    monkeypatch.delenv("ISP_MAX_FILE")
    assert extract(big).status is Status.OK


# -- zip bombs ---------------------------------------------------------------------------------


def test_a_docx_zip_bomb_is_too_large_and_nothing_is_unpacked(
        docx_bomb: Path, no_member_opened: None) -> None:
    assert docx_bomb.stat().st_size < 2 * MIB
    result, peak = _peak(lambda: extract(docx_bomb, Limits()))
    _assert_refused(result, Status.TOO_LARGE, "word/document.xml unpacks to 1.0 GiB, over the "
                    "limit of 64 MiB per part (ISP_MAX_PART)")
    assert result.format == "docx"
    assert peak < SMALL_PEAK


def test_parts_that_add_up_to_more_than_the_unpacked_limit_are_too_large(
        docx_bomb: Path, no_member_opened: None) -> None:
    result, peak = _peak(lambda: extract(docx_bomb, Limits(part_mib=2048, unpacked_mib=512)))
    _assert_refused(result, Status.TOO_LARGE, "the package unpacks to 1.0 GiB in all, over the "
                    "limit of 512 MiB (ISP_MAX_UNPACKED)")
    assert peak < SMALL_PEAK


def test_an_odt_zip_bomb_is_too_large_before_libreoffice_sees_it(
        odt_bomb: Path, no_member_opened: None, no_conversion: None) -> None:
    result, peak = _peak(lambda: extract(odt_bomb, Limits()))
    _assert_refused(result, Status.TOO_LARGE, "content.xml unpacks to 1.0 GiB, over the limit "
                    "of 64 MiB per part (ISP_MAX_PART)")
    assert result.format == "odt"
    assert peak < SMALL_PEAK


def test_an_odt_zip_bomb_is_refused_by_the_odt_extractor_itself(
        odt_bomb: Path, no_conversion: None) -> None:
    result, peak = _peak(lambda: legacy.extract_legacy(odt_bomb, "odt", Limits()))
    assert result.status is Status.TOO_LARGE
    assert peak < SMALL_PEAK


def test_sniff_refuses_a_bomb_in_the_mimetype_member_without_reading_it(
        tmp_path: Path, odt_bomb_part: Member, no_member_opened: None) -> None:
    odt = _odt(tmp_path / "mimetype-bomb.odt", Member.deflated("content.xml", ODT_HEAD + ODT_TAIL),
               mimetype=odt_bomb_part.renamed("mimetype"))
    sniffed = sniff(odt, Limits())
    assert (sniffed.format, sniffed.status) == ("odt", Status.TOO_LARGE)
    assert sniffed.error == ("mimetype unpacks to 1.0 GiB, over the limit of 64 MiB per part "
                             "(ISP_MAX_PART)")


# -- forged sizes --------------------------------------------------------------------------


def _read_in_chunks(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive, archive.open(name) as member:
        return b"".join(iter(lambda: member.read(1 << 16), b""))


def test_zipfile_never_yields_more_than_a_member_declares(
        tmp_path: Path, docx_members: list[Member], docx_bomb_part: Member) -> None:
    crc = zlib.crc32(DOCUMENT_HEAD[:100])  # forged to match what the declared size cuts
    forged = _docx(tmp_path / "forged.docx", docx_members, docx_bomb_part.declaring(100, crc))
    read, peak = _peak(lambda: _read_in_chunks(forged, "word/document.xml"))
    assert read == DOCUMENT_HEAD[:100]  # of the 1 GiB the member really holds
    assert peak < SMALL_PEAK


def test_a_member_whose_size_alone_is_forged_fails_its_crc(
        tmp_path: Path, docx_members: list[Member], docx_bomb_part: Member) -> None:
    forged = _docx(tmp_path / "forged.docx", docx_members, docx_bomb_part.declaring(100))
    with pytest.raises(zipfile.BadZipFile, match="Bad CRC-32 for file 'word/document.xml'"):
        _read_in_chunks(forged, "word/document.xml")


def test_zipfile_read_inflates_a_forged_member_whole_before_cutting_it(
        tmp_path: Path, docx_members: list[Member]) -> None:
    # why check_package unpacks every member in chunks first: python-docx uses ZipFile.read
    crc = zlib.crc32(DOCUMENT_HEAD[:100])
    bomb = Member.repeated("word/document.xml", DOCUMENT_HEAD, b" " * MIB, 32, DOCUMENT_TAIL)
    forged = _docx(tmp_path / "forged.docx", docx_members, bomb.declaring(100, crc))
    with zipfile.ZipFile(forged) as archive:
        read, peak = _peak(lambda: archive.read("word/document.xml"))
    assert len(read) == 100
    assert peak > 32 * MIB


@pytest.mark.parametrize(("name", "crc_of", "error"), [
    pytest.param("word/document.xml", None, "Bad CRC-32 for file 'word/document.xml'",
                 id="crc-of-the-whole-stream"),
    pytest.param("word/document.xml", 100, "Bad CRC-32 for file 'word/document.xml'",
                 id="crc-of-the-declared-bytes"),
    pytest.param("word/media/image1.png", 101, "word/media/image1.png unpacks to more than "
                 "the 100 bytes its directory declares (a forged size)",
                 id="crc-of-one-byte-more"),
])
def test_a_member_with_a_forged_small_size_is_corrupt_and_never_unpacked_whole(
        tmp_path: Path, docx_members: list[Member], docx_bomb_part: Member, name: str,
        crc_of: int | None, error: str) -> None:
    crc = None if crc_of is None else zlib.crc32(DOCUMENT_HEAD[:crc_of])
    member = docx_bomb_part.renamed(name).declaring(100, crc)
    forged = _docx(tmp_path / "forged.docx", docx_members, member)
    result, peak = _peak(lambda: extract(forged, Limits()))
    _assert_refused(result, Status.CORRUPT, f"not a readable Word file: {error}")
    assert peak < SMALL_PEAK


def test_a_member_compressed_with_bzip2_is_refused_unread(
        tmp_path: Path, docx_members: list[Member]) -> None:
    path = tmp_path / "bzip2.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in docx_members:
            archive.writestr(member.name, zlib.decompress(member.data, -15),
                             zipfile.ZIP_BZIP2 if member.name == "word/document.xml" else None)
    _assert_refused(extract(path, Limits()), Status.CORRUPT, "word/document.xml is compressed "
                    "with bzip2, which Word and OpenDocument packages never use")


# -- entity declarations ------------------------------------------------------------------------


def test_a_billion_laughs_docx_is_unsafe(tmp_path: Path, docx_members: list[Member]) -> None:
    path = _docx(tmp_path / "laughs.docx", docx_members,
                 Member.deflated("word/document.xml", laughing_document()))
    result, peak = _peak(lambda: extract(path, Limits()))
    _assert_refused(result, Status.UNSAFE, "word/document.xml declares XML entities "
                    "(a 'billion laughs' pattern); refused")
    assert peak < SMALL_PEAK


def test_an_odt_billion_laughs_is_unsafe_before_libreoffice_sees_it(
        tmp_path: Path, no_conversion: None) -> None:
    content = ODT_HEAD.replace(b"?>\n", b"?>\n" + LAUGHS, 1) + b"<text:p>&lol9;</text:p>" \
        + ODT_TAIL
    path = _odt(tmp_path / "laughs.odt", Member.deflated("content.xml", content))
    _assert_refused(extract(path, Limits()), Status.UNSAFE, "content.xml declares XML entities "
                    "(a 'billion laughs' pattern); refused")


@pytest.mark.parametrize(("part", "content"), [
    pytest.param("word/document.xml", laughing_document(b"<!-- <w:document> -->" + LAUGHS),
                 id="after-a-comment-holding-a-tag"),
    pytest.param("word/document.xml", laughing_document().decode()
                 .replace('"UTF-8"', '"UTF-16"').encode("utf-16"), id="in-utf-16"),
    pytest.param("word/document.xml", laughing_document(
        b'<!DOCTYPE w:document SYSTEM "file:///etc/passwd">'), id="an-external-dtd"),
    pytest.param("word/document.xml", laughing_document(b'<!ENTITY lol9 "lol">'),
                 id="an-entity-outside-a-doctype"),
    pytest.param("_rels/.rels", b'<?xml version="1.0"?>' + LAUGHS + b"<Relationships/>",
                 id="in-a-rels-part"),
])
def test_entity_declarations_are_found_however_the_prolog_is_written(
        tmp_path: Path, docx_members: list[Member], part: str, content: bytes) -> None:
    path = _docx(tmp_path / "hidden.docx", docx_members, Member.deflated(part, content))
    _assert_refused(extract(path, Limits()), Status.UNSAFE,
                    f"{part} declares XML entities (a 'billion laughs' pattern); refused")


def test_a_prolog_longer_than_what_is_read_is_unsafe(
        tmp_path: Path, docx_members: list[Member]) -> None:
    padded = laughing_document(b"<!--" + b" " * 5000 + b"-->" + LAUGHS)
    path = _docx(tmp_path / "padded.docx", docx_members,
                 Member.deflated("word/document.xml", padded))
    _assert_refused(extract(path, Limits()), Status.UNSAFE, "word/document.xml has no root "
                    "element in its first 4 KiB (a prolog that long may hide XML entities); "
                    "refused")


def test_an_encoding_that_cannot_be_checked_is_unsafe(
        tmp_path: Path, docx_members: list[Member]) -> None:
    odd = laughing_document(b"").replace(b'encoding="UTF-8"', b'encoding="x-nonesuch"')
    path = _docx(tmp_path / "odd.docx", docx_members, Member.deflated("word/document.xml", odd))
    _assert_refused(extract(path, Limits()), Status.UNSAFE, "word/document.xml declares an XML "
                    "encoding that cannot be checked; refused")


# -- ordinary files still read --------------------------------------------------------------


def test_a_normal_docx_still_reads_under_the_default_limits(twin_docx: Path) -> None:
    result = extract(twin_docx, Limits())
    assert result.status is Status.OK, result.error
    assert result.document is not None
    assert "Information Sharing Protocol" in result.document.text


def test_a_normal_odt_package_passes_the_checks(tmp_path: Path) -> None:
    odt = _odt(tmp_path / "minutes.odt", Member.deflated("content.xml", ODT_HEAD + ODT_TAIL))
    with zipfile.ZipFile(odt) as archive:
        assert check_package(archive, Limits()) is None


@pytest.mark.slow
@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice (soffice) is not installed")
def test_a_normal_odt_still_reads_under_the_default_limits(tmp_path: Path) -> None:
    odt = _odt(tmp_path / "minutes.odt", Member.deflated("content.xml", ODT_HEAD + ODT_TAIL))
    result = extract(odt, Limits())
    assert result.status is Status.OK, result.error
    assert result.document is not None
    assert result.document.text == "The partners share data lawfully."


def test_real_word_and_odt_packages_pass_the_checks(realdocs: Path) -> None:
    packages = sorted([*realdocs.glob("*.docx"), *realdocs.glob("*.odt")])
    assert packages
    for path in packages:
        with zipfile.ZipFile(path) as archive:
            assert check_package(archive, Limits()) is None, path.name


@pytest.mark.parametrize(("size", "text"), [
    (100, "100 bytes"), (1536, "1.5 KiB"), (64 * MIB, "64.0 MiB"), (GIB + 200, "1.0 GiB")])
def test_sizes_are_described_in_binary_units(size: int, text: str) -> None:
    assert describe_size(size) == text
