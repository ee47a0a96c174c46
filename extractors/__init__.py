"""Extractors: one per file format, all returning the document model, behind :func:`extract`.

>>> result = extract(Path("agreement.pdf"))          # doctest: +SKIP
>>> result.status, result.document.blocks[0].text     # doctest: +SKIP
(<Status.OK: 'ok'>, 'Information Sharing Protocol')

The format is judged from the file's content (:func:`sniff_format`), not its name: a ``.doc``
that Word saved as DOCX is read as DOCX. A bad document is never an exception: it comes back
as an :class:`Extraction` whose ``status`` says what is wrong and whose ``error`` says it in
one line. Every file is read under :class:`Limits`: one too large to read, or a container
that would unpack to too much, comes back ``too_large`` before it is unpacked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from .containers import describe_size
from .legacy import extract_legacy
from .limits import Limits
from .model import Block, Document, Extraction, Status, StyleCues, TransientError, clean_text
from .pdf import extract_pdf
from .sniff import Sniffed, sniff, sniff_format
from .text import extract_text
from .word import extract_docx

__all__ = [
    "Block", "Document", "Extraction", "Status", "StyleCues", "TransientError", "clean_text",
    "Limits", "extract",
    "sniff_format",
]

log = logging.getLogger(__name__)

Extractor = Callable[[Path, str, Limits], Extraction]

_EXTRACTORS: dict[str, Extractor] = {
    "pdf": lambda path, fmt, limits: extract_pdf(path, limits),
    "docx": lambda path, fmt, limits: extract_docx(path, limits),
    "doc": extract_legacy,
    "odt": extract_legacy,
    "rtf": extract_legacy,
    "txt": lambda path, fmt, limits: extract_text(path, fmt),
    "md": lambda path, fmt, limits: extract_text(path, fmt),
}


def extract(path: Path, limits: Limits | None = None) -> Extraction:
    """Read one file into a :class:`Document`, whatever its format.

    Never raises for a bad document: empty, damaged, encrypted, misnamed, scanned or
    unsupported files come back with that status and a one-line error. A failure inside an
    extractor (a bug) comes back as ``Status.ERROR`` with the exception text. Raises
    ``OSError`` only when the file itself cannot be opened (missing, permission denied), and
    :class:`TransientError` when a converter failed in a way a retry may mend.

    ``limits`` (by default :meth:`Limits.from_env`) bound the file's size and what its
    container may unpack to; time and memory are the caller's to enforce.
    """
    path = Path(path)
    limits = limits or Limits.from_env()
    too_large = _too_large(path, limits)
    if too_large is not None:
        log.info("%s: %s", path.name, too_large.error)
        return too_large
    sniffed = sniff(path, limits)
    if sniffed.status is not None:
        log.info("%s: %s (%s)", path.name, sniffed.status, sniffed.error)
        return Extraction.failed(sniffed.status, sniffed.error or str(sniffed.status),
                                 sniffed.format)
    extractor = _EXTRACTORS.get(sniffed.format)
    if extractor is None:  # sniff() marks every unread format; this is a safety net
        return Extraction.failed(Status.UNSUPPORTED, f"unsupported format: {sniffed.format}",
                                 sniffed.format)
    result = _run(extractor, path, sniffed, limits)
    if result.format is None:
        result.format = sniffed.format
    if result.document is not None and result.pages is None:
        result.pages = result.document.pages
    return result


def _too_large(path: Path, limits: Limits) -> Extraction | None:
    """``too_large`` for a file over ``limits.file_bytes``, judged by its size alone."""
    size = path.stat().st_size
    if size <= limits.file_bytes:
        return None
    return Extraction.failed(Status.TOO_LARGE, f"file is {describe_size(size)}, over the limit "
                             f"of {limits.file_mib} MiB per file (ISP_MAX_FILE)")


def _run(extractor: Extractor, path: Path, sniffed: Sniffed, limits: Limits) -> Extraction:
    try:
        result = extractor(path, sniffed.format, limits)
    except (TransientError, MemoryError):
        raise  # a retry may mend it, or the memory limit names it: nothing about the document
    except Exception as exc:  # a bug in an extractor must not stop the batch
        log.exception("extracting %s failed", path)
        return Extraction.failed(Status.ERROR, f"{type(exc).__name__}: {exc}", sniffed.format)
    if sniffed.note and result.document is not None:
        result.document.warnings.insert(0, sniffed.note)
    return result
