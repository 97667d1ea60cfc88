"""The English rule table: one rule per shape of sentence, assembled from the words of
`sentence_parts_en`, `verbs_en` and `count_words_en`.
"""

from __future__ import annotations

from .count_words_en import CMP, COUNT_VERBS, GROUP_VERBS, HAS, IN_GROUP, IN_GROUP2, PLACES
from .grammar import BY, CL, ORD, QT, G, N, Rule, T, Y, rule, words
from .model import ClaimKind
from .sentence_parts_en import (
    ADV,
    APPOS,
    AUTHOR,
    COUNTRY_NOUN,
    GLOSS,
    IN_REPORT,
    NEG,
    NEW,
    PREP,
    RANKED,
    REL_APPOS,
    THIS_YEAR,
    WHICH,
)
from .verbs_en import (
    AUX,
    BE,
    DEEMED,
    INTRANSITIVE_MOVE,
    KEEP,
    MOVE_NOUN,
    ONE_STEP,
    PASSIVE_MOVE,
    PLACE,
    REL,
    REST,
    REST_REQUIRED,
    STANDING,
    TRANSITIVE_MOVE,
)

_NOT_DEFINITE = r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)"
_MOVED = words(
    "improved", "worsened", "upgraded", "downgraded", "demoted", "promoted", "moved up",
    "moved down", "rose", "fell", "dropped", "declined",
)  # fmt: skip
_STANDINGS = words("rankings", "ranking", "statuses", "status", "tiers")

_FRONTED_VERBS = words(
    "is", "are", "was", "were", "remains", "remain", "remained", "sits", "sit", "sat", "stays",
    "stay", "stayed",
)  # fmt: skip
_INCLUDE = words("include", "includes", "included", "comprise", "comprises")
# "Tier 3 includes countries such as Iran and Syria": the members named as examples.
_SUCH_AS = (
    r"(?:(?:other\s+)?(?:countries|nations|states|governments)\s+(?:such\s+as|like|including)\s+)?"
)
_IS = words("is", "was", "are", "were", "remains", "remained")
# "placed in the same Tier 2 category as Japan": the word for a tier after "the same".
_SAME_TIER_AS = words("category", "group", "tier", "level", "ranking", "list", "bracket")

_AWARDED = words(
    "to be awarded", "to receive", "to earn", "to get", "to achieve", "on", "in", "at", "with"
)
_REACHED = words(
    "reached", "reaches", "graduated to", "graduates to", "made it to", "made it back to",
    "makes it to", "bounced back to", "bounces back to", "climbed back to",
)  # fmt: skip
# "... that achieved Tier 1 status"
_ACHIEVED = words(
    "achieved", "earned", "received", "won", "were given", "achieve", "earn", "receive"
)  # fmt: skip
_REGAINED = words("regained", "regains", "regain", "won back", "recovered", "recovers", "reclaimed")
_ROSE_OR_FELL = words(
    "rose", "fell", "increased", "decreased", "grew", "dropped", "went up", "went down",
    "climbed", "declined", "jumped",
)  # fmt: skip

# An elided verb follows a clause of its own, not the last name of a list ("added Brunei and
# Sudan to ...", "kept Kuwait, Oman and Qatar on ...").
_NOT_IN_A_LIST = "".join(
    rf"(?<!\u27e6C{digits}\u27e7{comma}\s)" for digits in (r"\d", r"\d\d") for comma in ("", ",")
)

# "the first Arab State to reach Tier 1": the verbs of getting onto a tier after "the first ...".
_FIRST_TO_REACH = words(
    "reach", "achieve", "attain", "earn", "gain", "be placed on", "be ranked", "be given"
)  # fmt: skip

RULES: list[Rule] = [
    # "On the Tier 2 Watch List, for the third year, Ghana is ...": the tier opens the
    # sentence and its subject comes after the comma.
    rule(
        ClaimKind.TIER,
        "fronted-tier",
        rf"^\W*(?:on|in|among)\s+(?:(?:this|that|este|ese|esta|esa)\s+)?{QT}(?P<t>{T})[\"']?"
        rf"(?:[^.;:\u27e6]|\u27e6[GY]\d+\u27e7){{0,80}}?,\s*(?P<subj>{CL})\s+"
        rf"(?P<verb>{_FRONTED_VERBS})\b",
    ),
    # --- groups -------------------------------------------------------------------------------
    rule(
        ClaimKind.GROUP,
        "only-list",
        rf"(?<!not\s)\b(?:only|just|solely)\s+(?P<subj>{CL}){IN_GROUP}{GROUP_VERBS}"
        rf"(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "the-only",
        rf"(?P<subj>{CL})\s+{words('is', 'are', 'was', 'were', 'remains', 'remain', 'remained')}"
        rf"\s+(?:the\s+)?{words('only', 'sole', 'lone', 'single')}\s+(?:{N}\s+)?"
        rf"(?:(?P<gadj>{G})\s+|[a-z-]+\s+)?(?:{COUNTRY_NOUN}|members?){IN_GROUP}"
        rf"(?:\s+(?:that|which|to\s+be))?{GROUP_VERBS}(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T})"
        rf"{IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "only-tier-country",
        rf"(?P<subj>{CL})\s+{words('is', 'are', 'was', 'were', 'remains', 'remain', 'remained')}"
        rf"\s+(?:the\s+|(?P<g>{G})'s?\s+)?{words('only', 'sole', 'lone', 'single')}\s+"
        rf"{QT}(?P<t>{T})"
        rf"\s+(?:{COUNTRY_NOUN}|members?){IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "alone",
        rf"(?P<subj>{CL})\s+alone{IN_GROUP}{GROUP_VERBS}(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T})"
        rf"{IN_GROUP2}",
    ),
    # --- counts -------------------------------------------------------------------------------
    rule(
        ClaimKind.COUNT,
        "n-countries-on",
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:other\s+|more\s+)?(?:(?P<gadj>{G})\s+)?"
        rf"(?:{COUNTRY_NOUN}|countries\s+and\s+territories|members){IN_GROUP}"
        rf"(?:\s*,?\s*(?:including|such\s+as|among\s+them|like)\s+(?P<listed>{CL})\s*,?)?"
        rf"(?:\s+(?:that|which|who))?{COUNT_VERBS}"
        rf"\s+(?P<rel>{REL}|onto|to|among|for)\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    # "Eighteen countries were deemed "Tier 1"".
    rule(
        ClaimKind.COUNT,
        "n-countries-deemed",
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+"
        rf"{words('were', 'are', 'was', 'have been', 'had been')}\s+"
        rf"{DEEMED}"
        rf"\s+{QT}(?P<t>{T})",
    ),
    # "identified 19 "Tier 3" countries", "the 36 Tier 1 countries".
    rule(
        ClaimKind.COUNT,
        "n-tier-countries",
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+{QT}(?P<t>{T})[\"']?\s+{COUNTRY_NOUN}\b"
        rf"(?!\s+(?:that|which|who)\b)",
    ),
    rule(
        ClaimKind.COUNT,
        "n-countries-with",
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+with\s+(?:a\s+|an\s+)?"
        rf"{QT}(?P<t>{T})\s+{STANDING}",
    ),
    rule(
        ClaimKind.COUNT,
        "n-of-the",
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+of\s+(?:the|its|(?P<g>{G})'s?)\s+(?:{N}\s+)?"
        rf"(?:(?P<gadj>{G})\s+)?(?:{COUNTRY_NOUN}|members)?{IN_GROUP2}{COUNT_VERBS}"
        rf"\s+(?P<rel>{REL})\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.COUNT,
        "tier-has-n",
        rf"{QT}(?P<t>{T})\s+{HAS}"
        rf"\s+(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:(?P<gadj>{G})\s+)?"
        rf"(?:{COUNTRY_NOUN}|members){IN_GROUP}",
    ),
    rule(
        ClaimKind.COUNT,
        "places-n",
        rf"{PLACES}"
        rf"\s+(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:(?P<gadj>{G})\s+)?"
        rf"(?:{COUNTRY_NOUN}|members){IN_GROUP}\s+(?P<rel>{REL})\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    # --- how many moved -----------------------------------------------------------------------
    rule(
        ClaimKind.MOVES,
        "n-countries-moved",
        # ("the three countries were downgraded": countries named before, not the year's count)
        rf"{_NOT_DEFINITE}(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:other\s+)?(?:{COUNTRY_NOUN})\s+"
        rf"(?:(?:had|have|were|was|have\s+been|had\s+been)\s+)?"
        rf"(?P<verb>{_MOVED})(?:\s+(?:their|in\s+their|its)\s+{_STANDINGS})?",
    ),
    rule(
        ClaimKind.MOVES,
        "moved-n-countries",
        rf"(?P<verb>{words('upgraded', 'downgraded', 'demoted', 'promoted', 'graded')})\s+"
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})(?:\s+(?:other\s+)?(?:{COUNTRY_NOUN}))?"
        rf"(?:\s+(?:higher|better))?(?!\s*(?:to|from|on)\b)",
    ),
    # --- changes ------------------------------------------------------------------------------
    # "Peru was one of 12 countries downgraded to Tier 3": Peru's own move, beside the count.
    rule(
        ClaimKind.CHANGE,
        "one-of-n-moved",
        rf"(?P<subj>{CL})\s+{_IS}\s+(?:(?:one|{N})\s+of|among)\s+(?:the\s+)?(?:{N}\s+)?(?:other\s+)?"
        rf"{COUNTRY_NOUN}\s+(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?"
        rf"(?P<verb>{PASSIVE_MOVE}){REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "passive",
        rf"(?P<subj>{CL})(?:\s*[-)])?{WHICH}{APPOS}{ADV}\s+{AUX}{NEG}{ADV}\s+(?P<verb>{PASSIVE_MOVE})"
        rf"{ADV}{BY}{REST}",
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
    # --- tiers --------------------------------------------------------------------------------
    rule(
        ClaimKind.TIER,
        "copula",
        rf"(?P<subj>{CL})(?:'s?)?{WHICH}{APPOS}{ADV}\s+(?P<verb>{BE}){NEG}{ADV}{RANKED}{BY}{PREP}"
        rf"(?:\s+(?:a|an))?\s+{NEW}{AUTHOR}{QT}(?P<t>{T})[\"']?(?:\s+{COUNTRY_NOUN})?"
        rf"(?:\s+{STANDING})?(?:\s+again\b)?",
    ),
    rule(
        ClaimKind.TIER,
        "report-places",
        rf"(?P<verb>{PLACE})\s+(?P<subj>{CL}){GLOSS}(?:{REL_APPOS})?{ADV}"
        rf"(?:\s+{words('on', 'in', 'at', 'as', 'among')})?"
        rf"(?:\s+(?:a|an|the))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "copula-past-relative",
        rf"(?P<subj>{CL}){REL_APPOS}{ADV}\s+(?P<verb>{BE}){NEG}{ADV}{RANKED}{BY}{PREP}"
        rf"(?:\s+(?:a|an))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "passive-past-relative",
        rf"(?P<subj>{CL}){REL_APPOS}{ADV}\s+{AUX}{NEG}{ADV}\s+(?P<verb>{PASSIVE_MOVE})"
        rf"{ADV}{BY}{REST}",
    ),
    rule(ClaimKind.TIER, "brackets", rf"(?P<subj>{CL})\s*\(\s*{QT}(?P<t>{T})\s*\)"),
    # "The US graded itself at Tier 1": the subject placed by itself.
    rule(
        ClaimKind.TIER,
        "reflexive",
        rf"(?P<subj>{CL}){ADV}\s+(?P<verb>{PLACE}|{words('graded', 'grades', 'rated', 'rates')})"
        rf"\s+(?:itself|themselves){ADV}\s+{words('on', 'in', 'at', 'as', 'among')}"
        rf"(?:\s+(?:a|an))?\s+{QT}(?P<t>{T})",
    ),
    # "... join Myanmar, Cuba and Iran in the dreaded "Tier 3" list".
    rule(
        ClaimKind.TIER,
        "join-in",
        rf"\bjoin(?:s|ed)?\s+(?P<subj>{CL})\s+(?:in|on)\s+(?:the\s+)?(?:[a-z]+\s+)?{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "designation",
        rf"(?P<subj>{CL})'s?\s+{words('designation', 'classification', 'placement', 'listing')}"
        rf"\s+(?:as|on|in|at)\s+(?:a\s+|an\s+)?{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "possessive",
        rf"(?P<subj>{CL})'s?\s+{QT}(?P<t>{T})\s+{STANDING}",
    ),
    rule(
        ClaimKind.TIER,
        "kept-its",
        rf"(?P<subj>{CL}){ADV}(?:\s+(?:has|have|had))?\s+(?P<verb>{KEEP})"
        # "retained - for the fifth year - its Tier 2 position": a time set apart in between.
        rf"(?P<apart>\s*(?:\s-|,)\s+for\s+(?:the\s+|a\s+)?{ORD}\s+(?:[a-z]+\s+)?"
        rf"(?:year|time)s?(?:\s+in\s+a\s+row)?\s*(?:-|,))?\s+(?:its|their)\s+"
        rf"(?:[a-z]+\s+)?(?:(?:on|in|at|as|among)\s+)?{QT}(?P<t>{T})(?:\s+{STANDING})?",
    ),
    rule(
        ClaimKind.TIER,
        "apposition-bare",
        rf"(?P<subj>{CL}),\s+(?P<t>{T})(?=\s+(?:last\s+year|in\s+{Y}|until\s+{Y})\s*,)",
    ),
    rule(
        ClaimKind.TIER,
        "apposition",
        rf"(?P<subj>{CL}),\s+(?:a|an|now\s+a|still\s+a)\s+{QT}(?P<t>{T})\s+{COUNTRY_NOUN}",
    ),
    rule(
        ClaimKind.TIER,
        "ellipsis",
        # ("... Peru on Tier 2, Chile on Tier 1 and Bolivia on Tier 3": after a tier and a comma
        # too; "ranks Peru Tier 2 and Chile Tier 1": the preposition left out as well.)
        rf"{_NOT_IN_A_LIST}(?:(?<=[\w\u27e7,]\s)(?:and|while|whereas)\s+|(?<=\u27e6T\d\u27e7,\s)|(?<=\u27e6T\d\d\u27e7,\s))"
        rf"(?P<subj>{CL})\s+(?:{words('on', 'in', 'at')}\s+)?(?:the\s+)?{QT}(?P<t>{T})"
        rf"(?!\s*(?:report|list\b))",
    ),
    # "X was downgraded to Tier 3, and Y to the Watch List": the verb is left out.
    rule(
        ClaimKind.CHANGE,
        "ellipsis-change",
        rf"{_NOT_IN_A_LIST}(?:(?<=[\w\u27e7,]\s)(?:and|while|whereas)\s+|(?<=,\s))(?P<subj>{CL})"
        rf"(?P<rest>(?:\s+(?:up|down|back))?\s+(?:to|into|onto)\s+{QT}{T})(?!\s*(?:report|list\b))",
    ),
    # "Tier 2 includes Aruba, Belize and ...", "Current Tier 2 Watch List nations in the region
    # are Guyana, Haiti and ...": a tier and the list of its members.
    rule(
        ClaimKind.TIER,
        "tier-members",
        rf"(?:^|(?<=[,;:]\s)|(?<=\band\s))\W*(?:(?:current|this\s+year's)\s+)?{QT}(?P<t>{T})[\"']?"
        rf"(?:\s+{words('countries', 'nations', 'members', 'governments')})?"
        rf"(?:\s+(?:in|of|from)\s+(?:the\s+)?{G})?"
        rf"(?:\s+(?:now|still|also))?"
        rf"\s+{words('includes', 'include', 'included', 'comprises', 'comprised', 'are', 'were')}"
        rf"\s*:?\s*{_SUCH_AS}(?P<subj>{CL})",
    ),
    # "Tier 1: 31 countries", a heading and its count.
    rule(
        ClaimKind.COUNT,
        "tier-heading-count",
        rf"^\W*{QT}(?P<t>{T})[\"']?\s*[:-]\s*(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+"
        rf"(?:{COUNTRY_NOUN}|countries\s+and\s+territories)\b",
    ),
    # "... were the only countries in East Asia and the Pacific to be awarded Tier 1 status":
    # a scope the gazetteer does not know, so only the tier is checked, not the exclusivity.
    rule(
        ClaimKind.TIER,
        "only-in-unknown-scope",
        rf"(?P<subj>{CL})\s+{_IS}\s+(?:the\s+)?{words('only', 'sole')}\s+(?:{COUNTRY_NOUN})"
        rf"\s+in\s+(?:[a-z]+\s+){{1,6}}?"
        rf"{_AWARDED}"
        rf"\s+(?:a\s+|an\s+)?{QT}(?P<t>{T})",
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
    # "The number of countries on Tier 3 rose from 19 to 21": this report's count, and (read
    # with it) the one before.
    rule(
        ClaimKind.COUNT,
        "number-changed",
        rf"the\s+number\s+of\s+(?:{COUNTRY_NOUN})\s+(?:on|in|at|ranked|placed\s+on)\s+{QT}(?P<t>{T})"
        rf"(?:\s+{_ROSE_OR_FELL})"
        rf"\s+from\s+(?P<n0>{N})\s+to\s+(?P<n>{N})",
    ),
    # "Tier 3 countries include Iran, Syria and ...".
    rule(
        ClaimKind.TIER,
        "tier-countries-include",
        rf"{QT}(?P<t>{T})[\"']?\s+{words('countries', 'nations', 'list', 'group', 'category')}"
        rf"(?:\s+(?:this|last)\s+year)?\s+{_INCLUDE}"
        rf"\s*:?\s*{_SUCH_AS}(?P<subj>{CL})",
    ),
    # "On Tier 3 are 21 countries", "In the Tier 1 category there are 30 countries".
    rule(
        ClaimKind.COUNT,
        "on-t-are-n",
        rf"^\W*(?:on|in)\s+{QT}(?P<t>{T})[\"']?(?:[^.;:,\u27e6]|\u27e6[GY]\d+\u27e7){{0,60}}?"
        rf"\s+{words('are', 'were', 'there are', 'there were', 'sit', 'sat', 'stand')}"
        rf"\s+(?:now\s+)?(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
    ),
    # "The State Department gave Ghana a Tier 2 Watch List ranking".
    rule(
        ClaimKind.TIER,
        "gave-x-a-tier",
        rf"\b{words('gave', 'gives', 'give', 'awarded', 'awards', 'assigned', 'assigns', 'handed')}"
        rf"\s+(?P<subj>{CL})\s+(?:a|an|its|their|the)\s+{QT}(?P<t>{T})[\"']?\s+{STANDING}",
    ),
    # "The US had "again unabashedly" given itself the top Tier 1 ranking": the subject itself.
    rule(
        ClaimKind.TIER,
        "gave-itself-a-tier",
        rf"(?P<subj>{CL})\s+(?:(?:has|had|have|once)\s+)?(?:[\"']?(?:again|unabashedly|once|"
        rf"duly|simply|also)[\"']?\s+){{0,3}}"
        rf"{words('gave', 'given', 'gives', 'give', 'awarded', 'awards', 'assigned', 'assigns')}"
        rf"\s+(?:itself|themselves)\s+(?:a|an|its|their|the)?\s*{QT}(?P<t>{T})[\"']?\s+{STANDING}",
    ),
    # "The U.S. again slapped the "Tier 3" label on the Central American nation of Belize".
    rule(
        ClaimKind.TIER,
        "slapped-a-tier-label-on",
        rf"(?:\b(?:again|once\s+again)\s+)?(?<!not\s)(?<!never\s)(?<!n't\s)"
        rf"{words('slapped', 'slaps', 'slap', 'pinned', 'pins', 'stuck', 'sticks')}"
        rf"\s+(?:(?:a|an|the|its)\s+)?{QT}(?P<t>{T})[\"']?\s+(?:level\s+)?"
        rf"{words('label', 'tag', 'designation', 'ranking', 'rating', 'status')}\s+on\s+"
        rf"(?:the\s+)?(?:(?:[a-z-]+|\u27e6G\d+\u27e7)\s+){{0,4}}?"
        # ("the Central American nation of Belize", its first words read as a country or not)
        rf"(?:(?:nation|country|state|island|kingdom|republic|\u27e6C\d+\u27e7)\s+of\s+)?"
        rf"(?P<subj>{CL})",
    ),
    # "Among the countries on Tier 3 are Iran, Syria and ...".
    rule(
        ClaimKind.TIER,
        "among-those-on",
        rf"\bamong\s+(?:the\s+)?(?:{N}\s+)?(?:other\s+)?{COUNTRY_NOUN}\s+(?:(?:that|which)\s+)?"
        rf"(?:are\s+|were\s+)?(?:listed\s+|ranked\s+|placed\s+)?(?:on|in|at|as)\s+{QT}(?P<t>{T})"
        rf"[\"']?(?:\s+{STANDING})?\s*,?\s*(?:{_IS}|:)\s*(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.CHANGE,
        "among-those-moved",
        rf"\bamong\s+(?:the\s+)?(?:{N}\s+)?(?:other\s+)?{COUNTRY_NOUN}\s+(?:(?:that|which)\s+)?"
        rf"(?:were\s+|have\s+been\s+)?(?P<verb>{PASSIVE_MOVE}){REST}\s*,?\s*(?:{_IS}|:)\s*"
        rf"(?P<subj>{CL})",
    ),
    # A headline: "Guatemala, on Tier 2 of the trafficking report".
    rule(
        ClaimKind.TIER,
        "headline-comma",
        rf"^\W*(?P<subj>{CL})\s*,\s+(?:on|in)\s+{QT}(?P<t>{T})",
    ),
    # "The Gambia, one of 21 countries on Tier 3 this year, ...".
    rule(
        ClaimKind.TIER,
        "one-of-n",
        rf"(?P<subj>{CL})(?:\s*,\s*|\s+{_IS}\s+)"
        rf"one\s+of\s+(?:the\s+)?(?P<n>{N})\s+(?:other\s+)?{COUNTRY_NOUN}{COUNT_VERBS}"
        rf"\s+(?:on|in|at|as)\s+{QT}(?P<t>{T})",
    ),
    # "China and Russia were among 19 countries on Tier 3": the tier, and (as a count) how many.
    rule(
        ClaimKind.TIER,
        "among-n",
        rf"(?P<subj>{CL}){WHICH}{ADV}\s+{words('are', 'were', 'is', 'was', 'remain', 'remained')}"
        rf"{ADV}\s+among\s+(?:the\s+)?(?P<n>{N})\s+(?:of\s+(?:the\s+)?{N}\s+)?(?:other\s+)?"
        rf"{COUNTRY_NOUN}(?:\s+reported\s+on)?"
        rf"(?:{COUNT_VERBS}\s+(?:on|in|at|as|to)"
        # "... among the 30 of 188 countries reported on that achieved Tier 1 status"
        rf"|\s+(?:that|which|to)\s+{_ACHIEVED}"
        rf"(?:\s+(?:a|an|the))?)\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "header",
        rf"(?P<subj>{CL})(?:\s+(?:tier\s+)?(?:ranking|rating|status))?(?:\s*:|\s+-)\s*{QT}(?P<t>{T})",
    ),
    # "Tier 1: Chile, Colombia." (a heading and its members, nothing else).
    rule(
        ClaimKind.TIER,
        "tier-colon-list",
        rf"^\W*{QT}(?P<t>{T})[\"']?\s*:\s*(?P<subj>{CL})\s*\.?\s*$",
    ),
    # "Bahrain has become the first Arab State to reach Tier 1", "... is the first country in
    # the region to achieve Tier 1 status": the first of its kind on that tier.
    rule(
        ClaimKind.TIER,
        "first-to-reach",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+"
        rf"(?P<verb>{words('has become', 'have become', 'became', 'becomes', 'is', 'was')})\s+"
        rf"the\s+(?:first|{ORD})\s+(?:[a-z-]+\s+){{0,3}}?(?:{COUNTRY_NOUN}|members?)"
        rf"(?:\s+(?:in|of|from)\s+(?:the\s+)?(?:{G}|[a-z-]+(?:\s+[a-z-]+)?))?\s+to\s+"
        rf"{_FIRST_TO_REACH}\s+{QT}(?P<t>{T})",
    ),
    # "Among countries getting the lowest grade for the first time were US Gulf allies Bahrain,
    # Kuwait, Oman and Qatar along with Algeria": countries described by the tier they got,
    # then named (the allies' qualifier aside, and a list that goes on).
    rule(
        ClaimKind.TIER,
        "among-those-given",
        rf"^\W*among\s+(?:the\s+)?(?:{COUNTRY_NOUN}|those)\s+"
        rf"{words('getting', 'given', 'receiving', 'awarded', 'earning', 'assigned', 'handed')}\s+"
        rf"{QT}(?P<t>{T})(?:\s+(?:for\s+the\s+(?:first|{ORD})\s+time|this\s+year))?\s+"
        rf"{words('were', 'are', 'was', 'is')}\s+"
        rf"(?:(?:\u27e6C\d+\u27e7\s+)?(?:[a-z]+\s+)?{words('allies', 'ally', 'partners')}\s+)?"
        rf"(?P<subj>{CL}(?:\s*,?\s+(?:along\s+with|as\s+well\s+as|but\s+also)\s+{CL})?)",
    ),
    rule(
        ClaimKind.TIER,
        "tier-lists",
        # "Remaining on Tier 3 were Cuba, Iran and Kuwait": a fronted stay; "Staying on the
        # blacklist are US allies Saudi Arabia and Kuwait": the word that qualifies the list
        # ("US allies") is no subject.
        rf"(?:(?P<verb>{words('remaining', 'staying')})\s+)?"
        # ("Remaining on the Tier 3 list were ...", "... are Saudi Arabia and Kuwait but also
        # Cuba and Iran": the list named after the tier, and a list that goes on).
        rf"(?:countries\s+)?(?:listed\s+|ranked\s+|placed\s+)?(?:on|in)\s+(?P<t>{T})"
        rf"(?:\s+list)?\s+"
        rf"(?:countries\s+)?{words('are', 'were', 'include', 'included', 'are now')}\s*:?\s*"
        rf"(?:\u27e6C\d+\u27e7\s+{words('allies', 'ally', 'partners', 'trading partners')}\s+)?"
        rf"(?P<subj>{CL}(?:\s*,?\s+but\s+also\s+{CL})?)",
    ),
    # "The only other Middle East countries ranked tier three in the report are Iran and Syria",
    # "Other African countries listed alongside South Africa on the Tier 2 Watch List include
    # ...": countries described by their tier, then named.
    rule(
        ClaimKind.TIER,
        "countries-on-tier-are",
        rf"\b(?<!new\s){COUNTRY_NOUN}\s+(?:(?:that|which)\s+(?:are|were)\s+)?"
        # "The only ASEAN countries that achieved Tier 1 status were Singapore and ...": the
        # countries described by the tier they reached.
        rf"(?:(?:that|which)\s+{_ACHIEVED}\s+)?"
        rf"(?:{words('ranked', 'listed', 'placed', 'rated', 'classified', 'included')}\s+)?"
        rf"(?:(?:alongside|along\s+with)\s+(?:the\s+)?\u27e6C\d+\u27e7\s+)?"
        rf"(?:{words('on', 'in', 'at', 'as', 'among')}\s+)?(?:this\s+)?{QT}(?P<t>{T})[\"']?"
        rf"(?:\s+{words('status', 'ranking', 'category', 'list', 'countries')})?"
        rf"(?:\s+(?:in|of)\s+(?:the|this\s+year's|its|the\s+latest)\s+(?:[a-z]+\s+){{0,3}}?report)?"
        # "Countries in this Tier 3 ranking - this year include ...": the report's own year.
        rf"(?:\s*[-,]?\s*this\s+year)?"
        rf"\s*,?\s+{words('are', 'were', 'include', 'included', 'includes', 'are now')}\s*:?\s*"
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
    # "Tajikistan was placed in the same Tier 2 category as Japan, Switzerland and Singapore":
    # the countries it is compared with are on that tier too.
    rule(
        ClaimKind.TIER,
        "same-tier-as",
        rf"\bthe\s+same\s+{QT}(?P<t>{T})[\"']?(?:\s+{_SAME_TIER_AS})?\s+as\s+"
        rf"(?:{words('countries', 'nations')}\s+(?:such\s+as|like)\s+)?(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.TIER,
        "tier-countries-such-as",
        rf"(?:many\s+|other\s+|some\s+)?{QT}(?P<t>{T})\s+"
        rf"{words('countries', 'nations', 'states')}\s*"
        rf"(?:\(|,?\s*(?:among\s+them|including|such\s+as|like)\s+)(?P<subj>{CL})",
    ),
]
