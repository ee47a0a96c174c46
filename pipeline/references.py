"""Later mentions of an Act a document has already cited in full.

ISPs cite an Act once in full and then refer back to it: "the 1998 Act", "the DPA" (after
"Data Protection Act 1998 ("DPA")"), "the FOI Act" (after "Freedom of Information (FOI) Act
2000"), "section 7 of the Care Act". Each such mention is resolved to the Act cited earlier,
and only when exactly one Act fits; it is never guessed from outside the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.statutes import Citation, Statute, key_of, with_provision

_DEFINED = re.compile(r"^\s*\(\s*(?:the\s+|hereafter\s+|hereinafter\s+)?[“\"‘']?"
                      r"(?P<abbr>[A-Z][A-Za-z]{1,7}(?: Act)?)[”\"’']?\s*\)")
_INNER = re.compile(r"\((?P<abbr>[A-Z]{2,7})\)\s+Act\b")
_YEAR_ACT = re.compile(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+Act\b")
_TITLE_ONLY = re.compile(
    r"\b(?:the\s+)(?P<title>(?:[A-Z][\w’'\-]*\s+)(?:(?:of|and|for|the|&|[A-Z][\w’'\-]*)\s+){0,8}"
    r"Act)\b(?!\s*,?\s*\(?\s*(?:19|20)\d\d)")


@dataclass
class References:
    """What a document has cited so far, to resolve its later short mentions."""

    by_year: dict[int, dict[str, Statute]] = field(default_factory=dict)
    by_title: dict[str, Statute] = field(default_factory=dict)
    abbreviations: dict[str, Statute] = field(default_factory=dict)

    def learn(self, text: str, citations: list[Citation]) -> None:
        for c in citations:
            statute = c.statute
            if statute is None or statute.kind != "act":
                continue
            self.by_year.setdefault(statute.year, {})[statute.title] = statute
            self.by_title.setdefault(key_of(statute.title), statute)
            defined = _DEFINED.match(text[c.end:c.end + 40])
            if defined:
                self.abbreviations.setdefault(defined.group("abbr"), statute)
            inner = _INNER.search(c.citation)
            if inner:
                self.abbreviations.setdefault(f"{inner.group('abbr')} Act", statute)

    def resolve(self, text: str, cited: list[Citation]) -> list[Citation]:
        """Mentions in ``text`` of Acts learnt earlier, outside the full citations found."""
        taken = [(c.start, c.end) for c in cited]
        out: list[Citation] = []

        def add(start: int, end: int, statute: Statute | None) -> None:
            if statute is None or any(s < end and start < e for s, e in taken):
                return
            start, end, provision = with_provision(text, start, end)
            taken.append((start, end))
            out.append(Citation(text[start:end], statute.title, statute.year, provision,
                                statute.status, statute, None, start, end))

        for m in _YEAR_ACT.finditer(text):
            acts = self.by_year.get(int(m.group("year")), {})
            add(m.start(), m.end(), next(iter(acts.values())) if len(acts) == 1 else None)
        for abbr, statute in self.abbreviations.items():
            for m in re.finditer(rf"\b{re.escape(abbr)}\b(?!\s*,?\s*\(?\s*(?:19|20)\d\d)", text):
                add(m.start(), m.end(), statute)
        for m in _TITLE_ONLY.finditer(text):
            add(m.start("title"), m.end("title"), self.by_title.get(key_of(m.group("title"))))
        return out


def with_references(citations_by_block: list[tuple[str, list[Citation]]],
                    ) -> list[list[Citation]]:
    """Each block's citations plus the short mentions resolved against earlier blocks."""
    refs = References()
    out = []
    for text, citations in citations_by_block:
        refs.learn(text, citations)
        extra = refs.resolve(text, citations)
        out.append(sorted([*citations, *extra], key=lambda c: c.start))
    return out
