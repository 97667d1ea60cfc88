"""The screens of the claim patterns (`claims.screen`) and the gazetteer's pattern of names:
faster ways to find the same matches. Pure Python, no database."""

from __future__ import annotations

import re

import pytest

from tests.briefings.claim_helpers import gazetteer_of
from tipwatch.briefings.claims import fold, language_en, language_es
from tipwatch.briefings.claims.lexicon import _TIER_PATTERNS, _TIER_SCREENS
from tipwatch.briefings.claims.screen import may_match, needed_words

SENTENCES = [
    "Peru remains on Tier 2 for the ninth consecutive year.",
    "Cuba was upgraded from Tier 3 to the Tier 2 Watch List.",
    "Only Bolivia, Costa Rica and Venezuela are ranked below Tier 2 in Latin America.",
    "Worldwide, 23 countries were placed on Tier 3, among them Iran and North Korea.",
    "Our group has followed these reports since the first edition.",
    "Perú se mantiene en el Nivel 2 por noveno año consecutivo.",
    "Catorce de los 20 países latinoamericanos están en el nivel 2 bajo observación.",
    "Cuba subió del tercer nivel a la lista de vigilancia especial.",
    "the special watch list, the blacklist and the worst offenders",
]


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"watch\s+list", {frozenset({"watch"}), frozenset({"list"})}),
        (
            r"(?:the\s+)?tier\s+(?:two|four)\b",
            {frozenset({"tier"}), frozenset({"two", "four"})},
        ),
        (r"tier\s+(?:3|three)", {frozenset({"tier"})}),  # a "3" alone is in too many sentences
        (r"(?:watch)?list", {frozenset({"list"})}),
        (r"(?i)watch\s+list", set()),
        (r"(?:tier|nivel)?\s*[123]", set()),
        (r"(?=tier)\w+", set()),
    ],
)
def test_needed_words_are_what_every_match_contains(pattern: str, needs: set[frozenset[str]]):
    assert set(needed_words(re.compile(pattern))) == needs


def test_a_pattern_screened_out_never_matches():
    """Sound on every tier pattern and every rule: where the screen says no, no match."""
    folded = [fold(sentence).text for sentence in SENTENCES]
    # the rules read tagged text: tokens in place of names and tiers
    tagged = ["\u27e6C0\u27e7 remains on \u27e6T1\u27e7 for \u27e6N2\u27e7 years", *folded]
    screened = 0
    for (pattern, _), needs in zip(_TIER_PATTERNS, _TIER_SCREENS, strict=True):
        for text in folded:
            if not may_match(needs, text):
                screened += 1
                assert pattern.search(text) is None, pattern.pattern
    for rule in [*language_en.RULES, *language_es.RULES]:
        for text in tagged:
            if not may_match(rule.needs, text):
                screened += 1
                assert rule.pattern.search(text) is None, rule.name
    assert screened  # the screens do spare most patterns most sentences


def test_the_longest_name_wins_where_names_share_their_start():
    names = gazetteer_of(
        {
            "DMA": ["Dominica"],
            "DOM": ["Dominican Republic", "República Dominicana"],
            "GNQ": ["Equatorial Guinea"],
            "GIN": ["Guinea"],
            "GNB": ["Guinea-Bissau"],
        }
    )
    text = "Dominica, the Dominican  Republic, Guinea-Bissau, Guinea and Equatorial Guinea."
    folded = fold(text)
    found = [
        (m.code, folded.text[m.start : m.end]) for m in names.find(folded.text, text, folded.origin)
    ]
    assert found == [
        ("DMA", "dominica"),
        ("DOM", "dominican  republic"),
        ("GNB", "guinea-bissau"),
        ("GIN", "guinea"),
        ("GNQ", "equatorial guinea"),
    ]
