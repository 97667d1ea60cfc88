"""Shapes the twenty-fourth batch's development passages showed (protection sections of
Europe's reports), read on invented sentences in the report's style: "official" victims are
a status, not officials counted; two statuses joined before the noun qualify one count; a
total re-told after a part of it ("43 of the 103 victims") is no new figure; victims "in X
and abroad" are all of them, not one place's."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import plain_figures_of
from tipwatch.ingest.parsing.statistics.restated import restated_after_part

# --- "official" victims ----------------------------------------------------------------


def test_official_victims_beside_potential_ones_are_a_part_by_status() -> None:
    sentence = (
        "The government and NGOs identified 70 potential victims and three official victims, "
        "a decrease compared with 88 potential victims and six official victims in 2020."
    )
    assert plain_figures_of(sentence, 2022) == {
        ("victims_identified", 70, 2021),
        ("victims_identified", 3, 2021),
        ("victims_identified", 88, 2020),
        ("victims_identified", 6, 2020),
    }


def test_officials_counted_stay_complicit_officials() -> None:
    # the count of officials is still no figure of the period, singular or plural
    assert plain_figures_of("The government prosecuted one official for complicity.", 2022) == set()
    assert plain_figures_of("Authorities convicted two police officials.", 2022) == set()
    assert plain_figures_of("The court convicted one government official in 2021.", 2022) == set()


# --- two statuses joined before the noun ------------------------------------------------


def test_two_statuses_joined_qualify_one_count() -> None:
    sentence = "The government identified 64 official and potential victims (81 in 2019)."
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified", 64, 2020),
        ("victims_identified", 81, 2019),
    }
    assert plain_figures_of("Police identified 17 confirmed and potential victims.", 2021) == {
        ("victims_identified", 17, 2020),
    }


def test_coordinated_counts_of_two_statuses_stay_two_parts() -> None:
    sentence = "The government identified three confirmed and 77 potential trafficking victims."
    assert plain_figures_of(sentence, 2021) == {
        ("victims_identified", 3, 2020),
        ("victims_identified", 77, 2020),
    }


# --- a total re-told after a part of it --------------------------------------------------


def test_a_total_after_a_part_of_it_is_no_new_figure() -> None:
    sentence = (
        "NGOs identified the majority of victims; the government identified only 21 of the 64 "
        "official and potential victims (30 in 2019), including four identified by police."
    )
    assert plain_figures_of(sentence, 2021) == set()
    referred = "the government referred 12 of the 40 victims"
    assert restated_after_part(referred, referred.index("40"))
    convicted = "authorities convicted five out of the nine defendants"
    assert restated_after_part(convicted, convicted.index("nine"))


def test_an_opening_of_the_total_is_still_read() -> None:
    # "Of the 131 ... victims the government identified": no part before it
    sentence = (
        "Of the 52 confirmed and potential victims the government identified in 2020, 40 were "
        "exploited in sex trafficking."
    )
    assert ("victims_identified", 52, 2020) in plain_figures_of(sentence, 2021)
    assert not restated_after_part("Of the 52 victims", len("Of the "))
    identified = "The government identified 52 victims"
    assert not restated_after_part(identified, identified.index("52"))


# --- victims at home and abroad ----------------------------------------------------------


def test_victims_in_the_country_and_abroad_are_all_of_them() -> None:
    sentence = (
        "The government identified 38 trafficking victims in Sierra Leone and abroad, compared "
        "to 29 victims identified in the previous reporting period."
    )
    assert plain_figures_of(sentence, 2019) == {
        ("victims_identified", 38, 2018),
        ("victims_identified", 29, 2017),
    }


def test_victims_in_one_place_stay_that_places() -> None:
    assert plain_figures_of("The government identified 12 victims in Freetown.", 2019) == set()
