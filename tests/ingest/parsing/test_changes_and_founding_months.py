"""Counts told by their change ("increased by 12 to 47 in 2021"), each after its year in
brackets ("in 2021 (74) compared with 2020 (95)"), and counted over a new body's first months
("In its first few months the unit investigated 13 cases", dated by the sentence before).
Invented sentences in the report's style."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import plain_figures_of
from tipwatch.ingest.parsing.statistics import figures_in_sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The number of victims identified increased by 12 to 47 in 2021.",
            {("victims_identified", 47, 2021), ("victims_identified", 35, 2020)},
        ),
        (
            "Investigations decreased by five to 20.",
            {("investigations", 20, 2021), ("investigations", 25, 2020)},
        ),
        (
            "Trafficking convictions rose by three to 11 in 2020.",
            {("convictions", 11, 2020), ("convictions", 8, 2019)},
        ),
    ],
)
def test_a_count_told_by_its_change_gives_both_years(
    sentence: str, expected: set[tuple[str, int, int]]
) -> None:
    assert plain_figures_of(sentence, 2022) == expected


def test_a_change_in_percent_gives_no_earlier_count() -> None:
    found = plain_figures_of("Convictions rose by 10 percent to 30 in 2021.", 2022)
    assert ("convictions", 20, 2020) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified fewer victims in 2021 (74) compared with 2020 (95).",
        "Authorities identified more victims in 2021 (74) than in 2020 (95).",
    ],
)
def test_counts_in_brackets_after_their_years(sentence: str) -> None:
    assert plain_figures_of(sentence, 2022) == {
        ("victims_identified", 74, 2021),
        ("victims_identified", 95, 2020),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified fewer child victims in 2021 (74) compared with 2020 (95).",
        "Authorities identified fewer Nigerian victims in 2021 (74) than in 2020 (95).",
    ],
)
def test_one_groups_counts_in_brackets_are_no_figures(sentence: str) -> None:
    assert plain_figures_of(sentence, 2022) == set()


_FOUNDED = (
    "In January 2005, the government established and funded a new anti-trafficking unit with "
    "a staff of 49."
)


def _after(previous_text: str, sentence: str, report_year: int) -> set[tuple[str, int, int]]:
    found = figures_in_sentence(sentence, report_year, None, (), previous_text)
    return {(f.metric, f.value, f.period_year) for f in found}


def test_the_first_months_of_a_body_founded_the_sentence_before_take_its_year() -> None:
    sentence = "In its first few months the unit investigated 13 cases and arrested 30 traffickers."
    assert _after(_FOUNDED, sentence, 2005) == {("investigations", 13, 2005)}


def test_first_months_with_no_founding_before_are_the_reporting_periods() -> None:
    sentence = "In its first few months the unit investigated 13 cases."
    assert _after("The government adopted a plan.", sentence, 2005) == {
        ("investigations", 13, 2004)
    }


def test_a_founding_long_before_the_report_dates_nothing() -> None:
    sentence = "In its first six months the unit investigated 13 cases."
    founded = "In 1998, the government established a unit."
    assert _after(founded, sentence, 2005) == {("investigations", 13, 2004)}


def test_the_reports_own_year_stays_out_of_other_sentences() -> None:
    assert _after(_FOUNDED, "The unit investigated 13 cases in 2005.", 2005) == set()
