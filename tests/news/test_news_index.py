"""All news: order, pagination edge cases, topic and year filters, archive, query bounds."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.html import one
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import ImageFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in html.select(".cards .card__title a")]


@pytest.fixture
def index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def many(index):
    """23 articles: 10 + 10 + 3, one a day from 1 March 2024 (newest: 23 March)."""
    return [
        NewsPageFactory(parent=index, title=f"Day {n:02d}", date=datetime.date(2024, 3, n))
        for n in range(1, 24)
    ]


def test_newest_first_ten_per_page(client, many):
    response = client.get("/news/")
    assert response.status_code == 200
    assert titles(response) == [f"Day {n:02d}" for n in range(23, 13, -1)]
    assert titles(client.get("/news/?page=2")) == [f"Day {n:02d}" for n in range(13, 3, -1)]
    assert titles(client.get("/news/?page=3")) == ["Day 03", "Day 02", "Day 01"]


def test_pagination_links(client, many):
    html = BeautifulSoup(client.get("/news/?page=2").content, "html.parser")
    nav = one(html, "nav", attrs={"aria-label": "Pages"})
    assert one(nav, "a", rel="prev")["href"] == "?page=1"
    assert one(nav, "a", rel="next")["href"] == "?page=3"
    assert one(nav, "span", attrs={"aria-current": "page"}).get_text() == "2"


@pytest.mark.parametrize("bad", ["abc", "", "1.5", "%20", "two", "1e3"])
def test_non_numeric_page_gives_page_one(client, many, bad):
    response = client.get(f"/news/?page={bad}")
    assert response.status_code == 200
    assert titles(response)[0] == "Day 23"


@pytest.mark.parametrize("out_of_range", ["4", "0", "-1", "99999999999999999999999"])
def test_out_of_range_page_is_404(client, many, out_of_range):
    assert client.get(f"/news/?page={out_of_range}").status_code == 404


def test_empty_index_page_one_is_fine(client, index):
    response = client.get("/news/")
    assert response.status_code == 200
    assert b"No articles match." in response.content


def test_filter_by_topic(client, index):
    NewsPageFactory(parent=index, title="Mining story", topics=["Forced labour", "Peru"])
    NewsPageFactory(parent=index, title="Report story", topics=["TIP Report"])
    NewsPageFactory(parent=index, title="Both", topics=["TIP Report", "Peru"])
    response = client.get("/news/?topic=peru")
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Both", "Mining story"]
    html = BeautifulSoup(response.content, "html.parser")
    assert "Peru" in one(html, "h1").get_text()
    topics = {a.get_text(): a["href"] for a in html.select(".news-filters a[href*=topic]")}
    assert topics == {
        "Forced labour": "/news/?topic=forced-labour",
        "Peru": "/news/?topic=peru",
        "TIP Report": "/news/?topic=tip-report",
    }


def test_unknown_topic_is_404(client, index):
    NewsPageFactory(parent=index)
    assert client.get("/news/?topic=no-such-topic").status_code == 404


def test_filter_by_year_and_archive(client, index):
    for year, count in ((2015, 2), (2024, 3), (2026, 1)):
        for n in range(count):
            NewsPageFactory(parent=index, title=f"{year}-{n}", date=datetime.date(year, 6, n + 1))
    NewsPageFactory(parent=index, title="draft", date=datetime.date(2019, 1, 1), publish=False)
    response = client.get("/news/?year=2015")
    assert sorted(titles(response)) == ["2015-0", "2015-1"]
    html = BeautifulSoup(client.get("/news/").content, "html.parser")
    archive = [
        " ".join(li.get_text().split()) for li in html.select(".news-filters ul")[-1].find_all("li")
    ]
    assert archive == ["2026 (1 article)", "2024 (3 articles)", "2015 (2 articles)"]


@pytest.mark.parametrize("bad_year", ["abc", "99999", "0"])
def test_bad_year_is_ignored(client, index, bad_year):
    NewsPageFactory(parent=index, title="Only one")
    response = client.get(f"/news/?year={bad_year}")
    assert response.status_code == 200
    assert titles(response) == ["Only one"]


def test_topic_year_and_page_combine(client, index):
    for n in range(12):
        NewsPageFactory(
            parent=index, title=f"T{n:02d}", date=datetime.date(2024, 1, n + 1), topics=["Peru"]
        )
    NewsPageFactory(
        parent=index, title="Other year", date=datetime.date(2023, 1, 1), topics=["Peru"]
    )
    response = client.get("/news/?topic=peru&year=2024&page=2")
    assert titles(response) == ["T01", "T00"]
    html = BeautifulSoup(response.content, "html.parser")
    prev = one(html, "a", rel="prev")["href"]
    for part in ("topic=peru", "year=2024", "page=1"):
        assert part in prev


def test_query_count_is_bounded(client, index, django_assert_max_num_queries):
    image = ImageFactory()
    for n in range(15):
        NewsPageFactory(
            parent=index,
            listing_image=image,
            date=datetime.date(2024, 1, n + 1),
            topics=["TIP Report", f"Topic {n % 4}"],
        )
    client.get("/news/")  # makes the renditions
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(25):
        response = client.get("/news/")
    assert response.status_code == 200
    assert len(titles(response)) == 10


def test_a_new_article_shows_in_the_archive_topics_and_page_count_at_once(client, many, index):
    client.get("/news/")  # archive, topics and the total are kept
    late: Any = NewsPageFactory(parent=index, title="Late", date=datetime.date(2025, 1, 1))
    late.topics.add("Trafficking")
    late.save_revision().publish()

    html = BeautifulSoup(client.get("/news/").content, "html.parser")

    archive = [
        " ".join(li.get_text().split()) for li in html.select(".news-filters ul")[-1].find_all("li")
    ]
    assert archive[:2] == ["2025 (1 article)", "2024 (23 articles)"]
    assert "Trafficking" in html.get_text()
    assert titles(client.get("/news/?page=3")) == ["Day 04", "Day 03", "Day 02", "Day 01"]
