"""Figures in general shapes of the report's sentences, and counts in them that are no
figures. The sentences are invented but written the way the report writes (see
tests/ingest/corpus for the real ones); each test names the shape it stands for."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import PlainFig, plain_figures_of
from tipwatch.ingest.parsing.statistics import SentenceFigure

# --- counts that are no figures -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "With data from all 45 provinces, the government reported identifying 1,740 "
            "trafficking victims, an increase from 1,407 potential victims identified in 40 "
            "provinces the previous reporting period.",
            {("victims_identified", 1740, 2019), ("victims_identified", 1407, 2018)},
            id="places",
        ),
        pytest.param(
            "The government identified between 200 and 300 potential victims.",
            set(),
            id="range-between",
        ),
        pytest.param(
            "Authorities identified 40-50 victims in the capital.", set(), id="range-dashed"
        ),
        pytest.param(
            "At the end of the reporting period, 23 prosecutions remained pending.",
            set(),
            id="pending",
        ),
        pytest.param(
            "Prosecutions of 27 defendants from previous reporting periods remained ongoing.",
            set(),
            id="from-previous-periods",
        ),
        pytest.param(
            "This was compared to no new prosecutions but continuing the same 11 prosecutions "
            "in the previous reporting period.",
            {("prosecutions", 0, 2018)},
            id="the-same-continued",
        ),
        pytest.param(
            "The government did not report what type of protection services it provided to "
            "the remaining 23 identified victims.",
            set(),
            id="the-remaining",
        ),
        pytest.param(
            "The government did not report if the other 11 victims identified received "
            "government or NGO services.",
            set(),
            id="the-other",
        ),
        pytest.param(
            "The government identified 48 men and 12 women as trafficking victims.",
            set(),
            id="counts-by-sex",
        ),
        pytest.param(
            "The government reported 3,000 investigations into labor violations, but no "
            "trafficking investigations.",
            {("investigations", 0, 2019)},
            id="other-offense",
        ),
        pytest.param(
            "The government reported prosecuting 176 individuals for trafficking, compared with "
            "prosecuting four cases of child trafficking during the previous reporting period.",
            {("prosecutions", 176, 2019)},
            id="child-trafficking-cases",
        ),
        pytest.param(
            "Police investigated 15 cases, and prosecutors dropped charges against 7 suspects.",
            {("investigations", 15, 2019)},
            id="charges-dropped",
        ),
        pytest.param(
            "The government failed to prosecute 12 suspects identified in a 2018 raid.",
            set(),
            id="failed-to",
        ),
    ],
)
def test_counts_that_are_no_figures(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


# --- years --------------------------------------------------------------------------


def test_a_comparison_opened_by_a_gerund_takes_the_period_at_its_end() -> None:
    sentence = (
        "This is compared to identifying 851 trafficking victims and 2,844 potential "
        "trafficking victims with partial data from 30 of 45 provinces during the previous "
        "reporting period."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 851, 2018),
        ("victims_identified", 2844, 2018),
    }


def test_a_count_joined_to_a_gerund_comparison_takes_its_metric() -> None:
    sentence = (
        "This compared with investigating two trafficking cases and 27 potential labor "
        "trafficking cases, prosecuting one case, and convicting two traffickers during the "
        "previous reporting period."
    )
    assert plain_figures_of(sentence, 2021) == {
        ("investigations", 2, 2019),
        ("investigations_labor_trafficking", 27, 2019),
        ("prosecutions", 1, 2019),
        ("convictions", 2, 2019),
    }


def test_a_clause_opening_with_its_own_year_keeps_it() -> None:
    sentence = (
        "In 2019, the government investigated 22 cases, prosecuted 15 defendants, and "
        "convicted eight traffickers; in 2018, it investigated 19 cases, prosecuted 10 "
        "defendants, and convicted six traffickers."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations", 22, 2019),
        ("prosecutions", 15, 2019),
        ("convictions", 8, 2019),
        ("investigations", 19, 2018),
        ("prosecutions", 10, 2018),
        ("convictions", 6, 2018),
    }


def test_a_percentage_change_opens_a_comparison() -> None:
    sentence = (
        "The government investigated 100 cases, up 25 percent from the 80 investigated in 2018."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations", 100, 2019),
        ("investigations", 80, 2018),
    }


def test_the_same_as_an_earlier_year_is_no_year_of_the_count_but_that_years_own() -> None:
    # The count keeps the reporting period; "the same as in 2018" states 2018's count too.
    sentence = "The government convicted nine traffickers, the same as in 2018."
    assert plain_figures_of(sentence, 2020) == {("convictions", 9, 2019), ("convictions", 9, 2018)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "In 2019 police conducted five trafficking investigations, the same number as in 2018.",
            {("investigations", 5, 2019), ("investigations", 5, 2018)},
            id="the-same-number-as-in-a-year",
        ),
        pytest.param(
            "The government prosecuted 16 cases and convicted one trafficker, which is the same as "
            "the previous reporting period.",
            {("prosecutions", 16, 2019), ("convictions", 1, 2019), ("convictions", 1, 2018)},
            id="which-is-the-same-as-the-previous-period",
        ),
        pytest.param(
            "A court convicted and sentenced one trafficker to 50 years' imprisonment, the same as "
            "the previous reporting period.",
            {("convictions", 1, 2019), ("convictions", 1, 2018)},
            id="convicted-and-sentenced",
        ),
        pytest.param(
            "The government convicted nine traffickers, the same as in 2018, compared with 12 in "
            "2017.",
            {("convictions", 9, 2019), ("convictions", 9, 2018), ("convictions", 12, 2017)},
            id="then-a-comparison",
        ),
    ],
)
def test_a_count_the_same_as_an_earlier_periods(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


def test_a_cumulative_count_after_a_comma_is_another_counts() -> None:
    sentence = (
        "The government identified 18 victims during 2019, bringing the total since 2015 to 104."
    )
    assert plain_figures_of(sentence, 2020) == {("victims_identified", 18, 2019)}


# --- comparisons across sentences and metrics ------------------------------------------


def test_a_sentence_opening_with_a_comparison_takes_the_metric_before() -> None:
    previous = (
        SentenceFigure("victims_identified", 6, 2018, None),
        SentenceFigure("victims_identified_sex_trafficking", 4, 2018, None),
        SentenceFigure("victims_identified_labor_trafficking", 2, 2018, None),
    )
    sentence = "This compared with 12 in 2017, 13 in 2016, 30 in 2015, and 51 in 2014."
    assert plain_figures_of(sentence, 2019, previous[0], previous) == {
        ("victims_identified", 12, 2017),
        ("victims_identified", 13, 2016),
        ("victims_identified", 30, 2015),
        ("victims_identified", 51, 2014),
    }


def test_a_sentence_opening_with_a_comparison_maps_several_metrics_in_order() -> None:
    previous = (
        SentenceFigure("investigations", 10, 2019, None),
        SentenceFigure("prosecutions", 5, 2019, None),
    )
    sentence = "This was an increase from seven and three in the previous reporting period."
    assert plain_figures_of(sentence, 2020, previous[0], previous) == {
        ("investigations", 7, 2018),
        ("prosecutions", 3, 2018),
    }


def test_a_comparison_opening_names_nothing_without_figures_before() -> None:
    assert plain_figures_of("This compared with 12 in 2017.", 2019) == set()


def test_a_comparison_takes_the_metrics_before_in_their_order() -> None:
    sentence = (
        "Police investigated 24 cases and prosecutors indicted 31 suspects during the "
        "reporting period, compared with 18 cases and 20 suspects the previous reporting period."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations", 24, 2019),
        ("prosecutions", 31, 2019),
        ("investigations", 18, 2018),
        ("prosecutions", 20, 2018),
    }


def test_respectively_maps_onto_counts_split_by_form() -> None:
    sentence = (
        "The government investigated 26 sex trafficking cases and 12 labor trafficking cases, "
        "compared with 20 and 8, respectively, in 2018."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations_sex_trafficking", 26, 2019),
        ("investigations_labor_trafficking", 12, 2019),
        ("investigations_sex_trafficking", 20, 2018),
        ("investigations_labor_trafficking", 8, 2018),
    }


# --- verbs and forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The public ministry reported 882 suspected victims in 2018.",
            {("victims_identified", 882, 2018)},
            id="reported-victims",
        ),
        pytest.param(
            "The government reported 110 potential victims during the reporting period, "
            "compared with 98 in the previous reporting period.",
            {("victims_identified", 110, 2019), ("victims_identified", 98, 2018)},
            id="reported-victims-compared",
        ),
        pytest.param("NGOs reported 45 victims of sex trafficking.", set(), id="reported-by-ngos"),
        pytest.param(
            "Police reported 30 victims were rescued from the farm.",
            set(),
            id="reported-rescued",
        ),
        pytest.param(
            "The government charged 14 suspects with trafficking.",
            {("prosecutions", 14, 2019)},
            id="charged",
        ),
        pytest.param(
            "Prosecutors filed charges against 14 suspected traffickers.",
            {("prosecutions", 14, 2019)},
            id="charges-against",
        ),
        pytest.param(
            "The government continued to make modest improvements by using a newly enacted law "
            "to prosecute three traffickers.",
            {("prosecutions", 3, 2019)},
            id="infinitive",
        ),
        pytest.param(
            "Officials prosecuted all three individuals for forced labor.",
            {("prosecutions_labor_trafficking", 3, 2019)},
            id="all-three",
        ),
        pytest.param(
            "Authorities identified five female sex trafficking victims and eight forced labor "
            "victims.",
            {
                ("victims_identified_sex_trafficking", 5, 2019),
                ("victims_identified_labor_trafficking", 8, 2019),
            },
            id="form-told-by-sex",
        ),
        pytest.param("Authorities identified 12 female victims.", set(), id="sex-without-form"),
        pytest.param(
            "The government prosecuted 12 suspects for trafficking for labor exploitation and "
            "30 for sexual exploitation.",
            {
                ("prosecutions_labor_trafficking", 12, 2019),
                ("prosecutions_sex_trafficking", 30, 2019),
            },
            id="trafficking-for-exploitation",
        ),
        pytest.param(
            "Labor inspectors found 12 cases of labor exploitation.",
            set(),
            id="labor-exploitation-alone",
        ),
    ],
)
def test_verbs_and_forms(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


def test_a_split_by_form_without_a_trigger_word_after_a_count_of_victims() -> None:
    context = SentenceFigure("victims_identified_sex_trafficking", 29, 2016, None)
    sentence = (
        "In 2015, 21 victims were subjected to sex trafficking, three to forced labor, ten to "
        "forced begging, and two to forced criminality."
    )
    assert plain_figures_of(sentence, 2017, context, (context,)) == {
        ("victims_identified_sex_trafficking", 21, 2015),
        ("victims_identified_labor_trafficking", 3, 2015),
    }


def test_a_split_by_form_needs_a_count_of_victims_before() -> None:
    context = SentenceFigure("convictions", 12, 2019, None)
    sentence = "In 2019, 21 victims were subjected to sex trafficking, three to forced labor."
    assert plain_figures_of(sentence, 2020, context, (context,)) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The government identified 56 victims, 41 of whom were subjected to forced labor "
            "and 15 to sex trafficking.",
            {
                ("victims_identified", 56, 2019),
                ("victims_identified_labor_trafficking", 41, 2019),
                ("victims_identified_sex_trafficking", 15, 2019),
            },
            id="subjected-to-each-form",
        ),
        pytest.param(
            "The government prosecuted 9 alleged traffickers, all for sex trafficking.",
            {("prosecutions_sex_trafficking", 9, 2019)},
            id="all-of-one-form",
        ),
        pytest.param(
            "The government did not report how many of the 45 investigations involved forced "
            "labor.",
            {("investigations", 45, 2019)},
            id="how-many-of-the-total",
        ),
    ],
)
def test_forms_of_a_whole_count(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


def test_convictions_upheld_on_appeal_are_no_new_convictions() -> None:
    sentence = (
        "Regional courts convicted 12 traffickers, and the Supreme Court upheld 5 convictions."
    )
    assert plain_figures_of(sentence, 2020) == {("convictions", 12, 2019)}


def test_a_change_told_to_the_new_count_first() -> None:
    sentence = "The number of trafficking convictions increased to 18 in 2009 from 11 in 2008."
    assert plain_figures_of(sentence, 2010) == {
        ("convictions", 18, 2009),
        ("convictions", 11, 2008),
    }


# --- shapes of the sixth collection (tests/ingest/corpus, p399 on) ----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Prosecutors charged three Slovenian and 12 Chinese defendants under trafficking "
            "statutes.",
            set(),
            id="counts-of-two-nationalities",
        ),
        pytest.param(
            "Authorities prosecuted 14 Nigerian traffickers.",
            set(),
            id="a-count-of-one-nationality",
        ),
        pytest.param(
            "The courts convicted one Bangladeshi national of labor trafficking.",
            {("convictions_labor_trafficking", 1, 2019)},
            id="the-one-person-counted-described-by-nationality",
        ),
        pytest.param(
            "The NGO identified 196 victims from these calls; 43 investigations resulted from "
            "calls to the hotline.",
            set(),
            id="investigations-resulting-from-one-source",
        ),
        pytest.param(
            "The government identified 40 victims; at least 15 victims were from other countries.",
            {("victims_identified", 40, 2019)},
            id="victims-from-other-countries",
        ),
        pytest.param(
            "Authorities identified 24 victims (36 in 2018); authorities identified 11 foreign "
            "victims in 2019, an increase from six in 2018.",
            {("victims_identified", 24, 2019), ("victims_identified", 36, 2018)},
            id="a-comparison-of-a-count-of-foreigners",
        ),
        pytest.param(
            "Authorities identified 26 victims, compared with 24 in 2018, of which three were "
            "foreign nationals (11 in 2018).",
            {("victims_identified", 26, 2019), ("victims_identified", 24, 2018)},
            id="foreign-nationals-among-a-comparison-and-their-own-comparison",
        ),
    ],
)
def test_counts_of_one_group_or_source(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "In 2019, authorities reported identifying 217 victims, of which 105 were victims of "
            "sex trafficking and 85 were victims of slave labor.",
            {
                ("victims_identified", 217, 2019),
                ("victims_identified_sex_trafficking", 105, 2019),
                ("victims_identified_labor_trafficking", 85, 2019),
            },
            id="slave-labor-is-forced-labor",
        ),
        pytest.param(
            "Authorities prosecuted and convicted two sex traffickers, down from 21 prosecutions "
            "and convictions in 2018.",
            {
                ("prosecutions_sex_trafficking", 2, 2019),
                ("convictions_sex_trafficking", 2, 2019),
                ("prosecutions", 21, 2018),
                ("convictions", 21, 2018),
            },
            id="one-count-of-two-verbs-and-of-two-nouns",
        ),
        pytest.param(
            "The government identified and referred 30 victims.",
            {("victims_identified", 30, 2019)},
            id="identified-and-referred-stays-one-figure",
        ),
    ],
)
def test_shared_counts_and_forms(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


def test_identified_and_referred_to_shelters_before_the_count() -> None:
    sentence = (
        "During the reporting period, officials identified and referred to government-run "
        "shelters 121 trafficking victims."
    )
    assert plain_figures_of(sentence, 2020) == {("victims_identified", 121, 2019)}


def test_a_clause_opening_with_the_previous_year() -> None:
    sentence = (
        "The government identified 121 victims; during the previous year, it did not provide "
        "aggregate information, but reported 264 potential victims."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 121, 2019),
        ("victims_identified", 264, 2018),
    }


def test_a_comparison_opening_whose_verb_follows_the_counts() -> None:
    before = (SentenceFigure("victims_identified", 113, 2019, None),)
    sentence = (
        "This is compared to 121 trafficking victims\u2014including 20 victims of forced "
        "labor\u2014the government identified during the previous year."
    )
    assert plain_figures_of(sentence, 2020, before[0], before) == {
        ("victims_identified", 121, 2018),
        ("victims_identified_labor_trafficking", 20, 2018),
    }


def test_a_comparison_opening_with_the_count_its_verb_and_its_year() -> None:
    before = (SentenceFigure("victims_identified", 113, 2019, None),)
    sentence = "This compared with the 90 victims police identified in 2018."
    assert plain_figures_of(sentence, 2020, before[0], before) == {("victims_identified", 90, 2018)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Identification varied, while more populous states, such as Rio de Janeiro, "
            "identified only three victims\u2014two for sex trafficking and one for forced labor.",
            set(),
            id="some-states-share-and-its-split",
        ),
        pytest.param(
            "The provinces identified 12 victims (five for sex trafficking, seven for forced "
            "labor).",
            set(),
            id="provinces-share-split-in-a-parenthesis",
        ),
        pytest.param(
            "In 2019, authorities in 10 states reported identifying 217 victims.",
            {("victims_identified", 217, 2019)},
            id="authorities-in-several-states-are-the-government",
        ),
        pytest.param(
            "In FY 2019, the United States identified 300 victims.",
            {("victims_identified", 300, 2019)},
            id="the-united-states-is-no-group-of-states",
        ),
    ],
)
def test_some_places_shares(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


# --- shapes written down with the seventh batch of real passages ------------------------


def test_a_comparison_names_no_form_unless_its_own_words_do() -> None:
    sentence = (
        "Authorities completed 120 sex trafficking investigations in 2018, compared with 140 "
        "in 2017."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations_sex_trafficking", 120, 2018),
        ("investigations", 140, 2017),
    }


def test_a_breakdown_named_by_its_noun_and_its_comparisons_in_parentheses() -> None:
    context = SentenceFigure("investigations", 300, 2018, None)
    sentence = (
        "Of the investigations, there were 250 for sex trafficking (compared to 240 in 2017), "
        "15 for labor trafficking (compared to nine in 2017), and three for forced begging "
        "(compared to one in 2017)."
    )
    assert plain_figures_of(sentence, 2020, context, (context,)) == {
        ("investigations_sex_trafficking", 250, 2018),
        ("investigations", 240, 2017),
        ("investigations_labor_trafficking", 15, 2018),
        ("investigations", 9, 2017),
    }


def test_an_earlier_year_in_parentheses_then_a_split_of_the_first_count() -> None:
    sentence = (
        "The government identified eight victims (12 victims in 2018); five were victims of sex "
        "trafficking and three of forced labor (seven victims of sex trafficking in 2018)."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 8, 2019),
        ("victims_identified", 12, 2018),
        ("victims_identified_sex_trafficking", 5, 2019),
        ("victims_identified_labor_trafficking", 3, 2019),
        ("victims_identified_sex_trafficking", 7, 2018),
    }


def test_a_part_of_no_form_in_a_breakdown_is_no_figure() -> None:
    sentence = (
        "The government identified 40 victims (20 sex trafficking victims, 12 labor trafficking "
        "victims, and eight victims of unspecified forms of trafficking)."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 40, 2019),
        ("victims_identified_sex_trafficking", 20, 2019),
        ("victims_identified_labor_trafficking", 12, 2019),
    }


def test_the_same_number_of_victims_as_the_previous_period() -> None:
    sentence = (
        "The government identified 17 victims during the reporting period—the same number of "
        "potential victims identified during the previous reporting period."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 17, 2019),
        ("victims_identified", 17, 2018),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "The government expunged more than 600 prior convictions for commercial sex offenses.",
            id="convictions-cleared",
        ),
        pytest.param(
            "In 2020, authorities identified 14 victims.",
            id="report-year-itself",
        ),
    ],
)
def test_counts_that_are_no_figures_of_the_period(sentence: str) -> None:
    assert plain_figures_of(sentence, 2020) == set()


# --- shapes met in the ninth batch of real passages ---------------------------------------


def test_identifying_and_providing_services_counts_the_victims_identified() -> None:
    sentence = (
        "In 2019, the government reported identifying and providing services for 140 "
        "trafficking victims, compared with 120 victims in 2018."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 140, 2019),
        ("victims_identified", 120, 2018),
    }


def test_within_the_total_opens_a_split_by_form() -> None:
    context = SentenceFigure("victims_identified", 140, 2019, None)
    sentence = (
        "Within the total number of victims reported in 2019, 90 were sex trafficking "
        "victims and 40 were forced labor victims."
    )
    assert plain_figures_of(sentence, 2020, context, (context,)) == {
        ("victims_identified_sex_trafficking", 90, 2019),
        ("victims_identified_labor_trafficking", 40, 2019),
    }


def test_a_form_whose_noun_is_the_next_forms() -> None:
    sentence = (
        "The government initiated nine prosecutions (four for labor and five for sex trafficking)."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("prosecutions", 9, 2019),
        ("prosecutions_labor_trafficking", 4, 2019),
        ("prosecutions_sex_trafficking", 5, 2019),
    }


def test_victims_from_a_list_of_countries_are_all_of_them() -> None:
    sentence = (
        "The government identified 12 victims from Ghana, Togo, and Benin, compared with "
        "nine victims identified in the previous reporting period."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 12, 2019),
        ("victims_identified", 9, 2018),
    }


def test_a_part_confirmed_among_potential_victims() -> None:
    sentence = "Of the 30 potential victims, authorities confirmed four as trafficking victims."
    assert plain_figures_of(sentence, 2020) == {("victims_identified", 4, 2019)}


def test_a_full_date_opening_names_the_year() -> None:
    sentence = (
        "On March 15, 2018, the government identified four victims, compared with two "
        "victims identified in 2016."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("victims_identified", 4, 2018),
        ("victims_identified", 2, 2016),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Police opened 11 investigations against suspected traffickers for Filipino "
            "trafficking victims identified abroad.",
            id="cases-of-one-nationality",
        ),
        pytest.param(
            "The government did not consider the 14 individuals identified during the raid "
            "to be trafficking victims.",
            id="counted-then-not-accepted",
        ),
        pytest.param(
            "Authorities also identified two potential victims younger than 16 years old.",
            id="children-by-age",
        ),
        pytest.param(
            "A referral from labor inspectors led to one investigation into a suspected forced "
            "labor case on a farm.",
            id="one-case-described",
        ),
        pytest.param(
            "Prosecutors filed smuggling charges against three defendants.",
            id="charges-of-another-offense",
        ),
        pytest.param(
            "Courts convicted four traffickers for child sex trafficking.",
            id="cases-of-child-victims",
        ),
    ],
)
def test_ninth_batch_counts_that_are_no_figures(sentence: str) -> None:
    assert plain_figures_of(sentence, 2020) == set()


def test_a_count_five_years_before_the_reporting_period_is_still_a_comparison() -> None:
    sentence = (
        "The government did not report the number of victims identified (the last reported "
        "figure was 80 victims identified in 2014)."
    )
    assert plain_figures_of(sentence, 2020) == {("victims_identified", 80, 2014)}
    assert plain_figures_of(sentence.replace("2014", "2013"), 2020) == set()


def test_trafficking_related_charges_are_prosecutions() -> None:
    sentence = "Prosecutors filed trafficking-related charges against six defendants."
    assert plain_figures_of(sentence, 2020) == {("prosecutions", 6, 2019)}


# --- tenth batch: rules read from its development passages ------------------------------


def test_an_organization_whose_assistance_is_named_is_not_the_subject() -> None:
    # "without assistance from international organizations, authorities identified 28"
    sentence = (
        "During the reporting period, without assistance from international organizations, "
        "authorities identified 28 potential trafficking victims and referred them all to "
        "care, an increase from seven it independently identified the previous year."
    )
    assert plain_figures_of(sentence, 2019) == {
        ("victims_identified", 28, 2018),
        ("victims_identified", 7, 2017),
    }
    # the organization itself still is no government
    assert plain_figures_of("An international organization identified 28 victims.", 2019) == set()


def test_the_same_number_as_reported_during_the_previous_period() -> None:
    sentence = (
        "The government reported one trafficking investigation, the same number as reported "
        "during the previous reporting period."
    )
    assert plain_figures_of(sentence, 2020) == {
        ("investigations", 1, 2019),
        ("investigations", 1, 2018),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "The government reported opening a sex trafficking investigation involving one "
            "potential victim and one alleged perpetrator.",
            id="one-investigation-involving",
        ),
        pytest.param(
            "However, eight prosecutions based on child trafficking charges filed one or two "
            "years ago remained pending and did not result in convictions.",
            id="filed-years-ago-remained-pending",
        ),
        pytest.param(
            "The government reported one trafficking prosecution is assigned to the high court.",
            id="assigned-to-a-court",
        ),
    ],
)
def test_tenth_batch_counts_that_are_no_figures(sentence: str) -> None:
    assert plain_figures_of(sentence, 2021) == set()


def test_investigations_involving_people_are_still_counted() -> None:
    # the plural: a count of investigations stated by the people they involve
    sentence = "Police opened investigations involving 14 suspects."
    assert plain_figures_of(sentence, 2021) == {("investigations", 14, 2020)}


def test_a_count_of_reporting_periods_is_no_count() -> None:
    sentence = (
        "The government did not identify any trafficking victims in the past three reporting "
        "periods, compared with 10 in 2015."
    )
    assert plain_figures_of(sentence, 2019) == {("victims_identified", 10, 2015)}


def test_a_total_first_stated_after_among_the() -> None:
    sentence = (
        "Among the 176 suspected trafficking victims identified, the police referred 21 to "
        "short-term shelter run by a local NGO."
    )
    assert plain_figures_of(sentence, 2017) == {("victims_identified", 176, 2016)}
    # after a sentence with the figure, it re-tells it
    context = SentenceFigure("victims_identified", 176, 2016, None)
    assert plain_figures_of(sentence, 2017, context, (context,)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "The National Human Rights Commission reported it identified 45 trafficking victims.",
            id="human-rights-commission",
        ),
        pytest.param("The Ombudsman identified 12 victims of trafficking.", id="ombudsman"),
        pytest.param(
            "Foreign embassies identified 30 trafficking victims among their nationals.",
            id="foreign-embassies",
        ),
        pytest.param("The Red Cross identified 14 trafficking victims.", id="red-cross"),
    ],
)
def test_bodies_outside_the_government(sentence: str) -> None:
    assert plain_figures_of(sentence, 2017) == set()


def test_a_body_outside_the_government_after_the_governments_count() -> None:
    sentence = (
        "The government identified 45 trafficking victims, and the Ombudsman identified 12 victims."
    )
    assert plain_figures_of(sentence, 2017) == {("victims_identified", 45, 2016)}


def test_a_form_whose_metric_noun_is_the_next_forms() -> None:
    sentence = (
        "Authorities initiated one sex trafficking and two forced labor investigations in 2018."
    )
    assert plain_figures_of(sentence, 2019) == {
        ("investigations_sex_trafficking", 1, 2018),
        ("investigations_labor_trafficking", 2, 2018),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The government identified two trafficking victims, compared with no victims "
            "identified between 2016 and 2018 and 10 victims identified in 2015.",
            {("victims_identified", 2, 2019), ("victims_identified", 10, 2015)},
            id="span-after-the-count",
        ),
        pytest.param(
            "Between 2016 and 2019, the government identified 45 victims.", set(), id="span-opening"
        ),
        pytest.param(
            "From 2017 to 2019, authorities convicted 12 traffickers.", set(), id="from-to-opening"
        ),
    ],
)
def test_a_count_over_several_years_is_no_figure(sentence: str, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, 2020) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Authorities investigated 45 cases of child labor.", id="child-labor"),
        pytest.param(
            "The government investigated 45 cases of illegal recruitment and convicted 12 "
            "illegal recruiters.",
            id="illegal-recruitment",
        ),
        pytest.param("Police investigated 30 cases of kidnapping.", id="kidnapping"),
        pytest.param("Courts convicted 15 people of rape.", id="rape"),
        pytest.param(
            "Prosecutors charged 14 suspects with child sexual abuse.", id="child-sexual-abuse"
        ),
        pytest.param("Police investigated 18 cases of illegal adoption.", id="illegal-adoption"),
        pytest.param("The government investigated 40 cases of forced marriage.", id="marriage"),
    ],
)
def test_counts_of_other_crimes_are_no_figures(sentence: str) -> None:
    assert plain_figures_of(sentence, 2020) == set()


def test_forced_child_labor_is_labor_trafficking() -> None:
    assert plain_figures_of("Authorities investigated 45 cases of forced child labor.", 2020) == {
        ("investigations_labor_trafficking", 45, 2019)
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The government identified and referred 45 victims to care, compared with 30 "
            "referred in 2018.",
            {("victims_identified", 45, 2019)},
            id="compared-with-referred",
        ),
        pytest.param(
            "The government reported identifying 45 victims and referring 30 of them to "
            "services, compared with 20 referred the previous year.",
            {("victims_identified", 45, 2019)},
            id="compared-with-referred-previous-year",
        ),
        pytest.param(
            "Officials identified 45 victims; NGOs assisted 60 victims, compared with 40 in 2018.",
            {("victims_identified", 45, 2019)},
            id="after-a-clause-of-assisted-victims",
        ),
        pytest.param(
            "The government identified 45 victims and assisted 60, compared with 40 in 2018.",
            {("victims_identified", 45, 2019)},
            id="after-a-count-assisted",
        ),
        pytest.param(
            "The government identified 45 victims, including 20 children, compared with 30 in "
            "2018.",
            {("victims_identified", 45, 2019), ("victims_identified", 30, 2018)},
            id="after-a-part-it-still-compares-the-total",
        ),
    ],
)
def test_a_comparison_of_victims_cared_for_is_no_figure(
    sentence: str, expected: set[PlainFig]
) -> None:
    assert plain_figures_of(sentence, 2020) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Police investigated 45 cases and arrested 60 suspects, compared with 40 in 2018.",
            {("investigations", 45, 2019)},
            id="after-arrests",
        ),
        pytest.param(
            "Police investigated 45 cases and arrested 60 suspects in 2019, compared with 30 "
            "investigations and 40 arrests in 2018.",
            {("investigations", 45, 2019), ("investigations", 30, 2018)},
            id="a-comparison-of-arrests",
        ),
        pytest.param(
            "Authorities convicted 12 traffickers and acquitted 5 defendants, compared with 3 in "
            "2018.",
            {("convictions", 12, 2019)},
            id="after-acquittals",
        ),
    ],
)
def test_a_comparison_of_a_count_of_no_metric_is_no_figure(
    sentence: str, expected: set[PlainFig]
) -> None:
    assert plain_figures_of(sentence, 2020) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "In the first half of 2020, authorities investigated 12 cases.", set(), id="opening"
        ),
        pytest.param(
            "The government identified 744 victims in 2019; in the first eight months of 2019, "
            "it identified 392 sex trafficking victims.",
            {("victims_identified", 744, 2019)},
            id="clause-opening",
        ),
        pytest.param(
            "Authorities investigated 12 cases in the first six months of 2019.",
            set(),
            id="after-the-count",
        ),
        pytest.param(
            "From 2017 to 2019, authorities convicted 12 traffickers; in 2019, they convicted 5.",
            {("convictions", 5, 2019)},
            id="a-later-clause-has-its-own-year",
        ),
    ],
)
def test_a_count_for_part_of_a_year_is_no_figure(sentence: str, expected: set[PlainFig]) -> None:
    # as the corpus reads "in the first eight months of 2021" (p443): no count for the year
    assert plain_figures_of(sentence, 2020) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Authorities investigated 12 officials for complicity and convicted 2.",
            set(),
            id="complicity",
        ),
        pytest.param(
            "Authorities investigated 12 complicit officials and convicted 2.",
            set(),
            id="complicit",
        ),
        pytest.param(
            "Authorities investigated 12 officials for complicity and convicted 2 traffickers.",
            {("convictions", 2, 2019)},
            id="a-noun-of-its-own",
        ),
    ],
)
def test_the_next_verbs_bare_count_shares_the_complicit_object(
    sentence: str, expected: set[PlainFig]
) -> None:
    assert plain_figures_of(sentence, 2020) == expected


# --- totals with breakdowns beside comparisons (eleventh batch) -----------------------


@pytest.mark.parametrize(
    ("sentence", "year", "expected"),
    [
        pytest.param(
            "In 2019, the government initiated nine investigations (four of forced labor and "
            "five of sex trafficking), compared with 12 investigations in 2018 (three of forced "
            "labor and nine of sex trafficking).",
            2020,
            {
                ("investigations", 9, 2019),
                ("investigations_labor_trafficking", 4, 2019),
                ("investigations_sex_trafficking", 5, 2019),
                ("investigations", 12, 2018),
                ("investigations_labor_trafficking", 3, 2018),
                ("investigations_sex_trafficking", 9, 2018),
            },
            id="compared-count-year-then-parts",
        ),
        pytest.param(
            "Prosecutors charged four traffickers (two sex trafficking and two labor "
            "trafficking) under Article 120 (six in 2018), and courts convicted two "
            "traffickers (five in 2018).",
            2020,
            {
                ("prosecutions", 4, 2019),
                ("prosecutions_sex_trafficking", 2, 2019),
                ("prosecutions_labor_trafficking", 2, 2019),
                ("prosecutions", 6, 2018),
                ("convictions", 2, 2019),
                ("convictions", 5, 2018),
            },
            id="parenthesised-comparison-after-parts",
        ),
        pytest.param(
            "Police investigated five new cases (two sex trafficking and three labor "
            "trafficking) under Article 120 in 2019, the same number as in 2018.",
            2020,
            {
                ("investigations", 5, 2019),
                ("investigations", 5, 2018),
                ("investigations_sex_trafficking", 2, 2019),
                ("investigations_labor_trafficking", 3, 2019),
            },
            id="same-as-after-parts",
        ),
        pytest.param(
            "Police opened 11 investigations, compared with seven investigations (five for sex "
            "trafficking and two for labor trafficking) of 14 individuals in 2018.",
            2020,
            {
                ("investigations", 11, 2019),
                ("investigations", 7, 2018),
                ("investigations_sex_trafficking", 5, 2018),
                ("investigations_labor_trafficking", 2, 2018),
            },
            id="people-of-compared-count-after-parts",
        ),
    ],
)
def test_breakdowns_beside_comparisons(sentence: str, year: int, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, year) == expected


def test_compared_parts_after_of_the_total_take_the_comparison_year() -> None:
    total = SentenceFigure("victims_identified", 40, 2019, None)
    sentence = (
        "Of the 40 victims, 30 were exploited in sex trafficking and 10 in labor trafficking, "
        "compared with 25 victims of sex trafficking and eight victims of labor trafficking "
        "identified in 2018."
    )
    assert plain_figures_of(sentence, 2020, total, (total,)) == {
        ("victims_identified_sex_trafficking", 30, 2019),
        ("victims_identified_labor_trafficking", 10, 2019),
        ("victims_identified_sex_trafficking", 25, 2018),
        ("victims_identified_labor_trafficking", 8, 2018),
    }


def test_parts_after_a_closed_comparison_keep_the_total_year() -> None:
    total = SentenceFigure("investigations", 400, 2019, None)
    sentence = (
        "Of the investigations, there were 356 for sex trafficking (compared to 327 in 2018) "
        "and 21 for labor trafficking (compared to 11 in 2018)."
    )
    assert plain_figures_of(sentence, 2020, total, (total,)) == {
        ("investigations_sex_trafficking", 356, 2019),
        ("investigations", 327, 2018),  # a comparison naming no form has none
        ("investigations_labor_trafficking", 21, 2019),
        ("investigations", 11, 2018),
    }


# --- figures for two years in one phrase, and counts of earlier or other groups -------


@pytest.mark.parametrize(
    ("sentence", "year", "expected"),
    [
        pytest.param(
            "Courts convicted four traffickers, compared with no convictions in 2019 or 2018.",
            2021,
            {("convictions", 4, 2020), ("convictions", 0, 2019), ("convictions", 0, 2018)},
            id="none-in-either-of-two-years",
        ),
        pytest.param(
            "The government initiated two prosecutions; one additional prosecution initiated "
            "in a previous reporting period was delayed.",
            2021,
            {("prosecutions", 2, 2020)},
            id="prosecution-begun-earlier",
        ),
        pytest.param(
            "The government did not report updates on four other prosecutions it had "
            "initiated in the previous reporting period.",
            2021,
            set(),
            id="prosecutions-begun-earlier-no-update",
        ),
        pytest.param(
            "The government initiated six prosecutions, compared with four prosecutions "
            "initiated in the previous reporting period.",
            2021,
            {("prosecutions", 6, 2020), ("prosecutions", 4, 2019)},
            id="prosecutions-of-the-previous-period-compared",
        ),
        pytest.param(
            "Since the government changed its visa scheme for sea fishers, it has identified "
            "zero trafficking victims in the fishing industry, compared to 12 victims in 2018.",
            2020,
            set(),
            id="one-sector",
        ),
        pytest.param(
            "Police granted official trafficking victim status to 52 individuals in 2019, an "
            "increase from the 40 victims identified in 2018.",
            2020,
            {("victims_identified", 52, 2019), ("victims_identified", 40, 2018)},
            id="victim-status-granted",
        ),
        pytest.param(
            "The government granted official victim status to 15 individuals incarcerated "
            "abroad in 2019.",
            2020,
            set(),
            id="victim-status-granted-to-a-group-held-abroad",
        ),
    ],
)
def test_years_and_groups(sentence: str, year: int, expected: set[PlainFig]) -> None:
    assert plain_figures_of(sentence, year) == expected
