import subprocess
import sys
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command

from tipwatch.core.commands import TipwatchCommand

DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"


class Command(TipwatchCommand):
    help = (
        "Run the web site on this machine, with a worker for background tasks such as report "
        "imports (for production use gunicorn and a worker service; see docs/deploy.md)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--no-worker", action="store_true", help="Do not start the worker.")

    def handle(self, *args: Any, **options: Any) -> None:
        worker = None
        if not options["no_worker"] and settings.TASKS["default"]["BACKEND"] == DATABASE_BACKEND:
            worker = subprocess.Popen(
                # One worker: its autoreloader (on by default under DEBUG) would run a second.
                [sys.executable, "-m", "django", "db_worker", "--no-startup-delay", "--no-reload"],
            )
        try:
            call_command("runserver", f"{options['host']}:{options['port']}", use_reloader=False)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)
