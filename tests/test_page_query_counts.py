"""Each public page type, missing from the response cache, stays within its query budget.

Measured as `bench/pages/inprocess.py` does: what pages share (the site's chrome, the Site,
the private sections, charts of unchanged data) is cached by a first visit, and the page's own
whole-response cache entry is missing, as for a long-tail address or the first visitor after a
publish. The budget is 8 queries per page, and each page is held at what it takes now, so no
count can creep back up (lower a page's figure when a change lowers its count).
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from tests.test_page_snapshots import PAGES, site  # noqa: F401 - the module's data and site
from tipwatch.tip import response_cache

BUDGET = 8
# What each page takes now (see docs/performance.md). Every page reads the data and content
# versions (2); Wagtail pages are routed from the cache; the TIP pages read each table they
# show once.
HELD_AT = {
    "home": 1,
    "news_index": 1,
    "article": 1,
    "standing_page": 1,
    "explorer": 1,
    "map": 1,
    "country": 1,
    "compare": 1,
    "report": 1,
    "downloads": 4,
    "api_placements": 3,
}


def test_every_page_is_held_within_the_budget() -> None:
    assert set(HELD_AT) == set(PAGES)
    assert max(HELD_AT.values()) <= BUDGET


class NoResponseCache:
    """Every whole-response lookup misses; nothing is stored."""

    def get(self, key: str, default: Any = None) -> Any:
        return default

    def set(self, *args: Any, **kwargs: Any) -> None:
        pass


@pytest.mark.parametrize("name", list(PAGES))
def test_page_queries_uncached(
    site: None,  # noqa: F811
    db: None,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    django_assert_max_num_queries: Any,
) -> None:
    url = PAGES[name]
    client = Client()
    cache.clear()
    assert client.get(url).status_code == 200  # the shared fragments are read and kept
    monkeypatch.setattr(response_cache, "cache", NoResponseCache())
    with django_assert_max_num_queries(HELD_AT[name]):
        response = client.get(url)
    assert response.status_code == 200
    assert response.get("X-Tipwatch-Cache") != "hit"
