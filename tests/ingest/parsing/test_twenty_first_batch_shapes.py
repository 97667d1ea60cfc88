"""Shapes of the report's sentences that the twenty-first batch of real passages brought
(tests/ingest/corpus, p1065-p1104), each tried on invented text written the way the report
writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of

# --- "over the last year": the twelve months the report covers ---------------------------


def test_counts_told_over_the_last_year_are_the_reporting_periods() -> None:
    sentence = (
        "It investigated 12 trafficking cases, prosecuted two alleged traffickers, and"
        " produced one trafficking-related conviction over the last year."
    )
    assert figures_of(sentence, report_year=2005) == {
        ("investigations", 12, 2004, None),
        ("prosecutions", 2, 2004, None),
        ("convictions", 1, 2004, None),
    }


def test_a_sentence_opening_during_the_last_year_counts_the_reporting_period() -> None:
    sentence = (
        "During the last year, the government investigated 14 trafficking cases and"
        " convicted three traffickers."
    )
    assert figures_of(sentence, report_year=2009) == {
        ("investigations", 14, 2008, None),
        ("convictions", 3, 2008, None),
    }


def test_throughout_the_last_year_is_the_reporting_period_too() -> None:
    sentence = "Authorities convicted five traffickers throughout the last year."
    assert figures_of(sentence, report_year=2009) == {("convictions", 5, 2008, None)}


def test_last_year_alone_stays_the_year_before_the_reporting_period() -> None:
    sentence = "The government investigated 14 cases, compared with 12 last year."
    assert figures_of(sentence, report_year=2009) == {
        ("investigations", 14, 2008, None),
        ("investigations", 12, 2007, None),
    }


def test_the_last_reporting_period_stays_the_one_before() -> None:
    compared = (
        "The government investigated 14 cases, compared with 12 during the last reporting period."
    )
    assert figures_of(compared, report_year=2009) == {
        ("investigations", 14, 2008, None),
        ("investigations", 12, 2007, None),
    }
    opening = "During the last reporting period, the government investigated 14 cases."
    assert figures_of(opening, report_year=2009) == {("investigations", 14, 2007, None)}


# --- offenders convicted "in N cases": the count told in cases ----------------------------


def test_traffickers_convicted_in_cases_count_the_convictions() -> None:
    sentence = "The courts convicted traffickers in 67 cases, an increase from the previous year."
    assert figures_of(sentence, report_year=2005) == {("convictions", 67, 2004, None)}


def test_suspects_prosecuted_in_cases_count_the_prosecutions_with_their_form() -> None:
    assert figures_of("Authorities prosecuted suspects in 14 cases.", report_year=2020) == {
        ("prosecutions", 14, 2019, None)
    }
    sentence = "Courts convicted sex traffickers in 12 cases in 2019."
    assert figures_of(sentence, report_year=2020) == {
        ("convictions_sex_trafficking", 12, 2019, None)
    }


def test_offenders_in_a_year_or_a_place_are_no_count_of_cases() -> None:
    assert figures_of("The government convicted traffickers in 2019.", report_year=2020) == set()
    assert figures_of("Police investigated suspects in three regions.", report_year=2020) == set()


def test_victims_identified_in_cases_and_a_count_before_the_cases_stay_as_they_were() -> None:
    assert figures_of("Authorities identified victims in five cases.", report_year=2020) == set()
    sentence = "The government convicted 12 traffickers in 10 cases."
    assert figures_of(sentence, report_year=2020) == {("convictions", 12, 2019, None)}
