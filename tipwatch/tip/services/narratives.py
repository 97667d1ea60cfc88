"""The report's own text about a country, as imports applied it: narratives and their sections.

The country page, the API and the briefings read narratives here, so they show the same
chapters with the same pages.
"""

from __future__ import annotations

from ..models import Country, Narrative, Report
from ..models.narrative import NarrativeQuerySet


def narratives(country: Country | None = None, report: Report | None = None) -> NarrativeQuerySet:
    """Narratives with their sections, by country name then report year."""
    found = Narrative.objects.with_sections().order_by("country__name", "report__year")
    if country is not None:
        found = found.filter(country=country)
    if report is not None:
        found = found.filter(report=report)
    return found


def country_narratives(country: Country) -> list[Narrative]:
    """A country's narratives, newest report first, each with its sections in order."""
    return list(narratives(country).order_by("-report__year"))


def narrative_for(country: Country, report: Report) -> Narrative | None:
    return narratives(country, report).first()
