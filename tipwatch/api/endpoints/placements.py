"""`/placements`: placements with their provenance, filtered as the downloads are."""

from django.http import HttpRequest
from ninja import Query
from ninja.pagination import paginate

from tipwatch.tip.filters import PlacementFilters
from tipwatch.tip.filters.params import PlacementQuery
from tipwatch.tip.services.reading import LazyRows, PlacementRow, placement_row_query

from .. import schemas
from ..pagination import LinkedPagination
from ..readonly import ReadOnlyRouter
from ._common import ERRORS, api_cache, reject_unknown

router = ReadOnlyRouter(tags=["placements"])


@router.get(
    "",
    response={200: list[schemas.PlacementOut], **ERRORS},
    url_name="placements",
    summary="Placements with their provenance, filtered",
    description="Filters combine: `year` (report year), `country` (ISO3), `group` (slug), "
    "`region` (bureau as it stood in each report year: AF, EAP, EUR, NEA, SCA, WHA), `tier` "
    "(1, 2, 2WL, 3, special_case). Ordered by report year, then country name.",
)
@api_cache
@paginate(LinkedPagination)
def list_placements(request: HttpRequest, filters: Query[PlacementQuery]) -> LazyRows[PlacementRow]:
    reject_unknown(request, PlacementQuery, filters_only=True)
    return placement_row_query(PlacementFilters.from_query(filters, request).apply(), request)
