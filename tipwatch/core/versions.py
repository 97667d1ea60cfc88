"""Versions that cache keys carry, kept in the database so that every process sees a bump.

The same mechanism as the explorer's data version (`explorer/versioning.py`): one row per
version, bumped with `counter + 1` in the caller's transaction and read with one indexed query.
"""

from __future__ import annotations

from django.db.models import F
from django.utils import timezone

from .models import CacheVersion


def read_version(name: str) -> int:
    """The current value of a version; 0 before its first bump."""
    counter = CacheVersion.objects.filter(pk=name).values_list("counter", flat=True).first()
    return int(counter or 0)


def bump_version(name: str) -> None:
    """Make everything cached under the current value stale, in every process at once."""
    now = timezone.now()
    updated = CacheVersion.objects.filter(pk=name).update(counter=F("counter") + 1, changed_at=now)
    if not updated:
        _, created = CacheVersion.objects.get_or_create(
            pk=name, defaults={"counter": 1, "changed_at": now}
        )
        if not created:  # created by another process between the update and here
            CacheVersion.objects.filter(pk=name).update(counter=F("counter") + 1, changed_at=now)
