"""Shapes of the report's sentences that the fourteenth batch of real passages brought
(tests/ingest/corpus, p785-p832), each tried on invented text written the way the report
writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import Fig, figures_of
from tipwatch.ingest.parsing import Narrative, Section, extract_statistics
from tipwatch.ingest.parsing.statistics import SentenceFigure


def _section_figures(text: str) -> set[Fig]:
    section = Section(name="protection", text=text, first_page=1)
    narrative = Narrative(
        name="Freedonia",
        iso3=None,
        tier=None,
        header="",
        first_page=1,
        last_page=1,
        sections=[section],
    )
    return {
        (s.metric, s.value, s.period_year, s.qualifier) for s in extract_statistics(narrative, 2022)
    }


# --- a count of its own verb inside a comparison -----------------------------------------


def test_a_comparison_of_victims_intercepted_is_no_figure() -> None:
    sentence = (
        "Authorities identified 300 potential victims in 2021, compared with intercepting "
        "2,000 potential adult and child victims in 2020."
    )
    assert figures_of(sentence) == {("victims_identified", 300, 2021, None)}


def test_victims_referred_inside_a_comparison_are_no_figure() -> None:
    sentence = (
        "Officials identified 30 victims during the reporting period, compared with 45 in "
        "2020, and referred 12 to protection services (unreported in 2020)."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 30, 2021, None),
        ("victims_identified", 45, 2020, None),
    }


def test_victims_identified_and_assisted_in_a_comparison_are_still_read() -> None:
    sentence = (
        "The government identified 40 victims, compared with identifying and assisting 35 "
        "victims in 2020."
    )
    assert ("victims_identified", 35, 2020, None) in figures_of(sentence)


# --- parts of a count of no metric, or of a count already stated -------------------------

IDENTIFIED = SentenceFigure("victims_identified", 90, 2021, None)


def test_the_split_of_victims_referred_is_no_figure() -> None:
    sentence = (
        "Of those referred, 60 were victims of sexual exploitation and 20 victims of forced labor."
    )
    assert figures_of(sentence, (IDENTIFIED,)) == set()


def test_the_split_of_victims_identified_is_still_read() -> None:
    sentence = "Of those, 60 were victims of sex trafficking and 20 were victims of forced labor."
    assert figures_of(sentence, (IDENTIFIED,)) == {
        ("victims_identified_sex_trafficking", 60, 2021, None),
        ("victims_identified_labor_trafficking", 20, 2021, None),
    }


PROSECUTED = SentenceFigure("prosecutions", 300, 2021, None)


def test_a_part_of_the_count_just_stated_is_no_figure() -> None:
    sentence = (
        "Officials prosecuted 200 of these individuals under the anti-trafficking law and 100 "
        "under the penal code."
    )
    assert figures_of(sentence, (PROSECUTED,)) == set()


def test_a_part_of_a_count_the_sentence_before_re_told_is_no_figure() -> None:
    before = "Of the 300 individuals prosecuted, 90 were prosecuted at the federal level."
    sentence = "Officials prosecuted 200 of these individuals under the anti-trafficking law."
    assert figures_of(sentence, (), before) == set()


def test_another_metric_of_the_count_just_stated_is_still_read() -> None:
    sentence = "Courts convicted 40 of these individuals."
    assert figures_of(sentence, (PROSECUTED,)) == {("convictions", 40, 2021, None)}


# --- parts in parentheses of a compared count -----------------------------------------


def test_parts_of_no_form_of_a_compared_count_are_no_figures() -> None:
    sentence = (
        "The government identified 90 victims in 2021, a decrease from 120 victims identified "
        "in 2020 (30 victims of sex trafficking, 50 victims of labor trafficking, and 40 "
        "victims of fraudulent marriage)."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 90, 2021, None),
        ("victims_identified", 120, 2020, None),
        ("victims_identified_sex_trafficking", 30, 2020, None),
        ("victims_identified_labor_trafficking", 50, 2020, None),
    }


def test_earlier_years_after_parts_by_form_keep_no_form() -> None:
    sentence = (
        "Police initiated 50 investigations (40 for sex trafficking, 10 for labor trafficking) "
        "in 2021, compared with 30 investigations in 2020, 25 in 2019, and 20 in 2018."
    )
    assert figures_of(sentence) == {
        ("investigations", 50, 2021, None),
        ("investigations_sex_trafficking", 40, 2021, None),
        ("investigations_labor_trafficking", 10, 2021, None),
        ("investigations", 30, 2020, None),
        ("investigations", 25, 2019, None),
        ("investigations", 20, 2018, None),
    }


def test_counts_set_against_several_metrics_are_still_mapped() -> None:
    sentence = (
        "Authorities investigated 24 cases and prosecuted 31 suspects in 2021, compared with "
        "18 and 20 in 2020."
    )
    found = figures_of(sentence)
    assert ("investigations", 18, 2020, None) in found
    assert ("prosecutions", 20, 2020, None) in found


# --- people and their cases -----------------------------------------------------------


def test_the_cases_of_people_convicted_are_no_figures() -> None:
    sentence = (
        "Courts convicted 20 traffickers in 2021, compared with 16 defendants convicted in 13 "
        "cases in 2020 and 12 defendants convicted in five cases in 2019."
    )
    assert figures_of(sentence) == {
        ("convictions", 20, 2021, None),
        ("convictions", 16, 2020, None),
        ("convictions", 12, 2019, None),
    }


def test_people_in_cases_of_several_forms_have_no_form() -> None:
    sentence = (
        "The office secured convictions of 30 defendants in eight cases of sex trafficking and "
        "two cases of forced labor in 2021."
    )
    found = figures_of(sentence)
    # (the count of cases after "and" is a gap this reading does not close: only the
    # people's count is asserted)
    assert ("convictions", 30, 2021, None) in found
    assert ("convictions_sex_trafficking", 30, 2021, None) not in found


def test_people_in_cases_of_one_form_have_its_form() -> None:
    sentence = (
        "The office secured convictions of 30 defendants in eight cases of sex trafficking in 2021."
    )
    assert figures_of(sentence) == {("convictions_sex_trafficking", 30, 2021, None)}


def test_a_list_of_earlier_years_counts_people_of_the_metric_before() -> None:
    previous = (
        SentenceFigure("investigations", 10, 2021, None),
        SentenceFigure("prosecutions", 5, 2021, None),
    )
    sentence = (
        "This is compared with 20 traffickers prosecuted in 2020, 40 traffickers in 2019, and "
        "49 traffickers in 2018."
    )
    assert figures_of(sentence, previous, "x") == {
        ("prosecutions", 20, 2020, None),
        ("prosecutions", 40, 2019, None),
        ("prosecutions", 49, 2018, None),
    }


# --- counts two participles share, "the same number of", changes "from ... to" -------


def test_a_count_two_participles_share() -> None:
    sentence = (
        "The government investigated 30 and prosecuted 20 cases in 2021, an increase from five "
        "cases investigated and prosecuted in 2020."
    )
    assert figures_of(sentence) == {
        ("investigations", 30, 2021, None),
        ("prosecutions", 20, 2021, None),
        ("investigations", 5, 2020, None),
        ("prosecutions", 5, 2020, None),
    }


def test_the_same_number_of_convictions_after_an_article_number() -> None:
    sentence = (
        "There was one conviction under Article 12.1, the same number of convictions as in 2020."
    )
    assert figures_of(sentence) == {
        ("convictions", 1, 2021, None),
        ("convictions", 1, 2020, None),
    }


def test_a_change_in_prosecutions_from_the_previous_year() -> None:
    sentence = (
        "The government stated its decrease in prosecutions from 300 cases in the previous "
        "fiscal year to 200 was due to poor investigative technique."
    )
    assert figures_of(sentence) == {
        ("prosecutions", 300, 2020, None),
        ("prosecutions", 200, 2021, None),
    }


def test_a_change_in_arrests_is_no_figure() -> None:
    sentence = (
        "Police reported a decrease in arrests from 300 in the previous year to 200, and "
        "prosecuted traffickers."
    )
    assert figures_of(sentence) == set()


# --- what the next sentence breaks down -------------------------------------------------


def test_a_split_after_a_comparison_sentence_is_of_the_period_s_count() -> None:
    text = (
        "Officials identified 12 confirmed victims in 2021. This compared with 20 victims "
        "identified in 2020. Of the 12 victims confirmed, traffickers exploited seven in sex "
        "trafficking and five in labor trafficking."
    )
    assert _section_figures(text) == {
        ("victims_identified", 12, 2021, None),
        ("victims_identified", 20, 2020, None),
        ("victims_identified_sex_trafficking", 7, 2021, None),
        ("victims_identified_labor_trafficking", 5, 2021, None),
    }


def test_traffickers_exploited_splits_the_total_re_told_before() -> None:
    text = (
        "The government identified 50 victims in 2021. Of the 50 victims identified, 30 were "
        "men and 20 were women. Traffickers exploited 35 victims in forced labor and 15 in sex "
        "trafficking."
    )
    assert _section_figures(text) == {
        ("victims_identified", 50, 2021, None),
        ("victims_identified_labor_trafficking", 35, 2021, None),
        ("victims_identified_sex_trafficking", 15, 2021, None),
    }


def test_traffickers_exploited_after_no_count_is_no_figure() -> None:
    text = (
        "NGOs identified 50 victims in 2021. Traffickers exploited 35 victims in forced labor "
        "and 15 in sex trafficking."
    )
    assert _section_figures(text) == set()
