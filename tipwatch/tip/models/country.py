"""Countries and other entities the report rates, with their names over the years and bureau."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from .choices import Bureau, EntityType

iso3_validator = RegexValidator(r"^[A-Z]{3}$", "Use three capital letters, e.g. PER.")


class CountryQuerySet(models.QuerySet["Country"]):
    def by_code(self, iso3: str) -> Country:
        return self.get(iso3=iso3.strip().upper())

    def in_group(self, slug: str) -> CountryQuerySet:
        return self.filter(groups__slug=slug)

    def in_region(self, bureau: str, year: int) -> CountryQuerySet:
        return self.filter(
            pk__in=BureauAssignment.objects.effective_in(year)
            .filter(bureau=bureau)
            .values("country_id")
        )


class Country(ClusterableModel):
    iso3 = models.CharField(
        "ISO 3166 alpha-3 code",
        max_length=3,
        unique=True,
        validators=[iso3_validator],
        help_text="Kosovo uses the user-assigned code XKX.",
    )
    name = models.CharField(max_length=100, unique=True)
    name_es = models.CharField("Spanish name", max_length=100, blank=True)
    entity_type = models.CharField(
        max_length=20, choices=EntityType.choices, default=EntityType.STATE
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.name

    def bureau_for(self, year: int) -> str | None:
        for assignment in self.bureau_assignments.all():
            if assignment.covers(year):
                return assignment.bureau
        return None

    @property
    def current_bureau(self) -> str | None:
        open_ended = [a for a in self.bureau_assignments.all() if a.last_report_year is None]
        return open_ended[0].bureau if open_ended else None

    @property
    def alias_names(self) -> list[str]:
        return [alias.name for alias in self.aliases.all()]


class CountryAlias(Orderable):
    """Another name the report or a source has used for the country (Burma, Swaziland...)."""

    country = ParentalKey(Country, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=120, unique=True)

    class Meta(Orderable.Meta):
        verbose_name_plural = "aliases"

    def __str__(self) -> str:
        return self.name


class BureauAssignmentQuerySet(models.QuerySet["BureauAssignment"]):
    def effective_in(self, year: int) -> BureauAssignmentQuerySet:
        return self.filter(first_report_year__lte=year).filter(
            models.Q(last_report_year__isnull=True) | models.Q(last_report_year__gte=year)
        )


class BureauAssignment(Orderable):
    """The State Department regional bureau responsible for a country, by report year."""

    country = ParentalKey(Country, on_delete=models.CASCADE, related_name="bureau_assignments")
    bureau = models.CharField(max_length=3, choices=Bureau.choices)
    first_report_year = models.PositiveSmallIntegerField(default=2001)
    last_report_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Leave empty while the assignment is current."
    )
    basis = models.CharField(max_length=255, blank=True, help_text="Why we believe this.")

    objects = BureauAssignmentQuerySet.as_manager()

    class Meta(Orderable.Meta):
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_report_year__isnull=True)
                | models.Q(last_report_year__gte=models.F("first_report_year")),
                name="bureau_assignment_years_in_order",
            )
        ]

    def __str__(self) -> str:
        end = self.last_report_year or ""
        return f"{self.bureau} {self.first_report_year}-{end}"

    def covers(self, year: int) -> bool:
        return self.first_report_year <= year and (
            self.last_report_year is None or year <= self.last_report_year
        )
