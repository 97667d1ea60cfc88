"""What the app servers load in gunicorn's master, before the workers are forked
(`deploy/gunicorn.conf.py`), so that the workers share one copy instead of each loading its own.

The URL patterns, and with them every view, Wagtail's admin with its API and Django REST
framework, django-ninja and pydantic (about 940 modules, 44 MB), are otherwise imported by
every worker on its first request, into memory the worker alone holds. Loading them reads no
database and opens no connection.

Not loaded here: the compiled templates (3 MB) and Babel's locale data (6 MB), which each
worker also loads as it renders. Loaded here they saved 2 MB of each worker's own memory (PSS)
but added 2 MB to each worker's RSS, the figure the worker memory budget is held to
(docs/performance.md).
"""

from __future__ import annotations

from django.urls import get_resolver


def load_shared() -> None:
    get_resolver().url_patterns  # noqa: B018
