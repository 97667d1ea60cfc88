"""RSS 2.0 and Atom feeds of news."""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

import pytest

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def articles(home):
    index = NewsIndexPageFactory(parent=home)
    made = [
        NewsPageFactory(
            parent=index,
            title=f"Story {n}",
            date=datetime.date(2025, 1, n + 1),
            topics=["TIP Report"],
        )
        for n in range(3)
    ]
    NewsPageFactory(parent=index, title="Unpublished", publish=False)
    return made


def test_rss_2(client, articles):
    response = client.get("/news/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("link") == "http://testserver/news/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Story 2", "Story 1", "Story 0"]
    first = items[0]
    assert first.findtext("link") == "http://testserver/news/story-2/"
    assert first.findtext("description") == "Summary of Story 2."
    assert first.findtext("category") == "TIP Report"
    assert first.findtext("pubDate").startswith("Fri, 03 Jan 2025")


def test_atom(client, articles):
    response = client.get("/news/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Story 2",
        "Story 1",
        "Story 0",
    ]
    assert entries[0].find(f"{ATOM}link").get("href") == "http://testserver/news/story-2/"
    assert entries[0].findtext(f"{ATOM}updated")
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/news/feed/atom/"
    )


def test_feeds_work_with_no_news(client, home):
    root = ElementTree.fromstring(client.get("/news/feed/rss/").content)
    assert root.find("channel").findall("item") == []
