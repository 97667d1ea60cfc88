"""A breakdown by form in its own sentence after the total: the parts are no totals."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import section_figures

_TOTAL = "Police investigated 45 cases."
_PARTS = {
    ("investigations", 45, 2019),
    ("investigations_sex_trafficking", 30, 2019),
    ("investigations_labor_trafficking", 15, 2019),
}


@pytest.mark.parametrize(
    "breakdown",
    [
        "Of these, 30 were for sex trafficking and 15 for labor trafficking.",
        "Of these, 30 involved sex trafficking and 15 involved forced labor.",
        "Of these cases, 30 involved sex trafficking and 15 forced labor.",
        "These included 30 sex trafficking cases and 15 labor trafficking cases.",
        "The cases included 30 for sex trafficking and 15 for forced labor.",
    ],
)
def test_the_parts_by_form_are_read_as_parts(breakdown: str) -> None:
    assert section_figures(f"{_TOTAL} {breakdown}") == _PARTS


def test_the_parts_of_victims_identified() -> None:
    assert section_figures(
        "The government identified 120 victims. They included 80 victims of sex trafficking "
        "and 40 victims of forced labor.",
        section="protection",
    ) == {
        ("victims_identified", 120, 2019),
        ("victims_identified_sex_trafficking", 80, 2019),
        ("victims_identified_labor_trafficking", 40, 2019),
    }


@pytest.mark.parametrize(
    "breakdown",
    [
        "These included 30 cases involving foreign victims.",
        "Of these, 30 were referred to prosecutors.",
        "These included 80 women and 40 children.",
    ],
)
def test_parts_of_no_form_are_not_read(breakdown: str) -> None:
    assert section_figures(f"{_TOTAL} {breakdown}") == {("investigations", 45, 2019)}
