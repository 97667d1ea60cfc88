"""An editor drafts a briefing in the admin, edits and publishes it, then checks its facts."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from tipwatch.briefings.models import BriefingDraft
from tipwatch.news.models import NewsPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_draft_edit_publish_and_check_a_briefing(
    live_server: Any, page: Any, shoot: Any, django_user_model: Any
) -> None:
    call_command("load_tip_data", verbosity=0)
    call_command("load_demo_site", verbosity=0)
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    # The menu leads to the form; the country comes from the address.
    page.goto(live_server.url + "/admin/briefings/draft/?country=PER")
    assert page.locator("#id_country").input_value() == "PER"
    page.select_option("#id_year", "2015")
    page.select_option("#id_group", "latin-america")
    page.select_option("#id_lang", "en")
    shoot(page, "briefings-01-draft-form")
    page.get_by_role("button", name="Draft briefing").click()
    page.wait_for_url("**/admin/pages/*/edit/")

    draft = BriefingDraft.objects.get()
    page_id = draft.page_id
    assert page.locator("#id_title").input_value() == "Peru stays on Tier 2 in the 2015 TIP Report"
    assert not NewsPage.objects.get(pk=page_id).live
    shoot(page, "briefings-02-editor")

    # Edit: a new title, and a summary that makes a claim the data contradicts.
    page.fill("#id_title", "Peru stays on Tier 2, and what it means")
    page.fill(
        "#id_summary",
        "Only Bolivia, Costa Rica and Venezuela are ranked below Tier 2 in Latin America.",
    )
    page.locator("footer .w-dropdown__toggle").click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url("**/admin/pages/*/")

    article = NewsPage.objects.get(pk=page_id)
    assert article.live
    assert article.title == "Peru stays on Tier 2, and what it means"
    page.goto(live_server.url + article.url)
    assert "Chile alone ranks above Peru, on Tier 1." in page.locator("article").inner_text()
    shoot(page, "briefings-03-published")

    # The fact check, from the editor's action menu: it saves the draft, then checks it.
    page.goto(f"{live_server.url}/admin/pages/{page_id}/edit/")
    page.locator("footer .w-dropdown__toggle").click()
    page.locator("button[name=action-check-facts]").click()
    page.wait_for_url(f"**/admin/briefings/check/{page_id}/")

    contradicted = page.locator("[data-verdict=contradicted]")
    assert contradicted.count() == 1
    assert "Cuba and Haiti are also below Tier 2" in contradicted.inner_text()
    assert page.locator("[data-verdict=supported]").count() >= 3
    assert "Latin America and the Caribbean" in contradicted.inner_text()
    shoot(page, "briefings-04-fact-check")

    # The check can be run again for another year from the same screen.
    page.select_option("#id_year", "2016")
    page.get_by_role("button", name="Check again").click()
    page.wait_for_url("**year=2016**")
    assert "checked against the 2016 data" in page.locator("main").inner_text()
