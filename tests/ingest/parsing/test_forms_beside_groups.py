"""Counts of one form of trafficking beside a count of a group: a comparison with its own
verb and a noun naming trafficking ("compared with identifying one victim of labor
trafficking ...") after a group's count, and a form named with the children it exploits
("two forced child labor victims") beside another form's count. Invented sentences in the
report's style."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import plain_figures_of


def test_a_compared_count_naming_trafficking_is_read_after_a_groups_count() -> None:
    sentence = (
        "The government identified one female foreign victim of forced labor, compared with "
        "identifying one victim of labor trafficking the previous reporting period."
    )
    assert plain_figures_of(sentence, 2022) == {("victims_identified_labor_trafficking", 1, 2020)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified 11 child victims, compared with identifying 20 in 2020.",
        "Police investigated four cases of child labor, compared with investigating five cases "
        "in 2020.",
        "Authorities identified 11 foreign victims in 2021, an increase from six in 2020.",
    ],
)
def test_a_bare_comparison_after_a_groups_count_compares_the_group(sentence: str) -> None:
    assert plain_figures_of(sentence, 2022) == set()


def test_a_child_form_beside_another_forms_count_is_its_forms_count() -> None:
    sentence = (
        "The government identified 95 sex trafficking victims, 60 women and 35 girls, and two "
        "forced child labor victims, gender not specified."
    )
    assert plain_figures_of(sentence, 2022) == {
        ("victims_identified_sex_trafficking", 95, 2021),
        ("victims_identified_labor_trafficking", 2, 2021),
    }


def test_a_child_form_compared_with_another_form_is_its_forms_count() -> None:
    sentence = (
        "The government identified at least one forced labor victim during the reporting "
        "period, compared with identifying at least one child sex trafficking victim during "
        "the previous reporting period."
    )
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified_labor_trafficking", 1, 2020),
        ("victims_identified_sex_trafficking", 1, 2019),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified 100 sex trafficking victims, including 40 child sex "
        "trafficking victims.",
        "Police identified 40 child sex trafficking victims.",
    ],
)
def test_a_child_form_beside_its_own_form_or_alone_stays_a_group(sentence: str) -> None:
    found = plain_figures_of(sentence, 2022)
    assert not any(value == 40 for _, value, _ in found)


def test_zero_of_listed_metrics_after_a_groups_comparison_is_read() -> None:
    sentence = (
        "This compared to investigating 22 cases of child trafficking in 2017, although none "
        "of these led to prosecution, and zero investigations, prosecutions, or convictions "
        "in 2016."
    )
    assert plain_figures_of(sentence, 2019) == {
        ("investigations", 0, 2016),
        ("prosecutions", 0, 2016),
        ("convictions", 0, 2016),
    }


def test_a_single_zero_after_a_groups_count_compares_the_group() -> None:
    sentence = (
        "The government identified 11 foreign victims in 2020, compared with zero victims in 2019."
    )
    assert plain_figures_of(sentence, 2021) == set()
