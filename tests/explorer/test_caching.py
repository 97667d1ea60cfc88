"""Cached responses, conditional GET, and invalidation whenever the TIP data changes."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.http import http_date

from tipwatch.pages.cache import bump_content_version
from tipwatch.tip.models import Country, Group, Narrative, NarrativeSection, Placement
from tipwatch.tip.services.dataset_loader import DatasetLoader
from tipwatch.tip.versioning import bump_data_version, data_state

from ..tip.factories import CountryFactory, GroupFactory, PlacementFactory, ReportFactory

URLS = [
    "/countries/PER/",
    "/compare/?year=2015&group=latin-america",
    "/reports/2015/",
    "/map/?year=2015",
    "/downloads/placements.csv?year=2015",
    "/api/v1/placements?year=2015",
    "/api/v1/countries/PER",
]


@pytest.mark.usefixtures("tip_data")
@pytest.mark.parametrize("url", URLS)
def test_a_second_request_is_served_from_the_cache(client: Client, url: str) -> None:
    first = client.get(url)
    second = client.get(url)

    assert first.status_code == second.status_code == 200
    assert first["X-Tipwatch-Cache"] == "miss"
    assert second["X-Tipwatch-Cache"] == "hit"
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
    assert first["Content-Type"] == second["Content-Type"]


@pytest.mark.usefixtures("tip_data")
@pytest.mark.parametrize("url", URLS)
def test_if_none_match_gives_304(client: Client, url: str) -> None:
    etag = client.get(url)["ETag"]

    response = client.get(url, headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


@pytest.mark.usefixtures("tip_data")
@pytest.mark.parametrize("url", URLS)
def test_if_modified_since_gives_304(client: Client, url: str) -> None:
    last_modified = client.get(url)["Last-Modified"]

    assert client.get(url, headers={"If-Modified-Since": last_modified}).status_code == 304
    earlier = http_date(0)
    assert client.get(url, headers={"If-Modified-Since": earlier}).status_code == 200


@pytest.mark.usefixtures("tip_data", "local_copies")
def test_an_admin_edit_shows_at_once(client: Client, admin_client: Client) -> None:
    peru = (
        Placement.objects.for_year(2015)
        .for_country("PER")
        .select_related("country", "report")
        .get()
    )
    profile = client.get("/countries/PER/")
    api = client.get("/api/v1/placements?country=PER&year=2015")
    csv = client.get("/downloads/placements.csv?country=PER&year=2015")
    compare = client.get("/compare/?year=2015&group=latin-america")
    world = client.get("/map/?year=2015").content.decode()
    report = client.get("/reports/2015/").content.decode()
    assert api.json()["results"][0]["tier"] == "2"
    assert 'class="t2" tabindex="0" aria-label="Peru: Tier 2"' in world
    assert client.get("/countries/PER/")["X-Tipwatch-Cache"] == "hit"

    response = admin_client.post(
        reverse("placements:edit", args=[peru.pk]),
        {
            "country": peru.country.pk,
            "report": peru.report.pk,
            "tier": "3",
            "source_kind": peru.source_kind,
            "source_name": peru.source_name,
            "source_url": peru.source_url,
            "page": peru.page or "",
            "quote": peru.quote,
            "note": peru.note,
            "editor_correction": "on",  # a new tier needs a new source or this
            "change_reason": "Test: checking the cache",
        },
    )
    assert response.status_code == 302

    after = client.get("/countries/PER/")
    assert after["X-Tipwatch-Cache"] == "miss"
    assert after["ETag"] != profile["ETag"]
    row = after.content.decode().split('<tr data-year="2015">')[1].split("</tr>")[0]
    assert "Tier 3" in row
    assert (
        client.get("/api/v1/placements?country=PER&year=2015").json()["results"][0]["tier"] == "3"
    )
    assert (
        ",2015,3,Tier 3,"
        in client.get("/downloads/placements.csv?country=PER&year=2015").content.decode()
    )
    assert csv.content != client.get("/downloads/placements.csv?country=PER&year=2015").content
    new_compare = client.get("/compare/?year=2015&group=latin-america").content.decode()
    assert new_compare != compare.content.decode()
    assert 'class="t3" tabindex="0" aria-label="Peru: Tier 3"' in (
        client.get("/map/?year=2015").content.decode()
    )
    new_report = client.get("/reports/2015/").content.decode()
    assert new_report != report
    tier_3 = new_report.split('<section data-tier="3">')[1].split("</section>")[0]
    assert ">Peru</a>" in tier_3
    assert (
        client.get("/api/v1/placements", headers={"If-None-Match": api["ETag"]}).status_code == 200
    )


@pytest.mark.usefixtures("tip_data")
@pytest.mark.parametrize(
    "url",
    [
        "/countries/PER/",
        "/es/countries/PER/",
        "/compare/?year=2015&group=latin-america",
        "/map/?year=2015",
        "/explorer/",
        "/reports/2015/",
    ],
)
def test_a_publish_keeps_what_the_data_alone_decides(client: Client, url: str) -> None:
    """A country's profile, a comparison, the world map and a report's page are kept per data
    version, not content version: after a publish the page is rendered again around them
    without reading the placements."""
    before = client.get(url)
    bump_content_version()

    with CaptureQueriesContext(connection) as queries:
        after = client.get(url)

    assert after["X-Tipwatch-Cache"] == "miss"
    assert after.content == before.content
    assert not [q for q in queries.captured_queries if '"tip_placement"."tier"' in q["sql"]]


@pytest.mark.usefixtures("tip_data")
def test_the_kept_profile_follows_the_query_string_only_where_it_shows(client: Client) -> None:
    """Another address of the same comparison (the default year left out, the parameters in
    another order) shows the same kept HTML; another year does not."""

    def comparison(url: str) -> str:
        # The page's content; the language switcher around it keeps the query string as given.
        return client.get(url).content.decode().split("<h1>", 1)[1].split("</main>", 1)[0]

    latest = comparison("/compare/?group=latin-america")
    first = comparison("/compare/?year=2015&group=latin-america")

    assert comparison("/compare/?group=latin-america&year=2015") == first
    assert latest != first


@pytest.mark.usefixtures("tip_data", "local_copies")
def test_signed_in_editors_bypass_the_page_cache(client: Client, admin_client: Client) -> None:
    client.get("/countries/PER/")
    assert client.get("/countries/PER/")["X-Tipwatch-Cache"] == "hit"

    response = admin_client.get("/countries/PER/")

    assert response.status_code == 200
    assert "X-Tipwatch-Cache" not in response


def directives(response: Any) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.mark.usefixtures("tip_data")
@pytest.mark.parametrize("url", URLS)
def test_shared_caches_may_keep_a_response_for_five_seconds(client: Client, url: str) -> None:
    """The nginx micro-cache keeps these for s-maxage; browsers always revalidate."""
    miss = client.get(url)
    hit = client.get(url)
    not_modified = client.get(url, headers={"If-None-Match": miss["ETag"]})

    assert not_modified.status_code == 304
    for response in (miss, hit, not_modified):
        assert directives(response) == {"public", "max-age=0", "s-maxage=5", "must-revalidate"}
    if url.startswith(("/countries/", "/compare/", "/reports/", "/map/")):
        assert "Cookie" in miss["Vary"]


@pytest.mark.usefixtures("tip_data")
def test_the_shared_cache_lifetime_is_a_setting(client: Client, settings: Any) -> None:
    settings.TIPWATCH_SHARED_CACHE_SECONDS = 2

    assert "s-maxage=2" in directives(client.get("/api/v1/placements?year=2015"))


@pytest.mark.usefixtures("tip_data")
def test_pages_for_signed_in_editors_are_private(admin_client: Client) -> None:
    response = admin_client.get("/countries/PER/")

    assert response.status_code == 200
    assert "private" in directives(response)
    assert "public" not in directives(response)
    assert "s-maxage=5" not in directives(response)


@pytest.mark.usefixtures("tip_data")
@pytest.mark.parametrize("url", ["/countries/XYZ/", "/compare/?year=1066", "/api/v1/countries/XYZ"])
def test_errors_are_not_marked_shareable(client: Client, url: str) -> None:
    response = client.get(url)

    assert response.status_code in (400, 404)
    assert "s-maxage" not in response.get("Cache-Control", "")


# --- the data version ------------------------------------------------------------------------


@pytest.mark.django_db
def test_reading_the_data_state_is_one_query() -> None:
    with CaptureQueriesContext(connection) as queries:
        state = data_state()
    assert len(queries.captured_queries) == 1
    assert len(state.token) == 16


@pytest.mark.django_db
def test_every_kind_of_change_bumps_the_version() -> None:
    def changed(action: Any) -> bool:
        before = data_state().token
        action()
        return data_state().token != before

    report = ReportFactory.create(year=2015)
    peru = CountryFactory.create(iso3="PER", name="Peru")
    chile = CountryFactory.create(iso3="CHL", name="Chile")
    group = GroupFactory.create(slug="latin-america", members=[peru])
    placement = PlacementFactory.create(country=peru, report=report)

    assert changed(lambda: PlacementFactory.create(country=chile, report=report))
    placement.tier = "3"
    assert changed(placement.save)
    assert changed(lambda: Country.objects.filter(pk=peru.pk).get().save())
    report.coverage = "partial"
    assert changed(report.save)

    def add_member() -> None:
        fresh = Group.objects.get(pk=group.pk)
        fresh.members.add(chile)  # held in memory by modelcluster until the group is saved
        fresh.save()

    assert changed(add_member)
    narrative = Narrative.objects.create(country=peru, report=report, header="Peru")
    assert changed(
        lambda: NarrativeSection.objects.create(narrative=narrative, name="summary", text="...")
    )
    narrative.summary = "The Government of Peru does not fully meet the minimum standards."
    assert changed(narrative.save)
    assert changed(placement.delete)
    assert changed(bump_data_version)


@pytest.mark.django_db
def test_loading_the_dataset_changes_the_version() -> None:
    before = data_state()
    DatasetLoader().load()
    after = data_state()

    assert after.token != before.token
    assert after.last_modified is not None


@pytest.mark.usefixtures("tip_data", "local_copies")
def test_each_language_has_its_own_cached_page(client: Client) -> None:
    english = [client.get("/countries/PER/") for _ in range(2)]
    spanish = [client.get("/es/countries/PER/") for _ in range(2)]

    assert [r["X-Tipwatch-Cache"] for r in english + spanish] == ["miss", "hit", "miss", "hit"]
    assert (english[1]["Content-Language"], spanish[1]["Content-Language"]) == ("en-gb", "es")
    assert english[1].content == english[0].content
    assert spanish[1].content == spanish[0].content
    assert english[1].content != spanish[1].content


@pytest.mark.usefixtures("tip_data", "local_copies")
def test_the_api_is_served_from_the_cache_to_signed_in_editors_too(
    client: Client, admin_client: Client
) -> None:
    client.get("/api/v1/placements?year=2015")
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get("/api/v1/placements?year=2015")

    assert response["X-Tipwatch-Cache"] == "hit"
    assert "public" in response["Cache-Control"]
    assert len(queries) == 1


@pytest.mark.usefixtures("tip_data", "local_copies")
def test_a_copy_kept_in_the_process_is_not_served_after_a_bulk_change(client: Client) -> None:
    """Writes that send no signal change the data state too (the placements' fingerprint)."""
    client.get("/api/v1/placements?year=2015")
    assert client.get("/api/v1/placements?year=2015")["X-Tipwatch-Cache"] == "hit"

    peru = Placement.objects.get(report__year=2015, country__iso3="PER")
    with connection.cursor() as cursor:  # no model signal, so no bump of the counter
        cursor.execute(f"DELETE FROM {Placement._meta.db_table} WHERE id = %s", [peru.pk])

    response = client.get("/api/v1/placements?year=2015")
    assert response["X-Tipwatch-Cache"] == "miss"
    assert "PER" not in {row["iso3"] for row in response.json()["results"]}
