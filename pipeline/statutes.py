"""The statute catalogue, and citations of legislation as ISPs write them.

The catalogue is the National Archives' list of UK Public General Acts (to about 2016,
``resources/ukpga_titles.lst``), plus later Acts, statutory instruments and retained EU law
(``statutes_extra.csv``), with the repeal status we know (``statute_status.csv``). An
instrument may be known by a shorter name than its title (``also_cited_as``: the Privacy and
Electronic Communications Regulations 2003 are cited without "(EC Directive)"); such a name
resolves to the instrument. A title that names nothing (PACE "1970") does not.

A citation is found by its shape, not by a list: capitalised words ending in ``Act``,
``Regulations``, ``Order`` or ``Rules``, then one or more years (``Sexual Offences Act 1956 /
1967 / 2003`` is three Acts). Guidance (principles, codes of practice) never has that shape.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from pipeline.vocab import StatuteStatus


@dataclass(frozen=True, slots=True)
class Statute:
    title: str  # canonical short title without year
    year: int
    identifier: str | None  # legislation.gov.uk id
    kind: str  # act, si, retained_eu
    status: StatuteStatus
    superseded_by: str | None = None

    @property
    def chapter(self) -> str | None:
        """The chapter (Acts) or number (SIs): the last part of the legislation.gov.uk id,
        ``…/ukpga/1998/37`` → ``37``."""
        if not self.identifier or self.kind not in ("act", "si"):
            return None
        return self.identifier.rstrip("/").rsplit("/", 1)[-1] or None


@dataclass(frozen=True, slots=True)
class Citation:
    """One Act as cited: a list such as "Children Acts 1989 and 2004" gives two."""

    citation: str  # the text as written, including provision and all years
    title: str  # canonical title when resolved, else the title as cited
    year: int | None
    provision: str | None
    status: StatuteStatus
    statute: Statute | None
    suggestion: str | None  # for unknown citations: the Act probably meant ("… 1984")
    start: int  # offsets of the whole citation in the searched text
    end: int


def key_of(title: str) -> str:
    text = title.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"\betc\b\.?", " ", text)
    text = re.sub(r"[^\w\s()]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def _read(name: str) -> str:
    return resources.files("pipeline.resources").joinpath(name).read_text(encoding="utf-8")


class Catalogue:
    """Look-ups by (title, year) and by title alone."""

    def __init__(self, statutes: list[Statute],
                 also_cited_as: dict[tuple[str, int], Statute] | None = None) -> None:
        self.statutes = statutes
        self._by_key: dict[tuple[str, int], Statute] = {}
        self._by_title: dict[str, list[Statute]] = {}
        self._by_year: dict[int, list[Statute]] = {}
        for s in statutes:
            self._by_key[(key_of(s.title), s.year)] = s
            self._by_title.setdefault(key_of(s.title), []).append(s)
            self._by_year.setdefault(s.year, []).append(s)
        for (title, year), statute in (also_cited_as or {}).items():
            self._by_key.setdefault((key_of(title), year), statute)

    @classmethod
    @cache
    def default(cls) -> Catalogue:
        overlay = {(key_of(r["title"]), int(r["year"])): r
                   for r in csv.DictReader(_read("statute_status.csv").splitlines())}

        def status_of(title: str, year: int, fallback: str) -> tuple[StatuteStatus, str | None]:
            row = overlay.get((key_of(title), year))
            if row:
                return StatuteStatus(row["status"]), row["superseded_by"] or None
            return StatuteStatus(fallback), None

        statutes, also = [], {}
        for line in _read("ukpga_titles.lst").splitlines():
            parts = dict(p.split("=", 1) for p in line.split(";")[1:] if "=" in p)
            title, year = line.split(";", 1)[0].strip(), int(parts.get("year", "0") or 0)
            status, superseded = status_of(title, year, "unverified")
            statutes.append(Statute(title, year, parts.get("context"), "act", status, superseded))
        for row in csv.DictReader(_read("statutes_extra.csv").splitlines()):
            year = int(row["year"])
            status, superseded = status_of(row["title"], year, row["status"])
            statute = Statute(row["title"], year, row["identifier"] or None, row["kind"],
                              status, superseded or row["superseded_by"] or None)
            statutes.append(statute)
            for name in filter(None, (n.strip() for n in row["also_cited_as"].split(";"))):
                also[(name, year)] = statute
        return cls(statutes, also)

    def get(self, title: str, year: int) -> Statute | None:
        return self._by_key.get((key_of(title), year))

    def only(self, title: str) -> Statute | None:
        """The one Act of that title, when there is only one (a citation without its year)."""
        found = self._by_title.get(key_of(title), [])
        return found[0] if len(found) == 1 else None

    def has_title(self, title: str) -> bool:
        return key_of(title) in self._by_title

    def suggest(self, title: str, year: int) -> Statute | None:
        """The Act a wrong citation probably meant: the same title in its nearest year, else
        the same year with the cited words."""
        key = key_of(title)
        others = self._by_title.get(key, [])
        if others:
            return min(others, key=lambda s: abs(s.year - year))
        same_year = [(score, s) for s in self._by_year.get(year, [])
                     if (score := _similar(key, key_of(s.title))) >= 80]
        if same_year:
            return max(same_year, key=lambda p: p[0])[1]
        return None


    def forgiving(self, title: str, year: int) -> Statute | None:
        """The one Act of ``year`` that a citation with a small slip in its name means: a
        letter missing or added, a word left out or added, "the" or "against" dropped. None
        when no Act, or more than one, is that close."""
        cited = _words(title)
        if not cited.content:
            return None
        # A real title in another year is a wrong year, unless that year has one Act whose
        # name is the cited one with words left out (DOMAIN.md: "Health and Social Care Act
        # 2015" is the Health and Social Care (Safety and Quality) Act 2015).
        only_left_out = self.has_title(title)
        close = [s for s in self._by_year.get(year, [])
                 if _slip_of(cited, _words(s.title), only_left_out)]
        if len(close) > 1:  # "National Heath Service Act 2006": a letter, not two words
            close = [s for s in close if len(_words(s.title).content) == len(cited.content)]
        return close[0] if len(close) == 1 else None


@dataclass(frozen=True)
class _Words:
    kind: str  # the last word: act, regulations, order…
    content: tuple[str, ...]  # the title's words without connectors, each stemmed


_FILLER = frozenset({"and", "of", "the", "for", "from", "against", "on", "in", "to", "by",
                     "with", "etc", "amendment"})


_TERRITORIAL = frozenset({"scotland", "wale", "northern", "ireland", "england", "london"})


def _stem(word: str) -> str:
    for ending, repl in (("ies", "y"), ("es", "e"), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + repl
    return word


def _words(title: str) -> _Words:
    title = re.sub(r"(?<=\w)['’]s\b", "", title)  # "Children's Act": no word "s" added
    tokens = re.sub(r"[()]", " ", key_of(title)).replace("-", " ").split()
    if not tokens:
        return _Words("", ())
    return _Words(_stem(tokens[-1]), tuple(_stem(t) for t in tokens[:-1] if t not in _FILLER))


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter >= 6 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 5:
        return True  # "Homeless" for "Homelessness": the word's stem, its ending left off
    return shorter >= 4 and Levenshtein.distance(a, b) <= max(1, shorter // 5)


def _slip_of(cited: _Words, known: _Words, only_left_out: bool = False) -> bool:
    """Is ``cited`` ``known`` with a small slip? The kinds agree; at most two words apart
    (one of them added), and a title with words added or missing must still share two.
    ``only_left_out``: the slip may only be words left out, each cited word spelt right."""
    if cited.kind != known.kind or not known.content:
        return False
    pool = list(known.content)
    matched = 0
    for word in cited.content:
        hit = next((k for k in pool if _same_word(word, k)), None)
        if hit is not None:
            pool.remove(hit)
            matched += 1
    added, left_out = len(cited.content) - matched, len(pool)
    if _TERRITORIAL.intersection(cited.content) != _TERRITORIAL.intersection(known.content):
        return False  # "(Scotland)" left out or added is another Act, not a slip
    if not matched or added > 1 or added + left_out > 2:
        return False
    if only_left_out and (added or not left_out or not set(cited.content) <= set(known.content)):
        return False
    # A word added to or left out of a one-word title is another Act ("Housing (Wales) Act"
    # is not the "Wales Act"); only its spelling may slip.
    return matched >= 2 or not (left_out or added)


def _similar(cited: str, known: str) -> float:
    """100 when every cited word is in the known title; else plain spelling similarity."""
    if fuzz.token_set_ratio(cited, known) >= 90:
        return 100.0
    return fuzz.ratio(cited, known)


# --- finding citations -----------------------------------------------------------------

# One way to match each word, and a bounded title length: no catastrophic backtracking on
# long runs of capitalised words.
_WORD = (r"(?:[A-Z][\w’'\-]*+\.?|\((?:[A-Z][\w’'\- ]{0,90}(?:,\s(?=[A-Z])[\w’'\- ]{1,60}){0,3}"
         r"(?: etc\.)?|No\.? ?\d+)\))")  # "(Hospital, Guardianship and Treatment)"
_JOIN = (r"(?:\s+(?:(?:of|and|the|for|from|against|in|on|to|at|by|with|upon|etc\.?|&)\s+){1,2}"
         r"|\s+|,\s+(?=[A-Z]))")  # "Representation of the People Act"
_KIND = r"(?P<kind>Acts?|Regulations?|Orders?|Rules)"
_YEARS = r"(?P<years>(?:18|19|20)\d\d(?:\s*(?:/|,|&|and|or)\s*(?:(?:19|20)\d\d))*)"
#: A title and its year with the kind left out or misspelt ("Crime and Disorder 1998",
#: "Data Protection At 2018"); a citation only when the catalogue has that Act that year.
_KIND_LEFT_OUT = re.compile(
    rf"(?<![\w’'\-])(?P<title>{_WORD}(?:{_JOIN}{_WORD}){{1,14}}?)\s+(?:At\s+)?\(?"
    r"(?P<year>(?:18|19|20)\d\d)\b(?!\s*[/–-]\s*\d)")
#: An Act named without its year; a citation only when one Act in the catalogue has that title.
_YEARLESS = re.compile(rf"(?<![\w’'\-])(?P<title>{_WORD}(?:{_JOIN}{_WORD}){{1,10}}?)\s+Act\b"
                       r"(?!\s*,?\s*\(?\s*(?:18|19|20)\d\d)(?!\s+\d)")
_CITATION = re.compile(
    rf"(?<![\w’'\-])(?P<title>{_WORD}(?:{_JOIN}{_WORD}){{0,14}}?)\s+{_KIND}"
    rf"(?:\s*\((?P<abbr>[A-Z]{{2,6}})\))?,?\s*\(?{_YEARS}\)?"
)
#: Regulations made under an Act and named after it, the Act's year and all.
_SI_OF_ACT = re.compile(
    rf"(?<![\w’'\-])(?P<title>{_WORD}(?:{_JOIN}{_WORD}){{0,8}}?\s+Act\s+(?:18|19|20)\d\d"
    rf"(?:\s+\([A-Z][^()]{{2,80}}\))+)\s+(?P<kind>Regulations|Order|Rules)\s+"
    r"(?P<year>(?:19|20)\d\d)\b")
_PROVISION_WORD = (r"(?:sections?|ss?\.|articles?|art\.|schedules?|sch\.|parts?|"
                   r"regulations?|reg\.|paragraphs?|para\.|clauses?|chapter)")
_PROVISION_REF = r"\s*\d+[A-Za-z]?(?:\(\w+\))*(?:\s*(?:,|&|and|to|-|–)\s*\d+[A-Za-z]?(?:\(\w+\))*)*"
_PROVISION = rf"{_PROVISION_WORD}{_PROVISION_REF}"
# "paragraph 3 of Schedule 1 to the …", "Schedule 1, Part 2": nested references kept whole.
_PROVISION_BEFORE = re.compile(
    rf"(?P<prov>\b{_PROVISION}(?:\s+(?:of|to)\s+{_PROVISION}){{0,3}})\s*(?:of|to|under)?\s*"
    rf"(?:the\s+)?$", re.I)
_PROVISION_AFTER = re.compile(
    rf"^\s*[,(]?\s*(?P<prov>{_PROVISION}(?:\s*,\s*{_PROVISION}){{0,3}})\)?", re.I)
_NOT_TITLE_START = {"this", "that", "these", "such", "said", "each", "any", "an", "a",
                    "under", "in", "of", "by", "see", "and", "or", "our", "its", "per"}
_ABBREVIATIONS = {
    "DPA": "Data Protection Act", "FOIA": "Freedom of Information Act",
    "FOI Act": "Freedom of Information Act", "HRA": "Human Rights Act",
    "PACE": "Police and Criminal Evidence Act", "RIPA": "Regulation of Investigatory Powers Act",
    "CDA": "Crime and Disorder Act", "MCA": "Mental Capacity Act", "MHA": "Mental Health Act",
}
_ABBREVIATED = re.compile(
    r"\b(?P<abbr>" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")\s*\(?" + _YEARS + r"\)?")
_GDPR = re.compile(r"\b(?:(?P<uk>UK|U\.K\.)\s+)?(?:GDPR|General Data Protection Regulation"
                   r"|Regulation \(EU\) (?:No\.? )?2016/679)\b")
#: "Regulation (EU) 2016/679 … as it forms part of the law of the United Kingdom by virtue of
#: section 3 of the European Union (Withdrawal) Act 2018": the retained UK GDPR, not the EU's.
_AS_UK_LAW = re.compile(
    r"(?:(?!\.\s+[A-Z])[^;]){0,320}?\b(?:as (?:it )?(?:forms? part of|incorporated into"
    r"|transposed into|retained in|applies in)\b[^.;]{0,60}?\b(?:UK|United Kingdom|England"
    r"|domestic)\b|by virtue of section 3 of the European Union \(Withdrawal\) Act)", re.I)
_YEAR = re.compile(r"(?:18|19|20)\d\d")


def _normal_provision(text: str) -> str:
    text = " ".join(text.split())
    m = re.match(r"(?i)(ss?\.|art\.|sch\.|reg\.|para\.)\s*", text)
    if m:
        full = {"s.": "section", "ss.": "sections", "art.": "article", "sch.": "schedule",
                "reg.": "regulation", "para.": "paragraph"}[m.group(1).lower()]
        text = f"{full} {text[m.end():]}"
    # Words lower-case ("Schedule 1, Part 2" → "schedule 1, part 2"); numbers as written.
    return re.sub(_PROVISION_WORD, lambda w: w.group(0).lower(), text, flags=re.I)


def _singular(kind: str) -> str:
    return {"Acts": "Act", "Regulation": "Regulations", "Orders": "Order"}.get(kind, kind)


def _resolve(words: str, kind: str, year: int, catalogue: Catalogue) -> tuple[str, Statute | None]:
    """Drop leading words ("Under the", "Local authority …") until the title is in the
    catalogue for that year; failing that, the cited title without its leading filler."""
    parts = re.sub(r"\s*\([A-Z]{2,8}\)", "", words).split()
    if "NHS" in parts and not catalogue.get(f"{' '.join(parts)} {kind}", year):
        parts = " ".join(parts).replace("NHS", "National Health Service").split()  # "NHS Act"
    for i in range(len(parts)):
        if parts[i].startswith("("):
            continue  # "Housing (Wales) Act": a bracket is inside a title, never its start
        statute = catalogue.get(f"{' '.join(parts[i:])} {kind}", year)
        if statute:
            return statute.title, statute
    while len(parts) > 1 and (parts[0].lower().strip(",") in _NOT_TITLE_START | {"the"} or (
            parts[0] in {"Act", "Acts", "Regulations", "Order", "Rules"}
            and parts[1].lower() in {"and", "or", "the", "&"})):  # "the 1996 Act and the …"
        parts = parts[1:]
    # "Part IV of the Famly Law Act": the provision is not the title
    rest = re.sub(r"^(?:part|section|schedule|chapter)\s+[\dIVXL]+[A-Z]?\s+(?:of|to)\s+(?:the\s+)?",
                  "", " ".join(parts), flags=re.I)
    return f"{rest} {kind}", None


def find_citations(text: str, catalogue: Catalogue | None = None) -> list[Citation]:
    """Every legislation citation in ``text``, one per Act and year."""
    catalogue = catalogue or Catalogue.default()
    out: list[Citation] = []
    for m in _SI_OF_ACT.finditer(text):  # "Civil Contingencies Act 2004 (Contingency
        kind, year = _singular(m.group("kind")), int(m.group("year"))  # Planning) Regulations"
        title, statute = _resolve(m.group("title"), kind, year, catalogue)
        start, end, provision = with_provision(text, m.start(), m.end())
        out.append(_citation(text[start:end], title, year, provision, statute, catalogue,
                             start, end))
    for m in _CITATION.finditer(text):
        if any(c.start <= m.start() < c.end for c in out):
            continue  # the Act in a regulation's own title
        if re.match(r"\s*(?:code of practice|guidance)", text[m.end():m.end() + 30], re.I):
            continue
        if re.match(r"/\d", text[m.end():m.end() + 2]):
            continue  # "Regulation (EU) 2016/679": a numbered EU instrument, not a year
        first = m.group("title").split()[0].lower()
        if first.startswith("(") or (first in _NOT_TITLE_START
                                     and len(m.group("title").split()) == 1):
            continue  # "(EU Exit) Regulations": the start of the title is on another line
        kind = _singular(m.group("kind"))
        start, end, provision = with_provision(text, m.start(), m.end())
        for year_text in _YEAR.findall(m.group("years")):
            year = int(year_text)
            title, statute = _resolve(m.group("title"), kind, year, catalogue)
            out.append(_citation(text[start:end], title, year, provision, statute, catalogue,
                                 start, end))
    for m in _ABBREVIATED.finditer(text):
        if any(c.start <= m.start() < c.end for c in out):
            continue
        title = _ABBREVIATIONS[m.group("abbr")]
        start, end, provision = with_provision(text, m.start(), m.end())
        for year_text in _YEAR.findall(m.group("years")):
            year = int(year_text)
            statute = catalogue.get(title, year)
            out.append(_citation(text[start:end], statute.title if statute else title, year,
                                 provision, statute, catalogue, start, end))
    for m in _KIND_LEFT_OUT.finditer(text):
        if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in out):
            continue
        words = m.group("title").split()
        while words and words[0].lower() in {"the", "under", "and", "of"}:
            words = words[1:]
        year = int(m.group("year"))
        statute = catalogue.get(f"{' '.join(words)} Act", year) if len(words) >= 2 else None
        if statute:  # "Crime and Disorder 1998", "Data Protection At 2018": the kind left out
            start, end, provision = with_provision(text, m.start(), m.end())
            out.append(Citation(text[start:end], statute.title, year, provision, statute.status,
                                statute, f"{statute.title} {year} (read so: the cited name has"
                                f" a slip)", start, end))
    for m in _YEARLESS.finditer(text):
        if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in out):
            continue
        words = m.group("title").split()
        while words and words[0].lower() in _NOT_TITLE_START | {"the", "under", "of", "and"}:
            words = words[1:]
        statute = catalogue.only(f"{' '.join(words)} Act") if len(words) >= 2 else None
        if statute:  # "the Modern Slavery Act": one Act has that title
            start, end, provision = with_provision(text, m.start(), m.end())
            out.append(Citation(text[start:end], statute.title, statute.year, provision,
                                statute.status, statute, None, start, end))
    for m in _GDPR.finditer(text):
        uk = m.group("uk") or _AS_UK_LAW.match(text, m.end())
        statute = catalogue.get("UK General Data Protection Regulation" if uk
                                else "General Data Protection Regulation (EU)", 2016)
        if statute:
            start, end, provision = with_provision(text, m.start(), m.end())
            out.append(Citation(text[start:end], statute.title, statute.year, provision,
                                statute.status, statute, None, start, end))
    return sorted(out, key=lambda c: c.start)


def with_provision(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Widen a citation to the provision written before or after it; a closing bracket that
    closes a remark around the citation ("(… Regulations 2004)") is left out of it."""
    start, end, provision = _with_provision(text, start, end)
    while text[end - 1:end] == ")" and text.count(")", start, end) > text.count("(", start, end):
        end -= 1
    return start, end, provision


def _with_provision(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    before = _PROVISION_BEFORE.search(text[max(0, start - 60):start])
    if before:
        return start - (len(text[max(0, start - 60):start]) - before.start()), end, \
            _normal_provision(before.group("prov"))
    after = _PROVISION_AFTER.match(text[end:end + 60])
    if after:
        return start, end + after.end(), _normal_provision(after.group("prov"))
    return start, end, None


def _citation(written: str, title: str, year: int, provision: str | None,
              statute: Statute | None, catalogue: Catalogue, start: int, end: int) -> Citation:
    if statute:
        return Citation(written, statute.title, year, provision, statute.status, statute, None,
                        start, end)
    meant = catalogue.forgiving(title, year)
    if meant is not None:  # kept as written; read as the one Act it can mean
        return Citation(written, meant.title, year, provision, meant.status, meant,
                        f"{meant.title} {meant.year} (read so: the cited name has a slip)",
                        start, end)
    guess = catalogue.suggest(title, year)
    suggestion = f"{guess.title} {guess.year}" if guess else None
    return Citation(written, title, year, provision, StatuteStatus.UNKNOWN, None, suggestion,
                    start, end)
