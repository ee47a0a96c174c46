"""Is this document a sharing agreement at all?

Folders of ISPs also hold terms of reference, user manuals, guidance and placeholders. Their
fields are still extracted as written, but an analyst must be able to tell them apart, and a
manual's review date must not show up as an overdue agreement. The decision uses what the
document calls itself near its start and whether it speaks as an agreement (parties,
signatures); a placeholder full of lorem ipsum is named as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extractors.model import Document

Kind = Literal["agreement", "other", "placeholder", "unknown"]

_AGREEMENT = re.compile(
    r"\b(?:agreement|protocol|memorandum of understanding|mou|isp|isa|dsa|contract"
    r"|licen[cs]e|data use certification|terms and conditions)\b", re.I)
#: What a non-agreement calls itself. In a title any of these; near the start only the
#: unambiguous ones ("Background and Policy Context" is a heading of a real MoU).
_OTHER_TITLE = re.compile(
    r"\b(?:terms of reference|user manual|manual|handbook|guidance|guidelines|policy"
    r"|minutes|annual report|strategy|frequently asked questions|readme)\b", re.I)
_OTHER_HEAD = re.compile(r"\b(?:terms of reference|user manual|handbook|minutes of|readme)\b",
                         re.I)
_AGREEING = re.compile(
    r"\b(?:parties|party|agree[sd]?|signed|signator(?:y|ies)|on behalf of|undertake"
    r"|hereby|shall)\b", re.I)
#: English function words: a quarter of any English text, next to none of lorem ipsum.
_ENGLISH = frozenset({"the", "and", "of", "to", "is", "for", "that", "with", "be", "this",
                      "will", "are", "a", "an", "by", "on"})
HEAD_BLOCKS = 15


@dataclass(frozen=True, slots=True)
class KindDecision:
    kind: Kind
    reason: str


def classify(document: Document, title: str | None) -> KindDecision:
    text = document.text.lower()
    words = re.findall(r"[a-z]+", text)
    if "lorem ipsum" in text and sum(w in _ENGLISH for w in words) < 0.05 * len(words):
        return KindDecision("placeholder", "the body is lorem ipsum placeholder text")
    # What the document calls itself: its title and the short lines (headings, cover-table
    # cells) near the start, not the prose, where "policy" and "guidance" are common words.
    names = [title or "", *(b.text for b in document.blocks[:HEAD_BLOCKS]
                            if len(b.text.split()) <= 12)]
    title_says_other = _OTHER_TITLE.search(title or "")
    head_says_other = next((m for t in names if (m := _OTHER_HEAD.search(t))), None)
    agreement = next((m for t in names if (m := _AGREEMENT.search(t))), None)
    agreeing = len(_AGREEING.findall(text))  # case-insensitive: the lowered text will do
    if title_says_other or (head_says_other and not _AGREEMENT.search(title or "")):
        found = title_says_other or head_says_other
        return KindDecision("other", f"calls itself {found.group(0).lower()!r}")  # type: ignore[union-attr]
    if agreement is None:
        # Nothing near the start calls it an agreement: a heading further on may say what it
        # is ("Steering group terms of reference" on page 2).
        heading_says_other = next((m for b in document.blocks if b.kind == "heading"
                                   and len(b.text.split()) <= 12
                                   and (m := _OTHER_HEAD.search(b.text))), None)
        if heading_says_other:
            return KindDecision("other", f"does not call itself an agreement; a heading says "
                                         f"{heading_says_other.group(0).lower()!r}")
    if agreement and agreeing >= 3:
        return KindDecision("agreement", f"calls itself {agreement.group(0).lower()!r} and "
                                         f"speaks of parties or signing {agreeing} times")
    if agreement or agreeing >= 3:
        return KindDecision("unknown", "only one of: an agreement name, agreement language")
    return KindDecision("other", "neither names itself an agreement nor speaks as one")
