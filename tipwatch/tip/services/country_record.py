"""A country with what its profile shows beside the placements (other names, bureau history,
groups), read once per data version instead of on every profile request.

Countries, their aliases, bureau assignments and group memberships are TIP data: a change to
any of them bumps the data version (`tip/signals.py`), so the record is kept in the cache under
the version the request has already read (`versioning.data_state_for`). Not in the process's
own copies as well (`core.process_copies`), unlike the reports and groups: there is one record
per country, and a worker that served every profile held about 2 MB more of them, against its
memory budget (docs/performance.md), for 0.3 ms a profile missing from the response cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db.models import Prefetch

from ..models import Country, Group
from ..versioning import data_state_for

if TYPE_CHECKING:
    from django.http import HttpRequest

CACHE_SECONDS = 600


def country_with_relations(iso3: str, request: HttpRequest) -> Country | None:
    """The country with that ISO3 code, its aliases, bureau assignments and groups (by kind,
    then name) loaded; None when there is none. Only countries that exist are kept, so
    made-up codes cannot fill the cache."""
    key = f"tipwatch:country-record:{data_state_for(request).token}:{iso3}"
    country: Country | None = cache.get(key)
    if country is None:
        country = (
            Country.objects.filter(iso3=iso3)
            .prefetch_related(
                "aliases",
                "bureau_assignments",
                Prefetch("groups", queryset=Group.objects.order_by("kind", "name")),
            )
            .first()
        )
        if country is not None:
            cache.set(key, country, CACHE_SECONDS)
    return country
