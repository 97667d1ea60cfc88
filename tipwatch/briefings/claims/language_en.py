"""English for the parser: its vocabulary, rules and streaks, the clause reader's words and the
readings it adds of its own (last resort, onward tiers, companions, other word orders).
"""

from __future__ import annotations

import re

from . import (
    clauses_en,
    companions_en,
    elided_counts_en,
    fallback_en,
    fronted_lists_en,
    held_since_en,
    joined_ranks_en,
    judged_en,
    onward_en,
)
from .rules_en import RULES
from .streak_patterns_en import STREAK_NEEDS, STREAKS, TIER_AFTER
from .vocabulary_en import VOCABULARY

# What the parser reads from a language, beyond the words defined here.
__all__ = ["RULES", "STREAKS", "STREAK_NEEDS", "TIER_AFTER", "VOCABULARY"]

# --- the clause reader (clause_reader.clause_claims) ----------------------------------------
# Words that make a clause's subject be on the tier its preposition names, when no rule
# (`rules_en`) read the clause: "Peru, after a year of reforms under a new government, is again
# on Tier 2".
LOOSE_BE = re.compile(
    r"\b(?:is|are|was|were|been|be|remain\w*|stay\w*|sits?|sat|rank\w*|rated|placed|listed|"
    r"classified|categori[sz]ed|designated|kept|included|put|left|lands?|landed|ended\s+up|"
    r"finds?\s+itself|found\s+itself|holds?|held|earned|received|retain\w*|maintain\w*|keeps?|"
    r"continues|continued|repeats?|returned|returns|stands?|stood|rests?|rested|ends?\s+up|"
    r"counts|counted)\b"
)
# (and the participles that take a tier with no preposition: "moving from being ranked Tier 3
# in 2008", "rated Tier 2", "designated Tier 1")
LOOSE_AT = ("on", "in", "at", "as", "among", "within", "ranked", "rated", "designated")
LOOSE_TO = ("to", "into", "onto", "back to", "up to", "down to")
LOOSE_FROM = ("from", "off", "out of")
LOOSE_NEG = re.compile(r"\b(?:not|no|never|nor|neither|no\s+longer|without|instead\s+of)\b|n't\b")

# A sentence that opens with a verb before its subject asks, or supposes, and says nothing:
# "Is Peru a Tier 2 country" (a headline with its question mark left off), "Has Chile been
# downgraded", "Had Peru acted, ...".
INVERTED_OPENING = re.compile(
    r"^\W*(?:is|are|was|were|has|have|had|does|do|did|will|can|could|should|would|shall)\s+"
    r"(?:the\s+)?\u27e6C\d+\u27e7"
)

# The reading of last resort, for clauses no rule read (last_resort.fallback_claims).
FALLBACK = fallback_en.read
# Its tier followed by "since 2014" ("Venezuela, ranked Tier 3 since 2014, ...") is a run up to
# the report; the Spanish reader has not been tried with it.
FALLBACK_READS_SINCE = True
# A move whose own words name no tier, completed from the words after it (`onward_en`).
ONWARD_TIER = onward_en.onward_tier
# Claims about countries named beside a claim's own ("one of two ..., the other being X").
COMPANIONS = companions_en.companions
# English word orders the patterns do not reach (clauses_en.py), the report's author judging
# a country (judged_en.py), a country joining the ranks of others on a tier
# (joined_ranks_en.py), a tier described as held since a year (held_since_en.py), a count
# with its noun left out after the whole it is part of (elided_counts_en.py), and a tier put
# before the report's list of its members (fronted_lists_en.py).
CLAUSE_READERS = (
    clauses_en.read,
    judged_en.read,
    joined_ranks_en.read,
    held_since_en.read,
    elided_counts_en.read,
    fronted_lists_en.read,
)
