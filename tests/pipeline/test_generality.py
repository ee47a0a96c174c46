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
    # one phrase, owned: 0.5, too little to show the section, but it is mentioned: unclear
    assert _sections(doc)[SectionKey.SECURITY] == (None, "mention")


def test_a_section_is_missing_only_when_the_document_never_mentions_it(build) -> None:
    doc = (build().heading("Purpose").para("The purpose of this agreement is to plan visits.")
           .heading("Notes").para("Any complaint goes to the lead officer; files are deleted.")
           .doc)
    found = _sections(doc)
    assert found[SectionKey.RETENTION] == (None, "mention")  # "deleted": touched on, unclear
    assert found[SectionKey.BREACH] == (False, None)  # never mentioned: missing
    assert found[SectionKey.PURPOSE] == (True, "heading")


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


def test_a_between_line_goes_on_as_the_title_unless_it_names_the_parties(build, nlp,
                                                                         registry) -> None:
    scope = _sized(build().heading("Sharing Pupil Records at Transition")
                   .heading("between Early Years and School Nursing Providers")
                   .para("Version 2, March 2023").doc, 20, 14, 9)
    assert parse_document(scope, nlp, registry).title == (
        "Sharing Pupil Records at Transition between Early Years and School Nursing Providers")
    parties = _sized(build().heading("Sharing Pupil Records at Transition")
                     .heading("between Essex County Council and Thurrock Council")
                     .para("Version 2, March 2023").doc, 20, 14, 9)
    assert parse_document(parties, nlp, registry).title == "Sharing Pupil Records at Transition"


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


def _cover_docx(path, lines: list[str], body: list[str]):  # type: ignore[no-untyped-def]
    """A real Word file whose cover is one paragraph broken over lines, as covers often are."""
    import docx

    from extractors import extract
    d = docx.Document()
    run = d.add_paragraph().add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)
    for text in body:
        d.add_paragraph(text)
    d.save(path)
    return extract(path).document


def test_a_cover_paragraph_over_lines_names_the_agreement_not_its_kind_or_parties(
        tmp_path, nlp, registry) -> None:
    doc = _cover_docx(tmp_path / "cover.docx", [
        "DATA SHARING AGREEMENT", "Hospital Discharge to Assess Pathway",
        "between Thurrock Council and Mid and South Essex NHS Foundation Trust"],
        ["The parties will share discharge notices every working day."])
    assert parse_document(doc, nlp, registry).title == "Hospital Discharge to Assess Pathway"


def test_a_title_wrapped_onto_lowercase_lines_is_read_whole(tmp_path, nlp, registry) -> None:
    doc = _cover_docx(tmp_path / "wrapped.docx", [
        "Information Sharing Agreement", "for the Harlow Hoarding Panel"], [])
    assert parse_document(doc, nlp, registry).title == (
        "Information Sharing Agreement for the Harlow Hoarding Panel")
    doc = _cover_docx(tmp_path / "wrapped2.docx", [
        "Protocol for sharing data between Basildon Borough Council and",
        "Castle Point Borough Council"], [])
    assert parse_document(doc, nlp, registry).title == (
        "Protocol for sharing data between Basildon Borough Council and Castle Point Borough "
        "Council")


def test_a_name_set_above_its_kind_in_the_same_type_is_one_title(build, nlp, registry) -> None:
    doc = _sized(build().bold("Rochford District Council").heading("Community Safety Hub")
                 .heading("Information Sharing Agreement")
                 .para("Rochford District Council leads the hub.").doc, 12, 22, 22)
    assert parse_document(doc, nlp, registry).title == (
        "Community Safety Hub Information Sharing Agreement")
    assert not names_a_body("Safeguarding Adults Multi-Agency")  # "-Agency" ends no body


def test_the_paragraph_that_says_what_it_is_for_beats_the_background(build, nlp,
                                                                     registry) -> None:
    doc = (build().heading("Falls Prevention Referrals").heading("1. Purpose")
           .para("Falls are the commonest reason older people in Uttlesford are admitted to "
                 "hospital in winter.")
           .para("This agreement sets out how the ambulance service will refer people who have "
                 "fallen to the council's falls prevention team.").doc)
    assert parse_document(doc, nlp, registry).purpose.startswith("This agreement sets out how")


def test_the_eu_regulation_as_retained_in_uk_law_is_the_uk_gdpr() -> None:
    from pipeline.statutes import find_citations
    text = ("“UK GDPR” means Regulation (EU) 2016/679 as it forms part of the law of England "
            "and Wales by virtue of section 3 of the European Union (Withdrawal) Act 2018.")
    titles = {c.title for c in find_citations(text)}
    assert "General Data Protection Regulation (EU)" not in titles
    assert "UK General Data Protection Regulation" in titles
    plain = find_citations("Transfers outside the EEA fall under Regulation (EU) 2016/679.")
    assert {c.title for c in plain} == {"General Data Protection Regulation (EU)"}


def test_a_defined_short_name_is_the_party_named_in_full(build, nlp, registry) -> None:
    doc = (build().heading("Cohort Data Access Terms")
           .para("Harwich Cohort Studies Limited (“Harwich Cohort”) publishes these terms.")
           .para("This is an agreement between Harwich Cohort and the Applicant.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Harwich Cohort Studies Limited"
    assert [p.name for p in record.parties] == ["Harwich Cohort Studies Limited"]


def test_a_team_in_brackets_is_cut_back_to_its_body_and_a_place_is_not(build, nlp,
                                                                      registry) -> None:
    doc = (build().heading("Youth Justice Information Sharing Agreement")
           .table([["Lead organisation", "Suffolk County Council (Youth Justice Service)"],
                   ["Partners", "National Probation Service (Nottinghamshire); Suffolk "
                                "Constabulary"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Suffolk County Council"
    assert "National Probation Service (Nottinghamshire)" in {p.name for p in record.parties}


def test_a_section_heading_over_a_tables_header_row_is_present(build) -> None:
    doc = (build().heading("1 Purpose").para("To refer people at risk of fire in the home.")
           .heading("2 Information shared").heading("From To Information")
           .para("Essex Police Fire Service Name, address and the risk seen on the visit.")
           .heading("3 Security").para("Referrals are held on secure systems only.").doc)
    assert _sections(doc)[SectionKey.INFORMATION_SHARED] == (True, "heading")


def test_one_specific_phrase_shows_a_section_no_heading_names(build) -> None:
    doc = (build().heading("Foodbank Referrals").heading("What we do")
           .para("Requests from individuals for their own personal data go to the foodbank.")
           .para("We check details before we pass them on, and put right anything inaccurate.")
           .doc)
    sections = _sections(doc)
    assert sections[SectionKey.INDIVIDUAL_RIGHTS] == (True, "content")
    assert sections[SectionKey.ACCURACY] == (True, "content")
    assert sections[SectionKey.RETENTION][0] is False


def test_a_year_wrapped_in_a_narrow_cell_is_one_date() -> None:
    from pipeline.dates import find_dates
    assert [d.value for d in find_dates("28/06/20 19")] == [date(2019, 6, 28)]
    assert [d.value for d in find_dates("12/05/20 is")] == [date(2020, 5, 12)]


def test_taking_effect_is_the_start_not_the_day_it_was_agreed(build, nlp, registry) -> None:
    doc = (build().heading("Hospital Discharge Information Sharing Agreement")
           .table([["Date agreed", "Discharge Board, 19 March 2014"],
                   ["Date in force", "1 April 2014"]])
           .para("This agreement will be reviewed annually from the date it comes into force.")
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.commencement_date == date(2014, 4, 1)
    assert record.review_date == date(2015, 4, 1)


def test_a_review_counted_from_one_signers_signature(build, nlp, registry) -> None:
    doc = (build().heading("Offender Management Information Sharing Agreement")
           .para("This agreement will be reviewed 12 months after signature by the Board Chair.")
           .table([["Organisation", "Name", "Position", "Date"],
                   ["Essex Police", "A. Grey", "Board Chair", "14/02/2023"],
                   ["Thurrock Council", "B. Hall", "Director of Housing", "06/03/2023"]]).doc)
    assert parse_document(doc, nlp, registry).review_date == date(2024, 2, 14)


def test_posts_places_and_regions_among_the_parties(build, nlp, registry) -> None:
    doc = (build().heading("Public Protection Information Sharing Agreement")
           .table([["Organisation", "Signed by"],
                   ["Kent Police", "Detective Superintendent, Public Protection Command"],
                   ["The Probation Service – London Region", "Head of Public Protection"],
                   ["Thurrock", "Director"],
                   ["Rochford District Council (Community Safety)", "Manager"]]).doc)
    names = {p.name for p in parse_document(doc, nlp, registry).parties}
    assert names == {"Kent Police", "The Probation Service – London Region",
                     "Rochford District Council"}


def test_a_table_of_other_documents_purposes_is_not_the_agreements(build, nlp,
                                                                    registry) -> None:
    doc = (build().heading("Research Environment User Agreement").heading("1. Purpose")
           .para("This document tells users of the research environment how to connect to it "
                 "and what they may do with the data.")
           .table([["Document name", "Purpose"], ["FORM-1 Access request", "To ask for access"],
                   ["FORM-2 Change request", "To be sent when a project changes"]]).doc)
    assert parse_document(doc, nlp, registry).purpose.startswith("This document tells users")


def test_a_bare_gdpr_where_the_uk_gdpr_is_cited_is_the_uk_gdpr(build, nlp, registry) -> None:
    doc = (build().heading("Network Agreement").para("Each party complies with the UK GDPR.")
           .heading("6. Privacy/GDPR").para("Requests are answered within one month.").doc)
    titles = {c.title for c in parse_document(doc, nlp, registry).citations}
    assert titles == {"UK General Data Protection Regulation"}
    eu = build().heading("Older Agreement").para("We comply with the GDPR.").doc
    assert {c.title for c in parse_document(eu, nlp, registry).citations} == {
        "General Data Protection Regulation (EU)"}


def test_a_table_column_named_for_the_kind_of_party_lists_parties(build, nlp,
                                                                  registry) -> None:
    doc = (build().heading("Annual Health Checks Information Sharing Agreement")
           .table([["Partner agency", "Function"],
                   ["Mid and South Essex NHS Foundation Trust", "Acute care"],
                   ["Essex Police", "Southend District"]])
           .heading("Schedule 1 – Participating GP practices")
           .table([["Practice", "ODS code", "Signed by"],
                   ["Colne Valley Surgery", "F81001", "J. Bright, Practice Manager"]]).doc)
    names = {p.name for p in parse_document(doc, nlp, registry).parties}
    assert names == {"Mid and South Essex NHS Foundation Trust", "Essex Police",
                     "Colne Valley Surgery"}


def test_a_bulleted_list_under_a_question_keeps_each_entry_whole(build, nlp, registry) -> None:
    doc = (build().heading("Sharing information about young carers")
           .heading("Who is this agreement between?")
           .item("• Tendring District Council – ICO registration Z577148X")
           .item("• Harwich and Dovercourt High School").doc)
    names = {p.name for p in parse_document(doc, nlp, registry).parties}
    assert names == {"Tendring District Council", "Harwich and Dovercourt High School"}


def test_a_body_written_short_and_in_full_is_one_party_named_in_full(build, nlp,
                                                                    registry) -> None:
    doc = (build().heading("Safeguarding Adults Information Sharing Agreement")
           .heading("Who takes part")
           .item("• NHS Black Country ICB").item("• Walsall Council")
           .table([["Organisation", "Signed by"],
                   ["NHS Black Country Integrated Care Board", "Chief Nurse"]]).doc)
    names = [p.name for p in parse_document(doc, nlp, registry).parties]
    assert sorted(names) == ["NHS Black Country Integrated Care Board", "Walsall Council"]


def test_an_act_named_without_its_year_is_cited_when_only_one_act_has_that_name() -> None:
    from pipeline.statutes import find_citations
    assert [(c.title, c.year) for c in find_citations(
        "We work in line with the Modern Slavery Act.")] == [("Modern Slavery Act", 2015)]
    assert find_citations("as the Data Protection Act requires") == []  # 1984, 1998, 2018


def test_a_title_never_ends_on_a_small_word_and_a_colon_line_opens_it(build, nlp,
                                                                      registry) -> None:
    doc = _sized(build().heading("INFORMATION SHARING AGREEMENT")
                 .heading("Electronic Palliative Care Co-ordination:")
                 .heading("Sharing Records with Hospices").para("Version 1.0").doc, 20, 17, 17)
    assert parse_document(doc, nlp, registry).title == (
        "Electronic Palliative Care Co-ordination: Sharing Records with Hospices")
    doc = _sized(build().heading("Council Tax and Business Rates: Exchange of")
                 .para("Property Information").para("This agreement sets out the exchange.")
                 .doc, 18, 11, 10)
    assert parse_document(doc, nlp, registry).title == (
        "Council Tax and Business Rates: Exchange of Property Information")


def test_the_body_that_publishes_the_agreement_leads(build, nlp, registry) -> None:
    doc = (build().heading("Post-16 Tracking Data Sharing Agreement")
           .para("Harlow District Council publishes this agreement and acts as the controller "
                 "for the tracking system.")
           .para("This agreement is between Harlow District Council and the University of "
                 "Essex.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Harlow District Council"
    assert "University of Essex" in {p.name for p in record.parties}


def test_a_for_column_lists_parties_and_posts_do_not(build, nlp, registry) -> None:
    doc = (build().heading("Free School Meals Memorandum of Understanding")
           .table([["For", "Name", "Position", "Date"],
                   ["Thurrock Council", "A. Grey", "Group Manager, Access and Inclusion",
                    "21/03/2024"],
                   ["Group Manager, Access and Inclusion", "", "", ""],
                   ["DPIA", "", "", ""]]).doc)
    names = {p.name for p in parse_document(doc, nlp, registry).parties}
    assert names == {"Thurrock Council"}


def test_a_scheme_that_exists_so_that_states_its_purpose(build, nlp, registry) -> None:
    doc = (build().heading("Operation Encompass").heading("About the scheme")
           .para("Operation Encompass exists so that a child's school hears by the next "
                 "morning when police attended a domestic abuse incident at home.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.purpose.startswith("Operation Encompass exists so that")
    assert next(s for s in record.sections if s.section == SectionKey.PURPOSE).present


def test_standard_terms_set_out_as_a_lettered_list_are_led_by_the_body(build, nlp,
                                                                        registry) -> None:
    doc = (build().heading("Research Data Service Terms").para("Contents and scope").heading(
        "7. Who the parties are").para("These terms are made between:")
        .item("a. The named researcher using the service")
        .item("b. Coastal University (“the University”) Data Safe Haven")
        .heading("8. Definitions").para("“Service” means the safe haven.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Coastal University Data Safe Haven"
    assert [p.role for p in record.parties] == [Role.LEAD]


def test_a_body_that_warrants_or_grants_a_licence_is_a_party_but_a_role_is_not(
        build, nlp, registry) -> None:
    doc = (build().heading("Spend Analysis Licence Terms")
           .item("2.1 Ledgerline warrants and represents to the Client that it owns the tools.")
           .item("2.2 The Client hereby grants to Ledgerline a licence to use its data.")
           .item("2.3 Each Participating Body warrants that it may disclose the data.")
           .item("2.4 each Receiving Party hereby grants to the others a licence.").doc)
    record = parse_document(doc, nlp, registry)
    assert [p.name for p in record.parties] == ["Ledgerline"]


def test_a_signature_table_with_a_title_column_and_a_party_table_split_by_a_page(
        build, nlp, registry) -> None:
    doc = (build().heading("School Attendance Protocol")
           .table([["Party", "Represented by", "Role"],
                   ["Thurrock Council", "Attendance Service", "Statutory duties and"]])
           .table([["", "front office"],  # the row a page break left behind
                   ["Essex Police", "Community Safety Unit", "Safeguarding"],
                   ["Mid and South Essex NHS Foundation Trust", "School nursing", "Health"]])
           .table([["Organisation", "Name", "Title", "Date"],
                   ["Kent County Council", "A. Person", "Director", "01/09/2023"]]).doc)
    names = {p.name for p in parse_document(doc, nlp, registry).parties}
    assert names == {"Thurrock Council", "Essex Police",
                     "Mid and South Essex NHS Foundation Trust", "Kent County Council"}


def test_an_ocr_read_number_with_a_comma_still_numbers_a_heading(build) -> None:
    doc = (build().para("7, Incidents").para("Report anything that goes astray to the "
                                               "sending partner within a day of finding it.")
           .doc)
    assert _sections(doc)[SectionKey.BREACH] == (True, "heading")


def test_a_kind_banner_gives_way_to_the_name_under_it_whatever_the_kind(build, nlp,
                                                                         registry) -> None:
    for kind in ("JOINT CONTROLLER AGREEMENT", "Data Processing and Sharing Agreement",
                 "Terms of Reference and Information Sharing Agreement"):
        doc = (build().heading(kind).heading("Coastal Falls Prevention Register")
               .para("Version 1.0").doc)
        assert parse_document(doc, nlp, registry).title == "Coastal Falls Prevention Register"


def test_a_document_title_label_that_names_only_the_kind_is_not_the_title(build, nlp,
                                                                          registry) -> None:
    doc = (build().heading("INFORMATION SHARING AGREEMENT")
           .heading("Night-time Economy Patrols in Harlow")
           .table([["Document title", "Information Sharing Agreement"],
                   ["Version", "2.0"]]).doc)
    assert parse_document(doc, nlp, registry).title == "Night-time Economy Patrols in Harlow"


def test_a_running_header_names_the_agreement_without_its_version_or_marking(build, nlp,
                                                                          registry) -> None:
    doc = (build().heading("DATA SHARING AGREEMENT")
           .para("between the member practices of a primary care network,")
           .header("Wound Care Clinic Referrals - v1.4 - OFFICIAL").doc)
    assert parse_document(doc, nlp, registry).title == "Wound Care Clinic Referrals"


def test_a_body_named_over_its_signature_box_or_in_a_signed_for_row_is_a_party(
        build, nlp, registry) -> None:
    doc = (build().heading("Extended Hours Protocol").heading("Signature pages")
           .heading("Riverside Surgery - F81999")
           .table([["Signed", "Dr A Person"], ["Role", "Partner"], ["Date", "01/02/2025"]])
           .table([["Signed for", "Kent Police"], ["Name", "B Person"], ["Post", "Inspector"]])
           .heading("Membership")
           .table([["Name", "C Person"], ["Role", "Chair"], ["Date", "01/02/2025"]]).doc)
    names = [p.name for p in parse_document(doc, nlp, registry).parties]
    assert names == ["Riverside Surgery", "Kent Police"]


def test_a_region_stays_with_its_body_and_the_short_form_is_the_same_party(build, nlp,
                                                                         registry) -> None:
    doc = (build().heading("Offender Management Agreement")
           .para("Partners: the Probation Service, Essex Police")
           .table([["Organisation", "Name"],
                   ["The Probation Service (Kent, Surrey and Sussex Region)", "A Person"],
                   ["Babergh District Council and Mid Suffolk District Council", "B Person"],
                   ["Essex County Council – Adult Social Care (North East)", "C Person"]]).doc)
    names = [p.name for p in parse_document(doc, nlp, registry).parties]
    assert "The Probation Service (Kent, Surrey and Sussex Region)" in names
    assert not {"the Probation Service", "Probation Service"} & set(names)
    assert {"Babergh District Council", "Mid Suffolk District Council",
            "Essex County Council"} <= set(names)


def test_a_review_of_cases_or_records_is_not_the_agreements_review(build, nlp,
                                                                   registry) -> None:
    doc = (build().heading("Channel Panel Terms of Reference")
           .item("• Cases are reviewed at every meeting and again twelve months after closure.")
           .para("The practice will review each record at least every three months.").doc)
    assert parse_document(doc, nlp, registry).review_date is None


def test_law_cited_in_a_list_after_partners_is_no_party(build, nlp, registry) -> None:
    doc = (build().heading("Risk Conference Protocol")
           .para("Partners rely on the following:")
           .item("• UK GDPR Article 6(1)(e) (public task);")
           .item("• Article 8 of the Human Rights Act 1998, read with Article 3.").doc)
    assert parse_document(doc, nlp, registry).parties == []


def test_a_purpose_said_of_a_memorandum_or_in_a_second_sentence(build, nlp, registry) -> None:
    doc = (build().heading("Public Protection Memorandum").heading("1 Introduction")
           .para("The purpose of this memorandum is to set out how agencies share information "
                 "about offenders who pose a risk of serious harm.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.purpose and record.purpose.startswith("The purpose of this memorandum")
    assert _sections(doc)[SectionKey.PURPOSE][0]
    doc = (build().heading("Health Check Returns").heading("Section A: Introduction")
           .para("The council commissions health checks from practices in the town. This "
                 "agreement covers the quarterly returns that practices send.").doc)
    assert parse_document(doc, nlp, registry).purpose.startswith("The council commissions")


def test_a_review_counted_from_when_it_comes_into_effect(build, nlp, registry) -> None:
    doc = (build().heading("Risk Conference Protocol")
           .table([["Date agreed", "12 September 2023"], ["Comes into effect", "1 October 2023"],
                   ["Review", "Twelve months from the date it comes into effect"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert (record.commencement_date, record.review_date) == (date(2023, 10, 1),
                                                              date(2024, 10, 1))


def test_a_banner_of_kind_words_alone_is_no_title_in_any_wording(build, nlp, registry) -> None:
    for kind in ("DATA DISCLOSURE AGREEMENT", "Research Collaboration and Data Sharing Agreement",
                 "INFORMATION SHARING FRAMEWORK AGREEMENT"):
        doc = (build().heading(kind).heading("Hospital Discharge Notifications for Carers")
               .para("Version 2.1").doc)
        assert parse_document(doc, nlp, registry).title == \
            "Hospital Discharge Notifications for Carers", kind


def test_a_bilingual_label_names_its_field_on_either_side(build, nlp, registry) -> None:
    doc = (build().heading("Housing Support Outcomes Data Sharing Agreement")
           .table([["Lead organisation / Sefydliad arweiniol", "Welsh Government"],
                   ["Version / Fersiwn", "1.0"],
                   ["Review due / Adolygiad", "December 2026"]])
           .heading("2. Partïon / Parties")
           .table([["Party", "Role"], ["Bridgend County Borough Council", "Supplier"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Welsh Government"
    assert record.review_date == date(2026, 12, 31)
    assert [p.name for p in record.parties] == ["Welsh Government",
                                                "Bridgend County Borough Council"]


def test_a_form_label_with_its_guidance_note_still_names_its_field(build, nlp,
                                                                   registry) -> None:
    doc = (build().para("DATA SHARING AGREEMENT FORM. Complete every section.")
           .heading("Section A - Agreement details")
           .table([["Title of data sharing", "Inpatient Smoking Returns for Public Health"],
                   ["Purpose of sharing (what will the data be used for?)",
                    "To give the council quarterly figures so that it can plan services."],
                   ["Date agreement starts", "01/04/2018"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert record.title == "Inpatient Smoking Returns for Public Health"
    assert record.purpose.startswith("To give the council quarterly figures")
    assert record.commencement_date == date(2018, 4, 1)
    assert _sections(doc)[SectionKey.PURPOSE][0]


def test_a_title_goes_on_over_a_second_line_that_opens_with_for(build, nlp, registry) -> None:
    doc = _sized(build().heading("DATA DISCLOSURE AGREEMENT")
                 .heading("Disclosure of Care Client Data").para("for Home Fire Safety Checks")
                 .para("A one-way disclosure agreed by the two services.").doc, 20, 18, 18)
    assert parse_document(doc, nlp, registry).title == \
        "Disclosure of Care Client Data for Home Fire Safety Checks"


def test_a_review_counted_from_the_owners_signature_is_the_lead_rows_date(build, nlp,
                                                                         registry) -> None:
    doc = (build().heading("Pupil Information Sharing Agreement")
           .table([["Document owner", "Monmouthshire County Council"]])
           .para("This agreement will be reviewed two years after the date on which it is "
                 "signed on behalf of the document owner.")
           .table([["Organisation", "Name", "Date"],
                   ["Monmouthshire County Council", "A Person", "07/03/2022"],
                   ["Herefordshire Council", "B Person", "28/03/2022"]]).doc)
    assert parse_document(doc, nlp, registry).review_date == date(2024, 3, 7)


def test_a_review_period_is_the_one_in_the_sentence_that_says_review(build, nlp,
                                                                     registry) -> None:
    doc = (build().heading("Critical Care Registry Agreement")
           .table([["Commencement date", "1 August 2024"]])
           .para("Linkage data will be kept for no more than five years. The pseudonymised "
                 "Registry will be reviewed for continued need every five years.")
           .para("The Controller will review this Agreement 12 months after the Commencement "
                 "Date and every two years after that.").doc)
    assert parse_document(doc, nlp, registry).review_date == date(2025, 8, 1)


def test_a_team_written_with_a_partys_acronym_is_that_party(build, nlp, registry) -> None:
    doc = (build().heading("Invasive Infection Surveillance Agreement")
           .para("This agreement is issued by the UK Health Security Agency, as the controller "
                 "responsible for surveillance.")
           .heading("Part 1 - Parties and their roles").item("1.1 This agreement is made between:")
           .item("• (1) UK Health Security Agency (UKHSA), an executive agency;")
           .item("• (2) Suffolk County Council.")
           .heading("Annex B - Contacts")
           .table([["Organisation", "Contact point"],
                   ["UKHSA East of England HPT", "hpt@example.org"],
                   ["UKHSA Information Governance", "ig@example.org"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "UK Health Security Agency"
    assert [p.name for p in record.parties] == ["UK Health Security Agency",
                                                "Suffolk County Council"]


def test_a_party_written_as_another_partys_acronym_is_that_party(build, nlp, registry) -> None:
    doc = (build().heading("Valuation Data Sharing Protocol")
           .table([["Document owner", "VOA Information Assurance and Data Sharing Team"]])
           .heading("3. Parties")
           .para("This protocol is made between the Valuation Office Agency and the councils.")
           .table([["Billing authority", "Liaison contact (post)"],
                   ["Braintree District Council", "Revenues Manager"]])
           .para("In this protocol 'DWP' means the Department for Work and Pensions.")
           .table([["Signed for", "Department for Work and Pensions"], ["Name", "A Person"],
                   ["Date", "01/02/2016"]])
           .table([["Signed for", "DWP"], ["Name", "B Person"], ["Date", "01/02/2016"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Valuation Office Agency"
    assert [p.name for p in record.parties] == [
        "Valuation Office Agency", "Braintree District Council",
        "Department for Work and Pensions"]


def test_a_contents_list_under_a_parties_line_and_addresses_in_a_list_are_no_parties(
        build, nlp, registry) -> None:
    doc = (build().heading("Council Tax Debt Tracing Agreement").heading("Contents")
           .item("1. Introduction").heading("2. Parties").item("3. Information to be shared")
           .item("4. Roles and responsibilities")
           .heading("2. PARTIES").item("2.1 The parties to this agreement are:")
           .item("• HM Revenue and Customs (HMRC), 100 Parliament Street, London SW1A 2BQ")
           .item("• Thurrock Council, Civic Offices, New Road, Grays").doc)
    names = [p.name for p in parse_document(doc, nlp, registry).parties]
    assert names == ["HM Revenue and Customs (HMRC)", "Thurrock Council"]


def test_signature_boxes_headed_signed_on_behalf_of_and_a_participant_column(
        build, nlp, registry) -> None:
    doc = (build().heading("Fraud Initiative Data Sharing Agreement")
           .table([["Lead department", "Cabinet Office"]])
           .table([["Participant", "Type of body"],
                   ["Estuary Housing Association", "Housing association"]])
           .table([["Signed on behalf of Greenfields Community Housing"], ["Name", "A Person"],
                   ["Post", "Director"], ["Date", "09/07/2024"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Cabinet Office"
    assert [p.name for p in record.parties] == [
        "Cabinet Office", "Estuary Housing Association", "Greenfields Community Housing"]


def test_a_listed_body_leads_whole_across_its_commas_and_a_publishing_controller_leads(
        build, nlp, registry) -> None:
    doc = (build().heading("Family Outcomes Data Sharing")
           .para("The Arrangement is led by the Department for Levelling Up, Housing and "
                 "Communities (DLUHC), which runs the data service.").doc)
    assert parse_document(doc, nlp, registry).lead_name == \
        "Department for Levelling Up, Housing and Communities"
    doc = (build().heading("Council Tax Extracts Agreement")
           .para("The Office for National Statistics (ONS) is the controller publishing this "
                 "agreement.").doc)
    assert "Office for National Statistics" in parse_document(doc, nlp, registry).lead_name


def test_a_kind_made_under_an_act_is_no_title_and_a_header_title_runs_over_two_lines(
        build, nlp, registry) -> None:
    doc = _sized(build().heading("Department for Levelling Up, Housing and Communities")
                 .heading("Data Sharing Arrangement under Part 5 of the Digital Economy Act 2017")
                 .heading("Supporting Families Programme: Sharing of Family Outcomes Data").doc,
                 14, 13, 18)
    assert parse_document(doc, nlp, registry).title == \
        "Supporting Families Programme: Sharing of Family Outcomes Data"
    doc = (build().heading("INFORMATION SHARING AGREEMENT")
           .para("between the Home Office and the councils in Essex")
           .header("OFFICIAL-SENSITIVE")
           .header("Sponsor and Guest Information Sharing with Essex").header("Councils").doc)
    assert parse_document(doc, nlp, registry).title == \
        "Sponsor and Guest Information Sharing with Essex Councils"


def test_an_agreement_commences_when_it_says_not_when_it_was_agreed(build, nlp,
                                                                   registry) -> None:
    doc = (build().heading("Prison Leavers Information Sharing Agreement")
           .table([["Date agreed", "1 March 2023"], ["Review", "See section 12"]])
           .item("12.1 This agreement commences on 1 April 2023.")
           .item("12.2 It will be reviewed two years from the commencement date.").doc)
    record = parse_document(doc, nlp, registry)
    assert (record.commencement_date, record.review_date) == (date(2023, 4, 1),
                                                              date(2025, 4, 1))


def test_a_table_of_datasets_is_no_form_and_released_data_is_the_information_shared(
        build) -> None:
    doc = (build().heading("1. Purpose").para("So that fraud can be found by matching data.")
           .heading("3. Information released")
           .para("The keeper's name and address for each vehicle enquired about.")
           .table([["Dataset", "Provided by", "Main data items"],
                   ["Right to buy", "Housing participants", "Applicant names, property"]]).doc)
    found = _sections(doc)
    assert found[SectionKey.INFORMATION_SHARED] == (True, "heading")
    assert not found[SectionKey.INDIVIDUAL_RIGHTS][0]


def test_a_schedule_or_joint_working_banner_is_no_title_and_its_controller_leads(
        build, nlp, registry) -> None:
    doc = _sized(build().heading("ESSEX COUNTY COUNCIL").heading("DATA PROCESSING SCHEDULE")
                 .heading("Carers' Assessment and Support Referral Pathway")
                 .para("Essex County Council is the controller for the personal data described "
                       "in this schedule and publishes it so that carers know how it is used.")
                 .table([["Contract start", "1 October 2022"],
                         ["Review", "Annually - first review one year after the contract "
                                    "start"]]).doc, 14, 20, 16)
    record = parse_document(doc, nlp, registry)
    assert record.title == "Carers' Assessment and Support Referral Pathway"
    assert record.lead_name == "Essex County Council"
    assert (record.commencement_date, record.review_date) == (date(2022, 10, 1),
                                                              date(2023, 10, 1))
    doc = (build().heading("JOINT WORKING AGREEMENT")
           .header("Continuing Healthcare: Joint Working Agreement").doc)
    assert parse_document(doc, nlp, registry).title == \
        "Continuing Healthcare: Joint Working Agreement"


def test_a_responsible_organisation_row_of_a_cover_table_is_no_column_of_leads(
        build, nlp, registry) -> None:
    doc = (build().heading("Continuing Healthcare Joint Working Agreement")
           .table([["Responsible organisation", "Suffolk County Council"],
                   ["Commencement", "1 April 2023"], ["Equality Impact", "No impact"]]).doc)
    assert [p.name for p in parse_document(doc, nlp, registry).parties] == \
        ["Suffolk County Council"]


# --- rules of the fifth session, from the first-blind errors of two new families ----------

def test_a_heading_about_the_document_is_not_its_title(build, nlp, registry) -> None:
    doc = _sized(build().heading("Hospital Discharge Support for Carers in Kent")
                 .heading("A protocol between the council and the acute trusts")
                 .heading("SIGNATORIES TO THIS AGREEMENT").para("The parties are listed below.")
                 .doc, 24, 14, 24)
    title = parse_document(doc, nlp, registry).title
    assert title == "Hospital Discharge Support for Carers in Kent"


def test_a_change_record_is_not_a_title_and_a_title_repeated_in_the_header_is(
        build, nlp, registry) -> None:
    name = "Carers Assessment Referrals: Information Sharing between the Council and GPs"
    doc = (build().header(name).heading("Mid Kent Carers Partnership").heading(name)
           .heading("Information Sharing Agreement").heading("Revision record")
           .table([["Version", "Date"], ["0.1", "March 2021"]]).doc)
    title = parse_document(doc, nlp, registry).title
    assert title and title.startswith(name)  # with or without the kind after it


def test_a_title_set_over_lines_keeps_a_kind_word_inside_its_name(build, nlp, registry) -> None:
    doc = build().heading("x").doc
    block = doc.blocks[0]
    block.raw_text = ("Joint Tasking and Coordination\nArrangements (JTCA)\n"
                      "Data Sharing Agreement for\nNorfolk")
    block.text = " ".join(block.raw_text.split())
    assert parse_document(doc, nlp, registry).title == (
        "Joint Tasking and Coordination Arrangements (JTCA) Data Sharing Agreement for Norfolk")


def test_what_an_agreement_does_not_cover_is_not_its_purpose(build, nlp, registry) -> None:
    doc = (build().heading("Hoarding Panel Agreement").heading("1. Purpose")
           .para("Partners exchange case details under this agreement so that a person who "
                 "hoards can be offered one plan of support by the fire service and the council.")
           .para("This agreement does not cover referrals about tenants of private landlords, "
                 "which follow the housing enforcement route.")
           .doc)
    doc.blocks[2], doc.blocks[3] = doc.blocks[3], doc.blocks[2]
    for i, b in enumerate(doc.blocks):
        b.index = i
    purpose = parse_document(doc, nlp, registry).purpose
    assert purpose and purpose.startswith("Partners exchange case details")


def test_a_review_counted_from_a_signing_the_text_dates(build, nlp, registry) -> None:
    doc = (build().heading("Carers Agreement")
           .para("This agreement takes effect on the date it is signed by the Chair of the "
                 "Carers Board on behalf of the partners, 14 March 2022. It will be reviewed "
                 "18 months after signing.")
           .table([["Agency", "Name and post", "Signature / date"],
                   ["Kent County Council", "A. Smith, Director", "20/03/2022"]])
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.commencement_date == date(2022, 3, 14)
    assert (record.review_date, record.review_basis) == (date(2023, 9, 14), ReviewBasis.RELATIVE)


def test_a_signature_date_column_may_be_headed_signature_and_date(build, nlp, registry) -> None:
    doc = (build().heading("Carers Agreement")
           .para("This agreement will be reviewed two years after it is signed.")
           .table([["Agency", "Name and post", "Signature / date"],
                   ["Kent County Council", "A. Smith, Director", "20/03/2022"],
                   ["Kent Police", "B. Jones, Superintendent", "02/04/2022"]])
           .doc)
    assert parse_document(doc, nlp, registry).review_date == date(2024, 4, 2)


def test_a_partnership_named_as_reviewer_is_not_what_is_reviewed(build, nlp, registry) -> None:
    doc = (build().heading("Carers Agreement")
           .table([["Organisation", "Date"], ["Kent County Council", "11/05/2021"]])
           .para("The Kent Carers Partnership Board will review it two years after signing.")
           .doc)
    assert parse_document(doc, nlp, registry).review_date == date(2023, 5, 11)


def test_a_register_row_of_labels_some_unknown(build, nlp, registry) -> None:
    doc = (build().heading("Carers Agreement")
           .table([["Version", "Owner", "Review due"], ["2.1", "Kent County Council", "May 2025"]])
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.review_date == date(2025, 5, 31)
    assert record.lead_name == "Kent County Council"


def test_a_year_wrapped_anywhere_in_a_narrow_cell() -> None:
    from pipeline.dates import find_dates
    assert [d.value for d in find_dates("signed 09/01/202 3 and 25/06/20 19")] == [
        date(2023, 1, 9), date(2019, 6, 25)]
    assert [d.value for d in find_dates("on 1/2/2019 3 partners")] == [date(2019, 2, 1)]


def test_sections_covered_in_other_words(build) -> None:
    stored = (build().heading("Carers Agreement").heading("4. How records are kept and stored")
              .para("Each partner keeps the records on its own case system."))
    assert _sections(stored.doc)[SectionKey.SECURITY][0]  # by the heading's word
    doc = (build().heading("Carers Agreement")
           .para("Records are held on the county platform, reached with a smartcard and "
                 "multi-factor sign-in.")
           .para("If a record is sent to the wrong person the sender tells their manager at "
                 "once.")
           .para("Staff check each record against two identifiers and correct and tell the "
                 "recipient about any error.")
           .doc)
    found = _sections(doc)
    assert found[SectionKey.SECURITY][0]
    assert found[SectionKey.BREACH][0]
    assert found[SectionKey.ACCURACY][0]


def test_law_listed_after_partners_rely_is_not_a_partner_list(build, nlp, registry) -> None:
    doc = (build().heading("Carers Agreement").heading("Parties")
           .para("The organisations that have agreed to this protocol are:")
           .item("Kent County Council (Adult Social Care and Health Services)")
           .item("Kent Carers Steering Group")
           .heading("Law").para("Partners rely on the following:")
           .item("Care Act 2014, sections 1 and 42;")
           .item("UK General Data Protection Regulation, Articles 6(1)(e) and 9(2)(h);")
           .doc)
    names = [p.name for p in parse_document(doc, nlp, registry).parties]
    assert names == ["Kent County Council"]


def test_a_bracketed_qualifier_may_be_in_lower_case() -> None:
    from pipeline.parties import looks_like_name
    assert looks_like_name("Probation Service (South East and Eastern region)")
    assert not looks_like_name("Probation Service for the region")


def test_regulations_with_commas_in_brackets_and_after_another_act() -> None:
    from pipeline.statutes import find_citations
    cited = find_citations(
        "under the 1985 Act and the Homelessness (Suitability of Accommodation) (England) "
        "Order 2012, and the Care and Support (Charging, Assessment and Review) Regulations "
        "2014")
    assert [(c.title, c.year) for c in cited] == [
        ("Homelessness (Suitability of Accommodation) (England) Order", 2012),
        ("Care and Support (Charging, Assessment and Review) Regulations", 2014)]


def test_cover_labels_project_and_lead_commissioner(build, nlp, registry) -> None:
    doc = (build().table([["DATA SHARING PROTOCOL"],
                          ["Project", "Kent Veterans Health Needs Audit"],
                          ["Lead commissioner", "Kent County Council"]])
           .heading("1. Purpose of the information sharing")
           .para("Information will be shared between the parties below to allow the audit "
                 "team to describe the health needs of veterans in Kent.")
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.title == "Kent Veterans Health Needs Audit"
    assert record.lead_name == "Kent County Council"
    assert record.purpose and record.purpose.startswith("Information will be shared")


def test_a_body_that_leads_this_agreement_is_its_lead(build, nlp, registry) -> None:
    doc = (build().heading("Joint Licensing Visits Agreement")
           .para("Kent County Council leads this agreement on behalf of the district councils.")
           .doc)
    assert parse_document(doc, nlp, registry).lead_name == "Kent County Council"


def test_a_period_in_a_sentence_without_review_is_retention(build, nlp, registry) -> None:
    doc = (build().heading("Joint Licensing Visits Agreement")
           .para("Case records are kept for six years after closure. Intelligence is kept and "
                 "reviewed under each partner's own policy.")
           .para("This agreement commences on 1 May 2023 and will be reviewed 12 months after "
                 "its commencement.")
           .doc)
    assert parse_document(doc, nlp, registry).review_date == date(2024, 5, 1)


def test_access_by_individuals_is_their_rights(build) -> None:
    doc = (build().heading("Licensing Agreement").heading("5.0 Access by individuals")
           .para("Any person may ask a partner for a copy of the personal data it holds about "
                 "them.").doc)
    assert _sections(doc)[SectionKey.INDIVIDUAL_RIGHTS][0]
    content_only = (build().heading("Licensing Agreement")
                    .para("Any person may ask a partner for a copy of the personal data it "
                          "holds about them.").doc)
    assert _sections(content_only)[SectionKey.INDIVIDUAL_RIGHTS][0]


def test_an_author_and_the_kind_in_small_type_are_not_the_name_in_large(
        build, nlp, registry) -> None:
    doc = _sized(build().para("NORFOLK RESILIENCE FORUM").para("Information Sharing Protocol")
                 .para("Evacuee and Rest Centre Information in an Emergency").doc, 13, 13, 21)
    assert parse_document(doc, nlp, registry).title == (
        "Evacuee and Rest Centre Information in an Emergency")


def test_a_title_line_in_smaller_type_that_opens_in_lower_case_goes_on(
        build, nlp, registry) -> None:
    doc = _sized(build().para("INFORMATION SHARING AGREEMENT")
                 .para("Welfare Checks by Fire Crews")
                 .para("for Older Residents Living Alone")
                 .para("Version 1.0").doc, 12, 22, 16, 9)
    assert parse_document(doc, nlp, registry).title == (
        "Welfare Checks by Fire Crews for Older Residents Living Alone")


def test_an_unruled_cover_row_of_label_and_value(build, nlp, registry) -> None:
    doc = (build().heading("Welfare Checks by Fire Crews")
           .para("Responsible organisation Norfolk County Council")
           .para("Review due March 2026").para("Version 2.0").doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name == "Norfolk County Council"
    assert record.review_date == date(2026, 3, 31)


def test_a_defined_term_alone_is_not_a_party(build, nlp, registry) -> None:
    doc = (build().heading("Frequent Callers Agreement")
           .para("The Trust leads this agreement and hosts the case team.").doc)
    assert [p.name for p in parse_document(doc, nlp, registry).parties] == []


def test_information_protected_is_security(build) -> None:
    doc = (build().heading("Falls Agreement").heading("6. How information moves and is protected")
           .para("Referrals go through the council portal.").doc)
    assert _sections(doc)[SectionKey.SECURITY][0]


def test_regulations_named_after_their_act() -> None:
    from pipeline.statutes import find_citations
    cited = find_citations("under the Civil Contingencies Act 2004 (Contingency Planning) "
                           "Regulations 2005 only")
    assert [(c.title, c.year) for c in cited] == [
        ("Civil Contingencies Act 2004 (Contingency Planning) Regulations", 2005)]


def test_an_agency_named_large_over_what_it_is_is_the_author(build, nlp, registry) -> None:
    doc = _sized(build().heading("Kinship Care East")
                 .heading("Regional Kinship Care Agency for Kent")
                 .heading("Carer Assessments and Support Plans")
                 .heading("Information Sharing Agreement").doc, 26, 12, 20, 20)
    assert parse_document(doc, nlp, registry).title == (
        "Carer Assessments and Support Plans Information Sharing Agreement")


def test_a_local_agreement_names_the_kind(build, nlp, registry) -> None:
    doc = build().heading("x").doc
    block = doc.blocks[0]
    block.raw_text = "\nLocal Data Sharing Protocol\nYouth Court Reports in Kent\nVersion 2.0"
    block.text = " ".join(block.raw_text.split())
    assert parse_document(doc, nlp, registry).title == "Youth Court Reports in Kent"


def test_a_councils_own_service_is_the_council() -> None:
    from pipeline.parties import clean_name
    assert clean_name("Kent County Council's Leaving Care Service") == "Kent County Council"
    assert clean_name("Kent Police's Public Protection Unit") == "Kent Police"
    assert clean_name("Great Ormond Street Hospital's Charity") == (
        "Great Ormond Street Hospital's Charity")
