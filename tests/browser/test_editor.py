"""An editor logs into Wagtail's admin and publishes an article, which leads All news."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command

from tipwatch.news.models import NewsIndexPage, NewsPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_editor_publishes_news(live_server, page, shoot, django_user_model):
    call_command("load_demo_site", verbosity=0)
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    index = NewsIndexPage.objects.get(locale__language_code="en-gb")

    # Visit All news first, so a cached copy exists that publishing must replace.
    page.goto(live_server.url + "/news/")
    first_before = page.locator(".cards .card__title a").first.inner_text()

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    shoot(page, "10-admin-dashboard")

    page.goto(f"{live_server.url}/admin/pages/add/news/newspage/{index.pk}/")
    page.fill("#id_title", "Peru and the new TIP Report")
    page.fill("#id_summary", "What this year's report says about Peru.")
    page.fill("#id_date", datetime.date.today().isoformat())
    page.click("button.c-sf-add-button")
    page.get_by_role("option", name="Paragraph").click()
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type("The report was published today.")
    # Draftail saves its content into the form's hidden input shortly after typing stops.
    page.locator("#id_summary").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('input')]"
        ".some(input => input.value.includes('published today'))"
    )
    shoot(page, "11-admin-new-article")

    page.locator("footer .w-dropdown__toggle").click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(f"**/admin/pages/{index.pk}/")
    shoot(page, "12-admin-published")

    article = NewsPage.objects.get(title="Peru and the new TIP Report")
    assert article.live

    page.goto(live_server.url + "/news/")
    first = page.locator(".cards .card__title a").first
    assert first.inner_text() == "Peru and the new TIP Report"
    assert first_before != "Peru and the new TIP Report"
    shoot(page, "13-all-news-after-publishing")

    first.click()
    page.wait_for_url("**/news/peru-and-the-new-tip-report/")
    assert "The report was published today." in page.locator("article").inner_text()
