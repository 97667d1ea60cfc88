"""Counts set "respectively" against periods counted, not named ("compared with 24 and 30
victims, respectively, in the two prior reporting periods"), and against counts before them
of which some name no metric. Invented sentences in the report's style."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import plain_figures_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Police identified 11 trafficking victims during the reporting period, compared with 24"
        " and 30 victims, respectively, in the two prior reporting periods.",
        "Police identified 11 victims, compared with 24 and 30 victims in the previous two "
        "reporting periods, respectively.",
        "Police identified 11 victims, compared with 24 and 30, respectively, in the two "
        "preceding years.",
    ],
)
def test_counts_respectively_in_the_prior_periods_take_one_year_each(sentence: str) -> None:
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 11, 2019),
        ("victims_identified", 24, 2018),
        ("victims_identified", 30, 2017),
    }


def test_three_prior_years_are_three_years_and_no_count() -> None:
    sentence = (
        "Police identified 11 victims, compared with 24, 30, and 35 victims, respectively, in "
        "the three prior years."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 11, 2019),
        ("victims_identified", 24, 2018),
        ("victims_identified", 30, 2017),
        ("victims_identified", 35, 2016),
    }


def test_named_years_respectively_are_read_as_before() -> None:
    sentence = "Authorities prosecuted 40 and 33 defendants in 2019 and 2018, respectively."
    assert plain_figures_of(sentence, 2020) == {
        ("prosecutions", 40, 2019),
        ("prosecutions", 33, 2018),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Police identified 11 victims and 12 suspects, compared with 24 and 30, respectively, "
        "in 2018.",
        "Police arrested 12 suspects and identified 11 victims, compared with 30 and 24, "
        "respectively, in 2018.",
    ],
)
def test_a_compared_count_set_against_a_count_of_no_metric_is_none(sentence: str) -> None:
    found = plain_figures_of(sentence, 2020)
    assert ("victims_identified", 30, 2018) not in found
    assert ("victims_identified", 11, 2019) in found


def test_years_named_after_respectively_take_one_count_each() -> None:
    sentence = (
        "Police investigated 11 cases, compared with 24 and 30, respectively, in 2020 and 2019."
    )
    assert plain_figures_of(sentence, 2022) == {
        ("investigations", 11, 2021),
        ("investigations", 24, 2020),
        ("investigations", 30, 2019),
    }


def test_one_year_after_respectively_maps_the_counts_onto_the_metrics() -> None:
    sentence = (
        "Police investigated 11 cases and prosecuted 12 suspects, compared with 24 and 30, "
        "respectively, in 2020."
    )
    assert plain_figures_of(sentence, 2022) == {
        ("investigations", 11, 2021),
        ("prosecutions", 12, 2021),
        ("investigations", 24, 2020),
        ("prosecutions", 30, 2020),
    }
