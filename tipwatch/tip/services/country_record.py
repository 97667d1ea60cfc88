"""A country with what its profile shows beside the placements (other names, bureau history,
groups), read once per data version instead of on every profile request.

Countries, their aliases, bureau assignments and group memberships are TIP data: a change to
any of them bumps the data version (`tip/signals.py`), so the record is kept in the cache under
the version the request has already read (`versioning.data_state_for`), and in this process
too (`core.process_copies`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Prefetch

from tipwatch.core.process_copies import keep, read

from ..models import Country, Group
from ..versioning import data_state_for

if TYPE_CHECKING:
    from django.http import HttpRequest


def country_with_relations(iso3: str, request: HttpRequest) -> Country | None:
    """The country with that ISO3 code, its aliases, bureau assignments and groups (by kind,
    then name) loaded; None when there is none. Only countries that exist are kept, so
    made-up codes cannot fill the cache."""
    key = f"tipwatch:country-record:{data_state_for(request).token}:{iso3}"
    country: Country | None = read(key)
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
            keep(key, country)
    return country
