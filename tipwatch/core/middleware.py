"""Refuse malformed input once, for the whole site, before any view or query sees it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation

from .input_checks import (
    parameter_problem_in_query,
    problem_in_form_text,
    problem_in_path,
    problem_in_urlencoded_form,
)

API_PREFIX = "/api/"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _wsgi_bytes(value: object) -> bytes:
    # WSGI hands over the raw bytes of the query string decoded as Latin-1.
    return str(value or "").encode("latin-1", "replace")


@dataclass(frozen=True)
class MalformedInput:
    message: str
    field: str | None = None  # the query parameter at fault


def find_malformed_input(request: HttpRequest) -> MalformedInput | None:
    """What is wrong with the request's address, query string or form, or None."""
    problem = problem_in_path(request.path_info)
    if problem:
        return MalformedInput(problem)
    found = parameter_problem_in_query(_wsgi_bytes(request.META.get("QUERY_STRING")))
    if found:
        return MalformedInput(found[1], found[0])
    if request.method != "POST":
        return None
    content_type = request.content_type or ""
    if content_type == "application/x-www-form-urlencoded":
        form_problem = problem_in_urlencoded_form(request.body)
        return MalformedInput(form_problem) if form_problem else None
    if content_type == "multipart/form-data":
        for name, values in request.POST.lists():
            for value in values:
                form_problem = problem_in_form_text(name, value)
                if form_problem:
                    return MalformedInput(form_problem)
    return None


def wants_json(request: HttpRequest) -> bool:
    """The API and the JSON downloads answer errors in the API's JSON error shape."""
    return request.path.startswith(API_PREFIX) or request.path.endswith(".json")


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
        message = f"This request cannot be read: {problem.message}."
        if wants_json(request):
            error: dict[str, object] = {"status": 400, "code": "malformed_input"}
            error["message"] = message
            if problem.field is not None:
                error["field"] = problem.field
            return JsonResponse({"error": error}, status=400)
        # The checks name the problem in English, for the API and the logs; a page in another
        # language says only, in its own words, that the request cannot be read.
        english = translation.get_language() == settings.LANGUAGE_CODE
        return render(request, "400.html", {"problem": message if english else ""}, status=400)
