"""What the WEISF template asks to be filled in, and whether it was.

The template's front table asks for the Privacy Impact Assessment (DPIA), the supporting
standard operating procedure, the associated contract and other supporting documents, each
with its name, link or reference; its signature blocks ask each partner to sign and date
("Signed: ……", "Date: ……"). A compliance officer needs the ones left blank. Each row or line
found becomes a :class:`ReferenceRecord` with ``blank`` set when nothing but dots, dashes,
underscores, brackets or "TBC" stands where the answer goes. A blank "Signed" line is
reported but judged by its date: a signature pasted in as an image leaves the line's text
blank, so only an undated block fails the compliance check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.model import Block, Document
from pipeline.records import ReferenceRecord

_KINDS = (
    ("dpia", re.compile(r"^(?:(?:data protection|privacy) impact assessment|dpia|pia)\b", re.I)),
    ("sop", re.compile(r"^(?:supporting )?standard operating procedures?\b|^sops?\b", re.I)),
    ("contract", re.compile(r"^associated contracts?\b", re.I)),
    ("other_documents", re.compile(r"^other (?:associated )?supporting documentation\b", re.I)),
)
_BLANK = re.compile(r"^[\s.…_\-–—:()\[\]]*(?:tbc|tbd|to be confirmed)?[\s.…_\-–—:()\[\]]*$", re.I)
_SIGNED = re.compile(r"^\s*sign(?:ed|ature)\s*[:.…_]", re.I)
_DATE = re.compile(r"^\s*date(?: signed)?\s*[:.…_]", re.I)


def find_references(document: Document) -> list[ReferenceRecord]:
    return list(_front_table(document)) + list(_signature_lines(document))


def _front_table(document: Document) -> Iterator[ReferenceRecord]:
    seen: set[str] = set()
    for rows in document.tables().values():
        for cells in rows:
            label = " ".join(cells[0].text.split()) if cells else ""
            kind = next((k for k, pattern in _KINDS if pattern.match(label)), None)
            if kind is None or kind in seen:
                continue
            seen.add(kind)
            # "Item | Name/Link/Reference | Responsible Authority": the reference is the next cell
            yield _record(kind, cells[1].text if len(cells) > 1 else "", cells[0])


def _signature_lines(document: Document) -> Iterator[ReferenceRecord]:
    """Each "Signed: …" line, and the "Date: …" line of a signature block (one that follows
    a "Signed" line within a few blocks)."""
    last_signed = -10
    for block in document.blocks:
        for line in block.raw_text.splitlines() or [block.text]:
            if _SIGNED.match(line):
                last_signed = block.index
                yield _record("signature", _after_label(line), block)
            elif _DATE.match(line) and block.index - last_signed <= 6:
                yield _record("signature_date", _after_label(line), block)


def _after_label(line: str) -> str:
    """What follows "Signed:" or "Date:" (or "Signed……", with no colon)."""
    label, colon, value = line.partition(":")
    return value if colon else re.sub(r"^\s*\w+(?:\s+signed)?", "", line)


def _record(kind: str, value: str, block: Block) -> ReferenceRecord:
    value = " ".join(value.split())
    blank = bool(_BLANK.match(value))
    return ReferenceRecord(kind, None if blank else value[:300], blank, block.page, block.index)
