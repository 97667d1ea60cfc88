"""What happens to a membership: joining, confirming, approval, renewal, cancelling, erasure."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, models, transaction
from django.http import HttpRequest
from django.utils import timezone

from . import emails, tasks
from .history import log_erasure, log_state_change
from .models import Member, MembershipType, MemberState

logger = logging.getLogger(__name__)

MEMBERSHIP_LENGTH_DAYS = 365


@dataclass(frozen=True)
class JoinDetails:
    name: str
    email: str
    postal_address: str
    membership_type: MembershipType
    newsletter_opt_in: bool
    alerts_opt_in: bool
    privacy_notice_version: str
    followed_countries: tuple[Any, ...] = ()
    followed_groups: tuple[Any, ...] = ()
    language: str = "en"


def join(details: JoinDetails, request: HttpRequest | None = None) -> Member:
    """Record a request to join and email the address. Never creates a second record.

    A new address gets a confirmation link. An address we already hold gets either a new
    confirmation link (not yet confirmed) or a link to manage the membership, and its record
    is left as it was: whoever filled in the form has not shown they own the address.
    """
    email = Member.normalise_email(details.email)
    existing = Member.objects.filter(email=email).first()
    if existing is None:
        try:
            with transaction.atomic():
                member = Member.objects.create(
                    name=details.name,
                    email=email,
                    postal_address=details.postal_address,
                    membership_type=details.membership_type,
                    newsletter_opt_in=details.newsletter_opt_in,
                    alerts_opt_in=details.alerts_opt_in,
                    consent_at=timezone.now(),
                    privacy_notice_version=details.privacy_notice_version,
                    language=details.language,
                )
                member.followed_countries.set(details.followed_countries)
                member.followed_groups.set(details.followed_groups)
        except IntegrityError:  # joined twice at the same moment
            existing = Member.objects.get(email=email)
        else:
            tasks.queue_member_email("confirm", member, request)
            return member
    if existing.state == MemberState.PENDING:
        tasks.queue_member_email("confirm", existing, request)
    else:
        tasks.queue_member_email("already_member", existing, request)
    return existing


def confirm(member: Member) -> bool:
    """Mark the email confirmed. False when it already was (a replayed link)."""
    updated = Member.objects.filter(pk=member.pk, state=MemberState.PENDING).update(
        state=MemberState.CONFIRMED, confirmed_at=timezone.now(), updated_at=timezone.now()
    )
    member.refresh_from_db()
    if updated:
        log_state_change(member, "tipwatch.member.confirm")
    return updated == 1


def approve(member: Member, request: HttpRequest | None = None, approved_by: Any = None) -> bool:
    """Staff approval: confirmed -> active, renewal due a year ahead, and a welcome email."""
    today = timezone.localdate()
    now = timezone.now()
    updated = Member.objects.filter(pk=member.pk, state=MemberState.CONFIRMED).update(
        state=MemberState.ACTIVE,
        approved_at=now,
        updated_at=now,
        renewal_due=today + datetime.timedelta(days=MEMBERSHIP_LENGTH_DAYS),
    )
    member.refresh_from_db()
    if updated:
        log_state_change(
            member,
            "tipwatch.member.approve",
            user=approved_by,
            renewal_due=member.renewal_due.isoformat() if member.renewal_due else None,
        )
        tasks.queue_member_email("welcome", member, request)
    return updated == 1


def cancel(member: Member, request: HttpRequest | None = None) -> None:
    if member.state == MemberState.CANCELLED:
        return
    member.state = MemberState.CANCELLED
    member.cancelled_at = timezone.now()
    member.save(update_fields=["state", "cancelled_at", "updated_at"])
    log_state_change(member, "tipwatch.member.cancel")
    tasks.queue_member_email("cancelled", member, request)


def rejoin(member: Member) -> None:
    """A cancelled or lapsed member, proven by a signed link, asks to be a member again."""
    if member.state in (MemberState.CANCELLED, MemberState.LAPSED):
        member.state = MemberState.CONFIRMED
        member.cancelled_at = None
        member.confirmed_at = timezone.now()
        member.save(update_fields=["state", "cancelled_at", "confirmed_at", "updated_at"])
        log_state_change(member, "tipwatch.member.rejoin")


@transaction.atomic
def erase(member: Member) -> None:
    """Delete the member's record and the admin's history of it: nothing identifying is kept,
    and one log entry under the record's number says it was erased at the member's request."""
    _delete_with_history(member, log_request=True)
    logger.info("A member record was erased at the member's request.")


def _delete_with_history(member: Member, log_request: bool = False) -> None:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    # Wagtail's audit log keeps each edit's label (the member's name and email) and changes.
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Member), object_id=str(member.pk)
    ).delete()
    if log_request:
        log_erasure(member)
    member.delete()


def members_due_for_reminder(days: int) -> list[Member]:
    horizon = timezone.localdate() + datetime.timedelta(days=days)
    from django.db.models import F

    return list(
        Member.objects.filter(
            state=MemberState.ACTIVE, renewal_due__isnull=False, renewal_due__lte=horizon
        )
        .exclude(renewal_reminded_for=F("renewal_due"))
        .select_related("membership_type")
        .order_by("renewal_due", "pk")
    )


def send_renewal_reminder(member: Member) -> bool:
    """Claim the reminder for this due date, then send it. False if already sent."""
    due = member.renewal_due
    claimed = (
        Member.objects.filter(pk=member.pk, renewal_due=due)
        .exclude(renewal_reminded_for=due)
        .update(renewal_reminded_for=due)
    )
    if not claimed:
        return False
    previous = member.renewal_reminded_for
    try:
        emails.send_renewal_reminder(member)
    except Exception:
        # Give the claim back so the next run tries again.
        Member.objects.filter(pk=member.pk).update(renewal_reminded_for=previous)
        raise
    member.renewal_reminded_for = due
    return True


def overdue_memberships(today: datetime.date | None = None) -> models.QuerySet[Member]:
    today = today or timezone.localdate()
    return Member.objects.filter(state=MemberState.ACTIVE, renewal_due__lt=today)


def lapse_overdue(today: datetime.date | None = None) -> list[Member]:
    """Active memberships whose renewal date has passed become lapsed, each one logged.

    The state is changed row by row with a guarded update, so two schedulers running at once
    lapse (and log) each membership once.
    """
    lapsed = []
    for member in overdue_memberships(today).order_by("renewal_due", "pk"):
        with transaction.atomic():
            updated = Member.objects.filter(pk=member.pk, state=MemberState.ACTIVE).update(
                state=MemberState.LAPSED, updated_at=timezone.now()
            )
            if not updated:
                continue
            member.refresh_from_db()
            log_state_change(member, "tipwatch.member.lapse", renewal_due=str(member.renewal_due))
        lapsed.append(member)
    return lapsed


def unconfirmed_older_than(days: int) -> models.QuerySet[Member]:
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return Member.objects.filter(state=MemberState.PENDING, created_at__lt=cutoff)


def purge_unconfirmed(days: int) -> int:
    """Delete sign-ups whose address was never confirmed within `days` days.

    Nobody showed they own these addresses, so nothing of them is kept, history included.
    """
    purged = 0
    for member in unconfirmed_older_than(days).order_by("pk"):
        with transaction.atomic():
            # Locked and read again: the address may have been confirmed meanwhile.
            still = unconfirmed_older_than(days).select_for_update().filter(pk=member.pk).first()
            if still is not None:
                _delete_with_history(still)
                purged += 1
    if purged:
        logger.info("Purged %d sign-up(s) never confirmed within %d days.", purged, days)
    return purged
