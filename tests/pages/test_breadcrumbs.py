"""A page's breadcrumb trail is read once per content version (tipwatch/pages/breadcrumbs.py)."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def crumbs(response: Any) -> list[tuple[str, str]]:
    html = BeautifulSoup(response.content, "html.parser")
    return [(str(a["href"]), a.get_text()) for a in html.select(".breadcrumbs a")]


@pytest.fixture
def team(home: Any) -> Any:
    about = StandardPageFactory(parent=home, title="About us", slug="about")
    return StandardPageFactory(parent=about, title="Team", slug="team")


def test_the_trail_links_each_ancestor(client: Any, team: Any) -> None:
    assert crumbs(client.get("/about/team/")) == [("/", "Home"), ("/about/", "About us")]


def test_a_second_render_reads_no_ancestors(client: Any, team: Any) -> None:
    client.get("/about/team/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/about/team/?again=1")
    assert crumbs(response) == [("/", "Home"), ("/about/", "About us")]
    # Wagtail reads ancestors by their tree paths: `path IN (...)`.
    assert not any('"wagtailcore_page"."path" IN (' in q["sql"] for q in queries.captured_queries)


def test_a_renamed_ancestor_shows_at_once(client: Any, team: Any) -> None:
    client.get("/about/team/")
    about = team.get_parent().specific
    about.title = "Who we are"
    about.save_revision().publish()
    assert crumbs(client.get("/about/team/")) == [("/", "Home"), ("/about/", "Who we are")]
