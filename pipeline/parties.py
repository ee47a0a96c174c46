"""Who is party to an agreement: the lead organisation and the partners.

Parties are read only where a document names them as parties: cover-table values, sentences
that say so ("led by …", "between … and …"), lists introduced as the partners, signature
blocks ("On behalf of (Organisation): …") and signatory tables (Appendix D). Every name is
kept as written and matched against the registry; a phrase that is not an organisation name
("Please see appendix D …") is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.language import Language

from extractors.model import Block, Document
from pipeline.bodies import body_kind, is_a_place, names_a_region
from pipeline.labels import LABELS, Labelled, label_of
from pipeline.nlp import tokenisable
from pipeline.records import Evidence, PartyRecord
from pipeline.registry import Registry, find_ico_numbers, normalise, strip_acronym
from pipeline.sections import classify_all
from pipeline.statutes import find_citations
from pipeline.successors import succession_of
from pipeline.vocab import Role

_CONNECTORS = frozenset({"of", "and", "for", "the", "in", "on", "upon", "at", "&", "de", "by",
                         "with", "-", "–", "to"})
# "U.K." keeps its dots, "Provide." does not. Possessive quantifiers and a start that is not
# inside a word keep the search linear on long runs of capitals.
_WORD = r"[A-Z0-9][\w’'&\-]*+(?:\.(?=\w)[\w’'&\-]*+)*+"
_NAME = (rf"(?<![\w’'&.\-]){_WORD}"
         rf"(?:\s+(?:of|and|for|the|on|upon|in|at|&|{_WORD}|\([A-Z][\w&]+\))){{0,12}}")
# Case-sensitive on purpose: a name is capitalised words, so the name part stays linear
# (case-insensitive, every word could be a name word and the search backtracks badly).
_LEAD_PATTERNS = (
    re.compile(rf"\bled by\s+(?:the\s+)?(?P<name>{_NAME})"),
    re.compile(rf"\b(?i:lead (?:organi[sz]ation|agency|partner|authority)\s+(?:is|will be))\s+"
               rf"(?:the\s+)?(?P<name>{_NAME})"),
    re.compile(rf"(?P<name>{_NAME})\s*\(\s*(?i:(?:the\s+)?[\"“]?(?:lead(?: organi[sz]ation|"
               r" agency| partner)?|host(?: organi[sz]ation)?|co-?ordinator|owner)[\"”]?)\s*\)"),
    re.compile(rf"(?P<name>{_NAME})\s*[–—-]\s*(?i:(?:the\s+)?(?:owner|lead|host) of this "
               r"(?:agreement|protocol|document))"),
    re.compile(r"\b(?i:(?:this|the)\s+(?:agreement|protocol|document|isa|isp|dsa)\s+is\s+"
               rf"(?:published|issued)\s+by)\s+(?:the\s+)?(?P<name>{_NAME})"),
    # "Peterborough City Council publishes this agreement and acts as the controller"
    re.compile(rf"(?<![\w’'])(?P<name>{_NAME})\s+(?i:publishes|issues|maintains|owns|leads)\s+"
               r"(?i:this\s+(?:agreement|protocol|document|memorandum))"),
    # "Hosted by X", "Published by X as Controller": a cover's line naming who leads
    re.compile(rf"^(?i:(?:co-?ordinated|hosted|owned|sponsored|published|issued) by)\s+"
               rf"(?:the\s+)?(?P<name>{_NAME})\s*(?:\s(?i:as|on behalf of)\s[^.]*)?$"),
    # "The Office for National Statistics (ONS) is the controller publishing this agreement"
    # "… and publishes it": "X is the controller for the data described in this schedule and
    # publishes it"
    re.compile(rf"(?<![\w’'])(?P<name>{_NAME})\s*(?:\([A-Za-z&]{{2,10}}\)\s*)?(?i:is|acts as)\s+"
               r"(?i:the\s+(?:data\s+)?controller\s+(?:(?:publishing|that publishes|who publishes"
               r"|issuing|that issues)\s+(?:this|the)\s+(?:agreement|protocol|document"
               r"|memorandum|arrangement|schedule)|[^.;]{0,100}?\band (?:publishes|issues) (?:it"
               r"|this (?:agreement|protocol|document|schedule))\b))"),
    # "ECC is the owner of this protocol", "… will act as the lead organisation"
    re.compile(rf"(?<![\w’'])(?P<name>{_NAME})\s+(?i:(?:is|will be|acts as|will act as)\s+"
               r"the\s+(?:owner(?=\s*[.;,]|\s+of\s+(?:this|the)\s+(?:agreement|protocol|document"
               r"|isa|isp|dsa|information sharing|data sharing))"
               r"|lead(?: (?:organi[sz]ation|agency|partner|authority|body))?"
               r"|host(?:ing)? organi[sz]ation|co-?ordinating (?:organi[sz]ation|body))"
               r"\b(?!\s+(?:officer|manager|contact|person|practitioner)))"),
    re.compile(r"\b(?i:(?:this|the)\s+(?:agreement|protocol|document|isa|isp|dsa|scheme"
               r"|arrangement|partnership|service)\s+(?:is|will be)\s+(?:owned|hosted|co-?ordinated"
               rf"|managed|administered)\s+by)\s+(?:the\s+)?(?P<name>{_NAME})"),
)
_PARTNER_SENTENCES = (
    re.compile(r"\b(?:other|partner|participating) (?:organi[sz]ations?|agenc(?:y|ies)|partners?)"
               r"(?: involved)?(?: in this \w+)? (?:are|is|include)\s*:?\s*(?P<list>[^.]+)", re.I),
    re.compile(r"\b(?:agreement|protocol|isp|isa|dsa|memorandum of understanding|mou)\b"
               r"[^.;:]{0,40}?\bbetween\s*:?\s+(?P<list>[^.;:]+)", re.I),
    re.compile(r"\bthe (?:partners|parties|signatories)(?: to this \w+)? are\s*:?\s*"
               r"(?P<list>[^.]+)", re.I),
)
#: Only a party to a contract warrants, grants a licence or indemnifies under it: "X warrants
#: and represents to the Client", "X hereby grants to the Client a licence".
_PARTY_ACT = re.compile(rf"(?<![\w’'])(?P<name>{_NAME})\s+(?:hereby\s+)?(?:warrants|represents and "
                        r"warrants|grants\s+(?:to\s+)?(?:the|each|any)\b|shall indemnify"
                        r"|indemnifies)")
#: Words that name a contract's side by its role, not a body: "The Client", "Each Party".
_ROLE_WORDS = frozenset({"the", "each", "any", "party", "parties", "client", "clients", "user",
                         "users", "licensed", "licensee", "licensor", "recipient", "provider",
                         "applicant", "researcher", "customer", "subscriber", "partner",
                         "partners", "controller", "processor", "supplier", "contractor",
                         "council", "authority", "organisation", "organization", "data",
                         "company", "member", "members", "institution", "discloser",
                         "participant", "participants"})
_QUANTIFIERS = frozenset({"each", "any", "every", "all", "no", "either", "neither", "both"})
_LIST_INTRO = re.compile(
    r"\b(?:organi[sz]ations|partners|parties|agencies|signatories)\b[^.]*:\s*$", re.I)
_SIGNATURE = re.compile(
    r"(?:(?:for and )?on behalf of|signed for(?! and on behalf))"
    r"\s*(?:\(?\s*(?:the\s+)?organi[sz]ation\s*\)?)?"
    r"\s*:?\s*(?P<name>.*)$", re.I)
_ORG_FIELD = re.compile(r"^organi[sz]ation(?: name)?\s*:\s*(?P<name>.+)$", re.I)
#: Where a name in a signature block ends: the signer, the date, the next field.
_SIGNATURE_END = re.compile(
    r"[,;]|\s[–-]\s|\.\s|\.$|\s+(?:by|dated?|signed|signature|print(?:ed)?|name|position|"
    r"title|job|role|tel|telephone|email|e-mail)\b", re.I)
_BLANK = re.compile(r"^[\s.…_\-–:]*$")
_SECTOR_WORDS = frozenset({"health", "justice", "housing", "fire", "police", "education",
                           "voluntary and community sector", "county/district/borough councils",
                           "councils", "local authorities", "nhs", "criminal justice",
                           "other", "sector", "organisation", "organisation name"})
_SPLIT = re.compile(r"\s*(?:[,;\n•]|\s[–-]\s|\s/\s)\s*")
_AND = re.compile(r"\s+(?:and|&)\s+")
_ORG_WORD = re.compile(
    r"\b(?:Council|Trust|Police|Constabulary|Service|Services|Agency|Office|CCG|Board|Partnership"
    r"|University|College|School|Limited|Ltd|LTD|Society|Authority|Department|Hospital|Group"
    r"|Company|Foundation|Commission|Probation|Prison|Homes|Housing|Care|Centre|Network|Enterprise"
    r"|Refuge|Aid|CIC|plc|NHS)\b")


@dataclass(frozen=True, slots=True)
class Found:
    role: Role
    name: str
    source: str
    block: Block
    ico: str | None = None


#: Words that fill a party slot without naming anyone: form labels, legal suffixes alone.
_NOT_NAMES = frozenset({"version", "status", "author", "approved", "approver", "written",
                        "prepared", "agreed", "reviewed", "owner", "questions", "contact",
                        "role", "reference", "classification", "summary", "changes",
                        "description", "comments", "issue", "draft", "final", "notes",
                        "name", "title", "date", "signature", "signed", "print", "position",
                        "name (printed)", "parties", "party", "inc", "ltd", "limited", "llc",
                        "plc", "organisation", "organization", "the parties", "partners",
                        "applicant", "recipient", "provider", "company", "address",
                        "dpia", "dpa", "gdpr", "ico", "n/a", "tbc",
                        # a defined term standing for a body named elsewhere ("The Trust leads")
                        "trust", "council", "authority", "board", "service", "partnership",
                        "force", "department", "agency", "charity", "commissioner", "icb",
                        "the trust", "the council", "the authority", "the board"})


#: A post, not a body: "Information Security Manager" owns a document but is no party.
_JOB_TITLE = re.compile(
    r"\b(?:manager|officer|director|head|guardian|co-?ordinator|administrator|executive|chair"
    r"|chairperson|analyst|advis[eo]r|owner|lead|secretary|clerk|controller|practitioner)s?$",
    re.I)


#: A person, not a body: "Dr Jane Okafor", "Cllr Smith", "K. Brennan", "R Hale".
_PERSON = re.compile(
    r"^(?:(?i:mr|mrs|ms|miss|mx|dr|cllr|councillor|prof|professor|sir|dame|revd?|dci|supt)\.?\s"
    r"|[A-Z](?:\.\s?|\s)(?:[A-Z](?:\.\s?|\s))?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$)")


#: A post, by the rank or grade it starts with: "Detective Superintendent, Public Protection".
_POST = re.compile(r"^(?:detective|superintendent|chief (?:superintendent|inspector|constable"
                   r"|executive|officer)|inspector|sergeant|constable|commander|head of"
                   r"|(?:assistant |deputy )?director of|senior (?:manager|officer)"
                   r"|(?:\w+\s){0,2}(?:manager|officer|director)\b)", re.I)


_POST_ONLY = re.compile(r"(?:[\w-]+\s){0,3}(?:manager|officer|director|chair|head)", re.I)


def looks_like_name(text: str) -> bool:
    """Could this text be an organisation's name (rather than a phrase, a sentence, a post or
    a person)?"""
    words = text.split()
    if (_PERSON.match(text) or _POST.match(text)) and not _ORG_WORD.search(text):
        return False
    if _POST_ONLY.fullmatch(text.split(",")[0].strip()):
        return False  # "Group Manager, Access and Inclusion": a post and its service
    if not words or len(words) > 12 or not text[:1].isupper() and not text[:1].isdigit():
        return False
    if _JOB_TITLE.search(strip_acronym(text)[0]) and not _ORG_WORD.search(text):
        return False
    if re.match(r"(?:head|director|assistant director|deputy director|chief constable"
                r"|chief executive|chief officer|clerk) of\b", text, re.I):
        return False  # "Head of Service", "Director of Public Health"
    if _BLANK.match(text) or "@" in text or "http" in text.lower():
        return False
    if text.lower().strip(" .") in _NOT_NAMES:
        return False
    if not any(len(re.findall(r"[^\W\d_]", w)) >= 2 and w.lower() not in _CONNECTORS
               for w in words):
        return False  # "10.3 and 10.5"
    if _INTERNAL_GROUP.search(text):
        return False  # "SET SAR Sub-Group": a partnership's own group, not an organisation
    # "Probation Service (East of England region)": a bracketed qualifier may be lower case
    lowered = [w for w in re.sub(r"\([^()]*\)", " ", text).split() if w[:1].islower()]
    return all(w.strip("(),.") in _CONNECTORS for w in lowered)


_INTERNAL_GROUP = re.compile(r"\b(?:sub-?groups?|sub-?committees?|sub-?panels?|working groups?"
                             r"|steering groups?|task(?: and|\s*&)\s*finish groups?)$", re.I)


POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
#: "Essex Police of PO Box 2, Springfield, Chelmsford CM2 6DA": the address is not the name.
_OF_ADDRESS = re.compile(rf"\s+of\s+(?:p\.?\s?o\.?\s+box\b|\d|[^()]{{0,80}}?{POSTCODE}).*$", re.I)
#: The same address inside a list of parties: up to its postcode, commas and all.
_ADDRESS_SPAN = re.compile(rf"\s+of\s+(?:[^,;()]{{1,60}},\s*){{0,6}}?[^,;()]{{0,60}}?{POSTCODE}")


def clean_name(text: str) -> str:
    """Strip dot leaders, addresses, trailing punctuation and unbalanced brackets from a
    written name."""
    text = _OF_ADDRESS.sub("", text)
    # "(registered charity no. 1127764)", "(for both Councils)": a remark, not the name
    text = re.sub(r"\s*\((?![^()]*\bZ[A-Z\d]\d{5}[\dX])(?!formerly|previously|now\b)"
                  r"(?=[^()]*\d{3,}|[a-z])[^()]*\)", "", text)
    text = re.sub(r"\s*[,–-]\s*(?:registered )?(?:charity|company)(?: no\.?| number)?\s*\d+.*$", "",
                  text, flags=re.I)
    # "(Information Governance)", "(Adult Social Services)": the team that wrote it, not a body
    text = re.sub(r"\s*\((?:[A-Z][\w’'-]*\s+(?:and\s+|&\s+)?){0,4}(?:Governance|Services?|Team"
                  r"|Directorate|Division|Unit|Hub)\)", "", text)
    # "(Controller)", "(joint controller)": the role it plays, not its name
    text = re.sub(r"\s*\((?:joint |lead |sole |independent )?(?:data )?(?:controllers?|processors?"
                  r"|sub-?processors?)\)", "", text, flags=re.I)
    text = re.sub(r"^\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+(?=[A-Z])", "", text)  # "2.6.1 UK Biobank"
    text = re.sub(r"^[\s.…_:]+", "", text)
    text = re.sub(r"\s*[.…_]{2,}.*$", "", text)
    text = " ".join(text.split()).strip(" .,;:")
    text = re.sub(r"(?:\s+(?:and|&|of|the|in|at|for|with|by|to|on|upon))+$", "", text)
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip()
    text = re.sub(r"^(?:and|&)\s+", "", text)
    owner = re.match(r"^(?P<body>.+?(?:Council|Constabulary|Police|Authority|Board))[’']s\s+"
                     r"[A-Z][^()]*?(?:\([^()]*\)\s*)?[^()]*\b(?:Service|Services|Team|Unit"
                     r"|Directorate|Department|Division|Hub)$", text) or re.match(
        r"^(?P<body>.+?(?:Council|Constabulary|Police|Authority))[’']s(?:\s+[A-Z][\w-]*){1,3}$",
        text)
    if owner:
        return owner.group("body")  # "Thurrock Council's Aftercare Service": the council's team
    return text


def split_names(text: str, nlp: Language) -> list[str]:
    """A list of organisations as written ("A, B and C") → its names, registry names intact."""
    # Drop remarks in brackets ("(each a party)"), keeping acronyms and ICO numbers.
    # "(1) A and (2) B": the numbers enumerate parties
    text = re.sub(r"(?:^|\s*,?\s*(?:\band\s+)?)\((?:\d{1,2}|[ivx]{1,4})\)\s*", "; ", text)
    text = tokenisable(re.sub(r"\s*\((?![^()]*\bZ[A-Z\d]\d{5}[\dX])(?=[^()]*\b[a-z]{3,})[^()]*\)",
                              "", _ADDRESS_SPAN.sub("", text)))
    doc = nlp(text)
    protected = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("ORG", "BODY")]
    pieces, last = [], 0
    for m in _SPLIT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in protected) or _inside_parens(text, m):
            continue
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, len(text)))
    names: list[str] = []
    for n, (start, end) in enumerate(pieces):
        last_of_list = len(pieces) > 1 and n == len(pieces) - 1
        names.extend(_split_and(text[start:end], start, protected, last_of_list))
    names = [_without_the(x) for x in names]
    return [n for n in (clean_name(x) for x in names) if n]


def _without_the(piece: str) -> str:
    """"… and the University of Bedfordshire": a body's name after a lower-case "the"."""
    rest = re.sub(r"^\s*the\s+(?=[A-Z])", "", piece)
    return rest if rest != piece and (_ORG_WORD.search(rest) or body_kind(rest)) else piece


def _inside_parens(text: str, m: re.Match[str]) -> bool:
    return text.count("(", 0, m.start()) > text.count(")", 0, m.start())


def _split_and(piece: str, offset: int, protected: list[tuple[int, int]],
               in_list: bool) -> list[str]:
    """Split "A and B" when both halves are organisations, or at the final "and" of a list;
    "A and the applicant" keeps A alone."""
    matches = [m for m in _AND.finditer(piece)
               if not any(s < offset + m.end() and offset + m.start() < e for s, e in protected)]
    if not matches:
        return [piece]
    m = matches[0]
    left, right = piece[:m.start()], piece[m.end():]
    both_orgs = all(_ORG_WORD.search(x) or _is_protected(x, piece, offset, protected)
                    for x in (left, right))
    if (in_list and looks_like_name(right.strip())) or both_orgs:
        return [left, right]
    if looks_like_name(left.strip()) and right.strip()[:1].islower():
        return [left]
    return [piece]


def _is_protected(part: str, piece: str, offset: int, protected: list[tuple[int, int]]) -> bool:
    start = offset + piece.find(part)
    return any(s <= start and start + len(part.strip()) <= e + 1 for s, e in protected)


def find_parties(document: Document, labelled: list[Labelled], nlp: Language,
                 registry: Registry) -> tuple[list[PartyRecord], list[Evidence]]:
    defined = _defined_names(document)
    found = [Found(f.role, defined.get(normalise(f.name), f.name), f.source, f.block, f.ico)
             for f in _candidates(document, labelled, nlp)]
    return _resolve(_teams_by_acronym(found, registry), registry)


def _teams_by_acronym(found: list[Found], registry: Registry) -> list[Found]:
    """A party written by another party's acronym is that party: "DWP" or "the VOA" alone,
    and "UKHSA East of England HPT" or "VOA Information Assurance Team" (its team), after
    "UK Health Security Agency" or "Valuation Office Agency" is named."""
    full_of: dict[str, str] = {}
    for f in found:
        name = strip_acronym(f.name)[0]
        if len(name.split()) >= 2 and looks_like_name(name) and not _not_a_party(name) \
                and len(capitals := _capitals(name)) >= 2:
            full_of.setdefault(capitals, name)
    out = []
    for f in found:
        first, _, rest = re.sub(r"^the\s+", "", f.name, flags=re.I).partition(" ")
        letters = _capitals(first)
        full = full_of.get(letters) if _ACRONYM.fullmatch(first) \
            and 2 * len(letters) >= len(first) else None
        if (full is not None and normalise(full) != normalise(f.name)
                and (not rest or not (registry.match(f.name) or body_kind(f.name)))):
            f = Found(f.role, full, f.source, f.block, f.ico)
        out.append(f)
    return out


_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,7}")


def _capitals(name: str) -> str:
    """The capital letters of a name, as its acronym spells them ("DfE": "DE")."""
    return "".join(c for c in name if c.isupper())


#: 'UK Biobank Limited (“UK Biobank”)': a contract names a party in full once, then short.
_DEFINED = re.compile(rf"(?P<full>{_NAME})\s*\(\s*(?:the\s+)?[“\"‘']\s*"
                      r"(?P<short>[A-Z][^”\"’'()]{1,40}?)\s*[”\"’']\s*\)")


def _defined_names(document: Document) -> dict[str, str]:
    """Short names a document defines for a party, to the full name it gives first; only a
    short name made of the full name's own words ("UK Biobank" for "UK Biobank Limited")."""
    out: dict[str, str] = {}
    for block in document.blocks[:300]:
        for m in _DEFINED.finditer(block.text):
            full, short = clean_name(m.group("full")), m.group("short").strip()
            words = set(normalise(full).split())
            if (looks_like_name(full) and set(normalise(short).split()) <= words
                    and normalise(short) != normalise(full)):
                out.setdefault(normalise(short), full)
    return out


def _candidates(document: Document, labelled: list[Labelled], nlp: Language) -> Iterator[Found]:
    for item in labelled:
        if item.field == "lead":
            # One organisation, as written: commas belong to names such as "Ministry of
            # Housing, Communities and Local Government"; "X, which commissions …" is X.
            name, ico = _without_ico(clean_name(_RELATIVE.split(item.value)[0]))
            yield Found(Role.LEAD, name, item.origin, item.source, ico)
        elif item.field == "partners":
            for written in split_names(item.value, nlp):
                name, ico = _without_ico(written)
                yield Found(Role.PARTNER, name, item.origin, item.source, ico)
    body = [b for b in document.blocks if b.kind != "table_cell"]
    for pos, block in enumerate(body):
        text = block.text
        for pattern in _LEAD_PATTERNS:
            for m in pattern.finditer(text):
                name = _whole_body(text, m.start("name"), clean_name(m.group("name")))
                if _opens_sentence(text, m.start("name")):
                    name = re.sub(r"^The\s+(?=[A-Z])", "", name)  # a sentence's own "The"
                if looks_like_name(name):
                    yield Found(Role.LEAD, name, "sentence", block)
        for pattern in _PARTNER_SENTENCES:
            for m in pattern.finditer(text):
                # "between the Valuation Office Agency and the billing authorities below"
                bodies = _GROUP_TAIL.sub("", _strip_lead_marker(m.group("list")))
                names = split_names(bodies, nlp)
                # "between UK Biobank and the Applicant": one body's standard terms, which
                # the body that publishes them leads
                role = (Role.LEAD if len(names) == 1 and _WITH_A_ROLE.search(m.group("list"))
                        else Role.PARTNER)
                for name in names:
                    yield Found(role, name, "sentence", block)
        if _LIST_INTRO.search(text) or (block.kind == "heading" and (
                LABELS["partners"].match(text.strip(" :")) or _PARTY_HEADING.search(text))):
            for listed in body[pos + 1:]:
                if listed.kind != "list_item" or _next_section(text, listed.text):
                    break  # "2. Parties" / "3. Information to be shared": a contents list
                if find_citations(listed.text):
                    continue  # "Partners rely on the following:" / "• Crime and Disorder Act 1998"
                for name in split_names(_list_entry(listed.text), nlp):
                    yield Found(Role.PARTNER, name, "list", listed)
        for m in _PARTY_ACT.finditer(text):
            name = clean_name(m.group("name"))
            words = normalise(" ".join(text[:m.start()].split()[-1:] + [name])).split()
            if looks_like_name(name) and not _QUANTIFIERS & set(words[:2]) \
                    and not set(words) <= _ROLE_WORDS:
                yield Found(Role.PARTNER, name, "sentence", block)
        sig = _signature(block)
        if sig:
            name = _signed_name(sig.group("name"))
            if name:
                yield Found(Role.PARTNER, name, "signature", block)
    yield from _signatory_tables(document)
    yield from _signature_boxes(document)
    yield from _responsible_authorities(document)
    yield from _between_stack(body)


#: Where a clause about a named body begins: "X, which commissions the programme".
_RELATIVE = re.compile(r",\s+(?=(?:which|who|whose|acting|as the|as a|on behalf)\b)")


#: The other side of a standard agreement, named by its role, not as a body.
#: What a standard agreement calls the other side when it names no body there.
_ROLES = r"applicant|recipient|user|licensee|researcher|client|customer|subscriber"
_WITH_A_ROLE = re.compile(rf"\s(?:and|&)\s+(?:the\s+|you,?\s+the\s+)?(?:individual\s+)?"
                          rf"(?i:{_ROLES})s?\b")


#: A heading over a list of the parties: "Organisations taking part", "Who is signed up".
_PARTY_HEADING = re.compile(
    r"\b(?:organi[sz]ations|partners|parties|agencies|signatories|members)\b(?! of the public)"
    r"|\bwho (?:is|are) (?:involved|signed up|part of|taking part)|\btak(?:ing|es?) part\b"
    r"|\bwho is (?:this|the) (?:agreement|protocol|arrangement) (?:between|with)\b", re.I)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start]
    return not before.strip(" (") or before.rstrip()[-1:] in ".;:"


def _whole_body(text: str, start: int, name: str) -> str:
    """A listed body's name runs on over its commas where a name pattern stops at the first
    ("led by the Department for Levelling Up, Housing and Communities (DLUHC), which …")."""
    rest = text[start:start + 120]
    ends = [m.start() for m in re.finditer(r",|\s\(|$", rest)]
    for end in reversed(ends):
        candidate = rest[:end].strip()
        if len(candidate) > len(name) and "(" not in candidate and body_kind(candidate):
            return candidate
    return name


#: A group named in lower case after the bodies a sentence names: "… and the councils".
_GROUP_TAIL = re.compile(r"\s*,?\s+(?:and|&)\s+(?:the|each|all|every|any|other)\s+[a-z][a-z ,-]*$")

_TOP_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?\s+(?!\d)")


def _next_section(heading: str, item: str) -> bool:
    """Is the item the heading's next sibling ("2. Parties", then "3. Roles"), not a member?"""
    here, there = _TOP_NUMBER.match(heading), _TOP_NUMBER.match(item)
    return bool(here and there and int(there.group(1)) == int(here.group(1)) + 1)


def _list_entry(text: str) -> str:
    """A party list's entry without what follows its name: "Hertfordshire County Council –
    Adult Care Services" is the council, "Mind in Mid Herts – owner of this agreement" too."""
    text = text.lstrip("•·-–*\uf0b7 ")  # the bullet is not a list separator
    head = re.split(r"\s[–—-]\s|:\s", text, maxsplit=1)[0]
    body, *address = head.split(", ")
    if address and looks_like_name(clean_name(body)) and any(
            _ADDRESS_PART.search(part) or re.search(POSTCODE, part) for part in address):
        return body  # "Thurrock Council, Civic Offices, New Road, Grays": the council
    return head if looks_like_name(clean_name(head)) else text


#: A part of a postal address after a body's name: "Civic Offices", "100 Parliament Street".
_ADDRESS_PART = re.compile(r"^\d+[A-Za-z]?\s|\b(?:Street|Road|Avenue|Lane|Square|Place|Way"
                           r"|Offices|Wharf|Drive|Close|Crescent|Parade|Quay|Terrace|Hill"
                           r"|Civic Centre|House|Building|Buildings)$")


def _signed_name(text: str) -> str:
    """The organisation a signature block signs for: up to the signer, the date or the next
    field, but a listed body's name is kept whole across its commas ("Ministry of Housing,
    Communities and Local Government")."""
    whole = clean_name(re.split(r"[;]|\s[–-]\s|\.\s|\.$", text)[0])
    bare = re.sub(r"^the\s+(?=[A-Z])", "", whole)
    if body_kind(bare):
        return bare  # "on behalf of the Department for Work and Pensions"
    return clean_name(_SIGNATURE_END.split(text)[0])


_BETWEEN = re.compile(r"^(?:.*\s)?between\s*[:\-–]*$", re.I)
_AND_ONLY = re.compile(r"^(?:and|&)\s*[,;:]?$", re.I)
#: Where a party's name ends and its particulars (address, defined term) begin.
_PARTY_DETAILS = re.compile(
    r"\s+of\s+(?=[\[\d])|\s*\(|,\s*(?=(?:whose|which|with|having|located|registered|a|an|"
    r"of|at|company|incorporated|acting)\b)|;", re.I)
_PARTY_PREFIX = re.compile(r"^\(?\d{1,2}\)\s*|^\d{1,2}\.\s+(?!\d)|^\(?[a-h][.)]\s+")
#: A defined short name inside a party's line: 'The University of X (“University”) Centre
#: for Y' names the centre; the bracket is the document's shorthand, not part of the name.
_DEFINED_TERM = re.compile(r"\s*\(\s*(?:the\s+)?[“\"‘'][^()”\"’']{1,40}[”\"’']\s*\)(?=\s+[A-Z])")
#: A party named by its role, not as a body: "Individual user of the service", "the Applicant".
_ROLE_PARTY = re.compile(r"^(?:the\s+|an?\s+|you,?\s+(?:the\s+)?)?(?:individual\s+)?"
                         rf"(?-i:[a-z]+\s+){{0,2}}(?:{_ROLES})s?\b", re.I)


def _between_stack(body: list[Block]) -> Iterator[Found]:
    """Parties set out one per line under "between" (on a cover page, or under a heading
    that names the parties), joined by "and". A stack of one body and one role ("a. Individual
    user of the service") is that body's standard terms, which it leads."""
    for pos, block in enumerate(body):
        if not _BETWEEN.match(block.text) or not (
                pos < 60 or pos and body[pos - 1].kind == "heading"
                and _PARTY_HEADING.search(body[pos - 1].text)):
            continue
        found, roles = list(_stacked(body[pos + 1:pos + 12])), 0
        for item in body[pos + 1:pos + 1 + len(found) + 2]:
            roles += bool(_ROLE_PARTY.match(_PARTY_PREFIX.sub("", item.text)))
        if len(found) == 1 and roles:
            found = [Found(Role.LEAD, found[0].name, found[0].source, found[0].block)]
        yield from found
        return


def _stacked(items: list[Block]) -> Iterator[Found]:
    expect_party = True
    for item in items:
        if _AND_ONLY.match(item.text):
            expect_party = True
            continue
        numbered = bool(_PARTY_PREFIX.match(item.text))
        if not (expect_party or numbered) or item.text.rstrip().endswith(":"):
            break
        if not expect_party and item.kind == "heading":
            break  # the first section after the parties
        text = _DEFINED_TERM.sub("", _PARTY_PREFIX.sub("", item.text))
        expect_party = False
        if _ROLE_PARTY.match(text):
            continue  # the other side, by its role: nobody to name, but the list goes on
        name = clean_name(_PARTY_DETAILS.split(text)[0])
        if name.startswith("["):  # a template's placeholder: nobody, but the list goes on
            continue
        if not looks_like_name(name):
            break
        yield Found(Role.PARTNER, name, "cover_parties", item)


def _responsible_authorities(document: Document) -> Iterator[Found]:
    """The WEISF front table's "Responsible Authority" column names the lead organisation."""
    for rows in document.tables().values():
        if not rows:
            continue
        col = next((c.col for c in rows[0]
                    if re.search(r"responsible (?:authority|organi[sz]ation)", c.text, re.I)), None)
        if col is None or (len(rows[0]) == 2 and rows[0][0].col == col
                           and rows[0][1].text.strip() and not label_of(rows[0][1].text)):
            continue  # "Responsible organisation | X" is a cover table's row (labelled values)
        for cells in rows[1:]:
            for cell in cells:
                if cell.col == col and (name := clean_name(cell.text)):
                    yield Found(Role.LEAD, name, "front_table", cell)


def _signature(block: Block) -> re.Match[str] | None:
    """"On behalf of X" in a block, read line by line (a name ends at its line's end)."""
    lines = [" ".join(line.split()) for line in block.raw_text.splitlines()] or [block.text]
    for i, line in enumerate(lines):
        m = _SIGNATURE.search(line) or _ORG_FIELD.match(line)
        if not (m and m.group("name").strip(" .…_:")):
            continue
        # A long name wraps onto the next line only as its last word or two ("… NHS
        # Foundation / Trust"); any other next line is the signer's name or title.
        following = lines[i + 1] if i + 1 < len(lines) else ""
        words = following.split()
        if 1 <= len(words) <= 2 and all(_ORG_WORD.fullmatch(w) for w in words):
            line = f"{line} {following}"
            return _SIGNATURE.search(line) or _ORG_FIELD.match(line)
        return m
    return None


_ICO_NOTE = re.compile(r"\s*[(\[]?\s*(?:ICO(?:\s+(?:registration|reg\.?))?(?:\s+(?:no\.?|number))?"
                       r"\s*[:\-]?\s*)?(?P<ico>\bZ(?:\d{6}[\dX]|[A-Z]\d{6}))\s*[)\]]?", re.I)


def _without_ico(name: str) -> tuple[str, str | None]:
    """"Essex Police (ICO: Z4883472)" → ("Essex Police", "Z4883472")."""
    m = _ICO_NOTE.search(name)
    if not m:
        return name, None
    return clean_name(name[:m.start()] + name[m.end():]), m.group("ico").upper()


def _strip_lead_marker(text: str) -> str:
    return re.sub(r"\s*\((?:the\s+)?lead[^)]*\)", "", text, flags=re.I)


def _signatory_tables(document: Document) -> Iterator[Found]:
    """Rows of tables whose header names an organisation column (Appendix D style)."""
    for rows, col in _party_columns(document):
        for cells in rows:
            by_col = {c.col: c for c in cells}
            cell = by_col.get(col)
            if cell is None:
                continue
            name = clean_name(cell.text)
            rest = " ".join(c.text for c in cells if c is not cell)
            if not name or name.lower() in _SECTOR_WORDS:
                continue
            icos = find_ico_numbers(rest) or find_ico_numbers(cell.text)
            # A role column may say who leads: "Lead organisation; commissioner of …".
            role = Role.LEAD if any(_LEAD_CELL.match(c.text.strip()) for c in cells
                                    if c is not cell) else Role.PARTNER
            name = re.sub(r"\s*\bZ[A-Z\d]{7}\b", "", name).strip()
            # "Babergh District Council and Mid Suffolk District Council": two bodies sign
            for part in _two_bodies(name):
                yield Found(role, part, "signatory_table", cell, icos[0] if icos else None)


#: The rows of a signature box: "Signed", "Name", "Role", "Date".
_SIGNATURE_ROW = re.compile(r"^(?:signed|signature|sign|name|print name|role|position|post"
                            r"|job title|title|date(?: signed)?)\s*:?$", re.I)
#: What follows a practice's or a body's name on its signature page: " - F81017", " (Y01234)".
_CODE = re.compile(r"\s*(?:[–—-]\s*|\()[A-Z]{1,2}\d{3,5}[A-Z]?\)?$")


#: A signature box's row that names the body it signs for: "Signed for | Thurrock Council".
_SIGNS_FOR = re.compile(r"^(?:signed (?:for|on behalf of)|(?:for and )?on behalf of|signing for"
                        r"|organi[sz]ation(?: name)?|signing organi[sz]ation)\s*:?$", re.I)


_SIGNED_FOR = re.compile(r"^(?:signed |agreed )?(?:for and )?(?:on behalf of|for)\s+(?:the\s+)?",
                         re.I)
#: What a GP practice or pharmacy is called: no word of _ORG_WORD, but a body all the same.
_PRACTICE = re.compile(r"\b(?:Surgery|Practice|Medical|Pharmacy|Chemists?|Alliance|LLP)\b")


def _signature_boxes(document: Document) -> Iterator[Found]:
    """Signature boxes set as small tables. A row "Signed for | X" names X; a body's name set
    over a box of Signed / Role / Date rows ("Blackwater Medical Centre - F81017") names it."""
    for rows in document.tables().values():
        labels = [cells[0].text.strip() for cells in rows if cells]
        boxed = sum(bool(_SIGNATURE_ROW.match(x)) for x in labels)  # Signed, Name, Post, Date…
        for cells in rows:
            if boxed and len(cells) == 2 and _SIGNS_FOR.match(cells[0].text.strip()):
                name = clean_name(_CODE.sub("", cells[1].text))
                if looks_like_name(name):
                    yield Found(Role.PARTNER, name, "signature", cells[1])
            elif boxed and len(cells) == 1 and (m := _SIGNED_FOR.match(cells[0].text.strip())):
                # the box's own heading row: "Signed on behalf of Estuary Housing Association"
                name = clean_name(_CODE.sub("", cells[0].text.strip()[m.end():]))
                if looks_like_name(name):
                    yield Found(Role.PARTNER, name, "signature", cells[0])
        if len(rows[0]) > 2 or boxed < 2:
            continue
        first = rows[0][0].index
        if first == 0:
            continue
        above = document.blocks[first - 1]
        if above.kind == "table_cell" or len(above.text.split()) > 10:
            continue
        name = clean_name(_SIGNED_FOR.sub("", _CODE.sub("", above.text)))
        if looks_like_name(name) and not classify_all(name) \
                and not re.search(r"\bsign", name, re.I) and (
                    _ORG_WORD.search(name) or body_kind(name) or _PRACTICE.search(name)):
            yield Found(Role.PARTNER, name, "signature", above)


def _two_bodies(name: str) -> list[str]:
    """"Babergh District Council and Mid Suffolk District Council" is two bodies; "NHS Suffolk
    and North East Essex Integrated Care Board" is one: each half must end as a body does."""
    halves = _AND.split(name, maxsplit=1)
    if len(halves) == 2 and not body_kind(name) and all(
            _ORG_WORD.fullmatch(h.split()[-1]) for h in halves if h.split()):
        return [clean_name(h) for h in halves]
    return [name]


class _Run(NamedTuple):
    """One table of parties, or several a page break split: where it ends, its width, its
    organisation column and its rows."""
    number: int
    width: int
    col: int
    rows: list[list[Block]]


_PARTY_COLUMN = re.compile(
    r"organi[sz]ation|^(?:partner|participating|member|signing)?\s*(?:part(?:y|ies|ners?)"
    r"|agenc(?:y|ies)|bod(?:y|ies))$|^(?:signed )?(?:for|on behalf of)$"
    r"|^(?:participants?|participating organi[sz]ations?)$"
    r"|^(?:gp |local |name of (?:the )?|(?:billing|member|partner|constituent|statutory|health"
    r"|housing|police) )?(?:practice|school|academy|setting|provider|trust"
    r"|council|authority|college|contractor|pharmacy|pharmacies|surgery|surgeries)s?(?: name)?$")


def _party_columns(document: Document) -> Iterator[tuple[list[list[Block]], int]]:
    """Tables that list parties, each with its organisation column. A table straight after
    one, with as many columns and no header of its own, continues it (a PDF page break
    splits one Word table in two), and a first row with cells missing is the end of the
    row the break cut: "Hertfordshire" above the break, "Constabulary" below it."""
    run: _Run | None = None
    for number, rows in sorted(document.tables().items()):
        if not rows:
            continue
        header = [c.text.lower().strip(" :") for c in rows[0]]
        col = next((rows[0][i].col or i for i, h in enumerate(header) if _PARTY_COLUMN.search(h)),
                   next((rows[0][i].col or i for i, h in enumerate(header)
                         if re.search(r"signator", h)), None))
        width = max(len(cells) for cells in rows[:3])
        if col is None and run and run.number == number - 1 and run.width == width \
                and run.rows and rows[0][0].index == run.rows[-1][-1].index + 1 \
                and not any(_is_header(h) for h in header) \
                and not _SIGNS_A_BOX.match(rows[0][0].text.strip()):  # nothing between them
            body = list(rows)
            if len(body[0]) < width:
                run.rows[-1] = _joined(run.rows[-1], body.pop(0))
            run = _Run(number, width, run.col, run.rows + body)
            continue
        if run:
            yield run.rows, run.col
            run = None
        if col is None or any(re.fullmatch(r"purpose|lead(?: organi[sz]ation)?", h)
                              for h in header) or header[0] in _COVER_KEYS \
                or label_of(header[0]) in _COVER_FIELDS:
            continue  # not a list of parties, or a cover table
        run = _Run(number, width, col, rows[1:])
    if run:
        yield run.rows, run.col


#: The first cell of a signature box, which starts a table of its own.
_SIGNS_A_BOX = re.compile(r"^(?:signed |agreed )?(?:for and )?on behalf of\b|^signed (?:for|by)\b"
                          r"|^signature\b", re.I)


def _joined(row: list[Block], tail: list[Block]) -> list[Block]:
    """A table row with the text a page break carried into the next table added, cell by
    cell."""
    more = {c.col: c.text for c in tail}
    return [replace(c, text=f"{c.text} {more[c.col]}") if c.col in more else c for c in row]


#: The first cell of a cover table's key column ("Title" over a signer's title is a column).
_COVER_KEYS = frozenset({"title", "agreement title", "protocol title", "document title",
                         "responsible organisation", "responsible organization",
                         "lead organisation", "lead organization", "owner", "reference",
                         "version", "published by", "lead"})
#: Fields whose label in a table's first cell makes it a cover table, in any wording.
_COVER_FIELDS = frozenset({"title", "lead", "purpose", "review", "commencement"})
_LEAD_CELL = re.compile(r"(?:the )?lead(?: (?:organi[sz]ation|agency|partner|authority|body))?"
                        r"(?:$|[;,.(])", re.I)


def _is_header(text: str) -> bool:
    return bool(re.fullmatch(r"organi[sz]ation(?: name)?|signatory|name|job title|title|date|"
                             r"email|ico(?: registration)?(?: number)?", text))


_SOURCE_RANK = {"cover_table": 0, "register_table": 0, "line": 1, "sentence": 2,
                "cover_parties": 2, "front_table": 3, "list": 4, "signature": 5,
                "signatory_table": 6}


def _resolve(found: list[Found], registry: Registry) -> tuple[list[PartyRecord], list[Evidence]]:
    """Match names to the registry, pick one lead, de-duplicate, drop non-names.

    Only a document's own word makes a lead ("Lead organisation", "led by", "owner"…): with
    none, there is no lead and every party is a partner (signing first is not leading)."""
    found = [_body_part(f, registry) for f in found if looks_like_name(f.name)
             and not _not_a_party(f.name) and not is_a_place(f.name)]
    leads = sorted((f for f in found if f.role == Role.LEAD), key=lambda f: _SOURCE_RANK[f.source])
    records: list[PartyRecord] = []
    evidence: list[Evidence] = []
    seen: set[str] = set()
    ordered = leads[:1] + [f for f in found if f.role == Role.PARTNER] + leads[1:]
    acronyms = {a for f in found if " " in f.name and (a := strip_acronym(f.name)[1])}
    for f in ordered:
        role = Role.LEAD if f is (leads[0] if leads else None) else Role.PARTNER
        match = registry.match(f.name)
        if (match is None and f.source == "signatory_table" and _ordinary_word(f.name)
                and not body_kind(f.name)):
            continue  # "From", "Practice": a table's word, not an unlisted body's name
        if match is None and f.name.strip() in acronyms:
            continue  # "HCT" after "Hertfordshire Community NHS Trust (HCT)": the same body
        key = match.org.name if match else _name_key(f.name)
        if key in seen:
            if f.ico:
                records = [_with_ico(r, f.ico) if (r.org or _name_key(r.name)) == key else r
                           for r in records]
            if match is None:  # one body written short and in full: keep the full name
                records = [replace(r, name=f.name) if _name_key(r.name) == key
                           and len(f.name) > len(r.name) and _fuller(f.name) else r
                           for r in records]
            continue
        seen.add(key)
        records.append(PartyRecord(role, f.name, match.org.name if match else None,
                                   match.score if match else None, f.source, f.ico))
        evidence.append(Evidence(f"party.{role.value}", match.org.name if match else f.name,
                                 f.block.text[:500], f.block.path, f.block.page, f.block.index))
    return [_succeeded(_checked(r, registry)) for r in records], evidence


def _succeeded(record: PartyRecord) -> PartyRecord:
    """A body that no longer exists carries when it ended and its successor."""
    gone = succession_of(record.name, record.org)
    return replace(record, ended=gone.ended, successor=gone.successor) if gone else record


#: Words that fill a party's place without naming one: services, sectors, cross-references,
#: and statutes ("Children Act 1989" is no party).
_NOT_A_PARTY = re.compile(
    r"^(?:see|please see|refer to|as listed|listed in)\b|\b(?:Act|Regulations?|Order)\s+\d{4}\b"
    r"|\b(?:Article|Section|Schedule|Part|Regulation)\s+\d|\bGDPR\b"  # law, not a body
    r"|\b(?:Orders|Notices|Injunctions|Warrants)$"  # instruments a list names, not bodies
    r"|^(?:schools?|services?|independent|adult social care|children'?s services|social care"
    r"|education|primary care|health|housing|partners|agencies|providers?|practices"
    r"|gp practices|local authorities|councils|red|amber|green|yes|no|n/?a)$", re.I)


def _not_a_party(name: str) -> bool:
    """"Health (ICB, NELFT, EPUT)" is a sector with its members, as "Health" alone is."""
    return any(_NOT_A_PARTY.search(n) for n in (name, re.sub(r"\s*\([^()]*\)$", "", name)))


def _body_part(found: Found, registry: Registry) -> Found:
    """A party named with its team ("Devon County Council SEND Strategic Lead", "Rochford
    District Council Community Safety") is the body: the longest run of its first words that
    the registry or the lists of public bodies know, when the whole name is known to neither."""
    name = found.name
    region = re.search(r"\s[–—-]\s(?P<region>.+)$", name) or re.search(
        r"\s\((?P<region>[^()]+)\)$", name)  # all that follows the dash, or the bracket
    if region and names_a_region(region.group("region")):
        return found  # "The Probation Service – London Region": a region signs as itself
    team = re.match(r"^(?P<base>.+?)\s*(?:[–—-]\s+(?P<dash>[^()]+?)\s*)?"
                    r"(?:\((?!formerly|previously|now\b|trading)(?P<part>[^()]*)\))?$", name)
    if (team and (team.group("dash") or (team.group("part") and _TEAM.search(team.group("part"))))
            and (_known_as_written(team.group("base"), registry)
                 or (not team.group("dash") and registry.match(team.group("base"))))):
        return Found(found.role, team.group("base"), found.source, found.block, found.ico)
    if registry.match(name) or body_kind(name):
        return found
    if "(" in name:
        return found  # "National Probation Service (Nottinghamshire)": a place, not a team
    words = name.split()
    for end in range(len(words) - 1, 1, -1):
        head = " ".join(words[:end]).rstrip(",;–-")
        if _known_as_written(head, registry):
            return Found(found.role, head, found.source, found.block, found.ico)
    return found


#: A team, post or unit in brackets after a body's name: "(Youth Justice Service)", "(SEND
#: Strategic Lead, Education and Learning)"; a place alone ("(Nottinghamshire)") is not one.
_TEAM = re.compile(r"\b(?:Service|Services|Team|Unit|Department|Directorate|Division|Hub|Lead"
                   r"|Group|Office|Panel|Programme|Safety|Care|Health|Housing|Licensing"
                   r"|Education|Learning)\b|[,;]|(?:\S+\s+){2}\S")


def _known_as_written(name: str, registry: Registry) -> bool:
    """A listed public body, or a registry organisation by its own name (not an alias: the
    alias "National Probation Service" must not make every probation area Essex's)."""
    if body_kind(name):
        return True
    match = registry.match(name)
    return match is not None and normalise(name) == normalise(match.org.name)


def _ordinary_word(name: str) -> bool:
    """One word in title case ("Identifiers"), which names a body only when a list says so."""
    word = strip_acronym(name)[0].strip()
    return " " not in word and word[:1].isupper() and word[1:].islower()


def _fuller(name: str) -> bool:
    """May this name stand for the body in place of a shorter one? Not with a remark or an
    acronym in brackets; yes with its region ("The Probation Service (East of England)")."""
    bracket = re.search(r"\(([^()]*)\)\s*$", name)
    return bracket is None or names_a_region(bracket.group(1))


def _name_key(name: str) -> str:
    """One key for the ways one unlisted body is written: "X (formerly Y)", "X (XY)", "X"."""
    name = re.sub(r"\bICB\b", "Integrated Care Board", re.sub(r"\bCCG\b",
                  "Clinical Commissioning Group", name))  # "NHS X ICB" is "NHS X Integrated …"
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return normalise(re.sub(r"\s*\([^()]*\)\s*$", "", name)) or normalise(name)


def _with_ico(record: PartyRecord, ico: str) -> PartyRecord:
    if record.ico_registration:
        return record
    return PartyRecord(record.role, record.name, record.org, record.match_score, record.source, ico)


def _checked(record: PartyRecord, registry: Registry) -> PartyRecord:
    """Compare an ICO number found in the document with the registry's for that body."""
    if not record.ico_registration:
        return record
    registered = registry.by_name(record.org) if record.org else None
    if registered is None or not registered.ico_registration:
        check = "not_in_registry"
    elif registered.ico_registration.upper() == record.ico_registration.upper():
        check = "matches_registry"
    else:
        check = "differs_from_registry"
    return PartyRecord(record.role, record.name, record.org, record.match_score, record.source,
                       record.ico_registration, check)
