"""Charts are drawn once for each set of inputs and shared through the cache."""

from __future__ import annotations

from typing import Any

import pygal
import pytest

from tipwatch.explorer import charts

SERIES = {"Prosecutions": {2014: 3, 2015: 5}}


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count pygal's real renders."""
    counted: list[int] = []
    real = pygal.Line.render

    def render(self: Any, *args: Any, **kwargs: Any) -> Any:
        counted.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pygal.Line, "render", render)
    return counted


def test_same_inputs_draw_once_and_give_the_same_svg(draws: list[int]) -> None:
    first = charts.statistics_over_time(SERIES, "Peru: figures by year")
    second = charts.statistics_over_time(
        {"Prosecutions": {2015: 5, 2014: 3}}, "Peru: figures by year"
    )

    assert len(draws) == 1
    assert first == second
    assert "<svg" in first


@pytest.mark.parametrize(
    ("series", "title"),
    [
        ({"Prosecutions": {2014: 3, 2015: 6}}, "Peru: figures by year"),
        (SERIES, "Chile: figures by year"),
    ],
)
def test_changed_inputs_draw_again(draws: list[int], series: Any, title: str) -> None:
    charts.statistics_over_time(SERIES, "Peru: figures by year")
    other = charts.statistics_over_time(series, title)

    assert len(draws) == 2
    assert title in other
