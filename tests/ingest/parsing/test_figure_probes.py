"""Figures in shapes found wrong by probing the importer with invented sentences written the
way the report writes its prosecution and protection sections: ranges, thousands grouped with
a plain blank, parts by form told in a relative clause. Each reading comes with the text it
must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of

# --- ranges: neither end is a count -------------------------------------------------------


def test_the_first_number_of_a_dashed_range_is_no_count() -> None:
    assert figures_of("The government investigated 10-15 cases in 2021.") == set()
    assert figures_of("The government investigated 40\u201350 cases in 2021.") == set()


def test_a_range_told_with_to_is_no_count() -> None:
    assert figures_of("The government investigated 200 to 300 cases in 2021.") == set()
    assert figures_of("Authorities identified 12 to 15 victims.") == set()
    assert figures_of("Authorities identified two to three victims.") == set()


def test_a_compared_range_is_no_count_either() -> None:
    sentence = "The government identified 90 victims, compared with 45 to 50 in 2020."
    assert figures_of(sentence) == {("victims_identified", 90, 2021, None)}


def test_a_change_from_one_count_to_another_keeps_both() -> None:
    assert figures_of("Prosecutions rose from 20 to 35 during the reporting period.") == {
        ("prosecutions", 20, 2020, None),
        ("prosecutions", 35, 2021, None),
    }
    sentence = "The number of victims identified decreased from 200 to 150."
    assert figures_of(sentence) == {
        ("victims_identified", 200, 2020, None),
        ("victims_identified", 150, 2021, None),
    }
    sentence = "The number of investigations increased from 20 in 2020 to 35 in 2021."
    assert figures_of(sentence) == {
        ("investigations", 20, 2020, None),
        ("investigations", 35, 2021, None),
    }


def test_a_range_between_two_numbers_and_years_of_sentences_stay_no_counts() -> None:
    assert figures_of("The government investigated between 10 and 15 cases in 2021.") == set()
    sentence = "Authorities convicted 12 traffickers, sentencing them to 2 to 10 years in prison."
    assert figures_of(sentence) == {("convictions", 12, 2021, None)}


# --- thousands grouped with a plain blank ("1 234"), as copies print them -----------------


def test_thousands_grouped_with_a_blank_are_one_number() -> None:
    sentence = "The government identified 1 234 victims in 2021, compared with 1 100 in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 1234, 2021, None),
        ("victims_identified", 1100, 2020, None),
    }
    assert figures_of("In 2021, 12 100 victims were identified.") == {
        ("victims_identified", 12100, 2021, None)
    }


def test_other_groupings_and_separate_numbers_stay_as_they_were() -> None:
    sentence = "Authorities identified 1.234 victims in 2021, compared with 1,100 in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 1234, 2021, None),
        ("victims_identified", 1100, 2020, None),
    }
    assert figures_of("Authorities identified 1\u202f234 victims in 2021.") == {
        ("victims_identified", 1234, 2021, None)
    }
    # a year's four digits before a count are no thousands
    assert figures_of("In 2021 234 victims were identified.") == {
        ("victims_identified", 234, 2021, None)
    }
    sentence = "The government investigated 12 cases, prosecuted 20 and convicted 10 in 2021."
    assert figures_of(sentence) == {
        ("investigations", 12, 2021, None),
        ("prosecutions", 20, 2021, None),
        ("convictions", 10, 2021, None),
    }


# --- a part's form told in a relative clause ("25 of which were for sex trafficking") -----


def test_a_relative_clause_names_the_parts_form() -> None:
    sentence = (
        "The government investigated 40 cases, 25 of which were for sex trafficking and 15"
        " for labor trafficking."
    )
    assert figures_of(sentence) == {
        ("investigations", 40, 2021, None),
        ("investigations_sex_trafficking", 25, 2021, None),
        ("investigations_labor_trafficking", 15, 2021, None),
    }
    sentence = (
        "The government investigated 40 cases, 25 of which involved sex trafficking and 15"
        " labor trafficking."
    )
    assert figures_of(sentence) == {
        ("investigations", 40, 2021, None),
        ("investigations_sex_trafficking", 25, 2021, None),
        ("investigations_labor_trafficking", 15, 2021, None),
    }
    sentence = (
        "The government identified 40 victims, 25 of whom were sex trafficking victims and 15"
        " labor trafficking victims."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 40, 2021, None),
        ("victims_identified_sex_trafficking", 25, 2021, None),
        ("victims_identified_labor_trafficking", 15, 2021, None),
    }


def test_a_relative_clause_of_a_group_or_a_status_names_no_form() -> None:
    for sentence in (
        "The government identified 40 victims, 25 of whom were women.",
        "The government identified 40 victims, 25 of whom were children and 15 adults.",
        "The government identified 40 victims, 25 of whom were child sex trafficking victims.",
    ):
        assert figures_of(sentence) == {("victims_identified", 40, 2021, None)}, sentence
    sentence = "Police investigated 40 cases, 12 of which remained ongoing."
    assert figures_of(sentence) == {("investigations", 40, 2021, None)}
    sentence = "The government identified 40 victims, 25 of whom were exploited in sex trafficking."
    assert figures_of(sentence) == {
        ("victims_identified", 40, 2021, None),
        ("victims_identified_sex_trafficking", 25, 2021, None),
    }


# --- periods: a fiscal year over two calendar years, two periods back, a month ----------


def test_a_fiscal_year_over_two_calendar_years_is_the_year_it_ends_in() -> None:
    for sentence in (
        "In FY 2020-2021, the government identified 45 victims.",
        "In fiscal year 2020/21, the government identified 45 victims.",
        "During the 2020-21 fiscal year, the government identified 45 victims.",
    ):
        assert figures_of(sentence, report_year=2023) == {("victims_identified", 45, 2021, None)}, (
            sentence
        )
    sentence = "The government identified 45 victims, compared with 30 in FY 2019-2020."
    assert figures_of(sentence, report_year=2023) == {
        ("victims_identified", 45, 2022, None),
        ("victims_identified", 30, 2020, None),
    }


def test_fiscal_years_of_one_number_and_spans_of_calendar_years_stay_as_they_were() -> None:
    assert figures_of("In FY 2021, the government identified 45 victims.", report_year=2023) == {
        ("victims_identified", 45, 2021, None)
    }
    sentence = "The government identified 45 victims in fiscal year 2021."
    assert figures_of(sentence, report_year=2023) == {("victims_identified", 45, 2021, None)}
    sentence = "From April 2020 to March 2021, the government investigated 40 cases."
    assert figures_of(sentence, report_year=2022) == {("investigations", 40, 2021, None)}


def test_the_period_before_the_previous_one_is_two_periods_back() -> None:
    sentence = (
        "Authorities identified 45 trafficking victims, compared with 30 during the previous"
        " reporting period and 20 in the reporting period before that."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 30, 2020, None),
        ("victims_identified", 20, 2019, None),
    }
    sentence = (
        "Authorities convicted 12 traffickers, compared with 10 the previous year and eight the"
        " year before that."
    )
    assert figures_of(sentence) == {
        ("convictions", 12, 2021, None),
        ("convictions", 10, 2020, None),
        ("convictions", 8, 2019, None),
    }
    sentence = "During the year before that, authorities convicted eight traffickers."
    assert figures_of(sentence) == {("convictions", 8, 2019, None)}


def test_the_reporting_period_and_the_previous_one_stay_as_they_were() -> None:
    sentence = (
        "Authorities convicted 12 traffickers in the reporting period, compared with 10 in the"
        " previous reporting period."
    )
    assert figures_of(sentence) == {
        ("convictions", 12, 2021, None),
        ("convictions", 10, 2020, None),
    }
    sentence = "In the previous reporting period, authorities convicted eight traffickers."
    assert figures_of(sentence) == {("convictions", 8, 2020, None)}


def test_victims_counted_from_one_month_to_another_are_no_group_from_a_place() -> None:
    sentence = "The government identified 45 victims from January to December 2021."
    assert figures_of(sentence) == {("victims_identified", 45, 2021, None)}
    sentence = "The government identified 45 victims from April 2020 to March 2021."
    assert figures_of(sentence) == {("victims_identified", 45, 2021, None)}


def test_victims_from_a_place_stay_a_group() -> None:
    for sentence in (
        "The government identified 45 victims from Nigeria.",
        "The government identified 45 victims in Lima.",
        "The government identified 45 victims from the Philippines.",
    ):
        assert figures_of(sentence) == set(), sentence


# --- "it identified 30 in the previous reporting period": the victims left out -----------


def test_a_bare_count_identified_after_a_count_of_victims_is_of_victims() -> None:
    sentence = (
        "The government identified 45 victims during the reporting period; it identified 30 in"
        " the previous reporting period."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 30, 2020, None),
    }
    for sentence in (
        "The government identified 45 victims in 2021; in 2020, it identified 30.",
        "The government identified 45 victims in 2021, while it identified 30 in 2020.",
        "The government identified 45 victims in 2021 and identified 30 in 2020.",
    ):
        assert figures_of(sentence) == {
            ("victims_identified", 45, 2021, None),
            ("victims_identified", 30, 2020, None),
        }, sentence


def test_a_count_identified_by_others_or_of_something_else_stays_unread() -> None:
    for sentence in (
        "The government identified 45 victims; NGOs identified 30 in 2020.",
        "The government identified 45 victims; of these, it identified 30 in the capital.",
        "The government identified 45 victims and referred 30 to shelters.",
    ):
        assert figures_of(sentence) == {("victims_identified", 45, 2021, None)}, sentence
    # with no count of victims before it, "identified 30" names nothing
    assert figures_of("The government identified 30 in 2021.") == set()
    assert figures_of("Authorities identified 12 cases and 30 in 2020.") == set()


# --- comparisons worded "as opposed to" or "double the" ---------------------------------


def test_as_opposed_to_and_double_the_compare_with_an_earlier_count() -> None:
    sentence = "Authorities identified 45 victims in 2021 as opposed to 30 in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 30, 2020, None),
    }
    sentence = "Authorities identified 45 victims in 2021, nearly double the 23 identified in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 23, 2020, None),
    }
    sentence = (
        "The government identified 45 victims, more than double the 20 identified in the"
        " previous reporting period."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 20, 2020, None),
    }


def test_a_multiple_of_no_stated_count_adds_nothing() -> None:
    sentence = "Authorities convicted 12 traffickers, twice the number of the previous year."
    assert figures_of(sentence) == {("convictions", 12, 2021, None)}
    sentence = "Authorities identified 45 victims in 2021, versus 30 in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 30, 2020, None),
    }


# --- "convicted no traffickers in 2021 or 2020": a zero for each year ---------------------


def test_a_verbs_zero_over_two_years_is_each_years() -> None:
    assert figures_of("Courts convicted no traffickers in 2021 or 2020.") == {
        ("convictions", 0, 2021, None),
        ("convictions", 0, 2020, None),
    }
    assert figures_of("The government prosecuted no suspects in 2021 and 2020.") == {
        ("prosecutions", 0, 2021, None),
        ("prosecutions", 0, 2020, None),
    }


def test_a_verbs_zero_in_one_year_or_a_count_of_no_figure_stays_as_it_was() -> None:
    assert figures_of("The government convicted no traffickers in 2021.") == {
        ("convictions", 0, 2021, None)
    }
    sentence = "Courts convicted four traffickers, compared with no convictions in 2019 or 2018."
    assert figures_of(sentence, report_year=2021) == {
        ("convictions", 4, 2020, None),
        ("convictions", 0, 2019, None),
        ("convictions", 0, 2018, None),
    }


def test_another_bodys_zeros_over_two_years_are_no_figures() -> None:
    # an NGO's zeros are no more the government's than its counts are
    assert figures_of("NGOs identified no victims in 2021 or 2020.") == set()
    assert figures_of("Civil society organizations identified no victims in 2021 or 2020.") == set()
    assert figures_of("NGOs reported no convictions in 2021 or 2020.") == set()
    # the government's own stay
    assert figures_of("The government identified no victims in 2021 or 2020.") == {
        ("victims_identified", 0, 2021, None),
        ("victims_identified", 0, 2020, None),
    }


def test_another_body_that_opens_the_sentence_is_no_government() -> None:
    assert figures_of("Civil society organizations identified 40 victims in 2021.") == set()
    assert figures_of("International organizations identified 40 victims in 2021.") == set()
    assert figures_of("Journalists reported 12 prosecutions in 2021.") == set()
