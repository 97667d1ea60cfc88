"""Create the demo site: home page, standing pages, join page, news and membership types."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tipwatch.pages.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Create the demo site content. Safe to run again: existing content is left alone "
        "and nothing is duplicated."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        created = DemoLoader(log=lambda message: self.stdout.write(f"  {message}")).run()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo site ready ({len(created)} changes)."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo site already loaded: nothing to do."))
