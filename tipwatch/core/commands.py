"""A base for the project's management commands: hyphenated names in help, one-line errors."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, SystemCheckError

USAGE_ERROR = 2


class UsageError(CommandError):
    """Bad input from the user: printed as one line, exit code 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message, returncode=USAGE_ERROR)


class TipwatchCommand(BaseCommand):
    # The system checks take a second at every start; `tipwatch manage check` runs them.
    requires_system_checks: list[str] = []
    typed_name = ""

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        from tipwatch.cli import typed_name

        self.typed_name = typed_name(subcommand)
        return super().create_parser("tipwatch", self.typed_name, **kwargs)

    def execute(self, *args: Any, **options: Any) -> Any:
        try:
            return super().execute(*args, **options)
        except CommandError as error:
            from_terminal = getattr(self, "_called_from_command_line", False)
            if not from_terminal or options.get("traceback") or isinstance(error, SystemCheckError):
                raise
            self.stderr.write(f"tipwatch {self.typed_name}: {error}", style_func=lambda s: s)
            sys.exit(error.returncode)
