"""Rules written for documents nobody here wrote (issue 8): sections judged by heading and
content, titles under banners and beside authors' names, no lead unless one is named,
review periods counted from what they say, and bodies known from the official lists."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from extractors.model import Document, StyleCues
from pipeline.bodies import body_kind, names_a_body
from pipeline.fields import parse_document
from pipeline.registry import Registry
from pipeline.sections import classify_all, find_sections, rules
from pipeline.vocab import ReviewBasis, Role, SectionKey


def _sized(doc: Document, *sizes: float) -> Document:
    """Give the first blocks these font sizes (bold), as a cover sets its lines."""
    for block, size in zip(doc.blocks, sizes, strict=False):
        block.cues = StyleCues(style_name=block.cues.style_name, font_size=size, bold=True)
    return doc


def _sections(doc) -> dict[SectionKey, tuple[bool, str | None]]:  # type: ignore[no-untyped-def]
    records, _ = find_sections(doc)
    return {r.section: (r.present, r.basis) for r in records}


def test_the_section_vocabulary_is_data_with_every_key() -> None:
    table = rules()
    assert set(table.headings) == set(SectionKey) == set(table.content)
    assert all(table.headings[k] and table.content[k] for k in SectionKey)


def test_one_heading_can_name_several_sections_and_questions_are_headings() -> None:
    assert classify_all("Keeping information safe and dealing with breaches") == [
        SectionKey.BREACH, SectionKey.SECURITY]
    assert classify_all("How long will we keep it?") == [SectionKey.RETENTION]
    assert classify_all("Information format, method(s) and frequency of sharing") == [
        SectionKey.FORMAT_FREQUENCY]
    assert classify_all("Making sure information is right") == [SectionKey.ACCURACY]


def test_headings_in_capitals_count_and_a_contents_list_does_not(build) -> None:
    doc = (build().bold("CONTENTS").para("1. WHY WE SHARE 3").para("2. HOW LONG WE KEEP IT 4")
           .para("APPENDIX – THE LAW 5")
           .para("1. WHY WE SHARE").para("So that carers get support at school quickly.")
           .para("2. HOW LONG WE KEEP IT").para("Records are kept for two years, then deleted.")
           .doc)
    found = _sections(doc)
    assert found[SectionKey.PURPOSE] == (True, "heading")
    assert found[SectionKey.RETENTION] == (True, "heading")  # the appendix in the contents
    # list does not end the sections before they start


def test_a_section_no_heading_names_is_present_by_its_content(build) -> None:
    doc = (build().heading("Arrangements")
           .para("Lists are sent by secure email every Monday morning to the named officers.")
           .para("Updates are transferred via the secure portal within 5 working days.")
           .heading("Other matters").para("Nothing here is about keeping records.").doc)
    found = _sections(doc)
    assert found[SectionKey.FORMAT_FREQUENCY] == (True, "content")
    assert found[SectionKey.COMPLAINTS] == (False, None)


def test_a_phrase_under_another_sections_heading_counts_half(build) -> None:
    doc = (build().heading("Method of sharing")
           .para("Files are password protected and sent by secure email once a year.").doc)
    assert _sections(doc)[SectionKey.SECURITY] == (False, None)  # one phrase, owned: 0.5


def test_public_bodies_beyond_essex_are_known_and_people_are_not() -> None:
    assert body_kind("Lancashire Constabulary") == "police"
    assert body_kind("UK Health Security Agency") == "central_government"
    assert body_kind("Kent and Medway Integrated Care Board") == "icb"
    assert body_kind("NORTH LONDON NHS FOUNDATION TRUST") == "nhs_trust"
    assert body_kind("Jane Smith") is None
    assert names_a_body("UTTLESFORD DISTRICT COUNCIL")
    assert not names_a_body("Council Tax Support and Debt Advice Referral Pathway")


def test_the_authors_name_on_the_cover_is_not_the_title(build, nlp: Language,
                                                          registry: Registry) -> None:
    doc = _sized(build().heading("TENDRING DISTRICT COUNCIL")
                 .heading("Electoral Registration: Supply of Local Records")
                 .para("Agreement between Tendring District Council and Essex County Council")
                 .doc, 30, 20, 13)
    assert parse_document(doc, nlp, registry).title == (
        "Electoral Registration: Supply of Local Records")


def test_the_name_under_a_generic_banner_is_the_title(build, nlp, registry) -> None:
    doc = (build().heading("DATA SHARING AGREEMENT")
           .bold("Integrated Community Nursing Record Access")
           .table([["Version", "1.3"]]).doc)
    assert parse_document(doc, nlp, registry).title == "Integrated Community Nursing Record Access"


def test_a_title_only_in_the_page_header(build, nlp, registry) -> None:
    doc = (build().header("Council Tax Support and Debt Advice Referral Pathway")
           .heading("Information sharing agreement").para("October 2021 · Version 1")
           .heading("1. Who this agreement is between").doc)
    assert parse_document(doc, nlp, registry).title == (
        "Council Tax Support and Debt Advice Referral Pathway")


def test_a_title_line_ending_in_a_colon_goes_on(build, nlp, registry) -> None:
    doc = _sized(build().heading("Sharing information about young carers:")
                 .bold("an agreement between Tendring Young Carers and Essex County Council")
                 .doc, 22, 22)
    assert parse_document(doc, nlp, registry).title == (
        "Sharing information about young carers: an agreement between Tendring Young Carers "
        "and Essex County Council")


def test_with_no_lead_named_every_signatory_is_a_partner(build, nlp, registry) -> None:
    doc = (build().heading("Youth Justice Information Sharing Agreement")
           .para("Signed on behalf of Essex Police").para("Signed on behalf of Thurrock Council")
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name is None and record.lead_org is None
    assert {(p.role, p.org) for p in record.parties} == {
        (Role.PARTNER, "Essex Police"), (Role.PARTNER, "Thurrock Council")}


def test_an_owner_or_host_named_in_words_leads(build, nlp, registry) -> None:
    doc = (build().heading("Admissions Protocol")
           .para("ECC is the owner of this protocol. Queries go to either council.")
           .para("Age UK Essex is the owner of the minibus.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_org == "Essex County Council"
    assert "Age UK Essex" not in {p.name for p in record.parties}  # owns a minibus, not this


def test_a_review_counted_from_the_last_signature(build, nlp, registry) -> None:
    doc = (build().heading("Council Tax Data Sharing Agreement")
           .para("This agreement will be reviewed two years from the date of the last "
                 "signature.")
           .para("Signed for and on behalf of the Department for Work and Pensions")
           .table([["Signature", "H. Marsh"], ["Name", "Helen Marsh"],
                   ["Date", "3 April 2023"]])
           .table([["Signature", "A. Webb"], ["Name", "Adrian Webb"],
                   ["Date", "14 March 2023"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert (record.review_date, record.review_basis) == (date(2025, 4, 3), ReviewBasis.RELATIVE)
    assert "Department for Work and Pensions" in {p.name for p in record.parties}


def test_looking_at_it_again_is_a_review(build, nlp, registry) -> None:
    doc = (build().heading("Foodbank Referrals")
           .para("We will look at this agreement again in April 2025, or sooner.").doc)
    assert parse_document(doc, nlp, registry).review_date == date(2025, 4, 30)


def test_a_contracts_first_recital_says_what_it_is_for(build, nlp, registry) -> None:
    doc = (build().heading("HOSPITAL DISCHARGE DATA AGREEMENT").heading("WHEREAS:-")
           .item("(A) The Trust and the Council wish to exchange discharge notices so that "
                 "care packages start on the day a patient leaves hospital.")
           .item("(B) Each party is a controller.").doc)
    assert parse_document(doc, nlp, registry).purpose == (
        "The Trust and the Council wish to exchange discharge notices so that care packages "
        "start on the day a patient leaves hospital.")


def test_people_are_not_organisations() -> None:
    from pipeline.parties import looks_like_name
    for person in ("Dr Jane Okafor", "K. Brennan", "R Hale", "Cllr Smith"):
        assert not looks_like_name(person), person
    for body in ("Provide", "UK Biobank", "Age UK Essex", "A Better Start Southend"):
        assert looks_like_name(body), body


def test_a_title_may_end_as_a_service_or_partnership_does() -> None:
    assert not names_a_body("Derby & Derbyshire Modern Slavery Partnership")
    assert not names_a_body("Home from Hospital Service")
    assert names_a_body("Uttlesford District Council")
