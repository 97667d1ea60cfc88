"""The report's author judging a country: "The State Department considers Peru a Tier 2
country", "Washington counts Thailand among the Tier 3 countries", "the report has Kenya on
Tier 2", "The US has branded Belarus a Tier 3 country".

The verbs here ("considers", "regards ... as", "counts ... among") say an opinion as much as a
placing: "Many consider Peru a Tier 3 country" is what others think, not what the report says.
So the one who judges must be the report's author (the United States, Washington, the State
Department, the report), not whoever else; the verbs of placing proper ("places", "ranks",
"lists") are read by the rules whoever their subject.
"""

from __future__ import annotations

import re

from .clause_mood import LOOSE_MODAL, hypothetical
from .country_tokens import REPORT_AUTHOR, country_codes, is_author
from .earlier_report import time_after
from .found import Found
from .grammar import CL, QT, T, words
from .model import Claim, ClaimKind
from .tagger import Tagged
from .vocabulary_en import VOCABULARY

# The report's author as a subject: a country token (checked to be the United States), the
# State Department, the department, the report, the administration (after "US").
_AUTHOR = (
    r"(?:\u27e6C(?P<author>\d+)\u27e7(?:\s+(?:state\s+department|government|administration))?"
    r"|\bthe\s+(?:(?:\u27e6C(?P<owner>\d+)\u27e7|us|u\.s\.)\s+)?(?:(?:annual|latest|new|"
    r"\u27e6Y\d+\u27e7|tip|trafficking|in|persons|this\s+year's)\s+)*"
    r"(?:state\s+department|department(?:\s+of\s+state)?|report|administration))"
)
# What may stand between the author and its verb: "still", "again", "continues to", "has".
_BETWEEN = (
    r"(?:\s+(?:still|again|once\s+again|once\s+more|now|also|currently|officially|"
    r"continues\s+to|continued\s+to|has|have|had|again\s+has))*"
)
# Verbs of judging, each with the word it takes before the tier ("regards Peru as ...").
_JUDGES = words(
    "considers", "considered", "consider", "deems", "deemed", "regards", "regarded",
    "views", "viewed", "sees", "saw", "counts", "counted", "judges", "judged", "brands",
    "branded", "labels", "labelled", "labeled", "names", "named", "identifies", "identified",
    "categorises", "categorised", "categorizes", "categorized", "grades", "graded", "has",
    "had", "classes", "classed", "assesses", "assessed",
    "describes", "described", "portrays", "portrayed", "characterises", "characterised",
    "characterizes", "characterized",
    # the verbs of placing, after "continues to" ("The US continues to rank Qatar on ...")
    "rank", "rate", "place", "list", "keep", "put", "classify",
)  # fmt: skip
_BEFORE_TIER = (
    r"(?:\s+(?:as|to\s+be|among|on|in|at|within))?(?:\s+(?:a|an|the|its|their|one\s+of\s+the))?"
)
_AUTHOR_JUDGES = re.compile(
    rf"{_AUTHOR}{_BETWEEN}\s+(?P<verb>{_JUDGES})\s+(?P<subj>{CL}){_BEFORE_TIER}\s+"
    rf"{QT}(?P<t>{T})"
)
_NEGATION = re.compile(r"\b(?:not|no\s+longer|never)\b|n't\b")
# "has" and "had" place only with a preposition: "the report has Kenya on Tier 2" (not "has
# Kenya a Tier 2 ...").
_HAS = re.compile(r"ha[sd]$")
_HAS_PREPOSITION = re.compile(r"\s+(?:on|in|at|among|within)\s")


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    found: list[Found] = []
    for match in _AUTHOR_JUDGES.finditer(tagged.text):
        start, end = match.start(), match.end()
        if any(start < f.end and f.start < end for f in chosen):
            continue
        author = match.group("author") or match.group("owner")
        if author is not None and tagged.tokens[int(author)].value != REPORT_AUTHOR:
            continue  # "Chile considers Peru a Tier 3 country": another country's opinion
        said = tagged.text[start : match.start("verb")]
        if _NEGATION.search(said) or LOOSE_MODAL.search(said):
            continue
        if _HAS.search(match.group("verb")) and not _HAS_PREPOSITION.match(
            tagged.text, match.end("subj")
        ):
            continue
        if hypothetical(tagged, start, VOCABULARY):
            continue
        back = time_after(tagged.text[end:])
        if back is None:
            continue
        countries = country_codes(
            t for t in tagged.tokens_in(match.group("subj"), "C") if not is_author(tagged, t)
        )
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if not countries or not tier or REPORT_AUTHOR in countries:
            continue
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
        found.append(Found(claim, start, end, rule="author-judges", back=back))
    return found
