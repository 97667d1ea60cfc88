"""A count of foreign victims that is the country's count (no other stated before it in the
section), and a comparison that names the counts before it again by their noun ("these
identifications were still fewer than 24 in 2018"). Invented text in the report's style."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import Found, section_figures
from tests.ingest.parsing.sentence_figures import figures_of, sentence_figures


def _found(text: str, year: int = 2023, section: str = "protection") -> Found:
    return section_figures(text, year, section)


# --- foreign victims as the country's count ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Police identified 14 foreign trafficking victims in 2022.",
        "The police and the social welfare office identified 14 foreign national victims in 2022.",
        "Authorities identified 14 potential foreign trafficking victims in 2022.",
    ],
)
def test_foreign_victims_stated_first_in_the_section_are_its_count(sentence: str) -> None:
    assert ("victims_identified", 14, 2022) in _found(sentence)


def test_the_comparisons_of_a_foreign_count_stated_first_are_read_with_it() -> None:
    text = (
        "The government identified 18 potential foreign trafficking victims. This compared "
        "with six in 2020 and 11 in 2019."
    )
    assert _found(text, 2022) == {
        ("victims_identified", 18, 2021),
        ("victims_identified", 6, 2020),
        ("victims_identified", 11, 2019),
    }


def test_foreign_victims_after_the_sections_count_stay_a_group() -> None:
    text = (
        "Authorities identified 24 victims in 2022. Authorities identified 11 foreign victims "
        "in 2022, an increase from six in 2021."
    )
    assert _found(text) == {("victims_identified", 24, 2022)}


def test_foreign_victims_after_the_total_in_the_same_sentence_stay_a_part() -> None:
    text = "Police identified 120 victims in 2022, and they identified 30 foreign victims."
    assert _found(text) == {("victims_identified", 120, 2022)}


def test_foreign_victims_set_apart_before_their_count_stay_a_group() -> None:
    text = (
        "The government did not adequately identify foreign national victims, only "
        "identifying three foreign victims in 2022."
    )
    assert _found(text) == set()


def test_foreign_victims_in_the_summary_stay_a_group() -> None:
    assert _found("Police identified 14 foreign victims in 2022.", section="summary") == set()


def test_children_or_a_nationality_stated_first_stay_a_group() -> None:
    text = "Police identified 14 child victims in 2022. Police identified 12 Nigerian victims."
    assert _found(text) == set()


def test_a_sentence_read_alone_keeps_foreign_victims_a_group() -> None:
    assert figures_of("Police identified 14 foreign trafficking victims in 2022.") == set()


# --- counts named again by their noun in a comparison ----------------------------------


def test_a_comparison_naming_the_counts_again_by_their_noun_compares_them() -> None:
    previous = sentence_figures("The government identified 18 potential trafficking victims.")
    sentence = (
        "This compared with six in 2020 and 11 in 2019, though these identifications were "
        "still fewer than 24 in 2018, 30 in 2017, and 35 in 2016."
    )
    assert figures_of(sentence, previous, "The government identified 18 victims.") == {
        ("victims_identified", 6, 2020, None),
        ("victims_identified", 11, 2019, None),
        ("victims_identified", 24, 2018, None),
        ("victims_identified", 30, 2017, None),
        ("victims_identified", 35, 2016, None),
    }


def test_a_comparison_with_a_new_count_of_its_own_is_read_as_before() -> None:
    previous = sentence_figures("The government identified 18 potential trafficking victims.")
    sentence = "This compared with six in 2020, and police identified 40 victims of forced labor."
    found = figures_of(sentence, previous, "The government identified 18 victims.")
    assert ("victims_identified_labor_trafficking", 40, 2021, None) in found


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Authorities identified 24 victims, which were still fewer than 30 in 2020.", None),
        ("Police identified more than 24 victims.", "more_than"),
        ("Police identified fewer than 24 victims.", "fewer_than"),
    ],
)
def test_more_or_fewer_than_after_a_verb_of_being_compares(
    sentence: str, qualifier: str | None
) -> None:
    found = figures_of(sentence)
    assert all(f[3] is None for f in found if f[1] == 30)
    assert any(f[1] == 24 and f[3] == qualifier for f in found)
