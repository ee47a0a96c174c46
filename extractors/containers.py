"""ZIP containers (DOCX, ODT) read under the size limits, judged before anything unpacks them.

A package is checked in the order that costs least, and refused at the first problem:

1. the central directory: each member's declared size against ``part_bytes``, their sum
   against ``unpacked_bytes``, and the compression (only stored and deflate, which Word and
   OpenDocument use, and whose output can be read in bounded chunks): nothing is unpacked;
2. the prolog of each XML part (``*.xml``, ``*.rels``), from its first few KiB only: a
   ``<!DOCTYPE`` or ``<!ENTITY`` there is refused, since these parts never need a DTD and a
   "billion laughs" document needs one;
3. every member, unpacked in bounded chunks and counted: it must hold no more than it
   declares. ``zipfile`` cuts what it returns at the declared size, but ``ZipFile.read``
   (which python-docx uses) inflates the whole stream in one call before cutting it, so a
   forged small size would still allocate everything the member really holds.
"""

from __future__ import annotations

import codecs
import copy
import re
import zipfile
from dataclasses import dataclass

from .limits import MIB, Limits
from .model import Status

#: How much of an XML part is read to find its prolog; real ones end within 100 bytes.
PROLOG_BYTES = 4096
_CHUNK = 1 << 16
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate",
            zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "lzma"}
_READABLE = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_XML_PARTS = (".xml", ".rels")
_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)  # space, PIs, comments
_ROOT_START = re.compile(r"<[^?!\s]")
_ENCODING = re.compile(r"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
#: Encodings implied by a byte order mark or by how ``<`` is written (XML 1.0, appendix F).
_IMPLIED = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
            (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16"), (b"<\x00\x00\x00", "utf-32-le"),
            (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"))


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a package is not read: the status to record and a one-line error."""

    status: Status
    error: str


def describe_size(size: int) -> str:
    """A byte count as people read it: "100 bytes", "12.5 KiB", "1.0 GiB"."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", MIB), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def check_sizes(archive: zipfile.ZipFile, limits: Limits) -> Refusal | None:
    """Declared sizes from the central directory against the limits; nothing is unpacked."""
    total = 0
    for info in archive.infolist():
        if info.file_size > limits.part_bytes:
            return Refusal(Status.TOO_LARGE, f"{info.filename} unpacks to "
                           f"{describe_size(info.file_size)}, over the limit of "
                           f"{limits.part_mib} MiB per part (ISP_MAX_PART)")
        total += info.file_size
    if total > limits.unpacked_bytes:
        return Refusal(Status.TOO_LARGE, f"the package unpacks to {describe_size(total)} in "
                       f"all, over the limit of {limits.unpacked_mib} MiB (ISP_MAX_UNPACKED)")
    return None


def check_package(archive: zipfile.ZipFile, limits: Limits) -> Refusal | None:
    """Sizes, compression and XML prologs, then every member unpacked once in bounded chunks.

    After it returns ``None``, any member may be read whole: it holds what it declares. Raises
    ``zipfile.BadZipFile`` for a damaged member (a bad CRC) or one that holds more than it
    declares.
    """
    refusal = check_sizes(archive, limits) or _check_methods(archive)
    if refusal is not None:
        return refusal
    for info in archive.infolist():
        if not info.filename.lower().endswith(_XML_PARTS):
            continue
        problem = _prolog_problem(archive, info)
        if problem is not None:
            return Refusal(Status.UNSAFE, f"{info.filename} {problem}")
    for info in archive.infolist():
        _verify_size(archive, info)
    return None


def read_head(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo, size: int) -> bytes:
    """At most ``size`` bytes from the start of a member, whatever it claims to hold.

    Raises ``zipfile.BadZipFile`` for a compression that cannot be read in bounded chunks
    (bzip2 and lzma inflate a whole compressed chunk at once, however large the result).
    """
    info = member if isinstance(member, zipfile.ZipInfo) else archive.getinfo(member)
    if info.compress_type not in _READABLE:
        raise zipfile.BadZipFile(f"{info.filename} is compressed with "
                                 f"{_method(info)}, which Word and OpenDocument packages never use")
    with archive.open(info) as handle:
        return handle.read(size)


def _check_methods(archive: zipfile.ZipFile) -> Refusal | None:
    for info in archive.infolist():
        if info.flag_bits & 0x1:
            return Refusal(Status.CORRUPT, f"{info.filename} is encrypted with ZIP encryption, "
                           "which Word and OpenDocument packages never use")
        if info.compress_type not in _READABLE:
            return Refusal(Status.CORRUPT, f"{info.filename} is compressed with "
                           f"{_method(info)}, which Word and OpenDocument packages never use")
    return None


def _method(info: zipfile.ZipInfo) -> str:
    return _METHODS.get(info.compress_type, f"method {info.compress_type}")


def _prolog_problem(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str | None:
    """What is wrong with the part's prolog, read from its first :data:`PROLOG_BYTES` only.

    A comment or processing instruction may come before a DTD, so they are skipped whole; a
    prolog that runs on past what was read may hide one, so it is refused too.
    """
    head = read_head(archive, info, PROLOG_BYTES)
    texts = _decodings(head)
    if texts is None:
        return "declares an XML encoding that cannot be checked; refused"
    for text in texts:
        position = 0
        while item := _PROLOG_ITEM.match(text, position):
            position = item.end()
        rest = text[position:]
        if rest.startswith("<!") and not rest.startswith("<!--"):
            return "declares XML entities (a 'billion laughs' pattern); refused"
        if len(head) >= PROLOG_BYTES and not _ROOT_START.match(rest):
            return (f"has no root element in its first {PROLOG_BYTES // 1024} KiB "
                    "(a prolog that long may hide XML entities); refused")
    return None


def _decodings(head: bytes) -> list[str] | None:
    """``head`` as text in each encoding the XML parser might choose: the one its byte order
    mark or first bytes imply, and the one it declares (``None``: one Python cannot decode).
    """
    implied = next((name for start, name in _IMPLIED if head.startswith(start)), "utf-8")
    text = head.decode(implied, "replace")
    declared = _ENCODING.match(text)
    if declared is None:
        return [text]
    try:
        as_declared = head.decode(codecs.lookup(declared.group(1)).name, "replace")
    except (LookupError, UnicodeError):
        return None
    return [text, as_declared.lstrip("\ufeff")]


def _verify_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Unpack a member in bounded chunks; raise unless it holds no more than it declares.

    It is opened as if it declared one byte more, so that ``zipfile`` does not hide the excess.
    """
    probe = copy.copy(info)
    probe.file_size = info.file_size + 1
    seen = 0
    with archive.open(probe) as handle:
        while chunk := handle.read(_CHUNK):
            seen += len(chunk)
            if seen > info.file_size:
                raise zipfile.BadZipFile(
                    f"{info.filename} unpacks to more than the {describe_size(info.file_size)} "
                    "its directory declares (a forged size)")
