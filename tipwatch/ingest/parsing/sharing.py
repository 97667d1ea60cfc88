"""Sharing the CPU-bound part of one parse with a second core.

Once a long report is read and cut into narratives, each narrative is read for its figures,
tags and tier on its own, and that is most of the parse (0.8 s of its 1 s of CPU for a report
of 500 pages); by then the page readers have finished and the other cores are idle.
`split_map` does the second part of such a list in a forked child while this process does the
first, and returns the results in order.

The child (`tipwatch.forked`) is forked only when that is safe and worth it: this process runs
one thread, more than one core is ours to use, and the list is long (a short one costs less than
the fork).

The result never depends on the child, only the time does: if it dies (killed, out of
memory), raises, or sends anything this process cannot read, this process does that part
itself, so an error in the work is raised here exactly as it would be without the child.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeVar

from tipwatch.forked import Child, can_fork

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items the fork (a few milliseconds with Django loaded) is not worth it.
MIN_ITEMS = 40


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_share() -> bool:
    return can_fork() and usable_cores() > 1


def split_map(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    weight: Callable[[Item], int] = lambda item: 1,
    *,
    share: bool | None = None,
) -> list[Result]:
    """``[work(item) for item in items]``, the later items' share done in a forked child.

    ``weight`` estimates each item's cost (say, its length), so that the two parts take about
    as long. ``share`` None decides by the rules above; True or False forces the choice (tests).
    """
    if share is None:
        share = len(items) >= MIN_ITEMS and can_share()
    if not share or len(items) < 2:
        return [work(item) for item in items]
    middle = _middle(items, weight)
    first, second = items[:middle], items[middle:]
    child = Child(lambda: [work(item) for item in second])
    try:
        done_here = [work(item) for item in first]
    except BaseException:
        child.end()
        raise
    try:
        done_there = child.result()
    except Exception:  # it died, raised or sent garbage: its part is done here, errors and all
        done_there = [work(item) for item in second]
    if len(done_there) != len(second):
        done_there = [work(item) for item in second]
    return done_here + done_there


def _middle(items: Sequence[Item], weight: Callable[[Item], int]) -> int:
    weights = [max(weight(item), 1) for item in items]
    half, running = sum(weights) / 2, 0
    for index, item_weight in enumerate(weights):
        running += item_weight
        if running >= half:
            return max(1, min(index + 1, len(items) - 1))
    return len(items) // 2
