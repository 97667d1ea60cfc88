"""A count of countries on a tier with its noun left out after the whole it is part of: "The
report evaluated 189 nations and only 29 are on Tier 1". Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer


@pytest.mark.parametrize(
    ("text", "tier", "count"),
    [
        (
            "The State Department evaluated 189 nations globally in its report and only 29 are "
            "on the Tier 1, which designates countries that fully comply.",
            "1",
            29,
        ),
        ("Of the 188 countries, 31 are on Tier 1.", "1", 31),
        ("Of the 188 countries assessed, 23 were placed on Tier 3.", "3", 23),
        ("The report ranked 187 countries, but just 44 of them were on the Watch List.", "2WL", 44),
    ],
)
def test_a_part_of_the_countries_named_before(
    text: str, tier: str, count: int, gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, kind=ClaimKind.COUNT, tier=tier, count=count), found


@pytest.mark.parametrize(
    "text",
    [
        # no whole of countries named before the number
        "In the report, 29 are on Tier 1.",
        "Peru has 12 regions and 3 are on Tier 1.",
        # a number no smaller than the whole: no part of it
        "Of the 188 countries, 2013 were on Tier 1.",
        # an approximation is left to the other readings
        "The report rated 188 countries, and nearly 30 are on Tier 1.",
    ],
)
def test_no_count_without_a_whole_before_it(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer)
    assert not [c for c in found if c.kind is ClaimKind.COUNT], found
