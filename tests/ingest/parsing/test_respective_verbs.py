"""Counts listed against a list of verbs, "respectively", and the list compared with them."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import section_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "The government prosecuted and convicted 20 and eight traffickers, respectively.",
        "The government prosecuted and convicted 20 and 8 alleged traffickers, respectively.",
        "The government prosecuted and convicted 20 and eight traffickers in 2019, respectively.",
        "In 2019, the government prosecuted and convicted 20 and eight traffickers, respectively.",
    ],
)
def test_each_count_is_its_verbs(sentence: str) -> None:
    assert section_figures(sentence) == {("prosecutions", 20, 2019), ("convictions", 8, 2019)}


def test_three_verbs_and_three_counts() -> None:
    assert section_figures(
        "The government investigated, prosecuted, and convicted 40, 22, and nine traffickers, "
        "respectively."
    ) == {("investigations", 40, 2019), ("prosecutions", 22, 2019), ("convictions", 9, 2019)}


def test_the_form_of_the_noun_is_every_counts() -> None:
    assert section_figures(
        "The government prosecuted and convicted 20 and eight sex traffickers, respectively."
    ) == {("prosecutions_sex_trafficking", 20, 2019), ("convictions_sex_trafficking", 8, 2019)}


@pytest.mark.parametrize(
    "comparison",
    [
        "compared with 15 and six in the previous reporting period",
        "compared with 15 and six, respectively, in 2018",
        "down from 15 and six the previous year",
        "compared with 15 and six",
    ],
)
def test_the_compared_list_is_the_earlier_periods(comparison: str) -> None:
    sentence = (
        f"The government prosecuted and convicted 20 and eight traffickers, respectively, "
        f"{comparison}."
    )
    assert section_figures(sentence) == {
        ("prosecutions", 20, 2019),
        ("convictions", 8, 2019),
        ("prosecutions", 15, 2018),
        ("convictions", 6, 2018),
    }


def test_a_compared_list_over_two_years_gets_no_one_year() -> None:
    found = section_figures(
        "The government prosecuted and convicted 20 and eight traffickers, respectively, "
        "compared with 15 and six in 2018 and 2017."
    )
    assert {("prosecutions", 20, 2019), ("convictions", 8, 2019)} <= found
    assert ("prosecutions", 15, 2018) not in found


def test_a_list_of_years_is_still_one_metrics() -> None:
    assert section_figures(
        "The government investigated 12 and 15 cases in 2019 and 2018, respectively."
    ) == {("investigations", 12, 2019), ("investigations", 15, 2018)}
