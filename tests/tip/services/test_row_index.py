"""What a placement row reads beside the placement, once per data version
(tip/services/row_index.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tipwatch.core.process_copies import local_copies
from tipwatch.tip.models import Country, Placement
from tipwatch.tip.names import ENGLISH, SPANISH, country_name
from tipwatch.tip.services.reading import PlacementRow, placement_rows, tier_label
from tipwatch.tip.services.row_index import row_index


def test_every_country_s_bureau_in_every_year_is_the_model_s(tip_data: Any) -> None:
    index = row_index()
    years = range(2000, 2027)
    for country in Country.objects.prefetch_related("bureau_assignments"):
        facts = index.countries[country.pk]
        assert (facts.iso3, facts.name) == (country.iso3, country.name)
        assert facts.name_es == country_name(country, SPANISH)
        for year in years:
            assert facts.bureau_for(year) == country.bureau_for(year), (country.iso3, year)


def test_a_row_is_what_the_placement_and_its_country_say(tip_data: Any) -> None:
    rows = placement_rows(Placement.objects.filter(report__year=2015))
    placements = {
        p.country.iso3: p
        for p in Placement.objects.filter(report__year=2015).select_related("country", "report")
    }
    assert [row.iso3 for row in rows] == sorted(
        placements, key=lambda iso3: placements[iso3].country.name
    )
    for row in rows:
        placement = placements[row.iso3]
        assert row == PlacementRow(
            iso3=placement.country.iso3,
            country=placement.country.name,
            report_year=2015,
            tier=placement.tier,
            tier_label=tier_label(placement.tier, ENGLISH),
            region=placement.country.bureau_for(2015),
            partial_year=placement.report.is_partial,
            source_kind=placement.source_kind,
            source_name=placement.source_name,
            source_url=placement.source_url or None,
            page=placement.page,
            quote=placement.quote or None,
            note=placement.note or None,
            inferred=placement.inferred,
            secondary=placement.is_secondary,
            country_es=country_name(placement.country, SPANISH),
            tier_label_es=tier_label(placement.tier, SPANISH),
        )


@pytest.mark.django_db
def test_read_once_per_data_version(tip_data: Any) -> None:
    request = RequestFactory().get("/api/v1/placements")
    row_index(request)
    with CaptureQueriesContext(connection) as queries:
        row_index(request)
    assert len(queries) == 0
    peru = Country.objects.get(iso3="PER")
    peru.name = "Republic of Peru"
    peru.save()
    assert row_index().countries[peru.pk].name == "Republic of Peru"


def test_the_index_is_kept_in_this_process_as_well(tip_data: Any) -> None:
    first = row_index()
    cache.clear()
    assert row_index() is first  # no round trip, no unpickling
    local_copies.clear()
    assert row_index() is not first
