"""What each tier means, in words, in English and Spanish."""

from __future__ import annotations

import pytest
from django.utils import translation

from tipwatch.tip.rules import Tier
from tipwatch.tip.tier_text import tier_meaning


@pytest.mark.parametrize("language", ["en-gb", "es"])
@pytest.mark.parametrize("tier", list(Tier))
def test_every_tier_has_a_one_sentence_summary_and_a_longer_explanation(
    tier: Tier, language: str
) -> None:
    meaning = tier_meaning(tier, language)

    assert meaning.summary.endswith(".")
    assert meaning.summary.count(". ") == 0, f"{tier}: summary should be one sentence"
    assert len(meaning.explanation) > len(meaning.summary)


@pytest.mark.parametrize(
    ("tier", "paragraph"),
    [
        (Tier.TIER_1, "7107(b)(1)(A)"),
        (Tier.TIER_2, "7107(b)(1)(B)"),
        (Tier.WATCH_LIST, "7107(b)(2)(A)(iii)"),
        (Tier.TIER_3, "7107(b)(1)(C)"),
    ],
)
@pytest.mark.parametrize("language", ["en-gb", "es"])
def test_meanings_cite_the_statute(tier: Tier, paragraph: str, language: str) -> None:
    meaning = tier_meaning(tier, language)

    assert meaning.statute == f"22 U.S.C. {paragraph}"
    assert paragraph in meaning.explanation
    assert meaning.since_2019 is not None


def test_2019_changes_mention_concrete_actions_for_tiers_1_and_2() -> None:
    for tier in (Tier.TIER_1, Tier.TIER_2):
        assert "concrete actions" in (tier_meaning(tier, "en-gb").since_2019 or "")
        assert "acciones concretas" in (tier_meaning(tier, "es").since_2019 or "")


def test_special_case_is_not_in_the_statute() -> None:
    meaning = tier_meaning(Tier.SPECIAL_CASE, "en-gb")

    assert meaning.statute is None
    assert meaning.since_2019 is None
    assert "not a category in the statute" in meaning.explanation


def test_the_active_language_is_used_when_none_is_given() -> None:
    with translation.override("es"):
        summary = tier_meaning(Tier.TIER_2).summary

    assert summary == (
        "El gobierno no cumple plenamente las normas mínimas, pero hace esfuerzos "
        "significativos para lograrlo."
    )
    assert tier_meaning(Tier.TIER_2).summary.startswith("The government does not")
