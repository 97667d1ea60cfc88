"""Spanish readers of the third round: the countries a count names in dashes ("25 países
-entre los que aparecen Cuba e Irán- están en el Nivel 3"); a stay "desde" a year told in
the imperfect, which ended with the report before, and its clause with no subject ("Desde
2014 estuvo en la lista de observación"); a past stay in a relative clause on the tier just
named ("salió del nivel 3, en el que estuvo en 2014 y 2015"). Invented sentences: what each
must read, and what it must refuse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import es_change, es_count, es_streak, es_tier, read_es
from tipwatch.briefings.claims import Gazetteer, read_text

READ: list[tuple[str, set[tuple[Any, ...]]]] = [
    # A count with some of its countries in dashes: the count, and those countries on its tier,
    # whatever the verb after the dashes; a relative inside the dashes is no part of the count.
    (
        "Mientras que 30 países -incluidos Chile y Colombia- se incluyen en el Nivel 1, y 20 "
        "países -entre los que aparecen Cuba, Irán y Venezuela- están en el Nivel 3.",
        {
            es_count("1", 30),
            es_tier(("CHL", "COL"), "1"),
            es_count("3", 20),
            es_tier(("CUB", "IRN", "VEN"), "3"),
        },
    ),
    (
        "En el informe, 19 países - incluidos Cuba, Irán y Venezuela - han sido clasificados "
        "como de Nivel 3.",
        {es_count("3", 19), es_tier(("CUB", "IRN", "VEN"), "3")},
    ),
    ("Perú se incluye en el Nivel 2.", {es_tier(("PER",), "2")}),
    ("Bolivia figuraba en la lista negra.", {es_tier(("BOL",), "3")}),
    # A stay since a year in the imperfect (or as a finished stay) ended with the report
    # before; one in the present runs to this report.
    ("Cuba estaba en el Nivel 3 desde 2003.", {es_streak("CUB", "3", 13, back=1)}),
    ("Desde 2012, Perú está en el Nivel 2.", {es_streak("PER", "2", 5)}),
    # The clause opened by the year takes the country named last as its subject.
    (
        "El informe habla de Bolivia. Desde 2012 estuvo en la Lista de Vigilancia.",
        {es_streak("BOL", "2WL", 4, back=1)},
    ),
    # A relative clause on a tier, dated "desde" a year, its subject after the verb.
    (
        "La peor categoría —donde estaba Cuba desde 2003— implicaba sanciones.",
        {es_streak("CUB", "3", 13, back=1)},
    ),
    # "así" between a verb and its tier.
    ("Perú quedó así en el Nivel 2.", {es_tier(("PER",), "2")}),
    # How long a country failed to act is no stay on its tier.
    (
        "Bolivia está en el Nivel 2 porque durante dos años consecutivos no tomó medidas.",
        {es_tier(("BOL",), "2")},
    ),
    # The nth time, every year since the one set off after a comma; not the nth time alone.
    (
        "El informe ubicó a Cuba en el Nivel 3 por decimotercera vez, desde 2004.",
        {es_streak("CUB", "3", 13)},
    ),
    ("Cuba fue ubicada en el Nivel 3 por segunda vez desde 2010.", {es_tier(("CUB",), "3")}),
    # A tier's count opening the sentence, and the country said to be one of them, with its
    # companions.
    (
        "De los 30 países del Nivel 1, Chile es uno de los dos en Sudamérica, junto con Colombia.",
        {es_count("1", 30), es_tier(("CHL",), "1"), es_tier(("COL",), "1")},
    ),
    (
        "De los 30 países del Nivel 1, Chile no es uno de los que más avanzó.",
        {es_count("1", 30)},
    ),
    # Out of the tier just named, in a relative clause with the subject after its verb.
    (
        "Haití y Belice cayeron a la lista negra, de la que salió Cuba.",
        {es_change(("HTI", "BLZ"), "3", "down"), es_change(("CUB",), None, from_tier="3")},
    ),
    ("Haití está en la lista negra, de la que no salió Cuba.", {es_tier(("HTI",), "3")}),
    # The blacklist as "the list of the countries most involved in trafficking".
    (
        "Las autoridades han decidido retirar a Haití de su lista de los países más implicados "
        "en la trata de personas.",
        {es_change(("HTI",), None, from_tier="3")},
    ),
    # Years carried on a tier by a list of countries: the whole list's streak.
    (
        "Cuba y Venezuela llevan siete años consecutivos en la Lista de Vigilancia.",
        {("streak", ("CUB", "VEN"), "2WL", None, None, False, False, 7, 0)},
    ),
    # Countries fronted "junto a", "al igual que": they share the first claim after them.
    (
        "Junto a Haití, también Cuba volvió a un escalón más abajo.",
        {es_change(("HTI",), None, "down"), es_change(("CUB",), None, "down")},
    ),
    (
        "Al igual que Chile, Colombia sigue en el Nivel 1.",
        {es_tier(("CHL",), "1", unchanged=True), es_tier(("COL",), "1", unchanged=True)},
    ),
    (
        "Junto a Cuba, Venezuela no figura en la lista negra.",
        {es_tier(("VEN",), "3", negated=True)},
    ),
    # Counted countries listed after a colon that left the tier, or were added to it: moves,
    # not places on it, and no count of the tier.
    (
        "Tres países fueron retirados de la lista negra: Belice, Haití y Cuba.",
        {es_change(("BLZ", "HTI", "CUB"), None, from_tier="3")},
    ),
    (
        "Estados Unidos agregó a la lista negra a tres países: Belice, Haití y Cuba.",
        {es_change(("BLZ", "HTI", "CUB"), "3")},
    ),
    # "permanecía", and "desde" after a connective.
    (
        "Chile hizo grandes esfuerzos contra la trata. Por ello, desde el 2010 permanecía en "
        "el Nivel 1.",
        {es_streak("CHL", "1", 6, back=1)},
    ),
]

REFUSED = [
    # A condition: no count, no members.
    "Si 20 países -incluidos Cuba e Irán- no mejoran, podrían caer al Nivel 3.",
    "20 países -incluidos Cuba e Irán- podrían caer al Nivel 3.",
    # No country named before the subjectless clause, or a subject of its own that is none.
    "Desde 2012 estuvo en la Lista de Vigilancia.",
    "El informe habla de Bolivia. Desde 2012, el gobierno estuvo trabajando en el tema.",
    # Nothing was added.
    "Estados Unidos no agregó a Cuba a la lista negra.",
    "Estados Unidos no agregó a la lista negra a tres países: Belice, Haití y Cuba.",
    # "por primer año" with no tier: no run of reports.
    "Cuba forma parte del grupo de 13 países, según el informe, que por primer año incluyó a "
    "su propio país en la evaluación.",
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert read_es(text, gazetteer) == expected


@pytest.mark.parametrize("text", REFUSED)
def test_refuses(gazetteer: Gazetteer, text: str) -> None:
    assert not {c for c in read_es(text, gazetteer) if c[0] == "count" or c[1]}


def test_no_count_of_countries_named_before(gazetteer: Gazetteer) -> None:
    text = "Los tres países -incluidos Cuba e Irán- están en el Nivel 3."
    assert not [c for c in read_es(text, gazetteer) if c[0] == "count"]


def _dated(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    """(kind, countries, tier, from tier, year, years before) of each claim, read in 2016."""
    return {
        (str(c.kind), c.countries, c.tier, c.from_tier, c.year, c.years_before)
        for c in read_text(text, gazetteer, "es", 2016).claims
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No subject in the relative clause: the country named last, in each year named.
        (
            "Haití salió así del Nivel 3, en el que estuvo degradado en 2013 y 2014.",
            {
                ("change", ("HTI",), None, "3", None, 0),
                ("tier", ("HTI",), "3", None, 2013, 0),
                ("tier", ("HTI",), "3", None, 2014, 0),
            },
        ),
        (
            "El informe sube a Bolivia al Nivel 2, ya que se encontraba en la lista negra, donde "
            "fue ubicada el año pasado.",
            {
                ("change", ("BOL",), "2", None, None, 0),
                ("tier", ("BOL",), "3", None, None, 1),
            },
        ),
        # No time in the relative clause: no claim of it.
        ("Haití dejó el Nivel 3, en el que estuvo.", {("change", ("HTI",), None, "3", None, 0)}),
        (
            "Perú está en el Nivel 2, donde están los países que no cumplen.",
            {("tier", ("PER",), "2", None, None, 0)},
        ),
    ],
)
def test_a_past_stay_in_a_relative_clause_on_a_tier(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _dated(text, gazetteer) == expected
