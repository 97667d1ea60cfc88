"""Background tasks: send a batch (with retries and backoff) and release an edit's change set
when its fold window closes.

Retries follow the member emails' settings: `TIPWATCH_MAIL_RETRY_SECONDS` doubled per attempt,
`TIPWATCH_MAIL_ATTEMPTS` attempts in all; after the last, the batch's unsent deliveries fail.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from tipwatch.members.emails import site_root_url

from .models import ChangeSet, ChangeSetState, DeliveryState
from .release import ReleaseChangeSet
from .sending import BatchSender, give_up

logger = logging.getLogger(__name__)


@task()
def send_alert_batch(change_set_id: int, batch: int, root_url: str, attempt: int = 1) -> str:
    change_set = ChangeSet.objects.filter(pk=change_set_id).first()
    if change_set is None:
        return "nothing to send: the change set is gone"
    outcome = BatchSender(change_set, batch, root_url).send()
    if not outcome.error:
        return f"sent {outcome.sent}, skipped {outcome.skipped}, bounced {outcome.bounced}"
    attempts = int(settings.TIPWATCH_MAIL_ATTEMPTS)
    if attempt >= attempts or not send_alert_batch.get_backend().supports_defer:
        failed = give_up(change_set, batch, outcome.error)
        logger.error(
            "Alerts of change set #%s, batch %s: %d not sent after %d attempts: %s",
            change_set_id,
            batch,
            failed,
            attempt,
            outcome.error,
        )
        return f"sent {outcome.sent}, failed {failed}"
    delay = float(settings.TIPWATCH_MAIL_RETRY_SECONDS) * 2 ** (attempt - 1)
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    send_alert_batch.using(run_after=run_after).enqueue(
        change_set_id, batch, root_url, attempt=attempt + 1
    )
    logger.warning(
        "Alerts of change set #%s, batch %s stopped (attempt %d of %d): %s; again in %.0f s",
        change_set_id,
        batch,
        attempt,
        attempts,
        outcome.error,
        delay,
    )
    return f"sent {outcome.sent}; retry {attempt + 1} queued"


def enqueue_batch(change_set_id: int, batch: int) -> None:
    send_alert_batch.enqueue(change_set_id, batch, site_root_url())


def release(change_set: ChangeSet, user: object = None) -> ReleaseChangeSet:
    return ReleaseChangeSet(change_set, user=user, enqueue=enqueue_batch)


def release_due(now: datetime.datetime | None = None) -> list[int]:
    """Release every edit's change set whose fold window has closed. Safe to run any time."""
    now = now or timezone.now()
    due = ChangeSet.objects.filter(state=ChangeSetState.FOLDING, send_after__lte=now)
    released = []
    for change_set in due.order_by("pk"):
        release(change_set).release()
        released.append(change_set.pk)
    return released


def requeue_stalled(now: datetime.datetime | None = None) -> list[int]:
    """Queue again the unsent batches of change sets released long ago: a worker killed while
    sending leaves its task "running" for ever. Waiting longer than every retry together keeps
    this off batches still in their backoff, and even if a batch runs twice, each delivery is
    claimed before it is sent, so nobody hears twice."""
    now = now or timezone.now()
    retries = float(settings.TIPWATCH_MAIL_RETRY_SECONDS) * 2 ** int(
        settings.TIPWATCH_MAIL_ATTEMPTS
    )
    cutoff = now - datetime.timedelta(seconds=retries + 600)
    stalled = ChangeSet.objects.filter(
        state=ChangeSetState.RELEASED,
        released_at__lt=cutoff,
        deliveries__state=DeliveryState.QUEUED,
    ).distinct()
    requeued = []
    for change_set in stalled.order_by("pk"):
        release(change_set).release()
        requeued.append(change_set.pk)
    return requeued


@task()
def release_when_due(change_set_id: int) -> str:
    change_set = ChangeSet.objects.filter(pk=change_set_id).first()
    if change_set is None or change_set.state != ChangeSetState.FOLDING:
        return "nothing to do: held, released or gone"
    if change_set.send_after and change_set.send_after > timezone.now():
        release_when_due.using(run_after=change_set.send_after).enqueue(change_set_id)
        return "not due yet: queued again"
    result = release(change_set).release()
    return f"released: {result.created} deliveries in {len(result.batches)} batches"


def queue_release_when_due(change_set: ChangeSet) -> None:
    """Without a backend that can run tasks later, `tipwatch alerts release-due` does it."""
    if release_when_due.get_backend().supports_defer and change_set.send_after is not None:
        release_when_due.using(run_after=change_set.send_after).enqueue(change_set.pk)
