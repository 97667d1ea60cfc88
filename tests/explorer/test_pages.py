"""The explorer's pages on the real dataset: map, countries, comparison, reports."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from tipwatch.tip.models import Country, CoverageGap, Group, Report

pytestmark = pytest.mark.usefixtures("tip_data")


def page(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    return response.content.decode()


def map_links(html: str) -> dict[str, str]:
    """iso3 -> css class of every country link on the map."""
    pattern = r'<a href="/countries/[A-Z]{3}/" class="(\w+)"[^>]*data-iso3="([A-Z]{3})"'
    return {iso3: css for css, iso3 in re.findall(pattern, html)}


# --- map -------------------------------------------------------------------------------------


def test_the_map_defaults_to_the_latest_complete_report(client: Client) -> None:
    latest = Report.objects.latest_complete()
    assert latest is not None

    html = page(client, reverse("explorer:map"))

    assert f'<option value="{latest.year}" selected>' in html
    assert f"World map of TIP Report tiers: {latest.year}" in html


def test_the_2016_map_colours_peru_as_tier_2_and_labels_the_year_partial(client: Client) -> None:
    html = page(client, "/map/?year=2016")

    links = map_links(html)
    assert links["PER"] == "t2"
    assert links["CHL"] == "t1"
    assert links["VEN"] == "t3"
    assert links["JAM"] == "tgap"  # assessed, but missing from our 2016 data
    assert 'aria-label="Peru: Tier 2"' in html
    assert "<title>Peru: Tier 2</title>" in html
    assert "2016 (partial data)" in html
    assert "Partial year" in html


def test_every_country_is_on_the_map_and_in_its_table(client: Client) -> None:
    html = page(client, "/map/?year=2020")

    links = map_links(html)
    assert set(links) == set(Country.objects.values_list("iso3", flat=True))
    table = re.findall(r'<tr data-iso3="([A-Z]{3})">', html)
    assert sorted(table) == sorted(links)
    assert all(css != "tgap" for css in links.values())  # 2020 is complete


def test_small_entities_are_drawn_as_clickable_markers(client: Client) -> None:
    html = page(client, "/map/?year=2015")

    for iso3 in ("XKX", "HKG", "MAC", "SXM", "CUW", "ABW", "MLT", "BHR", "SGP", "MDV"):
        match = re.search(
            rf'<a href="/countries/{iso3}/"[^>]*tabindex="0"[^>]*>(.*?)</a>', html, re.S
        )
        assert match, iso3
        assert "<circle" in match.group(1), iso3


def test_the_map_table_lists_the_same_tiers_as_the_shapes(client: Client) -> None:
    html = page(client, "/map/?year=2015")

    row = re.search(r'<tr data-iso3="PER">(.*?)</tr>', html, re.S)
    assert row is not None
    assert "Tier 2" in row.group(1)
    assert 'class="tier t2"' in row.group(1)


def test_the_map_shows_a_legend_with_text_labels(client: Client) -> None:
    html = page(client, "/map/?year=2015")

    for label in ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case", "Not rated"):
        assert f">{label}</span>" in html


@pytest.mark.parametrize("query", ["year=1999", "year=abc", "yaer=2015"])
def test_a_bad_map_query_lists_the_choices(client: Client, query: str) -> None:
    html = page(client, f"/map/?{query}", status=400)

    assert 'id="allowed"' in html
    if query.startswith("year"):
        assert "2015" in html
        assert "2025" in html


def test_the_explorer_landing_embeds_the_map(client: Client) -> None:
    html = page(client, reverse("explorer:home"))

    assert 'class="world-map"' in html
    assert "/api/v1/docs" in html


# --- countries -------------------------------------------------------------------------------


def test_the_country_index_lists_every_country_with_its_current_tier(client: Client) -> None:
    html = page(client, reverse("explorer:countries"))

    rows = re.findall(r'<tr data-iso3="([A-Z]{3})">', html)
    assert len(rows) == Country.objects.count()
    peru = re.search(r'<tr data-iso3="PER">(.*?)</tr>', html, re.S)
    assert peru is not None
    assert "Tier 2" in peru.group(1)
    assert "2025" in peru.group(1)


def test_the_country_profile_shows_tier_meaning_timeline_and_sources(client: Client) -> None:
    html = page(client, "/countries/PER/")

    assert "<h1>Peru" in html
    assert "making significant efforts" in html  # TIER_MEANINGS for Tier 2
    assert 'id="timeline-chart"' in html
    assert "<svg" in html
    rows = re.findall(r'<tr data-year="(\d{4})">', html)
    assert [int(y) for y in rows] == list(
        Report.objects.order_by("year").values_list("year", flat=True)
    )
    row_2004 = re.search(r'<tr data-year="2004">(.*?)</tr>', html, re.S)
    assert row_2004 is not None
    assert "Tier 2 Watch List" in row_2004.group(1)
    row_2001 = re.search(r'<tr data-year="2001">(.*?)</tr>', html, re.S)
    assert row_2001 is not None
    assert "No placement" in row_2001.group(1)
    assert "Latin America" in html
    assert "?group=latin-america" in html
    assert "github.com/andrewheiss/scorecard-diplomacy" in html  # a source link
    assert "partial</span>" in html


def test_the_profile_renders_the_watch_list_rule_flags(client: Client) -> None:
    html = page(client, "/countries/RUS/")

    assert 'data-code="' in html
    assert "22 U.S.C. 7107" in html
    assert "Russia" in html


def test_the_profile_address_is_case_insensitive(client: Client) -> None:
    response = client.get("/countries/per/")

    assert response.status_code == 301
    assert response["Location"] == "/countries/PER/"


def test_an_unknown_country_is_a_404_listing_the_countries(client: Client) -> None:
    html = page(client, "/countries/ZZZ/", status=404)

    assert "ZZZ" in html
    assert 'href="/countries/PER/"' in html


# --- comparison ------------------------------------------------------------------------------


def test_the_latin_america_comparison_for_2015(client: Client) -> None:
    html = page(client, "/compare/?year=2015&group=latin-america")

    def tier_row(tier: str) -> str:
        match = re.search(rf'<tr data-tier="{tier}">(.*?)</tr>', html, re.S)
        assert match is not None
        return match.group(1)

    assert '<td class="num">1</td>' in tier_row("1")
    assert "Chile" in tier_row("1")
    assert '<td class="num">14</td>' in tier_row("2")
    assert "Peru" in tier_row("2")
    for name in ("Bolivia", "Costa Rica", "Cuba", "Haiti"):
        assert name in tier_row("2WL")
    assert "Venezuela" in tier_row("3")
    moves = html[html.index('id="moves"') :]
    upgraded = moves[: moves.index("Downgraded")]
    assert "Cuba" in upgraded
    assert "Costa Rica" in moves[moves.index("Downgraded") :]
    assert 'id="group-chart"' in html
    assert 'id="series"' in html


def test_the_comparison_says_how_complete_the_data_is_for_the_group_shown(
    client: Client,
) -> None:
    # 2016 is partial (Jamaica is missing) but holds all 20 members of Latin America.
    latin = page(client, "/compare/?year=2016&group=latin-america")
    notice = re.search(r'<p class="\w+" id="coverage">(.*?)</p>', latin, re.S)
    assert notice is not None
    assert "Complete for Latin America" in notice.group(1)
    assert "20 of 20 countries" in notice.group(1)
    assert "incomplete" not in latin.split('id="counts"')[0]

    caribbean = page(client, "/compare/?year=2016&group=caribbean")
    notice = re.search(r'<p class="notice" id="coverage">(.*?)</p>', caribbean, re.S)
    assert notice is not None
    assert "Partial for Caribbean" in notice.group(1)
    assert "Jamaica" in notice.group(1)
    size = Group.objects.get(slug="caribbean").members.count()
    assert f"{size - 1} of {size} countries" in notice.group(1)

    complete_year = page(client, "/compare/?year=2015&group=latin-america")
    assert 'id="coverage"' not in complete_year


def test_the_explorer_home_links_every_group_to_its_comparison(client: Client) -> None:
    html = page(client, "/explorer/")
    for slug in Group.objects.values_list("slug", flat=True):
        assert f'href="/compare/?group={slug}"' in html


def test_a_region_comparison_uses_the_bureau(client: Client) -> None:
    html = page(client, "/compare/?year=2015&region=WHA")

    assert "WHA bureau in the 2015 report" in html
    assert "Peru" in html
    assert "Canada" in html


@pytest.mark.parametrize(
    ("home_group", "heading"),
    [("latin-america", "Latin America"), ("central-america", "Central America")],
)
def test_the_comparison_defaults_to_the_home_group_in_the_latest_complete_year(
    client: Client, home_group: str, heading: str
) -> None:
    from wagtail.models import Site

    from tipwatch.pages.models import SiteSettings
    from tipwatch.tip.models import Group

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.home_group = Group.objects.get(slug=home_group)
    settings.save()

    html = page(client, "/compare/")

    assert f"{heading} in the 2025 report" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("group=nope", "latin-america"),
        ("region=XYZ", "WHA"),
        ("year=1990&group=latin-america", "2015"),
        ("year=abc", "year: input should be a valid integer"),
        ("group=latin-america&region=WHA", "either a group or a region"),
        ("grup=latin-america", "unknown parameter"),
    ],
)
def test_bad_comparison_values_give_400_with_the_choices(
    client: Client, query: str, expected: str
) -> None:
    html = page(client, f"/compare/?{query}", status=400)

    assert expected.lower() in html.lower()


# --- reports ---------------------------------------------------------------------------------


def test_the_report_url_name_used_by_the_news_source_block() -> None:
    assert reverse("explorer:report", kwargs={"year": 2015}) == "/reports/2015/"


def test_the_2015_report_page(client: Client) -> None:
    html = page(client, "/reports/2015/")

    counts = dict(
        re.findall(r'<section data-tier="([^"]+)"><h3><span[^>]*>[^<]+</span> \((\d+)\)', html)
    )
    assert counts == {"1": "31", "2": "89", "2WL": "44", "3": "23", "special_case": "1"}
    assert "partial data" not in html
    assert "https://2009-2017.state.gov/j/tip/rls/tiprpt/2015/index.htm" in html
    assert "Upgraded (" in html
    assert "Downgraded (" in html
    assert 'href="/reports/2014/"' in html
    assert 'href="/reports/2016/"' in html


def test_a_partial_report_page_lists_its_gaps(client: Client) -> None:
    html = page(client, "/reports/2016/")

    assert "partial data" in html
    gaps = html[html.index('id="gaps"') :]
    assert "Jamaica" in gaps[: gaps.index("</details>")]


def test_an_unknown_report_year_is_a_404_listing_the_years(client: Client) -> None:
    html = page(client, "/reports/1999/", status=404)

    assert 'href="/reports/2015/"' in html


def test_the_report_index_lists_every_year_with_coverage(client: Client) -> None:
    html = page(client, reverse("explorer:reports"))

    years = re.findall(r'<tr data-year="(\d{4})">', html)
    assert len(years) == Report.objects.count()
    row_2016 = re.search(r'<tr data-year="2016">(.*?)</tr>', html, re.S)
    assert row_2016 is not None
    gaps = CoverageGap.objects.filter(report__year=2016).count()
    assert gaps > 0
    assert f"{gaps} known gaps" in row_2016.group(1)


# --- bounded queries -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/explorer/", 12),
        ("/map/?year=2015", 10),
        ("/countries/", 10),
        ("/countries/PER/", 16),
        ("/compare/?year=2015&group=latin-america", 18),
        ("/compare/?year=2015&region=WHA", 18),
        ("/reports/", 8),
        ("/reports/2015/", 14),
        ("/downloads/", 8),
        ("/downloads/placements.csv", 6),
        ("/downloads/datapackage.json", 4),
    ],
)
def test_each_page_runs_a_bounded_number_of_queries(
    client: Client, django_assert_max_num_queries: Any, url: str, limit: int
) -> None:
    # The site's settings rows are created on the first page view: measure a warm site.
    client.get("/reports/")
    cache.clear()
    with django_assert_max_num_queries(limit):
        response = client.get(url)
    assert response.status_code == 200
    with django_assert_max_num_queries(2):
        cached = client.get(url)
    assert cached["X-Tipwatch-Cache"] == "hit"


# --- narratives and figures from an import -----------------------------------------------------


def test_the_country_page_shows_imported_narratives_and_hedged_figures(client: Client) -> None:
    from tests.ingest.reports import CHILE, PERU, text_report
    from tipwatch.ingest.services.apply import ApplyImport
    from tipwatch.ingest.services.importer import ImportFile, ImportService

    upload = ImportFile("tip-2015.txt", text_report(PERU, CHILE).encode())
    ApplyImport(ImportService().import_file(upload, 2015)).apply()
    cache.clear()

    html = page(client, "/countries/PER/")

    section = re.search(r'<section class="narrative" id="narrative-2015".*?</section>', html, re.S)
    assert section is not None
    text = section.group(0)
    assert "page 277" in text
    assert "Prosecution" in text or "PROSECUTION" in text
    assert "convicted 19 traffickers in 2014" in text
    row = re.search(r'<tr data-year="2015">.*?</tr>', html, re.S)
    assert row is not None
    assert 'href="#narrative-2015"' in row.group(0)
    assert 'id="narrative-2014"' not in html
    figures = html[html.index('id="statistics-table"') :]
    assert "at least 774" in figures
    chart = html[html.index('id="statistics"') : html.index('id="statistics-table"')]
    assert "at least 774" in chart
    for metric in ("Investigations", "Convictions", "Victims identified"):
        assert re.search(rf'class="legend[^"]*".*?{metric}', chart, re.S), metric
