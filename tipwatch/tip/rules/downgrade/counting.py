"""Counting a Watch List run: its length (counted from 2009, or not), the waivers it has used,
and whether rule (F) bars the Watch List after a return from Tier 3."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from tipwatch.tip.rules.regimes import F_SCOPE_FROM, FIRST_COUNTED_YEAR, regime_for
from tipwatch.tip.rules.tiers import Tier


def _run_before(history: Mapping[int, Tier], year: int, floor: int | None) -> int:
    count = 0
    probe = year - 1
    while (floor is None or probe >= floor) and history.get(probe) == Tier.WATCH_LIST:
        count += 1
        probe -= 1
    return count


def watch_list_streak(history: Mapping[int, Tier], year: int) -> int:
    """Consecutive Watch List years immediately before `year`, counting only 2009 and later.

    This is the count the downgrade rule uses. Pass `year + 1` to get the run ending in `year`.
    """
    return _run_before(history, year, FIRST_COUNTED_YEAR)


def raw_watch_list_streak(history: Mapping[int, Tier], year: int) -> int:
    """Consecutive Watch List years immediately before `year`, with no 2009 cut-off."""
    return _run_before(history, year, None)


def waivers_used(
    history: Mapping[int, Tier], year: int, waivers: Collection[int] | None = None
) -> int:
    """Waivers already used by the run of Watch List years immediately before `year`.

    `waivers` holds the report years in which a (D)(ii) waiver kept the country on the Watch
    List. None means unknown: the count is then implied by the run length.
    """
    streak = watch_list_streak(history, year)
    implied = max(0, streak - 2)
    if waivers is None:
        return implied
    recorded = sum(1 for w in set(waivers) if year - streak <= w <= year - 1)
    return max(implied, recorded)


def rule_f_trigger(
    history: Mapping[int, Tier], year: int, f_scope_from: int
) -> tuple[int, int] | None:
    """(year moved to Tier 3, year back on the Watch List) if rule (F) bars the list in `year`."""
    if not regime_for(year).has_rule_f or history.get(year - 1) != Tier.WATCH_LIST:
        return None
    return_year = year - 1
    while history.get(return_year - 1) == Tier.WATCH_LIST:
        return_year -= 1
    downgrade_year = return_year - 1
    if history.get(downgrade_year) != Tier.TIER_3:
        return None
    while history.get(downgrade_year - 1) == Tier.TIER_3:
        downgrade_year -= 1
    if downgrade_year < f_scope_from or watch_list_streak(history, downgrade_year) < 2:
        return None
    return downgrade_year, return_year


def rule_f_applies(
    history: Mapping[int, Tier], year: int, *, f_scope_from: int = F_SCOPE_FROM
) -> bool:
    """True when rule (F) forbids a Watch List placement in the report of `year`.

    That is: `year` is 2019 or later; the country is on the Watch List in `year - 1` as part of
    a run that began straight after a block of Tier 3 years; that Tier 3 block began in
    `f_scope_from` or later; and it followed at least two counted Watch List years. A return via
    Tier 2 or Tier 1 does not trigger it.
    """
    return rule_f_trigger(history, year, f_scope_from) is not None


def run_span(history: Mapping[int, Tier], year: int) -> dict[str, object]:
    """The parameters describing the Watch List run just before `year`."""
    return {
        "span_year": year,
        "streak": watch_list_streak(history, year),
        "raw_streak": raw_watch_list_streak(history, year),
    }
