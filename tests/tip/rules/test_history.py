"""Reading a tier history: change, previous placement, run length and unknown years."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipwatch.tip.rules import Change, HistoryEntry, Tier, annotate, compare

SETTINGS = settings(database=None, deadline=None, max_examples=300)

T1, T2, WL, T3, SC = (
    Tier.TIER_1,
    Tier.TIER_2,
    Tier.WATCH_LIST,
    Tier.TIER_3,
    Tier.SPECIAL_CASE,
)
YEARS = range(2001, 2026)


@st.composite
def histories(draw: st.DrawFn) -> dict[int, Tier]:
    """Histories over 2001-2025 with gaps; None marks a year without a placement."""
    cells = draw(
        st.lists(
            st.sampled_from([T1, T2, WL, WL, T3, SC, None]),
            min_size=len(YEARS),
            max_size=len(YEARS),
        )
    )
    return {year: tier for year, tier in zip(YEARS, cells, strict=True) if tier is not None}


@st.composite
def histories_with_unknown_years(draw: st.DrawFn) -> tuple[dict[int, Tier], frozenset[int]]:
    history = draw(histories())
    gaps = [y for y in YEARS if y not in history]
    unknown = draw(st.sets(st.sampled_from(gaps))) if gaps else set()
    return history, frozenset(unknown)


def by_year(entries: list[HistoryEntry]) -> dict[int, HistoryEntry]:
    return {e.report_year: e for e in entries}


# --- compare ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "current", "expected"),
    [
        (None, T2, Change.NEW),
        (None, SC, Change.NEW),
        (T3, WL, Change.UP),
        (WL, T2, Change.UP),
        (T2, T1, Change.UP),
        (T3, T1, Change.UP),
        (T1, T2, Change.DOWN),
        (T2, WL, Change.DOWN),
        (WL, T3, Change.DOWN),
        (T2, T2, Change.SAME),
        (WL, WL, Change.SAME),
        (SC, SC, Change.SAME),
        (SC, T2, Change.NEW),
        (SC, T3, Change.NEW),
        (T1, SC, Change.NEW),
        (T3, SC, Change.NEW),
    ],
)
def test_compare(previous: Tier | None, current: Tier, expected: Change) -> None:
    assert compare(previous, current) is expected


# --- annotate: examples --------------------------------------------------------------------


def test_malaysia_history() -> None:
    history = {2020: WL, 2021: T3, 2022: T3, 2023: WL, 2024: T2}
    entries = annotate(history)
    assert [e.report_year for e in entries] == [2020, 2021, 2022, 2023, 2024]
    assert [e.change for e in entries] == [
        Change.NEW,
        Change.DOWN,
        Change.SAME,
        Change.UP,
        Change.UP,
    ]
    assert [e.years_at_tier for e in entries] == [1, 1, 2, 1, 1]
    assert entries[3].previous_tier is T3
    assert entries[3].previous_year == 2022
    assert entries[0].previous_tier is None
    assert entries[0].previous_year is None
    assert not any(e.years_at_tier_is_minimum for e in entries)


def test_gap_without_placement_makes_a_return_new() -> None:
    entries = by_year(annotate({2010: T2, 2012: T2}))
    assert entries[2012].change is Change.NEW
    assert entries[2012].previous_tier is None
    assert entries[2012].years_at_tier == 1
    assert not entries[2012].years_at_tier_is_minimum


def test_haiti_special_case_then_watch_list() -> None:
    history = {2005: T3, 2006: SC, 2007: SC, 2008: SC, 2012: WL}
    history |= {2009: SC, 2010: SC, 2011: SC, 2013: WL}
    entries = by_year(annotate(history))
    assert entries[2006].change is Change.NEW
    assert entries[2007].change is Change.SAME
    assert entries[2011].years_at_tier == 6
    assert entries[2012].change is Change.NEW
    assert entries[2012].previous_tier is SC
    assert entries[2013].change is Change.SAME
    assert entries[2013].years_at_tier == 2


def test_unknown_year_is_skipped_when_comparing() -> None:
    """2016 unknown: 2017 is compared with 2015, and the gap is recorded."""
    entries = by_year(annotate({2015: T3, 2017: WL}, unknown_years={2016}))
    entry = entries[2017]
    assert entry.change is Change.UP
    assert entry.previous_tier is T3
    assert entry.previous_year == 2015
    assert entry.skipped_unknown_years == (2016,)
    assert not entry.change_is_certain


def test_several_unknown_years_are_skipped_oldest_first() -> None:
    entry = by_year(annotate({2010: T2, 2014: T2}, unknown_years=[2013, 2011, 2012]))[2014]
    assert entry.change is Change.SAME
    assert entry.previous_year == 2010
    assert entry.skipped_unknown_years == (2011, 2012, 2013)
    # The unknown years may have been something else, so only 2014 itself is certain.
    assert entry.years_at_tier == 1
    assert entry.years_at_tier_is_minimum


def test_unknown_year_followed_by_no_placement_is_new() -> None:
    entry = by_year(annotate({2010: T2, 2013: T2}, unknown_years={2012}))[2013]
    assert entry.change is Change.NEW
    assert entry.previous_tier is None
    assert entry.previous_year is None
    assert entry.skipped_unknown_years == (2012,)


def test_run_reaching_an_unknown_year_is_a_minimum() -> None:
    entries = by_year(annotate({2012: T3, 2013: T3, 2014: T3}, unknown_years={2011}))
    assert [entries[y].years_at_tier for y in (2012, 2013, 2014)] == [1, 2, 3]
    assert all(entries[y].years_at_tier_is_minimum for y in (2012, 2013, 2014))


def test_run_stopped_by_a_different_tier_is_exact() -> None:
    entries = by_year(annotate({2011: T2, 2012: T3, 2013: T3}, unknown_years={2010}))
    assert entries[2013].years_at_tier == 2
    assert not entries[2013].years_at_tier_is_minimum
    assert entries[2011].years_at_tier_is_minimum


def test_placement_wins_over_unknown() -> None:
    entries = by_year(annotate({2010: T2, 2011: T2}, unknown_years={2010}))
    assert entries[2011].change is Change.SAME
    assert entries[2011].years_at_tier == 2
    assert entries[2011].skipped_unknown_years == ()


def test_empty_history() -> None:
    assert annotate({}) == []
    assert annotate({}, unknown_years={2015}) == []


# --- annotate: properties ------------------------------------------------------------------


@SETTINGS
@given(histories())
def test_one_entry_per_placement_oldest_first(history: dict[int, Tier]) -> None:
    entries = annotate(history)
    assert [e.report_year for e in entries] == sorted(history)
    assert all(e.tier is history[e.report_year] for e in entries)


@SETTINGS
@given(histories())
def test_years_at_tier_is_one_exactly_when_change_is_not_same(history: dict[int, Tier]) -> None:
    for entry in annotate(history):
        assert (entry.years_at_tier == 1) == (entry.change is not Change.SAME)


@SETTINGS
@given(histories_with_unknown_years())
def test_same_without_a_gap_means_a_run_of_at_least_two(
    case: tuple[dict[int, Tier], frozenset[int]],
) -> None:
    history, unknown = case
    for entry in annotate(history, unknown):
        if entry.change_is_certain:
            assert (entry.years_at_tier == 1) == (entry.change is not Change.SAME)


@SETTINGS
@given(histories_with_unknown_years())
def test_previous_placement_is_consistent(case: tuple[dict[int, Tier], frozenset[int]]) -> None:
    history, unknown = case
    for entry in annotate(history, unknown):
        year = entry.report_year
        assert compare(entry.previous_tier, entry.tier) is entry.change
        if entry.previous_year is None:
            assert entry.previous_tier is None
        else:
            assert entry.previous_tier is history[entry.previous_year]
            expected_gap = tuple(range(entry.previous_year + 1, year))
            assert entry.skipped_unknown_years == expected_gap
        assert all(y in unknown for y in entry.skipped_unknown_years)


@SETTINGS
@given(histories_with_unknown_years())
def test_run_counts_are_exact_or_flagged(case: tuple[dict[int, Tier], frozenset[int]]) -> None:
    history, unknown = case
    for entry in annotate(history, unknown):
        first = entry.report_year - entry.years_at_tier + 1
        assert all(history.get(y) is entry.tier for y in range(first, entry.report_year + 1))
        assert history.get(first - 1) is not entry.tier
        assert entry.years_at_tier_is_minimum == (first - 1 in unknown)


@SETTINGS
@given(histories())
def test_up_and_down_follow_rank(history: dict[int, Tier]) -> None:
    for entry in annotate(history):
        if entry.change in (Change.UP, Change.DOWN):
            assert entry.previous_tier is not None
            before, after = entry.previous_tier.rank, entry.tier.rank
            assert before is not None
            assert after is not None
            assert (after < before) == (entry.change is Change.UP)
        if SC in (entry.tier, entry.previous_tier) and entry.change is not Change.SAME:
            assert entry.change is Change.NEW
