"""Searching on /es/: the page and its messages in Spanish, and the Spanish pages found, not
the English ones."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Locale

from tests.pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def text_of(response: Any) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def result_links(response: Any) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [str(a["href"]) for a in html.select(".search-results h3 a")]


@pytest.fixture
def pages_in_both_languages(home: Any) -> None:
    english = StandardPageFactory.create(parent=home, title="Volunteering", slug="volunteering")
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    home.copy_for_translation(spanish).save_revision().publish()
    translated = english.copy_for_translation(spanish)
    translated.title = "Voluntariado"
    translated.slug = "voluntariado"
    translated.save_revision().publish()


@pytest.mark.usefixtures("pages_in_both_languages")
def test_the_spanish_search_finds_the_spanish_page(client: Client) -> None:
    spanish = client.get("/es/search/", {"q": "voluntariado"})
    assert result_links(spanish) == ["/es/voluntariado/"]
    assert "1 resultado para «voluntariado»" in text_of(spanish)

    assert result_links(client.get("/es/search/", {"q": "volunteering"})) == []
    assert result_links(client.get("/search/", {"q": "voluntariado"})) == []
    assert result_links(client.get("/search/", {"q": "volunteering"})) == ["/volunteering/"]


@pytest.mark.usefixtures("home")
def test_the_spanish_search_page_speaks_spanish(client: Client) -> None:
    empty = text_of(client.get("/es/search/"))
    assert "Búsqueda" in empty
    assert "Buscar" in empty

    nothing = client.get("/es/search/", {"q": "zzzzqqq"})
    assert "No hay resultados para «zzzzqqq»" in text_of(nothing)
    assert "No hubo coincidencias. Pruebe con otras palabras." in text_of(nothing)


@pytest.mark.usefixtures("home", "tip_data")
def test_spanish_data_results_name_countries_and_reports_in_spanish(client: Client) -> None:
    response = client.get("/es/search/", {"q": "peru"})
    html = BeautifulSoup(response.content, "html.parser")
    first = html.select(".search-results li")[0]
    assert first.select_one("h3 a")["href"] == "/es/countries/PER/"  # type: ignore[index]
    assert "Perú" in first.get_text()
    assert "perfil del país" in first.get_text()
    assert "Perfil del país: el nivel de Perú en cada Informe TIP" in first.get_text()

    reports = client.get("/es/search/", {"q": "2015"})
    assert "Informe sobre la Trata de Personas 2015" in text_of(reports)
