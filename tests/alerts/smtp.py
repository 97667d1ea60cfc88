"""A real SMTP server on localhost (aiosmtpd) for the alerts tests, on this worker's port.

It counts connections as well as messages, so a test can see that a batch reused one."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from django.core.management import call_command

from tests.members.smtp import Inbox, serving
from tests.support.ports import ALERTS_SMTP, port_for

ALERTS_SMTP_PORT = port_for(ALERTS_SMTP)


class CountingInbox(Inbox):
    def __init__(self, refuse_to: dict[str, str] | None = None) -> None:
        super().__init__()
        self.connections = 0
        self.refuse_to = refuse_to or {}  # address -> SMTP reply, e.g. "550 No such user"

    async def handle_EHLO(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse_to:
            return self.refuse_to[address]
        return await super().handle_RCPT(server, session, envelope, address, options)


def alerts_smtp(
    port: int = ALERTS_SMTP_PORT, **kwargs: Any
) -> AbstractContextManager[CountingInbox]:
    return serving(CountingInbox(**kwargs), port)


def use_smtp_and_worker(settings: Any) -> None:
    """Alerts go through the task database and out by SMTP to `alerts_smtp`, as in production."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = ALERTS_SMTP_PORT
    settings.EMAIL_TIMEOUT = 5


def run_worker() -> None:
    """A real task worker, until the queue is empty."""
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
