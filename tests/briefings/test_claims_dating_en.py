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


# --- a report named by its edition or its reporting period ------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The tenth annual report placed Peru on Tier 2.", 2010),
        ("In its twelfth edition, the report placed Peru on Tier 2.", 2012),
        ("The State Department's 14th annual TIP report placed Peru on Tier 2.", 2014),
        ("The twenty-first edition of the report kept Peru on Tier 2.", 2021),
        # the period a report covers ends in the spring of the year it comes out
        ("The report covering April 2011 to March 2012 placed Peru on Tier 2.", 2012),
        ("In the reporting period from April 2011 through March 2012, Peru was on Tier 2.", 2012),
    ],
)
def test_a_report_named_by_its_edition_or_period(
    gazetteer: Gazetteer, text: str, year: int
) -> None:
    assert years_read(text, gazetteer) == [year]


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal that counts reports or years in a row, not an edition
        "Peru was on Tier 2 for the third report in a row.",
        "Peru was ranked Tier 2 in the second report under the new law.",
        # the edition compared with, not the one the claim is in
        "Since the tenth annual report, Peru has been on Tier 2.",
        # a reporting period named by one year: writers mean the one ending or the one starting
        "For the 2011 reporting period, Peru was on Tier 2.",
    ],
)
def test_other_ordinals_name_no_edition(gazetteer: Gazetteer, text: str) -> None:
    assert set(years_read(text, gazetteer)) == {DEFAULT}


# --- years after the claim: a date, both years, the reports named, a run's years -------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Peru was placed on Tier 2 in June 2012.", [2012]),
        ("Peru was placed on Tier 2 in mid-2012.", [2012]),
        ("Peru was on Tier 2 in both 2011 and 2012.", [2011, 2012]),
        ("Peru was on Tier 2 in the 2011 and 2012 reports.", [2011, 2012]),
        ("Peru was ranked Tier 2 in the reports of 2011 and 2012.", [2011, 2012]),
        ("Peru was Tier 2 in the 2011 and 2012 Trafficking in Persons reports.", [2011, 2012]),
        # a move in the first year of the run, on the tier in the next
        ("Peru was downgraded to Tier 3 for two years \u2013 2011 and 2012 \u2013 then rose.",
         [2011, 2012]),
        ("Peru was downgraded to Tier 3 for two years (2011 and 2012).", [2011, 2012]),
    ],
)  # fmt: skip
def test_years_after_the_claim_date_it(gazetteer: Gazetteer, text: str, years: list[int]) -> None:
    assert years_read(text, gazetteer) == years


@pytest.mark.parametrize(
    "text",
    [
        # a report that says so, about the year before it
        "Peru was on Tier 2 in 2012, the 2015 report said.",
        "Peru was on Tier 2 in 2012.",
    ],
)
def test_a_single_year_after_the_claim_is_still_its_own(gazetteer: Gazetteer, text: str) -> None:
    assert years_read(text, gazetteer) == [2012]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("For 2012, Peru was ranked Tier 2.", 2012),
        ("Back in 2012, Peru was on Tier 2.", 2012),
        ("As recently as 2012, Peru was on Tier 3.", 2012),
        ("In June 2012, the State Department placed Peru on Tier 2.", 2012),
    ],
)
def test_a_year_opening_the_sentence_dates_it(gazetteer: Gazetteer, text: str, year: int) -> None:
    assert years_read(text, gazetteer) == [year]


def test_a_lead_without_a_year_dates_nothing(gazetteer: Gazetteer) -> None:
    assert years_read("For years, Peru was on Tier 2.", gazetteer) == [DEFAULT]


# --- reports named in more words, and one report per clause ----------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The State Department upgraded Peru to Tier 2 in its 2012 assessment.", 2012),
        ("Peru was upgraded to Tier 2 in the report issued in June 2012.", 2012),
    ],
)
def test_more_names_of_a_report(gazetteer: Gazetteer, text: str, year: int) -> None:
    assert years_read(text, gazetteer) == [year]


def test_an_interim_assessment_names_no_report(gazetteer: Gazetteer) -> None:
    # the interim assessment of 2022 is about the countries of the 2021 report's Watch List
    text = "The 2022 TIP Interim Assessment covers Peru, which is on the Tier 2 Watch List."
    assert years_read(text, gazetteer) == [DEFAULT]


@pytest.mark.parametrize(
    "text",
    [
        "Peru was on Tier 3 in the 2012 report but rose to Tier 2 in the 2013 report.",
        "The 2012 report put Peru on Tier 3, and the 2013 report raised Peru to Tier 2.",
    ],
)
def test_each_clause_is_about_the_report_it_names(gazetteer: Gazetteer, text: str) -> None:
    assert years_read(text, gazetteer) == [2012, 2013]


def test_one_report_named_dates_every_clause(gazetteer: Gazetteer) -> None:
    text = "The 2012 report put Peru on Tier 3, and Chile stayed on Tier 1."
    assert years_read(text, gazetteer) == [2012, 2012]


# --- "a year earlier", "the year before": counted from the year named last -------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("In 2012 Peru was upgraded to Tier 2; a year earlier it had been on the Watch List.",
         [2012, 2011]),
        ("In 2012 Peru was upgraded to Tier 2. The year before, Peru was on the Watch List.",
         [2012, 2011]),
        ("In 2012 Peru was upgraded to Tier 2. Peru was on the Watch List the year before.",
         [2012, 2011]),
        ("In 2012 Peru was upgraded to Tier 2. Two years earlier, Peru was on Tier 3.",
         [2012, 2010]),
        # the report the text names is the year named last
        ("The 2012 report kept Chile on Tier 1. Peru was upgraded to Tier 2 a year earlier.",
         [2012, 2011]),
    ],
)  # fmt: skip
def test_a_time_before_counts_from_the_year_named_last(
    gazetteer: Gazetteer, text: str, years: list[int]
) -> None:
    assert years_read(text, gazetteer) == years


@pytest.mark.parametrize(
    "text",
    [
        # a time compared with
        "In 2015 Peru was downgraded to Tier 2 as it made less progress compared to the previous"
        " year.",
        "In 2015 Peru was downgraded to Tier 2, down from Tier 1 the year before.",
        # "the year before" a clause: the year of what the clause tells, not named
        "In 2015 Peru stayed on Tier 2, the year before it was upgraded.",
    ],
)
def test_a_time_before_that_does_not_date_the_claim(gazetteer: Gazetteer, text: str) -> None:
    assert set(years_read(text, gazetteer)) == {2015}


def test_with_no_year_named_the_year_before_is_still_left_alone(gazetteer: Gazetteer) -> None:
    assert english_claims("Bolivia was placed on Tier 3 the year before.", gazetteer) == []


def test_the_tier_left_the_year_before_does_not_date_the_move(gazetteer: Gazetteer) -> None:
    text = "In 2015 Peru fell to Tier 3 from Tier 2 the year before."
    assert 2014 not in years_read(text, gazetteer)


# --- more ways of listing years after a claim, and a year later ------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Peru was on Tier 2 in 2012 and again in 2013.", [2012, 2013]),
        ("Peru was on Tier 2 in its 2012 and 2013 editions.", [2012, 2013]),
        ("Peru was on Tier 2 in the 2010-2012 reports.", [2010, 2011, 2012]),
        ("Peru was downgraded to Tier 3 during 2013.", [2013]),
        ("Peru was downgraded to the Tier 2 Watch List (2013).", [2013]),
        ("Peru was downgraded to the Watch List in the Trafficking in Persons Report (2013).",
         [2013]),
        ("Peru was on Tier 3 in 2013 and rose to Tier 2 a year later.", [2013, 2014]),
        ("Peru was on Tier 3 in 2013 but rose to Tier 2 in the next report.", [2013, 2014]),
    ],
)  # fmt: skip
def test_more_years_after_the_claim(gazetteer: Gazetteer, text: str, years: list[int]) -> None:
    assert years_read(text, gazetteer) == years


@pytest.mark.parametrize(
    "text",
    [
        # with no year named before it, "the next report" is not dated from the text's report
        "Peru rose to Tier 2 in the following report.",
        # a date with no year
        "Peru was upgraded to Tier 2 in June.",
    ],
)
def test_times_with_no_year_to_count_from(gazetteer: Gazetteer, text: str) -> None:
    assert years_read(text, gazetteer) == [DEFAULT]


# --- the report named in the claim's own clause, and in an aside ------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the pluperfect does not move a claim off the report its clause names
        ("Peru had been on Tier 2 in the 2013 report.", [2013]),
        # nor does a move the sentence tells after it
        ("Peru, ranked Tier 3 in the 2013 report, rose to Tier 2.", [2013, DEFAULT]),
        # a report named in an aside dates the aside alone
        ("Peru, which the 2013 report put on Tier 3, stays on Tier 2.", [2013, DEFAULT]),
    ],
)
def test_the_report_of_the_claims_own_clause(
    gazetteer: Gazetteer, text: str, years: list[int]
) -> None:
    assert years_read(text, gazetteer) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a report named after "after" is not the one of the claim before it
        ("Peru rose to Tier 2 in the 2015 report after two years on Tier 3.", [2015, 2014]),
        # an aside that holds the claim, or that names no other time, leaves the report alone
        ("Peru, according to the 2013 report, was on Tier 3.", [2013]),
    ],
)
def test_what_the_report_of_the_clause_leaves_alone(
    gazetteer: Gazetteer, text: str, years: list[int]
) -> None:
    assert years_read(text, gazetteer) == years


# --- a run over the reports before this one ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In the previous two reports, Peru was on Tier 3.",
        "Peru was on Tier 3 in the two previous reports.",
        "Peru was on Tier 3 for the preceding two years.",
    ],
)
def test_a_run_over_the_previous_reports_ends_in_the_one_before(
    gazetteer: Gazetteer, text: str
) -> None:
    (claim,) = english_claims(text, gazetteer, DEFAULT)
    assert (str(claim.kind), claim.years, report_of(claim)) == ("streak", 2, DEFAULT - 1)


def test_a_run_over_the_past_reports_ends_in_this_one(gazetteer: Gazetteer) -> None:
    (claim,) = english_claims("Peru has been on Tier 3 for the past two years.", gazetteer, DEFAULT)
    assert (str(claim.kind), claim.years, report_of(claim)) == ("streak", 2, DEFAULT)


# --- a year between a move's verb and its tiers ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Peru had been downgraded in 2013 to Tier 3.", 2013),
        ("Peru rose in 2013 from Tier 3 to Tier 2.", 2013),
        ("Peru was moved in 2013 to the Watch List.", 2013),
    ],
)
def test_a_year_between_a_moves_verb_and_its_tiers(
    gazetteer: Gazetteer, text: str, year: int
) -> None:
    assert years_read(text, gazetteer) == [year]


def test_a_year_after_the_tier_left_dates_the_tier_not_the_move(gazetteer: Gazetteer) -> None:
    text = "Peru improved from Tier 3 in 2007 to the Watch List this year."
    claims = english_claims(text, gazetteer, DEFAULT)
    assert [report_of(c) for c in claims if str(c.kind) == "change"] == [DEFAULT]


# --- a year opening the sentence without its comma --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 the State Department placed Peru on Tier 2.",
        "In June 2012 the State Department placed Peru on Tier 2.",
    ],
)
def test_a_year_opening_the_sentence_without_a_comma(gazetteer: Gazetteer, text: str) -> None:
    assert years_read(text, gazetteer) == [2012]


def test_a_year_opening_a_sentence_without_a_comma_dates_that_sentence_only(
    gazetteer: Gazetteer,
) -> None:
    assert years_read("In 2012 Peru passed a law. Peru is on Tier 2.", gazetteer) == [DEFAULT]
