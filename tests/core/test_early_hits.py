"""The app servers' WSGI handler answers a repeated hit before Django handles it, with the
bytes the whole stack gave the same request, and lets through whatever the stack must see."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from django.core import signals
from django.db import close_old_connections, connection
from django.http import HttpRequest, HttpResponseBase
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from tipwatch.tip import early_hits
from tipwatch.tip.early_hits import EarlyHitsHandler
from tipwatch.tip.versioning import bump_data_version

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.core.response_cache_urls"),
    pytest.mark.usefixtures("local_copies"),
]


class CountingHandler(EarlyHitsHandler):
    """Counts the requests Django handled (those not answered early)."""

    handled = 0

    def get_response(self, request: HttpRequest) -> HttpResponseBase:
        self.handled += 1
        return super().get_response(request)


def environ(path: str, method: str = "GET", **headers: str) -> dict[str, Any]:
    path_info, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
        **headers,
    }


def call(handler: EarlyHitsHandler, path: str, **kwargs: Any) -> tuple[str, list, bytes]:
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], *_: Any) -> None:
        seen["status"], seen["headers"] = status, headers

    result = handler(environ(path, **kwargs), start_response)
    body = b"".join(result)
    close = getattr(result, "close", None)
    if close is not None:
        close()
    return seen["status"], seen["headers"], body


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> Iterator[CountingHandler]:
    # As Django's test client does: the end of a request must not close the connection that
    # holds the test's transaction (CONN_MAX_AGE is 0 here).
    monkeypatch.setattr(early_hits, "close_old_connections", lambda: None)
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield CountingHandler()
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


def test_a_repeated_hit_is_answered_early_with_the_stacks_bytes(handler: CountingHandler) -> None:
    miss = call(handler, "/plain/")
    hit = call(handler, "/plain/")
    with CaptureQueriesContext(connection) as queries:
        early = call(handler, "/plain/")

    assert handler.handled == 2
    assert dict(miss[1])["X-Tipwatch-Cache"] == "miss"
    assert early == hit
    assert dict(early[1])["X-Tipwatch-Cache"] == "hit"
    assert dict(early[1])["Content-Security-Policy"] == dict(miss[1])["Content-Security-Policy"]
    assert len(queries) == 1  # the versions


def test_a_new_version_goes_through_the_stack(handler: CountingHandler) -> None:
    for _ in range(3):
        call(handler, "/plain/")
    etag = dict(call(handler, "/plain/")[1])["ETag"]
    assert handler.handled == 2

    bump_data_version()
    after = call(handler, "/plain/")

    assert handler.handled == 3
    assert dict(after[1])["X-Tipwatch-Cache"] == "miss"
    assert dict(after[1])["ETag"] != etag


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_COOKIE": "messages=abc"},
        {"HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_IF_NONE_MATCH": '"nothing"'},
        {"HTTP_IF_MODIFIED_SINCE": "Sat, 05 Dec 2026 10:00:00 GMT"},
        {"method": "HEAD"},
        {"method": "POST"},
    ],
)
def test_what_the_stack_must_see_goes_through_it(
    handler: CountingHandler, headers: dict[str, str]
) -> None:
    for _ in range(2):
        call(handler, "/plain/")

    call(handler, "/plain/", **headers)

    assert handler.handled == 3


def test_a_visitor_with_other_cookies_is_answered_early(handler: CountingHandler) -> None:
    for _ in range(2):
        call(handler, "/plain/")

    call(handler, "/plain/", HTTP_COOKIE="csrftoken=abc; theme=dark")

    assert handler.handled == 2


def test_the_answer_is_kept_per_scheme(handler: CountingHandler) -> None:
    with override_settings(SECURE_HSTS_SECONDS=3600):
        handler = CountingHandler()  # the security middleware reads its settings when loaded
        for _ in range(2):
            plain = call(handler, "/plain/")
        secure = call(handler, "/plain/", **{"wsgi.url_scheme": "https"})
        again = call(handler, "/plain/", **{"wsgi.url_scheme": "https"})

    assert handler.handled == 3
    assert "Strict-Transport-Security" not in dict(plain[1])
    assert dict(secure[1])["Strict-Transport-Security"].startswith("max-age=3600")
    assert again == secure


def test_pages_never_stored_are_never_answered_early(handler: CountingHandler) -> None:
    for _ in range(3):
        _, headers, _ = call(handler, "/with-cookie/")

    assert handler.handled == 3
    assert "private" in dict(headers)["Cache-Control"]


def test_nothing_is_answered_early_without_the_process_copies(
    handler: CountingHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipwatch.tip import response_cache

    monkeypatch.setattr(response_cache, "local_entries", response_cache.LocalEntries(0))
    for _ in range(3):
        call(handler, "/plain/")

    assert handler.handled == 3
