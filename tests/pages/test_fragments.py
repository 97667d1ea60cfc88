"""Parts of a page rendered once per version (`kept_fragment`)."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.rich_text import RichText

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import ImageFactory, ReportFactory

pytestmark = pytest.mark.django_db


def _body(words: str) -> list[tuple[str, Any]]:
    return [("paragraph", RichText(f"<p>{words}</p>"))]


@pytest.fixture
def article(home: Any) -> Any:
    index = NewsIndexPageFactory(parent=home)
    return NewsPageFactory(
        parent=index,
        slug="first-story",
        body=_body("Published words."),
        listing_image=ImageFactory(),
    )


def test_a_long_tail_address_renders_the_article_from_its_kept_fragment(
    client: Any, article: Any
) -> None:
    first = client.get("/news/first-story/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/news/first-story/?utm_source=feed")

    assert second.content == first.content
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    # Neither the page, its image, its renditions nor its topics are read again.
    assert "wagtailcore_page" not in sql
    assert "core_customimage" not in sql
    assert "rendition" not in sql
    assert "taggit" not in sql


def test_a_published_body_shows_at_once(client: Any, article: Any) -> None:
    assert b"Published words." in client.get("/news/first-story/").content
    article.body = _body("Corrected words.")
    article.save_revision().publish()

    content = client.get("/news/first-story/?again=1").content

    assert b"Corrected words." in content
    assert b"Published words." not in content


def test_a_preview_of_a_draft_is_neither_kept_nor_served_the_live_fragment(
    client: Any, article: Any
) -> None:
    client.get("/news/first-story/")
    article.body = _body("Draft words.")
    draft = article.save_revision().as_object()
    # What Wagtail's preview view does: the draft, under the live page's id, for this host.
    request = RequestFactory().get("/news/first-story/", HTTP_HOST="testserver")
    request.user = AnonymousUser()
    request.is_preview = True  # type: ignore[attr-defined]
    preview = draft.serve_preview(request, draft.default_preview_mode).render()
    live = client.get("/news/first-story/?again=1").content

    assert b"Draft words." in preview.content
    assert b"Draft words." not in live
    assert b"Published words." in live


def test_a_report_loaded_later_is_linked_at_once(client: Any, home: Any) -> None:
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(
        parent=index,
        slug="cited",
        body=[("source", {"report_year": 2015, "page": None, "quote": "", "url": ""})],
    )
    assert b'href="/reports/2015/"' not in client.get("/news/cited/").content
    ReportFactory(year=2015)

    assert b'href="/reports/2015/"' in client.get("/news/cited/?again=1").content


def test_each_language_has_its_own_fragment(home: Any) -> None:
    template = Template(
        '{% load i18n site_tags %}{% kept_fragment "x" %}{% translate "Source" %}'
        "{% endkept_fragment %}"
    )
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    with translation.override("en-gb"):
        english = template.render(Context({"request": request}))
    with translation.override("es"):
        spanish = template.render(Context({"request": request}))
    assert (english, spanish) == ("Source", "Fuente")


def test_signed_in_editors_render_the_fragment_afresh(
    client: Any, article: Any, admin_user: Any
) -> None:
    client.get("/news/first-story/")
    client.force_login(admin_user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/news/first-story/?editor=1").status_code == 200
    assert "core_customimage" in " ".join(q["sql"] for q in queries.captured_queries)


def test_the_tag_needs_a_quoted_name() -> None:
    with pytest.raises(TemplateSyntaxError, match="quoted name"):
        Template("{% load site_tags %}{% kept_fragment body %}x{% endkept_fragment %}")


def test_without_a_request_the_fragment_is_rendered_in_place() -> None:
    template = Template('{% load site_tags %}{% kept_fragment "x" %}{{ n }}{% endkept_fragment %}')
    assert template.render(Context({"n": 1})) == "1"
    assert template.render(Context({"n": 2})) == "2"


def test_a_fragment_differs_by_the_values_it_is_given(home: Any) -> None:
    template = Template(
        '{% load site_tags %}{% kept_fragment "x" key %}{{ n }}{% endkept_fragment %}'
    )
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    assert template.render(Context({"request": request, "key": "a", "n": 1})) == "1"
    # The same values: the kept rendering, whatever else the context holds.
    assert template.render(Context({"request": request, "key": "a", "n": 2})) == "1"
    assert template.render(Context({"request": request, "key": "b", "n": 3})) == "3"
