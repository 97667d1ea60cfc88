"""Tier words and Spanish contractions of the briefing wording."""

from __future__ import annotations

from django.utils import translation

from tipwatch.briefings.wording.phrases import on, spanish_contractions, tier_name
from tipwatch.tip.rules import Tier


def test_tier_words_in_both_languages() -> None:
    with translation.override("en-gb"):
        assert (tier_name(Tier.WATCH_LIST), on(Tier.TIER_2)) == (
            "the Tier 2 Watch List",
            "on Tier 2",
        )
    with translation.override("es"):
        assert (tier_name(Tier.WATCH_LIST), on(Tier.TIER_2)) == (
            "la Lista de Vigilancia del Nivel 2",
            "en el Nivel 2",
        )
        assert on(Tier.SPECIAL_CASE) == "como caso especial"


def test_spanish_articles_contract_but_names_keep_theirs() -> None:
    with translation.override("es"):
        assert spanish_contractions("miembros de el Caribe, sube a el Nivel 1") == (
            "miembros del Caribe, sube al Nivel 1"
        )
        assert spanish_contractions("el capítulo de El Salvador") == "el capítulo de El Salvador"
    with translation.override("en-gb"):
        assert spanish_contractions("de el") == "de el"
