"""Shapes of the report's tier lists in its editions and their copies: names the country
table lacks inside a list run together on one line, lists written out with "and", and the
other ways the lists are printed (invented text in the report's style)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report
from tipwatch.ingest.parsing.tierlists import read_tier_lists

COUNTRIES_CSV = Path(__file__).resolve().parents[3] / "tipwatch" / "tip" / "data" / "countries.csv"


@pytest.fixture(scope="module")
def matcher() -> CountryMatcher:
    """The shipped country table: it knows the Netherlands and Serbia, not the Netherlands
    Antilles or Serbia and Montenegro."""
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return CountryMatcher(
        (row["iso3"], row["name"], [a for a in row["aliases"].split("|") if a]) for row in rows
    )


def _read(text: str, matcher: CountryMatcher) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.iso3, p.tier) for p in read_tier_lists(document_from_text(text), matcher)]


# A copy of the 2009 report's lists with the line breaks lost (invented names and order in
# the report's style): the Netherlands Antilles, which the table has no code for, sits
# inside the Tier 2 list with fourteen names after it.
ONE_LINE_2009 = (
    "TIER PLACEMENTS Tier 1 Australia Austria Belgium Canada Netherlands New Zealand Norway "
    "Poland Tier 2 Albania Angola Nepal Netherlands Antilles Nicaragua Palau Panama Paraguay "
    "Peru Romania Rwanda Senegal Slovak Republic Suriname Timor-Leste Tonga Turkey Uganda "
    "Tier 2 Watch List Algeria Bahrain Belarus Tier 3 Burma Cuba Eritrea Iran\n"
)
AFTER_ANTILLES = [
    "NIC", "PLW", "PAN", "PRY", "PER", "ROU", "RWA",
    "SEN", "SVK", "SUR", "TLS", "TON", "TUR", "UGA",
]  # fmt: skip


def test_an_unknown_name_in_a_one_line_list_costs_only_itself(matcher: CountryMatcher) -> None:
    read = _read(ONE_LINE_2009, matcher)
    tier2 = [(name, iso3) for name, iso3, tier in read if tier == "2"]
    assert tier2[:4] == [
        ("Albania", "ALB"),
        ("Angola", "AGO"),
        ("Nepal", "NPL"),
        ("Netherlands Antilles", None),
    ]
    assert [iso3 for _, iso3 in tier2[4:]] == AFTER_ANTILLES
    # The Netherlands are read once, on Tier 1: "Antilles" is no name of its own, as it
    # would sort before "Netherlands" in the alphabetical list.
    assert [tier for _, iso3, tier in read if iso3 == "NLD"] == ["1"]
    assert [iso3 for _, iso3, tier in read if tier == "3"] == ["MMR", "CUB", "ERI", "IRN"]


def test_the_unknown_name_is_a_problem_for_review(matcher: CountryMatcher) -> None:
    parsed = parse_report(document_from_text(ONE_LINE_2009), 2009, matcher)
    assert 'unknown country name "Netherlands Antilles" in the tier lists (page 1)' in (
        parsed.problems
    )
    assert sum(1 for p in parsed.listed if p.iso3 is None) == 1


def test_an_unknown_name_joined_by_and_runs_over_the_known_names_in_it(
    matcher: CountryMatcher,
) -> None:
    text = ONE_LINE_2009.replace("Nepal Netherlands Antilles", "Nepal Serbia and Montenegro")
    tier2 = [(name, iso3) for name, iso3, tier in _read(text, matcher) if tier == "2"]
    assert tier2[2:4] == [("Nepal", "NPL"), ("Serbia and Montenegro", None)]
    assert [iso3 for _, iso3 in tier2[4:]] == AFTER_ANTILLES


def test_two_unknown_names_in_one_list_are_each_kept(matcher: CountryMatcher) -> None:
    text = ONE_LINE_2009.replace("Palau", "Serbia and Montenegro")
    unknown = [name for name, iso3, _ in _read(text, matcher) if iso3 is None]
    assert unknown == ["Netherlands Antilles", "Serbia and Montenegro"]


def test_a_running_head_run_into_a_one_line_list_is_no_name(matcher: CountryMatcher) -> None:
    text = ONE_LINE_2009.replace("Eritrea Iran", "Eritrea TRAFFICKING IN PERSONS REPORT Iran")
    read = _read(text, matcher)
    assert [iso3 for _, iso3, tier in read if tier == "3"] == ["MMR", "CUB", "ERI", "IRN"]
    # A list printed in capitals keeps an unknown name printed so.
    upper = _read(ONE_LINE_2009.upper(), matcher)
    assert ("NETHERLANDS ANTILLES", None, "2") in upper


def test_an_unknown_name_is_read_only_between_known_names(matcher: CountryMatcher) -> None:
    # A row of names on a line of its own, the unknown name inside it.
    assert _read("Tier 3\nCuba Iran Netherlands Antilles Libya\n", matcher) == [
        ("Cuba", "CUB", "3"),
        ("Iran", "IRN", "3"),
        ("Netherlands Antilles", None, "3"),
        ("Libya", "LBY", "3"),
    ]
    # Kept as they were: capitalised words after the last names are no unknown name, on a
    # line of its own (no list) or ending a one-line list (its last names are kept, and a
    # known name before an "and" leading into them is still the last name).
    for text in (
        "Tier 3\nCuba Iran Libya Stopping Human Trafficking\n",
        "Tier 3\nCuba Iran Libya Netherlands Antilles\n",
        "Tier 2\nPeru and Chile made Progress on Trafficking Cases\nBolivia\n",
    ):
        assert _read(text, matcher) == [], text
    for tail in (
        "Special Cases Haiti Somalia Yemen Stopping Human Trafficking MAP",
        "Special Cases Haiti Somalia Yemen and Other Territories",
    ):
        read = _read(ONE_LINE_2009.rstrip("\n") + " " + tail + "\n", matcher)
        special = [iso3 for _, iso3, tier in read if tier == "special_case"]
        assert special == ["HTI", "SOM", "YEM"], tail
        assert [name for name, iso3, _ in read if iso3 is None] == ["Netherlands Antilles"]


# --- lists written out with "and" ------------------------------------------------------


def test_a_list_written_out_with_and_is_read(matcher: CountryMatcher) -> None:
    cases = {
        "Tier 3: Cuba, Iran, and Libya\n": ["CUB", "IRN", "LBY"],
        "Tier 3: Cuba, Iran and Libya.\n": ["CUB", "IRN", "LBY"],
        "The following countries are on Tier 3: Burma, Cuba, North Korea and Sudan\n": [
            "MMR",
            "CUB",
            "PRK",
            "SDN",
        ],
        "Tier 3\nBurma, Cuba, Korea, North, and Sudan\n": ["MMR", "CUB", "PRK", "SDN"],
        "Tier 2: Antigua and Barbuda, Congo, Republic of the, Peru & Chile\n": [
            "ATG",
            "COG",
            "PER",
            "CHL",
        ],
    }
    for text, codes in cases.items():
        assert [iso3 for _, iso3, _ in _read(text, matcher)] == codes, text
    names = [name for name, _, _ in _read("Tier 3: Cuba, Iran, and Libya\n", matcher)]
    assert names == ["Cuba", "Iran", "Libya"]
    # Kept as it was: prose that names a tier and countries with "and" is no list.
    for text in (
        "Peru remained on Tier 2, as did Chile, Bolivia and Ecuador.\n",
        "Tier 3 countries, such as Cuba, Iran and Libya, did nothing\n",
        "Tier 2: Peru and Chile made progress, and Bolivia and Ecuador did not.\n",
        "The following countries are on Tier 3 because Cuba, Iran and Libya did nothing\n",
        "Tier 2 Watch List: Peru, Chile and Bolivia were upgraded\n",
    ):
        assert _read(text, matcher) == [], text
