"""English claims about countries named beside a claim's own ("one of two ..., the other
being X"), for `companions`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .fallback_en import DESCRIBED_LIST, LEAVING, REMOVED
from .model import Claim, ClaimKind, Relation
from .tagger import TOKEN, Tagged

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
    r"|such\s+(?:other\s+)?(?:countries|states|nations|governments)\s+as\s+"
    # "along with EU member state Hungary", "alongside regional allies Kuwait and Oman"
    r"|(?:[a-z-]+\s+){0,2}?(?:member\s+states?|allies|ally|partners?|neighbou?rs?)\s+)?"
    r"(?P<subj>(?:the\s+)?\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
)
# "Bolivia joins Cuba and Venezuela on Tier 3": the one who joins them is on it too.
_JOINER = re.compile(
    r"(?P<subj>\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
    r"\s+(?:(?:also|now|has|have|had|thus|then)\s+)*$"
)


# "Belize is the only Central American country with a Tier 3 ranking, and joins Haiti and
# Suriname as the only three Caribbean countries with this dismal ranking": those it joins on
# "this" ranking are on the claim's tier.
_JOINS_ON_THIS = re.compile(
    r"[^\u27e6;.]{0,40}?,?\s+(?:and\s+)?(?:(?:now|also|thus|so)\s+)?joins?\s+"
    r"(?P<subj>(?:the\s+)?\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
    r"\s+(?:as|among)\s+(?:[^\u27e6;.,]|\u27e6[NG]\d+\u27e7){0,80}?"
    r"\b(?:with|on|in|at|sharing)\s+(?:(?:this|that|the\s+same)\s+(?:[a-z-]+\s+)?"
    r"(?:ranking|rating|tier|category|status|designation|classification|level)\b"
    # ("in that tier" read as the tier it stands for)
    r"|(?:the\s+)?\u27e6T(?P<t>\d+)\u27e7)"
)
_JOINED_ON = (ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.GROUP, ClaimKind.STREAK)
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
# "Russia, along with China, was downgraded to Tier 3": the countries set between commas
# beside the claim's subject are its subjects too.
_ALONG_IN_SUBJECT = re.compile(
    r"\u27e6C\d+\u27e7\s*,\s*(?:along\s+with|together\s+with|alongside|as\s+well\s+as)\s+"
    r"(?P<subj>(?:the\s+)?\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
    r"\s*,"
)


# "kept Kuwait and Oman on a blacklist of countries ..., but removed ally Bahrain": taken off
# the tier the clause before named (a tier named after it is the rules' to read).
_BUT_REMOVED = re.compile(
    r"[^\u27e6;.]{0,80}?,?\s+(?:but|and|while|whereas)\s+(?:(?:also|it|they|has|have|had)\s+)*"
    rf"{REMOVED}\s+{DESCRIBED_LIST}(?![^;.]*\u27e6T)"
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

# "named 14 countries - including allies Kuwait and Oman - to its list of worst offenders",
# "the Tier 1 group of 33 countries and territories, including the United States, ...": the
# countries named as some of a count are on its tier.
_COUNT_MEMBERS = re.compile(
    r"\u27e6N(?P<n>\d+)\u27e7\s+(?:other\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:countries|nations|states|governments)(?:\s+and\s+territories)?"
    r"\s*(?:,|-|\()?\s*(?:including|among\s+them|such\s+as)\s*,?\s+"
    r"(?:(?:[a-z-]+\s+)?(?:allies|ally|partners|neighbou?rs|newcomers?)\s+)?"
    r"(?P<subj>(?:the\s+)?\u27e6C\d+\u27e7(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*)"
)


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
        if claim.kind is ClaimKind.COUNT and claim.tier and claim.relation is Relation.AT:
            members = _count_members(tagged, start, end)
            if members and not known(members, claim.tier):
                placed = Claim(ClaimKind.TIER, "", (0, 0), countries=members, tier=claim.tier)
                extra.append((placed, start, end))
        if claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE) or claim.negated or not claim.tier:
            continue
        beside = _ALONG_IN_SUBJECT.match(tagged.text, start)
        if beside:
            countries = tuple(c for c in _codes(tagged, beside.group("subj"))
                              if c not in claim.countries)  # fmt: skip
            if countries:
                extra.append((replace(claim, countries=countries), beside.start("subj"),
                              beside.end("subj")))  # fmt: skip
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
                            from_tier=claim.tier, direction=LEAVING.get(claim.tier))  # fmt: skip
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
    for claim, _, end in claims:
        if claim.kind not in _JOINED_ON or claim.negated or not claim.tier:
            continue
        joins = _JOINS_ON_THIS.match(tagged.text, end)
        if joins is None or claim.relation is not Relation.AT:
            continue
        if joins.group("t") and tagged.tokens[int(joins.group("t"))].value != claim.tier:
            continue
        countries = tuple(c for c in _codes(tagged, joins.group("subj"))
                          if c not in claim.countries)  # fmt: skip
        if countries and not known(countries, claim.tier):
            placed = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=claim.tier)
            extra.append((placed, joins.start("subj"), joins.end()))
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


def _count_members(tagged: Tagged, start: int, end: int) -> tuple[str, ...]:
    """The countries named as some of the count read between `start` and `end`."""
    for match in _COUNT_MEMBERS.finditer(tagged.text, start):
        if match.start() >= end:
            break
        return _codes(tagged, match.group("subj"))
    return ()


def _codes(tagged: Tagged, fragment: str) -> tuple[str, ...]:
    codes = [tagged.tokens[int(m.group("index"))] for m in TOKEN.finditer(fragment)]
    return tuple(dict.fromkeys(t.value for t in codes if t.kind == "C" and "+" not in t.value))
