"""An English move whose own words name no tier, completed from the words after it ("upgraded
Singapore's ranking to Tier 2"), for `last_resort.onward_tiers`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Claim, ClaimKind
from .tagger import Tagged

# What may stand between a move and the tier it went to, when the move's own words named none:
# the object's ranking ("upgraded Singapore's ranking to Tier 2"), an adverb ("downgraded
# further to"), the report ("downgraded Uzbekistan in its 2013 report to tier III"), the tier it
# left with an aside ("moved from "tier 2" countries (not yet compliant) to "tier 1" countries").
_Q = r"[\"'\u2018\u2019\u201c\u201d]?"
_ONWARD_TIER = re.compile(
    # The rest of a tier the move left, already read: "from "tier 2" countries (...) to".
    rf"{_Q}(?:\s+(?:countries|nations|status|category|level|list))?"
    r"(?:\s+(?:last\s+year|the\s+year\s+before|in\s+\u27e6Y\d+\u27e7))?(?:\s*\([^()\u27e6]{0,100}\))?"
    # "fell from Tier 1, which includes most Western European countries, to Tier 2": an aside
    # on the tier it left, between commas.
    r"(?:\s*,\s*(?:which|where)\s+(?:[^,;.:()\u27e6]|\u27e6[CNY]\d+\u27e7){1,80},"
    r"(?=\s+(?:back\s+|down\s+|up\s+)?(?:in)?to\b))?"
    r"(?:'s?\s+(?:[a-z-]+\s+){0,2}?(?:ranking|rating|status|standing|position|placement|"
    r"tier|grade|classification|score))?"
    r"(?:\s+(?:further|again|once\s+again|even\s+further|all\s+the\s+way|sharply|"
    r"(?:a|one|two)\s+(?:notch|tier|level|step|rung|place|spot|position|rank)s?))*"
    r"(?:\s+(?:in|on|by)\s+(?:[^\u27e6,;.:]|\u27e6Y\d+\u27e7){0,60}?"
    r"(?:report|list|rankings?|assessment)(?:\s*\([^()\u27e6]{0,20}\))?)?"
    # ("moved down a tier, from Tier 1 to Tier 2": a comma may come first)
    rf"(?P<from>\s*,?\s+(?:back\s+|down\s+|up\s+)?from\s+(?:the\s+|a\s+|its\s+)?{_Q}"
    rf"\u27e6T(?P<f>\d+)\u27e7{_Q}"
    r"(?:\s+(?:countries|nations|status|ranking|rating|category|level|list))?"
    r"(?:\s+(?:last\s+year|the\s+year\s+before|in\s+\u27e6Y\d+\u27e7))?"
    r"(?:\s*\([^()\u27e6]{0,100}\))?)?"
    # "boosted Thailand out of the basement and into ...": a place left, named by a metaphor
    r"(?:\s+out\s+of\s+(?:the\s+|its\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+and(?=\s+(?:in)?to\b))?"
    # ("dropped a tier, to Tier 2": a comma may come first)
    rf"(?:\s*,?\s+(?:back\s+|down\s+|up\s+)?(?:to|into|onto)(?:\s+become)?"
    # "was removed from the Tier 2 Watch List and was placed on Tier 2"
    # (the subject the parser carries to the second verb stands after "and")
    r"|\s+and(?:\u27e6C\d+\u27e7)?\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?"
    r"(?:placed|put|listed|moved)"
    r"\s+(?:on|in|onto|into|to)"
    # "bumped up from tier 3, achieving tier 2 watch list status"
    r"|\s*,?\s+(?:achieving|attaining|earning|gaining|reaching|securing|becoming)"
    rf")\s+(?:the\s+|a\s+|an\s+)?"
    # "into an area called the Tier 2 Watch List"
    r"(?:(?:area|category|group|zone|level|class)\s+(?:called|known\s+as|dubbed)\s+(?:the\s+)?)?"
    rf"{_Q}\u27e6T(?P<t>\d+)\u27e7"
)


def onward_tier(tagged: Tagged, claim: Claim, end: int) -> tuple[Claim, int] | None:
    """A move read without the tier it went to, completed from the words right after it."""
    if claim.kind is not ClaimKind.CHANGE or claim.tier is not None or claim.negated:
        return None
    match = _ONWARD_TIER.match(tagged.text, end)
    if match is None:
        return None
    tier = tagged.tokens[int(match.group("t"))].value
    from_tier = claim.from_tier
    if match.group("f") is not None:
        if from_tier is not None:
            return None  # a second "from": not this move's words
        from_tier = tagged.tokens[int(match.group("f"))].value
    if not tier or tier == from_tier:
        return None
    return replace(claim, tier=tier, from_tier=from_tier), match.end()
