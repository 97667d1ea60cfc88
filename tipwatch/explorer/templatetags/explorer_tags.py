"""Template filters for tier colours and country links on the explorer pages (names:
`tip_names`)."""

from __future__ import annotations

from django import template

from tipwatch.explorer.links import country_url as _country_url
from tipwatch.explorer.links import report_url as _report_url
from tipwatch.explorer.palette import css_class

register = template.Library()


@register.filter
def tier_css(tier: str | None) -> str:
    """The CSS class of a tier's colour swatch (`t1`, `t2wl`, `tnr` for no placement...)."""
    return css_class(tier or None)


@register.filter
def country_url(iso3: str) -> str:
    """The country's profile address: `{% url 'explorer:country' iso3 %}` for long lists."""
    return _country_url(iso3)


@register.filter
def report_url(year: int) -> str:
    """The report's address: `{% url 'explorer:report' year=year %}` for long lists."""
    return _report_url(year)
