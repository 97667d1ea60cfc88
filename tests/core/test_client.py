"""The client address is the one the trusted proxy saw, never one the client wrote."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import RequestFactory

from tipwatch.core.client import client_ip


def request(**meta: str) -> Any:
    built = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1")
    built.META.update(meta)
    return built


@pytest.mark.parametrize(
    ("trusted", "meta", "expected"),
    [
        # No proxy: the socket's address, whatever the headers claim.
        (0, {"HTTP_X_FORWARDED_FOR": "203.0.113.7", "HTTP_X_REAL_IP": "203.0.113.8"}, "127.0.0.1"),
        # nginx appends the address it saw: the right-most hop, not the client's own claim.
        (1, {"HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.7"}, "203.0.113.7"),
        (1, {"HTTP_X_FORWARDED_FOR": "203.0.113.7"}, "203.0.113.7"),
        # Two proxies (a load balancer, then nginx): the second hop from the right.
        (2, {"HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.7, 10.0.0.2"}, "203.0.113.7"),
        # No X-Forwarded-For: nginx's X-Real-IP.
        (1, {"HTTP_X_REAL_IP": "2001:db8::1"}, "2001:db8::1"),
        # Nothing usable: the socket's address.
        (1, {"HTTP_X_FORWARDED_FOR": "not-an-address"}, "127.0.0.1"),
        (1, {"HTTP_X_FORWARDED_FOR": "203.0.113.7\x00"}, "127.0.0.1"),
        (1, {}, "127.0.0.1"),
    ],
)
def test_client_ip(settings: Any, trusted: int, meta: dict[str, str], expected: str) -> None:
    settings.TIPWATCH_TRUSTED_PROXIES = trusted

    assert client_ip(request(**meta)) == expected
