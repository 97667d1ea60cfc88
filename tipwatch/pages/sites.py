"""The request's Wagtail Site, read once per content version instead of on every request.

Wagtail looks the Site up by host and port on each request (`Site.find_for_request`), then
reads its root page twice (the page, then its specific type) before it routes. Sites and pages
are part of the content version (saving or deleting either bumps it, `pages/signals.py`), so
the Site, with its root page already loaded, is kept in the cache under that version and set
where Wagtail looks for it first (`request._wagtail_site`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site

from .cache import content_version, keep, read
from .routing import load_shown_relations

if TYPE_CHECKING:
    from django.http import HttpRequest

# Stored for a host no Site answers, so that a miss is remembered too.
_NO_SITE = "none"


def site_for(request: HttpRequest) -> Site | None:
    """The request's Site (None when no site matches its host), as `Site.find_for_request`."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    # The same host and port Wagtail matches on (`Site._find_for_request`).
    hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
    port = request.get_port()
    key = f"tipwatch:site:{content_version(request)}:{hostname}:{port}"
    stored = read(key)
    if stored is None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - loaded now, so it is stored with the site
        keep(key, site if site is not None else _NO_SITE)
    else:
        site = stored if isinstance(stored, Site) else None
    request._wagtail_site = site  # type: ignore[attr-defined]
    if site is not None and not hasattr(request, "_wagtail_cached_site_root_paths"):
        # Where Wagtail looks first when it makes a page's address for the request
        # (`Page._get_site_root_paths`), instead of its own cache key on every request.
        request._wagtail_cached_site_root_paths = root_paths(request)  # type: ignore[attr-defined]
    return site


def root_paths(request: HttpRequest) -> list:
    """`Site.get_site_root_paths()`, once per content version: Wagtail keeps them under a key
    it deletes when a site or a site's root page changes, both of which bump the version."""
    key = f"tipwatch:site-root-paths:{content_version(request)}"
    paths = read(key)
    if paths is None:
        paths = Site.get_site_root_paths()
        keep(key, paths)
    return paths


def localized_root_for(request: HttpRequest, site: Site) -> Page:
    """The site's root page in the request's language (the root itself when not translated).

    Wagtail finds it on every request (`root_page.localized`: a Locale read, then the
    translation); it changes only with the content version, so it is kept with the Site.
    """
    language = translation.get_language()
    key = f"tipwatch:root:{content_version(request)}:{site.pk}:{language}"
    root = read(key)
    if root is None:
        # With what its templates show loaded, as for every routed page (`pages/routing.py`).
        root = load_shown_relations(site.root_page.localized.specific)
        keep(key, root)
    return root
