"""Reports by year, read once per data version (tipwatch/tip/services/report_index.py)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.tip.factories import GroupFactory, ReportFactory
from tipwatch.tip.models import Coverage, Group, GroupKind, Report
from tipwatch.tip.services.report_index import (
    groups_in_order,
    latest_report,
    report_for_year,
    reports_by_year,
)

pytestmark = pytest.mark.django_db


def test_every_report_by_year() -> None:
    ReportFactory(year=2015)
    ReportFactory(year=2016)
    assert sorted(reports_by_year()) == [2015, 2016]
    assert report_for_year(2015) is not None
    assert report_for_year(1999) is None


def test_a_second_read_reads_only_the_data_version() -> None:
    ReportFactory(year=2015)
    reports_by_year()
    with CaptureQueriesContext(connection) as queries:
        report_for_year(2015)
    assert len(queries) == 1
    assert '"tip_report"' not in queries.captured_queries[0]["sql"]


def test_a_new_report_shows_at_once() -> None:
    ReportFactory(year=2015)
    reports_by_year()
    ReportFactory(year=2020)  # saving a report changes the data version
    assert report_for_year(2020) is not None


def test_groups_by_kind_then_name_and_a_new_one_shows_at_once() -> None:
    GroupFactory(slug="b", name="B", kind=GroupKind.REGION)
    GroupFactory(slug="a", name="A", kind=GroupKind.REGION)
    first = [group.slug for group in groups_in_order()]
    assert first == [g.slug for g in Group.objects.order_by("kind", "name")]
    GroupFactory(slug="c", name="C", kind=GroupKind.REGION)  # saving a group bumps the version
    assert "c" in [group.slug for group in groups_in_order()]


def test_the_latest_report_is_the_latest_complete_one_else_the_latest() -> None:
    assert latest_report() is None
    ReportFactory(year=2015)
    partial = ReportFactory(year=2016, coverage=Coverage.PARTIAL)
    assert latest_report() == Report.objects.latest_complete()
    Report.objects.filter(year=2015).delete()
    assert latest_report() == partial


def test_a_process_keeps_its_own_copy_and_the_shared_cache_serves_the_others() -> None:
    from django.core.cache import cache

    from tipwatch.core.process_copies import local_copies

    ReportFactory(year=2015)
    first = reports_by_year()
    cache.clear()  # another host's view of it: only this process's copy is left
    assert reports_by_year()[2015] is first[2015]
    local_copies.clear()  # a fresh worker: read again, then kept in the shared cache too
    again = reports_by_year()
    assert again[2015] is not first[2015]
    local_copies.clear()
    assert reports_by_year()[2015] == again[2015]
