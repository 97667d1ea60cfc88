"""The `tipwatch` console command: one entry point for everything a user runs.

Each sub-command is a Django management command; this maps the hyphenated names people type
(`import-report`) to the command modules (`import_report`) and sets the default settings.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path

COMMANDS: dict[str, tuple[str, str]] = {
    "setup": ("setup", "Create or update the database, load the data and the demo site"),
    "serve": ("serve", "Run the web site on this machine"),
    "load-data": ("load_tip_data", "Load the bundled tier dataset"),
    "tiers": ("tiers", "List the tier of every rated country in one report"),
    "country": ("country", "Show a country's placements over the years"),
    "compare": ("compare", "Compare a group or region in one report"),
    "import-report": ("import_report", "Read a report file into proposed data"),
    "brief": ("brief", "Draft a briefing for a country and report year"),
    "check-claims": ("check_claims", "Check the tier claims in a text against the data"),
    "send-renewal-reminders": ("send_renewal_reminders", "Email members due to renew"),
    "lapse-memberships": ("lapse_memberships", "Lapse memberships past their renewal date"),
    "purge-unconfirmed-members": ("purge_unconfirmed_members", "Delete old unconfirmed sign-ups"),
    "alerts": ("alerts", "List, preview, hold and send members' country alerts"),
    "manage": ("", "Run any Django management command (tipwatch manage migrate ...)"),
}


# Commands that may run before the database exists; every other one needs it set up.
CREATES_DATABASE = {"setup"}
DATABASE_PROBLEM_EXIT = 1


def command_name(typed: str) -> str:
    return COMMANDS[typed][0] if typed in COMMANDS else typed.replace("-", "_")


def typed_name(command: str) -> str:
    for typed, (name, _) in COMMANDS.items():
        if name == command:
            return typed
    return command.replace("_", "-")


def _usage(available: set[str]) -> str:
    lines = ["usage: tipwatch COMMAND [options]", "", "Commands:"]
    shown = [
        (typed, summary)
        for typed, (name, summary) in COMMANDS.items()
        if not name or name in available
    ]
    width = max(len(typed) for typed, _ in shown) + 2
    for typed, summary in shown:
        lines.append(f"  {typed:<{width}}{summary}")
    lines += ["", "Run 'tipwatch COMMAND --help' for a command's options."]
    return "\n".join(lines)


def _read_report_ahead(args: list[str]) -> None:
    """Start reading a long PDF report's pages while Django loads: reading needs no database.

    The command itself reads the file again and checks every argument; when the bytes are
    the same it collects these pages, otherwise the early reading is dropped.
    """
    if "-h" in args or "--help" in args:
        return
    for arg in args:
        path = Path(arg)
        if arg.startswith("-") or not path.is_file():
            continue
        from tipwatch.ingest.limits import read_limits_before_django
        from tipwatch.ingest.parsing.pdf import read_ahead

        limits = read_limits_before_django()
        with contextlib.suppress(OSError):  # the command reports an unreadable file
            if path.stat().st_size <= limits.max_file_bytes:
                read_ahead(path.read_bytes(), limits)
        return


def _fail(typed: str, problem: str) -> None:
    print(f"tipwatch {typed}: {problem}", file=sys.stderr)
    sys.exit(DATABASE_PROBLEM_EXIT)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.dev")
    # What start-up creates lives until the process ends: collecting garbage while Django and
    # Wagtail load only walks it again and again (some 15% of the loading time).
    gc.disable()
    try:
        if args[:1] == ["import-report"]:
            _read_report_ahead(args[1:])
        import django

        django.setup()
        # Django and Wagtail leave some 175,000 objects that live until the process ends.
        # Frozen, the garbage collector stops walking them: while the command runs and, above
        # all, while the interpreter shuts down, which otherwise took a quarter to a third of a
        # second.
        gc.freeze()
    finally:
        gc.enable()
    from django.core.management import execute_from_command_line, get_commands

    available = set(get_commands())
    if not args or args[0] in {"-h", "--help", "help"}:
        print(_usage(available))
        return
    typed, rest = args[0], args[1:]
    if typed == "manage":
        execute_from_command_line(["tipwatch", *rest])
        return
    name = command_name(typed)
    if typed not in COMMANDS or name not in available:
        known = ", ".join(t for t, (n, _) in COMMANDS.items() if not n or n in available)
        print(f"tipwatch: unknown command {typed!r}: choose one of {known}", file=sys.stderr)
        sys.exit(2)
    from django.db import DatabaseError

    from tipwatch.core import database_problems

    asks_for_help = "-h" in rest or "--help" in rest
    if typed not in CREATES_DATABASE and not asks_for_help:
        # Connecting would create an empty SQLite file and then fail on its missing tables.
        problem = database_problems.missing_sqlite_file()
        if problem is not None:
            _fail(typed, problem)
    try:
        execute_from_command_line(["tipwatch", name, *rest])
    except DatabaseError as error:
        # Unreachable, missing or unmigrated: one line with the fix instead of a traceback.
        if "--traceback" in rest:
            raise
        _fail(typed, database_problems.describe(error))
    except BrokenPipeError:
        # The reader went away (e.g. `tipwatch tiers ... | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
