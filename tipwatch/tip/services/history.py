"""A country's placements over the years, annotated by the TVPA rules engine."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..models import Country, CoverageGap, Placement, Report
from ..names import ENGLISH, SPANISH, tier_name
from ..rules import HistoryEntry, RuleFlag, Tier, annotate, flags_for


@dataclass(frozen=True)
class HistoryRow:
    placement: Placement
    entry: HistoryEntry

    @property
    def partial_year(self) -> bool:
        return self.placement.report.is_partial

    def as_dict(self) -> dict[str, Any]:
        placement = self.placement
        return {
            "report_year": placement.report.year,
            "tier": placement.tier,
            "tier_label": tier_name(placement.tier, ENGLISH),
            "tier_label_es": tier_name(placement.tier, SPANISH),
            "change": str(self.entry.change),
            "previous_tier": str(self.entry.previous_tier) if self.entry.previous_tier else None,
            "years_at_tier": self.entry.years_at_tier,
            "years_at_tier_is_minimum": self.entry.years_at_tier_is_minimum,
            "partial_year": self.partial_year,
            "source": {
                "kind": placement.source_kind,
                "name": placement.source_name,
                "url": placement.source_url or None,
                "page": placement.page,
                "quote": placement.quote or None,
                "inferred": placement.inferred,
                "secondary": placement.is_secondary,
            },
            "note": placement.note or None,
        }


@dataclass(frozen=True)
class CountryHistory:
    country: Country
    rows: list[HistoryRow]
    flags: list[RuleFlag]
    unknown_years: list[int]

    @property
    def latest(self) -> HistoryRow | None:
        return self.rows[-1] if self.rows else None

    def row_for(self, year: int) -> HistoryRow | None:
        return next((row for row in self.rows if row.placement.report.year == year), None)

    def flags_for_year(self, year: int) -> list[RuleFlag]:
        return [flag for flag in self.flags if flag.report_year == year]

    def as_dict(self) -> dict[str, Any]:
        latest_year = self.rows[-1].placement.report.year if self.rows else None
        return {
            "iso3": self.country.iso3,
            "name": self.country.name,
            "region": self.country.bureau_for(latest_year) if latest_year else None,
            "current_region": self.country.current_bureau,
            "aliases": self.country.alias_names,
            "placements": [row.as_dict() for row in self.rows],
            "years_missing_from_data": self.unknown_years,
            "rule_flags": [
                {
                    "report_year": flag.report_year,
                    "code": flag.code,
                    "provision": flag.provision,
                    "message": flag.render(self.country.name),
                }
                for flag in self.flags
            ],
        }


def country_history(country: Country) -> CountryHistory:
    """One country's history (two queries)."""
    return country_histories([country])[country.iso3]


def country_histories(
    countries: Iterable[Country], reports: Iterable[Report] | None = None
) -> dict[str, CountryHistory]:
    """Each country's history, keyed by ISO3 code, in two queries however many countries.
    Given every report, already read, the placements take those objects instead of a copy of
    their report each."""
    by_id = {country.pk: country for country in countries}
    placements: dict[int, list[Placement]] = defaultdict(list)
    rows = Placement.objects.filter(country_id__in=by_id).order_by("report__year")
    if reports is None:
        rows = rows.select_related("report")
    report_by_id = {report.pk: report for report in reports or ()}
    for placement in rows:
        placement.country = by_id[placement.country_id]
        if reports is not None:
            placement.report = report_by_id[placement.report_id]
        placements[placement.country_id].append(placement)
    unknown: dict[int, list[int]] = defaultdict(list)
    gaps = CoverageGap.objects.filter(country_id__in=by_id).values_list(
        "country_id", "report__year"
    )
    for country_id, year in gaps:
        unknown[country_id].append(year)

    result: dict[str, CountryHistory] = {}
    for pk, country in by_id.items():
        own = placements[pk]
        unknown_years = sorted(unknown[pk])
        tiers = {placement.report.year: Tier(placement.tier) for placement in own}
        entries = annotate(tiers, unknown_years=unknown_years)
        history_rows = [HistoryRow(p, e) for p, e in zip(own, entries, strict=True)]
        result[country.iso3] = CountryHistory(
            country, history_rows, flags_for(tiers, unknown_years=unknown_years), unknown_years
        )
    return result


def tiers_of(history: CountryHistory) -> dict[int, Tier]:
    """The year -> tier mapping the rules engine reads."""
    return {row.placement.report.year: Tier(row.placement.tier) for row in history.rows}
