"""Site search over live pages."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def result_titles(response) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in html.select(".search-results h3 a")]


@pytest.fixture
def content(home):
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Gold mining in Madre de Dios", summary="Forced labour.")
    NewsPageFactory(parent=index, title="Secret gold draft", publish=False)
    StandardPageFactory(parent=home, title="A short history of Peru", intro="Caral and the Inca.")
    return index


def test_finds_live_pages_only(client, content):
    response = client.get("/search/", {"q": "gold"})
    assert response.status_code == 200
    assert result_titles(response) == ["Gold mining in Madre de Dios"]
    assert b"Forced labour." in response.content


def test_searches_page_fields(client, content):
    assert result_titles(client.get("/search/", {"q": "Inca"})) == ["A short history of Peru"]


def test_no_query_shows_form(client, content):
    response = client.get("/search/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.find("label", attrs={"for": "search-q"})
    assert not html.select(".search-results")


def test_no_results(client, content):
    response = client.get("/search/", {"q": "zzzzqqq"})
    assert response.status_code == 200
    assert b"Nothing matched" in response.content


def test_bad_page_numbers(client, content):
    assert client.get("/search/", {"q": "gold", "page": "abc"}).status_code == 200
    assert client.get("/search/", {"q": "gold", "page": "50"}).status_code == 404


def test_query_is_escaped(client, content):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.parametrize("page", ["²", "\u0661", "9" * 5000, "-1", "0"])
def test_odd_page_numbers_give_the_first_page(client, content, page):
    response = client.get("/search/", {"q": "gold", "page": page})
    assert response.status_code == 200
    assert result_titles(response) == ["Gold mining in Madre de Dios"]


@pytest.mark.parametrize(
    "query", ['"', 'gold"', '"><img src=x onerror=alert(1)>', "(gold", "gold AND", "NEAR("]
)
def test_search_syntax_in_a_query_is_plain_text(client, content, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert b"<img src=x" not in response.content
    if query.strip('"(') == "gold":
        assert result_titles(response) == ["Gold mining in Madre de Dios"]
