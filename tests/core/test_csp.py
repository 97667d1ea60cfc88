"""The site's CSP middleware gives every response the header django-csp would give it, also
where it reuses a policy built once."""

from __future__ import annotations

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY, NONCE, SELF
from csp.exceptions import CSPNonceError
from csp.middleware import CSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from tipwatch.core.csp import SiteCSPMiddleware


def both(path: str, *, nonce: bool = False, change: dict | None = None):
    answers = []
    for middleware_class in (CSPMiddleware, SiteCSPMiddleware):
        request = RequestFactory().get(path)
        response = HttpResponse("page")
        for name, value in (change or {}).items():
            setattr(response, name, value)
        middleware = middleware_class(lambda _, response=response: response)
        middleware.process_request(request)
        if nonce:
            str(request.csp_nonce)  # type: ignore[attr-defined]
        middleware.process_response(request, response)
        answers.append((response.get(HEADER), response.get(HEADER_REPORT_ONLY)))
    return answers


def test_a_plain_response_gets_the_policy_django_csp_builds() -> None:
    library, ours = both("/countries/PER/")
    assert ours == library
    assert "script-src 'self'" in ours[0]
    assert "nonce-" not in ours[0]


def test_a_response_with_a_nonce_gets_its_own() -> None:
    library, ours = both("/join/", nonce=True)
    assert "nonce-" in ours[0]
    assert "nonce-" in library[0]
    assert ours[0].split("nonce-")[0] == library[0].split("nonce-")[0]


def test_changes_a_view_asks_for_are_kept() -> None:
    change = {"_csp_update": {"img-src": ["https://example.org"]}}
    library, ours = both("/", change=change)
    assert ours == library
    assert "https://example.org" in ours[0]
    assert both("/", change={"_csp_exempt": True}) == [(None, None), (None, None)]


def test_the_admin_allows_inline_scripts() -> None:
    _, ours = both("/admin/pages/", nonce=True)
    assert "script-src 'self' 'unsafe-inline'" in ours[0]
    assert "nonce-" not in ours[0]


def test_a_changed_setting_is_built_again() -> None:
    policy = {"DIRECTIVES": {"default-src": [SELF], "script-src": [SELF, NONCE]}}
    report_only = {"DIRECTIVES": {"default-src": [SELF]}, "EXCLUDE_URL_PREFIXES": ["/api/"]}
    with override_settings(
        CONTENT_SECURITY_POLICY=policy, CONTENT_SECURITY_POLICY_REPORT_ONLY=report_only
    ):
        library, ours = both("/")
        assert ours == library
        assert sorted(ours[0].split("; ")) == ["default-src 'self'", "script-src 'self'"]
        assert ours[1] == "default-src 'self'"
        library, ours = both("/api/v1/countries")
        assert ours == library
        assert ours[1] is None
    library, ours = both("/")
    assert ours == library
    assert "object-src 'none'" in ours[0]


def test_a_nonce_asked_for_after_the_header_is_written_is_an_error() -> None:
    request = RequestFactory().get("/")
    response = HttpResponse("page")
    middleware = SiteCSPMiddleware(lambda _: response)
    middleware.process_request(request)
    middleware.process_response(request, response)
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)  # type: ignore[attr-defined]
