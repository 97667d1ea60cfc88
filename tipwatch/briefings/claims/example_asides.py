"""A neutral aside between a list of countries and what is said of them: "Serbia and Bulgaria,
for example, remained on the watch list", "Peru and Chile, by contrast, are on Tier 2", "Perú
y Chile, por ejemplo, están en el Nivel 2". The readers take the country nearest the verb;
the claim is the whole list's. An aside that sets a country apart ("unlike Chile") is
`contrasted.py`'s, and one that names a companion ("like Chile") the companions'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .found import Found
from .grammar import words
from .model import PLACING_KINDS
from .tagger import Tagged

_COUNTRIES = r"(?:the\s+|el\s+|la\s+|a\s+)?\u27e6C\d+\u27e7"
_LIST = rf"{_COUNTRIES}(?:\s*(?:,|\band\b|\by\b|\be\b)\s*{_COUNTRIES})*"
# Words that say nothing of which countries the claim is about.
_NEUTRAL = words(
    "for example", "for instance", "in particular", "among others", "notably", "by contrast",
    "in contrast", "meanwhile", "however", "in turn", "too", "also", "this year", "again",
    "por ejemplo", "entre otros", "en particular", "en cambio", "por su parte", "sin embargo",
    "a su vez", "tambien", "ademas", "este ano", "de nuevo",
)  # fmt: skip
_LIST_BEFORE = re.compile(rf"(?P<list>{_LIST})\s*,\s*{_NEUTRAL}\s*,\s*$")


def list_before_an_aside(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Each claim read after a neutral aside of the countries of the list before it, given
    to the whole list."""
    result: list[Found] = []
    for found in chosen:
        claim = found.claim
        before = _LIST_BEFORE.search(tagged.text, max(0, found.start - 300), found.start)
        if before is not None and claim.kind in PLACING_KINDS and claim.countries:
            listed = country_codes(tagged.tokens_in(before.group("list"), "C"))
            if set(claim.countries) < set(listed):
                found = replace(
                    found,
                    claim=replace(claim, countries=tuple(dict.fromkeys(listed))),
                    start=before.start(),
                )
        result.append(found)
    return result
