"""Pairs and lists of countries, each with its own tier or sharing one (issue 11): "Peru and
Chile are on Tier 2 and Tier 1, respectively" (also with "respectively" before the tiers, and
in Spanish), a tail that gives the claim to more countries ("as is Bolivia", "igual que
Bolivia", "; so are ...", "joining Cuba", "where Cuba already sits"), an apposition that places
a list ("Peru and Chile, both on Tier 2, ..."; "two Tier 2 countries" is not a count), a tier
set before its list ("On Tier 2: ..."), a change told again without its verb ("... and Chile
from Tier 2 to Tier 1"), a joined tier ("Peru joined Tier 1", "se sumó al Nivel 1"), and an
elided clause whose whole list shares the tier ("..., Perú y Bolivia en el Nivel 3").

Pure Python; every sentence here is invented, and each reading has sentences it must leave
alone: a country is never given a tier the words do not give it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Claim, ClaimKind, Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru", "Perú"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia"],
    "CUB": ["Cuba"],
    "ECU": ["Ecuador"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def claims(text: str, names: Gazetteer, lang: str = "en") -> list[Claim]:
    return read_text(text, names, lang, default_year=2015).claims


def placed(found: list[Claim]) -> set[tuple[str, str | None]]:
    """Every (country, tier) the claims place, negated ones left out."""
    return {
        (code, claim.tier)
        for claim in found
        if claim.kind in (ClaimKind.TIER, ClaimKind.CHANGE) and not claim.negated
        for code in claim.countries
    }


# --- respectively --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Chile and Peru were respectively ranked Tier 1 and Tier 2.",
            "en",
            {("CHL", "1"), ("PER", "2")},
        ),
        (
            "Chile y Perú están en el Nivel 1 y el Nivel 2, respectivamente.",
            "es",
            {("CHL", "1"), ("PER", "2")},
        ),
        (
            "Chile, Perú y Bolivia figuran en el Nivel 1, el Nivel 2 y el Nivel 3, "
            "respectivamente.",
            "es",
            {("CHL", "1"), ("PER", "2"), ("BOL", "3")},
        ),
        (
            "Chile y Perú fueron ubicados respectivamente en el Nivel 1 y en el Nivel 2.",
            "es",
            {("CHL", "1"), ("PER", "2")},
        ),
        (
            "Chile y Perú fueron rebajados al Nivel 3 y a la Lista de Vigilancia, respectivamente.",
            "es",
            {("CHL", "3"), ("PER", "2WL")},
        ),
    ],
)
def test_respectively_gives_each_country_its_own_tier(
    text: str, lang: str, expected: set[tuple[str, str]], names: Gazetteer
) -> None:
    assert placed(claims(text, names, lang)) == expected


def test_respectively_with_lists_of_different_lengths_is_not_guessed(names: Gazetteer) -> None:
    found = claims(
        "Perú, Chile y Bolivia están en el Nivel 1 y el Nivel 2, respectivamente.", names, "es"
    )
    assert placed(found) == set()


# --- a tail that shares the claim ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Chile is on Tier 2, and so is Peru.", "en", {("CHL", "2"), ("PER", "2")}),
        ("Chile is on Tier 2, as is Peru.", "en", {("CHL", "2"), ("PER", "2")}),
        (
            "Chile is on Tier 1; so are Peru and Bolivia.",
            "en",
            {("CHL", "1"), ("PER", "1"), ("BOL", "1")},
        ),
        ("Chile was dropped to Tier 3, joining Peru.", "en", {("CHL", "3"), ("PER", "3")}),
        (
            "Chile was promoted to Tier 1, where Peru already sits.",
            "en",
            {("CHL", "1"), ("PER", "1")},
        ),
        (
            "Chile fell to Tier 3, where Peru has been since 2012.",
            "en",
            {("CHL", "3"), ("PER", "3")},
        ),
        ("Chile está en el Nivel 2, igual que Perú.", "es", {("CHL", "2"), ("PER", "2")}),
        ("Chile está en el Nivel 2, lo mismo que Perú.", "es", {("CHL", "2"), ("PER", "2")}),
        (
            "Chile está en el Nivel 1; también lo están Perú y Bolivia.",
            "es",
            {("CHL", "1"), ("PER", "1"), ("BOL", "1")},
        ),
        (
            "Chile fue rebajado al Nivel 3, donde ya estaba Perú.",
            "es",
            {("CHL", "3"), ("PER", "3")},
        ),
        (
            "Chile cayó al Nivel 3, al que Perú pertenece desde 2012.",
            "es",
            {("CHL", "3"), ("PER", "3")},
        ),
        (
            "Chile abandonó la Lista de Vigilancia y pasó al Nivel 2, como Perú.",
            "es",
            {("CHL", None), ("CHL", "2"), ("PER", "2")},
        ),
    ],
)
def test_a_tail_gives_the_tier_to_more_countries(
    text: str, lang: str, expected: set[tuple[str, str | None]], names: Gazetteer
) -> None:
    assert placed(claims(text, names, lang)) >= expected
    # no country is given another tier
    assert {code for code, _ in placed(claims(text, names, lang))} == {c for c, _ in expected}


def test_a_shared_stay_stays(names: Gazetteer) -> None:
    found = claims("Peru stays on Tier 2, as does Bolivia.", names)
    assert has(found, countries=["BOL"], tier="2", unchanged=True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "such as" names an example, "como informó" a source: neither shares the tier
        ("Peru is on Tier 2, such as Bolivia.", "en"),
        ("Perú está en el Nivel 2, como informó Bolivia.", "es"),
        # a negated claim is not shared
        ("Peru is not on Tier 3, as is Bolivia.", "en"),
        # "where" with no verb of being there: Bolivia only signed something
        ("Peru fell to Tier 3, where Bolivia signed a pact.", "en"),
    ],
)
def test_tails_that_share_nothing(text: str, lang: str, names: Gazetteer) -> None:
    assert "BOL" not in {code for code, _ in placed(claims(text, names, lang))}


# --- apposed tiers and tiers before their lists --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "countries", "tier"),
    [
        ("Chile and Peru, both on Tier 2, signed an agreement.", "en", ["CHL", "PER"], "2"),
        ("Chile, Peru and Bolivia, all on Tier 2, were named.", "en", ["CHL", "PER", "BOL"], "2"),
        ("Chile and Peru, two Tier 2 countries, signed an agreement.", "en", ["CHL", "PER"], "2"),
        ("Chile y Perú, dos países del Nivel 2, firmaron un acuerdo.", "es", ["CHL", "PER"], "2"),
        ("Chile y Perú, ambos en el Nivel 2, firmaron un acuerdo.", "es", ["CHL", "PER"], "2"),
        ("On Tier 2: Chile, Peru and Bolivia.", "en", ["CHL", "PER", "BOL"], "2"),
        ("En el Nivel 2: Chile, Perú y Bolivia.", "es", ["CHL", "PER", "BOL"], "2"),
    ],
)
def test_a_list_placed_beside_its_names(
    text: str, lang: str, countries: list[str], tier: str, names: Gazetteer
) -> None:
    found = claims(text, names, lang)
    assert has(found, kind="tier", countries=countries, tier=tier)


def test_two_tier_countries_is_not_a_count_of_the_tier(names: Gazetteer) -> None:
    found = claims("Chile and Peru, two Tier 2 countries, signed an agreement.", names)
    assert all(claim.kind is not ClaimKind.COUNT for claim in found)


def test_an_apposition_without_a_tier_places_nobody(names: Gazetteer) -> None:
    assert placed(claims("Peru and Chile, both hoping for Tier 1, met in Lima.", names)) == set()


# --- changes told again, joined tiers, cut lists -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile was upgraded from Tier 3 to Tier 2 and Peru from Tier 2 to Tier 1.", "en"),
        ("Chile subió del Nivel 3 al Nivel 2 y Perú del Nivel 2 al Nivel 1.", "es"),
    ],
)
def test_a_change_told_again_without_its_verb(text: str, lang: str, names: Gazetteer) -> None:
    found = claims(text, names, lang)
    assert has(found, kind="change", countries=["CHL"], tier="2", from_tier="3")
    assert has(found, kind="change", countries=["PER"], tier="1", from_tier="2", direction="up")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Chile joined Tier 1 alongside Peru, leaving Bolivia on Tier 3.",
            "en",
            {("CHL", "1"), ("PER", "1"), ("BOL", "3")},
        ),
        (
            "Chile se sumó al Nivel 1 junto a Perú, mientras Bolivia quedó en el Nivel 3.",
            "es",
            {("CHL", "1"), ("PER", "1"), ("BOL", "3")},
        ),
        (
            "Chile está en el Nivel 1, Perú y Bolivia en el Nivel 3.",
            "es",
            {("CHL", "1"), ("PER", "3"), ("BOL", "3")},
        ),
        (
            "El informe ubicó a Chile en el Nivel 1, y a Perú y Bolivia en el Nivel 3.",
            "es",
            {("CHL", "1"), ("PER", "3"), ("BOL", "3")},
        ),
    ],
)
def test_joined_tiers_and_whole_lists(
    text: str, lang: str, expected: set[tuple[str, str]], names: Gazetteer
) -> None:
    assert placed(claims(text, names, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peru did not join Tier 1.", "en"),
        ("Peru hopes to join Tier 1.", "en"),
        ("Perú no se sumó al Nivel 1.", "es"),
        ("Perú podría sumarse al Nivel 1.", "es"),
    ],
)
def test_a_tier_not_joined(text: str, lang: str, names: Gazetteer) -> None:
    assert ("PER", "1") not in placed(claims(text, names, lang))


def _unused(_: Any) -> None:  # keeps the Any import honest for helpers added later
    return None


# --- rows of a table, verbless pairs, elided clauses ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Chile was ranked Tier 1; Peru, Tier 2; and Bolivia, Tier 3.",
            "en",
            {("CHL", "1"), ("PER", "2"), ("BOL", "3")},
        ),
        (
            "Chile es país de Nivel 1; Perú, de Nivel 2; Bolivia, de Nivel 3.",
            "es",
            {("CHL", "1"), ("PER", "2"), ("BOL", "3")},
        ),
        (
            "Chile figura en el Nivel 2; el vecino Perú, en el Nivel 3.",
            "es",
            {("CHL", "2"), ("PER", "3")},
        ),
        ("Chile on Tier 1, Peru on Tier 2", "en", {("CHL", "1"), ("PER", "2")}),
        (
            "Chile en el Nivel 1 y Perú en el Nivel 2, según el informe.",
            "es",
            {("CHL", "1"), ("PER", "2")},
        ),
        ("Chile es Nivel 1 y Perú Nivel 2.", "es", {("CHL", "1"), ("PER", "2")}),
        (
            "Washington ranked Chile on Tier 1 and Peru, its neighbour, on Tier 2.",
            "en",
            {("CHL", "1"), ("PER", "2")},
        ),
        (
            "Washington ubicó a Chile en el Nivel 1 y a Perú, su vecino, en el Nivel 2.",
            "es",
            {("CHL", "1"), ("PER", "2")},
        ),
        (
            "Chile está en el Nivel 1, igual que Perú, pero Bolivia sigue en el Nivel 3.",
            "es",
            {("CHL", "1"), ("PER", "1"), ("BOL", "3")},
        ),
        (
            "Chile moved up to Tier 1, where Peru has long been.",
            "en",
            {("CHL", "1"), ("PER", "1")},
        ),
    ],
)
def test_rows_pairs_and_elided_clauses(
    text: str, lang: str, expected: set[tuple[str, str]], names: Gazetteer
) -> None:
    assert placed(claims(text, names, lang)) == expected


def test_a_stay_shared_after_a_few_words(names: Gazetteer) -> None:
    found = claims("Chile stays on Tier 2 for another year, as does Peru.", names)
    assert has(found, countries=["PER"], tier="2", unchanged=True)


@pytest.mark.parametrize(
    ("text", "lang", "placed_only"),
    [
        # the names after the semicolon are not a row: they signed something
        ("Chile is on Tier 1; Peru, Bolivia and Cuba signed the accord.", "en", {("CHL", "1")}),
        # a negated claim starts no table
        ("Peru is not on Tier 1; Bolivia, Tier 3.", "en", set()),
        # hopes, with their verb left out of the second clause: no claim in either
        ("Chile hopes for Tier 1 and Peru for Tier 2.", "en", set()),
        ("Chile aspira al Nivel 1 y Perú al Nivel 2.", "es", set()),
        # the apposed name does something else
        (
            "Washington ranked Chile on Tier 1 and Peru, its neighbour, criticised the report.",
            "en",
            {("CHL", "1")},
        ),
    ],
)
def test_rows_and_ellipses_that_place_nobody_else(
    text: str, lang: str, placed_only: set[tuple[str, str]], names: Gazetteer
) -> None:
    assert placed(claims(text, names, lang)) == placed_only


# --- asides: like / unlike, sources; stays told as a move not made --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Peru, like Chile but unlike Bolivia, is on Tier 2.", "en", {("PER", "2"), ("CHL", "2")}),
        (
            "Perú, como Chile pero a diferencia de Bolivia, está en el Nivel 2.",
            "es",
            {("PER", "2"), ("CHL", "2")},
        ),
        (
            "El gobierno de Perú, al igual que el de Chile, se mantiene en el Nivel 2.",
            "es",
            {("PER", "2"), ("CHL", "2")},
        ),
        ("Peru, as Chile said, is on Tier 2.", "en", {("PER", "2")}),
        ("Peru, according to Chile, is on Tier 2.", "en", {("PER", "2")}),
        ("Perú, según Chile, está en el Nivel 2.", "es", {("PER", "2")}),
        ("Perú, como informó Chile, está en el Nivel 2.", "es", {("PER", "2")}),
        ("Peru falls in Tier 3.", "en", {("PER", "3")}),
        (
            "Argentina, Chile y Perú, todos países del Nivel 1, fueron elogiados.",
            "es",
            {("ARG", "1"), ("CHL", "1"), ("PER", "1")},
        ),
        (
            "Chile en el Nivel 1, Perú en el Nivel 2 y Bolivia en el Nivel 3: así quedó la región.",
            "es",
            {("CHL", "1"), ("PER", "2"), ("BOL", "3")},
        ),
    ],
)
def test_asides_and_sources(
    text: str, lang: str, expected: set[tuple[str, str]], names: Gazetteer
) -> None:
    gazetteer = gazetteer_of({**COUNTRIES, "ARG": ["Argentina"]})
    assert placed(claims(text, gazetteer, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "countries"),
    [
        ("Neither Chile nor Peru made it off Tier 3.", "en", ["CHL", "PER"]),
        ("Peru did not leave Tier 3.", "en", ["PER"]),
        ("Ni Chile ni Perú lograron salir del Nivel 3.", "es", ["CHL", "PER"]),
        ("Perú no logró salir del Nivel 3.", "es", ["PER"]),
    ],
)
def test_a_move_not_made_is_a_stay(
    text: str, lang: str, countries: list[str], names: Gazetteer
) -> None:
    found = claims(text, names, lang)
    assert has(found, kind="tier", countries=countries, tier="3", unchanged=True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # it left in the end: no stay to check for this report
        ("Peru did not leave Tier 3 until 2016.", "en"),
        # a wish, not a table
        ("Chile en el Nivel 1 y Perú en el Nivel 2, espera el gobierno.", "es"),
    ],
)
def test_stays_and_pairs_not_read(text: str, lang: str, names: Gazetteer) -> None:
    assert placed(claims(text, names, lang)) == set()


# --- companions joined, fronted or described; streaks shared; respectively after a relative --


WIRE: dict[str, list[str]] = {
    **COUNTRIES,
    "RUS": ["Russia", "Rusia"],
    "CHN": ["China"],
    "UZB": ["Uzbekistan", "Uzbekistán"],
    "IRN": ["Iran", "Irán"],
    "SYR": ["Syria", "Siria"],
    "QAT": ["Qatar"],
    "BHR": ["Bahrain", "Baréin"],
    "KHM": ["Cambodia"],
    "PHL": ["the Philippines", "Philippines"],
}


@pytest.fixture(scope="module")
def wire() -> Gazetteer:
    return gazetteer_of(WIRE)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Cuba, Chile and Peru remain on Tier 3, joined this year by Bolivia.",
            "en",
            {("CUB", "3"), ("CHL", "3"), ("PER", "3"), ("BOL", "3")},
        ),
        (
            "Cuba, Chile y Perú siguen en el Nivel 3, a los que este año se sumó Bolivia.",
            "es",
            {("CUB", "3"), ("CHL", "3"), ("PER", "3"), ("BOL", "3")},
        ),
        (
            "Alongside Russia and China, Uzbekistan was placed on Tier 3.",
            "en",
            {("RUS", "3"), ("CHN", "3"), ("UZB", "3")},
        ),
        (
            "El informe ubica a Perú en el Nivel 2, al igual que a Chile y Bolivia.",
            "es",
            {("PER", "2"), ("CHL", "2"), ("BOL", "2")},
        ),
        (
            "The Philippines, on Tier 1 for a fifth year, contrasts with Cambodia, still on the "
            "Watch List.",
            "en",
            {("KHM", "2WL")},
        ),
    ],
)
def test_companions_joined_fronted_or_described(
    text: str, lang: str, expected: set[tuple[str, str]], wire: Gazetteer
) -> None:
    assert placed(claims(text, wire, lang)) >= expected


def test_joined_by_is_not_a_stay(wire: Gazetteer) -> None:
    found = claims("Cuba remains on Tier 3, joined this year by Bolivia.", wire)
    assert has(found, countries=["BOL"], tier="3", unchanged=False)


def test_a_described_stay(wire: Gazetteer) -> None:
    found = claims("Chile praised Cambodia, still on the Watch List.", wire)
    assert has(found, countries=["KHM"], tier="2WL", unchanged=True)


def test_a_streak_shared(wire: Gazetteer) -> None:
    found = claims(
        "Russia and China stay on Tier 3 for the fourth straight year, as do Iran and Syria.", wire
    )
    assert has(found, kind="streak", countries=["IRN", "SYR"], tier="3", years=4)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Qatar and Bahrain, which were on Tier 3, rose to the Watch List and Tier 2 "
            "respectively.",
            "en",
        ),
        (
            "Qatar y Baréin, que estaban en el Nivel 3, subieron a la Lista de Vigilancia y al "
            "Nivel 2, respectivamente.",
            "es",
        ),
    ],
)
def test_respectively_after_a_relative_clause(text: str, lang: str, wire: Gazetteer) -> None:
    found = claims(text, wire, lang)
    assert has(found, kind="change", countries=["QAT"], tier="2WL")
    assert has(found, kind="change", countries=["BHR"], tier="2")
    # the tier the relative clause gives is the one before the move, not this report's
    assert not any(c.tier == "3" and c.years_before == 0 and c.year is None for c in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a comparison, not a description
        ("Chile is ranked higher than Peru, on Tier 2.", "en"),
        # a hope alongside a companion
        ("Along with Russia, Uzbekistan hopes to leave Tier 3.", "en"),
    ],
)
def test_companions_that_are_not(text: str, lang: str, wire: Gazetteer) -> None:
    assert placed(claims(text, wire, lang)) == set()


# --- a tier held: fronted, possessive, kept company with, spoken of -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("With its Tier 1 ranking, Chile leads the region.", "en", {("CHL", "1")}),
        ("Con su calificación de Nivel 1, Chile lidera la región.", "es", {("CHL", "1")}),
        (
            "Chile's Tier 1 ranking contrasts with Peru's Tier 3.",
            "en",
            {("CHL", "1"), ("PER", "3")},
        ),
        ("Chile acompaña a Perú en el Nivel 2.", "es", {("CHL", "2"), ("PER", "2")}),
        ("El gobierno de Chile celebró su ubicación en el Nivel 1.", "es", {("CHL", "1")}),
        (
            "Chile subió al Nivel 1, donde Perú se encuentra desde hace años.",
            "es",
            {("CHL", "1"), ("PER", "1")},
        ),
    ],
)
def test_a_tier_held(
    text: str, lang: str, expected: set[tuple[str, str]], names: Gazetteer
) -> None:
    assert placed(claims(text, names, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the neighbours are on Tier 2, not Peru
        ("Peru's Tier 2 neighbours are Chile and Bolivia.", "en"),
        ("Without its Tier 1 ranking, Chile would lose face.", "en"),
        ("El gobierno de Chile celebró su posible ubicación en el Nivel 1.", "es"),
    ],
)
def test_a_tier_not_held(text: str, lang: str, names: Gazetteer) -> None:
    assert placed(claims(text, names, lang)) == set()
