"""English word orders the patterns do not reach, read over a tagged sentence (tagger.py).

* A country's own earlier tier, named by a possessive and dated: "Indonesia has been classified
  in Tier 2 ..., marking an improvement over its Tier 2 Watch List position in 2006". "Its"
  stands for the country of the claim just before it, else for the one country the sentence
  names before it (the report's author aside); with two or more, it is left alone.
* A tier's heading, its definition, and examples in brackets: "Tier 1 - Countries whose
  governments fully comply with ... (examples: Canada, U.S., Australia)".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grammar import CL, QT, T, words
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged

if TYPE_CHECKING:
    from .parser import _Found

_Y = r"\u27e6Y(?P<y>\d+)\u27e7"
_STANDING = words(
    "position", "ranking", "rating", "status", "placement", "standing", "classification"
)
_OWN_EARLIER_TIER = re.compile(
    rf"\b(?:its|their)\s+{QT}(?P<t>{T})[\"']?\s+{_STANDING}"
    rf"\s+(?:in|of)\s+(?:the\s+)?{_Y}(?!\s*(?:report|tip)\b)"
)

_HEADING_EXAMPLES = re.compile(
    rf"^\W*{QT}(?P<t>{T})[\"']?\s*[-:]\s+"
    r"(?:[^()\u27e6]|\([^()\u27e6]*\)|\u27e6[CGNYO]\d+\u27e7){1,400}?"
    r"\(\s*(?:examples?|e\.\s*g\.?|for\s+(?:example|instance)|such\s+as|including)\s*[:,]?\s*"
    rf"(?P<subj>{CL})\s*[.,]?\s*\)"
)


def read(tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    from . import parser  # the parser imports this module's language

    found: list[_Found] = []
    for match in _OWN_EARLIER_TIER.finditer(tagged.text):
        if any(match.start() < f.end and f.start < match.end() for f in chosen):
            continue
        # "Its": the country of the claim just before, or the one country named before.
        earlier = [f for f in chosen if f.end <= match.start() and f.claim.countries]
        countries: set[str]
        if earlier:
            countries = set(max(earlier, key=lambda f: f.end).claim.countries)
        else:
            named = [
                tagged.tokens[int(m.group("index"))]
                for m in TOKEN.finditer(tagged.text, 0, match.start())
            ]
            countries = {t.value for t in named if t.kind == "C" and not parser._author(tagged, t)}
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if len(countries) != 1 or not tier or "+" in next(iter(countries)):
            continue
        year = int(tagged.tokens[int(match.group("y"))].value)
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=tuple(countries), tier=tier)
        found.append(parser._Found(claim, match.start(), match.end(), years=(year,), rule="its"))
    heading = _HEADING_EXAMPLES.match(tagged.text)
    if heading and not any(heading.start("subj") < f.end for f in chosen):
        tier = tagged.tokens[int(heading.group("t")[2:-1])].value
        examples = tuple(
            dict.fromkeys(
                t.value for t in tagged.tokens_in(heading.group("subj"), "C") if "+" not in t.value
            )
        )
        if tier and examples:
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=examples, tier=tier)
            start, end = heading.start("subj"), heading.end()
            found.append(parser._Found(claim, start, end, rule="heading-examples"))
    return found
