"""What parsing produces for one document: a protocol record with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pipeline.vocab import ReviewBasis, Role, SectionKey, StatuteStatus


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value came from: the block, its page, and the text it was read from."""

    field: str
    value: str
    snippet: str
    path: str  # the block's structural path (body/table/0/row/2/cell/1, page/3/block/7…)
    page: int | None = None
    block: int | None = None  # index into Document.blocks (None for furniture/metadata)


@dataclass(frozen=True, slots=True)
class PartyRecord:
    role: Role
    name: str  # as written
    org: str | None  # registry name, None when not in the registry
    match_score: float | None
    source: str  # cover_table, sentence, list, signature, signatory_table, front_table
    ico_registration: str | None = None  # as found in the document, validated in shape
    ico_check: str | None = None  # matches_registry, differs_from_registry, not_in_registry
    ended: date | None = None  # the body no longer exists since (pipeline.successors)
    successor: str | None = None  # who took its work on


@dataclass(frozen=True, slots=True)
class CitationRecord:
    citation: str
    title: str
    year: int | None
    provision: str | None
    status: StatuteStatus
    legislation_id: str | None
    superseded_by: str | None
    suggestion: str | None
    chapter: str | None = None


@dataclass(frozen=True, slots=True)
class ReferenceRecord:
    """A front-table reference (dpia, sop, contract, other_documents) or a signature block's
    signed or date line (signature, signature_date), with whether it was left blank."""

    kind: str
    value: str | None  # as written; None when blank
    blank: bool
    page: int | None = None
    block: int | None = None


@dataclass(frozen=True, slots=True)
class SectionRecord:
    section: SectionKey
    heading: str | None  # as written, None when absent
    present: bool | None  # None: unclear (mentioned, not shown; never reported missing)
    words: int  # words of body text under the heading (0: heading only, or absent)
    block: int | None = None
    page: int | None = None
    basis: str | None = None  # "heading" (a heading names it), "content" (its text shows it),
    # "mention" (its words occur, too few to show it: present is None)


@dataclass(slots=True)
class ProtocolRecord:
    kind: str = "unknown"  # agreement, other, placeholder, unknown (pipeline.kind)
    kind_reason: str | None = None
    title: str | None = None
    purpose: str | None = None
    lead_name: str | None = None
    lead_org: str | None = None
    review_date: date | None = None
    review_basis: ReviewBasis = ReviewBasis.NONE
    review_text: str | None = None
    commencement_date: date | None = None
    parties: list[PartyRecord] = field(default_factory=list)
    citations: list[CitationRecord] = field(default_factory=list)
    sections: list[SectionRecord] = field(default_factory=list)
    references: list[ReferenceRecord] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
