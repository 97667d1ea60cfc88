"""The site's chrome (name, navigation, footer) is read once per content version."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.pages.factories import StandardPageFactory
from tipwatch.pages.models import NavigationSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home: Any) -> Any:
    page = StandardPageFactory(parent=home, title="About us", slug="about")
    nav = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    nav.primary_links = [("link", {"label": "About", "page": page, "url": ""})]
    nav.footer_text = "<p>Registered in England.</p>"
    nav.save()
    return page


def nav_labels(response: Any) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in html.select(".site-nav a")]


def test_a_second_page_reads_no_settings(client: Any, about: Any) -> None:
    client.get("/")  # the chrome is read and kept
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/about/")

    assert nav_labels(response) == ["About"]
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "pages_navigationsettings" not in tables
    assert "pages_sitesettings" not in tables


def test_a_navigation_change_shows_at_once(client: Any, about: Any) -> None:
    client.get("/about/")
    nav = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    nav.primary_links = [("link", {"label": "Who we are", "page": about, "url": ""})]
    nav.save()

    assert nav_labels(client.get("/about/")) == ["Who we are"]
