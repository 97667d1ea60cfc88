"""What the rule allows for one country in one report (`Constraint`), tried across the years
missing from our data when they could change the answer."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Final

from tipwatch.tip.rules.downgrade.counting import (
    rule_f_trigger,
    run_span,
    waivers_used,
    watch_list_streak,
)
from tipwatch.tip.rules.downgrade.provisions import PROVISION_DOWNGRADE, PROVISION_RETURN
from tipwatch.tip.rules.messages import MessageCode
from tipwatch.tip.rules.regimes import (
    F_SCOPE_FROM,
    FIRST_COUNTED_YEAR,
    MAX_WAIVERS,
    Regime,
    regime_for,
)
from tipwatch.tip.rules.tiers import Tier

Params = Mapping[str, object]


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
    trigger = rule_f_trigger(history, year, f_scope_from)
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
    params = {"year": year, **run_span(history, year), "waivers_used": used, "waiver_limit": limit}
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
