"""The year a claim is about when the press gives it by a time phrase: decades counted back
("a decade ago", "hace dos décadas"), a year after a lead other than "in" ("back in 2011",
"as recently as 2015", "todavía en 2015"), an opening "when" clause that names a year ("When
the first report came out in 2001, ..."), and "the following year" after a year named in
an earlier sentence.

Pure Python; every sentence is invented in the press's style. The report the text is about is
2021 throughout."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import gazetteer_of
from tipwatch.briefings.claims import Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru", "Perú"],
    "BOL": ["Bolivia"],
}
YEAR = 2021


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def placings(text: str, names: Gazetteer, lang: str = "en") -> set[tuple[Any, ...]]:
    """(countries, tier, report year) of each claim that places countries on a tier."""
    return {
        (c.countries, c.tier, c.year if c.year is not None else YEAR - c.years_before)
        for c in read_text(text, names, lang, default_year=YEAR).claims
        if str(c.kind) in ("tier", "change")
    }


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("A decade ago Peru was on Tier 1.", "en", 2011),
        ("Peru was on Tier 1 a decade ago.", "en", 2011),
        ("Two decades ago, Peru was on Tier 3.", "en", 2001),
        ("Peru was on Tier 3 two decades ago.", "en", 2001),
        ("Peru was on Tier 3 15 years ago.", "en", 2006),
        ("Hace una década, Perú estaba en el Nivel 1.", "es", 2011),
        ("Hace dos décadas Perú estaba en el Nivel 3.", "es", 2001),
    ],
)
def test_decades_and_long_spans_count_back(
    text: str, lang: str, year: int, names: Gazetteer
) -> None:
    found = placings(text, names, lang)
    assert {year} == {y for _, _, y in found}, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peru was a Tier 1 country back in 2011.", "en"),
        ("Peru was on Tier 1 as recently as 2011.", "en"),
        ("Peru was on Tier 1 as late as 2011.", "en"),
        ("Peru was on Tier 1 as of 2011.", "en"),
        ("Perú estaba en el Nivel 1 todavía en 2011.", "es"),
        ("Perú estaba en el Nivel 1 ya en 2011.", "es"),
        # a year that opens a relative clause, before its verb
        ("Peru, which in 2011 was on Tier 1, signed the protocol.", "en"),
        ("Perú, que en 2011 estaba en el Nivel 1, firmó el protocolo.", "es"),
    ],
)
def test_a_year_after_other_leads_dates_the_claim(text: str, lang: str, names: Gazetteer) -> None:
    assert placings(text, names, lang) == {(("PER",), "1", 2011)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "When the first report came out in 2001, Peru was on Tier 3.",
            "en",
            {(("PER",), "3", 2001)},
        ),
        (
            "When the report was released in June 2015, Peru and Bolivia were on Tier 2.",
            "en",
            {(("PER", "BOL"), "2", 2015)},
        ),
        (
            "Cuando se publicó el primer informe en 2001, Perú estaba en el Nivel 3.",
            "es",
            {(("PER",), "3", 2001)},
        ),
        # a "when" clause with no year of its own leaves the sentence in the report's time
        (
            "When the report came out, Peru was on Tier 2.",
            "en",
            {(("PER",), "2", 2021)},
        ),
    ],
)
def test_an_opening_when_clause_names_the_year(
    text: str, lang: str, expected: set[tuple[Any, ...]], names: Gazetteer
) -> None:
    assert placings(text, names, lang) == expected


def test_the_following_year_after_a_named_year_is_the_next() -> None:
    names = gazetteer_of(COUNTRIES)
    found = placings(
        "In 2014 Peru was on the Watch List. It was placed on Tier 3 the following year.", names
    )
    assert found == {(("PER",), "2WL", 2014), (("PER",), "3", 2015)}
