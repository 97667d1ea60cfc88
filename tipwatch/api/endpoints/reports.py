"""`/reports/`: every report with its tier counts and coverage, and one report in full."""

from typing import Any

from django.db.models import Count
from django.http import HttpRequest
from django.urls import reverse
from ninja.pagination import paginate

from tipwatch.tip.filters.params import RequiredYear
from tipwatch.tip.filters.resolve import resolve_year
from tipwatch.tip.models import CoverageGap, Placement, Report
from tipwatch.tip.names import SPANISH, country_name
from tipwatch.tip.services.reading import (
    TIER_ORDER,
    MoveSplit,
    Scope,
    compare,
    tier_counts_by_year,
)

from .. import schemas
from ..pagination import LinkedPagination
from ..readonly import ReadOnlyRouter
from ._common import ERRORS, api_cache, reject_unknown

router = ReadOnlyRouter(tags=["reports"])


def _summary(
    request: HttpRequest, report: Report, counts: dict[str, int], gaps: int
) -> dict[str, Any]:
    return {
        "year": report.year,
        "title": str(report),
        "publication_date": report.publication_date,
        "source_url": report.source_url or None,
        "countries_assessed": report.countries_assessed,
        "coverage": report.coverage,
        "partial": report.is_partial,
        "rated": sum(counts.values()),
        "counts": counts,
        "coverage_gaps": gaps,
        "url": request.build_absolute_uri(reverse("api:report", kwargs={"year": report.year})),
    }


class _ReportSummaries:
    """The reports as summaries, counted and sliced in the database, counts read once."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request
        self.reports = Report.objects.order_by("year").annotate(gap_count=Count("coverage_gaps"))

    def __len__(self) -> int:
        return self.reports.count()

    def __getitem__(self, page: slice) -> list[dict[str, Any]]:
        counts = tier_counts_by_year(Placement.objects.all())
        return [
            _summary(
                self.request,
                report,
                counts.get(report.year, dict.fromkeys(TIER_ORDER, 0)),
                report.gap_count,  # type: ignore[attr-defined]
            )
            for report in self.reports[page]
        ]


@router.get(
    "",
    response={200: list[schemas.ReportSummary], **ERRORS},
    url_name="reports",
    summary="Every report with its tier counts and coverage",
)
@api_cache
@paginate(LinkedPagination)
def list_reports(request: HttpRequest) -> _ReportSummaries:
    reject_unknown(request)
    return _ReportSummaries(request)


@router.get(
    "{year}",
    response={200: schemas.ReportDetail, **ERRORS},
    url_name="report",
    summary="One report: counts per tier, countries per tier, movers, coverage and gaps",
)
@api_cache
def get_report(request: HttpRequest, year: RequiredYear) -> dict[str, Any]:
    reject_unknown(request)
    report = resolve_year(year, status=404)
    assert report is not None
    comparison = compare(report, Scope.all_countries())
    gaps = list(CoverageGap.objects.filter(report=report).select_related("country"))
    counts = comparison.counts()
    moves = MoveSplit.of(comparison.moves())
    return {
        **_summary(request, report, counts, len(gaps)),
        "coverage_note": report.coverage_note,
        "period_start": report.period_start,
        "period_end": report.period_end,
        "previous_year": comparison.previous_report.year if comparison.previous_report else None,
        "gaps": [
            {
                "iso3": g.country.iso3,
                "country": g.country.name,
                "country_es": country_name(g.country, SPANISH),
                "reason": g.reason,
            }
            for g in gaps
        ],
        "tiers": {tier: comparison.countries_at(tier) for tier in TIER_ORDER},
        "upgrades": moves.upgrades,
        "downgrades": moves.downgrades,
        "other_moves": moves.other_moves,
        "page_url": request.build_absolute_uri(
            reverse("explorer:report", kwargs={"year": report.year})
        ),
    }
