from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tipwatch.ingest.parsing.numbers import parse_number, words_to_int

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell(n: int, *, hyphen: bool = True, use_and: bool = True) -> str:
    """An independent spelling of ``n`` (0..999,999) in words."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens - 2] + (("-" if hyphen else " ") + _UNITS[unit] if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_UNITS[hundreds]} hundred"
        if not rest:
            return head
        return f"{head} {'and ' if use_and else ''}{_spell(rest, hyphen=hyphen)}"
    thousands, rest = divmod(n, 1000)
    head = f"{_spell(thousands, hyphen=hyphen, use_and=use_and)} thousand"
    if not rest:
        return head
    joiner = "and " if use_and and rest < 100 else ""
    return f"{head} {joiner}{_spell(rest, hyphen=hyphen, use_and=use_and)}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nine", 9),
        ("twenty-one", 21),
        ("Twenty One", 21),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("two thousand three hundred", 2300),
        ("1,234", 1234),
        ("59", 59),
        ("zero", 0),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["one two", "twenty twenty", "hundred", "1.5", "12,34", "lots", ""]
)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=999_999), st.booleans(), st.booleans())
def test_spelled_numbers_round_trip(n: int, hyphen: bool, use_and: bool) -> None:
    assert words_to_int(_spell(n, hyphen=hyphen, use_and=use_and)) == n


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n
