"""The public, read-only JSON API (`/api/v1/`), built with django-ninja.

Every endpoint reads through the tip app's QuerySets and services and the explorer's shared
helpers, so the API, the pages and the downloads agree. Responses carry an ETag and
Last-Modified derived from the data version and are cached until the data changes; errors
all have one shape, `{"error": {"status", "code", "message", "field", "allowed"}}`.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from ninja import NinjaAPI, Query
from ninja.decorators import decorate_view
from ninja.errors import ValidationError

from tipwatch.explorer.caching import cached
from tipwatch.explorer.params import (
    InvalidParameterError,
    PlacementFilters,
    check_known,
    parse_country,
    parse_group,
    parse_int,
    parse_region,
    parse_year,
)
from tipwatch.explorer.queries import (
    all_countries_scope,
    changes_between,
    latest_placements,
    placement_row,
    tier_counts_by_year,
    tier_label,
    with_provenance,
)
from tipwatch.tip.models import (
    Country,
    CoverageGap,
    Group,
    Metric,
    Placement,
    Report,
    Statistic,
)
from tipwatch.tip.rules import TIER_MEANINGS, Change, Tier
from tipwatch.tip.services.comparison import TIER_ORDER, Scope, compare
from tipwatch.tip.services.history import country_history

from . import schemas
from .pagination import DEFAULT_LIMIT, MAX_LIMIT, page_links

logger = logging.getLogger(__name__)

DESCRIPTION = """
Read-only access to tipwatch's data on the US State Department's Trafficking in Persons (TIP)
Report: every country's tier in each report since 2001, with the source of each placement,
country histories annotated by the TVPA Watch List rule, report summaries and changes between
two report years.

**Tiers** are `1`, `2`, `2WL` (Tier 2 Watch List), `3` and `special_case`; a country with no
placement in a year was not rated (or is a known gap in our data: see `reports/{year}`).

**Lists** are paginated with `limit` (default 100, at most 1000) and `offset`; each page gives
the total `count` and the `next` and `previous` page URLs.

**Caching:** responses carry `ETag` and `Last-Modified`; send `If-None-Match` or
`If-Modified-Since` to get `304 Not Modified` while the data has not changed.

**Errors** always look like
`{"error": {"status": 400, "code": "invalid_filter", "message": "...", "field": "tier",
"allowed": ["1", "2", "2WL", "3", "special_case"]}}`: 400 for a bad parameter value or an
unknown parameter, 404 for an unknown country, group or report year or an unknown address,
405 for a method other than GET or HEAD.

The same placements are available as CSV, JSON and XLSX under `/downloads/`.
"""

api = NinjaAPI(
    title="tipwatch TIP Report API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)

ERRORS = {400: schemas.ErrorOut, 404: schemas.ErrorOut}
FILTER_FIELDS = {
    "year",
    "country",
    "group",
    "region",
    "tier",
    "from",
    "to",
    "metric",
    "period_year",
}
api_cache = decorate_view(cached("api", per_visitor=False))


# --- errors ----------------------------------------------------------------------------------


def error_response(
    request: HttpRequest, status: int, code: str, message: str, **extra: Any
) -> HttpResponse:
    error: dict[str, Any] = {"status": status, "code": code, "message": message}
    error.update({key: value for key, value in extra.items() if value is not None})
    return api.create_response(request, {"error": error}, status=status)


@api.exception_handler(InvalidParameterError)
def _invalid_parameter(request: HttpRequest, exc: InvalidParameterError) -> HttpResponse:
    return api.create_response(request, exc.as_dict(), status=exc.status)


@api.exception_handler(ValidationError)
def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    first = exc.errors[0] if exc.errors else {}
    location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path")]
    field = location[-1] if location else None
    message = first.get("msg", "invalid value")
    value = first.get("input")
    shown = f" {value!r}" if isinstance(value, str | int) else ""
    code = "invalid_filter" if field in FILTER_FIELDS else "invalid_parameter"
    return error_response(
        request,
        400,
        code,
        f"{field or 'parameter'}{shown}: {message[0].lower() + message[1:] if message else ''}",
        field=field,
    )


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, 404, "not_found", str(exc) or "not found")


@api.exception_handler(Exception)
def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error on %s", request.get_full_path())
    return error_response(request, 500, "server_error", "the server could not answer this request")


# --- helpers ---------------------------------------------------------------------------------


def _absolute(request: HttpRequest, name: str, **kwargs: Any) -> str:
    return request.build_absolute_uri(reverse(name, kwargs=kwargs or None))


def _strict(request: HttpRequest, *names: str) -> None:
    check_known(request.GET, (*names, "limit", "offset"))


# --- countries -------------------------------------------------------------------------------


@api.get(
    "/countries/",
    response={200: schemas.CountryPage, **ERRORS},
    url_name="countries",
    summary="All countries, with their current tier",
    tags=["countries"],
)
@api_cache
def list_countries(
    request: HttpRequest,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    _strict(request)
    countries = Country.objects.order_by("name").prefetch_related("bureau_assignments")
    total = countries.count()
    latest = latest_placements()
    results = []
    for country in countries[offset : offset + limit]:
        placement = latest.get(country.pk)
        results.append(
            {
                "iso3": country.iso3,
                "name": country.name,
                "name_es": country.name_es,
                "entity_type": country.entity_type,
                "bureau": country.current_bureau,
                "current_tier": placement.tier if placement else None,
                "current_tier_label": tier_label(placement.tier if placement else None),
                "current_report_year": placement.report.year if placement else None,
                "url": _absolute(request, "api:country", iso3=country.iso3),
                "profile_url": _absolute(request, "explorer:country", iso3=country.iso3),
            }
        )
    return {**page_links(request, total, limit, offset), "results": results}


@api.get(
    "/countries/{iso3}",
    response={200: schemas.CountryDetail, **ERRORS},
    url_name="country",
    summary="One country: its history annotated by the rules engine, flags, groups, bureau",
    tags=["countries"],
)
@api_cache
def get_country(request: HttpRequest, iso3: str) -> dict[str, Any]:
    _strict(request)
    found = parse_country(iso3, "iso3", status=404)
    assert found is not None
    country = (
        Country.objects.filter(pk=found.pk)
        .prefetch_related(
            "aliases",
            "bureau_assignments",
            Prefetch("groups", queryset=Group.objects.order_by("kind", "name")),
        )
        .get()
    )
    history = country_history(country)
    data = history.as_dict()
    latest = history.latest
    current = None
    if latest is not None:
        tier = Tier(latest.placement.tier)
        current = {
            "report_year": latest.placement.report.year,
            "tier": tier.value,
            "tier_label": tier.label,
            "meaning": TIER_MEANINGS[tier].summary,
            "statute": TIER_MEANINGS[tier].statute,
        }
    return {
        "iso3": country.iso3,
        "name": country.name,
        "name_es": country.name_es,
        "entity_type": country.entity_type,
        "aliases": data["aliases"],
        "bureau": data["current_region"],
        "bureau_history": [
            {
                "bureau": span.bureau,
                "first_report_year": span.first_report_year,
                "last_report_year": span.last_report_year,
                "basis": span.basis,
            }
            for span in sorted(country.bureau_assignments.all(), key=lambda s: s.first_report_year)
        ],
        "groups": [{"slug": g.slug, "name": g.name, "kind": g.kind} for g in country.groups.all()],
        "current": current,
        "placements": data["placements"],
        "years_missing_from_data": data["years_missing_from_data"],
        "rule_flags": data["rule_flags"],
        "profile_url": _absolute(request, "explorer:country", iso3=country.iso3),
    }


# --- groups ----------------------------------------------------------------------------------


@api.get(
    "/groups/",
    response={200: schemas.GroupPage, **ERRORS},
    url_name="groups",
    summary="The named groups of countries (regions, bureaus...)",
    tags=["groups"],
)
@api_cache
def list_groups(
    request: HttpRequest,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    _strict(request)
    groups = Group.objects.order_by("kind", "name").annotate(member_count=Count("members"))
    total = groups.count()
    results = [
        {
            "slug": group.slug,
            "name": group.name,
            "kind": group.kind,
            "description": group.description,
            "member_count": group.member_count,
            "url": _absolute(request, "api:group", slug=group.slug),
        }
        for group in groups[offset : offset + limit]
    ]
    return {**page_links(request, total, limit, offset), "results": results}


@api.get(
    "/groups/{slug}",
    response={200: schemas.GroupDetail, **ERRORS},
    url_name="group",
    summary="One group: its members and its tier counts in every report",
    tags=["groups"],
)
@api_cache
def get_group(request: HttpRequest, slug: str) -> dict[str, Any]:
    _strict(request)
    group = parse_group(slug, "slug", status=404)
    assert group is not None
    members = list(group.members.order_by("name"))
    counts = tier_counts_by_year(Placement.objects.in_group(group.slug))
    reports = {r.year: r for r in Report.objects.all()}
    gaps: dict[int, int] = {}
    for year in CoverageGap.objects.filter(country__in=members).values_list(
        "report__year", flat=True
    ):
        gaps[year] = gaps.get(year, 0) + 1
    return {
        "slug": group.slug,
        "name": group.name,
        "kind": group.kind,
        "description": group.description,
        "members": [{"iso3": c.iso3, "name": c.name} for c in members],
        "tier_counts_by_year": [
            {
                "report_year": year,
                "partial_year": reports[year].is_partial if year in reports else False,
                "counts": values,
                "missing_from_data": gaps.get(year, 0),
            }
            for year, values in counts.items()
        ],
        "compare_url": request.build_absolute_uri(
            reverse("explorer:compare") + f"?group={group.slug}"
        ),
    }


# --- reports ---------------------------------------------------------------------------------


def _report_summary(
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
        "url": _absolute(request, "api:report", year=report.year),
    }


@api.get(
    "/reports/",
    response={200: schemas.ReportPage, **ERRORS},
    url_name="reports",
    summary="Every report with its tier counts and coverage",
    tags=["reports"],
)
@api_cache
def list_reports(
    request: HttpRequest,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    _strict(request)
    reports = Report.objects.order_by("year").annotate(gap_count=Count("coverage_gaps"))
    total = reports.count()
    counts = tier_counts_by_year(Placement.objects.all())
    results = [
        _report_summary(
            request,
            report,
            counts.get(report.year, dict.fromkeys(TIER_ORDER, 0)),
            report.gap_count,  # type: ignore[attr-defined]
        )
        for report in reports[offset : offset + limit]
    ]
    return {**page_links(request, total, limit, offset), "results": results}


def _move(move: Any) -> dict[str, Any]:
    return {
        "iso3": move.country.iso3,
        "country": move.country.name,
        "from_tier": move.previous_tier,
        "to_tier": move.tier,
        "change": str(move.change),
    }


@api.get(
    "/reports/{year}",
    response={200: schemas.ReportDetail, **ERRORS},
    url_name="report",
    summary="One report: counts per tier, countries per tier, movers, coverage and gaps",
    tags=["reports"],
)
@api_cache
def get_report(request: HttpRequest, year: int) -> dict[str, Any]:
    _strict(request)
    report = parse_year(year, status=404)
    assert report is not None
    comparison = compare(report, all_countries_scope())
    gaps = list(CoverageGap.objects.filter(report=report).select_related("country"))
    moves = comparison.moves()
    counts = comparison.counts()
    return {
        **_report_summary(request, report, counts, len(gaps)),
        "coverage_note": report.coverage_note,
        "period_start": report.period_start,
        "period_end": report.period_end,
        "previous_year": comparison.previous_report.year if comparison.previous_report else None,
        "gaps": [
            {"iso3": g.country.iso3, "country": g.country.name, "reason": g.reason} for g in gaps
        ],
        "tiers": {
            tier: [{"iso3": c.iso3, "name": c.name} for c in comparison.countries_at(tier)]
            for tier in TIER_ORDER
        },
        "upgrades": [_move(m) for m in moves if m.change == Change.UP],
        "downgrades": [_move(m) for m in moves if m.change == Change.DOWN],
        "other_moves": [_move(m) for m in moves if m.change not in (Change.UP, Change.DOWN)],
        "page_url": _absolute(request, "explorer:report", year=report.year),
    }


# --- placements ------------------------------------------------------------------------------


@api.get(
    "/placements",
    response={200: schemas.PlacementPage, **ERRORS},
    url_name="placements",
    summary="Placements with their provenance, filtered",
    description="Filters combine: `year` (report year), `country` (ISO3), `group` (slug), "
    "`region` (bureau as it stood in each report year: AF, EAP, EUR, NEA, SCA, WHA), `tier` "
    "(1, 2, 2WL, 3, special_case). Ordered by report year, then country name.",
    tags=["placements"],
)
@api_cache
def list_placements(
    request: HttpRequest,
    year: int | None = None,
    country: str | None = None,
    group: str | None = None,
    region: str | None = None,
    tier: str | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    params = {k: v for k, v in request.GET.items() if k not in ("limit", "offset")}
    filters = PlacementFilters.from_params(params)
    placements = filters.apply()
    total = placements.count()
    rows = [placement_row(p) for p in with_provenance(placements)[offset : offset + limit]]
    return {**page_links(request, total, limit, offset), "results": rows}


# --- statistics ------------------------------------------------------------------------------


@api.get(
    "/statistics",
    response={200: schemas.StatisticPage, **ERRORS},
    url_name="statistics",
    summary="Figures the reports give (investigations, prosecutions, convictions, victims)",
    description="Filters combine: `country` (ISO3), `year` (report year), `metric`, "
    "`period_year` (the year a figure covers). Each row carries its quote, page and source.",
    tags=["statistics"],
)
@api_cache
def list_statistics(
    request: HttpRequest,
    country: str | None = None,
    year: int | None = None,
    metric: str | None = None,
    period_year: int | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    _strict(request, "country", "year", "metric", "period_year")
    figures = Statistic.objects.select_related("country", "report").order_by(
        "country__name", "metric", "period_year", "report__year"
    )
    found = parse_country(country)
    if found is not None:
        figures = figures.filter(country=found)
    report = parse_year(year)
    if report is not None:
        figures = figures.filter(report=report)
    if metric:
        if metric not in Metric.values:
            raise InvalidParameterError(
                "metric", f"unknown metric {metric!r}", allowed=list(Metric.values)
            )
        figures = figures.filter(metric=metric)
    period = parse_int(period_year, "period_year")
    if period is not None:
        figures = figures.filter(period_year=period)
    total = figures.count()
    results = [
        {
            "iso3": f.country.iso3,
            "country": f.country.name,
            "report_year": f.report.year,
            "metric": f.metric,
            "metric_label": f.get_metric_display(),
            "value": f.value,
            "qualifier": f.qualifier or None,
            "period_year": f.period_year,
            "quote": f.quote,
            "page": f.page,
            "source_url": f.source_url or None,
        }
        for f in figures[offset : offset + limit]
    ]
    return {**page_links(request, total, limit, offset), "results": results}


# --- changes ---------------------------------------------------------------------------------


@api.get(
    "/changes",
    response={200: schemas.ChangePage, **ERRORS},
    url_name="changes",
    summary="Tier changes between two report years",
    description="`from` and `to` are report years (`from` earlier than `to`); narrow the "
    "countries with `group` (slug) or `region` (bureau in the `to` year). Countries that are "
    "a coverage gap in either year are listed under `missing_from_data`, not as changes.",
    tags=["placements"],
)
@api_cache
def list_changes(
    request: HttpRequest,
    from_year: int = Query(..., alias="from"),
    to_year: int = Query(..., alias="to"),
    group: str | None = None,
    region: str | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    _strict(request, "from", "to", "group", "region")
    start = parse_year(from_year, "from")
    end = parse_year(to_year, "to")
    assert start is not None
    assert end is not None
    if start.year >= end.year:
        raise InvalidParameterError(
            "to", f"'to' ({end.year}) must be later than 'from' ({start.year})"
        )
    found_group = parse_group(group)
    found_region = parse_region(region)
    if found_group is not None and found_region is not None:
        raise InvalidParameterError(
            "region", "choose either a group or a region, not both", code="conflicting_filters"
        )
    if found_group is not None:
        scope, kind = Scope.for_group(found_group), "group"
    elif found_region is not None:
        scope, kind = Scope.for_region(found_region, end.year), "region"
    else:
        scope, kind = all_countries_scope(), "all"
    changes = changes_between(start, end, scope)
    items = [change.as_dict() for change in changes.changes]
    return {
        **page_links(request, len(items), limit, offset),
        "from_year": start.year,
        "to_year": end.year,
        "scope": {"kind": kind, "slug": scope.slug, "name": scope.label},
        "summary": changes.counts(),
        "missing_from_data": [{"iso3": c.iso3, "name": c.name} for c in changes.missing_from_data],
        "results": items[offset : offset + limit],
    }
