"""Ports for the servers tests start (SMTP, Redis), different for each pytest-xdist worker.

Tests on different workers run at the same time, so a fixed port would let two of them meet
on one server, or fail with "address in use". Each worker gets its own block of ports; within
a worker, tests run one at a time. Set TIPWATCH_TEST_PORT_BASE to move every block, e.g. when
two checkouts run their suites on one machine.
"""

from __future__ import annotations

import os

PORTS_PER_WORKER = 10

REDIS = 0
MEMBERS_SMTP = 1
ALERTS_SMTP = 2
ALERTS_WORKER_KILLED_SMTP = 3


def port_for(slot: int) -> int:
    base = int(os.environ.get("TIPWATCH_TEST_PORT_BASE", "20000"))
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    return base + int(worker or 0) * PORTS_PER_WORKER + slot
