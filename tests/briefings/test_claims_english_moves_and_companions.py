"""English moves whose tier comes after other words, countries named beside a claim, inverted and
coordinated clauses, and the press's verbs of getting a tier."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import read_en
from tipwatch.briefings.claims import Gazetteer, extract_claims

# Moves whose tier comes after other words, claims about countries named beside a claim,
# inverted and coordinated clauses, and the press's verbs of getting a tier.
MORE_ENGLISH = [
    (
        "The US government has downgraded Peru in its 2013 report to tier III, the worst ranking.",
        {("change", ("PER",), "3", None, None, "down", 0)},
    ),
    (
        "The report upgraded Peru's ranking to Tier Two this year.",
        {("change", ("PER",), "2", None, None, "up", 0)},
    ),
    (
        "The report downgraded Peru's ranking from Tier Two last year to Tier Two Watch List.",
        {("change", ("PER",), "2WL", None, "2", "down", 0)},
    ),
    (
        'Peru was moved from "tier 2" countries (not yet compliant) to "tier 1" countries.',
        {("change", ("PER",), "1", None, "2", None, 0)},
    ),
    # the tier a possessive standing had is the one the move left, not this report's
    (
        "Peru's Tier 1 rating was downgraded to Tier 2.",
        {("change", ("PER",), "2", None, "1", "down", 0)},
    ),
    (
        "Peru's Tier 2 ranking slipped to the Watch List.",
        {("change", ("PER",), "2WL", None, "2", "down", 0)},
    ),
    # a placing verb with "as among", "as one of"
    (
        "The United States lists Peru, Cuba and Haiti as among the worst offenders.",
        {("tier", ("PER", "CUB", "HTI"), "3", None, None, None, 0)},
    ),
    (
        "The report lists Peru as one of the worst offenders.",
        {("tier", ("PER",), "3", None, None, None, 0)},
    ),
    # a move told with "went" alone, and a second one elided after it
    (
        "Peru went to Tier 2 and Bolivia to Tier 3.",
        {
            ("change", ("PER",), "2", None, None, None, 0),
            ("change", ("BOL",), "3", None, None, None, 0),
        },
    ),
    (
        "Peru was demoted to the Tier 2 Watch List, on a par with states like Cuba and Haiti.",
        {
            ("change", ("PER",), "2WL", None, None, "down", 0),
            ("tier", ("CUB", "HTI"), "2WL", None, None, None, 0),
        },
    ),
    (
        "Peru and Chile appear on the Tier 2 Watch List along with - among others - Cuba.",
        {("tier", ("PER", "CHL", "CUB"), "2WL", None, None, None, 0)},
    ),
    (
        "Peru is listed in Tier 3 alongside Cuba and Iran.",
        {
            ("tier", ("PER",), "3", None, None, None, 0),
            ("tier", ("CUB", "IRN"), "3", None, None, None, 0),
        },
    ),
    (
        "Peru is now ranked alongside Cuba in Tier 3.",
        {("tier", ("PER", "CUB"), "3", None, None, None, 0)},
    ),
    (
        "Bolivia joins Cuba and Venezuela on Tier 3.",
        {
            ("tier", ("BOL",), "3", None, None, None, 0),
            ("tier", ("CUB", "VEN"), "3", None, None, None, 0),
        },
    ),
    (
        "Guyana is one of only two Caribbean countries listed in Tier 1, Chile being the other.",
        {
            ("tier", ("GUY",), "1", None, None, None, 0),
            ("tier", ("CHL",), "1", None, None, None, 0),
        },
    ),
    (
        "Peru was downgraded to Tier 3, as was Bolivia.",
        {
            ("change", ("PER",), "3", None, None, "down", 0),
            ("change", ("BOL",), "3", None, None, "down", 0),
        },
    ),
    (
        "Listed as Tier 2 on the list are Peru, Chile and Bolivia.",
        {("tier", ("PER", "CHL", "BOL"), "2", None, None, None, 0)},
    ),
    (
        "Downgraded to Tier 3 this year were Peru and Chile.",
        {("change", ("PER", "CHL"), "3", None, None, "down", 0)},
    ),
    (
        "Bolivia was taken off the watch list and placed on Tier 2.",
        {
            # the move, completed by where it was placed
            ("change", ("BOL",), "2", None, "2WL", None, 0),
            ("tier", ("BOL",), "2", None, None, None, 0),
        },
    ),
    (
        "Peru and Chile, both Tier 1 countries, signed the deal.",
        {("tier", ("PER", "CHL"), "1", None, None, None, 0)},
    ),
    (
        "Meanwhile, Peru, Chile and Brazil made Tier 1.",
        {("tier", ("PER", "CHL", "BRA"), "1", None, None, None, 0)},
    ),
    (
        "Belize is now placed on what is called a tier 3 list.",
        {("tier", ("BLZ",), "3", None, None, None, 0)},
    ),
    (
        "Haiti has also been forced to the bottom rung.",
        {("change", ("HTI",), "3", None, None, None, 0)},
    ),
    ("Peru held on to its Tier 1 ranking.", {("tier", ("PER",), "1", None, None, None, 0)}),
    ("Chile maintained its top-level status.", {("tier", ("CHL",), "1", None, None, None, 0)}),
    (
        "Peru's TIP ranking went from Tier 2 to Tier 1.",
        {("change", ("PER",), "1", None, "2", None, 0)},
    ),
    ("Unlike Chile, Peru remains on Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    # "Tier 2 (Watch List)" is one tier, the Watch List.
    ("Peru is on the Tier 2 (Watch List).", {("tier", ("PER",), "2WL", None, None, None, 0)}),
    (
        "The report ranks Peru on Tier 2, Chile on Tier 1 and Bolivia on Tier 3.",
        {
            ("tier", ("PER",), "2", None, None, None, 0),
            ("tier", ("CHL",), "1", None, None, None, 0),
            ("tier", ("BOL",), "3", None, None, None, 0),
        },
    ),
]


def test_a_range_of_years_after_a_claim(gazetteer: Gazetteer) -> None:
    claims = extract_claims("Peru was previously ranked tier three from 2012-2014.", gazetteer)
    assert [(c.countries, c.tier, c.year) for c in claims] == [
        (("PER",), "3", year) for year in (2012, 2013, 2014)
    ]


@pytest.mark.parametrize(("text", "expected"), MORE_ENGLISH)
def test_english_moves_companions_and_inversions(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_en(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru was downgraded, and Chile rose to Tier 1.",
        "Officials agreed to downgrade Peru in April from Tier 2 to the Watch List.",
        "Victims of forced labour from Peru reached Tier 1 countries.",
        "Top-level officials from Peru met in Lima.",
        "Peru's neighbour, like Chile, remains on Tier 2.",
        # people or things from a country are not the country
        "Aid from Peru went to Tier 2 programmes.",
        "Migrants from Peru moved to Tier 1 countries.",
        "Workers from Peru and Chile went to Tier 1 countries.",
    ],
)
def test_english_moves_and_companions_keep_out_of_what_they_cannot_tell(
    gazetteer: Gazetteer, text: str
) -> None:
    assert not [c for c in extract_claims(text, gazetteer, "en") if "PER" in c.countries and c.tier]
