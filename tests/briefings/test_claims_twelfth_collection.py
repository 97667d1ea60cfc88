"""Readings written from the twelfth collection's development misses (PROVENANCE.md): the
countries a subject is compared with share its tier ("placed in the same Tier 2 category as
Japan and Iran"); countries described by the tier they achieved are on it ("The only
countries that achieved Tier 1 status were Japan and Israel"); a stay told by keeping a place,
its subject left out, follows a clause that already placed the country ("..., and again
maintains its place in Tier 1"); and the countries named after a count may be introduced by a
word for what they are ("including newcomer Iran and Cuba").

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
    "ISR": ["Israel"],
    "PER": ["Peru"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def read(text: str, names: Gazetteer, year: int = 2020) -> Any:
    return read_text(text, names, "en", default_year=year)


def claims(text: str, names: Gazetteer) -> list[Claim]:
    return read(text, names).claims


# --- the countries a subject is compared with share its tier ---------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "compared", "tier"),
    [
        (
            "Peru was placed in the same Tier 2 category as Japan and Israel.",
            "PER",
            ["JPN", "ISR"],
            "2",
        ),
        (
            "This year Peru sits in the same Tier 3 group as Iran, Cuba and other countries "
            "that made no significant efforts.",
            "PER",
            ["IRN", "CUB"],
            "3",
        ),
        ("Peru remained in the same Tier 1 tier as Israel.", "PER", ["ISR"], "1"),
    ],
)
def test_the_countries_compared_with_share_the_tier(
    text: str, subject: str, compared: list[str], tier: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, countries=[subject], tier=tier)
    assert has(found, countries=compared, tier=tier)


@pytest.mark.parametrize(
    "text",
    [
        # no tier is named: "the same tier as" says only that the two share one
        "Peru was placed in the same tier as Japan.",
        # a hope: nothing is said of this report
        "Peru hopes to join the same Tier 1 group as Israel.",
    ],
)
def test_a_comparison_without_a_named_tier_or_as_a_hope_is_left_alone(
    text: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert not any(claim.tier for claim in found if "ISR" in claim.countries)
    assert not any(claim.tier for claim in found if "JPN" in claim.countries)


def test_the_same_tier_as_a_year_names_no_country(names: Gazetteer) -> None:
    found = claims("Japan is in the same Tier 2 category as last year.", names)
    assert has(found, countries=["JPN"], tier="2")
    assert all(set(claim.countries) == {"JPN"} for claim in found)


# --- countries described by the tier they achieved ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        (
            "The only countries that achieved Tier 1 status were Japan and Israel.",
            ["JPN", "ISR"],
            "1",
        ),
        ("The Asian countries that earned Tier 2 status were Japan and Peru.", ["JPN", "PER"], "2"),
        (
            "Countries which received Tier 1 status this year include Israel and Peru.",
            ["ISR", "PER"],
            "1",
        ),
    ],
)
def test_countries_described_by_the_tier_they_achieved(
    text: str, countries: list[str], tier: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), countries=countries, tier=tier)


@pytest.mark.parametrize(
    "text",
    [
        "Countries that failed to achieve Tier 1 status were Japan and Israel.",
        "Countries that lost Tier 1 status were Japan and Israel.",
        "Countries that hope to achieve Tier 1 status are Japan and Israel.",
        "Countries that could achieve Tier 1 status are Japan and Israel.",
    ],
)
def test_a_failure_a_loss_or_a_hope_to_achieve_a_tier_is_left_alone(
    text: str, names: Gazetteer
) -> None:
    assert not any(claim.tier == "1" for claim in claims(text, names))


# --- a stay told by keeping a place, its subject left out ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan is at the highest level of the rankings, and again maintains its place in Tier 1.",
        "Japan is at the highest level of the rankings, and keeps its place in Tier 1.",
    ],
)
def test_a_stay_after_a_placement_keeps_its_stay(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), countries=["JPN"], tier="1", unchanged=True)


def test_keeping_another_country_on_a_tier_is_not_a_stay_of_the_first(names: Gazetteer) -> None:
    found = claims("The report upgraded Japan, and kept Cuba on Tier 3.", names)
    assert has(found, countries=["CUB"], tier="3", unchanged=True)
    assert not any(claim.unchanged for claim in found if "JPN" in claim.countries)


# --- a word for what the countries named after a count are --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Twenty countries were on Tier 3 this year, including newcomer Iran, Cuba and Peru.",
        "Twenty countries were on Tier 3, including new entrants Iran, Cuba and Peru.",
    ],
)
def test_the_countries_after_a_count_may_be_called_newcomers(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert has(found, kind="count", tier="3", count=20)
    assert has(found, countries=["IRN", "CUB", "PER"], tier="3")


def test_a_newcomer_named_on_another_tier_is_not_counted(names: Gazetteer) -> None:
    found = claims(
        "Twenty countries were on Tier 3, with newcomer Japan named on the Watch List.", names
    )
    assert not any(claim.tier == "3" for claim in found if "JPN" in claim.countries)


def test_the_same_tier_as_last_year_is_about_this_report(names: Gazetteer) -> None:
    # The year compared with is not the claim's: the claim keeps the report's own (no year of
    # its own, so the default year the text is checked for).
    found = read("Japan is in the same Tier 2 category as last year.", names, 2024).claims
    assert [(tuple(claim.countries), claim.tier, claim.year) for claim in found] == [
        (("JPN",), "2", None)
    ]
