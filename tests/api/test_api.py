"""The public read-only API at /api/v1/ on the real dataset."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from tipwatch.tip.models import Country, CoverageGap, Metric, Report, Statistic

pytestmark = pytest.mark.usefixtures("tip_data")


def get(client: Client, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.content[:400]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def assert_error(body: dict[str, Any], status: int, code: str, field: str | None = None) -> None:
    error = body["error"]
    assert set(error) <= {"status", "code", "message", "field", "allowed"}
    assert error["status"] == status
    assert error["code"] == code
    assert error["message"]
    if field is not None:
        assert error["field"] == field


# --- countries -------------------------------------------------------------------------------


def test_countries_lists_every_country_with_its_current_tier(client: Client) -> None:
    body = get(client, "/api/v1/countries/?limit=1000")

    assert body["count"] == Country.objects.count() == len(body["results"])
    peru = next(c for c in body["results"] if c["iso3"] == "PER")
    assert peru["current_tier"] == "2"
    assert peru["current_report_year"] == 2025
    assert peru["bureau"] == "WHA"
    assert peru["url"] == "http://testserver/api/v1/countries/PER"
    assert peru["profile_url"] == "http://testserver/countries/PER/"


def test_countries_are_paginated_with_links(client: Client) -> None:
    first = get(client, "/api/v1/countries/?limit=50")
    assert len(first["results"]) == 50
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/countries/?limit=50&offset=50"

    last = get(client, "/api/v1/countries/?limit=50&offset=150")
    assert len(last["results"]) == first["count"] - 150
    assert last["next"] is None
    assert last["previous"] == "http://testserver/api/v1/countries/?limit=50&offset=100"


def test_a_country_has_its_history_flags_groups_and_bureau(client: Client) -> None:
    body = get(client, "/api/v1/countries/per")

    assert body["iso3"] == "PER"
    assert body["bureau"] == "WHA"
    assert {"slug": "latin-america", "name": "Latin America", "kind": "region"} in body["groups"]
    assert body["current"]["tier"] == "2"
    assert "significant efforts" in body["current"]["meaning"]
    years = {row["report_year"]: row for row in body["placements"]}
    assert years[2004]["tier"] == "2WL"
    assert years[2005]["change"] == "up"
    assert years[2015]["partial_year"] is False
    assert years[2016]["partial_year"] is True
    assert years[2015]["source"]["name"]
    assert body["bureau_history"][0]["bureau"] == "WHA"


def test_a_country_with_watch_list_years_has_rendered_rule_flags(client: Client) -> None:
    body = get(client, "/api/v1/countries/RUS")

    assert body["rule_flags"]
    assert all(
        "Russia" in flag["message"] or "{country}" not in flag["message"]
        for flag in body["rule_flags"]
    )
    assert any(flag["provision"] for flag in body["rule_flags"])


def test_an_unknown_country_is_a_404(client: Client) -> None:
    body = get(client, "/api/v1/countries/ZZZ", status=404)

    assert_error(body, 404, "not_found", "iso3")
    assert "PER" in body["error"]["allowed"]


# --- groups ----------------------------------------------------------------------------------


def test_groups_and_one_group(client: Client) -> None:
    groups = get(client, "/api/v1/groups/")
    assert groups["count"] == 11
    latin = next(g for g in groups["results"] if g["slug"] == "latin-america")
    assert latin["member_count"] == 20

    body = get(client, "/api/v1/groups/latin-america")
    assert len(body["members"]) == 20
    by_year = {row["report_year"]: row for row in body["tier_counts_by_year"]}
    assert by_year[2015]["counts"] == {"1": 1, "2": 14, "2WL": 4, "3": 1, "special_case": 0}
    assert by_year[2015]["partial_year"] is False
    assert by_year[2016]["partial_year"] is True


def test_an_unknown_group_is_a_404(client: Client) -> None:
    body = get(client, "/api/v1/groups/atlantis", status=404)

    assert_error(body, 404, "not_found", "slug")
    assert "latin-america" in body["error"]["allowed"]


# --- reports ---------------------------------------------------------------------------------


def test_reports_list_counts_and_coverage(client: Client) -> None:
    body = get(client, "/api/v1/reports/")

    assert body["count"] == Report.objects.count()
    by_year = {r["year"]: r for r in body["results"]}
    assert by_year[2020]["counts"] == {"1": 34, "2": 88, "2WL": 44, "3": 19, "special_case": 3}
    assert by_year[2016]["partial"] is True
    assert by_year[2016]["coverage_gaps"] == CoverageGap.objects.filter(report__year=2016).count()
    assert by_year[2016]["coverage_gaps"] > 0


def test_one_report_has_counts_coverage_gaps_and_movers(client: Client) -> None:
    body = get(client, "/api/v1/reports/2015")

    assert body["counts"] == {"1": 31, "2": 89, "2WL": 44, "3": 23, "special_case": 1}
    assert body["rated"] == 188
    assert body["countries_assessed"] == 188
    assert body["partial"] is False
    assert body["gaps"] == []
    assert body["previous_year"] == 2014
    assert any(m["iso3"] == "CUB" for m in body["upgrades"])
    assert {"iso3": "PER", "name": "Peru"} in body["tiers"]["2"]
    assert body["page_url"] == "http://testserver/reports/2015/"


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/v1/reports/1999", 404, "not_found"),
        ("/api/v1/reports/abc", 400, "invalid_filter"),
    ],
)
def test_an_unknown_report_year(client: Client, url: str, status: int, code: str) -> None:
    assert_error(get(client, url, status=status), status, code, "year")


# --- placements ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "count", "check"),
    [
        ("year=2015", 188, lambda r: r["report_year"] == 2015),
        ("country=per", 22, lambda r: r["iso3"] == "PER"),
        ("group=latin-america&year=2015", 20, lambda r: r["report_year"] == 2015),
        ("region=WHA&year=2015", None, lambda r: r["region"] == "WHA"),
        ("tier=2WL&year=2015", 44, lambda r: r["tier"] == "2WL"),
        ("tier=Tier 2 Watch List&year=2015", 44, lambda r: r["tier"] == "2WL"),
        ("tier=special_case", None, lambda r: r["tier"] == "special_case"),
    ],
)
def test_placement_filters(client: Client, query: str, count: int | None, check: Any) -> None:
    body = get(client, f"/api/v1/placements?limit=1000&{query}")

    if count is not None:
        assert body["count"] == count
    assert body["results"]
    assert all(check(row) for row in body["results"])


def test_each_placement_carries_its_provenance(client: Client) -> None:
    row = get(client, "/api/v1/placements?country=PER&year=2015")["results"][0]

    assert row == {
        "iso3": "PER",
        "country": "Peru",
        "report_year": 2015,
        "tier": "2",
        "tier_label": "Tier 2",
        "region": "WHA",
        "partial_year": False,
        "source_kind": "dataset",
        "source_name": row["source_name"],
        "source_url": row["source_url"],
        "page": None,
        "quote": row["quote"],
        "note": row["note"],
        "inferred": False,
        "secondary": False,
        "country_es": "Perú",
        "tier_label_es": "Nivel 2",
    }
    assert "tiers_2015.csv" in row["source_name"]
    assert row["source_url"].startswith("https://github.com/")


def test_placements_default_page_and_links(client: Client) -> None:
    body = get(client, "/api/v1/placements?year=2015")

    assert body["count"] == 188
    assert body["limit"] == 100
    assert len(body["results"]) == 100
    assert body["next"] == "http://testserver/api/v1/placements?year=2015&limit=100&offset=100"
    second = get(client, body["next"].removeprefix("http://testserver"))
    assert len(second["results"]) == 88
    assert second["previous"] == "http://testserver/api/v1/placements?year=2015&limit=100&offset=0"


@pytest.mark.parametrize(
    ("query", "code", "field", "allowed"),
    [
        ("tier=4", "invalid_filter", "tier", ["1", "2", "2WL", "3", "special_case"]),
        ("year=1990", "invalid_filter", "year", None),
        ("year=abc", "invalid_filter", "year", None),
        ("country=ZZZ", "invalid_filter", "country", None),
        ("group=atlantis", "invalid_filter", "group", None),
        ("region=XX", "invalid_filter", "region", ["AF", "EAP", "EUR", "NEA", "SCA", "WHA"]),
        ("teir=3", "unknown_parameter", "teir", None),
        ("limit=0", "invalid_parameter", "limit", None),
        ("limit=5000", "invalid_parameter", "limit", None),
        ("offset=-1", "invalid_parameter", "offset", None),
    ],
)
def test_bad_placement_filters_are_400s_in_one_format(
    client: Client, query: str, code: str, field: str, allowed: list[str] | None
) -> None:
    body = get(client, f"/api/v1/placements?{query}", status=400)

    assert_error(body, 400, code, field)
    if allowed is not None:
        assert body["error"]["allowed"] == allowed


# --- statistics ------------------------------------------------------------------------------


def test_statistics_with_filters_and_provenance(client: Client) -> None:
    peru = Country.objects.get(iso3="PER")
    chile = Country.objects.get(iso3="CHL")
    report = Report.objects.get(year=2015)
    Statistic.objects.create(
        country=peru,
        report=report,
        metric=Metric.CONVICTIONS,
        value=19,
        period_year=2014,
        qualifier="at_least",
        quote="The government convicted at least 19 traffickers.",
        page=278,
    )
    Statistic.objects.create(
        country=chile,
        report=report,
        metric=Metric.PROSECUTIONS,
        value=7,
        period_year=2014,
        quote="Authorities prosecuted 7 cases.",
    )

    everything = get(client, "/api/v1/statistics")
    assert everything["count"] == 2
    peru_only = get(
        client, "/api/v1/statistics?country=PER&year=2015&metric=convictions&period_year=2014"
    )
    assert peru_only["count"] == 1
    assert peru_only["results"][0] == {
        "iso3": "PER",
        "country": "Peru",
        "report_year": 2015,
        "metric": "convictions",
        "metric_label": "Convictions",
        "value": 19,
        "qualifier": "at_least",
        "period_year": 2014,
        "quote": "The government convicted at least 19 traffickers.",
        "page": 278,
        "source_url": None,
        "country_es": "Perú",
        "metric_label_es": "Condenas",
    }
    bad = get(client, "/api/v1/statistics?metric=arrests", status=400)
    assert_error(bad, 400, "invalid_filter", "metric")
    assert "convictions" in bad["error"]["allowed"]


def test_the_country_profile_shows_statistics_when_there_are_some(client: Client) -> None:
    peru = Country.objects.get(iso3="PER")
    for report_year, period, value in ((2015, 2014, 19), (2016, 2015, 25)):
        Statistic.objects.create(
            country=peru,
            report=Report.objects.get(year=report_year),
            metric=Metric.CONVICTIONS,
            value=value,
            period_year=period,
            quote="...",
        )

    html = client.get("/countries/PER/").content.decode()

    assert 'id="statistics-table"' in html
    assert ">19<" in html
    assert ">25<" in html


# --- changes ---------------------------------------------------------------------------------


def test_changes_between_two_years_in_a_group(client: Client) -> None:
    body = get(client, "/api/v1/changes?from=2014&to=2015&group=latin-america")

    assert body["from_year"] == 2014
    assert body["to_year"] == 2015
    assert body["scope"] == {"kind": "group", "slug": "latin-america", "name": "Latin America"}
    changes = {c["iso3"]: c for c in body["results"]}
    assert changes["CUB"]["change"] == "up"
    assert changes["CUB"]["from_tier"] == "3"
    assert changes["CRI"]["change"] == "down"
    assert changes["NIC"]["to_tier"] == "2"
    assert "PER" not in changes
    assert body["summary"]["up"] == 3
    assert body["summary"]["down"] == 2


def test_changes_across_several_years_and_regions(client: Client) -> None:
    everyone = get(client, "/api/v1/changes?from=2001&to=2025&limit=1000")
    assert everyone["scope"]["kind"] == "all"
    assert any(c["change"] == "new" for c in everyone["results"])
    assert everyone["count"] == len(everyone["results"])

    region = get(client, "/api/v1/changes?from=2015&to=2017&region=EAP")
    assert region["scope"]["kind"] == "region"
    assert {"iso3": "KIR", "name": "Kiribati"} in region["missing_from_data"]


@pytest.mark.parametrize(
    ("query", "code", "field"),
    [
        ("from=2015", "invalid_filter", "to"),
        ("from=2015&to=2014", "invalid_filter", "to"),
        ("from=1990&to=2015", "invalid_filter", "from"),
        ("from=2014&to=2015&group=atlantis", "invalid_filter", "group"),
        ("from=2014&to=2015&group=latin-america&region=WHA", "conflicting_filters", "region"),
        ("from=2014&to=2015&year=2015", "unknown_parameter", "year"),
    ],
)
def test_bad_change_queries(client: Client, query: str, code: str, field: str) -> None:
    assert_error(get(client, f"/api/v1/changes?{query}", status=400), 400, code, field)


# --- the API as a whole ----------------------------------------------------------------------


def test_the_openapi_document_lists_every_endpoint(client: Client) -> None:
    body = get(client, "/api/v1/openapi.json")

    paths = set(body["paths"])
    assert {
        "/api/v1/countries/",
        "/api/v1/countries/{iso3}",
        "/api/v1/groups/",
        "/api/v1/groups/{slug}",
        "/api/v1/reports/",
        "/api/v1/reports/{year}",
        "/api/v1/placements",
        "/api/v1/statistics",
        "/api/v1/changes",
    } <= paths
    assert all(set(methods) == {"get"} for methods in body["paths"].values())
    assert "ErrorOut" in body["components"]["schemas"]


def test_the_docs_page_is_served_by_the_site_itself(client: Client) -> None:
    response = client.get("/api/v1/docs")

    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "/static/ninja/swagger-ui-bundle.js" in assets
    assert "/static/ninja/swagger-ui.css" in assets
    assert all(url.startswith("/") and not url.startswith("//") for url in assets), assets
    assert "cdn" not in html.lower()


def test_the_swagger_files_exist_in_the_static_files() -> None:
    from django.contrib.staticfiles import finders

    for name in ("ninja/swagger-ui-bundle.js", "ninja/swagger-ui.css", "ninja/swagger-ui-init.js"):
        assert finders.find(name), name


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/api/v1/placements", "/api/v1/countries/PER", "/api/v1/nowhere"])
def test_the_api_is_read_only(client: Client, method: str, url: str) -> None:
    response = getattr(client, method)(url)

    assert response.status_code == 405
    assert_error(response.json(), 405, "method_not_allowed")
    assert "GET" in response["Allow"]


def test_head_and_cors(client: Client) -> None:
    response = client.head("/api/v1/reports/2015", HTTP_ORIGIN="https://example.org")

    assert response.status_code == 200
    assert response.content == b""
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["ETag"]


@pytest.mark.parametrize("method", ["get", "head"])
def test_responses_may_be_kept_briefly_by_shared_caches(client: Client, method: str) -> None:
    response = getattr(client, method)("/api/v1/placements?year=2015")

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=5, must-revalidate"
    # Only the CORS headers depend on the request (on whether it names an Origin).
    assert response["Vary"] == "origin"


def test_an_unknown_address_is_a_json_404(client: Client) -> None:
    body = get(client, "/api/v1/tiers", status=404)

    assert_error(body, 404, "not_found")
    assert "placements" in body["error"]["allowed"]


def test_a_missing_or_extra_slash_redirects(client: Client) -> None:
    assert client.get("/api/v1/countries?limit=5")["Location"] == "/api/v1/countries/?limit=5"
    assert client.get("/api/v1/placements/")["Location"] == "/api/v1/placements"


@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/api/v1/countries/", 6),
        ("/api/v1/countries/PER", 10),
        ("/api/v1/groups/", 4),
        ("/api/v1/groups/latin-america", 8),
        ("/api/v1/reports/", 5),
        ("/api/v1/reports/2015", 10),
        ("/api/v1/placements?year=2015&group=latin-america", 7),
        ("/api/v1/placements?limit=1000", 5),
        ("/api/v1/statistics?country=PER", 5),
        ("/api/v1/changes?from=2014&to=2015&region=WHA", 9),
    ],
)
def test_each_endpoint_runs_a_bounded_number_of_queries(
    client: Client, django_assert_max_num_queries: Any, url: str, limit: int
) -> None:
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(1):
        assert client.get(url)["X-Tipwatch-Cache"] == "hit"


def test_spanish_labels_sit_beside_the_english_ones_and_the_codes(client: Client) -> None:
    country = get(client, "/api/v1/countries/PER")
    assert country["name"] == "Peru"
    assert country["name_es"] == "Perú"
    assert country["current"]["tier_label_es"] == country["current"]["tier_label"].replace(
        "Tier", "Nivel"
    )
    entry = next(p for p in country["placements"] if p["report_year"] == 2015)
    assert (entry["tier"], entry["tier_label"], entry["tier_label_es"]) == (
        "2",
        "Tier 2",
        "Nivel 2",
    )
    burma = get(client, "/api/v1/countries/MMR")
    assert (burma["name"], burma["name_es"]) == ("Burma", "Birmania")

    changes = get(client, "/api/v1/changes?from=2014&to=2015&group=latin-america")["results"]
    assert changes
    assert all(change["from_label_es"] and change["to_label_es"] for change in changes)
    assert "Watch List" not in " ".join(change["to_label_es"] for change in changes)


def test_api_labels_stay_english_whatever_the_browser_asks(client: Client) -> None:
    row = client.get(
        "/api/v1/placements?country=PER&year=2015", headers={"Accept-Language": "es"}
    ).json()["results"][0]

    assert (row["country"], row["tier_label"]) == ("Peru", "Tier 2")
    assert (row["country_es"], row["tier_label_es"]) == ("Perú", "Nivel 2")
