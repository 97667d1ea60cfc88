"""Compared counts that span several earlier periods (``compared_over_periods``).

"compared with 40 over the previous two years", "compared with 40 convicted in 2018 and
2017 combined", "compared with a total of 80 in the two prior reporting periods": one count
for several periods is no period's figure. "compared with 40 and 38 in the two previous
reporting periods": one count for each of them, latest first.
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

_COUNTED = {"two": 2, "three": 3, "four": 4, "five": 5}
_SEVERAL_PERIODS = (
    r"(?:in|during|over|for)\s+the\s+(?:(?P<n1>two|three|four|five)\s+(?:previous|prior|preceding"
    r"|past|last)|(?:previous|prior|preceding|past|last)\s+(?P<n2>two|three|four|five))\s+"
    r"(?:reporting\s+periods|years)\b"
)
# After a compared count, before any other count: the periods it spans.
_SPAN_AFTER = re.compile(
    rf"(?:[^,;()\d]|\b(?:19|20)\d{{2}}\b){{0,40}}?\b(?:{_SEVERAL_PERIODS}|(?P<combined>combined|cumulatively)\b)",
    re.IGNORECASE,
)
# Between two counts of one compared list: "and", a comma.
_LIST_JOIN = re.compile(r"\s*,?\s+and\s+|\s*,\s*", re.IGNORECASE)


def compared_over_periods(sentence: str, nums: list[FoundNumber], report_year: int) -> None:
    """Drop a compared count that spans several periods; give each count of a compared list
    that names as many earlier periods its own."""
    compared = [n for n in nums if n.role == "compare" and not n.dropped and not n.attached]
    index = 0
    while index < len(compared):
        run = [compared[index]]
        while index + len(run) < len(compared) and _LIST_JOIN.fullmatch(
            sentence, run[-1].end, compared[index + len(run)].qstart
        ):
            run.append(compared[index + len(run)])
        index += len(run)
        span = _SPAN_AFTER.match(sentence, run[-1].end)
        if span is None:
            continue
        counted = span.group("n1") or span.group("n2")
        if len(run) >= 2 and counted and _COUNTED[counted.lower()] == len(run):
            # "compared with 40 and 38 in the two previous reporting periods"
            for back, num in enumerate(run):
                num.year, num.explicit_year = report_year - 2 - back, True
        elif len(run) == 1:
            run[0].dropped = True
