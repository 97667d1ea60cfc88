"""Matching country names as printed in narrative headers to ISO 3166-1 alpha-3 codes.

The matcher is built from data passed in (the Django side reads it from the
database): ``(iso3, name, aliases)`` triples. Matching ignores case, accents,
apostrophe style and punctuation; understands inverted names ("KOREA, SOUTH",
"CONGO, DEMOCRATIC REPUBLIC OF THE", "GAMBIA, THE"), a leading "The", "St"/"St." for
"Saint" and "&" for "and". Failing that, a name of two words or more whose last word is cut
short, as a table's narrow column prints it ("St Vincent & Gren"), or that leaves out a
"the" ("Saint Vincent and Grenadines"), is the one country whose name, its other words the
same, has a last word that starts so; not when two countries' would.
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
# The shortest cut-off last word read as the start of a name's last word ("Gren").
_MIN_TRUNCATED = 3
_MAX_ANSWERS = 65536
_MAX_KEPT_NAME = 120
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


def _without_the(key: str) -> str:
    """A name's key with every "the" left out: "saint vincent and grenadines"."""
    if "the" not in key:
        return key
    return " ".join(word for word in key.split() if word != "the")


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
        # The lists and the tags look the same few names up again and again ("Cuba", a
        # column's row, a line's words): the answers are kept, up to a bound.
        self._answers: dict[str, str | None] = {}
        # Every key of two words or more, "the" left out, by its words but the last: the
        # last words that may follow them and whose they are (see `_truncated`).
        self._by_stem: dict[str, list[tuple[str, str]]] = {}
        for key, code in index.items():
            stem, _, last = _without_the(key).rpartition(" ")
            if stem:
                self._by_stem.setdefault(stem, []).append((last, code))

    def match(self, name: str) -> str | None:
        """ISO3 code for ``name`` (header spelling), or None when unknown."""
        try:
            return self._answers[name]
        except KeyError:
            pass
        code = self._match(name)
        # Only name-sized keys: a caller may ask about a long line, which is never kept.
        if len(name) <= _MAX_KEPT_NAME and len(self._answers) < _MAX_ANSWERS:
            self._answers[name] = code
        return code

    def _match(self, name: str) -> str | None:
        exact = self._index.get(normalise_name(name))
        if exact is not None:
            return exact
        # "Congo (DRC)": the bracketed abbreviation tells the two Congos apart.
        inner = re.fullmatch(r"[^()]+\(([^()]{2,12})\)\s*", name)
        if inner is not None:
            code = self._index.get(normalise_name(inner.group(1)))
            if code is not None:
                return code
        keys = name_keys(name)
        for key in keys:
            code = self._index.get(key)
            if code is not None:
                return code
        for key in sorted(keys):
            code = self._truncated(key)
            if code is not None:
                return code
        return None

    def _truncated(self, key: str) -> str | None:
        """The one country whose name has the key's words but the last, "the" aside, and a
        last word that the key's last word starts ("saint vincent and gren" -> VCT). A last
        word that is some name's whole last word keeps to those names."""
        stem, _, cut = key.rpartition(" ")
        if len(cut) < _MIN_TRUNCATED:
            return None
        followers = self._by_stem.get(_without_the(stem))
        if not followers:
            return None
        whole = {code for last, code in followers if last == cut}
        codes = whole or {code for last, code in followers if last.startswith(cut)}
        return codes.pop() if len(codes) == 1 else None

    __call__ = match

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.match(name) is not None

    def name_for(self, iso3: str) -> str | None:
        return self._names.get(iso3.upper())

    def __len__(self) -> int:
        return len(self._names)
