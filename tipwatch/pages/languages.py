"""The same page in each of the site's languages: for `hreflang` links and the language switcher.

A Wagtail page's other-language version is its translation (same `translation_key`); when a
page has no live translation, the switcher offers the other language's home page instead, and
no `hreflang` link names it (search engines must only be told of real equivalents). Every other
view has one address per language through `i18n_patterns`, which `translate_url` gives.
Built once per content version, per page (or path) and host, like the breadcrumbs: reading the
translations and routing each costs queries that only a publish can change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation

from .cache import content_version, keep, read

if TYPE_CHECKING:
    from django.http import HttpRequest


@dataclass(frozen=True)
class Version:
    language: str  # Django's code: "en-gb", "es"
    name: str  # the language's own name: "English", "Español"
    url: str  # relative to the host, as the site's own links are
    equivalent: bool  # the same content (False: the language's home, for want of a translation)
    # A view's query (a year, a group) means the same in every language; a Wagtail page's
    # (a topic, a page of results) belongs to that language's tree, so it is not carried over.
    keeps_query: bool = False

    @property
    def hreflang(self) -> str:
        return bcp47(self.language)


def bcp47(language: str) -> str:
    """Django's lower-case code as HTML's `lang` and `hreflang` write it: "en-gb" -> "en-GB"."""
    base, _, region = language.partition("-")
    return f"{base}-{region.upper()}" if region else base


def language_name(language: str) -> str:
    """The name the site gives the language in its own tongue ("English", "Español")."""
    return str(dict(settings.LANGUAGES).get(language, language))


def versions(request: HttpRequest | None, page: Any = None) -> tuple[Version, ...]:
    """This page (or, with no Wagtail page, the requested view) in every site language."""
    if request is None:
        return ()
    is_page = page is not None and getattr(page, "translation_key", None) is not None
    # Hosts and paths are free text: a digest keeps the key short and safe for any cache.
    subject = f"page:{page.pk}:{request.get_host()}" if is_page else f"path:{request.path}"
    digest = hashlib.sha256(subject.encode()).hexdigest()
    key = f"tipwatch:versions:{content_version(request)}:{digest}"
    found = read(key)
    if found is None:
        found = _page_versions(request, page) if is_page else _view_versions(request)
        keep(key, found)
    return found


def _home_url(language: str) -> str:
    with translation.override(language):
        return reverse("wagtail_serve", args=[""])


def _page_versions(request: HttpRequest, page: Any) -> tuple[Version, ...]:
    from .privacy import public

    translations = {
        candidate.locale.language_code: candidate
        for candidate in public(
            page.get_translations(inclusive=True).live().select_related("locale"), request
        )
    }
    found = []
    for language, _ in settings.LANGUAGES:
        other = translations.get(language)
        url = other.get_url(request) if other is not None else None
        if url:
            found.append(Version(language, language_name(language), str(url), True))
        else:
            found.append(Version(language, language_name(language), _home_url(language), False))
    return tuple(found)


def _view_versions(request: HttpRequest) -> tuple[Version, ...]:
    try:
        resolve(request.path_info)
    except Resolver404:
        # An address no view answers (a 404 page): each language's home is the way on.
        return tuple(
            Version(language, language_name(language), _home_url(language), False)
            for language, _ in settings.LANGUAGES
        )
    return tuple(
        Version(
            language,
            language_name(language),
            translate_url(request.path, language),
            equivalent=True,
            keeps_query=True,
        )
        for language, _ in settings.LANGUAGES
    )
