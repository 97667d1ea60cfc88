"""Every filter on TIP data: the admin listings' and the public query parameters'.

`params` validates what a visitor sends (names, types, bounds, hostile characters) with the
schemas the API also documents; `resolve` turns the values into reports, countries, groups,
regions and tiers; `admin` holds the Wagtail admin's filter sets (django-filter), which offer
the same choices.
"""

from .admin import CountryFilterSet, PlacementFilterSet
from .params import InvalidParameterError, read_query
from .resolve import PlacementFilters

__all__ = [
    "CountryFilterSet",
    "InvalidParameterError",
    "PlacementFilterSet",
    "PlacementFilters",
    "read_query",
]
