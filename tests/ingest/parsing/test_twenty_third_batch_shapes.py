"""Shapes the twenty-third batch's development passages showed (protection sections of the
2017-2023 reports), read on invented sentences in the report's style: a count whose year
follows the parenthesis of its parts, the parts of a compared count inside its own
parenthesis, and a second value no reading may invent."""

from __future__ import annotations

from tests.ingest.parsing.section_figures import Found, section_figures
from tests.ingest.parsing.sentence_figures import plain_figures_of


def _found(text: str, year: int) -> Found:
    return section_figures(text, year, "protection")


# --- a parenthesis and the period ------------------------------------------------------


def test_the_parts_of_a_compared_count_keep_its_year() -> None:
    sentence = (
        "Authorities identified 40 victims in 2020 (30 sex trafficking and 10 labor "
        "trafficking) compared to 90 victims in 2019 (55 sex trafficking and 35 labor "
        "trafficking) and 70 victims in 2018."
    )
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified", 40, 2020),
        ("victims_identified_sex_trafficking", 30, 2020),
        ("victims_identified_labor_trafficking", 10, 2020),
        ("victims_identified", 90, 2019),
        ("victims_identified_sex_trafficking", 55, 2019),
        # not 2018's: the year after the parenthesis closes is the next count's
        ("victims_identified_labor_trafficking", 35, 2019),
        ("victims_identified", 70, 2018),
    }


def test_a_year_after_the_parenthesis_of_parts_is_the_counts() -> None:
    sentence = (
        "In comparison, the government identified 52 victims (40 in sex trafficking and 12 "
        "in forced labor) in 2019, and the government identified 61 victims (50 in sex "
        "trafficking and 11 in forced labor) in 2018."
    )
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified", 52, 2019),
        ("victims_identified_sex_trafficking", 40, 2019),
        ("victims_identified_labor_trafficking", 12, 2019),
        ("victims_identified", 61, 2018),
        ("victims_identified_sex_trafficking", 50, 2018),
        ("victims_identified_labor_trafficking", 11, 2018),
    }


def test_a_second_bodys_count_beside_it_shares_the_period() -> None:
    text = (
        "The government identified 30 trafficking victims in 2020, including 20 exploited in "
        "sex trafficking and 10 in forced labor. In comparison, the government identified 52 "
        "victims (40 in sex trafficking and 12 in forced labor) and NGOs identified 66 victims "
        "in 2019."
    )
    assert _found(text, 2021) == {
        ("victims_identified", 30, 2020),
        ("victims_identified_sex_trafficking", 20, 2020),
        ("victims_identified_labor_trafficking", 10, 2020),
        ("victims_identified", 52, 2019),
        ("victims_identified_sex_trafficking", 40, 2019),
        ("victims_identified_labor_trafficking", 12, 2019),
    }


def test_an_earlier_years_parts_inside_the_parenthesis_keep_their_own_year() -> None:
    sentence = (
        "The government identified 80 potential victims and five confirmed victims (70 "
        "potential victims and three confirmed victims in 2019)."
    )
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified", 80, 2020),
        ("victims_identified", 5, 2020),
        ("victims_identified", 70, 2019),
        ("victims_identified", 3, 2019),
    }


# --- parts of the identified victims and counts of something else ---------------------


def test_a_group_in_the_parenthesis_of_parts_leaves_the_comparison() -> None:
    sentence = (
        "The secretariat identified 420 trafficking victims (300 female victims, 118 male "
        "victims, and two non-binary victims) in 2021, compared with 390 in 2020 and 350 in "
        "2019."
    )
    assert plain_figures_of(sentence, 2022) == {
        ("victims_identified", 420, 2021),
        ("victims_identified", 390, 2020),
        ("victims_identified", 350, 2019),
    }


def test_identified_victims_of_one_group_are_a_part() -> None:
    text = (
        "The government identified 60 trafficking victims in 2021. Twelve identified victims "
        "were foreign nationals (eight exploited in sex trafficking and four in forced labor). "
        "Only one victim identified in 2021 was male."
    )
    assert _found(text, 2022) == {("victims_identified", 60, 2021)}


def test_a_percentages_count_is_no_figure() -> None:
    text = (
        "The government identified 150 trafficking victims in 2022. A limited number of "
        "victims received assistance - 24 percent (36 victims) in 2022, compared with 23 "
        "percent (70 victims) in 2021."
    )
    assert _found(text, 2023) == {("victims_identified", 150, 2022)}


def test_victims_identified_abroad_are_the_nationals_found_elsewhere() -> None:
    text = (
        "The government reported identifying 700 victims in 2020, compared with 650 victims in "
        "2019. In comparison, authorities identified and assisted 900 victims abroad in 2019 "
        "and 850 in 2018."
    )
    assert _found(text, 2021) == {
        ("victims_identified", 700, 2020),
        ("victims_identified", 650, 2019),
    }


def test_the_same_counts_of_no_group_are_read() -> None:
    text = (
        "The government identified 60 trafficking victims in 2021. Twelve identified victims "
        "were exploited in forced labor."
    )
    assert ("victims_identified", 60, 2021) in _found(text, 2022)
    assert _found("Authorities identified and assisted 900 victims in 2021.", 2022) == {
        ("victims_identified", 900, 2021)
    }


# --- whose count: the levels of a federation, and what the government reports of NGOs --


def test_the_federal_and_state_governments_counts_are_shares() -> None:
    text = (
        "The government reported identifying 600 trafficking victims in 2017, compared to 700 "
        "victims in 2016. The federal government identified 150 victims, compared to 180 in "
        "2016. The state governments identified 450 victims, compared to 520 in 2016."
    )
    assert _found(text, 2018) == {
        ("victims_identified", 600, 2017),
        ("victims_identified", 700, 2016),
    }


def test_the_federal_governments_count_alone_is_read() -> None:
    text = "The federal government identified 150 victims, compared to 180 in 2016."
    assert _found(text, 2018) == {
        ("victims_identified", 150, 2017),
        ("victims_identified", 180, 2016),
    }


def test_a_count_the_government_reports_of_ngos_is_theirs() -> None:
    text = (
        "The government identified 21 trafficking victims. The government reported NGOs "
        "separately identified eight additional victims (five sex trafficking victims and "
        "three labor trafficking victims)."
    )
    assert _found(text, 2022) == {("victims_identified", 21, 2021)}


# --- a count told under the figure's clause, a dated breakdown, a part of one ------------


def test_a_count_in_a_phrase_under_the_figure_is_not_what_is_compared() -> None:
    sentence = (
        "The government identified nine trafficking victims in 2020, after screening 14 "
        "potential victims for trafficking indicators; this compared with 50 potential "
        "trafficking victims in 2019 and 41 potential trafficking victims in 2018."
    )
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified", 9, 2020),
        ("victims_identified", 50, 2019),
        ("victims_identified", 41, 2018),
    }


def test_a_comparison_after_a_count_of_its_own_verb_still_compares_that_count() -> None:
    sentence = (
        "Of the 600 victims identified, the secretariat referred 200 to shelter; this compared "
        "with the government providing shelter to 230 trafficking victims in 2018 and 120 "
        "trafficking victims in 2017."
    )
    total = ("victims_identified", 600, 2019)
    found = plain_figures_of(sentence, 2020)
    assert not {f for f in found if f != total}


def test_a_breakdown_that_dates_its_total_gives_the_parts_that_year() -> None:
    text = (
        "The government identified nine trafficking victims in 2020, compared with 50 in "
        "2019. The government had not yet processed all 50 potential victims identified in "
        "2019. Of the nine identified victims in 2020, five were sex trafficking victims and "
        "one was a labor trafficking victim."
    )
    assert _found(text, 2021) == {
        ("victims_identified", 9, 2020),
        ("victims_identified", 50, 2019),
        ("victims_identified_sex_trafficking", 5, 2020),
        ("victims_identified_labor_trafficking", 1, 2020),
    }


# --- adult victims where no total with the children is stated -------------------------


def test_a_count_of_adult_victims_is_read_as_the_count() -> None:
    text = (
        "The government identified 52 adult victims of trafficking (22 men and 30 women), "
        "compared with 40 victims in 2019, 44 in 2018, and 25 victims in 2017. Of the 52 "
        "victims identified, 45 were exploited in labor trafficking and 7 were exploited in "
        "sex trafficking."
    )
    assert _found(text, 2021) == {
        ("victims_identified", 52, 2020),
        ("victims_identified", 40, 2019),
        ("victims_identified", 44, 2018),
        ("victims_identified", 25, 2017),
        ("victims_identified_labor_trafficking", 45, 2020),
        ("victims_identified_sex_trafficking", 7, 2020),
    }
    assert plain_figures_of(
        "The government identified 51 adult trafficking victims in 2021, compared with 48 "
        "adult victims (20 men and 28 women) in 2020 and 33 in 2019.",
        2022,
    ) == {
        ("victims_identified", 51, 2021),
        ("victims_identified", 48, 2020),
        ("victims_identified", 33, 2019),
    }


def test_adults_one_measure_found_or_one_adult_beside_the_children_stay_a_group() -> None:
    assert not plain_figures_of(
        "Screening at airports resulted in the identification of 16 potential adult victims.",
        2018,
    )
    assert (
        plain_figures_of(
            "Officials reported identifying 30 child trafficking victims and one adult victim in "
            "2020.",
            2021,
        )
        == set()
    )


# --- a total of identifications, and bodies' counts after the country's or a body's -----


def test_a_total_of_victim_identification_data_is_the_count_and_offices_share_it() -> None:
    text = (
        "Several government agencies provided data on victim identification, totaling 90 "
        "victims in 2018, compared with 110 in 2017. In 2018, three of the 27 NETPs reported "
        "identifying 25 victims and assisting nine. Two other NETPs reported identifying five "
        "victims of sex trafficking and 60 victims of forced labor, compared with 12 sex "
        "trafficking victims identified during the first half of 2017."
    )
    assert _found(text, 2019) == {
        ("victims_identified", 90, 2018),
        ("victims_identified", 110, 2017),
    }


def test_a_second_bodys_count_after_a_bodys_count_is_kept() -> None:
    text = (
        "Specialized police units identified 600 suspected victims in 2020, compared with "
        "1,000 in 2019. The specialized prosecution unit reported identifying 450 victims in "
        "2020."
    )
    assert _found(text, 2021) == {
        ("victims_identified", 600, 2020),
        ("victims_identified", 1000, 2019),
        ("victims_identified", 450, 2020),
    }


def test_a_spaced_dash_after_a_year_opens_an_aside_not_a_range() -> None:
    sentence = (
        "The government reported identifying 600 trafficking victims in 2017 \u2013 400 for sex "
        "trafficking, 90 for forced labor, and 110 unspecified \u2013 compared to 700 victims in "
        "2016."
    )
    assert plain_figures_of(sentence, 2018) == {
        ("victims_identified", 600, 2017),
        ("victims_identified_sex_trafficking", 400, 2017),
        ("victims_identified_labor_trafficking", 90, 2017),
        ("victims_identified", 700, 2016),
    }
    assert not plain_figures_of("Police identified 40 \u2013 50 victims in 2017.", 2018)
