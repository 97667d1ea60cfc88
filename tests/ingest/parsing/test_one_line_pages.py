"""A page saved with its line breaks lost: the page's title and the site's lines run into
the narrative on one line, and the narrative is still found where it opens."""

from __future__ import annotations

from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report

MATCHER = CountryMatcher([("PER", "Peru", []), ("MEX", "Mexico", [])])

FINDING = (
    "The Government of Peru does not fully meet the minimum standards for the elimination of "
    "trafficking but is making significant efforts to do so. The government demonstrated "
    "overall increasing efforts; therefore Peru remained on Tier 2. These efforts included "
    "identifying more than 70 victims."
)


def _countries(text: str, year: int = 2023) -> list[tuple[str | None, str | None]]:
    parsed = parse_report(document_from_text(text), year, MATCHER)
    return [(country.iso3, country.tier) for country in parsed.countries]


def test_the_finding_after_the_site_lines_on_one_line_opens_the_narrative() -> None:
    # ecoi.net's document number and author, run into the finding with no sentence end.
    text = "Dokument #2111666 USDOS \u2013 US Department of State (Autor) " + FINDING + "\n"
    assert _countries(text) == [("PER", "2")]


def test_the_finding_after_the_page_title_on_one_line_keeps_its_figures() -> None:
    text = "2023 Trafficking in Persons Report: Peru June 16, 2023 " + FINDING + "\n"
    parsed = parse_report(document_from_text(text), 2023, MATCHER)
    (peru,) = parsed.countries
    figures = {(s.metric, s.value, s.qualifier) for s in peru.statistics}
    assert figures == {("victims_identified", 70, "more_than")}


def test_an_abbreviation_before_the_finding_ends_no_sentence() -> None:
    text = "Extracted in part from the U.S. State Dept 2023 TIP Report " + FINDING + "\n"
    assert _countries(text) == [("PER", "2")]


def test_the_finding_after_a_sentence_run_into_it_is_prose() -> None:
    # A sentence has ended before it and the finding opens none: it is quoted in prose.
    text = (
        "The delegation met officials. Reports said The Government of Peru does not fully meet "
        "the minimum standards for the elimination of trafficking.\n"
    )
    assert _countries(text) == []


def test_the_finding_far_into_a_line_is_no_page_opening() -> None:
    title = "Notes on regional affairs and " * 20  # well past a page title's length
    assert _countries(title + FINDING + "\n") == []


# The two-megabyte lines below are read for what they hold; how fast they are read, against
# the same words broken into lines, is measured by bench/ingest/bench_long_lines.py.
def test_a_two_megabyte_line_of_site_lines_holds_no_narrative() -> None:
    words = "Trafficking in Persons Report The Government of Peru and the site's lines "
    line = (words * (2_000_000 // len(words))) + "\n"
    parsed = parse_report(document_from_text(line), 2023, MATCHER)
    assert (parsed.countries, parsed.fatal) == ([], True)


def test_the_finding_after_a_word_of_prose_is_quoted() -> None:
    text = "Observers said that " + FINDING + "\n"
    assert _countries(text) == []


CARIBBEAN = CountryMatcher([("CUW", "Cura\u00e7ao", []), ("LBY", "Libya", [])])


def test_a_header_in_capitals_with_an_accent_is_found_inside_the_line() -> None:
    text = (
        "Send a Letter The following report was published on June 15. It is reproduced in "
        "full below. CURA\u00c7AO (Tier 3)* The Government of Cura\u00e7ao does not fully meet "
        "the minimum standards for the elimination of trafficking and is not making "
        "significant efforts to do so.\n"
    )
    parsed = parse_report(document_from_text(text), 2023, CARIBBEAN)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("CUW", "3")]


def test_capitals_with_an_accent_naming_no_country_are_no_header() -> None:
    text = "Notes. \u00c9TUDE R\u00c9GIONALE (Tier 2) The report covers the region.\n"
    assert parse_report(document_from_text(text), 2023, CARIBBEAN).countries == []


def test_a_special_case_opening_after_the_page_title_names_the_country() -> None:
    text = (
        "Special Case (Libya) Libya is a Special Case for the fourth consecutive year. The "
        "government struggled to govern large swaths of its territory.\n"
    )
    parsed = parse_report(document_from_text(text), 2019, CARIBBEAN)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("LBY", "special_case")]


def test_a_special_case_said_of_no_country_is_no_opening() -> None:
    text = "The minister said the matter is a Special Case for the courts to decide.\n"
    assert parse_report(document_from_text(text), 2019, CARIBBEAN).countries == []


OPENING = (
    "Peru is a source, transit, and destination country for men, women, and children "
    "subjected to forced labor and sex trafficking.\n"
)


def test_the_page_title_and_its_bare_tier_run_into_the_narrative_are_its_header() -> None:
    text = "Trafficking in Persons Report 2014 - Peru Tier 2 Watch List " + OPENING
    assert _countries(text, 2014) == [("PER", "2WL")]


def test_a_page_title_naming_no_country_over_a_bare_tier_is_no_header() -> None:
    text = "Trafficking in Persons Report 2014 - Regional Overview Tier 2 Countries are many. "
    assert _countries(text + OPENING, 2014) == []


def test_a_bare_tier_after_a_country_in_prose_is_no_header() -> None:
    text = "Analysts compared Peru Tier 2 Peru is a source country with its neighbours.\n"
    assert _countries(text, 2014) == []


def test_a_two_megabyte_line_of_page_titles_holds_no_narrative() -> None:
    title = "Trafficking in Persons Report 2014 - Peru and its many neighbouring countries "
    line = (title * (2_000_000 // len(title))) + "\n"
    parsed = parse_report(document_from_text(line), 2014, MATCHER)
    assert (parsed.countries, parsed.fatal) == ([], True)
