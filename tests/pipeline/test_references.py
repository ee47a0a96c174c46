from pipeline.references import with_references
from pipeline.statutes import find_citations


def resolved(*blocks: str) -> list[list[tuple[str, int | None, str | None]]]:
    found = [(text, find_citations(text)) for text in blocks]
    return [[(c.title, c.year, c.provision) for c in cs] for cs in with_references(found)]


def test_the_year_act_refers_back_to_the_only_act_of_that_year() -> None:
    assert resolved("The Data Protection Act 1998 applies.",
                    "Section 7 of the 1998 Act gives a right of access.")[1] == [
        ("Data Protection Act", 1998, "section 7")]


def test_the_year_act_is_left_alone_when_two_acts_share_the_year() -> None:
    assert resolved("The Crime and Disorder Act 1998 and the Human Rights Act 1998 apply.",
                    "Under the 1998 Act partners may share.")[1] == []


def test_a_defined_abbreviation_refers_back() -> None:
    assert resolved("the Data Protection Act 2018 (“DPA”) and the Care Act 2014 apply;",
                    "Schedule 1 of the DPA sets the conditions.")[1] == [
        ("Data Protection Act", 2018, "schedule 1")]


def test_an_abbreviation_inside_the_title_refers_back() -> None:
    assert resolved("Requests under the Freedom of Information (FOI) Act 2000.",
                    "The FOI Act allows exemptions.")[1] == [
        ("Freedom of Information Act", 2000, None)]


def test_a_title_without_its_year_refers_back() -> None:
    assert resolved("Under the Care Act 2014 a local authority must cooperate.",
                    "Section 45 of the Care Act focuses on supply of information.")[1] == [
        ("Care Act", 2014, "section 45")]


def test_nothing_is_resolved_without_an_earlier_full_citation() -> None:
    assert resolved("Section 45 of the Care Act and the 1998 Act.") == [[]]
