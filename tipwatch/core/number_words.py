"""Number words as they are read in text, taken from num2words rather than lists of our own.

Pure Python: no Django. The parsers of report text and of claims both need "fourth" -> 4;
one table, built from the library's own words, serves them.
"""

from __future__ import annotations

from functools import cache

from num2words import num2words


@cache
def ordinal_values(lang: str = "en", up_to: int = 20) -> dict[str, int]:
    """Ordinal words and their numbers, in order: {"first": 1, "second": 2, ...}."""
    return {num2words(n, lang=lang, to="ordinal"): n for n in range(1, up_to + 1)}
