"""The downloads page and the files it offers."""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from tipwatch.tip.filters import InvalidParameterError, PlacementFilters
from tipwatch.tip.filters.resolve import TIER_VALUES
from tipwatch.tip.models import Bureau, Group, Report
from tipwatch.tip.names import ENGLISH, tier_name
from tipwatch.tip.response_cache import cached
from tipwatch.tip.services.reading import PLACEMENT_COLUMNS, placement_rows

from . import downloads
from .page_cache import cached_page
from .views import bad_request

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# Columns whose allowed values are English words: marked as English on other languages' pages.
ENGLISH_VALUES = {"tier_label"}


def _enum_text(column: str) -> str:
    values = ", ".join(downloads.FIELD_DESCRIPTIONS[column].get("constraints", {}).get("enum", []))
    if column in ENGLISH_VALUES and translation.get_language() != ENGLISH:
        return format_html('<span lang="en">{}</span>', values)
    return values


@require_safe
@cached_page
def downloads_page(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "explorer/downloads.html",
        {
            "reports": Report.objects.order_by("-year"),
            "groups": Group.objects.order_by("kind", "name"),
            "regions": Bureau.choices,
            "tier_choices": [
                (value, label)
                for value, label in zip(
                    TIER_VALUES,
                    [tier_name(value) for value in TIER_VALUES],
                    strict=True,
                )
            ],
            "columns": [
                {
                    **downloads.FIELD_DESCRIPTIONS[name],
                    "name": name,
                    # The files describe themselves in English; the page, in its language.
                    "description": gettext(downloads.FIELD_DESCRIPTIONS[name]["description"]),
                    "enum_text": _enum_text(name),
                }
                for name in PLACEMENT_COLUMNS
            ],
            "citation": downloads.CITATION,
            "licence": downloads.LICENCE_NOTE,
        },
    )


@require_safe
@cached("download", per_visitor=False)
def placements_file(request: HttpRequest, fmt: str) -> HttpResponse:
    try:
        filters = PlacementFilters.from_params(request.GET, request)
    except InvalidParameterError as error:
        if fmt == "json":
            return JsonResponse(error.as_dict(), status=error.status)
        return bad_request(request, error, choices_url=reverse("explorer:downloads"))
    rows = placement_rows(filters.apply(), request)
    name = "tipwatch-placements" + (f"-{filters.slug()}" if filters.slug() else "")
    content: str | bytes
    if fmt == "csv":
        content = downloads.to_csv(rows)
    elif fmt == "json":
        csv_url = request.build_absolute_uri(reverse("explorer:placements-file", args=["csv"]))
        query = request.GET.urlencode()
        content = downloads.to_json(rows, filters, csv_url + (f"?{query}" if query else ""))
    else:
        content = downloads.to_xlsx(rows, filters)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@require_safe
@cached("download", per_visitor=False)
def datapackage(request: HttpRequest) -> HttpResponse:
    def absolute(name: str, *args: str) -> str:
        return request.build_absolute_uri(reverse(name, args=args))

    package = downloads.datapackage(
        csv_url=absolute("explorer:placements-file", "csv"),
        codebook_url=absolute("explorer:codebook"),
        provenance_url=absolute("explorer:provenance"),
        homepage=absolute("explorer:downloads"),
    )
    return HttpResponse(
        json.dumps(package, ensure_ascii=False, indent=1), content_type="application/json"
    )


@require_safe
def codebook(request: HttpRequest) -> HttpResponse:
    text = downloads.CODEBOOK_FILE.read_text(encoding="utf-8")
    return HttpResponse(text, content_type="text/markdown; charset=utf-8")


@require_safe
def provenance(request: HttpRequest) -> HttpResponse:
    text = downloads.PROVENANCE_FILE.read_text(encoding="utf-8")
    return HttpResponse(text, content_type="text/markdown; charset=utf-8")
