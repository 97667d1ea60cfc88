"""Shapes of the report's sentences and pages that the twelfth batch of real passages
brought (tests/ingest/corpus, p688-p737), each tried on invented text written the way the
report writes, with the text each reading must leave alone."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import PlainFig, plain_figures_of
from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report
from tipwatch.ingest.parsing.statistics import SentenceFigure

# --- pages ----------------------------------------------------------------------------

MATCHER = CountryMatcher([("BTN", "Bhutan", []), ("PER", "Peru", [])])


def test_a_page_without_header_opening_with_the_royal_government_is_read() -> None:
    text = (
        "<<\n\n"
        "Peru - Department of State https://www.state.gov/reports/2021-trafficking-in-persons-"
        "report/peru/\n\n"
        "The Royal Government of Bhutan does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so. Therefore "
        "Bhutan remained on Tier 2 Watch List for the second consecutive year.\n"
    )
    parsed = parse_report(document_from_text(text), 2021, MATCHER)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("BTN", "2WL")]


def test_the_royal_government_inside_a_sentence_opens_no_page() -> None:
    text = (
        "Officials said the Royal Government of Bhutan does not fully meet the minimum standards.\n"
    )
    assert parse_report(document_from_text(text), 2021, MATCHER).countries == []


# --- comparisons ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The government did not report prosecuting or convicting any alleged sex "
            "traffickers, compared with prosecutions of 15 defendants and convictions of three "
            "sex traffickers during the previous year.",
            {("prosecutions", 15, 2019), ("convictions_sex_trafficking", 3, 2019)},
            id="noun-phrases-after-the-comparison",
        ),
        pytest.param(
            "Authorities initiated investigations of 133 trafficking cases and continued three "
            "investigations in 2020, compared with initiating investigations of 108 cases and "
            "continuing one investigation in 2019.",
            {("investigations", 133, 2020), ("investigations", 108, 2019)},
            id="gerund-and-noun-after-the-comparison",
        ),
        pytest.param(
            "Courts convicted 10 traffickers in 2020, compared with prosecuting and convicting "
            "14 traffickers in 2019.",
            {("convictions", 10, 2020), ("prosecutions", 14, 2019), ("convictions", 14, 2019)},
            id="two-gerunds-share-a-count",
        ),
        pytest.param(
            "The government did not report initiating any prosecutions, compared with one "
            "prosecution initiated in the previous reporting period against three suspects.",
            {("prosecutions", 1, 2019)},
            id="the-people-of-a-compared-count",
        ),
        pytest.param(
            "Courts convicted 155 traffickers in 2020, a decrease compared with 204 total "
            "convictions in 2019 (81 trial and 123 appellate) and 175 in 2018 (80 trial and 95 "
            "appellate).",
            {("convictions", 155, 2020), ("convictions", 204, 2019), ("convictions", 175, 2018)},
            id="a-compared-counts-parts-by-court",
        ),
    ],
)
def test_comparisons(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2021) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            # a verb opens a new clause after the comparison: its count is the period's
            "The government convicted eight traffickers, compared with 10 in 2019, and "
            "initiated prosecutions of 20 defendants.",
            {("convictions", 8, 2020), ("convictions", 10, 2019), ("prosecutions", 20, 2020)},
            id="a-new-clause-after-the-comparison",
        ),
        pytest.param(
            # parts by form in the compared count's parenthesis are still read
            "Authorities investigated 30 cases, compared with 20 investigations in 2019 (12 "
            "for sex trafficking and eight for labor trafficking).",
            {
                ("investigations", 30, 2020),
                ("investigations", 20, 2019),
                ("investigations_sex_trafficking", 12, 2019),
                ("investigations_labor_trafficking", 8, 2019),
            },
            id="a-compared-counts-parts-by-form",
        ),
        pytest.param(
            # identifying and assisting is no second metric
            "The government identified 40 victims, compared with identifying and assisting 14 "
            "victims in 2019.",
            {("victims_identified", 40, 2020), ("victims_identified", 14, 2019)},
            id="identifying-and-assisting",
        ),
    ],
)
def test_comparisons_that_stay_as_they_were(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2021) == expected


# --- totals and their parts -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "In 2020, trial courts convicted 66 traffickers and appellate courts upheld the "
            "convictions of 89 traffickers for a total of 155 convictions.",
            {("convictions", 155, 2020)},
            id="parts-before-a-total",
        ),
        pytest.param(
            # parts by form before the total are its split by form
            "Courts convicted 10 sex traffickers and five labor traffickers for a total of 15 "
            "convictions.",
            {
                ("convictions", 15, 2020),
                ("convictions_sex_trafficking", 10, 2020),
                ("convictions_labor_trafficking", 5, 2020),
            },
            id="parts-by-form-before-a-total",
        ),
        pytest.param(
            # a total of another metric leaves the count before it alone
            "Courts convicted 66 traffickers, and prosecutors indicted suspects for a total of "
            "90 prosecutions.",
            {("convictions", 66, 2020), ("prosecutions", 90, 2020)},
            id="a-total-of-another-metric",
        ),
        pytest.param(
            "The government investigated 13 potential trafficking cases in 2020, determining "
            "eight of these cases to be trafficking.",
            {("investigations", 13, 2020), ("investigations", 8, 2020)},
            id="a-part-determined-to-be-trafficking",
        ),
        pytest.param(
            "The government investigated 13 potential trafficking cases in 2020, determining "
            "eight of these cases to be labor disputes.",
            {("investigations", 13, 2020)},
            id="a-part-determined-to-be-something-else",
        ),
        pytest.param(
            "The government initiated prosecutions in all eight of the confirmed cases of "
            "trafficking.",
            {("prosecutions", 8, 2020)},
            id="prosecutions-in-all-the-cases",
        ),
        pytest.param(
            "The government initiated prosecutions in all 12 provinces.",
            set(),
            id="prosecutions-in-all-the-provinces",
        ),
    ],
)
def test_totals_and_parts(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2021) == expected


def test_parts_of_a_part_of_one_form_are_no_figures() -> None:
    context = SentenceFigure("victims_identified", 576, 2020, None)
    sentence = (
        "Of the victims identified, 313 were sex trafficking victims and 232 were labor "
        "trafficking victims, a number which included 214 victims of forced labor, seven "
        "victims of forced criminality, and nine victims of forced begging."
    )
    assert plain_figures_of(sentence, 2021, context, (context,)) == {
        ("victims_identified_sex_trafficking", 313, 2020),
        ("victims_identified_labor_trafficking", 232, 2020),
    }


def test_a_total_that_included_parts_by_form_keeps_them() -> None:
    sentence = (
        "The government identified 50 victims, a number which included 20 sex trafficking victims."
    )
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified", 50, 2020),
        ("victims_identified_sex_trafficking", 20, 2020),
    }


# --- counts that are no figures -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Despite endemic corruption, only two officials were prosecuted for trafficking "
            "offenses.",
            set(),
            id="officials-prosecuted",
        ),
        pytest.param(
            "Two traffickers were prosecuted for trafficking offenses.",
            {("prosecutions", 2, 2020)},
            id="traffickers-prosecuted",
        ),
        pytest.param(
            "Additionally, the government prosecuted four defendants for exploitative child "
            "labor, compared with five in 2019.",
            set(),
            id="another-offense-and-its-comparison",
        ),
        pytest.param(
            "The government prosecuted four defendants for labor trafficking, compared with "
            "five in 2019.",
            {("prosecutions_labor_trafficking", 4, 2020), ("prosecutions", 5, 2019)},
            id="a-trafficking-form-and-its-comparison",
        ),
    ],
)
def test_counts_that_are_no_figures(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2021) == expected
