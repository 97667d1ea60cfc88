from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command, get_commands
from django.test.utils import override_settings

from tipwatch.core.commands import TipwatchCommand, UsageError

LOCAL_HOSTS = {"localhost", "127.0.0.1"}
RUN_TASKS_NOW = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class Command(TipwatchCommand):
    help = (
        "Bring the database up to date, load the tier data if none is loaded, and with --demo "
        "create the demo site and a demo administrator. Safe to run again."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--demo", action="store_true", help="Also create the demo content.")
        parser.add_argument(
            "--port",
            type=int,
            default=8000,
            help="With --demo: the port `tipwatch serve` will use, so that links in emails and "
            "canonical addresses point at it (default 8000).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # Loading the data and the demo site queues Wagtail's background work (reference and
        # search indexes) for pages that setup itself then replaces or deletes: done here and
        # now, nothing is left for the worker `serve` starts to fail on.
        with override_settings(TASKS=RUN_TASKS_NOW):
            self.set_up(**options)

    def set_up(self, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_tip_data", if_empty=True, stdout=self.stdout)
        if not options["demo"]:
            return
        if not settings.DEBUG:
            raise UsageError("--demo creates a known administrator password; use it only in dev")
        if not 1 <= options["port"] <= 65535:
            raise UsageError("--port must be between 1 and 65535")
        if "load_demo_site" in get_commands():
            call_command("load_demo_site", stdout=self.stdout)
        self.point_local_site_at(options["port"])
        user_model = get_user_model()
        if not user_model.objects.filter(username="admin").exists():
            user_model.objects.create_superuser("admin", "admin@example.org", "admin")
            self.stdout.write("Created the demo administrator: admin / admin (dev only).")

    def point_local_site_at(self, port: int) -> None:
        """Make the default site's address the development server's.

        Wagtail's first site is http://localhost/ (port 80), so absolute links built from it
        (the welcome email's manage link, canonical and og:url) missed the server's port. Only a
        site on this machine is changed; a real host name is left alone.
        """
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        if site is None or site.hostname not in LOCAL_HOSTS:
            return
        if (site.hostname, site.port) != ("127.0.0.1", port):
            site.hostname, site.port = "127.0.0.1", port
            site.save()
            self.stdout.write(f"The demo site's address is now {site.root_url}/")
