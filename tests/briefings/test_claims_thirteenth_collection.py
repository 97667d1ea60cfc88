"""Readings written from the thirteenth collection's development misses (PROVENANCE.md): the
United States as the subject of an active verb of placing places the country after it ("The
U.S. has included Peru among the worst offenders"), a neutral aside between a list and its verb
("Peru and Chile, for example, remained on the Watch List"), a tier held "over the past three
years" (at least those years, not a run that began with them), and a ranking kept ("maintained
Peru's Tier 2 ranking" is a stay).

Pure Python; every sentence here is invented, and each reading has sentences it must leave
alone."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import PERU_AND_NEIGHBOURS, english_claims, gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(PERU_AND_NEIGHBOURS)


def claims(text: str, names: Gazetteer) -> list[Claim]:
    return english_claims(text, names)


def spanish(text: str, names: Gazetteer) -> list[Claim]:
    return read_text(text, names, "es", default_year=2015).claims


# --- the United States placing a country ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "tier"),
    [
        ("The U.S. has included Peru among the world's worst offenders.", "PER", "3"),
        ("The United States placed Chile on Tier 2 this year.", "CHL", "2"),
        ("The US has again listed Bolivia on the Tier 2 Watch List.", "BOL", "2WL"),
    ],
)
def test_the_united_states_placing_a_country_is_not_placed(
    text: str, country: str, tier: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, countries=[country], tier=tier)
    assert not any("USA" in c.countries for c in found)


def test_the_united_states_as_a_subject_of_its_own_tier_is_still_read(names: Gazetteer) -> None:
    assert has(claims("The United States is on Tier 1.", names), countries=["USA"], tier="1")


# --- a neutral aside between a list and its verb -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        ("Peru and Chile, for example, remained on the Watch List.", ["PER", "CHL"], "2WL"),
        (
            "Bolivia, Peru and Chile, for instance, were placed on Tier 2.",
            ["BOL", "PER", "CHL"],
            "2",
        ),
        ("Peru and Bolivia, by contrast, are on Tier 3.", ["PER", "BOL"], "3"),
    ],
)
def test_the_list_before_a_neutral_aside_is_the_subject(
    text: str, countries: list[str], tier: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), countries=countries, tier=tier)


def test_the_list_before_a_neutral_aside_in_spanish(names: Gazetteer) -> None:
    found = spanish("Perú y Chile, por ejemplo, están en el Nivel 2.", names)
    assert has(found, countries=["PER", "CHL"], tier="2")


def test_a_contrast_or_an_earlier_clause_is_not_taken_into_the_list(names: Gazetteer) -> None:
    found = claims("Peru, unlike Chile, is on Tier 2.", names)
    assert has(found, countries=["PER"], tier="2")
    assert not any("CHL" in c.countries for c in found)
    found = claims("Cuba is on Tier 3, and Peru, for example, is on Tier 2.", names)
    assert has(found, countries=["PER"], tier="2")
    assert has(found, countries=["CUB"], tier="3")


# --- a tier held over the past years ---------------------------------------------------------


def test_a_tier_held_over_the_past_years_is_at_least_that_run(names: Gazetteer) -> None:
    found = claims(
        "Peru and Chile have maintained a Tier 2 ranking over the past three years.", names
    )
    assert has(found, countries=["PER", "CHL"], tier="2", years=3, at_least=True)
    found = claims("Peru has stayed on Tier 2 during the last two years.", names)
    assert has(found, countries=["PER"], tier="2", years=2, at_least=True)


def test_consecutive_years_remain_an_exact_run(names: Gazetteer) -> None:
    found = claims("Peru has been on Tier 2 for three consecutive years.", names)
    assert has(found, countries=["PER"], tier="2", years=3)
    assert not has(found, countries=["PER"], at_least=True)


# --- a ranking kept --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The State Department maintained Peru's Tier 2 ranking.",
        "The report kept Chile's Tier 1 status.",
        "Washington retained Bolivia's Tier 3 rating this year.",
    ],
)
def test_a_ranking_kept_is_a_stay(text: str, names: Gazetteer) -> None:
    assert any(c.unchanged and c.tier for c in claims(text, names))


def test_a_ranking_named_without_keeping_is_no_stay(names: Gazetteer) -> None:
    found = claims("Peru's Tier 2 ranking surprised no one.", names)
    assert has(found, countries=["PER"], tier="2")
    assert not any(c.unchanged for c in found)


# --- a run's tier, and years that are no run --------------------------------------------------


def test_a_run_after_another_tier_is_on_the_tier_named_last(names: Gazetteer) -> None:
    found = claims(
        "Peru was Tier 3 in 2011, but moved up to the Tier 2 Watch List for the past two years.",
        names,
    )
    assert has(found, countries=["PER"], tier="3", year=2011)
    assert has(found, kind="streak", countries=["PER"], tier="2WL", years=2)
    assert not has(found, kind="streak", tier="3")


def test_a_run_on_the_tier_of_its_own_claim_is_one_streak(names: Gazetteer) -> None:
    found = claims("Peru was on Tier 2 for the past three years.", names)
    assert has(found, kind="streak", countries=["PER"], tier="2", years=3)
    assert len(found) == 1


def test_some_of_the_past_years_is_no_run(names: Gazetteer) -> None:
    found = claims("Peru has been on Tier 3 for six of the past eight years.", names)
    assert not any(c.years for c in found)
    found = claims("Peru has been on Tier 3 for the last eight years.", names)
    assert has(found, kind="streak", countries=["PER"], tier="3", years=8)


# --- "en él": the group the sentence before named -------------------------------------------


def test_en_el_is_the_group_named_before(names: Gazetteer) -> None:
    found = spanish(
        "En el segundo grupo se encuentran los países que hacen esfuerzos considerables. "
        "En él figuran Perú, Chile y Bolivia, junto con otros países.",
        names,
    )
    assert has(found, countries=["PER", "CHL", "BOL"], tier="2")


def test_en_el_after_no_tier_is_no_claim(names: Gazetteer) -> None:
    assert spanish("Hay un informe nuevo. En él figuran Perú y Chile.", names) == []


# --- a tier named as a row ("la Fila Dos") is read as that tier ------------------------------


def test_a_row_named_as_a_tier_is_read_as_the_tier(names: Gazetteer) -> None:
    reading = read_text(
        "El Departamento de Estado colocó a Perú en la Fila Dos de la cooperación contra la trata.",
        names,
        "es",
        default_year=2006,
    )
    assert has(reading.claims, countries=["PER"], tier="2")
    assert reading.unchecked == []


# --- quotation marks lost to question marks --------------------------------------------------


def test_question_marks_for_lost_quotes_keep_the_sentence_whole(names: Gazetteer) -> None:
    text = "El Departamento de Estado colocó a Perú en la ?Fila Dos? de la cooperación."
    reading = read_text(text, names, "es", default_year=2006)
    assert has(reading.claims, countries=["PER"], tier="2")
    found = claims("Peru was placed on ?Tier 2? this year.", names)
    assert has(found, countries=["PER"], tier="2")


def test_a_question_mark_that_ends_a_sentence_still_ends_it(names: Gazetteer) -> None:
    found = claims("Is Peru on Tier 3? Yes. Peru is on Tier 2.", names)
    assert has(found, countries=["PER"], tier="2")
    assert not has(found, countries=["PER"], tier="3")


# --- an adverb of constancy between the auxiliary and the verb of staying ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since 2015, Peru has consistently retained Tier-2 ranking.",
        "Since 2015, Peru has consistently retained its Tier 2 ranking.",
    ],
)
def test_a_stay_since_a_year_with_an_adverb_is_a_run(text: str, names: Gazetteer) -> None:
    found = read_text(text, names, "en", default_year=2020).claims
    assert has(found, kind="streak", countries=["PER"], tier="2", years=6)


def test_an_adverb_of_constancy_keeps_a_stay(names: Gazetteer) -> None:
    found = claims("Peru has steadily remained on Tier 2.", names)
    assert any(c.unchanged and c.tier == "2" for c in found)


# --- a run before a current run ends as many reports back as the current run is long --------


def _dated(text: str, names: Gazetteer) -> list[Claim]:
    return read_text(text, names, "en", default_year=2018).claims


def test_a_run_before_a_current_run_ends_before_it(names: Gazetteer) -> None:
    found = _dated(
        "After spending four years on the Tier 2 Watch List, Peru now has two consecutive "
        "years at Tier 2.",
        names,
    )
    assert has(found, kind="streak", tier="2WL", years=4, years_before=2)
    assert has(found, kind="streak", tier="2", years=2, years_before=0)


def test_a_run_before_a_move_still_ends_the_report_before(names: Gazetteer) -> None:
    found = _dated("After spending four years on the Tier 2 Watch List, Peru was upgraded.", names)
    assert has(found, kind="streak", tier="2WL", years=4, years_before=1)
