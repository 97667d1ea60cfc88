"""The version of the public TIP data, which every cached explorer and API response carries."""

from __future__ import annotations

from django.db import models


class DataVersion(models.Model):
    """One row (pk=1): a counter bumped whenever countries, groups, reports or placements change.

    It lives in the database, not in the cache, so that every web worker sees an edit at once
    even with a per-process cache, and so that a rolled-back import does not bump it.
    """

    counter = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "data version"
        # The table keeps the name it was created with, when this model lived in the explorer.
        db_table = "explorer_dataversion"

    def __str__(self) -> str:
        return f"TIP data version {self.counter}"
