"""An editor drafts a briefing in the admin, edits and publishes it, then checks its facts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tipwatch.briefings.models import BriefingDraft
from tipwatch.news.models import NewsPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
SCREENSHOTS = Path(django_settings.BASE_DIR) / "test-artefacts" / "screenshots"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed")
    # Playwright's sync API runs an event loop in this thread; let the ORM run beside it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tab(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def shoot(tab: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_draft_edit_publish_and_check_a_briefing(
    live_server: Any, tab: Any, django_user_model: Any, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    call_command("load_tip_data", verbosity=0)
    call_command("load_demo_site", verbosity=0)
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")

    tab.goto(live_server.url + "/admin/login/")
    tab.fill("#id_username", "editor")
    tab.fill("#id_password", "a-long-password-1")
    tab.click("button[type=submit]")
    tab.wait_for_url("**/admin/")

    # The menu leads to the form; the country comes from the address.
    tab.goto(live_server.url + "/admin/briefings/draft/?country=PER")
    assert tab.locator("#id_country").input_value() == "PER"
    tab.select_option("#id_year", "2015")
    tab.select_option("#id_group", "latin-america")
    tab.select_option("#id_lang", "en")
    shoot(tab, "briefings-01-draft-form")
    tab.get_by_role("button", name="Draft briefing").click()
    tab.wait_for_url("**/admin/pages/*/edit/")

    draft = BriefingDraft.objects.get()
    page_id = draft.page_id
    assert tab.locator("#id_title").input_value() == "Peru stays on Tier 2 in the 2015 TIP Report"
    assert not NewsPage.objects.get(pk=page_id).live
    shoot(tab, "briefings-02-editor")

    # Edit: a new title, and a summary that makes a claim the data contradicts.
    tab.fill("#id_title", "Peru stays on Tier 2, and what it means")
    tab.fill(
        "#id_summary",
        "Only Bolivia, Costa Rica and Venezuela are ranked below Tier 2 in Latin America.",
    )
    tab.locator("footer .w-dropdown__toggle").click()
    tab.locator("button[name=action-publish]").click()
    tab.wait_for_url("**/admin/pages/*/")

    page = NewsPage.objects.get(pk=page_id)
    assert page.live
    assert page.title == "Peru stays on Tier 2, and what it means"
    tab.goto(live_server.url + page.url)
    assert "Chile alone ranks above Peru, on Tier 1." in tab.locator("article").inner_text()
    shoot(tab, "briefings-03-published")

    # The fact check, from the editor's action menu: it saves the draft, then checks it.
    tab.goto(f"{live_server.url}/admin/pages/{page_id}/edit/")
    tab.locator("footer .w-dropdown__toggle").click()
    tab.locator("button[name=action-check-facts]").click()
    tab.wait_for_url(f"**/admin/briefings/check/{page_id}/")

    contradicted = tab.locator("[data-verdict=contradicted]")
    assert contradicted.count() == 1
    assert "Cuba and Haiti are also below Tier 2" in contradicted.inner_text()
    assert tab.locator("[data-verdict=supported]").count() >= 3
    assert "Latin America and the Caribbean" in contradicted.inner_text()
    shoot(tab, "briefings-04-fact-check")

    # The check can be run again for another year from the same screen.
    tab.select_option("#id_year", "2016")
    tab.get_by_role("button", name="Check again").click()
    tab.wait_for_url("**year=2016**")
    assert "checked against the 2016 data" in tab.locator("main").inner_text()
