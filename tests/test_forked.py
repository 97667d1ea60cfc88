from __future__ import annotations

import os
import threading

from tipwatch.forked import can_fork, run_in_child


def test_with_another_thread_running_the_work_is_done_here() -> None:
    assert can_fork()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        assert run_in_child(os.getpid) == os.getpid()
    finally:
        stop.set()
        other.join()
    assert run_in_child(os.getpid) != os.getpid()
