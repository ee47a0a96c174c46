"""Page geometry to reading order: words to lines, columns, tables, and blocks of lines.

A PDF has no paragraphs, only positioned glyphs. pdfplumber turns glyphs into words; this
module clusters words into lines, finds a two-column gutter, keeps ruled tables apart, orders
everything for reading, and groups lines into blocks where the layout shows a break (a
vertical gap, a change of font size or weight, a bullet or a numbering label, the short
last line of a paragraph).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .labels import is_bullet, leading_label, normalise_bullet

_BOLD_FONT = re.compile(r"bold|black|heavy", re.IGNORECASE)
_HAS_ALNUM = re.compile(r"\w")
_MID_SENTENCE = re.compile(r"[\w,]$")
_LIST_JOIN = re.compile(r"[;,]\s*(?:and|or)$")

#: Word spacing below this fraction of the font size joins glyphs into one word.
WORD_GAP_RATIO = 0.15
#: A horizontal gap wider than this many font sizes is a tab stop, not a word space.
TAB_GAP_RATIO = 1.5
#: Pages with fewer body lines than this are never split into columns.
MIN_LINES_FOR_COLUMNS = 10


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool


@dataclass(slots=True)
class Line:
    """Words on one baseline (within one column), left to right."""

    words: list[Word]
    number: int = -1  # position on the page in reading order, for the path ``page/N/line/K``

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def text(self) -> str:
        parts: list[str] = []
        previous: Word | None = None
        for word in self.words:
            if previous is not None:
                gap = word.x0 - previous.x1
                if gap > TAB_GAP_RATIO * previous.size:
                    parts.append("\t")
                elif gap >= WORD_GAP_RATIO * previous.size:
                    parts.append(" ")  # else: a font change inside a word, no space
            parts.append(word.text)
            previous = word
        return "".join(parts)

    @property
    def size(self) -> float:
        return dominant_size(self.words)

    @property
    def bold(self) -> bool:
        """All words bold, not counting a leading label (Word prints "2." in the paragraph
        mark's font, which is often regular in front of a bold heading)."""
        words = self.words
        if len(words) > 1 and leading_label(words[0].text) == words[0].text:
            words = words[1:]
        textual = [w for w in words if _HAS_ALNUM.search(w.text)]
        return bool(textual) and all(w.bold for w in textual)


@dataclass(slots=True)
class Cell:
    row: int
    col: int
    bbox: tuple[float, float, float, float]
    lines: list[Line]


@dataclass(slots=True)
class TableArea:
    """A ruled table found by pdfplumber, with the words of each cell."""

    bbox: tuple[float, float, float, float]
    cells: list[Cell] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.bbox[1]


Item = Line | TableArea


def dominant_size(words: list[Word]) -> float:
    """The font size carrying the most characters (rounded to 0.1 pt)."""
    weights: Counter[float] = Counter()
    for word in words:
        weights[round(word.size, 1)] += len(word.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def is_bold_font(fontname: str) -> bool:
    """Bold, black or heavy faces: "Arial-BoldMT", "Calibri,Bold", "ABCDEF+Lato-Black"."""
    return _BOLD_FONT.search(fontname.split("+", 1)[-1]) is not None


def page_words(page: Any) -> list[Word]:
    """Upright words of a pdfplumber page, split at font changes."""
    raw = page.extract_words(
        x_tolerance_ratio=WORD_GAP_RATIO, keep_blank_chars=False, use_text_flow=False,
        extra_attrs=["fontname", "size"],
    )
    return [
        Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], float(w["size"]),
             is_bold_font(str(w["fontname"])))
        for w in raw
        if w.get("upright", True) and w["text"].strip()
    ]


def page_tables(page: Any, words: list[Word]) -> tuple[list[TableArea], list[Word]]:
    """Ruled tables with their cell text, and the words outside them.

    A "table" with fewer than two non-empty cells is a framed paragraph or a page border, so
    its words stay in the text flow.
    """
    tables: list[TableArea] = []
    remaining = words
    for found in _with_rule_tables(page, page.find_tables()):
        inside = [w for w in remaining if _contains(found.bbox, w)]
        area = TableArea(tuple(found.bbox))
        placed: set[int] = set()
        for r, row in enumerate(found.rows):
            for c, cell_bbox in enumerate(row.cells):
                if cell_bbox is None:
                    continue  # covered by a merged cell, emitted where the merge starts
                cell_words = [w for w in inside if _contains(cell_bbox, w)]
                placed.update(id(w) for w in cell_words)
                if cell_words:
                    area.cells.append(Cell(r, c, tuple(cell_bbox), group_rows(cell_words)))
        # A row whose rule between label and value is missing: the value's words lie in the
        # row but in no cell (not even a merged one); they are the row's next cell, not lost.
        for r, row in enumerate(found.rows):
            span = (found.bbox[0], row.bbox[1], found.bbox[2], row.bbox[3])  # the table's width
            stray = [w for w in inside if id(w) not in placed and _contains(span, w)]
            if stray:
                placed.update(id(w) for w in stray)
                free = next((c for c, b in enumerate(row.cells) if b is None), len(row.cells))
                box = (min(w.x0 for w in stray), min(w.top for w in stray),
                       max(w.x1 for w in stray), max(w.bottom for w in stray))
                area.cells.append(Cell(r, free, box, group_rows(stray)))
        area.cells.sort(key=lambda cell: (cell.row, cell.col))
        if len(area.cells) >= 2 and not _is_highlight(area, found.rows):
            tables.append(area)
            remaining = [w for w in remaining if not _contains(found.bbox, w)]
    return tables, remaining


#: Rules of one table share their ends (points of slack), and there are at least this many.
_RULE_SLACK, _MIN_RULES, _MIN_RULE_WIDTH = 2.0, 3, 150.0


def _with_rule_tables(page: Any, found: list[Any]) -> list[Any]:
    """The ruled tables, and tables drawn with horizontal rules and no outer frame, whose
    columns are parted by a shaded column or a few inner lines: a table found inside such a
    set of rules but narrower than them (the shaded label column alone) gives way to the whole
    table. (Rules with no column edge at all stay text: guessing columns from the words'
    alignment split names across cells.)"""
    rules = sorted((line for line in page.lines
                    if abs(line["top"] - line["bottom"]) < 1
                    and line["x1"] - line["x0"] >= _MIN_RULE_WIDTH
                    and 0.07 < line["top"] / page.height < 0.93),  # not a header's rule
                   key=lambda line: (round(line["x0"]), round(line["x1"]), line["top"]))
    groups: list[list[Any]] = []
    for line in rules:
        last = groups[-1][-1] if groups else None
        if (last is not None and abs(last["x0"] - line["x0"]) <= _RULE_SLACK
                and abs(last["x1"] - line["x1"]) <= _RULE_SLACK
                and line["top"] - last["top"] < 120):
            groups[-1].append(line)
        else:
            groups.append([line])
    tables = list(found)
    for group in groups:
        if len(group) < _MIN_RULES:
            continue
        box = (min(x["x0"] for x in group), min(x["top"] for x in group),
               max(x["x1"] for x in group), max(x["bottom"] for x in group))
        shaded = [r for r in page.rects
                  if _overlaps((r["x0"], r["top"], r["x1"], r["bottom"]), box)]
        top = min([box[1], *(r["top"] for r in shaded)])  # a shaded column over the first rule
        box = (box[0], top, box[2], max([box[3], *(r["bottom"] for r in shaded)]))
        inside = [t for t in tables if _overlaps(t.bbox, box)]
        if any(t.bbox[2] - t.bbox[0] >= 0.9 * (box[2] - box[0]) for t in inside):
            continue  # a fully ruled table already
        crop = page.crop((box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1))
        edges = {"explicit_vertical_lines": [box[0], box[2]], "horizontal_strategy": "lines",
                 "explicit_horizontal_lines": [box[1], box[3]]}
        drawn = crop.find_tables({**edges, "vertical_strategy": "lines"})
        if drawn and max(len(r.cells) for t in drawn for r in t.rows) >= 2:
            tables = [t for t in tables if t not in inside] + drawn
    return sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _is_highlight(area: TableArea, rows: list[Any]) -> bool:
    """One row no taller than two lines of its text: shaded or boxed words, not a table."""
    if len(rows) != 1:
        return False
    size = dominant_size([w for cell in area.cells for line in cell.lines for w in line.words])
    return area.bbox[3] - area.bbox[1] < 2 * size


def _contains(bbox: tuple[float, float, float, float], word: Word) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= x < bbox[2] and bbox[1] <= y < bbox[3]


def group_rows(words: list[Word]) -> list[Line]:
    """Cluster words into lines: a word joins a line when its middle lies within the line."""
    lines: list[list[Word]] = []
    spans: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = spans[i]
            if top <= middle <= bottom:
                lines[i].append(word)
                spans[i] = (min(top, word.top), max(bottom, word.bottom))
                break
        else:
            lines.append([word])
            spans.append((word.top, word.bottom))
    return [Line(sorted(ws, key=lambda w: w.x0)) for ws in lines]


def find_gutter(lines: list[Line], page_width: float) -> float | None:
    """The x position of a two-column gutter, or ``None`` for single-column pages.

    A gutter is an x in the middle of the page that most lines (3 in 4) leave open, with
    running text on both sides (each side a quarter of the page wide, typically) whose edges
    line up against it, as wrapped column text does.
    """
    if len(lines) < MIN_LINES_FOR_COLUMNS or page_width <= 0:
        return None
    lo, hi = int(page_width * 0.3), int(page_width * 0.7)
    open_count = [0] * (hi - lo + 1)
    for line in lines:
        margin = 0.3 * line.size
        previous_end = float(lo)
        for word in line.words + [Word("", hi + margin, 0, hi + margin, 0, 0, False)]:
            start, end = word.x0 - margin, word.x1 + margin
            a, b = max(int(previous_end) + 1, lo), min(int(start), hi)
            for x in range(a, b + 1):
                open_count[x - lo] += 1
            previous_end = max(previous_end, end)
    most = max(open_count)
    if most < 0.75 * len(lines):
        return None
    gutter = float(lo + _middle_of_longest_run(open_count, most))
    left = [ln for ln in lines if ln.x0 < gutter and any(w.x1 < gutter for w in ln.words)]
    right = [ln for ln in lines if any(w.x0 > gutter for w in ln.words)]
    if min(len(left), len(right)) < 0.2 * len(lines):
        return None
    left_parts = [[w for w in ln.words if w.x1 < gutter] for ln in left]
    right_parts = [[w for w in ln.words if w.x0 > gutter] for ln in right]
    left_edge = statistics.median(max(w.x1 for w in part) for part in left_parts)
    right_edge = statistics.median(min(w.x0 for w in part) for part in right_parts)
    if left_edge < gutter - 0.12 * page_width or right_edge > gutter + 0.1 * page_width:
        return None
    # Columns hold running text; a column of list labels or clause numbers is not one.
    narrowest = min(_median_width(left_parts), _median_width(right_parts))
    return gutter if narrowest >= 0.25 * page_width else None


def _median_width(parts: list[list[Word]]) -> float:
    return statistics.median(max(w.x1 for w in p) - min(w.x0 for w in p) for p in parts)


def _middle_of_longest_run(values: list[int], target: int) -> int:
    """The index in the middle of the longest run of ``target`` in ``values``."""
    best_start, best_length, start = 0, 0, None
    for i, value in enumerate([*values, target - 1]):
        if value == target and start is None:
            start = i
        elif value != target and start is not None:
            if i - start > best_length:
                best_start, best_length = start, i - start
            start = None
    return best_start + best_length // 2


def reading_order(lines: list[Line], tables: list[TableArea], gutter: float | None) -> list[Item]:
    """Lines and tables top to bottom; on a two-column page, the left column first.

    Items that span the gutter (titles, full-width tables) separate the column runs, so the
    columns are read band by band between them.
    """
    if gutter is None:
        items: list[Item] = [*lines, *tables]
        return sorted(items, key=lambda it: (round(it.top, 1), _x0(it)))
    left: list[Item] = []
    right: list[Item] = []
    ordered: list[Item] = []
    spanning: list[Item] = []
    for line in lines:
        before = [w for w in line.words if w.x1 <= gutter]
        after = [w for w in line.words if w.x0 >= gutter]
        if len(before) + len(after) < len(line.words):
            spanning.append(line)
            continue
        if before:
            left.append(Line(before))
        if after:
            right.append(Line(after))
    for table in tables:
        if table.bbox[0] < gutter < table.bbox[2]:
            spanning.append(table)
        else:
            (left if table.bbox[2] <= gutter else right).append(table)
    cut_points = sorted(spanning, key=lambda it: it.top)
    remaining_left = sorted(left, key=lambda it: it.top)
    remaining_right = sorted(right, key=lambda it: it.top)
    for separator in [*cut_points, None]:
        limit = separator.top if separator is not None else float("inf")
        ordered.extend(it for it in remaining_left if it.top < limit)
        ordered.extend(it for it in remaining_right if it.top < limit)
        remaining_left = [it for it in remaining_left if it.top >= limit]
        remaining_right = [it for it in remaining_right if it.top >= limit]
        if separator is not None:
            ordered.append(separator)
    return ordered


def _x0(item: Item) -> float:
    return item.x0 if isinstance(item, Line) else item.bbox[0]


def normal_gap_ratio(pages: list[list[Item]]) -> float:
    """The usual gap between lines of one paragraph, as a fraction of the font size.

    The most common gap between consecutive same-size lines of a document is its line
    leading; a paragraph break is a gap clearly wider than that.
    """
    ratios: Counter[float] = Counter()
    for items in pages:
        for previous, line in zip(items, items[1:], strict=False):
            if isinstance(previous, Line) and isinstance(line, Line):
                size = previous.size
                if size > 0 and abs(line.size - size) < 0.5:
                    ratio = (line.top - previous.bottom) / size
                    if -0.5 < ratio < 2.0:
                        ratios[round(ratio * 20) / 20] += 1
    return ratios.most_common(1)[0][0] if ratios else 0.2


def split_blocks(
    items: list[Item], gap_ratio: float, gutter: float | None = None
) -> list[list[Line] | TableArea]:
    """Group consecutive lines into blocks; each table is a block of its own."""
    right_edges = _right_edges([it for it in items if isinstance(it, Line)], gutter)
    blocks: list[list[Line] | TableArea] = []
    current: list[Line] = []
    for item in items:
        if isinstance(item, TableArea):
            if current:
                blocks.append(current)
                current = []
            blocks.append(item)
            continue
        if current and _starts_block(current[-1], item, gap_ratio, right_edges[id(item)]):
            blocks.append(current)
            current = []
        current.append(item)
    if current:
        blocks.append(current)
    return blocks


def _right_edges(lines: list[Line], gutter: float | None) -> dict[int, float]:
    """The right margin of the text column each line sits in, keyed by ``id(line)``."""
    def column(line: Line) -> str:
        if gutter is None:
            return "page"
        return "left" if line.x1 <= gutter else "right" if line.x0 >= gutter else "page"

    edges: dict[str, float] = {}
    for line in lines:
        key = column(line)
        edges[key] = max(edges.get(key, 0.0), line.x1)
    return {id(line): edges[column(line)] for line in lines}


_LABEL_LINE = re.compile(r"^[A-Z][A-Za-z ()/’']{1,40}:\s+\S")


def _starts_block(previous: Line, line: Line, gap_ratio: float, column_right: float) -> bool:
    size = previous.size or 1.0
    gap = line.top - previous.bottom
    if gap > (gap_ratio + 0.3) * size or gap < -size:
        return True  # a paragraph gap, or a jump back up (the next column)
    if abs(line.size - previous.size) >= 0.5 or line.bold != previous.bold:
        return True
    width = column_right - min(previous.x0, line.x0)
    full = previous.x1 >= column_right - 0.1 * width
    ending = previous.text.rstrip()
    label = leading_label(normalise_bullet(line.text))  # "(cid:127) …" is a bullet too
    if is_bullet(label):
        return True  # a bullet never carries on the sentence above it
    if label is not None:
        # "...at clauses\n12.1.3 to 12.5": a number that continues a sentence cut by wrapping.
        return not (full and _MID_SENTENCE.search(ending) and not _LIST_JOIN.search(ending))
    short = previous.x1 < column_right - 0.15 * width
    # A short "Label: value" line is whole ("Responsible organisation: ECFRS" / "Version 1.2").
    return short and (ending.endswith((".", ":", ";", "!", "?"))
                      or bool(_LABEL_LINE.match(previous.text)))
