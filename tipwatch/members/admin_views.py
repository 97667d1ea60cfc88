"""The member list in Wagtail's admin: filters, CSV export and the approve action."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tipwatch.core.spreadsheets import neutralise_formula

from . import services
from .models import Member, MembershipType, MemberState


class MemberAdminForm(WagtailAdminModelForm):
    def clean_email(self) -> str:
        return Member.normalise_email(self.cleaned_data["email"])

    def clean_state(self) -> str:
        state = self.cleaned_data["state"]
        before = self.instance.state if self.instance.pk else None
        if state == MemberState.ACTIVE and before != MemberState.ACTIVE:
            raise forms.ValidationError(
                "Use the Approve button on the member list to make a member active: it sets "
                "the renewal date and sends the welcome email."
            )
        return state


class RowButton(Button):
    """A button shown on the row itself rather than in its "..." menu."""

    allow_in_dropdown = False


class MemberIndexView(IndexView):
    approve_url_name: str = ""

    def write_csv_row(self, writer: Any, row_dict: dict[str, Any]) -> Any:
        # Members write their own name and address: a cell such as `=HYPERLINK(...)` must stay
        # text when staff open the export. (The XLSX export already stores formulas as text.)
        cells = {
            field: neutralise_formula(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
        return writer.writerow(cells)

    def get_list_more_buttons(self, instance: Any) -> list[Any]:
        buttons = list(super().get_list_more_buttons(instance))
        if instance.can_be_approved and self.permission_policy.user_has_permission(
            self.request.user, "change"
        ):
            buttons.insert(
                0,
                RowButton(
                    "Approve",
                    url=reverse(self.approve_url_name, args=[instance.pk]),
                    icon_name="check",
                    classname="button button-small button-secondary",
                    attrs={"aria-label": f"Approve {instance.name}"},
                    priority=5,
                ),
            )
        return buttons


class MemberViewSet(ModelViewSet):
    model = Member
    name = "member_records"
    url_prefix = "members"
    icon = "group"
    menu_label = "Members"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = MemberIndexView
    list_display = [
        "name",
        "email",
        "membership_type",
        Column("state", label="State", accessor="get_state_display", sort_key="state"),
        "renewal_due",
        "created_at",
    ]
    list_filter = ["state", "membership_type", "newsletter_opt_in", "alerts_opt_in"]
    list_export = [
        "name",
        "email",
        "postal_address",
        "membership_type",
        "state",
        "newsletter_opt_in",
        "alerts_opt_in",
        "consent_at",
        "privacy_notice_version",
        "created_at",
        "confirmed_at",
        "approved_at",
        "renewal_due",
    ]
    export_filename = "tipwatch-members"
    search_fields = ["name", "email"]
    search_backend_name = None  # plain database lookups: keep members out of the search index
    ordering = ["-created_at"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("email"),
            FieldPanel("postal_address"),
            FieldPanel("membership_type"),
            FieldPanel("state"),
            FieldRowPanel([FieldPanel("newsletter_opt_in"), FieldPanel("alerts_opt_in")]),
            MultiFieldPanel(
                [
                    FieldPanel("followed_countries"),
                    FieldPanel("followed_groups", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("language"),
                ],
                heading="Alerts: what the member follows",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("renewal_due"),
                    FieldPanel("consent_at", read_only=True),
                    FieldPanel("privacy_notice_version", read_only=True),
                ],
                heading="Membership record",
            ),
            FieldPanel("notes"),
        ],
        base_form_class=MemberAdminForm,
    )

    def get_index_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_index_view_kwargs(
            approve_url_name=self.get_url_name("approve"), **kwargs
        )

    def get_urlpatterns(self) -> list[Any]:
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", self.approve_view, name="approve"),
        ]

    def approve_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        member = get_object_or_404(Member, pk=pk)
        index_url = reverse(self.get_url_name("index"))
        if request.method == "POST":
            if services.approve(member, request=None, approved_by=request.user):
                messages.success(
                    request, f"{member.name} is now an active member; a welcome email was sent."
                )
            else:
                messages.error(
                    request,
                    f"{member.name} could not be approved: only members who have confirmed "
                    "their email address and are awaiting approval can be.",
                )
            return redirect(index_url)
        return TemplateResponse(
            request,
            "members/admin/approve.html",
            {
                "member": member,
                "index_url": index_url,
                "page_title": f"Approve {member.name}",
                "header_icon": "group",
            },
        )


class MembershipTypeViewSet(SnippetViewSet):
    model = MembershipType
    icon = "tag"
    menu_label = "Membership types"
    list_display = ["name", "name_es", "annual_fee", "active", "sort_order"]
    list_filter = ["active"]


register_snippet(MembershipTypeViewSet)
