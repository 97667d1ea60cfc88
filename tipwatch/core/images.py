"""An image's size read from its file's header, not by decoding every pixel.

Wagtail asks Willow for an uploaded image's size twice: the upload form checks the pixel count,
and the model field fills in the width and height. Willow answers by decoding the whole
picture (a 6000x4000 photograph is 72 MB of pixels, held several times while Pillow converts
it), in the web worker that received the upload; the worker then keeps much of that memory.
The same happens to each rendition Wagtail saves, and an editor's preview of a photograph is
a rendition as large as the original. Pillow reads the size, and the frame count, from the
header alone; its decompression-bomb check (`PIL.Image.MAX_IMAGE_PIXELS`) runs on that size as
it does when decoding. The header also gives an animated GIF's true frame count, which Willow
reports as 1, so the upload's pixel limit now counts every frame, as Wagtail's check means to.
Formats Pillow cannot open (SVG) are sized by Wagtail's own code as before.

Wagtail has no setting for either reading, so the model field's file class (here) and the
upload form's field (`image_forms.py`) are ours, each a subclass that changes only how the size
is read.
"""

from __future__ import annotations

from typing import IO, Any

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.images.models import WagtailImageField, WagtailImageFieldFile


def header_size(file: IO[bytes]) -> tuple[int, int, int] | None:
    """(width, height, frames) from the image's header, or None when Pillow cannot open it.

    The file is left where it was. `PIL.Image.DecompressionBombError` (and the warning, when
    warnings are errors) propagate, as they do from Wagtail's own reading.
    """
    position = file.tell()
    try:
        with PILImage.open(file) as image:
            return image.width, image.height, getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    finally:
        file.seek(position)


class HeaderSizedFieldFile(WagtailImageFieldFile):
    def get_image_dimensions(self) -> Any:
        close = self.closed
        try:
            self.open()
            size = header_size(self)
        finally:
            if close:
                self.close()
            else:
                self.seek(0)
        if size is None:
            return super().get_image_dimensions()
        return size[:2]


class HeaderSizedImageField(WagtailImageField):
    """The image model's file field, its width and height read from the header."""

    attr_class = HeaderSizedFieldFile
