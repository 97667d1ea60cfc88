"""Readings written from the eleventh collection's development misses (PROVENANCE.md): a place
counted from the top of the tiers ("the second of four rankings", "the third of the three
tiers") and an ordinal group ("the third group") name a tier; a tier's members may be given as
examples ("Tier 3 includes countries such as Iran and Cuba"); and a sentence that speaks of "the
third group" or of a country that "topped the list" is listed as not checked when no claim is
read from it.

Pure Python; every sentence here is invented, and each reading has sentences it must leave
alone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "JPN": ["Japan"],
    "IRN": ["Iran"],
    "CUB": ["Cuba"],
    "RUS": ["Russia"],
    "ISR": ["Israel"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def read(text: str, names: Gazetteer, year: int = 2020) -> Any:
    return read_text(text, names, "en", default_year=year)


def claims(text: str, names: Gazetteer) -> list[Claim]:
    return read(text, names).claims


# --- a place counted from the top of the tiers -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Japan remained in the second of four rankings for the fifth consecutive year.", "2"),
        ("Japan was placed in the first of the three tiers.", "1"),
        ("Japan was put in the third of its four categories.", "2WL"),
        ("Japan was put in the third of the three tiers.", "3"),
    ],
)
def test_a_place_counted_from_the_top_names_a_tier(text: str, tier: str, names: Gazetteer) -> None:
    assert has(claims(text, names), countries=["JPN"], tier=tier)


@pytest.mark.parametrize(
    "text",
    [
        "Japan came second of four speakers at the conference.",
        "Japan ranked second of the four donors.",
    ],
)
def test_an_ordinal_without_a_tier_noun_is_left_alone(text: str, names: Gazetteer) -> None:
    assert claims(text, names) == []


# --- an ordinal group --------------------------------------------------------------------------


def test_the_third_group_is_tier_3(names: Gazetteer) -> None:
    found = claims("The third group includes Iran, Russia and Cuba.", names)
    assert has(found, countries=["IRN", "RUS", "CUB"], tier="3")


@pytest.mark.parametrize(
    "text",
    [
        "A third group of countries, such as Iran, asked for more time.",
        "The second group of experts met Japan's officials in Geneva.",
    ],
)
def test_a_group_that_is_no_tier_is_left_alone(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any(claim.structured().get("tier") for claim in found)


# --- a tier's members given as examples -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tier 3 includes countries such as Iran, Russia and Cuba.",
        "Tier 3 countries include nations like Iran, Russia and Cuba.",
        "The third group includes countries such as Iran, Russia and Cuba.",
    ],
)
def test_members_given_as_examples_are_on_the_tier(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), countries=["IRN", "RUS", "CUB"], tier="3")


@pytest.mark.parametrize(
    "text",
    [
        "Tier 1 includes countries that fully meet the minimum standards.",
        "Tier 3 includes countries that make no significant efforts, such as Iran.",
    ],
)
def test_a_tier_described_rather_than_listed_is_left_alone(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not has(found, countries=["IRN"], tier="3")
    assert not has(found, countries=["JPN"])


# --- listed as not checked -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israel once again topped the international list of countries against trafficking.",
        "The second group includes, by most accounts, the larger economies.",
    ],
)
def test_ranking_words_without_a_claim_are_listed_as_not_checked(
    text: str, names: Gazetteer
) -> None:
    result = read(text, names)
    assert result.claims == []
    assert result.unchecked


@pytest.mark.parametrize(
    "text",
    [
        "Israel topped the medal table in Tokyo.",
        "The group met in Geneva, where Japan spoke first.",
    ],
)
def test_other_tops_and_groups_are_not_listed(text: str, names: Gazetteer) -> None:
    result = read(text, names)
    assert result.claims == []
    assert not result.unchecked


# --- "this year" between the country moved and its tier ----------------------------------------


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("The administration also upgraded Cuba this year to the Tier 2 Watch List.", "2WL"),
        ("The department downgraded Japan this year from Tier 1 to Tier 2.", "2"),
    ],
)
def test_this_year_between_the_country_and_its_tier(text: str, tier: str, names: Gazetteer) -> None:
    countries = ["CUB"] if "Cuba" in text else ["JPN"]
    assert has(claims(text, names), kind="change", countries=countries, tier=tier)


@pytest.mark.parametrize(
    "text",
    [
        "The administration upgraded Cuba this year to a full embassy.",
        "The department upgraded Japan this year, citing new laws.",
    ],
)
def test_this_year_without_a_tier_after_it_gives_no_tier(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any(claim.structured().get("tier") for claim in found)
