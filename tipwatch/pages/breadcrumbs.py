"""A page's breadcrumb trail, read once per content version instead of on every render.

The trail is the page's ancestors below the tree root, each with the address `{% pageurl %}`
gives it. Moving, renaming or publishing a page bumps the content version, so the trail is kept
under it, per site and host (links are relative or absolute depending on the host asked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import translation
from django.utils.translation import gettext

from .cache import content_version, keep, read
from .sites import site_for

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.models import Page

Trail = tuple[tuple[str, str], ...]


def trail(page: Page, request: HttpRequest | None) -> Trail:
    """(address, label) of each ancestor below the root; the site's home is labelled Home
    (in the active language)."""
    if request is None:
        return _build(page, None)
    site = site_for(request)
    key = (
        f"tipwatch:breadcrumbs:{content_version(request)}:{page.pk}:"
        f"{site.pk if site else 0}:{request.get_host()}:{translation.get_language()}"
    )
    crumbs = read(key)
    if crumbs is None:
        crumbs = _build(page, request)
        keep(key, crumbs)
    return crumbs


def _build(page: Page, request: HttpRequest | None) -> Trail:
    return tuple(
        # As {% pageurl %} gives it (wagtailcore_tags.pageurl), the label as the template had it.
        (
            str(ancestor.get_url(request=request)),
            gettext("Home") if ancestor.depth == 2 else ancestor.title,
        )
        for ancestor in page.get_ancestors()
        if not ancestor.is_root()
    )
