"""The corpus families the project is measured on, and their first-blind scores."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pipeline import corpora
from pipeline.evaluate import FIELDS
from tests.conftest import REPO


def test_the_manifest_lists_every_family_with_files_and_truth() -> None:
    families = {f.name: f for f in corpora.families()}
    assert {"sample", "heldout", "nhs_trust", "police", "district_council", "charity",
            "realdocs_uk"} <= set(families)
    blind = [f for f in families.values() if f.blind and f.name != "realdocs_uk"]
    assert len(blind) >= 3 and all(f.available for f in blind)
    for family in blind:  # a blind family keeps the score it had before rules were changed
        if family.first_blind_path.exists():
            summary = corpora.first_blind(family)
            assert summary is not None and set(FIELDS) <= set(summary)


def test_a_first_blind_score_is_written_once_and_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "files").mkdir()
    source = REPO / "data" / "raw" / "new_born_data.docx"
    (tmp_path / "files" / source.name).write_bytes(source.read_bytes())
    truth = json.loads((REPO / "data" / "truth" / "sample_corpus.json").read_text("utf-8"))
    (tmp_path / "truth.json").write_text(json.dumps(
        [t for t in truth if t["file"] == source.name]), encoding="utf-8")
    family = corpora.Family("trial", tmp_path / "files", tmp_path / "truth.json", True, "")
    report = corpora.score_family(family, tmp_path, date(2018, 6, 1))
    assert report.documents == 1 and corpora.overall(report) == 1.0
    assert corpora.record_first_blind(family, report)
    first = family.first_blind_path.read_text("utf-8")
    report.scores["title"].fp += 1  # a later, different score
    assert not corpora.record_first_blind(family, report)
    assert family.first_blind_path.read_text("utf-8") == first
    assert corpora.first_blind(family)["overall"] == 1.0  # type: ignore[index]


def test_pooled_scores_add_the_families_counts() -> None:
    a, b = corpora.Report(1, [], {f: corpora.Score(1, 0, 1) for f in FIELDS}), \
        corpora.Report(2, [], {f: corpora.Score(2, 1, 0) for f in FIELDS})
    pooled = corpora.combined([a, b])
    assert pooled.documents == 3
    assert (pooled.scores["title"].tp, pooled.scores["title"].fp,
            pooled.scores["title"].fn) == (3, 1, 1)
    row = corpora.summary_row(pooled)
    assert row["documents"] == 3 and 0 < row["overall"] < 1
