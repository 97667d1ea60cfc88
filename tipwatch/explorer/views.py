"""The public explorer: map, country profiles, group and region comparison, reports.

Every view is a thin layer over the tip app's read module (`tip.services.reading`) and reads
its query through the one filter layer (`tip.filters`); responses are cached per data version
(`tip.response_cache`) and bad query values give a 400 page that names the parameter and lists
the valid choices.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from tipwatch.pages.privacy import public
from tipwatch.pages.site_settings import home_group_slug
from tipwatch.tip.filters.params import (
    InvalidParameterError,
    ScopeQuery,
    YearQuery,
    check_year,
    read_query,
)
from tipwatch.tip.filters.resolve import report_years, resolve_scope_choice, resolve_year
from tipwatch.tip.models import (
    Bureau,
    Country,
    CoverageGap,
    Group,
    Metric,
    Placement,
    Report,
    Statistic,
)
from tipwatch.tip.names import ENGLISH, choice_label, collation_key, country_name, tier_name
from tipwatch.tip.rules import Tier
from tipwatch.tip.services.country_record import country_with_relations
from tipwatch.tip.services.narratives import country_narratives
from tipwatch.tip.services.reading import (
    CHANGE_LABELS,
    TIER_ORDER,
    MoveSplit,
    Scope,
    compare,
    country_history,
    country_standings,
    coverage_gaps_by_year,
    scope_placements,
    tier_counts_by_year,
    tier_label,
)
from tipwatch.tip.services.report_index import (
    groups_in_order,
    latest_report,
    next_report,
    previous_report,
    reports_by_year,
)
from tipwatch.tip.terms import figure_text, qualifier_label
from tipwatch.tip.tier_text import tier_meaning

from . import charts
from .page_cache import cached_page, kept_data_html
from .palette import css_class, legend
from .worldmap import world_map


def error_summary(error: InvalidParameterError) -> str:
    """What was wrong, in the page's language, from the error's code and field.

    The filters' own messages are written once, in English, for the API as well; a page in
    another language leads with this and gives that message as the detail."""
    if error.code == "not_found":
        return gettext("We hold nothing at this address.")
    if error.code == "unknown_parameter":
        return gettext("The address has a parameter we do not know.")
    if error.code == "conflicting_filters":
        return gettext("Two choices in the address contradict each other.")
    return gettext("The value given for “%(field)s” is not valid.") % {"field": error.field}


def bad_request(
    request: HttpRequest,
    error: InvalidParameterError,
    *,
    message_in_language: bool = False,
    **context: Any,
) -> HttpResponse:
    """The 400 (or 404) page: what was wrong and every valid choice, as links where useful."""
    if error.field == "year" and error.allowed is None:
        error.allowed = report_years()
    summary = ""
    if translation.get_language() != ENGLISH and not message_in_language:
        summary = error_summary(error)
    return render(
        request,
        "explorer/bad_request.html",
        {"error": error, "summary": summary, **context},
        status=error.status,
    )


def default_report(request: HttpRequest) -> Report | None:
    """The latest report our data covers completely, else the latest report."""
    return latest_report(request)


def as_text(number: int) -> str:
    """A year or count as a template shows it, without the per-value cost of number
    localisation (`{{ n }}` of an int). The same text as long as numbers are shown without
    thousand separators (`USE_THOUSAND_SEPARATOR` off, Django's default and ours): a year
    must never read "2,015"."""
    return str(number)


def _tier_rows(counts: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"tier": tier, "label": tier_name(tier), "css": css_class(tier), "count": counts[tier]}
        for tier in TIER_ORDER
    ]


# --- landing and map -------------------------------------------------------------------------


def _map_context(request: HttpRequest, map_id: str) -> dict[str, Any]:
    query = read_query(YearQuery, request.GET)
    report = resolve_year(query.year, request=request) or default_report(request)
    if report is None:
        return {"report": None}
    reports = sorted(reports_by_year(request).values(), key=lambda r: r.year, reverse=True)
    # The map, its legend and its table (some 200 countries, most of an uncached page's time)
    # depend on the data, the year and the language alone.
    world_map_html = kept_data_html(
        request,
        "world-map",
        (report.year, map_id),
        lambda: render_to_string(
            "explorer/includes/world_map.html",
            {"world": world_map(report), "report": report, "legend": legend(), "map_id": map_id},
        ),
    )
    return {
        "report": report,
        "reports": reports,
        "world_map_html": world_map_html,
        "is_default_year": "year" not in request.GET,
    }


@require_safe
@cached_page
def home(request: HttpRequest) -> HttpResponse:
    try:
        context = _map_context(request, "home-map")
    except InvalidParameterError as error:
        return bad_request(request, error, choices_url=reverse("explorer:home"))
    context["groups"] = groups_in_order(request)
    return render(request, "explorer/home.html", context)


@require_safe
@cached_page
def map_view(request: HttpRequest) -> HttpResponse:
    try:
        context = _map_context(request, "world-map")
    except InvalidParameterError as error:
        return bad_request(request, error, choices_url=reverse("explorer:map"))
    return render(request, "explorer/map.html", context)


# --- countries -------------------------------------------------------------------------------


@require_safe
@cached_page
def country_index(request: HttpRequest) -> HttpResponse:
    reports = reports_by_year(request)
    latest_report = reports[max(reports)] if reports else None
    rows = [
        {
            "country": standing.country,
            "name": country_name(standing.country),
            "placement": standing.latest,
            "tier_label": standing.current_tier_label,
            "css": css_class(standing.current_tier),
            "bureau": standing.bureau,
            "outdated": bool(
                standing.latest
                and latest_report
                and standing.latest.report.year < latest_report.year
            ),
        }
        for standing in country_standings()
    ]
    if translation.get_language() != ENGLISH:
        rows.sort(key=lambda row: collation_key(str(row["name"])))
    return render(
        request,
        "explorer/country_index.html",
        {"rows": rows, "latest_report": latest_report},
    )


def _statistics(country: Country) -> dict[str, Any] | None:
    """Figures over time by metric, the latest report's figure winning for a repeated year; a
    hedged figure keeps its words ("at least 774") in the table and on the chart."""
    figures = list(
        Statistic.objects.filter(country=country)
        .select_related("report")
        .order_by("metric", "period_year", "report__year")
    )
    if not figures:
        return None
    series: dict[str, dict[int, int]] = defaultdict(dict)
    sources: dict[tuple[str, int], Statistic] = {}
    qualifiers: dict[tuple[str, int], str] = {}
    for figure in figures:
        label = choice_label(Metric, figure.metric)
        series[label][figure.period_year] = figure.value
        sources[(label, figure.period_year)] = figure
        qualifiers[(label, figure.period_year)] = qualifier_label(figure.qualifier)
    years = sorted({year for values in series.values() for year in values})
    table = [
        {
            "metric": label,
            "cells": [
                {
                    "value": values.get(year),
                    "text": figure_text(values[year], sources[(label, year)].qualifier)
                    if year in values
                    else "",
                    "source": sources.get((label, year)),
                }
                for year in years
            ],
        }
        for label, values in series.items()
    ]
    return {
        "years": years,
        "table": table,
        "chart": charts.statistics_over_time(
            series,
            gettext("%(country)s: figures by year") % {"country": country_name(country)},
            qualifiers,
        ),
    }


def _related_news(country: Country, request: HttpRequest) -> list[Any]:
    from tipwatch.news.models import NewsPage

    # Articles in the page's language, tagged with the country's name in either language.
    names = [country.name, country_name(country), *country.alias_names]
    return list(
        public(NewsPage.objects.live(), request)
        .filter(locale__language_code=translation.get_language(), topics__name__in=names)
        .distinct()
        .order_by("-date")[:5]
    )


def _country_profile(request: HttpRequest, country: Country, name: str) -> dict[str, Any]:
    """What a country's profile shows from the TIP data: its tier in every report with the
    sources, the Watch List rule, the reports' narratives and figures."""
    history = country_history(country)
    reports = sorted(reports_by_year(request).values(), key=lambda r: r.year)
    narratives = country_narratives(country)
    narrative_years = {narrative.report.year: narrative for narrative in narratives}
    by_year = {row.placement.report.year: row for row in history.rows}
    unknown = set(history.unknown_years)
    timeline = []
    for report in reports:
        row = by_year.get(report.year)
        timeline.append(
            {
                "report": report,
                "year": as_text(report.year),
                "row": row,
                "tier_label": tier_label(row.placement.tier if row else None)
                if row or report.year not in unknown
                else gettext("Missing from our data"),
                "css": css_class(row.placement.tier if row else None, gap=report.year in unknown),
                "gap": report.year in unknown,
                "narrative": narrative_years.get(report.year),
                "flags": [flag.render(name) for flag in history.flags_for_year(report.year)],
            }
        )
    latest = history.latest
    current_tier = Tier(latest.placement.tier) if latest else None
    latest_report = reports[-1] if reports else None
    return {
        "country": country,
        "name": name,
        "other_names": [alias for alias in country.alias_names if alias != name],
        "current_tier_name": tier_name(latest.placement.tier) if latest else "",
        "history": history,
        "timeline": timeline,
        "rated_rows": [item for item in timeline if item["row"]],
        "latest": latest,
        "current_tier": current_tier,
        "meaning": tier_meaning(current_tier) if current_tier else None,
        "latest_report": latest_report,
        "latest_is_outdated": bool(
            latest and latest_report and latest.placement.report.year < latest_report.year
        ),
        "flags": [{"flag": flag, "text": flag.render(name)} for flag in reversed(history.flags)],
        "groups": list(country.groups.all()),
        "bureaus": list(country.bureau_assignments.all()),
        "chart": charts.tier_timeline(
            reports,
            {year: row.placement.tier for year, row in by_year.items()},
            gettext("%(country)s: tier in each TIP Report") % {"country": name},
        ),
        "statistics": _statistics(country),
        "narratives": narratives,
        "has_partial_years": any(report.is_partial for report in reports),
    }


@require_safe
@cached_page
def country_detail(request: HttpRequest, iso3: str) -> HttpResponse:
    if iso3 != iso3.upper():
        return HttpResponsePermanentRedirect(reverse("explorer:country", args=[iso3.upper()]))
    country = country_with_relations(iso3, request)
    if country is None:
        error = InvalidParameterError(
            "iso3",
            gettext("We hold no country with the code %(code)r.") % {"code": iso3},
            status=404,
            code="not_found",
        )
        return bad_request(
            request,
            error,
            message_in_language=True,
            countries=Country.objects.order_by("name").only("iso3", "name", "name_es"),
        )
    name = country_name(country)
    profile = kept_data_html(
        request,
        "country",
        (country.iso3,),
        lambda: render_to_string(
            "explorer/includes/country_profile.html",
            _country_profile(request, country, name),
        ),
    )
    context = {
        "country": country,
        "name": name,
        "profile": profile,
        # Called by the template only when its kept fragment of related news is not in the
        # cache (after a publish or a data change): the query and the articles' URLs are
        # otherwise most of what a profile missing from the response cache costs.
        "news": lambda: _related_news(country, request),
    }
    return render(request, "explorer/country_detail.html", context)


# --- comparison ------------------------------------------------------------------------------


def _comparison(
    request: HttpRequest,
    form: dict[str, Any],
    report: Report,
    group: Group | None,
    region: str | None,
) -> dict[str, Any]:
    """What the comparison of a group or region in one report shows from the TIP data: the
    countries per tier, the movers, and the tier counts in every report."""
    reports = form["reports"]
    scope = (
        Scope.for_group(group) if group is not None else Scope.for_region(region or "", report.year)
    )
    comparison = compare(report, scope, request=request)
    counts = comparison.counts()
    series = tier_counts_by_year(scope_placements(scope), years=[r.year for r in reports])
    gaps = coverage_gaps_by_year(scope)
    chronological = list(reversed(reports))
    return {
        "form": form,
        "report": report,
        "group": group,
        "region": region,
        "scope": scope,
        "comparison": comparison,
        "tier_rows": [
            {**row, "countries": comparison.countries_at(row["tier"])} for row in _tier_rows(counts)
        ],
        "rated_total": sum(counts.values()),
        **MoveSplit.of(comparison.moves()).as_context(),
        # Years and counts as text: the template shows them as they are, and an int in a
        # template goes through number localisation on every cell (`as_text`).
        "series_rows": [
            {
                "report": r,
                "year": as_text(r.year),
                "counts": [as_text(series.get(r.year, {}).get(tier, 0)) for tier in TIER_ORDER],
                "gaps": as_text(gaps.get(r.year, 0)),
            }
            for r in chronological
        ],
        "tier_headers": [tier_name(tier) for tier in TIER_ORDER],
        "chart": charts.tier_counts_over_time(
            chronological,
            series,
            gettext("%(scope)s: countries per tier in each report") % {"scope": scope.label},
        ),
    }


def _compare_page(request: HttpRequest, context: dict[str, Any], html: str = "") -> HttpResponse:
    """The compare page around its content: `html` when kept, else rendered from `context`."""
    html = html or render_to_string("explorer/includes/comparison.html", context)
    return render(request, "explorer/compare.html", {**context, "comparison_html": html})


@require_safe
@cached_page
def compare_view(request: HttpRequest) -> HttpResponse:
    reports = sorted(reports_by_year(request).values(), key=lambda r: r.year, reverse=True)
    groups = groups_in_order(request)
    form = {"reports": reports, "groups": groups, "regions": Bureau.choices}
    try:
        query = read_query(ScopeQuery, request.GET)
        report = resolve_year(query.year, request=request) or default_report(request)
        group, region = resolve_scope_choice(query.group, query.region, request)
    except InvalidParameterError as error:
        return bad_request(request, error, form=form, choices_url=reverse("explorer:compare"))
    if report is None:
        return _compare_page(request, {"form": form, "report": None})
    if group is None and region is None:
        home = home_group_slug(request)
        group = next((g for g in groups if g.slug == home), groups[0] if groups else None)
    if group is None and region is None:
        return _compare_page(request, {"form": form, "report": report})
    # The comparison is the same whichever address asks for it (the default year or group
    # left out, the parameters in another order) and outlives a publish.
    html = kept_data_html(
        request,
        "compare",
        (report.year, group.slug if group is not None else "", region or ""),
        lambda: render_to_string(
            "explorer/includes/comparison.html",
            _comparison(request, form, report, group, region),
        ),
    )
    context = {
        "report": report,
        "group": group,
        "scope_label": Scope.label_for(group, region or ""),
    }
    return _compare_page(request, context, html)


# --- reports ---------------------------------------------------------------------------------


@require_safe
@cached_page
def report_index(request: HttpRequest) -> HttpResponse:
    reports = list(
        Report.objects.order_by("-year").annotate(gap_count=Count("coverage_gaps", distinct=True))
    )
    counts = tier_counts_by_year(Placement.objects.all())
    rows = [
        {
            "report": report,
            "counts": [counts[report.year][tier] for tier in TIER_ORDER],
            "total": sum(counts[report.year].values()),
        }
        for report in reports
    ]
    return render(
        request,
        "explorer/report_index.html",
        {"rows": rows, "tier_headers": [tier_name(tier) for tier in TIER_ORDER]},
    )


@require_safe
@cached_page
def report_detail(request: HttpRequest, year: int) -> HttpResponse:
    try:
        report = resolve_year(check_year(year), status=404, request=request)
    except InvalidParameterError as error:
        return bad_request(
            request, error, reports=Report.objects.order_by("-year").only("year", "coverage")
        )
    assert report is not None
    # Everything the page shows of the report is the data's, the year's and the language's.
    report_html = kept_data_html(
        request,
        "report",
        (report.year,),
        lambda: render_to_string(
            "explorer/includes/report_body.html", _report_body(request, report)
        ),
    )
    return render(
        request, "explorer/report_detail.html", {"report": report, "report_html": report_html}
    )


def _report_body(request: HttpRequest, report: Report) -> dict[str, Any]:
    comparison = compare(report, Scope.all_countries(), request=request)
    counts = comparison.counts()
    gaps = list(CoverageGap.objects.filter(report=report).select_related("country"))
    return {
        "report": report,
        "comparison": comparison,
        "tier_rows": [
            {**row, "countries": comparison.countries_at(row["tier"])} for row in _tier_rows(counts)
        ],
        "rated_total": sum(counts.values()),
        "gaps": gaps,
        "previous": previous_report(report.year, request),
        "next": next_report(report.year, request),
        **MoveSplit.of(comparison.moves()).as_context(),
        "change_labels": CHANGE_LABELS,
    }
