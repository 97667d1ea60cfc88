"""`/statistics`: the figures the reports give, each with its quote, page and source."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query
from ninja.pagination import paginate

from tipwatch.tip.filters.params import StatisticQuery
from tipwatch.tip.filters.resolve import resolve_country, resolve_metric, resolve_year
from tipwatch.tip.models import Statistic

from .. import schemas
from ..pagination import LinkedPagination
from ..readonly import ReadOnlyRouter
from ._common import ERRORS, api_cache, reject_unknown

router = ReadOnlyRouter(tags=["statistics"])


@router.get(
    "",
    response={200: list[schemas.StatisticOut], **ERRORS},
    url_name="statistics",
    summary="Figures the reports give (investigations, prosecutions, convictions, victims)",
    description="Filters combine: `country` (ISO3), `year` (report year), `metric`, "
    "`period_year` (the year a figure covers). Each row carries its quote, page and source.",
)
@api_cache
@paginate(LinkedPagination)
def list_statistics(request: HttpRequest, filters: Query[StatisticQuery]) -> QuerySet[Statistic]:
    reject_unknown(request, StatisticQuery)
    figures = Statistic.objects.select_related("country", "report").order_by(
        "country__name", "metric", "period_year", "report__year"
    )
    country = resolve_country(filters.country)
    if country is not None:
        figures = figures.filter(country=country)
    report = resolve_year(filters.year)
    if report is not None:
        figures = figures.filter(report=report)
    metric = resolve_metric(filters.metric)
    if metric is not None:
        figures = figures.filter(metric=metric)
    if filters.period_year is not None:
        figures = figures.filter(period_year=filters.period_year)
    return figures
