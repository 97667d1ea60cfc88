"""The request's Site is read once per content version (tipwatch/pages/sites.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.pages.factories import StandardPageFactory
from tipwatch.pages.sites import site_for

pytestmark = pytest.mark.django_db


def test_a_second_request_reads_no_site_and_no_root_page(client: Any, home: Any) -> None:
    StandardPageFactory(parent=home, title="About us", slug="about")
    client.get("/about/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/about/?uncached=1")

    assert response.status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "wagtailcore_site" not in tables
    assert f'"wagtailcore_page"."id" = {home.pk}' not in tables


def test_it_is_the_site_wagtail_finds(home: Any) -> None:
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    expected = Site._find_for_request(RequestFactory().get("/", HTTP_HOST="localhost"))

    site = site_for(request)

    assert site is not None
    assert site.pk == expected.pk
    assert site.root_page.specific.pk == home.pk
    assert Site.find_for_request(request) is site  # where Wagtail looks first


def test_a_site_change_shows_at_once(home: Any) -> None:
    site_for(RequestFactory().get("/", HTTP_HOST="localhost"))
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Renamed"
    site.save()

    again = site_for(RequestFactory().get("/", HTTP_HOST="localhost"))

    assert again is not None
    assert again.site_name == "Renamed"


def test_a_host_no_site_answers_is_remembered_as_none(home: Any) -> None:
    Site.objects.update(is_default_site=False)
    request = RequestFactory().get("/", HTTP_HOST="elsewhere.example")
    assert site_for(request) is None
    with CaptureQueriesContext(connection) as queries:
        assert site_for(RequestFactory().get("/", HTTP_HOST="elsewhere.example")) is None
    assert "wagtailcore_site" not in " ".join(q["sql"] for q in queries.captured_queries)
