"""Which pages are private, read once per content version instead of once per listing.

Wagtail's `PageQuerySet.public()` reads every page view restriction each time it is called:
the news index calls it three times (articles, archive, topics), the home page twice.
Restrictions and the pages they sit on are part of the content version (saving or deleting
either bumps it, `pages/signals.py`), so the private sections are kept in the cache under it
and `public` builds the same filter as Wagtail's from them.

Serving a page, Wagtail also reads the page's ancestors and their restrictions (two queries)
to check whether the visitor may see it. `mark_unrestricted` (a `before_serve_page` hook)
tells the page, from the same cached sections, when no restriction can apply, and the page
then answers that check without a query (`UnrestrictedCheckMixin`); when one may apply, or an
alias is on the way (aliases take their original's restrictions), Wagtail checks as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .cache import content_version, keep, read

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.query import PageQuerySet

Pages = TypeVar("Pages", bound="PageQuerySet")


Sections = tuple[tuple[str, int], ...]


def _privacy(request: HttpRequest) -> tuple[Sections, tuple[str, ...]]:
    """The private sections, and the tree paths of every alias page."""
    memo: tuple[Sections, tuple[str, ...]] | None = getattr(request, "_tipwatch_private", None)
    if memo is not None:
        return memo
    key = f"tipwatch:private-sections:{content_version(request)}"
    privacy = read(key)
    if privacy is None:
        # One query for both: the pages that have a restriction or are aliases.
        rows = (
            Page.objects.filter(Q(view_restrictions__isnull=False) | Q(alias_of__isnull=False))
            .values_list("path", "depth", "alias_of_id", "view_restrictions__id")
            .distinct()
        )
        sections, aliases = set(), set()
        for path, depth, alias_of, restriction in rows:
            if restriction is not None:
                sections.add((path, depth))
            if alias_of is not None:
                aliases.add(path)
        privacy = (tuple(sorted(sections)), tuple(sorted(aliases)))
        keep(key, privacy)
    request._tipwatch_private = privacy  # type: ignore[attr-defined]
    return privacy


def private_sections(request: HttpRequest) -> Sections:
    """The tree path and depth of every page with a view restriction (its section is private)."""
    return _privacy(request)[0]


def mark_unrestricted(page: Page, request: HttpRequest, *args: object) -> None:
    """Tell a page about to be served that no view restriction applies to it, when none can:
    no private section holds it and neither it nor an ancestor is an alias (a tree path that
    starts with another is that page's descendant, or the page itself)."""
    sections, aliases = _privacy(request)
    if not any(page.path.startswith(path) for path, _ in sections) and not any(
        page.path.startswith(alias) for alias in aliases
    ):
        page._tipwatch_unrestricted = True


class UnrestrictedCheckMixin:
    """Answers Wagtail's view restriction check without a query when `mark_unrestricted`
    found that none applies; otherwise Wagtail's own check."""

    def get_view_restrictions(self) -> Any:
        if getattr(self, "_tipwatch_unrestricted", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()  # type: ignore[misc]


def public(pages: Pages, request: HttpRequest) -> Pages:
    """`pages.public()` (pages outside every private section), without reading restrictions."""
    private = Q()
    for path, depth in private_sections(request):
        # Wagtail's `descendant_of_q(page, inclusive=True)`.
        private |= Q(path__startswith=path, depth__gte=depth)
    # As Wagtail does: with no private section, nothing is excluded.
    return pages.exclude(private if private else Q(pk__in=[]))
