from __future__ import annotations

import json

from tests.ingest.parsing.corpus import COUNTRIES, REPORT_YEAR, SPECS, spec_by_header
from tests.ingest.parsing.fixtures import render_text_report, report_blocks
from tipwatch.ingest.parsing import (
    NOT_A_REPORT,
    CountryMatcher,
    Document,
    Page,
    document_from_text,
    parse_report,
)

MATCHER = CountryMatcher(COUNTRIES)


def _parsed_text_report(header_list: list[str]) -> dict[str, object]:
    specs = [spec_by_header(header) for header in header_list]
    text, _ = render_text_report(report_blocks(specs, front_matter=False))
    return parse_report(document_from_text(text), REPORT_YEAR, MATCHER).to_json_dict()


def test_json_shape_is_exact() -> None:
    payload = _parsed_text_report(["PERU: Tier 2", "NORTH MARAVIA: Tier 2"])
    json.dumps(payload)  # serialisable as-is
    assert list(payload) == ["report_year", "pages", "countries", "problems"]
    assert payload["report_year"] == REPORT_YEAR
    assert isinstance(payload["pages"], int)
    assert payload["pages"] >= 1
    countries = payload["countries"]
    assert isinstance(countries, list)
    peru, maravia = countries
    assert list(peru) == [
        "name",
        "iso3",
        "tier",
        "pages",
        "sections",
        "statistics",
        "summary",
        "tags",
    ]
    assert peru["name"] == "PERU"
    assert peru["iso3"] == "PER"
    assert peru["tier"] == "2"
    assert isinstance(peru["pages"], list)
    assert len(peru["pages"]) == 2
    assert peru["pages"][0] <= peru["pages"][1]
    assert peru["sections"][0] == "summary"
    statistic = peru["statistics"][0]
    assert list(statistic) == [
        "metric",
        "value",
        "period_year",
        "qualifier",
        "quote",
        "page",
        "section",
    ]
    assert statistic == {
        "metric": "convictions",
        "value": 19,
        "period_year": 2014,
        "qualifier": None,
        "quote": "The government convicted 19 traffickers and identified more victims.",
        "page": peru["pages"][0],
        "section": statistic["section"],
    }
    assert statistic["section"] in peru["sections"]
    assert peru["summary"].startswith("The Government of Peru does not fully meet the minimum")
    assert list(peru["tags"]) == ["forms", "sectors", "places"]
    assert "Madre de Dios" in peru["tags"]["places"]
    assert maravia["iso3"] is None
    assert maravia["tier"] == "2"
    assert payload["problems"] == [
        f'unknown country name "NORTH MARAVIA" (page {maravia["pages"][0]})'
    ]


def test_unknown_country_is_not_fatal_duplicates_and_empty_are() -> None:
    ok = parse_report(document_from_text("ATLANTIS: Tier 2\nProse."), REPORT_YEAR, MATCHER)
    assert not ok.fatal
    assert len(ok.countries) == 1

    duplicate = parse_report(
        document_from_text(
            "PERU: Tier 2\nThe government made significant efforts to prosecute its traffickers.\n"
            "PERU: Tier 2\nThe government made more efforts to protect the victims it found.\n"
        ),
        REPORT_YEAR,
        MATCHER,
    )
    assert duplicate.fatal
    assert duplicate.to_json_dict()["problems"] == ['country "PERU" appears twice (pages 1 and 1)']

    empty = parse_report(Document([Page(1, "Just some text.")]), REPORT_YEAR, MATCHER)
    assert empty.fatal
    assert empty.to_json_dict() == {
        "report_year": REPORT_YEAR,
        "pages": 1,
        "countries": [],
        "problems": [NOT_A_REPORT],
    }


def test_header_and_text_tier_disagreement_is_reported() -> None:
    text = (
        "PERU: Tier 2\nThe Government of Peru does not fully meet the minimum standards; "
        "therefore Peru was downgraded to Tier 2 Watch List."
    )
    parsed = parse_report(document_from_text(text), REPORT_YEAR, MATCHER)
    assert parsed.countries[0].tier == "2"
    assert not parsed.fatal
    assert parsed.to_json_dict()["problems"] == [
        '"PERU": the header says Tier 2 but the text says Tier 2 Watch List (page 1)'
    ]


def test_document_warnings_become_problems() -> None:
    document = Document(
        [Page(1, "PERU: Tier 2\nProse.")], kind="pdf", warnings=["3 of 40 pages have no text"]
    )
    parsed = parse_report(document, REPORT_YEAR, MATCHER)
    assert parsed.to_json_dict()["problems"] == ["3 of 40 pages have no text"]
    assert not parsed.fatal


def test_all_corpus_countries_round_trip_through_json() -> None:
    payload = _parsed_text_report([spec.header for spec in SPECS])
    countries = payload["countries"]
    assert isinstance(countries, list)
    assert [c["name"] for c in countries] == [spec.name for spec in SPECS]
    assert json.loads(json.dumps(payload)) == payload


def test_conflicting_figures_are_kept_and_flagged() -> None:
    text = (
        "PERU: Tier 2\nPROSECUTION\nThe government convicted 19 traffickers.\n"
        "PROTECTION\nIn all, courts convicted 21 traffickers during the reporting period."
    )
    parsed = parse_report(document_from_text(text), REPORT_YEAR, MATCHER)
    assert [(s.metric, s.value) for s in parsed.countries[0].statistics] == [
        ("convictions", 19),
        ("convictions", 21),
    ]
    assert parsed.to_json_dict()["problems"] == [
        '"PERU": convictions for 2014 stated as 19 (page 1) and as 21 (page 1)'
    ]
    assert not parsed.fatal
