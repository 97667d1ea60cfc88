"""The ninth round's readings of sentences from which no claim was read."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import es_tier, read_es
from tipwatch.briefings.claims import Gazetteer, extract_claims, read_text

# The ninth round's readings of sentences from which no claim was read: a tier given as a rating
# or named after its members ("con la calificación Nivel 1", "dentro de los países de «nivel
# 2»"), and the owner of the ranking between "the" and a tier word ("the report's lowest level").
NINTH_SPANISH = [
    (
        "El Departamento de Estado reconoció a Argentina con la calificación Nivel 1.",
        {es_tier(("ARG",), "1")},
    ),
    ("El informe ubicó a Chile con la categoría Nivel 1.", {es_tier(("CHL",), "1")}),
    ("Los expertos ubicaron a Perú dentro de los países de «nivel 2».", {es_tier(("PER",), "2")}),
    ("El informe colocó a Cuba entre las naciones del nivel 3.", {es_tier(("CUB",), "3")}),
    # Refusals: a negation, and "con" that is a companion rather than a rating.
    ("El informe no reconoció a Argentina con la calificación Nivel 1.", set()),
    ("El informe reconoció a Argentina con la ayuda de Chile.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NINTH_SPANISH)
def test_the_ninth_rounds_spanish(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_es(text, gazetteer) == expected


def _plain_en(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    return {
        (str(c.kind), c.countries, c.tier, c.negated) for c in extract_claims(text, gazetteer, "en")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru was downgraded to the report's lowest level.", {("change", ("PER",), "3", False)}),
        (
            "Chile in 2022 was downgraded to the report\u2019s lowest level, Tier 3, citing it.",
            {("change", ("CHL",), "3", False)},
        ),
        ("Peru is on the annual report's Tier 2 Watch List.", {("tier", ("PER",), "2WL", False)}),
        ("Bolivia is not on the State Department's lowest tier.", {("tier", ("BOL",), "3", True)}),
        # Refusals: an owner with no tier after it, and a report's tier without a country.
        ("The report's authors praised Peru.", set()),
        ("The report's lowest tier is a warning.", set()),
    ],
)
def test_the_owner_of_a_ranking_before_its_tier(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _plain_en(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Peru in 2022 was downgraded to Tier 3.", "en", {("change", ("PER",), "3", 2022)}),
        (
            "Peru and Chile in 2019 were placed on Tier 2.",
            "en",
            {("tier", ("PER", "CHL"), "2", 2019)},
        ),
        ("Cuba en 2015 fue ubicada en el nivel 3.", "es", {("tier", ("CUB",), "3", 2015)}),
        # Not between the subject and its verb: the year of another phrase is not taken.
        (
            "Peru, a country visited in 2019, was placed on Tier 2.",
            "en",
            {("tier", ("PER",), "2", None)},
        ),
    ],
)
def test_a_year_between_the_subject_and_its_verb(
    gazetteer: Gazetteer, text: str, lang: str, expected: set[tuple[Any, ...]]
) -> None:
    claims = read_text(text, gazetteer, lang, 2024).claims
    assert {(str(c.kind), c.countries, c.tier, c.year) for c in claims} == expected
