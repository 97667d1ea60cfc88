"""The narrative and quotes paragraphs: the forms, sectors and places the report's narrative
names, and up to `MAX_QUOTES` of its sentences in its own words."""

from __future__ import annotations

from django.utils.translation import pgettext

from tipwatch.tip.language import join

from ..facts import BriefingFacts
from ..sources import NarrativeQuote
from .pages import pages_note
from .phrases import name, spanish, tag

MAX_QUOTES = 3


def narrative_paragraph(facts: BriefingFacts) -> str | None:
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
        values = {"list": join(words) + pages_note([t.page for t in tags])}
        if kind == "form":
            clauses.append(pgettext("briefing", "forms of trafficking such as %(list)s") % values)
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


def quotes_paragraph(facts: BriefingFacts) -> str | None:
    quotes = chosen_quotes(facts)
    if not quotes:
        return None
    quoted = [
        pgettext("quotation", "“%(quote)s”") % {"quote": q.text.strip()} + pages_note([q.page])
        for q in quotes
    ]
    return pgettext("briefing", "In the report's words: %(quotes)s.") % {
        "quotes": "; ".join(quoted)
    }


def chosen_quotes(facts: BriefingFacts) -> list[NarrativeQuote]:
    if facts.narrative is None:
        return []
    return [quote for quote in facts.narrative.quotes if quote.text.strip()][:MAX_QUOTES]
