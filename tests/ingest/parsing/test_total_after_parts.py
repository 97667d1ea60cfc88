"""A total stated after its parts by form, with no metric of its own."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import section_figures

_PARTS = "The government investigated 30 sex trafficking cases and 15 labor trafficking cases"
_READ = {
    ("investigations_sex_trafficking", 30, 2019),
    ("investigations_labor_trafficking", 15, 2019),
}


@pytest.mark.parametrize(
    "total",
    [
        " (45 in total).",
        " (45 total).",
        ", 45 in total.",
        ", or 45 cases in total.",
        " for a total of 45.",
        ", totaling 45.",
        ", for a total of 45 investigations.",
    ],
)
def test_the_total_is_the_parts_metric(total: str) -> None:
    assert section_figures(_PARTS + total) == _READ | {("investigations", 45, 2019)}


def test_the_total_of_prosecutions_after_its_parts() -> None:
    assert section_figures(
        "Authorities prosecuted 18 suspects for sex trafficking and four for labor trafficking, "
        "for a total of 22."
    ) == {
        ("prosecutions_sex_trafficking", 18, 2019),
        ("prosecutions_labor_trafficking", 4, 2019),
        ("prosecutions", 22, 2019),
    }


@pytest.mark.parametrize(
    "after",
    [
        ", 45 percent of them in the capital.",
        " (involving 60 suspects in total).",
        ", and arrested 45 suspects in total.",
        # a total smaller than its parts is no total of them
        " (40 in total).",
    ],
)
def test_other_counts_after_the_parts_are_no_total(after: str) -> None:
    assert section_figures(_PARTS + after) == _READ


def test_a_compared_total_keeps_its_year() -> None:
    assert section_figures(_PARTS + ", compared with 45 in total in 2018.") == _READ | {
        ("investigations", 45, 2018)
    }
