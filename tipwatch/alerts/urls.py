"""The alerts' public addresses: feeds beside the pages they follow, and the unsubscribe link."""

from django.urls import path, re_path

from . import feeds, views

app_name = "alerts"

urlpatterns = [
    re_path(r"^countries/(?P<iso3>[A-Za-z]{3})/feed/$", feeds.country_feed, name="country-feed"),
    re_path(
        r"^countries/(?P<iso3>[A-Za-z]{3})/feed/rss/$",
        feeds.country_feed,
        {"fmt": "rss"},
        name="country-feed-rss",
    ),
    path("compare/feed/", feeds.group_feed, name="group-feed"),
    path("compare/feed/rss/", feeds.group_feed, {"fmt": "rss"}, name="group-feed-rss"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
