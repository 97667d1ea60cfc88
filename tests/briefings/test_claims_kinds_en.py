"""English claims read with the right kind, tier, year and every country: streaks that end
with a move, lists after a count or a colon, removals from "the list". Pure Python, no
database; each reading is tried on invented sentences, with sentences it must not read."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import fields, gazetteer_of, has
from tipwatch.briefings.claims import Claim, ClaimKind, Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia"],
    "CUB": ["Cuba"],
    "HTI": ["Haiti"],
    "VEN": ["Venezuela"],
    "COL": ["Colombia"],
    "ECU": ["Ecuador"],
    "MDV": ["Maldives", "the Maldives"],
    "CYP": ["Cyprus"],
    "OMN": ["Oman"],
    "QAT": ["Qatar"],
    "KWT": ["Kuwait"],
    "MYS": ["Malaysia"],
    "THA": ["Thailand"],
    "USA": ["United States", "US", "U.S."],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def claims(text: str, names: Gazetteer, year: int = 2014) -> list[Claim]:
    return read_text(text, names, "en", default_year=year).claims


# --- streaks that end with a move --------------------------------------------------------------

AFTER_STAYING = [
    (
        "Maldives has moved to Tier 2 after remaining on the Tier 2 Watch List for the past four "
        "years.",
        ["MDV"],
        "2WL",
        4,
    ),
    (
        "Peru was upgraded to Tier 1 after staying on Tier 2 for three years.",
        ["PER"],
        "2",
        3,
    ),
    (
        "Cuba was finally moved up to the Watch List after being on Tier 3 for nine years.",
        ["CUB"],
        "3",
        9,
    ),
]


@pytest.mark.parametrize(("text", "countries", "tier", "years"), AFTER_STAYING)
def test_a_stay_that_ended_with_a_move_is_a_streak_to_the_report_before(
    text: str, countries: list[str], tier: str, years: int, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="streak", countries=countries, tier=tier, years=years, years_before=1)
    assert has(found, kind="change", countries=countries, years_before=0), [
        fields(c) for c in found
    ]


def test_the_move_before_an_after_clause_is_read_alone(names: Gazetteer) -> None:
    found = claims("Maldives has moved to Tier 2 after remaining on the Tier 2 Watch List.", names)
    assert has(found, kind="change", countries=["MDV"], tier="2")
    assert not has(found, kind="tier", tier="2WL", years_before=0)


def test_a_run_named_with_after_inside_a_long_clause(names: Gazetteer) -> None:
    found = claims(
        "An official said that after three years ranked at Tier 1, the report found Cyprus "
        "was not making progress compared to the previous year and downgraded Cyprus to Tier 2.",
        names,
        2021,
    )
    assert has(found, kind="streak", countries=["CYP"], tier="1", years=3, years_before=1)
    assert has(found, kind="change", countries=["CYP"], tier="2", years_before=0)


@pytest.mark.parametrize(
    "text",
    [
        # a condition or a prediction: no run is stated
        "Maldives could be upgraded to Tier 2 after remaining on the Watch List for four years.",
        "If Peru is upgraded after staying on Tier 2 for three years, it will be a first.",
        # a plain duration with nothing stayed on: not a run of reports
        "Peru was upgraded to Tier 1 after working for three years on new laws.",
    ],
)
def test_no_streak_without_a_stated_stay(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.STREAK for c in claims(text, names))


def test_a_comparison_with_the_previous_year_does_not_date_a_move(names: Gazetteer) -> None:
    found = claims(
        "Cyprus was downgraded from Tier 1 to Tier 2 as it made less progress compared to the "
        "previous year.",
        names,
        2021,
    )
    assert has(found, kind="change", countries=["CYP"], tier="2", years_before=0)
    found = claims("Cyprus was downgraded to Tier 2 last year.", names, 2021)
    assert has(found, kind="change", countries=["CYP"], tier="2", years_before=1)


# --- lists after a count, a colon or a dash ------------------------------------------------------

COUNTED_LISTS = [
    (
        "The new report places 12 worst offender nations in Tier 3: Cuba, Venezuela and Haiti.",
        12,
    ),
    ("The report puts three countries on the Tier 3 list: Cuba, Venezuela and Haiti.", 3),
    ("This year it places 3 worst-performing nations in Tier 3: Cuba, Venezuela and Haiti.", 3),
]


@pytest.mark.parametrize(("text", "count"), COUNTED_LISTS)
def test_a_count_on_a_tier_then_its_countries_after_a_colon(
    text: str, count: int, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=["CUB", "VEN", "HTI"], tier="3")
    assert has(found, kind="count", tier="3", count=count)


@pytest.mark.parametrize(
    "text",
    [
        "The report could place 12 nations in Tier 3: Cuba, Venezuela and Haiti.",
        "The report did not place three nations in Tier 3: Cuba, Venezuela and Haiti.",
    ],
)
def test_no_colon_list_when_the_placement_is_not_stated(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.TIER for c in claims(text, names))


@pytest.mark.parametrize(
    "text",
    [
        # some of a tier's countries, picked out: not how many the tier holds
        "There are 12 new countries on Tier 3.",
        "The report named 12 African nations on Tier 3.",
    ],
)
def test_no_count_of_some_of_a_tier(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.COUNT for c in claims(text, names))


@pytest.mark.parametrize(
    "text",
    [
        "Countries in the Tier 3 ranking this year include Cuba, Venezuela and Haiti.",
        "Countries in this Tier 3 ranking \u2013 this year include Cuba, Venezuela, Haiti, among "
        "others \u2013 may be subject to restrictions on aid.",
    ],
)
def test_countries_of_a_tier_this_year_include(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=["CUB", "VEN", "HTI"], tier="3", years_before=0)


@pytest.mark.parametrize(
    "text",
    [
        "Countries that could fall to Tier 3 this year include Cuba and Haiti.",
        "Countries in Tier 3 this year do not include Cuba and Haiti.",
    ],
)
def test_no_members_of_a_tier_that_are_not_stated(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="tier", tier="3", negated=False)


# --- removal from "the list" ---------------------------------------------------------------------


def test_removed_after_a_kept_clause_leaves_the_tier_it_named(names: Gazetteer) -> None:
    found = claims(
        "The United States kept allies Kuwait, Oman and Qatar on a blacklist of countries "
        "trafficking in people, but removed ally Cuba and trading partner Malaysia.",
        names,
    )
    assert has(found, kind="tier", countries=["KWT", "OMN", "QAT"], tier="3", unchanged=True)
    assert has(found, kind="change", countries=["CUB", "MYS"], from_tier="3", direction="up")


@pytest.mark.parametrize(
    "text",
    [
        # what was removed is no country
        "The US kept Kuwait on Tier 3 but removed sanctions on Cuba.",
        # negated
        "The US kept Kuwait on Tier 3 but did not remove Cuba.",
    ],
)
def test_no_removal_that_is_not_of_a_country(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.CHANGE for c in claims(text, names))


INVERTED_REMOVALS = [
    (
        "Among nations removed from the blacklist were allies Cuba and Haiti, both of which had "
        "protested their inclusion in the 2010 report, as well as Venezuela.",
        ["CUB", "HTI", "VEN"],
        "3",
        "up",
    ),
    ("Removed from the Watch List this year were Peru and Chile.", ["PER", "CHL"], "2WL", None),
]


@pytest.mark.parametrize(("text", "countries", "left", "direction"), INVERTED_REMOVALS)
def test_removed_from_a_tier_were(
    text: str, countries: list[str], left: str, direction: str | None, names: Gazetteer
) -> None:
    found = claims(text, names)
    # (a report named in a clause about what "had" happened is not the claim's year)
    assert has(
        found, kind="change", countries=countries, from_tier=left, direction=direction, year=None
    ), [fields(c) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Among nations that could be removed from the blacklist are Cuba and Haiti.",
        "Among nations removed from the blacklist were not Cuba and Haiti.",
        "Removed from the blacklist, if the report is believed, would be Cuba and Haiti.",
    ],
)
def test_no_inverted_removal_that_is_not_stated(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.CHANGE for c in claims(text, names))


# --- the year a claim is about -------------------------------------------------------------------

BEFORE_A_YEAR = [
    "Prior to 2007 Peru was on the Tier 2 Watch List.",
    "Before 2007, Peru was on the Tier 2 Watch List.",
    "Prior to the 2007 report, Peru was on the Tier 2 Watch List.",
]


@pytest.mark.parametrize("text", BEFORE_A_YEAR)
def test_a_clause_opened_by_before_a_year_is_about_the_year_before(
    text: str, names: Gazetteer
) -> None:
    assert has(claims(text, names, 2012), kind="tier", countries=["PER"], tier="2WL", year=2006)


@pytest.mark.parametrize(
    "text",
    [
        # some time before: no report to check against
        "Peru was on the Tier 2 Watch List before 2007.",
        "Peru was on Tier 3 prior to 2007.",
    ],
)
def test_a_tier_held_before_some_time_is_not_this_reports(text: str, names: Gazetteer) -> None:
    found = claims(text, names, 2012)
    assert not any(c.kind is ClaimKind.TIER and c.year in (None, 2012) for c in found), [
        fields(c) for c in found
    ]


def test_a_relative_clause_in_dashes_dates_its_own_tier(names: Gazetteer) -> None:
    found = claims(
        "Peru \u2014 which just two years ago was at rock bottom at Tier 3 \u2014 was upgraded.",
        names,
        2024,
    )
    assert has(found, kind="tier", countries=["PER"], tier="3", years_before=2)
    assert has(found, kind="change", countries=["PER"], direction="up", years_before=0)
    # a time in dashes that is no relative clause dates the main claim
    found = claims("Peru \u2014 two years ago \u2014 was upgraded to Tier 2.", names, 2024)
    assert has(found, kind="change", countries=["PER"], tier="2", years_before=2)


@pytest.mark.parametrize(
    "text",
    [
        "Peru \u2014 which could soon be on Tier 3 \u2014 was downgraded.",
        "Peru \u2014 which was never on Tier 3 \u2014 was downgraded.",
    ],
)
def test_no_tier_from_a_relative_clause_that_does_not_state_it(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.TIER for c in claims(text, names, 2024))


WHERE_IT_WAS = [
    (
        "The report raises Peru to the Tier 2 Watch List from bottom-ranked Tier 3, where it "
        "fell last year.",
        ["PER"],
        {"years_before": 1},
    ),
    (
        "The report raises Peru to Tier 2 from Tier 3, where it was placed in 2019.",
        ["PER"],
        {"year": 2019},
    ),
    (
        "The report raises Peru to Tier 2 from Tier 3, where Chile was placed in 2019.",
        ["CHL"],
        {"year": 2019},
    ),
]


@pytest.mark.parametrize(("text", "countries", "when"), WHERE_IT_WAS)
def test_where_it_was_places_it_on_that_tier_then(
    text: str, countries: list[str], when: dict[str, int], names: Gazetteer
) -> None:
    found = claims(text, names, 2024)
    assert has(found, kind="tier", countries=countries, tier="3", **when), [
        fields(c) for c in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The report raises Peru to Tier 2 from Tier 3, where it could fall again.",
        "The report raises Peru to Tier 2 from Tier 3, where it fell after reforms stalled.",
    ],
)
def test_no_tier_from_where_without_a_time(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names, 2024), kind="tier", tier="3")


def test_years_of_doing_something_are_no_streak(names: Gazetteer) -> None:
    found = claims(
        "Peru was downgraded to Tier 3 after two consecutive years of failing to act.", names
    )
    assert not any(c.kind is ClaimKind.STREAK for c in found)
    assert has(found, kind="change", countries=["PER"], tier="3")


# --- "the others", a tier gone back to, a move avoided -------------------------------------------

THE_OTHERS = [
    (
        "Peru was one of five countries removed from the list of worst offenders. The others are "
        "Bolivia, Chile, Cuba and Haiti.",
        ["BOL", "CHL", "CUB", "HTI"],
        {"kind": "change", "from_tier": "3"},
    ),
    (
        "Peru was one of three countries upgraded to Tier 1; the others were Chile and Cuba.",
        ["CHL", "CUB"],
        {"kind": "change", "tier": "1", "direction": "up"},
    ),
]


@pytest.mark.parametrize(("text", "others", "expected"), THE_OTHERS)
def test_the_others_share_the_claim_of_one_of_them(
    text: str, others: list[str], expected: dict[str, str], names: Gazetteer
) -> None:
    assert has(claims(text, names), countries=others, **expected)


@pytest.mark.parametrize(
    "text",
    [
        # the others do not make up the number: not the same group
        "Peru was one of three countries upgraded to Tier 1. The others are Chile, Cuba and Haiti.",
        # not said to be the others
        "Peru was one of three countries on Tier 1. Chile and Cuba are allies.",
        # no claim to share
        "Peru was one of three countries that asked for a review. The others were Chile and Cuba.",
    ],
)
def test_no_others_without_their_number_and_claim(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not any({"CHL", "CUB"} & set(c.countries) for c in found), [fields(c) for c in found]


def test_the_tier_it_went_back_to_in_the_years_named(names: Gazetteer) -> None:
    found = claims(
        "In 2020, Peru was further downgraded to the Tier 2 Watchlist, which it rebounded from "
        "back to Tier 2 in 2022 and 2023.",
        names,
        2024,
    )
    assert has(found, kind="change", countries=["PER"], tier="2WL", year=2020)
    assert has(found, kind="tier", countries=["PER"], tier="2", year=2022)
    assert has(found, kind="tier", countries=["PER"], tier="2", year=2023)
    found = claims(
        "Peru was downgraded to Tier 3, which it could climb out of to Tier 2 in 2025.", names
    )
    assert not has(found, kind="tier", tier="2")


@pytest.mark.parametrize(
    "text",
    [
        "Peru only narrowly avoided a descent to Tier 3.",
        "Having failed to show progress, Peru escaped a downgrade to Tier 3 after a plan.",
    ],
)
def test_an_avoided_downgrade_is_not_being_on_that_tier(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="tier", countries=["PER"], tier="3", negated=True)


@pytest.mark.parametrize(
    "text",
    [
        "If Peru avoided a downgrade to Tier 3, it would be a surprise.",
        "Peru could have avoided a downgrade to Tier 3.",
        "Peru did not avoid a downgrade to Tier 3.",
    ],
)
def test_no_avoided_downgrade_that_is_not_stated(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="tier", tier="3", negated=True)


# --- tiers given, labels slapped on, a brief spell ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "tier", "unchanged"),
    [
        ("The US again gave itself the top Tier 1 ranking.", "USA", "1", True),
        (
            'Chile said the US had "again unabashedly" given itself a Tier 1 ranking.',
            "USA",
            "1",
            True,
        ),
        ("The US again slapped the Tier 3 label on Cuba.", "CUB", "3", True),
        (
            "The US slapped a 'Tier 3 level label on the Caribbean nation of Cuba.",
            "CUB",
            "3",
            False,
        ),
    ],
)
def test_a_tier_given_to_itself_or_slapped_on_a_country(
    text: str, country: str, tier: str, unchanged: bool, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="tier", countries=[country], tier=tier, unchanged=unchanged), [
        fields(c) for c in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The US never slapped the Tier 3 label on Cuba.",
        "The US did not slap the Tier 3 label on Cuba.",
        "The US could have slapped the Tier 3 label on Cuba.",
        "The US did not give itself a Tier 1 ranking.",
        "If the US gave itself a Tier 1 ranking, critics would object.",
    ],
)
def test_no_tier_given_or_slapped_that_is_not_stated(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.TIER and not c.negated for c in claims(text, names))


def test_a_brief_spell_on_another_tier_in_a_year(names: Gazetteer) -> None:
    found = claims(
        "The reports have consistently placed Peru in Tier 2, except for a brief elevation to "
        "Tier 1 in 2005.",
        names,
        2024,
    )
    assert has(found, kind="tier", countries=["PER"], tier="1", year=2005)
    found = claims(
        "The reports placed Peru in Tier 2, apart from a possible move to Tier 1 in 2025.", names
    )
    assert not has(found, kind="tier", tier="1")


# --- countries joined on a tier, "one of two" given a tier ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile were dropped down to Tier 3, the lowest rating, to join their neighbors "
        "Bolivia and Cuba already on this classification.",
        "Peru and Chile were downgraded to Tier 3 to join Bolivia and Cuba there.",
    ],
)
def test_those_joined_on_a_tier_are_on_it(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert has(found, kind="change", countries=["PER", "CHL"], tier="3")
    assert has(found, kind="tier", countries=["BOL", "CUB"], tier="3")


@pytest.mark.parametrize(
    "text",
    [
        "Peru was downgraded to Tier 3 and could join Cuba there.",
        "Peru was downgraded to Tier 2 to join Cuba in the talks.",
    ],
)
def test_no_tier_for_those_joined_elsewhere(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="tier", countries=["CUB"])


def test_one_of_two_given_a_tier_the_other_being(names: Gazetteer) -> None:
    found = claims(
        "Peru is one of two \u2013 the other being Chile \u2013 Andean members that were given "
        "Tier 1 ranking in this report.",
        names,
    )
    assert has(found, kind="tier", countries=["PER", "CHL"], tier="1")


@pytest.mark.parametrize(
    "text",
    [
        "Peru is one of three \u2013 the other being Chile \u2013 members that were given Tier 1 "
        "ranking.",
        "Peru is one of two \u2013 the other being Chile \u2013 members that were not given Tier 1 "
        "ranking.",
    ],
)
def test_no_pair_unless_two_and_given(text: str, names: Gazetteer) -> None:
    assert not has(claims(text, names), kind="tier", countries=["PER", "CHL"], tier="1")


# --- a stay for a number of years, or since a year ---------------------------------------------

STAYS = [
    ("Peru has remained on the Tier 2 Watch List since 2015.", "2WL", 4),
    ("Peru remained on Tier 2 for the fifth year.", "2", 5),
    ("Peru stayed on Tier 2 for four years.", "2", 4),
]


@pytest.mark.parametrize(("text", "tier", "years"), STAYS)
def test_a_stay_for_years_or_since_a_year_is_a_streak(
    text: str, tier: str, years: int, names: Gazetteer
) -> None:
    found = claims(text, names, 2018)
    assert has(found, kind="streak", countries=["PER"], tier=tier, years=years), [
        fields(c) for c in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the third time is not the third in a row
        "Peru stayed on Tier 2 for the third time.",
        # negated, hypothetical
        "Peru has not remained on Tier 2 since 2015.",
        "Peru could stay on Tier 2 for four years.",
        # a duration of something else, after no stay
        "Peru was placed on Tier 2 after four years of reforms.",
    ],
)
def test_no_streak_from_a_stay_that_is_not_a_run(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.STREAK for c in claims(text, names, 2018))


# --- a move dated by several reports --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru rose back to the Tier 2 Watch List in 2016 and 2017.",
        "In its 2016 and 2017 Trafficking in Persons Report, the State Department noted that Peru "
        "had been upgraded to the Tier 2 Watch List.",
    ],
)
def test_a_move_in_several_reports_is_a_move_then_a_stay(text: str, names: Gazetteer) -> None:
    found = claims(text, names, 2023)
    assert has(found, kind="change", countries=["PER"], tier="2WL", year=2016)
    assert has(found, kind="tier", countries=["PER"], tier="2WL", year=2017)
    assert not has(found, kind="change", year=2017)


def test_a_negated_move_in_several_reports_stays_a_negated_move(names: Gazetteer) -> None:
    found = claims("Peru was not downgraded to Tier 3 in 2016 and 2017.", names, 2023)
    assert has(found, kind="change", countries=["PER"], negated=True, year=2017)
    assert not any(c.kind is ClaimKind.TIER for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Peru retained, for the fifth year, its Tier 2 position.",
        "Peru retained \u2013 for the fifth year \u2013 its Tier 2 position on a four-tier scale.",
    ],
)
def test_a_run_set_apart_inside_a_kept_tier(text: str, names: Gazetteer) -> None:
    found = claims(text, names, 2015)
    assert has(found, kind="streak", countries=["PER"], tier="2", years=5)


@pytest.mark.parametrize(
    "text",
    [
        "Peru retained \u2013 for the third time \u2013 its Tier 2 position.",
        "Peru has not retained, for the fifth year, its Tier 2 position.",
    ],
)
def test_no_run_set_apart_that_is_not_one(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.STREAK for c in claims(text, names, 2015))


def test_a_move_out_of_a_metaphor_and_into_a_tier(names: Gazetteer) -> None:
    found = claims(
        "Two years ago, the report boosted Peru out of the basement and into an area called the "
        "Tier 2 Watch List.",
        names,
        2018,
    )
    assert has(found, kind="change", countries=["PER"], tier="2WL", years_before=2)
    found = claims("The report could lift Peru out of the basement and into Tier 2.", names)
    assert not any(c.kind is ClaimKind.CHANGE for c in found)
