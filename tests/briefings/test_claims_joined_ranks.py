"""A country joining the ranks of others on a tier: the one who joins moved onto it, the ones
it joins are on it. Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer


@pytest.mark.parametrize(
    ("text", "joiners", "members", "tier"),
    [
        (
            "Venezuela has now joined the ranks of Cuba, Iran, and a handful of other countries "
            "as Tier 3 violators of trafficking laws.",
            {"VEN"},
            {"CUB", "IRN"},
            "3",
        ),
        ("Peru joined the ranks of Chile and Colombia on Tier 1.", {"PER"}, {"CHL", "COL"}, "1"),
        (
            "Bolivia and Haiti joined the ranks of Cuba among the Tier 3 nations.",
            {"BOL", "HTI"},
            {"CUB"},
            "3",
        ),
        (
            "Belize joins the ranks of Cuba and Iran, among others, on Tier 3.",
            {"BLZ"},
            {"CUB", "IRN"},
            "3",
        ),
    ],
)
def test_the_joiner_moved_and_the_joined_are_there(
    text: str, joiners: set[str], members: set[str], tier: str, gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, kind=ClaimKind.CHANGE, countries=joiners, tier=tier), found
    assert has(found, kind=ClaimKind.TIER, countries=members, tier=tier), found


def test_both_are_dated_by_the_opening_year(gazetteer: Gazetteer) -> None:
    found = english_claims("In 2010 Peru joined the ranks of Cuba and Iran on Tier 3.", gazetteer)
    assert {c.year for c in found} == {2010}, found


@pytest.mark.parametrize(
    "text",
    [
        "Peru hopes to join the ranks of Cuba and Iran on Tier 3.",
        "Peru did not join the ranks of Cuba and Iran as Tier 3 countries.",
        "Peru could join the ranks of Cuba and Iran on Tier 3.",
        "If Peru joined the ranks of Cuba and Iran on Tier 3, aid would stop.",
    ],
)
def test_no_move_when_the_joining_is_not_said_done(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer)
    assert not has(found, kind=ClaimKind.CHANGE, countries={"PER"}), found
