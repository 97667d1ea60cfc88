"""Compose a briefing on one country in one TIP report, compared with a group.

Deterministic: the same data gives the same text. No network, no language model. The facts come
from the tip services (`compare`, the history and the rules engine) via `facts.gather`; the
sentences come from the language's templates in `wording/`.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation

from tipwatch.tip.models import Country, Group, Report
from tipwatch.tip.names import country_name
from tipwatch.tip.services.lookup import find_report

from .briefing import LANGUAGE_CODES, Briefing
from .facts import BriefingError, BriefingFacts, gather
from .sources import DatabaseNarratives, DatabaseStatistics, NarrativeSource, StatisticsSource
from .wording import LANGUAGES, Wording, wording_for

__all__ = ["BriefingComposer", "BriefingError"]


class BriefingComposer:
    def __init__(
        self,
        statistics: StatisticsSource | None = None,
        narratives: NarrativeSource | None = None,
    ) -> None:
        self.statistics: StatisticsSource = statistics or DatabaseStatistics()
        self.narratives: NarrativeSource = narratives or DatabaseNarratives()

    def compose(
        self, country: Country, year: int | Report, group: Group, lang: str = "en"
    ) -> Briefing:
        """Raise `BriefingError` when there is nothing sound to say (see `facts.gather`);
        `UnknownChoiceError` for a year with no report."""
        if lang not in LANGUAGES:
            raise BriefingError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
        report = year if isinstance(year, Report) else find_report(year)
        statistics = list(self.statistics.statistics_for(country, report))
        narrative = self.narratives.narrative_for(country, report)
        facts = gather(country, report, group, statistics, narrative)
        wording = wording_for(lang)
        with translation.override(LANGUAGE_CODES[lang]):
            return self._briefing(country, report, group, lang, facts, wording)

    @staticmethod
    def _briefing(
        country: Country,
        report: Report,
        group: Group,
        lang: str,
        facts: BriefingFacts,
        wording: Wording,
    ) -> Briefing:
        return Briefing(
            country_iso3=country.iso3,
            country_name=country_name(country, lang),
            report_year=report.year,
            group_slug=group.slug,
            lang=lang,
            headline=wording.headline(facts),
            paragraphs=wording.paragraphs(facts),
            citations=wording.citations(facts),
            partial_year=report.is_partial,
            summary=wording.summary(facts),
            facts=facts_summary(facts),
        )


def facts_summary(facts: BriefingFacts) -> dict[str, Any]:
    """The structured facts behind the text, for JSON output and for checking the wording."""
    comparison = facts.comparison
    entry = facts.entry
    return {
        "tier": facts.placement.tier,
        "change": str(entry.change),
        "previous_tier": str(entry.previous_tier) if entry.previous_tier else None,
        "previous_year": entry.previous_year,
        "years_at_tier": entry.years_at_tier,
        "years_at_tier_is_minimum": entry.years_at_tier_is_minimum,
        "group": {
            "slug": facts.group.slug,
            "name": facts.group.name,
            "definition": facts.group.description,
            "size": len(facts.members),
        },
        "counts": comparison.counts(),
        "above": [c.iso3 for c in facts.relative["above"]],
        "same": [c.iso3 for c in facts.relative["same"]],
        "below": [c.iso3 for c in facts.relative["below"]],
        "not_rated": [c.iso3 for c in comparison.not_rated],
        "missing_from_data": [c.iso3 for c in comparison.missing_from_data],
        "moves": [move.as_dict() for move in facts.moves],
        "rule_flags": [
            {
                "iso3": fact.country.iso3,
                "code": fact.flag.code,
                "report_year": fact.flag.report_year,
            }
            for fact in facts.flags
        ],
        "statistics": len(facts.statistics),
    }
