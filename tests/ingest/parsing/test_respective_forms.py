"""Counts listed against "sex and labor trafficking, respectively": each form named whole."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import section_figures
from tipwatch.ingest.parsing.statistics.wording import reading_form


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        (
            "Police investigated 30 and eight cases of sex and labor trafficking, respectively.",
            "investigations",
        ),
        (
            "Courts convicted 30 and eight traffickers for sex and labor trafficking, "
            "respectively.",
            "convictions",
        ),
        (
            "Police investigated 30 and eight cases of sex trafficking and labor trafficking, "
            "respectively.",
            "investigations",
        ),
    ],
)
def test_each_count_is_its_forms(sentence: str, metric: str) -> None:
    assert section_figures(sentence) == {
        (f"{metric}_sex_trafficking", 30, 2019),
        (f"{metric}_labor_trafficking", 8, 2019),
    }


def test_without_respectively_the_forms_are_one_counts() -> None:
    # "30 cases of sex and labor trafficking": both forms, so the count is of no one form
    assert reading_form("investigated 30 cases of sex and labor trafficking.") == (
        "investigated 30 cases of sex and labor trafficking."
    )
    assert section_figures("Police investigated 30 cases of sex and labor trafficking.") == {
        ("investigations", 30, 2019)
    }
