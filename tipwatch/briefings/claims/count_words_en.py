"""English words of counts and groups: the verbs around a count, comparators, streak adjectives."""

from __future__ import annotations

from .grammar import G, words

GROUP_VERBS = (
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
IN_GROUP = rf"(?:\s+(?:in|of|from|among)(?:\s+the)?\s+(?P<g>{G}))?"
IN_GROUP2 = rf"(?:\s+(?:in|of|from|among)(?:\s+the)?\s+(?P<g2>{G}))?"
CMP = words(
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
COUNT_VERBS = (
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

HAS = words(
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
PLACES = words(
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
CONSECUTIVE = words("consecutive", "straight", "successive", "running", "continuous")
