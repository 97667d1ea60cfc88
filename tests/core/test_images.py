"""An uploaded image's size is read from its header: the worker never decodes the picture to
learn it (core/images.py, core/image_forms.py)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage

from tests.core.test_worker_memory import media, photograph, reset_peak, status_mb, uploaded
from tipwatch.core.images import header_size
from tipwatch.core.models import CustomImage

__all__ = ["media"]  # the fixture, used by name


def gif(frames: int) -> bytes:
    pictures = [PILImage.new("RGB", (30, 20), (80 * index, 0, 0)) for index in range(frames)]
    buffer = io.BytesIO()
    pictures[0].save(buffer, format="GIF", save_all=True, append_images=pictures[1:])
    return buffer.getvalue()


# Reading the header


def test_the_size_and_frames_come_from_the_header_and_the_file_stays_where_it_was() -> None:
    jpeg = io.BytesIO(photograph(640, 480))
    jpeg.seek(7)
    assert header_size(jpeg) == (640, 480, 1)
    assert jpeg.tell() == 7
    assert header_size(io.BytesIO(gif(3))) == (30, 20, 3)


@pytest.mark.parametrize(
    "content",
    [b"", b"not an image at all", b'<svg xmlns="http://www.w3.org/2000/svg" width="4"/>'],
)
def test_what_pillow_cannot_open_has_no_header_size(content: bytes) -> None:
    assert header_size(io.BytesIO(content)) is None


def test_a_decompression_bomb_is_refused_from_its_header(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PILImage, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(PILImage.DecompressionBombError):
        header_size(io.BytesIO(photograph(640, 480)))


# The model and the upload form


@pytest.mark.django_db
def test_saving_a_large_photograph_records_its_size_without_decoding_it(media: Path) -> None:
    data = photograph(4000, 3000)  # 36 MB of pixels decoded, more while Willow converts them
    reset_peak()
    before = status_mb("VmHWM")

    image = uploaded(data)

    assert (image.width, image.height) == (4000, 3000)
    assert status_mb("VmHWM") - before < 20


@pytest.fixture
def editor(admin_client: Client, media: Path) -> Client:
    return admin_client


@pytest.mark.django_db
def test_an_upload_in_the_admin_is_checked_and_saved_without_decoding_it(editor: Client) -> None:
    upload = SimpleUploadedFile("lima.jpg", photograph(4000, 3000), content_type="image/jpeg")
    reset_peak()
    before = status_mb("VmHWM")

    response = editor.post(reverse("wagtailimages:add"), {"title": "Lima", "file": upload})

    assert response.status_code == 302, response.content[:2000]
    image = CustomImage.objects.get(title="Lima")
    assert (image.width, image.height) == (4000, 3000)
    assert image.file_size == upload.size
    assert status_mb("VmHWM") - before < 30


@pytest.mark.django_db
def test_an_upload_with_too_many_pixels_gets_wagtails_message(
    editor: Client, settings: Any
) -> None:
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100_000
    upload = SimpleUploadedFile("lima.jpg", photograph(640, 480), content_type="image/jpeg")

    response = editor.post(reverse("wagtailimages:add"), {"title": "Lima", "file": upload})

    assert response.status_code == 200
    assert "This file has too many pixels (307200). Maximum pixels 100000." in (
        response.content.decode()
    )
    assert not CustomImage.objects.filter(title="Lima").exists()


@pytest.mark.django_db
def test_an_animated_gif_counts_every_frame(editor: Client, settings: Any) -> None:
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 30 * 20 * 2
    upload = SimpleUploadedFile("moving.gif", gif(3), content_type="image/gif")

    response = editor.post(reverse("wagtailimages:add"), {"title": "Moving", "file": upload})

    assert "This file has too many pixels (1800). Maximum pixels 1200." in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_the_edit_page_of_a_large_photograph_does_not_decode_it(editor: Client) -> None:
    image = uploaded(photograph(4000, 3000))
    reset_peak()
    before = status_mb("VmHWM")

    response = editor.get(reverse("wagtailimages:edit", args=[image.pk]))

    assert response.status_code == 200
    assert status_mb("VmHWM") - before < 30
