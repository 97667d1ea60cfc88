"""load_demo_site: builds the site, replaces Wagtail's welcome page, and is idempotent."""

from __future__ import annotations

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from tests.html import css
from tests.pages.factories import CountryFactory, PlacementFactory, ReportFactory
from tipwatch.members.models import JoinPage, MembershipType
from tipwatch.news.models import NewsIndexPage, NewsPage
from tipwatch.pages.models import HomePage, NavigationSettings, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def load() -> str:
    out = StringIO()
    call_command("load_demo_site", stdout=out)
    return out.getvalue()


def snapshot() -> dict[str, object]:
    return {
        "pages": list(Page.objects.order_by("path").values_list("id", "slug", "url_path")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "types": list(MembershipType.objects.values_list("slug", "annual_fee")),
        "sites": list(Site.objects.values_list("id", "root_page_id")),
        "nav": list(NavigationSettings.objects.values_list("id", flat=True)),
    }


def test_builds_the_site_and_replaces_the_welcome_page(client):
    load()
    home = HomePage.objects.get(locale__language_code="en-gb")
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    # Beside the English home, only its Spanish translation.
    assert list(Page.objects.filter(depth=2).exclude(pk=home.pk)) == [
        home.get_translation(Locale.objects.get(language_code="es")).page_ptr
    ]
    assert home.url_path == "/home/"
    english = {"locale__language_code": "en-gb"}
    assert StandardPage.objects.live().filter(**english).count() == 4
    assert JoinPage.objects.live().filter(**english).count() == 1
    assert NewsIndexPage.objects.live().filter(**english).count() == 1
    assert NewsPage.objects.live().filter(**english).count() >= 4
    assert {t.slug: str(t.annual_fee) for t in MembershipType.objects.all()} == {
        "individual": "30.00",
        "concession": "15.00",
        "organisation": "100.00",
    }
    for url in ("/", "/about/", "/history/", "/human-rights/", "/privacy/", "/join/", "/news/"):
        assert client.get(url).status_code == 200, url
    article = NewsPage.objects.get(slug="peru-tip-report-2015")
    assert {t.name for t in article.topics.all()} >= {"TIP Report", "Peru"}
    text = client.get(article.url).content.decode()
    assert "Chile alone was on Tier 1" in text
    assert "Venezuela was on Tier 3" in text
    assert "Trafficking in Persons Report 2015" in text
    nav = NavigationSettings.for_site(site)
    assert [block.value["label"] for block in nav.primary_links][:3] == [
        "Our aims",
        "History",
        "Human rights",
    ]


def test_running_twice_changes_nothing():
    load()
    before = snapshot()
    out = load()
    assert "nothing to do" in out
    assert snapshot() == before


def test_without_tip_data_the_card_says_no_data(client):
    load()
    card = css(BeautifulSoup(client.get("/").content, "html.parser"), ".tier-card")
    assert "No data loaded" in card.get_text()


def test_with_tip_data_peru_becomes_the_focus(client):
    peru = CountryFactory()
    PlacementFactory(country=peru, report=ReportFactory(year=2015), tier="2")
    load()
    assert SiteSettings.for_site(Site.objects.get(is_default_site=True)).focus_country == peru
    card = css(BeautifulSoup(client.get("/").content, "html.parser"), ".tier-card")
    text = " ".join(card.get_text().split())
    assert "Peru in the 2015 TIP Report" in text
    assert "Tier 2" in text


def test_data_loaded_after_the_demo_is_picked_up_on_a_second_run():
    load()
    site = Site.objects.get(is_default_site=True)
    assert SiteSettings.for_site(site).focus_country is None
    peru = CountryFactory()
    load()
    assert SiteSettings.for_site(site).focus_country == peru
