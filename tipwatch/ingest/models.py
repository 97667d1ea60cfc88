"""An import of a report file, and the changes it proposes, waiting for an editor's review."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


def lease_duration() -> timedelta:
    """How long a reading process may go without a sign of life before its run is failed."""
    return timedelta(seconds=settings.TIPWATCH_IMPORT_LEASE_SECONDS)


class ImportRunQuerySet(models.QuerySet["ImportRun"]):
    def same_file(self, sha256: str, year: int | None) -> ImportRunQuerySet:
        """Runs of the same content for the same year, the latest first; with ``year`` None
        (the file states its year) runs of the same content for any year."""
        runs = self.filter(sha256=sha256)
        if year is not None:
            runs = runs.filter(report_year=year)
        return runs.order_by("-created_at", "-pk")

    def abandoned(self) -> ImportRunQuerySet:
        """Running, but the process reading them has shown no sign of life within its lease."""
        cutoff = timezone.now() - lease_duration()
        # A run left running before leases existed has no heartbeat: its start stands for one.
        return self.filter(status=ImportRun.Status.RUNNING).filter(
            models.Q(heartbeat_at__lt=cutoff)
            | models.Q(heartbeat_at__isnull=True, created_at__lt=cutoff)
        )

    def fail_abandoned(self) -> int:
        """Mark every abandoned run failed, saying why; returns how many were."""
        failed = 0
        for run in self.abandoned().only("pk", "lease", "heartbeat_at", "created_at"):
            last = run.heartbeat_at or run.created_at
            seen = timezone.localtime(last).strftime("%Y-%m-%d %H:%M:%S %Z")
            failed += ImportRun.objects.filter(
                pk=run.pk, status=ImportRun.Status.RUNNING, lease=run.lease
            ).update(
                status=ImportRun.Status.FAILED,
                lease="",
                error=(
                    f"The process reading this file ({run.lease_holder}) stopped: no sign of life "
                    f"since {seen}. Retry the import."
                ),
            )
        return failed


class ImportRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Reading the report"
        READY = "ready", "Ready for review"
        APPLIED = "applied", "Applied"
        FAILED = "failed", "Failed"

    report_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Empty until the file is read when the uploader left the year to the file.",
    )
    file = models.FileField(upload_to="imports/%Y/")
    original_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.PositiveBigIntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    progress_label = models.CharField(max_length=200, blank=True)
    error = models.TextField(blank=True)
    # The process reading the run ("host pid token") renews heartbeat_at while it works.
    lease = models.CharField(max_length=120, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    pages = models.PositiveIntegerField(null=True, blank=True)
    problems = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    applied_at = models.DateTimeField(null=True, blank=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        year = self.report_year or "the year the file states"
        return f"Import #{self.pk}: {self.original_name} for {year}"

    @property
    def percent(self) -> int:
        if not self.progress_total:
            return 0
        return min(100, round(100 * self.progress_done / self.progress_total))

    @property
    def lease_holder(self) -> str:
        """The host and process id of the lease, for people."""
        host, _, rest = self.lease.partition(" ")
        pid = rest.partition(" ")[0]
        return f"process {pid} on {host}" if pid else "unknown process"

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.READY, self.Status.APPLIED, self.Status.FAILED}


class ProposedChange(models.Model):
    class Kind(models.TextChoices):
        PLACEMENT = "placement", "Tier placement"
        STATISTIC = "statistic", "Statistic"
        NARRATIVE = "narrative", "Narrative"
        UNKNOWN_COUNTRY = "unknown_country", "Unknown country"

    class Action(models.TextChoices):
        NEW = "new", "New"
        CHANGED = "changed", "Changed"
        UNCHANGED = "unchanged", "Unchanged"
        UNRESOLVED = "unresolved", "Needs a decision"
        SKIPPED = "skipped", "Skipped by the editor"

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    action = models.CharField(max_length=12, choices=Action.choices)
    country = models.ForeignKey(
        "tip.Country", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(max_length=200, help_text="The country name as printed.")
    key = models.CharField(max_length=120, blank=True, help_text="e.g. the metric and year.")
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    page = models.PositiveIntegerField(null=True, blank=True)
    accepted = models.BooleanField(default=False)
    applied = models.BooleanField(default=False)

    class Meta:
        ordering = ["run", "kind", "name", "key"]

    def __str__(self) -> str:
        return (
            f"{self.get_action_display()} {self.get_kind_display().lower()}: {self.name} {self.key}"
        )

    @property
    def is_actionable(self) -> bool:
        return self.action in {self.Action.NEW, self.Action.CHANGED}
