"""The placement edit form: a new tier needs a new source, or an editor's correction."""

from __future__ import annotations

from typing import Any

from django import forms

from tipwatch.core.audit import AuditedForm

SOURCE_FIELDS = ("source_name", "source_url", "page", "quote")
EDITOR_CORRECTION = "Editor's correction"


class PlacementAdminForm(AuditedForm):
    editor_correction = forms.BooleanField(
        required=False,
        label="Editor's correction",
        help_text="Tick when no published source gives the new tier (for instance when the old "
        "one was mistyped): the old source is cleared and the reason below is kept as the note.",
    )

    set_by_clean: list[str] = []

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.instance.pk or "tier" not in self.changed_data:
            return cleaned
        source_changed = any(name in self.changed_data for name in SOURCE_FIELDS)
        if cleaned.get("editor_correction"):
            # The old source quotes the old tier; it must not stand behind the new one.
            cleaned["source_name"] = EDITOR_CORRECTION
            cleaned["source_url"] = ""
            cleaned["page"] = None
            cleaned["quote"] = ""
            cleaned["inferred"] = False
            cleaned["note"] = cleaned.get("change_reason", "")
            self.set_by_clean = [*SOURCE_FIELDS, "inferred", "note"]
        elif not source_changed:
            message = (
                "The tier changed but the source did not, and it still quotes the old tier: "
                "give the source of the new tier, or tick 'Editor's correction' and say why."
            )
            self.add_error("source_name", message)
            self.add_error("editor_correction", "Tick this if no published source gives it.")
        return cleaned
