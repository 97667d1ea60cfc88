"""Every report by year, and every group, read once per data version rather than once per
mention.

Articles cite reports by year (the news source block); each citation used to read its report.
The reports change only with the data, so the index is kept in the cache under the data
version the request has already read (`versioning.data_state_for`). The explorer's pages
and the API resolve the year and group a visitor asked for from the same indexes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from tipwatch.core.process_copies import keep, read

from ..models import Coverage, Group, Report
from ..versioning import data_state, data_state_for

if TYPE_CHECKING:
    from django.http import HttpRequest

T = TypeVar("T")


def kept_per_data_version(request: HttpRequest | None, name: str, build: Callable[[], T]) -> T:
    """What `build` returns, kept in the cache under the data version, in this process too
    (`core.process_copies`), and on the request: a page asks for the reports or groups more
    than once (its year and group choosers, the year and group it resolves), and each read
    from the shared cache is a round trip and an unpickling of model instances (a third of
    the comparison page's time when it is missing from the response cache)."""
    state = data_state_for(request) if request is not None else data_state()
    key = f"tipwatch:{name}:{state.token}"
    memo: dict[str, Any] = getattr(request, "_tipwatch_indexes", {})
    if key in memo:
        return cast(T, memo[key])
    value: T | None = read(key)
    if value is None:
        value = build()
        keep(key, value)
    if request is not None:
        request._tipwatch_indexes = {**memo, key: value}  # type: ignore[attr-defined]
    return value


def reports_by_year(request: HttpRequest | None = None) -> dict[int, Report]:
    return kept_per_data_version(
        request,
        "reports-by-year",
        lambda: {report.year: report for report in Report.objects.all()},
    )


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
    return kept_per_data_version(
        request, "groups-in-order", lambda: list(Group.objects.order_by("kind", "name"))
    )


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
