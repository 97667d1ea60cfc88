"""Every Wagtail page is served from the app cache, in front of routing, until a publish."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
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


@pytest.mark.parametrize("copies", [False, True], ids=["shared cache", "process copies"])
def test_an_article_is_served_from_the_cache_without_routing(
    client: Any, article: Any, copies: bool, request: Any
) -> None:
    if copies:
        request.getfixturevalue("local_copies")
    first = client.get("/news/first-story/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/news/first-story/")

    assert first["X-Tipwatch-Cache"] == "miss"
    assert second["X-Tipwatch-Cache"] == "hit"
    assert second.content == first.content
    # The content version and the data version, in one query; no site, page or settings query.
    assert len(queries) == 1, [q["sql"] for q in queries.captured_queries]
    # Served before the session and authentication middleware: no user was looked up.
    assert not hasattr(second.wsgi_request, "user")
    assert "s-maxage=" in second["Cache-Control"]
    assert "public" in second["Cache-Control"]


@pytest.mark.usefixtures("local_copies")
def test_publishing_the_article_shows_the_new_text_at_once(client: Any, article: Any) -> None:
    client.get("/news/first-story/")
    article.title = "Corrected story"
    article.save_revision().publish()

    response = client.get("/news/first-story/")

    assert response["X-Tipwatch-Cache"] == "miss"
    assert b"Corrected story" in response.content


@pytest.mark.usefixtures("local_copies")
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


@pytest.mark.usefixtures("local_copies")
def test_a_visitor_with_messages_waiting_gets_them(client: Any, article: Any) -> None:
    client.get("/news/first-story/")
    assert client.get("/news/first-story/")["X-Tipwatch-Cache"] == "hit"
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(constants.SUCCESS, "Welcome aboard")
    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies["messages"] = carrier.cookies["messages"].value

    response = client.get("/news/first-story/")

    assert b"Welcome aboard" in response.content
    assert "X-Tipwatch-Cache" not in response
    assert "private" in response["Cache-Control"]
    # And the page stored for everyone else is still the one without it.
    del client.cookies["messages"]
    again = client.get("/news/first-story/")
    assert again["X-Tipwatch-Cache"] == "hit"
    assert b"Welcome aboard" not in again.content


@pytest.mark.usefixtures("local_copies")
def test_each_language_has_its_own_cached_page(client: Any, home: Any) -> None:
    english = [client.get("/"), client.get("/")]
    spanish = [client.get("/es/"), client.get("/es/")]

    assert [r["X-Tipwatch-Cache"] for r in english + spanish] == ["miss", "hit", "miss", "hit"]
    assert english[1]["Content-Language"] == english[0]["Content-Language"] == "en-gb"
    assert spanish[1]["Content-Language"] == "es"
    assert english[1].content == english[0].content
    assert spanish[1].content == spanish[0].content
    assert english[1].content != spanish[1].content
    assert b'lang="es"' in spanish[1].content


SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Frame-Options",
    "Content-Language",
    "Content-Type",
    "Vary",
    "ETag",
    "Cache-Control",
)


@pytest.mark.usefixtures("local_copies")
def test_a_hit_has_the_same_security_headers_as_the_page_rendered(
    client: Any, article: Any
) -> None:
    miss = client.get("/news/first-story/")
    hit = client.get("/news/first-story/")

    assert hit["X-Tipwatch-Cache"] == "hit"
    for name in SECURITY_HEADERS:
        assert hit[name] == miss[name], name
    # No nonce in the policy: no cached page may depend on one.
    assert "nonce-" not in hit["Content-Security-Policy"]
    assert "script-src 'self'" in hit["Content-Security-Policy"]
