"""Tell listeners how placements changed: each country's state before and after, per report year.

The three places that change placements (an import applied, the bundled dataset reloaded, an
admin edit) take a `PlacementWatch`, say which country-years they are about to touch, change
them, and call `send()`. The watch reads each country's history twice through the rules engine
(two queries each time, whatever the number of countries) and sends `placements_changed` with
the tier and rule flags of each touched year before and after. What counts as news is for the
listener to decide.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..events import placements_changed
from ..models import Country
from .history import CountryHistory, country_histories


@dataclass(frozen=True)
class YearState:
    """A country in one report year: its tier (None: no placement), the tier of its latest
    earlier placement, and the codes of the rule flags about that year."""

    tier: str | None
    previous_tier: str | None
    flags: frozenset[str]


@dataclass(frozen=True)
class CountryDelta:
    country: Country
    report_year: int
    before: YearState
    after: YearState


@dataclass(frozen=True)
class PlacementEvent:
    source: str  # "import", "dataset" or "edit"
    reason: str
    deltas: list[CountryDelta]
    user: Any = None
    import_run: int | None = None
    # Figures an import added, by ISO3: [{"metric", "period_year", "value"}].
    statistics: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def years(self) -> list[int]:
        return sorted({delta.report_year for delta in self.deltas})


def _state(history: CountryHistory | None, year: int) -> YearState:
    if history is None:
        return YearState(None, None, frozenset())
    tier = previous = None
    for row in history.rows:
        row_year = row.placement.report.year
        if row_year < year:
            previous = row.placement.tier
        elif row_year == year:
            tier = row.placement.tier
    flags = frozenset(str(flag.code) for flag in history.flags_for_year(year))
    return YearState(tier, previous, flags)


def year_states(pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], YearState]:
    """The state of each (country id, report year), read in two queries."""
    wanted = set(pairs)
    countries = Country.objects.filter(pk__in={country for country, _ in wanted})
    histories = {h.country.pk: h for h in country_histories(countries).values()}
    return {(pk, year): _state(histories.get(pk), year) for pk, year in wanted}


class PlacementWatch:
    """Before and after of the country-years a change is about to touch; see the module."""

    def __init__(
        self,
        source: str,
        reason: str,
        *,
        user: Any = None,
        import_run: int | None = None,
    ) -> None:
        self.source = source
        self.reason = reason
        self.user = user
        self.import_run = import_run
        self.statistics: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._before: dict[tuple[int, int], YearState] = {}

    def watch(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Call before changing anything: (country id, report year) pairs about to change."""
        new = [pair for pair in set(pairs) if pair not in self._before]
        if new:
            self._before.update(year_states(new))

    def add_statistic(self, iso3: str, metric: str, period_year: int, value: Any) -> None:
        self.statistics[iso3].append({"metric": metric, "period_year": period_year, "value": value})

    def send(self) -> PlacementEvent | None:
        """Read the states again and tell the listeners. None when nothing was watched."""
        if not self._before:
            return None
        after = year_states(self._before)
        countries = Country.objects.in_bulk({pk for pk, _ in self._before})
        deltas = [
            CountryDelta(countries[pk], year, self._before[(pk, year)], after[(pk, year)])
            for pk, year in sorted(self._before, key=lambda p: (p[1], p[0]))
            if pk in countries
        ]
        event = PlacementEvent(
            source=self.source,
            reason=self.reason,
            deltas=deltas,
            user=self.user,
            import_run=self.import_run,
            statistics=dict(self.statistics),
        )
        placements_changed.send(sender=PlacementWatch, event=event)
        return event
