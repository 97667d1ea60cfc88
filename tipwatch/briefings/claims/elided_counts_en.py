"""A count of countries on a tier with its noun left out, after the sentence has named the
countries counted: "The report evaluated 189 nations and only 29 are on Tier 1", "Of the 188
countries, 31 are on Tier 1", "The report rated 188 countries; 31 were placed on Tier 1".

The number is read as a count of countries only when the same sentence named a larger number
of countries before it (the whole it is a part of), and only with a verb of being or placing
and a preposition before the tier; a number with a word of approximation ("nearly 30") is left
to the other readings.
"""

from __future__ import annotations

import re

from .found import Found
from .grammar import QT, N, T
from .model import Claim, ClaimKind
from .tagger import Tagged

# The whole: "189 nations", "the 188 countries and territories", "188 countries assessed".
_WHOLE = re.compile(
    rf"(?P<n>{N})\s+(?:[a-z-]+\s+){{0,2}}?(?:countries|nations|states|governments)\b"
)
_PART = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:(?:only|just|a\s+mere)\s+)?"
    rf"(?P<n>{N})\s+(?:of\s+(?:them|those|these)\s+)?"
    rf"(?:are|were|was|have\s+been|had\s+been)\s+(?:(?:now|currently|still)\s+)?"
    rf"(?:(?:placed|listed|ranked|rated|classified|included|designated)\s+)?"
    rf"(?:on|in|at|as|among)\s+(?:the\s+)?{QT}(?P<t>{T})"
)


def _value(tagged: Tagged, token: str) -> int:
    return int(tagged.tokens[int(token[2:-1])].value)


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    found: list[Found] = []
    for match in _PART.finditer(tagged.text):
        start, end = match.start("n"), match.end()
        if any(start < f.end and f.start < end for f in chosen):
            continue
        wholes = [_value(tagged, w.group("n")) for w in _WHOLE.finditer(tagged.text, 0, start)]
        count = _value(tagged, match.group("n"))
        if not wholes or count >= wholes[-1]:
            continue
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if not tier:
            continue
        claim = Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=count)
        found.append(Found(claim, start, end, rule="elided-count"))
    return found
