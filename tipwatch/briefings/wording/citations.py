"""The citations behind a briefing: the placements, the group's placements, each figure and quote
used, and the report."""

from __future__ import annotations

from django.utils.translation import pgettext

from tipwatch.tip.models import Country, Placement
from tipwatch.tip.rules import Tier

from ..briefing import Citation
from ..facts import BriefingFacts
from ..sources import Statistic
from .law_enforcement import chosen_statistics
from .narrative import chosen_quotes
from .phrases import figure, group_name, metric, name, on, spanish_contractions


def citations(facts: BriefingFacts) -> list[Citation]:
    report = facts.report
    url = report.source_url
    result = [_placement_citation(facts.country, facts.placement, url)]
    if facts.previous_placement is not None:
        result.append(_placement_citation(facts.country, facts.previous_placement, url))
    result.append(Citation(group_citation(facts), report.year, None, url))
    narrative_url = facts.narrative.url if facts.narrative and facts.narrative.url else url
    for statistic in chosen_statistics(facts):
        result.append(
            Citation(
                statistic_citation(facts.country, statistic),
                report.year,
                statistic.page,
                narrative_url,
                statistic.quote,
            )
        )
    for quote in chosen_quotes(facts):
        result.append(
            Citation(
                quote_citation(facts.country, report.year),
                report.year,
                quote.page,
                narrative_url,
                quote.text,
            )
        )
    result.append(Citation(report_citation(facts), report.year, facts.narrative_first_page, url))
    return result


def _placement_citation(country: Country, placement: Placement, url: str) -> Citation:
    return Citation(
        placement_citation(country, placement),
        placement.report.year,
        placement.page,
        placement.source_url or url,
        placement.quote,
    )


def placement_citation(country: Country, placement: Placement) -> str:
    return pgettext("briefing", "%(name)s %(on_tier)s in the %(year)s report: %(source)s") % {
        "name": name(country),
        "on_tier": on(Tier(placement.tier)),
        "year": placement.report.year,
        "source": placement.source_name,
    }


def group_citation(facts: BriefingFacts) -> str:
    return spanish_contractions(
        pgettext(
            "briefing",
            "Placements of the %(count)s members of %(group)s in the %(year)s report "
            "(tipwatch dataset)",
        )
        % {"count": len(facts.members), "group": group_name(facts.group), "year": facts.year}
    )


def statistic_citation(country: Country, statistic: Statistic) -> str:
    return pgettext("briefing", "%(name)s: %(figure)s %(label)s in %(year)s") % {
        "name": name(country),
        "figure": figure(statistic),
        "label": metric(statistic.metric),
        "year": statistic.period_year,
    }


def quote_citation(country: Country, year: int) -> str:
    return pgettext("briefing", "%(name)s narrative, %(year)s report") % {
        "name": name(country),
        "year": year,
    }


def report_citation(facts: BriefingFacts) -> str:
    return pgettext(
        "briefing", "US Department of State, Trafficking in Persons Report %(year)s"
    ) % {"year": facts.year}
