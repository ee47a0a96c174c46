"""DOCX extractor: the body in document order, tables cell by cell, headers and footers apart.

python-docx opens the package and gives the parts (styles, numbering, headers, core
properties); the text itself is read from the XML (:mod:`.word_text`) so that tracked changes,
content controls and fields come out as Word displays them. Paths locate blocks in the XML:
``body/p/17`` is the 18th body paragraph (empty ones count, so the path survives edits that
empty a paragraph), ``body/table/2/row/3/cell/1`` a cell by grid column, ``header/1/p/0`` the
first paragraph of the first header part.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.opc.package import OpcPackage
from docx.opc.part import PartFactory
from docx.parts.document import DocumentPart
from lxml.etree import XMLSyntaxError

from .containers import check_package
from .labels import looks_like_heading
from .limits import Limits
from .model import Block, BlockKind, Document, Extraction, Region, Status, StyleCues, clean_text
from .word_numbering import Numbering
from .word_styles import Element, StyleSheet, attr, w
from .word_text import Paragraph, read_paragraph

log = logging.getLogger(__name__)

#: A heading's font is at least this many points larger than the Normal style's.
LARGER_BY = 1.0

EXTRACTOR = f"python-docx {docx.__version__}"

_MC_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_CONTAINERS = frozenset({w("sdt"), w("sdtContent"), w("customXml"), _MC_ALTERNATE, _MC_CHOICE})
_HEADING_STYLE = re.compile(r"^(heading\s+[1-9]|title)$", re.IGNORECASE)
_PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d+)\s*</(?:\w+:)?Pages>")
_HEADERS_FOOTERS: tuple[tuple[str, Region], ...] = (
    ("header", "header"), ("first_page_header", "header"), ("even_page_header", "header"),
    ("footer", "footer"), ("first_page_footer", "footer"), ("even_page_footer", "footer"),
)

# Macro-enabled documents and templates are the same WordprocessingML under other content
# types; python-docx reads them once told so.
for _content_type in (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
):
    PartFactory.part_type_for.setdefault(_content_type, DocumentPart)


def extract_docx(path: Path, limits: Limits | None = None) -> Extraction:
    """Read a DOCX file into a :class:`Document`; never raises for a bad file.

    The package is checked against ``limits`` (by default :meth:`Limits.from_env`) before
    python-docx reads any of it (:func:`.containers.check_package`).
    """
    limits = limits or Limits.from_env()  # a bad ISP_* variable raises: it is no bad file
    try:
        with zipfile.ZipFile(path) as archive:
            refusal = check_package(archive, limits)
        if refusal is not None:
            return Extraction.failed(refusal.status, refusal.error, "docx")
        part = _open(path)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, KeyError, ValueError,
            XMLSyntaxError, OpcError, EOFError, zipfile.LargeZipFile) as exc:
        return Extraction.failed(Status.CORRUPT, f"not a readable Word file: {exc}", "docx")
    document = read_document(part)
    if not document.blocks and not document.furniture:
        return Extraction(status=Status.EMPTY, document=document, error="the document has no text",
                          format="docx", pages=document.pages)
    return Extraction(status=Status.OK, document=document, format="docx", pages=document.pages)


def _open(path: Path) -> DocumentPart:
    part = OpcPackage.open(str(path)).main_document_part
    if not isinstance(part, DocumentPart):
        raise ValueError(f"main part has content type {part.content_type!r}, not a Word document")
    return part


def read_document(part: DocumentPart) -> Document:
    """The document model of an opened Word package."""
    styles = _style_sheet(part)
    document = Document(format="docx", pages=_app_pages(part), metadata=_metadata(part),
                        extractor=EXTRACTOR)
    body = part.document.element.body
    _read_story(body, "body", "body", styles, Numbering(_numbering(part), styles), document.blocks)
    try:
        _read_furniture(part, styles, document.furniture)
    except (KeyError, ValueError) as exc:  # a header the package names but does not hold
        log.warning("headers/footers unreadable: %s", exc)
        document.warnings.append(f"headers and footers could not be read ({exc})")
    return document


def _style_sheet(part: DocumentPart) -> StyleSheet:
    try:
        styles_part: Any = part.part_related_by(RT.STYLES)
    except KeyError:
        return StyleSheet(None, {})
    names = {style.style_id: style.name for style in part.styles if style.style_id}
    return StyleSheet(styles_part.element, names)


def _numbering(part: DocumentPart) -> Element | None:
    try:
        numbering_part: Any = part.part_related_by(RT.NUMBERING)
        return numbering_part.element
    except (KeyError, AttributeError):
        return None


def _block_items(container: Element) -> Iterator[Element]:
    """``w:p`` and ``w:tbl`` in document order, looking inside content controls."""
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _block_items(child)


def _read_story(root: Element, prefix: str, region: Region, styles: StyleSheet,
                numbering: Numbering, blocks: list[Block]) -> None:
    """Append the blocks of a body, header or footer to ``blocks``."""
    paragraphs = tables = 0
    body_size = styles.run_size(None, styles.default_paragraph)
    for element in _block_items(root):
        if element.tag == w("p"):
            paragraph = read_paragraph(element, styles, numbering)
            if paragraph.raw.strip():
                blocks.append(_paragraph_block(paragraph, f"{prefix}/p/{paragraphs}", region,
                                               len(blocks), body_size))
            paragraphs += 1
        else:
            _read_table(element, f"{prefix}/table/{tables}", tables, region, styles, numbering,
                        blocks)
            tables += 1


def _kind(paragraph: Paragraph, body_size: float | None) -> BlockKind:
    """Heading by style; otherwise only a heading-shaped paragraph with a heading's emphasis.

    Emphasis is an outline level, bold type, a font larger than the Normal style's, capitals
    or a section number before Title Case words (as for PDFs). An outline level set on a long
    paragraph (Word copies it with formatting) does not make a sentence a heading.
    """
    style = paragraph.style_name or ""
    if _HEADING_STYLE.match(style):
        return "heading"
    text, label = clean_text(paragraph.raw), paragraph.label
    larger = None not in (paragraph.font_size, body_size) and \
        (paragraph.font_size or 0) >= (body_size or 0) + LARGER_BY
    emphasised = bool(paragraph.bold) or larger or paragraph.outline_level is not None
    if looks_like_heading(text, label, bold=emphasised):
        return "heading"
    if paragraph.label is not None or "list" in style.lower():
        return "list_item"
    return "paragraph"


def _paragraph_block(paragraph: Paragraph, path: str, region: Region, index: int,
                     body_size: float | None) -> Block:
    cues = StyleCues(style_name=paragraph.style_name, font_size=paragraph.font_size,
                     bold=paragraph.bold, numbering=paragraph.label,
                     outline_level=paragraph.outline_level)
    return Block(index=index, kind=_kind(paragraph, body_size), text=clean_text(paragraph.raw),
                 raw_text=paragraph.raw, path=path, region=region, cues=cues)


def _children(parent: Element, tag: str) -> Iterator[Element]:
    """Children with ``tag`` (a w: name), looking through content controls and the like."""
    for child in parent:
        if child.tag == w(tag):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _rows(table: Element) -> Iterator[Element]:
    return _children(table, "tr")


def _cells(row: Element) -> Iterator[Element]:
    return _children(row, "tc")


def _int_attr(element: Element | None, default: int) -> int:
    try:
        return int(attr(element) or default)
    except ValueError:
        return default


def _read_table(table: Element, path: str, number: int, region: Region, styles: StyleSheet,
                numbering: Numbering, blocks: list[Block]) -> None:
    """One block per cell that shows text; merged cells once, at their top-left position."""
    for r, row in enumerate(_rows(table)):
        col = _int_attr(row.find(f"{w('trPr')}/{w('gridBefore')}"), 0)
        for cell in _cells(row):
            properties = cell.find(w("tcPr"))
            span = _int_attr(properties.find(w("gridSpan")) if properties is not None else None, 1)
            merge = properties.find(w("vMerge")) if properties is not None else None
            continues_merge = merge is not None and attr(merge) != "restart"
            if not continues_merge:
                paragraphs = list(_cell_paragraphs(cell, styles, numbering))
                if paragraphs:
                    blocks.append(_cell_block(paragraphs, f"{path}/row/{r}/cell/{col}",
                                              number, r, col, region, len(blocks)))
            col += max(span, 1)


def _cell_paragraphs(cell: Element, styles: StyleSheet,
                     numbering: Numbering) -> Iterator[Paragraph]:
    """The cell's non-empty paragraphs; a nested table's are flattened in, row by row."""
    for element in _block_items(cell):
        if element.tag == w("p"):
            paragraph = read_paragraph(element, styles, numbering)
            if paragraph.raw.strip():
                yield paragraph
        else:
            for row in _rows(element):
                for inner in _cells(row):
                    yield from _cell_paragraphs(inner, styles, numbering)


def _cell_block(paragraphs: list[Paragraph], path: str, table: int, row: int, col: int,
                region: Region, index: int) -> Block:
    raw = "\n".join(p.raw for p in paragraphs)
    sizes: Counter[float] = Counter()
    for p in paragraphs:
        if p.font_size is not None:
            sizes[p.font_size] += len(p.raw)
    bolds = [p.bold for p in paragraphs if p.bold is not None]
    cues = StyleCues(style_name=paragraphs[0].style_name,
                     font_size=sizes.most_common(1)[0][0] if sizes else None,
                     bold=all(bolds) if bolds else None, numbering=paragraphs[0].label)
    return Block(index=index, kind="table_cell", text=clean_text(raw), raw_text=raw, path=path,
                 region=region, cues=cues, table=table, row=row, col=col)


def _read_furniture(part: DocumentPart, styles: StyleSheet, furniture: list[Block]) -> None:
    """Headers and footers of every section, each part once (linked ones are not repeated)."""
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    numbering = Numbering(_numbering(part), styles)
    for section in part.document.sections:
        for attribute, region in _HEADERS_FOOTERS:
            header_footer = getattr(section, attribute)
            if header_footer.is_linked_to_previous:
                continue
            story = header_footer.part
            if str(story.partname) in seen:
                continue
            seen.add(str(story.partname))
            counts[region] += 1
            _read_story(story.element, f"{region}/{counts[region]}", region, styles, numbering,
                        furniture)


def _app_pages(part: DocumentPart) -> int | None:
    """Word's own page count from ``docProps/app.xml`` (as of the last save)."""
    try:
        blob = part.package.part_related_by(RT.EXTENDED_PROPERTIES).blob
    except KeyError:
        return None
    match = _PAGES.search(blob or b"")
    if match is None or int(match.group(1)) == 0:
        return None
    return int(match.group(1))


def _metadata(part: DocumentPart) -> dict[str, str]:
    """Core properties that are set; a package without them gets none invented."""
    try:
        core_part: Any = part.package.part_related_by(RT.CORE_PROPERTIES)
        core = core_part.core_properties
    except (KeyError, AttributeError):
        return {}
    values = {"title": core.title, "author": core.author, "subject": core.subject,
              "keywords": core.keywords, "created": core.created, "modified": core.modified}
    result: dict[str, str] = {}
    for key, value in values.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        result[key] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    return result
