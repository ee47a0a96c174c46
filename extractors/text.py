"""Plain-text and Markdown extractor: blank-line paragraphs, list items, headings, pipe tables.

Paths are 1-based line numbers as an editor shows them: ``line/12`` is the block's first line,
``line/40/cell/2`` the third cell of the table row on line 40. Markdown markup (``#``,
``**``, links, escapes) is kept in ``raw_text`` and removed from ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .labels import leading_label, looks_like_heading
from .model import Block, BlockKind, Document, Extraction, Status, StyleCues, clean_text

_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_SEPARATOR = re.compile(r"^\s*:?-{2,}:?\s*$")
_MD_BULLET = re.compile(r"^\s*([-*+])\s+")
_MD_MARKERS = frozenset("-*+")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation
_WHOLLY_BOLD = re.compile(r"^\s*(\*\*|__)(.+)\1\s*$", re.DOTALL)


@dataclass(slots=True)
class _Chunk:
    """Lines that make one block, before classification."""

    first_line: int
    lines: list[str] = field(default_factory=list)
    kind: BlockKind | None = None  # set for headings and list items
    label: str | None = None
    level: int | None = None


def extract_text(path: Path, fmt: str = "txt") -> Extraction:
    """Read a ``.txt`` or ``.md`` file; never raises for a bad file."""
    text = _decode(path.read_bytes())
    markdown = fmt == "md"
    document = Document(format=fmt, extractor="markdown" if markdown else "text")
    for block in blocks_from_lines(text.splitlines(), markdown):
        block.index = len(document.blocks)
        document.blocks.append(block)
    if not document.blocks:
        return Extraction(status=Status.EMPTY, document=document, format=fmt,
                          error="the file holds only white space")
    return Extraction(status=Status.OK, document=document, format=fmt)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def blocks_from_lines(lines: list[str], markdown: bool) -> Iterator[Block]:
    """Blocks of a text, line by line (``index`` left 0: the caller numbers them)."""
    current: _Chunk | None = None
    table_number = 0
    n = 0
    while n < len(lines):
        line, number = lines[n], n + 1
        if markdown and _FENCE.match(line):
            yield from _flush(current, markdown)
            end = next((k for k in range(n + 1, len(lines)) if _FENCE.match(lines[k])), len(lines))
            current = _Chunk(number, lines[n + 1 : end])
            yield from _flush(current, markdown)
            current, n = None, end + 1
            continue
        if line.lstrip().startswith("|"):
            yield from _flush(current, markdown)
            current = None
            end = n
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                end += 1
            yield from _table(lines[n:end], n + 1, table_number, markdown)
            table_number, n = table_number + 1, end
            continue
        current = yield from _step(current, line, number, markdown)
        n += 1
    yield from _flush(current, markdown)


def _step(
    current: _Chunk | None, line: str, number: int, markdown: bool
) -> Generator[Block, None, _Chunk | None]:
    """Consume one ordinary line: yield the blocks it finishes, return the open chunk."""
    if not line.strip():
        yield from _flush(current, markdown)
        return None
    if markdown:
        heading = _ATX_HEADING.match(line)
        if heading:
            yield from _flush(current, markdown)
            yield from _flush(_Chunk(number, [line], "heading", level=len(heading.group(1)) - 1),
                              markdown)
            return None
        setext = _SETEXT.match(line)
        if setext and current is not None and current.kind is None and len(current.lines) == 1:
            current.kind, current.level = "heading", 0 if setext.group(1)[0] == "=" else 1
            current.lines.append(line)
            yield from _flush(current, markdown)
            return None
        if _RULE.match(line):
            yield from _flush(current, markdown)
            return None
    label = _list_label(line, markdown)
    if label is not None:
        yield from _flush(current, markdown)
        return _Chunk(number, [line], "list_item", label=label)
    if current is None:
        return _Chunk(number, [line])
    current.lines.append(line)  # a continuation, lazy or indented
    return current


def _list_label(line: str, markdown: bool) -> str | None:
    if markdown:
        bullet = _MD_BULLET.match(line)
        if bullet:
            return bullet.group(1)
    return leading_label(line)


def _flush(chunk: _Chunk | None, markdown: bool) -> Iterator[Block]:
    if chunk is None or not any(line.strip() for line in chunk.lines):
        return
    raw = "\n".join(chunk.lines)
    content = raw
    if chunk.kind == "heading":
        content = _heading_text(chunk.lines, markdown)
    bold: bool | None = None
    label = chunk.label
    if markdown:
        bold = _WHOLLY_BOLD.match(_strip_list_marker(content, label)) is not None
        if label in _MD_MARKERS:  # "* item" is markup for a bullet: written "• item"
            content, label = f"• {_strip_list_marker(content, label).lstrip()}", "•"
        content = _plain(content)
    text = clean_text(content)
    kind = chunk.kind or "paragraph"
    label = label if label is not None else leading_label(text)
    if kind != "heading" and len(chunk.lines) == 1 and looks_like_heading(text, label,
                                                                           bold=bool(bold)):
        kind = "heading"
    elif kind == "paragraph" and label is not None:
        kind = "list_item"
    yield Block(index=0, kind=kind, text=text, raw_text=raw, path=f"line/{chunk.first_line}",
                cues=StyleCues(bold=bold, numbering=label, outline_level=chunk.level))


def _heading_text(lines: list[str], markdown: bool) -> str:
    atx = _ATX_HEADING.match(lines[0]) if markdown else None
    return atx.group(2) if atx else lines[0]


def _strip_list_marker(text: str, label: str | None) -> str:
    stripped = text.lstrip()
    return stripped[len(label):] if label and stripped.startswith(label) else stripped


def _plain(text: str) -> str:
    """Markdown inline markup removed: links keep their text and address, emphasis goes."""
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(2) else m.group(1), text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(r"\2", text)
    return _ESCAPE.sub(r"\1", text.replace("`", ""))


def _table(lines: list[str], first_line: int, number: int, markdown: bool) -> Iterator[Block]:
    """Pipe-table rows as cells; the ``|---|---|`` separator row is not a row."""
    row = 0
    for offset, line in enumerate(lines):
        cells = _split_row(line)
        if all(_TABLE_SEPARATOR.match(c) for c in cells if c.strip()) and any(cells):
            continue
        for col, cell in enumerate(cells):
            if not cell.strip():
                continue
            text = clean_text(_plain(cell) if markdown else cell)
            yield Block(index=0, kind="table_cell", text=text, raw_text=cell,
                        path=f"line/{first_line + offset}/cell/{col}", table=number, row=row,
                        col=col, cues=StyleCues(numbering=leading_label(text)))
        row += 1


def _split_row(line: str) -> list[str]:
    """``| a | b\\|c |`` -> ["a", "b|c"], honouring escaped pipes."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    parts = re.split(r"(?<!\\)\|", body)
    return [p.replace("\\|", "|").strip() for p in parts]
