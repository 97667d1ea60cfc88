"""The explorer in a real Chromium: the map, its year selector, its table and a country profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache

from tipwatch.tip.services.dataset_loader import DatasetLoader

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artefacts" / "screenshots"
TIER_2_FILL = "rgb(86, 180, 233)"  # #56B4E9, the Tier 2 colour

pytestmark = [
    pytest.mark.browser,
    # Transactional, so that the live server thread sees the data; serialized_rollback
    # restores what the migrations created (the Wagtail site) for the next test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser_page(page: Any) -> Any:
    """The shared Chromium tab from conftest, sized for the map."""
    page.set_viewport_size({"width": 1280, "height": 1000})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return page


@pytest.fixture
def loaded(django_db_serialized_rollback: None) -> None:
    """Transactional tests start empty: load the real dataset, and forget cached pages."""
    DatasetLoader().load()
    cache.clear()


def map_tiers(page: Any) -> dict[str, str]:
    return page.eval_on_selector_all(
        "svg.world-map a[data-iso3]",
        "links => Object.fromEntries("
        "links.map(a => [a.dataset.iso3, a.getAttribute('aria-label')]))",
    )


def table_tiers(page: Any) -> dict[str, str]:
    return page.eval_on_selector_all(
        "details.table-details tbody tr[data-iso3]",
        """rows => Object.fromEntries(rows.map(r => [
            r.dataset.iso3,
            r.querySelector('th').textContent.trim() + ': ' + r.cells[2].textContent.trim()
        ]))""",
    )


@pytest.mark.usefixtures("loaded")
def test_the_map_year_selector_table_and_profile(live_server: Any, browser_page: Any) -> None:
    page = browser_page
    page.goto(f"{live_server.url}/map/?year=2015")

    # The 2015 map: Peru coloured as Tier 2, named on hover.
    peru = page.locator('svg.world-map a[data-iso3="PER"]')
    assert peru.get_attribute("aria-label") == "Peru: Tier 2"
    fill = peru.locator("path").evaluate("p => getComputedStyle(p).fill")
    assert fill == TIER_2_FILL
    peru.hover()
    assert page.locator(".map-status").text_content() == "Peru: Tier 2"
    page.screenshot(path=str(SCREENSHOTS / "explorer-map-2015.png"), full_page=True)

    # The table alternative lists the same tiers as the shapes (labels compared case-blind).
    shapes_2015 = map_tiers(page)
    page.locator("details.table-details summary").click()
    table = table_tiers(page)
    assert len(shapes_2015) > 180
    assert {k: v.lower() for k, v in shapes_2015.items()} == {
        k: v.lower() for k, v in table.items()
    }
    assert table["PER"] == "Peru: Tier 2"

    # The year selector changes the map (it submits itself; the button works without JS).
    with page.expect_navigation():
        page.select_option("#map-year", "2025")
    assert "year=2025" in page.url
    assert page.locator("h1").text_content().strip().endswith("2025")
    shapes_2025 = map_tiers(page)
    assert shapes_2025 != shapes_2015
    assert shapes_2025["USA"] == "United States: Tier 1"
    page.screenshot(path=str(SCREENSHOTS / "explorer-map-2025.png"), full_page=True)

    # Clicking Peru opens its profile with its timeline chart.
    with page.expect_navigation():
        page.locator('svg.world-map a[data-iso3="PER"] path').click()
    assert page.url == f"{live_server.url}/countries/PER/"
    chart = page.locator("#timeline-chart svg")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box is not None
    assert box["width"] > 300
    assert "Tier 2" in page.locator("#current-tier").text_content()
    page.screenshot(path=str(SCREENSHOTS / "explorer-country-PER.png"), full_page=True)


@pytest.mark.usefixtures("loaded")
def test_small_entities_are_keyboard_reachable(live_server: Any, browser_page: Any) -> None:
    page = browser_page
    page.goto(f"{live_server.url}/map/?year=2020")

    kosovo = page.locator('svg.world-map a[data-iso3="XKX"]')
    kosovo.focus()
    assert page.evaluate("document.activeElement.dataset.iso3") == "XKX"
    assert page.locator(".map-status").text_content().startswith("Kosovo: ")
    marker = kosovo.locator("circle").bounding_box()
    assert marker is not None
    assert marker["width"] >= 5
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/countries/XKX/")
