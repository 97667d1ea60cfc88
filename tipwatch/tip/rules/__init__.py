"""The TVPA rules engine: tiers, minimum standards, history reading and the downgrade rule.

Pure Python, no Django: the models and views import from here, never the other way round.
"""

from tipwatch.tip.rules.downgrade import (
    PROVISION_DOWNGRADE,
    PROVISION_RETURN,
    PROVISION_WAIVER,
    Constraint,
    FlagCode,
    RuleFlag,
    consecutive_code,
    flags_for,
    next_report_constraint,
    raw_watch_list_streak,
    rule_f_applies,
    waivers_used,
    watch_list_streak,
)
from tipwatch.tip.rules.history import Change, HistoryEntry, annotate, compare
from tipwatch.tip.rules.messages import MessageCode
from tipwatch.tip.rules.regimes import (
    F_SCOPE_FROM,
    FIRST_COUNTED_YEAR,
    FIRST_ENFORCEABLE_YEAR,
    FIRST_REPORT_YEAR,
    MAX_WAIVERS,
    V3_FROM,
    WATCH_LIST_FROM,
    Regime,
    regime_for,
)
from tipwatch.tip.rules.standards import (
    CONCRETE_ACTIONS,
    MINIMUM_STANDARDS,
    SERIOUS_EFFORT_CRITERIA,
    STANDARDS_BY_PARAGRAPH,
    Standard,
    standard,
)
from tipwatch.tip.rules.tiers import TIER_MEANINGS, Tier, TierMeaning

__all__ = [
    "CONCRETE_ACTIONS",
    "FIRST_COUNTED_YEAR",
    "FIRST_ENFORCEABLE_YEAR",
    "FIRST_REPORT_YEAR",
    "F_SCOPE_FROM",
    "MAX_WAIVERS",
    "MINIMUM_STANDARDS",
    "PROVISION_DOWNGRADE",
    "PROVISION_RETURN",
    "PROVISION_WAIVER",
    "SERIOUS_EFFORT_CRITERIA",
    "STANDARDS_BY_PARAGRAPH",
    "TIER_MEANINGS",
    "V3_FROM",
    "WATCH_LIST_FROM",
    "Change",
    "Constraint",
    "FlagCode",
    "HistoryEntry",
    "MessageCode",
    "Regime",
    "RuleFlag",
    "Standard",
    "Tier",
    "TierMeaning",
    "annotate",
    "compare",
    "consecutive_code",
    "flags_for",
    "next_report_constraint",
    "raw_watch_list_streak",
    "regime_for",
    "rule_f_applies",
    "standard",
    "waivers_used",
    "watch_list_streak",
]
