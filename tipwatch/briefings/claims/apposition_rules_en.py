"""The English rules that read a tier given to a country in an apposition, between commas:
"Chile, the only Tier 1 country in South America, has ...", "Papua New Guinea, the only Tier 3
ranking in the Pacific islands, has ...", "Chile, the region's only Tier 1 nation, ...".

With a region the gazetteer knows, the country is the only one of that region on the tier (a
group claim); with one it does not know, or none, only the tier is checked. The apposition
must close with a comma or the sentence's end, so that "Chile, the only Tier 1 country in
South America in 2012 and 2013" and the like are left to the other readings; "once", "no
longer" or "not" before "the only" make it no claim of the report, and are not read.
"""

from __future__ import annotations

from .grammar import CL, QT, G, Rule, T, rule, words
from .group_rules_en import ONLY
from .model import ClaimKind
from .sentence_parts_en import COUNTRY_NOUN

# What the apposition calls the country: a country, or the tier standing it holds.
_NOUN = rf"(?:{COUNTRY_NOUN}|{words('member', 'ranking', 'rating', 'entry', 'representative')})"
# The comma that opens the apposition, right after the country (or its list).
_OPEN = rf"(?P<subj>{CL})\s*,\s+"
# The apposition ends where the sentence goes on: a comma, a dash, or the end.
_CLOSE = r"(?=\s*(?:,|\u2014|\u2013|\s-\s|\.|;|$))"

APPOSITION_RULES: list[Rule] = [
    # "Chile, the only Tier 1 country in South America, ...", "Chile, South America's only
    # Tier 1 country, ...", "Chile, the only South American country on Tier 1, ...".
    rule(
        ClaimKind.GROUP,
        "apposition-only-in-group",
        _OPEN + rf"(?:the\s+(?:(?P<gadj>{G})\s+)?|(?P<g>{G})'s?\s+){ONLY}\s+"
        rf"{QT}(?P<t>{T})[\"']?\s+{_NOUN}"
        rf"(?:\s+(?:in|of|from|among)(?:\s+the)?\s+(?P<g2>{G}))?{_CLOSE}",
    ),
    rule(
        ClaimKind.GROUP,
        "apposition-only-country-of-group-on-tier",
        _OPEN + rf"the\s+{ONLY}\s+(?:(?P<gadj>{G})\s+){_NOUN}"
        rf"(?:\s+(?:in|of|from)(?:\s+the)?\s+(?P<g2>{G}))?"
        rf"\s+(?:on|in|at|with|ranked|rated)\s+(?:the\s+|a\s+|an\s+)?{QT}(?P<t>{T})[\"']?"
        rf"(?:\s+{words('status', 'ranking', 'rating', 'standing')})?{_CLOSE}",
    ),
    # "Papua New Guinea, the only Tier 3 ranking in the Pacific islands, ...": a scope the
    # gazetteer does not know; only the tier is checked.
    rule(
        ClaimKind.TIER,
        "apposition-only-in-unknown-scope",
        _OPEN + rf"the\s+{ONLY}\s+{QT}(?P<t>{T})[\"']?\s+{_NOUN}"
        rf"\s+(?:in|of|among)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}[a-z-]+{_CLOSE}",
    ),
]
