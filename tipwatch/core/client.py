"""The address of the visitor, as the proxy we trust saw it.

Behind nginx every request comes from 127.0.0.1, and the left-most `X-Forwarded-For` value is
whatever the client chose to write. Each trusted proxy appends the address it saw, so with
`TIPWATCH_TRUSTED_PROXIES` = N the visitor is the N-th hop from the right. With no trusted
proxy (the app answers the internet itself) only `REMOTE_ADDR` counts.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest

UNKNOWN = "0.0.0.0"


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    remote = _valid(str(request.META.get("REMOTE_ADDR") or "")) or UNKNOWN
    trusted = int(getattr(settings, "TIPWATCH_TRUSTED_PROXIES", 0))
    if trusted <= 0:
        return remote
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if len(hops) >= trusted:
        return _valid(hops[-trusted]) or remote
    # No (or too short an) X-Forwarded-For: nginx's X-Real-IP is the address it saw.
    real_ip = _valid(str(request.META.get("HTTP_X_REAL_IP", "")))
    return real_ip or remote
