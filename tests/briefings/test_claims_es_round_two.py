"""Spanish readers of the second round: tiers named by rank from the top or bottom ("el
segundo nivel más alto"), lists named by what they hold ("el listado de los mejor
clasificados", "su lista de países en los que el tráfico es peor"), and spellings of country
names the press uses. Invented sentences: what each must read, and what it must refuse."""

from __future__ import annotations

from typing import Any

import pytest

from tipwatch.briefings.claims import Gazetteer, read_text
from tipwatch.briefings.names import build_gazetteer


def _read(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    """(kind, countries, tier, from tier, direction, negated) of each claim."""
    return {
        (str(c.kind), c.countries, c.tier, c.from_tier, c.direction, c.negated)
        for c in read_text(text, gazetteer, "es", 2016).claims
    }


def _tiers(text: str, gazetteer: Gazetteer) -> set[str | None]:
    return {c.tier for c in read_text(text, gazetteer, "es", 2016).claims}


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Perú fue degradado al segundo nivel más alto.", "2"),
        ("Chile bajó a la segunda categoría más alta del informe.", "2"),
        ("Bolivia está en el segundo nivel más bajo de la escala.", "2WL"),
        ("Bolivia quedó en la segunda peor categoría del informe.", "2WL"),
        ("Colombia figura en el listado de los mejor clasificados.", "1"),
        ("Chile sigue en la lista de los países mejor calificados.", "1"),
        (
            "El informe agregó a Perú a su lista de países en los que el tráfico humano es peor.",
            "3",
        ),
        ("Bolivia entró en la lista de naciones donde la trata de personas es más grave.", "3"),
    ],
)
def test_tiers_named_by_rank_or_by_what_the_list_holds(
    gazetteer: Gazetteer, text: str, tier: str
) -> None:
    assert _tiers(text, gazetteer) == {tier}


@pytest.mark.parametrize(
    "text",
    [
        # "a second, higher level" describes, it does not name, a tier.
        "Perú creó un segundo nivel más alto de protección para las víctimas.",
        # The best-rated of something else.
        "Chile encabeza el listado de los mejor clasificados en turismo.",
        # A list of countries where something else is worse.
        "Perú figura en una lista de países en los que la corrupción es peor.",
    ],
)
def test_ranks_and_lists_that_are_no_tier(gazetteer: Gazetteer, text: str) -> None:
    assert not {c for c in read_text(text, gazetteer, "es", 2016).claims if c.tier}


def test_the_rank_from_the_top_is_not_the_top_tier(gazetteer: Gazetteer) -> None:
    # "el segundo nivel más alto" holds "el nivel más alto": only the longer reading counts.
    assert _tiers("Perú está en el segundo nivel más alto.", gazetteer) == {"2"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("República Dominica y Haití están en la Lista de Vigilancia.", ("DOM", "HTI")),
        ("Suazilandia figura en el Nivel 2.", ("SWZ",)),
        ("Suazilanda y Chad figuran en el Nivel 2.", ("SWZ", "TCD")),
        ("Guinea-Bisseau figura en el Nivel 2.", ("GNB",)),
        ("Guinea Bissau figura en el Nivel 2.", ("GNB",)),
    ],
)
def test_spellings_of_the_press(tip_data: object, text: str, countries: tuple[str, ...]) -> None:
    claims = read_text(text, build_gazetteer(), "es", 2016).claims
    assert {c.countries for c in claims} == {countries}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # Dominica is its own country, and Guinea next to Bissau-less text is Guinea.
        ("Dominica figura en el Nivel 2.", ("DMA",)),
        ("Guinea figura en el Nivel 2.", ("GIN",)),
        ("La República Dominicana figura en el Nivel 2.", ("DOM",)),
    ],
)
def test_the_other_countries_keep_their_names(
    tip_data: object, text: str, countries: tuple[str, ...]
) -> None:
    claims = read_text(text, build_gazetteer(), "es", 2016).claims
    assert {c.countries for c in claims} == {countries}


def _streaks(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    """(countries, tier, years, reports back) of each streak claim."""
    return {
        (c.countries, c.tier, c.years, c.years_before)
        for c in read_text(text, gazetteer, "es", 2016).claims
        if str(c.kind) == "streak"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perú estuvo cuatro años en el Nivel 2.", {(("PER",), "2", 4, 0)}),
        ("Bolivia permaneció tres años en la Lista de Vigilancia.", {(("BOL",), "2WL", 3, 0)}),
        ("Chile se mantuvo seis años consecutivos en el Nivel 1.", {(("CHL",), "1", 6, 0)}),
        ("Perú estuvo más de cinco años en la lista negra.", {(("PER",), "3", 6, 0)}),
        # A run on the tier it then left ended in the report before.
        (
            "Haití, que estuvo cuatro años en el Nivel 2, bajó este año al 3.",
            {(("HTI",), "2", 4, 1)},
        ),
        (
            "Bolivia, que permaneció dos años en la Lista de Vigilancia, subió al Nivel 2.",
            {(("BOL",), "2WL", 2, 1)},
        ),
    ],
)
def test_a_past_stay_with_its_length_is_a_run(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _streaks(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Years spent on something else, or out of the tier.
        "Perú estuvo tres años en conversaciones para salir de la lista negra.",
        "Perú estuvo tres años sin figurar en la lista negra.",
        "Perú no estuvo cuatro años en el Nivel 2.",
        # A duration with no verb of staying is no run.
        "Perú tardó cuatro años en llegar al Nivel 1.",
    ],
)
def test_durations_that_are_no_run(gazetteer: Gazetteer, text: str) -> None:
    assert not _streaks(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venezuela había sido colocada los cuatro años anteriores en la Lista de Vigilancia.",
            {(("VEN",), "2WL", 4, 1)},
        ),
        ("Perú estuvo en el Nivel 2 durante los tres años anteriores.", {(("PER",), "2", 3, 1)}),
        ("Bolivia figuró en la lista negra los dos informes previos.", {(("BOL",), "3", 2, 1)}),
    ],
)
def test_a_run_in_the_years_before_ends_in_the_report_before(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _streaks(text, gazetteer) == expected


def test_years_before_spent_on_something_else_are_no_run(gazetteer: Gazetteer) -> None:
    for text in (
        "Perú invirtió más durante los tres años anteriores.",
        "Los cuatro años anteriores fueron difíciles para Bolivia.",
    ):
        assert not _streaks(text, gazetteer), text
