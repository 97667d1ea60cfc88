"""English streaks and durations: "for the third year in a row", "after three years on Tier 1"."""

from __future__ import annotations

import re

from .count_words_en import CONSECUTIVE
from .grammar import ORD, QT, N, T, words

STREAKS: list[re.Pattern[str]] = [
    # "downgraded after three years on Tier 1", "after four years ranked at Tier 1".
    re.compile(
        rf"(?<=after\s)(?P<afterrun>)(?P<n>{N})\s+(?:consecutive\s+|straight\s+)?years"
        rf"(?=\s+(?:on|in|at|as|(?:ranked|rated|placed)\s+(?:on|in|at|as))\s)"
    ),
    # "after spending three years on the Tier 2 Watch List", "having spent the maximum two
    # years on the Watch List" (the two years the law allows there).
    re.compile(
        rf"(?:spent|spending|spends|spend)\s+(?:(?P<atleast>at\s+least)\s+)?"
        rf"(?:the\s+(?:maximum|full|allowed|permitted)\s+(?:of\s+)?)?(?P<n>{N})\s+"
        rf"(?:consecutive\s+|straight\s+)?(?:years|reports)(?=\s+(?:on|in|at)\b)"
    ),
    re.compile(
        rf"(?:for\s+)?(?:(?P<atleast>at\s+least)\s+)?(?:the\s+|a\s+|its\s+|their\s+)?"
        rf"(?P<o>{ORD})\s+(?:{CONSECUTIVE}\s+)?"
        rf"(?:year|report|time)s?(?:\s+{words('in a row', 'running', 'in succession')})?"
    ),
    # "in the previous two reports", "for the two preceding years": a run that ended in the
    # report before the one the text is about.
    re.compile(
        rf"(?:for\s+|in\s+)?(?:each\s+of\s+)?the\s+(?P<before>previous|preceding|prior)\s+(?P<n>{N})\s+"
        r"(?:years|reports|editions)"
    ),
    re.compile(
        rf"(?:for\s+|in\s+)?(?:each\s+of\s+)?the\s+(?P<n>{N})\s+(?P<before>previous|preceding|prior)\s+"
        r"(?:years|reports|editions)"
    ),
    # "over the past three years", "during the last two years": the tier held through them,
    # not a run that began with them.
    # (not "six of the past eight years": a count of years, not a run)
    re.compile(
        r"(?<!\bof\s)(?<!\bpast\s)(?<!\blast\s)"
        r"(?:(?P<atleast2>over|throughout|during)\s+(?=the\s+(?:past|last)\s)|for\s+)?"
        rf"(?:(?P<atleast>at\s+least)\s+)?(?:the\s+(?:past|last)\s+)?(?P<n>{N})\s+"
        rf"(?:{words('consecutive', 'straight', 'successive', 'continuous')}\s+)?(?:years|reports)"
        rf"(?:\s+{words('in a row', 'running', 'in succession')})?"
    ),
]
# "for a second year" after staying on a tier: a streak too ("for the 13th year" may count
# years that were not in a row).
STREAK_NEEDS = re.compile(
    r"^spen[dt]|consecutive|straight|successive|running|continuous|in a row|in succession|"
    r"past|last|previous|preceding|prior|"
    r"^for\s+a\s+\u27e6O\d+\u27e7\s+(?:year|report)\b"
)
TIER_AFTER = re.compile(
    rf"\s*(?:(?:ranked|rated|placed|listed)\s+)?(?:{words('on', 'in', 'at', 'as')})(?:\s+(?:a|an))?"
    rf"\s+{QT}(?P<t>{T})"
)
