"""Feeds of tier changes for a country and a group: only released change sets, dated and
linked; hostile parameters get a clear 400 or 404."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.utils import timezone

from tests.alerts.factories import change_set_touching
from tests.tip.factories import CountryFactory, GroupFactory
from tipwatch.alerts.models import ChangeSetState

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def released(db: None) -> None:
    peru = CountryFactory.create(iso3="PER", name="Peru")
    chile = CountryFactory.create(iso3="CHL", name="Chile")
    andes = GroupFactory.create(slug="andes", name="Andes")
    andes.members.set([peru, chile])
    andes.save()
    when = timezone.now() - datetime.timedelta(days=1)
    change_set_touching(peru, state=ChangeSetState.SENT, released_at=when)
    change_set_touching(chile, state=ChangeSetState.HELD)  # not released: not in any feed


def test_the_country_feed_is_atom_with_dated_linked_entries(client: Client, released: None) -> None:
    response = client.get("/countries/PER/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == (
        "Peru: moved down from Tier 2 to Tier 2 Watch List (2026 report)"
    )
    link = entry.find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == "http://testserver/countries/PER/"
    assert entry.findtext(f"{ATOM}updated")
    assert "would be downgraded next year unless waived" in (entry.findtext(f"{ATOM}summary") or "")


def test_the_rss_feed_and_lower_case_codes(client: Client, released: None) -> None:
    response = client.get("/countries/per/feed/rss/")

    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel is not None
    [item] = channel.findall("item")
    assert item.findtext("pubDate")


def test_the_group_feed_has_only_released_changes(client: Client, released: None) -> None:
    response = client.get("/compare/feed/?group=andes")

    assert response.status_code == 200
    titles = [
        e.findtext(f"{ATOM}title") for e in ET.fromstring(response.content).iter(f"{ATOM}entry")
    ]
    assert titles == ["Peru: moved down from Tier 2 to Tier 2 Watch List (2026 report)"]
    assert client.get("/countries/CHL/feed/").status_code == 200  # empty, not an error


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/countries/XXX/feed/", 404),
        ("/countries/P%00R/feed/", 400),  # the site refuses a NUL byte anywhere
        ("/compare/feed/", 400),
        ("/compare/feed/?group=", 400),
        ("/compare/feed/?group=and%00es", 400),
        ("/compare/feed/?group=" + "a" * 5000, 400),
        ("/compare/feed/?group=%E2%80%AEandes", 400),
        ("/compare/feed/?group=atlantis", 404),
        ("/compare/feed/rss/?group=atlantis", 404),
    ],
)
def test_hostile_or_unknown_parameters(
    client: Client, released: None, url: str, status: int
) -> None:
    assert client.get(url).status_code == status


def test_the_spanish_country_feed_is_written_in_spanish(client: Client, released: None) -> None:
    from tipwatch.tip.models import Country

    Country.objects.filter(iso3="PER").update(name_es="Perú")
    response = client.get("/es/countries/PER/feed/")

    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    assert feed.findtext(f"{ATOM}title") == "tipwatch: cambios de nivel, Perú"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == (
        "Perú: bajó de Nivel 2 a Lista de Vigilancia del Nivel 2 (informe 2026)"
    )
    link = entry.find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == "http://testserver/es/countries/PER/"
