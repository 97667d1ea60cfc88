"""Spanish readers of the fifth round: the tier right after the noun for a country, with no
"de" ("Perú sigue siendo un país Nivel 2"), "siga siendo" after a judgement on the fact, the
first person plural of a group's statement ("Lamentamos que Bolivia siga ..."), and a year that
opens a relative clause dates the clause's claim ("Perú, que en 2015 estaba en el Nivel 2, subió
al Nivel 1"), a rating moved to a tier told before it ("rebajó a 3 la categoría de Cuba") and the
government of a country with its noun left out ("mantiene al de México en la categoría 2").
Invented sentences; the text's report year is 2021."""

from __future__ import annotations

import pytest

from tipwatch.briefings.claims import Gazetteer, read_text

YEAR = 2021


def placings(text: str, gazetteer: Gazetteer) -> set[tuple[str, tuple[str, ...], str | None, int]]:
    """(kind, countries, tier, report year) of each claim."""
    return {
        (
            str(c.kind),
            c.countries,
            c.tier,
            c.year if c.year is not None else YEAR - c.years_before,
        )
        for c in read_text(text, gazetteer, "es", YEAR).claims
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perú sigue siendo un país Nivel 2.", {("tier", ("PER",), "2", YEAR)}),
        ("Perú sigue siendo país Nivel 2.", {("tier", ("PER",), "2", YEAR)}),
        ("Perú es un país de Nivel 2.", {("tier", ("PER",), "2", YEAR)}),
        (
            "Es preocupante que Bolivia siga siendo un país Nivel 3.",
            {("tier", ("BOL",), "3", YEAR)},
        ),
        (
            "Lamentamos que Bolivia siga siendo un país de Nivel 3.",
            {("tier", ("BOL",), "3", YEAR)},
        ),
        ("Celebramos que Perú se mantenga en el Nivel 2.", {("tier", ("PER",), "2", YEAR)}),
        (
            "Perú, que en 2015 estaba en el Nivel 2, subió al Nivel 1.",
            {("tier", ("PER",), "2", 2015), ("change", ("PER",), "1", YEAR)},
        ),
        ("Perú en 2015 estaba en el Nivel 2.", {("tier", ("PER",), "2", 2015)}),
        # a rating moved to a tier named before it, or to a bare number before the rating
        (
            "El Departamento de Estado rebajó al Nivel 3 la categoría de Perú.",
            {("change", ("PER",), "3", YEAR)},
        ),
        (
            "El Departamento de Estado rebajó a 3 la categoría de Perú.",
            {("change", ("PER",), "3", YEAR)},
        ),
        ("Estados Unidos subió a 2 la calificación de Bolivia.", {("change", ("BOL",), "2", YEAR)}),
        # a run since a year told before the clause, ended with the report before when told in
        # the preterite
        ("Desde 2015 Perú siempre se ubicó en el Nivel 2.", {("streak", ("PER",), "2", 2020)}),
        ("Desde 2015 Perú se ubica en el Nivel 2.", {("streak", ("PER",), "2", 2021)}),
        # the government of a country, its noun left out
        ("El informe mantiene al de Perú en la categoría 2.", {("tier", ("PER",), "2", YEAR)}),
    ],
)
def test_spanish_readings_of_the_fifth_round(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert placings(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a wish or a fear of what may come is not said to be so
        "Lamentaríamos que Bolivia siga siendo un país Nivel 3 el próximo año.",
        "Perú no es un país Nivel 1.",
        # a number before a rating that is no country's
        "El informe dio a 3 la categoría de mayor riesgo.",
    ],
)
def test_what_the_fifth_round_leaves_alone(text: str, gazetteer: Gazetteer) -> None:
    found = [c for c in read_text(text, gazetteer, "es", YEAR).claims if not c.negated]
    assert not found, found
