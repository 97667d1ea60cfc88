"""Compare what a parsed report says with the data we hold, as a list of proposed changes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tipwatch.ingest.models import ProposedChange
from tipwatch.ingest.parsing import CountryResult, ParsedReport
from tipwatch.ingest.parsing.implied import implied_placements
from tipwatch.tip.models import Country, CoverageGap, Narrative, Placement, Statistic

Action = ProposedChange.Action
Kind = ProposedChange.Kind


def placement_after(result: CountryResult) -> dict[str, Any]:
    return {
        "tier": result.tier,
        "page": result.narrative.first_page,
        "quote": result.narrative.header,
    }


def statistic_after(statistic: Any) -> dict[str, Any]:
    """The comparable values of a figure, parsed or stored (both have these attributes)."""
    return {
        "metric": statistic.metric,
        "value": statistic.value,
        "period_year": statistic.period_year,
        "qualifier": statistic.qualifier or "",
        "quote": statistic.quote,
        "page": statistic.page,
        "section": getattr(statistic, "section", "") or "",
    }


def narrative_after(result: CountryResult) -> dict[str, Any]:
    narrative = result.narrative
    return {
        "header": narrative.header,
        "first_page": narrative.first_page,
        "last_page": narrative.last_page,
        "summary": result.summary or "",
        "forms": result.tags.forms,
        "sectors": result.tags.sectors,
        "places": result.tags.places,
        "sections": [
            {"name": section.name, "text": section.text, "first_page": section.first_page}
            for section in narrative.sections
        ],
    }


def _action(before: dict[str, Any] | None, after: dict[str, Any]) -> str:
    if before is None:
        return Action.NEW
    return Action.UNCHANGED if before == after else Action.CHANGED


def _proposal(
    kind: str,
    country: Country,
    key: str,
    before: dict[str, Any] | None,
    after: dict[str, Any],
    page: int | None,
) -> ProposedChange:
    """A change to a known country, its action found from the values and ticked if it would
    change anything."""
    action = _action(before, after)
    return ProposedChange(
        kind=kind,
        action=action,
        country=country,
        name=country.name,
        key=key,
        before=before,
        after=after,
        page=page,
        accepted=action in (Action.NEW, Action.CHANGED),
    )


class ProposalBuilder:
    """Builds unsaved `ProposedChange` rows for one parsed report against the database."""

    def __init__(self, parsed: ParsedReport) -> None:
        self.parsed = parsed
        year = parsed.report_year
        codes = [c.iso3 for c in parsed.countries if c.iso3]
        codes += [p.iso3 for p in parsed.listed if p.iso3]
        self.countries = {c.iso3: c for c in Country.objects.filter(iso3__in=codes)}
        self.placements = {
            p.country.iso3: p
            for p in Placement.objects.filter(report__year=year).select_related("country")
        }
        self.statistics = {
            (s.country.iso3, s.metric, s.period_year): s
            for s in Statistic.objects.filter(report__year=year).select_related("country")
        }
        # Earlier years our data lacks, which a narrative's own words may fill.
        self.gaps = set(
            CoverageGap.objects.filter(report__year__lt=year, country__iso3__in=codes).values_list(
                "country__iso3", "report__year"
            )
        )
        self.countries_with_gaps = {iso3 for iso3, _ in self.gaps}
        self.narratives = {
            n.country.iso3: n
            for n in Narrative.objects.filter(report__year=year)
            .select_related("country")
            .prefetch_related("sections")
        }

    def build(self) -> list[ProposedChange]:
        return list(self._changes())

    def _changes(self) -> Iterator[ProposedChange]:
        for result in self.parsed.countries:
            if result.iso3 is None or result.iso3 not in self.countries:
                yield ProposedChange(
                    kind=Kind.UNKNOWN_COUNTRY,
                    action=Action.UNRESOLVED,
                    name=result.name,
                    after={"header": result.narrative.header, "tier": result.tier},
                    page=result.narrative.first_page,
                )
                continue
            country = self.countries[result.iso3]
            yield from self._placement(country, result)
            yield from self._implied(country, result)
            yield from self._statistics(country, result)
            yield self._narrative(country, result)
        yield from self._list_only_placements()

    def _list_only_placements(self) -> Iterator[ProposedChange]:
        """Placements printed in the tier lists for countries without a narrative: the
        import of a file of the lists alone, or, beside narratives, a gap to review."""
        narrated = {result.iso3 for result in self.parsed.countries}
        for listed in self.parsed.listed:
            country = self.countries.get(listed.iso3 or "")
            if country is None or listed.iso3 in narrated:
                continue
            narrated.add(listed.iso3)
            existing = self.placements.get(country.iso3)
            before = None
            if existing is not None:
                before = {"tier": existing.tier, "page": existing.page, "quote": existing.quote}
            after = {"tier": listed.tier, "page": listed.page, "quote": listed.name}
            change = _proposal(Kind.PLACEMENT, country, "tier", before, after, listed.page)
            if self.parsed.countries:
                change.accepted = False  # listed without a narrative: an editor decides
            yield change

    def _placement(self, country: Country, result: CountryResult) -> Iterator[ProposedChange]:
        if result.tier is None:
            return
        existing = self.placements.get(country.iso3)
        after = placement_after(result)
        before = None
        if existing is not None:
            before = {"tier": existing.tier, "page": existing.page, "quote": existing.quote}
        change = _proposal(
            Kind.PLACEMENT, country, "tier", before, after, result.narrative.first_page
        )
        listed = {p.iso3: p.tier for p in self.parsed.listed if p.iso3}
        if listed and listed.get(country.iso3) != result.tier:
            change.accepted = False  # the tier lists disagree or omit it: an editor decides
        yield change

    def _implied(self, country: Country, result: CountryResult) -> Iterator[ProposedChange]:
        """Placements for years missing from our data that the narrative's own words imply
        ("... for the fourth consecutive year"): offered unticked, as inferred, with the
        sentence as their quote."""
        if country.iso3 not in self.countries_with_gaps:
            return  # nothing to fill (most countries): their narratives need not be read for it
        text = result.narrative.text
        for implied in implied_placements(text, self.parsed.report_year):
            if (country.iso3, implied.year) not in self.gaps:
                continue
            after = {
                "tier": implied.tier,
                "year": implied.year,
                "quote": implied.quote,
                "page": result.narrative.first_page,
                "inferred": True,
            }
            change = _proposal(
                Kind.PLACEMENT,
                country,
                f"tier {implied.year} (inferred)",
                None,
                after,
                result.narrative.first_page,
            )
            change.accepted = False  # an inference: an editor decides
            yield change

    def _statistics(self, country: Country, result: CountryResult) -> Iterator[ProposedChange]:
        seen: set[tuple[str, int]] = set()
        for statistic in result.statistics:
            if (statistic.metric, statistic.period_year) in seen:
                # A second figure for the same metric and year is listed among the run's
                # problems by the parser; the first one stands until an editor decides.
                continue
            seen.add((statistic.metric, statistic.period_year))
            after = statistic_after(statistic)
            existing = self.statistics.get((country.iso3, statistic.metric, statistic.period_year))
            before = statistic_after(existing) if existing is not None else None
            key = f"{statistic.metric} {statistic.period_year}"
            yield _proposal(Kind.STATISTIC, country, key, before, after, statistic.page)

    def _narrative(self, country: Country, result: CountryResult) -> ProposedChange:
        after = narrative_after(result)
        existing = self.narratives.get(country.iso3)
        before = None
        if existing is not None:
            before = {
                "header": existing.header,
                "first_page": existing.first_page,
                "last_page": existing.last_page,
                "summary": existing.summary,
                "forms": existing.forms,
                "sectors": existing.sectors,
                "places": existing.places,
                "sections": [
                    {"name": s.name, "text": s.text, "first_page": s.first_page}
                    for s in existing.sections.all()
                ],
            }
        return _proposal(
            Kind.NARRATIVE, country, "narrative", before, after, result.narrative.first_page
        )
