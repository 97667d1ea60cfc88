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
