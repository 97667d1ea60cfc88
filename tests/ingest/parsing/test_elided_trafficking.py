"""A form whose "trafficking" the next form's carries ("15 sex cases and five labor
trafficking cases"): invented sentences in the report's style."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import plain_figures_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The government reported initiating investigations of 15 sex cases and five labor "
            "trafficking cases.",
            {
                ("investigations_sex_trafficking", 15, 2021),
                ("investigations_labor_trafficking", 5, 2021),
            },
        ),
        (
            "Prosecutors prosecuted eight labor cases and three sex trafficking cases.",
            {
                ("prosecutions_labor_trafficking", 8, 2021),
                ("prosecutions_sex_trafficking", 3, 2021),
            },
        ),
    ],
)
def test_the_first_form_takes_the_seconds_trafficking(
    sentence: str, expected: set[tuple[str, int, int]]
) -> None:
    assert plain_figures_of(sentence, 2022) == expected


def test_a_sex_case_alone_is_read_as_before() -> None:
    assert plain_figures_of("Police investigated 15 sex cases in 2021.", 2022) == {
        ("investigations", 15, 2021)
    }
