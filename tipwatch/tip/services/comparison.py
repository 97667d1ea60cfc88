"""How a set of countries stands in one report: counts per tier, who sits where, who moved.

`compare` reads what one scope needs; a reader comparing several scopes in the same reports
reads each report once (`ReportRows`) and cuts every scope's comparison from it
(`compare_rows`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import Country, CoverageGap, Placement, Report, TierChoice
from ..rules import Tier
from .moves import TierMove, move_between
from .report_index import previous_report
from .scope import Scope

if TYPE_CHECKING:
    from django.http import HttpRequest

TIER_ORDER = [choice.value for choice in TierChoice]


@dataclass
class Comparison:
    report: Report
    scope: Scope
    placements: dict[str, Placement]
    previous_report: Report | None
    previous_placements: dict[str, Placement]
    missing_from_data: list[Country] = field(default_factory=list)

    @property
    def year(self) -> int:
        return self.report.year

    @property
    def rated(self) -> list[Placement]:
        return sorted(self.placements.values(), key=lambda p: p.country.name)

    @property
    def not_rated(self) -> list[Country]:
        missing = {c.iso3 for c in self.missing_from_data}
        return [
            c
            for c in self.scope.countries
            if c.iso3 not in self.placements and c.iso3 not in missing
        ]

    @property
    def is_complete(self) -> bool:
        """True when every member's standing that year is known (rated, or known unrated)."""
        return not self.missing_from_data

    @property
    def size(self) -> int:
        return len(self.scope.countries)

    @property
    def known_count(self) -> int:
        """Members whose standing that year our data holds: "20 of 20" is complete."""
        return self.size - len(self.missing_from_data)

    def countries_at(self, tier: str) -> list[Country]:
        return [p.country for p in self.rated if p.tier == tier]

    def counts(self) -> dict[str, int]:
        return {tier: len(self.countries_at(tier)) for tier in TIER_ORDER}

    def tier_of(self, country: Country) -> str | None:
        placement = self.placements.get(country.iso3)
        return placement.tier if placement else None

    def relative_to(self, country: Country) -> dict[str, list[Country]]:
        """Members ranked above, alongside and below the country (special cases are neither)."""
        tier = self.tier_of(country)
        result: dict[str, list[Country]] = {"above": [], "same": [], "below": []}
        if tier is None or not Tier(tier).is_ranked:
            return result
        rank = Tier(tier).rank
        assert rank is not None
        for placement in self.rated:
            if placement.country.iso3 == country.iso3:
                continue
            other = Tier(placement.tier).rank
            if other is None:
                continue
            key = "above" if other < rank else "below" if other > rank else "same"
            result[key].append(placement.country)
        return result

    def moves(self) -> list[TierMove]:
        """Members rated in both reports whose tier differs from the previous report's."""
        result = []
        for placement in self.rated:
            before = self.previous_placements.get(placement.country.iso3)
            if before is None or before.tier == placement.tier:
                continue
            result.append(move_between(placement.country, before.tier, placement.tier))
        return result

    def as_dict(self, focus: Country | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "report_year": self.year,
            "partial_year": self.report.is_partial,
            "group": {
                "slug": self.scope.slug,
                "name": self.scope.label,
                "definition": self.scope.description,
                "members": [c.iso3 for c in self.scope.countries],
            },
            "counts": self.counts(),
            "tiers": {tier: [c.name for c in self.countries_at(tier)] for tier in TIER_ORDER},
            "not_rated": [c.name for c in self.not_rated],
            "missing_from_data": [c.name for c in self.missing_from_data],
            "previous_report_year": self.previous_report.year if self.previous_report else None,
            "moves": [move.as_dict() for move in self.moves()],
        }
        if focus is not None:
            relative = self.relative_to(focus)
            data["country"] = {
                "iso3": focus.iso3,
                "name": focus.name,
                "tier": self.tier_of(focus),
                **{key: [c.name for c in value] for key, value in relative.items()},
            }
        return data


def compare(
    report: Report,
    scope: Scope,
    *,
    with_previous: bool = True,
    request: HttpRequest | None = None,
) -> Comparison:
    """How the scope stands in the report; `with_previous=False` skips the moves (two queries).
    Given the request, the previous report comes from the reports index of the data version the
    request has read, without a query."""
    if not with_previous:
        previous = None
    elif request is not None:
        previous = previous_report(report.year, request)
    else:
        previous = Report.objects.filter(year__lt=report.year).order_by("-year").first()
    placements = _placements(report, scope)
    previous_placements = _placements(previous, scope) if previous else {}
    gaps = CoverageGap.objects.filter(report=report)
    if not scope.is_all:
        gaps = gaps.filter(country__in=scope.countries)
    gap_ids = set(gaps.values_list("country_id", flat=True))
    missing = [c for c in scope.countries if c.pk in gap_ids]
    return Comparison(report, scope, placements, previous, previous_placements, missing)


@dataclass(frozen=True)
class ReportRows:
    """One report's placements (each with its country and the report attached) and the
    countries in one of its coverage gaps: read once, in two queries, to compare any number
    of scopes in that report (`compare_rows`)."""

    report: Report
    placements: dict[int, Placement]  # by country id, in the table's order
    gap_ids: frozenset[int]  # the ids of the countries in a coverage gap

    @classmethod
    def read(cls, report: Report, countries: Mapping[int, Country]) -> ReportRows:
        """`countries` maps every country's id to the object its placement is given."""
        placements = {}
        for placement in Placement.objects.filter(report=report):
            placement.country = countries[placement.country_id]
            placement.report = report
            placements[placement.country_id] = placement
        gaps = CoverageGap.objects.filter(report=report).values_list("country_id", flat=True)
        return cls(report, placements, frozenset(gaps))

    def of(self, scope: Scope) -> dict[str, Placement]:
        """The scope's placements, by ISO3 code, in the table's order."""
        members = {country.pk for country in scope.countries}
        return {
            placement.country.iso3: placement
            for country_id, placement in self.placements.items()
            if country_id in members
        }


def compare_rows(rows: ReportRows, scope: Scope, previous: ReportRows | None) -> Comparison:
    """What `compare` says of the scope, cut from reports already read, with no query.
    `previous` is the rows of the report before (`compare`'s previous report), or None: no
    report came before, or the moves are not wanted (`with_previous=False`)."""
    return Comparison(
        rows.report,
        scope,
        rows.of(scope),
        previous.report if previous is not None else None,
        previous.of(scope) if previous is not None else {},
        [c for c in scope.countries if c.pk in rows.gap_ids],
    )


def _placements(report: Report, scope: Scope) -> dict[str, Placement]:
    """The scope's placements in the report, with the scope's own country objects attached."""
    members = {country.pk: country for country in scope.countries}
    rows = Placement.objects.filter(report=report)
    if not scope.is_all:
        rows = rows.filter(country__in=list(members))
    result = {}
    for placement in rows:
        country = members.get(placement.country_id)
        if country is None:
            continue
        placement.country = country
        placement.report = report
        result[country.iso3] = placement
    return result
