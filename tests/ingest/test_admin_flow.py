"""The import screens in the admin: upload, background task, review, partial accept, apply."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from tests.ingest.parsing.hostile import many_text_operators_pdf
from tests.ingest.reports import ATLANTIS, CHILE, PERU, pdf_report
from tipwatch.ingest.models import ImportRun
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.tip.models import Placement, Statistic

pytestmark = pytest.mark.usefixtures("tip_data")


def upload(client: Client, content: bytes, year: int = 2015) -> ImportRun:
    response = client.post(
        reverse("ingest:upload"),
        {"file": SimpleUploadedFile("tip-2015.pdf", content), "year": year},
    )
    assert response.status_code == 302
    return ImportRun.objects.latest("created_at")


def test_upload_review_partial_accept_and_apply(admin_client: Client) -> None:
    run = upload(admin_client, pdf_report(PERU, CHILE, ATLANTIS))

    assert run.status == ImportRun.Status.READY
    page = admin_client.get(reverse("ingest:detail", args=[run.pk])).content.decode()
    assert "Ready for review" in page
    assert "ATLANTIS" in page
    assert "Needs a decision" in page
    chile_tier = run.changes.get(kind="placement", country__iso3="CHL")
    peru_figures = run.changes.filter(kind="statistic", country__iso3="PER")
    accepted = [chile_tier.pk, *peru_figures.values_list("pk", flat=True)]

    response = admin_client.post(reverse("ingest:apply", args=[run.pk]), {"accept": accepted})

    assert response.status_code == 302
    assert Placement.objects.get(country__iso3="CHL", report__year=2015).page == 278
    assert Placement.objects.get(country__iso3="PER", report__year=2015).page is None
    assert Statistic.objects.filter(country__iso3="PER").count() == peru_figures.count()
    assert not Statistic.objects.filter(country__iso3="CHL").exists()
    run.refresh_from_db()
    assert run.status == ImportRun.Status.APPLIED
    assert set(run.changes.filter(applied=True).values_list("pk", flat=True)) == set(accepted)


def test_uploading_the_same_file_again_is_a_no_op(admin_client: Client) -> None:
    content = pdf_report(PERU, CHILE)
    run = upload(admin_client, content)
    ApplyImport(run).apply()
    statistics = Statistic.objects.count()

    again = upload(admin_client, content)

    assert again.pk == run.pk
    assert ImportRun.objects.count() == 1
    assert Statistic.objects.count() == statistics


def test_a_failed_read_is_shown_and_changes_no_data(admin_client: Client) -> None:
    run = upload(admin_client, b"%PDF-1.7 broken")

    assert run.status == ImportRun.Status.FAILED
    page = admin_client.get(reverse("ingest:detail", args=[run.pk])).content.decode()
    assert "damaged" in run.error
    assert run.error in page
    assert not Statistic.objects.exists()


def test_the_upload_form_keeps_its_errors_and_values(admin_client: Client) -> None:
    response = admin_client.post(reverse("ingest:upload"), {"year": "2099"})

    assert response.status_code == 200
    form = response.context["form"]
    assert "file" in form.errors
    assert "2099 is in the future." in form.errors["year"]
    assert form["year"].value() == "2099"


def test_status_endpoint_reports_progress(admin_client: Client) -> None:
    run = upload(admin_client, pdf_report(PERU))

    data = admin_client.get(reverse("ingest:status", args=[run.pk])).json()

    assert data == {
        "status": "ready",
        "percent": 100,
        "label": "Found 1 country narratives",
        "error": "",
        "finished": True,
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_import_runs_in_a_background_worker(admin_client: Client) -> None:
    run = upload(admin_client, pdf_report(PERU, CHILE))
    assert run.status == ImportRun.Status.QUEUED
    page = admin_client.get(reverse("ingest:detail", args=[run.pk])).content.decode()
    assert 'http-equiv="refresh"' in page

    call_command("db_worker", "--batch", "--no-startup-delay")

    run.refresh_from_db()
    assert run.status == ImportRun.Status.READY
    assert run.changes.filter(kind="statistic").exists()


def test_editors_without_permission_are_refused(client: Client, django_user_model: Any) -> None:
    user = django_user_model.objects.create_user("reader", password="pw")
    client.force_login(user)

    assert client.get(reverse("ingest:index")).status_code in (302, 403)


def test_an_apply_that_fails_half_way_leaves_the_data_as_it_was(
    monkeypatch: pytest.MonkeyPatch, admin_client: Client
) -> None:
    run = upload(admin_client, pdf_report(PERU, CHILE))
    before = list(Placement.objects.filter(report__year=2015).values_list("pk", "page", "tier"))

    def crash(*args: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(ApplyImport, "_narrative", crash)
    with pytest.raises(RuntimeError):
        ApplyImport(run).apply()

    after = list(Placement.objects.filter(report__year=2015).values_list("pk", "page", "tier"))
    assert after == before
    assert not Statistic.objects.exists()
    run.refresh_from_db()
    assert run.status == ImportRun.Status.READY


@pytest.mark.parametrize("value", ["²", "\u0661", "1.5", "-1", "", "9" * 19, "3\x00"])
def test_a_malformed_accepted_id_is_a_400_and_applies_nothing(
    admin_client: Client, value: str
) -> None:
    run = upload(admin_client, pdf_report(PERU, CHILE))
    good = run.changes.filter(kind="placement").first()
    assert good is not None

    response = admin_client.post(
        reverse("ingest:apply", args=[run.pk]), {"accept": [good.pk, value]}
    )

    assert response.status_code == 400
    # A NUL byte is refused by the site's input check before the view reads the form.
    expected = "contains the character U+0000" if "\x00" in value else "ASCII digits"
    assert expected in response.content.decode()
    run.refresh_from_db()
    assert run.status == ImportRun.Status.READY
    assert not run.changes.filter(applied=True).exists()


@override_settings(TIPWATCH_IMPORT_MAX_MEMORY_MB=256)
def test_a_hostile_upload_fails_the_run_with_the_limit_it_broke(admin_client: Client) -> None:
    run = upload(admin_client, many_text_operators_pdf())

    assert run.status == ImportRun.Status.FAILED
    assert run.error == (
        "tip-2015.pdf: reading page 1 needed more than the memory limit of 256 MB "
        "(TIPWATCH_IMPORT_MAX_MEMORY_MB)"
    )
    assert not run.changes.exists()


@override_settings(TIPWATCH_IMPORT_MAX_FILE_MB=1)
def test_an_upload_over_the_size_limit_is_a_form_error(admin_client: Client) -> None:
    response = admin_client.post(
        reverse("ingest:upload"),
        {"file": SimpleUploadedFile("big.pdf", b"%PDF-1.7 " + b"0" * 1024 * 1024), "year": 2015},
    )

    assert response.status_code == 200
    assert "larger than the limit of 1 MB" in response.context["form"].errors["file"][0]
    assert not ImportRun.objects.exists()


def test_the_year_may_be_left_to_a_saved_page_that_states_it(admin_client: Client) -> None:
    page = (
        b"<html><body><h1>2019 Trafficking in Persons Report: Peru</h1>"
        b"<h2>PERU: Tier 2</h2><p>The Government of Peru does not fully meet the minimum "
        b"standards for the elimination of trafficking but is making significant efforts to do "
        b"so.</p><h3>PROSECUTION</h3><p>The government convicted 19 traffickers in 2018.</p>"
        b"</body></html>"
    )
    response = admin_client.post(
        reverse("ingest:upload"),
        {"file": SimpleUploadedFile("peru.html", page), "year": ""},
    )

    assert response.status_code == 302
    run = ImportRun.objects.get()
    assert (run.status, run.report_year) == (ImportRun.Status.READY, 2019)
    assert run.changes.filter(key="convictions 2018").exists()
    listing = admin_client.get(reverse("ingest:index")).content.decode()
    assert "2019" in listing


def test_a_file_that_states_no_year_and_no_year_given_fails_asking_for_it(
    admin_client: Client,
) -> None:
    page = b"<html><body><h2>PERU: Tier 2</h2><p>The government convicted 19.</p></body></html>"
    admin_client.post(
        reverse("ingest:upload"), {"file": SimpleUploadedFile("peru.html", page), "year": ""}
    )

    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert run.report_year is None
    assert "does not say which year's report it is; give the year" in run.error
    page_text = admin_client.get(reverse("ingest:detail", args=[run.pk])).content.decode()
    assert "stated by the file" in page_text
    assert not Statistic.objects.exists()
