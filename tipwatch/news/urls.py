from django.http import HttpRequest, HttpResponse
from django.urls import path

from .feeds import NewsAtomFeed, NewsRssFeed


def rss_feed(request: HttpRequest) -> HttpResponse:
    # A new Feed per request: the feed keeps the request on itself to build URLs.
    return NewsRssFeed()(request)


def atom_feed(request: HttpRequest) -> HttpResponse:
    return NewsAtomFeed()(request)


app_name = "news"

urlpatterns = [
    path("rss/", rss_feed, name="feed-rss"),
    path("atom/", atom_feed, name="feed-atom"),
]
