"""Year-over-year reading of one country's tier history: up, down, same or new, and run lengths.

A history is a mapping from report year (the year the report was published) to `Tier`. A year
missing from the mapping means the country was not in that report. A year listed in
`unknown_years` means our data for that year are incomplete, so we cannot tell whether the
country was rated or how. The two are treated differently:

* a year that was not rated breaks everything: the next placement is `Change.NEW` and starts a
  fresh run;
* an unknown year is skipped when looking for the previous placement (so "up from Tier 3 in
  2015" can still be said, with `skipped_unknown_years` recording the gap), but it also stops a
  run count, which then becomes a lower bound (`years_at_tier_is_minimum`).

If a year is both in the history and in `unknown_years`, the placement wins: we know it was
rated.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from tipwatch.tip.rules.tiers import Tier


class Change(StrEnum):
    """How a placement compares with the one before it.

    * UP / DOWN: both placements are ranked tiers and the rank improved / worsened.
    * SAME: the same tier as before; a special case following a special case is also SAME.
    * NEW: nothing comparable came before. That covers a first rating, a return after a year
      with no placement, a ranked tier following a special case, and a special case following
      a ranked tier (a special case is not a ranking, so neither direction is an up or down).
    """

    UP = "up"
    DOWN = "down"
    SAME = "same"
    NEW = "new"


def compare(previous: Tier | None, current: Tier) -> Change:
    """Classify the move from `previous` (None: no placement) to `current`. See `Change`."""
    if previous is None:
        return Change.NEW
    if previous == current:
        return Change.SAME
    before, after = previous.rank, current.rank
    if before is None or after is None:
        return Change.NEW
    return Change.UP if after < before else Change.DOWN


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One report year of a country's history, with its comparison to the previous placement.

    `previous_year` / `previous_tier` are the placement `change` was computed against: the
    report year just before, or, when that year (and possibly earlier ones) is unknown, the
    latest known placement before the gap. Both are None when `change` is NEW because nothing
    came before (first rating, or the year before was not rated).

    `skipped_unknown_years` lists the unknown years between the previous placement and this
    one (oldest first). When it is not empty, `change` compares across a gap in our data and
    the country may have moved in between.

    `years_at_tier` counts consecutive report years at this tier ending with this one. A year
    with no placement, a different tier, or an unknown year ends the run. When it is an unknown
    year, the true count could be higher and `years_at_tier_is_minimum` is True.
    """

    report_year: int
    tier: Tier
    previous_tier: Tier | None
    previous_year: int | None
    change: Change
    years_at_tier: int
    years_at_tier_is_minimum: bool
    skipped_unknown_years: tuple[int, ...] = ()

    @property
    def change_is_certain(self) -> bool:
        """False when the comparison spans a year whose data are incomplete."""
        return not self.skipped_unknown_years


def annotate(
    history: Mapping[int, Tier], unknown_years: Collection[int] = ()
) -> list[HistoryEntry]:
    """Return one `HistoryEntry` per placement in `history`, oldest first."""
    unknown = frozenset(unknown_years) - history.keys()
    entries: list[HistoryEntry] = []
    for year in sorted(history):
        tier = history[year]

        skipped: list[int] = []
        probe = year - 1
        while probe in unknown:
            skipped.append(probe)
            probe -= 1
        previous_tier = history.get(probe)
        previous_year = probe if previous_tier is not None else None

        run = 1
        probe = year - 1
        while history.get(probe) == tier:
            run += 1
            probe -= 1

        entries.append(
            HistoryEntry(
                report_year=year,
                tier=tier,
                previous_tier=previous_tier,
                previous_year=previous_year,
                change=compare(previous_tier, tier),
                years_at_tier=run,
                years_at_tier_is_minimum=probe in unknown,
                skipped_unknown_years=tuple(reversed(skipped)),
            )
        )
    return entries
