"""The admin dashboard's panels: what an editor needs at a glance after logging in.

Each panel reads through the owning app's models and shows only what the editor may act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wagtail.admin.ui.components import Component

PANEL_LENGTH = 8


class LatestReportPanel(Component):
    template_name = "dashboard/latest_report.html"
    order = 50

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        from tipwatch.tip.models import Report

        report = Report.objects.order_by("-year").first()
        context: dict[str, Any] = {"report": report}
        if report is not None:
            context["placed"] = report.placements.count()
            context["gaps"] = report.coverage_gaps.count()
        return context


class ImportsToReviewPanel(Component):
    template_name = "dashboard/imports_to_review.html"
    order = 60

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        from tipwatch.ingest.models import ImportRun

        waiting = ImportRun.objects.filter(status=ImportRun.Status.READY)
        count = waiting.count()
        return {
            "runs": list(waiting[:PANEL_LENGTH]),
            "heading": f"Imports waiting for review ({count})",
        }


class DraftsPanel(Component):
    template_name = "dashboard/drafts.html"
    order = 70

    def __init__(self, user: Any) -> None:
        self.user = user

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        from wagtail.permission_policies.pages import PagePermissionPolicy

        editable = PagePermissionPolicy().instances_user_has_permission_for(self.user, "change")
        drafts = (
            editable.filter(has_unpublished_changes=True)
            .order_by("-latest_revision_created_at")
            .specific()
        )
        count = drafts.count()
        return {"drafts": list(drafts[:PANEL_LENGTH]), "heading": f"Drafts ({count})"}


class PendingMembersPanel(Component):
    template_name = "dashboard/pending_members.html"
    order = 80

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        from tipwatch.members.models import Member, MemberState

        waiting = Member.objects.filter(state=MemberState.CONFIRMED).order_by("confirmed_at")
        count = waiting.count()
        return {
            "members": list(waiting[:PANEL_LENGTH]),
            "heading": f"Members awaiting approval ({count})",
        }


class AlertsWaitingPanel(Component):
    template_name = "dashboard/alerts_waiting.html"
    order = 90

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        from django.db.models import Count

        from tipwatch.alerts.models import ChangeSet

        waiting = (
            ChangeSet.objects.waiting().annotate(countries=Count("entries")).order_by("created_at")
        )
        count = waiting.count()
        return {
            "change_sets": list(waiting[:PANEL_LENGTH]),
            "heading": f"Alerts waiting for release ({count})",
        }


def panels_for(user: Any) -> list[Component]:
    panels: list[Component] = [LatestReportPanel()]
    if user.has_perm("tip.change_placement"):
        panels.append(ImportsToReviewPanel())
    panels.append(DraftsPanel(user))
    if user.has_perm("members.change_member"):
        panels.append(PendingMembersPanel())
    if user.has_perm("alerts.change_changeset"):
        panels.append(AlertsWaitingPanel())
    return panels
