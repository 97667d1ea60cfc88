"""Caching of public pages, and its invalidation whenever published content changes.

Every cache key carries a *content version*. Publishing, unpublishing, moving or deleting a
page, saving a site setting or changing TIP data bumps the version, so every cached page and
fragment is recomputed at once without having to know which keys exist. The version is kept in
the database (`core.versions`), not in the cache: every worker on every host sees a publish at
once, whatever cache it has.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse

from tipwatch.core.versions import bump_version, read_version

if TYPE_CHECKING:
    from django.http import HttpRequest

CONTENT_VERSION = "content"
PAGE_CACHE_SECONDS = 600


def content_version() -> int:
    return read_version(CONTENT_VERSION)


def bump_content_version(**_: Any) -> None:
    """Invalidate every cached page and fragment (signal receivers call this)."""
    bump_version(CONTENT_VERSION)


def is_cacheable(request: HttpRequest) -> bool:
    """Only anonymous GETs of a published page, with no flash messages, may be cached."""
    if request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not (hasattr(request, "_messages") and len(get_messages(request)) > 0)


def page_cache_key(page_pk: int, request: HttpRequest) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    return f"tipwatch:page:{content_version()}:{page_pk}:{request.get_host()}:{path}"


class CachedPageMixin:
    """Serve a page from the cache when the request allows it; cache successful renders."""

    pk: int

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not is_cacheable(request):
            return super().serve(request, *args, **kwargs)  # type: ignore[misc]
        key = page_cache_key(self.pk, request)
        hit = cache.get(key)
        if hit is not None:
            content, content_type = hit
            response = HttpResponse(content, content_type=content_type)
            response["X-Tipwatch-Cache"] = "hit"
            return response
        response = super().serve(request, *args, **kwargs)  # type: ignore[misc]
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            response.render()
        if response.status_code == 200 and not response.streaming:
            cache.set(key, (response.content, response["Content-Type"]), PAGE_CACHE_SECONDS)
            response["X-Tipwatch-Cache"] = "miss"
        return response
