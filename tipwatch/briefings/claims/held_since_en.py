"""A tier a country has held since a year, told in a phrase that describes the tier: "Tier 1
... - a level Bahrain has held since 2018", "Bahrain is on Tier 1, a ranking it has held since
2018", "its Tier 1 status, which Bahrain has kept since 2018".

The country is on that tier in every report from that year to the text's (a run: the parser
makes it a streak from `Found.since`). The describing phrase must follow the tier in the same
sentence, and its verb must be a perfect of holding ("has held", "has kept", "has maintained",
"has retained", "has occupied", "has enjoyed"); "had held ... until 2020", a hope or a
negation says no run up to the report and is not read.
"""

from __future__ import annotations

import re

from .country_tokens import country_codes, is_author
from .found import Found
from .grammar import CL, T, Y, words
from .model import Claim, ClaimKind
from .tagger import Tagged

_NOUN = words(
    "level", "ranking", "rating", "status", "position", "spot", "place", "tier", "category",
    "designation", "classification", "standing", "grade", "rank",
)  # fmt: skip
_HOLD = words("held", "kept", "maintained", "retained", "occupied", "enjoyed", "kept hold of")
_HELD_SINCE = re.compile(
    # the tier, and what may follow it before the describing phrase
    rf"(?P<t>{T})[\"']?(?:\s+{_NOUN})?(?P<between>[^\u27e6.;]{{0,160}}?)"
    # ", a ranking", "- a level", ", which"
    rf"(?:\s*[,\u2014\u2013-]\s*|\s+)(?P<desc>(?:a|the|one)\s+{_NOUN}\s+(?:(?:that|which)\s+)?|"
    rf"(?<=,\s)(?:which|that)\s+)"
    rf"(?P<subj>{CL})\s+(?:has|have)\s+(?:(?:consistently|continuously|steadily|successfully|"
    rf"proudly|always)\s+)?{_HOLD}\s+(?:ever\s+)?since\s+(?:the\s+)?(?P<y>{Y})"
)
# A break in the sentence between the tier and the phrase: another clause, not a description.
_BREAK = re.compile(r"\b(?:but|while|whereas|although|though|because|if|unless)\b")


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    found: list[Found] = []
    for match in _HELD_SINCE.finditer(tagged.text):
        if _BREAK.search(match.group("between")):
            continue
        start, end = match.start("desc"), match.end()
        if any(start < f.end and f.start < end for f in chosen):
            continue
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        countries = country_codes(
            t for t in tagged.tokens_in(match.group("subj"), "C") if not is_author(tagged, t)
        )
        if not tier or not countries:
            continue
        since = int(tagged.tokens[int(match.group("y")[2:-1])].value)
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
        found.append(Found(claim, start, end, rule="held-since", since=since))
    return found
