"""Numbers and ordinals in English and Spanish, in words or digits, on folded text.

Folded text is lower case without accents (see `text.fold`). Each finder returns
(start, end, value) triples in folded offsets; the value is the number in digits.
"""

from __future__ import annotations

import re

from tipwatch.core.number_words import ordinal_values

from .folded_spans import Found

# --- numbers ----------------------------------------------------------------------------------

_UNITS_EN = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_EN = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS_ES = {
    "cero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiun": 21,
    "veintiuno": 21,
    "veintiuna": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
_TENS_ES = {
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
}
# Ambiguous as numbers in running text ("one of", "una vez", "un país"): never a count alone.
_NOT_ALONE = {"one", "un", "una", "uno", "once"}


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NUMBER_EN = re.compile(
    rf"\b(?:(?P<tens>{_alternation(list(_TENS_EN))})(?:[\s-](?P<unit>{_alternation(list(_UNITS_EN))}))?"
    rf"|(?P<single>{_alternation(list(_UNITS_EN))}))\b"
)
_NUMBER_ES = re.compile(
    rf"\b(?:(?P<tens>{_alternation(list(_TENS_ES))})(?:\s+y\s+(?P<unit>{_alternation(list(_UNITS_ES))}))?"
    rf"|(?P<single>{_alternation(list(_UNITS_ES))}))\b"
)
_DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?![\w]|[.,]\d)")


def find_numbers(folded: str) -> list[Found]:
    found: list[Found] = [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(folded)]
    for pattern, units, tens in (
        (_NUMBER_EN, _UNITS_EN, _TENS_EN),
        (_NUMBER_ES, _UNITS_ES, _TENS_ES),
    ):
        for match in pattern.finditer(folded):
            if match.group("single"):
                word = match.group("single")
                if word in _NOT_ALONE:
                    continue
                value = units[word]
            else:
                value = tens[match.group("tens")]
                if match.group("unit"):
                    value += units[match.group("unit")]
            found.append((match.start(), match.end(), str(value)))
    return found


# --- ordinals ---------------------------------------------------------------------------------

_ORDINALS_EN = ordinal_values("en", 20)
_ORDINAL_STEMS_ES = {
    "primer": 1,
    "segund": 2,
    "tercer": 3,
    "cuart": 4,
    "quint": 5,
    "sext": 6,
    "septim": 7,
    "setim": 7,
    "octav": 8,
    "noven": 9,
    "decim": 10,
    "undecim": 11,
    "duodecim": 12,
    "decimotercer": 13,
    "decimocuart": 14,
    "decimoquint": 15,
    "decimosext": 16,
    "decimoseptim": 17,
    "decimoctav": 18,
    "decimonoven": 19,
    "vigesim": 20,
}
_ORDINAL_EN = re.compile(
    rf"\b(?:(?P<tens>twenty|thirty)-(?P<unit>{_alternation(list(_ORDINALS_EN)[:9])})"
    rf"|(?P<word>{_alternation(list(_ORDINALS_EN))})|(?P<digits>\d{{1,2}})(?:st|nd|rd|th))\b"
)
_ORDINAL_UNITS_ES = {s: v for s, v in _ORDINAL_STEMS_ES.items() if v < 10}
_ORDINAL_ES = re.compile(
    rf"\b(?:(?P<tens>vigesim|trigesim)[oa]\s*(?P<unit>{_alternation(list(_ORDINAL_UNITS_ES))})"
    r"(?:o|a)?\b"
    rf"|(?P<stem>{_alternation(list(_ORDINAL_STEMS_ES))})(?:o|a)?\b"
    r"|(?P<digits>\d{1,2})(?:\.?\s?[ºª°]|er\b|ro\b|do\b|to\b|vo\b|no\b|mo\b))"
)


def find_ordinals(folded: str) -> list[Found]:
    found: list[Found] = []
    for match in _ORDINAL_EN.finditer(folded):
        if match.group("digits"):
            value = int(match.group("digits"))
        elif match.group("word"):
            value = _ORDINALS_EN[match.group("word")]
        else:
            value = {"twenty": 20, "thirty": 30}[match.group("tens")]
            value += _ORDINALS_EN[match.group("unit")]
        found.append((match.start(), match.end(), str(value)))
    for match in _ORDINAL_ES.finditer(folded):
        if match.group("digits"):
            value = int(match.group("digits"))
        elif match.group("tens"):
            value = {"vigesim": 20, "trigesim": 30}[match.group("tens")]
            value += _ORDINAL_UNITS_ES[match.group("unit")]
        else:
            value = _ORDINAL_STEMS_ES[match.group("stem")]
        found.append((match.start(), match.end(), str(value)))
    return found
