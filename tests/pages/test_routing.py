"""A page address is routed once per content version (tipwatch/pages/routing.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import ImageFactory

pytestmark = pytest.mark.django_db


def _sql(queries: CaptureQueriesContext) -> str:
    return " ".join(q["sql"] for q in queries.captured_queries)


@pytest.fixture
def article(home: Any) -> Any:
    index = NewsIndexPageFactory(parent=home)
    page: Any = NewsPageFactory(parent=index, slug="peru", listing_image=ImageFactory())
    page.topics.add("Peru")
    page.save_revision().publish()
    return page


def test_a_second_visit_routes_and_renders_without_reading_the_page(
    client: Any, article: Any
) -> None:
    first = client.get("/news/peru/")
    # Another address of the same page misses the response cache, as a long-tail one does.
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/news/peru/?from=feed")

    assert second.status_code == 200
    assert second.content.count(b"Peru") == first.content.count(b"Peru")
    sql = _sql(queries)
    assert "wagtailcore_page" not in sql
    assert "core_customimage" not in sql
    assert "taggit_tag" not in sql


def test_an_unpublished_page_is_gone_at_once(client: Any, article: Any) -> None:
    assert client.get("/news/peru/").status_code == 200
    article.unpublish()
    assert client.get("/news/peru/?again=1").status_code == 404


def test_a_slug_change_routes_the_new_address_at_once(client: Any, article: Any) -> None:
    assert client.get("/news/peru/").status_code == 200
    article.slug = "peru-2015"
    article.save_revision().publish()
    assert client.get("/news/peru/?again=1").status_code == 404
    assert client.get("/news/peru-2015/").status_code == 200


def test_an_edit_published_shows_at_once(client: Any, article: Any) -> None:
    client.get("/news/peru/")
    article.title = "Peru: the new title"
    article.save_revision().publish()
    assert b"Peru: the new title" in client.get("/news/peru/?again=1").content


def test_signed_in_editors_route_afresh(client: Any, article: Any) -> None:
    client.get("/news/peru/")
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/news/peru/?editor=1").status_code == 200
    assert "wagtailcore_page" in _sql(queries)
