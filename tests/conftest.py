"""Fixtures shared by every app's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from hypothesis import settings as hypothesis_settings

from tipwatch.core import process_copies
from tipwatch.tip import response_cache
from tipwatch.tip.services.dataset_loader import DatasetLoader, LoadSummary

# Property tests check behaviour, not speed (speed is measured by the benchmarks under bench/):
# Hypothesis's default deadline of 200 ms an example failed them at random on a loaded machine.
hypothesis_settings.register_profile("tipwatch", deadline=None)
hypothesis_settings.load_profile("tipwatch")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need this process to fork a child first. A process with more than one thread
    may not fork (`tipwatch.forked`), and the browser tests leave a live server and a browser
    driver, each with a thread, in whichever test process ran them. xdist hands tests out in
    this order, so every test process runs the forking tests it is given before anything else."""
    items.sort(key=lambda item: item.get_closest_marker("forks") is None)


@pytest.fixture
def tip_data(db: None) -> LoadSummary:
    """The real bundled dataset, loaded into the test database."""
    return DatasetLoader().load()


@pytest.fixture(scope="module")
def tip_data_for_module(django_db_setup: None, django_db_blocker: Any) -> Iterator[LoadSummary]:
    """The bundled dataset loaded once for a whole module of read-only tests (each test still
    runs in its own transaction, inside this one), and rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield DatasetLoader().load()
        transaction.set_rollback(True)


@pytest.fixture
def remove_from_data(tip_data: LoadSummary) -> Callable[..., None]:
    """Take country-years out of the loaded data as coverage gaps, the report marked partial.

    Behaviour across a gap (rules that answer unknown, claims not covered) is tested on gaps
    made here, so the tests do not depend on which gaps the bundled data happens to have."""
    from tipwatch.tip.models import CoverageGap, Placement, Report
    from tipwatch.tip.models.choices import Coverage

    def remove(*country_years: tuple[str, int]) -> None:
        for iso3, year in country_years:
            placement = Placement.objects.select_related("country", "report").get(
                country__iso3=iso3, report__year=year
            )
            CoverageGap.objects.create(
                report=placement.report, country=placement.country, reason="removed by the test"
            )
            placement.delete()
            Report.objects.filter(pk=placement.report.pk).update(coverage=Coverage.PARTIAL)

    return remove


def _clear_local_cache() -> None:
    # Only the in-process cache: a test pointed at a shared Redis must never flush it.
    if isinstance(caches["default"], LocMemCache):
        caches["default"].clear()
    response_cache.local_entries.clear()
    # The fragments' copies are keyed on versions that repeat across tests too.
    process_copies.local_copies.clear()


@pytest.fixture
def local_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """The response cache's per-process copies switched on, as in production."""
    monkeypatch.setattr(response_cache, "local_entries", response_cache.LocalEntries(1 << 23))


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    """Each test starts with an empty cache: cached responses are keyed by the data version,
    which can repeat across tests (each starts from the same database)."""
    _clear_local_cache()
    yield
    _clear_local_cache()
