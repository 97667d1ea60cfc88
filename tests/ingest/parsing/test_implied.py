"""Earlier placements a narrative states in its own words ("for the fourth consecutive year")."""

from __future__ import annotations

from tipwatch.ingest.parsing.implied import ImpliedPlacement, implied_placements

BOLIVIA_2017 = (
    "The government did not demonstrate increasing efforts compared to the previous reporting "
    "period. Because the government has devoted sufficient resources to a written plan, Bolivia "
    "was granted a waiver. Therefore Bolivia remained on Tier 2 Watch List for the fourth "
    "consecutive year."
)


def test_a_streak_implies_each_earlier_year_with_the_sentence_as_quote() -> None:
    quote = "Therefore Bolivia remained on Tier 2 Watch List for the fourth consecutive year."
    assert implied_placements(BOLIVIA_2017, 2017) == [
        ImpliedPlacement(2016, "2WL", quote),
        ImpliedPlacement(2015, "2WL", quote),
        ImpliedPlacement(2014, "2WL", quote),
    ]


def test_other_wordings_and_tiers() -> None:
    text = "Ghana is placed on Tier 2 for a 3rd consecutive year.\nIt remains on tier 1."
    assert [(p.year, p.tier) for p in implied_placements(text, 2020)] == [(2019, "2"), (2018, "2")]


def test_no_streak_no_placement() -> None:
    assert implied_placements("Bolivia remained on Tier 2 Watch List.", 2017) == []
    assert implied_placements("It was downgraded for the second consecutive year.", 2017) == []
