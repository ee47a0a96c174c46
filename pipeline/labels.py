"""Labelled values: "Title | …" rows of cover tables and "Review date: …" lines.

Many ISPs state their key facts as label/value pairs, in a cover table (label cell, value
cell), a register-style table (a header row of labels over a row of values), or a line of
text ("Lead organisation: Essex County Council"). This module finds them all, for any field
whose label it knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Block, Document

LABELS: dict[str, re.Pattern[str]] = {
    field: re.compile(rf"^(?:{pattern})$", re.I) for field, pattern in {
        "title": r"(?:agreement|protocol|isp|isa|dsa|document)\s+(?:title|name)|agreement|document"
                 r"|title(?: of (?:the )?(?:agreement|protocol|isp|isa|dsa"
                 r"|(?:(?:data|information) )?sharing(?: agreement| protocol)?))?"
                 r"|name of (?:the )?(?:agreement|protocol|isp|isa|dsa|information sharing \w+)"
                 r"|(?:project|programme|scheme|initiative)(?: (?:title|name))?",
        "purpose": r"purpose(?: of (?:the |this )?"
                   r"(?:agreement|protocol|sharing|isp|isa|dsa|information sharing"
                   r"|(?:information|data) sharing agreement|referrals?|scheme))?"
                   r"|(?:the )?purpose of sharing|why (?:we are|are we) sharing(?: information)?"
                   r"|aims?|objectives?",
        "lead": r"lead (?:organi[sz]ations?|agency|agencies|partner|authority|body"
                r"|(?:government )?department)(?: name)?"
                r"|lead|data controller \(lead\)|(?:document |protocol |agreement )?owner"
                r"(?: organi[sz]ation)?|responsible organi[sz]ation"
                r"|sponsor(?:ing)?(?: organi[sz]ation)?|host(?:ing)? organi[sz]ation"
                r"|co-?ordinat(?:ing organi[sz]ation|ed by)|led by|managing organi[sz]ation"
                r"|publish(?:ing|ed by)(?: controller| organi[sz]ation)?|lead controller"
                r"|(?:data )?controller responsible(?: for this (?:agreement|protocol))?"
                r"|agreement sponsor|lead commissioner(?: organi[sz]ation)?",
        "partners": r"other (?:organi[sz]ations|partners|agencies|parties)(?: involved)?"
                    r"|(?:partner|participating) (?:organi[sz]ations|agencies)|partners|parties"
                    r"(?: to (?:the|this) (?:agreement|protocol))?|organi[sz]ations involved",
        "review": r"(?:next |date of (?:next )?|planned )?review(?: date)?|date (?:of|for) review"
                  r"|review due",
        "commencement": r"(?:date of )?commencement(?: date)?|start date|effective (?:date|from)"
                        r"|date (?:agreed|of agreement|signed)|commences?|in force from"
                        r"|date (?:the )?(?:agreement|protocol|sharing) (?:starts|begins|commences)"
                        r"|(?:contract|agreement|service|scheme) start(?: date)?"
                        r"|date (?:in force|(?:it )?comes into (?:force|effect)|of effect|live)"
                        r"|go[- ]live(?: date)?|(?:start|effective) date"
                        r"|(?:comes?|came) into (?:force|effect)|takes? effect(?: from| on)?",
    }.items()
}
#: A form's note after its label: "Purpose of sharing (what will the data be used for?)".
FORM_NOTE = re.compile(r"\s*\([^()]{3,80}\)\s*$")
_BILINGUAL = re.compile(r"\s+/\s+")
_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ()’']{2,60}?)\s*[:\-–]\s+(?P<value>\S.*)$")


#: A header cell of a register-style row that names no field the parser knows ("Version").
_HEADING_CELL = re.compile(r"[A-Za-z][A-Za-z’' ]{1,30}")


@dataclass(frozen=True, slots=True)
class Labelled:
    field: str
    value: str
    label: Block  # where the label is
    source: Block  # where the value is (the same block for "Label: value" lines)
    origin: str  # cover_table, register_table, line


def label_of(text: str) -> str | None:
    """The field a label's text names ("Lead Organisation:" → "lead"), or None."""
    cleaned = " ".join(text.strip().rstrip(":").split())
    # "1. Purpose", "A. Purpose of sharing": the number is not the label
    cleaned = re.sub(r"^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[A-K][.)])\s+", "", cleaned)
    if (field := _field_named(cleaned)) is not None:
        return field
    # "Purpose of sharing (what will the data be used for?)": a form's note is not the label
    without_note = FORM_NOTE.sub("", cleaned)
    if without_note != cleaned and (field := _field_named(without_note)) is not None:
        return field
    # A bilingual label ("Review due / Adolygiad", "Diben / Purpose"): one side names the
    # field, the other is its translation. Two sides naming different fields name neither.
    named = {_field_named(part) for part in _BILINGUAL.split(cleaned)} - {None}
    return named.pop() if len(named) == 1 else None


def _field_named(text: str) -> str | None:
    return next((field for field, pattern in LABELS.items() if pattern.match(text)), None)


def find_labelled(document: Document, include_furniture: bool = True) -> list[Labelled]:
    """Every labelled value, tables first, in document order within each kind."""
    out: list[Labelled] = []
    for rows in document.tables().values():
        out.extend(_from_table(rows))
    blocks = document.blocks + (document.furniture if include_furniture else [])
    for block in blocks:
        if block.kind == "table_cell":
            continue
        m = _LINE.match(block.text)
        if m and (field := label_of(m.group("label"))):
            out.append(Labelled(field, m.group("value").strip(), block, block, "line"))
        elif block.region == "body" and block.index < _COVER_BLOCKS and block.kind == "paragraph":
            out.extend(_unruled_row(block))
    return out


#: How far into a document a cover's unruled label rows may be.
_COVER_BLOCKS = 40


def _unruled_row(block: Block) -> list[Labelled]:
    """A cover's label and value set side by side with no rule or colon between them, as a
    PDF draws an unruled table: "Responsible organisation  Essex County Council"."""
    words = block.text.split()
    if len(words) > 14:
        return []
    for n in range(min(5, len(words) - 1), 0, -1):
        field = label_of(" ".join(words[:n]))
        value = " ".join(words[n:])
        if field and value[:1].isupper() | value[:1].isdigit() and (
                len(words) - n >= 2 or any(c.isdigit() for c in value)):
            return [Labelled(field, value, block, block, "line")]
    return []


def _from_table(rows: list[list[Block]]) -> list[Labelled]:
    out: list[Labelled] = []
    for r, cells in enumerate(rows):
        fields = [label_of(c.text) for c in cells]
        if len(cells) == 1 and fields[0] and r + 1 < len(rows) and len(rows[r + 1]) == 1 \
                and rows[r + 1][0].text.strip() and not label_of(rows[r + 1][0].text):
            # A boxed form: the label's row, then its value's row below.
            out.append(Labelled(fields[0], rows[r + 1][0].text, cells[0], rows[r + 1][0],
                                "cover_table"))
            continue
        if len(cells) >= 2 and any(fields) and r + 2 == len(rows) and (all(fields) or (
                all(field or _HEADING_CELL.fullmatch(c.text.strip())
                    for c, field in zip(cells, fields, strict=True))
                and not any(label_of(b.text) for b in rows[r + 1]))):
            # A header row of labels over one row of values (register style; "Version |
            # Status | Review due"). Over several rows it lists other things ("Document
            # name | Purpose"), not this agreement.
            below = rows[r + 1]
            for cell, field in zip(cells, fields, strict=False):
                value = next((b for b in below if b.col == cell.col), None)
                if value is not None and value.text.strip() and field:
                    out.append(Labelled(field, value.text, cell, value, "register_table"))
            continue
        for i, cell in enumerate(cells[:-1]):
            field = fields[i]
            value = cells[i + 1]
            if field and value.text.strip() and not label_of(value.text):
                out.append(Labelled(field, value.text, cell, value, "cover_table"))
    return out


def first(labelled: list[Labelled], field: str) -> Labelled | None:
    return next((x for x in labelled if x.field == field), None)
