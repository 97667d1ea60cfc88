"""The report file of the issue's demo: Peru moves to the Tier 2 Watch List, Chile stays."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tests.ingest.reports import CHILE, PERU, pdf_report
from tipwatch.ingest.models import ImportRun

NEW_YEAR = 2026  # the bundled data ends with the 2025 report


def _in_report_year(line: str) -> str:
    # The narrative was written for the 2015 report (figures for 2014 and 2013); the importer
    # leaves out figures for years long before the report's, so they move with it.
    return line.replace("2014", str(NEW_YEAR - 1)).replace("2013", str(NEW_YEAR - 2))


PERU_WATCH_LIST = [
    "PERU: Tier 2 Watch List" if line == "PERU: Tier 2" else _in_report_year(line) for line in PERU
]


def import_and_apply(client: Client, *narratives: list[str], year: int = NEW_YEAR) -> ImportRun:
    """Upload a report through the admin, accept every proposed change, apply it."""
    content = pdf_report(*(narratives or (PERU_WATCH_LIST, CHILE)))
    response = client.post(
        reverse("ingest:upload"),
        {"file": SimpleUploadedFile(f"tip-{year}.pdf", content), "year": year},
    )
    assert response.status_code == 302
    run = ImportRun.objects.latest("created_at")
    assert run.status == ImportRun.Status.READY, run.error
    actionable = [c.pk for c in run.changes.all() if c.is_actionable]
    applied = client.post(reverse("ingest:apply", args=[run.pk]), {"accept": actionable})
    assert applied.status_code == 302
    run.refresh_from_db()
    assert run.status == ImportRun.Status.APPLIED
    return run
