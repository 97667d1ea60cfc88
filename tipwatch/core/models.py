"""Models every other app builds on: the user and the image model."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class User(AbstractUser):  # type: ignore[django-manager-missing]
    """The site's user. Custom from the first migration so fields can be added later."""

    class Meta:
        db_table = "core_user"


class CustomImage(AbstractImage):
    caption = models.CharField(max_length=500, blank=True)
    credit = models.CharField(max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

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
