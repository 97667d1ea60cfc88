"""RSS 2.0 and Atom feeds of the latest news articles."""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.translation import gettext
from wagtail.models import Locale, Site

from tipwatch.pages.models import SiteSettings

from .models import NewsIndexPage, NewsPage

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type: type[SyndicationFeed] = Rss201rev2Feed

    def __call__(self, request: HttpRequest, *args, **kwargs):
        self.request = request
        self.site = Site.find_for_request(request)
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        name = SiteSettings.for_request(self.request).site_name if self.site else "tipwatch"
        return gettext("%(name)s: news") % {"name": name}

    def description(self) -> str:
        settings = SiteSettings.for_request(self.request) if self.site else None
        name = settings.site_name if settings else "tipwatch"
        country = settings.focus_country if settings else None
        if country is not None:
            return gettext(
                "News from %(name)s on trafficking in persons and human rights in %(country)s."
            ) % {"name": name, "country": country.name}
        return gettext("News from %(name)s on trafficking in persons and human rights.") % {
            "name": name
        }

    def link(self) -> str:
        index = NewsIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()
        if index is not None:
            return index.get_url(self.request) or "/"
        return "/"

    def items(self) -> list[NewsPage]:
        # The feed at /es/news/feed/ carries the Spanish articles, the one at /news/feed/ the
        # English ones.
        articles = NewsPage.objects.live().public().filter(locale=Locale.get_active())
        return list(articles.newest_first()[:FEED_LENGTH])

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.summary

    def item_link(self, item: NewsPage) -> str:
        return item.get_url(self.request) or "/"

    def item_pubdate(self, item: NewsPage) -> datetime.datetime:
        return item.published_datetime

    def item_updateddate(self, item: NewsPage) -> datetime.datetime:
        return item.last_published_at or item.published_datetime

    def item_categories(self, item: NewsPage) -> list[str]:
        return [tag.name for tag in item.topic_list()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self) -> str:
        return self.description()
