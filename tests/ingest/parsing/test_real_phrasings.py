"""Figures in phrasings found in the published report (sentences from the development
part of tests/ingest/corpus)."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import PlainFig, plain_figures_of
from tipwatch.ingest.parsing.numbers import parse_digits
from tipwatch.ingest.parsing.statistics import SentenceFigure, figures_in_sentence


def test_counts_joined_by_and_share_their_noun() -> None:
    sentence = (
        "The government identified two confirmed and 129 potential trafficking victims during "
        "law enforcement investigations, compared with 184 confirmed and potential victims in "
        "2016 and 121 in 2015."
    )
    assert plain_figures_of(sentence, 2018) == {
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
    assert plain_figures_of(sentence, 2020) == {
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
    assert plain_figures_of(sentence, 2020, total) == {
        ("victims_identified_sex_trafficking", 35, 2019),
        ("victims_identified_labor_trafficking", 5, 2019),
    }


def test_breakdown_sentence_keeps_the_restated_total_and_drops_other_parts() -> None:
    total = SentenceFigure("victims_identified", 2, 2017, None)
    sentence = (
        "Of the 131 confirmed and potential victims the government identified in 2017, 127 "
        "victims, including 26 children, were sexually exploited."
    )
    assert plain_figures_of(sentence, 2018, total) == {
        ("victims_identified", 131, 2017),
        ("victims_identified_sex_trafficking", 127, 2017),
    }
    by_law = SentenceFigure("convictions", 97, 2022, None)
    sentence = (
        "Of those convicted, 94 were convicted under the 2015 TIPLEAA and three were convicted "
        "under violence against persons laws."
    )
    assert plain_figures_of(sentence, 2023, by_law) == set()


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
    assert plain_figures_of(sentence, 2018) == set()


def test_prosecutions_carried_over_are_not_new_prosecutions() -> None:
    sentence = (
        "The government initiated prosecutions of 78 suspects, including 67 suspects for sex "
        "trafficking and 11 suspects for labor trafficking, and continued prosecuting 35 suspects "
        "for unspecified forms of trafficking from previous reporting periods."
    )
    assert plain_figures_of(sentence, 2023) == {
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
    assert plain_figures_of(sentence, 2015) == {("victims_identified", 1570, 2014)}


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
def test_paired_and_respective_figures(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2019) == expected


# Phrasings of the second batch's development passages (p090, p093, p144, p149, p028).


def test_none_in_a_year_is_an_explicit_zero_and_a_second_offense_is_no_form() -> None:
    sentence = (
        "The Ministry of Justice\u2019s anti-human trafficking office (AHTO) investigated 11 "
        "potential cases of labor trafficking and exploiting a trafficked person, one of which was "
        "investigated for soliciting sex acts from a sex trafficking victim, compared with 14 "
        "potential trafficking case investigations in 2017 and none in 2016."
    )
    assert plain_figures_of(sentence, 2019) == {
        ("investigations", 11, 2018),
        ("investigations", 14, 2017),
        ("investigations", 0, 2016),
    }


def test_none_without_a_period_is_no_count() -> None:
    sentence = (
        "The government reported that of the 1,298 individuals convicted on prostitution charges "
        "in 2017, none were trafficking victims."
    )
    assert plain_figures_of(sentence, 2018) == set()


def test_a_national_convicted_of_one_form_and_traffickers_convicted_in_a_year() -> None:
    assert plain_figures_of(
        "Separately, the courts convicted one Bangladeshi national of labor trafficking and "
        "sentenced him to 25 years\u2019 imprisonment.",
        2019,
    ) == {("convictions_labor_trafficking", 1, 2018)}
    assert plain_figures_of(
        "This is compared with three traffickers convicted in 2017, two of whom received "
        "suspended sentences.",
        2019,
    ) == {("convictions", 3, 2017)}


def test_counts_carried_over_and_one_conviction_described_are_no_figures() -> None:
    sentence = (
        "The government investigated 403 cases under the PSHTA (including 29 investigations "
        "continued from previous years), prosecuted 312 suspects (256 for sex trafficking and 56 "
        "for forced labor), and convicted 25 individuals in nine trafficking-related cases."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations", 403, 2019),
        ("prosecutions", 312, 2019),
        ("prosecutions_sex_trafficking", 256, 2019),
        ("prosecutions_labor_trafficking", 56, 2019),
        ("convictions", 25, 2019),
    }
    assert (
        plain_figures_of("However, at least one reported conviction was for baby selling.", 2020)
        == set()
    )


def test_figures_after_previous_reporting_period_when_are_of_that_period() -> None:
    sentence = (
        "This is a decrease in investigations but increase in convictions from the previous "
        "reporting period, when the government investigated 592 cases, prosecuted an unknown "
        "number of suspects, and convicted eight traffickers in five cases."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations", 592, 2018),
        ("convictions", 8, 2018),
    }


def test_victims_confirmed_in_a_year_and_split_by_exploitation() -> None:
    assert plain_figures_of(
        "Both years represented a marked increase over the 305 victims confirmed in 2015.", 2018
    ) == {("victims_identified", 305, 2015)}
    sentence = (
        "The government identified 180 confirmed trafficking victims \u2013 36 exploited in sex "
        "trafficking and 144 exploited in forced labor \u2013 among 510 potential victims "
        "identified, compared with 96 confirmed victims among 373 potential victims in the "
        "previous reporting period."
    )
    assert plain_figures_of(sentence, 2023) >= {
        ("victims_identified", 180, 2022),
        ("victims_identified_sex_trafficking", 36, 2022),
        ("victims_identified_labor_trafficking", 144, 2022),
    }


def test_a_breakdown_by_sex_and_age_gives_no_figures() -> None:
    total = SentenceFigure("victims_identified", 180, 2022, None)
    sentence = (
        "Of the 180 confirmed victims, traffickers exploited 23 women and seven girls in sex "
        "trafficking, including one victim with disabilities, and 58 women, 74 men, seven girls, "
        "and five boys in forced labor."
    )
    assert plain_figures_of(sentence, 2023, total) == set()


def test_counts_of_government_funded_civil_society_are_not_the_governments() -> None:
    sentence = (
        "Government-funded civil society organizations identified nine potential trafficking "
        "victims, compared with seven in 2017."
    )
    assert plain_figures_of(sentence, 2019) == set()


def test_a_number_the_government_estimated_is_approximate() -> None:
    sentence = (
        "However, the government estimated it identified 100 victims in 2019 (the last reported "
        "official statistic was 262 victims identified and assisted in 2016)."
    )
    found = figures_in_sentence(sentence, 2020)
    assert {(f.metric, f.value, f.period_year, f.qualifier) for f in found} == {
        ("victims_identified", 100, 2019, "approximately"),
        ("victims_identified", 262, 2016, None),
    }


def test_a_continued_investigation_is_no_figure_and_one_initiated_is() -> None:
    sentence = (
        "Despite these efforts, including its continued investigation of nine suspected "
        "traffickers and the initiation of one potential trafficking investigation in 2011, the "
        "government did not demonstrate evidence of overall increasing efforts."
    )
    assert plain_figures_of(sentence, 2012) == {("investigations", 1, 2011)}


def test_new_and_continued_counts_sharing_one_noun() -> None:
    sentence = (
        "The government reported initiating 10 and continuing 13 investigations, compared with "
        "initiating 11 and continuing three investigations during the previous reporting period."
    )
    assert plain_figures_of(sentence, 2023) == {
        ("investigations", 10, 2022),
        ("investigations", 11, 2021),
    }


def test_a_count_of_potential_victims_in_investigations_is_no_figure() -> None:
    sentence = (
        "The government's anti-trafficking law enforcement efforts continued at previous levels, "
        "but resulted in only 11 new labor and sex trafficking investigations involving 37 "
        "potential victims, compared with 12 new investigations involving 53 potential victims "
        "in 2015."
    )
    assert plain_figures_of(sentence, 2017) == {
        ("investigations", 11, 2016),
        ("investigations", 12, 2015),
    }
