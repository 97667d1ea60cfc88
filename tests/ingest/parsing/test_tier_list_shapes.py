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


# --- other shapes of the lists ---------------------------------------------------------


def test_footnote_marks_after_names_are_no_part_of_them(matcher: CountryMatcher) -> None:
    text = "Tier 3\nBurma*\nCuba \u2020\nIran\nSudan1\nNorth Korea\u00b9\nSyria\nVenezuela 2\n"
    assert _read(text, matcher) == [
        ("Burma", "MMR", "3"),
        ("Cuba", "CUB", "3"),
        ("Iran", "IRN", "3"),
        ("Sudan", "SDN", "3"),
        ("North Korea", "PRK", "3"),
        ("Syria", "SYR", "3"),
        ("Venezuela", "VEN", "3"),
    ]  # a number after a space is a mark when the name is known (test_tier_list_rows.py)
    one_line = "Tier 3: Burma*, Cuba, Korea, North1, and Sudan\n"
    assert [iso3 for _, iso3, _ in _read(one_line, matcher)] == ["MMR", "CUB", "PRK", "SDN"]


def test_a_list_carried_on_under_its_heading_again_is_one_list(matcher: CountryMatcher) -> None:
    for carried in ("TIER 2 (CONTINUED)", "Tier 2 continued", "Tier 2 cont'd", "TIER PLACEMENTS"):
        text = f"Tier 2\nAlbania\nAngola\nArmenia\n{carried}\nBelize\nBolivia\nTier 3\nCuba\n"
        read = _read(text, matcher)
        assert [iso3 for _, iso3, _ in read] == ["ALB", "AGO", "ARM", "BLZ", "BOL"], carried
    # Another tier's heading, continued or not, still opens that tier's list.
    text = "Tier 2\nAlbania\nAngola\nArmenia\nTIER 3 (CONTINUED)\nBurma\nCuba\nIran\n"
    assert [tier for _, _, tier in _read(text, matcher)] == ["2"] * 3 + ["3"] * 3


def test_a_heading_with_its_number_spelt_out_or_naming_its_countries(
    matcher: CountryMatcher,
) -> None:
    for heading, tier in (
        ("Tier Two Watch List", "2WL"),
        ("TIER THREE", "3"),
        ("tier one", "1"),
        ("Tier 3 Countries", "3"),
        ("TIER 2 WATCH LIST COUNTRIES:", "2WL"),
    ):
        read = _read(f"{heading}\nCuba\nIran\nLibya\n", matcher)
        assert read == [("Cuba", "CUB", tier), ("Iran", "IRN", tier), ("Libya", "LBY", tier)]
    # Prose that names a tier in words is no heading.
    assert _read("Peru moved to tier two\nCuba\nIran\nLibya\n", matcher) == []
    assert _read("Tier 3 countries\nare those that do nothing\nCuba\nIran\n", matcher) == []


def test_a_name_split_over_two_lines_is_one_name(matcher: CountryMatcher) -> None:
    text = (
        "Tier 3\nCuba\nDemocratic Republic of\nthe Congo\nIran\nSaint Vincent and the\n"
        "Grenadines\nCongo,\nRepublic of the\nCentral African\nRepublic\nBosnia and\nHerzegovina\n"
        "Niger\nNigeria\n"
    )
    assert _read(text, matcher) == [
        ("Cuba", "CUB", "3"),
        ("Democratic Republic of the Congo", "COD", "3"),
        ("Iran", "IRN", "3"),
        ("Saint Vincent and the Grenadines", "VCT", "3"),
        ("Congo, Republic of the", "COG", "3"),
        ("Central African Republic", "CAF", "3"),
        ("Bosnia and Herzegovina", "BIH", "3"),
        ("Niger", "NER", "3"),  # two names, each whole on its line, stay two
        ("Nigeria", "NGA", "3"),
    ]


def test_names_under_list_marks(matcher: CountryMatcher) -> None:
    for mark in ("\u2022 ", "- ", "* ", "{n}. ", "{n}) "):
        lines = [mark.format(n=n) + name for n, name in enumerate(("Cuba", "Iran", "Libya"), 1)]
        text = "Tier 3\n" + "\n".join(lines) + "\n"
        assert _read(text, matcher) == [
            ("Cuba", "CUB", "3"),
            ("Iran", "IRN", "3"),
            ("Libya", "LBY", "3"),
        ], mark
    # Kept as it was: a numbered line of prose ends the list.
    text = "Tier 3\n1. Cuba\n2. Iran\n3. Libya\n4. The government did nothing.\nPeru\n"
    assert [iso3 for _, iso3, _ in _read(text, matcher)] == ["CUB", "IRN", "LBY"]
    # Kept as it was: in a list printed in lower case an unknown name is still one.
    text = "tier 3\ncuba\niran\nnetherlands antilles\nlibya\n"
    assert [iso3 for _, iso3, _ in _read(text, matcher)] == ["CUB", "IRN", None, "LBY"]
