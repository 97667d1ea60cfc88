"""`/api/v1/narratives`: imported chapters with their sections and pages, filtered and paged."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.ingest.reports import CHILE, PERU, text_report
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.ingest.services.importer import ImportFile, ImportService

pytestmark = pytest.mark.usefixtures("tip_data")


@pytest.fixture
def imported(tip_data: object) -> None:
    upload = ImportFile("tip-2015.txt", text_report(PERU, CHILE).encode())
    ApplyImport(ImportService().import_file(upload, 2015)).apply()


def get(client: Client, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.content[:400]
    return response.json()


@pytest.mark.usefixtures("imported")
def test_an_imported_narrative_has_its_sections_and_pages(client: Client) -> None:
    body = get(client, "/api/v1/narratives?country=PER&year=2015")

    assert body["count"] == 1
    narrative = body["results"][0]
    assert narrative["iso3"] == "PER"
    assert narrative["report_year"] == 2015
    assert narrative["first_page"] == 277
    names = [section["name"] for section in narrative["sections"]]
    assert "prosecution" in names
    prosecution = narrative["sections"][names.index("prosecution")]
    assert prosecution["first_page"] == 277
    assert "convicted 19 traffickers" in prosecution["text"]
    assert all("_" not in tag["label"] for tag in narrative["forms"] + narrative["sectors"])


@pytest.mark.usefixtures("imported")
def test_narratives_page_with_links_in_few_queries(
    client: Client, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(8):
        first = get(client, "/api/v1/narratives?limit=1")
    assert first["count"] == 2
    assert [n["iso3"] for n in first["results"]] == ["CHL"]
    assert first["next"].endswith("/api/v1/narratives?limit=1&offset=1")
    second = client.get(first["next"]).json()
    assert [n["iso3"] for n in second["results"]] == ["PER"]
    assert second["next"] is None


@pytest.mark.usefixtures("imported")
@pytest.mark.parametrize(
    ("query", "status", "field"),
    [
        ("country=ZZZ", 400, "country"),
        ("year=1990", 400, "year"),
        ("year=99999999999999999999", 400, "year"),
        ("country=PE%00R", 400, None),
        ("tier=3", 400, "tier"),
        ("limit=0", 400, "limit"),
    ],
)
def test_bad_filters_get_the_api_error_shape(
    client: Client, query: str, status: int, field: str | None
) -> None:
    error = get(client, f"/api/v1/narratives?{query}", status=status)["error"]
    assert error["status"] == status
    if field is not None:
        assert error["field"] == field


def test_a_report_without_imports_has_no_narratives(client: Client) -> None:
    assert get(client, "/api/v1/narratives?year=2015")["count"] == 0
