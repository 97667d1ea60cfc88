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


# A hyphen opens a list item only where a list can start (a paragraph's start, after a colon, a
# sentence's end or a heading) or inside a list already started; a dash a PDF's wrap put at a
# line's start mid-sentence is a dash. A list introduced without a colon is not split (see
# text._dash_opens_an_item for why).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tier 3 countries:\n- Cuba\n- Iran", ["Tier 3 countries:", "- Cuba", "- Iran"]),
        ("- Cuba is on Tier 3\n- Iran too", ["- Cuba is on Tier 3", "- Iran too"]),
        ("## Tier 3\n- Cuba\n- Iran", ["## Tier 3", "- Cuba", "- Iran"]),
        (
            "It fell.\n- Chile moved and\nfell\n- Cuba rose",
            ["It fell.", "- Chile moved and\nfell", "- Cuba rose"],
        ),
        ("Los países:\r\n- Cuba\r\n- Irán", ["Los países:", "- Cuba", "- Irán"]),
        (
            "Peru\n- once on Tier 1 -\nfell to Tier 2.",
            ["Peru\n- once on Tier 1 -\nfell to Tier 2."],
        ),
        (
            "named 14 countries\n - including Kuwait\n- to its list.",
            ["named 14 countries\n - including Kuwait\n- to its list."],
        ),
        ("Tier 3 countries in 2024\n- Cuba\n- Iran", ["Tier 3 countries in 2024\n- Cuba\n- Iran"]),
    ],
)
def test_a_hyphen_opens_a_list_item_only_where_a_list_can_start(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_a_full_stop_before_a_wrapped_lower_case_word_ends_no_sentence() -> None:
    text = "Tier 1 - Countries that comply.\n(examples: Canada, U.S.)"
    assert [s.text for s in split_sentences(text)] == [text]


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
