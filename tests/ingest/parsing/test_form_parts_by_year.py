"""A form's part of each year's count, the years in a series ("34 of 135 involved forced
labor in 2017 and 12 of 45 in 2016"): invented sentences in the report's style."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import plain_figures_of


def test_each_years_count_and_its_forms_part_are_read() -> None:
    sentence = (
        "Prosecutors initiated 79 investigations; the government did not report how many "
        "involved forced labor as it had in previous years (34 of 135 involved forced labor "
        "in 2017 and 12 of 45 in 2016)."
    )
    assert plain_figures_of(sentence, 2019) == {
        ("investigations", 79, 2018),
        ("investigations", 135, 2017),
        ("investigations_labor_trafficking", 34, 2017),
        ("investigations", 45, 2016),
        ("investigations_labor_trafficking", 12, 2016),
    }


def test_one_year_of_prosecutions_is_read() -> None:
    sentence = "Courts heard the prosecutions, and 10 of 25 involved sex trafficking in 2020."
    found = plain_figures_of(sentence, 2022)
    assert {("prosecutions", 25, 2020), ("prosecutions_sex_trafficking", 10, 2020)} <= found


def test_a_part_larger_than_its_whole_is_none() -> None:
    sentence = "Police investigated cases, and 40 of 25 involved forced labor in 2020."
    assert plain_figures_of(sentence, 2022) == set()


def test_with_no_metric_named_before_nothing_is_read() -> None:
    sentence = "Of the cases reported, 34 of 135 involved forced labor in 2017."
    assert plain_figures_of(sentence, 2019) == set()
