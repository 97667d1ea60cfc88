"""Where a briefing gets the figures and narrative details beyond the tier placements.

The composer is given a `StatisticsSource` and a `NarrativeSource`. The database sources read
what report imports have applied (`tip.Statistic`, `tip.Narrative`); where they hold nothing for a
country and report, the briefing leaves the sentences that would use them out rather than guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from tipwatch.tip.models import Narrative as StoredNarrative
from tipwatch.tip.models import Statistic as StoredStatistic
from tipwatch.tip.services.narratives import narrative_for

if TYPE_CHECKING:
    from tipwatch.tip.models import Country, Report

# Law-enforcement metrics, in the order a briefing mentions them.
LAW_ENFORCEMENT_METRICS: tuple[str, ...] = (
    "investigations",
    "prosecutions",
    "convictions",
    "victims_identified",
)


@dataclass(frozen=True)
class Statistic:
    """One figure a report gives for a country: e.g. 19 convictions in 2014, on page 278."""

    metric: str
    value: int
    period_year: int
    page: int | None = None
    quote: str = ""
    # "at_least", "approximately"...: the report's own hedge, which the prose must keep.
    qualifier: str = ""


class StatisticsSource(Protocol):
    def statistics_for(self, country: Country, report: Report) -> Sequence[Statistic]:
        """The figures the report gives for the country (any order, any metric)."""
        ...


@dataclass(frozen=True)
class NarrativeTag:
    """A form of trafficking ("form"), a sector ("sector") or a place ("place") the narrative
    names."""

    kind: str
    name: str
    page: int | None = None


@dataclass(frozen=True)
class NarrativeQuote:
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Narrative:
    """What a briefing may use from the report's country narrative."""

    first_page: int | None = None
    url: str = ""
    tags: Sequence[NarrativeTag] = field(default_factory=tuple)
    quotes: Sequence[NarrativeQuote] = field(default_factory=tuple)

    def tags_of(self, kind: str) -> list[NarrativeTag]:
        return [tag for tag in self.tags if tag.kind == kind]


class NarrativeSource(Protocol):
    def narrative_for(self, country: Country, report: Report) -> Narrative | None:
        """The country's narrative in the report, or None when we hold nothing."""
        ...


QUOTE_SECTIONS = ("summary", "trafficking_profile", "prosecution", "protection")
MAX_QUOTE_LENGTH = 300


class DatabaseStatistics:
    """The figures applied from imports of the report."""

    def statistics_for(self, country: Country, report: Report) -> Sequence[Statistic]:
        return [
            Statistic(s.metric, s.value, s.period_year, s.page, s.quote, s.qualifier)
            for s in StoredStatistic.objects.filter(country=country, report=report)
        ]


class DatabaseNarratives:
    """The narrative applied from an import of the report: its tags and a few short quotes."""

    def narrative_for(self, country: Country, report: Report) -> Narrative | None:
        stored = narrative_for(country, report)
        if stored is None:
            return None
        tags = [
            NarrativeTag(kind, name)
            for kind, names in (
                ("form", stored.forms),
                ("sector", stored.sectors),
                ("place", stored.places),
            )
            for name in names
        ]
        return Narrative(
            first_page=stored.first_page,
            url=stored.source_url,
            tags=tags,
            quotes=_quotes(stored),
        )


def _first_sentence(text: str) -> str:
    sentence = text.strip().split(". ")[0].strip()
    return sentence if sentence.endswith(".") else f"{sentence}."


def _quotes(stored: StoredNarrative) -> list[NarrativeQuote]:
    """Up to three short sentences, one from each of the sections a reader looks at first."""
    quotes: list[NarrativeQuote] = []
    sections = {section.name: section for section in stored.sections.all()}
    for name in QUOTE_SECTIONS:
        section = sections.get(name)
        if section is None or not section.text.strip():
            continue
        sentence = _first_sentence(section.text)
        if len(sentence) <= MAX_QUOTE_LENGTH:
            quotes.append(NarrativeQuote(sentence, section.first_page))
        if len(quotes) == 3:
            break
    return quotes
