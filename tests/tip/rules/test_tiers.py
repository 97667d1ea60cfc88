"""Tier parsing, labels, ranks and meanings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipwatch.tip.rules import TIER_MEANINGS, Tier

SETTINGS = settings(database=None, deadline=None, max_examples=200)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", Tier.TIER_1),
        ("Tier 1", Tier.TIER_1),
        ("tier1", Tier.TIER_1),
        ("Tier I", Tier.TIER_1),
        ("Nivel 1", Tier.TIER_1),
        (" 2 ", Tier.TIER_2),
        ("TIER 2", Tier.TIER_2),
        ("Tier II", Tier.TIER_2),
        ("2WL", Tier.WATCH_LIST),
        ("2wl", Tier.WATCH_LIST),
        ("Tier 2 WL", Tier.WATCH_LIST),
        ("Tier 2 Watch List", Tier.WATCH_LIST),
        ("tier 2 watchlist", Tier.WATCH_LIST),
        ("Tier 2 (Watch List)", Tier.WATCH_LIST),
        ("Tier-2-Watch-List", Tier.WATCH_LIST),
        ("watch list", Tier.WATCH_LIST),
        ("Watch List", Tier.WATCH_LIST),
        ("2.5", Tier.WATCH_LIST),
        ("T2WL", Tier.WATCH_LIST),
        ("Lista de Vigilancia del Nivel 2", Tier.WATCH_LIST),
        ("3", Tier.TIER_3),
        ("Tier 3", Tier.TIER_3),
        ("Tier III", Tier.TIER_3),
        ("special_case", Tier.SPECIAL_CASE),
        ("special case", Tier.SPECIAL_CASE),
        ("Special Case", Tier.SPECIAL_CASE),
        ("special", Tier.SPECIAL_CASE),
        ("Caso especial", Tier.SPECIAL_CASE),
        (1, Tier.TIER_1),
        (2, Tier.TIER_2),
        (2.5, Tier.WATCH_LIST),
        (3.0, Tier.TIER_3),
        (Tier.TIER_3, Tier.TIER_3),
    ],
)
def test_parse_accepts_common_spellings(text: str | int | float, expected: Tier) -> None:
    assert Tier.parse(text) is expected


@pytest.mark.parametrize(
    "bad", ["", "4", "Tier 4", "2WLL", "Tier 3 Watch List", "0", "n/a", "2.4", 4, True, None]
)
def test_parse_rejects_unknown_values_naming_them_and_the_choices(bad: object) -> None:
    with pytest.raises(ValueError, match="Unknown TIP tier") as info:
        Tier.parse(bad)  # type: ignore[arg-type]
    message = str(info.value)
    assert repr(bad) in message
    for tier in Tier:
        assert repr(tier.value) in message


def test_values_match_the_database_choices() -> None:
    assert [t.value for t in Tier] == ["1", "2", "2WL", "3", "special_case"]
    assert Tier.WATCH_LIST == "2WL"


def test_labels() -> None:
    assert [t.label for t in Tier] == [
        "Tier 1",
        "Tier 2",
        "Tier 2 Watch List",
        "Tier 3",
        "Special Case",
    ]
    assert Tier.WATCH_LIST.short_label == "2WL"
    assert Tier.TIER_1.short_label == "1"


def test_spanish_labels() -> None:
    assert [t.label_es for t in Tier] == [
        "Nivel 1",
        "Nivel 2",
        "Lista de Vigilancia del Nivel 2",
        "Nivel 3",
        "Caso especial",
    ]


@pytest.mark.parametrize("tier", list(Tier))
def test_every_label_parses_back(tier: Tier) -> None:
    for text in (tier.value, tier.label, tier.short_label, tier.label_es, tier.label.upper()):
        assert Tier.parse(text) is tier


def test_rank_orders_tiers_from_best_to_worst() -> None:
    ranked = sorted((t for t in Tier if t.is_ranked), key=lambda t: t.rank or 0)
    assert ranked == [Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3]
    assert Tier.TIER_1.rank == 1
    assert Tier.SPECIAL_CASE.rank is None
    assert not Tier.SPECIAL_CASE.is_ranked


def test_every_tier_has_what_the_law_says_of_it() -> None:
    assert set(TIER_MEANINGS) == set(Tier)
    for tier, meaning in TIER_MEANINGS.items():
        assert tier.meaning is meaning
    assert TIER_MEANINGS[Tier.SPECIAL_CASE].statute is None
    assert not TIER_MEANINGS[Tier.SPECIAL_CASE].amended_2019


@SETTINGS
@given(st.text(max_size=30))
def test_parse_either_returns_a_tier_or_raises_value_error(text: str) -> None:
    outcome: Tier | str
    try:
        outcome = Tier.parse(text)
    except ValueError as error:
        outcome = str(error)
    if isinstance(outcome, Tier):
        assert Tier.parse(outcome.value) is outcome
    else:
        assert "Unknown TIP tier" in outcome


@SETTINGS
@given(st.sampled_from(list(Tier)), st.sampled_from(["", " ", "  "]), st.booleans())
def test_parse_ignores_case_and_surrounding_space(tier: Tier, pad: str, upper: bool) -> None:
    text = tier.label.upper() if upper else tier.label.lower()
    assert Tier.parse(f"{pad}{text}{pad}") is tier
