"""The law-enforcement paragraph: for each metric, the latest figure and the one for the year
before, with their pages; also the figures chosen for citation."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import pgettext

from ..facts import BriefingFacts
from ..sources import LAW_ENFORCEMENT_METRICS, Statistic
from .pages import pages_note
from .phrases import figure, metric


def law_enforcement_paragraph(facts: BriefingFacts) -> str | None:
    pairs = statistic_pairs(facts.statistics)
    if not pairs:
        return None
    clauses = []
    for code, latest, earlier in pairs:
        values = {
            "label": metric(code),
            "figure": figure(latest),
            "year": latest.period_year,
        }
        if earlier is None:
            values["pages"] = pages_note([latest.page])
            clauses.append(
                pgettext("briefing", "%(label)s: %(figure)s in %(year)s%(pages)s") % values
            )
            continue
        values.update(
            earlier=figure(earlier),
            earlier_year=earlier.period_year,
            pages=pages_note([latest.page, earlier.page]),
        )
        if latest.value < earlier.value:
            template = pgettext(
                "briefing",
                "%(label)s fell to %(figure)s in %(year)s from %(earlier)s in "
                "%(earlier_year)s%(pages)s",
            )
        elif latest.value > earlier.value:
            template = pgettext(
                "briefing",
                "%(label)s rose to %(figure)s in %(year)s from %(earlier)s in "
                "%(earlier_year)s%(pages)s",
            )
        else:
            template = pgettext(
                "briefing",
                "%(label)s held at %(figure)s in %(year)s from %(earlier)s in "
                "%(earlier_year)s%(pages)s",
            )
        clauses.append(template % values)
    return pgettext(
        "briefing", "Law enforcement, according to the %(year)s report: %(clauses)s."
    ) % {"year": facts.year, "clauses": "; ".join(clauses)}


def chosen_statistics(facts: BriefingFacts) -> list[Statistic]:
    """For each law-enforcement metric, the latest figure and the one for the year before."""
    chosen: list[Statistic] = []
    for _metric, latest, earlier in statistic_pairs(facts.statistics):
        chosen.append(latest)
        if earlier is not None:
            chosen.append(earlier)
    return chosen


def statistic_pairs(
    statistics: Sequence[Statistic],
) -> list[tuple[str, Statistic, Statistic | None]]:
    """(metric, latest figure, figure for an earlier year or None), metrics in briefing order.

    Known law-enforcement metrics come first in their usual order, then any others by name.
    Figures with the same metric and year are reduced to the first one given.
    """
    by_metric: dict[str, dict[int, Statistic]] = {}
    for statistic in statistics:
        by_metric.setdefault(statistic.metric, {}).setdefault(statistic.period_year, statistic)
    order = [m for m in LAW_ENFORCEMENT_METRICS if m in by_metric]
    order += sorted(m for m in by_metric if m not in LAW_ENFORCEMENT_METRICS)
    pairs: list[tuple[str, Statistic, Statistic | None]] = []
    for code in order:
        years = sorted(by_metric[code], reverse=True)
        latest = by_metric[code][years[0]]
        earlier = by_metric[code][years[1]] if len(years) > 1 else None
        pairs.append((code, latest, earlier))
    return pairs
