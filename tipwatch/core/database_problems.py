"""One line saying what is wrong with the database and how to fix it, for the command line.

A command that meets a database error asks `describe` only then, so a working database costs
nothing: it tries to connect again and compares the applied migrations with the code's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

SETUP_HINT = "run `tipwatch setup`"
# libpq's message names the server and then why: keep the why ("Connection refused").
_CONNECT_REASON = re.compile(r"failed: (?!.*failed: )(.+)")


def _settings(alias: str = DEFAULT_DB_ALIAS) -> dict[str, Any]:
    return dict(connections[alias].settings_dict)


def is_sqlite(settings_dict: dict[str, Any]) -> bool:
    return "sqlite3" in str(settings_dict.get("ENGINE", ""))


def location(settings_dict: dict[str, Any]) -> str:
    """Where the database is, as a person would look for it: a file, or host:port/name."""
    name = str(settings_dict.get("NAME") or "")
    if is_sqlite(settings_dict):
        return name
    host = settings_dict.get("HOST") or "localhost"
    port = settings_dict.get("PORT") or "default port"
    return f"{host}:{port}/{name}"


def missing_sqlite_file(alias: str = DEFAULT_DB_ALIAS) -> str | None:
    """The problem line when the SQLite file does not exist yet (connecting would create it)."""
    settings_dict = _settings(alias)
    name = str(settings_dict.get("NAME") or "")
    if not is_sqlite(settings_dict) or name in {"", ":memory:"} or name.startswith("file:"):
        return None
    if Path(name).exists():
        return None
    return f"there is no database at {name}: {SETUP_HINT} (or check DATABASE_URL)"


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _connect_problem(alias: str) -> str | None:
    connection = connections[alias]
    connection.close()
    try:
        connection.ensure_connection()
    except DatabaseError as error:
        line = _first_line(error)
        where = location(_settings(alias))
        if "does not exist" in line and "database" in line:
            name = _settings(alias).get("NAME")
            return f"the database {name} does not exist at {where}: create it, then {SETUP_HINT}"
        match = _CONNECT_REASON.search(line)
        reason = match.group(1) if match else line
        return f"cannot connect to the database at {where}: check DATABASE_URL ({reason})"
    return None


def _unapplied_migrations(alias: str) -> int:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections[alias])
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def describe(error: DatabaseError, alias: str = DEFAULT_DB_ALIAS) -> str:
    """One line naming the problem behind ``error`` and its fix."""
    try:
        problem = _connect_problem(alias)
        if problem is not None:
            return problem
        where = location(_settings(alias))
        unapplied = _unapplied_migrations(alias)
    except DatabaseError as again:
        return f"database error at {location(_settings(alias))}: {_first_line(again)}"
    if unapplied:
        return (
            f"the database at {where} is not set up or not up to date "
            f"({unapplied} migrations to apply): {SETUP_HINT}"
        )
    return f"database error at {where}: {_first_line(error)}"
