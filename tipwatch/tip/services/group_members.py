"""Which groups hold which countries, read in one query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..models import Group


def groups_holding(country_ids: Iterable[int]) -> dict[int, set[int]]:
    """Group id -> the ids among `country_ids` that belong to it."""
    through = Group.members.through
    found: dict[int, set[int]] = defaultdict(set)
    rows = through.objects.filter(country_id__in=list(country_ids)).values_list(
        "group_id", "country_id"
    )
    for group_id, country_id in rows:
        found[group_id].add(country_id)
    return dict(found)
