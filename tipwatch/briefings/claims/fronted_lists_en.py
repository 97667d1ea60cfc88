"""A tier put first, then the report listing its members: "In Tier 2, the report lists
Indonesia, Singapore and Thailand", "In the report's "tier two" category -- one level up from
the worst offenders, it lists East Timor, Indonesia, ...", "On the Watch List, the State
Department names Cuba and Peru".

The one who lists must be the report or its author ("it", "the report", "the State
Department", "the US"), its verb a plain one of listing or placing right after it (no "no
longer", "does not", "could"): what another body lists there is not the report's placement.
An aside between the tier and the clause may describe the tier ("one level up from the worst
offenders") but name no country.
"""

from __future__ import annotations

import re

from .country_tokens import REPORT_AUTHOR, country_codes, is_author
from .found import Found
from .grammar import CL, QT, T, words
from .model import Claim, ClaimKind
from .tagger import Tagged

_OWNER = r"(?:(?:the\s+)?(?:report's|department's|state\s+department's|its|this\s+year's)\s+)?"
_NOUN = words("category", "list", "group", "ranking", "tier", "countries", "nations", "bracket")
# An aside that describes the tier: any words and tiers, no country, between punctuation.
_ASIDE = r"(?:\s*(?:--|\u2014|\u2013|-|,|\()(?:[^\u27e6.;:]|\u27e6[TNOY]\d+\u27e7){0,100}?)?"
_AUTHOR = (
    r"(?:it|they|the\s+report|the\s+(?:us\s+|u\.s\.\s+)?(?:state\s+)?department|"
    r"the\s+(?:us|u\.s\.)|washington|\u27e6C(?P<author>\d+)\u27e7)"
)
_LISTS = words(
    "lists", "listed", "names", "named", "includes", "included", "places", "placed", "puts",
    "put", "ranks", "ranked", "counts", "counted", "has",
)  # fmt: skip
_FRONTED = re.compile(
    rf"^\W*(?:in|on|among|within|under)\s+{_OWNER}{QT}(?P<t>{T})[\"']?(?:\s+{_NOUN})?"
    rf"{_ASIDE}\s*[,)\u2014\u2013-]*\s*{_AUTHOR}\s+(?:also\s+|again\s+|now\s+)?{_LISTS}\s+"
    rf"(?:such\s+countries\s+as\s+|countries\s+(?:such\s+as|like|including)\s+)?(?P<subj>{CL})"
)


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    match = _FRONTED.match(tagged.text)
    if match is None or any(match.start() < f.end and f.start < match.end() for f in chosen):
        return []
    author = match.group("author")
    if author is not None and tagged.tokens[int(author)].value != REPORT_AUTHOR:
        return []  # "In Tier 2, Chile lists ...": another country's list
    tier = tagged.tokens[int(match.group("t")[2:-1])].value
    countries = country_codes(
        t for t in tagged.tokens_in(match.group("subj"), "C") if not is_author(tagged, t)
    )
    if not tier or not countries:
        return []
    claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
    return [Found(claim, match.start(), match.end(), rule="fronted-list")]
