"""The Watch List automatic-downgrade rule, 22 U.S.C. 7107(b)(2)(D) and (F), by report year.

How the rule is applied here (our reading; see docs/tvpa-rules.md):

* Only placements on the Watch List ("2WL") count. Countries on the wider "special watch list"
  because they were upgraded are not counted, following State Department practice.
* A run is a series of consecutive report years on the Watch List. Any other placement, a
  special case, or a year without a placement ends it, and a new run starts with a fresh
  waiver allowance. A year that is merely missing from our data (`unknown_years`) could hide
  a longer run: where filling it in could change what the rule allows, the answer is
  "unknown" with the missing years, never a guess (see `Constraint.missing_years` and
  `FlagCode.UNKNOWN`).
* Only Watch List years from the 2009 report on are counted, so 2011 is the first report the
  rule can constrain.
* After two counted years in a row, the next report must move the country to Tier 3 unless it
  is upgraded or a waiver keeps it on the Watch List. Each extra year needs its own waiver:
  two per run for reports 2011-2018, one per run from 2019. The limit for a report follows
  that report's year, and waivers granted before 2019 count (so a country on the Watch List
  2016-2018 with a 2018 waiver could not be waived again in 2019).
* Rule (F), from the 2019 report on: a country whose Watch List run ended on Tier 3 and which
  then comes straight back to the Watch List may stay only one year; no waiver is possible.
  Only Tier 3 placements from `F_SCOPE_FROM` (2019) on trigger it, matching State's practice.
* Nothing here limits upgrades: the rule only says when a country may not stay on the Watch
  List.

When the waiver record is not supplied (`waivers=None`), every Watch List year beyond the
first two counted years of a run is taken to have been waived (used = max(0, streak - 2)).
When it is supplied, the larger of the recorded and the implied count is used, because a
country that stayed must have been waived even if our waiver list misses it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Final

from tipwatch.core.number_words import ordinal
from tipwatch.tip.rules.messages import MessageCode
from tipwatch.tip.rules.regimes import (
    F_SCOPE_FROM,
    FIRST_COUNTED_YEAR,
    FIRST_ENFORCEABLE_YEAR,
    MAX_WAIVERS,
    Regime,
    regime_for,
)
from tipwatch.tip.rules.tiers import Tier

__all__ = [
    "FIRST_COUNTED_YEAR",
    "FIRST_ENFORCEABLE_YEAR",
    "F_SCOPE_FROM",
    "MAX_WAIVERS",
    "PROVISION_DOWNGRADE",
    "PROVISION_RETURN",
    "PROVISION_WAIVER",
    "Constraint",
    "FlagCode",
    "MessageCode",
    "Regime",
    "RuleFlag",
    "consecutive_code",
    "flags_for",
    "next_report_constraint",
    "raw_watch_list_streak",
    "regime_for",
    "rule_f_applies",
    "waivers_used",
    "watch_list_streak",
]

PROVISION_DOWNGRADE: Final[str] = "(b)(2)(D)(i)"
PROVISION_WAIVER: Final[str] = "(b)(2)(D)(ii)"
PROVISION_RETURN: Final[str] = "(b)(2)(F)"


# --- counting -------------------------------------------------------------------------------


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


def _rule_f_trigger(
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
    return _rule_f_trigger(history, year, f_scope_from) is not None


# --- the constraint on one report -----------------------------------------------------------


Params = Mapping[str, object]


def _span(history: Mapping[int, Tier], year: int) -> dict[str, object]:
    """The parameters describing the Watch List run just before `year`."""
    return {
        "span_year": year,
        "streak": watch_list_streak(history, year),
        "raw_streak": raw_watch_list_streak(history, year),
    }


@dataclass(frozen=True, slots=True)
class Constraint:
    """What the rule allows for one country in the report of `report_year`.

    `watch_list_allowed` is False when the country may not be placed (or stay) on the Watch
    List. `waiver_possible` is then True when a (D)(ii) waiver could still keep it there; it is
    always False when the Watch List is allowed anyway. `provision` names the paragraph of
    22 U.S.C. 7107 behind a bar: PROVISION_DOWNGRADE, PROVISION_RETURN, or None. `streak` and
    `waivers_used` describe the run of Watch List years just before `report_year`.
    Tier 1, Tier 2 and Tier 3 are always allowed.

    `missing_years` is not empty when the answer depends on years missing from our data: the
    message then says the answer is unknown and why, and the other fields describe the data
    as recorded (the missing years taken as not on the Watch List); `is_known` is False.

    `message_code` and `params` say which explanation applies; `tipwatch.tip.rule_text` words
    it in a language (`explanation` and `render` call it, so they need Django's settings).
    """

    report_year: int
    regime: Regime
    watch_list_allowed: bool
    waiver_possible: bool
    provision: str | None
    message_code: MessageCode
    streak: int = 0
    waivers_used: int = 0
    missing_years: tuple[int, ...] = ()
    params: Params = field(default_factory=dict)

    @property
    def is_known(self) -> bool:
        return not self.missing_years

    @property
    def explanation(self) -> str:
        """The explanation in the active language, referring to "the country"."""
        return self.render(None)

    def render(self, country_name: str | None = None) -> str:
        """The explanation in the active language, with the country's name."""
        from tipwatch.tip.rule_text import message_text  # the wording needs Django's gettext

        return message_text(self.message_code, self.params, country_name)


# At most this many missing years are tried both ways; beyond it the answer is unknown anyway.
_MAX_FILLED: Final[int] = 6
_FILLINGS: Final[tuple[Tier, ...]] = (Tier.WATCH_LIST, Tier.TIER_2, Tier.TIER_3)


def next_report_constraint(
    history: Mapping[int, Tier],
    year: int,
    waivers: Collection[int] | None = None,
    *,
    f_scope_from: int = F_SCOPE_FROM,
    unknown_years: Collection[int] = (),
) -> Constraint:
    """The rule's constraint on the report of `year`, given the placements before it.

    Only years before `year` are read, so the answer does not depend on what the report of
    `year` actually did. Typical use: `next_report_constraint(history, latest_year + 1)`.

    `unknown_years` are years our data lacks for this country. Those the rule could reach
    (joined to `year` by Watch List or Tier 3 years) are tried as Watch List, Tier 2 and
    Tier 3 placements; when the answers differ, the constraint is unknown and names them.
    """
    known = _constraint(history, year, waivers, f_scope_from)
    if not known.regime.has_automatic_downgrade:
        return known
    reachable = _reachable_unknown_years(history, year, unknown_years)
    if not reachable:
        return known
    outcomes = {_outcome(known)}
    for filled in _fillings(history, reachable):
        outcomes.add(_outcome(_constraint(filled, year, waivers, f_scope_from)))
        if len(outcomes) > 1 and len(reachable) <= _MAX_FILLED:
            break
    if len(outcomes) == 1 and len(reachable) <= _MAX_FILLED:
        return known
    missing = tuple(sorted(reachable))
    return replace(
        known,
        missing_years=missing,
        message_code=MessageCode.UNKNOWN_MISSING_YEARS,
        params={"year": year, "missing_years": missing},
    )


def _reachable_unknown_years(
    history: Mapping[int, Tier], year: int, unknown_years: Collection[int]
) -> list[int]:
    """Missing years the rule for `year` can see: a run of Watch List, Tier 3 and missing
    years ending in `year - 1` and starting no earlier than the first counted year."""
    unknown = set(unknown_years) - history.keys()
    found = []
    probe = year - 1
    while probe >= FIRST_COUNTED_YEAR:
        if probe in unknown:
            found.append(probe)
        elif history.get(probe) not in (Tier.WATCH_LIST, Tier.TIER_3):
            break
        probe -= 1
    return found


def _fillings(history: Mapping[int, Tier], years: list[int]) -> list[dict[int, Tier]]:
    tried = years[:_MAX_FILLED]
    result: list[dict[int, Tier]] = [dict(history)]
    for year in tried:
        result = [{**partial, year: tier} for partial in result for tier in _FILLINGS]
    return result


def _outcome(constraint: Constraint) -> tuple[bool, bool, str | None]:
    return constraint.watch_list_allowed, constraint.waiver_possible, constraint.provision


def _constraint(
    history: Mapping[int, Tier],
    year: int,
    waivers: Collection[int] | None,
    f_scope_from: int,
) -> Constraint:
    """The constraint on the report of `year` from the placements as given."""
    regime = regime_for(year)
    if regime is Regime.V0:
        return Constraint(
            year,
            regime,
            watch_list_allowed=False,
            waiver_possible=False,
            provision=None,
            message_code=MessageCode.PREDATES_WATCH_LIST,
            params={"year": year},
        )
    if regime is Regime.V1:
        return Constraint(
            year,
            regime,
            watch_list_allowed=True,
            waiver_possible=False,
            provision=None,
            message_code=MessageCode.NO_CONSECUTIVE_LIMIT,
            params={"year": year},
            streak=watch_list_streak(history, year),
        )

    streak = watch_list_streak(history, year)
    used = waivers_used(history, year, waivers)
    trigger = _rule_f_trigger(history, year, f_scope_from)
    if trigger is not None:
        downgrade_year, return_year = trigger
        return Constraint(
            year,
            regime,
            watch_list_allowed=False,
            waiver_possible=False,
            provision=PROVISION_RETURN,
            message_code=MessageCode.RETURN_BARRED,
            params={"year": year, "downgrade_year": downgrade_year, "return_year": return_year},
            streak=streak,
            waivers_used=used,
        )
    if streak < 2:
        return Constraint(
            year,
            regime,
            watch_list_allowed=True,
            waiver_possible=False,
            provision=None,
            message_code=(
                MessageCode.ALLOWED_NOT_ON_WATCH_LIST
                if streak == 0
                else MessageCode.ALLOWED_FIRST_YEAR
            ),
            params={"year": year},
            streak=streak,
            waivers_used=used,
        )

    limit = MAX_WAIVERS[regime]
    params = {"year": year, **_span(history, year), "waivers_used": used, "waiver_limit": limit}
    return Constraint(
        year,
        regime,
        watch_list_allowed=False,
        waiver_possible=used < limit,
        provision=PROVISION_DOWNGRADE,
        message_code=(
            MessageCode.MUST_LEAVE_UNLESS_WAIVED
            if used < limit
            else MessageCode.MUST_LEAVE_NO_WAIVER_LEFT
        ),
        streak=streak,
        waivers_used=used,
        params=params,
    )


# --- per-year flags -------------------------------------------------------------------------


class FlagCode(StrEnum):
    """Stable codes of the rule flags (besides the "<ordinal>_consecutive_..." family).

    * WAIVER_USED: on the Watch List in a year the rule required a downgrade, so a waiver was
      granted (recorded, or implied by the rankings).
    * WOULD_BE_DOWNGRADED: on the Watch List this year; staying next year needs a waiver.
    * NO_WAIVER_LEFT: on the Watch List this year; next year it must leave (Tier 3 unless
      upgraded) because the run's waivers are used up.
    * RULE_F_APPLIES: back on the Watch List after a downgrade; rule (F) forces it off next year.
    * AUTOMATIC_DOWNGRADE: on Tier 3 in a year the Watch List was barred with no waiver left
      (or barred by rule (F)): the downgrade was mandatory.
    * DOWNGRADE_WITHOUT_WAIVER: on Tier 3 in a year the Watch List was barred but a waiver was
      still available and not granted.
    * WATCH_LIST_NOT_PERMITTED: on the Watch List in a year the rule did not allow it and no
      waiver could help; points to a data error or an exception we do not model.
    * UNKNOWN: what the rule allowed in `applies_to_year` depends on years missing from our
      data (`missing_years`), so no other flag is given for it.
    """

    WAIVER_USED = "waiver_used"
    WOULD_BE_DOWNGRADED = "would_be_downgraded_next_year_unless_waived"
    NO_WAIVER_LEFT = "no_waiver_left"
    RULE_F_APPLIES = "rule_f_applies"
    AUTOMATIC_DOWNGRADE = "automatic_downgrade"
    DOWNGRADE_WITHOUT_WAIVER = "downgrade_without_waiver"
    WATCH_LIST_NOT_PERMITTED = "watch_list_not_permitted"
    UNKNOWN = "unknown_missing_years"


def consecutive_code(count: int) -> str:
    """Flag code for the `count`-th counted consecutive Watch List year, e.g. "third_..."."""
    return f"{ordinal(count, 'en')}_consecutive_watch_list_year"


@dataclass(frozen=True, slots=True)
class RuleFlag:
    """One observation about one report year of a country's history.

    `applies_to_year` is the report the flag is about: `report_year` itself, or the next one
    for forward-looking flags (WOULD_BE_DOWNGRADED, NO_WAIVER_LEFT, RULE_F_APPLIES).
    `count` is the counted run length for the consecutive-year flags and the waiver's number
    within the run for WAIVER_USED; `raw_count` is the run length without the 2009 cut-off.
    `implied` is True for a WAIVER_USED flag deduced from the rankings rather than recorded.
    `missing_years` lists the years missing from our data behind an UNKNOWN flag, or behind a
    consecutive-year count that is only a minimum.
    `message_code` and `params` say which message applies; `tipwatch.tip.rule_text` words it
    in a language (`message` and `render` call it, so they need Django's settings).
    """

    code: str
    report_year: int
    provision: str | None
    message_code: MessageCode
    applies_to_year: int
    count: int | None = None
    raw_count: int | None = None
    implied: bool = False
    missing_years: tuple[int, ...] = ()
    params: Params = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The message in the active language, referring to "the country"."""
        return self.render(None)

    def render(self, country_name: str | None = None) -> str:
        """The message in the active language, with the country's name."""
        from tipwatch.tip.rule_text import message_text  # the wording needs Django's gettext

        return message_text(self.message_code, self.params, country_name)

    @property
    def is_forward_looking(self) -> bool:
        return self.applies_to_year > self.report_year


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
    span = {"year": year, **_span(history, year), "waiver_limit": MAX_WAIVERS[here.regime]}
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
        **_span(history, nxt),
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
