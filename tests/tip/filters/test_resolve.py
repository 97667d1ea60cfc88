"""Resolving a year or group from the data version's indexes when given the request."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tests.tip.factories import GroupFactory, ReportFactory
from tipwatch.tip.filters.params import InvalidParameterError
from tipwatch.tip.filters.resolve import resolve_group, resolve_scope_choice, resolve_year

pytestmark = pytest.mark.django_db


def test_a_known_year_and_group_are_read_from_the_indexes() -> None:
    ReportFactory(year=2015)
    GroupFactory(slug="latin-america")
    first = RequestFactory().get("/")
    resolve_year(2015, request=first), resolve_group("latin-america", request=first)
    request = RequestFactory().get("/")
    with CaptureQueriesContext(connection) as queries:
        report = resolve_year(2015, request=request)
        group, region = resolve_scope_choice(" Latin-America ", None, request)
    assert report is not None
    assert report.year == 2015
    assert group is not None
    assert group.slug == "latin-america"
    assert region is None
    assert len(queries) == 1  # the data version, once per request


def test_an_unknown_year_or_group_still_names_the_choices() -> None:
    ReportFactory(year=2015)
    GroupFactory(slug="latin-america")
    with pytest.raises(InvalidParameterError) as year_error:
        resolve_year(1990, request=RequestFactory().get("/"))
    assert year_error.value.allowed == [2015]
    with pytest.raises(InvalidParameterError) as group_error:
        resolve_group("nowhere", request=RequestFactory().get("/"))
    assert group_error.value.allowed == ["latin-america"]
