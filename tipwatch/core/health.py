"""Whether this app server can serve: the database, the shared cache and the schema.

Each check returns None when it passes, or one short line naming what is wrong. The line names
the kind of failure only (the exception class, never its message), because /readyz is public
and messages carry host names and credentials; the full error goes to the log.
"""

from __future__ import annotations

import logging
import uuid
from functools import cache as memoize

from django.core.cache import cache
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

logger = logging.getLogger(__name__)

CACHE_PROBE_SECONDS = 10


def _failure(check: str, error: Exception) -> str:
    logger.warning("Readiness check %s failed: %r", check, error)
    return f"{type(error).__module__}.{type(error).__name__}"


def check_database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # every driver has its own errors; any of them means not ready
        return _failure("database", error)
    return None


def check_cache() -> str | None:
    # A write and a read of a key of our own: a cache that only answers reads is not usable.
    key = f"tipwatch:readyz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", CACHE_PROBE_SECONDS)
        value = cache.get(key)
        cache.delete(key)
    except Exception as error:  # redis, memcached and file backends raise different errors
        return _failure("cache", error)
    if value != "ok":
        return "the cache did not return what was written"
    return None


@memoize
def _migrations_on_disk() -> frozenset[tuple[str, str]]:
    """Every migration this code ships, squashed ones by the name they replace everything with.

    Read once per process: the files cannot change under a running server (a deployment
    restarts it), and reading them takes far longer than the query that follows.
    """
    loader = MigrationLoader(None, ignore_no_migrations=True, replace_migrations=False)
    return frozenset(loader.disk_migrations)


def unapplied_migrations() -> list[str]:
    applied = set(MigrationRecorder(connection).applied_migrations())
    return sorted(f"{app}.{name}" for app, name in _migrations_on_disk() - applied)


def check_migrations() -> str | None:
    try:
        missing = unapplied_migrations()
    except Exception as error:
        return _failure("migrations", error)
    if missing:
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        shown = ", ".join(missing[:5]) + more
        return f"{len(missing)} unapplied: {shown}"
    return None


NOT_CHECKED = "not checked: the database is unreachable"


def readiness() -> tuple[list[str], dict[str, str]]:
    """The names of the failed checks, and each check's outcome ("ok" or what is wrong).

    Without a database the schema cannot be asked, so it is reported as not checked rather than
    as a second failure.
    """
    problems = {"database": check_database(), "cache": check_cache()}
    problems["migrations"] = None if problems["database"] else check_migrations()
    failed = [name for name, problem in problems.items() if problem]
    outcomes = {name: problem or "ok" for name, problem in problems.items()}
    if problems["database"]:
        outcomes["migrations"] = NOT_CHECKED
    return failed, outcomes
