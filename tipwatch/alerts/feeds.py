"""Atom and RSS feeds of the tier changes members are alerted to, for one country or a group.

Only released change sets are shown, each entry dated when it was released and linked to the
country page. The group comes from the query string, so it is checked like any hostile input:
malformed (control characters, not a slug, too long) is a 400, unknown is a 404.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.translation import gettext

from tipwatch.tip.models import Country, Group
from tipwatch.tip.names import country_name, group_name

from . import wording
from .models import ChangeSetEntry

FEED_LENGTH = 50
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")


def published_entries(country_ids: Any) -> list[ChangeSetEntry]:
    from .models import ChangeSet

    return list(
        ChangeSetEntry.objects.filter(
            change_set__in=ChangeSet.objects.published(), country_id__in=country_ids
        )
        .select_related("country", "change_set")
        .order_by("-change_set__released_at", "-pk")[:FEED_LENGTH]
    )


class ChangesFeed(Feed):
    feed_type: type[SyndicationFeed] = Atom1Feed
    scope_name = ""
    page_url = "/"

    def __init__(self, request: HttpRequest, entries: list[ChangeSetEntry]) -> None:
        super().__init__()
        self.request = request
        self.entries = entries

    def title(self) -> str:
        return gettext("tipwatch: tier changes, %(scope)s") % {"scope": self.scope_name}

    def subtitle(self) -> str:
        return self.description()

    def description(self) -> str:
        return gettext("Tier changes and rule flags in the TIP Report data for %(scope)s.") % {
            "scope": self.scope_name
        }

    def link(self) -> str:
        return self.page_url

    def items(self) -> list[ChangeSetEntry]:
        return self.entries

    def item_title(self, item: ChangeSetEntry) -> str:
        change = wording.describe_change(item.change, item.old_tier or None, item.new_tier or None)
        return gettext("%(country)s: %(change)s (%(year)s report)") % {
            "country": country_name(item.country),
            "change": change,
            "year": item.change_set.report_year,
        }

    def item_description(self, item: ChangeSetEntry) -> str:
        lines = list(item.flag_lines)
        if item.reason:
            lines.append(gettext("Why: %(reason)s") % {"reason": item.reason})
        return " ".join(lines) or self.item_title(item)

    def item_link(self, item: ChangeSetEntry) -> str:
        return reverse("explorer:country", args=[item.country.iso3])

    def item_guid(self, item: ChangeSetEntry) -> str:
        return f"tipwatch-alerts-entry-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: ChangeSetEntry) -> datetime.datetime:
        return item.change_set.released_at or item.change_set.created_at

    def item_updateddate(self, item: ChangeSetEntry) -> datetime.datetime:
        return self.item_pubdate(item)

    def item_categories(self, item: ChangeSetEntry) -> list[str]:
        return [item.country.iso3, item.change]


def _feed_type(fmt: str) -> type[SyndicationFeed]:
    return Rss201rev2Feed if fmt == "rss" else Atom1Feed


def country_feed(request: HttpRequest, iso3: str, fmt: str = "atom") -> HttpResponse:
    country = Country.objects.filter(iso3=iso3.upper()).first()
    if country is None:
        raise Http404(f"We hold no country with the code {iso3!r}.")
    feed = ChangesFeed(request, published_entries([country.pk]))
    feed.feed_type = _feed_type(fmt)
    feed.scope_name = country_name(country)
    feed.page_url = reverse("explorer:country", args=[country.iso3])
    return feed(request)


def group_feed(request: HttpRequest, fmt: str = "atom") -> HttpResponse:
    raw = request.GET.get("group")
    if raw is None or raw == "":
        return HttpResponseBadRequest(
            "Name a group: /compare/feed/?group=SLUG (the groups are listed at /api/v1/groups).",
            content_type="text/plain; charset=utf-8",
        )
    slug = raw.strip().lower()
    if not SLUG.fullmatch(slug):
        return HttpResponseBadRequest(
            "The group must be a slug: lower-case letters, digits and hyphens, at most 100.",
            content_type="text/plain; charset=utf-8",
        )
    group = Group.objects.filter(slug=slug).first()
    if group is None:
        raise Http404(f"We hold no group {slug!r}.")
    feed = ChangesFeed(request, published_entries(group.members.values_list("pk", flat=True)))
    feed.feed_type = _feed_type(fmt)
    feed.scope_name = group_name(group)
    feed.page_url = reverse("explorer:compare") + f"?group={group.slug}"
    return feed(request)
