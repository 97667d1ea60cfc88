"""Which pages are private, read once per content version instead of once per listing.

Wagtail's `PageQuerySet.public()` reads every page view restriction each time it is called:
the news index calls it three times (articles, archive, topics), the home page twice.
Restrictions and the pages they sit on are part of the content version (saving or deleting
either bumps it, `pages/signals.py`), so the private sections are kept in the cache under it
and `public` builds the same filter as Wagtail's from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

from .cache import PAGE_CACHE_SECONDS, content_version

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.query import PageQuerySet

Pages = TypeVar("Pages", bound="PageQuerySet")


def private_sections(request: HttpRequest) -> tuple[tuple[str, int], ...]:
    """The tree path and depth of every page with a view restriction (its section is private)."""
    memo: tuple[tuple[str, int], ...] | None = getattr(request, "_tipwatch_private", None)
    if memo is not None:
        return memo
    key = f"tipwatch:private-sections:{content_version(request)}"
    sections = cache.get(key)
    if sections is None:
        rows = PageViewRestriction.objects.values_list("page__path", "page__depth")
        sections = tuple(sorted(set(rows)))
        cache.set(key, sections, PAGE_CACHE_SECONDS)
    request._tipwatch_private = sections  # type: ignore[attr-defined]
    return sections


def public(pages: Pages, request: HttpRequest) -> Pages:
    """`pages.public()` (pages outside every private section), without reading restrictions."""
    private = Q()
    for path, depth in private_sections(request):
        # Wagtail's `descendant_of_q(page, inclusive=True)`.
        private |= Q(path__startswith=path, depth__gte=depth)
    # As Wagtail does: with no private section, nothing is excluded.
    return pages.exclude(private if private else Q(pk__in=[]))
