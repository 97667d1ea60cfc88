"""Hold and release change sets. Releasing decides who hears (once, at release) and queues the
sending in batches; releasing again queues what is still unsent and adds nobody."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .audience import recipients
from .models import WAITING, ChangeSet, ChangeSetState, Delivery, DeliveryState


class ReleaseRefusedError(ValueError):
    """The change set cannot be held or released in its present state."""


def batch_size() -> int:
    return max(1, int(getattr(settings, "TIPWATCH_ALERTS_BATCH_SIZE", 200)))


@dataclass
class ReleaseResult:
    change_set: ChangeSet
    created: int = 0
    batches: list[int] = field(default_factory=list)


def hold(change_set: ChangeSet) -> ChangeSet:
    with transaction.atomic():
        locked = ChangeSet.objects.select_for_update().get(pk=change_set.pk)
        if locked.state not in WAITING:
            raise ReleaseRefusedError(
                f"change set #{locked.pk} is {locked.get_state_display().lower()}: only a "
                "change set not yet released can be held"
            )
        locked.state = ChangeSetState.HELD
        locked.save(update_fields=["state", "updated_at"])
    return locked


class ReleaseChangeSet:
    """`enqueue(change_set_id, batch)` is called for each batch with unsent deliveries, after
    the transaction commits (a rolled-back release queues nothing)."""

    def __init__(
        self,
        change_set: ChangeSet,
        *,
        user: Any = None,
        enqueue: Callable[[int, int], None] | None = None,
    ) -> None:
        self.change_set = change_set
        self.user = user if getattr(user, "is_authenticated", False) else None
        self.enqueue = enqueue

    def release(self) -> ReleaseResult:
        with transaction.atomic():
            change_set = ChangeSet.objects.select_for_update().get(pk=self.change_set.pk)
            if change_set.state == ChangeSetState.WITHDRAWN:
                raise ReleaseRefusedError(
                    f"change set #{change_set.pk} was withdrawn: its edits cancelled out"
                )
            result = ReleaseResult(change_set)
            if change_set.state in WAITING:
                change_set.state = ChangeSetState.RELEASED
                change_set.released_at = timezone.now()
                change_set.released_by = self.user
                change_set.save(update_fields=["state", "released_at", "released_by", "updated_at"])
                result.created = self._create_deliveries(change_set)
            queued = Delivery.objects.filter(change_set=change_set, state=DeliveryState.QUEUED)
            result.batches = sorted(set(queued.values_list("batch", flat=True)))
            if not result.batches:
                mark_sent_if_done(change_set.pk)
            elif self.enqueue is not None:
                transaction.on_commit(_enqueue_all(self.enqueue, change_set.pk, result.batches))
        self.change_set.refresh_from_db()
        result.change_set = self.change_set
        return result

    def _create_deliveries(self, change_set: ChangeSet) -> int:
        audience = recipients(change_set)
        size = batch_size()
        deliveries = [
            Delivery(change_set=change_set, member_id=member_id, entry_ids=entries, batch=i // size)
            for i, (member_id, entries) in enumerate(sorted(audience.items()))
        ]
        # The unique (member, change set) constraint makes a second release add nothing.
        Delivery.objects.bulk_create(deliveries, batch_size=2000, ignore_conflicts=True)
        return len(deliveries)


def _enqueue_all(
    enqueue: Callable[[int, int], None], change_set_id: int, batches: list[int]
) -> Callable[[], None]:
    def run() -> None:
        for number in batches:
            enqueue(change_set_id, number)

    return run


def mark_sent_if_done(change_set_id: int) -> bool:
    """A released change set with nothing left queued is sent."""
    if Delivery.objects.filter(change_set_id=change_set_id, state=DeliveryState.QUEUED).exists():
        return False
    return bool(
        ChangeSet.objects.filter(pk=change_set_id, state=ChangeSetState.RELEASED).update(
            state=ChangeSetState.SENT, sent_at=timezone.now(), updated_at=timezone.now()
        )
    )
