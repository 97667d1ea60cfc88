"""The demo site's Spanish tree: each English page's translation, registered with
wagtail-localize so that an editor sees it as translated, and what an English edit leaves to
translate again.

A page is copied for translation (same `translation_key`, under the parent's translation), its
fields are given the Spanish text of `content_es.py`, and it is published. Then wagtail-localize
is told of it: a translation source from the English page, and each English string paired with
the Spanish string in the same place, imported as its translation. A Spanish page whose
structure differs from the English one (a paragraph more or fewer) is an error in the content,
named, rather than a half-paired translation.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

SPANISH = "es"


class ContentMismatchError(ValueError):
    """The Spanish text of a page does not line up with the English page's strings."""


def spanish_locale() -> Locale:
    locale, _ = Locale.objects.get_or_create(language_code=SPANISH)
    return locale


def existing_translation(page: Page) -> Page | None:
    found = page.get_translations().filter(locale__language_code=SPANISH).first()
    return found.specific if found is not None else None


def translate_page(
    english: Page, fields: dict[str, Any], body: list[Any] | None = None, topics: Any = None
) -> tuple[Page, bool]:
    """The page's Spanish translation, made from `fields` (and a StreamField `body` in the
    loader's (kind, value) form) if it does not exist yet; (page, created)."""
    found = existing_translation(english)
    if found is not None:
        return found, False
    spanish = english.specific.copy_for_translation(spanish_locale()).specific
    for name, value in fields.items():
        setattr(spanish, name, value)
    if body is not None:
        spanish.body = same_block_ids(english.specific.body, body, spanish)
    if topics is not None:
        spanish.topics.set(topics)
    spanish.save()
    spanish.save_revision().publish()
    register_with_localize(english.specific, spanish)
    return spanish, True


def same_block_ids(english_body: Any, spanish_blocks: list[Any], spanish: Page) -> Any:
    """The Spanish StreamField value with each block taking the id of the English block in its
    place: wagtail-localize names a block's strings by its id."""
    stream_block = type(spanish)._meta.get_field("body").stream_block
    value = stream_block.normalize(spanish_blocks)
    raw = stream_block.get_prep_value(value)
    english_raw = stream_block.get_prep_value(english_body)
    if [block["type"] for block in raw] != [block["type"] for block in english_raw]:
        raise ContentMismatchError(
            f"The Spanish body of {spanish.slug!r} has blocks "
            f"{[block['type'] for block in raw]}, the English one "
            f"{[block['type'] for block in english_raw]}"
        )
    for block, english_block in zip(raw, english_raw, strict=True):
        block["id"] = english_block["id"]
    return stream_block.to_python(raw)


def _strings(page: Page) -> dict[str, list[str]]:
    strings: dict[str, list[str]] = defaultdict(list)
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def register_with_localize(english: Page, spanish: Page) -> Translation:
    """Record the Spanish page as wagtail-localize's translation of the English one, with every
    string translated (so its editor opens the page as up to date)."""
    source, _ = TranslationSource.get_or_create_from_instance(english)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=spanish.locale, defaults={"enabled": True}
    )
    english_strings = _strings(english)
    spanish_strings = _strings(spanish)
    if {path: len(values) for path, values in english_strings.items()} != {
        path: len(values) for path, values in spanish_strings.items()
    }:
        missing = sorted(set(english_strings) ^ set(spanish_strings)) or sorted(
            path
            for path in english_strings
            if len(english_strings[path]) != len(spanish_strings.get(path, []))
        )
        raise ContentMismatchError(
            f"The Spanish page {spanish.slug!r} does not match its English page's strings at "
            f"{', '.join(missing)}"
        )
    po = translation.export_po()
    position: dict[str, int] = defaultdict(int)
    for entry in po:
        if entry.obsolete:
            continue
        index = position[entry.msgctxt]
        position[entry.msgctxt] += 1
        entry.msgstr = spanish_strings[entry.msgctxt][index]
    translation.import_po(po)
    return translation
