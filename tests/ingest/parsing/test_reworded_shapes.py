"""Wordings the rewording check (tests/ingest/rewordings.py) showed read differently from
the wordings they stand for: "as against" as a comparison, "in calendar year 2020" as "in
2020", "no fewer than 40" as a floor (not a zero), "the previous year" as the previous
reporting period, and the care of victims identified in a year compared with an earlier
year's. Invented sentences in the report's style, each beside the wording it mirrors."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import figures_of
from tipwatch.ingest.parsing.statistics import figures_in_sentence
from tipwatch.ingest.parsing.statistics.wording import reading_form


@pytest.mark.parametrize("connective", ["compared with", "versus", "as against"])
def test_a_comparison_by_any_connective(connective: str) -> None:
    sentence = f"The government identified 84 victims in 2021, {connective} 61 in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 84, 2021, None),
        ("victims_identified", 61, 2020, None),
    }


@pytest.mark.parametrize("connective", ["compared with", "as against"])
def test_a_breakdown_closed_by_a_comparison(connective: str) -> None:
    sentence = (
        "The government reported convicting 47 traffickers, including 40 for sex trafficking"
        f" and seven for labor trafficking, {connective} 18 convictions in the previous"
        " reporting period."
    )
    assert figures_of(sentence) == {
        ("convictions", 47, 2021, None),
        ("convictions_sex_trafficking", 40, 2021, None),
        ("convictions_labor_trafficking", 7, 2021, None),
        ("convictions", 18, 2020, None),
    }


@pytest.mark.parametrize(
    "period", ["in 2020", "in calendar year 2020", "during calendar year 2020"]
)
def test_a_calendar_year_is_its_year(period: str) -> None:
    sentence = (
        "Authorities investigated 30 cases in 2021, compared with 22 investigations and 12"
        f" prosecutions {period}."
    )
    assert figures_of(sentence) == {
        ("investigations", 30, 2021, None),
        ("investigations", 22, 2020, None),
        ("prosecutions", 12, 2020, None),
    }


@pytest.mark.parametrize(
    ("floor", "qualifier"),
    [("at least", "at_least"), ("no fewer than", "at_least"), ("no more than", None)],
)
def test_no_before_a_comparative_is_no_zero(floor: str, qualifier: str | None) -> None:
    found = figures_of(f"The government identified {floor} 40 victims in 2021.")
    assert ("victims_identified", 0, 2021, None) not in found
    assert {(metric, value) for metric, value, _, _ in found} == {("victims_identified", 40)}
    if qualifier is not None:
        assert found == {("victims_identified", 40, 2021, qualifier)}


def test_no_before_a_noun_is_still_a_zero() -> None:
    assert figures_of("The government reported no convictions in 2021.") == {
        ("convictions", 0, 2021, None)
    }


@pytest.mark.parametrize("period", ["the previous reporting period", "the previous year"])
def test_cases_begun_earlier_are_no_count_of_that_period(period: str) -> None:
    sentence = (
        "The government did not report updates on three other prosecutions it had initiated"
        f" in {period}."
    )
    assert figures_of(sentence) == set()


@pytest.mark.parametrize("period", ["during the reporting period", "during 2021", "in 2021"])
@pytest.mark.parametrize(
    "care",
    [
        "did not report coordinating the repatriation of foreign victims identified in Peru",
        "did not report repatriating foreign victims identified in Peru",
        "did not refer victims identified",
    ],
)
def test_the_care_of_victims_identified_compared_is_no_identification(
    care: str, period: str
) -> None:
    sentence = (
        f"The government {care} {period}, compared to six victims from five countries in 2020."
    )
    assert figures_of(sentence) == set()


def test_identification_compared_is_still_read() -> None:
    assert figures_of(
        "The government identified 40 victims in 2021, compared with 14 victims in 2020."
    ) == {("victims_identified", 40, 2021, None), ("victims_identified", 14, 2020, None)}


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("compared with 70 in calendar year 2019", "compared with 70 in 2019"),
        ("during the calendar year 2019", "during 2019"),
        ("in CY 2019", "in 2019"),
        ("compared with 70 the previous year", "compared with 70 the previous reporting period"),
        ("in the prior year's report", "in the prior reporting period's report"),
        # Not a period: several earlier years, a fiscal year
        ("in previous years", "in previous years"),
        ("in fiscal year 2019", "in fiscal year 2019"),
    ],
)
def test_the_reading_form(sentence: str, form: str) -> None:
    assert reading_form(sentence) == form


@pytest.mark.parametrize(
    "comparison",
    [
        ", compared with 10 victims identified by officials, international organizations and NGOs"
        " in 2020.",
        ". This compared with 10 victims identified by officials, international organizations"
        " and NGOs in 2020.",
    ],
)
def test_a_count_others_found_compared_is_no_figure_in_either_sentence(comparison: str) -> None:
    text = "The government identified 52 victims for assistance" + comparison
    first, _, second = text.partition(". ")
    before = figures_in_sentence(first + ".", 2022) if second else []
    found = figures_in_sentence(second or text, 2022, before[0] if before else None, before)
    assert {(f.metric, f.value) for f in [*before, *found]} == {("victims_identified", 52)}


def test_a_count_compared_in_its_own_sentence_is_still_read() -> None:
    before = figures_in_sentence("The government identified 52 victims.", 2022)
    found = figures_in_sentence("This compared with 40 victims in 2020.", 2022, before[0], before)
    assert {(f.metric, f.value, f.period_year) for f in found} == {("victims_identified", 40, 2020)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified 88 trafficking victims in 2021, compared with 40 in 2020.",
        "Compared with 40 in 2020, the government identified 88 trafficking victims in 2021.",
        "As compared to 40 in 2020, the government identified 88 trafficking victims in 2021.",
    ],
)
def test_a_comparison_before_its_clause(sentence: str) -> None:
    assert figures_of(sentence) == {
        ("victims_identified", 88, 2021, None),
        ("victims_identified", 40, 2020, None),
    }


def test_a_leading_comparison_of_something_else_is_still_no_figure() -> None:
    sentence = (
        "Compared with screening 288 potential victims in 2020, the government screened 305"
        " potential victims."
    )
    assert figures_of(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        (
            "Compared with 40 in 2020, the government identified 88 victims.",
            "The government identified 88 victims, compared with 40 in 2020.",
        ),
        # A comparison whose clause is its own ("this was", "which") is left where it is.
        (
            "Compared with 40 in 2020, this was an increase.",
            "Compared with 40 in 2020, this was an increase.",
        ),
        (
            "Compared with 226 victims in 2020 and 467 in 2019; this was a decrease.",
            "Compared with 226 victims in 2020 and 467 in 2019; this was a decrease.",
        ),
    ],
)
def test_the_reading_form_of_a_leading_comparison(sentence: str, form: str) -> None:
    assert reading_form(sentence) == form
