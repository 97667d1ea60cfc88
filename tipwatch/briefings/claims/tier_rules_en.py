"""The English rules that read a country's tier: "Peru is on Tier 2", "the report placed
Peru on Tier 2", "Tier 3 includes Iran and Syria"."""

from __future__ import annotations

from .count_words_en import COUNT_VERBS
from .grammar import BY, CL, ORD, QT, G, N, Rule, T, Y, rule, words
from .model import ClaimKind
from .sentence_parts_en import (
    ADV,
    APPOS,
    AUTHOR,
    AUTHOR_RELATIVE,
    COUNTRY_NOUN,
    GLOSS,
    NEG,
    NEW,
    NOT_IN_A_LIST,
    PREP,
    RANKED,
    REL_APPOS,
    WHICH,
)
from .verbs_en import BE, IS, KEEP, PLACE, STANDING

_FRONTED_VERBS = words(
    "is", "are", "was", "were", "remains", "remain", "remained", "sits", "sit", "sat", "stays",
    "stay", "stayed",
)  # fmt: skip
_INCLUDE = words("include", "includes", "included", "comprise", "comprises")
# "Tier 3 includes, among others, Iran and Syria": an aside before the members named.
_AMONG_OTHERS = (
    r"(?:\s*,\s*(?:among\s+others|among\s+them|for\s+example|for\s+instance|notably|"
    r"in\s+particular)\s*,)?"
)
# "Tier 3 includes countries such as Iran and Syria": the members named as examples.
_SUCH_AS = (
    r"(?:(?:other\s+)?(?:countries|nations|states|governments)\s+(?:such\s+as|like|including)\s+)?"
)
# "placed in the same Tier 2 category as Japan": the word for a tier after "the same".
_SAME_TIER_AS = words("category", "group", "tier", "level", "ranking", "list", "bracket")
_AWARDED = words(
    "to be awarded", "to receive", "to earn", "to get", "to achieve", "on", "in", "at", "with"
)
# "... that achieved Tier 1 status"
_ACHIEVED = words(
    "achieved", "earned", "received", "won", "were given", "achieve", "earn", "receive"
)  # fmt: skip
# "the first Arab State to reach Tier 1": the verbs of getting onto a tier after "the first ...".
_FIRST_TO_REACH = words(
    "reach", "achieve", "attain", "earn", "gain", "be placed on", "be ranked", "be given"
)  # fmt: skip
# The prepositions of a place on a tier: "on Tier 2", "as a Tier 2 country", "among Tier 3".
# ("lists Burma and Malaysia as among the worst offenders", "as one of the worst offenders")
_ON = words("on", "in", "at", "as", "among", "as among", "as one of", "as some of")
# What may open an aside that says a country's tier now: "Peru, currently a Tier 2 country",
# "Long a Tier 1 nation, Sweden ..." (not "once", "formerly": an earlier report's tier).
_APPOSED_NOW = (
    r"(?:"
    + words(
        "now", "still", "currently", "again", "once again", "once more", "long", "already",
        "today", "also", "itself", "for now", "presently", "this year",
    )
    + r"\s+)*"
)  # fmt: skip
# What a tier is called beside the standing words: "Mexico's Tier 2 listing".
_LABEL = words("listing", "label", "grade", "tag", "categorisation", "categorization")
_REPLACED = words("replaced", "replaces", "supplanted", "supplants", "displaced", "displaces")
# The verbs of judging a country, which place it when the report's author judges.
_JUDGED = words(
    "considers", "considered", "deems", "deemed", "regards", "regarded", "counts", "counted",
    "brands", "branded", "labels", "labelled", "labeled", "names", "named", "identifies",
    "identified", "categorises", "categorised", "categorizes", "categorized", "grades", "graded",
)  # fmt: skip
# "a Tier 2 country", "one of the Tier 2 countries", "among the Tier 3 nations".
_ONE_OF = r"(?:a|an|one\s+of\s+(?:the\s+)?|among\s+(?:the\s+)?)\s*"

TIER_RULES: list[Rule] = [
    # "On the Tier 2 Watch List, for the third year, Ghana is ...": the tier opens the
    # sentence and its subject comes after the comma.
    rule(
        ClaimKind.TIER,
        "fronted-tier",
        rf"^\W*(?:on|in|among)\s+(?:(?:this|that|este|ese|esta|esa)\s+)?{QT}(?P<t>{T})[\"']?"
        rf"(?:[^.;:\u27e6]|\u27e6[GY]\d+\u27e7){{0,80}}?,\s*(?P<subj>{CL})\s+"
        rf"(?P<verb>{_FRONTED_VERBS})\b",
    ),
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
        # ("the report again ranks Cambodia on the Watch List": "again" before the verb, a stay)
        rf"(?:(?:again|once\s+again|once\s+more|still)\s+)?"
        rf"(?P<verb>{PLACE})\s+(?P<subj>{CL}){GLOSS}(?:{REL_APPOS})?{ADV}"
        rf"(?:\s+{_ON})?"
        rf"(?:\s+(?:a|an|the))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    # "..., while leaving North Korea in the lowest tier", "upgraded Chile, keeping Peru on Tier
    # 2": a participle after the main clause places its object (not "considering leaving ...").
    rule(
        ClaimKind.TIER,
        "participle-places",
        rf"(?:(?<=,\s)|(?<=\bwhile\s)|(?<=\band\s))(?P<verb>"
        rf"{words('leaving', 'keeping', 'placing', 'putting', 'maintaining', 'retaining')})"
        rf"\s+(?P<subj>{CL}){ADV}\s+{_ON}(?:\s+(?:a|an))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "copula-past-relative",
        rf"(?P<subj>{CL}){REL_APPOS}{ADV}\s+(?P<verb>{BE}){NEG}{ADV}{RANKED}{BY}{PREP}"
        rf"(?:\s+(?:a|an))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    rule(ClaimKind.TIER, "brackets", rf"(?P<subj>{CL})\s*\(\s*{QT}(?P<t>{T})\s*\)"),
    # "The US graded itself at Tier 1": the subject placed by itself.
    rule(
        ClaimKind.TIER,
        "reflexive",
        rf"(?P<subj>{CL}){ADV}\s+(?P<verb>{PLACE}|{words('graded', 'grades', 'rated', 'rates')})"
        rf"\s+(?:itself|themselves){ADV}\s+{_ON}"
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
        # ("Norway's position at Tier 1", "India's place in Tier 2": where it stands)
        rf"(?P<subj>{CL})'s?\s+(?:{STANDING}|listing)(?:\s+(?:still|now))?"
        rf"\s+(?:as|on|in|at|among)\s+(?:a\s+|an\s+)?{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        # "The State Department maintained Thailand's Tier 3 ranking": the ranking kept is a
        # stay, as "kept Thailand on Tier 3" is.
        "kept-possessive",
        rf"\b(?P<verb>{KEEP})\s+(?P<subj>{CL})'s?\s+{QT}(?P<t>{T})[\"']?\s+(?:{STANDING}|{_LABEL})",
    ),
    rule(
        ClaimKind.TIER,
        "possessive",
        rf"(?P<subj>{CL})'s?\s+{QT}(?P<t>{T})[\"']?\s+(?:{STANDING}|{_LABEL})",
    ),
    rule(
        ClaimKind.TIER,
        "kept-its",
        rf"(?P<subj>{CL}){ADV}(?:\s+(?:has|have|had){ADV})?\s+(?P<verb>{KEEP})"
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
    # "Chile, a Tier 1 country, ...", "Peru, currently a Tier 2 nation, ...", "Mexico, one of
    # the Tier 2 countries, ...", "Norway (a Tier 1 country) ...", "Peru - a Tier 2 state -".
    rule(
        ClaimKind.TIER,
        "apposition",
        rf"(?P<subj>{CL})(?:,|\s*\(|\s-)\s*{_APPOSED_NOW}{_ONE_OF}{QT}(?P<t>{T})[\"']?"
        rf"(?:\s+{STANDING})?\s+{COUNTRY_NOUN}",
    ),
    # "Kenya, now on Tier 2, ...", "Qatar, still on the Tier 2 Watch List, ...": a tier in an
    # aside closed before the verb (so that "Peru, on Tier 2 until 2015, ..." is left alone).
    rule(
        ClaimKind.TIER,
        "apposition-on",
        rf"(?P<subj>{CL})(?:,|\s*\(|\s-)\s*{_APPOSED_NOW}(?:on|in|at|among)\s+{QT}(?P<t>{T})"
        rf"[\"']?(?=\s*(?:,|\)|\s-\s))",
    ),
    # "A Tier 2 country, Peru has ...", "Long a Tier 1 nation, Sweden ...", "As a Tier 1
    # country, Canada is not subject to sanctions": the apposition fronted, before the subject
    # of the sentence's verb (not "As a Tier 3 country, Peru would face sanctions").
    rule(
        ClaimKind.TIER,
        "fronted-apposition",
        rf"^\W*(?:as\s+)?{_APPOSED_NOW}{_ONE_OF}{QT}(?P<t>{T})[\"']?(?:\s+{STANDING})?\s+{COUNTRY_NOUN}"
        rf"\s*,\s*(?P<subj>{CL})(?=\s+(?:has|have|is|are|was|were|had|[a-z]+ed|[a-z]+s)\b)",
    ),
    # "Chile was replaced on Tier 1 by Peru", "Peru replaced Chile on Tier 1": the one who
    # took the place is on the tier (the one whose place it took is not read).
    rule(
        ClaimKind.TIER,
        "replaced-by",
        rf"{CL}{ADV}\s+(?:was|were|has\s+been|have\s+been|had\s+been){ADV}\s+"
        rf"{_REPLACED}\s+{_ON}\s+{QT}(?P<t>{T})[\"']?\s+by\s+(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.TIER,
        "replaced",
        rf"(?P<subj>{CL}){ADV}(?:\s+(?:has|have|had))?{ADV}\s+(?P<verb>{_REPLACED})\s+{CL}"
        rf"\s+{_ON}\s+{QT}(?P<t>{T})",
    ),
    # "Cuba, which the report places on Tier 3, ...": the country is the relative's object.
    rule(
        ClaimKind.TIER,
        "author-relative",
        rf"(?P<subj>{CL}){AUTHOR_RELATIVE}\s+(?P<verb>{PLACE}|{_JUDGED})"
        rf"(?:\s+{_ON}|\s+to\s+be)?(?:\s+(?:a|an|the))?\s+{NEW}{QT}(?P<t>{T})",
    ),
    # "Bolivia, whose ranking is Tier 2 Watch List, ...": the country's own standing.
    rule(
        ClaimKind.TIER,
        "whose-standing",
        rf"(?P<subj>{CL}),\s+whose\s+(?:tier\s+)?{STANDING}\s+(?P<verb>{IS})"
        rf"\s+(?:still\s+|now\s+)?{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "ellipsis",
        # ("... Peru on Tier 2, Chile on Tier 1 and Bolivia on Tier 3": after a tier and a comma
        # too; "ranks Peru Tier 2 and Chile Tier 1": the preposition left out as well.)
        rf"{NOT_IN_A_LIST}(?:(?<=[\w\u27e7,]\s)(?:and|while|whereas)\s+|(?<=\u27e6T\d\u27e7,\s)|(?<=\u27e6T\d\d\u27e7,\s))"
        rf"(?P<subj>{CL})\s+(?:{words('on', 'in', 'at')}\s+)?(?:the\s+)?{QT}(?P<t>{T})"
        rf"(?!\s*(?:report|list\b))",
    ),
    # "Tier 2 includes Aruba, Belize and ...", "Current Tier 2 Watch List nations in the region
    # are Guyana, Haiti and ...": a tier and the list of its members.
    rule(
        ClaimKind.TIER,
        "tier-members",
        rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\s-\s))\W*(?:(?:current|this\s+year's)\s+)?{QT}"
        rf"(?P<t>{T})[\"']?"
        rf"(?:\s+{words('countries', 'nations', 'members', 'governments')})?"
        rf"(?:\s+(?:in|of|from)\s+(?:the\s+)?{G})?"
        rf"(?:\s+(?:now|still|also))?"
        rf"\s+{words('includes', 'include', 'included', 'comprises', 'comprised', 'are', 'were')}"
        rf"{_AMONG_OTHERS}\s*:?\s*{_SUCH_AS}(?P<subj>{CL})",
    ),
    # "... were the only countries in East Asia and the Pacific to be awarded Tier 1 status":
    # a scope the gazetteer does not know, so only the tier is checked, not the exclusivity.
    rule(
        ClaimKind.TIER,
        "only-in-unknown-scope",
        rf"(?P<subj>{CL})\s+{IS}\s+(?:the\s+)?{words('only', 'sole')}\s+(?:{COUNTRY_NOUN})"
        rf"\s+in\s+(?:[a-z]+\s+){{1,6}}?"
        rf"{_AWARDED}"
        rf"\s+(?:a\s+|an\s+)?{QT}(?P<t>{T})",
    ),
    # "Tier 3 countries include Iran, Syria and ...".
    rule(
        ClaimKind.TIER,
        "tier-countries-include",
        rf"{QT}(?P<t>{T})[\"']?\s+{words('countries', 'nations', 'list', 'group', 'category')}"
        rf"(?:\s+(?:this|last)\s+year)?\s+{_INCLUDE}"
        rf"{_AMONG_OTHERS}\s*:?\s*{_SUCH_AS}(?P<subj>{CL})",
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
        rf"[\"']?(?:\s+{STANDING})?\s*,?\s*(?:{IS}|:)\s*(?P<subj>{CL})",
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
        rf"(?P<subj>{CL})(?:\s*,\s*|\s+{IS}\s+)"
        rf"one\s+of\s+(?:the\s+)?(?P<n>{N})\s+(?:other\s+)?{COUNTRY_NOUN}{COUNT_VERBS}"
        rf"\s+(?:on|in|at|as)\s+{QT}(?P<t>{T})",
    ),
    # "China and Russia were among 19 countries on Tier 3": the tier, and (as a count) how many.
    rule(
        ClaimKind.TIER,
        "among-n",
        rf"(?P<subj>{CL}){WHICH}{ADV}\s+{words('are', 'were', 'is', 'was', 'remain', 'remained')}"
        # ("was one among the 30 countries given the highest rating")
        rf"{ADV}\s+(?:one\s+)?among\s+(?:the\s+)?(?P<n>{N})\s+(?:of\s+(?:the\s+)?{N}\s+)?(?:other\s+)?"
        rf"{COUNTRY_NOUN}(?:\s+reported\s+on)?"
        rf"(?:{COUNT_VERBS}\s+(?:on|in|at|as|to)"
        # "... among the 30 of 188 countries reported on that achieved Tier 1 status"
        rf"|\s+(?:that|which|to)\s+{_ACHIEVED}"
        rf"|\s+{words('given', 'awarded', 'granted', 'assigned')}"
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
        rf"(?:{_ON}\s+)?(?:this\s+)?{QT}(?P<t>{T})[\"']?"
        rf"(?:\s+{words('status', 'ranking', 'category', 'list', 'countries')})?"
        rf"(?:\s+(?:in|of)\s+(?:the|this\s+year's|its|the\s+latest)\s+(?:[a-z]+\s+){{0,3}}?report)?"
        # "Countries in this Tier 3 ranking - this year include ...": the report's own year.
        rf"(?:\s*[-,]?\s*this\s+year)?"
        rf"\s*,?\s+{words('are', 'were', 'include', 'included', 'includes', 'are now')}\s*:?\s*"
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
