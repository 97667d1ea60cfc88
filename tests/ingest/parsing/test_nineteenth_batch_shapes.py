"""Shapes of the report's sentences and pages that the nineteenth batch of real passages
brought (tests/ingest/corpus, p990-p1032), each tried on invented text written the way the
report writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of, sentence_figures
from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report

# --- pages ----------------------------------------------------------------------------

MATCHER = CountryMatcher([("QAT", "Qatar", []), ("SVN", "Slovenia", [])])


def test_a_copys_header_wrapped_over_three_short_lines_is_read() -> None:
    text = (
        "[\nHuman Trafficking,\nCountry-by-Country ]\nQATAR\n(Tier 2) \u2013 Extracted in part\n"
        "from the U.S. State Dept 2023 TIP Report\n"
        "The Government of Qatar does not fully meet the\n"
        "minimum standards for the elimination of trafficking but is making\n"
        "significant efforts to do so; therefore Qatar remained on Tier 2.\n"
    )
    parsed = parse_report(document_from_text(text), 2023, MATCHER)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("QAT", "2")]


def test_a_header_with_the_copys_bracketed_words_after_the_tier_is_read() -> None:
    text = (
        "[ Country-by-Country Reports ]\n\n"
        "SLOVENIA (TIER 1)   [Extracted from U.S. State Dept Trafficking in Persons Report, "
        "June 2009]\n\n"
        "The Government of Slovenia fully complies with the minimum standards for the "
        "elimination of trafficking.\n"
    )
    parsed = parse_report(document_from_text(text), 2009, MATCHER)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("SVN", "1")]


# --- a comparison told in a sentence of its own ---------------------------------------

_PARTS_BY_FORM = (
    "Police identified 14 trafficking victims in 2022 (including 12 sex trafficking victims "
    "and two forced labor victims)."
)


def test_a_compared_count_with_its_own_noun_and_no_form_is_of_no_form() -> None:
    # the sentence before tells only parts by form (its total is one group's, or unread)
    before = "Police identified 12 sex trafficking victims and two forced labor victims in 2022."
    assert figures_of(
        "This was a slight decrease compared with 18 victims identified in 2021.",
        sentence_figures(before, 2023),
        before,
        report_year=2023,
    ) == {("victims_identified", 18, 2021, None)}
    before = "The government convicted five sex traffickers in 2022."
    assert figures_of(
        "This compared with three convictions in 2021.",
        sentence_figures(before, 2023),
        before,
        report_year=2023,
    ) == {("convictions", 3, 2021, None)}


def test_a_compared_count_after_a_total_and_its_parts_stays_of_no_form() -> None:
    assert figures_of(
        "This was a slight decrease compared with 18 victims identified in 2021.",
        sentence_figures(_PARTS_BY_FORM, 2023),
        _PARTS_BY_FORM,
        report_year=2023,
    ) == {("victims_identified", 18, 2021, None)}


def test_a_bare_compared_count_is_the_count_before_told_again_form_and_all() -> None:
    before = "The government identified 12 sex trafficking victims in 2022."
    assert figures_of(
        "This was a decrease compared with 18 in 2021.",
        sentence_figures(before, 2023),
        before,
        report_year=2023,
    ) == {("victims_identified_sex_trafficking", 18, 2021, None)}


def test_a_compared_count_that_names_a_form_takes_that_form() -> None:
    before = "The government convicted five sex traffickers in 2022."
    assert figures_of(
        "This compared with three sex trafficking convictions in 2021.",
        sentence_figures(before, 2023),
        before,
        report_year=2023,
    ) == {("convictions_sex_trafficking", 3, 2021, None)}
    before = "The government identified 12 sex trafficking victims in 2022."
    assert figures_of(
        "This was a decrease compared with 18 victims of forced labor in 2021.",
        sentence_figures(before, 2023),
        before,
        report_year=2023,
    ) == {("victims_identified_labor_trafficking", 18, 2021, None)}


def test_a_comparison_of_another_crimes_victims_is_still_no_figure() -> None:
    before = "The government identified 12 sex trafficking victims in 2019."
    assert (
        figures_of(
            "This compared with 785 victims of commercial sexual exploitation in 2018.",
            sentence_figures(before, 2020),
            before,
            report_year=2020,
        )
        == set()
    )
