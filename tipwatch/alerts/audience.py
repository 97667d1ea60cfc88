"""Who hears about a change set: active members who want alerts and follow a touched country,
directly or through a group. Each hears only about their own countries."""

from __future__ import annotations

from collections import defaultdict

from tipwatch.members.models import Member, MemberState
from tipwatch.tip.services.group_members import groups_holding

from .models import ChangeSet


def recipients(change_set: ChangeSet) -> dict[int, list[int]]:
    """Member id -> ids of the entries they hear about (in entry order). A few queries for any
    number of members: the follow tables are read with the touched countries as the filter."""
    entry_by_country = dict(change_set.entries.values_list("country_id", "pk"))
    if not entry_by_country:
        return {}
    wanted = {"member__state": MemberState.ACTIVE, "member__alerts_opt_in": True}
    countries_of: dict[int, set[int]] = defaultdict(set)
    followed = Member.followed_countries.through.objects.filter(
        country_id__in=list(entry_by_country), **wanted
    ).values_list("member_id", "country_id")
    for member_id, country_id in followed:
        countries_of[member_id].add(country_id)
    groups = groups_holding(entry_by_country)
    if groups:
        by_group = Member.followed_groups.through.objects.filter(
            group_id__in=list(groups), **wanted
        ).values_list("member_id", "group_id")
        for member_id, group_id in by_group:
            countries_of[member_id] |= groups[group_id]
    return {
        member_id: sorted(entry_by_country[c] for c in countries)
        for member_id, countries in countries_of.items()
    }
