"""Downloads: CSV, JSON and XLSX equal the API's data, and the data package describes the CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.test import Client
from openpyxl import load_workbook

from tipwatch.tip.models import Placement
from tipwatch.tip.services.dataset_files import BUNDLED_DATA_DIR

pytestmark = pytest.mark.usefixtures("tip_data")


def api_rows(client: Client, query: str = "") -> list[dict[str, Any]]:
    """Every placement the API returns for the query, following the `next` links."""
    url: str | None = f"/api/v1/placements?limit=1000{'&' + query if query else ''}"
    rows: list[dict[str, Any]] = []
    while url:
        response = client.get(url)
        assert response.status_code == 200
        body = response.json()
        rows.extend(body["results"])
        url = body["next"]
    assert len(rows) == body["count"]
    return rows


def package(client: Client) -> dict[str, Any]:
    response = client.get("/downloads/datapackage.json")
    assert response.status_code == 200
    return response.json()


def typed(value: str, field: dict[str, Any]) -> Any:
    """A CSV cell read with the data package's field type (empty = missing = None)."""
    if value == "":
        return None
    if field["type"] == "integer":
        return int(value)
    if field["type"] == "boolean":
        assert value in field["trueValues"] + field["falseValues"], (field["name"], value)
        return value in field["trueValues"]
    return value


def has_type(value: object, kind: str) -> bool:
    expected = {"string": str, "integer": int, "boolean": bool}[kind]
    return isinstance(value, expected) and (kind == "boolean" or not isinstance(value, bool))


def read_csv(content: bytes, fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    reader = csv.reader(io.StringIO(content.decode("utf-8"), newline=""))
    header = next(reader)
    assert header == [field["name"] for field in fields]
    return [
        {field["name"]: typed(value, field) for value, field in zip(row, fields, strict=True)}
        for row in reader
    ]


@pytest.mark.parametrize(
    "query", ["", "year=2015", "group=latin-america", "region=WHA&tier=2WL", "country=PER"]
)
def test_the_csv_read_back_equals_the_api_data(client: Client, query: str) -> None:
    fields = package(client)["resources"][0]["schema"]["fields"]

    response = client.get(f"/downloads/placements.csv{'?' + query if query else ''}")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert read_csv(response.content, fields) == api_rows(client, query)


def test_the_full_csv_holds_every_placement(client: Client) -> None:
    fields = package(client)["resources"][0]["schema"]["fields"]
    rows = read_csv(client.get("/downloads/placements.csv").content, fields)

    with (BUNDLED_DATA_DIR / "placements.csv").open(encoding="utf-8", newline="") as handle:
        bundled = sum(1 for _ in csv.DictReader(handle))
    assert len(rows) == Placement.objects.count() == bundled


def test_the_json_download_equals_the_api_data(client: Client) -> None:
    response = client.get("/downloads/placements.json?year=2015&group=latin-america")

    document = json.loads(response.content)
    assert document["filters"] == {"year": "2015", "group": "latin-america"}
    assert document["count"] == 20
    assert document["citation"]
    assert document["licence"]
    assert document["placements"] == api_rows(client, "year=2015&group=latin-america")


def test_the_xlsx_download_equals_the_api_data(client: Client) -> None:
    response = client.get("/downloads/placements.xlsx?year=2015")

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    rows = list(workbook["placements"].iter_rows(values_only=True))
    header, body = list(rows[0]), rows[1:]
    as_dicts = [dict(zip(header, row, strict=True)) for row in body]
    assert as_dicts == api_rows(client, "year=2015")
    assert "about" in workbook.sheetnames


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("year=1990", "year"),
        ("tier=4", "tier"),
        ("group=nope", "group"),
        ("region=XX", "region"),
        ("country=ZZZ", "country"),
        ("colour=red", "colour"),
    ],
)
def test_a_bad_download_filter_is_a_400(client: Client, query: str, field: str) -> None:
    html = client.get(f"/downloads/placements.csv?{query}")
    assert html.status_code == 400
    assert b'id="allowed"' in html.content

    as_json = client.get(f"/downloads/placements.json?{query}")
    assert as_json.status_code == 400
    assert as_json.json()["error"]["field"] == field


def test_the_data_package_validates_against_the_csv(client: Client) -> None:
    """A small Frictionless-style validator: header, types, enums, patterns, required, keys."""
    descriptor = package(client)
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["licenses"]
    assert descriptor["citation"]
    assert descriptor["licence_note"]
    codebook = client.get(urlsplit(descriptor["codebook"]).path)
    assert codebook.status_code == 200
    assert b"# tipwatch tier data: codebook" in codebook.content

    for resource in descriptor["resources"]:
        assert resource["profile"] == "tabular-data-resource"
        assert resource["format"] == "csv"
        assert resource["encoding"] == "utf-8"
        schema = resource["schema"]
        fields = schema["fields"]
        response = client.get(urlsplit(resource["path"]).path)
        assert response.status_code == 200
        rows = read_csv(response.content, fields)
        assert rows
        for field in fields:
            constraints = field.get("constraints", {})
            for row in rows:
                value = row[field["name"]]
                if value is None:
                    assert not constraints.get("required"), field["name"]
                    continue
                assert has_type(value, field["type"]), (field["name"], value)
                if "enum" in constraints:
                    assert value in constraints["enum"], (field["name"], value)
                if "pattern" in constraints:
                    assert re.fullmatch(constraints["pattern"], value), (field["name"], value)
                if "minimum" in constraints:
                    assert value >= constraints["minimum"], (field["name"], value)
                if field.get("format") == "uri":
                    assert value.startswith(("http://", "https://")), value
        keys = [tuple(row[name] for name in schema["primaryKey"]) for row in rows]
        assert len(keys) == len(set(keys))


def test_the_downloads_page_explains_the_files(client: Client) -> None:
    html = client.get("/downloads/").content.decode()

    for needle in (
        "/downloads/placements.csv",
        "/downloads/placements.xlsx",
        "/downloads/placements.json",
        "/downloads/datapackage.json",
        "/downloads/codebook.md",
        "Kelley",
        "public domain",
    ):
        assert needle in html
    for column in ("iso3", "report_year", "tier", "source_url", "inferred"):
        assert f'<span class="code">{column}</span>' in html


def test_the_spanish_downloads_are_the_same_files_and_readable_from_any_site(
    client: Client,
) -> None:
    english = client.get("/downloads/placements.csv?country=PER")
    spanish = client.get("/es/downloads/placements.csv?country=PER", HTTP_ORIGIN="https://a.pe")

    assert spanish.status_code == 200
    assert spanish.content == english.content
    assert spanish["Access-Control-Allow-Origin"] == "*"
    header, first = spanish.content.decode().splitlines()[:2]
    assert header.endswith(",country_es,tier_label_es")
    assert ",Perú," in first


def test_the_spanish_downloads_page_links_to_the_spanish_addresses(client: Client) -> None:
    html = client.get("/es/downloads/").content.decode()

    assert 'href="/es/downloads/placements.csv"' in html
    assert "Descargar los datos" in html
    assert '<span class="code">tier_label_es</span>' in html
    assert "Lista de Vigilancia del Nivel 2" in html
