"""The image upload form (`WAGTAILIMAGES_IMAGE_FORM_BASE`): Wagtail's, with the pixel count
checked from the file's header (`images.py` says why)."""

from __future__ import annotations

from typing import IO, Any

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from tipwatch.core.images import header_size


class _HeaderSizes:
    """Stands in for the upload's Willow image while Wagtail checks its pixel count: the size
    and frames from the header, read when first asked (inside Wagtail's check, so that a
    decompression bomb gets Wagtail's own message), anything else from the Willow image."""

    def __init__(self, willow_image: Any, file: IO[bytes]) -> None:
        self._willow_image = willow_image
        self._file = file
        self._size: tuple[int, int, int] | None = None
        self._read = False

    def _header(self) -> tuple[int, int, int] | None:
        if not self._read:
            self._size = header_size(self._file)
            self._read = True
        return self._size

    def get_size(self) -> tuple[int, int]:
        size = self._header()
        if size is None:
            width, height = self._willow_image.get_size()
            return width, height
        return size[0], size[1]

    def get_frame_count(self) -> int:
        size = self._header()
        if size is None:
            return int(self._willow_image.get_frame_count())
        return size[2]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._willow_image, name)


class HeaderSizedImageFormField(WagtailImageField):
    """The upload form's image field, its pixel count checked from the header."""

    def check_image_pixel_size(self, f: Any) -> None:
        willow_image = f.image
        f.image = _HeaderSizes(willow_image, f)
        try:
            super().check_image_pixel_size(f)
        finally:
            f.image = willow_image


class ImageForm(BaseImageForm):
    """Wagtail's image form (`WAGTAILIMAGES_IMAGE_FORM_BASE`) with the header-sized field.

    The field is made for each form, as Wagtail makes its own, so that it reads the settings
    and the language of the request (help text, messages) then, not when this module loads.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        made = self.fields.get("file")
        if isinstance(made, WagtailImageField):
            # The same widget, with the attributes Wagtail's form gave it.
            self.fields["file"] = HeaderSizedImageFormField(
                label=made.label,
                required=made.required,
                max_length=made.max_length,
                widget=made.widget,
            )
