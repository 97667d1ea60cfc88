"""English templates for a briefing (British spelling, no serial comma)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tipwatch.tip.language import capitalised, cardinal, date_text, join, ordinal
from tipwatch.tip.models import Country, Placement, SourceKind
from tipwatch.tip.rules import TIER_MEANINGS, Change, Tier
from tipwatch.tip.terms import figure_text, metric_label, tag_label

from ..facts import BriefingFacts
from ..sources import Statistic
from .base import Wording, by_tier, has_own_narrative_url, pages_text, statistic_pairs
from .phrases import on, tier_name


def figure(statistic: Statistic) -> str:
    return figure_text(statistic.value, statistic.qualifier)


def number(n: int) -> str:
    return cardinal(n)


def capital_number(n: int) -> str:
    return capitalised(cardinal(n))


def names(countries: Sequence[Country]) -> str:
    return join([country.name for country in countries])


class EnglishWording(Wording):
    lang = "en"

    # Headline and lead --------------------------------------------------------------------

    def headline(self, facts: BriefingFacts) -> str:
        name, tier, year = facts.country.name, facts.tier, facts.year
        change = facts.entry.change
        if tier is Tier.SPECIAL_CASE:
            verb = "remains" if change is Change.SAME else "listed"
            return f"{name} {verb} a special case in the {year} TIP Report"
        if change is Change.SAME and facts.entry.skipped_unknown_years:
            return f"{name} {on(tier)} in the {year} TIP Report, as in {facts.entry.previous_year}"
        if change is Change.SAME:
            return f"{name} stays {on(tier)} in the {year} TIP Report"
        skipped = facts.entry.skipped_unknown_years
        before = facts.entry.previous_tier
        if change in (Change.UP, Change.DOWN) and skipped and before is not None:
            way = "up" if change is Change.UP else "down"
            return (
                f"{name} {on(tier)} in the {year} TIP Report, {way} from {tier_name(before)} "
                f"in {facts.entry.previous_year}"
            )
        if change is Change.UP:
            return f"{name} upgraded to {tier_name(tier)} in the {year} TIP Report"
        if change is Change.DOWN:
            return f"{name} downgraded to {tier_name(tier)} in the {year} TIP Report"
        if facts.earlier_placements == 0:
            return f"{name} rated for the first time, {on(tier)}, in the {year} TIP Report"
        return f"{name} placed {on(tier)} in the {year} TIP Report"

    def lead(self, facts: BriefingFacts) -> str:
        report = facts.report
        published = date_text(report.publication_date)
        opening = (
            f"The US State Department published its {report.year} Trafficking in Persons (TIP) "
            f"Report on {published}."
            if published
            else f"The US State Department published its {report.year} Trafficking in Persons "
            "(TIP) Report."
        )
        sentences = [opening, self._placement_sentence(facts)]
        provenance = self._provenance(facts.country, facts.placement)
        if provenance:
            sentences.append(provenance)
        return " ".join(sentences)

    def summary(self, facts: BriefingFacts) -> str:
        return self._placement_sentence(facts)

    def _placement_sentence(self, facts: BriefingFacts) -> str:
        entry, name, tier = facts.entry, facts.country.name, facts.tier
        report = f"The {facts.year} report"
        previous = entry.previous_tier
        gap = self._gap_note(facts)
        if entry.change is Change.SAME and previous is not None:
            if entry.skipped_unknown_years:
                return (
                    f"{report} places {name} {on(tier)}, as did the {entry.previous_year} "
                    f"report{gap}."
                )
            run = ordinal(entry.years_at_tier)
            if entry.years_at_tier_is_minimum:
                unknown = facts.year - entry.years_at_tier
                return (
                    f"{report} keeps {name} {on(tier)} for at least the {run} consecutive "
                    f"year, unchanged from the {entry.previous_year} report (our data for "
                    f"{unknown} lacks {name}, so the run may be longer)."
                )
            return (
                f"{report} keeps {name} {on(tier)} for the {run} consecutive year, unchanged "
                f"from the {entry.previous_year} report."
            )
        if entry.change in (Change.UP, Change.DOWN) and previous is not None:
            if entry.skipped_unknown_years:
                than = "higher" if entry.change is Change.UP else "lower"
                return (
                    f"{report} places {name} {on(tier)}, {than} than {tier_name(previous)} in "
                    f"the {entry.previous_year} report{gap}."
                )
            verb = "upgrades" if entry.change is Change.UP else "downgrades"
            return (
                f"{report} {verb} {name} to {tier_name(tier)}, from {tier_name(previous)} in "
                f"the {entry.previous_year} report{gap}."
            )
        if previous is not None:
            if tier is Tier.SPECIAL_CASE:
                return (
                    f"{report} lists {name} as a special case, after placing it "
                    f"{on(previous)} in the {entry.previous_year} report{gap}."
                )
            return (
                f"{report} places {name} {on(tier)}, after listing it as a special case in "
                f"the {entry.previous_year} report{gap}."
            )
        if facts.earlier_placements == 0:
            first = "in our data" if entry.skipped_unknown_years else "for the first time"
            return f"{report} rates {name} {first}, placing it {on(tier)}."
        return (
            f"{report} places {name} {on(tier)}; {name} was not rated in the "
            f"{facts.year - 1 - len(entry.skipped_unknown_years)} report."
        )

    def _gap_note(self, facts: BriefingFacts) -> str:
        skipped = facts.entry.skipped_unknown_years
        if not skipped:
            return ""
        years = join([str(year) for year in skipped])
        return (
            f" (our data for {years} lacks {facts.country.name}, so it may have moved in between)"
        )

    def _provenance(self, country: Country, placement: Placement) -> str:
        if placement.inferred:
            return (
                f"Our record of {country.name}'s {placement.report.year} placement is inferred "
                "from the report's lists and totals, not read from a source that states it."
            )
        if placement.source_kind == SourceKind.SECONDARY:
            return (
                f"Our record of {country.name}'s {placement.report.year} placement comes from "
                f"a secondary list ({placement.source_name}), not from the report itself."
            )
        return ""

    # What the tier means ------------------------------------------------------------------

    def meaning(self, facts: BriefingFacts) -> str:
        summary = TIER_MEANINGS[facts.tier].summary
        lowered = summary[0].lower() + summary[1:]
        if facts.tier is Tier.SPECIAL_CASE:
            return (
                "A special case is not a tier of the US Trafficking Victims Protection Act "
                f"(TVPA): it means that {lowered}"
            )
        subject = tier_name(facts.tier)
        subject = subject[0].upper() + subject[1:]
        return (
            f"{subject} means, under the US Trafficking Victims Protection Act (TVPA), that "
            f"{lowered}"
        )

    # Coverage -----------------------------------------------------------------------------

    def coverage(self, facts: BriefingFacts) -> str | None:
        report = facts.report
        if not report.is_partial:
            return None
        group = facts.group.name
        if not facts.year_gaps:
            note = report.coverage_note.rstrip(".")
            return f"Our data for {report.year} is partial: {note}."
        count = len(facts.year_gaps)
        of = f" of the {report.countries_assessed}" if report.countries_assessed else ""
        noun = "country" if count == 1 and not of else "countries"
        text = (
            f"Our data for {report.year} is partial: it lacks the placements of {count}{of} "
            f"{noun} the report assessed"
        )
        if count <= 5:
            text += f" ({names(facts.year_gaps)})"
        missing = facts.comparison.missing_from_data
        if missing:
            size = len(facts.members)
            text += (
                f", including {len(missing)} of the {size} members of {group}: "
                f"{names(missing)}. The group figures below leave them out."
            )
        else:
            none = "it is not" if count == 1 else "none of them is"
            text += f"; {none} a member of {group}."
        return text

    # The group ----------------------------------------------------------------------------

    def group(self, facts: BriefingFacts) -> str:
        comparison, name, tier = facts.comparison, facts.country.name, facts.tier
        size = len(facts.members)
        missing = comparison.missing_from_data
        counts = comparison.counts()
        parts = []
        for each in (Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3):
            if counts[each.value]:
                parts.append(f"{counts[each.value]} {on(each)}")
        if counts[Tier.SPECIAL_CASE.value]:
            n = counts[Tier.SPECIAL_CASE.value]
            parts.append(f"{n} as special case{'s' if n != 1 else ''}")
        members = (
            f"the {size - len(missing)} members of {facts.group.name} in our {facts.year} data"
            if missing
            else f"the {size} members of {facts.group.name}"
        )
        sentences = [
            f"Of {members}, the {facts.year} report places {join(parts) or 'none on any tier'}."
        ]
        tier_of = comparison.tier_of
        if tier is Tier.SPECIAL_CASE:
            sentences.append(f"As a special case, {name} is not ranked against the other members.")
        else:
            sentences.append(self._relative(facts.relative["above"], "above", name, tier_of))
            same = facts.relative["same"]
            if same:
                other = "other member" if len(same) == 1 else "other members"
                sentences.append(
                    f"{name} shares {tier_name(tier)} with {number(len(same))} {other}: "
                    f"{names(same)}."
                )
            else:
                sentences.append(f"No other member is {on(tier)}.")
            sentences.append(self._relative(facts.relative["below"], "below", name, tier_of))
        special = [
            c
            for c in comparison.countries_at(Tier.SPECIAL_CASE.value)
            if c.iso3 != facts.country.iso3
        ]
        if special:
            sentences.append(f"The report lists {names(special)} as a special case.")
        if comparison.not_rated:
            sentences.append(f"It does not rate {names(comparison.not_rated)}.")
        if missing:
            sentences.append(
                f"Our {facts.year} data lacks {names(missing)} ({len(missing)} of the {size} "
                "members), so they are left out of these figures."
            )
        definition = facts.group.description.strip() or (
            f"the {size} countries listed as {facts.group.name} in our data."
        )
        sentences.append(f"Group definition used ({facts.group.slug}): {definition}")
        return " ".join(sentences)

    def _relative(
        self,
        countries: list[Country],
        where: str,
        name: str,
        tier_of: Callable[[Country], str | None],
    ) -> str:
        if not countries:
            return f"No member ranks {where} {name}."
        grouped = by_tier(countries, tier_of)
        if len(countries) == 1:
            return f"{countries[0].name} alone ranks {where} {name}, {on(grouped[0][0])}."
        listed = join([f"{names(group)} {on(tier)}" for tier, group in grouped])
        return f"{capital_number(len(countries))} members rank {where} {name}: {listed}."

    # Movers and the Watch List rule ---------------------------------------------------------

    def moves(self, facts: BriefingFacts) -> str:
        previous = facts.previous_report
        if previous is None:
            return (
                f"The {facts.year} report is the first in our data, so there is no earlier "
                "placement to compare with."
            )
        sentences = []
        moves = facts.moves
        if moves:
            described = []
            for move in moves:
                verb = {str(Change.UP): "rose", str(Change.DOWN): "fell"}.get(move.change, "moved")
                # A comparison's moves are between two tiers.
                assert move.from_tier is not None
                assert move.to_tier is not None
                before, after = Tier(move.from_tier), Tier(move.to_tier)
                described.append(
                    f"{move.country.name} {verb} from {tier_name(before)} to {tier_name(after)}"
                )
            have = "member has" if len(moves) == 1 else "members have"
            sentences.append(
                f"Since the {previous.year} report, {number(len(moves))} {have} changed tier: "
                + "; ".join(described)
                + "."
            )
        else:
            sentences.append(
                f"No member of {facts.group.name} changed tier since the {previous.year} report."
            )
        if facts.newly_rated:
            sentences.append(f"The report rates {names(facts.newly_rated)} for the first time.")
        if facts.returned:
            sentences.append(
                f"It rates {names(facts.returned)} again, after no placement in the "
                f"{previous.year} report."
            )
        if facts.unknown_before:
            pronoun = "it" if len(facts.unknown_before) == 1 else "they"
            sentences.append(
                f"Our {previous.year} data lacks {names(facts.unknown_before)}, so we cannot "
                f"say whether {pronoun} moved."
            )
        return " ".join(sentences)

    def rules(self, facts: BriefingFacts) -> str | None:
        if not facts.flags and not facts.flag_caveats:
            return None
        sentences = ["The Watch List rule of the TVPA (22 U.S.C. 7107(b)(2)(D)) in this report:"]
        sentences += [fact.flag.render(fact.country.name) for fact in facts.flags]
        if not facts.flags:
            sentences.append("our data shows no rule consequence for the group this year.")
        for country, years in facts.flag_caveats:
            sentences.append(
                f"Our data lacks {country.name} for {join([str(y) for y in years])}, so the "
                f"rule's count for {country.name} may be incomplete."
            )
        return " ".join(sentences)

    # Figures and narrative ----------------------------------------------------------------

    def law_enforcement(self, facts: BriefingFacts) -> str | None:
        pairs = statistic_pairs(facts.statistics)
        if not pairs:
            return None
        clauses = []
        for metric, latest, earlier in pairs:
            label = metric_label(metric)
            if earlier is None:
                where = self._pages([latest.page])
                clauses.append(f"{label}: {figure(latest)} in {latest.period_year}{where}")
                continue
            if latest.value < earlier.value:
                verb = "fell to"
            elif latest.value > earlier.value:
                verb = "rose to"
            else:
                verb = "held at"
            clauses.append(
                f"{label} {verb} {figure(latest)} in {latest.period_year} from "
                f"{figure(earlier)} in {earlier.period_year}"
                f"{self._pages([latest.page, earlier.page])}"
            )
        return f"Law enforcement, according to the {facts.year} report: " + "; ".join(clauses) + "."

    def _pages(self, pages: Sequence[int | None]) -> str:
        text = pages_text(pages, "page", "pages", "and")
        return f" ({text})" if text else ""

    def narrative(self, facts: BriefingFacts) -> str | None:
        narrative = facts.narrative
        if narrative is None or not narrative.tags:
            return None
        clauses = []
        for kind, words in (
            ("form", "forms of trafficking such as"),
            ("sector", "sectors including"),
            ("place", "places such as"),
        ):
            tags = narrative.tags_of(kind)
            if tags:
                listed = join(
                    [tag.name if kind == "place" else tag_label(tag.name) for tag in tags]
                )
                clauses.append(f"{words} {listed}{self._pages([t.page for t in tags])}")
        if not clauses:
            return None
        return f"The report's narrative on {facts.country.name} describes {join(clauses)}."

    def quotes(self, facts: BriefingFacts) -> str | None:
        quotes = self.chosen_quotes(facts)
        if not quotes:
            return None
        quoted = [f"\u201c{q.text.strip()}\u201d{self._pages([q.page])}" for q in quotes]
        return "In the report's words: " + "; ".join(quoted) + "."

    def source_line(self, facts: BriefingFacts) -> str:
        report = facts.report
        text = f"Source: US Department of State, Trafficking in Persons Report {report.year}"
        if report.source_url:
            text += f", {report.source_url}"
        text += "."
        page = facts.narrative_first_page
        if page:
            text += f" The {facts.country.name} narrative begins on page {page}."
        if facts.narrative is not None and has_own_narrative_url(facts):
            text += f" Narrative: {facts.narrative.url}"
        return text

    # Citations ----------------------------------------------------------------------------

    def placement_citation(self, country: Country, placement: Placement) -> str:
        tier = Tier(placement.tier)
        return (
            f"{country.name} {on(tier)} in the {placement.report.year} report: "
            f"{placement.source_name}"
        )

    def group_citation(self, facts: BriefingFacts) -> str:
        return (
            f"Placements of the {len(facts.members)} members of {facts.group.name} in the "
            f"{facts.year} report (tipwatch dataset)"
        )

    def statistic_citation(self, country: Country, statistic: Statistic) -> str:
        label = metric_label(statistic.metric)
        return f"{country.name}: {figure(statistic)} {label} in {statistic.period_year}"

    def quote_citation(self, country: Country, year: int) -> str:
        return f"{country.name} narrative, {year} report"

    def report_citation(self, facts: BriefingFacts) -> str:
        return f"US Department of State, Trafficking in Persons Report {facts.year}"
