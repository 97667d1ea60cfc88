"""A country's profile record, read once per data version (tip/services/country_record.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.http import HttpRequest
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tests.tip.factories import (
    BureauAssignmentFactory,
    CountryAliasFactory,
    CountryFactory,
    GroupFactory,
)
from tipwatch.tip.services.country_record import country_with_relations

pytestmark = pytest.mark.django_db


def _request() -> HttpRequest:
    return RequestFactory().get("/countries/PER/")


def test_the_country_with_its_names_bureaus_and_groups() -> None:
    peru: Any = CountryFactory(iso3="PER", name="Peru")
    CountryAliasFactory(country=peru, name="Republic of Peru")
    BureauAssignmentFactory(country=peru)
    GroupFactory(slug="latin-america", name="Latin America", members=[peru])

    country = country_with_relations("PER", _request())

    assert country is not None
    assert country.pk == peru.pk
    with CaptureQueriesContext(connection) as queries:
        assert country.alias_names == ["Republic of Peru"]
        assert [g.slug for g in country.groups.all()] == ["latin-america"]
        assert len(country.bureau_assignments.all()) == 1
    assert len(queries) == 0


def test_a_second_request_reads_only_the_data_version() -> None:
    CountryFactory(iso3="PER", name="Peru")
    country_with_relations("PER", _request())
    with CaptureQueriesContext(connection) as queries:
        assert country_with_relations("PER", _request()) is not None
    assert len(queries) == 1
    assert "tip_country" not in queries.captured_queries[0]["sql"]


def test_a_new_alias_shows_at_once() -> None:
    peru = CountryFactory(iso3="PER", name="Peru")
    country_with_relations("PER", _request())
    CountryAliasFactory(country=peru, name="Perú")  # saving an alias bumps the data version
    country = country_with_relations("PER", _request())
    assert country is not None
    assert country.alias_names == ["Perú"]


def test_an_unknown_code_is_none_and_not_kept() -> None:
    assert country_with_relations("XXX", _request()) is None
    CountryFactory(iso3="XXX", name="Somewhere")
    assert country_with_relations("XXX", _request()) is not None
