"""Template filters for tier colours and labels, and country and group names, on the explorer
pages; names are in the active language."""

from __future__ import annotations

from django import template

from tipwatch.explorer.palette import css_class
from tipwatch.tip.names import NamedCountry, NamedGroup, country_name, group_name
from tipwatch.tip.services.reading import tier_label

register = template.Library()


@register.filter
def tier_css(tier: str | None) -> str:
    """The CSS class of a tier's colour swatch (`t1`, `t2wl`, `tnr` for no placement...)."""
    return css_class(tier or None)


@register.filter(name="tier_label")
def tier_label_filter(tier: str | None) -> str:
    return tier_label(tier or None)


@register.filter(name="country_name")
def country_name_filter(country: NamedCountry) -> str:
    return country_name(country)


@register.filter(name="group_name")
def group_name_filter(group: NamedGroup) -> str:
    return group_name(group)
