"""The claim check's rules with no database: combining verdicts, rank tests, counts."""

import pytest

from tipwatch.briefings.claims import Comparator, Relation
from tipwatch.briefings.verify import Verdict
from tipwatch.briefings.verify.verdict_logic import (
    combine,
    compare_count,
    count_verdict,
    rank_test,
)

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_COVERED


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [([S, S], S), ([S, N], N), ([N, C, S], C), ([], S)],
)
def test_one_contradiction_decides_then_one_gap(verdicts: list[Verdict], expected: Verdict) -> None:
    assert combine(verdicts) is expected


def test_rank_tests() -> None:
    below_watch_list = rank_test(Relation.BELOW, "2WL")
    assert below_watch_list("3")
    assert not below_watch_list("2WL")
    assert not below_watch_list("1")
    above_tier_2 = rank_test(Relation.ABOVE, "2")
    assert above_tier_2("1")
    assert not above_tier_2("2WL")
    # A tier with no rank is only ever itself.
    assert not below_watch_list("special_case")
    special = rank_test(Relation.BELOW, "special_case")
    assert special("special_case")
    assert not special("3")


@pytest.mark.parametrize(
    ("comparator", "value", "claimed", "holds"),
    [
        (Comparator.EXACTLY, 5, 5, True),
        (Comparator.EXACTLY, 6, 5, False),
        (Comparator.AT_LEAST, 5, 5, True),
        (Comparator.AT_LEAST, 4, 5, False),
        (Comparator.MORE_THAN, 5, 5, False),
        (Comparator.MORE_THAN, 6, 5, True),
        (Comparator.FEWER_THAN, 4, 5, True),
        (Comparator.FEWER_THAN, 5, 5, False),
        (Comparator.ABOUT, 22, 20, True),  # within a tenth
        (Comparator.ABOUT, 23, 20, False),
        (Comparator.ABOUT, 4, 3, True),  # within one, however small
        (Comparator.ABOUT, 5, 3, False),
    ],
)
def test_compare_count(comparator: Comparator, value: int, claimed: int, holds: bool) -> None:
    assert compare_count(comparator, value, claimed) is holds


def test_a_count_our_data_may_change_is_not_covered() -> None:
    assert count_verdict(Comparator.EXACTLY, 5, 0, 5) is S
    assert count_verdict(Comparator.EXACTLY, 4, 0, 5) is C
    # Four sure and two more possible: five may or may not be right.
    assert count_verdict(Comparator.EXACTLY, 4, 2, 5) is N
    # However many of the two are missing, at least four holds; more than six never does.
    assert count_verdict(Comparator.AT_LEAST, 4, 2, 4) is S
    assert count_verdict(Comparator.MORE_THAN, 4, 2, 6) is C
