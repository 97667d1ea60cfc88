"""The report an English claim is about when its sentence names the time in words: counted back
from the report the text is about ("two years ago", "in the previous report"), named by its
edition or reporting period, by a date, or by years listed after the claim. Invented
sentences, in the style of the press and of NGOs."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import english_claims
from tipwatch.briefings.claims import Claim, Gazetteer

# The report year an editor passes with --year.
DEFAULT = 2015


def report_of(claim: Claim, default: int = DEFAULT) -> int:
    """The report a claim is checked against (as the checker takes it)."""
    return claim.year or default - claim.years_before


def years_read(text: str, gazetteer: Gazetteer) -> list[int]:
    return [report_of(c) for c in english_claims(text, gazetteer, DEFAULT)]


# --- counted back from the report the text is about -------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Peru was on Tier 3 two years ago.", 2013),
        ("Peru was on Tier 3 3 years ago.", 2012),
        ("Peru was on Tier 3 three reports ago.", 2012),
        ("Peru was upgraded to Tier 2 a year ago.", 2014),
        ("Peru was on Tier 2 in the previous report.", 2014),
        ("Peru was on Tier 2 in the preceding report.", 2014),
        ("Peru was upgraded to Tier 2 in the prior year's report.", 2014),
        ("Peru was on Tier 2 the previous year.", 2014),
        ("The previous report placed Peru on Tier 2.", 2014),
        ("In the previous report, Peru was on Tier 2.", 2014),
        ("According to last year's report, Peru was on Tier 2.", 2014),
        ("According to the previous report, Peru was on Tier 2.", 2014),
    ],
)
def test_a_time_counted_back_dates_the_claim(gazetteer: Gazetteer, text: str, year: int) -> None:
    assert years_read(text, gazetteer) == [year]


def test_a_time_counted_back_counts_from_the_report_the_text_names(gazetteer: Gazetteer) -> None:
    # an article about the 2012 report, read with the 2015 report as the default
    text = "The 2012 report kept Chile on Tier 1. Peru was on Tier 3 two years ago."
    claims = english_claims(text, gazetteer, DEFAULT)
    assert [report_of(c) for c in claims if c.countries == ("PER",)] == [2010]


@pytest.mark.parametrize(
    "text",
    [
        # a time the claim ended at, not one it held in
        "Peru was on Tier 3 until last year.",
        # other reports, not one
        "Peru was on Tier 3 in previous reports.",
    ],
)
def test_a_time_that_is_not_the_claims_own_leaves_it_unread(
    gazetteer: Gazetteer, text: str
) -> None:
    assert english_claims(text, gazetteer, DEFAULT) == []


@pytest.mark.parametrize(
    "text",
    [
        # a time compared with
        "Peru was downgraded to Tier 2 as it made less progress than the previous year.",
        # a time of another clause, after a subordinating word
        "Peru stays on Tier 2 after reforms begun two years ago.",
    ],
)
def test_a_time_that_is_not_the_claims_own_leaves_its_year_alone(
    gazetteer: Gazetteer, text: str
) -> None:
    assert years_read(text, gazetteer) == [DEFAULT]
