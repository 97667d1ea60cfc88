"""The review screen: unknown names mapped or skipped, source updates, qualifiers, and what an
applied import leaves in each record's History."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tests.ingest.reports import ATLANTIS, CHILE, PERU, pdf_report
from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.tip.models import CountryAlias, Placement

pytestmark = pytest.mark.usefixtures("tip_data")


def upload(client: Client, content: bytes, name: str = "tip-2015.pdf") -> ImportRun:
    response = client.post(
        reverse("ingest:upload"), {"file": SimpleUploadedFile(name, content), "year": 2015}
    )
    assert response.status_code == 302
    return ImportRun.objects.latest("created_at")


def review(client: Client, run: ImportRun) -> str:
    return client.get(reverse("ingest:detail", args=[run.pk])).content.decode()


def test_an_unknown_name_mapped_to_a_country_is_remembered_for_later_imports(
    admin_client: Client,
) -> None:
    run = upload(admin_client, pdf_report(PERU, ATLANTIS))
    unknown = run.changes.get(kind="unknown_country")
    assert f'name="country-{unknown.pk}"' in review(admin_client, run)

    response = admin_client.post(
        reverse("ingest:decide", args=[run.pk, unknown.pk]),
        {"decision": "map", f"country-{unknown.pk}": "BOL"},
    )

    assert response.status_code == 302
    assert CountryAlias.objects.get(name="ATLANTIS").country.iso3 == "BOL"
    unknown.refresh_from_db()
    assert unknown.country is not None
    assert unknown.after is not None
    assert (unknown.kind, unknown.country.iso3, unknown.after["tier"]) == ("placement", "BOL", "3")
    assert unknown.action == ProposedChange.Action.CHANGED  # Bolivia was Tier 2 in 2015
    assert unknown.accepted
    later = upload(admin_client, pdf_report(ATLANTIS, CHILE), name="tip-2015-again.pdf")
    assert not later.changes.filter(kind="unknown_country").exists()
    assert later.changes.filter(kind="placement", country__iso3="BOL").exists()


def test_an_unknown_name_can_be_skipped_and_is_then_left_alone(admin_client: Client) -> None:
    run = upload(admin_client, pdf_report(ATLANTIS))
    unknown = run.changes.get(kind="unknown_country")

    admin_client.post(reverse("ingest:decide", args=[run.pk, unknown.pk]), {"decision": "skip"})
    again = admin_client.post(
        reverse("ingest:decide", args=[run.pk, unknown.pk]),
        {"decision": "map", f"country-{unknown.pk}": "BOL"},
        follow=True,
    )

    unknown.refresh_from_db()
    assert unknown.action == ProposedChange.Action.SKIPPED
    assert "has been decided already" in again.content.decode()
    assert not CountryAlias.objects.filter(name="ATLANTIS").exists()
    assert "Skipped by the editor (1)" in review(admin_client, run)


def test_a_same_tier_row_is_a_source_update_and_qualifiers_read_as_printed(
    admin_client: Client,
) -> None:
    run = upload(admin_client, pdf_report(PERU, CHILE))

    page = review(admin_client, run)

    peru = run.changes.get(kind="placement", country__iso3="PER")
    assert peru.before is not None
    assert peru.after is not None
    assert peru.before["tier"] == peru.after["tier"] == "2"
    assert "Source update (" in page
    assert "at least 774" in page
    assert "(atleast)" not in page


def test_every_applied_change_is_in_its_records_history_and_on_the_import(
    admin_client: Client,
) -> None:
    run = upload(admin_client, pdf_report(PERU, CHILE))
    accepted = list(run.changes.filter(accepted=True).values_list("pk", flat=True))
    assert len(accepted) > 2

    admin_client.post(reverse("ingest:apply", args=[run.pk]), {"accept": accepted})

    for iso3 in ("PER", "CHL"):
        placement = Placement.objects.get(country__iso3=iso3, report__year=2015)
        history = admin_client.get(reverse("placements:history", args=[placement.pk]))
        assert f"See import #{run.pk}" in history.content.decode(), iso3
    page = review(admin_client, run)
    assert f"What this import changed ({len(accepted)})" in page
    peru = Placement.objects.get(country__iso3="PER", report__year=2015)
    assert reverse("placements:history", args=[peru.pk]) in page
