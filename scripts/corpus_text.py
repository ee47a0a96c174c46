"""The sample corpus's model and wording: one ``Agreement`` becomes one document ``Plan``.

A plan is the finished text of a document as a flat list of items (headings, paragraphs,
bullet lists, tables), already resolved for its layout: section numbers, heading wording,
where the parties and dates are written. ``make_sample_corpus.py`` turns a plan into a Word
file and reads the ground truth off the same plan, so a fact is never typed twice.

The shared section wording is the WEISF template's (seed ``001_…txt``), shortened.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

SECTION_KEYS: tuple[str, ...] = (
    "purpose", "information_shared", "legal_basis", "individual_rights", "security",
    "format_frequency", "retention", "accuracy", "complaints", "breach", "agreement",
)
Layout = Literal["weisf_template", "cover_table", "prose", "document_control"]
LAYOUTS: tuple[Layout, ...] = ("weisf_template", "cover_table", "prose", "document_control")

HEADINGS: dict[Layout, dict[str, str]] = {
    "weisf_template": {
        "purpose": "Purpose",
        "information_shared": "Information to be shared",
        "legal_basis": "Legal basis for sharing information",
        "individual_rights": "Access and individuals’ rights",
        "security": "Keeping information secure",
        "format_frequency": "Information format, method(s) and frequency of sharing",
        "retention": "Data retention",
        "accuracy": "Responsibility for exchanging these data and ensuring data are accurate",
        "complaints": "Complaints",
        "breach": "Breach of confidentiality",
        "agreement": "Agreement",
    },
    "cover_table": {
        "purpose": "Purpose of the agreement",
        "information_shared": "What information will be shared",
        "legal_basis": "Lawful basis",
        "individual_rights": "Individuals’ rights",
        "security": "Information security",
        "format_frequency": "How and how often information is shared",
        "retention": "Retention of information",
        "accuracy": "Data quality",
        "complaints": "Complaints",
        "breach": "Breaches of confidentiality",
        "agreement": "Agreement and signatures",
    },
    "prose": {
        "purpose": "Purpose",
        "information_shared": "Information to be shared",
        "legal_basis": "Legal basis",
        "individual_rights": "Rights of individuals",
        "security": "Security",
        "format_frequency": "Method and frequency of sharing",
        "retention": "Retention and disposal",
        "accuracy": "Accuracy of information",
        "complaints": "Complaints",
        "breach": "Breach of confidentiality",
        "agreement": "Commencement, review and signatures",
    },
    "document_control": {
        "purpose": "Purpose of this agreement",
        "information_shared": "Data to be shared",
        "legal_basis": "Legal gateway",
        "individual_rights": "Data subjects’ rights",
        "security": "Security arrangements",
        "format_frequency": "Method and frequency of transfer",
        "retention": "Retention and disposal",
        "accuracy": "Data quality",
        "complaints": "Complaints",
        "breach": "Security incidents and breaches",
        "agreement": "Signatories",
    },
}

# --- the model -------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    name: str  # as written in the document
    org: str | None  # the registry name it means, None when the body is not in the registry


@dataclass(frozen=True)
class Cite:
    """A citation of legislation as written; one citation may name several Acts."""

    text: str
    acts: tuple[tuple[str, int], ...]  # (canonical short title without year, year)
    provision: str | None = None


Fragment = str | Cite


@dataclass(frozen=True)
class Para:
    parts: tuple[Fragment, ...]

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.parts)


@dataclass(frozen=True)
class Bullets:
    items: tuple[Para, ...]


Block = Para | Bullets


def P(*parts: Fragment) -> Para:
    return Para(tuple(parts))


def B(*items: str | tuple[Fragment, ...]) -> Bullets:
    return Bullets(tuple(Para((i,)) if isinstance(i, str) else Para(i) for i in items))


_MONTH_NAMES = tuple(calendar.month_name)
_MONTH_ABBR = tuple(calendar.month_abbr)
DateStyle = Literal["mon-yyyy", "month yyyy", "dd/mm/yyyy", "d month yyyy"]


@dataclass(frozen=True)
class Written:
    """A date as a document writes it; month-only styles mean the end of that month."""

    value: date
    style: DateStyle

    @property
    def text(self) -> str:
        d = self.value
        return {
            "mon-yyyy": f"{_MONTH_ABBR[d.month]}-{d.year}",
            "month yyyy": f"{_MONTH_NAMES[d.month]} {d.year}",
            "dd/mm/yyyy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "d month yyyy": f"{d.day} {_MONTH_NAMES[d.month]} {d.year}",
        }[self.style]

    @property
    def resolved(self) -> date:
        d = self.value
        if self.style in ("mon-yyyy", "month yyyy"):
            return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
        return d


@dataclass(frozen=True)
class EveryYears:
    """A review rule counted from the date of signing."""

    years: int

    @property
    def text(self) -> str:
        return "annually" if self.years == 1 else f"every {_NUMBER_WORDS[self.years]} years"


_NUMBER_WORDS = {2: "two", 3: "three"}
PartyStyle = Literal["between", "led_by", "bullets"]


@dataclass(frozen=True)
class Agreement:
    title: str
    theme: str  # the register's theme (seed 000)
    layout: Layout
    lead: Party
    partners: tuple[Party, ...]
    purpose: str  # the first paragraph of the purpose section
    purpose_more: tuple[Block, ...]
    information: tuple[str, ...]  # bullet points of section 2
    legal_basis: tuple[Block, ...]
    method: str  # completes "Information will be exchanged …"
    frequency: str
    retention: str
    review: Written | EveryYears | None
    commencement: Written | None = None  # written as a date (statement or cover cell)
    signed: Written | None = None  # the date in each signature block
    missing: frozenset[str] = frozenset()
    review_sentence: str = "This Protocol will be reviewed by {date}."
    foi: Cite | None = None  # cited in the rights section when set
    sar_period: str = "40 calendar days"
    front: tuple[tuple[str, str], ...] = ()  # WEISF front table: (reference, authority) × 4
    party_style: PartyStyle = "led_by"
    # document_control layout: the page header, the control table's approval date, and the
    # names and job titles in the signatories table, one per party (lead first)
    short_title: str = ""
    approved: Written | None = None
    signatories: tuple[tuple[str, str], ...] = ()

    @property
    def slug(self) -> str:
        words = re.sub(r"[^a-z0-9]+", " ", self.title.lower()).split()
        slug = words[0]
        for word in words[1:]:
            if len(slug) + 1 + len(word) > 48:
                break
            slug += "_" + word
        return re.sub(r"(_(?:and|of|the|for|to|with))+$", "", slug)

    @property
    def commencement_date(self) -> date | None:
        if self.commencement:
            return self.commencement.resolved
        return self.signed.resolved if self.signed else None

    @property
    def review_date(self) -> date | None:
        if isinstance(self.review, Written):
            return self.review.resolved
        if isinstance(self.review, EveryYears):
            start = self.commencement_date
            assert start is not None, f"{self.title}: a relative review needs a start date"
            return start.replace(year=start.year + self.review.years)
        return None

    @property
    def review_basis(self) -> str:
        if isinstance(self.review, Written):
            return "explicit"
        return "relative" if isinstance(self.review, EveryYears) else "none"


# --- the plan --------------------------------------------------------------------------

HeadingStyle = Literal["title", "heading1", "big_bold", "bold", "plain"]


@dataclass(frozen=True)
class Heading:
    text: str
    style: HeadingStyle
    key: str | None = None  # canonical section key, for section headings
    new_page: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    kind: Literal["header", "labels"]  # a header row on top, or a label column on the left
    widths: tuple[int, ...]  # column widths in millimetres
    spans: tuple[int, ...] = ()  # rows that are one merged cell (sector rows)


@dataclass(frozen=True)
class Signature:
    """A signature block: its lines, set close together."""

    lines: tuple[str, ...]


Item = Heading | Para | Bullets | Table | Signature


@dataclass(frozen=True)
class Plan:
    layout: Layout
    items: tuple[Item, ...]
    header: str | None  # page header text
    footer: str | None  # page footer text, followed by the page number field

    def cites(self) -> list[Cite]:
        out: list[Cite] = []
        for item in self.items:
            paras = item.items if isinstance(item, Bullets) else (item,)
            for para in paras:
                if isinstance(para, Para):
                    out.extend(p for p in para.parts if isinstance(p, Cite))
        return out

    def section_keys(self) -> list[str]:
        return [i.key for i in self.items if isinstance(i, Heading) and i.key]


def plan(a: Agreement, registry: dict[str, dict[str, str]]) -> Plan:
    """The document text of ``a`` in its layout; ``registry`` gives Appendix D's ICO numbers."""
    items: list[Item] = []
    if a.layout == "weisf_template":
        items += _weisf_front(a)
    elif a.layout == "cover_table":
        items += _cover_front(a)
    elif a.layout == "document_control":
        items += _control_front(a)
    else:
        items += _prose_front(a)
    number = 0
    for key in SECTION_KEYS:
        if key in a.missing:
            continue
        number += 1
        items.append(_section_heading(a.layout, key, number))
        items += _section_body(a, key)
    if a.layout == "weisf_template":
        items += _appendix_d(a, registry)
    header = {"weisf_template": "Whole Essex Information Sharing Framework",
              "document_control": a.short_title}.get(a.layout)
    footer = {"weisf_template": "Page ", "prose": "OFFICIAL – page ", "cover_table": None,
              "document_control": f"Version {CONTROL_VERSION} – Page "}
    return Plan(a.layout, tuple(items), header, footer[a.layout])


def _section_heading(layout: Layout, key: str, number: int) -> Heading:
    words = HEADINGS[layout][key]
    if layout == "weisf_template":
        return Heading(f"{number}. {words}", "heading1", key)
    if layout == "cover_table":
        return Heading(words, "bold", key)
    if layout == "document_control":
        return Heading(f"{number} {words}", "heading1", key)
    return Heading(f"Section {number}: {words}", "plain", key)


# --- the front of each layout ----------------------------------------------------------

_WEISF_INTRO = (
    P("This Information Sharing Protocol is designed to ensure that information is shared in a "
      "way that is fair, transparent and in line with the rights and expectations of the "
      "people whose information you are sharing."),
    P("This protocol will help you to identify the issues you need to consider when deciding "
      "whether to share personal data. It should give you confidence to share personal data "
      "when it is appropriate to do so, but should also give you a clearer idea of when it is "
      "not acceptable to share data."),
    P("Please ensure all sections of the template are fully completed with sufficient detail "
      "to provide assurance that the sharing is conducted lawfully, securely and ethically."),
)
_FRONT_ITEMS = ("Privacy Impact Assessment", "Supporting Standard Operating Procedure",
                "Associated contract", "Other associated supporting documentation")


def _weisf_front(a: Agreement) -> list[Item]:
    assert len(a.front) == len(_FRONT_ITEMS), f"{a.title}: four front-table rows expected"
    rows = [("Item", "Name/Link/Reference", "Responsible Authority")]
    rows += [(item, ref, who) for item, (ref, who) in zip(_FRONT_ITEMS, a.front, strict=True)]
    return [
        *_WEISF_INTRO,
        Table(tuple(rows), "header", (55, 60, 45)),
        P("Published Information Sharing Protocols can be viewed on the WEISF Portal."),
        Heading(f"Information Sharing Protocol – {a.title}", "title"),
    ]


def _cover_front(a: Agreement) -> list[Item]:
    if isinstance(a.review, EveryYears):
        review = f"{a.review.text.capitalize()} from the date of signing (see below)"
    else:
        review = a.review.text if a.review else ""
    start = a.commencement.text if a.commencement else "On signature by all partners"
    rows = (
        ("Title", a.title),
        ("Purpose", a.purpose),
        ("Lead Organisation", a.lead.name),
        ("Other Organisations Involved", ", ".join(p.name for p in a.partners)),
        ("Review date", review),
        ("Date of commencement", start),
    )
    return [Heading("Information Sharing Agreement", "bold"), Table(rows, "labels", (45, 115))]


CONTROL_VERSION = "2.1"


def _review_cell(a: Agreement) -> str:
    if isinstance(a.review, EveryYears):
        return f"{a.review.text.capitalize()} from the date of signing (see below)"
    return a.review.text if a.review else ""


def _control_front(a: Agreement) -> list[Item]:
    """A document-control table, then the title; the partners appear only as signatories."""
    assert a.short_title and a.approved, f"{a.title}: short title and approval date expected"
    assert len(a.signatories) == 1 + len(a.partners), f"{a.title}: one signatory per party"
    assert "agreement" not in a.missing, f"{a.title}: the signatories table names the partners"
    rows = (
        ("Document title", a.title),
        ("Version", CONTROL_VERSION),
        ("Status", "Approved"),
        ("Owner", a.lead.name),
        ("Date approved", a.approved.text),
        ("Next review date", _review_cell(a).replace(" (see below)", "")),
        ("Protective marking", "OFFICIAL"),
    )
    return [Heading("Document control", "bold"), Table(rows, "labels", (50, 110)),
            Heading(a.title, "title")]


def _prose_front(a: Agreement) -> list[Item]:
    names = [p.name for p in a.partners]
    items: list[Item] = [Heading(a.title, "big_bold"), P("Information Sharing Protocol")]
    if a.party_style == "between":
        items.append(P(f"This protocol is between the {a.lead.name} (the lead organisation) "
                       f"and {_and_list(names)}."))
    elif a.party_style == "bullets":
        items += [P(f"This protocol is led by {a.lead.name}. The other organisations involved "
                    "are:"), B(*names)]
    else:
        other = "organisation involved is" if len(names) == 1 else "organisations involved are"
        items.append(P(f"This protocol is led by {a.lead.name}. The other {other} "
                       f"{_and_list(names)}."))
    return items


def _and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --- section bodies ---------------------------------------------------------------------


def _section_body(a: Agreement, key: str) -> list[Item]:
    members = "WEISF members" if a.layout == "weisf_template" else "Partners"
    if key == "purpose":
        return [P(a.purpose), *a.purpose_more]
    if key == "information_shared":
        return [P("Only the information needed for the purpose will be shared. It will include:"),
                B(*a.information),
                P("Information used for monitoring and evaluation will be anonymised where "
                  "there is a risk that individuals could be identified from it.")]
    if key == "legal_basis":
        return list(a.legal_basis)
    if key == "individual_rights":
        return _rights(a)
    if key == "security":
        return _security(members)
    if key == "format_frequency":
        return [P(f"Information will be exchanged {a.method}. {a.frequency}"),
                P("The following general standards apply to every exchange:"),
                B("Where information is exchanged by email, only secure email will be used, "
                  "e.g. via the Public Services Network (GCSx, nhs.net, pnn, cjsm) or a secure "
                  "system such as Egress;",
                  "When disclosing information by telephone, the caller must be authenticated "
                  "and sensitive conversations must not be overheard;",
                  "Personal or confidential information must never be sent to personal email "
                  "addresses;",
                  "Hard copy must be addressed to a named person, marked ‘for addressee only’ "
                  "and sent double wrapped.")]
    if key == "retention":
        return [P(a.retention),
                P("If information is printed from an electronic system, it will be the "
                  "partner’s responsibility to dispose of it securely, e.g. by cross-cut "
                  "shredding or incineration, in line with each partner’s policies.")]
    if key == "accuracy":
        return [P(f"{members} are expected to ensure as far as possible that the information "
                  "they share is accurate, and to differentiate between observations, "
                  "allegations, facts and opinions."),
                P("If information is found to be inaccurate, it is the responsibility of the "
                  "partner discovering the inaccuracy to notify the data controller, who will "
                  "correct the source data and notify all recipients."),
                P("For the purposes of data shared under this protocol, the partners are data "
                  "controllers in common.")]
    if key == "complaints":
        return [P("Partner agencies will use their standard organisational procedures to deal "
                  "with complaints from the public arising from information sharing under "
                  "this protocol."),
                P("Where a complaint concerns information supplied by another partner, that "
                  "partner will be told promptly and will co-operate in resolving it.")]
    if key == "breach":
        return [P("In the event of a breach of confidentiality, staff should contact their "
                  "organisation's Data Protection Officer or Information Governance team for "
                  "advice and guidance."),
                P("The partner that originally supplied the information will be notified of "
                  "any breach or incident involving a risk to the security of that "
                  "information. Where a breach is serious, it will be reported to the "
                  "Information Commissioner’s Office."),
                P("All breaches must be recorded and investigated in conjunction with other "
                  "partners where relevant.")]
    if key == "agreement":
        return _agreement(a)
    raise ValueError(key)


def _rights(a: Agreement) -> list[Item]:
    foi: tuple[Fragment, ...] = (
        ("the ", a.foi) if a.foi else ("freedom of information legislation",))
    return [
        P("Subject access is an individual’s right to have a copy of the information relating "
          "to them which is processed by an organisation."),
        P("Once information is disclosed from one agency to another, the recipient becomes the "
          "data controller for that information and must respond to any subject access request "
          "unless an exemption applies. It is good practice for the recipient to contact the "
          "originating organisation first, so that any exemption can be considered before "
          f"disclosure. Requests will be answered within {a.sar_period}."),
        P("If a party receives a request under ", *foi, " that relates to data disclosed "
          "under this protocol, it is best practice to seek advice from the originating "
          "organisation prior to release. The decision to release remains the responsibility "
          "of the organisation that received the request."),
    ]


def _security(members: str) -> list[Item]:
    return [
        P("Security for the exchange of information will be achieved through:"),
        B("Appropriate organisational and technical security measures on all systems that "
          "information may be transferred to;",
          "Encryption of all portable devices to industry standard;",
          "Appropriately marking paper records (for example, “OFFICIAL-SENSITIVE”);",
          "Agreed processes for checking the identity of the recipient."),
        P(f"{members} receiving shared information will ensure that their workers can access "
          "only the information necessary for their role, are trained in their "
          "responsibilities for confidentiality and privacy, and that access is granted on a "
          "strict ‘need-to-know’ basis."),
    ]


def _agreement(a: Agreement) -> list[Item]:
    items: list[Item] = [P("We undertake to implement and adhere to this protocol.")]
    if a.commencement and a.layout == "document_control":
        items.append(P(f"This agreement commences on {a.commencement.text}."))
    elif a.commencement and a.layout != "cover_table":
        items.append(P(f"This Protocol commences on {a.commencement.text}."))
    elif a.commencement:
        items.append(P("This Protocol commences on the date of commencement shown above."))
    else:
        items.append(P("This Protocol shall commence upon the date of the signing of a copy of "
                       "the Protocol by the signatory partners. The relevant information can be "
                       "shared between signatory partners from the date the Protocol "
                       "commences."))
    items.append(P("Any partner may withdraw from this Protocol upon giving 4 weeks written "
                   "notice to the other signatories. The partner must continue to comply with "
                   "the terms of this Protocol in respect of any information it has obtained "
                   "through being a signatory."))
    if isinstance(a.review, EveryYears):
        items.append(P(f"This Protocol will be reviewed {a.review.text} from the date of "
                       "signing."))
    elif a.review and a.layout == "cover_table":
        items.append(P("The partners will review this Protocol on or before the review date "
                       "shown above."))
    elif a.review:
        items.append(P(a.review_sentence.format(date=a.review.text)))
    items += _signatures(a)
    return items


_ROLES = ("Director for Local Delivery", "Senior Information Risk Owner",
          "Head of Information Governance", "Data Protection Officer",
          "Information Governance Manager", "Chief Executive", "Director of Operations")
_DOTS = "…" * 30


def _signatures(a: Agreement) -> list[Item]:
    when = a.signed.text if a.signed else _DOTS
    if a.layout == "document_control":
        rows = [("Organisation", "Signatory", "Job title", "Date")]
        rows += [(party.name, person, role, a.signed.text if a.signed else "")
                 for party, (person, role) in zip((a.lead, *a.partners), a.signatories,
                                                  strict=True)]
        return [P("Signed on behalf of each organisation by its authorised signatory:"),
                Table(tuple(rows), "header", (55, 35, 45, 25))]
    out: list[Item] = []
    for i, party in enumerate((a.lead, *a.partners)):
        role = _ROLES[i % len(_ROLES)]
        if a.layout == "weisf_template":
            out.append(Signature(("Signed by Authorised Person", f"Print: {role}",
                                  f"Signed: {_DOTS}",
                                  f"On behalf of (Organisation): {party.name}",
                                  f"Date: {when}")))
        elif a.layout == "cover_table":
            out.append(Signature((f"Signed for and on behalf of {party.name}",
                                  f"Name and position: {role}", f"Signature: {_DOTS}",
                                  f"Date: {when}")))
        else:
            out.append(P(f"Signed on behalf of {party.name} by the {role}. Date: {when}"))
    return out


_SECTOR_ORDER = ("County/District/Borough Councils", "Health", "Justice",
                 "Voluntary and Community Sector", "Housing", "Fire")


def _appendix_d(a: Agreement, registry: dict[str, dict[str, str]]) -> list[Item]:
    """Signatories grouped by sector as in the seed; bodies outside the registry go last."""
    by_sector: dict[str, list[tuple[str, ...]]] = {}
    for party in (a.lead, *a.partners):
        row = registry.get(party.org or "", {})
        sector = row.get("sector", "Other organisations")
        by_sector.setdefault(sector, []).append(
            (party.name, row.get("ico_registration", ""), row.get("email", "")))
    rows: list[tuple[str, ...]] = [("Organisation Name", "ICO Registration", "Email")]
    spans: list[int] = []
    for sector in sorted(by_sector, key=lambda s: (_SECTOR_ORDER + (s,)).index(s)):
        spans.append(len(rows))
        rows.append((sector, "", ""))
        rows += by_sector[sector]
    return [Heading("Appendix D – Signatories", "heading1", new_page=True),
            Table(tuple(rows), "header", (62, 33, 65), tuple(spans))]
