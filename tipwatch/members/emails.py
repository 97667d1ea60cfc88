"""Emails to members, written as `<name>.txt` and `<name>_subject.txt` templates.

Requests never send mail themselves: they queue it (`members.tasks`), so a slow or broken mail
server neither fails nor slows a request.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from .language import in_language_of
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


def send(name: str, to: str, context: dict[str, Any], language: str = "en") -> None:
    context = {"site_name": "tipwatch", **context}
    # One line, whatever the template's whitespace.
    subject = " ".join(render_to_string(f"{TEMPLATE_DIR}/{name}_subject.txt", context).split())
    body = render_to_string(f"{TEMPLATE_DIR}/{name}.txt", context)
    headers = {"Content-Language": language}  # as alerts say theirs
    EmailMessage(subject=subject, body=body, to=[to], headers=headers).send()


# What each email is called and the link it carries.
CONFIRM_LINK = {"confirm"}
MANAGE_LINK = {"already_member", "manage_link", "welcome", "cancelled", "renewal_reminder"}
KINDS = CONFIRM_LINK | MANAGE_LINK


def deliver(kind: str, member: Member, root_url: str) -> None:
    """Write and send one email to a member now (the mail tasks call this, never a request).

    Written in the member's language, with its link to the pages in that language, whatever
    language the worker (or a staff member's request) has active.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown member email {kind!r}; known: {', '.join(sorted(KINDS))}")
    salt = CONFIRM_SALT if kind in CONFIRM_LINK else MANAGE_SALT
    name = "members:confirm" if kind in CONFIRM_LINK else "members:manage"
    with in_language_of(member):
        url = root_url.rstrip("/") + reverse(name, args=[make_token(member, salt)])
        send(kind, member.email, {"member": member, "url": url}, member.language or "en")


def send_renewal_reminder(member: Member) -> None:
    deliver("renewal_reminder", member, site_root_url())
