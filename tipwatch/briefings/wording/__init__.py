"""Briefing templates, one module per language."""

from __future__ import annotations

from .base import Wording
from .en import EnglishWording
from .es import SpanishWording

LANGUAGES: dict[str, type[Wording]] = {"en": EnglishWording, "es": SpanishWording}


def wording_for(lang: str) -> Wording:
    try:
        return LANGUAGES[lang]()
    except KeyError:
        raise ValueError(
            f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}"
        ) from None


__all__ = ["LANGUAGES", "EnglishWording", "SpanishWording", "Wording", "wording_for"]
