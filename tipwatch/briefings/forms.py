from __future__ import annotations

from typing import Any

from django import forms

from tipwatch.pages.site_settings import home_group_slug
from tipwatch.tip.models import Country, Group, Report


class DraftBriefingForm(forms.Form):
    country = forms.ModelChoiceField(
        queryset=Country.objects.order_by("name"), to_field_name="iso3"
    )
    year = forms.TypedChoiceField(coerce=int, label="Report year")
    group = forms.ModelChoiceField(
        queryset=Group.objects.order_by("name"),
        to_field_name="slug",
        help_text="The set of countries to compare with. Its definition is stated in the text.",
    )
    lang = forms.ChoiceField(choices=[("en", "English"), ("es", "Spanish")], label="Language")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        years = list(Report.objects.order_by("-year").values_list("year", flat=True))
        self.fields["year"].choices = [(year, str(year)) for year in years]  # type: ignore[attr-defined]
        if years and "year" not in self.initial:
            self.initial["year"] = years[0]
        home_group = home_group_slug()
        if "group" not in self.initial and home_group is not None:
            self.initial["group"] = home_group


class CheckOptionsForm(forms.Form):
    year = forms.TypedChoiceField(
        coerce=int, label="Report year", help_text="For claims whose sentence names no year."
    )
    lang = forms.ChoiceField(
        choices=[("", "English and Spanish"), ("en", "English"), ("es", "Spanish")],
        required=False,
        label="Language",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        years = list(Report.objects.order_by("-year").values_list("year", flat=True))
        self.fields["year"].choices = [(year, str(year)) for year in years]  # type: ignore[attr-defined]
