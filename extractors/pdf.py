"""PDF extractor: pdfplumber characters to blocks, with pypdfium2 as a quick gatekeeper.

pypdfium2 opens the file first because it is fast and says plainly when a password is needed.
pdfplumber then reads each page: words with their font size and weight, ruled tables, and the
lines in between (:mod:`.pdf_layout`). Lines that repeat in the top or bottom margin of most
pages, and bare page numbers there, are page furniture. A page that fails is a warning; a
document whose pages have no characters at all is a scan that needs OCR.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from . import ocr
from .labels import leading_label, looks_like_heading, normalise_bullet
from .limits import Limits
from .model import Block, BlockKind, Document, Extraction, Region, Status, StyleCues, clean_text
from .pdf_layout import (
    Item,
    Line,
    TableArea,
    Word,
    dominant_size,
    find_gutter,
    group_rows,
    normal_gap_ratio,
    page_tables,
    page_words,
    reading_order,
    split_blocks,
)

log = logging.getLogger(__name__)

EXTRACTOR = f"pdfplumber {pdfplumber.__version__}"

#: Top and bottom share of the page where headers and footers live.
MARGIN_SHARE = 0.08
#: A heading's font is at least this many points larger than the body text.
LARGER_BY = 1.0

_ENCRYPTED = "PDF is encrypted (password-protected); cannot read without the password"
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
_PDF_DATE = re.compile(
    r"^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?"
)
_METADATA_KEYS = {
    "Title": "title", "Author": "author", "Subject": "subject", "Keywords": "keywords",
    "Creator": "creator", "Producer": "producer", "CreationDate": "created",
    "ModDate": "modified",
}


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    items: list[Item] = field(default_factory=list)
    gutter: float | None = None
    chars: int = 0
    images: int = 0


def extract_pdf(path: Path, limits: Limits | None = None) -> Extraction:
    """Read a PDF into a :class:`Document`; never raises for a bad file. Pages without a
    text layer are read by OCR within a share of ``limits.seconds``."""
    truncated = not _has_eof_marker(path)
    page_count, refusal = _pdfium_check(path)
    if refusal is not None:
        return refusal
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # pdfminer fails on damaged files with all sorts of errors
        _raise_if_out_of_memory(exc)
        return _open_failure(exc, truncated, page_count)
    try:
        metadata = _metadata(pdf.metadata)
        page_count = len(pdf.pages)
    except Exception as exc:  # a damaged page tree or info dictionary
        _close(pdf)
        _raise_if_out_of_memory(exc)
        return _open_failure(exc, truncated, page_count)
    try:
        pages, warnings = _read_pages(pdf)
    except _PasswordNeeded as exc:
        return _open_failure(exc.cause, truncated, page_count)
    finally:
        _close(pdf)
    if truncated:
        warnings.insert(0, "no %%EOF marker at the end of the file: it may be truncated")
    scanned = [p.number for p in pages if not p.chars and (p.images or len(pages) == 1
                                                             or not any(q.chars for q in pages))]
    ocr_note = _ocr(path, pages, scanned, warnings, limits or Limits.from_env())
    result = _finish(pages, warnings, page_count, metadata, truncated, ocr_note)
    if result.document is not None and ocr_note.read:
        _mark_ocr(result.document, ocr_note)
    return result


@dataclass(slots=True)
class _OcrNote:
    read: set[int] = field(default_factory=set)  # pages whose words came from OCR
    engine: str | None = None
    unavailable: str | None = None  # why OCR could not run


def _ocr(path: Path, pages: list[_Page], scanned: list[int], warnings: list[str],
         limits: Limits) -> _OcrNote:
    """Replace each scanned page by its OCR reading, in place."""
    note = _OcrNote()
    if not scanned:
        return note
    try:
        read, problems = ocr.read_pages(path, scanned, ocr.BUDGET_SHARE * limits.seconds)
    except ocr.OcrUnavailable as exc:
        note.unavailable = str(exc)
        return note
    warnings.extend(problems)
    by_number = {p.number: p for p in read}
    for position, page in enumerate(pages):
        got = by_number.get(page.number)
        if got is None or not got.words:
            continue
        content = _Content(got.width, got.height, sum(len(w.text) for w in got.words),
                           page.images, got.words, [])
        pages[position] = _layout_page(content, page.number)
        note.read.add(page.number)
    if note.read:
        binary = ocr.tesseract()
        note.engine = ocr.version(binary) if binary else "tesseract"
        warnings.append(f"{_count(len(note.read), 'page')} read by OCR ({note.engine}): "
                        "their text may have misread characters")
    return note


def _mark_ocr(document: Document, note: _OcrNote) -> None:
    for block in [*document.blocks, *document.furniture]:
        if block.page in note.read:
            block.path = ocr.PATH_PREFIX + block.path
    document.extractor = f"{EXTRACTOR} + {note.engine}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _close(pdf: Any) -> None:
    """Close a pdfplumber PDF, even one whose page tree could not be read."""
    try:
        pdf.close()
    except Exception:  # close() lists the pages again, and fails again
        pdf.stream.close()


def _has_eof_marker(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 4096))
        return b"%%EOF" in handle.read()


def _pdfium_check(path: Path) -> tuple[int | None, Extraction | None]:
    """Page count from pypdfium2, or the refusal when the file needs a password."""
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return None, Extraction.failed(Status.ENCRYPTED, _ENCRYPTED, "pdf")
        log.debug("pypdfium2 cannot open %s: %s", path, exc)
        return None, None  # let pdfplumber have its say, and report its error
    try:
        return len(document), None
    finally:
        document.close()


def _open_failure(exc: Exception, truncated: bool, pages: int | None) -> Extraction:
    """The status for a PDF that pdfplumber cannot open or list the pages of."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return Extraction.failed(Status.ENCRYPTED, _ENCRYPTED, "pdf", pages)
    if isinstance(cause, PDFEncryptionError):
        return Extraction.failed(
            Status.ENCRYPTED, f"PDF uses an encryption pdfminer cannot read ({cause})", "pdf", pages
        )
    reason = f"{type(cause).__name__}: {cause}".rstrip(": ")
    if truncated:
        message = f"PDF is truncated (no %%EOF marker) and cannot be parsed: {reason}"
    else:
        message = f"not a readable PDF: {reason}"
    return Extraction.failed(Status.CORRUPT, message, "pdf", pages)


class _PasswordNeeded(Exception):
    """pdfminer asked for a password only once it read a page."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


def _cause(exc: Exception) -> object:
    """What pdfminer raised, unwrapped from pdfplumber's own exception."""
    return exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc


def _raise_if_out_of_memory(exc: Exception) -> None:
    """A page too big for the memory limit is not a damaged page: let the limit say so."""
    cause = _cause(exc)
    if isinstance(cause, MemoryError):
        raise MemoryError(str(cause)) from exc


def _read_pages(pdf: Any) -> tuple[list[_Page], list[str]]:
    """Lay out every page; a page the PDF libraries cannot read becomes a warning.

    Only the libraries' reading of a page is guarded: an error in the layout code is a bug
    and propagates (the dispatcher reports it as ``Status.ERROR``).
    """
    pages: list[_Page] = []
    warnings: list[str] = []
    for number, page in enumerate(pdf.pages, start=1):
        try:
            content = _page_content(page)
        except Exception as exc:  # a damaged page must not lose the others
            _raise_if_out_of_memory(exc)
            cause = _cause(exc)
            if isinstance(cause, PDFPasswordIncorrect):
                raise _PasswordNeeded(exc) from exc
            log.info("page %d of PDF failed: %r", number, cause)
            warnings.append(f"page {number}: could not be read ({type(cause).__name__}: {cause})")
            continue
        finally:
            page.close()
        pages.append(_layout_page(content, number))
    return pages, warnings


@dataclass(slots=True)
class _Content:
    """What the PDF libraries read from one page."""

    width: float
    height: float
    chars: int
    images: int
    words: list[Word]
    tables: list[TableArea]


def _page_content(page: Any) -> _Content:
    chars = page.chars
    if chars and page.rotation in (90, 270) and _mostly_sideways(chars):
        unrotated = _unrotated(page)
        try:
            return _page_content(unrotated)
        finally:
            unrotated.close()
    words = page_words(page) if chars else []
    tables, words = page_tables(page, words) if words else ([], words)
    return _Content(float(page.width), float(page.height), len(chars), len(page.images), words,
                    tables)


def _layout_page(content: _Content, number: int) -> _Page:
    result = _Page(number, content.height, chars=content.chars, images=content.images)
    lines = group_rows(content.words)
    result.gutter = find_gutter(lines, content.width)
    result.items = reading_order(lines, content.tables, result.gutter)
    for n, line in enumerate(it for it in result.items if isinstance(it, Line)):
        line.number = n
    return result


def _mostly_sideways(chars: list[dict[str, Any]]) -> bool:
    return sum(1 for c in chars if not c.get("upright", True)) * 2 > len(chars)


def _unrotated(page: Any) -> Any:
    """The page as its content was written, without its ``/Rotate``.

    A page turned in a viewer and saved keeps its text the old way up, so in the turned view
    every line runs sideways. Read it unturned instead, where the lines are lines again.
    """
    log.info("page %d: reading rotated page as unrotated", page.page_number)
    page_obj = page.page_obj
    page_obj.attrs = {**page_obj.attrs, "Rotate": 0}
    page_obj.rotate = 0  # pdfminer applies this when it interprets the page
    page.close()
    return pdfplumber.page.Page(page.pdf, page_obj, page.page_number, page.initial_doctop)


def _finish(
    pages: list[_Page], warnings: list[str], page_count: int, metadata: dict[str, str],
    truncated: bool, ocr_note: _OcrNote,
) -> Extraction:
    if not pages:
        reason = warnings[-1] if warnings else "no page could be read"
        if truncated:
            reason = f"PDF is truncated (no %%EOF marker); {reason}"
        return Extraction.failed(Status.CORRUPT, reason, "pdf", page_count)
    if not any(p.chars for p in pages):
        if len(pages) < page_count:
            return Extraction.failed(Status.CORRUPT, warnings[-1], "pdf", page_count)
        why = (f"OCR is not available: {ocr_note.unavailable}" if ocr_note.unavailable
               else "OCR found no words on them")
        return Extraction.failed(
            Status.NO_TEXT, f"no text layer on any of {page_count} pages (a scanned image?); "
            f"{why}", "pdf", page_count)
    warnings.extend(
        f"page {p.number}: no text layer (a scanned image?)"
        for p in pages if not p.chars and p.images and p.number not in ocr_note.read
    )
    document = Document(format="pdf", pages=page_count, metadata=metadata, warnings=warnings,
                        extractor=EXTRACTOR)
    _fill(document, pages)
    if not document.blocks and not document.furniture:
        return Extraction.failed(Status.EMPTY, "the PDF's text layer has no readable text",
                                 "pdf", page_count)
    return Extraction(status=Status.OK, document=document, format="pdf", pages=page_count)


def _fill(document: Document, pages: list[_Page]) -> None:
    """Split furniture from body lines, group the body into blocks, and classify them."""
    repeated = _repeated_margin_lines(pages)
    bodies: list[list[Item]] = []
    for page in pages:
        body: list[Item] = []
        for item in page.items:
            region = _furniture_region(item, page, repeated)
            if region is None:
                body.append(item)
            elif isinstance(item, Line):
                document.furniture.append(_line_block(item, page.number, region,
                                                      len(document.furniture)))
        bodies.append(body)
    gap_ratio = normal_gap_ratio(bodies)
    body_size = _body_font_size(bodies)
    table = 0
    for page, body in zip(pages, bodies, strict=True):
        for group in split_blocks(body, gap_ratio, page.gutter):
            if isinstance(group, TableArea):
                _add_table(document, group, page.number, table, page_table=_page_table(page, group))
                table += 1
            else:
                document.blocks.append(_text_block(group, page.number, body_size,
                                                   len(document.blocks)))


def _page_table(page: _Page, table: TableArea) -> int:
    """The table's number on its page (for the path), counted top to bottom."""
    tables = [it for it in page.items if isinstance(it, TableArea)]
    return next(i for i, it in enumerate(tables) if it is table)


def _margin_region(line: Line, height: float) -> Region | None:
    if line.top < height * MARGIN_SHARE:
        return "header"
    if line.bottom > height * (1 - MARGIN_SHARE):
        return "footer"
    return None


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _repeated_margin_lines(pages: list[_Page]) -> set[str]:
    """Margin lines (digits ignored) found on at least half the pages of a multi-page PDF."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        keys = {
            _furniture_key(it.text) for it in page.items
            if isinstance(it, Line) and _margin_region(it, page.height)
        }
        seen.update(keys)
    needed = max(2, math.ceil(len(pages) / 2))
    return {key for key, count in seen.items() if count >= needed}


def _furniture_region(item: Item, page: _Page, repeated: set[str]) -> Region | None:
    if not isinstance(item, Line):
        return None
    region = _margin_region(item, page.height)
    if region is None:
        return None
    text = clean_text(item.text)
    if _PAGE_NUMBER.match(text) or _furniture_key(item.text) in repeated:
        return region
    return None


def _body_font_size(bodies: list[list[Item]]) -> float:
    """The character-weighted median font size of the body text."""
    weights: Counter[float] = Counter()
    for body in bodies:
        for item in body:
            if isinstance(item, Line):
                for word in item.words:
                    weights[round(word.size, 1)] += len(word.text)
    total = sum(weights.values())
    running = 0
    for size in sorted(weights):
        running += weights[size]
        if running * 2 >= total:
            return size
    return 0.0


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _cues(lines: list[Line], label: str | None) -> StyleCues:
    words: list[Word] = [w for line in lines for w in line.words]
    textual = [line for line in lines if any(c.isalnum() for c in line.text)]
    bold = bool(textual) and all(line.bold for line in textual)
    return StyleCues(font_size=dominant_size(words) or None, bold=bold, numbering=label)


def _line_block(line: Line, page: int, region: Region, index: int) -> Block:
    raw = line.text
    return Block(index=index, kind="paragraph", text=clean_text(raw), raw_text=raw,
                 path=f"page/{page}/line/{line.number}", page=page, region=region,
                 cues=_cues([line], None), bbox=line.bbox)


def _text_block(lines: list[Line], page: int, body_size: float, index: int) -> Block:
    raw = "\n".join(line.text for line in lines)
    text = clean_text(normalise_bullet(raw))
    label = leading_label(text)
    cues = _cues(lines, label)
    larger = cues.font_size is not None and body_size > 0 and \
        cues.font_size >= body_size + LARGER_BY
    kind: BlockKind = "paragraph"
    if looks_like_heading(text, label, bold=bool(cues.bold), larger=larger):
        kind = "heading"
    elif label is not None:
        kind = "list_item"
    return Block(index=index, kind=kind, text=text, raw_text=raw,
                 path=f"page/{page}/line/{lines[0].number}", page=page, cues=cues,
                 bbox=_union([line.bbox for line in lines]))


def _add_table(document: Document, table: TableArea, page: int, number: int,
               page_table: int) -> None:
    for cell in table.cells:
        raw = "\n".join(line.text for line in cell.lines)
        text = clean_text(normalise_bullet(raw))
        document.blocks.append(Block(
            index=len(document.blocks), kind="table_cell", text=text, raw_text=raw,
            path=f"page/{page}/table/{page_table}/row/{cell.row}/cell/{cell.col}", page=page,
            cues=_cues(cell.lines, leading_label(text)), table=number, row=cell.row,
            col=cell.col, bbox=cell.bbox,
        ))


def _metadata(info: dict[str, Any]) -> dict[str, str]:
    """Title, author and dates from the PDF info dictionary, dates as ISO 8601."""
    result: dict[str, str] = {}
    for key, name in _METADATA_KEYS.items():
        value = info.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        result[name] = _pdf_date(value) if name in ("created", "modified") else value
    return result


def _pdf_date(value: str) -> str:
    """``D:20231026120000+01'00'`` as ``2023-10-26T12:00:00+01:00`` (as written if unparsable)."""
    match = _PDF_DATE.match(value)
    if match is None:
        return value
    year, month, day, hour, minute, second, sign, tz_h, tz_m = match.groups()
    try:
        tz: timezone | None = None
        if sign in ("Z", "z"):
            tz = UTC
        elif sign in ("+", "-"):
            offset = timedelta(hours=int(tz_h or 0), minutes=int(tz_m or 0))
            tz = timezone(offset if sign == "+" else -offset)
        moment = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0),
                          int(minute or 0), int(second or 0), tzinfo=tz)
    except ValueError:
        return value
    return moment.isoformat()
