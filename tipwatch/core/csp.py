"""The Content-Security-Policy middleware: django-csp's, with the admin's exception.

Wagtail's admin widgets (date and image choosers, StreamField blocks) write inline scripts that
carry no nonce, so the admin, which only signed-in editors reach, also allows inline scripts.
Everything else gets the strict policy of `CONTENT_SECURITY_POLICY`.

A response that used no nonce and asks for no change of policy (every page served from the
response cache, the API, the downloads) gets the same header every time, so that header is
built once (until the settings change) instead of for each response: building it was a quarter
of the time of a cached page's hit. Any other response goes through django-csp as it is.
"""

from __future__ import annotations

import functools
import http.client
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from csp.constants import HEADER, HEADER_REPORT_ONLY, SELF, UNSAFE_INLINE
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponseBase

ADMIN_SCRIPTS = {"script-src": [SELF, UNSAFE_INLINE]}

# What a view or decorator may put on a response to change its policy (django-csp's decorators).
_RESPONSE_CHANGES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt_ro",
)
_DEBUG_EXEMPT = (http.client.INTERNAL_SERVER_ERROR, http.client.NOT_FOUND)


@functools.cache
def _unchanged_policy() -> tuple[str, tuple[str, ...], str, tuple[str, ...]]:
    """The header and report-only header of a response without changes or nonce, and the
    address prefixes each leaves out, as django-csp builds them."""

    def excluded(name: str) -> tuple[str, ...]:
        policy: dict[str, Any] = getattr(settings, name, None) or {}
        return tuple(policy.get("EXCLUDE_URL_PREFIXES") or ())

    return (
        build_policy(**asdict(PolicyParts())),
        excluded("CONTENT_SECURITY_POLICY"),
        build_policy(**asdict(PolicyParts()), report_only=True),
        excluded("CONTENT_SECURITY_POLICY_REPORT_ONLY"),
    )


@receiver(setting_changed)
def _forget_policy(*, setting: str, **_: Any) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _unchanged_policy.cache_clear()


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.TIPWATCH_ADMIN_PATH) and parts.replace is None:
            parts.replace = ADMIN_SCRIPTS
            parts.nonce = None  # a nonce would switch 'unsafe-inline' off
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if (
            getattr(request, "_csp_nonce", None) is not None
            or request.path_info.startswith(settings.TIPWATCH_ADMIN_PATH)
            or (settings.DEBUG and response.status_code in _DEBUG_EXEMPT)
            or any(hasattr(response, name) for name in _RESPONSE_CHANGES)
        ):
            return super().process_response(request, response)
        # The same steps as django-csp's, with the policy built once.
        header, excluded, header_ro, excluded_ro = _unchanged_policy()
        if header and HEADER not in response and not request.path_info.startswith(excluded):
            response[HEADER] = header
        if (
            header_ro
            and HEADER_REPORT_ONLY not in response
            and not request.path_info.startswith(excluded_ro)
        ):
            response[HEADER_REPORT_ONLY] = header_ro
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # type: ignore[attr-defined]
        return response
