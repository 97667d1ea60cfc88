"""The lead paragraph: the report's publication, the country's placement and its change from
the report before (also the one-sentence summary for listings), and where our record of the
placement comes from when it is not the report itself."""

from __future__ import annotations

from django.utils.translation import pgettext

from tipwatch.tip.language import date_text, join, ordinal
from tipwatch.tip.models import Country, Placement, SourceKind
from tipwatch.tip.rules import Change, Tier

from ..facts import BriefingFacts
from .phrases import name, on, tier_name


def lead_paragraph(facts: BriefingFacts) -> str:
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
    sentences = [opening, placement_sentence(facts)]
    provenance = _provenance(facts.country, facts.placement)
    if provenance:
        sentences.append(provenance)
    return " ".join(sentences)


def placement_sentence(facts: BriefingFacts) -> str:
    entry, tier = facts.entry, facts.tier
    previous = entry.previous_tier
    values: dict[str, object] = {
        "year": facts.year,
        "name": name(facts.country),
        "tier": tier_name(tier),
        "on_tier": on(tier),
        "previous_year": entry.previous_year,
        "gap": _gap_note(facts),
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
                "The %(year)s report rates %(name)s for the first time, placing it %(on_tier)s.",
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


def _gap_note(facts: BriefingFacts) -> str:
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


def _provenance(country: Country, placement: Placement) -> str:
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
