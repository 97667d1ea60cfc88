"""A member's language: the one every email to them is written in, with links to the pages in it.

Members keep a two-letter code ("en", "es"), the code alerts have always used; Django names
English by the site's own code ("en-gb"), the one URLs are built for: English pages have no
prefix, any other language's do ("/es/..."). Activating plain "en" would build "/en/..." links
that lead nowhere, so the two are mapped here, in one place.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from .models import AlertLanguage, Member


def django_language(member_language: str) -> str:
    """The Django language code for a member's language ("en" -> "en-gb", "es" -> "es")."""
    if member_language == AlertLanguage.SPANISH:
        return "es"
    return str(settings.LANGUAGE_CODE)


def member_language(django_code: str | None = None) -> str:
    """The member language for a Django code, by default the active one (a page's language)."""
    code = (django_code or translation.get_language() or "").split("-")[0]
    return code if code in AlertLanguage.values else AlertLanguage.ENGLISH


def in_language_of(member: Member) -> translation.override:
    """`with in_language_of(member):` writes text and builds URLs in the member's language,
    whatever the request or worker around it has active."""
    return translation.override(django_language(member.language or AlertLanguage.ENGLISH))
