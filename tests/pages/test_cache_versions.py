"""A publish is seen at once by every worker, whatever cache each one has."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator
from unittest.mock import patch

import pytest
from django.test import override_settings

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tipwatch.core.versions import bump_version, read_version
from tipwatch.tip import response_cache

pytestmark = pytest.mark.django_db


WORKERS: dict[str, response_cache.LocalEntries] = {}


@contextlib.contextmanager
def worker(name: str) -> Iterator[None]:
    """Run as one worker process: a cache and copies of responses not shared with any other."""
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
    }
    copies = WORKERS.setdefault(name, response_cache.LocalEntries(1 << 23))
    with override_settings(CACHES=caches), patch.object(response_cache, "local_entries", copies):
        yield


def test_a_publish_reaches_a_worker_with_its_own_cache(client, home):
    WORKERS.clear()
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Old story", date=datetime.date(2024, 1, 1))
    for name in ("worker-a", "worker-b"):
        with worker(name):
            assert client.get("/news/")["X-Tipwatch-Cache"] == "miss"
            assert client.get("/news/")["X-Tipwatch-Cache"] == "hit"

    # The editor's publish request is handled by worker A.
    with worker("worker-a"):
        NewsPageFactory(parent=index, title="Breaking story", date=datetime.date(2026, 5, 1))

    # Worker B's next answer already has it.
    with worker("worker-b"):
        response = client.get("/news/")
    assert response["X-Tipwatch-Cache"] == "miss"
    assert b"Breaking story" in response.content


def test_versions_count_from_zero_and_are_independent():
    assert read_version("content") == 0
    bump_version("content")
    bump_version("content")
    bump_version("other")

    assert read_version("content") == 2
    assert read_version("other") == 1
