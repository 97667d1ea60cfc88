"""Sharing the CPU-bound part of one parse with a second core.

Once a long report is read and cut into narratives, each narrative is read for its figures,
tags and tier on its own, and that is about half of the parse; by then the page readers have
finished and the other cores are idle. `split_map` does the second part of such a list in a
forked child while this process does the first, and returns the results in order.

The child is forked only when that is safe and worth it:
- this process runs one thread: a fork copies only the calling thread, so a lock that another
  thread (a lease heartbeat, a server's) held at that moment would stay held in the child;
- more than one core is ours to use;
- the list is long (a short one costs less than the fork).

The result never depends on the child, only the time does: if it dies (killed, out of
memory), raises, or sends anything this process cannot read, this process does that part
itself, so an error in the work is raised here exactly as it would be without the child.

No library fits: `multiprocessing` and `concurrent.futures` start workers that import this
package (spawn) or fork with their own helper threads, and both pickle the work out as well
as the results back; this is one fork, one pipe, one pickle.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

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
    return hasattr(os, "fork") and threading.active_count() == 1 and usable_cores() > 1


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
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its part, pickled into the pipe, and out without cleaning up
        _run_child(work, second, read_end, write_end)
    os.close(write_end)
    try:
        done_here = [work(item) for item in first]
        done_there: list[Result] | None = _collect(read_end, pid)
        pid = 0
    finally:
        os.close(read_end)
        if pid:  # this process failed first (an error in its part, an interrupt)
            _end(pid)
    if done_there is None or len(done_there) != len(second):
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


def _run_child(
    work: Callable[[Item], Result], items: Sequence[Item], read_end: int, write_end: int
) -> None:
    status = 1
    try:
        os.close(read_end)
        payload = pickle.dumps([work(item) for item in items], pickle.HIGHEST_PROTOCOL)
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view) :]
        status = 0
    except BaseException:  # the parent does this part again and sees the error
        pass
    finally:
        # No atexit handlers, no flushing of buffers or closing of connections that belong to
        # the parent.
        os._exit(status)


def _collect(read_end: int, pid: int) -> list[Result] | None:
    chunks: list[bytes] = []
    while chunk := os.read(read_end, 1 << 20):
        chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        return None
    try:
        results = pickle.loads(b"".join(chunks))
    except Exception:  # a short or garbled payload: do the part here
        return None
    return results if isinstance(results, list) else None


def _end(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
