"""The Watch List rule paragraph: the flags the TVPA rules engine gives the group's members this
year, and the members whose missing years may make a count incomplete."""

from __future__ import annotations

from django.utils.translation import pgettext

from tipwatch.tip.language import join

from ..facts import BriefingFacts
from .phrases import name


def rule_paragraph(facts: BriefingFacts) -> str | None:
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
