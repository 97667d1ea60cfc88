"""The English language of tier claims (issue 11, item 2): invented sentences of each shape, the
years named around a claim, plural anaphora and initials."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import read_en
from tipwatch.briefings.claims import Gazetteer, read_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tiers by metaphor and their number together; the press's "warning list".
        (
            "From 2014 Peru was on the lowest Tier 3.",
            {("tier", ("PER",), "3", None, None, None, 0)},
        ),
        ("Haiti stayed on the warning list.", {("tier", ("HTI",), "2WL", None, None, None, 0)}),
        (
            "Cuba remains among the worst offenders.",
            {("tier", ("CUB",), "3", None, None, None, 0)},
        ),
        # A tier followed by its standing noun after "to a".
        (
            "Chile and Peru were downgraded to a Tier 2 ranking.",
            {("change", ("CHL", "PER"), "2", None, None, "down", 0)},
        ),
        # -ing forms of the verbs of movement, a gloss, "in its annual report" before the tiers.
        (
            "The State Department is upgrading Burma (a former British colony) in its annual "
            "trafficking report "
            "from Tier 3 to the Watch List.",
            {("change", ("MMR",), "2WL", None, "3", "up", 0)},
        ),
        (
            "The report boosted Haiti out of the bottom tier and into the Watch List.",
            {("change", ("HTI",), "2WL", None, "3", "up", 0)},
        ),
        (
            "The report upgraded the status of several nations with poor records, most notably "
            "Cuba and Belize.",
            {("change", ("CUB", "BLZ"), None, None, None, "up", 0)},
        ),
        (
            "The report lowered the ranking of neighbouring Bolivia.",
            {("change", ("BOL",), None, None, None, "down", 0)},
        ),
        ("Peru lost its Tier 1 status.", {("change", ("PER",), None, None, "1", "down", 0)}),
        ("Chile regained its top ranking.", {("change", ("CHL",), "1", None, None, "up", 0)}),
        ("Peru rose one tier to Tier 1.", {("change", ("PER",), "1", None, None, "up", 0)}),
        # Where the movers went, said by whom they joined.
        (
            "Cuba and Iran were downgraded to join the worst-performing countries in Tier 3.",
            {("change", ("CUB", "IRN"), "3", None, None, "down", 0)},
        ),
        # Coordination with the verb left out, after a comma or with a particle.
        (
            "Chile was upgraded to Tier 1, Peru to Tier 2 and Cuba to Tier 3.",
            {
                ("change", ("CHL",), "1", None, None, "up", 0),
                ("change", ("PER",), "2", None, None, None, 0),
                ("change", ("CUB",), "3", None, None, None, 0),
            },
        ),
        (
            "The report moved Chile up to Tier 1 and Peru down to Tier 2.",
            {
                ("change", ("CHL",), "1", None, None, "up", 0),
                ("change", ("PER",), "2", None, None, "down", 0),
            },
        ),
        # "respectively" pairs countries and tiers; lists of different lengths are not guessed.
        (
            "Peru and Chile were placed on Tier 2 and Tier 1 respectively.",
            {
                ("tier", ("PER",), "2", None, None, None, 0),
                ("tier", ("CHL",), "1", None, None, None, 0),
            },
        ),
        ("Peru, Chile and Cuba were placed on Tier 2 and Tier 1, respectively.", set()),
        # A list that closes an apposition is the subject ("Two other countries, X and Y, were").
        (
            "Two other countries, Cuba and Venezuela, were also downgraded to Tier 3.",
            {("change", ("CUB", "VEN"), "3", None, None, "down", 0)},
        ),
        # A tier and the list of its members; a heading and its count.
        (
            "Tier 2 includes Belize, Guyana and the Dominican Republic, which are making efforts.",
            {("tier", ("BLZ", "GUY", "DOM"), "2", None, None, None, 0)},
        ),
        (
            "Current Tier 2 Watch List nations in Latin America are Haiti and Bolivia.",
            {("tier", ("HTI", "BOL"), "2WL", None, None, None, 0)},
        ),
        (
            "The Watch List now includes Bolivia and Haiti.",
            {("tier", ("BOL", "HTI"), "2WL", None, None, None, 0)},
        ),
        ("Tier 1: 31 countries are listed.", {("count", (), "1", 31, None, None, 0)}),
        # A count and the one before it.
        (
            "The number of countries on Tier 3 rose from 19 to 21.",
            {("count", (), "3", 21, None, None, 0), ("count", (), "3", 19, None, None, 1)},
        ),
        (
            "There are 21 countries on Tier 3 this year, up from 19 last year.",
            {("count", (), "3", 21, None, None, 0), ("count", (), "3", 19, None, None, 1)},
        ),
        # A count with its members in brackets.
        (
            "The special cases included two countries that were not assigned a tier (Haiti and "
            "Cuba).",
            {
                ("count", (), "special_case", 2, None, None, 0),
                ("tier", ("HTI", "CUB"), "special_case", None, None, None, 0),
            },
        ),
        # Exclusivity in a scope the gazetteer does not know: the tier only.
        (
            "Chile and Peru were the only countries in the Andean region to be awarded Tier 1 "
            "status.",
            {("tier", ("CHL", "PER"), "1", None, None, None, 0)},
        ),
        (
            "Peru, Chile and Colombia are the only three countries in Latin America on Tier 1.",
            {("group", ("PER", "CHL", "COL"), "1", None, None, None, 0)},
        ),
        # A streak someone spent, even inside a prediction.
        (
            "Peru will fall to Tier 3 after spending three years on the Watch List.",
            {
                ("change", ("PER",), "3", None, None, "down", 0),
                ("streak", ("PER",), "2WL", None, None, None, 1),
            },
        ),
        # "on a new U.S. "watch list"", a verb whose subject is the country named before.
        (
            'Peru has many victims and is on a new U.S. "watch list".',
            {("tier", ("PER",), "2WL", None, None, None, 0)},
        ),
    ],
)
def test_the_english_language_of_tier_claims(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_en(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause carries its own claim, about the report its words date.
        (
            "The department put Peru, which was designated as a Tier 2 country in last year's "
            "report, on the newly created Watch List.",
            {
                ("tier", ("PER",), "2WL", None, None, None, 0),
                ("tier", ("PER",), "2", None, None, None, 1),
                # Read together, the two say Peru moved down from Tier 2.
                ("change", ("PER",), "2WL", None, "2", "down", 0),
            },
        ),
        (
            "Peru, which was on Tier 3 last year, is now on Tier 2.",
            {
                ("tier", ("PER",), "2", None, None, None, 0),
                ("tier", ("PER",), "3", None, None, None, 1),
                ("change", ("PER",), "2", None, "3", "up", 0),
            },
        ),
        (
            "Peru, Tier 2 last year, moved up to Tier 1.",
            {
                ("change", ("PER",), "1", None, None, "up", 0),
                ("tier", ("PER",), "2", None, None, None, 1),
            },
        ),
        (
            "In last year's report, Peru was on Tier 2.",
            {("tier", ("PER",), "2", None, None, None, 1)},
        ),
        # "last year" inside a clause of its own does not date the claim.
        (
            "Cuba also walked away from the bottom tier after it followed advice given to it last "
            "year.",
            {("change", ("CUB",), None, None, "3", "up", 0)},
        ),
    ],
)
def test_years_named_around_a_claim(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_en(text, gazetteer) == expected


def test_plural_anaphora_take_the_list_of_that_many_countries(gazetteer: Gazetteer) -> None:
    closing = (
        "The State Department downgraded the four countries to Tier 3, the lowest ranking - "
        "Cuba, Iran, Burma and Venezuela."
    )
    assert read_en(closing, gazetteer) == {
        ("change", ("CUB", "IRN", "MMR", "VEN"), "3", None, None, "down", 0)
    }
    earlier = "Cuba, Iran and Burma were named in the report. The three countries remain on Tier 3."
    assert ("tier", ("CUB", "IRN", "MMR"), "3", None, None, None, 0) in read_en(earlier, gazetteer)
    # No list of that many countries: nothing is guessed.
    assert (
        read_en("Cuba and Iran were named. The three countries remain on Tier 3.", gazetteer)
        == set()
    )
    # "the 19 countries on Tier 3" is a count.
    assert read_en("The 19 countries on Tier 3 face sanctions.", gazetteer) == {
        ("count", (), "3", 19, None, None, 0)
    }


def test_initials_stand_for_a_country_the_text_has_named(gazetteer: Gazetteer) -> None:
    text = "Dominican Republic escapes a downgrade. The report ranked DR at Tier 2 Watch List."
    assert ("tier", ("DOM",), "2WL", None, None, None, 0) in read_en(text, gazetteer)
    # Not named before: initials alone are not read.
    assert read_en("The report ranked DR at Tier 2 Watch List.", gazetteer) == set()


def test_since_a_year_after_every_year_or_where_it_has_been(gazetteer: Gazetteer) -> None:
    for text in (
        "Cuba has been ranked Tier 3 every year since 2015.",
        "Cuba remains in Tier 3, where it has been since 2015.",
    ):
        claims = read_text(text, gazetteer, "en", default_year=2018).claims
        assert [(str(c.kind), c.years) for c in claims] == [("streak", 4)], text
