"""Template filters for the names of tiers, countries and groups in the active language.

The names are read in `tipwatch.tip` (`names.py`, `services/reading.py`); these filters let any
app's templates show them without importing another consumer's tags.
"""

from __future__ import annotations

from django import template

from tipwatch.tip.names import NamedCountry, NamedGroup, country_name, group_name
from tipwatch.tip.services.reading import tier_label

register = template.Library()


@register.filter(name="tier_label")
def tier_label_filter(tier: str | None) -> str:
    return tier_label(tier or None)


@register.filter(name="country_name")
def country_name_filter(country: NamedCountry) -> str:
    return country_name(country)


@register.filter(name="group_name")
def group_name_filter(group: NamedGroup) -> str:
    return group_name(group)
