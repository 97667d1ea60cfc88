"""What counts as news, on plain values: no database."""

from __future__ import annotations

from dataclasses import dataclass, field

from tipwatch.alerts.news import News, fold, news_of

WOULD = "would_be_downgraded_next_year_unless_waived"


@dataclass(frozen=True)
class S:
    tier: str | None
    previous_tier: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)


def test_a_new_report_compares_with_the_latest_earlier_tier() -> None:
    news = news_of(S(None, "2"), S("2WL", "2", frozenset({WOULD})))

    assert news == News("2", "2WL", "down", (WOULD,), ())


def test_the_same_tier_in_a_new_report_is_not_news() -> None:
    assert news_of(S(None, "1"), S("1", "1")) is None


def test_a_correction_of_the_same_year_compares_with_the_old_value() -> None:
    assert news_of(S("3", "2WL"), S("2WL", "2WL")) == News("3", "2WL", "up", (), ())


def test_a_changed_flag_alone_is_news() -> None:
    news = news_of(S("2WL", "2WL"), S("2WL", "2WL", frozenset({"waiver_used"})))

    assert news == News("2WL", "2WL", "same", ("waiver_used",), ())


def test_first_rating_and_removal() -> None:
    assert news_of(S(None, None), S("2")) == News(None, "2", "new", (), ())
    assert news_of(S("2", "1"), S(None, "1")) == News("2", None, "removed", (), ())
    assert news_of(S(None, None), S(None, None)) is None


def test_moves_to_and_from_a_special_case_are_new_not_up_or_down() -> None:
    assert news_of(S("2"), S("special_case")) == News("2", "special_case", "new", (), ())


def test_two_edits_fold_into_one_move_from_the_first_state() -> None:
    first = news_of(S("2"), S("2WL", flags=frozenset({WOULD})))
    assert first is not None

    folded = fold(first, S("2WL", flags=frozenset({WOULD})), S("3"))

    assert folded == News("2", "3", "down", (), ())


def test_an_edit_undone_within_the_window_leaves_nothing() -> None:
    first = news_of(S("2"), S("2WL", flags=frozenset({WOULD})))
    assert first is not None

    assert fold(first, S("2WL", flags=frozenset({WOULD})), S("2")) is None
