from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command, get_commands

from tipwatch.core.commands import TipwatchCommand, UsageError


class Command(TipwatchCommand):
    help = (
        "Bring the database up to date, load the tier data if none is loaded, and with --demo "
        "create the demo site and a demo administrator. Safe to run again."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--demo", action="store_true", help="Also create the demo content.")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_tip_data", if_empty=True, stdout=self.stdout)
        if not options["demo"]:
            return
        if not settings.DEBUG:
            raise UsageError("--demo creates a known administrator password; use it only in dev")
        if "load_demo_site" in get_commands():
            call_command("load_demo_site", stdout=self.stdout)
        user_model = get_user_model()
        if not user_model.objects.filter(username="admin").exists():
            user_model.objects.create_superuser("admin", "admin@example.org", "admin")
            self.stdout.write("Created the demo administrator: admin / admin (dev only).")
