"""General clause shapes of press English that place a country on a tier: the report's author
judging a country, appositions, relative clauses whose object is the country, and the words
that make such a clause someone else's opinion rather than the report's. Pure Python, no
database; every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import PERU_AND_NEIGHBOURS, english_claims, gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(PERU_AND_NEIGHBOURS)


def placed(found: list[Claim]) -> set[tuple[str, tuple[str, ...], str | None, bool]]:
    return {(str(c.kind), c.countries, c.tier, c.negated) for c in found}


# --- the report's author judging a country -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "tier"),
    [
        ("The State Department considers Peru a Tier 2 country.", "PER", "2"),
        ("Washington counts Chile among the Tier 1 countries.", "CHL", "1"),
        ("The United States regards Bolivia as a Tier 2 Watch List country.", "BOL", "2WL"),
        ("The US government views Peru as Tier 2.", "PER", "2"),
        ("The State Department deems Cuba a Tier 3 nation.", "CUB", "3"),
        ("The report has Cuba on Tier 3.", "CUB", "3"),
        ("The US has branded Cuba a Tier 3 country.", "CUB", "3"),
        ("The State Department identified Bolivia as a Tier 2 country.", "BOL", "2"),
        ("The US judged Peru to be Tier 2.", "PER", "2"),
        ("The report categorises Chile as Tier 1.", "CHL", "1"),
    ],
)
def test_the_report_s_author_judging_a_country_places_it(
    text: str, country: str, tier: str, names: Gazetteer
) -> None:
    assert placed(english_claims(text, names)) == {("tier", (country,), tier, False)}


def test_the_author_who_continues_to_rank_a_country_is_not_ranked(names: Gazetteer) -> None:
    found = english_claims("The US continues to rank Peru on the Tier 2 Watch List.", names)
    assert placed(found) == {("tier", ("PER",), "2WL", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Many consider Peru a Tier 3 country.",
        "Chile considers Peru a Tier 3 country.",
        "Critics regard Peru as a Tier 3 country.",
        "The US could consider Peru a Tier 3 country.",
        "The State Department does not consider Peru a Tier 3 country.",
        "The State Department no longer counts Peru among the Tier 3 countries.",
        "The US would never brand Peru a Tier 3 country.",
    ],
)
def test_a_judgement_that_is_not_the_report_s_places_nobody(text: str, names: Gazetteer) -> None:
    assert not has(
        english_claims(text, names), kind="tier", countries=["PER"], tier="3", negated=False
    )
