"""Limit/offset pagination: the total count and absolute links to the next and previous pages."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def _link(request: HttpRequest, limit: int, offset: int) -> str:
    query = request.GET.copy()
    query["limit"] = str(limit)
    query["offset"] = str(offset)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def page_links(request: HttpRequest, total: int, limit: int, offset: int) -> dict[str, Any]:
    following = offset + limit
    return {
        "count": total,
        "limit": limit,
        "offset": offset,
        "next": _link(request, limit, following) if following < total else None,
        "previous": _link(request, limit, max(0, offset - limit)) if offset > 0 else None,
    }
