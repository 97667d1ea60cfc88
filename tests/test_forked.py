from __future__ import annotations

import subprocess
import sys
import textwrap

# In a fresh interpreter: a test worker may hold threads other tests started (a live server,
# a browser driver), and whether a process may fork depends on every thread in it.
_SCRIPT = textwrap.dedent(
    """
    import os
    import threading

    from tipwatch.forked import can_fork, run_in_child

    assert can_fork()
    assert run_in_child(os.getpid) != os.getpid()
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
    print("checked")
    """
)


def test_with_another_thread_running_the_work_is_done_here() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )

    assert (done.returncode, done.stdout.strip()) == (0, "checked"), done.stderr
