"""Error pages speak the language of the address asked for; the server error page does so
with no context and no request."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401

pytestmark = pytest.mark.django_db


def text_of(content: bytes | str) -> str:
    return " ".join(BeautifulSoup(content, "html.parser").get_text().split())


@pytest.mark.usefixtures("home")
def test_a_missing_spanish_page_says_so_in_spanish(client: Client) -> None:
    response = client.get("/es/no-such-page/")

    assert response.status_code == 404
    text = text_of(response.content)
    assert "Página no encontrada" in text
    assert "Page not found" not in text
    html = BeautifulSoup(response.content, "html.parser")
    links = [a["href"] for a in html.select(".prose a")]
    assert links == ["/es/", "/es/search/"]


@pytest.mark.usefixtures("home")
def test_a_missing_english_page_stays_english(client: Client) -> None:
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in text_of(response.content)
    html = BeautifulSoup(response.content, "html.parser")
    assert [a["href"] for a in html.select(".prose a")] == ["/", "/search/"]


@pytest.mark.usefixtures("home")
def test_a_malformed_spanish_request_is_refused_in_spanish(client: Client) -> None:
    response = client.get("/es/search/", {"q": "a\x00b"})

    assert response.status_code == 400
    text = text_of(response.content)
    assert "Solicitud incorrecta" in text
    assert "No se puede leer esta solicitud." in text
    assert "cannot be read" not in text  # the checks' English detail is for English pages
    assert "Revise la dirección o el formulario" in text


@pytest.mark.usefixtures("home")
def test_a_malformed_english_request_still_names_the_problem(client: Client) -> None:
    response = client.get("/search/", {"q": "a\x00b"})

    assert response.status_code == 400
    assert "This request cannot be read: " in text_of(response.content)


@pytest.mark.parametrize(
    ("language", "lang", "heading", "home_link"),
    [
        ("es", "es", "Lo sentimos, algo salió mal", "/es/"),
        ("en-gb", "en-GB", "Sorry, something went wrong", "/"),
    ],
)
def test_the_server_error_page_needs_no_context(
    language: str, lang: str, heading: str, home_link: str, django_assert_num_queries
) -> None:
    with translation.override(language), django_assert_num_queries(0):
        html = render_to_string("500.html")
    page = BeautifulSoup(html, "html.parser")
    assert html.startswith("<!DOCTYPE html>")
    assert page.html is not None
    assert page.html["lang"] == lang
    assert heading in text_of(html)
    assert [a["href"] for a in page.select("a")] == [home_link]
