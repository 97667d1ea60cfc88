"""Shapes of the report's pages and sentences that the twenty-second batch of real passages
brought (tests/ingest/corpus, p1105-p1143), each tried on invented text written the way the
report and its copies write, with the text each reading must leave alone."""

from __future__ import annotations

import textwrap

import pytest

from tests.ingest.parsing.sentence_figures import figures_of
from tipwatch.ingest.parsing import CountryMatcher, document_from_text
from tipwatch.ingest.parsing.segment import segment

MATCHER = CountryMatcher([("PER", "Peru", []), ("BOL", "Bolivia", [])])
_BODY = "Peru is a source, transit, and destination country for men, women, and children."


def _found(text: str) -> list[tuple[str | None, str | None]]:
    segmentation = segment(document_from_text(text), MATCHER)
    return [(narrative.iso3, narrative.tier) for narrative in segmentation.narratives]


# --- a header that misprints "Tiers" -------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "tier"),
    [
        ("Peru (Tiers 2)", "2"),
        ("PERU (TIERS 2 WATCH LIST)", "2WL"),
        ("PERU: Tiers 3", "3"),
    ],
)
def test_a_header_that_misprints_tiers_still_gives_its_tier(header: str, tier: str) -> None:
    assert _found(f"Trafficking in Persons Report\n\n{header}\n\n{_BODY}") == [("PER", tier)]


@pytest.mark.parametrize(
    "line",
    [
        "Peru (Tiers 2 and 3)",
        "Tiers 2",
        "The report sorts countries into tiers 2 and 3.",
    ],
)
def test_tiers_in_other_lines_make_no_header(line: str) -> None:
    assert _found(f"{line}\n{_BODY}") == []


def test_the_singular_header_is_read_as_before() -> None:
    assert _found(f"Peru (Tier 2)\n{_BODY}") == [("PER", "2")]


def test_tiers_reads_as_tier_does_in_a_line_naming_two_countries() -> None:
    singular = _found(f"Peru and Bolivia (Tier 2)\n{_BODY}")
    assert _found(f"Peru and Bolivia (Tiers 2)\n{_BODY}") == singular


# --- victims that inspections or raids found: a share, not the period's count ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities inspected thousands of establishments at risk for sex trafficking but only"
        " identified two victims, despite widespread prevalence at such sites.",
        "Labor inspectors conducted 31,000 inspections but identified only three victims.",
        "Officials raided dozens of brothels yet identified just four victims.",
        "Police identified 144 trafficking victims during raids on commercial sex establishments.",
        "The government identified 40 victims through its labor inspections.",
        "The government identified 25 potential victims in the course of workplace inspections.",
    ],
)
def test_victims_found_by_inspections_or_raids_are_no_count_of_the_period(sentence: str) -> None:
    assert figures_of(sentence, report_year=2023) == set()


def test_the_periods_count_beside_the_inspections_share_is_kept() -> None:
    sentence = (
        "The government identified 255 victims, including 40 victims identified during labor"
        " inspections."
    )
    assert figures_of(sentence, report_year=2023) == {("victims_identified", 255, 2022, None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A raid told beside the victims it found, with no contrast: a count as before.
        (
            "Police raided 12 brothels and identified 30 victims.",
            {("victims_identified", 30, 2022, None)},
        ),
        (
            "The government identified 120 victims during the reporting period.",
            {("victims_identified", 120, 2022, None)},
        ),
        # "but identified only" against an earlier year, not against inspections.
        (
            "The government identified 120 victims in 2022, but identified only 12 in 2021.",
            {("victims_identified", 120, 2022, None), ("victims_identified", 12, 2021, None)},
        ),
        # Inspections in another clause.
        (
            "Authorities inspected 300 worksites; the government identified 55 victims in 2022.",
            {("victims_identified", 55, 2022, None)},
        ),
        # Inspectors as the subject are no inspections.
        (
            "Labor inspectors identified 20 forced labor victims.",
            {("victims_identified_labor_trafficking", 20, 2022, None)},
        ),
        # Other metrics after inspections are read as before.
        (
            "Authorities conducted 400 inspections but investigated only five cases.",
            {("investigations", 5, 2022, None)},
        ),
    ],
)
def test_counts_beside_inspections_that_stay(
    sentence: str, expected: set[tuple[str, int, int, str | None]]
) -> None:
    assert figures_of(sentence, report_year=2023) == expected


# --- a page with no header: its tier alone above the finding, however the copy wrapped it --

_PROFILE = (
    "Peru is a source, transit, and destination country for men, women, and children subjected"
    " to sex trafficking and forced labor. Traffickers exploit victims in mining, logging,"
    " agriculture, fishing, and domestic service, and in commercial sex in mining towns along"
    " the rivers. Women and girls from neighboring countries are exploited in sex trafficking"
    " in the capital and the mining regions."
)
_FINDING = (
    "The Government of Peru does not fully meet the minimum standards for the elimination of"
    " trafficking but is making significant efforts to do so."
)


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


def test_the_tier_above_a_finding_is_read_across_a_profile_wrapped_over_many_lines() -> None:
    profile = _wrapped(_PROFILE, 40)
    assert profile.count("\n") > 8
    text = f"2013 Trafficking in Persons Report\nTier 2\n\n{profile}\n\n{_FINDING}"
    assert _found(text) == [("PER", "2")]


def test_the_tier_above_a_finding_on_one_line_paragraphs_is_read_as_before() -> None:
    text = f"2013 Trafficking in Persons Report\nTier 2 Watch List\n\n{_PROFILE}\n\n{_FINDING}"
    assert _found(text) == [("PER", "2WL")]


def test_a_tier_many_paragraphs_and_lines_above_the_finding_is_not_the_pages() -> None:
    paragraphs = "\n\n".join(_wrapped(_PROFILE, 40) for _ in range(4))
    text = f"Tier 2\n\n{paragraphs}\n\n{_FINDING}"
    assert _found(text) == [("PER", None)]


def test_the_title_run_into_the_tier_on_a_page_saved_as_one_line() -> None:
    text = f"2013 Trafficking in Persons Report Tier 2 {_PROFILE} {_FINDING}"
    assert _found(text) == [("PER", "2")]


def test_a_tier_in_prose_before_the_finding_on_one_line_is_no_title() -> None:
    text = f"Observers said Peru stayed on Tier 2 last year. {_PROFILE} {_FINDING}"
    assert _found(text) == [("PER", None)]


def test_a_misprinted_tiers_header_run_into_a_page_saved_as_one_line() -> None:
    text = f"Skip Breadcrumb Navigation Trafficking in Persons Report Peru (Tiers 2) {_PROFILE}"
    assert _found(text) == [("PER", "2")]
