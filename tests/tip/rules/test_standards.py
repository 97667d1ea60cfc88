"""The minimum standards of 22 U.S.C. 7106 as data."""

from __future__ import annotations

import pytest

from tipwatch.tip.rules import (
    CONCRETE_ACTIONS,
    MINIMUM_STANDARDS,
    SERIOUS_EFFORT_CRITERIA,
    STANDARDS_BY_PARAGRAPH,
    standard,
)


def test_four_minimum_standards_in_order() -> None:
    assert [s.paragraph for s in MINIMUM_STANDARDS] == ["(a)(1)", "(a)(2)", "(a)(3)", "(a)(4)"]


def test_twelve_criteria_in_order() -> None:
    assert [s.paragraph for s in SERIOUS_EFFORT_CRITERIA] == [f"(b)({n})" for n in range(1, 13)]


def test_every_entry_has_a_title_and_a_sentence() -> None:
    for item in (*MINIMUM_STANDARDS, *SERIOUS_EFFORT_CRITERIA):
        assert item.title
        assert item.title[0].isupper()
        assert item.text.endswith(".")
        assert len(item.text.split()) >= 8


def test_citation() -> None:
    assert standard("(b)(11)").citation == "22 U.S.C. 7106(b)(11)"
    assert MINIMUM_STANDARDS[3].citation == "22 U.S.C. 7106(a)(4)"


def test_lookup_by_paragraph() -> None:
    assert len(STANDARDS_BY_PARAGRAPH) == 16
    assert standard("(a)(4)").title == "Serious and sustained efforts"
    assert standard("(b)(7)").title == "Official complicity"
    assert "officials" in standard("(b)(7)").text.lower()


def test_fourth_standard_points_to_the_criteria() -> None:
    assert "7106(b)" in standard("(a)(4)").text


def test_unknown_paragraph_raises_with_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"\(b\)\(13\).*\(a\)\(1\)"):
        standard("(b)(13)")


def test_concrete_actions_definition() -> None:
    for word in ("investigations", "prosecutions", "convictions", "training", "victims"):
        assert word in CONCRETE_ACTIONS
