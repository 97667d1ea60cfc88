"""Record a change set whenever placements change in a way members care about.

Receives `tip.events.placements_changed`, inside the transaction that changed the data. An
import or a dataset reload makes a change set held for staff to release; admin edits of one
report year within the fold window (`TIPWATCH_ALERTS_FOLD_SECONDS`) fold into one change set,
released when the window closes.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from tipwatch.tip.events import placements_changed
from tipwatch.tip.services.placement_events import CountryDelta, PlacementEvent

from .models import ChangeSet, ChangeSetEntry, ChangeSetState, Source
from .news import News, fold, news_of


def _as_news(entry: ChangeSetEntry) -> News:
    return News(
        entry.old_tier or None,
        entry.new_tier or None,
        entry.change,
        tuple(entry.flags_added),
        tuple(entry.flags_removed),
    )


def _apply_news(entry: ChangeSetEntry, news: News) -> None:
    entry.old_tier = news.old_tier or ""
    entry.new_tier = news.new_tier or ""
    entry.change = news.change
    entry.flags_added = list(news.flags_added)
    entry.flags_removed = list(news.flags_removed)


def _held_by_default(source: str) -> bool:
    if source == Source.EDIT:
        return False
    return bool(getattr(settings, "TIPWATCH_ALERTS_HOLD_IMPORTS", True))


def _open_fold(year: int, now: datetime.datetime) -> ChangeSet | None:
    return (
        ChangeSet.objects.select_for_update()
        .filter(
            source=Source.EDIT,
            report_year=year,
            state=ChangeSetState.FOLDING,
            send_after__gt=now,
        )
        .order_by("-created_at")
        .first()
    )


def record_year(event: PlacementEvent, year: int, deltas: list[CountryDelta]) -> ChangeSet | None:
    now = timezone.now()
    change_set = _open_fold(year, now) if event.source == Source.EDIT else None
    existing: dict[int, ChangeSetEntry] = {}
    if change_set is not None:
        existing = {e.country_id: e for e in change_set.entries.all()}
    to_save: list[ChangeSetEntry] = []
    to_delete: list[int] = []
    for delta in deltas:
        entry = existing.get(delta.country.pk)
        if entry is None:
            news = news_of(delta.before, delta.after)
            if news is None:
                continue
            entry = ChangeSetEntry(country=delta.country)
        else:
            news = fold(_as_news(entry), delta.before, delta.after)
            if news is None:
                to_delete.append(entry.pk)
                continue
        _apply_news(entry, news)
        entry.reason = event.reason
        entry.statistics = event.statistics.get(delta.country.iso3, [])
        to_save.append(entry)
    if change_set is None:
        if not to_save:
            return None
        fold_seconds = int(getattr(settings, "TIPWATCH_ALERTS_FOLD_SECONDS", 600))
        held = _held_by_default(event.source)
        change_set = ChangeSet.objects.create(
            source=event.source,
            report_year=year,
            state=ChangeSetState.HELD if held else ChangeSetState.FOLDING,
            reason=event.reason,
            import_run=event.import_run,
            send_after=None if held else now + datetime.timedelta(seconds=fold_seconds),
        )
        if not held:
            from .tasks import queue_release_when_due

            transaction.on_commit(lambda: queue_release_when_due(change_set))
    else:
        change_set.reason = "\n".join(dict.fromkeys([*change_set.reason.split("\n"), event.reason]))
    ChangeSetEntry.objects.filter(pk__in=to_delete).delete()
    for entry in to_save:
        entry.change_set = change_set
        entry.save()
    if not change_set.entries.exists():
        change_set.state = ChangeSetState.WITHDRAWN
    change_set.save()
    return change_set


@receiver(placements_changed, dispatch_uid="alerts-record-change-set")
def record_change_sets(sender: Any, event: PlacementEvent, **kwargs: Any) -> list[ChangeSet]:
    by_year: dict[int, list[CountryDelta]] = defaultdict(list)
    for delta in event.deltas:
        by_year[delta.report_year].append(delta)
    recorded = []
    for year in sorted(by_year):
        change_set = record_year(event, year, by_year[year])
        if change_set is not None:
            recorded.append(change_set)
    return recorded
