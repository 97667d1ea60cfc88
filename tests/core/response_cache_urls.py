"""Views for the response cache's tests: what a page may hold that must never be shared."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from tipwatch.tip.response_cache import cached


@cached("page")
def plain(request: HttpRequest) -> HttpResponse:
    return HttpResponse("<p>The same for everyone</p>")


@cached("page")
def with_nonce(request: HttpRequest) -> HttpResponse:
    return HttpResponse(f'<script nonce="{request.csp_nonce}">go()</script>')  # type: ignore[attr-defined]


@cached("page")
def with_cookie(request: HttpRequest) -> HttpResponse:
    response = HttpResponse("<p>Welcome back</p>")
    response.set_cookie("seen", "1")
    return response


urlpatterns = [
    path("plain/", plain),
    path("with-nonce/", with_nonce),
    path("with-cookie/", with_cookie),
]
