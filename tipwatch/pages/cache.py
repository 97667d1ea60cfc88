"""Caching of public pages, and its invalidation whenever published content changes.

Every cache key carries a *content version*. Publishing, unpublishing, moving or deleting a
page, saving a site setting or changing TIP data bumps the version, so every cached page and
fragment is recomputed at once without having to know which keys exist. The version is kept in
the database (`core.versions`), not in the cache: every worker on every host sees a publish at
once, whatever cache it has.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from django.utils import translation

from tipwatch.core.process_copies import keep, read
from tipwatch.core.versions import bump_version, read_version
from tipwatch.tip.response_cache import cached

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponseBase

CONTENT_VERSION = "content"


def content_version(request: HttpRequest | None = None) -> int:
    """The content version, read once per request when given one (the page cache and the
    site chrome both key on it)."""
    if request is None:
        return read_version(CONTENT_VERSION)
    # The response cache may have read it already, with the data state (`versioning`).
    known: dict[str, int] = getattr(request, "_tipwatch_versions", {})
    if CONTENT_VERSION not in known:
        known = {**known, CONTENT_VERSION: read_version(CONTENT_VERSION)}
        request._tipwatch_versions = known  # type: ignore[attr-defined]
    return known[CONTENT_VERSION]


T = TypeVar("T")


def fragment_key(request: HttpRequest, name: str, parts: tuple[object, ...]) -> str:
    """The key of a rendered fragment of a page: it holds what the page's content, the TIP
    data (a cited report, the tier card), the language and the host (links) decide."""
    from tipwatch.tip.versioning import data_state_for

    where = "|".join(
        [request.get_host(), translation.get_language() or "", *(str(part) for part in parts)]
    )
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    state = data_state_for(request).token
    return f"tipwatch:fragment:{name}:{content_version(request)}:{state}:{digest}"


def per_content_version(request: HttpRequest, name: str, build: Callable[[], T]) -> T:
    """What `build` returns, built once per content version (for what only published pages
    and settings decide: a publish, move or delete bumps the version) and kept in the cache."""
    key = f"tipwatch:{name}:{content_version(request)}"
    value = read(key)
    if value is None:
        value = build()
        keep(key, value)
    return value


def bump_content_version(**_: Any) -> None:
    """Invalidate every cached page and fragment (signal receivers call this)."""
    bump_version(CONTENT_VERSION)


def is_shareable(request: HttpRequest, response: HttpResponseBase) -> bool:
    """Whether a page rendered for this anonymous visitor may be served to every other one.

    Not when the render used a CSRF token (a form: the join page, a password-protected page's
    form) or set a cookie, or the page itself asked not to be shared.
    """
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    return not any(word in control for word in ("private", "no-store", "no-cache"))


# Every Wagtail page, in front of Wagtail's routing (tipwatch/pages/urls.py); a hit is served
# by the response cache's middleware before sessions, authentication or routing, with one
# query (the content and data versions). Keyed on the data version too, as pages show TIP
# data (the home page's tier card).
cached_wagtail_page = cached("wagtail", versions=(CONTENT_VERSION,), storable=is_shareable)


class CachedPageMixin:
    """Kept for the migrations that name it as a base: every page is now cached by the serve
    view (`cached_wagtail_page`), before routing, so this only passes the request on."""

    pk: int
