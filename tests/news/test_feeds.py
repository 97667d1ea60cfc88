"""RSS 2.0 and Atom feeds of news."""

from __future__ import annotations

import datetime
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

import pytest

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def child(element: Element, path: str) -> Element:
    """`element.find(path)`, asserting that it finds an element."""
    found = element.find(path)
    assert found is not None, f"no element matches {path!r}"
    return found


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
    channel = child(root, "channel")
    assert channel.findtext("link") == "http://testserver/news/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Story 2", "Story 1", "Story 0"]
    first = items[0]
    assert first.findtext("link") == "http://testserver/news/story-2/"
    assert first.findtext("description") == "Summary of Story 2."
    assert first.findtext("category") == "TIP Report"
    assert first.findtext("pubDate", default="").startswith("Fri, 03 Jan 2025")


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
    assert child(entries[0], f"{ATOM}link").get("href") == "http://testserver/news/story-2/"
    assert entries[0].findtext(f"{ATOM}updated")
    assert child(root, f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/news/feed/atom/"
    )


def test_feeds_work_with_no_news(client, home):
    root = ElementTree.fromstring(client.get("/news/feed/rss/").content)
    assert child(root, "channel").findall("item") == []
