"""Admin edits that record who changed what, when, and the editor's reason.

Wagtail already logs who and when for every create, edit and delete in a model viewset. These
views add a required "reason" field to the form and store it, with the before and after values
of each changed field, in the object's history.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.functional import cached_property
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.views.generic.history import ActionColumn, HistoryView
from wagtail.log_actions import LogFormatter, log

CHANGE_ACTION = "tipwatch.change"
NOT_LOGGED = {"change_reason", "editor_correction"}


class AuditedForm(WagtailAdminModelForm):
    change_reason = forms.CharField(
        label="Reason for this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Saved in the history with your name and the time, e.g. 'Corrected from the "
        "2015 report, page 278'.",
    )


def _display(value: Any) -> Any:
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, list | tuple | models.QuerySet):
        return [str(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def field_changes(form: forms.ModelForm, before: dict[str, Any]) -> dict[str, list[Any]]:
    """Each field the editor changed, and each a form's own clean() set (`set_by_clean`)."""
    changes = {}
    names = [*form.changed_data, *getattr(form, "set_by_clean", ())]
    for name in dict.fromkeys(names):
        if name in NOT_LOGGED or name not in form.cleaned_data:
            continue
        old, new = _display(before.get(name)), _display(form.cleaned_data[name])
        if old != new or name in form.changed_data:
            changes[name] = [old, new]
    return changes


class AuditedCreateView(CreateView):
    def save_instance(self) -> Any:
        # Wagtail's own "created" entry is left out: the entry below says the same and more,
        # and the History shows one row per save.
        self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=False
        ).execute(skip_permission_checks=True)
        instance = self.form.instance
        log(
            instance,
            CHANGE_ACTION,
            user=self.request.user,
            data={"reason": self.form.cleaned_data.get("change_reason", ""), "changes": {}},
        )
        return instance


class AuditedEditView(EditView):
    def get_form(self, form_class: Any = None) -> Any:
        form = super().get_form(form_class)
        self._before = {name: form.initial.get(name) for name in form.fields}
        if self.object is not None:
            for name in form.fields:
                field = getattr(self.object, name, None)
                if not isinstance(field, models.Manager):
                    self._before[name] = field
        return form

    def save_instance(self) -> Any:
        changes = field_changes(self.form, getattr(self, "_before", {}))
        # Wagtail's own "Edited" entry is left out: one History row per save, with the reason.
        self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=False
        ).execute(skip_permission_checks=True)
        instance = self.form.instance
        log(
            instance,
            CHANGE_ACTION,
            user=self.request.user,
            data={"reason": self.form.cleaned_data.get("change_reason", ""), "changes": changes},
        )
        return instance


def describe_changes(data: dict[str, Any]) -> str:
    """'tier: '2' to '2WL'; page: None to 278', or 'created' when no field changed."""
    changes = data.get("changes") or {}
    parts = [f"{name}: {old!r} to {new!r}" for name, (old, new) in changes.items()]
    return "; ".join(parts) or "created"


class ChangeFormatter(LogFormatter):
    label = "Change with reason"

    def format_message(self, log_entry: Any) -> str:
        data = log_entry.data or {}
        return f"{describe_changes(data)}. Reason: {data.get('reason') or 'none given'}"


class ImportLinkActionColumn(ActionColumn):
    """The History's action cell, whose menu links an imported change to its import."""

    # Wagtail gives the cell its menu only for models with revisions; ours have none.
    cell_template_name = "wagtailadmin/generic/history/action_cell.html"

    def get_actions(self, instance: Any, parent_context: Any) -> list[dict[str, str]]:
        actions = list(super().get_actions(instance, parent_context))
        run = (instance.data or {}).get("import_run")
        if isinstance(run, int):
            try:
                url = reverse("ingest:detail", args=[run])
            except NoReverseMatch:
                return actions
            actions.append({"url": url, "label": f"See import #{run}"})
        return actions


class AuditedHistoryView(HistoryView):
    @cached_property
    def columns(self) -> list[Any]:
        columns = list(super().columns)
        stock = columns[0]
        columns[0] = ImportLinkActionColumn(
            "message",
            label=stock.label,
            object=self.object,
            url_names=stock.url_names,
            user_can_unschedule=self.user_can_unschedule(),
        )
        return columns


class DatasetFormatter(LogFormatter):
    label = "Dataset load"

    def format_message(self, log_entry: Any) -> str:
        data = log_entry.data or {}
        return f"{describe_changes(data)} by {data.get('reason', 'a dataset load')}"
