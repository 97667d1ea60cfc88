"""An inclusion said to be new is a move onto the tier. "Incluyó a Bolivia en la lista negra"
alone only places Bolivia there (it may have been there the year before), but "incluyó por
primera vez a Nicaragua en el Nivel 3", "Nicaragua fue incluida por primera vez en ..." and
"mantuvo a Cuba e incluyó a Nicaragua en su lista negra" (the inclusion set against countries
kept there) say Nicaragua was not on the tier before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .found import Found
from .model import ClaimKind
from .tagger import Tagged

_INCLUDED = re.compile(r"\b(?:incluy|incluid|inclui)\w*")
# ("primera" is an ordinal's token by then)
_FIRST_TIME = re.compile(r"\bpor\s+(?:primera|\u27e6O(?P<o>\d+)\u27e7)\s+vez\b")
# The keeping just before the inclusion, joined to it: "mantuvo a Cuba e incluyó a ...".
_KEPT_AND = re.compile(r"\b(?:y|e)\s+(?:(?:ha|han)\s+)?$")
_KEEP = re.compile(r"\b(?:mantuv|mantien|manten|conserv)\w*")


def newly_included(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """`chosen` with each inclusion said to be new read as a move onto its tier."""
    result = []
    for item in chosen:
        claim = item.claim
        span = tagged.text[item.start : item.end]
        placing = (
            claim.kind is ClaimKind.TIER
            and claim.tier
            and not claim.negated
            and not claim.unchanged
            and _INCLUDED.search(span)
        )
        if placing and (_first_time(tagged, item) or _after_a_keeping(tagged, chosen, item)):
            moved = replace(claim, kind=ClaimKind.CHANGE)
            result.append(replace(item, claim=moved, rule=f"{item.rule}+newly-included"))
        else:
            result.append(item)
    return result


def _first_time(tagged: Tagged, item: Found) -> bool:
    """Whether "por primera vez" stands in the claim's words or right after them."""
    after = re.match(r"[^.;:,]{0,40}", tagged.text[item.end :])
    stretch = tagged.text[item.start : item.end + (after.end() if after else 0)]
    for match in _FIRST_TIME.finditer(stretch):
        ordinal = match.group("o")
        if ordinal is None or tagged.tokens[int(ordinal)].value == "1":
            return True
    return False


def _after_a_keeping(tagged: Tagged, chosen: list[Found], item: Found) -> bool:
    """Whether a stay on the same tier, by a verb of keeping, ends right before the item,
    joined to it by "y"/"e"."""
    for kept in chosen:
        claim = kept.claim
        if claim.kind is not ClaimKind.TIER or not claim.unchanged or claim.tier != item.claim.tier:
            continue
        if kept.end > item.start or not _KEEP.search(tagged.text, kept.start, kept.end):
            continue
        if _KEPT_AND.search(tagged.text[kept.end : item.start]) or _KEPT_AND.search(
            tagged.text[kept.start : item.start]
        ):
            return True
    return False
