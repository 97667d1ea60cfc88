"""How our sentences put numbers, ordinals, dates and lists in the active language.

Every reader of TIP data that writes sentences (rule messages, briefings) uses these, so a
number or a list reads the same on the country page, in the API and in a briefing. The words
come from the catalog, Babel and num2words; the few rules of our own say why.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from babel.dates import format_date
from babel.numbers import format_decimal
from django.utils import translation
from django.utils.translation import pgettext
from num2words import num2words

from tipwatch.core import number_words
from tipwatch.core.text import unaccented_casefold


def language() -> str:
    """The active language without its region: "en" or "es"."""
    return (translation.get_language() or "en").split("-")[0]


def babel_locale() -> str:
    return {"en": "en_GB"}.get(language(), language())


def ordinal(n: int, *, feminine: bool = False) -> str:
    """ "third", "tercer" (año), "tercera" (dispensa): see `core.number_words.ordinal`."""
    return number_words.ordinal(n, language(), feminine=feminine)


def number(n: int) -> str:
    """A count in figures with the language's separators (Babel): "1,234", "1.234". Not for
    years, which are written without one."""
    return format_decimal(n, locale=babel_locale())


def cardinal(n: int) -> str:
    """A number of things in words, as it stands before a noun: "two", "dos"; digits over
    twenty. Spanish "uno" loses its last vowel before a noun ("un miembro")."""
    if not 0 <= n <= number_words.WORDS_UP_TO:
        return str(n)
    word: str = num2words(n, lang=language())
    if language() == "es" and word == "uno":
        return "un"
    if language() == "es" and word.endswith("iuno"):
        return word[:-3] + "ún"
    return word


def date_text(value: object) -> str:
    """ "27 July 2015", "27 de julio de 2015"; "" without a date."""
    if not isinstance(value, datetime.date):
        return ""
    return format_date(value, format="long", locale=babel_locale())


def _conjunction(last: str) -> str:
    word = pgettext("list", "and")
    if language() == "es" and word == "y":
        # Spanish writes "e" before the sound /i/ ("Chile e Irán"); Babel's lists do not.
        folded = unaccented_casefold(last)
        if folded.startswith("i") or (folded.startswith("hi") and folded[2:3] not in "aeiou"):
            return "e"
        if folded.startswith("y") and folded[1:2] not in "aeiou":
            return "e"
    return word


def join(items: Sequence[str], *, comma_when_ambiguous: bool = True) -> str:
    """ "A", "A and B", "A, B and C"; when an item holds a comma or the conjunction itself,
    a comma goes before the last one too ("...; A, B, and C"), so the list still reads, unless
    `comma_when_ambiguous` is False. Babel's `format_list` has neither this nor the Spanish "e",
    hence our own."""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    conjunction = _conjunction(items[-1])
    plain = pgettext("list", "and")
    complex_items = comma_when_ambiguous and any(
        f" {plain} " in item or "," in item for item in items
    )
    comma = "," if complex_items else ""
    return f"{', '.join(items[:-1])}{comma} {conjunction} {items[-1]}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
