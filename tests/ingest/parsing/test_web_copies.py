"""Narrative headers as web copies print them: any case, credits after the tier, page
titles over a bare tier, Special Case styles, and pages without a header line."""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing import CountryMatcher, document_from_text
from tipwatch.ingest.parsing.headings import parse_header
from tipwatch.ingest.parsing.segment import segment

MATCHER = CountryMatcher(
    [
        ("PER", "Peru", []),
        ("USA", "United States", ["United States of America"]),
        ("IND", "India", []),
        ("YEM", "Yemen", []),
        ("BHS", "The Bahamas", ["Bahamas"]),
        ("RUS", "Russia", []),
        ("AFG", "Afghanistan", []),
        ("CIV", "Cote d'Ivoire", []),
        ("SOM", "Somalia", []),
        ("LBY", "Libya", []),
        ("BIH", "Bosnia and Herzegovina", []),
    ]
)
BODY = "Peru is a source, transit, and destination country for men, women, and children."


def _found(text: str) -> list[tuple[str | None, str | None]]:
    segmentation = segment(document_from_text(text), MATCHER)
    return [(narrative.iso3, narrative.tier) for narrative in segmentation.narratives]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Peru (Tier 2)", ("PER", "2")),
        ("Peru: Tier 2 Watch List", ("PER", "2WL")),
        ("United States of America (Tier 1)", ("USA", "1")),
        ("Cote d'Ivoire (Tier 2)", ("CIV", "2")),
        ("PERU - Tier 2", ("PER", "2")),
        ("Peru \u2013 Tier 2 Watch List", ("PER", "2WL")),
        ("peru - tier 3", ("PER", "3")),
        ("PERU\u2014TIER 2 WATCH LIST", ("PER", "2WL")),
        ("INDIA (Tier 2) Extracted from the U.S. State Dept 2020 TIP Report", ("IND", "2")),
        ("PERU: Tier 2 - Excerpted from the 2015 report", ("PER", "2")),
        ("SPECIAL CASE: YEMEN", ("YEM", "special_case")),
    ],
)
def test_header_styles(header: str, expected: tuple[str, str] | None) -> None:
    assert _found(f"{header}\n{BODY}") == ([expected] if expected else [])


@pytest.mark.parametrize(
    "line",
    [
        "Prosecution (Tier 2)",  # title case, but no country
        "Peru (Tier 2) and Bolivia (Tier 3) were both assessed",
        "The government placed Peru on Tier 2 in 2014.",
        "the government of peru - tier 2",  # lowercase, but no country name alone
    ],
)
def test_lines_that_are_not_headers(line: str) -> None:
    assert _found(f"{line}\n{BODY}") == []


def test_title_case_needs_any_case_flag() -> None:
    assert parse_header("Peru (Tier 2)") is None
    match = parse_header("Peru (Tier 2)", any_case=True)
    assert match is not None
    assert not match.capitals


def test_page_title_over_a_bare_tier() -> None:
    text = f"Trafficking in Persons Report 2014 - Peru\n\nTier 2\n\n{BODY}"
    assert _found(text) == [("PER", "2")]


def test_bare_tier_without_a_title_is_nothing() -> None:
    assert _found(f"Tier 2\n{BODY}") == []


def test_special_cases_section_heads_each_case_with_its_name() -> None:
    text = (
        "Special Cases\n\nTHE BAHAMAS\n\nLimited data suggest a possible labor trafficking "
        "problem in The Bahamas.\n\nSCOPE AND MAGNITUDE\nThe Bahamas may be a destination."
    )
    assert _found(text) == [("BHS", "special_case")]


def test_page_without_a_header_line() -> None:
    text = (
        "Dokument #2111585\nThe Government of Russia does not fully meet the minimum standards "
        "for the elimination of trafficking and is not making significant efforts to do so; "
        "therefore Russia remained on Tier 3."
    )
    segmentation = segment(document_from_text(text), MATCHER)
    assert [(n.iso3, n.tier) for n in segmentation.narratives] == [("RUS", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An official website of the United States Government Here's how you know\nSomalia\n"
            "Somalia remains a Special Case for the 12th consecutive year. The Federal Government "
            "of Somalia continued to face significant challenges.",
            [("SOM", "special_case")],
        ),
        (
            "Libya is a Special Case for the third consecutive year. Libya has lacked a unified "
            "government.",
            [("LBY", "special_case")],
        ),
        ("Yemen's conflict remains a Special Case for aid agencies.", []),
        # The opening of a Special Case's page names the country; other words do not make one.
        ("This region remains a Special Case for donors.", []),
        ("Somalia's neighbours are not a Special Case.", []),
    ],
)
def test_special_case_page_without_a_header_line(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_page_without_a_header_whose_paragraphs_were_run_together() -> None:
    text = (
        "Russia is a source, transit, and destination country for men, women, and children. "
        "The Government of Russia does not fully meet the minimum standards for the elimination "
        "of trafficking and is not making significant efforts to do so."
    )
    segmentation = segment(document_from_text(text), MATCHER)
    assert [(n.iso3, n.tier) for n in segmentation.narratives] == [("RUS", None)]
    assert segmentation.narratives[0].text.startswith("Russia is a source")


def test_the_finding_must_open_a_sentence() -> None:
    text = "Observers said that The Government of Russia does not fully meet the standards."
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A copy that breaks the header over three short lines.
        (f"PERU\n(Tier\n2)\n{BODY}", [("PER", "2")]),
        # The second line alone parses as a header, but of no known country.
        (f"BOSNIA AND\nHERZEGOVINA: Tier 2\n{BODY}", [("BIH", "2")]),
        # Headers run into the narrative's first line.
        (f"Peru (Tier 2) {BODY}", [("PER", "2")]),
        (f"Peru: Tier 2 Watch List {BODY}", [("PER", "2WL")]),
        (
            "SPECIAL CASE: SOMALIA Somalia remains a Special Case for the 13th consecutive year.",
            [("SOM", "special_case")],
        ),
        ("Special Case: Yemen Yemen remains a Special Case.", [("YEM", "special_case")]),
        # A page saved as one line: the header in capitals, the tier in brackets.
        (
            "Select Page UNITED STATES OF AMERICA (Tier 1) https://www.state.gov/reports/x/ The "
            "Government of the United States fully meets the minimum standards.",
            [("USA", "1")],
        ),
        (f"Home Reports PERU (TIER 2 WATCH LIST) {BODY}", [("PER", "2WL")]),
        (f"Report PERU (TIER 2 - WATCH LIST) {BODY}", [("PER", "2WL")]),
        # ... or in title case after the page's title or the site's lines.
        (f"2022 Trafficking in Persons Report: Peru Peru (Tier 2) {BODY}", [("PER", "2")]),
        (
            "Publication Date 11 June 2003 Russia (Tier 2) Russia is a source country for women.",
            [("RUS", "2")],
        ),
        ("Observers said Peru (Tier 2) and Bolivia (Tier 3) were both assessed.", []),
        # Prose, not headers: a sentence runs on after the tier, or the name is no country.
        ("Peru (Tier 2) and Bolivia (Tier 3) were both assessed in the report.", []),
        ("Observers (Tier 2) Peru is a source country.", []),
        ("The report was a special case: nobody read it.", []),
    ],
)
def test_headers_wrapped_or_run_into_the_narrative(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_header_inside_interleaved_columns() -> None:
    text = (
        "NARRATIVES COUNTRY protection, and law enforcement strategies; AFGHANISTAN: TIER 2 "
        "dedicate resources to support long-term victim rehabilitation programs."
    )
    segmentation = segment(document_from_text(text), MATCHER)
    assert [(n.iso3, n.tier) for n in segmentation.narratives] == [("AFG", "2")]
    assert segmentation.narratives[0].text.startswith("dedicate resources")


# The same pages wrapped at another width by the copy (a page printed to PDF, a text dump):
# the opening words and the run-in header are read across the line breaks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Government of Russia does not\nfully meet the minimum standards for the\n"
            "elimination of trafficking; therefore Russia remained on Tier 3.",
            [("RUS", None)],
        ),
        (
            "The Government of the\nRussian Federation does not fully meet the minimum standards",
            [],  # no country the list knows by that name
        ),
        (
            "Iraq - United States Department of State\nhttps://www.state.gov/reports/x/ The\n"
            "Government of Russia does not fully meet the minimum standards for the elimination.",
            [("RUS", None)],
        ),
        (
            "Somalia remains a\nSpecial Case for the 12th consecutive year. The Federal\n"
            "Government of Somalia continued to face significant challenges.",
            [("SOM", "special_case")],
        ),
        (
            "Report: Peru In this section / PERU: Tier 2\nWatch List PERU: Tier 2 Watch List The\n"
            "Government of Peru does not fully meet the minimum standards.",
            [("PER", "2WL")],
        ),
        (
            "http://www.state.gov/documents/organization/1.pdfBOSNIA\nAND HERZEGOVINA: Tier 2 "
            "Watch ListBosnia and Herzegovina is a\nsource country for men, women, and children.",
            [("BIH", "2WL")],
        ),
        # Across the line break as on one line: the finding must open a sentence.
        ("Observers said that The Government of\nRussia does not fully meet the standards.", []),
    ],
)
def test_openings_and_run_in_headers_wrapped_over_lines(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


def test_a_run_in_header_wrapped_over_lines_leaves_the_narrative_after_it() -> None:
    text = "Report: Peru In this section / PERU: Tier 2\nWatch List Peru is a source country.\n"
    segmentation = segment(document_from_text(text), MATCHER)
    assert segmentation.narratives[0].text == "Peru is a source country."


def test_a_credit_on_the_line_under_the_header_belongs_to_the_header() -> None:
    text = (
        "SINT MAARTEN (Tier 3)*\nExtracted in part from the U.S. State Dept 2023 TIP Report\n"
        "SINT MAARTEN (Tier 3)*\nThe Government of Sint Maarten does not fully meet the minimum "
        "standards.\n"
    )
    matcher = CountryMatcher([("SXM", "Sint Maarten", [])])
    segmentation = segment(document_from_text(text), matcher)
    # The page's title and the header over the narrative: one narrative, not the country twice.
    assert [(n.iso3, n.tier) for n in segmentation.narratives] == [("SXM", "3")]
    assert not any(problem.fatal for problem in segmentation.problems)


def test_a_credit_line_is_kept_out_of_the_narrative() -> None:
    credit = "Extracted from U.S. State Dept Trafficking in Persons Report, June 2009"
    text = f"PERU (Tier 2)\n{credit}\n{BODY}"
    segmentation = segment(document_from_text(text), MATCHER)
    assert segmentation.narratives[0].text == BODY


def test_a_sentence_under_the_header_is_no_credit() -> None:
    text = "PERU (Tier 2)\nTaken from their villages, children are exploited in mines.\n"
    segmentation = segment(document_from_text(text), MATCHER)
    assert segmentation.narratives[0].text.startswith("Taken from their villages")
