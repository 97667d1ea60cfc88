"""A local SMTP server (aiosmtpd) that accepts everything and counts, for the benchmark.

    python bench/alerts/smtp_sink.py PORT COUNTS_FILE

On SIGTERM it writes {"connections", "messages", "recipients"} as JSON to COUNTS_FILE.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from typing import Any

from aiosmtpd.controller import Controller


class Counter:
    def __init__(self) -> None:
        self.connections = 0
        self.messages = 0
        self.recipients: set[str] = set()

    async def handle_EHLO(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages += 1
        self.recipients.update(envelope.rcpt_tos)
        return "250 OK"


def main() -> None:
    port, out = int(sys.argv[1]), sys.argv[2]
    counter = Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("ready", flush=True)
    stop.wait()
    controller.stop()
    with open(out, "w") as handle:
        json.dump(
            {
                "connections": counter.connections,
                "messages": counter.messages,
                "recipients": len(counter.recipients),
            },
            handle,
        )


if __name__ == "__main__":
    main()
