"""Joining, confirming an email address, and self-service through signed links."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import services, tasks
from .forms import EmailRequestForm, JoinForm, MemberDetailsForm
from .models import Member, MemberState
from .ratelimit import allow_submission
from .tokens import (
    CONFIRM_MAX_AGE,
    CONFIRM_SALT,
    MANAGE_MAX_AGE,
    MANAGE_SALT,
    TokenResult,
    TokenStatus,
    read_token,
)

if TYPE_CHECKING:
    from .models import JoinPage

RATE_LIMIT_SCOPE = "members"
RATE_LIMIT_MESSAGE = gettext_lazy(
    "Too many requests have come from this connection or for this email address in the "
    "last hour. Please wait an hour and try again."
)


def join_view(request: HttpRequest, page: JoinPage) -> HttpResponse:
    status = 200
    rate_limited = False
    if request.method == "POST":
        form = JoinForm(request.POST)
        if form.is_spam():
            return page.redirect_to_thanks(request)
        if form.is_valid():
            data = form.cleaned_data
            if allow_submission(RATE_LIMIT_SCOPE, request, data["email"]):
                services.join(
                    services.JoinDetails(
                        name=data["name"],
                        email=data["email"],
                        postal_address=data["postal_address"],
                        membership_type=data["membership_type"],
                        newsletter_opt_in=data["newsletter_opt_in"],
                        alerts_opt_in=data["alerts_opt_in"],
                        privacy_notice_version=page.privacy_notice_version,
                        followed_countries=tuple(data["followed_countries"]),
                        followed_groups=tuple(data["followed_groups"]),
                        language=data["language"],
                    ),
                    request,
                )
                return page.redirect_to_thanks(request)
            status, rate_limited = 429, True
    else:
        form = JoinForm()
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "rate_limited": rate_limited,
            "rate_limit_message": RATE_LIMIT_MESSAGE,
        },
    )
    response.status_code = status
    return response


def _link_problem(request: HttpRequest, result: TokenResult, kind: str) -> HttpResponse:
    status = 410 if result.status == TokenStatus.EXPIRED else 400
    return render(
        request,
        "members/link_problem.html",
        {"result": result, "expired": result.status == TokenStatus.EXPIRED, "kind": kind},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """Opening the link asks; only the button confirms.

    Mail scanners open links in emails on their own, so a GET must change nothing.
    """
    result = read_token(token, CONFIRM_SALT, CONFIRM_MAX_AGE)
    member = result.member
    if member is None:
        return _link_problem(request, result, "confirm")
    if member.state != MemberState.PENDING:
        return render(request, "members/already_confirmed.html", {"member": member})
    if result.status == TokenStatus.EXPIRED:
        return render(
            request,
            "members/confirm_expired.html",
            {"member": member, "token": token},
            status=410,
        )
    if request.method != "POST":
        return render(request, "members/confirm_ask.html", {"member": member})
    services.confirm(member)
    return render(request, "members/confirmed.html", {"member": member})


@never_cache
@require_POST
def resend_confirmation(request: HttpRequest) -> HttpResponse:
    """Send a fresh confirmation link to whoever an expired (but genuine) link was for."""
    token = request.POST.get("token", "")
    result = read_token(token, CONFIRM_SALT, CONFIRM_MAX_AGE)
    member = result.member
    if member is None:
        return _link_problem(request, result, "confirm")
    if member.state != MemberState.PENDING:
        return render(request, "members/already_confirmed.html", {"member": member})
    if not allow_submission(RATE_LIMIT_SCOPE, request, member.email):
        return render(
            request, "members/rate_limited.html", {"message": RATE_LIMIT_MESSAGE}, status=429
        )
    tasks.queue_member_email("confirm", member, request)
    return render(request, "members/link_sent.html", {"reason": "confirm"})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage_request(request: HttpRequest) -> HttpResponse:
    """Ask for a link to manage a membership. Answers the same whether or not we know you."""
    form = EmailRequestForm(request.POST or None)
    if request.method == "POST":
        if form.is_spam():
            return render(request, "members/link_sent.html", {"reason": "manage"})
        if form.is_valid():
            email = form.cleaned_data["email"]
            if not allow_submission(RATE_LIMIT_SCOPE, request, email):
                return render(
                    request,
                    "members/manage_request.html",
                    {"form": form, "rate_limited": True, "rate_limit_message": RATE_LIMIT_MESSAGE},
                    status=429,
                )
            tasks.queue_manage_link(email, request)
            return render(request, "members/link_sent.html", {"reason": "manage"})
    return render(request, "members/manage_request.html", {"form": form})


def manage_link_view(
    view: Callable[[HttpRequest, str, Member], HttpResponse],
) -> Callable[[HttpRequest, str], HttpResponse]:
    """A view reached through a member's signed self-service link: it is given the member the
    token names, and an expired, altered or unknown link gets the page that says so."""

    @functools.wraps(view)
    def with_member(request: HttpRequest, token: str) -> HttpResponse:
        result = read_token(token, MANAGE_SALT, MANAGE_MAX_AGE)
        if result.status != TokenStatus.VALID or result.member is None:
            return _link_problem(request, result, "manage")
        return view(request, token, result.member)

    return with_member


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@manage_link_view
def manage(request: HttpRequest, token: str, member: Member) -> HttpResponse:
    can_edit = member.state not in (MemberState.CANCELLED,)
    form = MemberDetailsForm(request.POST or None, instance=member)
    if request.method == "POST" and can_edit and form.is_valid():
        form.save()
        messages.success(request, gettext("Your details have been saved."))
        return HttpResponseRedirect(reverse("members:manage", args=[token]))
    context: dict[str, Any] = {
        "member": member,
        "form": form,
        "token": token,
        "can_edit": can_edit,
        "can_rejoin": member.state in (MemberState.CANCELLED, MemberState.LAPSED),
    }
    return render(request, "members/manage.html", context)


@never_cache
@require_http_methods(["GET", "HEAD"])
@manage_link_view
def manage_data(request: HttpRequest, token: str, member: Member) -> HttpResponse:
    body = json.dumps({"member": member.personal_data()}, indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="tipwatch-my-data.json"'
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@manage_link_view
def manage_cancel(request: HttpRequest, token: str, member: Member) -> HttpResponse:
    if request.method == "POST":
        services.cancel(member, request)
        return render(request, "members/cancelled.html", {"member": member, "token": token})
    return render(request, "members/cancel_confirm.html", {"member": member, "token": token})


@never_cache
@require_POST
@manage_link_view
def manage_rejoin(request: HttpRequest, token: str, member: Member) -> HttpResponse:
    services.rejoin(member)
    messages.success(
        request, gettext("Thank you. We will be in touch once your membership is renewed.")
    )
    return HttpResponseRedirect(reverse("members:manage", args=[token]))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@manage_link_view
def manage_erase(request: HttpRequest, token: str, member: Member) -> HttpResponse:
    if request.method == "POST":
        services.erase(member)
        return render(request, "members/erased.html")
    return render(request, "members/erase_confirm.html", {"member": member, "token": token})
