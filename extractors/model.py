"""The one document model every extractor fills in.

A document is an ordered list of blocks (headings, paragraphs, list items, table cells) in
reading order, plus page furniture (headers and footers) kept apart from the body. Every block
keeps its provenance: the page where the format has pages, and a structural path that locates
it in the source (``body/table/2/row/3/cell/1`` in Word, ``page/4/line/12`` in a PDF).

Extraction never raises for a bad document: it returns an :class:`Extraction` whose ``status``
says what went wrong, with a readable ``error``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]
Region = Literal["body", "header", "footer"]


class Status(StrEnum):
    """What happened to one input file. ``ok`` or a failure kind."""

    OK = "ok"
    EMPTY = "empty"  # zero bytes, or a container with no text at all
    CORRUPT = "corrupt"  # damaged or truncated: the format's parser cannot read it
    ENCRYPTED = "encrypted"  # password-protected
    MISNAMED = "misnamed"  # content is another format than the extension says (HTML as .pdf)
    NO_TEXT = "no_text"  # readable, but no text layer (a scan): needs OCR
    UNSUPPORTED = "unsupported"  # a format we cannot read here, or a missing converter
    TOO_LARGE = "too_large"  # over a size limit: the file, or what its container unpacks to
    TIMEOUT = "timeout"  # reading it took longer than the time limit per file
    OUT_OF_MEMORY = "out_of_memory"  # reading it needed more memory than the limit per file
    UNSAFE = "unsafe"  # refused: XML that declares entities (a "billion laughs" pattern)
    ERROR = "error"  # an unexpected failure inside the pipeline (a bug): see the error text


#: Statuses that say a limit was reached: the same file may read under other limits.
LIMIT_STATUSES = frozenset({Status.TOO_LARGE, Status.TIMEOUT, Status.OUT_OF_MEMORY})


class TransientError(RuntimeError):
    """A failure of the machine, not of the document, that may pass on a retry (a converter
    that timed out under load). The only exception extraction lets through, besides OSError
    for a file that cannot be opened."""


@dataclass(frozen=True, slots=True)
class StyleCues:
    """What marks a block as a heading in its source, whatever the format."""

    style_name: str | None = None  # Word paragraph style ("Heading 1", "List Bullet")
    font_size: float | None = None  # points (dominant size of the block's characters)
    bold: bool | None = None  # True when all (non-space) text is bold
    numbering: str | None = None  # the label printed before the text: "3.", "2.1", "a)", "•"
    outline_level: int | None = None  # 0-based heading level when the source says so


@dataclass(slots=True)
class Block:
    """One unit of text in reading order, with where it came from."""

    index: int  # position in Document.blocks (or Document.furniture)
    kind: BlockKind
    text: str  # cleaned: whitespace collapsed, soft hyphens and zero-widths removed
    raw_text: str  # as the source gave it
    path: str  # structural locator in the source
    page: int | None = None  # 1-based, None where the format has no pages (DOCX)
    region: Region = "body"
    cues: StyleCues = field(default_factory=StyleCues)
    table: int | None = None  # table number within the document (0-based), for table cells
    row: int | None = None
    col: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom (PDF points)


@dataclass(slots=True)
class Document:
    """The extracted content of one file."""

    format: str  # the format actually read: pdf, docx, doc, odt, txt, md
    blocks: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)  # headers and footers
    pages: int | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # core properties: title, author…
    warnings: list[str] = field(default_factory=list)  # partial problems (a page that failed)
    extractor: str = ""  # which backend and version produced it, e.g. "pdfplumber 0.11.10"

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def tables(self) -> dict[int, list[list[Block]]]:
        """Table cells grouped as ``{table: [[cells of row 0], [cells of row 1], …]}``."""
        grouped: dict[int, dict[int, list[Block]]] = {}
        for block in self.blocks:
            if block.kind == "table_cell" and block.table is not None:
                grouped.setdefault(block.table, {}).setdefault(block.row or 0, []).append(block)
        return {
            t: [sorted(cells, key=lambda b: b.col or 0) for _, cells in sorted(rows.items())]
            for t, rows in grouped.items()
        }


@dataclass(slots=True)
class Extraction:
    """The outcome of reading one file: a document, or a status saying why not."""

    status: Status
    document: Document | None = None
    error: str | None = None
    format: str | None = None  # detected format, even on failure
    pages: int | None = None

    @classmethod
    def failed(cls, status: Status, error: str, fmt: str | None = None,
               pages: int | None = None) -> Extraction:
        return cls(status=status, error=error, format=fmt, pages=pages)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(raw: str) -> str:
    """Normalise a block's text for matching: NFC, no invisible characters, single spaces.

    Line breaks inside a block become spaces; a hyphen that splits a word across lines
    ("informa-\\ntion") is kept as written, since legal text has real hyphenated words.
    """
    text = unicodedata.normalize("NFC", raw).translate(_INVISIBLE)
    text = text.replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    text = " ".join(line.strip() for line in text.split("\n"))
    return _SPACES.sub(" ", text).strip()
