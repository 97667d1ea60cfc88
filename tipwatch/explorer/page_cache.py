"""The cache decorator of the explorer's HTML pages: per visitor, keyed by the site's content
version too (the pages show the site's navigation and settings)."""

from __future__ import annotations

from tipwatch.pages.cache import CONTENT_VERSION
from tipwatch.tip.response_cache import cached

cached_page = cached("page", versions=(CONTENT_VERSION,))
