"""The English rule table: one rule per shape of sentence, assembled from the rules of each kind
of claim (`group_rules_en`, `count_rules_en`, `change_rules_en`, `tier_rules_en`), which are
built from the words of `sentence_parts_en`, `verbs_en` and `count_words_en`.
"""

from __future__ import annotations

from .apposition_rules_en import APPOSITION_RULES
from .change_rules_en import CHANGE_RULES
from .count_rules_en import COUNT_RULES
from .grammar import Rule
from .group_rules_en import GROUP_RULES
from .tier_rules_en import TIER_RULES

# Overlapping readings are chosen by their kind first (`rule_matching.resolve_overlaps`: groups,
# then counts and moves, changes, tiers), and among readings of one kind, as long and starting
# at the same place, by their order here: each kind keeps its rules' order, counts and moves
# (of one rank) in one table.
RULES: list[Rule] = [
    *GROUP_RULES,
    *APPOSITION_RULES,
    *COUNT_RULES,
    *CHANGE_RULES,
    *TIER_RULES,
]
