"""Fixtures shared by the tests of pages, news and members (imported by their conftest)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache

from tests.pages.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings: Any, tmp_path: Path) -> Iterator[None]:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db: None) -> Any:
    """A published home page as the default site's root."""
    return HomePageFactory()
