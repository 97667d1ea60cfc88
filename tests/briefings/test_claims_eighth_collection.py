"""The claim reader on the eighth collection's wording, Spanish and English."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import es_count, es_streak, es_tier, only, read_es
from tipwatch.briefings.claims import ClaimKind, Gazetteer, read_text

# The eighth collection's wording: a contracted "del" and any quotation marks before a tier, a
# kept standing named by its noun, a streak between the verb and its object, a tier described
# and then named, and counts that are not exact or not asserted.
EIGHTH_SPANISH = [
    ("Bolivia y Cuba forman parte del nivel 3.", {es_tier(("BOL", "CUB"), "3")}),
    ("Cuba forma parte del llamado «nivel 3».", {es_tier(("CUB",), "3")}),
    ("Chile mantuvo su ranking de la categoría 1.", {es_tier(("CHL",), "1", unchanged=True)}),
    ("Chile conservó su estatus de Nivel 1.", {es_tier(("CHL",), "1", unchanged=True)}),
    (
        "Estados Unidos mantuvo por tercer año consecutivo a Cuba en el Nivel 3.",
        {es_streak("CUB", "3", 3)},
    ),
    (
        "Estados Unidos mantuvo a Cuba en el grupo de los países más rezagados, denominado "
        "Nivel 3.",
        {es_tier(("CUB",), "3", unchanged=True)},
    ),
    (
        "Perú se ubica junto a otros 100 países en el nivel 2.",
        {es_tier(("PER",), "2"), es_count("2", 101)},
    ),
    # Refusals: a count under a negation, a move that did not happen.
    ("Perú no se ubica junto a otros 100 países en el nivel 2.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EIGHTH_SPANISH)
def test_the_eighth_collections_spanish(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_es(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Casi 100 países están en el nivel 2.", "es"),
        ("Unos 100 países están en el nivel 2.", "es"),
        ("Cerca de 100 países están en el nivel 2.", "es"),
        ("Alrededor de 100 países están en el nivel 2.", "es"),
        ("Nearly 100 countries are on Tier 2.", "en"),
        ("Some 100 countries are on Tier 2.", "en"),
        ("Almost 100 countries are on Tier 2.", "en"),
        ("About 100 countries are on Tier 2.", "en"),
    ],
)
def test_an_approximate_count_is_not_read_as_exact(
    gazetteer: Gazetteer, text: str, lang: str
) -> None:
    claim = only(text, gazetteer, lang)
    assert (claim.kind, claim.count, claim.tier, str(claim.comparator)) == (
        ClaimKind.COUNT,
        100,
        "2",
        "about",
    )


@pytest.mark.parametrize(
    ("text", "lang", "count", "tier"),
    [
        ("Solo 30 -incluidos Francia y Alemania- figuran en Nivel 1.", "es", 30, "1"),
        (
            "19 países - incluidos Cuba e Irán - han sido clasificados como de Nivel 3.",
            "es",
            19,
            "3",
        ),
        ("Nineteen countries — including Cuba and Iran — are on Tier 3.", "en", 19, "3"),
    ],
)
def test_a_count_with_some_of_its_countries_in_dashes(
    gazetteer: Gazetteer, text: str, lang: str, count: int, tier: str
) -> None:
    counts = [c for c in read_text(text, gazetteer, lang, 2020).claims if c.kind is ClaimKind.COUNT]
    assert [(c.count, c.tier) for c in counts] == [(count, tier)]


def test_no_count_is_read_from_a_definite_list_in_dashes(gazetteer: Gazetteer) -> None:
    text = "The three countries — including Cuba — are on Tier 3."
    assert not [
        c for c in read_text(text, gazetteer, "en", 2020).claims if c.kind is ClaimKind.COUNT
    ]


@pytest.mark.parametrize(
    ("text", "streak"),
    [
        ("Peru was downgraded to Tier 2 after three years on Tier 1.", ("PER", "1", 3)),
        ("Peru was downgraded to Tier 2 after three years ranked at Tier 1.", ("PER", "1", 3)),
    ],
)
def test_a_run_a_country_left_ends_with_the_report_before(
    gazetteer: Gazetteer, text: str, streak: tuple[str, str, int]
) -> None:
    claims = read_text(text, gazetteer, "en", 2021).claims
    runs = [
        (c.countries, c.tier, c.years, c.years_before) for c in claims if c.kind is ClaimKind.STREAK
    ]
    country, tier, years = streak
    assert runs == [((country,), tier, years, 1)]  # the report before this one


def test_after_three_years_of_reforms_is_no_run(gazetteer: Gazetteer) -> None:
    claims = read_text(
        "Peru moved up to Tier 2 after three years of reforms.", gazetteer, "en", 2021
    )
    assert [c.kind for c in claims.claims] == [ClaimKind.CHANGE]
