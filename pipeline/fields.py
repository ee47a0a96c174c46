"""From an extracted document to a protocol record, every value with its evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language

from extractors.model import Block, Document
from pipeline.bodies import names_a_body
from pipeline.dates import REVIEW_WORDS, add_months, find_dates, find_review_rule
from pipeline.front_matter import find_references
from pipeline.kind import classify
from pipeline.labels import Labelled, find_labelled, first
from pipeline.nlp import citations_in, parse_texts
from pipeline.parties import POSTCODE, find_parties
from pipeline.records import CitationRecord, Evidence, ProtocolRecord
from pipeline.references import with_references
from pipeline.registry import Registry
from pipeline.sections import classify_all, find_sections, is_heading
from pipeline.vocab import ReviewBasis, Role, SectionKey

_AGREEMENT_WORDS = re.compile(
    r"\b(?:protocol|agreement|isp|isa|dsa|memorandum|mou|contract|licen[cs]e|terms of reference"
    r"|information sharing|data sharing)\b", re.I)
_NOT_TITLE = re.compile(r"^(?:contents|table of contents|version|draft|official|confidential"
                        r"|page \d+|appendix|annex|schedule"
                        r"|document (?:control|history|details|information|status|management)"
                        r"|(?:change|revision|amendment|version|review|approval|issue)s? "
                        r"(?:history|record|log|control|table)s?$|record of (?:changes|amendments)"
                        r"|distribution list|approvals?$"
                        r"|introduction$|background$|definitions$|parties$|scope$"
                        r"|(?:security )?classification|protective marking|government security)\b",
                        re.I)
_PURPOSE_SENTENCE = re.compile(
    r"\bthe purpose of (?:this|the) (?:agreement|protocol|isp|isa|dsa|(?:information |data )?"
    r"sharing|arrangements?|exchange|memorandum|mou|document|framework|partnership|scheme)\b"
    r"[^.]*\bis\b", re.I)
_COMMENCE = re.compile(
    r"\b(?:commenc\w*|effective|come[s]? into (?:force|effect)|takes? effect|in force from"
    r"|start(?:s|ing)?"
    r" on|signed on|dated)\b", re.I)
_REVIEW_NEAR = re.compile(REVIEW_WORDS, re.I)
#: What a relative review period counts from, by the words after it.
_FROM_SIGNING = re.compile(r"\bsign(?:ed|ing|ature|atures|atories)?\b|\bsigned\b", re.I)
_FROM_START = re.compile(r"\bcommence\w*|\bcomes? into (?:force|effect)|\bstart(?:s|ed)?\b"
                         r"|\btakes? effect|\beffective|\bbegan|\bbegins", re.I)
_SIGNED_DATE = re.compile(
    r"(?<!review )(?<!commencement )(?<!start )(?<!expiry )(?<!end )(?<!issue )(?<!version )"
    r"(?<!revision )(?<!termination )(?<!birth )\b(?:date(?: signed)?\s*[:\-]|signed on)\s*"
    r"(?P<value>.+)$", re.I)
_EARLIER = re.compile(r"\b(?:supersed\w*|replac\w*|previous\w*|earlier)\b[^.]{0,60}$", re.I)
#: What a document calls its kind: "Information Sharing Protocol", "Data Processing and
#: Sharing Agreement", "Joint Controller Agreement", "Terms of Reference", and two kinds in one
#: ("Memorandum of Understanding and Information Sharing Protocol").
_KIND_NAME = (r"(?:(?:(?:personal )?(?:information|data)(?: (?:sharing|processing|access|transfer"
              r"|protection))?(?: and (?:sharing|processing))?|joint controllers?|partnership"
              r"|operating)\s+(?:protocol|agreement|framework|arrangements?))"
              r"|memorandum of understanding|terms of reference|isp|isa|dsa|mou|jca")
_DOC_TYPE = (rf"(?:{_KIND_NAME})(?:\s*\((?:isp|isa|dsa|dpa|mou|jca)\))?"
             rf"(?:\s+(?:and|&)\s+(?:{_KIND_NAME})(?:\s*\((?:isp|isa|dsa|dpa|mou|jca)\))?)*")
#: Words that name what kind of document it is, not what it is about.
_KIND_WORDS = frozenset({
    "agreement", "agreements", "protocol", "protocols", "memorandum", "understanding", "terms",
    "reference", "contract", "arrangement", "arrangements", "framework", "form", "information",
    "data", "personal", "sharing", "processing", "access", "transfer", "disclosure", "exchange",
    "protection", "research", "collaboration", "joint", "controller", "controllers", "working",
    "schedule", "local", "multi", "agency", "multi-agency",
    "partnership", "operating", "service", "level", "use", "confidentiality", "isa", "isp",
    "dsa", "dpa", "mou", "jca", "dda", "dta", "dua", "and", "of", "the", "for", "&",
    "cytundeb", "rhannu", "gwybodaeth", "datgelu", "memorandwm"})  # Welsh
_KIND_HEADS = frozenset({"agreement", "agreements", "protocol", "protocols", "memorandum",
                         "terms", "contract", "arrangement", "arrangements", "framework", "form",
                         "schedule",
                         "isa", "isp", "dsa", "mou", "jca", "cytundeb", "memorandwm"})


#: The law a kind of document is made under, after its kind: "under Part 5 of the Digital
#: Economy Act 2017", "under section 115 of the Crime and Disorder Act 1998".
_UNDER_LAW = re.compile(r"\s+(?:made\s+)?under\s+(?:(?:part|section|schedule|article)\s+[\dIVX]+"
                        r"\w*\s+(?:of|to)\s+)?(?:the\s+)?[A-Z][\w ,()’'-]*?\b(?:Act|Regulations)"
                        r"(?:\s+\d{4})?\s*$", re.I)


def _generic(text: str) -> bool:
    """Does the line name only the document's kind ("Information Sharing Protocol", "DATA
    DISCLOSURE AGREEMENT", "Research Collaboration and Data Sharing Agreement", "… Form
    (IG-F12)"), not the agreement?"""
    text = _UNDER_LAW.sub("", text)  # "… Arrangement under Part 5 of the Digital Economy Act"
    words = re.findall(r"[a-z&]+", re.sub(r"\([^()]*\)", " ", text.lower()))
    return bool(words) and set(words) <= _KIND_WORDS and bool(_KIND_HEADS & set(words))


_TYPE_PREFIX = re.compile(rf"^(?:{_DOC_TYPE})(?:\s*[–—:\-]\s*(?=\S)|\s+(?=(?-i:[A-Z][a-z])))", re.I)
_TYPE_SUFFIX = re.compile(rf"\s*[–—:\-|]\s*(?:{_DOC_TYPE})$", re.I)
_REFERENCE_LINE = re.compile(r"\b(?:ref(?:erence)?(?: no\.?| number)?\s*[:.]?\s+[A-Z]{2,}[\w/-]*\d"
                             r"|version\s+\d|v\d+\.\d)", re.I)
_ABOUT_THIS = re.compile(r"\b(?:this|these)\s+(?:\w+\s+)?(?:agreements?|protocols?|arrangements?"
                         r"|documents?|isas?|isps?|dsas?|memorandum|mou)\b", re.I)
_LABEL_LINE = re.compile(r"^[A-Z][\w ]{0,30}:\s+[a-z]")  # "Effective Date: the date of …"
TITLE_WINDOW = 40  # blocks from the start where a title may be


@dataclass(frozen=True, slots=True)
class Found:
    value: str
    block: Block

    def evidence(self, field: str, value: str | None = None) -> Evidence:
        return Evidence(field, value if value is not None else self.value, self.block.text[:500],
                        self.block.path, self.block.page,
                        self.block.index if self.block.region == "body" else None)


def parse_document(document: Document, nlp: Language, registry: Registry) -> ProtocolRecord:
    """All contract fields of one document. Values not found stay None (or empty lists)."""
    labelled = find_labelled(document)
    title = find_title(document, labelled)
    sections, membership = find_sections(
        document, exclude={title.block.index} if title and title.block.region == "body" else set())
    record = ProtocolRecord(sections=sections)
    if title:
        record.title = title.value
        record.evidence.append(title.evidence("title"))
    decision = classify(document, record.title)
    record.kind, record.kind_reason = decision.kind, decision.reason
    purpose = find_purpose(document, labelled, membership)
    if purpose:
        record.purpose = purpose.value
        record.evidence.append(purpose.evidence("purpose"))
    record.parties, party_evidence = find_parties(document, labelled, nlp, registry)
    record.evidence.extend(party_evidence)
    lead = next((p for p in record.parties if p.role == Role.LEAD), None)
    if lead:
        record.lead_name, record.lead_org = lead.name, lead.org
    _add_citations(record, document, nlp)
    commencement = find_commencement(document, labelled)
    if commencement:
        record.commencement_date = commencement[0]
        record.evidence.append(commencement[1].evidence("commencement_date",
                                                        commencement[0].isoformat()))
    _add_review(record, document, labelled)
    record.references = find_references(document)
    for s in sections:
        if s.heading is not None and s.block is not None:
            block = document.blocks[s.block]
            record.evidence.append(Found(s.heading, block).evidence(f"section.{s.section.value}"))
    return record


def find_title(document: Document, labelled: list[Labelled]) -> Found | None:
    item = next((x for x in labelled if x.field == "title" and _title_label_here(x, document)),
                None)
    loose = item is not None and item.label.text.strip(" :").lower() == "agreement"
    if item and _plausible_title(item.value) and (not loose
                                                 or _capitalised_share(item.value) > 0.6) \
            and not _generic(item.value.strip(" .:")):
        return Found(_title_text(item.value), item.source)  # "Agreement" | a name, in title case
    furniture = {b.text.lower() for b in document.furniture}
    best: tuple[float, Block] | None = None
    window = document.blocks[:TITLE_WINDOW]
    sizes = [b.cues.font_size for b in window if b.cues.font_size and not names_a_body(b.text)]
    largest = max(sizes) if sizes else None
    boxes = _title_boxes(document)
    parts: dict[int, str] = {}  # a title that is only part of its block, or two blocks
    banners = {c.index for rows in document.tables().values() if rows
               for c in rows[0] if len([x for x in rows[0] if x.text.strip()]) == 1
               and largest and c.cues.font_size == largest}  # a cover table's title row
    for block in window:
        if block.kind == "table_cell" and block.index not in boxes | banners:
            continue
        text = _title_part(block, document)
        if text != block.text:
            parts[block.index] = text
        opens = text.rstrip().endswith(":") and _continues(block, document)
        repeated = block.text.lower() in furniture  # also in a running header or footer
        if (repeated and not _AGREEMENT_WORDS.search(text)) or not _plausible_title(
                text.rstrip().rstrip(":") if opens else text):
            continue
        if names_a_body(text) and not _AGREEMENT_WORDS.search(text):
            continue  # the author's name on the cover, not the agreement's
        if _described_below(block, document):
            continue  # "Adopt East" / "Regional Adoption Agency for …": the author again
        score = 0.0
        if _AGREEMENT_WORDS.search(_continued(block, document) if opens else text) or (
                block.index in parts and _AGREEMENT_WORDS.search(block.text)):
            score += 3
        if re.match(r"(?:this|these)\s", text, re.I):
            score -= 3  # "This protocol covers …": a sentence about the document
        elif _ABOUT_THIS.search(text):
            score -= 4  # "PARTIES TO THIS PROTOCOL": a heading about the document, not its name
        if (len(text.split()) <= 8 and classify_all(text.strip(" :.?"))
                and (not _AGREEMENT_WORDS.search(text)
                     or re.search(r"\b(?:this|the) (?:agreement|protocol)\b", text, re.I))):
            # "WHAT THIS AGREEMENT IS FOR": a section's heading, not the title; in the cover's
            # largest type, a name with a section's word in it ("… Linked Dataset")
            score -= 1 if largest and block.cues.font_size == largest else 3
        if block.kind == "heading" or (block.cues.style_name or "").lower() == "title":
            score += 2
        if largest and block.cues.font_size == largest:
            score += 2
        if block.cues.bold:
            score += 1
        if block.index in boxes:
            score += 2  # a cover's title box
        if (block.index in parts and len(parts[block.index]) > len(block.text) and largest
                and block.cues.font_size and block.cues.font_size < largest):
            score -= 2  # "ESSEX RESILIENCE FORUM" / "Information Sharing Protocol" over a
            # name in larger type: the author and the kind, joined, are not the name
        if re.match(r"^\s*(?:\d+(?:\.\d+)*[.)]?\s|(?:section|part|clause)\s+\w{1,3}\s*[.:)\-–])",
                    text, re.I):
            score -= 3  # a numbered section heading or clause, not a title
        if _generic(text.strip(" .:")):
            score -= 2.5  # "Information Sharing Protocol" names the kind, not the agreement
        elif _TYPE_PREFIX.match(_clean(text)):
            score += 1.5  # "Information Sharing Protocol – Domestic Abuse Referrals"
        if re.match(r"(?:an? )?(?:agreement|protocol) between\b", text, re.I):
            score -= 1  # "Agreement between X and Y" says who, under the name that says what
        if re.search(r"\bframework$", text.strip(" .:"), re.I):
            score -= 2  # "Whole Essex Information Sharing Framework": the umbrella, not this one
        if _capitalised_share(text) < 0.5 and not _continues(block, document):
            score -= 2  # a sentence, not a title
        if _REFERENCE_LINE.search(text):
            score -= 3  # "Agreement reference HWE-DSA-02 | Version 2.0": document control
        if re.search(r"\[[^\]]*\]", text):
            score -= 2  # a template's placeholder: "[Organisation name]", "[XX]"
        score -= block.index * 0.02
        if score >= 2.5 and (best is None or score > best[0]):
            best = (score, block)
    if best and best[1].index in parts:
        return Found(_title_text(parts[best[1].index]), best[1])
    if best and _generic(best[1].text.strip(" .:")):
        start = _title_start(best[1], document, largest)
        if start is not best[1]:  # "Safeguarding Adults Multi-Agency" / "Information Sharing …"
            return Found(_title_text(_continued(start, document, largest)), start)
        whole = _continued(best[1], document)
        if whole != best[1].text.strip():  # "MEMORANDUM OF UNDERSTANDING" / "between" / …
            return Found(_title_text(whole), best[1])
        named = _under_banner(best[1], document)
        if named is not None:
            return Found(_title_text(parts.get(named.index) or _continued(named, document)),
                         named)
    if best and not _generic(best[1].text.strip(" .:")):
        start = _title_start(best[1], document, largest)
        return Found(_title_text(_continued(start, document, largest)), start)
    header = _header_title(document)
    if header:
        return header
    if best:
        return Found(_title_text(_continued(best[1], document)), best[1])
    meta = document.metadata.get("title", "")
    if _plausible_title(meta) and not re.search(r"\.(?:docx?|pdf)$|^microsoft word", meta, re.I):
        pseudo = Block(-1, "paragraph", meta, meta, "metadata/title", region="header")
        return Found(_title_text(meta), pseudo)
    return None


def _title_part(block: Block, document: Document) -> str:
    """What of a block may be the title. A cover paragraph set over several lines names the
    kind, the agreement and its parties ("INFORMATION SHARING AGREEMENT" / "County Lines
    Tasking" / "between police forces …"): its name is the lines after the kind, up to the
    parties. A name set in title type above the kind in the same type ("Safeguarding Adults" /
    "Information Sharing Agreement") is one title with it."""
    lines = [" ".join(x.split()) for x in block.raw_text.splitlines() if x.strip()]
    # "Data Sharing Agreement | Version 2.0": a line's version and marking are no part of it
    marked = [" | ".join(p for p in re.split(r"\s+\|\s+", line) if not _FURNITURE_PART.search(p))
              for line in lines]
    marked_off = marked != lines
    lines = [line for line in marked if line]
    if block.kind != "table_cell" and len(lines) >= 2:
        banner = False
        while (len(lines) > 1 and _generic(lines[0].strip(" .:"))
               and lines[1][:1].isupper()):  # "… Agreement" / "for the Hub" is one title
            lines.pop(0)
            banner = True
        kept: list[str] = []
        for line in lines:
            if kept and kept[-1].split()[-1].lower() not in _TITLE_JOIN and (
                    _between_parties(line) or find_dates(line)
                    or names_a_body(re.split(r",|\s(?:and|&)\s", line)[0])
                    or (line[:1].isupper() and _capitalised_share(line) < 0.5)):
                break  # the parties, a date or a sentence under the name
            if (len(kept) > 1 and _generic(kept[-1].strip(" .:"))
                    and len(re.sub(r"\([^()]*\)", " ", kept[-1]).split()) > 1  # "Arrangements"
                    and kept[-1].split()[-1].lower() not in _TITLE_JOIN):
                break  # "Devon SEND" / "Information Sharing Agreement" / "for the 0–25 …"
            kept.append(line)
        name = " ".join(kept)
        if kept and (banner or marked_off or len(kept) < len(lines)) \
                and _capitalised_share(name) >= 0.6:
            return name
    nxt = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    if (nxt is not None and _same_style(block, nxt) and block.kind == nxt.kind
            and _generic(nxt.text.strip(" .:"))
            and not _generic(block.text.strip(" .:"))
            and not names_a_body(block.text) and _capitalised_share(block.text) >= 0.5
            and not block.text.rstrip().endswith((".", ":"))):
        return f"{block.text.strip()} {nxt.text.strip()}"
    return block.text


def _between_parties(line: str) -> bool:
    """Does a "between …" line name the parties ("between Essex Police and Essex County
    Council"), not the scope of the name above it ("between 0-19 Public Health Nursing
    Providers")? It names them when one of its names is a body's, or when it points to where
    they are listed ("between the partners named in Schedule 1")."""
    m = re.match(r"(?:an? )?(?:agreement |protocol )?between\s+(?:the\s+)?(.+)", line, re.I)
    if m is None:
        return False
    rest = m.group(1).strip(" .:")
    return (any(names_a_body(part) for part in re.split(r",|\s(?:and|&)\s", rest))
            or bool(re.search(r"\b(?:parties|partners|members?|signator\w*|organisations"
                              r"|agencies|listed|named|set out|below|overleaf)\b", rest, re.I)))


#: A line that says what kind of body the line above it names ("Independent Fostering
#: Agency", "Regional Adoption Agency for Essex"): its head noun is a body's.
_BODY_DESCRIPTION = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,4}(?:agency|trust|council|charity|partnership"
    r"|service|board|authority|company|organi[sz]ation|provider)(?:\s+(?:for|in|of|serving)\s+.+)?$",
    re.I)


def _described_below(block: Block, document: Document) -> bool:
    """Is the block a body's name, with what kind of body it is on the line below in smaller
    type (an agency's own name set large on its cover)?"""
    nxt = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    return (nxt is not None and nxt.kind != "table_cell" and len(block.text.split()) <= 5
            and not _AGREEMENT_WORDS.search(block.text)
            and bool(block.cues.font_size and nxt.cues.font_size
                     and nxt.cues.font_size < block.cues.font_size)
            and _BODY_DESCRIPTION.match(nxt.text.strip()) is not None
            and not _AGREEMENT_WORDS.search(nxt.text))


def _under_banner(banner: Block, document: Document) -> Block | None:
    """The agreement's own name set just below a generic "DATA SHARING AGREEMENT" banner."""
    boxes = _title_boxes(document)
    for block in document.blocks[banner.index + 1:banner.index + 3]:
        if (block.kind == "table_cell" and block.index not in boxes) or block.region != "body":
            return None  # a cover's title box under the banner is the name, a table is not
        text = block.text.strip()
        if text.endswith(":") and _continues(block, document):
            text = text.rstrip(": ")  # "Electronic Palliative Care Co-ordination:" / "Sharing …"
        if (_plausible_title(text) and not _generic(text.strip(" .:"))
                and text[:1].isupper() and not re.search(POSTCODE, text)
                and not names_a_body(text) and not names_a_body(re.split(r"\s[–—-]\s|,", text)[0])
                and _capitalised_share(text) >= 0.5
                and not text.endswith(".") and not find_dates(text)):
            return block
    return None


def _title_boxes(document: Document) -> set[int]:
    """Cells of small one-column tables near the start: the box a cover sets its title in."""
    out: set[int] = set()
    for rows in document.tables().values():
        cells = [c for row in rows for c in row if c.text.strip()]
        one_column = len({c.col for c in cells}) == 1 and len(cells) <= 4
        if cells and one_column and cells[0].index < TITLE_WINDOW:
            out.update(c.index for c in cells)
    return out


def _header_title(document: Document) -> Found | None:
    """A title that stands only in the page header ("Return Home Interviews – Information
    Sharing Agreement"), when the body names none but the kind."""
    for pos, block in enumerate(document.furniture):
        if block.region != "header" or not _plausible_title(block.text):
            continue
        line = block.text
        nxt = document.furniture[pos + 1] if pos + 1 < len(document.furniture) else None
        if (nxt is not None and nxt.region == "header" and nxt.page == block.page
                and len(nxt.text.split()) <= 4 and not _FURNITURE_PART.search(nxt.text)
                and not names_a_body(nxt.text)
                and not re.search(r"\b(?:official|sensitive|page|version|draft)\b|\d",
                                  nxt.text, re.I)
                and not line.rstrip().endswith((".", ":", "|"))):
            line = f"{line} {nxt.text}"  # "… Information with Essex" / "Councils"
        # "… Provider Quality Not protectively marked": the marking is no part of the name
        kept = [part for part in (_MARKING_AT_END.sub("", x)
                                  for x in re.split(r"\s+[|–—-]\s+", line)) if part
                if not _FURNITURE_PART.search(part)]
        text = _TYPE_SUFFIX.sub("", _title_text(" – ".join(kept)))
        if (_generic(text.strip(" .:")) or names_a_body(text)
                or not _plausible_title(text) or _capitalised_share(text) < 0.5
                or re.search(r"\b(?:official|sensitive|page|version|draft)\b", text, re.I)):
            continue
        return Found(text, block)
    return None


#: What else a running header says: "v2.1", "OFFICIAL", "Page 3 of 9", a reference.
_FURNITURE_PART = re.compile(r"^\s*(?:v(?:ersion)?\s*\d[\d.]*|official(?:[- ]sensitive)?|draft"
                             r"|(?:not )?protectively marked"
                             r"|page \d+(?: of \d+)?|[A-Z]{2,}(?:-[A-Z0-9]+)+)\s*$", re.I)


_MARKING_AT_END = re.compile(r"\s+(?:not protectively marked|protectively marked"
                             r"|official(?:[- ]sensitive)?)\s*$", re.I)


_TITLE_JOIN = frozenset({"between", "of", "and", "for", "on", "to", "the", "with", "by", "in",
                         "&", "–", "-", "among", "amongst"})


#: Lower-case words that open a title's second line in the same type ("for Home Fire Safety
#: Checks"); "between" and "and" open the parties' line instead.
_TITLE_GOES_ON = frozenset({"for", "of", "on", "to", "in", "with"})


def _goes_on(line: str) -> bool:
    """Does a line open as the rest of a title does ("for Home Fire Safety Checks", "between
    0-19 Public Health Nursing Providers"), not as the parties' line?"""
    first = line.split()[0]
    return first in _TITLE_GOES_ON or (first == "between" and not _between_parties(line)
                                       and not line.rstrip().endswith((",", ";")))


def _title_start(block: Block, document: Document, largest: float | None) -> Block:
    """Where a title set in title-size type over two lines begins: "Tower Hamlets and Newham
    Serious Violence Duty" / "Partnership Information Sharing Agreement" is one title."""
    before = document.blocks[block.index - 1] if block.index > 0 else None
    if (before is not None and before.kind != "table_cell" and before.region == "body"
            and before.text.rstrip().endswith(":") and _plausible_title(before.text.rstrip(": "))
            and _capitalised_share(before.text) >= 0.5 and not names_a_body(before.text)
            and _continues_with(before.text, block)):
        return before  # "Electronic Palliative Care Co-ordination:" / "Sharing Records …"
    if (before is not None and largest and block.cues.font_size == largest
            and _same_style(before, block) and _plausible_title(before.text)
            and not _generic(before.text.strip(" .:"))
            and not names_a_body(before.text) and not before.text.rstrip().endswith(".")):
        return before
    return block


def _same_style(a: Block, b: Block) -> bool:
    return (a.kind != "table_cell" and b.kind != "table_cell" and a.region == b.region == "body"
            and a.cues.font_size == b.cues.font_size and a.cues.bold == b.cues.bold)


def _continued(block: Block, document: Document, largest: float | None = None) -> str:
    """A title set over several lines in one style ("Memorandum of Understanding between" /
    "Insulate Ukraine" / "and" / "Data Science …") is read whole, as is one whose first line
    ends in a colon ("Sharing information about young carers:" / "an agreement between …")."""
    text = block.text.strip()
    following = document.blocks[block.index + 1:block.index + 8] if block.region == "body" else []

    def same_style(b: Block) -> bool:
        return (b.kind != "table_cell" and b.cues.font_size == block.cues.font_size
                and b.cues.bold == block.cues.bold and len(b.text.split()) <= 12)

    i = 0
    while i < len(following) and len(text.split()) < 30:
        nxt = following[i].text.strip()
        if _continues_with(text, following[i]):
            text, i = f"{text} {nxt}", i + 1
            continue
        if not same_style(following[i]):
            if (text.split()[-1].lower() in _TITLE_JOIN and i + 1 < len(following)
                    and same_style(following[i + 1])):  # a line in small type set between
                text, i = f"{text} {following[i + 1].text.strip()}", i + 2
                continue
            if (text.split()[-1].lower() in _TITLE_JOIN - {"–", "-", "&"}
                    and following[i].kind != "table_cell" and len(nxt.split()) <= 12
                    and not nxt.endswith(".")):
                text, i = f"{text} {nxt}", i + 1  # no title ends in "of": its line goes on
                continue
            if (_goes_on(nxt) and following[i].kind != "table_cell"
                    and following[i].cues.bold == block.cues.bold and len(nxt.split()) <= 12
                    and not nxt.endswith(".") and not find_dates(nxt)):
                text, i = f"{text} {nxt}", i + 1  # "… from Ambulance Clinicians" / "to Local
                continue  # Authority Services" in smaller type: a line that opens lower case
            break
        if text.split()[-1].lower() in _TITLE_JOIN or (
                largest and block.cues.font_size == largest and i == 0
                and not _generic(nxt.strip(" .:")) and not find_dates(nxt)
                and not text.endswith((".", ":")) and len(nxt.split()) <= 8):
            text, i = f"{text} {nxt}", i + 1  # the second line of a title in title type
        elif (_goes_on(nxt) and len(nxt.split()) <= 12
              and not nxt.endswith(".") and not find_dates(nxt)):
            text, i = f"{text} {nxt}", i + 1  # "… Client Data" / "for Home Fire Safety Checks"
        elif (nxt.lower() in _TITLE_JOIN and i + 1 < len(following)
              and same_style(following[i + 1])):
            text, i = f"{text} {nxt} {following[i + 1].text.strip()}", i + 2
        else:
            break
    return text


def _continues(block: Block, document: Document) -> bool:
    """Does the block below carry on this one's words (it opens a two-line title)?"""
    nxt = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    return nxt is not None and block.region == "body" and _continues_with(block.text, nxt)


def _continues_with(text: str, nxt: Block) -> bool:
    words = nxt.text.split()
    if nxt.kind == "table_cell" or not words or len(words) > 20 or nxt.text.endswith("."):
        return False
    return text.rstrip().endswith(":")


def _title_label_here(item: Labelled, document: Document) -> bool:
    """A "Title:" in a cover table counts; as a line only near the top and before any
    section: further down it is a signatory's job title."""
    if item.origin != "line":
        return item.source.index < TITLE_WINDOW * 2
    if item.source.region != "body" or item.source.index >= 15:
        return False
    return not any(is_heading(b) and re.match(r"^\s*\d", b.text)
                   for b in document.blocks[:item.source.index])


def _plausible_title(text: str) -> bool:
    words = text.split()
    return (2 <= len(words) <= 25 and not _NOT_TITLE.match(text) and not text.endswith(":")
            and not re.fullmatch(r"[\d\W]+", text) and text[:1] not in "([{"
            and not _LABEL_LINE.match(text))


def _capitalised_share(text: str) -> float:
    """How many of the words that could be capitalised are (titles are Title Case)."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text)
             if w.lower() not in {"of", "and", "the", "for", "in", "on", "to", "a", "an", "with",
                                  "between", "by", "at", "or"}]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _clean(text: str) -> str:
    return re.sub(r"^[_~|•]+\s*", "", " ".join(text.split())).strip(" :")  # "_INFORMATION …": OCR


def _title_text(text: str) -> str:
    """A title without its document-type prefix ("Information Sharing Protocol – X" → X)."""
    return _TYPE_PREFIX.sub("", _clean(text))


_CLAUSE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+|^\d{1,2}[.)]\s+")


def find_purpose(document: Document, labelled: list[Labelled],
                 membership: dict[int, SectionKey]) -> Found | None:
    item = first(labelled, "purpose")
    if item and len(item.value.split()) >= 3 and (
            len(item.value.split()) >= 8 or not _NAMED_AIM.fullmatch(item.label.text.strip(" :"))):
        return Found(_clean(item.value), item.source)
    found = _purpose_in_text(document, membership)
    if found is None and item and len(item.value.split()) >= 3:
        return Found(_clean(item.value), item.source)
    return found


#: Labels that may name an aim rather than state the purpose: "Objective | Multiple
#: disadvantages (public service delivery)" names a category; a sentence under them states it.
_NAMED_AIM = re.compile(r"(?:specified )?(?:aims?|objectives?)", re.I)


def _purpose_in_text(document: Document, membership: dict[int, SectionKey]) -> Found | None:
    blocks = [b for b in document.blocks
              if membership.get(b.index) == SectionKey.PURPOSE and b.kind != "table_cell"
              and not is_heading(b)]
    said = [b for b in blocks if _states_purpose(b.text) and (
        b.kind != "list_item" or _NUMBER_START.sub("", b.text.strip())[:1].isupper())]
    for pos, block in enumerate(blocks):
        if len(block.text.split()) < 6 or (said and block is not said[0]):
            continue  # the section's background, when a paragraph below says what it is for
        text = block.text
        if text.endswith(":"):
            items = [b.text for b in blocks[pos + 1:pos + 6] if b.kind == "list_item"]
            if items:
                text = f"{text} {' '.join(items)}"
        # A clause number is where the text sits, not what it says: "1.1 This agreement …".
        return Found(_CLAUSE_NUMBER.sub("", _clean(text)), block)
    for block in document.blocks[:200]:
        if _PURPOSE_SENTENCE.search(block.text):
            return Found(_clean(block.text), block)
    recital = _first_recital(document)
    if recital is not None:
        return recital
    for block in document.blocks[:200]:
        if (block.kind != "table_cell" and not is_heading(block)
                and len(block.text.split()) >= 8 and _states_purpose(block.text, second=True)):
            return Found(_CLAUSE_NUMBER.sub("", _clean(block.text)), block)
    return None


_RECITALS = re.compile(r"^(?:whereas|recitals?|background)\b[\s:;.\-–]*$", re.I)
_RECITAL_MARK = re.compile(r"^\(?[A-H1-8]\)\s+|^[A-H1-8][.)]\s+")
#: "These terms govern the exchange of …", "This agreement sets out how …"
_SAYS_WHAT_IT_DOES = re.compile(
    r"^(?:this|these) (?:agreement|document|protocol|memorandum|terms(?: and conditions)?)\b"
    r"[^.]{0,40}?\b(?:governs?|sets? out|provides?|allows?|enables?|explains?|describes?|covers?"
    r"|exists? (?:so|to|for)|is (?:intended |designed )?to|will (?:allow|enable|support|let))\b",
    re.I)
#: "To let partners refer …": a purpose written as what the sharing is to do.
_TO_DO = re.compile(r"^to (?:let|enable|allow|support|help|make sure|ensure|share|set out"
                    r"|provide|give|improve|protect|reduce|prevent|identify|co-?ordinate)\b", re.I)


_NUMBER_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[•·\-–*])\s*")
#: "Partners share information under this agreement so that …": the sharing and its aim.
_SHARED_SO = re.compile(
    r"^[A-Z][^.]{0,80}?\b(?:share[sd]?|sharing|exchanged?|exchanges|disclosed?|discloses)\b"
    r"[^.]{0,80}?\b(?:so that|in order to|in order that|to (?:allow|enable|let|support|help))\b")
#: "This agreement does not cover …": what it is not for, its scope's edge.
_NOT_FOR = re.compile(r"^(?:this|these) \w+\b[^.]{0,40}?\b(?:not|n't|never)\b", re.I)
#: "Operation Encompass exists so that …": a scheme named, then what it is for.
_EXISTS_SO = re.compile(
    r"^[A-Z][^.]{0,60}?\b(?:exists|is in place|has been set up) (?:so that|to)\b")


def _states_purpose(text: str, second: bool = False) -> bool:
    """Does the paragraph say what this agreement is for (not the background to it)? With
    ``second``, a second sentence may say it, after one that sets the scene ("X commissions
    the service from practices. This agreement covers …"): only where no section is the
    purpose's, since within one the paragraph that opens with it outranks the background."""
    text = re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+|^[A-Z]\d{1,2}\s+", "", _clean(text))
    after = re.split(r"(?<=[a-z)][.])\s+(?=[A-Z])", text, maxsplit=2)[1:2] if second else []
    if _NOT_FOR.match(text):
        return False
    return bool(_SAYS_WHAT_IT_DOES.match(text) or _TO_DO.match(text) or _EXISTS_SO.match(text)
                or _SHARED_SO.match(text)
                or re.match(r"[^.]{0,30}" + _PURPOSE_SENTENCE.pattern, text, re.I)
                or (after and _SAYS_WHAT_IT_DOES.match(after[0])))


def _first_recital(document: Document) -> Found | None:
    """An agreement drawn as a contract says what it is for in its first recital: "WHEREAS:
    (A) The parties wish to share records of …"."""
    for block in document.blocks[:200]:
        if not _RECITALS.match(block.text.strip()):
            continue
        for nxt in document.blocks[block.index + 1:block.index + 3]:
            text = _RECITAL_MARK.sub("", _clean(nxt.text))
            if nxt.kind != "table_cell" and len(text.split()) >= 8:
                return Found(text, nxt)
        return None
    return None


_UK_GDPR = "UK General Data Protection Regulation"
_EU_GDPR = "General Data Protection Regulation (EU)"
_EU_MARK = re.compile(r"\bEU\b|\bE\.U\.|2016/679|European", re.I)


def _add_citations(record: ProtocolRecord, document: Document, nlp: Language) -> None:
    seen: set[tuple[str, int | None, str | None]] = set()
    blocks = [b for b in document.blocks if b.text]
    docs = parse_texts(nlp, (b.text for b in blocks))
    found = [(doc.text, citations_in(doc)) for doc in docs]
    resolved = with_references(found)
    uk = next((c for cs in resolved for c in cs if c.title == _UK_GDPR), None)
    for block, citations in zip(blocks, resolved, strict=True):
        for c in citations:
            if uk is not None and c.title == _EU_GDPR and not _EU_MARK.search(c.citation):
                # a bare "GDPR" where the document cites the UK GDPR is that regulation
                c = replace(c, title=uk.title, status=uk.status, statute=uk.statute)
            key = (c.title, c.year, c.provision)
            if key in seen:
                continue
            seen.add(key)
            record.citations.append(CitationRecord(
                c.citation, c.title, c.year, c.provision, c.status,
                c.statute.identifier if c.statute else None,
                c.statute.superseded_by if c.statute else None, c.suggestion,
                c.statute.chapter if c.statute else None))
            label = f"{c.title} {c.year}" if c.year else c.title
            record.evidence.append(Found(label, block).evidence("statute"))


_TAKES_EFFECT = re.compile(r"commence|effect|in force|start|live", re.I)


def find_commencement(document: Document, labelled: list[Labelled]) -> tuple[date, Found] | None:
    items = [x for x in labelled if x.field == "commencement"]
    # "Effective from" says when it starts, as "This agreement commences on …" does; "Date
    # agreed" and "dated" only when it was agreed, so they come after both.
    for item in [x for x in items if _TAKES_EFFECT.search(x.label.text)]:
        if dates := find_dates(item.value):
            return dates[0].value, Found(item.value, item.source)
    if said := _commencement_said(document, strong=True):
        return said
    for item in [x for x in items if not _TAKES_EFFECT.search(x.label.text)]:
        if dates := find_dates(item.value):
            return dates[0].value, Found(item.value, item.source)
    if said := _commencement_said(document, strong=False):
        return said
    signed = _signed_dates(document)
    if signed:
        return max(signed, key=lambda p: p[0])  # in force once the last partner has signed
    return None


def _commencement_said(document: Document, strong: bool) -> tuple[date, Found] | None:
    """A date the text says the agreement starts on ("commences on 1 April 2023"); with
    ``strong`` False, also one it was signed or dated on."""
    for block in document.blocks:
        for m in _COMMENCE.finditer(block.text):
            if strong and re.fullmatch(r"signed on|dated", m.group(), re.I):
                continue
            if _EARLIER.search(block.text[:m.start()]):
                continue  # "supersedes the protocol dated 1 April 2012"
            after = [d for d in find_dates(block.text) if d.start >= m.start()]
            gap = block.text[m.end():after[0].start] if after else ""
            if after and (len(gap) <= 80 or (  # "… on the date it is signed by the Chair of
                    len(gap) <= 160 and _FROM_SIGNING.search(gap)  # the Group, 5 June 2017"
                    and not re.search(r"[.;]\s", gap))):
                return after[0].value, Found(after[0].text, block)
    return None


def _signed_dates(document: Document) -> list[tuple[date, Found]]:
    """Every date a signatory signed on: a signatory table's date column, "Date signed: …"."""
    signed = list(_signatory_dates(document))
    for block in document.blocks:
        signature = _SIGNED_DATE.search(block.text)
        if signature and (dates := find_dates(signature.group("value"))):
            signed.append((dates[0].value, Found(dates[0].text, block)))
    return signed


_DATE_LABEL = re.compile(r"date(?: signed| of signature)?|signed on")


def _signatory_dates(document: Document) -> Iterator[tuple[date, Found]]:
    """Dates in the "Date" column of a table of signatories, or on the "Date" row of a
    signature box (Signature / Name / Position / Date down the left)."""
    for rows in document.tables().values():
        labels = {c.text.lower().strip(" :") for row in rows for c in row[:1]}
        if labels & {"signature", "signed", "name", "print name"}:
            for cells in rows:
                if (len(cells) >= 2 and _DATE_LABEL.fullmatch(cells[0].text.lower().strip(" :"))
                        and (dates := find_dates(cells[1].text))):
                    yield dates[0].value, Found(dates[0].text, cells[1])
        header = [c.text.lower().strip(" :") for c in rows[0]] if rows else []
        if not any(re.search(r"organi[sz]ation|agency|signator|signed by|signature", h)
                   for h in header):
            continue
        cols = {rows[0][i].col for i, h in enumerate(header) if _DATE_LABEL.fullmatch(h)
                or re.fullmatch(r"(?:signature|signed)\s*(?:/|and|&)\s*date", h)}
        for cells in rows[1:]:
            for cell in cells:
                if cell.col in cols and (dates := find_dates(cell.text)):
                    yield dates[0].value, Found(dates[0].text, cell)


def _add_review(record: ProtocolRecord, document: Document, labelled: list[Labelled]) -> None:
    """An explicit review date first; else a rule ("annually from the date of signing", "every
    two years from 1 April 2017") counted from its own date or the commencement date."""
    item = first(labelled, "review")
    candidates: list[tuple[str, Block]] = [(item.value, item.source)] if item else []
    candidates += [(b.text, b) for b in document.blocks + document.furniture
                   if _REVIEW_NEAR.search(b.text)]
    def is_label(block: Block) -> bool:
        return item is not None and block is item.source

    for text, block in candidates:
        if find_review_rule(text, labelled=is_label(block)):
            continue
        explicit = _explicit_review(text, is_label=is_label(block))
        if explicit:
            record.review_date, record.review_basis = explicit[0], ReviewBasis.EXPLICIT
            record.review_text = explicit[1]
            record.evidence.append(Found(explicit[1], block).evidence(
                "review_date", explicit[0].isoformat()))
            return
    for text, block in candidates:
        rule = find_review_rule(text, labelled=is_label(block))
        if not rule:
            continue
        said = re.sub(r"^[^\w]+|^\d[\d.]*\s+", "", re.split(r"(?<=[.;])\s+", text[:rule.end])[-1])
        if not is_label(block) and (_OTHER_SUBJECT.search(_NAME_RUN.sub("Name", said))
                                    or _REVIEWS_THINGS.search(said)):
            continue
        record.review_basis = ReviewBasis.RELATIVE
        record.review_text = rule.text
        start = next((d.value for d in find_dates(text)
                      if rule.end <= d.start <= rule.end + 30), None)
        if start is None:
            start = _counted_from(text[rule.end:rule.end + 80], document, record)
        if start:
            record.review_date = add_months(start, rule.months)
        value = record.review_date.isoformat() if record.review_date else rule.text
        record.evidence.append(Found(rule.text, block).evidence("review_date", value))
        return


#: A review of something else: "Cases are reviewed again twelve months after closure" (read
#: with proper names collapsed: "The Essex Victims Group will review it" reviews the agreement)
#: or "The practice will review each record".
_OTHER_SUBJECT = re.compile(
    r"^(?:[\w’'-]+\s+){0,4}?(?:cases?|referrals?|records?|plans?|files?|minutes|actions?"
    r"|individuals?|people|persons?|offenders?|victims?|children|clients?|patients?"
    r"|risk assessments?|registry|registers|datasets?|databases?)\b"
    r"(?!\s+(?:of|under) (?:this|the) (?:agreement|protocol))"
    r"[^.;]{0,60}?\breview", re.I)
_REVIEWS_THINGS = re.compile(
    r"\breview(?:s|ed|ing)?\s+(?:each|every|all|any|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:records?|cases?|referrals?|plans?|files?|entries|access|logs?|lists?|outputs?)\b", re.I)


#: A start the text itself dates by a signature: "comes into effect on the date it is signed".
_STARTS_ON_SIGNING = re.compile(
    r"\b(?:effect|force|commenc\w*|start\w*|effective)\s+(?:on|from)\s+the\s+(?:date|day)\s+"
    r"(?:(?:on which |when )?(?:it|this \w+) (?:is|was|has been) signed|of (?:its )?signature)",
    re.I)
#: A proper name of several words ("The Essex Victims Partnership Group"): its words are
#: a name's, not the subject nouns of ``_OTHER_SUBJECT`` ("victims are reviewed").
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w’'-]*)+")


def _counted_from(words: str, document: Document, record: ProtocolRecord) -> date | None:
    """The date a relative review counts from: the last signature when the rule says
    signing, else the commencement (which is itself the last signature when no start date
    is written)."""
    said = next((e for e in record.evidence if e.field == "commencement_date"), None)
    if said is not None and _STARTS_ON_SIGNING.search(said.snippet):
        return record.commencement_date  # "comes into effect on the date it is signed …, 5 June"
    if _FROM_SIGNING.search(words) and not _FROM_START.search(words.split("sign")[0]):
        signed = _signed_dates(document)
        who = _ONE_SIGNER.search(words)
        if signed and who:  # "signature by the SMB Chair": the day that one signer signed
            post = who.group("who").split()[-1].lower()
            if _THE_LEAD.fullmatch(who.group("who")) and record.lead_name:
                post = record.lead_name.lower()  # "signed on behalf of the document owner"
            own = [d for d, found in signed if post in _row_text(found.block, document).lower()]
            return own[0] if own else min(d for d, _ in signed)
        if signed:
            return max(d for d, _ in signed)
    return record.commencement_date


#: A review counted from one signer's signature, not every party's.
_ONE_SIGNER = re.compile(r"\bsign(?:ed|ature|ing)\s+(?:by|on behalf of)\s+the\s+"
                         r"(?P<who>(?!(?:last|final|all)\b)[A-Za-z ]{0,40}?(?:chair|chairman"
                         r"|chairperson|director|chief executive|commissioner|lead|owner"
                         r"|lead organi[sz]ation))\b", re.I)
#: The signer who is the agreement's lead: its row is the lead organisation's.
_THE_LEAD = re.compile(r"(?:document |agreement |protocol )?owner|lead(?: organi[sz]ation)?",
                       re.I)


def _row_text(block: Block, document: Document) -> str:
    """The text of a table cell's whole row (a signature row: name, post, date)."""
    if block.table is None:
        return block.text
    rows = document.tables().get(block.table, [])
    row = next((r for r in rows if r and r[0].row == block.row), [])
    return " ".join(c.text for c in row)


_LAST_REVIEW = re.compile(r"\blast\s+review(?:ed)?\b[^.;]{0,25}$", re.I)


def _explicit_review(text: str, is_label: bool) -> tuple[date, str] | None:
    dates = [d for d in find_dates(text) if not _LAST_REVIEW.search(text[:d.start])]
    if not dates:
        return None
    if is_label:
        return dates[0].value, dates[0].text
    for m in _REVIEW_NEAR.finditer(text):
        after = [d for d in dates if d.start >= m.start() and d.start - m.end() <= 60]
        if after:
            return after[0].value, after[0].text
    return None
