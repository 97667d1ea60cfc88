"""Readings of one sentence that pair two years' counts.

"from 12 in 2019 to 20 in 2020", "20 and 12 ... respectively", "a change in prosecutions
from X to Y", and "in each of the two years": counts read whole, each with its year, which
replace what the slot reading made of the same numbers.
"""

from __future__ import annotations

import itertools
import re

from tipwatch.ingest.parsing.numbers import (
    DIGITS_PATTERN,
    WORDS_PATTERN,
    parse_digits,
    words_to_int,
)
from tipwatch.ingest.parsing.statistics.metrics import metric_of
from tipwatch.ingest.parsing.statistics.patterns import LEADING_PERIOD, NUMBER_TEXT, PERSON_NOUNS
from tipwatch.ingest.parsing.statistics.periods import year_of_period
from tipwatch.ingest.parsing.statistics.respective_verbs import respective_verbs
from tipwatch.ingest.parsing.statistics.sentence_numbers import SentenceFigure, number_value
from tipwatch.ingest.parsing.statistics.subject import government_subject
from tipwatch.ingest.parsing.statistics.year_brackets import bracketed_years

_EACH_IN_TWO_YEARS = re.compile(
    rf"\b(?P<n>{DIGITS_PATTERN}|{WORDS_PATTERN})\s+(?P<noun>investigations?|prosecutions?|convictions?)"
    r"\s+each\s+in\s+(?P<y1>(?:19|20)\d{2})\s+and\s+(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)

# "no convictions in 2021 or 2020": none in either year (a count other than none, "12
# convictions in 2021 and 2020", may be the two years' sum, and is left to the slots).
_NONE_IN_TWO_YEARS = re.compile(
    r"\b(?:no|zero)\s+(?:new\s+)?(?P<noun>investigations|prosecutions|convictions"
    # "compared with no victims identified in 2017 and 2018": no victims in either year
    r"|(?:(?:potential|trafficking)\s+){0,2}victims(?=\s+identified\b|\s+(?:in|during)\b))"
    r"\s+(?:identified\s+)?"
    r"(?:in|during)\s+(?P<y1>(?:19|20)\d{2})\s+(?:or|and)\s+(?:in\s+)?(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)

# "convicted no traffickers in 2021 or 2020": the verb names the metric whose zero both
# years share (the zero of the first year is the slots' reading; the second is added only
# where the slots read the first, so a count that is no figure stays none).
_VERB_NONE_IN_TWO_YEARS = re.compile(
    r"\b(?P<verb>investigated|prosecuted|indicted|convicted|identified)\s+no\s+(?:new\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\s+"
    r"(?:in|during)\s+(?P<y1>(?:19|20)\d{2})\s+(?:or|and)\s+(?:in\s+)?(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)

# "zero investigations, prosecutions, or convictions in 2016", "no prosecutions or
# convictions the previous reporting period": one zero the listed metrics share.
_ZERO_OF_LISTED_METRICS = re.compile(
    r"\b(?:no|zero)\s+(?:new\s+|reported\s+)?(?P<first>investigations|prosecutions|convictions)"
    r"(?P<rest>(?:\s*,\s*(?:investigations|prosecutions|convictions))*\s*,?\s+(?:or|and)\s+"
    r"(?:investigations|prosecutions|convictions))\b",
    re.IGNORECASE,
)

# "Investigations increased from 20 in 2017 to 35 in 2018."
_FROM_TO = re.compile(
    r"\b(?P<noun>investigations|prosecutions|convictions|identified\s+victims"
    r"|victims\s+identified)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:increased|decreased|rose|fell|dropped|declined|grew|went\s+(?:up|down))\s+from\s+"
    rf"(?P<a>{NUMBER_TEXT})(?:\s+in\s+(?P<ya>(?:19|20)\d{{2}}))?\s+to\s+(?P<b>{NUMBER_TEXT})"
    r"(?:\s+in\s+(?P<yb>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)

# "The number of trafficking convictions increased to 18 in 2009 from 11 in 2008."
_TO_FROM = re.compile(
    r"\b(?P<noun>investigations|prosecutions|convictions|identified\s+victims"
    r"|victims\s+identified)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:increased|decreased|rose|fell|dropped|declined|grew|went\s+(?:up|down))\s+to\s+"
    rf"(?P<b>{NUMBER_TEXT})(?:\s+in\s+(?P<yb>(?:19|20)\d{{2}}))?\s*,?\s+(?:up\s+|down\s+)?from\s+"
    rf"(?P<a>{NUMBER_TEXT})(?:\s+in\s+(?P<ya>(?:19|20)\d{{2}}))?",
    re.IGNORECASE,
)

# "The number of victims identified increased by 12 to 47 in 2021": the change gives the
# year before's count too (35 in 2020).
_BY_TO = re.compile(
    r"\b(?P<noun>investigations|prosecutions|convictions|identified\s+victims"
    r"|victims\s+identified)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?P<change>increased|decreased|rose|fell|dropped|declined|grew)\s+by\s+"
    rf"(?P<delta>{NUMBER_TEXT})\s+to\s+(?P<b>{NUMBER_TEXT})"
    r"(?:\s+in\s+(?P<yb>(?:19|20)\d{2}))?(?!\s*(?:percent|%))",
    re.IGNORECASE,
)
_RISES = ("increased", "rose", "grew")

_RESPECTIVE_NOUNS = re.compile(
    rf"(?P<numbers>{NUMBER_TEXT}(?:\s*,\s*{NUMBER_TEXT})*\s*,?\s+and\s+{NUMBER_TEXT})\s+"
    r"(?P<nouns>(?:investigations|prosecutions|convictions)(?:\s*,\s*(?:investigations|prosecutions"
    r"|convictions))*\s*,?\s+and\s+(?:investigations|prosecutions|convictions))\s*,?\s+"
    r"respectively\b",
    re.IGNORECASE,
)

_METRIC_NOUN = re.compile(r"investigations|prosecutions|convictions", re.IGNORECASE)

# "a decrease in prosecutions from 341 cases in the previous Nepali fiscal year to 218"
_CHANGE_IN_FROM_TO = re.compile(
    r"\b(?:increase|decrease|rise|drop|decline|reduction)\s+in\s+(?:the\s+number\s+of\s+)?"
    r"(?:trafficking\s+)?(?P<noun>investigations|prosecutions|convictions)\s+"
    rf"from\s+(?P<a>{NUMBER_TEXT})(?:\s+(?:cases|defendants|suspects|traffickers|individuals))?"
    r"\s+(?:in\s+(?P<ya>(?:19|20)\d{2})|in\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:year|reporting\s+period))"
    rf"\s+to\s+(?P<b>{NUMBER_TEXT})(?:\s+in\s+(?P<yb>(?:19|20)\d{{2}}))?\b",
    re.IGNORECASE,
)


def each_in_two_years(sentence: str) -> list[tuple[str, int, int, int]]:
    """ "(one investigation each in 2018 and 2017)", "compared with no convictions in 2021
    or 2020": (metric, value, year, other year)."""
    found: list[tuple[str, int, int, int]] = [
        (metric_of(match.group("noun")), 0, int(match.group("y1")), int(match.group("y2")))
        for match in _NONE_IN_TWO_YEARS.finditer(sentence)
        # "NGOs identified no victims in 2021 or 2020": another's zeros, as its counts are
        if government_subject(sentence, match.start())
    ]
    if " each in " not in sentence:
        return found
    for match in _EACH_IN_TWO_YEARS.finditer(sentence):
        value = parse_digits(match.group("n")) if match.group("n")[0].isdigit() else None
        if value is None:
            value = words_to_int(match.group("n"))
        if value is not None:
            found.append(
                (
                    metric_of(match.group("noun")),
                    value,
                    int(match.group("y1")),
                    int(match.group("y2")),
                )
            )
    return found


def verb_none_in_two_years(sentence: str) -> list[tuple[str, int, int]]:
    """ "convicted no traffickers in 2021 or 2020": (metric, year, other year)."""
    return [
        (metric_of(match.group("verb")), int(match.group("y1")), int(match.group("y2")))
        for match in _VERB_NONE_IN_TWO_YEARS.finditer(sentence)
        if government_subject(sentence, match.start())
    ]


def zeros_of_listed_metrics(sentence: str) -> list[tuple[str, list[str]]]:
    """ "zero investigations, prosecutions, or convictions in 2016": (the first metric, the
    metrics listed after it), which share the first one's zero."""
    if "no " not in sentence.lower() and "zero " not in sentence.lower():
        return []
    return [
        (
            metric_of(match.group("first")),
            [metric_of(noun) for noun in _METRIC_NOUN.findall(match.group("rest"))],
        )
        for match in _ZERO_OF_LISTED_METRICS.finditer(sentence)
    ]


def paired_figures(sentence: str, report_year: int) -> list[SentenceFigure]:
    """Figures in two shapes the slot reading misses: "investigations increased from 20 in
    2017 to 35 in 2018" and "59, 37, and 12 investigations, prosecutions, and convictions,
    respectively"."""
    found: list[SentenceFigure] = _changes_by(sentence, report_year) + bracketed_years(sentence)
    lowered = sentence.lower()
    if " from " not in lowered and "respectively" not in lowered:
        return found  # the cheap test first: most sentences have neither
    for match in itertools.chain(
        _FROM_TO.finditer(sentence),
        _TO_FROM.finditer(sentence),
        _CHANGE_IN_FROM_TO.finditer(sentence),
    ):
        metric = metric_of(match.group("noun"))
        later = int(match.group("yb")) if match.group("yb") else report_year - 1
        earlier = int(match.group("ya")) if match.group("ya") else later - 1
        for value_text, year in ((match.group("a"), earlier), (match.group("b"), later)):
            value = number_value(value_text)
            if value is not None:
                found.append(SentenceFigure(metric, value, year, None))
    if "respectively" in lowered:
        found += respective_verbs(sentence, report_year)
    for match in _RESPECTIVE_NOUNS.finditer(sentence):
        pieces = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("numbers"))
        values = [value for piece in pieces if (value := number_value(piece)) is not None]
        nouns = _METRIC_NOUN.findall(match.group("nouns"))
        if len(values) != len(nouns) or len(values) != len([p for p in pieces if p.strip()]):
            continue
        leading = LEADING_PERIOD.match(sentence)
        year = year_of_period(leading, report_year) if leading else report_year - 1
        for value, noun in zip(values, nouns, strict=True):
            found.append(SentenceFigure(metric_of(noun), value, year, None))
    return found


def _changes_by(sentence: str, report_year: int) -> list[SentenceFigure]:
    """ "increased by 12 to 47 in 2021": 47 in 2021 and 35 in 2020."""
    if " by " not in sentence:
        return []
    found: list[SentenceFigure] = []
    for match in _BY_TO.finditer(sentence):
        delta, value = number_value(match.group("delta")), number_value(match.group("b"))
        if delta is None or value is None:
            continue
        earlier = value - delta if match.group("change").lower() in _RISES else value + delta
        if earlier < 0:
            continue
        metric = metric_of(match.group("noun"))
        year = int(match.group("yb")) if match.group("yb") else report_year - 1
        found += [
            SentenceFigure(metric, value, year, None),
            SentenceFigure(metric, earlier, year - 1, None),
        ]
    return found
