from __future__ import annotations

from tipwatch.ingest.parsing.columns import Rect, plan_page, plan_regions

PAGE: Rect = (0.0, 0.0, 612.0, 792.0)


def _column_lines(x0: float, x1: float, top: float, count: int, pitch: float = 11.0) -> list[Rect]:
    return [(x0, top - i * pitch - 8.8, x1, top - i * pitch) for i in range(count)]


def _two_columns() -> list[Rect]:
    return _column_lines(50, 290, 720, 50) + _column_lines(318, 560, 720, 50)


def test_single_column_page_has_no_plan() -> None:
    assert plan_regions(_column_lines(50, 560, 720, 50), PAGE) is None


def test_ragged_single_column_page_has_no_plan() -> None:
    rects = [(50.0, 700 - i * 11.0, 560.0 if i % 3 else 180.0, 708.8 - i * 11.0) for i in range(50)]
    assert plan_regions(rects, PAGE) is None


def test_two_columns_read_left_then_right() -> None:
    plan = plan_regions(_two_columns(), PAGE)
    assert plan is not None
    assert len(plan) == 2
    left, right = plan
    assert left[2] <= 318
    assert left[2] >= 290
    assert right[0] == left[2]


def test_running_head_and_page_number_become_bands() -> None:
    head: Rect = (220.0, 750.0, 390.0, 758.0)
    folio: Rect = (50.0, 35.0, 64.0, 41.0)  # a page number under the left column
    plan = plan_regions([head, *_two_columns(), folio], PAGE)
    assert plan is not None
    assert len(plan) == 4  # head band, left column, right column, foot band
    head_band, left, right, foot_band = plan
    assert head_band[1] > 720
    assert head_band[0] < 50
    assert head_band[2] > 560
    assert left[3] == head_band[1]
    assert right[3] == head_band[1]
    assert foot_band[3] == left[1]
    assert foot_band[3] < 175
    assert foot_band[3] > 41


def test_heading_across_both_columns_splits_the_page() -> None:
    top = _column_lines(50, 290, 720, 20) + _column_lines(318, 560, 720, 20)
    spanning: Rect = (100.0, 480.0, 500.0, 492.0)
    bottom = _column_lines(50, 290, 470, 20) + _column_lines(318, 560, 470, 20)
    plan = plan_regions([*top, spanning, *bottom], PAGE)
    assert plan is not None
    assert len(plan) == 5
    assert plan[2][0] < 50
    assert plan[2][2] > 560
    assert plan[0][1] == plan[2][3]
    assert plan[3][3] == plan[2][1]


def test_text_only_on_one_side_is_not_two_columns() -> None:
    assert plan_regions(_column_lines(50, 290, 720, 50), PAGE) is None


def test_blank_line_before_last_row_is_not_taken_for_a_foot() -> None:
    rects = _column_lines(50, 290, 720, 55) + _column_lines(318, 560, 720, 55)
    # Both columns end with a line after a blank row (last full row: top 126), close to
    # the bottom edge: the gap above them is a paragraph break, not a page margin.
    rects += [(50.0, 95.2, 250.0, 104.0), (318.0, 95.2, 380.0, 104.0)]
    plan = plan_regions(rects, PAGE)
    assert plan is not None
    assert len(plan) == 2


def test_stream_order_decides_between_fast_and_bounded_reading() -> None:
    head: Rect = (220.0, 750.0, 390.0, 758.0)
    folio: Rect = (50.0, 35.0, 64.0, 41.0)
    left = _column_lines(50, 290, 720, 50)
    right = _column_lines(318, 560, 720, 50)
    interleaved = [rect for pair in zip(left, right, strict=True) for rect in pair]
    cases = [
        ([head, *left, *right, folio], True),
        ([folio, head, *left, *right], True),  # furniture first in the stream is fine
        ([head, *left, folio, *right], False),  # ... but not in the middle
        ([head, *right, *left, folio], False),
        ([head, *interleaved, folio], False),
    ]
    for rects, in_order in cases:
        plan = plan_page(rects, PAGE)
        assert plan is not None
        assert plan.stream_in_order is in_order
        assert len(plan.regions) == 4
