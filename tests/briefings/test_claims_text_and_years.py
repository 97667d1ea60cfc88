"""How the claim reader takes a text: spans, sentences, lists and wrapped lines, names, the
language, the years claims are about, and that the claims package imports no Django."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import only
from tipwatch.briefings.claims import (
    ClaimKind,
    Gazetteer,
    YearSource,
    detect_language,
    extract_claims,
    split_sentences,
)


def test_spans_point_into_the_text(gazetteer: Gazetteer) -> None:
    text = "Intro line.\n\nIn Lima, officials said Perú se mantiene en el Nivel 2."
    claim = only(text, gazetteer)
    start, end = claim.span
    assert text[start:end] == claim.text == "Perú se mantiene en el Nivel 2"


def test_the_year_comes_from_the_sentence_then_the_paragraph_then_the_text(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The 2015 report keeps Peru on Tier 2. Chile is the only Latin American country on "
        "Tier 1.\n\nBolivia is on the Watch List. In the 2016 report Haiti fell to Tier 3."
    )
    claims = extract_claims(text, gazetteer)
    assert [(c.year, c.year_source) for c in claims] == [
        (2015, YearSource.SENTENCE),
        (2015, YearSource.PARAGRAPH),
        (2015, YearSource.DOCUMENT),
        (2016, YearSource.SENTENCE),
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The 2015 TIP Report keeps Peru on Tier 2.", 2015),
        ("In its 2016 report, the State Department kept Peru on Tier 2.", 2016),
        ("El informe de 2015 mantiene a Perú en el Nivel 2.", 2015),
        ("Según el Informe TIP 2016, Perú sigue en el Nivel 2.", 2016),
        ("Informe sobre la Trata de Personas 2017: Perú sigue en el Nivel 2.", 2017),
    ],
)
def test_report_years(gazetteer: Gazetteer, text: str, year: int) -> None:
    assert only(text, gazetteer).year == year


def test_names_need_a_capital_and_the_longest_name_wins(gazetteer: Gazetteer) -> None:
    claims = extract_claims(
        "The Dominican Republic is on Tier 2. Dominica is on Tier 1.", gazetteer
    )
    assert [c.countries for c in claims] == [("DOM",), ("DMA",)]
    assert extract_claims("peru is on tier 2.", gazetteer) == []


def test_sentences_respect_abbreviations() -> None:
    text = "The U.S. State Department published it. EE. UU. publicó el informe. Next one."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. State Department published it.",
        "EE. UU. publicó el informe.",
        "Next one.",
    ]


def test_language_detection() -> None:
    assert detect_language("Perú se mantiene en el Nivel 2 por noveno año.") == "es"
    assert detect_language("Peru remains on Tier 2 for the ninth year.") == "en"


def test_an_unknown_language_is_refused(gazetteer: Gazetteer) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        extract_claims("Peru is on Tier 2.", gazetteer, "fr")


def test_the_claims_package_imports_no_django() -> None:
    import ast
    from pathlib import Path

    import tipwatch.briefings.claims as package

    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                assert not any(
                    n.startswith(("django", "wagtail", "tipwatch.tip")) for n in names
                ), path


def test_hard_wrapped_lines_are_read_whole(gazetteer: Gazetteer) -> None:
    text = "Only Bolivia, Costa Rica and\nVenezuela are ranked below Tier 2\nin Latin America."
    claim = only(text, gazetteer)
    assert claim.kind is ClaimKind.GROUP
    assert claim.countries == ("BOL", "CRI", "VEN")


def test_list_items_and_headings_are_sentences() -> None:
    text = "# Peru stays on Tier 2\nThe report came out.\n- Chile is on Tier 1\n- Cuba rose"
    assert [s.text for s in split_sentences(text)] == [
        "# Peru stays on Tier 2",
        "The report came out.",
        "- Chile is on Tier 1",
        "- Cuba rose",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Colombia is a Tier 1 country in later reports.",
        "Peru was on the Watch List until 2006.",
        "Bolivia was placed on Tier 3 the year before.",
        "Bolivia estuvo en el Nivel 3 en informes anteriores.",
    ],
)
def test_claims_about_another_time_are_left_alone(gazetteer: Gazetteer, text: str) -> None:
    assert extract_claims(text, gazetteer) == []
