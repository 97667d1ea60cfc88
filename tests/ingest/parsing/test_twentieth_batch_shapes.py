"""Shapes of the report's sentences and pages that the twentieth batch of real passages
brought (tests/ingest/corpus, p1033-p1064), each tried on invented text written the way the
report writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of
from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report

# --- pages ----------------------------------------------------------------------------

MATCHER = CountryMatcher([("PER", "Peru", [])])

_NARRATIVE = (
    " is a source and destination country for men, women, and children subjected to sex\n"
    "trafficking and forced labor.\n"
    "The Government of Peru does not fully comply with the minimum standards for the\n"
    "elimination of trafficking; however, it is making significant efforts to do so.\n"
)


def _tiers(text: str) -> list[tuple[str | None, str | None]]:
    parsed = parse_report(document_from_text(text), 2015, MATCHER)
    return [(c.iso3, c.tier) for c in parsed.countries]


def test_a_watch_list_header_run_into_the_narratives_first_word_is_the_watch_list() -> None:
    # a forum post of the PDF text that lost the line breaks around the header
    text = (
        "http://www.state.gov/documents/organization/1.pdfPERU: Tier 2 Watch ListPeru" + _NARRATIVE
    )
    assert _tiers(text) == [("PER", "2WL")]


def test_a_watch_list_header_with_its_blank_is_read_as_before() -> None:
    text = (
        "http://www.state.gov/documents/organization/1.pdfPERU: Tier 2 Watch List Peru" + _NARRATIVE
    )
    assert _tiers(text) == [("PER", "2WL")]


def test_watch_list_glued_to_a_word_in_lower_case_is_no_run_in_header() -> None:
    # "Listing" is a word of its own, not "List" and the narrative's first word
    text = (
        "http://www.state.gov/documents/organization/1.pdfPERU: Tier 2 Watch Listing Peru"
        + _NARRATIVE
    )
    assert ("PER", "2WL") not in _tiers(text)


# --- officials counted as the ones investigated ---------------------------------------


def test_police_officers_investigated_for_trafficking_are_complicit_officials() -> None:
    assert (
        figures_of(
            "These efforts included convicting more traffickers, investigating two police "
            "officers for trafficking crimes, and increasing international law enforcement "
            "cooperation.",
            report_year=2023,
        )
        == set()
    )
    assert (
        figures_of(
            "The government prosecuted three officials for trafficking offenses.", report_year=2023
        )
        == set()
    )


def test_suspects_and_cases_investigated_for_trafficking_stay_counts() -> None:
    assert figures_of(
        "Authorities investigated 30 suspects for trafficking crimes.", report_year=2023
    ) == {("investigations", 30, 2022, None)}
    # officials among the people prosecuted leave the total alone
    assert figures_of(
        "The government prosecuted 15 traffickers, including two police officers for "
        "trafficking crimes.",
        report_year=2023,
    ) == {("prosecutions", 15, 2022, None)}
    assert figures_of(
        "The government investigated 12 cases involving police officers.", report_year=2023
    ) == {("investigations", 12, 2022, None)}


# --- a part of the labor form restricted to children ----------------------------------


def test_child_forced_labor_cases_are_no_part_of_the_labor_form() -> None:
    assert figures_of(
        "The government initiated eight trafficking investigations in 2016, including five "
        "sex trafficking cases and two child forced labor cases; it is unknown whether the "
        "remaining case was sex or labor trafficking.",
        report_year=2017,
    ) == {("investigations", 8, 2016, None), ("investigations_sex_trafficking", 5, 2016, None)}
    assert figures_of(
        "The government initiated eight trafficking investigations in 2016, including two "
        "child labor trafficking cases.",
        report_year=2017,
    ) == {("investigations", 8, 2016, None)}


def test_forced_labor_cases_of_no_age_stay_parts_of_the_labor_form() -> None:
    assert figures_of(
        "The government initiated eight trafficking investigations in 2016, including five "
        "sex trafficking cases and three forced labor cases.",
        report_year=2017,
    ) == {
        ("investigations", 8, 2016, None),
        ("investigations_sex_trafficking", 5, 2016, None),
        ("investigations_labor_trafficking", 3, 2016, None),
    }


# --- a count of prosecutions told in the passive --------------------------------------


def test_prosecutions_initiated_in_cases_count_prosecutions() -> None:
    assert figures_of(
        "Of those 91 investigations, prosecutions were initiated in 16 cases, 29 trafficking "
        "offenders were convicted, including three foreign trafficking offenders who were "
        "deported.",
        report_year=2012,
    ) == {("prosecutions", 16, 2011, None), ("convictions", 29, 2011, None)}
    assert figures_of("Convictions were obtained in 12 cases.", report_year=2012) == {
        ("convictions", 12, 2011, None)
    }
    assert figures_of("Investigations were opened into 30 cases.", report_year=2012) == {
        ("investigations", 30, 2011, None)
    }


def test_the_passive_reads_only_a_count_of_cases_or_people() -> None:
    assert figures_of("Prosecutions were initiated in three regions.", report_year=2012) == set()
    assert figures_of("Prosecutions were initiated in 2011.", report_year=2012) == set()
    assert figures_of("Victims were identified in 12 cases.", report_year=2012) == set()
