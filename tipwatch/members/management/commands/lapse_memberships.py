"""Mark active memberships whose renewal date has passed as lapsed.

Safe to run daily from a scheduler: each membership lapses once, and the change is logged in
the member's History. A lapsed member can rejoin from their manage link.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from tipwatch.core.commands import TipwatchCommand
from tipwatch.members import services


class Command(TipwatchCommand):
    help = "Lapse active memberships whose renewal date has passed."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would lapse; change nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["dry_run"]:
            count = services.overdue_memberships().count()
            self.stdout.write(f"{count} membership(s) would lapse.")
            return
        lapsed = services.lapse_overdue()
        self.stdout.write(self.style.SUCCESS(f"{len(lapsed)} membership(s) lapsed."))
