"""A briefing's sentences, in the active language, and the order of its paragraphs.

One `Wording` for every language: the sentences are catalog entries (context "briefing"),
numbers, ordinals and dates come from Babel and num2words (`tipwatch.tip.language`), and the
tier, metric and tag words and names from `phrases`. The composer activates the language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.utils.translation import npgettext, pgettext

from tipwatch.tip.language import capitalised, cardinal, date_text, join, ordinal
from tipwatch.tip.models import Country, Placement, SourceKind
from tipwatch.tip.rules import Change, Tier
from tipwatch.tip.tier_text import tier_meaning

from ..briefing import Citation
from ..facts import BriefingFacts
from ..sources import LAW_ENFORCEMENT_METRICS, NarrativeQuote, Statistic
from .phrases import (
    figure,
    group_definition,
    group_name,
    metric,
    name,
    names,
    on,
    spanish,
    spanish_contractions,
    tag,
    tier_name,
)

MAX_QUOTES = 3


class Wording:
    """Turns `BriefingFacts` into sentences in the active language."""

    def __init__(self, lang: str = "") -> None:
        self.lang = lang

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
        return [spanish_contractions(part) for part in parts if part]

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

    @staticmethod
    def chosen_statistics(facts: BriefingFacts) -> list[Statistic]:
        """For each law-enforcement metric, the latest figure and the one for the year before."""
        chosen: list[Statistic] = []
        for _metric, latest, earlier in statistic_pairs(facts.statistics):
            chosen.append(latest)
            if earlier is not None:
                chosen.append(earlier)
        return chosen

    @staticmethod
    def chosen_quotes(facts: BriefingFacts) -> list[NarrativeQuote]:
        if facts.narrative is None:
            return []
        return [quote for quote in facts.narrative.quotes if quote.text.strip()][:MAX_QUOTES]

    # Headline and lead --------------------------------------------------------------------

    def headline(self, facts: BriefingFacts) -> str:
        return spanish_contractions(self._headline(facts))

    def _headline(self, facts: BriefingFacts) -> str:
        tier, entry = facts.tier, facts.entry
        change = entry.change
        values = {
            "name": name(facts.country),
            "year": facts.year,
            "tier": tier_name(tier),
            "on_tier": on(tier),
            "previous_year": entry.previous_year,
        }
        if tier is Tier.SPECIAL_CASE:
            if change is Change.SAME:
                return (
                    pgettext(
                        "briefing", "%(name)s remains a special case in the %(year)s TIP Report"
                    )
                    % values
                )
            return (
                pgettext("briefing", "%(name)s listed a special case in the %(year)s TIP Report")
                % values
            )
        if change is Change.SAME and entry.skipped_unknown_years:
            return (
                pgettext(
                    "briefing",
                    "%(name)s %(on_tier)s in the %(year)s TIP Report, as in %(previous_year)s",
                )
                % values
            )
        if change is Change.SAME:
            return (
                pgettext("briefing", "%(name)s stays %(on_tier)s in the %(year)s TIP Report")
                % values
            )
        before = entry.previous_tier
        if change in (Change.UP, Change.DOWN) and entry.skipped_unknown_years and before:
            values["previous_tier"] = tier_name(before)
            if change is Change.UP:
                template = pgettext(
                    "briefing",
                    "%(name)s %(on_tier)s in the %(year)s TIP Report, up from %(previous_tier)s "
                    "in %(previous_year)s",
                )
            else:
                template = pgettext(
                    "briefing",
                    "%(name)s %(on_tier)s in the %(year)s TIP Report, down from "
                    "%(previous_tier)s in %(previous_year)s",
                )
            return template % values
        if change is Change.UP:
            return (
                pgettext("briefing", "%(name)s upgraded to %(tier)s in the %(year)s TIP Report")
                % values
            )
        if change is Change.DOWN:
            return (
                pgettext("briefing", "%(name)s downgraded to %(tier)s in the %(year)s TIP Report")
                % values
            )
        if facts.earlier_placements == 0:
            return (
                pgettext(
                    "briefing",
                    "%(name)s rated for the first time, %(on_tier)s, in the %(year)s TIP Report",
                )
                % values
            )
        return (
            pgettext("briefing", "%(name)s placed %(on_tier)s in the %(year)s TIP Report") % values
        )

    def lead(self, facts: BriefingFacts) -> str:
        report = facts.report
        published = date_text(report.publication_date)
        values = {"year": report.year, "date": published}
        if published:
            opening = (
                pgettext(
                    "briefing",
                    "The US State Department published its %(year)s Trafficking in Persons (TIP) "
                    "Report on %(date)s.",
                )
                % values
            )
        else:
            opening = (
                pgettext(
                    "briefing",
                    "The US State Department published its %(year)s Trafficking in Persons (TIP) "
                    "Report.",
                )
                % values
            )
        sentences = [opening, self._placement_sentence(facts)]
        provenance = self._provenance(facts.country, facts.placement)
        if provenance:
            sentences.append(provenance)
        return " ".join(sentences)

    def summary(self, facts: BriefingFacts) -> str:
        """One sentence for listings: the placement and its change."""
        return spanish_contractions(self._placement_sentence(facts))

    def _placement_sentence(self, facts: BriefingFacts) -> str:
        entry, tier = facts.entry, facts.tier
        previous = entry.previous_tier
        values: dict[str, object] = {
            "year": facts.year,
            "name": name(facts.country),
            "tier": tier_name(tier),
            "on_tier": on(tier),
            "previous_year": entry.previous_year,
            "gap": self._gap_note(facts),
        }
        if previous is not None:
            values["previous_tier"] = tier_name(previous)
            values["on_previous"] = on(previous)
        if entry.change is Change.SAME and previous is not None:
            if entry.skipped_unknown_years:
                return (
                    pgettext(
                        "briefing",
                        "The %(year)s report places %(name)s %(on_tier)s, as did the "
                        "%(previous_year)s report%(gap)s.",
                    )
                    % values
                )
            values["nth"] = ordinal(entry.years_at_tier)
            if entry.years_at_tier_is_minimum:
                values["unknown_year"] = facts.year - entry.years_at_tier
                return (
                    pgettext(
                        "briefing",
                        "The %(year)s report keeps %(name)s %(on_tier)s for at least the %(nth)s "
                        "consecutive year, unchanged from the %(previous_year)s report (our data "
                        "for %(unknown_year)s lacks %(name)s, so the run may be longer).",
                    )
                    % values
                )
            return (
                pgettext(
                    "briefing",
                    "The %(year)s report keeps %(name)s %(on_tier)s for the %(nth)s consecutive "
                    "year, unchanged from the %(previous_year)s report.",
                )
                % values
            )
        if entry.change in (Change.UP, Change.DOWN) and previous is not None:
            up = entry.change is Change.UP
            if entry.skipped_unknown_years and up:
                template = pgettext(
                    "briefing",
                    "The %(year)s report places %(name)s %(on_tier)s, higher than "
                    "%(previous_tier)s in the %(previous_year)s report%(gap)s.",
                )
            elif entry.skipped_unknown_years:
                template = pgettext(
                    "briefing",
                    "The %(year)s report places %(name)s %(on_tier)s, lower than "
                    "%(previous_tier)s in the %(previous_year)s report%(gap)s.",
                )
            elif up:
                template = pgettext(
                    "briefing",
                    "The %(year)s report upgrades %(name)s to %(tier)s, from %(previous_tier)s "
                    "in the %(previous_year)s report%(gap)s.",
                )
            else:
                template = pgettext(
                    "briefing",
                    "The %(year)s report downgrades %(name)s to %(tier)s, from "
                    "%(previous_tier)s in the %(previous_year)s report%(gap)s.",
                )
            return template % values
        if previous is not None:
            if tier is Tier.SPECIAL_CASE:
                return (
                    pgettext(
                        "briefing",
                        "The %(year)s report lists %(name)s as a special case, after placing it "
                        "%(on_previous)s in the %(previous_year)s report%(gap)s.",
                    )
                    % values
                )
            return (
                pgettext(
                    "briefing",
                    "The %(year)s report places %(name)s %(on_tier)s, after listing it as a "
                    "special case in the %(previous_year)s report%(gap)s.",
                )
                % values
            )
        if facts.earlier_placements == 0:
            if entry.skipped_unknown_years:
                template = pgettext(
                    "briefing",
                    "The %(year)s report rates %(name)s in our data, placing it %(on_tier)s.",
                )
            else:
                template = pgettext(
                    "briefing",
                    "The %(year)s report rates %(name)s for the first time, placing it "
                    "%(on_tier)s.",
                )
            return template % values
        values["previous_year"] = facts.year - 1 - len(entry.skipped_unknown_years)
        return (
            pgettext(
                "briefing",
                "The %(year)s report places %(name)s %(on_tier)s; %(name)s was not rated in the "
                "%(previous_year)s report.",
            )
            % values
        )

    def _gap_note(self, facts: BriefingFacts) -> str:
        skipped = facts.entry.skipped_unknown_years
        if not skipped:
            return ""
        values = {"years": join([str(year) for year in skipped]), "name": name(facts.country)}
        return " " + (
            pgettext(
                "briefing",
                "(our data for %(years)s lacks %(name)s, so it may have moved in between)",
            )
            % values
        )

    def _provenance(self, country: Country, placement: Placement) -> str:
        values = {
            "name": name(country),
            "year": placement.report.year,
            "source": placement.source_name,
        }
        if placement.inferred:
            return (
                pgettext(
                    "briefing",
                    "Our record of %(name)s's %(year)s placement is inferred from the report's "
                    "lists and totals, not read from a source that states it.",
                )
                % values
            )
        if placement.source_kind == SourceKind.SECONDARY:
            return (
                pgettext(
                    "briefing",
                    "Our record of %(name)s's %(year)s placement comes from a secondary list "
                    "(%(source)s), not from the report itself.",
                )
                % values
            )
        return ""

    # What the tier means ------------------------------------------------------------------

    def meaning(self, facts: BriefingFacts) -> str:
        summary = tier_meaning(facts.tier).summary
        values = {"meaning": summary[0].lower() + summary[1:], "tier": tier_name(facts.tier)}
        if facts.tier is Tier.SPECIAL_CASE:
            return (
                pgettext(
                    "briefing",
                    "A special case is not a tier of the US Trafficking Victims Protection Act "
                    "(TVPA): it means that %(meaning)s",
                )
                % values
            )
        if facts.tier is Tier.WATCH_LIST:
            return (
                pgettext(
                    "briefing",
                    "The Tier 2 Watch List means, under the US Trafficking Victims Protection "
                    "Act (TVPA), that %(meaning)s",
                )
                % values
            )
        return (
            pgettext(
                "briefing",
                "%(tier)s means, under the US Trafficking Victims Protection Act (TVPA), that "
                "%(meaning)s",
            )
            % values
        )

    # Coverage -----------------------------------------------------------------------------

    def coverage(self, facts: BriefingFacts) -> str | None:
        report = facts.report
        if not report.is_partial:
            return None
        count = len(facts.year_gaps)
        values: dict[str, object] = {
            "year": report.year,
            "group": group_name(facts.group),
            "count": count,
            "assessed": report.countries_assessed,
        }
        if not facts.year_gaps:
            values["note"] = report.coverage_note.rstrip(".")
            return pgettext("briefing", "Our data for %(year)s is partial: %(note)s.") % values
        if report.countries_assessed:
            text = (
                pgettext(
                    "briefing",
                    "Our data for %(year)s is partial: it lacks the placements of %(count)s of "
                    "the %(assessed)s countries the report assessed",
                )
                % values
            )
        else:
            text = (
                npgettext(
                    "briefing",
                    "Our data for %(year)s is partial: it lacks the placements of %(count)s "
                    "country the report assessed",
                    "Our data for %(year)s is partial: it lacks the placements of %(count)s "
                    "countries the report assessed",
                    count,
                )
                % values
            )
        if count <= 5:
            text += f" ({names(facts.year_gaps)})"
        missing = facts.comparison.missing_from_data
        if missing:
            values.update(count=len(missing), size=len(facts.members), names=names(missing))
            text += (
                pgettext(
                    "briefing",
                    ", including %(count)s of the %(size)s members of %(group)s: %(names)s. The "
                    "group figures below leave them out.",
                )
                % values
            )
        else:
            text += (
                npgettext(
                    "briefing",
                    "; it is not a member of %(group)s.",
                    "; none of them is a member of %(group)s.",
                    count,
                )
                % values
            )
        return text

    # The group ----------------------------------------------------------------------------

    def group(self, facts: BriefingFacts) -> str:
        comparison, tier = facts.comparison, facts.tier
        size = len(facts.members)
        missing = comparison.missing_from_data
        counts = comparison.counts()
        parts = [
            f"{counts[each.value]} {on(each)}"
            for each in (Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3)
            if counts[each.value]
        ]
        special_count = counts[Tier.SPECIAL_CASE.value]
        if special_count:
            parts.append(
                npgettext(
                    "briefing",
                    "%(count)s as special case",
                    "%(count)s as special cases",
                    special_count,
                )
                % {"count": special_count}
            )
        values: dict[str, object] = {
            "name": name(facts.country),
            "group": group_name(facts.group),
            "year": facts.year,
            "size": size,
            "tier": tier_name(tier),
            "on_tier": on(tier),
        }
        if missing:
            values["count"] = size - len(missing)
            values["members"] = pgettext(
                "briefing", "the %(count)s members of %(group)s in our %(year)s data"
            ) % (values)
        else:
            values["count"] = size
            values["members"] = pgettext("briefing", "the %(count)s members of %(group)s") % values
        values["parts"] = join(parts) or pgettext("briefing", "none on any tier")
        sentences = [
            pgettext("briefing", "Of %(members)s, the %(year)s report places %(parts)s.") % values
        ]
        tier_of = comparison.tier_of
        if tier is Tier.SPECIAL_CASE:
            sentences.append(
                pgettext(
                    "briefing",
                    "As a special case, %(name)s is not ranked against the other members.",
                )
                % values
            )
        else:
            sentences.append(self._relative(facts.relative["above"], True, facts, tier_of))
            same = facts.relative["same"]
            if len(same) == 1:
                sentences.append(
                    pgettext(
                        "briefing", "%(name)s shares %(tier)s with one other member: %(names)s."
                    )
                    % {**values, "names": names(same)}
                )
            elif same:
                sentences.append(
                    pgettext(
                        "briefing",
                        "%(name)s shares %(tier)s with %(count_words)s other members: %(names)s.",
                    )
                    % {**values, "names": names(same), "count_words": cardinal(len(same))}
                )
            else:
                sentences.append(pgettext("briefing", "No other member is %(on_tier)s.") % values)
            sentences.append(self._relative(facts.relative["below"], False, facts, tier_of))
        special = [
            c
            for c in comparison.countries_at(Tier.SPECIAL_CASE.value)
            if c.iso3 != facts.country.iso3
        ]
        if special:
            sentences.append(
                pgettext("briefing", "The report lists %(names)s as a special case.")
                % {"names": names(special)}
            )
        if comparison.not_rated:
            sentences.append(
                pgettext("briefing", "It does not rate %(names)s.")
                % {"names": names(comparison.not_rated)}
            )
        if missing:
            sentences.append(
                pgettext(
                    "briefing",
                    "Our %(year)s data lacks %(names)s (%(count)s of the %(size)s members), so "
                    "they are left out of these figures.",
                )
                % {**values, "names": names(missing), "count": len(missing)}
            )
        sentences.append(
            pgettext("briefing", "Group definition used (%(slug)s): %(definition)s")
            % {"slug": facts.group.slug, "definition": group_definition(facts.group, size)}
        )
        return " ".join(sentences)

    def _relative(
        self,
        countries: list[Country],
        above: bool,
        facts: BriefingFacts,
        tier_of: Callable[[Country], str | None],
    ) -> str:
        values: dict[str, object] = {"name": name(facts.country)}
        if not countries:
            if above:
                return pgettext("briefing", "No member ranks above %(name)s.") % values
            return pgettext("briefing", "No member ranks below %(name)s.") % values
        grouped = by_tier(countries, tier_of)
        if len(countries) == 1:
            values.update(other=name(countries[0]), on_tier=on(grouped[0][0]))
            if above:
                return (
                    pgettext("briefing", "%(other)s alone ranks above %(name)s, %(on_tier)s.")
                    % values
                )
            return (
                pgettext("briefing", "%(other)s alone ranks below %(name)s, %(on_tier)s.") % values
            )
        values["listed"] = join([f"{names(group)} {on(tier)}" for tier, group in grouped])
        values["count_words"] = capitalised(cardinal(len(countries)))
        if above:
            return (
                pgettext("briefing", "%(count_words)s members rank above %(name)s: %(listed)s.")
                % values
            )
        return (
            pgettext("briefing", "%(count_words)s members rank below %(name)s: %(listed)s.")
            % values
        )

    # Movers and the Watch List rule ---------------------------------------------------------

    def moves(self, facts: BriefingFacts) -> str:
        previous = facts.previous_report
        if previous is None:
            return pgettext(
                "briefing",
                "The %(year)s report is the first in our data, so there is no earlier "
                "placement to compare with.",
            ) % {"year": facts.year}
        values: dict[str, object] = {"year": previous.year, "group": group_name(facts.group)}
        sentences = []
        moves = facts.moves
        if moves:
            described = []
            for move in moves:
                # A comparison's moves are between two tiers.
                assert move.from_tier is not None
                assert move.to_tier is not None
                change = {
                    "name": name(move.country),
                    "before": tier_name(Tier(move.from_tier)),
                    "after": tier_name(Tier(move.to_tier)),
                }
                if move.change == str(Change.UP):
                    described.append(
                        pgettext("briefing", "%(name)s rose from %(before)s to %(after)s") % change
                    )
                elif move.change == str(Change.DOWN):
                    described.append(
                        pgettext("briefing", "%(name)s fell from %(before)s to %(after)s") % change
                    )
                else:
                    described.append(
                        pgettext("briefing", "%(name)s moved from %(before)s to %(after)s") % change
                    )
            values["moves"] = "; ".join(described)
            if len(moves) == 1:
                template = pgettext(
                    "briefing", "Since the %(year)s report, one member has changed tier: %(moves)s."
                )
            else:
                values["count_words"] = cardinal(len(moves))
                template = pgettext(
                    "briefing",
                    "Since the %(year)s report, %(count_words)s members have changed tier: "
                    "%(moves)s.",
                )
            sentences.append(template % values)
        else:
            sentences.append(
                pgettext(
                    "briefing", "No member of %(group)s changed tier since the %(year)s report."
                )
                % values
            )
        if facts.newly_rated:
            sentences.append(
                pgettext("briefing", "The report rates %(names)s for the first time.")
                % {"names": names(facts.newly_rated)}
            )
        if facts.returned:
            sentences.append(
                pgettext(
                    "briefing",
                    "It rates %(names)s again, after no placement in the %(year)s report.",
                )
                % {**values, "names": names(facts.returned)}
            )
        if facts.unknown_before:
            values["names"] = names(facts.unknown_before)
            if len(facts.unknown_before) == 1:
                template = pgettext(
                    "briefing",
                    "Our %(year)s data lacks %(names)s, so we cannot say whether it moved.",
                )
            else:
                template = pgettext(
                    "briefing",
                    "Our %(year)s data lacks %(names)s, so we cannot say whether they moved.",
                )
            sentences.append(template % values)
        return " ".join(sentences)

    def rules(self, facts: BriefingFacts) -> str | None:
        if not facts.flags and not facts.flag_caveats:
            return None
        sentences = [
            pgettext(
                "briefing",
                "The Watch List rule of the TVPA (22 U.S.C. 7107(b)(2)(D)) in this report:",
            )
        ]
        sentences += [fact.flag.render(name(fact.country)) for fact in facts.flags]
        if not facts.flags:
            sentences.append(
                pgettext("briefing", "our data shows no rule consequence for the group this year.")
            )
        for country, years in facts.flag_caveats:
            sentences.append(
                pgettext(
                    "briefing",
                    "Our data lacks %(name)s for %(years)s, so the rule's count for %(name)s may "
                    "be incomplete.",
                )
                % {"name": name(country), "years": join([str(y) for y in years])}
            )
        return " ".join(sentences)

    # Figures and narrative ----------------------------------------------------------------

    def law_enforcement(self, facts: BriefingFacts) -> str | None:
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
                values["pages"] = self._pages([latest.page])
                clauses.append(
                    pgettext("briefing", "%(label)s: %(figure)s in %(year)s%(pages)s") % values
                )
                continue
            values.update(
                earlier=figure(earlier),
                earlier_year=earlier.period_year,
                pages=self._pages([latest.page, earlier.page]),
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

    def _pages(self, pages: Sequence[int | None]) -> str:
        unique = sorted({page for page in pages if page})
        if not unique:
            return ""
        if len(unique) == 1:
            text = pgettext("briefing", "page %(page)s") % {"page": unique[0]}
        else:
            text = pgettext("briefing", "pages %(pages)s and %(last)s") % {
                "pages": ", ".join(str(p) for p in unique[:-1]),
                "last": unique[-1],
            }
        return f" ({text})"

    def narrative(self, facts: BriefingFacts) -> str | None:
        narrative = facts.narrative
        if narrative is None or not narrative.tags:
            return None
        clauses = []
        for kind in ("form", "sector", "place"):
            tags = narrative.tags_of(kind)
            if not tags:
                continue
            words = [
                item.name if kind == "place" and not spanish() else tag(item.name) for item in tags
            ]
            values = {"list": join(words) + self._pages([t.page for t in tags])}
            if kind == "form":
                clauses.append(
                    pgettext("briefing", "forms of trafficking such as %(list)s") % values
                )
            elif kind == "sector":
                clauses.append(pgettext("briefing", "sectors including %(list)s") % values)
            else:
                clauses.append(pgettext("briefing", "places such as %(list)s") % values)
        if not clauses:
            return None
        return pgettext("briefing", "The report's narrative on %(name)s describes %(clauses)s.") % {
            "name": name(facts.country),
            "clauses": join(clauses),
        }

    def quotes(self, facts: BriefingFacts) -> str | None:
        quotes = self.chosen_quotes(facts)
        if not quotes:
            return None
        quoted = [
            pgettext("quotation", "“%(quote)s”") % {"quote": q.text.strip()} + self._pages([q.page])
            for q in quotes
        ]
        return pgettext("briefing", "In the report's words: %(quotes)s.") % {
            "quotes": "; ".join(quoted)
        }

    def source_line(self, facts: BriefingFacts) -> str:
        report = facts.report
        text = pgettext(
            "briefing", "Source: US Department of State, Trafficking in Persons Report %(year)s"
        ) % {"year": report.year}
        if report.source_url:
            text += f", {report.source_url}"
        text += "."
        page = facts.narrative_first_page
        if page:
            text += " " + (
                pgettext("briefing", "The %(name)s narrative begins on page %(page)s.")
                % {"name": name(facts.country), "page": page}
            )
        if facts.narrative is not None and has_own_narrative_url(facts):
            text += " " + pgettext("briefing", "Narrative: %(url)s") % {"url": facts.narrative.url}
        return text

    # Citations ----------------------------------------------------------------------------

    def placement_citation(self, country: Country, placement: Placement) -> str:
        return pgettext("briefing", "%(name)s %(on_tier)s in the %(year)s report: %(source)s") % {
            "name": name(country),
            "on_tier": on(Tier(placement.tier)),
            "year": placement.report.year,
            "source": placement.source_name,
        }

    def group_citation(self, facts: BriefingFacts) -> str:
        return spanish_contractions(
            pgettext(
                "briefing",
                "Placements of the %(count)s members of %(group)s in the %(year)s report "
                "(tipwatch dataset)",
            )
            % {"count": len(facts.members), "group": group_name(facts.group), "year": facts.year}
        )

    def statistic_citation(self, country: Country, statistic: Statistic) -> str:
        return pgettext("briefing", "%(name)s: %(figure)s %(label)s in %(year)s") % {
            "name": name(country),
            "figure": figure(statistic),
            "label": metric(statistic.metric),
            "year": statistic.period_year,
        }

    def quote_citation(self, country: Country, year: int) -> str:
        return pgettext("briefing", "%(name)s narrative, %(year)s report") % {
            "name": name(country),
            "year": year,
        }

    def report_citation(self, facts: BriefingFacts) -> str:
        return pgettext(
            "briefing", "US Department of State, Trafficking in Persons Report %(year)s"
        ) % {"year": facts.year}


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


def has_own_narrative_url(facts: BriefingFacts) -> bool:
    """The narrative has an address of its own, not just the whole report's."""
    narrative = facts.narrative
    return bool(narrative and narrative.url and narrative.url != facts.report.source_url)
