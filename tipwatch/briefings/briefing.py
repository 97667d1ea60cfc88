"""A composed briefing: headline, paragraphs and citations, with markdown and JSON renderings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.translation import pgettext


@dataclass(frozen=True)
class Citation:
    """One source a briefing relies on. `quote` is the source's own words, when we hold them."""

    text: str
    report_year: int
    page: int | None
    url: str
    quote: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "report_year": self.report_year,
            "page": self.page,
            "url": self.url,
            "quote": self.quote or None,
        }


@dataclass(frozen=True)
class Briefing:
    country_iso3: str
    country_name: str
    report_year: int
    group_slug: str
    lang: str
    headline: str
    paragraphs: list[str]
    citations: list[Citation]
    partial_year: bool = False
    summary: str = ""
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def lead(self) -> str:
        return self.paragraphs[0] if self.paragraphs else ""

    @property
    def text(self) -> str:
        """Headline and paragraphs as plain text."""
        return "\n\n".join([self.headline, *self.paragraphs])

    def as_dict(self) -> dict[str, Any]:
        return {
            "country": {"iso3": self.country_iso3, "name": self.country_name},
            "report_year": self.report_year,
            "group": self.group_slug,
            "lang": self.lang,
            "partial_year": self.partial_year,
            "headline": self.headline,
            "summary": self.summary,
            "paragraphs": list(self.paragraphs),
            "citations": [citation.as_dict() for citation in self.citations],
            "facts": self.facts,
        }


# A briefing's language and the Django language whose catalog words it.
LANGUAGE_CODES = {"en": "en-gb", "es": "es"}


def to_markdown(briefing: Briefing) -> str:
    with translation.override(LANGUAGE_CODES.get(briefing.lang, "en-gb")):
        return _markdown(briefing)


def _markdown(briefing: Briefing) -> str:
    lines = [f"# {briefing.headline}", ""]
    for paragraph in briefing.paragraphs:
        lines += [paragraph, ""]
    if briefing.citations:
        heading = pgettext("briefing", "Sources")
        lines += [f"## {heading}", ""]
        for number, citation in enumerate(briefing.citations, start=1):
            where = f"{citation.report_year}"
            if citation.page:
                where += ", " + pgettext("briefing", "page %(page)s") % {"page": citation.page}
            link = f" <{citation.url}>" if citation.url else ""
            lines.append(f"{number}. {citation.text} ({where}).{link}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_json(briefing: Briefing) -> str:
    return json.dumps(briefing.as_dict(), indent=2, ensure_ascii=False)
