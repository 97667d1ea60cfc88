"""The Spanish explorer pages stay within the same query budget as the English ones."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from tests.test_page_query_counts import HELD_AT, NoResponseCache
from tests.test_page_snapshots import PAGES, site  # noqa: F401 - the module's data and site
from tipwatch.tip import response_cache

EXPLORER_PAGES = ["explorer", "map", "country", "compare", "report", "downloads"]


@pytest.mark.parametrize("name", EXPLORER_PAGES)
def test_spanish_page_queries_uncached(
    site: None,  # noqa: F811
    db: None,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    django_assert_max_num_queries: Any,
) -> None:
    url = "/es" + PAGES[name]
    client = Client()
    cache.clear()
    assert client.get(url).status_code == 200
    monkeypatch.setattr(response_cache, "cache", NoResponseCache())
    with django_assert_max_num_queries(HELD_AT[name]):
        response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
