"""A country's tier in one report, with where that fact comes from."""

from __future__ import annotations

from django.db import models

from ..names import choice_label
from .choices import SourceKind, TierChoice
from .country import BureauAssignment


class PlacementQuerySet(models.QuerySet["Placement"]):
    def for_year(self, year: int) -> PlacementQuerySet:
        return self.filter(report__year=year)

    def for_country(self, iso3: str) -> PlacementQuerySet:
        return self.filter(country__iso3=iso3.strip().upper())

    def in_group(self, slug: str) -> PlacementQuerySet:
        return self.filter(country__groups__slug=slug)

    def in_region(self, bureau: str) -> PlacementQuerySet:
        """Countries in the bureau as it stood in each placement's report year."""
        effective = BureauAssignment.objects.filter(
            country=models.OuterRef("country"),
            bureau=bureau,
            first_report_year__lte=models.OuterRef("report__year"),
        ).filter(
            models.Q(last_report_year__isnull=True)
            | models.Q(last_report_year__gte=models.OuterRef("report__year"))
        )
        return self.filter(models.Exists(effective))

    def with_tier(self, tier: str) -> PlacementQuerySet:
        return self.filter(tier=tier)

    def ranked(self) -> PlacementQuerySet:
        return self.exclude(tier=TierChoice.SPECIAL_CASE)

    def by_country_name(self) -> PlacementQuerySet:
        return self.select_related("country", "report").order_by("country__name")

    def chronological(self) -> PlacementQuerySet:
        return self.select_related("country", "report").order_by("report__year")

    def with_provenance(self) -> PlacementQuerySet:
        """In the order of the rows with provenance (`reading.placement_rows`, which read the
        country, report and bureau beside each placement from `services.row_index`)."""
        return self.order_by("report__year", "country__name")


def is_secondary(source_kind: str, inferred: bool) -> bool:
    """A placement from a secondary source or inferred, not stated by the report itself."""
    return source_kind in (SourceKind.SECONDARY, SourceKind.INFERRED) or inferred


class Placement(models.Model):
    country = models.ForeignKey("tip.Country", on_delete=models.PROTECT, related_name="placements")
    report = models.ForeignKey("tip.Report", on_delete=models.PROTECT, related_name="placements")
    tier = models.CharField(max_length=12, choices=TierChoice.choices)
    source_kind = models.CharField(max_length=20, choices=SourceKind.choices)
    source_name = models.CharField(max_length=300)
    source_url = models.URLField(max_length=500, blank=True)
    page = models.PositiveIntegerField(null=True, blank=True)
    quote = models.TextField(blank=True, help_text="The source's own words for this placement.")
    note = models.TextField(blank=True)
    inferred = models.BooleanField(
        default=False,
        help_text="True when no source states this placement; it follows from lists and totals.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = PlacementQuerySet.as_manager()

    class Meta:
        ordering = ["report__year", "country__name"]
        constraints = [
            models.UniqueConstraint(fields=["country", "report"], name="one_placement_per_report"),
            # The flag and the kind say the same thing; the flag stays for the downloads and API.
            models.CheckConstraint(
                condition=models.Q(inferred=True, source_kind=SourceKind.INFERRED)
                | (models.Q(inferred=False) & ~models.Q(source_kind=SourceKind.INFERRED)),
                name="inferred_iff_source_kind_inferred",
                violation_error_message="A placement is inferred exactly when its source kind "
                "is 'Inferred from lists and totals'.",
            ),
        ]
        indexes = [models.Index(fields=["tier"])]

    def __str__(self) -> str:
        return f"{self.country} {self.report.year}: {self.get_tier_display()}"

    @property
    def is_secondary(self) -> bool:
        return is_secondary(self.source_kind, self.inferred)

    @property
    def source_kind_label(self) -> str:
        """`get_source_kind_display()`, read from the catalog once per language."""
        return choice_label(SourceKind, self.source_kind)

    @property
    def is_report_wording(self) -> bool:
        """True when the quote is the report's own words, from State or a verbatim copy."""
        return bool(self.quote) and self.source_kind in (
            SourceKind.OFFICIAL,
            SourceKind.VERBATIM_COPY,
            SourceKind.REPORT_IMPORT,
        )

    @property
    def citation(self) -> str:
        page = f", page {self.page}" if self.page else ""
        return f"{self.source_name}{page}"


class SourceConflict(models.Model):
    """Two sources that disagree about one country-year, and which one we kept."""

    country = models.ForeignKey("tip.Country", on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey("tip.Report", on_delete=models.CASCADE, related_name="conflicts")
    kept_tier = models.CharField(max_length=12, choices=TierChoice.choices, blank=True)
    kept_source = models.CharField(max_length=300)
    other_tier = models.CharField(max_length=12, choices=TierChoice.choices, blank=True)
    other_source = models.CharField(max_length=300)
    resolution = models.TextField()

    class Meta:
        ordering = ["report__year", "country__name"]

    def __str__(self) -> str:
        return f"{self.country} {self.report.year}: {self.kept_tier or 'not rated'} kept"


class DatasetLoad(models.Model):
    """One load of the bundled dataset: when, by whom, which version, and what changed."""

    loaded_at = models.DateTimeField(auto_now_add=True)
    loaded_by = models.CharField(max_length=150, blank=True)
    files_sha256 = models.CharField(max_length=64)
    summary = models.JSONField(default=dict)

    class Meta:
        ordering = ["-loaded_at"]
        get_latest_by = "loaded_at"

    def __str__(self) -> str:
        return f"Dataset {self.files_sha256[:12]} loaded {self.loaded_at:%Y-%m-%d %H:%M}"
