"""Routers whose paths answer GET and HEAD, and a JSON 405 for every other method.

HEAD is answered by the GET view (as Django's class-based views do), registered as an
operation of its own that the OpenAPI document leaves out; the server drops the body. The API
is read-only, so the other methods get the API's error format rather than ninja's plain-text
405.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Router

from .errors import error_response

OTHER_METHODS = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
ALLOW = "GET, HEAD, OPTIONS"


def method_not_allowed(request: HttpRequest, **kwargs: Any) -> HttpResponse:
    if request.method == "OPTIONS":
        response = HttpResponse(status=204)
    else:
        response = error_response(
            request,
            405,
            "method_not_allowed",
            f"the API is read-only: {request.method} is not allowed, use GET",
            allowed=["GET", "HEAD"],
        )
    response["Allow"] = ALLOW
    return response


class ReadOnlyRouter(Router):
    def add_api_operation(
        self, path: str, methods: list[str], view_func: Callable[..., Any], **kwargs: Any
    ) -> None:
        super().add_api_operation(path, methods, view_func, **kwargs)
        if methods != ["GET"]:
            return
        hidden = {**kwargs, "include_in_schema": False}
        hidden.pop("url_name", None)
        super().add_api_operation(path, ["HEAD"], view_func, **hidden)
        with warnings.catch_warnings():
            # The answer is the same whatever the path's parameters, so it takes none.
            warnings.filterwarnings("ignore", "Field\\(s\\) .* are in the view path")
            super().add_api_operation(
                path, OTHER_METHODS, method_not_allowed, include_in_schema=False
            )
