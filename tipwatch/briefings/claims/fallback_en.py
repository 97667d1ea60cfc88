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

from .fallback_clauses import (
    ClauseLanguage,
    Reading,
    clause_spans,
    countries_in,
    read_clause,
    verbs_in,
)
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
    # "stopped short of putting Peru on the Watch List": a step not taken.
    r"short\s+of|refrain\w*|declin\w*\s+to|refus\w*|fail\w*\s+to|"
    # "narrowly escaped a downgrade to Tier 3": no move happened.
    r"escap\w*\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:downgrade|demotion|relegation|drop|fall)|"
    # A group claim ("Chile alone ranks above Peru, on Tier 1") is the rules' to read.
    r"alone|sole|lone|above|below|behind|ahead|"
    # "Peru sits just under Tier 1", "a notch below": a comparison, not that tier
    r"beneath|notch|rung|(?:just|right|slightly|barely|a\s+step|one\s+step)\s+(?:under|over))\b|n't\b"
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
# report's name (no preposition of its own but "trafficking in persons") before the tier, or
# "this year's report" for it ...
_REPORT_NAME = re.compile(
    r"\b(?:the|this\s+year's)\s+(?:trafficking\s+in\s+persons\s+|(?!(?:on|in|at|as|to|into|onto|from|off|"
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
DESCRIBED_LIST = (
    rf"(?P<subj>{_DESCRIBED}(?:(?:\s*,\s*|\s*,?\s*(?:and|as\s+well\s+as)\s+){_DESCRIBED})*)"
)
REMOVED = r"(?:removed|taken\s+off|dropped|delisted|lifted|struck\s+off|deleted)"
# "Among nations removed from the list were Greece and Turkey": they left the tier.
_INVERTED_REMOVAL = re.compile(
    r"^\W*(?:also\s+)?(?:among\s+(?:the\s+)?(?:[a-z]+\s+)?(?:countries|nations|states)\s+)?"
    rf"{REMOVED}\s+(?:from|off)\s+(?:the\s+|a\s+)?[\"']?\u27e6T(?P<t>\d+)\u27e7[\"']?"
    rf"(?:[^\u27e6,;.]{{0,40}})\s+(?:are|were|is|was)\s+{DESCRIBED_LIST}"
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
LEAVING = {"3": "up", "1": "down"}


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
                        direction=LEAVING.get(left))  # fmt: skip
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


def _not_subject(fragment: str, match: re.Match[str]) -> bool:
    if (
        _AGENT.match(fragment, match.end())
        or _dateline(fragment, match.end())
        or _NOT_SUBJECT_BEFORE.search(fragment, 0, match.start())
        or _AUTHOR_AFTER.match(fragment, match.end())
    ):
        return True
    possessive = _POSSESSIVE.match(fragment, match.end())
    # "Thailand's neighbour Myanmar": Myanmar's clause, not Thailand's
    return bool(possessive and not possessive.group("own"))


def _countries(tagged: Tagged, fragment: str, author: Callable[[Token], bool]) -> tuple[str, ...]:
    return countries_in(tagged, fragment, author, _not_subject)


def _verbs(words: str) -> str:
    return verbs_in(words, _BE, _MOVE)


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
