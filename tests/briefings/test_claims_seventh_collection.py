"""The claim reader on the seventh collection's wording (invented sentences of the same shapes,
and what each new reading must refuse)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import read_en
from tipwatch.briefings.claims import ClaimKind, Gazetteer, extract_claims

# The seventh collection's wording (invented sentences of the same shapes, and what each new
# reading must refuse).
SEVENTH_ENGLISH = [
    # Leaving a tier named as the verb's object, and where to.
    ("Peru escaped the Tier 2 Watch List.", {("change", ("PER",), None, None, "2WL", "up", 0)}),
    ("Peru left the Watch List.", {("change", ("PER",), None, None, "2WL", None, 0)}),
    (
        "Peru escaped the Tier 2 Watchlist to become a Tier 2 country.",
        {("change", ("PER",), "2", None, "2WL", "up", 0)},
    ),
    (
        "Peru and Chile were bumped up from tier 3, achieving tier 2 watch list status.",
        {("change", ("PER", "CHL"), "2WL", None, "3", "up", 0)},
    ),
    ("The report left Peru on Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    # A list noun before the tier; the companions of "along such countries as".
    (
        "The United States has removed Peru from its human trafficking watchlist.",
        {("change", ("PER",), None, None, "2WL", None, 0)},
    ),
    (
        "The report placed Peru on its lowest ranking along such countries as Cuba and Iran.",
        {
            ("tier", ("PER",), "3", None, None, None, 0),
            ("tier", ("CUB", "IRN"), "3", None, None, None, 0),
        },
    ),
    # Countries described by their tier, then named; new ones are moves onto it.
    (
        "The only other countries ranked tier three in the report are Cuba and Iran.",
        {("tier", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "The three new countries on the blacklist are Cuba, Iran and Burma.",
        {("change", ("CUB", "IRN", "MMR"), "3", None, None, None, 0)},
    ),
    ("Countries on Tier 3 are subject to sanctions, as Cuba knows.", set()),
    # Counts whose verb and noun are left out, and the count a year before.
    (
        "17 countries were listed as tier 3, 42 were on tier 2 watch list, and 93 on tier 2.",
        {
            ("count", (), "3", 17, None, None, 0),
            ("count", (), "2WL", 42, None, None, 0),
            ("count", (), "2", 93, None, None, 0),
        },
    ),
    (
        "Twenty three countries are listed as Tier 3, compared to 13 last year.",
        {("count", (), "3", 23, None, None, 0), ("count", (), "3", 13, None, None, 1)},
    ),
    (
        "Nearly 100 countries make up Tier 2, including other nations Peru and Chile.",
        {
            ("count", (), "2", 100, None, None, 0),
            ("tier", ("PER", "CHL"), "2", None, None, None, 0),
        },
    ),
    # A tier's heading, its definition and examples in brackets.
    (
        "Tier 1 \u2013 Countries whose governments fully comply with the standards. "
        "(examples: Peru, Chile)",
        {("tier", ("PER", "CHL"), "1", None, None, None, 0)},
    ),
    ("Peru is a source country (examples: forced labor, begging).", set()),
    # "But" before a verb with no subject of its own.
    (
        "Peru was upgraded to Tier 1, but Chile remains on Tier 2.",
        {
            ("change", ("PER",), "1", None, None, "up", 0),
            ("tier", ("CHL",), "2", None, None, None, 0),
        },
    ),
    (
        "Peru was downgraded, but this year remains on Tier 3.",
        {
            ("change", ("PER",), None, None, None, "down", 0),
            ("tier", ("PER",), "3", None, None, None, 0),
        },
    ),
    # Into a tier, by verbs of arriving; the tier as a heading; a negated list.
    ("Peru reached Tier 1 for the first time.", {("change", ("PER",), "1", None, None, None, 0)}),
    ("Peru made it back to Tier 1.", {("change", ("PER",), "1", None, None, None, 0)}),
    ("Peru regained Tier 1 status.", {("change", ("PER",), "1", None, None, "up", 0)}),
    ("Victims of forced labour from Peru reached Tier 1 countries.", set()),
    ("Peru got a Tier 2 rating.", {("tier", ("PER",), "2", None, None, None, 0)}),
    ("Peru falls under Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    ("Tier 1: Chile, Peru.", {("tier", ("CHL", "PER"), "1", None, None, None, 0)}),
    ("Peru - Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    (
        "Tier 3 nations such as Peru and Chile face sanctions.",
        {("tier", ("PER", "CHL"), "3", None, None, None, 0)},
    ),
    # Tiers counted from either end; a step and a comma before the tier moved to.
    ("Peru sits in the second-highest tier.", {("tier", ("PER",), "2", None, None, None, 0)}),
    (
        "Peru was placed in the second-lowest tier.",
        {("tier", ("PER",), "2WL", None, None, None, 0)},
    ),
    ("Peru has been assigned Tier 2 status.", {("tier", ("PER",), "2", None, None, None, 0)}),
    ("Peru dropped a tier, to Tier 2.", {("change", ("PER",), "2", None, None, "down", 0)}),
    # A list joined to a count of "other" countries: on the tier, and counted with them.
    (
        "Peru and 21 other countries are on Tier 3.",
        {("tier", ("PER",), "3", None, None, None, 0), ("count", (), "3", 22, None, None, 0)},
    ),
    # The subject carried to "before being upgraded", not to an opening "After being ...".
    (
        "Peru stayed on the Watch List before being upgraded to Tier 2.",
        {
            # (the stay came before the move: the report before)
            ("tier", ("PER",), "2WL", None, None, None, 1),
            ("change", ("PER",), "2", None, None, "up", 0),
        },
    ),
    (
        "After being placed on the Watch List, Peru was downgraded to Tier 3.",
        {("change", ("PER",), "3", None, None, "down", 0)},
    ),
    # An avoided move is none (though it says the country is not on that tier); "dropped off"
    # a list says no direction.
    (
        "Peru narrowly escaped a downgrade to Tier 3.",
        {("tier", ("PER",), "3", None, None, None, 0)},
    ),
    ("Peru dropped off the watch list.", {("change", ("PER",), None, None, "2WL", None, 0)}),
    ("Peru dropped to Tier 3.", {("change", ("PER",), "3", None, None, "down", 0)}),
    # The press's list of the worst performers is Tier 3.
    (
        "Peru remains on the list of worst-performing countries.",
        {("tier", ("PER",), "3", None, None, None, 0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVENTH_ENGLISH)
def test_the_seventh_collections_wording(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert read_en(text, gazetteer) == expected


def test_years_of_a_claim_after_a_quote_a_reference_mark_or_a_range(gazetteer: Gazetteer) -> None:
    def years(text: str) -> list[int]:
        return sorted(c.year or 0 for c in extract_claims(text, gazetteer, "en"))

    assert years('The office placed Peru in "Tier 2" in 2017 [3] and 2023. [4]') == [2017, 2023]
    assert years("Peru remained on the watch list in 2015 to 2017.") == [2015, 2016, 2017]
    # A claim's own year dates it; the time words of the next clause do not drop it (and that
    # clause is a claim of its own about the year after: claims/context.py).
    assert years("Peru was upgraded to Tier 2 in 2018 and remained there the next year.") == [
        2018,
        2019,
    ]
    assert years("Peru will be upgraded to Tier 2 next year.") == []
    assert years("Peru was on Tier 1 from 2010 until 2012.") == [2010, 2011, 2012]


def test_a_possessive_earlier_tier_with_its_year(gazetteer: Gazetteer) -> None:
    claims = extract_claims(
        "Peru has been classified in Tier 2 in 2007, an improvement over its Tier 2 Watch List "
        "position in 2006.",
        gazetteer,
        "en",
    )
    assert {(c.countries, c.tier, c.year) for c in claims if c.kind is ClaimKind.TIER} == {
        (("PER",), "2", 2007),
        (("PER",), "2WL", 2006),
    }
    # Two countries before "its": whose position is not said.
    claims = extract_claims(
        "Peru and Chile signed a deal, Chile noting its Tier 1 ranking in 2006.", gazetteer, "en"
    )
    assert not [c for c in claims if c.year == 2006]


def test_neither_nor_negates_the_whole_list(gazetteer: Gazetteer) -> None:
    claims = extract_claims("Neither Peru nor Chile is on Tier 3.", gazetteer, "en")
    assert [(c.countries, c.tier, c.negated) for c in claims] == [(("PER", "CHL"), "3", True)]
