"""Browser tests: Chromium driven by Playwright against pytest-django's live server."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.db import connections

from tests.pages.fixtures import _isolated_media_and_cache  # noqa: F401

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(django_settings.BASE_DIR) / "test-artefacts" / "screenshots"


@pytest.fixture(scope="session")
def browser(django_db_setup: None) -> Iterator[Any]:
    # The test database is created first, whatever order the tests run in, so that its
    # connections are the ones kept below.
    if not os.path.exists(CHROMIUM):
        message = f"{CHROMIUM} is not installed (Debian package chromium; `make browser`)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; Django's ORM would refuse
    # to run in the test thread while it is running.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    thread_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        keep_thread_connections(thread_connections)
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def keep_thread_connections(wrappers: dict[str, Any]) -> None:
    """Make Django use this thread's connections while Playwright's event loop runs in it.

    Django keeps connections per thread and, once an event loop is running, per async context;
    Playwright's sync API leaves a loop running in the test thread, so tests would get fresh
    connection objects that do not carry the test database's serialized contents. The flush after
    a transactional test would then recreate the content types under new ids, and the next test
    that restores the serialized data would fail on them.
    """
    for alias, wrapper in wrappers.items():
        connections[alias] = wrapper


@pytest.fixture
def page(browser: Any, settings: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    media_root = Path(settings.MEDIA_ROOT)

    def serve_media(route: Any) -> None:
        # The live server serves static files but not uploads: read them from MEDIA_ROOT.
        path = route.request.url.split("/media/", 1)[1].split("?", 1)[0]
        file = (media_root / path).resolve()
        if media_root.resolve() in file.parents and file.is_file():
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            route.fulfill(status=200, body=file.read_bytes(), content_type=kind)
        else:
            route.fulfill(status=404, body="not found")

    tab.route("**/media/**", serve_media)
    yield tab
    context.close()


@pytest.fixture
def shoot() -> Any:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(tab: Any, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 1000
        return path

    return take
