"""The site settings that say whom the site is for: read them here, not from constants.

A request's own site is used when there is one; commands and forms built without a request use
the default site. Each answer may be None on a fresh install with nothing set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wagtail.models import Site

from .models import SiteSettings
from .sites import site_for

if TYPE_CHECKING:
    from django.http import HttpRequest

    from tipwatch.tip.models import Country


def site_settings(request: HttpRequest | None = None) -> SiteSettings | None:
    if request is not None:
        site = site_for(request)
    else:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    return SiteSettings.for_site(site)


def focus_country(request: HttpRequest | None = None) -> Country | None:
    settings = site_settings(request)
    return settings.focus_country if settings is not None else None


def home_group_slug(request: HttpRequest | None = None) -> str | None:
    settings = site_settings(request)
    if settings is None or settings.home_group is None:
        return None
    return settings.home_group.slug
