"""The claims read from a sentence do not depend on how it is written: for each change of form
that published text shows (`tests.briefings.perturbations`), development sentences of the
corpus read the same before and after it (`tests.briefings.corpus.invariance`). No labels are
used, only the reader's agreement with itself, so this guards every reading at once.

Only development sentences are read. To stay within seconds, each change is tried on a fixed
sample of them (every SAMPLE_STEP-th); `python -m tests.briefings.corpus.invariance` tries every
development sentence. Also: a reading the elided Roman numeral needed ("del nivel III al II"),
found by these changes.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tests.briefings.corpus.invariance import development_items, invariance, readings
from tests.briefings.corpus.names_from_files import gazetteer_from_files
from tests.briefings.perturbations import PERTURBATIONS, Perturbation
from tipwatch.briefings.claims import Gazetteer, read_text

SAMPLE_STEP = 8
# Sentences whose reading a change may alter, with why. None today: every difference the
# changes found on the development sentences was mended where the text enters the reader.
EXPLAINED: dict[str, dict[str, str]] = {}


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return development_items()[::SAMPLE_STEP]


@pytest.fixture(scope="module")
def as_written(sample: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
    return readings(sample, gazetteer_from_files())


@pytest.mark.parametrize("perturbation", PERTURBATIONS, ids=lambda p: p.name)
def test_a_change_of_form_does_not_change_what_is_read(
    perturbation: Perturbation,
    sample: list[dict[str, Any]],
    as_written: dict[str, tuple[Any, ...]],
) -> None:
    [outcome] = invariance(sample, [perturbation], gazetteer_from_files(), as_written)
    # The change applies to the sample (else it tests nothing) ...
    assert outcome.applies >= 1
    # ... and changes no reading but the explained ones.
    assert set(outcome.changed) <= set(EXPLAINED.get(perturbation.name, {}))


@pytest.mark.parametrize(
    ("name", "lang", "text", "expected"),
    [
        ("without_accents", "es", "Perú descendió a la categoría", "Peru descendio a la categoria"),
        ("without_accents", "en", "Perú fell", "Perú fell"),
        ("decomposed_accents", "es", "Perú", "Peru\u0301"),
        ("terms_in_lower_case", "es", "la Lista de Vigilancia", "la lista de vigilancia"),
        ("terms_in_lower_case", "en", "the Tier 2 Watch List", "the tier 2 watch list"),
        (
            "straight_quotes",
            "en",
            "the country\u2019s \u201cTier 3\u201d",
            'the country\'s "Tier 3"',
        ),
        ("curly_quotes", "en", 'the country\'s "Tier 3"', "the country\u2019s \u201cTier 3\u201d"),
        ("acute_accent_apostrophes", "en", "Peru's tier", "Peru\u00b4s tier"),
        ("dashes_as_hyphens", "en", "Tier 2 \u2013 Watch List", "Tier 2 - Watch List"),
        (
            "hyphens_as_dashes",
            "en",
            "Tier 2 - Watch List -- again",
            "Tier 2 \u2013 Watch List \u2014 again",
        ),
        ("watch_list_hyphenated", "en", "the Tier 2 Watch List", "the Tier 2-Watch List"),
        ("watch_list_with_en_dash", "en", "the Tier 2 Watch List", "the Tier 2 \u2013 Watch List"),
        (
            "non_breaking_spaces",
            "en",
            "Tier 2 in the 2019 report",
            "Tier\u00a02\u00a0in the 2019\u00a0report",
        ),
        ("narrow_no_break_spaces", "es", "el Nivel 3", "el Nivel\u202f3"),
        (
            "zero_width_spaces",
            "en",
            "Peru, Chile and Bolivia",
            "Peru,\u200b Chile and\u200b Bolivia",
        ),
        ("soft_hyphens", "en", "Peru downgraded", "Peru down\u00adgraded"),
        ("doubled_spaces", "en", "Peru is on Tier 2", "Peru  is on  Tier 2"),
        ("line_breaks", "en", "a " * 31 + "b", "a " * 30 + "a\nb"),
        ("tier_in_words", "en", "from Tier 3 to 2", "from Tier Three to Two"),
        ("tier_in_words", "es", "del Nivel 3 al 2", "del Nivel tres al dos"),
        ("tier_in_lower_case_words", "en", "on Tier 2.", "on tier two."),
        ("tier_in_roman_numerals", "es", "del nivel 3 al 2", "del nivel III al II"),
        ("tier_in_capitals", "en", "Peru is Tier 1", "Peru is TIER 1"),
        ("tier_hyphenated", "en", "a Tier 3 country", "a Tier-3 country"),
        ("tier_hyphenated", "en", "Tier 2.5 points", "Tier 2.5 points"),
        ("nivel_as_categoria", "es", "el Nivel 2 y el nivel 3", "el Categoría 2 y el categoría 3"),
    ],
)
def test_each_change_writes_the_form_real_text_has(
    name: str, lang: str, text: str, expected: str
) -> None:
    [perturbation] = [p for p in PERTURBATIONS if p.name == name]
    assert perturbation.apply(text, lang) == expected


# --- the elided Roman numeral -----------------------------------------------------------------


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of({"THA": ["Tailandia"], "PER": ["Perú"]})


@pytest.mark.parametrize(
    ("text", "tier", "from_tier"),
    [
        ("El informe elevó a Tailandia del nivel III al II.", "2", "3"),
        ("El informe elevó a Tailandia del nivel 3 al 2.", "2", "3"),
        ("El informe bajó a Tailandia de la categoría II a la III.", "3", "2"),
    ],
)
def test_an_elided_roman_numeral_is_the_tier_of_the_word_before(
    text: str, tier: str, from_tier: str, names: Gazetteer
) -> None:
    found = read_text(text, names, "es").claims
    assert has(found, kind="change", countries=["THA"], tier=tier, from_tier=from_tier)


@pytest.mark.parametrize(
    "text",
    [
        "Tailandia está en el nivel 2, y su ministro asistió al I Congreso sobre trata.",
        "Perú sigue en el nivel 2 y se sumó al i-Pacto regional.",
    ],
)
def test_a_roman_numeral_that_names_no_tier_reads_as_none(text: str, names: Gazetteer) -> None:
    found = read_text(text, names, "es").claims
    assert all(claim.tier != "1" for claim in found)
