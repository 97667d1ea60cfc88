"""One middleware refuses malformed input for the whole site with a 400 that names it."""

from __future__ import annotations

import json

import pytest

from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/search/?q=per%00",
        "/news/?topic=a%00",
        "/compare/?group=a%00",
        "/downloads/placements.csv?country=a%00",
        "/countries/?q%00=x",
        "/search/?q=%ff%fe",  # not UTF-8
        "/search/?q=a%07b",  # a control character
        "/search/?q=%EF%BF%BF",  # a noncharacter
        "/news/%00/",
    ],
)
def test_malformed_query_or_path_gets_the_sites_400_page(client, home, url):  # noqa: F811
    response = client.get(url)

    assert response.status_code == 400
    assert b"Bad request" in response.content
    assert b"This request cannot be read" in response.content
    assert b'class="site-footer"' in response.content or b"<footer" in response.content


def test_the_page_names_the_problem(client, home):  # noqa: F811
    response = client.get("/search/?q=per%00")

    assert b"the parameter &#x27;q&#x27; contains the character U+0000" in response.content


def test_api_gets_a_json_error(client, db):
    response = client.get("/api/v1/placements?country=per%00")

    assert response.status_code == 400
    error = json.loads(response.content)["error"]
    assert error["status"] == 400
    assert error["code"] == "malformed_input"
    assert "U+0000" in error["message"]


def test_api_path_with_nul(client, db):
    assert client.get("/api/v1/countries/per%00").status_code == 400


def test_nul_in_a_form_field_is_refused(client, home):  # noqa: F811
    response = client.post("/members/manage/", {"email": "a\x00@example.org"})

    assert response.status_code == 400
    assert b"the form field &#x27;email&#x27;" in response.content


def test_nul_in_a_multipart_form_field_is_refused(client, home):  # noqa: F811
    response = client.post(
        "/members/manage/", {"email": "a\x00@example.org", "x": "y"}, format=None
    )

    assert response.status_code == 400


def test_an_address_that_is_not_utf8_is_simply_not_found(client, home):  # noqa: F811
    # Django keeps such bytes percent-encoded in the path: no view sees them decoded.
    assert client.get("/news/%C3%28/").status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Perú ² café \t tab"},  # odd but valid text is the view's to read
        {"q": "😀", "page": "²"},
    ],
)
def test_valid_unicode_passes(client, home, params):  # noqa: F811
    assert client.get("/search/", params).status_code == 200


def test_a_word_processors_vertical_tab_in_a_form_is_kept(client, home):  # noqa: F811
    response = client.post(
        "/members/manage/",
        "email=rosa%0B%40example.org",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200  # the form itself says the address is not valid
