"""Numbers, ordinals, dates and lists in the active language."""

from __future__ import annotations

import datetime

import pytest
from django.utils import translation

from tipwatch.core.number_words import ordinal as bare_ordinal
from tipwatch.tip.language import cardinal, date_text, join, number, ordinal


@pytest.mark.parametrize(
    ("n", "english", "spanish", "spanish_feminine"),
    [
        (1, "first", "primer", "primera"),
        (3, "third", "tercer", "tercera"),
        (9, "ninth", "noveno", "novena"),
        (11, "eleventh", "undécimo", "undécima"),
        (13, "thirteenth", "decimotercer", "decimotercera"),
        (20, "twentieth", "vigésimo", "vigésima"),
        (21, "21st", "21.º", "21.ª"),
        (23, "23rd", "23.º", "23.ª"),
    ],
)
def test_ordinals(n: int, english: str, spanish: str, spanish_feminine: str) -> None:
    with translation.override("en-gb"):
        assert ordinal(n) == english
    with translation.override("es"):
        assert ordinal(n) == spanish
        assert ordinal(n, feminine=True) == spanish_feminine


def test_an_ordinal_needs_a_positive_number_and_a_known_language() -> None:
    with pytest.raises(ValueError, match="1 or more"):
        bare_ordinal(0)
    with pytest.raises(ValueError, match="choose en or es"):
        bare_ordinal(2, "fr")


def test_cardinals_before_a_noun() -> None:
    with translation.override("en-gb"):
        assert [cardinal(n) for n in (1, 2, 13, 25)] == ["one", "two", "thirteen", "25"]
    with translation.override("es"):
        assert [cardinal(n) for n in (1, 2, 13, 25)] == ["un", "dos", "trece", "25"]


def test_dates() -> None:
    day = datetime.date(2015, 7, 27)
    with translation.override("en-gb"):
        assert date_text(day) == "27 July 2015"
    with translation.override("es"):
        assert date_text(day) == "27 de julio de 2015"
    assert date_text(None) == ""


def test_lists() -> None:
    with translation.override("en-gb"):
        assert join(["Chile", "Peru", "Iran"]) == "Chile, Peru and Iran"
        assert join(["A and B", "C"]) == "A and B, and C"
    with translation.override("es"):
        assert join(["Chile", "Irán"]) == "Chile e Irán"
        assert join(["Perú", "Hiedra"]) == "Perú y Hiedra"
        assert join(["Chile", "Perú", "Bolivia"]) == "Chile, Perú y Bolivia"
        assert join(["A y B", "C"]) == "A y B, y C"
        assert join(["Trinidad y Tobago", "Irán"], comma_when_ambiguous=False) == (
            "Trinidad y Tobago e Irán"
        )
    with translation.override("en-gb"):
        assert join(["Trinidad and Tobago", "Peru"], comma_when_ambiguous=False) == (
            "Trinidad and Tobago and Peru"
        )


def test_counts_in_figures() -> None:
    with translation.override("en-gb"):
        assert [number(n) for n in (7, 188, 12015)] == ["7", "188", "12,015"]
    with translation.override("es"):
        assert [number(n) for n in (7, 188, 12015)] == ["7", "188", "12.015"]
