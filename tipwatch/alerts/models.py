"""Change sets (what moved, for which countries), their deliveries to members, and bounces."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from . import wording


class Source(models.TextChoices):
    IMPORT = "import", "Import applied"
    DATASET = "dataset", "Bundled dataset reloaded"
    EDIT = "edit", "Admin edit"


class ChangeSetState(models.TextChoices):
    FOLDING = "folding", "Collecting edits (sent after the fold window)"
    HELD = "held", "Held for release"
    RELEASED = "released", "Released: sending"
    SENT = "sent", "Sent"
    WITHDRAWN = "withdrawn", "Withdrawn: the edits cancelled out"


WAITING = (ChangeSetState.FOLDING, ChangeSetState.HELD)


class ChangeSetQuerySet(models.QuerySet["ChangeSet"]):
    def waiting(self) -> ChangeSetQuerySet:
        return self.filter(state__in=WAITING)

    def published(self) -> ChangeSetQuerySet:
        """Released change sets: what the feeds show."""
        return self.filter(state__in=(ChangeSetState.RELEASED, ChangeSetState.SENT))


class ChangeSet(models.Model):
    source = models.CharField(max_length=10, choices=Source.choices)
    report_year = models.PositiveSmallIntegerField()
    state = models.CharField(max_length=10, choices=ChangeSetState.choices, db_index=True)
    reason = models.TextField(blank=True)
    import_run = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    send_after = models.DateTimeField(
        null=True, blank=True, help_text="A folding change set is released at this time."
    )
    released_at = models.DateTimeField(null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = ChangeSetQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Change set #{self.pk}: {self.report_year} report, {self.get_source_display()}"

    @property
    def is_waiting(self) -> bool:
        return self.state in WAITING


class Change(models.TextChoices):
    UP = "up", "Upgraded"
    DOWN = "down", "Downgraded"
    NEW = "new", "Newly rated"
    REMOVED = "removed", "No longer rated"
    SAME = "same", "Same tier"


class ChangeSetEntry(models.Model):
    change_set = models.ForeignKey(ChangeSet, on_delete=models.CASCADE, related_name="entries")
    country = models.ForeignKey("tip.Country", on_delete=models.CASCADE, related_name="+")
    old_tier = models.CharField(max_length=12, blank=True)
    new_tier = models.CharField(max_length=12, blank=True)
    change = models.CharField(max_length=10, choices=Change.choices)
    flags_added = models.JSONField(default=list)
    flags_removed = models.JSONField(default=list)
    statistics = models.JSONField(default=list)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["country__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["change_set", "country"], name="one_entry_per_country_and_change_set"
            )
        ]

    def __str__(self) -> str:
        return f"{self.country}: {self.old_tier or '-'} to {self.new_tier or '-'}"

    # In the active language: the admin's, or a feed's.
    @property
    def old_label(self) -> str:
        return wording.tier_name(self.old_tier or None)

    @property
    def new_label(self) -> str:
        return wording.tier_name(self.new_tier or None)

    @property
    def flag_lines(self) -> list[str]:
        return wording.flag_lines(self.flags_added, self.flags_removed)


class DeliveryState(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    BOUNCED = "bounced", "Refused by the mail server"
    FAILED = "failed", "Failed after every attempt"
    SKIPPED = "skipped", "Not sent: the member stopped alerts or left before sending"


class Delivery(models.Model):
    """One email of one change set to one member: at most one, ever (the unique constraint)."""

    change_set = models.ForeignKey(ChangeSet, on_delete=models.CASCADE, related_name="deliveries")
    member = models.ForeignKey(
        "members.Member", on_delete=models.CASCADE, related_name="alert_deliveries"
    )
    entry_ids = models.JSONField(default=list, help_text="The entries this member hears about.")
    batch = models.PositiveIntegerField(default=0)
    state = models.CharField(
        max_length=10, choices=DeliveryState.choices, default=DeliveryState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["change_set", "batch", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "change_set"], name="one_delivery_per_member_and_change_set"
            )
        ]
        indexes = [models.Index(fields=["change_set", "batch", "state"])]

    def __str__(self) -> str:
        return f"Change set #{self.change_set_id} to member #{self.member_id}: {self.state}"


class Bounce(models.Model):
    """An address the mail server refused. Erasing the member erases these too."""

    member = models.ForeignKey("members.Member", on_delete=models.CASCADE, related_name="bounces")
    email = models.EmailField()
    change_set = models.ForeignKey(
        ChangeSet, null=True, blank=True, on_delete=models.SET_NULL, related_name="bounces"
    )
    code = models.PositiveSmallIntegerField(null=True, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email}: {self.code or ''} {self.message[:60]}"
