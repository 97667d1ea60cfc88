from django import forms
from django.utils import timezone

MAX_UPLOAD_BYTES = 200 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        help_text=(
            "The report as a PDF, an HTML page or a text file, or a zip of saved pages "
            "(200 MB at most)."
        )
    )
    year = forms.IntegerField(label="Report year", min_value=2001)

    def clean_year(self) -> int:
        year: int = self.cleaned_data["year"]
        if year > timezone.now().year + 1:
            raise forms.ValidationError(f"{year} is in the future.")
        return year

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is larger than 200 MB.")
        if upload.size == 0:
            raise forms.ValidationError("The file is empty.")
        return upload
