"""A tier put first, then the report listing its members: "In Tier 2, the report lists Peru,
Chile and Bolivia". Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        (
            'In the report\'s "tier two" category -- one level up from the worst offenders, it '
            "lists Peru, Chile and Bolivia.",
            {"PER", "CHL", "BOL"},
            "2",
        ),
        ("In Tier 2, the report lists Peru, Chile and Bolivia.", {"PER", "CHL", "BOL"}, "2"),
        ("On the Watch List, the State Department names Cuba and Haiti.", {"CUB", "HTI"}, "2WL"),
        ("Among Tier 3 countries, the report also includes Cuba and Iran.", {"CUB", "IRN"}, "3"),
        ("In Tier 1, the United States places Chile and Colombia.", {"CHL", "COL"}, "1"),
    ],
)
def test_the_members_the_report_lists_on_a_tier_put_first(
    text: str, countries: set[str], tier: str, gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, kind=ClaimKind.TIER, countries=countries, tier=tier), found


@pytest.mark.parametrize(
    "text",
    [
        "In Tier 2, the report no longer lists Peru.",  # a negation
        "In Tier 2, the report could list Peru.",  # what may be
        "In Tier 2, Chile lists Peru.",  # another country's list
        "In the Tier 3 category, which Bolivia left, it lists Peru.",  # a country in the aside
    ],
)
def test_no_members_unless_the_report_lists_them(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer)
    assert not has(found, countries={"PER"}), found
