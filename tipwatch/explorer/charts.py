"""Charts as inline SVG, drawn on the server with pygal (no JavaScript, nothing from a CDN).

pygal is a pure-Python package from PyPI, installed with the project; its optional tooltip
script, which it would load from a CDN, is switched off (`js=[]`). Every chart is shown with
a table holding the same numbers, which is its text alternative.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pygal
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import pgettext
from pygal.style import Style

from tipwatch.tip.models import Report
from tipwatch.tip.names import tier_name
from tipwatch.tip.services.comparison import TIER_ORDER

from .palette import TIER_COLOURS

# Vertical position of each tier on a timeline: best at the top, special cases below the scale.
TIER_LEVEL = {"1": 4, "2": 3, "2WL": 2, "3": 1, "special_case": 0}


def level_labels() -> list[dict[str, Any]]:
    """The timeline's axis, short enough for the axis, in the active language."""
    return [
        {"label": pgettext("chart axis", "Special case"), "value": 0},
        {"label": tier_name("3"), "value": 1},
        {"label": pgettext("chart axis", "Watch List"), "value": 2},
        {"label": tier_name("2"), "value": 3},
        {"label": tier_name("1"), "value": 4},
    ]


FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


def _style(colours: Sequence[str]) -> Style:
    return Style(
        background="transparent",
        plot_background="#ffffff",
        foreground="#1f1f1f",
        foreground_strong="#1f1f1f",
        foreground_subtle="#c8c8c8",
        opacity="1",
        opacity_hover=".8",
        transition="0s",
        colors=tuple(colours),
        font_family=FONT,
        label_font_family=FONT,
        major_label_font_family=FONT,
        legend_font_family=FONT,
        value_font_family=FONT,
        tooltip_font_family=FONT,
        title_font_family=FONT,
        label_font_size=13,
        major_label_font_size=13,
        legend_font_size=14,
        value_font_size=12,
    )


def _config(**overrides: Any) -> dict[str, Any]:
    config: dict[str, Any] = {
        "js": [],  # no tooltip script from a CDN
        "disable_xml_declaration": True,
        "explicit_size": False,
        "show_legend": True,
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 5,
        "truncate_legend": -1,
        "x_label_rotation": -50,
        "margin": 10,
        "spacing": 12,
        "print_values": False,
        "tooltip_border_radius": 2,
    }
    config.update(overrides)
    return config


def year_label(report: Report) -> str:
    """Axis label for a report year; partial years carry an asterisk explained in the caption."""
    return f"{report.year}*" if report.is_partial else str(report.year)


CHART_CACHE_SECONDS = 24 * 60 * 60


def _inputs(value: Any) -> Any:
    """A stable, comparable form of a chart's inputs (reports by what the chart shows of them)."""
    if isinstance(value, Report):
        return (value.year, value.is_partial)
    if isinstance(value, Mapping):
        return sorted((str(k), _inputs(v)) for k, v in value.items())
    if isinstance(value, (str, int, float, type(None))):
        return value
    return [_inputs(v) for v in value]  # any other sequence: lists, tuples, querysets


def drawn_once(draw: Callable[..., str]) -> Callable[..., str]:
    """Draw a chart once for each set of inputs and share the SVG through the cache.

    pygal takes tens of milliseconds per chart, most of a page's time. The key is a digest of
    everything the chart is drawn from (its inputs, which come from one version of the data,
    the language its labels are in, and pygal's version), so a new version of the data or of
    pygal gives new keys and nothing needs to be invalidated; unchanged charts are shared
    across data versions.
    """

    @functools.wraps(draw)
    def wrapper(*args: Any) -> str:  # positional only: every input is part of the key
        language = translation.get_language()
        raw = repr((draw.__name__, language, pygal.__version__, _inputs(list(args))))
        key = "tipwatch:chart:" + hashlib.sha256(raw.encode()).hexdigest()[:40]
        svg = cache.get(key)
        if svg is None:
            svg = draw(*args)
            cache.set(key, svg, CHART_CACHE_SECONDS)
        return str(svg)

    return wrapper


def _render(chart: Any) -> str:
    svg: str = chart.render(is_unicode=True)
    return svg


@drawn_once
def tier_timeline(reports: Sequence[Report], tiers: Mapping[int, str], title: str) -> str:
    """A country's tier in every report year; years without a placement are gaps in the line."""
    ranked: list[Any] = []
    special: list[Any] = []
    for report in reports:
        tier = tiers.get(report.year)
        if tier is None:
            ranked.append(None)
            special.append(None)
            continue
        point = {
            "value": TIER_LEVEL[tier],
            "color": TIER_COLOURS[tier],
            "label": f"{report.year}: {tier_name(tier)}",
        }
        if tier == "special_case":
            ranked.append(None)
            special.append(point)
        else:
            ranked.append(point)
            special.append(None)
    chart = pygal.Line(
        **_config(
            width=900,
            height=330,
            title=title,
            allow_interruptions=True,
            range=(0, 4),
            y_labels=level_labels(),
            show_y_guides=True,
            dots_size=6,
            stroke_style={"width": 3},
            show_legend=False,
        ),
        style=_style(["#3D3D3D", TIER_COLOURS["special_case"]]),
    )
    chart.x_labels = [year_label(report) for report in reports]
    chart.add(pgettext("chart series", "Tier"), ranked)
    chart.add(pgettext("chart series", "Special case"), special, stroke=False)
    return _render(chart)


@drawn_once
def tier_counts_over_time(
    reports: Sequence[Report], counts: Mapping[int, Mapping[str, int]], title: str
) -> str:
    """Stacked bars: how many countries sat in each tier, per report year."""
    chart = pygal.StackedBar(
        **_config(width=900, height=420, title=title, min_scale=4),
        style=_style([TIER_COLOURS[tier] for tier in TIER_ORDER]),
    )
    chart.x_labels = [year_label(report) for report in reports]
    for tier in TIER_ORDER:
        chart.add(
            tier_name(tier),
            [counts.get(report.year, {}).get(tier, 0) or None for report in reports],
        )
    return _render(chart)


STAT_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#3D3D3D"]


@drawn_once
def statistics_over_time(
    series: Mapping[str, Mapping[int, int]],
    title: str,
    qualifiers: Mapping[tuple[str, int], str] | None = None,
) -> str:
    """One line per metric (investigations, prosecutions...), by the year the figure covers.

    Each point is labelled with its figure, and a figure the report hedges keeps its words
    ("at least 774"): `qualifiers` maps (series label, year) to them. Year labels are short, so
    they are not slanted, and the legend has one row per two series and room of its own below
    the plot (slanted labels pushed pygal's legend out of the drawing).
    """
    qualifiers = qualifiers or {}
    years = sorted({year for values in series.values() for year in values})
    legend_rows = -(-len(series) // 2)
    chart = pygal.Line(
        **_config(
            width=900,
            height=330 + 28 * legend_rows,
            title=title,
            allow_interruptions=True,
            dots_size=4,
            x_label_rotation=0,
            legend_at_bottom_columns=2,
            print_values=True,
            # Room for the last year's labels ("at least 774") and the legend rows.
            margin_right=90,
            margin_bottom=10 + 28 * legend_rows,
        ),
        style=_style(STAT_COLOURS),
    )
    chart.x_labels = [str(year) for year in years]
    for label, values in series.items():
        points: list[Any] = []
        for year in years:
            value = values.get(year)
            words = qualifiers.get((label, year), "")
            if value is None:
                points.append(None)
            else:
                text = f"{words} {value}" if words else str(value)
                points.append({"value": value, "label": text, "formatter": _fixed(text)})
        chart.add(label, points)
    return _render(chart)


def _fixed(text: str) -> Any:
    return lambda value: text
