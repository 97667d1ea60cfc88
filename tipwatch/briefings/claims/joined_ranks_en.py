"""A country that joins the ranks of others on a tier: "China has now joined the ranks of
Russia, North Korea, Iran, and a handful of other countries as Tier 3 violators", "Peru joined
the ranks of Cuba and Iran on Tier 3".

The one who joins moved onto the tier (a change to it, its direction not said: joining the
worst is a fall, joining the best a rise, and the sentence says neither); the ones whose ranks
it joins were there (a placement). "Hopes to join", "did not join", "would join" say no move:
the verb must be a plain past, present or perfect, with no negation or modal before it.
"""

from __future__ import annotations

import re

from .clause_mood import LOOSE_MODAL, hypothetical
from .country_tokens import country_codes, is_author
from .earlier_report import time_after
from .found import Found
from .grammar import CL, QT, N, T
from .model import Claim, ClaimKind
from .tagger import Tagged
from .vocabulary_en import VOCABULARY

# What may follow the named countries before the tier: "and a handful of other countries",
# "and 20 other nations", "among others".
_MORE = (
    rf"(?:\s*,?\s*(?:and|plus)\s+(?:a\s+(?:handful|number|few|couple)\s+of\s+|several\s+|some\s+|"
    rf"many\s+|{N}\s+)?(?:other|more)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:countries|nations|states|governments|regimes)|\s*,?\s*among\s+others)?"
)
_JOINED = re.compile(
    rf"(?P<subj>{CL})\s+(?P<before>(?:(?:has|have|had|now|also|thus|then|officially|finally|"
    rf"this\s+year)\s+)*)(?:joined|joins|join)\s+the\s+ranks\s+of\s+(?P<others>{CL}){_MORE}"
    rf"\s*,?\s+(?:as|on|in|at|among)\s+(?:the\s+)?(?:other\s+|fellow\s+)?{QT}(?P<t>{T})"
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n't\b")


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    found: list[Found] = []
    for match in _JOINED.finditer(tagged.text):
        start, end = match.start(), match.end()
        if any(start < f.end and f.start < match.start("others") for f in chosen):
            continue  # the joiners already read
        before = tagged.text[max(0, start - 30) : start] + match.group("before")
        if _NEGATION.search(match.group("before")) or LOOSE_MODAL.search(before.split(",")[-1]):
            continue
        if hypothetical(tagged, start, VOCABULARY):
            continue
        back = time_after(tagged.text[end:])
        if back is None:
            continue
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        joiners = country_codes(
            t for t in tagged.tokens_in(match.group("subj"), "C") if not is_author(tagged, t)
        )
        members = country_codes(
            t for t in tagged.tokens_in(match.group("others"), "C") if not is_author(tagged, t)
        )
        if not tier or not joiners:
            continue
        # Both claims quote the whole clause, so that both are dated by what opens it.
        moved = Claim(ClaimKind.CHANGE, "", (0, 0), countries=joiners, tier=tier)
        found.append(Found(moved, start, end, rule="joined-ranks", back=back))
        members = tuple(code for code in members if code not in joiners)
        others = match.start("others")
        if members and not any(others < f.end and f.start < end for f in chosen):
            placed = Claim(ClaimKind.TIER, "", (0, 0), countries=members, tier=tier)
            found.append(Found(placed, start, end, rule="joined-ranks-members", back=back))
    return found
