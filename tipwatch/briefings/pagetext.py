"""The readable text of a page, for the fact check: title, summary and body, as plain text.

Source blocks are left out (they cite the report, they do not make claims), and so are images.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from django.db import models
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

SKIPPED_BLOCKS = {"source", "image", "embed", "document"}
SKIPPED_FIELDS = {"listing_image_alt"}
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    text = _BLOCK_END.sub("\n\n", markup)
    text = html.unescape(strip_tags(text))
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _value_text(value: Any) -> Iterable[str]:
    if value is None:
        return
    if isinstance(value, RichText):
        yield html_to_text(value.source)
    elif isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif hasattr(value, "stream_block") or hasattr(value, "raw_data"):
        yield from stream_text(value)
    elif isinstance(value, dict) or hasattr(value, "items"):
        for child in value.values():
            yield from _value_text(child)
    elif isinstance(value, list | tuple):
        for child in value:
            yield from _value_text(child)


def stream_text(stream: Any) -> list[str]:
    parts: list[str] = []
    for block in stream:
        if block.block_type in SKIPPED_BLOCKS:
            continue
        parts += [text for text in _value_text(block.value) if text]
    return parts


def page_text(page: Page) -> str:
    """Title, then each text field of the page's own model, in declaration order."""
    parts = [page.title]
    base_fields = {field.name for field in Page._meta.get_fields()}
    for field in type(page)._meta.get_fields():
        if field.name in base_fields or not isinstance(field, models.Field):
            continue
        value = getattr(page, field.name, None)
        if isinstance(field, StreamField):
            parts += stream_text(value or [])
        elif isinstance(field, RichTextField):
            text = html_to_text(value or "")
            if text:
                parts.append(text)
        elif (
            isinstance(field, models.TextField | models.CharField)
            and field.choices is None
            and field.name not in SKIPPED_FIELDS
            and isinstance(value, str)
            and value.strip()
        ):
            parts.append(value.strip())
    return "\n\n".join(parts)
