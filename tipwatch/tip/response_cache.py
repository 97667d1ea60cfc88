"""Caching and conditional GET for every public reader of the TIP data: the explorer pages,
the downloads and the API.

Every response is stored under a key that carries the live data version
(`versioning.data_state`), so an import or an admin edit makes every stored response stale at
once without anyone having to know which keys exist. The same version gives the `ETag`, and
the time of the last change gives `Last-Modified`, so a client that already has the current
representation gets a `304 Not Modified`.

Pages are cached only for anonymous visitors without flash messages: editors see the Wagtail
user bar, which must not end up in a cached copy.

Shared caches in front of the site (the nginx micro-cache of `deploy/nginx/tipwatch.conf`) may
keep a cacheable response for `s-maxage` seconds (`TIPWATCH_SHARED_CACHE_SECONDS`, default 5):
that is how long an edit or an import can take to show through them. Browsers get `max-age=0,
must-revalidate`, so they always ask again and get a cheap 304 while nothing changed. Responses
that bypass the cache here (signed-in editors, pending messages) are `private`, so no shared
cache stores them.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from .versioning import DataState, data_state_for

CACHE_SECONDS = 60 * 60
SHARED_CACHE_SECONDS = 5
KEPT_HEADERS = ("Content-Disposition", "Content-Language", "Link")

View = Callable[..., HttpResponseBase]
Storable = Callable[[HttpRequest, HttpResponseBase], bool]


def cache_key(state: DataState, kind: str, request: HttpRequest, salt: str = "") -> str:
    where = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    return f"tipwatch:explorer:{state.token}{salt}:{kind}:{digest}"


def make_etag(state: DataState, kind: str, request: HttpRequest, salt: str = "") -> str:
    where = f"{kind}|{request.get_host()}|{request.get_full_path()}|{state.token}{salt}"
    return '"' + hashlib.sha1(where.encode(), usedforsecurity=False).hexdigest()[:20] + '"'


def _anonymous_without_messages(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not (hasattr(request, "_messages") and len(get_messages(request)) > 0)


def cache_control() -> str:
    """`Cache-Control` of a cacheable response: browsers revalidate, shared caches keep it."""
    seconds = int(getattr(settings, "TIPWATCH_SHARED_CACHE_SECONDS", SHARED_CACHE_SECONDS))
    return f"public, max-age=0, s-maxage={seconds}, must-revalidate"


def _validators(response: HttpResponseBase, etag: str, state: DataState) -> None:
    response["ETag"] = etag
    if state.last_modified_timestamp is not None:
        response["Last-Modified"] = http_date(state.last_modified_timestamp)
    response["Cache-Control"] = cache_control()


def _private(response: HttpResponseBase) -> HttpResponseBase:
    """Keep a response made for one visitor out of shared caches."""
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True)
    return response


def cached(
    kind: str,
    *,
    per_visitor: bool = True,
    page_version: Callable[[HttpRequest], str] | None = None,
    storable: Storable | None = None,
) -> Callable[[View], View]:
    """Decorate a GET view: 304 when the client is current, else the cached or fresh response.

    `kind` separates the key spaces (`page`, `download`, `api`). With `per_visitor` (HTML
    pages), signed-in editors and visitors with pending messages bypass the cache.
    `page_version` (the website's content version: navigation, settings, news, which HTML
    pages also show) becomes part of the key as well. `storable` may refuse to keep a
    successful response made for one visitor (a form with a CSRF token, a cookie set): it is
    then sent as `private`, and neither this cache nor a shared one keeps it.
    """

    def decorator(view: View) -> View:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if request.method not in ("GET", "HEAD"):
                return view(request, *args, **kwargs)
            if per_visitor and not _anonymous_without_messages(request):
                return _private(view(request, *args, **kwargs))
            state = data_state_for(request)
            salt = f".{page_version(request)}" if page_version is not None else ""
            etag = make_etag(state, kind, request, salt)
            headers = HttpResponse()
            _validators(headers, etag, state)
            if per_visitor:
                patch_vary_headers(headers, ("Cookie",))
            not_modified = get_conditional_response(
                request,
                etag=etag,
                last_modified=state.last_modified_timestamp,
                response=headers,
            )
            if not_modified is not None and not_modified.status_code == 304:
                return not_modified
            key = cache_key(state, kind, request, salt)
            hit = cache.get(key)
            if hit is not None:
                status, content, content_type, extra = hit
                response: HttpResponseBase = HttpResponse(
                    content, content_type=content_type, status=status
                )
                for name, value in extra:
                    response[name] = value
                response["X-Tipwatch-Cache"] = "hit"
            else:
                response = view(request, *args, **kwargs)
                render = getattr(response, "render", None)
                if callable(render) and not getattr(response, "is_rendered", True):
                    render()
                if response.status_code != 200 or response.streaming:
                    return response
                if storable is not None and not storable(request, response):
                    return _private(response)
                assert isinstance(response, HttpResponse)
                extra = [(name, response[name]) for name in KEPT_HEADERS if name in response]
                cache.set(
                    key,
                    (response.status_code, response.content, response["Content-Type"], extra),
                    CACHE_SECONDS,
                )
                response["X-Tipwatch-Cache"] = "miss"
            _validators(response, etag, state)
            if per_visitor:
                patch_vary_headers(response, ("Cookie",))
            return response

        return wrapper

    return decorator
