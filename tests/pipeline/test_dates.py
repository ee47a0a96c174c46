from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.dates import add_months, find_dates, find_review_rule, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("Feb-2018", date(2018, 2, 28)),
    ("Feb-18", date(2018, 2, 28)),
    ("28/02/2018", date(2018, 2, 28)),
    ("February 2018", date(2018, 2, 28)),
    ("Review date: 31 March 2019", date(2019, 3, 31)),
    ("1st March 2017", date(2017, 3, 1)),
    ("5th of June, 2019", date(2019, 6, 5)),
    ("2019-04-01", date(2019, 4, 1)),
    ("01/03/17", date(2017, 3, 1)),
    ("Sept 2020", date(2020, 9, 30)),
    ("February 2020", date(2020, 2, 29)),
])
def test_dates_as_isps_write_them(text: str, expected: date) -> None:
    found = parse_date(text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text", ["the 1998 Act", "section 115", "Partners may 12 times",
                                  "31/02/2018", "version 2.1"])
def test_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_uk_day_month_order() -> None:
    found = parse_date("signed 03/04/2017")
    assert found is not None and found.value == date(2017, 4, 3)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2069, 12, 31)))
def test_any_written_date_round_trips(day: date) -> None:
    for text in (day.strftime("%d/%m/%Y"), day.strftime("%d %B %Y"), day.isoformat(),
                 f"{day.day} {day.strftime('%b')} {day.year}"):
        found = parse_date(text)
        assert found is not None and found.value == day, text


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2069, 12, 31)))
def test_a_month_alone_means_its_last_day(day: date) -> None:
    found = parse_date(day.strftime("%b-%Y"))
    assert found is not None and found.month_only
    assert found.value.month == day.month and (found.value.replace(day=1) > day.replace(day=1)
                                               or found.value >= day)


@pytest.mark.parametrize(("text", "months"), [
    ("This protocol will be reviewed annually from the date of signing", 12),
    ("The agreement will be reviewed every two years from the date of signing", 24),
    ("It is to be reviewed every 6 months", 6),
    ("Reviewed each year by the partners", 12),
])
def test_relative_review_rules(text: str, months: int) -> None:
    rule = find_review_rule(text)
    assert rule is not None and rule.months == months


def test_a_period_without_review_is_not_a_review_rule() -> None:
    assert find_review_rule("Data is retained for two years after closure") is None


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2016, 2, 29), 12) == date(2017, 2, 28)
    assert add_months(date(2017, 3, 1), 24) == date(2019, 3, 1)
