"""The Spanish reading of last resort (`fallback_es`): a clause's countries, its verb and the
preposition before its one tier, where no rule read the clause; and the asides between a
subject and its verb. Invented sentences: what it must read, and what it must refuse."""

from __future__ import annotations

from typing import Any

import pytest

from tipwatch.briefings.claims import Gazetteer, read_text


def _read(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    """(kind, countries, tier, from tier, direction, negated, unchanged) of each claim."""
    return {
        (str(c.kind), c.countries, c.tier, c.from_tier, c.direction, c.negated, c.unchanged)
        for c in read_text(text, gazetteer, "es", 2016).claims
    }


def _tier(countries: tuple[str, ...], tier: str, unchanged: bool = False) -> tuple[Any, ...]:
    return ("tier", countries, tier, None, None, False, unchanged)


def _change(
    countries: tuple[str, ...],
    tier: str | None,
    from_tier: str | None = None,
    direction: str | None = None,
) -> tuple[Any, ...]:
    return ("change", countries, tier, from_tier, direction, False, False)


READ = [
    # Verbs of being and ending up on a tier that no rule knows.
    ("Perú terminó en el Nivel 2 del informe de este año.", {_tier(("PER",), "2")}),
    ("Bolivia acabó en la Lista de Vigilancia tras un año difícil.", {_tier(("BOL",), "2WL")}),
    ("Colombia se consolidó en el Nivel 1 del informe.", {_tier(("COL",), "1")}),
    ("Perú se instaló en el Nivel 2.", {_tier(("PER",), "2")}),
    # Staying.
    ("Cuba continúa formando parte del Nivel 3.", {_tier(("CUB",), "3", unchanged=True)}),
    (
        "Belice y Surinam continúan estando en la Lista de Vigilancia del informe.",
        {_tier(("BLZ", "SUR"), "2WL", unchanged=True)},
    ),
    # The subject of the verb after "y", and a second verb after a rule's own reading.
    (
        "Perú logró escalar posiciones y ahora figura en el Nivel 1 del ranking.",
        {_tier(("PER",), "1")},
    ),
    (
        # (the move went where the second verb puts the country: up, to the Watch List)
        "Perú salió de la lista negra y ahora figura en la Lista de Vigilancia.",
        {_change(("PER",), "2WL", from_tier="3", direction="up"), _tier(("PER",), "2WL")},
    ),
    # A verb after "pero" with no subject of its own: the clause before's.
    (
        "Perú no está en la lista negra pero se encuentra en el Nivel 2.",
        {("tier", ("PER",), "3", None, None, True, False), _tier(("PER",), "2")},
    ),
    # An aside inside the clause ("según el documento") is no part of it.
    (
        "Argentina, Brasil y Chile forman parte, según el documento, del Nivel 1 del informe.",
        {_tier(("ARG", "BRA", "CHL"), "1")},
    ),
    # Moves: onto a tier by "pasar a formar parte", "volver a integrar", into it by "en".
    ("Bolivia pasó a formar parte de la lista negra.", {_change(("BOL",), "3")}),
    ("Haití cayó en la lista negra.", {_change(("HTI",), "3", direction="down")}),
    ("Guyana se coló en el Nivel 1 por primera vez.", {_change(("GUY",), "1")}),
    ("Haití descendió hasta la lista negra.", {_change(("HTI",), "3", direction="down")}),
    ("Surinam fue sacado de la lista negra.", {_change(("SUR",), None, from_tier="3")}),
    ("Haití se hundió hasta la lista negra.", {_change(("HTI",), "3")}),
    ("Perú fue bajado a la Lista de Vigilancia.", {_change(("PER",), "2WL", direction="down")}),
    # Leaving a tier named as the object, then a second verb with the same subject.
    (
        "Con ello, Perú deja el Nivel 3 y pasa a la Lista de Vigilancia.",
        {_change(("PER",), None, from_tier="3"), _change(("PER",), "2WL")},
    ),
    # Companions beside the subject share its tier.
    (
        "Cuba y Venezuela integran, junto con Irán, el Nivel 3.",
        {_tier(("CUB", "VEN", "IRN"), "3")},
    ),
    ("Perú, junto a Chile, terminó en el Nivel 1.", {_tier(("PER", "CHL"), "1")}),
    # "uno de los países de", with a companion after the verb.
    (
        "Cuba es, junto con Venezuela, uno de los países del Nivel 3.",
        {_tier(("CUB", "VEN"), "3")},
    ),
    # "mientras que" opens a clause with a subject of its own.
    (
        "Chile está en el Nivel 1, mientras que Perú terminó en la Lista de Vigilancia.",
        {_tier(("CHL",), "1"), _tier(("PER",), "2WL")},
    ),
    # An aside between the subject and its verb, naming another country.
    (
        "Venezuela, un país con una buena relación con Cuba, ha sido degradada al Nivel 3.",
        {_change(("VEN",), "3", direction="down")},
    ),
    (
        "Perú, con treinta millones de habitantes, se mantiene en el Nivel 2.",
        {_tier(("PER",), "2", unchanged=True)},
    ),
    (
        "Haití, pese a los esfuerzos del gobierno de Cuba, terminó en la lista negra.",
        {_tier(("HTI",), "3")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_the_spanish_reading_of_last_resort(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


REFUSED = [
    # Negation.
    "Perú no terminó en el Nivel 2 del informe.",
    "Perú nunca ha figurado en el Nivel 1.",
    "Perú sigue sin formar parte del Nivel 1.",
    "Perú tampoco logró figurar en el Nivel 1.",
    "Perú quedó fuera de la lista negra.",
    # Condition, modal, future, wish, risk.
    "Si no mejora, Perú podría terminar en la lista negra.",
    "Perú terminaría en la lista negra si no aprueba la ley.",
    "Perú acabará en la lista negra el próximo año.",
    "Perú va a terminar en la lista negra.",
    "Perú corre el riesgo de terminar en la lista negra.",
    "La ONG pide que Perú pase a formar parte del Nivel 1.",
    "Perú espera ingresar en el Nivel 1.",
    "Perú evitó terminar en la lista negra.",
    "Perú se libró de caer a la lista negra.",
    # A purpose, not a fact: an infinitive after anything but "logró", "pasó a", "volvió a".
    "Perú trabaja para salir de la Lista de Vigilancia.",
    "Perú lucha por terminar en el Nivel 1.",
    # Comparison and exception (also set off by commas).
    "Perú, a diferencia del resto, terminó en el Nivel 1.",
    "A diferencia de Chile, Perú terminó en el Nivel 2.",
    "Perú terminó en un nivel más bajo que Chile, en el Nivel 2.",
    "Perú terminó en el mismo nivel que Chile, el Nivel 2.",
    "Todos los países de la región, excepto Perú, terminaron en el Nivel 2.",
    # Counts, others, exclusivity: the count and group rules' to read.
    "Diecinueve países, entre ellos Perú, terminaron en el Nivel 3.",
    "Otros países como Perú terminaron en el Nivel 2.",
    "Sólo Perú terminó en el Nivel 1.",
    # Sinking deeper where it already was is no move onto the tier.
    "Perú, en cambio, se hunde aún más en la lista negra.",
    # Tiers it cannot pair with its countries.
    "Perú y Chile terminaron en el Nivel 2 y en el Nivel 1.",
    # A country named but not placed.
    "Víctimas de Perú terminaron en refugios del Nivel 2.",
    "El gobierno de Perú celebró que el país terminara en el Nivel 1.",
    "Perú, que según el informe no terminó en el Nivel 1, celebró la noticia.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_the_spanish_reading_of_last_resort_keeps_out_of_what_it_cannot_tell(
    gazetteer: Gazetteer, text: str
) -> None:
    claims = read_text(text, gazetteer, "es", 2016).claims
    assert not [c for c in claims if "PER" in c.countries and not c.negated], [
        c.structured() for c in claims
    ]


def test_a_time_it_cannot_date_is_left_alone(gazetteer: Gazetteer) -> None:
    # "un año más tarde": the report of that move is not the one the sentence is about.
    text = "Perú estaba en el Nivel 3, pero un año más tarde terminó en el Nivel 1."
    assert _read(text, gazetteer) == {_tier(("PER",), "3")}


def test_the_one_who_places_is_not_placed(gazetteer: Gazetteer) -> None:
    assert _read("Estados Unidos la dejó terminar en el Nivel 3.", gazetteer) == set()
    assert _read("Estados Unidos terminó ubicando a Perú en el Nivel 2.", gazetteer) == {
        _tier(("PER",), "2")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perú, al igual que Chile, se encuentra en el Nivel 1.", {_tier(("PER", "CHL"), "1")}),
        ("Perú, como Chile, se encuentra en el Nivel 1.", {_tier(("PER", "CHL"), "1")}),
        ("Tanto Perú como Chile se encuentran en el Nivel 1.", {_tier(("PER", "CHL"), "1")}),
        (
            "Haití, junto con Cuba, permanece en el Nivel 3.",
            {_tier(("HTI", "CUB"), "3", unchanged=True)},
        ),
        # A list with no conjunction before a verb in the singular is still its last country.
        ("Al excluir a Venezuela, Cuba queda en el Nivel 3.", {_tier(("CUB",), "3")}),
    ],
)
def test_a_subject_and_its_companions_share_the_claim(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Perú bajó del Nivel 2 (Tier 2) en la lista -la tercera más baja de las cuatro "
            "clasificaciones- al Nivel 3.",
            {_change(("PER",), "3", from_tier="2", direction="down")},
        ),
        (
            "Perú salió del Nivel 3 (el peor) a la Lista de Vigilancia.",
            {_change(("PER",), "2WL", from_tier="3")},
        ),
        # Another clause's tier is not where the move went.
        (
            "Perú salió del Nivel 3 y Chile subió al Nivel 1.",
            {_change(("PER",), None, from_tier="3"), _change(("CHL",), "1", direction="up")},
        ),
    ],
)
def test_asides_between_the_tier_a_move_left_and_the_one_it_went_to(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al Nivel 1 ascendió Colombia.", {_change(("COL",), "1", direction="up")}),
        ("A la lista negra se sumaron Cuba y Venezuela.", {_change(("CUB", "VEN"), "3")}),
        ("Del Nivel 3 salieron Cuba y Venezuela.", {_change(("CUB", "VEN"), None, "3")}),
        (
            "En la categoría de Nivel 2 quedaron ubicados Perú y Bolivia.",
            {_tier(("PER", "BOL"), "2")},
        ),
        # The verb after the tier is guarded like any other.
        ("A la lista negra no se sumaron Cuba y Venezuela.", set()),
        ("A la lista negra podrían sumarse Cuba y Venezuela.", set()),
        ("A la lista negra se sumarán Cuba y Venezuela.", set()),
        ("De la lista negra habló Perú.", set()),
    ],
)
def test_the_tier_and_its_verb_before_the_countries(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


def test_last_year_is_a_time_not_a_move(gazetteer: Gazetteer) -> None:
    # "pasado" in "el año pasado" is no verb "pasar": the claim is a placement a year back.
    for text in (
        "El año pasado, Perú terminó en el Nivel 2.",
        "Perú terminó el año pasado en el Nivel 2.",
    ):
        claims = read_text(text, gazetteer, "es", 2016).claims
        assert [(str(c.kind), c.countries, c.tier, c.years_before) for c in claims] == [
            ("tier", ("PER",), "2", 1)
        ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Companions after an aside that follows the claim's own tier.
        (
            "Bolivia y Cuba forman parte del llamado «nivel 3», el de los que no cumplen, junto "
            "con Birmania e Irán.",
            {_tier(("BOL", "CUB"), "3"), _tier(("MMR", "IRN"), "3")},
        ),
        # Another clause's companions are not this claim's.
        (
            "Bolivia está en el Nivel 2, mientras que Chile, junto con Irán, está en el Nivel 1.",
            {_tier(("BOL",), "2"), _tier(("CHL", "IRN"), "1")},
        ),
    ],
)
def test_companions_named_later_in_the_clause(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected
