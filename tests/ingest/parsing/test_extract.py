from __future__ import annotations

import pytest

from tests.ingest.parsing.corpus import COUNTRIES, REPORT_YEAR, SPECS
from tests.ingest.parsing.fixtures import narrative_blocks, render_text_report
from tipwatch.ingest.parsing import (
    CountryMatcher,
    Narrative,
    Section,
    document_from_text,
    extract_statistics,
    extract_summary_sentence,
    extract_tags,
    extract_tier,
    tier_from_finding,
    tier_from_text,
)
from tipwatch.ingest.parsing.segment import segment

MATCHER = CountryMatcher(COUNTRIES)


def _narrative(sections: list[Section], tier: str | None = None) -> Narrative:
    return Narrative("PERU", "PER", tier, "PERU: Tier 2", 1, 1, sections)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("therefore Peru remained on Tier 2.", "2"),
        ("therefore Peru was downgraded to Tier 2 Watch List.", "2WL"),
        ("therefore Peru was upgraded to Tier 1.", "1"),
        ("therefore Peru remained on Tier 3.", "3"),
        (
            "Libya remained a Special Case. Libya is a Special Case for the third year.",
            "special_case",
        ),
        ("Peru was downgraded from Tier 2 to Tier 2 Watch List.", "2WL"),
        ("Somalia remains a Special Case for the 12th consecutive year.", "special_case"),
        ("SOMALIA REMAINS A SPECIAL CASE.", "special_case"),
        # Past tense may be an earlier report's standing, not this one's.
        ("Libya remained a Special Case in 2016; the government now governs.", None),
        ("Libya was a Special Case until 2018.", None),
        ("The government made efforts.", None),
    ],
)
def test_tier_from_text(text: str, tier: str | None) -> None:
    assert tier_from_text(text) == tier


def test_extract_tier_prefers_the_header() -> None:
    summary = Section("summary", "therefore Peru remained on Tier 3.", 1)
    assert extract_tier(_narrative([summary], tier="2")) == "2"
    assert extract_tier(_narrative([summary], tier=None)) == "3"
    assert extract_tier(_narrative([], tier=None)) is None


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("The Government of Sweden fully meets the minimum standards for the elimination.", "1"),
        ("The Government of Sweden fully complies with the minimum standards.", "1"),
        (
            "The Government of Eritrea does not fully meet the minimum standards for the "
            "elimination of trafficking and is not making significant efforts to do so.",
            "3",
        ),
        (
            "The Royal Government of Bhutan does not fully comply with the minimum standards "
            "and is not making significant efforts to do so.",
            "3",
        ),
        # Tier 2 or the Watch List: the finding alone does not say which.
        (
            "The Government of Peru does not fully meet the minimum standards but is making "
            "significant efforts to do so.",
            None,
        ),
        # A waiver kept a country that made no significant efforts off Tier 3.
        (
            "The Government of Peru does not fully meet the minimum standards and is not making "
            "significant efforts to do so. Peru was granted a waiver from an otherwise required "
            "downgrade.",
            None,
        ),
        # Not the narrative's finding: another subject, or the standards named otherwise.
        ("Observers say the country fully meets the minimum standards.", None),
        ("The Government of Peru adopted the minimum standards for shelters.", None),
    ],
)
def test_tier_from_finding(text: str, tier: str | None) -> None:
    assert tier_from_finding(text) == tier


def test_extract_tier_reads_the_finding_when_no_tier_is_stated() -> None:
    finding = Section("summary", "The Government of Peru fully meets the minimum standards.", 1)
    assert extract_tier(_narrative([finding], tier=None)) == "1"
    stated = Section(
        "summary",
        "The Government of Peru does not fully meet the minimum standards and is not making "
        "significant efforts to do so; therefore Peru remained on Tier 2 Watch List.",
        1,
    )
    assert extract_tier(_narrative([stated], tier=None)) == "2WL"


def test_extract_summary_sentence() -> None:
    text = (
        "Peru is a source country. The Government of Peru does not fully meet the minimum "
        "standards for the elimination of trafficking but is making significant efforts to do "
        "so. Therefore Peru remained on Tier 2."
    )
    assert extract_summary_sentence(text) == (
        "The Government of Peru does not fully meet the minimum standards for the elimination "
        "of trafficking but is making significant efforts to do so."
    )
    assert extract_summary_sentence("Nothing about it.") is None


def test_statistics_cite_sentence_and_page_and_skip_profile_and_recommendations() -> None:
    narrative = _narrative(
        [
            Section("recommendations", "Identify at least 100 more victims.", 3),
            Section(
                "prosecution",
                "Officials convicted nine traffickers. The government identified 12 victims.",
                4,
            ),
            Section("trafficking_profile", "NGOs said police identified 300 victims.", 5),
        ]
    )
    stats = extract_statistics(narrative, REPORT_YEAR)
    assert [(s.metric, s.value, s.period_year, s.quote, s.page) for s in stats] == [
        ("convictions", 9, 2014, "Officials convicted nine traffickers.", 4),
        ("victims_identified", 12, 2014, "The government identified 12 victims.", 4),
    ]


def test_repeated_figures_are_kept_once() -> None:
    narrative = _narrative(
        [
            Section("summary", "The government convicted 19 traffickers.", 1),
            Section("prosecution", "Courts convicted 19 traffickers in 2014.", 2),
        ]
    )
    stats = extract_statistics(narrative, REPORT_YEAR)
    assert [(s.value, s.page) for s in stats] == [(19, 1)]


TAGGED = [spec for spec in SPECS if spec.expected_places is not None]


@pytest.mark.parametrize("spec", TAGGED, ids=[spec.header for spec in TAGGED])
def test_tags(spec: object) -> None:
    from tests.ingest.parsing.corpus import Spec

    assert isinstance(spec, Spec)
    text, _ = render_text_report(narrative_blocks(spec, 0))
    (narrative,) = segment(document_from_text(text), MATCHER).narratives
    tags = extract_tags(narrative, MATCHER)
    assert tags.forms == sorted(spec.expected_forms or ())
    assert tags.sectors == sorted(spec.expected_sectors or ())
    assert tags.places == sorted(spec.expected_places or ())


def test_places_exclude_countries_regions_and_adjectives() -> None:
    profile = (
        "Peru is a source country. Victims are exploited in Spain, in Europe, in the Middle "
        "East, and in Peruvian mines. Officials in the Ministry of Labor work in Lima. Women "
        "from Loreto are exploited in Peru's Madre de Dios region and in Puerto Maldonado."
    )
    narrative = _narrative([Section("trafficking_profile", profile, 1)])
    assert extract_tags(narrative, MATCHER).places == ["Lima", "Madre de Dios", "Puerto Maldonado"]


def test_tags_without_profile_use_the_narrative_minus_law_enforcement() -> None:
    narrative = _narrative(
        [
            Section("summary", "Victims are exploited in domestic servitude and fishing.", 1),
            Section("prosecution", "Officials convicted a trafficker for forced begging.", 2),
        ]
    )
    tags = extract_tags(narrative)
    assert tags.forms == ["domestic_servitude"]
    assert tags.sectors == ["fishing"]
    assert tags.places == []


def test_a_comparison_of_the_sentence_befores_referrals_is_no_figure() -> None:
    from tipwatch.ingest.parsing import Narrative, Section, extract_statistics

    def figures(text: str) -> set[tuple[str, int, int]]:
        section = Section(name="protection", text=text, first_page=1)
        narrative = Narrative(
            name="Timor-Leste",
            iso3="TLS",
            tier=None,
            header="",
            first_page=1,
            last_page=1,
            sections=[section],
        )
        return {(s.metric, s.value, s.period_year) for s in extract_statistics(narrative, 2017)}

    referred = (
        "The government identified 176 suspected trafficking victims, and the police referred "
        "21 to short-term shelter. This was an increase from 10 in 2015."
    )
    assert figures(referred) == {("victims_identified", 176, 2016)}
    identified = (
        "The government identified 176 suspected trafficking victims. This was an increase "
        "from 10 in 2015."
    )
    assert figures(identified) == {
        ("victims_identified", 176, 2016),
        ("victims_identified", 10, 2015),
    }
