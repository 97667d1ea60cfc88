"""A move told in a relative clause on the tier it went to or left: "Japan is in Tier 2, to
which it had been downgraded from Tier 1 in 2020", "Peru is on Tier 3, where it was relegated
in 2012", "Chile left Tier 2, from which it was upgraded in 2015".

The move's own words name no tier (or not that one); the tier the relative pronoun stands for
is where it went ("to which", "into which", "where") or what it left ("from which", "out of
which"). Only a move read without that tier is completed, and only when the relative clause
opens right after the tier (a comma between them, nothing else).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .found import Found
from .model import ClaimKind
from .tagger import Tagged

_RELATIVE = re.compile(
    r"\u27e6T(?P<t>\d+)\u27e7[\"']?(?:\s+(?:category|list|ranking|level|status))?\s*,\s*"
    r"(?:(?P<to>(?:to|into|onto)\s+which|where)|(?P<from>(?:from|out\s+of)\s+which))\s+$"
)


def moved_by_the_relative(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    result: list[Found] = []
    for item in chosen:
        claim = item.claim
        match = _RELATIVE.search(tagged.text, max(0, item.start - 80), item.start)
        if claim.kind is not ClaimKind.CHANGE or claim.negated or match is None:
            result.append(item)
            continue
        tier = tagged.tokens[int(match.group("t"))].value or None
        if match.group("to") and claim.tier is None and tier != claim.from_tier:
            claim = replace(claim, tier=tier)
        elif match.group("from") and claim.from_tier is None and tier != claim.tier:
            claim = replace(claim, from_tier=tier)
        result.append(replace(item, claim=claim))
    return result
