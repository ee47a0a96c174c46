"""Which of the eleven template sections a document has, whatever its headings say.

A block is a heading when its source marks it so (style, outline level, bold, size) or when it
is short and starts with a section number ("3.", "Section 3:"). Its words then decide the
canonical key, first rule winning: the order matters ("Information format, method(s) and
frequency of sharing" is about format, not about the information shared).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Block, Document
from pipeline.records import SectionRecord
from pipeline.vocab import SectionKey

#: (key, pattern on the heading text without its number), in priority order.
HEADING_RULES: tuple[tuple[SectionKey, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.I)) for key, pattern in (
        (SectionKey.BREACH, r"\bbreach|\bincident"),
        (SectionKey.COMPLAINTS, r"\bcomplain"),
        (SectionKey.SECURITY, r"\bsecur"),
        (SectionKey.RETENTION, r"\breten|\bretain|\bdisposal|\bdestruction|\bdeletion"),
        (SectionKey.ACCURACY, r"\baccura|\bquality\b|\bresponsib\w* for exchang"),
        (SectionKey.FORMAT_FREQUENCY,
         r"\bformat\b|\bmethods?\b|\bmethod\(s\)|\bfrequen|\bhow often|\btransfer"),
        (SectionKey.LEGAL_BASIS, r"\blegal\b|\blawful|\blegislat|\bstatutory basis|\bpowers\b"),
        (SectionKey.INDIVIDUAL_RIGHTS, r"\brights?\b|\bsubject access|\baccess to information"),
        (SectionKey.INFORMATION_SHARED,
         r"\b(?:information|data|personal data)\s+(?:to be\s+|that will be\s+|being\s+)?"
         r"(?:shared|exchanged|disclosed)|\bwhat (?:information|data)|\bdata items|\bdatasets?\b"
         r"|\bwhat (?:will|is|we|partners)\b[\w ]{0,20}\bshared?\b"
         r"|\b(?:information|data) (?:covered|in scope)|\bscope of (?:the )?(?:information|data)"),
        (SectionKey.PURPOSE, r"\bpurposes?\b|\bobjectives?\b|\baims?\b|\bwhy\b[\w ]{0,25}\bshar"
                             r"|\breasons? for (?:the )?sharing"),
        (SectionKey.AGREEMENT,
         r"^(?:the\s+)?agreement\b|\bsignator|\bsignatures?\b|\bsign[- ]off|\bcommencement"
         r"|\bwithdrawal\b|^(?:the\s+)?term\b|\btermination\b|\bduration\b"),
    )
)

_NUMBER = re.compile(
    r"^\s*(?:(?i:section|part|clause)\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[.:)\-–]?\s+"
    r"|^\s*(?i:section|part)\s+(?P<letter>[A-Z])\s*[.:)\-–]\s+")  # "Section K: Agreement"
_APPENDIX = re.compile(r"^\s*(?:appendix|annex|schedule)\b", re.I)
MAX_HEADING_WORDS = 14


@dataclass(frozen=True, slots=True)
class Heading:
    block: Block
    text: str  # without its number
    number: str | None  # "3", "3.1"
    key: SectionKey | None

    @property
    def depth(self) -> int:
        return self.number.count(".") + 1 if self.number else 1


def _label(block: Block) -> tuple[str, str | None]:
    """The heading's words and its section number, from the text or Word's numbering."""
    text = block.text
    m = _NUMBER.match(text)
    if m:
        return text[m.end():].strip(" .:"), m.group("num") or m.group("letter")
    numbering = (block.cues.numbering or "").strip(" .)")
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", numbering):
        return text.strip(" .:"), numbering
    return text.strip(" .:"), None


def is_heading(block: Block) -> bool:
    """Does the block look like a heading, by its source cues or its shape?"""
    if block.kind == "table_cell" or block.region != "body":
        return False
    words = block.text.split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    if block.kind == "heading":
        return True
    if block.text.endswith((".", ";", ",")) and not _NUMBER.fullmatch(block.text + " "):
        return False
    m = _NUMBER.match(block.text)
    numbered = bool(m) and block.text[m.end():][:1].isupper()  # type: ignore[union-attr]
    return bool(block.cues.bold) or numbered


def headings(document: Document, exclude: frozenset[int] | set[int] = frozenset()) -> list[Heading]:
    out = []
    for block in document.blocks:
        if block.index in exclude or not is_heading(block):
            continue
        text, number = _label(block)
        out.append(Heading(block, text, number, classify(text)))
    return out


def classify(heading_text: str) -> SectionKey | None:
    """The canonical section a heading's words denote, or None."""
    for key, pattern in HEADING_RULES:
        if pattern.search(heading_text):
            return key
    return None


def find_sections(document: Document, exclude: frozenset[int] | set[int] = frozenset(),
                  ) -> tuple[list[SectionRecord], dict[int, SectionKey]]:
    """Each canonical section with its heading, and which section every body block is in.

    Only headings before the first appendix count, and sub-headings ("3.1 …") never start a
    canonical section of their own. When several headings denote one key (a contents list
    repeats every heading), the first with words under it wins, else the first. ``exclude``
    holds blocks that are not section headings whatever they look like (the title).
    """
    order: list[Heading] = []
    for heading in headings(document, exclude):
        if _APPENDIX.match(heading.text) or _APPENDIX.match(heading.block.text):
            order.append(heading)
            break
        if heading.depth > 1:
            continue
        order.append(heading)
    found: dict[SectionKey, tuple[Heading, list[Block], int]] = {}
    for pos, heading in enumerate(order):
        if heading.key is None:
            continue
        end = order[pos + 1].block.index if pos + 1 < len(order) else len(document.blocks)
        body = document.blocks[heading.block.index + 1:end]
        words = sum(len(b.text.split()) for b in body)
        earlier = found.get(heading.key)
        if earlier is None or (not earlier[2] and words):
            found[heading.key] = (heading, body, words)
    membership = {block.index: key for key, (_, body, _) in found.items() for block in body}
    records = []
    for key in SectionKey:
        if key not in found:
            records.append(SectionRecord(key, None, False, 0))
            continue
        hit, _, words = found[key]
        records.append(SectionRecord(key, hit.block.text, words > 0, words, hit.block.index,
                                     hit.block.page))
    return records, membership
