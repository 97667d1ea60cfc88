"""A narrative's header printed again inside it, as a running head at the top of a page or
breaking a sentence, leaves one narrative; a header after a finished sentence, another
country's header or the same country's with another tier still opens a narrative."""

from __future__ import annotations

from tipwatch.ingest.parsing import CountryMatcher, ParsedReport, document_from_text, parse_report

MATCHER = CountryMatcher([("PER", "Peru", []), ("CHL", "Chile", [])])

FIRST_PAGE = (
    "PERU: Tier 2\n"
    "The Government of Peru does not fully meet the minimum standards for the elimination of\n"
    "trafficking but is making significant efforts to do so.\n"
    "PROSECUTION\n"
    "Authorities investigated 59 cases in 2018, compared with 70 in 2017. Officials\n"
    "identified 40 victims in\n"
)
REST = (
    "the capital and its surroundings, more than in the previous year.\n"
    "PROTECTION\n"
    "The government convicted 12 traffickers in 2018.\n"
)


def _parse(text: str) -> ParsedReport:
    return parse_report(document_from_text(text), 2019, MATCHER)


def _figures(text: str) -> set[tuple[str, int]]:
    parsed = _parse(text)
    assert not parsed.fatal, parsed.problems
    (peru,) = parsed.countries
    return {(s.metric, s.value) for s in peru.statistics}


def test_the_header_at_the_top_of_the_next_page_is_a_running_head() -> None:
    text = FIRST_PAGE + "\fPERU: Tier 2\n" + REST
    parsed = _parse(text)
    assert not parsed.fatal, parsed.problems
    (peru,) = parsed.countries
    assert (peru.iso3, peru.tier) == ("PER", "2")
    assert (peru.narrative.first_page, peru.narrative.last_page) == (1, 2)
    assert ("convictions", 12) in _figures(text)


def test_the_header_breaking_a_sentence_is_a_running_head() -> None:
    text = FIRST_PAGE + "PERU: Tier 2\n" + REST
    assert {("investigations", 59), ("convictions", 12)} <= _figures(text)


def test_a_running_head_at_a_page_s_top_after_a_finished_sentence() -> None:
    finished = FIRST_PAGE.replace("identified 40 victims in\n", "identified 40 victims.\n")
    assert ("convictions", 12) in _figures(finished + "\fPeru (Tier 2)\n" + REST)


def test_the_header_after_a_finished_sentence_on_the_same_page_is_another_narrative() -> None:
    finished = FIRST_PAGE.replace("identified 40 victims in\n", "identified 40 victims.\n")
    parsed = _parse(
        finished
        + "PERU: Tier 2\nThe government convicted 12 traffickers in 2018, more than before.\n"
    )
    assert parsed.fatal  # one country twice: the review must see it


def test_another_tier_at_the_top_of_the_next_page_is_still_a_problem() -> None:
    parsed = _parse(FIRST_PAGE + "\fPERU: Tier 2 Watch List\n" + REST)
    assert parsed.fatal


def test_another_country_s_header_opens_its_narrative_wherever_it_stands() -> None:
    for between in ("\f", ""):
        parsed = _parse(
            FIRST_PAGE + between + "CHILE: Tier 1\nThe Government of Chile fully meets the "
            "minimum standards for the elimination of trafficking.\n"
        )
        assert not parsed.fatal, parsed.problems
        assert [(c.iso3, c.tier) for c in parsed.countries] == [("PER", "2"), ("CHL", "1")]


# --- a copy's note under the page's title ---------------------------------------------

NARRATIVE = (
    "PERU: Tier 2\n"
    "The Government of Peru does not fully meet the minimum standards for the elimination of "
    "trafficking but is making significant efforts to do so.\n"
    "PROSECUTION\n"
    "Authorities investigated 59 cases in 2018, compared with 70 in 2017.\n"
)


def test_a_copy_s_note_under_the_page_s_title_is_no_narrative() -> None:
    for note in (
        "The following report was published by the U.S. Department of State, Bureau of "
        "Western Hemisphere Affairs on June 25. It is reproduced in full below.",
        "This country narrative is extracted from the 2009 Trafficking in Persons Report "
        "released by the U.S. Department of State.",
        "Published by the Office to Monitor and Combat Trafficking in Persons on 20 June 2022 "
        "as part of the annual report.",
    ):
        parsed = _parse(f"Peru (Tier 2)\n{note}\n{NARRATIVE}")
        assert not parsed.fatal, parsed.problems
        (peru,) = parsed.countries
        assert peru.narrative.header == "PERU: Tier 2"
        assert {s.value for s in peru.statistics} == {59, 70}


def test_a_note_as_long_as_a_narrative_or_with_other_sentences_stays_a_narrative() -> None:
    # Prose under each header that is not the copy's note: one country twice.
    for first in (
        "The government released 12 victims from a farm and the Department of State "
        "published its findings in the report.\nThe government identified 30 victims and "
        "referred all of them to shelters run by NGOs. " * 3,
        "The government made significant efforts to prosecute its traffickers this year.",
    ):
        assert _parse(f"Peru (Tier 2)\n{first}\n{NARRATIVE}").fatal


def test_a_note_under_another_country_s_header_is_that_country_s_narrative() -> None:
    note = "This country narrative is extracted from the 2009 Trafficking in Persons Report."
    parsed = _parse(f"Chile (Tier 1)\n{note}\n{NARRATIVE}")
    assert [c.iso3 for c in parsed.countries] == ["CHL", "PER"]
