from __future__ import annotations

import re
import time

from django.core import mail
from django.core.signing import TimestampSigner, b62_encode

URL = re.compile(r"http://testserver((?:/es)?/members/[^\s]+/)")


def links_in(message: mail.EmailMessage) -> list[str]:
    return URL.findall(str(message.body))


def last_link(to: str) -> str:
    for message in reversed(mail.outbox):
        if to in message.to:
            found = links_in(message)
            assert found, message.body
            return found[0]
    raise AssertionError(f"No email to {to}")


def signer_from_the_past(seconds: int) -> type[TimestampSigner]:
    class PastSigner(TimestampSigner):
        def timestamp(self) -> str:
            return b62_encode(int(time.time()) - seconds)

    return PastSigner


def join_data(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name": "Ana Quispe",
        "email": "ana@example.org",
        "postal_address": "1 High Street\nLondon",
        "membership_type": "",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
