"""Site search tests use the page tree's home page."""

from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401
