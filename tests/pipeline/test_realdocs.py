"""Real agreements from the public web (../shared/realdocs), read and checked by hand.

Every file must go through extraction and parsing without an exception; where a document
names its parties plainly, we find them; look-alikes are not dressed up with invented fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import extractors.ocr as ocr
from extractors.model import Status
from pipeline.records import ProtocolRecord
from pipeline.vocab import Role, StatuteStatus
from tests.conftest import REALDOCS
from tests.parsing import extracted, parse
from tests.parsing import parsed as parsed_file

pytestmark = [pytest.mark.realdocs,
              pytest.mark.skipif(not REALDOCS.is_dir(), reason="../shared/realdocs absent")]


def parsed(name: str) -> ProtocolRecord:
    return parsed_file(REALDOCS / name)


def _files() -> list[Path]:
    return sorted(p for p in REALDOCS.rglob("*") if p.is_file()) if REALDOCS.is_dir() else []


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_real_document_is_read_or_given_a_clear_status(path: Path) -> None:
    extraction = extracted(path)
    if extraction.status != Status.OK:
        assert extraction.status in {Status.NO_TEXT, Status.UNSUPPORTED}, extraction.error
        assert extraction.error
        return
    record = parse(extraction)
    assert all(e.snippet for e in record.evidence)


def test_the_scan_is_read_by_ocr_or_says_it_needs_it() -> None:
    extraction = extracted(
        REALDOCS / "us_scanned_okaloosa_sheriff_flock_master_services_agreement_2023.pdf")
    if ocr.tesseract() is None:
        assert extraction.status == Status.NO_TEXT and "OCR" in (extraction.error or "")
        return
    assert extraction.status == Status.OK, extraction.error
    record = parse(extraction)
    assert "Flock Group" in " ".join(p.name for p in record.parties)
    assert record.evidence and all(e.path and e.path.startswith("ocr/") for e in record.evidence)


def test_the_lorem_ipsum_placeholder_gets_no_invented_fields() -> None:
    record = parsed("uk_nearmiss_gpconnect_dsa_lorem_placeholder.pdf")
    assert record.parties == [] and record.citations == []
    assert record.review_date is None and record.commencement_date is None
    assert not any(s.present for s in record.sections)


@pytest.mark.parametrize("name", [
    "uk_isn_framework_mou_template.pdf",
    "uk_isn_accelerated_network_establishment_agreement_template.pdf",
    "uk_isn_standard_network_establishment_agreement_template.pdf",
])
def test_template_placeholders_are_not_parties(name: str) -> None:
    assert parsed(name).parties == []


def test_parties_set_out_under_between_on_a_cover_page() -> None:
    record = parsed("us_codi_example_data_sharing_mou_2025.docx")
    # The cover sets "MEMORANDUM OF UNDERSTANDING / between / A / and / B" in one style.
    assert record.title == ("MEMORANDUM OF UNDERSTANDING between Main Street Community "
                            "Organization and Broad Street Community Organization")
    assert [p.name for p in record.parties] == ["Main Street Community Organization",
                                                "Broad Street Community Organization"]
    assert all(p.org is None for p in record.parties)  # not Essex bodies


def test_uk_government_agreement_names_its_party_and_law() -> None:
    record = parsed("text_only/uk_dluhc_core_data_sharing_agreement.md")
    assert [p.name for p in record.parties] == [
        "The Ministry of Housing, Communities and Local Government"]
    cited = {(c.title, c.year) for c in record.citations}
    assert {("Data Protection Act", 2018), ("Human Rights Act", 1998)} <= cited


def test_uk_biobank_leads_its_standard_terms_and_cites_uk_law() -> None:
    record = parsed("uk_biobank_material_transfer_agreement_data_only_2023.pdf")
    assert record.title == "Material Transfer Agreement"
    # "an agreement between UK Biobank and the Applicant": the one named body publishes the
    # terms; it is named in full where it defines its short name
    assert record.lead_name == "UK Biobank Limited"
    assert [p.role.value for p in record.parties] == ["lead"]
    citations = {(c.title, c.year) for c in record.citations}
    assert ("Data Protection Act", 2018) in citations
    assert ("UK General Data Protection Regulation", 2016) in citations
    assert ("General Data Protection Regulation (EU)", 2016) not in citations  # as retained


def test_tracked_deletions_do_not_reach_the_fields() -> None:
    record = parsed("za_wits_he2at_data_sharing_agreement_rp2_tracked_changes.docx")
    assert record.title == "DATA SHARING AGREEMENT"


@pytest.mark.parametrize(("name", "kind"), [
    ("uk_nearmiss_gpconnect_dsa_lorem_placeholder.pdf", "placeholder"),
    ("uk_nearmiss_chc_tre_user_manual_and_agreement_2019.docx", "other"),
    ("uk_nearmiss_odug_terms_of_reference_2013.odt", "other"),
    ("uk_nearmiss_derbyshire_msp_terms_of_reference_2017.doc", "other"),
    ("uk_biobank_material_transfer_agreement_data_only_2023.pdf", "agreement"),
    ("uk_isn_standard_network_establishment_agreement_template.pdf", "agreement"),
    ("uk_isn_framework_mou_template.pdf", "agreement"),
    ("us_codi_example_data_sharing_mou_2025.docx", "agreement"),
])
def test_look_alikes_are_told_from_agreements(name: str, kind: str) -> None:
    assert parsed(name).kind == kind


def test_a_title_broken_over_lines_is_read_whole() -> None:
    record = parsed("us_ua_gw_dssd_insulate_ukraine_mou_2023.pdf")
    assert record.title == ("Memorandum of Understanding on Cooperation between Insulate Ukraine"
                            " and Data Science for Sustainable Development")


def test_a_manuals_owner_post_is_not_a_party_and_its_user_agreement_is_the_centres() -> None:
    record = parsed("uk_nearmiss_chc_tre_user_manual_and_agreement_2019.docx")
    assert "Information Security Manager" not in {p.name for p in record.parties}
    # its user agreement is between an individual user and the centre: the centre's terms
    assert record.lead_name == "The University of Manchester Centre for Health Informatics"
    assert [p.role for p in record.parties] == [Role.LEAD]


def test_uk_templates_cite_only_legislation_that_exists() -> None:
    """The Cabinet Office ISN templates cite UK data protection law in its current forms,
    including the 2019 EU Exit regulations and PECR under its everyday name."""
    cited = {(c.title, c.year): c for name in ("uk_isn_framework_mou_template.pdf",
                                               "uk_isn_standard_network_establishment_agreement"
                                               "_template.pdf")
             for c in parsed(name).citations}
    assert not [c.citation for c in cited.values() if c.status == StatuteStatus.UNKNOWN]
    assert {("Data Protection, Privacy and Electronic Communications (Amendments etc) (EU Exit) "
             "Regulations", 2019),
            ("Privacy and Electronic Communications (EC Directive) Regulations", 2003),
            ("European Union (Withdrawal) Act", 2018), ("Insolvency Act", 1986)} <= set(cited)
