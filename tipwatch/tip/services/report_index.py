"""Every report by year, and every group, read once per data version rather than once per
mention.

Articles cite reports by year (the news source block); each citation used to read its report.
The reports change only with the data, so the index is kept in the cache under the data
version the request has already read (`versioning.data_state_for`). The explorer's pages
and the API resolve the year and group a visitor asked for from the same indexes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.cache import cache

from ..models import Coverage, Group, Report
from ..versioning import data_state, data_state_for

if TYPE_CHECKING:
    from django.http import HttpRequest

CACHE_SECONDS = 600


def reports_by_year(request: HttpRequest | None = None) -> dict[int, Report]:
    state = data_state_for(request) if request is not None else data_state()
    key = f"tipwatch:reports-by-year:{state.token}"
    reports: dict[int, Report] | None = cache.get(key)
    if reports is None:
        reports = {report.year: report for report in Report.objects.all()}
        cache.set(key, reports, CACHE_SECONDS)
    return reports


def latest_report(request: HttpRequest | None = None) -> Report | None:
    """The latest report the data covers completely, else the latest report, else None
    (`Report.objects.latest_complete()` or the newest)."""
    reports = reports_by_year(request)
    complete = [year for year, report in reports.items() if report.coverage == Coverage.COMPLETE]
    if complete:
        return reports[max(complete)]
    return reports[max(reports)] if reports else None


def groups_in_order(request: HttpRequest | None = None) -> list[Group]:
    """Every group by kind then name, as the group choosers list them; read once per data
    version (groups are TIP data: saving one bumps the version)."""
    state = data_state_for(request) if request is not None else data_state()
    key = f"tipwatch:groups-in-order:{state.token}"
    groups: list[Group] | None = cache.get(key)
    if groups is None:
        groups = list(Group.objects.order_by("kind", "name"))
        cache.set(key, groups, CACHE_SECONDS)
    return groups


def report_for_year(year: int, request: HttpRequest | None = None) -> Report | None:
    """The report of that year, or None when the data holds none."""
    return reports_by_year(request).get(year)


def previous_report(year: int, request: HttpRequest | None = None) -> Report | None:
    """The latest report before that year, or None."""
    earlier = [y for y in reports_by_year(request) if y < year]
    return reports_by_year(request)[max(earlier)] if earlier else None


def next_report(year: int, request: HttpRequest | None = None) -> Report | None:
    """The earliest report after that year, or None."""
    later = [y for y in reports_by_year(request) if y > year]
    return reports_by_year(request)[min(later)] if later else None
