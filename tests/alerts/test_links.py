"""The feeds are linked from the pages and from the API's list of changes."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tip_data_for_module")]


def test_the_country_page_links_its_feeds(client: Client) -> None:
    page = client.get("/countries/PER/").content.decode()

    assert '<link rel="alternate" type="application/atom+xml"' in page
    assert 'href="/countries/PER/feed/"' in page
    assert 'href="/countries/PER/feed/rss/"' in page


def test_the_compare_page_links_the_groups_feed(client: Client) -> None:
    page = client.get("/compare/?year=2015&group=latin-america").content.decode()

    assert 'href="/compare/feed/?group=latin-america"' in page


def test_the_api_changes_name_the_groups_feed(client: Client) -> None:
    response: Any = client.get("/api/v1/changes?from=2014&to=2015&group=latin-america")

    assert response.status_code == 200
    assert response["Link"] == (
        '</compare/feed/?group=latin-america>; rel="alternate"; type="application/atom+xml"'
    )
    assert "Link" not in client.get("/api/v1/changes?from=2014&to=2015")
    assert client.get("/api/v1/changes?from=2014&to=2015&group=nowhere").status_code == 400
