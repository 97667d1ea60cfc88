"""Mount the API at `/api/v1/`, with a JSON 404 (or a slash redirect) for unknown addresses."""

from __future__ import annotations

from functools import cache

from django.http import HttpRequest, HttpResponseBase, HttpResponsePermanentRedirect
from django.urls import Resolver404, path, resolve
from django.views.decorators.csrf import csrf_exempt

from .api import api
from .errors import error_response
from .readonly import method_not_allowed

PREFIX = "/api/v1/"


@cache
def endpoint_names() -> list[str]:
    """The API's addresses as its OpenAPI document lists them, plus the document and docs."""
    paths = api.get_openapi_schema(path_prefix=PREFIX)["paths"]
    return [name.removeprefix(PREFIX) for name in paths] + ["openapi.json", "docs"]


@csrf_exempt  # read-only and cookie-free, like the API's own views
def unknown_endpoint(request: HttpRequest, rest: str) -> HttpResponseBase:
    """A JSON 404 for any other address under /api/v1/; redirects a missing or extra slash."""
    if request.method not in ("GET", "HEAD"):
        return method_not_allowed(request)
    candidate = rest[:-1] if rest.endswith("/") else f"{rest}/"
    try:
        match = resolve(f"{PREFIX}{candidate}")
    except Resolver404:
        match = None
    if match is not None and match.url_name != "unknown-endpoint":
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            f"{PREFIX}{candidate}" + (f"?{query}" if query else "")
        )
    return error_response(
        request,
        404,
        "not_found",
        f"no API endpoint at {PREFIX}{rest}: see {PREFIX}docs",
        allowed=endpoint_names(),
    )


urlpatterns = [
    path("", api.urls),
    path("<path:rest>", unknown_endpoint, name="unknown-endpoint"),
]
