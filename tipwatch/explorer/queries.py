"""Read-side helpers the explorer pages, downloads and API share.

They build on the tip app's QuerySet methods and services (`compare`, `country_history`,
`Scope`) and add only what those do not provide: flat placement rows with provenance, tier
counts per year for a set of countries, each country's latest placement and the changes
between two arbitrary report years. Each function runs a small, fixed number of queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, OuterRef, Subquery

from tipwatch.tip.models import Country, CoverageGap, Placement, Report
from tipwatch.tip.models.placement import PlacementQuerySet
from tipwatch.tip.rules import Change, Tier
from tipwatch.tip.rules import compare as compare_tiers
from tipwatch.tip.services.comparison import TIER_ORDER, Scope

# The columns of a placement row, in order: the API, the CSV/JSON/XLSX downloads and the
# data package schema all use exactly these.
PLACEMENT_COLUMNS: tuple[str, ...] = (
    "iso3",
    "country",
    "report_year",
    "tier",
    "tier_label",
    "region",
    "partial_year",
    "source_kind",
    "source_name",
    "source_url",
    "page",
    "quote",
    "note",
    "inferred",
    "secondary",
)


def tier_label(tier: str | None) -> str:
    return Tier(tier).label if tier else "Not rated"


def placement_row(placement: Placement) -> dict[str, Any]:
    report = placement.report
    return {
        "iso3": placement.country.iso3,
        "country": placement.country.name,
        "report_year": report.year,
        "tier": placement.tier,
        "tier_label": tier_label(placement.tier),
        "region": placement.country.bureau_for(report.year),
        "partial_year": report.is_partial,
        "source_kind": placement.source_kind,
        "source_name": placement.source_name,
        "source_url": placement.source_url or None,
        "page": placement.page,
        "quote": placement.quote or None,
        "note": placement.note or None,
        "inferred": placement.inferred,
        "secondary": placement.is_secondary,
    }


def with_provenance(placements: PlacementQuerySet) -> PlacementQuerySet:
    """The queryset ready for `placement_row`: three queries in all, in a stable order."""
    return (
        placements.select_related("country", "report")
        .prefetch_related("country__bureau_assignments")
        .order_by("report__year", "country__name")
    )


def placement_rows(placements: PlacementQuerySet) -> list[dict[str, Any]]:
    return [placement_row(p) for p in with_provenance(placements)]


def latest_placements() -> dict[int, Placement]:
    """Each country's most recent placement, by country id (one query)."""
    newest = (
        Placement.objects.filter(country=OuterRef("country"))
        .order_by("-report__year")
        .values("pk")[:1]
    )
    rows = Placement.objects.filter(pk=Subquery(newest)).select_related("report")
    return {placement.country_id: placement for placement in rows}


def tier_counts_by_year(placements: PlacementQuerySet) -> dict[int, dict[str, int]]:
    """Counts per tier for every report year (all tiers present, zeros included)."""
    counts: dict[int, dict[str, int]] = {
        year: dict.fromkeys(TIER_ORDER, 0)
        for year in Report.objects.order_by("year").values_list("year", flat=True)
    }
    rows = (
        placements.order_by()
        .values("report__year", "tier")
        .annotate(n=Count("pk"))
        .values_list("report__year", "tier", "n")
    )
    for year, tier, n in rows:
        counts.setdefault(year, dict.fromkeys(TIER_ORDER, 0))[tier] = n
    return dict(sorted(counts.items()))


def gap_counts_by_year(countries: list[Country] | None) -> dict[int, int]:
    """Coverage gaps per report year, for these countries (None: all countries)."""
    gaps = CoverageGap.objects.all()
    if countries is not None:
        gaps = gaps.filter(country__in=countries)
    rows = gaps.order_by().values("report__year").annotate(n=Count("pk"))
    return {row["report__year"]: row["n"] for row in rows}


def all_countries_scope() -> Scope:
    return Scope(
        "All countries",
        "all",
        "Every country and territory in our data.",
        list(Country.objects.order_by("name")),
    )


@dataclass(frozen=True)
class TierChange:
    country: Country
    from_tier: str | None
    to_tier: str | None
    change: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "iso3": self.country.iso3,
            "country": self.country.name,
            "from_tier": self.from_tier,
            "from_label": tier_label(self.from_tier),
            "to_tier": self.to_tier,
            "to_label": tier_label(self.to_tier),
            "change": self.change,
        }


@dataclass(frozen=True)
class ChangeSet:
    from_report: Report
    to_report: Report
    scope: Scope
    changes: list[TierChange]
    missing_from_data: list[Country]

    def counts(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for item in self.changes:
            totals[item.change] += 1
        return {key: totals[key] for key in ("up", "down", "new", "dropped")}


def changes_between(from_report: Report, to_report: Report, scope: Scope) -> ChangeSet:
    """Every country in the scope whose tier differs between the two reports.

    `change` is the rules engine's reading (`up`, `down`, `new`: nothing comparable before,
    including moves to or from a special case) plus `dropped`: rated in the first report, no
    placement in the second. A country that is a coverage gap in either year is listed in
    `missing_from_data` instead, since we cannot tell whether it moved.
    """
    countries = {country.pk: country for country in scope.countries}
    tiers: dict[int, dict[int, str]] = defaultdict(dict)
    rows = Placement.objects.filter(
        report__in=[from_report, to_report], country__in=list(countries)
    ).values_list("country_id", "report_id", "tier")
    for country_id, report_id, tier in rows:
        tiers[country_id][report_id] = tier
    gap_ids = set(
        CoverageGap.objects.filter(
            report__in=[from_report, to_report], country__in=list(countries)
        ).values_list("country_id", flat=True)
    )
    changes: list[TierChange] = []
    for pk, country in countries.items():
        if pk in gap_ids:
            continue
        before = tiers[pk].get(from_report.pk)
        after = tiers[pk].get(to_report.pk)
        if before == after:
            continue
        if after is None:
            kind = "dropped"
        else:
            kind = str(compare_tiers(Tier(before) if before else None, Tier(after)))
        changes.append(TierChange(country, before, after, kind))
    missing = [countries[pk] for pk in countries if pk in gap_ids]
    order = {"down": 0, "up": 1, "new": 2, "dropped": 3}
    changes.sort(key=lambda c: (order[c.change], c.country.name))
    return ChangeSet(from_report, to_report, scope, changes, sorted(missing, key=str))


CHANGE_LABELS = {
    str(Change.UP): "Upgraded",
    str(Change.DOWN): "Downgraded",
    str(Change.NEW): "Newly rated or from/to a special case",
    "dropped": "No longer rated",
}
