"""A briefing's wording: one `Wording`, speaking the active language from the catalog."""

from __future__ import annotations

from .base import Wording

LANGUAGES = ("en", "es")


def wording_for(lang: str) -> Wording:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return Wording(lang)


__all__ = ["LANGUAGES", "Wording", "wording_for"]
