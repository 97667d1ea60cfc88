"""A tier kept, told by a noun for the standing after the sentence named the tier: "... and has
maintained its position this year", "... and remained in the tier in last year's report".
Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims
from tipwatch.briefings.claims import ClaimKind, Gazetteer


def _stays(text: str, gazetteer: Gazetteer) -> set[tuple[str, str, int | None, int]]:
    """(countries, tier, year, reports before the current one) of each tier claim read after
    the first claim (a year None is the caller's)."""
    found = english_claims(text, gazetteer)
    return {
        (",".join(c.countries), c.tier or "", c.year, c.years_before)
        for c in found[1:]
        if c.kind is ClaimKind.TIER
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru was upgraded to Tier 2 in 2020 and has successfully maintained its position "
            "this year.",
            {("PER", "2", None, 0)},
        ),
        (
            "Peru was upgraded to Tier 2 in 2020 and maintained its ranking this year.",
            {("PER", "2", None, 0)},
        ),
        (
            "Peru was downgraded to Tier 3 in 2020 and remained in the tier this year.",
            {("PER", "3", None, 0)},
        ),
        (
            "Peru was moved to Tier 1 in 2020 and stayed at that level this year.",
            {("PER", "1", None, 0)},
        ),
        # the report named right after the stay is its own, not the one named before it
        (
            "Peru was put into Tier 2 in the 2021 report and remained in the tier in last "
            "year's report.",
            {("PER", "2", None, 1)},
        ),
        (
            "Peru was put into Tier 2 in the 2021 report and remained there in last year's report.",
            {("PER", "2", None, 1)},
        ),
    ],
)
def test_a_standing_kept_is_the_tier_named_before(
    text: str, expected: set[tuple[str, str, int | None, int]], gazetteer: Gazetteer
) -> None:
    assert _stays(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a standing that is something else
        "Peru was upgraded to Tier 2 in 2020 and has maintained its position as a regional hub.",
        "Peru was upgraded to Tier 2 in 2020 and has kept its promises.",
        # the tier is not this sentence's: "its position" after a break may be anything
        "Peru is on Tier 2. It has maintained its position this year.",
    ],
)
def test_no_standing_without_a_tier_before_it(text: str, gazetteer: Gazetteer) -> None:
    assert _stays(text, gazetteer) == set()
