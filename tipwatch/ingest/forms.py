from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone


class UploadForm(forms.Form):
    file = forms.FileField()
    year = forms.IntegerField(
        label="Report year",
        min_value=2001,
        required=False,
        help_text=(
            "Leave empty when the file states it (a saved page's title, the report's release "
            "date); the import fails with a message asking for the year if it does not."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = (
            "The report as a PDF, an HTML page or a text file, or a zip of saved pages "
            f"({settings.TIPWATCH_IMPORT_MAX_FILE_MB} MB at most)."
        )

    def clean_year(self) -> int | None:
        year: int | None = self.cleaned_data["year"]
        if year is not None and year > timezone.now().year + 1:
            raise forms.ValidationError(f"{year} is in the future.")
        return year

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        limit = settings.TIPWATCH_IMPORT_MAX_FILE_MB
        if upload.size > limit * 1024 * 1024:
            raise forms.ValidationError(
                f"The file is larger than the limit of {limit} MB (TIPWATCH_IMPORT_MAX_FILE_MB)."
            )
        if upload.size == 0:
            raise forms.ValidationError("The file is empty.")
        return upload
