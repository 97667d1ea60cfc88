"""Private sections are read once per content version, and filter as Wagtail's `public()`."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tipwatch.pages.privacy import private_sections, public

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home: Any) -> Any:
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Open", slug="open")
    secret = NewsPageFactory(parent=index, title="Secret", slug="secret")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    return index


def request() -> Any:
    return RequestFactory().get("/", HTTP_HOST="localhost")


def test_the_same_pages_as_wagtails_public(news: Any) -> None:
    ours = public(Page.objects.all(), request())
    assert sorted(p.pk for p in ours) == sorted(p.pk for p in Page.objects.public())
    assert "Secret" not in [p.title for p in ours]
    assert "Open" in [p.title for p in ours]


def test_with_no_private_section_nothing_is_excluded(home: Any) -> None:
    assert public(Page.objects.all(), request()).count() == Page.objects.count()


def test_a_second_listing_reads_no_restrictions(news: Any) -> None:
    private_sections(request())
    with CaptureQueriesContext(connection) as queries:
        list(public(Page.objects.all(), request()))
    # The new request reads the content version and the pages, no restriction.
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "wagtailcore_pageviewrestriction" not in tables
    assert "wagtailcore_page" in tables


def test_a_new_restriction_shows_at_once(news: Any) -> None:
    private_sections(request())
    open_page = Page.objects.get(slug="open")
    PageViewRestriction.objects.create(
        page=open_page, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    titles = [p.title for p in public(Page.objects.all(), request())]
    assert "Open" not in titles


def test_the_news_index_lists_no_private_article(client: Any, news: Any) -> None:
    response = client.get("/news/")
    assert b"Open" in response.content
    assert b"Secret" not in response.content


def test_serving_a_public_page_reads_no_restriction(client: Any, news: Any) -> None:
    client.get("/news/open/")  # the private sections are read and kept
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/news/open/?again=1")
    assert response.status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "wagtailcore_pageviewrestriction" not in tables


def test_a_page_in_a_private_section_still_asks_for_the_password(client: Any, news: Any) -> None:
    secret = Page.objects.get(slug="secret")
    NewsPageFactory(parent=secret, title="Below", slug="below")
    client.get("/news/open/")
    response = client.get("/news/secret/below/")
    assert b'name="password"' in response.content
    assert b"Article text" not in response.content


def test_an_alias_of_a_private_page_still_asks_for_the_password(client: Any, news: Any) -> None:
    secret = Page.objects.get(slug="secret").specific
    secret.create_alias(update_slug="secret-alias")
    client.get("/news/open/")
    response = client.get("/news/secret-alias/")
    assert b'name="password"' in response.content
    assert b"Article text" not in response.content
