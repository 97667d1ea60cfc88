"""Shapes of the report's sentences that the fifteenth batch of real passages brought
(tests/ingest/corpus, p833-p867), each tried on invented text written the way the report
writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of
from tipwatch.ingest.parsing.sentences import split_sentences
from tipwatch.ingest.parsing.statistics import figures_in_sentence


def test_a_full_stop_without_a_blank_still_ends_a_sentence() -> None:
    text = "It fell from 1,025 in FY 2013.The Federal Bureau opened 835 cases."
    assert split_sentences(text) == [
        "It fell from 1,025 in FY 2013.",
        "The Federal Bureau opened 835 cases.",
    ]


def test_initialisms_decimals_and_addresses_keep_their_full_stops() -> None:
    for text in (
        "The U.S.Department of Labor helped.",
        "About 1.5 million people were at risk.",
        "Reports are on state.gov and refworld.org for readers.",
        "Mr.Smith testified.",
    ):
        assert split_sentences(text) == [text]


def test_the_same_amount_as_an_earlier_year_states_its_count() -> None:
    found = figures_of(
        "The government investigated 12 new trafficking cases in 2021, the same amount as in 2020."
    )
    assert found == {("investigations", 12, 2021, None), ("investigations", 12, 2020, None)}


def test_counts_carried_over_are_no_new_count() -> None:
    found = figures_of(
        "The government investigated 12 new cases in 2021; five additional investigations "
        "were carried over from 2020."
    )
    assert found == {("investigations", 12, 2021, None)}
    # a count the report says was carried forward is still open, not the period's
    assert figures_of("Seven prosecutions were carried forward from earlier years.") == set()


def test_none_for_a_form_is_that_forms_zero() -> None:
    found = figures_of(
        "The government convicted four traffickers for forced labor and none for sex "
        "trafficking, compared with seven traffickers convicted in 2020."
    )
    assert found == {
        ("convictions_labor_trafficking", 4, 2021, None),
        ("convictions_sex_trafficking", 0, 2021, None),
        ("convictions", 7, 2020, None),
    }


def test_none_without_a_form_or_a_period_is_still_no_count() -> None:
    assert (
        figures_of("The government reported none of the identified victims were children.") == set()
    )
    assert figures_of("The ministry said none for sex trafficking was reported by NGOs.") == set()


def test_the_people_charged_in_counted_prosecutions_are_no_count() -> None:
    found = figures_of(
        "Prosecutors initiated a total of 40 prosecutions in 2021, charging 62 defendants."
    )
    assert found == {("prosecutions", 40, 2021, None)}
    found = figures_of(
        "Prosecutors brought 12 prosecutions charging 30 suspects, compared with nine "
        "prosecutions charging 14 suspects in 2020."
    )
    assert found == {("prosecutions", 12, 2021, None), ("prosecutions", 9, 2020, None)}


def test_a_count_of_people_charged_alone_is_still_read() -> None:
    assert figures_of("Police charged 15 suspects with trafficking in 2021.") == {
        ("prosecutions", 15, 2021, None)
    }


def test_a_split_by_the_predominant_form_is_read() -> None:
    total = figures_in_sentence(
        "The ministry initiated a total of 90 trafficking prosecutions in 2021.", 2022
    )
    found = figures_of(
        "Of these prosecutions, 70 involved predominantly sex trafficking and 20 involved "
        "predominantly labor trafficking, although some involved both.",
        total,
    )
    assert found == {
        ("prosecutions_sex_trafficking", 70, 2021, None),
        ("prosecutions_labor_trafficking", 20, 2021, None),
    }


def test_a_part_of_both_forms_is_still_no_split() -> None:
    total = figures_in_sentence(
        "The ministry initiated a total of 90 trafficking prosecutions in 2021.", 2022
    )
    found = figures_of(
        "Of these prosecutions, 70 involved predominantly sex trafficking and 20 involved "
        "sex and labor trafficking.",
        total,
    )
    assert found == {("prosecutions_sex_trafficking", 70, 2021, None)}


def test_a_clause_during_the_compared_year_takes_that_year() -> None:
    found = figures_of(
        "These figures represent an increase from 2018, during which prosecutors brought 16 "
        "prosecutions charging 25 defendants."
    )
    assert found == {("prosecutions", 16, 2018, None)}
    found = figures_of(
        "These figures represent an increase from FY 2013, during which DOJ brought 161 "
        "prosecutions.",
        report_year=2016,
    )
    assert found == {("prosecutions", 161, 2013, None)}


def test_a_new_clause_after_a_compared_year_is_the_periods_own() -> None:
    found = figures_of(
        "Efforts increased compared to 2019, and during the year authorities convicted 12 "
        "traffickers."
    )
    assert found == {("convictions", 12, 2021, None)}
    found = figures_of(
        "In 2021, during which courts were closed, authorities convicted 12 traffickers."
    )
    assert found == {("convictions", 12, 2021, None)}
