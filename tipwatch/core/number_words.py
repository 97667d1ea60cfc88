"""Number words as they are read and written in text, taken from num2words rather than lists of
our own.

Pure Python: no Django. The parsers of report text and of claims both need "fourth" -> 4, and
the rule messages and briefings need 4 -> "fourth" / "cuarto"; one module, built from the
library's own words, serves them.
"""

from __future__ import annotations

from functools import cache

# Ordinals up to this number are written as words, larger ones in digits ("21st", "21.º"),
# as the briefings always have.
WORDS_UP_TO = 20

# num2words writes Spanish 11th-19th as "décimoprimero", "décimo tercero": the Real Academia
# writes "undécimo", "decimotercero", and the Spanish claim parser reads those forms, so these
# nine come from here; 1st-10th and 20th come from num2words.
_SPANISH_TEENS = {
    11: "undécimo",
    12: "duodécimo",
    13: "decimotercero",
    14: "decimocuarto",
    15: "decimoquinto",
    16: "decimosexto",
    17: "decimoséptimo",
    18: "decimoctavo",
    19: "decimonoveno",
}


def num2words(number: int, *, lang: str, to: str) -> str:
    # num2words loads its every language at import (a tenth of a second on a loaded machine),
    # and most commands (an import of a report) never write a number in words: loaded on
    # first use.
    from num2words import num2words as words

    return str(words(number, lang=lang, to=to))


@cache
def ordinal_values(lang: str = "en", up_to: int = 20) -> dict[str, int]:
    """Ordinal words and their numbers, in order: {"first": 1, "second": 2, ...}."""
    return {num2words(n, lang=lang, to="ordinal"): n for n in range(1, up_to + 1)}


def ordinal(n: int, lang: str = "en", *, feminine: bool = False) -> str:
    """The ordinal that goes before a noun: "third"; in Spanish "tercer" (año) or, feminine,
    "tercera" (dispensa). Words up to twenty, then digits: "21st", "21.º", "21.ª".

    `lang` is "en" or "es" (a region such as "en-gb" is ignored)."""
    if n < 1:
        raise ValueError(f"an ordinal needs a number of 1 or more, not {n}")
    base = lang.split("-")[0].split("_")[0].lower()
    if base == "en":
        return num2words(n, lang="en", to="ordinal" if n <= WORDS_UP_TO else "ordinal_num")
    if base != "es":
        raise ValueError(f"no ordinals for language {lang!r}: choose en or es")
    if n > WORDS_UP_TO:
        return f"{n}.ª" if feminine else f"{n}.º"
    word = _SPANISH_TEENS.get(n) or num2words(n, lang="es", to="ordinal")
    if feminine:
        return word[:-1] + "a"
    # Before a masculine noun "primero" and "tercero" lose their last vowel ("tercer año").
    return word[:-1] if word.endswith(("primero", "tercero")) else word
