"""A member changes what they follow on their signed page; staff preview and release alerts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.alerts.factories import FollowerFactory, change_set_touching
from tests.tip.factories import CountryFactory, GroupFactory
from tipwatch.alerts.models import ChangeSetState
from tipwatch.members.tokens import MANAGE_SALT, make_token

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_changes_what_they_follow(live_server: Any, page: Any, shoot: Any) -> None:
    peru = CountryFactory.create(iso3="PER", name="Peru", name_es="Perú")
    CountryFactory.create(iso3="CHL", name="Chile")
    CountryFactory.create(iso3="BOL", name="Bolivia")
    andes = GroupFactory.create(slug="andes", name="Andean countries")
    member = FollowerFactory.create(follows=["PER"])
    assert peru.pk

    page.goto(live_server.url + f"/members/manage/{make_token(member, MANAGE_SALT)}/")
    countries = page.get_by_label("Countries I follow")
    assert countries.evaluate("s => [...s.selectedOptions].map(o => o.text)") == ["Peru (PER)"]
    countries.select_option(label=["Chile (CHL)", "Bolivia (BOL)"])
    page.get_by_label("Andean countries").check()
    page.get_by_label("Language of alerts").select_option("es")
    shoot(page, "60-alerts-follow")
    page.get_by_role("button", name="Save my details").click()

    page.wait_for_selector("text=Your details have been saved.")
    member.refresh_from_db()
    assert sorted(member.followed_countries.values_list("iso3", flat=True)) == ["BOL", "CHL"]
    assert list(member.followed_groups.all()) == [andes]
    assert member.language == "es"


def test_staff_preview_and_release_a_change_set(
    live_server: Any, page: Any, shoot: Any, django_user_model: Any, settings: Any
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    peru = CountryFactory.create(iso3="PER", name="Peru")
    FollowerFactory.create(email="ana@example.org", follows=["PER"])
    change_set = change_set_touching(peru)
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    assert page.get_by_text("Alerts waiting for release (1)").is_visible()
    page.get_by_role("link", name="Preview and release").click()

    assert page.get_by_test_id("recipients").inner_text() == "1 member gets one email each."
    assert page.get_by_test_id("sample-subject").inner_text() == (
        "Peru: moved down from Tier 2 to Tier 2 Watch List in the 2026 TIP Report"
    )
    assert "Peru (PER): moved down" in page.get_by_test_id("sample-text").inner_text()
    shoot(page, "61-alerts-preview")
    page.get_by_role("button", name="Release").click()

    page.wait_for_selector("text=1 emails queued in 1 batches")
    change_set.refresh_from_db()
    assert change_set.state == ChangeSetState.RELEASED
