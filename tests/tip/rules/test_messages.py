"""The rules engine gives message codes and parameters, never sentences (no Django here)."""

from __future__ import annotations

from tipwatch.tip.rules import (
    PROVISION_DOWNGRADE,
    FlagCode,
    MessageCode,
    Tier,
    flags_for,
    next_report_constraint,
)

WL, T2, T3 = Tier.WATCH_LIST, Tier.TIER_2, Tier.TIER_3


def test_a_third_watch_list_year_gives_codes_and_numbers() -> None:
    flags = flags_for({2012: WL, 2013: WL, 2014: WL})

    third = [f for f in flags if f.report_year == 2014]
    assert [f.message_code for f in third] == [
        MessageCode.CONSECUTIVE_YEAR,
        MessageCode.WAIVER_USED,
        MessageCode.NEEDS_WAIVER_NEXT,
    ]
    assert third[0].params == {"year": 2014, "count": 3, "raw_count": 3, "at_least_missing": None}
    assert third[1].params["waiver_number"] == 1
    assert third[1].params["implied"] is True
    assert third[2].params == {
        "year": 2014,
        "next_year": 2015,
        "span_year": 2015,
        "streak": 3,
        "raw_streak": 3,
        "waiver_limit": 2,
        "waiver_number": 2,
    }


def test_the_constraint_names_its_message_and_the_run() -> None:
    constraint = next_report_constraint({2019: WL, 2020: WL}, 2021)

    assert constraint.message_code is MessageCode.MUST_LEAVE_UNLESS_WAIVED
    assert constraint.provision == PROVISION_DOWNGRADE
    assert constraint.params == {
        "year": 2021,
        "span_year": 2021,
        "streak": 2,
        "raw_streak": 2,
        "waivers_used": 0,
        "waiver_limit": 1,
    }


def test_a_run_crossing_2009_keeps_both_counts() -> None:
    flags = flags_for({2007: WL, 2008: WL, 2009: WL, 2010: WL, 2011: T3})

    downgrade = [f for f in flags if f.code == FlagCode.DOWNGRADE_WITHOUT_WAIVER]
    assert downgrade[0].message_code is MessageCode.DOWNGRADED_NOT_WAIVED
    assert (downgrade[0].params["streak"], downgrade[0].params["raw_streak"]) == (2, 4)


def test_a_missing_year_gives_the_unknown_code_with_the_years() -> None:
    constraint = next_report_constraint({2014: WL, 2016: WL}, 2017, unknown_years=[2015])

    assert constraint.message_code is MessageCode.UNKNOWN_MISSING_YEARS
    assert constraint.params == {"year": 2017, "missing_years": (2015,)}


def test_no_parameter_is_a_sentence() -> None:
    history = dict.fromkeys(range(2005, 2013), WL) | {2013: T3, 2014: WL, 2015: T2}
    for flag in flags_for(history, unknown_years=[2004]):
        assert all(not isinstance(value, str) for value in flag.params.values()), flag
