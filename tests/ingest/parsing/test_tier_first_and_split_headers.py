"""Pages whose header is not a name over its tier: the tier first ("Tier 2 Watch List:
Peru"), a bare tier over the country's profile with no name at all, and a header whose name
and tier a PDF's columns parted. Invented text in the report's and its copies' style."""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing import CountryMatcher, document_from_text
from tipwatch.ingest.parsing.segment import segment

MATCHER = CountryMatcher(
    [("PER", "Peru", []), ("BOL", "Bolivia", []), ("CUB", "Cuba", []), ("IRN", "Iran", [])]
)
_PROFILE = (
    "Peru is a source, transit, and destination country for men, women, and children "
    "subjected to sex trafficking and forced labor."
)
_FINDING = "The Government of Peru does not fully meet the minimum standards."


def _found(text: str) -> list[tuple[str | None, str | None]]:
    segmentation = segment(document_from_text(text), MATCHER)
    return [(narrative.iso3, narrative.tier) for narrative in segmentation.narratives]


# --- the tier before the name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "tier"),
    [
        ("Tier 2 Watch List: Peru", "2WL"),
        ("TIER 3: PERU", "3"),
        ("Tier 1 - Peru", "1"),
        ("Tier 2 | Peru", "2"),
        ("Tier 2 Watch List \u2013 Peru", "2WL"),
    ],
)
def test_a_tier_before_a_known_name_over_prose_is_a_header(header: str, tier: str) -> None:
    assert _found(f"{header}\n\n{_PROFILE}\n\n{_FINDING}") == [("PER", tier)]


def test_a_tier_list_line_with_names_under_it_is_no_header() -> None:
    text = f"TIER 3: CUBA\nIran\nBolivia\n\n{_PROFILE}"
    assert ("CUB", "3") not in _found(text)


def test_a_tier_before_an_unknown_name_is_no_header() -> None:
    assert _found(f"Tier 2: Atlantis\n\n{_PROFILE}") == []


def test_a_tier_before_words_that_are_no_name_is_no_header() -> None:
    assert _found(f"Tier 2: The Government made progress\n\n{_PROFILE}") == []


# --- a bare tier over the country's profile ---------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        _PROFILE,
        "Peru is a source, and to a lesser extent, a transit and destination country for women"
        " and children subjected to sex trafficking.",
        "Peru is primarily a destination country for men and women subjected to forced labor.",
    ],
)
def test_a_bare_tier_over_a_profile_names_the_country_from_the_profile(opening: str) -> None:
    text = f"Office to Monitor and Combat Trafficking in Persons\nTier 2 Watch List\n\n{opening}"
    assert _found(text) == [("PER", "2WL")]


def test_a_profile_with_no_tier_above_it_opens_no_narrative() -> None:
    assert _found(f"Trafficking in Persons Report\n\n{_PROFILE}") == []


def test_a_bare_tier_over_a_profile_with_no_title_above_opens_no_narrative() -> None:
    assert _found(f"Some notes on the region\nTier 2\n\n{_PROFILE}") == []


@pytest.mark.parametrize("tier_line", ["(Tier 2 Watch List)", "( Tier 2 Watch List )"])
def test_a_quoted_header_s_bracketed_tier_over_a_profile_needs_no_title(tier_line: str) -> None:
    # a blog quoting the narrative from its header's brackets on, the name line left out
    text = f"Some notes on the report, quoted below.\n\n{tier_line}\n{_PROFILE}"
    assert _found(text) == [("PER", "2WL")]


def test_a_quoted_header_s_bracketed_tier_run_into_the_profile_on_one_line() -> None:
    text = f"Some notes on the report, quoted below. (Tier 2 Watch List) {_PROFILE}"
    assert _found(text) == [("PER", "2WL")]
    # a bracketed tier in prose, with no profile's opening after it
    assert _found("The report put Peru (Tier 2) first and said Peru was doing better.") == []


def test_a_profile_of_an_unknown_country_opens_no_narrative() -> None:
    text = "2014 Trafficking in Persons Report\nTier 2\n\nAtlantis is a source country for men."
    assert _found(text) == []


def test_the_profile_and_the_finding_under_it_are_one_narrative() -> None:
    text = f"2014 Trafficking in Persons Report\nTier 2\n\n{_PROFILE}\n\n{_FINDING}"
    segmentation = segment(document_from_text(text), MATCHER)
    (narrative,) = segmentation.narratives
    assert narrative.tier == "2"
    assert narrative.section_names == ["trafficking_profile", "government_efforts"]


# --- a header parted by a PDF's columns -------------------------------------------------


def test_a_capitals_name_in_a_line_with_the_tier_opening_the_next_is_a_header() -> None:
    text = (
        "COUNTRY NARRATIVES\n\n"
        "to Bolivia and Chile; the recruiters subject PERU: these migrants to forced labor.\n\n"
        "Tier 2 Watch List In 2015, reporting from multiple Peru is a source, transit, and "
        "destination country for sources indicated that the government and men, women.\n"
    )
    assert _found(text) == [("PER", "2WL")]


def test_a_name_with_a_colon_and_no_tier_under_it_is_no_header() -> None:
    text = "the recruiters subject PERU: these migrants to forced labor.\n\nIn 2015, reports."
    assert _found(text) == []


def test_a_title_case_name_with_a_colon_is_no_header() -> None:
    text = "officials said of Peru: these migrants to forced labor.\n\nTier 2 Watch List In 2015."
    assert _found(text) == []


def test_a_bare_tier_over_a_profile_on_a_page_saved_as_one_line() -> None:
    text = (
        "Office to Monitor and Combat Trafficking in Persons Tier 2 Watch List Peru is a "
        "source, transit, and destination country for men, women, and children subjected to "
        "forced labor."
    )
    assert _found(text) == [("PER", "2WL")]


def test_a_parted_header_whose_name_a_wrapped_paragraph_holds() -> None:
    text = (
        "to Bolivia and Chile; the recruiters subject\n"
        "PERU: these migrants to forced labor after\n"
        "arrival.\n\n"
        "Tier 2 Watch List In 2015, reporting from multiple\n"
        "sources indicated that the government and men, women.\n"
    )
    assert _found(text) == [("PER", "2WL")]


def test_a_parted_header_on_a_page_saved_as_one_line() -> None:
    text = (
        "COUNTRY NARRATIVES to Bolivia and Chile; the recruiters subject PERU: these migrants "
        "to forced labor after arrival. Tier 2 Watch List In 2015, reporting from multiple "
        "sources indicated that the government and men, women."
    )
    assert _found(text) == [("PER", "2WL")]
