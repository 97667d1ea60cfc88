"""Column layout detection from text rectangles (pure geometry, no PDF library).

A page is two-column when some vertical strip inside the middle third of the page
is crossed by (almost) no text rectangle while real text lies on both sides of it.
Rectangles that do cross the strip (running heads, centred page numbers, headings
set across both columns) split the page into horizontal bands that are read
full-width; between them the left column is read before the right one.

Coordinates are PDF canvas units: ``(left, bottom, right, top)``, y grows upwards.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]
Region = tuple[float, float, float, float]

MIN_GUTTER = 4.0  # points
MIN_COLUMN_RECTS = 2
MAX_SPANNING_SHARE = 0.35
FURNITURE_ZONE = 0.12  # share of the page height at the top and bottom
FURNITURE_GAP = 2.0  # in median line heights (a blank line between paragraphs is ~1.5)


def _furniture(rects: Sequence[Rect], y0: float, y1: float) -> set[int]:
    """Indexes of running heads/feet: rectangles near the top or bottom edge that are
    set apart from the text above or below them (a page number under the left column
    must not be read as the column's last line).

    The gap is measured across the whole width: a column's last line always has a
    neighbour in the other column at about the same height, a page number does not.
    """
    if len(rects) < 3:
        return set()
    heights = sorted(r[3] - r[1] for r in rects)
    min_gap = FURNITURE_GAP * max(heights[len(heights) // 2], 1.0)
    zone = (y1 - y0) * FURNITURE_ZONE
    bottoms = sorted(r[1] for r in rects)
    tops = sorted(r[3] for r in rects)
    found: set[int] = set()
    for index, (_left, bottom, _right, top) in enumerate(rects):
        if top < y0 + zone:
            # Nearest text above: the lowest bottom edge at or above this top edge,
            # skipping this rectangle's own bottom.
            i = bisect_left(bottoms, top - 0.1)
            above = [b for b in bottoms[i : i + 2] if b != bottom] if i < len(bottoms) else []
            if not above or above[0] - top >= min_gap:
                found.add(index)
        elif bottom > y1 - zone:
            i = bisect_right(tops, bottom + 0.1)
            below = [t for t in tops[max(0, i - 2) : i] if t != top]
            if not below or bottom - below[-1] >= min_gap:
                found.add(index)
    return found


def _gutter(rects: Sequence[Rect], x0: float, x1: float) -> tuple[float, float, int] | None:
    """The widest strip in the middle third crossed by the fewest rectangles."""
    third = (x1 - x0) / 3.0
    lo, hi = x0 + third, x1 - third
    events: list[tuple[float, int]] = []
    for left, _bottom, right, _top in rects:
        a, z = max(left, lo), min(right, hi)
        if z > a:
            events.append((a, 1))
            events.append((z, -1))
    events.sort()
    best: tuple[int, float, float, float] | None = None  # (count, -width, start, end)
    count = 0
    x = lo
    for pos, delta in [*events, (hi, 0)]:
        if pos > x:
            candidate = (count, -(pos - x), x, pos)
            if best is None or candidate < best:
                best = candidate
            x = pos
        count += delta
    if best is None:
        return None
    crossing, neg_width, start, end = best
    if -neg_width < MIN_GUTTER:
        return None
    return start, end, crossing


def _merge_bands(spanning: list[Rect], column_rects: list[Rect]) -> list[tuple[float, float]]:
    """Vertical extents (bottom, top) of full-width bands, top first, merged when no
    column text lies between them."""
    bands: list[tuple[float, float]] = []
    for _l, bottom, _r, top in sorted(spanning, key=lambda r: -r[3]):
        if bands and top >= bands[-1][0] - 0.5:
            prev_bottom, prev_top = bands[-1]
            bands[-1] = (min(prev_bottom, bottom), max(prev_top, top))
        else:
            bands.append((bottom, top))
    if len(bands) < 2:
        return bands
    centres = sorted((r[1] + r[3]) / 2.0 for r in column_rects)
    merged = [bands[0]]
    for bottom, top in bands[1:]:
        prev_bottom, prev_top = merged[-1]
        between = any(top < c < prev_bottom for c in centres)
        if between:
            merged.append((bottom, top))
        else:
            merged[-1] = (min(prev_bottom, bottom), max(prev_top, top))
    return merged


@dataclass(frozen=True, slots=True)
class PagePlan:
    """How to read a two-column page.

    ``regions``: bounded text queries in reading order. ``stream_in_order``: the
    page's own text order (PDFium's ``get_text_range``) already follows those
    regions, so the cheaper whole-page extraction can be used instead.
    """

    regions: list[Region]
    stream_in_order: bool


def plan_regions(rects: Sequence[Rect], page_box: Rect) -> list[Region] | None:
    """Reading-order regions for a two-column page, or None for a one-column page."""
    plan = plan_page(rects, page_box)
    return None if plan is None else plan.regions


def plan_page(rects: Sequence[Rect], page_box: Rect) -> PagePlan | None:
    """Plan a two-column page, or return None for a one-column page.

    ``rects`` are PDFium's text rectangles in text (stream) order; ``page_box`` is the
    page's ``(left, bottom, right, top)``. Each region is ``(left, bottom, right, top)``
    for a bounded text query; column areas give two regions (left column, then right
    column), bands give one.
    """
    if len(rects) < 2 * MIN_COLUMN_RECTS:
        return None
    x0, y0, x1, y1 = page_box
    gutter = _gutter(rects, x0, x1)
    if gutter is None:
        return None
    start, end, _crossing = gutter
    gx = (start + end) / 2.0
    furniture = _furniture(rects, y0, y1)
    # Per rectangle: 0 left column, 1 right column, 2 band (spanning or furniture).
    kinds: list[int] = []
    left_count = right_count = spanning_count = 0
    for index, (left, _bottom, right, _top) in enumerate(rects):
        if index in furniture:
            kinds.append(2)
        elif right <= gx:
            kinds.append(0)
            left_count += 1
        elif left >= gx:
            kinds.append(1)
            right_count += 1
        else:
            kinds.append(2)
            spanning_count += 1
    if left_count < MIN_COLUMN_RECTS or right_count < MIN_COLUMN_RECTS:
        return None
    if spanning_count > MAX_SPANNING_SHARE * len(rects):
        return None
    left_rects = [r for r, kind in zip(rects, kinds, strict=True) if kind == 0]
    right_rects = [r for r, kind in zip(rects, kinds, strict=True) if kind == 1]
    # The two columns must sit side by side, not one above the other.
    left_lo, left_hi = min(r[1] for r in left_rects), max(r[3] for r in left_rects)
    right_lo, right_hi = min(r[1] for r in right_rects), max(r[3] for r in right_rects)
    if min(left_hi, right_hi) <= max(left_lo, right_lo):
        return None

    column_rects = left_rects + right_rects
    bands = _merge_bands(
        [r for r, kind in zip(rects, kinds, strict=True) if kind == 2], column_rects
    )
    page_top = max(y1, max(r[3] for r in rects)) + 1.0
    page_bottom = min(y0, min(r[1] for r in rects)) - 1.0
    page_left = min(x0, min(r[0] for r in rects)) - 1.0
    page_right = max(x1, max(r[2] for r in rects)) + 1.0

    # Area (between bands) or band of every rectangle; reading order key per rectangle.
    areas: list[list[Rect]] = [[] for _ in range(len(bands) + 1)]
    keys: list[tuple[int, int]] = []
    for rect, kind in zip(rects, kinds, strict=True):
        centre = (rect[1] + rect[3]) / 2.0
        index = 0
        if kind == 2:
            while index < len(bands) - 1 and centre < bands[index][0]:
                index += 1
            keys.append((2 * index + 1, 0))
            continue
        while index < len(bands) and centre < bands[index][0]:
            index += 1
        areas[index].append(rect)
        keys.append((2 * index, kind))

    cuts: list[tuple[float, float]] = []  # per band: (top cut, bottom cut)
    for index, (bottom, top) in enumerate(bands):
        above, below = areas[index], areas[index + 1]
        top_cut = (top + min(r[1] for r in above)) / 2.0 if above else page_top
        bottom_cut = (bottom + max(r[3] for r in below)) / 2.0 if below else page_bottom
        cuts.append((top_cut, bottom_cut))

    # A rectangle straddling a cut would be read twice: give up on columns then.
    cut_lines = [y for pair in cuts for y in pair]
    for rect in rects:
        for y in cut_lines:
            if rect[1] < y < rect[3]:
                return None

    regions: list[Region] = []
    area_top = page_top
    for index in range(len(bands) + 1):
        area_bottom = cuts[index][0] if index < len(bands) else page_bottom
        if areas[index]:
            regions.append((page_left, area_bottom, gx, area_top))
            regions.append((gx, area_bottom, page_right, area_top))
        if index < len(bands):
            top_cut, bottom_cut = cuts[index]
            regions.append((page_left, bottom_cut, page_right, top_cut))
            area_top = bottom_cut
    return PagePlan(regions, _stream_in_order(keys, furniture))


def _stream_in_order(keys: list[tuple[int, int]], furniture: set[int]) -> bool:
    """Whether the text order already is the reading order.

    Running heads and feet may come first or last in the stream (they land at the
    top or bottom of the page text, where furniture removal looks for them), but not
    in the middle; all other text must follow the regions' order.
    """
    count = len(keys)
    start = 0
    while start < count and start in furniture:
        start += 1
    end = count
    while end > start and end - 1 in furniture:
        end -= 1
    body = [keys[i] for i in range(start, end)]
    if any(i in furniture for i in range(start, end)):
        return False
    return all(a <= b for a, b in itertools.pairwise(body))
