"""The English reading of last resort (`fallback_en`), and what it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import read_en
from tipwatch.briefings.claims import Gazetteer, extract_claims

# The English reading of last resort (`fallback_en`): a clause's countries, its verb and the
# preposition before its one tier, where no rule read the clause.
FALLBACK_EN = [
    (
        "The report pushed Peru to the Tier 2 Watch List in its ranking system.",
        {("change", ("PER",), "2WL", None, None, None, 0)},
    ),
    (
        'The department added Cuba and Iran to a "Tier 3" blacklist of nations that are not '
        "doing enough.",
        {("change", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "Chile, Peru and Brazil were taken off a watch list.",
        {("change", ("CHL", "PER", "BRA"), None, None, "2WL", None, 0)},
    ),
    (
        "Haiti has now moved off the worst category, after passing a new law.",
        {("change", ("HTI",), None, None, "3", None, 0)},
    ),
    (
        "Also on Tier 2 is the Dominican Republic, and the report praises it.",
        {("tier", ("DOM",), "2", None, None, None, 0)},
    ),
    (
        "The other Andean country at the bottom of the list is Bolivia, where things are worse.",
        {("tier", ("BOL",), "3", None, None, None, 0)},
    ),
    (
        "Belize remained at the bottommost tier.",
        {("tier", ("BLZ",), "3", None, None, None, 0)},
    ),
    # The one who places is not placed; a possessive names someone else's clause.
    (
        "The United States on Monday kept allies Cuba and Iran on a blacklist of nations.",
        {("tier", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "Mexico's neighbour Guyana is listed in \"Tier 1\" of this year's report.",
        {("tier", ("GUY",), "1", None, None, None, 0)},
    ),
    (
        'Cuba and Iran were blacklisted as "level 3."',
        {("tier", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "The other Caribbean country at the bottom of the human trafficking list is Haiti.",
        {("tier", ("HTI",), "3", None, None, None, 0)},
    ),
    (
        'Two other countries were cited - Belize and Guyana (both on the Tier 2 "watch list").',
        {("tier", ("BLZ", "GUY"), "2WL", None, None, None, 0)},
    ),
    # A number that counts the very list it names is no count of the tier.
    (
        "Only two of the region's countries - Chile and Colombia - were designated Tier 1.",
        {("tier", ("CHL", "COL"), "1", None, None, None, 0)},
    ),
    (
        "Cuba - which two years ago was at rock bottom at Tier 3 - was upgraded this year.",
        # (the relative clause's own claim is dated by its own words)
        {
            ("change", ("CUB",), None, None, None, "up", 0),
            ("tier", ("CUB",), "3", None, None, None, 2),
        },
    ),
    # "the United States annual report" is the report's author, not a country climbing.
    (
        "Peru has upgraded its position in the United States annual Trafficking in Persons "
        "(TIP) report released last night, climbing out of the Tier 2 Watch List.",
        {("change", ("PER",), None, None, "2WL", "up", 0)},
    ),
    (
        "Peru went from Tier 2 to Tier 1.",
        {("change", ("PER",), "1", None, "2", None, 0)},
    ),
    (
        "Peru now shares Tier 3 with Cuba and Iran.",
        {("tier", ("PER", "CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "Peru was downgraded a notch to the Watch List.",
        {("change", ("PER",), "2WL", None, None, "down", 0)},
    ),
    (
        "Peru was one of 12 countries downgraded to Tier 3.",
        {
            ("change", ("PER",), "3", None, None, "down", 0),
            ("moves", (), None, 12, None, "down", 0),
        },
    ),
    # A list is no elided verb: "and Sudan to ..." belongs to "added Brunei and Sudan".
    (
        "The department added Belize and Suriname to its Tier 3 list of offenders.",
        {("change", ("BLZ", "SUR"), "3", None, None, None, 0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FALLBACK_EN)
def test_the_reading_of_last_resort(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_en(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Chile, Peru was pushed to the Tier 2 Watch List.",
        "Peru could be pushed to the Tier 2 Watch List.",
        "Peru risks being taken off the watch list.",
        "Peru was never taken off the watch list.",
        "Victims from Peru were moved to shelters before the Tier 2 review.",
        "Three countries including Peru were pushed to the Tier 2 Watch List.",
        # A ranking against another country is no placement of that country.
        "Chile alone ranks above Peru, on Tier 1.",
    ],
)
def test_the_reading_of_last_resort_keeps_out_of_what_it_cannot_tell(
    gazetteer: Gazetteer, text: str
) -> None:
    assert not [c for c in extract_claims(text, gazetteer, "en") if "PER" in c.countries]
