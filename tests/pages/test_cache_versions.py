"""A publish is seen at once by every worker, whatever cache each one has."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import override_settings

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tipwatch.core.versions import bump_version, read_version

pytestmark = pytest.mark.django_db


def worker_cache(name: str) -> dict[str, Any]:
    """A cache of one worker process: not shared with any other."""
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
    }


def test_a_publish_reaches_a_worker_with_its_own_cache(client, home):
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Old story", date=datetime.date(2024, 1, 1))
    for worker in ("worker-a", "worker-b"):
        with override_settings(CACHES=worker_cache(worker)):
            assert client.get("/news/")["X-Tipwatch-Cache"] == "miss"
            assert client.get("/news/")["X-Tipwatch-Cache"] == "hit"

    # The editor's publish request is handled by worker A.
    with override_settings(CACHES=worker_cache("worker-a")):
        NewsPageFactory(parent=index, title="Breaking story", date=datetime.date(2026, 5, 1))

    # Worker B's next answer already has it.
    with override_settings(CACHES=worker_cache("worker-b")):
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
