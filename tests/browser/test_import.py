"""An editor imports a report in the admin, reviews the proposals, applies some of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from tests.ingest.reports import ATLANTIS, CHILE, PERU, pdf_report
from tipwatch.tip.models import Placement, Statistic
from tipwatch.tip.services.dataset_loader import DatasetLoader

pytestmark = [
    pytest.mark.browser,
    # Serialized rollback restores what the migrations created (the Wagtail root page).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_editor_imports_reviews_and_applies(
    live_server: Any, page: Any, shoot: Any, django_user_model: Any, tmp_path: Path
) -> None:
    DatasetLoader().load()
    call_command("load_demo_site", verbosity=0)  # the admin needs the page tree's root
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    report = tmp_path / "tip-2015.pdf"
    report.write_bytes(pdf_report(PERU, CHILE, ATLANTIS))

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.get_by_role("link", name="Report imports").click()
    page.get_by_role("link", name="Import a report").click()
    page.set_input_files("#id_file", str(report))
    page.fill("#id_year", "2015")
    shoot(page, "20-import-upload")
    page.get_by_role("button", name="Upload and read").click()

    page.wait_for_selector("text=Ready for review")
    assert page.get_by_text("ATLANTIS").count() >= 1
    shoot(page, "21-import-review")
    chile_boxes = page.locator("tr", has_text="Chile").locator("input[type=checkbox]")
    for index in range(chile_boxes.count()):
        chile_boxes.nth(index).uncheck()
    page.get_by_role("button", name="Apply the ticked changes").click()

    page.wait_for_selector("text=Applied")
    shoot(page, "22-import-applied")
    assert Statistic.objects.filter(country__iso3="PER").exists()
    assert not Statistic.objects.filter(country__iso3="CHL").exists()
    assert Placement.objects.get(country__iso3="PER", report__year=2015).page == 277
    assert Placement.objects.get(country__iso3="CHL", report__year=2015).page is None
