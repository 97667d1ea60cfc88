"""The language of every response is named by its URL alone.

Django's LocaleMiddleware falls back on the Accept-Language header and the language cookie, and
marks unprefixed responses `Vary: Accept-Language`. Here English lives where it always has and
Spanish under /es/ (`prefix_default_language=False`), so that fallback would only make a shared
cache keep one copy of each English page per browser language, or serve a page in a language
its URL does not name. This middleware takes the language from the path and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.signals import request_finished
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


def _back_to_the_default_language(**kwargs: Any) -> None:
    # The language stays active in the thread after the middleware returns, for a streamed
    # body still being written; once the response is closed, work the thread does next
    # (a task, a command, a test) must not run in the last visitor's language.
    translation.deactivate()


request_finished.connect(_back_to_the_default_language, dispatch_uid="tipwatch-language-reset")
