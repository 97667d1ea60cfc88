"""A tier described as held by a country since a year: "Tier 1 ... - a level Peru has held
since 2018", "Peru is on Tier 1, a ranking it has held since 2018". A run from that year to
the text's report. Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Tier 1 is for countries that fully meet the standards \u2014 a level Peru has held "
        "since 2012 alongside several advanced nations.",
        "Peru is on Tier 1, a ranking it has held since 2012.",
        "Peru kept its Tier 1 status, which it has held since 2012.",
        "The report gives Peru Tier 1 status, a position that Peru has consistently "
        "maintained since 2012.",
        "Tier 1 - the rating Peru has kept since 2012 - is the highest.",
    ],
)
def test_a_tier_held_since_a_year_is_a_run(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer, 2015)
    assert has(found, kind=ClaimKind.STREAK, countries={"PER"}, tier="1", years=4), found


@pytest.mark.parametrize(
    "text",
    [
        # held until another year, or not held: no run up to the report
        "Tier 1 is the top, a level Peru had held since 2012 until 2014.",
        "Peru is on Tier 1, a ranking it has not held since 2012.",
        # another clause, not a description of the tier
        "Chile is on Tier 1, but Peru has held a ranking since 2012.",
        # a hope
        "Peru wants Tier 1, a level it hopes to have held since 2012.",
    ],
)
def test_no_run_without_a_tier_held_up_to_now(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer, 2015)
    assert not has(found, kind=ClaimKind.STREAK, countries={"PER"}), found
