from argparse import ArgumentParser
from typing import Any

from django.core.management import call_command

from tipwatch.core.commands import TipwatchCommand


class Command(TipwatchCommand):
    help = "Run the web site on this machine (for production use gunicorn; see docs/deploy.md)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("runserver", f"{options['host']}:{options['port']}", use_reloader=False)
