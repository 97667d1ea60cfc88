"""What every language's wording provides, and the order of a briefing's paragraphs."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

from tipwatch.tip.models import Country, Placement
from tipwatch.tip.rules import Tier

from ..briefing import Citation
from ..facts import BriefingFacts
from ..sources import LAW_ENFORCEMENT_METRICS, NarrativeQuote, Statistic

MAX_QUOTES = 3


class Wording(ABC):
    """Turns `BriefingFacts` into sentences in one language. Subclasses hold the templates."""

    lang: str = ""

    def paragraphs(self, facts: BriefingFacts) -> list[str]:
        parts: list[str | None] = [
            self.lead(facts),
            self.meaning(facts),
            self.coverage(facts),
            self.group(facts),
            self.moves(facts),
            self.rules(facts),
            self.law_enforcement(facts),
            self.narrative(facts),
            self.quotes(facts),
            self.source_line(facts),
        ]
        return [part for part in parts if part]

    def citations(self, facts: BriefingFacts) -> list[Citation]:
        report = facts.report
        url = report.source_url
        result = [self._placement_citation(facts.country, facts.placement, url)]
        if facts.previous_placement is not None:
            result.append(self._placement_citation(facts.country, facts.previous_placement, url))
        result.append(Citation(self.group_citation(facts), report.year, None, url))
        narrative_url = facts.narrative.url if facts.narrative and facts.narrative.url else url
        for statistic in self.chosen_statistics(facts):
            result.append(
                Citation(
                    self.statistic_citation(facts.country, statistic),
                    report.year,
                    statistic.page,
                    narrative_url,
                    statistic.quote,
                )
            )
        for quote in self.chosen_quotes(facts):
            result.append(
                Citation(
                    self.quote_citation(facts.country, report.year),
                    report.year,
                    quote.page,
                    narrative_url,
                    quote.text,
                )
            )
        result.append(
            Citation(self.report_citation(facts), report.year, facts.narrative_first_page, url)
        )
        return result

    def _placement_citation(self, country: Country, placement: Placement, url: str) -> Citation:
        return Citation(
            self.placement_citation(country, placement),
            placement.report.year,
            placement.page,
            placement.source_url or url,
            placement.quote,
        )

    # Selection shared by every language ---------------------------------------------------

    @staticmethod
    def chosen_statistics(facts: BriefingFacts) -> list[Statistic]:
        """For each law-enforcement metric, the latest figure and the one for the year before."""
        chosen: list[Statistic] = []
        for metric, latest, earlier in statistic_pairs(facts.statistics):
            del metric
            chosen.append(latest)
            if earlier is not None:
                chosen.append(earlier)
        return chosen

    @staticmethod
    def chosen_quotes(facts: BriefingFacts) -> list[NarrativeQuote]:
        if facts.narrative is None:
            return []
        return [quote for quote in facts.narrative.quotes if quote.text.strip()][:MAX_QUOTES]

    # Templates ----------------------------------------------------------------------------

    @abstractmethod
    def headline(self, facts: BriefingFacts) -> str: ...

    @abstractmethod
    def lead(self, facts: BriefingFacts) -> str: ...

    @abstractmethod
    def summary(self, facts: BriefingFacts) -> str:
        """One sentence for listings: the placement and its change."""

    @abstractmethod
    def meaning(self, facts: BriefingFacts) -> str: ...

    @abstractmethod
    def coverage(self, facts: BriefingFacts) -> str | None: ...

    @abstractmethod
    def group(self, facts: BriefingFacts) -> str: ...

    @abstractmethod
    def moves(self, facts: BriefingFacts) -> str: ...

    @abstractmethod
    def rules(self, facts: BriefingFacts) -> str | None: ...

    @abstractmethod
    def law_enforcement(self, facts: BriefingFacts) -> str | None: ...

    @abstractmethod
    def narrative(self, facts: BriefingFacts) -> str | None: ...

    @abstractmethod
    def quotes(self, facts: BriefingFacts) -> str | None: ...

    @abstractmethod
    def source_line(self, facts: BriefingFacts) -> str: ...

    @abstractmethod
    def placement_citation(self, country: Country, placement: Placement) -> str: ...

    @abstractmethod
    def group_citation(self, facts: BriefingFacts) -> str: ...

    @abstractmethod
    def statistic_citation(self, country: Country, statistic: Statistic) -> str: ...

    @abstractmethod
    def quote_citation(self, country: Country, year: int) -> str: ...

    @abstractmethod
    def report_citation(self, facts: BriefingFacts) -> str: ...


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
    for metric in order:
        years = sorted(by_metric[metric], reverse=True)
        latest = by_metric[metric][years[0]]
        earlier = by_metric[metric][years[1]] if len(years) > 1 else None
        pairs.append((metric, latest, earlier))
    return pairs


def by_tier(
    countries: Sequence[Country], tier_of: Callable[[Country], str | None]
) -> list[tuple[Tier, list[Country]]]:
    """Countries grouped by tier, best tier first, names in the given order."""
    groups: dict[Tier, list[Country]] = {}
    for country in countries:
        tier = tier_of(country)
        if tier is not None:
            groups.setdefault(Tier(tier), []).append(country)
    order = [Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3, Tier.SPECIAL_CASE]
    return [(tier, groups[tier]) for tier in order if tier in groups]


def pages_text(pages: Sequence[int | None], one: str, many: str, conj: str) -> str:
    """ "page 278" / "pages 278 and 279" style, with the language's words; "" without pages."""
    unique = sorted({page for page in pages if page})
    if not unique:
        return ""
    if len(unique) == 1:
        return f"{one} {unique[0]}"
    return f"{many} {', '.join(str(p) for p in unique[:-1])} {conj} {unique[-1]}"


def has_own_narrative_url(facts: BriefingFacts) -> bool:
    """The narrative has an address of its own, not just the whole report's."""
    narrative = facts.narrative
    return bool(narrative and narrative.url and narrative.url != facts.report.source_url)
