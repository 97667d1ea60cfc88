"""Countries a tier is said to include ("Tier 3 includes 23 countries: ...", "El Nivel 3 incluye
a ..."), and a country that joins a counted group of a tier. Pure Python, no database; every
sentence here is invented."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims, gazetteer_of, has, read_es
from tipwatch.briefings.claims import Gazetteer

NAMES = {
    "PER": ["Peru", "Perú"],
    "CHL": ["Chile"],
    "CUB": ["Cuba"],
    "IRN": ["Iran", "Irán"],
    "RUS": ["Russia", "Rusia"],
    "CHN": ["China"],
    "BLR": ["Belarus"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(NAMES)


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        (
            "Tier 3 includes 23 countries: Belarus, China, Iran and Russia.",
            {"BLR", "CHN", "IRN", "RUS"},
            "3",
        ),
        ("The 22 Tier 3 countries include Russia, China and Iran.", {"RUS", "CHN", "IRN"}, "3"),
        ("The Tier 1 list includes Chile.", {"CHL"}, "1"),
        ("This year's Tier 3 list also includes Cuba.", {"CUB"}, "3"),
        ("Tier 3 now comprises 21 countries, including Russia and China.", {"RUS", "CHN"}, "3"),
        # in a relative clause on the tier
        ("The Tier 3 list, which includes Cuba and Iran, grew this year.", {"CUB", "IRN"}, "3"),
        ("Peru joins 22 other countries on Tier 3.", {"PER"}, "3"),
        ("Peru has joined the other Latin American countries on Tier 2.", {"PER"}, "2"),
        ("Peru is in a group of 80 Tier 2 countries.", {"PER"}, "2"),
        ("Peru, one of 22 Tier 3 countries, faces sanctions.", {"PER"}, "3"),
        ("Among the 22 Tier 3 countries are Russia, China and Iran.", {"RUS", "CHN", "IRN"}, "3"),
        ("The 22 countries on Tier 3 are: Russia, China and Iran.", {"RUS", "CHN", "IRN"}, "3"),
        ("Also on Tier 3: Russia, China and Iran.", {"RUS", "CHN", "IRN"}, "3"),
        ("Russia is one of 22 countries that received a Tier 3 rating.", {"RUS"}, "3"),
    ],
)
def test_the_countries_a_tier_includes_are_on_it(
    text: str, countries: set[str], tier: str, names: Gazetteer
) -> None:
    found = english_claims(text, names, year=2018)
    assert has(found, kind="tier", countries=sorted(countries), tier=tier), found


@pytest.mark.parametrize(
    "text",
    [
        "Tier 3 could include Peru and Chile next year.",
        "Tier 3 does not include Peru.",
        "Tier 3 would include Cuba if the waiver lapsed.",
        "Peru is not one of the 22 Tier 3 countries.",
    ],
)
def test_a_tier_that_may_or_does_not_include_a_country_places_none(
    text: str, names: Gazetteer
) -> None:
    found = english_claims(text, names, year=2018)
    assert not any(str(c.kind) == "tier" and not c.negated for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "El Nivel 3 incluye a Cuba, Irán y Rusia.",
        "La lista negra incluye 22 países, entre ellos Cuba, Irán y Rusia.",
    ],
)
def test_spanish_tiers_that_include_countries(text: str, names: Gazetteer) -> None:
    found = read_es(text, names, 2018)
    assert any(c[0] == "tier" and set(c[1]) == {"CUB", "IRN", "RUS"} and c[2] == "3" for c in found)
