"""Readings written from the ninth collection's development misses (PROVENANCE.md): the
United States named as the report's owner ("the 2022 US TIP report") is never the country a
pronoun stands for; countries "in danger of being downgraded to Tier 3" are not counted on
Tier 3; "the three countries were downgraded" is no count of the year's moves; a hope ("expressed
confidence that it will be able to retain ...") is no claim; countries named beside a move or
placement share its tier ("joining the ranks of ...", "others included ..."); and in Spanish a
tier number with "bajo observación" after it is the Watch List, also as the end of a move ("del
nivel 3, al 2 bajo observación"), a verbless headline "X, entre los peores países", "volvieron a
un escalón más abajo" and "la faja más baja"; "Burma/Myanmar" is one country in a list; and what
follows "a year after" is the report before; "the State Department will downgrade Malaysia" is a
prediction read as a move.

Pure Python (one test reads the press's name for the Philippine government from the data);
every sentence here is invented, and each reading has sentences it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text
from tipwatch.briefings.names import build_gazetteer

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru", "Perú", "peruvian government"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia"],
    "CUB": ["Cuba"],
    "IRN": ["Iran", "Irán"],
    "KEN": ["Kenya", "kenyan government"],
    "LBR": ["Liberia"],
    "MMR": ["Burma", "Myanmar"],
    "THA": ["Thailand", "Tailandia"],
    "MYS": ["Malaysia", "Malasia"],
    "CHN": ["China"],
    "GNQ": ["Equatorial Guinea", "Guinea Ecuatorial"],
    "USA": ["United States", "US", "U.S.", "USA", "Washington", "Estados Unidos", "EE.UU."],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def claims(text: str, names: Gazetteer, lang: str = "en", year: int = 2022) -> list[Claim]:
    return read_text(text, names, lang, default_year=year).claims


def about(found: list[Claim], code: str) -> bool:
    return any(code in claim.structured().get("countries", ()) for claim in found)


# --- the report's owner is no antecedent --------------------------------------------------------

OWNER_IS_NO_ANTECEDENT = [
    "Based on the 2022 US TIP report, the government meets the standards, hence it remains on "
    "Tier 1.",
    "Under the U.S. report, it was placed on Tier 2.",
    "The country kept its Tier 1 status in the United States Trafficking in Persons Report for "
    "the seventh straight year.",
    "According to the US Trafficking in Persons Report, it is on Tier 2.",
]


@pytest.mark.parametrize("text", OWNER_IS_NO_ANTECEDENT)
def test_the_reports_owner_is_no_antecedent(text: str, names: Gazetteer) -> None:
    assert not about(claims(text, names), "USA")


OWNER_READ_WITH_ITS_COUNTRY = [
    (
        "Based on the 2022 US TIP report, the Peruvian government meets the standards, hence it "
        "remains on Tier 1.",
        "PER",
    ),
    ("Under the U.S. report, Kenya was placed on Tier 2.", "KEN"),
    ("Peru was placed on Tier 2 in the US report; it had been on the Watch List.", "PER"),
]


@pytest.mark.parametrize(("text", "code"), OWNER_READ_WITH_ITS_COUNTRY)
def test_a_country_beside_the_reports_owner_is_still_read(
    text: str, code: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert about(found, code)
    assert not about(found, "USA")


US_STILL_READ = [
    # the United States as the country a claim is about, not the report's owner
    "The United States is on Tier 1.",
    "The US report places the United States on Tier 1.",
]


@pytest.mark.parametrize("text", US_STILL_READ)
def test_the_united_states_is_still_read_as_a_country(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="tier", tier="1", countries=["USA"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "The Philippine government remains on Tier 1.",
        "Under the 2022 US TIP report, the Philippine government meets the standards, hence it "
        "remains on Tier 1.",
    ],
)
def test_the_philippine_government_is_the_philippines(tip_data: object, text: str) -> None:
    found = read_text(text, build_gazetteer(), "en", default_year=2022).claims
    assert {c.countries for c in found} == {("PHL",)}


# --- countries at risk of a tier are not on it ----------------------------------------------------

AT_RISK = [
    "The report listed 43 countries in danger of being downgraded to Tier 3.",
    "Some 40 countries are at risk of falling to Tier 3.",
    "There are 12 countries in danger of dropping to the Watch List.",
    "43 countries could be downgraded to Tier 3 next year.",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_countries_at_risk_of_a_tier_are_not_counted_on_it(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="count")


def test_a_count_on_a_tier_is_still_read(names: Gazetteer) -> None:
    assert has(claims("The report listed 22 countries on Tier 3.", names), kind="count", count=22)


# --- "the three countries were downgraded" is no count of moves ----------------------------------

DEFINITE_NUMBERS = [
    "The three countries were downgraded.",
    "The status of the three countries was downgraded this year.",
    "Both countries were downgraded to the lowest level.",
]


@pytest.mark.parametrize("text", DEFINITE_NUMBERS)
def test_the_n_countries_is_no_count_of_moves(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="moves")


DEFINITE_NUMBERS_ES = [
    "Los tres países bajaron de nivel.",
    "Estos cuatro países subieron de nivel.",
]


@pytest.mark.parametrize("text", DEFINITE_NUMBERS_ES)
def test_los_n_paises_is_no_count_of_moves(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names, "es", 2020), kind="moves")


def test_un_conteo_de_movimientos_se_sigue_leyendo(names: Gazetteer) -> None:
    found = claims("Doce países subieron de nivel.", names, "es", 2020)
    assert has(found, kind="moves", direction="up", count=12)


MOVES_COUNTED = [
    ("Three countries were downgraded.", "down", 3),
    ("Twelve countries were upgraded this year.", "up", 12),
]


@pytest.mark.parametrize(("text", "way", "count"), MOVES_COUNTED)
def test_a_count_of_moves_is_still_read(text: str, way: str, count: int, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="moves", direction=way, count=count)


# --- a hope is no claim ---------------------------------------------------------------------------

HOPES = [
    "The minister expressed confidence that Peru will be able to retain its Tier 1 status for "
    "the fifth consecutive year.",
    "Officials hope Kenya will keep its Tier 2 ranking for a third year.",
    "Peru aims to retain its Tier 1 status for the sixth consecutive year.",
    "The minister is confident that Kenya will be able to stay on Tier 2.",
]


@pytest.mark.parametrize("text", HOPES)
def test_a_hope_is_no_claim(text: str, names: Gazetteer) -> None:
    assert claims(text, names) == []


NOT_HOPES = [
    ("Peru retained its Tier 1 status for the fifth consecutive year.", "streak"),
    ("The minister said Peru has kept its Tier 1 status for the fifth consecutive year.", "streak"),
    ("Kenya was able to keep its Tier 2 ranking.", "tier"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_HOPES)
def test_claims_beside_no_hope_are_still_read(text: str, kind: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind=kind)


# --- companions after a move: "joining the ranks of ..." -----------------------------------------

JOINING = [
    (
        "Peru and Chile were downgraded to Tier 3, joining the ranks of Cuba and Iran.",
        ["CUB", "IRN"],
        "3",
    ),
    ("Bolivia was moved to Tier 2, joining the ranks of Chile, among others.", ["CHL"], "2"),
    # "others include(d)" opening the next sentence (a semicolon ends one): some of the others
    ("Peru was among 20 countries ranked as Tier 3; others included Cuba and Iran.",
     ["CUB", "IRN"], "3"),
    ("Peru remained on Tier 3. Others include Cuba and Iran.", ["CUB", "IRN"], "3"),
    # a country and a comma before "along with" and the list whose tier follows
    ("The report listed Peru, along with Cuba and Iran in the Tier 3 category.", ["PER"], "3"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "companions", "tier"), JOINING)
def test_joining_the_ranks_of_countries_puts_them_on_the_tier(
    text: str, companions: list[str], tier: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="tier", tier=tier, countries=companions)


JOINING_REFUSED = [
    # no tier in the clause before
    "Peru signed the protocol, joining the ranks of Cuba and Iran.",
    # the companions are not on a tier the clause names
    "Peru was not downgraded to Tier 3, joining the ranks of Cuba and Iran.",
    "Peru is not on Tier 3; others included Cuba and Iran.",
    "Peru signed the protocol. Others included Cuba and Iran.",
]


@pytest.mark.parametrize("text", JOINING_REFUSED)
def test_joining_refusals(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not has(found, kind="tier", countries=["CUB", "IRN"], negated=False)


def test_along_with_in_another_clause_shares_nothing(names: Gazetteer) -> None:
    found = claims("Peru, along with Chile, was praised; Cuba is on Tier 2.", names)
    assert has(found, kind="tier", tier="2", countries=["CUB"])
    assert not about(found, "PER")
    assert not about(found, "CHL")


# --- Spanish: a tier number with "bajo observación" is the Watch List -----------------------------

WATCH_LIST_BY_NUMBER = [
    ("Guinea Ecuatorial pasó del nivel 3 al 2 bajo observación.", "change", "2WL"),
    ("Guinea Ecuatorial ha sido catalogada del nivel 3, al 2 bajo observación.", "change", "2WL"),
    ("Perú fue ubicado en el nivel 2 bajo vigilancia.", "tier", "2WL"),
]


@pytest.mark.parametrize(("text", "kind", "tier"), WATCH_LIST_BY_NUMBER)
def test_a_tier_number_under_watch_is_the_watch_list(
    text: str, kind: str, tier: str, names: Gazetteer
) -> None:
    found = claims(text, names, "es", 2020)
    assert has(found, kind=kind, tier=tier)
    assert not has(found, tier="2")
    assert not has(found, kind="tier", tier="3")


WATCH_LIST_BY_NUMBER_REFUSED = [
    # the watch is another sentence's
    ("Perú pasó del nivel 3 al 2. Bajo observación quedaron Chile y Bolivia.", "PER", "2"),
    # "bajo" as the verb of a move, not the watch
    ("Perú pasó del nivel 1 al 2, bajo la presión de Washington.", "PER", "2"),
]


@pytest.mark.parametrize(("text", "code", "tier"), WATCH_LIST_BY_NUMBER_REFUSED)
def test_a_tier_number_without_its_watch_stays_the_number(
    text: str, code: str, tier: str, names: Gazetteer
) -> None:
    found = claims(text, names, "es", 2020)
    assert has(found, kind="change", tier=tier, countries=[code])


PART_OF_A_TIER = [
    # "del nivel 2" as the tier a country is part of, not one it left
    "Perú forma parte del nivel 2, al igual que Chile.",
    "Perú es parte del nivel 2, a diferencia de Chile.",
]


@pytest.mark.parametrize("text", PART_OF_A_TIER)
def test_part_of_a_tier_is_no_move(text: str, names: Gazetteer) -> None:
    found = claims(text, names, "es", 2020)
    assert has(found, kind="tier", tier="2", countries=["PER"])
    assert not has(found, kind="change")


# --- two names of one country with a slash: "Burma/Myanmar" -----------------------------------

SLASHED = [
    ("Burma/Myanmar, China and Iran are on Tier 3.", ["MMR", "CHN", "IRN"]),
    ("Peru is on Tier 3. Others included Burma / Myanmar and China.", ["MMR", "CHN"]),
]


@pytest.mark.parametrize(("text", "countries"), SLASHED)
def test_two_names_of_one_country_keep_a_list_going(
    text: str, countries: list[str], names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="tier", tier="3", countries=countries)


# --- "a year after X was upgraded": what follows "after" came that many reports before -----------

YEARS_AFTER = [
    # the move it came after is the report before's; the downgrade is this report's
    ("The report downgraded Peru, just a year after it was upgraded.", {"up": 1, "down": 0}),
    ("Peru was upgraded to Tier 2 two years after it was placed on Tier 3.", {"3": 2, "2": 0}),
]


@pytest.mark.parametrize(("text", "backs"), YEARS_AFTER)
def test_what_follows_n_years_after_is_n_reports_back(
    text: str, backs: dict[str, int], names: Gazetteer
) -> None:
    found = claims(text, names, year=2018)
    read = {(c.direction if c.direction and not c.tier else c.tier): c.years_before for c in found}
    assert read == backs


YEARS_AFTER_LEFT_ALONE = [
    # the main clause is the report's own; what it came after is not a claim
    "Two years after joining Tier 3, Peru was upgraded.",
    "Peru was upgraded a year after the law was passed.",
]


@pytest.mark.parametrize("text", YEARS_AFTER_LEFT_ALONE)
def test_the_clause_after_which_is_the_reports_own(text: str, names: Gazetteer) -> None:
    found = claims(text, names, year=2018)
    assert found
    assert all(c.years_before == 0 for c in found)


# --- Spanish: headlines "X, entre los peores países", a step with no tier, a band of the scale --

SPANISH_SHAPES = [
    ("Tailandia, entre los peores países del mundo", "tier", ["THA"], "3", None),
    ("Tailandia y Malasia, todavía entre los peores países en trata", "tier", ["THA", "MYS"],
     "3", None),
    ("Tailandia y Malasia volvieron a un escalón más abajo.", "change", ["THA", "MYS"], None,
     "down"),
    ("Chile ha vuelto a un nivel más arriba.", "change", ["CHL"], None, "up"),
    ("El informe colocó a Tailandia en la faja más baja (Tier 3) de la clasificación.", "tier",
     ["THA"], "3", None),
    ("Perú está en la franja más alta de la clasificación.", "tier", ["PER"], "1", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "countries", "tier", "way"), SPANISH_SHAPES)
def test_spanish_headlines_steps_and_bands(
    text: str, kind: str, countries: list[str], tier: str | None, way: str | None,
    names: Gazetteer,
) -> None:  # fmt: skip
    found = claims(text, names, "es", 2014)
    expected: dict[str, Any] = {"kind": kind, "countries": countries, "tier": tier}
    if way:
        expected["direction"] = way
    assert has(found, **expected)


SPANISH_SHAPES_REFUSED = [
    "Tailandia no está entre los peores países.",
    "Tailandia podría estar entre los peores países.",
    "Entre los peores países, según la ONG, no hay ninguno de Asia.",
    "Tailandia, entre los países que más exportan camarón",
    "Perú podría volver a un escalón más abajo.",
    "Si no mejora, Perú volverá a un escalón más abajo.",
    # "de nuevo": no stay is said by a headline that leaves out its verb
    "Tailandia, de nuevo entre los peores países del mundo",
]


@pytest.mark.parametrize("text", SPANISH_SHAPES_REFUSED)
def test_spanish_shapes_refused(text: str, names: Gazetteer) -> None:
    found = claims(text, names, "es", 2014)
    assert not [c for c in found if not c.negated]


# --- "the U.S. State Department's "Tier 2 Watchlist"", and "U.S. sanctions" before a pronoun ----

OWNER_BEFORE_THE_TIER = [
    "Liberia remains on the U.S. State Department's Tier 2 Watchlist.",
    'Liberia remains on the U.S. State Department\'s "Tier 2 Watchlist."',
    "Liberia remains on the United States State Department's Tier 2 Watch List.",
]


@pytest.mark.parametrize("text", OWNER_BEFORE_THE_TIER)
def test_the_rankings_owner_before_its_tier(text: str, names: Gazetteer) -> None:
    found = claims(text, names, year=2024)
    assert has(found, kind="tier", tier="2WL", countries=["LBR"], unchanged=True)


PRONOUN_AFTER_THE_AUTHOR = [
    "Liberia faces U.S. sanctions if it fails to act, as the country remains on the Watch List.",
    "Liberia fears U.S. sanctions, as it remains on the Watch List.",
]


@pytest.mark.parametrize("text", PRONOUN_AFTER_THE_AUTHOR)
def test_a_pronoun_after_the_author_stands_for_the_other_country(
    text: str, names: Gazetteer
) -> None:
    found = claims(text, names, year=2024)
    assert has(found, kind="tier", tier="2WL", countries=["LBR"])
    assert not about(found, "USA")


def test_the_united_states_alone_is_still_its_own_antecedent(names: Gazetteer) -> None:
    found = claims("The United States kept its ranking: it remains on Tier 1.", names, year=2024)
    assert has(found, kind="tier", tier="1", countries=["USA"])


# --- "The State Department will downgrade Malaysia": an active prediction ----------------------


def test_an_active_prediction_is_a_move(names: Gazetteer) -> None:
    found = claims("The State Department will downgrade Kenya in its annual report.", names)
    assert has(found, kind="change", direction="down", countries=["KEN"])


ACTIVE_PREDICTIONS_REFUSED = [
    "The State Department will downgrade Kenya to Tier 3 unless it acts.",
    "If it fails, the State Department will downgrade Kenya.",
    "The State Department could downgrade Kenya.",
    "Officials hope the State Department will upgrade Kenya.",
]


@pytest.mark.parametrize("text", ACTIVE_PREDICTIONS_REFUSED)
def test_active_predictions_refused(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="change", countries=["KEN"])
