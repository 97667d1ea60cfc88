"""The API's one error shape: `{"error": {"status", "code", "message", "field", "allowed"}}`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse


def error_response(
    request: HttpRequest, status: int, code: str, message: str, **extra: Any
) -> HttpResponse:
    error: dict[str, Any] = {"status": status, "code": code, "message": message}
    error.update({key: value for key, value in extra.items() if value is not None})
    return JsonResponse(
        {"error": error}, status=status, content_type="application/json; charset=utf-8"
    )
