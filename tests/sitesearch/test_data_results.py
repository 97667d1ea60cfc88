"""Site search finds country profiles and report pages, by any of their names, before pages."""

from __future__ import annotations

import unicodedata

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tipwatch.tip.services.search import (
    EXACT,
    NAMED_IN_QUERY,
    PREFIX,
    WORDS_INSIDE,
    rank_names,
)

pytestmark = pytest.mark.usefixtures("tip_data")


def links(client: Client, query: str, page: str = "1") -> list[str]:
    response = client.get("/search/", {"q": query, "page": page})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [str(a["href"]) for a in html.select(".search-results h3 a")]


@pytest.mark.parametrize(
    ("query", "names", "rank"),
    [
        ("Chile", ["Chile"], EXACT),
        ("perú", ["Peru"], EXACT),
        ("PER", ["Peru", "PER"], EXACT),
        ("domin", ["Dominican Republic"], PREFIX),
        ("congo", ["Republic of the Congo"], WORDS_INSIDE),
        ("chile tier 2015", ["Chile"], NAMED_IN_QUERY),
        ("de", ["Trinidad and Tobago", "Cabo Verde"], None),
        ("ch", ["Chile"], None),
        ("peruvian", ["Peru"], None),
    ],
)
def test_rank_names(query: str, names: list[str], rank: int | None) -> None:
    assert rank_names(query, names) == rank


def test_searching_chile_gives_the_chile_country_page_first(client: Client, home: object) -> None:
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Chile and Peru in the 2015 report", summary="Chile.")

    found = links(client, "Chile")

    assert found[0] == "/countries/CHL/"
    assert any(link.startswith("/news/") for link in found[1:])


@pytest.mark.parametrize(
    ("query", "iso3"),
    [
        ("Perú", "PER"),
        ("peru", "PER"),
        ("Estados Unidos", "USA"),
        ("Birmania", "MMR"),  # Spanish name
        ("Myanmar", "MMR"),  # another name
        ("Swaziland", "SWZ"),  # the old name
        ("côte d'ivoire", "CIV"),
    ],
)
def test_countries_are_found_by_english_spanish_and_other_names(
    client: Client, query: str, iso3: str
) -> None:
    assert links(client, query)[0] == f"/countries/{iso3}/"


def test_a_year_finds_its_report_page(client: Client) -> None:
    found = links(client, "TIP report 2015")
    assert "/reports/2015/" in found
    assert links(client, "1990") == []


def test_results_page_on_across_data_and_pages(client: Client, home: object) -> None:
    index = NewsIndexPageFactory(parent=home)
    for number in range(12):
        NewsPageFactory(parent=index, title=f"Republic news {number}", summary="Republic.")
    first = links(client, "republic")
    second = links(client, "republic", page="2")
    countries = [link for link in first + second if link.startswith("/countries/")]
    assert len(first) == 10
    assert first[0].startswith("/countries/")
    assert len(set(first) & set(second)) == 0
    assert len(first + links(client, "republic", page="3")) > 10
    assert countries  # "Dominican Republic", "Czech Republic"... come before the news


@pytest.mark.parametrize(
    "query",
    [
        "%",
        "_",
        "%_%",
        "a" * 5000,
        "Chile\u200b",
        "\U0001f600 chile",
        "\uff23\uff28\uff29\uff2c\uff25",  # full-width letters
        "' OR 1=1 --",
        "9" * 400,
        "\u0661\u0669\u0669\u0665",
    ],
)
def test_hostile_queries_are_plain_words(client: Client, query: str) -> None:
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    if "chile" in unicodedata.normalize("NFKC", query).casefold():
        assert links(client, query)[0] == "/countries/CHL/"
