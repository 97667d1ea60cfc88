"""`/groups/`: the named groups of countries, and one group's tier counts in every report."""

from typing import Any

from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from ninja.pagination import paginate

from tipwatch.tip.filters.params import PathText
from tipwatch.tip.filters.resolve import resolve_group
from tipwatch.tip.models import Group, Report
from tipwatch.tip.services.reading import (
    Scope,
    coverage_gaps_by_year,
    scope_placements,
    tier_counts_by_year,
)

from .. import schemas
from ..pagination import LinkedPagination
from ..readonly import ReadOnlyRouter
from ._common import ERRORS, api_cache, reject_unknown

router = ReadOnlyRouter(tags=["groups"])


@router.get(
    "",
    response={200: list[schemas.GroupSummary], **ERRORS},
    url_name="groups",
    summary="The named groups of countries (regions, bureaus...)",
)
@api_cache
@paginate(LinkedPagination)
def list_groups(request: HttpRequest) -> QuerySet[Group]:
    reject_unknown(request)
    return Group.objects.order_by("kind", "name").annotate(member_count=Count("members"))


@router.get(
    "{slug}",
    response={200: schemas.GroupDetail, **ERRORS},
    url_name="group",
    summary="One group: its members and its tier counts in every report",
)
@api_cache
def get_group(request: HttpRequest, slug: PathText) -> dict[str, Any]:
    reject_unknown(request)
    group = resolve_group(slug, "slug", status=404)
    assert group is not None
    scope = Scope.for_group(group)
    counts = tier_counts_by_year(scope_placements(scope))
    partial = {report.year: report.is_partial for report in Report.objects.all()}
    gaps = coverage_gaps_by_year(scope)
    return {
        "slug": group.slug,
        "name": group.name,
        "kind": group.kind,
        "description": group.description,
        "members": scope.countries,
        "tier_counts_by_year": [
            {
                "report_year": year,
                "partial_year": partial.get(year, False),
                "counts": values,
                "missing_from_data": gaps.get(year, 0),
            }
            for year, values in counts.items()
        ],
        "compare_url": request.build_absolute_uri(
            reverse("explorer:compare") + f"?group={group.slug}"
        ),
    }
