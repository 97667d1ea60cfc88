"""Every public page type renders exactly the HTML recorded in tests/snapshots/pages/.

This guards performance work (caching, fewer queries, pre-rendered fragments): an optimisation
must not change a single byte a visitor gets. Each page is rendered twice, once with an empty
cache and once from whatever the first render cached, and both must match the recording.

A change that is meant to alter the HTML (a template edit) re-records the snapshots with

    TIPWATCH_RECORD_SNAPSHOTS=1 .tools/bin/uv run pytest tests/test_page_snapshots.py

and the diff of tests/snapshots/pages/ is reviewed like any other change.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from tipwatch.tip.services.dataset_loader import DatasetLoader

SNAPSHOTS = Path(__file__).parent / "snapshots" / "pages"
RECORD = os.environ.get("TIPWATCH_RECORD_SNAPSHOTS") == "1"

PAGES = {
    "home": "/",
    "news_index": "/news/",
    "article": "/news/peru-tip-report-2015/",
    "standing_page": "/about/",
    "explorer": "/explorer/",
    "map": "/map/?year=2015",
    "country": "/countries/PER/",
    "compare": "/compare/?year=2015&group=latin-america",
    "report": "/reports/2015/",
    "downloads": "/downloads/",
    "api_placements": "/api/v1/placements?year=2015&limit=50",
}

# What differs between two renders of the same page by design, not by content.
VOLATILE = [
    (
        re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"'),
        'name="csrfmiddlewaretoken" value=""',
    ),
    (re.compile(r'nonce="[^"]+"'), 'nonce=""'),
    # pygal gives every chart a random id and stamps the day it drew it.
    (re.compile(r"chart-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "chart-ID"),
    (
        re.compile(r"(Generated with pygal [\d.]+ \(\w+\) ©Kozea [\d-]+) on \d{4}-\d{2}-\d{2}"),
        r"\1",
    ),
    # Django's storage gives a file a random 7-character suffix when its name is taken.
    (
        re.compile(r"(/media/(?:original_)?images/[\w.-]+?)(?:_[A-Za-z0-9]{7})+(\.[0-9a-f]{8}\.)"),
        r"\1\2",
    ),
]


def normalise(text: str) -> str:
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text


@pytest.fixture(scope="module")
def site(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """The bundled data and the demo site, built once for the module and rolled back after."""
    # override_settings tells the file storage its folder changed; setting the attribute would
    # leave it writing to the folder of whichever test used it first, where the demo's image
    # names are taken and the names this page shows change with the order tests run in.
    media = str(tmp_path_factory.mktemp("media"))
    with override_settings(MEDIA_ROOT=media), django_db_blocker.unblock(), transaction.atomic():
        DatasetLoader().load()
        call_command("load_demo_site", stdout=open(os.devnull, "w"))  # noqa: SIM115
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_html_is_unchanged(site: None, db: None, name: str) -> None:
    url = PAGES[name]
    client = Client()
    cache.clear()
    cold = client.get(url)
    warm = client.get(url)
    assert cold.status_code == 200, f"{url}: {cold.status_code}"
    assert warm.status_code == 200, f"{url}: {warm.status_code}"
    cold_text = normalise(cold.content.decode())
    assert normalise(warm.content.decode()) == cold_text, f"{url}: cached copy differs"
    path = SNAPSHOTS / f"{name}.html"
    if RECORD:
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        path.write_text(cold_text, encoding="utf-8")
        return
    assert path.exists(), f"no snapshot of {url}: record with TIPWATCH_RECORD_SNAPSHOTS=1"
    expected = path.read_text(encoding="utf-8")
    if cold_text != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(), cold_text.splitlines(), "recorded", "rendered", lineterm=""
            )
        )
        pytest.fail(f"{url} renders different HTML from {path.name}:\n{diff[:6000]}")
