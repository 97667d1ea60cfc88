"""Send one batch of a change set's deliveries through one SMTP connection.

Each delivery is claimed, sent and marked sent inside one transaction: the claim (a guarded
UPDATE) locks the row until the mark commits, so a worker killed while sending leaves the row
queued for the next one and two workers never send the same delivery. The one window no
database can close is between the mail server accepting a message and our commit (RFC 1047);
a message sent again after a crash in that window has the same Message-ID, so mail programs
that drop duplicates drop it.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from tipwatch.members.models import MemberState

from .compose import Composer
from .models import Bounce, ChangeSet, Delivery, DeliveryState
from .release import mark_sent_if_done

logger = logging.getLogger(__name__)

SEND_ERRORS = (smtplib.SMTPException, OSError)


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


def refusal(error: Exception) -> tuple[int, str] | None:
    """(code, text) when the server refused this address for good (5xx); None otherwise."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = list(error.recipients.values())
        if answers and all(code >= 500 for code, _ in answers):
            return answers[0][0], _text(answers[0][1])
        return None
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500:
        return error.smtp_code, _text(error.smtp_error)
    return None


@dataclass
class BatchOutcome:
    sent: int = 0
    skipped: int = 0
    bounced: int = 0
    error: str = ""  # a transient failure that stopped the batch: try again later

    def add(self, other: BatchOutcome) -> None:
        self.sent += other.sent
        self.skipped += other.skipped
        self.bounced += other.bounced
        self.error = self.error or other.error


class BatchSender:
    def __init__(
        self,
        change_set: ChangeSet,
        batch: int,
        root_url: str,
        *,
        connection_factory: Callable[[], Any] = get_connection,
        composer: Composer | None = None,
    ) -> None:
        self.change_set = change_set
        self.batch = batch
        self.connection_factory = connection_factory
        self.composer = composer or Composer(change_set, root_url)
        self._batch: dict[int, tuple[Any, list[int]]] = {}

    def pending(self) -> list[int]:
        """The batch's unsent deliveries, read with their members in one query."""
        queued = (
            Delivery.objects.filter(
                change_set=self.change_set, batch=self.batch, state=DeliveryState.QUEUED
            )
            .select_related("member")
            .order_by("pk")
        )
        self._batch = {d.pk: (d.member, d.entry_ids) for d in queued}
        return list(self._batch)

    def send(self) -> BatchOutcome:
        outcome = BatchOutcome()
        ids = self.pending()
        if not ids:
            mark_sent_if_done(self.change_set.pk)
            return outcome
        connection = self.connection_factory()
        try:
            # Opened here, the connection stays open across the batch; left to
            # send_messages, it would be opened and closed for each message.
            connection.open()
        except SEND_ERRORS as error:
            outcome.error = str(error) or error.__class__.__name__
            Delivery.objects.filter(pk__in=ids).update(last_error=outcome.error[:2000])
            return outcome
        try:
            for pk in ids:
                if not self._send_one(connection, pk, outcome):
                    break
        finally:
            with contextlib.suppress(*SEND_ERRORS):  # the server went away: nothing to close
                connection.close()
        mark_sent_if_done(self.change_set.pk)
        return outcome

    def _send_one(self, connection: Any, pk: int, outcome: BatchOutcome) -> bool:
        """False when the batch must stop (the server is down or asks us to wait)."""
        member, entry_ids = self._batch[pk]
        try:
            with transaction.atomic():
                # The claim re-checks the member as it is now: someone who stopped alerts or
                # left since the release is not written to.
                claimed = Delivery.objects.filter(
                    pk=pk,
                    state=DeliveryState.QUEUED,
                    member__state=MemberState.ACTIVE,
                    member__alerts_opt_in=True,
                ).update(attempts=F("attempts") + 1)
                if not claimed:
                    Delivery.objects.filter(pk=pk, state=DeliveryState.QUEUED).update(
                        state=DeliveryState.SKIPPED
                    )
                    outcome.skipped += 1
                    return True
                connection.send_messages([self.composer.message(member, entry_ids)])
                Delivery.objects.filter(pk=pk).update(
                    state=DeliveryState.SENT, sent_at=timezone.now(), last_error=""
                )
            outcome.sent += 1
            return True
        except SEND_ERRORS as error:
            refused = refusal(error)
            if refused is None:
                Delivery.objects.filter(pk=pk).update(
                    attempts=F("attempts") + 1, last_error=str(error)[:2000]
                )
                outcome.error = str(error) or error.__class__.__name__
                return False
            self._bounce(pk, *refused)
            outcome.bounced += 1
            return True

    def _bounce(self, pk: int, code: int, text: str) -> None:
        with transaction.atomic():
            delivery = Delivery.objects.select_related("member").get(pk=pk)
            delivery.state = DeliveryState.BOUNCED
            delivery.attempts += 1
            delivery.last_error = f"{code} {text}"[:2000]
            delivery.save(update_fields=["state", "attempts", "last_error"])
            Bounce.objects.create(
                member=delivery.member,
                email=delivery.member.email,
                change_set=self.change_set,
                code=code,
                message=text[:2000],
            )
        logger.warning(
            "Alert to member #%s refused by the mail server: %s %s", delivery.member_id, code, text
        )


def give_up(change_set: ChangeSet, batch: int, error: str) -> int:
    """After the last attempt: the batch's unsent deliveries are failed, for staff to see."""
    failed = Delivery.objects.filter(
        change_set=change_set, batch=batch, state=DeliveryState.QUEUED
    ).update(state=DeliveryState.FAILED, last_error=error[:2000])
    mark_sent_if_done(change_set.pk)
    return failed
