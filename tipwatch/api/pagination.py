"""Limit/offset pages with the total count and absolute links to the next and previous pages.

django-ninja's `@paginate` drives it (it reads `limit` and `offset` with the bounds below and
documents them); ninja's own `LimitOffsetPagination` gives no links, which our clients follow.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import PaginationBase

from tipwatch.tip.filters.params import DEFAULT_LIMIT, MAX_LIMIT, Limit, Offset
from tipwatch.tip.services.reading import ChangeSet

from .schemas import CountryRef, ScopeOut


def _link(request: HttpRequest, limit: int, offset: int) -> str:
    query = request.GET.copy()
    query["limit"] = str(limit)
    query["offset"] = str(offset)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


class LinkedPagination(PaginationBase):
    class Input(Schema):
        limit: Limit = Field(DEFAULT_LIMIT, description=f"Results per page, 1 to {MAX_LIMIT}.")
        offset: Offset = Field(0, description="How many results to skip.")

    class Output(Schema):
        count: int = Field(description="Total number of results across all pages.")
        limit: int
        offset: int
        next: str | None = Field(description="URL of the next page, or null.")
        previous: str | None = Field(description="URL of the previous page, or null.")

    items_attribute = "results"

    def paginate_queryset(
        self, queryset: Any, pagination: Input, request: HttpRequest, **params: Any
    ) -> dict[str, Any]:
        limit, offset = pagination.limit, pagination.offset
        total = queryset.count() if isinstance(queryset, QuerySet) else len(queryset)
        following = offset + limit
        return {
            "count": total,
            "limit": limit,
            "offset": offset,
            "next": _link(request, limit, following) if following < total else None,
            "previous": _link(request, limit, max(0, offset - limit)) if offset > 0 else None,
            "results": queryset[offset:following],
        }


class ChangePagination(LinkedPagination):
    """A page of the changes between two reports, with what the whole set says about them."""

    class Output(LinkedPagination.Output):
        from_year: int
        to_year: int
        scope: ScopeOut
        summary: dict[str, int]
        missing_from_data: list[CountryRef]

    def paginate_queryset(
        self,
        queryset: Any,
        pagination: LinkedPagination.Input,
        request: HttpRequest,
        **params: Any,
    ) -> dict[str, Any]:
        changes: ChangeSet = queryset
        page = super().paginate_queryset(changes.changes, pagination, request)
        return {
            **page,
            "from_year": changes.from_report.year,
            "to_year": changes.to_report.year,
            "scope": changes.scope,
            "summary": changes.counts(),
            "missing_from_data": changes.missing_from_data,
        }
