"""A tier given to a country in an apposition between commas: "Chile, the only Tier 1 country
in South America, has ...", "Peru, the only Tier 3 ranking in the Andes, ...". Pure Python;
invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        ("Chile, the only Tier 1 country in South America, has done well.", {"CHL"}, "1"),
        ("Chile, South America's only Tier 1 country, praised the report.", {"CHL"}, "1"),
        ("Chile, the only South American country on Tier 1, praised it.", {"CHL"}, "1"),
        ("Cuba, the sole Tier 3 nation in Latin America, rejected the report.", {"CUB"}, "3"),
        ("Unlike Chile, the only Tier 1 country in South America, Peru lags.", {"CHL"}, "1"),
        ("The minister said Cuba, the lone Tier 3 country in Latin America.", {"CUB"}, "3"),
    ],
)
def test_the_only_one_of_a_group_in_an_apposition(
    text: str, countries: set[str], tier: str, gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, kind=ClaimKind.GROUP, countries=countries, tier=tier), found


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        ("Peru, the only Tier 3 ranking in the Andes, has not improved.", {"PER"}, "3"),
        (
            "Bolivia, the only Tier 2 Watch List entry among the Andean states, spoke.",
            {"BOL"},
            "2WL",
        ),
    ],
)
def test_the_only_one_in_a_scope_the_gazetteer_does_not_know(
    text: str, countries: set[str], tier: str, gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, countries=countries, tier=tier), found
    assert not has(found, kind=ClaimKind.GROUP, group="south-america"), found


@pytest.mark.parametrize(
    "text",
    [
        # once so, no longer so: no claim of the report
        "Chile, once the only Tier 1 country in South America, has slipped.",
        "Chile, no longer the only Tier 1 country in South America, has slipped.",
        # a time after the scope: left to the other readings, not read as this report
        "Chile, the only Tier 1 country in South America in 2012, has slipped.",
        # the only one of something else
        "Chile, the only country in South America that was visited, spoke.",
    ],
)
def test_no_apposition_claim(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer)
    assert not has(found, countries={"CHL"}, tier="1"), found
