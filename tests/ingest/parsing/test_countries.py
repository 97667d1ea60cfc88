from __future__ import annotations

import pytest

from tests.ingest.parsing.corpus import COUNTRIES
from tipwatch.ingest.parsing import CountryMatcher, normalise_name


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
