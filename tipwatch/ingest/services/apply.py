"""Apply the changes an editor accepted, in one transaction, each one logged with its reason."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from tipwatch.core.audit import CHANGE_ACTION
from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.tip.models import (
    Coverage,
    CoverageGap,
    Narrative,
    NarrativeSection,
    Placement,
    Report,
    SourceKind,
    Statistic,
)
from tipwatch.tip.services.placement_events import PlacementWatch

Kind = ProposedChange.Kind


class ApplyRefusedError(ValueError):
    """The run cannot be applied in its present state."""


@dataclass
class ApplySummary:
    placements: int = 0
    statistics: int = 0
    narratives: int = 0

    @property
    def total(self) -> int:
        return self.placements + self.statistics + self.narratives


class ApplyImport:
    def __init__(self, run: ImportRun, user: Any = None) -> None:
        self.run = run
        self.user = user if getattr(user, "is_authenticated", False) else None
        self.reason = f"Applied import #{run.pk} of {run.original_name}"

    def apply(self, accepted_ids: Collection[int] | None = None) -> ApplySummary:
        """Apply the accepted changes; with `accepted_ids`, exactly those are accepted."""
        if self.run.status not in (ImportRun.Status.READY, ImportRun.Status.APPLIED):
            raise ApplyRefusedError(
                f"import #{self.run.pk} is {self.run.get_status_display().lower()}"
            )
        summary = ApplySummary()
        with transaction.atomic():
            run = ImportRun.objects.select_for_update().get(pk=self.run.pk)
            changes = run.changes.filter(applied=False).select_related("country")
            if accepted_ids is not None:
                wanted = set(accepted_ids)
                for change in changes:
                    change.accepted = change.pk in wanted and change.is_actionable
                ProposedChange.objects.bulk_update(changes, ["accepted"])
            report = self._report()
            # Listeners (alerts) hear each country's tier and rule flags before and after.
            self.watch = PlacementWatch(
                "import", self.reason, user=self.user, import_run=self.run.pk
            )
            self.watch.watch(
                (change.country_id, report.year)
                for change in changes
                if change.kind == Kind.PLACEMENT
                and change.accepted
                and change.is_actionable
                and change.country_id is not None
            )
            for change in changes:
                if not (change.accepted and change.is_actionable):
                    continue
                if change.kind == Kind.PLACEMENT:
                    self._placement(change, report)
                    summary.placements += 1
                elif change.kind == Kind.STATISTIC:
                    self._statistic(change, report)
                    summary.statistics += 1
                elif change.kind == Kind.NARRATIVE:
                    self._narrative(change, report)
                    summary.narratives += 1
                change.applied = True
                change.save(update_fields=["applied"])
            self.watch.send()
            run.status = ImportRun.Status.APPLIED
            run.applied_at = timezone.now()
            run.applied_by = self.user
            run.save(update_fields=["status", "applied_at", "applied_by"])
        self.run.refresh_from_db()
        return summary

    def _report(self) -> Report:
        report, created = Report.objects.get_or_create(
            year=self.run.report_year,
            defaults={
                "title": f"Trafficking in Persons Report {self.run.report_year}",
                "coverage": Coverage.PARTIAL,
                "coverage_note": f"Created by import #{self.run.pk}; review the coverage.",
            },
        )
        if created:
            self._write_log(report, {})
        return report

    def _write_log(self, instance: Any, changes: dict[str, Any]) -> None:
        # Each entry gets its own uuid: Wagtail's History keeps only the newest entry of each
        # uuid and action, and within one admin request every entry would share the request's,
        # so all but the last object changed would lose the import from their History.
        log(
            instance,
            CHANGE_ACTION,
            user=self.user,
            uuid=uuid.uuid4(),
            data={"reason": self.reason, "changes": changes, "import_run": self.run.pk},
        )

    def _log(self, instance: Any, change: ProposedChange) -> None:
        before = change.before or {}
        after = change.after or {}
        changes = {
            key: [before.get(key), value]
            for key, value in after.items()
            if before.get(key) != value and key != "sections"
        }
        self._write_log(instance, changes)

    def _source_name(self, report: Report) -> str:
        return f"{report} ({self.run.original_name})"

    def _placement(self, change: ProposedChange, report: Report) -> None:
        after = change.after or {}
        if after.get("inferred"):
            self._inferred_placement(change, after, report)
            return
        placement, _ = Placement.objects.update_or_create(
            country=change.country,
            report=report,
            defaults={
                "tier": after["tier"],
                "source_kind": SourceKind.REPORT_IMPORT,
                "source_name": self._source_name(report),
                "source_url": report.source_url,
                "page": after.get("page"),
                "quote": after.get("quote", ""),
                "note": f"Import #{self.run.pk}",
                "inferred": False,
            },
        )
        self._log(placement, change)

    def _inferred_placement(
        self, change: ProposedChange, after: dict[str, Any], report: Report
    ) -> None:
        """A placement for an earlier year, implied by this report's own words: stored as
        inferred with the sentence as its quote, and the year no longer counts as missing."""
        earlier = Report.objects.get(year=after["year"])
        placement, _ = Placement.objects.update_or_create(
            country=change.country,
            report=earlier,
            defaults={
                "tier": after["tier"],
                "source_kind": SourceKind.INFERRED,
                "source_name": self._source_name(report),
                "source_url": report.source_url,
                "page": after.get("page"),
                "quote": after.get("quote", ""),
                "note": (
                    f"Import #{self.run.pk}: implied by the {self.run.report_year} report's "
                    "own words"
                ),
                "inferred": True,
            },
        )
        CoverageGap.objects.filter(report=earlier, country=change.country).delete()
        self._log(placement, change)

    def _statistic(self, change: ProposedChange, report: Report) -> None:
        after = change.after or {}
        statistic, _ = Statistic.objects.update_or_create(
            country=change.country,
            report=report,
            metric=after["metric"],
            period_year=after["period_year"],
            defaults={
                "value": after["value"],
                "qualifier": after.get("qualifier") or "",
                "quote": after["quote"],
                "page": after.get("page"),
                "section": after.get("section") or "",
                "source_url": report.source_url,
            },
        )
        self._log(statistic, change)
        if change.country is not None:
            self.watch.add_statistic(
                change.country.iso3, after["metric"], after["period_year"], after["value"]
            )

    def _narrative(self, change: ProposedChange, report: Report) -> None:
        after = change.after or {}
        narrative, _ = Narrative.objects.update_or_create(
            country=change.country,
            report=report,
            defaults={
                "header": after["header"],
                "first_page": after.get("first_page"),
                "last_page": after.get("last_page"),
                "summary": after.get("summary", ""),
                "forms": after.get("forms", []),
                "sectors": after.get("sectors", []),
                "places": after.get("places", []),
                "source_name": self._source_name(report),
                "source_url": report.source_url,
            },
        )
        narrative.sections.all().delete()
        NarrativeSection.objects.bulk_create(
            NarrativeSection(
                narrative=narrative,
                name=section["name"],
                text=section["text"],
                first_page=section.get("first_page"),
                position=position,
            )
            for position, section in enumerate(after.get("sections", []))
        )
        self._log(narrative, change)
