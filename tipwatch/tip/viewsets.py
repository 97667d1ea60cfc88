"""Wagtail admin screens for the reference data. These are plain models, not pages."""

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.urls import NoReverseMatch, reverse
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from tipwatch.core.audit import (
    AuditedCreateView,
    AuditedEditView,
    AuditedForm,
    AuditedHistoryView,
)

from .admin_forms import PlacementAdminForm
from .admin_watch import PlacementCreateView, PlacementDeleteView, PlacementEditView
from .filters import CountryFilterSet, PlacementFilterSet
from .models import (
    Country,
    CoverageGap,
    Group,
    Narrative,
    Placement,
    Report,
    SourceConflict,
    Statistic,
)

REASON = FieldPanel("change_reason")


def report_year_column(label: str = "Year") -> Column:
    """The year of the row's report. Wagtail reads a column through a dotted path, so the
    Django lookup `report__year` (kept for sorting) would show nothing."""
    return Column("report_year", label=label, accessor="report.year", sort_key="report__year")


class AuditedViewSet(ModelViewSet):
    add_view_class = AuditedCreateView
    edit_view_class = AuditedEditView
    history_view_class = AuditedHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False


class CountryIndexView(IndexView):
    def get_list_more_buttons(self, instance: Any) -> list[Any]:
        buttons = list(super().get_list_more_buttons(instance))
        if reverse_or_none("briefings_draft"):
            buttons.append(
                MenuItem(
                    "Draft briefing",
                    url=f"{reverse('briefings_draft')}?{urlencode({'country': instance.iso3})}",
                    icon_name="edit",
                    priority=40,
                )
            )
        return buttons


def reverse_or_none(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


class CountryViewSet(AuditedViewSet):
    model = Country
    index_view_class = CountryIndexView
    icon = "site"
    menu_label = "Countries"
    list_display = ["name", "iso3", "entity_type", Column("current_bureau", label="Bureau")]
    filterset_class = CountryFilterSet
    search_fields = ["name", "iso3"]
    list_export = ["iso3", "name", "name_es", "entity_type", "current_bureau"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("iso3"), FieldPanel("entity_type")]),
            FieldRowPanel([FieldPanel("name"), FieldPanel("name_es")]),
            InlinePanel("aliases", label="Other names the report has used"),
            InlinePanel("bureau_assignments", label="Regional bureau by report year"),
            REASON,
        ],
        base_form_class=AuditedForm,
    )


class GroupViewSet(AuditedViewSet):
    model = Group
    icon = "group"
    menu_label = "Groups"
    list_display = ["name", "slug", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind")]),
            FieldPanel("description"),
            FieldPanel("members", widget=forms.CheckboxSelectMultiple),
            REASON,
        ],
        base_form_class=AuditedForm,
    )


class ReportViewSet(AuditedViewSet):
    model = Report
    icon = "doc-full"
    menu_label = "Reports"
    list_display = ["year", "title", "publication_date", "coverage"]
    list_filter = ["coverage"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("year"), FieldPanel("publication_date")]),
            FieldPanel("title"),
            FieldPanel("source_url"),
            FieldRowPanel([FieldPanel("countries_assessed"), FieldPanel("coverage")]),
            FieldPanel("coverage_note"),
            REASON,
        ],
        base_form_class=AuditedForm,
    )


class PlacementViewSet(AuditedViewSet):
    model = Placement
    add_view_class = PlacementCreateView
    edit_view_class = PlacementEditView
    delete_view_class = PlacementDeleteView
    icon = "list-ol"
    menu_label = "Placements"
    list_display = [
        "country",
        report_year_column(),
        "tier",
        "source_kind",
        "inferred",
    ]
    filterset_class = PlacementFilterSet
    search_fields = ["country__name", "country__iso3", "source_name", "note"]
    list_export = [
        "country__iso3",
        "country__name",
        "report__year",
        "tier",
        "source_kind",
        "source_name",
        "source_url",
        "page",
        "quote",
        "note",
        "inferred",
    ]
    inspect_view_fields = [
        "country",
        "report",
        "tier",
        "source_kind",
        "source_name",
        "source_url",
        "page",
        "quote",
        "note",
        "inferred",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("country"), FieldPanel("report")]),
            # The tier has a row of its own: beside two choosers it was cut off at 1280 px.
            FieldRowPanel([FieldPanel("tier"), FieldPanel("editor_correction")]),
            FieldRowPanel([FieldPanel("source_kind"), FieldPanel("inferred")]),
            FieldPanel("source_name"),
            FieldRowPanel([FieldPanel("source_url"), FieldPanel("page")]),
            FieldPanel("quote"),
            FieldPanel("note"),
            REASON,
        ],
        base_form_class=PlacementAdminForm,
    )

    def get_queryset(self, request: Any) -> Any:
        return Placement.objects.select_related("country", "report")


class StatisticViewSet(AuditedViewSet):
    model = Statistic
    icon = "doc-full-inverse"
    menu_label = "Statistics"
    list_display = [
        "country",
        "metric",
        "value",
        "period_year",
        report_year_column("Report"),
        "page",
    ]
    list_filter = ["metric", "report__year"]
    search_fields = ["country__name", "quote"]
    list_export = [
        "country__iso3",
        "country__name",
        "report__year",
        "metric",
        "value",
        "period_year",
        "qualifier",
        "page",
        "quote",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("country"), FieldPanel("report")]),
            FieldRowPanel(
                [
                    FieldPanel("metric"),
                    FieldPanel("qualifier"),
                    FieldPanel("value"),
                    FieldPanel("period_year"),
                ]
            ),
            FieldPanel("quote"),
            FieldRowPanel([FieldPanel("page"), FieldPanel("source_url")]),
            REASON,
        ],
        base_form_class=AuditedForm,
    )

    def get_queryset(self, request: Any) -> Any:
        return Statistic.objects.select_related("country", "report")


class NarrativeViewSet(ModelViewSet):
    model = Narrative
    history_view_class = AuditedHistoryView
    icon = "doc-full"
    menu_label = "Narratives"
    list_display = ["country", report_year_column("Report"), "first_page", "last_page"]
    list_filter = ["report__year"]
    search_fields = ["country__name", "summary"]
    inspect_view_enabled = True
    form_fields = [
        "country",
        "report",
        "header",
        "first_page",
        "last_page",
        "summary",
        "source_name",
        "source_url",
    ]

    def get_queryset(self, request: Any) -> Any:
        return Narrative.objects.select_related("country", "report")


class SourceConflictViewSet(ModelViewSet):
    model = SourceConflict
    icon = "warning"
    menu_label = "Source conflicts"
    list_display = ["country", report_year_column(), "kept_tier", "other_tier"]
    list_filter = ["report__year"]
    inspect_view_enabled = True
    form_fields = [
        "country",
        "report",
        "kept_tier",
        "kept_source",
        "other_tier",
        "other_source",
        "resolution",
    ]

    def get_queryset(self, request: Any) -> Any:
        return SourceConflict.objects.select_related("country", "report")


class CoverageGapViewSet(ModelViewSet):
    model = CoverageGap
    icon = "help"
    menu_label = "Coverage gaps"
    list_display = ["country", report_year_column(), "reason"]
    list_filter = ["report__year"]
    form_fields = ["report", "country", "reason"]

    def get_queryset(self, request: Any) -> Any:
        return CoverageGap.objects.select_related("country", "report")


class TipDataGroup(ViewSetGroup):
    menu_label = "TIP data"
    menu_icon = "table"
    menu_order = 200
    items = (
        CountryViewSet("countries"),
        GroupViewSet("groups"),
        ReportViewSet("reports"),
        PlacementViewSet("placements"),
        StatisticViewSet("statistics"),
        NarrativeViewSet("narratives"),
        SourceConflictViewSet("source_conflicts"),
        CoverageGapViewSet("coverage_gaps"),
    )
