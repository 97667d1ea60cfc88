"""Numbers written as digits ("1,234") or words ("twenty-one", "one hundred and five")."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# A run of number words: "twenty-one", "one hundred and five", "two thousand three hundred".
# "and" joins only after a scale word, so "nine and two" stays two numbers.
WORDS_PATTERN = (
    rf"(?:a\s+(?=hundred|thousand))?(?:{_WORD})"
    rf"(?:(?:[ \t]+|\s*-\s*|(?:(?<=hundred)|(?<=thousand))\s+and\s+)(?:{_WORD})\b)*"
)
# Digits, loosely: validated by ``parse_digits`` (thousands commas, no decimals). A copy
# whose thin spaces became plain ones groups thousands with a blank ("1 234 victims"): one to
# three digits, then groups of exactly three, none of them a year's four digits ("in 2021 234
# cases" is no such number) nor followed by more digits.
DIGITS_PATTERN = (
    r"(?<![\w.,$\u20ac\u00a3])(?:\d{1,3}(?: \d{3})+(?![\w.,]\d|\w)"
    r"|\d[\d,]*(?:\.\d+)*(?:[\u00a0\u202f\u2009]\d{3}(?!\d))*)"
)
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
# Copies made with other conventions group thousands with full stops ("1.570", as in
# Spanish) or thin, no-break or plain spaces ("1\u202f570"); three digits always follow.
_OTHER_GROUPING = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$")

_SPLIT = re.compile(r"[\s\-]+")


def words_to_int(text: str) -> int | None:
    """``"one hundred and five"`` -> 105; None if the words do not form a number."""
    tokens = [t for t in _SPLIT.split(text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] == "a":
        tokens = tokens[1:]
        if not tokens or tokens[0] not in SCALES:
            return None
        tokens = ["one", *tokens]
    total = 0
    current = 0
    last_kind = ""
    for token in tokens:
        if token in UNITS:
            if last_kind in ("unit", "teen"):
                return None
            value = UNITS[token]
            if last_kind == "tens" and value >= 10:
                return None
            current += value
            last_kind = "teen" if value >= 10 else "unit"
        elif token in TENS:
            if last_kind in ("unit", "teen", "tens"):
                return None
            current += TENS[token]
            last_kind = "tens"
        elif token == "hundred":
            if last_kind not in ("unit", "teen", "tens") or current >= 100:
                return None
            current *= 100
            last_kind = "hundred"
        elif token == "thousand":
            if not current:
                return None
            total += current * 1000
            current = 0
            last_kind = "thousand"
        else:
            return None
    return total + current


def parse_digits(text: str) -> int | None:
    """``"1,234"``, ``"1.234"`` -> 1234; None for decimals ("1.5") and malformed groups
    ("12,34")."""
    text = text.rstrip(",")
    if _OTHER_GROUPING.match(text):
        return int(re.sub(r"\D", "", text))
    if not _GROUPED.match(text):
        return None
    return int(text.replace(",", ""))


def parse_number(text: str) -> int | None:
    """Digits (with thousands commas) or number words, else None."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        return parse_digits(text)
    return words_to_int(text)
