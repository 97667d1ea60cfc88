"""The home page's tier card is read once per data and content version."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.pages.factories import CountryFactory, PlacementFactory, ReportFactory
from tipwatch.pages.models import SiteSettings
from tipwatch.tip.models import Placement

pytestmark = pytest.mark.django_db


@pytest.fixture
def focus(home: Any) -> Any:
    country = CountryFactory()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.focus_country = country
    site_settings.save()
    return country


def test_another_address_of_the_page_reuses_the_card(client: Any, focus: Any) -> None:
    PlacementFactory(country=focus, report=ReportFactory(year=2015))
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/?from=newsletter")  # not in the response cache

    assert response["X-Tipwatch-Cache"] == "miss"
    assert b"2015 TIP Report" in response.content
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "tip_placement" not in tables.replace('FROM "tip_placement")', "")
    assert "pages_sitesettings" not in tables


def test_a_bulk_load_without_signals_shows_at_once(client: Any, focus: Any) -> None:
    assert b"No data loaded" in client.get("/").content
    report = ReportFactory(year=2016)
    # bulk_create sends no post_save: only the data version tells the cache.
    Placement.objects.bulk_create([PlacementFactory.build(country=focus, report=report)])

    assert b"2016 TIP Report" in client.get("/").content
