"""A second value for a metric and year already stated in the section, read from a sentence
that gives one part of the country's count (a region's, one body's, two bodies' shares) or
another year's ("The previous year, ..."): invented sentences in the report's style, each
after the national count, and the same sentence kept where it is the first count stated."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import Found, section_figures
from tests.ingest.parsing.sentence_figures import plain_figures_of

_TOTAL = "The government identified 120 trafficking victims in 2021, compared with 95 in 2020."
_STATED = {("victims_identified", 120, 2021), ("victims_identified", 95, 2020)}


def _found(text: str, year: int = 2022) -> Found:
    return section_figures(text, year, "protection")


@pytest.mark.parametrize(
    "sentence",
    [
        "In the Kurdistan Region, authorities identified 30 victims.",
        "In Punjab Province, police identified 30 victims.",
        "In the capital, police identified 30 victims.",
        "Police in Lima identified 40 victims in 2021.",
        "Regional authorities identified 44 victims.",
        "Local police identified 44 victims.",
        "Border guards identified 33 victims at the airport.",
        "The Coast Guard identified 33 victims at sea.",
        "The welfare agency initially identified nine potential victims, while the police "
        "initially identified five victims.",
        "In 2021, Agenzjja Appogg identified nine potential victims, whereas the police "
        "identified five victims.",
    ],
)
def test_a_part_of_the_countrys_count_after_it_is_no_second_value(sentence: str) -> None:
    assert _found(f"{_TOTAL} {sentence}") == _STATED


@pytest.mark.parametrize(
    "sentence",
    [
        "In the Kurdistan Region, authorities identified 30 victims in 2021.",
        "Regional authorities identified 30 victims in 2021.",
        "The welfare agency identified 30 victims in 2021, while the police identified 12 "
        "victims in 2021.",
    ],
)
def test_the_same_sentence_stated_first_is_kept(sentence: str) -> None:
    assert ("victims_identified", 30, 2021) in _found(sentence)


@pytest.mark.parametrize(
    "opening",
    ["The previous year,", "The prior reporting period,", "In the previous year,"],
)
def test_the_previous_year_set_off_by_a_comma_dates_the_count(opening: str) -> None:
    sentence = f"{opening} the government identified 60 victims."
    assert plain_figures_of(sentence, 2022) == {("victims_identified", 60, 2020)}


def test_the_previous_years_noun_is_no_period_of_the_sentence() -> None:
    sentence = "The previous year's victims numbered 60, and police identified 50 victims."
    assert plain_figures_of(sentence, 2022) == {("victims_identified", 50, 2021)}


_COUNTS = (
    "Police investigated 50 trafficking cases in 2021 and prosecuted 40 defendants, and courts "
    "convicted 12 traffickers."
)
_COUNTED = {("investigations", 50, 2021), ("prosecutions", 40, 2021), ("convictions", 12, 2021)}


@pytest.mark.parametrize(
    "sentence",
    [
        "From January to June 2021, police investigated 20 cases.",
        "Between January and September 2021, police investigated 20 cases.",
        "Police investigated 20 cases from March through August 2021.",
        "The government also reported 60 investigations under other laws.",
        "Prosecutors in the capital prosecuted 22 defendants.",
        "Courts in Lima convicted five traffickers.",
        "The anti-trafficking police investigated 30 cases and the general police investigated "
        "20 cases.",
    ],
)
def test_a_part_of_the_year_or_of_the_country_is_no_second_value(sentence: str) -> None:
    assert _found(f"{_COUNTS} {sentence}") == _COUNTED


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("From January to December 2021, police investigated 20 cases.", ("investigations", 20)),
        (
            "Between April 2020 and March 2021, the authority identified 907 victims.",
            ("victims_identified", 907),
        ),
    ],
)
def test_a_whole_year_of_months_is_the_years_count(sentence: str, figure: tuple[str, int]) -> None:
    found = _found(sentence)
    assert any((metric, value) == figure for metric, value, _ in found)


def test_one_body_counting_two_years_is_no_contrast_of_bodies() -> None:
    sentence = "The government investigated 30 cases in 2021 and also investigated 20 in 2020."
    assert _found(sentence) == {("investigations", 30, 2021), ("investigations", 20, 2020)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified an additional 20 victims after the reporting period.",
        "Police identified 20 victims since the end of the reporting period.",
        "The government identified 60 victims in the first half of the year.",
        "Police identified 30 victims in the first three months of the reporting period.",
    ],
)
def test_a_count_outside_or_part_of_the_period_is_no_second_value(sentence: str) -> None:
    assert _found(f"{_TOTAL} {sentence}") == _STATED


def test_a_count_during_the_reporting_period_is_read_as_before() -> None:
    sentence = "Police identified 20 victims during the reporting period."
    assert _found(sentence) == {("victims_identified", 20, 2021)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The national police reported 37 of the 48 victims identified by law enforcement were "
        "nationals exploited abroad.",
        "Of the 48 victims identified by the police, 37 were women.",
        "Forty victims identified by labor inspectors received care.",
    ],
)
def test_one_kind_of_bodys_count_after_the_countrys_is_no_second_value(sentence: str) -> None:
    assert _found(f"{_TOTAL} {sentence}") == _STATED


def test_one_kind_of_bodys_count_stated_first_is_kept() -> None:
    sentence = (
        "Police identified 48 victims in 2021; 37 of the 48 victims identified by police were "
        "women."
    )
    assert ("victims_identified", 48, 2021) in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kurdistan Regional Government reported investigating 12 cases.",
        "The Supreme Court convicted four traffickers on appeal.",
        "Courts convicted four traffickers in the appeals courts.",
        "Courts convicted 12 traffickers, and 15 others were convicted in absentia.",
    ],
)
def test_a_regions_government_appeals_and_others_are_no_second_value(sentence: str) -> None:
    assert _found(f"{_COUNTS} {sentence}") == _COUNTED


def test_convictions_upheld_by_no_appeal_are_read() -> None:
    assert _found("Courts convicted four traffickers in 2021.") == {("convictions", 4, 2021)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government provided shelter to one victim identified in a previous reporting "
        "period, compared with providing such services to 12 victims in the previous reporting "
        "period.",
        "Authorities continued to assist 90 victims identified in previous years.",
        "NGOs housed 15 victims identified during prior reporting periods.",
    ],
)
def test_victims_identified_at_some_earlier_time_are_no_count(sentence: str) -> None:
    assert _found(sentence, 2021) == set()


def test_victims_identified_in_the_previous_period_are_its_count() -> None:
    sentence = (
        "The government identified 30 victims during the reporting period, compared with 24 "
        "victims identified in the previous reporting period."
    )
    assert _found(sentence, 2021) == {
        ("victims_identified", 30, 2020),
        ("victims_identified", 24, 2019),
    }


def test_a_comparison_of_the_care_of_victims_identified_is_none() -> None:
    sentence = (
        "The government did not report coordinating the repatriation of foreign national "
        "victims identified in the country during the reporting period, compared to six victims "
        "from five countries in 2018."
    )
    assert plain_figures_of(sentence, 2020) == set()


def test_a_comparison_of_victims_identified_after_no_count_is_read() -> None:
    sentence = (
        "The government did not report the number of victims identified during the reporting "
        "period, compared to six victims in 2018."
    )
    assert plain_figures_of(sentence, 2020) == {("victims_identified", 6, 2018)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities also identified 40 potential victims among Ukrainian refugees.",
        "Police identified 15 victims in the capital.",
        "Police identified 40 victims in the north of the country.",
        "In total, since the law's adoption in 2008, the government has identified 1,500 victims.",
        "Since 2015, authorities have identified 540 victims.",
        "The government identified 25 victims of sex trafficking in its first operation.",
        "The government identified 30 victims in 2021 who were exploited abroad.",
    ],
)
def test_a_group_a_place_an_operation_or_a_cumulative_count_is_no_second_value(
    sentence: str,
) -> None:
    assert _found(f"{_TOTAL} {sentence}") == _STATED


def test_a_since_in_a_clause_inside_the_sentence_dates_nothing() -> None:
    sentence = "The government, which has operated shelters since 2015, identified 30 victims."
    assert _found(sentence) == {("victims_identified", 30, 2021)}
