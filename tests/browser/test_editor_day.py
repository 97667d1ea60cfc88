"""An editor's day in the admin: the dashboard, approving a member from the list, deciding an
unknown name on the review screen, and finding the import in a placement's History."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from tests.ingest.reports import ATLANTIS, PERU, pdf_report
from tests.members.factories import MemberFactory, MembershipTypeFactory
from tipwatch.members.models import Member, MemberState
from tipwatch.tip.models import CountryAlias, Placement
from tipwatch.tip.services.dataset_loader import DatasetLoader

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BROKEN_IMAGES = "[...document.images].filter(i => i.complete && i.naturalWidth === 0).length"


def test_an_editors_day(
    live_server: Any, page: Any, shoot: Any, django_user_model: Any, tmp_path: Path
) -> None:
    DatasetLoader().load()
    call_command("load_demo_site", verbosity=0)
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    MemberFactory.create(
        name="Cora Confirmed",
        state=MemberState.CONFIRMED,
        membership_type=MembershipTypeFactory.create(name="Individual", slug="individual"),
    )
    report = tmp_path / "tip-2015.pdf"
    report.write_bytes(pdf_report(PERU, ATLANTIS))

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("load")
    assert "2025" in page.locator("#latest-report-section").inner_text()
    assert "Cora Confirmed" in page.locator("#pending-members-section").inner_text()
    assert page.locator("#imports-to-review-section").count() == 1
    assert page.locator("#drafts-section").count() == 1
    assert page.evaluate(BROKEN_IMAGES) == 0
    shoot(page, "30-dashboard")

    # Approve from the list of members awaiting approval.
    page.goto(live_server.url + "/admin/members/?state=confirmed")
    page.get_by_role("link", name="Approve Cora Confirmed").click()
    page.get_by_role("button", name="Yes, approve").click()
    page.wait_for_selector("text=is now an active member")
    assert Member.objects.get(name="Cora Confirmed").state == MemberState.ACTIVE

    # Import a report with a name we do not know, and map it to a country.
    page.goto(live_server.url + "/admin/imports/new/")
    page.set_input_files("#id_file", str(report))
    page.fill("#id_year", "2015")
    page.get_by_role("button", name="Upload and read").click()
    page.wait_for_selector("text=Ready for review")
    page.goto(live_server.url + "/admin/")
    assert "tip-2015.pdf" in page.locator("#imports-to-review-section").inner_text()
    page.locator("#imports-to-review-section").get_by_role("link", name="tip-2015.pdf").click()
    row = page.locator("tr", has_text="ATLANTIS")
    row.get_by_label("Country").select_option(label="Bolivia")
    row.get_by_role("button", name="Map to this country").click()
    page.wait_for_selector("text=is now known as a name of Bolivia")
    assert CountryAlias.objects.get(name="ATLANTIS").country.iso3 == "BOL"
    shoot(page, "31-unknown-name-mapped")
    page.get_by_role("button", name="Apply the ticked changes").click()
    page.wait_for_selector("text=What this import changed")

    # The placement's History shows the import, and leads back to it.
    bolivia = Placement.objects.get(country__iso3="BOL", report__year=2015)
    assert bolivia.tier == "3"
    page.goto(f"{live_server.url}/admin/placements/history/{bolivia.pk}/")
    shoot(page, "32-placement-history")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="See import #").first.click()
    page.wait_for_selector("text=What this import changed")
    assert page.locator("#applied").count() == 1

    # At 1280 px the placement form shows the whole Tier field.
    page.goto(f"{live_server.url}/admin/placements/edit/{bolivia.pk}/")
    tier = page.locator("#id_tier").bounding_box()
    assert tier is not None
    assert tier["width"] >= 100
    assert tier["x"] + tier["width"] <= 1280
    shoot(page, "33-placement-edit")
