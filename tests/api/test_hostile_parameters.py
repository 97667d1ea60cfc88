"""Hostile input to the API, the downloads and the explorer pages: a 400 naming the parameter,
never a server error. Run on SQLite and on PostgreSQL (which refuses NUL bytes in text)."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.usefixtures("tip_data_for_module", "db")

BIG = str(2**63)
NUL = "%00"
SUPERSCRIPT = "%C2%B2%E2%81%B0%C2%B9%E2%81%B5"  # ²⁰¹⁵
ARABIC = "%D9%A2%D9%A0%D9%A1%D9%A5"  # ٢٠١٥
NONCHARACTER = "%EF%BF%BF"  # U+FFFF
BAD_UTF8 = "%ED%A0%80"  # an encoded surrogate, not valid UTF-8

API_CASES = [
    ("/api/v1/placements?country=" + NUL, "country"),
    ("/api/v1/placements?group=lat" + NUL + "in", "group"),
    ("/api/v1/placements?region=" + NUL, "region"),
    ("/api/v1/placements?tier=2" + NUL, "tier"),
    ("/api/v1/placements?year=" + BIG, "year"),
    ("/api/v1/placements?year=-" + BIG, "year"),
    ("/api/v1/placements?year=" + SUPERSCRIPT, "year"),
    ("/api/v1/placements?year=" + ARABIC, "year"),
    ("/api/v1/placements?offset=" + BIG, "offset"),
    ("/api/v1/placements?offset=-" + BIG, "offset"),
    ("/api/v1/placements?limit=" + BIG, "limit"),
    ("/api/v1/placements?limit=%C2%B9", "limit"),
    ("/api/v1/placements?tier=" + NONCHARACTER, "tier"),
    ("/api/v1/placements?country=" + BAD_UTF8, "country"),
    ("/api/v1/placements?te" + NUL + "ir=3", "te\x00ir"),
    ("/api/v1/countries/?offset=" + BIG, "offset"),
    ("/api/v1/groups/?limit=-1", "limit"),
    ("/api/v1/reports/?offset=" + SUPERSCRIPT, "offset"),
    ("/api/v1/statistics?metric=" + NUL, "metric"),
    ("/api/v1/statistics?period_year=" + BIG, "period_year"),
    ("/api/v1/statistics?country=" + NUL, "country"),
    ("/api/v1/changes?from=" + BIG + "&to=2015", "from"),
    ("/api/v1/changes?from=2014&to=" + SUPERSCRIPT, "to"),
    ("/api/v1/changes?from=2014&to=2015&group=" + NUL, "group"),
    ("/api/v1/changes?from=2014&to=2015&region=" + NUL, "region"),
    ("/api/v1/reports/" + BIG, "year"),
    ("/api/v1/reports/" + SUPERSCRIPT, "year"),
    ("/api/v1/reports/-1", "year"),
]


@pytest.mark.parametrize(("url", "field"), API_CASES)
def test_the_api_answers_hostile_parameters_with_a_400_naming_them(
    client: Client, url: str, field: str
) -> None:
    response = client.get(url)

    assert response.status_code == 400, response.content[:300]
    error = response.json()["error"]
    assert error["status"] == 400
    assert error["field"] == field


DOWNLOAD_CASES = [
    ("/downloads/placements.json?country=" + NUL, "country"),
    ("/downloads/placements.json?year=" + BIG, "year"),
    ("/downloads/placements.json?year=" + SUPERSCRIPT, "year"),
    ("/downloads/placements.json?tier=" + NONCHARACTER, "tier"),
]


@pytest.mark.parametrize(("url", "field"), DOWNLOAD_CASES)
def test_the_json_download_names_the_hostile_parameter(
    client: Client, url: str, field: str
) -> None:
    response = client.get(url)

    assert response.status_code == 400
    assert response.json()["error"]["field"] == field


PAGE_CASES = [
    "/map/?year=" + NUL,
    "/map/?year=" + BIG,
    "/explorer/?year=" + SUPERSCRIPT,
    "/compare/?group=" + NUL,
    "/compare/?region=" + NUL,
    "/compare/?year=" + ARABIC,
    "/compare/?year=-" + BIG,
    "/compare/?gr" + NUL + "oup=x",
    "/reports/" + BIG + "/",
    "/downloads/placements.csv?country=" + NUL,
    "/downloads/placements.xlsx?year=" + BIG,
    "/downloads/placements.csv?group=" + BAD_UTF8,
]


@pytest.mark.parametrize("url", PAGE_CASES)
def test_pages_answer_hostile_parameters_with_the_400_page(client: Client, url: str) -> None:
    response = client.get(url)

    assert response.status_code == 400
    assert "text/html" in response["Content-Type"]
    # The filter layer's page lists the allowed values; characters no parameter may hold are
    # refused before any view by the site's one input check, with its own page.
    assert (
        b'id="allowed"' in response.content
        or b"We cannot show that" in response.content
        or b"This request cannot be read" in response.content
    )


@pytest.mark.parametrize("url", ["/reports/" + SUPERSCRIPT + "/", "/countries/%C2%B2AB/"])
def test_hostile_path_segments_on_pages_are_not_found(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/countries/P" + NUL + "R/", "/api/v1/countries/P" + NUL + "R", "/api/v1/groups/l" + NUL],
)
def test_a_nul_in_an_address_is_refused_before_any_view(client: Client, url: str) -> None:
    response = client.get(url)

    assert response.status_code == 400
    assert b"the address contains the character U+0000" in response.content
