"""A country's profile lists the published articles tagged with its name, kept as a fragment
that a publish or an unpublish replaces."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401

pytestmark = pytest.mark.usefixtures("tip_data")


def related(client: Client, url: str = "/countries/PER/") -> list[str]:
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [link.get_text() for link in html.select("h2#news + ul a")]


def test_the_profile_lists_articles_tagged_with_the_country_and_follows_publishing(
    client: Client,
    home: Any,  # noqa: F811 - the fixture imported above
) -> None:
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Chile alone", topics=["Chile"])
    first = NewsPageFactory.create(
        parent=index, title="Peru stays", date=datetime.date(2015, 7, 1), topics=["Peru"]
    )
    assert related(client) == ["Peru stays"]

    NewsPageFactory(
        parent=index, title="Peru again", date=datetime.date(2016, 7, 1), topics=["Peru"]
    )
    assert related(client) == ["Peru again", "Peru stays"]

    first.unpublish()
    assert related(client) == ["Peru again"]


def test_the_fragment_is_read_once_per_content_version(
    client: Client,
    home: Any,  # noqa: F811 - the fixture imported above
) -> None:
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Peru stays", topics=["Peru"])
    assert related(client) == ["Peru stays"]
    # Another address of the same page (not in the response cache) reads no news again.
    with CaptureQueriesContext(connection) as queries:
        assert related(client, "/countries/PER/?from=feed") == ["Peru stays"]
    assert not any("news_newspage" in query["sql"] for query in queries.captured_queries)
