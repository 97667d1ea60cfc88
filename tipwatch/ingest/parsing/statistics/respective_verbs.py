"""Counts listed against a list of verbs, "respectively" (``respective_verbs``).

"prosecuted and convicted 20 and eight traffickers, respectively", "investigated,
prosecuted, and convicted 40, 22, and nine suspects, respectively": the first count is the
first verb's, the second the second's. (A list of metric nouns, "59, 37, and 12
investigations, prosecutions, and convictions, respectively", is read by ``paired_years``.)
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.metrics import form_of, metric_of
from tipwatch.ingest.parsing.statistics.patterns import FORM, LEADING_PERIOD, NUMBER_TEXT, PERIOD
from tipwatch.ingest.parsing.statistics.periods import year_of_period
from tipwatch.ingest.parsing.statistics.sentence_numbers import SentenceFigure, number_value

_VERB = r"(?:investigated|prosecuted|indicted|convicted|identified)"
_AND = r"\s*,?\s+(?:and|or)\s+"

_VERBS_THEN_COUNTS = re.compile(
    rf"\b(?P<verbs>{_VERB}(?:\s*,\s*{_VERB})*{_AND}{_VERB})\s+"
    rf"(?P<numbers>{NUMBER_TEXT}(?:\s*,\s*{NUMBER_TEXT})*{_AND}{NUMBER_TEXT})"
    # the counted noun, with no count or form of its own ("traffickers", "alleged traffickers")
    r"(?P<noun>(?:\s+[a-z][\w\-]*){1,3}?)"
    r"(?P<period>\s+(?:in|during)\s+[^,;()]{1,40}?)?\s*,?\s+respectively\b"
    # ", compared with 15 and six in the previous reporting period": the earlier period's
    rf"(?:\s*,?\s+(?:compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+"
    rf"(?P<earlier>{NUMBER_TEXT}(?:\s*,\s*{NUMBER_TEXT})*{_AND}{NUMBER_TEXT})"
    r"(?:\s*,?\s+respectively)?"
    r"(?P<earlier_period>\s*,?\s+(?:(?:in|during)\s+)?the\s+(?:previous|prior|preceding)\s+"
    r"[^,;()]{1,30}?|\s*,?\s+(?:in|during)\s+[^,;()]{1,40}?)?"
    r"(?=\s*(?:[,.;]|$)))?",
    re.IGNORECASE,
)

_VERB_WORD = re.compile(_VERB, re.IGNORECASE)
_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
# A noun that makes the counts another thing's: left to the slot reading.
_NOT_PLAIN = re.compile(r"\b(?:percent|years?|months?|times)\b", re.IGNORECASE)
_FORM_IN_NOUN = re.compile(FORM, re.IGNORECASE)


def _values(numbers: str) -> list[int | None]:
    return [number_value(piece) for piece in _SPLIT.split(numbers) if piece.strip()]


def respective_verbs(sentence: str, report_year: int) -> list[SentenceFigure]:
    """Each count of a list after a list of as many metric verbs, "respectively", and of
    the list compared with it."""
    found: list[SentenceFigure] = []
    for match in _VERBS_THEN_COUNTS.finditer(sentence):
        noun = match.group("noun")
        if _NOT_PLAIN.search(noun):
            continue
        form = form_of(found_form.group(0)) if (found_form := _FORM_IN_NOUN.search(noun)) else None
        metrics = [metric_of(word) for word in _VERB_WORD.findall(match.group("verbs"))]
        if form is not None:
            # "prosecuted and convicted 20 and eight sex traffickers, respectively"
            metrics = [f"{metric}_{form}" for metric in metrics]
        values = _values(match.group("numbers"))
        if len(values) != len(metrics) or len(set(metrics)) != len(metrics) or None in values:
            continue
        period = PERIOD.search(match.group("period") or "")
        leading = LEADING_PERIOD.match(sentence)
        if period is not None:
            year = year_of_period(period, report_year)
        elif match.group("period"):
            continue  # a period read as no one year ("in the first half of 2019")
        elif leading is not None:
            year = year_of_period(leading, report_year)
        else:
            year = report_year - 1
        found += [
            SentenceFigure(metric, value, year, None)
            for metric, value in zip(metrics, values, strict=True)
            if value is not None
        ]
        if match.group("earlier") is None:
            continue
        earlier = _values(match.group("earlier"))
        earlier_period = PERIOD.search(match.group("earlier_period") or "")
        if len(earlier) != len(metrics) or None in earlier:
            continue
        if re.search(r"\band\b", match.group("earlier_period") or ""):
            continue  # "in 2018 and 2017": no one period for the list
        if earlier_period is not None:
            earlier_year = year_of_period(earlier_period, report_year)
        elif match.group("earlier_period"):
            continue
        else:
            earlier_year = year - 1
        if earlier_year >= year:
            continue  # a comparison's count is of an earlier period, never the same one
        found += [
            SentenceFigure(metric, value, earlier_year, None)
            for metric, value in zip(metrics, earlier, strict=True)
            if value is not None
        ]
    return found
