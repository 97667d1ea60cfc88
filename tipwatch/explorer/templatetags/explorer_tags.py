"""Template filters for tier colours on the explorer pages (names: `tip_names`)."""

from __future__ import annotations

from django import template

from tipwatch.explorer.palette import css_class

register = template.Library()


@register.filter
def tier_css(tier: str | None) -> str:
    """The CSS class of a tier's colour swatch (`t1`, `t2wl`, `tnr` for no placement...)."""
    return css_class(tier or None)
