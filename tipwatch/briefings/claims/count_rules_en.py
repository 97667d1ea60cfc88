"""The English rules that read how many: the countries on a tier ("21 countries on Tier 3",
"Tier 1: 31 countries") and the countries moved ("12 countries were downgraded")."""

from __future__ import annotations

from .count_words_en import CMP, COUNT_VERBS, HAS, IN_GROUP, IN_GROUP2, PLACES
from .grammar import CL, QT, G, N, Rule, T, rule, words
from .model import ClaimKind
from .sentence_parts_en import COUNTRY_NOUN
from .verbs_en import DEEMED, REL, STANDING

_NOT_DEFINITE = r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)"
_MOVED = words(
    "improved", "worsened", "upgraded", "downgraded", "demoted", "promoted", "moved up",
    "moved down", "rose", "fell", "dropped", "declined",
)  # fmt: skip
_STANDINGS = words("rankings", "ranking", "statuses", "status", "tiers")
_ROSE_OR_FELL = words(
    "rose", "fell", "increased", "decreased", "grew", "dropped", "went up", "went down",
    "climbed", "declined", "jumped",
)  # fmt: skip

COUNT_RULES: list[Rule] = [
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
    # "Tier 1: 31 countries", a heading and its count.
    rule(
        ClaimKind.COUNT,
        "tier-heading-count",
        rf"^\W*{QT}(?P<t>{T})[\"']?\s*[:-]\s*(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+"
        rf"(?:{COUNTRY_NOUN}|countries\s+and\s+territories)\b",
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
    # "On Tier 3 are 21 countries", "In the Tier 1 category there are 30 countries".
    rule(
        ClaimKind.COUNT,
        "on-t-are-n",
        rf"^\W*(?:on|in)\s+{QT}(?P<t>{T})[\"']?(?:[^.;:,\u27e6]|\u27e6[GY]\d+\u27e7){{0,60}}?"
        rf"\s+{words('are', 'were', 'there are', 'there were', 'sit', 'sat', 'stand')}"
        rf"\s+(?:now\s+)?(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
    ),
]
