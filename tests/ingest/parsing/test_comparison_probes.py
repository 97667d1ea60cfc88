"""Figures in comparisons and counts found wrong by probing the importer with a battery of
invented sentences written the way the report states its law-enforcement and victim figures:
comparisons after a metric denied ("did not convict any"), ... Each reading comes with the
text it must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of

# --- a comparison after "did not <verb> any": the earlier period's count is a figure --------


def test_a_comparison_after_a_denied_verb_compares_that_verbs_metric() -> None:
    sentence = (
        "The government did not prosecute any suspected traffickers, compared with three in 2020."
    )
    assert figures_of(sentence) == {("prosecutions", 3, 2020, None)}
    sentence = "The government did not investigate any cases, compared with four in 2020."
    assert figures_of(sentence) == {("investigations", 4, 2020, None)}


def test_none_compared_after_a_denial_is_the_earlier_periods_zero() -> None:
    sentence = "The government did not convict any traffickers, compared with none in 2020."
    assert figures_of(sentence) == {("convictions", 0, 2020, None)}
    sentence = (
        "The government did not initiate any prosecutions, compared with none in the previous"
        " reporting period."
    )
    assert figures_of(sentence) == {("prosecutions", 0, 2020, None)}


def test_a_denial_without_a_counted_comparison_gives_nothing() -> None:
    assert figures_of("The government did not convict any traffickers.") == set()
    sentence = "The government did not convict any traffickers for the second consecutive year."
    assert figures_of(sentence) == set()
    # "none" with no period after it is no count
    sentence = "The government did not convict any traffickers, compared with none."
    assert figures_of(sentence) == set()
