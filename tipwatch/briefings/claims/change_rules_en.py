"""The English rules that read a move between tiers: "Peru was downgraded to Tier 3",
"the State Department upgraded Peru to Tier 1", "Peru lost its Tier 1 status"."""

from __future__ import annotations

from .grammar import BY, CL, QT, N, Rule, T, rule, words
from .model import ClaimKind
from .sentence_parts_en import (
    ADV,
    APPOS,
    AUTHOR_RELATIVE,
    COUNTRY_NOUN,
    GLOSS,
    IN_REPORT,
    NEG,
    NOT_IN_A_LIST,
    REL_APPOS,
    THIS_YEAR,
    WHICH,
)
from .verbs_en import (
    AUX,
    INTRANSITIVE_MOVE,
    IS,
    MOVE_NOUN,
    ONE_STEP,
    PASSIVE_MOVE,
    REST,
    REST_REQUIRED,
    STANDING,
    TRANSITIVE_MOVE,
)

_REACHED = words(
    "reached", "reaches", "graduated to", "graduates to", "made it to", "made it back to",
    "makes it to", "bounced back to", "bounces back to", "climbed back to",
)  # fmt: skip
_ON_OR_TO = words("on", "onto", "in", "into", "to")
_REGAINED = words("regained", "regains", "regain", "won back", "recovered", "recovers", "reclaimed")

CHANGE_RULES: list[Rule] = [
    # "Peru was one of 12 countries downgraded to Tier 3": Peru's own move, beside the count.
    rule(
        ClaimKind.CHANGE,
        "one-of-n-moved",
        rf"(?P<subj>{CL})\s+{IS}\s+(?:(?:one|{N})\s+of|among)\s+(?:the\s+)?(?:{N}\s+)?(?:other\s+)?"
        rf"{COUNTRY_NOUN}\s+(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?"
        rf"(?P<verb>{PASSIVE_MOVE}){REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "passive",
        rf"(?P<subj>{CL})(?:\s*[-)])?{WHICH}{APPOS}{ADV}\s+{AUX}{NEG}{ADV}\s+(?P<verb>{PASSIVE_MOVE})"
        rf"{ADV}{BY}{REST}",
    ),
    # "Thailand, which the US downgraded to Tier 3 in 2014, ...": the relative's object moved.
    rule(
        ClaimKind.CHANGE,
        "author-relative-move",
        rf"(?P<subj>{CL}){AUTHOR_RELATIVE}\s+(?P<verb>{TRANSITIVE_MOVE}){REST_REQUIRED}",
    ),
    rule(
        ClaimKind.CHANGE,
        "intransitive",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{INTRANSITIVE_MOVE}){REST_REQUIRED}",
    ),
    # "Curaçao is down a level on the US barometer": a move of one step, with no tier named.
    rule(
        ClaimKind.CHANGE,
        "down-a-tier",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{ONE_STEP})\s+(?:a|one)\s+"
        rf"(?:tier|level|notch|rung|step)\b",
    ),
    # "Ethiopia escaped the Tier 2 Watchlist", "Peru left the Watch List": out of the tier named
    # (where to, the words after it may say: "... to become a Tier 2 country").
    rule(
        ClaimKind.CHANGE,
        "left-the-tier",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}(?:\s+(?:has|have|had|finally))*{ADV}\s+"
        rf"(?P<verb>{words('left', 'leaves', 'exited', 'exits', 'escaped', 'escapes', 'quit')})"
        rf"\s+{QT}(?P<left>{T})",
    ),
    # "Peru reached Tier 1 for the first time", "Peru made it back to Tier 1": into that tier
    # (not "... reached Tier 1 countries").
    rule(
        ClaimKind.CHANGE,
        "reached-the-tier",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}(?:\s+(?:has|have|had|finally))*{ADV}\s+"
        rf"(?P<verb>{_REACHED})\s+{QT}(?P<reached>{T})[\"']?(?!\s+{COUNTRY_NOUN}\b)",
    ),
    # "Russia, China and Uzbekistan, whose rating in the ... report has been downgraded to Tier 3"
    rule(
        ClaimKind.CHANGE,
        "whose-rating",
        rf"(?P<subj>{CL}),\s+whose\s+{words('rating', 'ranking', 'tier', 'status', 'standing')}"
        rf"[^.;\u27e6]{{0,80}}?(?:\u27e6C\d+\u27e7[^.;\u27e6]{{0,80}}?)?\s+{AUX}\s+"
        rf"(?P<verb>{PASSIVE_MOVE}){REST}",
    ),
    # "The State Department put South Korea back on a top-tier list", "placed Peru back on the
    # Watch List": returned to that tier this year.
    rule(
        ClaimKind.CHANGE,
        "put-back-on",
        rf"(?<!\bnot\s)(?P<verb>{words('put', 'puts', 'putting', 'placed', 'places', 'placing')})"
        rf"\s+(?P<subj>{CL})\s+back\s+{_ON_OR_TO}\s+{QT}(?P<reached>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "put-back-on-passive",
        rf"(?P<subj>{CL}){ADV}\s+{AUX}{NEG}{ADV}\s+(?P<verb>{words('put', 'placed')})\s+back\s+"
        rf"{_ON_OR_TO}\s+{QT}(?P<reached>{T})",
    ),
    # "Countries that upgraded from Tier 3 to Tier 2 Watch List include Malaysia, Cuba ..."
    rule(
        ClaimKind.CHANGE,
        "movers-include",
        rf"(?:{COUNTRY_NOUN}|those)\s+(?:(?:that|which|who)\s+)?(?:(?:were|was|have\s+been)\s+)?"
        rf"(?P<verb>{PASSIVE_MOVE}|{INTRANSITIVE_MOVE}){REST}\s+"
        rf"{words('include', 'included', 'includes', 'are', 'were')}\s*:?\s*(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.CHANGE,
        "transitive",
        rf"(?P<verb>{TRANSITIVE_MOVE})\s+(?P<subj>{CL}){GLOSS}{THIS_YEAR}{IN_REPORT}{REST}",
    ),
    # "Peru's Tier 1 rating was downgraded to Tier 2", "Peru's Tier 2 ranking slipped to the
    # Watch List": the tier the standing had is the one it left.
    rule(
        ClaimKind.CHANGE,
        "possessive-tier-moved",
        rf"(?P<subj>{CL})'s?\s+{QT}(?P<left>{T})[\"']?\s+(?:{STANDING}|listing|label|grade)"
        rf"{ADV}\s+(?:{AUX}{NEG}{ADV}\s+)?(?P<verb>{PASSIVE_MOVE}|{INTRANSITIVE_MOVE})"
        rf"{REST_REQUIRED}",
    ),
    rule(
        ClaimKind.CHANGE,
        "noun",
        rf"(?P<subj>{CL})'s?\s+(?P<verb>{MOVE_NOUN}){REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "noun-of",
        rf"(?P<verb>{MOVE_NOUN})\s+of\s+(?P<subj>{CL}){REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "brackets-move",
        rf"(?P<subj>{CL})\s*\(\s*"
        rf"(?P<verb>{words('downgrade', 'upgrade', 'downgraded', 'upgraded')})"
        rf"(?P<rest>\s+(?:to|from)\s+{QT}{T})\s*\)",
    ),
    rule(
        ClaimKind.CHANGE,
        "passive-past-relative",
        rf"(?P<subj>{CL}){REL_APPOS}{ADV}\s+{AUX}{NEG}{ADV}\s+(?P<verb>{PASSIVE_MOVE})"
        rf"{ADV}{BY}{REST}",
    ),
    # "X was downgraded to Tier 3, and Y to the Watch List": the verb is left out.
    rule(
        ClaimKind.CHANGE,
        "ellipsis-change",
        rf"{NOT_IN_A_LIST}(?:(?<=[\w\u27e7,]\s)(?:and|while|whereas)\s+|(?<=,\s))(?P<subj>{CL})"
        rf"(?P<rest>(?:\s+(?:up|down|back))?\s+(?:to|into|onto)\s+{QT}{T})(?!\s*(?:report|list\b))",
    ),
    # "lowering the ranking of neighboring Myanmar", "upgraded the status of several nations
    # ..., most notably Cuba and Malaysia".
    rule(
        ClaimKind.CHANGE,
        "moved-the-standing-of",
        rf"(?P<verb>{TRANSITIVE_MOVE})\s+(?:the\s+|its\s+)?"
        rf"{words('ranking', 'rankings', 'rating', 'status', 'standing', 'position', 'tier')}"
        rf"\s+of\s+(?:[^.;\u27e6]{{0,80}}?"
        rf"{words('most notably', 'notably', 'including', 'such as', 'among them', 'especially')}"
        rf"\s+|(?:neighbou?ring|fellow|nearby)\s+)?(?P<subj>{CL}){REST}",
    ),
    # "Peru lost its Tier 1 status", "Chile regained its top ranking": a move out of or back
    # into the tier named.
    rule(
        ClaimKind.CHANGE,
        "lost-its",
        rf"(?P<subj>{CL}){ADV}(?:\s+(?:has|have|had))?{ADV}\s+"
        rf"(?P<verb>{words('lost', 'loses', 'lose', 'forfeited', 'forfeits', 'gave up')})"
        rf"\s+(?:its|their)\s+{QT}(?P<lost>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "regained-its",
        rf"(?P<subj>{CL}){ADV}(?:\s+(?:has|have|had))?{ADV}\s+"
        rf"(?P<verb>{_REGAINED})"
        rf"\s+(?:(?:its|their)\s+)?{QT}(?P<regained>{T})(?!\s+{COUNTRY_NOUN}\b)",
    ),
    rule(
        ClaimKind.CHANGE,
        "among-those-moved",
        rf"\bamong\s+(?:the\s+)?(?:{N}\s+)?(?:other\s+)?{COUNTRY_NOUN}\s+(?:(?:that|which)\s+)?"
        rf"(?:were\s+|have\s+been\s+)?(?P<verb>{PASSIVE_MOVE}){REST}\s*,?\s*(?:{IS}|:)\s*"
        rf"(?P<subj>{CL})",
    ),
    # "The 11 new countries on the blacklist or the so-called Tier 3 are Algeria, ...": moved
    # onto that tier this year.
    rule(
        ClaimKind.CHANGE,
        "new-on-tier-are",
        rf"\bnew\s+(?:{COUNTRY_NOUN}|additions|entrants|members)\s+"
        rf"{words('on', 'in', 'to', 'added to', 'placed on')}\s+{QT}(?P<reached>{T})[\"']?"
        rf"(?:\s+(?:or|,)\s+{QT}{T}[\"']?)?"
        rf"\s*,?\s+{words('are', 'were', 'include', 'included', 'includes')}\s*:?\s*"
        rf"(?P<subj>{CL})",
    ),
]
