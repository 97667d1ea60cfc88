"""The Spanish of tier claims (issue 11, item 2): one invented sentence per shape."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import es_change, es_count, es_streak, es_tier, read_es
from tipwatch.briefings.claims import Gazetteer

SPANISH_SHAPES = [
    # Tiers named in words, figures and metaphors, with or without accents and capitals.
    ("Chile se ubica en el Escalón 1.", {es_tier(("CHL",), "1")}),
    ("Venezuela esta en el nivel III.", {es_tier(("VEN",), "3")}),
    ("Bolivia figura en la lista de advertencia.", {es_tier(("BOL",), "2WL")}),
    ("Bolivia se encuentra en el nivel 2 con vigilancia.", {es_tier(("BOL",), "2WL")}),
    ("El informe ubica a Venezuela en el último nivel.", {es_tier(("VEN",), "3")}),
    ("Chile mantiene la máxima calificación.", {es_tier(("CHL",), "1", unchanged=True)}),
    ("Chile se ubica en la categoría máxima.", {es_tier(("CHL",), "1")}),
    ("PERU SIGUE EN EL NIVEL 2.", {es_tier(("PER",), "2", unchanged=True)}),
    ("Colombia fue ubicada en la categoría Tier 2.", {es_tier(("COL",), "2")}),
    # Verbs of staying and of membership.
    ("Perú conserva el Nivel 2.", {es_tier(("PER",), "2", unchanged=True)}),
    ("Venezuela integra la lista negra.", {es_tier(("VEN",), "3")}),
    ("Cuba y Venezuela conforman el nivel 3.", {es_tier(("CUB", "VEN"), "3")}),
    ("Perú logró mantenerse en el nivel 2.", {es_tier(("PER",), "2", unchanged=True)}),
    ("Perú fue calificado con el nivel 2.", {es_tier(("PER",), "2")}),
    ("Perú está clasificado como país de nivel 2.", {es_tier(("PER",), "2")}),
    (
        "Venezuela fue mantenida en el grupo de países bajo observación especial.",
        {es_tier(("VEN",), "2WL", unchanged=True)},
    ),
    ("Colombia ya no se encuentra en la categoría Tier 1.", {es_tier(("COL",), "1", negated=True)}),
    ("Colombia dejó de estar en el Nivel 1.", {es_tier(("COL",), "1", negated=True)}),
    # Clitics: doubling, a fronted object, and a pronoun that makes the country the placer.
    ("A Perú lo ubicaron en el Nivel 2.", {es_tier(("PER",), "2")}),
    ("En cuanto a Perú, el informe lo ubica en el nivel 2.", {es_tier(("PER",), "2")}),
    ("Estados Unidos la mantuvo en el Nivel 3.", set()),
    # Verbs of movement, active and passive, and how far.
    (
        "Estados Unidos excluyó a Cuba de la lista negra.",
        {es_change(("CUB",), None, from_tier="3")},
    ),
    ("Cuba abandonó la lista negra.", {es_change(("CUB",), None, from_tier="3")}),
    ("Colombia perdió la categoría 1.", {es_change(("COL",), None, from_tier="1")}),
    ("Colombia recuperó el nivel 1.", {es_change(("COL",), "1")}),
    ("Chile fue elevado por primera vez al Nivel 1.", {es_change(("CHL",), "1", "up")}),
    ("Estados Unidos rebajó este año a Colombia al nivel 2.", {es_change(("COL",), "2", "down")}),
    ("Estados Unidos ha degradado a Cuba al Nivel 3.", {es_change(("CUB",), "3", "down")}),
    (
        "Colombia fue degradado de categoría de Tier 1, al Tier 2.",
        {es_change(("COL",), "2", "down", "1")},
    ),
    ("Colombia pasó de la categoría 1 a la 2.", {es_change(("COL",), "2", from_tier="1")}),
    ("Bolivia ascendió del Nivel “3.”", {es_change(("BOL",), None, "up", "3")}),
    ("Haití cayó dos escalones, hasta el nivel 3.", {es_change(("HTI",), "3", "down")}),
    ("Haití se desplomó al nivel 3.", {es_change(("HTI",), "3", "down")}),
    ("Cuba y México entraron a la lista negra.", {es_change(("CUB", "MEX"), "3")}),
    (
        "Ni Cuba ni Venezuela salieron del nivel 3.",
        {es_change(("CUB", "VEN"), None, from_tier="3", negated=True)},
    ),
    # Streaks: ordinal years, "lleva", "desde", year ranges.
    ("Cuba lleva diez años en la lista negra.", {es_streak("CUB", "3", 10)}),
    ("Bolivia suma tres años en la lista de vigilancia.", {es_streak("BOL", "2WL", 3)}),
    ("Perú permanece en el nivel 2 por tercer año.", {es_streak("PER", "2", 3)}),
    ("Desde 2012, Perú permanece en el Nivel 2.", {es_streak("PER", "2", 5)}),
    ("Cuba llevaba desde 2010 dentro del 'nivel tres'.", {es_streak("CUB", "3", 6, back=1)}),
    # Lists and coordination.
    (
        "Tanto Cuba como Venezuela permanecen en el nivel 3.",
        {es_tier(("CUB", "VEN"), "3", unchanged=True)},
    ),
    (
        "Cuba y Venezuela, al igual que Haití, permanecen en el nivel 3.",
        {es_tier(("CUB", "VEN", "HTI"), "3", unchanged=True)},
    ),
    ("Cuba y Haití, ambos en el nivel 3, rechazaron el informe.", {es_tier(("CUB", "HTI"), "3")}),
    (
        "Chile, en el nivel 1; Perú, en el nivel 2; y Bolivia, en la lista de vigilancia.",
        {es_tier(("CHL",), "1"), es_tier(("PER",), "2"), es_tier(("BOL",), "2WL")},
    ),
    # Agreement: a singular verb has one subject.
    ("Al excluir a Venezuela, Cuba queda en la lista negra.", {es_tier(("CUB",), "3")}),
    # Counts.
    ("22 países integran la lista negra.", {es_count("3", 22)}),
    ("El nivel 3 está integrado por 22 países.", {es_count("3", 22)}),
    ("Son 22 los países en el nivel 3.", {es_count("3", 22)}),
    ("El número de países en el nivel 3 pasó de 21 a 22.", {es_count("3", 22)}),
    ("El Departamento de Estado calificó a 13 países como los peores.", {es_count("3", 13)}),
    (
        "En 2024, asignamos la calificación más alta, Nivel 1, a solo 33 países.",
        {es_count("1", 33)},
    ),
    (
        "Cuba es uno de los 13 países con la peor calificación.",
        {es_tier(("CUB",), "3"), es_count("3", 13)},
    ),
    (
        "Junto a Cuba y Venezuela, hay otros 19 países en la lista negra, como Irán y Birmania.",
        {es_tier(("CUB", "VEN"), "3"), es_count("3", 21), es_tier(("IRN", "MMR"), "3")},
    ),
    (
        "Venezuela es uno de los 22 países incluidos en el nivel 3.",
        {es_tier(("VEN",), "3"), es_count("3", 22)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH_SHAPES)
def test_the_spanish_of_tier_claims(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_es(text, gazetteer) == expected
