"""Tier moves: one shape for a country's change between two reports, however it is found.

A move is read by the rules engine (`up`, `down`, `new`: nothing comparable before, which
includes moves to or from a special case) plus `dropped`: rated in the first report, with no
placement in the second. The report pages and the API split a list of moves the same way
(`MoveSplit`); `changes_between` finds the moves between any two reports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from ..models import Country, CoverageGap, Placement, Report
from ..names import SPANISH, country_name, tier_name
from ..rules import Change, Tier
from ..rules import compare as compare_tiers
from .scope import Scope

DROPPED = "dropped"
CHANGE_KINDS = (str(Change.UP), str(Change.DOWN), str(Change.NEW), DROPPED)
CHANGE_LABELS = {
    str(Change.UP): _("Upgraded"),
    str(Change.DOWN): _("Downgraded"),
    str(Change.NEW): _("Newly rated or from/to a special case"),
    DROPPED: _("No longer rated"),
}


def tier_label(tier: str | None, language: str | None = None) -> str:
    """The tier's name in `language` or the active one; "Not rated" for no tier."""
    return tier_name(str(Tier(tier)) if tier else None, language)


@dataclass(frozen=True)
class TierMove:
    country: Country
    from_tier: str | None
    to_tier: str | None
    change: str

    @property
    def iso3(self) -> str:
        return self.country.iso3

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    @property
    def country_name_es(self) -> str:
        return country_name(self.country, SPANISH)

    @property
    def from_label_es(self) -> str:
        return tier_label(self.from_tier, SPANISH)

    @property
    def to_label_es(self) -> str:
        return tier_label(self.to_tier, SPANISH)

    @property
    def from_label(self) -> str:
        return tier_label(self.from_tier)

    @property
    def to_label(self) -> str:
        return tier_label(self.to_tier)

    def as_dict(self) -> dict[str, Any]:
        return {
            "iso3": self.iso3,
            "country": self.country_name,
            "from_tier": self.from_tier,
            "from_label": self.from_label,
            "to_tier": self.to_tier,
            "to_label": self.to_label,
            "change": self.change,
        }


def move_between(country: Country, before: str | None, after: str | None) -> TierMove:
    """The move from one tier (None: not rated) to another (None: no longer rated)."""
    if after is None:
        return TierMove(country, before, None, DROPPED)
    change = compare_tiers(Tier(before) if before else None, Tier(after))
    return TierMove(country, before, after, str(change))


@dataclass(frozen=True)
class MoveSplit:
    upgrades: list[TierMove]
    downgrades: list[TierMove]
    other_moves: list[TierMove]

    @classmethod
    def of(cls, moves: list[TierMove]) -> MoveSplit:
        return cls(
            [m for m in moves if m.change == Change.UP],
            [m for m in moves if m.change == Change.DOWN],
            [m for m in moves if m.change not in (Change.UP, Change.DOWN)],
        )

    def as_context(self) -> dict[str, list[TierMove]]:
        return {
            "upgrades": self.upgrades,
            "downgrades": self.downgrades,
            "other_moves": self.other_moves,
        }


@dataclass(frozen=True)
class ChangeSet:
    from_report: Report
    to_report: Report
    scope: Scope
    changes: list[TierMove]
    missing_from_data: list[Country]

    def counts(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for item in self.changes:
            totals[item.change] += 1
        return {key: totals[key] for key in CHANGE_KINDS}


def changes_between(from_report: Report, to_report: Report, scope: Scope) -> ChangeSet:
    """Every country in the scope whose tier differs between the two reports.

    A country that is a coverage gap in either year is listed in `missing_from_data` instead,
    since we cannot tell whether it moved.
    """
    countries = {country.pk: country for country in scope.countries}
    tiers: dict[int, dict[int, str]] = defaultdict(dict)
    placements = Placement.objects.filter(report__in=[from_report, to_report])
    gaps = CoverageGap.objects.filter(report__in=[from_report, to_report])
    if not scope.is_all:
        placements = placements.filter(country__in=list(countries))
        gaps = gaps.filter(country__in=list(countries))
    for country_id, report_id, tier in placements.values_list("country_id", "report_id", "tier"):
        tiers[country_id][report_id] = tier
    gap_ids = set(gaps.values_list("country_id", flat=True))
    changes: list[TierMove] = []
    for pk, country in countries.items():
        if pk in gap_ids:
            continue
        before = tiers[pk].get(from_report.pk)
        after = tiers[pk].get(to_report.pk)
        if before != after:
            changes.append(move_between(country, before, after))
    missing = [countries[pk] for pk in countries if pk in gap_ids]
    order = {"down": 0, "up": 1, "new": 2, DROPPED: 3}
    changes.sort(key=lambda c: (order[c.change], c.country.name))
    return ChangeSet(from_report, to_report, scope, changes, sorted(missing, key=str))
