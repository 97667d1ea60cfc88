"""The report year a claim is about, when the press tells it by time words rather than by a
year: a run on a tier that ended with a move ("having spent the maximum two years on the
Watch List", "which had been on the Watch List for three years"), earlier reports named by
their place ("en el informe anterior"), and moves told with two countries or with "once
again".

Pure Python; every sentence here is invented in the press's style, each reading with
sentences it must leave alone. The report the text is about is 2018 throughout; a claim's
year is the one it names, else 2018 less the reports it counts back."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import gazetteer_of
from tipwatch.briefings.claims import Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "MYS": ["Malaysia", "Malasia"],
    "THA": ["Thailand", "Tailandia"],
    "PER": ["Peru", "Perú"],
    "CHL": ["Chile"],
}
YEAR = 2018


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def said(text: str, names: Gazetteer, lang: str = "en") -> set[tuple[Any, ...]]:
    """(kind, countries, tier, years of a run, negated, unchanged, report year) of each claim."""
    return {
        (
            str(c.kind),
            c.countries,
            c.tier,
            c.years,
            c.negated,
            c.unchanged,
            c.year if c.year is not None else YEAR - c.years_before,
        )
        for c in read_text(text, names, lang, default_year=YEAR).claims
    }


def streak(country: str, tier: str, years: int, year: int) -> tuple[Any, ...]:
    return ("streak", (country,), tier, years, False, False, year)


def tier(country: str, tier: str, year: int, *, negated: bool = False) -> tuple[Any, ...]:
    return ("tier", (country,), tier, None, negated, False, year)


# --- a run on a tier that a move ended: the report before the move ---------------------------


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "Thailand was downgraded to Tier 3 this year, having spent the maximum two years "
            "on the Watch List.",
            streak("THA", "2WL", 2, 2017),
        ),
        (
            "Thailand was downgraded to Tier 3, having been on the Watch List for two "
            "consecutive years.",
            streak("THA", "2WL", 2, 2017),
        ),
        (
            "Thailand was downgraded to Tier 3 after spending the maximum two years on the "
            "Watch List.",
            streak("THA", "2WL", 2, 2017),
        ),
        (
            "Malaysia, which had been on the Watch List for three years, was upgraded to Tier 2.",
            streak("MYS", "2WL", 3, 2017),
        ),
        (
            "Malaysia had been on the Watch List for three years before it was upgraded to Tier 2.",
            streak("MYS", "2WL", 3, 2017),
        ),
        ("Malaysia had been on the Watch List for three years.", streak("MYS", "2WL", 3, 2017)),
    ],
)
def test_a_run_a_move_ended_is_dated_to_the_report_before(
    text: str, run: tuple[Any, ...], names: Gazetteer
) -> None:
    found = said(text, names)
    assert run in found, found
    # and the run is not also read as a plain claim of the tier in this report
    assert not any(c[0] == "tier" and c[6] == YEAR for c in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run on the tier it moved to, or one still going, is this report's
        (
            "Thailand was downgraded to Tier 3, where it has been for two consecutive years.",
            streak("THA", "3", 2, 2018),
        ),
        ("Malaysia has been on the Watch List for three years.", streak("MYS", "2WL", 3, 2018)),
        # years counted together are no run
        ("Malaysia had been on Tier 2 for 13 years in all.", tier("MYS", "2", 2017)),
    ],
)
def test_runs_that_stay_as_they_were(
    text: str, expected: tuple[Any, ...], names: Gazetteer
) -> None:
    found = said(text, names)
    assert expected in found, found
    assert not any(c[0] == "streak" and c != expected for c in found), found


# --- a run before a move the sentence dates: the report before that move --------------------


@pytest.mark.parametrize(
    ("text", "run", "move_year"),
    [
        (
            "The 2015 report downgraded Thailand to Tier 3, having spent two years on the "
            "Watch List.",
            streak("THA", "2WL", 2, 2014),
            2015,
        ),
        (
            "Thailand was downgraded to Tier 3 in 2015 after two years on the Watch List.",
            streak("THA", "2WL", 2, 2014),
            2015,
        ),
        (
            "Malaysia spent three years on the Watch List before being upgraded to Tier 2 in 2015.",
            streak("MYS", "2WL", 3, 2014),
            2015,
        ),
        (
            "Thailand was downgraded in 2015 to Tier 3 from the Watch List, where it had been "
            "for two consecutive years.",
            streak("THA", "2WL", 2, 2014),
            2015,
        ),
    ],
)
def test_a_run_before_a_dated_move_is_dated_by_the_move(
    text: str, run: tuple[Any, ...], move_year: int, names: Gazetteer
) -> None:
    found = said(text, names)
    assert run in found, found
    assert any(c[0] == "change" and c[6] == move_year for c in found), found


def test_only_a_move_away_from_the_run_s_tier_dates_it(names: Gazetteer) -> None:
    # the rise to the Watch List began the run; the fall to Tier 3 in 2018 ended it
    found = said(
        "Thailand rose to the Watch List in 2016 and fell to Tier 3 in 2018, after two years "
        "on the Watch List.",
        names,
    )
    assert streak("THA", "2WL", 2, 2017) in found, found


def test_moves_away_in_several_years_leave_the_run_as_read(names: Gazetteer) -> None:
    text = (
        "Thailand fell to Tier 3 in 2014 and rose to Tier 2 in 2016, after two years on the "
        "Watch List."
    )
    found = said(text, names)
    assert not any(c[0] == "streak" and c[6] in (2013, 2015) for c in found), found


# --- the same in Spanish ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "Tras tres años en la Lista de Vigilancia, Malasia fue ascendida al Nivel 2.",
            streak("MYS", "2WL", 3, 2017),
        ),
        (
            "Malasia fue ascendida al Nivel 2 tras tres años en la Lista de Vigilancia.",
            streak("MYS", "2WL", 3, 2017),
        ),
        (
            "Malasia, que había estado tres años en la Lista de Vigilancia, fue ascendida al "
            "Nivel 2.",
            streak("MYS", "2WL", 3, 2017),
        ),
        (
            "Malasia pasó tres años consecutivos en la Lista de Vigilancia antes de ser "
            "ascendida al Nivel 2.",
            streak("MYS", "2WL", 3, 2017),
        ),
        (
            "Malasia estuvo tres años consecutivos en la Lista de Vigilancia antes de que la "
            "ascendieran al Nivel 2.",
            streak("MYS", "2WL", 3, 2017),
        ),
        (
            "Malasia estuvo tres años en el Nivel 3 antes de subir a la Lista de Vigilancia.",
            streak("MYS", "3", 3, 2017),
        ),
        # a stay up to now is this report's
        ("Malasia ha estado tres años en la Lista de Vigilancia.", streak("MYS", "2WL", 3, 2018)),
        ("Malasia ha permanecido tres años en el Nivel 2.", streak("MYS", "2", 3, 2018)),
    ],
)
def test_spanish_runs_before_a_move(text: str, run: tuple[Any, ...], names: Gazetteer) -> None:
    found = said(text, names, "es")
    assert run in found, found
    assert not any(c[0] == "tier" and c[2] == run[2] for c in found), found


def test_years_of_effort_are_no_run(names: Gazetteer) -> None:
    found = said("Tras tres años de esfuerzos, Malasia fue ascendida al Nivel 2.", names, "es")
    assert not any(c[0] == "streak" for c in found), found


def test_a_tier_before_a_dated_move_is_dated_by_the_move(names: Gazetteer) -> None:
    found = said(
        "Malasia estuvo en la lista de observación de Estados Unidos, pero en 2015 cayó al "
        "Nivel 3.",
        names,
        "es",
    )
    assert tier("MYS", "2WL", 2014) in found, found


# --- on a tier "again": a plain placing, not a stay --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peru is once again a Tier 2 country.", "en"),
        ("Peru is once again on Tier 2.", "en"),
        ("Peru is again a Tier 2 country.", "en"),
        ("Perú es nuevamente un país de Nivel 2.", "es"),
        ("Perú está de nuevo en el Nivel 2.", "es"),
    ],
)
def test_being_on_a_tier_again_may_be_a_return(text: str, lang: str, names: Gazetteer) -> None:
    assert said(text, names, lang) == {tier("PER", "2", 2018)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a report that places or keeps the country again: a stay, as before
        ("Peru was once again placed on Tier 2.", "en"),
        ("Peru remains on Tier 2 once again.", "en"),
        ("Peru is still a Tier 2 country.", "en"),
        ("Perú fue nuevamente ubicado en el Nivel 2.", "es"),
        ("Perú sigue en el Nivel 2.", "es"),
    ],
)
def test_placed_or_kept_again_is_a_stay(text: str, lang: str, names: Gazetteer) -> None:
    assert said(text, names, lang) == {("tier", ("PER",), "2", None, False, True, 2018)}


# --- "replaced on Tier 1 by": the newcomer on the tier, the move the replaced country's -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile, replaced on Tier 1 by Peru, fell to Tier 2.", "en"),
        ("Chile, which was replaced on Tier 1 by Peru, was downgraded to Tier 2.", "en"),
        ("Chile, reemplazado en el Nivel 1 por Perú, bajó al Nivel 2.", "es"),
    ],
)
def test_the_country_replaced_is_the_one_that_moved(text: str, lang: str, names: Gazetteer) -> None:
    found = said(text, names, lang)
    assert tier("PER", "1", 2018) in found, found
    assert any(c[0] == "change" and c[1] == ("CHL",) and c[2] == "2" for c in found), found
    assert not any(c[0] == "change" and c[1] == ("PER",) for c in found), found


def test_a_replaced_country_that_did_not_move_gives_the_newcomer_only(names: Gazetteer) -> None:
    found = said("Chile, replaced on Tier 1 by Peru, signed a new law.", names)
    assert found == {tier("PER", "1", 2018)}


# --- "in 2015 and again in 2016": each year; an earlier report named by its place -----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2015 and again in 2016, Malaysia was on Tier 3.", "en"),
        ("Malaysia was on Tier 3 in 2015 and again in 2016.", "en"),
        ("En 2015 y de nuevo en 2016, Malasia estuvo en el Nivel 3.", "es"),
        ("Malasia estuvo en el Nivel 3 en 2015 y nuevamente en 2016.", "es"),
    ],
)
def test_a_year_and_another_again_are_each_a_claim(text: str, lang: str, names: Gazetteer) -> None:
    assert said(text, names, lang) == {tier("MYS", "3", 2015), tier("MYS", "3", 2016)}


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("En el informe anterior, Malasia estaba en el Nivel 3.", "es", 2017),
        ("Según el informe anterior, Malasia estaba en el Nivel 3.", "es", 2017),
        ("En el informe del año pasado, Malasia estaba en el Nivel 3.", "es", 2017),
        ("In the report of last year, Malaysia was on Tier 3.", "en", 2017),
        # the report the text is about
        ("En el informe de este año, Malasia está en el Nivel 3.", "es", 2018),
        ("En el informe, Malasia está en el Nivel 3.", "es", 2018),
        ("In the report, Malaysia is on Tier 3.", "en", 2018),
    ],
)
def test_an_opening_that_names_the_report_before(
    text: str, lang: str, year: int, names: Gazetteer
) -> None:
    assert said(text, names, lang) == {tier("MYS", "3", year)}


# --- a move that was spared: not on the tier, in the report the time words name -------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Malaysia was spared a downgrade to Tier 3 last year.", 2017),
        ("Malaysia was spared a downgrade to Tier 3.", 2018),
        ("Malaysia narrowly avoided a downgrade to Tier 3 in 2016.", 2016),
        ("Malaysia avoided a downgrade to Tier 3 in the previous report.", 2017),
    ],
)
def test_a_spared_move_is_no_move(text: str, year: int, names: Gazetteer) -> None:
    assert said(text, names) == {tier("MYS", "3", year, negated=True)}


# --- negated perfects: not on the tier now, or in the report before --------------------------


@pytest.mark.parametrize(
    ("text", "tier_named", "year"),
    [
        ("Malaysia has not been on Tier 3.", "3", 2018),
        ("Malaysia has not been ranked Tier 3.", "3", 2018),
        ("Malaysia has not been on Tier 3 since 2012.", "3", 2018),
        ("Malaysia had not been on Tier 3.", "3", 2017),
        ("Malaysia had never been on Tier 3.", "3", 2017),
        ("Malaysia hadn't been on Tier 3.", "3", 2017),
        ("A year earlier, Malaysia had not been on the Watch List.", "2WL", 2017),
    ],
)
def test_a_negated_perfect_is_a_negated_claim(
    text: str, tier_named: str, year: int, names: Gazetteer
) -> None:
    assert said(text, names) == {tier("MYS", tier_named, year, negated=True)}


def test_a_negated_perfect_with_a_duration_is_no_run(names: Gazetteer) -> None:
    found = said("Malaysia has not been on the Watch List for two years.", names)
    assert found == {tier("MYS", "2WL", 2018, negated=True)}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Malasia no figuraba en el Nivel 3.", 2018),
        ("Malasia no aparecía en la lista negra.", 2018),
        ("Malasia no figuraba en la lista negra en 2015.", 2015),
        ("Malasia no había figurado en el Nivel 3.", 2017),
        ("En el informe anterior, Malasia no figuraba en el Nivel 3.", 2017),
    ],
)
def test_spanish_negated_past_placings(text: str, year: int, names: Gazetteer) -> None:
    assert said(text, names, "es") == {tier("MYS", "3", year, negated=True)}


# --- "a year later" after a sentence that named the year --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2013, Malaysia was upgraded to Tier 2. A year later, Malaysia fell to the Watch List.",
         "en"),
        ("In 2013, Malaysia was upgraded to Tier 2. The following year, Malaysia was downgraded "
         "to the Watch List.", "en"),
        ("In 2013, Malaysia was upgraded to Tier 2. Malaysia fell to the Watch List a year later.",
         "en"),
        ("En 2013, Malasia subió al Nivel 2. Al año siguiente, Malasia bajó a la Lista de "
         "Vigilancia.", "es"),
    ],
)  # fmt: skip
def test_a_year_later_counts_from_the_year_named_before(
    text: str, lang: str, names: Gazetteer
) -> None:
    moves = {c for c in said(text, names, lang) if c[0] == "change" and c[2] == "2WL"}
    assert {c[6] for c in moves} == {2014}, moves


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Malaysia was upgraded to Tier 2. A year later, Malaysia fell to the Watch List.", "en"),
        ("Malasia subió al Nivel 2. Al año siguiente, Malasia bajó a la Lista de Vigilancia.",
         "es"),
    ],
)  # fmt: skip
def test_a_year_later_with_no_year_before_gives_no_claim(
    text: str, lang: str, names: Gazetteer
) -> None:
    # (the report after one the text does not date: not the one the text is about)
    found = said(text, names, lang)
    assert not any(c[2] == "2WL" for c in found), found


# --- on a tier "until" a year "when" the country moved -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "stay_year", "move_year"),
    [
        ("Malaysia was on Tier 1 until 2012, when it was downgraded to Tier 2.", "en", 2011, 2012),
        ("Malaysia stayed on Tier 1 until 2012, when it fell to Tier 2.", "en", 2011, 2012),
        ("Malaysia remained on Tier 1 until last year, when it was downgraded to Tier 2.", "en",
         2016, 2017),
        ("Malasia estuvo en el Nivel 1 hasta 2012, cuando bajó al Nivel 2.", "es", 2011, 2012),
        ("Malasia se mantuvo en el Nivel 1 hasta el año pasado, cuando pasó al Nivel 2.", "es",
         2016, 2017),
    ],
)  # fmt: skip
def test_a_stay_until_a_move(
    text: str, lang: str, stay_year: int, move_year: int, names: Gazetteer
) -> None:
    found = said(text, names, lang)
    assert tier("MYS", "1", stay_year) in found, found
    moves = {c for c in found if c[0] == "change"}
    assert {(c[2], c[6]) for c in moves} == {("2", move_year)}, found
    assert len(found) == 2, found


@pytest.mark.parametrize(
    "text",
    [
        # "until" alone may or may not take in 2012; a "when" with no move does not say
        "Malaysia was on Tier 1 until 2012.",
        "Malaysia was on Tier 1 until 2012, when it signed a treaty.",
    ],
)
def test_until_with_no_move_is_not_read(text: str, names: Gazetteer) -> None:
    assert said(text, names) == set()


# --- the year a report came out is its year -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("The report, released in June 2014, placed Malaysia on Tier 3.", "en", 2014),
        ("The report, which was released in June 2014, placed Malaysia on Tier 3.", "en", 2014),
        ("El informe, publicado en junio de 2014, colocó a Malasia en el Nivel 3.", "es", 2014),
        ("In the first report, published in 2001, Malaysia was on Tier 3.", "en", 2001),
        ("The first report, published in 2001, put Malaysia on Tier 3.", "en", 2001),
        ("En la primera edición del informe, publicada en 2001, Malasia figuraba como país de "
         "Nivel 3.", "es", 2001),
    ],
)  # fmt: skip
def test_the_year_a_report_came_out(text: str, lang: str, year: int, names: Gazetteer) -> None:
    assert said(text, names, lang) == {tier("MYS", "3", year)}


def test_a_first_edition_in_an_aside_does_not_date_the_sentence(names: Gazetteer) -> None:
    # (history told in passing: the claim is about the report the text is about)
    found = said(
        "Malaysia, which has been assessed since the first report, published in 2001, is on "
        "Tier 3.",
        names,
    )
    assert not any(c[6] == 2001 for c in found), found


def test_a_year_later_in_spanish(names: Gazetteer) -> None:
    found = said(
        "En 2001, Malasia figuraba como país de Nivel 3, pero un año más tarde Malasia subió al "
        "Nivel 1.",
        names,
        "es",
    )
    assert tier("MYS", "3", 2001) in found, found
    assert any(c[0] == "change" and c[2] == "1" and c[6] == 2002 for c in found), found


# --- "between 2010 and 2013": each year; a stay in the present after a dated move -------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Between 2010 and 2013 Malaysia sat on the Watch List.", "en"),
        ("Between 2010 and 2013, Malaysia was on the Watch List.", "en"),
        ("Entre 2010 y 2013 Malasia estuvo en la Lista de Vigilancia.", "es"),
    ],
)
def test_between_two_years_is_each_year(text: str, lang: str, names: Gazetteer) -> None:
    assert said(text, names, lang) == {tier("MYS", "2WL", y) for y in range(2010, 2014)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Malaysia was downgraded to Tier 3 in last year's report and remains there.", "en"),
        ("Malaysia was downgraded to Tier 3 last year and remains on Tier 3.", "en"),
        ("Malasia fue degradada al Nivel 3 el año pasado y sigue allí.", "es"),
    ],
)
def test_a_present_stay_after_a_move_last_year_is_this_report_s(
    text: str, lang: str, names: Gazetteer
) -> None:
    found = said(text, names, lang)
    assert any(c[0] == "change" and c[2] == "3" and c[6] == 2017 for c in found), found
    assert ("tier", ("MYS",), "3", None, False, True, 2018) in found, found
    assert not any(c[0] == "tier" and c[6] == 2017 for c in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Malaysia was on the Watch List for three consecutive years before being downgraded.",
         "en"),
        ("Tras permanecer tres años en la Lista de Vigilancia, Malasia fue degradada al Nivel 3.",
         "es"),
        ("Malasia fue degradada al Nivel 3 tras permanecer tres años en la Lista de Vigilancia.",
         "es"),
    ],
)  # fmt: skip
def test_a_run_before_a_move_that_may_name_no_tier(text: str, lang: str, names: Gazetteer) -> None:
    assert streak("MYS", "2WL", 3, 2017) in said(text, names, lang)


def test_a_run_beside_another_country_s_move_is_this_report_s(names: Gazetteer) -> None:
    found = said(
        "Malaysia has been on the Watch List for three consecutive years, and Thailand was "
        "downgraded.",
        names,
    )
    assert streak("MYS", "2WL", 3, 2018) in found, found


# --- a sentence set in the present is not dated by a year an earlier one named ----------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2014, Malaysia was on Tier 3. Malaysia is now on Tier 2.", "en"),
        ("In 2014, Malaysia was on Tier 3. This year, Malaysia is on Tier 2.", "en"),
        ("In 2014, Malaysia was on Tier 3. Malaysia is on Tier 2 in the latest report.", "en"),
        ("En 2014, Malasia estaba en el Nivel 3. Este año Malasia está en el Nivel 2.", "es"),
        ("En 2014, Malasia estaba en el Nivel 3. Actualmente Malasia está en el Nivel 2.", "es"),
    ],
)
def test_the_present_is_the_text_s_report(text: str, lang: str, names: Gazetteer) -> None:
    found = said(text, names, lang)
    assert tier("MYS", "3", 2014) in found, found
    assert tier("MYS", "2", 2018) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # past tense, or a year of its own: still the year named before
        "In 2014, Malaysia was on Tier 3. Thailand was also on Tier 3 that year.",
        "In 2014, Malaysia was on Tier 3. Thailand was downgraded to Tier 3 as well.",
    ],
)
def test_a_sentence_not_in_the_present_keeps_the_year_before(text: str, names: Gazetteer) -> None:
    found = said(text, names)
    assert any(c[1] == ("THA",) and c[6] == 2014 for c in found), found


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("Malasia pasó tres años consecutivos en la Lista de Vigilancia antes de ser ascendida "
         "al Nivel 2 en 2015.", streak("MYS", "2WL", 3, 2014)),
        ("Malasia estuvo tres años en el Nivel 3 antes de subir a la Lista de Vigilancia en el "
         "año 2016.", streak("MYS", "3", 3, 2015)),
    ],
)  # fmt: skip
def test_spanish_run_before_a_dated_move(text: str, run: tuple[Any, ...], names: Gazetteer) -> None:
    assert run in said(text, names, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia's 2012 Tier 3 ranking was criticised.",
        "Malaysia rejected its 2012 Tier 3 ranking.",
    ],
)
def test_a_year_named_with_the_tier_dates_it(text: str, names: Gazetteer) -> None:
    assert said(text, names) == {tier("MYS", "3", 2012)}
