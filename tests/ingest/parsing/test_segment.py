from __future__ import annotations

import pytest

from tests.ingest.parsing.corpus import COUNTRIES
from tipwatch.ingest.parsing import (
    NOT_A_REPORT,
    CountryMatcher,
    Document,
    Page,
    PagedText,
    Section,
    document_from_html,
    document_from_text,
)
from tipwatch.ingest.parsing.headings import parse_header
from tipwatch.ingest.parsing.segment import segment

MATCHER = CountryMatcher(COUNTRIES)


@pytest.mark.parametrize(
    ("line", "name", "tier"),
    [
        ("PERU: Tier 2", "PERU", "2"),
        ("PERU (Tier 2)", "PERU", "2"),
        ("PERU: TIER 2 WATCH LIST", "PERU", "2WL"),
        ("BOLIVIA: Tier 2 Watch List", "BOLIVIA", "2WL"),
        ("BOLIVIA: Tier 2\u2013Watch List", "BOLIVIA", "2WL"),
        ("ECUADOR (Tier 2 Watch List)", "ECUADOR", "2WL"),
        ("CUBA: Tier 3", "CUBA", "3"),
        ("CHILE: Tier 1", "CHILE", "1"),
        ("LIBYA: Special Case", "LIBYA", "special_case"),
        ("SOMALIA (Special Case)", "SOMALIA", "special_case"),
        ("C\u00d4TE D\u2019IVOIRE: Tier 2", "C\u00d4TE D\u2019IVOIRE", "2"),
        ("KOREA, SOUTH: Tier 1", "KOREA, SOUTH", "1"),
        ("ST. VINCENT AND THE GRENADINES: Tier 2", "ST. VINCENT AND THE GRENADINES", "2"),
        (
            "CHINA (INCLUDES TIBET, HONG KONG, AND MACAU): Tier 2 Watch List",
            "CHINA (INCLUDES TIBET, HONG KONG, AND MACAU)",
            "2WL",
        ),
        ("PERU: Tier 2*", "PERU", "2"),
    ],
)
def test_header_variants(line: str, name: str, tier: str) -> None:
    match = parse_header(line)
    assert match is not None
    assert (match.name, match.tier) == (name, tier)


@pytest.mark.parametrize(
    "line",
    [
        "The government placed Peru on Tier 2 in 2014.",
        "...placed Peru on Tier 2 in 2014",
        "PERU .......... 278",
        "PERU: Tier 2 .......... 278",
        "PERU: Tier 2 in 2014",
        "Peru: Tier 2",  # title case outside an HTML heading
        "TIER 2 WATCH LIST",
        "TIER 2: PERU",
        "PRIORITIZED RECOMMENDATIONS:",
        "In 2014: Tier 2 countries",
        "PERU: Tier 4",
    ],
)
def test_not_headers(line: str) -> None:
    assert parse_header(line) is None


def test_title_case_header_only_in_headings() -> None:
    assert parse_header("Peru: Tier 2", is_heading=True) is not None
    assert parse_header("Korea, South (Tier 1)", is_heading=True) is not None


NEW_LAYOUT = """PERU: Tier 2
The Government of Peru does not fully meet the minimum standards for the elimination of
trafficking but is making significant efforts to do so; therefore Peru remained on Tier 2.
PRIORITIZED RECOMMENDATIONS:
Increase investigations.
PROSECUTION
The government investigated 59 cases.
PROTECTION
The government identified 12 victims.
PREVENTION
The government ran campaigns.
TRAFFICKING PROFILE
Peru is a source country for men subjected to forced labor in Loreto."""

OLD_LAYOUT = """BOLIVIA: Tier 2 Watch List
Bolivia is principally a source country for men, women, and children subjected to sex
trafficking and forced labor. Women are exploited in El Alto.
The Government of Bolivia does not fully comply with the minimum standards for the
elimination of trafficking; however, it is making significant efforts to do so.
RECOMMENDATIONS FOR BOLIVIA:
Increase prosecutions.
PROSECUTION
The government prosecuted nine suspects.
PROTECTION
Police identified 12 victims.
PREVENTION
Officials trained judges."""


def test_new_layout_sections() -> None:
    result = segment(document_from_text(NEW_LAYOUT), MATCHER)
    assert result.problems == []
    (narrative,) = result.narratives
    assert (narrative.name, narrative.iso3, narrative.tier) == ("PERU", "PER", "2")
    assert narrative.header == "PERU: Tier 2"
    assert narrative.section_names == [
        "summary",
        "recommendations",
        "prosecution",
        "protection",
        "prevention",
        "trafficking_profile",
    ]
    summary = narrative.section("summary")
    assert summary is not None
    assert summary.text.startswith("The Government of Peru does not fully meet")
    assert "elimination of trafficking but" in summary.text  # lines joined with a space
    recommendations = narrative.section("recommendations")
    assert recommendations is not None
    assert recommendations.heading == "PRIORITIZED RECOMMENDATIONS:"


def test_old_layout_sections() -> None:
    (narrative,) = segment(document_from_text(OLD_LAYOUT), MATCHER).narratives
    assert narrative.tier == "2WL"
    assert narrative.section_names == [
        "trafficking_profile",
        "government_efforts",
        "recommendations",
        "prosecution",
        "protection",
        "prevention",
    ]
    profile = narrative.section("trafficking_profile")
    efforts = narrative.section("government_efforts")
    assert profile is not None
    assert efforts is not None
    assert profile.text.endswith("Women are exploited in El Alto.")
    assert efforts.text.startswith("The Government of Bolivia does not fully comply")


def test_unknown_and_other_headings() -> None:
    text = (
        "ATLANTIS: Tier 3\nThe Government of Atlantis does not fully meet the minimum "
        "standards.\nCHILD SOLDIERS PREVENTION ACT\nThe act applies.\nPROSECUTION\nNone."
    )
    result = segment(document_from_text(text), MATCHER)
    (narrative,) = result.narratives
    assert narrative.iso3 is None
    assert narrative.tier == "3"
    assert narrative.section_names == ["summary", "child soldiers prevention act", "prosecution"]
    assert result.problems == ['unknown country name "ATLANTIS" (page 1)']
    assert not result.fatal


def test_acronym_line_inside_a_sentence_is_not_a_heading() -> None:
    text = "PERU: Tier 2\nThe government worked with\nUNICEF AND IOM\nto train officials."
    (narrative,) = segment(document_from_text(text), MATCHER).narratives
    assert narrative.section_names == ["summary"]
    assert "worked with UNICEF AND IOM to train" in narrative.sections[0].text


def test_duplicate_country_is_fatal() -> None:
    # Two narratives of one country (a header with only a page's furniture under it is not
    # one: see test_page_furniture).
    text = (
        "PERU: Tier 2\nThe government made significant efforts to prosecute its traffickers.\n"
        "CUBA: Tier 3\nProse.\n"
        "PERU (Tier 2)\nThe government made more efforts to protect the victims it found.\n"
    )
    result = segment(document_from_text(text), MATCHER)
    assert len(result.narratives) == 3  # nothing is dropped
    assert result.fatal
    assert result.problems == ['country "PERU" appears twice (pages 1 and 1)']
    assert all(problem.fatal for problem in result.problems)


def test_no_narratives_is_fatal() -> None:
    text = "TABLE OF CONTENTS\nPERU .......... 278\nThe Department placed Peru on Tier 2 in 2014."
    result = segment(document_from_text(text), MATCHER)
    assert result.narratives == []
    assert result.problems == [NOT_A_REPORT]
    assert result.problems[0] == "not a TIP report: no country narratives found"
    assert result.fatal


def test_narratives_and_pages_are_tracked_across_pages() -> None:
    pages = [
        Page(40, "INTRODUCTION\nThe report covers 188 countries."),
        Page(41, "PERU: Tier 2\nThe Government of Peru does not fully meet the minimum"),
        Page(42, "standards. Officials convicted nine traffick-"),
        Page(43, "ers.\nPROSECUTION\nAuthorities prosecuted 12 suspects.\nCUBA: Tier 3\nNone."),
        Page(44, "RELEVANT INTERNATIONAL CONVENTIONS\nCuba ratified 12 conventions."),
    ]
    result = segment(Document(pages=pages, kind="pdf"), MATCHER)
    peru, cuba = result.narratives
    assert (peru.first_page, peru.last_page) == (41, 43)
    assert (cuba.first_page, cuba.last_page) == (43, 43)
    summary = peru.section("summary")
    assert summary is not None
    assert summary.text == (
        "The Government of Peru does not fully meet the minimum standards. "
        "Officials convicted nine traffickers."
    )
    assert [(s.page, s.text) for s in summary.spans] == [
        (41, "The Government of Peru does not fully meet the minimum"),
        (42, " standards. Officials convicted nine traffick"),
        (43, "ers."),
    ]
    assert [(s.page, s.text) for s in summary.sentences()] == [
        (41, "The Government of Peru does not fully meet the minimum standards."),
        (42, "Officials convicted nine traffickers."),
    ]
    assert cuba.text == "None."  # the appendix is not part of the last narrative


def test_wrapped_headers() -> None:
    text = (
        "CONGO, DEMOCRATIC REPUBLIC OF THE:\nTier 2 Watch List\nProse.\n"
        "ST. VINCENT AND THE GRENADINES: TIER 2\nWATCH LIST\nProse.\n"
        "CHINA (INCLUDES TIBET, HONG KONG, AND\nMACAU): Tier 2 Watch List\nProse."
    )
    narratives = segment(document_from_text(text), MATCHER).narratives
    assert [(n.iso3, n.tier) for n in narratives] == [
        ("COD", "2WL"),
        ("VCT", "2WL"),
        ("CHN", "2WL"),
    ]
    assert narratives[0].header == "CONGO, DEMOCRATIC REPUBLIC OF THE: Tier 2 Watch List"


def test_own_name_running_head_is_dropped() -> None:
    text = "PERU: Tier 2\nThe government acted.\nPERU\nIt also trained police."
    (narrative,) = segment(document_from_text(text), MATCHER).narratives
    assert narrative.text == "The government acted. It also trained police."


def test_html_title_case_headings() -> None:
    markup = (
        "<h2>Peru: Tier 2</h2><p>The Government of Peru fully meets the minimum standards.</p>"
        "<h3>Prioritized Recommendations:</h3><p>Do more.</p>"
        "<p><strong>Prosecution</strong></p><p>The government convicted nine traffickers.</p>"
        "<h3>Trafficking Profile</h3><p>Peru is a source country.</p>"
    )
    (narrative,) = segment(document_from_html(markup), MATCHER).narratives
    assert (narrative.iso3, narrative.tier) == ("PER", "2")
    assert narrative.section_names == [
        "summary",
        "recommendations",
        "prosecution",
        "trafficking_profile",
    ]


def test_section_page_lookup() -> None:
    section = Section("prosecution", "abc", 7)
    assert section.page_at(2) == 7
    assert section.last_page == 7
    with pytest.raises(ValueError, match="spell out"):
        Section("x", "different", 7, None, PagedText.single("abc", 7))
