"""`/changes`: tier changes between any two report years, in a group, a region or everywhere."""

import functools
import re
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Query
from ninja.decorators import decorate_view
from ninja.pagination import paginate

from tipwatch.tip.filters.params import ChangeQuery, InvalidParameterError
from tipwatch.tip.filters.resolve import resolve_scope_choice, resolve_year
from tipwatch.tip.services.reading import ChangeSet, Scope, changes_between

from .. import schemas
from ..pagination import ChangePagination
from ..readonly import ReadOnlyRouter
from ._common import ERRORS, api_cache, reject_unknown

router = ReadOnlyRouter(tags=["placements"])
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")


def link_feeds(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Point to the feed of the same changes as they are released (a `Link` header, RFC 8288):
    the group's feed when a group is asked for."""

    @functools.wraps(view)
    def with_links(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        group = request.GET.get("group", "")
        if response.status_code == 200 and SLUG.fullmatch(group):
            feed = reverse("alerts:group-feed") + f"?group={group}"
            response["Link"] = f'<{feed}>; rel="alternate"; type="application/atom+xml"'
        return response

    return with_links


@router.get(
    "",
    response={200: list[schemas.ChangeOut], **ERRORS},
    url_name="changes",
    summary="Tier changes between two report years",
    description="`from` and `to` are report years (`from` earlier than `to`); narrow the "
    "countries with `group` (slug) or `region` (bureau in the `to` year). Countries that are "
    "a coverage gap in either year are listed under `missing_from_data`, not as changes. "
    "As changes are released, they are also published as feeds: `/countries/{iso3}/feed/` and "
    "`/compare/feed/?group={slug}` (Atom; add `rss/` for RSS); with `group`, the response's "
    "`Link` header names the group's feed.",
)
@decorate_view(link_feeds)
@api_cache
@paginate(ChangePagination)
def list_changes(request: HttpRequest, query: Query[ChangeQuery]) -> ChangeSet:
    reject_unknown(request, ChangeQuery)
    start = resolve_year(query.from_year, "from")
    end = resolve_year(query.to_year, "to")
    assert start is not None
    assert end is not None
    if start.year >= end.year:
        raise InvalidParameterError(
            "to", f"'to' ({end.year}) must be later than 'from' ({start.year})"
        )
    group, region = resolve_scope_choice(query.group, query.region)
    if group is not None:
        scope = Scope.for_group(group)
    elif region is not None:
        scope = Scope.for_region(region, end.year)
    else:
        scope = Scope.all_countries()
    return changes_between(start, end, scope)
