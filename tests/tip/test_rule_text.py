"""The rule messages worded in English and Spanish from their codes and parameters."""

from __future__ import annotations

from django.utils import translation

from tipwatch.tip.rule_text import message_text
from tipwatch.tip.rules import FlagCode, MessageCode, Tier, flags_for, next_report_constraint

WL, T3 = Tier.WATCH_LIST, Tier.TIER_3


def test_a_waiver_year_in_both_languages() -> None:
    flag = next(
        f for f in flags_for({2012: WL, 2013: WL, 2014: WL}) if f.code == FlagCode.WAIVER_USED
    )

    with translation.override("en-gb"):
        assert flag.render("Peru") == (
            "In 2014, Peru stayed on the Watch List for a third consecutive year, which required "
            "a waiver under 22 U.S.C. 7107(b)(2)(D)(ii): its first in this run. The waiver is "
            "inferred from the rankings."
        )
    with translation.override("es"):
        assert flag.render("Perú") == (
            "En 2014, Perú siguió en la Lista de Vigilancia por tercer año consecutivo gracias a "
            "una dispensa según 22 U.S.C. 7107(b)(2)(D)(ii): la primera de esta racha. La "
            "dispensa se deduce de las clasificaciones."
        )


def test_a_run_crossing_2009_states_the_real_run_and_the_rules_count() -> None:
    history = {2007: WL, 2008: WL, 2009: WL, 2010: WL, 2011: T3}
    flag = next(f for f in flags_for(history) if f.code == FlagCode.DOWNGRADE_WITHOUT_WAIVER)

    with translation.override("en-gb"):
        assert (
            "after 4 consecutive Watch List years (2007 to 2010), of which the rule counts 2"
            in (flag.render("Chad"))
        )
    with translation.override("es"):
        assert (
            "tras 4 años consecutivos en la Lista de Vigilancia (2007 a 2010), de los que la "
            "regla cuenta 2 (desde el informe de 2009)" in flag.render("Chad")
        )


def test_without_a_name_the_message_says_the_country() -> None:
    constraint = next_report_constraint({2014: WL, 2016: WL}, 2017, unknown_years=[2015])

    with translation.override("en-gb"):
        assert "Whether the country was on the Watch List in 2015" in constraint.explanation
    with translation.override("es"):
        assert "Que el país estuviera o no en la Lista de Vigilancia en 2015" in (
            constraint.explanation
        )


def test_names_are_put_in_as_they_are() -> None:
    text = message_text(
        MessageCode.CONSECUTIVE_YEAR,
        {"year": 2015, "count": 2, "raw_count": 2, "at_least_missing": None},
        "Côte d'Ivoire %(x)s {y}",
    )
    assert "Côte d'Ivoire %(x)s {y} was on the Watch List for the second consecutive year" in text


def test_every_code_is_worded_in_both_languages() -> None:
    history = dict.fromkeys(range(2005, 2013), WL) | {2013: T3, 2014: WL, 2015: WL, 2016: WL}
    histories = [history, {2017: WL, 2018: WL, 2019: WL, 2020: WL}, {2019: T3, 2020: WL}]
    seen = set()
    for each in histories:
        for flag in flags_for(each, unknown_years=[2004]):
            seen.add(flag.message_code)
            for lang in ("en-gb", "es"):
                with translation.override(lang):
                    text = flag.render("X")
                assert "%(" not in text
                assert "X" in text
    for year in (2003, 2008, 2011, 2012):
        seen.add(next_report_constraint({2010: WL, 2011: WL}, year).message_code)
    assert len(seen) >= 10
