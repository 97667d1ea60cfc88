"""The reading limits of the `TIPWATCH_IMPORT_*` settings, for the pure reading code."""

from __future__ import annotations

import importlib
import os
from typing import Any

from tipwatch.ingest.parsing.limits import MB, ReadLimits


def read_limits() -> ReadLimits:
    from django.conf import settings

    return _limits_from(settings)


def read_limits_before_django() -> ReadLimits:
    """The same limits, read from the settings module before Django is loaded.

    The command line starts reading a PDF before it loads Django, and importing `django.conf`
    alone takes about a tenth of a second (asgiref, asyncio) that would all come before the
    first page is read. Django's settings are the settings module's upper-case names, so
    these are the values `read_limits` gives once Django is loaded; the command compares the
    two and reads the file again if they ever differ.
    """
    return _limits_from(importlib.import_module(os.environ["DJANGO_SETTINGS_MODULE"]))


def _limits_from(settings: Any) -> ReadLimits:
    return ReadLimits(
        max_file_bytes=settings.TIPWATCH_IMPORT_MAX_FILE_MB * MB,
        max_pages=settings.TIPWATCH_IMPORT_MAX_PAGES,
        max_page_chars=settings.TIPWATCH_IMPORT_MAX_PAGE_CHARS,
        max_seconds=settings.TIPWATCH_IMPORT_MAX_SECONDS,
        max_memory_bytes=settings.TIPWATCH_IMPORT_MAX_MEMORY_MB * MB,
    )
