"""Admin edits of placements tell listeners (alerts) what they moved, with the editor's reason."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from wagtail.admin.views.generic import DeleteView

from tipwatch.core.audit import AuditedCreateView, AuditedEditView

from .services.placement_events import PlacementWatch


def _pair(country: Any, report: Any) -> tuple[int, int] | None:
    if country is None or report is None or country.pk is None:
        return None
    return (country.pk, report.year)


class PlacementCreateView(AuditedCreateView):
    def save_instance(self) -> Any:
        with transaction.atomic():
            watch = PlacementWatch(
                "edit", self.form.cleaned_data.get("change_reason", ""), user=self.request.user
            )
            pair = _pair(self.form.instance.country, self.form.instance.report)
            watch.watch([pair] if pair else [])
            instance = super().save_instance()
            watch.send()
        return instance


class PlacementEditView(AuditedEditView):
    def save_instance(self) -> Any:
        before = getattr(self, "_before", {})
        with transaction.atomic():
            watch = PlacementWatch(
                "edit", self.form.cleaned_data.get("change_reason", ""), user=self.request.user
            )
            # The form may move the placement to another country or report: both are touched.
            pairs = {
                _pair(before.get("country"), before.get("report")),
                _pair(self.form.instance.country, self.form.instance.report),
            }
            watch.watch(pair for pair in pairs if pair is not None)
            instance = super().save_instance()
            watch.send()
        return instance


class PlacementDeleteView(DeleteView):
    def delete_action(self) -> None:
        with transaction.atomic():
            placement = self.object
            watch = PlacementWatch("edit", "Placement deleted in the admin", user=self.request.user)
            pair = _pair(placement.country, placement.report)
            watch.watch([pair] if pair else [])
            super().delete_action()
            watch.send()
