import pytest

from pipeline.statutes import Catalogue, find_citations
from pipeline.vocab import StatuteStatus


def cited(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.title, c.year, c.provision) for c in find_citations(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("under Section 115 of the Crime and Disorder Act 1998, where",
     [("Crime and Disorder Act", 1998, "section 115")]),
    ("s.115 Crime and Disorder Act 1998", [("Crime and Disorder Act", 1998, "section 115")]),
    ("the Children Acts 1989 and 2004",
     [("Children Act", 1989, None), ("Children Act", 2004, None)]),
    ("Sexual Offences Act 1956 / 1967 / 2003",
     [("Sexual Offences Act", 1956, None), ("Sexual Offences Act", 1967, None),
      ("Sexual Offences Act", 2003, None)]),
    ("Freedom of Information (FOI) Act 2000", [("Freedom of Information Act", 2000, None)]),
    ("Environmental Information Regulations (EIR) 2004",
     [("Environmental Information Regulations", 2004, None)]),
    ("Articles 2 and 3 of the Human Rights Act 1998",
     [("Human Rights Act", 1998, "articles 2 and 3")]),
    ("Human Rights Act 1998 (Article 8)", [("Human Rights Act", 1998, "article 8")]),
    ("Health & Safety at Work Act, 1974", [("Health and Safety at Work etc. Act", 1974, None)]),
    ("The Data Protection Act 1998 sets out", [("Data Protection Act", 1998, None)]),
    ("in line with DPA 2018 and the UK GDPR",
     [("Data Protection Act", 2018, None), ("UK General Data Protection Regulation", 2016, None)]),
    ("under the GDPR", [("General Data Protection Regulation (EU)", 2016, None)]),
    ("the Data Protection, Privacy and Electronic Communications (Amendments etc) (EU Exit) "
     "Regulations 2019",
     [("Data Protection, Privacy and Electronic Communications (Amendments etc) (EU Exit) "
       "Regulations", 2019, None)]),
    ("the Sentencing Act 2020 and the Online Safety Act 2023",
     [("Sentencing Act", 2020, None), ("Online Safety Act", 2023, None)]),
])
def test_citations_in_their_usual_forms(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "The Caldicott principles guide sharing in health and social care.",
    "the common law duty of confidence",
    "Working Together to Safeguard Children 2018",
    "Confidentiality – NHS Code of Practice Nov 2003",
    "Mental Capacity Act 2005 Code of Practice",
])
def test_guidance_and_principles_are_not_legislation(text: str) -> None:
    assert cited(text) == []


def test_repealed_acts_carry_their_replacement() -> None:
    (dpa,) = find_citations("The Data Protection Act 1998")
    assert dpa.status == StatuteStatus.REPEALED
    assert dpa.statute is not None and "2018" in (dpa.statute.superseded_by or "")


@pytest.mark.parametrize(("text", "suggestion"), [
    ("Police and Criminal Evidence Act 1970", "Police and Criminal Evidence Act 1984"),
    ("Mental Capacity Act 2006", "Mental Capacity Act 2005"),
    ("Local Government Act 1973", "Local Government Act 1972"),  # not the (Scotland) Act
    ("Data Protection (Scotland) Act 1998", "Data Protection Act 1998"),
    ("Health Act 2012", "Health Act 2009"),  # one word is too little to go on
])
def test_acts_that_do_not_exist_as_cited_are_unknown_with_a_suggestion(text: str,
                                                                      suggestion: str) -> None:
    (citation,) = find_citations(text)
    assert citation.status == StatuteStatus.UNKNOWN
    assert citation.suggestion == suggestion
    assert citation.title == text.rsplit(" ", 1)[0]


@pytest.mark.parametrize(("text", "meant", "status"), [
    ("Equalities Act 2010", "Equality Act", StatuteStatus.IN_FORCE),  # letters added
    ("the Data Protecton Act 1998", "Data Protection Act", StatuteStatus.REPEALED),  # missing
    ("Crime & Disorders Act 1998", "Crime and Disorder Act", StatuteStatus.IN_FORCE),
    ("Protection Harassment Act 1997", "Protection from Harassment Act", StatuteStatus.IN_FORCE),
    ("Health and Social Care Act 2015", "Health and Social Care (Safety and Quality) Act",
     StatuteStatus.IN_FORCE),  # words of the short title left out
    ("Safeguarding Vulnerable Group Act 2006", "Safeguarding Vulnerable Groups Act",
     StatuteStatus.IN_FORCE),
])
def test_a_small_slip_is_read_as_the_one_act_of_that_year_it_can_mean(
        text: str, meant: str, status: StatuteStatus) -> None:
    (citation,) = find_citations(text)
    year = text.rsplit(" ", 1)[1]
    assert (citation.title, citation.year, citation.status) == (meant, int(year), status)
    assert citation.citation == text.removeprefix("the ")  # kept as written
    assert citation.suggestion == f"{meant} {year} (read so: the cited name has a slip)"


def test_a_title_that_exists_in_another_year_is_a_wrong_year_not_a_slip() -> None:
    (citation,) = find_citations("Social Security Administration Act 1993")
    assert citation.status == StatuteStatus.UNKNOWN
    assert citation.suggestion == "Social Security Administration Act 1992"


def test_catalogue_has_the_later_acts_and_every_status_row() -> None:
    catalogue = Catalogue.default()
    dpa = catalogue.get("Data Protection Act", 2018)
    assert dpa is not None and dpa.status == StatuteStatus.IN_FORCE
    assert catalogue.get("Health and Care Act", 2022) is not None
    assert len(catalogue.statutes) > 4100


@pytest.mark.parametrize(("text", "provision"), [
    ("ss.10–11 Children Act 2004", "sections 10–11"),
    ("Schedule 1 to the Data Protection Act 2018", "schedule 1"),
    ("paragraph 3 of Schedule 1 of the DPA 2018", "paragraph 3 of schedule 1"),
    ("Data Protection Act 2018, Schedule 1, Part 2", "schedule 1, part 2"),
    ("Sections 39 & 39A Police Act 1996", "sections 39 & 39A"),
])
def test_provisions_keep_their_nesting(text: str, provision: str) -> None:
    (citation,) = find_citations(text)
    assert citation.provision == provision


def test_a_shorter_name_in_common_use_resolves_to_the_instrument() -> None:
    (pecr,) = find_citations("the Privacy and Electronic Communications Regulations 2003")
    assert pecr.title == "Privacy and Electronic Communications (EC Directive) Regulations"
    assert pecr.status == StatuteStatus.IN_FORCE and pecr.suggestion is None
    assert pecr.citation == "Privacy and Electronic Communications Regulations 2003"


def test_a_bracket_around_a_citation_is_not_part_of_it() -> None:
    (eir,) = find_citations("(and the Environmental Information Regulations 2004) apply")
    assert eir.citation == "Environmental Information Regulations 2004"


def test_revoked_instruments_are_repealed_with_their_replacement() -> None:
    (order,) = find_citations(
        "the Data Protection (Processing of Sensitive Personal Data) Order 2000")
    assert order.status == StatuteStatus.REPEALED
    assert order.statute is not None and "2018" in (order.statute.superseded_by or "")


def test_titles_joined_by_two_small_words_and_old_acts_are_read_whole() -> None:
    cited = {(c.title, c.year) for c in find_citations(
        "The Representation of the People Act 1983, the Protection from Harassment Act 1997 "
        "and the Town Police Clauses Act 1847 apply.")}
    assert cited == {("Representation of the People Act", 1983),
                     ("Protection from Harassment Act", 1997), ("Town Police Clauses Act", 1847)}


def test_nhs_in_a_title_is_the_national_health_service() -> None:
    [c] = find_citations("section 251 of the NHS Act 2006")
    assert (c.title, c.year, c.citation) == ("National Health Service Act", 2006,
                                              "section 251 of the NHS Act 2006")


def test_a_word_with_its_ending_left_off_is_a_slip() -> None:
    [c] = find_citations("the Homeless Reduction Act 2017")
    assert c.title == "Homelessness Reduction Act" and "slip" in c.suggestion


def test_an_act_cited_without_its_kind_is_read_only_when_the_catalogue_has_it() -> None:
    assert [(c.title, c.year) for c in find_citations(
        "• Crime and Disorder 1998 (section 115) – power to disclose")] == [
        ("Crime and Disorder Act", 1998)]
    assert [c.title for c in find_citations("The Data Protection At 2018 applies.")] == [
        "Data Protection Act"]
    for text in ("Adult Social Care 2014 budget", "the Domestic Abuse Strategy 2015–2020",
                 "In March 2014 the Board met."):
        assert find_citations(text) == [], text


def test_a_part_named_before_a_slipped_title_is_not_part_of_the_title() -> None:
    [citation] = find_citations("Orders under Part IV of the Famly Law Act 1996 are shared.")
    assert (citation.title, citation.year) == ("Family Law Act", 1996)


def test_a_territorial_act_the_catalogue_lacks_is_not_the_act_its_last_words_name() -> None:
    # Acts of the Senedd are not in the UK Public General Acts: "Housing (Wales) Act 2014"
    # is kept as written, neither shortened to the "Wales Act 2014" nor read as a slip of it.
    (citation,) = find_citations("Duties under the Housing (Wales) Act 2014 apply.")
    assert (citation.title, citation.year, citation.statute) == ("Housing (Wales) Act", 2014,
                                                                 None)


def test_a_possessive_is_no_word_added_to_the_title() -> None:
    (citation,) = find_citations("under section 47 of the Children's Act 1989 where")
    assert (citation.title, citation.year) == ("Children Act", 1989)
    assert citation.statute is not None


def test_a_letter_slip_is_the_act_of_the_same_length_not_a_longer_one() -> None:
    # 2006 has the National Health Service Act and its (Consequential Provisions) Act: a
    # letter missing from the first is not two words left out of the second.
    (citation,) = find_citations("under section 3 of the National Heath Service Act 2006")
    assert (citation.title, citation.year) == ("National Health Service Act", 2006)
