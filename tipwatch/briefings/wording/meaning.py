"""What the country's tier means under the TVPA, in one sentence."""

from __future__ import annotations

from django.utils.translation import pgettext

from tipwatch.tip.rules import Tier
from tipwatch.tip.tier_text import tier_meaning

from ..facts import BriefingFacts
from .phrases import tier_name


def meaning_paragraph(facts: BriefingFacts) -> str:
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
