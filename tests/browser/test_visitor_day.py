"""What a visitor sees: search finds countries first, the explorer links every group, imported
narratives sit on the country page, and the news list is a list, not a column of posters."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests.ingest.reports import CHILE, PERU, text_report
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.ingest.services.importer import ImportFile, ImportService
from tipwatch.tip.models import Group
from tipwatch.tip.services.dataset_loader import DatasetLoader

pytestmark = [
    pytest.mark.browser,
    # Transactional, so that the live server thread sees the data; serialized_rollback
    # restores what the migrations created (the Wagtail site) for the next test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(django_db_serialized_rollback: None) -> None:
    """The real dataset and the demo site (news with images, pages), nothing cached."""
    DatasetLoader().load()
    call_command("load_demo_site", verbosity=0)
    cache.clear()


@pytest.mark.usefixtures("site")
def test_searching_chile_finds_the_chile_country_page_first(
    live_server: Any, page: Any, shoot: Any
) -> None:
    page.goto(f"{live_server.url}/search/")
    page.get_by_label("Search for").fill("Chile")
    page.get_by_label("Search for").press("Enter")
    page.wait_for_url("**/search/?q=Chile")

    results = page.locator(".search-results h3 a")
    assert results.first.inner_text() == "Chile"
    assert results.first.get_attribute("href") == "/countries/CHL/"
    # The news that mentions Chile follows the country.
    assert "Peru in the 2015 TIP Report: Tier 2" in results.all_inner_texts()[1:]
    shoot(page, "visitor-day-search-chile")

    results.first.click()
    page.wait_for_url("**/countries/CHL/")
    assert page.locator("h1").inner_text().startswith("Chile")

    # The Spanish name finds the country too.
    page.goto(f"{live_server.url}/search/?q=Per%C3%BA")
    assert page.locator(".search-results h3 a").first.get_attribute("href") == "/countries/PER/"


@pytest.mark.usefixtures("site")
def test_the_compare_card_links_every_group_and_says_latin_america_is_complete(
    live_server: Any, page: Any
) -> None:
    page.goto(f"{live_server.url}/explorer/")
    card = page.locator(".summary-box", has=page.get_by_role("link", name="Compare a group"))
    names = card.locator("li a").all_inner_texts()
    assert sorted(names) == sorted(Group.objects.values_list("name", flat=True))

    card.get_by_role("link", name="Latin America", exact=True).click()
    page.wait_for_url("**/compare/?group=latin-america")
    assert "Latin America in the" in page.locator("h1").inner_text()

    page.goto(f"{live_server.url}/compare/?year=2016&group=latin-america")
    coverage = page.locator("#coverage").inner_text()
    assert "Complete for Latin America" in coverage
    assert "20 of 20 countries" in coverage
    assert "incomplete" not in page.locator("main").inner_text().split("Countries per tier")[0]


@pytest.mark.usefixtures("site")
def test_imported_narratives_and_figures_on_the_country_page(
    live_server: Any, page: Any, shoot: Any
) -> None:
    upload = ImportFile("tip-2015.txt", text_report(PERU, CHILE).encode())
    ApplyImport(ImportService().import_file(upload, 2015)).apply()
    cache.clear()

    page.goto(f"{live_server.url}/countries/PER/")
    page.locator('tr[data-year="2015"]').get_by_role("link", name="The report's narrative").click()
    page.wait_for_url("**/countries/PER/#narrative-2015")
    narrative = page.locator("#narrative-2015")
    assert narrative.is_visible()
    assert "page 277" in narrative.locator("h3").inner_text()
    opened = narrative.locator("details[open]")
    assert opened.count() == 1
    assert opened.locator("summary").inner_text()
    narrative.locator("summary", has_text="Prosecution").click()
    assert "convicted 19 traffickers" in narrative.inner_text()
    shoot(page, "visitor-day-narrative")

    chart = page.locator("h2#statistics + figure svg").first
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    legends = chart.locator("g.legend")
    assert legends.count() == 3
    for index in range(legends.count()):
        legend = legends.nth(index).bounding_box()
        assert legend is not None
        assert box is not None
        assert legend["y"] + legend["height"] <= box["y"] + box["height"] + 1, "legend clipped"
    labels = chart.locator("text").evaluate_all("texts => texts.map(t => t.textContent.trim())")
    assert "at least 774" in labels
    table = page.locator("#statistics-table").inner_text()
    assert "at least 774" in table


@pytest.mark.usefixtures("site")
def test_the_news_list_shows_thumbnails_not_posters(
    live_server: Any, page: Any, shoot: Any
) -> None:
    page.goto(f"{live_server.url}/news/")
    cards = page.locator(".cards--list .card")
    count = cards.count()
    assert count == 5
    images = page.locator(".cards--list .card img")
    assert images.count() == count
    for index in range(count):
        image = images.nth(index).bounding_box()
        assert image is not None
        assert image["width"] <= 200
        assert image["height"] <= 150
    listing = page.locator(".cards--list").bounding_box()
    assert listing is not None
    # About 1,000 px for five articles at 1280 px wide (it was 3,950 px with full-width images).
    assert listing["height"] < count * 260, listing["height"]
    shoot(page, "visitor-day-news-list")

    page.set_viewport_size({"width": 360, "height": 800})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    listing = page.locator(".cards--list").bounding_box()
    assert listing is not None
    assert listing["height"] < count * 420, listing["height"]
