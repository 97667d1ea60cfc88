"""Parsing a whole report: narratives, tiers, sections, statistics, tags and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tipwatch.ingest.parsing.countries import CountryMatcher
from tipwatch.ingest.parsing.document import Document
from tipwatch.ingest.parsing.extract import (
    Statistic,
    extract_statistics,
    extract_tier,
    narrative_summary,
    tier_from_text,
)
from tipwatch.ingest.parsing.narrative import Narrative, Problem
from tipwatch.ingest.parsing.segment import (
    NOT_A_REPORT,
    RawNarrative,
    build_narrative,
    cut_narratives,
    narrative_problems,
)
from tipwatch.ingest.parsing.sharing import split_map
from tipwatch.ingest.parsing.tags import Tags, extract_tags
from tipwatch.ingest.parsing.tierlists import ListedPlacement, read_tier_lists

TIER_LABELS = {
    "1": "Tier 1",
    "2": "Tier 2",
    "2WL": "Tier 2 Watch List",
    "3": "Tier 3",
    "special_case": "Special Case",
}


@dataclass
class CountryResult:
    narrative: Narrative
    tier: str | None
    summary: str | None
    statistics: list[Statistic]
    tags: Tags

    @property
    def name(self) -> str:
        return self.narrative.name

    @property
    def iso3(self) -> str | None:
        return self.narrative.iso3

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "name": self.narrative.name,
            "iso3": self.narrative.iso3,
            "tier": self.tier,
            "pages": [self.narrative.first_page, self.narrative.last_page],
            "sections": self.narrative.section_names,
            "statistics": [statistic.as_dict() for statistic in self.statistics],
            "summary": self.summary,
            "tags": self.tags.as_dict(),
        }


@dataclass
class ParsedReport:
    report_year: int
    pages: int
    countries: list[CountryResult]
    problems: list[Problem] = field(default_factory=list)
    listed: list[ListedPlacement] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        """True when the import must stop (not a TIP report, a duplicated country)."""
        return any(problem.fatal for problem in self.problems)

    def to_json_dict(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "report_year": self.report_year,
            "pages": self.pages,
            "countries": [country.to_json_dict() for country in self.countries],
            "problems": [str(problem) for problem in self.problems],
        }
        if self.listed:  # only reports that print their tier lists
            payload["listed"] = [placement.as_dict() for placement in self.listed]
        return payload


def _list_problems(countries: list[CountryResult], listed: list[ListedPlacement]) -> list[Problem]:
    """Cross-check the tier lists with the narrative headers: a disagreement, a listed
    country without a narrative and a narrative missing from the lists all need review."""
    if not listed:
        return []
    problems: list[Problem] = []
    by_country = {placement.iso3: placement for placement in listed if placement.iso3}
    narrated = {country.iso3 for country in countries if country.iso3}
    for country in countries:
        placement = by_country.get(country.iso3) if country.iso3 else None
        if placement is None:
            problems.append(
                Problem(
                    f'"{country.name}" has a narrative (page {country.narrative.first_page}) '
                    "but is in none of the tier lists"
                )
            )
        elif country.tier is not None and placement.tier != country.tier:
            problems.append(
                Problem(
                    f'"{country.name}": the tier list says {TIER_LABELS[placement.tier]} '
                    f"(page {placement.page}) but the narrative header says "
                    f"{TIER_LABELS[country.tier]} (page {country.narrative.first_page})"
                )
            )
    if countries:
        for placement in listed:
            if placement.iso3 and placement.iso3 not in narrated:
                problems.append(
                    Problem(
                        f'"{placement.name}" is listed on {TIER_LABELS[placement.tier]} '
                        f"(page {placement.page}) but has no narrative"
                    )
                )
    for placement in listed:
        if placement.iso3 is None:
            problems.append(
                Problem(
                    f'unknown country name "{placement.name}" in the tier lists '
                    f"(page {placement.page})"
                )
            )
    return problems


def _tier_problem(narrative: Narrative, summary_text: str) -> Problem | None:
    stated = tier_from_text(summary_text)
    if narrative.tier is None or stated is None or stated == narrative.tier:
        return None
    return Problem(
        f'"{narrative.name}": the header says {TIER_LABELS[narrative.tier]} but the text says '
        f"{TIER_LABELS[stated]} (page {narrative.first_page})"
    )


def _conflict_problems(narrative: Narrative, statistics: list[Statistic]) -> list[Problem]:
    """Two different values for the same metric and year: both are kept, flagged."""
    seen: dict[tuple[str, int], Statistic] = {}
    problems: list[Problem] = []
    for statistic in statistics:
        key = (statistic.metric, statistic.period_year)
        first = seen.setdefault(key, statistic)
        if first is not statistic and first.value != statistic.value:
            problems.append(
                Problem(
                    f'"{narrative.name}": {statistic.metric} for {statistic.period_year} '
                    f"stated as {first.value} (page {first.page}) and as {statistic.value} "
                    f"(page {statistic.page})"
                )
            )
    return problems


@dataclass
class _NarrativeReading:
    """What is read from one narrative, apart from the narrative itself (which a forked
    child need not send back)."""

    tier: str | None
    summary: str | None
    statistics: list[Statistic]
    tags: Tags
    problems: list[Problem]


def _read_narrative(
    narrative: Narrative, report_year: int, matcher: CountryMatcher
) -> _NarrativeReading:
    problems: list[Problem] = []
    opening = narrative.section("summary") or narrative.section("government_efforts")
    if opening is not None:
        problem = _tier_problem(narrative, opening.text)
        if problem is not None:
            problems.append(problem)
    statistics = extract_statistics(narrative, report_year)
    problems.extend(_conflict_problems(narrative, statistics))
    return _NarrativeReading(
        tier=extract_tier(narrative),
        summary=narrative_summary(narrative),
        statistics=statistics,
        tags=extract_tags(narrative, matcher),
        problems=problems,
    )


def parse_report(document: Document, report_year: int, matcher: CountryMatcher) -> ParsedReport:
    """Parse a read Document into per-country results for the ``report_year`` report."""
    listed = read_tier_lists(document, matcher)

    def read(raw: RawNarrative) -> tuple[Narrative, _NarrativeReading]:
        narrative = build_narrative(raw, matcher)
        return narrative, _read_narrative(narrative, report_year, matcher)

    # Each narrative is read on its own: a long report's are shared with a second core.
    read_narratives = split_map(
        read, cut_narratives(document, matcher), weight=lambda raw: len(raw.lines)
    )
    narratives = [narrative for narrative, _ in read_narratives]
    problems: list[Problem] = [Problem(warning) for warning in document.warnings]
    problems.extend(
        problem
        for problem in narrative_problems(narratives)
        if not (listed and str(problem) == NOT_A_REPORT)  # a file of the lists alone
    )
    countries: list[CountryResult] = []
    for narrative, reading in read_narratives:
        problems.extend(reading.problems)
        countries.append(
            CountryResult(
                narrative=narrative,
                tier=reading.tier,
                summary=reading.summary,
                statistics=reading.statistics,
                tags=reading.tags,
            )
        )
    problems.extend(_list_problems(countries, listed))
    return ParsedReport(
        report_year=report_year,
        pages=len(document.pages),
        countries=countries,
        problems=problems,
        listed=listed,
    )
