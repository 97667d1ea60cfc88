"""Counts set in brackets after their years (``bracketed_years``).

"identified fewer victims in 2021 (74) compared with 2020 (95)", "convictions rose in 2019
(1,266) and 2018 (1,189)", "prosecutions decreased from 2018 (58) to 2019 (41)",
"provided updated data for victims identified by prosecutors in 2019 (1266) and 2018
(1189)": each bracket holds one year's count of the metric named last before the years.
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.metrics import metric_of
from tipwatch.ingest.parsing.statistics.patterns import NUMBER_TEXT
from tipwatch.ingest.parsing.statistics.sentence_numbers import SentenceFigure, number_value

# One year and the count in brackets after it: "in 2019 (1,266)", "FY 2018 (45)".
_ITEM = (
    r"(?:(?:in|during|for)\s+)?(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    rf"(?:19|20)\d{{2}}\s*\(\s*{NUMBER_TEXT}\s*\)"
)
_ITEM_PARTS = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}})\s*\(\s*(?P<count>{NUMBER_TEXT})\s*\)", re.IGNORECASE
)

# Between two items: a list's comma or "and", or a comparison's word, which may follow a few
# words of its own ("in 2021 (74), a decrease compared with 2020 (95)").
_JOIN = (
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+"
    r"|[^();.]{0,40}?\b(?:compared\s+(?:with|to)|versus|as\s+against|than|from|to)\s+)"
)

_RUN = re.compile(rf"\b{_ITEM}(?:{_JOIN}{_ITEM})+", re.IGNORECASE)

# The verb or noun of a metric; not the officials ("prosecutors", "investigators"), whose
# counts the years do not hold.
_METRIC_WORD = re.compile(
    r"\b(?:identif\w*|investigat(?!ors?\b)\w*|prosecut(?!ors?\b|orial\b)\w*|convict\w*)",
    re.IGNORECASE,
)

# "identified fewer child victims in 2018 (34)": one group's counts.
_GROUP_WORD = re.compile(
    r"\b(?:child(?:ren)?|minors?|adults?|male|female|men|women|girls|boys|foreign\w*"
    r"|[A-Z][a-z]+(?:n|i|ese|ish|ian))\b"
)

# "identified 40 victims and referred them to shelters in 2019 (35) and 2018 (20)": the counts
# are of the care that follows the metric.
_CARE_WORD = re.compile(
    r"\b(?:referr\w*|assist\w*|shelter\w*|repatriat\w*|rescu\w*|serv\w*|arrest\w*|detain\w*"
    r"|accommodat\w*|hous\w*|support\w*|return\w*|receiv\w*|call\w*|complaint\w*)\b",
    re.IGNORECASE,
)


def bracketed_years(sentence: str) -> list[SentenceFigure]:
    """Each year's count in brackets after it, of the metric named last before the years."""
    if "(" not in sentence:
        return []
    found: list[SentenceFigure] = []
    for run in _RUN.finditer(sentence):
        clause_start = sentence.rfind(";", 0, run.start()) + 1
        words = list(_METRIC_WORD.finditer(sentence, clause_start, run.start()))
        if not words:
            continue
        between = sentence[words[-1].start() : run.start()]
        if _GROUP_WORD.search(between) or _CARE_WORD.search(between):
            continue
        metric = metric_of(words[-1].group(0))
        for item in _ITEM_PARTS.finditer(run.group(0)):
            value = number_value(item.group("count"))
            if value is not None:
                found.append(SentenceFigure(metric, value, int(item.group("year")), None))
    return found
