"""The reading limits of the `TIPWATCH_IMPORT_*` settings, for the pure reading code."""

from __future__ import annotations

from django.conf import settings

from tipwatch.ingest.parsing.limits import MB, ReadLimits


def read_limits() -> ReadLimits:
    return ReadLimits(
        max_file_bytes=settings.TIPWATCH_IMPORT_MAX_FILE_MB * MB,
        max_pages=settings.TIPWATCH_IMPORT_MAX_PAGES,
        max_page_chars=settings.TIPWATCH_IMPORT_MAX_PAGE_CHARS,
        max_seconds=settings.TIPWATCH_IMPORT_MAX_SECONDS,
        max_memory_bytes=settings.TIPWATCH_IMPORT_MAX_MEMORY_MB * MB,
    )
