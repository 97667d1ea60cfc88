"""Shapes of the report's sentences that the seventeenth batch of real passages brought
(tests/ingest/corpus, p902-p945), each tried on invented text written the way the report
writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of

# A sentence opened by "In comparison," and then the earlier period it tells of.


def test_in_comparison_before_the_previous_period_dates_the_sentence_to_it() -> None:
    for sentence in (
        "In comparison, during the previous reporting period, the government investigated "
        "six cases and prosecuted 11 alleged traffickers.",
        "By comparison, in the previous reporting period, the government investigated six "
        "cases and prosecuted 11 alleged traffickers.",
    ):
        assert figures_of(sentence, report_year=2020) == {
            ("investigations", 6, 2018, None),
            ("prosecutions", 11, 2018, None),
        }


def test_in_comparison_alone_leaves_the_reporting_period() -> None:
    for sentence in (
        "In comparison, the government investigated six cases and prosecuted 11 alleged "
        "traffickers during the reporting period.",
        "In comparison with the previous reporting period, the government investigated six "
        "cases and prosecuted 11 alleged traffickers.",
    ):
        assert figures_of(sentence, report_year=2020) == {
            ("investigations", 6, 2019, None),
            ("prosecutions", 11, 2019, None),
        }


# One zero that a list of metrics shares.


def test_a_zero_before_a_list_of_metrics_is_each_metrics_zero() -> None:
    for sentence in (
        "This compared with 14 investigations in 2017 and zero investigations, prosecutions, "
        "or convictions in 2016.",
        "This compared with 14 investigations in 2017 and no investigations, prosecutions, "
        "or convictions in 2016.",
    ):
        assert {f for f in figures_of(sentence, report_year=2019) if f[2] == 2016} == {
            ("investigations", 0, 2016, None),
            ("prosecutions", 0, 2016, None),
            ("convictions", 0, 2016, None),
        }


def test_no_prosecutions_or_convictions_in_a_comparison_is_both_zeros() -> None:
    sentence = (
        "Authorities prosecuted four suspects, compared with three investigations and no "
        "prosecutions or convictions the previous reporting period."
    )
    assert figures_of(sentence, report_year=2021) == {
        ("prosecutions", 4, 2020, None),
        ("investigations", 3, 2019, None),
        ("prosecutions", 0, 2019, None),
        ("convictions", 0, 2019, None),
    }


def test_a_zero_of_one_metric_is_not_shared_with_a_counted_one() -> None:
    sentence = "The government reported zero investigations and 12 prosecutions in 2016."
    assert figures_of(sentence, report_year=2019) == {
        ("investigations", 0, 2016, None),
        ("prosecutions", 12, 2016, None),
    }
    assert (
        figures_of(
            "The government did not report investigations, prosecutions, or convictions in 2016.",
            report_year=2019,
        )
        == set()
    )


# A zero for two years named together.


def test_no_victims_in_two_years_named_together_is_each_years_zero() -> None:
    sentence = (
        "The government identified five victims, compared with no victims identified in "
        "2017 and 2018 and nine in 2016."
    )
    assert figures_of(sentence, report_year=2020) == {
        ("victims_identified", 5, 2019, None),
        ("victims_identified", 0, 2017, None),
        ("victims_identified", 0, 2018, None),
        ("victims_identified", 9, 2016, None),
    }


def test_a_count_over_two_years_named_together_is_not_each_years() -> None:
    sentence = "Authorities identified 31 victims in 2017 and 2018 combined."
    found = figures_of(sentence, report_year=2020)
    assert ("victims_identified", 31, 2018, None) not in found


# The convicted traffickers a partition counts.


def test_n_out_of_m_convicted_traffickers_is_m_convictions() -> None:
    for sentence, value in (
        ("However, 11 out of 15 convicted traffickers received fully suspended sentences.", 15),
        ("Four of five convicted traffickers received probation without serving time.", 5),
        ("Only three of the nine convicted offenders served time in prison.", 9),
    ):
        assert figures_of(sentence, report_year=2020) == {("convictions", value, 2019, None)}


def test_the_convicted_of_a_partition_keep_their_form_and_period() -> None:
    assert figures_of(
        "Only 18 of the 53 convicted sex traffickers received prison sentences.",
        report_year=2020,
    ) == {("convictions_sex_trafficking", 53, 2019, None)}
    assert figures_of(
        "In 2018, four of five convicted traffickers received probation.", report_year=2020
    ) == {("convictions", 5, 2018, None)}


def test_a_partition_of_other_people_is_left_alone() -> None:
    for sentence in (
        "However, 11 out of 15 defendants were acquitted.",
        "Four of five identified victims were women.",
        "Four of five suspected traffickers remained at large.",
    ):
        assert not {f for f in figures_of(sentence, report_year=2020) if f[0] == "convictions"}


# "For the first time since 2013" dates an event; it is no count since that year.


def test_for_the_first_time_since_a_year_keeps_the_count() -> None:
    for sentence in (
        "These efforts included initiating two prosecutions and doing so for the first time "
        "since 2013; and launching an awareness campaign.",
        "The government initiated two prosecutions, for the first time since 2013.",
    ):
        assert figures_of(sentence) == {("prosecutions", 2, 2021, None)}


def test_a_count_since_a_year_stays_cumulative() -> None:
    assert figures_of("The government has initiated 40 prosecutions since 2013.") == set()
    assert figures_of("Authorities initiated two prosecutions since 2013.") == set()


# Cases received or opened "for investigation".


def test_cases_received_for_investigation_are_investigations() -> None:
    for sentence in (
        "The anti-slavery courts received 47 cases for investigation involving at least 53 "
        "suspects.",
        "Police opened 12 cases for investigation during the year.",
    ):
        found = figures_of(sentence, report_year=2017)
        assert {f for f in found if f[0] == "investigations"} == {
            ("investigations", 47 if "47" in sentence else 12, 2016, None)
        }


def test_cases_received_for_other_purposes_are_left_alone() -> None:
    for sentence in (
        "The hotline received 47 calls for assistance.",
        "The labor inspectorate received 47 complaints for review.",
        "The hotline referred 47 cases for investigation.",
    ):
        assert figures_of(sentence, report_year=2017) == set()


# A count of investigations the period completed from an earlier one.


def test_investigations_completed_from_an_earlier_period_are_no_new_count() -> None:
    for sentence in (
        "The court completed one investigation from the previous reporting period that led "
        "to the conviction of two defendants.",
        "Prosecutors concluded three investigations from previous reporting periods.",
    ):
        assert not {f for f in figures_of(sentence, report_year=2017) if f[0] == "investigations"}


def test_a_comparison_with_the_previous_periods_count_stays() -> None:
    sentence = (
        "Police initiated nine investigations, compared with five investigations during the "
        "previous reporting period."
    )
    assert figures_of(sentence, report_year=2017) == {
        ("investigations", 9, 2016, None),
        ("investigations", 5, 2015, None),
    }


# Victims identified within the asylum system: one group's share.


def test_victims_within_the_asylum_system_are_a_groups_share() -> None:
    for sentence in (
        "The government reported identifying four trafficking victims within the asylum system.",
        "Authorities identified 12 victims among asylum-seekers in 2022.",
    ):
        assert figures_of(sentence, report_year=2023) == set()


def test_victims_among_other_populations_stay_the_count() -> None:
    for sentence in (
        "The government identified 40 trafficking victims among vulnerable populations.",
        "The government identified 40 trafficking victims among migrant workers.",
    ):
        assert figures_of(sentence, report_year=2023) == {("victims_identified", 40, 2022, None)}


def test_a_total_with_a_part_within_the_asylum_system_stays() -> None:
    sentence = (
        "The government identified 38 victims in 2022, including four within the asylum system."
    )
    assert figures_of(sentence, report_year=2023) == {("victims_identified", 38, 2022, None)}
