"""Shapes of the report's sentences that the sixteenth batch of real passages brought
(tests/ingest/corpus, p880-p901), each tried on invented text written the way the report
writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of, sentence_figures

# A split by form whose parts were "exploited in" the form.


def test_parts_exploited_in_a_form_after_of_whom_are_that_forms_counts() -> None:
    sentence = (
        "Police identified 60 victims of trafficking, of whom 41 were exploited in sex "
        "trafficking, seven in forced labor, and 12 in forced begging."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 60, 2021, None),
        ("victims_identified_sex_trafficking", 41, 2021, None),
        ("victims_identified_labor_trafficking", 7, 2021, None),
    }


def test_a_sentence_of_parts_were_victims_exploited_in_splits_the_count_before() -> None:
    previous = sentence_figures("In 2021, officials identified 90 victims of trafficking.")
    sentence = "Fifty-two were victims exploited in sex trafficking, nine in forced labor."
    assert figures_of(sentence, previous) == {
        ("victims_identified_sex_trafficking", 52, 2021, None),
        ("victims_identified_labor_trafficking", 9, 2021, None),
    }


def test_parts_exploited_in_no_trafficking_form_are_left_alone() -> None:
    previous = sentence_figures("In 2021, officials identified 90 victims of trafficking.")
    assert figures_of("Twelve were victims exploited in servile marriage.", previous) == set()
    sentence = (
        "Police identified 60 victims, of whom 41 were exploited in sex trafficking and "
        "forced labor."
    )
    assert ("victims_identified_sex_trafficking", 41, 2021, None) not in figures_of(sentence)


# The compared count's parts by sex or age.


def test_a_compared_counts_parts_by_sex_and_age_are_no_figures() -> None:
    for sentence in (
        "The government identified 255 victims \u2013 102 females, 153 males, and 74 "
        "children \u2013 compared with identifying 126 victims \u2013 114 females, 12 males, "
        "and 45 children \u2013 in 2021.",
        "The government identified 255 victims in 2022, compared with 126 victims (114 "
        "females, 12 males, and 45 children) in 2021.",
    ):
        assert figures_of(sentence, report_year=2023) == {
            ("victims_identified", 255, 2022, None),
            ("victims_identified", 126, 2021, None),
        }


def test_earlier_years_compared_one_after_another_stay_figures() -> None:
    sentence = "The government identified 40 victims, compared with 31 in 2021 and 26 in 2020."
    assert figures_of(sentence, report_year=2023) == {
        ("victims_identified", 40, 2022, None),
        ("victims_identified", 31, 2021, None),
        ("victims_identified", 26, 2020, None),
    }


# Victims of a category the report puts in quotation marks.


def test_victims_of_a_quoted_category_are_no_trafficking_victims() -> None:
    sentence = (
        "Authorities identified 195 labor trafficking victims and 14 victims of “sexual "
        "exploitation,” compared with 22 victims exploited in labor trafficking and 28 "
        "victims of “sexual exploitation” in 2021."
    )
    assert figures_of(sentence, report_year=2023) == {
        ("victims_identified_labor_trafficking", 195, 2022, None),
        ("victims_identified_labor_trafficking", 22, 2021, None),
    }


def test_victims_of_a_quoted_trafficking_form_or_unquoted_exploitation_are_kept() -> None:
    quoted_form = (
        "The government identified 30 victims of “sex trafficking” in 2022, compared with 12 "
        "in 2021."
    )
    assert ("victims_identified", 12, 2021, None) in figures_of(quoted_form, report_year=2023)
    plain = "The government identified 30 victims of sexual exploitation in 2022."
    assert figures_of(plain, report_year=2023) == {
        ("victims_identified_sex_trafficking", 30, 2022, None)
    }


# Earlier years' counts, each followed by its part after "including".


def test_earlier_years_after_a_compared_counts_including_part_are_compared_counts() -> None:
    sentence = (
        "The government identified 50 victims, compared with 40 victims identified in 2019, "
        "including 12 children; 30 in 2018, including nine children; and 20 in 2017."
    )
    assert figures_of(sentence, report_year=2021) == {
        ("victims_identified", 50, 2020, None),
        ("victims_identified", 40, 2019, None),
        ("victims_identified", 30, 2018, None),
        ("victims_identified", 20, 2017, None),
    }


def test_a_count_of_something_else_after_the_including_part_is_left_alone() -> None:
    for sentence in (
        "The government identified 50 victims, compared with 40 victims identified in 2019, "
        "including 12 children; the government also referred 30 in 2018.",
        "The government identified 50 victims, compared with 40 victims identified in 2019, "
        "including 12 children; police arrested 30 in 2018.",
    ):
        assert figures_of(sentence, report_year=2021) == {
            ("victims_identified", 50, 2020, None),
            ("victims_identified", 40, 2019, None),
        }
