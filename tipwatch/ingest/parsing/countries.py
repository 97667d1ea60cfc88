"""Matching country names as printed in narrative headers to ISO 3166-1 alpha-3 codes.

The matcher is built from data passed in (the Django side reads it from the
database): ``(iso3, name, aliases)`` triples. Matching ignores case, accents,
apostrophe style and punctuation; understands inverted names ("KOREA, SOUTH",
"CONGO, DEMOCRATIC REPUBLIC OF THE", "GAMBIA, THE"), a leading "The" and
"St." for "Saint".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from tipwatch.core.text import unaccented_casefold

CountryEntry = tuple[str, str, Sequence[str]]

_APOSTROPHES = str.maketrans(
    {"\u2019": "", "\u2018": "", "'": "", "`": "", "\u00b4": "", "\u02bc": ""}
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
_LEADING_THE = re.compile(r"^the\s+")
_ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "&": "and",
    "rep": "republic",
    "dem": "democratic",
}


def _fold(text: str) -> str:
    return unaccented_casefold(text).translate(_APOSTROPHES).replace("&", " and ")


# The same names come back again and again (running heads, places, every lookup of the
# matcher): folding them anew was a tenth of the tags' time.
@lru_cache(maxsize=8192)
def normalise_name(name: str) -> str:
    """Canonical key for a name: "CÔTE D\u2019IVOIRE" -> "cote divoire"."""
    words = _NON_WORD.sub(" ", _fold(name)).split()
    words = [_ABBREVIATIONS.get(word, word) for word in words]
    return _LEADING_THE.sub("", " ".join(words))


def name_keys(name: str) -> set[str]:
    """Every key a name may be looked up under (plain and un-inverted forms)."""
    keys = {normalise_name(name)}
    # Drop a parenthetical qualifier: "CHINA (INCLUDES TIBET, ...)" -> "china".
    without_paren = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if without_paren and without_paren != name:
        keys.add(normalise_name(without_paren))
    for variant in list({name, without_paren}):
        if "," in variant:
            head, _, tail = variant.partition(",")
            keys.add(normalise_name(f"{tail} {head}"))
    keys.discard("")
    return keys


class CountryMatcher:
    """Look up a printed country name; returns the ISO3 code or None."""

    def __init__(self, entries: Iterable[CountryEntry]) -> None:
        self._names: dict[str, str] = {}
        primary: dict[str, str] = {}
        secondary: dict[str, str] = {}
        clashes: set[str] = set()
        alias_clashes: set[str] = set()
        for iso3, name, aliases in entries:
            code = iso3.strip().upper()
            self._names[code] = name
            for key in name_keys(name):
                if primary.setdefault(key, code) != code:
                    clashes.add(key)
            for alias in aliases:
                for key in name_keys(alias):
                    if secondary.setdefault(key, code) != code:
                        alias_clashes.add(key)
        index = {k: v for k, v in secondary.items() if k not in alias_clashes}
        index.update(primary)  # an official name wins over another country's alias
        for key in clashes:
            index.pop(key, None)
        self._index = index

    def match(self, name: str) -> str | None:
        """ISO3 code for ``name`` (header spelling), or None when unknown."""
        exact = self._index.get(normalise_name(name))
        if exact is not None:
            return exact
        # "Congo (DRC)": the bracketed abbreviation tells the two Congos apart.
        inner = re.fullmatch(r"[^()]+\(([^()]{2,12})\)\s*", name)
        if inner is not None:
            code = self._index.get(normalise_name(inner.group(1)))
            if code is not None:
                return code
        for key in name_keys(name):
            code = self._index.get(key)
            if code is not None:
                return code
        return None

    __call__ = match

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.match(name) is not None

    def name_for(self, iso3: str) -> str | None:
        return self._names.get(iso3.upper())

    def __len__(self) -> int:
        return len(self._names)
