"""The claims read from a sentence do not depend on how it is written: for each change of form
that published text shows (`tests.briefings.perturbations`), development sentences of the
corpus read the same before and after it (`tests.briefings.corpus.invariance`). No labels are
used, only the reader's agreement with itself, so this guards every reading at once.

Only development sentences are read. To stay within seconds, each change is tried on a sample
of the sentences it changes (SAMPLE_SIZE); `python -m tests.briefings.corpus.invariance` tries
every development sentence. Also: the readings these changes found missing (the report's English
"Tier" in Spanish text, angle quotes, an elided Roman numeral: "del nivel III al II").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tests.briefings.corpus.invariance import development_items, invariance
from tests.briefings.corpus.names_from_files import gazetteer_from_files
from tests.briefings.perturbations import PERTURBATIONS, Perturbation
from tipwatch.briefings.claims import Gazetteer, read_text

# Each change is tried on at most this many of the development sentences it changes, spread
# evenly over them, so that the whole test takes seconds.
SAMPLE_SIZE = 40
# Sentences whose reading a change may alter, with why. None today: every difference the
# changes found on the development sentences was mended where the text enters the reader.
EXPLAINED: dict[str, dict[str, str]] = {}


@pytest.fixture(scope="module")
def development() -> list[dict[str, Any]]:
    return development_items()


@pytest.fixture(scope="module")
def as_written() -> dict[str, tuple[Any, ...]]:
    return {}  # what each sentence reads as written, filled as the changes need it


@pytest.mark.parametrize("perturbation", PERTURBATIONS, ids=lambda p: p.name)
def test_a_change_of_form_does_not_change_what_is_read(
    perturbation: Perturbation,
    development: list[dict[str, Any]],
    as_written: dict[str, tuple[Any, ...]],
) -> None:
    changed = [
        item
        for item in development
        if perturbation.apply(item["text"], item["lang"]) != item["text"]
        or perturbation.apply(item["context"], item["lang"]) != item["context"]
    ]
    # The change applies to real sentences (else it tests nothing) ...
    assert len(changed) >= 5
    sample = changed[:: -(-len(changed) // SAMPLE_SIZE)]
    [outcome] = invariance(sample, [perturbation], gazetteer_from_files(), as_written)
    # ... and changes no reading but the explained ones.
    assert set(outcome.changed) <= set(EXPLAINED.get(perturbation.name, {}))


CHANGE_EXAMPLES = [
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
    ("angle_quotes", "es", 'la "lista negra"', "la «lista negra»"),
    ("angle_quotes", "en", 'the "blacklist"', 'the "blacklist"'),
    (
        "html_entities",
        "en",
        'the country\u2019s "Tier 3"',
        "the country&#8217;s &quot;Tier 3&quot;",
    ),
    ("non_breaking_hyphens", "en", "Guinea-Bissau", "Guinea\u2011Bissau"),
    ("watchlist_one_word", "en", "the Tier 2 Watch List", "the Tier 2 Watchlist"),
    ("windows_line_breaks", "en", "a " * 31 + "b", "a " * 30 + "a\r\nb"),
    (
        "pdf_copy_with_typed_dashes",
        "en",
        "b" * 60 + " \u2014 once on Tier 1 \u2014 fell",
        "b" * 60 + "\r\n - once  on Tier  1 -  fell",
    ),
    ("pdf_hyphenation", "es", "a" * 50 + " protección", "a" * 50 + " pro-\ntección"),
    ("pdf_hyphenation", "en", "a" * 50 + " relegated", "a" * 50 + " rele-\ngated"),
    ("pdf_hyphenation", "en", "a" * 20 + " downgraded", "a" * 20 + " downgraded"),
    ("tier_in_english_es", "es", "sigue en el Nivel 2", "sigue en el Tier 2"),
    ("us_without_dots", "en", "the U.S. State Department", "the US State Department"),
    ("us_without_dots", "en", "ranked by the U.S. The report", "ranked by the U.S. The report"),
    ("ee_uu_forms", "es", "EE.UU. incluyó a Cuba", "EEUU incluyó a Cuba"),
    ("ordinals_as_figures", "en", "for the third consecutive year", "for the 3rd consecutive year"),
    ("ordinals_as_figures", "es", "por tercer año consecutivo", "por 3er año consecutivo"),
    ("numbers_as_figures", "en", "three countries", "3 countries"),
    ("numbers_as_figures", "en", "thirty-five countries", "thirty-five countries"),
    ("numbers_as_figures", "es", "treinta y cinco países", "treinta y cinco países"),
    ("numbers_as_words", "es", "5 años", "cinco años"),
    ("numbers_as_words", "en", "2.5 years and 25 countries", "2.5 years and 25 countries"),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CHANGE_EXAMPLES)
def test_each_change_writes_the_form_real_text_has(
    name: str, lang: str, text: str, expected: str
) -> None:
    [perturbation] = [p for p in PERTURBATIONS if p.name == name]
    assert perturbation.apply(text, lang) == expected


def test_every_change_is_tried() -> None:
    names = [p.name for p in PERTURBATIONS]
    assert len(set(names)) == len(names)
    tried = {call[0] for call in CHANGE_EXAMPLES}
    assert tried == set(names)


# --- readings these changes found missing ------------------------------------------------------


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of({"THA": ["Tailandia"], "PER": ["Perú"], "NIC": ["Nicaragua"]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish that keeps the report's English word for a tier.
        ("Nicaragua bajó al Tier 2 de la Lista de Observación.", {"tier": "2WL"}),
        ("Perú sigue en el Tier 2, bajo observación.", {"tier": "2WL"}),
        ("El informe elevó a Tailandia del Tier 3 al 2.", {"tier": "2", "from_tier": "3"}),
        # Angle quotes as any other quotation marks.
        ("Tailandia entró en la lista «negra» en 2014.", {"tier": "3"}),
    ],
)
def test_a_form_real_text_has_reads_as_the_usual_one(
    text: str, expected: dict[str, str], names: Gazetteer
) -> None:
    assert has(read_text(text, names, "es").claims, **expected)


def test_the_owner_of_a_ranking_written_as_initials_is_no_subject() -> None:
    names = gazetteer_of({"LBR": ["Liberia"], "USA": ["United States", "U.S."]})
    for owner in ("U.S.", "US"):
        text = (
            "Liberia risks U.S. sanctions or a loss of aid if it fails to step up its fight "
            f"against trafficking, as the country remains on the {owner} State Department's \"Tier "
            '2 Watchlist."'
        )
        found = read_text(text, names, "en").claims
        assert has(found, kind="tier", countries=["LBR"], tier="2WL"), owner
        assert all("USA" not in claim.countries for claim in found), owner


@pytest.mark.parametrize(
    "text",
    [
        "Perú está en el Tier 2 de la lista de países evaluados.",
        "El tier 2 del servicio de nube de Tailandia cuesta más.",
    ],
)
def test_a_spanish_tier_word_without_the_report_reads_no_watch_list(
    text: str, names: Gazetteer
) -> None:
    assert all(claim.tier != "2WL" for claim in read_text(text, names, "es").claims)


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
