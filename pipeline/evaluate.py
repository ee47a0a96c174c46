"""How right the database is: precision, recall and F1 per field against labelled truth.

The truth is a JSON list with one record per file (``data/truth/sample_corpus.json`` is the
project's own); documents are matched to it by file name. Scalar fields (title, purpose, lead,
review date) score one hit per document when right; a wrong value is both a false positive and
a false negative. Set fields (partners, statutes, missing sections) score per item; statute
titles are compared as catalogue keys (case, punctuation and "etc." aside).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipeline.registry import normalise, strip_acronym
from pipeline.statutes import key_of

FIELDS = ("title", "purpose", "lead", "partners", "statutes", "review_date", "missing_sections")
PURPOSE_OVERLAP = 0.8  # token F1 at which a purpose counts as the same text


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def scalar(self, predicted: object, expected: object, same: bool) -> None:
        if expected is None and predicted is None:
            return
        if same:
            self.tp += 1
            return
        self.fp += predicted is not None
        self.fn += expected is not None

    def sets(self, predicted: set[Any], expected: set[Any]) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)


@dataclass
class Report:
    documents: int
    unmatched_truth: list[str]
    scores: dict[str, Score]
    false_org_matches: list[dict[str, str | None]] = field(default_factory=list)
    errors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "unmatched_truth": self.unmatched_truth,
            "fields": {name: {**asdict(s), "precision": round(s.precision, 4),
                              "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
                       for name, s in self.scores.items()},
            "false_org_matches": self.false_org_matches,
            "errors": self.errors,
        }

    def table(self) -> str:
        lines = [f"{'field':<18}{'precision':>10}{'recall':>10}{'f1':>8}{'tp':>6}{'fp':>6}"
                 f"{'fn':>6}"]
        for name, s in self.scores.items():
            lines.append(f"{name:<18}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}"
                         f"{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        lines.append(f"documents evaluated: {self.documents}; false organisation matches: "
                     f"{len(self.false_org_matches)}")
        if self.unmatched_truth:
            lines.append(f"truth files not in the database: {len(self.unmatched_truth)}")
        return "\n".join(lines)


def _text(value: str | None) -> str | None:
    return " ".join(value.lower().split()) if value else None


#: The words that name a document's kind, written before or after its name. Authors label
#: "Cancer Navigation Data Sharing Agreement" with and without them; either is the title.
_KIND_PHRASE = re.compile(
    r"(?:(?:joint |multi-agency |partnership |research )?(?:personal )?(?:information|data)"
    r" (?:sharing|disclosure|processing|exchange)(?: and (?:processing|sharing))?"
    r" (?:agreement|protocol|arrangement|framework|schedule)(?: form)?"
    r"|memorandum of understanding|(?:isp|isa|dsa|mou))")
_KIND_AT_ENDS = re.compile(rf"^(?:{_KIND_PHRASE.pattern})\s*[:–—-]?\s+|\s*[:–—-]?\s+"
                           rf"\(?(?:{_KIND_PHRASE.pattern})\)?$")


def _same_title(got: str | None, want: str | None, sealed: bool, key: str = "") -> bool:
    """The title as labelled, with or without the words naming its kind at either end. A
    sealed label (a digest keyed by ``key``) can be met only by the prediction with or
    without them."""
    if not got or not want:
        return got == want
    text = _text(got) or ""
    got_forms = {text, _KIND_AT_ENDS.sub("", text)}
    if sealed:
        return want in {digest(g, key) for g in got_forms if g}
    return bool(got_forms & {want, _KIND_AT_ENDS.sub("", want)})


def _tokens(value: str) -> list[str]:
    return re.findall(r"\w+", value.lower())


def _overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def digest(text: str | None, key: str = "") -> str:
    """A short, one-way stand-in for a label's text (see ``_sealed_text``), keyed by the
    SHA-256 of the labelled file: only someone holding the file can make or read it, so a
    sealed word cannot be looked up in a dictionary from the repository alone."""
    return hashlib.sha256(f"{key}\0{text or ''}".encode()).hexdigest()[:12]


def _sealed_text(item: dict[str, Any], field: str) -> str | None:
    """A truth's title or purpose to compare with. Labels of documents that are not the
    project's (the real documents in ../shared/realdocs) do not carry their text: a title is
    kept as the digest of its normalised text, a purpose as the digests of its words (each
    keyed by the file's SHA-256, see :func:`digest`), which token overlap compares as it
    compares words."""
    if field == "title":
        return item["title_digest"] if "title_digest" in item else _text(item.get("title"))
    if "purpose_tokens" in item:
        return " ".join(item["purpose_tokens"]) or None
    return item.get("purpose")


#: Instruments with no year of their own: the UK GDPR is the EU Regulation of 2016 as kept in
#: UK law in 2020, and authors give it 2016 or no year at all. One instrument either way.
_YEARLESS = frozenset({"uk general data protection regulation"})


def _statute(title: str, year: int | None) -> tuple[str, int | None]:
    """A statute as compared: its title's key, and its year unless the year is a convention."""
    key = _statute_key(title)
    return key, None if key in _YEARLESS else year


def _statute_key(title: str) -> str:
    """A statute's title as compared: "General Data Protection Regulation" and "… (EU)" both
    name Regulation (EU) 2016/679 (the UK GDPR stays apart)."""
    return re.sub(r"\s*\(eu\)$", "", key_of(title))


#: A short name the document defines in brackets: 'X (“University”) Centre for Y'.
_DEFINED_SHORT = re.compile(r"\s*\(\s*(?:the\s+)?[“\"‘'][^()”\"’']{1,40}[”\"’']\s*\)")


def _party_key(name: str, org: str | None) -> str:
    """A party as the registry names it, else as written without a trailing acronym
    ("… NHS Foundation Trust (EPUT)" and "… NHS Foundation Trust" are one name) or a short
    name it is given in brackets."""
    return org or normalise(strip_acronym(_DEFINED_SHORT.sub("", name))[0])


def evaluate(db: Path, truth: list[dict[str, Any]]) -> Report:
    """Score the current documents in ``db`` against ``truth``."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        predicted = _predictions(con)
    finally:
        con.close()
    scores = {name: Score() for name in FIELDS}
    report = Report(0, [], scores)
    for item in truth:
        got = predicted.get(Path(item["file"]).name)
        if got is None:
            report.unmatched_truth.append(item["file"])
            continue
        report.documents += 1
        _score_document(item, got, report)
    return report


def _score_document(item: dict[str, Any], got: dict[str, Any], report: Report) -> None:
    s = report.scores

    def wrong(name: str, predicted: object, expected: object) -> None:
        report.errors.setdefault(name, []).append(
            {"file": item["file"], "predicted": predicted, "expected": expected})

    want_title, want_purpose = _sealed_text(item, "title"), _sealed_text(item, "purpose")
    title_ok = _same_title(got["title"], want_title, sealed="title_digest" in item,
                           key=got["sha256"])
    s["title"].scalar(got["title"], want_title, title_ok)
    if not title_ok:
        wrong("title", got["title"], item.get("title", want_title))
    got_purpose = got["purpose"]
    if "purpose_tokens" in item and got_purpose:
        got_purpose = " ".join(digest(t, got["sha256"]) for t in _tokens(got_purpose))
    purpose_ok = bool(got_purpose and want_purpose
                      and _overlap(got_purpose, want_purpose) >= PURPOSE_OVERLAP)
    s["purpose"].scalar(got_purpose, want_purpose, purpose_ok)
    if not purpose_ok and (got_purpose or want_purpose):
        wrong("purpose", got["purpose"], item.get("purpose", want_purpose))
    lead = item.get("lead") or {}
    want_lead = _party_key(lead["name"], lead.get("org")) if lead.get("name") else None
    got_lead = _party_key(got["lead_name"], got["lead_org"]) if got["lead_name"] else None
    s["lead"].scalar(got_lead, want_lead, got_lead == want_lead)
    if got_lead != want_lead:
        wrong("lead", got_lead, want_lead)
    want_partners = {_party_key(p["name"], p.get("org")) for p in item.get("partners", [])}
    got_partners = {_party_key(n, o) for n, o in got["partners"]}
    s["partners"].sets(got_partners, want_partners)
    if got_partners != want_partners:
        wrong("partners", sorted(got_partners - want_partners),
              sorted(want_partners - got_partners))
    want_statutes = {_statute(x["title"], x["year"]) for x in item.get("statutes", [])}
    s["statutes"].sets(got["statutes"], want_statutes)
    if got["statutes"] != want_statutes:
        wrong("statutes", sorted(got["statutes"] - want_statutes, key=str),
              sorted(want_statutes - got["statutes"], key=str))
    want_review = item.get("review_date")
    s["review_date"].scalar(got["review_date"], want_review, got["review_date"] == want_review)
    if got["review_date"] != want_review:
        wrong("review_date", got["review_date"], want_review)
    want_missing = set(item.get("missing_sections", []))
    s["missing_sections"].sets(got["missing"], want_missing)
    if got["missing"] != want_missing:
        wrong("missing_sections", sorted(got["missing"]), sorted(want_missing))
    report.false_org_matches.extend(_false_matches(item, got))


def _false_matches(item: dict[str, Any], got: dict[str, Any]) -> Iterable[dict[str, str | None]]:
    """Names the registry matched to an organisation the truth says they are not."""
    truth_org = {normalise(p["name"]): p.get("org")
                 for p in [item.get("lead") or {}, *item.get("partners", [])] if p.get("name")}
    for name, org in [(got["lead_name"], got["lead_org"]), *got["partners"]]:
        key = normalise(name) if name else None
        if org and key in truth_org and truth_org[key] != org:
            yield {"file": item["file"], "name": name, "matched": org,
                   "expected": truth_org[key]}


def _predictions(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    rows = con.execute(
        "SELECT d.path, d.document_id, d.sha256, p.title, p.purpose, p.lead_name, p.lead_org, "
        "p.review_date FROM documents d LEFT JOIN protocols p USING (document_id)").fetchall()
    for path, doc_id, sha256, title, purpose, lead_name, lead_org, review in rows:
        partners = con.execute(
            "SELECT name, org FROM parties WHERE document_id = ? AND role = 'partner'",
            [doc_id]).fetchall()
        statutes = {_statute(t, y) for t, y in con.execute(
            "SELECT title, year FROM statute_citations WHERE document_id = ?",
            [doc_id]).fetchall()}
        missing = {m for (m,) in con.execute(
            "SELECT section FROM missing_sections WHERE document_id = ?", [doc_id]).fetchall()}
        out[Path(path).name] = {
            "sha256": sha256, "title": title, "purpose": purpose, "lead_name": lead_name,
            "lead_org": lead_org,
            "review_date": review.isoformat() if review else None, "partners": partners,
            "statutes": statutes, "missing": missing}
    return out


def load_truth(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a JSON list of per-file records")
    return data
