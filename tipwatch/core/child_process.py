"""Run a function in a short-lived child process and hand its result back to the caller.

For work whose memory a long-lived web worker should not keep: the child is forked from the
worker (so it has the worker's code and objects at no cost of loading them), does the work, sends
its result back through a pipe, pickled, and exits; whatever it allocated goes with it. Used for
image renditions (`core.models.CustomImage.generate_rendition_file`, docs/performance.md).

The child leaves with `os._exit`, so it runs no clean-up of what it shares with the parent: it
closes no database connection politely on the parent's socket, flushes no buffer twice. The
function must not use the database or any other connection it inherited.
"""

from __future__ import annotations

import os
import pickle
import traceback
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class ChildEndedError(RuntimeError):
    """The child ended without sending a result (killed, or it crashed)."""


def run_in_child(function: Callable[[], T]) -> T:
    """`function()` run in a forked child; its return value, or its exception raised here."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(function, write_end)  # never returns
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not payload:
        raise ChildEndedError(
            f"the child process ended without a result (exit {os.waitstatus_to_exitcode(status)})"
        )
    succeeded, value = pickle.loads(payload)
    if succeeded:
        return value
    raise value


def _child(function: Callable[[], object], write_end: int) -> None:
    status = 0
    try:
        try:
            payload = pickle.dumps((True, function()))
        except BaseException as error:  # every failure goes back to the parent, which raises it
            status = 1
            error.add_note("In the child process:\n" + traceback.format_exc())
            try:
                payload = pickle.dumps((False, error))
            except Exception:  # an exception that cannot be pickled
                payload = pickle.dumps((False, ChildEndedError(traceback.format_exc())))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(status)
