"""The tier data a checker reads, each piece read once, and the evidence rows made from it."""

from __future__ import annotations

from django.utils import translation

from tipwatch.tip.models import Country, CoverageGap, Group, Report
from tipwatch.tip.services.reading import (
    ALL_COUNTRIES,
    Comparison,
    CountryHistory,
    HistoryRow,
    ReportRows,
    Scope,
    compare_rows,
    country_histories,
    country_history,
)

from ..verdict_text import absent_source
from .results import Evidence, evidence_row


class TierData:
    """Reports, countries, histories, coverage gaps, groups and comparisons, cached as they
    are read: one per checker. Each report's placements are read once, and every scope's
    comparison in it cut from them."""

    def __init__(self) -> None:
        self._reports: dict[int, Report] | None = None
        self._histories: dict[str, CountryHistory] = {}
        self._countries: dict[str, Country] | None = None
        self._rows: dict[int, ReportRows] = {}
        self._scopes: dict[tuple[str, str], Scope] = {}
        self._comparisons: dict[tuple[int, str, str], Comparison] = {}
        self._groups: dict[str, Group | None] = {}
        self._gaps: dict[int, dict[str, str]] = {}

    def load_histories(self, codes: set[str]) -> None:
        """Read the histories of every country the claims name, in two queries."""
        wanted = [self.country(iso3) for iso3 in sorted(codes - self._histories.keys())]
        if wanted:
            self._histories.update(country_histories(wanted, self.reports().values()))

    def reports(self) -> dict[int, Report]:
        """Every report, by year, read in one query."""
        if self._reports is None:
            self._reports = {report.year: report for report in Report.objects.order_by("year")}
        return self._reports

    def report(self, year: int) -> Report | None:
        return self.reports().get(year)

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
        """Who in the group (or in all countries) is where in the report. No previous report:
        a claim about a group says who is where or how many are; the moves between two
        reports (`check_moves`) compare the two reports' comparisons of all countries."""
        # A scope's label is in the language active when it is read.
        key = (report.year, slug, translation.get_language() or "")
        if key not in self._comparisons:
            scope = (
                Scope.all_countries(self.all_countries().values())
                if slug == ALL_COUNTRIES
                else self._scope(slug, key[2])
            )
            self._comparisons[key] = compare_rows(self.report_rows(report), scope, None)
        return self._comparisons[key]

    def _scope(self, slug: str, language: str) -> Scope:
        """A group's scope (its label in the language active), read once for every report."""
        if (slug, language) not in self._scopes:
            group = self.group(slug)
            assert group is not None
            self._scopes[slug, language] = Scope.for_group(group)
        return self._scopes[slug, language]

    def report_rows(self, report: Report) -> ReportRows:
        """The report's placements and coverage gaps, read once for every scope."""
        if report.year not in self._rows:
            by_id = {country.pk: country for country in self.all_countries().values()}
            self._rows[report.year] = ReportRows.read(report, by_id)
        return self._rows[report.year]

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
