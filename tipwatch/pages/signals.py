"""Invalidate cached pages whenever what they show changes."""

from typing import Any

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .cache import bump_content_version

page_published.connect(bump_content_version, dispatch_uid="tipwatch-cache-published")
page_unpublished.connect(bump_content_version, dispatch_uid="tipwatch-cache-unpublished")
page_slug_changed.connect(bump_content_version, dispatch_uid="tipwatch-cache-slug")
post_page_move.connect(bump_content_version, dispatch_uid="tipwatch-cache-move")


def _bump_unless_created(created: bool = False, **kwargs: Any) -> None:
    # Settings rows are created with their defaults on first read, while a page renders:
    # only a real change should invalidate the cache.
    if not created:
        bump_content_version()


# Settings rows, and images and tags whose caption, alt text or name pages show: an upload or a
# new tag changes no page until a page that uses it is published, which bumps the version then.
for _label in ("pages.SiteSettings", "pages.NavigationSettings", "core.CustomImage", "taggit.Tag"):
    post_save.connect(_bump_unless_created, sender=_label, dispatch_uid=f"tipwatch-save-{_label}")
    post_delete.connect(
        bump_content_version, sender=_label, dispatch_uid=f"tipwatch-delete-{_label}"
    )

# Deleting a page, changing a site, a locale or a page's privacy, or the TIP data the home
# page shows.
_WATCHED = (
    "wagtailcore.Page",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "tip.Report",
    "tip.Placement",
    "tip.Country",
)
for _label in _WATCHED:
    post_save.connect(bump_content_version, sender=_label, dispatch_uid=f"tipwatch-save-{_label}")
    post_delete.connect(
        bump_content_version, sender=_label, dispatch_uid=f"tipwatch-delete-{_label}"
    )
