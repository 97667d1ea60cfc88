"""Where a comparison ends and the next count begins, and counts named by their outcome ("25
resulted in prosecutions"), found by probing the importer with invented sentences in the
report's older style (2003-2012), which joins several counts and comparisons in one sentence.
Each reading comes with the text it must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import plain_figures_of

# --- a count after a compared count's period ------------------------------------------------


def test_a_count_after_the_previous_year_with_its_own_comparison_is_the_periods() -> None:
    sentence = (
        "The government reported 30 prosecutions in 2008, down from 45 the previous year, and"
        " 12 convictions, as compared to 19 in 2007."
    )
    assert plain_figures_of(sentence, 2009) == {
        ("prosecutions", 30, 2008),
        ("prosecutions", 45, 2007),
        ("convictions", 12, 2008),
        ("convictions", 19, 2007),
    }


def test_a_verb_after_a_comparison_opens_a_clause_of_the_periods_own() -> None:
    sentence = (
        "The government prosecuted 31 trafficking cases in 2008, compared with 24 in 2007, and"
        " obtained 18 convictions, compared with 15."
    )
    assert plain_figures_of(sentence, 2009) == {
        ("prosecutions", 31, 2008),
        ("prosecutions", 24, 2007),
        ("convictions", 18, 2008),
        ("convictions", 15, 2007),
    }
    sentence = (
        "The government investigated 31 cases, up from 24 in 2007, and reported 18 convictions."
    )
    assert plain_figures_of(sentence, 2009) == {
        ("investigations", 31, 2008),
        ("investigations", 24, 2007),
        ("convictions", 18, 2008),
    }


def test_counts_joined_inside_a_comparison_stay_compared() -> None:
    # no verb after "and": both counts are the earlier year's
    sentence = (
        "The government investigated 50 cases and prosecuted 30 suspects, compared with 40"
        " investigations and 25 prosecutions in 2018."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations", 50, 2019),
        ("prosecutions", 30, 2019),
        ("investigations", 40, 2018),
        ("prosecutions", 25, 2018),
    }


# --- counts named by their outcome ----------------------------------------------------------


def test_a_count_that_resulted_in_an_outcome_counts_that_outcome() -> None:
    sentence = "Of the 40 cases investigated in 2008, 25 resulted in prosecutions."
    assert plain_figures_of(sentence, 2009) == {
        ("investigations", 40, 2008),
        ("prosecutions", 25, 2008),
    }
    sentence = "The police investigated 40 cases in 2008, 12 of which resulted in convictions."
    assert plain_figures_of(sentence, 2009) == {
        ("investigations", 40, 2008),
        ("convictions", 12, 2008),
    }
    sentence = "The government investigated 40 cases; 25 led to prosecutions."
    assert ("prosecutions", 25, 2008) in plain_figures_of(sentence, 2009)


def test_the_outcome_of_a_count_that_is_no_figure_is_none() -> None:
    # a regional authority's count of child cases is not the national figure, nor its outcome
    sentence = (
        "Authorities in Puntland prosecuted 23 child sex trafficking cases, three of which"
        " resulted in convictions; these cases involved seven traffickers and 61 victims."
    )
    assert plain_figures_of(sentence, 2017) == set()


def test_an_outcome_denied_is_no_count() -> None:
    sentence = "The government reported 15 investigations; however, none resulted in prosecutions."
    assert plain_figures_of(sentence, 2009) == {("investigations", 15, 2008)}
