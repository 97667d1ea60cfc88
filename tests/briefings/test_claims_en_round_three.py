"""English companions of a claim named in its subject or as some of a count: "Russia, along with
China, was downgraded to Tier 3", "named 14 countries - including allies Kuwait and Oman - to
Tier 3", "the Tier 1 group of 33 countries and territories, including the United States, ...".
Pure Python, no database; every sentence here is invented, and each reading has sentences it
must refuse."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia"],
    "CUB": ["Cuba"],
    "IRN": ["Iran"],
    "RUS": ["Russia"],
    "CHN": ["China"],
    "MLT": ["Malta"],
    "ITA": ["Italy"],
    "BLZ": ["Belize"],
    "HTI": ["Haiti"],
    "SUR": ["Suriname"],
    "KWT": ["Kuwait"],
    "OMN": ["Oman"],
    "GBR": ["Britain", "UK"],
    "USA": ["United States", "US", "U.S.", "USA", "Washington"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def claims(text: str, names: Gazetteer, year: int = 2019) -> list[Claim]:
    return read_text(text, names, "en", default_year=year).claims


# --- "X, along with Y, ...": the countries set beside the subject ------------------------------

ALONG_IN_SUBJECT = [
    ("Russia, along with China, was downgraded to Tier 3.", "change", ["CHN"], "3"),
    ("Russia, together with China and Iran, is on Tier 3.", "tier", ["CHN", "IRN"], "3"),
    ("Peru, alongside Bolivia, remains on the Tier 2 Watch List.", "tier", ["BOL"], "2WL"),
]


@pytest.mark.parametrize(("text", "kind", "countries", "tier"), ALONG_IN_SUBJECT)
def test_countries_along_with_the_subject_share_its_claim(
    text: str, kind: str, countries: list[str], tier: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind=kind, countries=countries, tier=tier), [c.structured() for c in found]


ALONG_IN_SUBJECT_REFUSED = [
    # a negated claim says nothing of where the others are
    ("Russia, along with China, was not downgraded to Tier 3.", ["CHN"]),
    # the countries beside the subject of another clause share nothing with this one
    ("Peru, along with Chile, was praised, and Peru is on Tier 2.", ["CHL"]),
]


@pytest.mark.parametrize(("text", "absent"), ALONG_IN_SUBJECT_REFUSED)
def test_along_with_the_subject_refusals(text: str, absent: list[str], names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any(set(absent) & set(c.countries) for c in found if not c.negated), [
        c.structured() for c in found
    ]


# --- "N countries, including X and Y, ...": members of a count on its tier ---------------------

COUNT_MEMBERS = [
    (
        "The report named 14 countries - including allies Kuwait and Oman - to Tier 3.",
        ["KWT", "OMN"],
        "3",
        14,
    ),
    (
        "Peru was listed in the Tier 1 group of 33 countries and territories, including the "
        "United States, Britain and Chile.",
        ["USA", "GBR", "CHL"],
        "1",
        33,
    ),
]


@pytest.mark.parametrize(("text", "countries", "tier", "count"), COUNT_MEMBERS)
def test_countries_named_in_a_count_are_on_its_tier(
    text: str, countries: list[str], tier: str, count: int, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="count", tier=tier, count=count), [c.structured() for c in found]
    assert has(found, kind="tier", countries=countries, tier=tier), [c.structured() for c in found]


COUNT_MEMBERS_REFUSED = [
    # a count above a tier: its members are not on the tier named
    "Some 40 countries, including Chile and Britain, rank above Tier 2.",
    # the list is of something else than the counted countries
    "Peru was among 20 countries on Tier 3, after a year including talks with Chile.",
]


@pytest.mark.parametrize("text", COUNT_MEMBERS_REFUSED)
def test_count_members_refusals(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any({"CHL", "GBR"} & set(c.countries) for c in found), [
        c.structured() for c in found
    ]


# --- "..., while leaving X in Tier 3": a participle placing its object ------------------------

PARTICIPLES = [
    ("The report upgraded Chile, placing Peru on Tier 2.", ["PER"], "2", False),
    (
        "The report upgraded Chile, while leaving Peru in the Tier 2 Watch List.",
        ["PER"],
        "2WL",
        True,
    ),
    (
        "The report downgraded Chile while keeping Peru and Bolivia on Tier 3.",
        ["PER", "BOL"],
        "3",
        True,
    ),
]


@pytest.mark.parametrize(("text", "countries", "tier", "unchanged"), PARTICIPLES)
def test_a_participle_after_the_main_clause_places_its_object(
    text: str, countries: list[str], tier: str, unchanged: bool, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=countries, tier=tier), [c.structured() for c in found]
    assert any(c.unchanged == unchanged for c in found if c.countries == tuple(countries))


def test_a_streak_after_a_participle_is_its_objects(names: Gazetteer) -> None:
    text = (
        "The report upgraded Chile, while leaving Peru in the lowest Tier 3 for the 22nd "
        "straight year."
    )
    found = claims(text, names)
    assert has(found, kind="streak", countries=["PER"], tier="3", years=22), [
        c.structured() for c in found
    ]
    assert not any(c.kind == "streak" and "CHL" in c.countries for c in found)


PARTICIPLES_REFUSED = [
    "The report upgraded Chile without leaving Peru on Tier 2.",
    "Leaving Peru on Tier 2 would be a mistake.",
]


@pytest.mark.parametrize("text", PARTICIPLES_REFUSED)
def test_participle_refusals(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any("PER" in c.countries for c in found), [c.structured() for c in found]


# --- "put X back on Tier 1": back on a tier it had left ---------------------------------------

PUT_BACK = [
    ("The State Department put Chile back on Tier 1.", ["CHL"], "1"),
    ("The report placed Peru and Bolivia back on the Tier 2 Watch List.", ["PER", "BOL"], "2WL"),
    ("Peru was placed back on the Tier 2 Watch List this year.", ["PER"], "2WL"),
]


@pytest.mark.parametrize(("text", "countries", "tier"), PUT_BACK)
def test_put_back_on_a_tier_is_a_move_to_it(
    text: str, countries: list[str], tier: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="change", countries=countries, tier=tier, negated=False), [
        c.structured() for c in found
    ]


PUT_BACK_REFUSED = [
    "Peru was not put back on Tier 3.",
    "Peru will be put back on Tier 3 if it fails to act.",
]


@pytest.mark.parametrize("text", PUT_BACK_REFUSED)
def test_put_back_refusals(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any(c.kind == "change" and not c.negated for c in found), [
        c.structured() for c in found
    ]


# --- "... and has remained there ever since": up to the report at the time of writing ----------

EVER_SINCE = [
    # (text, kind, tier, years): about the caller's default year (2019 here)
    (
        "In 2012 Peru was placed in Tier 1 for the first time, and has remained there ever since.",
        "streak",
        "1",
        8,
    ),
    ("Peru was upgraded to Tier 2 in 2016, where it has stayed since.", "streak", "2", 4),
    (
        "Peru was placed on the Tier 2 Watch List and has remained there ever since.",
        "tier",
        "2WL",
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "tier", "years"), EVER_SINCE)
def test_remained_there_ever_since_is_about_the_report_now(
    text: str, kind: str, tier: str, years: int | None, names: Gazetteer
) -> None:
    found = claims(text, names, year=2019)
    stays = [
        c
        for c in found
        if c.kind == kind
        and c.year is None
        and c.countries == ("PER",)
        and (kind == "streak" or c.unchanged)
    ]
    assert stays, [c.structured() for c in found]
    assert stays[0].tier == tier
    assert stays[0].years == years


EVER_SINCE_REFUSED = [
    "Peru was not placed on Tier 2 and has remained there ever since.",
    "Peru was placed on Tier 2 in 2016 and could have remained there ever since.",
    "Peru was placed on Tier 2 in 2016, and Chile has remained there ever since.",
]


@pytest.mark.parametrize("text", EVER_SINCE_REFUSED)
def test_ever_since_refusals(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any(c.kind == "streak" or c.unchanged for c in found), [
        c.structured() for c in found
    ]


# --- "fell from Tier 1, which ..., to Tier 2": an aside on the tier left ------------------------

ASIDE_ON_THE_TIER_LEFT = [
    (
        "Malta fell from Tier 1, which includes most Western European countries, to Tier 2 "
        "alongside Italy.",
        {("change", ("MLT",), "2", "1"), ("tier", ("ITA",), "2", None)},
    ),
    (
        "Malta was downgraded from Tier 1, which it had held for a decade, to the Tier 2 Watch "
        "List.",
        {("change", ("MLT",), "2WL", "1")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDE_ON_THE_TIER_LEFT)
def test_an_aside_on_the_tier_left_does_not_hide_the_tier_reached(
    text: str, expected: set[tuple[object, ...]], names: Gazetteer
) -> None:
    found = {(str(c.kind), c.countries, c.tier, c.from_tier) for c in claims(text, names)}
    assert expected <= found, found


def test_an_aside_then_another_clause_is_no_tier_reached(names: Gazetteer) -> None:
    found = claims("Malta fell from Tier 1, which is a pity, and Peru rose to Tier 2.", names)
    assert has(found, kind="change", countries=["MLT"], from_tier="1")
    assert not any(c.countries == ("MLT",) and c.tier == "2" for c in found), [
        c.structured() for c in found
    ]


# --- "the only country with a Tier 3 ranking, and joins Haiti ... with this ranking" ------------


def test_the_only_country_with_a_tier_ranking_is_a_group_claim(names: Gazetteer) -> None:
    found = claims("Belize is the only country with a Tier 3 ranking.", names)
    assert has(found, kind="group", countries=["BLZ"], tier="3"), [c.structured() for c in found]


def test_the_only_country_with_a_tier_neighbour_is_no_claim(names: Gazetteer) -> None:
    assert not claims("Belize is the only country with a Tier 3 neighbour.", names)


JOINS_ON_THIS = [
    (
        "Belize is the only country with a Tier 3 ranking, and joins Haiti and Suriname as the "
        "only three countries with this dismal ranking.",
        ["HTI", "SUR"],
    ),
    ("Belize is on Tier 3 and joins Haiti as one of two countries in that tier.", ["HTI"]),
]


@pytest.mark.parametrize(("text", "countries"), JOINS_ON_THIS)
def test_those_joined_on_this_ranking_share_the_tier(
    text: str, countries: list[str], names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=countries, tier="3"), [c.structured() for c in found]


JOINS_REFUSED = [
    "Belize is on Tier 3 and joins Haiti in talks on this ranking.",
    "Belize is on Tier 3 and joins Haiti as one of the countries on Tier 2.",
    "Belize is not on Tier 3 and joins Haiti as one of the countries with this ranking.",
]


@pytest.mark.parametrize("text", JOINS_REFUSED)
def test_joins_refusals(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any("HTI" in c.countries for c in found), [c.structured() for c in found]


# --- "the report again ranks X on ...", "X was one among the 30 countries given Tier 1" ---------


def test_again_before_the_reports_verb_is_a_stay(names: Gazetteer) -> None:
    text = "Released on Friday, the report again ranks Peru on the Tier 2 Watch List."
    found = claims(text, names)
    assert has(found, kind="tier", countries=["PER"], tier="2WL", unchanged=True), [
        c.structured() for c in found
    ]
    plain = claims("The report ranks Peru on the Tier 2 Watch List.", names)
    assert not any(c.unchanged for c in plain)


ONE_AMONG_THOSE_GIVEN = [
    "Peru was one among the 30 countries given the highest rating for meeting the standards.",
    "Peru was among the 30 countries given Tier 1.",
]


@pytest.mark.parametrize("text", ONE_AMONG_THOSE_GIVEN)
def test_one_among_the_countries_given_a_tier(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=["PER"], tier="1"), [c.structured() for c in found]
    assert has(found, kind="count", tier="1", count=30), [c.structured() for c in found]


def test_one_among_the_countries_given_something_else_is_no_claim(names: Gazetteer) -> None:
    assert not claims("Peru was one among the 30 countries given aid.", names)


# --- "from Tier 3 in 2008 to Tier 2": the tier left, in the year named with it ------------------

DATED_FROM = [
    ("Peru rose from Tier 3 in 2008 to Tier 2 this year.", "3", 2008),
    ("Peru was upgraded from the Tier 2 Watch List in 2010 to Tier 2.", "2WL", 2010),
    (
        "Peru has made progress, moving from being ranked Tier 3 in 2008 to now Tier 2 Watch List.",
        "3",
        2008,
    ),
]


@pytest.mark.parametrize(("text", "tier", "year"), DATED_FROM)
def test_the_tier_left_in_a_year_named(text: str, tier: str, year: int, names: Gazetteer) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=["PER"], tier=tier, year=year), [
        c.structured() for c in found
    ]


def test_after_moving_from_a_dated_tier_the_subject_is_on_the_tier_reached(
    names: Gazetteer,
) -> None:
    text = (
        "Peru has made progress, moving from being ranked Tier 3 in 2008 to now Tier 2 Watch List."
    )
    found = claims(text, names)
    assert has(found, kind="tier", countries=["PER"], tier="2WL", year=None), [
        c.structured() for c in found
    ]


DATED_FROM_REFUSED = [
    "Peru was not upgraded from Tier 3 in 2008 to Tier 2.",
    "Peru could have made progress, moving from Tier 3 in 2008 to Tier 2.",
    "The report has made progress, moving from Tier 3 in 2008 to Tier 2.",
]


@pytest.mark.parametrize("text", DATED_FROM_REFUSED)
def test_dated_from_refusals(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any(c.kind == "tier" and c.tier == "3" for c in found), [
        c.structured() for c in found
    ]


# --- "... - the Tier 2 Watch List includes X, along with EU member state Y" ---------------------


def test_a_tier_and_its_members_after_a_dash(names: Gazetteer) -> None:
    text = (
        "The report listed more countries at risk - the Tier 2 Watch List includes Peru and "
        "Chile, along with EU member state Italy."
    )
    found = claims(text, names)
    assert has(found, kind="tier", countries=["PER", "CHL"], tier="2WL"), [
        c.structured() for c in found
    ]
    assert has(found, kind="tier", countries=["ITA"], tier="2WL"), [c.structured() for c in found]


def test_alongside_described_countries(names: Gazetteer) -> None:
    found = claims("Peru is on Tier 3 alongside regional allies Cuba and Iran.", names)
    assert has(found, kind="tier", countries=["CUB", "IRN"], tier="3"), [
        c.structured() for c in found
    ]


def test_alongside_described_countries_after_a_negated_claim(names: Gazetteer) -> None:
    found = claims("Peru was not placed on Tier 3 alongside regional allies Cuba and Iran.", names)
    assert not any("CUB" in c.countries for c in found), [c.structured() for c in found]
