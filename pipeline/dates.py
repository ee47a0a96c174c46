"""Dates as ISPs write them, and review rules resolved against a start date.

UK order throughout: ``01/03/2017`` is 1 March. A month without a day (``Feb-2018``,
``February 2018``) means the end of that month, per the contract.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS: list[tuple[re.Pattern[str], bool]] = [
    # (pattern, month_only)
    (re.compile(rf"\b{_DAY}(?:\s+of)?[\s\-]+{_MONTH},?[\s\-]+{_YEAR4}\b", re.I), False),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR4}\b", re.I), False),
    (re.compile(r"\b(?P<day>[0-3]?\d)[/.\-](?P<month>[01]?\d)[/.\-](?P<year>(?:19|20)?\d\d)\b"),
     False),
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"), False),
    (re.compile(rf"\b{_MONTH}[\s\-/,]+(?P<year>(?:19|20)\d\d)\b", re.I), True),
    (re.compile(rf"\b{_MONTH}[\-/](?P<year>\d\d)\b", re.I), True),
    (re.compile(r"\b(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b"), True),
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: date
    text: str  # as written
    start: int  # character offsets in the searched text
    end: int
    month_only: bool


def _month_number(token: str) -> int | None:
    if token.isdigit():
        n = int(token)
        return n if 1 <= n <= 12 else None
    return _MONTHS.get(token.lower().rstrip("."))


def _year(token: str) -> int:
    n = int(token)
    if len(token) == 2:
        n += 2000 if n < 70 else 1900
    return n


_WRAPPED_YEAR = re.compile(r"\b(\d{1,2}[/.]\d{1,2}[/.])(\d{1,3}) (\d{1,3})\b")


def _unwrapped(m: re.Match[str]) -> str:
    """"25/06/20 19", "09/01/202 3": a narrow cell wrapped the year; the same length keeps
    offsets true."""
    year = m.group(2) + m.group(3)
    if len(year) == 4 and year[:2] in ("19", "20"):
        return f"{m.group(1)}{year} "
    return m.group(0)


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order, earliest pattern winning on overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    text = _WRAPPED_YEAR.sub(_unwrapped, text)
    for pattern, month_only in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _to_date(m, month_only)
            taken.append((m.start(), m.end()))  # an impossible date (31/02) is no date at all
            if value is None:
                continue
            found.append(FoundDate(value, m.group(0), m.start(), m.end(), month_only))
    return sorted(found, key=lambda d: d.start)


def _to_date(m: re.Match[str], month_only: bool) -> date | None:
    month = _month_number(m.group("month"))
    if month is None:
        return None
    year = _year(m.group("year"))
    if month_only:
        return date(year, month, calendar.monthrange(year, month)[1])
    try:
        return date(year, month, int(m.group("day")))
    except ValueError:
        return None


def parse_date(text: str) -> FoundDate | None:
    """The first date in ``text``, or None."""
    dates = find_dates(text)
    return dates[0] if dates else None


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "twelve": 12, "eighteen": 18, "twenty-four": 24, "1": 1, "a": 1}
_PERIOD = re.compile(
    r"\b(?:(?P<adverb>annually|yearly|biennially|every\s+year|each\s+year)"
    r"|(?:every|each|after|within)\s+(?P<n>\d+|one|two|three|four|five|six|twelve|eighteen|"
    r"twenty-four|a)\s*(?:\(\d+\)\s*)?(?P<unit>years?|months?)"
    r"|(?P<n2>\d+|one|two|three|four|five|six|twelve|eighteen|twenty-four|a)\s*(?:\(\d+\)\s*)?"
    r"(?P<unit2>years?|months?)\s+(?=(?:after|from|following|of)\b))",
    re.I,
)
#: Words that say the agreement will be looked at again, with or without "review".
REVIEW_WORDS = (r"\breview(?:ed|s|ing)?\b|\brevisit(?:ed)?\b|\blook(?:ed)? at (?:it|(?:this|the) "
                r"(?:agreement|protocol|document|arrangement)s?) again\b|\bre-?examined?\b")
_REVIEW_WORD = re.compile(REVIEW_WORDS, re.I)


_SENTENCE = re.compile(r"\S.*?(?:[.;](?=\s|$)|$)", re.S)  # "10.1 …" is one sentence


@dataclass(frozen=True, slots=True)
class ReviewRule:
    months: int
    text: str  # as written
    end: int = 0  # offset just after the period in the searched text


def find_review_rule(text: str, labelled: bool = False) -> ReviewRule | None:
    """A relative review rule such as "reviewed annually from the date of signing". A value
    under a review label ("Next review date: every two years …") needs no word "review"."""
    if not labelled and not _REVIEW_WORD.search(text):
        return None
    m = next((m for s in _SENTENCE.finditer(text) if _REVIEW_WORD.search(s.group())
              and (m := _PERIOD.search(text, s.start(), s.end()))), None)
    if m is None and labelled:
        m = _PERIOD.search(text)  # "Review: annually" needs no word "review" beside its period
    if not m:  # only a period in a sentence that says "review": "records are kept for six
        return None  # years. They are reviewed in line with …" is retention
    if m.group("adverb"):
        months = 24 if m.group("adverb").lower() == "biennially" else 12
    else:
        n_text = (m.group("n") or m.group("n2")).lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        unit = m.group("unit") or m.group("unit2")
        months = n * 12 if unit.lower().startswith("year") else n
    return ReviewRule(months, m.group(0), m.end())


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped to the month's last day (29 Feb + 12 → 28 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
