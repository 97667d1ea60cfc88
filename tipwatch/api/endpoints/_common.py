"""What every endpoint shares: the response cache, the error responses, the strict names."""

from collections.abc import Iterable

from django.http import HttpRequest
from ninja import Schema
from ninja.decorators import decorate_view

from tipwatch.tip.filters.params import PAGE_PARAMETERS, check_known, parameter_names
from tipwatch.tip.response_cache import cached

from ..schemas import ErrorOut

ERRORS = {400: ErrorOut, 404: ErrorOut}
api_cache = decorate_view(cached("api", per_visitor=False))


def reject_unknown(
    request: HttpRequest,
    *schemas: type[Schema],
    names: Iterable[str] = (),
    filters_only: bool = False,
) -> None:
    """A 400 for any query parameter the endpoint does not take (a typo is not ignored).

    `filters_only`: the error lists the filters alone (as the placements downloads do), and
    the page parameters are left to the paginator.
    """
    known = [name for schema in schemas for name in parameter_names(schema)]
    if filters_only:
        check_known([n for n in request.GET if n not in PAGE_PARAMETERS], [*known, *names])
    else:
        check_known(request.GET, [*known, *names, *PAGE_PARAMETERS])
