"""The URL alone names the language of a response."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "language"),
    [("/healthz", "en-gb"), ("/es/countries/", "es"), ("/countries/", "en-gb")],
)
def test_the_path_names_the_language_whatever_the_browser_asks(
    client: Client, path: str, language: str
) -> None:
    response = client.get(path, headers={"Accept-Language": "es-PE,es;q=0.9"})

    assert response["Content-Language"] == language
    assert "Accept-Language" not in response.get("Vary", "")


def test_a_spanish_request_does_not_leave_spanish_active_for_the_next_one(client: Client) -> None:
    client.get("/es/countries/")

    response = client.get("/countries/")

    assert response["Content-Language"] == "en-gb"
    assert translation.get_language() == "en-gb"


def test_the_language_goes_back_to_the_default_once_a_response_is_closed(client: Client) -> None:
    client.get("/es/countries/")

    assert translation.get_language() == "en-gb"
