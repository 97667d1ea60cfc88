"""Delete sign-ups whose email address was never confirmed within N days.

Safe to run daily from a scheduler: each run deletes only what is old enough, and a sign-up
confirmed meanwhile is kept.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.members import services

DEFAULT_DAYS = 30


class Command(TipwatchCommand):
    help = "Delete sign-ups never confirmed within --days days (default 30), history included."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=DEFAULT_DAYS,
            help=f"How old an unconfirmed sign-up must be (default {DEFAULT_DAYS}).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        days: int = options["days"]
        if not 1 <= days <= 3650:
            raise UsageError("--days must be between 1 and 3650")
        if options["dry_run"]:
            count = services.unconfirmed_older_than(days).count()
            self.stdout.write(f"{count} unconfirmed sign-up(s) would be deleted.")
            return
        purged = services.purge_unconfirmed(days)
        self.stdout.write(self.style.SUCCESS(f"Deleted {purged} unconfirmed sign-up(s)."))
