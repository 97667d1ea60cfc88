"""Pictures for the demo site, drawn with Pillow: nothing is downloaded."""

from __future__ import annotations

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 1600, 900

# (title, sky top, sky bottom, mountain colours, sun colour, seed)
PALETTES = {
    "Andes at dawn": ("#f6c28b", "#fbe7c6", ["#6b3e5e", "#4a2c48", "#2e1d33"], "#fff4d6", 1),
    "Sacred Valley": ("#9ecae1", "#e5f2f8", ["#4f7d5a", "#35603f", "#1f3d27"], "#ffffff", 2),
    "Lake Titicaca": ("#5b8db8", "#cfe3f1", ["#7b8fa6", "#52657d", "#2b3a4d"], "#fdf6e3", 3),
    "Amazon lowlands": ("#d9ead3", "#f4f9f1", ["#3e7d3a", "#2c5e2a", "#173d18"], "#fffbe0", 4),
    "Coastal desert": ("#f3d9a4", "#fdf3dd", ["#c58b4b", "#9c6733", "#6e4620"], "#fffaf0", 5),
}


def _hex(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def draw_landscape(title: str) -> bytes:
    top, bottom, ridges, sun, seed = PALETTES[title]
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    t, b = _hex(top), _hex(bottom)
    for y in range(HEIGHT):
        mix = y / HEIGHT
        draw.line(
            [(0, y), (WIDTH, y)], fill=tuple(int(t[i] + (b[i] - t[i]) * mix) for i in range(3))
        )
    sx, sy = rng.randint(300, 1300), rng.randint(140, 300)
    draw.ellipse([sx - 90, sy - 90, sx + 90, sy + 90], fill=_hex(sun))
    for layer, colour in enumerate(ridges):
        base = 430 + layer * 150
        points = [(0, HEIGHT), (0, base)]
        x = 0
        while x < WIDTH:
            x += rng.randint(80, 220)
            points.append((min(x, WIDTH), base - rng.randint(0, 260 - layer * 60)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=_hex(colour))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def ensure_image(title: str) -> object:
    """The demo image with this title, created once."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    filename = title.lower().replace(" ", "-") + ".jpg"
    image = image_model(
        title=title,
        collection=Collection.get_first_root_node(),
        caption=f"{title}: an illustration drawn for this site.",
        credit="Illustration: tipwatch",
        file=ImageFile(io.BytesIO(draw_landscape(title)), name=filename),
    )
    image.save()
    return image
