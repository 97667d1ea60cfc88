"""A tier kept, told by a noun for the standing rather than by the tier's name, after the
sentence named the tier: "Hungary was upgraded to Tier 2 in 2020 and has maintained its
position this year", "... was put into Tier 2 in 2022 and remained in the tier in last year's
report", "... and kept that ranking".

Only a tier this sentence named before the words is meant (after a sentence break "its
position" may be anything), and a standing said to be something else ("kept its position as
the region's biggest exporter", "its position on migrants") is no tier.
"""

from __future__ import annotations

import re

_STANDING = (
    r"(?:position|ranking|rank|rating|status|standing|place|spot|classification|"
    r"categori[sz]ation|grade|level|tier)"
)
_KEPT = re.compile(
    # "maintained its position", "kept that ranking", "retained the same status"
    r"\b(?:maintained|maintains|maintain|kept|keeps|keep|retained|retains|retain|held|holds|"
    r"preserved|preserves|kept\s+hold\s+of)\s+(?:successfully\s+)?"
    rf"(?P<kept>(?:its|their|that|this|the\s+same|its\s+same|this\s+same)\s+{_STANDING})"
    # "remained in the tier", "stayed at that level", "remains in the same category"
    r"|\b(?:remained|remains|remain|stayed|stays|stay)\s+(?:in|on|at)\s+"
    r"(?P<stayed>the\s+(?:same\s+)?(?:tier|category|level|ranking|group)|"
    r"(?:that|this)\s+(?:level|ranking|group|position))"
)
# What makes the standing something other than a tier.
_SOMETHING_ELSE = re.compile(
    r"\s+(?:as|of|on|among|within|in\s+(?:the\s+)?(?:region|world|market|league))\b"
)


def kept_spans(folded: str) -> list[tuple[int, int]]:
    """Where a sentence names a standing kept without naming its tier (folded offsets)."""
    spans = []
    for match in _KEPT.finditer(folded):
        name = "kept" if match.group("kept") else "stayed"
        if _SOMETHING_ELSE.match(folded, match.end(name)):
            continue
        spans.append((match.start(name), match.end(name)))
    return spans
