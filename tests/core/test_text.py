"""Folding names for matching."""

from __future__ import annotations

import pytest

from tipwatch.core.text import unaccented_casefold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("CURAÇAO", "curacao"),
        ("Perú", "peru"),
        ("São Tomé and Príncipe", "sao tome and principe"),
        ("Türkiye", "turkiye"),
        ("Straße", "strasse"),
        ("ﬁnland", "finland"),
    ],
)
def test_accents_marks_and_case_are_folded(text: str, folded: str) -> None:
    assert unaccented_casefold(text) == folded


def test_spacing_and_punctuation_are_left_to_the_caller() -> None:
    assert unaccented_casefold("  Bosnia & Herzegovina ") == "  bosnia & herzegovina "
