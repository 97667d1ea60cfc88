"""Refuse malformed input once, for the whole site, before any view or query sees it."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from .input_checks import (
    problem_in_form_text,
    problem_in_path,
    problem_in_query,
    problem_in_urlencoded_form,
)

API_PREFIX = "/api/"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _wsgi_bytes(value: object) -> bytes:
    # WSGI hands over the raw bytes of the address decoded as Latin-1.
    return str(value or "").encode("latin-1", "replace")


def find_malformed_input(request: HttpRequest) -> str | None:
    """What is wrong with the request's address, query string or form, or None."""
    problem = problem_in_path(_wsgi_bytes(request.META.get("PATH_INFO"))) or problem_in_query(
        _wsgi_bytes(request.META.get("QUERY_STRING"))
    )
    if problem or request.method != "POST":
        return problem
    content_type = request.content_type or ""
    if content_type == "application/x-www-form-urlencoded":
        return problem_in_urlencoded_form(request.body)
    if content_type == "multipart/form-data":
        for name, values in request.POST.lists():
            for value in values:
                problem = problem_in_form_text(name, value)
                if problem:
                    return problem
    return None


class RejectMalformedInputMiddleware:
    """400 for a request whose address, query parameters or form fields hold a NUL byte, bytes
    that are not UTF-8 or (outside forms) control characters: the API's JSON error under
    `/api/`, the site's page elsewhere."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = find_malformed_input(request)
        if problem is None:
            return self.get_response(request)
        message = f"This request cannot be read: {problem}."
        if request.path.startswith(API_PREFIX):
            body = {"error": {"status": 400, "code": "malformed_input", "message": message}}
            return JsonResponse(body, status=400)
        return render(request, "400.html", {"problem": message}, status=400)
