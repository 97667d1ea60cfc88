"""Placements a narrative's own words imply for earlier years. Pure Python: no Django.

"Therefore Bolivia remained on Tier 2 Watch List for the fourth consecutive year" in the 2017
report says Bolivia was on the Watch List in 2016, 2015 and 2014 too. Where our data lacks one
of those years, the import offers it as an inferred placement with the sentence as its quote,
for an editor to accept or not like any other proposed change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipwatch.core.number_words import ordinal_values

_ORDINALS = ordinal_values("en", 25)
_TIERS = [
    (re.compile(r"tier\s+(?:2|two|ii)\s+watch\s*list|watch\s*list", re.I), "2WL"),
    (re.compile(r"tier\s+(?:3|three|iii)", re.I), "3"),
    (re.compile(r"tier\s+(?:2|two|ii)", re.I), "2"),
    (re.compile(r"tier\s+(?:1|one|i)", re.I), "1"),
]
# The report's own sentence: "... remained on Tier 2 Watch List for the third consecutive year",
# "... is placed on Tier 2 Watch List for a fifth consecutive year".
_STREAK = re.compile(
    r"(?:remained|remains|remain|was\s+placed|is\s+placed|placed|ranked|kept)\s+on\s+(?:the\s+)?"
    r"(?P<tier>tier\s+(?:[123]|one|two|three|i{1,3})(?:\s+watch\s*list)?|watch\s*list)\s+"
    r"for\s+(?:the|a)\s+(?P<ordinal>[a-z]+|\d+(?:st|nd|rd|th))\s+consecutive\s+year",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ImpliedPlacement:
    year: int
    tier: str
    quote: str


def _count(ordinal: str) -> int | None:
    ordinal = ordinal.lower()
    if ordinal in _ORDINALS:
        return _ORDINALS[ordinal]
    digits = re.match(r"\d+", ordinal)
    return int(digits.group()) if digits else None


def _tier(text: str) -> str | None:
    for pattern, tier in _TIERS:
        if pattern.fullmatch(text.strip()):
            return tier
    return None


def implied_placements(text: str, report_year: int) -> list[ImpliedPlacement]:
    """The earlier placements `text` (one country's narrative in the `report_year` report)
    states in its own words, newest first; one per year."""
    found: dict[int, ImpliedPlacement] = {}
    flat = re.sub(r"\s+", " ", text)
    for match in _STREAK.finditer(flat):
        years = _count(match.group("ordinal"))
        tier = _tier(match.group("tier"))
        if years is None or tier is None or not 1 < years <= 25:
            continue
        start = flat.rfind(".", 0, match.start()) + 1
        end = flat.find(".", match.end())
        quote = flat[start : end + 1 if end >= 0 else len(flat)].strip()
        for back in range(1, years):
            found.setdefault(report_year - back, ImpliedPlacement(report_year - back, tier, quote))
    return [found[year] for year in sorted(found, reverse=True)]
