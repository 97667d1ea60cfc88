"""The floor of a page served by Django: a bare view returning saved bytes, with no middleware.

`gunicorn bare:application` with `bench/pages` on the Python path and `BARE_BODY` naming a
file serves that file's bytes at every address through Django's WSGI handler alone: what
Django and gunicorn cost per request, for `cached_load.sh` to compare a cache hit with.
"""

from __future__ import annotations

import os
from pathlib import Path

import django
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import re_path

BODY = Path(os.environ["BARE_BODY"]).read_bytes()


def page(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [re_path(r"", page)]

settings.configure(
    DEBUG=False, ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__, MIDDLEWARE=[], SECRET_KEY="bare"
)
django.setup()

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
