from datetime import date

from spacy.language import Language

from pipeline.fields import parse_document
from pipeline.registry import Registry
from pipeline.vocab import ReviewBasis, Role, SectionKey

SECTIONS = ["Purpose", "Information to be shared", "Legal basis for sharing information",
            "Access and individuals’ rights", "Keeping information secure",
            "Information format, method(s) and frequency of sharing", "Data retention",
            "Responsibility for exchanging these data and ensuring data are accurate",
            "Complaints", "Breach of confidentiality", "Agreement"]


def test_cover_table_layout(build, nlp: Language, registry: Registry) -> None:
    doc = (build()
           .header("Whole Essex Information Sharing Framework")
           .table([["Title", "Hertfordshire School Admissions"],
                   ["Purpose", "Hertfordshire County Council require data for a transfer "
                               "from primary school to secondary school mail out."],
                   ["Lead Organisation", "Essex CC"],
                   ["Other Organisations Involved",
                    "Hertfordshire County Council, Essex Police and Basildon & Brentwood "
                    "Clinical Commissioning Group (CCG)"],
                   ["Review date", "Aug-2019"]])
           .bold("Purpose of the agreement")
           .para("To send pupil data to Hertfordshire for its open events.")
           .bold("Lawful basis")
           .para("Sharing is lawful under Section 17 of the Children Act 1989 and the "
                 "Data Protection Act 2018. Caldicott principles apply.")
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.title == "Hertfordshire School Admissions"
    assert record.purpose and record.purpose.startswith("Hertfordshire County Council require")
    assert (record.lead_name, record.lead_org) == ("Essex CC", "Essex County Council")
    partners = {(p.name, p.org) for p in record.parties if p.role == Role.PARTNER}
    assert partners == {
        ("Hertfordshire County Council", None),
        ("Essex Police", "Essex Police"),
        ("Basildon & Brentwood Clinical Commissioning Group (CCG)",
         "Basildon and Brentwood Clinical Commissioning Group")}
    assert record.review_date == date(2019, 8, 31)
    assert record.review_basis == ReviewBasis.EXPLICIT
    assert [(c.title, c.year, c.provision) for c in record.citations] == [
        ("Children Act", 1989, "section 17"), ("Data Protection Act", 2018, None)]
    present = {s.section for s in record.sections if s.present}
    assert present == {SectionKey.PURPOSE, SectionKey.LEGAL_BASIS}
    fields = {e.field for e in record.evidence}
    assert {"title", "purpose", "party.lead", "review_date", "statute"} <= fields


def test_template_layout_with_numbered_headings_and_signatures(build, nlp, registry) -> None:
    b = build().heading("Information Sharing Protocol – Overarching Safeguarding Agreement")
    for number, heading in enumerate(SECTIONS, start=1):
        if heading == "Complaints":
            continue
        b.heading(f"{number}. {heading}")
        if heading == "Purpose":
            b.para("Living a life that is free from harm and abuse is a fundamental right.")
        elif heading == "Agreement":
            b.para("This Protocol commences on 1 March 2017 and will be reviewed annually "
                   "from the date of signing.")
            b.para("On behalf of (Organisation): Essex Police")
            b.para("On behalf of (Organisation): ……………………………")
            b.para("On behalf of (Organisation): Norfolk County Council")
        else:
            b.para("Partners will follow their own procedures for this.")
    b.heading("Appendix D – Signatories")
    b.table([["Organisation Name", "ICO Registration", "Email"],
             ["Health", "", ""],
             ["NELFT", "Z9096541", "someone@nelft.nhs.uk"],
             ["Essex Police", "Z4883472", "x@essex.pnn.police.uk"]])
    record = parse_document(b.doc, nlp, registry)
    assert record.title == "Overarching Safeguarding Agreement"  # the kind prefix goes
    assert record.purpose == ("Living a life that is free from harm and abuse is a fundamental "
                              "right.")
    assert record.commencement_date == date(2017, 3, 1)
    assert record.review_basis == ReviewBasis.RELATIVE
    assert record.review_date == date(2018, 3, 1)
    missing = {s.section for s in record.sections if s.present is False}
    assert missing == {SectionKey.COMPLAINTS}
    orgs = {(p.name, p.org, p.ico_registration) for p in record.parties}
    assert orgs == {("Essex Police", "Essex Police", "Z4883472"),
                    ("Norfolk County Council", None, None),
                    ("NELFT", "North East London NHS Foundation Trust", "Z9096541")}


def test_prose_layout_names_parties_in_sentences(build, nlp, registry) -> None:
    doc = (build()
           .bold("Troubled Families Programme Data Sharing Agreement")
           .para("This agreement is led by Essex County Council. The other organisations "
                 "involved are Basildon Borough Council, Essex Police and University of Essex.")
           .para("Review date: 28/02/2018")
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.title == "Troubled Families Programme Data Sharing Agreement"
    assert record.lead_org == "Essex County Council"
    assert [p.name for p in record.parties if p.role == Role.PARTNER] == [
        "Basildon Borough Council", "Essex Police", "University of Essex"]
    assert record.review_date == date(2018, 2, 28)


def test_phrases_that_are_not_organisations_are_dropped(build, nlp, registry) -> None:
    doc = (build().table([["Lead Organisation", "Essex County Council"],
                          ["Other Organisations Involved",
                           "Please see appendix D for full list of signatories"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert [p.name for p in record.parties] == ["Essex County Council"]


def test_a_title_set_over_several_lines_is_read_whole(build, nlp, registry) -> None:
    doc = (build().bold("Information Sharing Agreement between").bold("Essex County Council")
           .bold("and").bold("Essex Police")
           .heading("1. Purpose").para("To share information about shared clients.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.title == ("Information Sharing Agreement between Essex County Council and "
                            "Essex Police")


def test_a_contents_list_does_not_hide_the_sections_it_lists(build, nlp, registry) -> None:
    doc = (build().heading("Contents").para("1. Why we are sharing").para("2. What will be shared")
           .para("3. Retention and disposal")
           .heading("1. Why we are sharing").para("So that partners can protect children.")
           .heading("2. What will be shared").para("Names, addresses and dates of birth.")
           .heading("3. Retention and disposal")
           .heading("Section D: Agreement").para("Signed by the partners below.").doc)
    record = parse_document(doc, nlp, registry)
    present = {s.section for s in record.sections if s.present}
    assert present == {SectionKey.PURPOSE, SectionKey.INFORMATION_SHARED, SectionKey.AGREEMENT}
    assert record.purpose == "So that partners can protect children."


def test_parties_in_a_role_table_and_under_a_partners_heading(build, nlp, registry) -> None:
    doc = (build().heading("Partner organisations").item("Department for Work and Pensions")
           .item("L&Q").item("Essex Police of PO Box 2, Springfield, Chelmsford CM2 6DA")
           .table([["Organisation", "Role"],
                   ["Essex CC", "Lead organisation; commissioner of the service"],
                   ["MEHT", "Data controller"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert (record.lead_name, record.lead_org) == ("Essex CC", "Essex County Council")
    assert [(p.name, p.org) for p in record.parties if p.role == Role.PARTNER] == [
        ("Department for Work and Pensions", None), ("L&Q", "London and Quadrant"),
        ("Essex Police", "Essex Police"), ("MEHT", "Mid Essex Hospital Services NHS Trust")]


def test_the_umbrella_framework_is_not_the_title(build, nlp, registry) -> None:
    doc = (build().bold("Whole Essex Information Sharing Framework")
           .para("Please complete every section of this protocol.")
           .bold("Information Sharing Protocol – Domestic Abuse Referrals")
           .para("Sponsor: Essex Police")
           .para("The purpose of the sharing is to refer victims to specialist services.").doc)
    record = parse_document(doc, nlp, registry)
    assert record.title == "Domestic Abuse Referrals"
    assert record.lead_org == "Essex Police"
    assert record.purpose == ("The purpose of the sharing is to refer victims to specialist "
                              "services.")


def test_a_post_is_not_an_organisation(build, nlp, registry) -> None:
    doc = (build().table([["Document owner", "Information Security Manager"],
                          ["Partners", "Data Protection Officer; Director of Public Health; "
                                       "Essex Police"]]).doc)
    record = parse_document(doc, nlp, registry)
    assert record.lead_name is None
    assert [p.name for p in record.parties] == ["Essex Police"]


def test_nothing_found_means_none_not_invented(build, nlp, registry) -> None:
    doc = build().para("Lorem ipsum dolor sit amet, consectetur adipiscing elit.").doc
    record = parse_document(doc, nlp, registry)
    assert record.title is None and record.purpose is None and record.lead_name is None
    assert record.review_date is None and record.review_basis == ReviewBasis.NONE
    assert record.parties == [] and record.citations == []
    assert not any(s.present for s in record.sections)


def test_long_runs_of_capitals_do_not_make_parsing_crawl(build, nlp, registry) -> None:
    """Regression: name and citation patterns once backtracked quadratically (28 s for a
    20,000-character line). The bound is generous: it only catches that kind of blow-up."""
    import time

    doc = (build().para("A" * 20000).para("A1" * 10000).para("THE PARTIES SHALL " * 1200)
           .para("(" * 20000).doc)
    started = time.perf_counter()
    parse_document(doc, nlp, registry)
    assert time.perf_counter() - started < 5


def test_review_rules_count_from_their_own_date(build, nlp, registry) -> None:
    doc = build().para("This protocol will be reviewed annually from 1 April 2017.").doc
    record = parse_document(doc, nlp, registry)
    assert (record.review_date, record.review_basis) == (date(2018, 4, 1), ReviewBasis.RELATIVE)


def test_the_last_review_is_not_the_next(build, nlp, registry) -> None:
    doc = build().para("Last reviewed 1 January 2016; next review 1 January 2018.").doc
    record = parse_document(doc, nlp, registry)
    assert (record.review_date, record.review_basis) == (date(2018, 1, 1), ReviewBasis.EXPLICIT)


def test_a_signatory_job_title_is_not_the_document_title(build, nlp, registry) -> None:
    doc = (build().heading("Information Sharing Protocol for Domestic Abuse Referrals")
           .para("Purpose of sharing is set out below in detail for all partners.")
           .heading("1. Purpose").para("To protect people at risk of domestic abuse.")
           .heading("11. Agreement").para("Name: John Smith").para("Title: Chief Constable")
           .doc)
    record = parse_document(doc, nlp, registry)
    assert record.title == "Information Sharing Protocol for Domestic Abuse Referrals"


def test_commencement_is_not_an_expiry_or_an_earlier_version(build, nlp, registry) -> None:
    doc = (build().para("This agreement supersedes the protocol dated 1 April 2012.")
           .para("Expiry date: 31 March 2020")
           .para("On behalf of (Organisation): Essex Police").para("Date: 1 April 2017").doc)
    record = parse_document(doc, nlp, registry)
    assert record.commencement_date == date(2017, 4, 1)


def test_ico_numbers_are_kept_with_their_party_and_checked(build, nlp, registry) -> None:
    doc = (build().table([["Lead Organisation", "Essex County Council"],
                          ["Partners", "Essex Police (ICO: Z4883472), Thurrock Council Z1234567,"
                                       " Aquinas (ICO registration ZA123456)"]]).doc)
    record = parse_document(doc, nlp, registry)
    got = {(p.name, p.ico_registration, p.ico_check) for p in record.parties
           if p.role == Role.PARTNER}
    assert got == {("Essex Police", "Z4883472", "matches_registry"),
                   ("Thurrock Council", "Z1234567", "differs_from_registry"),
                   ("Aquinas", "ZA123456", "not_in_registry")}
