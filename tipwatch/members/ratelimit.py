"""A fixed-window rate limit kept in Django's cache."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

HOUR = 60 * 60
PER_IP = 5
PER_EMAIL = 3


def client_ip(request: HttpRequest) -> str:
    """The client's address. Trust X-Forwarded-For only when told to (behind our own proxy)."""
    if getattr(settings, "TIPWATCH_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def _key(scope: str, value: str) -> str:
    digest = hashlib.sha256(value.encode()).hexdigest()[:40]
    return f"tipwatch:ratelimit:{scope}:{digest}"


def hit(scope: str, value: str, limit: int, window: int = HOUR) -> bool:
    """Count one attempt; False when the limit for this window is already used up."""
    key = _key(scope, value)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit


def is_limited(scope: str, value: str, limit: int) -> bool:
    return int(cache.get(_key(scope, value), 0)) >= limit


def allow_submission(action: str, request: HttpRequest, email: str) -> bool:
    """Count a submission against the limits per IP and per email; False when over either."""
    ip = client_ip(request)
    email = email.strip().lower()
    if is_limited(f"{action}:ip", ip, PER_IP) or is_limited(f"{action}:email", email, PER_EMAIL):
        return False
    ip_ok = hit(f"{action}:ip", ip, PER_IP)
    email_ok = hit(f"{action}:email", email, PER_EMAIL)
    return ip_ok and email_ok
