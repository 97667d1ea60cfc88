"""The coverage paragraph: which placements a partial year's data lacks, and which group members
among them."""

from __future__ import annotations

from django.utils.translation import npgettext, pgettext

from ..facts import BriefingFacts
from .phrases import group_name, names


def coverage_paragraph(facts: BriefingFacts) -> str | None:
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
