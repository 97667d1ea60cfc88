"""Find country and group names in text. Pure Python: the names are handed in.

Matching ignores case and accents, but a country or group name must start with a capital
letter in the text ("Chad", not "chad"; "Latin America"), so common words are not taken for
names. The longest name wins ("Dominican Republic" over "Dominica", "Latin America and the
Caribbean" over "Latin America").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .text import fold_name

REGION = "@region"
"""Code of a group mention that names no group ("the region", "la región")."""
WORLD = "@world"
"""Code of a mention of every country ("worldwide", "en todo el mundo")."""
AMBIGUOUS = "@ambiguous"
"""Group of a claim ("only Chile is on Tier 1") whose text says nowhere which countries it
is among."""
UNNAMED = "@unnamed:"
"""Prefix of the code of a region the text names but the data has no group for ("the only
Tier 1 country in Africa"): the code is this prefix and the region's name."""


def unnamed_region(code: str | None) -> str | None:
    """The region's name, when `code` is that of a region the data has no group for."""
    if code and code.startswith(UNNAMED):
        return code.removeprefix(UNNAMED)
    return None


_WORLD_WORDS = (
    "worldwide",
    "in the world",
    "around the world",
    "across the world",
    "globally",
    "of all countries",
    "en todo el mundo",
    "en el mundo",
    "a nivel mundial",
    "mundialmente",
    "a escala mundial",
)

_REGION_WORDS = (
    "the region",
    "this region",
    "our region",
    "the hemisphere",
    "la region",
    "esta region",
    "nuestra region",
    "el hemisferio",
    "el continente",
    "del continente",
)


@dataclass(frozen=True)
class Mention:
    kind: str  # "C" (country) or "G" (group)
    code: str  # ISO3 code, group slug, or REGION
    start: int  # offsets in the folded text
    end: int


class Gazetteer:
    def __init__(
        self,
        countries: Mapping[str, Iterable[str]],
        groups: Mapping[str, Iterable[str]] | None = None,
        country_names: Mapping[str, str] | None = None,
        unnamed_regions: Mapping[str, Iterable[str]] | None = None,
        descriptions: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """`countries` maps ISO3 -> names (English, Spanish, aliases); `groups` maps a group
        slug -> names and adjectives; `country_names` the display name of each code;
        `unnamed_regions` maps the name of a region with no group in the data ("Southeast
        Asia") -> its names, so that a claim scoped to it is not taken for one about the
        world or about a region named before; `descriptions` maps a word that describes a
        country ("kingdom", "island", "Gulf", "andino") -> the countries it fits, so that "the
        kingdom" stands only for a kingdom in context (`context.antecedent`)."""
        self._codes: dict[str, tuple[str, str]] = {}
        # Names given in lower case (Spanish adjectives: "latinoamericano", "gobierno mexicano")
        # match in lower case.
        self._lower_ok: set[str] = set()
        for code, names in countries.items():
            for name in names:
                key = fold_name(name)
                if len(key) >= 2:
                    self._codes.setdefault(key, ("C", code))
                    if name == name.lower():
                        self._lower_ok.add(key)
        # (a country's name is never taken for a region's)
        for region, names in (unnamed_regions or {}).items():
            for name in names:
                key = fold_name(name)
                if len(key) >= 2:
                    self._codes.setdefault(key, ("G", UNNAMED + region))
                    if name == name.lower():
                        self._lower_ok.add(key)
        for slug, names in (groups or {}).items():
            for name in names:
                key = fold_name(name)
                if len(key) >= 2:
                    self._codes[key] = ("G", slug)
                    if name == name.lower():
                        self._lower_ok.add(key)
        self._pattern = (
            re.compile(rf"(?<![\w])(?:{_longest_first(self._codes)})(?![\w])")
            if self._codes
            else None
        )
        regions = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _REGION_WORDS)
        self._region = re.compile(rf"(?<![\w])(?:{regions})(?![\w])")
        world = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORLD_WORDS)
        self._world = re.compile(rf"(?<![\w])(?:{world})(?![\w])")
        self.country_names: dict[str, str] = dict(country_names or {})
        self._descriptions = {
            fold_name(word): frozenset(codes) for word, codes in (descriptions or {}).items()
        }
        described = sorted(self._descriptions, key=len, reverse=True)
        self._described = re.compile(
            r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in described) + r")\b"
            if described
            else r"(?!)"
        )
        # "colombiano" from "gobierno colombiano", "thai" from "Thai government": the words
        # for a country's people, which context.py reads in the plural ("los colombianos").
        self.demonyms: dict[str, str] = {}
        for code, names in countries.items():
            for name in names:
                demonym = _demonym(fold_name(name))
                if demonym:
                    self.demonyms.setdefault(demonym, code)
        # "TT" for Trinidad and Tobago, "SL" for Sri Lanka: read only for a country the text
        # has named (implied_subjects.initialisms), since initials alone are ambiguous.
        self._initials: dict[str, set[str]] = {}
        for code, names in countries.items():
            for name in names:
                capitals = _initials(name)
                if capitals:
                    self._initials.setdefault(capitals, set()).add(code)

    def find(self, folded: str, original: str, origin: list[int]) -> list[Mention]:
        """Mentions in `folded` (see `text.fold`); `original` and `origin` check capitals.
        Regions with no group in the data are left out (see `unnamed_regions`)."""
        return [m for m in self._find(folded, original, origin) if not unnamed_region(m.code)]

    def unnamed_regions(self, folded: str, original: str, origin: list[int]) -> list[Mention]:
        """Mentions of regions the data has no group for ("Southeast Asia", "la UE"). They are
        not tagged in the sentence (where "Middle East allies Kuwait, ..." or "other European
        nations" read as words); they only give a claim's scope (`context.unnamed_scope`)."""
        return [m for m in self._find(folded, original, origin) if unnamed_region(m.code)]

    def _find(self, folded: str, original: str, origin: list[int]) -> list[Mention]:
        mentions: list[Mention] = []
        if self._pattern is not None:
            for match in self._pattern.finditer(folded):
                key = re.sub(r"\s+", " ", match.group())
                first = original[origin[match.start()]]
                if key.startswith("the ") and match.start() + 4 < len(origin):
                    # "the Philippines", "the Gambia": the article may be lower case.
                    first = original[origin[match.start() + 4]]
                if not first.isupper() and key not in self._lower_ok:
                    continue
                kind, code = self._codes[key]
                if unnamed_region(code) and not _names_a_scope(folded, original, origin, match):
                    continue
                mentions.append(Mention(kind, code, match.start(), match.end()))
        for match in self._region.finditer(folded):
            mentions.append(Mention("G", REGION, match.start(), match.end()))
        for match in self._world.finditer(folded):
            mentions.append(Mention("G", WORLD, match.start(), match.end()))
        return mentions

    def described(self, words: str) -> frozenset[str] | None:
        """The countries every description in `words` (folded) fits ("the oil-rich Gulf
        kingdom": Gulf states that are kingdoms), or None when `words` describe nothing we
        know ("the country", "it")."""
        fitting: frozenset[str] | None = None
        for match in self._described.finditer(words):
            codes = self._descriptions[re.sub(r"\s+", " ", match.group())]
            fitting = codes if fitting is None else fitting & codes
        return fitting

    def by_initials(self, letters: str) -> set[str]:
        """The countries whose name's capitals are `letters` ("TT": Trinidad and Tobago)."""
        return set(self._initials.get(letters, ()))

    def name(self, code: str) -> str:
        return self.country_names.get(code, code)


def _longest_first(keys: Iterable[str]) -> str:
    """A pattern for any of `keys` (a space in a key matches any run of white space) that
    takes, where several start at the same place, the longest one the pattern around it lets
    end there. The keys share their prefixes ("dominica(?:n\\s+republic)?"), so that a
    place in the text is tried against the few keys that start with its first letter, not
    against all of them one by one."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for unit in key:
            node = node.setdefault(unit, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    # The branches are exclusive (each starts with its own character, and a space is never
    # a key's letter), and a key that goes on is tried before one that ends here.
    branches = [
        (r"\s+" if unit == " " else re.escape(unit)) + _trie_pattern(child)
        for unit, child in node.items()
        if unit
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if "" in node else ")")


# After an acronym, the words that make it a scope: "the only EU countries", "CARICOM members"
# (and not "EU añade a Cuba ...", where Mexican Spanish writes EU for the United States).
_COUNTRY_NOUN_AFTER = re.compile(
    r"\s*(?:island\s+|member\s+)?(?:countr|nation|state|member|government|pais|naci|estado|miembro)"
)
# ... or after one: "los países de la UE", "member states of the EU".
_COUNTRY_NOUN_BEFORE = re.compile(
    r"(?:countr(?:y|ies)|nations?|states?|members?|pais(?:es)?|nacion(?:es)?|estados?|"
    r"miembros?)\s+"
    r"(?:of|in|de|del|en)\s+(?:(?:the|la|el)\s+)?$"
)


def _names_a_scope(folded: str, original: str, origin: list[int], match: re.Match[str]) -> bool:
    """Whether a region's name found in the text names a scope: an acronym ("EU", "GCC") only
    as the adjective of a word for countries."""
    written = original[origin[match.start()] : origin[match.end() - 1] + 1]
    if not (written.isupper() and written.isalpha()):
        return True
    return bool(
        _COUNTRY_NOUN_AFTER.match(folded, match.end())
        or _COUNTRY_NOUN_BEFORE.search(folded, max(0, match.start() - 40), match.start())
    )


_LINK_WORDS = {"and", "of", "the", "y", "de", "del", "la", "el"}


def _initials(name: str) -> str | None:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    content = [w for w in words if w.lower() not in _LINK_WORDS]
    if len(content) < 2 or not all(w[0].isupper() for w in content):
        return None
    return "".join(w[0] for w in content)


_DEMONYM_ALIAS = re.compile(
    r"^(?:(?:gobierno|estado|ejecutivo|regimen)\s+(?P<es>[a-z]+)|"
    r"(?P<en>[a-z]+(?:\s+[a-z]+)?)\s+(?:government|authorities))$"
)


def _demonym(key: str) -> str | None:
    match = _DEMONYM_ALIAS.match(key)
    if not match:
        return None
    return match.group("es") or match.group("en")
