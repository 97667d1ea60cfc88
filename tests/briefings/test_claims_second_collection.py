"""The claim reader on the wording of the second collection of published sentences: clause-level
reading, earlier reports counted back, and sentences with no claim."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import only
from tipwatch.briefings.claims import ClaimKind, Gazetteer, extract_claims, read_text


def _described(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[Any, ...]]:
    return [
        (str(c.kind), c.countries, c.tier, c.count, c.from_tier, c.direction, c.year)
        for c in extract_claims(text, gazetteer, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "along with N other countries such as ...": how many share the tier, and who.
        (
            "Cuba has remained a Tier Three country for the 21st consecutive year, along with "
            "23 other countries such as Iran and Burma.",
            "en",
            {("count", (), "3", 24), ("tier", ("IRN", "MMR"), "3", None)},
        ),
        # "... to join N other nations on Tier 3": the count, and where the movers went.
        (
            "Venezuela and Cuba dropped from the Tier 2 Watch List to join 20 other nations on "
            "Tier 3.",
            "en",
            {("count", (), "3", 22), ("change", ("VEN", "CUB"), "3", None)},
        ),
        # A count whose countries follow a colon.
        (
            'The report identified 3 "Tier 3" countries, all failing to comply: Cuba, Iran, '
            "and the Burma.",
            "en",
            {("count", (), "3", 3), ("tier", ("CUB", "IRN", "MMR"), "3", None)},
        ),
        (
            'Eighteen countries were deemed "Tier 1," or fully compliant.',
            "en",
            {("count", (), "1", 18)},
        ),
        ("Peru received a top-tier ranking.", "en", {("tier", ("PER",), "1", None)}),
        ("Chile was downgraded to the second level.", "en", {("change", ("CHL",), "2", None)}),
        (
            "Chile, recognized for its strides in the past year, advanced from Tier 3 into Tier 1.",
            "en",
            {("change", ("CHL",), "1", None)},
        ),
        (
            "Sanctions may follow for Cuba and Iran, whose rating in the annual report has been "
            "downgraded to Tier 3.",
            "en",
            {("change", ("CUB", "IRN"), "3", None)},
        ),
        (
            "Countries that upgraded from Tier 3 to Tier 2 Watch List include Cuba and Haiti.",
            "en",
            {("change", ("CUB", "HTI"), "2WL", None)},
        ),
        # Spanish: an article's "the highest category" that its own definition makes Tier 3.
        (
            "El Departamento de Estado incluyó este lunes a Cuba y Venezuela en la categoría más "
            'alta de su informe, reservada para países que "no cumplen con las normas mínimas y '
            'no están haciendo esfuerzos suficientes".',
            "es",
            # "incluyó a X en ..." says where X is, not that it moved there.
            {("tier", ("CUB", "VEN"), "3", None)},
        ),
        (
            "Este año, Bolivia pasó a Nivel 4 y con ello forma parte de los 22 países de la lista "
            "“negra”.",
            "es",
            {("tier", ("BOL",), "3", None), ("count", (), "3", 22)},
        ),
        (
            "El país comparte la categoría 2WL con 2 naciones: Argentina y Brasil.",
            "es",
            {("count", (), "2WL", 3), ("tier", ("ARG", "BRA"), "2WL", None)},
        ),
        (
            "La lista negra cuenta con un total de 23 países, entre ellos, Cuba e Irán.",
            "es",
            {("count", (), "3", 23), ("tier", ("CUB", "IRN"), "3", None)},
        ),
        (
            "Según el informe, estos tres países se encuentran en el Nivel 3, junto a naciones "
            "como "
            "Irán y Birmania.",
            "es",
            {("tier", ("IRN", "MMR"), "3", None)},
        ),
    ],
)
def test_second_collection_wording(
    gazetteer: Gazetteer, text: str, lang: str, expected: set[tuple[Any, ...]]
) -> None:
    found = {
        (kind, countries, tier, count if kind == "count" else None)
        for kind, countries, tier, count, *_ in _described(text, gazetteer, lang)
    }
    assert expected <= found, found


def test_a_tier_named_as_this_tier_is_the_one_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "México se mantiene en el nivel 2. La mayoría de naciones se encuentra en este nivel, "
        "incluyendo Bolivia, Perú y Chile."
    )
    claims = extract_claims(text, gazetteer, "es")
    assert any(c.countries == ("BOL", "PER", "CHL") and c.tier == "2" for c in claims), [
        c.structured() for c in claims
    ]


def test_a_when_clause_takes_the_year_it_follows(gazetteer: Gazetteer) -> None:
    text = (
        "El informe reconoce a la República Dominicana. Esto representa un ascenso respecto a "
        "2024, cuando el país fue ubicado en la lista de vigilancia nivel 2."
    )
    claims = [c for c in extract_claims(text, gazetteer, "es") if c.tier == "2WL"]
    assert [(c.countries, c.year) for c in claims] == [(("DOM",), 2024)]


def test_the_first_edition_year_is_history_not_the_report_year(gazetteer: Gazetteer) -> None:
    text = (
        "Chile was classified as a Tier Three country in the first edition of the report issued "
        "in 2001. Chile remained on Tier 1."
    )
    claims = extract_claims(text, gazetteer, "en")
    assert [c.year for c in claims if c.tier == "1"] == [None]


def test_the_state_department_is_not_a_subject_carried_on(gazetteer: Gazetteer) -> None:
    text = (
        "The U.S. State Department released its report. Korea, which had been on the first "
        "level, was downgraded to the second level."
    )
    assert [c.countries for c in extract_claims(text, gazetteer, "en")] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The clause reader: a subject far from its verb.
        (
            "Peru, after a year of reforms under a new government, is again on Tier 2.",
            "en",
            {("tier", ("PER",), "2", None, None, None, None)},
        ),
        # Years that open each clause.
        (
            "From 2011 to 2012 Bolivia was placed on the Watch List, in 2014 and 2015 was on "
            "Tier 3, and in 2016 rose back to the Watch List.",
            "en",
            {
                ("tier", ("BOL",), "2WL", None, None, None, 2011),
                ("tier", ("BOL",), "2WL", None, None, None, 2012),
                ("tier", ("BOL",), "3", None, None, None, 2014),
                ("tier", ("BOL",), "3", None, None, None, 2015),
                ("change", ("BOL",), "2WL", None, None, "up", 2016),
            },
        ),
        # A prediction is a claim about the coming report.
        (
            "Peru will fall to Tier 3 in this year's report, the sources said.",
            "en",
            {("change", ("PER",), "3", None, None, "down", None)},
        ),
        # "incluyó a X en la lista negra" says where X is.
        (
            "Estados Unidos incluyó hoy a Bolivia en la lista negra.",
            "es",
            {("tier", ("BOL",), "3", None, None, None, None)},
        ),
        # Two claims that share only their tier.
        (
            "El Departamento de Estado mantuvo a Cuba fuera de la lista negra, en la que incluye "
            "a Belice, Haití y Venezuela.",
            "es",
            {
                ("tier", ("CUB",), "3", None, None, None, None),
                ("tier", ("BLZ", "HTI", "VEN"), "3", None, None, None, None),
            },
        ),
        # An ordinal whose tier noun is the next one's.
        (
            "Chile subió del segundo al primer nivel.",
            "es",
            {("change", ("CHL",), "1", None, "2", "up", None)},
        ),
        # Out of and into the one tier a sentence names.
        (
            "En la lista negra aparecen 22 países, con la salida de Bolivia y la entrada de Cuba.",
            "es",
            {
                ("count", (), "3", 22, None, None, None),
                ("change", ("BOL",), None, None, "3", None, None),
                ("change", ("CUB",), "3", None, None, None, None),
            },
        ),
    ],
)
def test_clause_level_reading(
    gazetteer: Gazetteer, text: str, lang: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected <= set(_described(text, gazetteer, lang))


def test_a_move_that_did_not_happen_is_no_claim(gazetteer: Gazetteer) -> None:
    text = (
        "Bolivia was granted a waiver from an otherwise required downgrade to Tier 3 and "
        "remained on the Watch List."
    )
    assert [c.kind for c in extract_claims(text, gazetteer, "en")] == [ClaimKind.TIER]


@pytest.mark.parametrize(
    ("text", "lang", "back"),
    [
        ("Last year, Peru was upgraded to Tier 2.", "en", 1),
        ("Two years ago, Peru was on Tier 1.", "en", 2),
        ("Hace dos años, Perú estaba en el nivel 1.", "es", 2),
        # Dated after the claim: read about the report before, not left alone.
        ("Perú estaba en la Lista de Vigilancia el año pasado.", "es", 1),
        ("Bolivia estuvo en la lista de vigilancia en el informe del año pasado.", "es", 1),
        # A tier the sentence says the country moved away from was its tier before.
        ("Bolivia, que estaba en la lista de vigilancia, ascendió al nivel 2.", "es", 1),
    ],
)
def test_claims_about_an_earlier_report_count_back(
    gazetteer: Gazetteer, text: str, lang: str, back: int
) -> None:
    assert extract_claims(text, gazetteer, lang)[0].years_before == back


def test_a_stay_on_the_tier_a_country_has_left_is_about_the_year_before(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Peru was upgraded to Tier 2 in the 2022 report.\n\n"
        "Peru has remained on the Watch List for the last three years."
    )
    streak = extract_claims(text, gazetteer, "en")[-1]
    assert (streak.kind, streak.tier, streak.years, streak.year) == (
        ClaimKind.STREAK,
        "2WL",
        3,
        2021,
    )


def test_since_a_year_is_a_streak_up_to_the_year_checked(gazetteer: Gazetteer) -> None:
    reading = read_text("Venezuela fue incluido en el nivel 3 desde 2014.", gazetteer, "es", 2016)
    claim = reading.claims[0]
    assert (claim.kind, claim.tier, claim.years) == (ClaimKind.STREAK, "3", 3)


def test_a_government_named_by_its_spanish_demonym() -> None:
    gazetteer = Gazetteer({"CRI": ["Costa Rica", "gobierno costarricense"]}, {})
    text = (
        "El gobierno costarricense incrementó sus esfuerzos, lo que le permitió mantener su "
        "posición en el nivel 2."
    )
    claim = only(text, gazetteer, "es")
    assert (claim.countries, claim.tier, claim.unchanged) == (("CRI",), "2", True)
