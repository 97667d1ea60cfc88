"""The whole-response cache of `tip/response_cache.py` switched off, for benchmarks only.

What pages share (the site's chrome, charts of unchanged data) stays cached, so a page costs
what it costs when its own address is not in the cache: a long-tail address, or the first
visitor after a publish. Also a WSGI entry point: `gunicorn uncached:application` with
`bench/pages` on the Python path serves the site that way.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from typing import Any


class NoResponseCache:
    """Stands in for the cache in `tip/response_cache.py` only: every response is a miss."""

    def get(self, key: str, default: Any = None) -> Any:
        return default

    def set(self, *args: Any, **kwargs: Any) -> None:
        pass


@contextlib.contextmanager
def responses_uncached() -> Iterator[None]:
    from tipwatch.tip import response_cache

    real, local = response_cache.cache, response_cache.local_entries
    response_cache.cache = NoResponseCache()  # type: ignore[assignment]
    response_cache.local_entries = response_cache.LocalEntries(0)
    try:
        yield
    finally:
        response_cache.cache, response_cache.local_entries = real, local


def __getattr__(name: str) -> Any:
    # Loaded only when gunicorn asks for the application, so importing this module for
    # `responses_uncached` does not set Django up.
    if name != "application":
        raise AttributeError(name)
    # tipwatch.wsgi sets Django up, which must come before the response cache is imported.
    application = importlib.import_module("tipwatch.wsgi").application
    response_cache: Any = importlib.import_module("tipwatch.tip.response_cache")

    response_cache.cache = NoResponseCache()
    response_cache.local_entries = response_cache.LocalEntries(0)
    return application
