"""The briefing's headline: where the report places the country, and how that changed."""

from __future__ import annotations

from django.utils.translation import pgettext

from tipwatch.tip.rules import Change, Tier

from ..facts import BriefingFacts
from .phrases import name, on, tier_name


def headline(facts: BriefingFacts) -> str:
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
                pgettext("briefing", "%(name)s remains a special case in the %(year)s TIP Report")
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
            pgettext("briefing", "%(name)s stays %(on_tier)s in the %(year)s TIP Report") % values
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
    return pgettext("briefing", "%(name)s placed %(on_tier)s in the %(year)s TIP Report") % values
