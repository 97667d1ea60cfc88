"""The annual reports, how completely our data covers each, and the gaps we know of."""

from __future__ import annotations

import datetime

from django.db import models
from django.utils.translation import gettext

from .choices import Coverage


class ReportQuerySet(models.QuerySet["Report"]):
    def by_year(self, year: int) -> Report:
        return self.get(year=year)

    def complete(self) -> ReportQuerySet:
        return self.filter(coverage=Coverage.COMPLETE)

    def latest_complete(self) -> Report | None:
        return self.complete().order_by("-year").first()


class Report(models.Model):
    year = models.PositiveSmallIntegerField(unique=True, help_text="The year of publication.")
    title = models.CharField(max_length=200)
    publication_date = models.DateField(null=True, blank=True)
    source_url = models.URLField(max_length=500, blank=True)
    countries_assessed = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The official number of countries the report assessed."
    )
    coverage = models.CharField(max_length=10, choices=Coverage.choices, default=Coverage.COMPLETE)
    coverage_note = models.TextField(blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["year"]

    def __str__(self) -> str:
        return self.title or f"Trafficking in Persons Report {self.year}"

    @property
    def period_start(self) -> datetime.date:
        return datetime.date(self.year - 1, 4, 1)

    @property
    def period_end(self) -> datetime.date:
        return datetime.date(self.year, 3, 31)

    @property
    def is_partial(self) -> bool:
        return self.coverage == Coverage.PARTIAL

    @property
    def year_label(self) -> str:
        """The year as it should be shown anywhere: partial years say so."""
        if self.is_partial:
            return gettext("%(year)s (partial data)") % {"year": self.year}
        return str(self.year)


class CoverageGap(models.Model):
    """A country the report assessed that year, but for which our data holds no placement."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="coverage_gaps")
    country = models.ForeignKey("tip.Country", on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["report__year", "country__name"]
        constraints = [
            models.UniqueConstraint(fields=["report", "country"], name="unique_coverage_gap")
        ]

    def __str__(self) -> str:
        return f"{self.country} missing from {self.report.year}"
