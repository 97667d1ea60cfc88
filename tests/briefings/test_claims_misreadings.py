"""Readings that gave a confident verdict the sentence does not support: a negation before an
active verb of placing ("did not put Chile on Tier 1"), a step only weighed ("is considering
leaving Peru on Tier 2"), and the missing subject of a second verb taken from a country a
preposition governs ("Peru worked along with Chile and is on Tier 2"). Pure Python, no
database; every sentence here is invented, and each reading has sentences it must keep."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import PERU_AND_NEIGHBOURS, english_claims, gazetteer_of, has
from tipwatch.briefings.claims import Gazetteer, read_text


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(PERU_AND_NEIGHBOURS)


claims = english_claims


@pytest.mark.parametrize(
    "text",
    [
        "The report did not put Chile on Tier 1.",
        "The 2015 report didn't put Chile on Tier 1.",
        "The State Department never ranked Chile on Tier 1.",
        "The report has not placed Chile on Tier 1.",
        "The report declined to put Chile on Tier 1.",
        "Not even Chile is on Tier 1 this year.",
    ],
)
def test_a_negation_before_an_active_verb_of_placing_negates_the_claim(
    text: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=["CHL"], tier="1", negated=True)
    assert not has(found, kind="tier", countries=["CHL"], tier="1", negated=False)


@pytest.mark.parametrize(
    "text",
    [
        "The report put Chile on Tier 1.",
        "The report again ranks Chile on Tier 1.",
        # the negation belongs to another verb, further back
        "The report did not surprise anyone and put Chile on Tier 1.",
    ],
)
def test_an_active_verb_of_placing_without_a_negation_right_before_it_asserts(
    text: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="tier", countries=["CHL"], tier="1", negated=False)


@pytest.mark.parametrize(
    "text",
    [
        "The State Department is considering leaving Peru on Tier 2.",
        "Washington weighed keeping Peru on Tier 2.",
        "Officials threatened to downgrade Peru to the Watch List.",
        "The department plans to move Peru to Tier 1.",
        "The report stopped short of putting Peru on the Watch List.",
        "The report refrained from placing Peru on the Watch List.",
        "Peru denied reports that it had been placed on Tier 3.",
        "Rumours that Peru was placed on Tier 3 spread quickly.",
    ],
)
def test_a_step_weighed_threatened_or_planned_is_no_claim(text: str, names: Gazetteer) -> None:
    reading = read_text(text, names, "en", default_year=2015)
    assert not [c for c in reading.claims if "PER" in c.countries], reading.claims
    assert reading.unchecked  # listed as not checked, so the editor sees it


@pytest.mark.parametrize(
    "text",
    [
        "Peru is considered a Tier 2 country.",
        "After considering its efforts, the report placed Peru on Tier 2.",
    ],
)
def test_considered_as_a_description_still_places(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="tier", countries=["PER"], tier="2")


@pytest.mark.parametrize(
    "text",
    [
        "Peru worked along with Chile and is on Tier 2.",
        "Peru signed an agreement with Chile and remains on Tier 2.",
        "Peru, unlike Chile, lost ground and is on Tier 2.",
    ],
)
def test_a_second_verb_s_subject_is_not_a_country_a_preposition_governs(
    text: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, countries=["PER"], tier="2")
    assert not has(found, countries=["CHL"], tier="2")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Peru praised Chile and is on Tier 2.", "CHL"),  # an object: the last named, as before
        ("Chile was upgraded and is on Tier 2.", "CHL"),
        ("With Bolivia, Chile was upgraded and is on Tier 2.", "CHL"),
    ],
)
def test_a_second_verb_takes_the_last_country_no_preposition_governs(
    text: str, subject: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), countries=[subject], tier="2")


SPANISH: dict[str, list[str]] = {
    "PER": ["Perú", "Peru"],
    "CHL": ["Chile"],
    "USA": ["Estados Unidos", "EE.UU.", "Washington"],
}


@pytest.fixture(scope="module")
def nombres() -> Gazetteer:
    return gazetteer_of(SPANISH)


@pytest.mark.parametrize(
    "text",
    [
        "Washington estudia mantener a Perú en el Nivel 2.",
        "El gobierno evalúa rebajar a Perú al Nivel 3.",
        "El informe se abstuvo de colocar a Perú en la lista de vigilancia.",
        "Perú negó informes de que había sido incluido en el Nivel 3.",
        "Perú amenaza con ser degradado al Nivel 3.",
        "Se rumorea que Perú bajará al Nivel 3.",
    ],
)
def test_a_spanish_step_weighed_refrained_from_denied_or_rumoured_is_no_claim(
    text: str, nombres: Gazetteer
) -> None:
    reading = read_text(text, nombres, "es", default_year=2015)
    assert not [c for c in reading.claims if "PER" in c.countries], reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    "text",
    [
        "Washington mantuvo a Perú en el Nivel 2.",
        "El informe colocó a Perú en el Nivel 2.",
        "El informe considera a Perú como país de Nivel 2.",
    ],
)
def test_a_spanish_placement_done_is_read(text: str, nombres: Gazetteer) -> None:
    found = read_text(text, nombres, "es", default_year=2015).claims
    assert has(found, countries=["PER"], tier="2", negated=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Forty countries \u2013 including Chile \u2013 were placed above Tier 2.", "en"),
        ("Diez países - incluidos Chile - están por encima del Nivel 2.", "es"),
    ],
)
def test_a_dashed_count_above_a_tier_puts_neither_the_count_nor_its_countries_on_it(
    text: str, lang: str, names: Gazetteer
) -> None:
    found = read_text(text, names, lang, default_year=2015).claims
    assert not has(found, countries=["CHL"], tier="2")
    assert not has(found, kind="count", tier="2", relation="at")


def test_a_dashed_count_on_a_tier_still_puts_its_countries_on_it(names: Gazetteer) -> None:
    found = claims("Forty countries \u2013 including Chile \u2013 were placed on Tier 1.", names)
    assert has(found, countries=["CHL"], tier="1")
    assert has(found, kind="count", tier="1", count=40)


@pytest.mark.parametrize(
    ("text", "tier_left"),
    [
        ("Peru moved from being placed in Tier 2 to Tier 1.", "2"),
        ("Peru went from being ranked on the Watch List to Tier 2.", "2WL"),
    ],
)
def test_the_tier_a_country_moved_from_being_on_is_not_where_it_is(
    text: str, tier_left: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert not has(found, kind="tier", countries=["PER"], tier=tier_left, years_before=0)


@pytest.mark.parametrize(
    "text",
    [
        "Perú trabajó junto con Chile y está en el Nivel 2.",
        "Perú firmó un acuerdo con Chile y está en el Nivel 2.",
    ],
)
def test_a_spanish_second_verb_s_subject_is_not_a_country_a_preposition_governs(
    text: str, nombres: Gazetteer
) -> None:
    found = read_text(text, nombres, "es", default_year=2015).claims
    assert has(found, countries=["PER"], tier="2")
    assert not has(found, countries=["CHL"], tier="2")
    assert not has(found, countries=["PER", "CHL"], tier="2")


def test_a_spanish_companion_set_beside_the_subject_shares_its_tier(nombres: Gazetteer) -> None:
    found = read_text("Perú, junto con Chile, está en el Nivel 2.", nombres, "es").claims
    assert has(found, countries=["PER", "CHL"], tier="2")


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Peru, unlike Chile, is on Tier 2.", "en", "tier"),
        ("Peru, unlike Chile and Bolivia, remained on Tier 2.", "en", "tier"),
        ("Peru, unlike Chile, was downgraded to Tier 2.", "en", "change"),
        ("Peru, in contrast to Chile, has been on Tier 2 for three years.", "en", "streak"),
        ("Perú, a diferencia de Chile, está en el Nivel 2.", "es", "tier"),
    ],
)
def test_a_country_set_against_the_subject_between_commas_is_not_the_subject(
    text: str, lang: str, kind: str, names: Gazetteer
) -> None:
    found = read_text(text, names, lang, default_year=2015).claims
    assert has(found, kind=kind, countries=["PER"], tier="2")
    assert not [c for c in found if {"CHL", "BOL"} & set(c.countries)], found


def test_a_country_named_alike_between_commas_shares_the_tier(names: Gazetteer) -> None:
    found = claims("Peru, like Chile, is on Tier 2.", names)
    assert has(found, countries=["PER"], tier="2")
    assert has(found, countries=["CHL"], tier="2")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile is the only country on Tier 1 besides Peru.", "en"),
        ("Chile is the only country on Tier 1 apart from Peru.", "en"),
        ("Chile es el único país en el Nivel 1 además de Perú.", "es"),
    ],
)
def test_the_countries_named_besides_the_only_ones_are_among_them(
    text: str, lang: str, names: Gazetteer
) -> None:
    found = read_text(text, names, lang, default_year=2015).claims
    assert has(found, kind="group", countries=["CHL", "PER"], tier="1")
    assert not has(found, kind="group", countries=["CHL"], tier="1")


def test_the_only_one_is_still_alone_without_besides(names: Gazetteer) -> None:
    found = claims("Chile is the only country on Tier 1.", names)
    assert has(found, kind="group", countries=["CHL"], tier="1")


@pytest.mark.parametrize(
    "text",
    [
        "Peru is only a Tier 2 country.",
        "Peru, a regional leader, is only a Tier 2 country in the report.",
        "Peru is only a Tier 2 country, while Chile is on Tier 1.",
    ],
)
def test_only_before_an_indefinite_article_means_merely(text: str, names: Gazetteer) -> None:
    # "only a Tier 2 country" places Peru without saying it is alone on Tier 2.
    found = claims(text, names)
    assert has(found, kind="tier", countries=["PER"], tier="2")
    assert not has(found, kind="group", countries=["PER"])


def test_the_only_tier_country_is_still_alone(names: Gazetteer) -> None:
    found = claims("Peru is the only Tier 2 country in South America.", names)
    assert has(found, kind="group", countries=["PER"], tier="2")


@pytest.mark.parametrize(
    "text",
    [
        "Peru -- Tier 2 -- has improved its record.",
        "Peru \u2014 Tier 2 \u2014 has improved its record.",
    ],
)
def test_two_hyphens_typed_for_a_dash_set_off_an_aside(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="tier", countries=["PER"], tier="2")


def test_two_hyphens_keep_the_sentence_s_offsets(names: Gazetteer) -> None:
    text = "Peru -- Tier 2 -- has improved its record."
    found = claims(text, names)
    assert [text[claim.span[0] : claim.span[1]].startswith("Peru") for claim in found] == [True]


@pytest.mark.parametrize(
    ("text", "unchanged"),
    [
        ("Peru remains merely a Tier 2 country.", True),
        ("Peru remains simply a Tier 2 country.", True),
        ("Peru is solidly in Tier 2.", False),
        ("Peru is presently a Tier 2 country.", False),
    ],
)
def test_an_adverb_of_degree_or_time_between_the_verb_and_the_tier(
    text: str, unchanged: bool, names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="tier", countries=["PER"], tier="2", unchanged=unchanged)


@pytest.mark.parametrize(
    "text", ["Peru is merely hoping for Tier 2.", "Peru currently hopes to reach Tier 2."]
)
def test_the_same_adverbs_before_a_hope_read_nothing(text: str, names: Gazetteer) -> None:
    assert claims(text, names) == []
