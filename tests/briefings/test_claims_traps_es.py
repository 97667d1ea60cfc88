"""Spanish sentences that gave a confident verdict they do not support: a country set against
the subject, left out of it or only described beside it taken for the subject ("Perú, y no
Chile, está en el Nivel 2", "Todos los países andinos, excepto Chile, ...", "Perú, cuyo vecino
Chile está en el Nivel 1, sigue en el Nivel 2"), and a step on a condition, asked for or owed
read as taken ("De seguir así, Perú caerá al Nivel 3", "exigen que Perú baje al Nivel 3").
Pure Python, no database; every sentence here is invented, and each reading has sentences it
must keep."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text

PAISES: dict[str, list[str]] = {
    "PER": ["Perú", "Peru"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia"],
    "COL": ["Colombia"],
    "USA": ["Estados Unidos", "EE.UU.", "Washington"],
}


@pytest.fixture(scope="module")
def nombres() -> Gazetteer:
    return gazetteer_of(PAISES)


def leer(text: str, nombres: Gazetteer) -> list[Claim]:
    return read_text(text, nombres, "es", default_year=2020).claims


@pytest.mark.parametrize(
    ("text", "subject", "tier"),
    [
        ("Perú, y no Chile, está en el Nivel 2.", ["PER"], "2"),
        ("Perú, pero no Chile, está en el Nivel 2.", ["PER"], "2"),
        ("Perú, en lugar de Chile, quedó en el Nivel 3.", ["PER"], "3"),
        ("Perú, excepto Chile, está en el Nivel 2.", ["PER"], "2"),
        ("Perú y Bolivia, salvo Chile, están en el Nivel 2.", ["PER", "BOL"], "2"),
        ("Solo Chile, y no Perú, está en el Nivel 1.", ["CHL"], "1"),
        ("Perú, país vecino de Chile, está en el Nivel 2.", ["PER"], "2"),
        ("Perú, adonde llegan víctimas de Bolivia, está en el Nivel 2.", ["PER"], "2"),
        ("Perú, país de origen de víctimas llevadas a Chile, está en el Nivel 2.", ["PER"], "2"),
        ("Perú, cuyo vecino Chile está en el Nivel 1, sigue en el Nivel 2.", ["PER"], "2"),
    ],
)
def test_a_country_left_out_or_described_beside_the_subject_is_not_the_subject(
    text: str, subject: list[str], tier: str, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert has(found, countries=subject, tier=tier), found
    others = set(PAISES) - set(subject)
    assert not [c for c in found if c.tier == tier and others & set(c.countries)], found


@pytest.mark.parametrize(
    "text",
    [
        "Todos los países andinos, excepto Chile, están en el Nivel 2.",
        "Todos los países de la región excepto Chile están en el Nivel 2.",
        "Salvo Chile, los países andinos están en el Nivel 2.",
        "Todos menos Chile están en el Nivel 2.",
        "A excepción de Chile, la región entera está en el Nivel 2.",
    ],
)
def test_an_excepted_country_is_not_on_the_tier_the_others_are_on(
    text: str, nombres: Gazetteer
) -> None:
    reading = read_text(text, nombres, "es", default_year=2020)
    assert not [c for c in reading.claims if "CHL" in c.countries], reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "country", "tier"),
    [
        # a negative quantifier turns the exception round: Chile is the one on Tier 1
        ("Ningún país de la región, salvo Chile, está en el Nivel 1.", "CHL", "1"),
        # the excepted country's own tier, in a relative clause
        ("Perú está en el Nivel 2, a excepción de Chile, que está en el Nivel 1.", "CHL", "1"),
        ("Perú está en el Nivel 2, a excepción de Chile, que está en el Nivel 1.", "PER", "2"),
        ("Perú, Bolivia y Colombia están en el Nivel 2, excepto Chile.", "BOL", "2"),
        # the relative clause's own claim stays its country's
        ("Perú, cuyo vecino Chile está en el Nivel 1, sigue en el Nivel 2.", "CHL", "1"),
        # "al menos" is no exception
        ("Al menos Chile está en el Nivel 1.", "CHL", "1"),
        # companions share the tier
        ("Perú, al igual que Chile, está en el Nivel 2.", "CHL", "2"),
        ("Perú, junto con Chile, está en el Nivel 2.", "CHL", "2"),
        ("Perú, Chile, Bolivia y Colombia están en el Nivel 2.", "CHL", "2"),
        ("Perú, que comparte frontera con Chile, está en el Nivel 2.", "PER", "2"),
        ("Muchas víctimas de Bolivia son llevadas a Chile, que está en el Nivel 1.", "CHL", "1"),
    ],
)
def test_asides_and_exceptions_keep_what_they_say(
    text: str, country: str, tier: str, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert [c for c in found if country in c.countries and c.tier == tier], found


@pytest.mark.parametrize(
    "text",
    [
        # a future or conditional step on which a condition hangs
        "De seguir así, Perú caerá al Nivel 3.",
        "Si no mejora, Perú bajará al Nivel 3.",
        "Perú bajaría al Nivel 3 si no mejora.",
        "Perú quedará en el Nivel 3 de no haber cambios.",
        "A menos que mejore, Perú descenderá al Nivel 3.",
        # a step asked for, hoped for or owed
        "Las ONG exigen que Perú baje al Nivel 3.",
        "Activistas consideran que Perú debió quedar en el Nivel 3.",
        "El canciller dijo que Perú espera subir al Nivel 1.",
        "El objetivo de Perú es el Nivel 1.",
    ],
)
def test_a_step_on_a_condition_asked_for_or_owed_is_no_claim(text: str, nombres: Gazetteer) -> None:
    reading = read_text(text, nombres, "es", default_year=2020)
    assert not [c for c in reading.claims if "PER" in c.countries], reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "kind", "tier"),
    [
        # a prediction with no condition is a claim about the coming report
        ("Perú descenderá al Nivel 3 el próximo año.", "change", "3"),
        # the condition is another clause's
        ("Perú está en el Nivel 2, aunque de no mejorar podría descender.", "tier", "2"),
        ("Perú logró subir al Nivel 1.", "change", "1"),
        ("Perú, que debía mejorar, se mantuvo en el Nivel 2.", "tier", "2"),
        ("El informe recomienda que Perú adopte medidas; Perú sigue en el Nivel 2.", "tier", "2"),
        ("Chile quiere que Perú mejore; Perú está en el Nivel 2.", "tier", "2"),
    ],
)
def test_a_step_taken_beside_a_wish_or_a_condition_is_still_read(
    text: str, kind: str, tier: str, nombres: Gazetteer
) -> None:
    assert has(leer(text, nombres), kind=kind, countries=["PER"], tier=tier)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Perú está en un nivel más alto que Bolivia, que se encuentra en el Nivel 3.", "BOL"),
        ("Perú está en un nivel más bajo que Chile, que se encuentra en el Nivel 1.", "CHL"),
    ],
)
def test_one_tier_higher_or_lower_than_another_is_no_tier(
    text: str, other: str, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert not [c for c in found if "PER" in c.countries], found
    assert [c for c in found if c.countries == (other,)], found


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Perú está en el nivel más alto.", "1"),
        ("Bolivia está en el nivel más bajo.", "3"),
        ("Chile obtuvo la calificación más alta.", "1"),
        ("Perú alcanzó el nivel más alto que otorga el informe.", "1"),
    ],
)
def test_the_highest_tier_is_still_a_tier(text: str, tier: str, nombres: Gazetteer) -> None:
    assert [c for c in leer(text, nombres) if c.tier == tier]


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Perú se mantiene junto con Chile en el Nivel 2.", "2"),
        ("Perú se mantuvo junto a Chile en el Nivel 2.", "2"),
        ("Perú sigue junto con Chile en el Nivel 2.", "2"),
        ("Perú permanece junto a Chile en la Lista de Vigilancia.", "2WL"),
    ],
)
def test_a_subject_staying_along_with_companions_stays_on_their_tier(
    text: str, tier: str, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert has(found, kind="tier", countries=["PER"], tier=tier, unchanged=True), found
    assert has(found, kind="tier", countries=["CHL"], tier=tier), found
    # the companion is on the tier; nothing says it stayed there
    assert not has(found, kind="tier", countries=["CHL"], tier=tier, unchanged=True), found


@pytest.mark.parametrize(
    "text",
    [
        "Perú trabajó junto con Chile en el Nivel 2.",
        "Perú podría estar junto a Chile en el Nivel 1.",
        "Perú no está junto a Chile en el Nivel 1.",
    ],
)
def test_a_verb_not_of_being_a_negation_or_a_modal_puts_no_subject_beside_companions(
    text: str, nombres: Gazetteer
) -> None:
    assert not [c for c in leer(text, nombres) if "PER" in c.countries]


@pytest.mark.parametrize(
    "text",
    [
        "Perú, que estuvo en el Nivel 3, está ahora en el Nivel 2.",
        "Perú, que estaba en el Nivel 3, está hoy en el Nivel 2.",
    ],
)
def test_a_past_tier_in_a_relative_clause_beside_another_now_is_the_report_before(
    text: str, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert has(found, kind="tier", countries=["PER"], tier="2", years_before=0), found
    assert not has(found, kind="tier", countries=["PER"], tier="3", years_before=0), found


@pytest.mark.parametrize(
    ("text", "tier", "years_before"),
    [
        ("Perú, que estuvo en el Nivel 3 en 2015, ascendió al Nivel 2.", "3", 0),
        ("Perú, que está en el Nivel 2, firmó un acuerdo con Chile.", "2", 0),
        ("En Chile, esta semana se publicó el informe que ubica a Perú en el Nivel 2.", "2", 0),
    ],
)
def test_a_relative_clause_alone_or_dated_keeps_its_report(
    text: str, tier: str, years_before: int, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert has(found, countries=["PER"], tier=tier, years_before=years_before), found
    assert not [c for c in found if "CHL" in c.countries], found


@pytest.mark.parametrize(
    "text",
    [
        "Perú ocupa el lugar de Chile en el Nivel 1.",
        "Chile fue sustituido por Perú en el Nivel 1.",
    ],
)
def test_a_country_replaced_on_a_tier_is_not_on_it_in_the_reading_of_last_resort(
    text: str, nombres: Gazetteer
) -> None:
    reading = read_text(text, nombres, "es", default_year=2020)
    assert not [c for c in reading.claims if "CHL" in c.countries], reading.claims


def test_a_country_a_verb_acts_on_does_not_share_the_tier_read_loosely(
    nombres: Gazetteer,
) -> None:
    text = "La clasificación de Perú en el Nivel 2 preocupa a Chile."
    reading = read_text(text, nombres, "es", default_year=2020)
    assert not [c for c in reading.claims if "CHL" in c.countries], reading.claims
    # (the placement named as a noun is Peru's alone)
    assert [(c.countries, c.tier) for c in reading.claims] == [(("PER",), "2")]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("La clasificación de Perú en el Nivel 2 fue criticada.", ["PER"]),
        ("Perú y Chile obtuvieron la clasificación de Nivel 2.", ["PER", "CHL"]),
    ],
)
def test_a_tier_read_loosely_without_an_object_is_still_read(
    text: str, countries: list[str], nombres: Gazetteer
) -> None:
    assert has(leer(text, nombres), countries=countries, tier="2")


@pytest.mark.parametrize(
    "text",
    [
        "Perú incluyó a Chile en su lista negra.",
        "Perú ubicó a Chile en el nivel más bajo de su propio ranking.",
    ],
)
def test_a_list_a_country_keeps_of_its_own_is_not_the_report_s(
    text: str, nombres: Gazetteer
) -> None:
    assert not [c for c in leer(text, nombres) if "CHL" in c.countries]


@pytest.mark.parametrize(
    ("text", "country", "tier"),
    [
        ("Estados Unidos incluyó a Chile en su lista negra.", "CHL", "3"),
        ("El Departamento de Estado incluyó a Chile en su lista negra.", "CHL", "3"),
        ("Washington mantuvo a Chile en su lista negra.", "CHL", "3"),
        ("Perú incluyó a Chile en la lista negra.", "CHL", "3"),
        ("Perú mantiene su Nivel 2.", "PER", "2"),
        ("Perú conservó su calificación de Nivel 1.", "PER", "1"),
    ],
)
def test_the_report_s_own_list_and_a_country_s_own_tier_are_still_read(
    text: str, country: str, tier: str, nombres: Gazetteer
) -> None:
    assert has(leer(text, nombres), countries=[country], tier=tier)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Los vecinos de Perú están en el Nivel 2.", "PER"),
        ("Varios socios comerciales de Chile están en el Nivel 3.", "CHL"),
        ("Los países que rodean a Perú están en el Nivel 2.", "PER"),
        ("Los países limítrofes con Chile están en el Nivel 2.", "CHL"),
    ],
)
def test_a_country_that_only_qualifies_the_subject_is_not_placed(
    text: str, owner: str, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert not [c for c in found if owner in c.countries], found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the country the apposition names is the subject, its neighbour is not
        ("El vecino de Chile, Perú, está en el Nivel 2.", "PER"),
        # the government of a country is that country
        ("El gobierno de Perú está en el Nivel 2.", "PER"),
        ("Perú y sus vecinos están en el Nivel 2.", "PER"),
    ],
)
def test_the_subject_a_qualifier_leaves_is_still_placed(
    text: str, country: str, nombres: Gazetteer
) -> None:
    found = leer(text, nombres)
    assert has(found, kind="tier", countries=[country], tier="2")
    assert not [c for c in found if "CHL" in c.countries], found
