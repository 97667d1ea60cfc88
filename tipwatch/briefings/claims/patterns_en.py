"""English claim patterns (over tagged, folded sentences: lower case, no accents)."""

from __future__ import annotations

import re

from . import clauses_en, fallback_en
from .grammar import BY, CL, ORD, QT, G, N, Rule, T, Vocabulary, rule, words
from .model import ClaimKind, Comparator

Y = r"\u27e6Y\d+\u27e7"

ADV = (
    r"(?:\s+"
    + words(
        "again",
        "still",
        "also",
        "once again",
        "once more",
        "yet again",
        "back",
        "now",
        "officially",
        "firmly",
        "last",
        "only",
        "just",
        "both",
        "all",
        "each",
        "together",
        "this year",
        "last year",
    )
    + ")*"
)
# ", recognized for its "extraordinary strides" in the past year," between subject and verb.
APPOS = r"(?:\s*,\s+(?:recognized|recognised|praised|criticized|criticised|cited|long|once|"
APPOS += r"previously|formerly|already|which|who|a|an|the)\b"
APPOS += r"(?:[^,;:\u27e6]|\u27e6[TYNO]\d+\u27e7){1,200},"
# "Peru, Tier 2 last year, moved up to Tier 1": a bare tier in apposition.
APPOS += r"|\s*,\s+\u27e6T\d+\u27e7(?:[^,;:\u27e6]|\u27e6[YN]\d+\u27e7){0,60},"
# "Peru, along with Chile, was placed on Tier 1" (the companions are read by the parser).
APPOS += r"|\s*,\s+(?:along|together)\s+with\s+(?:the\s+)?\u27e6C\d+\u27e7"
APPOS += r"(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*\s*,"
# "Vietnam - which just two years ago was at Tier 3 - was upgraded": the same between dashes.
APPOS += r"|\s+-\s+(?:which|who|once|long|previously|formerly|already|a|an|the)\b"
APPOS += r"(?:[^-;:\u27e6]|\u27e6[TYNO]\d+\u27e7){1,200}\s-)?"
# "Japan, which was a Tier 2 country last year, is now ...": a relative clause that carries a
# claim of its own (read by the rules with WHICH) between the subject and its verb.
REL_APPOS = r"\s*,\s+(?:which|who)\b(?:[^,;:\u27e6]|\u27e6[TYNO]\d+\u27e7){1,200},"
# "the newly created Tier 2 Watch List", "a new "watch list"".
NEW = r"(?:(?:newly\s+)?(?:created|new|newly-created)\s+)?"
NEG = r"(?P<neg>\s+not|\s+no\s+longer|n't|\s+never)?"
RANKED = (
    r"(?:\s+"
    + words(
        "ranked",
        "rated",
        "placed",
        "listed",
        "classified",
        "classed",
        "kept",
        "designated",
        "assigned",
        "included",
        "graded",
        "categorised",
        "categorized",
        "put",
    )
    + ")?"
)
PREP = r"(?:\s+" + words("on", "in", "at", "as", "among", "onto", "into", "within") + ")?"
COUNTRY_NOUN = words(
    "country", "countries", "nation", "nations", "state", "states", "government", "governments"
)
WHICH = (
    r"(?:\s*,?\s+(?:which|that|who)|\s*,\s*(?:however|meanwhile|in\s+contrast|too|also),"
    r"|\s+(?:meanwhile|however),"
    # "Two other countries, The Gambia and Venezuela, were ...": the list closes an apposition.
    r"|\s*,(?=\s+(?:was|were|is|are|has|have|had)\b))?"
)

_BE = words(
    "will be",
    "will remain",
    "will stay",
    "remains",
    "remain",
    "remained",
    "stays",
    "stay",
    "stayed",
    "continues to be",
    "continue to be",
    "continued to be",
    "continues to sit",
    "continued to sit",
    "continues to rank",
    "continued to rank",
    "is",
    "are",
    "was",
    "were",
    "has been",
    "have been",
    "had been",
    "sits",
    "sit",
    "sat",
    "ranks",
    "rank",
    "ranked",
    "lands",
    "landed",
    "ended up",
    "finds itself",
    "found itself",
    "is listed",
    "holds",
    "held",
    "achieved",
    "attained",
    "obtained",
    "earned",
    "got",
    "gets",
    "has got",
    "falls under",
    "fall under",
    "comes under",
    "come under",
    "has obtained",
    "has achieved",
    "has held",
    "has retained",
    "retained",
    "maintained",
    "has maintained",
    "was classified as",
    "is classified as",
    "was awarded",
    "were awarded",
    "is awarded",
    "received",
    "receives",
    "repeats",
    "repeat",
    "repeated",
    "pulled",
    "earned",
    "was given",
    "occupies",
    "occupied",
    "retains",
    "retain",
    "keeps",
    "keep",
    "maintains",
    "maintain",
)
_PLACE = words(
    "keeps",
    "keep",
    "kept",
    "places",
    "placed",
    "ranks",
    "ranked",
    "rates",
    "rated",
    "lists",
    "listed",
    "puts",
    "put",
    "maintains",
    "maintained",
    "leaves",
    "left",
    "retains",
    "retained",
    "classifies",
    "classified",
    "designates",
    "designated",
)
_KEEP = words(
    "kept",
    "keeps",
    "retained",
    "retains",
    "maintained",
    "maintains",
    "held",
    "holds",
    "kept hold of",
)
_STANDING = words(
    "ranking",
    "rating",
    "status",
    "placement",
    "designation",
    "classification",
    "spot",
    "place",
    "position",
)
_AUX = words(
    "will be",
    "will have been",
    "is",
    "are",
    "was",
    "were",
    "has been",
    "have been",
    "had been",
    "got",
    "gets",
    "has now been",
    "have now been",
    "was again",
    "were again",
    "being",
)
_PASSIVE_MOVE = words(
    "downgraded",
    "upgraded",
    "demoted",
    "promoted",
    "moved up",
    "moved down",
    "moved back",
    "moved",
    "raised",
    "lowered",
    "dropped",
    "bumped up",
    "bumped down",
    "relegated",
    "elevated",
    "returned",
    "restored",
    "reclassified",
    "removed",
    "taken off",
)
_INTRANSITIVE_MOVE = words(
    "fell",
    "falls",
    "fall",
    "dropped",
    "drops",
    "drop",
    "slipped",
    "slips",
    "slid",
    "slides",
    "sank",
    "sinks",
    "declined",
    "declines",
    "tumbled",
    "tumbles",
    "rose",
    "rises",
    "rise",
    "climbed",
    "climbs",
    "improved",
    "improves",
    "moved up",
    "moves up",
    "moved down",
    "moves down",
    "moved back",
    "moves back",
    "moved",
    "moves",
    "went up",
    "goes up",
    "went down",
    "goes down",
    "went back",
    "goes back",
    "returned",
    "returns",
    "jumped",
    "jumps",
    "advanced",
    "advances",
    "regressed",
    "regresses",
    "came off",
    "comes off",
    "left",
    "leaves",
    "exited",
    "exits",
    "was moved",
    "were moved",
    "will fall",
    "will drop",
    "will slip",
    "will rise",
    "will climb",
    "will move up",
    "will move down",
    "will move",
    "will return",
    "walked away",
    "walks away",
    "escaped",
    "escapes",
    "climbed out",
    "climbs out",
    "climbing out",
    "climbing",
    "moving",
    "rising",
    "falling",
    "dropping",
    "slipping",
    "sliding",
    "jumping",
)
_TRANSITIVE_MOVE = words(
    "downgrades",
    "downgrade",
    "downgraded",
    "upgrades",
    "upgrade",
    "upgraded",
    "moves",
    "moved",
    "demotes",
    "demoted",
    "promotes",
    "promoted",
    "lowers",
    "lowered",
    "raises",
    "raised",
    "returns",
    "returned",
    "drops",
    "dropped",
    "relegates",
    "relegated",
    "removes",
    "removed",
    "takes",
    "took",
    "downgrading",
    "upgrading",
    "moving",
    "demoting",
    "promoting",
    "lowering",
    "raising",
    "relegating",
    "removing",
    "returning",
    "dropping",
    "boosts",
    "boosted",
    "boosting",
    "elevates",
    "elevated",
    "elevating",
)
_MOVE_NOUN = words(
    "downgrade",
    "upgrade",
    "downgrading",
    "upgrading",
    "demotion",
    "promotion",
    "fall",
    "drop",
    "rise",
    "move",
    "return",
    "slide",
    "climb",
    "relegation",
    "removal",
)
_FROM = words("from", "back from", "off", "out of")
_TO = words("to", "into", "onto", "back to", "back into", "back onto")
# "moved Sri Lanka up to Tier 2": a particle may stand before the preposition.
# "downgraded a notch to", "moved down one tier to": the size of the step as well.
_PARTICLE = (
    r"(?:\s+(?:up|down|back))?(?:\s+(?:a|one|two|three|another)\s+(?:notch|notches|tier|tiers|"
    r"level|levels|place|places|spot|spots|rung|rungs|step|steps))?(?:\s+(?:up|down|back))?"
)
REST = rf"(?P<rest>(?:(?:\s+and)?{_PARTICLE}\s+(?:{_FROM}|{_TO})\s+{QT}{T}[\"']?)*)"
REST_REQUIRED = (
    rf"(?P<rest>(?:\s+(?:a|one)\s+(?:tier|level|notch))?"
    rf"(?:(?:\s+and)?{_PARTICLE}\s+(?:{_FROM}|{_TO})\s+{QT}{T}[\"']?)+"
    r"|\s+(?:a|one)\s+(?:tier|level|notch))"
)

# "Myanmar (mee-an-MAWR')", "Eswatini (formerly Swaziland)": a gloss that names no country.
# "a new U.S. "watch list"": the report's author named before its list.
AUTHOR = r"(?:(?:\u27e6C\d+\u27e7|u\.s\.|us)\s+(?=[\"']?\u27e6T))?"
GLOSS = r"(?:\s*\([^()\u27e6]{1,40}\))?"
# "... Myanmar in its annual trafficking report from Tier 3 to ...".
IN_REPORT = (
    r"(?:\s+in\s+(?:the|its|this\s+year's|their)\s+(?:[a-z-]+\s+){0,4}?"
    r"(?:report|ranking|rankings))?"
)
_DEEMED = words("deemed", "considered", "classified as", "rated", "ranked", "listed as", "placed")
_REL = words(
    "below",
    "above",
    "under",
    "beneath",
    "lower than",
    "higher than",
    "better than",
    "worse than",
    "on",
    "in",
    "at",
    "as",
)
_GROUP_VERBS = (
    r"(?:\s+"
    + words(
        "is",
        "are",
        "was",
        "were",
        "remains",
        "remain",
        "remained",
        "ranks",
        "rank",
        "ranked",
        "rated",
        "placed",
        "listed",
        "sits",
        "sit",
        "sat",
        "stays",
        "stay",
        "stayed",
        "has been",
        "have been",
        "made it to",
        "made it onto",
        "awarded",
        "be awarded",
        "given",
        "reached",
        "reach",
        "reaches",
        "achieved",
        "achieves",
        "earned",
        "earns",
        "got",
        "gets",
        "now",
        "still",
        "currently",
    )
    + ")*"
)
_IN_GROUP = rf"(?:\s+(?:in|of|from|among)(?:\s+the)?\s+(?P<g>{G}))?"
_IN_GROUP2 = rf"(?:\s+(?:in|of|from|among)(?:\s+the)?\s+(?P<g2>{G}))?"
_CMP = words(
    "at least",
    "more than",
    "over",
    "fewer than",
    "less than",
    "under",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "exactly",
    "only",
    "just",
    "a total of",
)
_COUNT_VERBS = (
    r"(?:\s+"
    + words(
        "are",
        "were",
        "was",
        "is",
        "remain",
        "remained",
        "sit",
        "sat",
        "now",
        "still",
        "have been",
        "had been",
        "ended up",
        "landed",
        "appear",
        "appeared",
        "rank",
        "ranked",
        "rated",
        "placed",
        "listed",
        "put",
        "included",
        "classified",
        "in all",
        "in total",
    )
    + ")*"
)

_HAS = words(
    "has",
    "had",
    "includes",
    "included",
    "holds",
    "held",
    "contains",
    "contained",
    "numbers",
    "numbered",
    "counts",
    "counted",
    "now has",
    "lists",
    "listed",
    "comprises",
    "comprised",
)
_PLACES = words(
    "places",
    "placed",
    "ranks",
    "ranked",
    "puts",
    "put",
    "lists",
    "listed",
    "rates",
    "rated",
    "classifies",
    "classified",
)
_CONSECUTIVE = words("consecutive", "straight", "successive", "running", "continuous")

VOCABULARY = Vocabulary(
    up=(
        "upgrad",
        "promot",
        "moved up",
        "moves up",
        "rose",
        "rise",
        "climb",
        "improv",
        "rais",
        "elevat",
        "bumped up",
        "went up",
        "goes up",
        "jump",
        "advanc",
        "walked away",
        "walks away",
        "escap",
        "climbing",
        "rising",
        "boost",
    ),
    down=(
        "downgrad",
        "demot",
        "moved down",
        "moves down",
        "fell",
        "fall",
        "drop",
        "slip",
        "slid",
        "sank",
        "sink",
        "declin",
        "tumbl",
        "lower",
        "relegat",
        "bumped down",
        "went down",
        "goes down",
        "regress",
        "worsen",
        "falling",
        "dropping",
        "slipping",
        "sliding",
    ),
    unchanged=(
        "remain",
        "stay",
        "continue",
        "keep",
        "kept",
        "maintain",
        "retain",
        "leave",
        "left",
        "repeat",
    ),
    unchanged_adverbs=("still", "once again", "again"),
    from_words=("from", "back from", "off", "out of", "up from", "down from"),
    to_words=(
        "to",
        "into",
        "onto",
        "back to",
        "back into",
        "back onto",
        "up to",
        "down to",
        "back up to",
    ),
    above=("above", "higher than", "better than"),
    below=("below", "under", "beneath", "lower than", "worse than"),
    comparators={
        "at least": Comparator.AT_LEAST,
        "more than": Comparator.MORE_THAN,
        "over": Comparator.MORE_THAN,
        "fewer than": Comparator.FEWER_THAN,
        "less than": Comparator.FEWER_THAN,
        "under": Comparator.FEWER_THAN,
        "about": Comparator.ABOUT,
        "around": Comparator.ABOUT,
        "roughly": Comparator.ABOUT,
        "nearly": Comparator.ABOUT,
        "almost": Comparator.ABOUT,
        "some": Comparator.ABOUT,
    },
    # "Unlike Chile, Peru remains on Tier 2": a list with no "and" before a verb in the singular
    # is not the subject; its last country is.
    singular=re.compile(
        r"(?:(?:also|still|now|again|only|once\s+again|currently|already)\s+)*"
        r"(?:is|was|has|[a-z]*[^s\W]s)\b"
    ),
    hypothetical=re.compile(
        r"\b(?:if|unless|whether|should|would|could|might|will|may\s+be|risks?|faces?|"
        r"expected\s+to|likely\s+to|predicted|predicts|calls?\s+for|urged?|"
        # a hope is no claim, nor a prediction: "expressed confidence that Peru will be able
        # to retain its Tier 1 status", "Peru aims to keep ...", "officials hope Kenya will ..."
        r"hop(?:e|es|ed|ing)|(?:expressed|voiced)\s+(?:confidence|hope|optimism)|"
        r"(?:is|are|was|were)\s+(?:confident|optimistic|hopeful)|aim(?:s|ed|ing)?\s+to|"
        r"seek(?:s|ing)?\s+to|want(?:s|ed)?\s+to|be\s+able\s+to)\b"
    ),
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
_IS = words("is", "was", "are", "were", "remains", "remained")

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
        rf"(?<!not\s)\b(?:only|just|solely)\s+(?P<subj>{CL}){_IN_GROUP}{_GROUP_VERBS}"
        rf"(?:\s+(?P<rel>{_REL}))?\s+{QT}(?P<t>{T}){_IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "the-only",
        rf"(?P<subj>{CL})\s+{words('is', 'are', 'was', 'were', 'remains', 'remain', 'remained')}"
        rf"\s+(?:the\s+)?{words('only', 'sole', 'lone', 'single')}\s+(?:{N}\s+)?"
        rf"(?:(?P<gadj>{G})\s+|[a-z-]+\s+)?(?:{COUNTRY_NOUN}|members?){_IN_GROUP}"
        rf"(?:\s+(?:that|which|to\s+be))?{_GROUP_VERBS}(?:\s+(?P<rel>{_REL}))?\s+{QT}(?P<t>{T})"
        rf"{_IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "only-tier-country",
        rf"(?P<subj>{CL})\s+{words('is', 'are', 'was', 'were', 'remains', 'remain', 'remained')}"
        rf"\s+(?:the\s+|(?P<g>{G})'s?\s+)?{words('only', 'sole', 'lone', 'single')}\s+"
        rf"{QT}(?P<t>{T})"
        rf"\s+(?:{COUNTRY_NOUN}|members?){_IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "alone",
        rf"(?P<subj>{CL})\s+alone{_IN_GROUP}{_GROUP_VERBS}(?:\s+(?P<rel>{_REL}))?\s+{QT}(?P<t>{T})"
        rf"{_IN_GROUP2}",
    ),
    # --- counts -------------------------------------------------------------------------------
    rule(
        ClaimKind.COUNT,
        "n-countries-on",
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:other\s+|more\s+)?(?:(?P<gadj>{G})\s+)?"
        rf"(?:{COUNTRY_NOUN}|countries\s+and\s+territories|members){_IN_GROUP}"
        rf"(?:\s*,?\s*(?:including|such\s+as|among\s+them|like)\s+(?P<listed>{CL})\s*,?)?"
        rf"(?:\s+(?:that|which|who))?{_COUNT_VERBS}"
        rf"\s+(?P<rel>{_REL}|onto|to|among|for)\s+{QT}(?P<t>{T}){_IN_GROUP2}",
    ),
    # "Eighteen countries were deemed "Tier 1"".
    rule(
        ClaimKind.COUNT,
        "n-countries-deemed",
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+"
        rf"{words('were', 'are', 'was', 'have been', 'had been')}\s+"
        rf"{_DEEMED}"
        rf"\s+{QT}(?P<t>{T})",
    ),
    # "identified 19 "Tier 3" countries", "the 36 Tier 1 countries".
    rule(
        ClaimKind.COUNT,
        "n-tier-countries",
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+{QT}(?P<t>{T})[\"']?\s+{COUNTRY_NOUN}\b"
        rf"(?!\s+(?:that|which|who)\b)",
    ),
    rule(
        ClaimKind.COUNT,
        "n-countries-with",
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+with\s+(?:a\s+|an\s+)?"
        rf"{QT}(?P<t>{T})\s+{_STANDING}",
    ),
    rule(
        ClaimKind.COUNT,
        "n-of-the",
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+of\s+(?:the|its|(?P<g>{G})'s?)\s+(?:{N}\s+)?"
        rf"(?:(?P<gadj>{G})\s+)?(?:{COUNTRY_NOUN}|members)?{_IN_GROUP2}{_COUNT_VERBS}"
        rf"\s+(?P<rel>{_REL})\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.COUNT,
        "tier-has-n",
        rf"{QT}(?P<t>{T})\s+{_HAS}"
        rf"\s+(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:(?P<gadj>{G})\s+)?"
        rf"(?:{COUNTRY_NOUN}|members){_IN_GROUP}",
    ),
    rule(
        ClaimKind.COUNT,
        "places-n",
        rf"{_PLACES}"
        rf"\s+(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:(?P<gadj>{G})\s+)?"
        rf"(?:{COUNTRY_NOUN}|members){_IN_GROUP}\s+(?P<rel>{_REL})\s+{QT}(?P<t>{T}){_IN_GROUP2}",
    ),
    # --- how many moved -----------------------------------------------------------------------
    rule(
        ClaimKind.MOVES,
        "n-countries-moved",
        # ("the three countries were downgraded": countries named before, not the year's count)
        rf"{_NOT_DEFINITE}(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:other\s+)?(?:{COUNTRY_NOUN})\s+"
        rf"(?:(?:had|have|were|was|have\s+been|had\s+been)\s+)?"
        rf"(?P<verb>{_MOVED})(?:\s+(?:their|in\s+their|its)\s+{_STANDINGS})?",
    ),
    rule(
        ClaimKind.MOVES,
        "moved-n-countries",
        rf"(?P<verb>{words('upgraded', 'downgraded', 'demoted', 'promoted', 'graded')})\s+"
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})(?:\s+(?:other\s+)?(?:{COUNTRY_NOUN}))?"
        rf"(?:\s+(?:higher|better))?(?!\s*(?:to|from|on)\b)",
    ),
    # --- changes ------------------------------------------------------------------------------
    # "Peru was one of 12 countries downgraded to Tier 3": Peru's own move, beside the count.
    rule(
        ClaimKind.CHANGE,
        "one-of-n-moved",
        rf"(?P<subj>{CL})\s+{_IS}\s+(?:(?:one|{N})\s+of|among)\s+(?:the\s+)?(?:{N}\s+)?(?:other\s+)?"
        rf"{COUNTRY_NOUN}\s+(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?"
        rf"(?P<verb>{_PASSIVE_MOVE}){REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "passive",
        rf"(?P<subj>{CL})(?:\s*[-)])?{WHICH}{APPOS}{ADV}\s+{_AUX}{NEG}{ADV}\s+(?P<verb>{_PASSIVE_MOVE})"
        rf"{ADV}{BY}{REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "intransitive",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{_INTRANSITIVE_MOVE}){REST_REQUIRED}",
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
        rf"[^.;\u27e6]{{0,80}}?(?:\u27e6C\d+\u27e7[^.;\u27e6]{{0,80}}?)?\s+{_AUX}\s+"
        rf"(?P<verb>{_PASSIVE_MOVE}){REST}",
    ),
    # "Countries that upgraded from Tier 3 to Tier 2 Watch List include Malaysia, Cuba ..."
    rule(
        ClaimKind.CHANGE,
        "movers-include",
        rf"(?:{COUNTRY_NOUN}|those)\s+(?:(?:that|which|who)\s+)?(?:(?:were|was|have\s+been)\s+)?"
        rf"(?P<verb>{_PASSIVE_MOVE}|{_INTRANSITIVE_MOVE}){REST}\s+"
        rf"{words('include', 'included', 'includes', 'are', 'were')}\s*:?\s*(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.CHANGE,
        "transitive",
        rf"(?P<verb>{_TRANSITIVE_MOVE})\s+(?P<subj>{CL}){GLOSS}{IN_REPORT}{REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "noun",
        rf"(?P<subj>{CL})'s?\s+(?P<verb>{_MOVE_NOUN}){REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "noun-of",
        rf"(?P<verb>{_MOVE_NOUN})\s+of\s+(?P<subj>{CL}){REST}",
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
        rf"(?P<subj>{CL})(?:'s?)?{WHICH}{APPOS}{ADV}\s+(?P<verb>{_BE}){NEG}{ADV}{RANKED}{BY}{PREP}"
        rf"(?:\s+(?:a|an))?\s+{NEW}{AUTHOR}{QT}(?P<t>{T})[\"']?(?:\s+{COUNTRY_NOUN})?"
        rf"(?:\s+{_STANDING})?(?:\s+again\b)?",
    ),
    rule(
        ClaimKind.TIER,
        "report-places",
        rf"(?P<verb>{_PLACE})\s+(?P<subj>{CL}){GLOSS}(?:{REL_APPOS})?{ADV}"
        rf"(?:\s+{words('on', 'in', 'at', 'as', 'among')})?"
        rf"(?:\s+(?:a|an|the))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "copula-past-relative",
        rf"(?P<subj>{CL}){REL_APPOS}{ADV}\s+(?P<verb>{_BE}){NEG}{ADV}{RANKED}{BY}{PREP}"
        rf"(?:\s+(?:a|an))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "passive-past-relative",
        rf"(?P<subj>{CL}){REL_APPOS}{ADV}\s+{_AUX}{NEG}{ADV}\s+(?P<verb>{_PASSIVE_MOVE})"
        rf"{ADV}{BY}{REST}",
    ),
    rule(ClaimKind.TIER, "brackets", rf"(?P<subj>{CL})\s*\(\s*{QT}(?P<t>{T})\s*\)"),
    # "The US graded itself at Tier 1": the subject placed by itself.
    rule(
        ClaimKind.TIER,
        "reflexive",
        rf"(?P<subj>{CL}){ADV}\s+(?P<verb>{_PLACE}|{words('graded', 'grades', 'rated', 'rates')})"
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
        rf"(?P<subj>{CL})'s?\s+{QT}(?P<t>{T})\s+{_STANDING}",
    ),
    rule(
        ClaimKind.TIER,
        "kept-its",
        rf"(?P<subj>{CL}){ADV}(?:\s+(?:has|have|had))?\s+(?P<verb>{_KEEP})"
        # "retained - for the fifth year - its Tier 2 position": a time set apart in between.
        rf"(?P<apart>\s*(?:\s-|,)\s+for\s+(?:the\s+|a\s+)?{ORD}\s+(?:[a-z]+\s+)?"
        rf"(?:year|time)s?(?:\s+in\s+a\s+row)?\s*(?:-|,))?\s+(?:its|their)\s+"
        rf"(?:[a-z]+\s+)?(?:(?:on|in|at|as|among)\s+)?{QT}(?P<t>{T})(?:\s+{_STANDING})?",
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
        rf"\s*:?\s*(?P<subj>{CL})",
    ),
    # "Tier 1: 31 countries", a heading and its count.
    rule(
        ClaimKind.COUNT,
        "tier-heading-count",
        rf"^\W*{QT}(?P<t>{T})[\"']?\s*[:-]\s*(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+"
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
        rf"(?P<verb>{_TRANSITIVE_MOVE})\s+(?:the\s+|its\s+)?"
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
        rf"\s*:?\s*(?P<subj>{CL})",
    ),
    # "On Tier 3 are 21 countries", "In the Tier 1 category there are 30 countries".
    rule(
        ClaimKind.COUNT,
        "on-t-are-n",
        rf"^\W*(?:on|in)\s+{QT}(?P<t>{T})[\"']?(?:[^.;:,\u27e6]|\u27e6[GY]\d+\u27e7){{0,60}}?"
        rf"\s+{words('are', 'were', 'there are', 'there were', 'sit', 'sat', 'stand')}"
        rf"\s+(?:now\s+)?(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
    ),
    # "The State Department gave Ghana a Tier 2 Watch List ranking".
    rule(
        ClaimKind.TIER,
        "gave-x-a-tier",
        rf"\b{words('gave', 'gives', 'give', 'awarded', 'awards', 'assigned', 'assigns', 'handed')}"
        rf"\s+(?P<subj>{CL})\s+(?:a|an|its|their|the)\s+{QT}(?P<t>{T})[\"']?\s+{_STANDING}",
    ),
    # "The US had "again unabashedly" given itself the top Tier 1 ranking": the subject itself.
    rule(
        ClaimKind.TIER,
        "gave-itself-a-tier",
        rf"(?P<subj>{CL})\s+(?:(?:has|had|have|once)\s+)?(?:[\"']?(?:again|unabashedly|once|"
        rf"duly|simply|also)[\"']?\s+){{0,3}}"
        rf"{words('gave', 'given', 'gives', 'give', 'awarded', 'awards', 'assigned', 'assigns')}"
        rf"\s+(?:itself|themselves)\s+(?:a|an|its|their|the)?\s*{QT}(?P<t>{T})[\"']?\s+{_STANDING}",
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
        rf"[\"']?(?:\s+{_STANDING})?\s*,?\s*(?:{_IS}|:)\s*(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.CHANGE,
        "among-those-moved",
        rf"\bamong\s+(?:the\s+)?(?:{N}\s+)?(?:other\s+)?{COUNTRY_NOUN}\s+(?:(?:that|which)\s+)?"
        rf"(?:were\s+|have\s+been\s+)?(?P<verb>{_PASSIVE_MOVE}){REST}\s*,?\s*(?:{_IS}|:)\s*"
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
        rf"one\s+of\s+(?:the\s+)?(?P<n>{N})\s+(?:other\s+)?{COUNTRY_NOUN}{_COUNT_VERBS}"
        rf"\s+(?:on|in|at|as)\s+{QT}(?P<t>{T})",
    ),
    # "China and Russia were among 19 countries on Tier 3": the tier, and (as a count) how many.
    rule(
        ClaimKind.TIER,
        "among-n",
        rf"(?P<subj>{CL}){WHICH}{ADV}\s+{words('are', 'were', 'is', 'was', 'remain', 'remained')}"
        rf"{ADV}\s+among\s+(?:the\s+)?(?P<n>{N})\s+(?:of\s+(?:the\s+)?{N}\s+)?(?:other\s+)?"
        rf"{COUNTRY_NOUN}(?:\s+reported\s+on)?"
        rf"(?:{_COUNT_VERBS}\s+(?:on|in|at|as|to)"
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
    rule(
        ClaimKind.TIER,
        "tier-lists",
        rf"(?:countries\s+)?(?:listed\s+|ranked\s+|placed\s+)?(?:on|in)\s+(?P<t>{T})\s+"
        rf"(?:countries\s+)?{words('are', 'were', 'include', 'included', 'are now')}\s*:?\s*"
        rf"(?P<subj>{CL})",
    ),
    # "The only other Middle East countries ranked tier three in the report are Iran and Syria",
    # "Other African countries listed alongside South Africa on the Tier 2 Watch List include
    # ...": countries described by their tier, then named.
    rule(
        ClaimKind.TIER,
        "countries-on-tier-are",
        rf"\b(?<!new\s){COUNTRY_NOUN}\s+(?:(?:that|which)\s+(?:are|were)\s+)?"
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
    rule(
        ClaimKind.TIER,
        "tier-countries-such-as",
        rf"(?:many\s+|other\s+|some\s+)?{QT}(?P<t>{T})\s+"
        rf"{words('countries', 'nations', 'states')}\s*"
        rf"(?:\(|,?\s*(?:among\s+them|including|such\s+as|like)\s+)(?P<subj>{CL})",
    ),
]

STREAKS: list[re.Pattern[str]] = [
    # "downgraded after three years on Tier 1", "after four years ranked at Tier 1".
    re.compile(
        rf"(?<=after\s)(?P<afterrun>)(?P<n>{N})\s+(?:consecutive\s+|straight\s+)?years"
        rf"(?=\s+(?:on|in|at|as|(?:ranked|rated|placed)\s+(?:on|in|at|as))\s)"
    ),
    # "after spending three years on the Tier 2 Watch List".
    re.compile(
        rf"(?:spent|spending|spends|spend)\s+(?:(?P<atleast>at\s+least)\s+)?(?P<n>{N})\s+"
        rf"(?:consecutive\s+|straight\s+)?(?:years|reports)(?=\s+(?:on|in|at)\b)"
    ),
    re.compile(
        rf"(?:for\s+)?(?:(?P<atleast>at\s+least)\s+)?(?:the\s+|a\s+|its\s+|their\s+)?"
        rf"(?P<o>{ORD})\s+(?:{_CONSECUTIVE}\s+)?"
        rf"(?:year|report|time)s?(?:\s+{words('in a row', 'running', 'in succession')})?"
    ),
    re.compile(
        rf"(?:for\s+)?(?:(?P<atleast>at\s+least)\s+)?(?:the\s+(?:past|last)\s+)?(?P<n>{N})\s+"
        rf"(?:{words('consecutive', 'straight', 'successive', 'continuous')}\s+)?(?:years|reports)"
        rf"(?:\s+{words('in a row', 'running', 'in succession')})?"
    ),
]
# "for a second year" after staying on a tier: a streak too ("for the 13th year" may count
# years that were not in a row).
STREAK_NEEDS = re.compile(
    r"^spen[dt]|consecutive|straight|successive|running|continuous|in a row|in succession|"
    r"past|last|"
    r"^for\s+a\s+\u27e6O\d+\u27e7\s+(?:year|report)\b"
)
TIER_AFTER = re.compile(
    rf"\s*(?:(?:ranked|rated|placed|listed)\s+)?(?:{words('on', 'in', 'at', 'as')})(?:\s+(?:a|an))?"
    rf"\s+{QT}(?P<t>{T})"
)

# --- the clause reader (clause_reader.clause_claims) ----------------------------------------
# Words that make a clause's subject be on the tier its preposition names, when no rule above
# read the clause: "Peru, after a year of reforms under a new government, is again on Tier 2".
LOOSE_BE = re.compile(
    r"\b(?:is|are|was|were|been|be|remain\w*|stay\w*|sits?|sat|rank\w*|rated|placed|listed|"
    r"classified|categori[sz]ed|designated|kept|included|put|left|lands?|landed|ended\s+up|"
    r"finds?\s+itself|found\s+itself|holds?|held|earned|received|retain\w*|maintain\w*|keeps?|"
    r"continues|continued|repeats?|returned|returns)\b"
)
LOOSE_AT = ("on", "in", "at", "as", "among", "within")
LOOSE_TO = ("to", "into", "onto", "back to", "up to", "down to")
LOOSE_FROM = ("from", "off", "out of")
LOOSE_NEG = re.compile(r"\b(?:not|no|never|nor|neither|no\s+longer|without|instead\s+of)\b|n't\b")

# The reading of last resort, for clauses no rule read (last_resort.fallback_claims).
FALLBACK = fallback_en.read
# Its tier followed by "since 2014" ("Venezuela, ranked Tier 3 since 2014, ...") is a run up to
# the report; the Spanish reader has not been tried with it.
FALLBACK_READS_SINCE = True
# A move whose own words name no tier, completed from the words after it (`fallback_en`).
ONWARD_TIER = fallback_en.onward_tier
# Claims about countries named beside a claim's own ("one of two ..., the other being X").
COMPANIONS = fallback_en.companions
# English word orders the patterns do not reach (clauses_en.py).
CLAUSE_READERS = (clauses_en.read,)
