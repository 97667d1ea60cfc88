"""The world map by tier: shapes from the committed `data/world-map.json`, drawn as inline SVG.

The shapes were built once by `scripts/build_world_map.py` from the npm package `world-atlas`
(Natural Earth); see `data/README.md`. Nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.utils import translation
from django.utils.translation import gettext

from tipwatch.tip.models import Country, CoverageGap, Placement, Report
from tipwatch.tip.names import ENGLISH, collation_key, country_name
from tipwatch.tip.services.reading import tier_label

from .links import country_url
from .palette import css_class

MAP_FILE = Path(__file__).resolve().parent / "data" / "world-map.json"
MARKER_RADIUS = 3.2


@functools.cache
def atlas() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class MapCountry:
    iso3: str
    name: str
    tier: str | None
    gap: bool
    path: str
    marker: tuple[float, float] | None
    url: str

    # Worked out once per country: the map's shapes and its table show each several times
    # (about 200 countries), and each is a translation lookup. A map is built per request, in
    # the request's language, so the answers cannot cross languages.
    @functools.cached_property
    def css(self) -> str:
        return css_class(self.tier, gap=self.gap)

    @functools.cached_property
    def status(self) -> str:
        if self.tier:
            return tier_label(self.tier)
        return gettext("missing from our data") if self.gap else gettext("not rated")

    @functools.cached_property
    def label(self) -> str:
        return gettext("%(country)s: %(status)s") % {"country": self.name, "status": self.status}


@dataclass(frozen=True)
class WorldMap:
    report: Report
    width: float
    height: float
    countries: list[MapCountry]
    other_land: list[dict[str, str]]
    marker_radius: float = MARKER_RADIUS

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:g} {self.height:g}"

    @property
    def table(self) -> list[MapCountry]:
        """Every country we hold, by name: the map's text alternative."""
        if translation.get_language() == ENGLISH:
            return sorted(self.countries, key=lambda c: c.name)
        return sorted(self.countries, key=lambda c: collation_key(c.name))

    def counts(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for country in self.countries:
            totals[country.css] = totals.get(country.css, 0) + 1
        return totals


def world_map(report: Report) -> WorldMap:
    """The map for one report: 3 queries (countries, that year's placements, its gaps)."""
    shapes: dict[str, Any] = atlas()["countries"]
    tiers = dict(Placement.objects.filter(report=report).values_list("country__iso3", "tier"))
    gaps = set(CoverageGap.objects.filter(report=report).values_list("country__iso3", flat=True))
    drawn: list[MapCountry] = []
    known: set[str] = set()
    for country in Country.objects.order_by("name").only("iso3", "name", "name_es"):
        iso3 = country.iso3
        shape = shapes.get(iso3)
        if shape is None:
            continue
        known.add(iso3)
        marker = tuple(shape["centroid"]) if shape["marker"] else None
        drawn.append(
            MapCountry(
                iso3=iso3,
                name=country_name(country),
                tier=tiers.get(iso3),
                gap=iso3 in gaps,
                path=shape["d"],
                marker=marker,
                url=country_url(iso3),
            )
        )
    # Big shapes first, so that the small entities' markers are drawn on top.
    drawn.sort(key=lambda c: (c.marker is not None, c.name))
    other = [
        {"name": shape["name"], "path": shape["d"]}
        for iso3, shape in sorted(shapes.items())
        if iso3 not in known and shape["d"]
    ] + list_other_land()
    return WorldMap(report, atlas()["width"], atlas()["height"], drawn, other)


def list_other_land() -> list[dict[str, str]]:
    return [{"name": item["name"], "path": item["d"]} for item in atlas()["other_land"]]
