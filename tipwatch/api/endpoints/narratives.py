"""`/narratives`: the report's chapter on a country, section by section, with page numbers."""

from django.http import HttpRequest
from ninja import Query
from ninja.pagination import paginate

from tipwatch.tip.filters.params import NarrativeQuery
from tipwatch.tip.filters.resolve import resolve_country, resolve_year
from tipwatch.tip.models.narrative import NarrativeQuerySet
from tipwatch.tip.services.narratives import narratives

from .. import schemas
from ..pagination import LinkedPagination
from ..readonly import ReadOnlyRouter
from ._common import ERRORS, api_cache, reject_unknown

router = ReadOnlyRouter(tags=["narratives"])


@router.get(
    "",
    response={200: list[schemas.NarrativeOut], **ERRORS},
    url_name="narratives",
    summary="The report's chapter on a country: its sections, pages and tags",
    description="Filters combine: `country` (ISO3), `year` (report year). Each narrative "
    "carries its sections in the report's order with the page each starts on, the forms of "
    "trafficking, sectors and places it names, and its source.",
)
@api_cache
@paginate(LinkedPagination)
def list_narratives(request: HttpRequest, filters: Query[NarrativeQuery]) -> NarrativeQuerySet:
    reject_unknown(request, NarrativeQuery)
    return narratives(resolve_country(filters.country), resolve_year(filters.year))
