"""Gather what a briefing says about one country in one report, before any wording.

Everything here comes from the tip services (comparison, history) and the rules engine; the
wording modules only turn these facts into sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tipwatch.tip.models import Country, CoverageGap, Group, Placement, Report, SourceKind
from tipwatch.tip.rules import FlagCode, RuleFlag, Tier
from tipwatch.tip.rules.history import HistoryEntry
from tipwatch.tip.services.reading import (
    Comparison,
    CountryHistory,
    Scope,
    TierMove,
    compare,
    country_histories,
    tiers_of,
)

from .sources import Narrative, Statistic


class BriefingError(ValueError):
    """The briefing cannot be written for what was asked: one line saying why."""


# Flags about the year itself, which make the "nth consecutive year" flag redundant for a member.
_YEAR_FLAGS = {
    FlagCode.WAIVER_USED,
    FlagCode.AUTOMATIC_DOWNGRADE,
    FlagCode.DOWNGRADE_WITHOUT_WAIVER,
    FlagCode.WATCH_LIST_NOT_PERMITTED,
}
# How far back a gap in our data can hide part of a Watch List run that matters for a flag.
_RULE_LOOKBACK = 4


@dataclass(frozen=True)
class FlagFact:
    country: Country
    flag: RuleFlag
    tiers: dict[int, Tier]


@dataclass
class BriefingFacts:
    country: Country
    report: Report
    group: Group
    comparison: Comparison
    history: CountryHistory
    placement: Placement
    entry: HistoryEntry
    previous_placement: Placement | None
    earlier_placements: int
    relative: dict[str, list[Country]]
    moves: list[TierMove]
    newly_rated: list[Country]
    returned: list[Country]
    unknown_before: list[Country]
    flags: list[FlagFact]
    flag_caveats: list[tuple[Country, list[int]]]
    year_gaps: list[Country]
    statistics: list[Statistic] = field(default_factory=list)
    narrative: Narrative | None = None

    @property
    def year(self) -> int:
        return self.report.year

    @property
    def tier(self) -> Tier:
        return Tier(self.placement.tier)

    @property
    def members(self) -> list[Country]:
        return self.comparison.scope.countries

    @property
    def previous_report(self) -> Report | None:
        return self.comparison.previous_report

    @property
    def narrative_first_page(self) -> int | None:
        if self.narrative is not None and self.narrative.first_page:
            return self.narrative.first_page
        if self.placement.page and self.placement.source_kind in (
            SourceKind.OFFICIAL,
            SourceKind.VERBATIM_COPY,
            SourceKind.REPORT_IMPORT,
        ):
            return self.placement.page
        return None


def gather(
    country: Country,
    report: Report,
    group: Group,
    statistics: list[Statistic],
    narrative: Narrative | None,
) -> BriefingFacts:
    scope = Scope.for_group(group)
    if country.iso3 not in {member.iso3 for member in scope.countries}:
        raise BriefingError(
            f"{country.name} is not a member of {group.name} ({group.slug}): "
            "choose a group it belongs to"
        )
    if not Placement.objects.filter(report=report).exists():
        raise BriefingError(f"our data holds no placements for the {report.year} report")

    comparison = compare(report, scope)
    histories = country_histories(scope.countries)
    history = histories[country.iso3]
    row = history.row_for(report.year)
    if row is None:
        gap = CoverageGap.objects.filter(report=report, country=country).first()
        if gap is not None:
            raise BriefingError(
                f"our data for {report.year} is partial and holds no placement for "
                f"{country.name}: {gap.reason or 'see coverage gaps'}"
            )
        raise BriefingError(f"the {report.year} report does not rate {country.name}")

    entry = row.entry
    previous_placement = None
    if entry.previous_year is not None:
        previous_row = history.row_for(entry.previous_year)
        previous_placement = previous_row.placement if previous_row else None
    earlier = sum(1 for r in history.rows if r.placement.report.year < report.year)

    moved = {move.country.iso3 for move in comparison.moves()}
    newly_rated: list[Country] = []
    returned: list[Country] = []
    unknown_before: list[Country] = []
    previous = comparison.previous_report
    if previous is not None:
        for placement in comparison.rated:
            member = placement.country
            if member.iso3 in moved or member.iso3 in comparison.previous_placements:
                continue
            member_history = histories[member.iso3]
            if previous.year in member_history.unknown_years:
                unknown_before.append(member)
            elif any(r.placement.report.year < previous.year for r in member_history.rows):
                returned.append(member)
            else:
                newly_rated.append(member)

    flags, caveats = _rule_flags(country, scope.countries, histories, report.year)
    year_gaps = [
        gap.country
        for gap in CoverageGap.objects.filter(report=report)
        .select_related("country")
        .order_by("country__name")
    ]
    return BriefingFacts(
        country=country,
        report=report,
        group=group,
        comparison=comparison,
        history=history,
        placement=row.placement,
        entry=entry,
        previous_placement=previous_placement,
        earlier_placements=earlier,
        relative=comparison.relative_to(country),
        moves=comparison.moves(),
        newly_rated=newly_rated,
        returned=returned,
        unknown_before=unknown_before,
        flags=flags,
        flag_caveats=caveats,
        year_gaps=year_gaps,
        statistics=statistics,
        narrative=narrative,
    )


def _rule_flags(
    country: Country,
    members: list[Country],
    histories: dict[str, CountryHistory],
    year: int,
) -> tuple[list[FlagFact], list[tuple[Country, list[int]]]]:
    """The country's flags for the year, then each other member's, by name.

    For members, the "nth consecutive year" flag is left out when a waiver or downgrade flag
    for the same year already says it. Members on the Watch List or Tier 3 whose recent years
    are missing from our data get a caveat: a gap can hide part of a run.
    """
    facts: list[FlagFact] = []
    caveats: list[tuple[Country, list[int]]] = []
    ordered = [country, *[m for m in members if m.iso3 != country.iso3]]
    for member in ordered:
        history = histories[member.iso3]
        tiers = tiers_of(history)
        year_flags = history.flags_for_year(year)
        codes = {flag.code for flag in year_flags}
        for flag in year_flags:
            if (
                member.iso3 != country.iso3
                and flag.code.endswith("_consecutive_watch_list_year")
                and codes & _YEAR_FLAGS
            ):
                continue
            facts.append(FlagFact(member, flag, tiers))
        tier = tiers.get(year)
        if tier in (Tier.WATCH_LIST, Tier.TIER_3):
            recent = [y for y in history.unknown_years if year - _RULE_LOOKBACK <= y < year]
            if recent:
                caveats.append((member, recent))
    return facts, caveats
