"""The public, read-only JSON API (`/api/v1/`), built with django-ninja.

Each resource has its own router (`endpoints/`). Every endpoint reads through the tip app's read
module (`tip.services.reading`) and its one filter layer (`tip.filters`), as the explorer
pages and the downloads do, so the three agree. Lists are paginated by ninja's `@paginate`;
responses are serialised by the schemas in `schemas`. Responses carry an ETag and
Last-Modified derived from the data version and are cached until the data changes; errors all
have one shape, `{"error": {"status", "code", "message", "field", "allowed"}}`.
"""

from __future__ import annotations

import logging

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from tipwatch.tip.filters.params import InvalidParameterError, invalid_from_errors

from .docs import LocalSwagger
from .endpoints import changes, countries, groups, narratives, placements, reports, statistics
from .errors import error_response

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
    docs=LocalSwagger(),
    openapi_url="/openapi.json",
)

api.add_router("/countries/", countries.router)
api.add_router("/groups/", groups.router)
api.add_router("/reports/", reports.router)
api.add_router("/placements", placements.router)
api.add_router("/statistics", statistics.router)
api.add_router("/narratives", narratives.router)
api.add_router("/changes", changes.router)


@api.exception_handler(InvalidParameterError)
def _invalid_parameter(request: HttpRequest, exc: InvalidParameterError) -> HttpResponse:
    return api.create_response(request, exc.as_dict(), status=exc.status)


@api.exception_handler(ValidationError)
def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    error = invalid_from_errors(list(exc.errors))
    return api.create_response(request, error.as_dict(), status=400)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, 404, "not_found", str(exc) or "not found")


@api.exception_handler(Exception)
def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error on %s", request.get_full_path())
    return error_response(request, 500, "server_error", "the server could not answer this request")
