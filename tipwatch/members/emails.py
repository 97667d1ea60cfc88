"""Emails to members, written as `<name>.txt` and `<name>_subject.txt` templates."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from .models import Member
from .tokens import CONFIRM_SALT, MANAGE_SALT, make_token

TEMPLATE_DIR = "members/email"


def site_root_url(request: HttpRequest | None = None) -> str:
    """The site's address without a trailing slash: from the request when there is one."""
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url.rstrip("/")
    return str(settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def confirm_url(member: Member, request: HttpRequest | None = None) -> str:
    token = make_token(member, CONFIRM_SALT)
    return site_root_url(request) + reverse("members:confirm", args=[token])


def manage_url(member: Member, request: HttpRequest | None = None) -> str:
    token = make_token(member, MANAGE_SALT)
    return site_root_url(request) + reverse("members:manage", args=[token])


def send(name: str, to: str, context: dict[str, Any]) -> None:
    context = {"site_name": "tipwatch", **context}
    # One line, whatever the template's whitespace.
    subject = " ".join(render_to_string(f"{TEMPLATE_DIR}/{name}_subject.txt", context).split())
    body = render_to_string(f"{TEMPLATE_DIR}/{name}.txt", context)
    EmailMessage(subject=subject, body=body, to=[to]).send()


def send_confirmation(member: Member, request: HttpRequest | None = None) -> None:
    send("confirm", member.email, {"member": member, "url": confirm_url(member, request)})


def send_already_member(member: Member, request: HttpRequest | None = None) -> None:
    send("already_member", member.email, {"member": member, "url": manage_url(member, request)})


def send_manage_link(member: Member, request: HttpRequest | None = None) -> None:
    send("manage_link", member.email, {"member": member, "url": manage_url(member, request)})


def send_welcome(member: Member, request: HttpRequest | None = None) -> None:
    send("welcome", member.email, {"member": member, "url": manage_url(member, request)})


def send_renewal_reminder(member: Member) -> None:
    send("renewal_reminder", member.email, {"member": member, "url": manage_url(member)})


def send_cancelled(member: Member, request: HttpRequest | None = None) -> None:
    send("cancelled", member.email, {"member": member, "url": manage_url(member, request)})
