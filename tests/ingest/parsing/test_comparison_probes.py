"""Figures in comparisons and counts found wrong by probing the importer with a battery of
invented sentences written the way the report states its law-enforcement and victim figures:
comparisons after a metric denied ("did not convict any"), ... Each reading comes with the
text it must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.section_figures import Found, section_figures
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


def test_a_denial_after_other_counts_is_what_its_comparison_compares() -> None:
    sentence = (
        "The government investigated two cases, compared with five in 2020, and prosecuted one"
        " alleged trafficker, compared with three in 2020; it did not convict any traffickers,"
        " compared with two in 2020."
    )
    assert figures_of(sentence) == {
        ("investigations", 2, 2021, None),
        ("investigations", 5, 2020, None),
        ("prosecutions", 1, 2021, None),
        ("prosecutions", 3, 2020, None),
        ("convictions", 2, 2020, None),
    }
    sentence = (
        "Authorities prosecuted four suspects but did not convict any traffickers, compared"
        " with three in 2020."
    )
    assert figures_of(sentence) == {
        ("prosecutions", 4, 2021, None),
        ("convictions", 3, 2020, None),
    }


def test_a_comparison_after_a_count_with_no_denial_between_stays_that_counts() -> None:
    sentence = (
        "The government identified 45 victims during investigations, compared with 30 in 2020."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 30, 2020, None),
    }
    sentence = (
        "The government prosecuted 12 suspects, although it did not report the outcome of"
        " most cases, compared with nine in 2020."
    )
    assert figures_of(sentence) == {
        ("prosecutions", 12, 2021, None),
        ("prosecutions", 9, 2020, None),
    }


# --- "compared with 2020, when it identified 19": the count after "when" is that year's -----


def test_a_count_after_a_year_and_when_is_that_years() -> None:
    sentence = "The government identified 12 victims, compared to 2020, when it identified 19."
    assert figures_of(sentence) == {
        ("victims_identified", 12, 2021, None),
        ("victims_identified", 19, 2020, None),
    }
    sentence = (
        "Police identified 11 victims during the reporting period; this was a decrease compared"
        " with 2020, when police identified 19 victims, and 2019, when they identified 26."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 11, 2021, None),
        ("victims_identified", 19, 2020, None),
        ("victims_identified", 26, 2019, None),
    }
    sentence = "This represented a decrease from 2020, when authorities investigated 51 cases."
    assert figures_of(sentence) == {("investigations", 51, 2020, None)}
    # the when-clause ends at the semicolon
    sentence = (
        "Convictions fell compared with 2019, when courts convicted nine traffickers; courts"
        " convicted four."
    )
    assert figures_of(sentence) == {
        ("convictions", 9, 2019, None),
        ("convictions", 4, 2021, None),
    }


def test_a_when_clause_after_the_periods_own_year_or_with_no_year_changes_nothing() -> None:
    sentence = (
        "In 2021, when the pandemic closed courts, the government convicted four traffickers."
    )
    assert figures_of(sentence) == {("convictions", 4, 2021, None)}
    sentence = (
        "The government identified 45 victims in 2021, when it also opened 12 investigations."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("investigations", 12, 2021, None),
    }
    sentence = "The government identified 45 victims when it inspected farms and convicted three."
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("convictions", 3, 2021, None),
    }


# --- officials counted as those investigated, prosecuted or convicted: complicity, no total --


def test_a_zero_of_officials_is_no_figure() -> None:
    assert (
        figures_of("The government convicted no government officials complicit in trafficking.")
        == set()
    )
    sentence = (
        "Authorities convicted six traffickers, compared with four in 2020, but convicted no"
        " government officials."
    )
    assert figures_of(sentence) == {
        ("convictions", 6, 2021, None),
        ("convictions", 4, 2020, None),
    }
    sentence = (
        "The government reported no investigations, prosecutions, or convictions of government"
        " employees complicit in human trafficking offenses."
    )
    assert figures_of(sentence) == set()


def test_officials_as_subjects_or_parts_leave_the_totals_alone() -> None:
    sentence = (
        "Immigration officers identified 12 victims at the airport, compared with 30 in 2020."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 12, 2021, None),
        ("victims_identified", 30, 2020, None),
    }
    sentence = "The government convicted 14 traffickers, including two police officers."
    assert figures_of(sentence) == {("convictions", 14, 2021, None)}
    sentence = "The government investigated 12 cases involving police officers."
    assert figures_of(sentence) == {("investigations", 12, 2021, None)}
    sentence = "The government trained 300 police officers and identified 12 victims."
    assert figures_of(sentence) == {("victims_identified", 12, 2021, None)}
    sentence = "The government reported no investigations, prosecutions, or convictions in 2021."
    assert figures_of(sentence) == {
        ("investigations", 0, 2021, None),
        ("prosecutions", 0, 2021, None),
        ("convictions", 0, 2021, None),
    }


# --- counts set against a list of years or forms, "respectively" ---------------------------


def test_counts_listed_against_years_respectively_take_one_year_each() -> None:
    sentence = (
        "The government prosecuted 40 defendants and 33 defendants in 2021 and 2020, respectively."
    )
    assert figures_of(sentence) == {
        ("prosecutions", 40, 2021, None),
        ("prosecutions", 33, 2020, None),
    }
    sentence = "The government identified 52 and 47 victims in 2021 and 2020, respectively."
    assert figures_of(sentence) == {
        ("victims_identified", 52, 2021, None),
        ("victims_identified", 47, 2020, None),
    }
    sentence = "In 2021 and 2020, authorities convicted 12 and nine traffickers, respectively."
    assert figures_of(sentence) == {
        ("convictions", 12, 2021, None),
        ("convictions", 9, 2020, None),
    }


def test_counts_listed_against_forms_respectively_take_one_form_each() -> None:
    sentence = (
        "The government investigated 67 and 21 cases of sex trafficking and forced labor,"
        " respectively."
    )
    assert figures_of(sentence) == {
        ("investigations_sex_trafficking", 67, 2021, None),
        ("investigations_labor_trafficking", 21, 2021, None),
    }


def test_respective_lists_of_no_figure_or_of_two_metrics_are_left_alone() -> None:
    sentence = (
        "The government sentenced the two traffickers to 12 and 15 years in 2021 and 2020,"
        " respectively."
    )
    assert figures_of(sentence) == set()
    sentence = "NGOs identified 52 and 47 victims in 2021 and 2020, respectively."
    assert figures_of(sentence) == set()
    sentence = "The government identified 14 and 9 child victims in 2021 and 2020, respectively."
    assert figures_of(sentence) == set()
    sentence = (
        "Police investigated 58 cases and prosecuted 34 suspects, compared with 41 and 22,"
        " respectively, in 2020."
    )
    assert figures_of(sentence) == {
        ("investigations", 58, 2021, None),
        ("prosecutions", 34, 2021, None),
        ("investigations", 41, 2020, None),
        ("prosecutions", 22, 2020, None),
    }


# --- one body's count after the national count of the same sentence: a share --------------


def test_a_bodys_count_after_the_national_count_is_a_share() -> None:
    sentence = (
        "The government identified 210 victims in 2021; police identified 120 and labor"
        " inspectors identified 90."
    )
    assert figures_of(sentence) == {("victims_identified", 210, 2021, None)}
    sentence = (
        "Authorities identified 300 potential victims, compared with 250 in 2020; the"
        " anti-trafficking police unit identified 12."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 300, 2021, None),
        ("victims_identified", 250, 2020, None),
    }
    sentence = (
        "The government investigated 40 cases, prosecuted 25 suspects, and convicted 12"
        " traffickers; the Anti-Trafficking Unit (ATU) investigated 15 cases."
    )
    assert figures_of(sentence) == {
        ("investigations", 40, 2021, None),
        ("prosecutions", 25, 2021, None),
        ("convictions", 12, 2021, None),
    }


def test_bodies_counts_of_other_metrics_years_or_forms_or_with_no_total_stay() -> None:
    sentence = (
        "Police reported identifying 29 victims, while prosecutors reported identifying 31 victims."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 29, 2021, None),
        ("victims_identified", 31, 2021, None),
    }
    sentence = "The government identified 45 victims, and police investigated 30 cases."
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("investigations", 30, 2021, None),
    }
    sentence = "The government identified 45 victims in 2021; the police identified 30 in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 30, 2020, None),
    }
    sentence = (
        "The government investigated 20 cases of sex trafficking; the labor inspectorate"
        " investigated 12 cases of forced labor."
    )
    assert figures_of(sentence) == {
        ("investigations_sex_trafficking", 20, 2021, None),
        ("investigations_labor_trafficking", 12, 2021, None),
    }


# --- "than in 2020", "as in 2020": the period compared with, not the count's own -----------


def test_a_period_after_than_or_as_leaves_the_count_in_its_own_period() -> None:
    sentence = "The government investigated 15 cases, half as many as in 2020."
    assert figures_of(sentence) == {("investigations", 15, 2021, None)}
    sentence = "The government convicted four traffickers, fewer than in 2019."
    assert figures_of(sentence) == {("convictions", 4, 2021, None)}
    sentence = "Police investigated 14 cases, as many as during the previous reporting period."
    assert figures_of(sentence) == {("investigations", 14, 2021, None)}


def test_a_counts_own_period_before_the_comparison_stays() -> None:
    sentence = "The government convicted 12 traffickers in 2020, more than in 2019."
    assert figures_of(sentence) == {("convictions", 12, 2020, None)}
    sentence = (
        "In 2017 police conducted five trafficking investigations, the same number as in 2016."
    )
    assert figures_of(sentence, report_year=2018) == {
        ("investigations", 5, 2017, None),
        ("investigations", 5, 2016, None),
    }


# --- a clause opening with "while in 2020": its counts are that period's, and no other's ----


def test_a_clause_opening_with_while_and_a_period_keeps_its_period() -> None:
    sentence = "The government prosecuted 25 suspects, while in 2020 it prosecuted 19."
    assert figures_of(sentence) == {
        ("prosecutions", 25, 2021, None),
        ("prosecutions", 19, 2020, None),
    }
    sentence = (
        "The government identified 45 victims, while in the previous reporting period it"
        " identified 60."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2021, None),
        ("victims_identified", 60, 2020, None),
    }
    sentence = (
        "The government convicted 10 traffickers, compared with eight in 2020, and in 2019 it"
        " convicted five."
    )
    assert figures_of(sentence) == {
        ("convictions", 10, 2021, None),
        ("convictions", 8, 2020, None),
        ("convictions", 5, 2019, None),
    }


def test_a_while_clause_without_its_own_period_leaves_the_years_alone() -> None:
    sentence = "In 2020, the government identified 45 victims, while police investigated 12 cases."
    assert figures_of(sentence) == {
        ("victims_identified", 45, 2020, None),
        ("investigations", 12, 2020, None),
    }
    sentence = "The government prosecuted 25 suspects in 2020, while police arrested 30."
    assert figures_of(sentence) == {("prosecutions", 25, 2020, None)}


# --- "convicted none": the zero a metric's verb takes as its object ------------------------


def test_none_as_the_object_of_a_metrics_verb_is_its_zero() -> None:
    sentence = "Authorities investigated eight cases, prosecuted three, and convicted none."
    assert figures_of(sentence) == {
        ("investigations", 8, 2021, None),
        ("prosecutions", 3, 2021, None),
        ("convictions", 0, 2021, None),
    }
    sentence = (
        "Authorities reported investigating five trafficking cases involving 11 suspects,"
        " prosecuting two defendants, and convicting none."
    )
    assert figures_of(sentence) == {
        ("investigations", 5, 2021, None),
        ("prosecutions", 2, 2021, None),
        ("convictions", 0, 2021, None),
    }


def test_none_of_officials_or_not_after_a_metrics_verb_is_no_zero() -> None:
    assert figures_of("Police investigated five officials but convicted none.") == set()
    assert figures_of("Police investigated five officials but convicted two.") == set()
    sentence = "The government identified 12 victims and referred none to shelters."
    assert figures_of(sentence) == {("victims_identified", 12, 2021, None)}
    sentence = "The government investigated 12 cases; none resulted in prosecution."
    assert figures_of(sentence) == {("investigations", 12, 2021, None)}


# --- digits with a scale word: "2 thousand defendants" -------------------------------------


def test_digits_with_a_scale_word_are_multiplied() -> None:
    assert figures_of("Authorities prosecuted 2 thousand defendants.") == {
        ("prosecutions", 2000, 2021, None)
    }
    sentence = "Prosecutors charged some 3 thousand suspects with trafficking offenses."
    assert figures_of(sentence) == {("prosecutions", 3000, 2021, "approximately")}
    sentence = "The government identified 2,000 victims, compared with 1.5 thousand in 2020."
    assert figures_of(sentence) == {
        ("victims_identified", 2000, 2021, None),
        ("victims_identified", 1500, 2020, None),
    }


def test_scaled_money_and_plain_decimals_stay_no_counts() -> None:
    sentence = "The government allocated 2 million dollars and identified 45 victims."
    assert figures_of(sentence) == {("victims_identified", 45, 2021, None)}
    sentence = "The government identified 45 victims, a 2.5 percent increase from 2020."
    assert figures_of(sentence) == {("victims_identified", 45, 2021, None)}


# --- "26 cases and 41 suspects": the people of the cases are no count of their own ---------


def test_the_people_of_cases_joined_by_and_are_no_figure() -> None:
    sentence = (
        "The government reported investigating 26 cases and 41 suspects in 2021, compared with"
        " 30 cases and 50 suspects in 2020."
    )
    assert figures_of(sentence) == {
        ("investigations", 26, 2021, None),
        ("investigations", 30, 2020, None),
    }
    sentence = "Police investigated 41 suspects and 26 cases in 2021."
    assert figures_of(sentence) == {("investigations", 41, 2021, None)}


def test_counts_of_two_metrics_or_two_forms_joined_by_and_stay() -> None:
    sentence = (
        "Authorities investigated 40 cases and prosecuted 22 suspects, versus 35 cases and 30"
        " suspects the previous year."
    )
    assert figures_of(sentence) == {
        ("investigations", 40, 2021, None),
        ("prosecutions", 22, 2021, None),
        ("investigations", 35, 2020, None),
        ("prosecutions", 30, 2020, None),
    }
    sentence = (
        "Police investigated 30 sex trafficking cases and 12 labor trafficking cases in 2021."
    )
    assert figures_of(sentence) == {
        ("investigations_sex_trafficking", 30, 2021, None),
        ("investigations_labor_trafficking", 12, 2021, None),
    }
    sentence = "Police investigated 30 cases in 2021 and 12 cases in 2020."
    assert figures_of(sentence) == {
        ("investigations", 30, 2021, None),
        ("investigations", 12, 2020, None),
    }


# --- counts "for related crimes" or "other offenses": crimes beside trafficking -------------


def test_counts_for_related_or_other_crimes_are_no_figures() -> None:
    sentence = (
        "The government reported 14 convictions under the anti-trafficking law and 22"
        " convictions for related crimes such as pimping."
    )
    assert figures_of(sentence) == {("convictions", 14, 2021, None)}
    assert figures_of("Prosecutors charged 12 defendants with other offenses.") == set()


def test_trafficking_related_crimes_stay_counts() -> None:
    sentence = "Courts convicted 10 traffickers for trafficking-related crimes."
    assert figures_of(sentence) == {("convictions", 10, 2021, None)}
    sentence = "Authorities prosecuted 15 suspects for trafficking and related crimes."
    assert figures_of(sentence) == {("prosecutions", 15, 2021, None)}


# --- "Since 2015, ...": a clause opening with the year it counts from is cumulative ---------


def test_a_clause_opening_with_since_a_year_counts_cumulatively() -> None:
    assert figures_of("Since 2015, the government has convicted 120 traffickers.") == set()
    assert figures_of("Since March 2019, police have identified 300 victims.") == set()
    sentence = "The government identified 45 victims; since 2015, it has identified 300 victims."
    assert figures_of(sentence) == {("victims_identified", 45, 2021, None)}


def test_since_elsewhere_leaves_the_periods_count_alone() -> None:
    sentence = "The government convicted two traffickers, for the first time since 2013."
    assert figures_of(sentence) == {("convictions", 2, 2021, None)}
    sentence = (
        "Since the law entered into force, the government convicted four traffickers in 2021."
    )
    assert figures_of(sentence) == {("convictions", 4, 2021, None)}


# --- a comparison ends before the verb's next object that has a comparison of its own ------


def test_the_next_object_with_its_own_comparison_is_no_compared_count() -> None:
    sentence = (
        "The government identified eight victims of forced labor, compared with three such"
        " victims in 2020, and four victims of sex trafficking, compared with six."
    )
    assert figures_of(sentence) == {
        ("victims_identified_labor_trafficking", 8, 2021, None),
        ("victims_identified", 3, 2020, None),
        ("victims_identified_sex_trafficking", 4, 2021, None),
        ("victims_identified", 6, 2020, None),
    }


def test_a_list_of_earlier_years_counts_stays_in_the_comparison() -> None:
    sentence = (
        "The government identified 12 victims, compared with 10 victims in 2020, and 15 victims"
        " in 2019, a decrease compared with 2018."
    )
    assert figures_of(sentence) == {
        ("victims_identified", 12, 2021, None),
        ("victims_identified", 10, 2020, None),
        ("victims_identified", 15, 2019, None),
    }


# --- an inspectorate or ministry after the national count, in a sentence of its own --------


def _section_figures(text: str, report_year: int = 2022) -> Found:
    return section_figures(text, report_year, "protection")


def test_an_inspectorates_count_after_the_national_count_is_a_share() -> None:
    text = (
        "The government identified 410 victims, compared with 380 in 2020. The Labor"
        " Inspectorate identified 95 victims of forced labor."
    )
    assert _section_figures(text) == {
        ("victims_identified", 410, 2021),
        ("victims_identified", 380, 2020),
    }
    text = (
        "The government identified 410 victims. Labor inspectors identified 95 victims of"
        " forced labor."
    )
    assert _section_figures(text) == {("victims_identified", 410, 2021)}


def test_an_inspectorates_count_of_its_own_stays() -> None:
    text = "The Labor Inspectorate identified 95 victims of forced labor."
    assert _section_figures(text) == {("victims_identified_labor_trafficking", 95, 2021)}
    text = (
        "The government identified 410 victims. The Labor Inspectorate investigated 20 cases"
        " of forced labor."
    )
    assert _section_figures(text) == {
        ("victims_identified", 410, 2021),
        ("investigations_labor_trafficking", 20, 2021),
    }


# --- "the same number of cases investigated in 2020": that year's count, and the period's ---


def test_the_same_number_of_a_noun_in_an_earlier_year_keeps_the_counts_own_year() -> None:
    sentence = (
        "The government investigated 11 cases, the same number of cases investigated in 2020."
    )
    assert figures_of(sentence) == {
        ("investigations", 11, 2021, None),
        ("investigations", 11, 2020, None),
    }


def test_the_same_as_an_earlier_year_and_a_count_of_its_own_year_stay() -> None:
    sentence = (
        "In 2017 police conducted five trafficking investigations, the same number as in 2016."
    )
    assert figures_of(sentence, report_year=2018) == {
        ("investigations", 5, 2017, None),
        ("investigations", 5, 2016, None),
    }
    sentence = "The government investigated 11 cases in 2021 and the same number of suspects."
    assert figures_of(sentence) == {("investigations", 11, 2021, None)}


# --- "four cases involving seven suspects for forced labor": the form after the people -----


def test_the_form_after_the_people_of_the_cases_is_the_cases_form() -> None:
    sentence = "Police investigated 16 cases involving 27 suspects for sex trafficking."
    assert figures_of(sentence) == {("investigations_sex_trafficking", 16, 2021, None)}
    sentence = (
        "Authorities investigated four cases involving seven suspects for forced labor and one"
        " case for sex trafficking during the reporting period."
    )
    assert ("investigations_labor_trafficking", 4, 2021, None) in figures_of(sentence)
    assert ("investigations", 4, 2021, None) not in figures_of(sentence)


def test_cases_involving_people_of_both_forms_or_none_keep_no_form() -> None:
    sentence = (
        "Police investigated 16 cases involving 27 suspects for sex trafficking and forced labor."
    )
    assert figures_of(sentence) == {("investigations", 16, 2021, None)}
    sentence = "Police investigated 16 cases involving 27 suspects in 2021."
    assert figures_of(sentence) == {("investigations", 16, 2021, None)}


# --- a dashed aside between a count's noun and its form ------------------------------------


def test_the_form_after_a_dashed_aside_is_the_counts_form() -> None:
    sentence = (
        "Courts convicted three traffickers\u2014two men and one woman\u2014for forced labor."
    )
    assert figures_of(sentence) == {("convictions_labor_trafficking", 3, 2021, None)}


def test_a_dashed_aside_of_parts_or_with_no_form_after_leaves_the_total() -> None:
    sentence = (
        "The government initiated three investigations\u2014two for sex trafficking and one for"
        " forced labor\u2014and prosecuted one suspect."
    )
    assert figures_of(sentence) == {
        ("investigations", 3, 2021, None),
        ("investigations_sex_trafficking", 2, 2021, None),
        ("investigations_labor_trafficking", 1, 2021, None),
        ("prosecutions", 1, 2021, None),
    }
    sentence = (
        "Authorities identified three victims\u2014two women and one man\u2014and referred them."
    )
    assert figures_of(sentence) == {("victims_identified", 3, 2021, None)}
