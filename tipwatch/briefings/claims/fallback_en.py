"""The English reading of last resort: a clause's countries, its verb and its tier.

The rules in `rules_en` each read one shape of sentence; what the press writes is longer
tailed than any list of shapes ("The report pushed Lebanon to the Tier 2 watchlist", "Only two
of the region's countries - Singapore and the Philippines - were designated Tier 1"). Where no
rule read a clause, this reads it from three things it must hold, in order: the countries, a
verb of being, placing, keeping or moving, and the preposition before one tier ("on", "to",
"off"). It gives nothing when the clause holds a negation, a condition, a modal, a comparison
("unlike", "than"), a count, or more than one tier it cannot pair with its own countries, so
that what it reads is rarely wrong even when the clause is unusual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .fallback_clauses import ClauseLanguage, Reading, clause_spans, read_clause
from .grammar import Vocabulary
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged, Token

# Where a clause ends: the end of a sentence part, and the words that open a clause of its own
# after a comma ("..., where the State Department says ...", "..., but removed ...").
_BOUNDARY = re.compile(
    r"[;:!?]|\.(?=\s|$)"
    r"|,\s*(?=(?:but|while|whereas|which|where|who|whose|after|because|as|although|though|"
    r"since|when|despite|with|yet|so|and\s+(?:the|its|it|this|that|a|an)\b)\b)"
    r"|\s(?=(?:but|while|whereas|although|though|because|yet)\s)"
    # "moved to Tier 2 after remaining on the Watch List": the tier it stayed on before.
    r"|\s(?=after\s+[a-z]+ing\b)"
)
# Words that make a clause say something else than "these countries are on that tier".
_GUARD = re.compile(
    r"\b(?:not|no|never|nor|neither|without|unless|if|whether|could|would|should|might|may|"
    r"must|will|shall|can|cannot|likely|expected|risk\w*|fac(?:e|es|ing)|threat\w*|avoid\w*|"
    r"unlike|than|compared|except|excluding|apart|besides|instead|rather|whereas|"
    r"otherwise|required|automatic\w*|waiver|possible|potential|warn\w*|urg\w*|"
    r"calls?|asked|hope\w*|aim\w*|want\w*|seek\w*|sought|try\w*|tried|others|spared|avert\w*|"
    # "narrowly escaped a downgrade to Tier 3": no move happened.
    r"escap\w*\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:downgrade|demotion|relegation|drop|fall)|"
    # A group claim ("Chile alone ranks above Peru, on Tier 1") is the rules' to read.
    r"alone|sole|lone|above|below|behind|ahead)\b|n't\b"
)
# A count of countries ("two of the region's countries", "42 countries") is the count rules'.
_NUMBER = re.compile(
    r"\u27e6N(?P<i>\d+)\u27e7\s+(?:other\s+|more\s+)?(?:[a-z-]+\s+)?"
    r"(?:of|countries|nations|states|governments|territories|members)\b"
)
# Verbs of being on a tier, of being placed, kept or counted on it.
_BE = re.compile(
    r"\b(?:is|are|was|were|been|be|being|remain\w*|stay\w*|sits?|sitting|sat|rank\w*|rated|"
    r"placed|placing|places|listed|classed|classified|categori[sz]ed|designated|kept|keeps?|"
    r"keeping|included|put|puts|putting|lands?|landed|ended\s+up|holds?|held|retain\w*|"
    r"maintain\w*|continues|continued|graded|deemed|considered|named|featured?|appears?|"
    r"appeared|figures?|figured|names|naming|positioned|positions|languish\w*|joined|joins|join|shares?|shared|clung|clings?|hung|"
    # "the US, UK, Canada and Australia made Tier 1": made the grade of that tier.
    r"(?:make|makes|made)\s+up|made|makes|secured|secures|clinched|scored|scores|"
    r"(?:came|comes)\s+in\s+at|(?:slapped|hit)\s+with)\b"
)
# Verbs of moving, whether or not they say which way ("pushed ... to", "taken off").
_MOVE = re.compile(
    r"\b(?:mov\w*|push\w*|pull\w*|sent|send\w*|shift\w*|bump\w*|knock\w*|added|adds?|adding|"
    r"removed|removes?|removing|taken|took|takes|came|comes|coming|got|gets|getting|went|goes|"
    r"brought|returned|returns?|lifted|lifts?|delisted|exited|exits?|left|leaves?|"
    r"downgrad\w*|upgrad\w*|demot\w*|promot\w*|relegat\w*|elevat\w*|lower\w*|rais\w*|"
    r"drop\w*|fell|fall\w*|slip\w*|slid\w*|sank|sink\w*|tumbl\w*|rose|ris\w*|climb\w*|"
    r"jump\w*|boost\w*|escap\w*|declin\w*|improv\w*|worsen\w*|regress\w*|advanc\w*|"
    # "forced to the bottom rung", "consigned to Tier 3" (not "forced labour").
    r"(?:forced|consigned|thrust|relegated)(?=\s+(?:back\s+|down\s+)?(?:to|into|onto|off)\b|\s*$))\b"
)
_HELD_ON = re.compile(
    r"\b(?:held|hold|holds|holding|clung|cling|clings|hung|hang|hangs)\s+on\s*to$"
)
_TO = re.compile(r"\b(?:back\s+)?(?:up\s+|down\s+)?(?:to|into|onto)\s*$")
_FROM = re.compile(r"\b(?:(?:back|up|down)\s+)?(?:from|off|out\s+of)\s*$")
# ("named one of the worst offenders": one of those on the tier the metaphor names)
_AT = re.compile(r"\b(?:on|in|at|as|among|within|under|one\s+of)\s*$")
# What may stand between the preposition and the tier: an article, a quotation mark.
_ARTICLE = re.compile(
    r"(?:\b(?:the|a|an|its|their|so-called|dreaded|newly|new|created)\s+|[\"']"
    # "placed on what is called a tier 3 list"
    r"|\bwhat\s+(?:is|are|was|were)\s+(?:called|known\s+as|termed|dubbed)\s+)*$"
)
# "positioned Barbados on the 2025 Trafficking in Persons Report, Tier 2 Watch List": the
# report's name (no preposition of its own but "trafficking in persons") before the tier ...
_REPORT_NAME = re.compile(
    r"\bthe\s+(?:trafficking\s+in\s+persons\s+|(?!(?:on|in|at|as|to|into|onto|from|off|"
    r"among|of|and)\b)[a-z]+\s+){0,5}?report(?:'s\s+|\s*,\s*)$"
)
# ... right after a verb of placing and its objects ("was praised in the report, Tier 1
# countries said" places nothing).
_PLACED_IN = re.compile(
    r"\b(?:is|are|was|were|been|placed|put|positioned|listed|ranked|rated|kept|included|"
    r"classified|designated|named)(?:\s|,|\band\b)*\s(?:on|in)\s*$"
)
# "Also on Tier 2 is the Central African Republic": the tier before its verb and subject.
_INVERTED = re.compile(
    r"^\W*(?:also\s+|and\s+)?(?:[a-z'-]+\s+){0,5}?"
    # "Listed as Tier 2 on the list are Bulgaria, ...", "Ranked on Tier 3 are ..."
    r"(?:(?:listed|ranked|rated|placed|classed|classified|designated|named)\s+)?"
    r"(?:on|in|at|among|as)\s+(?:the\s+|a\s+)?"
    r"[\"']?\u27e6T(?P<t>\d+)\u27e7"
    r"[\"']?(?:[^\u27e6,;.]{0,40})\s+(?:is|are|was|were|remains?|remained|sits?|sat|stands?)\s+"
    r"(?:the\s+)?(?P<subj>\u27e6C\d+\u27e7"
    r"(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
)


# A headline's list and "among" with no verb: "Cuba, Iran among worst in human trafficking".
_HEADLINE_AMONG = re.compile(
    r"^\W*(?:the\s+)?\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*"
    r"\s+(?:again\s+|still\s+|now\s+)?among\s+$"
)


# "Downgraded to Tier 3 this year were Peru and Chile", "Newly added to Tier 3 are ...".
_INVERTED_MOVE = re.compile(
    r"^\W*(?:also\s+|and\s+)?(?:newly\s+|recently\s+)?(?P<verb>downgraded|upgraded|moved(?:\s+(?:up|down))?|"
    r"added|relegated|demoted|promoted|elevated|dropped|raised|lowered|pushed(?:\s+(?:up|down))?)\s+"
    r"(?:back\s+)?(?:to|into|onto)\s+(?:the\s+|a\s+)?[\"']?\u27e6T(?P<t>\d+)\u27e7[\"']?"
    r"(?:[^\u27e6,;.]{0,40})\s+(?:are|were|is|was)\s+(?:the\s+)?(?P<subj>\u27e6C\d+\u27e7"
    r"(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
)


# Countries named with a word or two before each ("NATO allies Greece and Turkey", "ally
# Bahrain and trading partner Malaysia"); no preposition among them ("sanctions on Cuba").
_DESCRIBED = (
    r"(?:the\s+)?(?:(?!(?:to|from|for|of|in|on|at|by|with|into|onto|off|out|not|no)\b)"
    r"[a-z-]+\s+){0,2}?\u27e6C\d+\u27e7"
)
_DESCRIBED_LIST = (
    rf"(?P<subj>{_DESCRIBED}(?:(?:\s*,\s*|\s*,?\s*(?:and|as\s+well\s+as)\s+){_DESCRIBED})*)"
)
_REMOVED = r"(?:removed|taken\s+off|dropped|delisted|lifted|struck\s+off|deleted)"
# "Among nations removed from the list were Greece and Turkey": they left the tier.
_INVERTED_REMOVAL = re.compile(
    r"^\W*(?:also\s+)?(?:among\s+(?:the\s+)?(?:[a-z]+\s+)?(?:countries|nations|states)\s+)?"
    rf"{_REMOVED}\s+(?:from|off)\s+(?:the\s+|a\s+)?[\"']?\u27e6T(?P<t>\d+)\u27e7[\"']?"
    rf"(?:[^\u27e6,;.]{{0,40}})\s+(?:are|were|is|was)\s+{_DESCRIBED_LIST}"
)
# A relative clause inside a list ("Greece and Turkey, both of which had protested ..., as well
# as Kazakhstan"): blanked out before the list is read.
_LIST_ASIDE = re.compile(r",\s*(?:both\s+of\s+|all\s+of\s+)?(?:which|who|whom)\b[^,;.]*(?=,)")


# "Palau and Micronesia (both on the Tier 2 "watch list")": a list and its tier in brackets.
_BRACKETED = re.compile(
    r"(?P<subj>\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
    r"\s*\(\s*(?:both|all|each)?\s*(?:on|in|at)\s+(?:the\s+|a\s+)?[\"']?\u27e6T(?P<t>\d+)\u27e7"
)


# "Peru and Chile, both Tier 1 countries, ...": a list and its tier in an apposition.
_BOTH_APPOSITION = re.compile(
    r"(?P<subj>\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)+)"
    r"\s*,\s*(?:both|all|each)\s+(?:of\s+them\s+)?(?:on\s+|in\s+)?(?:the\s+)?[\"']?\u27e6T(?P<t>\d+)\u27e7"
    r"(?=[\"']?\s+(?:countries|nations|states|members)?\s*,)"
)


# "... from Tier 2 to Tier 1": the second tier of one move.
_ONWARD = re.compile(r"^\s*(?:(?:back|up|down)\s+)?(?:to|into|onto)\s+(?:the\s+|a\s+)?[\"']?$")
_WITH_AFTER = re.compile(
    r"[\"']?\s*,?\s+(?:with|alongside|along\s+with|together\s+with|on\s+a\s+par\s+with)\s+"
    # "along with - among others - Russia", "alongside countries like Germany".
    r"(?:-\s*(?:among\s+others|inter\s+alia)\s*[-,]?\s*)?"
    r"(?:(?:other\s+)?(?:countries|states|nations|governments)\s+(?:like|such\s+as|including)\s+)?"
    r"(?P<subj>\u27e6C\d+\u27e7"
    r"(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
)


# Which way a country goes when it leaves a tier: only the top and the bottom say.
_LEAVING = {"3": "up", "1": "down"}


def read(
    tagged: Tagged,
    covered: list[tuple[int, int]],
    vocabulary: Vocabulary,
    author: Callable[[Token], bool],
) -> list[Reading]:
    """Claims of the clauses of `tagged` that no stretch in `covered` overlaps."""
    readings: list[Reading] = []
    for match in [*_BRACKETED.finditer(tagged.text), *_BOTH_APPOSITION.finditer(tagged.text)]:
        if any(match.start() < c_end and c_start < match.end() for c_start, c_end in covered):
            continue
        countries = _countries(tagged, match.group("subj"), author)
        tier = tagged.tokens[int(match.group("t"))].value
        if countries and tier:
            placed = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
            readings.append(Reading(placed, match.start(), match.end()))
    # (over the whole sentence: its list may run past a clause's end, ", as well as ...")
    removed = _INVERTED_REMOVAL.match(_LIST_ASIDE.sub(lambda m: " " * len(m.group()), tagged.text))
    said = TOKEN.sub(" ", removed.group()) if removed else ""
    if removed and not _GUARD.search(said) and not vocabulary.hypothetical.search(said):
        countries = _countries(tagged, removed.group("subj"), author)
        left = tagged.tokens[int(removed.group("t"))].value
        if countries and left:
            off = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=left,
                        direction=_LEAVING.get(left))  # fmt: skip
            readings.append(Reading(off, removed.start(), removed.end()))
    covered = covered + [(r.start, r.end) for r in readings]
    for start, end in clause_spans(tagged.text, _BOUNDARY):
        if any(start < c_end and c_start < end for c_start, c_end in covered):
            continue
        readings += read_clause(
            _LANGUAGE, tagged, tagged.text, start, end, vocabulary, author, covered
        )
    return readings


def _inverted(
    tagged: Tagged,
    clause: str,
    start: int,
    tiers: list[tuple[re.Match[str], Token]],
    vocab: Vocabulary,
    author: Callable[[Token], bool],
) -> list[Reading] | None:
    """The clause read whole when its tier comes before its verb and subject ("Downgraded to
    Tier 3 this year were ...", "Also on Tier 2 is ..."); None when it does not."""
    moved_in = _INVERTED_MOVE.match(clause)
    if moved_in and len(tiers) == 1:
        countries = _countries(tagged, moved_in.group("subj"), author)
        if not countries:
            return []
        direction = vocab.direction(moved_in.group("verb"))
        moved = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tiers[0][1].value,
                      direction=direction)  # fmt: skip
        return [Reading(moved, start + moved_in.start("verb"), start + moved_in.end())]
    inverted = _INVERTED.match(clause)
    if inverted and len(tiers) == 1:
        countries = _countries(tagged, inverted.group("subj"), author)
        if not countries:
            return []
        placed = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tiers[0][1].value)
        return [Reading(placed, start + inverted.start("t") - 2, start + inverted.end())]
    return None


def _with_companions(
    tagged: Tagged, clause: str, end: int, claim: Claim, author: Callable[[Token], bool]
) -> Claim:
    """ "Peru now shares Tier 3 with Cuba": the countries it shares the tier with too."""
    companions = _WITH_AFTER.match(clause, end)
    if not companions:
        return claim
    more = _countries(tagged, companions.group("subj"), author)
    return replace(claim, countries=claim.countries + tuple(
        c for c in more if c not in claim.countries))  # fmt: skip


# "The United States kept Kuwait, Oman and Qatar on ...": the one who places is no subject.
_AGENT = re.compile(
    # ("Peru is now ranked alongside Cuba ...": a passive verb's subject is the one placed.)
    r"\s+(?:(?!(?:is|are|was|were|been|being|be|gets?|got)\b)[a-z]+\s+){0,3}?(?:(?:has|have|had)\s+)?"
    r"(?:kept|keeps|put|puts|placed|places|added|adds|moved|moves|removed|removes|downgraded|"
    r"downgrades|upgraded|upgrades|pushed|pushes|ranked|ranks|rated|"
    r"rates|listed|lists|named|names|designated|dropped|drops|raised|raises|lowered|lowers|"
    r"demoted|demotes|promoted|promotes|took|takes|left|leaves)\b[^\u27e6]{0,40}\u27e6C"
)


# A country after these is where victims come from, whom a report is compared to, and so on.
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:from|to|by|for|against|about|toward|towards|between|across|than|into|over|via|"
    r"through|unlike|except|besides|above|below|behind|beneath|under|after|before|"
    r"ahead\s+of|higher\s+than|lower\s+than)\s+(?:the\s+)?$"
)
# "the United States annual report", "the U.S. State Department": the report's author.
_AUTHOR_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:annual|report|trafficking|tip|state\s+department|department|embassy|"
    r"administration|congress|president|secretary)\b"
    # "Peru's TIP ranking": the country's own standing in the report.
    r"(?!\s+(?:ranking|rating|tier|status|standing|position|placement|score|grade))"
)
# "Malaysia's ranking", "Peru's government": the country's own standing; "Thailand's
# neighbour": someone else's.
_POSSESSIVE = re.compile(
    r"'s?\s+(?P<own>(?:[a-z-]+\s+){0,2}?(?:ranking|rating|tier|status|standing|position|place|"
    r"placement|score|grade|government|authorities))?"
)


# "WASHINGTON, USA - The State Department ...": a dateline's place is where it was written.
# (a capital may stand for its country: "WASHINGTON, USA -" is tagged as two countries)
_DATELINE = re.compile(
    r"^\W*(?:[a-z .]{2,30}|\u27e6C\d+\u27e7)(?:,\s*\u27e6C\d+\u27e7)?"
    r"(?=\s*\((?:ap|afp|reuters|efe|ips|ians|xinhua|ani|pti|upi)\)"
    # ("Peru, Chile - both on Tier 1" is a headline's list, not a dateline)
    r"|(?<=\u27e7)\s*(?:-|\u2013|\u2014)\s*(?:the|a|an)\s)"
)


def _dateline(fragment: str, end: int) -> bool:
    opening = _DATELINE.match(fragment)
    return opening is not None and end <= opening.end()


def _countries(tagged: Tagged, fragment: str, author: Callable[[Token], bool]) -> tuple[str, ...]:
    codes: list[str] = []
    for match in TOKEN.finditer(fragment):
        token = tagged.tokens[int(match.group("index"))]
        if token.kind != "C" or author(token) or "+" in token.value:
            continue
        if (
            _AGENT.match(fragment, match.end())
            or _dateline(fragment, match.end())
            or _NOT_SUBJECT_BEFORE.search(fragment, 0, match.start())
            or _AUTHOR_AFTER.match(fragment, match.end())
        ):
            continue
        possessive = _POSSESSIVE.match(fragment, match.end())
        if possessive and not possessive.group("own"):
            continue  # "Thailand's neighbour Myanmar": Myanmar's clause, not Thailand's
        if token.value not in codes:
            codes.append(token.value)
    return tuple(codes)


def _verbs(words: str) -> str:
    """The verbs of being and moving in a stretch of words, in order."""
    found = sorted(
        [(m.start(), m.group()) for m in _BE.finditer(words)]
        + [(m.start(), m.group()) for m in _MOVE.finditer(words)]
    )
    return " ".join(word for _, word in found)


def _claim(
    words: str, verbs: str, countries: tuple[str, ...], tier: str, vocab: Vocabulary
) -> Claim | None:
    head = _ARTICLE.sub("", words)
    report = _REPORT_NAME.search(head)
    if report:
        head = _ARTICLE.sub("", head[: report.start()])
        if not _PLACED_IN.search(head):
            return None
    head = head.rstrip()
    if _HELD_ON.search(head) and not _MOVE.search(verbs):
        # "Peru held on to its Tier 1 ranking": a stay, not a move "to".
        unchanged = True
        return Claim(
            ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier, unchanged=unchanged
        )
    moving = bool(_MOVE.search(verbs))
    direction = vocab.direction(verbs) if moving else None
    if _TO.search(head):
        if not moving:
            return None
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                     direction=direction)  # fmt: skip
    if _FROM.search(head):
        if not moving:
            return None
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                     direction=direction)  # fmt: skip
    if not _BE.search(verbs):
        return None
    if moving and direction is not None:
        return None  # "downgraded in Tier 3"? where it went is not said by "in"
    if not _AT.search(head) and not re.search(rf"{_BE.pattern}\s*$", head):
        return None
    unchanged = vocab.is_unchanged(verbs, words)
    return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier, unchanged=unchanged)


_LANGUAGE = ClauseLanguage(
    guard=_GUARD,
    number=_NUMBER,
    conjunction="and",
    onward=_ONWARD,
    countries=_countries,
    verbs=_verbs,
    claim=_claim,
    inverted=_inverted,
    headline_among=_HEADLINE_AMONG,
    with_companions=_with_companions,
)


# What may stand between a move and the tier it went to, when the move's own words named none:
# the object's ranking ("upgraded Singapore's ranking to Tier 2"), an adverb ("downgraded
# further to"), the report ("downgraded Uzbekistan in its 2013 report to tier III"), the tier it
# left with an aside ("moved from "tier 2" countries (not yet compliant) to "tier 1" countries").
_Q = r"[\"'\u2018\u2019\u201c\u201d]?"
_ONWARD_TIER = re.compile(
    # The rest of a tier the move left, already read: "from "tier 2" countries (...) to".
    rf"{_Q}(?:\s+(?:countries|nations|status|category|level|list))?"
    r"(?:\s+(?:last\s+year|the\s+year\s+before|in\s+\u27e6Y\d+\u27e7))?(?:\s*\([^()\u27e6]{0,100}\))?"
    r"(?:'s?\s+(?:[a-z-]+\s+){0,2}?(?:ranking|rating|status|standing|position|placement|"
    r"tier|grade|classification|score))?"
    r"(?:\s+(?:further|again|once\s+again|even\s+further|all\s+the\s+way|sharply|"
    r"(?:a|one|two)\s+(?:notch|tier|level|step|rung|place|spot|position|rank)s?))*"
    r"(?:\s+(?:in|on|by)\s+(?:[^\u27e6,;.:]|\u27e6Y\d+\u27e7){0,60}?"
    r"(?:report|list|rankings?|assessment)(?:\s*\([^()\u27e6]{0,20}\))?)?"
    rf"(?P<from>\s+(?:back\s+|down\s+|up\s+)?from\s+(?:the\s+|a\s+|its\s+)?{_Q}"
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


# "Guyana is one of two Caribbean countries, the other being The Bahamas, ranked at Tier 1",
# "Guyana is one of only two countries listed in Tier 1, The Bahamas being the other": the
# two share whatever tier the sentence gives one of them.
_ONE_OF_TWO = re.compile(
    r"(?P<x>\u27e6C\d+\u27e7)\s+(?:is|was|are|were|remains|remained|became|ranks|ranked)\s+"
    r"(?:one\s+of|among)\s+(?:only\s+|just\s+)?(?:the\s+)?\u27e6N(?P<n>\d+)\u27e7"
    # a region or a tier may come before the other's name: "... countries listed in the Tier 1
    # status, X being the other".
    r"(?:[^;:.\u27e6]|\u27e6[GT]\d+\u27e7){0,120}?"
    r"(?:the\s+other\s+(?:one\s+)?(?:being|is|was)\s+(?:the\s+)?(?P<y>\u27e6C\d+\u27e7)"
    r"|(?P<z>\u27e6C\d+\u27e7)\s+being\s+the\s+other\b)"
)


# "Bolivia was listed in Tier 3 alongside Cuba and Venezuela", "demoted Ireland to the Watch
# List, on a par with states like Saudi Arabia": others on the tier a claim names.
_ALONGSIDE = re.compile(
    r"[\"']?(?:\s+(?:status|ranking|rating|category|list|countries|nations))?\s*,?\s+"
    r"(?:alongside|along\s+with|together\s+with|on\s+a\s+par\s+with|along(?=\s+such\s))\s+"
    r"(?:-\s*(?:among\s+others|inter\s+alia)\s*[-,]?\s*)?"
    r"(?:(?:other\s+)?(?:countries|states|nations|governments)\s+(?:like|such\s+as|including)\s+"
    # "placed Moldova on its lowest ranking along such countries as Algeria, Cuba, ..."
    r"|such\s+(?:other\s+)?(?:countries|states|nations|governments)\s+as\s+)?"
    r"(?P<subj>(?:the\s+)?\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
)
# "Bolivia joins Cuba and Venezuela on Tier 3": the one who joins them is on it too.
_JOINER = re.compile(
    r"(?P<subj>\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
    r"\s+(?:(?:also|now|has|have|had|thus|then)\s+)*$"
)


# "Peru is now ranked alongside Cuba in Tier 3": the one ranked beside them is on it too; so is
# "Haiti" in "listed Haiti, along with Libya and Yemen in the special case category".
_BESIDE = re.compile(
    r"(?P<subj>\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
    r"\s*,?\s+(?:(?:is|are|was|were|has|have|been|now|also|still|ranked|rated|placed|listed|sits?|"
    r"sat|remains?|remained|stays?|stayed)\s+)*(?:alongside|along\s+with|together\s+with)\s+"
    r"(?:the\s+)?$"
)


_AS_WAS = re.compile(
    r"(?:[^\u27e6.;:]{0,30}?)\s*,\s*(?:just\s+)?as\s+(?:was|were|did|had|has|have|is|are)\s+"
    r"(?P<subj>(?:the\s+)?\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
)
# "Peru, like Chile, remains on Tier 2": Peru too.
_LIKE_BEFORE = re.compile(
    r"(?P<subj>\u27e6C\d+\u27e7)\s*,\s*(?:just\s+)?(?:like|as\s+with|as\s+did)\s+(?:the\s+)?$"
)


# "kept Kuwait and Oman on a blacklist of countries ..., but removed ally Bahrain": taken off
# the tier the clause before named (a tier named after it is the rules' to read).
_BUT_REMOVED = re.compile(
    r"[^\u27e6;.]{0,80}?,?\s+(?:but|and|while|whereas)\s+(?:(?:also|it|they|has|have|had)\s+)*"
    rf"{_REMOVED}\s+{_DESCRIBED_LIST}(?![^;.]*\u27e6T)"
)


# "... were dropped down to Tier 3, the lowest rating, to join their Southeast Asian neighbors
# Malaysia and Myanmar already on this classification": those joined are on it too.
_TO_JOIN_THOSE_ON_IT = re.compile(
    r"(?:[^\u27e6;.]|\u27e6T\d+\u27e7){0,60}?\bto\s+join\s+(?:(?:their|its|the|fellow)\s+)?"
    r"(?:(?:[a-z-]+|\u27e6G\d+\u27e7)\s+){0,3}?"
    r"(?P<subj>\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
    r"\s+(?:(?:already|also|still)\s+)?(?:(?:on|in|at)\s+(?:this|that|the\s+same|the)\s+"
    r"(?:classification|tier|category|list|ranking|level|rung|group)|there)\b"
)
# "Guyana is one of two - the other being The Bahamas - CARICOM members that were given Tier 1
# ranking": both are on that tier.
_ONE_OF_TWO_GIVEN = re.compile(
    r"(?P<x>\u27e6C\d+\u27e7)\s+(?:is|was)\s+one\s+of\s+(?:only\s+|just\s+)?(?:the\s+)?"
    r"\u27e6N(?P<n>\d+)\u27e7(?P<mid>[^;.]{0,160}?)\s+(?:that|which|who)\s+"
    r"(?:were|are|have\s+been|had\s+been)\s+(?:given|awarded|granted|ranked|rated|placed|listed)"
    r"\s+(?:(?:on|in|at|as|a|an|the)\s+)*[\"']?\u27e6T(?P<t>\d+)\u27e7"
)
_THE_OTHER_BEING = re.compile(
    r"\bthe\s+other\s+(?:one\s+)?being\s+(?:the\s+)?(?P<y>\u27e6C\d+\u27e7)"
)


# "Japan was given a Tier 2 rating, down from Tier 1": the tier before, and the move between.
_UP_DOWN_FROM = re.compile(
    r"[\"']?(?:\s+(?:status|ranking|rating|category|list|countries|nations|country|nation))?"
    r"\s*,\s*(?P<way>up|down)\s+from\s+(?:the\s+|a\s+|its\s+)?[\"']?\u27e6T(?P<f>\d+)\u27e7"
    # "down from Tier 1 in 2015": a tier some reports back, not the one just before.
    r"(?!\s*(?:in|since|between)\s+\u27e6Y)"
)
_ORDER = {"1": 0, "2": 1, "2WL": 2, "3": 3}


def companions(
    tagged: Tagged, claims: list[tuple[Claim, int, int]]
) -> list[tuple[Claim, int, int]]:
    """Tier claims about countries named beside a claim: those it is made "alongside", the one
    who "joins" its countries, the other of "one of two" (claims and what this returns: a
    claim and its tagged offsets)."""
    extra: list[tuple[Claim, int, int]] = []

    def known(countries: tuple[str, ...], tier: str) -> bool:
        return any(
            c.tier == tier and set(countries) <= set(c.countries) for c, _, _ in claims + extra
        )

    for claim, start, end in claims:
        if claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE) or claim.negated or not claim.tier:
            continue
        before = _UP_DOWN_FROM.match(tagged.text, end)
        if before and claim.kind is ClaimKind.TIER and not claim.unchanged:
            old_tier = tagged.tokens[int(before.group("f"))].value
            way = "up" if before.group("way") == "up" else "down"
            if (
                old_tier in _ORDER
                and claim.tier in _ORDER
                and (
                    (_ORDER[claim.tier] < _ORDER[old_tier]) == (way == "up")
                    and claim.tier != old_tier
                )
            ):
                moved = Claim(ClaimKind.CHANGE, "", (0, 0), countries=claim.countries,
                              tier=claim.tier, from_tier=old_tier, direction=way)  # fmt: skip
                extra.append((moved, start, before.end()))
        removed = _BUT_REMOVED.match(tagged.text, end)
        if removed and claim.kind is ClaimKind.TIER:
            countries = tuple(c for c in _codes(tagged, removed.group("subj"))
                              if c not in claim.countries)  # fmt: skip
            if countries:
                off = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries,
                            from_tier=claim.tier, direction=_LEAVING.get(claim.tier))  # fmt: skip
                extra.append((off, removed.start("subj"), removed.end("subj")))
        found = [_ALONGSIDE.match(tagged.text, end), _TO_JOIN_THOSE_ON_IT.match(tagged.text, end)]
        if claim.kind is ClaimKind.TIER and tagged.text.startswith("join", start):
            found.append(_JOINER.search(tagged.text, 0, start))
        if claim.kind is ClaimKind.TIER:
            found.append(_BESIDE.search(tagged.text, 0, start))
        alike = [_AS_WAS.match(tagged.text, end), _LIKE_BEFORE.search(tagged.text, 0, start)]
        for same in alike:
            # "Peru was downgraded to Tier 3, as was Bolivia": the same claim about them.
            if same is None:
                continue
            countries = _codes(tagged, same.group("subj"))
            if countries and not set(countries) & set(claim.countries):
                extra.append((replace(claim, countries=countries), same.start("subj"),
                              same.end("subj")))  # fmt: skip
        for match in found:
            if match is None:
                continue
            countries = _codes(tagged, match.group("subj"))
            if countries and not known(countries, claim.tier):
                placed = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=claim.tier)
                extra.append((placed, match.start("subj"), match.end("subj")))
    for given in _ONE_OF_TWO_GIVEN.finditer(tagged.text):
        the_other = _THE_OTHER_BEING.search(given.group("mid"))
        tier = tagged.tokens[int(given.group("t"))].value
        if the_other is None or tagged.tokens[int(given.group("n"))].value != "2" or not tier:
            continue
        if re.search(r"\b(?:not|never|no)\b", TOKEN.sub(" ", given.group())):
            continue
        pair = _codes(tagged, given.group("x") + the_other.group("y"))
        if len(pair) == 2 and not known(pair, tier):
            both = Claim(ClaimKind.TIER, "", (0, 0), countries=pair, tier=tier)
            extra.append((both, given.start(), given.end()))
    for match in _ONE_OF_TWO.finditer(tagged.text):
        first = tagged.tokens[int(match.group("x")[2:-1])].value
        other_token = match.group("y") or match.group("z")
        if other_token is None or tagged.tokens[int(match.group("n"))].value != "2":
            continue
        other = tagged.tokens[int(other_token[2:-1])].value
        for claim, _, _ in claims:
            if claim.kind is not ClaimKind.TIER or claim.negated or not claim.tier:
                continue
            if (first in claim.countries) == (other in claim.countries):
                continue
            missing = other if first in claim.countries else first
            if known((missing,), claim.tier):
                break
            paired = Claim(ClaimKind.TIER, "", (0, 0), countries=(missing,), tier=claim.tier)
            extra.append((paired, match.start(), match.end()))
            break
    return extra


def _codes(tagged: Tagged, fragment: str) -> tuple[str, ...]:
    codes = [tagged.tokens[int(m.group("index"))] for m in TOKEN.finditer(fragment)]
    return tuple(dict.fromkeys(t.value for t in codes if t.kind == "C" and "+" not in t.value))
