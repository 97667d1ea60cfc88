"""Fixtures for the explorer and API tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    """Each test starts with an empty cache: the data version can repeat across tests."""
    cache.clear()
    yield
    cache.clear()
