"""Comparisons cut from reports read once (`ReportRows`, `compare_rows`) say what `compare`
says, and histories given the reports already read are the same histories."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tipwatch.tip.models import Country, Group, Report
from tipwatch.tip.services.reading import (
    Comparison,
    ReportRows,
    Scope,
    compare,
    compare_rows,
    country_histories,
)

pytestmark = pytest.mark.django_db


def _said(comparison: Comparison) -> dict[str, Any]:
    return {
        "year": comparison.year,
        "placements": [
            (iso3, p.tier, p.country.name, p.report.year)
            for iso3, p in comparison.placements.items()
        ],
        "previous_year": comparison.previous_report.year if comparison.previous_report else None,
        "previous": [(iso3, p.tier) for iso3, p in comparison.previous_placements.items()],
        "missing": [c.iso3 for c in comparison.missing_from_data],
        "counts": comparison.counts(),
        "moves": [move.as_dict() for move in comparison.moves()],
    }


def test_a_scope_cut_from_rows_read_once_is_compared_as_by_compare(tip_data: Any) -> None:
    countries = {country.pk: country for country in Country.objects.all()}
    report = Report.objects.get(year=2015)
    previous = Report.objects.get(year=2014)
    rows, before = ReportRows.read(report, countries), ReportRows.read(previous, countries)
    scopes = [Scope.for_group(group) for group in Group.objects.all()]
    with CaptureQueriesContext(connection) as queries:
        for scope in scopes:
            assert _said(compare_rows(rows, scope, before)) == _said(compare(report, scope))
        world = Scope.all_countries(countries.values())
        assert _said(compare_rows(rows, world, None)) == _said(
            compare(report, world, with_previous=False)
        )
    # (the queries are compare's own: compare_rows makes none)
    assert len(queries) == 4 * len(scopes) + 2


def test_histories_given_the_reports_are_the_same_histories(tip_data: Any) -> None:
    countries = list(Country.objects.filter(iso3__in=["PER", "CUB", "VEN", "HTI"]))
    reports = list(Report.objects.all())
    joined, given = country_histories(countries), country_histories(countries, reports)
    assert joined.keys() == given.keys()
    for iso3, history in joined.items():
        assert history.as_dict() == given[iso3].as_dict()
        # (the reports given, not copies)
        assert all(any(row.placement.report is r for r in reports) for row in given[iso3].rows)
