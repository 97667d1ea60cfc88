"""Save a briefing as an unpublished news article, or as a new revision of the one saved before.

The article goes under the site's news index, with topics ("TIP Report", the country, the
year: the site's own tags when they exist, whatever their case) and each distinct citation as a
"source" block. `BriefingDraft` remembers which page holds the
briefing for a (country, year, group, language), so drafting again adds a revision to that page
instead of creating another: editors' changes stay in the page's history.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils.html import escape
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Revision

from tipwatch.news.models import NewsIndexPage, NewsPage
from tipwatch.tip.models import Country, Group

from .briefing import Briefing
from .models import BriefingDraft

SUMMARY_MAX = 400
TITLE_MAX = 255
_SOURCES_HEADING = {"en": "Sources", "es": "Fuentes"}


class DraftError(ValueError):
    """The draft cannot be saved: one line saying why."""


@dataclass(frozen=True)
class DraftResult:
    page: NewsPage
    revision: Revision
    created: bool


def news_index() -> NewsIndexPage:
    index = NewsIndexPage.objects.first()
    if index is None:
        raise DraftError(
            "there is no news index page to put the draft under: create the site's News page "
            "first (for example with 'tipwatch setup --demo')"
        )
    return index


REPORT_TOPIC = "TIP Report"


def topics_for(briefing: Briefing, country: Country) -> list[str]:
    return [REPORT_TOPIC, country.name, str(briefing.report_year)]


def topic_tags(names: list[str]) -> list[Tag]:
    """The site's existing tag for each name ("Peru" for "peru", "TIP Report" for "tip-report"),
    matched by name ignoring case or by slug; a new tag only for a name the site lacks."""
    tags = []
    for name in names:
        found = (
            Tag.objects.filter(Q(name__iexact=name) | Q(slug=slugify(name))).order_by("pk").first()
        )
        tags.append(found or Tag.objects.create(name=name))
    return tags


def body_for(briefing: Briefing) -> list[dict[str, Any]]:
    """Raw StreamField data: the paragraphs, a heading, then one source block per distinct
    citation (two figures quoted from one sentence on one page make one box, not two)."""
    body: list[dict[str, Any]] = [
        {"type": "paragraph", "value": f"<p>{escape(paragraph)}</p>"}
        for paragraph in briefing.paragraphs
    ]
    if briefing.citations:
        body.append(
            {
                "type": "heading",
                "value": {"text": _SOURCES_HEADING.get(briefing.lang, "Sources"), "level": "h2"},
            }
        )
    seen: set[tuple[Any, ...]] = set()
    for citation in briefing.citations:
        quote = citation.quote or citation.text
        value: dict[str, Any] = {
            "report_year": citation.report_year,
            "page": citation.page,
            "quote": quote,
            "url": citation.url,
        }
        key = (citation.report_year, citation.page, " ".join(quote.split()), citation.url)
        if key in seen:
            continue
        seen.add(key)
        body.append({"type": "source", "value": value})
    return body


def summary_for(briefing: Briefing) -> str:
    """The briefing's summary sentence, within the news summary's 400 characters."""
    text = briefing.summary or briefing.headline
    if len(text) <= SUMMARY_MAX:
        return text
    return text[: SUMMARY_MAX - 1].rsplit(" ", 1)[0] + "\u2026"


def _fill(page: NewsPage, briefing: Briefing) -> None:
    page.title = briefing.headline[:TITLE_MAX]
    page.draft_title = page.title
    page.summary = summary_for(briefing)
    page.body = body_for(briefing)


def _unique_slug(index: NewsIndexPage, base: str) -> str:
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def save_draft(briefing: Briefing, country: Country, group: Group, user: Any = None) -> DraftResult:
    """Create the draft article, or add a revision to the one saved before."""
    with transaction.atomic():
        record = (
            BriefingDraft.objects.select_for_update()
            .filter(
                country=country,
                report_year=briefing.report_year,
                group=group,
                lang=briefing.lang,
            )
            .select_related("page")
            .first()
        )
        if record is not None:
            page = record.page.specific
            latest = page.get_latest_revision_as_object()
            _fill(latest, briefing)
            latest.topics.add(*topic_tags(topics_for(briefing, country)))
            if not page.live:
                latest.save()
            revision = latest.save_revision(user=user, log_action=True)
            record.save(update_fields=["updated_at"])
            return DraftResult(latest, revision, created=False)

        index = news_index()
        base = slugify(
            f"briefing {country.iso3} {briefing.report_year} {group.slug} {briefing.lang}"
        )
        page = NewsPage(slug=_unique_slug(index, base), live=False, date=datetime.date.today())
        _fill(page, briefing)
        if user is not None and getattr(user, "pk", None):
            page.owner = user
        index.add_child(instance=page)
        page.topics.add(*topic_tags(topics_for(briefing, country)))
        page.save()
        revision = page.save_revision(user=user, log_action=True)
        BriefingDraft.objects.create(
            country=country,
            report_year=briefing.report_year,
            group=group,
            lang=briefing.lang,
            page=page,
        )
        return DraftResult(page, revision, created=True)
