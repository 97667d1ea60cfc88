"""Turn validated filter values into the objects they name, or say which values exist.

The values come from the schemas in `params`; an unknown year, country, group, region, tier or
metric raises `InvalidParameterError` with the valid choices (status 404 where the value is
the resource itself, as in a URL path). Resolution reuses `tipwatch.tip.services.lookup`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import Bureau, Country, Group, Metric, Placement, Report, TierChoice
from ..models.placement import PlacementQuerySet
from ..rules import Tier
from ..services.lookup import UnknownChoiceError, find_group, find_region, find_report
from ..services.report_index import groups_in_order, reports_by_year
from .params import InvalidParameterError, PlacementQuery, check_year, read_query

if TYPE_CHECKING:
    from django.http import HttpRequest

TIER_VALUES: list[str] = [choice.value for choice in TierChoice]
PLACEMENT_FILTERS = ("year", "country", "group", "region", "tier")


def report_years() -> list[int]:
    return list(Report.objects.order_by("year").values_list("year", flat=True))


def group_slugs() -> list[str]:
    return list(Group.objects.order_by("slug").values_list("slug", flat=True))


def country_codes() -> list[str]:
    return list(Country.objects.order_by("iso3").values_list("iso3", flat=True))


def _not_found_code(status: int) -> str:
    return "not_found" if status == 404 else "invalid_filter"


def resolve_year(
    year: int | None,
    field: str = "year",
    *,
    status: int = 400,
    request: HttpRequest | None = None,
) -> Report | None:
    """The report of that publication year. Unknown years list the valid ones.

    With the request, a known year is found in the reports index of its data version
    (`services.report_index`) instead of with a query of its own."""
    if year is None:
        return None
    check_year(year, field)
    if request is not None:
        known = reports_by_year(request).get(year)
        if known is not None:
            return known
    try:
        return find_report(year)
    except UnknownChoiceError as error:
        raise InvalidParameterError(
            field, str(error), allowed=report_years(), status=status, code=_not_found_code(status)
        ) from None


def resolve_country(
    code: str | None, field: str = "country", *, status: int = 400
) -> Country | None:
    """A country by ISO3 code, in any case (`per`, `PER`)."""
    if code is None or not code.strip():
        return None
    country = Country.objects.filter(iso3=code.strip().upper()).first()
    if country is None:
        raise InvalidParameterError(
            field,
            f"unknown country {code!r}: use an ISO3 code such as PER",
            allowed=country_codes(),
            status=status,
            code=_not_found_code(status),
        )
    return country


def resolve_group(
    slug: str | None,
    field: str = "group",
    *,
    status: int = 400,
    request: HttpRequest | None = None,
) -> Group | None:
    """A group by slug; with the request, a known one from the data version's groups index."""
    if slug is None or not slug.strip():
        return None
    if request is not None:
        wanted = slug.strip().lower()
        known = next((g for g in groups_in_order(request) if g.slug == wanted), None)
        if known is not None:
            return known
    try:
        return find_group(slug)
    except UnknownChoiceError as error:
        raise InvalidParameterError(
            field, str(error), allowed=group_slugs(), status=status, code=_not_found_code(status)
        ) from None


def resolve_region(code: str | None, field: str = "region") -> str | None:
    """A State Department bureau code (AF, EAP, EUR, NEA, SCA, WHA)."""
    if code is None or not code.strip():
        return None
    try:
        return find_region(code)
    except UnknownChoiceError as error:
        raise InvalidParameterError(field, str(error), allowed=list(Bureau.values)) from None


def resolve_tier(text: str | None, field: str = "tier") -> str | None:
    """A tier: the stored values (1, 2, 2WL, 3, special_case) or a label the rules engine reads."""
    if text is None or not text.strip():
        return None
    try:
        return Tier.parse(text).value
    except ValueError:
        raise InvalidParameterError(
            field,
            f"unknown tier {text!r}: use one of {', '.join(TIER_VALUES)}",
            allowed=TIER_VALUES,
        ) from None


def resolve_metric(text: str | None, field: str = "metric") -> str | None:
    if text is None or not text.strip():
        return None
    if text not in Metric.values:
        raise InvalidParameterError(field, f"unknown metric {text!r}", allowed=list(Metric.values))
    return text


def resolve_scope_choice(
    group: str | None, region: str | None, request: HttpRequest | None = None
) -> tuple[Group | None, str | None]:
    """A group or a region (not both), as the comparison page and the changes list take them."""
    found_group = resolve_group(group, request=request)
    found_region = resolve_region(region)
    if found_group is not None and found_region is not None:
        raise InvalidParameterError(
            "region", "choose either a group or a region, not both", code="conflicting_filters"
        )
    return found_group, found_region


@dataclass(frozen=True)
class PlacementFilters:
    """The filters of the placements list, download and API, already resolved."""

    report: Report | None = None
    country: Country | None = None
    group: Group | None = None
    region: str | None = None
    tier: str | None = None
    raw: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_query(
        cls, query: PlacementQuery, request: HttpRequest | None = None
    ) -> PlacementFilters:
        report = resolve_year(query.year, request=request)
        country = resolve_country(query.country)
        group = resolve_group(query.group, request=request)
        region = resolve_region(query.region)
        tier = resolve_tier(query.tier)
        raw = {
            "year": str(report.year) if report else "",
            "country": country.iso3 if country else "",
            "group": group.slug if group else "",
            "region": region or "",
            "tier": tier or "",
        }
        return cls(report, country, group, region, tier, {k: v for k, v in raw.items() if v})

    @classmethod
    def from_params(cls, params: Any, request: HttpRequest | None = None) -> PlacementFilters:
        """From a query string (`request.GET`): unknown names, values, then lookups."""
        return cls.from_query(read_query(PlacementQuery, params), request)

    def apply(self, queryset: PlacementQuerySet | None = None) -> PlacementQuerySet:
        placements = queryset if queryset is not None else Placement.objects.all()
        if self.report is not None:
            placements = placements.for_year(self.report.year)
        if self.country is not None:
            placements = placements.for_country(self.country.iso3)
        if self.group is not None:
            placements = placements.in_group(self.group.slug)
        if self.region is not None:
            placements = placements.in_region(self.region)
        if self.tier is not None:
            placements = placements.with_tier(self.tier)
        return placements

    @property
    def is_empty(self) -> bool:
        return not self.raw

    def describe(self) -> str:
        parts = []
        if self.report is not None:
            parts.append(f"the {self.report.year_label} report")
        if self.country is not None:
            parts.append(self.country.name)
        if self.group is not None:
            parts.append(self.group.name)
        if self.region is not None:
            parts.append(f"the {self.region} bureau")
        if self.tier is not None:
            parts.append(Tier(self.tier).label)
        return ", ".join(parts) if parts else "all placements"

    def slug(self) -> str:
        """A file-name fragment, e.g. `2015-latin-america-2WL`."""
        return "-".join(self.raw[name] for name in PLACEMENT_FILTERS if name in self.raw)
