"""A later narrative's own words fill a year missing from our data, through the import review."""

from __future__ import annotations

import io
from pathlib import Path

from django.core.management import call_command

from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.tip.models import Country, CoverageGap, Placement, Report
from tipwatch.tip.services.history import country_history

BOLIVIA = [
    "BOLIVIA: Tier 2 Watch List",
    "The Government of Bolivia does not fully meet the minimum standards for the elimination "
    "of trafficking; however, it is making significant efforts to do so. Therefore Bolivia "
    "remained on Tier 2 Watch List for the fourth consecutive year.",
    "PROSECUTION",
    "The government maintained law enforcement efforts.",
]


def _import(tmp_path: Path) -> ImportRun:
    path = tmp_path / "bolivia-2017.txt"
    page = "\n".join(["TRAFFICKING IN PERSONS REPORT JUNE 2017", "", *BOLIVIA, "", "98"])
    path.write_text(page + "\n", encoding="utf-8")
    call_command("import_report", str(path), "--year", "2017", stdout=io.StringIO())
    return ImportRun.objects.get()


def _make_gap(year: int) -> None:
    bolivia = Country.objects.get(iso3="BOL")
    report = Report.objects.get(year=year)
    Placement.objects.filter(country=bolivia, report=report).delete()
    CoverageGap.objects.get_or_create(report=report, country=bolivia)


def test_a_streak_in_the_narrative_offers_the_missing_year_unticked(
    tip_data: object, tmp_path: Path
) -> None:
    _make_gap(2016)
    run = _import(tmp_path)

    inferred = run.changes.filter(kind=ProposedChange.Kind.PLACEMENT, key__contains="inferred")
    assert [(c.key, c.accepted, c.action) for c in inferred] == [
        ("tier 2016 (inferred)", False, "new")
    ]
    change = inferred.get()
    assert change.after is not None
    assert change.after["tier"] == "2WL"
    assert change.after["quote"].startswith("Therefore Bolivia remained on Tier 2 Watch List")


def test_accepting_it_stores_an_inferred_placement_and_closes_the_gap(
    tip_data: object, tmp_path: Path
) -> None:
    _make_gap(2016)
    assert country_history(Country.objects.get(iso3="BOL")).unknown_years == [2016]
    run = _import(tmp_path)
    change = run.changes.get(key="tier 2016 (inferred)")

    ApplyImport(run).apply(accepted_ids=[change.pk])

    placement = Placement.objects.get(country__iso3="BOL", report__year=2016)
    assert (placement.tier, placement.source_kind, placement.inferred) == ("2WL", "inferred", True)
    assert "fourth consecutive year" in placement.quote
    assert f"Import #{run.pk}" in placement.note
    assert not CoverageGap.objects.filter(country__iso3="BOL", report__year=2016).exists()
    assert country_history(Country.objects.get(iso3="BOL")).unknown_years == []


def test_years_our_data_holds_are_not_offered(tip_data: object, tmp_path: Path) -> None:
    run = _import(tmp_path)
    assert not run.changes.filter(key__contains="inferred").exists()
