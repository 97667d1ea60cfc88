"""The API's contract: fixed requests whose full responses are kept as golden files.

Each case below is one request (method, URL, headers; API and download requests come from another
site, with an `Origin` header, as a browser sends them). Its status, JSON body and the headers a
client relies on were recorded from the API as it stood before it was rebuilt on django-ninja's
own pagination, filters and routers, and are kept in `tests/api/contract/`. The same requests
must keep giving the same answers. Values that change with every data load (ETag and
Last-Modified) are recorded as present or absent; conditional requests reuse the ETag the first
response gave.

To record the files again after an intended change, run this module with
`TIPWATCH_RECORD_CONTRACT=1` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from tipwatch.tip.models import Country, Metric, Narrative, NarrativeSection, Report, Statistic

pytestmark = pytest.mark.usefixtures("contract_data", "db")

GOLDEN_DIR = Path(__file__).parent / "contract"
RECORD = os.environ.get("TIPWATCH_RECORD_CONTRACT") == "1"
ORIGIN = "https://example.org"

# Headers a client relies on; ETag and Last-Modified are compared by presence only.
HEADERS = (
    "Content-Type",
    "Allow",
    "Location",
    "Cache-Control",
    "Content-Disposition",
    "Access-Control-Allow-Origin",
    "Access-Control-Expose-Headers",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Headers",
    "Vary",
)
PRESENCE_ONLY = ("ETag", "Last-Modified")


@dataclass(frozen=True)
class Case:
    name: str
    url: str
    method: str = "get"
    headers: dict[str, str] = field(default_factory=dict)
    conditional: str | None = None  # "etag" or "date": repeat with the first response's value


API_CASES = [
    # countries
    Case("countries", "/api/v1/countries/"),
    Case("countries-page", "/api/v1/countries/?limit=5&offset=10"),
    Case("countries-last-page", "/api/v1/countries/?limit=50&offset=150"),
    Case("countries-beyond-the-end", "/api/v1/countries/?offset=5000"),
    Case("country", "/api/v1/countries/PER"),
    Case("country-lower-case", "/api/v1/countries/per"),
    Case("country-with-flags", "/api/v1/countries/RUS"),
    Case("country-unknown", "/api/v1/countries/ZZZ"),
    Case("country-unknown-parameter", "/api/v1/countries/PER?year=2015"),
    # groups
    Case("groups", "/api/v1/groups/"),
    Case("groups-page", "/api/v1/groups/?limit=2&offset=3"),
    Case("group", "/api/v1/groups/latin-america"),
    Case("group-unknown", "/api/v1/groups/atlantis"),
    # reports
    Case("reports", "/api/v1/reports/"),
    Case("reports-page", "/api/v1/reports/?limit=3&offset=20"),
    Case("report", "/api/v1/reports/2015"),
    Case("report-partial", "/api/v1/reports/2016"),
    Case("report-first", "/api/v1/reports/2001"),
    Case("report-unknown", "/api/v1/reports/1999"),
    Case("report-not-a-number", "/api/v1/reports/abc"),
    # placements
    Case("placements", "/api/v1/placements"),
    Case("placements-year", "/api/v1/placements?year=2015"),
    Case("placements-year-second-page", "/api/v1/placements?year=2015&limit=100&offset=100"),
    Case("placements-country", "/api/v1/placements?country=per"),
    Case("placements-group", "/api/v1/placements?group=latin-america&year=2015"),
    Case("placements-region", "/api/v1/placements?region=WHA&year=2015&limit=5"),
    Case("placements-region-lower-case", "/api/v1/placements?region=wha&year=2016&limit=5"),
    Case("placements-tier", "/api/v1/placements?tier=2WL&year=2015"),
    Case("placements-tier-label", "/api/v1/placements?tier=Tier%202%20Watch%20List&limit=3"),
    Case("placements-special-case", "/api/v1/placements?tier=special_case"),
    Case("placements-blank-filters", "/api/v1/placements?year=&country=&tier=&limit=2"),
    Case("placements-bad-tier", "/api/v1/placements?tier=4"),
    Case("placements-unknown-year", "/api/v1/placements?year=1990"),
    Case("placements-year-not-a-number", "/api/v1/placements?year=abc"),
    Case("placements-unknown-country", "/api/v1/placements?country=ZZZ"),
    Case("placements-unknown-group", "/api/v1/placements?group=atlantis"),
    Case("placements-unknown-region", "/api/v1/placements?region=XX"),
    Case("placements-unknown-parameter", "/api/v1/placements?teir=3"),
    Case("placements-limit-zero", "/api/v1/placements?limit=0"),
    Case("placements-limit-too-big", "/api/v1/placements?limit=5000"),
    Case("placements-limit-not-a-number", "/api/v1/placements?limit=ten"),
    Case("placements-offset-negative", "/api/v1/placements?offset=-1"),
    # statistics
    Case("statistics", "/api/v1/statistics"),
    Case(
        "statistics-filtered",
        "/api/v1/statistics?country=PER&year=2015&metric=convictions&period_year=2014",
    ),
    Case("statistics-unknown-metric", "/api/v1/statistics?metric=arrests"),
    Case("statistics-unknown-country", "/api/v1/statistics?country=ZZZ"),
    Case("statistics-period-not-a-number", "/api/v1/statistics?period_year=abc"),
    Case("statistics-unknown-parameter", "/api/v1/statistics?tier=3"),
    # narratives
    Case("narratives", "/api/v1/narratives"),
    Case("narratives-filtered", "/api/v1/narratives?country=per&year=2015"),
    Case("narratives-none", "/api/v1/narratives?country=CHL"),
    Case("narratives-unknown-year", "/api/v1/narratives?year=1990"),
    Case("narratives-unknown-parameter", "/api/v1/narratives?tier=3"),
    # changes
    Case("changes-group", "/api/v1/changes?from=2014&to=2015&group=latin-america"),
    Case("changes-region", "/api/v1/changes?from=2015&to=2017&region=WHA"),
    Case("changes-all-page", "/api/v1/changes?from=2001&to=2025&limit=10&offset=5"),
    Case("changes-missing-to", "/api/v1/changes?from=2015"),
    Case("changes-missing-both", "/api/v1/changes"),
    Case("changes-backwards", "/api/v1/changes?from=2015&to=2014"),
    Case("changes-same-year", "/api/v1/changes?from=2015&to=2015"),
    Case("changes-unknown-year", "/api/v1/changes?from=1990&to=2015"),
    Case("changes-unknown-group", "/api/v1/changes?from=2014&to=2015&group=atlantis"),
    Case(
        "changes-group-and-region",
        "/api/v1/changes?from=2014&to=2015&group=latin-america&region=WHA",
    ),
    Case("changes-unknown-parameter", "/api/v1/changes?from=2014&to=2015&year=2015"),
    # the API as a whole
    Case("unknown-address", "/api/v1/tiers"),
    Case("missing-slash", "/api/v1/countries?limit=5"),
    Case("extra-slash", "/api/v1/placements/"),
    Case("post", "/api/v1/placements", method="post"),
    Case("delete", "/api/v1/reports/2015", method="delete"),
    Case("head", "/api/v1/reports/2015", method="head"),
    Case("head-of-a-list", "/api/v1/placements?year=2015", method="head"),
    Case("if-none-match", "/api/v1/reports/2015", conditional="etag"),
    Case("if-none-match-list", "/api/v1/placements?year=2015&limit=3", conditional="etag"),
    Case("if-modified-since", "/api/v1/groups/", conditional="date"),
    Case("cross-origin-get", "/api/v1/reports/", headers={"Origin": ORIGIN}),
    Case(
        "cors-preflight",
        "/api/v1/placements",
        method="options",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "if-none-match",
        },
    ),
]


def _meta(headers: dict[str, str]) -> dict[str, str]:
    return {"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()}


def _body(response: Any) -> Any:
    if not response.content:
        return None
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)
    return {"text/*": len(response.content) > 0}


def _recorded(response: Any) -> dict[str, Any]:
    headers = {name: response[name] for name in HEADERS if name in response}
    presence = {name: name in response for name in PRESENCE_ONLY}
    return {
        "status": response.status_code,
        "headers": headers,
        "present": presence,
        "body": _body(response),
    }


def _request(client: Client, case: Case) -> Any:
    send = getattr(client, case.method)
    cross_site = case.url.startswith(("/api/", "/downloads/"))
    headers = {"Origin": ORIGIN, **case.headers} if cross_site else case.headers
    response = send(case.url, **_meta(headers))
    if case.conditional is None:
        return response
    if case.conditional == "etag":
        repeat = {"If-None-Match": response["ETag"]}
    else:
        repeat = {"If-Modified-Since": response["Last-Modified"]}
    return send(case.url, **_meta({**headers, **repeat}))


@pytest.fixture(scope="module")
def contract_data(tip_data_for_module: object, django_db_blocker: Any) -> None:
    """The bundled dataset, two figures and a narrative, loaded once for every case (rolled back
    after)."""
    with django_db_blocker.unblock():
        _add_statistics()
        _add_narrative()


def _add_statistics() -> None:
    report = Report.objects.get(year=2015)
    Statistic.objects.create(
        country=Country.objects.get(iso3="PER"),
        report=report,
        metric=Metric.CONVICTIONS,
        value=19,
        period_year=2014,
        qualifier="at_least",
        quote="The government convicted at least 19 traffickers.",
        page=278,
    )
    Statistic.objects.create(
        country=Country.objects.get(iso3="CHL"),
        report=report,
        metric=Metric.PROSECUTIONS,
        value=7,
        period_year=2014,
        quote="Authorities prosecuted 7 cases.",
    )


def _add_narrative() -> None:
    narrative = Narrative.objects.create(
        country=Country.objects.get(iso3="PER"),
        report=Report.objects.get(year=2015),
        header="PERU: Tier 2",
        first_page=277,
        last_page=279,
        summary="Peru does not fully meet the minimum standards.",
        forms=["forced_labor", "sex_trafficking"],
        sectors=["illegal_gold_mining"],
        places=["Madre de Dios"],
        source_name="Trafficking in Persons Report 2015",
    )
    NarrativeSection.objects.create(
        narrative=narrative,
        name="prosecution",
        heading="PROSECUTION",
        text="The government convicted at least 19 traffickers.",
        first_page=278,
        position=1,
    )
    NarrativeSection.objects.create(
        narrative=narrative,
        name="trafficking_profile",
        heading="TRAFFICKING PROFILE",
        text="Peru is a source, transit, and destination country.",
        first_page=279,
        position=2,
    )


# The files were first recorded from the API as it stood before it was rebuilt on django-ninja,
# and the rebuilt API matched them but for these intended changes: CORS is django-cors-headers'
# now, so answers under /api/ and /downloads/ say `Vary: origin` and carry the CORS headers
# (the downloads' error answers too), and a preflight gets 200 without an `Allow` header; a
# blank filter (`year=`) means no filter on the API as on the pages and downloads, instead of
# a 400. They were recorded again, with those changes, when the bundled data gained the
# report's own wording (new source kinds, 2015 complete): from then on every difference fails.
# The narratives cases and `openapi-meaning` were recorded again when `/narratives` was added;
# no other file changed.


def _check(name: str, actual: dict[str, Any]) -> None:
    path = GOLDEN_DIR / f"{name}.json"
    if RECORD:
        path.write_text(json.dumps(actual, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
        return
    assert path.exists(), f"no golden file {path.name}: record it with TIPWATCH_RECORD_CONTRACT=1"
    assert actual == json.loads(path.read_text())


@pytest.mark.parametrize("case", API_CASES, ids=lambda case: case.name)
def test_the_api_answers_as_recorded(client: Client, case: Case) -> None:
    _check(case.name, _recorded(_request(client, case)))


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _shape(document: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """The field names (nested) a response schema promises, without titles or wording."""
    schema = _resolve(document, schema)
    if depth > 6:
        return "..."
    if "anyOf" in schema:
        shapes = [_shape(document, s, depth + 1) for s in schema["anyOf"]]
        return sorted((s for s in shapes if s != "null"), key=str)[0] if shapes else None
    if schema.get("type") == "array":
        return [_shape(document, schema.get("items", {}), depth + 1)]
    if "properties" in schema:
        return {
            name: _shape(document, value, depth + 1)
            for name, value in sorted(schema["properties"].items())
        }
    if "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        return {"*": _shape(document, schema["additionalProperties"], depth + 1)}
    return schema.get("type", "any")


def test_the_openapi_document_keeps_its_paths_parameters_codes_and_fields(client: Client) -> None:
    """The document's meaning for a client: paths, parameters, status codes, response fields."""
    document = client.get("/api/v1/openapi.json").json()
    meaning: dict[str, Any] = {}
    for path, methods in sorted(document["paths"].items()):
        for method, operation in sorted(methods.items()):
            parameters = sorted(
                (p["in"], p["name"], bool(p.get("required", False)))
                for p in operation.get("parameters", [])
            )
            responses = {
                code: _shape(
                    document,
                    answer.get("content", {}).get("application/json", {}).get("schema", {}),
                )
                for code, answer in sorted(operation["responses"].items())
            }
            meaning[f"{method.upper()} {path}"] = {
                "parameters": [list(p) for p in parameters],
                "responses": responses,
            }
    _check("openapi-meaning", json.loads(json.dumps(meaning)))


DOWNLOAD_AND_PAGE_CASES = [
    Case("download-json-bad-tier", "/downloads/placements.json?tier=4"),
    Case("download-json-unknown-parameter", "/downloads/placements.json?teir=4"),
    Case("download-json-filtered", "/downloads/placements.json?year=2015&country=PER"),
    Case("download-csv-bad-year", "/downloads/placements.csv?year=abc"),
    Case("page-compare-bad-group", "/compare/?group=atlantis"),
    Case("page-report-unknown", "/reports/1999/"),
    Case("page-map-bad-year", "/map/?year=abc"),
]


@pytest.mark.parametrize("case", DOWNLOAD_AND_PAGE_CASES, ids=lambda case: case.name)
def test_downloads_and_pages_answer_as_recorded(client: Client, case: Case) -> None:
    recorded = _recorded(_request(client, case))
    body = recorded["body"]
    if isinstance(body, dict) and "generated_at" in body:
        body["generated_at"] = "<time>"
    _check(case.name, recorded)


def test_blank_filters_are_no_filters(client: Client) -> None:
    blank = client.get("/api/v1/placements?year=&country=&tier=&limit=2").json()
    unfiltered = client.get("/api/v1/placements?limit=2").json()

    assert blank["results"] == unfiltered["results"]
    assert blank["count"] == unfiltered["count"]


def test_every_golden_file_belongs_to_a_case() -> None:
    names = {case.name for case in API_CASES + DOWNLOAD_AND_PAGE_CASES} | {"openapi-meaning"}
    files = {path.stem for path in GOLDEN_DIR.glob("*.json")}
    assert files == names or RECORD
    assert all(re.fullmatch(r"[a-z0-9-]+", name) for name in names)
