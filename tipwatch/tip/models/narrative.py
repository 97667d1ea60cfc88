"""What a report says about a country: its narrative, sections and law-enforcement figures."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Metric(models.TextChoices):
    INVESTIGATIONS = "investigations", _("Investigations")
    PROSECUTIONS = "prosecutions", _("Prosecutions")
    CONVICTIONS = "convictions", _("Convictions")
    VICTIMS_IDENTIFIED = "victims_identified", _("Victims identified")
    INVESTIGATIONS_SEX = "investigations_sex_trafficking", _("Investigations (sex trafficking)")
    INVESTIGATIONS_LABOR = (
        "investigations_labor_trafficking",
        _("Investigations (labor trafficking)"),
    )
    PROSECUTIONS_SEX = "prosecutions_sex_trafficking", _("Prosecutions (sex trafficking)")
    PROSECUTIONS_LABOR = "prosecutions_labor_trafficking", _("Prosecutions (labor trafficking)")
    CONVICTIONS_SEX = "convictions_sex_trafficking", _("Convictions (sex trafficking)")
    CONVICTIONS_LABOR = "convictions_labor_trafficking", _("Convictions (labor trafficking)")
    VICTIMS_SEX = "victims_identified_sex_trafficking", _("Victims identified (sex trafficking)")
    VICTIMS_LABOR = (
        "victims_identified_labor_trafficking",
        _("Victims identified (labor trafficking)"),
    )


class Qualifier(models.TextChoices):
    AT_LEAST = "at_least", _("at least")
    APPROXIMATELY = "approximately", _("approximately")
    MORE_THAN = "more_than", _("more than")
    FEWER_THAN = "fewer_than", _("fewer than")


class NarrativeQuerySet(models.QuerySet["Narrative"]):
    def for_year(self, year: int) -> NarrativeQuerySet:
        return self.filter(report__year=year)

    def for_country(self, iso3: str) -> NarrativeQuerySet:
        return self.filter(country__iso3=iso3.strip().upper())

    def with_sections(self) -> NarrativeQuerySet:
        """Country, report and sections in three queries, whatever the number of narratives."""
        return self.select_related("country", "report").prefetch_related(
            models.Prefetch("sections", queryset=NarrativeSection.objects.order_by("position"))
        )


class Narrative(models.Model):
    """A country's chapter in one report, with the pages it spans."""

    country = models.ForeignKey("tip.Country", on_delete=models.PROTECT, related_name="narratives")
    report = models.ForeignKey("tip.Report", on_delete=models.PROTECT, related_name="narratives")
    header = models.CharField(max_length=300, help_text="The chapter's heading as printed.")
    first_page = models.PositiveIntegerField(null=True, blank=True)
    last_page = models.PositiveIntegerField(null=True, blank=True)
    summary = models.TextField(blank=True, help_text="The sentence giving the tier finding.")
    forms = models.JSONField(default=list, blank=True, help_text="Forms of trafficking named.")
    sectors = models.JSONField(default=list, blank=True)
    places = models.JSONField(default=list, blank=True)
    source_name = models.CharField(max_length=300, blank=True)
    source_url = models.URLField(max_length=500, blank=True)

    objects = NarrativeQuerySet.as_manager()

    class Meta:
        ordering = ["report__year", "country__name"]
        constraints = [
            models.UniqueConstraint(fields=["country", "report"], name="one_narrative_per_report")
        ]

    def __str__(self) -> str:
        return f"{self.country} in the {self.report.year} report"

    @property
    def pages_label(self) -> str:
        if self.first_page is None:
            return ""
        if self.last_page in (None, self.first_page):
            return f"page {self.first_page}"
        return f"pages {self.first_page}-{self.last_page}"


class NarrativeSection(models.Model):
    narrative = models.ForeignKey(Narrative, on_delete=models.CASCADE, related_name="sections")
    name = models.CharField(max_length=100, help_text="summary, prosecution, protection...")
    heading = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    first_page = models.PositiveIntegerField(null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["narrative", "position"]

    def __str__(self) -> str:
        return f"{self.narrative}: {self.name}"


class StatisticQuerySet(models.QuerySet["Statistic"]):
    def for_country(self, iso3: str) -> StatisticQuerySet:
        return self.filter(country__iso3=iso3.strip().upper())

    def for_metric(self, metric: str) -> StatisticQuerySet:
        return self.filter(metric=metric)

    def latest_first(self) -> StatisticQuerySet:
        return self.order_by("-period_year", "-report__year")


class Statistic(models.Model):
    """A figure a report gives, e.g. 19 convictions in 2014, with the sentence and page."""

    country = models.ForeignKey("tip.Country", on_delete=models.PROTECT, related_name="statistics")
    report = models.ForeignKey("tip.Report", on_delete=models.PROTECT, related_name="statistics")
    metric = models.CharField(max_length=50, choices=Metric.choices)
    value = models.PositiveIntegerField()
    period_year = models.PositiveSmallIntegerField(help_text="The year the figure refers to.")
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, blank=True)
    quote = models.TextField(help_text="The report's sentence that gives the figure.")
    page = models.PositiveIntegerField(null=True, blank=True)
    section = models.CharField(
        max_length=40,
        blank=True,
        help_text="The narrative section the sentence is in (prosecution, protection, ...).",
    )
    source_url = models.URLField(max_length=500, blank=True)

    objects = StatisticQuerySet.as_manager()

    class Meta:
        ordering = ["country__name", "metric", "period_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "report", "metric", "period_year"],
                name="one_figure_per_metric_year_and_report",
            )
        ]

    def __str__(self) -> str:
        metric = self.get_metric_display().lower()
        return f"{self.country}: {self.value} {metric} in {self.period_year}"

    @property
    def citation(self) -> str:
        page = f", page {self.page}" if self.page else ""
        return f"{self.report}{page}"
