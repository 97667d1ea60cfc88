"""The language of every response is named by its URL alone.

Django's LocaleMiddleware falls back on the Accept-Language header and the language cookie, and
marks unprefixed responses `Vary: Accept-Language`. Here English lives where it always has and
Spanish under /es/ (`prefix_default_language=False`), so that fallback would only make a shared
cache keep one copy of each English page per browser language, or serve a page in a language
its URL does not name. This middleware takes the language from the path and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils import translation


class UrlLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
