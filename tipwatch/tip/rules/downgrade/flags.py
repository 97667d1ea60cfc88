"""Every rule flag of one country's history, year by year (`flags_for`)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from tipwatch.tip.rules.downgrade.constraint import Constraint, next_report_constraint
from tipwatch.tip.rules.downgrade.counting import raw_watch_list_streak, run_span, watch_list_streak
from tipwatch.tip.rules.downgrade.provisions import (
    PROVISION_DOWNGRADE,
    PROVISION_RETURN,
    PROVISION_WAIVER,
)
from tipwatch.tip.rules.downgrade.rule_flag import FlagCode, RuleFlag, consecutive_code
from tipwatch.tip.rules.messages import MessageCode
from tipwatch.tip.rules.regimes import F_SCOPE_FROM, MAX_WAIVERS, regime_for
from tipwatch.tip.rules.tiers import Tier


def _consecutive_flag(year: int, counted: int, raw: int) -> RuleFlag:
    return RuleFlag(
        code=consecutive_code(counted),
        report_year=year,
        provision=PROVISION_DOWNGRADE,
        message_code=MessageCode.CONSECUTIVE_YEAR,
        applies_to_year=year,
        count=counted,
        raw_count=raw,
        params={"year": year, "count": counted, "raw_count": raw, "at_least_missing": None},
    )


def _flags_for_year_itself(
    history: Mapping[int, Tier],
    year: int,
    here: Constraint,
    recorded: frozenset[int] | None,
) -> RuleFlag | None:
    """Flags about whether the placement in `year` fits the rule for `year`."""
    if here.watch_list_allowed:
        return None
    tier = history[year]
    span = {"year": year, **run_span(history, year), "waiver_limit": MAX_WAIVERS[here.regime]}
    if tier == Tier.WATCH_LIST and here.waiver_possible:
        number = here.waivers_used + 1
        implied = recorded is None or year not in recorded
        return RuleFlag(
            FlagCode.WAIVER_USED,
            year,
            PROVISION_WAIVER,
            MessageCode.WAIVER_USED,
            year,
            count=number,
            implied=implied,
            params={**span, "waiver_number": number, "implied": implied},
        )
    if tier == Tier.WATCH_LIST:
        returned = here.provision == PROVISION_RETURN
        return RuleFlag(
            FlagCode.WATCH_LIST_NOT_PERMITTED,
            year,
            here.provision,
            MessageCode.KEPT_AFTER_RETURN if returned else MessageCode.KEPT_WITHOUT_WAIVER,
            year,
            params=span,
        )
    if tier == Tier.TIER_3 and not here.waiver_possible:
        returned = here.provision == PROVISION_RETURN
        return RuleFlag(
            FlagCode.AUTOMATIC_DOWNGRADE,
            year,
            here.provision,
            (
                MessageCode.DOWNGRADED_AFTER_RETURN
                if returned
                else MessageCode.DOWNGRADED_NO_WAIVER_LEFT
            ),
            year,
            params=span,
        )
    if tier == Tier.TIER_3:
        return RuleFlag(
            FlagCode.DOWNGRADE_WITHOUT_WAIVER,
            year,
            here.provision,
            MessageCode.DOWNGRADED_NOT_WAIVED,
            year,
            params=span,
        )
    return None


def _forward_flag(history: Mapping[int, Tier], year: int, after: Constraint) -> RuleFlag | None:
    """Flags about what the rule requires of the report after `year` (on the Watch List)."""
    if after.watch_list_allowed:
        return None
    nxt = after.report_year
    params = {
        "year": year,
        "next_year": nxt,
        **run_span(history, nxt),
        "waiver_limit": MAX_WAIVERS[after.regime],
    }
    if after.provision == PROVISION_RETURN:
        return RuleFlag(
            FlagCode.RULE_F_APPLIES,
            year,
            PROVISION_RETURN,
            MessageCode.MUST_LEAVE_AFTER_RETURN,
            nxt,
            params=params,
        )
    if after.waiver_possible:
        return RuleFlag(
            FlagCode.WOULD_BE_DOWNGRADED,
            year,
            PROVISION_DOWNGRADE,
            MessageCode.NEEDS_WAIVER_NEXT,
            nxt,
            params={**params, "waiver_number": after.waivers_used + 1},
        )
    return RuleFlag(
        FlagCode.NO_WAIVER_LEFT,
        year,
        PROVISION_DOWNGRADE,
        MessageCode.NO_WAIVER_NEXT,
        nxt,
        params=params,
    )


def _unknown_flag(year: int, constraint: Constraint) -> RuleFlag:
    return RuleFlag(
        FlagCode.UNKNOWN,
        year,
        PROVISION_DOWNGRADE,
        constraint.message_code,
        constraint.report_year,
        missing_years=constraint.missing_years,
        params=constraint.params,
    )


def flags_for(
    history: Mapping[int, Tier],
    waivers: Collection[int] | None = None,
    *,
    f_scope_from: int = F_SCOPE_FROM,
    unknown_years: Collection[int] = (),
) -> list[RuleFlag]:
    """All rule flags for one country's history, ordered by report year.

    For each report year, in this order:

    1. `<ordinal>_consecutive_watch_list_year` when the year is at least the second counted
       (2009 or later) consecutive Watch List year;
    2. one of WAIVER_USED, WATCH_LIST_NOT_PERMITTED, AUTOMATIC_DOWNGRADE,
       DOWNGRADE_WITHOUT_WAIVER when the rule barred the Watch List in that year (2011 on);
    3. one of WOULD_BE_DOWNGRADED, NO_WAIVER_LEFT, RULE_F_APPLIES when the country is on the
       Watch List and the rule bars it from staying in the next report.

    Forward-looking flags are emitted for every year, not only the latest, since they also
    explain the following year. Years before 2001 raise ValueError.

    `unknown_years` are the years missing from our data. Where one of them decides what the
    rule allowed, steps 2 and 3 give an UNKNOWN flag naming them instead, and a consecutive-year
    count that a missing year may lengthen says "at least".
    """
    recorded = None if waivers is None else frozenset(waivers)
    flags: list[RuleFlag] = []
    for year in sorted(history):
        tier = history[year]
        regime = regime_for(year)
        on_watch_list = tier == Tier.WATCH_LIST

        if on_watch_list:
            counted = watch_list_streak(history, year + 1)
            if counted >= 2:
                raw = raw_watch_list_streak(history, year + 1)
                consecutive = _consecutive_flag(year, counted, raw)
                before_run = year - raw
                if before_run in unknown_years and before_run not in history:
                    consecutive = _at_least(consecutive, before_run)
                flags.append(consecutive)

        if regime.has_automatic_downgrade and tier in (Tier.WATCH_LIST, Tier.TIER_3):
            here = next_report_constraint(
                history, year, recorded, f_scope_from=f_scope_from, unknown_years=unknown_years
            )
            flag = (
                _unknown_flag(year, here)
                if not here.is_known
                else _flags_for_year_itself(history, year, here, recorded)
            )
            if flag is not None:
                flags.append(flag)

        if on_watch_list and regime_for(year + 1).has_automatic_downgrade:
            after = next_report_constraint(
                history, year + 1, recorded, f_scope_from=f_scope_from, unknown_years=unknown_years
            )
            flag = (
                _unknown_flag(year, after)
                if not after.is_known
                else _forward_flag(history, year, after)
            )
            if flag is not None:
                flags.append(flag)
    return flags


def _at_least(flag: RuleFlag, missing: int) -> RuleFlag:
    """A consecutive-year flag whose run may have begun in a year missing from our data."""
    return replace(
        flag, missing_years=(missing,), params={**flag.params, "at_least_missing": missing}
    )
