"""Counts set in brackets after their years: "in 2019 (1,266) and 2018 (1,189)"."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import section_figures


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Convictions rose in 2019 (1,266) and 2018 (1,189).", "convictions"),
        (
            "The government identified more victims in 2019 (1,266) than in 2018 (1,189).",
            "victims_identified",
        ),
        ("Investigations increased in 2019 (1,266) compared with 2018 (1,189).", "investigations"),
        ("Prosecutions decreased from 2018 (1,189) to 2019 (1,266).", "prosecutions"),
        # the officials who identified them are no metric of their own
        (
            "Specialized prosecutors reported identifying 470 victims in 2019; the government "
            "provided updated data for victims identified by prosecutors in 2019 (1266) and "
            "2018 (1189).",
            "victims_identified",
        ),
    ],
)
def test_each_bracket_is_its_years_count(sentence: str, metric: str) -> None:
    assert {(metric, 1266, 2019), (metric, 1189, 2018)} <= section_figures(sentence)


def test_a_list_of_three_years() -> None:
    assert section_figures(
        "The government investigated cases in 2017 (12), 2018 (15), and 2019 (22)."
    ) == {("investigations", 12, 2017), ("investigations", 15, 2018), ("investigations", 22, 2019)}


@pytest.mark.parametrize(
    "sentence",
    [
        # one group's counts
        "The government identified fewer child victims in 2019 (34) than in 2018 (51).",
        # the care that follows the metric
        "The government identified victims and referred them to shelters in 2019 (35) and "
        "2018 (20).",
        # a count of complaints, and the officials who received them
        "Prosecutors received complaints in 2019 (120) and 2018 (98).",
        # no count in the bracket
        "The government reported investigations in 2019 (Tier 2) and 2018 (see above).",
    ],
)
def test_brackets_of_other_counts_are_not_read(sentence: str) -> None:
    assert section_figures(sentence) == set()
