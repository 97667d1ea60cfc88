"""Named, editable sets of countries used for comparisons (Latin America, a bureau...)."""

from __future__ import annotations

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from .choices import GroupKind


class GroupQuerySet(models.QuerySet["Group"]):
    def by_slug(self, slug: str) -> Group:
        return self.get(slug=slug)


class Group(ClusterableModel):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=20, choices=GroupKind.choices, default=GroupKind.CUSTOM)
    description = models.TextField(
        blank=True, help_text="Which definition this is, and what it leaves out."
    )
    members = ParentalManyToManyField("tip.Country", related_name="groups", blank=True)

    objects = GroupQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name
