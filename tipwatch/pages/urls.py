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

from .cache import cached_wagtail_page
from .sites import site_for

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponseBase


def _serve(request: HttpRequest, path: str) -> HttpResponseBase:
    # The Site and its root page from the cache (`pages/sites.py`): Wagtail then routes from
    # the root page without reading it again.
    site_for(request)
    return wagtail_views.serve(request, path)


serve = cached_wagtail_page(_serve)

urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
