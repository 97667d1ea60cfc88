"""Change sets in Wagtail's admin: the list, preview (who gets what, with a sample), hold and
release; and the addresses the mail server refused."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from .models import Bounce, ChangeSet
from .preview import preview
from .release import ReleaseRefusedError, hold
from .tasks import release


class RowButton(Button):
    allow_in_dropdown = False


class ChangeSetIndexView(IndexView):
    preview_url_name: str = ""

    def get_list_more_buttons(self, instance: Any) -> list[Any]:
        buttons = list(super().get_list_more_buttons(instance))
        buttons.insert(
            0,
            RowButton(
                "Preview",
                url=reverse(self.preview_url_name, args=[instance.pk]),
                icon_name="view",
                classname="button button-small button-secondary",
                attrs={"aria-label": f"Preview change set #{instance.pk}"},
                priority=5,
            ),
        )
        return buttons


class ChangeSetViewSet(ModelViewSet):
    model = ChangeSet
    icon = "mail"
    menu_label = "Change sets"
    index_view_class = ChangeSetIndexView
    add_view_enabled = False
    edit_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        Column("id", label="#", sort_key="id"),
        "report_year",
        Column("source", label="Source", accessor="get_source_display", sort_key="source"),
        Column("state", label="State", accessor="get_state_display", sort_key="state"),
        "created_at",
        "released_at",
    ]
    list_filter = ["state", "source", "report_year"]
    ordering = ["-created_at"]
    search_fields = ["reason"]
    search_backend_name = None
    form_fields = ["reason"]

    def get_index_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_index_view_kwargs(
            preview_url_name=self.get_url_name("preview"), **kwargs
        )

    def get_urlpatterns(self) -> list[Any]:
        return [
            *super().get_urlpatterns(),
            path("preview/<int:pk>/", self.preview_view, name="preview"),
            path("hold/<int:pk>/", self.hold_view, name="hold"),
            path("release/<int:pk>/", self.release_view, name="release"),
        ]

    def _check(self, request: HttpRequest, action: str = "change") -> None:
        if not self.permission_policy.user_has_permission(request.user, action):
            raise PermissionDenied

    def preview_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        self._check(request, "view")
        change_set = get_object_or_404(ChangeSet, pk=pk)
        return TemplateResponse(
            request,
            "alerts/admin/preview.html",
            {
                "preview": preview(change_set),
                "change_set": change_set,
                "index_url": reverse(self.get_url_name("index")),
                "hold_url": reverse(self.get_url_name("hold"), args=[pk]),
                "release_url": reverse(self.get_url_name("release"), args=[pk]),
                "can_change": self.permission_policy.user_has_permission(request.user, "change"),
                "page_title": f"Change set #{pk}: preview",
                "header_icon": "mail",
            },
        )

    def _post_only(self, request: HttpRequest, pk: int) -> ChangeSet | HttpResponse:
        self._check(request)
        change_set = get_object_or_404(ChangeSet, pk=pk)
        if request.method != "POST":
            return redirect(reverse(self.get_url_name("preview"), args=[pk]))
        return change_set

    def hold_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        found = self._post_only(request, pk)
        if isinstance(found, HttpResponse):
            return found
        try:
            hold(found)
        except ReleaseRefusedError as error:
            messages.error(request, f"Not held: {error}.")
        else:
            messages.success(request, f"Change set #{pk} is held until you release it.")
        return redirect(reverse(self.get_url_name("preview"), args=[pk]))

    def release_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        found = self._post_only(request, pk)
        if isinstance(found, HttpResponse):
            return found
        try:
            result = release(found, user=request.user).release()
        except ReleaseRefusedError as error:
            messages.error(request, f"Not released: {error}.")
        else:
            messages.success(
                request,
                f"Change set #{pk} released: {result.created} emails queued in "
                f"{len(result.batches)} batches.",
            )
        return redirect(reverse(self.get_url_name("preview"), args=[pk]))


class BounceViewSet(ModelViewSet):
    model = Bounce
    icon = "warning"
    menu_label = "Refused addresses"
    add_view_enabled = False
    edit_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["email", "code", "message", "change_set", "created_at"]
    search_fields = ["email"]
    search_backend_name = None
    ordering = ["-created_at"]
    form_fields = ["email"]


class AlertsGroup(ViewSetGroup):
    menu_label = "Alerts"
    menu_icon = "mail"
    menu_order = 260
    items = (ChangeSetViewSet("alert_change_sets"), BounceViewSet("alert_bounces"))
