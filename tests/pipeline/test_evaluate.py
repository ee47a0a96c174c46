from datetime import date
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate
from pipeline.records import CitationRecord, PartyRecord, ProtocolRecord, SectionRecord
from pipeline.store import Store, VersionRow
from pipeline.vocab import ReviewBasis, Role, SectionKey, StatuteStatus


def _load(db: Path) -> None:
    record = ProtocolRecord(
        title="Safeguarding ISP", purpose="To protect children and adults from harm.",
        lead_name="Essex CC", lead_org="Essex County Council", review_date=date(2018, 5, 31),
        review_basis=ReviewBasis.EXPLICIT,
        parties=[PartyRecord(Role.LEAD, "Essex CC", "Essex County Council", 1.0, "cover_table"),
                 PartyRecord(Role.PARTNER, "Essex Police", "Essex Police", 1.0, "cover_table"),
                 PartyRecord(Role.PARTNER, "Norfolk County Council", "Essex County Council",
                             0.9, "cover_table")],
        citations=[CitationRecord("Children Act 1989", "Children Act", 1989, None,
                                  StatuteStatus.IN_FORCE, None, None, None)],
        sections=[SectionRecord(k, None, k != SectionKey.COMPLAINTS, 5) for k in SectionKey])
    with Store(db) as store:
        store.load(VersionRow("a" * 16, "/x/safeguarding.pdf", "pdf", "a" * 64, 1, 1, "ok", None,
                              [], "t", "r", 0.0), record, "run")


def test_scores_count_hits_misses_and_false_matches(tmp_path: Path) -> None:
    db = tmp_path / "isp.duckdb"
    _load(db)
    truth = [{"file": "safeguarding.pdf", "title": "Safeguarding ISP",
              "purpose": "To protect children and adults from harm.",
              "lead": {"name": "Essex County Council", "org": "Essex County Council"},
              "partners": [{"name": "Essex Police", "org": "Essex Police"},
                           {"name": "Norfolk County Council", "org": None},
                           {"name": "Barnardos", "org": "Barnardo's"}],
              "statutes": [{"title": "Children Act", "year": 1989},
                           {"title": "Children Act", "year": 2004}],
              "review_date": "2018-05-31", "missing_sections": ["complaints", "breach"]},
             {"file": "absent.docx", "title": "X"}]
    report = evaluate(db, truth)
    s = report.scores
    assert report.documents == 1 and report.unmatched_truth == ["absent.docx"]
    assert (s["title"].tp, s["lead"].tp, s["review_date"].tp, s["purpose"].tp) == (1, 1, 1, 1)
    # the false match is a wrong partner (fp) and a missed one (fn), beside Barnardos (fn)
    assert (s["partners"].tp, s["partners"].fp, s["partners"].fn) == (1, 1, 2)
    assert (s["statutes"].tp, s["statutes"].fn) == (1, 1)
    assert s["statutes"].recall == pytest.approx(0.5)
    assert (s["missing_sections"].tp, s["missing_sections"].fn) == (1, 1)
    assert report.false_org_matches == [{"file": "safeguarding.pdf",
                                         "name": "Norfolk County Council",
                                         "matched": "Essex County Council", "expected": None}]
    assert "false organisation matches: 1" in report.table()


def test_a_sealed_label_scores_as_the_plain_label_it_stands_for() -> None:
    import re

    from pipeline.evaluate import FIELDS, Report, Score, _score_document, digest
    title, purpose = "Hoarding Panel Agreement", "To let partners refer people at risk of fire."
    key = "9f" * 32  # the labelled file's SHA-256
    got = {"title": "Hoarding  panel agreement", "purpose": "To let partners refer people at risk",
           "lead_name": None, "lead_org": None, "partners": set(), "statutes": set(),
           "review_date": None, "missing": set(), "sha256": key}
    plain = {"file": "a.pdf", "title": title, "purpose": purpose}
    sealed = {"file": "a.pdf", "title_digest": digest(" ".join(title.lower().split()), key),
              "purpose_tokens": [digest(w, key) for w in re.findall(r"\w+", purpose.lower())]}
    other_file = {**got, "sha256": "0" * 64}  # the same words in another file's seal
    scores = []
    for item, prediction in ((plain, got), (sealed, got), (sealed, other_file)):
        report = Report(0, [], {name: Score() for name in FIELDS})
        _score_document(item, prediction, report)
        scores.append((report.scores["title"].tp, report.scores["purpose"].tp))
    assert scores == [(1, 1), (1, 1), (0, 0)]


def test_a_party_is_compared_without_its_trailing_acronym_or_bracketed_short_name() -> None:
    from pipeline.evaluate import _party_key
    assert _party_key("Coastal University (“the University”) Data Safe Haven", None) == \
        _party_key("Coastal University Data Safe Haven", None)
    assert _party_key("Essex Partnership University NHS Foundation Trust (EPUT)", None) == \
        _party_key("Essex Partnership University NHS Foundation Trust", None)
    assert _party_key("Coastal University", None) != _party_key("Coastal College", None)


def test_the_uk_gdpr_is_one_instrument_whatever_year_an_author_gives_it() -> None:
    from pipeline.evaluate import _statute
    assert _statute("UK General Data Protection Regulation", 2016) == \
        _statute("UK General Data Protection Regulation", None)
    assert _statute("Children Act", 1989) != _statute("Children Act", 2004)


def test_a_title_is_the_same_with_or_without_the_words_naming_its_kind() -> None:
    from pipeline.evaluate import _same_title, digest
    name = "linked laboratory data for resistance research (link-amr)"
    assert _same_title("Linked Laboratory Data for Resistance Research (LINK-AMR) Data Sharing "
                       "Agreement", name, sealed=False)
    assert _same_title("Cancer Navigation", "cancer navigation memorandum of understanding",
                       sealed=False)
    assert _same_title("Information Sharing Protocol – Hoarding Referrals", "hoarding referrals",
                       sealed=False)
    assert _same_title("Hoarding Referrals ISP", digest("hoarding referrals"), sealed=True)
    assert not _same_title("Information Sharing Protocol", "hoarding referrals", sealed=False)
    assert not _same_title("Hoarding Referrals Panel", "hoarding referrals", sealed=False)
