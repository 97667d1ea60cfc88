"""Several countries' histories at once, in two queries.

`tip.services.history.country_history` reads one country (two queries). A briefing needs every
member of a group, so this builds the same `CountryHistory` objects, with the same rules engine
calls, from one query for the placements and one for the coverage gaps.
(Candidate for `tip/services/history.py` as `country_histories`.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tipwatch.tip.models import Country, CoverageGap, Placement
from tipwatch.tip.rules import Tier, annotate, flags_for
from tipwatch.tip.services.history import CountryHistory, HistoryRow


def country_histories(countries: Iterable[Country]) -> dict[str, CountryHistory]:
    """Each country's `CountryHistory`, keyed by ISO3 code."""
    by_id = {country.pk: country for country in countries}
    placements: dict[int, list[Placement]] = defaultdict(list)
    rows = (
        Placement.objects.filter(country_id__in=by_id)
        .select_related("report")
        .order_by("report__year")
    )
    for placement in rows:
        placement.country = by_id[placement.country_id]
        placements[placement.country_id].append(placement)
    unknown: dict[int, list[int]] = defaultdict(list)
    gaps = CoverageGap.objects.filter(country_id__in=by_id).values_list(
        "country_id", "report__year"
    )
    for country_id, year in gaps:
        unknown[country_id].append(year)

    result: dict[str, CountryHistory] = {}
    for pk, country in by_id.items():
        own = placements[pk]
        unknown_years = sorted(unknown[pk])
        tiers = {placement.report.year: Tier(placement.tier) for placement in own}
        entries = annotate(tiers, unknown_years=unknown_years)
        history_rows = [HistoryRow(p, e) for p, e in zip(own, entries, strict=True)]
        result[country.iso3] = CountryHistory(
            country, history_rows, flags_for(tiers, unknown_years=unknown_years), unknown_years
        )
    return result


def tiers_of(history: CountryHistory) -> dict[int, Tier]:
    """The year -> tier mapping the rules engine reads."""
    return {row.placement.report.year: Tier(row.placement.tier) for row in history.rows}
