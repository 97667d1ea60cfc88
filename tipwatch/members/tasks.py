"""Member emails, sent by the task worker with retries, never inside a request.

django-tasks has no retries of its own: a send that fails because the mail server is down or
refuses for now (4xx) queues the same task again, later each time (`TIPWATCH_MAIL_RETRY_SECONDS`,
doubled per attempt, `TIPWATCH_MAIL_ATTEMPTS` attempts in all). After the last attempt, or at
once when the server refuses for good (5xx), the task fails, and the failure is logged and kept
in the task results.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django_tasks import task
from django_tasks.base import Task

from . import emails
from .models import Member

logger = logging.getLogger(__name__)

# Failures of sending: the server is down or unreachable, or answers with an error.
SEND_ERRORS = (smtplib.SMTPException, OSError)


def is_permanent(error: Exception) -> bool:
    """A 5xx answer (no such mailbox, refused for good) will not change if we ask again."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def _retry_later(later: Task[Any, str], attempt: int, error: Exception, *args: Any) -> str:
    attempts = int(settings.TIPWATCH_MAIL_ATTEMPTS)
    if is_permanent(error):
        logger.error("Member email %s refused by the mail server: %s", args[0], error)
        raise error
    if attempt >= attempts or not later.get_backend().supports_defer:
        logger.error("Member email %s not sent after %d attempts: %s", args[0], attempt, error)
        raise error
    delay = float(settings.TIPWATCH_MAIL_RETRY_SECONDS) * 2 ** (attempt - 1)
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    later.using(run_after=run_after).enqueue(*args, attempt=attempt + 1)
    logger.warning(
        "Member email %s not sent (attempt %d of %d): %s; trying again in %.0f s",
        args[0],
        attempt,
        attempts,
        error,
        delay,
    )
    return f"retry {attempt + 1} queued"


@task()
def send_member_email(kind: str, member_id: int, root_url: str, attempt: int = 1) -> str:
    member = Member.objects.filter(pk=member_id).first()
    if member is None:
        return "not sent: the member has been erased"
    try:
        emails.deliver(kind, member, root_url)
    except SEND_ERRORS as error:
        return _retry_later(send_member_email, attempt, error, kind, member_id, root_url)
    return "sent"


@task()
def send_manage_link(email: str, root_url: str, attempt: int = 1) -> str:
    """A manage link to `email` if it belongs to a member. The lookup happens here, not in the
    request, so that the request does the same work whether or not the address is known."""
    member = Member.objects.filter(email=email).first()
    if member is None:
        return "not sent: no member has this address"
    try:
        emails.deliver("manage_link", member, root_url)
    except SEND_ERRORS as error:
        return _retry_later(send_manage_link, attempt, error, email, root_url)
    return "sent"


def queue_member_email(kind: str, member: Member, request: HttpRequest | None = None) -> None:
    if kind not in emails.KINDS:
        raise ValueError(f"unknown member email {kind!r}")
    send_member_email.enqueue(kind, member.pk, emails.site_root_url(request))


def queue_manage_link(email: str, request: HttpRequest | None = None) -> None:
    send_manage_link.enqueue(email, emails.site_root_url(request))
