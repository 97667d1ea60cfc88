"""Mount the API at `/api/v1/`, with JSON errors for unknown addresses and other methods."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponsePermanentRedirect
from django.urls import Resolver404, URLPattern, URLResolver, include, path, resolve

from .api import api, error_response

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")


def _read_only(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Answer only GET and HEAD (and OPTIONS for CORS), with the API's error format."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method == "OPTIONS":
            response: HttpResponseBase = HttpResponse(status=204)
            response["Allow"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
        elif request.method not in ALLOWED_METHODS:
            response = error_response(
                request,
                405,
                "method_not_allowed",
                f"the API is read-only: {request.method} is not allowed, use GET",
                allowed=["GET", "HEAD"],
            )
            response["Allow"] = "GET, HEAD, OPTIONS"
        else:
            if request.method == "HEAD":
                request.method = "GET"
                response = view(request, *args, **kwargs)
                request.method = "HEAD"
            else:
                response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
        return response

    wrapper.csrf_exempt = True  # type: ignore[attr-defined]
    return wrapper


def _wrapped(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    result: list[URLPattern | URLResolver] = []
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            result.append(
                URLPattern(
                    pattern.pattern,
                    _read_only(pattern.callback),
                    pattern.default_args,
                    pattern.name,
                )
            )
        else:
            result.append(pattern)
    return result


def unknown_endpoint(request: HttpRequest, rest: str) -> HttpResponseBase:
    """A JSON 404 for any other address under /api/v1/; redirects a missing or extra slash."""
    candidate = rest[:-1] if rest.endswith("/") else f"{rest}/"
    try:
        match = resolve(f"/api/v1/{candidate}")
    except Resolver404:
        match = None
    if match is not None and match.url_name != "unknown-endpoint":
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            f"/api/v1/{candidate}" + (f"?{query}" if query else "")
        )
    return error_response(
        request,
        404,
        "not_found",
        f"no API endpoint at /api/v1/{rest}: see /api/v1/docs",
        allowed=[
            "countries/",
            "countries/{iso3}",
            "groups/",
            "groups/{slug}",
            "reports/",
            "reports/{year}",
            "placements",
            "statistics",
            "changes",
            "openapi.json",
            "docs",
        ],
    )


_patterns, _app_name, _namespace = api.urls

urlpatterns = [
    path("", include((_wrapped(_patterns), _app_name), namespace=_namespace)),
    path("<path:rest>", _read_only(unknown_endpoint), name="unknown-endpoint"),
]
