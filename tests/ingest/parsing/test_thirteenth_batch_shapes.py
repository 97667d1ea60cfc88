"""Shapes of the report's sentences that the thirteenth batch of real passages brought
(tests/ingest/corpus, p738-p784), each tried on invented text written the way the report
writes, with the text each reading must leave alone."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import Fig, figures_of
from tipwatch.ingest.parsing.statistics import SentenceFigure

IDENTIFIED = SentenceFigure("victims_identified", 114, 2021, None)
IDENTIFIED_TEXT = "In 2021, authorities identified 114 victims."


# --- victims of another crime ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        pytest.param(
            "In 2021, police also identified 300 victims of commercial sexual exploitation, "
            "some of whom may have been victims of sex trafficking; of these victims, 120 were "
            "nationals, and 45 were children.",
            None,
            id="victims-of-commercial-sexual-exploitation",
        ),
        pytest.param(
            "This compared with 290 victims of commercial sexual exploitation in 2020 (40 "
            "children) and 310 in 2019.",
            IDENTIFIED,
            id="their-comparison-after-a-figure",
        ),
        pytest.param(
            "Authorities identified 35 child victims of commercial sex exploitation in 2021.",
            None,
            id="child-victims-of-commercial-sex-exploitation",
        ),
    ],
)
def test_victims_of_commercial_sexual_exploitation_are_no_trafficking_victims(
    sentence: str, context: SentenceFigure | None
) -> None:
    assert (
        figures_of(sentence, (context,) if context else (), IDENTIFIED_TEXT if context else "")
        == set()
    )


def test_trafficking_for_commercial_sexual_exploitation_is_still_read() -> None:
    sentence = (
        "In 2021, the government identified 25 victims of trafficking for commercial sexual "
        "exploitation."
    )
    assert figures_of(sentence) == {("victims_identified", 25, 2021, None)}


# --- one case described ----------------------------------------------------------------


def test_one_case_told_by_where_it_happened_is_no_count() -> None:
    sentence = (
        "These efforts included investigating one case of forced labor on a fishing vessel "
        "and training officials on sex trafficking."
    )
    assert figures_of(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The government investigated one case of labor trafficking in 2021, compared with "
            "two in 2020.",
            {
                ("investigations_labor_trafficking", 1, 2021, None),
                ("investigations", 2, 2020, None),
            },
            id="one-case-with-its-year",
        ),
        pytest.param(
            "Police investigated three cases of forced labor on fishing vessels in 2021.",
            {("investigations_labor_trafficking", 3, 2021, None)},
            id="several-cases-on-vessels",
        ),
    ],
)
def test_one_case_as_the_periods_count_is_still_read(sentence: str, expected: set[Fig]) -> None:
    assert figures_of(sentence) == expected


# --- a second comparison after "but" ---------------------------------------------------


def test_but_more_than_opens_a_second_comparison() -> None:
    sentence = (
        "In 2021, police identified 120 trafficking victims, a decrease compared with 150 in "
        "2020 but more than 95 in 2019."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 120, 2021, None),
        ("victims_identified", 150, 2020, None),
        ("victims_identified", 95, 2019, None),
    }


def test_more_than_after_but_and_a_verb_stays_a_qualifier() -> None:
    sentence = "The government did not report prosecutions, but it identified more than 40 victims."
    assert figures_of(sentence) == {("victims_identified", 40, 2021, "more_than")}


# --- "the same number as" after parts that name no form ---------------------------------


def test_the_same_number_as_after_parts_with_counts_of_no_form() -> None:
    sentence = (
        "Authorities identified 50 trafficking victims (30 sex trafficking, 12 labor "
        "trafficking, eight forced criminality), the same number as in 2020 (61 in 2019)."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 50, 2021, None),
        ("victims_identified_sex_trafficking", 30, 2021, None),
        ("victims_identified_labor_trafficking", 12, 2021, None),
        ("victims_identified", 50, 2020, None),
        ("victims_identified", 61, 2019, None),
    }


def test_the_same_number_as_after_another_count_is_that_counts() -> None:
    sentence = (
        "Authorities identified 50 victims (30 sex trafficking and 20 labor trafficking) and "
        "prosecuted 12 defendants, the same number as in 2020."
    )
    found = figures_of(sentence)
    assert ("prosecutions", 12, 2020, None) in found
    assert ("victims_identified", 50, 2020, None) not in found


# --- a sentence opened by the comparison alone ------------------------------------------


def test_a_sentence_opened_by_compared_with_compares_the_count_before() -> None:
    sentence = (
        "Compared with 226 trafficking victims in 2020 and 467 victims in 2019; this was a "
        "significant decrease for the second consecutive year."
    )
    assert figures_of(sentence, (IDENTIFIED,), IDENTIFIED_TEXT) == {
        ("victims_identified", 226, 2020, None),
        ("victims_identified", 467, 2019, None),
    }


def test_compared_with_opening_a_clause_of_its_own_compares_nothing_before() -> None:
    sentence = "Compared with other countries in the region, the government identified 40 victims."
    assert figures_of(sentence, (IDENTIFIED,), IDENTIFIED_TEXT) == {
        ("victims_identified", 40, 2021, None)
    }


def test_compared_with_and_no_figure_before_reads_nothing() -> None:
    sentence = "Compared with 226 trafficking victims in 2020, this was a decrease."
    assert figures_of(sentence) == set()
