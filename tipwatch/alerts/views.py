"""Stopping alerts from the link in an alert.

RFC 8058: the mail program POSTs `List-Unsubscribe=One-Click` to the link with no cookies and
no page, so the POST needs no CSRF token (the signed link is the proof). Opening the link (GET)
changes nothing, since mail scanners open links on their own; it shows a button.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from tipwatch.members.models import Member

from .tokens import member_for


def stop_alerts(member: Member) -> None:
    Member.objects.filter(pk=member.pk).update(alerts_opt_in=False)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    member = member_for(token)
    if member is None:
        return render(request, "alerts/unsubscribe_invalid.html", status=400)
    if request.method == "POST":
        stop_alerts(member)
        return render(request, "alerts/unsubscribed.html", {"member": member})
    action = reverse("alerts:unsubscribe", args=[token])
    return render(request, "alerts/unsubscribe_ask.html", {"member": member, "action": action})
