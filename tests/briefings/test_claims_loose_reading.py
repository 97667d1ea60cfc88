"""The reading of a sentence no other reader turned into a claim: its countries on the one tier
it names, unless a word could make that tier not theirs (claims/loose_reading.py). Pure
Python, no database; every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru", "Perú"],
    "CHL": ["Chile"],
    "MAR": ["Morocco"],
    "USA": ["United States", "US", "U.S.", "Washington"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


@pytest.mark.parametrize(
    ("text", "lang", "country", "tier"),
    [
        ("Morocco's crackdown on human trafficking earned it a Tier 2 ranking.", "en", "MAR", "2"),
        # the tiers' own definition says "not", and negates no placement
        (
            "Peru does not fully meet the minimum standards and earned a Tier 2 ranking.",
            "en",
            "PER",
            "2",
        ),
        (
            "Perú no cumple plenamente las normas mínimas y obtuvo una calificación de Nivel 2.",
            "es",
            "PER",
            "2",
        ),
        ("Chile, con su categoría de Nivel 1, organizó la cumbre regional.", "es", "CHL", "1"),
    ],
)
def test_countries_and_one_tier_that_no_reader_read_are_a_tier_claim(
    text: str, lang: str, country: str, tier: str, names: Gazetteer
) -> None:
    reading = read_text(text, names, lang, default_year=2015)
    assert has(reading.claims, kind="tier", countries=[country], tier=tier, negated=False)
    assert not reading.unchecked


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peru's crackdown did not earn it a Tier 1 ranking.", "en"),
        ("Peru's crackdown may earn it a Tier 1 ranking.", "en"),
        ("Peru's crackdown earned it a Tier 1 ranking in the past.", "en"),
        ("Peru's crackdown earned it a better ranking than Tier 3.", "en"),
        ("Peru's crackdown earned it a Tier 1 ranking, like most countries.", "en"),
        ("Peru's crackdown earned it a Tier 1 ranking for three years.", "en"),
        ("Peru risks a Tier 3 rating.", "en"),
        ("La lucha de Perú no le valió una calificación de Nivel 1.", "es"),
        ("La lucha de Perú podría valerle una calificación de Nivel 1.", "es"),
        ("Perú logró dejar atrás el Nivel 3.", "es"),
    ],
)
def test_a_word_that_could_make_the_tier_not_theirs_leaves_the_sentence_unread(
    text: str, lang: str, names: Gazetteer
) -> None:
    reading = read_text(text, names, lang, default_year=2015)
    assert not [c for c in reading.claims if "PER" in c.countries], reading.claims
    assert reading.unchecked  # listed as not checked, so the editor sees it


def test_a_sentence_another_reader_read_is_not_read_again(names: Gazetteer) -> None:
    reading = read_text("Peru fell to Tier 3.", names, "en", default_year=2015)
    assert has(reading.claims, kind="change", countries=["PER"], tier="3")
    assert not has(reading.claims, kind="tier", countries=["PER"], tier="3")
