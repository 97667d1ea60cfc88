"""Filters for the admin listings of TIP data."""

from typing import Any

import django_filters
from django.db.models import QuerySet
from wagtail.admin.filters import WagtailFilterSet

from ..models import Bureau, Group, Placement, Report, TierChoice


def _report_years() -> list[tuple[int, str]]:
    return [(year, str(year)) for year in Report.objects.values_list("year", flat=True)]


class PlacementFilterSet(WagtailFilterSet):
    year = django_filters.TypedChoiceFilter(
        field_name="report__year", label="Report year", choices=_report_years, coerce=int
    )
    tier = django_filters.ChoiceFilter(choices=TierChoice.choices)
    bureau = django_filters.ChoiceFilter(
        label="Bureau (in that year)", choices=Bureau.choices, method="filter_bureau"
    )
    group = django_filters.ModelChoiceFilter(
        label="Group",
        queryset=Group.objects.all(),
        to_field_name="slug",
        method="filter_group",
    )

    class Meta:
        model = Placement
        fields = ["source_kind", "inferred"]

    def filter_bureau(self, queryset: QuerySet[Placement], name: str, value: Any) -> Any:
        return queryset.in_region(value) if value else queryset  # type: ignore[attr-defined]

    def filter_group(self, queryset: QuerySet[Placement], name: str, value: Any) -> Any:
        return queryset.in_group(value.slug) if value else queryset  # type: ignore[attr-defined]


class CountryFilterSet(WagtailFilterSet):
    group = django_filters.ModelChoiceFilter(
        field_name="groups", queryset=Group.objects.all(), to_field_name="slug"
    )
    bureau = django_filters.ChoiceFilter(
        label="Current bureau", choices=Bureau.choices, method="filter_bureau"
    )

    class Meta:
        model = Placement.country.field.related_model
        fields = ["entity_type"]

    def filter_bureau(self, queryset: QuerySet[Any], name: str, value: Any) -> Any:
        if not value:
            return queryset
        return queryset.filter(
            bureau_assignments__bureau=value, bureau_assignments__last_report_year__isnull=True
        )
