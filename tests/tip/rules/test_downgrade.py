"""The Watch List automatic-downgrade rule: regimes, streaks, constraints and per-year flags.

Country histories are taken from docs/tvpa-rules.md. Where the spec leaves a year
open, the fixture says which value we assumed.
"""

from __future__ import annotations

from collections.abc import Collection

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipwatch.tip.rules import (
    F_SCOPE_FROM,
    FIRST_COUNTED_YEAR,
    FIRST_ENFORCEABLE_YEAR,
    MAX_WAIVERS,
    PROVISION_DOWNGRADE,
    PROVISION_RETURN,
    PROVISION_WAIVER,
    FlagCode,
    MessageCode,
    Regime,
    RuleFlag,
    Tier,
    consecutive_code,
    flags_for,
    next_report_constraint,
    raw_watch_list_streak,
    regime_for,
    rule_f_applies,
    waivers_used,
    watch_list_streak,
)

SETTINGS = settings(database=None, deadline=None, max_examples=300)

T1, T2, WL, T3, SC = (
    Tier.TIER_1,
    Tier.TIER_2,
    Tier.WATCH_LIST,
    Tier.TIER_3,
    Tier.SPECIAL_CASE,
)
YEARS = range(2001, 2026)

EVENT_CODES = {
    FlagCode.WAIVER_USED,
    FlagCode.WATCH_LIST_NOT_PERMITTED,
    FlagCode.AUTOMATIC_DOWNGRADE,
    FlagCode.DOWNGRADE_WITHOUT_WAIVER,
}
FORWARD_CODES = {FlagCode.WOULD_BE_DOWNGRADED, FlagCode.NO_WAIVER_LEFT, FlagCode.RULE_F_APPLIES}
WAIVER_STILL_POSSIBLE = {
    FlagCode.WAIVER_USED,
    FlagCode.WOULD_BE_DOWNGRADED,
    FlagCode.DOWNGRADE_WITHOUT_WAIVER,
}


def span(first: int, last: int, tier: Tier) -> dict[int, Tier]:
    return dict.fromkeys(range(first, last + 1), tier)


HAITI = span(2006, 2011, SC) | span(2012, 2015, WL)
CHINA = span(2005, 2012, WL) | {2013: T3}
RUSSIA = span(2004, 2012, WL) | {2013: T3}
BOLIVIA = span(2014, 2017, WL)
# 2017 assumed Tier 3: the spec only says Tier 3 again in 2016, then Watch List 2018-2020.
UZBEKISTAN = span(2009, 2012, WL) | span(2013, 2014, T3) | {2015: WL}
UZBEKISTAN |= span(2016, 2017, T3) | span(2018, 2020, WL)
# 2017 assumed Tier 2: the spec says the first return was 2015-16 and the next run 2018-2020.
MALAYSIA = {2009: T3} | span(2010, 2013, WL) | {2014: T3} | span(2015, 2016, WL) | {2017: T2}
MALAYSIA |= span(2018, 2020, WL) | span(2021, 2022, T3) | {2023: WL, 2024: T2}


def codes(flags: list[RuleFlag], year: int) -> list[str]:
    return [f.code for f in flags if f.report_year == year]


def only(flags: list[RuleFlag], code: str) -> list[RuleFlag]:
    return [f for f in flags if f.code == code]


# --- regimes and constants -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "regime"),
    [
        (2001, Regime.V0),
        (2003, Regime.V0),
        (2004, Regime.V1),
        (2010, Regime.V1),
        (2011, Regime.V2),
        (2018, Regime.V2),
        (2019, Regime.V3),
        (2025, Regime.V3),
        (2040, Regime.V3),
    ],
)
def test_regime_for(year: int, regime: Regime) -> None:
    assert regime_for(year) is regime


def test_no_report_before_2001() -> None:
    with pytest.raises(ValueError, match="2000"):
        regime_for(2000)


def test_constants() -> None:
    assert FIRST_COUNTED_YEAR == 2009
    assert FIRST_ENFORCEABLE_YEAR == 2011
    assert F_SCOPE_FROM == 2019
    assert dict(MAX_WAIVERS) == {Regime.V2: 2, Regime.V3: 1}
    assert Regime.V2.max_waivers == 2
    assert Regime.V1.max_waivers is None
    assert not Regime.V0.has_watch_list
    assert Regime.V3.has_rule_f
    assert not Regime.V2.has_rule_f


# --- streaks and waivers ---------------------------------------------------------------------


def test_china_streak_counts_only_from_2009() -> None:
    assert watch_list_streak(CHINA, 2013) == 4
    assert raw_watch_list_streak(CHINA, 2013) == 8
    assert watch_list_streak(CHINA, 2011) == 2
    assert watch_list_streak(CHINA, 2009) == 0
    assert raw_watch_list_streak(CHINA, 2009) == 4
    assert watch_list_streak(CHINA, 2014) == 0


def test_special_case_breaks_a_run() -> None:
    assert watch_list_streak({2012: WL, 2013: SC, 2014: WL, 2015: WL}, 2016) == 2
    assert watch_list_streak({2012: WL, 2013: WL, 2015: WL}, 2016) == 1


def test_implied_waivers() -> None:
    assert waivers_used(HAITI, 2014) == 0
    assert waivers_used(HAITI, 2015) == 1
    assert waivers_used(HAITI, 2016) == 2


def test_recorded_waivers_cannot_lower_the_implied_count() -> None:
    """Our waiver list may be incomplete: Haiti stayed in 2014, so a waiver was used."""
    assert waivers_used(HAITI, 2016, waivers={2015}) == 2
    assert waivers_used(HAITI, 2016, waivers=set()) == 2


def test_recorded_waivers_outside_the_run_are_ignored() -> None:
    history = span(2011, 2012, WL) | {2013: T2} | span(2016, 2018, WL)
    assert waivers_used(history, 2019, waivers={2013, 2018}) == 1
    assert waivers_used(history, 2019, waivers={2012, 2018}) == 1


def test_recorded_waiver_inside_the_run_counts() -> None:
    """A recorded waiver early in a run (e.g. a contingent one) is counted as used."""
    assert waivers_used(span(2017, 2018, WL), 2019, waivers={2018}) == 1


# --- constraints -----------------------------------------------------------------------------


def test_before_the_watch_list_existed() -> None:
    constraint = next_report_constraint({}, 2003)
    assert constraint.regime is Regime.V0
    assert not constraint.watch_list_allowed
    assert constraint.provision is None
    assert "2004" in constraint.explanation


def test_no_limit_before_2011() -> None:
    constraint = next_report_constraint(CHINA, 2010)
    assert constraint.watch_list_allowed
    assert not constraint.waiver_possible
    assert constraint.provision is None


def test_first_enforceable_year_is_2011() -> None:
    constraint = next_report_constraint(CHINA, 2011)
    assert not constraint.watch_list_allowed
    assert constraint.waiver_possible
    assert constraint.provision == PROVISION_DOWNGRADE
    assert constraint.streak == 2
    assert "of which the rule counts 2 (from the 2009 report)" in constraint.explanation


def test_china_2013_must_be_downgraded() -> None:
    constraint = next_report_constraint(CHINA, 2013)
    assert not constraint.watch_list_allowed
    assert not constraint.waiver_possible
    assert constraint.provision == PROVISION_DOWNGRADE
    assert constraint.waivers_used == 2
    assert "Tier 3" in constraint.render("China")
    assert "China" in constraint.render("China")


def test_one_year_on_the_watch_list_is_unconstrained() -> None:
    constraint = next_report_constraint({2014: WL}, 2015)
    assert constraint.watch_list_allowed
    assert constraint.provision is None
    assert not constraint.waiver_possible


def test_2019_transition_counts_a_2018_waiver() -> None:
    """A2: on the Watch List 2016-2018, waived in 2018: no waiver left in 2019."""
    history = span(2016, 2018, WL)
    for waivers in (None, {2018}):
        constraint = next_report_constraint(history, 2019, waivers)
        assert constraint.regime is Regime.V3
        assert not constraint.watch_list_allowed
        assert not constraint.waiver_possible
        assert constraint.provision == PROVISION_DOWNGRADE
    # The same run one year earlier, under V2, could still have had a second waiver.
    assert next_report_constraint(span(2015, 2017, WL), 2018).waiver_possible


def test_2019_transition_two_free_years_still_get_one_waiver() -> None:
    constraint = next_report_constraint(span(2017, 2018, WL), 2019)
    assert not constraint.watch_list_allowed
    assert constraint.waiver_possible


def test_constraint_reads_only_earlier_years() -> None:
    assert next_report_constraint(HAITI, 2014) == next_report_constraint(HAITI | {2014: T1}, 2014)
    assert next_report_constraint(HAITI, 2014) == next_report_constraint(
        HAITI | {2014: T3, 2015: T2}, 2014
    )


# --- rule (F) -------------------------------------------------------------------------------


def test_malaysia_rule_f_after_the_2021_downgrade() -> None:
    assert rule_f_applies(MALAYSIA, 2024)
    constraint = next_report_constraint(MALAYSIA, 2024)
    assert not constraint.watch_list_allowed
    assert not constraint.waiver_possible
    assert constraint.provision == PROVISION_RETURN
    assert "2021" in constraint.explanation
    assert "2023" in constraint.explanation


def test_rule_f_does_not_reach_downgrades_before_2019_by_default() -> None:
    """A3: Malaysia (2014) and Uzbekistan (2013) returned without (F) applying."""
    for history in (MALAYSIA, UZBEKISTAN):
        for year in range(2011, 2026):
            if year != 2024 or history is not MALAYSIA:
                assert not rule_f_applies(history, year), year


def test_rule_f_scope_is_a_parameter() -> None:
    history = span(2015, 2016, WL) | {2017: T3, 2018: WL}
    assert not rule_f_applies(history, 2019)
    assert next_report_constraint(history, 2019).watch_list_allowed
    assert rule_f_applies(history, 2019, f_scope_from=2017)
    constraint = next_report_constraint(history, 2019, f_scope_from=2017)
    assert constraint.provision == PROVISION_RETURN
    assert not constraint.watch_list_allowed


def test_rule_f_applies_only_to_reports_from_2019() -> None:
    history = span(2013, 2014, WL) | {2015: T3, 2016: WL}
    assert not rule_f_applies(history, 2017, f_scope_from=2009)


def test_rule_f_needs_a_direct_return_from_tier_3() -> None:
    via_tier_2 = span(2019, 2020, WL) | {2021: T3, 2022: T2, 2023: WL}
    assert not rule_f_applies(via_tier_2, 2024)
    assert next_report_constraint(via_tier_2, 2024).watch_list_allowed


def test_rule_f_needs_two_watch_list_years_before_the_downgrade() -> None:
    history = {2020: WL, 2021: T3, 2022: WL}
    assert not rule_f_applies(history, 2023)
    history = {2019: WL, 2020: WL, 2021: T3, 2022: WL}
    assert rule_f_applies(history, 2023)


def test_rule_f_looks_at_the_start_of_a_long_tier_3_block() -> None:
    history = span(2018, 2019, WL) | span(2020, 2023, T3) | {2024: WL}
    assert rule_f_applies(history, 2025)
    assert not rule_f_applies(history, 2025, f_scope_from=2021)


# --- flags: the spec's cases -----------------------------------------------------------------


def test_haiti_2012_to_2015() -> None:
    flags = flags_for(HAITI)
    assert codes(flags, 2012) == []
    assert codes(flags, 2013) == [consecutive_code(2), FlagCode.WOULD_BE_DOWNGRADED]
    assert codes(flags, 2014) == [
        consecutive_code(3),
        FlagCode.WAIVER_USED,
        FlagCode.WOULD_BE_DOWNGRADED,
    ]
    assert codes(flags, 2015) == [
        "fourth_consecutive_watch_list_year",
        FlagCode.WAIVER_USED,
        FlagCode.NO_WAIVER_LEFT,
    ]
    waivers = only(flags, FlagCode.WAIVER_USED)
    assert [(f.report_year, f.count, f.implied) for f in waivers] == [
        (2014, 1, True),
        (2015, 2, True),
    ]
    text = waivers[1].render("Haiti")
    assert text.startswith("In 2015, Haiti stayed on the Watch List for a fourth consecutive year")
    assert "22 U.S.C. 7107(b)(2)(D)(ii)" in text
    assert "second" in text
    assert "{country}" not in text
    assert waivers[1].provision == PROVISION_WAIVER


def test_haiti_recorded_waivers_are_not_implied() -> None:
    flags = flags_for(HAITI, waivers={2014, 2015})
    waivers = only(flags, FlagCode.WAIVER_USED)
    assert [(f.report_year, f.implied) for f in waivers] == [(2014, False), (2015, False)]
    assert "inferred" not in waivers[0].message
    assert [f.code for f in flags] == [f.code for f in flags_for(HAITI)]


def test_haiti_special_case_years_produce_nothing() -> None:
    assert all(f.report_year >= 2013 for f in flags_for(HAITI))


@pytest.mark.parametrize(("history", "raw"), [(CHINA, 8), (RUSSIA, 9)])
def test_china_and_russia_2013_automatic_downgrade(history: dict[int, Tier], raw: int) -> None:
    flags = flags_for(history)
    assert all(f.report_year >= 2010 for f in flags), "V1 years never count"
    assert codes(flags, 2010) == [consecutive_code(2), FlagCode.WOULD_BE_DOWNGRADED]
    assert [(f.report_year, f.count) for f in only(flags, FlagCode.WAIVER_USED)] == [
        (2011, 1),
        (2012, 2),
    ]
    assert FlagCode.NO_WAIVER_LEFT in codes(flags, 2012)
    assert codes(flags, 2013) == [FlagCode.AUTOMATIC_DOWNGRADE]
    fourth = only(flags, consecutive_code(4))
    assert len(fourth) == 1
    assert fourth[0].report_year == 2012
    assert fourth[0].count == 4
    assert fourth[0].raw_count == raw
    assert "counts only from the 2009 report" in fourth[0].message


def test_bolivia_fourth_year_in_2017() -> None:
    flags = flags_for(BOLIVIA)
    assert codes(flags, 2017) == [
        consecutive_code(4),
        FlagCode.WAIVER_USED,
        FlagCode.NO_WAIVER_LEFT,
    ]
    assert [f.report_year for f in only(flags, FlagCode.WAIVER_USED)] == [2016, 2017]
    no_waiver = only(flags, FlagCode.NO_WAIVER_LEFT)[0]
    assert no_waiver.applies_to_year == 2018
    assert no_waiver.is_forward_looking
    assert "2018" in no_waiver.message


def test_uzbekistan() -> None:
    flags = flags_for(UZBEKISTAN)
    assert [f.report_year for f in only(flags, FlagCode.WAIVER_USED)] == [2011, 2012, 2020]
    assert codes(flags, 2013) == [FlagCode.AUTOMATIC_DOWNGRADE]
    assert codes(flags, 2015) == []
    assert codes(flags, 2016) == []
    assert only(flags, FlagCode.RULE_F_APPLIES) == []
    assert FlagCode.NO_WAIVER_LEFT in codes(flags, 2020)
    third = only(flags, consecutive_code(3))
    assert [f.report_year for f in third] == [2011, 2020]


def test_malaysia() -> None:
    flags = flags_for(MALAYSIA)
    assert [f.report_year for f in only(flags, FlagCode.WAIVER_USED)] == [2012, 2013, 2020]
    assert [f.report_year for f in only(flags, FlagCode.AUTOMATIC_DOWNGRADE)] == [2014, 2021]
    assert codes(flags, 2016) == [consecutive_code(2), FlagCode.WOULD_BE_DOWNGRADED]
    assert codes(flags, 2017) == []
    rule_f = only(flags, FlagCode.RULE_F_APPLIES)
    assert len(rule_f) == 1
    assert rule_f[0].report_year == 2023
    assert rule_f[0].applies_to_year == 2024
    assert rule_f[0].provision == PROVISION_RETURN
    assert "must move it off the Watch List" in rule_f[0].render("Malaysia")
    assert codes(flags, 2023) == [FlagCode.RULE_F_APPLIES]
    assert codes(flags, 2024) == []


def test_malaysia_staying_in_2024_would_break_rule_f() -> None:
    flags = flags_for(MALAYSIA | {2024: WL})
    not_permitted = only(flags, FlagCode.WATCH_LIST_NOT_PERMITTED)
    assert [(f.report_year, f.provision) for f in not_permitted] == [(2024, PROVISION_RETURN)]


def test_malaysia_back_to_tier_3_in_2024_is_automatic() -> None:
    flags = flags_for(MALAYSIA | {2024: T3})
    assert codes(flags, 2024) == [FlagCode.AUTOMATIC_DOWNGRADE]
    assert only(flags, FlagCode.AUTOMATIC_DOWNGRADE)[-1].provision == PROVISION_RETURN


def test_v3_third_year_uses_the_only_waiver() -> None:
    flags = flags_for(span(2020, 2022, WL))
    assert codes(flags, 2022) == [
        consecutive_code(3),
        FlagCode.WAIVER_USED,
        FlagCode.NO_WAIVER_LEFT,
    ]
    assert "single waiver" in only(flags, FlagCode.NO_WAIVER_LEFT)[0].message


def test_v3_fourth_year_is_not_permitted() -> None:
    flags = flags_for(span(2020, 2023, WL))
    assert codes(flags, 2023)[:2] == [consecutive_code(4), FlagCode.WATCH_LIST_NOT_PERMITTED]
    assert "Check the data" in only(flags, FlagCode.WATCH_LIST_NOT_PERMITTED)[0].message


def test_2019_transition_flags() -> None:
    flags = flags_for(span(2016, 2018, WL), waivers={2018})
    assert codes(flags, 2018) == [
        consecutive_code(3),
        FlagCode.WAIVER_USED,
        FlagCode.NO_WAIVER_LEFT,
    ]
    flags = flags_for(span(2016, 2019, WL), waivers={2018, 2019})
    assert FlagCode.WATCH_LIST_NOT_PERMITTED in codes(flags, 2019)


def test_tier_3_with_a_waiver_still_available() -> None:
    flags = flags_for(span(2012, 2013, WL) | {2014: T3})
    assert codes(flags, 2014) == [FlagCode.DOWNGRADE_WITHOUT_WAIVER]


def test_upgrade_after_two_waivers_is_not_flagged() -> None:
    """A6: Azerbaijan, Iraq and Congo went to Tier 2 in 2013 after two waivers."""
    flags = flags_for(span(2009, 2012, WL) | {2013: T2})
    assert codes(flags, 2013) == []


def test_tier_3_without_a_preceding_watch_list_run_is_not_flagged() -> None:
    assert flags_for({2012: T2, 2013: T3, 2014: T3}) == []
    assert flags_for({2012: WL, 2013: T3}) == []


def test_flag_codes_and_rendering() -> None:
    assert consecutive_code(2) == "second_consecutive_watch_list_year"
    assert consecutive_code(21) == "21st_consecutive_watch_list_year"
    assert consecutive_code(22) == "22nd_consecutive_watch_list_year"
    flag = flags_for(HAITI)[0]
    assert "the country" in flag.message
    assert flag.render("Côte d'Ivoire {x}").count("Côte d'Ivoire {x}") == 1


# --- property tests --------------------------------------------------------------------------


@st.composite
def histories(draw: st.DrawFn) -> dict[int, Tier]:
    """Histories over 2001-2025 with gaps, weighted towards Watch List runs."""
    cells = draw(
        st.lists(
            st.sampled_from([T1, T2, WL, WL, WL, WL, T3, T3, SC, None]),
            min_size=len(YEARS),
            max_size=len(YEARS),
        )
    )
    return {year: tier for year, tier in zip(YEARS, cells, strict=True) if tier is not None}


@st.composite
def lawful_histories(draw: st.DrawFn) -> tuple[dict[int, Tier], set[int]]:
    """Histories that obey the rule, built year by year, with the waivers they needed."""
    history: dict[int, Tier] = {}
    waivers: set[int] = set()
    for year in YEARS:
        wanted = draw(st.sampled_from([T1, T2, WL, WL, WL, T3, SC, None]))
        if wanted is None:
            continue
        if wanted is WL:
            constraint = next_report_constraint(history, year, waivers)
            if not constraint.watch_list_allowed:
                if constraint.waiver_possible:
                    waivers.add(year)
                else:
                    wanted = draw(st.sampled_from([T2, T3]))
        history[year] = wanted
    return history, waivers


def runs(history: dict[int, Tier]) -> list[list[int]]:
    """Unbroken runs of Watch List years."""
    result: list[list[int]] = []
    for year in sorted(history):
        if history[year] is not WL:
            continue
        if result and result[-1][-1] == year - 1:
            result[-1].append(year)
        else:
            result.append([year])
    return result


@SETTINGS
@given(histories())
def test_no_downgrade_flag_before_2011(history: dict[int, Tier]) -> None:
    for flag in flags_for(history):
        assert flag.report_year >= 2010
        if flag.code in EVENT_CODES:
            assert flag.report_year >= FIRST_ENFORCEABLE_YEAR
        if flag.code in FORWARD_CODES:
            assert flag.applies_to_year == flag.report_year + 1 >= FIRST_ENFORCEABLE_YEAR


@SETTINGS
@given(histories())
def test_waiver_used_needs_three_counted_watch_list_years(history: dict[int, Tier]) -> None:
    for flag in only(flags_for(history), FlagCode.WAIVER_USED):
        assert history[flag.report_year] is WL
        assert watch_list_streak(history, flag.report_year + 1) >= 3


@SETTINGS
@given(histories())
def test_no_watch_list_no_flags(history: dict[int, Tier]) -> None:
    without = {y: (T2 if t is WL else t) for y, t in history.items()}
    assert flags_for(without) == []


@SETTINGS
@given(histories(), st.sampled_from(YEARS), st.sampled_from([T1, T2]))
def test_upgrades_are_never_constrained(history: dict[int, Tier], year: int, tier: Tier) -> None:
    upgraded = history | {year: tier}
    assert codes(flags_for(upgraded), year) == []
    # The constraint on a report ignores that report's own placement and anything later.
    earlier = {y: t for y, t in history.items() if y < year}
    assert next_report_constraint(upgraded, year) == next_report_constraint(earlier, year)


@SETTINGS
@given(histories())
def test_deterministic_and_order_independent(history: dict[int, Tier]) -> None:
    reversed_history = dict(reversed(list(history.items())))
    assert flags_for(history) == flags_for(history) == flags_for(reversed_history)


@SETTINGS
@given(histories())
def test_waiver_limits_per_run(history: dict[int, Tier]) -> None:
    waived = {f.report_year: f for f in only(flags_for(history), FlagCode.WAIVER_USED)}
    for flag in waived.values():
        assert flag.count is not None
        assert 1 <= flag.count <= MAX_WAIVERS[regime_for(flag.report_year)]
    for run in runs(history):
        in_run = [y for y in run if y in waived]
        assert len(in_run) <= 2
        if any(y >= 2019 for y in in_run):
            # A V3 waiver is the only one in its run, even if the run began under V2 (A2).
            assert len(in_run) == 1


@SETTINGS
@given(histories())
def test_flags_match_the_constraints(history: dict[int, Tier]) -> None:
    flags = flags_for(history)
    for flag in flags:
        tier = history[flag.report_year]
        if flag.code in FORWARD_CODES or flag.code.endswith("_consecutive_watch_list_year"):
            assert tier is WL
        if flag.code in (FlagCode.AUTOMATIC_DOWNGRADE, FlagCode.DOWNGRADE_WITHOUT_WAIVER):
            assert tier is T3
            assert history.get(flag.report_year - 1) is WL
        if flag.code in EVENT_CODES | FORWARD_CODES:
            constraint = next_report_constraint(history, flag.applies_to_year)
            assert not constraint.watch_list_allowed
            assert constraint.provision == flag.provision or flag.code == FlagCode.WAIVER_USED
            assert constraint.waiver_possible == (flag.code in WAIVER_STILL_POSSIBLE)
        assert isinstance(flag.message_code, MessageCode)
        assert flag.params["year"] in (flag.report_year, flag.applies_to_year)
        assert "Chad" in flag.render("Chad")


@SETTINGS
@given(histories())
def test_forward_flags_predict_the_next_year(history: dict[int, Tier]) -> None:
    flags = flags_for(history)
    by_year: dict[int, set[str]] = {}
    for flag in flags:
        by_year.setdefault(flag.report_year, set()).add(flag.code)
    for flag in flags:
        nxt = flag.applies_to_year
        if flag.code not in FORWARD_CODES or nxt not in history:
            continue
        following = by_year.get(nxt, set())
        if history[nxt] is WL:
            expected = (
                FlagCode.WAIVER_USED
                if flag.code == FlagCode.WOULD_BE_DOWNGRADED
                else FlagCode.WATCH_LIST_NOT_PERMITTED
            )
            assert expected in following
        elif history[nxt] is T3:
            expected = (
                FlagCode.DOWNGRADE_WITHOUT_WAIVER
                if flag.code == FlagCode.WOULD_BE_DOWNGRADED
                else FlagCode.AUTOMATIC_DOWNGRADE
            )
            assert expected in following
        else:
            assert not following & EVENT_CODES


@SETTINGS
@given(lawful_histories())
def test_lawful_histories_have_no_violations(case: tuple[dict[int, Tier], set[int]]) -> None:
    history, waivers = case
    for given_waivers in (waivers, None):
        flags = flags_for(history, given_waivers)
        assert only(flags, FlagCode.WATCH_LIST_NOT_PERMITTED) == []
    recorded = only(flags_for(history, waivers), FlagCode.WAIVER_USED)
    assert {f.report_year for f in recorded} == waivers
    assert not any(f.implied for f in recorded)


@SETTINGS
@given(histories())
def test_implied_waivers_match_recorded_ones(history: dict[int, Tier]) -> None:
    implied = flags_for(history)
    waiver_years: Collection[int] = {f.report_year for f in only(implied, FlagCode.WAIVER_USED)}
    recorded = flags_for(history, waiver_years)
    assert [(f.code, f.report_year, f.count) for f in implied] == [
        (f.code, f.report_year, f.count) for f in recorded
    ]


# --- years missing from our data ---------------------------------------------------------

# Bolivia as our data has it: 2016 is missing; the 2018 report moved it to Tier 3 after, in
# fact, four Watch List years (2014-2017).
BOLIVIA_WITH_GAP = {2013: T2, 2014: WL, 2015: WL, 2017: WL, 2018: T3, 2019: WL}


def test_a_missing_year_that_decides_the_rule_makes_the_constraint_unknown() -> None:
    constraint = next_report_constraint(BOLIVIA_WITH_GAP, 2018, unknown_years=[2016])

    assert not constraint.is_known
    assert constraint.missing_years == (2016,)
    assert "unknown: 2016 missing from our data" in constraint.render("Bolivia")
    assert "without a waiver:" not in constraint.render("Bolivia")


def test_without_the_missing_year_the_old_confident_answer_is_unchanged() -> None:
    constraint = next_report_constraint(BOLIVIA_WITH_GAP, 2018)

    assert constraint.is_known
    assert constraint.watch_list_allowed
    assert "may place Bolivia on the Watch List without a waiver" in constraint.render("Bolivia")


def test_the_flags_for_the_year_say_unknown_instead_of_a_verdict() -> None:
    flags = flags_for(BOLIVIA_WITH_GAP, unknown_years=[2016])
    flags = [f for f in flags if f.applies_to_year == 2018]

    assert {f.code for f in flags} == {FlagCode.UNKNOWN}
    assert all(f.missing_years == (2016,) for f in flags)
    own = [f for f in flags if f.report_year == 2018]
    assert own
    assert "unknown: 2016 missing from our data" in own[0].render("Bolivia")


def test_a_missing_year_the_rule_cannot_reach_changes_nothing() -> None:
    # 2010 lies behind Tier 2 years: no run through it can reach the 2018 report.
    history = {2009: T2, 2011: T2, 2012: T2, 2016: WL, 2017: WL, 2018: WL}
    assert next_report_constraint(history, 2018, unknown_years=[2010]).is_known
    assert flags_for(history, unknown_years=[2010]) == flags_for(history)


def test_a_missing_year_that_would_only_confirm_the_answer_changes_nothing() -> None:
    # Three Watch List years before 2019 bar the list whatever 2015 was.
    history = {2014: T2, 2016: WL, 2017: WL, 2018: WL}
    constraint = next_report_constraint(history, 2019, unknown_years=[2015])
    assert constraint.is_known
    assert not constraint.watch_list_allowed


def test_a_run_that_may_have_begun_in_a_missing_year_is_counted_at_least() -> None:
    history = {2015: T2, 2017: WL, 2018: WL}
    [consecutive] = [
        f for f in flags_for(history, unknown_years=[2016]) if f.code == consecutive_code(2)
    ]
    assert consecutive.missing_years == (2016,)
    assert "at least: 2016 is missing from our data" in consecutive.render("X")


@SETTINGS
@given(
    st.dictionaries(st.integers(2009, 2025), st.sampled_from([T1, T2, WL, T3]), max_size=17),
    st.sets(st.integers(2009, 2025), max_size=3),
)
def test_the_answer_is_known_exactly_when_every_filling_agrees(
    history: dict[int, Tier], unknown: set[int]
) -> None:
    unknown -= history.keys()
    for year in (2019, 2022, 2026):
        constraint = next_report_constraint(history, year, unknown_years=unknown)
        outcomes = set()
        fillings: list[dict[int, Tier]] = [dict(history)]
        for missing in sorted(unknown):
            if missing >= year:
                continue
            fillings = [{**f, missing: t} for f in fillings for t in (WL, T2, T3)]
        for filled in fillings:
            other = next_report_constraint(filled, year)
            outcomes.add((other.watch_list_allowed, other.waiver_possible, other.provision))
        assert constraint.is_known == (len(outcomes) == 1)
