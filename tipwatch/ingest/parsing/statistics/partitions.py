"""Counts a partition states: "11 out of 15 convicted traffickers received probation".

The report often tells how the period's convicted traffickers were sentenced by setting a
part against the whole; the whole is the period's count of convictions, though no verb or
noun of the slot reading names it.
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.metrics import form_of, metric_of
from tipwatch.ingest.parsing.statistics.patterns import FORM, LEADING_PERIOD, NUMBER_TEXT
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


# "(34 of 135 involved forced labor in 2017 and 12 of 45 in 2016)": a form's part of each
# year's count, the years in a series; the count is of the metric named last before it.
_FORM_PART_IN_YEAR = re.compile(
    rf"(?P<part>{NUMBER_TEXT})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<whole>{NUMBER_TEXT})\s+"
    rf"(?:involved|concerned|were\s+for|were\s+(?:cases\s+)?of)\s+(?P<form>{FORM})\s+"
    r"(?:in|during)\s+(?P<year>(?:19|20)\d{2})"
    rf"(?P<more>(?:\s*,\s*(?:and\s+)?|\s+and\s+){NUMBER_TEXT}\s+(?:out\s+)?of\s+"
    rf"(?:the\s+)?{NUMBER_TEXT}\s+(?:in|during)\s+(?:19|20)\d{{2}})*",
    re.IGNORECASE,
)
_MORE_PART = re.compile(
    rf"(?P<part>{NUMBER_TEXT})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<whole>{NUMBER_TEXT})\s+"
    r"(?:in|during)\s+(?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_COUNTED_METRIC = re.compile(r"\b(?:investigat|prosecut|convict)\w*", re.IGNORECASE)


def form_parts_by_year(sentence: str) -> list[SentenceFigure]:
    """Each year's count and its form's part, from "34 of 135 involved forced labor in 2017
    and 12 of 45 in 2016", of the metric of the last verb or noun of one before (victims are
    left to their own readings)."""
    if " of " not in sentence:
        return []  # the cheap test first
    found: list[SentenceFigure] = []
    for match in _FORM_PART_IN_YEAR.finditer(sentence):
        named = list(_COUNTED_METRIC.finditer(sentence, 0, match.start()))
        if not named:
            continue
        metric = metric_of(named[-1].group(0))
        form = form_of(match.group("form"))
        pieces = [(match.group("part"), match.group("whole"), match.group("year"))]
        pieces += [
            (more.group("part"), more.group("whole"), more.group("year"))
            for more in _MORE_PART.finditer(match.group("more") or "")
        ]
        for part_text, whole_text, year_text in pieces:
            part, whole = number_value(part_text), number_value(whole_text)
            if part is None or whole is None or part > whole:
                continue
            found.append(SentenceFigure(metric, whole, int(year_text), None))
            found.append(SentenceFigure(f"{metric}_{form}", part, int(year_text), None))
    return found
