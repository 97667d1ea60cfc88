"""The tier data a checker reads, each piece read once, and the evidence rows made from it."""

from __future__ import annotations

from django.utils import translation

from tipwatch.tip.models import Country, CoverageGap, Group, Report
from tipwatch.tip.services.reading import (
    ALL_COUNTRIES,
    Comparison,
    CountryHistory,
    HistoryRow,
    Scope,
    compare,
    country_histories,
    country_history,
)

from ..verdict_text import absent_source
from .results import Evidence, evidence_row


class TierData:
    """Reports, countries, histories, coverage gaps, groups and comparisons, cached as they
    are read: one per checker."""

    def __init__(self) -> None:
        self._reports: dict[int, Report | None] = {}
        self._histories: dict[str, CountryHistory] = {}
        self._countries: dict[str, Country] | None = None
        self._comparisons: dict[tuple[int, str, str], Comparison] = {}
        self._groups: dict[str, Group | None] = {}
        self._gaps: dict[int, dict[str, str]] = {}

    def load_histories(self, codes: set[str]) -> None:
        """Read the histories of every country the claims name, in two queries."""
        wanted = [self.country(iso3) for iso3 in sorted(codes - self._histories.keys())]
        if wanted:
            self._histories.update(country_histories(wanted))

    def report(self, year: int) -> Report | None:
        if year not in self._reports:
            self._reports[year] = Report.objects.filter(year=year).first()
        return self._reports[year]

    def all_countries(self) -> dict[str, Country]:
        if self._countries is None:
            self._countries = {c.iso3: c for c in Country.objects.order_by("name")}
        return self._countries

    def country(self, iso3: str) -> Country:
        return self.all_countries()[iso3]

    def history(self, iso3: str) -> CountryHistory:
        if iso3 not in self._histories:
            self._histories[iso3] = country_history(self.country(iso3))
        return self._histories[iso3]

    def gap_reason(self, year: int, iso3: str) -> str:
        if year not in self._gaps:
            self._gaps[year] = dict(
                CoverageGap.objects.filter(report__year=year).values_list("country__iso3", "reason")
            )
        return self._gaps[year].get(iso3, "")

    def group(self, slug: str) -> Group | None:
        if slug not in self._groups:
            self._groups[slug] = Group.objects.filter(slug=slug).first()
        return self._groups[slug]

    def comparison(self, report: Report, slug: str) -> Comparison:
        # A scope's label is in the language active when it is read.
        key = (report.year, slug, translation.get_language() or "")
        if key not in self._comparisons:
            if slug == ALL_COUNTRIES:
                self._comparisons[key] = self._world(report)
            else:
                group = self.group(slug)
                assert group is not None
                self._comparisons[key] = compare(report, Scope.for_group(group))
        return self._comparisons[key]

    def _world(self, report: Report) -> Comparison:
        """Every country in one report (no previous year: a claim about all countries counts
        or lists them, it does not ask who moved)."""
        scope = Scope.all_countries(self.all_countries().values())
        return compare(report, scope, with_previous=False)

    # Evidence rows --------------------------------------------------------------------------

    def row_evidence(self, row: HistoryRow) -> Evidence:
        placement = row.placement
        return evidence_row(
            placement.country, placement.report.year, placement.tier, placement.citation
        )

    def missing_evidence(self, country: Country, year: int) -> Evidence:
        history = self.history(country.iso3)
        return self.absent_evidence(country, year, year in history.unknown_years)

    def placement_evidence(self, comparison: Comparison, country: Country) -> Evidence:
        placement = comparison.placements.get(country.iso3)
        year = comparison.year
        if placement is not None:
            return evidence_row(country, year, placement.tier, placement.citation)
        return self.absent_evidence(country, year, country in comparison.missing_from_data)

    def absent_evidence(self, country: Country, year: int, in_coverage_gap: bool) -> Evidence:
        """No placement: either our data lacks one the report gave, or the report gave none."""
        reason = self.gap_reason(year, country.iso3) if in_coverage_gap else ""
        return evidence_row(country, year, None, absent_source(year, in_coverage_gap, reason))
