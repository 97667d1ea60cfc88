"""Counts a partition states: "11 out of 15 convicted traffickers received probation".

The report often tells how the period's convicted traffickers were sentenced by setting a
part against the whole; the whole is the period's count of convictions, though no verb or
noun of the slot reading names it.
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.patterns import LEADING_PERIOD, NUMBER_TEXT
from tipwatch.ingest.parsing.statistics.periods import find_period, year_of_period
from tipwatch.ingest.parsing.statistics.sentence_numbers import SentenceFigure, number_value

# "11 out of 15 convicted traffickers", "four of five convicted traffickers", "18 of the 53
# convicted sex traffickers": the whole after "of" is the count of people convicted (of the
# form named).
_PART_OF_CONVICTED = re.compile(
    rf"\b{NUMBER_TEXT}\s+(?:out\s+)?of\s+(?:the\s+)?(?P<whole>{NUMBER_TEXT})\s+convicted\s+"
    r"(?:(?P<form>sex|labor|labour)\s+)?(?:traffickers|offenders|perpetrators|defendants)\b",
    re.IGNORECASE,
)


def convictions_of_partitions(sentence: str, report_year: int) -> list[SentenceFigure]:
    """The convictions a part-of-whole phrase states, for the period right after it, or the
    sentence's opening period, or the reporting period."""
    if " of " not in sentence or "onvicted" not in sentence:
        return []  # the cheap test first
    found: list[SentenceFigure] = []
    for match in _PART_OF_CONVICTED.finditer(sentence):
        whole = number_value(match.group("whole"))
        if whole is None or whole == 0:
            continue
        after = find_period(sentence, match.end(), min(len(sentence), match.end() + 30))
        opening = LEADING_PERIOD.match(sentence)
        if after is not None:
            year = year_of_period(after, report_year)
        elif opening is not None:
            year = year_of_period(opening, report_year)
        else:
            year = report_year - 1
        form = (match.group("form") or "").lower()
        metric = "convictions" + {"sex": "_sex_trafficking", "": ""}.get(form, "_labor_trafficking")
        found.append(SentenceFigure(metric, whole, year, None))
    return found
