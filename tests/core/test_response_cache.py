"""The response cache's middleware: hits served before the rest of the stack, and what is
never stored (a page with a CSP nonce or a cookie)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.core.response_cache_urls"),
    pytest.mark.usefixtures("local_copies"),
]


def test_a_hit_is_served_before_sessions_and_authentication(client: Client) -> None:
    miss = client.get("/plain/")
    with CaptureQueriesContext(connection) as queries:
        hit = client.get("/plain/")

    assert (miss["X-Tipwatch-Cache"], hit["X-Tipwatch-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content
    assert len(queries) == 1  # the versions
    assert not hasattr(hit.wsgi_request, "user")
    assert hit["X-Frame-Options"] == miss["X-Frame-Options"] == "DENY"
    assert hit["Content-Security-Policy"] == miss["Content-Security-Policy"]


def test_a_stored_page_answers_if_none_match_with_304(client: Client) -> None:
    etag = client.get("/plain/")["ETag"]

    response = client.get("/plain/", headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response["ETag"] == etag


def test_a_page_with_a_csp_nonce_is_never_stored(client: Client) -> None:
    for _ in range(2):
        response = client.get("/with-nonce/")

        assert "X-Tipwatch-Cache" not in response
        assert "private" in response["Cache-Control"]
        # The script's nonce is the one this response's policy allows.
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode())
        assert nonce is not None
        assert f"'nonce-{nonce.group(1)}'" in response["Content-Security-Policy"]


def test_a_page_that_sets_a_cookie_is_never_stored(client: Client) -> None:
    for _ in range(2):
        response = client.get("/with-cookie/")

        assert "X-Tipwatch-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert "seen" in response.cookies


def test_a_signed_in_visitor_goes_through_the_whole_stack(
    client: Client, admin_client: Client
) -> None:
    client.get("/plain/")

    response = admin_client.get("/plain/")

    assert "X-Tipwatch-Cache" not in response
    assert response.wsgi_request.user.is_authenticated
    assert "private" in response["Cache-Control"]


def test_a_cached_page_answers_while_the_shared_cache_is_down(client: Client) -> None:
    # A port nothing listens on: every read and write of the cache fails to connect.
    closed = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:18499/0",
    }
    with override_settings(CACHES={"default": closed}):
        answers = [client.get("/plain/") for _ in range(2)]

    assert [response.status_code for response in answers] == [200, 200]
    assert answers[0].content == answers[1].content
