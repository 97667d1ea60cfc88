"""Hits answered before Django handles the request: the WSGI handler of the app servers.

A hit served by `ResponseCacheMiddleware` still costs Django's request handling: the request
object, the request signals, the security, CSP and CORS middleware, the response object and
its headers, about as much again as the hit itself. Once the whole stack has answered a hit,
the handler keeps that answer (the status line and every header, with the entry's body) in
this process, beside the entry it came from (`LocalEntries`), under the raw request: the
environ values Django reads the scheme, the host and the address from. The next request with
the same values is answered from there after the same check of the versions (one query), so
it gets the same bytes the stack would give it.

Only a plain GET may be answered early: no `Origin` (CORS answers it with headers of its
own), no conditional header (the 304 is the stack's), and for a page made per visitor no
session or messages cookie (the stack lets the decorator decide). Anything else, an entry
made under older versions, or a database that does not answer goes through the stack as
before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.http import HttpRequest, HttpResponseBase
from django.http.cookie import parse_cookie

from . import response_cache
from .versioning import token_with_versions

logger = logging.getLogger(__name__)

# What Django reads the scheme, the host and the address from (`HttpRequest.scheme`,
# `get_host`, `get_full_path`; `get_script_name`), whatever the settings: two requests equal
# in all of them are the same request to the response cache and to the middleware above it.
_RAW = (
    "wsgi.url_scheme",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "SCRIPT_NAME",
    "SCRIPT_URL",
    "REDIRECT_URL",
    "PATH_INFO",
    "QUERY_STRING",
)
# Request headers that change what the stack answers a hit with.
_ASKS_MORE = (
    "HTTP_ORIGIN",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)

StartResponse = Callable[..., Any]


def raw_request(environ: dict[str, Any]) -> str | None:
    """The key of a request that may be answered early, or None."""
    if environ.get("REQUEST_METHOD") != "GET":
        return None
    for name in _ASKS_MORE:
        if name in environ:
            return None
    extra = settings.SECURE_PROXY_SSL_HEADER
    names = _RAW if not extra or extra[0] in _RAW else (*_RAW, extra[0])
    return "\x00".join(str(environ.get(name, "")) for name in names)


def _may_be_for_one_visitor(environ: dict[str, Any]) -> bool:
    # As the middleware decides (`_may_be_for_one_visitor`), from the raw Cookie header.
    header = environ.get("HTTP_COOKIE")
    if not header:
        return False
    cookies = parse_cookie(header)
    return settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies


def _current(versions: tuple[str, ...], stamp: str) -> bool:
    try:
        token, values = token_with_versions(versions)
    except Exception:
        # The stack answers as it does when the database is away (and logs it).
        logger.debug("versions not read for an early hit", exc_info=True)
        return False
    return response_cache.stamp_from(token, values) == stamp


class EarlyHitsHandler(WSGIHandler):
    """Django's WSGI handler, answering a request the stack answered from the same entry."""

    def __call__(  # type: ignore[override]  # the stubs give it a Django response
        self, environ: dict[str, Any], start_response: StartResponse
    ) -> Iterable[bytes]:
        raw = raw_request(environ)
        answer = response_cache.local_entries.answer(raw) if raw is not None else None
        if answer is not None:
            stamp, versions, per_visitor, *_, body = answer.entry
            if not (per_visitor and _may_be_for_one_visitor(environ)):
                # What the request signals' receivers do for a request that uses the database
                # and nothing else (no view, language, URLconf or cache): the connection is
                # checked before it is used and closed when it is too old, as for any request.
                close_old_connections()
                try:
                    current = _current(versions, stamp)
                finally:
                    close_old_connections()
                if current:
                    start_response(answer.status, list(answer.headers))
                    return [body]
        return super().__call__(environ, start_response)

    def get_response(self, request: HttpRequest) -> HttpResponseBase:
        response = super().get_response(request)
        hit = getattr(request, "_tipwatch_hit", None)
        if hit is not None and response.status_code == 200 and not response.cookies:
            raw = raw_request(request.META)
            if raw is not None:
                key, entry = hit
                status = f"{response.status_code} {response.reason_phrase}"
                answer = response_cache.Answer(key, entry, status, list(response.items()))
                response_cache.local_entries.keep_answer(raw, answer)
        return response
