"""The pages that show a placement's source say which kind it is, with the report's words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from django.core.cache import cache
from django.test import Client
from wagtail.models import Site

from tests.pages.factories import HomePageFactory
from tipwatch.pages.models import SiteSettings
from tipwatch.tip.models import Country, Placement

pytestmark = pytest.mark.usefixtures("tip_data")


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def peru_home() -> Any:
    home = HomePageFactory()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.focus_country = Country.objects.get(iso3="PER")
    site_settings.save()
    return home


def card_text(client: Client) -> tuple[str, Tag]:
    card = BeautifulSoup(client.get("/").content, "html.parser").select_one(".tier-card")
    assert card is not None
    return " ".join(card.get_text().split()), card


def test_the_peru_card_cites_the_report_s_own_words(client: Client, peru_home: Any) -> None:
    latest = Placement.objects.for_country("PER").order_by("-report__year").first()
    assert latest is not None
    assert latest.quote, "the bundled data holds the report's words for Peru's latest placement"

    text, card = card_text(client)

    assert f"The report's own words: {latest.quote}" in text
    assert f"({latest.get_source_kind_display()})" in text
    quote = card.select_one("q")
    assert quote is not None
    assert quote.get("cite") == latest.source_url


def test_the_card_names_a_secondary_source_as_such_and_quotes_nothing(
    client: Client, peru_home: Any
) -> None:
    latest = Placement.objects.for_country("PER").order_by("-report__year").first()
    assert latest is not None
    Placement.objects.filter(pk=latest.pk).update(
        source_kind="secondary", source_name="A news site", quote=""
    )

    text, card = card_text(client)

    assert "Source: A news site (Secondary source)." in text
    assert "own words" not in text
    assert card.select_one("q") is None


def test_the_country_page_shows_each_placement_s_source_kind(client: Client) -> None:
    html = client.get("/countries/PER/").content.decode()
    rows = dict(re.findall(r'<tr data-year="(\d{4})">(.*?)</tr>', html, re.S))

    for placement in Placement.objects.for_country("PER").select_related("report"):
        row = rows[str(placement.report.year)]
        assert f'data-kind="{placement.source_kind}"' in row
        assert placement.get_source_kind_display() in row
        if placement.quote:
            assert f'<q cite="{placement.source_url}">{placement.quote}</q>' in row
