"""The Content-Security-Policy middleware: django-csp's, with the admin's exception.

Wagtail's admin widgets (date and image choosers, StreamField blocks) write inline scripts that
carry no nonce, so the admin, which only signed-in editors reach, also allows inline scripts.
Everything else gets the strict policy of `CONTENT_SECURITY_POLICY`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponseBase

ADMIN_SCRIPTS = {"script-src": [SELF, UNSAFE_INLINE]}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.TIPWATCH_ADMIN_PATH) and parts.replace is None:
            parts.replace = ADMIN_SCRIPTS
            parts.nonce = None  # a nonce would switch 'unsafe-inline' off
        return parts
