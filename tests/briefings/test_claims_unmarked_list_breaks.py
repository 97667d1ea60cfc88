"""A comma list that leaves out a comma between two names ("Armenia, Bahrain, Belarus Bosnia,
Cambodia"): the names on either side are still two of the list's. Pure Python; invented
sentences in the shape of the press's lists, over the names-only gazetteer."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, has
from tipwatch.briefings.claims import ClaimKind, Gazetteer, read_text


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        (
            "The Tier 3 countries are Cuba, Iran, Burma Venezuela, and Haiti.",
            {"CUB", "IRN", "MMR", "VEN", "HTI"},
            "3",
        ),
        (
            "Tier 2 countries such as Belize, Guyana Suriname, and Costa Rica were named.",
            {"BLZ", "GUY", "SUR", "CRI"},
            "2",
        ),
        # the comma left out before the last name but one
        ("Chile, Colombia Peru and Brazil are on Tier 1.", {"CHL", "COL", "PER", "BRA"}, "1"),
    ],
)
def test_a_list_runs_on_over_a_missing_comma(
    text: str, countries: set[str], tier: str, gazetteer: Gazetteer
) -> None:
    found = english_claims(text, gazetteer)
    assert has(found, kind=ClaimKind.TIER, countries=countries, tier=tier), found


def test_a_spanish_list_runs_on_over_a_missing_comma(gazetteer: Gazetteer) -> None:
    text = "Chile, Colombia Perú y Brasil están en el Nivel 1."
    found = read_text(text, gazetteer, "es", 2016).claims
    assert has(found, kind=ClaimKind.TIER, countries={"CHL", "COL", "PER", "BRA"}, tier="1"), found


@pytest.mark.parametrize(
    "text",
    [
        # two names with no list around them are no list
        "Trafficking along the Peru Bolivia border rose, the report said of Peru, on Tier 2.",
        "The Peru Bolivia agreement was praised; Peru is on Tier 2.",
    ],
)
def test_two_names_outside_a_list_are_not_made_one(text: str, gazetteer: Gazetteer) -> None:
    found = english_claims(text, gazetteer)
    assert not [c for c in found if "BOL" in c.countries], found
