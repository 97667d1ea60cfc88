"""`tipwatch alerts list|preview|send|hold|release-due`: change sets from the command line.

`send ID` releases the change set if it is waiting and sends what is unsent, here and now, one
SMTP connection per batch. Running it again sends nothing more: each member's delivery of a
change set is recorded once.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.db.models import Count

from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.members.emails import site_root_url

from ...models import ChangeSet, DeliveryState
from ...preview import delivery_counts, preview
from ...release import ReleaseChangeSet, ReleaseRefusedError, hold
from ...sending import BatchOutcome, BatchSender
from ...tasks import release_due, requeue_stalled

MAX_ID = 2**63 - 1


def change_set_id(text: str) -> int:
    if not text.isascii() or not text.isdigit() or not 0 < int(text) <= MAX_ID:
        raise UsageError(f"a change set is named by its number, such as 3; not {text!r}")
    return int(text)


class Command(TipwatchCommand):
    help = "List, preview, hold and send the alerts of change sets."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        listing = actions.add_parser("list", help="Change sets with their state and counts.")
        listing.add_argument("--format", choices=["text", "json"], default="text")
        shown = actions.add_parser("preview", help="Who gets what, with a sample email.")
        shown.add_argument("id")
        shown.add_argument("--format", choices=["text", "json"], default="text")
        send = actions.add_parser("send", help="Release (if waiting) and send what is unsent.")
        send.add_argument("id")
        held = actions.add_parser("hold", help="Keep a change set from going out by itself.")
        held.add_argument("id")
        actions.add_parser(
            "release-due",
            help="Release edits whose fold window has closed, and queue again what a killed "
            "worker left unsent.",
        )

    def _get(self, text: str) -> ChangeSet:
        pk = change_set_id(text)
        found = ChangeSet.objects.filter(pk=pk).first()
        if found is None:
            known = list(ChangeSet.objects.order_by("-pk").values_list("pk", flat=True)[:10])
            listed = ", ".join(map(str, known)) or "none yet"
            raise UsageError(f"no change set #{pk}; the latest are: {listed}")
        return found

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "list":
            self._list(options["format"])
        elif action == "preview":
            self._preview(self._get(options["id"]), options["format"])
        elif action == "send":
            self._send(self._get(options["id"]))
        elif action == "hold":
            try:
                held = hold(self._get(options["id"]))
            except ReleaseRefusedError as error:
                raise UsageError(str(error)) from error
            self.stdout.write(f"Change set #{held.pk} is held.")
        elif action == "release-due":
            released = release_due()
            self.stdout.write(f"Released {len(released)} change set(s).")
            stalled = requeue_stalled()
            if stalled:
                listed = ", ".join(f"#{pk}" for pk in stalled)
                self.stdout.write(f"Queued the unsent emails of {listed} again.")

    def _list(self, fmt: str) -> None:
        rows = []
        for change_set in ChangeSet.objects.annotate(countries=Count("entries")).order_by("-pk"):
            rows.append(
                {
                    "id": change_set.pk,
                    "report_year": change_set.report_year,
                    "source": change_set.source,
                    "state": change_set.state,
                    "countries": change_set.countries,  # type: ignore[attr-defined]
                    "created_at": change_set.created_at.isoformat(),
                    "released_at": change_set.released_at.isoformat()
                    if change_set.released_at
                    else None,
                    "deliveries": delivery_counts(change_set),
                }
            )
        if fmt == "json":
            self.stdout.write(json.dumps(rows, indent=2))
            return
        if not rows:
            self.stdout.write("No change sets yet.")
        for row in rows:
            counts = ", ".join(f"{k} {v}" for k, v in row["deliveries"].items() if v)
            self.stdout.write(
                f"#{row['id']}  {row['report_year']}  {row['source']:<8} {row['state']:<10}"
                f" {row['countries']} countries  {counts or 'no deliveries'}"
            )

    def _preview(self, change_set: ChangeSet, fmt: str) -> None:
        shown = preview(change_set)
        if fmt == "json":
            self.stdout.write(json.dumps(shown.as_dict(), indent=2, ensure_ascii=False))
            return
        self.stdout.write(f"{change_set} ({change_set.get_state_display()})")
        for entry in shown.entries:
            told = shown.by_country.get(entry.country.iso3, 0)
            self.stdout.write(
                f"  {entry.country.iso3} {entry.old_tier or '-'} -> {entry.new_tier or '-'}"
                f" ({entry.change}) flags +{entry.flags_added} -{entry.flags_removed};"
                f" {told} member(s)"
            )
        self.stdout.write(f"{shown.recipients} member(s) get one email each.")
        if shown.sample is not None:
            self.stdout.write(f"\nSample to {shown.sample.to}\nSubject: {shown.sample.subject}\n")
            self.stdout.write(shown.sample.text)

    def _send(self, change_set: ChangeSet) -> None:
        before = delivery_counts(change_set)
        try:
            result = ReleaseChangeSet(change_set).release()
        except ReleaseRefusedError as error:
            raise UsageError(str(error)) from error
        root_url = site_root_url()
        total = BatchOutcome()
        for batch in result.batches:
            outcome = BatchSender(result.change_set, batch, root_url).send()
            total.add(outcome)
            if outcome.error:
                break
        after = delivery_counts(change_set)
        done_before = sum(before[s] for s in (DeliveryState.SENT, DeliveryState.SKIPPED))
        failed = after[DeliveryState.BOUNCED] + after[DeliveryState.FAILED]
        unsent = after[DeliveryState.QUEUED]
        skipped = done_before + total.skipped
        line = f"Change set #{change_set.pk}: sent {total.sent}, skipped {skipped}, failed {failed}"
        self.stdout.write(line + (f", still queued {unsent}" if unsent else ""))
        if total.error:
            raise CommandError(f"the mail server failed: {total.error}; run send again later")
