"""Tier colours for the map, the charts and the legends.

The Okabe-Ito palette, which stays distinguishable with the common forms of colour blindness:
blue for the best tiers, orange to vermillion for the worst, reddish purple for special cases
and grey for no placement. Shapes always carry a dark outline, every legend names each colour,
and every map and chart has a table with the same data.
"""

from __future__ import annotations

from django.utils.translation import gettext

from tipwatch.tip.models import TierChoice
from tipwatch.tip.names import tier_name

TIER_COLOURS: dict[str, str] = {
    TierChoice.TIER_1.value: "#0072B2",
    TierChoice.TIER_2.value: "#56B4E9",
    TierChoice.WATCH_LIST.value: "#E69F00",
    TierChoice.TIER_3.value: "#D55E00",
    TierChoice.SPECIAL_CASE.value: "#CC79A7",
}
NOT_RATED_COLOUR = "#D9D9D9"
NO_DATA_COLOUR = "#FFFFFF"  # drawn with a hatch pattern
OUTLINE_COLOUR = "#3D3D3D"

TIER_CSS: dict[str, str] = {
    TierChoice.TIER_1.value: "t1",
    TierChoice.TIER_2.value: "t2",
    TierChoice.WATCH_LIST.value: "t2wl",
    TierChoice.TIER_3.value: "t3",
    TierChoice.SPECIAL_CASE.value: "tsc",
}


def css_class(tier: str | None, *, gap: bool = False) -> str:
    if tier:
        return TIER_CSS.get(tier, "tnr")
    return "tgap" if gap else "tnr"


def legend() -> list[dict[str, str]]:
    """The legend entries in the active language, best tier first, then special case, not rated
    and no data."""
    items = [
        {
            "key": tier,
            "label": tier_name(tier),
            "colour": TIER_COLOURS[tier],
            "css": TIER_CSS[tier],
        }
        for tier in TIER_COLOURS
    ]
    items.append(
        {"key": "not_rated", "label": tier_name(None), "colour": NOT_RATED_COLOUR, "css": "tnr"}
    )
    items.append(
        {
            "key": "no_data",
            "label": gettext("Assessed, but missing from our data (partial year)"),
            "colour": NO_DATA_COLOUR,
            "css": "tgap",
        }
    )
    return items
