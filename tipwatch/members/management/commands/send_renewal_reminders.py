"""Email active members whose membership falls due for renewal within N days.

Idempotent: each member's record keeps the due date it was last reminded for, so running the
command again (or daily) never sends a second reminder for the same due date. Memberships
already overdue and never reminded are reminded too.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tipwatch.members import services


class Command(BaseCommand):
    help = "Email active members whose renewal falls due within --days days (never twice)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days", type=int, default=30, help="How many days ahead to look (default 30)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List who would be emailed; send nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        days: int = options["days"]
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        due = services.members_due_for_reminder(days)
        sent = 0
        for member in due:
            if options["dry_run"]:
                self.stdout.write(f"Would remind member {member.pk} (due {member.renewal_due}).")
                continue
            if services.send_renewal_reminder(member):
                sent += 1
        if options["dry_run"]:
            self.stdout.write(f"{len(due)} member(s) would be reminded.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Sent {sent} renewal reminder(s)."))
