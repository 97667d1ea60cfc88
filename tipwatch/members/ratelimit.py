"""Limits on the membership forms, per client address and per email address.

The counting is django-ratelimit's, in the default cache (Redis in production, so every app
server shares the counts). The client address is the one our trusted proxy saw
(`tipwatch.core.client.client_ip`, set as `RATELIMIT_IP_META_KEY`).
"""

from __future__ import annotations

from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited

PER_IP = "5/h"
PER_EMAIL = "3/h"


def allow_submission(action: str, request: HttpRequest, email: str) -> bool:
    """Count a submission against the limits per address and per email; False when over either."""
    email = email.strip().lower()
    over_ip = is_ratelimited(request, group=f"{action}:ip", key="ip", rate=PER_IP, increment=True)
    over_email = is_ratelimited(
        request,
        group=f"{action}:email",
        key=lambda _group, _request: email,
        rate=PER_EMAIL,
        increment=True,
    )
    return not (over_ip or over_email)
