"""Which of the eleven template sections a document has, whatever its headings say.

A block is a heading when its source marks it so (style, outline level, bold, size), when it
is short and starts with a section number ("3.", "Section 3:"), or when it is a short line in
capitals or a short question ("What will we share?"). The words of a heading decide which
sections it denotes, possibly several ("Security and retention"); the patterns are data
(``resources/sections.toml``). Entries of a contents list are not headings.

Where no heading names a section, its content may still show it is there ("Case lists are
sent by secure email every Monday" covers format and frequency): enough of the section's
phrases in the body count as the section being present, with no heading. Content only ever
adds a section: a false "missing" is a false compliance finding, the worst error a report
can make. So a section neither a heading nor enough content shows is reported missing only
when the document never mentions it: one that is mentioned (a form's note that records are
"deleted when no longer needed") is *unclear*, ``present`` None, for a person to look at.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extractors.model import Block, Document
from pipeline.labels import FORM_NOTE
from pipeline.records import SectionRecord
from pipeline.vocab import SectionKey


@dataclass(frozen=True)
class SectionRules:
    headings: dict[SectionKey, tuple[re.Pattern[str], ...]]
    content: dict[SectionKey, tuple[re.Pattern[str], ...]]
    content_hits: dict[SectionKey, float]
    mentions: dict[SectionKey, tuple[re.Pattern[str], ...]]


@cache
def rules() -> SectionRules:
    """The section vocabulary, read once from ``resources/sections.toml``."""
    text = resources.files("pipeline.resources").joinpath("sections.toml").read_text("utf-8")
    data = tomllib.loads(text)

    def compiled(key: SectionKey, part: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in data[key.value].get(part, ()))

    return SectionRules({k: compiled(k, "headings") for k in SectionKey},
                        {k: compiled(k, "content") for k in SectionKey},
                        {k: float(data[k.value].get("content_hits", data["content_hits"]))
                         for k in SectionKey},
                        {k: compiled(k, "mentions") for k in SectionKey})


_NUMBER = re.compile(
    r"^\s*(?:(?i:section|part|clause)\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[.:)\-–]?\s+"
    r"|^\s*(?P<ocr>\d{1,2}),\s+(?=[A-Z][a-z])"  # "9, Security incidents": OCR's "9."
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
        return text[m.end():].strip(" .:"), m.group("num") or m.group("ocr") or m.group("letter")
    numbering = (block.cues.numbering or "").strip(" .)")
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", numbering):
        return text.strip(" .:"), numbering
    return text.strip(" .:"), None


_CONTENTS_ENTRY = re.compile(r"^.{3,120}?(?:\s*[.…·_]{2,}\s*|\s+)\d{1,3}$")
_CONTENTS_HEADING = re.compile(r"^(?:table of )?contents?$|^index$", re.I)


def is_heading(block: Block) -> bool:
    """Does the block look like a heading, by its source cues or its shape?"""
    if block.kind == "table_cell" or block.region != "body":
        return False
    words = block.text.split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    if block.kind == "heading":
        return True
    text = block.text.strip()
    if text.endswith("?") and len(words) <= 10 and text[:1].isupper():
        return True  # "How long will we keep it?"
    if text.endswith((".", ";", ",")) and not _NUMBER.fullmatch(text + " "):
        return False
    m = _NUMBER.match(text)
    numbered = bool(m) and text[m.end():][:1].isupper()  # type: ignore[union-attr]
    return bool(block.cues.bold) or numbered or _in_capitals(text)


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= 10


def headings(document: Document, exclude: frozenset[int] | set[int] = frozenset()) -> list[Heading]:
    out = []
    in_contents = False
    for block in document.blocks:
        if block.index in exclude or not (is_heading(block) or _names_a_section(block, document)):
            continue
        text, number = _label(block)
        if _CONTENTS_HEADING.match(text.strip()):
            in_contents = True
            continue
        if _CONTENTS_ENTRY.match(block.text.strip()) and (in_contents or _followed_by_heading(
                block, document)):
            continue  # "3. WHAT WE SHARE ........ 4": a contents entry, not the section
        in_contents = False
        out.append(Heading(block, text, number, classify(text)))
    return out


def _names_a_section(block: Block, document: Document) -> bool:
    """A short plain line that names a section and stands over a paragraph ("Data to be
    shared", then what is shared): a heading marked only by underlining or by nothing."""
    words = block.text.split()
    if block.kind != "paragraph" or block.region != "body" or not 1 <= len(words) <= 6:
        return False
    if block.text.rstrip().endswith((".", ",", ";", ":")) or not block.text[:1].isupper():
        return False
    nxt = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    return (nxt is not None and nxt.kind in ("paragraph", "list_item")
            and len(nxt.text.split()) >= 8 and bool(classify_all(block.text)))


def _followed_by_heading(block: Block, document: Document) -> bool:
    nxt = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    return nxt is None or is_heading(nxt)


def classify(heading_text: str) -> SectionKey | None:
    """The first canonical section a heading's words denote (template order), or None."""
    keys = classify_all(heading_text)
    return keys[0] if keys else None


def classify_all(heading_text: str) -> list[SectionKey]:
    """Every canonical section a heading's words denote, in template order."""
    table = rules().headings
    return [key for key in _PRIORITY if any(p.search(heading_text) for p in table[key])]


#: When one heading denotes several sections, the one it is *about* comes first: "Information
#: format, method(s) and frequency of sharing" is about format, not about what is shared.
_PRIORITY = (SectionKey.BREACH, SectionKey.COMPLAINTS, SectionKey.SECURITY,
             SectionKey.RETENTION, SectionKey.ACCURACY, SectionKey.FORMAT_FREQUENCY,
             SectionKey.LEGAL_BASIS, SectionKey.INDIVIDUAL_RIGHTS,
             SectionKey.INFORMATION_SHARED, SectionKey.PURPOSE, SectionKey.AGREEMENT)


@dataclass(slots=True)
class _Hit:
    heading: Heading | None
    body: list[Block]
    words: int


def find_sections(document: Document, exclude: frozenset[int] | set[int] = frozenset(),
                  ) -> tuple[list[SectionRecord], dict[int, SectionKey]]:
    """Each canonical section with its heading, and which section every body block is in.

    Top-level headings before the first appendix start sections; a heading may denote
    several. Sub-headings ("3.1 Retention") and appendix headings add the sections they
    name without owning the text. When several headings denote one key (a contents list
    repeats every heading), the first with words under it wins, else the first. A section no
    heading names may be present by its content. ``exclude`` holds blocks that are not
    section headings whatever they look like (the title).
    """
    every = headings(document, exclude)
    order: list[Heading] = []
    appendix_at = len(every)
    for pos, heading in enumerate(every):
        if (_APPENDIX.match(heading.text) or _APPENDIX.match(heading.block.text)) \
                and not _followed_by_heading(heading.block, document):  # not a contents line
            order.append(heading)
            appendix_at = pos
            break
        if heading.depth == 1:
            order.append(heading)
    found: dict[SectionKey, _Hit] = {}
    for pos, heading in enumerate(order):
        end = order[pos + 1].block.index if pos + 1 < len(order) else len(document.blocks)
        _claim(found, heading, document.blocks[heading.block.index + 1:end])
    membership = {block.index: key for key, hit in found.items() for block in hit.body}
    for pos, heading in enumerate(every):  # sub-headings, and appendices, name sections too
        if heading in order[:-1] or (heading.depth == 1 and pos < appendix_at):
            continue
        end = every[pos + 1].block.index if pos + 1 < len(every) else len(document.blocks)
        _claim(found, heading, document.blocks[heading.block.index + 1:end], owns=False)
    _through_unnamed_headings(found, every, document)
    _from_form(document, found)
    _by_content(document, found, {h.block.index for h in every})
    records = []
    for key in SectionKey:
        hit = found.get(key)
        mention = _mention(document, key) if hit is None else None
        if mention is not None:  # touched on, not shown: unclear, never reported missing
            records.append(SectionRecord(key, None, None, 0, mention.index, mention.page,
                                         "mention"))
        elif hit is None:
            records.append(SectionRecord(key, None, False, 0))
        elif hit.heading is None:
            first = hit.body[0]
            records.append(SectionRecord(key, None, True, hit.words, first.index, first.page,
                                         "content"))
        else:
            records.append(SectionRecord(key, hit.heading.block.text, hit.words > 0, hit.words,
                                         hit.heading.block.index, hit.heading.block.page,
                                         "heading"))
    return records, membership


def _claim(found: dict[SectionKey, _Hit], heading: Heading, body: list[Block],
           owns: bool = True) -> None:
    words = sum(len(b.text.split()) for b in body)
    for key in classify_all(heading.text):
        earlier = found.get(key)
        if earlier is None or (not earlier.words and words):
            found[key] = _Hit(heading, body if owns else [], words)


def _through_unnamed_headings(found: dict[SectionKey, _Hit], every: list[Heading],
                              document: Document) -> None:
    """A section heading with nothing under it but a heading that names no section (a
    table's header row, "Who does what") has the text below that heading as its own."""
    at = {h.block.index: pos for pos, h in enumerate(every)}
    for hit in found.values():
        if hit.words or hit.heading is None or hit.heading.block.index not in at:
            continue
        words, pos = 0, at[hit.heading.block.index] + 1
        while pos < len(every) and not classify_all(every[pos].text) \
                and not _APPENDIX.match(every[pos].text):
            pos += 1
        end = every[pos].block.index if pos < len(every) else len(document.blocks)
        words = sum(len(b.text.split()) for b in document.blocks[hit.heading.block.index + 1:end]
                    if b.index not in at)
        hit.words = words


def _from_form(document: Document, found: dict[SectionKey, _Hit]) -> None:
    """Sections a form sets out as labelled boxes: a row whose first cell names a section
    ("How it will be shared", "Retention") and whose other cells say something."""
    for rows in document.tables().values():
        if max(len(cells) for cells in rows) > 2:
            continue  # a table of data ("Dataset | Provided by | Items"), not a form
        for r, cells in enumerate(rows):
            # "Purpose of sharing (what will the data be used for?)": the note is no label
            label = _NUMBER.sub("", FORM_NOTE.sub("", cells[0].text)).strip(" :?.")
            if len(label.split()) > 8:
                continue
            if len(cells) >= 2:
                body = [c for c in cells[1:] if c.text.strip()]
            elif r + 1 < len(rows) and len(rows[r + 1]) == 1:  # label row, value row below
                body = [c for c in rows[r + 1] if c.text.strip()]
            else:
                continue
            words = sum(len(c.text.split()) for c in body)
            if words < 3:
                continue
            for key in classify_all(label):
                if key not in found:
                    heading = Heading(cells[0], label, None, key)
                    found[key] = _Hit(heading, body, words)


def _by_content(document: Document, found: dict[SectionKey, _Hit],
                heading_blocks: set[int]) -> None:
    """Sections no heading names, present by enough of their phrases in the body.

    A phrase in text that another section's heading owns counts half: "sent by secure email"
    under "Method of sharing" is about the method more than about security."""
    table, needed = rules().content, rules().content_hits
    owner = {b.index: key for key, hit in found.items() for b in hit.body}
    body = [b for b in document.blocks if b.region == "body" and b.index not in heading_blocks
            and len(b.text.split()) >= 4]
    for key in SectionKey:
        if key in found and found[key].words:
            continue  # a heading with nothing under it does not stop its content counting
        weight, hits = 0.0, []
        for block in body:
            n = _phrases(block.text, table[key])
            if n:
                hits.append(block)
                weight += n * (0.5 if block.index in owner else 1.0)
        if weight >= needed[key]:
            found[key] = _Hit(None, hits, sum(len(b.text.split()) for b in hits))


def _mention(document: Document, key: SectionKey) -> Block | None:
    """The first block, anywhere in the document, whose words touch on the section."""
    patterns = rules().mentions[key]
    return next((b for b in document.blocks if any(p.search(b.text) for p in patterns)), None)


def _phrases(text: str, patterns: tuple[re.Pattern[str], ...]) -> int:
    """How many separate places in ``text`` the patterns match (overlaps count once)."""
    spans = sorted(m.span() for p in patterns for m in p.finditer(text))
    count, end = 0, -1
    for start, stop in spans:
        if start >= end:
            count += 1
            end = stop
        else:
            end = max(end, stop)
    return count
