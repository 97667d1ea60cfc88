"""Wagtail's routing of a page address, done once per content version instead of per request.

Routing reads two rows per level of the address (the child page by slug, then its specific
type): four queries for an article before it renders, and then the page's images, topics and
linked pages are read one by one while it renders. Which live page an address names, and what
those related rows hold, change only with a publish, a move, a slug change, a deletion or an
edit of an image or a tag, all of which bump the content version (`pages/signals.py`). So the
routed page, its related rows loaded (`load_shown_relations`), is kept in the cache under that
version.

Signed-in editors route afresh (their toolbar reads the page's draft state, which saving a
draft changes without a publish), and so do pages that route further themselves
(`RoutablePageMixin`: the join page's sub-addresses), which are not kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import prefetch_related_objects
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.url_routing import RouteResult

from .cache import content_version, keep, read

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.models import Page


def load_shown_relations(page: Page) -> Page:
    """Load the related rows the page's templates show (its `shown_relations`: foreign keys,
    tags) onto it, so a copy kept in the cache renders without reading them again."""
    names: tuple[str, ...] = getattr(page, "shown_relations", ())
    if names:
        prefetch_related_objects([page], *names)
    # And the renditions its images are shown in (`shown_renditions`: image field to filter
    # specs), made if missing, held on the image as Wagtail's `prefetch_renditions` holds them:
    # otherwise each render looks every one up in the cache (a round trip each).
    renditions: dict[str, tuple[str, ...]] = getattr(page, "shown_renditions", {})
    for name, specs in renditions.items():
        image = getattr(page, name, None)
        if image is not None:
            image.prefetched_renditions = list(image.get_renditions(*specs).values())
    return page


def _editor(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def route(request: HttpRequest, root: Page, path: str) -> Any:
    """What `root.route(request, components)` returns for the address, None for no page."""
    components = [part for part in path.split("/") if part]
    if not components or _editor(request):
        return _route(request, root, components)
    key = f"tipwatch:route:{content_version(request)}:{root.pk}:{'/'.join(components)}"
    page = read(key)
    if page is not None:
        return RouteResult(page)
    result = _route(request, root, components)
    if result is None:
        return None
    page, args, kwargs = result
    if not args and not kwargs and not isinstance(page, RoutablePageMixin):
        keep(key, load_shown_relations(page))
    return result


def _route(request: HttpRequest, root: Page, components: list[str]) -> Any:
    try:
        return root.route(request, components)
    except Http404:
        return None
