"""What version of the TIP data is live, read with one cheap query, and how to bump it.

The version combines a counter bumped by model signals (admin edits, imports, dataset loads)
with a fingerprint of the placements table (highest id, row count) and the latest dataset load,
so that writes that send no signal (bulk creates and deletes) change it too, and with the
code's release (`core.release`), so that a deploy does not serve HTML the old code rendered.
Every part is read from an index, so the query stays well under a millisecond however many
placements there are.
(`MAX(updated_at)` would need a full scan: `Placement.updated_at` has no index; edits are
caught by the signals instead, which also set `changed_at`.)
"""

from __future__ import annotations

import datetime
import functools
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import connection
from django.db.models import F
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tipwatch.core.models import CacheVersion
from tipwatch.core.release import code_release

from .models import DatasetLoad, DataVersion, Placement

if TYPE_CHECKING:
    from django.http import HttpRequest

SINGLETON = 1


@dataclass(frozen=True)
class DataState:
    token: str
    last_modified: datetime.datetime | None

    @property
    def last_modified_timestamp(self) -> int | None:
        return int(self.last_modified.timestamp()) if self.last_modified else None


def _table(model: type) -> str:
    return connection.ops.quote_name(model._meta.db_table)  # type: ignore[attr-defined]


def _as_datetime(value: object) -> datetime.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        parsed = parse_datetime(value)
        if parsed is None:
            return None
        value = parsed
    if not isinstance(value, datetime.datetime):
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


@functools.cache
def _state_sql(vendor: str, names: int) -> str:
    # Built once per database kind and number of named versions: a cached page's hit runs it.
    version, placements, loads = _table(DataVersion), _table(Placement), _table(DatasetLoad)
    named = _table(CacheVersion)
    return (
        f"SELECT (SELECT counter FROM {version} WHERE id = %s),"
        f" (SELECT changed_at FROM {version} WHERE id = %s),"
        f" (SELECT MAX(id) FROM {placements}),"
        f" (SELECT COUNT(*) FROM {placements}),"
        f" (SELECT MAX(loaded_at) FROM {loads}),"
        f" (SELECT MAX(id) FROM {loads})"
        + f", (SELECT counter FROM {named} WHERE name = %s)"
        * names
    )


def data_state() -> DataState:
    """The live data version and when the data last changed, in one query."""
    return data_state_with_versions(())[0]


def data_state_with_versions(names: tuple[str, ...]) -> tuple[DataState, dict[str, int]]:
    """The data state and the named cache versions (`core.versions`) in the same one query:
    a page served from the response cache checks both, and each query is a round trip."""
    row = _read_state(names)
    changed_at, loaded_at = row[1], row[4]
    stamps = [d for d in map(_as_datetime, (changed_at, loaded_at)) if d is not None]
    state = DataState(token=_token(row), last_modified=max(stamps) if stamps else None)
    return state, _versions(names, row)


def token_with_versions(names: tuple[str, ...]) -> tuple[str, dict[str, int]]:
    """The data state's token and the named versions, as `data_state_with_versions` reads
    them, without the time of the last change (what checking a stored response needs)."""
    row = _read_state(names)
    return _token(row), _versions(names, row)


def _read_state(names: tuple[str, ...]) -> tuple[object, ...]:
    sql = _state_sql(connection.vendor, len(names))
    with connection.cursor() as cursor:
        cursor.execute(sql, [SINGLETON, SINGLETON, *names])
        return tuple(cursor.fetchone())


def _token(row: tuple[object, ...]) -> str:
    counter, changed_at, placement_id, count, loaded_at, load_id = row[:6]
    # The code's release too: a deploy that changes a template must not serve the old HTML.
    raw = f"{code_release()}|{counter}|{changed_at}|{placement_id}|{count}|{loaded_at}|{load_id}"
    return hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()[:16]


def _versions(names: tuple[str, ...], row: tuple[object, ...]) -> dict[str, int]:
    return {name: int(value or 0) for name, value in zip(names, row[6:], strict=True)}  # type: ignore[call-overload]


def data_state_for(request: HttpRequest) -> DataState:
    """The data state, read once per request: the response cache and what a page shows from
    the data (the home page's tier card) key on the same state, and a GET changes no data."""
    memo: DataState | None = getattr(request, "_tipwatch_data_state", None)
    if memo is None:
        memo = data_state()
        request._tipwatch_data_state = memo  # type: ignore[attr-defined]
    return memo


def read_state_for(
    request: HttpRequest, names: tuple[str, ...]
) -> tuple[DataState, dict[str, int]]:
    """The data state and the named versions, read once per request in one query (and kept
    on the request for `data_state_for` and `core.versions.version_for`)."""
    known: dict[str, int] = getattr(request, "_tipwatch_versions", {})
    memo: DataState | None = getattr(request, "_tipwatch_data_state", None)
    missing = tuple(name for name in names if name not in known)
    if memo is None or missing:
        memo, read = data_state_with_versions(missing)
        request._tipwatch_data_state = memo  # type: ignore[attr-defined]
        known = {**known, **read}
        request._tipwatch_versions = known  # type: ignore[attr-defined]
    return memo, {name: known[name] for name in names}


def bump_data_version() -> None:
    """Mark the data as changed. Runs inside the caller's transaction, so a rollback undoes it."""
    now = timezone.now()
    updated = DataVersion.objects.filter(pk=SINGLETON).update(
        counter=F("counter") + 1, changed_at=now
    )
    if not updated:
        DataVersion.objects.get_or_create(pk=SINGLETON, defaults={"counter": 1, "changed_at": now})
