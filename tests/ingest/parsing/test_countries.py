from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.ingest.parsing.corpus import COUNTRIES
from tipwatch.ingest.parsing import CountryMatcher, normalise_name

COUNTRIES_CSV = Path(__file__).resolve().parents[3] / "tipwatch" / "tip" / "data" / "countries.csv"


@pytest.fixture(scope="module")
def matcher() -> CountryMatcher:
    return CountryMatcher(COUNTRIES)


@pytest.mark.parametrize(
    ("printed", "iso3"),
    [
        ("PERU", "PER"),
        ("Peru", "PER"),
        ("COTE D'IVOIRE", "CIV"),
        ("C\u00d4TE D\u2019IVOIRE", "CIV"),
        ("Cote d\u2018Ivoire", "CIV"),
        ("IVORY COAST", "CIV"),
        ("KOREA, SOUTH", "KOR"),
        ("KOREA, REPUBLIC OF", "KOR"),
        ("KOREA, NORTH", "PRK"),
        ("BURMA", "MMR"),
        ("MYANMAR", "MMR"),
        ("THE GAMBIA", "GMB"),
        ("GAMBIA, THE", "GMB"),
        ("GAMBIA", "GMB"),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE", "COD"),
        ("CONGO, REPUBLIC OF THE", "COG"),
        ("ST. VINCENT AND THE GRENADINES", "VCT"),
        ("SAINT VINCENT & THE GRENADINES", "VCT"),
        ("BAHAMAS, THE", "BHS"),
        ("MICRONESIA, FEDERATED STATES OF", "FSM"),
        ("CHINA (INCLUDES TIBET, HONG KONG, AND MACAU)", "CHN"),
        ("T\u00dcRKIYE", "TUR"),
        ("UNITED  STATES", "USA"),
    ],
)
def test_header_spellings(matcher: CountryMatcher, printed: str, iso3: str) -> None:
    assert matcher.match(printed) == iso3


@pytest.mark.parametrize("printed", ["ATLANTIS", "NORTH MARAVIA", "KOREA", "CONGO", ""])
def test_unknown_or_ambiguous_names(matcher: CountryMatcher, printed: str) -> None:
    assert matcher.match(printed) is None


def test_official_name_beats_another_countrys_alias() -> None:
    matcher = CountryMatcher([("AAA", "Georgia", []), ("BBB", "Somewhere", ["Georgia"])])
    assert matcher.match("GEORGIA") == "AAA"


def test_two_countries_with_the_same_name_are_ambiguous() -> None:
    matcher = CountryMatcher([("AAA", "Congo", []), ("BBB", "Congo", [])])
    assert matcher.match("Congo") is None


def test_normalise_name() -> None:
    assert normalise_name("C\u00d4TE D\u2019IVOIRE") == "cote divoire"
    assert normalise_name("St. Kitts & Nevis") == "saint kitts and nevis"
    assert normalise_name("The Bahamas") == "bahamas"


def test_matcher_helpers(matcher: CountryMatcher) -> None:
    assert "Peru" in matcher
    assert "Atlantis" not in matcher
    assert matcher.name_for("per") == "Peru"
    assert len(matcher) == len(COUNTRIES)


# The country list as shipped, names only: an abbreviated form must be read by the rules, not
# found among the aliases.
def _names_only() -> CountryMatcher:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        return CountryMatcher((row["iso3"], row["name"], []) for row in csv.DictReader(handle))


def _shipped() -> CountryMatcher:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return CountryMatcher(
        (row["iso3"], row["name"], [a for a in row["aliases"].split("|") if a]) for row in rows
    )


@pytest.mark.parametrize(
    ("printed", "iso3"),
    [
        # The 2009 tier list's narrow columns, and the other ways "Saint" and "and" are cut.
        ("St Vincent & Gren", "VCT"),
        ("St. Vincent & Gren", "VCT"),
        ("Saint Vincent and Gren", "VCT"),
        ("ST VINCENT AND THE GREN.", "VCT"),
        ("St Vincent and Grenadines", "VCT"),
        ("St Kitts & Nev", "KNA"),
        ("Bosnia & Herz", "BIH"),
        ("Trinidad & Tob", "TTO"),
        ("Sao Tome & Prin", "STP"),
        ("Papua New Gui", "PNG"),
        ("Equatorial Gui", "GNQ"),
        ("Guinea Bis", "GNB"),
        ("South Afr", "ZAF"),
        ("Central African Rep", "CAF"),
    ],
)
def test_abbreviated_and_cut_short_names(printed: str, iso3: str) -> None:
    assert _names_only().match(printed) == iso3


@pytest.mark.parametrize(
    ("printed", "iso3"),
    [
        # Near misses: a whole name that starts another is itself; one word is never cut.
        ("Niger", "NER"),
        ("Guinea", "GIN"),
        ("Dominica", "DMA"),
        ("Sudan", "SDN"),
        ("Nige", None),
        ("Domin", None),
        # A last word that is no start of the name's last word, or too short to tell.
        ("St Vincent & Grenada", None),
        ("St Vincent & Gr", None),
        ("South Af", None),
        ("New Gui", None),
        # Places and words that share a name's first words.
        ("United Nations", None),
        ("South Kivu", None),
        ("Saint Petersburg", None),
        ("Congo Rep", None),
    ],
)
def test_near_misses_of_cut_short_names(printed: str, iso3: str | None) -> None:
    assert _names_only().match(printed) == iso3


def test_a_cut_short_name_two_countries_share_is_no_match() -> None:
    matcher = CountryMatcher([("AAA", "Saint Martin", []), ("BBB", "Saint Marten", [])])
    assert matcher.match("St Mart") is None
    assert matcher.match("St Marti") == "AAA"
    assert matcher.match("St Marte") == "BBB"
    # A last word that is one name's whole last word is that name, though it starts another.
    matcher = CountryMatcher([("AAA", "North Island", []), ("BBB", "North Islands", [])])
    assert matcher.match("North Island") == "AAA"
    assert matcher.match("North Isl") is None


def test_no_cut_short_name_matches_another_country() -> None:
    # Every name and alias shipped, its last word cut at every length: the country itself or
    # none, save where the cut leaves another country's whole name or alias ("Guinea" of
    # "Guinea-Bissau", "Niger" of "Nigeria", "UK" of "Ukraine").
    matcher = _shipped()
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {
        row["iso3"]: [row["name"], *(a for a in row["aliases"].split("|") if a)] for row in rows
    }
    known = {normalise_name(name) for spellings in names.values() for name in spellings}
    wrong = []
    for iso3, spellings in names.items():
        for name in spellings:
            words = name.split()
            for length in range(1, len(words[-1])):
                cut = " ".join([*words[:-1], words[-1][:length]])
                found = matcher.match(cut)
                if found not in (None, iso3) and normalise_name(cut) not in known:
                    wrong.append((cut, found))
    assert wrong == []
