"""Readings written from the tenth collection's development misses (PROVENANCE.md): the United
States named before "list", "blacklist", "ally" or "partner" owns the list or qualifies the
noun ("the U.S. list of worst human traffickers", "US allies Saudi Arabia and Kuwait", "a U.S.
ally") and is never the country placed; a fronted stay or place ("Remaining on Tier 3 were
Cuba, Iran and Kuwait", "Among those on Tier 3 are ...") reads the whole list after the verb; a
year after the tier a move starts from ("from Tier 3 in 2007 to the Tier 2 Watch List this
year") dates the start, not the move; "is down a tier" is a move down; the one who moves a
country ("the US has downgraded the country") is not the country moved; "the first Arab State
to reach Tier 1" is on it, and so are the "countries getting the lowest grade" named after it.

Pure Python; every sentence here is invented, and each reading has sentences it must leave
alone."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "SAU": ["Saudi Arabia"],
    "KWT": ["Kuwait"],
    "KHM": ["Cambodia", "cambodian government"],
    "CUB": ["Cuba"],
    "IRN": ["Iran"],
    "IND": ["India"],
    "BHR": ["Bahrain"],
    "OMN": ["Oman"],
    "DZA": ["Algeria"],
    "CHL": ["Chile"],
    "PER": ["Peru"],
    "USA": ["United States", "US", "U.S.", "USA", "Washington"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def claims(text: str, names: Gazetteer, year: int = 2009) -> list[Claim]:
    return read_text(text, names, "en", default_year=year).claims


def about(found: list[Claim], code: str) -> bool:
    return any(code in claim.structured().get("countries", ()) for claim in found)


# --- the United States owning a list or qualifying a noun -----------------------------------

US_QUALIFIES = [
    ("India is on the U.S. list of worst human traffickers.", "IND"),
    ("Saudi Arabia, a U.S. ally, remains on Tier 3.", "SAU"),
    ("Bahrain, a close US partner, was placed on Tier 1.", "BHR"),
    ("Kuwait stays on the US blacklist.", "KWT"),
]


@pytest.mark.parametrize(("text", "code"), US_QUALIFIES)
def test_the_united_states_before_a_list_or_an_ally_is_no_subject(
    text: str, code: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert about(found, code)
    assert not about(found, "USA")


@pytest.mark.parametrize(
    "text",
    [
        "The United States is on Tier 1.",
        "The US remains on Tier 1, like its allies.",
        "The U.S. and its allies are on Tier 1.",
    ],
)
def test_the_united_states_as_a_subject_is_still_read(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), countries=["USA"], tier="1")


# --- the one who moves a country is not the country moved -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia did little. The US has downgraded the country from Tier 2 to Tier 3.",
        "Cambodia did little. The US on Tuesday again downgraded the country from Tier 2 to "
        "Tier 3.",
        "The Cambodian government did little. Due to this, the US has downgraded the country "
        "from Tier 2 to Tier 3.",
    ],
)
def test_the_agent_of_a_move_is_not_the_country_it_moves(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert has(found, kind="change", countries=["KHM"], tier="3", from_tier="2")
    assert not about(found, "USA")


def test_the_subject_before_a_word_for_a_country_is_still_its_antecedent(names: Gazetteer) -> None:
    found = claims("Cambodia did little. The US is on Tier 1 and the country remains there.", names)
    assert not has(found, countries=["KHM"], tier="1")


# --- a fronted stay or placement reads the whole list ----------------------------------------


def test_a_fronted_stay_reads_every_country_as_staying(names: Gazetteer) -> None:
    found = claims("Remaining on Tier 3 were Cuba, Iran and Kuwait.", names)
    assert has(found, kind="tier", countries=["CUB", "IRN", "KWT"], tier="3", unchanged=True)


def test_a_fronted_stay_on_a_named_list_with_allies(names: Gazetteer) -> None:
    found = claims("Staying on the blacklist are US allies Saudi Arabia and Kuwait.", names)
    assert has(found, kind="tier", countries=["SAU", "KWT"], tier="3", unchanged=True)
    assert not about(found, "USA")


def test_a_fronted_stay_on_a_named_list_that_goes_on(names: Gazetteer) -> None:
    found = claims(
        "Remaining on the Tier 3 list were Saudi Arabia and Kuwait but also Cuba.", names
    )
    assert has(found, kind="tier", countries=["SAU", "KWT", "CUB"], tier="3", unchanged=True)


def test_a_fronted_place_reads_every_country(names: Gazetteer) -> None:
    found = claims("Among those on Tier 3 are Cuba and Iran.", names)
    assert has(found, kind="tier", countries=["CUB", "IRN"], tier="3", unchanged=False)


@pytest.mark.parametrize(
    "text",
    [
        "Remaining on Tier 3 would mean sanctions for Cuba.",
        "Staying on the Watch List is not an option for Cuba.",
    ],
)
def test_a_stay_as_a_topic_is_no_claim(text: str, names: Gazetteer) -> None:
    assert not about(claims(text, names), "CUB")


# --- the year a move starts from -------------------------------------------------------------


def test_a_year_after_the_tier_moved_from_dates_the_start(names: Gazetteer) -> None:
    found = claims("Chile moved from Tier 3 in 2008 to Tier 2 this year.", names)
    assert has(found, kind="change", countries=["CHL"], tier="2", from_tier="3", year=None)
    assert not has(found, kind="change", year=2008)


def test_a_year_after_the_move_still_dates_it(names: Gazetteer) -> None:
    found = claims("Chile moved from Tier 3 to Tier 2 in 2009.", names)
    assert has(found, kind="change", countries=["CHL"], tier="2", from_tier="3", year=2009)


# --- "is down a tier" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [("Chile is down a tier.", "down"), ("Peru is up a notch this year.", "up")],
)
def test_down_or_up_a_tier_is_a_move(text: str, direction: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="change", direction=direction)


@pytest.mark.parametrize(
    "text", ["Chile's convictions were down a third.", "Peru's exports are up a notch."]
)
def test_down_a_share_is_no_move(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="change")


# --- the first of its kind on a tier; countries described by the tier they got --------------


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain has become the first Arab State to reach Tier 1.",
        "Bahrain is the first country in the region to achieve Tier 1 status.",
    ],
)
def test_the_first_country_to_reach_a_tier_is_on_it(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="tier", countries=["BHR"], tier="1")


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain hopes to become the first Arab State to reach Tier 1.",
        "Bahrain could become the first Arab State to reach Tier 1.",
        "Bahrain is not the first country to reach Tier 1.",
    ],
)
def test_a_hope_or_a_denial_of_being_first_is_no_placement(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="tier", countries=["BHR"], tier="1", negated=False)


def test_countries_described_by_the_tier_they_got(names: Gazetteer) -> None:
    found = claims(
        "Among countries getting the lowest grade for the first time were US Gulf allies "
        "Bahrain, Kuwait and Oman along with Algeria.",
        names,
    )
    assert has(found, kind="tier", countries=["BHR", "KWT", "OMN", "DZA"], tier="3")
    assert not about(found, "USA")


def test_countries_hoping_for_a_tier_are_not_on_it(names: Gazetteer) -> None:
    found = claims("Among countries hoping for Tier 1 are Bahrain and Kuwait.", names)
    assert not has(found, kind="tier", tier="1")
