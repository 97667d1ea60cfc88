"""Text folding shared by everything that matches names typed or written by people (pure)."""

from __future__ import annotations

import unicodedata


def unaccented_casefold(text: str) -> str:
    """``text`` case-folded, with accents and other combining marks removed.

    "Côte d'Ivoire" -> "cote d'ivoire", "CURAÇAO" -> "curacao", "Perú" -> "peru". Each caller
    adds its own rules (spaces, apostrophes, abbreviations) on top.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
