"""Work done in a forked child process, its result handed back through a pipe.

Two kinds of work use it: the part of a long report's parse that a second core can do while
this process does the rest (`ingest.parsing.sharing`), and work whose memory a long-lived web
worker should not keep, such as decoding an image to make a rendition (`core.models`). The child
is a fork, so it has this process's code and objects at no cost of loading them; it sends its
result pickled and leaves with `os._exit`, so it runs no clean-up of what it shares with the
parent (it closes no database connection on the parent's socket and flushes no buffer twice).
The work must not use the database or any other connection it inherited.

Forking is safe only from a process with one thread: the child gets a copy of the calling
thread alone, and a lock another thread held at that moment stays held in the child forever.
`can_fork` says whether this process may.

No library fits: `multiprocessing` and `concurrent.futures` start their workers by spawning
(which loads the code again) or fork with helper threads of their own, and pickle the work out as
well as the result back; this is one fork, one pipe and one pickle. Pure Python, no Django.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
import traceback
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class ChildEndedError(RuntimeError):
    """The child ended without sending a result (killed, or it crashed)."""


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


class Child(Generic[T]):
    """A forked child running ``function``; `result` waits for what it returns or raises."""

    def __init__(self, function: Callable[[], T]) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _run_child(function, write_end)  # never returns
        os.close(write_end)
        self.pid = pid
        self._read_end = read_end

    def result(self) -> T:
        """What the function returned; what it raised is raised here (with the child's
        traceback as a note); `ChildEndedError` when the child sent nothing."""
        try:
            with os.fdopen(self._read_end, "rb") as pipe:
                payload = pipe.read()
        finally:
            _, status = os.waitpid(self.pid, 0)
            self.pid = 0
        if not payload:
            raise ChildEndedError(
                "the child process ended without a result "
                f"(exit {os.waitstatus_to_exitcode(status)})"
            )
        succeeded, value = pickle.loads(payload)
        if succeeded:
            return value
        raise value

    def end(self) -> None:
        """Kill the child and reap it, when this process gives up waiting for it."""
        if not self.pid:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.pid = 0
        with contextlib.suppress(OSError):
            os.close(self._read_end)


def run_in_child(function: Callable[[], T]) -> T:
    """``function()`` run in a forked child: its return value, or its exception raised here.

    Where this process may not fork (another thread runs, as under the development server, or
    the system has no fork) the function runs here instead: the result is the same, only the
    memory it used stays with this process.
    """
    if not can_fork():
        return function()
    return Child(function).result()


def _run_child(function: Callable[[], object], write_end: int) -> None:
    status = 0
    try:
        try:
            payload = pickle.dumps((True, function()), pickle.HIGHEST_PROTOCOL)
        except BaseException as error:  # every failure goes back to the parent, which raises it
            status = 1
            error.add_note("In the child process:\n" + traceback.format_exc())
            try:
                payload = pickle.dumps((False, error), pickle.HIGHEST_PROTOCOL)
            except Exception:  # an exception that cannot be pickled
                payload = pickle.dumps((False, ChildEndedError(traceback.format_exc())))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(status)
