"""A move told in a relative clause on the tier it went to or left: "Peru is in Tier 2, to which
it had been downgraded from Tier 1 in 2012". Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "The report placed Peru in Tier 2, to which it had been downgraded from the "
            "top-ranked Tier 1 in 2012.",
            {"tier": "2", "from_tier": "1", "year": 2012},
        ),
        ("Peru is on Tier 3, where it was relegated in 2012.", {"tier": "3", "year": 2012}),
        (
            "Peru is on the Watch List, into which it was downgraded in 2012.",
            {"tier": "2WL", "year": 2012},
        ),
        ("Peru left Tier 2, from which it was upgraded in 2012.", {"from_tier": "2", "year": 2012}),
    ],
)
def test_the_tier_before_the_relative_is_the_moves(
    text: str, fields: dict[str, object], gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, kind=ClaimKind.CHANGE, countries={"PER"}, **fields), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru is on Tier 3, to which it was not downgraded in 2012.",  # no move
        "Peru is on Tier 3, and Chile was relegated in 2012.",  # no relative on the tier
        "Peru is on Tier 3, a tier that it was relegated from in 2012.",  # a relative of its own
    ],
)
def test_no_tier_for_a_move_not_told_by_the_relative(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer)
    assert not has(found, kind=ClaimKind.CHANGE, negated=False, tier="3", year=2012), found
