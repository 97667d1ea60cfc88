"""Figures in phrasings found in the published report (sentences from the development
part of tests/ingest/corpus)."""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing.numbers import parse_digits
from tipwatch.ingest.parsing.statistics import SentenceFigure, figures_in_sentence

Fig = tuple[str, int, int]


def _figures(sentence: str, year: int, context: SentenceFigure | None = None) -> set[Fig]:
    return {
        (f.metric, f.value, f.period_year) for f in figures_in_sentence(sentence, year, context)
    }


def test_counts_joined_by_and_share_their_noun() -> None:
    sentence = (
        "The government identified two confirmed and 129 potential trafficking victims during "
        "law enforcement investigations, compared with 184 confirmed and potential victims in "
        "2016 and 121 in 2015."
    )
    assert _figures(sentence, 2018) == {
        ("victims_identified", 2, 2017),
        ("victims_identified", 129, 2017),
        ("victims_identified", 184, 2016),
        ("victims_identified", 121, 2015),
    }


def test_one_count_for_each_of_two_years() -> None:
    sentence = (
        "Authorities investigated one case of a construction company allegedly forcing 20 "
        "workers to labor on a job site (one investigation each in 2018 and 2017) but did not "
        "forward the case for prosecution."
    )
    assert _figures(sentence, 2020) == {
        ("investigations", 1, 2019),
        ("investigations", 1, 2018),
        ("investigations", 1, 2017),
    }


def test_breakdown_sentence_splits_the_previous_total_by_form() -> None:
    total = SentenceFigure("victims_identified", 40, 2019, None)
    sentence = (
        "Of those, all but six were exploited in Kazakhstan; 35 were victims of sex trafficking "
        "and five were victims of forced labor."
    )
    assert _figures(sentence, 2020, total) == {
        ("victims_identified_sex_trafficking", 35, 2019),
        ("victims_identified_labor_trafficking", 5, 2019),
    }


def test_breakdown_sentence_keeps_the_restated_total_and_drops_other_parts() -> None:
    total = SentenceFigure("victims_identified", 2, 2017, None)
    sentence = (
        "Of the 131 confirmed and potential victims the government identified in 2017, 127 "
        "victims, including 26 children, were sexually exploited."
    )
    assert _figures(sentence, 2018, total) == {
        ("victims_identified", 131, 2017),
        ("victims_identified_sex_trafficking", 127, 2017),
    }
    by_law = SentenceFigure("convictions", 97, 2022, None)
    sentence = (
        "Of those convicted, 94 were convicted under the 2015 TIPLEAA and three were convicted "
        "under violence against persons laws."
    )
    assert _figures(sentence, 2023, by_law) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Complicity of some government officials undermined efforts to combat trafficking, but "
        "the government only reported one ongoing investigation of a complicit official in 2017.",
        "The government also investigated more cases of suspected official complicity in "
        "trafficking crimes and convicted 12 complicit officials in 2017.",
        "These efforts included completing a high-profile investigation, convicting 19 "
        "individuals in the case, including three state officials.",
        "The government identified two child victims in 2016 and eight in 2017.",
        "In addition, NGOs reported to the government that they identified 172 potential victims "
        "of trafficking.",
        "The government identified two victims from Uzbekistan, both in forced begging.",
    ],
)
def test_counts_that_are_not_a_periods_total(sentence: str) -> None:
    assert _figures(sentence, 2018) == set()


def test_prosecutions_carried_over_are_not_new_prosecutions() -> None:
    sentence = (
        "The government initiated prosecutions of 78 suspects, including 67 suspects for sex "
        "trafficking and 11 suspects for labor trafficking, and continued prosecuting 35 suspects "
        "for unspecified forms of trafficking from previous reporting periods."
    )
    assert _figures(sentence, 2023) == {
        ("prosecutions", 78, 2022),
        ("prosecutions_sex_trafficking", 67, 2022),
        ("prosecutions_labor_trafficking", 11, 2022),
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,570", 1570),
        ("1.570", 1570),
        ("12.345.678", 12345678),
        ("1\u202f570", 1570),
        ("1\u00a0570", 1570),
        ("1.5", None),
        ("19.64", None),
    ],
)
def test_thousands_separators(text: str, value: int | None) -> None:
    assert parse_digits(text) == value


def test_full_stop_thousands_in_a_sentence() -> None:
    sentence = "The government reported identifying 1.570 trafficking victims."
    assert _figures(sentence, 2015) == {("victims_identified", 1570, 2014)}


# Shapes of the report's prose not in the corpus, written for these tests.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The government reported the identification of 212 victims of trafficking.",
            {("victims_identified", 212, 2018)},
        ),
        (
            "Investigations increased from 20 in 2017 to 35 in 2018.",
            {("investigations", 20, 2017), ("investigations", 35, 2018)},
        ),
        (
            "Convictions fell from 14 to nine.",
            {("convictions", 14, 2017), ("convictions", 9, 2018)},
        ),
        (
            "In 2018, authorities reported 59, 37, and 12 investigations, prosecutions, and "
            "convictions, respectively.",
            {("investigations", 59, 2018), ("prosecutions", 37, 2018), ("convictions", 12, 2018)},
        ),
        (
            "Police investigated 45 cases, of which 30 involved sex trafficking.",
            {("investigations", 45, 2018), ("investigations_sex_trafficking", 30, 2018)},
        ),
    ],
)
def test_paired_and_respective_figures(sentence: str, expected: set[Fig]) -> None:
    assert _figures(sentence, 2019) == expected
