"""The TIP data screens in Wagtail's admin: filters, provenance, and edits with a reason."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tipwatch.tip.models import Placement

from .factories import (
    BureauAssignmentFactory,
    CountryFactory,
    GroupFactory,
    PlacementFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def placements() -> dict[str, Placement]:
    peru = CountryFactory.create(iso3="PER", name="Peru")
    kazakhstan = CountryFactory.create(iso3="KAZ", name="Kazakhstan")
    BureauAssignmentFactory.create(country=peru, bureau="WHA")
    BureauAssignmentFactory.create(country=kazakhstan, bureau="SCA")
    GroupFactory.create(slug="latin-america", name="Latin America", members=[peru])
    report = ReportFactory.create(year=2015)
    return {
        "peru": PlacementFactory.create(
            country=peru,
            report=report,
            tier="2",
            source_name="2015 TIP Report",
            quote="PERU: Tier 2",
            page=278,
        ),
        "kazakhstan": PlacementFactory.create(country=kazakhstan, report=report, tier="2WL"),
        "peru_2014": PlacementFactory.create(
            country=peru, report=ReportFactory.create(year=2014), tier="2"
        ),
    }


def listed(client: Client, **filters: Any) -> str:
    response = client.get(reverse("placements:index"), filters)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("filters", "shown", "hidden"),
    [
        ({"tier": "2WL"}, ["Kazakhstan"], ["Peru"]),
        ({"bureau": "WHA"}, ["Peru"], ["Kazakhstan"]),
        ({"group": "latin-america"}, ["Peru"], ["Kazakhstan"]),
        ({"year": "2015", "tier": "2"}, ["Peru"], ["Kazakhstan"]),
    ],
)
def test_placements_filter(
    admin_client: Client,
    placements: dict[str, Placement],
    filters: dict[str, str],
    shown: list[str],
    hidden: list[str],
) -> None:
    page = listed(admin_client, **filters)

    for name in shown:
        assert name in page
    for name in hidden:
        assert name not in page


def test_year_filter_narrows_to_one_report(
    admin_client: Client, placements: dict[str, Placement]
) -> None:
    response = admin_client.get(reverse("placements:index"), {"year": "2014"})

    assert [p.pk for p in response.context["object_list"]] == [placements["peru_2014"].pk]


def test_the_placement_page_shows_its_provenance(
    admin_client: Client, placements: dict[str, Placement]
) -> None:
    response = admin_client.get(reverse("placements:inspect", args=[placements["peru"].pk]))

    page = response.content.decode()
    assert "2015 TIP Report" in page
    assert "PERU: Tier 2" in page
    assert "278" in page


def form_data(placement: Placement, **changes: Any) -> dict[str, Any]:
    data = {
        "country": placement.country.pk,
        "report": placement.report.pk,
        "tier": placement.tier,
        "source_kind": placement.source_kind,
        "source_name": placement.source_name,
        "source_url": placement.source_url,
        "page": placement.page or "",
        "quote": placement.quote,
        "note": placement.note,
    }
    if placement.inferred:
        data["inferred"] = "on"
    data.update(changes)
    return data


def test_an_edit_records_who_what_and_why(
    admin_client: Client, admin_user: Any, placements: dict[str, Placement]
) -> None:
    peru = placements["peru"]
    url = reverse("placements:edit", args=[peru.pk])

    response = admin_client.post(
        url,
        form_data(
            peru,
            tier="2WL",
            quote="PERU: Tier 2 Watch List",
            change_reason="Checked against page 278",
        ),
    )

    assert response.status_code == 302
    peru.refresh_from_db()
    assert peru.tier == "2WL"
    entry = ModelLogEntry.objects.get(object_id=str(peru.pk))  # one row per save
    assert entry.action == "tipwatch.change"
    assert entry.user == admin_user
    assert entry.data["reason"] == "Checked against page 278"
    assert entry.data["changes"] == {
        "tier": ["2", "2WL"],
        "quote": ["PERU: Tier 2", "PERU: Tier 2 Watch List"],
    }
    history = admin_client.get(reverse("placements:history", args=[peru.pk])).content.decode()
    assert "Checked against page 278" in history
    assert ">Edited<" not in history


def test_a_new_tier_needs_a_new_source(
    admin_client: Client, placements: dict[str, Placement]
) -> None:
    peru = placements["peru"]

    response = admin_client.post(
        reverse("placements:edit", args=[peru.pk]),
        form_data(peru, tier="3", change_reason="The tier was wrong"),
    )

    assert response.status_code == 200
    assert "still quotes the old tier" in response.content.decode()
    peru.refresh_from_db()
    assert (peru.tier, peru.quote) == ("2", "PERU: Tier 2")


def test_an_editors_correction_clears_the_old_source_and_keeps_the_reason(
    admin_client: Client, placements: dict[str, Placement]
) -> None:
    peru = placements["peru"]

    response = admin_client.post(
        reverse("placements:edit", args=[peru.pk]),
        form_data(peru, tier="2WL", editor_correction="on", change_reason="Mistyped when entered"),
    )

    assert response.status_code == 302
    peru.refresh_from_db()
    assert (peru.tier, peru.source_name, peru.quote, peru.page) == (
        "2WL",
        "Editor's correction",
        "",
        None,
    )
    assert peru.note == "Mistyped when entered"
    entry = ModelLogEntry.objects.get(object_id=str(peru.pk))
    assert entry.data["changes"]["source_name"] == ["2015 TIP Report", "Editor's correction"]
    assert entry.data["changes"]["page"] == [278, None]


def test_an_edit_without_a_reason_keeps_what_was_typed(
    admin_client: Client, placements: dict[str, Placement]
) -> None:
    peru = placements["peru"]

    response = admin_client.post(
        reverse("placements:edit", args=[peru.pk]),
        form_data(peru, tier="3", note="typed by the editor"),
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert "change_reason" in form.errors
    assert form["note"].value() == "typed by the editor"
    assert form["tier"].value() == "3"
    peru.refresh_from_db()
    assert peru.tier == "2"


def test_countries_and_groups_are_browsable(admin_client: Client, placements: Any) -> None:
    countries = admin_client.get(reverse("countries:index"), {"bureau": "WHA"}).content.decode()
    assert "Peru" in countries
    assert "Kazakhstan" not in countries
    assert admin_client.get(reverse("groups:index")).status_code == 200
    assert admin_client.get(reverse("reports:index")).status_code == 200


def test_each_country_offers_to_draft_a_briefing(admin_client: Client, placements: Any) -> None:
    page = admin_client.get(reverse("countries:index")).content.decode()

    assert f"{reverse('briefings_draft')}?country=PER" in page


def _year_cells(html: str) -> list[str]:
    import re

    return re.findall(r"<td[^>]*>\s*(\d{4})\s*</td>", html)


@pytest.mark.parametrize(
    "listing",
    ["placements", "statistics", "narratives", "source_conflicts", "coverage_gaps"],
)
def test_every_tip_listing_shows_the_report_year(admin_client: Client, listing: str) -> None:
    from tipwatch.tip.models import CoverageGap, Narrative, SourceConflict, Statistic

    country = CountryFactory.create(iso3="PER", name="Peru")
    report = ReportFactory.create(year=2013)
    PlacementFactory.create(country=country, report=report, tier="2")
    Statistic.objects.create(
        country=country,
        report=report,
        metric="victims_identified",
        value=5,
        period_year=2012,
        quote="five victims",
        page=3,
    )
    Narrative.objects.create(country=country, report=report, header="PERU: Tier 2")
    SourceConflict.objects.create(
        country=country,
        report=report,
        kept_tier="2",
        kept_source="a",
        other_tier="3",
        other_source="b",
        resolution="kept a",
    )
    CoverageGap.objects.create(country=country, report=report, reason="missing")

    response = admin_client.get(reverse(f"{listing}:index"))

    assert response.status_code == 200
    assert "2013" in _year_cells(response.content.decode())
