"""A real SMTP server on localhost (aiosmtpd) that keeps what it receives."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from email.message import EmailMessage
from typing import Any, TypeVar

from aiosmtpd.controller import Controller

from tests.support.ports import MEMBERS_SMTP, port_for

SMTP_PORT = port_for(MEMBERS_SMTP)


class Inbox:
    def __init__(self, refuse: str = "") -> None:
        self.messages: list[EmailMessage] = []
        self.refuse = refuse  # an SMTP reply to every recipient, e.g. "550 No such user"

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.refuse:
            return self.refuse
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]


InboxT = TypeVar("InboxT", bound=Inbox)


@contextmanager
def serving(inbox: InboxT, port: int) -> Iterator[InboxT]:
    """`inbox` answering SMTP on 127.0.0.1:`port` for the length of the block."""
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


def smtp_server(port: int = SMTP_PORT, refuse: str = "") -> AbstractContextManager[Inbox]:
    return serving(Inbox(refuse), port)
