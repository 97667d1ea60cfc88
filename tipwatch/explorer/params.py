"""Reading the public filters (year, country, group, region, tier) from a query string.

One place for the explorer pages, the downloads and the API, so that every caller accepts the
same values and a bad one fails the same way: `InvalidParameterError` names the field, the value
and the valid choices. Resolution reuses `tipwatch.tip.services.lookup`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tipwatch.tip.models import Bureau, Country, Group, Placement, Report, TierChoice
from tipwatch.tip.models.placement import PlacementQuerySet
from tipwatch.tip.rules import Tier
from tipwatch.tip.services.lookup import UnknownChoiceError, find_group, find_region, find_report

TIER_VALUES: list[str] = [choice.value for choice in TierChoice]
PLACEMENT_FILTERS = ("year", "country", "group", "region", "tier")


class InvalidParameterError(ValueError):
    """A query value we cannot use (HTTP 400), or a resource that does not exist (HTTP 404)."""

    def __init__(
        self,
        field: str,
        message: str,
        *,
        allowed: Iterable[Any] | None = None,
        status: int = 400,
        code: str = "invalid_filter",
    ) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.allowed = list(allowed) if allowed is not None else None
        self.status = status
        self.code = code

    def as_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"status": self.status, "code": self.code, "message": self.message}
        if self.field:
            error["field"] = self.field
        if self.allowed is not None:
            error["allowed"] = self.allowed
        return {"error": error}


def report_years() -> list[int]:
    return list(Report.objects.order_by("year").values_list("year", flat=True))


def group_slugs() -> list[str]:
    return list(Group.objects.order_by("slug").values_list("slug", flat=True))


def country_codes() -> list[str]:
    return list(Country.objects.order_by("iso3").values_list("iso3", flat=True))


def _blank(raw: str | None) -> bool:
    return raw is None or not str(raw).strip()


def check_known(params: Mapping[str, Any], known: Iterable[str]) -> None:
    """Refuse parameters we do not understand, so a typo (`teir=3`) is not silently ignored."""
    allowed = sorted(set(known))
    for name in params:
        if name not in allowed:
            raise InvalidParameterError(
                name,
                f"unknown parameter {name!r}: use {', '.join(allowed) or 'none'}",
                allowed=allowed,
                code="unknown_parameter",
            )


def parse_int(raw: str | int | None, field: str) -> int | None:
    if raw is None or isinstance(raw, int):
        return raw
    if _blank(raw):
        return None
    try:
        return int(str(raw).strip())
    except ValueError:
        raise InvalidParameterError(field, f"{field} {raw!r} is not a whole number") from None


def parse_year(raw: str | int | None, field: str = "year", *, status: int = 400) -> Report | None:
    """The report of that publication year. Unknown years list the valid ones."""
    try:
        year = parse_int(raw, field)
    except InvalidParameterError as error:
        error.allowed = report_years()
        raise
    if year is None:
        return None
    try:
        return find_report(year)
    except UnknownChoiceError as error:
        code = "not_found" if status == 404 else "invalid_filter"
        raise InvalidParameterError(
            field, str(error), allowed=report_years(), status=status, code=code
        ) from None


def parse_country(raw: str | None, field: str = "country", *, status: int = 400) -> Country | None:
    """A country by ISO3 code, in any case (`per`, `PER`)."""
    if raw is None or _blank(raw):
        return None
    code = raw.strip().upper()
    country = Country.objects.filter(iso3=code).first()
    if country is None:
        raise InvalidParameterError(
            field,
            f"unknown country {raw!r}: use an ISO3 code such as PER",
            allowed=country_codes(),
            status=status,
            code="not_found" if status == 404 else "invalid_filter",
        )
    return country


def parse_group(raw: str | None, field: str = "group", *, status: int = 400) -> Group | None:
    if raw is None or _blank(raw):
        return None
    try:
        return find_group(raw)
    except UnknownChoiceError as error:
        raise InvalidParameterError(
            field,
            str(error),
            allowed=group_slugs(),
            status=status,
            code="not_found" if status == 404 else "invalid_filter",
        ) from None


def parse_region(raw: str | None, field: str = "region") -> str | None:
    """A State Department bureau code (AF, EAP, EUR, NEA, SCA, WHA)."""
    if raw is None or _blank(raw):
        return None
    try:
        return find_region(raw)
    except UnknownChoiceError as error:
        raise InvalidParameterError(field, str(error), allowed=list(Bureau.values)) from None


def parse_tier(raw: str | None, field: str = "tier") -> str | None:
    """A tier: the stored values (1, 2, 2WL, 3, special_case) or a label the rules engine reads."""
    if raw is None or _blank(raw):
        return None
    try:
        return Tier.parse(raw).value
    except ValueError:
        raise InvalidParameterError(
            field,
            f"unknown tier {raw!r}: use one of {', '.join(TIER_VALUES)}",
            allowed=TIER_VALUES,
        ) from None


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
    def from_params(cls, params: Mapping[str, Any], *, strict: bool = True) -> PlacementFilters:
        if strict:
            check_known(params, PLACEMENT_FILTERS)
        report = parse_year(params.get("year"))
        country = parse_country(params.get("country"))
        group = parse_group(params.get("group"))
        region = parse_region(params.get("region"))
        tier = parse_tier(params.get("tier"))
        raw = {
            "year": str(report.year) if report else "",
            "country": country.iso3 if country else "",
            "group": group.slug if group else "",
            "region": region or "",
            "tier": tier or "",
        }
        return cls(report, country, group, region, tier, {k: v for k, v in raw.items() if v})

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
