"""What every public page shows around its content (site name, navigation, footer, the default
social image), read once per content version instead of on every request.

The header, footer and <head> read two site settings, a StreamField of links whose pages must
each be routed, rich text and an image rendition: about half of a small page's queries.
Everything here changes only with a publish or a settings save, both of which bump the content
version (`pages/signals.py`), so the key carries that version and nothing is invalidated by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings as django_settings
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from .cache import content_version, keep, read
from .models import META_IMAGE_RENDITION, NavigationSettings, SiteSettings
from .sites import site_for

if TYPE_CHECKING:
    from django.http import HttpRequest


@dataclass(frozen=True)
class Chrome:
    site_name: str
    tagline: str
    twitter_handle: str
    primary_links: tuple[tuple[str, str], ...]  # (href, label)
    footer_links: tuple[tuple[str, str], ...]
    footer_text: str  # rendered rich text, "" for none
    social_image_url: str  # the default social image's rendition, relative; "" for none


def in_spanish() -> bool:
    return (translation.get_language() or "").split("-")[0] == "es"


def link_href(link: Any, request: HttpRequest | None) -> str:
    """The address of a LinkBlock value in the active language: the chosen page's translation
    (the page itself when it has none) or the given address under the language's prefix."""
    page = link.get("page")
    if page is not None:
        return page.specific_deferred.localized.get_url(request) or ""
    url = link.get("url") or ""
    if not url.startswith("/"):
        return url
    # Editors give the site's own addresses as the English ones, which resolve only while
    # English is active; translate_url then reverses them in the active language.
    language = translation.get_language()
    with translation.override(django_settings.LANGUAGE_CODE):
        return translate_url(url, language)


def link_label(link: Any) -> str:
    if not in_spanish():
        return str(link["label"])
    if link.get("label_es"):
        return str(link["label_es"])
    page = link.get("page")
    localized = page.localized if page is not None else None
    if localized is not None and localized.pk != page.pk:
        return str(localized.title)
    return str(link["label"])


def _links(stream: Any, request: HttpRequest) -> tuple[tuple[str, str], ...]:
    return tuple((link_href(block.value, request), link_label(block.value)) for block in stream)


def build(request: HttpRequest) -> Chrome:
    settings = SiteSettings.for_request(request)
    nav = NavigationSettings.for_request(request)
    image = settings.default_social_image
    spanish = in_spanish()
    footer_text = (nav.footer_text_es if spanish else "") or nav.footer_text
    return Chrome(
        site_name=settings.site_name,
        tagline=(settings.tagline_es if spanish else "") or settings.tagline,
        twitter_handle=settings.twitter_handle,
        primary_links=_links(nav.primary_links, request),
        footer_links=_links(nav.footer_links, request),
        footer_text=mark_safe(richtext(footer_text)) if footer_text else "",
        social_image_url=image.get_rendition(META_IMAGE_RENDITION).url if image is not None else "",
    )


# With no Site (a host no site matches, or a template rendered without a request) there are
# no site settings: every value is empty, as Wagtail's `settings` in templates gives then.
NO_SITE = Chrome("", "", "", (), (), "", "")


def chrome_for(request: HttpRequest | None) -> Chrome:
    """The request's site chrome, from the cache when the content has not changed since."""
    if request is None:
        return NO_SITE
    memo = getattr(request, "_tipwatch_chrome", None)
    if memo is not None:
        return memo
    site = site_for(request)
    if site is None:
        chrome = NO_SITE
    else:
        # Links to the site's own pages are relative or absolute depending on the host asked.
        # The language too: labels, links and the footer differ between /es/ and the rest.
        key = (
            f"tipwatch:chrome:{content_version(request)}:{site.pk}:{request.get_host()}:"
            f"{translation.get_language()}"
        )
        chrome = read(key)
        if chrome is None:
            chrome = build(request)
            keep(key, chrome)
    request._tipwatch_chrome = chrome  # type: ignore[attr-defined]
    return chrome
