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
