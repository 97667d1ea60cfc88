"""The only members of a group on a tier, told with the subject last: "The only Tier 1 country
in South America is Chile", "the only country in the region on Tier 1 is Chile", "El único país
de Sudamérica en el Nivel 1 es Chile". Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer, read_text


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        ("The only Tier 1 country in Latin America is Chile.", {"CHL"}, "1"),
        ("The only Tier 1 countries in Latin America are Chile and Colombia.", {"CHL", "COL"}, "1"),
        ("The only country in Latin America on Tier 1 is Chile.", {"CHL"}, "1"),
        ("The only Latin American country on Tier 3 is Cuba.", {"CUB"}, "3"),
        ("The only Tier 1 country in Latin America remains Chile.", {"CHL"}, "1"),
        # what a move or a fact left a country as
        (
            "Chile was upgraded, leaving Peru as the only Tier 2 country in Latin America.",
            {"PER"},
            "2",
        ),
        ("That makes Chile the only Tier 1 country in Latin America.", {"CHL"}, "1"),
        ("That makes Chile Latin America's only Tier 1 country.", {"CHL"}, "1"),
    ],
)
def test_the_only_members_with_the_subject_last(
    text: str, countries: set[str], tier: str, gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, kind=ClaimKind.GROUP, countries=countries, tier=tier), found


@pytest.mark.parametrize(
    "text",
    [
        # "only" as "merely", and a subject that is no country
        "The only a Tier 1 country is Chile.",
        "The only Tier 1 country in Latin America is a small one.",
        # what would make it so is not said to be so
        "It would make Chile the only Tier 1 country in Latin America.",
    ],
)
def test_no_group_claim_without_a_country_last(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer)
    assert not [c for c in found if c.kind is ClaimKind.GROUP], found


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        ("El único país de Sudamérica en el Nivel 1 es Chile.", {"CHL"}, "1"),
        ("El único país latinoamericano en el Nivel 1 es Chile.", {"CHL"}, "1"),
        (
            "Los únicos países de Sudamérica en el Nivel 1 son Chile y Colombia.",
            {"CHL", "COL"},
            "1",
        ),
        ("El único país latinoamericano que está en el Nivel 1 es Chile.", {"CHL"}, "1"),
    ],
)
def test_the_only_members_with_the_subject_last_in_spanish(
    text: str, countries: set[str], tier: str, gazetteer: Gazetteer
) -> None:
    found = read_text(text, gazetteer, "es", default_year=2015).claims
    assert has(found, kind=ClaimKind.GROUP, countries=countries, tier=tier), found
