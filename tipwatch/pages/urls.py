"""Wagtail's front-end addresses, with every page served through the page cache.

The same patterns as `wagtail.urls` (password-protected pages, the front-end login, and the
catch-all page address), except that pages go through `cached_wagtail_page` first, so a page
served from the cache costs no routing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views

from . import routing
from .cache import cached_wagtail_page
from .sites import localized_root_for, site_for

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponseBase


def _serve(request: HttpRequest, path: str) -> HttpResponseBase:
    # The Site and its root page in the request's language from the cache (`pages/sites.py`);
    # routing from there is what `Page.route_for_request` does, which Wagtail's view then
    # finds already done on the request.
    # The routed page itself, for anonymous visitors, from the cache too (`pages/routing.py`).
    site = site_for(request)
    if site is not None:
        root = localized_root_for(request, site)
        request._wagtail_route_for_request = routing.route(request, root, path)  # type: ignore[attr-defined]
    return wagtail_views.serve(request, path)


serve = cached_wagtail_page(_serve)

urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
