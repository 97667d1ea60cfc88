import datetime

import pytest
from django.db import IntegrityError

from tipwatch.tip.models import Country, Placement

from .factories import (
    BureauAssignmentFactory,
    CountryFactory,
    GroupFactory,
    PlacementFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db


def test_report_period_runs_april_to_march() -> None:
    report = ReportFactory.create(year=2015)
    assert report.period_start == datetime.date(2014, 4, 1)
    assert report.period_end == datetime.date(2015, 3, 31)


def test_partial_year_says_so_in_its_label() -> None:
    assert ReportFactory.create(year=2016, coverage="partial").year_label == "2016 (partial data)"
    assert ReportFactory.create(year=2015, coverage="complete").year_label == "2015"


def test_one_placement_per_country_and_report() -> None:
    placement = PlacementFactory.create()
    with pytest.raises(IntegrityError):
        PlacementFactory.create(country=placement.country, report=placement.report)


def test_placements_for_year_in_group() -> None:
    peru, chile, spain = (CountryFactory.create(iso3=code) for code in ("PER", "CHL", "ESP"))
    GroupFactory.create(slug="latin-america", members=[peru, chile])
    report_2015, report_2014 = ReportFactory.create(year=2015), ReportFactory.create(year=2014)
    for country in (peru, chile, spain):
        PlacementFactory.create(country=country, report=report_2015)
        PlacementFactory.create(country=country, report=report_2014)

    found = Placement.objects.for_year(2015).in_group("latin-america")

    assert sorted(p.country.iso3 for p in found) == ["CHL", "PER"]
    assert {p.report.year for p in found} == {2015}


def test_region_follows_the_bureau_of_each_report_year() -> None:
    kazakhstan = CountryFactory.create(iso3="KAZ", name="Kazakhstan")
    BureauAssignmentFactory.create(
        country=kazakhstan, bureau="EUR", first_report_year=2001, last_report_year=2005
    )
    BureauAssignmentFactory.create(country=kazakhstan, bureau="SCA", first_report_year=2006)
    for year in (2005, 2006):
        PlacementFactory.create(country=kazakhstan, report=ReportFactory.create(year=year))

    assert [p.report.year for p in Placement.objects.in_region("EUR")] == [2005]
    assert [p.report.year for p in Placement.objects.in_region("SCA")] == [2006]
    assert kazakhstan.bureau_for(2005) == "EUR"
    assert kazakhstan.bureau_for(2010) == "SCA"
    assert kazakhstan.current_bureau == "SCA"
    assert list(Country.objects.in_region("EUR", 2003)) == [kazakhstan]
    assert list(Country.objects.in_region("EUR", 2006)) == []


def test_secondary_and_inferred_placements_are_marked() -> None:
    assert PlacementFactory.create(source_kind="secondary").is_secondary
    assert PlacementFactory.create(source_kind="inferred", inferred=True).is_secondary
    assert not PlacementFactory.create(source_kind="official").is_secondary
    assert not PlacementFactory.create(source_kind="verbatim_copy").is_secondary
    assert not PlacementFactory.create(source_kind="dataset").is_secondary


def test_only_a_quote_from_state_or_a_verbatim_copy_is_report_wording() -> None:
    quote = "PERU: Tier 2"
    assert PlacementFactory.create(source_kind="verbatim_copy", quote=quote).is_report_wording
    assert PlacementFactory.create(source_kind="official", quote=quote).is_report_wording
    assert not PlacementFactory.create(source_kind="official").is_report_wording
    assert not PlacementFactory.create(source_kind="secondary", quote=quote).is_report_wording


@pytest.mark.parametrize(("kind", "inferred"), [("inferred", False), ("secondary", True)])
def test_the_database_refuses_an_inferred_flag_that_disagrees_with_the_kind(
    kind: str, inferred: bool
) -> None:
    with pytest.raises(IntegrityError, match="inferred_iff_source_kind_inferred"):
        PlacementFactory.create(source_kind=kind, inferred=inferred)


def test_citation_names_source_and_page() -> None:
    placement = PlacementFactory.create(source_name="2015 TIP Report", page=278)
    assert placement.citation == "2015 TIP Report, page 278"
