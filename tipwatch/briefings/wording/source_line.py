"""The closing source line: the report, its address, where the country's narrative begins and
the narrative's own address when it has one."""

from __future__ import annotations

from django.utils.translation import pgettext

from ..facts import BriefingFacts
from .phrases import name


def source_line(facts: BriefingFacts) -> str:
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


def has_own_narrative_url(facts: BriefingFacts) -> bool:
    """The narrative has an address of its own, not just the whole report's."""
    narrative = facts.narrative
    return bool(narrative and narrative.url and narrative.url != facts.report.source_url)
