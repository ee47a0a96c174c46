"""What a file really is, judged by its bytes rather than its name.

Files arrive misnamed: a ``.doc`` that Word saved as DOCX, a ``.pdf`` that is the HTML error
page a download returned. :func:`sniff` reads the first bytes (and a container's directory) to
name the real format, then settles what the content alone can settle: an empty file, an
encrypted Office file, a format we do not read, or a name that promises another format.
"""

from __future__ import annotations

import codecs
import logging
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from .containers import check_sizes, read_head
from .limits import Limits
from .model import Status
from .ole import OleError, OleFile, word_is_encrypted

log = logging.getLogger(__name__)

_HEAD_BYTES = 8192
_MIMETYPE_BYTES = 256  # an ODF mimetype member is one short line
_ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"

#: Formats an extractor reads.
READABLE = frozenset({"pdf", "docx", "doc", "odt", "rtf", "txt", "md"})

#: File extensions that claim a format, so content of another kind means a misnamed file.
_CLAIMED = {
    "pdf": "pdf", "docx": "docx", "docm": "docx", "dotx": "docx", "dotm": "docx",
    "doc": "doc", "dot": "doc", "odt": "odt", "rtf": "rtf",
    "txt": "txt", "text": "txt", "md": "md", "markdown": "md",
}
#: Readable descriptions of the formats we recognise but do not read.
_DESCRIPTIONS = {
    "html": "HTML", "xml": "XML", "rtf": "RTF", "csv": "CSV", "text": "plain text",
    "xlsx": "an Excel workbook (xlsx)", "xls": "an Excel workbook (xls)",
    "pptx": "a PowerPoint presentation (pptx)", "ppt": "a PowerPoint presentation (ppt)",
    "ods": "an OpenDocument spreadsheet (ods)", "odp": "an OpenDocument presentation (odp)",
    "zip": "a ZIP archive", "ole": "an OLE2 compound file", "png": "a PNG image",
    "jpeg": "a JPEG image", "gif": "a GIF image", "tiff": "a TIFF image", "bmp": "a BMP image",
    "webp": "a WebP image", "gzip": "a gzip archive", "unknown": "unrecognised binary data",
    "pdf": "PDF", "docx": "a Word document (docx)", "doc": "a legacy Word document (doc)",
    "odt": "an OpenDocument text (odt)", "txt": "plain text", "md": "Markdown text",
}
_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF87a", "gif"),
    (b"GIF89a", "gif"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"), (b"BM", "bmp"),
    (b"\x1f\x8b", "gzip"),
)


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The real format of a file, and the status its content settles (``None``: go on and read).

    ``format`` is what the bytes are ("pdf", "docx", "html", "xlsx", "unknown"…), or the
    claimed format when a damaged container can no longer tell.
    """

    format: str
    extension: str
    status: Status | None = None
    error: str | None = None
    note: str | None = None  # a harmless surprise worth a warning, e.g. a .doc that is DOCX


def sniff_format(path: Path) -> str:
    """The format ``path`` really holds, from its content: "pdf", "docx", "doc", "html"…"""
    return sniff(path).format


def sniff(path: Path, limits: Limits | None = None) -> Sniffed:
    """Identify ``path`` by content. Raises ``OSError`` only when the file cannot be read.

    A ZIP container whose directory declares more than ``limits`` allow (by default
    :meth:`Limits.from_env`) is ``too_large`` before any member is unpacked.
    """
    extension = path.suffix.lower().lstrip(".")
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if not head:
        return Sniffed("empty", extension, Status.EMPTY, "file is empty (0 bytes)")
    content = _content_format(path, head, extension, limits or Limits.from_env())
    if isinstance(content, Sniffed):
        return content
    return _judge(content, extension)


def _content_format(path: Path, head: bytes, extension: str,
                    limits: Limits) -> str | Sniffed:
    if b"%PDF" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(path, extension, limits)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _ole_format(path, extension)
    for magic, name in _IMAGE_MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    text = _decode_text(head)
    if text is None:
        return "unknown"
    return _text_format(text, extension)


def _zip_format(path: Path, extension: str, limits: Limits) -> str | Sniffed:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            refusal = check_sizes(archive, limits)
            if refusal is not None:
                fmt = "docx" if "word/document.xml" in names else _claimed_container(extension)
                return Sniffed(fmt, extension, refusal.status, refusal.error)
            mimetype = read_head(archive, "mimetype", _MIMETYPE_BYTES) \
                .decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, ValueError) as exc:
        fmt = _claimed_container(extension)
        if fmt == "docx":
            return "docx"  # the Word extractor says what is wrong with it
        return Sniffed(fmt, extension, Status.CORRUPT,
                       f"damaged or truncated ZIP container ({exc})")
    if "word/document.xml" in names:
        return "docx"
    if mimetype == _ODT_MIMETYPE or mimetype.startswith(_ODT_MIMETYPE + "-template"):
        return "odt"
    if mimetype.startswith("application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    if mimetype.startswith("application/vnd.oasis.opendocument.presentation"):
        return "odp"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "[Content_Types].xml" in names and _CLAIMED.get(extension) == "docx":
        return Sniffed("docx", extension, Status.CORRUPT,
                       "not a readable Word file: the package has no word/document.xml")
    return "zip"


def _claimed_container(extension: str) -> str:
    """The container format the name claims ("docx" for a .doc too), else "zip"."""
    claimed = _CLAIMED.get(extension)
    if claimed in ("docx", "doc"):
        return "docx"
    return "odt" if claimed == "odt" else "zip"


def _ole_format(path: Path, extension: str) -> str | Sniffed:
    try:
        ole = OleFile.open(path)
        streams = ole.stream_names()
        if "EncryptedPackage" in streams:
            fmt = _CLAIMED.get(extension) or "docx"
            return Sniffed(fmt, extension, Status.ENCRYPTED,
                           "Office file is encrypted (password-protected); "
                           "cannot read without the password")
        if "WordDocument" in streams:
            if word_is_encrypted(ole):
                return Sniffed("doc", extension, Status.ENCRYPTED,
                               "Word .doc is encrypted (password-protected); "
                               "cannot read without the password")
            return "doc"
    except (OleError, KeyError) as exc:
        fmt = "doc" if _CLAIMED.get(extension) == "doc" else "ole"
        return Sniffed(fmt, extension, Status.CORRUPT,
                       f"damaged or truncated legacy Office file ({exc})")
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    if "PowerPoint Document" in streams:
        return "ppt"
    return "ole"


def _decode_text(head: bytes) -> str | None:
    """The head as text when it is UTF-8 or cp1252 text (no NULs, few control characters)."""
    if b"\x00" in head:
        return None
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    return text if controls <= len(text) // 100 else None


def _text_format(text: str, extension: str) -> str:
    start = text.lstrip().lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    if start.startswith("{\\rtf"):
        return "rtf"
    if start.startswith("<?xml"):
        return "html" if "<html" in start[:1024] else "xml"
    claimed = _CLAIMED.get(extension)
    if claimed in ("txt", "md"):
        return claimed
    if extension in ("csv", "tsv"):
        return "csv"
    return "text"


def _judge(content: str, extension: str) -> Sniffed:
    """Settle what the content and the name together say."""
    claimed = _CLAIMED.get(extension)
    named = f".{extension}" if extension else "without an extension"
    if content in READABLE:
        note = None
        if claimed and claimed != content:
            note = f"file is named {named} but contains {_describe(content)}; read as {content}"
            log.info(note)
        return Sniffed(content, extension, note=note)
    if content == "unknown" and claimed and claimed not in ("txt", "md"):
        return Sniffed(claimed, extension, Status.CORRUPT,
                       f"file is named {named} but its content is not {_describe(claimed)} "
                       "(unrecognised or damaged data)")
    if claimed:
        return Sniffed(content, extension, Status.MISNAMED,
                       f"file is named {named} but contains {_describe(content)}")
    return Sniffed(content, extension, Status.UNSUPPORTED,
                   f"unsupported format: {_describe(content)} (file named {named})")


def _describe(fmt: str) -> str:
    return _DESCRIPTIONS.get(fmt, fmt)
