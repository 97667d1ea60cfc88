"""English press shapes the development corpus lacks: headlines ("Cuba among worst in human
trafficking: US"), "worst human trafficking offenders", "named one of the worst offenders",
"a Tier 2 rating, down from Tier 1", "has been on the Watch List for two years". Pure Python,
no database; every sentence here is invented, and each reading has sentences it must refuse."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia"],
    "CUB": ["Cuba"],
    "VEN": ["Venezuela"],
    "ECU": ["Ecuador"],
    "MYS": ["Malaysia"],
    "THA": ["Thailand"],
    "PRK": ["North Korea"],
    "IRN": ["Iran"],
    "ERI": ["Eritrea"],
    "BRB": ["Barbados"],
    "LCA": ["Saint Lucia"],
    "NGA": ["Nigeria"],
    "JPN": ["Japan"],
    "GHA": ["Ghana"],
    "KEN": ["Kenya"],
    "PAK": ["Pakistan"],
    "USA": ["United States", "US", "U.S.", "USA", "Washington"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def claims(text: str, names: Gazetteer, year: int = 2019) -> list[Claim]:
    return read_text(text, names, "en", default_year=year).claims


# --- "among the worst" headlines and "worst human trafficking offenders" -------------------------

WORST = [
    ("Cuba among worst in human trafficking: US", ["CUB"]),
    ("Cuba, Iran among worst on human trafficking", ["CUB", "IRN"]),
    ("Venezuela ranked among worst human trafficking offenders by US", ["VEN"]),
    ("US names Eritrea among world's worst human trafficking offenders", ["ERI"]),
    ("Malaysia was named one of the worst offenders in the report.", ["MYS"]),
    (
        "Malaysia joins North Korea, Iran among worst human trafficking offenders",
        ["MYS", "PRK", "IRN"],
    ),
]


@pytest.mark.parametrize(("text", "countries"), WORST)
def test_worst_offenders_are_tier_3(text: str, countries: list[str], names: Gazetteer) -> None:
    assert has(claims(text, names), kind="tier", tier="3", countries=countries)


WORST_REFUSED = [
    "Cuba hopes to get out from among the worst in human trafficking.",
    "Officials said Cuba could be among the worst on trafficking next year.",
    "Cuba is not among the worst in human trafficking.",
    "Among the worst in human trafficking, the report said, are criminal networks.",
    "Malaysia was never named one of the worst offenders.",
]


@pytest.mark.parametrize("text", WORST_REFUSED)
def test_worst_refusals(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="tier", tier="3", negated=False)


# --- ", down from Tier 1": the tier before, and the move ----------------------------------------

UP_DOWN_FROM = [
    ("Japan was given a Tier 2 rating, down from Tier 1.", ["JPN"], "2", "1", "down"),
    ("Nigeria now sits on Tier 2, up from the Watch List.", ["NGA"], "2", "2WL", "up"),
    ("Ghana is a Tier 1 country, up from Tier 2.", ["GHA"], "1", "2", "up"),
    ("Kenya was placed on the Tier 2 Watch List, down from Tier 2, the report said.",
     ["KEN"], "2WL", "2", "down"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "countries", "tier", "old", "way"), UP_DOWN_FROM)
def test_up_or_down_from_a_tier_is_a_move(
    text: str, countries: list[str], tier: str, old: str, way: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", tier=tier, countries=countries)
    assert has(found, kind="change", tier=tier, from_tier=old, direction=way, countries=countries)


UP_DOWN_REFUSED = [
    # the direction does not fit the tiers: no move is made up
    "Japan was given a Tier 2 rating, up from Tier 1.",
    # a tier some reports back is not the move into this one
    "Japan was given a Tier 2 rating, down from Tier 1 in 2015.",
    # a stay is no move
    "Japan kept its Tier 2 rating, down from Tier 1 a decade ago.",
    # a count's comparison is the count rules'
    "Japan is on Tier 2, down from 30 countries.",
]


@pytest.mark.parametrize("text", UP_DOWN_REFUSED)
def test_up_or_down_refusals(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="change")


# --- "has been on the Watch List for two years": a run of reports up to now --------------------

PERFECT = [
    ("Ecuador has been on the Watch List for two years.", ["ECU"], "2WL", 2),
    ("Pakistan and Kenya have been on Tier 2 for three years.", ["PAK", "KEN"], "2", 3),
    ("Ghana has now been ranked Tier 2 for four years.", ["GHA"], "2", 4),
]


@pytest.mark.parametrize(("text", "countries", "tier", "years"), PERFECT)
def test_present_perfect_with_a_duration_is_a_streak(
    text: str, countries: list[str], tier: str, years: int, names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="streak", tier=tier, years=years, countries=countries)


PERFECT_REFUSED = [
    # years that were not in a row
    "Nigeria has been ranked a Tier 2 country for a cumulative period of 13 years.",
    "Nigeria has been ranked Tier 2 for a total of 13 years.",
    # a negation
    "Ecuador has not been on the Watch List for two years.",
    # a past perfect with no duration, a duration of doing
    "Ecuador has been on the Watch List after two years of failing to act.",
]


@pytest.mark.parametrize("text", PERFECT_REFUSED)
def test_present_perfect_refusals(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="streak")


# --- "since 2014" after a tier read by the last resort, "as it has been since 2003" -----------

SINCE = [
    ("Venezuela, ranked Tier 3 since 2014, dismissed the report.", ["VEN"], "3", 6),
    ("Iran was ranked Tier 3, as it has been every year since 2003.", ["IRN"], "3", 17),
    ("North Korea was placed on Tier 3 again, as it has been since 2003.", ["PRK"], "3", 17),
]


@pytest.mark.parametrize(("text", "countries", "tier", "years"), SINCE)
def test_since_a_year_is_a_streak(
    text: str, countries: list[str], tier: str, years: int, names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="streak", tier=tier, years=years, countries=countries)


SINCE_REFUSED = [
    # a year the tier was named in, and a report named by its year, are no run
    "Venezuela, ranked Tier 3 in 2014, dismissed the report.",
    "Iran was ranked Tier 3, as it has been in the 2003 report.",
    # a negation
    "Venezuela, not ranked Tier 3 since 2014, welcomed the report.",
    # what someone else did since then
    "Iran was ranked Tier 3, as Cuba has pointed out since 2003.",
]


@pytest.mark.parametrize("text", SINCE_REFUSED)
def test_since_refusals(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="streak")


# --- the tier named after the report ("on the 2025 TIP Report, Tier 2 Watch List"), datelines --

REPORT_THEN_TIER = [
    ("The department positioned Barbados and Saint Lucia on the 2025 Trafficking in Persons "
     "Report, Tier 2 Watch List.", ["BRB", "LCA"], "2WL"),
    ("WASHINGTON, USA - The US State Department on Monday positioned Barbados on the 2025 "
     "Trafficking in Persons Report, Tier 2 Watch List.", ["BRB"], "2WL"),
    ("Kenya was placed in the 2019 report's Tier 2 Watch List.", ["KEN"], "2WL"),
    ("LIMA, Peru (Reuters) - Bolivia was placed on Tier 3.", ["BOL"], "3"),
    ("Peru, Chile - both placed on Tier 1.", ["PER", "CHL"], "1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "countries", "tier"), REPORT_THEN_TIER)
def test_tier_named_after_the_report(
    text: str, countries: list[str], tier: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="tier", tier=tier, countries=countries)


REPORT_THEN_TIER_REFUSED = [
    # a verb that places nothing
    "Nigeria criticised the report, Tier 2 countries said.",
    "Peru was praised in the report, Tier 1 countries said.",
    # the report's place and the tier are two different things placed
    "Peru was placed on the agenda and the report, Tier 1.",
]


@pytest.mark.parametrize("text", REPORT_THEN_TIER_REFUSED)
def test_tier_named_after_the_report_refusals(text: str, names: Gazetteer) -> None:
    assert not claims(text, names)


def test_a_dateline_country_is_not_placed(names: Gazetteer) -> None:
    found = claims(
        "WASHINGTON, USA - The State Department positioned Barbados on the Tier 2 Watch List.",
        names,
    )
    assert has(found, kind="tier", tier="2WL", countries=["BRB"])
    assert not any("USA" in claim.countries for claim in found)
