"""Bump the data version whenever the TIP data the explorer, the API and the downloads show
changes.

Covers admin edits and deletions (post_save / post_delete), group membership changes
(m2m_changed) and every load of the bundled dataset (its `DatasetLoad` record).
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save

from tipwatch.tip.models import (
    BureauAssignment,
    Country,
    CountryAlias,
    CoverageGap,
    DatasetLoad,
    Group,
    Narrative,
    NarrativeSection,
    Placement,
    Report,
    SourceConflict,
    Statistic,
)

from .versioning import bump_data_version

WATCHED = (
    Placement,
    Report,
    Group,
    Country,
    CountryAlias,
    BureauAssignment,
    CoverageGap,
    SourceConflict,
    DatasetLoad,
    Statistic,
    # The country profile shows the reports' narratives (edited in the admin or by an import).
    Narrative,
    NarrativeSection,
)


def _bump(**kwargs: Any) -> None:
    if kwargs.get("raw"):  # loading fixtures
        return
    bump_data_version()


def _bump_on_membership(action: str = "", **kwargs: Any) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        bump_data_version()


for _model in WATCHED:
    _label = _model._meta.label
    post_save.connect(_bump, sender=_model, dispatch_uid=f"explorer-version-save-{_label}")
    post_delete.connect(_bump, sender=_model, dispatch_uid=f"explorer-version-delete-{_label}")

m2m_changed.connect(
    _bump_on_membership,
    sender=Group.members.through,
    dispatch_uid="explorer-version-group-members",
)
