"""Models every other app builds on: the user and the image model."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.core.files.base import ContentFile, File
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Filter,
    Image,
    get_rendition_storage,
    get_rendition_upload_to,
    get_upload_to,
)

from tipwatch.core.images import HeaderSizedImageField
from tipwatch.forked import run_in_child


class User(AbstractUser):  # type: ignore[django-manager-missing]
    """The site's user. Custom from the first migration so fields can be added later."""

    class Meta:
        db_table = "core_user"


class CustomImage(AbstractImage):
    # Wagtail's field, its width and height read from the file's header (core/images.py).
    file = HeaderSizedImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
    )
    caption = models.CharField(max_length=500, blank=True)
    credit = models.CharField(max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    # Renditions are made in a short-lived child process, not in the web worker that asks for
    # them. Pillow decodes the whole original to make one: 5.8 MB for the demo's 1600x900
    # pictures, 96 MB for a 6000x4000 photograph, several times over while it crops and
    # resizes. Made in the worker, a 6000x4000 JPEG took it to 513-523 MB at the peak and left
    # it at 270 MB: glibc raises its mmap threshold each time it frees a large mapped block, so
    # the next large blocks come from the heap, which it keeps. The demo's first views left a
    # worker at 162-172 MB against 148 MB once the renditions exist (docs/performance.md).
    # Made in a child, the worker receives the rendition's bytes and saves them; what the child
    # allocated goes back to the system when it exits. About 15 ms for the fork and the
    # result on the development machine, paid once per image and filter.

    def generate_rendition_file(self, filter: Filter, *, source: File | None = None) -> File:
        def make() -> tuple[str, bytes]:
            file = AbstractImage.generate_rendition_file(self, filter, source=source)
            file.seek(0)
            return file.name or "", file.read()

        name, content = run_in_child(make)
        return ContentFile(content, name=name)

    def create_renditions(self, *filters: Filter) -> dict[Filter, AbstractRendition]:
        # Wagtail makes several at once in a pool of threads, each decoding the original; one
        # at a time, each in its own child, is one decoded original at a time.
        return {filter: self.create_rendition(filter) for filter in filters}


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")
    # Sized from the header too: an editor's preview of a photograph is a rendition as large as
    # the original, which Wagtail's field would decode in the worker to learn its size.
    file = HeaderSizedImageField(
        upload_to=get_rendition_upload_to,
        storage=get_rendition_storage,
        width_field="width",
        height_field="height",
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CacheVersion(models.Model):
    """A named counter that cached responses carry in their keys; bumping it makes them stale.

    It lives in the database, not in the cache, so that every web worker on every host sees a
    bump at once, and a bump made inside a transaction that rolls back never happened.
    """

    name = models.CharField(max_length=40, primary_key=True)
    counter = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "cache version"

    def __str__(self) -> str:
        return f"{self.name} version {self.counter}"
