"""Every Wagtail page is served from the app cache, in front of routing, until a publish."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from tests.members.factories import JoinPageFactory, MembershipTypeFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home: Any) -> Any:
    index = NewsIndexPageFactory(parent=home)
    return NewsPageFactory(parent=index, title="First story", slug="first-story")


def test_an_article_is_served_from_the_cache_without_routing(client: Any, article: Any) -> None:
    first = client.get("/news/first-story/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/news/first-story/")

    assert first["X-Tipwatch-Cache"] == "miss"
    assert second["X-Tipwatch-Cache"] == "hit"
    assert second.content == first.content
    # The content version and the data version; no site, page or settings query.
    assert len(queries) == 2, [q["sql"] for q in queries.captured_queries]
    assert "s-maxage=" in second["Cache-Control"]
    assert "public" in second["Cache-Control"]


def test_publishing_the_article_shows_the_new_text_at_once(client: Any, article: Any) -> None:
    client.get("/news/first-story/")
    article.title = "Corrected story"
    article.save_revision().publish()

    response = client.get("/news/first-story/")

    assert response["X-Tipwatch-Cache"] == "miss"
    assert b"Corrected story" in response.content


def test_signed_in_editors_bypass_the_cache(client: Any, article: Any, admin_user: Any) -> None:
    client.get("/news/first-story/")
    client.force_login(admin_user)

    response = client.get("/news/first-story/")

    assert "X-Tipwatch-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_a_page_with_a_form_is_never_shared(client: Any, home: Any) -> None:
    # Its CSRF token belongs to one visitor.
    MembershipTypeFactory()
    JoinPageFactory(parent=home)

    first = client.get("/join/")
    second = client.get("/join/")

    assert first.status_code == second.status_code == 200
    assert "X-Tipwatch-Cache" not in second
    assert "private" in second["Cache-Control"]


def test_a_password_protected_page_is_never_shared(client: Any, home: Any) -> None:
    page = StandardPageFactory(parent=home, title="Members only", slug="members-only")
    client.get("/members-only/")  # cached while public
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    response = client.get("/members-only/")

    assert "X-Tipwatch-Cache" not in response
    assert b'name="password"' in response.content
    assert "private" in response["Cache-Control"]


def test_a_new_image_caption_shows_on_the_cached_article_at_once(client: Any, article: Any) -> None:
    image = ImageFactory.create(title="Lima", caption="Lima at dusk")
    article.listing_image = image
    article.save_revision().publish()
    assert b"Lima at dusk" in client.get("/news/first-story/").content

    image.caption = "Lima at dawn"
    image.save()

    response = client.get("/news/first-story/")
    assert response["X-Tipwatch-Cache"] == "miss"
    assert b"Lima at dawn" in response.content


def test_a_renamed_topic_shows_on_the_cached_article_at_once(client: Any, article: Any) -> None:
    article.topics.add("forced labour")
    article.save_revision().publish()
    assert b"forced labour" in client.get("/news/first-story/").content

    tag = Tag.objects.get(name="forced labour")
    tag.name = "forced labor"
    tag.save()

    assert b"forced labor" in client.get("/news/first-story/").content


def test_uploading_an_image_leaves_the_cached_pages_alone(client: Any, article: Any) -> None:
    client.get("/news/first-story/")

    ImageFactory(title="Unused")

    assert client.get("/news/first-story/")["X-Tipwatch-Cache"] == "hit"
