"""One reading form for wordings that say the same thing (``reading_form``).

The report's writers word the same fact in several ways across years and countries; the
steps after this one are written for one of them. A sentence is read in its reading form
(the figure keeps the sentence as the report prints it): "in calendar year 2020" is "in
2020", "the previous year" is "the previous reporting period", and a comparison that opens
the sentence before its clause ("Compared with 40 in 2019, the government identified 88
victims.") follows it ("The government identified 88 victims, compared with 40 in 2019.").
"""

from __future__ import annotations

import re

# "in calendar year 2020", "during the calendar year 2020", "in CY 2020": the year itself
_CALENDAR_YEAR = re.compile(
    r"\b(?P<prep>in|during|for|throughout|over)\s+(?:the\s+)?(?:calendar\s+year|CY)\s*"
    r"(?=(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)

# "the previous year", "the prior year": the previous reporting period, as the period
# patterns read both; the steps that know a case begun then, or a count compared with it,
# are written for the period's wording.
_PREVIOUS_YEAR = re.compile(
    r"\b(?P<the>the\s+)(?P<which>previous|prior|preceding)\s+year\b(?!s)", re.IGNORECASE
)

# A comparison up to its comma, then a clause of its own (not "this was ...", "which ...").
_LEADING_COMPARISON = re.compile(
    r"^(?P<space>\s*)(?:As\s+(?=compared))?(?P<compared>[Cc]ompared\s+(?:with|to)\s+[^,;:()]+?),\s+"
    r"(?!(?:this|that|these|it|which|an?|the\s+(?:same|total))\b)"
    r"(?P<clause>[A-Za-z][^;]*?)(?P<stop>[.!?]?)\s*$"
)


# "30 and eight cases of sex and labor trafficking, respectively": each form named whole.
_FORMS_RESPECTIVELY = re.compile(
    r"\b(?P<first>sex|labou?r)\s+and\s+(?P<second>sex|labou?r)\s+trafficking\b"
    r"(?=\s*,?\s*respectively\b)",
    re.IGNORECASE,
)


def _comparison_last(match: re.Match[str]) -> str:
    clause = match.group("clause")
    compared = match.group("compared")
    # "Compared" in the middle of the sentence: the capital is the opening's only
    return (
        f"{match.group('space')}{clause[0].upper()}{clause[1:]}, "
        f"{compared[0].lower()}{compared[1:]}{match.group('stop')}"
    )


def reading_form(sentence: str) -> str:
    """The sentence with each wording of the same fact written in the one form read."""
    sentence = _CALENDAR_YEAR.sub(lambda match: match.group("prep") + " ", sentence)
    sentence = _PREVIOUS_YEAR.sub(
        lambda match: f"{match.group('the')}{match.group('which')} reporting period", sentence
    )
    sentence = _FORMS_RESPECTIVELY.sub(
        lambda match: f"{match.group('first')} trafficking and {match.group('second')} trafficking",
        sentence,
    )
    return _LEADING_COMPARISON.sub(_comparison_last, sentence)
